"""The admin REST API, one router per resource."""

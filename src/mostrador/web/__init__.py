"""HTTP: webhooks, the admin REST API and customer-facing pages (payment sandbox)."""

"""Application services: one use case, one unit of work."""

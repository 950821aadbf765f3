"""Persistence: SQLAlchemy 2 tables, repositories and the unit of work. Embedded SQLite or
PostgreSQL; migrations with Alembic. Only the unit of work commits."""

"""Alembic environment: the engine comes from the caller (mostrador.store.db.migrate) or from
MOSTRADOR_DATABASE_URL when run through the `alembic` command."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from mostrador.settings import Settings
from mostrador.store.db import make_engine
from mostrador.store.models import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    engine: Engine | None = config.attributes.get("engine")
    if engine is None:
        engine = make_engine(Settings().database_url)
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        context.run_migrations()


run()

"""The store against real databases: SQLite always, PostgreSQL when MOSTRADOR_TEST_POSTGRES=1
(or MOSTRADOR_TEST_POSTGRES_URL names the server to create databases on).

Each backend gets one fresh database per session, migrated the way `mostrador serve` does it.
PostgreSQL's is created as `mostrador_test_<random>` on the local server and dropped at the
end. Tests isolate themselves by tenancy: every test works in a shop of its own.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import Engine, make_url

from mostrador.store.db import make_engine, migrate
from mostrador.store.unit_of_work import UnitOfWorkFactory

POSTGRES_ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def _postgres_admin_url() -> str | None:
    """The server to create test databases on, or None when PostgreSQL tests are off."""
    url = os.environ.get("MOSTRADOR_TEST_POSTGRES_URL")
    if url:
        return url
    if os.environ.get("MOSTRADOR_TEST_POSTGRES", "") not in ("", "0"):
        return POSTGRES_ADMIN_URL
    return None


def _libpq(url: str) -> str:
    """A SQLAlchemy URL as psycopg wants it (no '+psycopg' driver suffix)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@dataclass(frozen=True)
class Database:
    backend: str  # "sqlite" | "postgresql"
    url: str
    engine: Engine
    uow: UnitOfWorkFactory


def _sqlite(tmp: Path) -> Generator[str]:
    yield f"sqlite:///{tmp / 'store.db'}"


def _postgres() -> Generator[str]:
    admin_url = _postgres_admin_url()
    if admin_url is None:
        pytest.skip("PostgreSQL tests are off: set MOSTRADOR_TEST_POSTGRES=1 (scripts/test in CI)")
    name = f"mostrador_test_{secrets.token_hex(6)}"
    try:
        admin = psycopg.connect(_libpq(admin_url), autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        pytest.fail(f"MOSTRADOR_TEST_POSTGRES is set but PostgreSQL is unreachable: {exc}")
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(_libpq(admin_url), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(
    scope="session",
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
)
def database(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Database]:
    """A fresh, migrated database of each backend (the tests run once per backend)."""
    backend = str(request.param)
    urls = _sqlite(tmp_path_factory.mktemp("sqlite")) if backend == "sqlite" else _postgres()
    url = next(urls)
    engine = make_engine(url)
    try:
        migrate(engine)
        yield Database(backend, url, engine, UnitOfWorkFactory(engine))
    finally:
        engine.dispose()
        urls.close()  # drops the PostgreSQL database


@pytest.fixture(scope="session")
def uow(database: Database) -> UnitOfWorkFactory:
    return database.uow


@pytest.fixture(scope="session")
def engine(database: Database) -> Engine:
    return database.engine

"""The unit of work: one transaction per use case. Only `commit()` here ever commits.

Repositories are plain attributes bound to the same session; jobs are woken after commit.
"""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from mostrador.store.catalog import ProductRepository
from mostrador.store.conversations import ConversationRepository, InboundRepository
from mostrador.store.customers import CustomerRepository
from mostrador.store.orders import OrderRepository
from mostrador.store.outbox import OutboxRepository
from mostrador.store.shops import ShopRepository


class UnitOfWork:
    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory
        self._after_commit: list[Callable[[], None]] = []

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        self.shops = ShopRepository(self.session)
        self.customers = CustomerRepository(self.session)
        self.conversations = ConversationRepository(self.session)
        self.inbound = InboundRepository(self.session)
        self.outbox = OutboxRepository(self.session)
        self.products = ProductRepository(self.session)
        self.orders = OrderRepository(self.session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        # close() ends any open transaction (rolled back) and detaches the objects with their
        # loaded values, so reads can be returned; rollback() first would expire them.
        try:
            if exc_type is not None:
                self.session.rollback()
        finally:
            self.session.close()

    def on_commit(self, hook: Callable[[], None]) -> None:
        """Run `hook` once the transaction has committed (e.g. wake the sender)."""
        self._after_commit.append(hook)

    def commit(self) -> None:
        self.session.commit()
        hooks, self._after_commit = self._after_commit, []
        for hook in hooks:
            hook()


class UnitOfWorkFactory:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False, autoflush=False)

    def __call__(self) -> UnitOfWork:
        return UnitOfWork(self._sessions)

"""Ingest: store what a webhook carries, durably and once, before it is acknowledged.

Each inbound message is stored with a unique (account, external id): a redelivery is dropped.
Status updates move the matching outbox row forward. Nothing here runs the conversation.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from mostrador.domain.codec import inbound_to_dict
from mostrador.domain.messages import InboundMessage, StatusUpdate
from mostrador.store.types import utcnow
from mostrador.store.unit_of_work import UnitOfWorkFactory

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Account:
    id: int
    shop_id: int


@dataclass
class IngestResult:
    stored: int = 0
    duplicates: int = 0
    statuses: int = 0
    unroutable: int = 0


class AccountDirectory:
    """Routing table channel account -> shop. Configuration, so caching it is safe; a miss
    reads the store again (accounts added in the back office appear without a restart)."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow
        self._known: dict[tuple[str, str], Account] = {}

    def find(self, channel: str, external_id: str) -> Account | None:
        key = (channel, external_id)
        account = self._known.get(key)
        if account is None:
            with self.uow() as uow:
                row = uow.shops.account(channel, external_id)
                if row is None:
                    return None
                account = Account(row.id, row.shop_id)
            self._known[key] = account
        return account


class IngestService:
    def __init__(self, uow: UnitOfWorkFactory, accounts: AccountDirectory) -> None:
        self.uow = uow
        self.accounts = accounts

    def ingest(
        self,
        channel: str,
        messages: Sequence[tuple[str, InboundMessage]],
        statuses: Sequence[tuple[str, StatusUpdate]] = (),
    ) -> IngestResult:
        """Stores `(account external id, message)` pairs and applies statuses in one commit."""
        result = IngestResult()
        now = utcnow()
        # Resolved before the transaction opens: a cache miss reads the store in its own unit
        # of work, and SQLite's single writer must never wait on itself.
        routed = [(self.accounts.find(channel, account), message) for account, message in messages]
        with self.uow() as uow:
            for account, message in routed:
                sender = message.sender.key
                if account is None or not sender:
                    result.unroutable += 1
                    continue
                stored = uow.inbound.add_if_new(
                    {
                        "shop_id": account.shop_id,
                        "account_id": account.id,
                        "external_id": message.external_id,
                        "sender_key": sender,
                        "kind": message.kind.value,
                        "payload": inbound_to_dict(message),
                        "processed": False,
                        "received_at": now,
                    }
                )
                if stored:
                    result.stored += 1
                else:
                    result.duplicates += 1
            for _, status in statuses:
                if uow.outbox.apply_status(
                    status.provider_message_id,
                    status.state.value,
                    status.error_code,
                    status.error_title,
                    status.callback_data,
                ):
                    result.statuses += 1
            uow.commit()
        if result.unroutable:
            log.warning("ingest: %d message(s) for unknown accounts or senders", result.unroutable)
        return result

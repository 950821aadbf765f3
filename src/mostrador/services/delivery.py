"""Deliver: what the outbox sender reads and records. The sending loop is in jobs/sender.py.

Every outbox row is delivered at least once and recorded once: a row stays `pending` until its
provider id is committed, so after a crash a restart sends what was not recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Row

from mostrador.domain.codec import reply_from_dict
from mostrador.domain.messages import MarkRead, Reply
from mostrador.store.models import ChannelAccountRow
from mostrador.store.outbox import CALLBACK_PREFIX
from mostrador.store.types import utcnow
from mostrador.store.unit_of_work import UnitOfWorkFactory

MAX_ATTEMPTS = 8
MAX_READ_ATTEMPTS = 2  # a read receipt is a courtesy: never worth a long retry


@dataclass(frozen=True)
class Sendable:
    id: int
    account_external_id: str
    recipient_key: str
    to_phone: str | None
    to_user_id: str | None
    reply: Reply | MarkRead
    attempts: int


def callback_data(outbox_id: int) -> str:
    """What a send carries as WhatsApp `biz_opaque_callback_data`: Meta echoes it in status
    webhooks, which then find the row even if the send's own answer was lost in a crash."""
    return f"{CALLBACK_PREFIX}{outbox_id}"


def is_final_attempt(item: Sendable) -> bool:
    """Whether a failure of this attempt ends the row (marked failed, not retried)."""
    limit = MAX_READ_ATTEMPTS if isinstance(item.reply, MarkRead) else MAX_ATTEMPTS
    return item.attempts + 1 >= limit


def backoff(attempts: int) -> timedelta:
    """0.5 s, 1 s, 2 s ... capped at 5 minutes."""
    return timedelta(seconds=min(0.5 * (2 ** max(attempts - 1, 0)), 300.0))


class DeliveryLedger:
    def __init__(self, uow: UnitOfWorkFactory, channel: str = "whatsapp") -> None:
        self.uow = uow
        self.channel = channel
        self._accounts: dict[int, str] = {}

    def _account_ids(self) -> dict[int, str]:
        with self.uow() as uow:
            rows = uow.session.scalars(
                select(ChannelAccountRow).where(ChannelAccountRow.channel == self.channel)
            )
            return {r.id: r.external_id for r in rows}

    def due(self, limit: int, skip: set[int]) -> list[Sendable]:
        now = utcnow()
        with self.uow() as uow:
            rows = uow.outbox.due(limit, now, skip)
        if {r.account_id for r in rows} - self._accounts.keys():
            self._accounts = self._account_ids()
        return [
            _sendable(r, self._accounts[r.account_id])
            for r in rows
            if r.account_id in self._accounts
        ]

    def account_external_id(self, account_id: int) -> str | None:
        if account_id not in self._accounts:
            self._accounts = self._account_ids()
        return self._accounts.get(account_id)

    def claim(self, ids: list[int]) -> None:
        with self.uow() as uow:
            uow.outbox.claim(ids)
            uow.commit()

    def release_stale_claims(self, grace: timedelta, mine: set[int] | None = None) -> int:
        """Claims older than `grace` that are not `mine` (rows this process is sending)."""
        with self.uow() as uow:
            released = uow.outbox.release_stale_claims(utcnow() - grace, mine or set())
            uow.commit()
        return released

    def stuck_claims(self) -> dict[str, int]:
        """Recipient -> the oldest row a previous process left "sending" (crash)."""
        with self.uow() as uow:
            return uow.outbox.stuck_claims()

    def unfinished(self, ids: set[int]) -> set[int]:
        with self.uow() as uow:
            return uow.outbox.unfinished(ids)

    def record(
        self,
        sent: list[tuple[int, str | None]],
        retries: list[tuple[Sendable, int | None, str]],
        failures: list[tuple[Sendable, int | None, str]],
    ) -> None:
        """One commit for a batch of outcomes."""
        with self.uow() as uow:
            uow.outbox.mark_sent(sent)
            now = utcnow()
            for item, code, reason in retries:
                attempts = item.attempts + 1
                if is_final_attempt(item):
                    uow.outbox.mark_failed(
                        item.id, attempts, code, f"{reason} (tras {attempts} intentos)"
                    )
                else:
                    uow.outbox.mark_retry(item.id, attempts, now + backoff(attempts), code, reason)
            for item, code, reason in failures:
                uow.outbox.mark_failed(item.id, item.attempts + 1, code, reason)
            uow.commit()


def _sendable(row: Row[Any], account_external_id: str) -> Sendable:
    return Sendable(
        id=row.id,
        account_external_id=account_external_id,
        recipient_key=row.recipient_key,
        to_phone=row.to_phone,
        to_user_id=row.to_user_id,
        reply=reply_from_dict(row.reply),
        attempts=row.attempts,
    )

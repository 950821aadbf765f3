"""The transactional outbox: replies written with the state that produced them, sent later."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Table, bindparam, func, or_, select, update
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session

from mostrador.store.models import OutboxRow
from mostrador.store.types import utcnow

CALLBACK_PREFIX = "mo:"

_OUTBOX: Table = OutboxRow.__table__  # type: ignore[assignment]

# Delivery states only move forward; a late "delivered" never hides a "read".
# "sending": handed to the provider, answer not recorded yet (a crash leaves it ambiguous).
_RANK = {"pending": 0, "sending": 0, "sent": 1, "delivered": 2, "read": 3, "failed": 4}


class OutboxRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, values: list[dict[str, Any]]) -> None:
        if values:
            self.session.execute(_OUTBOX.insert(), values)

    def due(self, limit: int, now: datetime, exclude: set[int]) -> list[Row[Any]]:
        """Pending rows whose (re)try time has come, oldest first, minus `exclude` (rows the
        sender already holds). Plain rows, not ORM objects: this runs for every few sends."""
        query = (
            select(
                _OUTBOX.c.id,
                _OUTBOX.c.account_id,
                _OUTBOX.c.recipient_key,
                _OUTBOX.c.to_phone,
                _OUTBOX.c.to_user_id,
                _OUTBOX.c.reply,
                _OUTBOX.c.attempts,
            )
            .where(
                _OUTBOX.c.status == "pending",
                or_(_OUTBOX.c.next_attempt_at.is_(None), _OUTBOX.c.next_attempt_at <= now),
            )
            .order_by(_OUTBOX.c.id)
            .limit(limit)
        )
        if exclude:
            query = query.where(_OUTBOX.c.id.not_in(sorted(exclude)))
        return list(self.session.execute(query))

    def claim(self, ids: list[int]) -> None:
        """Marks rows as being sent, committed before the request goes out."""
        if ids:
            self.session.execute(
                update(_OUTBOX)
                .where(_OUTBOX.c.id.in_(ids), _OUTBOX.c.status == "pending")
                .values(status="sending", updated_at=utcnow())
            )

    def release_stale_claims(self, older_than: datetime, exclude: set[int] | None = None) -> int:
        """Rows left "sending" by a crash and never confirmed by a status webhook go back to
        pending: delivered at least once, late rather than never."""
        result = self.session.execute(
            update(_OUTBOX)
            .where(
                _OUTBOX.c.status == "sending",
                _OUTBOX.c.updated_at < older_than,
                _OUTBOX.c.id.not_in(sorted(exclude or ())),
            )
            .values(status="pending", updated_at=utcnow())
        )
        return int(getattr(result, "rowcount", 0) or 0)

    def stuck_claims(self) -> dict[str, int]:
        rows = self.session.execute(
            select(_OUTBOX.c.recipient_key, func.min(_OUTBOX.c.id))
            .where(_OUTBOX.c.status == "sending")
            .group_by(_OUTBOX.c.recipient_key)
        )
        return {str(recipient): int(row_id) for recipient, row_id in rows}

    def unfinished(self, ids: set[int]) -> set[int]:
        """Which of `ids` are still pending or sending."""
        if not ids:
            return set()
        rows = self.session.scalars(
            select(_OUTBOX.c.id).where(
                _OUTBOX.c.id.in_(sorted(ids)),
                or_(_OUTBOX.c.status == "pending", _OUTBOX.c.status == "sending"),
            )
        )
        return set(rows)

    def mark_sent(self, results: list[tuple[int, str | None]]) -> None:
        """One executemany; a status webhook that raced ahead (delivered) is kept."""
        if not results:
            return
        table = _OUTBOX
        now = utcnow()
        self.session.execute(
            update(table)
            .where(
                table.c.id == bindparam("row_id"),
                or_(table.c.status == "pending", table.c.status == "sending"),
            )
            .values(status="sent", provider_message_id=bindparam("pid"), updated_at=now),
            [{"row_id": i, "pid": p} for i, p in results],
        )

    def mark_retry(
        self, outbox_id: int, attempts: int, at: datetime, code: int | None, reason: str
    ) -> None:
        self.session.execute(
            update(OutboxRow)
            .where(OutboxRow.id == outbox_id)
            .values(
                status="pending",
                attempts=attempts,
                next_attempt_at=at,
                error_code=code,
                error_reason=reason[:2000],
                updated_at=utcnow(),
            )
        )

    def mark_failed(self, outbox_id: int, attempts: int, code: int | None, reason: str) -> None:
        self.session.execute(
            update(OutboxRow)
            .where(OutboxRow.id == outbox_id)
            .values(
                status="failed",
                attempts=attempts,
                error_code=code,
                error_reason=reason[:2000],
                updated_at=utcnow(),
            )
        )

    def apply_status(
        self, provider_id: str, state: str, code: int | None, reason: str, callback: str = ""
    ) -> bool:
        """A provider status webhook for one of our messages. False if the id is unknown.

        `callback` ("mo:<outbox id>") finds a row whose send was never recorded (crash)."""
        row = self.session.scalars(
            select(OutboxRow).where(OutboxRow.provider_message_id == provider_id)
        ).first()
        if row is None and callback.startswith(CALLBACK_PREFIX):
            number = callback.removeprefix(CALLBACK_PREFIX)
            candidate = self.session.get(OutboxRow, int(number)) if number.isdigit() else None
            if candidate is not None and candidate.provider_message_id is None:
                row = candidate
                row.provider_message_id = provider_id
                if row.status in ("pending", "sending"):
                    row.status = "sent"
        if row is None or state not in _RANK:
            return False
        if _RANK[state] > _RANK.get(row.status, 0):
            row.status = state
            row.updated_at = utcnow()
            if state == "failed":
                row.error_code = code
                row.error_reason = reason[:2000]
        return True

    def of_conversation(self, conversation_id: int, limit: int) -> list[OutboxRow]:
        return list(
            self.session.scalars(
                select(OutboxRow)
                .where(OutboxRow.conversation_id == conversation_id)
                .order_by(OutboxRow.id.desc())
                .limit(limit)
            )
        )

    def failed(self, shop_id: int, limit: int, offset: int) -> list[OutboxRow]:
        return list(
            self.session.scalars(
                select(OutboxRow)
                .where(OutboxRow.shop_id == shop_id, OutboxRow.status == "failed")
                .order_by(OutboxRow.id.desc())
                .limit(limit)
                .offset(offset)
            )
        )

"""Conversations (persisted engine state) and the stored inbound messages that feed them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from mostrador.store.models import ConversationRow, InboundRow
from mostrador.store.types import utcnow

_INBOUND: Table = InboundRow.__table__  # type: ignore[assignment]


class ConversationRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, conversation_id: int) -> ConversationRow | None:
        return self.session.get(ConversationRow, conversation_id)

    def find(self, account_id: int, customer_id: int) -> ConversationRow | None:
        return self.session.scalars(
            select(ConversationRow).where(
                ConversationRow.account_id == account_id,
                ConversationRow.customer_id == customer_id,
            )
        ).first()

    def get_or_add(self, shop_id: int, account_id: int, customer_id: int) -> ConversationRow:
        row = self.find(account_id, customer_id)
        if row is None:
            row = ConversationRow(
                shop_id=shop_id, account_id=account_id, customer_id=customer_id, state={}
            )
            self.session.add(row)
            self.session.flush()
        return row

    def of_customer(self, customer_id: int) -> list[ConversationRow]:
        return list(
            self.session.scalars(
                select(ConversationRow).where(ConversationRow.customer_id == customer_id)
            )
        )

    def waiting_for_human(self, shop_id: int, limit: int, offset: int) -> list[ConversationRow]:
        return list(
            self.session.scalars(
                select(ConversationRow)
                .where(ConversationRow.shop_id == shop_id, ConversationRow.handoff.is_(True))
                .order_by(ConversationRow.handoff_at)
                .limit(limit)
                .offset(offset)
            )
        )

    def save_state(self, row: ConversationRow, state: dict[str, Any], handoff: bool) -> None:
        now = utcnow()
        if handoff and not row.handoff:
            row.handoff_at = now
        row.state = state
        row.handoff = handoff
        row.updated_at = now


class InboundRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add_if_new(self, values: dict[str, Any]) -> bool:
        """Stores an inbound message unless (account, external_id) is known. True if stored."""
        dialect = self.session.get_bind().dialect.name
        if dialect == "sqlite":
            stmt: Any = sqlite_insert(InboundRow).values(**values).on_conflict_do_nothing()
        elif dialect == "postgresql":
            stmt = pg_insert(InboundRow).values(**values).on_conflict_do_nothing()
        else:  # pragma: no cover - only SQLite and PostgreSQL are supported
            stmt = insert(InboundRow).values(**values)
        result = self.session.execute(stmt)
        return bool(getattr(result, "rowcount", 0))

    def pending(self, limit: int, skip_senders: set[str] | None = None) -> list[InboundRow]:
        """Oldest unprocessed messages first (per-sender order is id order)."""
        query = select(InboundRow).where(InboundRow.processed.is_(False)).order_by(InboundRow.id)
        rows = list(self.session.scalars(query.limit(limit)))
        if skip_senders:
            rows = [r for r in rows if r.sender_key not in skip_senders]
        return rows

    def mark_processed(self, ids: list[int], conversation_id: int | None) -> None:
        if ids:
            self.session.execute(
                update(InboundRow)
                .where(InboundRow.id.in_(ids))
                .values(processed=True, conversation_id=conversation_id)
            )

    def mark_processed_many(self, pairs: list[tuple[int, int]]) -> None:
        """(inbound id, conversation id) pairs, in one executemany."""
        if pairs:
            self.session.execute(
                update(_INBOUND)
                .where(_INBOUND.c.id == bindparam("row_id"))
                .values(processed=True, conversation_id=bindparam("conv_id")),
                [{"row_id": i, "conv_id": c} for i, c in pairs],
            )

    def of_conversation(self, conversation_id: int, limit: int) -> list[InboundRow]:
        return list(
            self.session.scalars(
                select(InboundRow)
                .where(InboundRow.conversation_id == conversation_id)
                .order_by(InboundRow.id.desc())
                .limit(limit)
            )
        )

    def count_pending(self) -> int:
        return int(
            self.session.scalar(
                select(func.count()).select_from(InboundRow).where(InboundRow.processed.is_(False))
            )
            or 0
        )

    def last_received(self) -> datetime | None:
        return self.session.scalar(select(func.max(InboundRow.received_at)))

"""Conversations (persisted engine state) and the stored inbound messages that feed them."""

from __future__ import annotations

import functools
from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session

from mostrador.store.models import ConversationRow, InboundRow
from mostrador.store.types import utcnow

_INBOUND: Table = InboundRow.__table__  # type: ignore[assignment]


@functools.cache
def _insert_ignoring_duplicates(dialect: str) -> Any:
    """Built once per dialect: the hot path of every webhook."""
    if dialect == "sqlite":
        return sqlite_insert(_INBOUND).on_conflict_do_nothing().returning(_INBOUND.c.id)
    if dialect == "postgresql":
        return pg_insert(_INBOUND).on_conflict_do_nothing().returning(_INBOUND.c.id)
    return insert(_INBOUND)  # pragma: no cover - only SQLite and PostgreSQL are supported


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

    def of_customers(self, pairs: set[tuple[int, int]]) -> dict[tuple[int, int], ConversationRow]:
        """Conversations by (account id, customer id), in one query."""
        if not pairs:
            return {}
        rows = self.session.scalars(
            select(ConversationRow).where(
                ConversationRow.customer_id.in_(sorted({c for _, c in pairs}))
            )
        )
        return {
            (r.account_id, r.customer_id): r for r in rows if (r.account_id, r.customer_id) in pairs
        }

    def get_or_add(
        self,
        shop_id: int,
        account_id: int,
        customer_id: int,
        known: dict[tuple[int, int], ConversationRow] | None = None,
        new_customer: bool = False,
    ) -> ConversationRow:
        """`known`: conversations prefetched for the batch; `new_customer`: created in this
        transaction, so it cannot have a conversation yet."""
        row = known.get((account_id, customer_id)) if known is not None else None
        if row is None and not new_customer:
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
        connection = self.session.connection()
        result = connection.execute(_insert_ignoring_duplicates(connection.dialect.name), values)
        # RETURNING, not rowcount: psycopg reports -1 for an INSERT ... ON CONFLICT DO NOTHING.
        return result.first() is not None

    def pending(self, limit: int, held: Collection[str] = ()) -> list[Row[Any]]:
        """Oldest unprocessed messages first (per-sender order is id order); plain rows with
        id, shop_id, account_id, sender_key and payload. Senders in `held` are left out (their
        messages wait, so they cannot crowd the batch out)."""
        query = (
            select(
                _INBOUND.c.id,
                _INBOUND.c.shop_id,
                _INBOUND.c.account_id,
                _INBOUND.c.sender_key,
                _INBOUND.c.payload,
            )
            .where(_INBOUND.c.processed.is_(False))
            .order_by(_INBOUND.c.id)
            .limit(limit)
        )
        if held:
            query = query.where(_INBOUND.c.sender_key.not_in(sorted(held)))
        return list(self.session.execute(query))

    def mark_processed_many(self, pairs: Sequence[tuple[int, int | None]]) -> None:
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

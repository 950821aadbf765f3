"""Conversations as staff see them: who waits for a human, and handing back to the bot."""

from __future__ import annotations

from typing import Any

from mostrador.domain.codec import inbound_from_dict
from mostrador.services.conversation.state import ConversationState
from mostrador.store.models import ConversationRow
from mostrador.store.unit_of_work import UnitOfWork, UnitOfWorkFactory


class ConversationNotFound(LookupError):
    pass


def _document(uow: UnitOfWork, row: ConversationRow) -> dict[str, Any]:
    customer = uow.customers.get(row.customer_id)
    last = uow.inbound.of_conversation(row.id, 1)
    return {
        "id": row.id,
        "customer": {
            "id": row.customer_id,
            "name": customer.display_name if customer else "",
            "phone": customer.phone if customer else None,
            "username": customer.username if customer else None,
            "user_id": row.address_user_id,
        },
        "handoff": row.handoff,
        "handoff_at": row.handoff_at.isoformat() if row.handoff_at else None,
        "last_message": inbound_from_dict(last[0].payload).text[:500] if last else "",
        "updated_at": row.updated_at.isoformat(),
    }


class ConversationService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def waiting(self, shop_id: int, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        with self.uow() as uow:
            rows = uow.conversations.waiting_for_human(shop_id, limit, offset)
            return [_document(uow, r) for r in rows]

    def get(self, shop_id: int, conversation_id: int) -> dict[str, Any]:
        with self.uow() as uow:
            row = uow.conversations.get(conversation_id)
            if row is None or row.shop_id != shop_id:
                raise ConversationNotFound(conversation_id)
            return _document(uow, row)

    def failed(self, shop_id: int, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        return failed_messages(self.uow, shop_id, limit, offset)

    def release(self, shop_id: int, conversation_id: int) -> dict[str, Any]:
        """Staff hand the conversation back to the bot; the next message is answered again."""
        with self.uow() as uow:
            row = uow.conversations.get(conversation_id)
            if row is None or row.shop_id != shop_id:
                raise ConversationNotFound(conversation_id)
            state = ConversationState.from_dict(row.state or {})
            state.handoff = False
            uow.conversations.save_state(row, state.to_dict(), False)
            uow.commit()
            return _document(uow, row)


def failed_messages(
    uow_factory: UnitOfWorkFactory, shop_id: int, limit: int, offset: int
) -> list[dict[str, Any]]:
    """Replies that could not be delivered, newest first, with the reason staff should read."""
    with uow_factory() as uow:
        rows = uow.outbox.failed(shop_id, limit, offset)
        return [
            {
                "id": r.id,
                "conversation_id": r.conversation_id,
                "to_phone": r.to_phone,
                "to_user_id": r.to_user_id,
                "kind": r.kind,
                "attempts": r.attempts,
                "error_code": r.error_code,
                "reason": r.error_reason,
                "created_at": r.created_at.isoformat(),
            }
            for r in rows
            if r.kind != "read"
        ]

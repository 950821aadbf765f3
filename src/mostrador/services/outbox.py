"""Writing replies to the outbox, addressed as the channel last showed the customer."""

from __future__ import annotations

from typing import Any

from mostrador.domain.codec import reply_kind, reply_to_dict
from mostrador.domain.messages import MarkRead, Reply
from mostrador.store.models import ConversationRow
from mostrador.store.unit_of_work import UnitOfWork


def outbox_rows(
    conversation: ConversationRow, replies: list[Reply | MarkRead]
) -> list[dict[str, Any]]:
    recipient = conversation.address_user_id or conversation.address_phone or ""
    return [
        {
            "shop_id": conversation.shop_id,
            "account_id": conversation.account_id,
            "conversation_id": conversation.id,
            "recipient_key": recipient,
            "to_phone": conversation.address_phone,
            "to_user_id": conversation.address_user_id,
            "kind": reply_kind(reply),
            "reply": reply_to_dict(reply),
            "status": "pending",
            "attempts": 0,
        }
        for reply in replies
    ]


def enqueue(uow: UnitOfWork, conversation: ConversationRow, replies: list[Reply]) -> None:
    """Adds replies to the outbox in the caller's transaction."""
    uow.outbox.add(outbox_rows(conversation, list(replies)))

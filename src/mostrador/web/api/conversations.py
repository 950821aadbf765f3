"""Conversations waiting for a human, and releasing them back to the bot."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query

from mostrador.services.conversations import ConversationNotFound
from mostrador.web.deps import AdminDep, ContainerDep, ShopDep

router = APIRouter(tags=["conversations"], dependencies=[AdminDep])


@router.get("/api/conversations")
def waiting(
    container: ContainerDep,
    shop: ShopDep,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    """Conversations waiting for a person (handoff), oldest request first."""
    return {"conversations": container.conversations.waiting(shop, limit, offset)}


@router.post("/api/conversations/{conversation_id}/release")
def release(conversation_id: int, container: ContainerDep, shop: ShopDep) -> dict[str, Any]:
    """Hands the conversation back to the bot."""
    try:
        return container.conversations.release(shop, conversation_id)
    except ConversationNotFound as exc:
        raise HTTPException(404, detail="No existe esa conversación") from exc


@router.get("/api/messages/failed")
def failed_messages(
    container: ContainerDep,
    shop: ShopDep,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    """Replies WhatsApp refused for good (outside the 24-hour window, blocked, username
    recipients a message type cannot reach...), with the reason in Spanish."""
    return {"messages": container.conversations.failed(shop, limit, offset)}

"""Plain-dict forms of inbound messages and replies, for storage (inbound rows, outbox)."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import Any

from mostrador.domain.customers import ChannelIdentity
from mostrador.domain.messages import (
    ChoicesReply,
    InboundKind,
    InboundMessage,
    LinkReply,
    Location,
    MarkRead,
    Media,
    MediaKind,
    MediaReply,
    Option,
    OrderedItem,
    Referral,
    Reply,
    SharedContact,
    SystemEvent,
    TemplateReply,
    TextReply,
)


def inbound_to_dict(message: InboundMessage) -> dict[str, Any]:
    data = asdict(message)
    data["sent_at"] = message.sent_at.isoformat() if message.sent_at else None
    return data


def inbound_from_dict(data: dict[str, Any]) -> InboundMessage:
    media = data.get("media")
    location = data.get("location")
    referral = data.get("referral")
    system = data.get("system")
    sent_at = data.get("sent_at")
    return InboundMessage(
        channel=data["channel"],
        external_id=data["external_id"],
        sender=ChannelIdentity(**data["sender"]),
        kind=InboundKind(data["kind"]),
        sent_at=datetime.fromisoformat(sent_at) if sent_at else None,
        text=data.get("text", ""),
        choice_id=data.get("choice_id"),
        context_id=data.get("context_id"),
        media=Media(**{**media, "kind": MediaKind(media["kind"])}) if media else None,
        location=Location(**location) if location else None,
        items=tuple(OrderedItem(**i) for i in data.get("items", ())),
        contacts=tuple(
            SharedContact(
                name=c.get("name", ""),
                phones=tuple(c.get("phones", ())),
                user_ids=tuple(c.get("user_ids", ())),
                origin=c.get("origin", ""),
            )
            for c in data.get("contacts", ())
        ),
        reaction=data.get("reaction"),
        referral=Referral(**referral) if referral else None,
        system=SystemEvent(**system) if system else None,
        error=data.get("error", ""),
    )


_REPLY_TYPES: dict[str, type[Any]] = {
    "text": TextReply,
    "choices": ChoicesReply,
    "link": LinkReply,
    "media": MediaReply,
    "template": TemplateReply,
    "read": MarkRead,
}
_TYPE_NAMES = {cls: name for name, cls in _REPLY_TYPES.items()}


def reply_kind(reply: Reply | MarkRead) -> str:
    return _TYPE_NAMES[type(reply)]


def reply_to_dict(reply: Reply | MarkRead) -> dict[str, Any]:
    return {"type": reply_kind(reply), **asdict(reply)}


def reply_from_dict(data: dict[str, Any]) -> Reply | MarkRead:
    fields = {k: v for k, v in data.items() if k != "type"}
    kind = data["type"]
    if kind == "choices":
        fields["options"] = tuple(Option(**o) for o in fields.get("options", ()))
        return ChoicesReply(**fields)
    if kind == "media":
        return MediaReply(**{**fields, "kind": MediaKind(fields["kind"])})
    if kind == "template":
        return TemplateReply(**{**fields, "body_params": tuple(fields.get("body_params", ()))})
    cls = _REPLY_TYPES[kind]
    result: Reply | MarkRead = cls(**fields)
    return result

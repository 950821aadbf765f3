"""Meta's webhook body → channel-neutral `InboundMessage` / `StatusUpdate`.

`parse_webhook` is total over JSON objects: anything odd inside (a null value, a message
without id or sender, an unknown type, a change for another field) is skipped or mapped to
UNSUPPORTED/UNKNOWN and described in `WebhookBatch.problems`, because Meta redelivers a webhook
we refuse and one bad message must not block the good ones beside it. Only a body that is not a
JSON object raises `MalformedWebhook`.

Identity (since the 2026 username rollout): every message carries the business-scoped user id
(`from_user_id`, `contacts[].user_id`); the phone (`from`, `contacts[].wa_id`) only when Meta
shares it. Statuses carry `recipient_user_id` and, when the message went to a phone,
`recipient_id`; failed statuses have no `contacts`.
"""

from __future__ import annotations

from dataclasses import dataclass

import orjson

from mostrador.channels.whatsapp import _fields as f
from mostrador.channels.whatsapp._content import read_content
from mostrador.domain.customers import ChannelIdentity
from mostrador.domain.messages import (
    DeliveryState,
    InboundMessage,
    Referral,
    StatusUpdate,
)
from mostrador.domain.phone import is_bsuid, phone_from_wa_id

CHANNEL = "whatsapp"


class MalformedWebhook(ValueError):
    """The body is not a JSON object: nothing in it can be a Meta webhook."""


@dataclass(frozen=True)
class AccountMessage:
    phone_number_id: str  # the business number that received it (metadata.phone_number_id)
    message: InboundMessage


@dataclass(frozen=True)
class AccountStatus:
    phone_number_id: str
    status: StatusUpdate


@dataclass(frozen=True)
class WebhookBatch:
    messages: tuple[AccountMessage, ...] = ()
    statuses: tuple[AccountStatus, ...] = ()
    problems: tuple[str, ...] = ()  # what was skipped or odd, for a log line; never customer data


def parse_webhook(raw_body: bytes) -> WebhookBatch:
    """Parse one webhook delivery. Raises `MalformedWebhook` only if the body is not a JSON
    object; never for its contents. Order of messages and statuses is Meta's order."""
    try:
        payload = orjson.loads(raw_body)
    except orjson.JSONDecodeError as exc:
        raise MalformedWebhook("body is not JSON") from exc
    if not isinstance(payload, dict):
        raise MalformedWebhook("body is not a JSON object")
    parser = _Parser()
    kind = payload.get("object")
    if kind != "whatsapp_business_account":
        parser.problems.append(f"object is {str(kind)[:40]!r}, not whatsapp_business_account")
        return parser.batch()
    entries = payload.get("entry")
    if not isinstance(entries, list) or not entries:
        parser.problems.append("no entry list")
    for e, entry in enumerate(entries if isinstance(entries, list) else []):
        changes = f.obj(entry).get("changes")
        if not isinstance(changes, list):
            parser.problems.append(f"entry[{e}]: no changes list")
            continue
        for c, change in enumerate(changes):
            if isinstance(change, dict):
                parser.change(change, f"entry[{e}].changes[{c}]")
            else:
                parser.problems.append(f"entry[{e}].changes[{c}]: not an object")
    return parser.batch()


class _Parser:
    def __init__(self) -> None:
        self.messages: list[AccountMessage] = []
        self.statuses: list[AccountStatus] = []
        self.problems: list[str] = []

    def batch(self) -> WebhookBatch:
        return WebhookBatch(tuple(self.messages), tuple(self.statuses), tuple(self.problems))

    def change(self, change: f.JSON, where: str) -> None:
        field = change.get("field")
        if field is not None and field != "messages":
            self.problems.append(f"{where}: field {str(field)[:40]!r} ignored")
            return
        value = change.get("value")
        if not isinstance(value, dict):
            self.problems.append(f"{where}: value is not an object")
            return
        account = f.string(f.obj(value.get("metadata")).get("phone_number_id"))
        messages, statuses = f.objs(value.get("messages")), f.objs(value.get("statuses"))
        if not account:
            # Without it we cannot tell which shop was written to; guessing could answer a
            # customer from the wrong business.
            if messages or statuses:
                self.problems.append(f"{where}: no metadata.phone_number_id; value skipped")
            return
        contacts = _Contacts(f.objs(value.get("contacts")))
        for i, raw in enumerate(messages):
            self.message(account, raw, contacts, f"{where}.value.messages[{i}]")
        for i, raw in enumerate(statuses):
            self.status(account, raw, contacts, f"{where}.value.statuses[{i}]")

    def message(self, account: str, raw: f.JSON, contacts: _Contacts, where: str) -> None:
        external_id = f.string(raw.get("id"))
        if not external_id:
            self.problems.append(f"{where}: message without id skipped")
            return
        sender = _sender(raw, contacts)
        if not sender.usable:
            self.problems.append(f"{where}: message {external_id} without a sender skipped")
            return
        content = read_content(raw)
        context = f.obj(raw.get("context"))
        message = InboundMessage(
            channel=CHANNEL,
            external_id=external_id,
            sender=sender,
            kind=content.kind,
            sent_at=f.timestamp(raw.get("timestamp")),
            text=content.text,
            choice_id=content.choice_id,
            context_id=f.optional(context.get("id")) or content.reacted_to,
            media=content.media,
            location=content.location,
            items=content.items,
            contacts=content.contacts,
            reaction=content.reaction,
            referral=_referral(raw.get("referral")),
            system=content.system,
            error=content.error,
        )
        self.messages.append(AccountMessage(account, message))

    def status(self, account: str, raw: f.JSON, contacts: _Contacts, where: str) -> None:
        message_id = f.string(raw.get("id"))
        if not message_id:
            self.problems.append(f"{where}: status without id skipped")
            return
        errors = f.objs(raw.get("errors"))
        first = errors[0] if errors else {}
        update = StatusUpdate(
            channel=CHANNEL,
            provider_message_id=message_id,
            state=_state(raw.get("status")),
            recipient=_recipient(raw, contacts),
            at=f.timestamp(raw.get("timestamp")),
            error_code=f.integer(first.get("code")),
            error_title=f.string(first.get("title"), 256) or f.string(first.get("message"), 256),
            callback_data=f.string(raw.get("biz_opaque_callback_data"), 512),
        )
        self.statuses.append(AccountStatus(account, update))


class _Contacts:
    """`value.contacts[]`, looked up by phone (wa_id) or BSUID (user_id)."""

    def __init__(self, contacts: list[f.JSON]) -> None:
        self._by_key: dict[str, f.JSON] = {}
        for contact in contacts:
            for key in (f.string(contact.get("wa_id")), f.string(contact.get("user_id"))):
                if key:
                    self._by_key.setdefault(key, contact)

    def find(self, *keys: str) -> f.JSON:
        return next((self._by_key[k] for k in keys if k and k in self._by_key), {})


def _split_address(value: str) -> tuple[str, str]:
    """(wa_id, bsuid): an address field may hold either, whatever its name says."""
    if not value:
        return "", ""
    return ("", value) if is_bsuid(value) else (value, "")


def _sender(raw: f.JSON, contacts: _Contacts) -> ChannelIdentity:
    from_wa_id, from_bsuid = _split_address(f.string(raw.get("from")))
    user_id = f.string(raw.get("from_user_id")) or from_bsuid
    contact = contacts.find(from_wa_id, user_id)
    profile = f.obj(contact.get("profile"))
    wa_id = from_wa_id or f.string(contact.get("wa_id"))
    return ChannelIdentity(
        channel=CHANNEL,
        user_id=user_id or f.optional(contact.get("user_id")),
        parent_user_id=f.optional(raw.get("from_parent_user_id"))
        or f.optional(contact.get("parent_user_id")),
        phone=phone_from_wa_id(wa_id) if wa_id else None,
        username=f.optional(profile.get("username"), f.NAME_LIMIT),
        display_name=f.text(profile.get("name"), f.NAME_LIMIT) or None,
    )


def _recipient(raw: f.JSON, contacts: _Contacts) -> ChannelIdentity:
    wa_id, bsuid = _split_address(f.string(raw.get("recipient_id")))
    user_id = f.string(raw.get("recipient_user_id")) or bsuid
    contact = contacts.find(wa_id, user_id)
    wa_id = wa_id or f.string(contact.get("wa_id"))
    return ChannelIdentity(
        channel=CHANNEL,
        user_id=user_id or f.optional(contact.get("user_id")),
        parent_user_id=f.optional(raw.get("recipient_parent_user_id"))
        or f.optional(contact.get("parent_user_id")),
        phone=phone_from_wa_id(wa_id) if wa_id else None,
        username=f.optional(f.obj(contact.get("profile")).get("username"), f.NAME_LIMIT),
        display_name=f.text(f.obj(contact.get("profile")).get("name"), f.NAME_LIMIT) or None,
    )


def _state(value: object) -> DeliveryState:
    try:
        return DeliveryState(f.string(value, 32))
    except ValueError:
        return DeliveryState.UNKNOWN  # e.g. "deleted", "warning", "played"


def _referral(value: object) -> Referral | None:
    if not isinstance(value, dict):
        return None
    return Referral(
        source_type=f.string(value.get("source_type"), 32),
        source_id=f.string(value.get("source_id")),
        source_url=f.string(value.get("source_url"), 2048),
        headline=f.text(value.get("headline"), 1024),
        body=f.text(value.get("body"), 4096),
        ctwa_clid=f.string(value.get("ctwa_clid"), 1024),
    )

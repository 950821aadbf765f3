"""Meta webhook bodies in their current shape, the X-Hub-Signature-256 signer and a poster.

Shape since the 2026 username rollout: every message carries the business-scoped user id
(``messages[].from_user_id``; ``contacts[].user_id``); the phone (``from``, ``contacts[].wa_id``)
is there only when the customer shares it. A username customer has ``profile.username`` and
no phone at all. Statuses carry ``recipient_user_id`` and, for messages sent to a phone,
``recipient_id``; failed statuses come without ``contacts``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import json
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

DISPLAY_PHONE_NUMBER = "15550001234"
WABA_ID = "102290129340398"
_COUNTRY_BY_CALLING_CODE = {
    "52": "MX",
    "54": "AR",
    "57": "CO",
    "34": "ES",
    "56": "CL",
    "51": "PE",
    "55": "BR",
    "1": "US",
}
_ids = itertools.count(1)


def sign(app_secret: str, raw_body: bytes) -> str:
    """The X-Hub-Signature-256 header value: HMAC-SHA256 of the raw body, keyed with the app
    secret, as ``sha256=<hex>``."""
    return "sha256=" + hmac.new(app_secret.encode(), raw_body, hashlib.sha256).hexdigest()


def encode(payload: Any) -> bytes:
    """The raw bytes Meta would post (compact JSON, UTF-8, non-ASCII kept)."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()


def new_message_id() -> str:
    """A unique, wamid-looking inbound message id."""
    raw = f"{os.getpid()}-{next(_ids)}-{time.time_ns()}".encode() + os.urandom(6)
    return "wamid.HBgL" + base64.b64encode(raw).decode().rstrip("=")


def bsuid_for(seed: str, country: str | None = None) -> str:
    """A deterministic business-scoped user id ("MX.4839201736455201") for `seed`."""
    if country is None:
        country = next(
            (
                c
                for code, c in sorted(_COUNTRY_BY_CALLING_CODE.items(), key=lambda kv: -len(kv[0]))
                if seed.startswith(code)
            ),
            "MX",
        )
    return f"{country}.{int(hashlib.sha256(seed.encode()).hexdigest()[:15], 16)}"


@dataclass(frozen=True)
class Customer:
    """Who writes: a BSUID always; a phone (wa_id digits) only when Meta shares it."""

    user_id: str
    phone: str | None = None  # wa_id: country code and number, digits only
    name: str = "Cliente"
    username: str | None = None
    parent_user_id: str | None = None

    @property
    def address(self) -> str:
        """Where the shop's replies go: the phone when shared, else the BSUID."""
        return self.phone or self.user_id

    def contact(self) -> dict[str, Any]:
        """The ``value.contacts[]`` entry Meta sends for this customer."""
        profile: dict[str, Any] = {"name": self.name}
        if self.username:
            profile["username"] = self.username
        contact: dict[str, Any] = {"profile": profile}
        if self.phone:
            contact["wa_id"] = self.phone
        contact["user_id"] = self.user_id
        if self.parent_user_id:
            contact["parent_user_id"] = self.parent_user_id
        return contact


def phone_customer(wa_id: str, name: str = "Cliente", **extra: Any) -> Customer:
    """A customer who shares their phone; the BSUID is derived from it (stable)."""
    return Customer(user_id=bsuid_for(wa_id), phone=wa_id, name=name, **extra)


def username_customer(seed: str, name: str = "Cliente", country: str = "MX") -> Customer:
    """A customer who adopted a WhatsApp username: the shop sees only a BSUID."""
    user_id = bsuid_for("username:" + seed, country)
    return Customer(user_id=user_id, name=name, username="@" + seed.lower().replace(" ", "_"))


@dataclass(frozen=True)
class Message:
    """One ``value.messages[]`` entry and the customer who sent it."""

    customer: Customer
    body: dict[str, Any] = field(hash=False)

    @property
    def id(self) -> str:
        return str(self.body.get("id", ""))


def _envelope(
    customer: Customer, kind: str, msg_id: str | None, context_id: str | None
) -> dict[str, Any]:
    message: dict[str, Any] = {}
    if customer.phone:
        message["from"] = customer.phone
    message["from_user_id"] = customer.user_id
    if customer.parent_user_id:
        message["from_parent_user_id"] = customer.parent_user_id
    message["id"] = msg_id or new_message_id()
    message["timestamp"] = str(int(time.time()))
    message["type"] = kind
    if context_id:
        message["context"] = {"from": DISPLAY_PHONE_NUMBER, "id": context_id}
    return message


def text(customer: Customer, body: str, *, msg_id: str | None = None) -> Message:
    message = _envelope(customer, "text", msg_id, None)
    message["text"] = {"body": body}
    return Message(customer, message)


def list_reply(
    customer: Customer,
    row_id: str,
    title: str,
    *,
    description: str | None = None,
    context_id: str | None = None,
    msg_id: str | None = None,
) -> Message:
    reply: dict[str, Any] = {"id": row_id, "title": title}
    if description:
        reply["description"] = description
    message = _envelope(customer, "interactive", msg_id, context_id)
    message["interactive"] = {"type": "list_reply", "list_reply": reply}
    return Message(customer, message)


def button_reply(
    customer: Customer,
    button_id: str,
    title: str,
    *,
    context_id: str | None = None,
    msg_id: str | None = None,
) -> Message:
    message = _envelope(customer, "interactive", msg_id, context_id)
    reply = {"id": button_id, "title": title}
    message["interactive"] = {"type": "button_reply", "button_reply": reply}
    return Message(customer, message)


def audio(customer: Customer, *, voice: bool = True, msg_id: str | None = None) -> Message:
    """A voice note (``voice: true``) or an audio file."""
    message = _envelope(customer, "audio", msg_id, None)
    message["audio"] = {
        "mime_type": "audio/ogg; codecs=opus",
        "sha256": "4o2bMp6ImrbRwR9dWtyf0AutMCH6Ab8TRf3UD3Nz6bE=",
        "id": "1046185497355063",
        "voice": voice,
    }
    return Message(customer, message)


def sticker(customer: Customer, *, msg_id: str | None = None) -> Message:
    message = _envelope(customer, "sticker", msg_id, None)
    message["sticker"] = {
        "mime_type": "image/webp",
        "sha256": "Ak7qd0XdMKTmwq/nQ3yRbDl0JG1Kj9uIaC7dBK2fKlE=",
        "id": "1209543197238840",
        "animated": False,
    }
    return Message(customer, message)


def location(
    customer: Customer,
    latitude: float = 19.4326,
    longitude: float = -99.1332,
    *,
    name: str = "Zócalo",
    address: str = "Plaza de la Constitución, Centro, CDMX",
    msg_id: str | None = None,
) -> Message:
    message = _envelope(customer, "location", msg_id, None)
    message["location"] = {
        "latitude": latitude,
        "longitude": longitude,
        "name": name,
        "address": address,
    }
    return Message(customer, message)


def unsupported(customer: Customer, *, msg_id: str | None = None) -> Message:
    """What Meta sends for a message type the Cloud API does not support (code 131051)."""
    message = _envelope(customer, "unsupported", msg_id, None)
    message["errors"] = [
        {
            "code": 131051,
            "title": "Message type unknown",
            "message": "Message type unknown",
            "error_data": {"details": "Message type is currently not supported."},
        }
    ]
    return Message(customer, message)


def unknown_type(
    customer: Customer, kind: str = "hologram", *, msg_id: str | None = None
) -> Message:
    """A message type nobody has heard of yet (forward compatibility)."""
    message = _envelope(customer, kind, msg_id, None)
    message[kind] = {"id": "9999", "shape": "cube"}
    return Message(customer, message)


def changed_number(customer: Customer, new_phone: str, *, msg_id: str | None = None) -> Message:
    """``system`` / ``user_changed_number``: the customer moved to `new_phone` (and a new BSUID)."""
    message = _envelope(customer, "system", msg_id, None)
    message["system"] = {
        "body": f"User {customer.name} changed from {customer.phone} to {new_phone}",
        "wa_id": new_phone,
        "type": "user_changed_number",
        "user_id": bsuid_for(new_phone),
        "previous_user_id": customer.user_id,
    }
    return Message(customer, message)


def value(
    *,
    phone_number_id: str,
    messages: Sequence[Message] = (),
    statuses: Sequence[dict[str, Any]] = (),
    contacts: Sequence[Customer] | None = None,
) -> dict[str, Any]:
    """One ``changes[].value``: a contact for every sender (unless `contacts` is given)."""
    if contacts is None:
        contacts = list(dict.fromkeys(m.customer for m in messages))
    result: dict[str, Any] = {
        "messaging_product": "whatsapp",
        "metadata": {
            "display_phone_number": DISPLAY_PHONE_NUMBER,
            "phone_number_id": phone_number_id,
        },
    }
    if contacts:
        result["contacts"] = [c.contact() for c in contacts]
    if messages:
        result["messages"] = [m.body for m in messages]
    if statuses:
        result["statuses"] = list(statuses)
    return result


def envelope(*values: dict[str, Any]) -> dict[str, Any]:
    """The whole webhook body: one entry, one change per value."""
    return {
        "object": "whatsapp_business_account",
        "entry": [{"id": WABA_ID, "changes": [{"value": v, "field": "messages"} for v in values]}],
    }


def webhook(messages: list[Message], *, phone_number_id: str) -> dict[str, Any]:
    """A webhook body carrying `messages` (several customers allowed) in one change."""
    return envelope(value(phone_number_id=phone_number_id, messages=messages))


def status(
    message_id: str,
    state: str,
    *,
    recipient: Customer | None = None,
    with_recipient_id: bool = True,
    error_code: int | None = None,
    error_title: str = "",
) -> dict[str, Any]:
    """A ``statuses[]`` entry (sent / delivered / read / failed) for a message we sent."""
    entry: dict[str, Any] = {
        "id": message_id,
        "status": state,
        "timestamp": str(int(time.time())),
    }
    if recipient is not None:
        if with_recipient_id and recipient.phone:
            entry["recipient_id"] = recipient.phone
        entry["recipient_user_id"] = recipient.user_id
    if state in ("sent", "delivered"):
        entry["pricing"] = {"billable": True, "pricing_model": "PMP", "category": "service"}
    if error_code is not None:
        entry["errors"] = [
            {
                "code": error_code,
                "title": error_title or "Message failed",
                "message": error_title or "Message failed",
                "error_data": {"details": error_title or "Message failed"},
            }
        ]
    return entry


class WebhookClient:
    """Posts signed webhooks to the server under test, as Meta does.

    `retry_for` > 0 makes `post` redeliver for up to that many seconds when the server does not
    answer or answers 5xx (Meta retries failed deliveries with backoff).
    """

    def __init__(
        self,
        base_url: str,
        app_secret: str,
        phone_number_id: str,
        *,
        timeout: float = 10.0,
        retry_for: float = 0.0,
    ) -> None:
        self.url = base_url.rstrip("/") + "/webhooks/whatsapp"
        self.app_secret = app_secret
        self.phone_number_id = phone_number_id
        self.retry_for = retry_for
        self.http = httpx.Client(timeout=timeout)

    def close(self) -> None:
        self.http.close()

    def post_raw(
        self,
        raw: bytes,
        signature: str | None = None,
        *,
        signed: bool = True,
        retry_for: float | None = None,
    ) -> httpx.Response:
        """POST `raw` as is; signed with the app secret unless `signature` or `signed=False`."""
        headers = {"content-type": "application/json"}
        if signature is not None:
            headers["x-hub-signature-256"] = signature
        elif signed:
            headers["x-hub-signature-256"] = sign(self.app_secret, raw)
        deadline = time.monotonic() + (self.retry_for if retry_for is None else retry_for)
        pause = 0.1
        while True:
            try:
                response = self.http.post(self.url, content=raw, headers=headers)
                if response.status_code < 500 or time.monotonic() >= deadline:
                    return response
            except httpx.TransportError:
                if time.monotonic() >= deadline:
                    raise
            time.sleep(pause)
            pause = min(pause * 2, 1.0)

    def post(self, payload: Any, **kwargs: Any) -> httpx.Response:
        return self.post_raw(encode(payload), **kwargs)

    def send(self, *messages: Message, **kwargs: Any) -> httpx.Response:
        """One signed webhook carrying `messages`."""
        return self.post(webhook(list(messages), phone_number_id=self.phone_number_id), **kwargs)

    def send_statuses(
        self, statuses: Sequence[dict[str, Any]], *, contacts: Sequence[Customer] | None = None
    ) -> httpx.Response:
        change = value(phone_number_id=self.phone_number_id, statuses=statuses, contacts=contacts)
        return self.post(envelope(change))

    def verify(self, verify_token: str, challenge: str, mode: str = "subscribe") -> httpx.Response:
        """Meta's subscription handshake (GET with hub.mode, hub.verify_token, hub.challenge)."""
        params = {"hub.mode": mode, "hub.verify_token": verify_token, "hub.challenge": challenge}
        return self.http.get(self.url, params=params)

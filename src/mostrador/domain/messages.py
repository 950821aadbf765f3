"""The channel-neutral language of the conversation engine.

Channels parse provider payloads into `InboundMessage` / `StatusUpdate` and render `Reply`
objects within their own limits. No provider dict travels past a channel adapter.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from mostrador.domain.customers import ChannelIdentity


class InboundKind(StrEnum):
    TEXT = "text"
    CHOICE = "choice"  # interactive list/button reply, template quick-reply button
    MEDIA = "media"  # image, audio, video, document, sticker
    LOCATION = "location"
    ORDER = "order"  # a native cart sent from the channel's catalog
    CONTACTS = "contacts"
    REACTION = "reaction"
    SYSTEM = "system"  # e.g. user_changed_number
    UNSUPPORTED = "unsupported"


class MediaKind(StrEnum):
    IMAGE = "image"
    AUDIO = "audio"
    VIDEO = "video"
    DOCUMENT = "document"
    STICKER = "sticker"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Media:
    kind: MediaKind
    provider_id: str = ""
    mime_type: str = ""
    caption: str = ""
    voice: bool = False
    filename: str = ""


@dataclass(frozen=True)
class Location:
    latitude: float
    longitude: float
    name: str = ""
    address: str = ""


@dataclass(frozen=True)
class OrderedItem:
    """One line of a native cart: the retailer id is our sku."""

    sku: str
    quantity: int
    unit_price: str = ""  # decimal string as the channel sent it (informational only)
    currency: str = ""


@dataclass(frozen=True)
class SharedContact:
    name: str = ""
    phones: tuple[str, ...] = ()  # as written; normalize before use
    user_ids: tuple[str, ...] = ()
    origin: str = ""  # WhatsApp: "contact_request" when shared through REQUEST_CONTACT_INFO


@dataclass(frozen=True)
class Referral:
    """Where a conversation started (Click-to-WhatsApp ad, post)."""

    source_type: str = ""
    source_id: str = ""
    source_url: str = ""
    headline: str = ""
    body: str = ""
    ctwa_clid: str = ""


@dataclass(frozen=True)
class SystemEvent:
    kind: str  # "user_changed_number", "customer_identity_changed", ...
    body: str = ""
    new_phone: str | None = None
    new_user_id: str | None = None


@dataclass(frozen=True)
class InboundMessage:
    """One customer message, parsed at the channel edge."""

    channel: str
    external_id: str  # provider message id; (channel, account, external_id) is unique
    sender: ChannelIdentity
    kind: InboundKind
    sent_at: datetime | None = None
    text: str = ""  # text body, media caption, or the title of the picked choice
    choice_id: str | None = None  # the id of the picked option (list_reply / button_reply)
    context_id: str | None = None  # provider id of the message this one answers
    media: Media | None = None
    location: Location | None = None
    items: tuple[OrderedItem, ...] = ()
    contacts: tuple[SharedContact, ...] = ()
    reaction: str | None = None  # emoji ('' when a reaction was removed)
    referral: Referral | None = None
    system: SystemEvent | None = None
    error: str = ""  # provider's reason for an unsupported message


class DeliveryState(StrEnum):
    SENT = "sent"
    DELIVERED = "delivered"
    READ = "read"
    FAILED = "failed"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class StatusUpdate:
    """What the provider says happened to a message we sent."""

    channel: str
    provider_message_id: str
    state: DeliveryState
    recipient: ChannelIdentity
    at: datetime | None = None
    error_code: int | None = None
    error_title: str = ""
    # What we attached when sending (WhatsApp biz_opaque_callback_data): our outbox row, so a
    # status can be matched even when the send's answer was lost in a crash.
    callback_data: str = ""


# -- replies -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Option:
    """A choice offered to the customer. `title` is the short label; `description` adds detail."""

    id: str
    title: str
    description: str = ""


@dataclass(frozen=True)
class TextReply:
    body: str


@dataclass(frozen=True)
class ChoicesReply:
    """A question with options. Channels render it as buttons (<= 3 short options), a list
    (<= 10) or numbered text; the engine accepts the option id, its number or its words."""

    body: str
    options: tuple[Option, ...]
    button: str = "Ver opciones"  # list opener label
    header: str = ""
    footer: str = ""
    section: str = ""


@dataclass(frozen=True)
class LinkReply:
    """A call to action with a URL (WhatsApp cta_url)."""

    body: str
    url: str
    label: str


@dataclass(frozen=True)
class MediaReply:
    kind: MediaKind
    url: str
    caption: str = ""
    filename: str = ""


@dataclass(frozen=True)
class TemplateReply:
    """A pre-approved template (required outside the 24-hour customer service window)."""

    name: str
    language: str
    body_params: tuple[str, ...] = ()
    fallback_text: str = ""  # what channels without templates show


@dataclass(frozen=True)
class MarkRead:
    """Tell the customer their message was seen (WhatsApp blue ticks). Not a message."""

    external_id: str


Reply = TextReply | ChoicesReply | LinkReply | MediaReply | TemplateReply


@dataclass(frozen=True)
class Outgoing:
    """A reply addressed to a customer, as stored in the outbox."""

    reply: Reply | MarkRead
    to_phone: str | None = None
    to_user_id: str | None = None
    meta: dict[str, str] = field(default_factory=dict)

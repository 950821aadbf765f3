"""What one inbound message says, by WhatsApp message type (the sender is parsed elsewhere).

Each reader takes the raw message object and returns the `Content` of an `InboundMessage`.
Unknown or broken content becomes UNSUPPORTED with a reason rather than an exception, so a
customer always gets an answer ("no puedo ver eso...") instead of silence.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from mostrador.channels.whatsapp import _fields as f
from mostrador.channels.whatsapp.limits import INBOUND_TEXT
from mostrador.domain.messages import (
    InboundKind,
    Location,
    Media,
    MediaKind,
    OrderedItem,
    SharedContact,
    SystemEvent,
)
from mostrador.domain.phone import phone_from_wa_id


@dataclass(frozen=True)
class Content:
    kind: InboundKind
    text: str = ""
    choice_id: str | None = None
    media: Media | None = None
    location: Location | None = None
    items: tuple[OrderedItem, ...] = ()
    contacts: tuple[SharedContact, ...] = ()
    reaction: str | None = None
    system: SystemEvent | None = None
    error: str = ""
    reacted_to: str | None = None  # reaction.message_id: what the emoji is about


def unsupported(error: str) -> Content:
    return Content(InboundKind.UNSUPPORTED, error=f.text(error, 512))


def _text(message: f.JSON) -> Content:
    return Content(
        InboundKind.TEXT, text=f.text(f.obj(message.get("text")).get("body"), INBOUND_TEXT)
    )


def _interactive(message: f.JSON) -> Content:
    interactive = f.obj(message.get("interactive"))
    kind = f.string(interactive.get("type"))
    if kind in ("button_reply", "list_reply"):
        reply = f.obj(interactive.get(kind))
        choice_id = f.string(reply.get("id"))
        if not choice_id:
            return unsupported(f"interactive {kind} without an id")
        title = f.text(reply.get("title"), INBOUND_TEXT)
        return Content(InboundKind.CHOICE, text=title, choice_id=choice_id)
    # nfm_reply is the answer to a WhatsApp Flow (or an address message). Mostrador sends
    # neither, so one arriving is unexpected: UNSUPPORTED keeps its JSON out of the engine's
    # free-text understanding, where "Sent" or a JSON blob would be misread as an answer.
    return unsupported(f"interactive type {kind or '(none)'} is not supported")


def _button(message: f.JSON) -> Content:
    """A quick-reply button of a template: `payload` is what we set, `text` what they saw."""
    button = f.obj(message.get("button"))
    label = f.text(button.get("text"), INBOUND_TEXT)
    payload = f.optional(button.get("payload"))
    return Content(InboundKind.CHOICE, text=label, choice_id=payload or None)


def _order(message: f.JSON) -> Content:
    order = f.obj(message.get("order"))
    items = []
    for raw in f.objs(order.get("product_items")):
        sku = f.string(raw.get("product_retailer_id"))
        quantity = f.integer(raw.get("quantity"))
        if not sku or quantity is None or quantity < 1:
            continue  # a line we cannot price or count is worse than a missing line
        items.append(
            OrderedItem(
                sku=sku,
                quantity=quantity,
                unit_price=f.decimal_text(raw.get("item_price")),
                currency=f.string(raw.get("currency"), 8),
            )
        )
    return Content(
        InboundKind.ORDER, text=f.text(order.get("text"), INBOUND_TEXT), items=tuple(items)
    )


def _media(kind: MediaKind) -> Callable[[f.JSON], Content]:
    def read(message: f.JSON) -> Content:
        body = f.obj(message.get(kind.value))
        caption = f.text(body.get("caption"), INBOUND_TEXT)
        media = Media(
            kind=kind,
            provider_id=f.string(body.get("id")),
            mime_type=f.string(body.get("mime_type")),
            caption=caption,
            voice=body.get("voice") is True,
            filename=f.text(body.get("filename"), f.NAME_LIMIT),
        )
        return Content(InboundKind.MEDIA, text=caption, media=media)

    return read


def _location(message: f.JSON) -> Content:
    body = f.obj(message.get("location"))
    latitude, longitude = f.number(body.get("latitude")), f.number(body.get("longitude"))
    if latitude is None or longitude is None or abs(latitude) > 90 or abs(longitude) > 180:
        return unsupported("location without valid coordinates")
    location = Location(
        latitude=latitude,
        longitude=longitude,
        name=f.text(body.get("name"), f.NAME_LIMIT),
        address=f.text(body.get("address"), 1024),
    )
    return Content(InboundKind.LOCATION, location=location)


def _contacts(message: f.JSON) -> Content:
    # REQUEST_CONTACT_INFO answers carry `origin: "contact_request"` on the message; accept it
    # on each card too, in case Meta moves it.
    message_origin = f.string(message.get("origin"), 64)
    shared = []
    for card in f.objs(message.get("contacts")):
        name = f.obj(card.get("name"))
        full_name = f.text(name.get("formatted_name"), f.NAME_LIMIT) or " ".join(
            part
            for part in (f.text(name.get(k), f.NAME_LIMIT) for k in ("first_name", "last_name"))
            if part
        )
        phones = f.objs(card.get("phones"))
        numbers = tuple(
            n
            for n in (f.string(p.get("wa_id"), 32) or f.string(p.get("phone"), 32) for p in phones)
            if n
        )
        user_ids = tuple(u for u in (f.string(p.get("user_id")) for p in phones) if u)
        shared.append(
            SharedContact(
                name=full_name,
                phones=numbers,
                user_ids=user_ids,
                origin=f.string(card.get("origin"), 64) or message_origin,
            )
        )
    return Content(InboundKind.CONTACTS, contacts=tuple(shared))


def _reaction(message: f.JSON) -> Content:
    body = f.obj(message.get("reaction"))
    # No emoji means the customer removed their reaction: '' keeps that distinguishable.
    return Content(
        InboundKind.REACTION,
        reaction=f.text(body.get("emoji"), 32),
        reacted_to=f.optional(body.get("message_id")),
    )


def _system(message: f.JSON) -> Content:
    body = f.obj(message.get("system"))
    # user_changed_number: `wa_id` is the new phone (`new_wa_id` before Graph v12) and, since the
    # BSUID rollout, `user_id` the new BSUID (a new phone means a new BSUID); user_changed_user_id
    # carries only the new `user_id` next to `previous_user_id`.
    new_wa_id = f.string(body.get("wa_id"), 32) or f.string(body.get("new_wa_id"), 32)
    new_user_id = f.optional(body.get("user_id")) or f.optional(body.get("new_user_id"))
    event = SystemEvent(
        kind=f.string(body.get("type"), 64),
        body=f.text(body.get("body"), 1024),
        new_phone=phone_from_wa_id(new_wa_id) if new_wa_id else None,
        new_user_id=new_user_id,
    )
    # The body is Meta's sentence, not the customer's: kept out of `text` so the engine never
    # reads it as something the customer said.
    return Content(InboundKind.SYSTEM, system=event)


def _unsupported(message: f.JSON) -> Content:
    errors = f.objs(message.get("errors"))
    if not errors:
        return unsupported(
            f"message type {f.string(message.get('type'), 64) or '(none)'} is not supported"
        )
    first = errors[0]
    details = f.string(f.obj(first.get("error_data")).get("details"), 512)
    title = f.string(first.get("title"), 256) or f.string(first.get("message"), 256)
    return unsupported(" — ".join(part for part in (title, details) if part) or "unsupported")


READERS: dict[str, Callable[[f.JSON], Content]] = {
    "text": _text,
    "interactive": _interactive,
    "button": _button,
    "order": _order,
    "image": _media(MediaKind.IMAGE),
    "audio": _media(MediaKind.AUDIO),
    "video": _media(MediaKind.VIDEO),
    "document": _media(MediaKind.DOCUMENT),
    "sticker": _media(MediaKind.STICKER),
    "location": _location,
    "contacts": _contacts,
    "reaction": _reaction,
    "system": _system,
}


def read_content(message: f.JSON) -> Content:
    """The content of `message` by its `type`; anything unknown reads as UNSUPPORTED."""
    reader = READERS.get(f.string(message.get("type"), 64))
    return reader(message) if reader else _unsupported(message)

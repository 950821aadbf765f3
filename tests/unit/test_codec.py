from __future__ import annotations

from datetime import UTC, datetime

from mostrador.domain.codec import (
    inbound_from_dict,
    inbound_to_dict,
    reply_from_dict,
    reply_to_dict,
)
from mostrador.domain.customers import ChannelIdentity
from mostrador.domain.messages import (
    ChoicesReply,
    InboundKind,
    InboundMessage,
    LinkReply,
    MarkRead,
    Media,
    MediaKind,
    MediaReply,
    Option,
    OrderedItem,
    SharedContact,
    SystemEvent,
    TemplateReply,
    TextReply,
)


def test_every_inbound_field_survives_storage() -> None:
    message = InboundMessage(
        channel="whatsapp",
        external_id="wamid.1",
        sender=ChannelIdentity("whatsapp", "MX.1", "MX.ENT.2", "+525512345678", "@ana", "Ana"),
        kind=InboundKind.ORDER,
        sent_at=datetime(2026, 11, 23, 12, 0, tzinfo=UTC),
        text="pedido",
        choice_id="x",
        context_id="wamid.0",
        media=Media(MediaKind.AUDIO, "m1", "audio/ogg", "", True, ""),
        items=(OrderedItem("SKU-1", 2, "10.00", "MXN"),),
        contacts=(SharedContact("Ana", ("+525512345678",), ("MX.1",), "contact_request"),),
        system=SystemEvent("user_changed_number", "cambió", "+525500000000", "MX.9"),
    )
    assert inbound_from_dict(inbound_to_dict(message)) == message


def test_every_reply_type_survives_storage() -> None:
    replies = [
        TextReply("hola"),
        ChoicesReply("¿Qué?", (Option("a", "A", "desc"), Option("b", "B")), header="H"),
        LinkReply("Paga aquí", "https://example.com/pay/x", "Pagar"),
        MediaReply(MediaKind.IMAGE, "https://example.com/i.png", "foto"),
        TemplateReply("pedido_listo", "es_MX", ("P00001",), "Tu pedido está listo"),
        MarkRead("wamid.1"),
    ]
    for reply in replies:
        assert reply_from_dict(reply_to_dict(reply)) == reply

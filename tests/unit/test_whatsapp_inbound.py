"""Meta webhook bodies (tests/fixtures/whatsapp/*.json) parse into exact domain values."""

from __future__ import annotations

import hashlib
import hmac
from datetime import UTC, datetime
from pathlib import Path

import orjson
import pytest

from mostrador.channels.whatsapp.inbound import (
    AccountMessage,
    MalformedWebhook,
    WebhookBatch,
    parse_webhook,
)
from mostrador.channels.whatsapp.signature import verify_signature
from mostrador.domain.customers import ChannelIdentity
from mostrador.domain.messages import (
    DeliveryState,
    InboundKind,
    InboundMessage,
    Location,
    Media,
    MediaKind,
    OrderedItem,
    Referral,
    SharedContact,
    StatusUpdate,
    SystemEvent,
)

FIXTURES = Path(__file__).parents[1] / "fixtures" / "whatsapp"
PNID = "106540352242922"
SENT_AT = datetime(2026, 1, 1, tzinfo=UTC)
ANA = ChannelIdentity(
    channel="whatsapp",
    user_id="MX.4839201736455201",
    phone="+525512345678",
    display_name="Ana Pérez",
)
MARIANA = ChannelIdentity(
    channel="whatsapp",
    user_id="MX.7720193847561029",
    username="@mariana.cafe",
    display_name="Mariana",
)
LUIS = ChannelIdentity(
    channel="whatsapp",
    user_id="MX.1029384756102938",
    phone="+525587654321",
    display_name="Luis Gómez",
)
BUSINESS_MESSAGE = "wamid.HBgNNTIxNTUxMjM0NTY3OBUCABEYEjc0RjE5QUE3RUQ5MEU0OTU5QgA="


def parse(name: str) -> WebhookBatch:
    return parse_webhook((FIXTURES / f"{name}.json").read_bytes())


def only_message(name: str) -> InboundMessage:
    batch = parse(name)
    assert batch.statuses == ()
    assert batch.problems == ()
    assert len(batch.messages) == 1
    assert batch.messages[0].phone_number_id == PNID
    return batch.messages[0].message


def message(external_id: str, kind: InboundKind, sender: ChannelIdentity = ANA, **fields: object):
    return InboundMessage(
        channel="whatsapp",
        external_id=external_id,
        sender=sender,
        kind=kind,
        sent_at=SENT_AT,
        **fields,  # type: ignore[arg-type]
    )


# -- one test per fixture ----------------------------------------------------------------------


def test_text_from_a_customer_sharing_phone_and_bsuid_has_both_identities() -> None:
    assert only_message("text_phone_and_bsuid") == message(
        "wamid.HBgNNTIxNTUxMjM0NTY3OBUCABIYFjNFQjBDNzEyRjE0MkE1Q0IwQTAwAA==",
        InboundKind.TEXT,
        text="Hola, ¿tienen café molido?",
    )


def test_text_from_a_username_customer_has_bsuid_and_username_but_no_phone() -> None:
    assert only_message("text_username_bsuid_only") == message(
        "wamid.HBgSTVguNzcyMDE5Mzg0NzU2MTAyORUCABIYFjNFQjA5QjQ1RkE3MzE2MDBBRjAwAA==",
        InboundKind.TEXT,
        sender=MARIANA,
        text="Buenas tardes",
    )


def test_parent_user_id_of_the_contact_is_kept_on_the_sender() -> None:
    parsed = only_message("text_parent_user_id")
    assert parsed.sender == ChannelIdentity(
        channel="whatsapp",
        user_id="MX.4839201736455201",
        parent_user_id="MX.ENT.11815799212886844830",
        phone="+525512345678",
        display_name="Ana Pérez",
    )
    assert parsed.text == "Quiero 2 bolsas"


def test_list_reply_is_a_choice_with_row_id_title_and_context() -> None:
    assert only_message("interactive_list_reply") == message(
        "wamid.HBgNNTIxNTUxMjM0NTY3OBUCABIYFjNFQjBMSVNUUkVQTFkwMDAwMDAwAA==",
        InboundKind.CHOICE,
        text="Café Molido 500 g",
        choice_id="CAF-500",
        context_id="wamid.HBgNNTIxNTUxMjM0NTY3OBUCABEYEjQ2MDhBMjU0QTFGMzJFQzc3OAA=",
    )


def test_button_reply_is_a_choice_with_button_id_and_title() -> None:
    assert only_message("interactive_button_reply") == message(
        "wamid.HBgNNTIxNTUxMjM0NTY3OBUCABIYFjNFQjBCVVRUT05SRVBMWTAwMDAwAA==",
        InboundKind.CHOICE,
        text="A domicilio",
        choice_id="delivery",
        context_id="wamid.HBgNNTIxNTUxMjM0NTY3OBUCABEYEkJVVFRPTlNRVUVTVElPTjAwMAA=",
    )


def test_template_quick_reply_button_is_a_choice_with_its_payload() -> None:
    assert only_message("template_button") == message(
        "wamid.HBgNNTIxNTUxMjM0NTY3OBUCABIYFjNFQjBURU1QTEFURUJVVFRPTjAwMAA=",
        InboundKind.CHOICE,
        text="Volver a pedir",
        choice_id="reorder:M-000123",
        context_id="wamid.HBgNNTIxNTUxMjM0NTY3OBUCABEYElRFTVBMQVRFUkVNSU5ERVIwMAA=",
    )


def test_native_cart_order_lists_skus_quantities_and_prices() -> None:
    assert only_message("order") == message(
        "wamid.HBgNNTIxNTUxMjM0NTY3OBUCABIYFjNFQjBPUkRFUjAwMDAwMDAwMDAwMAA=",
        InboundKind.ORDER,
        text="Lo de siempre, porfa",
        items=(
            OrderedItem(sku="CAF-500", quantity=2, unit_price="189.5", currency="MXN"),
            OrderedItem(sku="TAZ-001", quantity=1, unit_price="120", currency="MXN"),
        ),
    )


def test_image_with_caption_is_media_whose_caption_is_the_text() -> None:
    assert only_message("image_with_caption") == message(
        "wamid.HBgNNTIxNTUxMjM0NTY3OBUCABIYFjNFQjBJTUFHRTAwMDAwMDAwMDAwMAA=",
        InboundKind.MEDIA,
        text="¿Tienen esta taza?",
        media=Media(
            MediaKind.IMAGE, "1003383421387256", "image/jpeg", caption="¿Tienen esta taza?"
        ),
    )


def test_voice_note_is_audio_media_flagged_as_voice() -> None:
    assert only_message("audio_voice") == message(
        "wamid.HBgNNTIxNTUxMjM0NTY3OBUCABIYFjNFQjBBVURJTzAwMDAwMDAwMDAwMAA=",
        InboundKind.MEDIA,
        media=Media(MediaKind.AUDIO, "1234567890123457", "audio/ogg; codecs=opus", voice=True),
    )


def test_video_is_media_with_caption() -> None:
    assert only_message("video") == message(
        "wamid.HBgNNTIxNTUxMjM0NTY3OBUCABIYFjNFQjBWSURFTzAwMDAwMDAwMDAwMAA=",
        InboundKind.MEDIA,
        text="Así llegó",
        media=Media(MediaKind.VIDEO, "1234567890123458", "video/mp4", caption="Así llegó"),
    )


def test_document_is_media_with_filename_and_caption() -> None:
    assert only_message("document") == message(
        "wamid.HBgNNTIxNTUxMjM0NTY3OBUCABIYFjNFQjBET0NVTUVOVDAwMDAwMDAwMAA=",
        InboundKind.MEDIA,
        text="Mi constancia fiscal",
        media=Media(
            MediaKind.DOCUMENT,
            "1234567890123459",
            "application/pdf",
            caption="Mi constancia fiscal",
            filename="constancia.pdf",
        ),
    )


def test_sticker_is_media_without_text() -> None:
    assert only_message("sticker") == message(
        "wamid.HBgNNTIxNTUxMjM0NTY3OBUCABIYFjNFQjBTVElDS0VSMDAwMDAwMDAwMAA=",
        InboundKind.MEDIA,
        media=Media(MediaKind.STICKER, "1234567890123460", "image/webp"),
    )


def test_location_keeps_coordinates_name_and_address() -> None:
    assert only_message("location") == message(
        "wamid.HBgNNTIxNTUxMjM0NTY3OBUCABIYFjNFQjBMT0NBVElPTjAwMDAwMDAwMAA=",
        InboundKind.LOCATION,
        location=Location(
            19.4326077, -99.133208, "Zócalo", "Plaza de la Constitución S/N, Centro, CDMX"
        ),
    )


def test_shared_contact_prefers_wa_id_over_the_written_phone() -> None:
    assert only_message("contacts") == message(
        "wamid.HBgNNTIxNTUxMjM0NTY3OBUCABIYFjNFQjBDT05UQUNUUzAwMDAwMDAwMAA=",
        InboundKind.CONTACTS,
        contacts=(SharedContact(name="Luis Gómez", phones=("5215587654321", "+52 55 5555 0100")),),
    )


def test_contact_shared_through_a_contact_request_keeps_its_origin() -> None:
    assert only_message("contacts_contact_request") == message(
        "wamid.HBgSTVguNzcyMDE5Mzg0NzU2MTAyORUCABIYFkNPTlRBQ1RSRVFVRVNUMDAwMDAwAA==",
        InboundKind.CONTACTS,
        sender=MARIANA,
        contacts=(
            SharedContact(name="Mariana Ruiz", phones=("5215544332211",), origin="contact_request"),
        ),
    )


def test_reaction_carries_the_emoji_and_points_at_the_reacted_message() -> None:
    assert only_message("reaction") == message(
        "wamid.HBgNNTIxNTUxMjM0NTY3OBUCABIYFjNFQjBSRUFDVElPTjAwMDAwMDAwMAA=",
        InboundKind.REACTION,
        reaction="👍",
        context_id="wamid.HBgNNTIxNTUxMjM0NTY3OBUCABEYEk9SREVSQ09ORklSTUVEMDAwAA==",
    )


def test_changed_number_system_message_has_new_phone_and_new_bsuid_without_contacts() -> None:
    assert only_message("system_user_changed_number") == message(
        "wamid.HBgNNTIxNTUxMjM0NTY3OBUCABIYFjNFQjBTWVNURU0wMDAwMDAwMDAwMAA=",
        InboundKind.SYSTEM,
        sender=ChannelIdentity(
            channel="whatsapp", user_id="MX.4839201736455201", phone="+525512345678"
        ),
        system=SystemEvent(
            kind="user_changed_number",
            body="User Ana Pérez changed from 5215512345678 to 5215599887766",
            new_phone="+525599887766",
            new_user_id="MX.5550001112223334",
        ),
    )


def test_unsupported_message_keeps_metas_error_title_and_details() -> None:
    assert only_message("unsupported") == message(
        "wamid.HBgNNTIxNTUxMjM0NTY3OBUCABIYFjNFQjBVTlNVUFBPUlRFRDAwMDAwAA==",
        InboundKind.UNSUPPORTED,
        error="Message type unknown — Message type is currently not supported.",
    )


def test_click_to_whatsapp_ad_referral_rides_on_the_text_message() -> None:
    assert only_message("referral_ctwa") == message(
        "wamid.HBgNNTIxNTUxMjM0NTY3OBUCABIYFjNFQjBSRUZFUlJBTDAwMDAwMDAwMAA=",
        InboundKind.TEXT,
        text="Hola, vi su anuncio del café",
        referral=Referral(
            source_type="ad",
            source_id="120212345678900123",
            source_url="https://fb.me/3cr4Wqqkv",
            headline="Café Veracruz 500 g",
            body="Café de Veracruz recién tostado, envío a todo México.",
            ctwa_clid=(
                "ARAkLkA8rmlFeiCktEJQ-QTwRiyYHAFDLMNDBH0CD3qpjd0HR4irJ6LEkR7JwFF4XvnO2E4Nx0-eM-"
                "GABDLOPaOdRMv-_zfUQ2a"
            ),
        ),
    )


def test_sent_delivered_and_read_statuses_carry_phone_and_bsuid_of_the_recipient() -> None:
    batch = parse("statuses_sent_delivered_read")
    assert batch.messages == () and batch.problems == ()
    assert [s.phone_number_id for s in batch.statuses] == [PNID] * 3
    assert [s.status for s in batch.statuses] == [
        StatusUpdate("whatsapp", BUSINESS_MESSAGE, state, ANA, datetime.fromtimestamp(ts, UTC))
        for state, ts in [
            (DeliveryState.SENT, 1767225601),
            (DeliveryState.DELIVERED, 1767225602),
            (DeliveryState.READ, 1767225610),
        ]
    ]


def test_status_to_a_username_customer_has_only_the_recipient_user_id() -> None:
    batch = parse("status_without_recipient_id")
    assert batch.problems == ()
    assert [s.status for s in batch.statuses] == [
        StatusUpdate(
            "whatsapp",
            "wamid.HBgSTVguNzcyMDE5Mzg0NzU2MTAyORUCABEYEkRFTElWRVJFRFRPQlNVSUQwAA==",
            DeliveryState.DELIVERED,
            MARIANA,
            datetime.fromtimestamp(1767225700, UTC),
        )
    ]


def test_failed_status_without_contacts_carries_the_first_error() -> None:
    batch = parse("status_failed")
    assert batch.problems == ()
    assert [s.status for s in batch.statuses] == [
        StatusUpdate(
            "whatsapp",
            "wamid.HBgNNTIxNTUxMjM0NTY3OBUCABEYEkZBSUxFRFRFTVBMQVRFMDAwMAA=",
            DeliveryState.FAILED,
            ChannelIdentity(channel="whatsapp", phone="+525512345678"),
            datetime.fromtimestamp(1767225800, UTC),
            error_code=131047,
            error_title="Re-engagement message",
        )
    ]


def test_two_messages_from_two_customers_are_matched_to_their_own_contacts() -> None:
    batch = parse("two_customers")
    assert batch.problems == ()
    assert [(m.message.sender, m.message.text) for m in batch.messages] == [
        (ANA, "Hola"),
        (LUIS, "¿Abren el domingo?"),
    ]
    assert batch.messages[1].message.sent_at == datetime.fromtimestamp(1767225605, UTC)


def test_a_batch_with_several_entries_keeps_each_business_number_and_the_statuses() -> None:
    batch = parse("several_entries")
    assert batch.problems == ()
    assert [(m.phone_number_id, m.message.sender, m.message.text) for m in batch.messages] == [
        (PNID, ANA, "Primero"),
        ("106540352242923", LUIS, "Segundo"),
    ]
    assert [(s.phone_number_id, s.status.state, s.status.recipient) for s in batch.statuses] == [
        (PNID, DeliveryState.READ, ANA)
    ]


# -- hostile and malformed bodies --------------------------------------------------------------


@pytest.mark.parametrize("raw", [b"{not json", b"[]", b"42", b'"text"', b""])
def test_a_body_that_is_not_a_json_object_raises_malformed_webhook(raw: bytes) -> None:
    with pytest.raises(MalformedWebhook):
        parse_webhook(raw)


@pytest.mark.parametrize(
    "raw",
    [
        b"{}",
        b'{"object":"whatsapp_business_account"}',
        b'{"object":"whatsapp_business_account","entry":[{"changes":[{"value":null}]}]}',
        b'{"object":"whatsapp_business_account","entry":[null,{"changes":"x"}]}',
        b'{"object":"page","entry":[]}',
    ],
)
def test_odd_but_valid_json_yields_an_empty_batch_with_problems(raw: bytes) -> None:
    batch = parse_webhook(raw)
    assert batch.messages == () and batch.statuses == ()
    assert batch.problems


def _one_text(message: dict[str, object], contacts: list[object] | None = None) -> bytes:
    value = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "15550783881", "phone_number_id": PNID},
        "contacts": contacts or [],
        "messages": [message],
    }
    return orjson.dumps(
        {
            "object": "whatsapp_business_account",
            "entry": [{"id": "1", "changes": [{"field": "messages", "value": value}]}],
        }
    )


def test_a_message_without_id_is_skipped_and_reported() -> None:
    batch = parse_webhook(_one_text({"from": "521559", "type": "text"}))
    assert batch.messages == ()
    assert batch.problems == ("entry[0].changes[0].value.messages[0]: message without id skipped",)


def test_a_message_without_any_sender_is_skipped_and_reported() -> None:
    batch = parse_webhook(_one_text({"id": "wamid.X", "type": "text", "text": {"body": "hola"}}))
    assert batch.messages == ()
    assert batch.problems == (
        "entry[0].changes[0].value.messages[0]: message wamid.X without a sender skipped",
    )


def test_one_bad_message_does_not_hide_the_good_one_beside_it() -> None:
    good = {"from_user_id": "MX.1", "id": "wamid.good", "type": "text", "text": {"body": "hola"}}
    value = {
        "metadata": {"phone_number_id": PNID},
        "messages": [{"type": "text"}, good],
    }
    raw = orjson.dumps(
        {
            "object": "whatsapp_business_account",
            "entry": [{"changes": [{"field": "messages", "value": value}]}],
        }
    )
    batch = parse_webhook(raw)
    assert [m.message.external_id for m in batch.messages] == ["wamid.good"]
    assert len(batch.problems) == 1


def test_hostile_text_is_bounded_to_4096_chars_and_stripped_of_control_characters() -> None:
    raw = _one_text(
        {
            "from": "5215590002004",
            "id": "wamid.h",
            "type": "text",
            "text": {"body": "hola\u0000mundo\u200b" + "a" * 5000},
        }
    )
    [parsed] = parse_webhook(raw).messages
    assert parsed.message.text == "holamundo" + "a" * 4087
    assert parsed.message.sender.phone == "+525590002004"


def test_an_unknown_message_type_without_errors_is_unsupported_with_a_reason() -> None:
    [parsed] = parse_webhook(
        _one_text({"from_user_id": "MX.1", "id": "w", "type": "poll"})
    ).messages
    assert parsed.message.kind is InboundKind.UNSUPPORTED
    assert parsed.message.error == "message type poll is not supported"


def test_a_flow_answer_is_unsupported_rather_than_read_as_free_text() -> None:
    interactive = {
        "type": "nfm_reply",
        "nfm_reply": {"name": "flow", "body": "Sent", "response_json": "{}"},
    }
    raw = _one_text(
        {"from_user_id": "MX.1", "id": "w", "type": "interactive", "interactive": interactive}
    )
    [parsed] = parse_webhook(raw).messages
    assert (parsed.message.kind, parsed.message.text) == (InboundKind.UNSUPPORTED, "")
    assert parsed.message.error == "interactive type nfm_reply is not supported"


def test_a_sender_found_only_through_its_contact_gets_the_contacts_phone() -> None:
    contact = {"profile": {"name": "Eva"}, "wa_id": "5215512345678", "user_id": "MX.9"}
    raw = _one_text(
        {"from_user_id": "MX.9", "id": "w", "type": "text", "text": {"body": "x"}}, [contact]
    )
    [parsed] = parse_webhook(raw).messages
    assert parsed.message.sender == ChannelIdentity(
        channel="whatsapp", user_id="MX.9", phone="+525512345678", display_name="Eva"
    )


def test_a_status_with_a_new_state_maps_to_unknown() -> None:
    value = {
        "metadata": {"phone_number_id": PNID},
        "statuses": [{"id": "wamid.s", "status": "deleted", "recipient_user_id": "MX.1"}],
    }
    raw = orjson.dumps(
        {
            "object": "whatsapp_business_account",
            "entry": [{"changes": [{"field": "messages", "value": value}]}],
        }
    )
    [status] = parse_webhook(raw).statuses
    assert status.status.state is DeliveryState.UNKNOWN
    assert status.status.recipient == ChannelIdentity(channel="whatsapp", user_id="MX.1")
    assert status.status.at is None


def test_messages_in_a_value_without_phone_number_id_are_skipped_not_guessed() -> None:
    value = {"messages": [{"from": "5215512345678", "id": "w", "type": "text"}]}
    raw = orjson.dumps(
        {
            "object": "whatsapp_business_account",
            "entry": [{"changes": [{"field": "messages", "value": value}]}],
        }
    )
    batch = parse_webhook(raw)
    assert batch.messages == ()
    assert batch.problems == ("entry[0].changes[0]: no metadata.phone_number_id; value skipped",)


def test_every_fixture_is_parsed_without_problems() -> None:
    names = sorted(p.stem for p in FIXTURES.glob("*.json"))
    assert len(names) == 24
    for name in names:
        batch = parse(name)
        assert batch.problems == (), name
        assert batch.messages or batch.statuses, name
        assert all(isinstance(m, AccountMessage) for m in batch.messages)


# -- signature ---------------------------------------------------------------------------------

SECRET = "app-secret-0123"
RAW = b'{"object":"whatsapp_business_account","entry":[]}'
GOOD = "sha256=" + hmac.new(SECRET.encode(), RAW, hashlib.sha256).hexdigest()


def test_a_signature_of_the_raw_body_with_the_app_secret_verifies() -> None:
    assert verify_signature(SECRET, RAW, GOOD)
    assert verify_signature(SECRET, RAW, GOOD.upper().replace("SHA256=", "sha256="))


@pytest.mark.parametrize(
    "header",
    [
        None,
        "",
        "sha256=",
        "sha256=" + "ab" * 32,
        "sha1=" + GOOD[7:],
        GOOD[7:],
        GOOD + "00",
        "sha256=" + "zz" * 32,
    ],
)
def test_missing_malformed_or_wrong_signatures_are_rejected(header: str | None) -> None:
    assert not verify_signature(SECRET, RAW, header)


def test_a_signature_made_with_another_secret_or_over_another_body_is_rejected() -> None:
    assert not verify_signature("other-secret", RAW, GOOD)
    assert not verify_signature(SECRET, RAW + b" ", GOOD)
    assert not verify_signature("", RAW, GOOD)

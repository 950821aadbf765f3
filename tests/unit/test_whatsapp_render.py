"""Replies render to exact Cloud API bodies that never break WhatsApp's documented limits."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mostrador.channels.whatsapp import limits as lim
from mostrador.channels.whatsapp.render import NUMBERED_PROMPT, Unaddressable, render
from mostrador.domain.messages import (
    ChoicesReply,
    LinkReply,
    MarkRead,
    MediaKind,
    MediaReply,
    Option,
    TemplateReply,
    TextReply,
)

PHONE = "+525512345678"
BSUID = "MX.4839201736455201"
TO_PHONE = {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "525512345678"}


def violations(body: dict[str, Any]) -> list[str]:
    """What Meta would refuse with 131009, checked independently of the renderer."""
    problems: list[str] = []

    def check(where: str, value: Any, limit: int, required: bool = True) -> None:
        if value is None or value == "":
            if required:
                problems.append(f"{where} missing")
        elif not isinstance(value, str) or len(value) > limit:
            problems.append(f"{where} too long")

    if ("to" in body) == ("recipient" in body):
        problems.append("exactly one of to / recipient")
    if "to" in body and not str(body["to"]).isdigit():
        problems.append("to is not digits")
    kind = body["type"]
    if kind == "text":
        check("text.body", body["text"].get("body"), lim.TEXT_BODY)
    if kind != "interactive":
        return problems
    it = body["interactive"]
    check("body", it.get("body", {}).get("text"), lim.INTERACTIVE_BODY)
    if "header" in it:
        check("header", it["header"].get("text"), lim.HEADER_TEXT)
    if "footer" in it:
        check("footer", it["footer"].get("text"), lim.FOOTER_TEXT)
    action = it["action"]
    if it["type"] == "list":
        check("button", action.get("button"), lim.LIST_BUTTON)
        sections = action["sections"]
        rows = [r for s in sections for r in s["rows"]]
        if not (1 <= len(sections) <= lim.LIST_SECTIONS and 1 <= len(rows) <= lim.LIST_ROWS_TOTAL):
            problems.append("list size")
        for s in sections:
            check("section.title", s.get("title"), lim.SECTION_TITLE, required=len(sections) > 1)
        if len({r["id"] for r in rows}) != len(rows):
            problems.append("row ids not unique")
        for r in rows:
            check("row.id", r.get("id"), lim.ROW_ID)
            check("row.title", r.get("title"), lim.ROW_TITLE)
            check("row.description", r.get("description"), lim.ROW_DESCRIPTION, required=False)
    elif it["type"] == "button":
        replies = [b["reply"] for b in action["buttons"]]
        if not 1 <= len(replies) <= lim.REPLY_BUTTONS:
            problems.append("button count")
        if len({r["id"] for r in replies}) != len(replies):
            problems.append("button ids not unique")
        if len({r["title"] for r in replies}) != len(replies):
            problems.append("button titles not unique")
        for r in replies:
            check("button.id", r.get("id"), lim.BUTTON_ID)
            check("button.title", r.get("title"), lim.BUTTON_TITLE)
    elif it["type"] == "cta_url":
        check("display_text", action["parameters"].get("display_text"), lim.CTA_DISPLAY_TEXT)
    return problems


def choices(*titles: str, **fields: Any) -> ChoicesReply:
    options = tuple(Option(f"id-{i}", t) for i, t in enumerate(titles, start=1))
    return ChoicesReply(fields.pop("body", "¿Cuál quieres?"), options, **fields)


# -- addressing and simple kinds ---------------------------------------------------------------


def test_a_known_phone_goes_in_to_as_digits_without_plus() -> None:
    assert render(TextReply("Hola"), PHONE, BSUID) == {
        **TO_PHONE,
        "type": "text",
        "text": {"preview_url": False, "body": "Hola"},
    }


def test_a_customer_without_phone_is_addressed_by_recipient_bsuid() -> None:
    body = render(TextReply("Hola"), None, BSUID)
    assert body == {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "recipient": BSUID,
        "type": "text",
        "text": {"preview_url": False, "body": "Hola"},
    }


def test_a_bsuid_passed_as_phone_never_lands_in_to() -> None:
    body = render(TextReply("Hola"), "US.ENT.11815799212886844830", None)
    assert "to" not in body
    assert body["recipient"] == "US.ENT.11815799212886844830"


def test_a_reply_without_any_address_is_refused() -> None:
    with pytest.raises(Unaddressable):
        render(TextReply("Hola"), None, None)


def test_mark_read_is_a_read_receipt_for_the_inbound_message() -> None:
    assert render(MarkRead("wamid.abc"), None, None) == {
        "messaging_product": "whatsapp",
        "status": "read",
        "message_id": "wamid.abc",
    }


def test_a_text_over_4096_chars_is_clipped_at_a_word_with_an_ellipsis() -> None:
    body = render(TextReply("palabra " * 1000), PHONE, None)
    text = body["text"]["body"]  # type: ignore[index]
    assert len(text) <= lim.TEXT_BODY
    assert text.endswith("palabra…")


def test_an_empty_text_still_sends_something_meta_accepts() -> None:
    assert render(TextReply("  "), PHONE, None)["text"] == {"preview_url": False, "body": "…"}


# -- choices -----------------------------------------------------------------------------------


def test_up_to_three_short_options_become_reply_buttons() -> None:
    body = render(choices("A domicilio", "Recoger", header="Entrega", footer="Elige"), PHONE, None)
    assert body == {
        **TO_PHONE,
        "type": "interactive",
        "interactive": {
            "type": "button",
            "body": {"text": "¿Cuál quieres?"},
            "header": {"type": "text", "text": "Entrega"},
            "footer": {"text": "Elige"},
            "action": {
                "buttons": [
                    {"type": "reply", "reply": {"id": "id-1", "title": "A domicilio"}},
                    {"type": "reply", "reply": {"id": "id-2", "title": "Recoger"}},
                ]
            },
        },
    }


def test_options_with_descriptions_become_a_one_section_list() -> None:
    reply = ChoicesReply(
        "Encontré esto:",
        (Option("CAF-500", "Café Molido 500 g", "$189.00"), Option("TAZ-001", "Taza", "$120.00")),
        button="Ver productos",
    )
    assert render(reply, PHONE, None)["interactive"] == {
        "type": "list",
        "body": {"text": "Encontré esto:"},
        "action": {
            "button": "Ver productos",
            "sections": [
                {
                    "rows": [
                        {"id": "CAF-500", "title": "Café Molido 500 g", "description": "$189.00"},
                        {"id": "TAZ-001", "title": "Taza", "description": "$120.00"},
                    ]
                }
            ],
        },
    }


def test_long_titles_keep_distinguishing_whole_words_and_full_title_goes_to_description() -> None:
    reply = ChoicesReply(
        "¿Qué tamaño?",
        (
            Option("CAF-500", "Café Molido Veracruz 500 g", "$189.00"),
            Option("CAF-250", "Café Molido Veracruz 250 g", "$110.00"),
        ),
        section="Café",
    )
    section = render(reply, PHONE, None)["interactive"]["action"]["sections"][0]  # type: ignore[index]
    assert section == {
        "rows": [
            {
                "id": "CAF-500",
                "title": "Café Molido 500 g",
                "description": "Café Molido Veracruz 500 g · $189.00",
            },
            {
                "id": "CAF-250",
                "title": "Café Molido 250 g",
                "description": "Café Molido Veracruz 250 g · $110.00",
            },
        ],
        "title": "Café",
    }


def test_shortened_titles_stay_unique_when_only_a_trailing_word_differs() -> None:
    body = render(
        choices(
            "Audífonos inalámbricos Sony WH-1000XM5 negros",
            "Audífonos inalámbricos Sony WH-1000XM5 plata",
        ),
        PHONE,
        None,
    )
    rows = body["interactive"]["action"]["sections"][0]["rows"]  # type: ignore[index]
    assert [r["title"] for r in rows] == ["Audífonos Sony negros", "Audífonos Sony plata"]


def test_repeated_option_ids_are_dropped_so_row_ids_stay_unique() -> None:
    reply = ChoicesReply("x", tuple(Option("same", t, "d") for t in ("Uno", "Dos")))
    rows = render(reply, PHONE, None)["interactive"]["action"]["sections"][0]["rows"]  # type: ignore[index]
    assert rows == [{"id": "same", "title": "Uno", "description": "d"}]


def test_duplicate_short_titles_cannot_be_buttons_and_fall_back_to_a_list() -> None:
    body = render(choices("Sí", "Sí"), PHONE, None)
    assert body["interactive"]["type"] == "list"  # type: ignore[index]


def test_more_than_ten_options_become_numbered_text() -> None:
    reply = ChoicesReply(
        "Tenemos:", tuple(Option(f"p{i}", f"Producto {i}", "$10") for i in range(1, 12))
    )
    text = render(reply, PHONE, None)["text"]["body"]  # type: ignore[index]
    lines = text.split("\n")
    assert lines[:3] == ["Tenemos:", "", "1. Producto 1 — $10"]
    assert lines[12] == "11. Producto 11 — $10"
    assert lines[-2:] == ["", NUMBERED_PROMPT]


def test_a_numbered_menu_too_long_for_one_message_ends_with_an_ellipsis_line() -> None:
    reply = ChoicesReply("x", tuple(Option(str(i), "t" * 150, "d" * 40) for i in range(100)))
    text = render(reply, PHONE, None)["text"]["body"]  # type: ignore[index]
    assert len(text) <= lim.TEXT_BODY
    assert text.endswith(f"\n…\n\n{NUMBERED_PROMPT}")


def test_no_options_is_just_the_question_as_text() -> None:
    assert render(ChoicesReply("¿Algo más?", ()), PHONE, None)["text"] == {
        "preview_url": False,
        "body": "¿Algo más?",
    }


# -- links, media, templates -------------------------------------------------------------------


def test_a_link_is_a_cta_url_with_a_clipped_label() -> None:
    body = render(
        LinkReply(
            "Paga aquí tu pedido", "https://pay.example.org/M-1", "Pagar mi pedido ahora mismo"
        ),
        PHONE,
        None,
    )
    assert body["interactive"] == {
        "type": "cta_url",
        "body": {"text": "Paga aquí tu pedido"},
        "action": {
            "name": "cta_url",
            "parameters": {
                "display_text": "Pagar mi pedido…",
                "url": "https://pay.example.org/M-1",
            },
        },
    }


def test_a_link_that_is_not_http_is_sent_as_text() -> None:
    body = render(LinkReply("Llámanos", "tel:+525512345678", "Llamar"), PHONE, None)
    assert body["text"] == {"preview_url": False, "body": "Llámanos\ntel:+525512345678"}


def test_an_image_is_sent_by_link_with_its_caption() -> None:
    body = render(MediaReply(MediaKind.IMAGE, "https://cdn.example.org/t.jpg", "Taza"), PHONE, None)
    assert body == {
        **TO_PHONE,
        "type": "image",
        "image": {"link": "https://cdn.example.org/t.jpg", "caption": "Taza"},
    }


def test_a_document_keeps_its_filename_and_audio_drops_the_caption() -> None:
    doc = MediaReply(MediaKind.DOCUMENT, "https://x.example/f.pdf", "Tu factura", "M-1.pdf")
    audio = MediaReply(MediaKind.AUDIO, "https://x.example/a.ogg", "ignored")
    assert render(doc, PHONE, None)["document"] == {
        "link": "https://x.example/f.pdf",
        "caption": "Tu factura",
        "filename": "M-1.pdf",
    }
    assert render(audio, PHONE, None)["audio"] == {"link": "https://x.example/a.ogg"}


def test_a_template_carries_language_and_body_parameters_without_newlines() -> None:
    body = render(TemplateReply("pedido_listo", "es_MX", ("Ana", "M-000123\nlisto")), None, BSUID)
    assert body["type"] == "template"
    assert body["template"] == {
        "name": "pedido_listo",
        "language": {"code": "es_MX"},
        "components": [
            {
                "type": "body",
                "parameters": [
                    {"type": "text", "text": "Ana"},
                    {"type": "text", "text": "M-000123 listo"},
                ],
            }
        ],
    }


def test_a_template_without_parameters_has_no_components() -> None:
    body = render(TemplateReply("hola", "es"), PHONE, None)
    assert body["template"] == {"name": "hola", "language": {"code": "es"}}


# -- properties --------------------------------------------------------------------------------

_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300)
_words = st.lists(
    st.sampled_from(["Café", "Molido", "Veracruz", "500", "g", "de", "Taza", "grande", "XL", "x"])
    | st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=30),
    max_size=12,
).map(" ".join)
_options = st.lists(
    st.builds(Option, id=_text, title=_words | _text, description=_text | st.just("")),
    max_size=14,
)


@settings(max_examples=400, deadline=None)
@given(
    options=_options,
    body=_text | st.text(max_size=5000),
    header=_text,
    footer=_text,
    button=_text,
    section=_text,
)
def test_arbitrary_choices_never_break_a_limit_and_keep_ids_unique(
    options: list[Option], body: str, header: str, footer: str, button: str, section: str
) -> None:
    reply = ChoicesReply(body, tuple(options), button, header, footer, section)
    rendered = render(reply, PHONE, None)
    assert violations(rendered) == []


@settings(max_examples=200, deadline=None)
@given(body=st.text(max_size=6000), label=_text, url=_text | st.just("https://x.example/p"))
def test_arbitrary_texts_and_links_never_break_a_limit(body: str, label: str, url: str) -> None:
    assert violations(render(TextReply(body), None, BSUID)) == []
    assert violations(render(LinkReply(body, url, label), PHONE, None)) == []


@settings(max_examples=200, deadline=None)
@given(titles=st.lists(_words, min_size=2, max_size=10, unique_by=lambda t: " ".join(t.split())))
def test_shortened_titles_are_made_of_whole_words_of_the_original(titles: list[str]) -> None:
    reply = ChoicesReply("x", tuple(Option(f"o{i}", t, "d") for i, t in enumerate(titles)))
    rendered = render(reply, PHONE, None)
    rows = rendered["interactive"]["action"]["sections"][0]["rows"]  # type: ignore[index]
    for option, row in zip(reply.options, rows, strict=True):
        original = option.title.split()
        if not original or row["title"].endswith("…") or row["title"].startswith("Opción "):
            continue
        assert all(word in original for word in row["title"].split())

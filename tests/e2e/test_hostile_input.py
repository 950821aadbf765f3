"""Untrusted input from customers and from catalog files: every message gets a 200 and a polite
answer within WhatsApp's limits; odd product names survive intact and are escaped in HTML."""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from tests.support import webhooks as wh
from tests.support.chat import (
    APOLOGY,
    REPLY_TIMEOUT,
    SETTLE,
    Item,
    Outcome,
    Plan,
    new_wa_id,
    norm,
)
from tests.support.fake_graph import FakeGraph, Recorded

pytestmark = pytest.mark.slow

HOSTILE_TEXTS = {
    "5,000 characters": "a" * 5000,
    "emoji only": "👋🛒🔥",
    "HTML script": "<script>alert(1)</script>",
    "SQL injection": "'; DROP TABLE orders; --",
    "NUL inside the text": "hola\u0000mundo",
    "full-width letters": "ｈｏｌａ ｑｕｉｅｒｏ ｃａｆé",
    "right-to-left override": "\u202eodot\u202c hola",
    "only whitespace": " \n\t ",
}

MEDIA: dict[str, Callable[[wh.Customer], wh.Message]] = {
    "audio voice note": wh.audio,
    "sticker": wh.sticker,
    "location": wh.location,
    "unsupported message": wh.unsupported,
    "unknown message type": wh.unknown_type,
}


def _polite(graph: FakeGraph, replies: list[Recorded]) -> None:
    """At least one message reached the customer, none was an apology for a crash, and the shop
    never sent this customer something WhatsApp would refuse."""
    assert replies, "no reply"
    assert [r.parsed.text for r in replies if APOLOGY in norm(r.parsed.everything())] == []
    key = replies[0].customer
    assert [r.problems for r in graph.refused() if r.customer == key] == []


Answered = tuple[int, list[Recorded]]  # the webhook's HTTP status, the replies it got


def _send_all(
    hooks: wh.WebhookClient, graph: FakeGraph, messages: dict[str, wh.Message]
) -> dict[str, Answered]:
    """One webhook per case, all sent before any answer is awaited (they run in parallel)."""
    statuses = {case: hooks.send(message).status_code for case, message in messages.items()}
    addresses = [m.customer.address for m in messages.values()]
    replies = graph.collect_many(addresses, REPLY_TIMEOUT, SETTLE)
    return {case: (statuses[case], replies[m.customer.address]) for case, m in messages.items()}


@pytest.fixture(scope="module")
def first_messages(hooks: wh.WebhookClient, graph: FakeGraph) -> dict[str, Answered]:
    """Every hostile text and odd message type, each the first message of a new customer."""
    messages = {
        case: wh.text(wh.phone_customer(new_wa_id()), text) for case, text in HOSTILE_TEXTS.items()
    }
    messages |= {case: make(wh.phone_customer(new_wa_id())) for case, make in MEDIA.items()}
    return _send_all(hooks, graph, messages)


@pytest.fixture(scope="module")
def menu_answers(hooks: wh.WebhookClient, graph: FakeGraph) -> dict[str, Answered]:
    """Every hostile text, each sent by a customer who was just shown the main menu."""
    customers = {case: wh.phone_customer(new_wa_id()) for case in HOSTILE_TEXTS}
    assert hooks.send(*(wh.text(c, "hola") for c in customers.values())).status_code == 200
    greeted = graph.collect_many([c.address for c in customers.values()], REPLY_TIMEOUT, SETTLE)
    assert all(greeted.values()), greeted
    messages = {case: wh.text(c, HOSTILE_TEXTS[case]) for case, c in customers.items()}
    return _send_all(hooks, graph, messages)


@pytest.mark.parametrize("case", list(HOSTILE_TEXTS))
def test_hostile_text_as_a_first_message_gets_a_polite_answer(
    case: str, graph: FakeGraph, first_messages: dict[str, Answered]
) -> None:
    status, replies = first_messages[case]

    assert status == 200
    _polite(graph, replies)


@pytest.mark.parametrize("case", list(HOSTILE_TEXTS))
def test_hostile_text_as_an_answer_to_the_menu_gets_a_polite_answer(
    case: str, graph: FakeGraph, menu_answers: dict[str, Answered]
) -> None:
    status, replies = menu_answers[case]

    assert status == 200
    _polite(graph, replies)


@pytest.mark.parametrize("case", list(MEDIA))
def test_media_and_unknown_messages_get_a_polite_answer(
    case: str, graph: FakeGraph, first_messages: dict[str, Answered]
) -> None:
    status, replies = first_messages[case]

    assert status == 200
    _polite(graph, replies)


def test_a_voice_note_is_answered_that_audios_cannot_be_heard(
    first_messages: dict[str, Answered],
) -> None:
    _, replies = first_messages["audio voice note"]

    assert any("no puedo escuchar audios" in norm(r.parsed.text) for r in replies), [
        r.parsed.text for r in replies
    ]


@pytest.mark.parametrize(
    ("case", "raw_text"),
    [("lone surrogate escape", b"caf\\ud83d"), ("invalid UTF-8", b"caf\xc3\x28")],
)
def test_text_that_is_not_valid_unicode_never_gets_a_server_error(
    case: str,
    raw_text: bytes,
    hooks: wh.WebhookClient,
    graph: FakeGraph,
    greeting_replies: int,
) -> None:
    customer = wh.phone_customer(new_wa_id())
    payload = wh.webhook([wh.text(customer, "PLACEHOLDER")], phone_number_id=hooks.phone_number_id)
    raw = wh.encode(payload)

    response = hooks.post_raw(raw.replace(b"PLACEHOLDER", raw_text))

    assert response.status_code in (200, 400)
    alive = wh.phone_customer(new_wa_id())
    assert hooks.send(wh.text(alive, "hola")).status_code == 200
    assert len(graph.collect(alive.address, REPLY_TIMEOUT, SETTLE)) == greeting_replies


def test_sql_in_a_message_leaves_every_table_in_place(
    hooks: wh.WebhookClient, graph: FakeGraph, admin: httpx.Client
) -> None:
    customer = wh.phone_customer(new_wa_id())
    before = admin.get("/api/products", params={"limit": 200}).json()["results"]

    for text in ("'; DROP TABLE orders; --", "x'); DELETE FROM products; --", "1 OR 1=1"):
        assert hooks.send(wh.text(customer, text)).status_code == 200
        assert graph.collect(customer.address, REPLY_TIMEOUT, SETTLE)

    assert admin.get("/api/orders").status_code == 200
    after = admin.get("/api/products", params={"limit": 200}).json()["results"]
    assert [p["sku"] for p in after] == [p["sku"] for p in before]


# -- catalog with hostile product names ----------------------------------------------------------

XSS_NAME = "Taza de Peltre <script>alert(1)</script>"
SQL_NAME = "Jarro Robert'); DROP TABLE products;--"
EMOJI_NAME = "Café ☕ Orgánico 🌱 de Olla"
ODD_PRODUCTS = [
    {"sku": "ODD-XSS", "name": XSS_NAME, "price": "149.00", "tags": "taza|peltre"},
    {"sku": "ODD-SQL", "name": SQL_NAME, "price": "59.50", "tags": "jarro"},
    {"sku": "ODD-EMO", "name": EMOJI_NAME, "price": "120.50", "tags": "cafe de olla"},
    {"sku": "ODD-AMP", "name": 'Vaso "grande" & <b>bonito</b>', "price": "35.00", "tags": "vaso"},
]


def _csv(rows: list[dict[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, ["sku", "name", "price", "currency", "stock", "tags"])
    writer.writeheader()
    for row in rows:
        writer.writerow({"currency": "MXN", "stock": "20", **row})
    return out.getvalue()


@pytest.fixture(scope="module")
def odd_catalog(admin: httpx.Client) -> dict[str, Any]:
    response = admin.post(
        "/api/catalog/import",
        content=_csv(ODD_PRODUCTS).encode(),
        headers={"content-type": "text/csv"},
    )
    assert response.status_code == 200, response.text
    return dict(response.json())


def test_a_catalog_with_html_sql_and_emoji_in_names_is_imported_whole(
    odd_catalog: dict[str, Any],
) -> None:
    assert odd_catalog["imported"] == len(ODD_PRODUCTS)
    assert odd_catalog["errors"] == []


def test_html_sql_and_emoji_product_names_come_back_intact_from_the_api(
    odd_catalog: dict[str, Any], admin: httpx.Client
) -> None:
    listed = admin.get("/api/products", params={"limit": 200}).json()["results"]

    names = {p["sku"]: p["name"] for p in listed if p["sku"].startswith("ODD-")}

    assert names == {p["sku"]: p["name"] for p in ODD_PRODUCTS}


@pytest.fixture(scope="module")
def xss_order(
    odd_catalog: dict[str, Any], shop_order: Callable[..., Outcome]
) -> tuple[wh.Customer, Outcome]:
    customer = wh.phone_customer(new_wa_id(), "Cliente")
    plan = Plan(
        items=[Item("taza de peltre", "Taza de Peltre", 1)],
        mode="pickup",
        name="Eva Núñez",
        email="eva@example.org",
    )
    return customer, shop_order(customer, plan)


def test_the_payment_page_shows_a_product_name_with_html_escaped(
    xss_order: tuple[wh.Customer, Outcome], server: Any
) -> None:
    _, outcome = xss_order

    page = httpx.get(outcome.payment_url, timeout=10)

    assert page.status_code == 200
    assert "<script>alert(1)</script>" not in page.text
    assert html.escape("<script>alert(1)</script>", quote=False) in page.text


def test_a_product_name_with_html_reaches_the_chat_as_plain_text(
    xss_order: tuple[wh.Customer, Outcome],
) -> None:
    _, outcome = xss_order

    said = "\n".join(outcome.chat.transcript)

    assert "&lt;" not in said
    assert "Taza de Peltre" in said


def test_every_message_the_shop_sent_in_this_module_was_within_whatsapps_limits(
    graph: FakeGraph, xss_order: tuple[wh.Customer, Outcome]
) -> None:
    assert [(r.customer, r.problems) for r in graph.refused()] == []

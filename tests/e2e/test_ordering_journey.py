"""Whole conversations with the demo shop over signed webhooks, checked through the admin API:
the order holds exactly what was asked, is found by any spelling of the customer's phone, and
paying it tells the customer on WhatsApp."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import httpx
import pytest
from tests.support import webhooks as wh
from tests.support.chat import REPLY_TIMEOUT, SETTLE, Item, Outcome, Plan, norm
from tests.support.fake_graph import FakeGraph, Recorded

pytestmark = pytest.mark.slow

Orders = Callable[[str], list[dict[str, Any]]]


def _product(admin: httpx.Client, query: str, sku: str) -> dict[str, Any]:
    results = admin.get("/api/products", params={"q": query, "limit": 50}).json()["results"]
    found = [p for p in results if p["sku"] == sku]
    assert found, f"{sku} not found for {query!r}: {[p['sku'] for p in results]}"
    return dict(found[0])


def _items(order: dict[str, Any]) -> dict[str, int]:
    return {i["sku"]: i["quantity"] for i in order["items"]}


@dataclass
class Placed:
    customer: wh.Customer
    outcome: Outcome
    stock_before: dict[str, int | None]
    prices: dict[str, Decimal]


Journey = tuple[wh.Customer, Plan, dict[str, str]]  # who, what, {sku: a query finding it}

ANA = wh.phone_customer("5215512345678", "Ana")
LUIS = wh.phone_customer("5215587654321", "Luis")
MARIANA = wh.username_customer("mariana.cafe", "Mariana")
JOURNEYS: dict[str, Journey] = {
    "pickup": (
        ANA,
        Plan(
            items=[Item("café", "Café Molido", 2), Item("huevo", "Huevo", 1, variant="12")],
            mode="pickup",
            name="Ana Pérez",
            email="ana.perez@example.org",
        ),
        {"CAF-MOL-400": "café molido", "HUE-BLA-12": "huevo"},
    ),
    "delivery": (
        LUIS,
        Plan(
            items=[Item("frijol negro", "Frijol", 3), Item("huevo", "Huevo", 1, variant="30")],
            mode="delivery",
            postal_code="06700",
            address="Calle Colima 12, Col. Roma Norte",
            name="Luis Gómez",
            email="luis.gomez@example.org",
            typed=True,
        ),
        {"FRI-NEG-900": "frijol negro", "HUE-BLA-30": "huevo"},
    ),
    "username": (
        MARIANA,
        Plan(
            items=[Item("té de manzanilla", "Manzanilla", 2)],
            mode="pickup",
            name="Mariana Ruiz",
            email="mariana@example.org",
            phone="55 4321 8765",
        ),
        {"TE-MAN-25": "manzanilla"},
    ),
}


@pytest.fixture(scope="module")
def journeys(admin: httpx.Client, shop_order: Callable[..., Outcome]) -> dict[str, Placed]:
    """The three conversations, run side by side (as real customers would write)."""
    before = {
        name: {sku: _product(admin, query, sku) for sku, query in skus.items()}
        for name, (_, _, skus) in JOURNEYS.items()
    }
    with ThreadPoolExecutor(len(JOURNEYS)) as pool:
        running = {
            name: pool.submit(shop_order, customer, plan)
            for name, (customer, plan, _) in JOURNEYS.items()
        }
        outcomes = {name: future.result() for name, future in running.items()}
    return {
        name: Placed(
            JOURNEYS[name][0],
            outcomes[name],
            {sku: p["stock"] for sku, p in before[name].items()},
            {sku: Decimal(p["price"]) for sku, p in before[name].items()},
        )
        for name in JOURNEYS
    }


# -- a pickup order picked from lists --------------------------------------------------------------


@pytest.fixture(scope="module")
def pickup(journeys: dict[str, Placed]) -> Placed:
    return journeys["pickup"]


def test_a_pickup_order_is_chosen_by_tapping_list_and_button_options(pickup: Placed) -> None:
    answers = pickup.outcome.answers

    assert answers.count("tap") >= 5, pickup.outcome.chat.story()
    picked = [line for line in pickup.outcome.chat.transcript if "_reply " in line]
    assert any("menu:pickup" in line for line in picked)


def test_a_pickup_order_holds_exactly_the_items_quantities_and_contact_given(
    pickup: Placed, find_orders: Orders
) -> None:
    orders = find_orders("+5215512345678")

    assert len(orders) == 1
    order = orders[0]
    assert _items(order) == {"CAF-MOL-400": 2, "HUE-BLA-12": 1}
    assert order["status"] == "pending_payment"
    assert order["delivery"]["mode"] == "pickup"
    assert order["contact"] == {
        "name": "Ana Pérez",
        "phone": "+525512345678",
        "email": "ana.perez@example.org",
    }
    expected = pickup.prices["CAF-MOL-400"] * 2 + pickup.prices["HUE-BLA-12"]
    assert Decimal(order["total"]) == expected
    assert order["currency"] == "MXN"
    assert order["payment"]["status"] == "pending"
    assert order["payment"]["url"] == pickup.outcome.payment_url


@pytest.mark.parametrize(
    "written",
    ["+5215512345678", "5215512345678", "+525512345678", "+52 55 1234 5678", "55-1234-5678"],
)
def test_the_order_is_found_by_any_written_form_of_the_customers_phone(
    written: str, pickup: Placed, find_orders: Orders
) -> None:
    orders = find_orders(written)

    assert [(_items(o), o["contact"]["name"]) for o in orders] == [
        ({"CAF-MOL-400": 2, "HUE-BLA-12": 1}, "Ana Pérez")
    ]


def test_another_customers_phone_finds_none_of_the_order(
    pickup: Placed, find_orders: Orders
) -> None:
    assert find_orders("+525512345679") == []


def test_placing_the_order_reserves_its_stock(pickup: Placed, admin: httpx.Client) -> None:
    after = {
        "CAF-MOL-400": _product(admin, "café molido", "CAF-MOL-400")["stock"],
        "HUE-BLA-12": _product(admin, "huevo", "HUE-BLA-12")["stock"],
    }

    before = pickup.stock_before
    assert before["CAF-MOL-400"] is not None and before["HUE-BLA-12"] is not None
    assert after == {
        "CAF-MOL-400": before["CAF-MOL-400"] - 2,
        "HUE-BLA-12": before["HUE-BLA-12"] - 1,
    }


# -- paying ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def paid(pickup: Placed, graph: FakeGraph, find_orders: Orders) -> list[Recorded]:
    """Opens the payment link, approves it; returns what the customer was then sent."""
    url = pickup.outcome.payment_url
    with httpx.Client(timeout=10) as browser:
        page = browser.get(url)
        assert page.status_code == 200, page.text
        approved = browser.post(url + "/approve")
        assert approved.status_code == 303, approved.text
    return graph.collect(ANA.address, REPLY_TIMEOUT, SETTLE)


def test_the_payment_page_shows_the_order(pickup: Placed) -> None:
    page = httpx.get(pickup.outcome.payment_url, timeout=10)

    assert page.status_code == 200
    assert "Café Molido de Altura 400 g" in page.text


def test_approving_the_payment_marks_the_order_paid(
    paid: list[Recorded], find_orders: Orders
) -> None:
    [order] = find_orders("+525512345678")

    assert order["status"] == "paid"
    assert order["payment"]["status"] == "approved"
    assert order["paid_at"] is not None


def test_approving_the_payment_sends_the_customer_a_confirmation(
    paid: list[Recorded], find_orders: Orders
) -> None:
    [order] = find_orders("+525512345678")

    texts = [norm(r.parsed.everything()) for r in paid]
    assert len(texts) == 1, texts
    assert "pago recibido" in texts[0]
    assert norm(order["id"]) in texts[0]


def test_approving_a_paid_order_again_changes_nothing_and_says_nothing(
    paid: list[Recorded],
    pickup: Placed,
    find_orders: Orders,
    quiet: Callable[[str], list[Recorded]],
) -> None:
    again = httpx.post(pickup.outcome.payment_url + "/approve", timeout=10)

    assert again.status_code == 303
    [order] = find_orders("+525512345678")
    assert (order["status"], order["payment"]["status"]) == ("paid", "approved")
    assert quiet(ANA.address) == []


def test_an_unknown_payment_link_is_not_found(server: Any) -> None:
    page = httpx.get(f"{server.base_url}/pay/not-a-real-token", timeout=10)
    approve = httpx.post(f"{server.base_url}/pay/not-a-real-token/approve", timeout=10)

    assert (page.status_code, approve.status_code) == (404, 404)


# -- a delivery order typed in words and numbers ---------------------------------------------------


@pytest.fixture(scope="module")
def delivery(journeys: dict[str, Placed]) -> Placed:
    return journeys["delivery"]


def test_a_delivery_order_can_be_made_typing_text_and_numbers_only(delivery: Placed) -> None:
    assert set(delivery.outcome.answers) == {"text"}
    assert not any("_reply " in line for line in delivery.outcome.chat.transcript)


def test_a_delivery_order_holds_its_items_address_postal_code_and_contact(
    delivery: Placed, find_orders: Orders, admin: httpx.Client
) -> None:
    [order] = find_orders("+525587654321")

    assert _items(order) == {"FRI-NEG-900": 3, "HUE-BLA-30": 1}
    assert order["delivery"]["mode"] == "delivery"
    assert order["delivery"]["postal_code"] == "06700"
    assert order["delivery"]["address"] == "Calle Colima 12, Col. Roma Norte"
    assert order["contact"] == {
        "name": "Luis Gómez",
        "phone": "+525587654321",
        "email": "luis.gomez@example.org",
    }
    zones = admin.get("/api/settings").json()["delivery_zones"]
    cost = max(
        (z for z in zones if "06700".startswith(z["postal_prefix"])),
        key=lambda z: len(z["postal_prefix"]),
    )["cost"]
    expected = delivery.prices["FRI-NEG-900"] * 3 + delivery.prices["HUE-BLA-30"] + Decimal(cost)
    assert Decimal(order["total"]) == expected


# -- a customer known only by a WhatsApp username --------------------------------------------------


@pytest.fixture(scope="module")
def username_order(journeys: dict[str, Placed]) -> Placed:
    return journeys["username"]


def test_a_username_customer_is_asked_for_a_phone(username_order: Placed) -> None:
    asked = [
        line
        for line in username_order.outcome.chat.transcript
        if line.startswith("bot>") and "telefono" in norm(line)
    ]

    assert asked, username_order.outcome.chat.story()


def test_every_reply_to_a_username_customer_goes_to_recipient_never_to(
    username_order: Placed, graph: FakeGraph
) -> None:
    sent = graph.replies(MARIANA.user_id)

    assert sent
    assert {(r.body.get("recipient"), r.body.get("to")) for r in sent} == {(MARIANA.user_id, None)}
    assert [r for r in graph.recorded() if r.body.get("to") == MARIANA.user_id] == []


def test_a_username_customers_order_is_found_by_the_phone_they_typed(
    username_order: Placed, find_orders: Orders, admin: httpx.Client
) -> None:
    by_phone = find_orders("+525543218765")
    by_user = admin.get("/api/orders", params={"customer_user_id": MARIANA.user_id}).json()

    assert [(_items(o), o["contact"]) for o in by_phone] == [
        (
            {"TE-MAN-25": 2},
            {"name": "Mariana Ruiz", "phone": "+525543218765", "email": "mariana@example.org"},
        )
    ]
    assert [o["id"] for o in by_user["orders"]] == [o["id"] for o in by_phone]


def test_no_message_in_these_journeys_broke_whatsapps_limits(
    graph: FakeGraph, pickup: Placed, delivery: Placed, username_order: Placed
) -> None:
    assert [(r.customer, r.problems) for r in graph.refused()] == []

"""After the order and its payment link: "editar" takes the unpaid order back into the cart
(the order is cancelled and its stock released), and "cancelar" cancels it, over real HTTP."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from tests.support import webhooks as wh
from tests.support.chat import Item, Outcome, Plan, norm

pytestmark = pytest.mark.slow

Orders = Callable[[str], list[dict[str, Any]]]


def _stock(admin: httpx.Client, query: str, sku: str) -> int:
    results = admin.get("/api/products", params={"q": query, "limit": 50}).json()["results"]
    return int(next(p for p in results if p["sku"] == sku)["stock"])


def _plan(name: str, email: str) -> Plan:
    return Plan(items=[Item("café", "Café Molido", 2)], mode="pickup", name=name, email=email)


def test_editar_cancels_the_unpaid_order_releases_its_stock_and_reopens_the_cart(
    admin: httpx.Client, shop_order: Callable[..., Outcome], find_orders: Orders
) -> None:
    before = _stock(admin, "café molido", "CAF-MOL-400")
    customer = wh.phone_customer("5215511110001", "Rocío")
    outcome = shop_order(customer, _plan("Rocío Díaz", "rocio@example.org"))
    assert _stock(admin, "café molido", "CAF-MOL-400") == before - 2

    outcome.chat.say("me equivoqué, quiero editar")

    [order] = find_orders("+5215511110001")
    assert order["status"] == "cancelled"
    assert _stock(admin, "café molido", "CAF-MOL-400") == before
    text = norm(outcome.chat.last.text)
    assert "cancele el pedido" in text and "2 × cafe molido" in text, outcome.chat.story()


def test_cancelar_right_after_ordering_cancels_the_unpaid_order(
    admin: httpx.Client, shop_order: Callable[..., Outcome], find_orders: Orders
) -> None:
    customer = wh.phone_customer("5215511110002", "Tomás")
    outcome = shop_order(customer, _plan("Tomás Vega", "tomas@example.org"))

    outcome.chat.say("cancelar")

    [order] = find_orders("+5215511110002")
    assert order["status"] == "cancelled"
    assert "cancele tu pedido" in norm(outcome.chat.last.text), outcome.chat.story()

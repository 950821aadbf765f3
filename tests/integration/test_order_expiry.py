"""Unpaid orders expire: their stock goes back on the shelf and the customer is told."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from mostrador.bootstrap import Container, bootstrap
from mostrador.domain.cart import Cart, CartLine
from mostrador.domain.orders import Contact, Delivery, DeliveryMode
from mostrador.services.orders import place_order
from mostrador.settings import Settings
from mostrador.store.models import OutboxRow
from mostrador.store.types import utcnow


@pytest.fixture
def app(tmp_path: Path) -> Container:
    return bootstrap(Settings(database_url=f"sqlite:///{tmp_path / 'e.db'}", demo=True))


def _stock(app: Container, sku: str) -> int | None:
    with app.uow() as uow:
        product = uow.products.get(app.shop_id, sku)
        assert product is not None
        return product.stock


def _order(app: Container, sku: str, quantity: int, placed_minutes_ago: int) -> str:
    with app.uow() as uow:
        product = uow.products.get(app.shop_id, sku)
        assert product is not None
        customer = uow.customers.add(app.shop_id, "Ana")
        account = uow.shops.accounts(app.shop_id)[0]
        conversation = uow.conversations.get_or_add(app.shop_id, account.id, customer.id)
        conversation.address_phone = "+525512345678"
        cart = Cart("MXN")
        cart.add(CartLine(sku, product.full_name, product.price, quantity))
        placed = place_order(
            uow,
            shop_id=app.shop_id,
            customer_id=customer.id,
            conversation_id=conversation.id,
            cart=cart,
            delivery=Delivery(DeliveryMode.PICKUP),
            contact=Contact("Ana Pérez", "+525512345678", "ana@example.org"),
            expiry_minutes=60,
            public_url="http://127.0.0.1:8000",
            now=utcnow() - timedelta(minutes=placed_minutes_ago),
        )
        uow.commit()
        return placed.id


def test_an_unpaid_order_past_its_expiry_releases_its_stock_and_tells_the_customer(
    app: Container,
) -> None:
    before = _stock(app, "ARR-SUP-1K")
    assert before is not None
    order_id = _order(app, "ARR-SUP-1K", 2, placed_minutes_ago=61)
    assert _stock(app, "ARR-SUP-1K") == before - 2

    assert app.orders.expire_due() == 1

    assert app.orders.get(app.shop_id, order_id)["status"] == "expired"
    assert _stock(app, "ARR-SUP-1K") == before
    with app.uow() as uow:
        kinds = list(uow.session.scalars(select(OutboxRow.kind)))
    assert kinds == ["text"]


def test_an_order_inside_its_expiry_is_left_alone(app: Container) -> None:
    before = _stock(app, "ARR-SUP-1K")
    assert before is not None
    order_id = _order(app, "ARR-SUP-1K", 1, placed_minutes_ago=10)
    assert app.orders.expire_due() == 0
    assert app.orders.get(app.shop_id, order_id)["status"] == "pending_payment"
    assert _stock(app, "ARR-SUP-1K") == before - 1


def test_a_paid_order_never_expires(app: Container) -> None:
    order_id = _order(app, "ARR-SUP-1K", 1, placed_minutes_ago=120)
    token = app.orders.get(app.shop_id, order_id)["payment"]["url"].rsplit("/", 1)[1]
    app.payments.apply_result(token, approved=True)
    assert app.orders.expire_due() == 0
    assert app.orders.get(app.shop_id, order_id)["status"] == "paid"

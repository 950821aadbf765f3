from __future__ import annotations

from datetime import UTC, datetime

import pytest

from mostrador.domain.cart import Cart, CartError, CartLine
from mostrador.domain.money import Money, MoneyError
from mostrador.domain.orders import (
    Contact,
    Delivery,
    DeliveryMode,
    Order,
    OrderStateError,
    OrderStatus,
)
from mostrador.domain.shop import DeliveryZone, ShopSettings


def line(sku: str, price: int, qty: int) -> CartLine:
    return CartLine(sku, f"Producto {sku}", Money(price, "MXN"), qty)


def test_adding_the_same_sku_twice_merges_the_line() -> None:
    cart = Cart("MXN")
    cart.add(line("A", 1000, 1))
    merged = cart.add(line("A", 1000, 2))
    assert merged.quantity == 3
    assert [(li.sku, li.quantity) for li in cart.lines] == [("A", 3)]


def test_subtotal_sums_every_line() -> None:
    cart = Cart("MXN")
    cart.add(line("A", 1050, 2))
    cart.add(line("B", 999, 1))
    assert cart.subtotal == Money(3099, "MXN")
    assert cart.units == 3


def test_setting_quantity_zero_removes_the_line() -> None:
    cart = Cart("MXN")
    cart.add(line("A", 1000, 2))
    cart.set_quantity("A", 0)
    assert cart.empty


@pytest.mark.parametrize("qty", [0, -1, 1000])
def test_silly_quantities_are_refused(qty: int) -> None:
    with pytest.raises(CartError):
        Cart("MXN").add(line("A", 1000, qty))


def test_a_price_in_another_currency_is_refused() -> None:
    with pytest.raises(CartError):
        Cart("MXN").add(CartLine("A", "A", Money(100, "USD"), 1))


def _order() -> Order:
    return Order(
        id="P00001",
        shop_id=1,
        customer_id=1,
        status=OrderStatus.PENDING_PAYMENT,
        lines=[line("A", 1000, 2)],
        delivery=Delivery(DeliveryMode.DELIVERY, "06700", "Colima 12", Money(4900, "MXN")),
        contact=Contact("Ana", "+525512345678", "ana@example.org"),
        currency="MXN",
        created_at=datetime(2026, 1, 1, tzinfo=UTC),
    )


def test_order_total_includes_delivery() -> None:
    assert _order().total == Money(6900, "MXN")


def test_a_paid_order_can_ship_and_be_delivered() -> None:
    order = _order()
    at = datetime(2026, 1, 2, tzinfo=UTC)
    for status in (OrderStatus.PAID, OrderStatus.SHIPPED, OrderStatus.DELIVERED):
        order.move_to(status, at)
    assert order.status is OrderStatus.DELIVERED
    assert [s for s, _ in order.history] == [
        OrderStatus.PAID,
        OrderStatus.SHIPPED,
        OrderStatus.DELIVERED,
    ]


@pytest.mark.parametrize(
    ("start", "wanted"),
    [
        (OrderStatus.PENDING_PAYMENT, OrderStatus.SHIPPED),
        (OrderStatus.CANCELLED, OrderStatus.PAID),
        (OrderStatus.DELIVERED, OrderStatus.CANCELLED),
        (OrderStatus.EXPIRED, OrderStatus.PAID),
    ],
)
def test_forbidden_transitions_raise(start: OrderStatus, wanted: OrderStatus) -> None:
    order = _order()
    order.status = start
    with pytest.raises(OrderStateError):
        order.move_to(wanted, datetime(2026, 1, 2, tzinfo=UTC))
    assert order.status is start


def test_the_longest_matching_postal_prefix_wins() -> None:
    settings = ShopSettings(
        name="T",
        delivery_zones=(
            DeliveryZone("", Money(9900, "MXN"), "2 días"),
            DeliveryZone("06", Money(4900, "MXN"), "hoy"),
            DeliveryZone("067", Money(2900, "MXN"), "1 hora"),
        ),
    )
    zone = settings.zone_for("06700")
    assert zone is not None and zone.cost == Money(2900, "MXN")
    other = settings.zone_for("44100")
    assert other is not None and other.postal_prefix == ""


def test_no_zone_matches_outside_every_prefix() -> None:
    settings = ShopSettings(name="T", delivery_zones=(DeliveryZone("06", Money(1, "MXN")),))
    assert settings.zone_for("44100") is None


def test_mixed_currency_money_cannot_sum() -> None:
    with pytest.raises(MoneyError):
        _ = Money(1, "MXN") - Money(1, "ARS")


@pytest.mark.parametrize(
    ("name", "variant", "full"),
    [
        ("Remera Rock Nacional", "L", "Remera Rock Nacional L"),
        ("Playera Básica", "Negro / M", "Playera Básica Negro / M"),
        ("Refresco de Cola 600 ml", "600 ml", "Refresco de Cola 600 ml"),
        ("Tenis Runner", "", "Tenis Runner"),
    ],
)
def test_a_variant_is_added_to_the_name_unless_the_name_already_says_it(
    name: str, variant: str, full: str
) -> None:
    from mostrador.domain.catalog import Product

    assert Product("S", name, Money(100, "MXN"), variant=variant).full_name == full


def test_an_empty_cart_takes_the_currency_of_its_first_line_and_then_refuses_a_mix() -> None:
    cart = Cart("")
    cart.take(CartLine("A", "A", Money(100, "COP"), 1))
    assert cart.currency == "COP"
    with pytest.raises(CartError):
        cart.take(CartLine("B", "B", Money(100, "USD"), 1))

"""What the conversation engine needs from the rest of the shop.

The engine is channel-neutral and store-neutral: it reads the catalog, places orders and looks
up past orders only through `ShopPort`. The production implementation
(`mostrador.services.shop_port.StoreShopPort`) works inside the caller's unit of work, so an
order placed during a turn commits together with the conversation state and the replies.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from mostrador.domain.cart import Cart, CartLine
from mostrador.domain.catalog import Product
from mostrador.domain.money import Money
from mostrador.domain.orders import Contact, Delivery, OrderStatus
from mostrador.domain.shop import ShopSettings


@dataclass(frozen=True)
class CustomerView:
    """The customer as the engine sees them."""

    id: int
    phone: str | None  # E.164, when the channel shares it or the customer gave it
    display_name: str | None = None  # channel profile name
    username: str | None = None


@dataclass(frozen=True)
class PlacedOrder:
    id: str  # public reference ("M-000123")
    total: Money
    payment_url: str


@dataclass(frozen=True)
class OrderSummary:
    id: str
    status: OrderStatus
    total: Money
    created_at: datetime
    lines: tuple[CartLine, ...]
    payment_url: str = ""


@dataclass(frozen=True)
class ReopenedOrder:
    """An unpaid order the customer took back to edit: cancelled, its stock released."""

    id: str
    lines: tuple[CartLine, ...]
    delivery: Delivery
    contact: Contact


class OutOfStock(Exception):
    """Placing the order failed: `sku` has only `available` units left (0 = sold out)."""

    def __init__(self, sku: str, name: str, available: int) -> None:
        super().__init__(f"{sku}: only {available} left")
        self.sku = sku
        self.name = name
        self.available = available


class ShopPort(Protocol):
    @property
    def settings(self) -> ShopSettings: ...

    def search(
        self, query: str, limit: int = 10, offset: int = 0, *, strict: bool = False
    ) -> list[Product]:
        """Products (one row per SKU) best match first; [] when nothing fits the query.
        `strict`: only those matching every word, when some do."""
        ...

    def product(self, sku: str) -> Product | None: ...

    def variants(self, group: str) -> list[Product]:
        """Every SKU of a variant group, in catalog order."""
        ...

    def place_order(
        self, customer: CustomerView, cart: Cart, delivery: Delivery, contact: Contact
    ) -> PlacedOrder:
        """Creates the order, reserves stock and a payment link. Raises OutOfStock."""
        ...

    def recent_orders(self, customer: CustomerView, limit: int = 5) -> list[OrderSummary]:
        """The customer's orders, newest first."""
        ...

    def cancel_unpaid(self, customer: CustomerView, order_id: str) -> ReopenedOrder | None:
        """Cancels the customer's order `order_id` if it still awaits payment (stock goes
        back); None when it is not theirs, already paid, expired or cancelled."""
        ...

    def remember_phone(self, customer: CustomerView, phone: str) -> None:
        """Attach a phone the customer gave at checkout to their identity."""
        ...

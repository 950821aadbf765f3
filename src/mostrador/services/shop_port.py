"""The engine's window on the shop (ShopPort), working inside the caller's unit of work."""

from __future__ import annotations

from datetime import datetime

from mostrador.domain.cart import Cart, CartLine
from mostrador.domain.catalog import Product
from mostrador.domain.money import Money
from mostrador.domain.orders import Contact, Delivery, DeliveryMode, OrderStatus
from mostrador.domain.shop import ShopSettings
from mostrador.services.catalog import SearchRegistry, search_products
from mostrador.services.conversation.ports import (
    CustomerView,
    OrderSummary,
    PlacedOrder,
    ReopenedOrder,
)
from mostrador.services.customers import remember_phone
from mostrador.services.orders import move_order, place_order, summary
from mostrador.store.unit_of_work import UnitOfWork


class StoreShopPort:
    def __init__(
        self,
        uow: UnitOfWork,
        registry: SearchRegistry,
        shop_id: int,
        settings: ShopSettings,
        conversation_id: int | None,
        public_url: str,
        now: datetime,
    ) -> None:
        self._uow = uow
        self._registry = registry
        self._shop_id = shop_id
        self._settings = settings
        self._conversation_id = conversation_id
        self._public_url = public_url
        self._now = now
        self.changed_skus: set[str] = set()  # re-indexed after commit (stock moved)

    @property
    def settings(self) -> ShopSettings:
        return self._settings

    def search(
        self, query: str, limit: int = 10, offset: int = 0, *, strict: bool = False
    ) -> list[Product]:
        return search_products(
            self._uow, self._registry, self._shop_id, query, limit, offset, strict
        )

    def product(self, sku: str) -> Product | None:
        return self._uow.products.get(self._shop_id, sku)

    def variants(self, group: str) -> list[Product]:
        return self._uow.products.variants(self._shop_id, group)

    def place_order(
        self, customer: CustomerView, cart: Cart, delivery: Delivery, contact: Contact
    ) -> PlacedOrder:
        # A savepoint: if stock runs short nothing of the attempt stays in the turn's commit.
        with self._uow.session.begin_nested():
            placed = place_order(
                self._uow,
                shop_id=self._shop_id,
                customer_id=customer.id,
                conversation_id=self._conversation_id,
                cart=cart,
                delivery=delivery,
                contact=contact,
                expiry_minutes=self._settings.order_expiry_minutes,
                public_url=self._public_url,
                now=self._now,
            )
        self.changed_skus.update(li.sku for li in cart.lines)
        return placed

    def recent_orders(self, customer: CustomerView, limit: int = 5) -> list[OrderSummary]:
        rows = self._uow.orders.of_customer(customer.id, limit)
        items = self._uow.orders.items([r.id for r in rows])
        return [summary(r, items[r.id], self._public_url) for r in rows]

    def cancel_unpaid(self, customer: CustomerView, order_id: str) -> ReopenedOrder | None:
        row = self._uow.orders.by_public_id(self._shop_id, order_id)
        if row is None or row.customer_id != customer.id:
            return None
        if row.status != OrderStatus.PENDING_PAYMENT.value:
            return None
        move_order(self._uow, row, OrderStatus.CANCELLED, self._now, "customer edits it")
        items = self._uow.orders.items([row.id])[row.id]
        self.changed_skus.update(i.sku for i in items)
        lines = tuple(
            CartLine(i.sku, i.name, Money(i.unit_price_minor, row.currency), i.quantity)
            for i in items
        )
        cost = Money(row.delivery_cost_minor, row.currency)
        delivery = Delivery(
            DeliveryMode(row.delivery_mode), row.postal_code, row.address, cost, row.delivery_eta
        )
        contact = Contact(row.contact_name, row.contact_phone, row.contact_email)
        return ReopenedOrder(row.public_id, lines, delivery, contact)

    def remember_phone(self, customer: CustomerView, phone: str) -> None:
        row = self._uow.customers.get(customer.id)
        if row is not None:
            remember_phone(self._uow, row, phone)

    def changed_products(self) -> list[Product]:
        """Products whose stock moved this turn, read before commit, re-indexed after it."""
        if not self.changed_skus:
            return []
        return list(self._uow.products.many(self._shop_id, sorted(self.changed_skus)).values())

"""Order use cases: placing (with stock reservation), listing, status changes, expiry."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta
from typing import Any

from mostrador.domain.cart import Cart, CartLine
from mostrador.domain.money import Money
from mostrador.domain.orders import (
    RELEASES_STOCK,
    Contact,
    Delivery,
    OrderStateError,
    OrderStatus,
    check_transition,
)
from mostrador.domain.phone import normalize_phone
from mostrador.services.conversation import i18n
from mostrador.services.conversation.notifications import order_expired, order_status_changed
from mostrador.services.conversation.ports import OrderSummary, OutOfStock, PlacedOrder
from mostrador.services.outbox import enqueue
from mostrador.services.shop_settings import parse_settings
from mostrador.store.models import OrderItemRow, OrderRow
from mostrador.store.types import utcnow
from mostrador.store.unit_of_work import UnitOfWork, UnitOfWorkFactory


class OrderNotFound(LookupError):
    pass


def payment_url(public_url: str, token: str) -> str:
    return f"{public_url.rstrip('/')}/pay/{token}"


def place_order(
    uow: UnitOfWork,
    *,
    shop_id: int,
    customer_id: int,
    conversation_id: int | None,
    cart: Cart,
    delivery: Delivery,
    contact: Contact,
    expiry_minutes: int,
    public_url: str,
    now: datetime,
) -> PlacedOrder:
    """Creates a pending-payment order and reserves its stock. Raises OutOfStock; the caller's
    transaction is then left without the order (nothing was written before the check)."""
    rows = uow.products.lock_for_reservation(shop_id, [li.sku for li in cart.lines])
    for line in cart.lines:
        row = rows.get(line.sku)
        if row is None or not row.active:
            raise OutOfStock(line.sku, line.name, 0)
        if row.stock is not None and row.stock < line.quantity:
            raise OutOfStock(line.sku, line.name, max(row.stock, 0))
    for line in cart.lines:
        uow.products.add_stock(shop_id, line.sku, -line.quantity, sold_delta=line.quantity)
    number = uow.shops.take_order_number(shop_id)
    token = secrets.token_urlsafe(18)
    delivery_cost = delivery.cost or Money.zero(cart.currency)
    total = cart.subtotal + delivery_cost
    order = OrderRow(
        public_id=f"P{number:05d}",
        shop_id=shop_id,
        number=number,
        customer_id=customer_id,
        conversation_id=conversation_id,
        status=OrderStatus.PENDING_PAYMENT.value,
        payment_status="pending",
        payment_token=token,
        currency=cart.currency,
        subtotal_minor=cart.subtotal.amount,
        delivery_cost_minor=delivery_cost.amount,
        total_minor=total.amount,
        delivery_mode=delivery.mode.value,
        postal_code=delivery.postal_code,
        address=delivery.address,
        delivery_eta=delivery.eta,
        contact_name=contact.name,
        contact_phone=contact.phone,
        contact_email=contact.email,
        expires_at=now + timedelta(minutes=expiry_minutes),
        created_at=now,
        updated_at=now,
    )
    items = [
        OrderItemRow(
            sku=li.sku, name=li.name, quantity=li.quantity, unit_price_minor=li.unit_price.amount
        )
        for li in cart.lines
    ]
    uow.orders.add(order, items)
    return PlacedOrder(order.public_id, total, payment_url(public_url, token))


def summary(row: OrderRow, items: list[OrderItemRow], public_url: str) -> OrderSummary:
    return OrderSummary(
        id=row.public_id,
        status=OrderStatus(row.status),
        total=Money(row.total_minor, row.currency),
        created_at=row.created_at,
        lines=tuple(
            CartLine(i.sku, i.name, Money(i.unit_price_minor, row.currency), i.quantity)
            for i in items
        ),
        payment_url=payment_url(public_url, row.payment_token),
    )


def _decimal(amount: int, currency: str) -> str:
    return Money(amount, currency).decimal_string()


def order_document(row: OrderRow, items: list[OrderItemRow], public_url: str) -> dict[str, Any]:
    """The order as the admin API shows it (CONTRACT.md, GET /api/orders)."""
    return {
        "id": row.public_id,
        "number": row.number,
        "status": row.status,
        "items": [
            {
                "sku": i.sku,
                "name": i.name,
                "quantity": i.quantity,
                "unit_price": _decimal(i.unit_price_minor, row.currency),
                "subtotal": _decimal(i.unit_price_minor * i.quantity, row.currency),
            }
            for i in items
        ],
        "subtotal": _decimal(row.subtotal_minor, row.currency),
        "delivery_cost": _decimal(row.delivery_cost_minor, row.currency),
        "total": _decimal(row.total_minor, row.currency),
        "currency": row.currency,
        "delivery": {
            "mode": row.delivery_mode,
            "postal_code": row.postal_code,
            "address": row.address,
            "eta": row.delivery_eta,
        },
        "contact": {
            "name": row.contact_name,
            "phone": row.contact_phone,
            "email": row.contact_email,
        },
        "payment": {
            "status": row.payment_status,
            "url": payment_url(public_url, row.payment_token),
            "provider": row.payment_provider,
        },
        "customer_id": row.customer_id,
        "created_at": row.created_at.isoformat(),
        "updated_at": row.updated_at.isoformat(),
        "expires_at": row.expires_at.isoformat() if row.expires_at else None,
        "paid_at": row.paid_at.isoformat() if row.paid_at else None,
    }


def move_order(
    uow: UnitOfWork, row: OrderRow, wanted: OrderStatus, now: datetime, note: str
) -> None:
    """Applies a status change with its side effects (stock back on cancel/expiry)."""
    check_transition(OrderStatus(row.status), wanted)
    if wanted in RELEASES_STOCK:
        for item in uow.orders.items([row.id])[row.id]:
            uow.products.add_stock(row.shop_id, item.sku, item.quantity, -item.quantity)
    row.status = wanted.value
    row.updated_at = now
    uow.orders.add_event(row.id, wanted.value, now, note)


def notify(uow: UnitOfWork, row: OrderRow, replies_for: Any, public_url: str) -> None:
    """Sends the customer `replies_for(summary, locale)` through the order's conversation."""
    if row.conversation_id is None:
        return
    conversation = uow.conversations.get(row.conversation_id)
    shop = uow.shops.get(row.shop_id)
    if conversation is None or shop is None:
        return
    settings = parse_settings(shop.settings)
    locale = settings.locale
    items = uow.orders.items([row.id])[row.id]
    # In the language the customer chats in (the conversation detected it), Spanish otherwise.
    language = str((conversation.state or {}).get("language") or "es")
    with i18n.using(language, settings.country):
        replies = replies_for(summary(row, items, public_url), locale)
    enqueue(uow, conversation, replies)


class OrderService:
    def __init__(self, uow: UnitOfWorkFactory, public_url: str) -> None:
        self.uow = uow
        self.public_url = public_url

    def list(
        self,
        shop_id: int,
        *,
        customer_phone: str | None = None,
        customer_user_id: str | None = None,
        status: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        phone = None
        if customer_phone is not None:
            with self.uow() as uow:
                shop = uow.shops.get(shop_id)
                region = parse_settings(shop.settings).region if shop else "MX"
            phone = normalize_phone(customer_phone, region) or customer_phone.strip()
        with self.uow() as uow:
            rows = uow.orders.search(
                shop_id,
                phone=phone,
                user_id=customer_user_id,
                status=status,
                limit=limit,
                offset=offset,
            )
            items = uow.orders.items([r.id for r in rows])
            return [order_document(r, items[r.id], self.public_url) for r in rows]

    def get(self, shop_id: int, public_id: str) -> dict[str, Any]:
        with self.uow() as uow:
            row = uow.orders.by_public_id(shop_id, public_id)
            if row is None:
                raise OrderNotFound(public_id)
            document = order_document(row, uow.orders.items([row.id])[row.id], self.public_url)
            document["history"] = [
                {"status": e.status, "at": e.at.isoformat(), "note": e.note}
                for e in uow.orders.events(row.id)
            ]
            return document

    def change_status(
        self, shop_id: int, public_id: str, status: str, note: str = ""
    ) -> dict[str, Any]:
        """Staff moves an order; the customer is told. Raises OrderStateError, OrderNotFound."""
        try:
            wanted = OrderStatus(status)
        except ValueError as exc:
            raise OrderStateError(OrderStatus.PENDING_PAYMENT, OrderStatus.PENDING_PAYMENT) from exc
        with self.uow() as uow:
            row = uow.orders.by_public_id(shop_id, public_id)
            if row is None:
                raise OrderNotFound(public_id)
            move_order(uow, row, wanted, utcnow(), note or "staff")
            notify(uow, row, order_status_changed, self.public_url)
            uow.commit()
        return self.get(shop_id, public_id)

    def expire_due(self, limit: int = 100) -> int:
        """Unpaid orders past their expiry release their stock. Returns how many expired."""
        now = utcnow()
        with self.uow() as uow:
            rows = uow.orders.expired_unpaid(now, limit)
            for row in rows:
                move_order(uow, row, OrderStatus.EXPIRED, now, "unpaid past expiry")
                notify(uow, row, order_expired, self.public_url)
            uow.commit()
        return len(rows)

"""Orders and their life: a small state machine with the allowed transitions written down."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from mostrador.domain.cart import CartLine, lines_total
from mostrador.domain.money import Money


class OrderStatus(StrEnum):
    PENDING_PAYMENT = "pending_payment"
    PAID = "paid"
    PREPARING = "preparing"
    READY = "ready"  # ready for pickup
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    EXPIRED = "expired"  # unpaid past the shop's expiry


class PaymentStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    REFUNDED = "refunded"


TRANSITIONS: dict[OrderStatus, frozenset[OrderStatus]] = {
    OrderStatus.PENDING_PAYMENT: frozenset(
        {OrderStatus.PAID, OrderStatus.CANCELLED, OrderStatus.EXPIRED}
    ),
    OrderStatus.PAID: frozenset(
        {OrderStatus.PREPARING, OrderStatus.READY, OrderStatus.SHIPPED, OrderStatus.CANCELLED}
    ),
    OrderStatus.PREPARING: frozenset(
        {OrderStatus.READY, OrderStatus.SHIPPED, OrderStatus.CANCELLED}
    ),
    OrderStatus.READY: frozenset({OrderStatus.DELIVERED, OrderStatus.CANCELLED}),
    OrderStatus.SHIPPED: frozenset({OrderStatus.DELIVERED}),
    OrderStatus.DELIVERED: frozenset(),
    OrderStatus.CANCELLED: frozenset(),
    OrderStatus.EXPIRED: frozenset(),
}

# Statuses in which reserved stock goes back to the shelf.
RELEASES_STOCK = frozenset({OrderStatus.CANCELLED, OrderStatus.EXPIRED})

STATUS_LABELS_ES: dict[OrderStatus, str] = {
    OrderStatus.PENDING_PAYMENT: "pendiente de pago",
    OrderStatus.PAID: "pagado",
    OrderStatus.PREPARING: "en preparación",
    OrderStatus.READY: "listo para recoger",
    OrderStatus.SHIPPED: "en camino",
    OrderStatus.DELIVERED: "entregado",
    OrderStatus.CANCELLED: "cancelado",
    OrderStatus.EXPIRED: "vencido sin pago",
}


class OrderStateError(ValueError):
    def __init__(self, current: OrderStatus, wanted: OrderStatus) -> None:
        super().__init__(f"an order {current.value} cannot become {wanted.value}")
        self.current = current
        self.wanted = wanted


def check_transition(current: OrderStatus, wanted: OrderStatus) -> None:
    if wanted not in TRANSITIONS[current]:
        raise OrderStateError(current, wanted)


class DeliveryMode(StrEnum):
    PICKUP = "pickup"
    DELIVERY = "delivery"


@dataclass(frozen=True)
class Delivery:
    mode: DeliveryMode
    postal_code: str | None = None
    address: str | None = None
    cost: Money | None = None
    eta: str = ""


@dataclass(frozen=True)
class Contact:
    name: str
    phone: str | None  # E.164
    email: str


@dataclass
class Order:
    id: str  # public reference, e.g. "M-000123"
    shop_id: int
    customer_id: int
    status: OrderStatus
    lines: list[CartLine]
    delivery: Delivery
    contact: Contact
    currency: str
    created_at: datetime
    payment_status: PaymentStatus = PaymentStatus.PENDING
    payment_token: str = ""
    history: list[tuple[OrderStatus, datetime]] = field(default_factory=list)

    @property
    def subtotal(self) -> Money:
        return lines_total(self.lines, self.currency)

    @property
    def delivery_cost(self) -> Money:
        return self.delivery.cost or Money.zero(self.currency)

    @property
    def total(self) -> Money:
        return self.subtotal + self.delivery_cost

    def move_to(self, wanted: OrderStatus, at: datetime) -> None:
        check_transition(self.status, wanted)
        self.status = wanted
        self.history.append((wanted, at))

"""Payment results, whatever the gateway. The sandbox page calls exactly what a Mercado Pago or
Stripe webhook will call: `apply_result(token, approved, provider_ref)`."""

from __future__ import annotations

from dataclasses import dataclass

from mostrador.domain.money import Money
from mostrador.domain.orders import STATUS_LABELS_ES, OrderStatus, PaymentStatus
from mostrador.services.conversation.notifications import payment_approved, payment_rejected
from mostrador.services.orders import move_order, notify
from mostrador.services.shop_settings import parse_settings
from mostrador.store.types import utcnow
from mostrador.store.unit_of_work import UnitOfWorkFactory


class PaymentNotFound(LookupError):
    pass


@dataclass(frozen=True)
class PaymentView:
    """What the payment page shows."""

    token: str
    order_id: str
    shop_name: str
    total: str  # formatted for the shop's locale
    status: str  # OrderStatus value
    status_label: str  # in Spanish, for the page
    payment_status: str
    lines: list[tuple[str, int, str]]  # name, quantity, formatted subtotal


class PaymentService:
    def __init__(self, uow: UnitOfWorkFactory, public_url: str) -> None:
        self.uow = uow
        self.public_url = public_url

    def view(self, token: str) -> PaymentView:
        with self.uow() as uow:
            row = uow.orders.by_token(token)
            shop = uow.shops.get(row.shop_id) if row else None
            if row is None or shop is None:
                raise PaymentNotFound(token)
            locale = parse_settings(shop.settings).locale
            items = uow.orders.items([row.id])[row.id]
            return PaymentView(
                token=token,
                order_id=row.public_id,
                shop_name=shop.name,
                total=Money(row.total_minor, row.currency).format(locale),
                status=row.status,
                status_label=STATUS_LABELS_ES.get(OrderStatus(row.status), row.status),
                payment_status=row.payment_status,
                lines=[
                    (
                        i.name,
                        i.quantity,
                        Money(i.unit_price_minor * i.quantity, row.currency).format(locale),
                    )
                    for i in items
                ],
            )

    def apply_result(
        self, token: str, approved: bool, provider_ref: str = "sandbox"
    ) -> PaymentView:
        """Idempotent: a repeated approval of a paid order changes nothing and says nothing."""
        now = utcnow()
        with self.uow() as uow:
            row = uow.orders.by_token(token)
            if row is None:
                raise PaymentNotFound(token)
            if row.payment_status != PaymentStatus.APPROVED.value:
                if approved and row.status == OrderStatus.PENDING_PAYMENT.value:
                    row.payment_status = PaymentStatus.APPROVED.value
                    row.paid_at = now
                    move_order(uow, row, OrderStatus.PAID, now, f"payment {provider_ref}")
                    notify(uow, row, payment_approved, self.public_url)
                elif not approved and row.status == OrderStatus.PENDING_PAYMENT.value:
                    row.payment_status = PaymentStatus.REJECTED.value
                    row.updated_at = now
                    uow.orders.add_event(
                        row.id, row.status, now, f"payment rejected {provider_ref}"
                    )
                    notify(uow, row, payment_rejected, self.public_url)
            uow.commit()
        return self.view(token)

"""Messages sent outside a turn: payment results and order status changes."""

from __future__ import annotations

from datetime import UTC, datetime

from mostrador.domain.cart import CartLine
from mostrador.domain.messages import LinkReply, TextReply
from mostrador.domain.money import Money
from mostrador.domain.orders import OrderStatus
from mostrador.services.conversation import notifications
from mostrador.services.conversation.ports import OrderSummary

ORDER = OrderSummary(
    id="M-000123",
    status=OrderStatus.PAID,
    total=Money(42800, "MXN"),
    created_at=datetime(2025, 3, 14, 17, 0, tzinfo=UTC),
    lines=(CartLine("CAF-500", "Café Molido Veracruz 500 g", Money(18900, "MXN"), 2),),
    payment_url="https://pay.example/M-000123",
)


def test_payment_approved_sends_a_receipt_with_the_delivery_cost():
    assert notifications.payment_approved(ORDER, "es_MX") == [
        TextReply(
            "¡Pago recibido! ✅ Tu pedido M-000123 está confirmado.\n\n"
            "• 2 × Café Molido Veracruz 500 g — $189.00 c/u = $378.00\n"
            "Subtotal: $378.00\nEnvío: $50.00\nTotal: $428.00\n"
            "Te avisaremos por aquí cuando cambie su estado."
        )
    ]


def test_payment_rejected_offers_the_link_again():
    assert notifications.payment_rejected(ORDER, "es_MX") == [
        LinkReply(
            "No se pudo completar el pago de tu pedido M-000123 😕 No te preocupes, puedes "
            "intentarlo de nuevo aquí, con la misma u otra tarjeta:",
            "https://pay.example/M-000123",
            "Reintentar pago",
        )
    ]


def test_status_changes_and_expiry_are_told_in_spanish():
    ready = OrderSummary(**{**ORDER.__dict__, "status": OrderStatus.READY})
    assert notifications.order_status_changed(ready, "es_MX") == [
        TextReply("Tu pedido M-000123 ahora está listo para recoger. Ya puedes pasar a recogerlo 🛍️")
    ]
    [expired] = notifications.order_expired(ORDER, "es_MX")
    assert isinstance(expired, TextReply)
    assert expired.body.startswith("Tu pedido M-000123 venció porque no recibimos el pago")

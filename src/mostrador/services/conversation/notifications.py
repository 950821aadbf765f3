"""Messages the payment and order services send outside a conversation turn."""

from __future__ import annotations

from mostrador.domain.messages import LinkReply, Reply, TextReply
from mostrador.domain.money import Money
from mostrador.domain.orders import STATUS_LABELS_ES
from mostrador.services.conversation import order_texts, texts
from mostrador.services.conversation.ports import OrderSummary

MAX_RECEIPT_LINES = 30


def payment_approved(order: OrderSummary, locale: str) -> list[Reply]:
    """The confirmation with a receipt: lines, quantity, unit price, subtotal, delivery, total."""
    lines = [order_texts.payment_approved(order.id), ""]
    subtotal = Money.zero(order.total.currency)
    for line in order.lines:
        if line.unit_price.currency == subtotal.currency:
            subtotal = subtotal + line.subtotal
    for line in order.lines[:MAX_RECEIPT_LINES]:
        unit, amount = line.unit_price.format(locale), line.subtotal.format(locale)
        lines.append(texts.cart_line(line.quantity, line.name, unit, amount))
    if len(order.lines) > MAX_RECEIPT_LINES:
        lines.append(texts.more_lines(len(order.lines) - MAX_RECEIPT_LINES))
    # The summary carries no delivery field: what the total adds to the lines is the delivery.
    shipping = order.total - subtotal
    lines.append(texts.subtotal(subtotal.format(locale)))
    if shipping.amount > 0:
        lines.append(texts.shipping(shipping.format(locale), free=False))
    lines.append(texts.total(order.total.format(locale)))
    lines.append(order_texts.PAID_FOOTER)
    return [TextReply("\n".join(lines))]


def payment_rejected(order: OrderSummary, locale: str) -> list[Reply]:
    if not order.payment_url:
        return [TextReply(order_texts.payment_rejected_no_link(order.id))]
    return [
        LinkReply(
            order_texts.payment_rejected(order.id), order.payment_url, order_texts.RETRY_LABEL
        )
    ]


def order_status_changed(order: OrderSummary, locale: str) -> list[Reply]:
    label = STATUS_LABELS_ES.get(order.status, str(order.status))
    extra = order_texts.STATUS_EXTRAS.get(str(order.status), "")
    return [TextReply(order_texts.status_changed(order.id, label, extra))]


def order_expired(order: OrderSummary, locale: str) -> list[Reply]:
    return [TextReply(order_texts.expired(order.id))]

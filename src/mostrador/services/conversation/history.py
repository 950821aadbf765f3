"""Past orders: repeat the last one at today's prices, and list recent orders' status."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from mostrador.domain.cart import MAX_LINE_QUANTITY, CartError, CartLine
from mostrador.domain.orders import STATUS_LABELS_ES, OrderStatus
from mostrador.services.conversation import order_texts, prompts, texts
from mostrador.services.conversation.state import After, Offered, Step
from mostrador.services.conversation.turn import Turn, main_menu_options


def repeat_last(t: Turn, note: str = "") -> None:
    """Refills the cart from the last order with today's prices and stock."""
    orders = t.shop.recent_orders(t.customer, 1)
    if not orders:
        options = [Offered("menu:order", texts.OPT_ORDER), Offered("menu:main", texts.OPT_MENU)]
        body = prompts.join(note, order_texts.NO_ORDERS)
        t.ask(Step.REPEAT_NONE, order_texts.START_ORDER_QUESTION, options, body)
        return
    last = orders[0]
    cart = t.state.cart
    skipped: list[str] = []
    notes: list[str] = []
    for line in last.lines:
        product = t.shop.product(line.sku)
        if product is None or not product.available:
            skipped.append(line.name)
            continue
        held = existing.quantity if (existing := cart.line(product.sku)) is not None else 0
        quantity = min(line.quantity, MAX_LINE_QUANTITY - held)
        if product.stock is not None and held + quantity > product.stock:
            quantity = product.stock - held
            notes.append(order_texts.repeat_fewer(max(quantity, 0), product.full_name))
        if quantity <= 0:
            continue
        try:
            cart.take(CartLine(product.sku, product.full_name, product.price, quantity))
        except CartError:
            skipped.append(line.name)
    if skipped:
        notes.append(order_texts.repeat_skipped(skipped))
    if cart.empty:
        t.menu(prompts.join(note, *notes, order_texts.REPEAT_NOTHING))
        return
    body = prompts.join(note, order_texts.repeat_loaded(last.id), *notes)
    if t.state.mode is None:
        prompts.ask_mode(t, After.CART, body)
    else:
        prompts.ask_next(t, body)


def status(t: Turn, note: str = "") -> None:
    orders = t.shop.recent_orders(t.customer, 5)
    if not orders:
        t.menu(prompts.join(note, order_texts.NO_ORDERS))
        return
    zone = _zone(t.settings.timezone)
    lines = [order_texts.ORDERS_TITLE]
    for order in orders:
        when = order.created_at.astimezone(zone).strftime("%d/%m/%Y")
        label = STATUS_LABELS_ES.get(order.status, str(order.status))
        lines.append(order_texts.order_line(order.id, when, t.money(order.total), label))
        if order.status == OrderStatus.PENDING_PAYMENT and order.payment_url:
            lines.append(order_texts.pay_here(order.payment_url))
    t.ask(
        Step.MENU,
        texts.MENU_AGAIN_QUESTION,
        main_menu_options(t.settings),
        prompts.join(note, *lines),
    )


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")

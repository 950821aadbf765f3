"""The questions of the ordering journey, each setting the step that reads its answer.

Flows answer a step and call the prompt for the next one; the journey's order lives here:
delivery mode (and postal code, address) -> products -> cart -> name -> phone/email -> the
order placed and shown with its payment link (paying confirms it; "editar" takes it back).
Checkout re-checks every earlier answer, so a cart reached by any path (repeat order, native
cart, edited cart) still gets a delivery mode and a valid zone.
"""

from __future__ import annotations

from mostrador.domain.money import Money
from mostrador.domain.orders import DeliveryMode
from mostrador.domain.phone import display_phone
from mostrador.domain.shop import DeliveryZone
from mostrador.services.conversation import products, texts
from mostrador.services.conversation.state import After, Offered, Step
from mostrador.services.conversation.turn import Turn

MAX_CART_LINES = 12  # more lines would push the question past WhatsApp's body limit


def join(*parts: str) -> str:
    return "\n".join(part for part in parts if part)


# -- delivery -----------------------------------------------------------------------------------


def start_order(t: Turn, note: str = "") -> None:
    """Begins (or resumes) building an order: delivery mode first, then products."""
    if t.state.mode is None:
        ask_mode(t, After.SEARCH, note)
    else:
        continue_after_delivery(t, note, After.SEARCH)


def ask_mode(t: Turn, after: str, note: str = "") -> None:
    """Asks pickup or delivery, unless the shop offers only one (then says which and goes on)."""
    t.state.after = after
    pickup, delivery = t.settings.pickup_enabled, t.settings.delivery_enabled
    if pickup and delivery:
        options = [
            Offered("mode:pickup", texts.OPT_PICKUP),
            Offered("mode:delivery", texts.OPT_DELIVERY),
        ]
        t.ask(Step.DELIVERY_MODE, texts.DELIVERY_QUESTION, options, note)
    elif delivery:
        t.state.mode = DeliveryMode.DELIVERY
        ask_postal(t, join(note, texts.DELIVERY_ONLY))
    else:
        # A shop with neither mode configured still hands orders over at its counter.
        choose_pickup(t, note)


def choose_pickup(t: Turn, note: str = "") -> None:
    t.state.mode = DeliveryMode.PICKUP
    t.state.postal_code = t.state.address = None
    continue_after_delivery(t, join(note, texts.pickup_note(t.settings.pickup_address)))


def ask_postal(t: Turn, note: str = "") -> None:
    t.ask(Step.POSTAL_CODE, texts.POSTAL_QUESTION, note=note)


def ask_address(t: Turn, note: str = "") -> None:
    t.ask(Step.ADDRESS, texts.address_question(t.settings.country), note=note)


def zone(t: Turn) -> DeliveryZone | None:
    if t.state.mode != DeliveryMode.DELIVERY or not t.state.postal_code:
        return None
    return t.settings.zone_for(t.state.postal_code)


def delivery_cost(t: Turn) -> Money | None:
    found = zone(t)
    return found.cost if found is not None else None


def continue_after_delivery(t: Turn, note: str = "", after: str | None = None) -> None:
    target = after or t.state.after
    t.state.after = After.SEARCH
    if target == After.CHECKOUT:
        start_checkout(t, note)
    elif target == After.CART and not t.state.cart.empty:
        ask_next(t, note)
    elif t.state.wanted:
        wanted = t.state.wanted.pop(0)
        products.search(t, wanted.query, note, quantity=wanted.quantity, measure=wanted.measure)
    else:
        ask_product(t, note)


def ask_product(t: Turn, note: str = "") -> None:
    t.ask(Step.SEARCH, texts.PRODUCT_QUESTION, note=note)


# -- cart ---------------------------------------------------------------------------------------


def cart_lines(t: Turn, detailed: bool) -> list[str]:
    cart = t.state.cart
    lines = []
    for line in cart.lines[:MAX_CART_LINES]:
        unit, subtotal = t.money(line.unit_price), t.money(line.subtotal)
        if detailed:
            lines.append(texts.cart_line(line.quantity, line.name, unit, subtotal))
        else:
            lines.append(texts.brief_line(line.quantity, line.name, subtotal))
    if len(cart.lines) > MAX_CART_LINES:
        lines.append(texts.more_lines(len(cart.lines) - MAX_CART_LINES))
    return lines


def cart_totals(t: Turn) -> list[str]:
    cart = t.state.cart
    cost = delivery_cost(t)
    if cost is None or cost.currency != cart.subtotal.currency:
        return [texts.subtotal(t.money(cart.subtotal))]
    return [
        texts.subtotal(t.money(cart.subtotal)),
        texts.shipping(t.money(cost), cost.amount == 0),
        texts.total(t.money(cart.subtotal + cost)),
    ]


def ask_next(t: Turn, note: str = "") -> None:
    """After a change to the cart: the cart in brief, then add more or finish?"""
    if t.state.cart.empty:
        start_order(t, join(note, texts.CART_NOW_EMPTY))
        return
    brief = cart_lines(t, detailed=False)
    body = join(note, texts.CART_TITLE, *brief, texts.subtotal(t.money(t.state.cart.subtotal)))
    options = [
        Offered("cart:add", texts.OPT_ADD),
        Offered("cart:checkout", texts.OPT_CHECKOUT),
        Offered("cart:view", texts.OPT_VIEW_CART),
    ]
    t.ask(Step.NEXT, texts.NEXT_QUESTION, options, body)


def show_cart(t: Turn, note: str = "") -> None:
    """The whole cart with prices and totals, and what can be done to it."""
    if t.state.cart.empty:
        start_order(t, join(note, texts.EMPTY_CART))
        return
    body = join(note, texts.CART_TITLE, *cart_lines(t, detailed=True), *cart_totals(t))
    options = [
        Offered("cart:checkout", texts.OPT_CHECKOUT),
        Offered("cart:add", texts.OPT_ADD),
        Offered("cart:remove", texts.OPT_REMOVE),
        Offered("cart:change", texts.OPT_CHANGE),
        Offered("cart:empty", texts.OPT_EMPTY),
        Offered("menu:main", texts.OPT_MENU),
    ]
    t.ask(Step.CART, texts.CART_QUESTION, options, body)


# -- checkout -----------------------------------------------------------------------------------


def start_checkout(t: Turn, note: str = "") -> None:
    """Checks the delivery answers, then asks the contact details; re-entrant at any point."""
    state = t.state
    if state.cart.empty:
        show_cart(t, note)
        return
    if state.mode is None or (state.mode == DeliveryMode.PICKUP and not t.settings.pickup_enabled):
        ask_mode(t, After.CHECKOUT, note)
        return
    if state.mode == DeliveryMode.DELIVERY and zone(t) is None:
        state.after = After.CHECKOUT
        ask_postal(t, note)
        return
    if state.mode == DeliveryMode.DELIVERY and not state.address:
        state.after = After.CHECKOUT
        ask_address(t, note)
        return
    state.name = state.email = None
    t.ask(Step.NAME, texts.NAME_QUESTION, note=note)


def ask_contact(t: Turn, note: str = "") -> None:
    """After the name: the WhatsApp number is used without asking; otherwise the phone first."""
    phone = t.state.phone or t.customer.phone
    if phone is None:
        t.ask(Step.PHONE, texts.PHONE_QUESTION, note=note)
        return
    t.state.phone = phone
    ask_email(t, join(note, texts.known_phone(display_phone(phone))))


def ask_email(t: Turn, note: str = "") -> None:
    t.ask(Step.EMAIL, texts.EMAIL_QUESTION, note=note)


def summary_lines(t: Turn) -> list[str]:
    """The order as it will be placed: lines, delivery, totals and contact."""
    state = t.state
    if state.mode == DeliveryMode.DELIVERY:
        where = texts.summary_delivery(state.address or "", state.postal_code or "")
    else:
        where = texts.summary_pickup(t.settings.pickup_address)
    phone = display_phone(state.phone) if state.phone else ""
    return [
        *cart_lines(t, detailed=True),
        where,
        *cart_totals(t),
        *texts.summary_contact(state.name or "", phone, state.email or ""),
    ]


def ask_summary(t: Turn, note: str = "") -> None:
    """Confirm, edit or cancel. Checkout no longer stops here (the order is placed with its
    summary and the payment link in one message); kept for conversations persisted at this
    step before that change."""
    state = t.state
    if state.name is None or state.email is None:
        start_checkout(t, note)
        return
    body = join(note, texts.SUMMARY_TITLE, *summary_lines(t))
    options = [
        Offered("order:confirm", texts.OPT_CONFIRM),
        Offered("order:edit", texts.OPT_EDIT),
        Offered("order:cancel", texts.OPT_CANCEL),
    ]
    t.ask(Step.SUMMARY, texts.CONFIRM_QUESTION, options, body)

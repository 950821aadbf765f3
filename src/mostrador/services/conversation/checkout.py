"""Checkout answers: name, phone, email, the summary, and placing the order."""

from __future__ import annotations

from mostrador.domain.cart import Cart
from mostrador.domain.language import (
    clean_person_name,
    email_problem,
    is_no,
    is_yes,
    parse_email,
    suggest_email_fix,
)
from mostrador.domain.messages import LinkReply
from mostrador.domain.orders import Contact, Delivery, DeliveryMode
from mostrador.domain.phone import display_phone, normalize_phone
from mostrador.services.conversation import prompts, texts
from mostrador.services.conversation.ports import OutOfStock
from mostrador.services.conversation.state import Offered, Step
from mostrador.services.conversation.turn import Turn


def on_option(t: Turn, option: Offered) -> bool:
    if option.id == "order:confirm":
        if t.state.step == Step.SUMMARY:
            place(t)
        else:
            prompts.start_checkout(t)
    elif option.id == "email:yes":
        take_email(t, t.state.email_suggestion)
    elif option.id == "email:no":
        t.state.email_suggestion = ""
        prompts.ask_email(t)
    else:
        return False
    return True


def on_name(t: Turn, text: str) -> None:
    name = clean_person_name(text[:200])
    if name is None:
        t.clarify(texts.BAD_NAME)
        return
    t.state.name = name[:120]
    prompts.ask_contact(t)


def on_phone(t: Turn, text: str) -> None:
    phone = normalize_phone(text[:60], t.settings.country)
    if phone is None:
        t.clarify(texts.bad_phone(t.settings.country))
        return
    take_phone(t, phone)


def take_phone(t: Turn, phone: str) -> None:
    t.state.phone = phone
    if t.customer.phone is None:
        t.shop.remember_phone(t.customer, phone)
    prompts.ask_email(t, texts.phone_taken(display_phone(phone)))


def on_email(t: Turn, text: str) -> None:
    email = parse_email(text[:300])
    if email is not None:
        take_email(t, email)
        return
    # The phone can be changed at the email question ("si prefieres otro, escríbelo").
    phone = normalize_phone(text[:60], t.settings.country)
    if phone is not None:
        take_phone(t, phone)
        return
    suggestion = suggest_email_fix(text[:300])
    problem = email_problem(text[:300]) or texts.NOT_UNDERSTOOD
    if suggestion:
        t.state.email_suggestion = suggestion
        options = [
            Offered("email:yes", texts.OPT_YES_EMAIL),
            Offered("email:no", texts.OPT_NO_EMAIL),
        ]
        t.ask(Step.EMAIL_FIX, texts.email_fix_question(suggestion), options, problem)
        return
    t.clarify(problem)


def on_email_fix(t: Turn, text: str) -> None:
    typed = parse_email(text[:300])
    if typed is not None:
        take_email(t, typed)
    elif is_yes(text) and t.state.email_suggestion:
        take_email(t, t.state.email_suggestion)
    elif is_no(text):
        t.state.email_suggestion = ""
        prompts.ask_email(t)
    else:
        on_email(t, text)


def take_email(t: Turn, email: str) -> None:
    if not email:
        prompts.ask_email(t)
        return
    t.state.email = email
    t.state.email_suggestion = ""
    prompts.ask_summary(t)


def on_summary(t: Turn, text: str) -> None:
    if is_yes(text):
        place(t)
    elif is_no(text):
        prompts.show_cart(t)
    else:
        t.clarify()


def place(t: Turn) -> None:
    """Places the order through the shop; a stock race sends the customer back to the cart."""
    state = t.state
    if state.cart.empty or state.name is None or state.email is None:
        prompts.start_checkout(t)
        return
    if state.mode == DeliveryMode.DELIVERY:
        zone = prompts.zone(t)
        if zone is None or not state.address:
            prompts.start_checkout(t)
            return
        delivery = Delivery(
            DeliveryMode.DELIVERY, state.postal_code, state.address, zone.cost, zone.eta
        )
    else:
        delivery = Delivery(DeliveryMode.PICKUP)
    contact = Contact(state.name, state.phone or t.customer.phone, state.email)
    cart = Cart(state.cart.currency, list(state.cart.lines))
    try:
        placed = t.shop.place_order(t.customer, cart, delivery, contact)
    except OutOfStock as short:
        line = state.cart.line(short.sku)
        name = line.name if line is not None else short.name
        if short.available <= 0 or line is None:
            state.cart.remove(short.sku)
            note = texts.sold_out_now(name)
        else:
            state.cart.set_quantity(short.sku, min(short.available, line.quantity))
            note = texts.few_left_now(short.available, name)
        prompts.show_cart(t, note)
        return
    t.order_placed = placed
    state.last_order = placed.id
    state.clear_order_draft()
    state.step = Step.IDLE
    state.offer("")
    body = texts.placed(placed.id, t.money(placed.total))
    t.replies.append(LinkReply(body, placed.payment_url, texts.PAY_LABEL))

"""Checkout answers: name, phone, email, placing the order, and taking it back to edit."""

from __future__ import annotations

import re

from mostrador.domain.cart import Cart
from mostrador.domain.language import (
    clean_person_name,
    email_problem,
    is_no,
    is_yes,
    normalize_chat,
    parse_email,
    suggest_email_fix,
)
from mostrador.domain.messages import LinkReply
from mostrador.domain.orders import Contact, Delivery, DeliveryMode
from mostrador.domain.phone import display_phone, normalize_phone
from mostrador.services.conversation import cart_edits, i18n, intents, menu, prompts, texts
from mostrador.services.conversation.ports import OutOfStock
from mostrador.services.conversation.state import Offered, Step
from mostrador.services.conversation.turn import BODY_LIMIT, Turn

# "editar", "quiero cambiar algo", "me equivoqué", "está mal", "corregir la dirección"... Words
# that also ask questions ("¿tienen cambio?", "¿cuánto falta?") are left out: reopening cancels
# the order just placed.
_EDIT_ORDER = re.compile(
    r"\b(editar?|edita|cambiar|cambia|modificar?|modifica|corregir|corrige|"
    r"me equivoque|esta mal|estan mal|agregar|agrega|quitar|quita|"
    r"edit|change|alterar|mudar)\b"
)


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
    # Every answer is in: the order is placed and shown with its payment link in one message.
    # Paying is confirming; "editar" before paying takes it back (fewer messages to pay for).
    place(t)


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
    summary = prompts.summary_lines(t)
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
    first_name = state.name.split(" ")[0]
    state.clear_order_draft()
    state.step = Step.PAY
    state.offer("")
    title = texts.placed_title(placed.id, first_name)
    body = prompts.join(title, *summary, "", texts.PAY_PROMPT, texts.EDIT_HINT)
    if len(body) > BODY_LIMIT:  # a long order: the summary alone, then the link
        t.say(prompts.join(title, *summary))
        body = prompts.join(texts.PAY_PROMPT, texts.EDIT_HINT)
    t.replies.append(LinkReply(i18n.lines(body), placed.payment_url, texts.PAY_LABEL))


def on_after_order(t: Turn, text: str) -> None:
    """The order is placed and awaits payment: an edit ("editar", "quita las galletas", "que
    sean 3") takes it back into the cart and applies; anything else starts afresh."""
    edit = intents.cart_edit(text)
    if edit is None and not _EDIT_ORDER.search(normalize_chat(text[:200])):
        if is_yes(text) or is_no(text):  # "ok", "👍", "no, todo bien": nothing to change
            t.say(texts.AWAITING_PAYMENT)
        else:
            menu.on_free_text(t, text)
        return
    order_id = t.state.last_order or ""
    if not _take_back(t, order_id):
        menu.main_menu(t, texts.order_not_editable(order_id) if order_id else "")
        return
    t.state.step = Step.CART
    if edit is not None:
        t.say(texts.reopened(order_id))
        if cart_edits.apply(t, edit):
            return
        t.replies.pop()
    prompts.show_cart(t, texts.reopened(order_id))


def _take_back(t: Turn, order_id: str) -> bool:
    """Cancels the unpaid order and puts its lines, delivery and contact back in the draft."""
    state = t.state
    reopened = t.shop.cancel_unpaid(t.customer, order_id) if order_id else None
    if reopened is None:
        return False
    state.clear_order_draft()
    for line in reopened.lines:
        state.cart.take(line)
    delivery = reopened.delivery
    state.mode = delivery.mode
    state.postal_code, state.address = delivery.postal_code, delivery.address
    state.phone = reopened.contact.phone
    state.last_sku = reopened.lines[-1].sku if reopened.lines else ""  # "que sean 3"
    return True


def cancel_unpaid(t: Turn) -> None:
    """ "cancelar" right after ordering: the unpaid order itself is cancelled."""
    order_id = t.state.last_order or ""
    if order_id and t.shop.cancel_unpaid(t.customer, order_id) is not None:
        t.state.clear_order_draft()
        menu.main_menu(t, texts.order_cancelled(order_id))
    else:
        menu.main_menu(t, texts.order_not_editable(order_id) if order_id else "")

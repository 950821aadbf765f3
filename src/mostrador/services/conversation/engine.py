"""The conversation engine: one customer message in, the replies and the new state out.

Reading order for a typed message: a tapped option (by id, even from an older list), anytime
commands (menu, carrito, cancelar, ayuda, asesor), thanks and hellos, typed cart edits, a typed
answer to the offered options (number, title, words), then what the current step expects.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import datetime

from mostrador.domain.language import (
    detect_language,
    is_no,
    is_yes,
    looks_like_insult,
    looks_like_small_talk,
    looks_like_thanks,
)
from mostrador.domain.messages import InboundKind, InboundMessage, Reply
from mostrador.domain.text import clean_customer_text
from mostrador.services.conversation import (
    browse,
    cart_edits,
    checkout,
    delivery,
    faq,
    i18n,
    inputs,
    intents,
    interpreted,
    menu,
    prompts,
    texts,
)
from mostrador.services.conversation.choices import by_id, resolve
from mostrador.services.conversation.intents import Command
from mostrador.services.conversation.ports import CustomerView, PlacedOrder, ShopPort
from mostrador.services.conversation.state import ConversationState, Offered, Step
from mostrador.services.conversation.turn import Turn, translated_options
from mostrador.services.interpretation.actions import Interpretation
from mostrador.services.interpretation.prompt import Context

TEXT_LIMIT = 2000
# Steps whose answer is a value typed by the customer: no cart edits or greetings read there.
_VALUE_STEPS = frozenset({Step.NAME, Step.PHONE, Step.EMAIL, Step.ADDRESS, Step.POSTAL_CODE})
# Where "mejor 2" / "que sean 3" can only mean the line just added; at a quantity question
# it is the answer itself, and at a list it may be an option number.
_LAST_LINE_STEPS = frozenset({Step.NEXT, Step.CART, Step.SUMMARY, Step.SEARCH, Step.DELIVERY_MODE})


@dataclass
class TurnResult:
    replies: list[Reply]
    handoff_requested: bool = False  # this turn asked for a human (recorded for staff)
    order_placed: PlacedOrder | None = None
    # The rules did not understand the message: ask an interpreter (in this context) and run
    # the message again with its reading. No replies then, and `state` is as it was.
    interpret: Context | None = None


def handle_turn(
    state: ConversationState,
    message: InboundMessage,
    customer: CustomerView,
    shop: ShopPort,
    now: datetime,
    *,
    may_interpret: bool = False,
    interpretation: Interpretation | None = None,
) -> TurnResult:
    """Pure apart from calls on `shop`; mutates `state`. Never raises for any customer input.

    While `state.handoff` is set a person is answering: no replies at all.

    `may_interpret`: an interpreter is available, so a typed message the rules miss returns
    `interpret` instead of a clarification. `interpretation`: that interpreter's reading of
    this message (empty when it failed); it is acted on first, and when nothing in it holds
    up the rules answer as they always do. Never both: a message is interpreted once.
    """
    if state.handoff:
        return TurnResult([])
    snapshot = None
    if may_interpret and interpretation is None and _interpretable(state, message):
        snapshot = state.to_dict()
        wanted_before = list(state.wanted)
    if message.kind == InboundKind.TEXT and state.step not in _VALUE_STEPS:
        state.language = detect_language(message.text[:500], state.language) or state.language
    with i18n.using(state.language, shop.settings.country):
        t = Turn(state, message, customer, shop, now)
        if interpretation is not None and _interpretable(state, message):
            text = clean_customer_text(message.text, TEXT_LIMIT).strip()
            if interpreted.apply(t, interpretation, text, route_option):
                return TurnResult(t.replies, t.handoff_requested, t.order_placed)
        result = _run(t)
        # A turn that placed an order or called a person has done what cannot be undone.
        undoable = t.order_placed is None and not t.handoff_requested
        if snapshot is not None and undoable and interpreted.missed(t, wanted_before):
            _restore(state, snapshot)
            return TurnResult([], interpret=interpreted.context(state))
        return result


def _interpretable(state: ConversationState, message: InboundMessage) -> bool:
    """Typed words, outside the steps that take a value (a name, an address: personal data
    that no interpreter needs to see, and that the rules take as typed)."""
    return (
        message.kind == InboundKind.TEXT
        and not message.choice_id
        and state.step not in _VALUE_STEPS
        and sum(c.isalpha() for c in message.text[:TEXT_LIMIT]) >= 3
    )


def _restore(state: ConversationState, snapshot: dict[str, object]) -> None:
    """Puts `state` back as it was before the turn (the caller keeps the same object)."""
    before = ConversationState.from_dict(snapshot)
    for field in fields(ConversationState):
        setattr(state, field.name, getattr(before, field.name))


def _run(t: Turn) -> TurnResult:
    message = t.message
    kind = message.kind
    if kind in (InboundKind.TEXT, InboundKind.CHOICE):
        on_text(t, message.text, message.choice_id)
    elif kind == InboundKind.MEDIA:
        inputs.on_media(t, message, lambda turn, text: on_text(turn, text, None))
    elif kind == InboundKind.LOCATION and message.location is not None:
        delivery.on_location(t, message.location)
    elif kind == InboundKind.ORDER:
        inputs.on_native_cart(t, message)
    elif kind == InboundKind.CONTACTS:
        inputs.on_contacts(t, message)
    elif kind == InboundKind.REACTION:
        inputs.on_reaction(t, message.reaction)
    elif kind != InboundKind.SYSTEM:
        t.reask(texts.UNSUPPORTED)
    return TurnResult(t.replies, t.handoff_requested, t.order_placed)


def on_text(t: Turn, raw: str, choice_id: str | None) -> None:
    text = clean_customer_text(raw, TEXT_LIMIT).strip()
    if choice_id:
        tapped = by_id(choice_id, t.state.offered) or Offered(choice_id[:200], text)
        if route_option(t, tapped):
            return
    if not text:
        if t.state.step == Step.IDLE:
            menu.on_free_text(t, text)
        else:
            t.clarify()
        return
    if _command(t, text) or _small_talk(t, text):
        return
    if _cart_edit(t, text):
        return
    picked = resolve(text, t.state.offered)
    if picked is None and i18n.current() != i18n.DEFAULT:
        shown = resolve(text, translated_options(t.state.offered))
        picked = by_id(shown.id, t.state.offered) if shown is not None else None
    if picked is not None and route_option(t, picked):
        return
    # A question typed while options are offered ("¿aceptan tarjeta?") is not an answer.
    if t.state.offered and t.state.step != Step.FAQ and faq.answer_inline(t, text):
        return
    handler = _STEP_HANDLERS.get(t.state.step, menu.on_free_text)
    handler(t, text)


def route_option(t: Turn, option: Offered) -> bool:
    """Acts on an option by its id; False when the id belongs to no flow."""
    t.state.misunderstood = 0
    return (
        menu.on_option(t, option)
        or browse.on_option(t, option)
        or cart_edits.on_option(t, option)
        or checkout.on_option(t, option)
        or delivery.on_option(t, option)
        or faq.on_option(t, option)
    )


def _command(t: Turn, text: str) -> bool:
    command = intents.command(text)
    if command is None:
        return False
    if command == Command.HUMAN:
        menu.handoff(t)
    elif command == Command.MENU:
        menu.main_menu(t)
    elif command == Command.HELP:
        menu.help_text(t)
    elif command == Command.CART:
        prompts.show_cart(t)
    elif command == Command.CANCEL and t.state.step == Step.PAY and t.state.cart.empty:
        checkout.cancel_unpaid(t)
    elif command == Command.CANCEL and t.state.step == Step.CONFIRM_EMPTY:
        cart_edits.empty(t)
    elif command == Command.CANCEL:
        cart_edits.request_empty(t, cancel=True)
    else:
        cart_edits.request_empty(t, cancel=False)
    return True


def _cart_edit(t: Turn, text: str) -> bool:
    state = t.state
    if (state.cart.empty and not state.wanted) or state.step in _VALUE_STEPS:
        return False
    edit = intents.cart_edit(text)
    if edit is None or (not edit.target and state.step not in _LAST_LINE_STEPS):
        return False
    if cart_edits.apply(t, edit):
        return True
    # "sabi que el cilantro no, sácalo" first read as removing "sabi": no such line; the
    # clause-by-clause reading may still name one.
    loose = intents.loose_removal(text) if edit.kind == "remove" else None
    if loose is None or loose.target == edit.target or not loose.target:
        return False
    return cart_edits.apply(t, loose)


def _small_talk(t: Turn, text: str) -> bool:
    """Thanks, hello, "¿cómo estás?", "jaja" or an insult mid-order: answer, keep everything."""
    if t.state.step in _VALUE_STEPS or len(text) > 60:
        return False
    if looks_like_insult(text):
        t.reask(texts.INSULT_REPLY)
        return True
    if looks_like_small_talk(text) and not is_yes(text) and not is_no(text):
        t.reask(texts.SMALL_TALK_REPLY if t.state.has_question else texts.SMALL_TALK_IDLE)
        return True
    # "no gracias" answers a question; "ok gracias" and "gracias" only thank.
    # "el labial mejor no, gracias" is a change said politely.
    thanks = looks_like_thanks(text) and intents.cart_edit(text) is None
    if thanks and len(text.split()) <= 5 and not is_no(text):
        if t.state.step in (Step.IDLE, Step.PAY):
            t.say(texts.THANKS_IDLE)
        else:
            t.reask(texts.THANKS_MID)
        return True
    if t.state.step not in (Step.IDLE, Step.MENU, Step.PAY) and not intents.without_greeting(text):
        t.reask(texts.HELLO_AGAIN)
        return True
    return False


def _faq_or_menu(t: Turn, text: str) -> None:
    if not faq.on_text(t, text):
        menu.on_free_text(t, text)


_STEP_HANDLERS: dict[str, Callable[[Turn, str], None]] = {
    Step.IDLE: menu.on_free_text,
    Step.MENU: menu.on_free_text,
    Step.REPEAT_NONE: menu.on_repeat_none,
    Step.FAQ: _faq_or_menu,
    Step.DELIVERY_MODE: delivery.on_mode,
    Step.POSTAL_CODE: delivery.on_postal,
    Step.OUTSIDE_ZONE: delivery.on_outside_zone,
    Step.ADDRESS: delivery.on_address,
    Step.SEARCH: browse.on_search,
    Step.RESULTS: browse.on_list_text,
    Step.VARIANT: browse.on_list_text,
    Step.ALTERNATIVES: browse.on_list_text,
    Step.QUANTITY: browse.on_quantity,
    Step.NEXT: cart_edits.on_next_text,
    Step.CART: cart_edits.on_next_text,
    Step.CART_REMOVE: cart_edits.on_line_text,
    Step.CART_PICK_LINE: cart_edits.on_line_text,
    Step.CART_QUANTITY: cart_edits.on_new_quantity,
    Step.CONFIRM_EMPTY: cart_edits.on_confirm_empty,
    Step.NAME: checkout.on_name,
    Step.PHONE: checkout.on_phone,
    Step.EMAIL: checkout.on_email,
    Step.EMAIL_FIX: checkout.on_email_fix,
    Step.SUMMARY: checkout.on_summary,
    Step.PAY: checkout.on_after_order,
}

"""The way in: greeting, main menu, first-message intents, help and the human handoff."""

from __future__ import annotations

import re

from mostrador.domain.language import is_no, is_yes, looks_like_greeting
from mostrador.domain.orders import DeliveryMode
from mostrador.domain.text import fold
from mostrador.services.conversation import (
    delivery,
    faq,
    history,
    intents,
    products,
    prompts,
    texts,
)
from mostrador.services.conversation.intents import Goal
from mostrador.services.conversation.order_requests import OrderRequest
from mostrador.services.conversation.state import After, Offered, Wanted
from mostrador.services.conversation.turn import Turn


def on_option(t: Turn, option: Offered) -> bool:
    oid = option.id
    if oid == "menu:order":
        prompts.start_order(t)
    elif oid == "menu:pickup":
        order_with_mode(t, DeliveryMode.PICKUP)
    elif oid == "menu:delivery":
        order_with_mode(t, DeliveryMode.DELIVERY)
    elif oid == "menu:repeat":
        history.repeat_last(t)
    elif oid == "menu:status":
        history.status(t)
    elif oid == "menu:human":
        handoff(t)
    elif oid == "menu:faq":
        faq.show(t)
    elif oid == "menu:main":
        main_menu(t)
    else:
        return False
    return True


def main_menu(t: Turn, note: str = "") -> None:
    kept = texts.cart_kept(t.state.cart.units) if not t.state.cart.empty else ""
    t.menu(prompts.join(note, kept))


def handoff(t: Turn) -> None:
    """A person takes over; the engine stays silent until staff hand the chat back."""
    t.say(texts.handoff(t.settings.business_hours))
    t.state.handoff = True
    t.handoff_requested = True


def help_text(t: Turn) -> None:
    t.reask(texts.HELP)


def greeting_note(t: Turn) -> str:
    t.state.greeted = True
    name = (t.customer.display_name or "").strip().split(" ")[0][:30] or None
    return t.settings.greeting.strip() or texts.greeting(t.settings.name, name)


def on_free_text(t: Turn, text: str) -> None:
    """A message that answers no pending question: what does the customer want?

    Used while idle, at the main menu and after "no previous order". Products named in a
    first message are remembered and searched once the delivery mode is known.
    """
    greet = not t.state.greeted or looks_like_greeting(text)
    note = greeting_note(t) if greet else ""
    goal = intents.goal(text)
    if goal == Goal.STATUS:
        history.status(t, note)
        return
    if goal == Goal.REPEAT:
        history.repeat_last(t, note)
        return
    if faq.looks_like_question(text) and (entry := faq.match(t.settings, text)) is not None:
        t.menu(prompts.join(note, entry.answer))
        return
    if goal == Goal.FAQ:
        faq.show(t, note)
        return
    request = products.read_order(t, text)
    items = [
        w
        for w in request.items
        if _sells(t, w) or (w.query in request.asked and (request.verbs or len(request.items) > 1))
    ]
    items = [w for i, w in enumerate(items) if not _umbrella(t, w, items[i + 1 :], request)]
    items = [
        Wanted(named, None)
        if w.quantity is not None and (named := products.counted_name(t.shop, text, w.query))
        else w
        for w in items
    ]
    if items or request.wants_order or goal == Goal.ORDER:
        t.state.wanted = items[:5]
        if len(items) > 1:  # say what was understood, so a misreading is caught early
            heard = [
                texts.understood_item(w.quantity, as_typed(w.query, text)) for w in t.state.wanted
            ]
            note = prompts.join(note, texts.understood(heard))
        start_with_mode(t, request.mode, note, request.postal_code)
        return
    if greet or not text.strip():
        t.menu(note)
    else:
        t.clarify()


def as_typed(query: str, text: str) -> str:
    """The folded `query` with each word as the customer wrote it ("galletas marias" ->
    "galletas marías"), so what we say back reads like what they said."""
    typed: dict[str, str] = {}
    for word in re.findall(r"[^\W_]+", text):
        typed.setdefault(fold(word), word.lower() if word.isupper() else word)
    return " ".join(typed.get(word, word) for word in query.split())


def start_with_mode(t: Turn, mode: DeliveryMode | None, note: str, postal_code: str = "") -> None:
    """Starts the order, taking a delivery mode (and a postal code said with its label) the
    first message already stated."""
    if t.state.mode is None and mode == DeliveryMode.PICKUP and t.settings.pickup_enabled:
        prompts.choose_pickup(t, note)
    elif t.state.mode is None and mode == DeliveryMode.DELIVERY and t.settings.delivery_enabled:
        t.state.mode = DeliveryMode.DELIVERY
        if postal_code and delivery.postal_code(t, postal_code):
            delivery.on_postal(t, postal_code, note)
        else:
            prompts.ask_postal(t, note)
    else:
        prompts.start_order(t, note)


def order_with_mode(t: Turn, mode: DeliveryMode, note: str = "") -> None:
    """An order started from the menu row that names the delivery mode: that choice wins
    over an earlier one, and a cart already filled goes on to its next step."""
    state = t.state
    state.after = After.SEARCH if state.cart.empty else After.CART
    if mode == DeliveryMode.PICKUP and t.settings.pickup_enabled:
        prompts.choose_pickup(t, note)
    elif mode == DeliveryMode.DELIVERY and t.settings.delivery_enabled:
        if state.mode == DeliveryMode.DELIVERY and state.address and prompts.zone(t):
            prompts.continue_after_delivery(t, note)
            return
        state.mode = DeliveryMode.DELIVERY
        state.postal_code = state.address = None
        prompts.ask_postal(t, note)
    else:  # a stale menu from before the shop changed its delivery settings
        prompts.start_order(t, note)


def on_repeat_none(t: Turn, text: str) -> None:
    if is_yes(text):
        prompts.start_order(t)
    elif is_no(text):
        main_menu(t)
    else:
        on_free_text(t, text)


def _umbrella(t: Turn, wanted: Wanted, later: list[Wanted], request: OrderRequest) -> bool:
    """ "¿me mandas unas flores pa mi jeva? un ramo de 24 rosas rojas": the flowers asked about
    are the roses named next, not one more item."""
    if not later or wanted.quantity is not None:
        return False
    # Asked about in a question, or said with who it is for before counted items: "unas
    # croquetas pa mi perrito, 1 bolsa de advance puppy…" is the puppy food; "la xbox series x
    # y un control" are two things.
    for_someone = " para " in f" {wanted.query} "
    if wanted.query not in request.questioned and not (
        for_someone and any(w.quantity is not None for w in later)
    ):
        return False
    kinds = {p.group_key for p in t.shop.search(wanted.query, limit=products.SEARCH_LIMIT)}
    named_next = [t.shop.search(w.query, limit=1) for w in later]
    return any(found and found[0].group_key in kinds for found in named_next) or not kinds


def _sells(t: Turn, wanted: Wanted) -> bool:
    """A piece the shop sells; a counted one ("4 aguas de 600 col roma") also when fewer of
    its words find something, so a product said with a stray word is not dropped unseen."""
    if t.shop.search(wanted.query, limit=1):
        return True
    return wanted.quantity is not None and bool(products.nearest_query(t, wanted.query)[1])

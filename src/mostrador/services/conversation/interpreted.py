"""An interpreter's reading of a message the rules did not understand, acted on by the flows.

Two halves. `missed` tells the engine that the rules gave up on a message (a clarification,
or product words the catalog does not know), so it may ask an interpreter instead of
answering. `apply` then acts on the interpreter's actions through the same code paths a
typed message or a tapped option takes: wanted products are searched by `products.search`,
cart edits go through `cart_edits.apply`, options through the engine's `route_option`.

Nothing proposed is taken on trust: product words must find something in the catalog and are
cut down to words the customer wrote or the catalog uses (so whatever is echoed back, as in
"Esto encontré para «…»", is never the model's own text); cart edits must name a cart line;
an option must be one that was offered; a question must match one of the shop's FAQ entries.
When nothing survives, `apply` returns False having changed nothing, and the engine answers
as it would without an interpreter.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from mostrador.domain.language import looks_like_greeting
from mostrador.domain.orders import DeliveryMode
from mostrador.domain.text import fold
from mostrador.services.conversation import (
    cart_edits,
    faq,
    menu,
    products,
    prompts,
    texts,
    variants,
)
from mostrador.services.conversation.intents import CartEdit
from mostrador.services.conversation.state import ConversationState, Offered, Step, Wanted
from mostrador.services.conversation.turn import Turn
from mostrador.services.interpretation.actions import Action, ActionKind, Interpretation
from mostrador.services.interpretation.prompt import Context

Route = Callable[[Turn, Offered], bool]

MAX_ITEMS = 5  # as many products as a first message may name
_VOCABULARY_HITS = 20
_NARROWING_ROUNDS = 3
_MAX_WORDS = 12  # of a proposed product and variant; each is looked up once
_TOKEN = re.compile(r"[a-z0-9]+(?:[.,][0-9]+)?")
_GOTO = {
    ActionKind.HUMAN: "menu:human",
    ActionKind.SHOW_CART: "cart:view",
    ActionKind.CHECKOUT: "cart:checkout",
    ActionKind.SHOW_MENU: "menu:main",
    ActionKind.ORDER_STATUS: "menu:status",
    ActionKind.REPEAT_ORDER: "menu:repeat",
    ActionKind.CANCEL_ORDER: "order:cancel",
}
_MODE_STEPS = frozenset({Step.DELIVERY_MODE, Step.OUTSIDE_ZONE})
# Placing the order and emptying the cart wait for the customer's own "sí" (or tap).
_ONLY_IN_WORDS = frozenset({"order:confirm", "empty:yes"})


def context(state: ConversationState) -> Context:
    """What the customer was looking at, for the interpreter (our own words only)."""
    return Context(
        question=state.question,
        options=tuple(o.title for o in state.offered),
        cart=tuple(f"{line.quantity} × {line.name}" for line in state.cart.lines[:12]),
    )


def missed(t: Turn, wanted_before: list[Wanted]) -> bool:
    """Did the rules give up on this turn's message? A clarification, a product named in it
    that the catalog does not know, or a search of its words that found nothing."""
    if t.missed:
        return True
    state = t.state
    if any(not t.shop.search(w.query, limit=1) for w in state.wanted if w not in wanted_before):
        return True
    return (
        state.step == Step.SEARCH
        and state.question == texts.OTHER_PRODUCT_QUESTION
        and bool(state.query)
        and not t.shop.search(state.query, limit=1)
    )


@dataclass
class _Plan:
    """The actions that survived checking, at most one of each use."""

    edit: CartEdit | None = None
    items: list[Wanted] | None = None
    mode: DeliveryMode | None = None
    option: Offered | None = None
    answer: str = ""  # the shop's FAQ answer to a question asked
    goto: str = ""  # an option id of the menu or the cart

    @property
    def empty(self) -> bool:
        return not (self.edit or self.items or self.mode or self.option or self.answer or self.goto)


def apply(t: Turn, interpretation: Interpretation, text: str, route: Route) -> bool:
    """Acts on the checked actions; False (and nothing changed) when none survives."""
    plan = _plan(t, interpretation.actions, text)
    if plan.empty:
        return False
    t.state.misunderstood = 0
    if plan.goto == "menu:human":  # a person takes over: nothing else is said
        route(t, Offered(plan.goto, ""))
        return True
    # A first message is greeted, as the rules greet it (not alongside a cart edit: two
    # replies are the most a turn sends).
    note = _greeting(t, text) if plan.edit is None else ""
    if plan.edit is not None:
        cart_edits.apply(t, plan.edit)
    if plan.items or plan.mode:
        _order(t, plan, note, route)
    elif plan.answer:
        t.reask(prompts.join(note, plan.answer))  # as faq.answer_inline, then the question
    elif (target := _target(plan)) is not None:
        if note:
            t.say(note)
        route(t, target)
    return True


def _target(plan: _Plan) -> Offered | None:
    """The option to act on; after a cart edit the offered ones were replaced, so only a menu
    or cart action still applies."""
    if plan.option is not None and plan.edit is None:
        return plan.option
    return Offered(plan.goto, "") if plan.goto else None


def _greeting(t: Turn, text: str) -> str:
    state = t.state
    if state.step in (Step.IDLE, Step.MENU) and (not state.greeted or looks_like_greeting(text)):
        return menu.greeting_note(t)
    return ""


def _plan(t: Turn, actions: tuple[Action, ...], text: str) -> _Plan:
    plan = _Plan()
    said = set(_tokens(text))
    items: list[Wanted] = []
    for action in actions:
        kind = action.kind
        if kind == ActionKind.ADD_ITEM:
            query = _catalog_query(t, action.product, action.variant, said)
            if query:
                items.append(Wanted(query, action.quantity))
        elif kind in (ActionKind.REMOVE_ITEM, ActionKind.SET_QUANTITY) and plan.edit is None:
            if cart_edits.matching_lines(t, action.product):
                edit_kind = "remove" if kind == ActionKind.REMOVE_ITEM else "set"
                plan.edit = CartEdit(edit_kind, action.product, action.quantity or 0)
        elif kind == ActionKind.DELIVERY_MODE and plan.mode is None:
            # Choosing a mode, not changing one already chosen (checkout re-asks that).
            if t.state.mode is None or t.state.step in _MODE_STEPS:
                plan.mode = DeliveryMode(action.mode)
        elif kind == ActionKind.CHOOSE_OPTION and plan.option is None:
            if 0 < action.number <= len(t.state.offered):
                option = t.state.offered[action.number - 1]
                plan.option = option if option.id not in _ONLY_IN_WORDS else None
        elif kind == ActionKind.QUESTION and not plan.answer:
            entry = faq.match(t.settings, action.text)
            plan.answer = entry.answer if entry is not None else ""
        elif kind in _GOTO and (not plan.goto or kind == ActionKind.HUMAN):
            plan.goto = _GOTO[kind]
    plan.items = items[:MAX_ITEMS]
    return plan


def _order(t: Turn, plan: _Plan, note: str, route: Route) -> None:
    """Products and/or a delivery mode: the path of a first message that names them."""
    state = t.state
    if not plan.items and plan.mode is not None and state.step in _MODE_STEPS:
        route(t, Offered(f"mode:{plan.mode.value}", ""))  # as if the button had been tapped
        return
    items = plan.items or []
    state.wanted = [*items, *state.wanted][:MAX_ITEMS]
    if items and state.mode is None and plan.mode is None:
        # The delivery question comes first: say what was understood, so a misreading shows.
        heard = [texts.understood_item(w.quantity, _named(t, w.query)) for w in items]
        note = prompts.join(note, texts.understood(heard))
    menu.start_with_mode(t, plan.mode, note)


def _named(t: Turn, query: str) -> str:
    """How to say back a product understood: the catalog's name when the words pin one."""
    groups = products.grouped(t.shop.search(query, limit=products.SEARCH_LIMIT))
    if len(groups) != 1:
        return query
    members = groups[0]
    named = members[0] if len(members) == 1 else variants.variant_named(members, query)
    return named.full_name if named is not None else members[0].name


def _catalog_query(t: Turn, product: str, variant: str, said: set[str]) -> str:
    """Search words for a proposed product, or "" when the catalog has nothing like it.

    A word is kept only if the catalog uses it (names, variants, brands, tags of what it finds)
    or the customer wrote it, so an invented word never reaches the customer (search results
    echo the query). Fewer words are tried when more find nothing: first with the variant,
    then without, then only the catalog's own words.
    """
    words = _tokens(f"{product} {variant}")[:_MAX_WORDS]
    known: set[str] = set()
    for query in dict.fromkeys([product, *words]):
        for hit in t.shop.search(query, limit=_VOCABULARY_HITS):
            known.update(_tokens(" ".join([hit.name, hit.variant, hit.brand, *hit.tags])))
    if not known:
        return ""
    alone = _tokens(product)[:_MAX_WORDS]
    candidates = (
        [w for w in words if w in known or w in said],
        [w for w in alone if w in known or w in said],
        [w for w in words if w in known],
        [w for w in alone if w in known],
    )
    for candidate in candidates:
        query = products.clean_query(" ".join(candidate))
        if query and t.shop.search(query, limit=1):
            return _narrowed(t, candidate, set(_tokens(variant)))
    return ""


def _narrowed(t: Turn, words: list[str], keep: set[str]) -> str:
    """The query with generic words left out while that still finds the same best product
    and fewer others ("refresco de cola 2 l" also finds "refresco de toronja 2 l"; "de cola
    2 l" only the cola): the customer then gets the product, not a list to choose from."""
    best, groups = words, _groups(t, words)
    if not groups:
        return ""
    key = groups[0]
    for _ in range(_NARROWING_ROUNDS):
        if len(groups) <= 1:
            break
        tries = [best[:i] + best[i + 1 :] for i, w in enumerate(best) if w not in keep]
        found = [(hits, shorter) for shorter in tries if (hits := _groups(t, shorter))]
        same = [(hits, shorter) for hits, shorter in found if hits[0] == key]
        if not same:
            break
        hits, shorter = min(same, key=lambda pair: len(pair[0]))
        if len(hits) >= len(groups):
            break
        best, groups = shorter, hits
    return products.clean_query(" ".join(best))


def _groups(t: Turn, words: list[str]) -> list[str]:
    """The group keys a query finds, best first."""
    query = products.clean_query(" ".join(words))
    hits = t.shop.search(query, limit=products.SEARCH_LIMIT) if query else []
    return list(dict.fromkeys(hit.group_key for hit in hits))


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(fold(text))

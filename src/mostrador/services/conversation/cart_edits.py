"""The cart after something is in it: what next, view, remove, change quantity, empty, cancel.

Typed edits ("mejor quita la bocina", "que sean 3 del café") work from any step; afterwards
the customer lands where they were looking at the cart from: the summary, the cart view, or
the "¿algo más?" question.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from mostrador.domain.cart import MAX_LINE_QUANTITY, CartError, CartLine
from mostrador.domain.language import is_no, is_yes, normalize_chat, parse_quantity
from mostrador.services.conversation import (
    intents,
    products,
    prompts,
    texts,
    variants,
)
from mostrador.services.conversation.choices import describe, distinct_titles
from mostrador.services.conversation.intents import CartEdit
from mostrador.services.conversation.state import Offered, Step
from mostrador.services.conversation.turn import Turn

_FINISH = re.compile(
    r"(?<!\w)(?:finaliz\w*|pagar|pago|checkout|terminar|termine|es todo|seria todo|nada mas|"
    r"ya no|cerrar|completar|listo|confirmar)(?!\w)"
)
_MORE = re.compile(r"(?<!\w)(?:agreg\w*|anad\w*|otro|otra|mas|seguir|sumar|tambien)(?!\w)")
_ZERO = frozenset({"0", "cero", "ninguno", "ninguna", "nada"})
_LINE_MATCH = 75.0
_ARTICLES = re.compile(r"^(?:(?:el|la|los|las|lo|un|una|unos|unas|de|del)\s+)+")


def on_option(t: Turn, option: Offered) -> bool:
    """Handles cart options; False if `option` is not one of them."""
    oid = option.id
    if oid == "cart:add":
        prompts.start_order(t)
    elif oid == "cart:checkout":
        prompts.start_checkout(t)
    elif oid in ("cart:view", "order:edit"):
        prompts.show_cart(t)
    elif oid == "cart:remove":
        ask_line(t, Step.CART_REMOVE, texts.REMOVE_QUESTION, t.state.cart.lines)
    elif oid == "cart:change":
        ask_line(t, Step.CART_PICK_LINE, texts.CHANGE_LINE_QUESTION, t.state.cart.lines)
    elif oid == "cart:empty":
        request_empty(t, cancel=False)
    elif oid == "order:cancel":
        request_empty(t, cancel=True)
    elif oid == "empty:yes":
        empty(t)
    elif oid == "empty:no":
        prompts.ask_next(t, texts.KEPT)
    elif oid.startswith("line:"):
        on_line(t, oid.removeprefix("line:"))
    else:
        return False
    return True


def on_next_text(t: Turn, text: str) -> None:
    """Free text at "¿algo más o finalizar?" or at the cart view."""
    norm = normalize_chat(text[:300])
    if _FINISH.search(norm) or is_no(text):
        prompts.start_checkout(t)
    elif _order_more(t, text):
        return
    elif _MORE.search(norm) or is_yes(text):
        prompts.start_order(t)
    elif not _order_more(t, text):
        t.clarify()


def _order_more(t: Turn, text: str) -> bool:
    """Products named at "¿algo más?" ("y 2 leches", "quiero agregar una miel"), searched."""
    request = products.read_order(t, text)
    items = [w for w in request.items if intents.names_a_product(w.query)]
    if not items or not t.shop.search(products.clean_query(items[0].query), limit=1):
        return False
    t.state.wanted = items[1:5]
    products.search(t, items[0].query, quantity=items[0].quantity)
    return True


def wants_to_finish(text: str) -> bool:
    """ "nada más, eso es todo", "no", "listo": nothing else to add."""
    return bool(_FINISH.search(normalize_chat(text[:300]))) or is_no(text)


def ask_line(t: Turn, step: str, question: str, lines: list[CartLine]) -> None:
    if not lines:
        prompts.show_cart(t)
        return
    if step == Step.CART_PICK_LINE and len(lines) == 1:
        ask_new_quantity(t, lines[0])
        return
    titles = distinct_titles([line.name for line in lines])
    options = [
        Offered(
            f"line:{line.sku}",
            title,
            describe(texts.line_description(line.quantity, t.money(line.subtotal))),
        )
        for line, title in zip(lines[:9], titles, strict=False)
    ]
    options.append(Offered("cart:view", texts.OPT_VIEW_CART))
    t.ask(step, question, options)


def on_line(t: Turn, sku: str) -> None:
    line = t.state.cart.line(sku)
    if line is None:
        prompts.show_cart(t)
    elif t.state.step == Step.CART_PICK_LINE:
        ask_new_quantity(t, line)
    else:
        t.state.cart.remove(sku)
        _after_edit(t, texts.removed(line.name))


def on_line_text(t: Turn, text: str) -> None:
    found = matching_lines(t, text)
    if len(found) == 1:
        on_line(t, found[0].sku)
    else:
        t.clarify()


def ask_new_quantity(t: Turn, line: CartLine) -> None:
    t.state.sku = line.sku
    t.ask(Step.CART_QUANTITY, texts.new_quantity_question(line.name))


def on_new_quantity(t: Turn, text: str) -> None:
    line = t.state.cart.line(t.state.sku)
    if line is None:
        prompts.show_cart(t)
        return
    if normalize_chat(text[:50]) in _ZERO:
        set_quantity(t, line, 0)
        return
    quantity = parse_quantity(text)
    if quantity is None:
        t.clarify(texts.BAD_QUANTITY)
        return
    set_quantity(t, line, quantity)


def set_quantity(t: Turn, line: CartLine, quantity: int) -> None:
    if quantity == 0:
        t.state.cart.remove(line.sku)
        _after_edit(t, texts.removed(line.name))
        return
    product = t.shop.product(line.sku)
    if product is not None and not product.can_supply(quantity):
        note = texts.only_left(product.stock or 0, line.name)
        t.state.sku = line.sku
        t.ask(Step.CART_QUANTITY, texts.new_quantity_question(line.name), note=note)
        return
    try:
        t.state.cart.set_quantity(line.sku, min(quantity, MAX_LINE_QUANTITY))
    except CartError:
        t.clarify(texts.max_quantity())
        return
    t.state.last_sku = line.sku
    _after_edit(t, texts.quantity_changed(quantity, line.name))


def apply(t: Turn, edit: CartEdit) -> bool:
    """A typed edit of the cart ("quita las galletas", "mejor 2", "otra coca", "no, la negra").

    False when the message turns out not to be about the cart (no line fits a tentative
    edit), so the engine reads it as it would have otherwise.
    """
    if edit.kind == "variant":
        return _switch_variant(t, edit.target, edit.line)
    if not edit.target:
        line = t.state.cart.line(t.state.last_sku)
        if line is None:
            return False
        set_quantity(t, line, edit.quantity)
        return True
    if edit.kind == "remove" and (several := _several_lines(t, edit.target)):
        for line in several:  # "quita el pisco y la coca"
            t.state.cart.remove(line.sku)
        _after_edit(t, "\n".join(texts.removed(line.name) for line in several))
        return True
    found = matching_lines(t, edit.target)
    if not found and edit.kind == "remove" and _drop_wanted(t, edit.target):
        return True
    if not found and edit.kind == "add":
        # "otra coca" with no coca in the cart yet is simply an order for one.
        products.search(t, edit.target, quantity=edit.quantity)
        return True
    if not found:
        if not edit.sure or t.state.cart.empty:
            return False
        prompts.show_cart(t, texts.not_in_cart(edit.target[:60]))
        return True
    if len(found) > 1:
        step = Step.CART_REMOVE if edit.kind == "remove" else Step.CART_PICK_LINE
        question = texts.REMOVE_QUESTION if edit.kind == "remove" else texts.CHANGE_LINE_QUESTION
        ask_line(t, step, question, found)
        return True
    line = found[0]
    if edit.kind == "add":
        set_quantity(t, line, line.quantity + edit.quantity)
    else:
        set_quantity(t, line, 0 if edit.kind == "remove" else edit.quantity)
    return True


def _several_lines(t: Turn, target: str) -> list[CartLine]:
    """Lines "el pisco y la coca" names one each; [] unless every part names exactly one."""
    parts = [p for p in re.split(r"\s+(?:y|e|,)\s+|,\s*", target) if p.strip()]
    if len(parts) < 2:
        return []
    lines = [matching_lines(t, part) for part in parts]
    if any(len(found) != 1 for found in lines):
        return []
    chosen = {found[0].sku: found[0] for found in lines}
    return list(chosen.values()) if len(chosen) == len(parts) else []


def _drop_wanted(t: Turn, target: str) -> bool:
    """Drops a product named earlier but not searched yet ("quita las galletas" before them)."""
    wanted = _ARTICLES.sub("", normalize_chat(target[:100]))
    kept = [w for w in t.state.wanted if fuzz.partial_ratio(wanted, normalize_chat(w.query)) < 80]
    if len(kept) == len(t.state.wanted) or len(wanted) < 3:
        return False
    t.state.wanted = kept
    t.reask(texts.dropped(target[:60]))
    return True


def _switch_variant(t: Turn, target: str, named: str = "") -> bool:
    """Replaces a line by another variant of the same product, same quantity: the line
    `named` ("la toalla"), else the line just added."""
    sku = t.state.last_sku
    if named:
        found = matching_lines(t, named)
        if len(found) != 1:
            return False
        sku = found[0].sku
    line = t.state.cart.line(sku)
    product = t.shop.product(sku) if line is not None else None
    if line is None or product is None or not product.variant_group:
        return False
    others = [p for p in products.group_members(t.shop, product.group_key) if p != product]
    chosen = variants.variant_named(others, target) or variants.closest_variant(
        others, product, target
    )
    if chosen is None:
        return False
    if not chosen.available:
        products.refuse_sold_out(t, chosen)
        return True
    if not chosen.can_supply(line.quantity):
        return False
    t.state.cart.remove(line.sku)
    try:
        t.state.cart.add(CartLine(chosen.sku, chosen.full_name, chosen.price, line.quantity))
    except CartError:
        t.state.cart.add(line)
        return False
    t.state.last_sku = chosen.sku
    _after_edit(t, texts.switched(line.name, line.quantity, chosen.full_name))
    return True


def matching_lines(t: Turn, target: str) -> list[CartLine]:
    """Cart lines a few typed words name; the best ones when several fit."""
    wanted = _ARTICLES.sub("", normalize_chat(target[:100]))
    if len(wanted) < 3:  # "el té", "el pan": a whole word of the line's name, or nothing
        short = [line for line in t.state.cart.lines if wanted in normalize_chat(line.name).split()]
        return short if wanted else []
    singular = " ".join(w[:-1] if len(w) > 4 and w.endswith("s") else w for w in wanted.split())
    scored = []
    for line in t.state.cart.lines:
        name = normalize_chat(line.name)
        said = normalize_chat(t.state.said.get(line.sku, ""))
        score = max(
            fuzz.partial_ratio(wanted, name),
            fuzz.partial_ratio(singular, name),
            fuzz.token_set_ratio(wanted, name),
            # The words the customer used for it: "los lápices pasta" for the "Pluma Bic".
            fuzz.token_set_ratio(wanted, said) if said else 0.0,
        )
        scored.append((score, line))
    best = max((score for score, _ in scored), default=0.0)
    if best < _LINE_MATCH:
        return _lines_by_catalog(t, wanted)
    return [line for score, line in scored if score >= best - 5]


def _lines_by_catalog(t: Turn, wanted: str) -> list[CartLine]:
    """The cart line the catalog finds for words its name lacks ("las chelas" for a
    "Cerveza Botella 630 ml" tagged chela): the best-ranked one in the cart."""
    in_cart = {line.sku: line for line in t.state.cart.lines}
    for product in t.shop.search(wanted, limit=10):
        if product.sku in in_cart:
            return [in_cart[product.sku]]
    return []


def request_empty(t: Turn, cancel: bool) -> None:
    """Asks before emptying a cart; with nothing in it, just leaves the draft."""
    if t.state.cart.empty:
        t.state.clear_order_draft()
        t.menu(texts.NOTHING_TO_CANCEL if cancel else texts.EMPTY_CART)
        return
    options = [Offered("empty:yes", texts.OPT_YES_EMPTY), Offered("empty:no", texts.OPT_NO_KEEP)]
    question = texts.CANCEL_QUESTION if cancel else texts.EMPTY_QUESTION
    t.ask(Step.CONFIRM_EMPTY, question, options)


def on_confirm_empty(t: Turn, text: str) -> None:
    norm = normalize_chat(text[:100])
    if is_yes(text) or norm.startswith(("vacia", "cancela")):
        empty(t)
    elif is_no(text):
        prompts.ask_next(t, texts.KEPT)
    else:
        t.clarify()


def empty(t: Turn) -> None:
    cancelled = t.state.question == texts.CANCEL_QUESTION
    t.state.clear_order_draft()
    t.menu(texts.CANCELLED if cancelled else texts.EMPTIED)


def _after_edit(t: Turn, note: str) -> None:
    if t.state.cart.empty:
        prompts.start_order(t, prompts.join(note, texts.CART_NOW_EMPTY))
    elif t.state.step == Step.SUMMARY:
        prompts.ask_summary(t, note)
    elif t.state.step in (Step.CART, Step.CART_REMOVE, Step.CART_PICK_LINE, Step.CART_QUANTITY):
        prompts.show_cart(t, note)
    else:
        prompts.ask_next(t, note)

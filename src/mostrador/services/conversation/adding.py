"""Putting a chosen product in the cart, then on to the next product named or "¿algo más?"."""

from __future__ import annotations

import re

from mostrador.domain.cart import MAX_LINE_QUANTITY, CartError, CartLine
from mostrador.domain.catalog import Product
from mostrador.services.conversation import products, prompts, texts
from mostrador.services.conversation.state import Step, Wanted
from mostrador.services.conversation.turn import Turn


def add(t: Turn, product: Product, quantity: int, note: str = "") -> None:
    """Adds to the cart within stock, then searches the next named product or asks what next."""
    cart = t.state.cart
    t.state.want_quantity = None
    if not product.available:
        products.refuse_sold_out(t, product, note)
        return
    held = line.quantity if (line := cart.line(product.sku)) is not None else 0
    if held + quantity > MAX_LINE_QUANTITY:
        t.state.sku = product.sku
        t.ask(
            Step.QUANTITY,
            texts.quantity_question(product.full_name),
            note=prompts.join(note, texts.max_quantity()),
        )
        return
    if not product.can_supply(held + quantity):
        left = (product.stock or 0) - held
        if left <= 0:
            prompts.ask_next(
                t, prompts.join(note, texts.only_left(product.stock or 0, product.full_name))
            )
            return
        t.state.sku = product.sku
        t.ask(
            Step.QUANTITY,
            texts.quantity_question(product.full_name),
            note=prompts.join(note, texts.only_left(left, product.full_name)),
        )
        return
    try:
        cart.take(CartLine(product.sku, product.full_name, product.price, quantity))
    except CartError:
        # A product priced in another currency cannot share this cart; say so, keep the cart.
        prompts.ask_next(t, prompts.join(note, texts.cannot_add(product.full_name)))
        return
    t.state.sku = ""
    t.state.last_sku = product.sku
    if t.state.query and len(t.state.said) < _SAID_LIMIT:
        t.state.said[product.sku] = t.state.query[:80]
    added = prompts.join(note, texts.added(quantity, product.full_name))
    while t.state.wanted:
        wanted = t.state.wanted.pop(0)
        if not _says_which(t, wanted, product):
            products.search(
                t, wanted.query, added, quantity=wanted.quantity, measure=wanted.measure
            )
            return
    prompts.ask_next(t, added)


_SAID_LIMIT = 30
_DEFINITE = re.compile(r"^(?:el|la|los|las)\s")


def _says_which(t: Turn, wanted: Wanted, added: Product) -> bool:
    """ "una bebida de 3 litros, la coca": the next words only say which product was meant,
    the one just added; no second one."""
    if wanted.quantity is not None or not _DEFINITE.match(wanted.query):
        return False
    found = t.shop.search(wanted.query, limit=1)
    return bool(found) and found[0].group_key == added.group_key

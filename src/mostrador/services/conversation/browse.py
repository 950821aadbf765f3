"""Answers while choosing a product: the search, the pick from a list, the variant, the quantity."""

from __future__ import annotations

from mostrador.domain.cart import MAX_LINE_QUANTITY, CartError, CartLine
from mostrador.domain.catalog import Product
from mostrador.domain.language import parse_quantity, split_quantity
from mostrador.services.conversation import faq, products, prompts, texts
from mostrador.services.conversation.state import Offered, Step
from mostrador.services.conversation.turn import Turn


def on_option(t: Turn, option: Offered) -> bool:
    """Handles the browsing options (products, variants, paging); False if not one of them."""
    kind, _, value = option.id.partition(":")
    if kind == "p" and value:
        products.show_group(t, value)
    elif kind == "v" and value:
        pick_sku(t, value)
    elif option.id == products.MORE_ID:
        products.search(t, t.state.query, page=t.state.page + 1)
    elif option.id == products.NEW_SEARCH_ID:
        prompts.ask_product(t)
    else:
        return False
    return True


def on_search(t: Turn, text: str) -> None:
    """The answer to "¿Qué producto buscas?": anything typed is a query."""
    query = split_quantity(text)[1] or text
    if not products.clean_query(query):
        t.clarify()
        return
    if not t.shop.search(products.clean_query(query), limit=1) and faq.answer_inline(t, text):
        return
    products.search(t, query)


def on_list_text(t: Turn, text: str) -> None:
    """Free text while a list is offered: text that names no option is a new search."""
    query = products.clean_query(split_quantity(text)[1] or text)
    if query and t.shop.search(query, limit=1):
        products.search(t, query)
    elif not faq.answer_inline(t, text):
        t.clarify()


def pick_sku(t: Turn, sku: str) -> None:
    product = t.shop.product(sku)
    if product is None:
        t.clarify()
        return
    products.offer_product(t, product)


def on_quantity(t: Turn, text: str) -> None:
    product = t.shop.product(t.state.sku) if t.state.sku else None
    if product is None:
        prompts.ask_product(t)
        return
    quantity = parse_quantity(text)
    if quantity is None:
        t.clarify(texts.BAD_QUANTITY)
        return
    add(t, product, quantity)


def add(t: Turn, product: Product, quantity: int) -> None:
    """Adds to the cart within stock, then searches the next named product or asks what next."""
    cart = t.state.cart
    if not product.available:
        products.refuse_sold_out(t, product)
        return
    held = line.quantity if (line := cart.line(product.sku)) is not None else 0
    if held + quantity > MAX_LINE_QUANTITY:
        t.clarify(texts.max_quantity())
        return
    if not product.can_supply(held + quantity):
        left = (product.stock or 0) - held
        if left <= 0:
            prompts.ask_next(t, texts.only_left(product.stock or 0, product.full_name))
            return
        t.ask(
            Step.QUANTITY,
            texts.quantity_question(product.full_name),
            note=texts.only_left(left, product.full_name),
        )
        return
    if cart.empty:
        cart.currency = product.price.currency
    try:
        cart.add(CartLine(product.sku, product.full_name, product.price, quantity))
    except CartError:
        # A product priced in another currency cannot share this cart; say so, keep the cart.
        prompts.ask_next(t, texts.cannot_add(product.full_name))
        return
    note = texts.added(quantity, product.full_name)
    t.state.sku = ""
    if t.state.wanted:
        wanted = t.state.wanted.pop(0)
        products.search(t, wanted.query, note)
    else:
        prompts.ask_next(t, note)

"""Answers while choosing a product: the search, the pick from a list, the variant, the quantity."""

from __future__ import annotations

import re

from mostrador.domain.language import normalize_chat, parse_quantity, split_quantity
from mostrador.services.conversation import (
    adding,
    cart_edits,
    faq,
    order_requests,
    products,
    prompts,
    texts,
    variants,
)
from mostrador.services.conversation.state import Offered, Step
from mostrador.services.conversation.turn import Turn

_DOZENS = re.compile(r"(?<!\w)docenas?(?!\w)")


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
    if not t.state.cart.empty and cart_edits.wants_to_finish(text):
        prompts.start_checkout(t)  # "¿Qué otro producto buscas?" "nada más, eso es todo"
        return
    quantity, query = split_quantity(text)
    if quantity is None and (by_weight := order_requests.weighed(normalize_chat(query))):
        quantity, query = by_weight  # "3 kilos de paltas": three of the product sold per kilo
    elif quantity is not None and (named := products.counted_name(t.shop, text, query)):
        quantity, query = None, named  # "tres leches porción": a cake, not three
    query = products.clean_query(query or text)
    if not query:
        t.clarify()
        return
    if not t.shop.search(query, limit=1) and faq.answer_inline(t, text):
        return
    products.search(t, query, quantity=quantity)


def on_list_text(t: Turn, text: str) -> None:
    """Free text while a list is offered: text that names no option is a new search."""
    if t.state.step == Step.VARIANT and t.state.group:
        # "talle 45", "la turquesa": a variant of the product being chosen, listed or not.
        named = variants.variant_named(products.group_members(t.shop, t.state.group), text)
        if named is not None:
            products.offer_product(t, named)
            return
    quantity, query = split_quantity(text)
    query = products.clean_query(query or text)
    if query and t.shop.search(query, limit=1):
        products.search(t, query, quantity=quantity)
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
    quantity = parse_quantity(text) or variants.amount_count(product, normalize_chat(text[:60]))
    if quantity is None:
        t.clarify(texts.BAD_QUANTITY)
        return
    if _DOZENS.search(normalize_chat(text[:100])):
        # "dos docenas" of the "Empanadas Docena" are two of them, not 24 dozens.
        quantity = products.in_packs(product, quantity)
    adding.add(t, product, quantity)

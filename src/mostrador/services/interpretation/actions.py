"""What an interpreter may propose: a short list of actions in a small, fixed vocabulary.

The model is asked for one JSON object (docs/decisions/0005-llm-interpretation.md)::

    {"actions": [
      {"type": "add_item", "product": "refresco de cola", "variant": "2 L", "quantity": 3},
      {"type": "remove_item", "product": "galletas"},
      {"type": "set_quantity", "product": "café", "quantity": 2},
      {"type": "delivery_mode", "mode": "pickup" | "delivery"},
      {"type": "choose_option", "number": 2},
      {"type": "question", "text": "¿aceptan tarjeta?"},
      {"type": "human" | "show_cart" | "checkout" | "show_menu" | "order_status"
               | "repeat_order" | "cancel_order"}
    ]}

`parse` reads whatever came back and keeps only what fits: unknown types, missing or
ill-typed fields and out-of-range numbers are dropped, strings are cut short, and never more
than `MAX_ACTIONS` survive. It never raises. Nothing here is trusted further: product words are
still resolved against the catalog, and options against what was offered, by the engine
(`services/conversation/interpreted.py`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import orjson

from mostrador.domain.cart import MAX_LINE_QUANTITY
from mostrador.domain.text import clean_customer_text

MAX_ACTIONS = 5
WORDS_LIMIT = 80  # product and variant words, as a search query is cut
QUESTION_LIMIT = 200
MAX_OPTION = 10  # a WhatsApp list holds ten rows


class ActionKind(StrEnum):
    ADD_ITEM = "add_item"
    REMOVE_ITEM = "remove_item"
    SET_QUANTITY = "set_quantity"
    DELIVERY_MODE = "delivery_mode"
    CHOOSE_OPTION = "choose_option"
    QUESTION = "question"
    HUMAN = "human"
    SHOW_CART = "show_cart"
    CHECKOUT = "checkout"
    SHOW_MENU = "show_menu"
    ORDER_STATUS = "order_status"
    REPEAT_ORDER = "repeat_order"
    CANCEL_ORDER = "cancel_order"


_MODES = frozenset({"pickup", "delivery"})


@dataclass(frozen=True)
class Action:
    kind: ActionKind
    product: str = ""  # words naming a product, to be searched in the catalog
    variant: str = ""  # words naming a variant ("2 L", "negra", "talla 26")
    quantity: int | None = None  # 1..MAX_LINE_QUANTITY, or None when not stated
    mode: str = ""  # "pickup" | "delivery"
    number: int = 0  # 1-based position of an offered option
    text: str = ""  # a question for the shop's FAQ


@dataclass(frozen=True)
class Interpretation:
    """An interpreter's reading of one message. No actions means "no usable reading": the
    engine then answers as it would without an interpreter."""

    actions: tuple[Action, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.actions


NOTHING = Interpretation()


def parse(content: str) -> Interpretation:
    """The actions in a model's answer (a JSON object as text); `NOTHING` for anything else."""
    try:
        data: Any = orjson.loads(content[:20_000])
    except orjson.JSONDecodeError:
        return NOTHING
    raw = data.get("actions") if isinstance(data, dict) else None
    if not isinstance(raw, list):
        return NOTHING
    actions = [a for a in (_action(item) for item in raw[:20]) if a is not None]
    return Interpretation(tuple(actions[:MAX_ACTIONS]))


def _action(item: object) -> Action | None:
    if not isinstance(item, dict):
        return None
    try:
        kind = ActionKind(str(item.get("type")))
    except ValueError:
        return None  # a name outside the vocabulary proposes nothing we know how to do
    product = _words(item.get("product"), WORDS_LIMIT)
    quantity = _quantity(item.get("quantity"))
    if kind == ActionKind.ADD_ITEM:
        variant = _words(item.get("variant"), WORDS_LIMIT)
        return Action(kind, product, variant, quantity) if product else None
    if kind == ActionKind.REMOVE_ITEM:
        return Action(kind, product) if product else None
    if kind == ActionKind.SET_QUANTITY:
        return Action(kind, product, quantity=quantity) if product and quantity else None
    if kind == ActionKind.DELIVERY_MODE:
        mode = item.get("mode")
        return Action(kind, mode=mode) if isinstance(mode, str) and mode in _MODES else None
    if kind == ActionKind.CHOOSE_OPTION:
        number = _int(item.get("number"))
        return Action(kind, number=number) if number and 0 < number <= MAX_OPTION else None
    if kind == ActionKind.QUESTION:
        text = _words(item.get("text"), QUESTION_LIMIT)
        return Action(kind, text=text) if text else None
    return Action(kind)


def _words(value: object, limit: int) -> str:
    if not isinstance(value, str):
        return ""
    return " ".join(clean_customer_text(value, limit).split())


def _int(value: object) -> int | None:
    if isinstance(value, bool):  # True is an int in Python, not a count
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) <= 6:
        return int(value.strip())
    return None


def _quantity(value: object) -> int | None:
    """A count within what a cart line holds; anything else counts as not stated (the flow
    then asks), as the rules treat "0" or "5000" typed by a customer."""
    number = _int(value)
    return number if number is not None and 0 < number <= MAX_LINE_QUANTITY else None

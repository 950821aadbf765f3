"""Everything the engine knows about one conversation, persisted as JSON after every turn.

The worker loads the state, runs one turn and stores it again in the same commit as the
replies, so nothing about a conversation lives only in memory. `from_dict` must read rows
written by older versions: missing keys take their defaults and unknown keys are ignored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from mostrador.domain.cart import MAX_LINE_QUANTITY, Cart, CartLine
from mostrador.domain.money import Money

LANGUAGES = ("es", "pt", "en")


class Step(StrEnum):
    """What the last bot message asked; it decides how the next customer message is read."""

    IDLE = "idle"  # nothing pending: the next message is greeted with the menu
    MENU = "menu"  # main menu offered
    DELIVERY_MODE = "delivery_mode"  # pickup or delivery?
    POSTAL_CODE = "postal_code"
    OUTSIDE_ZONE = "outside_zone"  # postal code not served: pickup or another code?
    ADDRESS = "address"
    SEARCH = "search"  # "¿Qué producto buscas?"
    RESULTS = "results"  # a page of products offered
    VARIANT = "variant"  # the variants of one product offered
    ALTERNATIVES = "alternatives"  # the picked product is sold out: other products offered
    QUANTITY = "quantity"
    NEXT = "next"  # added to the cart: add more, finish or see the cart?
    CART = "cart"  # cart shown with what can be done to it
    CART_REMOVE = "cart_remove"  # which line goes?
    CART_PICK_LINE = "cart_pick_line"  # which line changes quantity?
    CART_QUANTITY = "cart_quantity"  # new quantity for `state.sku`
    CONFIRM_EMPTY = "confirm_empty"  # yes/no: empty the cart (cancel the order draft)?
    NAME = "name"
    PHONE = "phone"
    EMAIL = "email"
    EMAIL_FIX = "email_fix"  # yes/no: did you mean `state.email_suggestion`?
    SUMMARY = "summary"  # confirm, edit or cancel the order (states saved by older versions)
    PAY = "pay"  # order placed and its payment link sent: "editar" reopens it, "cancelar" cancels
    FAQ = "faq"
    REPEAT_NONE = "repeat_none"  # no previous order: start one?


class After(StrEnum):
    """Where the journey goes once the delivery mode (and address) is known."""

    SEARCH = "search"  # ask for a product, or search the ones the customer already named
    CART = "cart"  # show the cart and ask what next (repeat order)
    CHECKOUT = "checkout"  # go on to the contact questions (native cart, checkout)


@dataclass(frozen=True)
class Offered:
    """An option of the last question, kept to resolve typed answers ("2", "la azul")."""

    id: str
    title: str
    description: str = ""


@dataclass(frozen=True)
class Wanted:
    """A product the customer named before we could search it ("hola, quiero 2 cafés")."""

    query: str
    quantity: int | None = None
    # The weight the count was said in ("1 kilo de ddl"): it may name the product's size.
    measure: str = ""


@dataclass
class ConversationState:
    step: str = Step.IDLE
    cart: Cart = field(default_factory=lambda: Cart(currency=""))
    # Delivery draft: mode is a DeliveryMode value once the customer chose.
    mode: str | None = None
    postal_code: str | None = None
    address: str | None = None
    after: str = After.SEARCH
    # Contact draft.
    name: str | None = None
    phone: str | None = None
    email: str | None = None
    email_suggestion: str = ""
    # The last question and its options, re-offered when an answer is not understood.
    question: str = ""
    offered: list[Offered] = field(default_factory=list)
    # Browsing.
    query: str = ""
    page: int = 0
    group: str = ""  # group_key of the product being chosen
    sku: str = ""  # the sku whose quantity is asked
    wanted: list[Wanted] = field(default_factory=list)
    # A quantity the customer already stated for the product being searched ("2 cocas"):
    # once the product is pinned down it is added without asking again.
    want_quantity: int | None = None
    last_sku: str = ""  # the line last added or changed: "mejor 2", "no, la negra" refer to it
    # The customer's own words for each cart line ("lápices pasta" for "Pluma Bic Cristal"):
    # a later "los lápices pasta no" names the line by them.
    said: dict[str, str] = field(default_factory=dict)
    # Reply language ("es", "pt", "en"); "" until a message gave it away, Spanish meanwhile.
    language: str = ""
    # Conversation health.
    misunderstood: int = 0
    handoff: bool = False
    greeted: bool = False
    last_order: str = ""

    @property
    def has_question(self) -> bool:
        return bool(self.question)

    def offer(self, question: str, options: list[Offered] | None = None) -> None:
        self.question = question
        self.offered = list(options or [])

    def clear_order_draft(self) -> None:
        """Forget the cart and everything gathered for the order being built."""
        self.cart.clear()
        self.mode = self.postal_code = self.address = None
        self.after = After.SEARCH
        self.wanted = []
        self.query, self.page, self.group, self.sku = "", 0, "", ""
        self.want_quantity, self.last_sku = None, ""
        self.said = {}
        self.email_suggestion = ""

    # -- persistence ------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {
            "step": str(self.step),
            "cart": {
                "currency": self.cart.currency,
                "lines": [
                    {
                        "sku": line.sku,
                        "name": line.name,
                        "price": line.unit_price.amount,
                        "currency": line.unit_price.currency,
                        "quantity": line.quantity,
                    }
                    for line in self.cart.lines
                ],
            },
            "mode": self.mode,
            "postal_code": self.postal_code,
            "address": self.address,
            "after": str(self.after),
            "name": self.name,
            "phone": self.phone,
            "email": self.email,
            "email_suggestion": self.email_suggestion,
            "question": self.question,
            "offered": [[o.id, o.title, o.description] for o in self.offered],
            "query": self.query,
            "page": self.page,
            "group": self.group,
            "sku": self.sku,
            "wanted": [[w.query, w.quantity, w.measure] for w in self.wanted],
            "want_quantity": self.want_quantity,
            "last_sku": self.last_sku,
            "said": dict(self.said),
            "language": self.language,
            "misunderstood": self.misunderstood,
            "handoff": self.handoff,
            "greeted": self.greeted,
            "last_order": self.last_order,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ConversationState:
        """Reads any stored shape; a value of the wrong type falls back to its default."""
        if not isinstance(data, dict):
            return cls()
        state = cls(
            step=_choice(data.get("step"), {s.value for s in Step}, Step.IDLE),
            cart=_cart(data.get("cart")),
            mode=_opt_str(data.get("mode")),
            postal_code=_opt_str(data.get("postal_code")),
            address=_opt_str(data.get("address")),
            after=_choice(data.get("after"), {a.value for a in After}, After.SEARCH),
            name=_opt_str(data.get("name")),
            phone=_opt_str(data.get("phone")),
            email=_opt_str(data.get("email")),
            email_suggestion=_str(data.get("email_suggestion")),
            question=_str(data.get("question")),
            offered=[
                Offered(_str(o[0]), _str(o[1]), _str(o[2]))
                for o in _list(data.get("offered"))
                if isinstance(o, list) and len(o) == 3
            ],
            query=_str(data.get("query")),
            page=_int(data.get("page")) or 0,
            group=_str(data.get("group")),
            sku=_str(data.get("sku")),
            wanted=[
                Wanted(_str(w[0]), _int(w[1]), _str(w[2]) if len(w) == 3 else "")
                for w in _list(data.get("wanted"))
                if isinstance(w, list) and len(w) in (2, 3) and _str(w[0])
            ],
            want_quantity=_quantity(data.get("want_quantity")),
            last_sku=_str(data.get("last_sku")),
            said={
                sku: words
                for sku, words in (data.get("said") or {}).items()
                if isinstance(sku, str) and isinstance(words, str)
            }
            if isinstance(data.get("said"), dict)
            else {},
            language=_choice(data.get("language"), set(LANGUAGES), ""),
            misunderstood=_int(data.get("misunderstood")) or 0,
            handoff=data.get("handoff") is True,
            greeted=data.get("greeted") is True,
            last_order=_str(data.get("last_order")),
        )
        return state


def _quantity(value: object) -> int | None:
    number = _int(value)
    return number if number is not None and 0 < number <= MAX_LINE_QUANTITY else None


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


def _opt_str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _int(value: object) -> int | None:
    # bool is an int in Python; a stored True is not a count.
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _choice(value: object, allowed: set[str], default: str) -> str:
    return value if isinstance(value, str) and value in allowed else default


def _cart(value: object) -> Cart:
    if not isinstance(value, dict):
        return Cart(currency="")
    cart = Cart(currency=_str(value.get("currency")))
    for raw in _list(value.get("lines")):
        if not isinstance(raw, dict):
            continue
        sku, name, currency = _str(raw.get("sku")), _str(raw.get("name")), _str(raw.get("currency"))
        price, quantity = _int(raw.get("price")), _int(raw.get("quantity"))
        if not sku or price is None or quantity is None or not 0 < quantity <= MAX_LINE_QUANTITY:
            continue
        cart.lines.append(CartLine(sku, name, Money(price, currency or cart.currency), quantity))
    return cart

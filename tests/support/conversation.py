"""A small Spanish shop behind the engine's ShopPort, and a chat driver that reloads the
conversation state from JSON between every turn (as the worker does)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

from mostrador.domain.cart import Cart, CartLine
from mostrador.domain.catalog import Product
from mostrador.domain.customers import ChannelIdentity
from mostrador.domain.messages import (
    ChoicesReply,
    InboundKind,
    InboundMessage,
    LinkReply,
    Media,
    MediaKind,
    Reply,
    TextReply,
)
from mostrador.domain.money import Money
from mostrador.domain.orders import Contact, Delivery, OrderStatus
from mostrador.domain.shop import DeliveryZone, FaqEntry, ShopSettings
from mostrador.domain.text import fold
from mostrador.services.conversation.engine import TurnResult, handle_turn
from mostrador.services.conversation.ports import (
    CustomerView,
    OrderSummary,
    OutOfStock,
    PlacedOrder,
    ReopenedOrder,
)
from mostrador.services.conversation.state import ConversationState

NOW = datetime(2025, 3, 14, 17, 0, tzinfo=UTC)


def mxn(text: str) -> Money:
    return Money.parse(text, "MXN")


CATALOG = [
    Product("CAF-500", "Café Molido Veracruz 500 g", mxn("189.00"), stock=20),
    Product("CAF-250", "Café Molido Veracruz 250 g", mxn("99.00"), stock=15),
    Product("TE-MAN", "Té de Manzanilla 25 sobres", mxn("45.50"), stock=30),
    Product("GAL-AVE", "Galletas de Avena con Pasas", mxn("38.00"), stock=12),
    Product("GAL-CHO", "Galletas con Chispas de Chocolate", mxn("42.00"), stock=0),
    Product("MIE-ABE", "Miel de Abeja Natural 500 ml", mxn("110.00"), stock=9),
    Product("BOC-MINI", "Bocina Bluetooth Mini", mxn("350.00"), stock=None),
    Product("TAZ-BCO", "Taza de Cerámica Blanca", mxn("120.00"), stock=5),
    Product("TAZ-AZU", "Taza de Cerámica Azul", mxn("120.00"), stock=5),
    Product("TEN-25", "Tenis Runner Pro", mxn("1299.00"), 0, variant_group="TEN-RUN",
            variant="Talla 25"),
    Product("TEN-26", "Tenis Runner Pro", mxn("1299.00"), 3, variant_group="TEN-RUN",
            variant="Talla 26"),
    Product("TEN-27", "Tenis Runner Pro", mxn("1349.00"), 5, variant_group="TEN-RUN",
            variant="Talla 27"),
]  # fmt: skip

SETTINGS = ShopSettings(
    name="Tienda Luna",
    delivery_zones=(
        DeliveryZone("06", mxn("50.00"), "hoy mismo"),
        DeliveryZone("03", mxn("0")),
    ),
    pickup_address="Av. Juárez 10, Centro",
    faq=(
        FaqEntry("¿Aceptan tarjeta?", "Sí, aceptamos tarjeta de crédito y débito."),
        FaqEntry("¿Dan factura?", "Sí, pídela a un asesor con tu RFC."),
    ),
    business_hours="lunes a sábado de 9 a 19 h",
)
# Articles, and containers the real search ranks by without requiring ("2 tarritos de miel").
_IGNORED = frozenset(
    {"de", "la", "el", "con", "los", "las", "un", "una"}
    | {"tarrito", "tarritos", "paquete", "paquetes", "bolsa", "bolsas", "lata", "latas"}
)


def _stem(word: str) -> str:
    return word[:-2] if word.endswith("es") and len(word) > 4 else word.rstrip("s")


@dataclass
class PlacedRecord:
    customer: CustomerView
    cart: Cart
    delivery: Delivery
    contact: Contact


@dataclass
class MemoryShop:
    """The engine's ShopPort over a list; records what the engine asked of it."""

    catalog: list[Product] = field(default_factory=lambda: list(CATALOG))
    shop_settings: ShopSettings = SETTINGS
    placed: list[PlacedRecord] = field(default_factory=list)
    history: list[OrderSummary] = field(default_factory=list)
    phones: list[tuple[int, str]] = field(default_factory=list)
    cancelled: list[str] = field(default_factory=list)
    race: OutOfStock | None = None  # raised once by the next place_order

    @property
    def settings(self) -> ShopSettings:
        return self.shop_settings

    def search(
        self, query: str, limit: int = 10, offset: int = 0, *, strict: bool = False
    ) -> list[Product]:
        # Every word must fit here: strict or not, the result is the same.
        words = [_stem(w) for w in fold(query).split() if w not in _IGNORED]
        if not words:
            return []

        def fits(product: Product) -> bool:
            have = [_stem(w) for w in fold(f"{product.name} {product.variant}").split()]
            return all(any(h.startswith(w) for h in have) for w in words)

        return [p for p in self.catalog if fits(p)][offset : offset + limit]

    def product(self, sku: str) -> Product | None:
        return next((p for p in self.catalog if p.sku == sku), None)

    def variants(self, group: str) -> list[Product]:
        return [p for p in self.catalog if p.variant_group and p.variant_group == group]

    def place_order(
        self, customer: CustomerView, cart: Cart, delivery: Delivery, contact: Contact
    ) -> PlacedOrder:
        if self.race is not None:
            race, self.race = self.race, None
            raise race
        self.placed.append(PlacedRecord(customer, cart, delivery, contact))
        total = cart.subtotal + (delivery.cost or Money.zero(cart.currency))
        order_id = f"M-{len(self.placed):06d}"
        url = f"https://pay.example/{order_id}"
        summary = OrderSummary(
            order_id, OrderStatus.PENDING_PAYMENT, total, NOW, tuple(cart.lines), url
        )
        self.history.insert(0, summary)
        return PlacedOrder(order_id, total, url)

    def recent_orders(self, customer: CustomerView, limit: int = 5) -> list[OrderSummary]:
        return self.history[:limit]

    def cancel_unpaid(self, customer: CustomerView, order_id: str) -> ReopenedOrder | None:
        index = next((i for i, o in enumerate(self.history) if o.id == order_id), None)
        if index is None or self.history[index].status != OrderStatus.PENDING_PAYMENT:
            return None
        order = self.history[index]
        self.history[index] = replace(order, status=OrderStatus.CANCELLED)
        self.cancelled.append(order_id)
        record = self.placed[int(order_id.split("-")[1]) - 1]
        return ReopenedOrder(order_id, order.lines, record.delivery, record.contact)

    def remember_phone(self, customer: CustomerView, phone: str) -> None:
        self.phones.append((customer.id, phone))

    def set_stock(self, sku: str, stock: int | None) -> None:
        self.catalog = [replace(p, stock=stock) if p.sku == sku else p for p in self.catalog]

    def set_price(self, sku: str, price: str) -> None:
        self.catalog = [replace(p, price=mxn(price)) if p.sku == sku else p for p in self.catalog]

    def past_order(self, order_id: str, lines: list[tuple[str, str, str, int]]) -> None:
        cart_lines = tuple(CartLine(sku, name, mxn(price), qty) for sku, name, price, qty in lines)
        total = sum((line.subtotal for line in cart_lines), Money.zero("MXN"))
        self.history.insert(
            0,
            OrderSummary(order_id, OrderStatus.PAID, total, NOW - timedelta(days=7), cart_lines),
        )


ANA = CustomerView(id=1, phone="+525512345678", display_name="Ana López")
USERNAME = CustomerView(id=2, phone=None, display_name="Sofi", username="@sofi")


class Chat:
    """Drives one customer's conversation; state goes through JSON between every turn."""

    def __init__(self, shop: MemoryShop, customer: CustomerView = ANA) -> None:
        self.shop = shop
        self.customer = customer
        self.data = ConversationState().to_dict()
        self.result = TurnResult([])
        self.count = 0

    @property
    def state(self) -> ConversationState:
        return ConversationState.from_dict(self.data)

    def turn(self, kind: InboundKind = InboundKind.TEXT, **fields: object) -> list[Reply]:
        self.count += 1
        state = ConversationState.from_dict(json.loads(json.dumps(self.data)))
        message = InboundMessage(
            channel="whatsapp",
            external_id=f"wamid.{self.count}",
            sender=ChannelIdentity("whatsapp", user_id="MX.1", phone=self.customer.phone),
            kind=kind,
            **fields,  # type: ignore[arg-type]
        )
        self.result = handle_turn(state, message, self.customer, self.shop, NOW)
        self.data = json.loads(json.dumps(state.to_dict()))
        assert ConversationState.from_dict(self.data).to_dict() == self.data
        check_replies(self.result.replies)
        return self.result.replies

    def say(self, text: str) -> list[Reply]:
        return self.turn(text=text)

    def pick(self, title: str) -> list[Reply]:
        """Taps the option titled `title` in the last choices reply."""
        choices = self.choices()
        option = next((o for o in choices.options if o.title == title), None)
        assert option is not None, f"{title!r} not in {[o.title for o in choices.options]}"
        return self.turn(InboundKind.CHOICE, text=option.title, choice_id=option.id)

    def media(self, kind: MediaKind, caption: str = "", voice: bool = False) -> list[Reply]:
        return self.turn(InboundKind.MEDIA, media=Media(kind, caption=caption, voice=voice))

    def choices(self) -> ChoicesReply:
        last = self.result.replies[-1]
        assert isinstance(last, ChoicesReply), last
        return last

    def titles(self) -> list[str]:
        return [o.title for o in self.choices().options]

    @property
    def body(self) -> str:
        """The text of the last reply."""
        return body_of(self.result.replies[-1])


def body_of(reply: Reply) -> str:
    if isinstance(reply, TextReply | ChoicesReply | LinkReply):
        return reply.body
    raise AssertionError(f"unexpected reply {reply!r}")


def check_replies(replies: list[Reply]) -> None:
    """WhatsApp's limits and the house rules every turn must keep."""
    assert len(replies) <= 2, replies
    for reply in replies:
        if isinstance(reply, ChoicesReply):
            assert 0 < len(reply.options) <= 10
            assert len(reply.body) <= 1024
            assert len({o.id for o in reply.options}) == len(reply.options)
            assert all(len(o.title) <= 24 and len(o.description) <= 72 for o in reply.options)
            assert reply.body.splitlines()[-1].rstrip().endswith("?"), reply.body
        if isinstance(reply, TextReply):
            assert len(reply.body) <= 4096

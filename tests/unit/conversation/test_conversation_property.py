"""Whatever the customer sends, the engine answers without raising and keeps the cart.

Inputs exclude the words and options that legitimately shrink a cart (quitar, vaciar,
cancelar, cambiar cantidad, bare numbers that could pick those options); the only other way
a line may leave the cart is an order being placed.
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.support.conversation import NOW, MemoryShop, check_replies

from mostrador.domain.customers import ChannelIdentity
from mostrador.domain.language import normalize_chat
from mostrador.domain.messages import InboundKind, InboundMessage
from mostrador.services.conversation.engine import handle_turn
from mostrador.services.conversation.ports import CustomerView
from mostrador.services.conversation.state import ConversationState

CUSTOMER = CustomerView(id=1, phone="+525512345678", display_name="Ana")
SAFE_PHRASES = [
    "hola", "quiero hacer un pedido", "retiro en tienda", "envío a domicilio", "06700",
    "Calle Colima 12, Roma", "cafe molido", "tenis", "galletas", "miel", "bocina", "dos",
    "finalizar", "agregar otro producto", "ver carrito", "Ana Pérez", "ana@example.org",
    "ana@gmial.com", "sí", "no", "menú", "ayuda", "gracias", "¿aceptan tarjeta?", "Ver más",
    "Buscar otra cosa", "Talla 26", "Talla 25", "😀", "", "<b>hola</b>", "editar", "ok",
    "agrega una miel",
]  # fmt: skip
SAFE_CHOICES = [
    "menu:order", "menu:pickup", "menu:delivery", "menu:repeat", "menu:status", "menu:faq",
    "menu:main", "mode:pickup", "mode:delivery", "p:CAF-500", "p:TEN-RUN", "p:GAL-CHO",
    "v:TEN-25", "v:TEN-26",
    "cart:add", "cart:checkout", "cart:view", "results:more", "search:new", "order:edit",
    "order:confirm", "faq:0", "empty:no", "email:yes", "zone:retry", "bogus:id",
]  # fmt: skip
DESTRUCTIVE = ("quit", "vaci", "cancel", "elimin", "borr", "saca", "cambi", "sean", "mejor",
               "remuev", "limpia", "asesor", "human", "persona", "agente")  # fmt: skip


def safe_text(text: str) -> bool:
    norm = normalize_chat(text)
    return not any(word in norm for word in DESTRUCTIVE) and not norm.strip().isdigit()


messages = st.one_of(
    st.sampled_from(SAFE_PHRASES).map(lambda t: ("text", t)),
    st.sampled_from(SAFE_CHOICES).map(lambda c: ("choice", c)),
    st.text(max_size=60).filter(safe_text).map(lambda t: ("text", t)),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(messages, min_size=1, max_size=25))
def test_random_conversations_never_raise_and_never_lose_the_cart(sequence):
    shop = MemoryShop()
    data = ConversationState().to_dict()
    for number, (kind, value) in enumerate(sequence):
        state = ConversationState.from_dict(json.loads(json.dumps(data)))
        before = {line.sku for line in state.cart.lines}
        message = InboundMessage(
            channel="whatsapp",
            external_id=f"m{number}",
            sender=ChannelIdentity("whatsapp", user_id="MX.1"),
            kind=InboundKind.CHOICE if kind == "choice" else InboundKind.TEXT,
            text=value if kind == "text" else "",
            choice_id=value if kind == "choice" else None,
        )
        result = handle_turn(state, message, CUSTOMER, shop, NOW)
        check_replies(result.replies)
        data = state.to_dict()
        after = {line.sku for line in state.cart.lines}
        if result.order_placed is None:
            assert before <= after, (value, state.step)

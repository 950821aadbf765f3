"""The cart: view, typed and picked edits, emptying, cancelling."""

from __future__ import annotations

import pytest

from mostrador.services.conversation.state import Step


def with_cart(chat):
    """Pickup chosen; 2 cafés 500 g, 1 bocina and 3 galletas de avena in the cart."""
    chat.say("quiero hacer un pedido")
    chat.pick("Retiro en tienda")
    for query, answer, quantity in (("cafe molido 500", None, "2"), ("bocina", None, "1"),
                                    ("galletas avena", None, "3")):  # fmt: skip
        chat.say(query)
        if answer:
            chat.say(answer)
        chat.say(quantity)
    assert [(li.sku, li.quantity) for li in chat.state.cart.lines] == [
        ("CAF-500", 2),
        ("BOC-MINI", 1),
        ("GAL-AVE", 3),
    ]
    return chat


def skus(chat):
    return [(li.sku, li.quantity) for li in chat.state.cart.lines]


def test_the_cart_shows_lines_unit_prices_subtotals_and_total(chat):
    with_cart(chat).say("ver carrito")
    assert chat.body == (
        "Tu carrito:\n"
        "• 2 × Café Molido Veracruz 500 g — $189.00 c/u = $378.00\n"
        "• 1 × Bocina Bluetooth Mini — $350.00\n"
        "• 3 × Galletas de Avena con Pasas — $38.00 c/u = $114.00\n"
        "Subtotal: $842.00\n"
        "¿Qué quieres hacer con tu carrito?"
    )
    assert chat.titles() == ["Finalizar compra", "Agregar otro producto", "Quitar un producto",
                             "Cambiar cantidad", "Vaciar carrito", "Volver al menú"]  # fmt: skip


def test_the_cart_with_delivery_adds_the_zone_cost_to_the_total(chat):
    chat.say("quiero pedir")
    chat.pick("Envío a domicilio")
    chat.say("06700")
    chat.say("Calle Colima 12, Roma Norte")
    chat.say("bocina")
    chat.say("1")
    chat.say("carrito")
    assert "Subtotal: $350.00\nEnvío: $50.00\nTotal: $400.00\n" in chat.body


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        ("quita las galletas", [("CAF-500", 2), ("BOC-MINI", 1)]),
        ("elimina el café", [("BOC-MINI", 1), ("GAL-AVE", 3)]),
        ("mejor quita la bocina", [("CAF-500", 2), ("GAL-AVE", 3)]),
        ("que sean 3 del café", [("CAF-500", 3), ("BOC-MINI", 1), ("GAL-AVE", 3)]),
        ("cambia el café a 1", [("CAF-500", 1), ("BOC-MINI", 1), ("GAL-AVE", 3)]),
    ],
)
def test_typed_edits_at_the_anything_else_question(chat, edit, expected):
    with_cart(chat).say(edit)
    assert skus(chat) == expected
    assert chat.state.step == Step.NEXT
    assert chat.body.endswith("¿Quieres agregar algo más o finalizar tu compra?")


def test_removing_the_speaker_says_so_then_asks_what_next(chat):
    with_cart(chat).say("mejor quita la bocina")
    assert chat.body.startswith("Listo, quité Bocina Bluetooth Mini de tu carrito.\nTu carrito:")


def test_removing_something_not_in_the_cart_shows_the_cart(chat):
    with_cart(chat).say("quita la miel")
    assert chat.body.startswith("No encontré «miel» en tu carrito.\nTu carrito:")
    assert len(skus(chat)) == 3


def test_picking_a_line_to_remove(chat):
    with_cart(chat).say("carrito")
    chat.pick("Quitar un producto")
    assert chat.body == "¿Cuál quito de tu carrito?"
    chat.say("2")
    assert skus(chat) == [("CAF-500", 2), ("GAL-AVE", 3)]
    assert chat.state.step == Step.CART


def test_changing_a_quantity_from_the_cart(chat):
    with_cart(chat).say("carrito")
    chat.pick("Cambiar cantidad")
    chat.say("galletas")
    assert chat.body == "¿Cuántas unidades de Galletas de Avena con Pasas quieres ahora?"
    chat.say("5")
    assert skus(chat) == [("CAF-500", 2), ("BOC-MINI", 1), ("GAL-AVE", 5)]
    assert chat.body.startswith("Listo, ahora llevas 5 × Galletas de Avena con Pasas.\n")


def test_emptying_the_cart_is_confirmed_first(chat):
    with_cart(chat).say("vaciar carrito")
    assert chat.body == "¿Quieres vaciar tu carrito?"
    assert len(skus(chat)) == 3
    chat.pick("Sí, vaciarlo")
    assert skus(chat) == []
    assert chat.body == "Listo, vacié tu carrito.\n¿En qué te puedo ayudar hoy?"


def test_saying_no_to_emptying_keeps_the_cart(chat):
    with_cart(chat).say("vaciar carrito")
    chat.say("no")
    assert len(skus(chat)) == 3
    assert chat.body.startswith("Perfecto, tu carrito sigue igual.\n")


def test_cancelar_with_a_cart_asks_then_cancels_the_draft(chat):
    with_cart(chat).say("cancelar")
    assert chat.body == "¿Quieres cancelar tu pedido y vaciar tu carrito?"
    chat.say("sí")
    assert chat.body == "Listo, cancelé tu pedido.\n¿En qué te puedo ayudar hoy?"
    assert skus(chat) == [] and chat.state.mode is None


def test_cancelar_without_a_cart_leaves_the_step(chat):
    chat.say("quiero pedir")
    chat.say("cancelar")
    assert chat.body == "Listo, lo dejamos aquí.\n¿En qué te puedo ayudar hoy?"
    assert chat.state.step == Step.MENU


def test_free_text_finish_and_add_answers_at_the_anything_else_question(chat):
    with_cart(chat).say("no, eso es todo")
    assert chat.state.step == Step.NAME
    with_cart_again = chat
    with_cart_again.say("menu")
    assert with_cart_again.body == (
        "Tu carrito sigue guardado (6 productos).\n¿En qué te puedo ayudar hoy?"
    )

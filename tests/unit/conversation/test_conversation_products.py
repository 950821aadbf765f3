"""Searching, picking, variants, sold-out refusals and quantities."""

from __future__ import annotations

import pytest
from tests.support.conversation import mxn

from mostrador.domain.catalog import Product
from mostrador.domain.messages import ChoicesReply
from mostrador.services.conversation.state import Step


def ordering(chat):
    chat.say("quiero hacer un pedido")
    chat.pick("Retiro en tienda")
    return chat


def test_variants_are_one_product_in_the_results_and_asked_afterwards(chat):
    ordering(chat).say("tenis")
    assert chat.body == "¿Qué talla quieres de Tenis Runner Pro?"
    assert [(o.id, o.title, o.description) for o in chat.choices().options] == [
        ("v:TEN-25", "Talla 25", "$1,299.00 · agotado"),
        ("v:TEN-26", "Talla 26", "$1,299.00"),
        ("v:TEN-27", "Talla 27", "$1,349.00"),
    ]
    chat.pick("Talla 27")
    assert chat.body == (
        "Precio: $1,349.00 por unidad.\n¿Cuántas unidades de Tenis Runner Pro Talla 27 quieres?"
    )


def test_a_sold_out_variant_is_refused_with_the_other_variants(chat):
    ordering(chat).say("tenis")
    chat.pick("Talla 25")
    assert chat.body == (
        "Lo siento, Tenis Runner Pro Talla 25 está agotado por ahora.\n"
        "¿Te interesa alguna de estas opciones?"
    )
    assert chat.titles() == ["Talla 26", "Talla 27", "Buscar otra cosa"]
    assert chat.state.cart.empty


def test_a_sold_out_product_is_refused_with_the_next_results(chat):
    ordering(chat).say("galletas")
    assert chat.body == "Esto encontré para «galletas»:\n¿Cuál quieres?"
    assert [(o.title, o.description) for o in chat.choices().options][:2] == [
        ("Galletas Avena con Pasas", "Galletas de Avena con Pasas · $38.00"),
        ("Galletas con Chispas", "Galletas con Chispas de Chocolate · $42.00 · agotado"),
    ]
    chat.pick("Galletas con Chispas")
    assert chat.body == (
        "Lo siento, Galletas con Chispas de Chocolate está agotado por ahora.\n"
        "¿Te interesa alguna de estas opciones?"
    )
    assert chat.titles() == ["Galletas Avena con Pasas", "Buscar otra cosa"]


def test_the_results_body_never_claims_a_listed_product_is_unavailable(chat):
    ordering(chat).say("galletas")
    body = chat.body.lower()
    assert all(word not in body for word in ("agotad", "disponible", "stock"))


@pytest.mark.parametrize(
    ("answer", "sku"),
    [("2", "CAF-250"), ("Café Molido 250 g", "CAF-250"), ("el de 500 g", "CAF-500"),
     ("cafe molido veracruz 250 g", "CAF-250"), ("1️⃣", "CAF-500")],
)  # fmt: skip
def test_a_typed_number_or_name_answers_the_product_list(chat, answer, sku):
    ordering(chat).say("cafe molido")
    chat.say(answer)
    assert chat.state.step == Step.QUANTITY
    assert chat.state.sku == sku


def test_text_that_names_no_option_is_a_new_search(chat):
    ordering(chat).say("cafe molido")
    chat.say("miel")
    assert chat.state.sku == "MIE-ABE"


@pytest.mark.parametrize(
    ("answer", "quantity"),
    [("3", 3), ("tres", 3), ("quiero 2 por favor", 2), ("una", 1), ("diez", 10)],
)
def test_quantities_as_digits_or_words(chat, answer, quantity):
    ordering(chat).say("bocina")
    chat.say(answer)
    assert [(li.sku, li.quantity) for li in chat.state.cart.lines] == [("BOC-MINI", quantity)]


def test_an_unreadable_quantity_gets_a_short_clarification(chat):
    ordering(chat).say("bocina")
    chat.say("muchas")
    assert chat.body == (
        "Escríbeme la cantidad con número, por ejemplo: 2.\n"
        "¿Cuántas unidades de Bocina Bluetooth Mini quieres?"
    )
    assert chat.state.cart.empty


def test_more_than_the_stock_says_how_many_are_left_and_asks_again(chat):
    ordering(chat).say("miel")
    chat.say("12")
    assert chat.body == (
        "Solo nos quedan 9 de Miel de Abeja Natural 500 ml.\n"
        "¿Cuántas unidades de Miel de Abeja Natural 500 ml quieres?"
    )
    chat.say("9")
    assert chat.state.cart.units == 9


def test_no_results_asks_for_another_product(chat):
    ordering(chat).say("licuadora")
    assert chat.body == (
        "No encontré «licuadora». Puedes escribirlo de otra forma.\n¿Qué otro producto buscas?"
    )


def test_more_than_eight_products_are_paged(chat, shop):
    shop.catalog += [
        Product(f"VEL-{n}", f"Vela Aromática {n}", mxn("50.00"), stock=None) for n in range(11)
    ]
    ordering(chat).say("vela")
    assert len(chat.titles()) == 10
    assert chat.titles()[-2:] == ["Ver más", "Buscar otra cosa"]
    chat.pick("Ver más")
    assert chat.body == "Más resultados para «vela»:\n¿Cuál quieres?"
    assert chat.titles() == ["Vela Aromática 8", "Vela Aromática 9", "Vela Aromática 10",
                             "Buscar otra cosa"]  # fmt: skip


def test_results_option_titles_stay_distinct_when_shortened(chat):
    ordering(chat).say("cafe")
    reply = chat.result.replies[-1]
    assert isinstance(reply, ChoicesReply)
    titles = [o.title for o in reply.options]
    assert len(set(titles)) == len(titles)

"""Understanding shoppers: one-message orders, corrections at any step, regional forms,
small talk. Every case runs through handle_turn with the state reloaded from JSON."""

from __future__ import annotations

import pytest

from mostrador.domain.orders import DeliveryMode
from mostrador.services.conversation.state import ConversationState, Step

NEXT_QUESTION = "¿Quieres agregar algo más o finalizar tu compra?"
CART_QUESTION = "¿Qué quieres hacer con tu carrito?"


def lines(chat):
    return [(line.sku, line.quantity) for line in chat.state.cart.lines]


def question(chat):
    return chat.body.splitlines()[-1]


# -- one-message orders -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "mode", "cart", "asked"),
    [
        (
            "hola, me mandás 2 tazas azules y una miel? paso a buscar",
            DeliveryMode.PICKUP,
            [("TAZ-AZU", 2), ("MIE-ABE", 1)],
            NEXT_QUESTION,
        ),
        (
            "quiero 3 cafés molidos de 500 y una miel, envío a domicilio",
            DeliveryMode.DELIVERY,
            [],
            "¿Cuál es tu código postal?",
        ),
        (
            "che, pasame 2 tazas azules y unas galletas de avena, las paso a buscar",
            DeliveryMode.PICKUP,
            [("TAZ-AZU", 2)],
            "¿Cuántas unidades de Galletas de Avena con Pasas quieres?",
        ),
        (
            "buenas, quiero media docena de tazas blancas para recoger en tienda",
            DeliveryMode.PICKUP,
            [],
            "¿Cuántas unidades de Taza de Cerámica Blanca quieres?",
        ),
        (
            "quiero un par de tazas azules y 3 mieles, paso por ellas",
            DeliveryMode.PICKUP,
            [("TAZ-AZU", 2), ("MIE-ABE", 3)],
            NEXT_QUESTION,
        ),
        (
            "holaaa q tal, kiero 2 tenis runner talla 27 xfa, paso a recogerlos",
            DeliveryMode.PICKUP,
            [("TEN-27", 2)],
            NEXT_QUESTION,
        ),
    ],
)
def test_a_one_message_order_fills_what_it_states_and_asks_only_the_rest(
    chat, message, mode, cart, asked
):
    chat.say(message)
    assert chat.state.mode == mode
    assert lines(chat) == cart
    assert question(chat) == asked


def test_media_docena_is_six_once_the_stock_allows_it(chat):
    chat.say("buenas, quiero media docena de tazas blancas para recoger en tienda")
    # Only 5 in stock: the bot says so and asks again rather than adding 6.
    assert "Solo nos quedan 5 de Taza de Cerámica Blanca." in chat.body
    chat.say("5")
    assert lines(chat) == [("TAZ-BCO", 5)]


def test_a_delivery_one_message_order_adds_everything_after_the_address(chat):
    chat.say("quiero 3 cafés molidos de 500 y una miel, envío a domicilio")
    assert chat.body == (
        "¡Hola, Ana! 👋 Te damos la bienvenida a Tienda Luna.\n"
        "Anoté: 3 × cafés molidos de 500; 1 × miel.\n"
        "¿Cuál es tu código postal?"
    )
    chat.say("06700")
    chat.say("Calle Colima 12, Roma Norte")
    assert lines(chat) == [("CAF-500", 3), ("MIE-ABE", 1)]
    assert question(chat) == NEXT_QUESTION


def test_a_stated_quantity_is_used_once_the_variant_is_picked(chat):
    chat.say("quiero 2 tenis runner, paso a buscarlos")
    assert question(chat) == "¿Qué talla quieres de Tenis Runner Pro?"
    chat.pick("Talla 26")
    assert lines(chat) == [("TEN-26", 2)]
    assert chat.body.startswith("Listo, agregué 2 × Tenis Runner Pro Talla 26 a tu carrito 🛒")


def test_a_variant_asked_while_more_products_wait_names_each_option_in_full(chat):
    """Rows titled "Talla 26" say nothing of their product while the miel waits its turn."""
    chat.say("quiero 2 tenis runner y una miel, paso a buscarlos")
    # The sold-out Talla 25 is in the list only: named in the text it would read as "no".
    assert chat.body == (
        "• Tenis Runner Pro Talla 26 — $1,299.00\n"
        "• Tenis Runner Pro Talla 27 — $1,349.00\n"
        "¿Qué talla quieres de Tenis Runner Pro?"
    )
    chat.pick("Talla 27")
    assert lines(chat) == [("TEN-27", 2), ("MIE-ABE", 1)]


def test_the_last_product_of_a_message_gets_the_plain_variant_question(chat):
    chat.say("quiero una miel y unos tenis runner, paso a buscarlos")
    assert chat.body == "¿Qué talla quieres de Tenis Runner Pro?"


def test_a_product_typed_with_its_quantity_at_the_search_question_is_added_at_once(chat):
    chat.say("quiero pedir")
    chat.pick("Retiro en tienda")
    chat.say("3 mieles")
    assert lines(chat) == [("MIE-ABE", 3)]
    assert question(chat) == NEXT_QUESTION


def test_products_named_at_the_anything_else_question_are_searched_with_their_quantity(chat):
    chat.say("quiero 1 miel, paso a buscarla")
    chat.say("y 2 tazas azules")
    assert lines(chat) == [("MIE-ABE", 1), ("TAZ-AZU", 2)]
    chat.say("agrega también una bocina")
    assert lines(chat) == [("MIE-ABE", 1), ("TAZ-AZU", 2), ("BOC-MINI", 1)]


# -- corrections ------------------------------------------------------------------------------


def cart_of_three(chat):
    """Pickup; 2 cafés 500 g, 1 bocina, 3 galletas de avena (the bocina added last)."""
    chat.say("quiero 2 cafés molidos de 500 y 3 galletas de avena, paso a buscar")
    chat.say("1 bocina")
    assert lines(chat) == [("CAF-500", 2), ("GAL-AVE", 3), ("BOC-MINI", 1)]
    return chat


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        ("que sean 3", [("CAF-500", 2), ("GAL-AVE", 3), ("BOC-MINI", 3)]),
        ("mejor 2", [("CAF-500", 2), ("GAL-AVE", 3), ("BOC-MINI", 2)]),
        ("déjalo en 4", [("CAF-500", 2), ("GAL-AVE", 3), ("BOC-MINI", 4)]),
        ("quita las galletas", [("CAF-500", 2), ("BOC-MINI", 1)]),
        ("siempre no quiero las galletas", [("CAF-500", 2), ("BOC-MINI", 1)]),
        ("ya no quiero el café", [("GAL-AVE", 3), ("BOC-MINI", 1)]),
        ("sin las galletas porfa", [("CAF-500", 2), ("BOC-MINI", 1)]),
        ("quitá la bocina", [("CAF-500", 2), ("GAL-AVE", 3)]),
        ("agrega otro café", [("CAF-500", 3), ("GAL-AVE", 3), ("BOC-MINI", 1)]),
        ("dos más de galletas", [("CAF-500", 2), ("GAL-AVE", 5), ("BOC-MINI", 1)]),
        ("cambia el café a 1", [("CAF-500", 1), ("GAL-AVE", 3), ("BOC-MINI", 1)]),
        ("mejor 5 de las galletas", [("CAF-500", 2), ("GAL-AVE", 5), ("BOC-MINI", 1)]),
        ("x3 del café", [("CAF-500", 2), ("GAL-AVE", 3), ("BOC-MINI", 1)]),
    ],
)
def test_corrections_at_the_anything_else_question(chat, edit, expected):
    cart_of_three(chat).say(edit)
    assert lines(chat) == expected
    assert chat.state.step == Step.NEXT
    assert question(chat) == NEXT_QUESTION


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        ("quita las galletas", [("CAF-500", 2), ("BOC-MINI", 1)]),
        ("mejor 2", [("CAF-500", 2), ("GAL-AVE", 3), ("BOC-MINI", 2)]),
        ("agrega otra bocina", [("CAF-500", 2), ("GAL-AVE", 3), ("BOC-MINI", 2)]),
    ],
)
def test_corrections_at_the_cart_view_show_the_cart_again(chat, edit, expected):
    cart_of_three(chat).say("ver carrito")
    chat.say(edit)
    assert lines(chat) == expected
    assert question(chat) == CART_QUESTION
    assert "Tu carrito:" in chat.body


def at_payment(chat):
    cart_of_three(chat).say("listo, eso es todo")
    chat.say("Ana López")
    chat.say("ana@example.org")
    assert chat.state.step == Step.PAY and len(chat.shop.placed) == 1
    return chat


def at_old_summary(chat):
    """A conversation stored by an older version at its Confirmar/Editar/Cancelar summary."""
    cart_of_three(chat).say("listo, eso es todo")
    chat.say("Ana López")
    state = ConversationState.from_dict(chat.data)
    state.email, state.step = "ana@example.org", Step.SUMMARY
    chat.data = state.to_dict()
    return chat


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        ("siempre no quiero las galletas", [("CAF-500", 2), ("BOC-MINI", 1)]),
        ("cambia el café a 1", [("CAF-500", 1), ("GAL-AVE", 3), ("BOC-MINI", 1)]),
        ("que sean 2", [("CAF-500", 2), ("GAL-AVE", 3), ("BOC-MINI", 2)]),
        ("quiero editar mi pedido", [("CAF-500", 2), ("GAL-AVE", 3), ("BOC-MINI", 1)]),
    ],
)
def test_corrections_after_ordering_take_the_unpaid_order_back_changed(chat, edit, expected):
    at_payment(chat).say(edit)
    assert chat.shop.cancelled == ["M-000001"]
    assert lines(chat) == expected
    assert question(chat) == CART_QUESTION


def test_no_la_otra_switches_the_variant_just_added_keeping_the_quantity(chat):
    chat.say("quiero 2 tenis runner talla 26, paso a buscar")
    assert lines(chat) == [("TEN-26", 2)]
    chat.say("no, la 27")
    assert lines(chat) == [("TEN-27", 2)]
    assert chat.body.startswith(
        "Listo, cambié Tenis Runner Pro Talla 26 por 2 × Tenis Runner Pro Talla 27."
    )
    assert question(chat) == NEXT_QUESTION


def test_a_variant_switch_that_names_no_variant_is_read_normally(chat):
    chat.say("quiero 2 tenis runner talla 26, paso a buscar")
    chat.say("no, la verde")
    assert lines(chat) == [("TEN-26", 2)]


def test_another_of_something_not_in_the_cart_is_an_order_for_it(chat):
    chat.say("quiero 1 miel, paso a buscarla")
    chat.say("agrega otra taza azul")
    assert lines(chat) == [("MIE-ABE", 1), ("TAZ-AZU", 1)]


def test_a_product_dropped_before_it_was_searched_is_not_searched(chat):
    chat.say("quiero miel y unas galletas de avena, paso a buscar")
    assert question(chat) == "¿Cuántas unidades de Miel de Abeja Natural 500 ml quieres?"
    chat.say("quita las galletas")
    assert chat.body == (
        "Listo, ya no busco «galletas».\n¿Cuántas unidades de Miel de Abeja Natural 500 ml quieres?"
    )
    chat.say("2")
    assert lines(chat) == [("MIE-ABE", 2)]
    assert question(chat) == NEXT_QUESTION


def test_mejor_at_a_quantity_question_answers_it(chat):
    chat.say("quiero miel, paso a buscar")
    chat.say("3, no, mejor 2")
    assert lines(chat) == [("MIE-ABE", 2)]


# -- regional forms, shorthand, emoji ---------------------------------------------------------


@pytest.mark.parametrize(
    "finish", ["👍", "dale", "vale", "sí porfa", "siii", "ok", "sale", "simón"]
)
def test_yes_in_any_form_confirms_the_order(chat, finish):
    at_old_summary(chat).say(finish)
    assert len(chat.shop.placed) == 1


@pytest.mark.parametrize("answer", ["👎", "nel", "no gracias", "nop"])
def test_no_in_any_form_keeps_the_order_open(chat, answer):
    at_old_summary(chat).say(answer)
    assert chat.shop.placed == []
    assert lines(chat) == [("CAF-500", 2), ("GAL-AVE", 3), ("BOC-MINI", 1)]
    assert question(chat) == CART_QUESTION


@pytest.mark.parametrize(
    "opening", ["che, querés tomar mi pedido?", "holaaa, q tal, kiero hacer un pedido xfa",
                "buenas, tenés para hacer un pedido porfa?", "quisiera ordenar pls"],
)  # fmt: skip
def test_voseo_and_shorthand_openings_start_an_order(chat, opening):
    chat.say(opening)
    assert question(chat) == (
        "¿Cómo quieres recibir tu pedido: retiro en tienda o envío a domicilio?"
    )


@pytest.mark.parametrize("answer", ["👍", "dale", "vale"])
def test_an_emoji_or_dale_answers_the_empty_cart_question(chat, answer):
    cart_of_three(chat).say("vaciar carrito")
    chat.say(answer)
    assert lines(chat) == []


# -- small talk, insults, getting lost --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("¿cómo estás?", "¡Todo bien por aquí, gracias! 😊 Sigamos con tu pedido."),
        ("jajaja", "¡Todo bien por aquí, gracias! 😊 Sigamos con tu pedido."),
        ("ok gracias", "¡Con gusto! 😊"),
        ("eres un inútil", "Perdón si algo no salió bien 🙏 Quiero ayudarte; si prefieres, "
                           "escribe «asesor»."),
        ("hola", "¡Hola de nuevo! 👋"),
    ],
)  # fmt: skip
def test_small_talk_mid_order_keeps_the_cart_and_reasks(chat, text, note):
    cart_of_three(chat).say(text)
    assert lines(chat) == [("CAF-500", 2), ("GAL-AVE", 3), ("BOC-MINI", 1)]
    assert chat.body == f"{note}\n{NEXT_QUESTION}"


def test_small_talk_at_a_quantity_question_reasks_the_quantity(chat):
    chat.say("quiero miel, paso a buscar")
    chat.say("jaja")
    assert question(chat) == "¿Cuántas unidades de Miel de Abeja Natural 500 ml quieres?"
    chat.say("2")
    assert lines(chat) == [("MIE-ABE", 2)]


def test_two_misses_in_a_row_offer_an_advisor_beside_the_question(chat):
    cart_of_three(chat).say("asdf qwer")
    assert "Hablar con un asesor" not in chat.titles()
    chat.say("zxcv bnm")
    assert "Hablar con un asesor" in chat.titles()
    assert question(chat) == NEXT_QUESTION
    assert lines(chat) == [("CAF-500", 2), ("GAL-AVE", 3), ("BOC-MINI", 1)]


@pytest.mark.parametrize(
    ("message", "mode", "cart"),
    [
        ("necesito un par de tazas azules y 2 mieles, lo retiro en tienda", DeliveryMode.PICKUP,
         [("TAZ-AZU", 2), ("MIE-ABE", 2)]),
        ("hi, quiero ordenar 2 mieles para pick up", DeliveryMode.PICKUP, [("MIE-ABE", 2)]),
        ("quiero 2 mieles y 1 bocina, delivery por favor", DeliveryMode.DELIVERY, []),
        ("quiero 2 mieles, me las mandan a mi casa", DeliveryMode.DELIVERY, []),
    ],
)  # fmt: skip
def test_the_delivery_words_never_end_up_in_a_product_search(chat, message, mode, cart):
    chat.say(message)
    assert chat.state.mode == mode
    assert lines(chat) == cart
    assert [w.query for w in chat.state.wanted] in (
        [],
        ["bocina"],
        ["mieles"],
        ["mieles", "bocina"],
    )


def test_nothing_else_at_the_other_product_question_goes_to_checkout(chat):
    chat.say("quiero 1 miel y 2 pelotas, paso a buscar")
    assert question(chat) == "¿Qué otro producto buscas?"
    chat.say("nada más, eso es todo")
    assert question(chat) == "¿A nombre de quién hacemos el pedido? Escribe tu nombre completo."
    assert lines(chat) == [("MIE-ABE", 1)]


def test_a_color_alone_does_not_pick_a_color_and_size_variant(chat):
    from dataclasses import replace

    base = chat.shop.catalog[0]
    for sku, variant in (("PLA-NEG-M", "Negro / M"), ("PLA-NEG-G", "Negro / G")):
        chat.shop.catalog.append(
            replace(base, sku=sku, name="Playera Básica", variant_group="PLA", variant=variant)
        )
    chat.say("quiero 2 playeras negro, paso a buscar")
    assert lines(chat) == []
    assert question(chat).endswith("quieres de Playera Básica?")
    chat.pick("Negro / M")
    assert lines(chat) == [("PLA-NEG-M", 2)]


@pytest.mark.parametrize(
    ("query", "text", "shown"),
    [
        ("galletas marias", "unas galletas Marías porfa", "galletas Marías"),
        ("toalla de bano gris", "una toalla de baño gris", "toalla de baño gris"),
        ("coca de 600", "2 COCA DE 600", "coca de 600"),  # shouting is not echoed
        ("pan dulce", "algo de pan", "pan dulce"),  # words not typed stay as read
    ],
)
def test_what_was_understood_is_said_back_in_the_customers_own_spelling(query, text, shown):
    from mostrador.services.conversation.menu import as_typed

    assert as_typed(query, text) == shown


def test_a_postal_code_said_in_the_first_message_is_not_asked_again(chat):
    """vivero22-ar-02: "me lo mandás a Vista Hermosa? CP 62290" was asked its code again."""
    chat.say("hola, te encargo 2 tazas azules, me las mandas a casa? CP 06700")
    assert chat.state.postal_code == "06700"
    assert chat.body.endswith("¿Cuál es la dirección de entrega? (calle, número y colonia)")
    chat.say("Calle Colima 12, Roma Norte")
    assert lines(chat) == [("TAZ-AZU", 2)]

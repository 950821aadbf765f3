"""The ordering journey end to end through handle_turn, state reloaded from JSON every turn."""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.support.conversation import body_of

from mostrador.domain.messages import LinkReply
from mostrador.domain.money import Money
from mostrador.domain.orders import DeliveryMode
from mostrador.domain.shop import DeliveryZone
from mostrador.services.conversation.state import Step


def test_pickup_order_from_hello_to_payment_link_in_eight_turns(chat, shop):
    chat.say("hola")
    assert chat.body == (
        "¡Hola, Ana! 👋 Te damos la bienvenida a Tienda Luna.\n¿En qué te puedo ayudar hoy?"
    )
    assert [(o.title, o.description) for o in chat.choices().options] == [
        ("Pedir para recoger", "Lo recoges en la tienda"),
        ("Pedir a domicilio", "Te lo llevamos a tu puerta"),
        ("Repetir mi último pedido", ""),
        ("Estado de mi pedido", ""),
        ("Hablar con un asesor", ""),
        ("Preguntas frecuentes", ""),
    ]
    chat.pick("Pedir para recoger")
    assert chat.body == (
        "¡Perfecto! Lo recoges en nuestra tienda: Av. Juárez 10, Centro.\n¿Qué producto buscas?"
    )
    chat.say("cafe molido")
    assert chat.body == "Esto encontré para «cafe molido»:\n¿Cuál quieres?"
    assert [(o.title, o.description) for o in chat.choices().options] == [
        ("Café Molido 500 g", "Café Molido Veracruz 500 g · $189.00"),
        ("Café Molido 250 g", "Café Molido Veracruz 250 g · $99.00"),
        ("Buscar otra cosa", ""),
    ]
    chat.pick("Café Molido 500 g")
    assert chat.body == (
        "Precio: $189.00 por unidad.\n¿Cuántas unidades de Café Molido Veracruz 500 g quieres?"
    )
    chat.say("2")
    assert chat.body == (
        "Listo, agregué 2 × Café Molido Veracruz 500 g a tu carrito 🛒\n"
        "Tu carrito:\n• 2 × Café Molido Veracruz 500 g — $378.00\nSubtotal: $378.00\n"
        "¿Quieres agregar algo más o finalizar tu compra?"
    )
    assert chat.titles() == ["Agregar otro producto", "Finalizar compra", "Ver/editar carrito"]
    chat.pick("Finalizar compra")
    assert chat.body == "¿A nombre de quién hacemos el pedido? Escribe tu nombre completo."
    chat.say("ana pérez")
    assert chat.body == (
        "Te contactaremos a este número de WhatsApp (+52 55 1234 5678); si prefieres otro, "
        "escríbelo.\n¿Cuál es tu correo electrónico?"
    )
    replies = chat.say("ana.perez@example.org")
    assert replies == [
        LinkReply(
            "¡Listo, Ana! Tu pedido M-000001 quedó registrado 📝\n"
            "• 2 × Café Molido Veracruz 500 g — $189.00 c/u = $378.00\n"
            "Entrega: retiro en tienda (Av. Juárez 10, Centro)\n"
            "Subtotal: $378.00\n"
            "A nombre de: Ana Pérez\nTeléfono: +52 55 1234 5678\nCorreo: ana.perez@example.org\n"
            "Paga aquí con tarjeta de forma segura 👇\n"
            "¿Algo que corregir? Escribe «editar» y lo ajustamos antes de pagar.",
            "https://pay.example/M-000001",
            "Pagar ahora",
        )
    ]
    assert chat.count == 8
    assert chat.result.order_placed is not None
    [placed] = shop.placed
    assert [(li.sku, li.quantity) for li in placed.cart.lines] == [("CAF-500", 2)]
    assert placed.delivery.mode == DeliveryMode.PICKUP
    assert (placed.contact.name, placed.contact.phone, placed.contact.email) == (
        "Ana Pérez",
        "+525512345678",
        "ana.perez@example.org",
    )
    assert chat.state.cart.empty and chat.state.step == Step.PAY


def test_typing_pedido_at_the_menu_still_asks_how_to_receive_it(chat):
    chat.say("hola")
    chat.say("quiero hacer un pedido")
    assert chat.body == "¿Cómo quieres recibir tu pedido: retiro en tienda o envío a domicilio?"


def test_the_delivery_row_of_the_menu_asks_the_postal_code(chat):
    chat.say("hola")
    chat.pick("Pedir a domicilio")
    assert chat.body == "¿Cuál es tu código postal?"
    assert chat.state.mode == DeliveryMode.DELIVERY


def test_a_shop_with_one_delivery_mode_keeps_a_single_order_row(new_chat, shop, base_settings):
    shop.shop_settings = replace(base_settings, delivery_zones=())
    chat = new_chat()
    chat.say("hola")
    assert chat.titles()[0] == "Hacer un pedido"
    assert "Pedir a domicilio" not in chat.titles()


def test_delivery_order_charges_the_zone_cost_and_keeps_the_address_verbatim(chat, shop):
    chat.say("quiero hacer un pedido")
    chat.pick("Envío a domicilio")
    assert chat.body == "¿Cuál es tu código postal?"
    chat.say("06700")
    assert chat.body == (
        "¡Perfecto! Al código postal 06700 el envío cuesta $50.00 y llega hoy mismo.\n"
        "¿Cuál es la dirección de entrega? (calle, número y colonia)"
    )
    chat.say("  Calle Colima 12, Col. Roma Norte ")
    assert chat.body == "¿Qué producto buscas?"
    chat.say("miel")
    assert chat.body == (
        "Precio: $110.00 por unidad.\n¿Cuántas unidades de Miel de Abeja Natural 500 ml quieres?"
    )
    chat.say("una")
    chat.pick("Finalizar compra")
    chat.say("Luis Gómez")
    chat.say("luis@example.net")
    assert "Entrega: envío a Calle Colima 12, Col. Roma Norte, CP 06700\n" in chat.body
    assert "Subtotal: $110.00\nEnvío: $50.00\nTotal: $160.00\n" in chat.body
    [placed] = shop.placed
    assert placed.delivery.mode == DeliveryMode.DELIVERY
    assert placed.delivery.postal_code == "06700"
    assert placed.delivery.address == "Calle Colima 12, Col. Roma Norte"
    assert placed.delivery.cost == Money(5000, "MXN")
    assert chat.result.order_placed is not None
    assert chat.result.order_placed.total == Money(16000, "MXN")


def test_postal_code_outside_every_zone_offers_pickup_or_another_code(chat):
    chat.say("quiero pedir")
    chat.pick("Envío a domicilio")
    chat.say("44100")
    assert chat.body == (
        "Lo siento, por ahora no hacemos envíos al código postal 44100.\n"
        "¿Prefieres recogerlo en tienda o probar con otro código postal?"
    )
    assert chat.titles() == ["Retiro en tienda", "Otro código postal"]
    chat.say("03100")
    assert chat.body.startswith("¡Perfecto! Al código postal 03100 el envío es gratis.\n")
    assert chat.state.postal_code == "03100"


def test_outside_zone_customer_can_switch_to_pickup(chat):
    chat.say("quiero pedir")
    chat.pick("Envío a domicilio")
    chat.say("44100")
    chat.pick("Retiro en tienda")
    assert chat.state.mode == DeliveryMode.PICKUP
    assert chat.body.endswith("¿Qué producto buscas?")


def test_a_wrong_postal_code_gets_an_example(chat):
    chat.say("quiero pedir")
    chat.pick("Envío a domicilio")
    chat.say("mi casa")
    assert chat.body == (
        "Mmm, «mi casa» no parece un código postal. Escríbelo así, por ejemplo: 06700.\n"
        "¿Cuál es tu código postal?"
    )


def test_a_too_short_address_is_asked_again(chat):
    chat.say("quiero pedir")
    chat.pick("Envío a domicilio")
    chat.say("06700")
    chat.say("12")
    assert chat.state.step == Step.ADDRESS
    assert chat.body.endswith("¿Cuál es la dirección de entrega? (calle, número y colonia)")


def test_shop_with_pickup_only_does_not_ask_the_delivery_mode(new_chat, base_settings):
    chat = new_chat(settings=replace(base_settings, delivery_zones=()))
    chat.say("hola")
    chat.pick("Hacer un pedido")
    assert chat.body == (
        "¡Perfecto! Lo recoges en nuestra tienda: Av. Juárez 10, Centro.\n¿Qué producto buscas?"
    )


def test_shop_with_delivery_only_asks_the_postal_code_straight_away(new_chat, base_settings):
    chat = new_chat(settings=replace(base_settings, pickup_enabled=False))
    chat.say("hola")
    chat.pick("Hacer un pedido")
    assert chat.body == "Te lo enviamos a domicilio 🚚\n¿Cuál es tu código postal?"


def test_first_message_with_products_skips_the_menu_and_searches_after_the_mode(chat):
    chat.say("hola, quiero 2 cafés molidos")
    assert chat.body == (
        "¡Hola, Ana! 👋 Te damos la bienvenida a Tienda Luna.\n"
        "¿Cómo quieres recibir tu pedido: retiro en tienda o envío a domicilio?"
    )
    replies = chat.pick("Retiro en tienda")
    # The choice of products stands alone; what came before it is its own message.
    assert [body_of(r) for r in replies] == [
        "¡Perfecto! Lo recoges en nuestra tienda: Av. Juárez 10, Centro.",
        "Esto encontré para «cafes molidos»:\n¿Cuál quieres?",
    ]


def test_first_message_stating_mode_items_and_quantities_fills_the_cart_at_once(chat):
    chat.say("buenas, quiero una miel y 2 tazas azules para recoger en tienda")
    assert chat.state.mode == DeliveryMode.PICKUP
    assert [(li.sku, li.quantity) for li in chat.state.cart.lines] == [
        ("MIE-ABE", 1),
        ("TAZ-AZU", 2),
    ]
    assert chat.body == (
        "¡Hola, Ana! 👋 Te damos la bienvenida a Tienda Luna.\n"
        "Anoté: 1 × miel; 2 × tazas azules.\n"
        "¡Perfecto! Lo recoges en nuestra tienda: Av. Juárez 10, Centro.\n"
        "Listo, agregué 1 × Miel de Abeja Natural 500 ml a tu carrito 🛒\n"
        "Listo, agregué 2 × Taza de Cerámica Azul a tu carrito 🛒\n"
        "Tu carrito:\n"
        "• 1 × Miel de Abeja Natural 500 ml — $110.00\n"
        "• 2 × Taza de Cerámica Azul — $240.00\n"
        "Subtotal: $350.00\n"
        "¿Quieres agregar algo más o finalizar tu compra?"
    )


def test_first_message_without_quantities_still_asks_each_one(chat):
    chat.say("buenas, quiero miel y unas tazas azules para recoger en tienda")
    assert chat.body.endswith("¿Cuántas unidades de Miel de Abeja Natural 500 ml quieres?")
    chat.say("1")
    assert chat.body.endswith("¿Cuántas unidades de Taza de Cerámica Azul quieres?")
    chat.say("2")
    assert [(li.sku, li.quantity) for li in chat.state.cart.lines] == [
        ("MIE-ABE", 1),
        ("TAZ-AZU", 2),
    ]


def test_adding_a_second_product_asks_the_product_again(chat):
    chat.say("quiero pedir")
    chat.pick("Retiro en tienda")
    chat.say("miel")
    chat.say("1")
    chat.pick("Agregar otro producto")
    assert chat.body == "¿Qué producto buscas?"
    chat.say("bocina")
    chat.say("dos")
    assert chat.state.cart.units == 3


@pytest.mark.parametrize(
    ("country", "postal_code", "hint"),
    [
        ("MX", "06700", "(calle, número y colonia)"),
        ("AR", "1425", "(calle, altura, piso/depto y barrio)"),
        ("ES", "28013", "(calle, número, piso y puerta)"),
        ("CL", "8320000", "(calle, número, depto y comuna)"),
        ("PE", "15001", "(calle o jirón, número y distrito)"),
        ("US", "10001", "(calle, número y apartamento)"),
        ("GT", "01001", "(calle, número y barrio)"),
    ],
)
def test_the_address_question_speaks_the_shops_country(
    new_chat, base_settings, country, postal_code, hint
):
    zones = (DeliveryZone(postal_code[:2], Money(5000, "MXN")),)
    chat = new_chat(settings=replace(base_settings, country=country, delivery_zones=zones))
    chat.say("hola")
    chat.pick("Pedir a domicilio")
    chat.say(postal_code)
    assert chat.body.endswith(f"¿Cuál es la dirección de entrega? {hint}")


@pytest.mark.parametrize("typed", ["080020", "08 0020", "080-020"])
def test_a_code_one_of_the_shops_zones_starts_is_taken_whatever_the_country_setting(
    new_chat, base_settings, typed
):
    """A Barranquilla shop left with the default country (Mexico: five digits) still takes
    the six-digit codes its own zones are written in."""
    zones = (DeliveryZone("08002", Money(5000, "MXN")),)
    chat = new_chat(settings=replace(base_settings, country="MX", delivery_zones=zones))
    chat.say("hola")
    chat.pick("Pedir a domicilio")
    chat.say(typed)
    assert chat.state.postal_code == "080020"
    assert chat.body.endswith("¿Cuál es la dirección de entrega? (calle, número y colonia)")

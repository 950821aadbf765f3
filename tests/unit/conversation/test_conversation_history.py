"""Repeating the last order at today's prices, and the status of recent orders."""

from __future__ import annotations

from mostrador.services.conversation.state import Step


def test_repeat_refills_the_cart_at_todays_prices_and_skips_what_is_sold_out(chat, shop):
    shop.past_order("M-000042", [("CAF-500", "Café Molido Veracruz 500 g", "150.00", 2),
                                 ("GAL-CHO", "Galletas con Chispas de Chocolate", "40.00", 1),
                                 ("OLD-1", "Producto descontinuado", "10.00", 1)])  # fmt: skip
    chat.say("hola")
    chat.pick("Repetir mi último pedido")
    assert chat.body == (
        "Cargué tu último pedido (M-000042) con los precios de hoy.\n"
        "No pude agregar (ya no los tenemos): Galletas con Chispas de Chocolate, "
        "Producto descontinuado.\n"
        "¿Cómo quieres recibir tu pedido: retiro en tienda o envío a domicilio?"
    )
    [line] = chat.state.cart.lines
    assert (line.sku, line.quantity, line.unit_price.amount) == ("CAF-500", 2, 18900)
    chat.pick("Retiro en tienda")
    assert chat.state.step == Step.NEXT
    assert chat.body.endswith("Subtotal: $378.00\n¿Quieres agregar algo más o finalizar tu compra?")


def test_repeat_without_a_previous_order_offers_to_start_one(chat):
    chat.say("quiero repetir mi último pedido")
    assert chat.body == (
        "¡Hola, Ana! 👋 Te damos la bienvenida a Tienda Luna.\n"
        "Todavía no tienes pedidos con nosotros.\n¿Quieres hacer uno ahora?"
    )
    chat.say("sí")
    assert chat.state.step == Step.DELIVERY_MODE


def test_status_lists_recent_orders_with_the_payment_link_when_pending(chat, shop):
    shop.past_order("M-000007", [("MIE-ABE", "Miel", "110.00", 1)])
    chat.say("quiero pedir")
    chat.pick("Retiro en tienda")
    chat.say("bocina")
    chat.say("1")
    chat.pick("Finalizar compra")
    chat.say("Ana López")
    chat.say("ana@example.org")
    chat.say("estado de mi pedido")
    assert chat.body == (
        "Tus pedidos recientes:\n"
        "• M-000001 · 14/03/2025 · $350.00 · pendiente de pago\n"
        "  Paga aquí: https://pay.example/M-000001\n"
        "• M-000007 · 07/03/2025 · $110.00 · pagado\n"
        "¿En qué más te puedo ayudar?"
    )


def test_status_without_orders_says_so(chat):
    chat.say("hola")
    chat.pick("Estado de mi pedido")
    assert chat.body == "Todavía no tienes pedidos con nosotros.\n¿En qué te puedo ayudar hoy?"

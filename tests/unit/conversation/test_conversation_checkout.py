"""Checkout: name, phone (asked only without one), email, summary and placing the order."""

from __future__ import annotations

from mostrador.domain.messages import InboundKind, SharedContact
from mostrador.services.conversation.ports import CustomerView, OutOfStock
from mostrador.services.conversation.state import Step

USERNAME = CustomerView(id=2, phone=None, display_name="Sofi", username="@sofi")


def at_name(chat):
    chat.say("quiero hacer un pedido")
    chat.pick("Retiro en tienda")
    chat.say("miel")
    chat.say("2")
    chat.pick("Finalizar compra")
    assert chat.state.step == Step.NAME
    return chat


def test_a_username_customer_is_asked_for_a_phone_which_is_validated_and_remembered(new_chat, shop):
    chat = at_name(new_chat(USERNAME))
    chat.say("Sofía Ramírez")
    assert chat.body == "¿A qué número de teléfono te podemos contactar?"
    chat.say("12345")
    assert chat.body == (
        "Ese número no parece completo. Escríbelo con lada, por ejemplo: 55 1234 5678.\n"
        "¿A qué número de teléfono te podemos contactar?"
    )
    chat.say("55 1234 5678")
    assert chat.body == (
        "Perfecto, te contactaremos al +52 55 1234 5678.\n¿Cuál es tu correo electrónico?"
    )
    assert shop.phones == [(2, "+525512345678")]
    chat.say("sofia@example.org")
    chat.pick("Confirmar pedido")
    assert shop.placed[0].contact.phone == "+525512345678"


def test_a_shared_contact_answers_the_phone_question(new_chat, shop):
    chat = at_name(new_chat(USERNAME))
    chat.say("Sofía Ramírez")
    contact = SharedContact(name="Sofía", phones=("+52 1 55 8765 4321",), origin="contact_request")
    chat.turn(InboundKind.CONTACTS, contacts=(contact,))
    assert chat.state.phone == "+525587654321"
    assert chat.body.endswith("¿Cuál es tu correo electrónico?")


def test_a_bad_email_is_explained_then_a_good_one_is_taken(chat):
    at_name(chat).say("Ana Pérez")
    chat.say("ana arroba correo")
    assert chat.state.step == Step.EMAIL
    assert chat.body.endswith("\n¿Cuál es tu correo electrónico?")
    assert chat.body != "¿Cuál es tu correo electrónico?"
    chat.say("ana@example.org")
    assert chat.state.step == Step.SUMMARY
    assert chat.state.email == "ana@example.org"


def test_a_misspelt_provider_is_offered_its_fix_as_a_yes_no(chat):
    at_name(chat).say("Ana Pérez")
    chat.say("ana@gmial.com")
    assert chat.body.endswith("¿Quisiste decir ana@gmail.com?")
    assert chat.titles() == ["Sí, es ese", "No, lo escribo"]
    chat.say("sí")
    assert chat.state.email == "ana@gmail.com"
    assert chat.state.step == Step.SUMMARY


def test_a_phone_typed_at_the_email_question_replaces_the_whatsapp_number(chat, shop):
    at_name(chat).say("Ana Pérez")
    chat.say("55 8765 4321")
    assert chat.body == (
        "Perfecto, te contactaremos al +52 55 8765 4321.\n¿Cuál es tu correo electrónico?"
    )
    chat.say("ana@example.org")
    chat.pick("Confirmar pedido")
    assert shop.placed[0].contact.phone == "+525587654321"
    assert shop.phones == []  # the WhatsApp number stays the customer's identity


def test_a_name_without_letters_is_asked_again(chat):
    at_name(chat).say("12345")
    assert chat.state.step == Step.NAME
    assert chat.body == (
        "Necesito un nombre y apellido, por ejemplo: Ana Pérez.\n"
        "¿A nombre de quién hacemos el pedido? Escribe tu nombre completo."
    )


def test_stock_sold_at_the_last_moment_goes_back_to_the_cart(chat, shop):
    at_name(chat).say("Ana Pérez")
    chat.say("ana@example.org")
    shop.race = OutOfStock("MIE-ABE", "Miel de Abeja Natural 500 ml", 1)
    chat.pick("Confirmar pedido")
    assert shop.placed == []
    assert chat.result.order_placed is None
    assert chat.body.startswith("Solo quedan 1 de Miel de Abeja Natural 500 ml; ajusté tu carrito.")
    assert [(li.sku, li.quantity) for li in chat.state.cart.lines] == [("MIE-ABE", 1)]
    assert chat.state.step == Step.CART


def test_a_sold_out_line_at_confirmation_is_removed(chat, shop):
    at_name(chat).say("Ana Pérez")
    chat.say("ana@example.org")
    shop.race = OutOfStock("MIE-ABE", "Miel de Abeja Natural 500 ml", 0)
    chat.say("confirmo")
    assert chat.body.startswith("Se acaba de agotar Miel de Abeja Natural 500 ml 😔")
    assert chat.state.cart.empty


def test_editing_from_the_summary_shows_the_cart(chat):
    at_name(chat).say("Ana Pérez")
    chat.say("ana@example.org")
    chat.pick("Editar carrito")
    assert chat.state.step == Step.CART


def test_a_typed_edit_at_the_summary_rebuilds_the_summary(chat):
    at_name(chat).say("Ana Pérez")
    chat.say("ana@example.org")
    chat.say("que sean 3 de la miel")
    assert chat.body.startswith("Listo, ahora llevas 3 × Miel de Abeja Natural 500 ml.\n")
    assert chat.body.endswith("¿Confirmas tu pedido?")


def test_gracias_after_paying_is_answered_warmly(chat):
    at_name(chat).say("Ana Pérez")
    chat.say("ana@example.org")
    chat.pick("Confirmar pedido")
    chat.say("muchas gracias!")
    assert chat.body == "¡Gracias a ti! 😊 Aquí estoy si necesitas algo más."

"""Anytime commands, FAQ, handoff, non-text messages, native carts and hostile input."""

from __future__ import annotations

import pytest

from mostrador.domain.messages import (
    InboundKind,
    Location,
    MediaKind,
    OrderedItem,
    SystemEvent,
    TextReply,
)
from mostrador.services.conversation.state import Step


def with_miel(chat):
    chat.say("quiero pedir")
    chat.pick("Retiro en tienda")
    chat.say("miel")
    chat.say("2")
    return chat


def test_asking_for_a_person_hands_off_and_the_bot_goes_silent(chat):
    with_miel(chat).say("quiero hablar con un asesor")
    assert chat.result.replies == [
        TextReply(
            "Listo, ya le avisé a una persona del equipo; te responderá por aquí muy pronto 🙌 "
            "Nuestro horario es lunes a sábado de 9 a 19 h."
        )
    ]
    assert chat.result.handoff_requested is True
    assert chat.state.handoff is True
    for text in ("hola?", "menu", "2"):
        assert chat.say(text) == []
        assert chat.result.handoff_requested is False
    assert chat.state.cart.units == 2


def test_the_engine_resumes_when_staff_release_the_chat(chat):
    with_miel(chat).say("asesor")
    chat.data["handoff"] = False
    chat.say("finalizar")
    assert chat.state.step == Step.NAME


def test_faq_list_and_answers(chat):
    chat.say("hola")
    chat.pick("Preguntas frecuentes")
    assert chat.body == "¿Qué quieres saber?"
    assert chat.titles() == ["¿Aceptan tarjeta?", "¿Dan factura?", "¿Cuál es su horario?",
                             "¿Dónde están?", "¿Hacen… domicilio?",
                             "Volver al menú"]  # fmt: skip
    chat.pick("¿Dan factura?")
    assert chat.body == "Sí, pídela a un asesor con tu RFC.\n¿Tienes otra pregunta?"


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("¿a qué hora abren?", "Nuestro horario es lunes a sábado de 9 a 19 h."),
        ("hacen envíos?", "Sí, hacemos envíos a domicilio; el costo depende de tu código postal."
                          " También puedes recoger en tienda."),
        ("aceptan tarjeta?", "Sí, aceptamos tarjeta de crédito y débito."),
    ],
)  # fmt: skip
def test_typed_faq_questions_are_answered_from_the_settings(chat, question, answer):
    chat.say("hola")
    chat.pick("Preguntas frecuentes")
    chat.say(question)
    assert chat.body == f"{answer}\n¿Tienes otra pregunta?"


def test_a_faq_question_mid_order_keeps_the_cart_and_the_question(chat):
    with_miel(chat).say("¿aceptan tarjeta?")
    assert chat.body == (
        "Sí, aceptamos tarjeta de crédito y débito.\n"
        "¿Quieres agregar algo más o finalizar tu compra?"
    )
    assert chat.state.cart.units == 2


def test_menu_anytime_keeps_the_cart(chat):
    with_miel(chat).say("menú")
    assert chat.body == "Tu carrito sigue guardado (2 productos).\n¿En qué te puedo ayudar hoy?"
    chat.pick("Pedir para recoger")
    assert chat.body == (
        "¡Perfecto! Lo recoges en nuestra tienda: Av. Juárez 10, Centro.\n"
        "Tu carrito:\n• 2 × Miel de Abeja Natural 500 ml — $220.00\nSubtotal: $220.00\n"
        "¿Quieres agregar algo más o finalizar tu compra?"
    )


def test_ayuda_explains_and_repeats_the_question(chat):
    chat.say("quiero pedir")
    chat.say("ayuda")
    assert chat.body.startswith("Puedo ayudarte a hacer un pedido")
    assert chat.body.endswith(
        "¿Cómo quieres recibir tu pedido: retiro en tienda o envío a domicilio?"
    )


def test_two_misunderstandings_in_a_row_offer_a_person(chat):
    chat.say("quiero pedir")
    chat.say("zzz")
    assert chat.body == (
        "Perdón, no te entendí 🙈\n"
        "¿Cómo quieres recibir tu pedido: retiro en tienda o envío a domicilio?"
    )
    assert chat.titles() == ["Retiro en tienda", "Envío a domicilio"]
    chat.say("qqq")
    assert chat.titles() == ["Retiro en tienda", "Envío a domicilio", "Hablar con un asesor"]
    chat.say("3")
    assert chat.state.handoff is True


def test_a_voice_note_is_politely_refused(chat):
    chat.say("quiero pedir")
    chat.media(MediaKind.AUDIO, voice=True)
    assert chat.result.replies == [
        TextReply("Por ahora no puedo escuchar audios 🙈, ¿me lo escribes?")
    ]
    assert chat.state.step == Step.DELIVERY_MODE


@pytest.mark.parametrize("kind", [MediaKind.IMAGE, MediaKind.STICKER, MediaKind.VIDEO,
                                  MediaKind.DOCUMENT])  # fmt: skip
def test_media_without_text_repeats_the_current_question(chat, kind):
    chat.say("quiero pedir")
    chat.media(kind)
    assert chat.body == (
        "Por ahora solo puedo leer mensajes de texto 🙂\n"
        "¿Cómo quieres recibir tu pedido: retiro en tienda o envío a domicilio?"
    )


def test_an_image_caption_is_read_as_text(chat):
    chat.say("quiero pedir")
    chat.media(MediaKind.IMAGE, caption="retiro en tienda")
    assert chat.state.step == Step.SEARCH


def test_a_location_with_an_address_answers_the_address_question(chat):
    chat.say("quiero pedir")
    chat.pick("Envío a domicilio")
    chat.say("06700")
    chat.turn(InboundKind.LOCATION, location=Location(19.41, -99.16, "Casa", "Colima 12, Roma"))
    assert chat.state.address == "Casa, Colima 12, Roma"
    assert chat.body == "¿Qué producto buscas?"


def test_a_bare_location_still_needs_the_written_address(chat):
    chat.say("quiero pedir")
    chat.pick("Envío a domicilio")
    chat.say("06700")
    chat.turn(InboundKind.LOCATION, location=Location(19.41, -99.16))
    assert chat.body == (
        "¡Gracias por tu ubicación! 📍 Aun así necesito la dirección escrita.\n"
        "¿Cuál es la dirección de entrega? (calle, número y colonia)"
    )


def test_a_thumbs_up_confirms_a_pending_yes_no_and_is_ignored_elsewhere(chat):
    with_miel(chat).turn(InboundKind.REACTION, reaction="👍")
    assert chat.result.replies == []
    chat.say("vaciar carrito")
    chat.turn(InboundKind.REACTION, reaction="👍")
    assert chat.state.cart.empty


def test_unsupported_and_system_messages(chat):
    chat.say("quiero pedir")
    chat.turn(InboundKind.UNSUPPORTED, error="Message type unknown")
    assert chat.body.startswith("Lo siento, no puedo ver ese tipo de mensaje 🙈\n¿Cómo quieres")
    assert chat.turn(InboundKind.SYSTEM, system=SystemEvent("user_changed_number")) == []


def test_a_native_cart_fills_the_cart_skipping_unknown_and_sold_out_items(chat):
    chat.turn(
        InboundKind.ORDER,
        items=(OrderedItem("CAF-250", 2), OrderedItem("GAL-CHO", 1), OrderedItem("NOPE", 1)),
    )
    assert chat.body == (
        "Recibí tu carrito 🛒\n"
        "• 2 × Café Molido Veracruz 250 g — $198.00\n"
        "No pude agregar: Galletas con Chispas de Chocolate, NOPE (ya no los tenemos).\n"
        "¿Cómo quieres recibir tu pedido: retiro en tienda o envío a domicilio?"
    )
    chat.pick("Retiro en tienda")
    assert chat.body.endswith("¿A nombre de quién hacemos el pedido? Escribe tu nombre completo.")


@pytest.mark.parametrize(
    "text",
    ["", "   ", "😀😀😀", "<script>alert(1)</script>", "'; DROP TABLE orders; --",
     "a\x00b\x00c", "x" * 5000, "🙈" * 3000, "\n\n\n", "1" * 400, "¿¿??", "%s %d {0}"],
)  # fmt: skip
def test_hostile_or_empty_input_gets_a_sensible_answer(chat, text):
    replies = chat.say(text)
    assert len(replies) == 1
    assert chat.body.endswith("?")
    with_miel(chat).say(text)
    assert chat.state.cart.units == 2
    assert chat.body.endswith("?")


def test_greeting_mid_order_keeps_everything(chat):
    with_miel(chat).say("hola")
    assert chat.body == "¡Hola de nuevo! 👋\n¿Quieres agregar algo más o finalizar tu compra?"
    assert chat.state.cart.units == 2

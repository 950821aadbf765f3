"""Portuguese and English customers are answered in their language for the whole chat;
every Spanish sentence has its pt-BR and English translation."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_file

import mostrador.services.conversation as conversation
from mostrador.services.conversation import i18n

SOURCES = ("texts.py", "order_texts.py")


def spanish_messages() -> list[str]:
    folder = Path(conversation.__file__).parent
    found: list[str] = []
    for name in SOURCES:
        for _line, message, _comments, _context in extract_from_file("python", folder / name):
            assert isinstance(message, str)
            found.append(message)
    return found


@pytest.mark.parametrize("language", ["pt", "en"])
def test_every_spanish_sentence_has_a_translation_with_the_same_placeholders(language):
    catalog = i18n.catalog(language)
    messages = spanish_messages()
    assert len(messages) > 150
    missing = [m for m in messages if not catalog.get(m)]
    assert missing == []
    for message in messages:
        placeholders = set(re.findall(r"\{\w+\}", message))
        assert set(re.findall(r"\{\w+\}", catalog[message])) == placeholders, message
        if message.endswith("?"):
            assert catalog[message].endswith("?"), message


def test_option_titles_stay_within_whatsapps_limit_in_every_language():
    from mostrador.services.conversation import texts

    titles = [v for k, v in vars(texts).items() if k.startswith("OPT_")]
    titles += [title for _id, title in (texts.MENU_ORDER, *texts.MENU_OTHERS)]
    titles += [title for _id, title, _about in texts.MENU_ORDER_BY_MODE]
    for language in ("pt", "en"):
        assert all(len(i18n.catalog(language)[t]) <= 24 for t in titles), language


def test_spanish_is_the_default_and_unknown_codes_fall_back_to_it():
    with i18n.using("fr"):
        assert i18n._("¿Qué producto buscas?") == "¿Qué producto buscas?"
    with i18n.using("en"):
        assert i18n._("¿Qué producto buscas?") == "What product are you looking for?"
    assert i18n.current() == "es"


def test_a_portuguese_customer_is_answered_in_portuguese_through_checkout(chat):
    chat.say("olá, quero comprar")
    assert chat.state.language == "pt"
    assert chat.body.endswith(
        "Como você quer receber seu pedido: retirada na loja ou entrega em domicílio?"
    )
    assert chat.titles() == ["Retirada na loja", "Entrega em domicílio"]
    chat.pick("Retirada na loja")
    assert chat.body == (
        "Perfeito! Você retira na nossa loja: Av. Juárez 10, Centro.\nQual produto você procura?"
    )
    chat.say("2 mieles")
    assert [(li.sku, li.quantity) for li in chat.state.cart.lines] == [("MIE-ABE", 2)]
    assert chat.body.startswith("Pronto, adicionei 2 × Miel de Abeja Natural 500 ml ao seu")
    assert chat.body.endswith("Quer adicionar algo mais ou finalizar sua compra?")
    chat.say("não")
    assert chat.body == "Em nome de quem fazemos o pedido? Escreva seu nome completo."
    chat.say("João Silva")
    chat.say("joao@example.org")
    assert chat.body.startswith("Pronto, João! Seu pedido M-000001 foi registrado 📝\n")
    assert chat.body.endswith(
        "Pague aqui com cartão com segurança 👇\n"
        "Algo para corrigir? Escreva «editar» e ajustamos antes do pagamento."
    )
    assert len(chat.shop.placed) == 1
    assert chat.state.language == "pt"
    chat.say("quero alterar")
    assert chat.body.startswith("Cancelei o pedido M-000001 para você ajustar")


def test_an_english_customer_is_answered_in_english(chat):
    chat.say("hi, I want to order")
    assert chat.state.language == "en"
    assert chat.titles() == ["Store pickup", "Home delivery"]
    chat.pick("Store pickup")
    assert chat.body.endswith("What product are you looking for?")
    chat.say("honey")
    assert chat.body.endswith("I couldn't find «honey». You can write it another way.\n"
                              "What other product are you looking for?")  # fmt: skip
    chat.say("miel")
    assert chat.body.endswith("How many units of Miel de Abeja Natural 500 ml do you want?")
    chat.say("yes")  # not a quantity: asked again, in English
    assert chat.body == (
        "Write the quantity as a number, for example: 2.\n"
        "How many units of Miel de Abeja Natural 500 ml do you want?"
    )


def test_a_typed_translated_option_title_is_understood(chat):
    chat.say("olá, quero comprar")
    chat.say("retirada na loja")
    assert chat.body.endswith("Qual produto você procura?")


def test_spanish_shoppers_stay_in_spanish_after_a_stray_english_word(chat):
    chat.say("hola, quiero hacer un pedido")
    chat.pick("Retiro en tienda")
    chat.say("ok")
    chat.say("yes")
    assert chat.state.language == "es"


# -- voseo for shops in Argentina and Uruguay ---------------------------------------------------

_TU_VERBS = re.compile(
    r"\b(quieres|puedes|buscas|tienes|escribe|elige|prefieres|necesitas)\b", re.I
)


def test_every_spanish_sentence_with_a_tu_verb_has_its_voseo_form():
    voseo = i18n.catalog(i18n.VOSEO)
    missing = [m for m in spanish_messages() if _TU_VERBS.search(m) and m not in voseo]
    assert missing == [], "run scripts/voseo_catalog.py and read the diff"
    for message, vos in voseo.items():
        assert set(re.findall(r"\{\w+\}", vos)) == set(re.findall(r"\{\w+\}", message)), message
        assert not _TU_VERBS.search(vos), vos


def test_an_argentine_shop_speaks_with_vos_and_a_mexican_one_does_not(new_chat, base_settings):
    from dataclasses import replace

    chat = new_chat(settings=replace(base_settings, country="AR"))
    chat.say("hola")
    assert "Pedir para retirar" in chat.titles()
    chat.pick("Pedir para retirar")
    assert chat.body == (
        "¡Perfecto! Lo retirás en nuestra tienda: Av. Juárez 10, Centro.\n¿Qué producto buscás?"
    )
    chat.say("miel")
    assert chat.body.endswith("¿Cuántas unidades de Miel de Abeja Natural 500 ml querés?")
    chat.say("2")
    assert chat.body.endswith("¿Querés agregar algo más o finalizar tu compra?")
    chat.pick("Finalizar compra")
    assert chat.body == "¿A nombre de quién hacemos el pedido? Escribí tu nombre completo."

    mexican = new_chat(settings=replace(base_settings, country="MX"))
    mexican.say("quiero hacer un pedido")
    assert mexican.body.endswith(
        "¿Cómo quieres recibir tu pedido: retiro en tienda o envío a domicilio?"
    )

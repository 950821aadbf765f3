"""Language detection, small talk, insults, voseo and chat shorthand."""

from __future__ import annotations

import pytest

from mostrador.domain.language import (
    detect_language,
    is_no,
    is_yes,
    looks_like_insult,
    looks_like_small_talk,
    normalize_chat,
    split_quantity,
)


@pytest.mark.parametrize(
    ("text", "current", "expected"),
    [
        ("olá, quero comprar", "", "pt"),
        ("oi, tudo bem?", "", "pt"),
        ("Bom dia, gostaria de fazer um pedido", "", "pt"),
        ("hi, I want to order", "", "en"),
        # A greeting alone leaves Spanish: US Spanish speakers open with "hello" too.
        ("hello", "", None),
        ("I need coffee please", "", "en"),
        ("hola", "", "es"),
        ("ola, quiero leche", "", "es"),
        ("buenas tardes", "", "es"),
        ("hi", "", None),  # one word is not enough to leave Spanish
        ("yes", "es", None),
        ("ok", "", None),
        ("2", "pt", None),
        ("Ana Pérez", "", None),
        ("quiero 2 cafés por favor", "en", "es"),  # clear Spanish switches back
        ("sim", "pt", None),
        # Asked in Spanish, or asking for Spanish (jugueteria22-us-05, us-15).
        ("Hello! hablan español?", "", "es"),
        ("good afternoon, hablo con la jugueteria?", "", "es"),
        ("Hello! do you speak spanish?", "", "es"),
        ("I do not speak Spanish", "", None),
    ],
)
def test_the_language_is_detected_only_on_clear_evidence(text, current, expected):
    assert detect_language(text, current) == expected


@pytest.mark.parametrize(
    "text", ["¿cómo estás?", "como estas", "jajaja", "jsjs", "xD", "que tal todo", "ahh ok"]
)
def test_small_talk(text):
    assert looks_like_small_talk(text)


@pytest.mark.parametrize("text", ["2", "sí", "quiero café", "no", "va", "cómo pago?"])
def test_not_small_talk(text):
    assert not looks_like_small_talk(text)


@pytest.mark.parametrize("text", ["eres un inútil", "bot estúpido", "qué pendejo", "boludo"])
def test_insults(text):
    assert looks_like_insult(text)


@pytest.mark.parametrize("text", ["tonto no, quiero el café tonto de 500 g y otras cosas más"])
def test_long_messages_are_never_taken_as_insults(text):
    assert not looks_like_insult(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("querés pasar?", "quieres pasar"),
        ("tenés coca?", "tienes coca"),
        ("holaaa q tal xfa", "hola que tal por favor"),
        ("kiero 2 porfis", "quiero 2 por favor"),
        ("vos podés?", "tu puedes"),
        ("tmb quiero pan xq si", "tambien quiero pan porque si"),
    ],
)
def test_voseo_and_shorthand_are_spelled_out(text, expected):
    assert normalize_chat(text) == expected


@pytest.mark.parametrize(
    ("text", "yes", "no"),
    [("👍", True, False), ("👎", False, True), ("👍🏽", True, False),
     ("dale", True, False), ("vale", True, False), ("nel", False, True)],
)  # fmt: skip
def test_emoji_and_regional_yes_no(text, yes, no):
    assert (is_yes(text), is_no(text)) == (yes, no)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("me mandás 2 coca sin azúcar de 600", (2, "coca sin azúcar de 600")),
        ("pasame media docena de huevos", (6, "huevos")),
        ("un par de tazas", (2, "tazas")),
        ("galletas x3", (3, "galletas")),
        ("jabón 3 unidades", (3, "jabón")),
        ("me regalas doce panes", (12, "panes")),
        ("quince tortillas", (15, "tortillas")),
        ("veinte bolillos", (20, "bolillos")),
    ],
)
def test_quantities_in_item_requests(text, expected):
    assert split_quantity(text) == expected

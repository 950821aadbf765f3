"""Short answers and chat normalization: yes, no, hello, thanks as people really type them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mostrador.domain.language import (
    is_no,
    is_yes,
    looks_like_greeting,
    looks_like_thanks,
    normalize_chat,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Holaaa", "hola"),
        ("siiii", "si"),
        ("llave", "llave"),
        ("carro", "carro"),
        ("leer", "leer"),
        ("acción", "accion"),
        ("q precio tiene", "que precio tiene"),
        ("k onda", "que onda"),
        ("xq no llega", "porque no llega"),
        ("pq", "porque"),
        ("porq", "porque"),
        ("xk", "porque"),
        ("pls", "por favor"),
        ("plis", "por favor"),
        ("mandalo xfa", "mandalo por favor"),
        ("porfaaa", "por favor"),
        ("xfavor", "por favor"),
        ("tmb", "tambien"),
        ("tmbn", "tambien"),
        ("tb quiero pan", "tambien quiero pan"),
        ("1 tb", "1 tb"),
        ("500 grs", "500 grs"),
        ("grax", "gracias"),
        ("grs!", "gracias"),
        ("ntp", "no te preocupes"),
        ("ud", "usted"),
        ("cdo llega", "cuando llega"),
        ("pan d muerto", "pan de muerto"),
        ("x favor", "por favor"),
        ("galletas x 3", "galletas x 3"),
        ("x3", "x3"),
        ("¿Cuánto cuesta?", "cuanto cuesta"),
        ("hola,como estas", "hola como estas"),
        ("cuesta 1.5 o 1,5", "cuesta 1.5 o 1,5"),
        ("ana.perez@gmail.com.", "ana.perez@gmail.com"),
        ("coca-cola 1/2", "coca-cola 1/2"),
        ("ok 👍🏽!!", "ok 👍🏽"),
        ("  ", ""),
    ],
)
def test_chat_text_is_normalized(text: str, expected: str) -> None:
    assert normalize_chat(text) == expected


YES = [
    "sí", "Si", "SI!", "sii", "siii", "sip", "Simón", "simon", "claro", "claro que sí", "dale",
    "va", "vale", "ok", "OK!", "okay", "okey", "oki", "de acuerdo", "correcto", "confirmo",
    "confirmar", "afirmativo", "exacto", "perfecto", "listo", "así es", "por supuesto", "yes",
    "yep", "sim", "👍", "👍🏽", "👌", "✅", "✔️", "🙌", "sí, así está bien", "si quiero",
    "si por favor", "si porfa", "ok 👍", "dale pues", "sí, no hay problema", "no hay problema",
]  # fmt: skip
NO = [
    "no", "No.", "nooo", "nop", "nope", "nel", "para nada", "negativo", "cancelar", "👎", "❌",
    "no gracias", "no, gracias", "no quiero", "mejor no", "ya no", "não",
]  # fmt: skip
NEITHER = [
    "", "...", "hola", "no sé", "no se", "si tienes rojo?", "va a llegar hoy?",
    "¿no tienes otro?", "no te preocupes", "ntp", "quiero dos",
]  # fmt: skip
BOTH = ["si no", "sí, no", "sí. no, espera", "no, sí quiero", "no si", "👍 no", "no 👍"]


@pytest.mark.parametrize("text", YES)
def test_a_yes_is_a_yes_and_not_a_no(text: str) -> None:
    assert (is_yes(text), is_no(text)) == (True, False)


@pytest.mark.parametrize("text", NO)
def test_a_no_is_a_no_and_not_a_yes(text: str) -> None:
    assert (is_yes(text), is_no(text)) == (False, True)


@pytest.mark.parametrize("text", NEITHER)
def test_a_message_that_does_not_answer_is_neither_yes_nor_no(text: str) -> None:
    assert (is_yes(text), is_no(text)) == (False, False)


@pytest.mark.parametrize("text", BOTH)
def test_a_message_that_says_both_is_neither_so_the_bot_asks_again(text: str) -> None:
    assert (is_yes(text), is_no(text)) == (False, False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hola", True),
        ("Holaaa", True),
        ("holaa", True),
        ("holi", True),
        ("buenas", True),
        ("Buen día", True),
        ("buenos días", True),
        ("buenas tardes", True),
        ("muy buenas noches", True),
        ("qué tal", True),
        ("q tal", True),
        ("hey", True),
        ("hi", True),
        ("hello", True),
        ("olá", True),
        ("oi", True),
        ("👋", True),
        ("saludos", True),
        ("hola, quiero una pizza", True),
        ("quiero una pizza", False),
        ("gracias", False),
        ("", False),
    ],
)
def test_greetings_are_recognised(text: str, expected: bool) -> None:
    assert looks_like_greeting(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("gracias", True),
        ("Gracias!!", True),
        ("muchas gracias", True),
        ("mil gracias", True),
        ("grax", True),
        ("ok, gracias", True),
        ("thanks", True),
        ("thank you", True),
        ("obrigado", True),
        ("obrigada", True),
        ("🙏", True),
        ("🙏🏽", True),
        ("hola", False),
        ("ok", False),
        ("", False),
    ],
)
def test_thanks_are_recognised(text: str, expected: bool) -> None:
    assert looks_like_thanks(text) is expected


@given(st.text(max_size=200))
def test_no_text_crashes_and_yes_and_no_never_both_hold(text: str) -> None:
    assert not (is_yes(text) and is_no(text))
    assert isinstance(looks_like_greeting(text), bool)
    assert isinstance(looks_like_thanks(text), bool)


@given(st.text(max_size=200))
def test_normalizing_is_stable_once_done(text: str) -> None:
    once = normalize_chat(text)
    assert once == once.strip()
    assert "  " not in once

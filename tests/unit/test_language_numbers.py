"""Quantities: what a customer asks for, and the sizes that must never be read as counts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mostrador.domain.language import WORD_NUMBERS, parse_quantity, split_quantity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2", 2),
        ("quiero 3", 3),
        ("3 unidades", 3),
        ("x3", 3),
        ("3x", 3),
        ("x 3", 3),
        ("3 piezas", 3),
        ("3 pzas", 3),
        ("3pzas", 3),
        ("son 3 por favor", 3),
        ("2.", 2),
        ("uno", 1),
        ("una", 1),
        ("un", 1),
        ("Dos", 2),
        ("dieciséis", 16),
        ("dieciseis", 16),
        ("veintiuno", 21),
        ("veintidós", 22),
        ("veintinueve", 29),
        ("treinta", 30),
        ("treinta y dos", 32),
        ("cuarenta", 40),
        ("cincuenta", 50),
        ("cien", 100),
        ("999", 999),
        ("una docena", 12),
        ("media docena", 6),
        ("un par", 2),
        ("un par de", 2),
        ("dos docenas", 24),
        ("que sean 3", 3),
        ("mejor 2", 2),
        ("mejor que sean dos", 2),
        ("no 2, mejor 3", 3),
        ("solo una", 1),
        ("quiero 2 de 600 ml", 2),
        ("um", 1),
        ("dois", 2),
        ("duas", 2),
        ("três", 3),
        ("tres", 3),
        ("one", 1),
        ("three", 3),
        ("ten", 10),
    ],
)
def test_a_stated_quantity_is_read(text: str, expected: int) -> None:
    assert parse_quantity(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hola",
        "no sé",
        "0",
        "cero",
        "1000",
        "5512345678",
        "de 600 ml",
        "talla 42",
        "número 27",
        "numero 27",
        "del 42",
        "2 litros",
        "600ml",
        "1 kg",
        "500 grs",
        "32 pulgadas",
        "1 tb",
        "$200",
        "200 pesos",
        "2.5",
        "a las 3",
        "en 2 días",
        "un momento",
        "una pregunta",
        "ps5",
        "7up",
    ],
)
def test_no_quantity_or_a_size_gives_none(text: str) -> None:
    assert parse_quantity(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 coca 600", (2, "coca 600")),
        ("dos cafés molidos", (2, "cafés molidos")),
        ("una docena de huevos", (12, "huevos")),
        ("media docena de donas porfa", (6, "donas")),
        ("un par de tenis", (1, "tenis")),  # one pair of sneakers: sold by the pair
        ("un par de cafés", (2, "cafés")),
        ("x3 galletas", (3, "galletas")),
        ("galletas x3", (3, "galletas")),
        ("coca 3x", (3, "coca")),
        ("galletas 3 piezas", (3, "galletas")),
        ("3 unidades de jabón", (3, "jabón")),
        ("Dame 3 piezas de Jabón Zote.", (3, "Jabón Zote")),
        ("quiero 2 coca 600 por favor", (2, "coca 600")),
        ("2 de 600", (2, "de 600")),
        ("2 7up", (2, "7up")),
        ("coca de 600", (None, "coca de 600")),
        ("tenis del 42", (None, "tenis del 42")),
        ("7up", (None, "7up")),
        ("quiero coca", (None, "coca")),
        ("  leche   entera ", (None, "leche entera")),
        ("", (None, "")),
    ],
)
def test_an_item_request_splits_into_quantity_and_product_query(
    text: str, expected: tuple[int | None, str]
) -> None:
    assert split_quantity(text) == expected


def test_word_numbers_are_folded_spanish_portuguese_and_english() -> None:
    assert WORD_NUMBERS["dieciseis"] == 16
    assert WORD_NUMBERS["veintitres"] == 23
    assert WORD_NUMBERS["duas"] == 2
    assert WORD_NUMBERS["seven"] == 7
    assert all(key == key.lower() and key.isascii() for key in WORD_NUMBERS)


@given(st.text(max_size=200))
def test_no_text_crashes_and_quantities_stay_between_1_and_999(text: str) -> None:
    quantity = parse_quantity(text)
    assert quantity is None or 1 <= quantity <= 999
    split, rest = split_quantity(text)
    assert split is None or 1 <= split <= 999
    assert rest == rest.strip()


@given(
    st.lists(st.sampled_from(["2", "x", "de", "600", "ml", "una", "docena", "coca"]), max_size=8)
)
def test_chat_like_requests_never_crash(words: list[str]) -> None:
    text = " ".join(words)
    quantity, rest = split_quantity(text)
    assert quantity is None or 1 <= quantity <= 999
    assert rest == rest.strip()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Batch 26: a pack's name, a size written with "x", a product named with a "me".
        ("six de negra modelo", (None, "six de negra modelo")),
        ("cajas de autoperforantes 8 x 1/2", (None, "cajas de autoperforantes 8 x 1/2")),
        ("10 metros de cable taller 2x1.5", (None, "10 metros de cable taller 2x1.5")),
        ("la base fit me 110 porcelain", (None, "la base fit me 110 porcelain")),
        # Still counts.
        ("galletas x3", (3, "galletas")),
        ("can u send me 2 packs", (2, "packs")),
    ],
)
def test_sizes_packs_and_names_are_not_counts(text, expected):
    assert split_quantity(text) == expected

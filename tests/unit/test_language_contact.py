"""Contact details at checkout: email, postal code and name pulled out of what people type."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mostrador.domain.language import (
    clean_person_name,
    email_problem,
    parse_email,
    parse_postal_code,
    suggest_email_fix,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ana@example.org", "ana@example.org"),
        ("mi correo es Ana.Perez@Example.org", "ana.perez@example.org"),
        ("mi correo es Ana.Perez@Example.org.", "ana.perez@example.org"),
        ("Correo: <luis_r+tienda@mail.empresa.com.mx>", "luis_r+tienda@mail.empresa.com.mx"),
        ("ana@hotmail.es", "ana@hotmail.es"),
        ("ana@yahoo.com.mx", "ana@yahoo.com.mx"),
        ("ana@mail.com", "ana@mail.com"),
        ("ana@life.com", "ana@life.com"),
        ("ＡＮＡ＠ＧＭＡＩＬ．ＣＯＭ", "ana@gmail.com"),
    ],
)
def test_a_valid_address_is_extracted_lower_cased(text: str, expected: str) -> None:
    assert parse_email(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "no tengo correo",
        "ana.gmail.com",
        "ana@",
        "@gmail.com",
        "ana@gmail",
        "ana@gmail.c",
        "ana..perez@gmail.com",
        "ana@-gmail.com",
        "josé@gmail.com",
        "ana@gmial.com",
        "ana@gmail.con",
    ],
)
def test_a_missing_invalid_or_misspelt_address_gives_none(text: str) -> None:
    assert parse_email(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ana@gmial.com", "ana@gmail.com"),
        ("ana@gamil.com", "ana@gmail.com"),
        ("ana@gmail.con", "ana@gmail.com"),
        ("ana@gmail.co", "ana@gmail.com"),
        ("ana@gmail", "ana@gmail.com"),
        ("ana@gmailcom", "ana@gmail.com"),
        ("ana@hotmial.com", "ana@hotmail.com"),
        ("ana@hotmail.co", "ana@hotmail.com"),
        ("ana@yahoo.con", "ana@yahoo.com"),
        ("ana@outlok.com", "ana@outlook.com"),
        ("Es Ana.P@Hotmal.com.mx", "ana.p@hotmail.com.mx"),
        ("ana@gmail.com", None),
        ("ana@hotmail.es", None),
        ("ana@empresa.com", None),
        ("ana@mail.com", None),
        ("ana@ymail.com", None),
        ("ana@cloud.com", None),
        ("ana@life.com", None),
        ("sin arroba", None),
    ],
)
def test_a_misspelt_provider_domain_is_corrected(text: str, expected: str | None) -> None:
    assert suggest_email_fix(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ana@gmail.com", ""),
        ("", "No encontré un correo en tu mensaje. Escríbelo así: nombre@ejemplo.com"),
        ("ana.gmail.com", "Parece que falta la @. Un correo se ve así: nombre@ejemplo.com"),
        (
            "ana arroba gmail.com",
            "Escribe el símbolo @ en lugar de la palabra «arroba», por favor.",
        ),
        (
            "ana @gmail.com",
            "Parece que hay espacios dentro del correo; escríbelo todo junto, sin espacios.",
        ),
        (
            "ana@empresa. com",
            "Parece que hay espacios dentro del correo; escríbelo todo junto, sin espacios.",
        ),
        ("ana@gmail. com", "¿Quisiste decir ana@gmail.com?"),
        ("ana@gmial.com", "¿Quisiste decir ana@gmail.com?"),
        ("ana@gmail.con", "¿Quisiste decir ana@gmail.com?"),
        ("ana@hotmial.com", "¿Quisiste decir ana@hotmail.com?"),
        ("ana@hotmail.co", "¿Quisiste decir ana@hotmail.com?"),
        ("ana@yahoo.con", "¿Quisiste decir ana@yahoo.com?"),
        ("ana@outlok.com", "¿Quisiste decir ana@outlook.com?"),
        ("ana@gmail", "¿Quisiste decir ana@gmail.com?"),
        ("@gmail.com", "Falta la parte antes de la @ (tu usuario, como ana.perez)."),
        ("ana@", "Falta lo que va después de la @, por ejemplo gmail.com."),
        ("ana@empresa", "Falta la terminación del correo, como .com o .mx."),
        ("ana@empresa.c", "Falta la terminación del correo, como .com o .mx."),
        ("josé@gmail.com", "El correo no puede llevar acentos ni ñ; ¿puedes revisarlo?"),
        (
            "ana@x@empresa.com",
            "El correo lleva una sola @; revisa que no se haya escrito dos veces.",
        ),
        (
            "ana..p@gmail.com",
            "Hay dos puntos seguidos (..) en el correo; revisa que solo haya uno.",
        ),
        (
            "ana!@empresa.com",
            "Ese correo no parece válido; revisa que esté completo, como nombre@ejemplo.com.",
        ),
    ],
)
def test_the_email_problem_is_explained_kindly(text: str, expected: str) -> None:
    assert email_problem(text) == expected


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("06700", "MX", "06700"),
        ("mi cp es 06700", "MX", "06700"),
        ("CP: 06700", "MX", "06700"),
        ("C.P. 06700", "MX", "06700"),
        ("código postal 44100", "MX", "44100"),
        ("6700", "MX", "06700"),
        ("Av. Juárez 12345 int 2, c.p. 06700", "MX", "06700"),
        ("00123", "MX", None),
        ("28013", "ES", "28013"),
        ("cp 08001 Barcelona", "es", "08001"),
        ("99999", "ES", None),
        ("90210", "US", "90210"),
        ("zip 90210-1234", "US", "90210"),
        ("00501", "US", "00501"),
        ("15001", "PE", "15001"),
        ("C1425ABC", "AR", "C1425ABC"),
        ("mi cpa es c1425abc", "AR", "C1425ABC"),
        ("1425", "AR", "1425"),
        ("110111", "CO", "110111"),
        ("8320000", "CL", "8320000"),
        ("832-0000", "CL", "8320000"),
        ("01310-100", "BR", "01310100"),
        ("CEP 01.310-100", "BR", "01310100"),
        ("01310100", "BR", "01310100"),
        ("hola", "MX", None),
        ("5512345678", "MX", None),
        ("06700", "XX", "06700"),  # countries without a known format: 4 to 7 digits
        ("11200", "UY", "11200"),
        ("cp 170150", "EC", "170150"),
        ("hola", "UY", None),
        ("123", "GT", None),
        ("", "MX", None),
    ],
)
def test_the_postal_code_is_extracted_per_country(
    text: str, country: str, expected: str | None
) -> None:
    assert parse_postal_code(text, country) == expected


def test_mexico_is_the_default_country_for_postal_codes() -> None:
    assert parse_postal_code("cp 6700") == "06700"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana Pérez", "Ana Pérez"),
        ("me llamo ana pérez", "Ana Pérez"),
        ("soy Luis", "Luis"),
        ("Soy Luis.", "Luis"),
        ("a nombre de María José López", "María José López"),
        ("Ana Pérez García.", "Ana Pérez García"),
        ("mi nombre es maría de la luz", "María de la Luz"),
        ("JOSÉ DE LA CRUZ", "José de la Cruz"),
        ("hola, soy luis", "Luis"),
        ("Mi nombre es Ana, gracias", "Ana"),
        ("o'brien", "O'Brien"),
        ("jean-pierre dupont", "Jean-Pierre Dupont"),
        ("Ana M. Pérez", "Ana M. Pérez"),
        ("McDonald", "McDonald"),
        ("Luis 👍", "Luis"),
        ("  ñoño ", "Ñoño"),
    ],
)
def test_the_name_is_cleaned_and_capitalised(text: str, expected: str) -> None:
    assert clean_person_name(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "   ", "!!!", "12345", "ana@gmail.com", "Ana 55 1234 5678", "¿cuánto cuesta?", "a" * 81],
)
def test_text_that_is_not_a_name_gives_none(text: str) -> None:
    assert clean_person_name(text) is None


@given(st.text(max_size=300), st.sampled_from(["MX", "AR", "BR", "CO", "CL", "ES", "US", "PE"]))
def test_no_text_crashes_and_results_stay_in_shape(text: str, country: str) -> None:
    email = parse_email(text)
    assert email is None or ("@" in email and email == email.lower())
    fix = suggest_email_fix(text)
    assert fix is None or parse_email(fix) == fix
    assert isinstance(email_problem(text), str)
    code = parse_postal_code(text, country)
    assert code is None or 4 <= len(code) <= 8
    name = clean_person_name(text)
    assert name is None or 0 < len(name) <= 80

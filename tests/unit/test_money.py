from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mostrador.domain.money import Money, MoneyError


@pytest.mark.parametrize(
    ("text", "currency", "amount"),
    [
        ("1299.90", "MXN", 129990),
        ("0", "MXN", 0),
        ("49", "mxn", 4900),
        ("1500", "CLP", 1500),
        ("10.5", "USD", 1050),
        (" 7.25 ", "ARS", 725),
    ],
)
def test_prices_in_major_units_become_integer_minor_units(
    text: str, currency: str, amount: int
) -> None:
    money = Money.parse(text, currency)
    assert money == Money(amount, currency.upper())


@pytest.mark.parametrize("text", ["12,50", "abc", "-1", "1.999", "NaN", "", "1e999999"])
def test_prices_that_are_not_money_are_refused_with_a_reason(text: str) -> None:
    with pytest.raises(MoneyError):
        Money.parse(text, "MXN")


def test_pesos_chilenos_have_no_decimals() -> None:
    with pytest.raises(MoneyError, match="decimales"):
        Money.parse("10.50", "CLP")


def test_adding_different_currencies_is_refused() -> None:
    with pytest.raises(MoneyError):
        Money(100, "MXN") + Money(100, "USD")


def test_the_api_decimal_string_keeps_the_currency_digits() -> None:
    assert Money(129990, "MXN").decimal_string() == "1299.90"
    assert Money(5, "MXN").decimal_string() == "0.05"
    assert Money(1500, "CLP").decimal_string() == "1500"


@pytest.mark.parametrize(
    ("locale", "shown"),
    [("es_MX", "$1,299.90"), ("en_US", "MX$1,299.90")],
)
def test_money_is_formatted_for_the_shop_locale(locale: str, shown: str) -> None:
    assert Money(129990, "MXN").format(locale) == shown


@given(st.integers(min_value=0, max_value=10**12))
def test_decimal_string_round_trips(amount: int) -> None:
    money = Money(amount, "MXN")
    assert Money.parse(money.decimal_string(), "MXN") == money


@pytest.mark.parametrize(
    ("amount", "currency", "locale", "shown"),
    [
        (2380000, "COP", "es_CO", "$23.800"),
        (1250000, "ARS", "es_AR", "$12.500"),
        (1250050, "ARS", "es_AR", "$12.500,50"),  # cents, when there are any, stay
        (5700, "MXN", "es_MX", "$57.00"),
        (23800, "CLP", "es_CL", "$23.800"),
    ],
)
def test_pesos_priced_in_whole_units_show_no_cents(amount, currency, locale, shown):
    assert Money(amount, currency).format(locale) == shown

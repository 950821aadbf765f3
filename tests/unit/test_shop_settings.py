from __future__ import annotations

from typing import Any

import pytest

from mostrador.domain.money import Money
from mostrador.services.shop_settings import SettingsError, parse_settings, to_document, to_domain


def test_an_empty_document_gets_the_defaults() -> None:
    doc = parse_settings({})
    assert (doc.name, doc.currency, doc.locale, doc.pickup_enabled) == (
        "Mi tienda",
        "MXN",
        "es_MX",
        True,
    )


def test_zone_costs_are_shown_with_the_currency_decimals_and_kept_as_money() -> None:
    doc = parse_settings(
        {"delivery_zones": [{"postal_prefix": " 06 ", "cost": "49", "eta": "hoy"}]}
    )
    assert to_document(doc)["delivery_zones"] == [
        {"postal_prefix": "06", "cost": "49.00", "eta": "hoy"}
    ]
    zone = to_domain(doc).zone_for("06700")
    assert zone is not None and zone.cost == Money(4900, "MXN")


@pytest.mark.parametrize(
    ("patch", "message"),
    [
        (
            {"currency": "PESOS"},
            "currency: moneda «PESOS» desconocida (usa un código ISO como MXN)",
        ),
        ({"locale": "xx_YY_ZZ"}, "locale: idioma «xx_YY_ZZ» desconocido (por ejemplo es_MX)"),
        (
            {"delivery_zones": [{"postal_prefix": "06", "cost": "12,50"}]},
            "Costo de envío inválido: «12,50» no es un precio válido (usa punto decimal: 1299.90)",
        ),
        (
            {"delivery_zones": [{"postal_prefix": "06-7", "cost": "1"}]},
            "delivery_zones.0.postal_prefix",
        ),
        ({"order_expiry_minutes": 1}, "order_expiry_minutes"),
        ({"name": ""}, "name"),
    ],
)
def test_settings_a_shop_owner_cannot_use_are_refused_with_a_reason(
    patch: dict[str, Any], message: str
) -> None:
    with pytest.raises(SettingsError) as refused:
        parse_settings(patch)
    assert str(refused.value).startswith(message)


@pytest.mark.parametrize(
    ("document", "country"),
    [
        # The contract's fields only: the country is what they agree on.
        ({"locale": "es-CO", "timezone": "America/Bogota", "currency": "COP"}, "CO"),
        ({"locale": "es_AR", "timezone": "America/Argentina/Cordoba", "currency": "ARS"}, "AR"),
        ({"locale": "es", "timezone": "America/Santiago", "currency": "CLP"}, "CL"),
        ({"locale": "es_419", "timezone": "America/Lima", "currency": "PEN"}, "PE"),
        ({"locale": "es_ES", "timezone": "Europe/Madrid", "currency": "EUR"}, "ES"),
        # A Miami shop written with a Mexican locale is still in the United States.
        ({"locale": "es_MX", "timezone": "America/New_York", "currency": "USD"}, "US"),
        # The timezone left at its default does not outvote the locale and the currency.
        ({"locale": "es_CO", "currency": "COP"}, "CO"),
        ({"currency": "ARS"}, "AR"),
        ({}, "MX"),
        # Said in so many words, the country wins.
        ({"locale": "es_MX", "currency": "MXN", "country": "gt"}, "GT"),
    ],
)
def test_the_country_is_read_from_locale_timezone_and_currency_when_unset(
    document: dict[str, Any], country: str
) -> None:
    doc = parse_settings(document)
    assert doc.region == country
    assert to_domain(doc).country == country


def test_an_unset_country_stays_unset_so_it_follows_a_later_locale() -> None:
    doc = parse_settings({"locale": "es_CO", "currency": "COP"})
    assert to_document(doc)["country"] == ""
    moved = parse_settings({**to_document(doc), "locale": "es_PE", "currency": "PEN"})
    assert moved.region == "PE"


def test_a_country_that_is_no_iso_code_is_refused() -> None:
    with pytest.raises(SettingsError, match="país «COLOMBIA» desconocido"):
        parse_settings({"country": "Colombia"})

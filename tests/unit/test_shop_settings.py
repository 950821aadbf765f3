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

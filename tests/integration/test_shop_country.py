"""A shop configured with the contract's fields only is taken to be where they point."""

from __future__ import annotations

from pathlib import Path

from mostrador.bootstrap import bootstrap
from mostrador.settings import Settings


def test_the_country_follows_the_locale_timezone_and_currency_until_it_is_set(
    tmp_path: Path,
) -> None:
    app = bootstrap(Settings(database_url=f"sqlite:///{tmp_path / 'c.db'}", demo=False))
    shown = app.shop_settings.patch(
        app.shop_id,
        {
            "name": "CeluAccesorios La 72",
            "currency": "COP",
            "locale": "es-CO",
            "timezone": "America/Bogota",
            "delivery_zones": [{"postal_prefix": "08000", "cost": "8000.00", "eta": "hoy"}],
        },
    )
    assert shown["country"] == "CO"
    assert app.shop_settings.get(app.shop_id)["country"] == "CO"
    moved = app.shop_settings.patch(
        app.shop_id, {"currency": "PEN", "locale": "es_PE", "timezone": "America/Lima"}
    )
    assert moved["country"] == "PE"
    pinned = app.shop_settings.patch(app.shop_id, {"country": "ec"})
    assert pinned["country"] == "EC"
    assert app.shop_settings.patch(app.shop_id, {"locale": "es_CO"})["country"] == "EC"

"""A shop that has sold nothing takes the currency of the catalog it imports."""

from __future__ import annotations

from pathlib import Path

import pytest

from mostrador.bootstrap import Container, bootstrap
from mostrador.settings import Settings


@pytest.fixture
def shop(tmp_path: Path) -> Container:
    app = bootstrap(Settings(database_url=f"sqlite:///{tmp_path / 'c.db'}", demo=False))
    app.shop_settings.patch(
        app.shop_id, {"delivery_zones": [{"postal_prefix": "14", "cost": "900"}]}
    )
    return app


CATALOG = (
    "sku,name,price,currency,stock\nREM-1,Remera Lisa,15999.50,{c},4\nGOR-1,Gorra,8000,{c},2\n"
)


def test_an_unsold_shop_adopts_the_single_currency_of_its_catalog(shop: Container) -> None:
    report = shop.catalog.import_csv(shop.shop_id, CATALOG.format(c="ARS"))
    assert report.imported == 2 and report.errors == []
    assert report.warnings[-1].startswith("La tienda ahora cobra en ARS")
    settings = shop.shop_settings.get(shop.shop_id)
    assert settings["currency"] == "ARS"
    assert settings["delivery_zones"] == [{"postal_prefix": "14", "cost": "900.00", "eta": ""}]


def test_zone_costs_follow_a_currency_without_decimals(shop: Container) -> None:
    shop.catalog.import_csv(shop.shop_id, "sku,name,price,currency\nX1,Pan,1500,CLP\n")
    settings = shop.shop_settings.get(shop.shop_id)
    assert (settings["currency"], settings["delivery_zones"][0]["cost"]) == ("CLP", "900")


def test_a_catalog_in_the_shops_own_currency_changes_nothing(shop: Container) -> None:
    report = shop.catalog.import_csv(shop.shop_id, CATALOG.format(c="MXN"))
    assert not any("ahora cobra" in w for w in report.warnings)
    assert shop.shop_settings.get(shop.shop_id)["currency"] == "MXN"


def test_a_catalog_mixing_currencies_changes_nothing(shop: Container) -> None:
    mixed = "sku,name,price,currency\nA1,Uno,10,ARS\nB1,Dos,10,USD\n"
    shop.catalog.import_csv(shop.shop_id, mixed)
    assert shop.shop_settings.get(shop.shop_id)["currency"] == "MXN"

"""GET /api/products browses: when nothing fits every word, what fits most of them comes back."""

from __future__ import annotations

from pathlib import Path

from mostrador.bootstrap import bootstrap
from mostrador.settings import Settings

CATALOG = (
    "sku,name,price,currency,stock\n"
    + "".join(f"CAF{i},Café de Origen {i},10,EUR,5\n" for i in range(8))
    + "MOLI,Molinillo Manual Timemore,69,EUR,3\nTAZ,Taza de Espresso,8,EUR,9\n"
)


def test_the_catalog_service_browses(tmp_path: Path) -> None:
    app = bootstrap(Settings(database_url=f"sqlite:///{tmp_path / 'c.db'}", demo=False))
    assert app.catalog.import_csv(app.shop_id, CATALOG).errors == []
    found = app.catalog.search(app.shop_id, "molinillo de cafe")
    assert found[0].sku == "MOLI"  # the rarer word's product first, then the coffees
    assert app.catalog.search(app.shop_id, "bicicleta de montaña") == []

"""The demo shop `mostrador serve` loads into an empty database (unless MOSTRADOR_DEMO=0).

"Miscelánea La Esquina": a Mexico City corner store with groceries, a small fashion and
electronics corner, prices in MXN. The files ship inside the package (see pyproject's
package-data), so these work from a wheel as well as from a checkout.
"""

from __future__ import annotations

import json
from importlib import resources

__all__ = ["demo_catalog_csv", "demo_settings"]


def _read(name: str) -> str:
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


def demo_catalog_csv() -> str:
    """The demo catalog in the import format (CONTRACT.md, "Catalog CSV")."""
    return _read("catalog.csv")


def demo_settings() -> dict[str, object]:
    """The demo shop's settings, shaped like a `PATCH /api/settings` body (money as strings)."""
    data = json.loads(_read("settings.json"))
    if not isinstance(data, dict):
        raise ValueError("demo settings.json must hold a JSON object")
    return {str(key): value for key, value in data.items()}

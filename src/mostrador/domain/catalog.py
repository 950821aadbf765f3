"""Products as the shop sells them: one row per SKU; variants share a `variant_group`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from mostrador.domain.money import Money


@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    price: Money
    stock: int | None = None  # None: not tracked (always available)
    category: str = ""
    brand: str = ""
    description: str = ""
    variant_group: str = ""  # rows sharing it are variants of one product
    variant: str = ""  # "Talla 42", "Negro / M"
    image_url: str = ""
    tags: tuple[str, ...] = ()
    popularity: int = 0  # units sold, for ranking ties

    @property
    def available(self) -> bool:
        return self.stock is None or self.stock > 0

    def can_supply(self, quantity: int) -> bool:
        return self.stock is None or self.stock >= quantity

    @property
    def group_key(self) -> str:
        """Identity of the product a customer picks before choosing a variant."""
        return self.variant_group or self.sku

    @property
    def full_name(self) -> str:
        """Name with its variant, unless the name already says it: 'Playera Básica Negro / M'."""
        if self.variant and not _says(self.name, self.variant):
            return f"{self.name} {self.variant}"
        return self.name


def _says(name: str, variant: str) -> bool:
    """Whether `name` already contains `variant` as whole words ("L" is not in "algodón")."""
    words = re.escape(variant.casefold())
    return re.search(rf"(?<!\w){words}(?!\w)", name.casefold()) is not None

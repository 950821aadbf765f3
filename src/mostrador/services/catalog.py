"""Catalog use cases: CSV import, product search and listing.

Search runs on an in-memory index per shop (mostrador.search), built from the store on first
use and kept current on import and stock changes without a full rebuild.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from mostrador.domain.catalog import Product
from mostrador.domain.catalog_csv import parse_catalog_csv
from mostrador.domain.money import minor_digits
from mostrador.search import SearchDocument, SearchHit, SearchIndex, build_index
from mostrador.services.shop_settings import parse_settings
from mostrador.services.shop_settings import to_document as to_settings_document
from mostrador.store.unit_of_work import UnitOfWork, UnitOfWorkFactory


def to_document(product: Product) -> SearchDocument:
    return SearchDocument(
        sku=product.sku,
        name=product.name,
        variant=product.variant,
        category=product.category,
        brand=product.brand,
        description=product.description,
        tags=product.tags,
        group=product.variant_group,
        in_stock=product.available,
        popularity=product.popularity,
    )


class SearchRegistry:
    """One search index per shop, loaded lazily. Process-local: rebuilt from the store.

    The index is not thread-safe and imports run in the API's worker threads while the
    engine searches on the event loop, so searches and updates take the same lock."""

    def __init__(self) -> None:
        self._indexes: dict[int, SearchIndex] = {}
        self._lock = threading.RLock()

    def get(self, uow: UnitOfWork, shop_id: int) -> SearchIndex:
        index = self._indexes.get(shop_id)
        if index is None:
            with self._lock:
                index = self._indexes.get(shop_id)
                if index is None:
                    index = build_index(to_document(p) for p in uow.products.all(shop_id))
                    self._indexes[shop_id] = index
        return index

    def refresh(self, shop_id: int, products: Iterable[Product]) -> None:
        """Re-index changed products (after commit) if the shop's index is loaded."""
        index = self._indexes.get(shop_id)
        if index is not None:
            documents = [to_document(p) for p in products]
            with self._lock:
                index.upsert(documents)

    def search(
        self,
        uow: UnitOfWork,
        shop_id: int,
        query: str,
        limit: int,
        offset: int,
        strict: bool = False,
        browsing: bool = False,
    ) -> list[SearchHit]:
        index = self.get(uow, shop_id)
        with self._lock:
            return index.search(query, limit=limit, offset=offset, strict=strict, browsing=browsing)


@dataclass(frozen=True)
class ImportReport:
    imported: int
    errors: list[dict[str, object]]
    warnings: list[str]


class CatalogService:
    def __init__(self, uow: UnitOfWorkFactory, search: SearchRegistry) -> None:
        self.uow = uow
        self.search_registry = search

    def import_csv(self, shop_id: int, text: str) -> ImportReport:
        """Good rows are imported even when some rows are bad; a known sku is updated."""
        with self.uow() as uow:
            shop = uow.shops.get(shop_id)
            currency = parse_settings(shop.settings).currency if shop else "MXN"
            parsed = parse_catalog_csv(text, currency)
            warnings = list(parsed.warnings)
            adopted = _adopt_catalog_currency(uow, shop_id, currency, parsed.products)
            if adopted:
                warnings.append(
                    f"La tienda ahora cobra en {adopted}, la moneda de su catálogo "
                    f"(antes {currency}); los costos de envío se leen en {adopted}."
                )
            uow.products.upsert(shop_id, parsed.products)
            stored = uow.products.many(shop_id, [p.sku for p in parsed.products])
            self.search_registry.get(uow, shop_id)  # load before refresh so nothing is missed
            uow.on_commit(lambda: self.search_registry.refresh(shop_id, stored.values()))
            uow.commit()
        return ImportReport(
            imported=len(parsed.products),
            errors=[{"line": e.line, "error": e.error} for e in parsed.errors],
            warnings=warnings,
        )

    def search(self, shop_id: int, query: str, limit: int = 10, offset: int = 0) -> list[Product]:
        """The catalog as the admin API browses it (a `browsing` search)."""
        with self.uow() as uow:
            return search_products(
                uow, self.search_registry, shop_id, query, limit, offset, browsing=True
            )


def _adopt_catalog_currency(
    uow: UnitOfWork, shop_id: int, current: str, products: Sequence[Product]
) -> str | None:
    """A shop that has sold nothing yet and imports a catalog priced in one other currency
    sells in that currency: a cart cannot mix currencies, and the catalog is what customers
    buy. Zone costs keep their figures, read in the new currency. Returns the new currency."""
    currencies = {p.price.currency for p in products}
    if len(currencies) != 1 or current in currencies or uow.orders.any_in_shop(shop_id):
        return None
    shop = uow.shops.get(shop_id)
    if shop is None:
        return None
    (currency,) = currencies
    document = parse_settings(shop.settings).model_dump()
    digits = minor_digits(currency)
    for zone in document["delivery_zones"]:
        zone["cost"] = str(Decimal(zone["cost"]).quantize(Decimal(1).scaleb(-digits)))
    document["currency"] = currency
    uow.shops.save_settings(shop, to_settings_document(parse_settings(document)))
    return currency


def search_products(
    uow: UnitOfWork,
    registry: SearchRegistry,
    shop_id: int,
    query: str,
    limit: int,
    offset: int,
    strict: bool = False,
    browsing: bool = False,
) -> list[Product]:
    hits = registry.search(uow, shop_id, query, limit, offset, strict, browsing)
    found = uow.products.many(shop_id, [h.sku for h in hits])
    return [found[h.sku] for h in hits if h.sku in found]

"""Products: upsert by sku, reads for search and the engine, stock reservation."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from mostrador.domain.catalog import Product
from mostrador.domain.money import Money
from mostrador.store.models import ProductRow
from mostrador.store.types import utcnow


def to_product(row: ProductRow) -> Product:
    return Product(
        sku=row.sku,
        name=row.name,
        price=Money(row.price_minor, row.currency),
        stock=row.stock,
        category=row.category,
        brand=row.brand,
        description=row.description,
        variant_group=row.variant_group,
        variant=row.variant,
        image_url=row.image_url,
        tags=tuple(row.tags or ()),
        popularity=row.popularity,
    )


class ProductRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def upsert(self, shop_id: int, products: Iterable[Product]) -> int:
        """Inserts new skus and updates known ones. Returns how many rows were written."""
        products = list(products)
        known = {
            row.sku: row
            for row in self.session.scalars(
                select(ProductRow).where(
                    ProductRow.shop_id == shop_id,
                    ProductRow.sku.in_([p.sku for p in products]),
                )
            )
        }
        now = utcnow()
        for product in products:
            row = known.get(product.sku)
            if row is None:
                row = ProductRow(shop_id=shop_id, sku=product.sku, popularity=0)
                self.session.add(row)
            row.name = product.name
            row.price_minor = product.price.amount
            row.currency = product.price.currency
            row.stock = product.stock
            row.category = product.category
            row.brand = product.brand
            row.description = product.description
            row.variant_group = product.variant_group
            row.variant = product.variant
            row.image_url = product.image_url
            row.tags = list(product.tags)
            row.active = True
            row.updated_at = now
        self.session.flush()
        return len(products)

    def get(self, shop_id: int, sku: str) -> Product | None:
        row = self.row(shop_id, sku)
        return to_product(row) if row is not None else None

    def row(self, shop_id: int, sku: str) -> ProductRow | None:
        return self.session.scalars(
            select(ProductRow).where(
                ProductRow.shop_id == shop_id, ProductRow.sku == sku, ProductRow.active.is_(True)
            )
        ).first()

    def many(self, shop_id: int, skus: list[str]) -> dict[str, Product]:
        rows = self.session.scalars(
            select(ProductRow).where(
                ProductRow.shop_id == shop_id,
                ProductRow.sku.in_(skus),
                ProductRow.active.is_(True),
            )
        )
        return {row.sku: to_product(row) for row in rows}

    def all(self, shop_id: int) -> list[Product]:
        rows = self.session.scalars(
            select(ProductRow)
            .where(ProductRow.shop_id == shop_id, ProductRow.active.is_(True))
            .order_by(ProductRow.id)
        )
        return [to_product(row) for row in rows]

    def variants(self, shop_id: int, group: str) -> list[Product]:
        rows = self.session.scalars(
            select(ProductRow)
            .where(
                ProductRow.shop_id == shop_id,
                ProductRow.variant_group == group,
                ProductRow.active.is_(True),
            )
            .order_by(ProductRow.id)
        )
        return [to_product(row) for row in rows]

    def lock_for_reservation(self, shop_id: int, skus: list[str]) -> dict[str, ProductRow]:
        """Rows locked in sku order (one named place, one order: no deadlocks)."""
        rows = self.session.scalars(
            select(ProductRow)
            .where(ProductRow.shop_id == shop_id, ProductRow.sku.in_(sorted(skus)))
            .order_by(ProductRow.sku)
            .with_for_update()
        )
        return {row.sku: row for row in rows}

    def add_stock(self, shop_id: int, sku: str, delta: int, sold_delta: int = 0) -> None:
        """Returns units to the shelf (tracked stock only) and adjusts popularity."""
        self.session.execute(
            update(ProductRow)
            .where(ProductRow.shop_id == shop_id, ProductRow.sku == sku)
            .values(
                stock=ProductRow.stock + delta,
                popularity=ProductRow.popularity + sold_delta,
                updated_at=utcnow(),
            )
        )

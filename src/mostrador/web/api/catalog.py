"""Catalog import and product search."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from pydantic import BaseModel

from mostrador.domain.catalog import Product
from mostrador.web.deps import AdminDep, ContainerDep, ShopDep

router = APIRouter(tags=["catalog"], dependencies=[AdminDep])

MAX_IMPORT_BYTES = 50 * 1024 * 1024


class ImportError_(BaseModel):
    line: int
    error: str


class ImportOut(BaseModel):
    imported: int
    errors: list[ImportError_]
    warnings: list[str] = []


class ProductOut(BaseModel):
    sku: str
    name: str
    price: str
    currency: str
    stock: int | None
    available: bool
    category: str
    brand: str
    description: str
    variant_group: str
    variant: str
    image_url: str
    tags: list[str]

    @classmethod
    def of(cls, p: Product) -> ProductOut:
        return cls(
            sku=p.sku,
            name=p.name,
            price=p.price.decimal_string(),
            currency=p.price.currency,
            stock=p.stock,
            available=p.available,
            category=p.category,
            brand=p.brand,
            description=p.description,
            variant_group=p.variant_group,
            variant=p.variant,
            image_url=p.image_url,
            tags=list(p.tags),
        )


class ProductsOut(BaseModel):
    results: list[ProductOut]
    limit: int
    offset: int


@router.post("/api/catalog/import", response_model=ImportOut)
async def import_catalog(request: Request, container: ContainerDep, shop: ShopDep) -> Any:
    """Body: the catalog CSV (text/csv, UTF-8). Good rows are imported even if others fail."""
    raw = await request.body()
    if len(raw) > MAX_IMPORT_BYTES:
        raise HTTPException(413, detail="El archivo supera los 50 MB; divídelo en partes.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise HTTPException(
            400,
            detail="El archivo no está en UTF-8. Guárdalo como «CSV UTF-8» e inténtalo de nuevo.",
        ) from exc
    report = container.catalog.import_csv(shop, text)
    return ImportOut(
        imported=report.imported,
        errors=[
            ImportError_(line=int(str(e["line"])), error=str(e["error"])) for e in report.errors
        ],
        warnings=report.warnings,
    )


@router.get("/api/products", response_model=ProductsOut)
def list_products(
    container: ContainerDep,
    shop: ShopDep,
    q: Annotated[str, Query(max_length=500)] = "",
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Any:
    """Best match first; an empty `q` lists the catalog; nothing fitting → empty list."""
    found = container.catalog.search(shop, q, limit=limit, offset=offset)
    return ProductsOut(results=[ProductOut.of(p) for p in found], limit=limit, offset=offset)

"""The shop's settings (name, currency, delivery zones, FAQ...)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Body, HTTPException

from mostrador.services.shop_settings import SettingsError
from mostrador.web.deps import AdminDep, ContainerDep, ShopDep

router = APIRouter(tags=["settings"], dependencies=[AdminDep])


@router.get("/api/settings")
def get_settings(container: ContainerDep, shop: ShopDep) -> dict[str, Any]:
    return container.shop_settings.get(shop)


@router.patch("/api/settings")
def patch_settings(
    container: ContainerDep,
    shop: ShopDep,
    patch: dict[str, Any] = Body(...),  # noqa: B008
) -> dict[str, Any]:
    """Partial update; absent keys keep their value. 422 with the reason when invalid."""
    try:
        return container.shop_settings.patch(shop, patch)
    except SettingsError as exc:
        raise HTTPException(422, detail=str(exc)) from exc

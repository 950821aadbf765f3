"""Customers: found by phone (any written form) or by WhatsApp business-scoped user id."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query

from mostrador.web.deps import AdminDep, ContainerDep, ShopDep

router = APIRouter(tags=["customers"], dependencies=[AdminDep])


@router.get("/api/customers")
def find_customers(
    container: ContainerDep,
    shop: ShopDep,
    phone: Annotated[str | None, Query(max_length=40)] = None,
    user_id: Annotated[str | None, Query(max_length=200)] = None,
) -> dict[str, Any]:
    """`phone` like +5215512345678 or 5491123456789; `user_id` a BSUID like MX.4839201736455201."""
    if phone is None and user_id is None:
        raise HTTPException(422, detail="Indica phone o user_id")
    return {"customers": container.customers.find(shop, phone=phone, user_id=user_id)}


@router.get("/api/customers/{customer_id}")
def get_customer(customer_id: int, container: ContainerDep, shop: ShopDep) -> dict[str, Any]:
    found = container.customers.get(shop, customer_id)
    if found is None:
        raise HTTPException(404, detail="No existe ese cliente")
    return found

"""Orders: list (by customer phone or BSUID), detail, status changes."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query
from pydantic import BaseModel

from mostrador.domain.orders import OrderStateError, OrderStatus
from mostrador.services.orders import OrderNotFound
from mostrador.web.deps import AdminDep, ContainerDep, ShopDep

router = APIRouter(tags=["orders"], dependencies=[AdminDep])


class StatusIn(BaseModel):
    status: OrderStatus
    note: str = ""


@router.get("/api/orders")
def list_orders(
    container: ContainerDep,
    shop: ShopDep,
    customer_phone: Annotated[str | None, Query(max_length=40)] = None,
    customer_user_id: Annotated[str | None, Query(max_length=200)] = None,
    status: OrderStatus | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    """Newest first. `customer_phone` in any written form; `customer_user_id` a WhatsApp BSUID."""
    orders = container.orders.list(
        shop,
        customer_phone=customer_phone,
        customer_user_id=customer_user_id,
        status=status.value if status else None,
        limit=limit,
        offset=offset,
    )
    return {"orders": orders, "limit": limit, "offset": offset}


@router.get("/api/orders/{order_id}")
def get_order(order_id: str, container: ContainerDep, shop: ShopDep) -> dict[str, Any]:
    try:
        return container.orders.get(shop, order_id)
    except OrderNotFound as exc:
        raise HTTPException(404, detail=f"No existe el pedido {order_id}") from exc


@router.post("/api/orders/{order_id}/status")
def change_status(
    order_id: str, body: StatusIn, container: ContainerDep, shop: ShopDep
) -> dict[str, Any]:
    """Moves the order (e.g. paid → shipped) and tells the customer."""
    try:
        return container.orders.change_status(shop, order_id, body.status.value, body.note)
    except OrderNotFound as exc:
        raise HTTPException(404, detail=f"No existe el pedido {order_id}") from exc
    except OrderStateError as exc:
        raise HTTPException(409, detail=f"Cambio de estado no permitido: {exc}") from exc

"""Request dependencies: the container, the admin guard, the current shop."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status

from mostrador.bootstrap import Container


async def get_container(request: Request) -> Container:
    # async on purpose: a sync dependency costs a thread-pool hop on every webhook.
    container: Container = request.app.state.container
    return container


ContainerDep = Annotated[Container, Depends(get_container)]


async def require_admin(request: Request, container: ContainerDep) -> None:
    """Bearer MOSTRADOR_ADMIN_TOKEN. Without a configured token (demo) the API is open."""
    token = container.settings.admin_token
    if not token:
        return
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip(), token):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail="Falta el token de administración o no es válido (Authorization: Bearer …)",
            headers={"WWW-Authenticate": "Bearer"},
        )


AdminDep = Depends(require_admin)


async def current_shop(container: ContainerDep) -> int:
    """The shop this request acts on. One shop per installation for now (the first shop)."""
    return container.shop_id


ShopDep = Annotated[int, Depends(current_shop)]

"""The sandbox payment page: what a customer opens from the payment link.

"Pagar" and "Rechazar" call PaymentService.apply_result, the same code path a real gateway
webhook (Mercado Pago, Stripe) uses.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from mostrador.services.payments import PaymentNotFound
from mostrador.web.deps import ContainerDep

router = APIRouter(tags=["payments"], include_in_schema=False)
templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))


def _not_found(request: Request) -> Response:
    return templates.TemplateResponse(request, "pay_missing.html", status_code=404)


@router.get("/pay/{token}", response_class=HTMLResponse)
def payment_page(token: str, request: Request, container: ContainerDep) -> Response:
    try:
        view = container.payments.view(token)
    except PaymentNotFound:
        return _not_found(request)
    return templates.TemplateResponse(request, "pay.html", {"view": view})


@router.post("/pay/{token}/{outcome}")
def payment_result(token: str, outcome: str, request: Request, container: ContainerDep) -> Response:
    if outcome not in ("approve", "reject"):
        return _not_found(request)
    try:
        container.payments.apply_result(token, approved=outcome == "approve")
    except PaymentNotFound:
        return _not_found(request)
    request.app.state.workers.poke_sender()
    return RedirectResponse(f"/pay/{token}", status_code=303)

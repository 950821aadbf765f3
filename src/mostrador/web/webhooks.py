"""WhatsApp Cloud API webhooks: verify, parse, store, acknowledge. Nothing else here."""

from __future__ import annotations

import hmac
import logging

from fastapi import APIRouter, FastAPI, Request, Response
from fastapi.responses import PlainTextResponse
from starlette.types import Receive, Scope, Send

from mostrador.channels.whatsapp import MalformedWebhook, parse_webhook, verify_signature
from mostrador.jobs.intake import Intake
from mostrador.web.deps import ContainerDep

log = logging.getLogger(__name__)
router = APIRouter(tags=["webhooks"])


@router.get("/webhooks/whatsapp", response_class=PlainTextResponse)
async def verify_subscription(request: Request, container: ContainerDep) -> Response:
    """Meta's verification handshake: echo hub.challenge when the verify token matches."""
    params = request.query_params
    expected = container.settings.whatsapp_verify_token or ""
    given = params.get("hub.verify_token", "")
    if (
        params.get("hub.mode") == "subscribe"
        and expected
        and hmac.compare_digest(given.encode(), expected.encode())
    ):
        return PlainTextResponse(params.get("hub.challenge", ""))
    return PlainTextResponse("forbidden", status_code=403)


@router.post("/webhooks/whatsapp")
async def receive(request: Request, container: ContainerDep) -> Response:
    """Signature on the raw body (401), parse (400 if not JSON), store durably, then 200."""
    return await handle_delivery(
        request, container.settings.whatsapp_app_secret, request.app.state.intake
    )


async def handle_delivery(request: Request, secret: str | None, intake: Intake) -> Response:
    """The webhook's whole job; also called by `FastWebhookPath` without FastAPI's routing."""
    raw = await request.body()
    if secret is not None and not verify_signature(
        secret, raw, request.headers.get("x-hub-signature-256")
    ):
        return PlainTextResponse("invalid signature", status_code=401)
    try:
        batch = parse_webhook(raw)
    except MalformedWebhook as exc:
        return PlainTextResponse(f"malformed webhook: {exc}", status_code=400)
    if batch.problems:
        log.info("webhook: skipped parts: %s", "; ".join(batch.problems)[:500])
    if batch.messages or batch.statuses:
        await intake.submit(
            [(m.phone_number_id, m.message) for m in batch.messages],
            [(s.phone_number_id, s.status) for s in batch.statuses],
        )
    return PlainTextResponse("ok")


class FastWebhookPath:
    """ASGI wrapper: `POST /webhooks/whatsapp` goes straight to `handle_delivery`.

    Meta's deliveries are the hottest request by far; FastAPI's routing, dependency solving and
    middleware stack cost about a third of a webhook's CPU here (py-spy under run_load.py).
    Every other request, and lifespan, goes to the FastAPI app unchanged.
    """

    def __init__(self, app: FastAPI) -> None:
        self.app = app
        self.secret = app.state.container.settings.whatsapp_app_secret

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] == "http"
            and scope["method"] == "POST"
            and scope["path"] == "/webhooks/whatsapp"
        ):
            response = await handle_delivery(
                Request(scope, receive), self.secret, self.app.state.intake
            )
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)

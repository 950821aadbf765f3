"""WhatsApp Cloud API webhooks: verify, parse, store, acknowledge. Nothing else here."""

from __future__ import annotations

import hmac
import logging

from fastapi import APIRouter, Request, Response
from fastapi.responses import PlainTextResponse

from mostrador.channels.whatsapp import MalformedWebhook, parse_webhook, verify_signature
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
    raw = await request.body()
    secret = container.settings.whatsapp_app_secret
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
        await request.app.state.intake.submit(
            [(m.phone_number_id, m.message) for m in batch.messages],
            [(s.phone_number_id, s.status) for s in batch.statuses],
        )
    return PlainTextResponse("ok")

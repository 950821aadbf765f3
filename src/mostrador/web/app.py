"""The ASGI application: routers, and the workers started with it (embedded mode)."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from mostrador import __version__
from mostrador.bootstrap import Container
from mostrador.channels.whatsapp import GraphClient
from mostrador.jobs.intake import Intake
from mostrador.jobs.ratelimit import TokenBucket
from mostrador.jobs.sender import OutboxSender
from mostrador.jobs.workers import Workers
from mostrador.web import pay, webhooks
from mostrador.web.api import catalog, conversations, customers, health, orders, settings

log = logging.getLogger(__name__)


def create_app(container: Container) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        cfg = container.settings
        graph: GraphClient | None = None
        sender: OutboxSender | None = None
        if cfg.whatsapp_access_token and cfg.whatsapp_phone_number_id:
            graph = GraphClient(
                cfg.whatsapp_api_base,
                cfg.whatsapp_phone_number_id,
                cfg.whatsapp_access_token,
                max_in_flight=cfg.whatsapp_max_in_flight,
            )
            sender = OutboxSender(
                container.ledger,
                graph.send,
                TokenBucket(cfg.whatsapp_send_rate),
                max_in_flight=cfg.whatsapp_max_in_flight,
            )
        else:
            log.warning(
                "WhatsApp is not connected, so replies are kept, not sent. Try the shop with "
                "`mostrador chat`; see README 'Connect a real WhatsApp number' to go live."
            )
        workers = Workers(container.processor, sender, container.orders, container.interpreter)
        container.processor.on_outbox = workers.poke_sender
        if sender is not None:
            container.processor.on_read = sender.read_receipts
        app.state.workers = workers
        app.state.intake = Intake(container.ingest, "whatsapp", workers.poke_processor)
        workers.start()
        try:
            yield
        finally:
            await workers.stop()
            if graph is not None:
                await graph.aclose()
            if container.llm is not None:
                await container.llm.aclose()

    app = FastAPI(
        title="Mostrador",
        version=__version__,
        description="Conversational commerce: shops that sell inside WhatsApp.",
        lifespan=lifespan,
    )
    app.state.container = container
    for router in (
        health.router,
        webhooks.router,
        catalog.router,
        orders.router,
        settings.router,
        conversations.router,
        customers.router,
        pay.router,
    ):
        app.include_router(router)
    return app

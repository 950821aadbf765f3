"""Group commit for webhooks: concurrent deliveries share one transaction.

Every webhook still gets its 200 only after its messages are committed; under load the
requests that arrive within one turn of the event loop are stored together, so the store pays
one commit for many webhooks instead of one each.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence

from mostrador.domain.messages import InboundMessage, StatusUpdate
from mostrador.services.ingest import IngestResult, IngestService

log = logging.getLogger(__name__)

Messages = Sequence[tuple[str, InboundMessage]]
Statuses = Sequence[tuple[str, StatusUpdate]]


class Intake:
    def __init__(self, ingest: IngestService, channel: str, on_stored: Callable[[], None]) -> None:
        self.ingest = ingest
        self.channel = channel
        self.on_stored = on_stored
        self._waiting: list[tuple[Messages, Statuses, asyncio.Future[IngestResult]]] = []
        self._scheduled = False

    async def submit(self, messages: Messages, statuses: Statuses) -> IngestResult:
        """Stores the webhook's content durably; returns once it is committed."""
        future: asyncio.Future[IngestResult] = asyncio.get_running_loop().create_future()
        self._waiting.append((messages, statuses, future))
        if not self._scheduled:
            self._scheduled = True
            asyncio.get_running_loop().call_soon(self._flush)
        return await future

    def _flush(self) -> None:
        self._scheduled = False
        waiting, self._waiting = self._waiting, []
        if not waiting:
            return
        messages = [m for batch, _, _ in waiting for m in batch]
        statuses = [s for _, batch, _ in waiting for s in batch]
        try:
            result = self.ingest.ingest(self.channel, messages, statuses)
        except Exception as exc:  # nothing was stored: every webhook gets a 5xx, Meta retries
            log.exception("intake: storing %d webhook(s) failed", len(waiting))
            for _, _, future in waiting:
                if not future.done():
                    future.set_exception(exc)
            return
        if result.stored:
            self.on_stored()
        for _, _, future in waiting:
            if not future.done():
                future.set_result(result)

"""A customer session in the terminal, through the same pipeline as WhatsApp: the message is
stored, processed by the engine, and the replies are read back from the outbox. With an
interpreter (decision 0005) its calls run on the session's own event loop, between batches."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Coroutine
from typing import Any

from sqlalchemy import select, update

from mostrador.domain.codec import reply_from_dict
from mostrador.domain.customers import ChannelIdentity
from mostrador.domain.messages import InboundKind, InboundMessage, MarkRead, Reply
from mostrador.services.ingest import IngestService
from mostrador.services.interpretation.desk import Interpreter
from mostrador.services.processing import Processor
from mostrador.store.models import OutboxRow
from mostrador.store.types import utcnow
from mostrador.store.unit_of_work import UnitOfWorkFactory

CHANNEL = "terminal"


class TerminalSession:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        ingest: IngestService,
        processor: Processor,
        account: str,
        user: str,
        name: str = "",
        interpreter: Interpreter | None = None,
    ) -> None:
        self.uow = uow
        self.ingest = ingest
        self.processor = processor
        self.account = account
        self.identity = ChannelIdentity(
            channel=CHANNEL, user_id=f"terminal:{user}", display_name=name or None
        )
        self.interpreter = interpreter
        self._runner: asyncio.Runner | None = None

    def run(self, coroutine: Coroutine[Any, Any, Any]) -> Any:
        """Runs `coroutine` on the session's loop (one loop, so HTTP sessions can be reused)."""
        if self._runner is None:
            self._runner = asyncio.Runner()
        return self._runner.run(coroutine)

    def close(self) -> None:
        if self._runner is not None:
            self._runner.close()
            self._runner = None

    def say(self, text: str) -> list[Reply]:
        message = InboundMessage(
            channel=CHANNEL,
            external_id=uuid.uuid4().hex,
            sender=self.identity,
            kind=InboundKind.TEXT,
            sent_at=utcnow(),
            text=text,
        )
        self.ingest.ingest(CHANNEL, [(self.account, message)])
        while True:
            done = self.processor.run_batch()
            for request in done.interpret:
                if self.interpreter is not None:
                    self.run(self.interpreter.interpret(request))
            if not done.messages and not done.interpret:
                break
        return self._collect()

    def _collect(self) -> list[Reply]:
        key = self.identity.key
        with self.uow() as uow:
            rows = list(
                uow.session.scalars(
                    select(OutboxRow)
                    .where(OutboxRow.recipient_key == key, OutboxRow.status == "pending")
                    .order_by(OutboxRow.id)
                )
            )
            uow.session.execute(
                update(OutboxRow)
                .where(OutboxRow.id.in_([r.id for r in rows]))
                .values(status="sent", updated_at=utcnow())
            )
            uow.commit()
        replies = [reply_from_dict(r.reply) for r in rows]
        return [r for r in replies if not isinstance(r, MarkRead)]

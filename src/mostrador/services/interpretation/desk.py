"""Between the processor (sync, inside its transaction) and the interpreter (async, outside).

The processor hands over a `Request` when the engine could not understand a message and holds
that sender's messages back; the worker asks the interpreter and leaves the reading here; the
next batch runs the message again with it. Kept in memory on purpose: losing it in a crash
only means the message, still unprocessed in the database, is interpreted again.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass

from mostrador.integrations.llm import LLMError
from mostrador.services.interpretation import prompt
from mostrador.services.interpretation.actions import NOTHING, Interpretation, parse
from mostrador.services.interpretation.prompt import Context

log = logging.getLogger(__name__)

Complete = Callable[[list[dict[str, str]]], Awaitable[str]]


@dataclass(frozen=True)
class Request:
    """One message to interpret. `sender_key` is the sender's ordering unit (inbound rows)."""

    inbound_id: int
    sender_key: str
    text: str
    context: Context


class Desk:
    """Readings by inbound id, and the senders whose messages wait for one.

    `max_waiting` bounds the calls in flight: beyond it the engine answers as it would without
    an interpreter, so a slow endpoint under load costs understanding, never throughput.
    Single-threaded use (the event loop's thread).
    """

    def __init__(self, max_waiting: int = 64, keep: int = 10_000) -> None:
        self.max_waiting = max_waiting
        self._keep = keep
        self._readings: OrderedDict[int, Interpretation] = OrderedDict()
        self._waiting: dict[int, Request] = {}

    def has_room(self) -> bool:
        return len(self._waiting) < self.max_waiting

    def reading(self, inbound_id: int) -> Interpretation | None:
        return self._readings.get(inbound_id)

    def waiting_senders(self) -> set[str]:
        """Senders whose messages stay unprocessed until their reading arrives (order)."""
        return {r.sender_key for r in self._waiting.values()}

    def wait_for(self, request: Request) -> bool:
        """Registers a request; False when it is already waiting or answered."""
        if request.inbound_id in self._waiting or request.inbound_id in self._readings:
            return False
        self._waiting[request.inbound_id] = request
        return True

    def answer(self, request: Request, reading: Interpretation) -> None:
        self._readings[request.inbound_id] = reading
        while len(self._readings) > self._keep:
            self._readings.popitem(last=False)
        self._waiting.pop(request.inbound_id, None)

    def release(self, request: Request) -> None:
        """Gives up waiting without a reading (shutdown): the message is asked about again."""
        self._waiting.pop(request.inbound_id, None)

    def forget(self, inbound_ids: Iterable[int]) -> None:
        """Readings of messages now processed and committed."""
        for inbound_id in inbound_ids:
            self._readings.pop(inbound_id, None)


class Interpreter:
    """Asks the model about one request and leaves the reading on the desk, whatever happens:
    a failure leaves an empty reading, so the message gets today's answer, never a second
    call."""

    def __init__(self, complete: Complete, desk: Desk) -> None:
        self.complete = complete
        self.desk = desk

    async def interpret(self, request: Request) -> Interpretation:
        reading = NOTHING
        try:
            content = await self.complete(prompt.messages(request.text, request.context))
        except LLMError as exc:
            log.warning("interpreter: no reading for inbound %s (%s)", request.inbound_id, exc)
        except asyncio.CancelledError:
            self.desk.release(request)  # shutdown: the message stays pending, asked again later
            raise
        except Exception:  # a bug must not hold the sender back: today's answer instead
            log.exception("interpreter: inbound %s failed", request.inbound_id)
        else:
            reading = parse(content)
            log.info(
                "interpreter: inbound %s -> %s",
                request.inbound_id,
                [a.kind.value for a in reading.actions] or "nothing",
            )
        self.desk.answer(request, reading)
        return reading

"""The embedded mode's workers, run as tasks in the web server's event loop.

Everything runs on the loop's thread: SQLite has one writer, and taking turns on one thread
costs less than threads queueing for its lock. Each step is short (a small batch), then yields.
Calls to an interpreter (decision 0005) are tasks of their own, outside any transaction: the
processor goes on with other senders meanwhile and is woken when a reading arrives.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from mostrador.jobs.sender import OutboxSender
from mostrador.services.interpretation.actions import NOTHING
from mostrador.services.interpretation.desk import Interpreter, Request
from mostrador.services.orders import OrderService
from mostrador.services.processing import Processor

log = logging.getLogger(__name__)

PROCESS_BATCH = 32  # ~30 ms of work at most between two turns of the event loop
SWEEP_EVERY_S = 30.0


class Workers:
    def __init__(
        self,
        processor: Processor,
        sender: OutboxSender | None,
        orders: OrderService,
        interpreter: Interpreter | None = None,
    ) -> None:
        self.processor = processor
        self.sender = sender
        self.orders = orders
        self.interpreter = interpreter
        self._interpreting: set[asyncio.Task[None]] = set()
        self.inbound = asyncio.Event()
        self.stop_event = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []

    def poke_processor(self) -> None:
        self.inbound.set()

    def poke_sender(self) -> None:
        if self.sender is not None:
            self.sender.poke()

    def start(self) -> None:
        self.inbound.set()  # anything stored before a crash is processed at once
        self._tasks = [asyncio.create_task(self._process_loop(), name="processor")]
        if self.sender is not None:
            self._tasks.append(asyncio.create_task(self.sender.run(self.stop_event), name="sender"))
        self._tasks.append(asyncio.create_task(self._sweep_loop(), name="sweeper"))

    async def stop(self) -> None:
        self.stop_event.set()
        self.inbound.set()
        for task in self._tasks:
            with contextlib.suppress(asyncio.TimeoutError, asyncio.CancelledError):
                await asyncio.wait_for(task, timeout=8)
        for call in list(self._interpreting):
            call.cancel()  # its message stays unprocessed and is interpreted after a restart
            with contextlib.suppress(asyncio.CancelledError):
                await call

    async def _process_loop(self) -> None:
        while not self.stop_event.is_set():
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self.inbound.wait(), timeout=1.0)
            self.inbound.clear()
            while not self.stop_event.is_set():
                try:
                    done = self.processor.run_batch(PROCESS_BATCH)
                except Exception:  # keep the loop alive; the rows stay pending for the retry
                    log.exception("processor: batch failed; retrying shortly")
                    await asyncio.sleep(0.5)
                    break
                for request in done.interpret:
                    self._interpret(request)
                if done.messages == 0:
                    break
                await asyncio.sleep(0)  # let webhooks be acknowledged between batches

    def _interpret(self, request: Request) -> None:
        if self.interpreter is None:  # a desk without an interpreter: the rules answer
            if self.processor.desk is not None:
                self.processor.desk.answer(request, NOTHING)
            self.poke_processor()
            return
        interpreter = self.interpreter

        async def call() -> None:
            await interpreter.interpret(request)
            self.poke_processor()  # the held messages can go now, read or not

        task = asyncio.create_task(call(), name=f"interpret-{request.inbound_id}")
        self._interpreting.add(task)
        task.add_done_callback(self._interpreting.discard)

    async def _sweep_loop(self) -> None:
        while not self.stop_event.is_set():
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self.stop_event.wait(), timeout=SWEEP_EVERY_S)
            if self.stop_event.is_set():
                return
            try:
                expired = self.orders.expire_due()
                if expired:
                    log.info("sweeper: %d unpaid order(s) expired", expired)
                    self.poke_sender()
            except Exception:
                log.exception("sweeper: expiring orders failed")

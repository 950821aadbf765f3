"""The outbox sender: drains pending rows to the channel, in order per recipient.

Rules it keeps:
- one message in flight per recipient, so a customer reads replies in the order written;
- a row stays pending until its outcome is committed (at-least-once, recorded once);
- throttling slows the token bucket, transient errors retry with backoff, permanent ones are
  marked failed with a reason staff can read.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine
from datetime import timedelta
from typing import Any

from mostrador.channels.whatsapp.errors import GraphError, RetryClass
from mostrador.channels.whatsapp.render import render
from mostrador.domain.messages import MarkRead
from mostrador.jobs.ratelimit import TokenBucket
from mostrador.services.delivery import (
    DeliveryLedger,
    Sendable,
    callback_data,
    is_final_attempt,
)
from mostrador.services.processing import ReadReceipt

log = logging.getLogger(__name__)

# A send interrupted by a crash is resent only if no status webhook confirmed it by then.
# How long a send a crash interrupted waits for Meta's "sent" status (which normally comes
# within a second) before it goes again. Only claims this process does not hold are touched.
CLAIM_GRACE = timedelta(seconds=5)
STALE_CHECK_EVERY_S = 2.0

SendFn = Callable[[dict[str, Any], str], Awaitable[str | None]]


class OutboxSender:
    def __init__(
        self,
        ledger: DeliveryLedger,
        send: SendFn,
        bucket: TokenBucket,
        max_in_flight: int = 16,
    ) -> None:
        self.ledger = ledger
        self.send = send
        self.bucket = bucket
        self.max_in_flight = max_in_flight
        self.wake = asyncio.Event()
        self._known: set[int] = set()  # loaded, on the wire, or outcome not yet committed
        self._backlog: list[Sendable] = []  # loaded and waiting, in outbox order
        self._busy: set[str] = set()  # recipients with a message on the wire
        self._reload = True  # the outbox has rows we have not read yet
        self._next_poll = 0.0
        self._next_stale_check = 0.0
        self._first_check = True
        self._held: dict[str, int] = {}  # recipient -> the earlier row everything else waits for
        self._sent: list[tuple[int, str | None]] = []
        self._retries: list[tuple[Sendable, int | None, str]] = []
        self._failures: list[tuple[Sendable, int | None, str]] = []
        self._slots = asyncio.Semaphore(max_in_flight)
        self._tasks: set[asyncio.Task[None]] = set()
        self._flush_pending = False
        self._reads: deque[tuple[str, str]] = deque()

    def read_receipts(self, receipts: list[ReadReceipt]) -> None:
        """Queues blue ticks; they go when a slot is free, after any pending reply."""
        for receipt in receipts:
            account = self.ledger.account_external_id(receipt.account_id)
            if account is not None:
                self._reads.append((account, receipt.external_id))
        self.wake.set()

    def poke(self) -> None:
        """New rows were committed to the outbox."""
        self._reload = True
        self.wake.set()

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            self.wake.clear()
            try:
                self._load()
            except Exception:  # the store hiccuped: keep the loop, try again shortly
                log.exception("sender: reading the outbox failed")
                await asyncio.sleep(0.5)
                continue
            if self._dispatch():
                await asyncio.sleep(0)
                continue
            await self._idle(stop)
        await self._drain()

    def _load(self) -> None:
        """Reads due rows when told there are new ones, and once a second for retries."""
        now = time.monotonic()
        if now >= self._next_stale_check:
            self._next_stale_check = now + STALE_CHECK_EVERY_S
            self._check_stale_claims()
        if not (self._reload or now >= self._next_poll):
            return
        room = self.max_in_flight * 16 - len(self._backlog)
        if room <= 0:
            return
        self._reload = False
        self._next_poll = now + 1.0
        fresh = self.ledger.due(room, self._known)
        self._known.update(item.id for item in fresh)
        self._backlog.extend(fresh)
        # Retried rows come back after newer ones: outbox order is the order customers read.
        self._backlog.sort(key=lambda item: item.id)
        if len(fresh) == room:
            self._reload = True  # more may be waiting

    def _check_stale_claims(self) -> None:
        """Rows left "sending" by a crash hold their recipient (nothing later may overtake
        them) until a status webhook confirms them or the grace passes and they go again."""
        if self._first_check:
            self._first_check = False
            for recipient, row_id in self.ledger.stuck_claims().items():
                self._held.setdefault(recipient, row_id)
        released = self.ledger.release_stale_claims(CLAIM_GRACE, self._known)
        if released:
            log.warning("sender: %d unconfirmed send(s) from before a crash go again", released)
            self._reload = True
        held = {row_id for row_id in self._held.values() if row_id not in self._known}
        if held:
            finished = held - self.ledger.unfinished(held)
            self._held = {k: v for k, v in self._held.items() if v not in finished}

    async def _idle(self, stop: asyncio.Event) -> None:
        timeout = max(0.01, self._next_poll - time.monotonic())
        waiters = [asyncio.ensure_future(self.wake.wait()), asyncio.ensure_future(stop.wait())]
        try:
            await asyncio.wait(waiters, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for waiter in waiters:
                waiter.cancel()

    def _dispatch(self) -> int:
        started = self._dispatch_replies()
        room = self.max_in_flight - len(self._tasks)
        reads = 0
        while self._reads and reads < room:
            account, message_id = self._reads.popleft()
            self._spawn(self._deliver_read(account, message_id))
            reads += 1
        return started + reads

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _deliver_read(self, account: str, message_id: str) -> None:
        try:
            async with self._slots:
                await self.bucket.take()
                await self.send(render(MarkRead(message_id), None, None), account)
        except GraphError as exc:
            if exc.retry is RetryClass.THROTTLED:
                self.bucket.throttled()
            log.debug("sender: read receipt for %s not sent: %s", message_id, exc.reason)
        except Exception:  # never let a courtesy take the loop down
            log.exception("sender: read receipt for %s failed", message_id)

    def _dispatch_replies(self) -> int:
        # Never more than the free slots: a claimed row must go out at once, or a crash would
        # leave it claimed but unsent.
        room = self.max_in_flight - len(self._tasks)
        if room <= 0 or not self._backlog:
            return 0
        started: list[Sendable] = []
        blocked: set[str] = set()
        for item in self._backlog:
            recipient = item.recipient_key
            held = self._held.get(recipient)
            if recipient in self._busy or (
                recipient in blocked if held is None else held != item.id
            ):
                blocked.add(recipient)  # keep per-recipient order: wait for the first
                continue
            self._busy.add(item.recipient_key)
            started.append(item)
            if len(started) >= room:
                break
        if not started:
            return 0
        try:
            # Committed before anything goes out: after a crash, a row still "sending" is one
            # whose fate is unknown, not one to send again at once (see release_stale_claims).
            self.ledger.claim([item.id for item in started])
        except Exception:
            for item in started:
                self._busy.discard(item.recipient_key)
            raise
        gone = {item.id for item in started}
        self._backlog = [item for item in self._backlog if item.id not in gone]
        for item in started:
            self._spawn(self._deliver(item))
        return len(started)

    async def _deliver(self, item: Sendable) -> None:
        try:
            async with self._slots:
                await self.bucket.take()
                body = render(item.reply, item.to_phone, item.to_user_id)
                if not isinstance(item.reply, MarkRead):
                    # Meta echoes it in status webhooks: it identifies the row even when the
                    # send's own answer was lost to a crash.
                    body["biz_opaque_callback_data"] = callback_data(item.id)
                provider_id = await self.send(body, item.account_external_id)
            self._sent.append((item.id, provider_id))
            self._release_hold(item)
        except GraphError as exc:
            self._failed(item, exc)
        except Exception as exc:  # a rendering bug must show on the row, not kill the loop
            log.exception("sender: outbox %s could not be sent", item.id)
            self._release_hold(item)
            self._failures.append((item, None, f"error interno al enviar: {type(exc).__name__}"))
        finally:
            self._busy.discard(item.recipient_key)
            self._schedule_flush()
            self.wake.set()

    def _release_hold(self, item: Sendable) -> None:
        if self._held.get(item.recipient_key) == item.id:
            del self._held[item.recipient_key]

    def _retry(self, item: Sendable, code: int | None, reason: str) -> None:
        self._retries.append((item, code, reason))
        if is_final_attempt(item):
            self._release_hold(item)
        elif not isinstance(item.reply, MarkRead):
            # Later replies to this customer wait for this one: a reply must not overtake
            # the question it follows. Read receipts hold nobody.
            self._held[item.recipient_key] = item.id

    def _failed(self, item: Sendable, exc: GraphError) -> None:
        reason = f"{exc.reason} ({exc.message[:200]})"
        if exc.retry is RetryClass.THROTTLED:
            self.bucket.throttled()
            self._retry(item, exc.code, reason)
        elif exc.retry in (RetryClass.TRANSIENT, RetryClass.AUTH):
            self._retry(item, exc.code, reason)
        else:
            self._release_hold(item)
            if not isinstance(item.reply, MarkRead):
                log.warning("sender: outbox %s failed for good: %s", item.id, reason)
            self._failures.append((item, exc.code, reason))

    def _schedule_flush(self) -> None:
        if not self._flush_pending:
            self._flush_pending = True
            # A few milliseconds of outcomes share one commit.
            asyncio.get_running_loop().call_later(0.005, self._flush)

    def _flush(self) -> None:
        """Commits every outcome gathered since the last flush, in one transaction."""
        self._flush_pending = False
        sent, retries, failures = self._sent, self._retries, self._failures
        if not (sent or retries or failures):
            return
        self._sent, self._retries, self._failures = [], [], []
        try:
            self.ledger.record(sent, retries, failures)
        except Exception:  # the store is failing: outcomes are retried, rows stay pending
            log.exception("sender: recording %d outcomes failed", len(sent) + len(retries))
            self._sent[:0], self._retries[:0], self._failures[:0] = sent, retries, failures
            asyncio.get_running_loop().call_later(0.5, self._schedule_flush)
            return
        for outcome in (
            *(s[0] for s in sent),
            *(r[0].id for r in retries),
            *(f[0].id for f in failures),
        ):
            self._known.discard(outcome)
        if retries:
            self._reload = True  # they come back when their time is due

    async def _drain(self) -> None:
        if self._tasks:
            await asyncio.wait(list(self._tasks), timeout=5)
        self._flush()

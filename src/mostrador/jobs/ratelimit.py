"""Pacing of sends per sender number: a token bucket that halves its rate on a 429."""

from __future__ import annotations

import asyncio
import time


class TokenBucket:
    """Process-local: right for the embedded mode's single sender. A shared (Redis) bucket
    replaces it when several processes send for one number."""

    def __init__(self, rate: float, burst: float | None = None) -> None:
        self.ceiling = rate
        self.rate = rate
        self.capacity = burst if burst is not None else max(rate / 10, 1.0)
        self.tokens = self.capacity
        self.updated = time.monotonic()

    def _refill(self) -> None:
        now = time.monotonic()
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        # Recover towards the ceiling after throttling: +5% of the ceiling per second.
        self.rate = min(self.ceiling, self.rate + (now - self.updated) * self.ceiling * 0.05)
        self.updated = now

    async def take(self) -> None:
        while True:
            self._refill()
            if self.tokens >= 1:
                self.tokens -= 1
                return
            await asyncio.sleep((1 - self.tokens) / self.rate)

    def throttled(self) -> None:
        self._refill()
        self.rate = max(self.rate / 2, 1.0)
        self.tokens = 0

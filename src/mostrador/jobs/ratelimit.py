"""Pacing of sends per sender number: a token bucket that slows down when Meta throttles.

A 429 (130429) says the number's tier is lower than our pace: the rate is cut by 30%, at most
once a second and never below Meta's base tier (80 msg/s), and climbs back by 10% of the
ceiling per second. Cutting on every 429 (halving each time) collapsed to 1 msg/s under a 10%
random 429 rate in run_load.py; each throttled message is retried on its own with backoff.
"""

from __future__ import annotations

import asyncio
import time

BASE_TIER = 80.0  # messages/s every WhatsApp business number gets
CUT = 0.7
CUT_EVERY_S = 1.0
RECOVERY_PER_S = 0.10


class TokenBucket:
    """Process-local: right for the embedded mode's single sender. A shared (Redis) bucket
    replaces it when several processes send for one number."""

    def __init__(self, rate: float, burst: float | None = None) -> None:
        self.ceiling = rate
        self.rate = rate
        self.floor = min(BASE_TIER, rate)
        self.capacity = burst if burst is not None else max(rate / 10, 1.0)
        self.tokens = self.capacity
        self.updated = time.monotonic()
        self._last_cut = 0.0

    def _refill(self) -> None:
        now = time.monotonic()
        elapsed = now - self.updated
        self.tokens = min(self.capacity, self.tokens + elapsed * self.rate)
        self.rate = min(self.ceiling, self.rate + elapsed * self.ceiling * RECOVERY_PER_S)
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
        now = time.monotonic()
        if now - self._last_cut >= CUT_EVERY_S:
            self._last_cut = now
            self.rate = max(self.rate * CUT, self.floor)

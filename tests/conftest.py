"""Suite-wide settings. Hypothesis gets no per-example deadline: CI machines are shared and
slow moments are not bugs; every property test still runs its examples in full."""

from __future__ import annotations

from hypothesis import HealthCheck, settings

settings.register_profile("mostrador", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("mostrador")

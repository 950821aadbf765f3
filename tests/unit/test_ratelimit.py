from __future__ import annotations

from mostrador.jobs.ratelimit import TokenBucket


def test_a_burst_of_throttling_cuts_the_pace_once_not_to_nothing() -> None:
    bucket = TokenBucket(1000.0)
    for _ in range(50):  # 50 throttled answers arriving together
        bucket.throttled()
    assert 690 <= bucket.rate <= 710


def test_the_pace_never_drops_below_metas_base_tier() -> None:
    bucket = TokenBucket(1000.0)
    for _ in range(30):
        bucket._last_cut = 0.0  # as if a second had passed between throttles
        bucket.throttled()
    assert bucket.rate == 80.0


def test_a_configured_pace_below_the_base_tier_is_kept() -> None:
    bucket = TokenBucket(20.0)
    bucket.throttled()
    assert bucket.rate == 20.0

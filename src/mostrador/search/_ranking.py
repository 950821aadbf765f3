"""Turning relevance scores into one page of results.

Order: relevance bucket (scores within ~5% of each other are equally relevant), then in stock
before out of stock, then popularity, then the exact score, then name. Only the page is
sorted: catalogs of 100k products routinely tie thousands of documents on relevance
("refresco").
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable, Mapping, Sequence

BUCKETS = 20
STATIC_BITS = 40  # popularity bits; the bit above holds in-stock


def static_rank(in_stock: bool, popularity: int) -> int:
    """In-stock and popularity packed so that one integer comparison orders both."""
    return (int(in_stock) << STATIC_BITS) | min(max(popularity, 0), (1 << STATIC_BITS) - 1)


def rank_page(
    tiers: Sequence[Mapping[int, float]],
    static: Mapping[int, int],
    sort_name: Callable[[int], tuple[str, ...]],
    offset: int,
    limit: int,
) -> list[tuple[int, float]]:
    """(document id, score) for `offset`..`offset+limit`; every hit of a tier precedes the next.

    A later tier never reports a higher score than the tier before, so scores fall down the
    page whatever the penalty a tier carries.
    """
    wanted = offset + limit
    page: list[tuple[int, float]] = []
    ceiling = math.inf
    for scores in tiers:
        if len(page) >= wanted:
            break
        if not scores:
            continue
        top = _top(scores, static, sort_name, wanted - len(page))
        page += [(d, min(scores[d], ceiling)) for d in top]
        ceiling = min(ceiling, min(scores.values()))
    return page[offset:wanted]


def _top(
    scores: Mapping[int, float],
    static: Mapping[int, int],
    sort_name: Callable[[int], tuple[str, ...]],
    wanted: int,
) -> list[int]:
    scale = BUCKETS / (max(scores.values()) or 1.0)
    top = (BUCKETS - 0.5) / scale * (1.0 - 1e-9)
    best = [d for d, s in scores.items() if s >= top]
    if len(best) >= wanted:
        # The page fits in the top bucket: relevance is a tie, stock and popularity decide.
        ranks: Mapping[int, int] = static
        chosen = best
    else:
        lowest = int(heapq.nlargest(wanted, scores.values())[-1] * scale + 0.5)
        cutoff = (lowest - 0.5) / scale * (1.0 - 1e-9)
        shift = STATIC_BITS + 1
        chosen = [d for d, s in scores.items() if s >= cutoff]
        ranks = {d: (int(scores[d] * scale + 0.5) << shift) | static[d] for d in chosen}
    if len(chosen) > wanted:
        # Everything tied with the last wanted rank is kept so names can break the tie.
        floor = sorted(map(ranks.__getitem__, chosen), reverse=True)[wanted - 1]
        chosen = [d for d in chosen if ranks[d] >= floor]
    # Within a bucket the exact score still breaks ties before the name: "samsung galaxy a15"
    # is the phone a little more than the "Funda … Galaxy A15" that sorts first by name.
    chosen.sort(key=lambda d: (-ranks[d], -scores[d], sort_name(d)))
    return chosen[:wanted]

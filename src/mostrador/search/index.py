"""The product-search port: what callers hand to an index and what they get back."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

__all__ = ["SearchDocument", "SearchHit", "SearchIndex"]


@dataclass(frozen=True)
class SearchDocument:
    sku: str
    name: str
    variant: str = ""
    category: str = ""
    brand: str = ""
    description: str = ""
    tags: tuple[str, ...] = ()
    group: str = ""  # variant group; '' = standalone
    in_stock: bool = True
    popularity: int = 0


@dataclass(frozen=True)
class SearchHit:
    sku: str
    score: float


class SearchIndex(Protocol):
    """Catalog search for one shop; single-threaded use, no locking inside.

    `search` returns the best product first and an empty list when nothing fits the query,
    never filler results. An empty or blank query lists the whole catalog ordered by in-stock,
    popularity, then name. A query made only of filler words ("hola, precio?") returns [].
    """

    def upsert(self, docs: Iterable[SearchDocument]) -> None:
        """Add or replace documents by sku."""
        ...

    def remove(self, skus: Iterable[str]) -> None:
        """Forget documents; unknown skus are ignored."""
        ...

    def search(
        self,
        query: str,
        limit: int = 10,
        offset: int = 0,
        *,
        strict: bool = False,
        browsing: bool = False,
    ) -> list[SearchHit]:
        """Hits `offset`..`offset+limit` of the ranking; raises ValueError if either is < 0.

        Products matching all but one word of a longer query fill the page after those that
        match every word; `strict` leaves them out whenever some product matches every word
        (a shopper offered "Sony con cable" wants that one, not every headset). `browsing`
        (a person looking through the catalog, not the bot deciding what was meant): when
        nothing fits every word, what fits most of the query still comes back, ranked lower.
        """
        ...

    def __len__(self) -> int: ...

"""The terms an index knows, and how a typed word is mapped onto them.

A query word is looked up exactly first; only a word the catalog has never seen is corrected
by sound (`phonetic_key`) and then by edit distance, so real words are never "fixed" into
neighbours ("coca" stays coca, it does not become "cola").
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable

from rapidfuzz import process
from rapidfuzz.distance import OSA

from mostrador.search.analysis import FILLER_WORDS, allowed_edits, phonetic_key

# How much a corrected term is trusted relative to the word as typed.
EXACT = 1.0
SOUNDS_ALIKE = 0.9
PREFIX = 0.8
_TYPO_WEIGHT = {1: 0.75, 2: 0.6}
_MIN_PREFIX = 3
_MAX_PREFIX_WORDS = 200
_MAX_TYPO_TERMS = 8
_MAX_CACHED = 50_000

_FILLER_KEYS = frozenset(phonetic_key(w) for w in FILLER_WORDS if len(w) >= 4)
_LONG_FILLERS = [w for w in FILLER_WORDS if len(w) >= 5]

Corrections = tuple[tuple[str, float], ...]


class Vocabulary:
    """Index terms plus always-known terms (synonyms); surfaces are the words as written."""

    def __init__(
        self, fixed_terms: Iterable[str] = (), frequency: Callable[[str], int] = len
    ) -> None:
        """`frequency(term)` counts documents holding a term; common terms win typo ties."""
        self._fixed = frozenset(fixed_terms)
        self._frequency = frequency
        self._terms: set[str] = set()
        # Keys of stems and of written words both lead to the stem: a typo in an inflection
        # ("inalambricoss") keeps it from stemming, so it is compared with the written word.
        self._by_key: dict[str, dict[str, int]] = {}
        self._keys_by_len: dict[int, dict[str, None]] = {}
        self._len_lists: dict[int, list[str]] = {}
        self._surfaces: dict[str, tuple[str, int]] = {}  # surface -> (term, documents using it)
        self._sorted: list[str] = []
        self._unsorted: list[str] = []
        self._stale = 0
        self._cache: dict[tuple[str, str, bool], Corrections] = {}
        for term in self._fixed:
            self._link(term, term)

    def __contains__(self, term: str) -> bool:
        return term in self._terms or term in self._fixed

    def add_term(self, term: str) -> None:
        if term in self._terms:
            return
        self._terms.add(term)
        if term not in self._fixed:
            self._link(term, term)
            self._cache.clear()

    def discard_term(self, term: str) -> None:
        if term not in self._terms:
            return
        self._terms.discard(term)
        if term in self._fixed:
            return
        self._cache.clear()
        self._unlink(term, term)

    def add_surface(self, surface: str, term: str) -> None:
        known = self._surfaces.get(surface)
        if known is None:
            self._surfaces[surface] = (term, 1)
            self._unsorted.append(surface)
            self._link(surface, term)
            self._cache.clear()
        else:
            self._surfaces[surface] = (term, known[1] + 1)

    def discard_surface(self, surface: str) -> None:
        known = self._surfaces.get(surface)
        if known is None:
            return
        if known[1] > 1:
            self._surfaces[surface] = (known[0], known[1] - 1)
        else:
            # Left in the sorted list and skipped on lookup; compacted once stale words pile up.
            del self._surfaces[surface]
            self._unlink(surface, known[0])
            self._stale += 1
            self._cache.clear()

    def correct(self, surface: str, term: str, complete: bool) -> Corrections:
        """Known terms `term` may stand for, with trust weights; () when nothing is close.

        `complete=False` marks the last word of a query still being typed: it also stands for
        known words it is a prefix of ("mol" -> molido), unless it is itself a known word.
        """
        cache_key = (surface, term, complete)
        cached = self._cache.get(cache_key)
        if cached is not None:
            return cached
        found: dict[str, float] = {}
        if not complete and len(surface) >= _MIN_PREFIX and surface not in self._surfaces:
            for word in self._prefixed(surface):
                found[self._surfaces[word][0]] = PREFIX
        if term in self:
            found[term] = EXACT
        else:
            # The written word is compared first: a typo in an ending ("inalambricoss") keeps
            # it from stemming. One-letter keys ("zzz" -> "s") would match stray letters.
            keys = [
                k for k in dict.fromkeys((phonetic_key(surface), phonetic_key(term))) if len(k) > 1
            ]
            for key in keys:
                for alike in self._by_key.get(key, ()):
                    found[alike] = max(found.get(alike, 0.0), SOUNDS_ALIKE)
            # A word still being typed is likelier unfinished than misspelt.
            for key in keys if not found else ():
                if self._add_typos(found, key, allowed_edits(surface)):
                    break
        result = tuple(sorted(found.items(), key=lambda item: (-item[1], item[0])))
        if len(self._cache) >= _MAX_CACHED:
            self._cache.clear()
        self._cache[cache_key] = result
        return result

    def is_filler_typo(self, surface: str) -> bool:
        """True for a misspelt filler word ("kiero", "nesesito") that should not count."""
        if len(surface) < 4:
            return False
        if phonetic_key(surface) in _FILLER_KEYS:
            return True
        best = process.extractOne(surface, _LONG_FILLERS, scorer=OSA.distance, score_cutoff=1)
        return best is not None and len(surface) >= 5

    def _link(self, word: str, term: str) -> None:
        # Model codes ("xl500", "a15") are matched exactly; as typo targets they are noise.
        if not word.isalpha():
            return
        key = phonetic_key(word)
        holders = self._by_key.get(key)
        if holders is None:
            holders = self._by_key[key] = {}
            self._keys_by_len.setdefault(len(key), {})[key] = None
            self._len_lists.pop(len(key), None)
        holders[term] = holders.get(term, 0) + 1

    def _unlink(self, word: str, term: str) -> None:
        if not word.isalpha():
            return
        key = phonetic_key(word)
        holders = self._by_key.get(key)
        if holders is None or term not in holders:
            return
        if holders[term] > 1:
            holders[term] -= 1
            return
        del holders[term]
        if not holders:
            del self._by_key[key]
            del self._keys_by_len[len(key)][key]
            self._len_lists.pop(len(key), None)

    def _add_typos(self, found: dict[str, float], key: str, budget: int) -> bool:
        """Add the closest terms within `budget` edits, the most common first; any found?"""
        if not budget:
            return False
        near: list[tuple[int, str]] = []
        for length in range(max(2, len(key) - budget), len(key) + budget + 1):
            choices = self._len_lists.get(length)
            if choices is None:
                choices = self._len_lists[length] = list(self._keys_by_len.get(length, ()))
            if choices:
                matches = process.extract(
                    key, choices, scorer=OSA.distance, score_cutoff=budget, limit=None
                )
                near += [(int(distance), other) for other, distance, _ in matches]
        if not near:
            return False
        closest = min(distance for distance, _ in near)
        terms = {t for distance, other in near if distance == closest for t in self._by_key[other]}
        ranked = sorted(terms, key=lambda t: (-self._frequency(t), t))[:_MAX_TYPO_TERMS]
        for term in ranked:
            found[term] = max(found.get(term, 0.0), _TYPO_WEIGHT[closest])
        return True

    def _prefixed(self, prefix: str) -> list[str]:
        self._settle()
        start = bisect.bisect_left(self._sorted, prefix)
        words: list[str] = []
        for word in self._sorted[start:]:
            if not word.startswith(prefix) or len(words) >= _MAX_PREFIX_WORDS:
                break
            if word in self._surfaces:
                words.append(word)
        return words

    def _settle(self) -> None:
        # A handful of new words is inserted in place; a bulk load re-sorts once instead.
        if self._stale > len(self._sorted) // 2 or len(self._unsorted) > 64:
            self._sorted = sorted(self._surfaces)
            self._stale = 0
        else:
            for word in self._unsorted:
                if word in self._surfaces:
                    bisect.insort(self._sorted, word)
        self._unsorted.clear()

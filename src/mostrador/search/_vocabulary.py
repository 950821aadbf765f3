"""The terms an index knows, and how a typed word is mapped onto them.

A query word is looked up exactly first; only a word the catalog has never seen is corrected,
by sound (`phonetic_key`) and then by edit distance, so real words are never "fixed" into
neighbours ("coca" stays coca, it does not become "cola"). A common Spanish word the catalog
lacks (`_lexicon.py`) is not corrected by edit distance either: "pollo" in a shop without
chicken finds nothing rather than "polvo", and "jamón" nothing rather than "jabón".

Each term is reachable from several *forms*: the stem, the words as written, and the sound of
both. Typos are measured against all of them because each catches a different slip: the
written word catches "toaola" (toalla) whose sound drifted further, the stem catches "naik"
(nike -> nik), and the sound catches "sapatiyas" (zapatillas).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable

from rapidfuzz import process
from rapidfuzz.distance import OSA

from mostrador.search._lexicon import COMMON_WORDS
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
        self,
        fixed_terms: Iterable[str],
        frequency: Callable[[str], int],
        fixed_words: Iterable[str] = (),
    ) -> None:
        """`frequency(term)` counts documents holding a term; common terms win typo ties.
        `fixed_words` are the words as written behind `fixed_terms` (synonyms)."""
        self._fixed = frozenset(fixed_terms)
        self._fixed_words = frozenset(fixed_words)
        self._frequency = frequency
        self._terms: set[str] = set()
        self._forms: dict[str, dict[str, int]] = {}  # form -> {term: links}
        self._forms_by_length: dict[int, dict[str, None]] = {}
        self._choices: dict[int, list[str]] = {}  # rapidfuzz wants lists; rebuilt on change
        self._surfaces: dict[str, tuple[str, int]] = {}  # surface -> (term, documents using it)
        self._sorted: list[str] = []
        self._unsorted: list[str] = []
        self._stale = 0
        self._cache: dict[tuple[str, str, bool, bool], Corrections] = {}
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
        if term not in self._fixed:
            self._unlink(term, term)
            self._cache.clear()

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

    def correct(
        self, surface: str, term: str, complete: bool, in_context: bool = False
    ) -> Corrections:
        """Known terms `term` may stand for, with trust weights; () when nothing is close.

        `complete=False` marks the last word of a query still being typed: it also stands for
        known words it is a prefix of ("mol" -> molido), unless it is itself a known word.
        `in_context=True` says other words of the query must match the same product: then a
        common word is corrected too, since a product fitting both confirms the slip ("salas
        picante" is salsa; "pollo" alone is chicken, not "polvo").
        """
        cache_key = (surface, term, complete, in_context)
        cached = self._cache.get(cache_key)
        if cached is not None:
            return cached
        found: dict[str, float] = {}
        if not complete and len(surface) >= _MIN_PREFIX and surface not in self._surfaces:
            for word in self._prefixed(surface):
                found[self._surfaces[word][0]] = PREFIX
        if term in self:
            found[term] = EXACT
            # Synonym words the catalog lacks ("birra") are meant as typed, never corrected;
            # a slip that only shares a synonym's stem ("carrer": carro) may still be one.
            if (
                surface not in self._surfaces
                and surface not in self._fixed_words
                and (in_context or surface not in COMMON_WORDS)
                and allowed_edits(surface)
            ):
                self._prefer_closer_word(found, surface, term)
        else:
            self._add_sound_alikes(found, surface, term)
            # A word still being typed is likelier unfinished than misspelt, and a real word is
            # meant as typed unless the rest of the query vouches for a correction: one edit
            # turns many words into others (pollo/polvo, arroz -> "aros"/rosa).
            if not found and (in_context or surface not in COMMON_WORDS):
                budget = allowed_edits(surface)
                forms = (surface, phonetic_key(surface), term, phonetic_key(term))
                for form in dict.fromkeys(forms):
                    if self._add_typos(found, form, min(budget, allowed_edits(form))):
                        break
        result = tuple(sorted(found.items(), key=lambda item: (-item[1], item[0])))
        if len(self._cache) >= _MAX_CACHED:
            self._cache.clear()
        self._cache[cache_key] = result
        return result

    def sounds_like_filler(self, surface: str) -> bool:
        """True for a filler word as chat spells it ("kiero", "nesesito"), checked before any
        correction: its stem would otherwise be "fixed" into a catalog word ("kier" -> sierra).
        """
        return (
            len(surface) >= 4
            and surface not in self._surfaces
            and (phonetic_key(surface) in _FILLER_KEYS)
        )

    def is_filler_typo(self, surface: str) -> bool:
        """True for a misspelt filler word ("kiero", "nesesito") that should not count."""
        if len(surface) < 4:
            return False
        if phonetic_key(surface) in _FILLER_KEYS:
            return True
        best = process.extractOne(surface, _LONG_FILLERS, scorer=OSA.distance, score_cutoff=1)
        return best is not None and len(surface) >= 5

    def _add_sound_alikes(self, found: dict[str, float], surface: str, term: str) -> None:
        # The written word's sound first. One-letter sounds ("zzz" -> "s") and short stem
        # sounds ("vesir" -> "bes") collide with unrelated words, so they are not trusted.
        for key, shortest in ((phonetic_key(surface), 2), (phonetic_key(term), 4)):
            if len(key) < shortest:
                continue
            for alike in self._forms.get(key, ()):
                found[alike] = max(found.get(alike, 0.0), SOUNDS_ALIKE)
            if found:
                return

    def _prefer_closer_word(self, found: dict[str, float], surface: str, term: str) -> None:
        """An unseen word whose stem is known may still be a typo of another word: the stem
        of "playeara" is "play" (playa), but one edit away the catalog writes "playera". When
        no word of the stem's own is that close, the nearby word is the likelier meaning.
        """
        near: set[str] = set()
        for length in range(len(surface) - 1, len(surface) + 2):
            words = [w for w in self._forms_by_length.get(length, ()) if w in self._surfaces]
            for word, _, _ in process.extract(
                surface, words, scorer=OSA.distance, score_cutoff=1, limit=None
            ):
                near.add(self._surfaces[word][0])
        if not near or term in near:
            return
        found[term] = _TYPO_WEIGHT[1]
        for other in sorted(near, key=lambda t: (-self._frequency(t), t))[:_MAX_TYPO_TERMS]:
            found[other] = SOUNDS_ALIKE

    def _add_typos(self, found: dict[str, float], form: str, budget: int) -> bool:
        """Add the closest terms within `budget` edits, the most common first; any found?"""
        if not budget:
            return False
        near: list[tuple[int, str]] = []
        for length in range(max(2, len(form) - budget), len(form) + budget + 1):
            choices = self._choices.get(length)
            if choices is None:
                choices = list(self._forms_by_length.get(length, ()))
                self._choices[length] = choices
            if choices:
                matches = process.extract(
                    form, choices, scorer=OSA.distance, score_cutoff=budget, limit=None
                )
                near += [(int(distance), other) for other, distance, _ in matches]
        if not near:
            return False
        closest = min(distance for distance, _ in near)
        terms = {t for distance, other in near if distance == closest for t in self._forms[other]}
        ranked = sorted(terms, key=lambda t: (-self._frequency(t), t))[:_MAX_TYPO_TERMS]
        for term in ranked:
            found[term] = max(found.get(term, 0.0), _TYPO_WEIGHT[closest])
        return True

    def _link(self, word: str, term: str) -> None:
        # Model codes ("xl500", "a15") are matched exactly; as typo targets they are noise.
        if not word.isalpha():
            return
        for form in {word, phonetic_key(word)}:
            holders = self._forms.get(form)
            if holders is None:
                holders = self._forms[form] = {}
                self._forms_by_length.setdefault(len(form), {})[form] = None
                self._choices.pop(len(form), None)
            holders[term] = holders.get(term, 0) + 1

    def _unlink(self, word: str, term: str) -> None:
        if not word.isalpha():
            return
        for form in {word, phonetic_key(word)}:
            holders = self._forms.get(form)
            if holders is None or term not in holders:
                continue
            if holders[term] > 1:
                holders[term] -= 1
                continue
            del holders[term]
            if not holders:
                del self._forms[form]
                del self._forms_by_length[len(form)][form]
                self._choices.pop(len(form), None)

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

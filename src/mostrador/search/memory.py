"""`InMemorySearchIndex`: BM25-style product search held in process memory.

Each query word becomes a *need*: the alternatives that satisfy it (the word's stem, sound-alike
or typo corrections, prefix completions, synonyms), each with a trust weight. A document is a
hit only if it satisfies every need, or all but one when the query has three or more, so a
query the catalog cannot answer returns [] instead of loosely related products.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from sys import intern

from mostrador.search._ranking import rank_page, static_rank
from mostrador.search._vocabulary import Vocabulary
from mostrador.search.analysis import (
    CONTAINER_WORDS,
    SOFT_WORDS,
    Kind,
    Token,
    analyze,
    diminutive_bases,
    fold_text,
)
from mostrador.search.index import SearchDocument, SearchHit
from mostrador.search.synonyms import BUILTIN_SYNONYMS, Phrase, SynonymTable

__all__ = ["InMemorySearchIndex", "build_index"]

# Field weights: shoppers name the product; descriptions mention many things in passing.
_NAME, _MEDIUM, _DESCRIPTION = 3.0, 1.5, 0.5
_DESCRIPTION_TOKENS = 64  # marketing copy beyond this adds noise and memory, rarely recall
_K1, _B, _REF_LENGTH = 1.2, 0.3, 6.0
_SYNONYM = 0.6
_BARE_NUMBER = 0.7  # "coca 600 ml" against a product named "Coca 600"
_MISSING_ONE = 0.5  # reported-score penalty; such hits are ranked after complete ones anyway
_MAX_NEEDS = 8
_COMPOUND = 0.9
_STRICT_SHARE = 0.4
_LETTERS_AND_FIGURE = re.compile(r"^([a-z]{2,})(\d+)$|^(\d+)([a-z]{2,})$")
_RELAXED = 0.5  # reported-score factor of hits found without some of the query's words
# A word on more than this share of a catalog of at least this many products says little.
_COMMON_SHARE, _COMMON_MIN_DOCUMENTS = 0.2, 20
# The word after "para"/"pa"/"for" (and an article) says who a product is for.
_PURPOSE = re.compile(
    r"(?<!\w)(?:para|pa|pal|for)\s+(?:(?:el|la|los|las|mi|mis|un|una|tu|su|my|the|a)\s+)?"
    r"([a-z0-9]+)"
)


@dataclass(frozen=True, slots=True)
class _Entry:
    sku: str
    sort_name: tuple[str, str, str]
    terms: tuple[str, ...]
    surfaces: tuple[str, ...]


# An alternative present in the index: its weight and the postings of each of its terms.
_Found = tuple[float, list[dict[int, float]]]


# A need as scored: its alternatives, the documents satisfying it, and its idf.
_Scored = tuple[list[_Found], Collection[int], float]


@dataclass(slots=True)
class _Need:
    alternatives: list[tuple[Phrase, float]]
    optional: bool  # units: they sharpen ranking but never decide membership
    purpose: bool = False  # "cama para perro": who it is for, which a name may not say
    spec: bool = False  # a figure or an amount ("900", "2 L"), not a word naming the product
    # The alternatives the word has on its own, when other words of the query vouched for
    # more ("pechuga de pollo" may be a slip for "polvo" only beside "pechuga").
    alone: list[tuple[Phrase, float]] | None = None


class InMemorySearchIndex:
    """Implements `SearchIndex`; `upsert`/`remove` touch only the documents named.

    Not thread-safe: one thread at a time. The built-in synonyms apply unless a
    `SynonymTable` is given; `build_index` adds a shop's own groups to them.
    """

    def __init__(
        self, docs: Iterable[SearchDocument] = (), synonyms: SynonymTable | None = None
    ) -> None:
        self._synonyms = synonyms if synonyms is not None else SynonymTable()
        self._postings: dict[str, dict[int, float]] = {}
        self._vocabulary = Vocabulary(
            self._synonyms.terms(), self._document_frequency, self._synonyms.words()
        )
        self._ids: dict[str, int] = {}
        self._entries: dict[int, _Entry] = {}
        self._static: dict[int, int] = {}  # in-stock then popularity, packed for fast ranking
        self._next_id = 0
        self._floats: dict[float, float] = {}  # one object per distinct posting value
        self._listing: list[int] | None = None
        self.upsert(docs)

    def __len__(self) -> int:
        return len(self._entries)

    def upsert(self, docs: Iterable[SearchDocument]) -> None:
        for doc in docs:
            doc_id = self._ids.get(doc.sku)
            if doc_id is None:
                doc_id = self._next_id
                self._next_id += 1
                self._ids[doc.sku] = doc_id
            else:
                self._unindex(doc_id)
            self._index(doc_id, doc)
        self._listing = None

    def remove(self, skus: Iterable[str]) -> None:
        for sku in skus:
            doc_id = self._ids.pop(sku, None)
            if doc_id is not None:
                self._unindex(doc_id)
        self._listing = None

    def search(
        self,
        query: str,
        limit: int = 10,
        offset: int = 0,
        *,
        strict: bool = False,
        browsing: bool = False,
    ) -> list[SearchHit]:
        if limit < 0 or offset < 0:
            raise ValueError("limit and offset must be >= 0")
        if not query.strip():
            return self._list(limit, offset)
        if not limit:
            return []
        needs = self._plan(query)
        tiers, factor = self._score(needs, offset + limit, strict)
        if (not tiers or not tiers[0]) and (relaxed := self._without_purpose(needs)) is not None:
            # "tazón para perro", "kennel mediano pa mi perro": the bowl and the kennel do not
            # say who they are for. Only when nothing matches every word, and only for someone
            # the catalog knows ("comida para hámster" in a shop with no hamsters stays empty).
            relaxed_tiers, relaxed_factor = self._score(relaxed, offset + limit, strict)
            if (relaxed_tiers and relaxed_tiers[0]) or not any(tiers):
                tiers, factor = relaxed_tiers, relaxed_factor
        if browsing and not strict and not any(tiers):
            tiers, factor = self._relaxed(needs, offset + limit)
        if strict and tiers and tiers[0]:
            # Only the confident hits: a word met in passing in a description ("sujeción
            # media" for "medias") is no answer next to products named for it.
            floor = max(tiers[0].values()) * _STRICT_SHARE
            tiers = [{d: v for d, v in tiers[0].items() if v >= floor}]
        entries = self._entries
        page = rank_page(tiers, self._static, lambda d: entries[d].sort_name, offset, limit)
        return [SearchHit(entries[d].sku, round(score * factor, 4)) for d, score in page]

    # -- indexing -------------------------------------------------------------------------

    def _index(self, doc_id: int, doc: SearchDocument) -> None:
        weights: dict[str, float] = {}
        surfaces: dict[str, str] = {}
        name_length = 0
        fields = (
            (doc.name, _NAME),
            (doc.variant, _NAME),
            (doc.brand, _MEDIUM),
            (doc.category, _MEDIUM),
            (" ".join(doc.tags), _MEDIUM),
            (doc.description, _DESCRIPTION),
        )
        for text, weight in fields:
            if not text:
                continue
            tokens = analyze(text)
            if weight == _DESCRIPTION:
                tokens = tokens[:_DESCRIPTION_TOKENS]
            elif weight == _NAME:
                # A measure restates its number and unit: it must not make a name longer.
                name_length += sum(1 for t in tokens if t.kind is not Kind.MEASURE)
            for token in tokens:
                # Interned so that 100k documents share one copy of each word.
                term = intern(token.term)
                weights[term] = weights.get(term, 0.0) + weight
                if token.kind is Kind.WORD:
                    surfaces[intern(token.surface)] = term
        # Length normalization against a fixed reference rather than the live average, so an
        # upsert never has to rescore other documents' postings.
        norm = 1.0 - _B + _B * name_length / _REF_LENGTH
        for term, tf in weights.items():
            value = round(tf * (_K1 + 1.0) / (tf + _K1 * norm), 3)
            value = self._floats.setdefault(value, value)
            postings = self._postings.get(term)
            if postings is None:
                postings = self._postings[term] = {}
            postings[doc_id] = value
        for surface, term in surfaces.items():
            self._vocabulary.add_term(term)
            self._vocabulary.add_surface(surface, term)
        self._entries[doc_id] = _Entry(
            doc.sku,
            (fold_text(doc.name), fold_text(doc.variant), doc.sku),
            tuple(weights),
            tuple(surfaces),
        )
        self._static[doc_id] = static_rank(doc.in_stock, doc.popularity)

    def _unindex(self, doc_id: int) -> None:
        entry = self._entries.pop(doc_id)
        del self._static[doc_id]
        for term in entry.terms:
            postings = self._postings[term]
            del postings[doc_id]
            if not postings:
                del self._postings[term]
                self._vocabulary.discard_term(term)
        for surface in entry.surfaces:
            self._vocabulary.discard_surface(surface)

    def _list(self, limit: int, offset: int) -> list[SearchHit]:
        if self._listing is None:
            entries, static = self._entries, self._static
            self._listing = sorted(entries, key=lambda d: (-static[d], entries[d].sort_name))
        page = self._listing[offset : offset + limit]
        return [SearchHit(self._entries[d].sku, 0.0) for d in page]

    # -- querying -------------------------------------------------------------------------

    def _document_frequency(self, term: str) -> int:
        return len(self._postings.get(term, ()))

    def _without_purpose(self, needs: list[_Need]) -> list[_Need] | None:
        purposes = [n for n in needs if n.purpose and not n.optional]
        if not purposes or len(purposes) == sum(not n.optional for n in needs):
            return None
        for need in purposes:
            exact = [(p, w) for p, w in need.alternatives if w >= 1.0]
            if not self._alternatives(_Need(exact, False)):
                return None
        return [_Need(n.alternatives, True) if n.purpose else n for n in needs]

    def _relaxed(self, needs: list[_Need], wanted: int) -> tuple[list[Mapping[int, float]], float]:
        """What a browsing search still finds when nothing matches every word.

        A word no product has ever used cannot tell products apart ("monstera grande",
        "balatas yaris", "coolan prestone"), nor can one most of the catalog carries ("café"
        in a coffee roaster's "molinillo de café"): the rest of the query still can. Only for
        browsing: the conversation decides what a customer meant by what fits every word,
        and says what it did not find.
        """
        tiers: list[Mapping[int, float]] = []
        factor = 0.0
        known = self._without_unknown(needs)
        if known is not None:
            tiers, factor = self._score(known, wanted)
        if not any(tiers) and (rare := self._without_common(known or needs)) is not None:
            tiers, factor = self._score(rare, wanted)
        if not any(tiers):
            tiers, factor = self._any_but_one(known or needs, wanted)
        return tiers, factor * _RELAXED

    def _any_but_one(
        self, needs: list[_Need], wanted: int
    ) -> tuple[list[Mapping[int, float]], float]:
        """Products that fit every word but one ("monstera grande": the monstera, whose pots
        are not called big), the rarer words' products first."""
        words = [i for i, n in enumerate(needs) if not n.optional]
        if len(words) < 2:
            return [], 0.0
        best: dict[int, float] = {}
        factor = 0.0
        for skipped in words:
            if not any(not needs[i].spec for i in words if i != skipped):
                continue  # "refresco 900": a figure alone names nothing
            loose = _on_their_own(
                [_Need(n.alternatives, True) if i == skipped else n for i, n in enumerate(needs)]
            )
            tiers, found_factor = self._score(loose, wanted)
            if tiers and tiers[0]:
                factor = max(factor, found_factor)
                for doc, score in tiers[0].items():
                    best[doc] = max(best.get(doc, 0.0), score)
        return ([best] if best else []), factor

    def _without_common(self, needs: list[_Need]) -> list[_Need] | None:
        """`needs` with the words most of the catalog carries made optional, or None when
        none is that common or no other word is left to require."""
        total = len(self._entries)
        if total < _COMMON_MIN_DOCUMENTS:
            return None
        words = [n for n in needs if not n.optional]
        common = [
            n for n in words if len(_documents(self._alternatives(n))) > _COMMON_SHARE * total
        ]
        if not common or all(n in common or n.spec for n in words):
            return None
        return [_Need(n.alternatives, True) if n in common else n for n in needs]

    def _without_unknown(self, needs: list[_Need]) -> list[_Need] | None:
        """`needs` without the words nothing in the catalog has, or None when that leaves
        no word or drops more words than it keeps ("tenis puma suede" in a shop without Puma
        stays empty)."""
        words = [n for n in needs if not n.optional]
        known = [n for n in words if self._alternatives(n)]
        if not any(not n.spec for n in known) or len(known) == len(words):
            return None
        if 2 * len(known) < len(words):
            return None
        return _on_their_own([n for n in needs if n.optional or n in known])

    def _plan(self, query: str) -> list[_Need]:
        tokens = [self._undiminished(t) for t in analyze(query)]
        terms = [t.term for t in tokens]
        folded = fold_text(query)
        purposes = set(_PURPOSE.findall(folded))
        # A last word with nothing after it may still be mid-typing ("cafe mol"). Alone, a
        # three-letter word is usually complete ("pan", "sal"), not the start of "pañales";
        # so it is after a soft word ("remedio para la tos" is not "tostado").
        asked = [t for t in tokens if t.surface not in SOFT_WORDS]
        # Words that must all fit one product (numbers do not vouch for a correction: "pollo
        # 1 kg" is not "Detergente en Polvo 1 kg").
        words = [t for t in asked if t.kind is Kind.WORD]
        spoken = [t for t in tokens if t.kind is Kind.WORD]
        head_is_soft = any(t.surface in purposes for t in spoken) and all(
            t.surface in CONTAINER_WORDS or t.surface in purposes for t in spoken
        )
        typing = (
            bool(asked)
            and tokens[-1] is asked[-1]
            and query[-1:].isalnum()
            and folded.endswith(tokens[-1].surface)
            and (len(asked) > 1 or len(asked[0].surface) > 3)
        )
        needs: list[_Need] = []
        i = 0
        while i < len(tokens):
            token = tokens[i]
            measure = tokens[i + 2] if i + 2 < len(tokens) else None
            if token.kind is Kind.NUMBER and measure is not None and measure.kind is Kind.MEASURE:
                # "1 litro" is the amount, whatever unit the catalog writes it in ("1000 ml");
                # a product that gives the figure without a unit ("coca 600") still fits.
                # Before a word it is how much to buy ("2 litros de leche"), and only ranks.
                quantity = i + 3 < len(tokens) and tokens[i + 3].kind is Kind.WORD
                amount: list[tuple[Phrase, float]] = [
                    ((measure.term,), 1.0),
                    ((token.term,), _BARE_NUMBER),
                ]
                needs.append(_Need(amount, quantity, spec=True))
                i += 3
                continue
            if token.kind is not Kind.WORD:
                # Units and sizes sharpen the ranking. A number is a spec the product must
                # have ("coca 600", "tenis 27"), unless a word follows it: then it counts
                # the items wanted ("2 bolillos") and the catalog never writes it.
                quantity = token.kind is Kind.NUMBER and (
                    i + 1 < len(tokens) and tokens[i + 1].kind is Kind.WORD
                )
                optional = token.kind is not Kind.NUMBER or quantity
                needs.append(_Need([((token.term,), 1.0)], optional, spec=True))
                i += 1
                continue
            phrase = self._synonyms.match(terms, i)
            if phrase is not None:
                alternatives = [(phrase, 1.0)]
                alternatives += [(p, _SYNONYM) for p in self._synonyms.expand(phrase)]
                needs.append(_Need(alternatives, False))
                i += len(phrase)
                continue
            if token.surface in SOFT_WORDS:
                # Taken as typed, never corrected: "pasas" must not become "pastas". Beside
                # only who it is for, it is the product itself: "botellas para bebé".
                soft: list[tuple[Phrase, float]] = [((token.term,), 1.0)]
                soft += [(p, _SYNONYM) for p in self._synonyms.expand((token.term,))]
                needs.append(_Need(soft, not head_is_soft))
                i += 1
                continue
            if self._vocabulary.sounds_like_filler(token.surface):
                i += 1
                continue
            complete = not (typing and i == len(tokens) - 1)
            corrections = self._vocabulary.correct(
                token.surface, token.term, complete, in_context=len(words) > 1
            )
            i += 1
            if not corrections and (joined := self._split_compound(token.surface)):
                needs.append(_Need([(joined, _COMPOUND)], False))  # "dogchow": Dog Chow
                continue
            if not corrections and self._vocabulary.is_filler_typo(token.surface):
                continue
            alone = None
            if len(words) > 1:
                by_itself = self._vocabulary.correct(token.surface, token.term, complete)
                if by_itself != corrections:
                    alone = self._with_synonyms(by_itself)
            need = _Need(self._with_synonyms(corrections), False, token.surface in purposes)
            need.alone = alone
            needs.append(need)
        if all(need.optional for need in needs):
            for need in needs:
                need.optional = False
        mandatory = [n for n in needs if not n.optional][:_MAX_NEEDS]
        return mandatory + [n for n in needs if n.optional]

    def _with_synonyms(
        self, corrections: Iterable[tuple[str, float]]
    ) -> list[tuple[Phrase, float]]:
        weighted: dict[Phrase, float] = {}
        for term, weight in corrections:
            _keep_best(weighted, (term,), weight)
            for synonym in self._synonyms.expand((term,)):
                _keep_best(weighted, synonym, weight * _SYNONYM)
        return list(weighted.items())

    def _undiminished(self, token: Token) -> Token:
        """ "una jarrita", "unas velitas", "un cafecito": the word the catalog uses, when
        it has the plain word and not the diminutive."""
        if token.kind is not Kind.WORD or token.term in self._vocabulary:
            return token
        for base in diminutive_bases(token.surface):
            plain = analyze(base)
            if len(plain) == 1 and plain[0].term in self._vocabulary:
                return plain[0]
        return token

    def _split_compound(self, surface: str) -> Phrase | None:
        """Two catalog words written as one ("dogchow", "pandebono"), a name and its figure
        written together ("wd40" for "WD-40"), or None."""
        glued = _LETTERS_AND_FIGURE.match(surface)
        if glued is not None:
            head, figure = (glued.group(1), glued.group(2)) if glued.group(1) else glued.group(3, 4)
            parts = analyze(f"{head} {figure}")
            phrase = tuple(t.term for t in parts)
            if len(parts) == 2 and all(term in self._postings for term in phrase):
                return phrase
            return None
        if len(surface) < 6 or not surface.isalpha():
            return None
        for cut in range(3, len(surface) - 2):
            left, right = analyze(surface[:cut]), analyze(surface[cut:])
            if len(left) == len(right) == 1:
                phrase = (left[0].term, right[0].term)
                if all(term in self._postings for term in phrase):
                    return phrase
        return None

    def _alternatives(self, need: _Need) -> list[_Found]:
        found: list[_Found] = []
        for phrase, weight in need.alternatives:
            lists = [self._postings.get(term) for term in phrase]
            present = [p for p in lists if p]
            if len(present) == len(lists):
                found.append((weight, present))
        return found

    def _score(
        self, needs: list[_Need], wanted: int, strict: bool = False
    ) -> tuple[list[Mapping[int, float]], float]:
        """Hits in tiers (every word matched, then all but one) and a factor for their scores.

        Candidates come from set algebra on document ids and values are looked up only for
        them, so a broad synonym ("bebida") costs little once another word narrowed the query.
        The second tier is only computed when the first cannot fill `wanted` places.
        """
        total = len(self._entries)
        required: list[_Scored] = []
        optional: list[_Scored] = []
        for need in needs:
            found = self._alternatives(need)
            if found or not need.optional:
                docs = _documents(found)
                scored = (found, docs, _idf(total, len(docs)))
                (optional if need.optional else required).append(scored)
        present = [r for r in required if r[1]]
        if not required or len(present) < len(required) - (len(required) >= 3):
            return [], 0.0
        if len(required) == 1 and not optional:
            found, docs, idf = present[0]
            if len(found) == 1 and len(found[0][1]) == 1:
                # The common single-word query: rank straight off the postings, no copy.
                return [found[0][1][0]], found[0][0] * idf
            return [_values(found, None)], idf
        sets = [docs for _, docs, _ in present]
        complete = _intersect(sets)
        if len(present) < len(required):
            complete, partial = set(), complete
        elif len(required) >= 3 and len(complete) < wanted and not (strict and complete):
            partial = set().union(*(_intersect(sets[:i] + sets[i + 1 :]) for i in range(len(sets))))
            partial.difference_update(complete)
        else:
            partial = set()
        tiers: list[Mapping[int, float]] = [_sum(complete, present + optional)]
        if partial:
            penalized = _sum(partial, present + optional)
            tiers.append({d: s * _MISSING_ONE for d, s in penalized.items()})
        return tiers, 1.0


def build_index(
    docs: Iterable[SearchDocument], extra_synonyms: Iterable[Iterable[str]] = ()
) -> InMemorySearchIndex:
    """An index over `docs` with the built-in synonyms plus the shop's own groups."""
    synonyms = SynonymTable([*BUILTIN_SYNONYMS, *(tuple(g) for g in extra_synonyms)])
    return InMemorySearchIndex(docs, synonyms)


def _on_their_own(needs: list[_Need]) -> list[_Need]:
    """`needs` with each word's context-free alternatives, once some words were let go."""
    return [
        _Need(n.alone, n.optional, n.purpose, n.spec) if n.alone is not None else n for n in needs
    ]


def _keep_best(weighted: dict[Phrase, float], phrase: Phrase, weight: float) -> None:
    if weight > weighted.get(phrase, 0.0):
        weighted[phrase] = weight


def _idf(total: int, df: int) -> float:
    return math.log(1.0 + (total - df + 0.5) / (df + 0.5))


def _documents(found: list[_Found]) -> Collection[int]:
    sets = [p[0] if len(p) == 1 else _intersect(p) for _, p in found]
    if len(sets) == 1:
        return sets[0]
    return set().union(*sets)


def _sum(pool: set[int], scored: list[_Scored]) -> dict[int, float]:
    scores = dict.fromkeys(pool, 0.0)
    for found, _, idf in scored:
        values: Mapping[int, float]
        weight = idf
        if len(found) == 1 and len(found[0][1]) == 1:
            values, weight = found[0][1][0], idf * found[0][0]
        else:
            values = _values(found, pool)
        scores = {d: s + weight * values.get(d, 0.0) for d, s in scores.items()}
    return scores


def _values(found: list[_Found], within: set[int] | None) -> Mapping[int, float]:
    """Best weighted value per document over the alternatives, optionally only `within`."""
    merged: dict[int, float] = {}
    # Smallest first: each step re-walks only what was merged so far.
    for weight, postings in sorted(found, key=lambda f: min(map(len, f[1]))):
        docs: Collection[int]
        if within is None:
            docs = postings[0] if len(postings) == 1 else _intersect(postings)
        else:
            docs = _intersect([within, *postings])
        if len(postings) == 1:
            single = postings[0]
            scaled = {d: weight * single[d] for d in docs}
        else:
            share = weight / len(postings)
            scaled = {d: share * sum(p[d] for p in postings) for d in docs}
        scaled.update({d: v for d, v in merged.items() if v > scaled.get(d, 0.0)})
        merged = scaled
    return merged


def _intersect(collections: Sequence[Collection[int]]) -> set[int]:
    ordered = sorted(collections, key=len)
    result = set(ordered[0])
    for other in ordered[1:]:
        if not result:
            break
        # set.intersection walks all of `other` when it is a dict; a much smaller result is
        # cheaper to filter by membership.
        if len(result) * 4 < len(other):
            result = {d for d in result if d in other}
        else:
            result = result.intersection(other)
    return result

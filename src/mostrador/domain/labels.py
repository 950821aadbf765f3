"""Short labels for options, made of whole words of the original.

Used where options are built (the conversation shortens product names against each other)
and again where they are rendered for a channel. WhatsApp list rows allow 24 characters and
buttons 20, while catalog names run longer ("Café Molido Veracruz 500 g"). Cutting blindly
gives "Café Molido Veracruz 50…", and two sizes of one product become indistinguishable; a
"head… tail" cut hides what tells "Pilas Alcalinas AA" from "Pilas Alcalinas AAA". Instead
words are ranked — numbers (with their units) that tell this option apart from the others
first, then the first word (usually the product noun), then the other distinguishing words,
then shared numbers, then the rest from the left, connecting words last — and the label keeps
the best-ranked words that fit, in their original order. Only a single word longer than the
limit is cut.
"""

from __future__ import annotations

import re

from mostrador.domain.text import fold

ELLIPSIS = "…"
_NUMBER = re.compile(r"\d")
_SPACE = re.compile(r"\s")
_UNITS = frozenset(
    {"g", "gr", "grs", "kg", "mg", "ml", "l", "lt", "lts", "cl", "oz", "lb", "lbs", "cm", "mm"}
    | {"m", "in", "pza", "pzas", "pz", "pieza", "piezas", "pack", "paq", "u", "uds", "x", "%"}
    | {"unidades", "w", "v", "mah", "gb", "tb", "mb"}
)
# Connecting words carry little on their own and read oddly at the edge of a short label.
_NEGATIONS = frozenset({"sin", "con", "without", "with", "no"})
_FILLER = frozenset(
    {"de", "del", "en", "con", "y", "e", "o", "la", "el", "los", "las", "para", "por", "sin"}
    | {"a", "al", "un", "una"}
)


def clip(text: str, limit: int) -> str:
    """`text` within `limit` characters. When it must be cut, the cut falls on the last
    whitespace in the final third if there is one (never mid-word otherwise avoidable), and an
    ellipsis marks it. Line breaks inside the kept part are preserved."""
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    breaks = [m.start() for m in _SPACE.finditer(head)]
    if breaks and breaks[-1] >= (limit * 2) // 3:
        head = head[: breaks[-1]]
    return head.rstrip(" \t\r\n,;:.-·—") + ELLIPSIS


def _key(word: str) -> str:
    return fold(word).strip(".,;:!?()[]{}\"'«»-–—·")


def _rank(words: list[str], others: list[set[str]]) -> list[int]:
    """Indices of `words`, most important first (ties keep reading order)."""
    keys = [_key(w) for w in words]
    scores: list[int] = []
    for i, key in enumerate(keys):
        distinguishing = any(key not in other for other in others)
        if _NUMBER.search(key):
            score = 0 if distinguishing else 3
        elif _rides_with_number(words, i):
            score = scores[i - 1]  # "500 g": a unit rides with its number
        elif i == 0:
            score = 1
        elif key in _FILLER:
            score = 5
        elif distinguishing:
            score = 2
        else:
            score = 4
        scores.append(score)
    return sorted(range(len(words)), key=lambda i: (scores[i], i))


def _rides_with_number(words: list[str], i: int) -> bool:
    return i > 0 and _key(words[i]) in _UNITS and bool(_NUMBER.search(_key(words[i - 1])))


def _with_negations(words: list[str]) -> list[str]:
    """ "Sin" rides with the word it negates: "Coca-Cola Azúcar" for "Coca-Cola Sin Azúcar"
    would say the opposite; "con" too, so "con gas" and "sin gas" stay apart."""
    joined: list[str] = []
    for word in words:
        if joined and _key(joined[-1]) in _NEGATIONS:
            joined[-1] = f"{joined[-1]} {word}"
        else:
            joined.append(word)
    return joined


def shorten(title: str, limit: int, others: list[str]) -> str:
    """`title` within `limit`, keeping whole words that distinguish it from `others`."""
    title = " ".join(title.split())
    if len(title) <= limit:
        return title
    words = _with_negations(title.split(" "))
    other_keys = [{_key(w) for w in other.split()} for other in others]
    kept: set[int] = set()
    length = -1  # n words need n-1 spaces
    for i in _rank(words, other_keys):
        if _rides_with_number(words, i) and i - 1 not in kept:
            continue  # "L" without its "2.25" says nothing
        if length + 1 + len(words[i]) <= limit:
            kept.add(i)
            length += 1 + len(words[i])
    if len(words[0]) > limit:
        return clip(title, limit)  # the product noun alone is too long: cutting is unavoidable
    # A connecting word reads only between the words it connects: "Arena para Gatos Aroma
    # Lavanda" keeps "Arena Aroma Lavanda", not "Arena para Aroma Lavanda".
    order = [
        i
        for i in sorted(kept)
        if _key(words[i]) not in _FILLER or ({i - 1, i + 1} <= kept and i > 0)
    ]
    # Nothing but connecting words fitted ("?A 000…"): cut the title rather than leave none.
    return " ".join(words[i] for i in order) or clip(title, limit)


def shorten_all(titles: list[str], limit: int) -> list[str]:
    """Every title within `limit`; where two shortened titles collide, each is shortened again
    against only the titles it collides with, so the words that separate them win the room."""
    short = [shorten(t, limit, titles[:i] + titles[i + 1 :]) for i, t in enumerate(titles)]
    groups: dict[str, list[int]] = {}
    for i, s in enumerate(short):
        groups.setdefault(fold(s), []).append(i)
    for members in groups.values():
        if len(members) < 2:
            continue
        for i in members:
            rivals = [titles[j] for j in members if j != i]
            short[i] = shorten(titles[i], limit, rivals)
    return short

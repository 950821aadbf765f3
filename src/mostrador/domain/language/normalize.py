"""Chat Spanish made comparable: folded, de-stretched, abbreviations spelled out.

Customers write "holaaa q precio tiene xfa"; the understanding code wants to compare that
with "hola que precio tiene por favor". `normalize_chat` does that rewrite and nothing more:
it never guesses meaning, so its output is safe to feed to any matcher.
"""

from __future__ import annotations

import re
import unicodedata

from mostrador.domain.text import fold

# Three or more of the same letter is stretching ("siiii"); two can be spelling (ll, rr, ee).
_STRETCHED = re.compile(r"([a-z])\1{2,}")
# Unless the run is the word: battery and clothing sizes ("pilas AAA", "talla XXXL").
_SIZE_RUNS = re.compile(r"(?<![a-z])(?:a{3,4}|x{3,5}[ls])(?![a-z])")
# Doubles too, for keyword matching only: "holaa" and "sii" are greetings and yeses.
_DOUBLED = re.compile(r"([a-z])\1+")
_KEEP_INSIDE = frozenset("@.-/")
_DECIMAL_MARKS = frozenset(".,")

_ABBREVIATIONS: dict[str, str] = {
    "q": "que",
    "k": "que",
    "xq": "porque",
    "pq": "porque",
    "porq": "porque",
    "xk": "porque",
    "pls": "por favor",
    "plis": "por favor",
    "xfa": "por favor",
    "porfa": "por favor",
    "xfavor": "por favor",
    "porfavor": "por favor",
    "tmb": "tambien",
    "tmbn": "tambien",
    "tb": "tambien",
    "d": "de",
    "ntp": "no te preocupes",
    "grax": "gracias",
    "grs": "gracias",
    "ud": "usted",
    "cdo": "cuando",
    "porfis": "por favor",
    "porfi": "por favor",
    "xfis": "por favor",
    "plz": "por favor",
    "pf": "por favor",
    "tbn": "tambien",
    "tmbien": "tambien",
    "dnd": "donde",
    "kiero": "quiero",
    "qiero": "quiero",
    "cn": "con",
    "bn": "bien",
    "pa": "para",
    "xa": "para",
    "nd": "nada",
    "msj": "mensaje",
    "info": "informacion",
    # Voseo (Río de la Plata, Central America): the tú form every matcher already knows.
    "queres": "quieres",
    "tenes": "tienes",
    "podes": "puedes",
    "venis": "vienes",
    "decis": "dices",
    "vos": "tu",
}
# After a number these are units ("1 tb", "500 grs"), not chat shorthand.
_UNITS_TOO = frozenset({"tb", "grs"})


def normalize_chat(text: str) -> str:
    """`fold`ed text with stretched letters squeezed, chat shorthand expanded, punctuation gone.

    Kept: digits' decimal marks ("1.5", "1,5"), '@ . - /' inside a token (addresses, "7-eleven",
    "1/2") and emoji. Abbreviations are expanded only as whole words; 'x' becomes 'por' only
    before a word that is not a number ("x favor" yes, "x 3" no).
    """
    folded = _squeeze_stretching(fold(text))
    tokens = [token for word in folded.split() for token in _strip_punctuation(word).split()]
    expanded: list[str] = []
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        previous = tokens[index - 1] if index > 0 else ""
        expanded.append(_expand(token, previous, following))
    return " ".join(expanded)


def _squeeze_stretching(folded: str) -> str:
    kept = [m.span() for m in _SIZE_RUNS.finditer(folded)]
    if not kept:
        return _STRETCHED.sub(r"\1", folded)
    pieces, cursor = [], 0
    for start, end in kept:
        pieces.append(_STRETCHED.sub(r"\1", folded[cursor:start]))
        pieces.append(folded[start:end])
        cursor = end
    pieces.append(_STRETCHED.sub(r"\1", folded[cursor:]))
    return "".join(pieces)


def squeeze(word: str) -> str:
    """Every run of a repeated letter cut to one; compare two squeezed words, never display."""
    return _DOUBLED.sub(r"\1", word)


def _strip_punctuation(word: str) -> str:
    chars: list[str] = []
    for index, char in enumerate(word):
        if not unicodedata.category(char).startswith("P"):
            chars.append(char)
            continue
        before = word[index - 1] if index > 0 else ""
        after = word[index + 1] if index + 1 < len(word) else ""
        inside = before.isalnum() and after.isalnum()
        decimal = char in _DECIMAL_MARKS and before.isdigit() and after.isdigit()
        chars.append(char if (inside and char in _KEEP_INSIDE) or decimal else " ")
    return "".join(chars)


def _expand(word: str, previous: str, following: str) -> str:
    if word == "x":
        # "x favor" is "por favor"; "2 x leche" and "x 3" are counts.
        counting = following[:1].isdigit() or previous[:1].isdigit()
        return "por" if following and not counting else word
    if word in _UNITS_TOO and previous[:1].isdigit():
        return word
    return _ABBREVIATIONS.get(word, word)

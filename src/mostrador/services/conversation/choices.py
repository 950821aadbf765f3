"""Options: short titles that stay distinguishable, and typed answers resolved to an option.

A customer may answer a list by tapping it, by its number ("2"), or by writing it ("retiro
en tienda", "la azul"). Ambiguous words resolve to nothing rather than to the first option:
a wrong guess puts the wrong product in a cart, a miss only costs a clarification.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from mostrador.domain import labels
from mostrador.domain.language import normalize_chat
from mostrador.services.conversation.state import Offered

TITLE_LIMIT = 24
DESCRIPTION_LIMIT = 72
GOOD_MATCH = 80.0
# Options picked by their words only (content-word containment): products, variants, lines,
# questions. Commands such as "Confirmar pedido" need their fuzzy match or an explicit yes.
_PICKABLE_BY_WORDS = ("p:", "v:", "line:", "faq:", "alt:")
_NUMBER_ANSWER = re.compile(r"^(?:(?:la|el|opcion|numero|num|no|#)\s*)?(\d{1,2})$")
_KEYCAP = re.compile("[\ufe0f\u20e3]")
_FILLER_WORDS = (
    "la el los las lo de del un una unos unas quiero quisiera me da dame mejor esa ese eso "
    "esta este esto y con en que a mi por favor porfa si pues ok va bueno opcion"
)
_FILLER = frozenset(_FILLER_WORDS.split())


def shorten(text: str, limit: int = TITLE_LIMIT) -> str:
    """`text` within `limit` characters, in whole words: the product noun, its numbers and
    units ("Café Molido… 500 g" would hide what the 500 g and 250 g options share)."""
    return labels.shorten(text, limit, [])


def shorten_sentence(text: str, limit: int = TITLE_LIMIT) -> str:
    """A sentence (an FAQ question) within `limit` characters: its opening and its last word
    around an ellipsis ("¿Hacen… domicilio?"); dropping inner words would break its grammar."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    words = text.split(" ")
    tail_words = 2 if len(words) >= 3 and len(words[-1]) <= 3 else 1
    tail = " ".join(words[-tail_words:])
    head = ""
    for word in words[:-tail_words]:
        candidate = f"{head} {word}".strip()
        if len(candidate) + 2 + len(tail) > limit:
            break
        head = candidate
    if head:
        return f"{head}… {tail}"
    return text[: limit - 1].rstrip() + "…"


def distinct_titles(names: Sequence[str], limit: int = TITLE_LIMIT) -> list[str]:
    """Shortened titles that keep the words telling each name from the others ("Pilas
    Alcalinas AA x4" / "Pilas Alcalinas AAA x4"), made unique: equal titles would be equally
    good answers."""
    titles = labels.shorten_all(list(names), limit)
    seen: set[str] = set()
    for index, title in enumerate(titles):
        if title in seen:
            suffix = f" ({index + 1})"
            titles[index] = title[: limit - len(suffix)].rstrip() + suffix
        seen.add(title)
    return titles


def describe(*parts: str) -> str:
    text = " · ".join(part for part in parts if part)
    return text if len(text) <= DESCRIPTION_LIMIT else text[: DESCRIPTION_LIMIT - 1] + "…"


def resolve(text: str, offered: Sequence[Offered]) -> Offered | None:
    """The option a typed answer names: its number, its title (fuzzy), or its unique words."""
    if not offered:
        return None
    typed = normalize_chat(_KEYCAP.sub("", text[:200]))
    if not typed:
        return None
    number = _NUMBER_ANSWER.match(typed)
    if number:
        index = int(number.group(1))
        return offered[index - 1] if 1 <= index <= len(offered) else None
    by_title = _best_fuzzy(typed, offered)
    if by_title is not None:
        return by_title
    return _by_words(typed, offered)


def by_id(choice_id: str | None, offered: Sequence[Offered]) -> Offered | None:
    if not choice_id:
        return None
    return next((o for o in offered if o.id == choice_id), None)


def _labels(option: Offered) -> list[str]:
    labels = [option.title]
    if option.description:
        labels.append(option.description.split(" · ")[0])
    return [normalize_chat(label) for label in labels if label]


def _best_fuzzy(typed: str, offered: Sequence[Offered]) -> Offered | None:
    scored: list[tuple[float, int]] = []
    for index, option in enumerate(offered):
        best = 0.0
        for label in _labels(option):
            if not label:
                continue
            score = max(fuzz.ratio(typed, label), fuzz.token_sort_ratio(typed, label))
            if set(label.split()) <= set(typed.split()) and len(label) >= 3:
                score = 100.0  # "quiero hacer un pedido" names "Hacer un pedido" whole
            best = max(best, score)
        scored.append((best, index))
    scored.sort(reverse=True)
    top, index = scored[0]
    if top < GOOD_MATCH:
        return None
    if len(scored) > 1 and scored[1][0] >= top - 3:
        return None  # two options fit as well: ask rather than guess
    return offered[index]


def _by_words(typed: str, offered: Sequence[Offered]) -> Offered | None:
    words = {word for word in typed.split() if word not in _FILLER}
    if not words:
        return None
    fits = [
        option
        for option in offered
        if option.id.startswith(_PICKABLE_BY_WORDS)
        and words <= {w for label in _labels(option) for w in label.split()}
    ]
    return fits[0] if len(fits) == 1 else None

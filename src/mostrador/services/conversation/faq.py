"""Frequently asked questions: the shop's own, plus what its settings already answer.

Typed questions are matched by content words ("¿a qué hora abren?" -> "¿Cuál es su
horario?"): a word counts double when the FAQ question has it and once when only the answer
does, compared by their first four letters so "envíos"/"envío" and "hora"/"horario" meet.
"""

from __future__ import annotations

from mostrador.domain.language import normalize_chat
from mostrador.domain.shop import FaqEntry, ShopSettings
from mostrador.services.conversation import texts
from mostrador.services.conversation.choices import describe, shorten_sentence
from mostrador.services.conversation.state import Offered, Step
from mostrador.services.conversation.turn import Turn

MAX_SHOWN = 9
_ENOUGH = 0.5
_STOPWORDS_WORDS = (
    "a al algo como con cual cuales cuando cuanto de del donde el en es esta estan hacen hay "
    "la las lo los me mi o para por puedo puede pueden que se si son su sus te tienen tienes "
    "tu un una unos unas usted ustedes y ya yo venden saber quiero quisiera pregunta duda "
    "ok hola buenas gracias oye"
)
_STOPWORDS = frozenset(_STOPWORDS_WORDS.split())
_QUESTION_OPENERS_WORDS = (
    "que cual cuales como donde cuando cuanto cuanta hacen aceptan tienen puedo se hay "
    "venden abren cierran llegan"
)
_QUESTION_OPENERS = frozenset(_QUESTION_OPENERS_WORDS.split())


def entries(settings: ShopSettings) -> list[FaqEntry]:
    """The shop's FAQ first, then answers derived from its settings."""
    found = list(settings.faq)
    if settings.business_hours:
        found.append(FaqEntry(texts.FAQ_HOURS_QUESTION, texts.faq_hours(settings.business_hours)))
    if settings.pickup_enabled and settings.pickup_address:
        found.append(FaqEntry(texts.FAQ_WHERE_QUESTION, texts.faq_where(settings.pickup_address)))
    if settings.delivery_enabled:
        found.append(
            FaqEntry(texts.FAQ_SHIPPING_QUESTION, texts.faq_shipping(settings.pickup_enabled))
        )
    return found


def match(settings: ShopSettings, text: str) -> FaqEntry | None:
    words = _words(text)
    if not words:
        return None
    best: tuple[float, int] = (0.0, -1)
    candidates = entries(settings)
    for index, entry in enumerate(candidates):
        question, answer = _words(entry.question), _words(entry.answer)
        in_question = sum(1 for w in words if _meets(w, question))
        points = sum(2 if _meets(w, question) else 1 if _meets(w, answer) else 0 for w in words)
        score = points / (2 * len(words))
        if in_question and score > best[0]:
            best = (score, index)
    return candidates[best[1]] if best[0] >= _ENOUGH else None


def looks_like_question(text: str) -> bool:
    words = normalize_chat(text[:300]).split()
    return "?" in text or bool(words and words[0] in _QUESTION_OPENERS)


def answer_inline(t: Turn, text: str) -> bool:
    """Answers a typed FAQ question and repeats the pending question; False when none fits."""
    if not looks_like_question(text):
        return False
    entry = match(t.settings, text)
    if entry is None:
        return False
    t.reask(entry.answer)
    return True


def options(settings: ShopSettings) -> list[Offered]:
    shown = [
        Offered(f"faq:{index}", shorten_sentence(entry.question), _rest(entry.question))
        for index, entry in enumerate(entries(settings)[:MAX_SHOWN])
    ]
    return [*shown, Offered("menu:main", texts.OPT_MENU)]


def show(t: Turn, note: str = "") -> None:
    if not entries(t.settings):
        t.menu(texts.FAQ_EMPTY)
        return
    t.ask(Step.FAQ, texts.FAQ_QUESTION, options(t.settings), note)


def on_option(t: Turn, option: Offered) -> bool:
    kind, _, value = option.id.partition(":")
    if kind != "faq":
        return False
    found = entries(t.settings)
    index = int(value) if value.isdigit() else -1
    if not 0 <= index < len(found):
        show(t)
        return True
    t.ask(Step.FAQ, texts.FAQ_MORE_QUESTION, options(t.settings), found[index].answer)
    return True


def on_text(t: Turn, text: str) -> bool:
    """A typed question while the FAQ list is shown; False when it matches none."""
    entry = match(t.settings, text)
    if entry is None:
        return False
    t.ask(Step.FAQ, texts.FAQ_MORE_QUESTION, options(t.settings), entry.answer)
    return True


def _words(text: str) -> list[str]:
    return [w for w in normalize_chat(text[:500]).split() if w not in _STOPWORDS and w.isalnum()]


def _meets(word: str, others: list[str]) -> bool:
    if len(word) >= 4:
        return any(len(o) >= 4 and o[:4] == word[:4] for o in others)
    return word in others


def _rest(question: str) -> str:
    return describe(question) if len(question) > 24 else ""

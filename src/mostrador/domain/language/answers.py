"""Short answers: yes, no, hello, thanks, in the way people really type them.

A yes confirms orders, so `is_yes` is the careful one: it wants the answer at the start of
the message and stays False for anything that also says no. A message that says both
("sí no", "no, sí") is neither a yes nor a no; the bot asks again, which is cheaper than
confirming or cancelling an order the customer did not mean.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from mostrador.domain.language.normalize import normalize_chat, squeeze
from mostrador.domain.language.numbers import WORD_NUMBERS


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_YES = (
    "si", "sip", "simon", "claro", "claro que si", "dale", "va", "vale", "ok", "okay", "okey",
    "oki", "okis", "de acuerdo", "correcto", "es correcto", "confirmo", "confirmar",
    "confirmado", "afirmativo", "exacto", "perfecto", "listo", "asi es", "eso es",
    "por supuesto", "esta bien", "ta bien", "sale", "andale", "obvio", "sin problema",
    "no hay problema", "yes", "yep", "yeah", "sure", "sim",
)  # fmt: skip
_NO = (
    "no", "nop", "nope", "nel", "nah", "nao", "para nada", "negativo", "cancelar", "cancela",
    "cancelalo", "cancelado", "mejor no", "ya no", "tampoco",
)  # fmt: skip
# Words that, right after a bare "si" or "va", show it is an answer and not "if"/"goes".
_AFFIRMING = _words(
    "si claro quiero lo la los las gracias por porfavor esta asi todo correcto confirmo dale "
    "perfecto ok exacto de eso"
)
_CONDITIONAL_YES = frozenset({"si", "va"})
# "no" opening these is not a refusal: "no sé", "no hay problema", "no te preocupes".
_NOT_REFUSALS = (
    "no se", "no sabia", "no entiendo", "no entendi", "no estoy seguro", "no estoy segura",
    "no hay", "no pasa nada", "no te preocupes", "no se preocupe", "no importa", "no tengo idea",
    "no recuerdo", "no me acuerdo",
)  # fmt: skip
_GREETINGS = (
    "hola", "holi", "holis", "ola", "buenas", "buen dia", "buenos dias", "buenas tardes",
    "buenas noches", "que tal", "que onda", "hey", "ey", "hi", "hello", "oi", "saludos",
    "good morning", "bom dia", "boa tarde", "boa noite",
    # Regional: Spain, Chile, Colombia, Venezuela, the US.
    "que pasa", "que hay", "wena", "wenas", "quiubo", "que hubo", "alo", "epa", "buen día",
    "good afternoon", "good evening",
)  # fmt: skip
_GREETING_OPENERS = frozenset({"hey", "ey", "oye", "muy", "ah", "pues", "hi"})
_THANKS = (
    "gracias", "muchas gracias", "mil gracias", "te agradezco", "le agradezco", "agradecido",
    "agradecida", "thanks", "thank you", "thx", "obrigado", "obrigada", "valeu",
)  # fmt: skip
_YES_EMOJI = frozenset("👍👌✅✔☑🙌💯🆗")
_NO_EMOJI = frozenset("👎❌✖🚫🙅")
_GREETING_EMOJI = frozenset("👋")
_THANKS_EMOJI = frozenset("🙏")
# Skin tones, the emoji variation selector and the zero-width joiner carry no meaning here.
_EMOJI_DECORATION = re.compile("[\U0001f3fb-\U0001f3ff\ufe0f\u200d]")
_CLAUSE_BREAK = re.compile(r"[,.;:!?¡¿\n]+|\s[-–—]\s")


def is_yes(text: str) -> bool:
    """True when the message opens with a yes ("sí", "dale", "👍", "sí, así está bien").

    A bare "si"/"va" counts only alone in its clause or before an affirming word ("si quiero"),
    since "si tienes rojo" is a question. False whenever the message also answers no.
    """
    clauses = _clauses(text)
    if not clauses or not _opens_yes(clauses[0]):
        return False
    return not _answers_too(clauses, _leading(clauses[0], _YES), _opens_no, _NO)


def is_no(text: str) -> bool:
    """True when the message opens with a no ("no", "nel", "no gracias", "❌", "no quiero").

    Not for "no sé", "no hay problema" or a question ("¿no tienes otro?"), nor when the
    message also answers yes ("no, sí quiero").
    """
    clauses = _clauses(text)
    if not clauses or not _opens_no(clauses[0]):
        return False
    if len(clauses[0]) > 1 and text.rstrip().endswith("?"):
        return False
    return not _answers_too(clauses, _leading(clauses[0], _NO), _opens_yes, _YES)


def looks_like_greeting(text: str) -> bool:
    """True when the message opens with a greeting ("hola", "buenas tardes", "holaaa", "👋")."""
    for clause in _clauses(text)[:1]:
        if clause[0] in _GREETING_EMOJI or _leading(clause, _GREETINGS) is not None:
            return True
        if len(clause) > 1 and clause[0] in _GREETING_OPENERS:
            return clause[1] in _GREETING_EMOJI or _leading(clause[1:], _GREETINGS) is not None
    return False


_COUNT_WORDS = frozenset(WORD_NUMBERS) - {"un", "una", "uno", "um", "uma", "one", "cero", "zero"}


def looks_like_thanks(text: str) -> bool:
    """True when the message thanks anywhere ("gracias", "ok mil gracias", "grax", "🙏") and
    states no count: "mejor que sean 4, gracias" is a change, not thanks."""
    words = [word for clause in _clauses(text) for word in clause]
    if any(word.isdigit() or word in _COUNT_WORDS for word in words):
        return False
    if any(word in _THANKS_EMOJI for word in words):
        return True
    return any(_leading(words[start:], _THANKS) is not None for start in range(len(words)))


def _clauses(text: str) -> list[list[str]]:
    """Squeezed words (and emoji, one per item) of each punctuation-separated clause."""
    text = _EMOJI_DECORATION.sub("", text[:1000])
    clauses: list[list[str]] = []
    for part in _CLAUSE_BREAK.split(text):
        words = [squeeze(word) for word in _split_emoji(normalize_chat(part))]
        if words:
            clauses.append(words)
    return clauses


def _split_emoji(text: str) -> list[str]:
    items: list[str] = []
    for word in text.split():
        letters = ""
        for char in word:
            if char.isalnum() or char in "@.-/,":
                letters += char
                continue
            if letters:
                items.append(letters)
                letters = ""
            items.append(char)
        if letters:
            items.append(letters)
    return items


def _leading(words: list[str], phrases: tuple[str, ...]) -> list[str] | None:
    """The longest of `phrases` that `words` starts with, as squeezed words."""
    best: list[str] | None = None
    for phrase in phrases:
        wanted = [squeeze(word) for word in phrase.split()]
        if words[: len(wanted)] == wanted and (best is None or len(wanted) > len(best)):
            best = wanted
    return best


def _opens_yes(words: list[str]) -> bool:
    if words[0] in _YES_EMOJI:
        return True
    phrase = _leading(words, _YES)
    if phrase is None:
        return False
    if len(phrase) == len(words) or phrase[-1] not in _CONDITIONAL_YES:
        return True
    return words[len(phrase)] in _AFFIRMING


def _opens_no(words: list[str]) -> bool:
    if words[0] in _NO_EMOJI:
        return True
    return _leading(words, _NO) is not None and _leading(words, _NOT_REFUSALS) is None


def _answers_too(
    clauses: list[list[str]],
    opening: list[str] | None,
    opens_opposite: Callable[[list[str]], bool],
    opposite: tuple[str, ...],
) -> bool:
    """True when the opposite answer follows the opening one ("sí no", "no, sí quiero").

    A later clause counts as a no only when it is nothing but a no ("sí. no, espera"): "sí,
    no me cobres envío" still confirms.
    """
    right_after = clauses[0][len(opening) if opening else 1 :]  # no phrase: an emoji opened
    if right_after and opens_opposite(right_after):
        return True
    for clause in clauses[1:]:
        if opposite is _YES and _opens_yes(clause):
            return True
        phrase = _leading(clause, opposite)
        bare = phrase is not None and len(phrase) == len(clause)
        if opposite is _NO and (bare or clause[0] in _NO_EMOJI) and _opens_no(clause):
            return True
    return False

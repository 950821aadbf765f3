"""Chat that is not an answer: "¿cómo estás?", "jaja", "ok", insults.

The engine answers these briefly and repeats its pending question, so nothing the customer
built is lost. Only short messages count: "jaja sí, 2 cafés" carries an answer and is left
for the rest of the engine to read.
"""

from __future__ import annotations

import re

from mostrador.domain.language.normalize import normalize_chat

_MAX_WORDS = 8
_HOW_ARE_YOU = re.compile(
    r"(?<!\w)(?:como (?:estas|esta|estan|te va|le va|andas|vas|te encuentras)|que tal (?:estas|"
    r"todo|tu dia|andas)|todo bien|que cuentas|como va todo|how are you|tudo bem|como vai)(?!\w)"
)
_LAUGH = re.compile(r"^(?:(?:ja|je|ji|ha|he|xd|lol|jsjs|jsj|js)+\s*)+$")
_FILLER_WORDS = (
    "ok okey okay oki va bueno ah ya aja mmm mm hmm ahh oh che ey oye perfecto genial "
    "excelente super buenisimo entiendo"
)
_FILLER = frozenset(_FILLER_WORDS.split())
_INSULTS = re.compile(
    r"(?<!\w)(?:idiota|estupid[oa]|pendej[oa]s?|imbecil|tont[oa]|inutil|mierda|carajo|"
    r"bolud[oa]|pelotud[oa]|huev[oa]n|weon|gilipollas|cabron|baboso|maldit[oa]|"
    r"chinga\w*|put[oa]|hdp|ctm|stupid|useless|fuck\w*|shit|merda|burro|lent[oa] de mierda)(?!\w)"
)


def looks_like_small_talk(text: str) -> bool:
    """True for a short pleasantry that asks nothing of the shop ("¿cómo estás?", "jajaja")."""
    norm = normalize_chat(text[:200])
    words = norm.split()
    if not words or len(words) > _MAX_WORDS:
        return False
    if _HOW_ARE_YOU.search(norm):
        return True
    if _LAUGH.match(norm.replace(" ", "")):
        return True
    return all(word in _FILLER for word in words) and not (len(words) == 1 and words[0] == "va")


def looks_like_insult(text: str) -> bool:
    """True when a short message insults (the bot, usually); the reply stays calm and useful."""
    norm = normalize_chat(text[:300])
    return len(norm.split()) <= 12 and _INSULTS.search(norm) is not None

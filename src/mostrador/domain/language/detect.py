"""Which language a customer writes in: Spanish (the default), Portuguese or English.

Counted by marker words that only one of the three uses ("quero", "obrigado", "want",
"please"); words the languages share ("pedido", "comprar", "sim"/"si" look-alikes) count
for nobody. Two markers are enough while nothing is known; switching away from a language the
conversation already uses takes two more than it has with one of the new language's telling
phrases ("I want", "quero"), three without, so a stray "ok", "hi" or an English aside in a
Spanglish chat never flips it.
"""

from __future__ import annotations

import re
import unicodedata

_MARKERS: dict[str, frozenset[str]] = {
    "es": frozenset(
        [
            "hola",
            "quiero",
            "quisiera",
            "necesito",
            "gracias",
            "buenas",
            "buenos",
            "dias",
            "tardes",
            "noches",
            "tienen",
            "tienes",
            "tienda",
            "cuanto",
            "cuantos",
            "cuesta",
            "donde",
            "puedo",
            "usted",
            "ustedes",
            "mandame",
            "dame",
            "porfa",
            "llevar",
            "pedir",
            "precio",
            "galletas",
            "leche",
            "cafe",
            "refresco",
            "quieres",
            "queres",
            "tenes",
            "retiro",
            "recoger",
            "direccion",
            "nombre",
            "correo",
            "senor",
            "senora",
            "che",
            "dale",
            "oye",
            "hacen",
            "venden",
            "mandan",
            "envian",
            "envios",
            "domicilio",
            "pedido",
            # Words only Spanish writes, common in mixed messages ("quita el chorizo please").
            "y",
            "un",
            "una",
            "unos",
            "unas",
            "el",
            "los",
            "las",
            "del",
            "con",
            "quita",
            "mejor",
            "pero",
            "tambien",
            "muy",
            "bien",
            "esto",
            "eso",
            "para",
            "de",
            # Asking after the language itself: "hello! hablan español?".
            "espanol",
            "castellano",
            "hablan",
            "hablas",
            "habla",
            "hablo",
            "que",
            "por",
            "favor",
            "hay",
            "esta",
            "estan",
        ]
    ),
    "pt": frozenset(
        [
            "oi",
            "quero",
            "queria",
            "gostaria",
            "preciso",
            "obrigado",
            "obrigada",
            "voce",
            "voces",
            "tudo",
            "bem",
            "bom",
            "boa",
            "dia",
            "tarde",
            "noite",
            "nao",
            "sim",
            "comprar",
            "encomendar",
            "entrega",
            "retirar",
            "loja",
            "quanto",
            "custa",
            "onde",
            "posso",
            "endereco",
            "meu",
            "minha",
            "nome",
            "valeu",
            "beleza",
            "tambem",
            "isso",
            "esse",
            "essa",
            "fazer",
            "pedir",
            "sou",
        ]
    )
    - frozenset(["dia", "tarde", "comprar", "pedir", "entrega", "retirar"]),
    "en": frozenset(
        [
            "hello",
            "want",
            "would",
            "like",
            "need",
            "please",
            "thanks",
            "thank",
            "you",
            "order",
            "buy",
            "store",
            "address",
            "name",
            "how",
            "much",
            "where",
            "can",
            "i'd",
            "i'm",
            "my",
            "the",
            "and",
            "with",
            "to",
            "of",
            "some",
            "wanna",
            "get",
            "good",
            "morning",
            "afternoon",
            "evening",
            "yes",
        ]
    ),
}
# Phrases that settle it alone: "olá", "hi, I want".
_STRONG: dict[str, re.Pattern[str]] = {
    "pt": re.compile(r"(?<!\w)(?:oi|quero|obrigad[oa]|voce|gostaria|nao|bom dia|boa tarde)(?!\w)"),
    # "please" and "thanks" are left out: Spanglish shoppers say them in Spanish sentences.
    "en": re.compile(r"(?<!\w)(?:i want|i would|i'd like|i need|thank you|hello|"
                     r"good morning|can i|how much|i'm)(?!\w)"),
    "es": re.compile(r"(?<!\w)(?:hola|quiero|quisiera|necesito|gracias|buenas|buenos dias|"
                     r"me mandas|tienen|espanol|castellano|hablan|hablas)(?!\w)"),
}  # fmt: skip
# Accents that only Portuguese writes, and its "olá": "hola" and "ola" are Spanish.
_PORTUGUESE_LETTERS = re.compile(r"[ãõçâêô]|(?<!\w)olá(?!\w)")
# The customer names Spanish: that is the language to answer in, unless they say they do
# not speak it ("I don't speak Spanish", "não falo espanhol").
_SPANISH_ASKED = re.compile(r"(?<!\w)(?:spanish|espanol|castellano)(?!\w)")
_NOT_SPOKEN = re.compile(r"(?<!\w)(?:don'?t|do not|dont|no|nao|not)\s+(?:\w+\s+){0,2}$")
# One marker is not enough: "hi", "yes" or "oi" alone is a guess; a greeting plus a word is not.
_ENOUGH = 2
# Leaving the conversation's language without one of its telling phrases ("I want", "quero")
# takes more: a Spanglish shopper's English aside ("remove the suavitel pls, I still have
# some at home") must not turn the shop English.
_SWITCH = 3
_GREETINGS_ONLY = frozenset(
    ["hi", "hello", "hey", "good", "morning", "afternoon", "evening", "there"]
)


def detect_language(text: str, current: str = "") -> str | None:
    """The language `text` is written in ("es", "pt", "en"), or None when it does not say.

    `current` is the conversation's language so far ("" when unknown).
    """
    lowered = unicodedata.normalize("NFC", text[:500].lower())
    folded = "".join(
        c for c in unicodedata.normalize("NFKD", lowered) if not unicodedata.combining(c)
    )
    words = re.findall(r"[a-z']+", folded)
    scores = {lang: sum(word in markers for word in words) for lang, markers in _MARKERS.items()}
    strong = {lang for lang, pattern in _STRONG.items() if pattern.search(folded)}
    for lang in strong:
        scores[lang] += 2
    if _PORTUGUESE_LETTERS.search(lowered) and "ñ" not in lowered:
        scores["pt"] += 2
    if (spanish := _SPANISH_ASKED.search(folded)) and not _NOT_SPOKEN.search(
        folded[: spanish.start()]
    ):
        return "es"  # "hello! do you speak spanish?", "hablan español?": answered in it
    if set(words) <= _GREETINGS_ONLY:
        return None  # "hello", "good morning": anyone may greet so; the next message tells
    best = max(scores, key=lambda lang: (scores[lang], lang == "es"))
    if current in ("", "es") and (_spanglish(scores) or _asks_in_spanish_too(words, scores)):
        return "es"  # "hola good morning", "quiero un galón de milk, please"
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] < _ENOUGH or ranked[0] == ranked[1]:
        return None
    needed = _ENOUGH if best in strong else _SWITCH
    if current and best != current and scores[best] - scores.get(current, 0) < needed:
        return None
    if current == "es" and best == "en" and scores["es"] > 0 and best not in strong:
        return None  # "sorry, cancela los blueberries please": Spanish with English in it
    return best


# Spanish words that also sit inside product names ("tacos de pollo"): no sign of a reader.
_SPANISH_GLUE_WORDS = "y un una unos unas el los las del con para de pero que"
_SPANISH_GLUE = frozenset(_SPANISH_GLUE_WORDS.split())


def _asks_in_spanish_too(words: list[str], scores: dict[str, int]) -> bool:
    """ "hello! do you guys deliver? hacen delivery?": asked in Spanish as well, so Spanish is
    read; a Spanish word that only names food ("tacos de pollo") does not count."""
    spanish = [w for w in words if w in _MARKERS["es"] and w not in _SPANISH_GLUE]
    return bool(spanish) and scores["pt"] < scores["es"]


def _spanglish(scores: dict[str, int]) -> bool:
    """Spanish in a message that has English too: whoever mixes reads Spanish, the shop's
    first language ("hi! I need un Fabuloso de limón y un Clorox")."""
    return scores["en"] > 0 and scores["es"] >= _ENOUGH and scores["pt"] < scores["es"]

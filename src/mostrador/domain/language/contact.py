"""Contact details typed at checkout: email, postal code, the customer's name.

Each parser pulls the value out of a sentence ("mi correo es ...", "CP: 06700") and returns
None rather than a half-right value; `email_problem` then tells the customer, kindly and in
Spanish, what to fix. An address at a misspelt big provider ("gmial.com", "hotmail.co") is
not accepted: it is valid-looking but undeliverable, so the bot offers the correction instead.
"""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz.distance import OSA

from mostrador.domain.text import fold

_EMAIL = re.compile(
    r"[a-z0-9%+_-]+(?:\.[a-z0-9%+_-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24}"
)
_AT_TOKEN = re.compile(r"[^\s<>()\[\]{},;:\"'«»]*@[^\s<>()\[\]{},;:\"'«»]*")
_EDGE_PUNCTUATION = ".,;:!?¡¿)(\"'«»<>"
# Providers customers actually use, with the endings each really has.
_PROVIDERS: dict[str, frozenset[str]] = {
    "gmail": frozenset({"com"}),
    "hotmail": frozenset({"com", "es", "com.mx", "com.ar", "com.br", "cl", "fr", "it"}),
    "outlook": frozenset({"com", "es", "com.mx", "com.ar", "com.br", "cl", "fr", "it"}),
    "yahoo": frozenset({"com", "es", "com.mx", "com.ar", "com.br", "cl", "fr", "it"}),
    "icloud": frozenset({"com"}),
    "live": frozenset({"com", "com.mx", "com.ar", "cl", "es"}),
    "protonmail": frozenset({"com"}),
}
# Real domains a single letter away from a provider: never "corrected".
_REAL_LOOKALIKES = frozenset({"mail", "email", "ymail", "gmx", "aol", "me", "mac", "msn", "cloud"})
# Shorter provider names are compared exactly: "life.com" is not a misspelt "live.com".
_FUZZY_MIN_LENGTH = 5
_COM_TYPOS = frozenset({"con", "cmo", "ocm", "om", "cm", "co", "comm", "coom", "vom", "xom", "cim"})

_POSTAL_PATTERNS: dict[str, tuple[str, ...]] = {
    "MX": (r"(?<!\d)(\d{5})(?!\d)", r"(?<!\d)([1-9]\d{3})(?!\d)"),
    "ES": (r"(?<!\d)((?:0[1-9]|[1-4]\d|5[0-2])\d{3})(?!\d)",),
    "US": (r"(?<!\d)(\d{5})(?:-\d{4})?(?!\d)",),
    "PE": (r"(?<!\d)(\d{5})(?!\d)",),
    "AR": (r"(?<![a-z\d])([a-hj-np-z]\d{4}[a-z]{3})(?![a-z\d])", r"(?<!\d)(\d{4})(?!\d)"),
    "CO": (r"(?<!\d)(\d{6})(?!\d)",),
    "CL": (r"(?<!\d)(\d{3}-?\d{4})(?!\d)",),
    "BR": (r"(?<![\d.])(\d{2}\.?\d{3}-?\d{3})(?!\d)",),
}
# Any other country (Uruguay, Ecuador, Guatemala, Costa Rica...): a code of 4 to 7 digits, so a
# shop there is never stuck asking for a code it cannot read; its zones decide the rest.
_GENERIC_POSTAL = (r"(?<!\d)(\d{4,7})(?!\d)",)
# A labelled code wins over any other number in the sentence (a street number, an interior).
_POSTAL_LABEL = (
    r"(?:\bc\.?\s?p\.?|codigo postal|cod\.? postal|\bzip(?: code)?|\bcep|\bcpa)\s*[:#]?\s*"
)

_NAME_LEAD_INS = (
    "mi nombre completo es", "mi nombre es", "el nombre es", "es a nombre de", "ponlo a nombre de",
    "a nombre de", "al nombre de", "me llamo", "yo soy", "soy", "nombre", "my name is", "i am",
    "i'm", "meu nome e", "me chamo", "sou",
)  # fmt: skip
_NAME_GREETINGS = ("hola", "buenas", "buenos dias", "buenas tardes", "buenas noches", "si", "ok")
_PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "e", "da", "das", "do", "dos"})
_NAME_CHARS = re.compile(r"[^\W\d_]+(?:[-'’.][^\W\d_]*)*\.?")
_MAX_NAME = 80


def parse_email(text: str) -> str | None:
    """The first valid email address in `text`, lower-cased, or None.

    None too for an address at a misspelt provider ("ana@gmial.com"); see `suggest_email_fix`.
    """
    for candidate in _at_candidates(text):
        if _EMAIL.fullmatch(candidate) and _fixed_domain(candidate.split("@")[1]) is None:
            return candidate
    return None


def suggest_email_fix(text: str) -> str | None:
    """The address with a misspelt provider domain corrected ("ana@gmial.com" -> "...gmail.com").

    None when there is nothing to correct.
    """
    for candidate in _at_candidates(text):
        local, _, domain = candidate.partition("@")
        fixed = _fixed_domain(domain)
        if fixed is not None and local and _EMAIL.fullmatch(f"{local}@{fixed}"):
            return f"{local}@{fixed}"
    return None


def email_problem(text: str) -> str:
    """A short, kind Spanish explanation of what is wrong with a typed email; "" if nothing."""
    if parse_email(text) is not None:
        return ""
    suggestion = suggest_email_fix(text)
    if suggestion is not None:
        return f"¿Quisiste decir {suggestion}?"
    plain = unicodedata.normalize("NFKC", text[:2000]).strip().lower()
    if not plain:
        return "No encontré un correo en tu mensaje. Escríbelo así: nombre@ejemplo.com"
    if "@" not in plain:
        if "arroba" in fold(plain).split():
            return "Escribe el símbolo @ en lugar de la palabra «arroba», por favor."
        return "Parece que falta la @. Un correo se ve así: nombre@ejemplo.com"
    if re.search(r"\s@|@\s|@\S*\s+\.|@\S*\.\s", plain):
        return "Parece que hay espacios dentro del correo; escríbelo todo junto, sin espacios."
    candidates = _at_candidates(text)
    candidate = candidates[0] if candidates else "@"
    local, _, domain = candidate.partition("@")
    if "@" in domain:
        return "El correo lleva una sola @; revisa que no se haya escrito dos veces."
    if not local:
        return "Falta la parte antes de la @ (tu usuario, como ana.perez)."
    if not domain:
        return "Falta lo que va después de la @, por ejemplo gmail.com."
    if not candidate.isascii():
        return "El correo no puede llevar acentos ni ñ; ¿puedes revisarlo?"
    if ".." in candidate:
        return "Hay dos puntos seguidos (..) en el correo; revisa que solo haya uno."
    if "." not in domain or not re.fullmatch(r".*\.[a-z]{2,24}", domain):
        return "Falta la terminación del correo, como .com o .mx."
    return "Ese correo no parece válido; revisa que esté completo, como nombre@ejemplo.com."


def parse_postal_code(text: str, country: str = "MX") -> str | None:
    """The postal code in `text` for `country` (ISO 3166 alpha-2), normalized, or None.

    MX, ES, US, PE: 5 digits (a 4-digit Mexican code lost its leading zero: "6700" ->
    "06700"); AR: CPA "C1425ABC" (upper-cased) or 4 digits; CO: 6; CL: 7; BR: 8 ("01310-100"
    -> "01310100"); any other country: 4 to 7 digits.
    """
    country = country.upper()
    plain = fold(text[:1000])
    patterns = _POSTAL_PATTERNS.get(country, _GENERIC_POSTAL)
    for pattern in (*(_POSTAL_LABEL + p for p in patterns), *patterns):
        for match in re.finditer(pattern, plain):
            code = re.sub(r"[.\-]", "", match.group(1)).upper()
            if country != "MX":
                return code
            code = code.zfill(5)
            if not code.startswith("00"):  # Mexican codes run from 01000
                return code
    return None


def clean_person_name(text: str) -> str | None:
    """The customer's name from an answer like "me llamo ana pérez." -> "Ana Pérez".

    Lead-ins ("soy", "a nombre de") and trailing punctuation go; an all-lower or all-upper name
    is capitalised per word with particles kept lower ("María de la Luz"); accents are kept.
    None for text with no letters, an @ or digits, anything but a name's characters, or more
    than 80 characters.
    """
    if "@" in text or any(char.isdigit() for char in text) or len(text) > 4 * _MAX_NAME:
        return None
    words = _NAME_CHARS.findall(unicodedata.normalize("NFC", text))
    leftover = _NAME_CHARS.sub("", unicodedata.normalize("NFC", text))
    if not words or re.search(r"[^\s,.;:!¡\"'«»()\-]", _without_emoji(leftover)):
        return None
    words = _strip_lead_in(words)
    while words and fold(words[-1]).strip(".") in {"gracias", "saludos"}:
        words = words[:-1]
    words = [
        word.rstrip(".") if index == len(words) - 1 else word for index, word in enumerate(words)
    ]
    name = " ".join(word for word in words if word)
    if not name or len(name) > _MAX_NAME:
        return None
    if name.islower() or name.isupper():
        name = " ".join(
            _capitalised(word, first=index == 0) for index, word in enumerate(name.split())
        )
    return name


def _at_candidates(text: str) -> list[str]:
    plain = unicodedata.normalize("NFKC", text[:2000]).lower()
    return [token.strip(_EDGE_PUNCTUATION) for token in _AT_TOKEN.findall(plain)]


def _fixed_domain(domain: str) -> str | None:
    """The provider domain `domain` misspells, or None if it is fine or unknown."""
    name, dot, ending = domain.partition(".")
    if not dot:  # "gmail", "gmailcom": the ending was forgotten
        provider = _closest_provider(name.removesuffix("com") or name)
        return None if provider is None else f"{provider}.com"
    provider = _closest_provider(name)
    if provider is None:
        return None
    endings = _PROVIDERS[provider]
    if ending not in endings and (ending in _COM_TYPOS or OSA.distance(ending, "com") <= 1):
        ending = "com"
    fixed = f"{provider}.{ending}"
    return None if fixed == domain or ending not in endings else fixed


def _closest_provider(name: str) -> str | None:
    if name in _PROVIDERS:
        return name
    if name in _REAL_LOOKALIKES:
        return None
    for provider in _PROVIDERS:
        if len(provider) < _FUZZY_MIN_LENGTH:
            continue
        allowed = 1 if len(provider) <= 6 else 2
        if OSA.distance(name, provider) <= allowed:
            return provider
    return None


def _strip_lead_in(words: list[str]) -> list[str]:
    folded = [fold(word).strip(".,") for word in words]
    for phrases in (_NAME_GREETINGS, _NAME_LEAD_INS):
        for phrase in sorted(phrases, key=len, reverse=True):
            size = len(phrase.split())
            if folded[:size] == phrase.split() and len(words) > size:
                words, folded = words[size:], folded[size:]
                break
    return words


def _capitalised(word: str, *, first: bool) -> str:
    lower = word.lower()
    if not first and lower in _PARTICLES:
        return lower
    return re.sub(r"[^\W\d_]+", lambda part: part.group()[0].upper() + part.group()[1:], lower)


def _without_emoji(text: str) -> str:
    return "".join(
        char for char in text if unicodedata.category(char) not in {"So", "Sk", "Mn", "Cf"}
    )

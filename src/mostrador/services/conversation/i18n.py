"""The customer's language for the replies of one turn: Spanish, Portuguese (pt-BR), English.

Spanish sentences are the message ids. Sentences with values are translated where they are
built (`_("… {name} …").format(name=…)`); fixed sentences are only marked (`N_`) where they
are defined, since modules load once for every language, and the `Turn` translates each
line it sends. The catalogs are gettext .po files under `mostrador/locale`, read with Babel
at first use, so they work offline and from a plain pip install with no compile step.

The language is a context variable set by `handle_turn` for the duration of one turn (and
by anything else that builds messages for a known customer): texts functions need no
language argument, and a worker thread never sees another conversation's language.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from importlib import resources

from babel.messages.pofile import read_po

DEFAULT = "es"
# Our short language codes -> the locale folder holding the catalog.
LOCALES = {"pt": "pt_BR", "en": "en"}
# Spanish as written where voseo is the norm: an overlay of the sentences that change
# ("¿Qué producto buscás?"); any sentence it lacks stays as the Spanish id.
VOSEO = "es_AR"
VOSEO_COUNTRIES = frozenset({"AR", "UY"})
_FOLDERS = {**LOCALES, VOSEO: "es_AR"}
DOMAIN = "mostrador"
_current: ContextVar[str] = ContextVar("mostrador_language", default=DEFAULT)


def N_(message: str) -> str:
    """Marks a fixed sentence for translation; it is translated when sent."""
    return message


def _(message: str) -> str:
    """`message` in the current language; itself when Spanish or untranslated."""
    language = _current.get()
    if language == DEFAULT:
        return message
    return catalog(language).get(message) or message


def current() -> str:
    return _current.get()


@contextmanager
def using(language: str, country: str = "") -> Iterator[None]:
    """Replies built inside the block are in `language` (unknown codes mean Spanish); Spanish
    for a shop in `country` where people write with vos takes the voseo overlay."""
    if language not in LOCALES:
        language = VOSEO if country.upper() in VOSEO_COUNTRIES else DEFAULT
    token = _current.set(language)
    try:
        yield
    finally:
        _current.reset(token)


def lines(text: str) -> str:
    """Each line of `text` translated when it is a whole fixed sentence of the catalog."""
    if _current.get() == DEFAULT or not text:
        return text
    return "\n".join(_(line) for line in text.split("\n"))


@cache
def catalog(language: str) -> dict[str, str]:
    """msgid -> translation for `language`; empty when the catalog is missing (Spanish then)."""
    folder = _FOLDERS.get(language)
    if folder is None:
        return {}
    source = resources.files("mostrador").joinpath("locale", folder, "LC_MESSAGES", f"{DOMAIN}.po")
    if not source.is_file():
        return {}
    with source.open("rb") as handle:
        parsed = read_po(handle, locale=folder)
    return {
        str(message.id): str(message.string)
        for message in parsed
        if message.id
        and isinstance(message.id, str)
        and isinstance(message.string, str)
        and message.string
        and not message.fuzzy
    }

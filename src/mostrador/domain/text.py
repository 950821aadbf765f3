"""Text folding shared by search and understanding: case, accents, width, whitespace."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lowercase, NFKC width-folded, accents stripped (ñ kept as n), whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text).lower()
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", plain).strip()


def clean_customer_text(text: str, limit: int = 4096) -> str:
    """Customer text made safe to store: NULs and control characters removed, bounded length."""
    text = "".join(c for c in text if c in "\n\t" or unicodedata.category(c)[0] != "C")
    return text[:limit]

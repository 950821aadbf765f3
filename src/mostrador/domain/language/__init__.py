"""Understanding short customer messages in chat Spanish (and some Portuguese and English).

Pure text in, plain values out: no model, no I/O. Each function answers one narrow question
("is this a yes?", "how many?", "which email?") and returns None or False when unsure, so
the conversation engine asks again instead of acting on a guess.
"""

from mostrador.domain.language.answers import is_no, is_yes, looks_like_greeting, looks_like_thanks
from mostrador.domain.language.contact import (
    clean_person_name,
    email_problem,
    parse_email,
    parse_postal_code,
    suggest_email_fix,
)
from mostrador.domain.language.detect import detect_language
from mostrador.domain.language.normalize import normalize_chat
from mostrador.domain.language.numbers import WORD_NUMBERS, parse_quantity, split_quantity
from mostrador.domain.language.smalltalk import looks_like_insult, looks_like_small_talk

__all__ = [
    "WORD_NUMBERS",
    "clean_person_name",
    "detect_language",
    "email_problem",
    "is_no",
    "is_yes",
    "looks_like_greeting",
    "looks_like_insult",
    "looks_like_small_talk",
    "looks_like_thanks",
    "normalize_chat",
    "parse_email",
    "parse_postal_code",
    "parse_quantity",
    "split_quantity",
    "suggest_email_fix",
]

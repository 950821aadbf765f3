"""Typed reads of Meta's JSON: every accessor tolerates a missing or wrongly typed field.

Webhook bodies are signed by Meta but their shape still changes without notice (new types, new
optional fields, nulls), so nothing here raises: a wrong type reads as "absent".
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from mostrador.domain.text import clean_customer_text

JSON = dict[str, Any]

# Ids and labels Meta echoes back are short; bounding them keeps a hostile body from storing
# megabytes in an indexed column.
ID_LIMIT = 256
NAME_LIMIT = 256


def obj(value: object) -> JSON:
    return value if isinstance(value, dict) else {}


def objs(value: object) -> list[JSON]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def string(value: object, limit: int = ID_LIMIT) -> str:
    """A short identifier-like string ('' when absent). Numbers are accepted as Meta sometimes
    sends ids and wa_ids unquoted in older payloads."""
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, int | float):
        value = str(value)
    if not isinstance(value, str):
        return ""
    return clean_customer_text(value.strip(), limit)


def text(value: object, limit: int) -> str:
    """Customer-written text: control characters removed, bounded, inner layout kept."""
    return clean_customer_text(value, limit) if isinstance(value, str) else ""


def optional(value: object, limit: int = ID_LIMIT) -> str | None:
    return string(value, limit) or None


def integer(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value.strip())
    return None


def number(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return None
    return None


def decimal_text(value: object) -> str:
    """A price as a decimal string, whatever JSON type Meta used ('' when absent)."""
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, int | float | str):
        return string(value, 32)
    return ""


def timestamp(value: object) -> datetime | None:
    """Meta's unix-seconds string as an aware UTC datetime (None when absent or absurd)."""
    seconds = integer(value)
    if seconds is None or seconds < 0:
        return None
    try:
        return datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None

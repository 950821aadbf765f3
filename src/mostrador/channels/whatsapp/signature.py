"""Webhook authenticity: Meta signs every webhook body with the app secret.

`X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body>`. Verify the raw bytes as
received, before any parsing: re-serialized JSON would not match.
"""

from __future__ import annotations

import hashlib
import hmac

_PREFIX = "sha256="


def verify_signature(app_secret: str, raw_body: bytes, header: str | None) -> bool:
    """True iff `header` is a well-formed signature of `raw_body` under `app_secret`.

    Missing, malformed (wrong prefix, not 64 hex digits) or wrong signatures are all False;
    never raises. An empty app secret verifies nothing, so a misconfigured server fails closed.
    """
    if not app_secret or not header:
        return False
    header = header.strip()
    if not header.lower().startswith(_PREFIX):
        return False
    given = header[len(_PREFIX) :].lower()
    if len(given) != 64 or any(c not in "0123456789abcdef" for c in given):
        return False
    expected = hmac.new(app_secret.encode(), raw_body, hashlib.sha256).hexdigest()
    # compare_digest keeps the comparison time independent of where the first mismatch is.
    return hmac.compare_digest(expected, given)

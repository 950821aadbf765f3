"""Graph API failures map to a code, a retry class and a reason staff can read."""

from __future__ import annotations

import orjson
import pytest

from mostrador.channels.whatsapp.errors import (
    AuthError,
    GraphError,
    PermanentError,
    RetryClass,
    ThrottledError,
    TransientError,
    classify,
)


def envelope(code: int, message: str = "x", subcode: int | None = None, **extra: object) -> bytes:
    error: dict[str, object] = {
        "message": message,
        "type": "OAuthException",
        "code": code,
        "fbtrace_id": "AbCdEfGhIjKlMnOpQrStUvW",
        **extra,
    }
    if subcode is not None:
        error["error_subcode"] = subcode
    return orjson.dumps({"error": error})


def test_outside_the_24_hour_window_is_permanent_with_a_spanish_reason() -> None:
    body = envelope(
        131047,
        "(#131047) Re-engagement message",
        2494010,
        error_data={
            "messaging_product": "whatsapp",
            "details": "Message failed to send because more than 24 hours have passed since the "
            "customer last replied to this number.",
        },
    )
    error = classify(400, body)
    assert isinstance(error, PermanentError)
    assert (error.code, error.subcode, error.http_status, error.retry) == (
        131047,
        2494010,
        400,
        RetryClass.PERMANENT,
    )
    assert error.message == "(#131047) Re-engagement message"
    assert error.details.startswith("Message failed to send because more than 24 hours")
    assert error.fbtrace_id == "AbCdEfGhIjKlMnOpQrStUvW"
    assert error.reason == (
        "Pasaron más de 24 horas desde el último mensaje del cliente; hace falta una plantilla."
    )


def test_a_message_type_not_allowed_for_a_bsuid_is_permanent_and_says_why() -> None:
    error = classify(400, envelope(131062, "(#131062) Business-scoped user ID not supported"))
    assert error.retry is RetryClass.PERMANENT
    assert error.reason == (
        "Este tipo de mensaje no se puede enviar a un cliente con nombre de usuario (sin teléfono)."
    )


@pytest.mark.parametrize(
    ("status", "code", "retry", "kind"),
    [
        (429, 130429, RetryClass.THROTTLED, ThrottledError),
        (400, 131056, RetryClass.THROTTLED, ThrottledError),
        (400, 80007, RetryClass.THROTTLED, ThrottledError),
        (400, 4, RetryClass.THROTTLED, ThrottledError),
        (400, 131048, RetryClass.THROTTLED, ThrottledError),
        (500, 2, RetryClass.TRANSIENT, TransientError),
        (500, 1, RetryClass.TRANSIENT, TransientError),
        (500, 131000, RetryClass.TRANSIENT, TransientError),
        (503, 131016, RetryClass.TRANSIENT, TransientError),
        (401, 190, RetryClass.AUTH, AuthError),
        (403, 10, RetryClass.AUTH, AuthError),
        (400, 200, RetryClass.AUTH, AuthError),
        (403, 299, RetryClass.AUTH, AuthError),
        (401, 0, RetryClass.AUTH, AuthError),
        (400, 131026, RetryClass.PERMANENT, PermanentError),
        (400, 131051, RetryClass.PERMANENT, PermanentError),
        (400, 131052, RetryClass.PERMANENT, PermanentError),
        (400, 131053, RetryClass.PERMANENT, PermanentError),
        (400, 131009, RetryClass.PERMANENT, PermanentError),
        (404, 132001, RetryClass.PERMANENT, PermanentError),
        (400, 132012, RetryClass.PERMANENT, PermanentError),
        (400, 100, RetryClass.PERMANENT, PermanentError),
    ],
)
def test_meta_codes_map_to_their_retry_family(
    status: int, code: int, retry: RetryClass, kind: type[GraphError]
) -> None:
    error = classify(status, envelope(code))
    assert (error.code, error.retry, type(error)) == (code, retry, kind)
    assert error.reason


@pytest.mark.parametrize(
    ("status", "retry"),
    [
        (429, RetryClass.THROTTLED),
        (500, RetryClass.TRANSIENT),
        (502, RetryClass.TRANSIENT),
        (401, RetryClass.AUTH),
        (403, RetryClass.AUTH),
        (400, RetryClass.PERMANENT),
        (404, RetryClass.PERMANENT),
    ],
)
def test_an_unknown_code_falls_back_to_the_http_status(status: int, retry: RetryClass) -> None:
    assert classify(status, envelope(999999)).retry is retry


def test_a_body_that_is_not_metas_envelope_is_classified_by_status_alone() -> None:
    error = classify(502, b"<html><body>Bad Gateway</body></html>")
    assert (error.code, error.subcode, error.retry) == (502, None, RetryClass.TRANSIENT)
    assert error.message == "<html><body>Bad Gateway</body></html>"
    assert classify(503, b"").message == "HTTP 503"


def test_the_fake_graphs_limit_refusal_is_permanent() -> None:
    body = orjson.dumps(
        {
            "error": {
                "message": "(#131009) Parameter value is not valid: list row.title has 30 chars",
                "type": "OAuthException",
                "code": 131009,
                "fbtrace_id": "A1b2c3",
            }
        }
    )
    error = classify(400, body)
    assert isinstance(error, PermanentError)
    assert str(error) == (
        "[400 #131009] (#131009) Parameter value is not valid: list row.title has 30 chars"
    )


def test_template_errors_share_one_reason() -> None:
    assert classify(400, envelope(132001)).reason == (
        "La plantilla no existe, no está aprobada o sus parámetros no coinciden."
    )

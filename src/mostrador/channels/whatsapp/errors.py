"""Graph API failures, each carrying Meta's code and what the caller should do about it.

::

    GraphError(code, subcode, message, http_status, retry)   # base; retry: RetryClass
     ├── ThrottledError    THROTTLED  back off, then retry    (429; 4, 80007, 130429, 131048,
     │                                                          131056)
     ├── TransientError    TRANSIENT  retry soon              (5xx; 1, 2, 131000, 131016, 133004;
     │                                                          timeouts and connection errors)
     ├── AuthError         AUTH       pause the account       (401/403; 0, 3, 10, 190, 200-299,
     │                                                          131031 locked, 131042 payment)
     └── PermanentError    PERMANENT  fail the message and    (other 4xx; 100, 131008, 131009,
                                      show it to staff         131026, 131047, 131051-131053,
                                                               131062, 132xxx templates)

`classify(http_status, body)` turns a Graph API response into the right subclass. Meta's code
wins over the HTTP status when Meta knows it (a 400 with code 130429 is still throttling); an
unknown code falls back to the status family. `GraphError.reason` is a Spanish sentence for
staff; the client never retries — the outbox sender does, according to `retry`.
"""

from __future__ import annotations

from enum import StrEnum

import orjson


class RetryClass(StrEnum):
    THROTTLED = "throttled"  # back off (exponentially) and retry
    TRANSIENT = "transient"  # retry soon
    AUTH = "auth"  # token/permission/account problem: pause the account, alert staff
    PERMANENT = "permanent"  # this message will never go: mark it failed, show staff


class GraphError(Exception):
    """A send that Meta refused or that never reached Meta."""

    def __init__(
        self,
        code: int,
        subcode: int | None,
        message: str,
        http_status: int,
        retry: RetryClass,
        *,
        details: str = "",
        fbtrace_id: str = "",
    ) -> None:
        super().__init__(f"[{http_status} #{code}] {message}")
        self.code = code
        self.subcode = subcode
        self.message = message
        self.http_status = http_status
        self.retry = retry
        self.details = details
        self.fbtrace_id = fbtrace_id

    @property
    def reason(self) -> str:
        """What staff should read about this failure, in Spanish."""
        return staff_reason(self.code, self.retry)


class ThrottledError(GraphError):
    pass


class TransientError(GraphError):
    pass


class AuthError(GraphError):
    pass


class PermanentError(GraphError):
    pass


_CLASS_OF: dict[RetryClass, type[GraphError]] = {
    RetryClass.THROTTLED: ThrottledError,
    RetryClass.TRANSIENT: TransientError,
    RetryClass.AUTH: AuthError,
    RetryClass.PERMANENT: PermanentError,
}

_THROTTLED = frozenset({4, 17, 32, 613, 80007, 130429, 131048, 131056})
# 131057: account in maintenance mode — Meta says to retry later.
_TRANSIENT = frozenset({1, 2, 131000, 131016, 131057, 133004})
# 368: temporarily blocked for policy violations; 131031: account locked; 131042: payment
# method problem. None of them is about one message: every send on the account would fail.
_AUTH = frozenset({0, 3, 10, 190, 368, 131005, 131031, 131042})
_PERMANENT = frozenset(
    {100, 131008, 131009, 131021, 131026, 131047, 131051, 131052, 131053, 131062, 133010}
)

_REASONS: dict[int, str] = {
    131047: (
        "Pasaron más de 24 horas desde el último mensaje del cliente; hace falta una plantilla."
    ),
    131062: (
        "Este tipo de mensaje no se puede enviar a un cliente con nombre de usuario (sin teléfono)."
    ),
    131026: "WhatsApp no pudo entregar el mensaje a este número (puede no tener WhatsApp).",
    131051: "WhatsApp no admite este tipo de mensaje.",
    131052: "No se pudo descargar el archivo que envió el cliente.",
    131053: "No se pudo subir el archivo adjunto; revisa el enlace y el formato.",
    131009: "WhatsApp rechazó el mensaje por un dato inválido (texto demasiado largo o similar).",
    131008: "Al mensaje le falta un dato obligatorio.",
    131021: "El destinatario es el mismo número del negocio.",
    131031: "La cuenta de WhatsApp Business está bloqueada; revisa el administrador de Meta.",
    131042: "Hay un problema con el método de pago de la cuenta de WhatsApp Business.",
    131048: "WhatsApp limitó los envíos por reportes de spam; se reintentará más tarde.",
    131056: "Demasiados mensajes seguidos a este cliente; se reintentará en un momento.",
    133010: "El número del negocio no está registrado en la API de WhatsApp.",
    190: "El token de acceso de WhatsApp venció o no es válido; hay que renovarlo.",
    368: "Meta bloqueó temporalmente la cuenta por infringir sus políticas.",
}

_FAMILY_REASONS: dict[RetryClass, str] = {
    RetryClass.THROTTLED: "WhatsApp pidió bajar el ritmo de envíos; se reintentará en breve.",
    RetryClass.TRANSIENT: "WhatsApp no respondió o tuvo una falla temporal; se reintentará.",
    RetryClass.AUTH: (
        "La cuenta de WhatsApp no tiene permiso para enviar (token o permisos); "
        "los envíos quedan en pausa."
    ),
    RetryClass.PERMANENT: "WhatsApp rechazó el mensaje y no se reintentará.",
}


def retry_class(http_status: int, code: int | None) -> RetryClass:
    """The retry family of a failure: Meta's code when we know it, else the HTTP status."""
    if code is not None:
        if code in _THROTTLED:
            return RetryClass.THROTTLED
        if code in _TRANSIENT:
            return RetryClass.TRANSIENT
        if code in _AUTH or 200 <= code <= 299:
            return RetryClass.AUTH
        if code in _PERMANENT or 132000 <= code <= 132999:
            return RetryClass.PERMANENT
    if http_status == 429:
        return RetryClass.THROTTLED
    if http_status >= 500 or http_status == 0:
        return RetryClass.TRANSIENT
    if http_status in (401, 403):
        return RetryClass.AUTH
    return RetryClass.PERMANENT


def staff_reason(code: int, retry: RetryClass) -> str:
    if 132000 <= code <= 132999:
        return "La plantilla no existe, no está aprobada o sus parámetros no coinciden."
    return _REASONS.get(code) or _FAMILY_REASONS[retry]


def make_error(
    code: int,
    subcode: int | None,
    message: str,
    http_status: int,
    *,
    details: str = "",
    fbtrace_id: str = "",
) -> GraphError:
    retry = retry_class(http_status, code)
    return _CLASS_OF[retry](
        code, subcode, message, http_status, retry, details=details, fbtrace_id=fbtrace_id
    )


def transport_error(message: str) -> GraphError:
    """A send that never got an answer (timeout, refused connection): code 0, retry soon."""
    return TransientError(0, None, message, 0, RetryClass.TRANSIENT)


def classify(http_status: int, body: bytes) -> GraphError:
    """The error for a non-2xx Graph API response.

    Reads Meta's envelope ``{"error": {"message", "type", "code", "error_subcode",
    "fbtrace_id", "error_data": {"details"}}}``; a body that is not such an envelope (HTML from a
    proxy, empty) is classified by HTTP status alone with code = the status.
    """
    try:
        parsed = orjson.loads(body) if body else None
    except orjson.JSONDecodeError:
        parsed = None
    error = parsed.get("error") if isinstance(parsed, dict) else None
    if not isinstance(error, dict):
        text = body[:200].decode("utf-8", "replace").strip()
        return make_error(http_status, None, text or f"HTTP {http_status}", http_status)
    code = _as_int(error.get("code"))
    data = error.get("error_data")
    details = data.get("details") if isinstance(data, dict) else None
    return make_error(
        code if code is not None else http_status,
        _as_int(error.get("error_subcode")),
        str(error.get("message") or error.get("title") or f"HTTP {http_status}"),
        http_status,
        details=details if isinstance(details, str) else "",
        fbtrace_id=str(error.get("fbtrace_id") or ""),
    )


def _as_int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None

"""The Graph API messages endpoint: one POST per outgoing body, no retries.

Retrying is the outbox sender's job (it knows the message's history and the account's state);
this client only turns every outcome into either the provider message id or a `GraphError`
whose `retry` says what to do next.
"""

from __future__ import annotations

import asyncio

import httpx
import orjson

from mostrador.channels.whatsapp.errors import GraphError, classify, transport_error


class GraphClient:
    """Sends Cloud API bodies to ``POST {api_base}/{phone_number_id}/messages``.

    At most `max_in_flight` requests are on the wire at once: a semaphore queues the rest
    *before* httpx, because httpx's own pool degrades sharply when many tasks wait on it.
    Safe to share between tasks of one event loop; call `aclose()` at shutdown.
    """

    def __init__(
        self,
        api_base: str,
        phone_number_id: str,
        access_token: str,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        max_in_flight: int = 16,
        timeout: float = 10.0,
    ) -> None:
        if max_in_flight < 1:
            raise ValueError("max_in_flight must be at least 1")
        self._api_base = api_base.rstrip("/")
        self._phone_number_id = phone_number_id
        self._gate = asyncio.Semaphore(max_in_flight)
        limits = httpx.Limits(
            max_connections=max_in_flight, max_keepalive_connections=max_in_flight
        )
        self._http = httpx.AsyncClient(
            transport=transport,
            limits=limits,
            timeout=httpx.Timeout(timeout),
            headers={
                "authorization": f"Bearer {access_token}",
                "content-type": "application/json",
            },
        )

    async def send(self, body: dict[str, object], phone_number_id: str | None = None) -> str | None:
        """Post one body; return ``messages[0].id`` (None for a read receipt).

        Raises `GraphError` for any non-2xx answer, and a TRANSIENT one (code 0) when the
        request timed out or never connected — the message may or may not have gone out then,
        which is why retried sends must be idempotent downstream (dedupe on the outbox row).
        """
        url = f"{self._api_base}/{phone_number_id or self._phone_number_id}/messages"
        content = orjson.dumps(body)
        async with self._gate:
            try:
                response = await self._http.post(url, content=content)
            except httpx.TimeoutException as exc:
                raise transport_error(f"timeout: {type(exc).__name__}") from exc
            except httpx.TransportError as exc:
                raise transport_error(f"{type(exc).__name__}: {exc}") from exc
        if not response.is_success:
            raise classify(response.status_code, response.content)
        return _message_id(response.content)

    async def aclose(self) -> None:
        await self._http.aclose()


def _message_id(content: bytes) -> str | None:
    """``{"messages": [{"id": "wamid..."}]}`` → the id; ``{"success": true}`` → None."""
    try:
        parsed = orjson.loads(content) if content else None
    except orjson.JSONDecodeError:
        return None
    if not isinstance(parsed, dict):
        return None
    messages = parsed.get("messages")
    if isinstance(messages, list) and messages and isinstance(messages[0], dict):
        message_id = messages[0].get("id")
        if isinstance(message_id, str) and message_id:
            return message_id
    return None


__all__ = ["GraphClient", "GraphError"]

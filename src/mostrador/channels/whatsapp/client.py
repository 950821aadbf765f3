"""The Graph API messages endpoint: one POST per outgoing body, no retries.

Retrying is the outbox sender's job (it knows the message's history and the account's state);
this client only turns every outcome into either the provider message id or a `GraphError`
whose `retry` says what to do next.

The hot send path runs on aiohttp rather than httpx: it costs about a tenth of the client CPU
per POST, and the sender's CPU is the bottleneck at hundreds of replies a second
(docs/decisions/0003-aiohttp-for-the-graph-sender.md).
"""

from __future__ import annotations

import asyncio

import aiohttp
import orjson

from mostrador.channels.whatsapp.errors import GraphError, classify, transport_error

# Idle keep-alive connections to graph.facebook.com are kept this long (seconds).
_KEEPALIVE = 30.0


class GraphClient:
    """Sends Cloud API bodies to ``POST {api_base}/{phone_number_id}/messages``.

    At most `max_in_flight` requests are on the wire at once: a semaphore queues the rest
    *before* the connection pool, whose own waiters are costlier than a semaphore's. The
    aiohttp session is created on the first send, inside the running event loop, so the client
    may be built outside one. Safe to share between tasks of one event loop; call `aclose()`
    at shutdown.

    `session` lets tests inject their own `aiohttp.ClientSession`; the client then does not
    close it (its owner does).
    """

    def __init__(
        self,
        api_base: str,
        phone_number_id: str,
        access_token: str,
        *,
        max_in_flight: int = 16,
        timeout: float = 10.0,
        session: aiohttp.ClientSession | None = None,
    ) -> None:
        if max_in_flight < 1:
            raise ValueError("max_in_flight must be at least 1")
        self._api_base = api_base.rstrip("/")
        self._phone_number_id = phone_number_id
        self._max_in_flight = max_in_flight
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._gate = asyncio.Semaphore(max_in_flight)
        self._headers = {
            "Authorization": f"Bearer {access_token}",
            "Content-Type": "application/json",
        }
        self._session = session
        self._owns_session = session is None
        self._closed = False

    def _get_session(self) -> aiohttp.ClientSession:
        if self._closed:
            raise RuntimeError("GraphClient is closed")
        if self._session is None:
            connector = aiohttp.TCPConnector(
                limit=self._max_in_flight, keepalive_timeout=_KEEPALIVE
            )
            self._session = aiohttp.ClientSession(connector=connector, timeout=self._timeout)
        return self._session

    async def send(self, body: dict[str, object], phone_number_id: str | None = None) -> str | None:
        """Post one body; return ``messages[0].id`` (None for a read receipt).

        Raises `GraphError` for any non-2xx answer, and a TRANSIENT one (code 0) when the
        request timed out or never connected — the message may or may not have gone out then,
        which is why retried sends must be idempotent downstream (dedupe on the outbox row).
        """
        url = f"{self._api_base}/{phone_number_id or self._phone_number_id}/messages"
        content = orjson.dumps(body)
        session = self._get_session()
        async with self._gate:
            try:
                async with session.post(
                    url, data=content, headers=self._headers, timeout=self._timeout
                ) as response:
                    status = response.status
                    payload = await response.read()
            except TimeoutError as exc:  # aiohttp's timeouts all subclass TimeoutError
                raise transport_error(f"timeout: {type(exc).__name__}") from exc
            except (aiohttp.ClientError, OSError) as exc:
                raise transport_error(f"{type(exc).__name__}: {exc}") from exc
        if not 200 <= status < 300:
            raise classify(status, payload)
        return _message_id(payload)

    async def aclose(self) -> None:
        self._closed = True
        session, self._session = self._session, None
        if session is not None and self._owns_session:
            await session.close()


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

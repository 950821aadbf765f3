"""An OpenAI-compatible chat-completions endpoint: one POST, the reply's text back, no retries.

``POST {base_url}/chat/completions`` with ``model``, ``messages``, ``temperature: 0`` and
``response_format: {"type": "json_object"}``; the answer's ``choices[0].message.content`` is
returned as it came. Any failure (timeout, refused connection, non-2xx, a body of another
shape) raises `LLMError`: the caller treats every one the same way (no interpretation), so one
exception is enough. Works with OpenAI, Ollama, llama.cpp's server, vLLM and the like.
"""

from __future__ import annotations

from typing import Any

import aiohttp
import orjson

_KEEPALIVE = 30.0
_MAX_BODY = 64 * 1024  # an interpretation is a few hundred bytes; refuse anything huge


class LLMError(Exception):
    """The endpoint gave no usable answer; `reason` is short and safe to log."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ChatCompletions:
    """A client for one endpoint and model. The aiohttp session is created on first use inside
    the running loop (so the client may be built outside one); call `aclose()` at shutdown.
    `session` lets a test inject its own session, which the client then does not close."""

    def __init__(
        self,
        base_url: str,
        model: str,
        *,
        api_key: str | None = None,
        timeout: float = 4.0,
        max_in_flight: int = 8,
        session: aiohttp.ClientSession | None = None,
    ) -> None:
        self._url = base_url.rstrip("/") + "/chat/completions"
        self._model = model
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._max_in_flight = max(1, max_in_flight)
        self._headers = {"Content-Type": "application/json"}
        if api_key:
            self._headers["Authorization"] = f"Bearer {api_key}"
        self._session = session
        self._owns_session = session is None

    def _get_session(self) -> aiohttp.ClientSession:
        if self._session is None:
            connector = aiohttp.TCPConnector(
                limit=self._max_in_flight, keepalive_timeout=_KEEPALIVE
            )
            self._session = aiohttp.ClientSession(connector=connector, timeout=self._timeout)
        return self._session

    async def complete(self, messages: list[dict[str, str]]) -> str:
        """The assistant's content for `messages`. Raises `LLMError`."""
        body = {
            "model": self._model,
            "messages": messages,
            "temperature": 0,
            "response_format": {"type": "json_object"},
        }
        session = self._get_session()
        try:
            async with session.post(
                self._url, data=orjson.dumps(body), headers=self._headers, timeout=self._timeout
            ) as response:
                status = response.status
                payload = await response.content.read(_MAX_BODY + 1)
        except TimeoutError as exc:  # aiohttp's timeouts all subclass TimeoutError
            raise LLMError("timeout") from exc
        except (aiohttp.ClientError, OSError) as exc:
            raise LLMError(type(exc).__name__) from exc
        if not 200 <= status < 300:
            raise LLMError(f"HTTP {status}")
        if len(payload) > _MAX_BODY:
            raise LLMError("answer too large")
        return _content(payload)

    async def aclose(self) -> None:
        session, self._session = self._session, None
        if session is not None and self._owns_session:
            await session.close()


def _content(payload: bytes) -> str:
    try:
        parsed: Any = orjson.loads(payload)
        content = parsed["choices"][0]["message"]["content"]
    except (orjson.JSONDecodeError, KeyError, IndexError, TypeError) as exc:
        raise LLMError("not a chat completion") from exc
    if not isinstance(content, str):
        raise LLMError("no text content")
    return content

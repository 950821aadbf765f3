"""A fake OpenAI-compatible chat-completions endpoint, speaking the real protocol.

``POST /v1/chat/completions`` takes ``model``, ``messages`` ([{role, content}]) and the usual
options, and answers a ``chat.completion`` object whose ``choices[0].message.content`` is the
scripted text. Requests are checked as OpenAI checks them (400 with an ``error`` object for a
body it would refuse, 401 for a wrong bearer key), and recorded for assertions.

Scripting: `reply(when, content)` answers `content` (a dict is sent as JSON text) to requests
whose customer message contains `when`; anything else gets ``{"actions": []}``. `fail(status)`
makes every request fail, `delay(seconds)` makes every answer late. Runs an aiohttp server on
its own thread, so sync tests, async tests and a `mostrador serve` subprocess can all use it.

Only HTTP between here and the product: nothing of `mostrador` is imported.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


@dataclass
class Recorded:
    body: dict[str, Any]
    authorization: str

    @property
    def situation(self) -> dict[str, Any]:
        """The user message's JSON (what the product tells the model about the turn)."""
        user = [m for m in self.body["messages"] if m.get("role") == "user"]
        parsed: dict[str, Any] = json.loads(user[-1]["content"])
        return parsed

    @property
    def customer_message(self) -> str:
        return str(self.situation.get("customer_message", ""))


@dataclass
class _Script:
    replies: list[tuple[str, str]] = field(default_factory=list)
    status: int = 200
    delay: float = 0.0


class FakeLLM:
    """``with FakeLLM() as llm:``; `llm.base_url` is what MOSTRADOR_LLM_URL gets."""

    def __init__(self, api_key: str | None = None, host: str = "127.0.0.1") -> None:
        self.api_key = api_key
        self.host = host
        self.requests: list[Recorded] = []
        self._script = _Script()
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self._port = 0
        self._started = threading.Event()

    # -- scripting ---------------------------------------------------------------------------

    def reply(self, when: str, content: dict[str, Any] | str) -> None:
        text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
        with self._lock:
            self._script.replies.append((when, text))

    def fail(self, status: int) -> None:
        with self._lock:
            self._script.status = status

    def delay(self, seconds: float) -> None:
        with self._lock:
            self._script.delay = seconds

    def reset(self) -> None:
        with self._lock:
            self._script = _Script()
            self.requests.clear()

    def asked(self, containing: str) -> list[Recorded]:
        with self._lock:
            return [r for r in self.requests if containing in r.customer_message]

    # -- lifecycle ---------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self._port}/v1"

    def start(self) -> FakeLLM:
        self._thread = threading.Thread(target=self._serve, name="fake-llm", daemon=True)
        self._thread.start()
        if not self._started.wait(10):
            raise RuntimeError("the fake LLM did not start")
        return self

    def stop(self) -> None:
        loop, runner = self._loop, self._runner
        if loop is not None and runner is not None:
            asyncio.run_coroutine_threadsafe(runner.cleanup(), loop).result(10)
            loop.call_soon_threadsafe(loop.stop)
        if self._thread is not None:
            self._thread.join(timeout=10)

    def __enter__(self) -> FakeLLM:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _serve(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self._completions)
        self._runner = web.AppRunner(app, access_log=None)
        loop.run_until_complete(self._runner.setup())
        site = web.TCPSite(self._runner, self.host, 0)
        loop.run_until_complete(site.start())
        server = site._server  # aiohttp exposes the bound port only through the server
        assert server is not None
        self._port = int(server.sockets[0].getsockname()[1])  # type: ignore[attr-defined]
        self._started.set()
        loop.run_forever()
        loop.close()

    # -- the endpoint ------------------------------------------------------------------------

    async def _completions(self, request: web.Request) -> web.Response:
        authorization = request.headers.get("Authorization", "")
        if self.api_key is not None and authorization != f"Bearer {self.api_key}":
            return _error(401, "Incorrect API key provided.", "invalid_api_key")
        try:
            body = await request.json()
        except json.JSONDecodeError:
            return _error(400, "We could not parse the JSON body of your request.", None)
        problem = _check(body)
        if problem:
            return _error(400, problem, None)
        recorded = Recorded(body, authorization)
        with self._lock:
            self.requests.append(recorded)
            script = self._script
        if script.delay:
            await asyncio.sleep(script.delay)
        if script.status != 200:
            return _error(script.status, "The server had an error processing your request.", None)
        said = recorded.customer_message
        content = next((text for when, text in script.replies if when in said), '{"actions": []}')
        return web.json_response(
            {
                "id": f"chatcmpl-fake{next(self._ids)}",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": body["model"],
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": content, "refusal": None},
                        "logprobs": None,
                        "finish_reason": "stop",
                    }
                ],
                "usage": {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120},
            }
        )


def _check(body: object) -> str:
    """What OpenAI would refuse in this body, or ""."""
    if not isinstance(body, dict):
        return "The request body must be a JSON object."
    if not isinstance(body.get("model"), str) or not body["model"]:
        return "you must provide a model parameter"
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        return "'messages' must be a non-empty array"
    for message in messages:
        if not isinstance(message, dict) or message.get("role") not in (
            "system",
            "user",
            "assistant",
            "developer",
        ):
            return "Invalid value for 'role'."
        if not isinstance(message.get("content"), str):
            return "Invalid type for 'content'."
    response_format = body.get("response_format")
    if response_format is not None:
        if response_format != {"type": "json_object"} and response_format.get("type") != "text":
            return "Invalid value for 'response_format.type'."
        # OpenAI refuses JSON mode unless a message asks for JSON.
        if response_format == {"type": "json_object"} and not any(
            "json" in m["content"].lower() for m in messages
        ):
            return "'messages' must contain the word 'json' in some form, to use 'response_format'."
    temperature = body.get("temperature", 1)
    if not isinstance(temperature, int | float) or not 0 <= temperature <= 2:
        return "Invalid value for 'temperature'."
    return ""


def _error(status: int, message: str, code: str | None) -> web.Response:
    kind = "invalid_request_error" if status < 500 else "server_error"
    return web.json_response(
        {"error": {"message": message, "type": kind, "param": None, "code": code}}, status=status
    )

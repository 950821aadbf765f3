"""GraphClient against a real local HTTP server (aiohttp.web) speaking Meta's response bodies."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field

import orjson
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from mostrador.channels.whatsapp.client import GraphClient
from mostrador.channels.whatsapp.errors import GraphError, RetryClass, ThrottledError

VERSION = "/v23.0"
PNID = "106540352242922"
TEXT: dict[str, object] = {
    "messaging_product": "whatsapp",
    "recipient_type": "individual",
    "to": "525512345678",
    "type": "text",
    "text": {"preview_url": False, "body": "Hola, Ana 👋"},
}
MESSAGE_ID = "wamid.HBgNNTIxNTUxMjM0NTY3OBUCABEYEjc0RjE5QUE3RUQ5MEU0OTU5QgA="
ACCEPTED = {
    "messaging_product": "whatsapp",
    "contacts": [{"input": "525512345678", "wa_id": "5215512345678"}],
    "messages": [
        {
            "id": MESSAGE_ID,
            "message_status": "accepted",
        }
    ],
}

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Graph:
    """A fake Graph API: every POST to ``/{version}/{pnid}/messages`` goes to `handler`."""

    server: TestServer
    seen: list[Seen] = field(default_factory=list)
    handler: Handler | None = None

    @property
    def api(self) -> str:
        return str(self.server.make_url(VERSION))

    def answer(self, status: int, payload: object) -> None:
        async def handler(request: web.Request) -> web.StreamResponse:
            return web.Response(
                status=status, body=orjson.dumps(payload), content_type="application/json"
            )

        self.handler = handler

    def client(self, *, max_in_flight: int = 16, timeout: float = 10.0) -> GraphClient:
        return GraphClient(
            self.api, PNID, "EAAG-token", max_in_flight=max_in_flight, timeout=timeout
        )


@pytest.fixture
async def graph() -> AsyncIterator[Graph]:
    app = web.Application()
    server = TestServer(app)
    fake = Graph(server)

    async def messages(request: web.Request) -> web.StreamResponse:
        fake.seen.append(
            Seen(request.method, request.path, dict(request.headers), await request.read())
        )
        assert fake.handler is not None, "the test did not say how Graph answers"
        return await fake.handler(request)

    app.router.add_post(VERSION + "/{pnid}/messages", messages)
    await server.start_server()
    try:
        yield fake
    finally:
        await server.close()


def closed_port() -> int:
    """A local port nobody listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


async def test_a_sent_message_returns_metas_message_id_and_posts_the_exact_body(
    graph: Graph,
) -> None:
    graph.answer(200, ACCEPTED)
    client = graph.client()
    try:
        message_id = await client.send(TEXT)
    finally:
        await client.aclose()
    assert message_id == MESSAGE_ID
    [request] = graph.seen
    assert request.method == "POST"
    assert request.path == f"{VERSION}/{PNID}/messages"
    assert request.headers["Authorization"] == "Bearer EAAG-token"
    assert request.headers["Content-Type"] == "application/json"
    assert request.body == orjson.dumps(TEXT)
    assert orjson.loads(request.body) == TEXT


async def test_a_read_receipt_returns_no_message_id(graph: Graph) -> None:
    graph.answer(200, {"success": True})
    client = graph.client()
    try:
        body: dict[str, object] = {
            "messaging_product": "whatsapp",
            "status": "read",
            "message_id": "wamid.x",
        }
        assert await client.send(body) is None
    finally:
        await client.aclose()


async def test_another_business_number_is_addressed_in_the_path(graph: Graph) -> None:
    graph.answer(200, ACCEPTED)
    client = graph.client()
    try:
        await client.send(TEXT, phone_number_id="999")
    finally:
        await client.aclose()
    assert [seen.path for seen in graph.seen] == [f"{VERSION}/999/messages"]


async def test_a_rate_limit_answer_raises_a_throttled_graph_error(graph: Graph) -> None:
    graph.answer(
        429,
        {
            "error": {
                "message": "(#130429) Rate limit hit",
                "type": "OAuthException",
                "code": 130429,
                "error_data": {
                    "messaging_product": "whatsapp",
                    "details": "Cloud API message throughput has been reached.",
                },
                "fbtrace_id": "Az8or2yhqkZfEZ-_4Qn_Bam",
            }
        },
    )
    client = graph.client()
    try:
        with pytest.raises(ThrottledError) as caught:
            await client.send(TEXT)
    finally:
        await client.aclose()
    assert (caught.value.code, caught.value.http_status, caught.value.retry) == (
        130429,
        429,
        RetryClass.THROTTLED,
    )
    assert caught.value.details == "Cloud API message throughput has been reached."


async def test_an_expired_token_raises_an_auth_graph_error(graph: Graph) -> None:
    graph.answer(
        401,
        {
            "error": {
                "message": "Error validating access token: Session has expired.",
                "type": "OAuthException",
                "code": 190,
                "error_subcode": 463,
                "fbtrace_id": "AhK1m2",
            }
        },
    )
    client = graph.client()
    try:
        with pytest.raises(GraphError) as caught:
            await client.send(TEXT)
    finally:
        await client.aclose()
    assert (caught.value.code, caught.value.subcode, caught.value.retry) == (
        190,
        463,
        RetryClass.AUTH,
    )


async def test_a_timeout_is_a_transient_graph_error_with_code_zero(graph: Graph) -> None:
    release = asyncio.Event()

    async def stall(request: web.Request) -> web.StreamResponse:
        await release.wait()
        return web.json_response(ACCEPTED)

    graph.handler = stall
    client = graph.client(timeout=0.1)
    try:
        with pytest.raises(GraphError) as caught:
            await client.send(TEXT)
    finally:
        release.set()
        await client.aclose()
    assert (caught.value.code, caught.value.http_status, caught.value.retry) == (
        0,
        0,
        RetryClass.TRANSIENT,
    )
    assert caught.value.message.startswith("timeout: ")


async def test_a_refused_connection_is_a_transient_graph_error() -> None:
    client = GraphClient(f"http://127.0.0.1:{closed_port()}{VERSION}", PNID, "EAAG-token")
    try:
        with pytest.raises(GraphError) as caught:
            await client.send(TEXT)
    finally:
        await client.aclose()
    assert caught.value.retry is RetryClass.TRANSIENT
    assert (caught.value.code, caught.value.http_status) == (0, 0)


async def test_no_more_than_max_in_flight_sends_are_on_the_wire_at_once(graph: Graph) -> None:
    in_flight = peak = 0

    async def slow(request: web.Request) -> web.StreamResponse:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.01)
        in_flight -= 1
        return web.json_response(ACCEPTED)

    graph.handler = slow
    client = graph.client(max_in_flight=3)
    try:
        ids = await asyncio.gather(*(client.send(TEXT) for _ in range(20)))
    finally:
        await client.aclose()
    assert len(ids) == 20
    assert set(ids) == {MESSAGE_ID}
    assert peak == 3


async def test_a_5xx_with_metas_envelope_is_transient(graph: Graph) -> None:
    graph.answer(
        500,
        {
            "error": {
                "message": "Service temporarily unavailable",
                "type": "OAuthException",
                "code": 2,
                "fbtrace_id": "A",
            }
        },
    )
    client = graph.client()
    try:
        with pytest.raises(GraphError) as caught:
            await client.send(TEXT)
    finally:
        await client.aclose()
    assert (caught.value.code, caught.value.retry) == (2, RetryClass.TRANSIENT)


def test_the_client_can_be_built_outside_an_event_loop() -> None:
    port = closed_port()
    client = GraphClient(f"http://127.0.0.1:{port}{VERSION}", PNID, "EAAG-token")

    async def serve_and_send() -> str | None:
        app = web.Application()

        async def messages(request: web.Request) -> web.StreamResponse:
            return web.json_response(ACCEPTED)

        app.router.add_post(VERSION + "/{pnid}/messages", messages)
        server = TestServer(app, port=port)
        await server.start_server()
        try:
            return await client.send(TEXT)
        finally:
            await client.aclose()
            await server.close()

    assert asyncio.run(serve_and_send()) == MESSAGE_ID

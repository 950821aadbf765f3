"""GraphClient against httpx.MockTransport speaking Meta's real response bodies."""

from __future__ import annotations

import asyncio

import httpx
import orjson
import pytest

from mostrador.channels.whatsapp.client import GraphClient
from mostrador.channels.whatsapp.errors import GraphError, RetryClass

API = "https://graph.facebook.com/v23.0"
PNID = "106540352242922"
TEXT = {
    "messaging_product": "whatsapp",
    "recipient_type": "individual",
    "to": "525512345678",
    "type": "text",
    "text": {"preview_url": False, "body": "Hola, Ana 👋"},
}
ACCEPTED = {
    "messaging_product": "whatsapp",
    "contacts": [{"input": "525512345678", "wa_id": "5215512345678"}],
    "messages": [
        {
            "id": "wamid.HBgNNTIxNTUxMjM0NTY3OBUCABEYEjc0RjE5QUE3RUQ5MEU0OTU5QgA=",
            "message_status": "accepted",
        }
    ],
}


def client(handler: httpx.MockTransport, **kwargs: object) -> GraphClient:
    return GraphClient(API, PNID, "EAAG-token", transport=handler, **kwargs)  # type: ignore[arg-type]


async def test_a_sent_message_returns_metas_message_id_and_posts_the_exact_body() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=ACCEPTED)

    graph = client(httpx.MockTransport(answer))
    try:
        message_id = await graph.send(TEXT)
    finally:
        await graph.aclose()
    assert message_id == "wamid.HBgNNTIxNTUxMjM0NTY3OBUCABEYEjc0RjE5QUE3RUQ5MEU0OTU5QgA="
    [request] = seen
    assert request.method == "POST"
    assert str(request.url) == f"{API}/{PNID}/messages"
    assert request.headers["authorization"] == "Bearer EAAG-token"
    assert request.headers["content-type"] == "application/json"
    assert orjson.loads(request.content) == TEXT


async def test_a_read_receipt_returns_no_message_id() -> None:
    graph = client(httpx.MockTransport(lambda r: httpx.Response(200, json={"success": True})))
    try:
        body = {"messaging_product": "whatsapp", "status": "read", "message_id": "wamid.x"}
        assert await graph.send(body) is None
    finally:
        await graph.aclose()


async def test_another_business_number_is_addressed_in_the_path() -> None:
    urls: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        urls.append(str(request.url))
        return httpx.Response(200, json=ACCEPTED)

    graph = client(httpx.MockTransport(answer))
    try:
        await graph.send(TEXT, phone_number_id="999")
    finally:
        await graph.aclose()
    assert urls == [f"{API}/999/messages"]


async def test_a_rate_limit_answer_raises_a_throttled_graph_error() -> None:
    envelope = {
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
    }
    graph = client(httpx.MockTransport(lambda r: httpx.Response(429, json=envelope)))
    try:
        with pytest.raises(GraphError) as caught:
            await graph.send(TEXT)
    finally:
        await graph.aclose()
    assert (caught.value.code, caught.value.http_status, caught.value.retry) == (
        130429,
        429,
        RetryClass.THROTTLED,
    )
    assert caught.value.details == "Cloud API message throughput has been reached."


async def test_an_expired_token_raises_an_auth_graph_error() -> None:
    envelope = {
        "error": {
            "message": "Error validating access token: Session has expired.",
            "type": "OAuthException",
            "code": 190,
            "error_subcode": 463,
            "fbtrace_id": "AhK1m2",
        }
    }
    graph = client(httpx.MockTransport(lambda r: httpx.Response(401, json=envelope)))
    try:
        with pytest.raises(GraphError) as caught:
            await graph.send(TEXT)
    finally:
        await graph.aclose()
    assert (caught.value.code, caught.value.subcode, caught.value.retry) == (
        190,
        463,
        RetryClass.AUTH,
    )


async def test_a_timeout_is_a_transient_graph_error_with_code_zero() -> None:
    def stall(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    graph = client(httpx.MockTransport(stall))
    try:
        with pytest.raises(GraphError) as caught:
            await graph.send(TEXT)
    finally:
        await graph.aclose()
    assert (caught.value.code, caught.value.http_status, caught.value.retry) == (
        0,
        0,
        RetryClass.TRANSIENT,
    )


async def test_a_refused_connection_is_a_transient_graph_error() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    graph = client(httpx.MockTransport(refuse))
    try:
        with pytest.raises(GraphError) as caught:
            await graph.send(TEXT)
    finally:
        await graph.aclose()
    assert caught.value.retry is RetryClass.TRANSIENT
    assert caught.value.code == 0


async def test_no_more_than_max_in_flight_sends_are_on_the_wire_at_once() -> None:
    in_flight = peak = 0

    async def slow(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.01)
        in_flight -= 1
        return httpx.Response(200, json=ACCEPTED)

    graph = client(httpx.MockTransport(slow), max_in_flight=3)
    try:
        ids = await asyncio.gather(*(graph.send(TEXT) for _ in range(20)))
    finally:
        await graph.aclose()
    assert len(ids) == 20
    assert peak == 3


async def test_a_5xx_with_metas_envelope_is_transient() -> None:
    envelope = {
        "error": {
            "message": "Service temporarily unavailable",
            "type": "OAuthException",
            "code": 2,
            "fbtrace_id": "A",
        }
    }
    graph = client(httpx.MockTransport(lambda r: httpx.Response(500, json=envelope)))
    try:
        with pytest.raises(GraphError) as caught:
            await graph.send(TEXT)
    finally:
        await graph.aclose()
    assert (caught.value.code, caught.value.retry) == (2, RetryClass.TRANSIENT)

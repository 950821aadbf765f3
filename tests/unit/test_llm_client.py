"""The chat-completions client and the interpreter against a fake OpenAI-compatible endpoint."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from mostrador.integrations.llm import ChatCompletions, LLMError
from mostrador.services.interpretation.actions import NOTHING, Action, ActionKind
from mostrador.services.interpretation.desk import Desk, Interpreter, Request
from mostrador.services.interpretation.prompt import Context

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.support.fake_llm import FakeLLM

ASK = [{"role": "system", "content": "Answer JSON."}, {"role": "user", "content": "{}"}]


@pytest.fixture
def llm() -> Iterator[FakeLLM]:
    with FakeLLM(api_key="sk-test") as fake:
        yield fake


async def test_the_request_is_a_standard_json_mode_chat_completion(llm: FakeLLM) -> None:
    llm.reply("", '{"actions": []}')
    client = ChatCompletions(llm.base_url, "qwen2.5:3b", api_key="sk-test")
    try:
        assert await client.complete(ASK) == '{"actions": []}'
    finally:
        await client.aclose()
    (sent,) = llm.requests
    assert sent.authorization == "Bearer sk-test"
    assert sent.body == {
        "model": "qwen2.5:3b",
        "messages": ASK,
        "temperature": 0,
        "response_format": {"type": "json_object"},
    }


@pytest.mark.parametrize(
    ("setup", "reason"),
    [
        (lambda fake: fake.fail(500), "HTTP 500"),
        (lambda fake: fake.fail(429), "HTTP 429"),
        (lambda fake: fake.delay(1.0), "timeout"),
    ],
)
async def test_failures_of_the_endpoint_are_one_error(
    llm: FakeLLM, setup: Callable[[FakeLLM], None], reason: str
) -> None:
    setup(llm)
    client = ChatCompletions(llm.base_url, "m", api_key="sk-test", timeout=0.3)
    try:
        with pytest.raises(LLMError) as raised:
            await client.complete(ASK)
    finally:
        await client.aclose()
    assert raised.value.reason == reason


async def test_a_wrong_key_and_a_closed_port_are_errors_too(llm: FakeLLM) -> None:
    for client in (
        ChatCompletions(llm.base_url, "m", api_key="sk-wrong"),
        ChatCompletions("http://127.0.0.1:9/v1", "m"),
    ):
        try:
            with pytest.raises(LLMError):
                await client.complete(ASK)
        finally:
            await client.aclose()


async def test_the_interpreter_leaves_a_reading_and_frees_the_sender(llm: FakeLLM) -> None:
    llm.reply("fiesta", {"actions": [{"type": "add_item", "product": "refresco", "quantity": 3}]})
    client = ChatCompletions(llm.base_url, "m", api_key="sk-test")
    desk = Desk()
    interpreter = Interpreter(client.complete, desk)
    request = Request(7, "MX.1", "para la fiesta, unas tres de cola", Context())
    assert desk.wait_for(request) and not desk.wait_for(request)
    assert desk.waiting_senders() == {"MX.1"}
    try:
        reading = await interpreter.interpret(request)
    finally:
        await client.aclose()
    assert reading.actions == (Action(ActionKind.ADD_ITEM, "refresco", quantity=3),)
    assert desk.reading(7) == reading and desk.waiting_senders() == set()
    assert llm.asked("fiesta")[0].situation["customer_message"] == request.text
    desk.forget([7])
    assert desk.reading(7) is None


async def test_a_failed_call_leaves_an_empty_reading_so_it_is_never_asked_twice(
    llm: FakeLLM,
) -> None:
    llm.fail(503)
    client = ChatCompletions(llm.base_url, "m", api_key="sk-test")
    desk = Desk()
    request = Request(8, "MX.2", "algo", Context())
    desk.wait_for(request)
    try:
        assert await Interpreter(client.complete, desk).interpret(request) == NOTHING
    finally:
        await client.aclose()
    assert desk.reading(8) == NOTHING and not desk.wait_for(request)

"""`mostrador serve` with MOSTRADOR_LLM_* pointing at a fake OpenAI-compatible endpoint: a
message the rules cannot read becomes an order, and a failing endpoint changes nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from tests.support import webhooks as wh
from tests.support.chat import Chat, Plan, Shopper, new_wa_id, norm
from tests.support.fake_llm import FakeLLM

pytestmark = pytest.mark.slow

KEY = "sk-e2e-" + "x" * 12
PARTY = "oye fíjate que para la fiesta de mi hijo ocupo algo de tomar, unas tres de cola grandes"
COLA = {
    "actions": [
        {"type": "add_item", "product": "refresco de cola", "variant": "2 L", "quantity": 3}
    ]
}


@pytest.fixture(scope="module")
def llm() -> Iterator[FakeLLM]:
    with FakeLLM(api_key=KEY) as fake:
        yield fake


@pytest.fixture(scope="module")
def server_options(llm: FakeLLM) -> dict[str, Any]:
    return {
        "demo": True,
        "extra_env": {
            "MOSTRADOR_LLM_URL": llm.base_url,
            "MOSTRADOR_LLM_MODEL": "llama3.2:3b",
            "MOSTRADOR_LLM_API_KEY": KEY,
            "MOSTRADOR_LLM_TIMEOUT": "1.5",
        },
    }


@pytest.fixture
def fresh(llm: FakeLLM) -> Iterator[FakeLLM]:
    llm.reset()
    yield llm
    llm.reset()


def test_a_party_order_in_loose_words_ends_as_the_right_cart_and_order(
    fresh: FakeLLM,
    chat: Callable[[wh.Customer], Chat],
    find_orders: Callable[[str], list[dict[str, Any]]],
) -> None:
    fresh.reply("fiesta", COLA)
    who = wh.phone_customer(new_wa_id(), "Marta")
    talk = chat(who)
    talk.say(PARTY)
    assert "anote: 3 × refresco de cola sierra 2 l." in talk.burst_text()
    (asked,) = fresh.asked("fiesta")
    assert asked.authorization == f"Bearer {KEY}"
    assert asked.body["model"] == "llama3.2:3b"
    assert asked.body["response_format"] == {"type": "json_object"}
    plan = Plan(items=[], mode="pickup", name="Marta Ruiz", email="marta.ruiz@example.org")
    outcome = Shopper(talk, plan).run(opening=None)
    assert "/pay/" in outcome.payment_url
    (order,) = find_orders(f"+{who.phone}")
    assert {i["sku"]: i["quantity"] for i in order["items"]} == {"REF-COL-2L": 3}
    assert len(fresh.requests) == 1  # every other turn was understood by the rules


@pytest.mark.parametrize("trouble", ["error", "slow"])
def test_when_the_endpoint_fails_the_customer_gets_the_rules_answer(
    fresh: FakeLLM, chat: Callable[[wh.Customer], Chat], trouble: str
) -> None:
    if trouble == "error":
        fresh.fail(500)
    else:
        fresh.delay(3.0)
    talk = chat(wh.phone_customer(new_wa_id(), "Pedro"))
    burst = talk.say(PARTY)
    said = talk.burst_text()
    assert "anote: fijate que para la fiesta de mi hijo ocupo algo de tomar" in said, said
    assert norm("¿Cómo quieres recibir tu pedido") in said
    assert len(burst) == 1 and len(fresh.asked("fiesta")) == 1


def test_messages_the_rules_understand_never_reach_the_endpoint(
    fresh: FakeLLM, chat: Callable[[wh.Customer], Chat]
) -> None:
    talk = chat(wh.phone_customer(new_wa_id(), "Lupe"))
    talk.say("hola")
    talk.say("quiero 2 cafés molidos, paso a recogerlos")
    assert "cafe molido" in talk.burst_text()
    assert fresh.requests == []

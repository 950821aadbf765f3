"""kill -9 and restart on the same database: conversations continue where they were, and every
message stored before the crash is answered exactly once after it (none lost, none doubled).
Likewise when the Graph API throttles (429 / 130429), fails (500) or is slow."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from tests.support import webhooks as wh
from tests.support.chat import (
    REPLY_TIMEOUT,
    SETTLE,
    Chat,
    Item,
    Plan,
    Shopper,
    new_wa_id,
    norm,
)
from tests.support.fake_graph import FakeGraph, Faults, Recorded
from tests.support.server import ServerProcess

pytestmark = pytest.mark.slow

Orders = Callable[[str], list[dict[str, Any]]]


def _visible(replies: list[Recorded]) -> list[str]:
    """What a customer read, message by message (ids and addresses left out)."""
    return [r.parsed.everything() for r in replies]


def _report(expected: list[str], problems: dict[str, str]) -> str:
    wanted = [m.splitlines()[0][:50] for m in expected]
    lines = [f"{len(problems)} customer(s) did not read exactly {wanted}:"]
    return "\n".join(lines + [f"  {a}: {p}" for a, p in problems.items()])


def _differences(expected: list[str], got: dict[str, list[str]]) -> dict[str, str]:
    """Per customer who did not read exactly `expected`: what went wrong, in words."""
    found = {}
    for address, seen in got.items():
        if seen == expected:
            continue
        lost = [m for m in expected if seen.count(m) < expected.count(m)]
        doubled = [m for m in seen if seen.count(m) > expected.count(m)]
        kind = (
            "missing (lost, or later than the wait)"
            if lost
            else "doubled"
            if doubled
            else "out of order"
        )
        shown = [m.splitlines()[0][:50] for m in seen]
        found[address] = f"{kind}: read {shown}"
    return found


def test_a_conversation_interrupted_by_kill_9_continues_where_it_was(
    server: ServerProcess,
    chat: Callable[[wh.Customer], Chat],
    find_orders: Orders,
) -> None:
    customer = wh.phone_customer(new_wa_id(), "Rosa")
    talk = chat(customer)
    talk.say("hola")
    talk.pick(talk.last.option("Pedir a domicilio"))
    assert "codigo postal" in norm(talk.last.text), talk.story()

    server.crash()
    server.restart()

    talk.say("06700")
    assert "direccion" in norm(talk.last.text), talk.story()
    plan = Plan(
        items=[Item("arroz", "Arroz", 2)],
        mode="delivery",
        postal_code="06700",
        address="Calle Durango 201, Col. Roma Norte",
        name="Rosa Téllez",
        email="rosa@example.org",
    )
    Shopper(talk, plan).run(opening=None)
    [order] = find_orders(customer.phone or "")
    assert {i["sku"]: i["quantity"] for i in order["items"]} == {"ARR-SUP-1K": 2}
    assert (order["delivery"]["mode"], order["delivery"]["postal_code"]) == ("delivery", "06700")
    assert order["delivery"]["address"] == "Calle Durango 201, Col. Roma Norte"


BURST_CUSTOMERS = 12
OPENING = ("hola", "quiero hacer un pedido")  # two messages per customer, in one webhook each


def test_a_burst_stored_just_before_kill_9_is_answered_exactly_once_after_restart(
    server: ServerProcess,
    hooks: wh.WebhookClient,
    graph: FakeGraph,
    quiet: Callable[[str], list[Recorded]],
) -> None:
    model = wh.phone_customer(new_wa_id(), "Cliente")
    assert hooks.send(*(wh.text(model, t) for t in OPENING)).status_code == 200
    expected = _visible(graph.collect(model.address, REPLY_TIMEOUT, SETTLE))
    assert expected, "the shop never answered the model customer"
    customers = [wh.phone_customer(new_wa_id(), "Cliente") for _ in range(BURST_CUSTOMERS)]

    statuses = [hooks.send(*(wh.text(c, t) for t in OPENING)).status_code for c in customers]
    server.crash()
    server.restart()

    assert statuses == [200] * BURST_CUSTOMERS
    addresses = [c.address for c in customers]
    answered = graph.collect_many(addresses, REPLY_TIMEOUT, SETTLE)
    late = {a: quiet(a) for a in addresses}
    got = {a: _visible(answered[a] + late[a]) for a in addresses}
    problems = _differences(expected, got)
    assert not problems, _report(expected, problems)


def test_a_webhook_redelivered_while_the_server_restarts_is_answered_once(
    server: ServerProcess,
    hooks: wh.WebhookClient,
    graph: FakeGraph,
    greeting_replies: int,
) -> None:
    customer = wh.phone_customer(new_wa_id())
    server.crash()
    with pytest.raises(httpx.TransportError):
        hooks.send(wh.text(customer, "hola"), retry_for=0)

    with ThreadPoolExecutor(1) as meta:
        # Meta redelivers a webhook that got no answer, with backoff, for a long while.
        redelivery = meta.submit(hooks.send, wh.text(customer, "hola"), retry_for=60)
        server.restart()
        assert redelivery.result(timeout=70).status_code == 200

    assert len(graph.collect(customer.address, REPLY_TIMEOUT, SETTLE)) == greeting_replies


@pytest.fixture(scope="module")
def opening_replies(hooks: wh.WebhookClient, graph: FakeGraph) -> list[str]:
    """What a new customer reads after the OPENING messages, with the Graph API healthy."""
    model = wh.phone_customer(new_wa_id(), "Cliente")
    assert hooks.send(*(wh.text(model, t) for t in OPENING)).status_code == 200
    expected = _visible(graph.collect(model.address, REPLY_TIMEOUT, SETTLE))
    assert len(expected) >= 2, expected
    return expected


def _with_faults(
    faults: Faults, hooks: wh.WebhookClient, graph: FakeGraph, customers: int
) -> tuple[dict[str, list[Recorded]], list[int]]:
    """OPENING from `customers` new customers while the fake misbehaves as `faults` says.
    Returns the replies each got and the fault statuses the fake answered."""
    people = [wh.phone_customer(new_wa_id(), "Cliente") for _ in range(customers)]
    before = len(graph.recorded())
    graph.set_faults(faults)
    try:
        for person in people:
            assert hooks.send(*(wh.text(person, t) for t in OPENING)).status_code == 200
        answered = graph.collect_many([p.address for p in people], 3 * REPLY_TIMEOUT, 2 * SETTLE)
    finally:
        graph.set_faults(Faults())
    statuses = [r.status for r in graph.recorded()[before:] if r.status in (429, 500)]
    return answered, statuses


def test_a_throttled_reply_is_retried_and_still_read_before_the_next_one(
    hooks: wh.WebhookClient,
    graph: FakeGraph,
    opening_replies: list[str],
    quiet: Callable[[str], list[Recorded]],
) -> None:
    answered, faults = _with_faults(Faults(throttle_first=1), hooks, graph, customers=3)

    assert faults == [429] * 3
    got = {a: _visible(replies + quiet(a)) for a, replies in answered.items()}
    problems = _differences(opening_replies, got)
    assert not problems, _report(opening_replies, problems)


def test_every_reply_gets_through_once_when_the_graph_api_throttles_fails_and_lags(
    hooks: wh.WebhookClient,
    graph: FakeGraph,
    opening_replies: list[str],
    quiet: Callable[[str], list[Recorded]],
) -> None:
    faults = Faults(rate_429=0.15, rate_500=0.1, latency_s=0.05, seed=7)

    answered, statuses = _with_faults(faults, hooks, graph, customers=10)

    assert 429 in statuses and 500 in statuses  # the faults really happened
    # Order is the test above's business; here: every reply exactly once, none lost.
    got = {a: sorted(_visible(replies + quiet(a))) for a, replies in answered.items()}
    problems = _differences(sorted(opening_replies), got)
    assert not problems, _report(opening_replies, problems)

"""End-to-end fixtures: a fake Graph API and a real `mostrador serve` process per test module,
signed webhooks in, the admin API over HTTP. Nothing of the product is imported here.

A module chooses its server with a `server_options` fixture of its own (demo shop or not,
extra environment); every fixture below is module-scoped so one server serves a whole module.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

# The tiers share tests/support; a user's clone has it, ../shared it has not.
_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from tests.support import webhooks as wh  # noqa: E402
from tests.support.chat import (  # noqa: E402
    REPLY_TIMEOUT,
    SETTLE,
    Chat,
    Outcome,
    Plan,
    Shopper,
    new_wa_id,
)
from tests.support.fake_graph import FakeGraph, Recorded  # noqa: E402
from tests.support.server import Secrets, ServerProcess  # noqa: E402

# -- the server under test ---------------------------------------------------------------------


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """A failed test shows the end of the server's log beside its own output."""
    report = yield
    server = getattr(item, "funcargs", {}).get("server")
    if report.failed and isinstance(server, ServerProcess):
        report.sections.append(
            (f"mostrador serve log (tail of {server.log_path})", server.log_tail(80))
        )
    return report


@pytest.fixture(scope="module")
def server_options() -> dict[str, Any]:
    """Override in a module: {"demo": bool, "extra_env": {...}}."""
    return {"demo": True}


@pytest.fixture(scope="module")
def creds() -> Secrets:
    return Secrets()


@pytest.fixture(scope="module")
def graph(creds: Secrets) -> Iterator[FakeGraph]:
    with FakeGraph(creds.access_token) as fake:
        yield fake


@pytest.fixture(scope="module")
def server(
    graph: FakeGraph,
    creds: Secrets,
    server_options: dict[str, Any],
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[ServerProcess]:
    process = ServerProcess(
        graph.base_url,
        creds,
        demo=server_options.get("demo", True),
        extra_env=server_options.get("extra_env"),
        workdir=tmp_path_factory.mktemp("server"),
    )
    # Like Meta, the fake tells the server what became of every message it accepted.
    graph.post_statuses_to(
        process.base_url + "/webhooks/whatsapp", creds.app_secret, creds.phone_number_id
    )
    process.start()
    try:
        yield process
    finally:
        process.stop()


@pytest.fixture(scope="module")
def admin(server: ServerProcess) -> Iterator[httpx.Client]:
    """The admin API, authenticated with the server's MOSTRADOR_ADMIN_TOKEN."""
    with server.admin_client() as client:
        yield client


@pytest.fixture(scope="module")
def hooks(server: ServerProcess, creds: Secrets) -> Iterator[wh.WebhookClient]:
    client = wh.WebhookClient(server.base_url, creds.app_secret, creds.phone_number_id)
    try:
        yield client
    finally:
        client.close()


# -- customers and conversations ----------------------------------------------------------------


@pytest.fixture
def customer() -> wh.Customer:
    """A fresh customer who shares their phone."""
    return wh.phone_customer(new_wa_id(), "Cliente")


@pytest.fixture(scope="module")
def chat(graph: FakeGraph, hooks: wh.WebhookClient) -> Callable[[wh.Customer], Chat]:
    def start(who: wh.Customer) -> Chat:
        return Chat(graph, hooks, who)

    return start


@pytest.fixture(scope="module")
def greeting_replies(graph: FakeGraph, hooks: wh.WebhookClient, server: ServerProcess) -> int:
    """How many messages one "hola" from a new customer gets (the unit duplicates compare to)."""
    who = wh.phone_customer(new_wa_id(), "Cliente")
    assert hooks.send(wh.text(who, "hola")).status_code == 200
    burst = graph.collect(who.address, REPLY_TIMEOUT, SETTLE)
    assert burst, f"the shop never answered a greeting; log:\n{server.log_tail()}"
    return len(burst)


@pytest.fixture(scope="module")
def quiet(graph: FakeGraph, hooks: wh.WebhookClient) -> Callable[[str], list[Recorded]]:
    """`quiet(address)`: replies that reached `address` once the pipeline has caught up.

    A fresh customer's greeting is sent and answered first: inbound messages are processed in
    arrival order, so anything stored before it would have been answered by then.
    """

    def replies_after_barrier(address: str) -> list[Recorded]:
        barrier = wh.phone_customer(new_wa_id(), "Barrera")
        assert hooks.send(wh.text(barrier, "hola")).status_code == 200
        assert graph.next_reply(barrier.address, REPLY_TIMEOUT) is not None, "barrier unanswered"
        time.sleep(0.5)
        graph.drain(barrier.address)
        return graph.drain(address)

    return replies_after_barrier


@pytest.fixture(scope="module")
def shop_order(chat: Callable[[wh.Customer], Chat]) -> Callable[..., Outcome]:
    """`shop_order(customer, plan)`: a whole conversation to a payment link."""

    def run(who: wh.Customer, plan: Plan, opening: str = "hola") -> Outcome:
        return Shopper(chat(who), plan).run(opening)

    return run


def orders_of(admin: httpx.Client, phone: str) -> list[dict[str, Any]]:
    response = admin.get("/api/orders", params={"customer_phone": phone})
    assert response.status_code == 200, response.text
    orders: list[dict[str, Any]] = response.json()["orders"]
    return orders


@pytest.fixture(scope="module")
def find_orders(admin: httpx.Client) -> Callable[[str], list[dict[str, Any]]]:
    return lambda phone: orders_of(admin, phone)

"""LLM interpretation through the processor and the workers, on SQLite, with a fake
OpenAI-compatible endpoint: outside the transaction, once per message, order kept."""

from __future__ import annotations

import asyncio
import secrets
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from mostrador.bootstrap import TERMINAL_ACCOUNT, Container, bootstrap
from mostrador.domain.customers import ChannelIdentity
from mostrador.domain.messages import ChoicesReply, InboundKind, InboundMessage
from mostrador.jobs.workers import Workers
from mostrador.services.conversation.state import ConversationState
from mostrador.services.terminal import TerminalSession
from mostrador.settings import Settings
from mostrador.store.models import ConversationRow, InboundRow, OutboxRow
from mostrador.store.types import utcnow
from mostrador.store.unit_of_work import UnitOfWorkFactory

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.support.fake_llm import FakeLLM

PNID = "106540352242922"
PARTY = "oye fíjate que para la fiesta de mi hijo ocupo algo de tomar, unas tres de cola grandes"
MODE_QUESTION = "¿Cómo quieres recibir tu pedido: retiro en tienda o envío a domicilio?"
COLA = {
    "actions": [
        {"type": "add_item", "product": "refresco de cola", "variant": "2 L", "quantity": 3}
    ]
}


@pytest.fixture
def llm() -> Iterator[FakeLLM]:
    with FakeLLM() as fake:
        yield fake


def _app(tmp_path: Path, llm_url: str | None, timeout: float = 2.0, name: str = "p") -> Container:
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / f'{name}.db'}",
        demo=True,
        whatsapp_phone_number_id=PNID,
        llm_url=llm_url,
        llm_model="qwen2.5:3b",
        llm_timeout=timeout,
    )
    return bootstrap(settings)


def _say(app: Container, who: str, *texts: str) -> None:
    identity = ChannelIdentity("whatsapp", who, None, None)
    app.ingest.ingest(
        "whatsapp",
        [
            (PNID, InboundMessage("whatsapp", uuid.uuid4().hex, identity, InboundKind.TEXT, text=t))
            for t in texts
        ],
    )


async def _settle(app: Container) -> None:
    """Runs batches and the interpreter's calls until nothing is left (as the workers do)."""
    while True:
        done = app.processor.run_batch(32)
        for request in done.interpret:
            assert app.interpreter is not None
            await app.interpreter.interpret(request)
        if not done.messages and not done.interpret:
            return


async def _close(app: Container) -> None:
    if app.llm is not None:
        await app.llm.aclose()
    app.close()


def _bodies(app: Container, who: str) -> list[str]:
    with app.uow() as uow:
        rows = uow.session.scalars(
            select(OutboxRow.reply).where(OutboxRow.recipient_key == who).order_by(OutboxRow.id)
        )
        return [str(r.get("body", "")) for r in rows]


def _cart(app: Container, who: str) -> list[tuple[str, int]]:
    with app.uow() as uow:
        data = uow.session.scalar(
            select(ConversationRow.state).where(ConversationRow.address_user_id == who)
        )
    state = ConversationState.from_dict(data or {})
    return [(line.sku, line.quantity) for line in state.cart.lines]


async def test_a_message_the_rules_cannot_parse_becomes_a_cart_line_via_the_llm(
    tmp_path: Path, llm: FakeLLM
) -> None:
    llm.reply("fiesta", COLA)
    app = _app(tmp_path, llm.base_url)
    _say(app, "MX.1", PARTY)
    first = app.processor.run_batch(32)
    # Not answered inside the transaction: held back, nothing written for it.
    assert (first.messages, len(first.interpret)) == (0, 1)
    assert _bodies(app, "MX.1") == []
    with app.uow() as uow:
        assert uow.session.scalar(select(InboundRow.processed)) is False
    assert app.interpreter is not None
    await app.interpreter.interpret(first.interpret[0])
    await _settle(app)
    (answer,) = _bodies(app, "MX.1")
    assert "Anoté: 3 × Refresco de Cola Sierra 2 L." in answer
    assert answer.endswith(MODE_QUESTION)
    _say(app, "MX.1", "1")
    await _settle(app)
    assert _cart(app, "MX.1") == [("REF-COL-2L", 3)]
    assert "agregué 3 × Refresco de Cola Sierra 2 L" in _bodies(app, "MX.1")[-1]
    assert len(llm.asked("fiesta")) == 1
    assert llm.requests[0].body["model"] == "qwen2.5:3b"
    await _close(app)


@pytest.mark.parametrize("trouble", ["down", "slow", "error"])
async def test_without_a_usable_answer_the_customer_gets_todays_reply(
    tmp_path: Path, llm: FakeLLM, trouble: str
) -> None:
    url = "http://127.0.0.1:9/v1" if trouble == "down" else llm.base_url
    if trouble == "slow":
        llm.delay(1.5)
    if trouble == "error":
        llm.fail(500)
    app = _app(tmp_path, url, timeout=0.5)
    today = _app(tmp_path, None, name="today")
    for each in (app, today):
        _say(each, "MX.2", PARTY)
        await _settle(each)
    assert _bodies(app, "MX.2") == _bodies(today, "MX.2")
    assert "No encontré" in _bodies(app, "MX.2")[0] or "Anoté" in _bodies(app, "MX.2")[0]
    if trouble != "down":
        assert len(llm.asked("fiesta")) == 1  # asked once, never again for the same message
    await _close(app)
    await _close(today)


async def test_a_senders_later_messages_wait_for_the_reading_and_keep_their_order(
    tmp_path: Path, llm: FakeLLM
) -> None:
    llm.reply("fiesta", COLA)
    app = _app(tmp_path, llm.base_url)
    _say(app, "MX.3", PARTY, "retiro en tienda")
    _say(app, "MX.4", "hola")
    first = app.processor.run_batch(32)
    # The other customer is answered at once; MX.3's second message waits behind its first.
    assert first.messages == 1 and [r.text for r in first.interpret] == [PARTY]
    assert len(_bodies(app, "MX.4")) == 1 and _bodies(app, "MX.3") == []
    assert app.processor.run_batch(32).messages == 0  # held, not crowding the batch
    assert app.interpreter is not None
    await app.interpreter.interpret(first.interpret[0])
    await _settle(app)
    bodies = _bodies(app, "MX.3")
    assert len(bodies) == 2
    assert bodies[0].endswith(MODE_QUESTION)
    assert "agregué 3 × Refresco de Cola Sierra 2 L" in bodies[1]
    await _close(app)


async def test_a_restart_before_the_commit_interprets_again_and_answers_once(
    tmp_path: Path, llm: FakeLLM
) -> None:
    llm.reply("fiesta", COLA)
    app = _app(tmp_path, llm.base_url)
    _say(app, "MX.5", PARTY)
    (request,) = app.processor.run_batch(32).interpret
    assert app.interpreter is not None
    await app.interpreter.interpret(request)
    await _close(app)  # "crash": the reading lived in memory only, the message is still pending
    again = _app(tmp_path, llm.base_url)
    await _settle(again)
    assert len(llm.asked("fiesta")) == 2
    assert len(_bodies(again, "MX.5")) == 1
    await _settle(again)
    assert len(_bodies(again, "MX.5")) == 1
    await _close(again)


async def test_the_workers_keep_answering_others_while_a_reading_is_on_its_way(
    tmp_path: Path, llm: FakeLLM
) -> None:
    llm.reply("fiesta", COLA)
    llm.delay(1.0)
    app = _app(tmp_path, llm.base_url, timeout=3.0)
    workers = Workers(app.processor, None, app.orders, app.interpreter)
    workers.start()
    try:
        _say(app, "MX.6", PARTY)
        workers.poke_processor()
        await asyncio.sleep(0.3)
        _say(app, "MX.7", "hola")
        workers.poke_processor()
        await asyncio.sleep(0.3)
        assert len(_bodies(app, "MX.7")) == 1 and _bodies(app, "MX.6") == []
        for _ in range(50):
            if _bodies(app, "MX.6"):
                break
            await asyncio.sleep(0.1)
        assert "Anoté: 3 × Refresco de Cola Sierra 2 L." in _bodies(app, "MX.6")[0]
    finally:
        await workers.stop()
    await _close(app)


def test_the_terminal_chat_asks_the_interpreter_between_its_batches(
    tmp_path: Path, llm: FakeLLM
) -> None:
    llm.reply("fiesta", COLA)
    app = _app(tmp_path, llm.base_url)
    session = TerminalSession(
        app.uow, app.ingest, app.processor, TERMINAL_ACCOUNT, "ana", "Ana", app.interpreter
    )
    try:
        (answer,) = session.say(PARTY)
        assert isinstance(answer, ChoicesReply)
        assert "Anoté: 3 × Refresco de Cola Sierra 2 L." in answer.body
        session.say("1")
        assert _cart(app, "terminal:ana") == [("REF-COL-2L", 3)]
    finally:
        assert app.llm is not None
        session.run(app.llm.aclose())
        session.close()
        app.close()


def test_senders_waiting_for_a_reading_are_left_out_of_pending(uow: UnitOfWorkFactory) -> None:
    """On SQLite and PostgreSQL: the held sender's rows stay, the others come in order."""
    tag = secrets.token_hex(6)
    waiting, other = f"MX.W{tag}", f"MX.O{tag}"
    with uow() as tx:
        shop = tx.shops.add(f"i-{tag}", "Tienda", {"name": "Tienda", "currency": "MXN"})
        account = tx.shops.add_account(shop.id, "whatsapp", f"pnid-{tag}")
        for n, sender in enumerate((waiting, other, waiting, other)):
            tx.inbound.add_if_new(
                {
                    "shop_id": shop.id,
                    "account_id": account.id,
                    "external_id": f"wamid.{tag}.{n}",
                    "sender_key": sender,
                    "kind": "text",
                    "payload": {"text": "hola"},
                    "processed": False,
                    "received_at": utcnow(),
                }
            )
        tx.commit()
    with uow() as tx:
        everyone = [r.sender_key for r in tx.inbound.pending(10_000) if r.shop_id == shop.id]
        held = [r.sender_key for r in tx.inbound.pending(10_000, {waiting}) if r.shop_id == shop.id]
    assert everyone == [waiting, other, waiting, other]
    assert held == [other, other]

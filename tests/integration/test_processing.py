"""The processor over a real store: batches, identities shared inside a batch, isolation."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mostrador.bootstrap import Container, bootstrap
from mostrador.domain.customers import ChannelIdentity
from mostrador.domain.messages import InboundKind, InboundMessage
from mostrador.settings import Settings
from mostrador.store.models import CustomerRow, InboundRow, OutboxRow

PNID = "106540352242922"


@pytest.fixture
def app(tmp_path: Path) -> Container:
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'p.db'}", demo=True, whatsapp_phone_number_id=PNID
    )
    return bootstrap(settings)


def _text(identity: ChannelIdentity, body: str) -> tuple[str, InboundMessage]:
    message = InboundMessage(
        "whatsapp", "wamid." + uuid.uuid4().hex, identity, InboundKind.TEXT, text=body
    )
    return PNID, message


def _count(app: Container, model: type, *where: object) -> int:
    with app.uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def test_two_first_messages_of_one_person_in_one_batch_make_one_customer(app: Container) -> None:
    same_person = "MX.4839201736455201"
    app.ingest.ingest(
        "whatsapp",
        [
            _text(ChannelIdentity("whatsapp", same_person, None, "+525512345678"), "hola"),
            _text(ChannelIdentity("whatsapp", same_person, None, None, "@ana"), "quiero pedir"),
        ],
    )
    done = app.processor.run_batch(48)
    assert (done.messages, done.failures) == (2, 0)
    assert _count(app, CustomerRow) == 1
    assert _count(app, InboundRow, InboundRow.processed.is_(False)) == 0


def test_every_message_of_a_busy_batch_is_answered_once(app: Container) -> None:
    people = [ChannelIdentity("whatsapp", f"MX.{i}", None, f"+52551234{i:04d}") for i in range(40)]
    app.ingest.ingest("whatsapp", [_text(p, "hola") for p in people])
    while app.processor.run_batch(16).messages:
        pass
    assert _count(app, InboundRow, InboundRow.processed.is_(False)) == 0
    assert _count(app, OutboxRow) == 40  # one greeting each; read receipts are not outbox rows
    assert _count(app, CustomerRow) == 40


def test_messages_delivered_out_of_order_are_read_in_the_order_they_were_written(
    app: Container,
) -> None:
    ana = ChannelIdentity("whatsapp", "MX.77", None, "+525500007777")
    later = InboundMessage(
        "whatsapp",
        "wamid.b",
        ana,
        InboundKind.TEXT,
        datetime(2026, 11, 23, 12, 0, 5, tzinfo=UTC),
        text="retiro en tienda",
    )
    earlier = InboundMessage(
        "whatsapp",
        "wamid.a",
        ana,
        InboundKind.TEXT,
        datetime(2026, 11, 23, 12, 0, 1, tzinfo=UTC),
        text="quiero hacer un pedido",
    )
    app.ingest.ingest("whatsapp", [(PNID, later), (PNID, earlier)])
    app.processor.run_batch(48)
    with app.uow() as uow:
        bodies = [
            r["body"] for r in uow.session.scalars(select(OutboxRow.reply).order_by(OutboxRow.id))
        ]
    assert "¿Cómo quieres recibir tu pedido" in bodies[0]
    assert bodies[-1].endswith("¿Qué producto buscas?")

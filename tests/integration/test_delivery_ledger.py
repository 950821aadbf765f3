"""The outbox's delivery bookkeeping against real databases: claims before sending, outcomes,
statuses matched by provider id or, after a crash, by our callback data."""

from __future__ import annotations

import secrets
from datetime import timedelta

from sqlalchemy import select

from mostrador.domain.messages import TextReply
from mostrador.services.delivery import DeliveryLedger
from mostrador.services.outbox import outbox_rows
from mostrador.store.models import OutboxRow
from mostrador.store.outbox import CALLBACK_PREFIX
from mostrador.store.types import utcnow
from mostrador.store.unit_of_work import UnitOfWorkFactory


def _outbox_row(uow_factory: UnitOfWorkFactory, text: str = "hola") -> tuple[int, str]:
    """A shop, an account, a customer and one pending reply; returns (row id, account id)."""
    external = "PN" + secrets.token_hex(6)
    with uow_factory() as uow:
        shop = uow.shops.add("s" + secrets.token_hex(6), "Tienda", {"name": "Tienda"})
        account = uow.shops.add_account(shop.id, "whatsapp", external)
        customer = uow.customers.add(shop.id, "Ana")
        conversation = uow.conversations.get_or_add(shop.id, account.id, customer.id)
        conversation.address_phone = "+525512345678"
        uow.outbox.add(outbox_rows(conversation, [TextReply(text)]))
        uow.commit()
        row_id = uow.session.scalar(
            select(OutboxRow.id).where(OutboxRow.conversation_id == conversation.id)
        )
    assert row_id is not None
    return int(row_id), external


def _row(uow_factory: UnitOfWorkFactory, row_id: int) -> OutboxRow:
    with uow_factory() as uow:
        row = uow.session.get(OutboxRow, row_id)
        assert row is not None
        return row


def test_a_due_row_is_read_once_claimed_and_recorded_as_sent(uow: UnitOfWorkFactory) -> None:
    row_id, account = _outbox_row(uow)
    ledger = DeliveryLedger(uow)
    due = [s for s in ledger.due(500, set()) if s.id == row_id]
    assert [(s.account_external_id, s.to_phone, s.reply) for s in due] == [
        (account, "+525512345678", TextReply("hola"))
    ]
    ledger.claim([row_id])
    assert _row(uow, row_id).status == "sending"
    assert row_id not in {s.id for s in ledger.due(500, set())}
    ledger.record([(row_id, "wamid.A1")], [], [])
    row = _row(uow, row_id)
    assert (row.status, row.provider_message_id) == ("sent", "wamid.A1")


def test_a_status_with_our_callback_data_settles_a_send_a_crash_left_unrecorded(
    uow: UnitOfWorkFactory,
) -> None:
    row_id, _ = _outbox_row(uow)
    DeliveryLedger(uow).claim([row_id])  # sent, then the process died before recording it
    with uow() as session:
        matched = session.outbox.apply_status(
            "wamid.LATE", "delivered", None, "", f"{CALLBACK_PREFIX}{row_id}"
        )
        session.commit()
    assert matched is True
    row = _row(uow, row_id)
    assert (row.status, row.provider_message_id) == ("delivered", "wamid.LATE")


def test_an_unconfirmed_claim_goes_back_to_pending_only_after_the_grace(
    uow: UnitOfWorkFactory,
) -> None:
    row_id, _ = _outbox_row(uow)
    ledger = DeliveryLedger(uow)
    ledger.claim([row_id])
    ledger.release_stale_claims(timedelta(minutes=2))
    assert _row(uow, row_id).status == "sending"
    with uow() as session:
        session.session.get(OutboxRow, row_id).updated_at = utcnow() - timedelta(minutes=5)  # type: ignore[union-attr]
        session.commit()
    ledger.release_stale_claims(timedelta(minutes=2))
    assert _row(uow, row_id).status == "pending"


def test_statuses_only_move_forward(uow: UnitOfWorkFactory) -> None:
    row_id, _ = _outbox_row(uow)
    ledger = DeliveryLedger(uow)
    ledger.claim([row_id])
    ledger.record([(row_id, "wamid.F1")], [], [])
    with uow() as session:
        assert session.outbox.apply_status("wamid.F1", "read", None, "")
        assert session.outbox.apply_status("wamid.F1", "delivered", None, "")
        session.commit()
    assert _row(uow, row_id).status == "read"


def test_a_permanent_failure_keeps_the_reason_for_staff(uow: UnitOfWorkFactory) -> None:
    row_id, _ = _outbox_row(uow)
    ledger = DeliveryLedger(uow)
    (item,) = [s for s in ledger.due(500, set()) if s.id == row_id]
    ledger.claim([row_id])
    ledger.record([], [], [(item, 131047, "Pasaron más de 24 horas")])
    row = _row(uow, row_id)
    assert (row.status, row.error_code, row.error_reason) == (
        "failed",
        131047,
        "Pasaron más de 24 horas",
    )


def test_a_transient_failure_is_retried_later_not_at_once(uow: UnitOfWorkFactory) -> None:
    row_id, _ = _outbox_row(uow)
    ledger = DeliveryLedger(uow)
    (item,) = [s for s in ledger.due(500, set()) if s.id == row_id]
    ledger.claim([row_id])
    ledger.record([], [(item, 2, "Servicio no disponible")], [])
    row = _row(uow, row_id)
    assert (row.status, row.attempts) == ("pending", 1)
    assert row.next_attempt_at is not None and row.next_attempt_at > utcnow()
    assert row_id not in {s.id for s in ledger.due(500, set())}

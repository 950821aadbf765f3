"""Process: run the conversation engine over stored inbound messages, in order, once.

One call takes a batch of unprocessed messages, groups them by conversation (sender), and for
each conversation runs every message through the engine, then writes the new state, the
replies (outbox) and the processed marks in ONE commit for the whole batch. A crash before the
commit leaves the messages unprocessed, so a restart processes them again and nothing is lost
or doubled. Caller guarantees a single processor per conversation (embedded mode: one task).

With an interpreter (`desk`), a message the engine cannot understand is not answered: it and
the sender's later messages stay unprocessed, the batch result lists it in `interpret`, and the
sender is left out of later batches until the caller has left a reading on the desk
(decision 0005). No remote call ever happens inside the transaction.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import Row

from mostrador.domain.catalog import Product
from mostrador.domain.codec import inbound_from_dict
from mostrador.domain.messages import InboundKind, InboundMessage, MarkRead, Reply, TextReply
from mostrador.domain.shop import ShopSettings
from mostrador.services.catalog import SearchRegistry
from mostrador.services.conversation.engine import handle_turn
from mostrador.services.conversation.ports import CustomerView
from mostrador.services.conversation.state import ConversationState
from mostrador.services.customers import apply_system_event, identity_keys, resolve_customer
from mostrador.services.interpretation.desk import Desk, Request
from mostrador.services.outbox import outbox_rows
from mostrador.services.shop_port import StoreShopPort
from mostrador.services.shop_settings import parse_settings, to_domain
from mostrador.store.customers import IdentityKind
from mostrador.store.models import ConversationRow, ShopRow
from mostrador.store.types import utcnow
from mostrador.store.unit_of_work import UnitOfWork, UnitOfWorkFactory

log = logging.getLogger(__name__)

SORRY = "Perdón, tuve un problema con tu último mensaje. ¿Me lo repites, por favor?"


@dataclass(frozen=True)
class ReadReceipt:
    """Blue ticks for a customer's message. A courtesy, not a message: sent after the commit
    straight from memory, never through the outbox (losing one in a crash harms nobody)."""

    account_id: int
    external_id: str


@dataclass
class BatchResult:
    messages: int = 0
    conversations: int = 0
    replies: int = 0
    failures: int = 0
    reindex: dict[int, list[Product]] = field(default_factory=dict)
    interpret: list[Request] = field(default_factory=list)  # held back for an interpreter


class Processor:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        registry: SearchRegistry,
        public_url: str,
        mark_read: bool = True,
        on_outbox: Callable[[], None] | None = None,
        on_read: Callable[[list[ReadReceipt]], None] | None = None,
        desk: Desk | None = None,
    ) -> None:
        self.uow = uow
        self.registry = registry
        self.public_url = public_url
        self.mark_read = mark_read
        self.on_outbox = on_outbox
        self.on_read = on_read
        self.desk = desk
        self._settings_cache: dict[int, tuple[dict[str, Any], ShopSettings]] = {}

    def run_batch(self, limit: int = 64) -> BatchResult:
        try:
            return self._run_batch(limit)
        except Exception:  # one bad message must not block every later one: isolate it
            log.exception("processing: a batch failed; processing it one sender at a time")
            return self._run_isolated(limit)

    def _run_isolated(self, limit: int) -> BatchResult:
        """The failed batch again, each sender in a transaction of its own; a sender that still
        fails gets an apology and its messages are marked processed (logged, not retried
        forever)."""
        total = BatchResult()
        with self.uow() as uow:
            pending = uow.inbound.pending(limit, self._held())
        senders = list(dict.fromkeys((r.account_id, r.sender_key) for r in pending))
        for sender in senders:
            rows = [r for r in pending if (r.account_id, r.sender_key) == sender]
            try:
                done = self._run_batch(limit, only=[r.id for r in rows])
            except Exception:
                log.exception("processing: inbound %s cannot be processed", [r.id for r in rows])
                done = self._give_up(rows)
            total.messages += done.messages
            total.replies += done.replies
            total.failures += done.failures
            total.interpret.extend(done.interpret)
        return total

    def _held(self) -> set[str]:
        return self.desk.waiting_senders() if self.desk is not None else set()

    def _give_up(self, rows: list[Row[Any]]) -> BatchResult:
        with self.uow() as uow:
            uow.inbound.mark_processed_many([(r.id, None) for r in rows])
            uow.commit()
        return BatchResult(messages=len(rows), failures=1)

    def _run_batch(self, limit: int, only: list[int] | None = None) -> BatchResult:
        result = BatchResult()
        with self.uow() as uow:
            pending = uow.inbound.pending(limit, self._held())
            if only is not None:
                pending = [r for r in pending if r.id in only]
            if not pending:
                return result
            groups: dict[tuple[int, str], list[Row[Any]]] = {}
            for row in pending:
                groups.setdefault((row.account_id, row.sender_key), []).append(row)
            batch = _Batch(self._settings_cache)
            batch.prefetch(uow, groups)
            for rows in groups.values():
                self._conversation(uow, rows, batch, result)
            # One statement each for the whole batch: the group commit is the point.
            uow.outbox.add(batch.outbox)
            uow.inbound.mark_processed_many(batch.processed)
            if batch.outbox and self.on_outbox is not None:
                uow.on_commit(self.on_outbox)
            if batch.reads and self.on_read is not None:
                reads, on_read = batch.reads, self.on_read
                uow.on_commit(lambda: on_read(reads))
            if batch.read_with and self.desk is not None:
                used, desk = batch.read_with, self.desk
                uow.on_commit(lambda: desk.forget(used))
            uow.commit()
        if self.desk is not None:
            result.interpret = [r for r in result.interpret if self.desk.wait_for(r)]
        for shop_id, products in result.reindex.items():
            self.registry.refresh(shop_id, products)
        return result

    def _conversation(
        self, uow: UnitOfWork, rows: list[Row[Any]], batch: _Batch, result: BatchResult
    ) -> None:
        result.conversations += 1
        messages = batch.messages[rows[0].id]
        row_ids = batch.row_ids[rows[0].id]
        shop_id = rows[0].shop_id
        settings = batch.settings(uow, shop_id)
        latest = messages[-1]
        customer = resolve_customer(uow, shop_id, latest.sender, batch.owners.get(shop_id))
        conversation = uow.conversations.get_or_add(
            shop_id,
            rows[0].account_id,
            customer.id,
            batch.conversations,
            new_customer=customer.id not in batch.customer_ids,
        )
        # Reply where the channel last showed the customer (phone only when it is shared).
        conversation.address_phone = latest.sender.phone
        conversation.address_user_id = latest.sender.user_id
        now = utcnow()
        conversation.last_inbound_at = now
        replies: list[Reply | MarkRead] = []
        if self.mark_read and self.on_read and latest.channel == "whatsapp" and _readable(latest):
            # Marking the latest message read marks every earlier one too: one call per burst.
            batch.reads.append(ReadReceipt(rows[0].account_id, latest.external_id))
        port = StoreShopPort(
            uow, self.registry, shop_id, settings, conversation.id, self.public_url, now
        )
        state = ConversationState.from_dict(conversation.state or {})
        state.handoff = conversation.handoff
        done = row_ids
        try:
            for index, (message, row_id) in enumerate(zip(messages, row_ids, strict=True)):
                if message.kind is InboundKind.SYSTEM and message.system is not None:
                    apply_system_event(uow, customer, message.system)
                view = CustomerView(
                    id=customer.id,
                    phone=customer.phone,
                    display_name=customer.display_name or None,
                    username=customer.username,
                )
                reading = self.desk.reading(row_id) if self.desk is not None else None
                if reading is not None:
                    batch.read_with.append(row_id)
                turn = handle_turn(
                    state,
                    message,
                    view,
                    port,
                    now,
                    may_interpret=self.desk is not None and self.desk.has_room(),
                    interpretation=reading,
                )
                if turn.interpret is not None:
                    # This message and the sender's later ones wait for the interpreter; the
                    # earlier ones are answered now. `state` is as it was before this message.
                    request = Request(row_id, rows[0].sender_key, message.text, turn.interpret)
                    result.interpret.append(request)
                    done = row_ids[:index]
                    break
                replies.extend(turn.replies)
        except Exception:  # a bug in one conversation must not stall every other one
            log.exception(
                "processing: conversation %s failed on inbound %s",
                conversation.id,
                [r.id for r in rows],
            )
            result.failures += 1
            # The state in memory may be half-changed: keep the stored one, apologise.
            replies.append(TextReply(SORRY))
            done = row_ids
        else:
            uow.conversations.save_state(conversation, state.to_dict(), state.handoff)
        batch.outbox.extend(outbox_rows(conversation, replies))
        batch.processed.extend((row_id, conversation.id) for row_id in done)
        result.messages += len(done)
        result.replies += len(replies)
        changed = port.changed_products()
        if changed:
            result.reindex.setdefault(shop_id, []).extend(changed)


class _Batch:
    """What a batch reads up front and accumulates before its single commit."""

    def __init__(self, settings_cache: dict[int, tuple[dict[str, Any], ShopSettings]]) -> None:
        self.outbox: list[dict[str, Any]] = []
        self.processed: list[tuple[int, int]] = []
        self.reads: list[ReadReceipt] = []
        self.messages: dict[int, list[InboundMessage]] = {}  # by the group's first row id
        self.row_ids: dict[int, list[int]] = {}  # their rows, in the same (reading) order
        self.read_with: list[int] = []  # inbound ids processed with an interpreter's reading
        self.owners: dict[int, dict[tuple[str, str], int]] = {}  # per shop
        self.conversations: dict[tuple[int, int], ConversationRow] = {}
        self._settings = settings_cache
        self._keep: list[object] = []
        self._shops: dict[int, ShopRow] = {}
        self.customer_ids: set[int] = set()  # customers that existed before this batch

    def prefetch(self, uow: UnitOfWork, groups: dict[tuple[int, str], list[Row[Any]]]) -> None:
        """Three queries for the whole batch instead of three per conversation: who the
        senders are, their customer rows (into the session) and their conversations."""
        keys_by_shop: dict[int, list[tuple[IdentityKind, str]]] = {}
        for rows in groups.values():
            read = [(inbound_from_dict(r.payload), r.id) for r in rows]
            # Meta does not promise delivery order: a customer's messages that arrived together
            # are read in the order they were written (arrival order breaks ties).
            read.sort(key=lambda p: p[0].sent_at.timestamp() if p[0].sent_at else float("inf"))
            messages = [message for message, _ in read]
            self.messages[rows[0].id] = messages
            self.row_ids[rows[0].id] = [row_id for _, row_id in read]
            keys_by_shop.setdefault(rows[0].shop_id, []).extend(identity_keys(messages[-1].sender))
        for shop_id, keys in keys_by_shop.items():
            self.owners[shop_id] = uow.customers.owners(shop_id, keys)
        customer_ids = {c for owners in self.owners.values() for c in owners.values()}
        self.customer_ids = customer_ids
        # The session's identity map holds rows weakly: keep them, or `get` reads them again.
        self._keep.extend(uow.customers.many(customer_ids).values())
        pairs = {(rows[0].account_id, c) for rows in groups.values() for c in customer_ids}
        self.conversations = uow.conversations.of_customers(pairs)

    def settings(self, uow: UnitOfWork, shop_id: int) -> ShopSettings:
        """Parsed once and reused while the stored document is unchanged."""
        shop = self._shops.get(shop_id)
        if shop is None:
            shop = uow.shops.get(shop_id)
            assert shop is not None, "inbound rows always belong to a shop"
            self._shops[shop_id] = shop
        cached = self._settings.get(shop_id)
        if cached is None or cached[0] != shop.settings:
            cached = (dict(shop.settings), to_domain(parse_settings(shop.settings)))
            self._settings[shop_id] = cached
        return cached[1]


def _readable(message: InboundMessage) -> bool:
    return message.kind not in (InboundKind.SYSTEM, InboundKind.REACTION)

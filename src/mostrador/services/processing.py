"""Process: run the conversation engine over stored inbound messages, in order, once.

One call takes a batch of unprocessed messages, groups them by conversation (sender), and for
each conversation runs every message through the engine, then writes the new state, the
replies (outbox) and the processed marks in ONE commit for the whole batch. A crash before the
commit leaves the messages unprocessed, so a restart processes them again and nothing is lost
or doubled. Caller guarantees a single processor per conversation (embedded mode: one task).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from mostrador.domain.catalog import Product
from mostrador.domain.codec import inbound_from_dict
from mostrador.domain.messages import InboundKind, InboundMessage, MarkRead, Reply, TextReply
from mostrador.services.catalog import SearchRegistry
from mostrador.services.conversation.engine import handle_turn
from mostrador.services.conversation.ports import CustomerView
from mostrador.services.conversation.state import ConversationState
from mostrador.services.customers import apply_system_event, resolve_customer
from mostrador.services.outbox import outbox_rows
from mostrador.services.shop_port import StoreShopPort
from mostrador.services.shop_settings import parse_settings, to_domain
from mostrador.store.models import InboundRow
from mostrador.store.types import utcnow
from mostrador.store.unit_of_work import UnitOfWork, UnitOfWorkFactory

log = logging.getLogger(__name__)

SORRY = "Perdón, tuve un problema con tu último mensaje. ¿Me lo repites, por favor?"


@dataclass
class BatchResult:
    messages: int = 0
    conversations: int = 0
    replies: int = 0
    failures: int = 0
    reindex: dict[int, list[Product]] = field(default_factory=dict)


class Processor:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        registry: SearchRegistry,
        public_url: str,
        mark_read: bool = True,
        on_outbox: Callable[[], None] | None = None,
    ) -> None:
        self.uow = uow
        self.registry = registry
        self.public_url = public_url
        self.mark_read = mark_read
        self.on_outbox = on_outbox

    def run_batch(self, limit: int = 64) -> BatchResult:
        result = BatchResult()
        with self.uow() as uow:
            pending = uow.inbound.pending(limit)
            if not pending:
                return result
            groups: dict[tuple[int, str], list[InboundRow]] = {}
            for row in pending:
                groups.setdefault((row.account_id, row.sender_key), []).append(row)
            for rows in groups.values():
                self._conversation(uow, rows, result)
            if result.replies and self.on_outbox is not None:
                uow.on_commit(self.on_outbox)
            uow.commit()
        for shop_id, products in result.reindex.items():
            self.registry.refresh(shop_id, products)
        return result

    def _conversation(self, uow: UnitOfWork, rows: list[InboundRow], result: BatchResult) -> None:
        result.conversations += 1
        result.messages += len(rows)
        ids = [r.id for r in rows]
        try:
            with uow.session.begin_nested():
                conversation_id, replies = self._turns(uow, rows, result)
        except Exception:  # a bug in one conversation must not stall every other one
            log.exception("processing: conversation of inbound %s failed", ids)
            result.failures += 1
            with uow.session.begin_nested():
                conversation_id, replies = self._apologise(uow, rows)
        uow.inbound.mark_processed(ids, conversation_id)
        result.replies += len(replies)

    def _turns(
        self, uow: UnitOfWork, rows: list[InboundRow], result: BatchResult
    ) -> tuple[int, list[Reply | MarkRead]]:
        messages = [inbound_from_dict(r.payload) for r in rows]
        shop = uow.shops.get(rows[0].shop_id)
        assert shop is not None, "inbound rows always belong to a shop"
        settings = to_domain(parse_settings(shop.settings))
        latest = messages[-1]
        customer = resolve_customer(uow, shop.id, latest.sender)
        conversation = uow.conversations.get_or_add(shop.id, rows[0].account_id, customer.id)
        # Reply where the channel last showed the customer (phone only when it is shared).
        conversation.address_phone = latest.sender.phone
        conversation.address_user_id = latest.sender.user_id
        conversation.last_inbound_at = utcnow()
        now = utcnow()
        port = StoreShopPort(
            uow, self.registry, shop.id, settings, conversation.id, self.public_url, now
        )
        state = ConversationState.from_dict(conversation.state or {})
        state.handoff = conversation.handoff
        replies: list[Reply | MarkRead] = []
        if self.mark_read and latest.channel == "whatsapp" and _readable(latest):
            # Marking the latest message read marks every earlier one too: one call per burst.
            replies.append(MarkRead(latest.external_id))
        for message in messages:
            if message.kind is InboundKind.SYSTEM and message.system is not None:
                apply_system_event(uow, customer, message.system)
            view = CustomerView(
                id=customer.id,
                phone=customer.phone,
                display_name=customer.display_name or None,
                username=customer.username,
            )
            turn = handle_turn(state, message, view, port, now)
            replies.extend(turn.replies)
        uow.conversations.save_state(conversation, state.to_dict(), state.handoff)
        uow.outbox.add(outbox_rows(conversation, replies))
        changed = port.changed_products()
        if changed:
            result.reindex.setdefault(shop.id, []).extend(changed)
        return conversation.id, replies

    def _apologise(
        self, uow: UnitOfWork, rows: list[InboundRow]
    ) -> tuple[int | None, list[Reply | MarkRead]]:
        latest = inbound_from_dict(rows[-1].payload)
        try:
            customer = resolve_customer(uow, rows[0].shop_id, latest.sender)
            conversation = uow.conversations.get_or_add(
                rows[0].shop_id, rows[0].account_id, customer.id
            )
        except Exception:  # the store itself is failing: leave a trace, drop nothing else
            log.exception("processing: cannot even apologise for inbound %s", rows[-1].id)
            return None, []
        conversation.address_phone = latest.sender.phone
        conversation.address_user_id = latest.sender.user_id
        replies: list[Reply | MarkRead] = [TextReply(SORRY)]
        uow.outbox.add(outbox_rows(conversation, replies))
        return conversation.id, replies


def _readable(message: InboundMessage) -> bool:
    return message.kind not in (InboundKind.SYSTEM, InboundKind.REACTION)

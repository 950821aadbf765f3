"""Orders, their items and their status history."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from mostrador.store.models import (
    CustomerIdentityRow,
    OrderEventRow,
    OrderItemRow,
    OrderRow,
)


class OrderRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, order: OrderRow, items: list[OrderItemRow]) -> OrderRow:
        self.session.add(order)
        self.session.flush()
        for item in items:
            item.order_id = order.id
        self.session.add_all(items)
        self.session.add(OrderEventRow(order_id=order.id, status=order.status, at=order.created_at))
        self.session.flush()
        return order

    def items(self, order_ids: Sequence[int]) -> dict[int, list[OrderItemRow]]:
        found: dict[int, list[OrderItemRow]] = {i: [] for i in order_ids}
        if order_ids:
            for item in self.session.scalars(
                select(OrderItemRow)
                .where(OrderItemRow.order_id.in_(order_ids))
                .order_by(OrderItemRow.id)
            ):
                found[item.order_id].append(item)
        return found

    def any_in_shop(self, shop_id: int) -> bool:
        return (
            self.session.scalar(select(OrderRow.id).where(OrderRow.shop_id == shop_id).limit(1))
            is not None
        )

    def by_public_id(self, shop_id: int, public_id: str) -> OrderRow | None:
        return self.session.scalars(
            select(OrderRow).where(OrderRow.shop_id == shop_id, OrderRow.public_id == public_id)
        ).first()

    def by_token(self, token: str) -> OrderRow | None:
        return self.session.scalars(select(OrderRow).where(OrderRow.payment_token == token)).first()

    def of_customer(self, customer_id: int, limit: int) -> list[OrderRow]:
        return list(
            self.session.scalars(
                select(OrderRow)
                .where(OrderRow.customer_id == customer_id)
                .order_by(OrderRow.id.desc())
                .limit(limit)
            )
        )

    def search(
        self,
        shop_id: int,
        *,
        phone: str | None = None,
        user_id: str | None = None,
        status: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[OrderRow]:
        """Newest first. `phone` matches the contact phone or any customer with that phone
        identity; `user_id` a customer's WhatsApp BSUID (or parent BSUID)."""
        query = select(OrderRow).where(OrderRow.shop_id == shop_id)
        if phone is not None:
            owners = select(CustomerIdentityRow.customer_id).where(
                CustomerIdentityRow.shop_id == shop_id,
                CustomerIdentityRow.kind == "phone",
                CustomerIdentityRow.value == phone,
            )
            query = query.where(
                or_(OrderRow.contact_phone == phone, OrderRow.customer_id.in_(owners))
            )
        if user_id is not None:
            owners = select(CustomerIdentityRow.customer_id).where(
                CustomerIdentityRow.shop_id == shop_id,
                CustomerIdentityRow.kind.in_(("whatsapp_user", "whatsapp_parent")),
                CustomerIdentityRow.value == user_id,
            )
            query = query.where(OrderRow.customer_id.in_(owners))
        if status is not None:
            query = query.where(OrderRow.status == status)
        return list(
            self.session.scalars(query.order_by(OrderRow.id.desc()).limit(limit).offset(offset))
        )

    def expired_unpaid(self, now: datetime, limit: int) -> list[OrderRow]:
        return list(
            self.session.scalars(
                select(OrderRow)
                .where(OrderRow.status == "pending_payment", OrderRow.expires_at <= now)
                .order_by(OrderRow.id)
                .limit(limit)
            )
        )

    def add_event(self, order_id: int, status: str, at: datetime, note: str = "") -> None:
        self.session.add(OrderEventRow(order_id=order_id, status=status, at=at, note=note[:500]))

    def events(self, order_id: int) -> list[OrderEventRow]:
        return list(
            self.session.scalars(
                select(OrderEventRow)
                .where(OrderEventRow.order_id == order_id)
                .order_by(OrderEventRow.id)
            )
        )

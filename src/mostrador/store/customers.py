"""Customers and their channel identities (BSUID, parent BSUID, phone, username)."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from mostrador.store.models import (
    ConversationRow,
    CustomerIdentityRow,
    CustomerRow,
    OrderRow,
)


class IdentityKind(StrEnum):
    WHATSAPP_USER = "whatsapp_user"  # BSUID
    WHATSAPP_PARENT = "whatsapp_parent"  # parent BSUID
    PHONE = "phone"  # canonical E.164
    USERNAME = "username"
    TERMINAL = "terminal"


class CustomerRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, customer_id: int) -> CustomerRow | None:
        return self.session.get(CustomerRow, customer_id)

    def by_identity(self, shop_id: int, kind: IdentityKind, value: str) -> CustomerRow | None:
        return self.session.scalars(
            select(CustomerRow)
            .join(CustomerIdentityRow, CustomerIdentityRow.customer_id == CustomerRow.id)
            .where(
                CustomerIdentityRow.shop_id == shop_id,
                CustomerIdentityRow.kind == kind.value,
                CustomerIdentityRow.value == value,
            )
        ).first()

    def owners(
        self, shop_id: int, keys: list[tuple[IdentityKind, str]]
    ) -> dict[tuple[str, str], int]:
        """Which customer holds each (kind, value), in one query."""
        if not keys:
            return {}
        wanted = {(k.value, v) for k, v in keys}
        rows = self.session.execute(
            select(
                CustomerIdentityRow.kind, CustomerIdentityRow.value, CustomerIdentityRow.customer_id
            ).where(
                CustomerIdentityRow.shop_id == shop_id,
                CustomerIdentityRow.value.in_(sorted({v for _, v in keys})),
            )
        )
        return {(k, v): c for k, v, c in rows if (k, v) in wanted}

    def many(self, ids: set[int]) -> dict[int, CustomerRow]:
        if not ids:
            return {}
        rows = self.session.scalars(select(CustomerRow).where(CustomerRow.id.in_(sorted(ids))))
        return {row.id: row for row in rows}

    def identities(self, customer_id: int) -> list[CustomerIdentityRow]:
        return list(
            self.session.scalars(
                select(CustomerIdentityRow).where(CustomerIdentityRow.customer_id == customer_id)
            )
        )

    def add(self, shop_id: int, display_name: str = "") -> CustomerRow:
        row = CustomerRow(shop_id=shop_id, display_name=display_name[:200])
        self.session.add(row)
        self.session.flush()
        return row

    def attach(self, customer: CustomerRow, kind: IdentityKind, value: str) -> None:
        """Links an identity to `customer` (moving it if another customer held it)."""
        existing = self.session.scalars(
            select(CustomerIdentityRow).where(
                CustomerIdentityRow.shop_id == customer.shop_id,
                CustomerIdentityRow.kind == kind.value,
                CustomerIdentityRow.value == value,
            )
        ).first()
        if existing is None:
            self.session.add(
                CustomerIdentityRow(
                    shop_id=customer.shop_id, customer_id=customer.id, kind=kind.value, value=value
                )
            )
            self.session.flush()
        elif existing.customer_id != customer.id:
            existing.customer_id = customer.id
        if kind is IdentityKind.PHONE:
            customer.phone = value
        elif kind is IdentityKind.USERNAME:
            customer.username = value

    def attach_new(self, customer: CustomerRow, keys: list[tuple[IdentityKind, str]]) -> None:
        """Identities known to belong to nobody yet, in one statement."""
        if not keys:
            return
        self.session.execute(
            insert(CustomerIdentityRow),
            [
                {
                    "shop_id": customer.shop_id,
                    "customer_id": customer.id,
                    "kind": k.value,
                    "value": v,
                }
                for k, v in keys
            ],
        )
        for kind, value in keys:
            if kind is IdentityKind.PHONE:
                customer.phone = value
            elif kind is IdentityKind.USERNAME:
                customer.username = value

    def merge(self, keep: CustomerRow, gone: CustomerRow) -> None:
        """Folds `gone` into `keep`: identities, conversations and orders move over."""
        for model in (CustomerIdentityRow, OrderRow):
            self.session.execute(
                update(model).where(model.customer_id == gone.id).values(customer_id=keep.id)
            )
        # A customer keeps one conversation per account: move only where `keep` has none.
        kept_accounts = set(
            self.session.scalars(
                select(ConversationRow.account_id).where(ConversationRow.customer_id == keep.id)
            )
        )
        for conversation in self.session.scalars(
            select(ConversationRow).where(ConversationRow.customer_id == gone.id)
        ):
            if conversation.account_id not in kept_accounts:
                conversation.customer_id = keep.id
        keep.phone = keep.phone or gone.phone
        keep.username = keep.username or gone.username
        keep.display_name = keep.display_name or gone.display_name

"""Shops and the channel accounts that route webhooks to them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from mostrador.store.models import ChannelAccountRow, ShopRow


class ShopRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, shop_id: int) -> ShopRow | None:
        return self.session.get(ShopRow, shop_id)

    def first(self) -> ShopRow | None:
        return self.session.scalars(select(ShopRow).order_by(ShopRow.id).limit(1)).first()

    def add(self, slug: str, name: str, settings: dict[str, Any]) -> ShopRow:
        row = ShopRow(slug=slug, name=name, settings=settings, next_order_number=1)
        self.session.add(row)
        self.session.flush()
        return row

    def save_settings(self, shop: ShopRow, settings: dict[str, Any]) -> None:
        shop.settings = settings
        shop.name = str(settings.get("name") or shop.name)

    def take_order_number(self, shop_id: int) -> int:
        """Next order number for the shop; the row lock serialises concurrent checkouts."""
        number = self.session.execute(
            update(ShopRow)
            .where(ShopRow.id == shop_id)
            .values(next_order_number=ShopRow.next_order_number + 1)
            .returning(ShopRow.next_order_number)
        ).scalar_one()
        return int(number) - 1

    def account(self, channel: str, external_id: str) -> ChannelAccountRow | None:
        return self.session.scalars(
            select(ChannelAccountRow).where(
                ChannelAccountRow.channel == channel,
                ChannelAccountRow.external_id == external_id,
            )
        ).first()

    def accounts(self, shop_id: int | None = None) -> list[ChannelAccountRow]:
        query = select(ChannelAccountRow).order_by(ChannelAccountRow.id)
        if shop_id is not None:
            query = query.where(ChannelAccountRow.shop_id == shop_id)
        return list(self.session.scalars(query))

    def add_account(self, shop_id: int, channel: str, external_id: str) -> ChannelAccountRow:
        row = ChannelAccountRow(shop_id=shop_id, channel=channel, external_id=external_id)
        self.session.add(row)
        self.session.flush()
        return row

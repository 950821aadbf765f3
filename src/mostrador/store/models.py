"""Tables. Every business record belongs to a shop (tenancy)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from mostrador.store.types import JsonType, UTCDateTime, utcnow

NAMING = {
    "ix": "ix_%(column_0_N_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# SQLite only auto-increments INTEGER PRIMARY KEY; PostgreSQL gets BIGINT.
Id = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class ShopRow(Base):
    __tablename__ = "shops"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    settings: Mapped[dict[str, Any]] = mapped_column(JsonType, default=dict)
    next_order_number: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ChannelAccountRow(Base):
    """A number/bot a shop receives on; webhooks are routed to the shop through it."""

    __tablename__ = "channel_accounts"
    __table_args__ = (UniqueConstraint("channel", "external_id"),)
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id"), index=True)
    channel: Mapped[str] = mapped_column(String(32))
    external_id: Mapped[str] = mapped_column(String(128))  # WhatsApp phone_number_id
    display_name: Mapped[str] = mapped_column(String(200), default="")
    paused_reason: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CustomerRow(Base):
    __tablename__ = "customers"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id"), index=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str | None] = mapped_column(String(32), index=True)  # canonical E.164
    username: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(254))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CustomerIdentityRow(Base):
    """One way to reach/recognise a customer: a BSUID, a parent BSUID, a phone, a username."""

    __tablename__ = "customer_identities"
    __table_args__ = (UniqueConstraint("shop_id", "kind", "value"),)
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))  # IdentityKind
    value: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ConversationRow(Base):
    __tablename__ = "conversations"
    __table_args__ = (UniqueConstraint("account_id", "customer_id"),)
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id"), index=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("channel_accounts.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    state: Mapped[dict[str, Any]] = mapped_column(JsonType, default=dict)
    # Where replies go, as the channel last showed the customer: the phone only when the
    # channel shares it (WhatsApp usernames hide it), else the BSUID.
    address_phone: Mapped[str | None] = mapped_column(String(32))
    address_user_id: Mapped[str | None] = mapped_column(String(200))
    handoff: Mapped[bool] = mapped_column(Boolean, default=False)
    handoff_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_inbound_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class InboundRow(Base):
    """A stored customer message. (account, external_id) is unique: redeliveries are dropped."""

    __tablename__ = "inbound_messages"
    __table_args__ = (
        UniqueConstraint("account_id", "external_id"),
        Index("ix_inbound_pending", "processed", "id"),
    )
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id"))
    account_id: Mapped[int] = mapped_column(ForeignKey("channel_accounts.id"))
    external_id: Mapped[str] = mapped_column(String(200))
    sender_key: Mapped[str] = mapped_column(String(200))  # BSUID or phone: ordering unit
    kind: Mapped[str] = mapped_column(String(32))
    payload: Mapped[dict[str, Any]] = mapped_column(JsonType)
    conversation_id: Mapped[int | None] = mapped_column(ForeignKey("conversations.id"))
    processed: Mapped[bool] = mapped_column(Boolean, default=False)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class OutboxRow(Base):
    """A message to send, written in the same commit as the state that produced it."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_pending", "status", "id"),)
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id"))
    account_id: Mapped[int] = mapped_column(ForeignKey("channel_accounts.id"))
    conversation_id: Mapped[int | None] = mapped_column(ForeignKey("conversations.id"))
    recipient_key: Mapped[str] = mapped_column(String(200))  # per-recipient ordering unit
    to_phone: Mapped[str | None] = mapped_column(String(32))
    to_user_id: Mapped[str | None] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(32))
    reply: Mapped[dict[str, Any]] = mapped_column(JsonType)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    provider_message_id: Mapped[str | None] = mapped_column(String(200), unique=True)
    error_code: Mapped[int | None] = mapped_column(Integer)
    error_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ProductRow(Base):
    __tablename__ = "products"
    __table_args__ = (UniqueConstraint("shop_id", "sku"),)
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id"))
    sku: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(200))
    price_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    stock: Mapped[int | None] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(200), default="")
    brand: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    variant_group: Mapped[str] = mapped_column(String(200), default="")
    variant: Mapped[str] = mapped_column(String(200), default="")
    image_url: Mapped[str] = mapped_column(String(1000), default="")
    tags: Mapped[list[str]] = mapped_column(JsonType, default=list)
    popularity: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class OrderRow(Base):
    __tablename__ = "orders"
    __table_args__ = (
        UniqueConstraint("shop_id", "number"),
        UniqueConstraint("shop_id", "public_id"),
    )
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    public_id: Mapped[str] = mapped_column(String(32))
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id"))
    number: Mapped[int] = mapped_column(Integer)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    conversation_id: Mapped[int | None] = mapped_column(ForeignKey("conversations.id"))
    status: Mapped[str] = mapped_column(String(32))
    payment_status: Mapped[str] = mapped_column(String(16), default="pending")
    payment_provider: Mapped[str] = mapped_column(String(32), default="sandbox")
    payment_token: Mapped[str] = mapped_column(String(64), unique=True)
    currency: Mapped[str] = mapped_column(String(3))
    subtotal_minor: Mapped[int] = mapped_column(BigInteger)
    delivery_cost_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    total_minor: Mapped[int] = mapped_column(BigInteger)
    delivery_mode: Mapped[str] = mapped_column(String(16))
    postal_code: Mapped[str | None] = mapped_column(String(16))
    address: Mapped[str | None] = mapped_column(String(500))
    delivery_eta: Mapped[str] = mapped_column(String(100), default="")
    contact_name: Mapped[str] = mapped_column(String(200))
    contact_phone: Mapped[str | None] = mapped_column(String(32), index=True)
    contact_email: Mapped[str] = mapped_column(String(254))
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    paid_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class OrderItemRow(Base):
    __tablename__ = "order_items"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    sku: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(400))
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price_minor: Mapped[int] = mapped_column(BigInteger)


class OrderEventRow(Base):
    """Status history: who moved the order where, and when."""

    __tablename__ = "order_events"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    status: Mapped[str] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(String(500), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

"""The store and the services that write it, on SQLite and PostgreSQL: migrations without drift,
the unit of work's transaction, inbound dedupe, stock reservation and customer identity."""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, func, select

from mostrador.domain.cart import Cart, CartLine
from mostrador.domain.catalog import Product
from mostrador.domain.customers import ChannelIdentity
from mostrador.domain.messages import SystemEvent
from mostrador.domain.money import Money
from mostrador.domain.orders import (
    Contact,
    Delivery,
    DeliveryMode,
    OrderStateError,
    OrderStatus,
)
from mostrador.domain.phone import normalize_phone, phone_from_wa_id
from mostrador.services.conversation.ports import OutOfStock, PlacedOrder
from mostrador.services.customers import apply_system_event, remember_phone, resolve_customer
from mostrador.services.orders import move_order, place_order
from mostrador.store.customers import IdentityKind
from mostrador.store.db import alembic_config, migrate
from mostrador.store.models import (
    Base,
    CustomerIdentityRow,
    CustomerRow,
    InboundRow,
    OrderRow,
)
from mostrador.store.types import utcnow
from mostrador.store.unit_of_work import UnitOfWorkFactory

NOW = datetime(2026, 3, 1, 15, 30, tzinfo=UTC)


@dataclass(frozen=True)
class Shop:
    id: int
    account_id: int  # its WhatsApp channel account


def new_shop(uow: UnitOfWorkFactory) -> Shop:
    """A shop of its own (tenancy keeps tests apart), with a WhatsApp account."""
    with uow() as tx:
        slug = "t-" + secrets.token_hex(6)
        shop = tx.shops.add(slug, f"Tienda {slug}", {"name": f"Tienda {slug}", "currency": "MXN"})
        account = tx.shops.add_account(shop.id, "whatsapp", "pnid-" + slug)
        tx.commit()
        return Shop(shop.id, account.id)


@pytest.fixture
def shop(uow: UnitOfWorkFactory) -> Shop:
    return new_shop(uow)


# -- migrations -----------------------------------------------------------------------------------


def test_migrations_bring_an_empty_database_to_the_models_without_drift(
    engine: Engine,
) -> None:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        drift = compare_metadata(context, Base.metadata)

    assert drift == []


def test_every_constraint_and_index_has_a_name_of_its_own() -> None:
    """PostgreSQL keeps unique constraints and indexes in one namespace per schema; SQLite
    accepts a repeated name, and autogenerate then compares whichever it met last."""
    names = [
        str(name)
        for table in Base.metadata.sorted_tables
        for name in [*(c.name for c in table.constraints), *(i.name for i in table.indexes)]
        if name is not None
    ]

    assert sorted({n for n in names if names.count(n) > 1}) == []


def test_migrations_leave_the_database_at_the_newest_revision_and_rerun_as_a_no_op(
    engine: Engine,
) -> None:
    head = ScriptDirectory.from_config(alembic_config(engine)).get_current_head()

    migrate(engine)

    with engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() == head


# -- unit of work ---------------------------------------------------------------------------------


def _customers(uow: UnitOfWorkFactory, shop: Shop) -> list[str]:
    with uow() as tx:
        rows = tx.session.scalars(
            select(CustomerRow.display_name)
            .where(CustomerRow.shop_id == shop.id)
            .order_by(CustomerRow.id)
        )
        return list(rows)


def test_a_committed_unit_of_work_keeps_its_writes(uow: UnitOfWorkFactory, shop: Shop) -> None:
    with uow() as tx:
        tx.customers.add(shop.id, "Ana")
        tx.commit()

    assert _customers(uow, shop) == ["Ana"]


def test_a_unit_of_work_left_without_commit_keeps_nothing(
    uow: UnitOfWorkFactory, shop: Shop
) -> None:
    with uow() as tx:
        tx.customers.add(shop.id, "Ana")  # flushed, never committed

    assert _customers(uow, shop) == []


def test_a_unit_of_work_that_raises_keeps_nothing_and_runs_no_commit_hook(
    uow: UnitOfWorkFactory, shop: Shop
) -> None:
    hooks: list[str] = []

    with pytest.raises(RuntimeError, match="boom"), uow() as tx:
        tx.customers.add(shop.id, "Ana")
        tx.on_commit(lambda: hooks.append("ran"))
        raise RuntimeError("boom")

    assert _customers(uow, shop) == []
    assert hooks == []


def test_commit_hooks_run_once_after_the_commit(uow: UnitOfWorkFactory, shop: Shop) -> None:
    seen: list[list[str]] = []

    with uow() as tx:
        tx.customers.add(shop.id, "Ana")
        tx.on_commit(lambda: seen.append(_customers(uow, shop)))
        assert seen == []
        tx.commit()
        tx.commit()

    assert seen == [["Ana"]]


# -- inbound dedupe -------------------------------------------------------------------------------


def _inbound(shop: Shop, external_id: str, sender: str = "MX.4839201736455201") -> dict[str, Any]:
    return {
        "shop_id": shop.id,
        "account_id": shop.account_id,
        "external_id": external_id,
        "sender_key": sender,
        "kind": "text",
        "payload": {"text": "hola"},
        "processed": False,
        "received_at": utcnow(),
    }


def _stored(uow: UnitOfWorkFactory, shop: Shop) -> list[tuple[str, str]]:
    with uow() as tx:
        rows = tx.session.execute(
            select(InboundRow.external_id, InboundRow.sender_key)
            .where(InboundRow.account_id == shop.account_id)
            .order_by(InboundRow.id)
        )
        return [(r.external_id, r.sender_key) for r in rows]


def test_an_inbound_message_is_stored_once_per_account_and_external_id(
    uow: UnitOfWorkFactory, shop: Shop
) -> None:
    outcomes = []
    for sender in ("MX.1", "MX.2", "MX.1"):
        with uow() as tx:
            outcomes.append(tx.inbound.add_if_new(_inbound(shop, "wamid.A", sender)))
            tx.commit()

    assert outcomes == [True, False, False]
    assert _stored(uow, shop) == [("wamid.A", "MX.1")]


def test_the_same_external_id_on_another_account_is_another_message(
    uow: UnitOfWorkFactory, shop: Shop
) -> None:
    other = new_shop(uow)

    with uow() as tx:
        first = tx.inbound.add_if_new(_inbound(shop, "wamid.B"))
        second = tx.inbound.add_if_new(_inbound(other, "wamid.B"))
        tx.commit()

    assert (first, second) == (True, True)
    assert _stored(uow, shop) == _stored(uow, other) == [("wamid.B", "MX.4839201736455201")]


def test_a_duplicate_in_the_same_transaction_is_dropped(uow: UnitOfWorkFactory, shop: Shop) -> None:
    with uow() as tx:
        outcomes = [tx.inbound.add_if_new(_inbound(shop, "wamid.C")) for _ in range(3)]
        tx.commit()

    assert outcomes == [True, False, False]
    assert len(_stored(uow, shop)) == 1


def test_a_redelivery_racing_the_first_delivery_is_stored_once(
    uow: UnitOfWorkFactory, shop: Shop
) -> None:
    start = threading.Barrier(4)
    outcomes: list[bool] = []
    lock = threading.Lock()

    def deliver() -> None:
        start.wait()
        with uow() as tx:
            stored = tx.inbound.add_if_new(_inbound(shop, "wamid.RACE"))
            tx.commit()
        with lock:
            outcomes.append(stored)

    threads = [threading.Thread(target=deliver) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)

    assert sorted(outcomes) == [False, False, False, True]
    assert len(_stored(uow, shop)) == 1


def test_a_rolled_back_inbound_message_can_be_stored_later(
    uow: UnitOfWorkFactory, shop: Shop
) -> None:
    with uow() as tx:
        assert tx.inbound.add_if_new(_inbound(shop, "wamid.D"))  # never committed

    with uow() as tx:
        stored = tx.inbound.add_if_new(_inbound(shop, "wamid.D"))
        tx.commit()

    assert stored is True
    assert len(_stored(uow, shop)) == 1


# -- stock reservation and release ----------------------------------------------------------------


def _products(uow: UnitOfWorkFactory, shop: Shop, stock: dict[str, int | None]) -> None:
    with uow() as tx:
        tx.products.upsert(
            shop.id,
            [
                Product(sku=sku, name=f"Producto {sku}", price=Money(1990, "MXN"), stock=units)
                for sku, units in stock.items()
            ],
        )
        tx.commit()


def _stock(uow: UnitOfWorkFactory, shop: Shop) -> dict[str, int | None]:
    with uow() as tx:
        return {p.sku: p.stock for p in tx.products.all(shop.id)}


def _cart(**quantities: int) -> Cart:
    cart = Cart(currency="MXN")
    for sku, quantity in quantities.items():
        cart.add(CartLine(sku, f"Producto {sku}", Money(1990, "MXN"), quantity))
    return cart


def _customer(uow: UnitOfWorkFactory, shop: Shop) -> int:
    with uow() as tx:
        customer = tx.customers.add(shop.id, "Ana")
        tx.commit()
        return customer.id


def _place(tx: Any, shop: Shop, customer_id: int, cart: Cart) -> PlacedOrder:
    return place_order(
        tx,
        shop_id=shop.id,
        customer_id=customer_id,
        conversation_id=None,
        cart=cart,
        delivery=Delivery(DeliveryMode.PICKUP),
        contact=Contact("Ana Pérez", "+525512345678", "ana@example.org"),
        expiry_minutes=60,
        public_url="http://shop.test",
        now=NOW,
    )


def _orders(uow: UnitOfWorkFactory, shop: Shop) -> list[tuple[str, str]]:
    with uow() as tx:
        rows = tx.session.execute(
            select(OrderRow.public_id, OrderRow.status)
            .where(OrderRow.shop_id == shop.id)
            .order_by(OrderRow.id)
        )
        return [(r.public_id, r.status) for r in rows]


def test_placing_an_order_reserves_its_stock_and_leaves_untracked_stock_alone(
    uow: UnitOfWorkFactory, shop: Shop
) -> None:
    _products(uow, shop, {"CAF": 5, "PAN": None})
    customer = _customer(uow, shop)

    with uow() as tx:
        placed = _place(tx, shop, customer, _cart(CAF=2, PAN=7))
        tx.commit()

    assert _stock(uow, shop) == {"CAF": 3, "PAN": None}
    assert _orders(uow, shop) == [(placed.id, "pending_payment")]
    assert placed.total == Money(1990 * 9, "MXN")
    assert placed.payment_url.startswith("http://shop.test/pay/")


def test_an_order_asking_more_than_the_stock_is_refused_and_reserves_nothing(
    uow: UnitOfWorkFactory, shop: Shop
) -> None:
    _products(uow, shop, {"CAF": 5, "TE": 2})
    customer = _customer(uow, shop)

    with uow() as tx:
        with pytest.raises(OutOfStock) as refused:
            _place(tx, shop, customer, _cart(CAF=1, TE=3))
        tx.commit()  # the caller's transaction goes on without the order

    assert (refused.value.sku, refused.value.available) == ("TE", 2)
    assert _stock(uow, shop) == {"CAF": 5, "TE": 2}
    assert _orders(uow, shop) == []


def test_the_last_unit_is_sold_once_when_two_checkouts_race(
    uow: UnitOfWorkFactory, shop: Shop
) -> None:
    _products(uow, shop, {"ULT": 1})
    customers = [_customer(uow, shop), _customer(uow, shop)]
    start = threading.Barrier(2)
    results: list[str] = []
    lock = threading.Lock()

    def checkout(customer: int) -> None:
        start.wait()
        with uow() as tx:
            try:
                _place(tx, shop, customer, _cart(ULT=1))
                tx.commit()
                outcome = "placed"
            except OutOfStock:
                outcome = "out of stock"
        with lock:
            results.append(outcome)

    threads = [threading.Thread(target=checkout, args=(c,)) for c in customers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)

    assert sorted(results) == ["out of stock", "placed"]
    assert _stock(uow, shop) == {"ULT": 0}
    assert len(_orders(uow, shop)) == 1


@pytest.mark.parametrize(
    ("path", "stock_after"),
    [
        ([OrderStatus.CANCELLED], {"CAF": 5}),
        ([OrderStatus.EXPIRED], {"CAF": 5}),
        ([OrderStatus.PAID], {"CAF": 3}),
        ([OrderStatus.PAID, OrderStatus.CANCELLED], {"CAF": 5}),
        ([OrderStatus.PAID, OrderStatus.SHIPPED, OrderStatus.DELIVERED], {"CAF": 3}),
    ],
    ids=["cancelled", "expired", "paid", "paid then cancelled", "delivered"],
)
def test_moving_an_order_releases_its_stock_only_when_it_is_given_up(
    path: list[OrderStatus],
    stock_after: dict[str, int],
    uow: UnitOfWorkFactory,
    shop: Shop,
) -> None:
    _products(uow, shop, {"CAF": 5})
    customer = _customer(uow, shop)
    with uow() as tx:
        placed = _place(tx, shop, customer, _cart(CAF=2))
        tx.commit()

    for status in path:
        with uow() as tx:
            row = tx.orders.by_public_id(shop.id, placed.id)
            assert row is not None
            move_order(tx, row, status, NOW, "test")
            tx.commit()

    assert _stock(uow, shop) == stock_after
    assert _orders(uow, shop) == [(placed.id, path[-1].value)]


def test_a_forbidden_move_is_refused_and_releases_nothing(
    uow: UnitOfWorkFactory, shop: Shop
) -> None:
    _products(uow, shop, {"CAF": 5})
    customer = _customer(uow, shop)
    with uow() as tx:
        placed = _place(tx, shop, customer, _cart(CAF=2))
        row = tx.orders.by_public_id(shop.id, placed.id)
        assert row is not None
        move_order(tx, row, OrderStatus.EXPIRED, NOW, "unpaid")
        tx.commit()

    with uow() as tx:
        row = tx.orders.by_public_id(shop.id, placed.id)
        assert row is not None
        with pytest.raises(OrderStateError):
            move_order(tx, row, OrderStatus.CANCELLED, NOW, "again")
        tx.commit()

    assert _stock(uow, shop) == {"CAF": 5}
    assert _orders(uow, shop) == [(placed.id, "expired")]


def test_order_numbers_are_consecutive_per_shop(uow: UnitOfWorkFactory, shop: Shop) -> None:
    _products(uow, shop, {"CAF": None})
    customer = _customer(uow, shop)

    placed = []
    for _ in range(3):
        with uow() as tx:
            placed.append(_place(tx, shop, customer, _cart(CAF=1)).id)
            tx.commit()

    assert placed == ["P00001", "P00002", "P00003"]


# -- customer identity ----------------------------------------------------------------------------

ANA_BSUID = "MX.4839201736455201"
ANA_NEW_BSUID = "MX.5550001112223334"
ANA_PARENT = "MX.ENT.11815799212886844830"
ANA_PHONE = "+525512345678"
ANA_NEW_PHONE = "+525599887766"


def whatsapp(
    user_id: str | None = None,
    phone: str | None = None,
    parent: str | None = None,
    username: str | None = None,
    name: str | None = None,
) -> ChannelIdentity:
    return ChannelIdentity(
        channel="whatsapp",
        user_id=user_id,
        parent_user_id=parent,
        phone=phone,
        username=username,
        display_name=name,
    )


def resolve(uow: UnitOfWorkFactory, shop: Shop, identity: ChannelIdentity) -> int:
    with uow() as tx:
        customer = resolve_customer(tx, shop.id, identity)
        tx.commit()
        return customer.id


def owner(uow: UnitOfWorkFactory, shop: Shop, kind: IdentityKind, value: str) -> int | None:
    with uow() as tx:
        found = tx.customers.by_identity(shop.id, kind, value)
        return None if found is None else found.id


def owners(uow: UnitOfWorkFactory, shop: Shop) -> set[int]:
    """The customers holding any identity in the shop."""
    with uow() as tx:
        return set(
            tx.session.scalars(
                select(CustomerIdentityRow.customer_id).where(
                    CustomerIdentityRow.shop_id == shop.id
                )
            )
        )


def test_a_first_message_creates_a_customer_with_every_identity_it_carries(
    uow: UnitOfWorkFactory, shop: Shop
) -> None:
    ana = resolve(uow, shop, whatsapp(ANA_BSUID, ANA_PHONE, ANA_PARENT, "@ana", "Ana"))

    with uow() as tx:
        row = tx.customers.get(ana)
        assert row is not None
        identities = {(i.kind, i.value) for i in tx.customers.identities(ana)}
        assert (row.display_name, row.phone, row.username) == ("Ana", ANA_PHONE, "@ana")
    assert identities == {
        ("whatsapp_user", ANA_BSUID),
        ("whatsapp_parent", ANA_PARENT),
        ("phone", ANA_PHONE),
        ("username", "@ana"),
    }


def test_the_bsuid_finds_the_customer_when_the_phone_is_hidden(
    uow: UnitOfWorkFactory, shop: Shop
) -> None:
    ana = resolve(uow, shop, whatsapp(ANA_BSUID, ANA_PHONE))

    again = resolve(uow, shop, whatsapp(ANA_BSUID, username="@ana"))

    assert again == ana
    assert owners(uow, shop) == {ana}


def test_a_known_phone_with_a_new_bsuid_is_the_same_customer(
    uow: UnitOfWorkFactory, shop: Shop
) -> None:
    ana = resolve(uow, shop, whatsapp(ANA_BSUID, ANA_PHONE))

    again = resolve(uow, shop, whatsapp(ANA_NEW_BSUID, ANA_PHONE))

    assert again == ana
    assert owner(uow, shop, IdentityKind.WHATSAPP_USER, ANA_NEW_BSUID) == ana


def test_the_bsuid_wins_over_a_phone_now_used_by_someone_else_only_when_they_are_linked(
    uow: UnitOfWorkFactory, shop: Shop
) -> None:
    by_bsuid = resolve(uow, shop, whatsapp(ANA_BSUID))
    by_phone = resolve(uow, shop, whatsapp(phone=ANA_PHONE))
    assert by_bsuid != by_phone

    linked = resolve(uow, shop, whatsapp(ANA_BSUID, ANA_PHONE))

    assert linked == min(by_bsuid, by_phone)  # the older record survives the merge
    assert owners(uow, shop) == {linked}


def test_a_user_changed_number_event_links_the_new_bsuid_and_phone_to_the_same_customer(
    uow: UnitOfWorkFactory, shop: Shop
) -> None:
    ana = resolve(uow, shop, whatsapp(ANA_BSUID, ANA_PHONE))
    with uow() as tx:
        row = tx.customers.get(ana)
        assert row is not None
        event = SystemEvent(
            "user_changed_number", new_phone=ANA_NEW_PHONE, new_user_id=ANA_NEW_BSUID
        )
        apply_system_event(tx, row, event)
        tx.commit()

    after_new_bsuid = resolve(uow, shop, whatsapp(ANA_NEW_BSUID))
    after_new_phone = resolve(uow, shop, whatsapp("MX.7000000000000001", ANA_NEW_PHONE))

    assert (after_new_bsuid, after_new_phone) == (ana, ana)
    assert owners(uow, shop) == {ana}


def test_a_phone_given_at_checkout_attaches_to_the_username_customer(
    uow: UnitOfWorkFactory, shop: Shop
) -> None:
    mariana = resolve(uow, shop, whatsapp("MX.7720193847561029", username="@mariana.cafe"))
    with uow() as tx:
        row = tx.customers.get(mariana)
        assert row is not None
        typed = normalize_phone("55 4321 8765", "MX")
        assert typed is not None
        remember_phone(tx, row, typed)
        tx.commit()

    later = resolve(uow, shop, whatsapp("MX.9990001112223334", "+525543218765"))

    assert later == mariana
    assert owners(uow, shop) == {mariana}


def test_a_phone_given_at_checkout_that_another_record_holds_merges_the_two(
    uow: UnitOfWorkFactory, shop: Shop
) -> None:
    phone_only = resolve(uow, shop, whatsapp(phone=ANA_PHONE))
    username = resolve(uow, shop, whatsapp(ANA_BSUID, username="@ana"))
    with uow() as tx:
        row = tx.customers.get(username)
        assert row is not None
        remember_phone(tx, row, ANA_PHONE)
        tx.commit()

    assert owners(uow, shop) == {phone_only}
    assert owner(uow, shop, IdentityKind.WHATSAPP_USER, ANA_BSUID) == phone_only


def test_the_same_bsuid_in_two_shops_is_two_customers(uow: UnitOfWorkFactory, shop: Shop) -> None:
    other = new_shop(uow)

    here = resolve(uow, shop, whatsapp(ANA_BSUID, ANA_PHONE))
    there = resolve(uow, other, whatsapp(ANA_BSUID, ANA_PHONE))

    assert here != there
    assert (owners(uow, shop), owners(uow, other)) == ({here}, {there})


# -- property: one person never becomes two customers --------------------------------------------

# How WhatsApp may write Ana's number as a wa_id, and how she may type it at checkout.
WA_IDS = ["5215512345678", "525512345678"]
TYPED_PHONES = [
    "+5215512345678",
    "5215512345678",
    "+525512345678",
    "+52 1 55 1234 5678",
    "55 1234 5678",
    "55-1234-5678",
    "(55) 1234 5678",
    "044 55 1234 5678",
    "0052 55 1234 5678",
]

extras = {
    "parent": st.none() | st.just(ANA_PARENT),
    "username": st.none() | st.sampled_from(["@ana", "@ana.perez"]),
    "name": st.none() | st.sampled_from(["Ana", "Ana Pérez", "🛒 Ana"]),
}
# Meta's shape since 2026: the BSUID always, the phone only when Ana shares it.
message = st.fixed_dictionaries(
    {"bsuid": st.just(True), "wa_id": st.none() | st.sampled_from(WA_IDS), **extras}
)
# Before the rollout some webhooks carried the phone alone.
legacy_message = st.fixed_dictionaries(
    {"bsuid": st.booleans(), "wa_id": st.none() | st.sampled_from(WA_IDS), **extras}
).filter(lambda m: m["bsuid"] or m["wa_id"] is not None)
typed_phone = st.tuples(st.just("typed phone"), st.sampled_from(TYPED_PHONES))


def _replay(uow: UnitOfWorkFactory, shop: Shop, events: list[tuple[str, Any]]) -> None:
    """Each event in its own transaction, as the processor commits each batch. A typed phone
    is what Ana answers at checkout, so it goes to whoever wrote first."""
    for kind, data in events:
        with uow() as tx:
            if kind == "message":
                identity = whatsapp(
                    ANA_BSUID if data["bsuid"] else None,
                    phone_from_wa_id(data["wa_id"]) if data["wa_id"] else None,
                    data["parent"],
                    data["username"],
                    data["name"],
                )
                resolve_customer(tx, shop.id, identity)
            else:
                first = tx.session.scalars(
                    select(CustomerRow)
                    .where(CustomerRow.shop_id == shop.id)
                    .order_by(CustomerRow.id)
                    .limit(1)
                ).first()
                if first is None:
                    continue  # nobody has written yet: there is no checkout to type into
                typed = normalize_phone(data, "MX")
                assert typed == ANA_PHONE, data
                remember_phone(tx, first, typed)
            tx.commit()


def _customer_rows(uow: UnitOfWorkFactory, shop: Shop) -> int:
    with uow() as tx:
        count = tx.session.scalar(
            select(func.count()).select_from(CustomerRow).where(CustomerRow.shop_id == shop.id)
        )
        return int(count or 0)


@settings(max_examples=40, deadline=None, derandomize=True, database=None)
@given(events=st.lists(st.tuples(st.just("message"), message) | typed_phone, max_size=8))
def test_any_mix_of_identity_fields_for_one_person_is_one_customer(
    uow: UnitOfWorkFactory, events: list[tuple[str, Any]]
) -> None:
    """Every message carries Ana's BSUID; her phone (either wa_id spelling), parent BSUID,
    username and name come and go, and she types her phone in any form at checkout. The shop
    holds exactly one customer for her, with every identity she showed."""
    shop = new_shop(uow)

    _replay(uow, shop, events)

    wrote = [data for kind, data in events if kind == "message"]
    assert _customer_rows(uow, shop) == (1 if wrote else 0)
    if wrote:
        [ana] = owners(uow, shop)
        assert owner(uow, shop, IdentityKind.WHATSAPP_USER, ANA_BSUID) == ana
        first = next(i for i, (kind, _) in enumerate(events) if kind == "message")
        typed_later = any(kind == "typed phone" for kind, _ in events[first:])
        shown_phone = any(m["wa_id"] for m in wrote) or typed_later
        assert owner(uow, shop, IdentityKind.PHONE, ANA_PHONE) == (ana if shown_phone else None)


@settings(max_examples=40, deadline=None, derandomize=True, database=None)
@given(events=st.lists(st.tuples(st.just("message"), legacy_message) | typed_phone, max_size=8))
def test_records_made_before_the_bsuid_was_known_fold_into_one_customer_once_linked(
    uow: UnitOfWorkFactory, events: list[tuple[str, Any]]
) -> None:
    """Phone-only and BSUID-only messages may each start a record; the first message showing
    both (here, the last one) folds every record of Ana into one customer."""
    shop = new_shop(uow)
    linking = {"bsuid": True, "wa_id": WA_IDS[0], "parent": None, "username": None, "name": None}

    _replay(uow, shop, [*events, ("message", linking)])

    [ana] = owners(uow, shop)
    assert owner(uow, shop, IdentityKind.WHATSAPP_USER, ANA_BSUID) == ana
    assert owner(uow, shop, IdentityKind.PHONE, ANA_PHONE) == ana

"""Builds the application: settings -> engine -> migrations -> services. No import-time
side effects anywhere else; `bootstrap()` is the one place that wires things together."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import Engine

from mostrador.demo import demo_catalog_csv, demo_settings
from mostrador.integrations.llm import ChatCompletions
from mostrador.services.catalog import CatalogService, SearchRegistry
from mostrador.services.conversations import ConversationService
from mostrador.services.customers import CustomerService
from mostrador.services.delivery import DeliveryLedger
from mostrador.services.ingest import AccountDirectory, IngestService
from mostrador.services.interpretation.desk import Desk, Interpreter
from mostrador.services.orders import OrderService
from mostrador.services.payments import PaymentService
from mostrador.services.processing import Processor
from mostrador.services.shop_settings import ShopSettingsService, parse_settings, to_document
from mostrador.settings import Settings
from mostrador.store.db import make_engine, migrate
from mostrador.store.unit_of_work import UnitOfWorkFactory

log = logging.getLogger(__name__)

TERMINAL_ACCOUNT = "terminal"
DEMO_PHONE_NUMBER_ID = "demo"


@dataclass
class Container:
    settings: Settings
    engine: Engine
    uow: UnitOfWorkFactory
    shop_id: int
    registry: SearchRegistry
    shop_settings: ShopSettingsService
    catalog: CatalogService
    orders: OrderService
    payments: PaymentService
    conversations: ConversationService
    customers: CustomerService
    accounts: AccountDirectory
    ingest: IngestService
    processor: Processor
    ledger: DeliveryLedger
    # Optional LLM interpretation (decision 0005); its client is closed by whoever runs the loop.
    llm: ChatCompletions | None = None
    interpreter: Interpreter | None = None

    def close(self) -> None:
        self.engine.dispose()


def _first_shop(uow_factory: UnitOfWorkFactory, settings: Settings) -> tuple[int, bool]:
    """The first shop, created on an empty database. Returns (shop id, created)."""
    with uow_factory() as uow:
        shop = uow.shops.first()
        if shop is not None:
            return shop.id, False
        document = demo_settings() if settings.demo else {"name": "Mi tienda"}
        doc = to_document(parse_settings(document))
        shop = uow.shops.add("principal", str(doc["name"]), doc)
        uow.commit()
        return shop.id, True


def _ensure_account(
    uow_factory: UnitOfWorkFactory, shop_id: int, channel: str, external_id: str
) -> None:
    with uow_factory() as uow:
        if uow.shops.account(channel, external_id) is None:
            uow.shops.add_account(shop_id, channel, external_id)
            uow.commit()


def bootstrap(settings: Settings | None = None) -> Container:
    settings = settings or Settings()
    settings.public_url = settings.public_url or "http://127.0.0.1:8000"
    engine = make_engine(settings.database_url)
    migrate(engine)
    uow = UnitOfWorkFactory(engine)
    shop_id, created = _first_shop(uow, settings)
    registry = SearchRegistry()
    catalog = CatalogService(uow, registry)
    if created and settings.demo:
        report = catalog.import_csv(shop_id, demo_catalog_csv())
        log.info("demo shop loaded: %d products", report.imported)
    phone_number_id = settings.whatsapp_phone_number_id or DEMO_PHONE_NUMBER_ID
    _ensure_account(uow, shop_id, "whatsapp", phone_number_id)
    _ensure_account(uow, shop_id, "terminal", TERMINAL_ACCOUNT)
    accounts = AccountDirectory(uow)
    orders = OrderService(uow, settings.public_url)
    llm, interpreter, desk = _interpretation(settings)
    return Container(
        settings=settings,
        engine=engine,
        uow=uow,
        shop_id=shop_id,
        registry=registry,
        shop_settings=ShopSettingsService(uow),
        catalog=catalog,
        orders=orders,
        payments=PaymentService(uow, settings.public_url),
        conversations=ConversationService(uow),
        customers=CustomerService(uow),
        accounts=accounts,
        ingest=IngestService(uow, accounts),
        processor=Processor(
            uow, registry, settings.public_url, settings.whatsapp_mark_read, desk=desk
        ),
        ledger=DeliveryLedger(uow, "whatsapp"),
        llm=llm,
        interpreter=interpreter,
    )


def _interpretation(
    settings: Settings,
) -> tuple[ChatCompletions | None, Interpreter | None, Desk | None]:
    """The LLM client, the interpreter and the processor's desk; all None when it is off."""
    if not settings.llm_url:
        return None, None, None
    llm = ChatCompletions(
        settings.llm_url,
        settings.llm_model,
        api_key=settings.llm_api_key,
        timeout=settings.llm_timeout,
    )
    desk = Desk()
    log.info("LLM interpretation on: %s (%s)", settings.llm_url, settings.llm_model)
    return llm, Interpreter(llm.complete, desk), desk

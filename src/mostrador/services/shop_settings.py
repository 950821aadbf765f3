"""A shop's settings document: validation, defaults and conversion to the domain's view."""

from __future__ import annotations

from typing import Any

from babel import Locale, UnknownLocaleError
from babel.numbers import get_currency_name
from pydantic import BaseModel, Field, ValidationError, field_validator

from mostrador.domain.money import Money, MoneyError
from mostrador.domain.regions import infer_country
from mostrador.domain.shop import DeliveryZone, FaqEntry, ShopSettings
from mostrador.store.unit_of_work import UnitOfWorkFactory


class SettingsError(ValueError):
    """Settings a shop owner sent that cannot be used; the message says why, in Spanish."""


class ZoneDoc(BaseModel):
    postal_prefix: str = Field(default="", max_length=16)
    cost: str = "0.00"
    eta: str = Field(default="", max_length=100)

    @field_validator("postal_prefix")
    @classmethod
    def _prefix(cls, value: str) -> str:
        value = value.strip().replace(" ", "").upper()
        if not value.isalnum() and value != "":
            raise ValueError("el prefijo postal solo admite letras y números")
        return value


class FaqDoc(BaseModel):
    question: str = Field(min_length=1, max_length=300)
    answer: str = Field(min_length=1, max_length=2000)


_DEFAULT_CURRENCY, _DEFAULT_LOCALE, _DEFAULT_TIMEZONE = "MXN", "es_MX", "America/Mexico_City"


class SettingsDoc(BaseModel):
    name: str = Field(default="Mi tienda", min_length=1, max_length=200)
    currency: str = _DEFAULT_CURRENCY
    locale: str = _DEFAULT_LOCALE
    timezone: str = _DEFAULT_TIMEZONE
    # ISO 3166 alpha-2; "" (the contract does not require it): read from the locale, timezone
    # and currency (`region`).
    country: str = ""
    delivery_zones: list[ZoneDoc] = Field(default_factory=list)
    pickup_enabled: bool = True
    pickup_address: str = Field(default="", max_length=300)
    faq: list[FaqDoc] = Field(default_factory=list)
    business_hours: str = Field(default="", max_length=500)
    order_expiry_minutes: int = Field(default=60, ge=5, le=60 * 24 * 7)
    greeting: str = Field(default="", max_length=500)

    @field_validator("currency")
    @classmethod
    def _currency(cls, value: str) -> str:
        value = value.strip().upper()
        try:
            get_currency_name(value, locale="es")
        except (KeyError, ValueError) as exc:
            raise ValueError(f"moneda «{value}» desconocida (usa un código ISO como MXN)") from exc
        if len(value) != 3:
            raise ValueError(f"moneda «{value}» desconocida (usa un código ISO como MXN)")
        return value

    @field_validator("country")
    @classmethod
    def _country(cls, value: str) -> str:
        value = value.strip().upper()
        if value and not (len(value) == 2 and value.isalpha()):
            raise ValueError(f"país «{value}» desconocido (usa un código ISO como MX o CO)")
        return value

    @property
    def region(self) -> str:
        """The shop's country: the one set, or the one its locale, timezone and currency say."""
        if self.country:
            return self.country
        defaults = (_DEFAULT_LOCALE, _DEFAULT_TIMEZONE, _DEFAULT_CURRENCY)
        return infer_country(self.locale, self.timezone, self.currency, defaults)

    @field_validator("locale")
    @classmethod
    def _locale(cls, value: str) -> str:
        try:
            Locale.parse(value.replace("-", "_"))
        except (UnknownLocaleError, ValueError) as exc:
            raise ValueError(f"idioma «{value}» desconocido (por ejemplo es_MX)") from exc
        return value.replace("-", "_")

    def check_money(self) -> None:
        for zone in self.delivery_zones:
            try:
                Money.parse(zone.cost, self.currency)
            except MoneyError as exc:
                raise SettingsError(f"Costo de envío inválido: {exc}") from exc


def parse_settings(data: dict[str, Any]) -> SettingsDoc:
    try:
        doc = SettingsDoc.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        message = str(first["msg"]).removeprefix("Value error, ")
        raise SettingsError(f"{where}: {message}") from exc
    doc.check_money()
    return doc


def to_domain(doc: SettingsDoc) -> ShopSettings:
    return ShopSettings(
        name=doc.name,
        currency=doc.currency,
        locale=doc.locale,
        timezone=doc.timezone,
        country=doc.region,
        delivery_zones=tuple(
            DeliveryZone(z.postal_prefix, Money.parse(z.cost, doc.currency), z.eta)
            for z in doc.delivery_zones
        ),
        pickup_enabled=doc.pickup_enabled,
        pickup_address=doc.pickup_address,
        faq=tuple(FaqEntry(f.question, f.answer) for f in doc.faq),
        business_hours=doc.business_hours,
        order_expiry_minutes=doc.order_expiry_minutes,
        greeting=doc.greeting,
    )


def shown(doc: SettingsDoc) -> dict[str, Any]:
    """The settings as the API shows them: the country the shop is taken to be in, even when
    it was read from the locale rather than set (stored unset, it follows a new locale)."""
    return {**to_document(doc), "country": doc.region}


def to_document(doc: SettingsDoc) -> dict[str, Any]:
    """The JSON the API shows; costs normalised to the currency's decimals ("49.00")."""
    data = doc.model_dump()
    for zone in data["delivery_zones"]:
        zone["cost"] = Money.parse(zone["cost"], doc.currency).decimal_string()
    return data


class ShopSettingsService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def get(self, shop_id: int) -> dict[str, Any]:
        with self.uow() as uow:
            shop = uow.shops.get(shop_id)
            if shop is None:
                raise SettingsError("la tienda no existe")
            return shown(parse_settings(shop.settings))

    def patch(self, shop_id: int, patch: dict[str, Any]) -> dict[str, Any]:
        """Partial update: keys absent from `patch` keep their value."""
        with self.uow() as uow:
            shop = uow.shops.get(shop_id)
            if shop is None:
                raise SettingsError("la tienda no existe")
            merged = {**parse_settings(shop.settings).model_dump(), **patch}
            doc = parse_settings(merged)
            uow.shops.save_settings(shop, to_document(doc))
            uow.commit()
            return shown(doc)

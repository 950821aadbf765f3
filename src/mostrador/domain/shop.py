"""A shop's settings as the conversation and checkout use them."""

from __future__ import annotations

from dataclasses import dataclass, field

from mostrador.domain.money import Money


@dataclass(frozen=True)
class DeliveryZone:
    postal_prefix: str  # '' matches every postal code
    cost: Money
    eta: str = ""


@dataclass(frozen=True)
class FaqEntry:
    question: str
    answer: str


@dataclass(frozen=True)
class ShopSettings:
    name: str
    currency: str = "MXN"
    locale: str = "es_MX"
    timezone: str = "America/Mexico_City"
    country: str = "MX"  # ISO 3166 region for phone numbers typed without a country code
    delivery_zones: tuple[DeliveryZone, ...] = ()
    pickup_enabled: bool = True
    pickup_address: str = ""
    faq: tuple[FaqEntry, ...] = ()
    business_hours: str = ""
    order_expiry_minutes: int = 60
    greeting: str = ""

    def zone_for(self, postal_code: str) -> DeliveryZone | None:
        """The zone whose prefix is the longest match for `postal_code` ('' matches all)."""
        code = postal_code.strip().replace(" ", "").upper()
        matches = [z for z in self.delivery_zones if code.startswith(z.postal_prefix.upper())]
        return max(matches, key=lambda z: len(z.postal_prefix), default=None)

    @property
    def delivery_enabled(self) -> bool:
        return bool(self.delivery_zones)


@dataclass(frozen=True)
class ShopRef:
    """The minimum the pipeline needs to route to a shop."""

    id: int
    slug: str
    settings: ShopSettings = field(default_factory=lambda: ShopSettings(name="Mostrador"))

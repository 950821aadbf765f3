"""The demo shop `mostrador serve` loads, and the acceptance data written against it."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from mostrador.demo import demo_catalog_csv, demo_settings
from mostrador.domain.catalog import Product
from mostrador.domain.catalog_csv import parse_catalog_csv
from mostrador.domain.money import Money
from mostrador.domain.shop import DeliveryZone, FaqEntry, ShopSettings

ACCEPTANCE = Path(__file__).resolve().parents[1] / "acceptance"


def catalog() -> tuple[Product, ...]:
    return parse_catalog_csv(demo_catalog_csv(), "MXN").products


def by_sku() -> dict[str, Product]:
    return {p.sku: p for p in catalog()}


def shop_settings(data: dict[str, Any]) -> ShopSettings:
    return ShopSettings(
        name=data["name"],
        currency=data["currency"],
        locale=data["locale"],
        timezone=data["timezone"],
        country=data["country"],
        delivery_zones=tuple(
            DeliveryZone(z["postal_prefix"], Money.parse(z["cost"], data["currency"]), z["eta"])
            for z in data["delivery_zones"]
        ),
        pickup_enabled=data["pickup_enabled"],
        pickup_address=data["pickup_address"],
        faq=tuple(FaqEntry(f["question"], f["answer"]) for f in data["faq"]),
        business_hours=data["business_hours"],
        order_expiry_minutes=data["order_expiry_minutes"],
    )


# -- catalog ----------------------------------------------------------------------------------


def test_the_demo_catalog_parses_without_errors_or_warnings() -> None:
    result = parse_catalog_csv(demo_catalog_csv(), "MXN")

    assert result.errors == ()
    assert result.warnings == ()


def test_the_demo_catalog_is_a_whole_shop_in_mexican_pesos() -> None:
    products = catalog()

    assert 60 <= len(products) <= 90
    assert {p.price.currency for p in products} == {"MXN"}
    assert len({p.category for p in products}) >= 7
    assert all(p.brand and p.description and p.tags for p in products)


def test_the_demo_catalog_has_out_of_stock_and_untracked_products() -> None:
    products = catalog()

    assert len([p for p in products if p.stock == 0]) >= 3
    assert len([p for p in products if p.stock is None]) >= 3


def test_the_demo_catalog_has_variant_groups_named_without_their_variant() -> None:
    products = catalog()
    groups = Counter(p.variant_group for p in products if p.variant_group)

    assert len([g for g, n in groups.items() if n >= 2]) >= 4
    assert {"TEN-RUN", "PLA-BAS", "PAN-BFU", "REF-COL"} <= set(groups)
    for p in products:
        if p.variant_group:
            assert p.variant, p.sku
            assert p.variant.casefold() not in p.name.casefold(), p.sku
            assert p.full_name == f"{p.name} {p.variant}"


def test_every_variant_group_shares_one_name_and_has_distinct_variants() -> None:
    groups: dict[str, list[Product]] = {}
    for p in catalog():
        if p.variant_group:
            groups.setdefault(p.variant_group, []).append(p)

    for group, members in groups.items():
        assert len({p.name for p in members}) == 1, group
        assert len({p.variant for p in members}) == len(members), group


def test_the_tennis_shoes_come_in_mexican_sizes() -> None:
    runners = [p for p in catalog() if p.variant_group == "TEN-RUN"]

    assert [(p.sku, p.full_name) for p in runners] == [
        ("TEN-RUN-25", "Tenis Runner Pro Talla 25"),
        ("TEN-RUN-26", "Tenis Runner Pro Talla 26"),
        ("TEN-RUN-27", "Tenis Runner Pro Talla 27"),
        ("TEN-RUN-28", "Tenis Runner Pro Talla 28"),
    ]
    assert "zapatillas" in runners[0].tags


# -- settings ---------------------------------------------------------------------------------


def test_the_demo_settings_describe_a_shop_in_mexico_city() -> None:
    settings = shop_settings(demo_settings())

    assert (settings.currency, settings.locale, settings.timezone, settings.country) == (
        "MXN",
        "es_MX",
        "America/Mexico_City",
        "MX",
    )
    assert settings.pickup_enabled
    assert settings.pickup_address
    assert settings.business_hours
    assert settings.order_expiry_minutes == 60
    assert len(settings.faq) >= 5


@pytest.mark.parametrize(
    ("postal_code", "cost", "eta"),
    [
        ("06700", Money(4900, "MXN"), "hoy mismo"),
        ("03100", Money(5900, "MXN"), "hoy mismo"),
        ("11560", Money(7900, "MXN"), "mañana antes de las 14:00"),
        ("64000", None, None),  # Monterrey: outside every zone
        ("01000", None, None),
    ],
)
def test_demo_delivery_zones_cover_central_mexico_city_only(
    postal_code: str, cost: Money | None, eta: str | None
) -> None:
    zone = shop_settings(demo_settings()).zone_for(postal_code)

    found = (zone.cost, zone.eta) if zone else (None, None)
    assert found == (cost, eta)


def test_the_demo_faq_answers_the_usual_questions() -> None:
    faq = shop_settings(demo_settings()).faq
    questions = " ".join(entry.question.lower() for entry in faq)

    for topic in ("horario", "envíos", "pago", "devolver", "factura"):
        assert topic in questions


# -- acceptance data --------------------------------------------------------------------------


def load_yaml(name: str) -> Any:
    yaml = pytest.importorskip("yaml")
    return yaml.safe_load((ACCEPTANCE / name).read_text(encoding="utf-8"))


def goal_items(goal: dict[str, Any]) -> list[dict[str, Any]]:
    return [*(goal.get("removed") or []), *goal["items"]]


def test_acceptance_goals_are_40_distinct_shoppers() -> None:
    goals = load_yaml("goals.yaml")

    assert len(goals) == 40
    assert len({g["id"] for g in goals}) == 40
    assert len({g["phone"] for g in goals}) == 40
    assert len([g for g in goals if g.get("username")]) == 4
    assert len([g for g in goals if g.get("expect") == "out_of_stock"]) == 2
    assert len([g for g in goals if g.get("removed") and g.get("changes")]) == 2


def test_acceptance_goals_name_demo_products_by_their_full_names() -> None:
    products = by_sku()

    for goal in load_yaml("goals.yaml"):
        for item in goal_items(goal):
            product = products[item["target_sku"]]
            assert item["target_name"] == product.full_name, goal["id"]
            if goal.get("expect") == "out_of_stock":
                assert not product.available, goal["id"]
            else:
                assert product.can_supply(item["qty"]), goal["id"]


def test_acceptance_goals_together_fit_in_the_demo_stock() -> None:
    products = by_sku()
    wanted: Counter[str] = Counter()
    for goal in load_yaml("goals.yaml"):
        if goal.get("expect") != "out_of_stock":
            for item in goal_items(goal):
                wanted[item["target_sku"]] += item["qty"]

    for sku, quantity in wanted.items():
        assert products[sku].can_supply(quantity), sku


def test_acceptance_deliveries_are_inside_the_demo_zones() -> None:
    settings = shop_settings(demo_settings())

    for goal in load_yaml("goals.yaml"):
        if goal["delivery"] == "delivery":
            assert goal["address"], goal["id"]
            assert settings.zone_for(goal["postal_code"]) is not None, goal["id"]
        else:
            assert goal["delivery"] == "pickup", goal["id"]


def test_acceptance_settings_use_the_demo_zones_and_only_contract_fields() -> None:
    settings = json.loads((ACCEPTANCE / "settings.json").read_text(encoding="utf-8"))
    demo = demo_settings()

    assert set(settings) <= {
        "name",
        "currency",
        "locale",
        "timezone",
        "delivery_zones",
        "pickup_enabled",
        "faq",
        "business_hours",
    }
    assert settings == {key: demo[key] for key in settings}


def test_search_queries_grade_only_demo_skus() -> None:
    products = by_sku()
    queries = load_yaml("search_queries.yaml")

    assert len(queries) == 60
    assert len({q["q"] for q in queries}) == 60
    assert len([q for q in queries if not q["relevant"]]) == 8
    for query in queries:
        graded = [*query["relevant"], *query["acceptable"]]
        assert len(set(graded)) == len(graded), query["q"]
        assert set(graded) <= set(products), query["q"]

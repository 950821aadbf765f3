"""The sandbox payment page in a real browser: Playwright drives Debian's Chromium to the link
the shop sent on WhatsApp, reads what a customer sees, and clicks "Pagar" or "Rechazar".

Orders are placed by whole conversations over signed webhooks (tests/support); the outcome is
checked through the admin API and on the fake Graph API. Nothing of the product is imported.

Needs /usr/bin/chromium (``apt-get install chromium``) and the ``playwright`` wheel (no
``playwright install``: the system browser is used). Skipped when either is missing, unless
``MOSTRADOR_TEST_BROWSER=1``, which turns a missing piece into a failure (for CI).
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import pytest
from tests.support import webhooks as wh
from tests.support.chat import REPLY_TIMEOUT, SETTLE, Item, Outcome, Plan, new_wa_id, norm
from tests.support.fake_graph import FakeGraph

try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - depends on the machine
    sync_playwright = None  # type: ignore[assignment]

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Dialog, Page

CHROMIUM = Path("/usr/bin/chromium")
REQUIRED = os.environ.get("MOSTRADOR_TEST_BROWSER") == "1"
# Root has no sandbox; this closed network refuses Chromium's background connections.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 15_000
DEMO_SHOP = "Miscelánea La Esquina"  # src/mostrador/demo: the shop these orders are placed in


def _missing() -> str:
    missing = []
    if not CHROMIUM.exists():
        missing.append(f"{CHROMIUM} not found (apt-get install chromium)")
    if sync_playwright is None:
        missing.append("playwright not installed (pip install playwright)")
    return "; ".join(missing)


MISSING = _missing()

pytestmark = [
    pytest.mark.slow,
    pytest.mark.browser,
    pytest.mark.skipif(
        bool(MISSING) and not REQUIRED,
        reason=f"no real browser: {MISSING} (MOSTRADOR_TEST_BROWSER=1 makes this a failure)",
    ),
]

Orders = Callable[[str], list[dict[str, Any]]]


# -- the browser -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if MISSING:
        pytest.fail(f"MOSTRADOR_TEST_BROWSER=1 but {MISSING}")
    assert sync_playwright is not None
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@dataclass
class Tab:
    page: Page
    dialogs: list[str]  # alert/confirm/prompt messages the page raised


@pytest.fixture
def tab(browser: Browser) -> Iterator[Tab]:
    """A fresh browsing context with one page; every JavaScript dialog is recorded."""
    context = browser.new_context(locale="es-MX")
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    dialogs: list[str] = []

    def on_dialog(dialog: Dialog) -> None:
        dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    try:
        yield Tab(page, dialogs)
    finally:
        context.close()


# -- orders ----------------------------------------------------------------------------------------


@dataclass
class Placed:
    customer: wh.Customer
    outcome: Outcome
    order: dict[str, Any]


def _place(
    shop_order: Callable[..., Outcome], find_orders: Orders, items: list[Item], name: str
) -> Placed:
    """A whole conversation to a payment link; the link is the one in the bot's cta_url reply."""
    customer = wh.phone_customer(new_wa_id(), name.split()[0])
    plan = Plan(items=items, mode="pickup", name=name, email="compras@example.org")
    outcome = shop_order(customer, plan)
    links = [
        r.parsed.url
        for r in outcome.chat.last_burst
        if r.parsed.type == "interactive.cta_url" and r.parsed.url
    ]
    assert links == [outcome.payment_url], outcome.chat.story()
    [order] = find_orders(customer.address)
    assert order["payment"]["url"] == outcome.payment_url
    return Placed(customer, outcome, order)


def _order(find_orders: Orders, placed: Placed) -> dict[str, Any]:
    [order] = find_orders(placed.customer.address)
    return order


def _lines(page: Page) -> list[tuple[str, str]]:
    """The page's table as (text, amount) rows, the total row included."""
    rows = page.locator("table tr")
    return [
        (row.locator("td").nth(0).inner_text().strip(), row.locator("td").nth(1).inner_text())
        for row in rows.all()
    ]


def _open(tab: Tab, placed: Placed) -> Page:
    page = tab.page
    response = page.goto(placed.outcome.payment_url)
    assert response is not None and response.status == 200
    return page


# -- approving -------------------------------------------------------------------------------------


def test_paying_in_the_browser_marks_the_order_paid_and_confirms_on_whatsapp(
    tab: Tab,
    shop_order: Callable[..., Outcome],
    find_orders: Orders,
    graph: FakeGraph,
    tmp_path: Path,
) -> None:
    placed = _place(
        shop_order,
        find_orders,
        [Item("café", "Café Molido", 2), Item("arroz", "Arroz", 1)],
        "Ana Pérez",
    )
    order_id = placed.order["id"]

    page = _open(tab, placed)

    assert page.title() == f"Pago del pedido {order_id} · {DEMO_SHOP}"
    assert page.locator("h1").inner_text() == f"{DEMO_SHOP} — pedido {order_id}"
    assert sorted(_lines(page)) == sorted(
        [
            ("2 × Café Molido de Altura 400 g", "$238.00"),
            ("1 × Arroz Súper Extra 1 kg", "$32.50"),
            ("Total", "$270.50"),
        ]
    )
    assert page.locator("#total").inner_text() == "$270.50"
    assert page.locator("#pay").inner_text() == "Pagar $270.50"
    assert page.locator("#status").count() == 0
    page.screenshot(path=str(tmp_path / "payment-page.png"), full_page=True)

    with page.expect_navigation():
        page.locator("#pay").click()

    assert page.url == placed.outcome.payment_url  # POST, then 303 back to the page
    assert "Pago recibido" in page.locator("#status").inner_text()
    assert page.locator("#pay").count() == 0 and page.locator("#reject").count() == 0
    page.screenshot(path=str(tmp_path / "payment-received.png"), full_page=True)
    order = _order(find_orders, placed)
    assert (order["status"], order["payment"]["status"]) == ("paid", "approved")
    assert order["total"] == "270.50"
    said = graph.collect(placed.customer.address, REPLY_TIMEOUT, SETTLE)
    texts = [norm(r.parsed.everything()) for r in said]
    assert len(texts) == 1, texts
    assert "pago recibido" in texts[0]
    assert norm(order_id) in texts[0]
    assert tab.dialogs == []


# -- rejecting -------------------------------------------------------------------------------------


def test_rejecting_in_the_browser_keeps_the_order_payable_and_sends_a_retry_link(
    tab: Tab,
    shop_order: Callable[..., Outcome],
    find_orders: Orders,
    graph: FakeGraph,
    tmp_path: Path,
) -> None:
    placed = _place(shop_order, find_orders, [Item("arroz", "Arroz", 3)], "Luis Gómez")
    order_id = placed.order["id"]
    page = _open(tab, placed)
    assert _lines(page) == [("3 × Arroz Súper Extra 1 kg", "$97.50"), ("Total", "$97.50")]

    with page.expect_navigation():
        page.locator("#reject").click()

    assert page.url == placed.outcome.payment_url
    assert page.locator("#status").inner_text() == (
        "El pago anterior fue rechazado. Puedes intentarlo de nuevo."
    )
    assert page.locator("#pay").is_visible()
    assert page.locator("#pay").inner_text() == "Pagar $97.50"
    assert page.locator("#reject").is_visible()
    page.screenshot(path=str(tmp_path / "payment-rejected.png"), full_page=True)
    order = _order(find_orders, placed)
    assert (order["status"], order["payment"]["status"]) == ("pending_payment", "rejected")
    said = graph.collect(placed.customer.address, REPLY_TIMEOUT, SETTLE)
    assert len(said) == 1, [r.parsed.everything() for r in said]
    [retry] = said
    assert retry.parsed.type == "interactive.cta_url"
    assert retry.parsed.url == placed.outcome.payment_url
    assert norm(order_id) in norm(retry.parsed.text)
    assert "intentarlo de nuevo" in norm(retry.parsed.text)
    assert tab.dialogs == []


# -- a product name holding HTML -------------------------------------------------------------------

XSS_NAME = "Taza de Peltre <script>alert(1)</script>"


@pytest.fixture(scope="module")
def xss_product(admin: httpx.Client) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, ["sku", "name", "price", "currency", "stock", "tags"])
    writer.writeheader()
    writer.writerow(
        {
            "sku": "BRW-XSS",
            "name": XSS_NAME,
            "price": "149.00",
            "currency": "MXN",
            "stock": "20",
            "tags": "taza|peltre",
        }
    )
    response = admin.post(
        "/api/catalog/import",
        content=out.getvalue().encode(),
        headers={"content-type": "text/csv"},
    )
    assert response.status_code == 200, response.text
    assert response.json()["errors"] == []
    return "BRW-XSS"


def test_a_product_name_with_a_script_tag_is_shown_as_text_and_never_runs(
    tab: Tab,
    xss_product: str,
    shop_order: Callable[..., Outcome],
    find_orders: Orders,
    tmp_path: Path,
) -> None:
    placed = _place(
        shop_order, find_orders, [Item("taza de peltre", "Taza de Peltre", 1)], "Eva Núñez"
    )
    assert [i["sku"] for i in placed.order["items"]] == [xss_product]

    page = _open(tab, placed)

    assert _lines(page) == [(f"1 × {XSS_NAME}", "$149.00"), ("Total", "$149.00")]
    assert page.locator("script").count() == 0
    assert page.evaluate("document.scripts.length") == 0
    page.screenshot(path=str(tmp_path / "payment-page-xss.png"), full_page=True)
    assert tab.dialogs == []

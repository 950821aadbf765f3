"""Fixtures over the in-memory shop and chat driver of `tests.support.conversation`."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.support.conversation import ANA, SETTINGS, Chat, CustomerView, MemoryShop

from mostrador.domain.shop import ShopSettings


@pytest.fixture
def shop() -> MemoryShop:
    return MemoryShop()


@pytest.fixture
def base_settings() -> ShopSettings:
    return SETTINGS


@pytest.fixture
def chat(shop: MemoryShop) -> Chat:
    return Chat(shop)


@pytest.fixture
def new_chat(shop: MemoryShop) -> Callable[..., Chat]:
    def make(customer: CustomerView = ANA, settings: ShopSettings | None = None) -> Chat:
        if settings is not None:
            shop.shop_settings = settings
        return Chat(shop, customer)

    return make

"""The persisted state: a JSON round trip, and tolerance of old or damaged rows."""

from __future__ import annotations

import json

import pytest

from mostrador.domain.cart import Cart, CartLine
from mostrador.domain.money import Money
from mostrador.services.conversation.state import ConversationState, Offered, Step, Wanted


def test_a_full_state_survives_a_json_round_trip():
    state = ConversationState(
        step=Step.SUMMARY,
        cart=Cart("MXN", [CartLine("CAF-500", "Café Molido 500 g", Money(18900, "MXN"), 2)]),
        mode="delivery",
        postal_code="06700",
        address="Calle Colima 12",
        name="Ana Pérez",
        phone="+525512345678",
        email="ana@example.org",
        question="¿Confirmas tu pedido?",
        offered=[Offered("order:confirm", "Confirmar pedido", "")],
        wanted=[Wanted("miel", 2)],
        misunderstood=1,
        handoff=True,
        greeted=True,
        last_order="M-000001",
    )
    data = json.loads(json.dumps(state.to_dict()))
    again = ConversationState.from_dict(data)
    assert again == state
    assert again.to_dict() == data


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"step": "a step from the future", "unknown": 1},
        {"cart": {"lines": [{"sku": "X"}, "junk", {"sku": "Y", "price": 100, "quantity": 0}]}},
        {"offered": [["a"], "b", ["id", "title", "desc"]], "wanted": [[None, 1]]},
        {"page": True, "misunderstood": "2", "handoff": "yes"},
    ],
)
def test_old_or_damaged_rows_load_with_defaults(data):
    state = ConversationState.from_dict(data)
    assert state.step in {s.value for s in Step}
    assert all(line.quantity > 0 for line in state.cart.lines)
    assert state.handoff is False
    json.dumps(state.to_dict())


def test_damaged_rows_keep_what_is_readable():
    state = ConversationState.from_dict(
        {
            "cart": {"currency": "MXN", "lines": [{"sku": "Y", "name": "Yogur", "price": 100,
                                                   "currency": "MXN", "quantity": 3}, 7]},
            "offered": [["a"], ["id", "title", "desc"]],
        }
    )  # fmt: skip
    assert state.cart.lines == [CartLine("Y", "Yogur", Money(100, "MXN"), 3)]
    assert state.offered == [Offered("id", "title", "desc")]

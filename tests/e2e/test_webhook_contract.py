"""The WhatsApp webhook contract, from outside: handshake, signatures, bad bodies, duplicate
deliveries and status updates, against a real `mostrador serve` and a fake Graph API."""

from __future__ import annotations

import json
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pytest
from tests.support import webhooks as wh
from tests.support.chat import REPLY_TIMEOUT, SETTLE, new_wa_id
from tests.support.fake_graph import FakeGraph, Recorded
from tests.support.server import Secrets

pytestmark = pytest.mark.slow


# -- verification handshake ----------------------------------------------------------------------


def test_handshake_with_the_right_token_echoes_the_challenge_as_plain_text(
    hooks: wh.WebhookClient, creds: Secrets
) -> None:
    response = hooks.verify(creds.verify_token, "1158201444")

    assert response.status_code == 200
    assert response.text == "1158201444"
    assert response.headers["content-type"].startswith("text/plain")


@pytest.mark.parametrize(
    ("token", "mode"),
    [("not-the-token", "subscribe"), ("", "subscribe"), (None, "unsubscribe")],
    ids=["wrong token", "empty token", "right token but not a subscription"],
)
def test_handshake_without_the_right_token_is_forbidden_and_echoes_nothing(
    hooks: wh.WebhookClient, creds: Secrets, token: str | None, mode: str
) -> None:
    response = hooks.verify(creds.verify_token if token is None else token, "8812", mode)

    assert response.status_code == 403
    assert "8812" not in response.text


# -- signatures -----------------------------------------------------------------------------------


def _forged(raw: bytes, secret: str) -> dict[str, str | None]:
    other_body = raw.replace(b'"hola"', b'"hola!"')
    return {
        "forged hex": "sha256=" + "ab" * 32,
        "signed with another key": wh.sign("not-the-app-secret", raw),
        "missing": None,
        "signature of another body": wh.sign(secret, other_body),
        "sha1 scheme": "sha1=" + wh.sign(secret, raw).removeprefix("sha256=")[:40],
        "empty": "",
    }


@pytest.mark.parametrize(
    "kind",
    [
        "forged hex",
        "signed with another key",
        "missing",
        "signature of another body",
        "sha1 scheme",
        "empty",
    ],
)
def test_a_badly_signed_webhook_is_rejected_and_nothing_is_stored(
    kind: str,
    hooks: wh.WebhookClient,
    graph: FakeGraph,
    creds: Secrets,
    greeting_replies: int,
    quiet: Callable[[str], list[Recorded]],
) -> None:
    customer = wh.phone_customer(new_wa_id())
    message = wh.text(customer, "hola")
    raw = wh.encode(wh.webhook([message], phone_number_id=creds.phone_number_id))
    signature = _forged(raw, creds.app_secret)[kind]

    rejected = hooks.post_raw(raw, signature, signed=False)

    assert rejected.status_code == 401
    assert quiet(customer.address) == []
    # Had the message been stored, this delivery would be a duplicate and get no answer of
    # its own; it is answered like any first greeting.
    accepted = hooks.post_raw(raw)
    assert accepted.status_code == 200
    assert len(graph.collect(customer.address, REPLY_TIMEOUT, SETTLE)) == greeting_replies


# -- malformed bodies -----------------------------------------------------------------------------

_ACCOUNT = "106540352242922"
MALFORMED: dict[str, bytes] = {
    "not json": b"{not json",
    "empty body": b"",
    "a list": b"[]",
    "an empty object": b"{}",
    "a string": b'"whatsapp"',
    "object only": b'{"object":"whatsapp_business_account"}',
    "entry is not a list": b'{"object":"whatsapp_business_account","entry":{"id":"1"}}',
    "value is null": (
        b'{"object":"whatsapp_business_account","entry":[{"changes":[{"value":null}]}]}'
    ),
    "changes hold a string": (
        b'{"object":"whatsapp_business_account","entry":[{"id":"1","changes":["x"]}]}'
    ),
    "messages is an object": json.dumps(
        {
            "object": "whatsapp_business_account",
            "entry": [
                {
                    "id": "1",
                    "changes": [
                        {
                            "field": "messages",
                            "value": {"metadata": {"phone_number_id": _ACCOUNT}, "messages": {}},
                        }
                    ],
                }
            ],
        }
    ).encode(),
    "deeply nested": b"[" * 5000 + b"]" * 5000,
}


def test_malformed_bodies_with_a_valid_signature_never_get_a_server_error(
    hooks: wh.WebhookClient, graph: FakeGraph, greeting_replies: int
) -> None:
    statuses = {name: hooks.post_raw(raw).status_code for name, raw in MALFORMED.items()}

    assert {name: status in (200, 400) for name, status in statuses.items()} == dict.fromkeys(
        MALFORMED, True
    ), statuses
    alive = wh.phone_customer(new_wa_id())
    assert hooks.send(wh.text(alive, "hola")).status_code == 200
    assert len(graph.collect(alive.address, REPLY_TIMEOUT, SETTLE)) == greeting_replies


def test_a_message_without_an_id_is_ignored_and_the_rest_of_the_webhook_is_answered(
    hooks: wh.WebhookClient,
    graph: FakeGraph,
    creds: Secrets,
    greeting_replies: int,
    quiet: Callable[[str], list[Recorded]],
) -> None:
    nameless = wh.phone_customer(new_wa_id())
    without_id = wh.text(nameless, "hola")
    del without_id.body["id"]
    good = wh.phone_customer(new_wa_id())
    payload = wh.webhook([without_id, wh.text(good, "hola")], phone_number_id=creds.phone_number_id)

    response = hooks.post(payload)

    assert response.status_code == 200
    assert len(graph.collect(good.address, REPLY_TIMEOUT, SETTLE)) == greeting_replies
    assert quiet(nameless.address) == []


def test_a_message_for_another_business_number_is_accepted_and_answered_by_nobody(
    hooks: wh.WebhookClient, quiet: Callable[[str], list[Recorded]]
) -> None:
    stranger = wh.phone_customer(new_wa_id())
    payload = wh.webhook([wh.text(stranger, "hola")], phone_number_id="999999999999999")

    response = hooks.post(payload)

    assert response.status_code == 200
    assert quiet(stranger.address) == []


# -- duplicates -----------------------------------------------------------------------------------


def test_the_same_webhook_delivered_five_times_is_answered_once(
    hooks: wh.WebhookClient, graph: FakeGraph, creds: Secrets, greeting_replies: int
) -> None:
    customer = wh.phone_customer(new_wa_id())
    message = wh.text(customer, "hola")
    raw = wh.encode(wh.webhook([message], phone_number_id=creds.phone_number_id))

    statuses = [hooks.post_raw(raw).status_code for _ in range(5)]

    assert statuses == [200] * 5
    assert len(graph.collect(customer.address, REPLY_TIMEOUT, SETTLE)) == greeting_replies
    read = [r for r in graph.read_receipts() if r.body.get("message_id") == message.id]
    assert len(read) == 1


def test_the_same_webhook_delivered_five_times_at_once_is_answered_once(
    hooks: wh.WebhookClient, graph: FakeGraph, creds: Secrets, greeting_replies: int
) -> None:
    customer = wh.phone_customer(new_wa_id())
    raw = wh.encode(wh.webhook([wh.text(customer, "hola")], phone_number_id=creds.phone_number_id))
    clients = [
        wh.WebhookClient(hooks.url.removesuffix("/webhooks/whatsapp"), creds.app_secret, _ACCOUNT)
        for _ in range(5)
    ]
    try:
        with ThreadPoolExecutor(5) as pool:
            statuses = list(pool.map(lambda c: c.post_raw(raw).status_code, clients))
    finally:
        for client in clients:
            client.close()

    assert statuses == [200] * 5
    assert len(graph.collect(customer.address, REPLY_TIMEOUT, SETTLE)) == greeting_replies


def test_a_message_repeated_inside_a_later_webhook_is_not_answered_again(
    hooks: wh.WebhookClient, graph: FakeGraph, greeting_replies: int
) -> None:
    customer = wh.phone_customer(new_wa_id())
    first = wh.text(customer, "hola")
    assert hooks.send(first).status_code == 200
    assert len(graph.collect(customer.address, REPLY_TIMEOUT, SETTLE)) == greeting_replies
    other = wh.phone_customer(new_wa_id())

    response = hooks.send(first, wh.text(other, "hola"))

    assert response.status_code == 200
    assert len(graph.collect(other.address, REPLY_TIMEOUT, SETTLE)) == greeting_replies
    assert graph.drain(customer.address) == []


# -- statuses -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def answered(hooks: wh.WebhookClient, graph: FakeGraph) -> tuple[wh.Customer, Recorded]:
    """A customer and a message the shop really sent them (statuses refer to it)."""
    customer = wh.phone_customer(new_wa_id())
    assert hooks.send(wh.text(customer, "hola")).status_code == 200
    burst = graph.collect(customer.address, REPLY_TIMEOUT, SETTLE)
    assert burst
    return customer, burst[0]


def _status_variants(customer: wh.Customer, sent: Recorded) -> dict[str, list[dict[str, object]]]:
    wamid = str(sent.message_id)
    return {
        "sent, delivered, read with recipient_id": [
            wh.status(wamid, state, recipient=customer) for state in ("sent", "delivered", "read")
        ],
        "delivered with recipient_user_id only": [
            wh.status(wamid, "delivered", recipient=customer, with_recipient_id=False)
        ],
        "failed (131047)": [
            wh.status(
                wamid,
                "failed",
                recipient=customer,
                error_code=131047,
                error_title="Re-engagement message",
            )
        ],
        "for a message we never sent": [
            wh.status("wamid.unknown" + state, state, recipient=customer)
            for state in ("sent", "delivered", "read", "failed")
        ],
        "unknown state": [wh.status(wamid, "deleted", recipient=customer)],
    }


@pytest.mark.parametrize(
    "variant",
    [
        "sent, delivered, read with recipient_id",
        "delivered with recipient_user_id only",
        "failed (131047)",
        "for a message we never sent",
        "unknown state",
    ],
)
def test_status_updates_are_accepted_and_answer_nobody(
    variant: str,
    hooks: wh.WebhookClient,
    answered: tuple[wh.Customer, Recorded],
    quiet: Callable[[str], list[Recorded]],
) -> None:
    customer, sent = answered
    statuses = _status_variants(customer, sent)[variant]
    with_contacts = [customer] if variant != "failed (131047)" else []  # failed: no contacts

    response = hooks.send_statuses(statuses, contacts=with_contacts)

    assert response.status_code == 200
    assert quiet(customer.address) == []

"""WhatsApp Cloud API channel: verify and parse webhooks, render replies, send them.

Nothing shaped like Meta's JSON leaves this package: inbound bodies become
`mostrador.domain.messages` types (`parse_webhook`), replies become request bodies
(`render`) that only `GraphClient` sees, and failures become `GraphError`s with a retry class.
"""

from mostrador.channels.whatsapp.client import GraphClient
from mostrador.channels.whatsapp.errors import (
    AuthError,
    GraphError,
    PermanentError,
    RetryClass,
    ThrottledError,
    TransientError,
    classify,
)
from mostrador.channels.whatsapp.inbound import (
    AccountMessage,
    AccountStatus,
    MalformedWebhook,
    WebhookBatch,
    parse_webhook,
)
from mostrador.channels.whatsapp.render import Unaddressable, render
from mostrador.channels.whatsapp.signature import verify_signature

__all__ = [
    "AccountMessage",
    "AccountStatus",
    "AuthError",
    "GraphClient",
    "GraphError",
    "MalformedWebhook",
    "PermanentError",
    "RetryClass",
    "ThrottledError",
    "TransientError",
    "Unaddressable",
    "WebhookBatch",
    "classify",
    "parse_webhook",
    "render",
    "verify_signature",
]

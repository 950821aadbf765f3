"""Test support speaking Meta's real protocols, shared by the end-to-end tier.

- `fake_graph`: a fake WhatsApp Cloud (Graph) API as a real HTTP server on 127.0.0.1 (limits,
  errors, faults, and status webhooks posted back as Meta does);
- `webhooks`: Meta webhook bodies in their current shape, the X-Hub-Signature-256 signer and a
  client that posts them;
- `server`: `mostrador serve` as a subprocess (start, stop, kill -9, restart on the same port
  and database);
- `chat`: a customer's side of a conversation, and a shopper that follows the shop's questions
  to a payment link.

Nothing here imports the product: the tiers that use it talk to it over HTTP only.
Run the end-to-end tier with ``.venv/bin/pytest tests/e2e`` (``-m "not slow"`` skips it).
"""

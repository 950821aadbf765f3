"""Test support speaking Meta's real protocols, shared by the end-to-end tier.

- `fake_graph`: a fake WhatsApp Cloud (Graph) API as a real HTTP server on 127.0.0.1;
- `webhooks`: Meta webhook bodies (current shape) and the X-Hub-Signature-256 signer;
- `server`: `mostrador serve` as a subprocess (start, stop, kill -9, restart).

Nothing here imports the product: the tiers that use it talk to it over HTTP only.
"""

"""Customer identity: a person with channel identities, not a phone number.

On WhatsApp the stable key is the business-scoped user id (BSUID); the phone is optional
(hidden when the customer adopted a username).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ChannelIdentity:
    """Who sent an inbound message, as the channel tells it. Every field may be missing except
    that a usable identity has at least one of `user_id` or `phone`."""

    channel: str  # "whatsapp", "terminal", ...
    user_id: str | None = None  # WhatsApp BSUID ("MX.4839201736455201")
    parent_user_id: str | None = None  # parent BSUID (business portfolio-wide)
    phone: str | None = None  # E.164 with '+', as normalized by domain.phone
    username: str | None = None  # "@ana" when the customer adopted a username
    display_name: str | None = None  # profile name

    @property
    def key(self) -> str:
        """The address of this customer on its channel: BSUID first, else phone."""
        return self.user_id or self.phone or ""

    @property
    def usable(self) -> bool:
        return bool(self.user_id or self.phone)


@dataclass(frozen=True)
class Address:
    """Where a channel message goes: phone (`to`) wins over the BSUID (`recipient`)."""

    phone: str | None = None  # E.164
    user_id: str | None = None

    @property
    def usable(self) -> bool:
        return bool(self.phone or self.user_id)

"""Who is writing: channel identities resolved to one customer per person.

Lookup order: WhatsApp BSUID, then parent BSUID, then the normalized phone. Whatever else the
message carries (phone, username, parent BSUID) is attached to the same customer, so a phone
shared later, or a new number announced by `user_changed_number`, never splits a person in two.
"""

from __future__ import annotations

from mostrador.domain.customers import ChannelIdentity
from mostrador.domain.messages import SystemEvent
from mostrador.domain.phone import normalize_phone
from mostrador.services.shop_settings import parse_settings
from mostrador.store.customers import IdentityKind
from mostrador.store.models import CustomerRow
from mostrador.store.unit_of_work import UnitOfWork, UnitOfWorkFactory


def identity_keys(identity: ChannelIdentity) -> list[tuple[IdentityKind, str]]:
    """Every (kind, value) the identity can be recognised or reached by."""
    keys = _identities(identity)
    if identity.username:
        keys.append((IdentityKind.USERNAME, identity.username))
    return keys


def _identities(identity: ChannelIdentity) -> list[tuple[IdentityKind, str]]:
    found: list[tuple[IdentityKind, str]] = []
    if identity.channel == "terminal" and identity.user_id:
        return [(IdentityKind.TERMINAL, identity.user_id)]
    if identity.user_id:
        found.append((IdentityKind.WHATSAPP_USER, identity.user_id))
    if identity.parent_user_id:
        found.append((IdentityKind.WHATSAPP_PARENT, identity.parent_user_id))
    if identity.phone:
        found.append((IdentityKind.PHONE, identity.phone))
    return found


def resolve_customer(
    uow: UnitOfWork,
    shop_id: int,
    identity: ChannelIdentity,
    known_owners: dict[tuple[str, str], int] | None = None,
) -> CustomerRow:
    """The customer behind `identity`, created on first contact. Caller commits.

    `known_owners` (from `CustomerRepository.owners`, prefetched for a whole batch) saves the
    lookup; it must be current within the caller's transaction."""
    keys = identity_keys(identity)
    prefetched = known_owners is not None
    if known_owners is None:
        known_owners = uow.customers.owners(shop_id, keys)
    customer = _resolve(uow, shop_id, identity, keys, known_owners, prefetched)
    # Later senders in the same batch see what this one created or linked.
    for kind, value in keys:
        known_owners[(kind.value, value)] = customer.id
    return customer


def _resolve(
    uow: UnitOfWork,
    shop_id: int,
    identity: ChannelIdentity,
    keys: list[tuple[IdentityKind, str]],
    known_owners: dict[tuple[str, str], int],
    prefetched: bool,
) -> CustomerRow:
    owners = {
        (k.value, v): known_owners[(k.value, v)] for k, v in keys if (k.value, v) in known_owners
    }
    holders = set(owners.values())
    if not owners and not (prefetched and uow.customers.owners(shop_id, keys)):
        # First contact: nothing to look up or merge, every identity is new.
        customer = uow.customers.add(shop_id, identity.display_name or "")
        uow.customers.attach_new(customer, keys)
        return customer
    if len(owners) == len(keys) and len(holders) == 1:
        # The common case: a known customer writing again with nothing new to link.
        known = uow.customers.get(holders.pop())
        if known is not None:
            if identity.display_name and not known.display_name:
                known.display_name = identity.display_name[:200]
            return known
    return _resolve_slowly(uow, shop_id, identity)


def _resolve_slowly(uow: UnitOfWork, shop_id: int, identity: ChannelIdentity) -> CustomerRow:
    keys = _identities(identity)
    matches: list[CustomerRow] = []
    for kind, value in keys:
        found = uow.customers.by_identity(shop_id, kind, value)
        if found is not None and all(found.id != m.id for m in matches):
            matches.append(found)
    if matches:
        customer = min(matches, key=lambda c: c.id)  # the oldest record survives a merge
        for other in matches:
            if other.id != customer.id:
                uow.customers.merge(customer, other)
    else:
        customer = uow.customers.add(shop_id, identity.display_name or "")
    for kind, value in keys:
        uow.customers.attach(customer, kind, value)
    if identity.username:
        uow.customers.attach(customer, IdentityKind.USERNAME, identity.username)
    if identity.display_name and not customer.display_name:
        customer.display_name = identity.display_name[:200]
    return customer


def apply_system_event(uow: UnitOfWork, customer: CustomerRow, event: SystemEvent) -> None:
    """`user_changed_number`: the new phone and its new BSUID belong to the same person."""
    if event.new_user_id:
        uow.customers.attach(customer, IdentityKind.WHATSAPP_USER, event.new_user_id)
    if event.new_phone:
        uow.customers.attach(customer, IdentityKind.PHONE, event.new_phone)


def remember_phone(uow: UnitOfWork, customer: CustomerRow, phone: str) -> None:
    """A phone the customer typed as their own (checkout, shared contact)."""
    other = uow.customers.by_identity(customer.shop_id, IdentityKind.PHONE, phone)
    if other is not None and other.id != customer.id:
        uow.customers.merge(
            min(other, customer, key=lambda c: c.id), max(other, customer, key=lambda c: c.id)
        )
        return
    uow.customers.attach(customer, IdentityKind.PHONE, phone)


def customer_document(uow: UnitOfWork, customer: CustomerRow) -> dict[str, object]:
    """A customer as staff see it: the username stands in when there is no phone."""
    identities = uow.customers.identities(customer.id)
    return {
        "id": customer.id,
        "name": customer.display_name,
        "phone": customer.phone,
        "username": customer.username,
        "shown_as": customer.phone or customer.username or customer.display_name or "",
        "email": customer.email,
        "identities": [{"kind": i.kind, "value": i.value} for i in identities],
        "created_at": customer.created_at.isoformat(),
    }


class CustomerService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def find(
        self, shop_id: int, *, phone: str | None = None, user_id: str | None = None
    ) -> list[dict[str, object]]:
        """Customers by phone (any written form) or WhatsApp BSUID / parent BSUID."""
        with self.uow() as uow:
            found: dict[int, CustomerRow] = {}
            if phone is not None:
                shop = uow.shops.get(shop_id)
                region = parse_settings(shop.settings).region if shop else "MX"
                key = normalize_phone(phone, region)
                row = uow.customers.by_identity(shop_id, IdentityKind.PHONE, key) if key else None
                if row is not None:
                    found[row.id] = row
            if user_id is not None:
                for kind in (IdentityKind.WHATSAPP_USER, IdentityKind.WHATSAPP_PARENT):
                    row = uow.customers.by_identity(shop_id, kind, user_id)
                    if row is not None:
                        found[row.id] = row
            return [customer_document(uow, c) for c in found.values()]

    def get(self, shop_id: int, customer_id: int) -> dict[str, object] | None:
        with self.uow() as uow:
            row = uow.customers.get(customer_id)
            if row is None or row.shop_id != shop_id:
                return None
            return customer_document(uow, row)

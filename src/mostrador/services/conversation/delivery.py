"""Answers about delivery: the mode, the postal code (and its zone), the address."""

from __future__ import annotations

from mostrador.domain.language import parse_postal_code
from mostrador.domain.messages import Location
from mostrador.domain.orders import DeliveryMode
from mostrador.services.conversation import intents, prompts, texts
from mostrador.services.conversation.state import Offered, Step
from mostrador.services.conversation.turn import Turn

MIN_ADDRESS_LETTERS = 4
MAX_ADDRESS = 300


def on_option(t: Turn, option: Offered) -> bool:
    if option.id == "mode:pickup":
        if t.settings.pickup_enabled:
            prompts.choose_pickup(t)
        else:
            prompts.ask_mode(t, t.state.after)
    elif option.id == "mode:delivery":
        choose_delivery(t)
    elif option.id == "zone:retry":
        prompts.ask_postal(t)
    else:
        return False
    return True


def choose_delivery(t: Turn, note: str = "") -> None:
    if not t.settings.delivery_enabled:
        prompts.ask_mode(t, t.state.after, note)
        return
    t.state.mode = DeliveryMode.DELIVERY
    prompts.ask_postal(t, note)


def on_mode(t: Turn, text: str) -> None:
    """Free text at "¿retiro en tienda o envío a domicilio?"; a postal code means delivery."""
    mode = intents.delivery_mode(text)
    if mode == DeliveryMode.PICKUP and t.settings.pickup_enabled:
        prompts.choose_pickup(t)
    elif mode == DeliveryMode.DELIVERY and t.settings.delivery_enabled:
        choose_delivery(t)
    elif t.settings.delivery_enabled and postal_code(t, text[:40]):
        t.state.mode = DeliveryMode.DELIVERY
        on_postal(t, text)
    else:
        t.clarify()


def postal_code(t: Turn, text: str) -> str | None:
    """The postal code typed: as the shop's zones write it, else as its country writes codes.

    The zones are written the way the shop's customers type codes: a typed code one of them
    starts ("080020" in a zone "08002") is trusted even when the country setting would read it
    otherwise (an Argentine "1425" as Mexico's "01425", or a shop whose country is unknown).
    """
    typed = "".join(text[:100].split()).upper().replace("-", "")
    if 3 <= len(typed) <= 10 and typed.isalnum() and any(c.isdigit() for c in typed):
        zone = t.settings.zone_for(typed)
        if zone is not None and zone.postal_prefix:
            return typed
    return parse_postal_code(text[:100], t.settings.country)


def on_postal(t: Turn, text: str, note: str = "") -> None:
    code = postal_code(t, text)
    if code is None:
        shown = " ".join(text.split())[:20]
        t.clarify(texts.bad_postal_code(shown, t.settings.country))
        return
    zone = t.settings.zone_for(code)
    if zone is None:
        options = [Offered("zone:retry", texts.OPT_OTHER_POSTAL)]
        question = texts.OUTSIDE_ZONE_QUESTION
        if t.settings.pickup_enabled:
            options.insert(0, Offered("mode:pickup", texts.OPT_PICKUP))
            question = texts.OUTSIDE_ZONE_PICKUP_QUESTION
        else:
            options.append(Offered("menu:main", texts.OPT_MENU))
        t.ask(Step.OUTSIDE_ZONE, question, options, prompts.join(note, texts.outside_zone(code)))
        return
    t.state.mode = DeliveryMode.DELIVERY
    t.state.postal_code = code
    cost = texts.delivery_cost(code, t.money(zone.cost), zone.cost.amount == 0, zone.eta)
    prompts.ask_address(t, prompts.join(note, cost))


def on_outside_zone(t: Turn, text: str) -> None:
    if postal_code(t, text):
        on_postal(t, text)
    elif intents.delivery_mode(text) == DeliveryMode.PICKUP and t.settings.pickup_enabled:
        prompts.choose_pickup(t)
    else:
        t.clarify()


def on_address(t: Turn, text: str) -> None:
    address = text.strip()[:MAX_ADDRESS]
    if sum(c.isalpha() for c in address) < MIN_ADDRESS_LETTERS or len(address) < 6:
        t.clarify(texts.SHORT_ADDRESS)
        return
    take_address(t, address)


def take_address(t: Turn, address: str) -> None:
    t.state.address = address
    prompts.continue_after_delivery(t)


def on_location(t: Turn, location: Location) -> None:
    """A shared map pin: its name/address will do when it has one; coordinates alone will not."""
    written = ", ".join(part.strip() for part in (location.name, location.address) if part.strip())
    if t.state.step == Step.ADDRESS and sum(c.isalpha() for c in written) >= MIN_ADDRESS_LETTERS:
        take_address(t, written[:MAX_ADDRESS])
        return
    if t.state.step in (Step.ADDRESS, Step.POSTAL_CODE):
        t.reask(texts.LOCATION_NEED_TEXT)
        return
    t.reask(texts.LOCATION_THANKS)

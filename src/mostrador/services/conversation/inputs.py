"""Messages that are not typed text: media, reactions, native carts, shared contacts."""

from __future__ import annotations

from collections.abc import Callable

from mostrador.domain.cart import MAX_LINE_QUANTITY, Cart, CartError, CartLine
from mostrador.domain.language import is_yes
from mostrador.domain.messages import InboundMessage, MediaKind
from mostrador.domain.phone import normalize_phone
from mostrador.services.conversation import cart_edits, checkout, prompts, texts
from mostrador.services.conversation.state import After, Step
from mostrador.services.conversation.turn import Turn

# Steps where a 👍 answers the pending yes/no question.
_YES_BY_REACTION: dict[str, Callable[[Turn], None]] = {
    Step.CONFIRM_EMPTY: cart_edits.empty,
    Step.EMAIL_FIX: lambda t: checkout.take_email(t, t.state.email_suggestion),
    Step.SUMMARY: checkout.place,
}


def on_media(t: Turn, message: InboundMessage, on_text: Callable[[Turn, str], None]) -> None:
    media = message.media
    kind = media.kind if media is not None else MediaKind.UNKNOWN
    if kind == MediaKind.AUDIO:
        t.say(texts.AUDIO)
        return
    caption = (media.caption if media is not None else "") or message.text
    if caption.strip() and kind in (MediaKind.IMAGE, MediaKind.VIDEO, MediaKind.DOCUMENT):
        on_text(t, caption)  # a photo with "¿tienen este en talla 26?" still says something
        return
    if kind == MediaKind.UNKNOWN:
        t.reask(texts.UNSUPPORTED)
        return
    t.reask(texts.ONLY_TEXT)


def on_reaction(t: Turn, emoji: str | None) -> None:
    """A 👍 is a yes where a yes/no is pending; any other reaction needs no reply."""
    action = _YES_BY_REACTION.get(t.state.step)
    if emoji and action is not None and is_yes(emoji):
        action(t)


def on_native_cart(t: Turn, message: InboundMessage) -> None:
    """A cart sent from the channel's catalog replaces the chat cart, then checkout starts."""
    cart = Cart(currency="")
    skipped: list[str] = []
    for item in message.items[:50]:
        product = t.shop.product(item.sku)
        if product is None or not product.available or item.quantity <= 0:
            skipped.append(product.full_name if product is not None else item.sku[:40])
            continue
        quantity = min(item.quantity, MAX_LINE_QUANTITY)
        if product.stock is not None:
            quantity = min(quantity, product.stock)
        try:
            cart.take(CartLine(product.sku, product.full_name, product.price, quantity))
        except CartError:
            skipped.append(product.full_name)
    note = texts.native_skipped(skipped) if skipped else ""
    if cart.empty:
        prompts.start_order(t, note)
        return
    t.state.cart = cart
    brief = prompts.cart_lines(t, detailed=False)
    body = prompts.join(texts.CART_RECEIVED, *brief, note)
    if t.state.mode is None:
        prompts.ask_mode(t, After.CHECKOUT, body)
    else:
        prompts.start_checkout(t, body)


def on_contacts(t: Turn, message: InboundMessage) -> None:
    """A shared contact answers the phone question; elsewhere it is only thanked."""
    if t.state.step not in (Step.PHONE, Step.EMAIL):
        t.reask(texts.CONTACT_THANKS)
        return
    for contact in message.contacts:
        for raw in contact.phones:
            phone = normalize_phone(raw[:60], t.settings.country)
            if phone is not None:
                checkout.take_phone(t, phone)
                return
    t.clarify(texts.bad_phone(t.settings.country))

"""One turn of a conversation: the inputs, the replies being built and the reply helpers.

Flows never build `Reply` objects by hand: `ask` records the question and its options in the
state at the same time as it replies, so a typed answer ("2", "la azul") and a clarification
always refer to what the customer actually saw.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from mostrador.domain.messages import ChoicesReply, InboundMessage, Option, Reply, TextReply
from mostrador.domain.money import Money
from mostrador.domain.shop import ShopSettings
from mostrador.services.conversation import i18n, texts
from mostrador.services.conversation.choices import describe, shorten
from mostrador.services.conversation.ports import CustomerView, PlacedOrder, ShopPort
from mostrador.services.conversation.state import ConversationState, Offered, Step

# WhatsApp refuses interactive bodies over 1,024 characters; the question must survive.
BODY_LIMIT = 1024
TEXT_LIMIT = 4096
MAX_OPTIONS = 10
_PRODUCT_CHOICES = ("p:", "v:")


@dataclass
class Turn:
    state: ConversationState
    message: InboundMessage
    customer: CustomerView
    shop: ShopPort
    now: datetime
    replies: list[Reply] = field(default_factory=list)
    handoff_requested: bool = False
    order_placed: PlacedOrder | None = None
    missed: bool = False  # a clarification was given: the rules did not understand the message

    @property
    def settings(self) -> ShopSettings:
        return self.shop.settings

    def money(self, amount: Money) -> str:
        return amount.format(self.settings.locale)

    # -- replies ----------------------------------------------------------------------------

    def say(self, body: str) -> None:
        """A message that asks nothing; the pending question stays as it was."""
        self.replies.append(TextReply(_fit(i18n.lines(body), TEXT_LIMIT)))

    def ask(
        self,
        step: str,
        question: str,
        options: Sequence[Offered] = (),
        note: str = "",
        intro: str = "",
    ) -> None:
        """Moves to `step` and asks `question` (the last line) after `note`, with `options`.

        A choice of products stands alone: what came before it (`note`: "Anoté…", "Listo,
        agregué…") goes in a message of its own, and the choice carries only its `intro`
        ("Esto encontré para…") and question. Read together, the products just added and the
        words the customer wrote would blur which product the choice is about.
        """
        self.state.step = step
        self.state.offer(question, list(options[:MAX_OPTIONS]))
        self.state.misunderstood = 0
        if note and any(o.id.startswith(_PRODUCT_CHOICES) for o in self.state.offered):
            self.say(note)
            note = ""
        self._send(_lines(note, intro), question, self.state.offered)

    def reask(self, note: str) -> None:
        """Repeats the pending question after `note`; without one, offers the main menu."""
        if not self.state.has_question:
            self.menu(note)
            return
        self._send(note, self.state.question, self.state.offered)

    def clarify(self, note: str = "") -> None:
        """The answer was not understood: say so briefly and re-offer the same question.

        The second miss in a row also offers a person, so nobody is left going round in circles.
        """
        self.state.misunderstood += 1
        self.missed = True
        if not self.state.has_question:
            self.menu(note or texts.NOT_UNDERSTOOD)
            return
        if self.state.misunderstood < 2:
            self._send(note or texts.NOT_UNDERSTOOD, self.state.question, self.state.offered)
            return
        options = list(self.state.offered)
        if options and len(options) < MAX_OPTIONS and all(o.id != "menu:human" for o in options):
            options.append(Offered("menu:human", texts.OPT_HUMAN))
            self.state.offered = options
        prefix = f"{note}\n" if note else ""
        self._send(prefix + texts.not_understood_again(), self.state.question, options)

    def menu(self, note: str = "") -> None:
        """The main menu; the cart is kept."""
        self.ask(Step.MENU, texts.MENU_QUESTION, main_menu_options(self.settings), note)

    def _send(self, note: str, question: str, options: Sequence[Offered]) -> None:
        # Fixed sentences are stored in Spanish (the message ids) and translated on the way out.
        note, question = i18n.lines(note), i18n.lines(question)
        if options:
            body = _join(note, question, BODY_LIMIT)
            rows = tuple(Option(o.id, o.title, o.description) for o in translated_options(options))
            self.replies.append(ChoicesReply(body, rows))
        else:
            self.replies.append(TextReply(_join(note, question, TEXT_LIMIT)))


def _translated(label: str) -> str:
    """An option label, part by part: "agotado" in "$45.00 · agotado" is a fixed word."""
    return " · ".join(i18n.lines(part) for part in label.split(" · "))


def translated_options(options: Sequence[Offered]) -> list[Offered]:
    """The options as the customer read them, to match what they type back."""
    if i18n.current() == i18n.DEFAULT:
        return list(options)
    # A translation may run longer than WhatsApp's row limits allow.
    return [
        Offered(o.id, shorten(_translated(o.title)), describe(_translated(o.description)))
        for o in options
    ]


def main_menu_options(settings: ShopSettings) -> list[Offered]:
    """The main menu; ordering comes split by delivery mode when the shop offers both."""
    if settings.pickup_enabled and settings.delivery_enabled:
        first = [Offered(i, title, about) for i, title, about in texts.MENU_ORDER_BY_MODE]
    else:
        first = [Offered(*texts.MENU_ORDER)]
    return first + [Offered(option_id, title) for option_id, title in texts.MENU_OTHERS]


def _join(note: str, question: str, limit: int) -> str:
    """`note` then `question` on its own last line; the note is cut, never the question."""
    if not note:
        return _fit(question, limit)
    room = limit - len(question) - 2
    if len(note) > room:
        note = note[: max(room - 1, 0)].rstrip() + "…"
    return f"{note}\n{question}"


def _lines(*parts: str) -> str:
    return "\n".join(part for part in parts if part)


def _fit(body: str, limit: int) -> str:
    return body if len(body) <= limit else body[: limit - 1] + "…"

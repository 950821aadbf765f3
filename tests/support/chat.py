"""Talking to the shop as a customer: a `Chat` (signed webhooks out, the fake Graph API's
replies back) and a `Shopper` that follows the shop's questions to a payment link.

Only HTTP between here and the product: nothing of `mostrador` is imported.
"""

from __future__ import annotations

import itertools
import random
import re
import unicodedata
from dataclasses import dataclass, field

from tests.support import webhooks as wh
from tests.support.fake_graph import FakeGraph, Option, ParsedReply, Recorded

REPLY_TIMEOUT = 15.0  # first reply to a message (a cold 2-core box under a full test run)
SETTLE = 0.8  # a burst of replies ends when nothing more comes for this long
APOLOGY = "tuve un problema"  # what the processor says when the engine crashed on a message


def norm(text: str) -> str:
    """Lowercase, accents stripped, whitespace collapsed: for matching what the bot says."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", plain).strip()


# -- customers ---------------------------------------------------------------------------------

_numbers = itertools.count(random.Random().randrange(10_000, 90_000) * 1000)


def new_wa_id() -> str:
    """A fresh Mexican mobile as WhatsApp writes it (521 + 10 digits)."""
    return f"52155{next(_numbers) % 100_000_000:08d}"


# -- conversations -----------------------------------------------------------------------------


class ConversationError(AssertionError):
    pass


@dataclass
class Chat:
    """One customer talking to the shop: every send is a signed webhook, every answer is what
    the fake Graph API received for that customer."""

    graph: FakeGraph
    hooks: wh.WebhookClient
    customer: wh.Customer
    timeout: float = REPLY_TIMEOUT
    settle: float = SETTLE
    transcript: list[str] = field(default_factory=list)
    last_burst: list[Recorded] = field(default_factory=list)

    @property
    def address(self) -> str:
        return self.customer.address

    def send(self, message: wh.Message, *, expect_reply: bool = True) -> list[Recorded]:
        """Posts `message`, then returns the burst of replies it got."""
        response = self.hooks.send(message)
        if response.status_code != 200:
            raise ConversationError(f"webhook answered {response.status_code}: {response.text}")
        self.transcript.append(f"customer> {_describe(message)}")
        burst = self.graph.collect(self.address, self.timeout if expect_reply else 0, self.settle)
        for reply in burst:
            self.transcript.append("bot> " + reply.parsed.everything().replace("\n", " | "))
        if expect_reply and not burst:
            refused = [r.problems for r in self.graph.refused() if r.customer == self._key]
            raise ConversationError(
                f"no reply within {self.timeout}s; refused sends: {refused}\n" + self.story()
            )
        self.last_burst = burst or self.last_burst
        return burst

    @property
    def _key(self) -> str:
        return self.graph.key(self.address)

    def say(self, text: str) -> list[Recorded]:
        return self.send(wh.text(self.customer, text))

    def pick(self, option: Option) -> list[Recorded]:
        """Taps `option` (list_reply / button_reply with context), or types its number."""
        context = self.last_message_id
        if option.kind == "numbered":
            return self.say(option.id)
        if option.kind == "button":
            return self.send(
                wh.button_reply(self.customer, option.id, option.title, context_id=context)
            )
        return self.send(
            wh.list_reply(
                self.customer,
                option.id,
                option.title,
                description=option.description or None,
                context_id=context,
            )
        )

    @property
    def last(self) -> ParsedReply:
        """The latest message of the latest burst (the one holding the question)."""
        if not self.last_burst:
            raise ConversationError("the shop has said nothing yet")
        return self.last_burst[-1].parsed

    @property
    def last_message_id(self) -> str | None:
        return self.last_burst[-1].message_id if self.last_burst else None

    def burst_text(self) -> str:
        return norm("\n".join(r.parsed.everything() for r in self.last_burst))

    def story(self) -> str:
        return "\n".join(self.transcript[-30:])


def _describe(message: wh.Message) -> str:
    body = message.body
    if body["type"] == "text":
        return str(body["text"]["body"])[:200]
    if body["type"] == "interactive":
        inner = body["interactive"]
        picked = inner.get("list_reply") or inner.get("button_reply") or {}
        return f"[{inner['type']} {picked.get('id')}: {picked.get('title')}]"
    return f"[{body['type']}]"


# -- a shopper that finishes an order ------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    query: str  # what the customer writes to find it
    title: str  # a piece of the option title that picks it ("Café Molido")
    quantity: int
    variant: str | None = None  # a piece of the variant option title, when asked


@dataclass
class Plan:
    items: list[Item]
    mode: str  # "pickup" | "delivery"
    name: str
    email: str
    postal_code: str | None = None
    address: str | None = None
    phone: str | None = None  # typed when the shop asks for one
    typed: bool = False  # answer options by typing (numbers, words) instead of tapping


@dataclass
class Outcome:
    payment_url: str
    chat: Chat
    answers: list[str] = field(default_factory=list)  # "tap" or "text" per customer turn


class Shopper:
    """Follows the shop's questions to a placed order, answering from a `Plan`.

    Each rule reads the last question the shop asked (its last line with '?') and the options
    offered; an unexpected question fails the test with the transcript.
    """

    def __init__(self, chat: Chat, plan: Plan, max_turns: int = 40) -> None:
        self.chat = chat
        self.plan = plan
        self.max_turns = max_turns
        self.pending = list(plan.items)
        self.current: Item | None = None
        self.answers: list[str] = []

    def run(self, opening: str | None = "hola") -> Outcome:
        """Says `opening`, then answers until a payment link arrives. With `opening=None` it
        carries on from the shop's last question (a conversation already under way)."""
        if opening is not None:
            self.chat.say(opening)
            self.answers.append("text")
        for _ in range(self.max_turns):
            url = self._payment_url()
            if url:
                return Outcome(url, self.chat, self.answers)
            self._answer()
        raise ConversationError(
            f"no payment link after {self.max_turns} turns\n{self.chat.story()}"
        )

    def _payment_url(self) -> str | None:
        for reply in self.chat.last_burst:
            parsed = reply.parsed
            if parsed.url and "/pay/" in parsed.url:
                return parsed.url
        return None

    def _choose(self, option: Option, words: str | None = None) -> None:
        """Taps `option`; a typing shopper writes `words` instead, or the option's number."""
        if self.plan.typed:
            self.answers.append("text")
            self.chat.say(words or _typed_number(self, option))
        else:
            self.answers.append("tap" if option.kind != "numbered" else "text")
            self.chat.pick(option)

    def _type(self, text: str) -> None:
        self.answers.append("text")
        self.chat.say(text)

    def _option(self, *parts: str) -> Option | None:
        for part in parts:
            for option in self.chat.last.options:
                if norm(part) in norm(f"{option.title} {option.description}"):
                    return option
        return None

    def _answer(self) -> None:
        last = self.chat.last
        lines = [norm(x) for x in last.text.splitlines() if x.strip()]
        questions = [x for x in lines if "?" in x]
        focus = questions[-1] if questions else (lines[-1] if lines else "")
        plan = self.plan

        def has(*words: str) -> bool:
            return any(w in focus for w in words)

        if has("en que te puedo ayudar", "en que mas te puedo ayudar", "quieres hacer uno"):
            # The menu starts the order with its delivery mode when the shop offers both.
            by_mode = "para recoger" if plan.mode == "pickup" else "a domicilio"
            option = self._option(by_mode, "hacer un pedido", "si")
            if option is None:
                raise ConversationError(f"no way to start an order\n{self.chat.story()}")
            return self._choose(option, "quiero hacer un pedido")
        if has("como quieres recibir", "recogerlo en tienda o probar"):
            option = (
                self._option("retiro", "recoger", "tienda")
                if plan.mode == "pickup"
                else (self._option("domicilio", "envio"))
            )
            words = "retiro en tienda" if plan.mode == "pickup" else "envío a domicilio"
            if option is None:
                return self._type(words)
            return self._choose(option, words)
        if has("codigo postal"):
            return self._type(plan.postal_code or "")
        if has("direccion"):
            return self._type(plan.address or "")
        if has("que producto buscas", "que otro producto buscas"):
            if not self.pending:
                raise ConversationError(f"asked for another product\n{self.chat.story()}")
            self.current = self.pending.pop(0)
            return self._type(self.current.query)
        if has("cual quieres", "te interesa alguna"):
            assert self.current is not None
            option = self._option(self.current.title)
            if option is None:
                raise ConversationError(f"{self.current.title!r} not offered\n{self.chat.story()}")
            return self._choose(option)
        if has("quieres de ") and self.current is not None and self.current.variant:
            option = self._option(self.current.variant)
            if option is None:
                raise ConversationError(f"variant not offered\n{self.chat.story()}")
            return self._choose(option)
        if has("cuantas unidades", "cuantos", "cantidad"):
            assert self.current is not None
            return self._type(str(self.current.quantity))
        if has("agregar algo mas", "finalizar"):
            if self.pending:
                option, words = self._option("agregar"), "agregar otro producto"
            else:
                option, words = self._option("finalizar", "pagar"), "finalizar compra"
            if option is None:
                raise ConversationError(f"no add/finish option\n{self.chat.story()}")
            return self._choose(option, words)
        if has("a nombre de quien", "tu nombre", "nombre completo"):
            return self._type(plan.name)
        if has("quisiste decir"):
            option = self._option("si")
            return self._choose(option, "sí") if option else self._type("sí")
        if has("correo", "email"):
            return self._type(plan.email)
        if has("telefono", "numero", "celular", "contactar"):
            return self._type(plan.phone or "")
        if has("confirmas"):
            option = self._option("confirmar")
            return self._choose(option, "sí") if option else self._type("sí, confirmo")
        raise ConversationError(f"unexpected question {focus!r}\n{self.chat.story()}")


def _typed_number(shopper: Shopper, option: Option) -> str:
    """A typed answer to an interactive message: the option's position (1-based)."""
    return str(list(shopper.chat.last.options).index(option) + 1)

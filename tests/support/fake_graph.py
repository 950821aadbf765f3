"""A fake WhatsApp Cloud (Graph) API, as a real HTTP server on 127.0.0.1.

It speaks Meta's protocol for ``POST /{version}/{phone_number_id}/messages``:

* ``Authorization: Bearer <token>`` or 401 with the OAuth error envelope (code 190);
* ``messaging_product`` must be ``whatsapp`` (400, code 100);
* mark-as-read (``{"status": "read", "message_id": ...}``) answers ``{"success": true}``;
* a BSUID in ``to`` is refused (400, code 100); ``recipient`` = BSUID is how a customer
  without a shared phone is addressed;
* a body breaking WhatsApp's documented limits is refused with 400 / code 131009 and never
  reaches the customer (see `violations`);
* anything else: 200 with ``{"messaging_product", "contacts": [{"input", "wa_id"|"user_id"}],
  "messages": [{"id": "wamid..."}]}``.

Every request is recorded (body, status, receive time, the message id answered). Faults can be
injected (a fraction of 429s with Meta's 130429 envelope, of 500s, and added latency). The server
runs in a background thread so synchronous tests can block on `next_reply`.

Like Meta, it can post status webhooks back (`post_statuses_to`): "sent" then "delivered" for
every accepted message, signed with the app secret, echoing ``biz_opaque_callback_data``, and
redelivered with backoff while the server does not answer 200 (as Meta does for any webhook).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import random
import re
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from tests.support import webhooks as wh

# -- WhatsApp's documented limits (characters / counts) -------------------------------------------

TEXT_BODY = 4096
INTERACTIVE_BODY = 1024
HEADER_TEXT = 60
FOOTER_TEXT = 60
LIST_BUTTON = 20
LIST_SECTIONS = 10
LIST_ROWS_TOTAL = 10
SECTION_TITLE = 24
ROW_ID = 200
ROW_TITLE = 24
ROW_DESCRIPTION = 72
REPLY_BUTTONS = 3
BUTTON_ID = 256
BUTTON_TITLE = 20
CTA_DISPLAY_TEXT = 20
PRODUCT_LIST_ITEMS = 30

_BSUID = re.compile(r"^[A-Z]{2}\.[A-Za-z0-9.]{1,128}$")


def is_bsuid(address: str) -> bool:
    """A business-scoped user id ("MX.4839201736455201"), as opposed to a phone number."""
    return _BSUID.match(address.strip()) is not None


def phone_key(address: str) -> str:
    """One key per phone however it is written: digits only, Mexico's mobile '1' after 52 and
    Argentina's '9' after 54 dropped (Meta delivers to both spellings of those numbers)."""
    digits = "".join(ch for ch in address if ch.isdigit())
    if len(digits) == 13 and digits.startswith(("521", "549")):
        digits = digits[:2] + digits[3:]
    return digits


# -- limits ----------------------------------------------------------------------------------------


def _check_length(
    problems: list[str], where: str, value: object, limit: int, *, required: bool = True
) -> None:
    if value is None or value == "":
        if required:
            problems.append(f"{where} is missing")
        return
    if not isinstance(value, str):
        problems.append(f"{where} is not a string")
    elif len(value) > limit:
        problems.append(f"{where} has {len(value)} characters (max {limit})")


def violations(body: dict[str, Any]) -> list[str]:
    """Why Meta would refuse `body` with error 131009; empty when it is within the limits."""
    problems: list[str] = []
    kind = body.get("type", "text")
    if kind == "text":
        text = body.get("text")
        _check_length(
            problems, "text.body", text.get("body") if isinstance(text, dict) else None, TEXT_BODY
        )
    elif kind == "interactive":
        interactive = body.get("interactive")
        if not isinstance(interactive, dict):
            problems.append("interactive is missing")
        else:
            _interactive(problems, interactive)
    return problems


def _obj(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _objs(value: object) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _interactive(problems: list[str], it: dict[str, Any]) -> None:
    kind = it.get("type")
    body_required = kind not in ("product", "product_list", "catalog_message")
    _check_length(
        problems,
        "interactive.body.text",
        _obj(it.get("body")).get("text"),
        INTERACTIVE_BODY,
        required=body_required,
    )
    header = _obj(it.get("header"))
    if header.get("type") == "text":
        _check_length(problems, "interactive.header.text", header.get("text"), HEADER_TEXT)
    if it.get("footer") is not None:
        _check_length(
            problems, "interactive.footer.text", _obj(it.get("footer")).get("text"), FOOTER_TEXT
        )
    action = _obj(it.get("action"))
    if kind == "list":
        _list(problems, action)
    elif kind == "button":
        _buttons(problems, _objs(action.get("buttons")))
    elif kind == "cta_url":
        params = _obj(action.get("parameters"))
        _check_length(
            problems, "cta_url display_text", params.get("display_text"), CTA_DISPLAY_TEXT
        )
        url = params.get("url")
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            problems.append("cta_url url is missing or not http(s)")
    elif kind == "product_list":
        items = sum(len(_objs(s.get("product_items"))) for s in _objs(action.get("sections")))
        if items > PRODUCT_LIST_ITEMS:
            problems.append(f"product_list has {items} items (max {PRODUCT_LIST_ITEMS})")
    elif kind not in ("product", "catalog_message", "location_request_message", "flow"):
        problems.append(f"interactive type {kind!r} is unknown")


def _list(problems: list[str], action: dict[str, Any]) -> None:
    _check_length(problems, "list action.button", action.get("button"), LIST_BUTTON)
    sections = _objs(action.get("sections"))
    if not 1 <= len(sections) <= LIST_SECTIONS:
        problems.append(f"list has {len(sections)} sections (1..{LIST_SECTIONS})")
    rows = [row for section in sections for row in _objs(section.get("rows"))]
    if not 1 <= len(rows) <= LIST_ROWS_TOTAL:
        problems.append(f"list has {len(rows)} rows in all (1..{LIST_ROWS_TOTAL})")
    for section in sections:
        _check_length(
            problems,
            "list section.title",
            section.get("title"),
            SECTION_TITLE,
            required=len(sections) > 1,
        )
    ids = [row.get("id") for row in rows]
    if len(set(map(str, ids))) != len(ids):
        problems.append("list row ids are not unique")
    for row in rows:
        _check_length(problems, "list row.id", row.get("id"), ROW_ID)
        _check_length(problems, "list row.title", row.get("title"), ROW_TITLE)
        _check_length(
            problems,
            "list row.description",
            row.get("description"),
            ROW_DESCRIPTION,
            required=False,
        )


def _buttons(problems: list[str], buttons: list[dict[str, Any]]) -> None:
    if not 1 <= len(buttons) <= REPLY_BUTTONS:
        problems.append(f"{len(buttons)} reply buttons (1..{REPLY_BUTTONS})")
    replies = [_obj(b.get("reply")) for b in buttons]
    ids = [str(r.get("id")) for r in replies]
    titles = [str(r.get("title")) for r in replies]
    if len(set(ids)) != len(ids) or len(set(titles)) != len(titles):
        problems.append("reply button ids and titles must be unique")
    for reply in replies:
        _check_length(problems, "reply button.id", reply.get("id"), BUTTON_ID)
        _check_length(problems, "reply button.title", reply.get("title"), BUTTON_TITLE)


# -- what a reply says -----------------------------------------------------------------------------

_NUMBERED = re.compile(r"^\s*\*?(\d{1,2})(?:\ufe0f?\u20e3|\s*[.)\-:])\s*\*?\s*(.+?)\s*$")
_URL = re.compile(r"https?://[^\s)>\]]+")


@dataclass(frozen=True)
class Option:
    """One choice a reply offers: a list row, a reply button or a numbered text line."""

    id: str
    title: str
    description: str = ""
    kind: str = "list"  # list | button | numbered


@dataclass(frozen=True)
class ParsedReply:
    """The visible content of an outgoing message: its prose, its options and any link."""

    type: str  # "text", "interactive.list", "interactive.button", "interactive.cta_url", ...
    text: str  # header, body and footer (options excluded)
    options: tuple[Option, ...] = ()
    url: str | None = None
    button: str = ""  # the list button label / cta_url display text

    def option(self, title_part: str) -> Option:
        """The first option whose title (or description) contains `title_part`, any case."""
        wanted = title_part.casefold()
        for option in self.options:
            if wanted in option.title.casefold() or wanted in option.description.casefold():
                return option
        raise LookupError(f"no option like {title_part!r} in {[o.title for o in self.options]}")

    def option_ids(self) -> list[str]:
        return [o.id for o in self.options]

    def everything(self) -> str:
        """Prose, option titles and descriptions and the link, one per line (for searching)."""
        lines = [self.text, *(f"{o.title} {o.description}".strip() for o in self.options)]
        if self.url:
            lines.append(self.url)
        if self.button:
            lines.append(self.button)
        return "\n".join(line for line in lines if line)


def parse_reply(body: dict[str, Any]) -> ParsedReply:
    """What the customer sees of a Cloud API message body."""
    kind = str(body.get("type", "text"))
    if kind == "text":
        return _plain(str(_obj(body.get("text")).get("body", "")))
    if kind == "interactive":
        return _interactive_reply(_obj(body.get("interactive")))
    if kind in ("image", "document", "video", "audio", "sticker"):
        media = _obj(body.get(kind))
        caption = str(media.get("caption", ""))
        link = media.get("link")
        return ParsedReply(kind, caption, url=str(link) if link else _first_url(caption))
    if kind == "template":
        template = _obj(body.get("template"))
        texts = [str(template.get("name", ""))]
        for component in _objs(template.get("components")):
            texts += [str(p["text"]) for p in _objs(component.get("parameters")) if "text" in p]
        joined = "\n".join(texts)
        return ParsedReply("template", joined, url=_first_url(joined))
    if kind == "location":
        location = _obj(body.get("location"))
        return ParsedReply("location", f"{location.get('name', '')} {location.get('address', '')}")
    return ParsedReply(kind, json.dumps(body, ensure_ascii=False))


def _first_url(text: str) -> str | None:
    found = _URL.search(text)
    return found.group() if found else None


def _plain(text: str) -> ParsedReply:
    """A text message; numbered lines ("1. Café", "2) Té") are options answered by number."""
    prose: list[str] = []
    options: list[Option] = []
    for line in text.splitlines():
        match = _NUMBERED.match(line)
        if match:
            options.append(Option(match.group(1), match.group(2), "", "numbered"))
        else:
            prose.append(line)
    if len(options) < 2:
        return ParsedReply("text", text, url=_first_url(text))
    return ParsedReply("text", "\n".join(prose), tuple(options), _first_url(text))


def _interactive_reply(it: dict[str, Any]) -> ParsedReply:
    kind = str(it.get("type", ""))
    header = _obj(it.get("header"))
    pieces = [
        header.get("text", "") if header.get("type", "text") == "text" else "",
        _obj(it.get("body")).get("text", ""),
        _obj(it.get("footer")).get("text", ""),
    ]
    text = "\n".join(str(p) for p in pieces if p)
    action = _obj(it.get("action"))
    options: list[Option] = []
    url: str | None = None
    button = ""
    if kind == "list":
        button = str(action.get("button", ""))
        for section in _objs(action.get("sections")):
            options += [
                Option(str(r.get("id")), str(r.get("title", "")), str(r.get("description", "")))
                for r in _objs(section.get("rows"))
            ]
    elif kind == "button":
        for b in _objs(action.get("buttons")):
            reply = _obj(b.get("reply"))
            options.append(Option(str(reply.get("id")), str(reply.get("title", "")), "", "button"))
    elif kind == "cta_url":
        params = _obj(action.get("parameters"))
        url = str(params.get("url", "")) or None
        button = str(params.get("display_text", ""))
    return ParsedReply(f"interactive.{kind}", text, tuple(options), url or _first_url(text), button)


# -- records ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Faults:
    """Fault injection: fractions of sends answered 429 (130429) / 500, and added latency."""

    rate_429: float = 0.0
    rate_500: float = 0.0
    latency_s: float = 0.0
    seed: int | None = None
    throttle_first: int = 0  # the first N sends to every customer are answered 429 (130429)


@dataclass
class Recorded:
    """One request the fake received."""

    t: float  # time.monotonic() at receipt
    version: str
    phone_number_id: str
    body: dict[str, Any]
    status: int
    authorized: bool
    message_id: str | None = None  # the wamid answered (accepted sends only)
    error_code: int | None = None
    problems: list[str] = field(default_factory=list)  # why Meta would refuse it (131009)
    customer: str | None = None  # the customer key it was filed under

    @property
    def address(self) -> str | None:
        """How the sender addressed the customer: `to` (phone) or `recipient` (BSUID)."""
        value = self.body.get("to") or self.body.get("recipient")
        return None if value is None else str(value)

    @property
    def kind(self) -> str:
        """'read' for mark-as-read, else the message type ('text', 'interactive', ...)."""
        if self.body.get("status") == "read":
            return "read"
        return str(self.body.get("type", "text"))

    @property
    def is_reply(self) -> bool:
        """A message actually delivered to a customer (accepted, not a read receipt)."""
        return self.status == 200 and self.kind != "read"

    @property
    def parsed(self) -> ParsedReply:
        return parse_reply(self.body)

    @property
    def text(self) -> str:
        return self.parsed.text


def _fbtrace() -> str:
    return "A" + uuid.uuid4().hex[:22]


def _error(status: int, code: int, message: str, details: str = "") -> JSONResponse:
    error: dict[str, Any] = {
        "message": message,
        "type": "OAuthException",
        "code": code,
        "fbtrace_id": _fbtrace(),
    }
    if details:
        error["error_data"] = {"messaging_product": "whatsapp", "details": details}
    return JSONResponse({"error": error}, status_code=status)


def bind_free_socket(host: str = "127.0.0.1") -> socket.socket:
    """A listening TCP socket on a free port (IPPROTO_TCP so asyncio sets TCP_NODELAY)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, 0))
    sock.listen(1024)
    sock.setblocking(False)
    return sock


class _ThreadServer(uvicorn.Server):
    """uvicorn that leaves the host process's signal handlers alone."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


class FakeGraph:
    """The fake Graph API. ``with FakeGraph(token) as graph:`` or `start()` / `stop()`.

    Replies are filed per customer key: a phone's digits (Mexico's ``521…`` and Argentina's
    ``549…`` joined to ``52…`` / ``54…``) or a BSUID; `alias` files a BSUID under a phone.
    """

    def __init__(
        self,
        access_token: str,
        *,
        faults: Faults | None = None,
        version: str = "v23.0",
        host: str = "127.0.0.1",
    ) -> None:
        self.access_token = access_token
        self.version = version
        self.host = host
        self._faults = faults or Faults()
        self._rng = random.Random(self._faults.seed)
        self._records: list[Recorded] = []
        self._cursor: dict[str, int] = {}  # customer key -> replies already taken by next_reply
        self._aliases: dict[str, str] = {}
        self._throttled: dict[str, int] = {}  # customer key -> sends refused by throttle_first
        self._status_target: tuple[str, str, str] | None = None  # url, app secret, account
        self._status_states: tuple[str, ...] = ()
        self._status_retry_for = 0.0
        self._status_tasks: set[asyncio.Task[None]] = set()
        self.status_posts: list[tuple[str, str, int]] = []  # (wamid, state, HTTP status) sent
        self._changed = threading.Condition()
        self._seq = itertools.count(1)
        self._sock: socket.socket | None = None
        self._server: _ThreadServer | None = None
        self._thread: threading.Thread | None = None
        self.app = Starlette(
            routes=[Route("/{version}/{phone_id}/messages", self._messages, methods=["POST"])]
        )

    # -- lifecycle -------------------------------------------------------------------------------

    @property
    def port(self) -> int:
        if self._sock is None:
            raise RuntimeError("FakeGraph is not started")
        return int(self._sock.getsockname()[1])

    @property
    def base_url(self) -> str:
        """What the server under test gets as MOSTRADOR_WHATSAPP_API_BASE."""
        return f"http://{self.host}:{self.port}/{self.version}"

    def start(self) -> FakeGraph:
        self._sock = bind_free_socket(self.host)
        config = uvicorn.Config(
            self.app,
            log_level="warning",
            access_log=False,
            lifespan="off",
            ws="none",
            timeout_keep_alive=30,
        )
        self._server = _ThreadServer(config)
        sockets = [self._sock]
        self._thread = threading.Thread(
            target=lambda: asyncio.run(self._server.serve(sockets=sockets)),  # type: ignore[union-attr]
            name="fake-graph",
            daemon=True,
        )
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the fake Graph API did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        if self._sock is not None:
            self._sock.close()

    def __enter__(self) -> FakeGraph:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- configuration ---------------------------------------------------------------------------

    def set_faults(self, faults: Faults) -> None:
        with self._changed:
            self._faults = faults
            self._rng = random.Random(faults.seed)
            self._throttled.clear()

    def post_statuses_to(
        self,
        webhook_url: str,
        app_secret: str,
        phone_number_id: str,
        *,
        states: tuple[str, ...] = ("sent", "delivered"),
        retry_for: float = 120.0,
    ) -> None:
        """Post a signed status webhook per state for every message accepted from now on,
        redelivering each for up to `retry_for` seconds until it is answered 200."""
        with self._changed:
            self._status_target = (webhook_url, app_secret, phone_number_id)
            self._status_states = states
            self._status_retry_for = retry_for

    def alias(self, user_id: str, phone: str) -> None:
        """File replies sent to the BSUID `user_id` under the customer's `phone`."""
        with self._changed:
            self._aliases[user_id] = phone

    def key(self, customer: str) -> str:
        """The key replies to `customer` (a phone in any form, or a BSUID) are filed under."""
        customer = self._aliases.get(customer, customer)
        return customer if is_bsuid(customer) else phone_key(customer)

    # -- inspection ------------------------------------------------------------------------------

    def recorded(self) -> list[Recorded]:
        """Every request received so far: replies, read receipts, refused ones."""
        with self._changed:
            return list(self._records)

    def refused(self) -> list[Recorded]:
        """Sends Meta would have refused for breaking its documented limits (131009)."""
        return [r for r in self.recorded() if r.problems]

    def read_receipts(self) -> list[Recorded]:
        return [r for r in self.recorded() if r.kind == "read" and r.status == 200]

    def replies(self, customer: str | None = None) -> list[Recorded]:
        """Messages delivered (to `customer`, or to anyone), in the order received."""
        with self._changed:
            return self._replies(customer)

    def _replies(self, customer: str | None) -> list[Recorded]:
        key = None if customer is None else self.key(customer)
        return [r for r in self._records if r.is_reply and (key is None or r.customer == key)]

    def next_reply(self, customer: str, timeout: float = 10.0) -> Recorded | None:
        """The next reply to `customer` not yet taken, waiting up to `timeout` seconds."""
        key = self.key(customer)
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                replies = self._replies(customer)
                taken = self._cursor.get(key, 0)
                if len(replies) > taken:
                    self._cursor[key] = taken + 1
                    return replies[taken]
                left = deadline - time.monotonic()
                if left <= 0:
                    return None
                self._changed.wait(left)

    def collect(self, customer: str, timeout: float = 10.0, settle: float = 0.6) -> list[Recorded]:
        """The next burst of replies to `customer`: waits up to `timeout` for the first one,
        then takes more until none arrives for `settle` seconds. [] if nothing came."""
        first = self.next_reply(customer, timeout)
        if first is None:
            return []
        burst = [first]
        while (more := self.next_reply(customer, settle)) is not None:
            burst.append(more)
        return burst

    def collect_many(
        self, customers: list[str], timeout: float = 10.0, settle: float = 0.6
    ) -> dict[str, list[Recorded]]:
        """`collect` for several customers at once: waits until each has a new reply (or the
        timeout passes), then until no reply to any of them arrives for `settle` seconds."""

        def untaken(fake: FakeGraph) -> list[int]:
            return [len(fake._replies(c)) - fake._cursor.get(fake.key(c), 0) for c in customers]

        self.wait_for(lambda fake: all(n > 0 for n in untaken(fake)), timeout)
        seen = -1
        while True:
            with self._changed:
                total = len(self._records)
            if total == seen:
                break
            seen = total
            time.sleep(settle)
        return {c: self.drain(c) for c in customers}

    def drain(self, customer: str) -> list[Recorded]:
        """Takes the replies to `customer` already received, without waiting."""
        key = self.key(customer)
        with self._changed:
            replies = self._replies(customer)
            taken = self._cursor.get(key, 0)
            self._cursor[key] = len(replies)
            return replies[taken:]

    def wait_for(self, predicate: Any, timeout: float = 10.0) -> bool:
        """Blocks until `predicate(fake)` holds (re-checked on every request), or False."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while not predicate(self):
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._changed.wait(min(left, 0.2))
            return True

    # -- the endpoint ----------------------------------------------------------------------------

    async def _messages(self, request: Request) -> JSONResponse:
        received = time.monotonic()
        raw = await request.body()
        try:
            body = json.loads(raw)
            if not isinstance(body, dict):
                raise ValueError("not an object")
        except ValueError:
            body = {"_raw": raw.decode("utf-8", "replace")}
        authorized = request.headers.get("authorization", "") == f"Bearer {self.access_token}"
        with self._changed:
            faults = self._faults
            roll = self._rng.random()
            address = body.get("to") or body.get("recipient")
            key = self.key(str(address)) if address and body.get("status") != "read" else None
            if key is not None and self._throttled.get(key, 0) < faults.throttle_first:
                self._throttled[key] = self._throttled.get(key, 0) + 1
                roll = -1.0  # below any rate: this send is throttled
        status, response, code, problems = self._decide(body, authorized, faults, roll)
        record = Recorded(
            t=received,
            version=request.path_params["version"],
            phone_number_id=request.path_params["phone_id"],
            body=body,
            status=status,
            authorized=authorized,
            error_code=code,
            problems=problems,
        )
        if status == 200 and record.kind != "read":
            record.message_id = f"wamid.HBgL{next(self._seq):012d}{uuid.uuid4().hex[:16]}"
            address = str(record.address)
            contact = {"input": address, "user_id" if is_bsuid(address) else "wa_id": address}
            response = JSONResponse(
                {
                    "messaging_product": "whatsapp",
                    "contacts": [contact],
                    "messages": [{"id": record.message_id}],
                }
            )
        if faults.latency_s > 0:
            await asyncio.sleep(faults.latency_s)
        with self._changed:
            if record.address is not None:
                record.customer = self.key(record.address)
            self._records.append(record)
            self._changed.notify_all()
            target = self._status_target if record.message_id else None
        if target is not None:
            task = asyncio.get_running_loop().create_task(self._post_statuses(record, target))
            self._status_tasks.add(task)
            task.add_done_callback(self._status_tasks.discard)
        return response

    async def _post_statuses(self, record: Recorded, target: tuple[str, str, str]) -> None:
        """What Meta does after accepting a message: a status webhook per state, in order."""
        url, secret, account = target
        await asyncio.sleep(0.05)  # Meta's statuses follow the send's answer, never precede it
        async with httpx.AsyncClient(timeout=5.0) as client:
            for state in self._status_states:
                entry = wh.status(str(record.message_id), state)
                address = str(record.address)
                entry["recipient_user_id" if is_bsuid(address) else "recipient_id"] = address
                callback = record.body.get("biz_opaque_callback_data")
                if callback is not None:
                    entry["biz_opaque_callback_data"] = callback
                change = wh.value(phone_number_id=account, statuses=[entry])
                raw = wh.encode(wh.envelope(change))
                signature = wh.sign(secret, raw)
                headers = {"content-type": "application/json", "x-hub-signature-256": signature}
                await self._deliver(client, url, raw, headers, (str(record.message_id), state))

    async def _deliver(
        self,
        client: httpx.AsyncClient,
        url: str,
        raw: bytes,
        headers: dict[str, str],
        what: tuple[str, str],
    ) -> None:
        deadline = time.monotonic() + self._status_retry_for
        pause = 0.25
        while True:
            try:
                status = (await client.post(url, content=raw, headers=headers)).status_code
            except httpx.TransportError:
                status = 0
            with self._changed:
                self.status_posts.append((*what, status))
            if status == 200 or time.monotonic() >= deadline:
                return
            await asyncio.sleep(pause)
            pause = min(pause * 2, 2.0)

    def _decide(
        self, body: dict[str, Any], authorized: bool, faults: Faults, roll: float
    ) -> tuple[int, JSONResponse, int | None, list[str]]:
        if not authorized:
            message = "Invalid OAuth access token - Cannot parse access token"
            return 401, _error(401, 190, message), 190, []
        if body.get("messaging_product") != "whatsapp":
            message = "(#100) The parameter messaging_product is required."
            return 400, _error(400, 100, message), 100, []
        if body.get("status") == "read":
            if not body.get("message_id"):
                message = "(#100) The parameter message_id is required."
                return 400, _error(400, 100, message), 100, []
            return 200, JSONResponse({"success": True}), None, []
        to, recipient = body.get("to"), body.get("recipient")
        if not to and not recipient:
            return 400, _error(400, 100, "(#100) The parameter to is required."), 100, []
        if to and is_bsuid(str(to)):
            message = "(#100) Invalid parameter"
            details = "A business-scoped user ID goes in 'recipient', not in 'to'."
            return 400, _error(400, 100, message, details), 100, []
        problems = violations(body)
        if problems:
            message = "(#131009) Parameter value is not valid"
            return 400, _error(400, 131009, message, "; ".join(problems)), 131009, problems
        if roll < 0 or roll < faults.rate_429:
            return 429, _error(429, 130429, "(#130429) Rate limit hit"), 130429, []
        if roll < faults.rate_429 + faults.rate_500:
            return 500, _error(500, 2, "Service temporarily unavailable"), 2, []
        return 200, JSONResponse({}), None, []  # the caller answers with the message id

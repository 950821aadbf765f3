"""Channel-neutral replies → exact Cloud API request bodies, inside WhatsApp's limits.

Every body `render` returns passes Meta's length and uniqueness rules (`limits.py`) by
construction: a body that breaks one is refused with 400/131009 and the customer gets nothing,
which is worse than a shortened label. Where something must give, it gives in this order:
long option titles are shortened to whole distinguishing words (full title moved into the
description); bodies are clipped at a word boundary with "…"; more options than a list holds
become a numbered text message.

Addressing: `to` is the phone (digits, no '+') when known; otherwise `recipient` is the
business-scoped user id. A BSUID is never put in `to` (Meta refuses it there).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from mostrador.channels.whatsapp import limits as lim
from mostrador.domain.labels import clip, shorten_all
from mostrador.domain.messages import (
    ChoicesReply,
    LinkReply,
    MarkRead,
    MediaKind,
    MediaReply,
    Option,
    Reply,
    TemplateReply,
    TextReply,
)
from mostrador.domain.phone import is_bsuid

Body = dict[str, object]

NUMBERED_PROMPT = "Responde con el número de tu opción."
DEFAULT_QUESTION = "Elige una opción:"
DEFAULT_LIST_BUTTON = "Ver opciones"
DEFAULT_LINK_LABEL = "Abrir enlace"
_DESCRIPTION_JOIN = " · "
ELLIPSIS_LINE = "…"  # closes a numbered menu that had to leave options out
_MEDIA_TYPES = {
    MediaKind.IMAGE: "image",
    MediaKind.VIDEO: "video",
    MediaKind.DOCUMENT: "document",
    MediaKind.AUDIO: "audio",
    MediaKind.STICKER: "sticker",
}
_CAPTIONED = frozenset({"image", "video", "document"})
# Template text parameters may not hold newlines, tabs or more than 4 consecutive spaces
# (Meta answers 132000-family errors otherwise).
_PARAM_SPACES = re.compile(r"[\t\r\n]+| {5,}")


class Unaddressable(ValueError):
    """Neither a phone nor a BSUID: there is nobody to send this to."""


def render(reply: Reply | MarkRead, to_phone: str | None, to_user_id: str | None) -> Body:
    """The JSON body for ``POST /{phone_number_id}/messages``.

    Pure and total over well-typed replies; raises `Unaddressable` (a ValueError) only when a
    message has neither address. `MarkRead` needs no address.
    """
    if isinstance(reply, MarkRead):
        return {"messaging_product": "whatsapp", "status": "read", "message_id": reply.external_id}
    body = address(to_phone, to_user_id)
    if isinstance(reply, TextReply):
        body.update(_text(reply.body))
    elif isinstance(reply, ChoicesReply):
        body.update(_choices(reply))
    elif isinstance(reply, LinkReply):
        body.update(_link(reply))
    elif isinstance(reply, MediaReply):
        body.update(_media(reply))
    else:
        body.update(_template(reply))
    return body


def address(to_phone: str | None, to_user_id: str | None) -> Body:
    """The addressing part of a body: `to` (phone digits) wins over `recipient` (BSUID)."""
    body: Body = {"messaging_product": "whatsapp", "recipient_type": "individual"}
    if to_phone and not _looks_like_user_id(to_phone):
        digits = "".join(c for c in to_phone if c.isdigit())
        if digits:
            body["to"] = digits
            return body
    user_id = to_user_id or (to_phone if to_phone and _looks_like_user_id(to_phone) else None)
    if not user_id:
        raise Unaddressable("reply has neither a phone nor a business-scoped user id")
    body["recipient"] = user_id
    return body


def _looks_like_user_id(value: str) -> bool:
    # A phone never has letters; a BSUID ("MX.48...", parent "US.ENT.11...") always does.
    return is_bsuid(value) or any(c.isalpha() for c in value)


def _line(text: str) -> str:
    return " ".join(text.split())


def _nonblank(text: str, fallback: str) -> str:
    return text if text.strip() else fallback


def _text(text: str) -> Body:
    # Meta refuses an empty text body; an empty reply is an engine bug, but the customer
    # should still see that something arrived rather than nothing at all.
    body = clip(_nonblank(text, "…"), lim.TEXT_BODY)
    return {"type": "text", "text": {"preview_url": False, "body": body}}


# -- choices ---------------------------------------------------------------------------------


def _choices(reply: ChoicesReply) -> Body:
    options = _unique_options(reply.options)
    if not options:
        return _text(reply.body)
    if _fits_buttons(options):
        return _buttons(reply, options)
    if len(options) <= lim.LIST_ROWS_TOTAL:
        return _list(reply, options)
    return _numbered(reply, options)


def _unique_options(options: tuple[Option, ...]) -> list[Option]:
    """Options with non-blank, unique ids and titles of one line.

    A repeated id is dropped: the engine resolves a pick by its id, so a second option with the
    same id could only ever mean the first. A blank id becomes the option's number (which the
    engine also accepts); ids too long for a row are cut and, if that makes them collide,
    suffixed.
    """
    seen: set[str] = set()
    used: set[str] = set()
    unique: list[Option] = []
    for option in options:
        if option.id in seen:
            continue
        seen.add(option.id)
        base = option.id.strip() or str(len(unique) + 1)
        option_id, n = base[: lim.ROW_ID], 2
        while option_id in used:
            suffix = f"~{n}"
            option_id, n = base[: lim.ROW_ID - len(suffix)] + suffix, n + 1
        used.add(option_id)
        title = " ".join(option.title.split()) or f"Opción {len(unique) + 1}"
        unique.append(Option(option_id, title, " ".join(option.description.split())))
    return unique


def _fits_buttons(options: list[Option]) -> bool:
    titles = [o.title for o in options]
    return (
        len(options) <= lim.REPLY_BUTTONS
        and all(len(t) <= lim.BUTTON_TITLE for t in titles)
        and all(not o.description for o in options)
        and len({t.casefold() for t in titles}) == len(titles)  # Meta: titles must be unique
    )


def _frame(reply: ChoicesReply, kind: str, action: Body) -> Body:
    interactive: Body = {
        "type": kind,
        "body": {"text": clip(_nonblank(reply.body, DEFAULT_QUESTION), lim.INTERACTIVE_BODY)},
    }
    if reply.header.strip():
        interactive["header"] = {"type": "text", "text": clip(_line(reply.header), lim.HEADER_TEXT)}
    if reply.footer.strip():
        interactive["footer"] = {"text": clip(reply.footer, lim.FOOTER_TEXT)}
    interactive["action"] = action
    return {"type": "interactive", "interactive": interactive}


def _buttons(reply: ChoicesReply, options: list[Option]) -> Body:
    buttons = [{"type": "reply", "reply": {"id": o.id, "title": o.title}} for o in options]
    return _frame(reply, "button", {"buttons": buttons})


def _list(reply: ChoicesReply, options: list[Option]) -> Body:
    titles = shorten_all([o.title for o in options], lim.ROW_TITLE)
    rows: list[Body] = []
    for option, title in zip(options, titles, strict=True):
        description = option.description
        if title != option.title:
            # The customer must still be able to read what they are choosing.
            description = _DESCRIPTION_JOIN.join(p for p in (option.title, description) if p)
        row: Body = {"id": option.id, "title": title}
        if description:
            row["description"] = clip(description, lim.ROW_DESCRIPTION)
        rows.append(row)
    section: Body = {"rows": rows}
    if reply.section.strip():
        section["title"] = clip(_line(reply.section), lim.SECTION_TITLE)
    button = clip(_line(_nonblank(reply.button, DEFAULT_LIST_BUTTON)), lim.LIST_BUTTON)
    return _frame(reply, "list", {"button": button, "sections": [section]})


def _numbered(reply: ChoicesReply, options: list[Option]) -> Body:
    """More options than a list holds: numbered lines the customer answers with a number."""
    question = clip(_nonblank(reply.body, DEFAULT_QUESTION), lim.INTERACTIVE_BODY)
    closing = f"\n\n{NUMBERED_PROMPT}"
    # What the option lines may use, keeping room for a final "\n…" when some do not fit.
    room = lim.TEXT_BODY - len(question) - 2 - len(closing) - 1 - len(ELLIPSIS_LINE)
    shown: list[str] = []
    used = -1  # n lines need n-1 newlines
    for n, option in enumerate(options, start=1):
        line = f"{n}. {option.title}"
        if option.description:
            line += f" — {option.description}"
        line = clip(line, 200)
        if used + 1 + len(line) > room:
            shown.append(ELLIPSIS_LINE)
            break
        shown.append(line)
        used += 1 + len(line)
    text = question + "\n\n" + "\n".join(shown) + closing
    return {"type": "text", "text": {"preview_url": False, "body": text}}


# -- links, media, templates -----------------------------------------------------------------


def _is_web_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _link(reply: LinkReply) -> Body:
    if not _is_web_url(reply.url):
        # cta_url only takes http(s); anything else is shown as text rather than refused.
        return _text(f"{reply.body}\n{reply.url}".strip())
    label = clip(_line(_nonblank(reply.label, DEFAULT_LINK_LABEL)), lim.CTA_DISPLAY_TEXT)
    interactive: Body = {
        "type": "cta_url",
        "body": {"text": clip(_nonblank(reply.body, label), lim.INTERACTIVE_BODY)},
        "action": {"name": "cta_url", "parameters": {"display_text": label, "url": reply.url}},
    }
    return {"type": "interactive", "interactive": interactive}


def _media(reply: MediaReply) -> Body:
    kind = _MEDIA_TYPES.get(reply.kind)
    if kind is None or not _is_web_url(reply.url):
        return _text(f"{reply.caption}\n{reply.url}".strip())
    media: Body = {"link": reply.url}
    # Audio and stickers take no caption: Meta refuses the field, so it is left out.
    if kind in _CAPTIONED and reply.caption.strip():
        media["caption"] = clip(reply.caption, lim.MEDIA_CAPTION)
    if kind == "document" and reply.filename.strip():
        media["filename"] = reply.filename.strip()[:240]
    return {"type": kind, kind: media}


def _template(reply: TemplateReply) -> Body:
    template: Body = {"name": reply.name, "language": {"code": reply.language}}
    if reply.body_params:
        parameters = [
            {"type": "text", "text": _PARAM_SPACES.sub(" ", p).strip() or "-"}
            for p in reply.body_params
        ]
        template["components"] = [{"type": "body", "parameters": parameters}]
    return {"type": "template", "template": template}

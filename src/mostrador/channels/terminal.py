"""The terminal channel (`mostrador chat`): replies rendered as plain numbered text."""

from __future__ import annotations

from mostrador.domain.messages import (
    ChoicesReply,
    LinkReply,
    MarkRead,
    MediaReply,
    Reply,
    TemplateReply,
    TextReply,
)


def render_text(reply: Reply | MarkRead) -> str:
    """What a customer reads in a terminal; options become numbered lines."""
    if isinstance(reply, TextReply):
        return reply.body
    if isinstance(reply, ChoicesReply):
        lines = [reply.header, reply.body] if reply.header else [reply.body]
        for number, option in enumerate(reply.options, 1):
            detail = f" — {option.description}" if option.description else ""
            lines.append(f"  {number}. {option.title}{detail}")
        if reply.footer:
            lines.append(reply.footer)
        return "\n".join(lines)
    if isinstance(reply, LinkReply):
        return f"{reply.body}\n  {reply.label}: {reply.url}"
    if isinstance(reply, MediaReply):
        return f"[{reply.kind.value}] {reply.caption} {reply.url}".strip()
    if isinstance(reply, TemplateReply):
        return reply.fallback_text or reply.name
    return ""

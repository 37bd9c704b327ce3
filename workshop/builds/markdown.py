"""A small Markdown subset as HTML: headings, paragraphs, lists, bold, italic, code.

Every piece of text is escaped before any markup is added, so the source can never
inject HTML. Anything outside the subset comes out as escaped text.
"""

from __future__ import annotations

import html
import re

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^\s{0,3}[-*+]\s+(.*)$")
_NUMBERED = re.compile(r"^\s{0,3}\d{1,3}[.)]\s+(.*)$")
_INLINE = (
    (re.compile(r"`([^`]+)`"), r"<code>\1</code>"),
    (re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*"), r"<strong>\1</strong>"),
    (re.compile(r"(?<![\w])__(?=\S)(.+?)(?<=\S)__(?![\w])"), r"<strong>\1</strong>"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"<em>\1</em>"),
    (re.compile(r"(?<![\w])_(?=\S)(.+?)(?<=\S)_(?![\w])"), r"<em>\1</em>"),
    # a link keeps its text; on paper the address would only be noise
    (re.compile(r"\[([^\]]+)\]\([^)\s]+\)"), r"\1"),
)


def inline(text: str) -> str:
    """One line of Markdown as escaped HTML with emphasis and code."""
    out = html.escape(text, quote=False)
    for pattern, replacement in _INLINE:
        out = pattern.sub(replacement, out)
    return out


def to_html(text: str, top: int = 3) -> str:
    """Markdown as HTML; ``#`` becomes ``<h{top}>`` and deeper headings follow."""
    parts: list[str] = []
    para: list[str] = []
    items: list[list[str]] = []
    tag = ""

    def close() -> None:
        nonlocal tag
        if para:
            parts.append(f"<p>{inline(' '.join(para))}</p>")
            para.clear()
        if items:
            lis = "".join(f"<li>{inline(' '.join(i))}</li>" for i in items)
            parts.append(f"<{tag}>{lis}</{tag}>")
            items.clear()
        tag = ""

    for raw in text.splitlines():
        line = raw.rstrip()
        heading = _HEADING.match(line)
        item = _BULLET.match(line) or _NUMBERED.match(line)
        if not line.strip():
            close()
        elif heading:
            close()
            level = min(6, top + len(heading.group(1)) - 1)
            parts.append(f"<h{level}>{inline(heading.group(2))}</h{level}>")
        elif item:
            kind = "ul" if _BULLET.match(line) else "ol"
            if para or (tag and tag != kind):
                close()
            tag = kind
            items.append([item.group(1).strip()])
        elif items and raw[:1].isspace():
            items[-1].append(line.strip())  # an indented line continues the list item
        else:
            if items:
                close()
            para.append(line.strip())
    close()
    return "".join(parts)

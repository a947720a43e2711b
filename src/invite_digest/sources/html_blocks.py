"""Flatten an HTML email body into visible text blocks, each with the link it sits in.

Used only for HTML-only invitations; the text/plain part is cheaper and preferred. Hidden
preheaders (the preview line mail clients show) are skipped so the note is not read twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser

_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "td",
        "th",
        "tr",
        "table",
        "tbody",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "br",
        "center",
        "section",
    ]
)
_MAX_HTML_CHARS = 100_000
_SKIPPED_TAGS = frozenset({"style", "script", "head", "title"})
_HIDING_STYLES = ("display:none", "visibility:hidden", "mso-hide:all", "max-height:0")


@dataclass(frozen=True, slots=True)
class Block:
    text: str
    href: str | None


def html_blocks(html: str) -> list[Block]:
    """The visible blocks of the first _MAX_HTML_CHARS of `html`."""
    collector = _BlockCollector()
    # html.parser spends 2 to 5 µs per stray "<" (a megabyte of them took 2.4 s); a notification's
    # whole HTML is 20 to 50 KB, and the invitation sits at its top.
    collector.feed(html[:_MAX_HTML_CHARS])
    collector.close()
    collector.flush()
    return collector.blocks


def html_language(html: str) -> str | None:
    """The two-letter `lang` attribute of the <html> element, if any."""
    start = html.find("<html")
    if start < 0:
        return None
    tag_end = html.find(">", start, start + 1000)
    tag = html[start : tag_end if tag_end > 0 else start + 1000]
    marker = tag.find(' lang="')
    if marker < 0:
        return None
    code = tag[marker + 7 : marker + 9].lower()
    return code if code.isalpha() else None


class _BlockCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self._text: list[str] = []
        self._href: str | None = None
        self._skip_depth = 0
        self._hidden_div_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skip_depth += 1
            return
        if tag == "div":
            self._enter_div(dict(attrs))
        if tag == "a":
            self.flush()
            self._href = dict(attrs).get("href")
        elif tag in _BLOCK_TAGS:
            self.flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self._skip_depth = max(0, self._skip_depth - 1)
            return
        if tag == "div" and self._hidden_div_depth:
            self._hidden_div_depth -= 1
        if tag == "a":
            self.flush()
            self._href = None
        elif tag in _BLOCK_TAGS:
            self.flush()

    def handle_data(self, data: str) -> None:
        if not self._skip_depth and not self._hidden_div_depth:
            self._text.append(data)

    def flush(self) -> None:
        text = " ".join("".join(self._text).split())
        self._text = []
        if text or self._href:
            self.blocks.append(Block(text, self._href))

    def _enter_div(self, attrs: dict[str, str | None]) -> None:
        if self._hidden_div_depth:
            self._hidden_div_depth += 1
            return
        style = (attrs.get("style") or "").replace(" ", "").lower()
        if "data-email-preheader" in attrs or any(hide in style for hide in _HIDING_STYLES):
            self._hidden_div_depth = 1

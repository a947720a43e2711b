"""Notification sources, one module per network. `parse(raw)` asks each in turn.

A plug-in (a new network, or a layout the built-in parsers do not know yet) is a function
`parse(raw: bytes) -> ParseResult` added with `register()`; it is asked before the built-in
ones, and a NOT_INVITATION answer passes the email on to the next parser.
"""

from __future__ import annotations

from collections.abc import Callable

from ..invitation import ParseResult, ParseStatus
from . import linkedin

__all__ = ["Parser", "linkedin", "parse", "register", "unregister"]

Parser = Callable[[bytes], ParseResult]

_PARSERS: list[Parser] = [linkedin.parse]


def register(parser: Parser) -> None:
    """Ask `parser` first from now on."""
    _PARSERS.insert(0, parser)


def unregister(parser: Parser) -> None:
    _PARSERS.remove(parser)


def parse(raw: bytes) -> ParseResult:
    """Parse one raw RFC 5322 email. Never raises: damage becomes an UNREADABLE result."""
    result = ParseResult(status=ParseStatus.NOT_INVITATION, reason="no source recognised it")
    for source_parse in _PARSERS:
        result = source_parse(raw)
        if result.status is not ParseStatus.NOT_INVITATION:
            return result
    return result

"""Notification sources, one module per network. `parse(raw)` asks each in turn."""

from __future__ import annotations

from collections.abc import Callable

from ..invitation import ParseResult, ParseStatus
from . import linkedin

__all__ = ["linkedin", "parse"]

_PARSERS: tuple[Callable[[bytes], ParseResult], ...] = (linkedin.parse,)


def parse(raw: bytes) -> ParseResult:
    """Parse one raw RFC 5322 email. Never raises: damage becomes an UNREADABLE result."""
    result = ParseResult(status=ParseStatus.NOT_INVITATION, reason="no source recognised it")
    for source_parse in _PARSERS:
        result = source_parse(raw)
        if result.status is not ParseStatus.NOT_INVITATION:
            return result
    return result

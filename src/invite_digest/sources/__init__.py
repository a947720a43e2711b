"""Notification sources, one module per network. `parse(raw)` asks each in turn."""

from __future__ import annotations

from ..invitation import ParseResult, ParseStatus
from . import linkedin

_SOURCES = (linkedin,)


def parse(raw: bytes) -> ParseResult:
    """Parse one raw RFC 5322 email. Never raises: damage becomes an UNREADABLE result."""
    for source in _SOURCES:
        result = source.parse(raw)
        if result.status is not ParseStatus.NOT_INVITATION:
            return result
    return result

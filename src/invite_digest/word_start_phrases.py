"""Families of phrases matched where a word starts, each phrase tried only where it can begin.

The checklist looks for several hundred phrases in every note, and a note has a few dozen word
starts; at nearly all of them nearly every phrase fails on its first letters. So each phrase's
possible first three characters are read from the expression itself (with the parser behind
`re`), the phrases are grouped by them, and at a word start only the group for the longest
known beginning of the text there is tried. Groups are compiled on first use.

The matches are exactly those of trying each family's whole alternation at every word start,
in phrase order: a phrase that cannot begin with the characters at a word start cannot match
there. So every phrase must start with `\\b` and a word character, which the constructor
checks as far as the expression tells.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from re import _constants as _sre  # type: ignore[attr-defined]  # no stubs for re's own parser
from re import _parser  # type: ignore[attr-defined]
from typing import Any, Generic, TypeVar

Family = TypeVar("Family")

_LEAD = 3  # characters by which phrases are grouped (the lookup tries three, two, then one)
_MAX_LEADS = 4_000  # a phrase with more possible beginnings is simply tried everywhere
# Marks a beginning the expression leaves open after its first characters ("ab" then [^|]).
# Normalized note text never holds a NUL, so the mark cannot be mistaken for text.
_OPEN = "\x00"
# Stands for any character beyond ASCII, in leads and in the text looked up alike: \w and \d
# then group by their ASCII members plus this one (nor is this one ever in a note).
_BEYOND_ASCII = "\x01"
_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_CATEGORIES = {
    _sre.CATEGORY_DIGIT: frozenset("0123456789") | {_BEYOND_ASCII},
    _sre.CATEGORY_WORD: _ASCII_WORD | {_BEYOND_ASCII},
}
_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None))


class WordStartPhrases(Generic[Family]):
    def __init__(self, families: Mapping[Family, Sequence[str]]) -> None:
        self._families = tuple(families)
        phrases = [
            _Phrase(family, alternative, _checked_leads(alternative))
            for family, group in families.items()
            for text in group
            for alternative in _alternatives(text)
        ]
        with_lead: dict[str, list[int]] = {}
        anywhere: list[int] = []
        for index, phrase in enumerate(phrases):
            for lead in phrase.leads or ():
                with_lead.setdefault(lead, []).append(index)
            if phrase.leads is None:
                anywhere.append(index)
        # Under each beginning, the phrases that begin with it or with a shorter part of it
        # ("ab", then anything, belongs under "abc" too), in phrase order.
        self._groups = {
            lead: _groups(
                phrases,
                {
                    *anywhere,
                    *(i for n in range(1, len(lead) + 1) for i in with_lead.get(lead[:n], ())),
                },
            )
            for lead in with_lead
        }
        self._anywhere = _groups(phrases, set(anywhere))

    def matches(self, text: str, word_starts: Iterable[int]) -> dict[Family, list[re.Match[str]]]:
        """Each family's non-overlapping matches at `word_starts`, as `finditer` would give them."""
        found: dict[Family, list[re.Match[str]]] = {family: [] for family in self._families}
        searched_to = dict.fromkeys(self._families, 0)
        # Bound once: this loop runs for every word of every note.
        groups, anywhere = self._groups, self._anywhere
        for start in word_starts:
            lead = text[start : start + _LEAD]
            if not lead.isascii():
                lead = "".join(char if char.isascii() else _BEYOND_ASCII for char in lead)
            # The longest known beginning of the text here (_LEAD is three).
            tried = groups.get(lead) or groups.get(lead[:2]) or groups.get(lead[:1]) or anywhere
            for group in tried:
                family = group.family
                if start >= searched_to[family]:
                    match = (group.pattern or group.compile()).match(text, start)
                    if match:
                        searched_to[family] = match.end()
                        found[family].append(match)
        return found


@dataclass(frozen=True)
class _Phrase(Generic[Family]):
    family: Family
    text: str
    leads: frozenset[str] | None  # None: may begin with any word character


class _Group(Generic[Family]):
    """Phrases of one family tried together at a word start, compiled on first use: most of
    the thousands of groups never meet their beginning, and compiling them all takes seconds."""

    __slots__ = ("family", "pattern", "texts")

    def __init__(self, family: Family, texts: tuple[str, ...]) -> None:
        self.family = family
        self.texts = texts
        self.pattern: re.Pattern[str] | None = None

    def compile(self) -> re.Pattern[str]:
        self.pattern = _alternation(self.texts)
        return self.pattern


def _groups(phrases: Sequence[_Phrase[Family]], indexes: set[int]) -> tuple[_Group[Family], ...]:
    """The phrases at `indexes`, per family, in phrase order."""
    by_family: dict[Family, list[str]] = {}
    for index in sorted(indexes):
        by_family.setdefault(phrases[index].family, []).append(phrases[index].text)
    return tuple(_Group(family, tuple(texts)) for family, texts in by_family.items())


def _alternatives(phrase: str) -> list[str]:
    """ "a|b(c|d)" as ["a", "b(c|d)"]: each alternative grouped by its own beginning."""
    alternatives: list[str] = []
    depth = start = 0
    in_class = escaped = False
    for index, char in enumerate(phrase):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            alternatives.append(phrase[start:index])
            start = index + 1
    alternatives.append(phrase[start:])
    try:
        for alternative in alternatives:
            re.compile(alternative)
    except re.error:  # a class such as "[]|]" read wrong: keep the phrase whole
        return [phrase]
    return alternatives


def _checked_leads(phrase: str) -> frozenset[str] | None:
    if not _starts_at_boundary(phrase):
        raise ValueError(f"a phrase must start with \\b in every alternative: {phrase!r}")
    leads = _leads(phrase)
    if leads and not all(lead[0] in _ASCII_WORD or lead[0] == _BEYOND_ASCII for lead in leads):
        raise ValueError(f"a phrase must start with a word character: {phrase!r}")
    return leads


@functools.cache
def _alternation(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{phrase})" for phrase in phrases))


def _starts_at_boundary(phrase: str) -> bool:
    def first_is_boundary(items: Sequence[Any]) -> bool:
        if not items:
            return False
        op, value = items[0]
        if op is _sre.AT:
            return bool(value is _sre.AT_BOUNDARY)
        if op is _sre.BRANCH:
            return all(first_is_boundary(branch) for branch in value[1])
        if op is _sre.SUBPATTERN:
            return first_is_boundary(value[3])
        return False

    return first_is_boundary(_parser.parse(phrase))


def _leads(phrase: str) -> frozenset[str] | None:
    """The first _LEAD characters of every match of `phrase`, or just the first one where the
    second is not known; None when not even the first is (the phrase is tried everywhere)."""
    try:
        parsed = _parser.parse(phrase)
        found = None if parsed.state.flags & re.IGNORECASE else _sequence_leads(parsed)
    except Exception:  # the parser is `re`'s private one: if it changes, lose only speed
        return None
    if found is None or any(not lead.strip(_OPEN) for lead in found):
        return None
    return frozenset(lead.rstrip(_OPEN) for lead in found)


def _sequence_leads(items: Iterable[Any]) -> set[str] | None:
    leads = {""}
    for op, value in items:
        if all(len(lead) >= _LEAD or lead.endswith(_OPEN) for lead in leads):
            break
        pieces = _element_leads(op, value)
        if pieces is None:
            pieces = {_OPEN}
        followed = _followed_by(leads, pieces)
        if followed is None:
            return None
        leads = followed
    return leads


def _followed_by(leads: set[str], pieces: set[str]) -> set[str] | None:
    """Each of `leads` followed by each of `pieces`; None when there would be too many."""
    done = {lead for lead in leads if len(lead) >= _LEAD or lead.endswith(_OPEN)}
    growing = leads - done
    if len(growing) * len(pieces) > 4 * _MAX_LEADS:
        return None
    joined = done | {_joined(lead, piece) for lead in growing for piece in pieces}
    return joined if len(joined) <= _MAX_LEADS else None


def _joined(lead: str, piece: str) -> str:
    """`lead` followed by `piece`, cut to _LEAD known characters (an open end stays open)."""
    if len(lead) >= _LEAD or lead.endswith(_OPEN):
        return lead
    joined = lead + piece
    known = joined.rstrip(_OPEN)
    return known[:_LEAD] if len(known) >= _LEAD else joined


def _element_leads(op: Any, value: Any) -> set[str] | None:
    """The beginnings of what one element of a parsed expression matches; None if unknown."""
    if op in _ZERO_WIDTH:
        return {""}
    if op is _sre.LITERAL:
        return {_ascii_or_beyond(chr(value))}
    if op is _sre.IN:
        return _class_members(value)
    if op is _sre.SUBPATTERN:
        _, added_flags, removed_flags, items = value
        return None if added_flags or removed_flags else _sequence_leads(items)
    if op is _sre.BRANCH:
        union: set[str] = set()
        for branch in value[1]:
            leads = _sequence_leads(branch)
            if leads is None:
                return None
            union |= leads
        return union
    if op in _REPEATS:
        return _repeat_leads(*value)
    return None


def _repeat_leads(low: int, high: int, items: Any) -> set[str] | None:
    once = _sequence_leads(items)
    if once is None:
        return None
    last = min(high, _LEAD)
    leads = {""} if low == 0 else set()
    repeated = {""}
    for count in range(1, last + 1):
        followed = _followed_by(repeated, once)
        if followed is None:
            return None
        repeated = followed
        if count >= low or count == last:
            leads |= repeated
    return leads


def _class_members(members: Any) -> set[str] | None:
    chars: set[str] = set()
    for op, value in members:
        if op is _sre.LITERAL:
            chars.add(_ascii_or_beyond(chr(value)))
        elif op is _sre.RANGE:
            low, high = value
            chars.update(map(chr, range(low, min(high, 127) + 1)))
            if high > 127:
                chars.add(_BEYOND_ASCII)
        elif op is _sre.CATEGORY and value in _CATEGORIES:
            chars |= _CATEGORIES[value]
        else:  # a negated set, or a category such as \s: left open
            return None
    return chars


def _ascii_or_beyond(char: str) -> str:
    return char if char.isascii() else _BEYOND_ASCII

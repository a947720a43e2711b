"""The phrase index finds exactly what the plain alternations find, only sooner.

If grouping phrases by their first letters ever lost a match, notes would silently stop
answering questions or stop being flagged as pitches; these tests compare the index with
`re.finditer` over every note the test suite holds.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from invite_digest import phrases
from invite_digest.checklist import _WORD_START, _normalize
from invite_digest.sources import parse
from invite_digest.word_start_phrases import WordStartPhrases

TESTS = Path(__file__).parent


def word_starts(text: str) -> list[int]:
    return [found.start() for found in _WORD_START.finditer(text)]


def plain_matches(family: Sequence[str], text: str) -> list[tuple[int, int]]:
    alternation = re.compile("|".join(f"(?:{phrase})" for phrase in family))
    return [found.span() for found in alternation.finditer(text)]


def index_matches(
    families: Mapping[str, Sequence[str]], text: str
) -> dict[str, list[tuple[int, int]]]:
    found = WordStartPhrases(families).matches(text, word_starts(text))
    return {family: [match.span() for match in matches] for family, matches in found.items()}


def suite_notes() -> list[str]:
    notes = []
    for path in sorted(TESTS.rglob("*.eml")):
        invitation = parse(path.read_bytes()).invitation
        if invitation is not None and invitation.personal_note:
            notes.append(_normalize(invitation.personal_note[:2000]).norm)
    return notes


@pytest.fixture(scope="module")
def notes() -> list[str]:
    found = suite_notes()
    assert len(found) > 1000  # the samples, the fixtures and every held-out set
    return found


def test_claims_found_as_by_the_plain_alternations(notes: list[str]) -> None:
    families = {question.value: found for question, found in phrases.CLAIMS.items()}
    index = WordStartPhrases(families)
    answered = 0
    for text in notes:
        by_index = index.matches(text, word_starts(text))
        for family, found in families.items():
            expected = plain_matches(found, text)
            assert [match.span() for match in by_index[family]] == expected, (family, text)
            answered += bool(expected)
    assert answered > 500  # the comparison covered many real matches, not only misses


def test_pitches_found_as_by_the_plain_patterns(notes: list[str]) -> None:
    families = {what: (pattern,) for what, pattern in phrases.PITCHES}
    index = WordStartPhrases(families)
    pitches = 0
    for text in notes:
        by_index = index.matches(text, word_starts(text))
        for what, (pattern,) in families.items():
            expected = [found.span() for found in re.finditer(pattern, text)]
            assert [match.span() for match in by_index[what]] == expected, (what, text)
            pitches += bool(expected)
    assert pitches > 50


@pytest.mark.parametrize(
    "phrase",
    [
        r"\b(?:a|)b",  # an alternative that may be empty
        r"\bx?yz",  # an optional first letter
        r"\b\d+ ?x\b",  # a category: tried at every word start
        r"\b(?:[\w']+ ){0,2}demo\b",  # a gap of any words first
        r"\bgo(?=od)",  # a lookahead
        r"\b[a-c]x|\bsame (?:table|panel)\b",  # a class, and two alternatives
        r"\ba{2,}h\b",  # a repeat longer than the two letters grouped on
        r"\bi\b",  # a one-letter phrase
        r"\bab(?:c|x)?\b|\baah\b",  # two letters, or three: the lookup falls back to shorter
        r"\bnaïve\b|\b٣ days\b",  # letters beyond ASCII
    ],
)
def test_tricky_phrases_match_as_plain_regexes(phrase: str) -> None:
    text = "b ab yz xyz 3x 12 x the quick demo good bx aaah aah i same panel naïve ٣ days"
    assert index_matches({"family": (phrase,)}, text) == {"family": plain_matches([phrase], text)}


def test_phrases_keep_their_order_within_a_family() -> None:
    # At one position the first phrase that matches wins, as in the plain alternation.
    family = (r"\bwe met\b", r"\bwe met at the fair\b")
    text = "we met at the fair"
    assert index_matches({"family": family}, text) == {"family": [(0, 6)]}


@pytest.mark.parametrize("phrase", [r"\bour demo|free demo", r"demo\b", r"\b'em\b"])
def test_a_phrase_that_could_start_inside_a_word_is_refused(phrase: str) -> None:
    with pytest.raises(ValueError, match="must start with"):
        WordStartPhrases({"family": (phrase,)})

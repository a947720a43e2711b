"""The acceptance criterion of issue 2, on our stand-in for the unseen held-out set.

Two recipients who are not the samples' Jordan Rivera (tests/heldout/make_heldout.py writes
their checklists, emails and labels): at least 95 % of categories right on each, no
invitation from a sender that failed authentication in "likely accept", no crash on any file.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HELDOUT = Path(__file__).parent / "heldout"
BENCHMARKS = Path(__file__).parent.parent / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

from accuracy import Report, measure  # noqa: E402

PROFILES = ["nurse_lyon", "fintech_jakarta"]


@pytest.fixture(scope="module", params=PROFILES)
def report(request: pytest.FixtureRequest) -> Report:
    return measure(HELDOUT / request.param)


def test_every_labelled_invitation_is_counted(report: Report) -> None:
    emails = list(report.directory.glob("*.eml"))
    assert report.total == len(emails) >= 40


def test_at_least_95_percent_of_categories_right(report: Report) -> None:
    misses = [f"{m.file}: expected {m.expected}, got {m.got}" for m in report.misses]
    assert report.accuracy >= 0.95, misses


def test_no_failed_sender_in_likely_accept(report: Report) -> None:
    assert report.failed_in_likely_accept == []


def test_no_crash_on_any_file(report: Report) -> None:
    assert report.crashes == []


def test_each_category_is_present_and_mostly_right(report: Report) -> None:
    """A set that is all one category would make the accuracy figure meaningless."""
    for category in ("likely_accept", "needs_a_look", "generic"):
        expected = sum(n for (want, _), n in report.confusion.items() if want == category)
        right = report.confusion.get((category, category), 0)
        assert expected >= 10, category
        assert right / expected >= 0.9, (category, right, expected)


def test_failed_senders_with_good_notes_need_a_look(report: Report) -> None:
    """The set holds forged invitations whose notes would otherwise be accepted."""
    forged = [m for m in report.misses if "fail" in m.file or "lookalike" in m.file]
    assert forged == []
    assert any("fail" in path.name for path in report.directory.glob("*.eml"))

"""The acceptance criterion of issue 2, on our stand-in for the unseen held-out set.

Two recipients who are not the samples' Jordan Rivera (tests/heldout/make_heldout.py writes
their checklists, emails and labels), each with a first set and a second wave written later:
at least 95 % of categories right per profile, no invitation from a sender that failed
authentication in "likely accept", no crash on any file.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HELDOUT = Path(__file__).parent / "heldout"
sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))

from accuracy import Report, measure  # noqa: E402

PROFILES = {
    "nurse_lyon": ["nurse_lyon", "nurse_lyon_2"],
    "fintech_jakarta": ["fintech_jakarta", "fintech_jakarta_2"],
}
CATEGORIES = ("likely_accept", "needs_a_look", "generic")


@pytest.fixture(scope="module", params=list(PROFILES))
def reports(request: pytest.FixtureRequest) -> list[Report]:
    return [measure(HELDOUT / directory) for directory in PROFILES[request.param]]


def _confusion(reports: list[Report]) -> dict[tuple[str, str], int]:
    total: dict[tuple[str, str], int] = {}
    for report in reports:
        for cell, count in report.confusion.items():
            total[cell] = total.get(cell, 0) + count
    return total


def test_every_labelled_invitation_is_counted(reports: list[Report]) -> None:
    for report in reports:
        assert report.total == len(list(report.directory.glob("*.eml")))
    assert sum(report.total for report in reports) >= 60


def test_at_least_95_percent_of_categories_right(reports: list[Report]) -> None:
    right = sum(report.right for report in reports)
    total = sum(report.total for report in reports)
    misses = [f"{m.file}: expected {m.expected}, got {m.got}" for r in reports for m in r.misses]
    assert right / total >= 0.95, misses


def test_first_set_alone_reaches_95_percent(reports: list[Report]) -> None:
    assert reports[0].accuracy >= 0.95, [m.file for m in reports[0].misses]


def test_no_failed_sender_in_likely_accept(reports: list[Report]) -> None:
    assert [name for r in reports for name in r.failed_in_likely_accept] == []


def test_no_crash_on_any_file(reports: list[Report]) -> None:
    assert [line for r in reports for line in r.crashes] == []


def test_each_category_is_present_and_mostly_right(reports: list[Report]) -> None:
    """A set that is nearly all one category would make the accuracy figure meaningless."""
    confusion = _confusion(reports)
    for category in CATEGORIES:
        expected = sum(n for (want, _), n in confusion.items() if want == category)
        right = confusion.get((category, category), 0)
        assert expected >= 15, category
        assert right / expected >= 0.9, (category, right, expected)


def test_forged_invitations_with_good_notes_need_a_look(reports: list[Report]) -> None:
    forged = [
        path.name
        for report in reports
        for path in report.directory.glob("*.eml")
        if "fail" in path.name or "lookalike" in path.name
    ]
    assert len(forged) >= 4
    missed = {m.file for report in reports for m in report.misses}
    assert missed.isdisjoint(forged)

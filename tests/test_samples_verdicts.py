"""Every labelled sample email, parsed by the real parser and evaluated with the sample profile.

labels.json gives the category and the questions the note answers; `ignore` (not an
invitation) and `any` (damaged input: only "no crash") are checked elsewhere. The three genuine
2016 emails in fixtures/real carry LinkedIn's stock note: generic.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from invite_digest.checklist import Checklist, evaluate, load_checklist
from invite_digest.invitation import Authenticity, Category, Flag, Invitation
from invite_digest.sources import parse

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLES = FIXTURES / "linkedin"
LABELS: dict[str, dict[str, Any]] = json.loads(
    (SAMPLES / "labels.json").read_text(encoding="utf-8")
)
CHECKED = sorted(name for name, label in LABELS.items() if label["label"] not in ("ignore", "any"))
REAL = sorted(path.name for path in (FIXTURES / "real").glob("*.eml"))


@pytest.fixture(scope="module")
def checklist() -> Checklist:
    return load_checklist(FIXTURES / "checklist.toml")


def parsed(path: Path) -> Invitation:
    result = parse(path.read_bytes())
    assert result.invitation is not None, f"{path.name}: {result.status} {result.reason}"
    return result.invitation


@pytest.mark.parametrize("name", CHECKED)
def test_sample_gets_its_label(checklist: Checklist, name: str) -> None:
    label = LABELS[name]
    verdict = evaluate(parsed(SAMPLES / name), checklist)
    assert verdict.category == label["label"], verdict.reason
    assert {q.value for q in verdict.answers} == set(label["answers"])
    assert verdict.reason


@pytest.mark.parametrize("name", REAL)
def test_genuine_stock_invitations_are_generic(checklist: Checklist, name: str) -> None:
    verdict = evaluate(parsed(FIXTURES / "real" / name), checklist)
    assert verdict.category is Category.GENERIC
    assert verdict.evidence == ()


def test_failed_senders_are_flagged_and_never_likely_accept(checklist: Checklist) -> None:
    failed = [
        invitation
        for invitation in (parsed(SAMPLES / name) for name in CHECKED)
        if invitation.authenticity is Authenticity.FAILED
    ]
    assert len(failed) >= 2  # 105 and 107
    for invitation in failed:
        verdict = evaluate(invitation, checklist)
        assert verdict.category is Category.NEEDS_A_LOOK
        assert Flag.UNVERIFIED_SENDER in verdict.flags


def test_damaged_samples_do_not_crash_the_evaluation(checklist: Checklist) -> None:
    damaged = [name for name, label in LABELS.items() if label["label"] == "any"]
    for name in damaged:
        result = parse((SAMPLES / name).read_bytes())
        if result.invitation is not None:
            assert evaluate(result.invitation, checklist).reason


def test_reasons_read_as_written_for_the_user(checklist: Checklist) -> None:
    reasons = {
        name: evaluate(parsed(SAMPLES / name), checklist).reason
        for name in ("001-met-career-fair.eml", "104-weak-mutual.eml", "101-pitch-saas.eml")
    }
    assert reasons == {
        "001-met-career-fair.eml": "The note says you met at Midwest Career Fair.",
        "104-weak-mutual.eml": "No note; 27 connections in common.",
        "101-pitch-saas.eml": "Sales pitch: offers a demo.",
    }

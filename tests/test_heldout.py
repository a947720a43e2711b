"""The acceptance criterion of issue 2, on our stand-in for the unseen held-out set.

Sixty-seven recipients who are not the samples' Jordan Rivera (tests/heldout/make_heldout.py writes
their checklists, emails and labels), the first two with a second wave written later: at least
95 % of categories right per profile, no invitation from a sender that failed authentication in
"likely accept", no crash on any file. Then the general rules the third round added (negation,
the recipient's own facts, questions put to the recipient), on notes of the third profile.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HELDOUT = Path(__file__).parent / "heldout"
sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))

from accuracy import Report, measure  # noqa: E402

from invite_digest.checklist import Checklist, evaluate, load_checklist  # noqa: E402
from invite_digest.invitation import Category, Invitation, Question  # noqa: E402

PROFILES = {
    "nurse_lyon": ["nurse_lyon", "nurse_lyon_2"],
    "fintech_jakarta": ["fintech_jakarta", "fintech_jakarta_2"],
    "teacher_madrid": ["teacher_madrid"],
    "logistics_rotterdam": ["logistics_rotterdam"],
    "data_toronto": ["data_toronto"],
    "pharmacist_manchester": ["pharmacist_manchester"],
    "marketing_milan": ["marketing_milan"],
    "engineer_seattle": ["engineer_seattle"],
    "hr_sydney": ["hr_sydney"],
    "lawyer_chicago": ["lawyer_chicago"],
    "designer_cdmx": ["designer_cdmx"],
    "vet_denver": ["vet_denver"],
    "nurse_educator_boston": ["nurse_educator_boston"],
    "accountant_dublin": ["accountant_dublin"],
    "principal_austin": ["principal_austin"],
    "hotel_london": ["hotel_london"],
    "construction_phoenix": ["construction_phoenix"],
    "curator_dc": ["curator_dc"],
    "dentist_seattle": ["dentist_seattle"],
    "journalist_berlin": ["journalist_berlin"],
    "agronomist_saopaulo": ["agronomist_saopaulo"],
    "aerospace_toulouse": ["aerospace_toulouse"],
    "fundraiser_atlanta": ["fundraiser_atlanta"],
    "researcher_edinburgh": ["researcher_edinburgh"],
    "civil_bogota": ["civil_bogota"],
    "automotive_munich": ["automotive_munich"],
    "security_singapore": ["security_singapore"],
    "pediatrician_montreal": ["pediatrician_montreal"],
    "pm_jakarta": ["pm_jakarta"],
    "architect_milan": ["architect_milan"],
    "geologist_perth": ["geologist_perth"],
    "publichealth_nairobi": ["publichealth_nairobi"],
    "uxr_london": ["uxr_london"],
    "procurement_chicago": ["procurement_chicago"],
    "nurse_toronto": ["nurse_toronto"],
    "founder_berlin": ["founder_berlin"],
    "realestate_miami": ["realestate_miami"],
    "teacher_auckland": ["teacher_auckland"],
    "fashion_paris": ["fashion_paris"],
    "devops_bangalore": ["devops_bangalore"],
    "energy_houston": ["energy_houston"],
    "biotech_cambridge": ["biotech_cambridge"],
    "librarian_amsterdam": ["librarian_amsterdam"],
    "gamedev_montreal": ["gamedev_montreal"],
    "actuary_zurich": ["actuary_zurich"],
    "policy_brussels": ["policy_brussels"],
    "winemaker_mendoza": ["winemaker_mendoza"],
    "physio_melbourne": ["physio_melbourne"],
    "marketing_chicago": ["marketing_chicago"],
    "hospital_admin_lisbon": ["hospital_admin_lisbon"],
    "counsel_denver": ["counsel_denver"],
    "planner_copenhagen": ["planner_copenhagen"],
    "talent_dallas": ["talent_dallas"],
    "advisor_edinburgh": ["advisor_edinburgh"],
    "dataeng_lagos": ["dataeng_lagos"],
    "pm_austin": ["pm_austin"],
    "chef_lyon": ["chef_lyon"],
    "nursing_manila": ["nursing_manila"],
    "ecommerce_milan": ["ecommerce_milan"],
    "logistics_atlanta": ["logistics_atlanta"],
    "teacher_chicago": ["teacher_chicago"],
    "architect_barcelona": ["architect_barcelona"],
    "investor_jakarta": ["investor_jakarta"],
    "pharma_basel": ["pharma_basel"],
    "hotelier_cancun": ["hotelier_cancun"],
    "devrel_berlin": ["devrel_berlin"],
    "accountant_toronto": ["accountant_toronto"],
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
        assert expected >= 12, category
        assert right / expected >= 0.9, (category, right, expected)


def test_forged_invitations_with_good_notes_need_a_look(reports: list[Report]) -> None:
    forged = [
        path.name
        for report in reports
        for path in report.directory.glob("*.eml")
        if any(word in path.name for word in ("fail", "lookalike", "spoof"))
    ]
    assert len(forged) >= 2
    missed = {m.file for report in reports for m in report.misses}
    assert missed.isdisjoint(forged)


# ---------------------------------------------------------------------------------------------
# The third round's general rules, on the Madrid profile


@pytest.fixture(scope="module")
def carmen() -> Checklist:
    return load_checklist(HELDOUT / "teacher_madrid" / "checklist.toml")


def _verdict_of(note: str, checklist: Checklist) -> tuple[Category, tuple[Question, ...]]:
    verdict = evaluate(
        Invitation(source="linkedin", key="k", name="Ana Test", note=note), checklist
    )
    return verdict.category, verdict.answers


@pytest.mark.parametrize(
    "note",
    [
        "Hi Carmen, although we never met at SIMO, I'd love to connect.",
        "Hola Carmen, no nos conocimos en SIMO pero me encantaría conectar.",
        "Hallo Carmen, wir haben uns noch nie getroffen, aber ich würde mich freuen.",
        "Olá Carmen, não nos conhecemos ainda.",
        "Halo Carmen, kita belum pernah bertemu di SIMO.",
        "Bonjour Carmen, nous ne nous sommes jamais rencontrées au SIMO.",
    ],
)
def test_a_denied_meeting_is_no_meeting(note: str, carmen: Checklist) -> None:
    assert _verdict_of(note, carmen) == (Category.GENERIC, ())


def test_a_denied_meeting_does_not_hide_the_next_clause(carmen: Checklist) -> None:
    note = "Hi Carmen, we've never met, but your post about gamification hit home."
    assert _verdict_of(note, carmen) == (Category.LIKELY_ACCEPT, (Question.SHARED_INTERESTS,))


@pytest.mark.parametrize(
    "note",
    [
        "Hi Carmen, I saw you work in edtech and would love to connect.",
        "Hola Carmen, vi que trabajas en Aula Viva, me encantaría conectar.",
        "Ciao Carmen, vedo che lavori in Aula Viva.",
        "Hi Carmen, I see you studied at the Complutense. Let's connect.",
    ],
)
def test_the_recipients_own_facts_are_no_shared_ground(note: str, carmen: Checklist) -> None:
    assert _verdict_of(note, carmen) == (Category.GENERIC, ())


@pytest.mark.parametrize(
    ("note", "answer"),
    [
        ("Hi Carmen, I also work in edtech.", Question.SAME_INDUSTRY),
        ("Hola Carmen, trabajo en Aula Viva desde marzo.", Question.SAME_ORGANIZATION),
        ("Ciao Carmen, ho studiato anche io alla Complutense.", Question.FELLOW_ALUMNI),
    ],
)
def test_the_writers_own_facts_still_answer(note: str, answer: Question, carmen: Checklist) -> None:
    assert _verdict_of(note, carmen) == (Category.LIKELY_ACCEPT, (answer,))


@pytest.mark.parametrize(
    "note",
    [
        "Hola Carmen, preparo un podcast sobre docentes. ¿Te animarías a participar?",
        "Carmen, could you tell me how your team runs teacher interviews?",
        "Ciao Carmen, ti andrebbe di raccontare la tua esperienza ai miei studenti?",
    ],
)
def test_a_question_put_to_the_recipient_is_a_specific_reason(note: str, carmen: Checklist) -> None:
    assert _verdict_of(note, carmen) == (Category.LIKELY_ACCEPT, (Question.SPECIFIC_REASON,))


@pytest.mark.parametrize(
    "note",
    [
        "Hi Carmen, shall we connect?",
        "Hey Carmen, how are you doing? Would you like to connect?",
        "Olá Carmen, vamos nos conectar? Tudo bem com você?",
        "Hallo Carmen, darf ich Sie zu meinem Netzwerk hinzufügen?",
    ],
)
def test_a_question_that_only_asks_to_connect_is_generic(note: str, carmen: Checklist) -> None:
    assert _verdict_of(note, carmen) == (Category.GENERIC, ())


def test_a_pitch_ending_in_a_question_still_needs_a_look(carmen: Checklist) -> None:
    note = "Hi Carmen, we build custom apps for schools. Could I send you our portfolio?"
    category, _ = _verdict_of(note, carmen)
    assert category is Category.NEEDS_A_LOOK

"""Paired fixtures: every sample email against what labels.json says it must give."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from invite_digest import sources
from invite_digest.invitation import Authenticity, Invitation, ParseResult, ParseStatus
from invite_digest.sources import linkedin

FIXTURES = Path(__file__).parent / "fixtures"
LABELS: dict[str, dict[str, object]] = json.loads(
    (FIXTURES / "linkedin" / "labels.json").read_text(encoding="utf-8")
)
LINKEDIN_FILES = sorted((FIXTURES / "linkedin").glob("*.eml"))
REAL_FILES = sorted((FIXTURES / "real").glob("*.eml"))
INVITATION_LABELS = {"likely_accept", "needs_a_look", "generic"}
TRACKING_PARAMETERS = ("midToken", "midSig", "trk", "otpToken", "authToken", "lipi")


def parsed(name: str) -> ParseResult:
    return linkedin.parse((FIXTURES / "linkedin" / name).read_bytes())


def invitation(name: str) -> Invitation:
    result = parsed(name)
    assert result.status is ParseStatus.INVITATION, result.reason
    assert result.invitation is not None
    return result.invitation


def normalized(text: str | None) -> str | None:
    return None if text is None else " ".join(text.split())


def invitation_names() -> list[str]:
    return [name for name, label in LABELS.items() if label["label"] in INVITATION_LABELS]


def test_every_fixture_file_has_a_label() -> None:
    assert {path.name for path in LINKEDIN_FILES} == set(LABELS)


@pytest.mark.parametrize("path", LINKEDIN_FILES + REAL_FILES, ids=lambda path: path.name)
def test_no_fixture_makes_the_parser_raise(path: Path) -> None:
    result = sources.parse(path.read_bytes())
    assert isinstance(result.status, ParseStatus)
    if result.status is not ParseStatus.INVITATION:
        assert result.reason


@pytest.mark.parametrize("name", invitation_names())
def test_invitation_name_and_note_match_the_labels(name: str) -> None:
    found = invitation(name)
    label = LABELS[name]
    assert found.name == label["name"]
    expected_note = label["note"]
    if expected_note is None:
        # No note at all, or LinkedIn's stock sentence standing in for one.
        assert found.personal_note is None
    else:
        assert normalized(found.note) == normalized(str(expected_note))


@pytest.mark.parametrize("name", [n for n, label in LABELS.items() if label["label"] == "ignore"])
def test_other_mail_is_not_an_invitation(name: str) -> None:
    result = parsed(name)
    assert result.status is ParseStatus.NOT_INVITATION
    assert result.invitation is None
    assert result.reason


def test_not_invitation_reasons_say_what_the_mail_is() -> None:
    assert parsed("301-accepted.eml").reason == "LinkedIn acceptance notification"
    assert parsed("304-newsletter.eml").reason == "not from LinkedIn"


@pytest.mark.parametrize(
    "name",
    [n for n, label in LABELS.items() if label["label"] == "generic" and label["note"] is None]
    + ["103-weak-same-org-headline.eml", "106-weak-industry-headline.eml"],
)
def test_stock_notes_are_flagged_in_every_language(name: str) -> None:
    found = invitation(name)
    if found.note is not None:
        assert found.note_is_stock


def test_old_stock_sentence_with_signature_is_stock_and_kept() -> None:
    found = invitation("207-old-stock-signed.eml")
    assert found.note_is_stock
    assert found.note is not None and found.note.endswith("- Karen White")


@pytest.mark.parametrize("name", ["001-met-career-fair.eml", "205-custom-vague.eml"])
def test_custom_notes_are_not_stock(name: str) -> None:
    assert not invitation(name).note_is_stock


@pytest.mark.parametrize("path", REAL_FILES, ids=lambda path: path.name)
def test_real_2016_invitations_are_stock_and_unauthenticated(path: Path) -> None:
    result = linkedin.parse(path.read_bytes())
    assert result.status is ParseStatus.INVITATION
    assert result.invitation is not None
    assert result.invitation.note_is_stock
    assert result.invitation.authenticity is Authenticity.UNKNOWN
    assert result.invitation.name and "Paul" not in result.invitation.name


@pytest.mark.parametrize("name", invitation_names())
def test_authenticity_follows_the_top_authentication_results(name: str) -> None:
    expected = {
        "105-spoof-good-note.eml": Authenticity.FAILED,
        "107-dmarc-fail-linkedin-from.eml": Authenticity.FAILED,
        "016-no-auth-header-met.eml": Authenticity.UNKNOWN,
    }.get(name, Authenticity.VERIFIED)
    found = invitation(name)
    assert found.authenticity is expected
    assert found.authenticity_reason


def test_look_alike_domain_is_named_in_the_reason() -> None:
    found = invitation("105-spoof-good-note.eml")
    assert "linkedln-mail.com" in found.authenticity_reason
    # Links to a look-alike host are not kept: nothing to click in the digest.
    assert found.accept_url is None and found.profile_url is None


def test_reminder_has_the_same_key_as_the_original() -> None:
    original = invitation("007-mutual-referral.eml")
    reminder = invitation("015-reminder-of-007.eml")
    assert reminder.key == original.key
    assert original.key == f"linkedin:{original.invitation_id}"


def test_keys_differ_between_inviters() -> None:
    keys = {invitation(name).key for name in invitation_names()}
    # Only the reminder (015) shares its key, with the original (007).
    assert len(keys) == len(invitation_names()) - 1


@pytest.mark.parametrize("name", invitation_names())
def test_stored_links_carry_no_tracking(name: str) -> None:
    found = invitation(name)
    for url in (found.accept_url, found.profile_url):
        if url is None:
            continue
        assert not any(f"{parameter}=" in url for parameter in TRACKING_PARAMETERS), url


def test_accept_link_keeps_what_it_needs() -> None:
    found = invitation("001-met-career-fair.eml")
    assert found.accept_url == (
        "https://www.linkedin.com/comm/mynetwork/invite-accept/"
        "invitationId/7390011223344556601/sharedKey/dNQR5T-L/"
    )
    assert found.profile_url is not None and "id=AAsAAANqYm4B" in found.profile_url


@pytest.mark.parametrize("path", LINKEDIN_FILES + REAL_FILES, ids=lambda path: path.name)
def test_recipient_is_never_taken_as_inviter(path: Path) -> None:
    result = linkedin.parse(path.read_bytes())
    if result.invitation is not None:
        assert result.invitation.name not in {"Jordan Rivera", "Paul Hammant"}
        assert (
            result.invitation.profile_url is None or "jordan" not in result.invitation.profile_url
        )


def test_inviter_profile_is_not_a_people_you_may_know_link() -> None:
    found = invitation("013-met-panel.eml")
    assert found.profile_url == "https://www.linkedin.com/comm/in/grace-thompson-td"


def test_modern_layout_gives_mutual_count_and_location() -> None:
    found = invitation("104-weak-mutual.eml")
    assert found.mutual_connections == 27
    assert found.location == "Lansing, Michigan"
    assert found.headline == "Operations Manager at Northfield Foods"
    assert found.note is None


def test_classic_layout_location_comes_from_the_html() -> None:
    found = invitation("001-met-career-fair.eml")
    assert found.headline == "Campus Recruiter at Fairway Insurance"
    assert found.location == "Columbus, Ohio"


def test_html_only_email_keeps_markup_as_text() -> None:
    found = invitation("017-html-only-injection.eml")
    assert found.name == "Alex <b>Mercer</b>"
    assert found.note is not None and found.note.startswith("<script>")


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("001-met-career-fair.eml", "en"),
        ("011-met-es.eml", "es"),
        ("012-alumni-de.eml", "de"),
        ("014-specific-it.eml", "it"),
        ("209-stock-fr.eml", "fr"),
        ("211-stock-pt.eml", "pt"),
        ("204-modern-no-note.eml", "en"),
    ],
)
def test_language_of_the_note_or_the_email(name: str, language: str) -> None:
    assert invitation(name).language == language


def test_header_facts_are_kept_on_every_result() -> None:
    result = parsed("302-job-alert.eml")
    assert result.subject and result.sender and result.message_id and result.date
    found = invitation("001-met-career-fair.eml")
    assert found.message_id == (
        "<715875836.9330641.1793628311535.JavaMail.app@lva1-app3333.prod.linkedin.com>"
    )
    assert found.received_at is not None and found.received_at.year == 2026

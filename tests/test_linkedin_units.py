"""Link cleaning, authenticity and language: the pure pieces the parser is built from."""

from __future__ import annotations

from email.utils import parseaddr
from pathlib import Path

import pytest

from invite_digest.invitation import Authenticity
from invite_digest.sources import linkedin
from invite_digest.sources.language import detect_language
from invite_digest.sources.urls import clean_url, is_linkedin_host, profile_id

FIXTURES = Path(__file__).parent / "fixtures" / "linkedin"
VERIFIED = (FIXTURES / "001-met-career-fair.eml").read_bytes()
AUTH_HEADER = b"Authentication-Results: "


def authenticity_of(raw: bytes) -> Authenticity:
    result = linkedin.parse(raw)
    assert result.invitation is not None, result.reason
    return result.invitation.authenticity


def with_header_on_top(raw: bytes, header: bytes) -> bytes:
    return header + b"\n" + raw


def test_clean_url_drops_sign_in_and_tracking_tokens() -> None:
    url = (
        "https://www.linkedin.com/comm/in/ana-ruiz?midToken=AQ&midSig=1x&trk=eml-x-null-3-profile"
        "&trkEmail=eml&lipi=urn%3Ali&otpToken=NzBj&eid=1b3p5#top"
    )
    assert clean_url(url) == "https://www.linkedin.com/comm/in/ana-ruiz"


def test_clean_url_keeps_the_member_id_of_a_profile_link() -> None:
    url = "https://www.linkedin.com/comm/profile/view?id=AAsA_1&authType=name&authToken=eAsV"
    assert clean_url(url) == "https://www.linkedin.com/comm/profile/view?id=AAsA_1"
    assert profile_id(url) == "AAsA_1"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.linkedin.com/comm/in/x", True),
        ("https://linkedin.com/in/x", True),
        ("https://www.linkedin.com.account-verify.example/in/x", False),
        ("https://www.linkedln.com/in/x", False),
        ("https://evil.example/?u=https://www.linkedin.com/", False),
    ],
)
def test_only_linkedin_hosts_count_as_linkedin(url: str, expected: bool) -> None:
    assert is_linkedin_host(url) is expected


def test_the_top_most_authentication_results_decides() -> None:
    top_fail = with_header_on_top(
        VERIFIED, AUTH_HEADER + b"mx.example.net; dkim=fail header.i=@linkedin.com; dmarc=fail"
    )
    assert authenticity_of(top_fail) is Authenticity.FAILED


def test_a_forged_lower_pass_does_not_verify() -> None:
    dmarc_fail = (FIXTURES / "107-dmarc-fail-linkedin-from.eml").read_bytes()
    forged = dmarc_fail.replace(
        b"\nFrom: ",
        b"\n" + AUTH_HEADER + b"forged.example; dkim=pass header.i=@linkedin.com\nFrom: ",
        1,
    )
    assert authenticity_of(forged) is Authenticity.FAILED


def test_a_pass_for_another_domain_alone_fails() -> None:
    other = with_header_on_top(
        VERIFIED, AUTH_HEADER + b"mx.example.net; dkim=pass header.d=example.com; spf=pass"
    )
    assert authenticity_of(other) is Authenticity.FAILED


def test_dkim_pass_alone_verifies() -> None:
    dkim_only = with_header_on_top(
        VERIFIED, AUTH_HEADER + b"mx.example.net; dkim=pass header.d=linkedin.com; spf=softfail"
    )
    assert authenticity_of(dkim_only) is Authenticity.VERIFIED


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("We met at the conference and I would love to stay in touch.", "en"),
        ("Nos conocimos en la feria y me encantaría seguir en contacto.", "es"),
        ("Saya ingin menambahkan Anda ke jaringan profesional saya di LinkedIn.", "id"),
        ("Je souhaiterais vous ajouter à mon réseau professionnel sur LinkedIn.", "fr"),
        ("OK", None),
        (None, None),
    ],
)
def test_detect_language(text: str | None, code: str | None) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize(
    "note",
    [
        "Saya ingin menambahkan Anda ke jaringan profesional saya di LinkedIn.",
        "I’d like to join your LinkedIn network.",
        "Ik wil je graag toevoegen aan mijn professionele netwerk op LinkedIn.",
    ],
)
def test_stock_sentences_are_recognised_beyond_the_samples(note: str) -> None:
    raw = (FIXTURES / "201-stock-en.eml").read_bytes()
    replaced = raw.replace(b"I'd like to join your LinkedIn network.", note.encode(), 1)
    result = linkedin.parse(replaced)
    assert result.invitation is not None
    assert result.invitation.note == note
    assert result.invitation.note_is_stock


@pytest.mark.parametrize(
    ("signature", "stock"),
    [
        ("- Brian Foster", True),
        ("Thanks, Brian", True),
        ("Best regards, Brian", True),
        # a sentence that names him is no sign-off
        ("Brian here, we met at the NACE conference last week", False),
    ],
)
def test_a_signed_stock_sentence_is_still_stock(signature: str, stock: bool) -> None:
    raw = (FIXTURES / "201-stock-en.eml").read_bytes()
    note = f"I'd like to join your LinkedIn network.\n{signature}".encode()
    result = linkedin.parse(raw.replace(b"I'd like to join your LinkedIn network.", note, 1))
    assert result.invitation is not None
    assert result.invitation.note_is_stock is stock


def test_a_note_that_merely_mentions_linkedin_is_not_stock() -> None:
    note = b"We met at the LinkedIn Talent Connect panel. Could we talk about your network?"
    raw = (FIXTURES / "201-stock-en.eml").read_bytes()
    result = linkedin.parse(raw.replace(b"I'd like to join your LinkedIn network.", note, 1))
    assert result.invitation is not None
    assert not result.invitation.note_is_stock


@pytest.mark.parametrize(
    "header",
    [
        "Ana Ruiz <invitations@linkedin.com>",
        '"Ana Ruiz via LinkedIn" <invitations@linkedin.com>',
        "<invitations@linkedin.com>",
        "invitations@linkedin.com",
        "José Pérez-O'Neil <invitations@linkedin.com>",
        '"=?utf-8?b?QW5h?=" <invitations@linkedin.com>',
        '"Ana <invitations@linkedin.com>" <phisher@evil.example>',
        "Ana (LinkedIn) <invitations@linkedin.com>",
        'Ana "the boss" Ruiz <a.b+c@mail.linkedin.com>',
        "J. Smith <invitations@linkedin.com>",
        '"Back\\"slash" <invitations@linkedin.com>',
        "Ana <invitations@linkedin.com>, Bo <bo@evil.example>",
        "Ana <invitations@linkedin.com.>",
        "Ana <in..vitations@linkedin.com>",
        "",
    ],
)
def test_from_header_is_read_as_the_stdlib_reads_it(header: str) -> None:
    # The sender's address decides authenticity: the quick path for plain From headers must
    # never read one differently from email.utils.parseaddr.
    assert linkedin._name_and_address(header) == parseaddr(header)

"""Damaged, hostile and unfamiliar input: the parser answers with a reason and never raises."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from invite_digest.invitation import ParseResult, ParseStatus
from invite_digest.sources import linkedin

FIXTURES = Path(__file__).parent / "fixtures" / "linkedin"
MODERN = (FIXTURES / "205-custom-vague.eml").read_bytes()
CLASSIC = (FIXTURES / "001-met-career-fair.eml").read_bytes()
MODERN_NOTE = b"Hi Jordan, I came across your profile and would love to connect with you."


def timed_parse(raw: bytes) -> tuple[ParseResult, float]:
    start = time.perf_counter()
    result = linkedin.parse(raw)
    return result, time.perf_counter() - start


@pytest.mark.parametrize(
    "raw",
    [b"", b"\x00" * 1000, b"\xff\xfe garbage \x80\x81", b"Subject: hi\n\n", b"From:\n\n\n"],
    ids=["empty", "nul-bytes", "binary", "headers-only", "empty-from"],
)
def test_garbage_is_unreadable_or_not_an_invitation(raw: bytes) -> None:
    result = linkedin.parse(raw)
    assert result.status in {ParseStatus.UNREADABLE, ParseStatus.NOT_INVITATION}
    assert result.reason


def test_header_less_bytes_are_called_not_an_email() -> None:
    result = linkedin.parse(b"\x13\x37 just noise without any header at all")
    assert result.status is ParseStatus.UNREADABLE
    assert "not an email" in result.reason


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=4000))
def test_random_bytes_never_raise(raw: bytes) -> None:
    assert isinstance(linkedin.parse(raw), ParseResult)


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=len(CLASSIC)))
def test_an_invitation_cut_anywhere_never_raises(cut: int) -> None:
    result = linkedin.parse(CLASSIC[:cut])
    if result.status is ParseStatus.INVITATION:
        assert result.invitation is not None and result.invitation.name == "Evan Brooks"


def test_nul_bytes_inside_an_invitation_are_ignored() -> None:
    result = linkedin.parse(CLASSIC.replace(b"\nHi Jordan,\n", b"\nHi\x00 Jordan,\n", 1))
    assert result.status is ParseStatus.INVITATION


def test_truncated_invitation_without_accept_link_says_so() -> None:
    cut = CLASSIC[: CLASSIC.index(b"Accept: https://")]
    result = linkedin.parse(cut)
    assert result.status is ParseStatus.UNREADABLE
    assert result.reason == "truncated email: no accept link found"
    assert result.subject == "Jordan, please add me to your LinkedIn network"
    assert result.message_id is not None and result.date is not None


@pytest.mark.parametrize(
    "note",
    [b"word " * 200_000, b"x" * 1_000_000, b"https://" * 130_000, b"1 " * 500_000],
    ids=["words", "one-long-word", "url-prefixes", "numbers"],
)
def test_a_one_megabyte_note_is_read_in_under_a_second(note: bytes) -> None:
    result, seconds = timed_parse(MODERN.replace(MODERN_NOTE, note))
    assert seconds < 1.0
    assert result.status is ParseStatus.INVITATION
    assert result.invitation is not None and result.invitation.name == "Emily Carter"
    assert len(result.invitation.note or "") >= len(note) - 10


def test_deeply_nested_mime_is_refused_quickly() -> None:
    depth = 2000
    opening = b"".join(
        f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n'.encode() for i in range(depth)
    )
    closing = b"".join(f"--b{i}--\n".encode() for i in reversed(range(depth)))
    raw = (
        b"From: LinkedIn <invitations@linkedin.com>\nSubject: nested\nMIME-Version: 1.0\n"
        + opening
        + b"Content-Type: text/plain\n\nhello\n"
        + closing
    )
    result, seconds = timed_parse(raw)
    assert seconds < 1.0
    assert result.status is ParseStatus.UNREADABLE
    assert result.subject == "nested"


def test_unknown_charset_still_gives_the_note() -> None:
    result = linkedin.parse((FIXTURES / "402-bad-charset.eml").read_bytes())
    assert result.invitation is not None
    assert result.invitation.note is not None and "NACE member" in result.invitation.note


def _for_another_recipient(raw: bytes) -> bytes:
    # Same length replacements, so quoted-printable line lengths stay valid.
    return raw.replace(b"Jordan Rivera", b"Morgan Blakes").replace(b"Jordan", b"Morgan")


@pytest.mark.parametrize(
    "name",
    ["001-met-career-fair.eml", "013-met-panel.eml", "201-stock-en.eml", "015-reminder-of-007.eml"],
)
def test_another_recipient_is_handled_the_same_way(name: str) -> None:
    labels = json.loads((FIXTURES / "labels.json").read_text(encoding="utf-8"))
    result = linkedin.parse(_for_another_recipient((FIXTURES / name).read_bytes()))
    assert result.invitation is not None
    assert result.invitation.name == labels[name]["name"]
    expected = labels[name]["note"]
    if expected is None:
        assert result.invitation.personal_note is None
    else:
        assert result.invitation.note == expected.replace("Jordan", "Morgan")

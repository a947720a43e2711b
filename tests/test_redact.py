"""`redact_email`: nothing of the recipient or their tokens survives, and the parser (and the
checklist) read the redacted copy the same way as the original."""

from __future__ import annotations

import email
import re
from email.header import decode_header, make_header
from email.message import EmailMessage, Message
from email.policy import compat32
from email.utils import getaddresses
from pathlib import Path

import pytest

from invite_digest.checklist import evaluate, load_checklist
from invite_digest.errors import InviteDigestError
from invite_digest.invitation import ParseResult
from invite_digest.redact import redact_email
from invite_digest.sources import parse

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLES = sorted((FIXTURES / "linkedin").glob("*.eml")) + sorted((FIXTURES / "real").glob("*.eml"))
SAMPLE_IDS = [path.name for path in SAMPLES]

FOOTER = re.compile(r"intended for ([^()<\n]+?)\s*\(([^<\n]*?)\)\.?\s*(?:<|\n|$)")
SECRET_PARAMETERS = ("midToken", "otpToken", "sharedKey", "trkEmail", "invitationId")
SHARED_KEY_IN_PATH = re.compile(r"/sharedKey/([^/?\s\"]+)")


def _message(raw: bytes) -> Message:
    return email.message_from_bytes(raw, policy=compat32)


def _decoded_header(value: str) -> str:
    return str(make_header(decode_header(value)))


def _everything(raw: bytes) -> str:
    """Headers (decoded) and every part's decoded body: what a reader of the file can see."""
    message = _message(raw)
    texts: list[str] = []
    for part in message.walk():
        texts.extend(f"{name}: {_decoded_header(value)}" for name, value in part.items())
        body = None if part.is_multipart() else part.get_payload(decode=True)
        if isinstance(body, bytes):
            texts.append(body.decode("utf-8", "replace"))
    return "\n".join(texts)


def _recipient(raw: bytes) -> tuple[str, str, list[str]]:
    """(full name, address, headlines) of the person the sample was sent to."""
    name, address = getaddresses([_decoded_header(_message(raw)["To"])])[0]
    headlines = [found.group(2) for found in FOOTER.finditer(_everything(raw))]
    return name, address, headlines


def _token_values(raw: bytes) -> set[str]:
    text = _everything(raw).replace("&amp;", "&")
    values = set(SHARED_KEY_IN_PATH.findall(text))
    for parameter in SECRET_PARAMETERS:
        values.update(re.findall(rf"[?&]{parameter}=([^&\s\"'<>]+)", text))
    return values


def _signature_values(raw: bytes) -> list[str]:
    values = []
    for header in _message(raw).get_all("DKIM-Signature", []):
        for tag in header.split(";"):
            name, _, value = tag.partition("=")
            if name.strip() in {"b", "bh"}:
                values.append("".join(value.split()))
    return values


@pytest.fixture(scope="module")
def redacted() -> dict[str, bytes]:
    return {path.name: redact_email(path.read_bytes()) for path in SAMPLES}


@pytest.mark.parametrize("sample", SAMPLES, ids=SAMPLE_IDS)
def test_no_recipient_identifier_remains(sample: Path, redacted: dict[str, bytes]) -> None:
    raw = sample.read_bytes()
    name, address, headlines = _recipient(raw)
    seen = _everything(redacted[sample.name]).lower()
    assert address, "the sample should be addressed to someone"
    for identifier in filter(None, [name, *name.split(), address, *headlines]):
        assert identifier.lower() not in seen, f"{identifier!r} survived"
    # The raw file too: a soft line break must not hide a surviving name from the check above.
    assert address.encode() not in redacted[sample.name]


@pytest.mark.parametrize("sample", SAMPLES, ids=SAMPLE_IDS)
def test_no_token_or_signature_value_remains(sample: Path, redacted: dict[str, bytes]) -> None:
    raw = sample.read_bytes()
    seen = _everything(redacted[sample.name])
    seen_without_spaces = "".join(seen.split())
    tokens = _token_values(raw)
    for token in tokens:
        assert token not in seen, f"token {token!r} survived"
    for signature in _signature_values(raw):
        assert signature not in seen_without_spaces


def test_recipient_is_replaced_by_placeholders(redacted: dict[str, bytes]) -> None:
    copy = _message(redacted["001-met-career-fair.eml"])
    seen = _everything(redacted["001-met-career-fair.eml"])

    assert copy["To"] == "Recipient Name <recipient@example.invalid>"
    assert copy["Subject"] == "Recipient, please add me to your LinkedIn network"
    assert "intended for Recipient Name (Recipient Headline)" in seen
    assert "Hi Recipient," in seen


def _same_parse(original: ParseResult, copy: ParseResult, recipient_first_name: str) -> None:
    assert copy.status is original.status, copy.reason
    if original.invitation is None:
        assert copy.invitation is None
        return
    before, after = original.invitation, copy.invitation
    assert after is not None
    for field in ("name", "headline", "location", "mutual_connections", "note_is_stock"):
        assert getattr(after, field) == getattr(before, field), field
    assert after.authenticity is before.authenticity
    # A note that greets the recipient greets the placeholder instead; nothing else changes.
    expected_note = before.note and re.sub(
        rf"\b{re.escape(recipient_first_name)}\b", "Recipient", before.note
    )
    assert after.note == expected_note
    assert (after.invitation_id is None) == (before.invitation_id is None)


@pytest.mark.parametrize("sample", SAMPLES, ids=SAMPLE_IDS)
def test_parser_reads_the_copy_like_the_original(sample: Path, redacted: dict[str, bytes]) -> None:
    raw = sample.read_bytes()
    first_name = (_recipient(raw)[0].split() or ["(nobody)"])[0]
    _same_parse(parse(raw), parse(redacted[sample.name]), first_name)


def _tree(raw: bytes) -> list[tuple[str, str | None, str | None]]:
    return [
        (part.get_content_type(), part.get_boundary(), part.get("Content-Transfer-Encoding"))
        for part in _message(raw).walk()
    ]


@pytest.mark.parametrize("sample", SAMPLES, ids=SAMPLE_IDS)
def test_mime_structure_and_encodings_are_kept(sample: Path, redacted: dict[str, bytes]) -> None:
    assert _tree(redacted[sample.name]) == _tree(sample.read_bytes())


def test_cut_off_message_stays_cut_off(redacted: dict[str, bytes]) -> None:
    for name in ("401-truncated.eml", "403-no-boundary-end.eml"):
        boundary = _message((FIXTURES / "linkedin" / name).read_bytes()).get_boundary()
        assert f"--{boundary}--".encode() not in redacted[name]


def test_ids_get_consistent_same_length_dummies(redacted: dict[str, bytes]) -> None:
    original = _everything((FIXTURES / "linkedin" / "001-met-career-fair.eml").read_bytes())
    copy = _everything(redacted["001-met-career-fair.eml"])
    id_in_path = re.compile(r"/invitationId/(\d+)/")

    before, after = set(id_in_path.findall(original)), set(id_in_path.findall(copy))

    assert len(before) == len(after) == 1
    assert before != after
    assert len(after.pop()) == len(before.pop())
    # The recipient's own profile link and the inviter's keep distinct (dummy) member ids.
    profile_ids = set(re.findall(r"profile/view\?id=([\w-]+)", copy))
    assert len(profile_ids) == len(set(re.findall(r"profile/view\?id=([\w-]+)", original))) == 2


def test_reminder_and_original_keep_their_link_shapes(redacted: dict[str, bytes]) -> None:
    accept = re.compile(r"/invitationId/\d+/sharedKey/[^/]+/\?midToken=")
    for name in ("007-mutual-referral.eml", "015-reminder-of-007.eml"):
        assert accept.search(_everything(redacted[name]))


def test_transport_headers_are_reduced_to_their_shape(redacted: dict[str, bytes]) -> None:
    copy = _message(redacted["001-met-career-fair.eml"])
    received = " ".join(copy["Received"].split())
    results = copy["Authentication-Results"]

    assert received.startswith("from [redacted] by [redacted] with ESMTPS")
    assert received.endswith("; Mon, 02 Nov 2026 14:05:13 +0000")
    for kept in ("dkim=pass", "header.i=@linkedin.com", "dmarc=pass", "header.from=linkedin.com"):
        assert kept in results
    assert "s-833fdda9db7249eee439ff95" not in results
    assert "@bounce.linkedin.com" in results
    assert "s-833fdda9db7249eee439ff95" not in copy["Return-Path"]


def test_failed_authentication_stays_failed(redacted: dict[str, bytes]) -> None:
    raw = (FIXTURES / "linkedin" / "107-dmarc-fail-linkedin-from.eml").read_bytes()
    before = parse(raw).invitation
    after = parse(redacted["107-dmarc-fail-linkedin-from.eml"]).invitation
    assert before is not None and after is not None
    assert after.authenticity is before.authenticity
    assert after.authenticity_reason == before.authenticity_reason


@pytest.mark.parametrize("sample", SAMPLES, ids=SAMPLE_IDS)
def test_no_image_is_loaded(sample: Path, redacted: dict[str, bytes]) -> None:
    copy = _everything(redacted[sample.name])
    assert not re.search(r"<img\b[^>]*\ssrc\s*=", copy, re.IGNORECASE)
    assert "media.licdn.com" not in copy


def _with_inline_image() -> bytes:
    message = EmailMessage()
    message["From"] = "Evan Brooks <invitations@linkedin.com>"
    message["To"] = "Jordan Rivera <jordan.rivera@example.org>"
    message["Subject"] = "Jordan, please add me to your LinkedIn network"
    message.set_content("Hi Jordan,\n\nThis email was intended for Jordan Rivera (Dean).\n")
    message.add_alternative('<p>Hi Jordan</p><img src="cid:photo" alt="">', subtype="html")
    html_part = next(part for part in message.iter_parts() if part.get_content_subtype() == "html")
    html_part.add_related(b"\x89PNG\r\n\x1a\n" + bytes(32), "image", "png", cid="<photo>")
    return message.as_bytes()


def test_image_parts_are_dropped_and_the_rest_kept() -> None:
    copy = _message(redact_email(_with_inline_image()))
    types = [part.get_content_type() for part in copy.walk()]

    assert "image/png" not in types
    assert types == ["multipart/alternative", "text/plain", "multipart/related", "text/html"]
    assert "Jordan" not in _everything(copy.as_bytes())


def test_same_input_gives_the_same_copy() -> None:
    raw = (FIXTURES / "linkedin" / "011-met-es.eml").read_bytes()
    assert redact_email(raw) == redact_email(raw)


@pytest.mark.parametrize(
    "not_an_email",
    [b"", b"   \r\n", b"\x89PNG\r\n\x1a\n" + bytes(64), b"just some notes I took\nnothing more\n"],
    ids=["empty", "blank", "png", "plain-text"],
)
def test_input_that_is_not_an_email_is_refused(not_an_email: bytes) -> None:
    with pytest.raises(InviteDigestError, match=r"^not an email: [^\n]+$"):
        redact_email(not_an_email)


@pytest.mark.parametrize("sample", SAMPLES, ids=SAMPLE_IDS)
def test_link_sections_the_parser_relies_on_are_kept(
    sample: Path, redacted: dict[str, bytes]
) -> None:
    # `trk` names the template and the section of a link (header, hero, pymk...), the same for
    # every recipient; the parser tells the inviter's links from the recipient's by it.
    def sections(raw: bytes) -> list[str]:
        return re.findall(r"[?&;]trk=([^&\s\"'<>]+)", _everything(raw))

    assert sections(redacted[sample.name]) == sections(sample.read_bytes())


@pytest.mark.parametrize("sample", SAMPLES, ids=SAMPLE_IDS)
def test_checklist_verdict_is_unchanged(sample: Path, redacted: dict[str, bytes]) -> None:
    checklist = load_checklist(FIXTURES / "checklist.toml")
    before, after = parse(sample.read_bytes()).invitation, parse(redacted[sample.name]).invitation
    if before is None or after is None:
        assert before is after is None
        return
    original, copy = evaluate(before, checklist), evaluate(after, checklist)
    assert copy.category is original.category
    assert copy.answers == original.answers
    assert copy.weak == original.weak
    assert copy.flags == original.flags


def _cut_and_broken_copies(raw: bytes) -> list[bytes]:
    cuts = [raw[:end] for end in range(200, len(raw), len(raw) // 30)]
    # One broken header line ends the header block early: the rest is read as body text.
    broken_header = raw.replace(b"Message-ID:", b"Message\xc1ID:", 1)
    return [*cuts, broken_header, raw.replace(b"\r\n", b"\n")]


@pytest.mark.parametrize("name", ["001-met-career-fair.eml", "018-base64-alumni.eml"])
def test_damaged_copies_are_redacted_too(name: str) -> None:
    for damaged in _cut_and_broken_copies((FIXTURES / "linkedin" / name).read_bytes()):
        try:
            copy = redact_email(damaged)
        except InviteDigestError as error:
            assert str(error).startswith(("not an email", "cannot write a redacted copy"))
            continue
        seen = _everything(copy)
        assert "Rivera" not in seen
        assert "jordan.rivera@example.org" not in seen

"""Hostile shapes of notification emails: mutated samples (hypothesis), huge and deeply nested
messages, each parsed without an exception in under a second; and a message over
imap.max_message_bytes is listed as skipped without its body ever being downloaded."""

from __future__ import annotations

import base64
import quopri
import re
import time
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.policy import compat32
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dovecot_server import CuttableProxy, DovecotServer, ImapUser, append_messages
from invite_digest.checklist import Checklist, evaluate, load_checklist
from invite_digest.cli import main
from invite_digest.digest import DigestEntry, render_digest
from invite_digest.invitation import Category, Invitation, ParseResult, ParseStatus, Verdict
from invite_digest.settings import DigestSettings
from invite_digest.sources import parse
from smtp_server import SmtpServer
from test_end_to_end import html_of, write_end_to_end_config

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLES = sorted((FIXTURES / "linkedin").glob("*.eml")) + sorted((FIXTURES / "real").glob("*.eml"))
RAW_SAMPLES = [path.read_bytes() for path in SAMPLES]
CLASSIC = (FIXTURES / "linkedin" / "001-met-career-fair.eml").read_bytes()
HTML_ONLY = (FIXTURES / "linkedin" / "017-html-only-injection.eml").read_bytes()
CLASSIC_NOTE = "great meeting you at the Midwest Career Fair last week."
LIMIT_SECONDS = 1.0
MEGABYTE = 1_000_000
NOW = datetime(2026, 11, 4, 7, 0, tzinfo=UTC)
CHARSETS = ["utf-8", "iso-8859-1", "utf-16", "utf-7", "koi8-r", "x-unknown", "", "utf-8''%", "\x00"]


def timed_parse(raw: bytes) -> tuple[ParseResult, float]:
    start = time.perf_counter()
    result = parse(raw)
    return result, time.perf_counter() - start


# --- mutations ---------------------------------------------------------------------------------


def flip_bytes(raw: bytes, positions: list[int], value: int) -> bytes:
    data = bytearray(raw)
    for position in positions:
        data[position % len(data)] ^= value
    return bytes(data)


def header_lines(raw: bytes) -> tuple[list[bytes], bytes]:
    head, _, body = raw.partition(b"\n\n")
    return head.split(b"\n"), body


def duplicate_header(raw: bytes, index: int) -> bytes:
    lines, body = header_lines(raw)
    line = lines[index % len(lines)]
    return b"\n".join([*lines, line]) + b"\n\n" + body


def remove_header(raw: bytes, index: int) -> bytes:
    lines, body = header_lines(raw)
    del lines[index % len(lines)]
    return b"\n".join(lines) + b"\n\n" + body


def break_boundaries(raw: bytes, garbage: bytes) -> bytes:
    found = re.search(rb'boundary="?([^";\r\n]+)', raw)
    if not found:
        return raw + garbage
    boundary = found.group(1)
    return raw.replace(b"--" + boundary + b"--", b"").replace(b"--" + boundary, b"--" + garbage, 1)


def with_charset(raw: bytes, charset: str) -> bytes:
    return re.sub(rb"charset=\"?[\w-]+\"?", b"charset=" + charset.encode("utf-8"), raw)


def with_nul_bytes(raw: bytes, positions: list[int]) -> bytes:
    data = bytearray(raw)
    for position in sorted(positions, reverse=True):
        data[position % len(data) : position % len(data)] = b"\x00" * 8
    return bytes(data)


def with_huge_line(raw: bytes, position: int, length: int) -> bytes:
    at = position % len(raw)
    return raw[:at] + b"A" * length + raw[at:]


def nested(raw: bytes, depth: int) -> bytes:
    """`raw` as the innermost part of `depth` multipart/mixed levels."""
    opening = b"".join(
        b'Content-Type: multipart/mixed; boundary="n%d"\n\n--n%d\n' % (i, i) for i in range(depth)
    )
    closing = b"".join(b"\n--n%d--" % i for i in reversed(range(depth)))
    return (
        b"From: LinkedIn <invitations@linkedin.com>\nMIME-Version: 1.0\n" + opening + raw + closing
    )


def with_note(raw: bytes, old: str, new: str) -> bytes:
    """The note replaced in every text part, encoded as the part was."""
    message = message_from_bytes(raw, policy=compat32)
    for part in message.walk():
        if part.get_content_maintype() != "text":
            continue
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        data = payload.decode("utf-8").replace(old, new, 1).encode("utf-8")
        if (part.get("Content-Transfer-Encoding") or "").lower() == "base64":
            part.set_payload(base64.encodebytes(data).decode("ascii"))
        else:
            part.set_payload(quopri.encodestring(data).decode("ascii"))
    return message.as_bytes()


MUTATIONS = st.one_of(
    st.tuples(st.just("flip"), st.lists(st.integers(0, 60_000), min_size=1, max_size=20),
              st.integers(1, 255)),
    st.tuples(st.just("truncate"), st.integers(0, 60_000)),
    st.tuples(st.just("duplicate-header"), st.integers(0, 100)),
    st.tuples(st.just("remove-header"), st.integers(0, 100)),
    st.tuples(st.just("break-boundaries"), st.binary(max_size=20)),
    st.tuples(st.just("charset"), st.sampled_from(CHARSETS)),
    st.tuples(st.just("nul"), st.lists(st.integers(0, 60_000), min_size=1, max_size=5)),
    st.tuples(st.just("huge-line"), st.integers(0, 60_000), st.integers(10_000, 300_000)),
    st.tuples(st.just("nest"), st.integers(1, 1000)),
)  # fmt: skip


def mutated(raw: bytes, mutation: tuple[object, ...]) -> bytes:
    kind, *args = mutation
    if not raw:
        return raw
    match kind:
        case "flip":
            return flip_bytes(raw, args[0], args[1])  # type: ignore[arg-type]
        case "truncate":
            return raw[: args[0] % (len(raw) + 1)]  # type: ignore[operator]
        case "duplicate-header":
            return duplicate_header(raw, args[0])  # type: ignore[arg-type]
        case "remove-header":
            return remove_header(raw, args[0])  # type: ignore[arg-type]
        case "break-boundaries":
            return break_boundaries(raw, args[0])  # type: ignore[arg-type]
        case "charset":
            return with_charset(raw, args[0])  # type: ignore[arg-type]
        case "nul":
            return with_nul_bytes(raw, args[0])  # type: ignore[arg-type]
        case "huge-line":
            return with_huge_line(raw, args[0], args[1])  # type: ignore[arg-type]
        case _:
            return nested(raw, args[0])  # type: ignore[arg-type]


@settings(
    max_examples=1500,
    deadline=None,  # timed below, on the parse alone, so that hypothesis' own work is not counted
    derandomize=True,  # the same 1,500 emails on every run: a failure is reproducible
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    sample=st.sampled_from(RAW_SAMPLES),
    mutations=st.lists(MUTATIONS, min_size=1, max_size=4),
)
def test_a_mutated_sample_never_raises_and_is_parsed_in_under_a_second(
    sample: bytes, mutations: list[tuple[object, ...]]
) -> None:
    raw = sample
    for mutation in mutations:
        raw = mutated(raw, mutation)

    result, seconds = timed_parse(raw)

    assert seconds < LIMIT_SECONDS, f"{seconds:.2f} s for {[m[0] for m in mutations]}"
    assert isinstance(result.status, ParseStatus)
    if result.status is ParseStatus.INVITATION:
        assert result.invitation is not None and result.invitation.name
    else:
        assert result.reason


# --- explicit hostile shapes, each timed -----------------------------------------------------

_WORDS = "we met at the Midwest Career Fair " * (MEGABYTE // 34)
HOSTILE_SHAPES: dict[str, bytes] = {
    "1 MB note of words (text and HTML)": with_note(CLASSIC, CLASSIC_NOTE, _WORDS),
    "1 MB note, one line": with_note(CLASSIC, CLASSIC_NOTE, "x" * MEGABYTE),
    "1 MB note, base64": with_note(
        (FIXTURES / "linkedin" / "018-base64-alumni.eml").read_bytes(), "Jordan", "y " * 500_000
    ),
    "1 MB note, HTML only": with_note(HTML_ONLY, "Mercer", "z " * 500_000),
    "1,000 nested multiparts": nested(CLASSIC, 1000),
    "39 nested multiparts (under the guard)": nested(CLASSIC, 38),
    "5,000 flat parts": b"MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=f\n\n"
    + b"".join(b"--f\nContent-Type: text/plain\n\npart %d\n" % i for i in range(5000))
    + b"--f--\n",
    "1 MB Subject of encoded words": CLASSIC.replace(
        b"\nSubject: ", b"\nSubject: " + b"=?utf-8?b?YQ==?= " * 60_000, 1
    ),
    "1 MB From display name of encoded words": CLASSIC.replace(
        b"\nFrom: Evan Brooks", b"\nFrom: " + b"=?utf-8?q?a?= " * 75_000, 1
    ),
    "500 KB of '(' in Authentication-Results": CLASSIC.replace(
        b"\nFrom: ", b"\nAuthentication-Results: mx; " + b"(" * 500_000 + b"\nFrom: ", 1
    ),
    "20,000 header lines": CLASSIC.replace(
        b"\nFrom: ", b"\n" + b"X-Junk: a\n" * 20_000 + b"From: "
    ),
    "1 MB of '<' in HTML": HTML_ONLY.replace(b"</body>", b"<" * MEGABYTE + b"</body>"),
    "unclosed 1 MB HTML comment": HTML_ONLY.replace(b"</body>", b"<!--" + b"a" * MEGABYTE),
    "100,000 nested <div>": HTML_ONLY.replace(b"</body>", b"<div>" * 100_000),
    "1 MB link": CLASSIC.replace(
        b"Accept: https://www.linkedin.com/", b"Accept: https://www.linkedin.com/" + b"a" * MEGABYTE
    ),
    "1 MB line of digits and commas": with_note(CLASSIC, CLASSIC_NOTE, "1,000," * 170_000),
    "2 MB of NUL bytes": CLASSIC + b"\x00" * 2 * MEGABYTE,
    "1 MB without a header/body break": b"Subject: x\n" + b"X: " + b"a" * MEGABYTE,
}


@pytest.fixture(scope="module")
def profile() -> Checklist:
    return load_checklist(FIXTURES / "checklist.toml")


@pytest.mark.parametrize("raw", HOSTILE_SHAPES.values(), ids=HOSTILE_SHAPES.keys())
def test_each_hostile_shape_is_parsed_judged_and_rendered_in_under_a_second(
    raw: bytes, profile: Checklist
) -> None:
    result, parse_seconds = timed_parse(raw)
    assert parse_seconds < LIMIT_SECONDS, f"parse took {parse_seconds:.2f} s"
    if result.invitation is None:
        assert result.reason
        return
    start = time.perf_counter()
    evaluate(result.invitation, profile)
    evaluate_seconds = time.perf_counter() - start
    assert evaluate_seconds < LIMIT_SECONDS, f"evaluate took {evaluate_seconds:.2f} s"
    # A fixed verdict, so the rendered size does not depend on what the checklist matched.
    verdict = Verdict(category=Category.GENERIC, reason="fixed")
    start = time.perf_counter()
    rendered = render_digest([DigestEntry(result.invitation, verdict)], DigestSettings(), now=NOW)
    render_seconds = time.perf_counter() - start
    assert render_seconds < LIMIT_SECONDS, f"render took {render_seconds:.2f} s"
    assert rendered.counts["generic"] == 1


def test_a_megabyte_of_the_same_good_sentence_is_judged_quickly(profile: Checklist) -> None:
    note = "Great meeting you at the Midwest Career Fair. " * 22_000
    invitation = Invitation(source="linkedin", key="k", name="Evan Brooks", note=note)
    start = time.perf_counter()
    verdict = evaluate(invitation, profile)
    assert time.perf_counter() - start < LIMIT_SECONDS
    assert verdict.category is Category.LIKELY_ACCEPT


def test_the_one_megabyte_note_is_still_read_as_a_note() -> None:
    result = parse(HOSTILE_SHAPES["1 MB note of words (text and HTML)"])
    assert result.invitation is not None
    assert result.invitation.name == "Evan Brooks"
    assert len(result.invitation.note or "") > MEGABYTE // 2


# --- over imap.max_message_bytes: listed, never downloaded --------------------------------------


def three_megabyte_invitation() -> bytes:
    padding = "\n".join(["filler " * 12] * 36_000)  # about 3 MB of text in the note
    return with_note(CLASSIC, CLASSIC_NOTE, padding)


@pytest.mark.usefixtures("env_password")
def test_a_three_megabyte_notification_is_listed_as_skipped_and_never_fetched(
    tmp_path: Path,
    dovecot: DovecotServer,
    imap_user: ImapUser,
    imap_proxy: CuttableProxy,
    smtp_server: SmtpServer,
) -> None:
    big = three_megabyte_invitation()
    assert len(big) > 3 * MEGABYTE
    small = (FIXTURES / "linkedin" / "008-alumni.eml").read_bytes()
    client = dovecot.client(imap_user)
    append_messages(client, "INBOX", [big, small], arrived=datetime.now(UTC) - timedelta(hours=1))
    client.logout()
    config = write_end_to_end_config(
        tmp_path, dovecot, imap_user, smtp_server, port=imap_proxy.port
    )

    assert main(["--config", str(config), "run"]) == 0

    html = html_of(smtp_server.received[-1].message())
    assert "Could not read" in html and "too large" in html
    assert "Rachel Adams" in html  # the small one still arrives
    assert fetched_bodies(imap_proxy) == [2], "the big message's body must never be asked for"


def fetched_bodies(proxy: CuttableProxy) -> list[int]:
    """UIDs whose body the client asked for, from the commands that went through the proxy."""
    uids: list[int] = []
    for found in re.finditer(rb"FETCH ([\d,:]+) \(BODY\.PEEK\[\]", bytes(proxy.sent)):
        for item in found.group(1).split(b","):
            first, _, last = item.partition(b":")
            uids += range(int(first), int(last or first) + 1)
    return uids

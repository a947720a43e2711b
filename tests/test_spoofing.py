"""Forged invitations: a real notification with a great note, re-sent by someone else.

Each must be flagged (unverified_sender), never sorted as likely accept, and its links must not
be clickable in the digest. The untouched original is the control: it is verified, likely
accept, with two clickable links, so each check below can fail.
"""

from __future__ import annotations

import base64
import re
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest

from invite_digest.checklist import Checklist, evaluate, load_checklist
from invite_digest.digest import DigestEntry, render_digest
from invite_digest.invitation import Authenticity, Category, Flag, Invitation
from invite_digest.settings import DigestSettings
from invite_digest.sources import parse

FIXTURES = Path(__file__).parent / "fixtures"
ORIGINAL = (FIXTURES / "linkedin" / "001-met-career-fair.eml").read_bytes()
NOW = datetime(2026, 11, 4, 7, 0, tzinfo=UTC)
SERVER = "mx.example.net"  # the receiving server, as named in the fixture's own header
GOOD_RESULTS = (
    f"{SERVER}; dkim=pass header.i=@linkedin.com; spf=pass smtp.mailfrom=bounce.linkedin.com; "
    "dmarc=pass header.from=linkedin.com"
)

LOOK_ALIKE_DOMAINS = [
    "linkedln.com",  # l for i
    "linkedin.com.evil.net",
    "mail.linkedin.com.evil.net",
    "xn--linkedn-9ua.com",  # a punycode homograph
    "xn--lnkedin-3ya.com",
    "linkedіn.com",  # Cyrillic і, as raw UTF-8
    "evil-linkedin.com",
    "linkedin.co",
    "linkedin.com-mail.net",
]


@pytest.fixture(scope="module")
def checklist() -> Checklist:
    return load_checklist(FIXTURES / "checklist.toml")


def with_auth_results(raw: bytes, *headers: str) -> bytes:
    """The email with its Authentication-Results replaced by `headers`, top-most first."""
    stripped = re.sub(rb"^Authentication-Results:.*\n(?:[ \t].*\n)*", b"", raw, flags=re.M)
    block = b"".join(f"Authentication-Results: {h}\n".encode() for h in headers)
    return stripped.replace(b"\nFrom: ", b"\n" + block + b"From: ", 1)


def with_from(raw: bytes, value: str) -> bytes:
    return re.sub(rb"^From: .*$", b"From: " + value.encode(), raw, count=1, flags=re.M)


def encoded_word(text: str) -> str:
    return f"=?utf-8?b?{base64.b64encode(text.encode()).decode()}?="


def look_alike(domain: str) -> bytes:
    # The receiving server honestly reports a pass for the look-alike's own domain.
    forged = with_from(ORIGINAL, f"Evan Brooks <invitations@{domain}>")
    return with_auth_results(
        forged, f"{SERVER}; dkim=pass header.d={domain}; dmarc=pass header.from={domain}"
    )


SPOOFS: dict[str, bytes] = {
    **{f"look-alike {domain}": look_alike(domain) for domain in LOOK_ALIKE_DOMAINS},
    "dkim and dmarc fail": with_auth_results(
        ORIGINAL, f"{SERVER}; dkim=fail header.d=linkedin.com; dmarc=fail header.from=linkedin.com"
    ),
    "dmarc fail alone": with_auth_results(
        ORIGINAL, f"{SERVER}; spf=pass smtp.mailfrom=linkedin.com; dmarc=fail (p=REJECT)"
    ),
    "spf fail, no signature checked": with_auth_results(
        ORIGINAL, f"{SERVER}; spf=fail smtp.mailfrom=linkedin.com"
    ),
    "forged pass below the server's fail": with_auth_results(
        ORIGINAL, f"{SERVER}; dkim=fail header.d=linkedin.com; dmarc=fail", GOOD_RESULTS
    ),
    "forged pass below the server's none": with_auth_results(
        ORIGINAL, f"{SERVER}; dkim=none; spf=softfail; dmarc=none", GOOD_RESULTS
    ),
    "pass hidden in a comment": with_auth_results(
        ORIGINAL, f"{SERVER}; dkim=fail (dkim=pass header.d=linkedin.com) header.d=linkedin.com"
    ),
    "dmarc pass for another From": with_auth_results(
        ORIGINAL, f"{SERVER}; dkim=pass header.d=evil.example; dmarc=pass header.from=evil.example"
    ),
    "address hidden in an encoded display name": with_from(
        ORIGINAL,
        f"{encoded_word('Evan Brooks <invitations@linkedin.com>')} <attacker@evil.example>",
    ),
    "two From headers": with_from(
        ORIGINAL, "Evan Brooks <invitations@linkedin.com>\nFrom: Evan <attacker@evil.example>"
    ),
    "address in a comment": with_from(ORIGINAL, "attacker@evil.example (invitations@linkedin.com)"),
}


class Links(HTMLParser):
    def __init__(self, document: str) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.texts: list[str] = []
        self.feed(document)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.hrefs += [value or "" for name, value in attrs if name == "href"]

    def handle_data(self, data: str) -> None:
        self.texts.append(data)


def parsed(raw: bytes) -> Invitation:
    result = parse(raw)
    assert result.invitation is not None, result.reason
    return result.invitation


def digest_links(invitation: Invitation, checklist: Checklist) -> Links:
    entry = DigestEntry(invitation, evaluate(invitation, checklist))
    rendered = render_digest([entry], DigestSettings(), now=NOW)
    return Links(rendered.html)


def test_the_genuine_email_is_verified_likely_accept_and_clickable(checklist: Checklist) -> None:
    invitation = parsed(ORIGINAL)
    verdict = evaluate(invitation, checklist)
    assert invitation.authenticity is Authenticity.VERIFIED
    assert verdict.category is Category.LIKELY_ACCEPT
    assert len(digest_links(invitation, checklist).hrefs) == 2


@pytest.mark.parametrize("raw", SPOOFS.values(), ids=SPOOFS.keys())
def test_a_spoofed_invitation_is_flagged_and_its_links_are_not_clickable(
    raw: bytes, checklist: Checklist
) -> None:
    invitation = parsed(raw)
    verdict = evaluate(invitation, checklist)

    assert invitation.authenticity is Authenticity.FAILED, invitation.authenticity_reason
    assert Flag.UNVERIFIED_SENDER in verdict.flags
    assert verdict.category is not Category.LIKELY_ACCEPT
    page = digest_links(invitation, checklist)
    assert page.hrefs == []
    text = " ".join(page.texts)
    assert "Sender not verified" in text
    assert "not clickable" in text


def test_a_dkim_pass_for_another_domain_alone_is_flagged(checklist: Checklist) -> None:
    raw = with_auth_results(ORIGINAL, f"{SERVER}; dkim=pass header.d=evil.example; spf=pass")
    invitation = parsed(raw)
    assert Flag.UNVERIFIED_SENDER in evaluate(invitation, checklist).flags


def test_a_dkim_pass_for_another_domain_alone_never_verifies() -> None:
    raw = with_auth_results(ORIGINAL, f"{SERVER}; dkim=pass header.d=evil.example; spf=pass")
    assert parsed(raw).authenticity is not Authenticity.VERIFIED


def test_a_genuine_email_with_a_linkedin_subdomain_signature_stays_verified() -> None:
    raw = with_auth_results(ORIGINAL, f"{SERVER}; dkim=pass header.d=mailb.linkedin.com")
    assert parsed(raw).authenticity is Authenticity.VERIFIED


@pytest.mark.parametrize(
    "host",
    ["www.linkedin.com.evil.net", "xn--linkedn-9ua.com", "linkedln.com", "evil.net\\@linkedin.com"],
)
def test_look_alike_link_hosts_in_a_verified_email_are_not_clickable(
    host: str, checklist: Checklist
) -> None:
    raw = ORIGINAL.replace(b"https://www.linkedin.com/comm/", f"https://{host}/comm/".encode())
    invitation = parsed(raw)
    assert invitation.authenticity is Authenticity.VERIFIED  # the sender is real; links are not
    assert digest_links(invitation, checklist).hrefs == []

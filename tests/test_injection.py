"""Injection payloads built into real notification emails, through parse → evaluate → render →
build_message: nothing from an email may execute in the digest, style it, link anywhere but
linkedin.com over https, or reach a header of the digest mail."""

from __future__ import annotations

import base64
import html
import quopri
import re
from collections.abc import Callable
from datetime import UTC, datetime
from email import message_from_bytes
from email.message import EmailMessage, Message
from email.policy import compat32
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from invite_digest.checklist import Checklist, evaluate, load_checklist
from invite_digest.digest import DigestEntry, UnreadableEntry, build_message, render_digest
from invite_digest.invitation import Invitation, ParseResult, ParseStatus
from invite_digest.settings import DigestSettings
from invite_digest.sources import parse

FIXTURES = Path(__file__).parent / "fixtures"
NOW = datetime(2026, 11, 4, 7, 0, tzinfo=UTC)
MARK = "PWN"  # every payload carries it, so anything leaking from the input can be traced

PAYLOADS = [
    f'<script>alert("{MARK}")</script>',
    f'<img src=x onerror=alert("{MARK}")>',
    f'"><svg onload=alert("{MARK}")>',
    f"' onmouseover='alert(\"{MARK}\")' x='",
    f"<a href=\"javascript:alert('{MARK}')\">{MARK}</a>",
    f'<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">{MARK}</a>',
    f"<style>body{{display:none}}</style>{MARK}",
    f'<div style="position:fixed;background:url(https://evil.example/{MARK})">{MARK}</div>',
    f'</td></tr></table><iframe src="https://evil.example/{MARK}"></iframe>',
    f'<!--{MARK}--><math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    f"<scr<script>ipt>alert('{MARK}')</scr</script>ipt>",
    f"&lt;script&gt;{MARK}&lt;/script&gt;",
    f"{{{{ 7*7 }}}}{MARK}{{% raw %}}",
    f"javascript:alert('{MARK}')",
    f"https://evil.example/{MARK}",
    f"{MARK}\r\nBcc: victim@evil.example",
    f"{MARK}\nSubject: hijacked",
    f"{MARK}\u2028X-Injected: yes\u0085X-Other: yes",
    f"{MARK}\x00\x0b\x0c<b>bold</b>",
]

_ACCEPT_TAIL = "/comm/mynetwork/invite-accept/invitationId/7390011223344556601/sharedKey/x/"
_PROFILE_TAIL = "/comm/profile/view?id=AAsAAAxyz&trk=eml-email_m2m_invite_single_01-hero-3-prof"
LINK_PAYLOADS = [
    "javascript:alert('PWN')//https://www.linkedin.com",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==#https://www.linkedin.com",
    "http://www.linkedin.com",
    "https://www.linkedin.com.evil.example",
    "https://www.linkedin.com@evil.example",
    "https://evil.example\\@www.linkedin.com",
    "https://xn--linkedn-9ua.com",
    "https://evil.example/?next=https://www.linkedin.com",
    "https://www.linkedin.com:443@evil.example",
    "https://wwwlinkedin.com",
    "https://www.linkedin.com\u2028.evil.example",
]

# Every tag and attribute the default HTML template itself produces.
TEMPLATE_TAGS = {
    "html", "head", "meta", "title", "style", "body", "table", "tr", "td", "p", "span",
    "div", "a", "mark", "strong", "tbody",  # css-inline adds tbody
}  # fmt: skip
TEMPLATE_ATTRIBUTES = {
    "lang", "charset", "name", "content", "class", "role", "width", "cellpadding",
    "cellspacing", "border", "align", "id", "href", "style",
}  # fmt: skip
DIGEST_HEADERS = {
    "subject", "from", "to", "date", "message-id", "list-id", "auto-submitted",
    "mime-version", "content-type",
}  # fmt: skip


@pytest.fixture(scope="module")
def checklist() -> Checklist:
    return load_checklist(FIXTURES / "checklist.toml")


# --- building hostile emails from real ones ---------------------------------------------------


def _decoded_parts(message: Message) -> list[tuple[Message, str]]:
    parts = []
    for part in message.walk():
        if part.get_content_maintype() == "text":
            payload = part.get_payload(decode=True)
            assert isinstance(payload, bytes)
            parts.append((part, payload.decode(part.get_content_charset() or "utf-8")))
    return parts


def _encode_like_original(part: Message, text: str) -> None:
    """Put `text` back, encoded with the part's own Content-Transfer-Encoding, as UTF-8."""
    data = text.encode("utf-8")
    encoding = (part.get("Content-Transfer-Encoding") or "").lower()
    if encoding == "base64":
        part.set_payload(base64.encodebytes(data).decode("ascii"))
    elif encoding == "quoted-printable":
        part.set_payload(quopri.encodestring(data).decode("ascii"))
    else:
        del part["Content-Transfer-Encoding"]
        part["Content-Transfer-Encoding"] = "base64"
        part.set_payload(base64.encodebytes(data).decode("ascii"))
    part.set_param("charset", "utf-8")


def _encoded_word(text: str) -> str:
    return f"=?utf-8?b?{base64.b64encode(text.encode('utf-8')).decode('ascii')}?="


def rewrite(
    raw: bytes,
    replace_text: Callable[[str, bool], str],
    *,
    sender_name: str | None = None,
) -> bytes:
    """The email with every text part rewritten (second argument: is it HTML?), re-encoded."""
    message = message_from_bytes(raw, policy=compat32)
    for part, text in _decoded_parts(message):
        _encode_like_original(part, replace_text(text, part.get_content_subtype() == "html"))
    if sender_name is not None:
        _, address = message["From"].rsplit("<", 1)
        message.replace_header("From", f"{_encoded_word(sender_name)} <{address}")
        message.replace_header("Subject", _encoded_word(f"{sender_name} wants to connect"))
    return message.as_bytes()


def with_field(raw: bytes, original: Invitation, field_name: str, payload: str) -> bytes:
    """The email with one inviter field (name, headline, location, note) set to `payload`."""
    old = getattr(original, field_name)
    assert old, f"the base email has no {field_name}"

    def replace_text(text: str, is_html: bool) -> str:
        if not is_html:
            return text.replace(old, payload)
        for shown in {html.escape(old), html.escape(old, quote=False), old}:
            text = text.replace(shown, html.escape(payload))
        return text

    return rewrite(raw, replace_text, sender_name=payload if field_name == "name" else None)


_URL_IN_TEXT = re.compile(r"https?://[^\s<>\"']+")
_HREF = re.compile(r'href="([^"]*)"')


def with_links(raw: bytes, prefix: str) -> bytes:
    """The email with its accept and profile links moved to `prefix` (a hostile origin)."""

    def hostile(url: str) -> str | None:
        if "invite-accept" in url:
            return prefix + _ACCEPT_TAIL
        if "/profile/view" in url or "/in/" in url:
            return prefix + _PROFILE_TAIL
        return None

    def replace_text(text: str, is_html: bool) -> str:
        if is_html:
            return _HREF.sub(
                lambda m: f'href="{html.escape(hostile(html.unescape(m.group(1))) or m.group(1))}"',
                text,
            )
        return _URL_IN_TEXT.sub(lambda m: hostile(m.group(0)) or m.group(0), text)

    return rewrite(raw, replace_text)


def without_accept_link(raw: bytes) -> bytes:
    """The email cut before its accept link: it must land under "Could not read"."""

    def replace_text(text: str, is_html: bool) -> str:
        return re.sub(r"https?://[^\s\"'<>]*invite-accept[^\s\"'<>]*", "", text)

    return rewrite(raw, replace_text)


# --- the digest, as a browser and a mail server would see it --------------------------------


class Page(HTMLParser):
    """Tags, attributes, <style> contents, comments and visible text of the digest."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str]] = []
        self.style_blocks: list[str] = []
        self.comments: list[str] = []
        self.texts: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += [(name, value or "") for name, value in attrs]
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        (self.style_blocks if self._in_style else self.texts).append(data)

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.texts).split())


def page_of(document: str) -> Page:
    page = Page()
    page.feed(document)
    page.close()
    return page


def assert_nothing_executes(document: str) -> Page:
    page = page_of(document)
    assert set(page.tags) <= TEMPLATE_TAGS, "a tag from the email reached the digest"
    assert page.tags.count("style") == 1  # the template's own
    names = {name for name, _ in page.attributes}
    assert names <= TEMPLATE_ATTRIBUTES
    assert not [name for name in names if name.startswith("on")]
    styles = [value for name, value in page.attributes if name == "style"] + page.style_blocks
    assert not [s for s in styles if MARK in s or "url(" in s or "expression" in s]
    assert not [c for c in page.comments if MARK in c]
    for name, value in page.attributes:
        if name == "href":
            assert_network_link(value)
    assert "49" + MARK not in page.text, "a template expression from the email was evaluated"
    return page


def assert_network_link(href: str) -> None:
    parts = urlsplit(href)
    host = (parts.hostname or "").lower()
    assert parts.scheme == "https", href
    assert host == "linkedin.com" or host.endswith(".linkedin.com"), href
    assert parts.username is None and parts.password is None, href
    assert not re.search(r"\s", href), href


def assert_headers_clean(message: EmailMessage) -> None:
    head = message.as_bytes().split(b"\n\n", 1)[0].decode("ascii")
    unfolded = re.sub(r"\r?\n[ \t]", " ", head)
    names = [line.split(":", 1)[0].lower() for line in unfolded.splitlines()]
    assert set(names) == DIGEST_HEADERS, names
    assert MARK not in head and "hijacked" not in head.lower() and "evil" not in head


def digest_for(results: list[ParseResult], checklist: Checklist) -> tuple[str, EmailMessage]:
    settings = DigestSettings()
    entries = [
        DigestEntry(r.invitation, evaluate(r.invitation, checklist))
        for r in results
        if r.invitation is not None
    ]
    unreadable = [
        UnreadableEntry(r.subject, r.sender, r.date, r.reason)
        for r in results
        if r.status is ParseStatus.UNREADABLE
    ]
    rendered = render_digest(entries, settings, unreadable=unreadable, now=NOW)
    message = build_message(
        rendered, sender="digest@example.org", recipients=["jordan@example.org"], settings=settings,
        now=NOW,
    )  # fmt: skip
    return rendered.html, message


def fixture(name: str) -> tuple[bytes, Invitation]:
    raw = (FIXTURES / "linkedin" / name).read_bytes()
    original = parse(raw).invitation
    assert original is not None
    return raw, original


# --- tests --------------------------------------------------------------------------------------

# Quoted-printable classic layout, a non-English one, a base64 one, and the HTML-only one.
BASES = [
    "001-met-career-fair.eml",
    "011-met-es.eml",
    "018-base64-alumni.eml",
    "017-html-only-injection.eml",
]
FIELDS = ["name", "headline", "location", "note"]


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("field_name", FIELDS)
@pytest.mark.parametrize("payload", PAYLOADS, ids=range(len(PAYLOADS)))
def test_a_payload_in_an_inviter_field_is_shown_as_text_and_never_executes(
    base: str, field_name: str, payload: str, checklist: Checklist
) -> None:
    raw, original = fixture(base)
    hostile = with_field(raw, original, field_name, payload)
    results = [parse(hostile), parse(without_accept_link(hostile))]

    document, message = digest_for(results, checklist)

    page = assert_nothing_executes(document)
    assert_headers_clean(message)
    assert results[1].status is ParseStatus.UNREADABLE
    if field_name == "name":  # the unreadable copy's subject and sender carry it
        assert MARK in page.text


@pytest.mark.parametrize("field_name", FIELDS)
def test_the_payloads_really_reach_the_invitation(field_name: str) -> None:
    """Guards the battery above: the rewritten emails still parse, payload included."""
    raw, original = fixture("001-met-career-fair.eml")
    for payload in PAYLOADS:
        if re.search(r"[\r\n\x00\x0b\x0c\x85\u2028]", payload):
            continue  # line breaks legitimately split a card line
        invitation = parse(with_field(raw, original, field_name, payload)).invitation
        assert invitation is not None, payload
        assert MARK in (getattr(invitation, field_name) or ""), payload


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("prefix", LINK_PAYLOADS)
def test_links_to_anywhere_but_linkedin_over_https_are_never_clickable(
    base: str, prefix: str, checklist: Checklist
) -> None:
    raw, _original = fixture(base)
    result = parse(with_links(raw, prefix))

    document, message = digest_for([result], checklist)

    page = assert_nothing_executes(document)
    assert_headers_clean(message)
    hrefs = [value for name, value in page.attributes if name == "href"]
    # The parser may find a genuine linkedin.com address inside a hostile one
    # ("javascript:...//https://www.linkedin.com/..."): only that part may be a link.
    assert not [href for href in hrefs if re.search("evil|javascript|data:|@|xn--", href)]
    if result.invitation is not None:
        kept = (result.invitation.accept_url or "", result.invitation.profile_url or "")
        assert not [url for url in kept if "evil" in url or "xn--" in url]


def test_the_untouched_emails_keep_their_links_so_the_checks_above_can_fail(
    checklist: Checklist,
) -> None:
    raw, _ = fixture("001-met-career-fair.eml")
    document, _message = digest_for([parse(raw)], checklist)
    hrefs = [value for name, value in page_of(document).attributes if name == "href"]
    assert len(hrefs) == 2
    for href in hrefs:
        assert_network_link(href)

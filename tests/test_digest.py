"""The digest as the user sees it: sections, counts, escaping, links, text part, headers."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from invite_digest.checklist import evaluate, load_checklist
from invite_digest.digest import (
    DigestEntry,
    RenderedDigest,
    UnreadableEntry,
    build_message,
    highlight,
    is_network_link,
    render_digest,
    render_empty,
)
from invite_digest.errors import ConfigError
from invite_digest.invitation import (
    Authenticity,
    Category,
    Evidence,
    Flag,
    Invitation,
    ParseStatus,
    Question,
    Strength,
    Verdict,
    Where,
)
from invite_digest.settings import DigestSettings
from invite_digest.sources import parse

NOW = datetime(2026, 11, 4, 7, 0, tzinfo=UTC)
SETTINGS = DigestSettings()
PROFILE = "https://www.linkedin.com/in/someone"
ACCEPT = "https://www.linkedin.com/comm/invite-accept/invitationId/7001"
HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)></style><style>*{display:none}"


class Page(HTMLParser):
    """Tags, links and visible text of the rendered HTML."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.hrefs: list[str] = []
        self.text_parts: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.hrefs += [value or "" for name, value in attrs if name == "href"]

    def handle_data(self, data: str) -> None:
        self.text_parts.append(data)

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.text_parts).split())


def invitation(name: str, **fields: Any) -> Invitation:
    values: dict[str, Any] = {
        "source": "linkedin",
        "key": name.lower().replace(" ", "-"),
        "name": name,
        "profile_url": PROFILE,
        "accept_url": ACCEPT,
        "authenticity": Authenticity.VERIFIED,
        "received_at": NOW - timedelta(hours=3),
    }
    values.update(fields)
    return Invitation(**values)


def strong(question: Question, *words: str) -> Evidence:
    return Evidence(question=question, strength=Strength.STRONG, where=Where.NOTE, matched=words)


def verdict(category: Category, *evidence: Evidence, flags: tuple[Flag, ...] = ()) -> Verdict:
    return Verdict(category=category, evidence=evidence, flags=flags, reason=f"{category} reason")


def likely(name: str, note: str, *evidence: Evidence) -> DigestEntry:
    return DigestEntry(invitation(name, note=note), verdict(Category.LIKELY_ACCEPT, *evidence))


def generic(name: str, **fields: Any) -> DigestEntry:
    return DigestEntry(invitation(name, **fields), verdict(Category.GENERIC))


def needs_look(name: str, **fields: Any) -> DigestEntry:
    weak = Evidence(
        question=Question.SAME_ORGANIZATION,
        strength=Strength.WEAK,
        where=Where.HEADLINE,
        matched=("Lakeside University",),
    )
    return DigestEntry(invitation(name, **fields), verdict(Category.NEEDS_A_LOOK, weak))


@pytest.fixture
def mixed_day() -> list[DigestEntry]:
    met = strong(Question.MET_IN_PERSON, "Midwest Career Fair")
    return [
        generic("Gina Generic", note="I'd like to add you to my network", note_is_stock=True),
        needs_look("Nadia Look", headline="Advisor at Lakeside University"),
        likely("Evan Brooks", "Great meeting you at the Midwest Career Fair!", met),
        generic("Gus Plain"),
        likely("Lara Alum", "Fellow Ohio State alum", strong(Question.FELLOW_ALUMNI, "Ohio State")),
        generic("Gail Vague", note="I came across your profile and would love to connect."),
    ]


def test_sections_in_order_with_counts_in_subject_and_headline(
    mixed_day: list[DigestEntry],
) -> None:
    rendered = render_digest(mixed_day, SETTINGS, now=NOW)

    assert rendered.subject == "Invitations: 2 likely accept, 1 need a look, 3 generic"
    assert rendered.counts == {"likely_accept": 2, "needs_a_look": 1, "generic": 3, "unreadable": 0}
    for body in (Page(rendered.html).text, rendered.text.replace("\n", " ")):
        positions = [
            body.upper().index(title)
            for title in ("LIKELY ACCEPT (2)", "NEEDS A LOOK (1)", "GENERIC (3)")
        ]
        assert positions == sorted(positions)
        assert body.index("Evan Brooks") < body.index("Nadia Look") < body.index("Gus Plain")


def test_empty_sections_are_left_out() -> None:
    rendered = render_digest([generic("Gus Plain")], SETTINGS, now=NOW)
    page = Page(rendered.html).text
    assert "Generic (1)" in page
    assert "Likely accept" not in page
    assert "Needs a look" not in page
    assert "LIKELY ACCEPT" not in rendered.text
    assert rendered.subject == "Invitations: 0 likely accept, 0 need a look, 1 generic"


def test_more_answers_come_first_and_flagged_invitations_last() -> None:
    two = likely(
        "Two Answers",
        "met at NACE, same school",
        strong(Question.MET_IN_PERSON, "met"),
        strong(Question.FELLOW_ALUMNI, "same school"),
    )
    one = likely("One Answer", "met at NACE", strong(Question.MET_IN_PERSON, "met"))
    pitch = DigestEntry(
        invitation("Pitchy Seller", note="Buy our SaaS"),
        verdict(Category.NEEDS_A_LOOK, flags=(Flag.PITCH,)),
    )
    weak = needs_look("Weak Signal")
    rendered = render_digest([one, pitch, two, weak], SETTINGS, now=NOW)
    text = rendered.text
    assert text.index("Two Answers") < text.index("One Answer")
    assert text.index("Weak Signal") < text.index("Pitchy Seller")


def test_hostile_name_headline_and_note_arrive_as_visible_text() -> None:
    entry = likely(
        HOSTILE,
        f"We met at NACE {HOSTILE}",
        strong(Question.MET_IN_PERSON, "met at NACE", "<script>"),
    )
    hostile_generic = generic("Mal <b>Icious</b>", headline=HOSTILE, location=HOSTILE)
    rendered = render_digest([entry, hostile_generic], SETTINGS, now=NOW)

    page = Page(rendered.html)
    assert "script" not in page.tags
    assert "img" not in page.tags
    assert page.tags.count("style") == 1  # only the template's own @media block
    assert "b" not in page.tags
    assert HOSTILE in page.text  # shown, literally, as text
    assert "Mal <b>Icious</b>" in page.text
    assert "<mark>&lt;script&gt;</mark>" in rendered.html.replace(_mark_style(rendered), "")
    assert HOSTILE in rendered.text


def _mark_style(rendered: RenderedDigest) -> str:
    """The inlined style attribute on <mark>, so tests can look at the bare markup."""
    start = rendered.html.index("<mark") + len("<mark")
    return rendered.html[start : rendered.html.index(">", start)]


def test_highlight_escapes_first_and_marks_every_match_case_insensitively() -> None:
    marked = highlight("Met you at <NACE> & met Tom", ["met", "<NACE>"])
    assert str(marked) == (
        "<mark>Met</mark> you at <mark>&lt;NACE&gt;</mark> &amp; <mark>met</mark> Tom"
    )
    assert str(highlight("<i>x</i>", [])) == "&lt;i&gt;x&lt;/i&gt;"


def test_answered_questions_are_chips_and_matched_words_are_marked() -> None:
    entry = likely(
        "Evan Brooks",
        "Great meeting you at the Midwest Career Fair!",
        strong(Question.MET_IN_PERSON, "Midwest Career Fair"),
    )
    rendered = render_digest([entry], SETTINGS, now=NOW)
    assert 'class="chip"' in rendered.html
    assert "Met in person" in Page(rendered.html).text
    assert ">Midwest Career Fair</mark>" in rendered.html
    assert "Answers: Met in person" in rendered.text


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("https://www.linkedin.com/in/evan", True),
        ("https://linkedin.com/comm/invite-accept/invitationId/1", True),
        ("https://WWW.LinkedIn.com/in/evan", True),
        ("http://www.linkedin.com/in/evan", False),
        ("https://www.linkedin.com.evil.example/in/evan", False),
        ("https://evil.example/www.linkedin.com/in/evan", False),
        ("https://evil.example/?next=https://www.linkedin.com", False),
        ("https://notlinkedin.com/in/evan", False),
        ("https://www.linkedin.com@evil.example/in/evan", False),
        ("https://user:pw@www.linkedin.com/in/evan", False),
        ("javascript:alert(1)//linkedin.com", False),
        ("https://www.linkedin.com/in/evan\r\nX: y", False),
        ("", False),
    ],
)
def test_only_https_links_to_the_networks_own_domain_are_allowed(url: str, allowed: bool) -> None:
    assert is_network_link(url) is allowed


def test_links_are_clickable_only_for_network_urls_from_senders_that_did_not_fail() -> None:
    entries = [
        likely("Verified Vera", "met at NACE", strong(Question.MET_IN_PERSON, "met")),
        DigestEntry(
            invitation("Unknown Uma", authenticity=Authenticity.UNKNOWN),
            verdict(Category.GENERIC),
        ),
        DigestEntry(
            invitation("Failed Fred", authenticity=Authenticity.FAILED),
            verdict(Category.NEEDS_A_LOOK, flags=(Flag.UNVERIFIED_SENDER,)),
        ),
        DigestEntry(
            invitation("Lookalike Lou", profile_url="https://www.linkedin.com.evil.example/in/lou"),
            verdict(Category.GENERIC),
        ),
    ]
    rendered = render_digest(entries, SETTINGS, now=NOW)
    page = Page(rendered.html)
    assert page.hrefs.count(ACCEPT) == 3  # Vera, Uma, Lou; never Fred
    assert page.hrefs.count(PROFILE) == 2  # Vera, Uma
    assert all(is_network_link(href) for href in page.hrefs)
    assert "Sender not verified" in page.text
    assert "https[:]//www[.]linkedin[.]com/in/someone" in page.text  # Fred's, as plain text
    assert "https[:]//www[.]linkedin[.]com[.]evil[.]example/in/lou" in page.text
    assert "View profile (not clickable): https[:]//www[.]linkedin[.]com[.]evil" in rendered.text


def test_generic_invitations_get_a_reply_with_the_first_name() -> None:
    settings = DigestSettings(generic_reply="Hello {first_name}, why connect?")
    rendered = render_digest(
        [generic("Chad Powers"), generic("Ana María López")], settings, now=NOW
    )
    assert "Hello Chad, why connect?" in Page(rendered.html).text
    assert "Hello Ana, why connect?" in rendered.text


def test_a_bad_reply_or_subject_template_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match=r"digest\.generic_reply"):
        render_digest([generic("Chad")], DigestSettings(generic_reply="Hi {name}"), now=NOW)
    with pytest.raises(ConfigError, match=r"digest\.subject"):
        render_digest([generic("Chad")], DigestSettings(subject="{nope} new"), now=NOW)


def test_warnings_come_first_and_unreadable_mail_last() -> None:
    warning = "LinkedIn may have changed its email layout: 12 notifications could not be read"
    unreadable = [
        UnreadableEntry("You have an invitation", "invitations@linkedin.com", NOW, "no inviter"),
        UnreadableEntry(None, None, None, "truncated\r\nmessage"),
    ]
    rendered = render_digest(
        [generic("Gus Plain")], SETTINGS, unreadable=unreadable, warnings=[warning], now=NOW
    )
    assert rendered.counts["unreadable"] == 2
    assert rendered.subject.endswith(", 2 unreadable")
    for body in (Page(rendered.html).text, " ".join(rendered.text.split())):
        assert body.index(warning) < body.index("Gus Plain") < body.upper().index("COULD NOT READ")
        assert "You have an invitation" in body
        assert "invitations@linkedin.com" in body
        assert "truncated message" in body
        assert "(no subject)" in body


def test_html_is_built_for_mail_clients() -> None:
    rendered = render_digest([generic("Gus Plain")], SETTINGS, now=NOW)
    html = rendered.html
    assert "<script" not in html.lower()
    container = re.search(r'<table class="container"[^>]*>', html)
    assert container is not None
    assert 'width="600"' in container.group()
    assert "max-width: 600px" in container.group()
    assert '<meta name="viewport"' in html
    assert 'style="' in html  # CSS inlined into the elements
    style_block = html[html.index("<style>") : html.index("</style>")]
    assert "@media (prefers-color-scheme: dark)" in style_block
    outside_media = re.sub(r"@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}", "", style_block)
    assert outside_media.strip() == "<style>"  # plain rules went into style attributes
    assert "http://" not in html
    assert "@import" not in html


def test_message_is_multipart_alternative_with_the_digest_headers(
    mixed_day: list[DigestEntry],
) -> None:
    hostile = generic("Evil\r\nBcc: victim@example.org", note="x\r\nSubject: spoofed")
    rendered = render_digest([*mixed_day, hostile], SETTINGS, now=NOW)
    settings = DigestSettings(list_id="digest.jordan.example.org")
    message = build_message(
        rendered, sender="digest@example.org", recipients=["a@example.org", "b@example.org"],
        settings=settings, now=NOW,
    )  # fmt: skip
    assert message.get_content_type() == "multipart/alternative"
    parts = [part.get_content_type() for part in message.iter_parts()]
    assert parts == ["text/plain", "text/html"]
    assert all(part.get_content_charset() == "utf-8" for part in message.iter_parts())
    assert message["Subject"] == "Invitations: 2 likely accept, 1 need a look, 4 generic"
    assert message["List-Id"] == "Invitation digest <digest.jordan.example.org>"
    assert message["To"] == "a@example.org, b@example.org"
    assert message["Date"].datetime == NOW
    assert message["Message-ID"].endswith("@example.org>")
    headers = "".join(f"{name}: {value}\n" for name, value in message.items())
    assert "victim" not in headers
    assert "spoofed" not in headers


def test_a_line_break_in_a_configured_address_is_refused() -> None:
    rendered = render_digest([generic("Gus Plain")], SETTINGS, now=NOW)
    with pytest.raises(ConfigError, match="line break"):
        build_message(
            rendered, sender="a@example.org\r\nBcc: x@example.org", recipients=["b@example.org"],
            settings=SETTINGS, now=NOW,
        )  # fmt: skip


def test_empty_day_mail_says_so() -> None:
    rendered = render_empty(SETTINGS, warnings=["IMAP folder was rescanned"], now=NOW)
    assert rendered.subject == "Invitations: no new invitations"
    assert sum(rendered.counts.values()) == 0
    assert "No new invitations" in Page(rendered.html).text
    assert "No new invitations" in rendered.text
    assert "IMAP folder was rescanned" in rendered.text


def test_user_templates_replace_the_defaults(tmp_path: Path) -> None:
    (tmp_path / "digest.html.j2").write_text(
        "<p>{% for s in sections %}{{ s.title }}: {{ s.entries|map(attribute='name')|join(',') }}"
        "{% endfor %}</p>"
    )
    (tmp_path / "digest.txt.j2").write_text(
        "{{ counts.generic }} generic: {{ sections[0].entries[0].name }}"
    )
    settings = DigestSettings(templates_dir=tmp_path)
    rendered = render_digest([generic("Gus <Plain>")], settings, now=NOW)
    assert "<p>Generic: Gus &lt;Plain&gt;</p>" in rendered.html
    assert rendered.text == "1 generic: Gus <Plain>"


def test_missing_or_broken_user_templates_are_config_errors(tmp_path: Path) -> None:
    (tmp_path / "digest.html.j2").write_text("<p>{% for s in sections %}</p>")
    settings = DigestSettings(templates_dir=tmp_path)
    with pytest.raises(ConfigError, match=r"digest\.html\.j2, line 1"):
        render_digest([generic("Gus")], settings, now=NOW)
    (tmp_path / "digest.html.j2").write_text("<p>{{ no_such_value }}</p>")
    with pytest.raises(ConfigError, match="no_such_value"):
        render_digest([generic("Gus")], settings, now=NOW)
    (tmp_path / "digest.html.j2").write_text("<p>ok</p>")
    with pytest.raises(ConfigError, match=r"has no digest\.txt\.j2"):
        render_digest([generic("Gus")], settings, now=NOW)
    with pytest.raises(ConfigError, match="not a directory"):
        render_digest([generic("Gus")], DigestSettings(templates_dir=tmp_path / "nope"), now=NOW)


def test_all_fixture_samples_render_through_parser_and_checklist(fixtures_dir: Path) -> None:
    checklist = load_checklist(fixtures_dir / "checklist.toml")
    labels = json.loads((fixtures_dir / "linkedin" / "labels.json").read_text())
    entries, unreadable = [], []
    for path in sorted((fixtures_dir / "linkedin").glob("*.eml")):
        result = parse(path.read_bytes())
        if result.status is ParseStatus.INVITATION and result.invitation is not None:
            entries.append(DigestEntry(result.invitation, evaluate(result.invitation, checklist)))
        elif result.status is ParseStatus.UNREADABLE:
            unreadable.append(
                UnreadableEntry(result.subject, result.sender, result.date, result.reason)
            )
    rendered = render_digest(entries, SETTINGS, unreadable=unreadable, now=NOW)

    by_category = {c.value: sum(e.verdict.category is c for e in entries) for c in Category}
    assert rendered.counts == {**by_category, "unreadable": len(unreadable)}
    assert all(rendered.counts[c.value] > 0 for c in Category)
    page = Page(rendered.html)
    assert "script" not in page.tags
    assert page.hrefs
    assert all(is_network_link(href) for href in page.hrefs)
    for entry in entries:
        assert entry.invitation.name in page.text
        assert entry.invitation.name in rendered.text
    injected = labels["017-html-only-injection.eml"]["name"]
    assert injected in page.text  # "Alex <b>Mercer</b>", literally
    failed = [e.invitation for e in entries if e.invitation.authenticity is Authenticity.FAILED]
    for spoofed in failed:
        for url in (spoofed.accept_url, spoofed.profile_url):
            assert url is None or url not in page.hrefs

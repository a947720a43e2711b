"""The digest: group and order the verdicts, render HTML and text, build the MIME message.

Pure values in, values out: nothing here sends mail or reads a mailbox. Everything that came
from an email is untrusted text; the HTML template escapes it (autoescape), the note is
highlighted by escaping each piece before wrapping matches, and links are offered only when
they point to the network's own domain over https and the sender did not fail authentication.
"""

from __future__ import annotations

import email.utils
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import css_inline
import jinja2
from markupsafe import Markup, escape

from .errors import ConfigError
from .invitation import Authenticity, Category, Flag, Invitation, Verdict, Where
from .resources import default_templates_dir
from .settings import DigestSettings

HTML_TEMPLATE = "digest.html.j2"
TEXT_TEMPLATE = "digest.txt.j2"
UNREADABLE = "unreadable"
EMPTY_SUBJECT = "Invitations: no new invitations"

_SECTION_ORDER = (Category.LIKELY_ACCEPT, Category.NEEDS_A_LOOK, Category.GENERIC)
_NETWORK_DOMAIN = "linkedin.com"
_MAX_NOTE_SHOWN = 3_000
_LINE_BREAKS = re.compile(r"[\r\n\x0b\x0c\x85\u2028\u2029]+")

_FLAG_WARNINGS: dict[Flag, str] = {
    Flag.UNVERIFIED_SENDER: (
        "Sender not verified: this email may not come from LinkedIn. Links are not clickable."
    ),
    Flag.PITCH: "Looks like a sales pitch.",
}


@dataclass(frozen=True)
class DigestEntry:
    invitation: Invitation
    verdict: Verdict
    reminders: int = 0  # how many re-sent notifications were merged into this invitation


@dataclass(frozen=True)
class UnreadableEntry:
    subject: str | None
    sender: str | None
    date: datetime | None
    reason: str


@dataclass(frozen=True)
class RenderedDigest:
    subject: str
    html: str
    text: str
    counts: dict[str, int]  # keyed by Category value, plus "unreadable"


@dataclass(frozen=True)
class Link:
    """A link as the templates show it: clickable only when `href` is set."""

    label: str
    href: str | None  # None: not safe to click; show `shown` as plain text instead
    shown: str  # the address, defanged when it must not be clicked


@dataclass(frozen=True)
class EntryView:
    """One invitation, prepared for the templates (plain values; `note_html` is pre-escaped)."""

    name: str
    first_name: str
    headline: str | None
    location: str | None
    mutual: str | None  # "12 connections in common, including Priya Natarajan"
    received: str | None
    note: str | None  # the inviter's own words, unescaped (text template)
    note_html: Markup | None  # escaped, with the answering words wrapped in <mark>
    note_label: str  # "No note", "LinkedIn's standard note", or ""
    answers: tuple[str, ...]  # labels of the questions the note answers
    signals: tuple[str, ...]  # weak signals, e.g. "Same organization (headline)"
    warnings: tuple[str, ...]  # flags, in words
    reason: str
    reminders: int
    links: tuple[Link, ...]
    reply: str  # ready-to-copy reply for generic invitations


@dataclass(frozen=True)
class SectionView:
    category: str
    title: str
    entries: tuple[EntryView, ...]


@dataclass(frozen=True)
class UnreadableView:
    date: str
    subject: str
    sender: str
    reason: str


def render_digest(
    entries: Sequence[DigestEntry],
    settings: DigestSettings,
    *,
    unreadable: Sequence[UnreadableEntry] = (),
    warnings: Sequence[str] = (),
    now: datetime,
) -> RenderedDigest:
    """Render the digest of these invitations; empty sections are left out."""
    zone = ZoneInfo(settings.timezone)
    sections = _sections(entries, settings, zone)
    counts = {category.value: 0 for category in _SECTION_ORDER}
    for section in sections:
        counts[section.category] = len(section.entries)
    counts[UNREADABLE] = len(unreadable)
    context = {
        "subject": subject_line(settings.subject, counts),
        "sections": sections,
        "counts": counts,
        "total": sum(counts[category.value] for category in _SECTION_ORDER),
        "unreadable": [_unreadable_view(item, zone) for item in unreadable],
        "warnings": list(warnings),
        "empty": not entries and not unreadable,
        "date": _format_day(now, zone),
    }
    return _render(settings, context, counts)


def render_empty(
    settings: DigestSettings, *, warnings: Sequence[str] = (), now: datetime
) -> RenderedDigest:
    """The short "no new invitations" mail, for `digest.send_when_empty = true`."""
    zone = ZoneInfo(settings.timezone)
    counts = {category.value: 0 for category in _SECTION_ORDER}
    counts[UNREADABLE] = 0
    context = {
        "subject": EMPTY_SUBJECT,
        "sections": [],
        "counts": counts,
        "total": 0,
        "unreadable": [],
        "warnings": list(warnings),
        "empty": True,
        "date": _format_day(now, zone),
    }
    return _render(settings, context, counts)


def build_message(
    rendered: RenderedDigest,
    *,
    sender: str,
    recipients: Sequence[str],
    settings: DigestSettings,
    now: datetime,
) -> EmailMessage:
    """A multipart/alternative UTF-8 message (text, then HTML) with the digest's headers."""
    _require_single_line(sender, "the sender address (smtp.sender)")
    for recipient in recipients:
        _require_single_line(recipient, "a recipient address (digest.recipients)")
    _require_single_line(settings.list_id, "digest.list_id")
    message = EmailMessage()
    message["Subject"] = _single_line(rendered.subject)
    message["From"] = sender
    message["To"] = ", ".join(recipients)
    message["Date"] = email.utils.format_datetime(_aware(now))
    message["Message-ID"] = email.utils.make_msgid("invite-digest", domain=_domain_of(sender))
    message["List-Id"] = f"Invitation digest <{settings.list_id}>"
    message["Auto-Submitted"] = "auto-generated"  # RFC 3834: no vacation replies to this
    message.set_content(rendered.text, charset="utf-8")
    message.add_alternative(rendered.html, subtype="html", charset="utf-8")
    return message


def subject_line(template: str, counts: Mapping[str, int]) -> str:
    """The subject from the configured template; built from counts only, one line."""
    values = dict(counts, total=sum(counts.get(c.value, 0) for c in _SECTION_ORDER))
    try:
        subject = template.format_map(values)
    except (KeyError, IndexError, ValueError, AttributeError) as exc:
        raise ConfigError(
            f"digest.subject {template!r} is not a valid template ({exc!s}); use the fields "
            "{likely_accept}, {needs_a_look}, {generic}, {unreadable}, {total}"
        ) from None
    if counts.get(UNREADABLE) and "{unreadable}" not in template:
        subject += f", {counts[UNREADABLE]} unreadable"
    return _single_line(subject)


def is_network_link(url: str | None) -> bool:
    """True for an https link to linkedin.com or a subdomain, judged on the parsed host."""
    if not url or _LINE_BREAKS.search(url) or any(ch.isspace() for ch in url):
        return False
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").rstrip(".").lower()
        has_credentials = parts.username is not None or parts.password is not None
        _ = parts.port  # raises ValueError on a malformed port
    except ValueError:
        return False
    on_network = host == _NETWORK_DOMAIN or host.endswith("." + _NETWORK_DOMAIN)
    return parts.scheme.lower() == "https" and on_network and not has_credentials


def highlight(note: str, words: Iterable[str]) -> Markup:
    """The note escaped, with every occurrence of `words` wrapped in <mark> (case-insensitive)."""
    spans = _match_spans(note, words)
    pieces: list[str] = []
    position = 0
    for start, end in spans:
        pieces.append(escape(note[position:start]))
        pieces.append(Markup("<mark>%s</mark>") % note[start:end])  # % escapes the argument
        position = end
    pieces.append(escape(note[position:]))
    return Markup("").join(pieces)


def first_name(name: str) -> str:
    parts = name.split()
    return parts[0] if parts else "there"


# --- rendering -------------------------------------------------------------------------------


def _render(
    settings: DigestSettings, context: dict[str, Any], counts: dict[str, int]
) -> RenderedDigest:
    environment = _environment(settings.templates_dir)
    html = _render_template(environment, HTML_TEMPLATE, context, settings.templates_dir)
    text = _render_template(environment, TEXT_TEMPLATE, context, settings.templates_dir)
    return RenderedDigest(
        subject=context["subject"], html=_inline_css(html), text=text, counts=counts
    )


def _render_template(
    environment: jinja2.Environment,
    name: str,
    context: dict[str, Any],
    templates_dir: Path | None,
) -> str:
    where = f"{templates_dir}/{name}" if templates_dir else f"the default {name}"
    try:
        return environment.get_template(name).render(context)
    except jinja2.TemplateNotFound:
        raise ConfigError(
            f"digest.templates_dir {templates_dir} has no {name} "
            f"(copy the default from {default_templates_dir()})"
        ) from None
    except jinja2.TemplateSyntaxError as exc:
        raise ConfigError(f"{where}, line {exc.lineno}: template error: {exc.message}") from None
    except jinja2.TemplateError as exc:
        raise ConfigError(f"{where}: template error while rendering: {exc}") from None


@lru_cache(maxsize=8)
def _environment(templates_dir: Path | None) -> jinja2.Environment:
    directory = templates_dir or default_templates_dir()
    if not directory.is_dir():
        raise ConfigError(f"digest.templates_dir {directory} is not a directory")
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(directory),
        # Not "j2" alone: that would also match digest.txt.j2 and escape the plain text.
        autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2", "html")),
        undefined=jinja2.StrictUndefined,  # a typo in a user's template fails loudly
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


@lru_cache(maxsize=1)
def _inliner() -> css_inline.CSSInliner:
    return css_inline.CSSInliner(keep_at_rules=True, load_remote_stylesheets=False)


def _inline_css(html: str) -> str:
    try:
        return str(_inliner().inline(html))
    except ValueError as exc:
        raise ConfigError(f"digest template: CSS could not be inlined: {exc}") from None


# --- view building ---------------------------------------------------------------------------


def _sections(
    entries: Sequence[DigestEntry], settings: DigestSettings, zone: ZoneInfo
) -> list[SectionView]:
    reply_template = _checked_reply_template(settings.generic_reply)
    sections = []
    for category in _SECTION_ORDER:
        chosen = sorted((e for e in entries if e.verdict.category is category), key=_order)
        if chosen:
            views = tuple(_entry_view(e, reply_template, zone) for e in chosen)
            sections.append(SectionView(category.value, category.label, views))
    return sections


def _order(entry: DigestEntry) -> tuple[bool, int, int, float, str]:
    """Clean invitations before flagged ones, more answers first, then newest first."""
    verdict = entry.verdict
    received = entry.invitation.received_at
    newest_first = -_aware(received).timestamp() if received else 0.0
    return (
        bool(verdict.flags),
        -len(verdict.answers),
        -len(verdict.weak),
        newest_first,
        entry.invitation.name.casefold(),
    )


def _entry_view(entry: DigestEntry, reply_template: str, zone: ZoneInfo) -> EntryView:
    invitation, verdict = entry.invitation, entry.verdict
    note = _shortened(invitation.personal_note)
    name = _single_line(invitation.name) or "(no name)"
    return EntryView(
        name=name,
        first_name=first_name(name),
        headline=invitation.headline,
        location=invitation.location,
        mutual=_mutual_text(invitation),
        received=_format_time(invitation.received_at, zone),
        note=note,
        note_html=highlight(note, _note_matches(verdict)) if note else None,
        note_label=_note_label(invitation),
        answers=tuple(question.label for question in verdict.answers),
        signals=_signals(verdict),
        warnings=tuple(_FLAG_WARNINGS.get(flag, flag.value) for flag in verdict.flags),
        reason=verdict.reason,
        reminders=entry.reminders,
        links=_links(invitation),
        reply=reply_template.format(first_name=first_name(name)),
    )


def _shortened(note: str | None) -> str | None:
    """The note's start: LinkedIn allows 300 characters; a forged megabyte took 1 s to render."""
    if note is None or len(note) <= _MAX_NOTE_SHOWN:
        return note
    return note[: _MAX_NOTE_SHOWN - 1].rstrip() + "…"


def _checked_reply_template(template: str) -> str:
    """Check digest.generic_reply once; {first_name} is the only field it may use."""
    try:
        template.format(first_name="x")
    except (KeyError, IndexError, ValueError, AttributeError) as exc:
        raise ConfigError(
            f"digest.generic_reply is not a valid template ({exc!s}); "
            "the only field is {first_name}"
        ) from None
    return template


def _note_matches(verdict: Verdict) -> list[str]:
    return [word for e in verdict.evidence if e.where is Where.NOTE for word in e.matched]


def _note_label(invitation: Invitation) -> str:
    if invitation.note is None:
        return "No note"
    if invitation.note_is_stock:
        return "LinkedIn's standard note"
    return ""


def _signals(verdict: Verdict) -> tuple[str, ...]:
    weak = set(verdict.weak)
    signals = []
    for evidence in verdict.evidence:
        if evidence.question in weak:
            where = evidence.where.value.replace("_", " ")
            matched = ", ".join(evidence.matched)
            detail = f"{where}: {matched}" if matched else where
            signals.append(f"{evidence.question.label} ({detail})")
            weak.discard(evidence.question)
    return tuple(signals)


def _mutual_text(invitation: Invitation) -> str | None:
    count = invitation.mutual_connections
    names = [n for n in invitation.mutual_names if n.strip()]
    if not count and not names:
        return None
    count = max(count or 0, len(names))
    text = f"{count} connection{'s' if count != 1 else ''} in common"
    if names:
        text += ", including " + ", ".join(names[:3])
    return text


def _links(invitation: Invitation) -> tuple[Link, ...]:
    clickable_sender = invitation.authenticity is not Authenticity.FAILED
    links = []
    for label, url in (("Accept", invitation.accept_url), ("View profile", invitation.profile_url)):
        if not url:
            continue
        if clickable_sender and is_network_link(url):
            links.append(Link(label, url, url))
        else:
            links.append(Link(label, None, _defang(url)))
    return tuple(links)


def _defang(url: str) -> str:
    """An address shown as text that mail clients will not turn back into a link."""
    one_line = _single_line(url)
    return one_line.replace("://", "[:]//").replace(".", "[.]")


def _unreadable_view(item: UnreadableEntry, zone: ZoneInfo) -> UnreadableView:
    return UnreadableView(
        date=_format_time(item.date, zone) or "unknown date",
        subject=_single_line(item.subject or "") or "(no subject)",
        sender=_single_line(item.sender or "") or "(unknown sender)",
        reason=_single_line(item.reason),
    )


# --- small helpers ---------------------------------------------------------------------------


def _match_spans(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    unique = sorted({w for w in words if w.strip()}, key=len, reverse=True)
    if not unique:
        return []
    pattern = re.compile("|".join(re.escape(w) for w in unique), re.IGNORECASE)
    return [match.span() for match in pattern.finditer(text)]


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _format_time(moment: datetime | None, zone: ZoneInfo) -> str | None:
    if moment is None:
        return None
    local = _aware(moment).astimezone(zone)
    return f"{local.day} {local:%b %Y, %H:%M}"


def _format_day(moment: datetime, zone: ZoneInfo) -> str:
    local = _aware(moment).astimezone(zone)
    return f"{local:%A} {local.day} {local:%B %Y}"


def _single_line(text: str) -> str:
    return _LINE_BREAKS.sub(" ", text).strip()


def _require_single_line(value: str, what: str) -> None:
    if _LINE_BREAKS.search(value) or "\r" in value or "\n" in value:
        raise ConfigError(f"{what} contains a line break")


def _domain_of(address: str) -> str:
    _, parsed = email.utils.parseaddr(address)
    domain = parsed.rpartition("@")[2]
    return domain if domain and _LINE_BREAKS.search(domain) is None else "localhost"

"""LinkedIn invitation notifications: raw RFC 5322 bytes in, one `ParseResult` out.

Both layouts in use are read by structure, not by wording, so that translations and the next
redesign keep working:
- the accept link (`invite-accept` with an `invitationId`) marks an invitation and its key;
- the inviter's profile link is the one whose `trk` token sits in the hero (`hero`, `null`)
  section, never the recipient's header link or the "people you may know" (`pymk`) ones;
- the text before those links holds the note and the inviter's card (name, headline,
  location, "N connections in common"); the card starts with the inviter's name, which
  LinkedIn also puts in the From header.
The text/plain part is read when there is one (cheap); the HTML part only when it is the sole
body, and for the location the classic text part leaves out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import getaddresses, parseaddr, parsedate_to_datetime
from html import escape, unescape

import mailparser

from ..invitation import Authenticity, Invitation, ParseResult, ParseStatus
from .html_blocks import Block, html_blocks, html_language
from .language import detect_language
from .urls import (
    LinkKind,
    clean_url,
    invitation_id,
    is_linkedin_host,
    link_kind,
    profile_id,
    tracking_token,
)

SOURCE = "linkedin"

_URL = re.compile(r"https?://[^\s<>\"']{1,4000}")
_MAX_MULTIPARTS = 40  # a notification has two or three
_MAX_DELIMITER_LINES = 500  # lines starting with "--": boundaries, and the odd signature
# Found by the regex engine, which skips from newline to newline, in half the time of count().
_DELIMITER_LINE = re.compile(rb"\n--")
_MAX_HEADER_BYTES = 8_000
# Card lines (name, headline, location) are short on LinkedIn; longer is not LinkedIn's.
_MAX_FIELD_CHARS = 300
_HTML_AFTER_ACCEPT = 4_000  # the rest of the accept button and the card's own links
_BLANK_LINE = re.compile(r"\n[ \t\f\v]*(?=\n)")
_MUTUAL_COUNT = re.compile(r"^(\d{1,3}(?:[,.]\d{3})+|\d{1,6})\+?\s+\S")
_MAX_CARD_WORDS = 6
_VIA_SUFFIX = re.compile(r"\s+via\s+LinkedIn\s*$", re.IGNORECASE)
_INTENDED_FOR = re.compile(r"intended for ([^()\n]{1,100}?)\s*[(.\n]")
_AR_COMMENT = re.compile(r"\([^()]{0,500}\)")
_AR_RESULT = re.compile(r"^\s*([a-z0-9_-]{1,20})\s*=\s*([a-z]{1,20})", re.IGNORECASE)
_AR_PROPERTY = re.compile(r"(header\.[a-z]{1,10})\s*=\s*(\S{1,300})", re.IGNORECASE)
_NON_WORD = re.compile(r"[^\w]+")
_SIGNATURE_LINE = re.compile(r"^\s*[-–—]\s*\S")
_MAX_SIGNATURE_WORDS = 4  # "Best regards, Urs Gasser"
_HTML_PARAGRAPH = re.compile(r"<p\b[^>]{0,1000}>([^<]{1,300})</p>")

# Trailing `trk` sections of links that belong to someone other than the inviter.
_OTHER_PEOPLE_SECTIONS = frozenset({"header", "footer", "pymk"})
_INVITER_SECTIONS = frozenset({"hero", "null"})

# LinkedIn's default invitation text, per language, normalized by `_normalized`.
_STOCK_NOTES = frozenset(
    {
        "i d like to join your linkedin network",
        "i d like to add you to my professional network on linkedin",
        "i want to connect with you on linkedin",
        "me gustaría añadirte a mi red profesional en linkedin",
        "me gustaría agregarte a mi red profesional en linkedin",
        "me gustaría añadirte a mi red profesional de linkedin",
        "me gustaría agregarte a mi red profesional de linkedin",
        "vorrei aggiungerti alla mia rete professionale su linkedin",
        "ich möchte sie gerne zu meinem beruflichen netzwerk auf linkedin hinzufügen",
        "ich möchte sie zu meinem beruflichen netzwerk auf linkedin hinzufügen",
        "je souhaiterais vous ajouter à mon réseau professionnel sur linkedin",
        "je souhaite vous ajouter à mon réseau professionnel sur linkedin",
        "gostaria de adicionar você à minha rede profissional no linkedin",
        "gostaria de adicioná lo à minha rede profissional no linkedin",
        "saya ingin menambahkan anda ke jaringan profesional saya di linkedin",
    }
)
# A translation not listed above still reads "...network...LinkedIn" in one short sentence.
_NETWORK_WORDS = frozenset(
    ["network", "red", "rete", "netzwerk", "réseau", "rede", "jaringan", "netwerk", "nätverk"]
)
_MAX_STOCK_WORDS = 14
_MAX_STOCK_CHARACTERS = 200

_INVITATION_LINK = re.compile(r"linkedin\.com/[\w/.-]*invit", re.IGNORECASE)

_REASON_BY_TEMPLATE = (
    ("accept", "LinkedIn acceptance notification"),
    ("job", "LinkedIn job alert"),
    ("inmail", "LinkedIn InMail"),
    ("messag", "LinkedIn message"),
)


@dataclass(frozen=True, slots=True)
class _Headers:
    subject: str | None = None
    sender: str | None = None
    sender_name: str | None = None
    sender_domain: str = ""
    date: datetime | None = None
    message_id: str | None = None
    recipient_names: tuple[str, ...] = ()
    authentication_results: tuple[str, ...] = ()
    template: str = ""
    content_language: str | None = None
    from_count: int = 1


@dataclass(frozen=True, slots=True)
class _Body:
    texts: tuple[str, ...]
    htmls: tuple[str, ...]


@dataclass(slots=True)
class _Card:
    """What the hero region of one body gave."""

    accept_url: str
    profile_url: str | None = None
    name: str | None = None
    headline: str | None = None
    location: str | None = None
    mutual_connections: int | None = None
    note: str | None = None


def parse(raw: bytes) -> ParseResult:
    """Read one raw email. Never raises: damage becomes an UNREADABLE result with a reason."""
    try:
        return _parse(raw)
    except Exception as error:  # the run must go on whatever the input
        return _unreadable(
            _headers_only(raw), f"could not read this email ({type(error).__name__})"
        )


def _parse(raw: bytes) -> ParseResult:
    raw = raw.replace(b"\x00", b"")
    if not raw or raw.isspace():
        return ParseResult(status=ParseStatus.UNREADABLE, reason="empty message")
    raw = _with_short_headers(raw)
    delimiter_lines = len(_DELIMITER_LINE.findall(raw))
    # Every nested multipart opens with a delimiter line, so few lines mean few parts and the
    # costlier case-insensitive count can be skipped.
    if delimiter_lines > _MAX_MULTIPARTS and raw.lower().count(b"multipart/") > _MAX_MULTIPARTS:
        # The stdlib parser behind mail-parser takes seconds on thousands of nested parts.
        return _unreadable(_headers_only(raw), "too many nested MIME parts")
    if delimiter_lines > _MAX_DELIMITER_LINES:
        # Flat, this time: 5,000 sibling parts took 0.3 to 1 s in the stdlib parser.
        return _unreadable(_headers_only(raw), "too many MIME parts")
    try:
        mail = mailparser.parse_from_bytes(raw)
    except Exception as error:
        headers = _headers_only(raw)
        return _unreadable(headers, f"broken MIME structure ({type(error).__name__})")
    body = _Body(tuple(mail.text_plain), tuple(mail.text_html))
    headers = _headers_from(mail.message, mail.date, _to_names(mail))
    headers = replace(headers, recipient_names=headers.recipient_names + _footer_names(body))
    if not (headers.sender or headers.subject or headers.message_id):
        return _unreadable(headers, "not an email: no From, Subject or Message-ID header")
    return _classify(headers, body)


def _to_names(mail: mailparser.MailParser) -> tuple[str, ...] | None:
    """The To names mail-parser has read already; None (parse them here) if it could not."""
    try:
        return tuple(str(name) for name, _ in mail.to if name)
    except Exception:  # a hostile To header: fall back to the stdlib's own reading
        return None


def _with_short_headers(raw: bytes) -> bytes:
    """Each top-level header field cut to _MAX_HEADER_BYTES.

    The stdlib's RFC 2047 decoding (used by mail-parser too) is quadratic: a 1 MB Subject of
    encoded words took 25 s. LinkedIn's own headers are all well under a kilobyte.
    """
    # The usual case, found without scanning the whole body; the line ending of the first line
    # says which blank line to look for first (a miss scans all _MAX_HEADER_BYTES).
    blank_lines = (b"\n\n", b"\r\n\r\n")
    if raw.find(b"\r\n", 0, _MAX_HEADER_BYTES) == raw.find(b"\n", 0, _MAX_HEADER_BYTES) - 1:
        blank_lines = blank_lines[::-1]
    if any(raw.find(blank, 0, _MAX_HEADER_BYTES + len(blank)) >= 0 for blank in blank_lines):
        return raw
    head = raw[: _end_of_headers(raw)]
    if len(head) <= _MAX_HEADER_BYTES:
        return raw
    fields: list[bytes] = []
    for line in head.split(b"\n"):
        if fields and line[:1] in (b" ", b"\t"):
            fields[-1] += b"\n" + line
        else:
            fields.append(line)
    short = b"\n".join(field[:_MAX_HEADER_BYTES] for field in fields)
    return short + raw[len(head) :]


def _end_of_headers(raw: bytes) -> int:
    """Where the blank line after the headers starts (plain `find`: a regex is 20x slower)."""
    ends = [found for found in (raw.find(b"\n\n"), raw.find(b"\r\n\r\n")) if found >= 0]
    return min(ends) if ends else len(raw)


def _footer_names(body: _Body) -> tuple[str, ...]:
    """The recipient, as named by the footer "This email was intended for <name> (...)"."""
    tail = (body.texts or body.htmls or ("",))[0][-4000:]
    found = _INTENDED_FOR.search(tail)
    return (found.group(1).strip(),) if found else ()


def _classify(headers: _Headers, body: _Body) -> ParseResult:
    card = _read_card(headers, body)
    if card is None:
        return _not_an_invitation(headers, body)
    if not card.name:
        return _unreadable(headers, "invitation without a readable inviter name")
    if _same_person(card.name, headers.recipient_names):
        return _unreadable(headers, "could not tell the inviter from the recipient")
    invitation = _invitation(headers, body, card)
    return _result(headers, ParseStatus.INVITATION, "", invitation)


def _read_card(headers: _Headers, body: _Body) -> _Card | None:
    for text in body.texts:
        card = _card_from_text(text.replace("\x00", ""), headers)
        if card is not None:
            if card.location is None and body.htmls:
                card.location = _classic_location(body.htmls[0], card)
            return card
    for html in body.htmls:
        card = _card_from_html(html, headers)
        if card is not None:
            return card
    return None


def _not_an_invitation(headers: _Headers, body: _Body) -> ParseResult:
    if not _is_linkedin_domain(headers.sender_domain):
        return _result(headers, ParseStatus.NOT_INVITATION, "not from LinkedIn")
    template = headers.template.lower()
    for marker, reason in _REASON_BY_TEMPLATE:
        if marker in template:
            return _result(headers, ParseStatus.NOT_INVITATION, reason)
    if "invite" in template:
        return _unreadable(headers, "truncated email: no accept link found")
    if not body.texts and not body.htmls:
        return _unreadable(headers, "no readable body")
    if _looks_like_invitation(headers, body):
        # Better listed under "Could not read" than dropped in silence: see issue 7.
        return _unreadable(
            headers,
            "looks like an invitation but has no accept link: a LinkedIn layout this version "
            "does not know",
        )
    return _result(headers, ParseStatus.NOT_INVITATION, "LinkedIn notification, not an invitation")


def _looks_like_invitation(headers: _Headers, body: _Body) -> bool:
    """An invitation sender, or a link into LinkedIn's invitation pages."""
    local_part = (headers.sender or "").partition("@")[0].lower()
    if local_part.startswith("invitation"):
        return True
    return any(_INVITATION_LINK.search(part) for part in (*body.texts, *body.htmls))


# --- the text/plain part -------------------------------------------------------------------


def _card_from_text(text: str, headers: _Headers) -> _Card | None:
    text = text.replace("\r\n", "\n")
    links = _classified((found.start(), found.group(0)) for found in _URL.finditer(text))
    accept = _first_accept(links)
    if accept is None:
        return None
    profile = _inviter_profile(links, accept[0])
    hero_end = min(accept[0], profile[0]) if profile else accept[0]
    paragraphs = _paragraphs(text[: text.rfind("\n", 0, hero_end) + 1])
    card_index = _card_paragraph(paragraphs, headers.sender_name)
    card = _Card(accept_url=accept[1], profile_url=profile[1] if profile else None)
    if card_index is not None:
        _fill_card(card, paragraphs[card_index], headers.sender_name)
        notes = paragraphs[:card_index] + paragraphs[card_index + 1 :]
        if card_index > 0:  # classic layout: LinkedIn's greeting or title opens the body
            notes = _without_opening_line(notes, headers, card.name)
        card.note = "\n\n".join("\n".join(p) for p in notes) or None
    return card


def _paragraphs(text: str) -> list[list[str]]:
    """Blocks of non-blank lines, each line stripped."""
    chunks = (chunk.split("\n") for chunk in _BLANK_LINE.split(text))
    paragraphs = [[line.strip() for line in chunk if line.strip()] for chunk in chunks]
    return [paragraph for paragraph in paragraphs if paragraph]


def _card_paragraph(paragraphs: list[list[str]], sender_name: str | None) -> int | None:
    """Index of the paragraph that is the inviter's card: it starts with their name."""
    if not paragraphs:
        return None
    if sender_name:
        wanted = _folded(sender_name)
        for index, paragraph in enumerate(paragraphs):
            if _folded(paragraph[0]) == wanted:
                return index
    for index, paragraph in enumerate(paragraphs):
        if any(_mutual_count(line) is not None for line in paragraph[1:]):
            return index
    # Without a name to go by: the classic card sits right above the links.
    return len(paragraphs) - 1


def _fill_card(card: _Card, paragraph: list[str], sender_name: str | None) -> None:
    first = paragraph[0]
    card.name = sender_name if sender_name and _folded(sender_name) == _folded(first) else first
    for line in paragraph[1:]:
        count = _mutual_count(line)
        if count is not None and card.mutual_connections is None:
            card.mutual_connections = count
        elif card.headline is None:
            card.headline = line
        elif card.location is None:
            card.location = line


def _without_opening_line(
    notes: list[list[str]], headers: _Headers, inviter: str | None
) -> list[list[str]]:
    if not notes or not _is_opening_line(notes[0][0], headers, inviter):
        return notes
    rest = notes[0][1:]
    return ([rest] if rest else []) + notes[1:]


def _is_opening_line(line: str, headers: _Headers, inviter: str | None) -> bool:
    """LinkedIn's own greeting ("Hi Jordan,") or a reminder title naming the inviter."""
    words = line.split()
    first_names = {_folded(name.split()[0]) for name in headers.recipient_names if name.split()}
    names_recipient = any(_folded(word.strip(",:!")) in first_names for word in words)
    if len(words) <= 4 and (line.endswith((",", ":")) or names_recipient):
        return True
    return bool(inviter) and len(words) <= 12 and _folded(inviter or "") in _folded(line)


# --- the HTML part -------------------------------------------------------------------------


def _card_from_html(html: str, headers: _Headers) -> _Card | None:
    if "invite-accept" not in html:  # no accept link can follow: skip the costly HTML walk
        return None
    blocks = html_blocks(_card_region(html))
    links = _classified((index, block.href) for index, block in enumerate(blocks) if block.href)
    accept = _first_accept(links)
    if accept is None:
        return None
    profile = _inviter_profile(links, accept[0])
    card = _Card(accept_url=accept[1], profile_url=profile[1] if profile else None)
    name_index = _name_block(blocks, card.profile_url, accept[0])
    hero_start = _hero_start(blocks, accept[0])
    details: list[str] = []
    if name_index is not None:
        card.name = blocks[name_index].text
        details = _details_after(blocks, name_index, accept[0])
        _fill_card(card, [card.name, *details], None)
    else:
        card.name = headers.sender_name
    taken = set(details)
    texts = [
        block.text
        for index, block in enumerate(blocks[hero_start : accept[0]], start=hero_start)
        if not block.href and block.text and block.text not in taken and index != name_index
    ]
    if texts and name_index is not None and hero_start < name_index:
        texts[0] = _without_inline_greeting(texts[0], headers)
    card.note = "\n\n".join(texts) or None
    return card


def _card_region(html: str) -> str:
    """From <body> to a little past the last accept link. The styles before it and the "people
    you may know" after it hold nothing of the card, and walking them costs a third of the time.
    """
    last_accept = html.rfind("invite-accept")
    start = max(html.find("<body", 0, last_accept), 0)
    return html[start : last_accept + _HTML_AFTER_ACCEPT]


def _name_block(blocks: list[Block], profile_url: str | None, accept_index: int) -> int | None:
    if profile_url is None:
        return None
    wanted = profile_id(profile_url)
    for index, block in enumerate(blocks[:accept_index]):
        if block.href and block.text and profile_id(block.href) == wanted:
            return index
    return None


def _hero_start(blocks: list[Block], accept_index: int) -> int:
    """First block after the header (logo, the recipient's own name and photo)."""
    start = 0
    for index, block in enumerate(blocks[:accept_index]):
        if block.href and _section(block.href) == "header":
            start = index + 1
    return start


def _details_after(blocks: list[Block], name_index: int, accept_index: int) -> list[str]:
    details: list[str] = []
    for block in blocks[name_index + 1 : accept_index]:
        if block.href or len(details) == 3:
            break
        details.append(block.text)
    # The classic layout puts the note before the card; what follows the card is all card.
    return [text for text in details if len(text.split()) <= 20]


def _without_inline_greeting(text: str, headers: _Headers) -> str:
    for name in headers.recipient_names:
        if not name.split():
            continue
        first = re.escape(name.split()[0])
        greeting = re.compile(rf"^\W{{0,3}}(?:\w+\s+){{0,2}}?{first}\s*[,:]\s+", re.IGNORECASE)
        stripped = greeting.sub("", text, count=1)
        if stripped != text and stripped:
            return stripped
    return text


def _classic_location(html: str, card: _Card) -> str | None:
    """The classic text part has no location; the HTML card has it right below the headline."""
    if not card.headline:
        return None
    start = html.find(escape(card.headline, quote=False))
    if start < 0:
        return None
    window = html[start : start + 1500]
    window = window.split("</td", 1)[0].split("<a ", 1)[0]
    found = _HTML_PARAGRAPH.search(window)
    if not found:
        return None
    text = " ".join(unescape(found.group(1)).split())
    if not text or _mutual_count(text) is not None:
        return None
    return text


# --- links ---------------------------------------------------------------------------------


_Link = tuple[int, str, LinkKind]  # where (character or block), the URL, what it points to


def _classified(links: Iterable[tuple[int, str]]) -> list[_Link]:
    return [(index, url, link_kind(url)) for index, url in links]


def _first_accept(links: list[_Link]) -> tuple[int, str] | None:
    for index, url, kind in links:
        if kind is LinkKind.ACCEPT:
            return index, url
    return None


def _inviter_profile(links: list[_Link], accept_index: int) -> tuple[int, str] | None:
    """The inviter's profile link, chosen by its tracking section, else by nearness to Accept."""
    candidates = [
        (index, url, section)
        for index, url, kind in links
        if kind is LinkKind.PROFILE and (section := _section(url)) not in _OTHER_PEOPLE_SECTIONS
    ]
    in_hero = [candidate for candidate in candidates if candidate[2] in _INVITER_SECTIONS]
    nearest = min(in_hero or candidates, key=lambda link: abs(link[0] - accept_index), default=None)
    return (nearest[0], nearest[1]) if nearest else None


def _section(url: str) -> str:
    """`hero` in `eml-email_m2m_invite_single_01-hero-2-prof~name`: who the link is about."""
    parts = tracking_token(url).split("-")
    return parts[-3] if len(parts) >= 3 else ""


# --- the invitation ------------------------------------------------------------------------


def _invitation(headers: _Headers, body: _Body, card: _Card) -> Invitation:
    name = _clipped(card.name or "", _MAX_FIELD_CHARS)
    note, is_stock = _note_and_stock(card.note, name)
    authenticity, reason = _authenticity(headers)
    invitation_key = invitation_id(card.accept_url)
    return Invitation(
        source=SOURCE,
        key=_key(invitation_key, card.profile_url, name, card.headline),
        name=name,
        headline=_clipped(card.headline, _MAX_FIELD_CHARS) if card.headline else None,
        location=_clipped(card.location, _MAX_FIELD_CHARS) if card.location else None,
        note=note,
        note_is_stock=is_stock,
        mutual_connections=card.mutual_connections,
        profile_url=_shown_url(card.profile_url),
        accept_url=_shown_url(card.accept_url),
        invitation_id=invitation_key,
        received_at=headers.date,
        message_id=headers.message_id,
        subject=headers.subject,
        authenticity=authenticity,
        authenticity_reason=reason,
        language=detect_language(note) or _email_language(headers, body),
    )


def _clipped(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _key(invitation: str | None, profile_url: str | None, name: str, headline: str | None) -> str:
    if invitation:
        return f"{SOURCE}:{invitation}"
    member = profile_id(profile_url) if profile_url else None
    if member:
        return f"{SOURCE}:profile:{member}"
    return f"{SOURCE}:name:{_normalized(name)}|{_normalized(headline or '')}"


def _shown_url(url: str | None) -> str | None:
    """Tracking-free link, kept only when it really points to linkedin.com."""
    # urlsplit keeps its recent results, so the second look at the same link costs nothing.
    return clean_url(url) if url is not None and is_linkedin_host(url) else None


def _note_and_stock(note: str | None, inviter: str) -> tuple[str | None, bool]:
    if note is None or not note.strip():
        return None, False
    return note, _is_stock(note, inviter)


def _is_stock(note: str, inviter: str) -> bool:
    if len(note) > _MAX_STOCK_CHARACTERS:
        return False
    lines = [line for line in note.splitlines() if line.strip()]
    # "I'd like to add you to my professional network on LinkedIn.\n- Karen White"
    if len(lines) > 1 and _is_signature(lines[-1], inviter):
        lines = lines[:-1]
    text = " ".join(lines)
    normalized = _normalized(text)
    if normalized in _STOCK_NOTES:
        return True
    words = normalized.split()
    one_sentence = text.rstrip(".!").count(".") == 0 and "?" not in text
    return (
        one_sentence
        and len(words) <= _MAX_STOCK_WORDS
        and "linkedin" in words
        and any(word in _NETWORK_WORDS for word in words)
    )


def _is_signature(line: str, inviter: str) -> bool:
    """ "- Karen White", "Thanks, Gary", "Best regards, Urs": a short line with the name."""
    folded, name = _folded(line), _folded(inviter)
    if _SIGNATURE_LINE.match(line) and name in folded:
        return True
    words = _NON_WORD.sub(" ", folded).split()
    return bool(name) and len(words) <= _MAX_SIGNATURE_WORDS and name.split()[0] in words


def _email_language(headers: _Headers, body: _Body) -> str | None:
    for html in body.htmls[:1]:
        code = html_language(html)
        if code:
            return code
    if headers.content_language:
        code = headers.content_language.strip()[:2].lower()
        return code if code.isalpha() else None
    return None


# --- authenticity --------------------------------------------------------------------------


def _authenticity(headers: _Headers) -> tuple[Authenticity, str]:
    domain = headers.sender_domain or "an unknown domain"
    if not _is_linkedin_domain(headers.sender_domain):
        return Authenticity.FAILED, f"sent from {domain}, which is not linkedin.com"
    if headers.from_count > 1:
        # The server may have checked one From while a mail client shows another.
        return Authenticity.FAILED, f"{headers.from_count} From headers"
    if not headers.authentication_results:
        return Authenticity.UNKNOWN, "no Authentication-Results header to check"
    results = _auth_results(headers.authentication_results[0])
    if results.get("dmarc", ("", ""))[0] == "fail":
        return Authenticity.FAILED, "the receiving server saw dmarc=fail"
    for method in ("dkim", "dmarc"):
        outcome, about = results.get(method, ("", ""))
        if outcome == "pass" and _is_linkedin_domain(about):
            return Authenticity.VERIFIED, f"{method}=pass for {about}"
    failed = [method for method, (outcome, _) in results.items() if outcome == "fail"]
    if failed:
        return Authenticity.FAILED, f"the receiving server saw {failed[0]}=fail"
    # DMARC judges the From domain: a pass for another one means the server checked a different
    # From than the one read here.
    outcome, about = results.get("dmarc", ("", ""))
    if outcome == "pass":
        return Authenticity.FAILED, f"dmarc=pass for {about or 'another domain'}, not linkedin.com"
    outcome, about = results.get("dkim", ("", ""))
    if outcome == "pass":
        # LinkedIn signs as linkedin.com: a message signed only by someone else claims a
        # sender it cannot prove.
        return Authenticity.FAILED, f"signed by {about or 'another domain'}, not linkedin.com"
    if outcome == "none":
        return Authenticity.FAILED, "no DKIM signature, though LinkedIn signs all its mail"
    return Authenticity.UNKNOWN, "no DKIM or DMARC result for linkedin.com"


def _auth_results(header: str) -> dict[str, tuple[str, str]]:
    """{method: (result, domain)} from one Authentication-Results header; first result wins."""
    results: dict[str, tuple[str, str]] = {}
    for clause in _AR_COMMENT.sub(" ", header).split(";")[1:]:
        found = _AR_RESULT.match(clause)
        if not found:
            continue
        method, outcome = found.group(1).lower(), found.group(2).lower()
        domains = [value.rsplit("@", 1)[-1] for _, value in _AR_PROPERTY.findall(clause)]
        if method not in results or outcome == "pass":
            results[method] = (outcome, domains[0].lower() if domains else "")
    return results


def _is_linkedin_domain(domain: str) -> bool:
    domain = domain.lower().strip().rstrip(".")
    return domain == "linkedin.com" or domain.endswith(".linkedin.com")


# --- headers -------------------------------------------------------------------------------


def _headers_from(
    message: Message, date: datetime | None, to_names: tuple[str, ...] | None = None
) -> _Headers:
    # The address comes from the header as sent: decoded first, an encoded-word display name
    # such as "=?utf-8?b?...?=" could carry a "<invitations@linkedin.com>" of its own.
    encoded_name, address = _name_and_address(" ".join(str(message.get("From") or "").split()))
    name = _decoded(encoded_name)
    if to_names is None:
        to_names = tuple(n for n, _ in getaddresses(message.get_all("To") or []) if n)
    sender_name = _VIA_SUFFIX.sub("", name).strip() or None
    if sender_name and _folded(sender_name) == "linkedin":
        sender_name = None
    return _Headers(
        subject=_header(message, "Subject") or None,
        sender=f"{name} <{address}>" if name and address else (address or None),
        sender_name=sender_name,
        sender_domain=address.rsplit("@", 1)[-1].lower() if "@" in address else "",
        date=date,
        message_id=_header(message, "Message-ID").strip() or None,
        recipient_names=to_names,
        authentication_results=tuple(
            " ".join(str(value).split())
            for value in message.get_all("Authentication-Results") or []
        ),
        template=_header(message, "X-LinkedIn-Template"),
        content_language=_header(message, "Content-Language") or None,
        from_count=len(message.get_all("From") or []),
    )


def _name_and_address(header: str) -> tuple[str, str]:
    """What `parseaddr` gives, read directly for the plain shape nearly every From has."""
    plain = _PLAIN_FROM.fullmatch(header)
    if plain:
        return plain["quoted"] or plain["name"] or "", plain["address"]
    return parseaddr(header)


# "Ana Ruiz <invitations@linkedin.com>", its quoted form, or the address alone: the stdlib's
# parseaddr takes longer on it than reading all the other headers.
_PLAIN_FROM = re.compile(
    r'(?:"(?P<quoted>[^"\\]*)"|(?P<name>[^\W_][\w\'-]*(?: [\w\'-]+)*))? ?'
    r"<(?P<address>[\w+-]+(?:\.[\w+-]+)*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)>"
)


def _header(message: Message, name: str) -> str:
    value = message.get(name)
    if value is None:
        return ""
    return _decoded(str(value))


def _decoded(text: str) -> str:
    if "=?" in text:  # RFC 2047 encoded words; decoding is slow, and most headers have none
        text = str(make_header(decode_header(text)))
    return " ".join(text.split())


def _headers_only(raw: bytes) -> _Headers:
    """Header facts for an email whose body could not be read; empty when even that fails."""
    try:
        message = BytesHeaderParser(policy=compat32).parsebytes(raw)
        date_header = message.get("Date")
        return _headers_from(message, _parse_date(str(date_header)) if date_header else None)
    except Exception:
        return _Headers()


def _parse_date(value: str) -> datetime | None:
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None


# --- small helpers -------------------------------------------------------------------------


def _result(
    headers: _Headers, status: ParseStatus, reason: str, invitation: Invitation | None = None
) -> ParseResult:
    return ParseResult(
        status=status,
        invitation=invitation,
        reason=reason,
        subject=headers.subject,
        sender=headers.sender,
        date=headers.date,
        message_id=headers.message_id,
    )


def _unreadable(headers: _Headers, reason: str) -> ParseResult:
    return _result(headers, ParseStatus.UNREADABLE, reason)


def _mutual_count(line: str) -> int | None:
    found = _MUTUAL_COUNT.match(line)
    if not found or len(line.split()) > _MAX_CARD_WORDS:
        return None
    return int(re.sub(r"\D", "", found.group(1)))


def _same_person(name: str, others: tuple[str, ...]) -> bool:
    return any(_folded(name) == _folded(other) for other in others)


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def _normalized(text: str) -> str:
    return " ".join(_NON_WORD.sub(" ", text.replace("’", "'").casefold()).split())

"""`invite-digest redact`: an anonymised copy of a notification email, safe for a bug report.

The recipient's identity (name, address, headline, own profile link) becomes fixed
placeholders; tracking and signature values become same-length dummies; images are dropped.
Everything the parser reads about the inviter, and the shape of the message (MIME tree,
boundaries, transfer encodings, tags, link paths) stays, so the copy parses like the original.

Two passes over the message: the first learns the recipient and every token value from all
headers and text parts, the second rewrites them, so a value first seen in the body is also
replaced where it appears in a header (and the other way round).
"""

from __future__ import annotations

import base64
import codecs
import hashlib
import html
import io
import itertools
import quopri
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from email import message_from_bytes
from email.errors import MessageError
from email.generator import BytesGenerator
from email.header import Header, decode_header, make_header
from email.message import Message
from email.policy import compat32
from email.quoprimime import body_encode
from email.utils import getaddresses
from urllib.parse import quote

from .errors import InviteDigestError

PLACEHOLDER_FULL_NAME = "Recipient Name"
PLACEHOLDER_FIRST_NAME = "Recipient"
PLACEHOLDER_OTHER_NAME = "Name"
PLACEHOLDER_HEADLINE = "Recipient Headline"
PLACEHOLDER_ADDRESS = "recipient@example.invalid"
PLACEHOLDER_PROFILE_SLUG = "recipient-name"
REDACTED = "[redacted]"
UNREADABLE_PART = "[This part could not be read, so it was left out of the redacted copy.]\n"
# Documentation ranges (RFC 5737, RFC 3849): still addresses, so parsers keep working.
DOCUMENTATION_IPV4 = "192.0.2.1"
DOCUMENTATION_IPV6 = "2001:db8::1"

# Query parameters whose values identify the recipient, the email or the invitation. `trk`
# stays: it names the template and the link's section ("...-hero-2-prof~name"), the same for
# every recipient, and the parser tells the inviter's links from the recipient's by it.
TOKEN_PARAMETERS = frozenset(
    {
        "authToken",
        "e",
        "eid",
        "id",
        "invAcpt",
        "invitationId",
        "lipi",
        "loid",
        "mboxid",
        "midSig",
        "midToken",
        "otpToken",
        "refId",
        "sharedKey",
        "trackingId",
        "trkEmail",
    }
)
# Path segments followed by a token: /invitationId/<id>/sharedKey/<key>/.
TOKEN_PATH_SEGMENTS = frozenset({"invitationId", "sharedKey", "thread"})
# Shorter values are only replaced where they stand as a parameter or path segment: a
# four-letter token could also be an ordinary word elsewhere in the email.
MIN_LITERAL_TOKEN_LENGTH = 6

RECIPIENT_HEADERS = ("To", "Cc", "Delivered-To", "X-Original-To", "Envelope-To")
SIGNATURE_HEADERS = frozenset(
    {"dkim-signature", "arc-seal", "arc-message-signature", "x-google-dkim-signature"}
)
AUTHENTICATION_HEADERS = frozenset(
    {"authentication-results", "arc-authentication-results", "received-spf"}
)
RECEIVED_HEADERS = frozenset({"received", "x-received"})
SIGNATURE_VALUE_TAGS = frozenset({"b", "bh"})

_URL = re.compile(r"https?://[^\s\"'<>]+")
_PERCENT_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
# "This email was intended for NAME (HEADLINE)", in the languages LinkedIn writes.
_INTENDED_FOR = re.compile(
    r"(?:intended for|destinado a|dirigido a|destinat[ao] a|destinée? à|bestimmt für|"
    r"ditujukan untuk|bedoeld voor)\s+"
    r"(?P<name>[^()<>\n]+?)\s*\((?P<headline>[^()<>\n]*(?:\([^()<>\n]*\)[^()<>\n]*)*)\)",
    re.IGNORECASE,
)
_IMG_TAG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_IMG_SOURCE = re.compile(r"\s+(?:src|srcset)\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+)", re.IGNORECASE)
_IPV4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.])")
_IPV6 = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])")
_MAILFROM = re.compile(r"((?:smtp\.mailfrom|envelope-from|smtp\.helo)=)([^@\s;]+)@", re.IGNORECASE)
_ANGLE_ADDRESS = re.compile(r"<([^<>@\s]+)@([^<>\s]+)>")
_UNFOLDED_BREAK = re.compile(r"\r\n(?![ \t])|\r(?![\n \t])|\n(?![ \t])")
# Characters other than CR and LF that Python's str.splitlines() (and so the generator) breaks at.
_STRAY_LINE_SEPARATOR = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_UNREADABLE = (ValueError, LookupError, UnicodeError, MessageError)
_DISPLAY_NAME_BEFORE = re.compile(r"([^\s\"<>:,;][^\"<>:,;\n]{0,80}?)\"?\s*$")
_RECEIVED_FOR = re.compile(r"\bfor\s+(<[^<>\s@]+@[^<>\s]+>)", re.IGNORECASE)
_COMMENT = re.compile(r"\([^()]*\)")
_RECEIVED_CLAUSE = re.compile(r"(?:^|\s)(from|by|via|with|id|for)\s+(\S+)", re.IGNORECASE)


def redact_email(raw: bytes) -> bytes:
    """Return an anonymised copy of one raw RFC 5322 email.

    Raises InviteDigestError only when the input is not an email at all; a damaged email is
    redacted as far as it can be read.
    """
    message = _parse(raw)
    _drop_image_parts(message)
    redactor = Redactor()
    verbatim: dict[bytes, bytes] = {}
    _learn_addresses(message, redactor)
    for text in _texts(message):
        redactor.learn(text)
    for part in message.walk():
        _rewrite_headers(part, redactor)
    for part in _leaves(message):
        _redact_leaf(part, redactor, verbatim)
    return _serialize(message, raw, verbatim)


@dataclass
class Recipient:
    """Who the email was sent to, as far as the email itself tells."""

    full_names: set[str] = field(default_factory=set)
    addresses: set[str] = field(default_factory=set)
    headlines: set[str] = field(default_factory=set)
    profile_slugs: set[str] = field(default_factory=set)


class Dummies:
    """Same-length stand-ins for token values, one per distinct original within one email.

    Digits stay digits and letters keep their case; punctuation and %XX escapes stay, so a
    dummy still matches whatever pattern found the original. Dummies come from a counter,
    never from the value itself, so they reveal nothing about it.
    """

    def __init__(self) -> None:
        self._by_original: dict[str, str] = {}
        self._taken: set[str] = set()

    def __call__(self, value: str) -> str:
        if value in self._by_original:
            return self._by_original[value]
        attempt = 0
        dummy = _same_shape(value, f"{len(self._by_original)}:{attempt}")
        while (dummy == value or dummy in self._taken) and attempt < 100:
            attempt += 1
            dummy = _same_shape(value, f"{len(self._by_original)}:{attempt}")
        self._by_original[value] = dummy
        self._taken.add(dummy)
        return dummy

    def replaced(self) -> dict[str, str]:
        return dict(self._by_original)


class Redactor:
    """Learns the recipient and the token values, then rewrites any text consistently."""

    def __init__(self) -> None:
        self.recipient = Recipient()
        self.dummies = Dummies()

    def learn(self, text: str) -> None:
        for match in _INTENDED_FOR.finditer(text):
            self.recipient.full_names.add(html.unescape(match["name"]).strip())
            self.recipient.headlines.add(html.unescape(match["headline"]).strip())
        for url in _URL.findall(text):
            self._learn_url(url)
        for address in self.recipient.addresses:
            self.recipient.full_names.update(_display_names(text, address))

    def learn_addresses(self, header_values: Iterable[str]) -> None:
        for name, address in getaddresses(list(header_values)):
            if name.strip():
                self.recipient.full_names.add(name.strip())
            if "@" in address:
                self.recipient.addresses.add(address)

    def redact(self, text: str) -> str:
        text = _URL.sub(lambda match: self._redact_url(match.group(0)), text)
        for address in self.recipient.addresses:
            for form, placeholder in _address_forms(address):
                text = re.sub(re.escape(form), placeholder, text, flags=re.IGNORECASE)
        for original, replacement in self._literal_replacements():
            text = text.replace(original, replacement)
        return self._redact_name_words(text)

    def _learn_url(self, url: str) -> None:
        path, _, query = url.partition("?")
        parameters = dict(_parameters(query))
        tracking = parameters.get("trk", "") + parameters.get("trkEmail", "")
        # The recipient's own profile link sits in the header: trk "...-header-N-profile".
        if "header" in tracking and "profile" in tracking:
            segments = path.split("/")
            if "in" in segments[:-1]:
                self.recipient.profile_slugs.add(segments[segments.index("in") + 1])
        for name, value in parameters.items():
            if name in TOKEN_PARAMETERS and value:
                self.dummies(value)
        for segment, value in _token_segments(path):
            if segment in TOKEN_PATH_SEGMENTS:
                self.dummies(value)

    def _redact_url(self, url: str) -> str:
        path, mark, rest = url.partition("?")
        query, hash_mark, fragment = rest.partition("#")
        return self._redact_path(path) + mark + self._redact_query(query) + hash_mark + fragment

    def _redact_path(self, path: str) -> str:
        segments = path.split("/")
        for index in range(1, len(segments)):
            before, segment = segments[index - 1], segments[index]
            if not segment:
                continue
            if before in TOKEN_PATH_SEGMENTS:
                segments[index] = self.dummies(segment)
            elif before == "in" and segment in self.recipient.profile_slugs:
                segments[index] = PLACEHOLDER_PROFILE_SLUG
        return "/".join(segments)

    def _redact_query(self, query: str) -> str:
        pieces = []
        for piece in query.split("&"):
            name, equals, value = piece.partition("=")
            # In HTML the separator is "&amp;", which leaves "amp;" in front of the name.
            if equals and value and name.removeprefix("amp;") in TOKEN_PARAMETERS:
                piece = f"{name}={self.dummies(value)}"
            pieces.append(piece)
        return "&".join(pieces)

    def _literal_replacements(self) -> Iterator[tuple[str, str]]:
        """(original, replacement) pairs, longest first so no part is replaced on its own."""
        literals: dict[str, str] = {}
        for headline in self.recipient.headlines:
            literals[headline] = PLACEHOLDER_HEADLINE
            literals[html.escape(headline, quote=False)] = PLACEHOLDER_HEADLINE
        for name in self.recipient.full_names:
            literals[name] = PLACEHOLDER_FULL_NAME
            literals[html.escape(name, quote=False)] = PLACEHOLDER_FULL_NAME
        for original, dummy in self.dummies.replaced().items():
            if len(original) >= MIN_LITERAL_TOKEN_LENGTH:
                literals[original] = dummy
        for original in sorted(literals, key=len, reverse=True):
            if original:
                yield original, literals[original]

    def _redact_name_words(self, text: str) -> str:
        for word, placeholder in self._name_words():
            pattern = rf"(?<!\w)(?:{re.escape(word)}|{re.escape(word.upper())})(?!\w)"
            text = re.sub(pattern, placeholder, text)
        return text

    def _name_words(self) -> Iterator[tuple[str, str]]:
        for name in self.recipient.full_names:
            words = [word.strip(".,") for word in name.split()]
            for position, word in enumerate(words):
                if len(word) < 2:  # an initial is too common a string to hunt for
                    continue
                yield word, PLACEHOLDER_FIRST_NAME if position == 0 else PLACEHOLDER_OTHER_NAME


def _address_forms(address: str) -> tuple[tuple[str, str], ...]:
    """The address as written and as percent-encoded in a link, with their placeholders."""
    return (
        (address, PLACEHOLDER_ADDRESS),
        (quote(address, safe=""), quote(PLACEHOLDER_ADDRESS, safe="")),
    )


def _parse(raw: bytes) -> Message:
    if not raw.strip():
        raise InviteDigestError("not an email: the input is empty")
    message = message_from_bytes(raw, policy=compat32)
    known = ("From", "To", "Subject", "Date", "Message-ID", "Content-Type", "MIME-Version")
    if not any(message.get(name) is not None for name in known):
        raise InviteDigestError("not an email: no message headers (From, To, Subject...) found")
    return message


def _drop_image_parts(message: Message) -> None:
    for part in message.walk():
        children = part.get_payload()
        if isinstance(children, list):
            kept = [child for child in children if not _is_image(child)]
            part.set_payload(kept)


def _is_image(part: object) -> bool:
    return isinstance(part, Message) and part.get_content_maintype() == "image"


def _leaves(message: Message) -> Iterator[Message]:
    return (part for part in message.walk() if not part.is_multipart())


def _texts(message: Message) -> Iterator[str]:
    """Every header value (decoded) and every leaf's decoded text, for the learning pass."""
    for part in message.walk():
        for _, value in part.items():
            yield _decoded_header(_text(value))
        if not part.is_multipart():
            yield _decoded_body(part)
            yield _as_if_quoted_printable(part)


def _as_if_quoted_printable(part: Message) -> str:
    """A body read as quoted-printable whatever its headers say: when damage has cut the
    headers short, the footer naming the recipient is still found across soft line breaks."""
    payload = part.get_payload()
    if not isinstance(payload, str):
        return ""
    return quopri.decodestring(payload.encode("utf-8", "surrogateescape")).decode(
        "utf-8", "replace"
    )


def _display_names(text: str, address: str) -> Iterator[str]:
    """The display names written before `<address>` in a text ("Jordan Rivera <jordan@...>"):
    found there when damage has pushed the headers into the body."""
    lowered, wanted = text.lower(), f"<{address.lower()}>"
    end = lowered.find(wanted)
    while end >= 0:
        found = _DISPLAY_NAME_BEFORE.search(text, max(0, end - 100), end)
        # "Received: ... for <address>" names a mailbox, not a person.
        if found and found[1].split()[-1].lower() != "for":
            yield found[1]
        end = lowered.find(wanted, end + 1)


def _learn_addresses(message: Message, redactor: Redactor) -> None:
    for name in RECIPIENT_HEADERS:
        values = message.get_all(name, [])
        redactor.learn_addresses(_decoded_header(_text(value)) for value in values)
    for value in message.get_all("Received", []):
        redactor.learn_addresses(_RECEIVED_FOR.findall(_text(value)))


def _rewrite_headers(part: Message, redactor: Redactor) -> None:
    redacted = []
    for name, value in part.items():
        try:
            redacted.append((name, _well_folded(_redact_header(name, _text(value), redactor))))
        except _UNREADABLE:
            redacted.append((name, REDACTED))
    for name in {name for name, _ in redacted}:
        del part[name]
    for name, value in redacted:
        part[name] = value


def _redact_header(name: str, value: str, redactor: Redactor) -> str:
    lowered = name.lower()
    if lowered in RECEIVED_HEADERS:
        return _received_shape(value)
    if lowered in SIGNATURE_HEADERS:
        return _signature_shape(value, redactor.dummies)
    if lowered in AUTHENTICATION_HEADERS:
        value = _authentication_shape(value, redactor.dummies)
    if lowered == "return-path":
        value = _ANGLE_ADDRESS.sub(lambda m: f"<{redactor.dummies(m[1])}@{m[2]}>", value)
    if "=?" not in value:
        return redactor.redact(value)
    decoded = _decoded_header(value)
    redacted = redactor.redact(decoded)
    if redacted == decoded:
        return value
    return redacted if redacted.isascii() else Header(redacted, "utf-8").encode()


def _received_shape(value: str) -> str:
    """The hop without its hosts: `from [redacted] by [redacted] with ESMTPS ...; <date>`."""
    clauses, semicolon, date = value.rpartition(";")
    if not semicolon:
        clauses, date = value, ""
    while _COMMENT.search(clauses):
        clauses = _COMMENT.sub(" ", clauses)
    shape = []
    for keyword, argument in _RECEIVED_CLAUSE.findall(clauses):
        kept = keyword.lower() == "with"  # the protocol (SMTP, ESMTPS, LMTP) names no one
        shape.append(f"{keyword} {argument if kept else REDACTED}")
    return " ".join(shape) + (f"; {' '.join(date.split())}" if date.strip() else "")


def _signature_shape(value: str, dummies: Dummies) -> str:
    """Keep every tag of a DKIM/ARC signature but the signature and body hash values."""
    tags = value.split(";")
    for index, tag in enumerate(tags):
        name, equals, tag_value = tag.partition("=")
        if equals and name.strip().lower() in SIGNATURE_VALUE_TAGS:
            tags[index] = f"{name}={dummies(tag_value)}"
    return ";".join(tags)


def _authentication_shape(value: str, dummies: Dummies) -> str:
    """Keep the results and domains the authenticity verdict needs; drop IPs and senders."""
    value = _IPV4.sub(DOCUMENTATION_IPV4, value)
    value = _IPV6.sub(DOCUMENTATION_IPV6, value)
    return _MAILFROM.sub(lambda match: f"{match[1]}{dummies(match[2])}@", value)


def _redact_leaf(part: Message, redactor: Redactor, verbatim: dict[bytes, bytes]) -> None:
    try:
        if part.get_content_maintype() == "text":
            _redact_text_part(part, redactor)
        elif part.get_content_maintype() in {"multipart", "message"}:
            _redact_unsplit_part(part, redactor, verbatim)
    except _UNREADABLE:
        # Better a copy without this part than a copy with the recipient still in it.
        part.set_payload(UNREADABLE_PART)


def _redact_text_part(part: Message, redactor: Redactor) -> None:
    codec = _codec(part.get_content_charset())
    text = _decoded_body(part)
    redacted = redactor.redact(text)
    if part.get_content_subtype() == "html":
        redacted = _drop_image_sources(redacted)
    if redacted != text:
        encoding = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
        part.set_payload(_encode_body(redacted.encode(codec, "surrogateescape"), encoding))


def _redact_unsplit_part(part: Message, redactor: Redactor, verbatim: dict[bytes, bytes]) -> None:
    """A damaged multipart (its boundary never found) arrives as one raw text: redact that.

    The generator cannot write such a body when it holds 8-bit bytes, so the part gets a
    placeholder that `_serialize` swaps for the redacted bytes.
    """
    body = part.get_payload(decode=True)
    if not isinstance(body, bytes):
        return
    text = body.decode("utf-8", "surrogateescape")
    placeholder = f"[redact:verbatim:{len(verbatim)}]"
    verbatim[placeholder.encode()] = redactor.redact(text).encode("utf-8", "surrogateescape")
    part.set_payload(placeholder)


def _drop_image_sources(markup: str) -> str:
    return _IMG_TAG.sub(lambda match: _IMG_SOURCE.sub("", match.group(0)), markup)


def _decoded_body(part: Message) -> str:
    body = part.get_payload(decode=True)
    if not isinstance(body, bytes):
        return ""
    return body.decode(_codec(part.get_content_charset()), "surrogateescape")


def _encode_body(body: bytes, encoding: str) -> str:
    """Re-encode with the part's own Content-Transfer-Encoding, so the structure stays."""
    if encoding == "base64":
        return base64.encodebytes(body).decode("ascii")
    if encoding == "quoted-printable":
        return body_encode(body.decode("latin-1"), maxlinelen=76, eol="\n")
    return body.decode("ascii", "surrogateescape")


def _codec(charset: str | None) -> str:
    """The charset's codec, or UTF-8 for a missing or unknown one (x-unknown-8bit...)."""
    if charset:
        try:
            return codecs.lookup(charset).name
        except LookupError:
            pass
    return "utf-8"


def _text(value: str | Header) -> str:
    """A header value as a string: compat32 hands out a Header object when it has 8-bit bytes."""
    return value if isinstance(value, str) else value.encode()


def _well_folded(value: str) -> str:
    """Every line break followed by whitespace, so a damaged value cannot start a new header."""
    value = _STRAY_LINE_SEPARATOR.sub(" ", value)
    return _UNFOLDED_BREAK.sub(lambda match: match.group(0) + " ", value)


def _decoded_header(value: str) -> str:
    if "=?" not in value:
        return value
    try:
        return str(make_header(decode_header(value)))
    except (ValueError, LookupError, UnicodeDecodeError):
        return value


def _parameters(query: str) -> Iterator[tuple[str, str]]:
    for piece in query.split("&"):
        name, equals, value = piece.partition("=")
        if equals:
            yield name.removeprefix("amp;"), value


def _token_segments(path: str) -> Iterator[tuple[str, str]]:
    segments = path.split("/")
    for before, segment in itertools.pairwise(segments):
        if segment:
            yield before, segment


def _same_shape(value: str, seed: str) -> str:
    """A string as long as `value`, with its digits, letters' case, punctuation and escapes."""
    stream = hashlib.shake_256(seed.encode()).digest(len(value))
    characters: list[str] = []
    index = 0
    while index < len(value):
        if _PERCENT_ESCAPE.match(value, index):
            characters.append(value[index : index + 3])
            index += 3
            continue
        characters.append(_same_class(value[index], stream[index], first=index == 0))
        index += 1
    return "".join(characters)


def _same_class(character: str, noise: int, *, first: bool) -> str:
    if not character.isascii() or not character.isalnum():
        return character
    if character.isdigit():
        # A leading zero would change the number a numeric id stands for.
        return "123456789"[noise % 9] if first and character != "0" else "0123456789"[noise % 10]
    letters = "abcdefghijklmnopqrstuvwxyz"
    letter = letters[noise % 26]
    return letter.upper() if character.isupper() else letter


def _serialize(message: Message, raw: bytes, verbatim: dict[bytes, bytes]) -> bytes:
    buffer = io.BytesIO()
    generator = BytesGenerator(buffer, mangle_from_=False, maxheaderlen=0, policy=compat32)
    linesep = "\r\n" if b"\r\n" in raw else "\n"
    try:
        generator.flatten(message, linesep=linesep)
    except (MessageError, UnicodeError, AttributeError) as error:
        # The stdlib generator gives up on a few broken structures (a text part holding parts).
        raise InviteDigestError(
            f"cannot write a redacted copy: the email is too damaged ({type(error).__name__})"
        ) from None
    output = buffer.getvalue()
    for placeholder, body in verbatim.items():
        output = output.replace(placeholder, body, 1)
    return _keep_missing_close_delimiter(output, message, raw, linesep.encode())


def _keep_missing_close_delimiter(
    output: bytes, message: Message, raw: bytes, linesep: bytes
) -> bytes:
    """The generator closes a multipart whose close delimiter was cut off; keep it cut off."""
    boundary = message.get_boundary()
    if boundary is None:
        return output
    close = f"--{boundary}--".encode()
    if close in raw or not output.rstrip().endswith(close):
        return output
    output = output.rstrip()[: -len(close)]
    return output if raw.endswith(linesep) else output.removesuffix(linesep)

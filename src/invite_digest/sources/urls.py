"""LinkedIn link shapes: what a link points to, and the same link without tracking.

Everything here is pure string work on one URL at a time, so each call is linear in its input.
"""

from __future__ import annotations

import re
from enum import Enum
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

# The only query parameters a stored link needs in order to work; everything else
# (midToken, midSig, trk, trkEmail, otpToken, authToken, authType, lipi, eid, invAcpt...)
# tracks the recipient or signs them in, and is dropped.
_KEPT_PARAMETERS = frozenset({"id", "invitationId", "sharedKey", "mboxid"})

_INVITATION_ID_IN_PATH = re.compile(r"/invitationId/(\d{1,40})")
_TRACKING_VALUE = re.compile(r"[^&#]{0,300}")
_PROFILE_SLUG_IN_PATH = re.compile(r"/in/([^/?#]{1,200})")


class LinkKind(Enum):
    ACCEPT = "accept"
    PROFILE = "profile"
    OTHER = "other"


def is_linkedin_host(url: str) -> bool:
    """True for linkedin.com and its subdomains, never for look-alikes such as linkedin.com.evil."""
    if "\\" in url:  # browsers read a backslash as "/": https://evil.example\@linkedin.com
        return False
    parts = urlsplit(url)
    # A user or password part ("linkedin.com@evil.example") hides the real host from a reader;
    # urlsplit reads one exactly when the host part holds an "@".
    if "@" in parts.netloc:
        return False
    host = (parts.hostname or "").lower()
    return host == "linkedin.com" or host.endswith(".linkedin.com")


def link_kind(url: str) -> LinkKind:
    if "invite-accept" not in url and "/profile/view" not in url and "/in/" not in url:
        return LinkKind.OTHER  # most links of a notification: no need to split them
    path = urlsplit(url).path
    if "invite-accept" in path and invitation_id(url):
        return LinkKind.ACCEPT
    if "/profile/view" in path or "/in/" in path:
        return LinkKind.PROFILE
    return LinkKind.OTHER


def invitation_id(url: str) -> str | None:
    """The invitationId of an accept link, from its path (today) or its query (2016)."""
    parts = urlsplit(url)
    in_path = _INVITATION_ID_IN_PATH.search(parts.path)
    if in_path:
        return in_path.group(1)
    value = _query(parts.query).get("invitationId")
    return value if value and value.isdigit() else None


def profile_id(url: str) -> str | None:
    """The member id (`profile/view?id=...`) or the public slug (`/in/<slug>`) of a profile link."""
    parts = urlsplit(url)
    member_id = _query(parts.query).get("id")
    if member_id:
        return member_id
    slug = _PROFILE_SLUG_IN_PATH.search(parts.path)
    return unquote(slug.group(1)) if slug else None


def tracking_token(url: str) -> str:
    """LinkedIn's `trk` value, e.g. `eml-email_m2m_invite_single_01-hero-2-prof~name`, or ''."""
    # str.find, then a look at the character before: searching with "[?&]trk=" tries the
    # pattern at every character of a long link.
    found = url.find("trk=")
    while found > 0 and url[found - 1] not in "?&":
        found = url.find("trk=", found + 1)
    if found <= 0:
        return ""
    value = _TRACKING_VALUE.match(url, found + len("trk="))
    return unquote(value.group()) if value else ""


def clean_url(url: str) -> str:
    """The link without tracking parameters or fragment, keeping what it needs to work."""
    parts = urlsplit(url)
    # Picked by the raw name first: decoding long tracking values only to drop them is slow.
    wanted = "&".join(
        pair for pair in parts.query.split("&") if pair.partition("=")[0] in _KEPT_PARAMETERS
    )
    query = urlencode(parse_qsl(wanted, keep_blank_values=True)) if wanted else ""
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))


def _query(query: str) -> dict[str, str]:
    return dict(parse_qsl(query, keep_blank_values=True))

"""The values that travel between the pipeline's stages.

Frozen pydantic models with enums for closed sets: the parser makes an `Invitation`, the
checklist turns it into a `Verdict` with `Evidence`, the digest renders both. No I/O here.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict


class Authenticity(StrEnum):
    VERIFIED = "verified"  # the receiving server saw dkim=pass or dmarc=pass for the network
    UNKNOWN = "unknown"  # no Authentication-Results header to judge by
    FAILED = "failed"  # authentication failed, or a look-alike sender domain


class Question(StrEnum):
    """The eight reasons to connect, in the checklist's order."""

    MET_IN_PERSON = "met_in_person"
    SAME_ORGANIZATION = "same_organization"
    SAME_INDUSTRY = "same_industry"
    SHARED_INTERESTS = "shared_interests"
    SAME_GROUPS = "same_groups"
    MUTUAL_CONNECTION = "mutual_connection"
    FELLOW_ALUMNI = "fellow_alumni"
    SPECIFIC_REASON = "specific_reason"

    @property
    def label(self) -> str:
        return QUESTION_LABELS[self]


QUESTION_LABELS: dict[Question, str] = {
    Question.MET_IN_PERSON: "Met in person",
    Question.SAME_ORGANIZATION: "Same organization",
    Question.SAME_INDUSTRY: "Same industry",
    Question.SHARED_INTERESTS: "Shared interests",
    Question.SAME_GROUPS: "Same groups",
    Question.MUTUAL_CONNECTION: "Connection in common",
    Question.FELLOW_ALUMNI: "Fellow alumni",
    Question.SPECIFIC_REASON: "Specific reason",
}


class Strength(StrEnum):
    STRONG = "strong"  # the note itself answers the question
    WEAK = "weak"  # only metadata suggests it (headline, mutual connection count)


class Where(StrEnum):
    NOTE = "note"
    HEADLINE = "headline"
    MUTUAL_CONNECTIONS = "mutual_connections"


class Category(StrEnum):
    LIKELY_ACCEPT = "likely_accept"
    NEEDS_A_LOOK = "needs_a_look"
    GENERIC = "generic"

    @property
    def label(self) -> str:
        return {
            Category.LIKELY_ACCEPT: "Likely accept",
            Category.NEEDS_A_LOOK: "Needs a look",
            Category.GENERIC: "Generic",
        }[self]


class Flag(StrEnum):
    UNVERIFIED_SENDER = "unverified_sender"  # authentication failed or the domain is a look-alike
    PITCH = "pitch"  # the note sells something


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Invitation(_Frozen):
    """One connection invitation, as read from one notification email."""

    source: str  # the network, e.g. "linkedin"
    key: str  # stable id for deduplication: invitation id, else the inviter's profile id
    name: str
    headline: str | None = None
    location: str | None = None
    note: str | None = None  # None when there is no personal note at all
    note_is_stock: bool = False  # the network's default text rather than the inviter's words
    mutual_connections: int | None = None
    mutual_names: tuple[str, ...] = ()
    profile_url: str | None = None  # tracking parameters already stripped
    accept_url: str | None = None  # tracking parameters already stripped
    invitation_id: str | None = None
    received_at: datetime | None = None
    message_id: str | None = None
    subject: str | None = None
    authenticity: Authenticity = Authenticity.UNKNOWN
    authenticity_reason: str = ""
    language: str | None = None  # ISO 639-1 code of the note, or of the email when no note

    @property
    def personal_note(self) -> str | None:
        """The inviter's own words, or None for no note or the network's stock text."""
        if self.note is None or self.note_is_stock:
            return None
        return self.note


class ParseStatus(StrEnum):
    INVITATION = "invitation"
    NOT_INVITATION = "not_invitation"  # an acceptance, a job alert, a newsletter...
    UNREADABLE = "unreadable"  # damaged, or an invitation we could not make sense of


class ParseResult(_Frozen):
    """What a source made of one raw email; never an exception."""

    status: ParseStatus
    invitation: Invitation | None = None
    reason: str = ""  # for not_invitation / unreadable: a short, human explanation
    # Header facts kept even when the body could not be read, for the "Could not read" list.
    subject: str | None = None
    sender: str | None = None
    date: datetime | None = None
    message_id: str | None = None


class Evidence(_Frozen):
    question: Question
    strength: Strength
    where: Where
    matched: tuple[str, ...]  # the words (as written in the email) that answered


class Verdict(_Frozen):
    category: Category
    evidence: tuple[Evidence, ...] = ()
    flags: tuple[Flag, ...] = ()
    reason: str  # one line for the user

    @property
    def answers(self) -> tuple[Question, ...]:
        """Questions the note itself answers (strong evidence), in checklist order."""
        return _questions(self.evidence, Strength.STRONG)

    @property
    def weak(self) -> tuple[Question, ...]:
        """Questions only the metadata suggests, and the note does not answer."""
        strong = set(self.answers)
        return tuple(q for q in _questions(self.evidence, Strength.WEAK) if q not in strong)


def _questions(evidence: tuple[Evidence, ...], strength: Strength) -> tuple[Question, ...]:
    found = {e.question for e in evidence if e.strength is strength}
    return tuple(q for q in Question if q in found)

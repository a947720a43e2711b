"""The user's "why connect?" profile, and the evaluation of one invitation against it.

`load_checklist(path)` reads `checklist.toml` into a frozen `Checklist`; `evaluate(invitation,
checklist)` answers the eight questions with evidence and sorts the invitation into a category.
Pure: no I/O in `evaluate`. Everything that can be compiled is compiled once per Checklist.

Matching works on normalized text (casefolded, accents stripped, punctuation unified) so that
"Universität" matches "universitat" and "Lakeside U." matches "Lakeside U"; the user's own
terms are compared word by word after light stemming ("roboticist" and "robotics" both become
"robot"), always on word boundaries, so "OSU" never matches inside another word.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from . import phrases
from .errors import ConfigError
from .invitation import (
    Authenticity,
    Category,
    Evidence,
    Flag,
    Invitation,
    Question,
    Strength,
    Verdict,
    Where,
)
from .sources.language import STOPWORDS
from .word_start_phrases import WordStartPhrases

# ---------------------------------------------------------------------------------------------
# The profile


class TermKind(StrEnum):
    """The lists of `[me]`, each answering one question when the note names an item of it."""

    ORGANIZATIONS = "organizations"
    SCHOOLS = "schools"
    INDUSTRIES = "industries"
    INTERESTS = "interests"
    GROUPS = "groups"
    EVENTS = "events"
    CONTACTS = "contacts"


QUESTION_OF_KIND: dict[TermKind, Question] = {
    TermKind.ORGANIZATIONS: Question.SAME_ORGANIZATION,
    TermKind.SCHOOLS: Question.FELLOW_ALUMNI,
    TermKind.INDUSTRIES: Question.SAME_INDUSTRY,
    TermKind.INTERESTS: Question.SHARED_INTERESTS,
    TermKind.GROUPS: Question.SAME_GROUPS,
    TermKind.EVENTS: Question.MET_IN_PERSON,
    TermKind.CONTACTS: Question.MUTUAL_CONNECTION,
}

# A headline naming one of these is a weak signal (DESIGN.md, "needs a look").
HEADLINE_KINDS = (
    TermKind.ORGANIZATIONS,
    TermKind.SCHOOLS,
    TermKind.INDUSTRIES,
    TermKind.GROUPS,
)

DEFAULT_MUTUAL_THRESHOLD = 10


@dataclass(frozen=True)
class Checklist:
    """Who the user is. Build with `load_checklist`, or directly in tests."""

    name: str = ""
    organizations: tuple[str, ...] = ()
    schools: tuple[str, ...] = ()
    industries: tuple[str, ...] = ()
    interests: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    events: tuple[str, ...] = ()
    contacts: tuple[str, ...] = ()
    # (a name from the lists above, its other spellings)
    aliases: tuple[tuple[str, tuple[str, ...]], ...] = ()
    mutual_connections_threshold: int = DEFAULT_MUTUAL_THRESHOLD
    _matcher: _Matcher = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Compiled once per profile so that evaluate() stays in the microsecond range.
        object.__setattr__(self, "_matcher", _Matcher.build(self))

    def terms(self, kind: TermKind) -> tuple[str, ...]:
        items: tuple[str, ...] = getattr(self, kind.value)
        return items

    def spellings(self, item: str) -> tuple[str, ...]:
        """The item itself and its aliases."""
        for name, others in self.aliases:
            if name == item:
                return (item, *others)
        return (item,)


# ---------------------------------------------------------------------------------------------
# Loading

_ME_KEYS = {"name", *(kind.value for kind in TermKind)}
_THRESHOLD_KEYS = {"mutual_connections"}
_TOP_KEYS = {"me", "aliases", "thresholds"}


def load_checklist(path: Path) -> Checklist:
    """Read and validate a checklist file; every problem is a ConfigError naming file and key."""
    document = _read_toml(path)
    where = str(path)
    _reject_unknown(document, _TOP_KEYS, where, prefix="")
    me = _table(document, "me", where)
    _reject_unknown(me, _ME_KEYS, where, prefix="me.")
    lists = {kind: _string_list(me, kind.value, where) for kind in TermKind}
    aliases = _aliases(_table(document, "aliases", where), lists, where)
    thresholds = _table(document, "thresholds", where)
    _reject_unknown(thresholds, _THRESHOLD_KEYS, where, prefix="thresholds.")
    return Checklist(
        name=_string(me, "name", where),
        organizations=lists[TermKind.ORGANIZATIONS],
        schools=lists[TermKind.SCHOOLS],
        industries=lists[TermKind.INDUSTRIES],
        interests=lists[TermKind.INTERESTS],
        groups=lists[TermKind.GROUPS],
        events=lists[TermKind.EVENTS],
        contacts=lists[TermKind.CONTACTS],
        aliases=aliases,
        mutual_connections_threshold=_threshold(thresholds, where),
    )


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as file:
            return tomllib.load(file)
    except FileNotFoundError:
        raise ConfigError(f"{path}: checklist file not found") from None
    except IsADirectoryError:
        raise ConfigError(f"{path}: is a directory, expected a checklist TOML file") from None
    except OSError as error:
        raise ConfigError(f"{path}: cannot read checklist file ({error.strerror})") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML ({error})") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not valid UTF-8 text") from None


def _reject_unknown(table: Mapping[str, Any], known: set[str], where: str, prefix: str) -> None:
    for key in table:
        if key not in known:
            allowed = ", ".join(sorted(known))
            raise ConfigError(f"{where}: unknown key {prefix}{key} (expected one of: {allowed})")


def _table(document: Mapping[str, Any], key: str, where: str) -> dict[str, Any]:
    value = document.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: {key} must be a table ([{key}])")
    return value


def _string(table: Mapping[str, Any], key: str, where: str) -> str:
    value = table.get(key, "")
    if not isinstance(value, str):
        raise ConfigError(f"{where}: me.{key} must be a string")
    return value.strip()


def _string_list(table: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError(f"{where}: me.{key} must be a list of strings")
    items = tuple(item.strip() for item in value)
    if any(not _words(item) for item in items):
        raise ConfigError(f"{where}: me.{key} contains an empty or punctuation-only item")
    return items


def _aliases(
    table: Mapping[str, Any], lists: Mapping[TermKind, tuple[str, ...]], where: str
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    known = {item for items in lists.values() for item in items}
    aliases = []
    for name, spellings in table.items():
        if name not in known:
            raise ConfigError(
                f'{where}: aliases."{name}" does not name an item of the [me] lists'
                " (write it exactly as there)"
            )
        if not isinstance(spellings, list) or not all(isinstance(s, str) for s in spellings):
            raise ConfigError(f'{where}: aliases."{name}" must be a list of strings')
        if any(not _words(spelling) for spelling in spellings):
            raise ConfigError(f'{where}: aliases."{name}" contains an empty spelling')
        aliases.append((name, tuple(s.strip() for s in spellings)))
    return tuple(aliases)


def _threshold(table: Mapping[str, Any], where: str) -> int:
    value = table.get("mutual_connections", DEFAULT_MUTUAL_THRESHOLD)
    # bool is an int in Python; "true" is not a count.
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(f"{where}: thresholds.mutual_connections must be a whole number >= 1")
    return value


# ---------------------------------------------------------------------------------------------
# Normalized text


_SENTENCE_END = frozenset(".!?;\n\r")
_APOSTROPHES = frozenset("'’‘`´")
# Apostrophes split words for term matching: "d'Accenture" names Accenture, and
# "Lakeside's" names Lakeside.
_TOKEN = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class _Text:
    """A text normalized for matching, with a way back to the words as written."""

    original: str
    norm: str  # folded character by character, each run of separators collapsed to " " or "|"
    tokens: tuple[tuple[str, int, int], ...]  # (stem, start, end) in `norm`
    # Where runs of separators were collapsed: norm index, and characters removed up to there.
    collapsed_at: tuple[int, ...]
    removed_by: tuple[int, ...]

    def written(self, start: int, end: int) -> str:
        """The original words behind norm[start:end] (both ends are word characters)."""
        return self.original[self._original_index(start) : self._original_index(end - 1) + 1]

    def same_sentence(self, first: tuple[int, int], second: tuple[int, int]) -> bool:
        low, high = min(first[0], second[0]), max(first[1], second[1])
        return "|" not in self.norm[low:high]

    def _original_index(self, index: int) -> int:
        run = bisect.bisect_left(self.collapsed_at, index) - 1
        return index + (self.removed_by[run] if run >= 0 else 0)


def _normalize(text: str) -> _Text:
    # Fold character by character into a string of the same length, then collapse each run of
    # separators into one " " or "|", remembering the shifts to map matches back to `text`.
    # Markup typed into a note ("<b>great</b> chatting at") is read as the space it takes.
    unmarked = _MARKUP.sub(lambda tag: " " * len(tag.group()), text)
    # "St. Michael's", "Dr. Osei", "J. Smith": the dot of an abbreviation ends no sentence.
    unmarked = _ABBREVIATION.sub(lambda found: found.group(1) + " ", unmarked)
    folded = unmarked.translate(_FOLD_TABLE)
    pieces: list[str] = []
    collapsed_at: list[int] = []
    removed_by: list[int] = []
    done = removed = 0
    for match in _SEPARATOR_RUN.finditer(folded):
        run = match.group()
        pieces.append(folded[done : match.start()])
        pieces.append("|" if "|" in run else " ")
        removed += len(run) - 1
        collapsed_at.append(match.start() - removed + len(run) - 1)
        removed_by.append(removed)
        done = match.end()
    pieces.append(folded[done:])
    norm = "".join(pieces)
    tokens = tuple(
        (_stem(m.group()), m.start(), m.end())
        for m in _TOKEN.finditer(norm)
        # "the IFA's Irish branch": a possessive "s" is not a word of the name
        if not (m.group() == "s" and norm[m.start() - 1 : m.start()] == "'")
    )
    return _Text(text, norm, tokens, tuple(collapsed_at), tuple(removed_by))


_SEPARATOR_RUN = re.compile(r"[ |]{2,}")
_MARKUP = re.compile(r"</?[a-zA-Z][^<>]{0,200}>")
_ABBREVIATION = re.compile(
    r"\b(St|Ste|Dr|Dra|Mr|Mrs|Ms|Mt|Prof|Jr|Sr|Sra|Inc|Ltd|Co|Corp|Dept|Univ|vs|approx|e\.g|i\.e"
    r"|[A-Z])\.(?= )"
)


def _fold(char: str) -> str:
    """One character as it appears in normalized text: always exactly one character."""
    if char in _SENTENCE_END:
        return "|"
    if char in _APOSTROPHES:
        return "'"
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    folded = base.casefold()[:1]  # "ß" becomes "s" on both sides of every comparison
    return folded if folded.isalnum() else " "


class _FoldTable(dict[int, str]):
    """A str.translate table that folds each character once and remembers it."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


# Derivational endings, longest first: (suffix, replacement). Both sides of a comparison are
# stemmed alike, so stems need only agree with each other ("roboticist", "robotics" and
# "robotic" all give "robot"; "scientist" and "science" give "science"), not be real words.
_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("isation", ""),
    ("ization", ""),
    ("ation", "at"),  # "education" and "educator", "administration" and "administrator"
    ("ator", "at"),
    ("icist", ""),
    ("ician", ""),  # "pediatrician" and "pediatrics", "clinician" and "clinical"
    ("arian", "ar"),  # "librarian" and "libraries", "veterinarian" and "veterinary"
    ("torian", "tor"),  # "historian" and "history"
    ("ising", ""),
    ("izing", ""),
    ("ntist", "nce"),
    ("ogist", "ogy"),
    ("ical", ""),
    ("ment", ""),
    ("ist", ""),
    ("ism", ""),
    ("ised", ""),
    ("ized", ""),
    ("ise", ""),
    ("ize", ""),
    ("ing", ""),
    ("yst", "yt"),
    ("ic", ""),
)
_MIN_STEM = 3
_MIN_Y_STEM = 6  # "therapy" loses its "y", "army" keeps it
_MIN_EN_STEM = 7  # "deutschen" gives "deutsche", "garden" stays
_MIN_E_STEM = 6  # "manage" gives "manag", "house" stays


@functools.lru_cache(maxsize=8192)
def _stem(token: str) -> str:
    word = _strip_plural(token)
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            word = word[: -len(suffix)] + replacement
            break
    # The agent noun last: "engineers", "engineering" and "engineer" all give "engine".
    if word.endswith("er") and len(word) - 2 > _MIN_STEM:
        word = word[:-2]
    # The practice and its practitioner meet: "pharmacy" and "pharmacist" give "pharmac".
    if word.endswith("y") and len(word) >= _MIN_Y_STEM:
        word = word[:-1]
    # German adjectives inflect: "der Deutschen Rundschau" names "Deutsche Rundschau".
    if word.endswith("en") and len(word) >= _MIN_EN_STEM:
        word = word[:-1]
    # "management" ("manage") and "manager" ("manag") meet: a longer word's final "e" goes.
    if word.endswith("e") and len(word) >= _MIN_E_STEM:
        word = word[:-1]
    # British and American spellings meet: "modelling" and "modeling" both give "model".
    if len(word) > _MIN_STEM + 1 and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]
    return word


def _strip_plural(word: str) -> str:
    if len(word) <= _MIN_STEM + 1 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("es") and word[:-2].endswith(("s", "x", "z", "ch", "sh")):
        return word[:-2]
    return word[:-1]


def _words(text: str) -> tuple[str, ...]:
    return tuple(stem for stem, _, _ in _normalize(text).tokens)


# ---------------------------------------------------------------------------------------------
# Compiled matchers


@dataclass(frozen=True)
class _Term:
    words: tuple[str, ...]  # stemmed
    item: str  # the item of the [me] list it stands for
    kinds: frozenset[TermKind]


@dataclass(frozen=True)
class _Found:
    term: _Term
    start: int  # in normalized text
    end: int


# Generic words that say nothing about an industry when they appear alone in a headline.
_GENERIC_WORDS = frozenset(
    _words(
        "service services resource resources human higher management manager solutions sales "
        "operations commercial comercial commerciale life "
        "development professional professionals network industry business group university "
        "college school association society company international national global the and of "
        "for in at a an de la le el der die das und et y e di"
    )
) | {  # and the little words of every language ("en" in "essais en vol")
    _stem(word) for stopwords in STOPWORDS.values() for word in stopwords
}


@dataclass(frozen=True)
class _Matcher:
    terms_by_first_word: Mapping[str, tuple[_Term, ...]]
    contact_first_names: Mapping[str, str]  # stemmed first name -> contact
    contact_words: Mapping[tuple[str, ...], str]  # stemmed full name -> contact
    recipient: re.Pattern[str] | None
    industry_words: frozenset[str]
    claims: WordStartPhrases[Question]
    cues: Mapping[Question, re.Pattern[str]]
    pitches: WordStartPhrases[str]
    phishing: tuple[tuple[str, re.Pattern[str]], ...]

    @classmethod
    def build(cls, checklist: Checklist) -> _Matcher:
        return cls(
            terms_by_first_word=_index_terms(checklist),
            contact_first_names=_first_names(checklist),
            contact_words={_words(contact): contact for contact in checklist.contacts},
            recipient=_recipient_pattern(checklist.name),
            industry_words=frozenset(
                word
                for item in checklist.industries
                for spelling in checklist.spellings(item)
                for word in _words(spelling)
                if word not in _GENERIC_WORDS and len(word) >= _MIN_STEM
            ),
            claims=_CLAIMS,
            cues=_CUES,
            pitches=_PITCHES,
            phishing=_PHISHING,
        )

    def find_terms(self, text: _Text, masked: Iterable[tuple[int, int]] = ()) -> list[_Found]:
        """Non-overlapping occurrences of the user's terms, the longest one winning."""
        blocked = list(masked)
        found: list[_Found] = []
        index = 0
        while index < len(text.tokens):
            match = self._longest_at(text, index)
            if match is None or _overlaps(match, blocked):
                index += 1
                continue
            found.append(match)
            index += len(match.term.words)
        return found

    def _longest_at(self, text: _Text, index: int) -> _Found | None:
        candidates = self.terms_by_first_word.get(text.tokens[index][0], ())
        for term in candidates:
            words = tuple(stem for stem, _, _ in text.tokens[index : index + len(term.words)])
            if words == term.words:
                last = text.tokens[index + len(term.words) - 1]
                return _Found(term, text.tokens[index][1], last[2])
        return None

    def recipient_spans(self, text: _Text) -> list[tuple[int, int]]:
        if self.recipient is None:
            return []
        return [
            m.span("greeted" if m.group("greeted") else "full")
            for m in self.recipient.finditer(text.norm)
        ]


# Profile-independent phrases: compiled once for every checklist.
_CLAIMS = WordStartPhrases(phrases.CLAIMS)
_CUES = {question: re.compile(cue) for question, cue in phrases.CUES.items()}
_PITCHES = WordStartPhrases({what: (pattern,) for what, pattern in phrases.PITCHES})
_PHISHING = tuple((what, re.compile(pattern)) for what, pattern in phrases.PHISHING)
_NEGATION = re.compile(phrases.NEGATIONS)


def _index_terms(checklist: Checklist) -> dict[str, tuple[_Term, ...]]:
    kinds_of: dict[tuple[str, ...], set[TermKind]] = {}
    item_of: dict[tuple[str, ...], str] = {}
    for kind in TermKind:
        for item in checklist.terms(kind):
            for words in _term_forms(checklist, kind, item):
                kinds_of.setdefault(words, set()).add(kind)
                item_of.setdefault(words, item)
    by_first: dict[str, list[_Term]] = {}
    for words, kinds in kinds_of.items():
        by_first.setdefault(words[0], []).append(_Term(words, item_of[words], frozenset(kinds)))
    return {
        first: tuple(sorted(terms, key=lambda term: -len(term.words)))
        for first, terms in by_first.items()
    }


def _term_forms(checklist: Checklist, kind: TermKind, item: str) -> Iterator[tuple[str, ...]]:
    for spelling in checklist.spellings(item):
        words = _words(spelling)
        if not words:
            continue  # punctuation only: load_checklist refuses it, a hand-built one may not
        yield words
        yield from _reworded(words)
        # Short names keep a plural "s" when stemmed ("VCs", "CEOs"): the plural of an alias
        # such as "VC" is spelt out.
        if len(words) == 1 and len(words[0]) <= 3:
            yield (words[0] + "s",)
        # People name "Data Summit 2026" just "Data Summit".
        without_year = tuple(word for word in words if not _YEAR.fullmatch(word))
        if kind is TermKind.EVENTS and without_year and without_year != words:
            yield without_year


_YEAR = re.compile(r"(?:19|20)\d\d")


# Linking words people drop or move when they name a thing in their own sentence.
_LINKING_WORDS = frozenset(("of", "for", "in", "on", "to", "the", "and"))


def _reworded(words: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
    """ "decarbonisation of shipping" as people also write it: "decarbonising shipping" (the
    stems agree) and "shipping decarbonisation"; only for terms of two words or more besides
    the linking ones, so that nothing shorter than the user's own term can match."""
    kept = tuple(word for word in words if word not in _LINKING_WORDS)
    if len(kept) < 2 or len(kept) == len(words):
        return
    yield kept
    head, linking, tail = words[0], words[1], words[2:]
    if len(words) == 3 and linking in ("of", "for"):
        yield (*tail, head)


def _first_names(checklist: Checklist) -> dict[str, str]:
    names = {}
    for contact in checklist.contacts:
        words = _words(contact)
        if len(words) > 1 and len(words[0]) >= _MIN_STEM:
            names[words[0]] = contact
    return names


def _recipient_pattern(name: str) -> re.Pattern[str] | None:
    norm = _normalize(name).norm.strip(" |")
    if not norm:
        return None
    first = re.escape(norm.split()[0])
    full = re.escape(norm)
    # The full name anywhere; the first name alone only after a greeting or opening the note.
    return re.compile(
        rf"(?:^|\b{phrases.GREETINGS} )(?P<greeted>{full}|{first})\b|\b(?P<full>{full})\b"
    )


def _overlaps(found: _Found, spans: Iterable[tuple[int, int]]) -> bool:
    return any(found.start < end and start < found.end for start, end in spans)


# ---------------------------------------------------------------------------------------------
# Evaluation

# A cue counts only this close to the term (in normalized characters), within one sentence.
_CUE_WINDOW = 60


MAX_NOTE_CHARS = 2_000


def evaluate(invitation: Invitation, checklist: Checklist) -> Verdict:
    """Answer the eight questions for one invitation and sort it into a category."""
    matcher = checklist._matcher
    note = invitation.personal_note
    # LinkedIn notes hold at most 300 characters; a huge "note" is hostile, and reading all of
    # it would stall the run (a repeated 1 MB note took minutes).
    text = _normalize(note[:MAX_NOTE_CHARS]) if note else None
    word_starts = [found.start() for found in _WORD_START.finditer(text.norm)] if text else []
    pitch = _pitch(matcher.pitches, text, word_starts) if text else None
    flags: list[Flag] = []
    if invitation.authenticity is Authenticity.FAILED:
        flags.append(Flag.UNVERIFIED_SENDER)
    if pitch is not None:
        flags.append(Flag.PITCH)
    if Flag.UNVERIFIED_SENDER in flags:
        # A forged email's note and headline are the forger's words: nothing in them is evidence.
        hits = _Hits()
        evidence: tuple[Evidence, ...] = ()
    else:
        hits = _note_hits(text, word_starts, matcher) if text else _Hits()
        if pitch is not None:
            # The concrete ask of a pitch is the sale itself, not a reason to connect.
            hits.spans.pop(Question.SPECIFIC_REASON, None)
        evidence = (*hits.evidence(text), *_weak_evidence(invitation, checklist))
    return Verdict(
        category=_category(evidence, flags),
        evidence=evidence,
        flags=tuple(flags),
        reason=_reason(invitation, evidence, flags, hits, text, pitch, matcher),
    )


@dataclass
class _Hits:
    """What the note answers: spans of normalized note text per question, and the items named."""

    spans: dict[Question, list[tuple[int, int]]] = field(default_factory=dict)
    items: dict[Question, str] = field(default_factory=dict)

    def add(self, question: Question, span: tuple[int, int], item: str | None = None) -> None:
        self.spans.setdefault(question, []).append(span)
        if item is not None:
            self.items.setdefault(question, item)

    def evidence(self, text: _Text | None) -> Iterator[Evidence]:
        if text is None:
            return
        for question in Question:
            spans = sorted(set(self.spans.get(question, ())))
            if spans:
                words = dict.fromkeys(text.written(start, end) for start, end in spans)
                yield Evidence(
                    question=question,
                    strength=Strength.STRONG,
                    where=Where.NOTE,
                    matched=tuple(words),
                )


def _note_hits(text: _Text, word_starts: list[int], matcher: _Matcher) -> _Hits:
    hits = _Hits()
    for question, claims in matcher.claims.matches(text.norm, word_starts).items():
        for match in claims:
            if not _negated(text, match.span()):
                hits.add(question, match.span())
    masked = matcher.recipient_spans(text)
    found = matcher.find_terms(text, masked)
    term_spans = [(term.start, term.end) for term in found]
    for term in found:
        _add_term_hits(hits, term, text, matcher, term_spans)
    _add_first_name_hits(hits, text, matcher, masked)
    if not hits.spans:
        _add_question_hits(hits, text)
    return hits


# Where the phrase families are tried: every phrase starts a word.
_WORD_START = re.compile(r"\b\w")


# A sentence ends after one of these; kept with the sentence so questions keep their "?".
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?\n])")
_SECOND_PERSON = re.compile(
    r"\b(?:you|your|te|tu|tus|ti|usted|le|lei|sie|ihnen|dich|dir|du|dein\w*|euch|vous|votre"
    r"|vos|toi|voce|lhe|seu|sua|anda|kamu|hai|avresti|potresti|puoi|tienes|tendrias|podrias"
    r"|puedes|auriez|pourriez|avez|hattest|kannst|ibu|bapak|pak|bu|avrebbe|potrebbe)\b"
)
# Questions that only ask to connect, or how you are, give no reason.
_SMALL_TALK = re.compile(
    r"\b(?:connect\w*|conectar\w*|collegar\w*|vernetz\w*|connecter|terhubung|network|red|rete"
    r"|reseau|rede|jaringan|netzwerk|add|agregar\w*|aggiunger\w*|hinzufug\w*|ajouter"
    r"|adicionar\w*|menambahkan|how are you|como estas|come stai|wie geht|comment allez"
    r"|ca va|tudo bem|apa kabar)\b"
)


# A real note asks a handful of questions; a pasted wall of them is not read to the end.
_MAX_QUESTIONS = 20


def _add_question_hits(hits: _Hits, text: _Text) -> None:
    """A question put to the recipient ("Would you speak at...?") is a reason of its own."""
    searched_to = 0
    questions = (s for s in _SENTENCE_SPLIT.split(text.original) if s.endswith("?"))
    for sentence in itertools.islice(questions, _MAX_QUESTIONS):
        question = _normalize(sentence).norm.strip(" |")
        # Searching on from the last question keeps a note full of questions linear.
        start = text.norm.find(question, searched_to) if question else -1
        if start < 0:
            continue
        searched_to = start + len(question)
        if _SECOND_PERSON.search(question) and not _SMALL_TALK.search(question):
            hits.add(Question.SPECIFIC_REASON, (start, searched_to))


def _add_term_hits(
    hits: _Hits,
    found: _Found,
    text: _Text,
    matcher: _Matcher,
    term_spans: list[tuple[int, int]],
) -> None:
    for kind in sorted(found.term.kinds):
        question = QUESTION_OF_KIND[kind]
        span = (found.start, found.end)
        if kind is TermKind.CONTACTS:
            # One of your contacts named in the note is a connection in common on its own.
            hits.add(question, span, found.term.item)
            continue
        if (
            kind in _FACTS_OF_YOURS
            and _about_the_recipient(text, span)
            and not (kind is TermKind.GROUPS and _seen_in_the_group(text, span))
        ):
            continue
        cue = _cue_near(matcher.cues[question], text, span, term_spans)
        if cue is None and kind is TermKind.INDUSTRIES:
            cue = _self_introduction(text, span)
        if cue is not None:
            hits.add(question, span, found.term.item)
            hits.add(question, cue)


_SELF_INTRODUCTION = re.compile(phrases.SELF_INTRODUCTION)


def _self_introduction(text: _Text, span: tuple[int, int]) -> tuple[int, int] | None:
    found = _SELF_INTRODUCTION.search(text.norm, max(0, span[0] - 40), span[0])
    return found.span() if found else None


# "Love what your team at Rainier is building", "I see you studied at UNSW": a sentence about
# the recipient alone names their employer or school, not one the writer shares. Events are
# left out: "great to meet you at KubeCon" is about both.
_FACTS_OF_YOURS = frozenset(
    {TermKind.ORGANIZATIONS, TermKind.SCHOOLS, TermKind.INDUSTRIES, TermKind.GROUPS}
)
_ABOUT_YOU = re.compile(phrases.ABOUT_YOU)
_ABOUT_THE_WRITER = re.compile(phrases.ABOUT_THE_WRITER)


def _about_the_recipient(text: _Text, span: tuple[int, int]) -> bool:
    start = text.norm.rfind("|", 0, span[0]) + 1
    end = text.norm.find("|", span[1])
    end = end if end >= 0 else len(text.norm)
    # Without the term itself: "TU Delft" says nothing about "tu" (you).
    sentence = f"{text.norm[start : span[0]]} {text.norm[span[1] : end]}"
    return bool(_ABOUT_YOU.search(sentence)) and not _ABOUT_THE_WRITER.search(sentence)


_SEEN_IN_THE_GROUP = re.compile(phrases.SEEN_IN_THE_GROUP)


def _seen_in_the_group(text: _Text, span: tuple[int, int]) -> bool:
    return _SEEN_IN_THE_GROUP.search(text.norm, max(0, span[0] - 60), span[0]) is not None


def _add_first_name_hits(
    hits: _Hits, text: _Text, matcher: _Matcher, masked: list[tuple[int, int]]
) -> None:
    """ "Priya suggested I reach out": a contact's first name next to a referral word."""
    for stem, start, end in text.tokens:
        contact = matcher.contact_first_names.get(stem)
        if contact is None or any(start < m_end and m_start < end for m_start, m_end in masked):
            continue
        cue = _cue_near(matcher.cues[Question.MUTUAL_CONNECTION], text, (start, end), [])
        if cue is not None:
            hits.add(Question.MUTUAL_CONNECTION, (start, end), contact)
            hits.add(Question.MUTUAL_CONNECTION, cue)


def _cue_near(
    cue: re.Pattern[str],
    text: _Text,
    span: tuple[int, int],
    term_spans: list[tuple[int, int]],
) -> tuple[int, int] | None:
    low = max(0, span[0] - _CUE_WINDOW)
    high = min(len(text.norm), span[1] + _CUE_WINDOW)
    for match in cue.finditer(text.norm, low, high):
        inside_a_term = any(
            match.start() < end and start < match.end() for start, end in term_spans
        )
        if (
            not inside_a_term
            and text.same_sentence(span, match.span())
            and not _negated(text, match.span())
        ):
            return match.span()
    return None


# A negation at most this many words before a claim or cue denies it; further away it belongs
# to another clause ("we've never met, but your post on X...").
_NEGATION_REACH = 1


def _negated(text: _Text, span: tuple[int, int]) -> bool:
    """ "we have never met", "no nos conocimos": the words at `span` are denied."""
    before = text.norm[max(0, span[0] - 40) : span[0]]
    if _NEGATION_BEFORE.search(before):
        return True
    # The negation may sit inside the claim itself ("haben uns noch nie getroffen").
    return _NEGATION.search(text.norm, span[0], span[1]) is not None


_NEGATION_BEFORE = re.compile(rf"(?:{phrases.NEGATIONS})(?: [\w']+){{0,{_NEGATION_REACH}}} ?$")


def _pitch(pitches: WordStartPhrases[str], text: _Text, word_starts: list[int]) -> str | None:
    """What the first pitch family the note matches sells, if any."""
    for what, found in pitches.matches(text.norm, word_starts).items():
        for match in found:
            # "how your campus cut suspensions in half" praises the recipient; it sells nothing
            if what != phrases.GROWTH_FIGURES or not _about_the_recipient(text, match.span()):
                return what
    return None


def _first_family(
    families: tuple[tuple[str, re.Pattern[str]], ...], text: _Text | None
) -> str | None:
    if text is None:
        return None
    for what, pattern in families:
        if pattern.search(text.norm):
            return what
    return None


def _weak_evidence(invitation: Invitation, checklist: Checklist) -> list[Evidence]:
    evidence: list[Evidence] = []
    if invitation.headline:
        evidence.extend(_headline_evidence(invitation.headline, checklist._matcher))
    count = invitation.mutual_connections
    if count is not None and count >= checklist.mutual_connections_threshold:
        evidence.append(
            Evidence(
                question=Question.MUTUAL_CONNECTION,
                strength=Strength.WEAK,
                where=Where.MUTUAL_CONNECTIONS,
                matched=(f"{count} connections in common",),
            )
        )
    contacts = _contacts_among(invitation.mutual_names, checklist._matcher)
    if contacts:
        evidence.append(
            Evidence(
                question=Question.MUTUAL_CONNECTION,
                strength=Strength.WEAK,
                where=Where.MUTUAL_CONNECTIONS,
                matched=contacts,
            )
        )
    return evidence


def _headline_evidence(headline: str, matcher: _Matcher) -> Iterator[Evidence]:
    text = _normalize(headline)
    spans: dict[Question, list[tuple[int, int]]] = {}
    found = matcher.find_terms(text)
    for term in found:
        for kind in term.term.kinds & set(HEADLINE_KINDS):
            spans.setdefault(QUESTION_OF_KIND[kind], []).append((term.start, term.end))
    # A headline such as "Career Coach" shares a telling word with the industry "career
    # services" without naming it in full.
    for stem, start, end in text.tokens:
        in_term = any(term.start <= start < term.end for term in found)
        if stem in matcher.industry_words and not in_term:
            spans.setdefault(Question.SAME_INDUSTRY, []).append((start, end))
    for question in Question:
        if question in spans:
            words = dict.fromkeys(text.written(s, e) for s, e in sorted(spans[question]))
            yield Evidence(
                question=question,
                strength=Strength.WEAK,
                where=Where.HEADLINE,
                matched=tuple(words),
            )


def _contacts_among(names: tuple[str, ...], matcher: _Matcher) -> tuple[str, ...]:
    return tuple(name for name in names if _words(name) in matcher.contact_words)


def _category(evidence: tuple[Evidence, ...], flags: list[Flag]) -> Category:
    if flags:
        return Category.NEEDS_A_LOOK
    if any(e.strength is Strength.STRONG for e in evidence):
        return Category.LIKELY_ACCEPT
    if evidence:
        return Category.NEEDS_A_LOOK
    return Category.GENERIC


# ---------------------------------------------------------------------------------------------
# The one-line reason

_WITH_ITEM: dict[Question, str] = {
    Question.MET_IN_PERSON: "The note says you met at {item}.",
    Question.SAME_ORGANIZATION: "The note says you share an employer: {item}.",
    Question.SAME_INDUSTRY: "The note says they work in {item} too.",
    Question.SHARED_INTERESTS: "The note shares your interest in {item}.",
    Question.SAME_GROUPS: "The note says you are both in {item}.",
    Question.MUTUAL_CONNECTION: "The note mentions {item}, a contact of yours.",
    Question.FELLOW_ALUMNI: "The note says you both studied at {item}.",
    Question.SPECIFIC_REASON: 'The note gives a specific reason: "{item}".',
}
_WITHOUT_ITEM: dict[Question, str] = {
    Question.MET_IN_PERSON: "The note says you met in person.",
    Question.SAME_ORGANIZATION: "The note says you worked together.",
    Question.SAME_INDUSTRY: "The note says you work in the same field.",
    Question.SHARED_INTERESTS: "The note mentions a shared interest.",
    Question.SAME_GROUPS: "The note says you belong to the same group.",
    Question.MUTUAL_CONNECTION: "The note mentions a connection in common.",
    Question.FELLOW_ALUMNI: "The note says you are fellow alumni.",
    Question.SPECIFIC_REASON: "The note gives a specific reason.",  # always has an item
}


def _reason(
    invitation: Invitation,
    evidence: tuple[Evidence, ...],
    flags: list[Flag],
    hits: _Hits,
    text: _Text | None,
    pitch: str | None,
    matcher: _Matcher,
) -> str:
    if Flag.UNVERIFIED_SENDER in flags:
        return _unverified_reason(invitation, text, matcher)
    if pitch is not None:
        return f"Sales pitch: {pitch}."
    strong = [e for e in evidence if e.strength is Strength.STRONG]
    if strong:
        return _strong_reason(strong, hits)
    return _weak_reason(invitation, [e for e in evidence if e.strength is Strength.WEAK])


def _unverified_reason(invitation: Invitation, text: _Text | None, matcher: _Matcher) -> str:
    why = invitation.authenticity_reason.strip().rstrip(".") or "it failed authentication"
    reason = f"Unverified sender: {why}; do not trust its links."
    phishing = _first_family(matcher.phishing, text)
    if phishing is not None:
        reason += f" The note asks you to {phishing}."
    return reason


def _strong_reason(strong: list[Evidence], hits: _Hits) -> str:
    first = strong[0]
    item = hits.items.get(first.question)
    if first.question is Question.SPECIFIC_REASON:
        item = first.matched[0]
    if item:
        reason = _WITH_ITEM[first.question].format(item=item)
    else:
        reason = f'{_WITHOUT_ITEM[first.question][:-1]} ("{first.matched[0]}").'
    others = [e.question.label.lower() for e in strong[1:]]
    if others:
        reason += " Also: " + ", ".join(others) + "."
    return reason


def _weak_reason(invitation: Invitation, weak: list[Evidence]) -> str:
    opening = _note_situation(invitation)
    facts = list(dict.fromkeys(_weak_fact(e) for e in weak))
    if not facts:
        return f"{opening}."
    return f"{opening}; {'; '.join(facts)}."


def _note_situation(invitation: Invitation) -> str:
    if invitation.note is None:
        return "No note"
    if invitation.note_is_stock:
        return "Only the network's stock note"
    return "The note says nothing specific"


def _weak_fact(evidence: Evidence) -> str:
    if evidence.where is Where.HEADLINE:
        return f"headline mentions {', '.join(evidence.matched)}"
    if evidence.matched and evidence.matched[0].endswith("connections in common"):
        return evidence.matched[0]
    return f"{', '.join(evidence.matched)} among your connections in common"

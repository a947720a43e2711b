"""Guess the language of a short note from its most common words.

Notes are one to three sentences, so a handful of stopwords per language is enough; a note
too short or too mixed to tell gives None and the caller falls back to the email's language.
"""

from __future__ import annotations

import re

STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "and",
            "to",
            "you",
            "your",
            "i",
            "i'm",
            "i'd",
            "we",
            "my",
            "of",
            "in",
            "at",
            "for",
            "with",
            "on",
            "is",
            "are",
            "would",
            "love",
            "like",
            "it's",
            "let's",
            "about",
            "this",
            "that",
            "be",
            "our",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "de",
            "del",
            "y",
            "en",
            "que",
            "por",
            "para",
            "con",
            "mi",
            "tu",
            "te",
            "me",
            "nos",
            "una",
            "un",
            "es",
            "muy",
            "gustaría",
            "añadirte",
            "agregarte",
            "hola",
            "conocimos",
            "encantaría",
        ]
    ),
    "it": frozenset(
        [
            "il",
            "lo",
            "la",
            "gli",
            "le",
            "di",
            "del",
            "della",
            "e",
            "che",
            "per",
            "con",
            "mi",
            "ti",
            "sono",
            "una",
            "un",
            "alla",
            "sul",
            "sulla",
            "vorrei",
            "ciao",
            "aggiungerti",
            "rete",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "und",
            "ich",
            "sie",
            "wir",
            "mit",
            "zu",
            "auf",
            "ein",
            "eine",
            "nicht",
            "ist",
            "haben",
            "beide",
            "würde",
            "mich",
            "hallo",
            "gerne",
            "meinem",
            "ihr",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "de",
            "des",
            "et",
            "je",
            "vous",
            "nous",
            "un",
            "une",
            "est",
            "pour",
            "avec",
            "sur",
            "mon",
            "votre",
            "à",
            "au",
            "bonjour",
            "souhaiterais",
            "réseau",
        ]
    ),
    "pt": frozenset(
        [
            "o",
            "a",
            "os",
            "as",
            "de",
            "do",
            "da",
            "e",
            "que",
            "para",
            "com",
            "você",
            "minha",
            "meu",
            "em",
            "no",
            "na",
            "um",
            "uma",
            "olá",
            "gostaria",
            "adicionar",
            "rede",
        ]
    ),
    "id": frozenset(
        [
            "saya",
            "anda",
            "ke",
            "di",
            "dan",
            "yang",
            "untuk",
            "dengan",
            "ini",
            "itu",
            "ingin",
            "jaringan",
            "kita",
            "dari",
            "menambahkan",
            "halo",
            "terima",
            "kasih",
        ]
    ),
}


def _languages_of_stopwords() -> dict[str, tuple[str, ...]]:
    """Each stopword with the languages it belongs to ("de" is Spanish, Portuguese, French)."""
    languages: dict[str, tuple[str, ...]] = {}
    for code, stopwords in STOPWORDS.items():
        for word in stopwords:
            languages[word] = (*languages.get(word, ()), code)
    return languages


_LANGUAGES_OF = _languages_of_stopwords()

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_MAX_WORDS = 400  # plenty for a note; keeps a megabyte of text cheap
_MIN_HITS = 2


def detect_language(text: str | None) -> str | None:
    """ISO 639-1 code of the language with the most stopwords in `text`, or None."""
    if not text:
        return None
    scores = dict.fromkeys(STOPWORDS, 0)
    # findall over a bounded prefix: a note's first _MAX_WORDS words fit well within it
    for word in _WORD.findall(text, 0, _MAX_WORDS * 20)[:_MAX_WORDS]:
        for code in _LANGUAGES_OF.get(word.lower(), ()):
            scores[code] += 1
    best = max(scores, key=lambda code: scores[code])
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] < _MIN_HITS or ranked[0] == ranked[1]:
        return None
    return best

"""How long rendering a digest of 500 invitations takes (goal: under 1 s).

    .venv/bin/python benchmarks/bench_render.py [--count 500] [--repeat 5]

Prints the best and median of several renders (templates, CSS inlining, both parts).
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import UTC, datetime, timedelta

from invite_digest.digest import DigestEntry, render_digest
from invite_digest.invitation import (
    Authenticity,
    Category,
    Evidence,
    Invitation,
    Question,
    Strength,
    Verdict,
    Where,
)
from invite_digest.settings import DigestSettings

NOW = datetime(2026, 11, 4, 7, 0, tzinfo=UTC)
NOTE = (
    "Hi Jordan, great meeting you at the Midwest Career Fair last week. I was the one asking "
    "about your internship pipeline at Lakeside University. Let's stay in touch!"
)


def make_entry(number: int) -> DigestEntry:
    category = list(Category)[number % 3]
    invitation = Invitation(
        source="linkedin",
        key=f"member-{number}",
        name=f"Person {number} Example",
        headline="Campus Recruiter at Fairway Insurance",
        location="Columbus, Ohio",
        note=None if category is Category.GENERIC else NOTE,
        mutual_connections=number % 20,
        mutual_names=("Priya Natarajan",),
        profile_url=f"https://www.linkedin.com/in/person-{number}",
        accept_url=f"https://www.linkedin.com/comm/invite-accept/invitationId/{number}",
        received_at=NOW - timedelta(minutes=number),
        authenticity=Authenticity.VERIFIED,
    )
    evidence = (
        Evidence(
            question=Question.MET_IN_PERSON,
            strength=Strength.STRONG,
            where=Where.NOTE,
            matched=("great meeting you", "Midwest Career Fair"),
        ),
        Evidence(
            question=Question.SAME_ORGANIZATION,
            strength=Strength.WEAK,
            where=Where.HEADLINE,
            matched=("Lakeside University",),
        ),
    )
    verdict = Verdict(category=category, evidence=evidence, reason="The note says you met.")
    return DigestEntry(invitation, verdict)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    entries = [make_entry(n) for n in range(args.count)]
    settings = DigestSettings()
    render_digest(entries[:3], settings, now=NOW)  # load templates once, as a running service has
    timings = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        rendered = render_digest(entries, settings, now=NOW)
        timings.append(time.perf_counter() - start)
    size_kb = (len(rendered.html) + len(rendered.text)) / 1024
    print(
        f"render_digest, {args.count} invitations: best {min(timings) * 1000:.0f} ms, "
        f"median {statistics.median(timings) * 1000:.0f} ms over {args.repeat} runs "
        f"({size_kb:.0f} KB of HTML + text)"
    )


if __name__ == "__main__":
    main()

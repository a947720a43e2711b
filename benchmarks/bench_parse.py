"""Time `sources.parse` (+ `checklist.evaluate` when it exists) against bare mail-parser.

Builds 1,000 emails by cycling the fixture invitation emails, then times, in the same run:
the floor (`mailparser.parse_from_bytes` on every email) and the real work, parsing a chunk of
emails and then judging its invitations, as `run` does (parse at ingest, judge at digest time).
The issue's target is a ratio of at most 1.5.

    .venv/bin/python benchmarks/bench_parse.py [--emails N] [--rounds R]
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import time
from collections.abc import Callable
from itertools import cycle, islice
from pathlib import Path
from typing import Any

import mailparser

from invite_digest.invitation import ParseResult
from invite_digest.sources import parse

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
INVITATION_LABELS = {"likely_accept", "needs_a_look", "generic"}
CHUNK = 50  # emails timed in one turn


def invitation_emails() -> list[bytes]:
    labels = json.loads((FIXTURES / "linkedin" / "labels.json").read_text(encoding="utf-8"))
    names = sorted(name for name, label in labels.items() if label["label"] in INVITATION_LABELS)
    paths = [FIXTURES / "linkedin" / name for name in names]
    paths += sorted((FIXTURES / "real").glob("*.eml"))
    return [path.read_bytes() for path in paths]


def evaluator() -> Callable[[ParseResult], object] | None:
    """`evaluate` bound to the sample checklist, if the checklist module exists yet."""
    try:
        checklist: Any = importlib.import_module("invite_digest.checklist")
    except ImportError:
        return None
    if not hasattr(checklist, "evaluate") or not hasattr(checklist, "load_checklist"):
        return None
    profile = checklist.load_checklist(FIXTURES / "checklist.toml")

    # The checklist owner decides whether evaluate takes the loaded profile or not.
    takes_profile = len(inspect.signature(checklist.evaluate).parameters) >= 2

    def evaluate(result: ParseResult) -> object:
        if result.invitation is None:
            return None
        if takes_profile:
            return checklist.evaluate(result.invitation, profile)
        return checklist.evaluate(result.invitation)

    return evaluate


def best_of_interleaved(
    rounds: int, chunks: list[list[bytes]], *works: Callable[[list[bytes]], object]
) -> list[float]:
    """Each work's CPU time: the sum over chunks of its best time on that chunk.

    The contenders take turns chunk by chunk (a tenth of a second each), so a slow spell of a
    shared machine, which can last seconds, hits them alike; the best of several rounds per
    chunk then keeps the quiet moments. CPU time ignores time spent waiting."""
    best = [[float("inf")] * len(chunks) for _ in works]
    for _ in range(rounds):
        for index, chunk in enumerate(chunks):
            for work, times in zip(works, best, strict=True):
                start = time.process_time()
                work(chunk)
                times[index] = min(times[index], time.process_time() - start)
    return [sum(times) for times in best]


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--emails", type=int, default=1000)
    arguments.add_argument("--rounds", type=int, default=5)
    options = arguments.parse_args()

    emails = list(islice(cycle(invitation_emails()), options.emails))
    evaluate = evaluator()

    def floor(chunk: list[bytes]) -> None:
        for raw in chunk:
            mailparser.parse_from_bytes(raw)

    def ours(chunk: list[bytes]) -> None:
        # In the pipeline's order: `run` parses each email as it is fetched and judges the
        # pending invitations together when it builds the digest (pipeline.py), not one email's
        # parse and judgement back to back.
        results = [parse(raw) for raw in chunk]
        if evaluate is not None:
            for result in results:
                evaluate(result)

    def parse_only(chunk: list[bytes]) -> None:
        for raw in chunk:
            parse(raw)

    chunks = [emails[start : start + CHUNK] for start in range(0, len(emails), CHUNK)]
    floor_seconds, parse_seconds, our_seconds = best_of_interleaved(
        options.rounds, chunks, floor, parse_only, ours
    )
    size_kb = sum(map(len, emails)) / len(emails) / 1024
    label = "parse + evaluate" if evaluate else "parse (no checklist.evaluate yet)"
    print(
        f"{len(emails)} emails, {size_kb:.1f} KB on average, "
        f"CPU time, best of {options.rounds} interleaved rounds per chunk of {CHUNK}"
    )
    per_email = 1000 / len(emails)
    floor_ms = floor_seconds * per_email
    print(f"mailparser.parse_from_bytes: {floor_seconds:.3f} s ({floor_ms:.2f} ms/email)")
    if evaluate:
        print(f"parse alone: {parse_seconds:.3f} s (ratio {parse_seconds / floor_seconds:.2f})")
    print(f"{label}: {our_seconds:.3f} s ({our_seconds * per_email:.2f} ms/email)")
    print(f"ratio: {our_seconds / floor_seconds:.2f} (target <= 1.5)")


if __name__ == "__main__":
    main()

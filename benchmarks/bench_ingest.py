"""Benchmark the ingest step against a throwaway Dovecot (the launcher of the tests).

    .venv/bin/python benchmarks/bench_ingest.py 20000

Appends N generated emails (a quarter LinkedIn invitations, the rest other mail: LinkedIn
acceptances from the same sender and newsletters from elsewhere), then measures, each phase in a
fresh process so that its peak memory is its own:

- floor (best of two runs): a bare imapclient SEARCH + `BODY.PEEK[]` FETCH (batches of 100)
  of the matching UIDs and `mailparser.parse_from_bytes` of each: the least any ingest does;
- ingest (bare parse): the real ingest with mail-parser alone as parser: the cost of the
  mailbox, batching and state machinery on top of the floor;
- ingest: the real ingest with the real LinkedIn parser, into a fresh state database;
- the same with `parse_workers=2` (parsing overlaps fetching, in two processes);
- second run: the real ingest again, nothing new.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import mailparser
from imapclient import IMAPClient

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from dovecot_server import DovecotServer, crlf  # noqa: E402
from invite_digest import sources  # noqa: E402
from invite_digest.ingest import ingest  # noqa: E402
from invite_digest.invitation import ParseResult, ParseStatus  # noqa: E402
from invite_digest.mailbox import ImapMailbox  # noqa: E402
from invite_digest.settings import ImapSettings, Security  # noqa: E402
from invite_digest.store import Store  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "linkedin"
SENDERS = ["invitations@linkedin.com", "invitations-noreply@linkedin.com"]
TEMPLATE_ID = b"7390011223344556601"  # the invitation id in 001's links: makes each key unique
FOLDER = "INBOX"


def generate(count: int) -> list[bytes]:
    invitation = (FIXTURES / "001-met-career-fair.eml").read_bytes()
    acceptance = (FIXTURES / "301-accepted.eml").read_bytes()
    newsletter = (FIXTURES / "304-newsletter.eml").read_bytes()
    messages = []
    for number in range(count):
        kind = number % 4
        if kind == 0:
            body = invitation.replace(TEMPLATE_ID, str(7390011223300000000 + number).encode())
        else:
            body = acceptance if kind == 1 else newsletter
        messages.append(_with_message_id(body, f"<bench-{number}@bench.invalid>"))
    return messages


def _with_message_id(raw: bytes, message_id: str) -> bytes:
    head, _, body = raw.replace(b"\r\n", b"\n").partition(b"\n\n")
    lines = [line for line in head.split(b"\n") if not line.lower().startswith(b"message-id:")]
    return b"\n".join([*lines, b"Message-ID: " + message_id.encode()]) + b"\n\n" + body


def fill(server: DovecotServer, user_name: str, count: int) -> float:
    started = time.perf_counter()
    client = IMAPClient("127.0.0.1", port=server.imap_port, ssl=False, timeout=60)
    client.login(user_name, server.password)
    arrived = datetime.now(UTC) - timedelta(days=1)
    chunk: list[dict[str, Any]] = []
    for raw in generate(count):
        chunk.append({"msg": crlf(raw), "date": arrived})
        if len(chunk) == 500:
            client.multiappend(FOLDER, chunk)
            chunk = []
    if chunk:
        client.multiappend(FOLDER, chunk)
    client.logout()
    return time.perf_counter() - started


# -- phases, each run in its own process -----------------------------------------------------


def phase_floor(port: int, user: str, password: str) -> dict[str, float]:
    client = IMAPClient("127.0.0.1", port=port, ssl=False, timeout=60)
    client.login(user, password)
    client.select_folder(FOLDER, readonly=True)
    started = time.perf_counter()
    uids = client.search(["OR", "FROM", SENDERS[0], "FROM", SENDERS[1]])
    parsed = 0
    for start in range(0, len(uids), 100):
        for data in client.fetch(uids[start : start + 100], ["BODY.PEEK[]"]).values():
            mailparser.parse_from_bytes(data[b"BODY[]"])
            parsed += 1
    seconds = time.perf_counter() - started
    client.logout()
    return {"seconds": seconds, "messages": parsed}


def bare_parse(raw: bytes) -> ParseResult:
    mail = mailparser.parse_from_bytes(raw)
    return ParseResult(
        status=ParseStatus.NOT_INVITATION, reason="benchmark", message_id=mail.message_id
    )


def phase_ingest(
    port: int, user: str, password: str, data_dir: str, bare: bool, workers: int = 1
) -> dict[str, float]:
    settings = ImapSettings(
        host="127.0.0.1",
        port=port,
        security=Security.NONE,
        username=user,
        password=password,
        folder=FOLDER,
        read_timeout=600,
    )
    started = time.perf_counter()
    with ImapMailbox(settings) as mailbox, Store.open(Path(data_dir)) as store:
        stats = ingest(
            mailbox,
            store,
            senders=SENDERS,
            lookback_days=14,
            parse=bare_parse if bare else sources.parse,
            parse_workers=workers,
        )
    seconds = time.perf_counter() - started
    return {
        "seconds": seconds,
        "messages": stats.fetched,
        "invitations": stats.new_invitations,
    }


def run_phase(*args: str) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, __file__, "--phase", *args], capture_output=True, text=True, check=True
    ).stdout
    result: dict[str, float] = json.loads(output.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("count", type=int, nargs="?", default=20_000, help="emails to append")
    parser.add_argument("--phase", nargs="+", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.phase:
        print(json.dumps(_phase(arguments.phase)))
        return

    with DovecotServer() as server, tempfile.TemporaryDirectory() as scratch:
        user = server.add_user("bench")
        print(f"appending {arguments.count} emails ...", flush=True)
        print(f"  appended in {fill(server, user.name, arguments.count):.1f} s")
        common = [str(server.imap_port), user.name, user.password]
        # Twice: the first also warms Dovecot's caches; the faster one is the floor.
        floor = min(run_phase("floor", *common), run_phase("floor", *common), key=_seconds)
        bare = run_phase("ingest", *common, str(Path(scratch) / "bare"), "bare")
        full = run_phase("ingest", *common, str(Path(scratch) / "full"), "full")
        again = run_phase("ingest", *common, str(Path(scratch) / "full"), "full")
        workers = run_phase("ingest", *common, str(Path(scratch) / "workers"), "full", "2")
    _report(arguments.count, floor, bare, full, again, workers)


def _seconds(result: dict[str, float]) -> float:
    return result["seconds"]


def _phase(words: list[str]) -> dict[str, float]:
    name, port, user, password, *rest = words
    if name == "floor":
        result = phase_floor(int(port), user, password)
    else:
        workers = int(rest[2]) if len(rest) > 2 else 1
        result = phase_ingest(int(port), user, password, rest[0], rest[1] == "bare", workers)
    result["peak_mb"] = _peak_rss_mb()
    return result


def _peak_rss_mb() -> float:
    """This process's peak resident memory. Not getrusage: on Linux its ru_maxrss keeps the
    parent's peak across fork + exec, which would hide how much a phase itself used."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _report(
    count: int,
    floor: dict[str, float],
    bare: dict[str, float],
    full: dict[str, float],
    again: dict[str, float],
    workers: dict[str, float],
) -> None:
    print(f"N = {count} emails, {floor['messages']:.0f} from the notification senders")
    rows = [
        ("floor: raw FETCH + mailparser", floor),
        ("ingest, mail-parser only", bare),
        ("ingest, LinkedIn parser", full),
        ("ingest, LinkedIn parser, 2 procs", workers),
        ("second run, nothing new", again),
    ]
    for label, result in rows:
        print(
            f"  {label:32s} {result['seconds']:8.2f} s  {result['messages']:6.0f} msgs  "
            f"peak {result['peak_mb']:6.1f} MB  ({result['seconds'] / floor['seconds']:.2f}x floor)"
        )
    print(f"  invitations per second (full ingest): {full['invitations'] / full['seconds']:.0f}")
    print(f"  ingest machinery overhead: {bare['seconds'] / floor['seconds']:.2f}x floor")


if __name__ == "__main__":
    main()

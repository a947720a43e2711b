"""Render a sample digest from the fixture emails and screenshot it with headless Chromium.

    .venv/bin/python scripts/render_example.py [--out docs/digest-example.png] [--html FILE]

Needs `chromium` on PATH (Debian: apt-get install chromium); only for the docs, not for tests.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from invite_digest.checklist import evaluate, load_checklist
from invite_digest.digest import DigestEntry, UnreadableEntry, render_digest
from invite_digest.invitation import ParseStatus
from invite_digest.settings import DigestSettings
from invite_digest.sources import parse

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"
# A readable day's worth: a few of each kind, not all 40 samples.
SAMPLES = (
    "001-met-career-fair.eml",
    "007-mutual-referral.eml",
    "005-shared-interest.eml",
    "103-weak-same-org-headline.eml",
    "101-pitch-saas.eml",
    "105-spoof-good-note.eml",
    "201-stock-en.eml",
    "204-modern-no-note.eml",
    "205-custom-vague.eml",
    "202-stock-es.eml",
)
NOW = datetime(2026, 11, 7, 7, 0, tzinfo=UTC)


def sample_entries() -> tuple[list[DigestEntry], list[UnreadableEntry]]:
    checklist = load_checklist(FIXTURES / "checklist.toml")
    entries, unreadable = [], []
    for name in SAMPLES:
        result = parse((FIXTURES / "linkedin" / name).read_bytes())
        if result.status is ParseStatus.INVITATION and result.invitation is not None:
            invitation = result.invitation
            reminders = 1 if name.startswith("007") else 0
            entries.append(DigestEntry(invitation, evaluate(invitation, checklist), reminders))
        elif result.status is ParseStatus.UNREADABLE:
            unreadable.append(
                UnreadableEntry(result.subject, result.sender, result.date, result.reason)
            )
    return entries, unreadable


def screenshot(html_file: Path, png: Path) -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        sys.exit("chromium not found on PATH (apt-get install chromium)")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--hide-scrollbars",
                f"--user-data-dir={profile}",
                f"--screenshot={png}",
                "--window-size=700,2400",
                html_file.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "digest-example.png")
    parser.add_argument("--html", type=Path, help="also keep the rendered HTML here")
    args = parser.parse_args()
    entries, unreadable = sample_entries()
    rendered = render_digest(entries, DigestSettings(), unreadable=unreadable, now=NOW)
    with tempfile.TemporaryDirectory() as work:
        html_file = Path(args.html or Path(work) / "digest.html").resolve()
        html_file.write_text(rendered.html, encoding="utf-8")
        args.out.parent.mkdir(parents=True, exist_ok=True)
        screenshot(html_file, args.out.resolve())
    print(f"{rendered.subject}\nwrote {args.out}")


if __name__ == "__main__":
    main()

"""Category accuracy of parse + evaluate over a directory of labelled invitation emails.

The directory holds *.eml files and labels.json (file name -> {"label": ..., ...}); the
checklist is <directory>/checklist.toml unless --checklist names another. Only files labelled
likely_accept / needs_a_look / generic count; "ignore" and "any" files must only not crash.

    .venv/bin/python benchmarks/accuracy.py tests/heldout/nurse_lyon [more directories...]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from invite_digest.checklist import Checklist, evaluate, load_checklist
from invite_digest.invitation import Authenticity, Category
from invite_digest.sources import parse

CATEGORIES = [category.value for category in Category]
NOT_READ = "not read"  # the parser found no invitation in a file labelled as one


@dataclass
class Miss:
    file: str
    expected: str
    got: str
    reason: str


@dataclass
class Report:
    directory: Path
    total: int = 0
    right: int = 0
    confusion: dict[tuple[str, str], int] = field(default_factory=dict)
    failed_in_likely_accept: list[str] = field(default_factory=list)
    crashes: list[str] = field(default_factory=list)
    misses: list[Miss] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0


def measure(directory: Path, checklist_path: Path | None = None) -> Report:
    """Parse and evaluate every labelled file of `directory`; never raises for one file."""
    labels = json.loads((directory / "labels.json").read_text(encoding="utf-8"))
    profile = load_checklist(checklist_path or directory / "checklist.toml")
    report = Report(directory)
    for file_name in sorted(labels):
        expected = labels[file_name]["label"]
        try:
            got, reason, failed = _classify((directory / file_name).read_bytes(), profile)
        except Exception as exc:
            report.crashes.append(f"{file_name}: {type(exc).__name__}: {exc}")
            continue
        if expected not in CATEGORIES:
            continue
        _count(report, file_name, expected, got, reason)
        if failed and got == Category.LIKELY_ACCEPT.value:
            report.failed_in_likely_accept.append(file_name)
    return report


def _classify(raw: bytes, profile: Checklist) -> tuple[str, str, bool]:
    result = parse(raw)
    if result.invitation is None:
        return NOT_READ, f"{result.status.value}: {result.reason}", False
    verdict = evaluate(result.invitation, profile)
    failed = result.invitation.authenticity is Authenticity.FAILED
    return verdict.category.value, verdict.reason, failed


def _count(report: Report, file_name: str, expected: str, got: str, reason: str) -> None:
    report.total += 1
    report.confusion[(expected, got)] = report.confusion.get((expected, got), 0) + 1
    if got == expected:
        report.right += 1
    else:
        report.misses.append(Miss(file_name, expected, got, reason))


def render(report: Report) -> str:
    lines = [
        f"== {report.directory}",
        f"category accuracy: {report.right}/{report.total} = {report.accuracy:.1%}",
        f"failed sender in likely accept: {len(report.failed_in_likely_accept)}"
        + "".join(f"\n  {name}" for name in report.failed_in_likely_accept),
        f"crashes: {len(report.crashes)}" + "".join(f"\n  {line}" for line in report.crashes),
        "confusion (rows: expected, columns: got):",
    ]
    columns = [*CATEGORIES, NOT_READ]
    lines.append(" " * 14 + "".join(f"{name[:12]:>14}" for name in columns))
    for expected in CATEGORIES:
        counts = "".join(f"{report.confusion.get((expected, got), 0):>14}" for got in columns)
        lines.append(f"{expected[:12]:<14}{counts}")
    lines.append(f"misses: {len(report.misses)}")
    lines += [f"  {m.file}: expected {m.expected}, got {m.got} ({m.reason})" for m in report.misses]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directories", nargs="+", type=Path)
    parser.add_argument("--checklist", type=Path, help="default: <directory>/checklist.toml")
    arguments = parser.parse_args(argv)
    reports = [measure(directory, arguments.checklist) for directory in arguments.directories]
    print("\n\n".join(render(report) for report in reports))
    return 0 if all(not report.crashes for report in reports) else 1


if __name__ == "__main__":
    sys.exit(main())

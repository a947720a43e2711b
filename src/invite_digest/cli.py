"""Command line: argument handling and output only; the work happens in the other modules.

Exit codes: 0 success; 1 the run failed (mailbox, delivery) or `health` found a problem;
2 bad usage, settings or checklist; 3 another run holds the data directory's lock.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from . import __version__
from .errors import ConfigError, InviteDigestError

log = logging.getLogger("invite_digest")

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def main(argv: Sequence[str] | None = None) -> int:
    parser = _build_parser()
    args = parser.parse_args(argv)
    for name, default in (("config", None), ("verbose", False), ("quiet", False)):
        if not hasattr(args, name):  # the common options default to "not given" (SUPPRESS)
            setattr(args, name, default)
    _configure_logging(args.verbose, args.quiet)
    try:
        code: int = args.handler(args)
    except InviteDigestError as exc:
        print(f"invite-digest: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("invite-digest: interrupted", file=sys.stderr)
        return 130
    return code


def _build_parser() -> argparse.ArgumentParser:
    # SUPPRESS: an option given before the command must survive the subcommand's parsing.
    common = argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS)
    common.add_argument(
        "--config",
        type=Path,
        help="settings file (default: $INVITE_DIGEST_CONFIG, else config/invite-digest.toml)",
    )
    verbosity = common.add_mutually_exclusive_group()
    verbosity.add_argument("-v", "--verbose", action="store_true", help="show debug messages")
    verbosity.add_argument("-q", "--quiet", action="store_true", help="show only problems")

    parser = argparse.ArgumentParser(
        prog="invite-digest",
        description="A daily digest of connection invitations, judged against your checklist.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser("run", parents=[common], help="fetch, judge and send one digest now")
    run.add_argument(
        "--dry-run",
        action="store_true",
        help="change nothing anywhere (no mail sent, no flags, no state); write the digest "
        "to --output instead",
    )
    run.add_argument(
        "--output",
        help="with --dry-run: write the HTML digest to this file, or '-' for the text "
        "version on standard output (default: -)",
    )
    run.add_argument(
        "--since",
        type=_parse_date,
        help="look at notifications from this date (YYYY-MM-DD) instead of the lookback window",
    )
    run.add_argument(
        "--reparse",
        action="store_true",
        help="read the notifications recorded as unreadable again (after an upgrade)",
    )
    run.set_defaults(handler=_cmd_run)

    serve = commands.add_parser("serve", parents=[common], help="send the digest on a schedule")
    serve.add_argument("--run-now", action="store_true", help="also run once at start")
    serve.set_defaults(handler=_cmd_serve)

    check = commands.add_parser(
        "check", parents=[common], help="check the settings, checklist, IMAP and SMTP"
    )
    check.set_defaults(handler=_cmd_check)

    health = commands.add_parser(
        "health", parents=[common], help="exit 0 when `serve` is alive and the last run worked"
    )
    health.add_argument(
        "--max-age",
        type=int,
        default=300,
        help="seconds after which the heartbeat counts as stale (default: 300)",
    )
    health.set_defaults(handler=_cmd_health)

    explain = commands.add_parser(
        "explain", parents=[common], help="judge .eml files offline and show why"
    )
    explain.add_argument("files", nargs="+", type=Path, metavar="FILE")
    explain.add_argument(
        "--checklist",
        type=Path,
        help="checklist file (default: the one in the settings, else the bundled example)",
    )
    explain.add_argument("--format", choices=["text", "json"], default="text")
    explain.set_defaults(handler=_cmd_explain)

    redact = commands.add_parser(
        "redact", parents=[common], help="write a copy of an .eml that is safe to share"
    )
    redact.add_argument("file", type=Path, metavar="FILE.eml")
    redact.add_argument("-o", "--output", type=Path, help="output file (default: stdout)")
    redact.set_defaults(handler=_cmd_redact)
    return parser


def _parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date like 2026-11-01, got {text!r}") from None


def _configure_logging(verbose: bool, quiet: bool) -> None:
    level = logging.DEBUG if verbose else logging.WARNING if quiet else logging.INFO
    logging.basicConfig(
        level=level,
        format="%(asctime)s %(levelname)s %(message)s",
        datefmt="%Y-%m-%d %H:%M:%S",
        stream=sys.stderr,
    )
    # Library chatter (imaplib protocol traces, APScheduler internals) only when asked for.
    for noisy in ("imapclient", "apscheduler", "mail-parser", "mailparser"):
        logging.getLogger(noisy).setLevel(logging.DEBUG if verbose else logging.WARNING)


def _cmd_explain(args: argparse.Namespace) -> int:
    from .checklist import load_checklist
    from .explain import as_json, as_text, explain_files

    missing = [str(file) for file in args.files if not file.is_file()]
    if missing:
        raise ConfigError(f"no such file: {', '.join(missing)}")
    checklist = load_checklist(_checklist_path(args))
    render = as_json if args.format == "json" else as_text
    for explained in explain_files(args.files, checklist):
        print(render(explained), flush=True)
    return EXIT_OK


def _checklist_path(args: argparse.Namespace) -> Path:
    from .resources import default_checklist_path
    from .settings import load_settings

    if args.checklist is not None:
        return Path(args.checklist)
    settings = load_settings(args.config, require_file=args.config is not None)
    return settings.checklist or default_checklist_path()


def _cmd_run(args: argparse.Namespace) -> int:
    from .pipeline import run_once
    from .progress import progress_printer
    from .settings import load_settings

    if args.output is not None and not args.dry_run:
        raise ConfigError("--output goes with --dry-run (a real run sends the digest by mail)")
    settings = load_settings(args.config)
    report = run_once(
        settings,
        dry_run=args.dry_run,
        since=args.since,
        reparse=args.reparse,
        progress=progress_printer(sys.stderr),
    )
    if args.dry_run:
        _write_dry_run_output(report.rendered, args.output or "-")
    log.info("%s", report.summary())
    return EXIT_OK


def _write_dry_run_output(rendered: object, output: str) -> None:
    from .digest import RenderedDigest

    if not isinstance(rendered, RenderedDigest):
        print("No digest: nothing new to report.", file=sys.stderr)
        return
    if output == "-":
        sys.stdout.write(f"Subject: {rendered.subject}\n\n{rendered.text}")
        return
    target = Path(output)
    try:
        target.write_text(rendered.html, encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot write {target}: {exc.strerror}") from None
    print(f"Digest written to {target} ({rendered.subject})", file=sys.stderr)


def _cmd_serve(args: argparse.Namespace) -> int:
    from .pipeline import run_once
    from .scheduler import serve
    from .settings import load_settings

    settings = load_settings(args.config)

    def scheduled_run() -> None:
        report = run_once(settings)
        log.info("%s", report.summary())

    serve(settings, scheduled_run, run_now=args.run_now)
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from .check import run_checks
    from .settings import load_settings

    settings = load_settings(args.config)
    problems = 0
    for line in run_checks(settings):
        print(("  ok   " if line.ok else "  FAIL ") + line.text)
        problems += not line.ok
    if problems:
        print(f"{problems} problem(s) found.")
        return EXIT_FAILED
    print("All good.")
    return EXIT_OK


def _cmd_health(args: argparse.Namespace) -> int:
    from .check import health
    from .settings import load_settings

    settings = load_settings(args.config)
    healthy, reason = health(settings, max_age_seconds=args.max_age)
    print(reason)
    return EXIT_OK if healthy else EXIT_FAILED


def _cmd_redact(args: argparse.Namespace) -> int:
    from .redact import redact_email

    try:
        raw = args.file.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read {args.file}: {exc.strerror}") from None
    redacted = redact_email(raw)
    if args.output is None:
        sys.stdout.buffer.write(redacted)
        return EXIT_OK
    try:
        args.output.write_bytes(redacted)
    except OSError as exc:
        raise ConfigError(f"cannot write {args.output}: {exc.strerror}") from None
    print(f"Redacted copy written to {args.output}; please check it before sharing.")
    return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())

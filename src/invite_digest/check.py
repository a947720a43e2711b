"""`check` and `health`: tell the user, in plain words, whether the setup works."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from .checklist import TermKind, load_checklist
from .errors import InviteDigestError
from .resources import default_checklist_path
from .settings import MailboxKind, Settings
from .store import Store


@dataclass(frozen=True)
class CheckLine:
    ok: bool
    text: str


def run_checks(settings: Settings) -> Iterator[CheckLine]:
    """Check each part in turn; a failing part does not stop the others from being checked."""
    yield CheckLine(True, f"settings read from {settings.config_path}")
    yield _check_checklist(settings)
    yield from _check_mailbox(settings)
    yield from _check_smtp(settings)


def _check_checklist(settings: Settings) -> CheckLine:
    path = settings.checklist or default_checklist_path()
    try:
        checklist = load_checklist(path)
    except InviteDigestError as exc:
        return CheckLine(False, str(exc))
    terms = sum(len(checklist.terms(kind)) for kind in TermKind)
    return CheckLine(True, f"checklist {path} ({terms} profile entries)")


def _check_mailbox(settings: Settings) -> Iterator[CheckLine]:
    from .pipeline import layout_hint_from_history, open_source

    since = datetime.now(UTC).date() - timedelta(days=settings.imap.lookback_days)
    try:
        with open_source(settings) as source:
            uids = source.search(after_uid=None, since=since, senders=settings.sources.senders)
            where = f"{source.account}, folder {source.folder!r}"
    except InviteDigestError as exc:
        yield CheckLine(False, f"mailbox: {exc}")
        return
    kind = settings.mailbox.kind
    label = "IMAP" if kind is MailboxKind.IMAP else kind.value
    yield CheckLine(True, f"{label} mailbox {where}")
    yield CheckLine(
        True,
        f"{len(uids)} notification(s) from {', '.join(settings.sources.senders)} in the last "
        f"{settings.imap.lookback_days} days",
    )
    hint = layout_hint_from_history(settings)
    if hint:
        yield CheckLine(False, hint)


def _check_smtp(settings: Settings) -> Iterator[CheckLine]:
    from .delivery import probe

    if not settings.smtp.host or not settings.digest.recipients:
        yield CheckLine(
            False, "smtp.host and digest.recipients must be set to send the digest by mail"
        )
        return
    try:
        probe(settings.smtp)
    except InviteDigestError as exc:
        yield CheckLine(False, f"SMTP: {exc}")
        return
    yield CheckLine(
        True,
        f"SMTP {settings.smtp.host}:{settings.smtp.effective_port} accepts a login; digest goes "
        f"to {', '.join(settings.digest.recipients)}",
    )


def health(settings: Settings, *, max_age_seconds: int) -> tuple[bool, str]:
    """Healthy when the scheduler's heartbeat is fresh and the last run did not fail."""
    from .scheduler import check_health

    last_failed = _last_run_failed(settings.data_dir)
    return check_health(
        settings.data_dir,
        max_age=timedelta(seconds=max_age_seconds),
        last_run_failed=last_failed,
    )


def _last_run_failed(data_dir: Path) -> bool | None:
    if not (data_dir / Store.FILE_NAME).exists():
        return None
    with Store.open(data_dir) as store:
        last = store.last_run()
    return None if last is None else last.outcome == "failed"

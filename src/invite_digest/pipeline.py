"""One run: the only place that knows the order of the steps (DESIGN.md, "Data flow").

fetch new notifications → store them → judge every pending invitation with the current
checklist → render → deliver → mark delivered → post-digest action on the mailbox.

Guarantees kept here: nothing is marked delivered, flagged or moved before the SMTP server
accepted the digest; a failed delivery leaves everything pending for the next run; one run at
a time per data directory; `dry_run` writes nothing anywhere.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from .checklist import Checklist, evaluate, load_checklist
from .delivery import deliver
from .digest import (
    DigestEntry,
    RenderedDigest,
    UnreadableEntry,
    build_message,
    render_digest,
    render_empty,
)
from .errors import ConfigError, InviteDigestError
from .ingest import IngestStats, ingest
from .mailbox import MailSource
from .resources import default_checklist_path
from .runlock import run_lock
from .settings import MailboxKind, PostAction, Settings
from .store import Store

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


@dataclass(frozen=True)
class RunReport:
    ingest: IngestStats
    counts: Mapping[str, int] = field(default_factory=dict)
    rendered: RenderedDigest | None = None
    delivered: bool = False
    warnings: tuple[str, ...] = ()

    def summary(self) -> str:
        if self.rendered is None:
            return "nothing new: no digest"
        verb = "sent" if self.delivered else "not sent (dry run)"
        return f"digest {verb}: {self.rendered.subject}"


def run_once(
    settings: Settings,
    *,
    dry_run: bool = False,
    since: date | None = None,
    reparse: bool = False,
    progress: Callable[[int, int], None] | None = None,
    clock: Clock = lambda: datetime.now(UTC),
) -> RunReport:
    """Do one complete run. Raises InviteDigestError subclasses for the CLI to report."""
    checklist = _load_checklist(settings)
    if not dry_run:
        _require_delivery_settings(settings)
    # A dry run writes nothing, so it needs no lock: it reads a snapshot of the state.
    lock = nullcontext() if dry_run else run_lock(settings.data_dir)
    with lock, _open_store(settings, dry_run) as store:
        run_id = store.start_run()
        try:
            report = _run(settings, store, checklist, dry_run, since, reparse, progress, clock)
            if not dry_run:
                _apply_post_action(settings, store)
        except InviteDigestError as exc:
            store.finish_run(run_id, "failed", str(exc), {})
            raise
        except Exception as exc:
            # An unexpected bug: record it so `health` tells, then let the traceback out.
            store.finish_run(run_id, "failed", f"internal error: {type(exc).__name__}", {})
            raise
        store.finish_run(run_id, "ok", None, {**report.counts, **_ingest_counts(report.ingest)})
        return report


def _ingest_counts(stats: IngestStats) -> dict[str, int]:
    return {
        "fetched": stats.fetched,
        "fetched_invitations": stats.invitations,
        "fetched_unreadable": stats.unreadable,
    }


def _run(
    settings: Settings,
    store: Store,
    checklist: Checklist,
    dry_run: bool,
    since: date | None,
    reparse: bool,
    progress: Callable[[int, int], None] | None,
    clock: Clock,
) -> RunReport:
    with open_source(settings) as source:
        if reparse:
            store.forget_unreadable(source.account, source.folder)
        stats = ingest(
            source,
            store,
            senders=settings.sources.senders,
            lookback_days=settings.imap.lookback_days,
            since=since,
            progress=progress,
        )
    log.info(
        "fetched %d notification(s): %d invitation(s), %d other, %d unreadable, %d skipped",
        stats.fetched,
        stats.invitations,
        stats.not_invitations,
        stats.unreadable,
        stats.skipped,
    )
    warnings = layout_warnings(stats, store)
    for warning in warnings:
        log.warning("%s", warning)

    pending = store.pending_invitations()
    entries = [
        DigestEntry(p.invitation, evaluate(p.invitation, checklist), p.reminders) for p in pending
    ]
    unreadable = store.unreported_unreadable()
    now = clock()
    if entries or unreadable or warnings:
        rendered = render_digest(
            entries,
            settings.digest,
            unreadable=[UnreadableEntry(u.subject, u.sender, u.date, u.reason) for u in unreadable],
            warnings=warnings,
            now=now,
        )
    elif settings.digest.send_when_empty:
        rendered = render_empty(settings.digest, warnings=warnings, now=now)
    else:
        log.info("no new invitations: no digest sent (digest.send_when_empty is off)")
        return RunReport(stats, warnings=tuple(warnings))
    if dry_run:
        return RunReport(stats, rendered.counts, rendered, warnings=tuple(warnings))

    recipients = settings.digest.recipients
    sender = settings.smtp.sender or recipients[0]
    message = build_message(
        rendered, sender=sender, recipients=recipients, settings=settings.digest, now=now
    )
    deliver(message, settings.smtp, recipients)
    keys = [entry.invitation.key for entry in entries]
    store.record_digest(keys, [u.id for u in unreadable], recipients, rendered.counts)
    log.info("digest delivered to %d recipient(s): %s", len(recipients), rendered.subject)
    return RunReport(stats, rendered.counts, rendered, delivered=True, warnings=tuple(warnings))


def layout_warnings(stats: IngestStats, store: Store) -> list[str]:
    """Say so plainly when a run read none of the notifications it fetched."""
    if stats.unreadable == 0 or stats.invitations > 0:
        return []
    known = store.invitation_count()
    earlier = f", while earlier runs read {known} invitation(s)" if known else ""
    return [
        f"LinkedIn may have changed its email layout: none of the {stats.unreadable} "
        f"notification(s) fetched in this run could be read{earlier}. They are listed under "
        "'Could not read'; please report it with a redacted copy (invite-digest redact)."
    ]


def layout_hint_from_history(settings: Settings) -> str | None:
    """For `check`: the layout warning of the last finished run, if it had one."""
    if not (settings.data_dir / Store.FILE_NAME).exists():
        return None
    with Store.open_dry_run(settings.data_dir) as store:
        last = store.last_run()
    if last is None or last.outcome != "ok":
        return None
    unreadable = last.counts.get("fetched_unreadable", 0)
    if unreadable and not last.counts.get("fetched_invitations", 0):
        return (
            f"the last run could read none of the {unreadable} notification(s) it fetched: "
            "LinkedIn may have changed its email layout (see the README's troubleshooting)"
        )
    return None


def _apply_post_action(settings: Settings, store: Store) -> None:
    """Flag or move the notifications of delivered invitations not acted on yet.

    Runs at the end of every run that is not a dry run, whether or not it delivered, so a run
    killed between delivery and this step, or a reminder that arrives later, is handled next
    time. The digests are out already: a failure here only warns and is retried by the next run.
    """
    action = settings.imap.post_action
    if action is PostAction.NONE:
        return
    awaiting = store.uids_awaiting_post_action()
    if not awaiting:
        return
    try:
        with open_source(settings) as source:
            uids = awaiting.get((source.account, source.folder), [])
            if uids:
                source.apply_post_action(
                    uids, action, keyword=settings.imap.keyword, move_to=settings.imap.move_to
                )
                store.mark_post_action_done(source.account, source.folder, uids)
    except InviteDigestError as exc:
        log.warning("the post-digest action %s failed (retried next run): %s", action, exc)


def open_source(settings: Settings) -> MailSource:
    if settings.mailbox.kind is MailboxKind.IMAP:
        from .mailbox import open_mailbox

        return open_mailbox(settings)
    from .localmail import open_local_mailbox

    return open_local_mailbox(settings)


def _open_store(settings: Settings, dry_run: bool) -> Store:
    if dry_run:
        return Store.open_dry_run(settings.data_dir)
    return Store.open(settings.data_dir)


def _load_checklist(settings: Settings) -> Checklist:
    return load_checklist(settings.checklist or default_checklist_path())


def _require_delivery_settings(settings: Settings) -> None:
    missing = []
    if not settings.digest.recipients:
        missing.append("digest.recipients")
    if not settings.smtp.host:
        missing.append("smtp.host")
    if missing:
        where = settings.config_path or "the config file"
        raise ConfigError(
            f"missing setting(s) {', '.join(missing)} in {where} "
            "(needed to send the digest; try `run --dry-run` to preview without sending)"
        )

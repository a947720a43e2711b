"""The "fetch new notifications, store them" step of a run.

Search the source for notification senders, skip what the store already knows, fetch the rest
in batches, parse each message and record every batch in one transaction. The bookmark (the
folder's last UID) moves with each committed batch, so a run that fails halfway leaves nothing
half-done and the next run goes on from there.

Which messages a run looks at:
- first run on a folder, or its UIDVALIDITY changed: those that arrived in the last
  `lookback_days` (a rescan recognises known messages by Message-ID, so nothing is re-sent);
- later runs: UIDs above the bookmark;
- an explicit `since`: everything since that day, minus what is already stored.

For a dry run, pass a `Store.open_dry_run` store: the same code runs, nothing reaches the disk.
"""

from __future__ import annotations

import logging
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from . import sources
from .invitation import ParseResult, ParseStatus
from .mailbox import FetchedMessage, MailSource
from .store import BatchResult, MessageRecord, Outcome, Store

log = logging.getLogger(__name__)

Parse = Callable[[bytes], ParseResult]
Progress = Callable[[int, int], None]
Clock = Callable[[], datetime]

DEFAULT_BATCH = 100  # messages per store transaction

_HEADER_END = re.compile(rb"\r?\n\r?\n")
_MESSAGE_ID = re.compile(rb"^message-id:(.*(?:\r?\n[ \t].*)*)", re.IGNORECASE | re.MULTILINE)
_OUTCOMES = {
    ParseStatus.INVITATION: Outcome.INVITATION,
    ParseStatus.NOT_INVITATION: Outcome.NOT_INVITATION,
    ParseStatus.UNREADABLE: Outcome.UNREADABLE,
}


@dataclass(frozen=True)
class IngestStats:
    fetched: int = 0  # messages handled in this run, skipped ones included
    invitations: int = 0  # messages that were invitations (reminders and duplicates included)
    not_invitations: int = 0
    unreadable: int = 0
    skipped: int = 0  # not downloaded: too large, or the server sent no body
    new_invitations: int = 0  # invitations the store did not know yet
    reminders: int = 0  # further notifications of a stored invitation
    duplicates: int = 0  # messages already known by Message-ID (after a UIDVALIDITY change)
    matched: int = 0  # UIDs the search found, before skipping known ones
    rescanned: bool = False  # first run on the folder, or its UIDVALIDITY changed


@dataclass(frozen=True)
class _Window:
    today: date
    lookback: timedelta


def ingest(
    source: MailSource,
    store: Store,
    *,
    senders: Sequence[str],
    lookback_days: int,
    parse: Parse = sources.parse,
    since: date | None = None,
    progress: Progress | None = None,
    clock: Clock = lambda: datetime.now(UTC),
    batch_size: int = DEFAULT_BATCH,
    parse_workers: int = 1,
) -> IngestStats:
    """Fetch the new notifications of `source` and record them in `store`.

    `progress(done, total)` is called before the first batch and after each one.
    `parse_workers` > 1 parses in that many processes while the next batch is fetched (for
    large backlogs; `parse` must then be a module-level function).
    Raises MailboxError when the mailbox fails for good; the batches stored until then stay.
    """
    account, folder = source.account, source.folder
    uidvalidity = source.uidvalidity()
    today = clock().date()
    lookback = _Window(today, timedelta(days=lookback_days))
    after_uid, window, rescan = _where_to_look(store, source, uidvalidity, since, lookback)
    found = source.search(after_uid=after_uid, since=window, senders=senders)
    known = store.known_uids(account, folder, uidvalidity, found)
    new_uids = [uid for uid in found if uid not in known]
    log.info("%d matching message(s), %d new", len(found), len(new_uids))

    counter = _Counter(matched=len(found), rescanned=rescan)
    if progress:
        progress(0, len(new_uids))
    batches = _batches(source.fetch(new_uids), batch_size)
    for records in _parsed(batches, parse, parse_workers):
        counter.add_records(records)
        counter.add_batch(store.record_batch(account, folder, uidvalidity, records, now=clock()))
        if progress:
            progress(counter.fetched, len(new_uids))
    store.mark_checked(account, folder, today)
    return counter.stats()


def _where_to_look(
    store: Store, source: MailSource, uidvalidity: int, since: date | None, window: _Window
) -> tuple[int | None, date, bool]:
    """(after_uid, since, rescan) for the search, restarting the bookmark on a new folder or
    a new UIDVALIDITY.

    The date bound (the lookback window before the last complete read, or before today) keeps
    sources without ordered UIDs (Maildir, mbox) from reading all old mail again; for IMAP the
    UID bookmark does the real work.
    """
    state = store.folder_state(source.account, source.folder)
    rescan = state is None or state.uidvalidity != uidvalidity
    if rescan:
        if state is not None:
            log.warning(
                "UIDVALIDITY of %s %r changed: rescanning the folder", source.account, source.folder
            )
        store.set_uidvalidity(source.account, source.folder, uidvalidity)
    if since is not None:
        return None, since, rescan
    if state is None or rescan:
        return None, window.today - window.lookback, rescan
    after_uid = state.last_uid if state.last_uid > 0 else None
    return after_uid, (state.checked_on or window.today) - window.lookback, rescan


def _batches(messages: Iterable[FetchedMessage], size: int) -> Iterator[list[FetchedMessage]]:
    batch: list[FetchedMessage] = []
    for message in messages:
        batch.append(message)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _parsed(
    batches: Iterator[list[FetchedMessage]], parse: Parse, workers: int
) -> Iterator[list[MessageRecord]]:
    """The records of each batch, in order; with workers, parsed in other processes while
    the next batches are fetched (at most `workers` + 1 batches in memory)."""
    if workers <= 1:
        for batch in batches:
            yield _records(batch, parse)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        in_flight: deque[Future[list[MessageRecord]]] = deque()
        for batch in batches:
            in_flight.append(pool.submit(_records, batch, parse))
            if len(in_flight) > workers:
                yield in_flight.popleft().result()
        while in_flight:
            yield in_flight.popleft().result()


def _records(batch: list[FetchedMessage], parse: Parse) -> list[MessageRecord]:
    return [_record(message, parse) for message in batch]


def _record(message: FetchedMessage, parse: Parse) -> MessageRecord:
    if message.raw is None:
        reason = message.skipped_reason or "not downloaded"
        return MessageRecord(message.uid, Outcome.SKIPPED, reason)
    result = _safe_parse(parse, message.raw)
    invitation = result.invitation if result.status is ParseStatus.INVITATION else None
    message_id = result.message_id or (invitation.message_id if invitation else None)
    return MessageRecord(
        uid=message.uid,
        outcome=_OUTCOMES[result.status],
        reason=result.reason,
        message_id=message_id or _header_message_id(message.raw),
        subject=result.subject,
        sender=result.sender,
        date=result.date,
        invitation=invitation,
    )


def _safe_parse(parse: Parse, raw: bytes) -> ParseResult:
    """A parser bug becomes an unreadable message, never a failed run."""
    try:
        result = parse(raw)
    except Exception as exc:
        log.exception("the parser failed on a message")
        return ParseResult(status=ParseStatus.UNREADABLE, reason=f"parser error: {exc!r}"[:200])
    if result.status is ParseStatus.INVITATION and result.invitation is None:
        return result.model_copy(
            update={"status": ParseStatus.UNREADABLE, "reason": "invitation without details"}
        )
    return result


def _header_message_id(raw: bytes) -> str | None:
    """The Message-ID header, found without parsing the message (it may be damaged)."""
    end = _HEADER_END.search(raw)
    match = _MESSAGE_ID.search(raw[: end.start()] if end else raw)
    if match is None:
        return None
    return b" ".join(match.group(1).split()).decode("ascii", errors="replace") or None


class _Counter:
    def __init__(self, *, matched: int, rescanned: bool) -> None:
        self.matched = matched
        self.rescanned = rescanned
        self.fetched = 0
        self.by_outcome = dict.fromkeys(Outcome, 0)
        self.new_invitations = self.reminders = self.duplicates = 0

    def add_records(self, records: Sequence[MessageRecord]) -> None:
        self.fetched += len(records)
        for record in records:
            self.by_outcome[record.outcome] += 1

    def add_batch(self, result: BatchResult) -> None:
        self.new_invitations += result.new_invitations
        self.reminders += result.reminders
        self.duplicates += result.duplicates

    def stats(self) -> IngestStats:
        return IngestStats(
            fetched=self.fetched,
            invitations=self.by_outcome[Outcome.INVITATION],
            not_invitations=self.by_outcome[Outcome.NOT_INVITATION],
            unreadable=self.by_outcome[Outcome.UNREADABLE],
            skipped=self.by_outcome[Outcome.SKIPPED],
            new_invitations=self.new_invitations,
            reminders=self.reminders,
            duplicates=self.duplicates,
            matched=self.matched,
            rescanned=self.rescanned,
        )

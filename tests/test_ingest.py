"""The ingest step end to end: real Dovecot, real LinkedIn parser, real SQLite state."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from imapclient import IMAPClient

from dovecot_server import CuttableProxy, DovecotServer, ImapUser, append_messages
from invite_digest import sources
from invite_digest.errors import MailboxError
from invite_digest.ingest import IngestStats, ingest
from invite_digest.invitation import ParseResult
from invite_digest.mailbox import FetchedMessage, ImapMailbox
from invite_digest.settings import ImapSettings, PostAction, Security
from invite_digest.store import MessageRecord, Outcome, Store

LINKEDIN_DIR = Path(__file__).parent / "fixtures" / "linkedin"
LABELS = json.loads((LINKEDIN_DIR / "labels.json").read_text())
SENDERS = ["invitations@linkedin.com", "invitations-noreply@linkedin.com"]
NOW = datetime.now(UTC)
RECENT = NOW - timedelta(days=2)
OLD = NOW - timedelta(days=40)
FOLDER = "LinkedIn Mail"
NEWSLETTER = b"From: Lakeside News <news@lakeside.example>\nSubject: Weekly\n\nHi\n"


def eml(name: str) -> bytes:
    return (LINKEDIN_DIR / name).read_bytes()


def names(store: Store) -> list[str]:
    return sorted(p.invitation.name for p in store.pending_invitations())


def expected_names(*files: str) -> list[str]:
    return sorted(LABELS[name]["name"] for name in files)


@pytest.fixture
def admin(dovecot: DovecotServer, imap_user: ImapUser) -> Iterator[IMAPClient]:
    client = dovecot.client(imap_user)
    client.create_folder(FOLDER)
    yield client
    client.logout()


@pytest.fixture
def proxy(imap_proxy: CuttableProxy) -> CuttableProxy:
    return imap_proxy


@pytest.fixture
def settings(imap_user: ImapUser, proxy: CuttableProxy) -> ImapSettings:
    return ImapSettings(
        host="127.0.0.1",
        port=proxy.port,
        security=Security.NONE,
        username=imap_user.name,
        password=imap_user.password,
        folder=FOLDER,
        batch_size=2,
        connect_timeout=5,
        read_timeout=5,
    )


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def run(settings: ImapSettings, data_dir: Path, **options: object) -> IngestStats:
    return run_counting_reconnects(settings, data_dir, **options)[0]


def run_counting_reconnects(
    settings: ImapSettings, data_dir: Path, **options: object
) -> tuple[IngestStats, int]:
    with ImapMailbox(settings, sleep=lambda _: None) as mailbox, Store.open(data_dir) as store:
        stats = ingest(mailbox, store, senders=SENDERS, lookback_days=14, **options)  # type: ignore[arg-type]
        return stats, mailbox.reconnects


def test_first_run_reads_only_the_lookback_window(
    settings: ImapSettings, data_dir: Path, admin: IMAPClient
) -> None:
    append_messages(admin, FOLDER, [eml("001-met-career-fair.eml")], arrived=OLD)
    recent = ["003-same-org-past.eml", "004-same-industry.eml", "402-bad-charset.eml"]
    append_messages(admin, FOLDER, [eml(n) for n in recent], arrived=RECENT)
    append_messages(admin, FOLDER, [eml("301-accepted.eml"), NEWSLETTER], arrived=RECENT)
    stats = run(settings, data_dir)
    assert (stats.fetched, stats.invitations, stats.not_invitations) == (4, 3, 1)
    assert stats.rescanned
    with Store.open(data_dir) as store:
        assert names(store) == expected_names(*recent)


def test_nothing_new_means_one_search_and_no_fetch_then_new_mail_is_picked_up(
    settings: ImapSettings, data_dir: Path, admin: IMAPClient, proxy: CuttableProxy
) -> None:
    append_messages(admin, FOLDER, [eml("001-met-career-fair.eml")], arrived=RECENT)
    run(settings, data_dir)
    proxy.sent.clear()
    again = run(settings, data_dir)
    assert again.fetched == 0
    assert (proxy.commands("UID SEARCH"), proxy.commands("UID FETCH")) == (1, 0)
    append_messages(admin, FOLDER, [eml("008-alumni.eml")], arrived=NOW)
    third = run(settings, data_dir)
    assert (third.fetched, third.new_invitations) == (1, 1)
    with Store.open(data_dir) as store:
        assert names(store) == expected_names("001-met-career-fair.eml", "008-alumni.eml")


def test_read_flags_are_untouched(
    settings: ImapSettings, data_dir: Path, admin: IMAPClient
) -> None:
    append_messages(admin, FOLDER, [eml("001-met-career-fair.eml")], arrived=RECENT)
    append_messages(
        admin, FOLDER, [eml("002-same-org-current.eml")], arrived=RECENT, flags=(b"\\Seen",)
    )
    admin.select_folder(FOLDER, readonly=True)
    before = admin.get_flags([1, 2])
    assert run(settings, data_dir).fetched == 2
    admin.select_folder(FOLDER, readonly=True)
    assert admin.get_flags([1, 2]) == before
    assert b"\\Seen" not in before[1]


def test_a_reminder_merges_into_the_invitation(
    settings: ImapSettings, data_dir: Path, admin: IMAPClient
) -> None:
    append_messages(admin, FOLDER, [eml("007-mutual-referral.eml")], arrived=RECENT)
    run(settings, data_dir)
    with Store.open(data_dir) as store:
        [pending] = store.pending_invitations()
        store.record_digest([pending.invitation.key], [], ["jordan@example.org"], {})
    append_messages(admin, FOLDER, [eml("015-reminder-of-007.eml")], arrived=NOW)
    stats = run(settings, data_dir)
    assert (stats.invitations, stats.reminders, stats.new_invitations) == (1, 1, 0)
    with Store.open(data_dir) as store:
        assert store.pending_invitations() == []  # delivered once, not again
        status = store.invitation_status(pending.invitation.key)
    assert status is not None
    assert status[1] == 1


def test_a_new_uidvalidity_redelivers_nothing(
    settings: ImapSettings, data_dir: Path, admin: IMAPClient
) -> None:
    first = ["001-met-career-fair.eml", "004-same-industry.eml", "301-accepted.eml"]
    append_messages(admin, FOLDER, [eml(n) for n in first], arrived=RECENT)
    run(settings, data_dir)
    with Store.open(data_dir) as store:
        keys = [p.invitation.key for p in store.pending_invitations()]
        store.record_digest(keys, [], ["jordan@example.org"], {})
    admin.delete_folder(FOLDER)  # e.g. the server was migrated: same mail, new UIDs
    append_messages(admin, FOLDER, [eml(n) for n in first], arrived=RECENT)
    append_messages(admin, FOLDER, [eml("008-alumni.eml")], arrived=RECENT)
    stats = run(settings, data_dir)
    assert stats.rescanned
    assert (stats.fetched, stats.duplicates, stats.new_invitations, stats.reminders) == (
        4,
        3,
        1,
        0,
    )
    with Store.open(data_dir) as store:
        assert names(store) == expected_names("008-alumni.eml")


def test_a_connection_cut_mid_fetch_loses_and_doubles_nothing(
    settings: ImapSettings, data_dir: Path, admin: IMAPClient, proxy: CuttableProxy
) -> None:
    files = sorted(n for n in LABELS if n.startswith("0"))[:8]
    append_messages(admin, FOLDER, [eml(n) for n in files], arrived=RECENT)
    proxy.cut_after(60_000)  # in the middle of the second batch
    stats, reconnects = run_counting_reconnects(settings, data_dir)
    assert reconnects == 1
    assert stats.fetched == len(files)
    with Store.open(data_dir) as store:
        assert names(store) == expected_names(*files)
        assert all(p.reminders == 0 for p in store.pending_invitations())


def test_a_server_gone_mid_run_fails_then_the_next_run_resumes(
    settings: ImapSettings, data_dir: Path, admin: IMAPClient, proxy: CuttableProxy
) -> None:
    files = sorted(n for n in LABELS if n.startswith("0"))[:7]
    append_messages(admin, FOLDER, [eml(n) for n in files], arrived=RECENT)

    def server_dies_after_first_batch(done: int, total: int) -> None:
        if done == 2:
            proxy.down = True
            proxy.cut()

    with pytest.raises(MailboxError, match="gave up after 3 reconnection"):
        run(settings, data_dir, progress=server_dies_after_first_batch, batch_size=2)
    with Store.open(data_dir) as store:
        assert len(store.pending_invitations()) == 2  # the committed batch stays
    proxy.down = False
    stats = run(settings, data_dir)
    assert stats.fetched == len(files) - 2
    with Store.open(data_dir) as store:
        assert names(store) == expected_names(*files)
        assert all(p.reminders == 0 for p in store.pending_invitations())


def test_a_parser_crash_is_recorded_and_the_run_goes_on(
    settings: ImapSettings, data_dir: Path, admin: IMAPClient
) -> None:
    append_messages(
        admin, FOLDER, [eml("001-met-career-fair.eml"), eml("401-truncated.eml")], arrived=RECENT
    )

    def fragile_parse(raw: bytes) -> ParseResult:
        if len(raw) < 20_000:  # the truncated download
            raise AttributeError("'NoneType' object has no attribute 'get_payload'")
        return sources.parse(raw)

    assert len(eml("401-truncated.eml")) < 20_000 < len(eml("001-met-career-fair.eml"))
    stats = run(settings, data_dir, parse=fragile_parse)
    assert (stats.invitations, stats.unreadable) == (1, 1)
    with Store.open(data_dir) as store:
        [unreadable] = store.unreported_unreadable()
    assert "parser error" in unreadable.reason
    assert unreadable.message_id is not None  # read from the header, for deduplication


def test_an_oversized_message_is_listed_as_skipped(
    settings: ImapSettings, data_dir: Path, admin: IMAPClient
) -> None:
    append_messages(admin, FOLDER, [eml("001-met-career-fair.eml")], arrived=RECENT)
    small = settings.model_copy(update={"max_message_bytes": 1000})
    stats = run(small, data_dir)
    assert (stats.fetched, stats.skipped) == (1, 1)
    with Store.open(data_dir) as store:
        [listed] = store.unreported_unreadable()
    assert listed.outcome is Outcome.SKIPPED
    assert "too large" in listed.reason


def test_a_dry_run_writes_nothing(
    settings: ImapSettings, data_dir: Path, admin: IMAPClient
) -> None:
    append_messages(admin, FOLDER, [eml("001-met-career-fair.eml")], arrived=RECENT)
    run(settings, data_dir)
    append_messages(admin, FOLDER, [eml("008-alumni.eml")], arrived=RECENT)
    database = data_dir / Store.FILE_NAME
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    with ImapMailbox(settings) as mailbox, Store.open_dry_run(data_dir) as scratch:
        preview = ingest(mailbox, scratch, senders=SENDERS, lookback_days=14)
        assert names(scratch) == expected_names("001-met-career-fair.eml", "008-alumni.eml")
    assert preview.new_invitations == 1
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before
    assert run(settings, data_dir).new_invitations == 1  # the real run still sees it as new


def test_delivered_notifications_are_moved_and_not_read_again(
    settings: ImapSettings, data_dir: Path, admin: IMAPClient
) -> None:
    files = ["001-met-career-fair.eml", "301-accepted.eml", "008-alumni.eml"]
    append_messages(admin, FOLDER, [eml(n) for n in files], arrived=RECENT)
    run(settings, data_dir)
    with Store.open(data_dir) as store:
        keys = [p.invitation.key for p in store.pending_invitations()]
        store.record_digest(keys, [], ["jordan@example.org"], {})
        uids = store.uids_awaiting_post_action()
    with ImapMailbox(settings) as mailbox:
        mailbox.apply_post_action(
            uids[(mailbox.account, mailbox.folder)],
            PostAction.MOVE,
            keyword="",
            move_to="Invitations",
        )
    admin.select_folder(FOLDER, readonly=True)
    assert admin.search("ALL") == [2]  # only the acceptance notice stays
    assert run(settings, data_dir).fetched == 0


def test_parsing_in_worker_processes_gives_the_same_result(
    settings: ImapSettings, data_dir: Path, admin: IMAPClient
) -> None:
    files = [*sorted(n for n in LABELS if n.startswith("00"))[:8], "301-accepted.eml"]
    append_messages(admin, FOLDER, [eml(n) for n in files], arrived=RECENT)
    stats = run(settings, data_dir, parse_workers=2, batch_size=2)
    invitations = [n for n in files if LABELS[n]["label"] != "ignore"]
    assert (stats.fetched, stats.invitations) == (len(files), len(invitations))
    with Store.open(data_dir) as store:
        assert names(store) == expected_names(*invitations)
        state = store.folder_state(f"{settings.username}@127.0.0.1:{settings.port}", FOLDER)
    assert state is not None
    assert state.last_uid == len(files)


class RecordingSource:
    """A stand-in MailSource for the search-planning logic: no mail, remembers each search."""

    account, folder = "jordan@example:993", "INBOX"

    def __init__(self, uidvalidity: int = 7) -> None:
        self.validity = uidvalidity
        self.searches: list[tuple[int | None, date | None]] = []

    def uidvalidity(self) -> int:
        return self.validity

    def search(
        self, *, after_uid: int | None, since: date | None, senders: Sequence[str]
    ) -> list[int]:
        self.searches.append((after_uid, since))
        return []

    def fetch(self, uids: Sequence[int]) -> Iterator[FetchedMessage]:
        return iter(())


def test_each_run_looks_back_from_the_last_complete_read(data_dir: Path) -> None:
    day = datetime(2026, 11, 2, 7, tzinfo=UTC)
    source = RecordingSource()
    with Store.open(data_dir) as store:

        def ingest_on(moment: datetime) -> None:
            ingest(source, store, senders=SENDERS, lookback_days=14, clock=lambda: moment)  # type: ignore[arg-type]

        ingest_on(day)
        store.record_batch(source.account, source.folder, 7, [MessageRecord(90, Outcome.SKIPPED)])
        ingest_on(day + timedelta(days=30))  # the service was off for a month
        ingest_on(day + timedelta(days=31))
        source.validity = 8
        ingest_on(day + timedelta(days=32))
    assert source.searches == [
        (None, date(2026, 10, 19)),  # first run: the lookback window
        (90, date(2026, 10, 19)),  # after the bookmark, back to the window of the last read
        (90, date(2026, 11, 18)),
        (None, date(2026, 11, 20)),  # new UIDVALIDITY: the window again, no bookmark
    ]

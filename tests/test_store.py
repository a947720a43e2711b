"""The SQLite state: schema, permissions, batches, reminders, digests, dry-run copies, runs."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from invite_digest.errors import StoreError
from invite_digest.invitation import Invitation
from invite_digest.store import MIGRATIONS, MessageRecord, Outcome, Status, Store

ACCOUNT, FOLDER = "jordan@imap.example.org:993", "INBOX"
T0 = datetime(2026, 11, 20, 7, 0, tzinfo=UTC)


def invitation(key: str, name: str = "Evan Brooks") -> Invitation:
    return Invitation(source="linkedin", key=key, name=name, note=f"Hello from {name}")


def invite_record(uid: int, key: str, message_id: str | None = None) -> MessageRecord:
    return MessageRecord(
        uid=uid,
        outcome=Outcome.INVITATION,
        message_id=message_id or f"<{uid}@linkedin.com>",
        invitation=invitation(key),
    )


def unreadable_record(uid: int, message_id: str | None = None) -> MessageRecord:
    return MessageRecord(
        uid=uid,
        outcome=Outcome.UNREADABLE,
        reason="no inviter name found",
        message_id=message_id or f"<{uid}@linkedin.com>",
        subject="Jordan, please add me",
        sender="invitations@linkedin.com",
        date=T0,
    )


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = Store.open(tmp_path / "data")
    opened.set_uidvalidity(ACCOUNT, FOLDER, 111)
    return opened


def test_database_is_private_and_migrated_once(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    Store.open(data_dir).close()
    with Store.open(data_dir) as store:
        versions = store._db.execute("SELECT version FROM schema_version").fetchall()
        journal = store._db.execute("PRAGMA journal_mode").fetchone()[0]
    assert [version for (version,) in versions] == list(range(1, len(MIGRATIONS) + 1))
    assert journal == "wal"
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((data_dir / Store.FILE_NAME).stat().st_mode) == 0o600


def test_an_older_database_is_migrated_keeping_its_data(tmp_path: Path) -> None:
    with sqlite3.connect(tmp_path / Store.FILE_NAME) as db:
        db.executescript(MIGRATIONS[0])
        db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
        db.execute("INSERT INTO schema_version VALUES (1)")
        db.execute("INSERT INTO folders VALUES (?, ?, 111, 42)", (ACCOUNT, FOLDER))
    with Store.open(tmp_path) as store:
        state = store.folder_state(ACCOUNT, FOLDER)
        store.mark_checked(ACCOUNT, FOLDER, T0.date())
        checked = store.folder_state(ACCOUNT, FOLDER)
    assert state is not None
    assert (state.uidvalidity, state.last_uid, state.checked_on) == (111, 42, None)
    assert checked is not None
    assert checked.checked_on == T0.date()


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    Store.open(tmp_path).close()
    with sqlite3.connect(tmp_path / Store.FILE_NAME) as db:
        db.execute("INSERT INTO schema_version VALUES (99)")
    with pytest.raises(StoreError, match=r"schema version 99.*upgrade invite-digest"):
        Store.open(tmp_path)


def test_a_batch_moves_the_bookmark_and_new_invitations_are_pending(store: Store) -> None:
    result = store.record_batch(
        ACCOUNT, FOLDER, 111, [invite_record(5, "alice"), unreadable_record(9)], now=T0
    )
    assert result.new_invitations == 1
    state = store.folder_state(ACCOUNT, FOLDER)
    assert state is not None
    assert state.last_uid == 9
    assert store.known_uids(ACCOUNT, FOLDER, 111, [4, 5, 9, 10]) == {5, 9}
    assert store.known_uids(ACCOUNT, FOLDER, 222, [5, 9]) == set()
    [pending] = store.pending_invitations()
    assert pending.invitation == invitation("alice")
    assert pending.first_seen == T0


def test_a_failed_batch_leaves_nothing_behind(store: Store) -> None:
    broken = MessageRecord(uid=7, outcome=Outcome.UNREADABLE, date="not a datetime")  # type: ignore[arg-type]
    with pytest.raises(AttributeError):
        store.record_batch(ACCOUNT, FOLDER, 111, [invite_record(6, "alice"), broken])
    assert store.pending_invitations() == []
    assert store.known_uids(ACCOUNT, FOLDER, 111, [6, 7]) == set()
    state = store.folder_state(ACCOUNT, FOLDER)
    assert state is not None
    assert state.last_uid == 0


def test_a_reminder_merges_into_the_pending_invitation(store: Store) -> None:
    store.record_batch(ACCOUNT, FOLDER, 111, [invite_record(1, "alice")], now=T0)
    later = T0 + timedelta(days=3)
    result = store.record_batch(ACCOUNT, FOLDER, 111, [invite_record(8, "alice")], now=later)
    assert result.reminders == 1
    [pending] = store.pending_invitations()
    assert (pending.reminders, pending.first_seen, pending.last_seen) == (1, T0, later)


def test_a_reminder_of_a_delivered_invitation_is_counted_not_redelivered(store: Store) -> None:
    store.record_batch(ACCOUNT, FOLDER, 111, [invite_record(1, "alice")])
    store.record_digest(["alice"], [], ["jordan@example.org"], {"likely_accept": 1})
    store.record_batch(ACCOUNT, FOLDER, 111, [invite_record(2, "alice")])
    assert store.pending_invitations() == []
    assert store.invitation_status("alice") == (Status.DELIVERED, 1)


def test_a_known_message_id_counts_for_nothing_new(store: Store) -> None:
    store.record_batch(ACCOUNT, FOLDER, 111, [invite_record(1, "alice", "<m1@x>")])
    store.record_digest(["alice"], [], ["jordan@example.org"], {})
    store.set_uidvalidity(ACCOUNT, FOLDER, 222)  # the folder was recreated
    again = invite_record(1, "alice", "<m1@x>")
    result = store.record_batch(ACCOUNT, FOLDER, 222, [again])
    assert (result.duplicates, result.reminders, result.new_invitations) == (1, 0, 0)
    assert store.invitation_status("alice") == (Status.DELIVERED, 0)
    assert store.uids_awaiting_post_action() == {(ACCOUNT, FOLDER): [1]}


def test_unreadable_messages_are_reported_once(store: Store) -> None:
    store.record_batch(ACCOUNT, FOLDER, 111, [unreadable_record(3), unreadable_record(4)])
    store.record_batch(ACCOUNT, "Archive", 111, [unreadable_record(1, "<3@linkedin.com>")])
    listed = store.unreported_unreadable()
    assert [(u.folder, u.uid) for u in listed] == [(FOLDER, 3), (FOLDER, 4)]  # copy listed once
    assert listed[0].subject == "Jordan, please add me"
    assert listed[0].date == T0
    store.record_digest([], [listed[0].id], ["jordan@example.org"], {})
    assert [u.uid for u in store.unreported_unreadable()] == [4]


def test_record_digest_is_all_or_nothing(store: Store) -> None:
    store.record_batch(ACCOUNT, FOLDER, 111, [invite_record(1, "alice"), unreadable_record(2)])
    [unreadable] = store.unreported_unreadable()
    with pytest.raises(sqlite3.Error):
        store.record_digest(["alice", ["not", "a", "key"]], [unreadable.id], ["j@x"], {})  # type: ignore[list-item]
    assert [p.invitation.key for p in store.pending_invitations()] == ["alice"]
    assert len(store.unreported_unreadable()) == 1
    assert store._db.execute("SELECT count(*) FROM digests").fetchone()[0] == 0


def test_post_action_awaits_delivered_notifications_under_the_current_uidvalidity(
    store: Store,
) -> None:
    store.record_batch(ACCOUNT, FOLDER, 111, [invite_record(1, "alice"), invite_record(2, "bob")])
    assert store.uids_awaiting_post_action() == {}, "nothing before delivery"
    store.record_digest(["alice"], [], ["jordan@example.org"], {})
    store.record_batch(ACCOUNT, FOLDER, 111, [invite_record(5, "alice")])  # a late reminder
    assert store.uids_awaiting_post_action() == {(ACCOUNT, FOLDER): [1, 5]}
    store.mark_post_action_done(ACCOUNT, FOLDER, [1])
    assert store.uids_awaiting_post_action() == {(ACCOUNT, FOLDER): [5]}
    store.set_uidvalidity(ACCOUNT, FOLDER, 222)
    assert store.uids_awaiting_post_action() == {}


def test_forget_unreadable_lets_the_next_run_read_them_again(store: Store) -> None:
    store.record_batch(ACCOUNT, FOLDER, 111, [unreadable_record(3), invite_record(7, "alice")])
    assert store.forget_unreadable(ACCOUNT, FOLDER) == 1
    assert store.unreported_unreadable() == []
    assert store.known_uids(ACCOUNT, FOLDER, 111, [3, 7]) == {7}
    state = store.folder_state(ACCOUNT, FOLDER)
    assert state is not None
    assert state.last_uid == 2


def test_a_dry_run_copy_never_touches_the_file(tmp_path: Path) -> None:
    with Store.open(tmp_path) as real:
        real.set_uidvalidity(ACCOUNT, FOLDER, 111)
        real.record_batch(ACCOUNT, FOLDER, 111, [invite_record(1, "alice")])
    database = tmp_path / Store.FILE_NAME
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    with Store.open_dry_run(tmp_path) as scratch:
        scratch.record_batch(ACCOUNT, FOLDER, 111, [invite_record(2, "bob")])
        scratch.record_digest(["alice", "bob"], [], ["j@x"], {})
        run_id = scratch.start_run()
        scratch.finish_run(run_id, "ok", None, {})
        assert scratch.pending_invitations() == []
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before
    with Store.open(tmp_path) as real:
        assert [p.invitation.key for p in real.pending_invitations()] == ["alice"]
        assert real.last_run() is None


def test_a_dry_run_without_a_database_creates_none(tmp_path: Path) -> None:
    with Store.open_dry_run(tmp_path / "data") as scratch:
        assert scratch.pending_invitations() == []
    assert not (tmp_path / "data").exists()


def test_runs_are_recorded(store: Store) -> None:
    assert store.last_run() is None
    first = store.start_run(now=T0)
    store.finish_run(first, "failed", "IMAP login failed", {}, now=T0 + timedelta(seconds=3))
    second = store.start_run(now=T0 + timedelta(hours=1))
    last = store.last_run()
    assert last is not None
    assert (last.id, last.finished, last.outcome) == (second, None, None)
    store.finish_run(second, "ok", None, {"likely_accept": 2})
    last = store.last_run()
    assert last is not None
    assert (last.outcome, last.counts) == ("ok", {"likely_accept": 2})

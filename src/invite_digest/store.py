"""The state database: what was seen, what is pending, what was delivered, how runs went.

SQLite in WAL mode, one file (`state.sqlite3`) in the data directory, created 0600 in a 0700
directory. The schema is built by numbered migrations recorded in `schema_version`. Every write
is one transaction (`record_batch` for a whole fetched batch), so a crash leaves the database as
it was after the last complete batch, and the next run picks up from there.

`Store.open_dry_run` gives an in-memory copy of the real database: a dry run reads and writes it
freely and nothing reaches the disk.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Self

from .errors import StoreError
from .invitation import Invitation

MIGRATIONS: tuple[str, ...] = (
    # 1: the first schema
    """
    CREATE TABLE folders (
        account TEXT NOT NULL,
        folder TEXT NOT NULL,
        uidvalidity INTEGER NOT NULL,
        last_uid INTEGER NOT NULL DEFAULT 0,  -- highest UID handled under this uidvalidity
        PRIMARY KEY (account, folder)
    );
    CREATE TABLE messages (
        id INTEGER PRIMARY KEY,
        account TEXT NOT NULL,
        folder TEXT NOT NULL,
        uidvalidity INTEGER NOT NULL,
        uid INTEGER NOT NULL,
        message_id TEXT,
        outcome TEXT NOT NULL,  -- invitation | not_invitation | unreadable | skipped
        reason TEXT NOT NULL DEFAULT '',
        subject TEXT,
        sender TEXT,
        date TEXT,
        invitation_key TEXT,
        seen_at TEXT NOT NULL,
        reported_digest_id INTEGER REFERENCES digests (id),  -- unreadable/skipped: listed once
        UNIQUE (account, folder, uidvalidity, uid)
    );
    CREATE INDEX messages_by_message_id ON messages (message_id);
    CREATE INDEX messages_by_invitation ON messages (invitation_key);
    CREATE TABLE invitations (
        key TEXT PRIMARY KEY,
        invitation TEXT NOT NULL,  -- Invitation.model_dump_json()
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        reminders INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL DEFAULT 'pending',  -- pending | delivered
        digest_id INTEGER REFERENCES digests (id)
    );
    CREATE INDEX invitations_by_status ON invitations (status);
    CREATE TABLE digests (
        id INTEGER PRIMARY KEY,
        sent_at TEXT NOT NULL,
        recipients TEXT NOT NULL,  -- JSON list
        counts TEXT NOT NULL  -- JSON object
    );
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        started TEXT NOT NULL,
        finished TEXT,
        outcome TEXT,  -- ok | failed; NULL while running (or when the process died)
        error TEXT,
        counts TEXT
    );
    """,
    # 2: the day a folder was last read to the end, to bound the next search by date too
    """
    ALTER TABLE folders ADD COLUMN checked_on TEXT;
    """,
    # 3: whether the post-digest action (seen / flag / move) was applied to a message, so that
    # a run killed between delivery and the action, or a reminder that arrives after its
    # invitation went out, is acted on by the next run
    """
    ALTER TABLE messages ADD COLUMN post_action_done INTEGER NOT NULL DEFAULT 0;
    """,
)


class Outcome(StrEnum):
    INVITATION = "invitation"
    NOT_INVITATION = "not_invitation"
    UNREADABLE = "unreadable"
    SKIPPED = "skipped"  # not fetched: too large, or the server sent no body


class Status(StrEnum):
    PENDING = "pending"
    DELIVERED = "delivered"


@dataclass(frozen=True)
class FolderState:
    uidvalidity: int
    last_uid: int
    checked_on: date | None = None  # the day of the last complete read (None: never)


@dataclass(frozen=True)
class MessageRecord:
    """One message to record; `invitation` is set when the outcome is INVITATION."""

    uid: int
    outcome: Outcome
    reason: str = ""
    message_id: str | None = None
    subject: str | None = None
    sender: str | None = None
    date: datetime | None = None
    invitation: Invitation | None = None


@dataclass(frozen=True)
class BatchResult:
    """What `record_batch` did with the messages it was given."""

    new_invitations: int = 0
    reminders: int = 0  # another notification for an invitation already stored
    duplicates: int = 0  # a message already known by Message-ID (e.g. after a UIDVALIDITY change)


@dataclass(frozen=True)
class StoredInvitation:
    invitation: Invitation
    first_seen: datetime
    last_seen: datetime
    reminders: int


@dataclass(frozen=True)
class UnreadableMessage:
    """A notification that could not be read (or was skipped), for the digest's list."""

    id: int
    account: str
    folder: str
    uid: int
    outcome: Outcome
    reason: str
    subject: str | None
    sender: str | None
    date: datetime | None
    message_id: str | None


@dataclass(frozen=True)
class RunRecord:
    id: int
    started: datetime
    finished: datetime | None
    outcome: str | None
    error: str | None
    counts: dict[str, int]


class Store:
    FILE_NAME = "state.sqlite3"

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def open(cls, data_dir: Path) -> Store:
        """Open (or create) the state database in `data_dir` and bring its schema up to date."""
        path = data_dir / cls.FILE_NAME
        try:
            data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
            if not path.exists():
                # Create it private before SQLite writes anything into it.
                os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
            connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = NORMAL")  # WAL: durable at checkpoints
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open the state database {path}: {exc}") from None
        return cls._ready(connection, path)

    @classmethod
    def open_dry_run(cls, data_dir: Path) -> Store:
        """An in-memory copy of the state database (or an empty one): writes go nowhere."""
        path = data_dir / cls.FILE_NAME
        memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        if path.exists():
            try:
                source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
                with source:
                    source.backup(memory)
                source.close()
            except sqlite3.Error as exc:
                raise StoreError(f"cannot read the state database {path}: {exc}") from None
        return cls._ready(memory, path)

    @classmethod
    def _ready(cls, connection: sqlite3.Connection, path: Path) -> Store:
        connection.execute("PRAGMA foreign_keys = ON")
        store = cls(connection)
        store._migrate(path)
        return store

    def _migrate(self, path: Path) -> None:
        with self._transaction() as db:
            db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = db.execute("SELECT max(version) FROM schema_version").fetchone()
            version = row[0] or 0
            if version > len(MIGRATIONS):
                raise StoreError(
                    f"the state database {path} has schema version {version}, newer than this "
                    f"invite-digest knows ({len(MIGRATIONS)}): upgrade invite-digest"
                )
            for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
                for statement in _statements(script):
                    db.execute(statement)
                db.execute("INSERT INTO schema_version (version) VALUES (?)", (number,))

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # -- folders and messages --------------------------------------------------------------

    def folder_state(self, account: str, folder: str) -> FolderState | None:
        row = self._db.execute(
            "SELECT uidvalidity, last_uid, checked_on FROM folders"
            " WHERE account = ? AND folder = ?",
            (account, folder),
        ).fetchone()
        if row is None:
            return None
        return FolderState(row[0], row[1], date.fromisoformat(row[2]) if row[2] else None)

    def set_uidvalidity(self, account: str, folder: str, uidvalidity: int) -> None:
        """Start (or restart, after a UIDVALIDITY change) a folder's bookmark at UID 0."""
        with self._transaction() as db:
            db.execute(
                "INSERT INTO folders (account, folder, uidvalidity, last_uid) VALUES (?, ?, ?, 0)"
                " ON CONFLICT (account, folder)"
                " DO UPDATE SET uidvalidity = excluded.uidvalidity, last_uid = 0,"
                " checked_on = NULL",
                (account, folder, uidvalidity),
            )

    def mark_checked(self, account: str, folder: str, day: date) -> None:
        """The folder was read to the end on `day`."""
        with self._transaction() as db:
            db.execute(
                "UPDATE folders SET checked_on = ? WHERE account = ? AND folder = ?",
                (day.isoformat(), account, folder),
            )

    def known_uids(
        self, account: str, folder: str, uidvalidity: int, uids: Sequence[int]
    ) -> set[int]:
        """Those of `uids` already recorded for this folder and UIDVALIDITY."""
        rows = self._db.execute(
            "SELECT uid FROM messages WHERE account = ? AND folder = ? AND uidvalidity = ?"
            " AND uid IN (SELECT value FROM json_each(?))",
            (account, folder, uidvalidity, json.dumps(list(uids))),
        )
        return {row[0] for row in rows}

    def record_batch(
        self,
        account: str,
        folder: str,
        uidvalidity: int,
        records: Sequence[MessageRecord],
        *,
        now: datetime | None = None,
    ) -> BatchResult:
        """Record a fetched batch in one transaction and move the folder's bookmark past it.

        A message whose Message-ID is already known (the same mail under a new UIDVALIDITY, or
        copied to another folder) takes over the earlier outcome and counts for nothing new.
        """
        seen_at = _iso(now or _now())
        totals = {"new_invitations": 0, "reminders": 0, "duplicates": 0}
        with self._transaction() as db:
            for record in records:
                effect = self._record_one(db, account, folder, uidvalidity, record, seen_at)
                if effect in totals:
                    totals[effect] += 1
            if records:
                db.execute(
                    "UPDATE folders SET last_uid = max(last_uid, ?)"
                    " WHERE account = ? AND folder = ? AND uidvalidity = ?",
                    (max(r.uid for r in records), account, folder, uidvalidity),
                )
        return BatchResult(**totals)

    def _record_one(
        self,
        db: sqlite3.Connection,
        account: str,
        folder: str,
        uidvalidity: int,
        record: MessageRecord,
        seen_at: str,
    ) -> str:
        earlier = self._earlier_copy(db, record.message_id)
        outcome: str = record.outcome
        reason, key, reported = record.reason, None, None
        effect = "other"
        if earlier is not None:
            outcome, reason, key, reported = earlier
            effect = "duplicates"
        elif record.invitation is not None:
            key = record.invitation.key
            effect = self._add_invitation(db, record.invitation, seen_at)
        db.execute(
            "INSERT OR IGNORE INTO messages (account, folder, uidvalidity, uid, message_id,"
            " outcome, reason, subject, sender, date, invitation_key, seen_at,"
            " reported_digest_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                account,
                folder,
                uidvalidity,
                record.uid,
                record.message_id,
                str(outcome),
                reason,
                record.subject,
                record.sender,
                _iso(record.date) if record.date else None,
                key,
                seen_at,
                reported,
            ),
        )
        return effect

    @staticmethod
    def _earlier_copy(
        db: sqlite3.Connection, message_id: str | None
    ) -> tuple[str, str, str | None, int | None] | None:
        if not message_id:
            return None
        row = db.execute(
            "SELECT outcome, reason, invitation_key, reported_digest_id FROM messages"
            " WHERE message_id = ? ORDER BY id LIMIT 1",
            (message_id,),
        ).fetchone()
        return (row[0], row[1], row[2], row[3]) if row else None

    @staticmethod
    def _add_invitation(db: sqlite3.Connection, invitation: Invitation, seen_at: str) -> str:
        """A new pending invitation, or one more reminder of a stored one (delivered or not)."""
        updated = db.execute(
            "UPDATE invitations SET reminders = reminders + 1, last_seen = ? WHERE key = ?",
            (seen_at, invitation.key),
        ).rowcount
        if updated:
            return "reminders"
        db.execute(
            "INSERT INTO invitations (key, invitation, first_seen, last_seen, reminders, status)"
            " VALUES (?, ?, ?, ?, 0, ?)",
            (invitation.key, invitation.model_dump_json(), seen_at, seen_at, Status.PENDING),
        )
        return "new_invitations"

    def forget_unreadable(self, account: str, folder: str) -> int:
        """Forget unreadable and skipped messages of a folder, so the next ingest reads them
        again (after a parser fix). Returns how many were forgotten."""
        with self._transaction() as db:
            where = "account = ? AND folder = ? AND outcome IN ('unreadable', 'skipped')"
            lowest = db.execute(
                f"SELECT min(uid) FROM messages WHERE {where}",  # noqa: S608 - constant text
                (account, folder),
            ).fetchone()[0]
            if lowest is None:
                return 0
            # Move the bookmark back so a search "above the last UID" finds them again.
            db.execute(
                "UPDATE folders SET last_uid = min(last_uid, ?) WHERE account = ? AND folder = ?",
                (lowest - 1, account, folder),
            )
            return db.execute(
                f"DELETE FROM messages WHERE {where}",  # noqa: S608 - constant text
                (account, folder),
            ).rowcount

    # -- what the digest needs -------------------------------------------------------------

    def pending_invitations(self) -> list[StoredInvitation]:
        rows = self._db.execute(
            "SELECT invitation, first_seen, last_seen, reminders FROM invitations"
            " WHERE status = ? ORDER BY first_seen, key",
            (Status.PENDING,),
        )
        return [
            StoredInvitation(
                Invitation.model_validate_json(row[0]),
                datetime.fromisoformat(row[1]),
                datetime.fromisoformat(row[2]),
                row[3],
            )
            for row in rows
        ]

    def invitation_count(self) -> int:
        """How many invitations were ever stored (pending or delivered)."""
        count: int = self._db.execute("SELECT count(*) FROM invitations").fetchone()[0]
        return count

    def invitation_status(self, key: str) -> tuple[Status, int] | None:
        """(status, reminders) of one invitation, or None when it is unknown."""
        row = self._db.execute(
            "SELECT status, reminders FROM invitations WHERE key = ?", (key,)
        ).fetchone()
        return (Status(row[0]), row[1]) if row else None

    def unreported_unreadable(self) -> list[UnreadableMessage]:
        """Unreadable or skipped messages not yet listed in a delivered digest (once each)."""
        rows = self._db.execute(
            "SELECT id, account, folder, uid, outcome, reason, subject, sender, date, message_id"
            " FROM messages WHERE outcome IN ('unreadable', 'skipped')"
            " AND reported_digest_id IS NULL ORDER BY id"
        )
        messages: dict[str, UnreadableMessage] = {}
        for row in rows:
            message = UnreadableMessage(
                id=row[0],
                account=row[1],
                folder=row[2],
                uid=row[3],
                outcome=Outcome(row[4]),
                reason=row[5],
                subject=row[6],
                sender=row[7],
                date=datetime.fromisoformat(row[8]) if row[8] else None,
                message_id=row[9],
            )
            messages.setdefault(message.message_id or f"#{message.id}", message)
        return list(messages.values())

    def record_digest(
        self,
        keys: Sequence[str],
        unreadable_ids: Sequence[int],
        recipients: Sequence[str],
        counts: Mapping[str, int],
        *,
        now: datetime | None = None,
    ) -> int:
        """After SMTP accepted the digest, in ONE transaction: the digest row, its invitations
        delivered, its unreadable messages (and their copies) reported. Returns the digest id."""
        with self._transaction() as db:
            digest_id = db.execute(
                "INSERT INTO digests (sent_at, recipients, counts) VALUES (?, ?, ?)",
                (_iso(now or _now()), json.dumps(list(recipients)), json.dumps(dict(counts))),
            ).lastrowid
            db.executemany(
                "UPDATE invitations SET status = ?, digest_id = ? WHERE key = ? AND status = ?",
                [(Status.DELIVERED, digest_id, key, Status.PENDING) for key in keys],
            )
            db.executemany(
                "UPDATE messages SET reported_digest_id = ? WHERE reported_digest_id IS NULL AND"
                " (id = ? OR message_id = (SELECT message_id FROM messages WHERE id = ?))",
                [(digest_id, message_id, message_id) for message_id in unreadable_ids],
            )
        assert digest_id is not None
        return digest_id

    def uids_awaiting_post_action(self) -> dict[tuple[str, str], list[int]]:
        """Notifications of delivered invitations (reminders included) that the post-digest
        action has not been applied to yet, per (account, folder), under each folder's
        current UIDVALIDITY."""
        found: dict[tuple[str, str], list[int]] = {}
        rows = self._db.execute(
            "SELECT m.account, m.folder, m.uid FROM messages m"
            " JOIN folders f ON f.account = m.account AND f.folder = m.folder"
            " AND f.uidvalidity = m.uidvalidity"
            " JOIN invitations i ON i.key = m.invitation_key"
            " WHERE i.status = ? AND m.post_action_done = 0 ORDER BY m.uid",
            (Status.DELIVERED,),
        )
        for account, folder, uid in rows:
            found.setdefault((account, folder), []).append(uid)
        return found

    def mark_post_action_done(self, account: str, folder: str, uids: Sequence[int]) -> None:
        with self._transaction() as db:
            db.execute(
                "UPDATE messages SET post_action_done = 1 WHERE account = ? AND folder = ?"
                " AND uidvalidity = (SELECT uidvalidity FROM folders"
                " WHERE account = ? AND folder = ?)"
                " AND uid IN (SELECT value FROM json_each(?))",
                (account, folder, account, folder, json.dumps(list(uids))),
            )

    # -- runs ------------------------------------------------------------------------------

    def start_run(self, *, now: datetime | None = None) -> int:
        with self._transaction() as db:
            run_id = db.execute(
                "INSERT INTO runs (started) VALUES (?)", (_iso(now or _now()),)
            ).lastrowid
        assert run_id is not None
        return run_id

    def finish_run(
        self,
        run_id: int,
        outcome: str,
        error: str | None,
        counts: Mapping[str, int],
        *,
        now: datetime | None = None,
    ) -> None:
        with self._transaction() as db:
            db.execute(
                "UPDATE runs SET finished = ?, outcome = ?, error = ?, counts = ? WHERE id = ?",
                (_iso(now or _now()), outcome, error, json.dumps(dict(counts)), run_id),
            )

    def last_run(self) -> RunRecord | None:
        """The most recent run, finished or not (a run still open may have crashed)."""
        row = self._db.execute(
            "SELECT id, started, finished, outcome, error, counts FROM runs ORDER BY id DESC"
        ).fetchone()
        if row is None:
            return None
        return RunRecord(
            id=row[0],
            started=datetime.fromisoformat(row[1]),
            finished=datetime.fromisoformat(row[2]) if row[2] else None,
            outcome=row[3],
            error=row[4],
            counts=json.loads(row[5]) if row[5] else {},
        )


def _statements(script: str) -> list[str]:
    """Split a migration into statements; `executescript` would commit our transaction."""
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    return [part.strip() for part in "\n".join(lines).split(";") if part.strip()]


def _now() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime) -> str:
    return moment.isoformat()

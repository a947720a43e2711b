"""Local mailboxes: a Maildir directory or an mbox file, read like the IMAP inbox.

`MaildirSource` and `MboxSource` follow the same `MailSource` protocol as the IMAP client in
`mailbox.py`, so the pipeline does not care where the mail lives. Differences from IMAP:

- There are no server UIDs. Each message gets a stable 63-bit UID from a hash (of the Maildir
  file's unique name; of Message-ID + Date for mbox) and the UIDVALIDITY is a constant. Hashes
  are not ordered, so `search` ignores `after_uid` and returns every matching message: the
  ingest step skips the UIDs the store already knows.
- `since` compares the delivery date: the file's modification time for Maildir (what Dovecot
  and the Maildir spec use), the date of the mbox "From " line (else the Date header).
- Reading never changes anything: no new/ to cur/ move, no flag.
- Post-actions: `seen` sets the S flag (Maildir `:2,S`, mbox `Status: RO`); `move` moves the
  message into a Maildir++ sub-folder (`.Invitations`) or into a sibling mbox file; `flag`
  (a keyword) has no portable Maildir/mbox form: it logs a warning and does nothing.
"""

from __future__ import annotations

import email.utils
import hashlib
import logging
import mailbox
import os
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, date, datetime
from email.message import Message
from email.parser import BytesHeaderParser
from pathlib import Path
from typing import ClassVar, Self

from .errors import ConfigError, MailboxError
from .mailbox import FetchedMessage, MailSource
from .settings import MailboxKind, PostAction, Settings

log = logging.getLogger(__name__)

LOCAL_UIDVALIDITY = 1  # hashed UIDs never change meaning, so neither does their validity
LOCAL_FOLDER = "INBOX"
_UID_MASK = (1 << 63) - 1
_MAILDIR_SUBDIRS = ("cur", "new", "tmp")
_SEEN_MAILDIR_FLAG = "S"
_INFO_SEPARATOR = ":"  # between a Maildir file's unique name and its flags
_SEEN_MBOX_FLAGS = "RO"  # mbox Status: R = read, O = no longer new


def stable_uid(identity: str) -> int:
    """A positive 63-bit integer derived from `identity`, the same on every run."""
    digest = hashlib.blake2b(identity.encode("utf-8", "surrogateescape"), digest_size=8).digest()
    return int.from_bytes(digest, "big") & _UID_MASK or 1


def _sender_address(headers: Message) -> str:
    _, address = email.utils.parseaddr(str(headers.get("From", "")))
    return address.lower()


def _header_date(headers: Message) -> datetime | None:
    value = headers.get("Date")
    if value is None:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _on_or_after(delivered: datetime | None, since: date | None) -> bool:
    # A message we cannot date is kept: better one parse too many than a lost invitation.
    if since is None or delivered is None:
        return True
    return delivered.astimezone(UTC).date() >= since


def _wanted_senders(senders: Sequence[str]) -> frozenset[str]:
    return frozenset(sender.strip().lower() for sender in senders)


def _too_big(uid: int, size: int, limit: int) -> FetchedMessage:
    reason = f"message is {size} bytes, more than imap.max_message_bytes ({limit})"
    return FetchedMessage(uid=uid, raw=None, size=size, skipped_reason=reason)


def _warn_flag_unsupported(kind: str, count: int) -> None:
    log.warning(
        "post_action 'flag' is not supported for %s mailboxes (keywords are not portable): "
        "left %d message(s) unchanged; use 'seen' or 'move'",
        kind,
        count,
    )


class _LocalSource:
    """What a Maildir and an mbox source share: one folder, a constant UIDVALIDITY, a search
    over every message (hashed UIDs), and the post-actions that do not depend on the format."""

    KIND: ClassVar[str]  # "Maildir" or "mbox", in messages
    SCHEME: ClassVar[str]  # the account's prefix in the state database: never change it

    def __init__(self, path: Path, *, max_message_bytes: int) -> None:
        self.path = path
        self.account = f"{self.SCHEME}:{path.resolve()}"
        self.folder = LOCAL_FOLDER
        self.max_message_bytes = max_message_bytes

    def uidvalidity(self) -> int:
        return LOCAL_UIDVALIDITY

    def search(
        self, *, after_uid: int | None, since: date | None, senders: Sequence[str]
    ) -> list[int]:
        """UIDs (ascending) of messages from `senders` delivered on or after `since`.

        `after_uid` is ignored: hashed UIDs have no order (the store skips known ones).
        """
        return sorted(set(self._matching(_wanted_senders(senders), since)))

    def apply_post_action(
        self, uids: Sequence[int], action: PostAction, *, keyword: str, move_to: str
    ) -> None:
        if action is PostAction.NONE or not uids:
            return
        if action is PostAction.FLAG:
            _warn_flag_unsupported(self.KIND, len(uids))
            return
        self._mark_seen_or_move(uids, action, move_to)

    def _matching(self, wanted: frozenset[str], since: date | None) -> Iterator[int]:
        """UIDs of the messages from a `wanted` sender delivered on or after `since`."""
        raise NotImplementedError

    def _mark_seen_or_move(self, uids: Sequence[int], action: PostAction, move_to: str) -> None:
        """Post-action SEEN or MOVE (into the folder or file `move_to`)."""
        raise NotImplementedError


class MaildirSource(_LocalSource):
    """A Maildir directory (cur/, new/, tmp/) read as a `MailSource`."""

    KIND = "Maildir"
    SCHEME = "maildir"

    def __init__(self, path: Path, *, max_message_bytes: int) -> None:
        _check_maildir(path)
        super().__init__(path, max_message_bytes=max_message_bytes)
        self._file_by_uid: dict[int, Path] = {}

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self._file_by_uid = {}

    def _matching(self, wanted: frozenset[str], since: date | None) -> Iterator[int]:
        self._file_by_uid = _scan_maildir(self.path)
        for uid, file_path in self._file_by_uid.items():
            if (
                _on_or_after(_mtime(file_path), since)
                and _sender_address(_read_headers(file_path)) in wanted
            ):
                yield uid

    def fetch(self, uids: Sequence[int]) -> Iterator[FetchedMessage]:
        for uid in uids:
            message = self._fetch_one(uid)
            if message is not None:
                yield message

    def _fetch_one(self, uid: int) -> FetchedMessage | None:
        file_path = self._file_of(uid)
        try:
            if file_path is None:
                raise FileNotFoundError(uid)
            size = file_path.stat().st_size
            if size > self.max_message_bytes:
                return _too_big(uid, size, self.max_message_bytes)
            raw = file_path.read_bytes()
        except FileNotFoundError:
            log.debug("maildir message %d is gone; skipped", uid)
            return None
        except OSError as exc:
            reason = f"cannot read {file_path}: {exc.strerror}"
            return FetchedMessage(uid=uid, raw=None, size=0, skipped_reason=reason)
        return FetchedMessage(uid=uid, raw=raw, size=len(raw))

    def _mark_seen_or_move(self, uids: Sequence[int], action: PostAction, move_to: str) -> None:
        target = self._subfolder(move_to) if action is PostAction.MOVE else None
        for uid in uids:
            file_path = self._file_of(uid)
            if file_path is None:
                continue
            if target is None:
                _mark_seen(file_path)
            else:
                _move_file(file_path, target)
        self._file_by_uid = {}  # names changed: scan again next time

    def _file_of(self, uid: int) -> Path | None:
        file_path = self._file_by_uid.get(uid)
        if file_path is None or not file_path.exists():
            # Another mail client may have renamed it (new/ to cur/, flags) since the search.
            self._file_by_uid = _scan_maildir(self.path)
            file_path = self._file_by_uid.get(uid)
        return file_path

    def _subfolder(self, name: str) -> Path:
        # Maildir++: folder "A/B" lives in the directory ".A.B" beside cur/ new/ tmp/.
        folder_name = name.strip("/").replace("/", ".")
        if not folder_name:
            raise ConfigError("imap.move_to is empty: name the Maildir folder to move to")
        box = mailbox.Maildir(self.path, factory=None, create=False)
        if folder_name not in box.list_folders():
            box.add_folder(folder_name)
        return self.path / f".{folder_name}"


def _scan_maildir(path: Path) -> dict[int, Path]:
    """UID -> file for every message in new/ and cur/ (the key is the name before ':')."""
    files: dict[int, Path] = {}
    for subdir in ("new", "cur"):
        for entry in os.scandir(path / subdir):
            if entry.name.startswith(".") or not entry.is_file():
                continue
            key = entry.name.split(_INFO_SEPARATOR, 1)[0]
            files[stable_uid(key)] = Path(entry.path)
    return files


def _check_maildir(path: Path) -> None:
    if not path.exists():
        raise MailboxError(f"mailbox.path {path} does not exist (expected a Maildir directory)")
    missing = [name for name in _MAILDIR_SUBDIRS if not (path / name).is_dir()]
    if missing:
        raise MailboxError(
            f"mailbox.path {path} is not a Maildir (no {', '.join(missing)} sub-directory)"
        )


def _read_headers(file_path: Path) -> Message:
    with file_path.open("rb") as handle:
        return BytesHeaderParser().parse(handle)


def _mtime(file_path: Path) -> datetime:
    return datetime.fromtimestamp(file_path.stat().st_mtime, tz=UTC)


def _mark_seen(file_path: Path) -> None:
    """Maildir rule: flagged messages live in cur/ as `<key>:2,<flags in ASCII order>`."""
    key, _, info = file_path.name.partition(_INFO_SEPARATOR)
    flags = set(info[2:]) if info.startswith("2,") else set()
    flags.add(_SEEN_MAILDIR_FLAG)
    seen_name = f"{key}{_INFO_SEPARATOR}2,{''.join(sorted(flags))}"
    seen_path = file_path.parent.parent / "cur" / seen_name
    if seen_path != file_path:
        file_path.rename(seen_path)  # a rename keeps the bytes and the delivery time


def _move_file(file_path: Path, folder: Path) -> None:
    subdir = file_path.parent.name  # keep a new message new, a read one read
    file_path.rename(folder / subdir / file_path.name)


class MboxSource(_LocalSource):
    """An mbox file read as a `MailSource`."""

    KIND = "mbox"
    SCHEME = "mbox"

    def __init__(self, path: Path, *, max_message_bytes: int) -> None:
        _check_mbox(path)
        super().__init__(path, max_message_bytes=max_message_bytes)
        self._box: mailbox.mbox | None = None
        self._key_by_uid: dict[int, str] = {}

    def __enter__(self) -> Self:
        self._box = mailbox.mbox(self.path, factory=None, create=False)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._box is not None:
            self._box.close()
            self._box = None

    def _matching(self, wanted: frozenset[str], since: date | None) -> Iterator[int]:
        box = self._open_box()
        self._key_by_uid = {}
        for key, message in _mbox_items(box):
            uid = _mbox_uid(message, box, key)
            self._key_by_uid.setdefault(uid, key)
            if _sender_address(message) in wanted and _on_or_after(_mbox_date(message), since):
                yield uid

    def fetch(self, uids: Sequence[int]) -> Iterator[FetchedMessage]:
        box = self._open_box()
        for uid in uids:
            key = self._key_of(uid)
            if key is None:
                log.debug("mbox message %d is gone; skipped", uid)
                continue
            raw = box.get_bytes(key)
            if len(raw) > self.max_message_bytes:
                yield _too_big(uid, len(raw), self.max_message_bytes)
                continue
            yield FetchedMessage(uid=uid, raw=raw, size=len(raw))

    def _mark_seen_or_move(self, uids: Sequence[int], action: PostAction, move_to: str) -> None:
        keys = [key for key in (self._key_of(uid) for uid in uids) if key is not None]
        if action is PostAction.MOVE:
            self._move(keys, self._sibling_mbox(move_to))
        else:
            self._mark_seen(keys)

    def _open_box(self) -> mailbox.mbox:
        if self._box is None:
            raise MailboxError(f"mbox {self.path} is not open (use the source in a with block)")
        return self._box

    def _key_of(self, uid: int) -> str | None:
        if uid not in self._key_by_uid:
            box = self._open_box()
            self._key_by_uid = {
                _mbox_uid(message, box, key): key for key, message in _mbox_items(box)
            }
        return self._key_by_uid.get(uid)

    def _mark_seen(self, keys: Iterable[str]) -> None:
        box = self._open_box()
        box.lock()
        try:
            for key in keys:
                message = box.get_message(key)
                message.set_flags("".join(sorted(set(message.get_flags()) | set(_SEEN_MBOX_FLAGS))))
                box[key] = message
            box.flush()
        finally:
            box.unlock()
        self._key_by_uid = {}  # flush renumbers the keys

    def _move(self, keys: Sequence[str], target_path: Path) -> None:
        box = self._open_box()
        target = mailbox.mbox(target_path, create=True)
        box.lock()
        target.lock()
        try:
            # Copy first and save, then delete: a crash in between duplicates, never loses.
            for key in keys:
                target.add(box.get_message(key))
            target.flush()
            for key in keys:
                box.discard(key)
            box.flush()
        finally:
            target.unlock()
            target.close()
            box.unlock()
        self._key_by_uid = {}

    def _sibling_mbox(self, name: str) -> Path:
        file_name = name.strip("/").replace("/", ".")
        if not file_name:
            raise ConfigError("imap.move_to is empty: name the mbox file to move to")
        return self.path.parent / file_name


def _check_mbox(path: Path) -> None:
    if not path.exists():
        raise MailboxError(f"mailbox.path {path} does not exist (expected an mbox file)")
    if not path.is_file():
        raise MailboxError(f"mailbox.path {path} is not an mbox file (it is a directory?)")
    with path.open("rb") as handle:
        start = handle.read(5)
    if start and start != b"From ":
        raise MailboxError(f"mailbox.path {path} is not an mbox file (no 'From ' line at the top)")


def _mbox_items(box: mailbox.mbox) -> Iterator[tuple[str, mailbox.mboxMessage]]:
    for key in box.iterkeys():
        yield key, box.get_message(key)


def _mbox_uid(message: mailbox.mboxMessage, box: mailbox.mbox, key: str) -> int:
    message_id = str(message.get("Message-ID", "")).strip()
    if message_id:
        return stable_uid(f"{message_id}\n{message.get('Date', '')}")
    return stable_uid(hashlib.sha256(box.get_bytes(key)).hexdigest())


def _mbox_date(message: mailbox.mboxMessage) -> datetime | None:
    # The "From sender Tue Nov  3 10:00:00 2026" line holds the delivery time (local, no zone).
    _, _, asctime = message.get_from().partition(" ")
    try:
        return datetime.strptime(asctime.strip(), "%a %b %d %H:%M:%S %Y").replace(tzinfo=UTC)
    except ValueError:
        return _header_date(message)


def open_local_mailbox(settings: Settings) -> MailSource:
    """The Maildir or mbox named by `mailbox.path`, for `mailbox.kind` maildir / mbox."""
    kind = settings.mailbox.kind
    path = settings.mailbox.path
    if kind is MailboxKind.IMAP:
        raise ConfigError("mailbox.kind is 'imap': not a local mailbox (use maildir or mbox)")
    if path is None:
        raise ConfigError(f"mailbox.path is required when mailbox.kind is '{kind.value}'")
    limit = settings.imap.max_message_bytes
    if kind is MailboxKind.MAILDIR:
        return MaildirSource(path.expanduser(), max_message_bytes=limit)
    return MboxSource(path.expanduser(), max_message_bytes=limit)

"""Read notification emails from an IMAP folder, and act on them once the digest is out.

`ImapMailbox` is the IMAP `MailSource`: it connects (SSL, STARTTLS or plain, certificate checked),
logs in with a password or an OAuth2 token from the user's command, selects the folder read-only
(EXAMINE) and fetches with `BODY.PEEK[]` in batches, so reading never changes the mailbox. Only
`apply_post_action`, called after the digest was accepted, selects the folder read-write.

A dropped connection or a timeout is retried transparently: reconnect (with backoff), check that
UIDVALIDITY did not change, and go on with the first UID not yet handed out, so every message is
yielded exactly once. After `imap.max_reconnects` reconnections the run fails with MailboxError.
"""

from __future__ import annotations

import imaplib
import logging
import ssl
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Protocol, Self, TypeVar

from imapclient import IMAPClient, SocketTimeout
from imapclient.exceptions import IMAPClientError, LoginError

from .errors import ConfigError, MailboxError
from .settings import ImapSettings, MailboxKind, OAuth2Mechanism, PostAction, Security, Settings
from .tokens import get_oauth2_token

log = logging.getLogger(__name__)

T = TypeVar("T")

SEEN = b"\\Seen"
DELETED = b"\\Deleted"
ANY_KEYWORD = b"\\*"  # in PERMANENTFLAGS: the server stores keywords of our choosing
# Errors after which a new connection may succeed: socket trouble, timeouts, EOF mid-response.
CONNECTION_ERRORS = (OSError, imaplib.IMAP4.abort)
# OpenSSL's X509_V_ERR_HOSTNAME_MISMATCH and X509_V_ERR_IP_ADDRESS_MISMATCH.
NAME_MISMATCH_CODES = (62, 64)


class UidValidityChanged(MailboxError):
    """The folder's UIDs were renumbered while we were reading it."""


@dataclass(frozen=True)
class FetchedMessage:
    """One message as fetched; `raw` is None when it was skipped (see `skipped_reason`)."""

    uid: int
    raw: bytes | None  # None: larger than imap.max_message_bytes, or the server sent no body
    size: int
    skipped_reason: str | None = None


class MailSource(Protocol):
    """Where notification emails come from: IMAP here, Maildir and mbox in `localmail`."""

    account: str  # identifies the mailbox in the state db, e.g. "user@host:port"
    folder: str

    def __enter__(self) -> Self: ...
    def __exit__(self, *exc: object) -> None: ...
    def uidvalidity(self) -> int: ...
    def search(
        self, *, after_uid: int | None, since: date | None, senders: Sequence[str]
    ) -> list[int]: ...
    def fetch(self, uids: Sequence[int]) -> Iterator[FetchedMessage]: ...
    def apply_post_action(
        self, uids: Sequence[int], action: PostAction, *, keyword: str, move_to: str
    ) -> None: ...


TokenGetter = Callable[..., str]  # get_oauth2_token's signature: (command, *, shell, timeout)


class ImapMailbox:
    """One IMAP folder; use as a context manager (connects on enter, logs out on exit)."""

    def __init__(
        self,
        settings: ImapSettings,
        *,
        get_token: TokenGetter = get_oauth2_token,
        sleep: Callable[[float], None] = time.sleep,
        backoff_seconds: float = 1.0,
    ) -> None:
        _check_login_settings(settings)
        self.settings = settings
        self.folder = settings.folder
        self.address = f"{settings.host}:{settings.effective_port}"
        self.account = f"{settings.username}@{self.address}"
        self._get_token = get_token
        self._sleep = sleep
        self._backoff_seconds = backoff_seconds
        self._client: IMAPClient | None = None
        self._select_info: dict[bytes, object] = {}
        self._uidvalidity: int | None = None
        self.reconnects = 0  # over this object's life: bounded by imap.max_reconnects

    # -- connection ------------------------------------------------------------------------

    def __enter__(self) -> Self:
        self._connect()
        return self

    def __exit__(self, *exc: object) -> None:
        self._disconnect()

    def uidvalidity(self) -> int:
        if self._uidvalidity is None:
            raise MailboxError("the IMAP mailbox is not open (use it in a with block)")
        return self._uidvalidity

    def uidnext(self) -> int | None:
        value = self._select_info.get(b"UIDNEXT")
        return value if isinstance(value, int) else None

    def _connect(self) -> None:
        client = self._open_connection()
        try:
            self._login(client)
            self._client = client
            self._select(readonly=True)
        except BaseException:
            self._client = None
            _quietly_close(client)
            raise

    def _disconnect(self, *, graceful: bool = True) -> None:
        client, self._client = self._client, None
        if client is None:
            return
        if graceful:
            _quietly_close(client)
        else:  # a dead or hung server would make LOGOUT wait for the read timeout
            _drop(client)

    def _open_connection(self) -> IMAPClient:
        settings = self.settings
        timeout = SocketTimeout(connect=settings.connect_timeout, read=settings.read_timeout)
        context = self._tls_context()
        try:
            client = IMAPClient(
                settings.host,
                port=settings.effective_port,
                ssl=settings.security is Security.SSL,
                ssl_context=context,
                timeout=timeout,
            )
            if settings.security is Security.STARTTLS:
                client.starttls(context)
        except ssl.SSLCertVerificationError as exc:
            raise MailboxError(self._untrusted_certificate(exc)) from None
        except (*CONNECTION_ERRORS, IMAPClientError) as exc:
            raise MailboxError(
                f"cannot connect to IMAP server {self.address}: {_why(exc)}"
            ) from None
        return client

    def _untrusted_certificate(self, exc: ssl.SSLCertVerificationError) -> str:
        if exc.verify_code in NAME_MISMATCH_CODES:
            # A CA file would not help here: the certificate is for another server name.
            return (
                f"the TLS certificate of {self.address} does not match the host name "
                f"({exc.verify_message}); set imap.host to a name the certificate lists"
            )
        return (
            f"the TLS certificate of {self.address} is not trusted ({exc.verify_message}); "
            "for a self-signed server set imap.ca_file to its certificate"
        )

    def _tls_context(self) -> ssl.SSLContext | None:
        if self.settings.security is Security.NONE:
            return None
        ca_file = self.settings.ca_file
        if ca_file is not None and not ca_file.is_file():
            raise ConfigError(f"imap.ca_file {ca_file} does not exist")
        return ssl.create_default_context(cafile=str(ca_file) if ca_file else None)

    def _login(self, client: IMAPClient) -> None:
        settings = self.settings
        try:
            if settings.oauth2_token_command:
                token = self._get_token(
                    settings.oauth2_token_command,
                    shell=settings.oauth2_token_shell,
                    timeout=settings.oauth2_token_timeout,
                )
                if settings.oauth2_mechanism is OAuth2Mechanism.OAUTHBEARER:
                    client.oauthbearer_login(settings.username, token)
                else:
                    client.oauth2_login(settings.username, token)
            else:
                assert settings.password is not None  # checked in _check_login_settings
                client.login(settings.username, settings.password.get_secret_value())
        except LoginError as exc:
            raise MailboxError(
                f"IMAP login as {settings.username!r} at {self.address} failed: {_why(exc)}"
            ) from None
        except CONNECTION_ERRORS as exc:
            raise MailboxError(
                f"connection to {self.address} lost while logging in: {_why(exc)}"
            ) from None

    def _select(self, *, readonly: bool) -> None:
        client = self._require_client()
        try:
            self._select_info = client.select_folder(self.folder, readonly=readonly)
        except IMAPClientError as exc:
            if isinstance(exc, imaplib.IMAP4.abort):
                raise
            raise MailboxError(
                f"cannot open folder {self.folder!r} on {self.address}: {_why(exc)}"
            ) from None
        uidvalidity = self._select_info.get(b"UIDVALIDITY")
        if not isinstance(uidvalidity, int):
            raise MailboxError(f"{self.address} gave no UIDVALIDITY for folder {self.folder!r}")
        if self._uidvalidity is not None and uidvalidity != self._uidvalidity:
            raise UidValidityChanged(
                f"the UIDVALIDITY of folder {self.folder!r} changed during the run; "
                "the next run rescans the folder"
            )
        self._uidvalidity = uidvalidity

    def _require_client(self) -> IMAPClient:
        if self._client is None:
            raise MailboxError("the IMAP mailbox is not open (use it in a with block)")
        return self._client

    def _retrying(self, operation: Callable[[IMAPClient], T], what: str) -> T:
        """Run `operation`, reconnecting after a lost connection (bounded, with backoff)."""
        while True:
            try:
                return operation(self._require_client())
            except CONNECTION_ERRORS as exc:
                self._reconnect_after(exc, what)
            except IMAPClientError as exc:  # a NO or BAD answer: the connection itself is fine
                raise MailboxError(
                    f"IMAP server {self.address} refused {what} in folder {self.folder!r}: "
                    f"{_why(exc)}; the next run tries again"
                ) from None

    def _reconnect_after(self, exc: BaseException, what: str) -> None:
        self._disconnect(graceful=False)
        while True:
            if self.reconnects >= self.settings.max_reconnects:
                raise MailboxError(
                    f"lost the connection to {self.address} while {what} ({_why(exc)}); "
                    f"gave up after {self.reconnects} reconnection(s); "
                    "the next run resumes where this one stopped"
                ) from None
            self.reconnects += 1
            delay = self._backoff_seconds * 2 ** (self.reconnects - 1)
            log.warning(
                "connection to %s lost while %s (%s); reconnecting in %.1f s (attempt %d of %d)",
                self.address,
                what,
                _why(exc),
                delay,
                self.reconnects,
                self.settings.max_reconnects,
            )
            self._sleep(delay)
            try:
                self._connect()
                return
            except UidValidityChanged:
                raise  # the UIDs in hand mean other messages now: retrying cannot help
            except MailboxError as again:
                exc = again

    # -- reading ---------------------------------------------------------------------------

    def search(
        self, *, after_uid: int | None, since: date | None, senders: Sequence[str]
    ) -> list[int]:
        """UIDs from `senders` (any sender when empty), above `after_uid`, arrived since `since`."""
        criteria = search_criteria(after_uid=after_uid, since=since, senders=senders)
        found = self._retrying(lambda client: client.search(criteria), "searching")
        # "UID n:*" always matches the highest UID, even below n: filter here.
        return sorted(uid for uid in found if after_uid is None or uid > after_uid)

    def fetch(self, uids: Sequence[int]) -> Iterator[FetchedMessage]:
        """Yield each message once, `imap.batch_size` at a time, in the order given."""
        size = self.settings.batch_size
        for start in range(0, len(uids), size):
            batch = list(uids[start : start + size])
            yield from self._retrying(partial(self._fetch_batch, batch=batch), "fetching")

    def _fetch_batch(self, client: IMAPClient, *, batch: list[int]) -> list[FetchedMessage]:
        limit = self.settings.max_message_bytes
        sizes = {
            uid: int(data.get(b"RFC822.SIZE", 0))
            for uid, data in client.fetch(batch, ["RFC822.SIZE"]).items()
        }
        wanted = [uid for uid in batch if uid in sizes and sizes[uid] <= limit]
        bodies = client.fetch(wanted, ["BODY.PEEK[]"]) if wanted else {}
        fetched = []
        for uid in batch:
            body = bodies.get(uid, {}).get(b"BODY[]")
            if uid not in sizes:
                fetched.append(FetchedMessage(uid, None, 0, "no longer on the server"))
            elif sizes[uid] > limit:
                reason = f"too large ({sizes[uid]} bytes; imap.max_message_bytes is {limit})"
                fetched.append(FetchedMessage(uid, None, sizes[uid], reason))
            elif not isinstance(body, bytes):
                fetched.append(FetchedMessage(uid, None, sizes[uid], "the server sent no body"))
            else:
                fetched.append(FetchedMessage(uid, body, sizes[uid]))
        return fetched

    # -- after delivery --------------------------------------------------------------------

    def apply_post_action(
        self, uids: Sequence[int], action: PostAction, *, keyword: str, move_to: str
    ) -> None:
        """Mark, flag or move these UIDs of the folder; only after the digest was accepted."""
        if action is PostAction.NONE or not uids:
            return
        size = self.settings.batch_size
        for start in range(0, len(uids), size):
            batch = list(uids[start : start + size])
            act = partial(self._act, uids=batch, action=action, keyword=keyword, move_to=move_to)
            self._retrying(act, f"applying post_action {action.value}")

    def _act(
        self, client: IMAPClient, *, uids: list[int], action: PostAction, keyword: str, move_to: str
    ) -> None:
        self._select(readonly=False)
        try:
            if action is PostAction.SEEN:
                client.add_flags(uids, [SEEN])
            elif action is PostAction.FLAG:
                self._add_keyword(client, uids, keyword)
            elif action is PostAction.MOVE:
                self._move(client, uids, move_to)
        except IMAPClientError as exc:
            if isinstance(exc, imaplib.IMAP4.abort):
                raise
            raise MailboxError(
                f"post_action {action.value} failed in {self.folder!r} on {self.address}: "
                f"{_why(exc)}"
            ) from None
        finally:
            if self._client is client:
                self._select(readonly=True)

    def _add_keyword(self, client: IMAPClient, uids: list[int], keyword: str) -> None:
        permanent = self._select_info.get(b"PERMANENTFLAGS", ())
        if not isinstance(permanent, tuple) or ANY_KEYWORD not in permanent:
            raise MailboxError(
                f"{self.address} does not store custom keywords in {self.folder!r}; "
                "use imap.post_action = 'seen' or 'move' instead of 'flag'"
            )
        client.add_flags(uids, [keyword])

    def _move(self, client: IMAPClient, uids: list[int], move_to: str) -> None:
        if not client.folder_exists(move_to):
            client.create_folder(move_to)
        if client.has_capability("MOVE"):
            client.move(uids, move_to)
            return
        client.copy(uids, move_to)
        client.add_flags(uids, [DELETED])
        if client.has_capability("UIDPLUS"):
            client.uid_expunge(uids)  # only these UIDs, not other mail marked \Deleted
        else:
            log.warning(
                "%s has neither MOVE nor UIDPLUS: the moved notifications stay in %r marked "
                "\\Deleted until your mail client expunges the folder",
                self.address,
                self.folder,
            )


def search_criteria(
    *, after_uid: int | None, since: date | None, senders: Sequence[str]
) -> list[object]:
    """IMAP SEARCH keys: `UID n:*`, `SINCE date`, and FROM for each sender OR-ed together."""
    criteria: list[object] = []
    if after_uid is not None:
        criteria += ["UID", f"{after_uid + 1}:*"]
    if since is not None:
        criteria += ["SINCE", since]
    # Prefix notation: OR OR FROM a FROM b FROM c.
    criteria += ["OR"] * (len(senders) - 1)
    for sender in senders:
        criteria += ["FROM", sender]
    return criteria or ["ALL"]


def open_mailbox(settings: Settings) -> MailSource:
    """The IMAP mailbox of the settings (not connected yet: use it in a with block).

    Maildir and mbox sources are opened by `localmail.open_local_mailbox`; the pipeline picks.
    """
    if settings.mailbox.kind is not MailboxKind.IMAP:
        raise ConfigError(
            f"mailbox.kind is {settings.mailbox.kind.value!r}: open it with "
            "localmail.open_local_mailbox, not as IMAP"
        )
    return ImapMailbox(settings.imap)


def _check_login_settings(settings: ImapSettings) -> None:
    missing = [name for name in ("host", "username") if not getattr(settings, name)]
    if not settings.password and not settings.oauth2_token_command:
        missing.append("password (or oauth2_token_command)")
    if missing:
        raise ConfigError(f"missing IMAP setting(s): {', '.join('imap.' + m for m in missing)}")


def _why(exc: BaseException) -> str:
    """A short reason from an exception; bytes from imaplib decoded."""
    text = str(exc.args[0]) if exc.args else ""
    if exc.args and isinstance(exc.args[0], bytes):
        text = exc.args[0].decode("utf-8", errors="replace")
    if isinstance(exc, TimeoutError):
        return "timed out"
    return text.strip() or type(exc).__name__


def _quietly_close(client: IMAPClient) -> None:
    try:
        client.logout()
    except (*CONNECTION_ERRORS, IMAPClientError):
        _drop(client)


def _drop(client: IMAPClient) -> None:
    try:
        client.shutdown()
    except (*CONNECTION_ERRORS, IMAPClientError):
        log.debug("could not close the IMAP connection cleanly")

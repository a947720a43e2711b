"""ImapMailbox and the token command, against a real Dovecot on 127.0.0.1."""

from __future__ import annotations

import logging
import socket
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from imapclient import IMAPClient

from dovecot_server import (
    CuttableProxy,
    DovecotServer,
    ImapUser,
    append_messages,
    crlf,
)
from invite_digest.errors import ConfigError, MailboxError
from invite_digest.mailbox import ImapMailbox, search_criteria
from invite_digest.settings import ImapSettings, OAuth2Mechanism, PostAction, Security
from invite_digest.tokens import TokenCommandError, get_oauth2_token

FIXTURES = Path(__file__).parent / "fixtures"
INVITES = [
    FIXTURES / "linkedin" / name
    for name in ("001-met-career-fair.eml", "002-same-org-current.eml", "201-stock-en.eml")
]
OTHER_SENDER = b"From: Newsletter <news@example.com>\nSubject: Weekly news\n\nHello\n"
LINKEDIN = ["invitations@linkedin.com", "invitations-noreply@linkedin.com"]
NOW = datetime.now(UTC)
RECENT = NOW - timedelta(days=2)
OLD = NOW - timedelta(days=40)


def settings_for(user: ImapUser, port: int, **overrides: object) -> ImapSettings:
    values: dict[str, object] = {
        "host": "127.0.0.1",
        "port": port,
        "security": Security.NONE,
        "username": user.name,
        "password": user.password,
        "connect_timeout": 5,
        "read_timeout": 5,
        "batch_size": 2,
    }
    values.update(overrides)
    return ImapSettings.model_validate(values)


@pytest.fixture
def admin(dovecot: DovecotServer, imap_user: ImapUser) -> Iterator[IMAPClient]:
    client = dovecot.client(imap_user)
    yield client
    client.logout()


@pytest.fixture
def filled(admin: IMAPClient) -> list[bytes]:
    """INBOX: three LinkedIn invitations from 2 days ago, one from 40 days ago, a newsletter."""
    recent = [path.read_bytes() for path in INVITES]
    append_messages(admin, "INBOX", [OTHER_SENDER], arrived=RECENT)
    old = FIXTURES / "linkedin" / "003-same-org-past.eml"
    append_messages(admin, "INBOX", [old.read_bytes()], arrived=OLD)
    append_messages(admin, "INBOX", recent, arrived=RECENT)
    return recent


def flags_of(admin: IMAPClient, folder: str = "INBOX") -> dict[int, tuple[bytes, ...]]:
    admin.select_folder(folder, readonly=True)
    answer = admin.fetch(admin.search("ALL"), ["FLAGS"])
    return {uid: data[b"FLAGS"] for uid, data in answer.items()}


def test_search_finds_only_notification_senders_within_the_window(
    dovecot: DovecotServer, imap_user: ImapUser, filled: list[bytes]
) -> None:
    since = (NOW - timedelta(days=14)).date()
    with ImapMailbox(settings_for(imap_user, dovecot.imap_port)) as mailbox:
        found = mailbox.search(after_uid=None, since=since, senders=LINKEDIN)
        everything = mailbox.search(after_uid=None, since=None, senders=[])
    assert found == [3, 4, 5]  # not the newsletter (1), not the 40-day-old invitation (2)
    assert everything == [1, 2, 3, 4, 5]


def test_search_above_the_last_uid_returns_nothing_when_nothing_is_new(
    dovecot: DovecotServer, imap_user: ImapUser, filled: list[bytes]
) -> None:
    with ImapMailbox(settings_for(imap_user, dovecot.imap_port)) as mailbox:
        assert mailbox.search(after_uid=3, since=None, senders=LINKEDIN) == [4, 5]
        # The server answers "UID 6:*" with UID 5; it must not come back as new.
        assert mailbox.search(after_uid=5, since=None, senders=LINKEDIN) == []


def test_fetch_returns_the_messages_in_batches_and_leaves_them_unread(
    dovecot: DovecotServer, imap_user: ImapUser, filled: list[bytes], admin: IMAPClient
) -> None:
    proxy = CuttableProxy(dovecot.imap_port)
    try:
        with ImapMailbox(settings_for(imap_user, proxy.port, batch_size=2)) as mailbox:
            fetched = list(mailbox.fetch([3, 4, 5]))
    finally:
        proxy.close()
    assert [m.uid for m in fetched] == [3, 4, 5]
    assert [m.raw for m in fetched] == [crlf(raw) for raw in filled]
    assert all(m.size == len(m.raw or b"") for m in fetched)
    assert proxy.commands("UID FETCH") == 4  # sizes + bodies, for 2 batches
    assert proxy.sent.count(b"BODY.PEEK[]") == 2
    assert all(b"\\Seen" not in flags for flags in flags_of(admin).values())


def test_a_message_over_the_size_limit_is_skipped_with_a_reason(
    dovecot: DovecotServer, imap_user: ImapUser, filled: list[bytes]
) -> None:
    small = len(OTHER_SENDER) + 100
    with ImapMailbox(settings_for(imap_user, dovecot.imap_port, max_message_bytes=small)) as box:
        newsletter, invitation = list(box.fetch([1, 3]))
    assert newsletter.raw is not None
    assert invitation.raw is None
    assert invitation.skipped_reason is not None
    assert "too large" in invitation.skipped_reason


@pytest.mark.parametrize("folder", ["[Gmail]/All Mail", "Boîte reçue", "Soci & Inviti"])
def test_any_folder_name_works(
    dovecot: DovecotServer, imap_user: ImapUser, admin: IMAPClient, folder: str
) -> None:
    raw = INVITES[0].read_bytes()
    append_messages(admin, folder, [raw], arrived=RECENT)
    with ImapMailbox(settings_for(imap_user, dovecot.imap_port, folder=folder)) as mailbox:
        uids = mailbox.search(after_uid=None, since=None, senders=LINKEDIN)
        fetched = list(mailbox.fetch(uids))
        assert mailbox.uidvalidity() > 0
        assert mailbox.uidnext() == 2
    assert [m.raw for m in fetched] == [crlf(raw)]


def test_a_missing_folder_is_a_clear_error(dovecot: DovecotServer, imap_user: ImapUser) -> None:
    settings = settings_for(imap_user, dovecot.imap_port, folder="Nope")
    with pytest.raises(MailboxError, match="cannot open folder 'Nope'"):
        ImapMailbox(settings).__enter__()


def test_a_wrong_password_fails_without_showing_it(
    dovecot: DovecotServer, imap_user: ImapUser
) -> None:
    settings = settings_for(imap_user, dovecot.imap_port, password="wrong-secret-123")
    with pytest.raises(MailboxError, match="login as") as caught:
        ImapMailbox(settings).__enter__()
    assert "wrong-secret-123" not in str(caught.value)


def test_missing_credentials_are_a_config_error(
    dovecot: DovecotServer, imap_user: ImapUser
) -> None:
    with pytest.raises(ConfigError, match=r"imap\.password"):
        ImapMailbox(settings_for(imap_user, dovecot.imap_port, password=None))


def test_a_self_signed_certificate_is_refused_without_ca_file(
    dovecot: DovecotServer, imap_user: ImapUser
) -> None:
    settings = settings_for(imap_user, dovecot.imaps_port, security=Security.SSL)
    with pytest.raises(MailboxError, match=r"not trusted .*imap\.ca_file"):
        ImapMailbox(settings).__enter__()


@pytest.mark.parametrize("security", [Security.SSL, Security.STARTTLS])
def test_a_self_signed_certificate_is_accepted_with_ca_file(
    dovecot: DovecotServer, imap_user: ImapUser, filled: list[bytes], security: Security
) -> None:
    port = dovecot.imaps_port if security is Security.SSL else dovecot.imap_port
    settings = settings_for(imap_user, port, security=security, ca_file=dovecot.ca_file)
    with ImapMailbox(settings) as mailbox:
        assert mailbox.search(after_uid=None, since=None, senders=LINKEDIN) == [2, 3, 4, 5]


@pytest.mark.parametrize("mechanism", list(OAuth2Mechanism))
def test_oauth2_login_with_a_token_from_a_command(
    dovecot: DovecotServer, imap_user: ImapUser, filled: list[bytes], mechanism: OAuth2Mechanism
) -> None:
    token = dovecot.add_token(imap_user)
    settings = settings_for(
        imap_user,
        dovecot.imaps_port,
        security=Security.SSL,
        ca_file=dovecot.ca_file,
        password=None,
        oauth2_token_command=[sys.executable, "-c", f"print({token!r})"],
        oauth2_mechanism=mechanism,
    )
    before = dovecot.introspection.requests
    with ImapMailbox(settings) as mailbox:
        assert len(mailbox.search(after_uid=None, since=None, senders=LINKEDIN)) == 4
    assert dovecot.introspection.requests > before  # the server really checked the token


def test_an_expired_token_is_refused_without_showing_it(
    dovecot: DovecotServer, imap_user: ImapUser
) -> None:
    settings = settings_for(
        imap_user,
        dovecot.imap_port,
        password=None,
        oauth2_token_command=[sys.executable, "-c", "print('ya29.revoked-token')"],
    )
    with pytest.raises(MailboxError, match="login as") as caught:
        ImapMailbox(settings).__enter__()
    assert "revoked-token" not in str(caught.value)


def test_token_command_runs_without_a_shell_unless_asked() -> None:
    assert get_oauth2_token("echo 'tok en' $HOME", shell=False, timeout=5) == "tok en $HOME"
    assert get_oauth2_token("echo tok-$((40+2))", shell=True, timeout=5) == "tok-42"  # noqa: S604


def test_a_failing_token_command_does_not_echo_its_output() -> None:
    command = [sys.executable, "-c", "import sys; print('secret-refresh'); sys.exit(3)"]
    with pytest.raises(TokenCommandError, match="exit status 3") as caught:
        get_oauth2_token(command, shell=False, timeout=5)
    assert "secret-refresh" not in str(caught.value)


def test_a_hanging_or_missing_token_command_fails_clearly() -> None:
    hang = [sys.executable, "-c", "import time; time.sleep(5)"]
    with pytest.raises(TokenCommandError, match=r"did not finish within 0\.3 s"):
        get_oauth2_token(hang, shell=False, timeout=0.3)
    with pytest.raises(TokenCommandError, match="not found"):
        get_oauth2_token(["no-such-token-helper"], shell=False, timeout=5)
    with pytest.raises(TokenCommandError, match="printed no token"):
        get_oauth2_token(["true"], shell=False, timeout=5)


def test_connection_cut_mid_fetch_resumes_without_loss(
    dovecot: DovecotServer, imap_user: ImapUser, filled: list[bytes]
) -> None:
    proxy = CuttableProxy(dovecot.imap_port)
    delays: list[float] = []
    try:
        settings = settings_for(imap_user, proxy.port, batch_size=1)
        with ImapMailbox(settings, sleep=delays.append) as mailbox:
            proxy.cut_after(len(filled[0]) + 2000)  # inside the second message's body
            fetched = list(mailbox.fetch([3, 4, 5]))
            reconnects = mailbox.reconnects
    finally:
        proxy.close()
    assert [m.uid for m in fetched] == [3, 4, 5]
    assert [m.raw for m in fetched] == [crlf(raw) for raw in filled]
    assert reconnects == 1
    assert delays == [1.0]


def test_a_server_that_stays_down_fails_the_run_after_bounded_retries(
    dovecot: DovecotServer, imap_user: ImapUser, filled: list[bytes]
) -> None:
    proxy = CuttableProxy(dovecot.imap_port)
    delays: list[float] = []
    try:
        settings = settings_for(imap_user, proxy.port, batch_size=1, max_reconnects=3)
        with ImapMailbox(settings, sleep=delays.append, backoff_seconds=0.5) as mailbox:
            messages = mailbox.fetch([3, 4, 5])
            first = next(messages)
            proxy.down = True
            proxy.cut()
            with pytest.raises(MailboxError, match="gave up after 3 reconnection"):
                next(messages)
    finally:
        proxy.close()
    assert first.uid == 3
    assert delays == [0.5, 1.0, 2.0]


def test_a_server_that_never_answers_times_out(imap_user: ImapUser) -> None:
    silent = socket.create_server(("127.0.0.1", 0))
    accepted: list[socket.socket] = []
    thread = threading.Thread(target=lambda: accepted.append(silent.accept()[0]), daemon=True)
    thread.start()
    settings = settings_for(
        imap_user, silent.getsockname()[1], connect_timeout=0.5, read_timeout=0.5
    )
    try:
        with pytest.raises(MailboxError, match="timed out"):
            ImapMailbox(settings).__enter__()
    finally:
        for sock in accepted:
            sock.close()
        silent.close()


def test_post_action_seen_marks_only_the_given_messages(
    dovecot: DovecotServer, imap_user: ImapUser, filled: list[bytes], admin: IMAPClient
) -> None:
    with ImapMailbox(settings_for(imap_user, dovecot.imap_port)) as mailbox:
        mailbox.apply_post_action([3, 5], PostAction.SEEN, keyword="", move_to="")
    seen = {uid for uid, flags in flags_of(admin).items() if b"\\Seen" in flags}
    assert seen == {3, 5}


def test_post_action_flag_adds_the_keyword(
    dovecot: DovecotServer, imap_user: ImapUser, filled: list[bytes], admin: IMAPClient
) -> None:
    with ImapMailbox(settings_for(imap_user, dovecot.imap_port)) as mailbox:
        mailbox.apply_post_action([4], PostAction.FLAG, keyword="$InviteDigested", move_to="")
    flagged = {uid for uid, flags in flags_of(admin).items() if b"$InviteDigested" in flags}
    assert flagged == {4}
    assert all(b"\\Seen" not in flags for flags in flags_of(admin).values())


@pytest.mark.parametrize("with_move", [True, False], ids=["MOVE", "COPY+EXPUNGE"])
def test_post_action_move_creates_the_folder_and_moves_only_those(
    dovecot: DovecotServer,
    imap_user: ImapUser,
    filled: list[bytes],
    admin: IMAPClient,
    monkeypatch: pytest.MonkeyPatch,
    with_move: bool,
) -> None:
    if not with_move:  # a server without MOVE: copy, flag \Deleted, UID EXPUNGE those only
        real = IMAPClient.has_capability
        monkeypatch.setattr(
            IMAPClient, "has_capability", lambda self, cap: cap != "MOVE" and real(self, cap)
        )
    admin.select_folder("INBOX")
    admin.add_flags([1], [b"\\Deleted"])  # someone else's deleted mail must stay
    with ImapMailbox(settings_for(imap_user, dovecot.imap_port)) as mailbox:
        mailbox.apply_post_action([3, 4], PostAction.MOVE, keyword="", move_to="Invitations/Done")
    assert sorted(flags_of(admin)) == [1, 2, 5]
    assert len(flags_of(admin, "Invitations/Done")) == 2


def test_search_criteria_or_all_senders() -> None:
    criteria = search_criteria(after_uid=7, since=None, senders=["a@x", "b@x", "c@x"])
    assert criteria == ["UID", "8:*", "OR", "OR", "FROM", "a@x", "FROM", "b@x", "FROM", "c@x"]


def test_no_password_or_token_reaches_the_log_even_at_debug_level(
    dovecot: DovecotServer, imap_user: ImapUser, caplog: pytest.LogCaptureFixture
) -> None:
    token = dovecot.add_token(imap_user)
    oauth = settings_for(
        imap_user,
        dovecot.imap_port,
        password=None,
        oauth2_token_command=[sys.executable, "-c", f"print({token!r})"],
    )
    caplog.set_level(logging.DEBUG)
    for name in ("imapclient", "imapclient.imaplib"):  # the CLI may have quietened them
        caplog.set_level(logging.DEBUG, logger=name)
    with ImapMailbox(settings_for(imap_user, dovecot.imap_port)) as mailbox:
        mailbox.search(after_uid=None, since=None, senders=LINKEDIN)
    with ImapMailbox(oauth) as mailbox:
        mailbox.search(after_uid=None, since=None, senders=LINKEDIN)
    assert "SEARCH" in caplog.text  # imapclient did log the conversation
    assert imap_user.password not in caplog.text
    assert token not in caplog.text


def test_a_folder_recreated_during_the_run_fails_it_at_once(
    dovecot: DovecotServer, imap_user: ImapUser, admin: IMAPClient
) -> None:
    append_messages(admin, "Notes", [path.read_bytes() for path in INVITES], arrived=RECENT)
    proxy = CuttableProxy(dovecot.imap_port)
    delays: list[float] = []
    try:
        settings = settings_for(imap_user, proxy.port, folder="Notes", batch_size=1)
        with ImapMailbox(settings, sleep=delays.append) as mailbox:
            messages = mailbox.fetch([1, 2, 3])
            next(messages)
            admin.delete_folder("Notes")
            append_messages(admin, "Notes", [OTHER_SENDER], arrived=RECENT)
            proxy.cut()
            with pytest.raises(MailboxError, match="UIDVALIDITY of folder 'Notes' changed"):
                next(messages)
    finally:
        proxy.close()
    assert len(delays) == 1  # no pointless retries

"""IMAP faults, through the whole product: `invite-digest run` against a real Dovecot.

Each test plays one fault (a connection cut mid-FETCH, a restart between SEARCH and FETCH,
NO/BAD answers, a server that goes silent, a certificate for another name) and checks what the
user sees: exit code 1 with one readable line and no traceback or password, nothing sent and
nothing marked read, the failure in the runs table (`health` reports it), and once the fault is
gone, every invitation delivered exactly once.

The helpers here (CLI runner, fault proxy, checks) are shared with the SMTP fault and
concurrency tests; the config writer is in testconfig.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal

import pytest

from dovecot_server import (
    CuttableProxy,
    DovecotServer,
    ImapUser,
    append_messages,
    seen_count,
    wait_for_port,
)
from invite_digest.cli import main
from invite_digest.scheduler import Heartbeat
from invite_digest.store import Store
from smtp_server import SmtpServer
from testconfig import imap_options, smtp_options, write_config

FIXTURES = Path(__file__).parent / "fixtures"
INVITATIONS = ["001-met-career-fair", "007-mutual-referral", "101-pitch-saas", "201-stock-en"]
OTHERS = ["015-reminder-of-007", "301-accepted"]  # a reminder of 007, an acceptance
NOTIFICATIONS_OF_INVITATIONS = 5  # the four invitations and the reminder: marked read at the end

# --- shared helpers ----------------------------------------------------------------------------


def sample(name: str) -> bytes:
    return (FIXTURES / "linkedin" / f"{name}.eml").read_bytes()


def inviter_names() -> list[str]:
    """The inviters of INVITATIONS, from the fixtures' labels."""
    labels = json.loads((FIXTURES / "linkedin" / "labels.json").read_text(encoding="utf-8"))
    return [labels[f"{name}.eml"]["name"] for name in INVITATIONS]


def fill_inbox(dovecot: DovecotServer, user: ImapUser) -> None:
    client = dovecot.client(user)
    arrived = datetime.now(UTC) - timedelta(days=1)
    append_messages(client, "INBOX", [sample(n) for n in INVITATIONS + OTHERS], arrived=arrived)
    client.logout()


@dataclass(frozen=True)
class CliResult:
    code: int
    out: str
    err: str
    seconds: float

    @property
    def error_lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.startswith("invite-digest:")]


def run_cli(config: Path, capsys: pytest.CaptureFixture[str], *args: str) -> CliResult:
    capsys.readouterr()  # forget earlier output
    started = time.monotonic()
    code = main(["--config", str(config), *(args or ("run",))])
    seconds = time.monotonic() - started
    captured = capsys.readouterr()
    return CliResult(code, captured.out, captured.err, seconds)


def assert_failed_clearly(result: CliResult, *, says: str, secrets: tuple[str, ...] = ()) -> None:
    """Exit code 1, exactly one error line saying `says`, no traceback, no secret."""
    assert result.code == 1, result.err
    assert len(result.error_lines) == 1, result.err
    assert says in result.error_lines[0]
    assert "Traceback" not in result.err
    for secret in secrets:
        assert secret not in result.err


def assert_failure_recorded(config: Path, capsys: pytest.CaptureFixture[str], says: str) -> None:
    """The runs table holds the failure, and `health` (with a live heartbeat) reports it."""
    data_dir = config.parent / "data"
    with Store.open(data_dir) as store:
        last = store.last_run()
    assert last is not None and last.outcome == "failed"
    assert last.error is not None and says in last.error
    Heartbeat(data_dir).write(None)  # as if `serve` were running: health then looks at the runs
    health = run_cli(config, capsys, "health")
    assert health.code == 1
    assert "last run failed" in health.out


def pending_count(config: Path) -> int:
    with Store.open(config.parent / "data") as store:
        return len(store.pending_invitations())


def digest_texts(smtp: SmtpServer) -> list[str]:
    texts = []
    for received in smtp.received:
        part = received.message().get_body(("plain",))
        assert part is not None
        texts.append(str(part.get_content()))
    return texts


def assert_each_inviter_delivered_once(smtp: SmtpServer) -> None:
    texts = digest_texts(smtp)
    for name in inviter_names():
        assert sum(name in text for text in texts) == 1, f"{name} in {len(texts)} digest(s)"


# --- a proxy that plays one fault on a chosen IMAP command ------------------------------------

FaultKind = Literal["reply", "freeze", "drop"]


@dataclass
class Fault:
    """What the proxy does, once, when the client sends a command line containing `command`:
    answer `reply` itself instead of the server, swallow the command and everything after it
    (a server that stops answering), or drop the connection, after calling `before`."""

    command: str
    kind: FaultKind
    reply: str = ""
    before: Callable[[], None] | None = None


@dataclass
class _Link:
    client: socket.socket
    upstream: socket.socket
    frozen: bool = False


@dataclass
class FaultProxy:
    """A TCP relay from `listen_host` to 127.0.0.1:`target_port`. With faults pending it reads
    the client's commands line by line; without, it relays bytes as they come (TLS too)."""

    target_port: int
    listen_host: str = "127.0.0.1"
    faults: list[Fault] = field(default_factory=list)
    commands: list[str] = field(default_factory=list)  # client command lines, tag stripped
    _links: list[_Link] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self._listener = socket.create_server((self.listen_host, 0))
        self.port: int = self._listener.getsockname()[1]
        threading.Thread(target=self._accept_loop, daemon=True).start()

    def close(self) -> None:
        self._listener.close()
        with self._lock:
            links, self._links = self._links, []
        for link in links:
            _close_link(link)

    def _accept_loop(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target_port), timeout=5)
                upstream.settimeout(None)
            except OSError:  # the server is down (restarting): the client sees a closed socket
                client.close()
                continue
            link = _Link(client, upstream)
            with self._lock:
                self._links.append(link)
            threading.Thread(target=self._from_client, args=(link,), daemon=True).start()
            threading.Thread(target=_relay, args=(upstream, client), daemon=True).start()

    def _from_client(self, link: _Link) -> None:
        pending = b""
        with contextlib.suppress(OSError):
            while data := link.client.recv(65536):
                if link.frozen:
                    continue
                if not self.faults:
                    link.upstream.sendall(pending + data)
                    pending = b""
                    continue
                pending += data
                while b"\r\n" in pending and not link.frozen:
                    line, pending = pending.split(b"\r\n", 1)
                    self._forward_or_fault(link, line)
        with contextlib.suppress(OSError):
            link.upstream.shutdown(socket.SHUT_WR)

    def _forward_or_fault(self, link: _Link, line: bytes) -> None:
        tag, _, command = line.decode("ascii", "replace").partition(" ")
        self.commands.append(command)
        fault = next((f for f in self.faults if f.command in command), None)
        if fault is None:
            link.upstream.sendall(line + b"\r\n")
            return
        self.faults.remove(fault)
        if fault.before is not None:
            fault.before()
        if fault.kind == "reply":
            link.client.sendall(f"{tag} {fault.reply}\r\n".encode())
        elif fault.kind == "freeze":
            link.frozen = True
        else:
            _close_link(link)

    def count(self, command: str) -> int:
        return sum(command in line for line in self.commands)


def _relay(source: socket.socket, sink: socket.socket) -> None:
    with contextlib.suppress(OSError):
        while data := source.recv(65536):
            sink.sendall(data)
    with contextlib.suppress(OSError):
        sink.shutdown(socket.SHUT_WR)


def _close_link(link: _Link) -> None:
    for sock in (link.client, link.upstream):
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
        sock.close()


@contextlib.contextmanager
def fault_proxy(
    target_port: int, *faults: Fault, listen_host: str = "127.0.0.1"
) -> Iterator[FaultProxy]:
    proxy = FaultProxy(target_port, listen_host, list(faults))
    try:
        yield proxy
    finally:
        proxy.close()


@contextlib.contextmanager
def silent_server() -> Iterator[int]:
    """A TCP server on 127.0.0.1 that accepts connections and never says a word."""
    listener = socket.create_server(("127.0.0.1", 0))
    accepted: list[socket.socket] = []

    def accept_forever() -> None:
        with contextlib.suppress(OSError):
            while True:
                accepted.append(listener.accept()[0])

    threading.Thread(target=accept_forever, daemon=True).start()
    try:
        yield listener.getsockname()[1]
    finally:
        listener.close()
        for sock in accepted:
            sock.close()


def restart_dovecot(server: DovecotServer) -> None:
    """Stop the Dovecot master (its IMAP processes and connections go with it) and start it
    again on the same ports and mail: the same mailbox, the same UIDVALIDITY."""
    pid = int((server.root / "run" / "master.pid").read_text().strip())
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + 10
    with contextlib.suppress(ProcessLookupError):
        while time.monotonic() < deadline:
            os.kill(pid, 0)
            time.sleep(0.05)
    subprocess.run(
        ["dovecot", "-c", str(server.root / "dovecot.conf")],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=True,
    )
    wait_for_port(server.imap_port)


# --- fixtures ------------------------------------------------------------------------------------


@pytest.fixture
def inbox(dovecot: DovecotServer, imap_user: ImapUser) -> ImapUser:
    fill_inbox(dovecot, imap_user)
    return imap_user


# --- connection dropped in the middle of a FETCH --------------------------------------------------


def test_connection_cut_mid_fetch_fails_the_run_cleanly_and_the_next_run_delivers_all(
    tmp_path: Path,
    dovecot: DovecotServer,
    inbox: ImapUser,
    smtp_server: SmtpServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    proxy = CuttableProxy(dovecot.imap_port)
    try:
        imap = imap_options(dovecot, inbox, port=proxy.port, batch_size=2)
        config = write_config(tmp_path, imap=imap, smtp=smtp_options(smtp_server))
        proxy.cut_after(len(sample(INVITATIONS[0])) + 3000)  # inside the second message
        failed = run_cli(config, capsys)
        assert proxy.commands("UID FETCH") >= 1, "the cut must fall inside a FETCH"

        assert_failed_clearly(failed, says="lost the connection", secrets=(inbox.password,))
        assert "while fetching" in failed.error_lines[0]
        assert smtp_server.received == []
        assert seen_count(dovecot, inbox) == 0, "nothing may be marked before delivery"
        assert_failure_recorded(config, capsys, "lost the connection")

        assert run_cli(config, capsys).code == 0
        assert run_cli(config, capsys).code == 0
    finally:
        proxy.close()
    assert len(smtp_server.received) == 1
    assert_each_inviter_delivered_once(smtp_server)
    assert seen_count(dovecot, inbox) == NOTIFICATIONS_OF_INVITATIONS


def test_connection_cut_mid_fetch_is_resumed_within_the_run_when_reconnects_are_allowed(
    tmp_path: Path,
    dovecot: DovecotServer,
    inbox: ImapUser,
    smtp_server: SmtpServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    proxy = CuttableProxy(dovecot.imap_port)
    try:
        imap = imap_options(dovecot, inbox, port=proxy.port, batch_size=2, max_reconnects=2)
        config = write_config(tmp_path, imap=imap, smtp=smtp_options(smtp_server))
        proxy.cut_after(len(sample(INVITATIONS[0])) + 3000)
        result = run_cli(config, capsys)
    finally:
        proxy.close()
    assert result.code == 0, result.err
    assert proxy.commands("LOGIN") >= 2, "the run must have reconnected"
    assert len(smtp_server.received) == 1
    assert_each_inviter_delivered_once(smtp_server)
    assert pending_count(config) == 0


# --- the server restarted between SEARCH and FETCH ----------------------------------------------


@pytest.fixture(scope="module")
def own_dovecot() -> Iterator[DovecotServer]:
    """A Dovecot for the restart tests alone: the others' server never goes down."""
    with DovecotServer() as server:
        yield server


@pytest.mark.parametrize("max_reconnects", [0, 1])
def test_server_restarted_between_search_and_fetch(
    tmp_path: Path,
    own_dovecot: DovecotServer,
    smtp_server: SmtpServer,
    capsys: pytest.CaptureFixture[str],
    max_reconnects: int,
) -> None:
    user = own_dovecot.add_user()
    fill_inbox(own_dovecot, user)
    restart = Fault("UID FETCH", "drop", before=lambda: restart_dovecot(own_dovecot))
    with fault_proxy(own_dovecot.imap_port, restart) as proxy:
        imap = imap_options(own_dovecot, user, port=proxy.port, max_reconnects=max_reconnects)
        config = write_config(tmp_path, imap=imap, smtp=smtp_options(smtp_server))
        first = run_cli(config, capsys)
        assert proxy.count("UID SEARCH") >= 1 and not proxy.faults, "the restart happened"
        if max_reconnects == 0:
            assert_failed_clearly(first, says="lost the connection", secrets=(user.password,))
            assert smtp_server.received == []
            assert seen_count(own_dovecot, user) == 0
            assert_failure_recorded(config, capsys, "lost the connection")
            assert run_cli(config, capsys).code == 0
        else:
            assert first.code == 0, first.err
        assert run_cli(config, capsys).code == 0
    assert len(smtp_server.received) == 1
    assert_each_inviter_delivered_once(smtp_server)
    assert seen_count(own_dovecot, user) == NOTIFICATIONS_OF_INVITATIONS


# --- NO and BAD answers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("command", "reply"),
    [
        ("UID SEARCH", "NO [UNAVAILABLE] Search backend temporarily unavailable"),
        ("UID FETCH", "NO [SERVERBUG] Internal error occurred"),
        ("UID FETCH", "BAD Error in IMAP command: unknown fetch item"),
    ],
    ids=["search-NO", "fetch-NO", "fetch-BAD"],
)
def test_a_refused_command_fails_the_run_with_the_servers_words(
    tmp_path: Path,
    dovecot: DovecotServer,
    inbox: ImapUser,
    smtp_server: SmtpServer,
    capsys: pytest.CaptureFixture[str],
    command: str,
    reply: str,
) -> None:
    with fault_proxy(dovecot.imap_port, Fault(command, "reply", reply)) as proxy:
        imap = imap_options(dovecot, inbox, port=proxy.port, max_reconnects=2)
        config = write_config(tmp_path, imap=imap, smtp=smtp_options(smtp_server))
        failed = run_cli(config, capsys)
        server_words = reply.split(" ", 1)[1]
        assert_failed_clearly(failed, says=server_words, secrets=(inbox.password,))
        assert proxy.count("LOGIN") == 1, "a refusal is not a lost connection: no reconnect"
        assert smtp_server.received == []
        assert seen_count(dovecot, inbox) == 0
        assert_failure_recorded(config, capsys, server_words)

        assert run_cli(config, capsys).code == 0
    assert_each_inviter_delivered_once(smtp_server)


def test_a_missing_folder_fails_the_run_naming_it(
    tmp_path: Path,
    dovecot: DovecotServer,
    inbox: ImapUser,
    smtp_server: SmtpServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    imap = imap_options(dovecot, inbox, folder="LinkedIn")
    config = write_config(tmp_path, imap=imap, smtp=smtp_options(smtp_server))
    failed = run_cli(config, capsys)
    assert_failed_clearly(failed, says="cannot open folder 'LinkedIn'", secrets=(inbox.password,))
    assert_failure_recorded(config, capsys, "LinkedIn")
    assert smtp_server.received == []


def test_a_refused_post_action_only_warns_the_digest_stays_delivered(
    tmp_path: Path,
    dovecot: DovecotServer,
    inbox: ImapUser,
    smtp_server: SmtpServer,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    refuse = Fault("UID STORE", "reply", "NO [CANNOT] Mailbox is read-only")
    with fault_proxy(dovecot.imap_port, refuse) as proxy:
        imap = imap_options(dovecot, inbox, port=proxy.port)
        config = write_config(tmp_path, imap=imap, smtp=smtp_options(smtp_server))
        result = run_cli(config, capsys)
        assert not proxy.faults, "the STORE was refused"
        assert result.code == 0, result.err
        assert seen_count(dovecot, inbox) == 0
        assert run_cli(config, capsys).code == 0
    warnings = [r.getMessage() for r in caplog.records if "post-digest action" in r.getMessage()]
    assert len(warnings) == 1
    assert "Mailbox is read-only" in warnings[0]
    assert len(smtp_server.received) == 1, "the digest is out: a second run sends nothing"
    assert_each_inviter_delivered_once(smtp_server)
    assert seen_count(dovecot, inbox) == NOTIFICATIONS_OF_INVITATIONS, "the next run catches up"


# --- a server that stops answering ----------------------------------------------------------------


def test_a_server_that_accepts_but_never_answers_fails_the_run_within_the_timeouts(
    tmp_path: Path,
    dovecot: DovecotServer,
    inbox: ImapUser,
    smtp_server: SmtpServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with silent_server() as port:
        imap = imap_options(dovecot, inbox, port=port, connect_timeout=1, read_timeout=1)
        config = write_config(tmp_path, imap=imap, smtp=smtp_options(smtp_server))
        failed = run_cli(config, capsys)
    assert_failed_clearly(failed, says="timed out", secrets=(inbox.password,))
    assert f"127.0.0.1:{port}" in failed.error_lines[0]
    assert failed.seconds < 5
    assert_failure_recorded(config, capsys, "timed out")
    assert smtp_server.received == []


@pytest.mark.parametrize("max_reconnects", [0, 1])
def test_a_server_that_goes_silent_mid_run_times_out(
    tmp_path: Path,
    dovecot: DovecotServer,
    inbox: ImapUser,
    smtp_server: SmtpServer,
    capsys: pytest.CaptureFixture[str],
    max_reconnects: int,
) -> None:
    with fault_proxy(dovecot.imap_port, Fault("UID FETCH", "freeze")) as proxy:
        imap = imap_options(
            dovecot, inbox, port=proxy.port, read_timeout=1, max_reconnects=max_reconnects
        )
        config = write_config(tmp_path, imap=imap, smtp=smtp_options(smtp_server))
        first = run_cli(config, capsys)
        if max_reconnects == 0:
            assert_failed_clearly(first, says="timed out", secrets=(inbox.password,))
            assert first.seconds < 5
            assert smtp_server.received == []
            assert seen_count(dovecot, inbox) == 0
            assert_failure_recorded(config, capsys, "timed out")
            assert run_cli(config, capsys).code == 0
        else:  # one read timeout, one reconnection after 1 s, then the run goes on
            assert first.code == 0, first.err
            assert first.seconds < 6
    assert len(smtp_server.received) == 1
    assert_each_inviter_delivered_once(smtp_server)


# --- a certificate for another name -----------------------------------------------------------


@pytest.mark.parametrize("with_ca_file", [False, True])
def test_a_certificate_for_another_name_is_refused_with_a_clear_message(
    tmp_path: Path,
    dovecot: DovecotServer,
    inbox: ImapUser,
    smtp_server: SmtpServer,
    capsys: pytest.CaptureFixture[str],
    with_ca_file: bool,
) -> None:
    # The certificate names localhost and 127.0.0.1; a relay on 127.0.0.2 shows it under
    # another name, as a server reached by a name its certificate does not list.
    with fault_proxy(dovecot.imaps_port, listen_host="127.0.0.2") as relay:
        imap = imap_options(dovecot, inbox, host="127.0.0.2", port=relay.port, security="ssl")
        if with_ca_file:
            imap["ca_file"] = str(dovecot.ca_file)
        config = write_config(tmp_path, imap=imap, smtp=smtp_options(smtp_server))
        failed = run_cli(config, capsys)
    assert_failed_clearly(failed, says="certificate", secrets=(inbox.password,))
    line = failed.error_lines[0]
    assert "127.0.0.2" in line
    if with_ca_file:  # trusted issuer, wrong name: the CA file hint would not help
        assert "mismatch" in line and "imap.ca_file" not in line
    else:
        assert "imap.ca_file" in line
    assert_failure_recorded(config, capsys, "certificate")
    assert smtp_server.received == []


def test_the_same_certificate_under_its_own_name_with_the_ca_file_works(
    tmp_path: Path,
    dovecot: DovecotServer,
    inbox: ImapUser,
    smtp_server: SmtpServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    imap = imap_options(
        dovecot, inbox, port=dovecot.imaps_port, security="ssl", ca_file=str(dovecot.ca_file)
    )
    config = write_config(tmp_path, imap=imap, smtp=smtp_options(smtp_server))
    assert run_cli(config, capsys).code == 0
    assert_each_inviter_delivered_once(smtp_server)

"""A throwaway Dovecot IMAP server on 127.0.0.1, for the tests and the benchmark.

`DovecotServer` is a plain class (the benchmark uses it outside pytest); the fixtures below
start one per test session and give each test a fresh user. The server has a plaintext IMAP
listener (STARTTLS too), an IMAPS listener with a self-signed certificate made here, password
logins (one password, any user name) and OAuth2 logins checked against `IntrospectionServer`,
a tiny local token introspection endpoint.
`CuttableProxy` sits between a client and the server and can drop every connection on demand.
"""

from __future__ import annotations

import contextlib
import http.server
import itertools
import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from imapclient import IMAPClient

MAIL_USER = "nobody"  # Dovecot refuses to run mail processes as root
MAIL_GROUP = "nogroup"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def wait_for_port(port: int, *, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise RuntimeError(f"nothing listens on 127.0.0.1:{port}") from None
            time.sleep(0.02)


@dataclass(frozen=True)
class ImapUser:
    name: str
    password: str


class IntrospectionServer:
    """OAuth2 token introspection (RFC 7662) for Dovecot's `introspection_mode = post`."""

    def __init__(self) -> None:
        self.tokens: dict[str, str] = {}  # access token -> user name
        self.requests = 0
        tokens, server = self.tokens, self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                form = urllib.parse.parse_qs(self.rfile.read(length).decode())
                token = form.get("token", [""])[0]
                server.requests += 1
                user = tokens.get(token)
                answer = {"active": "true", "username": user} if user else {"active": "false"}
                body = json.dumps(answer).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._http = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port: int = self._http.server_address[1]
        self._thread = threading.Thread(target=self._http.serve_forever, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._http.shutdown()
        self._http.server_close()


class DovecotServer:
    """One Dovecot master with everything (config, mail, logs, pid) in one temp dir."""

    def __init__(self, root: Path | None = None) -> None:
        # Not under pytest's 0700 tmp dirs: the unprivileged mail processes must reach it.
        self.root = root or Path(tempfile.mkdtemp(prefix="invite-digest-dovecot-", dir="/tmp"))
        self.root.chmod(0o755)
        self.imap_port = free_port()
        self.imaps_port = free_port()
        self.ca_file = self.root / "cert.pem"
        self.introspection = IntrospectionServer()
        self.password = f"pw-{os.urandom(6).hex()}"
        self._counter = itertools.count(1)
        self._config = self.root / "dovecot.conf"

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> None:
        self._make_certificate()
        self._make_directories()
        self._write_config()
        self.introspection.start()
        log = (self.root / "master.out").open("wb")
        # Dovecot daemonizes and keeps our stdout: never let it inherit a pipe.
        subprocess.run(
            ["dovecot", "-c", str(self._config)],
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            check=True,
        )
        log.close()
        wait_for_port(self.imap_port)
        wait_for_port(self.imaps_port)

    def stop(self) -> None:
        pid_file = self.root / "run" / "master.pid"
        with contextlib.suppress(FileNotFoundError, ProcessLookupError, ValueError):
            pid = int(pid_file.read_text().strip())
            os.kill(pid, signal.SIGTERM)
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                os.kill(pid, 0)  # raises ProcessLookupError once it is gone
                time.sleep(0.05)
        self.introspection.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> DovecotServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- users -----------------------------------------------------------------------------

    def add_user(self, prefix: str = "user") -> ImapUser:
        """A fresh user with an empty mailbox: every name logs in with the server's password
        (a static passdb: nothing to reload, so adding a user costs nothing)."""
        return ImapUser(f"{prefix}{next(self._counter)}", self.password)

    def add_token(self, user: ImapUser) -> str:
        """An OAuth2 access token the introspection endpoint accepts for `user`."""
        token = f"ya29.{os.urandom(12).hex()}"
        self.introspection.tokens[token] = user.name
        return token

    def client(self, user: ImapUser) -> IMAPClient:
        """A logged-in IMAP connection for setting up and inspecting a user's mail."""
        client = IMAPClient("127.0.0.1", port=self.imap_port, ssl=False, timeout=10)
        client.login(user.name, user.password)
        return client

    def log_text(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    # -- setup -----------------------------------------------------------------------------

    def _make_certificate(self) -> None:
        subprocess.run(
            [
                "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
                "-keyout", str(self.root / "key.pem"), "-out", str(self.ca_file),
            ],
            capture_output=True,
            check=True,
        )  # fmt: skip

    def _make_directories(self) -> None:
        for name in ("run", "state"):
            (self.root / name).mkdir(mode=0o755, exist_ok=True)
        mail = self.root / "mail"
        mail.mkdir(mode=0o755, exist_ok=True)
        shutil.chown(mail, MAIL_USER, MAIL_GROUP)

    def _write_config(self) -> None:
        root = self.root
        (root / "oauth2.conf").write_text(
            "introspection_mode = post\n"
            f"introspection_url = http://127.0.0.1:{self.introspection.port}/introspect\n"
            "username_attribute = username\n"
            "active_attribute = active\n"
            "active_value = true\n"
        )
        self._config.write_text(f"""
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
ssl = yes
ssl_cert = <{root}/cert.pem
ssl_key = <{root}/key.pem
disable_plaintext_auth = no
# Tests log in wrongly on purpose: no failure delay; the anvil listener below (mode 0)
# turns off the growing penalty for the next logins from 127.0.0.1.
auth_failure_delay = 0
auth_mechanisms = plain login xoauth2 oauthbearer
mail_location = maildir:{root}/mail/%u
mail_uid = {MAIL_USER}
mail_gid = {MAIL_GROUP}
first_valid_uid = 1
mail_privileged_group =
namespace inbox {{
  inbox = yes
  separator = /
}}
passdb {{
  driver = static
  args = password={self.password}
  mechanisms = plain login
}}
passdb {{
  driver = oauth2
  args = {root}/oauth2.conf
  mechanisms = xoauth2 oauthbearer
}}
userdb {{
  driver = static
  args = uid={MAIL_USER} gid={MAIL_GROUP} home={root}/mail/%u
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.imap_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {self.imaps_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0666
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
""")


def append_messages(
    client: IMAPClient,
    folder: str,
    messages: list[bytes],
    *,
    arrived: datetime,
    flags: tuple[bytes, ...] = (),
) -> None:
    """APPEND each message with `arrived` as its internal date (what SEARCH SINCE looks at)."""
    if not client.folder_exists(folder):
        client.create_folder(folder)
    for raw in messages:
        client.append(folder, crlf(raw), flags=flags, msg_time=arrived)


def seen_count(dovecot: DovecotServer, user: ImapUser) -> int:
    """How many messages of the user's INBOX are marked read."""
    client = dovecot.client(user)
    client.select_folder("INBOX", readonly=True)
    seen = len(client.search(["SEEN"]))
    client.logout()
    return seen


def crlf(raw: bytes) -> bytes:
    """IMAP wants CRLF line ends; the fixture files have bare LF."""
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


class CuttableProxy:
    """A TCP relay to 127.0.0.1:target; `cut()` drops every live connection, `down` refuses new
    ones. It also keeps what clients sent, to count the IMAP commands a run issued."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.down = False
        self.sent = bytearray()  # client -> server, all connections
        self.cut_after_bytes: int | None = None  # server -> client bytes before an automatic cut
        self._relayed = 0
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        threading.Thread(target=self._accept_loop, daemon=True).start()

    def cut_after(self, more_bytes: int) -> None:
        """Drop the connections once the server sent `more_bytes` more bytes (once)."""
        with self._lock:
            self._relayed = 0
            self.cut_after_bytes = more_bytes

    def commands(self, name: str) -> int:
        """How many client command lines contain ` NAME ` (e.g. "UID SEARCH")."""
        return sum(1 for line in bytes(self.sent).split(b"\r\n") if f" {name} ".encode() in line)

    def cut(self) -> None:
        with self._lock:
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def close(self) -> None:
        self.cut()
        self._listener.close()

    def _accept_loop(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if self.down:
                client.close()
                continue
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            with self._lock:
                self._sockets += [client, upstream]
            threading.Thread(target=self._pump, args=(client, upstream, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, False), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, from_client: bool) -> None:
        with contextlib.suppress(OSError):
            while data := source.recv(65536):
                if from_client:
                    self.sent += data
                sink.sendall(data)
                if not from_client and self._should_cut(len(data)):
                    self.cut()
                    return
        with contextlib.suppress(OSError):
            sink.shutdown(socket.SHUT_WR)

    def _should_cut(self, size: int) -> bool:
        if self.cut_after_bytes is None:
            return False
        self._relayed += size
        if self._relayed < self.cut_after_bytes:
            return False
        self.cut_after_bytes = None  # once
        return True


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    if shutil.which("dovecot") is None:
        pytest.skip("Dovecot is not installed (Debian: apt-get install dovecot-imapd)")
    with DovecotServer() as server:
        yield server


@pytest.fixture
def imap_user(dovecot: DovecotServer) -> ImapUser:
    return dovecot.add_user()


@pytest.fixture
def env_password(monkeypatch: pytest.MonkeyPatch, imap_user: ImapUser) -> None:
    """`imap_user`'s password in the environment, and no other INVITE_DIGEST_ variable."""
    for name in list(os.environ):
        if name.startswith("INVITE_DIGEST_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("INVITE_DIGEST_IMAP__PASSWORD", imap_user.password)


@pytest.fixture
def imap_proxy(dovecot: DovecotServer) -> Iterator[CuttableProxy]:
    proxy = CuttableProxy(dovecot.imap_port)
    yield proxy
    proxy.close()

"""pytest fixtures: a real SMTP server (aiosmtpd) on 127.0.0.1, with optional TLS and AUTH.

`start_smtp_server(security=..., users=...)` starts one and stops it after the test;
`smtp_server` is a plain one without login. Replies can be scripted (e.g. "451 try later" for
the first DATA) to exercise retries. The TLS certificate is self-signed, made with openssl once
per session; clients trust it only when given `smtp_certificate.cert` as CA file.
"""

from __future__ import annotations

import base64
import contextlib
import socket
import ssl
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any, Literal

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

HOST = "127.0.0.1"
Security = Literal["none", "starttls", "ssl"]


@dataclass(frozen=True)
class Certificate:
    cert: Path
    key: Path


@dataclass(frozen=True)
class ReceivedMail:
    mail_from: str
    rcpt_tos: tuple[str, ...]
    content: bytes
    login: str | None  # who was logged in, None without AUTH

    def message(self) -> EmailMessage:
        parsed = message_from_bytes(self.content, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed


@dataclass
class RecordingHandler:
    """Accepts everything unless a reply is scripted; keeps what it received."""

    users: dict[str, str] = field(default_factory=dict)  # login -> password
    oauth2_tokens: dict[str, str] = field(default_factory=dict)  # login -> bearer token
    received: list[ReceivedMail] = field(default_factory=list)
    data_replies: list[str] = field(default_factory=list)  # next DATA replies, then "250"
    rcpt_replies: dict[str, list[str]] = field(default_factory=dict)  # per address
    data_attempts: int = 0
    login_attempts: int = 0

    async def handle_RCPT(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        scripted = self.rcpt_replies.get(address)
        if scripted:
            return scripted.pop(0)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        self.data_attempts += 1
        if self.data_replies:
            return self.data_replies.pop(0)
        content = envelope.original_content or b""
        auth = session.auth_data
        login = auth.login.decode() if isinstance(auth, LoginPassword) else None
        self.received.append(
            ReceivedMail(str(envelope.mail_from), tuple(envelope.rcpt_tos), content, login)
        )
        return "250 Message accepted"

    def authenticate(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
    ) -> AuthResult:
        self.login_attempts += 1
        if isinstance(data, LoginPassword):
            login, password = data.login.decode(), data.password.decode()
            accepted = self.users.get(login) == password
            return AuthResult(success=accepted, handled=False, auth_data=data)
        return AuthResult(success=False, handled=False)

    async def auth_XOAUTH2(self, server: SMTP, args: list[str]) -> AuthResult:
        self.login_attempts += 1
        if len(args) < 2:
            return AuthResult(success=False, handled=False)
        fields = base64.b64decode(args[1]).decode().split("\x01")
        values = dict(f.split("=", 1) for f in fields if "=" in f)
        login, bearer = values.get("user", ""), values.get("auth", "")
        accepted = login in self.oauth2_tokens and bearer == f"Bearer {self.oauth2_tokens[login]}"
        if not accepted:
            return AuthResult(success=False, handled=False)
        return AuthResult(success=True, auth_data=LoginPassword(login.encode(), b""))


@dataclass
class SmtpServer:
    host: str
    port: int
    security: Security
    handler: RecordingHandler

    @property
    def received(self) -> list[ReceivedMail]:
        return self.handler.received


def free_port() -> int:
    """A port nobody listens on right now (aiosmtpd cannot take port 0)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def plain_smtp_server(handler: RecordingHandler) -> Iterator[SmtpServer]:
    """A plain SMTP server without login on 127.0.0.1 that answers with `handler` (a
    RecordingHandler that plays a fault), for the length of the `with` block."""
    port = free_port()
    controller = Controller(handler, hostname=HOST, port=port)
    controller.start()
    try:
        yield SmtpServer(HOST, port, "none", handler)
    finally:
        controller.stop()


@pytest.fixture(scope="session")
def smtp_certificate(tmp_path_factory: pytest.TempPathFactory) -> Certificate:
    directory = tmp_path_factory.mktemp("smtp-tls")
    cert, key = directory / "cert.pem", directory / "key.pem"
    command = ["openssl", "req", "-x509", "-nodes", "-days", "2", "-subj", "/CN=localhost"]
    command += ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"]
    command += ["-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"]
    command += ["-keyout", str(key), "-out", str(cert)]
    subprocess.run(
        command,
        check=True,
        capture_output=True,
        timeout=30,
    )
    return Certificate(cert, key)


@pytest.fixture
def start_smtp_server(
    smtp_certificate: Certificate,
) -> Iterator[Callable[..., SmtpServer]]:
    controllers: list[Controller] = []

    def start(
        *,
        security: Security = "none",
        users: dict[str, str] | None = None,
        oauth2_tokens: dict[str, str] | None = None,
    ) -> SmtpServer:
        handler = RecordingHandler(users=dict(users or {}), oauth2_tokens=dict(oauth2_tokens or {}))
        tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls.load_cert_chain(smtp_certificate.cert, smtp_certificate.key)
        port = free_port()
        options: dict[str, Any] = {
            "authenticator": handler.authenticate,
            "auth_required": bool(users or oauth2_tokens),
            "auth_require_tls": False,  # AUTH over plain connections too, for security "none"
        }
        if security == "starttls":
            options.update(tls_context=tls, require_starttls=True)
        controller = Controller(
            handler,
            hostname=HOST,
            port=port,
            ssl_context=tls if security == "ssl" else None,
            server_hostname="localhost",
            **options,
        )
        controller.start()
        controllers.append(controller)
        return SmtpServer(HOST, port, security, handler)

    yield start
    for controller in controllers:
        controller.stop()


@pytest.fixture
def smtp_server(start_smtp_server: Callable[..., SmtpServer]) -> SmtpServer:
    """A plain SMTP server without login on 127.0.0.1 (a local relay)."""
    return start_smtp_server()

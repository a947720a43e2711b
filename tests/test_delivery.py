"""Delivery against a real SMTP server (aiosmtpd) on 127.0.0.1: TLS, login, retries, refusals."""

from __future__ import annotations

import stat
from collections.abc import Callable
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from invite_digest.delivery import deliver
from invite_digest.digest import DigestEntry, build_message, render_digest
from invite_digest.errors import ConfigError, DeliveryError
from invite_digest.invitation import Authenticity, Category, Invitation, Verdict
from invite_digest.settings import DigestSettings, Security, SmtpSettings
from smtp_server import Certificate, SmtpServer, free_port

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")

NOW = datetime(2026, 11, 3, 7, 0, tzinfo=UTC)
SENDER = "Invite digest <digest@example.org>"
RECIPIENTS = ["jordan@example.org", "assistant@example.org"]
PASSWORD = "s3cret-Pa55word"
StartServer = Callable[..., SmtpServer]


class SleepRecorder:
    def __init__(self) -> None:
        self.delays: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


@pytest.fixture
def message() -> EmailMessage:
    invitation = Invitation(
        source="linkedin",
        key="evan",
        name="Evan Brooks",
        note="Great meeting you at the Midwest Career Fair!",
        accept_url="https://www.linkedin.com/comm/invite-accept/invitationId/1",
        authenticity=Authenticity.VERIFIED,
    )
    verdict = Verdict(category=Category.LIKELY_ACCEPT, reason="You met in person")
    settings = DigestSettings()
    rendered = render_digest([DigestEntry(invitation, verdict)], settings, now=NOW)
    return build_message(rendered, sender=SENDER, recipients=RECIPIENTS, settings=settings, now=NOW)


def smtp_settings(server: SmtpServer, **overrides: Any) -> SmtpSettings:
    values: dict[str, Any] = {
        "host": server.host,
        "port": server.port,
        "security": Security(server.security),
        "timeout": 5.0,
        "retry_backoff": 1.0,
    }
    values.update(overrides)
    return SmtpSettings(**values)


def test_plain_relay_delivers_one_multipart_message_to_every_recipient(
    smtp_server: SmtpServer, message: EmailMessage
) -> None:
    deliver(message, smtp_settings(smtp_server), RECIPIENTS)

    assert len(smtp_server.received) == 1
    mail = smtp_server.received[0]
    assert sorted(mail.rcpt_tos) == sorted(RECIPIENTS)
    assert mail.mail_from == "digest@example.org"
    parsed = mail.message()
    assert parsed.get_content_type() == "multipart/alternative"
    parts = {part.get_content_type(): part for part in parsed.iter_parts()}
    assert set(parts) == {"text/plain", "text/html"}
    assert "Evan Brooks" in parts["text/plain"].get_content()
    assert "Evan Brooks" in parts["text/html"].get_content()
    assert parts["text/html"].get_content_charset() == "utf-8"
    assert parsed["Subject"] == "Invitations: 1 likely accept, 0 need a look, 0 generic"
    assert parsed["List-Id"] == "Invitation digest <invite-digest.localhost>"
    assert parsed["To"] == ", ".join(RECIPIENTS)
    assert parsed["Message-ID"].endswith("@example.org>")
    assert parsed["Date"].datetime == NOW


def test_starttls_with_the_servers_ca_file_delivers(
    start_smtp_server: StartServer, smtp_certificate: Certificate, message: EmailMessage
) -> None:
    server = start_smtp_server(security="starttls")
    deliver(message, smtp_settings(server, ca_file=smtp_certificate.cert), RECIPIENTS)
    assert len(server.received) == 1


def test_starttls_refuses_an_untrusted_certificate_without_retrying(
    start_smtp_server: StartServer, message: EmailMessage
) -> None:
    server = start_smtp_server(security="starttls")
    sleep = SleepRecorder()
    with pytest.raises(DeliveryError, match="certificate not trusted") as caught:
        deliver(message, smtp_settings(server), RECIPIENTS, sleep=sleep)
    assert caught.value.permanent
    assert sleep.delays == []
    assert server.received == []


def test_implicit_tls_with_the_servers_ca_file_delivers(
    start_smtp_server: StartServer, smtp_certificate: Certificate, message: EmailMessage
) -> None:
    server = start_smtp_server(security="ssl")
    deliver(message, smtp_settings(server, ca_file=smtp_certificate.cert), RECIPIENTS)
    assert len(server.received) == 1


def test_login_with_password_over_starttls(
    start_smtp_server: StartServer, smtp_certificate: Certificate, message: EmailMessage
) -> None:
    server = start_smtp_server(security="starttls", users={"jordan": PASSWORD})
    settings = smtp_settings(
        server, ca_file=smtp_certificate.cert, username="jordan", password=PASSWORD
    )
    deliver(message, settings, RECIPIENTS)
    assert [mail.login for mail in server.received] == ["jordan"]


def test_server_requiring_login_rejects_an_anonymous_client(
    start_smtp_server: StartServer, message: EmailMessage
) -> None:
    server = start_smtp_server(users={"jordan": PASSWORD})
    with pytest.raises(DeliveryError) as caught:
        deliver(message, smtp_settings(server), RECIPIENTS, sleep=SleepRecorder())
    assert caught.value.permanent
    assert server.received == []


def test_wrong_password_535_is_permanent_not_retried_and_not_echoed(
    start_smtp_server: StartServer, message: EmailMessage
) -> None:
    server = start_smtp_server(users={"jordan": "the-right-one"})
    sleep = SleepRecorder()
    settings = smtp_settings(server, username="jordan", password=PASSWORD, max_attempts=3)
    with pytest.raises(DeliveryError, match="login as 'jordan' failed: 535") as caught:
        deliver(message, settings, RECIPIENTS, sleep=sleep)
    assert caught.value.permanent
    assert PASSWORD not in str(caught.value)
    assert sleep.delays == []
    assert server.handler.login_attempts == 1
    assert server.received == []


def test_xoauth2_login_with_a_token_from_a_command(
    start_smtp_server: StartServer, message: EmailMessage, tmp_path: Path
) -> None:
    token = "ya29.test-token"
    command = tmp_path / "token.sh"
    command.write_text(f"#!/bin/sh\necho {token}\n")
    command.chmod(command.stat().st_mode | stat.S_IXUSR)
    server = start_smtp_server(oauth2_tokens={"jordan@example.org": token})
    settings = smtp_settings(
        server, username="jordan@example.org", oauth2_token_command=[str(command)]
    )
    deliver(message, settings, RECIPIENTS)
    assert [mail.login for mail in server.received] == ["jordan@example.org"]


def test_temporary_4xx_is_retried_with_backoff_then_delivered(
    smtp_server: SmtpServer, message: EmailMessage
) -> None:
    smtp_server.handler.data_replies = ["451 4.3.0 Try again later"]
    sleep = SleepRecorder()
    deliver(message, smtp_settings(smtp_server, retry_backoff=2.0), RECIPIENTS, sleep=sleep)
    assert sleep.delays == [2.0]
    assert smtp_server.handler.data_attempts == 2
    assert len(smtp_server.received) == 1


def test_temporary_4xx_gives_up_after_max_attempts_with_doubling_backoff(
    smtp_server: SmtpServer, message: EmailMessage
) -> None:
    smtp_server.handler.data_replies = ["452 4.3.1 Mailbox full"] * 5
    sleep = SleepRecorder()
    settings = smtp_settings(smtp_server, max_attempts=3, retry_backoff=1.5)
    with pytest.raises(DeliveryError, match="giving up after 3 attempt") as caught:
        deliver(message, settings, RECIPIENTS, sleep=sleep)
    assert not caught.value.permanent
    assert sleep.delays == [1.5, 3.0]
    assert smtp_server.handler.data_attempts == 3
    assert smtp_server.received == []


def test_permanent_5xx_is_reported_and_not_retried(
    smtp_server: SmtpServer, message: EmailMessage
) -> None:
    smtp_server.handler.data_replies = ["554 5.7.1 Message rejected as spam"]
    sleep = SleepRecorder()
    with pytest.raises(DeliveryError, match=r"554 5\.7\.1 Message rejected as spam") as caught:
        deliver(message, smtp_settings(smtp_server), RECIPIENTS, sleep=sleep)
    assert caught.value.permanent
    assert sleep.delays == []
    assert smtp_server.handler.data_attempts == 1


def test_a_permanently_refused_recipient_is_an_error_naming_it(
    smtp_server: SmtpServer, message: EmailMessage
) -> None:
    smtp_server.handler.rcpt_replies = {"assistant@example.org": ["550 5.1.1 No such user"]}
    with pytest.raises(DeliveryError, match=r"assistant@example\.org \(550") as caught:
        deliver(message, smtp_settings(smtp_server), RECIPIENTS, sleep=SleepRecorder())
    assert caught.value.permanent


def test_a_temporarily_refused_recipient_is_retried_alone(
    smtp_server: SmtpServer, message: EmailMessage
) -> None:
    smtp_server.handler.rcpt_replies = {"assistant@example.org": ["450 4.2.1 Slow down"]}
    sleep = SleepRecorder()
    deliver(message, smtp_settings(smtp_server), RECIPIENTS, sleep=sleep)
    assert [mail.rcpt_tos for mail in smtp_server.received] == [
        ("jordan@example.org",),
        ("assistant@example.org",),
    ]
    assert sleep.delays == [1.0]


def test_no_server_listening_is_temporary_and_retried(message: EmailMessage) -> None:
    settings = SmtpSettings(
        host="127.0.0.1", port=free_port(), security=Security.NONE, max_attempts=2, timeout=2
    )
    sleep = SleepRecorder()
    with pytest.raises(DeliveryError, match="giving up after 2 attempt") as caught:
        deliver(message, settings, RECIPIENTS, sleep=sleep)
    assert not caught.value.permanent
    assert len(sleep.delays) == 1


def test_no_recipients_is_a_config_error(smtp_server: SmtpServer, message: EmailMessage) -> None:
    with pytest.raises(ConfigError, match=r"digest\.recipients"):
        deliver(message, smtp_settings(smtp_server), [])
    assert smtp_server.received == []

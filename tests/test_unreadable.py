"""Nothing dropped in silence: a layout the parser does not know reaches the user (issue 7)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from dovecot_server import DovecotServer, ImapUser, append_messages
from invite_digest import sources
from invite_digest.cli import main
from invite_digest.invitation import Authenticity, Invitation, ParseResult, ParseStatus
from smtp_server import SmtpServer
from test_end_to_end import html_of, sample, write_end_to_end_config


def future_layout(name: str, note: str, code: str) -> bytes:
    """A made-up next LinkedIn layout: HTML only, no invitationId accept link, no template."""
    return f"""Authentication-Results: mx.example.net; dkim=pass header.i=@linkedin.com;
 dmarc=pass header.from=linkedin.com
From: {name} <invitations@linkedin.com>
To: Jordan Rivera <jordan.rivera@example.org>
Subject: {name} wants to be part of your network
Date: Mon, 23 Nov 2026 09:00:00 +0000
Message-ID: <future-{code}@linkedin.com>
MIME-Version: 1.0
Content-Type: text/html; charset=UTF-8

<html><body><div class="card-v3"><h1 data-role="sender">{name}</h1>
<p data-role="message">{note}</p>
<a href="https://www.linkedin.com/mynetwork/invitation-manager/respond/?code={code}">Respond</a>
</div></body></html>
""".encode()


FUTURE = [
    future_layout("Alex Morgan", "Hi Jordan, we met at the Midwest Career Fair.", "AX1"),
    future_layout("Robin Blake", "Hello, I came across your profile.", "RB2"),
]


def future_parser(raw: bytes) -> ParseResult:
    """What a later version of the LinkedIn parser would make of the new layout."""
    text = raw.decode()
    found = re.search(r'data-role="sender">([^<]+)</h1>\s*<p data-role="message">([^<]+)', text)
    code = re.search(r"respond/\?code=(\w+)", text)
    if not found or not code:
        return ParseResult(status=ParseStatus.NOT_INVITATION, reason="not the new layout")
    invitation = Invitation(
        source="linkedin",
        key=f"linkedin:future:{code.group(1)}",
        name=found.group(1),
        note=found.group(2),
        authenticity=Authenticity.VERIFIED,
    )
    return ParseResult(status=ParseStatus.INVITATION, invitation=invitation)


@pytest.fixture
def plugin() -> Iterator[None]:
    sources.register(future_parser)
    yield
    sources.unregister(future_parser)


@pytest.fixture
def config(
    tmp_path: Path,
    dovecot: DovecotServer,
    imap_user: ImapUser,
    smtp_server: SmtpServer,
    env_password: None,
) -> Path:
    return write_end_to_end_config(tmp_path, dovecot, imap_user, smtp_server, post_action="none")


def deliver_to_inbox(dovecot: DovecotServer, user: ImapUser, messages: list[bytes]) -> None:
    client = dovecot.client(user)
    append_messages(client, "INBOX", messages, arrived=datetime.now(UTC) - timedelta(hours=3))
    client.logout()


def test_unknown_layout_is_listed_under_could_not_read_once(
    config: Path, dovecot: DovecotServer, imap_user: ImapUser, smtp_server: SmtpServer
) -> None:
    deliver_to_inbox(dovecot, imap_user, [sample("001-met-career-fair"), FUTURE[0]])

    assert main(["--config", str(config), "run"]) == 0

    html = html_of(smtp_server.received[0].message())
    assert "Could not read" in html
    assert "Alex Morgan wants to be part of your network" in html
    assert "layout this version does not know" in html
    assert "may have changed its email layout" not in html  # one invitation was read
    assert html.index("Evan Brooks") < html.index("Could not read")

    deliver_to_inbox(dovecot, imap_user, [sample("201-stock-en")])
    assert main(["--config", str(config), "run"]) == 0
    second = html_of(smtp_server.received[1].message())
    assert "Brian Foster" in second
    assert "Could not read" not in second, "each unreadable message is listed once"


def test_a_run_that_reads_nothing_warns_of_a_layout_change(
    config: Path,
    dovecot: DovecotServer,
    imap_user: ImapUser,
    smtp_server: SmtpServer,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    deliver_to_inbox(dovecot, imap_user, FUTURE)

    assert main(["--config", str(config), "run"]) == 0

    message = smtp_server.received[0].message()
    html = html_of(message)
    assert "LinkedIn may have changed its email layout" in html
    assert "none of the 2 notification(s)" in html
    text = message.get_body(("plain",))
    assert text is not None and "LinkedIn may have changed its email layout" in text.get_content()
    assert "LinkedIn may have changed its email layout" in caplog.text

    capsys.readouterr()
    main(["--config", str(config), "check"])
    assert "LinkedIn may have changed its email layout" in capsys.readouterr().out


@pytest.mark.usefixtures("plugin")
def test_reparse_recovers_a_message_once_the_parser_knows_its_layout(
    config: Path, dovecot: DovecotServer, imap_user: ImapUser, smtp_server: SmtpServer
) -> None:
    sources.unregister(future_parser)  # this version does not know the layout yet
    deliver_to_inbox(dovecot, imap_user, FUTURE[:1])
    assert main(["--config", str(config), "run"]) == 0
    assert "Could not read" in html_of(smtp_server.received[0].message())

    sources.register(future_parser)  # "after the upgrade"
    assert main(["--config", str(config), "run"]) == 0
    assert len(smtp_server.received) == 1, "without --reparse nothing is fetched again"

    assert main(["--config", str(config), "run", "--reparse"]) == 0
    recovered = html_of(smtp_server.received[1].message())
    assert "Alex Morgan" in recovered
    assert "Could not read" not in recovered
    assert smtp_server.received[1].message()["Subject"].startswith("Invitations: 1 likely accept")

"""The whole product against real servers: Dovecot for IMAP, aiosmtpd for SMTP, the CLI."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest

from dovecot_server import DovecotServer, ImapUser, append_messages, seen_count
from invite_digest.cli import main
from invite_digest.runlock import run_lock
from smtp_server import SmtpServer
from testconfig import TomlValue, imap_options, smtp_options, write_config

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLES = ["001-met-career-fair", "007-mutual-referral", "101-pitch-saas", "201-stock-en"]
OTHER = ["015-reminder-of-007", "301-accepted"]
EXPECTED_SUBJECT = "Invitations: 2 likely accept, 1 need a look, 1 generic"
RECIPIENTS = ["jordan@example.org", "assistant@example.org"]


def sample(name: str) -> bytes:
    return (FIXTURES / "linkedin" / f"{name}.eml").read_bytes()


def write_end_to_end_config(
    directory: Path,
    dovecot: DovecotServer,
    user: ImapUser,
    smtp: SmtpServer,
    schedule: str | None = None,
    **imap: TomlValue | None,
) -> Path:
    """The end-to-end settings (read timeout 10 s, two recipients, the product's retry backoff
    and, unless given, schedule); the IMAP password comes from the environment (`env_password`)."""
    return write_config(
        directory,
        imap=imap_options(dovecot, user, password=None, read_timeout=10, **imap),
        smtp=smtp_options(smtp, retry_backoff=None),
        digest={"recipients": RECIPIENTS, "schedule": schedule, "timezone": "UTC"},
    )


@pytest.fixture
def mailbox(dovecot: DovecotServer, imap_user: ImapUser) -> ImapUser:
    client = dovecot.client(imap_user)
    arrived = datetime.now(UTC) - timedelta(days=1)
    append_messages(client, "INBOX", [sample(n) for n in SAMPLES + OTHER], arrived=arrived)
    client.logout()
    return imap_user


def digest_of(smtp: SmtpServer, index: int = -1) -> EmailMessage:
    return smtp.received[index].message()


def html_of(message: EmailMessage) -> str:
    part = message.get_body(("html",))
    assert part is not None
    return str(part.get_content())


@pytest.mark.usefixtures("env_password")
def test_run_delivers_one_digest_then_nothing_new(
    tmp_path: Path, dovecot: DovecotServer, mailbox: ImapUser, smtp_server: SmtpServer
) -> None:
    config = write_end_to_end_config(tmp_path, dovecot, mailbox, smtp_server)

    assert main(["--config", str(config), "run"]) == 0

    assert len(smtp_server.received) == 1
    received = smtp_server.received[0]
    assert set(received.rcpt_tos) == {"jordan@example.org", "assistant@example.org"}
    message = digest_of(smtp_server)
    assert message["Subject"] == EXPECTED_SUBJECT
    html = html_of(message)
    sections = [html.index(title) for title in ("Likely accept", "Needs a look", "Generic")]
    assert sections == sorted(sections)
    assert html.count("Daniel Kim") >= 1  # the reminder merged into the original
    # post_action "seen": every notification of a delivered invitation is now read.
    assert seen_count(dovecot, mailbox) == 5

    assert main(["--config", str(config), "run"]) == 0
    assert len(smtp_server.received) == 1, "a second run must not send the same invitations"


@pytest.mark.usefixtures("env_password")
def test_refused_digest_keeps_everything_pending_until_the_server_takes_it(
    tmp_path: Path,
    dovecot: DovecotServer,
    mailbox: ImapUser,
    smtp_server: SmtpServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    config = write_end_to_end_config(tmp_path, dovecot, mailbox, smtp_server)
    smtp_server.handler.data_replies.append("554 5.7.1 message refused")

    assert main(["--config", str(config), "run"]) == 1
    error = capsys.readouterr().err
    assert "554" in error and "Traceback" not in error
    assert smtp_server.received == []
    assert seen_count(dovecot, mailbox) == 0, "nothing may be marked before delivery"

    assert main(["--config", str(config), "run"]) == 0
    assert len(smtp_server.received) == 1
    assert digest_of(smtp_server)["Subject"] == EXPECTED_SUBJECT
    assert main(["--config", str(config), "run"]) == 0
    assert len(smtp_server.received) == 1


@pytest.mark.usefixtures("env_password")
def test_dry_run_changes_nothing_anywhere(
    tmp_path: Path,
    dovecot: DovecotServer,
    mailbox: ImapUser,
    smtp_server: SmtpServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    config = write_end_to_end_config(tmp_path, dovecot, mailbox, smtp_server)
    output = tmp_path / "preview.html"

    assert main(["--config", str(config), "run", "--dry-run", "--output", str(output)]) == 0
    assert "Evan Brooks" in output.read_text(encoding="utf-8")
    assert main(["--config", str(config), "run", "--dry-run"]) == 0
    assert EXPECTED_SUBJECT in capsys.readouterr().out

    assert smtp_server.received == []
    assert seen_count(dovecot, mailbox) == 0
    assert not (tmp_path / "data").exists(), "a dry run must not create any state"

    # After a real run, a dry run leaves the database exactly as it was.
    assert main(["--config", str(config), "run"]) == 0
    database = tmp_path / "data" / "state.sqlite3"
    before = database.read_bytes()
    assert main(["--config", str(config), "run", "--dry-run"]) == 0
    assert database.read_bytes() == before


@pytest.mark.usefixtures("env_password")
def test_a_second_run_waits_for_none_and_says_so(
    tmp_path: Path,
    dovecot: DovecotServer,
    mailbox: ImapUser,
    smtp_server: SmtpServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    config = write_end_to_end_config(tmp_path, dovecot, mailbox, smtp_server)
    with run_lock(tmp_path / "data"):
        assert main(["--config", str(config), "run"]) == 3
    assert "already running" in capsys.readouterr().err
    assert smtp_server.received == []


def run_cli(*args: str, env: dict[str, str], cwd: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "invite_digest.cli", *args],
        env=env,
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def test_two_processes_at_once_one_runs_one_says_already_running(
    tmp_path: Path, dovecot: DovecotServer, mailbox: ImapUser, smtp_server: SmtpServer
) -> None:
    config = write_end_to_end_config(tmp_path, dovecot, mailbox, smtp_server)
    env = {**os.environ, "INVITE_DIGEST_IMAP__PASSWORD": mailbox.password}
    holder_code = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from invite_digest.runlock import run_lock\n"
        "with run_lock(Path(sys.argv[1])):\n"
        "    print('locked', flush=True)\n"
        "    time.sleep(60)\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", holder_code, str(tmp_path / "data")],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        second = run_cli("--config", str(config), "run", env=env, cwd=tmp_path)
        output, _ = second.communicate(timeout=60)
        assert second.returncode == 3
        assert "already running" in output and f"pid {holder.pid}" in output
    finally:
        holder.kill()
        holder.wait()
    assert smtp_server.received == []
    # Once the holder is gone (even killed), the lock is free again.
    again = run_cli("--config", str(config), "run", env=env, cwd=tmp_path)
    output, _ = again.communicate(timeout=60)
    assert again.returncode == 0, output
    assert len(smtp_server.received) == 1


def test_serve_fires_on_its_schedule_and_stops_on_sigterm_then_health_tells(
    tmp_path: Path, dovecot: DovecotServer, mailbox: ImapUser, smtp_server: SmtpServer
) -> None:
    fire_at = (datetime.now(UTC) + timedelta(seconds=6)).replace(microsecond=0)
    schedule = f"{fire_at.second} {fire_at.minute} {fire_at.hour} * * *"
    config = write_end_to_end_config(tmp_path, dovecot, mailbox, smtp_server, schedule=schedule)
    env = {**os.environ, "INVITE_DIGEST_IMAP__PASSWORD": mailbox.password}
    server = run_cli("--config", str(config), "serve", env=env, cwd=tmp_path)
    try:
        wait_for(lambda: len(smtp_server.received) == 1, timeout=30)
        assert datetime.now(UTC) >= fire_at, "the digest went out before its scheduled time"
        healthy = subprocess.run(
            [sys.executable, "-m", "invite_digest.cli", "--config", str(config), "health"],
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        assert healthy.returncode == 0, healthy.stdout
    finally:
        started = time.monotonic()
        server.send_signal(signal.SIGTERM)
        output, _ = server.communicate(timeout=15)
    assert server.returncode == 0, output
    assert time.monotonic() - started < 10
    assert f"next run at {fire_at:%Y-%m-%d %H:%M:%S}" in output, output

    heartbeat = tmp_path / "data" / "heartbeat.json"
    record = json.loads(heartbeat.read_text())
    record["time"] = (datetime.now(UTC) - timedelta(hours=2)).isoformat()
    record.pop("stopped", None)
    heartbeat.write_text(json.dumps(record))
    stale = subprocess.run(
        [sys.executable, "-m", "invite_digest.cli", "--config", str(config), "health"],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert stale.returncode == 1


def wait_for(condition: Callable[[], bool], *, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.1)


@pytest.mark.usefixtures("env_password")
def test_post_action_missed_after_delivery_is_done_by_the_next_run(
    tmp_path: Path,
    dovecot: DovecotServer,
    mailbox: ImapUser,
    smtp_server: SmtpServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """As if the run died between the digest and marking the notifications read."""
    from invite_digest import pipeline

    config = write_end_to_end_config(tmp_path, dovecot, mailbox, smtp_server)
    monkeypatch.setattr(pipeline, "_apply_post_action", lambda settings, store: None)
    assert main(["--config", str(config), "run"]) == 0
    assert len(smtp_server.received) == 1
    assert seen_count(dovecot, mailbox) == 0
    monkeypatch.undo()
    monkeypatch.setenv("INVITE_DIGEST_IMAP__PASSWORD", mailbox.password)

    assert main(["--config", str(config), "run"]) == 0
    assert len(smtp_server.received) == 1, "nothing is sent again"
    assert seen_count(dovecot, mailbox) == 5

    # A reminder that arrives after its invitation went out is marked too, and not re-sent.
    client = dovecot.client(mailbox)
    append_messages(client, "INBOX", [sample("015-reminder-of-007")], arrived=datetime.now(UTC))
    client.logout()
    assert main(["--config", str(config), "run"]) == 0
    assert len(smtp_server.received) == 1
    assert seen_count(dovecot, mailbox) == 6

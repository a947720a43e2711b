"""Runs that overlap: `serve` firing while a manual run holds the lock, two `run`s at once,
a dry run during a real one.

A gated SMTP server holds the first run inside DATA (so inside the lock) for as long as the
test wants; everything else is real: Dovecot, the pipeline, the scheduler, the CLI processes.
"""

from __future__ import annotations

import asyncio
import fcntl
import logging
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from aiosmtpd.smtp import SMTP, Envelope, Session
from apscheduler.triggers.cron import CronTrigger

from dovecot_server import DovecotServer, ImapUser, append_messages
from invite_digest.check import health
from invite_digest.errors import AlreadyRunning
from invite_digest.pipeline import run_once
from invite_digest.runlock import LOCK_NAME, run_lock
from invite_digest.scheduler import run_schedule
from invite_digest.settings import load_settings
from invite_digest.store import Store
from smtp_server import RecordingHandler, SmtpServer, plain_smtp_server
from test_faults_imap import (
    assert_each_inviter_delivered_once,
    digest_texts,
    fill_inbox,
    inviter_names,
    run_cli,
    sample,
)
from testconfig import imap_options, smtp_options, write_config

LATE_INVITATION = "002-same-org-current"  # arrives while `serve` is running
LATE_INVITER = "Hannah Lee"


@dataclass
class GatedHandler(RecordingHandler):
    """Holds every DATA until `gate` is set; `inside` tells that a sender is waiting there."""

    gate: threading.Event = field(default_factory=threading.Event)
    inside: threading.Event = field(default_factory=threading.Event)

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        self.inside.set()
        while not self.gate.is_set():
            await asyncio.sleep(0.02)
        return await super().handle_DATA(server, session, envelope)


@pytest.fixture
def gated_smtp() -> Iterator[SmtpServer]:
    handler = GatedHandler()
    with plain_smtp_server(handler) as server:
        yield server
        handler.gate.set()


@pytest.fixture
def inbox(dovecot: DovecotServer, imap_user: ImapUser) -> ImapUser:
    fill_inbox(dovecot, imap_user)
    return imap_user


def gate_of(smtp: SmtpServer) -> GatedHandler:
    assert isinstance(smtp.handler, GatedHandler)
    return smtp.handler


def wait_for(condition: Callable[[], bool], *, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.05)


def test_serve_firing_while_a_manual_run_holds_the_lock_skips_once_and_fires_again(
    tmp_path: Path,
    dovecot: DovecotServer,
    inbox: ImapUser,
    gated_smtp: SmtpServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    config = write_config(
        tmp_path, imap=imap_options(dovecot, inbox), smtp=smtp_options(gated_smtp)
    )
    settings = load_settings(config)
    gate = gate_of(gated_smtp)

    manual = threading.Thread(target=run_once, args=(settings,))
    manual.start()
    assert gate.inside.wait(timeout=15)  # the manual run is in DATA, holding the lock

    stop = threading.Event()
    scheduled_runs: list[str] = []

    def scheduled_run() -> None:  # what `serve` runs, as in the CLI
        scheduled_runs.append(run_once(settings).summary())

    every_second = CronTrigger(second="*", timezone=UTC)
    serve = threading.Thread(
        target=run_schedule,
        args=(every_second, scheduled_run),
        kwargs={"data_dir": settings.data_dir, "timezone": "UTC", "stop": stop},
    )
    with caplog.at_level(logging.INFO, logger="invite_digest"):
        serve.start()
        try:
            wait_for(lambda: "already running" in caplog.text, timeout=5)
            gate.gate.set()
            manual.join(timeout=15)
            client = dovecot.client(inbox)
            arrived = datetime.now(UTC) - timedelta(hours=1)
            append_messages(client, "INBOX", [sample(LATE_INVITATION)], arrived=arrived)
            client.logout()
            wait_for(lambda: len(gated_smtp.received) == 2, timeout=10)
            assert serve.is_alive(), "the scheduler survived the skipped firing"
            healthy, reason = health(settings, max_age_seconds=60)
            assert healthy, reason
        finally:
            stop.set()
            serve.join(timeout=15)

    skipped = [r for r in caplog.records if "already running" in r.getMessage()]
    assert skipped, "the skipped firing was logged"
    for record in skipped:
        assert "\n" not in record.getMessage() and record.exc_info is None
        assert record.levelno == logging.WARNING
    first, second = digest_texts(gated_smtp)
    assert LATE_INVITER not in first and LATE_INVITER in second
    assert_each_inviter_delivered_once(gated_smtp)


def start_run(config: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "invite_digest.cli", "--config", str(config), "run"],
        cwd=config.parent,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def test_two_runs_at_once_one_delivers_the_other_says_already_running(
    tmp_path: Path, dovecot: DovecotServer, inbox: ImapUser, gated_smtp: SmtpServer
) -> None:
    config = write_config(
        tmp_path, imap=imap_options(dovecot, inbox), smtp=smtp_options(gated_smtp)
    )
    runs = [start_run(config), start_run(config)]
    try:
        # The winner waits in DATA until the loser has given up: the two runs overlap.
        loser = first_to_exit(runs, timeout=30)
        loser_output = loser.communicate(timeout=5)[0]
        gate_of(gated_smtp).gate.set()
        winner = next(run for run in runs if run is not loser)
        winner_output = winner.communicate(timeout=30)[0]
    finally:
        for run in runs:
            run.kill()
            run.wait()
    assert loser.returncode == 3, loser_output
    assert winner.returncode == 0, winner_output
    assert "already running" in loser_output and f"(pid {winner.pid})" in loser_output
    assert "Traceback" not in loser_output
    assert [line for line in loser_output.splitlines() if line.startswith("invite-digest:")]
    assert len(gated_smtp.received) == 1
    assert_each_inviter_delivered_once(gated_smtp)
    with Store.open(tmp_path / "data") as store:
        last = store.last_run()
    assert last is not None and last.outcome == "ok" and last.id == 1, "the loser ran nothing"


def first_to_exit(runs: list[subprocess.Popen[str]], *, timeout: float) -> subprocess.Popen[str]:
    wait_for(lambda: any(run.poll() is not None for run in runs), timeout=timeout)
    return next(run for run in runs if run.poll() is not None)


def test_a_dry_run_during_a_real_run_previews_without_waiting_or_sending(
    tmp_path: Path,
    dovecot: DovecotServer,
    inbox: ImapUser,
    gated_smtp: SmtpServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    smtp = smtp_options(gated_smtp)
    config = write_config(tmp_path, imap=imap_options(dovecot, inbox), smtp=smtp)
    gate = gate_of(gated_smtp)
    real = threading.Thread(target=run_once, args=(load_settings(config),))
    real.start()
    try:
        assert gate.inside.wait(timeout=15)  # the real run holds the lock
        preview = run_cli(config, capsys, "run", "--dry-run")
    finally:
        gate.gate.set()
        real.join(timeout=15)
    assert preview.code == 0, preview.err
    assert "Subject: Invitations:" in preview.out
    assert all(name in preview.out for name in inviter_names())
    assert len(gated_smtp.received) == 1, "only the real run sent a digest"
    assert_each_inviter_delivered_once(gated_smtp)


def test_a_run_that_loses_the_race_by_a_hair_still_names_the_holder(tmp_path: Path) -> None:
    """The holder takes the lock, then writes its pid: the loser looks again for a moment."""
    data = tmp_path / "data"
    data.mkdir()
    holder = os.open(data / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(holder, fcntl.LOCK_EX | fcntl.LOCK_NB)  # locked, no pid written yet
    late_pid = threading.Timer(0.15, lambda: os.write(holder, b"4242"))
    late_pid.start()
    try:
        with (
            pytest.raises(AlreadyRunning, match=r"already running on .* \(pid 4242\)"),
            run_lock(data),
        ):
            pass
    finally:
        late_pid.join()
        os.close(holder)

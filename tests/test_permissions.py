"""The data directory holds names, notes and mail state: only its owner may read it.

Whatever the umask, the data dir is created 0700, and the database with its WAL and shared
memory files, the run lock and the heartbeat 0600. A real `run` (a separate process with the
usual umask 022) leaves the same.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from dovecot_server import DovecotServer, ImapUser, append_messages
from invite_digest.runlock import LOCK_NAME, run_lock
from invite_digest.scheduler import HEARTBEAT_FILE, Heartbeat
from invite_digest.store import Store
from mailgen import MailGenerator, raw_messages
from smtp_server import SmtpServer
from testconfig import imap_options, smtp_options, write_config

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(params=[0o022, 0o002, 0o000], ids=["umask022", "umask002", "umask000"])
def loose_umask(request: pytest.FixtureRequest) -> Iterator[int]:
    previous = os.umask(request.param)
    yield request.param
    os.umask(previous)


@pytest.mark.usefixtures("loose_umask")
def test_database_and_its_wal_and_shm_files_are_private(tmp_path: Path) -> None:
    data_dir = tmp_path / "nested" / "data"
    with Store.open(data_dir) as store:
        store.start_run()  # a write: the WAL and shared-memory files exist now
        files = [data_dir / f"{Store.FILE_NAME}{suffix}" for suffix in ("", "-wal", "-shm")]
        assert {file.name: mode(file) for file in files} == {
            file.name: PRIVATE_FILE for file in files
        }
    assert mode(data_dir) == PRIVATE_DIR


@pytest.mark.usefixtures("loose_umask")
def test_run_lock_file_is_private(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    with run_lock(data_dir):
        assert mode(data_dir / LOCK_NAME) == PRIVATE_FILE
    assert mode(data_dir) == PRIVATE_DIR


@pytest.mark.usefixtures("loose_umask")
def test_heartbeat_file_is_private_even_when_serve_creates_the_data_dir(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    heartbeat = Heartbeat(data_dir)
    heartbeat.write(None)
    heartbeat.write(None, stopped=True)  # replaced, not rewritten in place: still private
    assert mode(data_dir / HEARTBEAT_FILE) == PRIVATE_FILE
    assert mode(data_dir) == PRIVATE_DIR
    assert sorted(path.name for path in data_dir.iterdir()) == [HEARTBEAT_FILE]


def test_a_real_run_leaves_only_private_files(
    tmp_path: Path, dovecot: DovecotServer, imap_user: ImapUser, smtp_server: SmtpServer
) -> None:
    client = dovecot.client(imap_user)
    generator = MailGenerator("permissions")
    append_messages(client, "INBOX", list(raw_messages(generator.mix(8))), arrived=_yesterday())
    client.logout()
    # The password comes from the environment; timeouts, retries and sender are the product's.
    imap = imap_options(
        dovecot,
        imap_user,
        password=None,
        connect_timeout=None,
        read_timeout=None,
        max_reconnects=None,
    )
    smtp = smtp_options(smtp_server, sender=None, retry_backoff=None)
    config = write_config(tmp_path, imap=imap, smtp=smtp)
    env = {name: value for name, value in os.environ.items() if not name.startswith("INVITE_")}
    env["INVITE_DIGEST_IMAP__PASSWORD"] = imap_user.password
    finished = subprocess.run(
        [sys.executable, "-m", "invite_digest.cli", "--config", str(config), "run"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        umask=0o022,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr
    assert len(smtp_server.received) == 1
    data_dir = tmp_path / "data"
    assert mode(data_dir) == PRIVATE_DIR
    modes = {path.name: mode(path) for path in data_dir.iterdir()}
    assert Store.FILE_NAME in modes and LOCK_NAME in modes
    assert modes == dict.fromkeys(modes, PRIVATE_FILE)


def _yesterday() -> datetime:
    return datetime.now(UTC) - timedelta(days=1)

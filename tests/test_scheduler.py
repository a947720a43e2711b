"""The scheduler: crontab translation, real runs (thread and subprocess), SIGTERM, heartbeat."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger

from invite_digest.errors import ConfigError, MailboxError
from invite_digest.scheduler import (
    HEARTBEAT_FILE,
    check_health,
    parse_schedule,
    read_heartbeat,
    run_schedule,
    serve,
)
from invite_digest.settings import DigestSettings, Settings

SATURDAY = datetime(2026, 11, 28, 0, 0, tzinfo=UTC)
MONDAY_TO_FRIDAY = {0, 1, 2, 3, 4}  # datetime.weekday() numbers


def weekdays_of_next_runs(trigger: CronTrigger, count: int = 14) -> set[int]:
    days = set()
    previous = None
    now = SATURDAY
    for _ in range(count):
        fire = trigger.get_next_fire_time(previous, now)
        assert fire is not None
        days.add(fire.weekday())
        previous, now = fire, fire + timedelta(seconds=1)
    return days


def wait_for(condition: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


# --- schedule translation ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "days"),
    [
        ("0 7 * * 1-5", MONDAY_TO_FRIDAY),  # plain from_crontab would give Tuesday to Saturday
        ("0 7 * * mon-fri", MONDAY_TO_FRIDAY),
        ("0 7 * * 0", {6}),  # cron 0 = Sunday
        ("0 7 * * 7", {6}),  # cron 7 = Sunday too
        ("0 7 * * 1,3,5", {0, 2, 4}),
        ("0 7 * * */2", {6, 1, 3, 5}),  # cron: Sunday, Tuesday, Thursday, Saturday
        ("0 7 * * 5-7", {4, 5, 6}),
        ("0 7 * * 0-6", set(range(7))),
        ("0 7 * * *", set(range(7))),
        ("0 7 * * SAT,sun", {5, 6}),
    ],
)
def test_day_of_week_follows_cron(line: str, days: set[int]) -> None:
    assert weekdays_of_next_runs(parse_schedule(line, "UTC")) == days


def test_schedule_uses_the_time_zone() -> None:
    trigger = parse_schedule("30 7 * * *", "America/New_York")
    fire = trigger.get_next_fire_time(None, SATURDAY)
    assert fire is not None
    assert (fire.hour, fire.minute) == (7, 30)
    assert fire.astimezone(UTC).hour == 12  # 7:30 EST is 12:30 UTC in November


def test_a_sixth_leading_field_is_the_second() -> None:
    trigger = parse_schedule("30 15 7 * * *", "UTC")
    fire = trigger.get_next_fire_time(None, SATURDAY)
    assert fire is not None
    assert (fire.hour, fire.minute, fire.second) == (7, 15, 30)
    five_fields = parse_schedule("15 7 * * *", "UTC").get_next_fire_time(None, SATURDAY)
    assert five_fields is not None
    assert five_fields.second == 0


@pytest.mark.parametrize(
    "line",
    [
        "0 7 * *",
        "0 0 7 * * * *",
        "61 7 * * *",
        "61 0 7 * * *",
        "0 25 * * *",
        "0 7 * * 8",
        "0 7 * * funday",
        "",
    ],
)
def test_invalid_schedule_names_the_setting(line: str) -> None:
    with pytest.raises(ConfigError, match=r"digest\.schedule"):
        parse_schedule(line, "UTC")


def test_serve_rejects_a_bad_schedule_before_starting(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, digest=DigestSettings(schedule="every morning"))
    with pytest.raises(ConfigError, match=r"digest\.schedule"):
        serve(settings, lambda: None)
    assert not (tmp_path / HEARTBEAT_FILE).exists()


# --- real runs in a thread -----------------------------------------------------------------


@pytest.fixture
def schedule_in_thread(tmp_path: Path) -> Iterator[Callable[..., threading.Thread]]:
    stop = threading.Event()
    threads: list[threading.Thread] = []

    def start(trigger: BaseTrigger, job: Callable[[], None], **options: object) -> threading.Thread:
        thread = threading.Thread(
            target=run_schedule,
            args=(trigger, job),
            kwargs={"data_dir": tmp_path, "timezone": "UTC", "stop": stop, **options},
        )
        thread.start()
        threads.append(thread)
        return thread

    yield start
    stop.set()
    for thread in threads:
        thread.join(timeout=10)
        assert not thread.is_alive()


def test_a_run_fires_at_the_scheduled_second(
    tmp_path: Path, schedule_in_thread: Callable[..., threading.Thread]
) -> None:
    target = (datetime.now(UTC) + timedelta(seconds=2)).replace(microsecond=0)
    fired_at: list[datetime] = []
    trigger = CronTrigger(second=target.second, minute=target.minute, timezone=UTC)
    schedule_in_thread(trigger, lambda: fired_at.append(datetime.now(UTC)))
    assert wait_for(lambda: bool(fired_at), timeout=6)
    assert target <= fired_at[0] < target + timedelta(seconds=2)
    # The heartbeat is written when the run returns, a moment after the job itself ran.
    assert wait_for(lambda: (read_heartbeat(tmp_path) or {}).get("last_run") is not None, timeout=3)
    heartbeat = read_heartbeat(tmp_path)
    assert heartbeat is not None
    assert heartbeat["pid"] == os.getpid()
    assert heartbeat["last_run"]["ok"] is True
    assert heartbeat["next_run"] is not None
    assert datetime.fromisoformat(heartbeat["next_run"]) >= target + timedelta(hours=1)


def test_a_failing_run_is_logged_in_one_line_and_the_next_run_still_happens(
    tmp_path: Path,
    schedule_in_thread: Callable[..., threading.Thread],
    caplog: pytest.LogCaptureFixture,
) -> None:
    attempts: list[int] = []

    def flaky_job() -> None:
        attempts.append(1)
        if len(attempts) == 1:
            raise MailboxError("imap.example.org:993: connection refused")

    with caplog.at_level(logging.INFO, logger="invite_digest.scheduler"):
        schedule_in_thread(CronTrigger(second="*", timezone=UTC), flaky_job)
        assert wait_for(lambda: len(attempts) >= 2, timeout=6)
        assert wait_for(lambda: (read_heartbeat(tmp_path) or {}).get("last_run", {}).get("ok"), 3)
    failures = [r for r in caplog.records if "run failed" in r.getMessage()]
    assert len(failures) == 1
    assert "connection refused" in failures[0].getMessage()
    assert failures[0].exc_info is None


def test_an_unexpected_error_does_not_stop_the_scheduler(
    tmp_path: Path, schedule_in_thread: Callable[..., threading.Thread]
) -> None:
    attempts: list[int] = []

    def broken_job() -> None:
        attempts.append(1)
        raise RuntimeError("bug")

    schedule_in_thread(CronTrigger(second="*", timezone=UTC), broken_job)
    assert wait_for(lambda: len(attempts) >= 2, timeout=6)
    healthy, reason = check_health(tmp_path, max_age=timedelta(minutes=5), last_run_failed=None)
    assert not healthy
    assert "last run failed" in reason


# --- the real process: SIGTERM ---------------------------------------------------------------

SERVE_SCRIPT = textwrap.dedent(
    """
    import logging, sys, time
    from pathlib import Path
    from invite_digest.scheduler import serve
    from invite_digest.settings import DigestSettings, Settings

    logging.basicConfig(level=logging.INFO, stream=sys.stderr)
    data_dir = Path(sys.argv[1])
    seconds = float(sys.argv[2])

    def job():
        (data_dir / "started").touch()
        time.sleep(seconds)
        (data_dir / "finished").touch()

    # The cron line is far away: only run_now makes the job run.
    settings = Settings(data_dir=data_dir, digest=DigestSettings(schedule="0 0 1 1 *"))
    serve(settings, job, run_now=True)
    print("clean exit")
    """
)


def start_serve(data_dir: Path, job_seconds: float) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", SERVE_SCRIPT, str(data_dir), str(job_seconds)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_sigterm_stops_the_service_cleanly(tmp_path: Path) -> None:
    process = start_serve(tmp_path, job_seconds=0)
    try:
        assert wait_for(lambda: (tmp_path / "finished").exists(), timeout=15)
        healthy, reason = check_health(tmp_path, max_age=timedelta(minutes=1), last_run_failed=None)
        assert healthy, reason
        assert (read_heartbeat(tmp_path) or {}).get("pid") == process.pid
        sent = time.monotonic()
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=10)
    finally:
        process.kill()
    assert time.monotonic() - sent < 5
    assert process.returncode == 0, err
    assert "clean exit" in out
    assert "next run at 20" in err  # logged at start and after the run
    healthy, reason = check_health(tmp_path, max_age=timedelta(minutes=1), last_run_failed=None)
    assert not healthy
    assert "stopped" in reason


def test_sigterm_waits_for_the_run_in_progress(tmp_path: Path) -> None:
    process = start_serve(tmp_path, job_seconds=1.5)
    try:
        assert wait_for(lambda: (tmp_path / "started").exists(), timeout=15)
        process.send_signal(signal.SIGTERM)
        assert not (tmp_path / "finished").exists()
        _, err = process.communicate(timeout=10)
    finally:
        process.kill()
    assert process.returncode == 0, err
    assert (tmp_path / "finished").exists()


# --- health --------------------------------------------------------------------------------


def write_heartbeat(data_dir: Path, age: timedelta, **fields: object) -> None:
    record = {"time": (datetime.now(UTC) - age).isoformat(), "pid": 1, "next_run": None}
    record.update(fields)
    (data_dir / HEARTBEAT_FILE).write_text(json.dumps(record))


def test_fresh_heartbeat_is_healthy(tmp_path: Path) -> None:
    write_heartbeat(tmp_path, timedelta(seconds=10), next_run="2026-11-26T07:00:00+00:00")
    healthy, reason = check_health(tmp_path, max_age=timedelta(minutes=2), last_run_failed=False)
    assert healthy
    assert "2026-11-26T07:00" in reason


def test_stale_heartbeat_is_unhealthy(tmp_path: Path) -> None:
    write_heartbeat(tmp_path, timedelta(minutes=10))
    healthy, reason = check_health(tmp_path, max_age=timedelta(minutes=2), last_run_failed=False)
    assert not healthy
    assert "600 s ago" in reason or "601 s ago" in reason


def test_missing_heartbeat_is_unhealthy(tmp_path: Path) -> None:
    healthy, reason = check_health(tmp_path, max_age=timedelta(minutes=2), last_run_failed=None)
    assert not healthy
    assert "no heartbeat" in reason


def test_damaged_heartbeat_is_unhealthy(tmp_path: Path) -> None:
    (tmp_path / HEARTBEAT_FILE).write_text('{"time": "yesterday"}')
    healthy, reason = check_health(tmp_path, max_age=timedelta(minutes=2), last_run_failed=None)
    assert not healthy
    assert "damaged" in reason


def test_failed_last_run_is_unhealthy_even_with_a_fresh_heartbeat(tmp_path: Path) -> None:
    write_heartbeat(tmp_path, timedelta(seconds=1))
    healthy, reason = check_health(tmp_path, max_age=timedelta(minutes=2), last_run_failed=True)
    assert not healthy
    assert "failed" in reason


def test_the_store_outranks_the_heartbeat_record(tmp_path: Path) -> None:
    write_heartbeat(tmp_path, timedelta(seconds=1), last_run={"ok": False, "error": "x"})
    assert not check_health(tmp_path, max_age=timedelta(minutes=2), last_run_failed=None)[0]
    assert check_health(tmp_path, max_age=timedelta(minutes=2), last_run_failed=False)[0]

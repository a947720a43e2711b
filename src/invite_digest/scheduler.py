"""`invite-digest serve`: run the digest on a cron schedule until SIGTERM / SIGINT.

APScheduler 3 runs the job in a worker thread (one at a time, missed runs coalesced and still
run up to six hours late, e.g. after the machine slept). The main thread only waits for a stop
signal and refreshes a heartbeat file in the data directory, which `invite-digest health` (the
container's HEALTHCHECK) reads with `check_health`.

Cron day-of-week numbers are translated to names: cron counts 0 (and 7) as Sunday, APScheduler
counts 0 as Monday. Like APScheduler (and unlike Vixie cron), a line restricting both
day-of-month and day-of-week runs only on days matching both.
"""

from __future__ import annotations

import json
import logging
import os
import re
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import FrameType
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger

from .errors import AlreadyRunning, ConfigError, InviteDigestError
from .runlock import ensure_private_dir
from .settings import Settings

log = logging.getLogger(__name__)

HEARTBEAT_FILE = "heartbeat.json"
HEARTBEAT_INTERVAL = timedelta(seconds=30)
MISFIRE_GRACE = timedelta(hours=6)
JOB_ID = "digest"

_CRON_DAY_NAMES = ("sun", "mon", "tue", "wed", "thu", "fri", "sat", "sun")  # index = cron number
_DAY_NAME_ITEM = re.compile(r"[a-z]{3}(-[a-z]{3})?")
_DAY_NUMBER_ITEM = re.compile(r"(?P<base>\*|\d+(?:-\d+)?)(?:/(?P<step>\d+))?")


# --- schedule ------------------------------------------------------------------------------


def parse_schedule(line: str, timezone: str) -> CronTrigger:
    """A crontab line ("minute hour day month day-of-week") as an APScheduler trigger.

    A sixth, leading field for the second ("second minute hour day month day-of-week") is also
    read, for schedules finer than a minute. Raises ConfigError naming digest.schedule when the
    line is not a valid crontab line.
    """
    fields = line.split()
    if len(fields) not in (5, 6):
        raise ConfigError(
            f"digest.schedule {line!r}: expected 5 fields (minute hour day month day-of-week), "
            f"got {len(fields)}; e.g. '0 7 * * mon-fri'"
        )
    second = fields.pop(0) if len(fields) == 6 else "0"
    minute, hour, day, month, day_of_week = fields
    try:
        return CronTrigger(
            second=second,
            minute=minute,
            hour=hour,
            day=day,
            month=month,
            day_of_week=_translate_day_of_week(day_of_week, line),
            timezone=ZoneInfo(timezone),
        )
    except ValueError as exc:
        raise ConfigError(f"digest.schedule {line!r}: {exc}") from None


def _translate_day_of_week(field: str, line: str) -> str:
    """Cron's day-of-week (0 or 7 = Sunday) in names, which APScheduler reads unambiguously."""
    if field == "*":
        return field
    names: list[str] = []
    for item in field.lower().split(","):
        if _DAY_NAME_ITEM.fullmatch(item):
            names.append(item)
        else:
            names.extend(_CRON_DAY_NAMES[day] for day in _cron_day_numbers(item, line))
    return ",".join(dict.fromkeys(names))


def _cron_day_numbers(item: str, line: str) -> list[int]:
    match = _DAY_NUMBER_ITEM.fullmatch(item)
    if match is None:
        raise ConfigError(
            f"digest.schedule {line!r}: day-of-week {item!r} is not a number 0-7, a name "
            "(mon, tue...), a range (1-5, mon-fri) or a step (*/2)"
        )
    base, step = match["base"], int(match["step"] or 1)
    first, _, last = base.partition("-")
    if base == "*":
        first, last = "0", "6"
    elif not last:
        last = "7" if match["step"] else first  # "1/2" means from Monday on, every 2nd day
    start, stop = int(first), int(last)
    if not 0 <= start <= stop <= 7 or step < 1:
        raise ConfigError(
            f"digest.schedule {line!r}: day-of-week {item!r} must be within 0-7 (0 and 7 are "
            "Sunday), low to high, with a step of at least 1"
        )
    return list(range(start, stop + 1, step))


# --- heartbeat -----------------------------------------------------------------------------


@dataclass(frozen=True)
class LastRun:
    finished_at: datetime
    ok: bool
    error: str = ""


class Heartbeat:
    """The heartbeat file: now, our pid, the next run, the last run's outcome. Atomic writes."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / HEARTBEAT_FILE
        self.last_run: LastRun | None = None
        self._lock = threading.Lock()  # the worker and the main thread both write

    def write(self, next_run: datetime | None, *, stopped: bool = False) -> None:
        record: dict[str, Any] = {
            "time": datetime.now(UTC).isoformat(),
            "pid": os.getpid(),
            "next_run": next_run.isoformat() if next_run else None,
            "stopped": stopped,
            "last_run": _last_run_record(self.last_run),
        }
        with self._lock:
            ensure_private_dir(self.path.parent)
            temporary = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
            _write_private(temporary, json.dumps(record, indent=2) + "\n")
            temporary.replace(self.path)


def _write_private(path: Path, text: str) -> None:
    """Write `path` readable by the owner only, whatever the umask."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(descriptor, 0o600)  # a leftover temporary file may have been created looser
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(text)


def _last_run_record(last_run: LastRun | None) -> dict[str, Any] | None:
    if last_run is None:
        return None
    return {
        "finished_at": last_run.finished_at.isoformat(),
        "ok": last_run.ok,
        "error": last_run.error,
    }


def read_heartbeat(data_dir: Path) -> dict[str, Any] | None:
    """The heartbeat record, or None when there is none (or it cannot be read)."""
    try:
        record = json.loads((data_dir / HEARTBEAT_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) else None


def check_health(
    data_dir: Path, *, max_age: timedelta, last_run_failed: bool | None
) -> tuple[bool, str]:
    """(healthy?, reason) from the heartbeat file; `last_run_failed` comes from the store.

    When the store cannot tell (None), the heartbeat's own record of the last run is used.
    """
    record = read_heartbeat(data_dir)
    if record is None:
        return False, f"no heartbeat in {data_dir}: is 'invite-digest serve' running?"
    beat_time = _parse_time(record.get("time"))
    if beat_time is None:
        return False, f"heartbeat file in {data_dir} is damaged (no valid time)"
    if record.get("stopped"):
        return False, f"the scheduler stopped at {beat_time:%Y-%m-%d %H:%M:%S} UTC"
    age = max(datetime.now(UTC) - beat_time, timedelta(0))
    if age > max_age:
        return False, (
            f"last heartbeat {_seconds(age)} ago (limit {_seconds(max_age)}): "
            "the scheduler is stuck or not running"
        )
    if last_run_failed is None:
        last_run = record.get("last_run")
        last_run_failed = isinstance(last_run, dict) and last_run.get("ok") is False
    if last_run_failed:
        return False, "the last run failed (see the log or 'invite-digest check')"
    next_run = record.get("next_run") or "not scheduled"
    return True, f"ok: heartbeat {_seconds(age)} ago, next run {next_run}"


def _parse_time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _seconds(span: timedelta) -> str:
    return f"{int(span.total_seconds())} s"


# --- serving -------------------------------------------------------------------------------


def serve(
    settings: Settings,
    run_job: Callable[[], None],
    *,
    run_now: bool = False,
    stop: threading.Event | None = None,
) -> None:
    """Run `run_job` on `digest.schedule` until SIGTERM / SIGINT (or until `stop` is set).

    Blocks. A stop waits for a run in progress to finish. Raises ConfigError for a bad
    schedule before anything starts.
    """
    trigger = parse_schedule(settings.digest.schedule, settings.digest.timezone)
    run_schedule(
        trigger,
        run_job,
        data_dir=settings.data_dir,
        timezone=settings.digest.timezone,
        run_now=run_now,
        stop=stop,
    )


def run_schedule(
    trigger: BaseTrigger,
    run_job: Callable[[], None],
    *,
    data_dir: Path,
    timezone: str,
    run_now: bool = False,
    stop: threading.Event | None = None,
    heartbeat_interval: timedelta = HEARTBEAT_INTERVAL,
) -> None:
    """`serve` with any trigger (tests use second-level ones)."""
    stop = stop or threading.Event()
    service = _DigestService(run_job, Heartbeat(data_dir), ZoneInfo(timezone))
    with _stop_on_signals(stop):
        service.start(trigger, run_now=run_now)
        try:
            while not stop.wait(heartbeat_interval.total_seconds()):
                service.beat()
        finally:
            service.shutdown()


class _DigestService:
    """The scheduler, the job wrapper that never lets an exception out, and the heartbeat."""

    def __init__(self, run_job: Callable[[], None], heartbeat: Heartbeat, zone: ZoneInfo) -> None:
        self._run_job = run_job
        self._heartbeat = heartbeat
        self._scheduler = BackgroundScheduler(timezone=zone)
        self._trigger: BaseTrigger | None = None

    def start(self, trigger: BaseTrigger, *, run_now: bool) -> None:
        self._trigger = trigger
        options: dict[str, Any] = {}
        if run_now:
            log.info("running now, as asked")
            options["next_run_time"] = datetime.now(self._scheduler.timezone)
        self._scheduler.add_job(
            self._guarded_run,
            trigger,
            id=JOB_ID,
            name="invite digest",
            max_instances=1,
            coalesce=True,
            misfire_grace_time=int(MISFIRE_GRACE.total_seconds()),
            **options,
        )
        self._scheduler.start()
        log.info("scheduler started (pid %d); next run at %s", os.getpid(), self._next_run_text())
        self.beat()

    def beat(self) -> None:
        self._heartbeat.write(self._next_run())

    def shutdown(self) -> None:
        log.info("stopping: waiting for a run in progress to finish")
        self._scheduler.shutdown(wait=True)
        self._heartbeat.write(None, stopped=True)
        log.info("scheduler stopped")

    def _guarded_run(self) -> None:
        ok, error = True, ""
        try:
            self._run_job()
        except AlreadyRunning as exc:
            # A manual run is doing the work right now: skipping is not a failure.
            log.warning("scheduled run skipped: %s", exc)
            self.beat()
            return
        except InviteDigestError as exc:
            ok, error = False, str(exc)
            log.error("run failed: %s", exc)  # a known error: no traceback
        except Exception as exc:
            ok, error = False, f"{type(exc).__name__}: {exc}"
            log.exception("run failed with an unexpected error")
        self._heartbeat.last_run = LastRun(finished_at=datetime.now(UTC), ok=ok, error=error)
        self.beat()
        log.info("next run at %s", self._next_run_text())

    def _next_run(self) -> datetime | None:
        # From the trigger, not scheduler.get_job(): shutdown(wait=True) holds the job store
        # lock while it waits for the running job, so a job asking the scheduler deadlocks.
        if self._trigger is None:
            return None
        now = datetime.now(self._scheduler.timezone)
        next_run: datetime | None = self._trigger.get_next_fire_time(None, now)
        return next_run

    def _next_run_text(self) -> str:
        next_run = self._next_run()
        return next_run.isoformat(sep=" ", timespec="seconds") if next_run else "never"


@contextmanager
def _stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """SIGTERM / SIGINT set `stop` (the main loop then shuts down cleanly).

    Python as a container's PID 1 ignores SIGTERM unless a handler is installed. Signal handlers
    can only be installed from the main thread; elsewhere (tests) `stop` is the only way out.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def request_stop(signum: int, frame: FrameType | None) -> None:
        log.info("received %s", signal.Signals(signum).name)
        stop.set()

    previous = {sig: signal.signal(sig, request_stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)

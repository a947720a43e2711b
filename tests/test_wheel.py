"""The built wheel works on its own, laid out as in the container (no checkout needed).

Builds the wheel, installs it into a fresh virtual environment outside the repository, and
runs `invite-digest run` from `/` against the test servers, with the config, data and secrets
paths the container uses (here under a temporary root).
"""

from __future__ import annotations

import subprocess
import sys
import venv
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from dovecot_server import DovecotServer, ImapUser, append_messages
from smtp_server import SmtpServer

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """bin/ of a fresh venv with only the wheel (and its dependencies) installed."""
    root = tmp_path_factory.mktemp("wheel")
    wheels = root / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "-w",
            str(wheels),
            str(REPO),
        ],
        check=True,
        timeout=300,
    )
    (wheel,) = wheels.glob("invite_digest-*.whl")
    environment = root / "venv"
    venv.create(environment, with_pip=True)
    subprocess.run(
        [str(environment / "bin" / "pip"), "install", "--quiet", str(wheel)],
        check=True,
        timeout=600,
    )
    return environment / "bin"


def test_wheel_ships_templates_and_default_checklist(installed: Path) -> None:
    code = (
        "from invite_digest.resources import default_templates_dir, default_checklist_path\n"
        "print(default_templates_dir()); print(default_checklist_path())"
    )
    output = subprocess.run(
        [str(installed / "python"), "-c", code],
        cwd="/",
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    templates, checklist = (Path(line) for line in output)
    assert "site-packages" in str(templates) and (templates / "digest.html.j2").is_file()
    assert (templates / "digest.txt.j2").is_file()
    assert "site-packages" in str(checklist) and checklist.is_file()


def test_installed_wheel_runs_with_the_container_layout(
    installed: Path,
    tmp_path: Path,
    dovecot: DovecotServer,
    imap_user: ImapUser,
    smtp_server: SmtpServer,
) -> None:
    client = dovecot.client(imap_user)
    messages = [
        (FIXTURES / "linkedin" / name).read_bytes()
        for name in ("001-met-career-fair.eml", "101-pitch-saas.eml", "201-stock-en.eml")
    ]
    append_messages(client, "INBOX", messages, arrived=datetime.now(UTC) - timedelta(days=1))
    client.logout()

    config_dir, data_dir, secrets_dir = (tmp_path / d for d in ("config", "data", "secrets"))
    config_dir.mkdir()
    secrets_dir.mkdir()
    (secrets_dir / "invite_digest_imap__password").write_text(imap_user.password)
    config = config_dir / "invite-digest.toml"
    config.write_text(
        f"""
[imap]
host = "127.0.0.1"
port = {dovecot.imaps_port}
security = "ssl"
ca_file = "{dovecot.ca_file}"
username = "{imap_user.name}"

[smtp]
host = "{smtp_server.host}"
port = {smtp_server.port}
security = "none"
sender = "digest@example.org"

[digest]
recipients = ["jordan@example.org"]
""",
        encoding="utf-8",
    )
    env = {
        "PATH": f"{installed}:/usr/bin:/bin",
        "HOME": str(tmp_path),
        "INVITE_DIGEST_CONFIG": str(config),
        "INVITE_DIGEST_DATA_DIR": str(data_dir),
        "INVITE_DIGEST_SECRETS_DIR": str(secrets_dir),
    }
    result = subprocess.run(
        ["invite-digest", "run"],
        cwd="/",
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    (received,) = smtp_server.received
    assert received.message()["Subject"] == (
        "Invitations: 1 likely accept, 1 need a look, 1 generic"
    )
    assert (data_dir / "state.sqlite3").is_file()
    assert imap_user.password not in result.stderr

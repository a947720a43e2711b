"""Settings: file, environment, secret files; clear one-line errors that never show secrets."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from invite_digest.cli import main
from invite_digest.errors import ConfigError
from invite_digest.settings import load_settings


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in list(os.environ):
        if name.startswith("INVITE_DIGEST_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("INVITE_DIGEST_SECRETS_DIR", str(tmp_path / "no-secrets"))


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_environment_overrides_the_file_and_keeps_its_other_keys(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = write(tmp_path / "c.toml", '[imap]\nhost = "file.example"\nusername = "me"\n')
    monkeypatch.setenv("INVITE_DIGEST_IMAP__HOST", "env.example")
    settings = load_settings(config)
    assert settings.imap.host == "env.example"
    assert settings.imap.username == "me"


def test_secrets_dir_and_file_variables_fill_passwords_without_losing_the_section(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = write(tmp_path / "c.toml", '[imap]\nhost = "h"\n[smtp]\nhost = "s"\n')
    secrets = tmp_path / "secrets"
    secrets.mkdir()
    write(secrets / "invite_digest_imap__password", "from-secrets-dir\n")
    monkeypatch.setenv("INVITE_DIGEST_SECRETS_DIR", str(secrets))
    smtp_secret = write(tmp_path / "smtp_password", "from-file-variable\n")
    monkeypatch.setenv("INVITE_DIGEST_SMTP__PASSWORD_FILE", str(smtp_secret))

    settings = load_settings(config)

    assert settings.imap.password is not None and settings.smtp.password is not None
    assert settings.imap.password.get_secret_value() == "from-secrets-dir"
    assert settings.smtp.password.get_secret_value() == "from-file-variable"
    assert (settings.imap.host, settings.smtp.host) == ("h", "s")
    assert "from-secrets-dir" not in repr(settings)


def test_paths_in_the_file_are_relative_to_the_file(tmp_path: Path) -> None:
    (tmp_path / "conf").mkdir()
    config = write(tmp_path / "conf" / "c.toml", 'data_dir = "state"\nchecklist = "me.toml"\n')
    settings = load_settings(config)
    assert settings.data_dir == tmp_path / "conf" / "state"
    assert settings.checklist == tmp_path / "conf" / "me.toml"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('[imap]\nport = "many"\n', "imap.port"),
        ('[imap]\nhots = "typo"\n', "imap.hots: unknown setting"),
        ('[digest]\ntimezone = "Mars/Olympus"\n', "unknown time zone"),
        ("[imap\n", "not valid TOML"),
    ],
)
def test_a_wrong_setting_is_one_clear_line(tmp_path: Path, content: str, expected: str) -> None:
    config = write(tmp_path / "c.toml", content)
    with pytest.raises(ConfigError) as raised:
        load_settings(config)
    message = str(raised.value)
    assert expected in message
    assert str(config) in message
    assert "\n" not in message


def test_a_wrong_value_never_echoes_a_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write(tmp_path / "c.toml", '[imap]\npassword = "s3cret-Pa55"\nport = "x"\n')
    assert main(["--config", str(config), "check"]) == 2
    error = capsys.readouterr().err
    assert "imap.port" in error
    assert "s3cret-Pa55" not in error and "Traceback" not in error


def test_missing_config_file_names_the_ways_to_give_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--config", str(tmp_path / "nope.toml"), "run"]) == 2
    error = capsys.readouterr().err
    assert "nope.toml not found" in error and "INVITE_DIGEST_CONFIG" in error

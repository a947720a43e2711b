"""Settings: one TOML file, overridden by environment variables, secrets from files.

Priority, highest first: `INVITE_DIGEST_...` variables (nested with `__`, e.g.
`INVITE_DIGEST_IMAP__HOST`), `INVITE_DIGEST_..._FILE` variables naming a file that holds the
value, files in the secrets directory (`/run/secrets/invite_digest_imap__password`), the TOML
file. `load_settings()` is called once, in the CLI, and the frozen result is passed down.
"""

from __future__ import annotations

import os
import tomllib
from enum import StrEnum
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import (
    BaseSettings,
    EnvSettingsSource,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)

from .errors import ConfigError

ENV_PREFIX = "INVITE_DIGEST_"
CONFIG_ENV = "INVITE_DIGEST_CONFIG"
DEFAULT_CONFIG = Path("config/invite-digest.toml")
DEFAULT_SECRETS_DIR = Path("/run/secrets")


class Security(StrEnum):
    SSL = "ssl"  # TLS from the first byte (IMAPS 993, SMTPS 465)
    STARTTLS = "starttls"  # plain connection upgraded to TLS (IMAP 143, submission 587)
    NONE = "none"  # no TLS: only for a server on this machine or a trusted local relay


class PostAction(StrEnum):
    NONE = "none"
    SEEN = "seen"
    FLAG = "flag"
    MOVE = "move"


class MailboxKind(StrEnum):
    IMAP = "imap"
    MAILDIR = "maildir"
    MBOX = "mbox"


class OAuth2Mechanism(StrEnum):
    XOAUTH2 = "xoauth2"
    OAUTHBEARER = "oauthbearer"


class _Section(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ImapSettings(_Section):
    host: str = ""
    port: int | None = Field(default=None, ge=1, le=65535)  # None: 993 for ssl, else 143
    security: Security = Security.SSL
    username: str = ""
    password: SecretStr | None = None
    # A command that prints an OAuth2 access token (list: run without a shell; string: split
    # like a shell would, still run without one unless oauth2_token_shell is true).
    oauth2_token_command: list[str] | str | None = None
    oauth2_token_shell: bool = False
    oauth2_mechanism: OAuth2Mechanism = OAuth2Mechanism.XOAUTH2
    oauth2_token_timeout: float = Field(default=30.0, gt=0)
    ca_file: Path | None = None  # extra CA certificate for a self-signed home server
    connect_timeout: float = Field(default=30.0, gt=0)
    read_timeout: float = Field(default=120.0, gt=0)
    folder: str = "INBOX"
    lookback_days: int = Field(default=14, ge=1)
    batch_size: int = Field(default=100, ge=1, le=1000)
    max_message_bytes: int = Field(default=2_000_000, ge=1)
    max_reconnects: int = Field(default=3, ge=0)
    post_action: PostAction = PostAction.NONE
    keyword: str = "$InviteDigested"
    move_to: str = "Invitations"

    @property
    def effective_port(self) -> int:
        if self.port is not None:
            return self.port
        return 993 if self.security is Security.SSL else 143


class MailboxSettings(_Section):
    kind: MailboxKind = MailboxKind.IMAP
    path: Path | None = None  # the Maildir directory or mbox file, for kind maildir / mbox


class SmtpSettings(_Section):
    host: str = ""
    port: int | None = Field(default=None, ge=1, le=65535)  # None: 465 ssl, 587 starttls, 25
    security: Security = Security.STARTTLS
    username: str = ""
    password: SecretStr | None = None
    oauth2_token_command: list[str] | str | None = None
    oauth2_token_shell: bool = False
    oauth2_token_timeout: float = Field(default=30.0, gt=0)
    ca_file: Path | None = None
    timeout: float = Field(default=60.0, gt=0)
    sender: str = ""  # the digest's From address; defaults to the first recipient
    max_attempts: int = Field(default=3, ge=1)
    retry_backoff: float = Field(default=2.0, ge=0)  # seconds, doubled after each attempt

    @property
    def effective_port(self) -> int:
        if self.port is not None:
            return self.port
        return {Security.SSL: 465, Security.STARTTLS: 587, Security.NONE: 25}[self.security]


DEFAULT_GENERIC_REPLY = (
    "Hi {first_name}, thanks for the invitation! I try to connect with people I know or "
    "share something with. Could you tell me a bit about why you'd like to connect?"
)


class DigestSettings(_Section):
    schedule: str = "0 7 * * *"  # crontab line: minute hour day month day-of-week
    timezone: str = "UTC"
    subject: str = (
        "Invitations: {likely_accept} likely accept, {needs_a_look} need a look, {generic} generic"
    )
    recipients: list[str] = Field(default_factory=list)
    send_when_empty: bool = False
    templates_dir: Path | None = None  # your own digest.html.j2 / digest.txt.j2
    generic_reply: str = DEFAULT_GENERIC_REPLY
    list_id: str = "invite-digest.localhost"

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            message = f"unknown time zone {value!r} (use a name like 'Europe/Rome')"
            raise ValueError(message) from exc
        return value


class LinkedInSettings(_Section):
    enabled: bool = True
    senders: list[str] = Field(
        default_factory=lambda: ["invitations@linkedin.com", "invitations-noreply@linkedin.com"]
    )


class SourcesSettings(_Section):
    linkedin: LinkedInSettings = Field(default_factory=LinkedInSettings)

    @property
    def senders(self) -> list[str]:
        return list(self.linkedin.senders) if self.linkedin.enabled else []


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX,
        env_nested_delimiter="__",
        frozen=True,
        extra="forbid",
        hide_input_in_errors=True,
    )

    mailbox: MailboxSettings = Field(default_factory=MailboxSettings)
    imap: ImapSettings = Field(default_factory=ImapSettings)
    smtp: SmtpSettings = Field(default_factory=SmtpSettings)
    digest: DigestSettings = Field(default_factory=DigestSettings)
    sources: SourcesSettings = Field(default_factory=SourcesSettings)
    checklist: Path | None = None  # None: the example checklist shipped with the package
    data_dir: Path = Path("data")
    # Where the settings came from, for messages; not a setting.
    config_path: Path | None = Field(default=None, exclude=True)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # init_settings carries the TOML file's content (see load_settings): lowest priority.
        return _EnvWithoutFileVariables(settings_cls), file_secret_settings, init_settings


class _EnvWithoutFileVariables(EnvSettingsSource):
    """The environment, minus `..._FILE` variables: those name files, read in load_settings."""

    def __call__(self) -> dict[str, Any]:
        return _drop_file_keys(super().__call__())


def _drop_file_keys(values: dict[str, Any]) -> dict[str, Any]:
    return {
        key: _drop_file_keys(value) if isinstance(value, dict) else value
        for key, value in values.items()
        if not key.lower().endswith("_file")
    }


def find_config_path(explicit: Path | None) -> Path:
    if explicit is not None:
        return explicit
    from_env = os.environ.get(CONFIG_ENV)
    return Path(from_env) if from_env else DEFAULT_CONFIG


def load_settings(config_path: Path | None = None, *, require_file: bool = True) -> Settings:
    """Build the settings from the config file, the environment and secret files.

    Raises ConfigError with one line naming the file or variable, the key and what is expected.
    """
    path = find_config_path(config_path)
    file_values = _read_toml(path, required=require_file)
    file_values = _relative_paths_from(path.parent, file_values)
    secrets_dir = Path(os.environ.get(f"{ENV_PREFIX}SECRETS_DIR", str(DEFAULT_SECRETS_DIR)))
    file_values = _merged(file_values, _values_from_secrets_dir(secrets_dir))
    file_values = _merged(file_values, _values_from_file_variables())
    try:
        settings = Settings(**file_values, config_path=path)
    except ValidationError as exc:
        raise ConfigError(_describe_validation_error(exc, path)) from None
    return settings


def _read_toml(path: Path, *, required: bool) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        if required:
            raise ConfigError(
                f"config file {path} not found (give one with --config or {CONFIG_ENV}; "
                "config/invite-digest.toml is a commented example)"
            ) from None
        return {}
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None


_PATH_KEYS = {
    ("checklist",),
    ("data_dir",),
    ("mailbox", "path"),
    ("imap", "ca_file"),
    ("smtp", "ca_file"),
    ("digest", "templates_dir"),
}


def _relative_paths_from(base: Path, values: dict[str, Any]) -> dict[str, Any]:
    """Paths in the config file are relative to the file, not to the working directory."""
    resolved = dict(values)
    for keys in _PATH_KEYS:
        section = resolved
        for key in keys[:-1]:
            inner = section.get(key)
            if not isinstance(inner, dict):
                break
            section[key] = inner = dict(inner)
            section = inner
        else:
            value = section.get(keys[-1])
            if isinstance(value, str) and value and not Path(value).expanduser().is_absolute():
                section[keys[-1]] = str(base / value)
    return resolved


def _values_from_file_variables() -> dict[str, Any]:
    """`INVITE_DIGEST_IMAP__PASSWORD_FILE=/run/secrets/x` sets imap.password from that file."""
    values: dict[str, Any] = {}
    for name, file_name in os.environ.items():
        if not (name.startswith(ENV_PREFIX) and name.endswith("_FILE")):
            continue
        keys = name[len(ENV_PREFIX) : -len("_FILE")].lower().split("__")
        _set(values, keys, _read_secret(Path(file_name), name))
    return values


def _values_from_secrets_dir(directory: Path) -> dict[str, Any]:
    """Docker secrets: a file `invite_digest_imap__password` sets imap.password."""
    values: dict[str, Any] = {}
    if not directory.is_dir():
        return values
    prefix = ENV_PREFIX.lower()
    for file in sorted(directory.iterdir()):
        name = file.name.lower()
        if name.startswith(prefix) and file.is_file():
            _set(values, name[len(prefix) :].split("__"), _read_secret(file, str(file)))
    return values


def _read_secret(file: Path, named_by: str) -> str:
    try:
        return file.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise ConfigError(f"{named_by}: cannot read {file}: {exc.strerror}") from None


def _set(values: dict[str, Any], keys: list[str], value: str) -> None:
    section = values
    for key in keys[:-1]:
        section = section.setdefault(key, {})
    section[keys[-1]] = value


def _merged(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """`override` on top of `base`, section by section (a secret keeps the file's other keys)."""
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merged(merged[key], value)
        else:
            merged[key] = value
    return merged


def _describe_validation_error(exc: ValidationError, path: Path) -> str:
    problems = []
    for error in exc.errors():
        key = ".".join(str(part) for part in error["loc"])
        env_name = ENV_PREFIX + "__".join(str(part) for part in error["loc"]).upper()
        message = error["msg"]
        if error["type"] == "extra_forbidden":
            message = "unknown setting (check the spelling)"
        problems.append(f"{key}: {message} (in {path} or {env_name})")
    return "invalid settings: " + "; ".join(problems)

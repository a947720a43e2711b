"""The invite-digest config file the tests that run the whole product write.

`write_config` holds test defaults (plain IMAP/SMTP on 127.0.0.1, short timeouts, no retries);
each test overrides them key by key, and a value of None leaves a key out of the file (the
product's default applies, or for a password, the environment's).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from dovecot_server import DovecotServer, ImapUser
from smtp_server import SmtpServer

FIXTURES = Path(__file__).parent / "fixtures"

TomlValue = str | int | float | bool | list[str]
Options = Mapping[str, TomlValue | None]


def write_config(
    directory: Path,
    *,
    imap: Options,
    smtp: Options,
    digest: Options | None = None,
) -> Path:
    """A config file with test defaults that `imap`, `smtp` and `digest` override key by key;
    a key set to None is left out."""
    sections: dict[str, dict[str, TomlValue | None]] = {
        "imap": {
            "host": "127.0.0.1",
            "security": "none",
            "post_action": "seen",
            "connect_timeout": 5,
            "read_timeout": 5,
            "max_reconnects": 0,
            **imap,
        },
        "smtp": {
            "host": "127.0.0.1",
            "security": "none",
            "sender": "digest@example.org",
            "max_attempts": 1,
            "retry_backoff": 0,
            **smtp,
        },
        "digest": {"recipients": ["jordan@example.org"], **(digest or {})},
    }
    lines = [f'checklist = "{FIXTURES / "checklist.toml"}"', 'data_dir = "data"']
    for name, values in sections.items():
        lines.append(f"\n[{name}]")
        lines += [
            f"{key} = {json.dumps(value)}" for key, value in values.items() if value is not None
        ]
    config = directory / "invite-digest.toml"
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return config


def imap_options(
    dovecot: DovecotServer, user: ImapUser, **overrides: TomlValue | None
) -> dict[str, TomlValue | None]:
    """The user's login on the Dovecot server; `password=None` leaves the password to the
    environment."""
    return {
        "port": dovecot.imap_port,
        "username": user.name,
        "password": user.password,
        **overrides,
    }


def smtp_options(smtp: SmtpServer, **overrides: TomlValue | None) -> dict[str, TomlValue | None]:
    return {"host": smtp.host, "port": smtp.port, **overrides}

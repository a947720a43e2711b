"""The one exception family of invite-digest.

Library code raises these with enough context for one clear line; only the CLI turns them
into messages and exit codes. Messages must never contain a password or token.
"""


class InviteDigestError(Exception):
    """Base class: something the user can act on, shown as one line without a traceback."""

    exit_code = 1


class ConfigError(InviteDigestError):
    """A settings or checklist file (or variable) is missing or wrong."""

    exit_code = 2


class MailboxError(InviteDigestError):
    """The mailbox could not be reached, logged into or read."""


class DeliveryError(InviteDigestError):
    """The SMTP server did not accept the digest."""

    def __init__(self, message: str, *, permanent: bool) -> None:
        super().__init__(message)
        self.permanent = permanent


class AlreadyRunning(InviteDigestError):
    """Another run holds the data directory's lock."""

    exit_code = 3


class StoreError(InviteDigestError):
    """The state database cannot be opened or is from a newer version."""

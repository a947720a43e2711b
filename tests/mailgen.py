"""Many distinct LinkedIn-like notifications, each invitation with its own inviter name.

Built from the paired fixtures: sample 001 with a new invitation id and a new surname makes a
new invitation (and a new invitation key); the same invitation sent again with another
Message-ID is a reminder; acceptances and newsletters are the other mail of the sender.
Names are "Evan Crash00042": fixed width, so no name is part of another one in a digest.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures" / "linkedin"
TEMPLATE_ID = b"7390011223344556601"  # the invitationId in sample 001's accept links
TEMPLATE_SURNAME = b"Brooks"  # sample 001's inviter is Evan Brooks (also split by QP in HTML)
FIRST_ID = 7390011220000000000


@dataclass(frozen=True)
class Notification:
    raw: bytes
    inviter: str | None  # the invitation's unique inviter name; None for other mail
    from_network: bool = True  # sent by LinkedIn's notification address (what a run fetches)


class MailGenerator:
    """Hands out notifications; `inviters` lists every invitation made so far."""

    def __init__(self, prefix: str = "gen") -> None:
        self._prefix = prefix
        self._message_numbers = itertools.count(1)
        self._invitation_numbers = itertools.count(1)
        self._other_numbers = itertools.count()
        self._invitation = (FIXTURES / "001-met-career-fair.eml").read_bytes()
        self._others = [
            (FIXTURES / "301-accepted.eml").read_bytes(),  # from LinkedIn
            (FIXTURES / "304-newsletter.eml").read_bytes(),  # from elsewhere
        ]
        self.inviters: list[str] = []
        self._raw_by_inviter: dict[str, bytes] = {}

    def invitation(self) -> Notification:
        number = next(self._invitation_numbers)
        surname = f"Crash{number:05d}"
        body = self._invitation.replace(TEMPLATE_ID, str(FIRST_ID + number).encode())
        body = body.replace(TEMPLATE_SURNAME, surname.encode())
        inviter = f"Evan {surname}"
        self.inviters.append(inviter)
        self._raw_by_inviter[inviter] = body
        return Notification(self._with_new_message_id(body), inviter)

    def reminder(self, inviter: str) -> Notification:
        """The same invitation notified again (another Message-ID, the same invitation id)."""
        return Notification(self._with_new_message_id(self._raw_by_inviter[inviter]), inviter)

    def other(self) -> Notification:
        kind = next(self._other_numbers) % len(self._others)
        raw = self._with_new_message_id(self._others[kind])
        return Notification(raw, None, from_network=kind == 0)

    def mix(self, count: int) -> list[Notification]:
        """`count` notifications: 3 in 8 new invitations, 1 in 8 reminders, the rest other."""
        made: list[Notification] = []
        for position in range(count):
            kind = position % 8
            if kind in (0, 3, 6) or (kind == 5 and not self.inviters):
                made.append(self.invitation())
            elif kind == 5:
                made.append(self.reminder(self.inviters[position % len(self.inviters)]))
            else:
                made.append(self.other())
        return made

    def _with_new_message_id(self, raw: bytes) -> bytes:
        message_id = f"<{self._prefix}-{next(self._message_numbers)}@mailgen.invalid>"
        head, _, body = raw.replace(b"\r\n", b"\n").partition(b"\n\n")
        lines = [line for line in head.split(b"\n") if not line.lower().startswith(b"message-id:")]
        return b"\n".join([*lines, b"Message-ID: " + message_id.encode()]) + b"\n\n" + body


def raw_messages(notifications: list[Notification]) -> Iterator[bytes]:
    return (notification.raw for notification in notifications)

"""invite-digest: a daily digest of connection invitations, judged against a checklist."""

__version__ = "0.1.0"

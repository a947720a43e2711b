"""`invite-digest explain`: parse and judge `.eml` files offline, for tuning a checklist."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .checklist import Checklist, evaluate
from .invitation import Invitation, ParseResult, ParseStatus, Strength, Verdict
from .sources import parse


@dataclass(frozen=True)
class Explained:
    file: Path
    result: ParseResult
    verdict: Verdict | None


def explain_files(files: list[Path], checklist: Checklist) -> Iterator[Explained]:
    """Parse and evaluate each file; the caller has checked that the files exist."""
    for file in files:
        result = parse(file.read_bytes())
        verdict = evaluate(result.invitation, checklist) if result.invitation else None
        yield Explained(file, result, verdict)


def as_json(explained: Explained) -> str:
    result, verdict, invitation = explained.result, explained.verdict, explained.result.invitation
    record: dict[str, Any] = {
        "file": str(explained.file),
        "status": "error" if result.status is ParseStatus.UNREADABLE else result.status.value,
        "category": verdict.category.value if verdict else None,
        "answers": [q.value for q in verdict.answers] if verdict else [],
        "weak": [q.value for q in verdict.weak] if verdict else [],
        "flags": [f.value for f in verdict.flags] if verdict else [],
        "reason": verdict.reason if verdict else result.reason,
        "evidence": [e.model_dump(mode="json") for e in verdict.evidence] if verdict else [],
    }
    record.update(_invitation_fields(invitation))
    return json.dumps(record, ensure_ascii=False)


def _invitation_fields(invitation: Invitation | None) -> dict[str, Any]:
    if invitation is None:
        return {
            "name": None,
            "headline": None,
            "note": None,
            "mutual_connections": None,
            "invitation_key": None,
            "authenticity": None,
        }
    return {
        "name": invitation.name,
        "headline": invitation.headline,
        "location": invitation.location,
        "note": invitation.note,
        "note_is_stock": invitation.note_is_stock,
        "mutual_connections": invitation.mutual_connections,
        "invitation_key": invitation.key,
        "authenticity": invitation.authenticity.value,
        "authenticity_reason": invitation.authenticity_reason,
        "profile_url": invitation.profile_url,
        "accept_url": invitation.accept_url,
        "received_at": invitation.received_at.isoformat() if invitation.received_at else None,
        "message_id": invitation.message_id,
        "language": invitation.language,
    }


def as_text(explained: Explained) -> str:
    result, verdict, invitation = explained.result, explained.verdict, explained.result.invitation
    lines = [f"== {explained.file}"]
    if invitation is None or verdict is None:
        label = "not an invitation" if result.status is ParseStatus.NOT_INVITATION else "unreadable"
        lines.append(f"   {label}: {result.reason}")
        return "\n".join(lines)
    lines.append(f"   {verdict.category.label.upper()}: {verdict.reason}")
    for evidence in verdict.evidence:
        kind = "answers" if evidence.strength is Strength.STRONG else "hints  "
        words = ", ".join(f"“{word}”" for word in evidence.matched)
        lines.append(f"   {kind} {evidence.question.label} ({evidence.where.value}: {words})")
    if verdict.flags:
        lines.append("   flags   " + ", ".join(flag.value for flag in verdict.flags))
    lines.append(f"   from    {invitation.name}" + _suffix(invitation.headline, " — "))
    if invitation.location:
        lines.append(f"   where   {invitation.location}")
    if invitation.mutual_connections is not None:
        lines.append(f"   mutual  {invitation.mutual_connections} connections in common")
    lines.append(f"   note    {_describe_note(invitation)}")
    authenticity = invitation.authenticity.value
    lines.append(f"   sender  {authenticity}" + _suffix(invitation.authenticity_reason, ": "))
    lines.append(f"   key     {invitation.key}")
    return "\n".join(lines)


def _describe_note(invitation: Invitation) -> str:
    if invitation.note is None:
        return "(none)"
    if invitation.note_is_stock:
        return f"(LinkedIn's stock text) {invitation.note}"
    return " ".join(invitation.note.split())


def _suffix(value: str | None, separator: str) -> str:
    return f"{separator}{value}" if value else ""

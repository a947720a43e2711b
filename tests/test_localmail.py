"""Local Maildir and mbox mailboxes, on real files in tmp_path made from the fixture emails."""

from __future__ import annotations

import email
import importlib.util
import logging
import mailbox
import os
import sys
import time
from datetime import UTC, date, datetime, timedelta
from email.message import Message
from pathlib import Path
from types import ModuleType

import pytest

from invite_digest import checklist, sources
from invite_digest.errors import ConfigError, MailboxError
from invite_digest.invitation import Authenticity, ParseStatus
from invite_digest.localmail import MaildirSource, MboxSource, open_local_mailbox
from invite_digest.settings import (
    MailboxKind,
    MailboxSettings,
    PostAction,
    Settings,
    load_settings,
)

LINKEDIN_SENDERS = ["invitations@linkedin.com", "invitations-noreply@linkedin.com"]
INVITATIONS = ["001-met-career-fair.eml", "201-stock-en.eml", "104-weak-mutual.eml"]
OTHERS = ["302-job-alert.eml", "304-newsletter.eml"]  # other senders: never returned
BIG_LIMIT = 10_000_000


def fixture_bytes(fixtures_dir: Path, name: str) -> bytes:
    return (fixtures_dir / "linkedin" / name).read_bytes()


def message_id(raw: bytes) -> str:
    return str(email.message_from_bytes(raw)["Message-ID"])


@pytest.fixture
def maildir_path(tmp_path: Path, fixtures_dir: Path) -> Path:
    path = tmp_path / "Maildir"
    box = mailbox.Maildir(path, create=True)
    for name in INVITATIONS + OTHERS:
        box.add(fixture_bytes(fixtures_dir, name))  # plain bytes land in new/, unread
    return path


@pytest.fixture
def mbox_path(tmp_path: Path, fixtures_dir: Path) -> Path:
    path = tmp_path / "inbox.mbox"
    box = mailbox.mbox(path, create=True)
    for name in INVITATIONS + OTHERS:
        box.add(fixture_bytes(fixtures_dir, name))
    box.close()
    return path


def snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under root with its content and modification time."""
    return {
        str(path.relative_to(root)): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def fetched_ids(source: MaildirSource | MboxSource, uids: list[int]) -> set[str]:
    return {message_id(m.raw) for m in source.fetch(uids) if m.raw is not None}


def expected_ids(fixtures_dir: Path, names: list[str]) -> set[str]:
    return {message_id(fixture_bytes(fixtures_dir, name)) for name in names}


# --- Maildir -------------------------------------------------------------------------------


def test_maildir_search_finds_only_invitation_senders(
    maildir_path: Path, fixtures_dir: Path
) -> None:
    with MaildirSource(maildir_path, max_message_bytes=BIG_LIMIT) as source:
        uids = source.search(after_uid=None, since=None, senders=LINKEDIN_SENDERS)
        assert uids == sorted(uids)
        assert fetched_ids(source, uids) == expected_ids(fixtures_dir, INVITATIONS)


def test_maildir_sender_match_ignores_case(maildir_path: Path) -> None:
    with MaildirSource(maildir_path, max_message_bytes=BIG_LIMIT) as source:
        uids = source.search(after_uid=None, since=None, senders=["INVITATIONS@LinkedIn.com"])
    assert len(uids) == len(INVITATIONS)


def test_maildir_fetch_returns_the_exact_file_bytes(maildir_path: Path, fixtures_dir: Path) -> None:
    with MaildirSource(maildir_path, max_message_bytes=BIG_LIMIT) as source:
        uids = source.search(after_uid=None, since=None, senders=LINKEDIN_SENDERS)
        raws = {m.raw for m in source.fetch(uids)}
    assert raws == {fixture_bytes(fixtures_dir, name) for name in INVITATIONS}


def test_maildir_uids_are_stable_across_opens(maildir_path: Path) -> None:
    def search() -> list[int]:
        with MaildirSource(maildir_path, max_message_bytes=BIG_LIMIT) as source:
            assert (
                source.uidvalidity()
                == MaildirSource(maildir_path, max_message_bytes=1).uidvalidity()
            )
            return source.search(after_uid=None, since=None, senders=LINKEDIN_SENDERS)

    first = search()
    assert first == search()
    assert all(0 < uid < 2**63 for uid in first)


def test_maildir_reading_changes_nothing(maildir_path: Path) -> None:
    before = snapshot(maildir_path)
    with MaildirSource(maildir_path, max_message_bytes=BIG_LIMIT) as source:
        uids = source.search(after_uid=None, since=date(2000, 1, 1), senders=LINKEDIN_SENDERS)
        assert len(list(source.fetch(uids))) == len(INVITATIONS)
    assert snapshot(maildir_path) == before
    assert len(list((maildir_path / "new").iterdir())) == len(INVITATIONS + OTHERS)


def test_maildir_since_uses_delivery_time(maildir_path: Path, fixtures_dir: Path) -> None:
    first_invitation = fixture_bytes(fixtures_dir, INVITATIONS[0])
    old_file = next(
        p for p in (maildir_path / "new").iterdir() if p.read_bytes() == first_invitation
    )
    month_ago = time.time() - 30 * 86400
    os.utime(old_file, (month_ago, month_ago))
    week_ago = (datetime.now(UTC) - timedelta(days=7)).date()
    with MaildirSource(maildir_path, max_message_bytes=BIG_LIMIT) as source:
        recent = source.search(after_uid=None, since=week_ago, senders=LINKEDIN_SENDERS)
        assert fetched_ids(source, recent) == expected_ids(fixtures_dir, INVITATIONS[1:])


def test_maildir_oversized_message_is_skipped_with_reason(
    maildir_path: Path, fixtures_dir: Path
) -> None:
    sizes = [len(fixture_bytes(fixtures_dir, name)) for name in INVITATIONS]
    limit = sorted(sizes)[1]  # the largest invitation(s) exceed it
    with MaildirSource(maildir_path, max_message_bytes=limit) as source:
        fetched = list(
            source.fetch(source.search(after_uid=None, since=None, senders=LINKEDIN_SENDERS))
        )
    skipped = [m for m in fetched if m.raw is None]
    assert len(skipped) == sum(size > limit for size in sizes)
    assert all("max_message_bytes" in (m.skipped_reason or "") for m in skipped)
    assert all(m.size > limit for m in skipped)


def test_maildir_seen_sets_the_s_flag_and_keeps_the_uid(
    maildir_path: Path, fixtures_dir: Path
) -> None:
    with MaildirSource(maildir_path, max_message_bytes=BIG_LIMIT) as source:
        uids = source.search(after_uid=None, since=None, senders=LINKEDIN_SENDERS)
        source.apply_post_action(uids[:1], PostAction.SEEN, keyword="$x", move_to="x")
        again = source.search(after_uid=None, since=None, senders=LINKEDIN_SENDERS)
        seen_raw = next(source.fetch(uids[:1])).raw
    assert again == uids
    seen = list((maildir_path / "cur").iterdir())
    assert len(seen) == 1 and seen[0].name.endswith(":2,S")
    assert seen[0].read_bytes() == seen_raw
    reader_view = mailbox.Maildir(maildir_path, create=False)
    flags = sorted(reader_view.get_message(k).get_flags() for k in reader_view.iterkeys())
    assert flags.count("S") == 1


def test_maildir_seen_keeps_existing_flags(maildir_path: Path) -> None:
    first = next((maildir_path / "new").iterdir())
    flagged = maildir_path / "cur" / f"{first.name}:2,F"
    first.rename(flagged)
    with MaildirSource(maildir_path, max_message_bytes=BIG_LIMIT) as source:
        uids = source.search(after_uid=None, since=None, senders=["news@lakeside.example.edu"])
        uids += source.search(after_uid=None, since=None, senders=LINKEDIN_SENDERS)
        uids += source.search(
            after_uid=None, since=None, senders=["jobalerts-noreply@linkedin.com"]
        )
        source.apply_post_action(uids, PostAction.SEEN, keyword="$x", move_to="x")
    names = sorted(p.name for p in (maildir_path / "cur").iterdir())
    assert f"{first.name}:2,FS" in names
    assert not list((maildir_path / "new").iterdir())


def test_maildir_move_goes_to_a_maildirplusplus_folder(maildir_path: Path) -> None:
    with MaildirSource(maildir_path, max_message_bytes=BIG_LIMIT) as source:
        uids = source.search(after_uid=None, since=None, senders=LINKEDIN_SENDERS)
        source.apply_post_action(uids, PostAction.MOVE, keyword="$x", move_to="Invitations")
        assert source.search(after_uid=None, since=None, senders=LINKEDIN_SENDERS) == []
    box = mailbox.Maildir(maildir_path, create=False)
    assert box.list_folders() == ["Invitations"]
    assert len(box.get_folder("Invitations")) == len(INVITATIONS)
    assert len(box) == len(OTHERS)


def test_maildir_flag_action_warns_and_changes_nothing(
    maildir_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    before = snapshot(maildir_path)
    with MaildirSource(maildir_path, max_message_bytes=BIG_LIMIT) as source:
        uids = source.search(after_uid=None, since=None, senders=LINKEDIN_SENDERS)
        with caplog.at_level(logging.WARNING, logger="invite_digest.localmail"):
            source.apply_post_action(uids, PostAction.FLAG, keyword="$Digested", move_to="x")
    assert snapshot(maildir_path) == before
    assert "not supported" in caplog.text


def test_maildir_finds_a_message_another_client_renamed(maildir_path: Path) -> None:
    with MaildirSource(maildir_path, max_message_bytes=BIG_LIMIT) as source:
        uids = source.search(after_uid=None, since=None, senders=LINKEDIN_SENDERS)
        for file_path in list((maildir_path / "new").iterdir()):
            file_path.rename(maildir_path / "cur" / f"{file_path.name}:2,S")  # a reader's move
        assert len([m for m in source.fetch(uids) if m.raw]) == len(INVITATIONS)


# --- mbox ----------------------------------------------------------------------------------


def test_mbox_search_and_fetch(mbox_path: Path, fixtures_dir: Path) -> None:
    with MboxSource(mbox_path, max_message_bytes=BIG_LIMIT) as source:
        uids = source.search(after_uid=None, since=None, senders=LINKEDIN_SENDERS)
        assert uids == sorted(uids)
        assert fetched_ids(source, uids) == expected_ids(fixtures_dir, INVITATIONS)


def test_mbox_reading_changes_nothing_and_uids_are_stable(mbox_path: Path) -> None:
    before = mbox_path.read_bytes()
    results = []
    for _ in range(2):
        with MboxSource(mbox_path, max_message_bytes=BIG_LIMIT) as source:
            uids = source.search(after_uid=None, since=None, senders=LINKEDIN_SENDERS)
            list(source.fetch(uids))
            results.append(uids)
    assert results[0] == results[1]
    assert mbox_path.read_bytes() == before


def test_mbox_seen_sets_status_and_keeps_uids(mbox_path: Path) -> None:
    with MboxSource(mbox_path, max_message_bytes=BIG_LIMIT) as source:
        uids = source.search(after_uid=None, since=None, senders=LINKEDIN_SENDERS)
        source.apply_post_action(uids[:2], PostAction.SEEN, keyword="$x", move_to="x")
        assert source.search(after_uid=None, since=None, senders=LINKEDIN_SENDERS) == uids
    box = mailbox.mbox(mbox_path)
    statuses = [str(message.get("Status", "")) for message in box]
    assert statuses.count("RO") == 2
    assert len(box) == len(INVITATIONS + OTHERS)


def test_mbox_move_to_sibling_file(mbox_path: Path, fixtures_dir: Path) -> None:
    with MboxSource(mbox_path, max_message_bytes=BIG_LIMIT) as source:
        uids = source.search(after_uid=None, since=None, senders=LINKEDIN_SENDERS)
        source.apply_post_action(uids, PostAction.MOVE, keyword="$x", move_to="Invitations")
        assert source.search(after_uid=None, since=None, senders=LINKEDIN_SENDERS) == []
    moved: list[Message] = list(mailbox.mbox(mbox_path.parent / "Invitations"))
    assert {str(m["Message-ID"]) for m in moved} == expected_ids(fixtures_dir, INVITATIONS)
    assert len(mailbox.mbox(mbox_path)) == len(OTHERS)


def test_mbox_since_uses_the_from_line_date(tmp_path: Path, fixtures_dir: Path) -> None:
    path = tmp_path / "dated.mbox"
    box = mailbox.mbox(path, create=True)
    for name, when in [(INVITATIONS[0], "Mon Jan  5 10:00:00 2026"), (INVITATIONS[1], None)]:
        message = mailbox.mboxMessage(fixture_bytes(fixtures_dir, name))
        if when:
            message.set_from("MAILER-DAEMON", time.strptime(when, "%a %b %d %H:%M:%S %Y"))
        box.add(message)
    box.close()
    with MboxSource(path, max_message_bytes=BIG_LIMIT) as source:
        recent = source.search(after_uid=None, since=date(2026, 2, 1), senders=LINKEDIN_SENDERS)
        assert fetched_ids(source, recent) == expected_ids(fixtures_dir, [INVITATIONS[1]])


def test_mbox_used_outside_with_block_is_a_clear_error(mbox_path: Path) -> None:
    source = MboxSource(mbox_path, max_message_bytes=BIG_LIMIT)
    with pytest.raises(MailboxError, match="with block"):
        source.search(after_uid=None, since=None, senders=LINKEDIN_SENDERS)


# --- opening from settings -----------------------------------------------------------------


def local_settings(kind: MailboxKind, path: Path | None) -> Settings:
    return Settings(mailbox=MailboxSettings(kind=kind, path=path))


def test_open_local_mailbox_picks_the_kind(maildir_path: Path, mbox_path: Path) -> None:
    assert isinstance(
        open_local_mailbox(local_settings(MailboxKind.MAILDIR, maildir_path)), MaildirSource
    )
    assert isinstance(open_local_mailbox(local_settings(MailboxKind.MBOX, mbox_path)), MboxSource)


@pytest.mark.parametrize("kind", [MailboxKind.MAILDIR, MailboxKind.MBOX])
def test_open_local_mailbox_without_path_names_the_setting(kind: MailboxKind) -> None:
    with pytest.raises(ConfigError, match=r"mailbox\.path"):
        open_local_mailbox(local_settings(kind, None))


@pytest.mark.parametrize("kind", [MailboxKind.MAILDIR, MailboxKind.MBOX])
def test_open_local_mailbox_missing_path(tmp_path: Path, kind: MailboxKind) -> None:
    with pytest.raises(MailboxError, match="does not exist"):
        open_local_mailbox(local_settings(kind, tmp_path / "nowhere"))


def test_a_plain_directory_is_not_a_maildir(tmp_path: Path) -> None:
    with pytest.raises(MailboxError, match="not a Maildir"):
        MaildirSource(tmp_path, max_message_bytes=BIG_LIMIT)


def test_a_text_file_is_not_an_mbox(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("shopping list\n")
    with pytest.raises(MailboxError, match="not an mbox"):
        MboxSource(path, max_message_bytes=BIG_LIMIT)


def test_a_maildir_is_not_an_mbox(maildir_path: Path) -> None:
    with pytest.raises(MailboxError, match="not an mbox"):
        open_local_mailbox(local_settings(MailboxKind.MBOX, maildir_path))


# --- the demo mailbox (demo/maildir, written by scripts/make_demo_mailbox.py) --------------

REPOSITORY = Path(__file__).resolve().parent.parent


def load_demo_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_demo_mailbox", REPOSITORY / "scripts" / "make_demo_mailbox.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def demo_script() -> ModuleType:
    return load_demo_script()


def demo_messages() -> list[bytes]:
    """The demo emails, read through config/demo.toml like `invite-digest run` would."""
    settings = load_settings(REPOSITORY / "config" / "demo.toml")
    with open_local_mailbox(settings) as source:
        uids = source.search(after_uid=None, since=None, senders=settings.sources.senders)
        return [m.raw for m in source.fetch(uids) if m.raw is not None]


def test_committed_demo_mailbox_matches_the_script(demo_script: ModuleType, tmp_path: Path) -> None:
    demo_script.write_maildir(tmp_path / "maildir")
    fresh = snapshot(tmp_path / "maildir")
    committed = snapshot(REPOSITORY / "demo" / "maildir")
    assert {name: content for name, (content, _) in committed.items()} == {
        name: content for name, (content, _) in fresh.items()
    }


def test_every_demo_email_parses_as_intended(demo_script: ModuleType) -> None:
    by_name = {demo.name: demo for demo in demo_script.DEMO_EMAILS}
    results = [sources.parse(raw) for raw in demo_messages()]
    invitations = [r.invitation for r in results if r.invitation is not None]
    ignored = [r for r in results if r.status is ParseStatus.NOT_INVITATION]
    expected_ignored = [d for d in demo_script.DEMO_EMAILS if d.expected == "ignore"]
    assert len(ignored) == len(expected_ignored)
    assert sorted(i.name for i in invitations) == sorted(
        d.name for d in demo_script.DEMO_EMAILS if d.expected != "ignore"
    )
    for invitation in invitations:
        demo = by_name[invitation.name]
        assert invitation.note == demo.note, demo.slug
        assert invitation.note_is_stock == (demo.note == demo_script.STOCK_NOTE), demo.slug
        assert invitation.headline == demo.headline, demo.slug
        assert invitation.mutual_connections == demo.mutual_connections, demo.slug
        assert invitation.authenticity is Authenticity.VERIFIED, demo.slug
        assert invitation.accept_url and invitation.profile_url, demo.slug


def test_demo_covers_all_three_groups(demo_script: ModuleType) -> None:
    expected = {demo.expected for demo in demo_script.DEMO_EMAILS}
    assert expected == {"likely_accept", "needs_a_look", "generic", "ignore"}


def test_demo_emails_land_in_the_intended_group(demo_script: ModuleType) -> None:
    profile = checklist.load_checklist(REPOSITORY / "config" / "checklist.toml")
    by_name = {demo.name: demo for demo in demo_script.DEMO_EMAILS}
    for raw in demo_messages():
        invitation = sources.parse(raw).invitation
        if invitation is not None:
            verdict = checklist.evaluate(invitation, profile)
            assert verdict.category.value == by_name[invitation.name].expected, invitation.name

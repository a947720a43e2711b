"""Write demo/maildir: fictional LinkedIn invitation emails for the demo profile.

The people, companies and notes are made up for this project; the recipient is Jordan Rivera,
the profile in config/checklist.toml. The emails follow the layout of real LinkedIn
notifications (classic "please add me to your LinkedIn network" emails, one modern "I want to
connect" email with connections in common, one acceptance) so the LinkedIn parser reads them
as it would read real mail. The output is deterministic: running the script again rewrites the
same files.

    python scripts/make_demo_mailbox.py [--out demo/maildir]
"""

from __future__ import annotations

import argparse
import html
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import quote

REPOSITORY = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPOSITORY / "demo" / "maildir"
POLICY = default_policy.clone(linesep="\n")
RECIPIENT = Address("Jordan Rivera", addr_spec="jordan.rivera@example.org")
RECIPIENT_TITLE = "Director of Career Services at Lakeside University"
SENDER_ADDRESS = "invitations@linkedin.com"
FIRST_DATE = datetime(2026, 11, 16, 8, 12, tzinfo=UTC)
CLASSIC_SUBJECT = "Jordan, please add me to your LinkedIn network"
MODERN_SUBJECT = "I want to connect"
STOCK_NOTE = "I'd like to join your LinkedIn network."
INVITE_TEMPLATE = "email_m2m_invite_single_01"
ACCEPTED_TEMPLATE = "email_accept_invite_single_01"
LINKEDIN = "https://www.linkedin.com"
TRACKING_MID = "AQEdemoJordanRv"  # the midToken query parameter of every link


@dataclass(frozen=True)
class DemoEmail:
    """One email of the demo mailbox, with what the digest should make of it."""

    slug: str  # also the Maildir file name's unique part
    name: str
    headline: str
    location: str
    note: str | None  # None: the modern layout without any note
    expected: str  # likely_accept / needs_a_look / generic / ignore (not an invitation)
    mutual_connections: int | None = None  # the modern layout shows the count
    kind: str = "invitation"  # "invitation" or "accepted"


DEMO_EMAILS: tuple[DemoEmail, ...] = (
    DemoEmail(
        slug="01-met-at-fair",
        name="Maya Okafor",
        headline="Employer Relations Manager at Harbor Health",
        location="Cleveland, Ohio",
        note=(
            "Hi Jordan, it was great talking with you at the Midwest Career Fair on Thursday "
            "about your spring internship program. I'd love to keep in touch."
        ),
        expected="likely_accept",
    ),
    DemoEmail(
        slug="02-same-university",
        name="Ben Whitaker",
        headline="Assistant Registrar at Lakeside University",
        location="Lakeside, Ohio",
        note=(
            "Hi Jordan, I just started in the registrar's office at Lakeside University and "
            "I'm getting to know colleagues across campus. Hope to work together soon!"
        ),
        expected="likely_accept",
    ),
    DemoEmail(
        slug="03-fellow-alum",
        name="Sara Lindgren",
        headline="HR Generalist at Maple & Stone",
        location="Columbus, Ohio",
        note="Hi Jordan! Fellow Ohio State alum here (class of 2012). Go Bucks!",
        expected="likely_accept",
    ),
    DemoEmail(
        slug="04-specific-ask",
        name="Tomás Herrera",
        headline="Talent Acquisition Lead at Riverbend Software",
        location="Pittsburgh, Pennsylvania",
        note=(
            "Jordan, we'd like to run a resume workshop for your students this spring, free "
            "of charge. Could we set up a short call to plan it?"
        ),
        expected="likely_accept",
    ),
    DemoEmail(
        slug="05-sales-pitch",
        name="Kyle Brennan",
        headline="Founder & CEO at HireRocket",
        location="Austin, Texas",
        note=(
            "Hi Jordan, our AI platform helps career centers triple employer engagement. "
            "Do you have 15 minutes this week for a quick demo? Happy to share our pricing."
        ),
        expected="needs_a_look",
    ),
    DemoEmail(
        slug="06-headline-only",
        name="Anita Desai",
        headline="Academic Advisor at Lakeside University",
        location="Lakeside, Ohio",
        note=STOCK_NOTE,
        expected="needs_a_look",
    ),
    DemoEmail(
        slug="07-many-mutual",
        name="Mark Jensen",
        headline="Operations Director at Cedar Logistics",
        location="Toledo, Ohio",
        note=None,
        expected="needs_a_look",
        mutual_connections=23,
    ),
    DemoEmail(
        slug="08-stock-note",
        name="Greg Simmons",
        headline="Account Executive at Vantage Media",
        location="Chicago, Illinois",
        note=STOCK_NOTE,
        expected="generic",
    ),
    DemoEmail(
        slug="09-vague-note",
        name="Lena Fischer",
        headline="Marketing Coordinator at Blue Orbit",
        location="Denver, Colorado",
        note="Hi Jordan, I came across your profile and would love to connect.",
        expected="generic",
    ),
    DemoEmail(
        slug="10-vague-note",
        name="Chris Doyle",
        headline="Freelance Photographer",
        location="Tampa, Florida",
        note="Hello! Always happy to grow my network with great people. Let's connect!",
        expected="generic",
    ),
    DemoEmail(
        slug="11-accepted",
        name="Nora Castillo",
        headline="Recruiter at Pinecrest Bank",
        location="Dayton, Ohio",
        note=None,
        expected="ignore",
        kind="accepted",
    ),
)


# --- links ---------------------------------------------------------------------------------


def _tracking(template: str, spot: str, email_id: str) -> str:
    tracked = f"eml-{template}-{spot}"
    return f"trk={quote(tracked)}&trkEmail={quote(f'{tracked}-null-{email_id}')}"


def _member_token(index: int) -> str:
    return f"AAsAAA{index:02d}Dm0{'xyzKLm'[index % 6]}Qw7Rb{index * 7919:06d}"


def _profile_url(demo: DemoEmail, index: int, spot: str, email_id: str) -> str:
    track = _tracking(INVITE_TEMPLATE, spot, email_id)
    if demo.mutual_connections is not None:  # the modern layout links the public profile
        slug = demo.name.lower().replace(" ", "-")
        return f"{LINKEDIN}/comm/in/{slug}-demo?midToken={TRACKING_MID}&{track}"
    return (
        f"{LINKEDIN}/comm/profile/view?id={_member_token(index)}&authType=name"
        f"&authToken=dm{index:02d}&midToken={TRACKING_MID}&{track}"
    )


def _accept_url(index: int, spot: str, email_id: str) -> str:
    invitation_id = 7400000000000000000 + index * 1013
    shared_key = f"Dm{index:02d}kEy{chr(ord('a') + index)}"
    track = _tracking(INVITE_TEMPLATE, spot, email_id)
    return (
        f"{LINKEDIN}/comm/mynetwork/invite-accept/invitationId/{invitation_id}"
        f"/sharedKey/{shared_key}/?midToken={TRACKING_MID}&{track}"
    )


def _footer_links(template: str) -> tuple[str, str, str]:
    unsubscribe = (
        f"{LINKEDIN}/comm/psettings/email-unsubscribe?t=lun&midToken={TRACKING_MID}&ek={template}"
    )
    help_link = f"{LINKEDIN}/help/linkedin/answer/67?lang=en&midToken={TRACKING_MID}&ek={template}"
    why = f"{LINKEDIN}/help/linkedin/answer/4788?lang=en&midToken={TRACKING_MID}&ek={template}"
    return unsubscribe, help_link, why


# --- bodies --------------------------------------------------------------------------------


def _text_footer(template: str, receiving: str) -> str:
    unsubscribe, help_link, why = _footer_links(template)
    return (
        f"Unsubscribe: {unsubscribe}\nHelp: {help_link}\n\n"
        f"You are receiving {receiving} emails.\n\n"
        f"This email was intended for {RECIPIENT.display_name} ({RECIPIENT_TITLE}).\n"
        f"Learn why we included this: {why}\n\n"
        "© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.\n"
    )


def _html_footer(template: str, receiving: str) -> str:
    unsubscribe, help_link, why = _footer_links(template)
    return (
        f'<tr><td align="center"><a href="{html.escape(unsubscribe)}">Unsubscribe</a>'
        f' &nbsp;|&nbsp; <a href="{html.escape(help_link)}">Help</a></td></tr>'
        f"<tr><td><p>You are receiving {receiving} emails.</p></td></tr>"
        f"<tr><td><p>This email was intended for {RECIPIENT.display_name} ({RECIPIENT_TITLE})."
        f' <a href="{html.escape(why)}">Learn why we included this.</a></p></td></tr>'
        "<tr><td><p>© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085."
        "</p></td></tr>"
    )


def _html_page(preheader: str, rows: str) -> str:
    return (
        '<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" '
        'content="text/html; charset=utf-8"><title></title></head>'
        '<body style="margin:0 auto;font-family:Helvetica,Arial,sans-serif;">'
        '<div style="display:none;overflow:hidden;color:transparent;height:0;">'
        f"{html.escape(preheader)}</div>"
        '<table align="center" width="100%" bgcolor="#EDF0F3"><tbody><tr><td align="center">'
        '<table width="512" bgcolor="#FFFFFF"><tbody>'
        f"{rows}"
        "</tbody></table></td></tr></tbody></table></body></html>"
    )


def _html_header_row() -> str:
    home = f"{LINKEDIN}/comm/nhome/?midToken={TRACKING_MID}"
    me = f"{LINKEDIN}/comm/profile/view?id=AAsAAAJordanRvDemo&midToken={TRACKING_MID}"
    return (
        f'<tr><td><a href="{html.escape(home)}"><img alt="LinkedIn" height="34" width="40" '
        'src="https://static.licdn.com/scds/common/u/images/email/phoenix/logos/'
        'logo_phoenix_header_blue_78x66_v1.png"></a></td>'
        f'<td align="right"><a href="{html.escape(me)}"><span>{RECIPIENT.display_name}</span>'
        "</a></td></tr>"
    )


def _classic_bodies(demo: DemoEmail, index: int, email_id: str) -> tuple[str, str]:
    note = demo.note or STOCK_NOTE
    profile_cta = _profile_url(demo, index, "hero-3-prof~cta", email_id)
    accept = _accept_url(index, "hero-0-accept~cta", email_id)
    text = (
        f"Hi {RECIPIENT.display_name.split()[0]},\n\n{note}\n\n{demo.name}\n{demo.headline}\n\n"
        f"View profile: {profile_cta}\n\nAccept: {accept}\n\n"
        ".....................................\n\n"
        f"{_text_footer(INVITE_TEMPLATE, 'Invitation')}"
    )
    photo = _profile_url(demo, index, "hero-1-prof~photo", email_id)
    name_link = _profile_url(demo, index, "hero-2-prof~name", email_id)
    rows = (
        _html_header_row()
        + f"<tr><td><p>Hi Jordan, {html.escape(note)}</p></td></tr>"
        + f'<tr><td><a href="{html.escape(photo)}"><img alt="" height="70" width="70" '
        f'src="https://media.licdn.com/dms/image/demo-{index:02d}.jpg"></a></td>'
        f'<td><a href="{html.escape(name_link)}"><span>{html.escape(demo.name)}</span></a>'
        f"<p>{html.escape(demo.headline)}</p><p>{html.escape(demo.location)}</p></td></tr>"
        + f'<tr><td><a href="{html.escape(accept)}">Accept</a> '
        f'<a href="{html.escape(profile_cta)}">View profile</a></td></tr>'
        + _html_footer(INVITE_TEMPLATE, "Invitation")
    )
    return text, _html_page(f"Hi Jordan, {note}", rows)


def _modern_bodies(demo: DemoEmail, index: int, email_id: str) -> tuple[str, str]:
    accept = _accept_url(index, "null-0-accept~cta", email_id)
    profile = _profile_url(demo, index, "null-3-profile~cta", email_id)
    mutual = f"{demo.mutual_connections} connections in common"
    note_text = f"{demo.note}\n\n" if demo.note else ""
    text = (
        f"{demo.name}\n{demo.headline}\n{demo.location}\n{mutual}\n\n{note_text}"
        f"Accept: {accept}\nView profile: {profile}\n\n"
        f"{'-' * 40}\n{_text_footer(INVITE_TEMPLATE, 'Invitation')}"
    )
    rows = (
        _html_header_row()
        + f'<tr><td><a href="{html.escape(profile)}"><span>{html.escape(demo.name)}</span></a>'
        f"<p>{html.escape(demo.headline)}</p><p>{html.escape(demo.location)}</p>"
        f"<p>{mutual}</p></td></tr>"
        + (f"<tr><td><p>{html.escape(demo.note)}</p></td></tr>" if demo.note else "")
        + f'<tr><td><a href="{html.escape(accept)}">Accept</a> '
        f'<a href="{html.escape(profile)}">View profile</a></td></tr>'
        + _html_footer(INVITE_TEMPLATE, "Invitation")
    )
    return text, _html_page(f"{demo.name} wants to connect", rows)


def _accepted_bodies(demo: DemoEmail, index: int, email_id: str) -> tuple[str, str]:
    first_name = demo.name.split()[0]
    track = _tracking(ACCEPTED_TEMPLATE, "hero-1-message~cta", email_id)
    message = f"{LINKEDIN}/comm/messaging/compose/?midToken={TRACKING_MID}&{track}"
    text = (
        f"{demo.name} accepted your invitation\n{demo.headline}\n\n"
        f"Message {first_name}: {message}\n\nSee who else you know in common.\n\n"
        f"{'-' * 40}\n{_text_footer(ACCEPTED_TEMPLATE, 'Invitation acceptance')}"
    )
    rows = (
        _html_header_row() + f"<tr><td><p>{html.escape(demo.name)} accepted your invitation</p>"
        f"<p>{html.escape(demo.headline)}</p>"
        f'<a href="{html.escape(message)}">Message {html.escape(first_name)}</a></td></tr>'
        + _html_footer(ACCEPTED_TEMPLATE, "Invitation acceptance")
    )
    return text, _html_page(f"{demo.name} accepted your invitation", rows)


# --- the message ---------------------------------------------------------------------------


def build_email(demo: DemoEmail, index: int) -> bytes:
    """The raw bytes of one demo email."""
    sent = FIRST_DATE + timedelta(hours=17 * index, minutes=7 * index)
    email_id = f"dm{index:02d}-jrdemo-ir"
    if demo.kind == "accepted":
        subject = f"{demo.name.split()[0]} accepted your invitation, explore their network"
        template = ACCEPTED_TEMPLATE
        text, html_body = _accepted_bodies(demo, index, email_id)
    elif demo.mutual_connections is not None:
        subject, template = MODERN_SUBJECT, INVITE_TEMPLATE
        text, html_body = _modern_bodies(demo, index, email_id)
    else:
        subject, template = CLASSIC_SUBJECT, INVITE_TEMPLATE
        text, html_body = _classic_bodies(demo, index, email_id)
    message = EmailMessage(policy=POLICY)
    for name, value in _headers(demo, index, sent, subject, template, email_id):
        message[name] = value
    message.set_content(text, cte="quoted-printable")
    message.add_alternative(html_body, subtype="html", cte="quoted-printable")
    message.set_boundary(f"----=_Part_{index:02d}_demo.{int(sent.timestamp())}")
    return message.as_bytes(policy=POLICY)


def _headers(
    demo: DemoEmail, index: int, sent: datetime, subject: str, template: str, email_id: str
) -> list[tuple[str, str | Address]]:
    bounce = f"s-demo{index:02d}@bounce.linkedin.com"
    display = f"{demo.name} via LinkedIn" if demo.kind == "accepted" else demo.name
    received = format_datetime(sent + timedelta(seconds=2))
    return [
        ("Return-Path", f"<{bounce}>"),
        (
            "Received",
            "from mailb-ga.linkedin.com (mailb-ga.linkedin.com [108.174.0.195]) by "
            f"mx.example.org with ESMTPS id demo{index:02d} for <{RECIPIENT.addr_spec}>; "
            f"{received}",
        ),
        (
            "Authentication-Results",
            "mx.example.org; dkim=pass header.i=@linkedin.com header.s=d2048-202308-00; "
            f"spf=pass smtp.mailfrom={bounce}; dmarc=pass (p=REJECT sp=REJECT dis=NONE) "
            "header.from=linkedin.com",
        ),
        ("From", Address(display, addr_spec=SENDER_ADDRESS)),
        ("To", RECIPIENT),
        ("Subject", subject),
        ("Date", format_datetime(sent)),
        ("Message-ID", f"<demo.{index:02d}.{demo.slug}@invite-digest.example.linkedin.com>"),
        ("X-LinkedIn-Class", "INVITE" if demo.kind == "invitation" else "EMAIL-DEFAULT"),
        ("X-LinkedIn-Template", template),
        ("X-LinkedIn-Id", email_id),
    ]


def write_maildir(out: Path) -> list[Path]:
    """Replace `out` with a Maildir holding the demo emails, all unread in new/."""
    if out.exists():
        shutil.rmtree(out)
    for subdir in ("cur", "new", "tmp"):
        (out / subdir).mkdir(parents=True)
        (out / subdir / ".gitkeep").touch()  # git keeps no empty directory
    written = []
    for index, demo in enumerate(DEMO_EMAILS, start=1):
        path = out / "new" / f"17930{index:05d}.{demo.slug}.invite-digest-demo"
        path.write_bytes(build_email(demo, index))
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="Maildir to (re)write")
    args = parser.parse_args()
    written = write_maildir(args.out)
    print(f"wrote {len(written)} emails to {args.out}")


if __name__ == "__main__":
    main()

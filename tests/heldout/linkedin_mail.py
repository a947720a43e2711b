"""Build LinkedIn-like invitation emails (classic and modern layouts) for the held-out sets.

Modelled on the structure of tests/fixtures/linkedin/*.eml: a multipart/alternative message
with a text part and an HTML part, tracking tokens on every link (hero / null / pymk),
invitationId accept links, Authentication-Results, and the "This email was intended for"
footer. The chrome (subject, greeting, buttons) follows the recipient's interface language,
which is not necessarily the language of the note.
"""

from __future__ import annotations

import html
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import format_datetime

COPYRIGHT = "© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085."
TEMPLATE = "email_m2m_invite_single_01"
GOOD_SENDER = "invitations@linkedin.com"


@dataclass(frozen=True)
class Chrome:
    """The interface strings of one language."""

    greeting: str  # "{first}" is the recipient's first name
    classic_subject: str
    modern_subject: str
    view_profile: str
    accept: str
    in_common: str  # "{n}" is the count
    in_common_one: str
    more_people: str


CHROME: dict[str, Chrome] = {
    "en": Chrome(
        "Hi {first},",
        "{first}, please add me to your LinkedIn network",
        "I want to connect",
        "View profile",
        "Accept",
        "{n} connections in common",
        "1 connection in common",
        "More people you may know",
    ),
    "fr": Chrome(
        "Bonjour {first},",
        "{first}, ajoutez-moi à votre réseau LinkedIn",
        "Je souhaite me connecter",
        "Voir le profil",
        "Accepter",
        "{n} relations en commun",
        "1 relation en commun",
        "Autres personnes que vous pourriez connaître",
    ),
    "id": Chrome(
        "Halo {first},",
        "{first}, tambahkan saya ke jaringan LinkedIn Anda",
        "Saya ingin terhubung",
        "Lihat profil",
        "Terima",
        "{n} koneksi yang sama",
        "1 koneksi yang sama",
        "Orang lain yang mungkin Anda kenal",
    ),
    "es": Chrome(
        "Hola {first}:",
        "{first}, agrégame a tu red de LinkedIn",
        "Quiero conectar",
        "Ver perfil",
        "Aceptar",
        "{n} contactos en común",
        "1 contacto en común",
        "Más personas que quizá conozcas",
    ),
}


@dataclass(frozen=True)
class Recipient:
    name: str
    address: str
    headline: str
    profile_slug: str

    @property
    def first_name(self) -> str:
        return self.name.split()[0]


@dataclass(frozen=True)
class Person:
    name: str
    headline: str
    location: str = ""


@dataclass(frozen=True)
class Email:
    """One invitation email to build."""

    layout: str  # "classic" or "modern"
    chrome: str  # interface language, a key of CHROME
    inviter: Person
    note: str | None  # the text shown as the note (custom or stock); None: no note at all
    mutual: int = 0
    auth: str = "pass"  # pass / fail (DKIM+DMARC fail) / lookalike / none (no header)
    lookalike_domain: str = "linkedin-mail.net"
    base64: bool = False


class Builder:
    """Deterministic: the same seed gives byte-identical emails."""

    def __init__(self, recipient: Recipient, seed: int, start: datetime) -> None:
        self._recipient = recipient
        self._random = random.Random(seed)
        self._clock = start
        self._invitation_number = 7391100000000000000 + seed * 1000

    def build(self, spec: Email, pymk: list[Person]) -> bytes:
        self._clock += timedelta(minutes=self._random.randint(40, 900))
        self._invitation_number += self._random.randint(3, 97)
        links = self._links(spec)
        chrome = CHROME[spec.chrome]
        if spec.layout == "classic":
            text = self._classic_text(spec, chrome, links)
            body = self._classic_html(spec, chrome, links)
            subject = chrome.classic_subject.format(first=self._recipient.first_name)
        else:
            text = self._modern_text(spec, chrome, links, pymk)
            body = self._modern_html(spec, chrome, links, pymk)
            subject = chrome.modern_subject
        message = self._headers(spec, subject)
        encoding = "base64" if spec.base64 else "quoted-printable"
        message.set_content(text, subtype="plain", charset="utf-8", cte=encoding)
        message.add_alternative(body, subtype="html", charset="utf-8", cte=encoding)
        # The email package draws boundaries at random; the generated files must be stable.
        stamp = int(self._clock.timestamp() * 1000)
        message.set_boundary(f"----=_Part_{self._random.randint(10**6, 10**7)}_{stamp}")
        return message.as_bytes(policy=default_policy.clone(linesep="\n"))

    # -- headers -----------------------------------------------------------------------------

    def _headers(self, spec: Email, subject: str) -> EmailMessage:
        message = EmailMessage()
        bounce = f"s-{self._hex(24)}@bounce.linkedin.com"
        domain = spec.lookalike_domain if spec.auth == "lookalike" else "linkedin.com"
        message["Return-Path"] = f"<{bounce}>" if spec.auth != "lookalike" else f"<bounce@{domain}>"
        message["Received"] = (
            "from mailb-ga.linkedin.com (mailb-ga.linkedin.com [108.174.0.195]) by mx.example.net "
            f"with ESMTPS id {self._hex(12)}; {format_datetime(self._clock)}"
        )
        if spec.auth != "none":
            message["Authentication-Results"] = self._auth_results(spec, bounce)
        # Quoted where needed, as LinkedIn does: a name with markup stays a display name.
        message["From"] = str(Address(spec.inviter.name, addr_spec=f"invitations@{domain}"))
        message["To"] = f"{self._recipient.name} <{self._recipient.address}>"
        message["Subject"] = subject
        message["Date"] = format_datetime(self._clock)
        stamp = int(self._clock.timestamp() * 1000)
        host = f"ltx1-app{self._random.randint(10000, 99999)}.prod.linkedin.com"
        message["Message-ID"] = f"<{self._random.randint(10**8, 10**10)}.{stamp}@{host}>"
        message["X-LinkedIn-Class"] = "INVITE"
        message["X-LinkedIn-Template"] = TEMPLATE
        message["X-LinkedIn-Id"] = self._tracking_id()
        message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        message["Feedback-ID"] = f"{TEMPLATE}:linkedin"
        return message

    def _auth_results(self, spec: Email, bounce: str) -> str:
        if spec.auth == "pass":
            verdicts = ("pass", "pass", "pass")
            header_domain = "linkedin.com"
        elif spec.auth == "fail":
            verdicts = ("fail", "fail", "fail")
            header_domain = "linkedin.com"
        else:  # a look-alike domain that authenticates itself perfectly well
            verdicts = ("pass", "pass", "pass")
            header_domain = spec.lookalike_domain
            bounce = f"bounce@{spec.lookalike_domain}"
        dkim, spf, dmarc = verdicts
        return (
            f"mx.example.net; dkim={dkim} header.i=@{header_domain} header.s=s2048; "
            f"spf={spf} smtp.mailfrom={bounce}; "
            f"dmarc={dmarc} (p=REJECT sp=REJECT dis=NONE) header.from={header_domain}"
        )

    # -- links -------------------------------------------------------------------------------

    def _links(self, spec: Email) -> dict[str, str]:
        base = "https://www.linkedin.com/comm"
        tracking = self._tracking_id()
        mid = f"midToken=AQE{self._token(11)}&midSig={self._token(14)}"

        def track(section: str, position: int, action: str) -> str:
            code = f"eml-{TEMPLATE}-{section}-{position}-{action}"
            return f"{mid}&trk={code}&trkEmail={code}-null-{tracking.replace('-', '%7E')}"

        slug = spec.inviter.name.lower().replace(" ", "-").replace("'", "")
        slug = slug.encode("ascii", "ignore").decode() + f"-{self._hex(8)}"
        invitation = f"invitationId/{self._invitation_number}/sharedKey/{self._token(8)}"
        section = "hero" if spec.layout == "classic" else "null"
        kind = "prof" if spec.layout == "classic" else "profile"
        if spec.layout == "classic":
            member = f"id=AAsAA{self._token(34)}&authType=name&authToken={self._token(4)}"
            profile = f"{base}/profile/view?{member}"
            profile += (
                f"&invAcpt={self._random.randint(10**7, 10**8)}_I{self._invitation_number}_500&"
            )
        else:
            profile = f"{base}/in/{slug}?"
        return {
            "photo": profile + track(section, 1, f"{kind}%7Ephoto"),
            "name": profile + track(section, 2, f"{kind}%7Ename"),
            "profile": profile + track(section, 3, f"{kind}%7Ecta"),
            "accept": f"{base}/mynetwork/invite-accept/{invitation}/?"
            + track(section, 0, "accept%7Ecta"),
            "unsubscribe": f"https://www.linkedin.com/comm/psettings/email-unsubscribe?{mid}"
            + f"&trk=eml-{TEMPLATE}-unsubscribe-0-footer%7Etext",
            "why": f"https://www.linkedin.com/help/linkedin/answer/4788?lang=en&{mid}",
            "home": f"{base}/feed/?" + track("header", 0, "home_glimmer"),
            "me": f"{base}/in/{self._recipient.profile_slug}?"
            + track("header", 0, "profile_glimmer"),
            "pixel": f"https://www.linkedin.com/emimp/ip_{tracking}.gif",
            "pymk": f"{base}/in/{{slug}}?" + track("pymk", 4, "profile%7Ecta"),
        }

    # -- text parts --------------------------------------------------------------------------

    def _classic_text(self, spec: Email, chrome: Chrome, links: dict[str, str]) -> str:
        lines = [chrome.greeting.format(first=self._recipient.first_name), ""]
        if spec.note is not None:
            lines += [spec.note, ""]
        lines += [spec.inviter.name, spec.inviter.headline, ""]
        lines += [f"{chrome.view_profile}: {links['profile']}", ""]
        lines += [f"{chrome.accept}: {links['accept']}", ""]
        lines += [".....................................", ""]
        lines += [f"Unsubscribe: {links['unsubscribe']}", ""]
        lines += ["You are receiving Invitation emails.", ""]
        lines += [self._intended_for() + ".", f"Learn why we included this: {links['why']}", ""]
        lines += [COPYRIGHT]
        return "\n".join(lines) + "\n"

    def _modern_text(
        self, spec: Email, chrome: Chrome, links: dict[str, str], pymk: list[Person]
    ) -> str:
        lines = [spec.inviter.name, spec.inviter.headline]
        if spec.inviter.location:
            lines.append(spec.inviter.location)
        if spec.mutual:
            lines.append(self._in_common(chrome, spec.mutual))
        lines.append("")
        if spec.note is not None:
            lines += [spec.note, ""]
        lines += [f"{chrome.accept}: {links['accept']}"]
        lines += [f"{chrome.view_profile}: {links['profile']}", ""]
        lines.append(chrome.more_people)
        for person in pymk:
            lines += [person.name, person.headline]
            lines.append(f"{chrome.view_profile}: {links['pymk'].format(slug=_slug(person))}")
        lines += ["", "-" * 40, self._intended_for()]
        lines += [f"Learn why we included this: {links['why']}"]
        lines += ["You are receiving Invitation emails."]
        lines += [f"Unsubscribe: {links['unsubscribe']}", COPYRIGHT]
        return "\n".join(lines) + "\n"

    # -- HTML parts --------------------------------------------------------------------------

    def _classic_html(self, spec: Email, chrome: Chrome, links: dict[str, str]) -> str:
        e = _escape_all(links)
        who = html.escape(spec.inviter.name)
        greeting = html.escape(chrome.greeting.format(first=self._recipient.first_name))
        note = html.escape(spec.note) if spec.note is not None else ""
        preheader = f"{greeting} {note}".strip()
        cell = 'style="-webkit-text-size-adjust:100%;mso-table-rspace:0pt;mso-table-lspace:0pt;"'
        text = 'style="margin:0;color:#4C4C4C;font-weight:400;font-size:16px;line-height:1.5;"'
        grey = 'style="margin:0;color:#737373;font-weight:400;font-size:14px;line-height:1.429;"'
        note_row = f'<tr> <td align="left" {cell}> <p {text}>{note}</p></td> </tr> ' if note else ""
        return (
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
            '<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"> '
            '<meta name="viewport" content="width=device-width"> <title></title> '
            '<style type="text/css">@media only screen and (max-width:32em) '
            "{ .phoenix-email-container { width:100% !important; } }</style> </head> "
            '<body style="padding:0;margin:0 auto;width:100% !important;">'
            ' <div style="overflow:hidden;color:transparent;visibility:hidden;mso-hide:all;'
            f'width:0;font-size:0;opacity:0;height:0;"> {preheader} </div> '
            f'<table align="center" border="0" cellspacing="0" cellpadding="0" width="100%" '
            f'bgcolor="#EDF0F3"> <tbody> <tr> <td align="center" {cell}> <center> '
            '<table border="0" class="phoenix-email-container" cellspacing="0" cellpadding="0" '
            'width="512" bgcolor="#FFFFFF"> <tbody> <tr> <td bgcolor="#F6F8FA"><table> <tbody> '
            f'<tr> <td align="left"><a href="{e["home"]}"><img alt="LinkedIn" '
            'src="https://static.licdn.com/scds/common/u/images/email/phoenix/logos/'
            'logo_phoenix_header_blue_78x66_v1.png" height="34" width="40"></a></td> '
            f'<td align="right"><a href="{e["me"]}"><span>'
            f"{html.escape(self._recipient.name)}</span></a></td> </tr> </tbody> </table></td> "
            "</tr> <tr> <td><table> <tbody> "
            f'<tr> <td align="left" {cell}> <p {text}>{greeting}</p></td> </tr> '
            f"{note_row}"
            f'<tr> <td style="padding:22px 0 16px 0;"><table> <tbody> <tr> <td valign="top">'
            f'<a href="{e["photo"]}"><img src="https://media.licdn.com/mpr/mpr/shrinknp_100_100/'
            f'{self._token(40)}.jpg" alt="" height="70" width="70"></a></td> '
            f'<td valign="top" width="100%"><a href="{e["name"]}"><span style="color:#262626;'
            f'font-weight:700;font-size:16px;">{who}</span></a> '
            f"<p {grey}>{html.escape(spec.inviter.headline)}</p> "
            f"<p {grey}>{html.escape(spec.inviter.location)}</p></td> </tr> </tbody> </table>"
            "</td> </tr> <tr> <td><table> <tbody> <tr> "
            f'<td><a href="{e["accept"]}" target="_blank" style="color:#FFFFFF;'
            f'background-color:#008CC9;padding:6px 16px;">{html.escape(chrome.accept)}</a></td> '
            f'<td><a href="{e["profile"]}" target="_blank">'
            f"{html.escape(chrome.view_profile)}</a></td> "
            "</tr> </tbody> </table></td> </tr> </tbody> </table></td> </tr> "
            f'<tr> <td><table> <tbody> <tr> <td><a href="{e["unsubscribe"]}"><span>'
            "Unsubscribe</span></a></td> </tr> <tr> <td> <p>You are receiving Invitation "
            f"emails.</p></td> </tr> <tr> <td> <p>{html.escape(self._intended_for())}. "
            f'<a href="{e["why"]}">Learn why we included this.</a></p></td> </tr> '
            f"<tr> <td> <p>{COPYRIGHT}</p></td> </tr> </tbody> </table></td> </tr> "
            "</tbody> </table> </center></td> </tr> </tbody> </table> "
            f'<img alt="" src="{e["pixel"]}" style="width:1px;height:1px;"> </body> </html>'
        )

    def _modern_html(
        self, spec: Email, chrome: Chrome, links: dict[str, str], pymk: list[Person]
    ) -> str:
        e = _escape_all(links)
        who = html.escape(spec.inviter.name)
        note = html.escape(spec.note) if spec.note is not None else ""
        filler = "&#847;&nbsp;" * 30
        p = 'style="margin:0;color:#1F1F1F;font-size:14px;line-height:1.42857;"'
        grey = 'style="margin:0;color:#666666;font-size:14px;line-height:1.42857;"'
        rows = [
            f'<tr> <td><a href="{e["photo"]}"><img src="https://media.licdn.com/dms/image/v2/'
            f'{self._token(15)}/profile-displayphoto-shrink_100_100/0/1700000000000" '
            f'alt="{who}" height="72" width="72" style="border-radius:50%;"></a></td> </tr>',
            f'<tr> <td><a href="{e["name"]}" style="color:#0A66C2;text-decoration:none;">'
            f'<span style="color:#1F1F1F;font-size:20px;font-weight:600;">{who}</span></a></td>'
            " </tr>",
            f"<tr> <td><p {p}>{html.escape(spec.inviter.headline)}</p></td> </tr>",
        ]
        if spec.inviter.location:
            rows.append(f"<tr> <td><p {grey}>{html.escape(spec.inviter.location)}</p></td> </tr>")
        if spec.mutual:
            rows.append(f"<tr> <td><p {grey}>{self._in_common(chrome, spec.mutual)}</p></td> </tr>")
        if note:
            rows.append(
                '<tr> <td style="padding:16px 0 0 0;"><table role="presentation" border="0" '
                f'width="100%"> <tbody> <tr> <td style="padding:12px;background-color:#F3F2EF;'
                f'border-radius:8px;"><p {p}>{note}</p></td> </tr> </tbody> </table></td> </tr>'
            )
        rows.append(
            '<tr> <td style="padding:20px 0 0 0;"><table role="presentation"> <tbody> <tr> '
            f'<td><a href="{e["accept"]}" target="_blank" style="display:inline-block;'
            'padding:10px 24px;border-radius:24px;background-color:#0A66C2;color:#FFFFFF;">'
            f"{html.escape(chrome.accept)}</a></td> "
            f'<td><a href="{e["profile"]}" target="_blank" style="display:inline-block;'
            f'padding:9px 23px;border-radius:24px;border:1px solid #666666;">'
            f"{html.escape(chrome.view_profile)}</a></td> </tr> </tbody> </table></td> </tr>"
        )
        rows.append(
            '<tr> <td style="padding:32px 0 8px 0;border-top:1px solid #E8E8E8;">'
            f'<h2 style="margin:0;font-size:16px;">{html.escape(chrome.more_people)}</h2>'
            "</td> </tr>"
        )
        for person in pymk:
            link = html.escape(links["pymk"].format(slug=_slug(person)))
            rows.append(
                '<tr> <td style="padding:8px 0;"><table role="presentation" width="100%"> <tbody>'
                f' <tr> <td valign="top" width="48"><a href="{link}"><img src="https://'
                f"media.licdn.com/dms/image/v2/{self._token(15)}/profile-displayphoto-shrink_100_"
                f'100/0/1700000000001" alt="{html.escape(person.name)}" height="48" width="48">'
                f'</a></td> <td valign="top"><a href="{link}"><span style="font-weight:600;">'
                f"{html.escape(person.name)}</span></a><p {grey}>"
                f'{html.escape(person.headline)}</p><a href="{link}">'
                f"{html.escape(chrome.view_profile)}</a></td> </tr> </tbody> </table></td> </tr>"
            )
        return (
            '<!DOCTYPE html><html lang="en" dir="ltr"><head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"> '
            '<meta name="viewport" content="width=device-width, initial-scale=1.0"> '
            '<title></title> </head> <body style="margin:0;padding:0;"> '
            f'<div data-email-preheader="true" style="display:none;max-height:0;overflow:hidden;">'
            f"{note[:90] if note else who}{filler}</div> "
            '<table role="presentation" border="0" cellspacing="0" cellpadding="0" width="100%">'
            ' <tbody> <tr> <td align="center"><center> <table role="presentation" width="600" '
            'class="mercado-container"> <tbody> <tr> <td><table role="presentation" width="100%">'
            f' <tbody> <tr> <td align="left"><a href="{e["home"]}"><img alt="LinkedIn" '
            'src="https://static.licdn.com/aero-v1/sc/h/9ehe6n39fa07dc5edzv0rla4e" height="28" '
            f'width="84"></a></td> <td align="right" width="100%"><a href="{e["me"]}"><span>'
            f"{html.escape(self._recipient.name)}</span></a></td> </tr> </tbody> </table></td>"
            ' </tr> <tr> <td style="padding:24px;"><table role="presentation" width="100%"> '
            f"<tbody> {' '.join(rows)} </tbody> </table></td> </tr> "
            '<tr> <td style="padding:16px 24px;background-color:#F3F2EF;"><table '
            'role="presentation" width="100%"> <tbody> '
            f'<tr> <td><p style="margin:0;color:#666666;font-size:12px;">'
            f"{html.escape(self._intended_for())}. "
            f'<a href="{e["why"]}">Learn why we included this.</a></p></td> </tr> '
            "<tr> <td><p>You are receiving Invitation emails.</p></td> </tr> "
            f'<tr> <td><a href="{e["unsubscribe"]}">Unsubscribe</a></td> </tr> '
            f"<tr> <td><p>{COPYRIGHT} LinkedIn and the LinkedIn logo are registered trademarks "
            "of LinkedIn.</p></td> </tr> </tbody> </table></td> </tr> </tbody> </table> "
            "</center></td> </tr> </tbody> </table> "
            f'<img alt="" src="{e["pixel"]}" style="width:1px;height:1px;"> </body> </html>'
        )

    # -- small pieces ------------------------------------------------------------------------

    def _intended_for(self) -> str:
        recipient = self._recipient
        return f"This email was intended for {recipient.name} ({recipient.headline})"

    @staticmethod
    def _in_common(chrome: Chrome, count: int) -> str:
        return chrome.in_common_one if count == 1 else chrome.in_common.format(n=count)

    def _tracking_id(self) -> str:
        return f"1b3p5-{self._token(8).lower()}-ir"

    def _hex(self, length: int) -> str:
        return "".join(self._random.choice("0123456789abcdef") for _ in range(length))

    def _token(self, length: int) -> str:
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return "".join(self._random.choice(alphabet) for _ in range(length))


def _slug(person: Person) -> str:
    ascii_name = person.name.lower().encode("ascii", "ignore").decode()
    return ascii_name.replace(" ", "-") + "-a1"


def _escape_all(links: dict[str, str]) -> dict[str, str]:
    return {key: html.escape(value) for key, value in links.items()}


START = datetime(2026, 11, 2, 6, 0, tzinfo=UTC)

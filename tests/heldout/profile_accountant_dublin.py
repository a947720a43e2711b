"""Held-out profile: Siobhan Murphy, tax partner at an accounting firm in Dublin.

English interface. Two passes (a..., b...) over the 38 sample kinds of category likely_accept /
needs_a_look / generic, each case the same kind as its sample in samples/linkedin/. Labels
follow DESIGN.md "Categories" as the recipient would apply them on reading the note, written
without looking at the classifier's phrase lists. The builder has no reminder subject, no
HTML-only body and no damaged-charset or missing-boundary option: the reminder kinds re-send
the same invitation, markup sits in the note or headline, and the bad-charset and
no-boundary-end kinds are plain emails of the same label.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, STOCK, Case, case

ACCOUNTANT = Recipient(
    name="Siobhan Murphy",
    address="siobhan.murphy@example.ie",
    headline="Tax Partner at Fitzwilliam Carey",
    profile_slug="siobhan-murphy-tax",
)

ACCOUNTANT_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Siobhan Murphy"
organizations = [
    "Fitzwilliam Carey", "Grant Thornton Ireland", "Office of the Revenue Commissioners",
]
schools = [
    "University College Dublin", "Michael Smurfit Graduate Business School",
    "Mount Anville Secondary School",
]
industries = ["accounting", "taxation", "professional services"]
interests = [
    "international tax", "transfer pricing", "R&D tax credits", "Pillar Two", "VAT",
    "family business succession",
]
groups = [
    "Irish Tax Institute", "Chartered Accountants Ireland", "Women in Tax Ireland", "IFA Ireland",
]
events = [
    "Irish Tax Institute Annual Conference 2026", "Budget 2027 Breakfast Briefing",
    "Global Tax Policy Forum Dublin 2026",
]
contacts = ["Aoife Brennan", "Declan O'Sullivan", "Niamh Kelly", "Ciarán Walsh"]

# Other names people use for the same thing.
[aliases]
"Fitzwilliam Carey" = ["FitzCarey", "FWC", "Fitzwilliam Carey & Co"]
"Grant Thornton Ireland" = ["Grant Thornton", "GT Ireland"]
"Office of the Revenue Commissioners" = [
    "Revenue Commissioners", "Irish Revenue", "Revenue Ireland",
]
"University College Dublin" = ["UCD"]
"Michael Smurfit Graduate Business School" = ["Smurfit", "UCD Smurfit", "Smurfit School"]
"Mount Anville Secondary School" = ["Mount Anville"]
"accounting" = ["accountancy", "chartered accountancy"]
"taxation" = ["tax", "tax advisory"]
"international tax" = ["cross-border tax"]
"R&D tax credits" = ["R&D tax credit", "R&D credit", "research and development tax credit"]
"Pillar Two" = ["Pillar 2", "global minimum tax", "GloBE", "BEPS 2.0"]
"VAT" = ["value added tax"]
"family business succession" = ["succession planning", "family business"]
"Irish Tax Institute" = ["ITI"]
"Chartered Accountants Ireland" = ["CAI", "ICAI"]
"Women in Tax Ireland" = ["Women in Tax", "WIT Ireland"]
"IFA Ireland" = ["International Fiscal Association", "IFA Irish Branch"]
"Irish Tax Institute Annual Conference 2026" = [
    "ITI Annual Conference", "ITI conference", "Irish Tax Institute conference",
]
"Budget 2027 Breakfast Briefing" = ["Budget breakfast", "Budget briefing"]
"Global Tax Policy Forum Dublin 2026" = ["Global Tax Policy Forum", "GTPF"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 12
"""

# The reminder kinds re-send these invitations unchanged.
_A_REFERRAL = ("Brendan Hegarty", "Managing Director at Hegarty Haulage", "Mullingar, Ireland")
_A_REFERRAL_NOTE = (
    "Siobhan, Declan O'Sullivan passed on your name. We're a family-owned haulage company "
    "starting to think about handing over to the next generation, and he said you're the "
    "person to talk to about the tax side. Would you have time for a call in the next few weeks?"
)
_B_REFERRAL = ("Tomás Ó Briain", "Founder & CEO at Clearwave Analytics", "Dublin, Ireland")
_B_REFERRAL_NOTE = (
    "Hi Siobhan, Aoife mentioned you might be open to a coffee. I'm setting up a holding "
    "structure over our two Irish subsidiaries and she thought you'd be the right person to "
    "sanity-check it before we commit."
)

ACCOUNTANT_CASES: list[Case] = [
    # -- pass a: likely accept -----------------------------------------------------------------
    case(
        "a001-met-conference",
        "classic",
        "en",
        ("Gráinne Doyle", "Tax Senior at Baker Tilly Ireland", "Cork, Ireland"),
        "Siobhan, hello from the woman who spilled coffee on your programme at the ITI "
        "conference in Killarney! Sorry again, and thanks for being so nice about it.",
        LIKELY,
        ("met_in_person",),
        comment="event named by the alias 'ITI conference'",
    ),
    case(
        "a002-same-org-current",
        "modern",
        "en",
        ("Rory Keane", "Indirect Tax Manager", "Cork, Ireland"),
        "Hi Siobhan, I started in the FWC Cork office on Monday (indirect tax). Looking forward "
        "to working with the Dublin team!",
        LIKELY,
        ("same_organization",),
        mutual=9,
        comment="her firm named only by the abbreviation 'FWC' (an alias)",
    ),
    case(
        "a003-same-org-past",
        "classic",
        "en",
        ("Fiona Devlin", "Head of Tax at Glanbia", "Kilkenny, Ireland"),
        "Ex-Grant Thornton (Dublin tax, 2011-14). Small world!",
        LIKELY,
        ("same_organization",),
        comment="terse; past organization",
    ),
    case(
        "a004-same-industry",
        "modern",
        "en",
        ("Pádraig Moran", "Principal at Moran Tax Advisers", "Galway, Ireland"),
        "Dear Ms Murphy, I am a chartered tax adviser with a small practice in Galway and would "
        "value connecting with senior practitioners in the profession. Kind regards, Pádraig",
        LIKELY,
        ("same_industry",),
        mutual=3,
    ),
    case(
        "a005-shared-interest",
        "classic",
        "en",
        ("Shane Lynch", "Finance Director at Medira Devices", "Galway, Ireland"),
        "Siobhan, your article in the Irish Tax Review on the R&D credit changes was spot on. "
        "I'm wrestling with exactly the same questions for our product pipeline.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "a006-same-group",
        "modern",
        "en",
        ("Katarzyna Nowak", "Tax Associate at Forvis Mazars", "Dublin, Ireland"),
        "Hello Siobhan, I am also member of Women in Tax Ireland since last year. I was at the "
        "mentoring evening but we did not speak. Happy to be connected.",
        LIKELY,
        ("same_groups",),
        mutual=6,
        comment="non-native English; 'we did not speak', so not met in person",
    ),
    case(
        "a007-mutual-referral",
        "classic",
        "en",
        _A_REFERRAL,
        _A_REFERRAL_NOTE,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="a prospective client asking for advice, not a pitch",
    ),
    case(
        "a008-alumni",
        "modern",
        "en",
        ("Ciara Byrne", "Legal Counsel at Ryanair", "Dublin, Ireland"),
        "UCD Commerce class of '04 here too 🎓 Hope the tax world is treating you well!",
        LIKELY,
        ("fellow_alumni",),
        mutual=2,
    ),
    case(
        "a009-specific-radio",
        "classic",
        "en",
        ("Orla Dunne", "Producer at Newstalk", "Dublin, Ireland"),
        "Hello Siobhan, I produce the business slot on the breakfast show and we'd love a tax "
        "partner to talk listeners through the Budget measures live the morning after. Could I "
        "send you the details?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "a010-specific-question",
        "modern",
        "en",
        ("Jack Whelan", "CTA candidate", "Dublin, Ireland"),
        "Siobhan, one for you if you have a minute: does your firm take on trainees who've done "
        "the CTA but not the ACA? I'm trying to plan my next two years.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "a011-met-es",
        "modern",
        "en",
        ("Marta Gil", "Asociada sénior de fiscalidad internacional en Garrigues", "Madrid, Spain"),
        "Hola Siobhan, coincidimos en la cena del congreso de fiscalidad internacional en Madrid "
        "y hablamos un buen rato de precios de transferencia. ¡Un placer conocerte!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "a012-alumni-de",
        "classic",
        "en",
        ("Tobias Hartmann", "Leiter Steuern at Siemens Healthineers", "Erlangen, Germany"),
        "Hallo Siobhan, ich habe 2010 meinen MBA an der Smurfit School gemacht, wir waren also "
        "fast im selben Jahrgang. Ich würde mich über den Kontakt freuen!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "a013-met-panel",
        "modern",
        "en",
        ("Neil Farrell", "Group Tax Manager at Kingspan", "Cavan, Ireland"),
        "Thank you for taking my question after the panel on the global minimum tax at the "
        "Shelbourne last Thursday, it really helped.",
        LIKELY,
        ("met_in_person",),
        mutual=12,
        comment="the event is described, not named; they spoke after the panel",
    ),
    case(
        "a014-specific-it",
        "classic",
        "en",
        ("Chiara Ferri", "Coordinatrice Master in Fiscalità Internazionale", "Milano, Italy"),
        "Ciao Siobhan, coordino un master in fiscalità internazionale a Milano e vorrei "
        "invitarti a tenere una lezione online sulla tassazione delle multinazionali in Irlanda.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "a015-reminder-of-a007",
        "classic",
        "en",
        _A_REFERRAL,
        _A_REFERRAL_NOTE,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="reminder of a007: the same invitation re-sent (the builder has no reminder "
        "subject)",
    ),
    case(
        "a016-no-auth-header-met",
        "classic",
        "en",
        ("Eamon Kinsella", "Partner at Kinsella & Co Solicitors", "Wexford, Ireland"),
        "Siobhan, lovely to put a face to the name at the Budget breakfast on Wednesday. I'll "
        "send on that article about the CGT relief as promised.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "a017-markup-met",
        "classic",
        "en",
        ("Deirdre Nolan", "Audit Partner at Nolan Crowley", "Dublin, Ireland"),
        "<b>Siobhan</b>, we sat beside each other at the <i>Chartered Accountants Ireland</i> "
        "dinner & talked about <u>hurling</u> all night! <script>document.location='x'</script>",
        LIKELY,
        ("met_in_person",),
        comment="markup in the note must be shown as text; attending a dinner does not say "
        "she is a member, so only met in person",
    ),
    case(
        "a018-base64-alumni",
        "classic",
        "en",
        ("Louise Tierney", "Marketing Director at Bord Bia", "Dublin, Ireland"),
        "Another Mount Anville girl! Saw it on your profile, I was a few years behind you. "
        "Would love to connect.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    # -- pass a: needs a look ------------------------------------------------------------------
    case(
        "a101-pitch-saas",
        "modern",
        "en",
        ("Josh Carter", "Growth Lead at TaxPilot AI", "London, United Kingdom"),
        "Hi Siobhan, we've built an AI assistant that drafts tax memos from Revenue eBriefs in "
        "seconds. Firms like yours save 10+ hours a week. Worth a 20-min demo?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "a102-pitch-agency",
        "classic",
        "en",
        ("Maricel Santos", "Business Development at LedgerBridge Outsourcing", "Manila"),
        "Siobhan, our Manila team handles year-end accounts and Form 11 prep for Irish "
        "practices at €16/hour, fully GDPR-compliant. Shall I send over our rate card?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "a103-weak-same-org-headline",
        "classic",
        "en",
        ("Eoin Fitzgerald", "Audit Manager at Fitzwilliam Carey", "Dublin, Ireland"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names my current firm (weak)",
    ),
    case(
        "a104-weak-mutual",
        "modern",
        "en",
        ("Gavin Rooney", "Operations Director at Kerry Foods", "Tralee, Ireland"),
        None,
        LOOK,
        mutual=31,
        comment="no note; 31 connections in common (weak)",
    ),
    case(
        "a105-spoof-good-note",
        "classic",
        "en",
        ("Helen Markey", "Tax Manager at EY Ireland", "Dublin, Ireland"),
        "Hi Siobhan, we met at the ITI conference. I've shared the slides through a secure "
        "link, please sign in with your Microsoft account to view them.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-invites.ie",
        comment="look-alike sender domain: flagged whatever the note claims (met in person); "
        "answers left empty as in the samples' spoofs",
    ),
    case(
        "a106-weak-industry-headline",
        "classic",
        "en",
        ("Darren Quigley", "Senior Tax Consultant | Corporate & International Tax", "Dublin"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "a107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Alan Corrigan", "Financial Controller", "Dublin, Ireland"),
        "Siobhan, UCD Smurfit class of 2009 like you! Please review the engagement letter I "
        "sent through DocuSign before Friday.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the alumni claim is not trusted",
    ),
    # -- pass a: generic -----------------------------------------------------------------------
    case(
        "a201-stock-en",
        "classic",
        "en",
        ("Niall Hennessy", "Sales Associate at Brown Thomas", "Dublin, Ireland"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "a202-stock-es",
        "classic",
        "en",
        ("Álvaro Ruiz", "Ingeniero de software en Indra", "Madrid, Spain"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "a203-stock-it",
        "classic",
        "en",
        ("Luca Conti", "Responsabile commerciale presso Lavazza", "Torino, Italy"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "a204-modern-no-note",
        "modern",
        "en",
        ("Kyle Brennan", "Entrepreneur | Podcaster | Dreamer", "Austin, Texas"),
        None,
        GENERIC,
    ),
    case(
        "a205-custom-vague",
        "modern",
        "en",
        ("Sarah Whitmore", "HR Generalist at Primark", "Reading, United Kingdom"),
        "Hi Siobhan, I've been following your career and I'm always keen to connect with "
        "inspiring leaders. Hope to connect!",
        GENERIC,
        mutual=1,
    ),
    case(
        "a206-custom-vague-2",
        "classic",
        "en",
        ("Rahul Verma", "Business Development Executive at Sunrise Exports", "Pune, India"),
        "Dear Siobhan, I am growing my network with professionals from Ireland and all Europe. "
        "It will be honour to be connected with you.",
        GENERIC,
        comment="non-native English; says nothing specific",
    ),
    case(
        "a207-old-stock-signed",
        "classic",
        "en",
        ("Liam Byrne", "Retired civil engineer", "Naas, Ireland"),
        STOCK["en"] + "\n- Liam Byrne",
        GENERIC,
    ),
    case(
        "a208-stock-de",
        "classic",
        "en",
        ("Stefan Keller", "Vertriebsleiter bei Bosch", "München, Germany"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "a209-stock-fr",
        "classic",
        "en",
        ("Julien Moreau", "Chef de projet chez Capgemini", "Lyon, France"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "a210-custom-vague-3",
        "modern",
        "en",
        ("Megan Doherty", "Student at Dublin Business School", "Dublin, Ireland"),
        "Hope all's well with you, Siobhan! Let's be connected 🙂",
        GENERIC,
        comment="headline names a Dublin business school that is not one of mine",
    ),
    case(
        "a211-stock-pt",
        "classic",
        "en",
        ("Beatriz Almeida", "Gerente de marketing na Natura", "São Paulo, Brazil"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- pass a: the damaged samples' kinds, as plain emails -------------------------------------
    case(
        "a402-same-group",
        "classic",
        "en",
        ("Joris Bakker", "International Tax Director at Medtronic", "Dublin, Ireland"),
        "Hi Siobhán, I joined the IFA's Irish branch this year after moving over from "
        "Rotterdam. It'd be good to know a few more faces before the next branch meeting.",
        LIKELY,
        ("same_groups",),
        comment="kind of 402 (same group); he joined a group I belong to",
    ),
    case(
        "a403-shared-interest",
        "modern",
        "en",
        ("Ruth Callaghan", "Transfer Pricing Manager at AbbVie", "Cork, Ireland"),
        "Siobhan, I look after transfer pricing documentation for our Irish entities and would "
        "love to swap notes on how people are handling the DEMPE questions from Revenue.",
        LIKELY,
        ("shared_interests", "same_industry"),
        mutual=4,
        comment="kind of 403 (shared interest)",
    ),
    # -- pass b: likely accept -----------------------------------------------------------------
    case(
        "b001-met-event-described",
        "modern",
        "en",
        ("Cathal Brady", "Tax Manager at Brady Kennedy", "Dundalk, Ireland"),
        "Siobhan, it was the Institute's big annual get-together down in Killarney, the Saturday "
        "morning session on residence rules. I was the one at the back who asked you about "
        "split-year relief. Would be great to stay in contact.",
        LIKELY,
        ("met_in_person",),
        mutual=5,
        comment="the event is described, not named; he put a question to her in the room, "
        "which I count as having met",
    ),
    case(
        "b002-same-org-chatty",
        "classic",
        "en",
        ("Emma Kavanagh", "Graduate Tax Trainee", "Dublin, Ireland"),
        "Hi Siobhan! Hope you had a good weekend. I'm finally through my first fortnight of "
        "induction and I know where the good coffee is 😄 I'm the new graduate in the "
        "Fitzwilliam Carey private clients team, so I'm sure our paths will cross on the fourth "
        "floor.",
        LIKELY,
        ("same_organization",),
        comment="chatty: the reason comes in the third sentence",
    ),
    case(
        "b003-same-org-past-revenue",
        "modern",
        "en",
        ("Michael Fahy", "Tax Director at Fahy Ryan", "Limerick, Ireland"),
        "Siobhan, I was in the Large Cases Division in Dublin Castle until 2019; I think you "
        "were two corridors over in your Revenue days. In practice in Limerick now.",
        LIKELY,
        ("same_organization",),
        mutual=7,
        comment="'your Revenue days' = the Office of the Revenue Commissioners, which is past "
        "organization of mine; not spelled as any alias",
    ),
    case(
        "b004-same-industry-terse",
        "classic",
        "en",
        ("Gareth McCann", "Director at McCann Tax", "Belfast, United Kingdom"),
        "Tax adviser too, Belfast side. Always good to know people across the border.",
        LIKELY,
        ("same_industry",),
        comment="terse",
    ),
    case(
        "b005-shared-interest-non-native",
        "modern",
        "en",
        ("Agnieszka Wójcik", "VAT Specialist", "Warsaw, Poland"),
        "Hello Siobhan, I am working since 5 years on VAT for e-commerce platforms and I see "
        "you speak often about this topic. Would be glad to exchange about the OSS regime.",
        LIKELY,
        ("shared_interests", "same_industry"),
        mutual=1,
        comment="non-native English",
    ),
    case(
        "b006-same-group-first-name",
        "classic",
        "en",
        ("Sinéad Gallagher", "Senior Manager, Financial Reporting at CRH", "Dublin, Ireland"),
        "Siobhan, I've just joined the CAI Leinster Society committee with you for this term. "
        "Niamh said you'd show me the ropes!",
        LIKELY,
        ("same_groups", "mutual_connection"),
        comment="group by the abbreviation 'CAI'; the mutual contact (Niamh Kelly) by first "
        "name only",
    ),
    case(
        "b007-mutual-first-name",
        "modern",
        "en",
        _B_REFERRAL,
        _B_REFERRAL_NOTE,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        mutual=3,
        comment="mutual contact (Aoife Brennan) by first name only; a prospective client, not "
        "a pitch",
    ),
    case(
        "b008-alumni-belfield",
        "classic",
        "en",
        ("Conor Maguire", "Head of Sales at Musgrave", "Cork, Ireland"),
        "Hiya Siobhan, we were in Belfield at the same time, Commerce '03 for me. I remember "
        "you from the Accounting Society! 🙂",
        LIKELY,
        ("fellow_alumni",),
        comment="Belfield is UCD's campus; not an alias in the checklist",
    ),
    case(
        "b009-specific-formal",
        "modern",
        "en",
        ("Conor Phelan", "Policy Manager at Dublin Chamber", "Dublin, Ireland"),
        "Dear Ms Murphy, On behalf of the Chamber's SME council, I would like to invite you to "
        "address our members on the new participation exemption for foreign dividends at our "
        "March lunch. I would be grateful for the opportunity to discuss this with you. Yours "
        "sincerely, Conor Phelan",
        LIKELY,
        ("specific_reason",),
        mutual=8,
        comment="formal",
    ),
    case(
        "b010-specific-emoji",
        "classic",
        "en",
        ("Bernadette Walsh", "Practice Manager at Seapoint Dental", "Dún Laoghaire, Ireland"),
        "Hi Siobhan 👋 Is FitzCarey running the summer internship again this year? My daughter's "
        "in 2nd year Commerce and keen to apply 🙏",
        LIKELY,
        ("specific_reason",),
        comment="names my firm by alias, but as the subject of her question, not as a shared "
        "organization",
    ),
    case(
        "b011-met-es",
        "classic",
        "en",
        ("Javier Morales", "Socio de fiscalidad en Cuatrecasas", "Barcelona, Spain"),
        "¡Hola Siobhan! Qué gusto haberte conocido en el Foro de Política Fiscal Global en "
        "Dublín. Sigo dándole vueltas a lo que comentaste sobre el Pilar Dos.",
        LIKELY,
        ("met_in_person",),
        comment="the Global Tax Policy Forum, named in Spanish",
    ),
    case(
        "b012-alumni-de",
        "modern",
        "en",
        ("Katrin Vogel", "Steuerberaterin bei KPMG", "Frankfurt am Main, Germany"),
        "Hallo Siobhan, ich habe 2006 am UCD meinen Master in Accounting gemacht, wir sind also "
        "beide Absolventinnen aus Belfield. Liebe Grüße aus Frankfurt!",
        LIKELY,
        ("fellow_alumni",),
        mutual=4,
    ),
    case(
        "b013-met-session-terse",
        "classic",
        "en",
        ("Paul Cunningham", "CFO at Tirlán", "Kilkenny, Ireland"),
        "Enjoyed our chat by the coffee urn after the Pillar 2 session yesterday. Thanks for the "
        "tips!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "b014-specific-it",
        "modern",
        "en",
        ("Alessandro Greco", "Amministratore delegato di Greco Meccanica", "Bologna, Italy"),
        "Buongiorno Siobhan, la nostra azienda sta valutando di aprire una sede a Dublino e "
        "vorremmo una consulenza sugli aspetti fiscali. Sarebbe disponibile per una breve "
        "chiamata?",
        LIKELY,
        ("specific_reason",),
        comment="a prospective client asking for advice, not a pitch",
    ),
    case(
        "b015-reminder-of-b007",
        "modern",
        "en",
        _B_REFERRAL,
        _B_REFERRAL_NOTE,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        mutual=3,
        comment="reminder of b007: the same invitation re-sent (the builder has no reminder "
        "subject)",
    ),
    case(
        "b016-no-auth-header-met",
        "modern",
        "en",
        ("Yvonne Daly", "Head of Finance at Dublin Port Company", "Dublin, Ireland"),
        "Siobhan, the lady with the broken umbrella outside the Convention Centre after the "
        "Budget briefing! Thanks for sharing yours 😂 Do keep in touch.",
        LIKELY,
        ("met_in_person",),
        mutual=5,
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "b017-markup-met",
        "modern",
        "en",
        ("Hannah Reilly", "Tax Senior <em>@</em> PwC Ireland", "Dublin, Ireland"),
        "Siobhan, <img src=x onerror=alert(1)> we shared a table at the Women in Tax lunch in "
        "the Merrion on Friday & swapped cards.",
        LIKELY,
        ("met_in_person",),
        mutual=2,
        comment="markup in the note and the headline must be shown as text; attending the "
        "lunch does not say she is a member, so only met in person",
    ),
    case(
        "b018-base64-alumni",
        "modern",
        "en",
        ("Kevin Duffy", "Finance Business Partner at Diageo", "Dublin, Ireland"),
        "Smurfit MAcc 2007, same cohort as you I think? Hope you're keeping well!",
        LIKELY,
        ("fellow_alumni",),
        mutual=2,
        base64=True,
    ),
    # -- pass b: needs a look ------------------------------------------------------------------
    case(
        "b101-pitch-saas-group",
        "classic",
        "en",
        ("Mark Sheridan", "Account Executive at Globeline Software", "Dublin, Ireland"),
        "Hi Siobhan, we're both in the ITI, so I hope you don't mind me reaching out. We help "
        "tax teams automate Pillar Two calculations; one Big Four client cut its compliance "
        "effort by 60%. Could I book 15 minutes to walk you through it?",
        LOOK,
        ("same_groups",),
        comment="sales pitch: a red flag whatever else the note answers",
    ),
    case(
        "b102-pitch-agency-emoji",
        "modern",
        "en",
        ("Arjun Mehta", "Founder at GrowthLedger Digital", "Bengaluru, India"),
        "Hello Siobhan 🚀 We are digital marketing agency specialised for accountancy firms: "
        "SEO, LinkedIn ads, lead generation. 20+ qualified leads per month guaranteed! Can I "
        "share our packages?",
        LOOK,
        comment="sales pitch; non-native English",
    ),
    case(
        "b103-weak-past-org-headline",
        "modern",
        "en",
        ("Lorraine Fox", "People & Culture Lead at Grant Thornton", "Dublin, Ireland"),
        None,
        LOOK,
        mutual=4,
        comment="no note; headline names one of my past organizations (weak)",
    ),
    case(
        "b104-weak-mutual-threshold",
        "modern",
        "en",
        ("Barry Nugent", "Director of Operations at Dalata Hotel Group", "Dublin, Ireland"),
        None,
        LOOK,
        mutual=12,
        comment="no note; exactly 12 connections in common, which reaches my threshold (weak)",
    ),
    case(
        "b105-spoof-first-name",
        "modern",
        "en",
        ("Rachel Kenny", "Practice Administrator", "Dublin, Ireland"),
        "Siobhan, Declan asked me to forward the revised fee proposal. Please open the attached "
        "PDF and confirm your email address to access it.",
        LOOK,
        auth="lookalike",
        comment="look-alike sender domain: flagged whatever the note claims (a mutual "
        "contact); answers left empty as in the samples' spoofs",
    ),
    case(
        "b106-weak-industry-headline-id",
        "classic",
        "en",
        ("Dewi Lestari", "Chartered Accountant | Financial Reporting at Sinar Mas", "Jakarta"),
        None,
        LOOK,
        stock="id",
        comment="Indonesian stock note; 'Chartered Accountant' in the headline is my industry "
        "(accounting), though not spelled as it or its aliases (weak)",
    ),
    case(
        "b107-dmarc-fail-referral",
        "classic",
        "en",
        ("Stephen Moore", "Accounts Payable", "Dublin, Ireland"),
        "Hi Siobhan, Aoife Brennan gave me your name regarding the R&D credit claim. Invoice "
        "attached for your approval, please action today.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the referral is not trusted",
    ),
    # -- pass b: generic -----------------------------------------------------------------------
    case(
        "b201-stock-en",
        "classic",
        "en",
        ("Declan Hughes", "Store Manager at Decathlon", "Dublin, Ireland"),
        None,
        GENERIC,
        stock="en2",
        comment="not my contact Declan O'Sullivan",
    ),
    case(
        "b202-stock-es",
        "classic",
        "en",
        ("Lucía Navarro", "Estudiante de Derecho en la Universidad de Sevilla", "Sevilla, Spain"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "b203-stock-it",
        "classic",
        "en",
        ("Giorgio Esposito", "Fotografo freelance", "Napoli, Italy"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "b204-modern-no-note",
        "modern",
        "en",
        ("Tanya Price", "Real Estate Agent | Helping families find their dream home", "Leeds"),
        None,
        GENERIC,
        mutual=3,
    ),
    case(
        "b205-custom-vague-formal",
        "modern",
        "en",
        ("Richard Ashworth", "Senior Consultant at Halden Executive Search", "London"),
        "Dear Siobhan, I would be honoured to connect with you and to follow your professional "
        "updates. With kind regards, Richard",
        GENERIC,
        mutual=2,
        comment="formal but says nothing specific",
    ),
    case(
        "b206-custom-vague-emoji",
        "classic",
        "en",
        ("Jade Martin", "Life Coach | Speaker | Mum of 3", "Manchester, United Kingdom"),
        "🌟 Building a network of positive, driven people! 🌟 Would love to have you in it 🙌",
        GENERIC,
    ),
    case(
        "b207-old-stock-signed",
        "classic",
        "en",
        ("Mairéad Quinn", "Teacher at Scoil Bhríde", "Athlone, Ireland"),
        STOCK["en2"] + "\n- Mairéad Quinn",
        GENERIC,
    ),
    case(
        "b208-stock-de",
        "classic",
        "en",
        ("Florian Becker", "Maschinenbauingenieur bei MAN Energy Solutions", "Augsburg"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "b209-stock-fr",
        "classic",
        "en",
        ("Manon Lefèvre", "Infirmière à l'AP-HP", "Paris, France"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "b210-custom-vague-chatty",
        "modern",
        "en",
        ("Aidan Foley", "Sales Manager at Irish Distillers", "Cork, Ireland"),
        "Hi Siobhan, hope the week's going well and you're getting some of this sunshine! "
        "Always nice to grow the network, so I thought I'd send a request. All the best.",
        GENERIC,
        mutual=5,
        comment="chatty but says nothing specific",
    ),
    case(
        "b211-stock-pt",
        "classic",
        "en",
        ("Rafael Costa", "Analista de sistemas na Totvs", "Porto Alegre, Brazil"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- pass b: the damaged samples' kinds, as plain emails -------------------------------------
    case(
        "b402-same-group",
        "modern",
        "en",
        ("Aisling Power", "Tax Assistant at Crowe Ireland", "Cork, Ireland"),
        "Hi Siobhán, both of us are on the Women in Tax mentoring programme this year (I'm a "
        "mentee in the Cork cohort). Hoping to learn from people further along the road!",
        LIKELY,
        ("same_groups",),
        mutual=8,
        comment="kind of 402 (same group)",
    ),
    case(
        "b403-shared-interest",
        "classic",
        "en",
        ("Seán Ryan", "Agricultural Consultant at Teagasc", "Thurles, Ireland"),
        "Siobhan, I advise farm families in Tipperary on handing the land over to the next "
        "generation, and the tax side is where it always gets stuck. Would be great to compare "
        "how you approach the CAT reliefs.",
        LIKELY,
        ("shared_interests",),
        comment="kind of 403 (shared interest): family business succession, not named as such",
    ),
]

"""Held-out invitations for Priya Raman, audit manager at a mid-size accounting firm in Toronto.

English interface. Priya is a CPA, studied at the University of Waterloo (AFM, then MAcc),
spent her first years in audit at KPMG and now manages engagements at Halloran Whitfield LLP;
she volunteers as treasurer of a food bank. Notes mostly in plain Canadian professional
English, with the samples' share of Spanish, German and Italian notes and of stock notes in
Spanish, Italian, German, French and Portuguese. One invitation for every likely-accept,
needs-a-look and generic sample of tests/fixtures/linkedin (the same kind of case, written from
scratch for this recipient), then a second pass over the same kinds with other writers and
other wording, plus a few kinds the samples lack (a client met at an inventory count, a
prospective client asking for a proposal, a pitch from someone she did meet, a recruiter, a
school-only headline, a note that only repeats her employer back to her, vague praise, a vague
"connections in common" with nobody named). The builder has no reminder, HTML-only,
bad-charset or unterminated-multipart layout: those kinds are written as ordinary invitations
of the same category. Labels follow DESIGN.md's "Categories", as the recipient would judge the
note, written without looking at the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

AUDITOR = Recipient(
    name="Priya Raman",
    address="priya.raman@example.ca",
    headline="Audit Manager, CPA at Halloran Whitfield LLP",
    profile_slug="priya-raman-cpa",
)

AUDITOR_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Priya Raman"
organizations = ["Halloran Whitfield LLP", "KPMG", "Parkdale Community Food Bank"]
schools = ["University of Waterloo"]
industries = ["accounting", "audit", "assurance", "public accounting"]
interests = [
    "IFRS", "audit quality", "data analytics in audit", "ESG reporting",
    "not-for-profit accounting", "mentoring CPA candidates",
]
groups = ["CPA Ontario", "Women in Accounting Canada", "South Asian Professionals Network"]
events = [
    "CPA Ontario Audit & Assurance Conference 2026", "CPA Canada ONE 2026",
    "Waterloo SAF Recruiting Night 2026",
]
contacts = ["Daniel Okafor", "Meera Iyer", "Tom Kowalczyk"]

# Other names people use for the same thing.
[aliases]
"Halloran Whitfield LLP" = ["Halloran Whitfield", "Halloran", "HW LLP"]
"KPMG" = ["KPMG LLP", "KPMG Canada"]
"Parkdale Community Food Bank" = ["Parkdale Food Bank"]
"University of Waterloo" = ["UWaterloo", "Waterloo", "U of Waterloo", "UW"]
"CPA Ontario" = ["CPAO", "Chartered Professional Accountants of Ontario"]
"Women in Accounting Canada" = ["WIA Canada"]
"South Asian Professionals Network" = ["SAPN", "SAPN Toronto"]
"CPA Ontario Audit & Assurance Conference 2026" = [
    "Audit & Assurance Conference", "Audit and Assurance Conference", "A&A Conference",
]
"CPA Canada ONE 2026" = ["ONE 2026", "ONE conference", "the ONE conference"]
"Waterloo SAF Recruiting Night 2026" = ["SAF recruiting night", "Waterloo recruiting night"]
"data analytics in audit" = ["audit analytics", "audit data analytics"]
"ESG reporting" = ["ESG assurance", "sustainability reporting"]
"not-for-profit accounting" = ["not-for-profit audits", "NFP audits", "charity audits"]
"mentoring CPA candidates" = ["CPA mentorship", "mentoring CPA students"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 12
"""

_REFERRAL = (
    "Daniel Okafor suggested I reach out to you about the audit of our first financial "
    "statements since we became a registered charity."
)
_REFERRAL_2 = (
    "Hi Priya, Meera Iyer said you'd be the right person to ask about moving from Big Four audit "
    "to a mid-size firm. Would you have 20 minutes for a coffee chat sometime this month?"
)

AUDITOR_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-conference",
        "classic",
        "en",
        ("Kevin Tran", "Senior Auditor at Fenwick & Lowe LLP", "Mississauga, Ontario"),
        "Hi Priya, it was nice to meet you at the CPA Ontario Audit & Assurance Conference. We "
        "talked about going-concern assessments over lunch on the second day. Hope to stay in "
        "touch!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        ("Simran Kaur", "Staff Accountant at Halloran Whitfield LLP", "Toronto, Ontario"),
        "Hi Priya, I just joined the assurance group at Halloran Whitfield and would love to "
        "connect with the managers I'll be working with this busy season.",
        LIKELY,
        ("same_organization",),
        mutual=14,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Marc Bélanger", "Controller at Northbridge Logistics", "Oakville, Ontario"),
        "Priya, we were both in KPMG's Toronto audit group around 2016, I was on the banking "
        "clients. It's been a while, would be great to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        ("Denise Lavoie", "Partner at Morgan Reyes CPA Professional Corporation", "Ottawa"),
        "Hello Priya, I manage the assurance practice at a small firm in Ottawa. I like to keep "
        "in touch with other audit managers in public practice and share what works.",
        LIKELY,
        ("same_industry",),
        mutual=3,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Graham Fitzpatrick", "Analytics Lead at Ledgerline Advisory", "Calgary, Alberta"),
        "Hi Priya, your article on testing the full journal entry population with audit "
        "analytics instead of sampling was really useful. My team is trying to do the same this "
        "year.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Chiamaka Nwosu", "Senior Manager, Assurance at Baxter Lane LLP", "Toronto, Ontario"),
        "Hi Priya, I'm also in Women in Accounting Canada and saw your comment about coming back "
        "to audit after parental leave. Thanks for sharing it so openly.",
        LIKELY,
        ("same_groups",),
        mutual=6,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        ("Rebecca Saunders", "Executive Director at Harbourfront Youth Arts", "Toronto"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="a prospective client asking about an audit: a request, not a pitch",
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Jenna Park", "Tax Manager at Sun Life", "Waterloo, Ontario"),
        "Hi Priya! Another Waterloo AFM grad here (2013). Nice to see you doing well in audit.",
        LIKELY,
        ("fellow_alumni",),
        mutual=2,
    ),
    case(
        "009-specific-speaker",
        "classic",
        "en",
        (
            "Jasmine Wong",
            "VP Events, Accounting Students' Association at Toronto Metropolitan University",
            "Toronto",
        ),
        "Hi Priya, I organize the speaker series for our accounting students' association at TMU "
        "and we'd love to have an audit manager talk to our members in January. Would you be "
        "open to it?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Omar Farouk", "Senior Accountant at Lakeshore Foods", "Etobicoke, Ontario"),
        "Priya, quick question for you: does your firm ever take on people from industry who "
        "still need their CPA assurance hours? Any advice would help.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        ("Valeria Méndez", "Gerente de Auditoría en Salas Ortega Contadores", "Ciudad de México"),
        "Hola Priya, coincidimos en la mesa sobre aseguramiento ESG en la conferencia ONE de CPA "
        "Canada. Me gustaría que siguiéramos en contacto.",
        LIKELY,
        ("met_in_person",),
        mutual=1,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Felix Brandt", "Wirtschaftsprüfer bei Schäfer & Roth GmbH", "Frankfurt am Main"),
        "Hallo Priya, ich habe auch an der University of Waterloo studiert (MAcc 2015) und bin "
        "jetzt Prüfer in Frankfurt. Ich würde mich über den Kontakt freuen.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-session",
        "modern",
        "en",
        ("Emily Chow", "Audit Senior at Marlow Kent LLP", "Markham, Ontario"),
        "Really enjoyed your session on lease accounting at the Audit & Assurance Conference, "
        "and thanks for staying after to answer my questions!",
        LIKELY,
        ("met_in_person",),
        mutual=9,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        (
            "Francesca Moretti",
            "Responsabile amministrativa presso Moretti Alimentari S.p.A.",
            "Bologna",
        ),
        "Buongiorno Priya, stiamo aprendo una filiale a Toronto e cerchiamo un revisore per il "
        "primo bilancio canadese. Possiamo sentirci per capire se il vostro studio se ne occupa?",
        LIKELY,
        ("specific_reason",),
        comment="a prospective client asking for an auditor: a request, not a pitch",
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        ("Rebecca Saunders", "Executive Director at Harbourfront Youth Arts", "Toronto"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="re-sent invitation of 007 (the builder has no reminder layout): same inviter "
        "and note",
    ),
    case(
        "016-no-auth-header-met",
        "classic",
        "en",
        ("Sean Gallagher", "Finance Director at Kingsway Property Group", "Toronto"),
        "Hi Priya, good to meet you at the audit planning meeting on Tuesday. Looking forward to "
        "working with your team on this year's file.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-name-and-note",
        "classic",
        "en",
        ("Ravi <b>Menon</b>", "Co-op Student, Accounting and Financial Management", "Waterloo"),
        "<script>alert('x')</script> Hi Priya, we met at the SAF recruiting night & talked about "
        "<i>co-op terms in audit</i>.",
        LIKELY,
        ("met_in_person",),
        comment="name and note contain markup that must be shown as text, never executed (the "
        "builder cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Ayesha Siddiqui", "Senior Financial Analyst at Hydro One", "Toronto"),
        "Priya, saw we both did our MAcc at UWaterloo, I was in the 2017 cohort. I'm at Hydro "
        "One now.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "en",
        ("Lars Eriksen", "Quality Manager at Dunmore Clarke LLP", "London, Ontario"),
        "Hi Priya — I'm also a CPA Ontario member and sit on one of their practice committees. "
        "Would be good to talk about how mid-size firms are handling the new quality "
        "management standard.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "en",
        ("Leila Rahimi", "Audit Manager at Cedarvale Partners", "Hamilton, Ontario"),
        "Hi Priya, most of my audit files are charities and not-for-profits as well. Always "
        "looking for better ways to test restricted donations if you're up for swapping ideas.",
        LIKELY,
        ("same_industry", "shared_interests"),
        mutual=5,
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Brandon Hughes", "Account Executive at ConfirmFlow", "Austin, Texas"),
        "Hi Priya, ConfirmFlow automates bank and AR confirmations for audit firms and cuts "
        "fieldwork by up to 40%. Could I show you how it works in a short demo?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "en",
        ("Carla Mendes", "Business Development at LedgerBridge Outsourcing", "Toronto"),
        "Priya, we supply trained audit associates from our Manila delivery centre to Canadian "
        "firms for busy season at a fraction of local cost. Happy to share a rate card.",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Gloria Estrada", "Facilities Coordinator at Halloran Whitfield LLP", "Toronto"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names one of my organizations (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Wei Zhang", "Operations Manager at Maple Leaf Foods", "Brampton, Ontario"),
        None,
        LOOK,
        mutual=26,
        comment="no note; 26 connections in common, threshold 12 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Melissa Grant", "Engagement Coordinator", "Toronto"),
        "Hi Priya, great to see you at the ONE conference. I uploaded the engagement letter we "
        "discussed, please verify your login to download it.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-notify.com",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "106-weak-industry-headline",
        "classic",
        "en",
        ("Trevor Boyd", "Bookkeeper | Accounting Services for Small Business", "Barrie, Ontario"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Dmitri Volkov", "Managing Partner at Crestmoor Capital", "Dubai"),
        "Priya, fellow Waterloo grad here. Urgent: the payment file for your client is attached, "
        "please review before Friday.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Curtis Nolan", "Sales Representative at Royal LePage", "Scarborough, Ontario"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Santiago Herrera", "Ejecutivo Comercial en Seguros Bolívar", "Bogotá, Colombia"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Luca Ferrara", "Agente di commercio presso Lavazza", "Torino, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Chad Powell", "Founder | Real Estate Investor | Mindset Coach", "Vaughan, Ontario"),
        None,
        GENERIC,
        mutual=2,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Brooke Sullivan", "Marketing Coordinator at Indigo Books", "Toronto"),
        "Hi Priya, your profile came up in my feed and I thought I'd reach out to connect.",
        GENERIC,
        mutual=1,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Tyson Reed", "Entrepreneur | Growth Strategist", "Vancouver, British Columbia"),
        "Hello! I'm building a network of driven professionals in the GTA and you seemed like a "
        "great fit.",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Mark Dawson", "Insurance Broker at Dawson Group", "Burlington, Ontario"),
        "I'd like to add you to my professional network on LinkedIn.\n- Mark Dawson",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Tobias Krüger", "Vertriebsleiter bei Bosch", "Stuttgart"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Élodie Girard", "Conseillère en immobilier chez Century 21", "Lyon"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Kyle Bennett", "Store Manager at Best Buy", "Richmond Hill, Ontario"),
        "Hi Priya, hope your week is going well. Would be great to connect.",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Rafael Costa", "Gerente Comercial na Natura", "São Paulo, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-inventory-count",
        "classic",
        "en",
        ("Tony Ferreira", "Warehouse Manager at Northgate Distribution", "Brampton, Ontario"),
        "Priya, it was good meeting you at the year-end inventory count at our Brampton "
        "warehouse on Saturday. Thanks for your patience with all the count sheets!",
        LIKELY,
        ("met_in_person",),
        comment="a client's manager she met at the count she attended",
    ),
    case(
        "022-same-org-current-alias",
        "modern",
        "en",
        ("Daniel Szabo", "Senior Associate, Assurance", "Toronto, Ontario"),
        "Hi Priya, I moved over to Halloran's Toronto office from the Kitchener team last month. "
        "Looks like we'll be on the Kingsway audit together!",
        LIKELY,
        ("same_organization",),
        mutual=8,
    ),
    case(
        "023-same-org-past-alias",
        "classic",
        "en",
        ("Olivia Brennan", "Director of Finance at Greenbelt Homes", "Guelph, Ontario"),
        "Priya! We started in the same KPMG audit intake back in 2014, I was in the Waterloo "
        "office. Would love to reconnect.",
        LIKELY,
        ("same_organization",),
        comment="the Waterloo here is an office, not her school",
    ),
    case(
        "024-same-industry",
        "modern",
        "en",
        ("Connor MacIsaac", "Audit Senior at Grant & Doucette", "Halifax, Nova Scotia"),
        "Hi Priya, I'm an audit senior at a regional firm in Halifax and I'm trying to connect "
        "with more people in public accounting across the country.",
        LIKELY,
        ("same_industry",),
        mutual=2,
    ),
    case(
        "025-shared-interest",
        "classic",
        "en",
        ("Mei Lin Zhao", "MAcc Candidate at Queen's University", "Kingston, Ontario"),
        "Hi Priya, your post on what ESG assurance will mean for mid-size firms was spot on. My "
        "master's research is on sustainability reporting and I'd love to follow your work.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group",
        "modern",
        "en",
        ("Arjun Mehta", "Risk Consultant at Scotiabank", "Toronto, Ontario"),
        "Hi Priya, I'm on the SAPN Toronto events committee and saw you signed up for the "
        "mentorship evening. Always good to connect with another member!",
        LIKELY,
        ("same_groups",),
        mutual=4,
    ),
    case(
        "027-mutual-referral",
        "classic",
        "en",
        ("Jordan Tsang", "Audit Senior Associate at KPMG", "Toronto"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "028-alumni-alias",
        "modern",
        "en",
        ("Sophie Leclerc", "Policy Analyst at Ontario Ministry of Finance", "Toronto"),
        "Priya, I see we're both uWaterloo grads! I finished AFM in 2019. Hope busy season is "
        "kind to you.",
        LIKELY,
        ("fellow_alumni",),
        mutual=1,
    ),
    case(
        "029-specific-interview",
        "classic",
        "en",
        ("Ben Harrington", "Reporter at The Globe and Mail", "Toronto"),
        "Hello Priya, I cover the accounting profession for The Globe and Mail and I'm working "
        "on a story about audit staff shortages at mid-size firms. Could I interview you "
        "briefly this week?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "030-specific-prospective-client",
        "modern",
        "en",
        ("Karen Osei", "CFO at Brightwater Dental Group", "Mississauga, Ontario"),
        "Hi Priya, we're looking to change auditors for our March year-end and your firm was "
        "recommended to us. Could we set up a call to talk about scope and timing?",
        LIKELY,
        ("specific_reason",),
        mutual=3,
        comment="a prospective client asking for a proposal: a request, not a pitch; the "
        "recommender is not named",
    ),
    case(
        "031-met-es",
        "modern",
        "en",
        ("Andrés Castillo", "Socio de Auditoría en Castillo & Vega", "Lima, Perú"),
        "Hola Priya, nos tocó la misma mesa en la cena de la conferencia de auditoría en Toronto. "
        "Fue un gusto conversar contigo sobre auditorías de ONG.",
        LIKELY,
        ("met_in_person",),
        mutual=2,
    ),
    case(
        "032-alumni-de",
        "modern",
        "en",
        ("Katharina Vogel", "Referentin Konzernrevision bei Allianz", "München"),
        "Guten Tag Priya, ich war von 2012 bis 2016 an der Uni Waterloo und arbeite jetzt in der "
        "Konzernrevision in München. Schön, jemanden aus Waterloo hier zu finden!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "033-met-recruiting-night",
        "modern",
        "en",
        ("Ethan Nguyen", "AFM Student at University of Waterloo", "Waterloo, Ontario"),
        "Loved your talk at the Waterloo recruiting night, and thanks for answering all my "
        "questions about the audit stream afterwards!",
        LIKELY,
        ("met_in_person",),
        mutual=3,
        comment="he spoke with her after her talk: a meeting, however brief",
    ),
    case(
        "034-specific-it",
        "modern",
        "en",
        ("Alessandro Conti", "Socio presso Conti Ferri Revisori Associati", "Milano"),
        "Ciao Priya, sono socio di uno studio di revisione a Milano. Un nostro cliente ha una "
        "controllata in Ontario e cerchiamo un revisore locale per il group audit. Ti andrebbe "
        "una call?",
        LIKELY,
        ("specific_reason",),
        comment="a referral of audit work to her firm: a request, not a pitch",
    ),
    case(
        "035-resent-of-027",
        "classic",
        "en",
        ("Jordan Tsang", "Audit Senior Associate at KPMG", "Toronto"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="re-sent invitation of 027 (the builder has no reminder layout): same inviter "
        "and note",
    ),
    case(
        "036-no-auth-header-met",
        "classic",
        "en",
        ("Nadia Haddad", "Controller at Lumen Health Clinics", "North York, Ontario"),
        "Priya, great chatting with you at the CPA Ontario networking breakfast this morning. "
        "Let's grab a coffee in the new year.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "037-markup-in-note-and-headline",
        "classic",
        "en",
        ("Owen Fraser", "Senior Manager <i>Audit & Assurance</i> at Pell Watts LLP", "Toronto"),
        "Hi Priya, <b>thanks</b> for the chat at ONE 2026 about <u>revenue recognition</u> "
        '<img src=x onerror="alert(1)">!',
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "en",
        ("Harpreet Gill", "Manager, Financial Reporting at Magna International", "Aurora"),
        "Hi Priya, I also graduated from the University of Waterloo (BMath 2010). Always nice to "
        "see another Warrior in Toronto.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "039-group-dash",
        "classic",
        "en",
        ("Geneviève Roy", "Audit Manager at Berthier Lavoie CPA", "Montréal, Québec"),
        "Priya — saw your post in Women in Accounting Canada about flexible busy-season "
        "schedules. I'm a member too and would love to compare notes.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "040-shared-interest-2",
        "modern",
        "en",
        ("Michael Adeyemi", "Technical Accounting Lead at Ridgeway Energy", "Calgary, Alberta"),
        "Hi Priya, I've been digging into IFRS 18 as well and would love to trade notes on what's "
        "catching people out.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "111-pitch-saas",
        "modern",
        "en",
        ("Alicia Warren", "Sales Director at TickMark Cloud", "Boston, Massachusetts"),
        "Hi Priya, firms like Halloran Whitfield are saving 10+ hours per engagement with our "
        "automated workpaper platform. Worth a quick look?",
        LOOK,
        comment="sales pitch (names her firm, but only as a target)",
    ),
    case(
        "112-pitch-after-meeting",
        "classic",
        "en",
        ("Doug Reynolds", "Account Manager at ProLearn CPD", "Toronto"),
        "Hi Priya, thanks for stopping by the ProLearn table at the Audit & Assurance "
        "Conference! Our firm-wide CPD subscription is 25% off until December, happy to put "
        "together pricing for your team.",
        LOOK,
        ("met_in_person",),
        comment="sales pitch: a red flag whatever else the note answers (they did meet)",
    ),
    case(
        "113-weak-past-org-headline",
        "classic",
        "en",
        ("Janet Cho", "Executive Assistant at KPMG Canada", "Toronto"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my past organizations (weak)",
    ),
    case(
        "114-weak-mutual",
        "modern",
        "en",
        ("Hamid Karimi", "Mortgage Specialist at TD", "Toronto, Ontario"),
        None,
        LOOK,
        mutual=34,
        comment="no note; 34 connections in common, threshold 12 (weak)",
    ),
    case(
        "115-spoof-good-note",
        "modern",
        "en",
        ("Courtney Blake", "HR Coordinator", "Toronto"),
        "Hi Priya, nice meeting you at the CPA Ontario breakfast! The confirmation letter you "
        "asked for is in the secure folder below, just log in with your email to open it.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-securemail.com",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "116-weak-industry-headline",
        "classic",
        "en",
        ("Blair Simmons", "Audit Associate | Assurance", "Winnipeg, Manitoba"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "117-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Raymond Koh", "Director at Orion Bridge Holdings", "Singapore"),
        "Hi Priya, great meeting you at ONE 2026. Kindly open the attached remittance advice.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed meeting is not "
        "counted, as in the samples",
    ),
    case(
        "118-weak-school-headline",
        "modern",
        "en",
        ("Maya Desai", "Student at University of Waterloo", "Waterloo, Ontario"),
        None,
        LOOK,
        mutual=2,
        comment="no note; headline names my school (weak)",
    ),
    case(
        "119-pitch-recruiter",
        "classic",
        "en",
        ("Simon Ashworth", "Senior Consultant at Gulfstar Finance Recruitment", "Dubai"),
        "Hi Priya, I recruit for Big Four and mid-tier firms in the Gulf and have two audit "
        "manager mandates in Dubai with tax-free packages. Worth a quick chat?",
        LOOK,
        comment="recruitment agency pitch",
    ),
    case(
        "120-dmarc-fail-plain-note",
        "modern",
        "en",
        ("Nisha Kapoor", "Audit Manager at Westbrook LLP", "Toronto"),
        "Hi Priya, good to catch up at the WIA Canada mixer last night. Let's keep in touch!",
        LOOK,
        auth="fail",
        mutual=5,
        comment="DKIM and DMARC failed: flagged even though the note itself reads as genuine",
    ),
    case(
        "221-stock-en",
        "classic",
        "en",
        ("Gordon Ellis", "Financial Advisor at Edward Jones", "Pickering, Ontario"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "222-stock-es",
        "classic",
        "en",
        ("Valentina Ríos", "Asesora Comercial en Seguros Pacífico", "Lima, Perú"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "223-stock-it",
        "classic",
        "en",
        ("Giorgio Esposito", "Agente immobiliare presso Tecnocasa", "Napoli, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "224-modern-no-note",
        "modern",
        "en",
        ("Dex Malone", "Dropshipping | Keynote Speaker | Crypto", "Las Vegas, Nevada"),
        None,
        GENERIC,
        mutual=4,
    ),
    case(
        "225-custom-vague",
        "modern",
        "en",
        ("Ashley Dunn", "Sales Associate at Lululemon", "Toronto"),
        "Hello Priya, you showed up in my suggestions and I'd be glad to connect with you.",
        GENERIC,
    ),
    case(
        "226-custom-vague-2",
        "classic",
        "en",
        ("Marcus Vance", "CEO at Lee Ventures", "Los Angeles, California"),
        "Hi there! Love connecting with inspiring professionals across Canada. Let's link up!",
        GENERIC,
    ),
    case(
        "227-old-stock-signed",
        "classic",
        "en",
        ("Sandra Pereira", "Realtor at Keller Williams", "Whitby, Ontario"),
        "I'd like to join your LinkedIn network.\nThanks, Sandra",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "228-stock-de",
        "classic",
        "en",
        ("Jörg Hartmann", "Vertriebsingenieur bei Siemens Healthineers", "Erlangen"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "229-stock-fr",
        "classic",
        "en",
        ("Sophie Gagnon", "Chargée de clientèle chez Desjardins", "Québec"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "230-custom-vague-3",
        "modern",
        "en",
        ("Kelsey Turner", "Customer Success Manager at Shopify", "Ottawa, Ontario"),
        "Hi Priya, hope things are going well for you. Would be nice to connect here.",
        GENERIC,
        mutual=1,
    ),
    case(
        "231-stock-pt",
        "classic",
        "en",
        ("Beatriz Almeida", "Consultora de Vendas na Vivo", "Rio de Janeiro, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    case(
        "232-vague-praise",
        "modern",
        "en",
        ("Tanya Rowe", "Life Coach | Speaker", "Mississauga, Ontario"),
        "Hi Priya, really impressive career you've built! Would be great to be connected.",
        GENERIC,
        mutual=3,
        comment="warm but vague praise: answers nothing",
    ),
    case(
        "233-only-her-employer",
        "modern",
        "en",
        ("Vince Palermo", "Owner at Palermo Renovations", "Etobicoke, Ontario"),
        "Hi Priya, saw that you're an audit manager at Halloran Whitfield. Would be great to have "
        "you in my network.",
        GENERIC,
        mutual=2,
        comment="repeats her employer from her profile; says nothing of his own link to it",
    ),
    case(
        "234-vague-in-common",
        "classic",
        "en",
        ("Derek Lam", "Business Development Manager at Staples", "Toronto"),
        "Hi Priya, I see we share a few connections, so it made sense to connect.",
        GENERIC,
        comment="no one named and no count shown: no mutual connection answered",
    ),
]

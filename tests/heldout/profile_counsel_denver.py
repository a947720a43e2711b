"""Held-out invitations for Megan Clarke, in-house legal counsel at a software company in Denver.

She handles privacy and commercial contracts at Aspenleaf Software, after several years as an
associate at the Denver law firm Whitcomb & Rhodes LLP; she studied at the University of
Colorado Boulder and Georgetown Law. English interface. Notes mostly in plain American English
from lawyers, privacy people, law students, colleagues and vendors, a few in the samples' other
languages (Spanish, German and Italian notes; stock texts in Spanish, Italian, German, French
and Portuguese), in about the samples' proportions. One invitation for every likely-accept,
needs-a-look and generic sample of tests/fixtures/linkedin (the same kind of case, written from
scratch for this recipient), then a second pass over the same kinds with other writers and
other wording, plus a few kinds the samples lack (a note about a talk the writer missed, a
pitch from someone she did meet, a past-firm or school-only headline, a failed sender with a
plain friendly note, vague praise, a note that only repeats her employer back to her, a vague
"connections in common"). The builder has no reminder, HTML-only, bad-charset or
unterminated-multipart layout: those kinds are written as ordinary invitations of the same
category. Labels follow DESIGN.md's "Categories", as the recipient would judge the note,
written without looking at the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

COUNSEL = Recipient(
    name="Megan Clarke",
    address="megan.clarke@example.com",
    headline="Senior Legal Counsel, Privacy & Commercial at Aspenleaf Software",
    profile_slug="megan-clarke-counsel",
)

COUNSEL_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Megan Clarke"
organizations = ["Aspenleaf Software", "Whitcomb & Rhodes LLP"]
schools = ["University of Colorado Boulder", "Georgetown University Law Center"]
industries = ["legal", "in-house counsel", "privacy", "data protection", "technology law"]
interests = [
    "privacy law", "commercial contracts", "AI governance", "GDPR", "Colorado Privacy Act",
    "legal tech", "contract negotiation", "mentoring law students",
]
groups = [
    "IAPP", "Association of Corporate Counsel", "Colorado Bar Association",
    "Colorado Women's Bar Association",
]
events = [
    "IAPP Global Privacy Summit 2026", "ACC Annual Meeting 2026",
    "Silicon Flatirons Privacy Conference 2026",
]
contacts = ["Rachel Okafor", "David Lindqvist", "Sam Whitaker"]

# Other names people use for the same thing.
[aliases]
"Aspenleaf Software" = ["Aspenleaf"]
"Whitcomb & Rhodes LLP" = ["Whitcomb & Rhodes", "Whitcomb and Rhodes", "W&R"]
"University of Colorado Boulder" = [
    "CU Boulder", "CU-Boulder", "University of Colorado at Boulder", "University of Colorado",
]
"Georgetown University Law Center" = ["Georgetown Law", "Georgetown"]
"IAPP" = ["International Association of Privacy Professionals", "IAPP KnowledgeNet"]
"Association of Corporate Counsel" = ["ACC", "ACC Colorado"]
"Colorado Bar Association" = ["Colorado Bar"]
"Colorado Women's Bar Association" = ["CWBA", "Colorado Women's Bar"]
"IAPP Global Privacy Summit 2026" = ["Global Privacy Summit", "IAPP Summit"]
"ACC Annual Meeting 2026" = ["ACC Annual Meeting", "ACCAM26"]
"Silicon Flatirons Privacy Conference 2026" = ["Silicon Flatirons"]
"privacy law" = ["data privacy"]
"commercial contracts" = ["SaaS contracts", "customer contracts", "vendor contracts"]
"AI governance" = ["responsible AI", "AI regulation", "EU AI Act", "Colorado AI Act"]
"GDPR" = ["General Data Protection Regulation"]
"legal tech" = ["legal technology", "contract automation", "CLM"]
"contract negotiation" = ["negotiating contracts"]
"mentoring law students" = ["mentoring young lawyers"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 12
"""

_REFERRAL = (
    "Rachel Okafor said you'd be the right person to ask about setting up a privacy program at "
    "an early-stage startup. Would you have 20 minutes sometime this month?"
)
_REFERRAL_2 = (
    "Hi Megan, David Lindqvist mentioned you've negotiated a lot of enterprise DPAs. I'm new to "
    "in-house work and would be grateful for a short call about how you approach them."
)

COUNSEL_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-privacy-summit",
        "classic",
        "en",
        ("Jason Whitford", "Privacy Counsel at Medline Health", "Chicago, Illinois"),
        "Hi Megan, it was good to talk with you at the IAPP Global Privacy Summit last week. I "
        "sat next to you in the breakout on vendor DPAs. Let's keep in touch!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        ("Alyssa Moreno", "Sales Operations Manager at Aspenleaf Software", "Denver, Colorado"),
        "Hi Megan, I just joined the sales ops team at Aspenleaf Software and I'm meeting the "
        "people I'll be working with on deal reviews. Looking forward to it!",
        LIKELY,
        ("same_organization",),
        mutual=8,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Brian Kowalczyk", "Partner at Kessler Dunn PC", "Denver, Colorado"),
        "Megan, we were associates together at Whitcomb & Rhodes around 2017 (I was in the "
        "litigation group on the 14th floor). Would be nice to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        ("Natalie Brooks", "Associate General Counsel at Carewell Health", "Salt Lake City, Utah"),
        "Hello Megan, I'm in-house counsel at a healthcare software company in Salt Lake and I "
        "always like trading notes with other in-house lawyers.",
        LIKELY,
        ("same_industry",),
        mutual=5,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Owen Gallagher", "Senior Contracts Manager at Pinecrest Analytics", "Austin, Texas"),
        "Hi Megan, I read your post on negotiating AI clauses in customer contracts. I'm drafting "
        "our first AI addendum right now, so it came at a perfect time.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Priya Venkatesh", "Corporate Counsel at Trailhead Payments", "Boulder, Colorado"),
        "Hi Megan, we're both on the ACC Colorado listserv. I really liked your reply in the "
        "thread about liability caps in SaaS deals.",
        LIKELY,
        ("same_groups",),
        mutual=7,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        ("Kevin Tran", "Co-founder & COO at Ledgerlight", "Denver, Colorado"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="asks for advice, offers nothing for sale",
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Lauren Pike", "Director of Finance at Alpine Outfitters", "Golden, Colorado"),
        "Hi Megan! Another CU Boulder grad here (class of 2010). Sko Buffs!",
        LIKELY,
        ("fellow_alumni",),
        mutual=3,
    ),
    case(
        "009-specific-speaker",
        "classic",
        "en",
        (
            "Danielle Foster",
            "Assistant Dean of Career Development at University of Denver Sturm College of Law",
            "Denver, Colorado",
        ),
        "Hi Megan, I run our in-house counsel speaker series at Denver Law and we'd love to have "
        "you talk to students about privacy careers this spring. Could we set up a call?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Marcus Bell", "2L at University of Denver Sturm College of Law", "Denver, Colorado"),
        "Megan, quick question: does the legal team at Aspenleaf ever take law student externs "
        "over the summer? I'm a 2L interested in privacy and would love to learn more.",
        LIKELY,
        ("specific_reason",),
        comment="names her employer only to ask about externships: not his own organization",
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        ("Mariana Castillo", "Abogada de Privacidad en Rappi", "Bogotá, Colombia"),
        "Hola Megan, coincidimos en el Global Privacy Summit en Washington y hablamos de "
        "transferencias de datos a Latinoamérica. ¡Me encantaría seguir en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=2,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Felix Brandt", "Syndikusrechtsanwalt bei SAP SE", "Walldorf, Deutschland"),
        "Hallo Megan, ich habe 2013 meinen LL.M. an der Georgetown Law gemacht und sehe, dass du "
        "dort auch studiert hast. Es wäre schön, in Kontakt zu bleiben.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-panel",
        "modern",
        "en",
        ("Sophie Lang", "Privacy Manager at Vantage Retail", "Minneapolis, Minnesota"),
        "Thanks for the really helpful chat after your panel on data processing agreements at the "
        "ACC Annual Meeting!",
        LIKELY,
        ("met_in_person",),
        mutual=14,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        ("Francesca Moretti", "Dottoranda in diritto presso Università di Bologna", "Bologna"),
        "Ciao Megan, sto scrivendo una tesi sui trasferimenti di dati tra UE e Stati Uniti e "
        "vorrei farti qualche domanda sulla tua esperienza con le clausole contrattuali standard.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        ("Kevin Tran", "Co-founder & COO at Ledgerlight", "Denver, Colorado"),
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
        ("Heather Nakamura", "Product Counsel at Quillstone", "Boulder, Colorado"),
        "Hi Megan, nice meeting you at the Silicon Flatirons privacy conference on Friday. Let's "
        "pick up our conversation about the AI Act sometime.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-note",
        "classic",
        "en",
        ("Chris <b>Delgado</b>", "Contracts Specialist at Summit Robotics", "Littleton, Colorado"),
        "<img src=x onerror=alert(1)> Megan, we met at the Global Privacy Summit & talked about "
        "<i>cookie banners</i>.",
        LIKELY,
        ("met_in_person",),
        comment="note and name contain markup that must be shown as text, never executed (the "
        "builder cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Tanya Richardson", "VP, Privacy at Carolina Federal Bank", "Charlotte, North Carolina"),
        "Megan, I'm a Georgetown Law grad too (JD 2015) and I now run privacy at a bank in "
        "Charlotte.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "en",
        ("Ravi Menon", "Privacy Program Lead at Northgate Insurance", "Omaha, Nebraska"),
        "Hi Megan, fellow IAPP member here — would love to compare notes on vendor risk "
        "assessments.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "en",
        ("Gabriel Ortiz", "Senior Counsel at Brightfield Labs", "San Diego, California"),
        "Hi Megan, I'm also very interested in AI governance and would love to exchange ideas on "
        "how companies are handling it in their contracts.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Tyler Hammond", "Enterprise Account Executive at RedlineIQ", "San Francisco, California"),
        "Hi Megan, we help in-house legal teams cut contract review time by 60% with AI "
        "redlining. Open to a quick 15-minute demo next week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "en",
        ("Amanda Reyes", "Business Development at Counsel on Demand", "Dallas, Texas"),
        "Megan, our firm places experienced contract attorneys with in-house teams at a fraction "
        "of big firm rates. Can I send over our rate card?",
        LOOK,
        comment="service pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Jake Sullivan", "Account Executive at Aspenleaf Software", "Denver, Colorado"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names one of my organizations (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Melissa Grant", "Regional Operations Manager at Vail Resorts", "Broomfield, Colorado"),
        None,
        LOOK,
        mutual=24,
        comment="no note; 24 connections in common, threshold 12 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Rebecca Stone", "Legal Operations Consultant", "New York, New York"),
        "Hi Megan, we met at the Global Privacy Summit. Please sign in to view the NDA I sent you.",
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
        ("Diane Whitaker", "Paralegal at Front Range Legal Group", "Aurora, Colorado"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (legal, weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Victor Sandoval", "Managing Director at Crestline Capital", "Miami, Florida"),
        "Hi Megan, fellow CU Boulder alum! Please review the agreement I shared with you.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Brett Collins", "Financial Advisor at Edward Jones", "Colorado Springs, Colorado"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Alejandro Torres", "Gerente Comercial en Grupo Bimbo", "Monterrey, México"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Luca Ferraro", "Agente immobiliare presso Tecnocasa", "Verona, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Chase Holloway", "Founder | Web3 | Angel Investor", "Scottsdale, Arizona"),
        None,
        GENERIC,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Jessica Palmer", "Marketing Coordinator at Hearthstone Realty", "Denver, Colorado"),
        "Hi Megan, your profile came up in my feed and I'd love to connect with you.",
        GENERIC,
        mutual=1,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Derek Lawson", "Entrepreneur | Speaker | Growth Mindset", "Phoenix, Arizona"),
        "Hi there! I'm connecting with inspiring professionals this year. Would love to have you "
        "in my network!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Greg Farley", "Insurance Agent at State Farm", "Lakewood, Colorado"),
        "I'd like to add you to my professional network on LinkedIn.\n- Greg Farley",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Stefan Krüger", "Vertriebsleiter bei Bosch Rexroth", "Stuttgart"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Élodie Martin", "Chargée d'affaires chez Crédit Agricole", "Toulouse"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Ryan Kessler", "Store Manager at REI", "Fort Collins, Colorado"),
        "Hi Megan, hope your week is going well. Let's connect!",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Rafael Costa", "Gerente de Contas na Claro", "Rio de Janeiro, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-bar-gala",
        "classic",
        "en",
        ("Caroline Hughes", "Associate at Bramwell Fisk LLP", "Denver, Colorado"),
        "Megan, it was a pleasure sitting at your table at the Colorado Women's Bar gala on "
        "Saturday. I'm the one who just moved here from Austin. Hope to see you at the next one!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "022-same-org-current-alias",
        "modern",
        "en",
        ("Ethan Park", "Product Manager at Aspenleaf Software", "Denver, Colorado"),
        "hey Megan, new PM at Aspenleaf here (started last week). looks like I'll be bugging you "
        "about privacy reviews for the mobile app :)",
        LIKELY,
        ("same_organization",),
        mutual=10,
    ),
    case(
        "023-same-org-past-alias",
        "classic",
        "en",
        ("Linda Ramirez", "Senior Paralegal at Holt & Barrow", "Denver, Colorado"),
        "Hi Megan, we overlapped at Whitcomb and Rhodes for a couple of years. I was a paralegal "
        "in the corporate group when you were a first-year. Hope in-house life is treating you "
        "well!",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry",
        "modern",
        "en",
        ("Jonathan Weiss", "Privacy Counsel at Helix Diagnostics", "Boston, Massachusetts"),
        "Hello Megan, I'm a privacy lawyer at a health tech company in Boston and always happy "
        "to connect with others doing privacy work in-house.",
        LIKELY,
        ("same_industry",),
        mutual=6,
    ),
    case(
        "025-shared-interest",
        "classic",
        "en",
        ("Hannah Liu", "Policy Analyst at Colorado Technology Association", "Denver, Colorado"),
        "Hi Megan, your article on what the Colorado AI Act means for software vendors was spot "
        "on. I'm tracking the same questions and would love to follow your work.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group",
        "modern",
        "en",
        ("Omar Haddad", "Senior Corporate Counsel at Ridgeline Energy", "Houston, Texas"),
        "Hi Megan, saw your post in the Association of Corporate Counsel privacy network about "
        "DSAR volumes. Fellow member, nice to connect!",
        LIKELY,
        ("same_groups",),
        mutual=4,
    ),
    case(
        "027-mutual-referral",
        "classic",
        "en",
        ("Allison Meyer", "Legal Counsel at Foxglove Health", "Minneapolis, Minnesota"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "028-alumni-georgetown",
        "modern",
        "en",
        ("Daniel Okoye", "Assistant Attorney General at Colorado Department of Law", "Denver"),
        "Hello from another Hoya! I was a year behind you at Georgetown Law. Funny to find each "
        "other out here in Colorado.",
        LIKELY,
        ("fellow_alumni",),
        mutual=9,
    ),
    case(
        "029-specific-interview",
        "classic",
        "en",
        ("Emily Sanders", "Reporter at Denver Business Journal", "Denver, Colorado"),
        "Hi Megan, I'm writing a piece on how local tech companies are getting ready for the "
        "Colorado Privacy Act rules. Would you have 15 minutes for a quick interview next week?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "030-specific-pro-bono",
        "modern",
        "en",
        ("Rosa Jimenez", "Pro Bono Coordinator at Colorado Legal Services", "Denver, Colorado"),
        "Hi Megan, we're looking for in-house lawyers to volunteer at our small-business "
        "contract clinic in March. Would you be interested in helping for an afternoon?",
        LIKELY,
        ("specific_reason",),
        mutual=5,
        comment="a volunteer request from a legal aid office: a concrete ask, not a sales pitch",
    ),
    case(
        "031-met-es",
        "modern",
        "en",
        ("Javier Morales", "Director Legal en Kavak", "Ciudad de México"),
        "Hola Megan, fue un placer conocerte en la recepción del ACC Annual Meeting. ¡Ojalá "
        "podamos seguir la conversación sobre contratos SaaS!",
        LIKELY,
        ("met_in_person",),
        mutual=2,
    ),
    case(
        "032-alumni-de",
        "modern",
        "en",
        ("Katharina Vogel", "Referentin Datenschutz bei Allianz", "München"),
        "Guten Tag Megan, ich habe 2009 ein Austauschjahr an der CU Boulder verbracht und freue "
        "mich immer, andere Buffs zu finden. Viele Grüße aus München!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "033-met-talk",
        "modern",
        "en",
        ("Aaron Fisher", "Data Protection Officer at Lumen Bioscience", "Seattle, Washington"),
        "Loved your talk on privacy by design at Silicon Flatirons, and thanks for taking my "
        "question at the coffee break!",
        LIKELY,
        ("met_in_person",),
        mutual=13,
        comment="he asked her a question in person at the break: a meeting, however brief",
    ),
    case(
        "034-specific-it",
        "modern",
        "en",
        ("Matteo Conti", "Legale interno presso Zucchetti", "Lodi, Italia"),
        "Buongiorno Megan, lavoro nell'ufficio legale di una software house italiana e stiamo "
        "negoziando il primo contratto con un cliente americano. Potrei chiederti un consiglio "
        "sulle clausole di responsabilità?",
        LIKELY,
        ("same_industry", "specific_reason"),
    ),
    case(
        "035-resent-of-027",
        "classic",
        "en",
        ("Allison Meyer", "Legal Counsel at Foxglove Health", "Minneapolis, Minnesota"),
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
        ("Nicole Barrett", "Chief Privacy Officer at Summit Health Partners", "Englewood"),
        "Megan, so good to finally meet in person at the IAPP KnowledgeNet breakfast on Tuesday. "
        "Thanks again for the introductions!",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "037-markup-in-note-and-headline",
        "classic",
        "en",
        ("Tyler Brandt", "Counsel <b>Privacy & Product</b> at Ibotta", "Denver, Colorado"),
        "Hi Megan, <b>great</b> chatting at the Global Privacy Summit reception "
        "<script>alert(1)</script> about consent banners!",
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "en",
        ("Kelsey Morgan", "Compliance Manager at Flatiron Credit Union", "Boulder, Colorado"),
        "Hi Megan, I did my undergrad at CU-Boulder as well (econ, 2011). Always nice to meet "
        "fellow Buffs around Denver.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "039-group-dash",
        "classic",
        "en",
        ("Steven Cho", "Of Counsel at Larkspur Law Group", "Colorado Springs, Colorado"),
        "Hi Megan — I'm in the Colorado Bar Association's privacy section too; keen to swap "
        "notes on the Colorado Privacy Act rulemaking.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "040-shared-interest-2",
        "modern",
        "en",
        ("Monica Patel", "Legal Operations Manager at Veridian Health", "Nashville, Tennessee"),
        "Hi Megan, I'm into legal tech and contract automation too, and would be happy to share "
        "what we learned rolling out a CLM tool this year.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email; she is "
        "sharing her own team's experience, not selling the tool",
    ),
    case(
        "041-missed-session",
        "classic",
        "en",
        ("Paul Andersen", "Senior Counsel at Cobalt Logistics", "Kansas City, Missouri"),
        "Hi Megan, I didn't make it to your session at the ACC Annual Meeting on AI terms in "
        "vendor contracts, but a colleague passed me your slides. Very useful for the AI policy "
        "we're drafting now.",
        LIKELY,
        ("shared_interests",),
        comment="he says he missed the session: not a meeting",
    ),
    case(
        "111-pitch-saas",
        "modern",
        "en",
        ("Jordan Blake", "Account Executive at DataMapper", "Austin, Texas"),
        "Megan, our privacy automation platform maps your data flows and handles DSARs end to "
        "end. Teams like yours save 20+ hours a month. Worth a quick call?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "112-pitch-after-meeting",
        "classic",
        "en",
        ("Courtney Wells", "Regional Sales Director at ConsentWorks", "Atlanta, Georgia"),
        "Hi Megan, great to meet you at our booth at the Global Privacy Summit! As promised, I'd "
        "love to show you how our consent platform handles Colorado opt-outs. When works for a "
        "demo?",
        LOOK,
        ("met_in_person",),
        comment="sales pitch: a red flag whatever else the note answers (they did meet)",
    ),
    case(
        "113-pitch-service",
        "modern",
        "en",
        ("Sean McAllister", "Founder at Peakmark IP Services", "Denver, Colorado"),
        "Hi Megan, we handle trademark filings and renewals for tech companies at flat fees. "
        "Could I send you a short overview of our packages?",
        LOOK,
        comment="service pitch",
    ),
    case(
        "114-weak-same-org-headline",
        "modern",
        "en",
        ("Andrew Kim", "Senior Data Engineer at Aspenleaf Software", "Denver, Colorado"),
        None,
        LOOK,
        mutual=3,
        comment="no note; headline names one of my organizations (weak)",
    ),
    case(
        "115-weak-mutual",
        "modern",
        "en",
        ("Tiffany Brooks", "Broker Associate at Mile High Realty", "Highlands Ranch, Colorado"),
        None,
        LOOK,
        mutual=17,
        comment="no note; 17 connections in common, threshold 12 (weak)",
    ),
    case(
        "116-spoof-good-note",
        "modern",
        "en",
        ("Laura Chen", "Contracts Administrator", "Denver, Colorado"),
        "Hi Megan, Rachel Okafor asked me to send you the signed MSA. Log in with your work email "
        "to download it.",
        LOOK,
        auth="lookalike",
        lookalike="linkedln-mail.com",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "named contact is not counted, as in the samples",
    ),
    case(
        "117-weak-industry-headline",
        "classic",
        "en",
        ("Gregory Hale", "Privacy Program Manager at Charles Schwab", "Lone Tree, Colorado"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline in my industry (privacy, weak)",
    ),
    case(
        "118-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Martin Kovac", "Partner at Eastgate Holdings", "London, United Kingdom"),
        "Megan, we met at the ACC Annual Meeting. Open the attached invoice for your conference "
        "registration.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed meeting is not "
        "counted, as in the samples",
    ),
    case(
        "119-weak-past-org-headline",
        "classic",
        "en",
        ("Janet Cole", "Office Services Manager at Whitcomb & Rhodes LLP", "Denver, Colorado"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names my past law firm (weak)",
    ),
    case(
        "120-weak-school-headline",
        "modern",
        "en",
        ("Noah Ramsey", "Graduate Student at University of Colorado Boulder", "Boulder, Colorado"),
        None,
        LOOK,
        mutual=2,
        comment="no note; headline names one of my schools (weak)",
    ),
    case(
        "121-dmarc-fail-plain-note",
        "modern",
        "en",
        ("Samantha Ellis", "Associate at Granite Peak Law", "Denver, Colorado"),
        "Hi Megan, good catching up at the CWBA happy hour last night. Let's stay in touch!",
        LOOK,
        auth="fail",
        mutual=6,
        comment="DKIM and DMARC failed: flagged even though the note itself reads as genuine",
    ),
    case(
        "221-stock-en",
        "classic",
        "en",
        ("Kyle Dawson", "Mortgage Loan Officer at Guild Mortgage", "Parker, Colorado"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "222-stock-es",
        "classic",
        "en",
        ("Valeria Gómez", "Ejecutiva de Ventas en Seguros Bolívar", "Medellín, Colombia"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "223-stock-it",
        "classic",
        "en",
        ("Giorgio Santoro", "Consulente finanziario presso Mediolanum", "Bari, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "224-modern-no-note",
        "modern",
        "en",
        ("Brandon Steele", "CEO | Dropshipping Coach | Keynote Speaker", "Las Vegas, Nevada"),
        None,
        GENERIC,
        mutual=1,
    ),
    case(
        "225-custom-vague",
        "modern",
        "en",
        ("Ashley Turner", "Recruiting Coordinator at Staffmark", "Tampa, Florida"),
        "Hello Megan, I came across your profile today and it would be great to be connected.",
        GENERIC,
        mutual=2,
    ),
    case(
        "226-custom-vague-2",
        "classic",
        "en",
        ("Vincent Rhodes", "Business Coach | Author", "Los Angeles, California"),
        "Hey! Growing my network with driven leaders like you. Let's connect and support each "
        "other!",
        GENERIC,
    ),
    case(
        "227-old-stock-signed",
        "classic",
        "en",
        ("Mike Ferris", "Owner at Ferris Landscaping", "Arvada, Colorado"),
        "I'd like to join your LinkedIn network.\nThanks, Mike",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "228-stock-de",
        "classic",
        "en",
        ("Tobias Wagner", "Key Account Manager bei Deutsche Telekom", "Bonn"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "229-stock-fr",
        "classic",
        "en",
        ("Julien Girard", "Conseiller en patrimoine chez AXA", "Nantes"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "230-custom-vague-3",
        "modern",
        "en",
        ("Stephanie Cruz", "Customer Success Manager at HubSpot", "Denver, Colorado"),
        "Hi Megan, hope all is well with you! Would be nice to connect here.",
        GENERIC,
        mutual=4,
    ),
    case(
        "231-stock-pt",
        "classic",
        "en",
        ("Camila Ribeiro", "Consultora Comercial na Natura", "Belo Horizonte, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    case(
        "232-vague-praise",
        "modern",
        "en",
        ("Brianna Scott", "Real Estate Agent at Compass", "Cherry Creek, Denver"),
        "Hi Megan, really impressed by your career path and everything you've accomplished. "
        "Would be great to connect!",
        GENERIC,
        mutual=3,
        comment="warm but vague praise: answers nothing",
    ),
    case(
        "233-only-her-employer",
        "modern",
        "en",
        ("Dustin Price", "Owner at Front Range Roofing", "Thornton, Colorado"),
        "Hi Megan, I see you're at Aspenleaf Software. I'd love to connect!",
        GENERIC,
        mutual=2,
        comment="repeats her employer from her profile; says nothing of his own link to it",
    ),
    case(
        "234-vague-in-common",
        "classic",
        "en",
        ("Trevor Lane", "Sales Manager at Comcast Business", "Centennial, Colorado"),
        "Hi Megan, looks like we have some connections in common, so I figured I'd reach out. "
        "Let's connect!",
        GENERIC,
        comment="no one named and no count shown: no mutual connection answered",
    ),
]

"""Held-out profile: Marcus Reed, employment-law partner at a mid-size firm in Chicago.

English interface. Two passes over the 38 labelled kinds of shared/samples/linkedin (every
likely_accept / needs_a_look / generic sample), each written from scratch for this recipient:
pass one (0xx / 1xx / 2xx) keeps the sample's layout, pass two (5xx / 6xx / 7xx) has other
writers and other wording, mostly in the other layout, plus one Indonesian stock note.
The builder makes no HTML-only, reminder-template or damaged emails: the injection kind keeps
its markup in the name and note, the reminder is the same invitation sent again, and the
counterparts of the damaged-but-readable samples (402, 403) are clean emails.
Labels follow DESIGN.md "Categories" as the recipient would read the note, written without
looking at the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

LAWYER = Recipient(
    name="Marcus Reed",
    address="marcus.reed@example.com",
    headline="Partner, Labor & Employment - Whitcomb Hale LLP",
    profile_slug="marcus-reed-employment",
)

LAWYER_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Marcus Reed"
organizations = [
    "Whitcomb Hale LLP", "Drummond & Pryce LLP", "Equal Employment Opportunity Commission",
]
schools = ["Northwestern Pritzker School of Law", "University of Illinois Urbana-Champaign"]
industries = ["law practice", "legal services", "employment law"]
interests = [
    "workplace investigations", "wage and hour compliance", "non-compete agreements",
    "pay equity", "mediation",
]
groups = [
    "Chicago Bar Association", "ABA Section of Labor and Employment Law",
    "Illinois State Bar Association",
]
events = [
    "ABA Labor and Employment Law Conference 2026", "CBA Employment Law Symposium",
    "SHRM Annual Conference 2026",
]
contacts = ["Denise Okafor", "Paul Lindqvist", "Rosa Delgado"]

# Other names people use for the same thing.
[aliases]
"Whitcomb Hale LLP" = ["Whitcomb Hale"]
"Drummond & Pryce LLP" = ["Drummond & Pryce", "Drummond Pryce"]
"Equal Employment Opportunity Commission" = ["EEOC"]
"Northwestern Pritzker School of Law" = ["Northwestern Law", "Northwestern Pritzker", "Pritzker"]
"University of Illinois Urbana-Champaign" = ["University of Illinois", "UIUC", "U of I"]
"employment law" = ["labor and employment", "labor & employment", "L&E"]
"law practice" = ["law firm"]
"Chicago Bar Association" = ["CBA"]
"ABA Section of Labor and Employment Law" = ["ABA Labor and Employment Law Section"]
"Illinois State Bar Association" = ["ISBA"]
"ABA Labor and Employment Law Conference 2026" = ["ABA employment law conference"]
"CBA Employment Law Symposium" = ["CBA symposium"]
"SHRM Annual Conference 2026" = ["SHRM conference", "SHRM26", "SHRM 2026"]
"wage and hour compliance" = ["wage and hour", "FLSA"]
"non-compete agreements" = ["non-competes", "noncompetes", "restrictive covenants"]
"workplace investigations" = ["internal investigations", "HR investigations"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 20
"""

_REFERRAL_A = (
    "Denise Okafor suggested I reach out to you about a handbook review for our Illinois "
    "facilities."
)
_REFERRAL_B = (
    "Hi Marcus, Paul Lindqvist gave me your name: we need outside counsel for a wage and hour "
    "audit and he said you're the person to talk to."
)
_REFERRAL_A_WHO = (
    "Laura Jensen",
    "VP, Human Resources at Crestview Senior Living",
    "Peoria, Illinois",
)
_REFERRAL_B_WHO = ("Kevin Park", "General Counsel at Tallgrass Robotics", "Schaumburg, Illinois")

# Pass one: the samples' 38 kinds, in the samples' layouts.
_PASS_ONE: list[Case] = [
    case(
        "001-met-symposium",
        "classic",
        "en",
        ("Tanya Brooks", "HR Director at Lakeshore Logistics", "Chicago, Illinois"),
        "Hi Marcus, really enjoyed meeting you at the CBA Employment Law Symposium on Thursday. "
        "I was the one asking about arbitration clauses. Let's keep in touch!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        ("Jenna Walsh", "Associate at Whitcomb Hale LLP", "Chicago, Illinois"),
        "Hi Marcus, I just started as a first-year associate in the litigation group at Whitcomb "
        "Hale and would love to connect with colleagues across the firm.",
        LIKELY,
        ("same_organization",),
        mutual=17,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Brian Kowalczyk", "Senior Counsel at Midway Freight Group", "Chicago, Illinois"),
        "Marcus, we overlapped at Drummond & Pryce around 2012, when I was a summer associate on "
        "the labor team. Would be great to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        ("Rebecca Stein", "Principal at Stein Workplace Law", "Milwaukee, Wisconsin"),
        "Hello Marcus, I run a small employment law practice in Milwaukee and I always like to "
        "trade notes with peers on the management side.",
        LIKELY,
        ("same_industry",),
        mutual=4,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Priya Raman", "HR Compliance Lead at Northgate Foods", "Aurora, Illinois"),
        "Hi Marcus, I read your article on workplace investigations and how to document witness "
        "interviews. It's exactly what our team is struggling with right now.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Nicole Ferris", "Associate at Bramble Kane LLP", "Chicago, Illinois"),
        "Hi Marcus, we're both on the Chicago Bar Association's labor and employment committee. "
        "I liked your post in the committee's discussion forum about remote-work policies.",
        LIKELY,
        ("same_groups",),
        mutual=11,
        comment="the committee wording also names his field; the group is the clear answer",
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        _REFERRAL_A_WHO,
        _REFERRAL_A,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Sarah Lindgren", "Employee Relations Manager at Pinecrest Health", "Rockford, Illinois"),
        "Hi Marcus! Fellow Northwestern Law alum here (JD 2011). Always happy to connect with "
        "another Wildcat.",
        LIKELY,
        ("fellow_alumni",),
        mutual=3,
    ),
    case(
        "009-specific-speaking",
        "classic",
        "en",
        ("Angela Brooks", "Program Chair at DuPage HR Leaders Council", "Oak Brook, Illinois"),
        "Hi Marcus, I'm putting together our spring HR compliance breakfast in Oak Brook and "
        "we'd love you to speak on the new non-compete law. Could we set up a quick call?",
        LIKELY,
        ("specific_reason",),
        comment="the topic is one of his interests, but the note's answer is the invitation",
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Megan Doyle", "Founder at Doyle Staffing", "Joliet, Illinois"),
        "Marcus, quick question: does your firm take on small businesses for a one-off review "
        "of the employee handbook? We have about 40 staff.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        ("Valentina Ruiz", "Abogada laboralista en Ruiz & Asociados", "Ciudad de México, México"),
        "Hola Marcus, nos conocimos en el congreso de la ABA sobre derecho laboral en "
        "Washington. ¡Me encantaría seguir en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=2,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Felix Hartmann", "Rechtsanwalt bei Hartmann Arbeitsrecht", "Berlin, Deutschland"),
        "Hallo Marcus, wir haben beide an der Northwestern Law studiert (ich im LL.M.-Programm "
        "2014). Ich würde mich freuen, mit einem ehemaligen Kommilitonen in Kontakt zu bleiben.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-panel",
        "modern",
        "en",
        ("Christine Yates", "Director of Talent at Lumen Packaging", "Elgin, Illinois"),
        "Thanks for the great conversation after your panel at the CBA Employment Law Symposium!",
        LIKELY,
        ("met_in_person",),
        mutual=21,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        ("Chiara Lombardi", "Responsabile Risorse Umane presso Ferretti Meccanica", "Milano"),
        "Ciao Marcus, sto organizzando un seminario sul diritto del lavoro americano per le "
        "aziende italiane che assumono a Chicago e vorrei invitarti come relatore.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-reminder-of-007",
        "classic",
        "en",
        _REFERRAL_A_WHO,
        _REFERRAL_A,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="reminder of 007: the same invitation sent again, must merge with it",
    ),
    case(
        "016-no-auth-header-met",
        "classic",
        "en",
        ("Sean Murphy", "HR Manager at Windy City Brewing", "Chicago, Illinois"),
        "Hi Marcus, good to meet you at the ABA Labor and Employment Law Conference 2026 in "
        "Washington. Let's keep the conversation going.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-injection",
        "classic",
        "en",
        ("Jake <i>Turner</i>", "Talent Acquisition at Apex Staffing", "Chicago, Illinois"),
        "<script>alert('x')</script> Hi Marcus, we met at the CBA Employment Law Symposium & "
        "talked about <b>arbitration</b>.",
        LIKELY,
        ("met_in_person",),
        comment="note and name contain markup that must be shown as text, never executed "
        "(the builder writes text and HTML parts; no HTML-only option)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Helen Park", "Immigration Attorney at Park Legal", "Evanston, Illinois"),
        "Marcus, I'm a Northwestern Pritzker grad too (JD 2016) and now practice immigration "
        "law in Evanston.",
        LIKELY,
        ("fellow_alumni", "same_industry"),
        base64=True,
        comment="she practises law too (another specialty): same industry as well as alumni",
    ),
    case(
        "019-group-compare-notes",
        "classic",
        "en",
        ("Ingrid Solberg", "Employment Counsel at Nordic Freight", "Minneapolis, Minnesota"),
        "Hi Marcus, fellow member of the ABA Labor and Employment Law Section here. I'd love to "
        "compare notes on non-compete enforcement.",
        LIKELY,
        ("same_groups", "shared_interests"),
        comment="counterpart of the samples' 402 (bad charset), which the builder cannot make",
    ),
    case(
        "020-interest-investigations",
        "modern",
        "en",
        ("Fatou Diallo", "Investigations Consultant at ClearPath HR", "Minneapolis, Minnesota"),
        "Hi Marcus, I conduct workplace investigations too and would love to exchange ideas on "
        "interview techniques.",
        LIKELY,
        ("shared_interests",),
        mutual=7,
        comment="counterpart of the samples' 403 (no closing boundary), which the builder "
        "cannot make",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Tyler Brandt", "Account Executive at BriefStack AI", "Austin, Texas"),
        "Hi Marcus, I help employment law firms cut document review time by 60% with our AI "
        "platform. Open to a 15-minute demo this week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "en",
        ("Carlos Mendes", "Founder at LexReach Marketing", "Tampa, Florida"),
        "Marcus, our agency writes SEO blog content for law firms at a flat monthly rate. Can I "
        "send you our packages?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Paul Grayson", "Paralegal at Whitcomb Hale LLP", "Chicago, Illinois"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names my current firm (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Steven Albright", "Operations Director at Northshore Hospitality", "Wilmette, Illinois"),
        None,
        LOOK,
        mutual=34,
        comment="no note; 34 connections in common (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Samuel Price", "Recruiter at Globex", "Remote"),
        "Hi Marcus, we met at the ABA employment law conference. Please verify your account to "
        "open my message.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-mail.net",
        comment="look-alike sender domain: must be flagged, links not clickable",
    ),
    case(
        "106-weak-industry-headline",
        "classic",
        "en",
        ("Derek Hollis", "Employment Law Attorney | Wrongful Termination | Discrimination", ""),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Victor Lang", "Director at Apex Holdings", "London, United Kingdom"),
        "Hi Marcus, fellow Northwestern Law alum! Please review the document I shared.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Brian Fulton", "Sales Manager at Globex Corporation", "Denver, Colorado"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Diego Torres", "Gerente de Ventas en Distribuidora Sol", "Lima, Perú"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Luca Ferri", "Agente immobiliare presso Casa Serena Immobili", "Bologna, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Chad Wexler", "Founder | Crypto | Web3 | Investor", "Miami, Florida"),
        None,
        GENERIC,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Emily Sanders", "Marketing Specialist at Sunny Acres Foods", "Orlando, Florida"),
        "Hi Marcus, I came across your profile and would love to add you to my network.",
        GENERIC,
        mutual=1,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Ryan Mitchell", "Entrepreneur", ""),
        "Hi there! Always looking to grow my network with great professionals like you. "
        "Let's connect!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Karen Whitfield", "Insurance Agent at SafeHarbor", "Tulsa, Oklahoma"),
        "I'd like to add you to my professional network on LinkedIn.\n- Karen Whitfield",
        GENERIC,
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Lukas Brandt", "Vertriebsleiter bei Südwind AG", "Stuttgart, Deutschland"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Camille Laurent", "Consultante en assurance chez Assurvie", "Lille, France"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Jason Reilly", "Student at Lincoln Park High School", "Chicago, Illinois"),
        "Hi Marcus, hope all is well. Let's connect.",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("João Pereira", "Vendedor na Loja Central", "Porto, Portugal"),
        None,
        GENERIC,
        stock="pt",
    ),
]

# Pass two: the same 38 kinds again, other writers, other wording, mostly the other layout.
_PASS_TWO: list[Case] = [
    case(
        "501-met-conference",
        "modern",
        "en",
        ("Kelly Nguyen", "Head of People at Brightline Health", "Evanston, Illinois"),
        "Marcus, good chatting with you at the SHRM conference in San Diego. Thanks for walking "
        "me through the new pay transparency rules, hope we can stay in touch.",
        LIKELY,
        ("met_in_person",),
        mutual=6,
    ),
    case(
        "502-same-org-current",
        "classic",
        "en",
        ("Omar Siddiqui", "Legal Operations Manager at Whitcomb Hale LLP", "Chicago, Illinois"),
        "Hello Marcus, I joined Whitcomb Hale LLP's Chicago office last month to run legal ops. "
        "Looking forward to working with the employment team.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "503-same-org-past",
        "modern",
        "en",
        ("Alicia Moreno", "Deputy General Counsel at Great Lakes Transit", "Chicago, Illinois"),
        "Hi Marcus, we worked down the hall from each other at the EEOC Chicago District Office "
        "years ago. Nice to see how your practice has grown!",
        LIKELY,
        ("same_organization",),
        mutual=9,
    ),
    case(
        "504-same-industry",
        "classic",
        "en",
        ("Daniel Osei", "Partner at Osei & Marsh", "Detroit, Michigan"),
        "Marcus, I'm a labor and employment litigator in Detroit and I enjoy connecting with "
        "other L&E lawyers around the Midwest.",
        LIKELY,
        ("same_industry",),
    ),
    case(
        "505-shared-interest",
        "modern",
        "en",
        ("Ethan Cole", "Compensation Analyst at Harbor Mutual", "Naperville, Illinois"),
        "Hi Marcus, pay equity audits are my day job too, and I'd love to follow your take on "
        "the new Illinois reporting rules.",
        LIKELY,
        ("shared_interests",),
        mutual=2,
    ),
    case(
        "506-same-group",
        "classic",
        "en",
        ("Grant Whitaker", "Attorney at Whitaker Law Office", "Springfield, Illinois"),
        "Marcus, fellow ISBA member here. Your piece in the labor and employment section "
        "newsletter was spot on.",
        LIKELY,
        ("same_groups",),
    ),
    case(
        "507-mutual-referral",
        "modern",
        "en",
        _REFERRAL_B_WHO,
        _REFERRAL_B,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        mutual=8,
        comment="a prospective client, not a pitch: he asks for counsel, sells nothing",
    ),
    case(
        "508-alumni",
        "classic",
        "en",
        ("Tom Haller", "Assistant Athletic Director at Prairie State College", "Chicago Heights"),
        "Marcus, I see we both went to UIUC. Class of '03 here. Go Illini!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "509-specific-webinar",
        "modern",
        "en",
        ("Luis Ortega", "Director of CLE Programs at Lakefront Law Institute", "Chicago, Illinois"),
        "Hello Marcus, we're planning a CLE webinar on harassment investigations in March and "
        "would like you on the panel. Are you open to a short call?",
        LIKELY,
        ("specific_reason",),
        mutual=5,
    ),
    case(
        "510-specific-question",
        "classic",
        "en",
        ("Jamal Carter", "3L at Loyola University Chicago School of Law", "Chicago, Illinois"),
        "Hi Marcus, quick question: does Whitcomb Hale hire summer associates straight into the "
        "employment group, or is it firm-wide? I'd value any advice.",
        LIKELY,
        ("specific_reason",),
        comment="names my firm, but he does not work there: specific reason, not same org",
    ),
    case(
        "511-met-es",
        "classic",
        "en",
        ("Andrés Gallego", "Socio en Gallego Abogados", "Madrid, España"),
        "Marcus, fue un gusto conocerte en la conferencia de SHRM este año. Gracias por la "
        "charla sobre investigaciones internas; sigamos en contacto.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "512-alumni-de",
        "classic",
        "en",
        ("Katrin Vogel", "Personalleiterin bei Stahlwerk Nord GmbH", "Bremen, Deutschland"),
        "Guten Tag Marcus, ich habe wie Sie an der University of Illinois studiert, damals im "
        "Austauschjahr 2002. Schön, einen Ehemaligen zu finden!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "513-met-talk",
        "classic",
        "en",
        ("Harold Bishop", "Owner at Bishop Hardware", "Joliet, Illinois"),
        "Thank you for staying after your talk on non-competes at the ISBA seminar to answer "
        "my questions. Very helpful!",
        LIKELY,
        ("met_in_person",),
        comment="attending an ISBA seminar does not make him a member: met in person only",
    ),
    case(
        "514-specific-it",
        "classic",
        "en",
        ("Paolo Greco", "Avvocato giuslavorista presso Studio Greco", "Torino, Italia"),
        "Buongiorno Marcus, una nostra cliente apre una filiale a Chicago e cerca un avvocato "
        "del lavoro sul posto: potremmo sentirci per una breve call?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "515-reminder-of-507",
        "modern",
        "en",
        _REFERRAL_B_WHO,
        _REFERRAL_B,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        mutual=8,
        comment="reminder of 507: the same invitation sent again, must merge with it",
    ),
    case(
        "516-no-auth-header-met",
        "modern",
        "en",
        ("Diana Cruz", "People Operations Lead at Fieldstone Bank", "Oak Park, Illinois"),
        "Marcus, it was great meeting you at SHRM 2026. Thanks again for the tips on handling "
        "accommodation requests.",
        LIKELY,
        ("met_in_person",),
        mutual=3,
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "517-markup-injection",
        "modern",
        "en",
        ("Nora <b>Quinn</b>", "Office Manager at Quinn Family Dental", "Skokie, Illinois"),
        "<img src=x onerror=alert(2)> Marcus, great meeting you at the ISBA annual meeting & "
        "thanks for the <u>handbook</u> tips!",
        LIKELY,
        ("met_in_person",),
        comment="note and name contain markup that must be shown as text, never executed",
    ),
    case(
        "518-base64-alumni",
        "modern",
        "en",
        ("Victor Adeyemi", "Finance Manager at Corn Belt Cooperative", "Champaign, Illinois"),
        "Hi Marcus, another Illini here! I graduated from the University of Illinois in 2004.",
        LIKELY,
        ("fellow_alumni",),
        mutual=1,
        base64=True,
    ),
    case(
        "519-group-swap-ideas",
        "modern",
        "en",
        ("Mateo Rossi", "Associate at Rossi Employment Group", "Chicago, Illinois"),
        "Hi Marcus, I'm a CBA member too (young lawyers section) and would be glad to swap "
        "ideas on workplace investigations.",
        LIKELY,
        ("same_groups", "shared_interests"),
        mutual=4,
        comment="counterpart of the samples' 402; 'CBA' is his alias for the Chicago Bar "
        "Association (the young lawyers section makes the bar reading unambiguous)",
    ),
    case(
        "520-interest-mediation",
        "classic",
        "en",
        ("Greg Olsen", "Mediator at Lakeshore ADR", "Chicago, Illinois"),
        "Marcus, mediation is a big part of my practice as well, and I'd welcome the chance to "
        "trade notes on employment cases.",
        LIKELY,
        ("shared_interests",),
        comment="counterpart of the samples' 403; a mediator is arguably in legal services too",
    ),
    case(
        "601-pitch-saas",
        "classic",
        "en",
        ("Rachel Voss", "Growth Manager at CaseFlow", "San Francisco, California"),
        "Marcus, firms like yours are doubling intake conversions with CaseFlow's client "
        "portal. Worth a quick call Tuesday or Wednesday to see how?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "602-pitch-staffing",
        "modern",
        "en",
        ("Amber Hughes", "Business Development at Summit Legal Staffing", "Dallas, Texas"),
        "Hi Marcus, we place experienced contract attorneys and paralegals with Chicago firms "
        "within 48 hours. Could I share our rates with you?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "603-weak-past-org-headline",
        "modern",
        "en",
        ("Monica Reyes", "Trial Attorney, EEOC Chicago District Office", "Chicago, Illinois"),
        None,
        LOOK,
        stock="en",
        mutual=3,
        comment="stock note; headline names my former employer by its alias (weak)",
    ),
    case(
        "604-weak-mutual",
        "modern",
        "en",
        ("Leah Goldberg", "Real Estate Broker at Lakeview Realty", "Chicago, Illinois"),
        None,
        LOOK,
        mutual=23,
        comment="no note; 23 connections in common, above my threshold of 20 (weak)",
    ),
    case(
        "605-spoof-good-note",
        "modern",
        "en",
        ("Erin Walsh", "Partner at Walsh Legal", "Chicago, Illinois"),
        "Marcus, Denise Okafor asked me to send you the case file. Sign in with your email "
        "password to download it.",
        LOOK,
        auth="lookalike",
        lookalike="linkedln-notify.com",
        comment="look-alike sender domain and a credential lure: flagged whatever it claims",
    ),
    case(
        "606-weak-industry-headline",
        "modern",
        "en",
        ("Yvonne Tran", "Legal Services Manager at Metro Legal Aid", "Chicago, Illinois"),
        None,
        LOOK,
        stock="en2",
        mutual=2,
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "607-dmarc-fail-linkedin-from",
        "classic",
        "en",
        ("Howard Keene", "Managing Partner at Keene Global", "Geneva, Switzerland"),
        "Marcus, we met at the CBA symposium. Kindly open the attached settlement agreement "
        "before Friday.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "701-stock-en",
        "modern",
        "en",
        ("Karen Liu", "Realtor at Prairie Homes", "Naperville, Illinois"),
        None,
        GENERIC,
        stock="en2",
        mutual=2,
    ),
    case(
        "702-stock-es",
        "modern",
        "en",
        ("Sofía Herrera", "Arquitecta en Estudio Herrera", "Bogotá, Colombia"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "703-stock-it",
        "modern",
        "en",
        ("Elena Conti", "Chef presso Trattoria Conti", "Napoli, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "704-modern-no-note",
        "modern",
        "en",
        ("Brianna Cole", "Fitness Coach & Influencer", "Scottsdale, Arizona"),
        None,
        GENERIC,
        mutual=1,
    ),
    case(
        "705-custom-vague",
        "classic",
        "en",
        ("Jordan Blake", "Account Manager at Vista Print Solutions", "Kansas City, Missouri"),
        "Hello Marcus, your profile popped up in my suggestions and I thought I'd reach out. "
        "Happy to connect!",
        GENERIC,
    ),
    case(
        "706-custom-vague-2",
        "modern",
        "en",
        ("Tasha Greene", "Life Coach | Speaker | Author", "Atlanta, Georgia"),
        "Hello Marcus! Building connections with inspiring leaders. Would be honored to have "
        "you in my network.",
        GENERIC,
    ),
    case(
        "707-old-stock-signed",
        "modern",
        "en",
        ("Dennis Rowe", "Sales Consultant at Midwest Auto Mall", "Gary, Indiana"),
        "I'd like to add you to my professional network on LinkedIn.\n- Dennis Rowe",
        GENERIC,
    ),
    case(
        "708-stock-de",
        "modern",
        "en",
        ("Anna Keller", "Projektmanagerin bei Alpin Bau GmbH", "München, Deutschland"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "709-stock-fr",
        "modern",
        "en",
        ("Julien Moreau", "Chef de produit chez Biscuiterie Moreau", "Nantes, France"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "710-custom-vague-3",
        "classic",
        "en",
        ("Amit Verma", "Software Sales at CloudTier", "Columbus, Ohio"),
        "Good morning Marcus, hope your week is going great! Would be glad to connect.",
        GENERIC,
    ),
    case(
        "711-stock-pt",
        "modern",
        "en",
        ("Mariana Costa", "Designer de interiores na Casa Viva", "Lisboa, Portugal"),
        None,
        GENERIC,
        stock="pt",
    ),
    case(
        "712-stock-id",
        "classic",
        "en",
        ("Budi Santoso", "Manajer Penjualan di PT Sinar Jaya", "Surabaya, Indonesia"),
        None,
        GENERIC,
        stock="id",
    ),
]

LAWYER_CASES: list[Case] = _PASS_ONE + _PASS_TWO

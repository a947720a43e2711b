"""Held-out invitations for Fiona MacLeod, chartered financial planner in Edinburgh.

Fiona is a partner at Forth & Calder Wealth Management, after years in private banking at
Northern Thistle Bank; she studied at the University of St Andrews and Heriot-Watt University.
English interface. Notes mostly in plain British English from planners, bankers, solicitors,
clients and students around Scotland and the rest of the UK, a few in the samples' other
languages (Spanish, German, Italian notes; Spanish, Italian, German, French and Portuguese
stock texts) in about the samples' proportion. One invitation for every likely-accept,
needs-a-look and generic sample of tests/fixtures/linkedin (the same kind of case, written from
scratch for this recipient), then a second pass over the same kinds with other writers and other
wording, plus a few kinds the samples lack (a former client, a note that mentions a missed
event, a pitch from someone she did meet, a recruitment agency, a school-only headline, a failed
sender with an innocent note, vague praise, a note that only repeats her own employer back to
her). The builder has no reminder, HTML-only, bad-charset or unterminated-multipart layout:
those kinds are written as ordinary invitations of the same category. Labels follow DESIGN.md's
"Categories", as the recipient would judge the note, written without looking at the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

ADVISOR = Recipient(
    name="Fiona MacLeod",
    address="fiona.macleod@example.co.uk",
    headline="Chartered Financial Planner | Partner at Forth & Calder Wealth Management",
    profile_slug="fiona-macleod-cfp",
)

ADVISOR_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Fiona MacLeod"
organizations = ["Forth & Calder Wealth Management", "Northern Thistle Bank"]
schools = ["University of St Andrews", "Heriot-Watt University"]
industries = [
    "financial planning", "wealth management", "financial advice", "financial services",
    "investment management",
]
interests = [
    "retirement planning", "later-life planning", "ESG investing", "financial education",
    "cashflow modelling", "hillwalking",
]
groups = [
    "Chartered Institute for Securities & Investment", "Personal Finance Society",
    "Scottish Financial Planners Network",
]
events = [
    "Scottish Financial Services Summit 2026", "CISI Financial Planning Conference 2026",
    "PFS Festival of Financial Planning 2026",
]
contacts = ["Alasdair Grant", "Morag Henderson", "Ravi Menon"]

# Other names people use for the same thing.
[aliases]
"Forth & Calder Wealth Management" = [
    "Forth & Calder", "Forth and Calder", "Forth and Calder Wealth Management",
]
"Northern Thistle Bank" = ["Northern Thistle", "Thistle Bank", "NTB"]
"University of St Andrews" = ["St Andrews", "St Andrews University", "St. Andrews"]
"Heriot-Watt University" = ["Heriot-Watt", "Heriot Watt", "HWU"]
"financial planning" = ["financial planner", "financial planners"]
"financial advice" = ["financial adviser", "IFA", "independent financial adviser"]
"Chartered Institute for Securities & Investment" = [
    "CISI", "Chartered Institute for Securities and Investment",
]
"Personal Finance Society" = ["PFS"]
"Scottish Financial Planners Network" = ["SFPN"]
"Scottish Financial Services Summit 2026" = ["Scottish Financial Services Summit"]
"CISI Financial Planning Conference 2026" = [
    "CISI Financial Planning Conference", "CISI conference",
]
"PFS Festival of Financial Planning 2026" = ["PFS Festival", "Festival of Financial Planning"]
"retirement planning" = [
    "retirement income planning", "pension planning", "drawdown", "decumulation",
]
"later-life planning" = ["later life planning", "care fees planning", "long-term care funding"]
"ESG investing" = ["sustainable investing", "responsible investing", "ethical investing", "ESG"]
"financial education" = ["financial literacy", "money education"]
"cashflow modelling" = ["cash flow modelling", "cashflow planning"]
"hillwalking" = ["Munro bagging", "Munros"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 12
"""

_REFERRAL = (
    "Alasdair Grant suggested I get in touch about running a joint seminar on powers of "
    "attorney and later-life planning for our private clients."
)
_REFERRAL_2 = (
    "Hi Fiona, Morag Henderson mentioned you might be open to mentoring someone working towards "
    "the CISI Level 6 diploma. I'm in my second year and would really value your advice."
)

ADVISOR_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-summit",
        "classic",
        "en",
        ("Euan Robertson", "Associate Director at Baillie Kerr Investment Partners", "Glasgow"),
        "Hi Fiona, really enjoyed meeting you at the Scottish Financial Services Summit on "
        "Thursday. I was the one asking about your approach to cashflow modelling. Let's keep "
        "in touch!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        ("Aisling Byrne", "Paraplanner at Forth & Calder Wealth Management", "Edinburgh"),
        "Hi Fiona, I've just joined the paraplanning team at Forth & Calder and I'm trying to put "
        "faces to names across the firm. Looking forward to working with you.",
        LIKELY,
        ("same_organization",),
        mutual=14,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Graeme Ross", "Head of Credit Risk at Strathmore Building Society", "Dundee"),
        "Fiona, we were both at Northern Thistle Bank around 2012 (I was in the private banking "
        "team on George Street). Would be good to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        ("Kirsty Fraser", "Director at Fraser Financial Planning", "Inverness"),
        "Hello Fiona, I run a small advice practice in Inverness and I'm always keen to learn "
        "from other financial planners around Scotland.",
        LIKELY,
        ("same_industry",),
        mutual=3,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Tom Halliday", "Researcher at the Pensions Policy Institute", "London"),
        "Hi Fiona, I read your article on helping clients through the drawdown years of "
        "retirement. It ties in closely with the research I'm doing on decumulation.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Priya Desai", "Chartered Wealth Manager at Lomond Private Clients", "Glasgow"),
        "Hi Fiona, we're both members of the CISI Scotland branch. I enjoyed your comments in "
        "the discussion on Consumer Duty outcomes.",
        LIKELY,
        ("same_groups",),
        mutual=8,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        ("Callum Doig", "Partner at Doig & Barr Solicitors", "Edinburgh"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Hamish Baird", "Economist at the Scottish Fiscal Commission", "Edinburgh"),
        "Hi Fiona! Another St Andrews graduate here (MA Economics, 2005). Always nice to find a "
        "fellow Saint.",
        LIKELY,
        ("fellow_alumni",),
        mutual=2,
    ),
    case(
        "009-specific-staff-talk",
        "classic",
        "en",
        ("Lorna Cameron", "HR Director at Pentland Engineering", "Livingston"),
        "Hi Fiona, I look after staff wellbeing at Pentland Engineering and we'd like to invite "
        "you to give a lunchtime talk on pensions to our employees in the spring. Could we "
        "arrange a call?",
        LIKELY,
        ("specific_reason",),
        comment="an invitation to speak to her staff: a concrete request, not a sales pitch",
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("David Mackay", "Student, Diploma in Regulated Financial Planning", "Edinburgh"),
        "Fiona, quick question: does Forth & Calder take on graduate trainees or summer "
        "placements? I finish my diploma in June and would love to learn from a chartered firm.",
        LIKELY,
        ("specific_reason",),
        comment="asks her a concrete question about placements",
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        ("Carmen Ortega", "Planificadora financiera en Aldaba Patrimonios", "Madrid, España"),
        "Hola Fiona, coincidimos en la cena de la conferencia de planificación financiera del "
        "CISI en Londres. ¡Me encantaría que siguiéramos en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=2,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        (
            "Katharina Vogel",
            "Portfoliomanagerin bei Hanseatische Vermögensverwaltung",
            "Hamburg",
        ),
        "Hallo Fiona, ich war 2004/05 als Austauschstudentin an der University of St Andrews. "
        "Schön, hier jemanden aus derselben Zeit zu finden!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-panel",
        "modern",
        "en",
        ("Neil Sutherland", "Financial Wellbeing Lead at Loch Ness Housing", "Inverness"),
        "Really enjoyed your session on the later-life planning panel at the PFS Festival, and "
        "thanks for staying on to chat afterwards!",
        LIKELY,
        ("met_in_person",),
        mutual=13,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        ("Francesca Moretti", "Consulente patrimoniale presso Studio Moretti", "Milano, Italia"),
        "Buongiorno Fiona, seguo molte famiglie italiane trasferite in Scozia e avrei bisogno di "
        "un parere su come gestire le loro pensioni britanniche. Possiamo sentirci per una breve "
        "chiamata?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        ("Callum Doig", "Partner at Doig & Barr Solicitors", "Edinburgh"),
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
        ("Shona Maclean", "Trustee at Lothian Veterans Trust", "Haddington"),
        "Hi Fiona, lovely to meet you at the CISI Financial Planning Conference in London. Hope "
        "we bump into each other again at the next one.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-note",
        "classic",
        "en",
        ("Ross Gilmour", "Mortgage Adviser at Gilmour Finance", "Edinburgh"),
        "<script>alert('x')</script> Hi Fiona, we met at the Scottish Financial Services Summit "
        "& chatted about <i>inheritance tax</i> planning.",
        LIKELY,
        ("met_in_person",),
        comment="note contains markup that must be shown as text, never executed (the builder "
        "cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Mairi Campbell", "Actuarial Analyst at Pentland Life", "Edinburgh"),
        "Fiona, I'm a Heriot-Watt graduate too (actuarial science, 2019) and now work in life "
        "and pensions here in Edinburgh.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "en",
        ("Andrew Lockhart", "Chartered Financial Planner at Lockhart Wealth", "Perth"),
        "Hi Fiona, fellow PFS member here — would be good to compare notes on the new targeted "
        "support rules.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "en",
        ("Zainab Hussain", "Money Coach at Glasgow Credit Union", "Glasgow"),
        "Hi Fiona, I run money workshops for teenagers as well and would love to swap ideas on "
        "financial education in schools.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Jake Morrison", "Sales Director at Planwise Software", "Manchester"),
        "Hi Fiona, we help advice firms cut suitability report writing time by 60% with our AI "
        "platform. Could I book you in for a 20-minute demo next week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "en",
        ("Sarah Kent", "Founder at AdviserLeads UK", "Leeds"),
        "Fiona, we supply pre-qualified retirement leads to Scottish advice firms at a fixed cost "
        "per lead. Happy to send over our rates?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        (
            "Colin Baxter",
            "Client Services Administrator at Forth & Calder Wealth Management",
            "Edinburgh",
        ),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names one of my organizations (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Lynsey Paterson", "Operations Manager at Glenmorven Foods", "Perth"),
        None,
        LOOK,
        mutual=24,
        comment="no note; 24 connections in common, threshold 12 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Natalie Hughes", "Client Relations Consultant", "London"),
        "Hi Fiona, we met at the PFS Festival. Please log in to confirm your details and read my "
        "message.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-notify.co.uk",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "106-weak-industry-headline",
        "classic",
        "en",
        ("Martin Docherty", "Independent Financial Adviser | Wealth Management", "Falkirk"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Richard Vance", "Managing Director at Sterling Crest Capital", "Dubai"),
        "Hi Fiona, fellow Heriot-Watt graduate! Please download the client file I sent you.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Gary Thomson", "Sales Manager at Arnold Clark", "Glasgow"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Javier Molina", "Director comercial en Grupo Levante Logística", "Valencia, España"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Alessandro Conti", "Responsabile vendite presso Conti Arredamenti", "Bari, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Dylan Price", "Life Coach | Manifestation | Founder of Rise Up Academy", "Marbella"),
        None,
        GENERIC,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Emma Walsh", "Marketing Executive at Kelpie Drinks Co.", "Edinburgh"),
        "Hi Fiona, your profile popped up in my suggestions so I thought I'd send a request. "
        "Hope that's okay!",
        GENERIC,
        mutual=1,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Jordan Blake", "CEO | Serial Entrepreneur | Speaker", "London"),
        "Hello! Always looking to grow my circle with driven professionals. Would be great to "
        "have you in my network.",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Derek Wilson", "Estate Agent at Wilson & Co Property", "Stirling"),
        "I'd like to add you to my professional network on LinkedIn.\n- Derek Wilson",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Tobias Krüger", "Vertriebsleiter bei Nordwerk Maschinenbau GmbH", "Bremen"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Mathilde Girard", "Responsable commerciale chez Lumina Cosmétiques", "Nantes"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Scott Anderson", "Account Manager at Brightside Telecom", "Dundee"),
        "Hi Fiona, hope your week's going well. Happy to connect.",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Rafael Costa", "Gerente comercial na Costa Têxteis", "Porto, Portugal"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-chamber-lunch",
        "classic",
        "en",
        ("Joanna Reid", "Director at Reid Chartered Accountants", "Musselburgh"),
        "Fiona, it was good to sit next to you at the Edinburgh Chamber of Commerce lunch on "
        "Tuesday. I'm the accountant who kept grumbling about the tax year changes! Let's keep "
        "in touch.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "022-same-org-current-alias",
        "modern",
        "en",
        ("Ben Carruthers", "Trainee Financial Planner at Forth and Calder", "Glasgow"),
        "hi Fiona, just started as a trainee planner at Forth and Calder on Monday, based in the "
        "Glasgow office for now. Looking forward to meeting you at the next team day.",
        LIKELY,
        ("same_organization",),
        mutual=9,
    ),
    case(
        "023-same-org-past-alias",
        "classic",
        "en",
        ("Eilidh Munro", "Compliance Manager at Strathearn Building Society", "Perth"),
        "Hi Fiona, we worked together at Thistle Bank years ago, I was in compliance on the "
        "third floor. Hope all is well at your end!",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry",
        "modern",
        "en",
        ("Gareth Lewis", "Chartered Financial Planner at Taff Valley Wealth", "Cardiff"),
        "Hi Fiona, I'm a chartered planner working mainly with business owners in South Wales. "
        "Always good to connect with other planners elsewhere in the UK.",
        LIKELY,
        ("same_industry",),
        mutual=4,
    ),
    case(
        "025-shared-interest",
        "classic",
        "en",
        ("Helen Murray", "Policy Officer at Age Scotland", "Edinburgh"),
        "Hi Fiona, your post about planning ahead for care home fees really struck a chord. We "
        "get calls from families about exactly this every week and I'd like to follow your work.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group",
        "modern",
        "en",
        ("Stuart Kerr", "Paraplanner at Kerr Financial", "Aberdeen"),
        "Hi Fiona, saw your post in the Scottish Financial Planners Network about finding good "
        "paraplanners. Fellow member, nice to connect.",
        LIKELY,
        ("same_groups",),
        mutual=6,
    ),
    case(
        "027-mutual-referral",
        "classic",
        "en",
        ("Rachel Ng", "Investment Administrator at Grampian Trust Company", "Aberdeen"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "028-alumni-heriot-watt",
        "modern",
        "en",
        ("Iain Fergusson", "Structural Engineer at Arup", "Glasgow"),
        "Fiona, hello from another Heriot-Watt alum! I was in civil engineering, a couple of "
        "years behind you I think.",
        LIKELY,
        ("fellow_alumni",),
        mutual=1,
    ),
    case(
        "029-specific-interview",
        "classic",
        "en",
        ("Claire Dunlop", "Personal Finance Reporter at The Scotsman", "Edinburgh"),
        "Hi Fiona, I'm writing a piece on how the pension tax changes will hit Scottish savers "
        "and would love 15 minutes of your time for a quote this week.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "030-specific-question",
        "modern",
        "en",
        ("Alan Grieve", "Retired Headteacher", "North Berwick"),
        "Fiona, quick one: is your firm still running the free retirement evenings at the "
        "library in North Berwick? My wife and I missed the last one and would like to come.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "031-met-es",
        "modern",
        "en",
        ("Andrés Navarro", "Asesor patrimonial en Navarro & Asociados", "Bilbao, España"),
        "Hola Fiona, compartimos mesa en la cumbre de servicios financieros de Edimburgo. ¡Fue un "
        "placer conocerte y espero que sigamos en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=3,
    ),
    case(
        "032-alumni-de",
        "modern",
        "en",
        ("Florian Bauer", "Berater für betriebliche Altersvorsorge", "München"),
        "Guten Tag Fiona, ich habe 2010 meinen Master an der Heriot-Watt in Edinburgh gemacht. "
        "Schön, eine Absolventin derselben Uni in der Finanzplanung zu sehen!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "033-met-breakfast-talk",
        "modern",
        "en",
        ("Lewis Grant", "Owner at Grant Joinery", "Dalkeith"),
        "Thanks for taking my question on pensions for the self-employed at the FSB breakfast "
        "this morning, very helpful!",
        LIKELY,
        ("met_in_person",),
        mutual=15,
        comment="he asked her a question in person at her talk: a meeting, however brief",
    ),
    case(
        "034-specific-it",
        "modern",
        "en",
        ("Giorgio Ferri", "Direttore presso Ferri Family Office", "Lugano, Svizzera"),
        "Buongiorno Fiona, cerchiamo un partner a Edimburgo per seguire alcuni nostri clienti "
        "italiani con patrimonio nel Regno Unito. Saresti disponibile per una chiamata "
        "conoscitiva?",
        LIKELY,
        ("specific_reason",),
        comment="looking for a planner to refer clients to: an opportunity for her, not a pitch",
    ),
    case(
        "035-resent-of-027",
        "classic",
        "en",
        ("Rachel Ng", "Investment Administrator at Grampian Trust Company", "Aberdeen"),
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
        ("Gordon Blair", "Chief Executive at Lothian Community Foundation", "Edinburgh"),
        "Fiona, great to meet you properly at the charity ceilidh on Saturday. Thanks again for "
        "the tips on Gift Aid!",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "037-markup-in-note-and-headline",
        "classic",
        "en",
        ("Nadia Rahman", "Analyst <b>Fixed Income</b> at Kelvin Asset Management", "Glasgow"),
        "Hi Fiona, <b>lovely</b> to meet you at the CISI conference "
        '<img src=x onerror="alert(1)"> and talk about gilt ladders!',
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "en",
        ("Calum Stewart", "Lecturer in Finance at University of Stirling", "Stirling"),
        "Hi Fiona, I was doing my PhD at St Andrews around the time you were there. Small world!",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "039-group-dash",
        "classic",
        "en",
        ("Lucy Carmichael", "Chartered Wealth Manager at Carmichael Partners", "Edinburgh"),
        "Hi Fiona — another CISI member in Edinburgh here; keen to compare notes on how you're "
        "handling the Consumer Duty reviews.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "040-shared-interest-2",
        "modern",
        "en",
        ("Ewan Mitchell", "Sustainability Analyst at Greenleaf Investments", "Edinburgh"),
        "Hi Fiona, I'm also keen to get more private clients into sustainable portfolios and "
        "would love to hear how you talk to them about ESG funds.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "041-met-former-client",
        "modern",
        "en",
        ("Margaret Doyle", "Retired", "Portobello, Edinburgh"),
        "Hello Fiona, you helped my late husband and me sort out our pensions back when you were "
        "at the bank. I've just joined LinkedIn and wanted to say thank you again.",
        LIKELY,
        ("met_in_person",),
        mutual=1,
        comment="a former client: she knows her in person; the bank is not named",
    ),
    case(
        "042-missed-festival",
        "classic",
        "en",
        ("Rhona Dick", "Paraplanner at Caird Financial", "Kirkcaldy"),
        "Hi Fiona, I couldn't make the PFS Festival this year but a colleague passed on your "
        "slides on retirement income planning. I'm a paraplanner in Fife and I'm borrowing a few "
        "of your ideas!",
        LIKELY,
        ("same_industry", "shared_interests"),
        comment="she says she missed the event: not a meeting",
    ),
    case(
        "111-pitch-saas",
        "modern",
        "en",
        ("Olivia Barnes", "Account Executive at ClientPortal Pro", "Bristol"),
        "Hi Fiona, our client portal helps wealth firms onboard new clients 3x faster with "
        "e-signatures and ID checks built in. Free for 30 days, shall I set you up?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "112-pitch-after-meeting",
        "classic",
        "en",
        ("Kevin Marshall", "Business Development Manager at Aegis Platform Services", "Edinburgh"),
        "Hi Fiona, good to meet you at our stand at the Scottish Financial Services Summit! We're "
        "offering reduced platform fees to new adviser firms this quarter, can I send over the "
        "details?",
        LOOK,
        ("met_in_person",),
        comment="sales pitch: a red flag whatever else the note answers (they did meet)",
    ),
    case(
        "113-weak-past-org-headline",
        "classic",
        "en",
        ("Sandra Mitchell", "Branch Manager at Northern Thistle Bank", "Kirkcaldy"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my past organizations (weak)",
    ),
    case(
        "114-weak-mutual",
        "modern",
        "en",
        ("Robert Hay", "Farm Manager at Hay Farms", "Kelso, Scottish Borders"),
        None,
        LOOK,
        mutual=29,
        comment="no note; 29 connections in common, threshold 12 (weak)",
    ),
    case(
        "115-spoof-good-note",
        "modern",
        "en",
        ("Amy Collins", "HR Manager", "Edinburgh"),
        "Hi Fiona, lovely chatting at the CISI conference! I've shared the pension scheme "
        "documents with you, sign in here to view them.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-secure-mail.com",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "116-weak-industry-headline",
        "classic",
        "en",
        ("Paul Gibson", "Mortgage & Protection Adviser | Financial Services", "Motherwell"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "117-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Hugo Lambert", "Partner at Meridian Crest Holdings", "Geneva"),
        "Hi Fiona, great meeting you at the CISI conference. Please open the attached invoice "
        "for your records.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed meeting is not "
        "counted, as in the samples",
    ),
    case(
        "118-weak-school-headline",
        "modern",
        "en",
        ("Sophie Allan", "Student at University of St Andrews", "St Andrews"),
        None,
        LOOK,
        mutual=2,
        comment="no note; headline names one of my schools (weak)",
    ),
    case(
        "119-pitch-recruiter",
        "classic",
        "en",
        ("James Whitaker", "Senior Consultant at Ledger Search Partners", "London"),
        "Hi Fiona, we place experienced chartered planners with firms across the UK, excellent "
        "packages and hybrid working. Open to hearing about current roles?",
        LOOK,
        comment="recruitment agency pitch, not a specific opportunity",
    ),
    case(
        "120-dmarc-fail-plain-note",
        "modern",
        "en",
        ("Laura McIntyre", "Paraplanner at Clyde Wealth", "Glasgow"),
        "Hi Fiona, good to meet you at the SFPN meet-up in Glasgow last month. Keen to stay in "
        "touch!",
        LOOK,
        auth="fail",
        mutual=5,
        comment="DKIM and DMARC failed: flagged even though the note itself reads as genuine",
    ),
    case(
        "221-stock-en",
        "classic",
        "en",
        ("Craig Wallace", "Sales Executive at Caledonian Office Supplies", "Livingston"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "222-stock-es",
        "classic",
        "en",
        ("Lucía Herrera", "Ejecutiva de ventas en Herrera Viajes", "Sevilla, España"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "223-stock-it",
        "classic",
        "en",
        ("Davide Greco", "Agente di commercio presso Greco Alimentari", "Palermo, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "224-modern-no-note",
        "modern",
        "en",
        ("Tyler Knox", "Growth Hacker | Dropshipping | Keynote Speaker", "Dubai"),
        None,
        GENERIC,
        mutual=2,
    ),
    case(
        "225-custom-vague",
        "modern",
        "en",
        ("Hannah Scott", "Events Coordinator at Caledonian Hotels", "Edinburgh"),
        "Hi Fiona, I saw your profile and would be delighted to have you in my network.",
        GENERIC,
    ),
    case(
        "226-custom-vague-2",
        "classic",
        "en",
        ("Marcus Bell", "Entrepreneur | Mentor | Podcast Host", "Manchester"),
        "Hey Fiona! Connecting with top professionals across Scotland. Let's grow together!",
        GENERIC,
    ),
    case(
        "227-old-stock-signed",
        "classic",
        "en",
        ("Stephen Reilly", "Heating Engineer at Reilly Heating", "Paisley"),
        "I'd like to join your LinkedIn network.\nCheers, Stephen",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "228-stock-de",
        "classic",
        "en",
        ("Julia Hartmann", "Key Account Managerin bei Hartmann Logistik GmbH", "Köln"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "229-stock-fr",
        "classic",
        "en",
        ("Antoine Rousseau", "Directeur commercial chez Rousseau Immobilier", "Bordeaux"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "230-custom-vague-3",
        "modern",
        "en",
        ("Kerry Boyle", "Customer Success Manager at Skyscanner", "Edinburgh"),
        "Hello Fiona, hope all is well with you. Would be good to connect.",
        GENERIC,
        mutual=1,
    ),
    case(
        "231-stock-pt",
        "classic",
        "en",
        ("Beatriz Almeida", "Consultora comercial na Almeida Móveis", "Lisboa, Portugal"),
        None,
        GENERIC,
        stock="pt",
    ),
    case(
        "232-vague-praise",
        "modern",
        "en",
        ("Jenna Lawrie", "Personal Trainer at Fit Leith", "Edinburgh"),
        "Hi Fiona, love the content you share, really inspiring stuff! Would be great to connect.",
        GENERIC,
        mutual=3,
        comment="warm but vague praise: answers nothing",
    ),
    case(
        "233-only-her-employer",
        "modern",
        "en",
        ("Darren Hutchison", "Owner at Hutchison Roofing", "Edinburgh"),
        "Hi Fiona, I see you're a partner at Forth & Calder. I'd love to connect!",
        GENERIC,
        mutual=4,
        comment="repeats her employer from her profile; says nothing of his own link to it",
    ),
]

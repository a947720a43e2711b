"""Held-out invitations for Dr. Katrin Meier, head of clinical operations at a Basel pharma company.

English interface. She studied pharmaceutical sciences at the University of Basel, did her PhD at
ETH Zürich, spent her early career at a contract research organization (Lemanis Clinical
Research) and now runs clinical operations at Rhenovia Pharma AG. Her contacts are sponsors,
CROs, sites, vendors and recruiters from Switzerland and the rest of Europe. Notes mostly in
plain professional English, with about the samples' share of Spanish, German and Italian custom
notes and French, Spanish, Italian, German and Portuguese stock notes. One invitation for every
likely-accept, needs-a-look and generic sample of tests/fixtures/linkedin (the same kind of case,
written from scratch for this recipient), then a second pass over the same kinds with other
writers and other wording, plus a few kinds the samples lack (a pitch from a vendor she did
meet, a school-only headline, a failed sender with an ordinary note, vague praise). The builder
has no reminder, HTML-only, bad-charset or unterminated-multipart layout: those kinds are
written as ordinary invitations of the same category. Labels follow DESIGN.md's "Categories",
as the recipient would judge the note, written without looking at the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

CLINOPS = Recipient(
    name="Katrin Meier",
    address="katrin.meier@example.ch",
    headline="Head of Clinical Operations at Rhenovia Pharma AG",
    profile_slug="katrin-meier-clinops",
)

CLINOPS_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Katrin Meier"
organizations = ["Rhenovia Pharma AG", "Lemanis Clinical Research"]
schools = ["University of Basel", "ETH Zürich"]
industries = [
    "pharmaceuticals", "clinical research", "clinical operations", "drug development",
    "life sciences",
]
interests = [
    "decentralized clinical trials", "risk-based monitoring", "patient-centric trial design",
    "oncology trials", "rare diseases", "GCP inspection readiness",
]
groups = [
    "DIA", "ACRP", "Swiss Clinical Trial Organisation", "Basel Women in Life Sciences",
]
events = ["DIA Europe 2026", "Swiss Biotech Day 2026", "SCOPE Europe 2026"]
contacts = ["Andreas Brunner", "Sophie Lachenal", "Rahul Menon"]

# Other names people use for the same thing.
[aliases]
"Rhenovia Pharma AG" = ["Rhenovia Pharma", "Rhenovia"]
"Lemanis Clinical Research" = ["Lemanis CRO", "Lemanis"]
"University of Basel" = ["Universität Basel", "Uni Basel", "Basel University", "Unibas"]
"ETH Zürich" = ["ETH Zurich", "ETH", "ETHZ", "Swiss Federal Institute of Technology"]
"DIA" = ["Drug Information Association"]
"ACRP" = ["Association of Clinical Research Professionals"]
"Swiss Clinical Trial Organisation" = ["SCTO", "Swiss Clinical Trial Organization"]
"Basel Women in Life Sciences" = ["BWLS"]
"DIA Europe 2026" = ["DIA Europe", "DIA 2026"]
"Swiss Biotech Day 2026" = ["Swiss Biotech Day"]
"SCOPE Europe 2026" = ["SCOPE Europe", "SCOPE Summit Europe"]
"decentralized clinical trials" = [
    "decentralized trials", "decentralised trials", "decentralised clinical trials", "DCT",
    "DCTs",
]
"risk-based monitoring" = ["risk based monitoring", "RBM"]
"patient-centric trial design" = ["patient-centric trials", "patient centricity"]
"oncology trials" = ["oncology studies", "cancer trials"]
"rare diseases" = ["rare disease"]
"GCP inspection readiness" = ["inspection readiness"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 12
"""

_REFERRAL = (
    "Andreas Brunner suggested I get in touch with you about site feasibility for your "
    "upcoming phase II study in Switzerland."
)
_REFERRAL_2 = (
    "Hello Katrin, Sophie Lachenal mentioned you have run several rare disease trials in "
    "Switzerland and might share some advice on site selection. Would you have 20 minutes?"
)

CLINOPS_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-dia-europe",
        "classic",
        "en",
        ("Ethan Walker", "Clinical Trial Manager at Veritas Oncology", "London, United Kingdom"),
        "Hi Katrin, really enjoyed our chat at the DIA Europe reception on Wednesday. I hope we "
        "can pick up the conversation on site activation timelines soon.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        ("Sarah Okafor", "Clinical Data Manager at Rhenovia Pharma AG", "Basel, Switzerland"),
        "Hi Katrin, I joined the data management team at Rhenovia last month and I'm getting to "
        "know colleagues in clinical operations. Looking forward to working together.",
        LIKELY,
        ("same_organization",),
        mutual=9,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Thomas Keller", "Senior CRA at IQVIA", "Zürich, Switzerland"),
        "Katrin, we worked together at Lemanis Clinical Research around 2016 (I was one of the "
        "CRAs on the cardiology studies). Would be nice to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        (
            "Priya Desai",
            "Director, Clinical Operations at Novacura Therapeutics",
            "Boston, Massachusetts",
        ),
        "Hello Katrin, I lead clinical operations at a mid-size biotech and I'm always keen to "
        "learn from peers who run trials in Europe.",
        LIKELY,
        ("same_industry",),
        mutual=3,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Megan O'Connell", "Patient Engagement Lead at Cairn Health Research", "Dublin, Ireland"),
        "Hi Katrin, I read your article on decentralized trials and home nursing visits in "
        "oncology. That is the topic of the project I'm working on right now.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Anja Vogel", "Clinical Project Manager at Oberland Biotech", "Allschwil, Switzerland"),
        "Hi Katrin, we're both in the Basel Women in Life Sciences group. I liked your comment in "
        "the thread about coming back to work after parental leave.",
        LIKELY,
        ("same_groups",),
        mutual=5,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        ("Marco Steiner", "Head of Site Network at Swiss Oncology Research Group", "Bern"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Laura Fischer", "Regulatory Affairs Manager at Straumann", "Basel, Switzerland"),
        "Hi Katrin! Fellow Uni Basel alum here (pharmaceutical sciences, 2008). Nice to find you "
        "on here!",
        LIKELY,
        ("fellow_alumni",),
        mutual=2,
    ),
    case(
        "009-specific-site-visit",
        "classic",
        "en",
        ("Corinne Häfliger", "Study Coordinator at Kantonsspital Aarau", "Aarau, Switzerland"),
        "Hi Katrin, I coordinate studies at the Kantonsspital Aarau and we would like to host "
        "your team for a pre-study visit before the RHN-204 trial starts. Could we set up a call?",
        LIKELY,
        ("specific_reason",),
        comment="a site offering a pre-study visit for her trial: a concrete reason, not a pitch",
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Michael Huber", "Board Member at Swiss Lymphoma Patient Network", "Luzern"),
        "Katrin, may I ask whether Rhenovia involves patient representatives when reviewing "
        "protocols? Our association would be glad to contribute.",
        LIKELY,
        ("specific_reason",),
        comment="a patient association offering input: a concrete question, not a sales pitch",
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        (
            "Carmen Ortega",
            "Monitora de Ensayos Clínicos en Hospital Vall d'Hebron",
            "Barcelona, España",
        ),
        "Hola Katrin, coincidimos en SCOPE Europe, en la mesa redonda sobre reclutamiento de "
        "pacientes. ¡Me encantaría seguir en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=4,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Stefan Wyss", "Leiter Qualitätssicherung bei Bachem AG", "Bubendorf, Schweiz"),
        "Hallo Katrin, wir haben beide an der ETH Zürich doktoriert, ich war in der Gruppe "
        "nebenan. Ich würde mich freuen, in Kontakt zu bleiben.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-talk",
        "modern",
        "en",
        ("Rebecca Hall", "VP Clinical Development at Lumora Bio", "Cambridge, United Kingdom"),
        "Thanks for the candid discussion after your talk at Swiss Biotech Day!",
        LIKELY,
        ("met_in_person",),
        mutual=14,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        (
            "Francesca Greco",
            "Coordinatrice Master in Sperimentazione Clinica presso Università di Pavia",
            "Pavia, Italia",
        ),
        "Buongiorno Katrin, sto preparando un seminario per il nostro master in sperimentazione "
        "clinica e vorrei invitarla a parlare della gestione degli studi multicentrici.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        ("Marco Steiner", "Head of Site Network at Swiss Oncology Research Group", "Bern"),
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
        ("Oliver Bennett", "Feasibility Manager at Parexel", "Berlin, Germany"),
        "Hi Katrin, good to meet you at SCOPE Europe in Barcelona. Happy to continue our "
        "discussion on feasibility timelines whenever suits you.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-note",
        "classic",
        "en",
        ("Nicolas Favre", "eClinical Consultant", "Geneva, Switzerland"),
        "<script>alert('x')</script> Hi Katrin, we met at Swiss Biotech Day & talked about "
        "<b>eConsent</b> roll-outs.",
        LIKELY,
        ("met_in_person",),
        comment="note contains markup that must be shown as text, never executed (the builder "
        "cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Elena Marković", "Medical Science Liaison at Helsinn", "Lugano, Switzerland"),
        "Katrin, I did my PhD at ETH Zurich as well (2012) and I now work in medical affairs in "
        "Ticino.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "en",
        ("Lars Eriksen", "Clinical Quality Lead at Ferring", "Copenhagen, Denmark"),
        "Hi Katrin, fellow DIA member here — would love to compare notes on vendor oversight.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "en",
        ("Amira Haddad", "Central Monitoring Lead at Cytel", "Geneva, Switzerland"),
        "Hi Katrin, I work on risk-based monitoring too and would love to exchange ideas on "
        "central statistical monitoring.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Jason Miller", "Account Executive at EnrollIQ", "San Diego, California"),
        "Hi Katrin, we help sponsors cut patient recruitment timelines by 40% with our AI "
        "matching platform. Open to a 20-minute demo next week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "en",
        ("Deepa Nair", "Business Development Director at ClinStaff Solutions", "Pune, India"),
        "Katrin, our team provides flexible CRA and study start-up resourcing across Europe at "
        "competitive rates. May I send you our rate card?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Martin Gerber", "Facility Manager at Rhenovia Pharma AG", "Basel, Switzerland"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names one of my organizations (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Claudia Frei", "Key Account Manager at Swisscom", "Zürich, Switzerland"),
        None,
        LOOK,
        mutual=26,
        comment="no note; 26 connections in common, threshold 12 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Emily Clarke", "Talent Acquisition Partner", "London, United Kingdom"),
        "Hi Katrin, we met at DIA Europe. Please sign in to confirm your account and read my "
        "message.",
        LOOK,
        auth="lookalike",
        lookalike="linkedln-notify.com",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "106-weak-industry-headline",
        "classic",
        "en",
        ("Rajesh Kumar", "Clinical Research Associate | Pharmaceuticals", "Hyderabad, India"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Robert Lang", "Managing Partner at Crestline Capital", "Dubai"),
        "Hi Katrin, fellow ETH alum! Kindly review the contract I shared with you.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "108-pitch-after-meeting",
        "classic",
        "en",
        (
            "Georg Lindner",
            "Business Development Manager at CliniLog Courier Services",
            "Frankfurt am Main",
        ),
        "Hi Katrin, nice meeting you at our booth at DIA Europe! We ship temperature-controlled "
        "samples from European sites at 15% below market rates. Shall I send you an offer?",
        LOOK,
        ("met_in_person",),
        comment="sales pitch: a red flag whatever else the note answers (they did meet)",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Kevin Moore", "Sales Director at Globalink Freight", "Frankfurt am Main"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Javier Morales", "Ejecutivo de Cuentas en Logística Iberia", "Madrid, España"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Alessandro Ferri", "Promotore finanziario presso Fineco", "Milano, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Chase Walker", "Founder | Biohacker | Longevity Investor", "Miami, Florida"),
        None,
        GENERIC,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Sophie Turner", "Marketing Assistant at Nestlé", "Vevey, Switzerland"),
        "Hi Katrin, your profile came up in my feed and I'd be happy to connect with you.",
        GENERIC,
        mutual=1,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Mike Johnson", "Entrepreneur | Speaker", "Las Vegas, Nevada"),
        "Hi there! Growing my network with inspiring leaders from every field. Let's connect!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Brigitte Huber", "Insurance Advisor at Helvetia", "Liestal, Switzerland"),
        "I'd like to add you to my professional network on LinkedIn.\n- Brigitte Huber",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Thomas Richter", "Vertriebsleiter bei Würth AG", "Arlesheim, Schweiz"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Céline Fontaine", "Conseillère clientèle chez Crédit Agricole", "Mulhouse, France"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Noah Schmid", "Student at Gymnasium Muttenz", "Muttenz, Switzerland"),
        "Hi Katrin, hope all is well. Happy to connect.",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Rafael Costa", "Gerente de Vendas na Sonae", "Porto, Portugal"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-dinner",
        "classic",
        "en",
        ("Chloé Bernard", "Clinical Study Lead at Ipsen", "Paris, France"),
        "Katrin, it was a pleasure sharing a table with you at the SCOPE Europe dinner. Thanks "
        "again for the tips on working with the Swiss ethics committees!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "022-same-org-current-alias",
        "modern",
        "en",
        ("Yannick Roth", "Clinical Trial Assistant at Rhenovia", "Basel, Switzerland"),
        "Hello Katrin, I'm the new CTA in the oncology study team at Rhenovia Pharma since March. "
        "Nice to e-meet you!",
        LIKELY,
        ("same_organization",),
        mutual=8,
    ),
    case(
        "023-same-org-past-alias",
        "classic",
        "en",
        ("Nathalie Girard", "Project Director at ICON plc", "Lyon, France"),
        "Hi Katrin, we were at Lemanis together in the early days, when the whole Basel office "
        "still fit into one meeting room! Hope you are doing well.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry",
        "modern",
        "en",
        ("Aisha Rahman", "Clinical Operations Manager at Galderma", "Lausanne, Switzerland"),
        "Dear Katrin, I manage clinical trials for a dermatology company in Lausanne and would be "
        "glad to connect with other clinical operations leaders in Switzerland.",
        LIKELY,
        ("same_industry",),
        mutual=4,
    ),
    case(
        "025-shared-interest",
        "classic",
        "en",
        (
            "Kenji Watanabe",
            "PhD Candidate, Clinical Trial Methodology at University of Bern",
            "Bern, Switzerland",
        ),
        "Hi Katrin, your post on patient-centric trial design and cutting down site visits really "
        "resonated with me. My PhD looks at participant burden in oncology studies.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group",
        "modern",
        "en",
        ("Olga Nowak", "Senior CRA at Syneos Health", "Warsaw, Poland"),
        "Hi Katrin, I saw your answer in the ACRP community forum about CRA workload metrics. "
        "Fellow member, nice to connect!",
        LIKELY,
        ("same_groups",),
        mutual=6,
    ),
    case(
        "027-mutual-referral",
        "classic",
        "en",
        ("Isabel Grant", "Clinical Operations Director at Helix Rare", "Amsterdam, Netherlands"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "028-alumni-eth",
        "modern",
        "en",
        ("Lea Zimmermann", "Scientist at Lonza", "Visp, Switzerland"),
        "Katrin, hello from another ETH Zürich PhD! I defended in 2015 at the Institute of "
        "Pharmaceutical Sciences.",
        LIKELY,
        ("fellow_alumni",),
        mutual=1,
    ),
    case(
        "029-specific-interview",
        "classic",
        "en",
        ("Claire Dawson", "Reporter at Endpoints News", "London, United Kingdom"),
        "Hi Katrin, I'm writing a piece on how European sponsors are coping with the EU Clinical "
        "Trials Regulation and would love to interview you for 20 minutes next week.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "030-specific-site-question",
        "modern",
        "en",
        ("Simon Egli", "Study Nurse at Kantonsspital Baselland", "Liestal, Switzerland"),
        "Katrin, do you know whether Rhenovia is still looking for sites for the atopic "
        "dermatitis study? Our clinic would be interested in taking part.",
        LIKELY,
        ("specific_reason",),
        comment="a site asking to join her study: a concrete question, not a sales pitch",
    ),
    case(
        "031-met-es",
        "modern",
        "en",
        (
            "Pablo Navarro",
            "Director de Operaciones Clínicas en Grifols",
            "Sant Cugat del Vallès, España",
        ),
        "Hola Katrin, fue un placer conocerte en la cena de DIA Europe. Gracias por los consejos "
        "sobre los comités éticos en Suiza. ¡Seguimos en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=3,
    ),
    case(
        "032-alumni-de",
        "modern",
        "en",
        ("Julia Brand", "Wissenschaftliche Mitarbeiterin bei Swissmedic", "Bern, Schweiz"),
        "Guten Tag Frau Dr. Meier, ich habe ebenfalls an der Universität Basel Pharmazie "
        "studiert (Abschluss 2010). Es würde mich freuen, mit Ihnen vernetzt zu sein.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "033-met-session",
        "modern",
        "en",
        (
            "Ryan Fitzgerald",
            "Head of Clinical Supply at Almac",
            "Craigavon, United Kingdom",
        ),
        "Great to chat with you after the DIA Europe session on Thursday, and thanks for taking "
        "my question on direct-to-patient shipping!",
        LIKELY,
        ("met_in_person",),
        mutual=13,
    ),
    case(
        "034-specific-it",
        "modern",
        "en",
        (
            "Luca Moretti",
            "Responsabile Studi Clinici presso Istituto Oncologico della Svizzera Italiana",
            "Bellinzona, Svizzera",
        ),
        "Buongiorno Dr.ssa Meier, il nostro centro vorrebbe partecipare come sito ai vostri "
        "prossimi studi oncologici in Svizzera. Sarebbe disponibile per una breve chiamata?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "035-resent-of-027",
        "classic",
        "en",
        ("Isabel Grant", "Clinical Operations Director at Helix Rare", "Amsterdam, Netherlands"),
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
        ("Patrick Weber", "Country Manager Switzerland at Medpace", "Zürich, Switzerland"),
        "Katrin, nice to finally meet in person at the SCTO symposium in Bern on Thursday. Hope "
        "to see you at the next one!",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "037-markup-in-note-and-headline",
        "classic",
        "en",
        ("Jonas Frey", "CRA <i>Oncology & Hematology</i> at PSI CRO", "Zug, Switzerland"),
        "Hi Katrin, <b>great</b> talking to you at SCOPE Europe "
        '<img src=x onerror="alert(1)"> about monitoring visit reports!',
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "en",
        ("Matthias Suter", "Biostatistician at Idorsia", "Allschwil, Switzerland"),
        "Katrin, Uni Basel grad here as well (MSc 2011), now doing biostatistics just down the "
        "road in Allschwil.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "039-group-dash",
        "classic",
        "en",
        ("Ingrid Solberg", "Clinical Operations Lead at Nykode Therapeutics", "Oslo, Norway"),
        "Hello Katrin — I'm also a member of the Drug Information Association; keen to swap "
        "experiences on CRO selection.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "040-shared-interest-2",
        "modern",
        "en",
        ("Hugo Laurent", "Clinical Innovation Manager at Servier", "Paris, France"),
        "Hi Katrin, I'm rolling out eConsent and home visits in our decentralised trials and would "
        "love to share lessons learned with you.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "111-pitch-saas",
        "modern",
        "en",
        ("Brittany Cole", "Sales Executive at SiteFlow eTMF", "Raleigh, North Carolina"),
        "Hi Katrin, our cloud eTMF helps clinical ops teams get through inspections without "
        "findings. Can I show you a quick demo this month?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "112-pitch-after-meeting",
        "classic",
        "en",
        ("Heather Collins", "Director, Business Development at Meridian CRO", "Reading, UK"),
        "Katrin, lovely to meet you at Swiss Biotech Day! As discussed, we can take over your "
        "full monitoring for the phase III at a very attractive price. When can we present?",
        LOOK,
        ("met_in_person",),
        comment="service pitch: a red flag whatever else the note answers (they did meet)",
    ),
    case(
        "113-weak-past-org-headline",
        "classic",
        "en",
        ("Sandra Kunz", "Office Manager at Lemanis Clinical Research", "Basel, Switzerland"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my past organizations (weak)",
    ),
    case(
        "114-weak-mutual",
        "modern",
        "en",
        ("Beat Schneider", "Head of Procurement at Coop", "Basel, Switzerland"),
        None,
        LOOK,
        mutual=34,
        comment="no note; 34 connections in common, threshold 12 (weak)",
    ),
    case(
        "115-spoof-good-note",
        "modern",
        "en",
        ("Anna Wright", "HR Manager", "Zürich, Switzerland"),
        "Hello Katrin, lovely to meet you at Swiss Biotech Day! I've shared the job description "
        "with you, log in here to view it.",
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
        ("Vikram Singh", "Clinical Operations | Drug Development | Biotech", "Mumbai, India"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "117-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Alan Pierce", "Director at Sterling Asset Partners", "Hong Kong"),
        "Dear Katrin, we met at SCOPE Europe. Please open the attached invoice for the "
        "sponsorship package.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed meeting is not "
        "counted, as in the samples",
    ),
    case(
        "118-weak-school-headline",
        "modern",
        "en",
        ("Nina Baumgartner", "PhD Student at ETH Zürich", "Zürich, Switzerland"),
        None,
        LOOK,
        mutual=2,
        comment="no note; headline names one of my schools (weak)",
    ),
    case(
        "119-dmarc-fail-plain-note",
        "modern",
        "en",
        ("Léa Perrin", "Clinical Project Manager at Debiopharm", "Lausanne, Switzerland"),
        "Hi Katrin, it was good to chat at Swiss Biotech Day. Let's stay in touch!",
        LOOK,
        auth="fail",
        mutual=4,
        comment="DKIM and DMARC failed: flagged even though the note itself reads as genuine",
    ),
    case(
        "221-stock-en",
        "classic",
        "en",
        ("Greg Thompson", "Sales Manager at Office World", "Basel, Switzerland"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "222-stock-es",
        "classic",
        "en",
        ("Camila Vargas", "Asesora Inmobiliaria en Century 21", "Valencia, España"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "223-stock-it",
        "classic",
        "en",
        ("Giorgio Marini", "Consulente commerciale presso Enel Energia", "Como, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "224-modern-no-note",
        "modern",
        "en",
        ("Tyler Banks", "Crypto Educator | Forex Mentor | Dropshipping", "Dubai"),
        None,
        GENERIC,
        mutual=2,
    ),
    case(
        "225-custom-vague",
        "modern",
        "en",
        ("Jessica Lang", "Sales Associate at Manor", "Basel, Switzerland"),
        "Hello Katrin, I saw your profile and thought it would be great to be connected.",
        GENERIC,
    ),
    case(
        "226-custom-vague-2",
        "classic",
        "en",
        ("Ahmed Karim", "CEO at Karim Ventures", "Abu Dhabi"),
        "Hello! Always happy to connect with talented professionals around the world. Let's "
        "connect!",
        GENERIC,
    ),
    case(
        "227-old-stock-signed",
        "classic",
        "en",
        ("Urs Gasser", "Financial Planner at Swiss Life", "Pratteln, Switzerland"),
        "I'd like to join your LinkedIn network.\nBest regards, Urs",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "228-stock-de",
        "classic",
        "en",
        ("Sabine Koch", "Kundenberaterin bei der Sparkasse Lörrach-Rheinfelden", "Lörrach"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "229-stock-fr",
        "classic",
        "en",
        ("Julien Meyer", "Agent immobilier chez Orpi", "Saint-Louis, France"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "230-custom-vague-3",
        "modern",
        "en",
        ("Elias Kaufmann", "Apprentice at Migros", "Pratteln, Switzerland"),
        "Hi Katrin, hope you're having a good week. Would be nice to connect.",
        GENERIC,
        mutual=1,
    ),
    case(
        "231-stock-pt",
        "classic",
        "en",
        ("Beatriz Almeida", "Consultora Comercial na Vodafone", "Lisboa, Portugal"),
        None,
        GENERIC,
        stock="pt",
    ),
    case(
        "232-vague-praise",
        "modern",
        "en",
        ("Marco Bernasconi", "Wealth Manager at UBS", "Lugano, Switzerland"),
        "Dear Katrin, what an impressive career path! It would be an honour to have you in my "
        "network.",
        GENERIC,
        mutual=3,
        comment="flattery with nothing specific: answers nothing",
    ),
]

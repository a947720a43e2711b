"""Profile 6: a lead clinical pharmacist at an NHS hospital trust in Manchester, English interface.

Written in a sixth round by someone who had not read the classifier (phrases.py, checklist.py,
the sources) nor the other profiles' cases, and measured before any change. The first twenty
cases mirror the shared samples case by case in fresh wording; the rest are the many other ways
real people phrase (or fail to phrase) a reason. British English throughout.
`make_heldout.py` writes them to tests/heldout/pharmacist_manchester/.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

PHARMACIST = Recipient(
    name="Oliver Bennett",
    address="oliver.bennett@example.co.uk",
    headline="Lead Clinical Pharmacist (Antimicrobials) at Manchester University NHS Foundation "
    "Trust",
    profile_slug="oliver-bennett-pharm",
)

PHARMACIST_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Oliver Bennett"
organizations = [
    "Manchester University NHS Foundation Trust", "Salford Royal NHS Foundation Trust", "Boots UK",
]
schools = ["University of Bath", "Liverpool John Moores University"]
industries = ["hospital pharmacy", "clinical pharmacy", "healthcare"]
interests = [
    "antimicrobial stewardship", "medicines optimisation", "deprescribing",
    "independent prescribing", "medication safety", "pharmacogenomics",
    "penicillin allergy de-labelling",
]
groups = [
    "Royal Pharmaceutical Society", "UK Clinical Pharmacy Association",
    "Guild of Healthcare Pharmacists", "Greater Manchester Antimicrobial Pharmacists Network",
]
events = [
    "UKCPA Autumn Symposium 2026", "RPS Annual Conference 2026", "Clinical Pharmacy Congress 2026",
]
contacts = ["Aisha Rahman", "Gareth Llewellyn", "Helen Whitaker"]

# Other names people use for the same thing.
[aliases]
"Manchester University NHS Foundation Trust" = [
    "MFT", "Manchester University NHS", "Manchester Royal Infirmary", "Wythenshawe Hospital",
    "Wythenshawe",
]
"Salford Royal NHS Foundation Trust" = ["Salford Royal", "Northern Care Alliance"]
"Boots UK" = ["Boots"]
"University of Bath" = ["Bath Uni", "Uni of Bath", "Bath"]
"Liverpool John Moores University" = ["LJMU", "John Moores"]
"hospital pharmacy" = ["hospital pharmacist", "secondary care pharmacy"]
"clinical pharmacy" = ["clinical pharmacist"]
"healthcare" = ["health care"]
"antimicrobial stewardship" = ["AMS", "antibiotic stewardship"]
"medicines optimisation" = ["medicines optimization", "meds optimisation"]
"deprescribing" = ["de-prescribing"]
"independent prescribing" = ["pharmacist prescribing", "non-medical prescribing", "NMP"]
"medication safety" = ["medicines safety", "medication errors"]
"pharmacogenomics" = ["PGx"]
"penicillin allergy de-labelling" = ["penicillin allergy"]
"Royal Pharmaceutical Society" = ["RPS"]
"UK Clinical Pharmacy Association" = ["UKCPA"]
"Guild of Healthcare Pharmacists" = ["GHP"]
"Greater Manchester Antimicrobial Pharmacists Network" = [
    "GM Antimicrobial Pharmacists", "GM AMS network",
]
"UKCPA Autumn Symposium 2026" = ["UKCPA Symposium", "UKCPA Autumn Symposium"]
"RPS Annual Conference 2026" = ["RPS Annual Conference", "RPS conference"]
"Clinical Pharmacy Congress 2026" = ["Clinical Pharmacy Congress", "CPC"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 15
"""

_REFERRAL_NOTE = (
    "Hi Oliver, Aisha Rahman recommended I get in touch - we're creating our first dedicated "
    "antimicrobial pharmacist post and I'd value your advice on the job description."
)

PHARMACIST_CASES: list[Case] = [
    # likely accept, mirroring the samples: the note says why
    case(
        "001-met-congress",
        "classic",
        "en",
        ("Hannah Whitfield", "Senior Pharmacist, OPAT", "Bolton"),
        "Oliver, good to finally put a face to the name at the Clinical Pharmacy Congress on "
        "Friday. I was the one pestering you about OPAT referrals. Speak soon!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        ("Priya Desai", "Rotational Pharmacist", "Manchester"),
        "Hi Oliver, I've just started as a band 6 rotational pharmacist at Manchester Royal "
        "Infirmary and I'm trying to get to know the wider pharmacy team across the trust.",
        LIKELY,
        ("same_organization",),
        mutual=6,
        comment="Manchester Royal Infirmary is one of my trust's hospitals (an alias)",
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Tom Hargreaves", "Lead Pharmacist, Surgery at Royal Preston Hospital", "Preston"),
        "Oliver! We shared a dispensary rota at Salford Royal in 2014 and 2015 - I was the "
        "pre-reg who kept misplacing the CD keys. Hope life is treating you well.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        ("Fiona McAllister", "Pharmacy Team Leader", "Sheffield"),
        "Hello Oliver, I've worked as a hospital pharmacist in Sheffield for eight years and I'm "
        "keen to build links with peers across the North.",
        LIKELY,
        ("same_industry",),
        mutual=3,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Daniel Osei", "Specialist Pharmacist, Older People", "Bristol"),
        "Hi Oliver, your thread on stopping PPIs and statins in frail patients was spot on. I'm "
        "writing up a deprescribing audit from our care-of-the-elderly wards and would value "
        "your view.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Megan Price", "Critical Care Pharmacist", "Cardiff"),
        "Hi Oliver, I sit on the UK Clinical Pharmacy Association's critical care committee and "
        "saw your name on the members' forum. Would be good to connect before the spring meeting.",
        LIKELY,
        ("same_groups",),
        mutual=4,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        ("Rohan Mehta", "Chief Pharmacist at Tameside and Glossop", "Ashton-under-Lyne"),
        _REFERRAL_NOTE,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Laura Jenkins", "Medicines Information Pharmacist", "Leeds"),
        "Hi Oliver, another Bath pharmacy graduate here (MPharm 2013). Always nice to spot a "
        "fellow alumnus up north!",
        LIKELY,
        ("fellow_alumni",),
        mutual=8,
    ),
    case(
        "009-specific-placements",
        "classic",
        "en",
        ("Samir Haddad", "Placement Lead, MPharm at Keele University", "Keele"),
        "Hi Oliver, I coordinate experiential learning for our MPharm students and we're looking "
        "for a hospital site to host two fifth-years on antimicrobial rotations next spring. "
        "Could we arrange a quick call?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Kirsty Fraser", "Antimicrobial Pharmacist", "Bolton"),
        "Oliver, quick question: does your team share its vancomycin dosing calculator with "
        "other trusts? We're rebuilding ours at Bolton and don't want to reinvent the wheel.",
        LIKELY,
        ("specific_reason",),
        mutual=2,
    ),
    case(
        "011-met-es",
        "classic",
        "en",
        ("Lucía Moreno", "Farmacéutica hospitalaria en Hospital La Paz", "Madrid"),
        "Hola Oliver, me senté a tu lado en la cena del Clinical Pharmacy Congress en Londres. "
        "¡Fue un placer charlar contigo sobre los carbapenémicos!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Katharina Vogel", "Apothekerin, Universitätsklinikum Heidelberg", "Heidelberg"),
        "Hallo Oliver, ich habe meinen Master in Pharmakologie an der University of Bath "
        "gemacht, ein paar Jahre nach dir. Viele Grüße aus Heidelberg!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-panel",
        "classic",
        "en",
        ("James Whitworth", "Consultant Microbiologist", "Warrington"),
        "Thank you for taking my question after the antimicrobial resistance panel at the RPS "
        "Annual Conference - your answer on procalcitonin has stayed with me.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        ("Francesca Galli", "Dottoranda in Farmacia Clinica, Università di Padova", "Padova"),
        "Ciao Oliver, sto scrivendo la mia tesi di dottorato sui programmi di stewardship "
        "antibiotica negli ospedali inglesi: avresti mezz'ora per un'intervista online?",
        LIKELY,
        ("specific_reason", "shared_interests"),
    ),
    case(
        "015-reminder-of-007",
        "classic",
        "en",
        ("Rohan Mehta", "Chief Pharmacist at Tameside and Glossop", "Ashton-under-Lyne"),
        _REFERRAL_NOTE,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="reminder of 007: same inviter and note",
    ),
    case(
        "016-no-auth-header-met",
        "classic",
        "en",
        ("Imran Qureshi", "Pharmacist, Infectious Diseases", "Birmingham"),
        "Hi Oliver, lovely chatting with you over coffee at the UKCPA Autumn Symposium in "
        "Birmingham. Let's keep in touch.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-met",
        "modern",
        "en",
        ("Ben Carter", "Pharmacy Technician", "Oldham"),
        "<b>Hi Oliver</b>, we met at the GM Antimicrobial Pharmacists away day & you told me "
        "about your <i>IV-to-oral switch</i> audit.",
        LIKELY,
        ("met_in_person", "same_groups"),
        mutual=5,
        comment="markup in the note must be shown as text; being at my network's away day "
        "implies membership of it",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Niamh Doyle", "Critical Care Pharmacist at Aintree University Hospital", "Liverpool"),
        "Oliver, I did the clinical diploma at LJMU as well (2019 cohort) and now work in "
        "critical care at Aintree.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-guild",
        "modern",
        "en",
        ("Owen Griffiths", "Pharmacist, Surgery", "Wrexham"),
        "Oliver - fellow Guild of Healthcare Pharmacists rep here. Keen to swap notes on how "
        "your trust is handling the banding review.",
        LIKELY,
        ("same_groups", "specific_reason"),
        mutual=7,
    ),
    case(
        "020-interest-medication-safety",
        "classic",
        "en",
        ("Ruth Ashworth", "Lead Pharmacist at St Ann's Hospice", "Cheadle"),
        "Hi Oliver, I lead on medication safety at a hospice in Cheshire and would love to share "
        "what we've learned from our opioid incident reviews.",
        LIKELY,
        ("shared_interests",),
    ),
    # likely accept: other phrasings of a reason
    case(
        "021-past-org-second-sentence",
        "classic",
        "en",
        ("Karen Lowe", "Regional Manager at Superdrug", "Stockport"),
        "Hi Oliver, hope the winter pressures aren't too brutal this year. Our paths crossed at "
        "Boots in Didsbury years ago - I was the store manager when you did your summer "
        "placement.",
        LIKELY,
        ("same_organization",),
        comment="the reason is in the second sentence; Boots is a past organization of mine",
    ),
    case(
        "022-abbrev-mft",
        "modern",
        "en",
        ("Chloe Barnes", "Antimicrobial Pharmacist", "Manchester"),
        "Hi Oliver - new MFT starter here, antimicrobial pharmacist on the Wythenshawe site from "
        "Monday. Looking forward to working with you!",
        LIKELY,
        ("same_organization",),
        mutual=9,
    ),
    case(
        "023-short-ljmu",
        "classic",
        "en",
        ("Adebayo Okafor", "Pharmacist at Alder Hey Children's Hospital", "Liverpool"),
        "Fellow LJMU alum!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "024-sloppy-met",
        "modern",
        "en",
        ("Jade Kershaw", "Pharmacy Technician at Royal Oldham Hospital", "Oldham"),
        "hiya oliver, gr8 chatting at the rps conf last wk!! hope the train home wasnt 2 bad",
        LIKELY,
        ("met_in_person",),
        mutual=4,
        comment="text-speak and no capitals: 'rps conf' is the RPS Annual Conference",
    ),
    case(
        "025-passive-referral",
        "classic",
        "en",
        ("Mark Ellison", "Consultant Intensivist", "Stoke-on-Trent"),
        "You were recommended to me by Gareth Llewellyn as the go-to person on antifungal drug "
        "monitoring in ICU patients.",
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="passive voice; the purpose (advice on antifungal monitoring) is implied",
    ),
    case(
        "026-question-past-org",
        "modern",
        "en",
        ("Sophie Tran", "Senior Clinical Pharmacist, Renal", "Leicester"),
        "Weren't you a rotational pharmacist at Salford Royal around 2013? I'm fairly sure we "
        "shared an office behind the dispensary!",
        LIKELY,
        ("same_organization",),
        comment="put as a question, but it states that we worked at the same hospital",
    ),
    case(
        "027-contact-tells-me",
        "classic",
        "en",
        ("Natalie Hughes", "Allergy Nurse Specialist", "Stockport"),
        "Helen Whitaker tells me you're the person to ask about penicillin allergy de-labelling "
        "- we're trying to get a nurse-led pilot off the ground in Stockport.",
        LIKELY,
        ("mutual_connection", "shared_interests", "specific_reason"),
        comment="names one of my contacts without saying 'suggested'",
    ),
    case(
        "028-event-audience",
        "modern",
        "en",
        ("George Pearson", "Pharmacist, Infection", "Leeds"),
        "I was in the audience for your penicillin allergy session at the Clinical Pharmacy "
        "Congress - we're setting up the same service in Leeds and your slides have been passed "
        "round the whole team.",
        LIKELY,
        ("shared_interests",),
        mutual=3,
        comment="sitting in the audience is not meeting me; the shared interest answers",
    ),
    case(
        "029-met-fire-alarm",
        "classic",
        "en",
        ("Zoe Fletcher", "Paediatric Pharmacist", "Sheffield"),
        "Still laughing about the fire alarm going off halfway through the UKCPA dinner - lovely "
        "chatting with you on the pavement outside!",
        LIKELY,
        ("met_in_person",),
        comment="met in person without the word 'met'",
    ),
    case(
        "030-contact-trained-together",
        "modern",
        "en",
        ("Rhys Morgan", "Lead Pharmacist, Critical Care", "Cardiff"),
        "Gareth Llewellyn and I trained together in Cardiff - he speaks very highly of you.",
        LIKELY,
        ("mutual_connection",),
        mutual=11,
        comment="names one of my contacts as a common acquaintance, no 'suggested'",
    ),
    case(
        "031-abbrev-pgx",
        "classic",
        "en",
        ("Anjali Kapoor", "GP Partner", "Stockport"),
        "Hi Oliver, I'm running a PGx pilot across three practices in Stockport and would love "
        "your take on how it could link up with hospital prescribing.",
        LIKELY,
        ("shared_interests", "specific_reason"),
    ),
    case(
        "032-abbrev-ams",
        "modern",
        "en",
        ("Leon Fitzgerald", "Pharmacist", "Blackpool"),
        "Hi Oliver, AMS pharmacist at Blackpool Victoria here. Would be great to benchmark our "
        "IV-to-oral switch rates against yours.",
        LIKELY,
        ("shared_interests", "specific_reason"),
        mutual=6,
    ),
    case(
        "033-not-met-industry",
        "classic",
        "en",
        ("Liam Doherty", "Clinical Pharmacist at Stepping Hill Hospital", "Stockport"),
        "We've not met yet, but I'm a clinical pharmacist in Stockport and your deprescribing "
        "posts have changed how I run my ward rounds.",
        LIKELY,
        ("same_industry", "shared_interests"),
        comment="denies meeting: not met_in_person, but industry and interest answer",
    ),
    case(
        "034-question-placement",
        "modern",
        "en",
        ("Harriet Cole", "Foundation Training Lead, NHS England North West", "Manchester"),
        "Would your team have room for one of our foundation trainee pharmacists on a critical "
        "care placement in the spring? Happy to share the learning outcomes.",
        LIKELY,
        ("specific_reason",),
        mutual=12,
        comment="a request for a training placement, not a sales pitch",
    ),
    case(
        "035-met-fr",
        "classic",
        "en",
        ("Camille Laurent", "Pharmacienne hospitalière, CHU de Bordeaux", "Bordeaux"),
        "Bonjour Oliver, nous avons discuté des antibiotiques de réserve au congrès de l'EAHP à "
        "Bordeaux. Au plaisir de rester en contact !",
        LIKELY,
        ("met_in_person",),
        comment="'we talked at the EAHP congress': met, though the event is not in my list",
    ),
    case(
        "036-industry-pt",
        "modern",
        "en",
        ("Tiago Ferreira", "Farmacêutico Hospitalar, Hospital de São João", "Porto"),
        "Olá Oliver! Também sou farmacêutico hospitalar, no Porto, e acompanho com interesse o "
        "seu trabalho em gestão de antimicrobianos.",
        LIKELY,
        ("same_industry", "shared_interests"),
        comment="'I'm a hospital pharmacist too' and 'antimicrobial stewardship' in Portuguese; "
        "the checklist has no Portuguese aliases",
    ),
    case(
        "037-abbrev-nmp",
        "classic",
        "en",
        ("Amira Hassan", "Pharmacist, Acute Medicine", "Bury"),
        "Just passed my NMP (finally!) and your posts on pharmacists prescribing on ICU got me "
        "through the portfolio. Thank you!",
        LIKELY,
        ("shared_interests",),
        comment="NMP is an alias of independent prescribing",
    ),
    # needs a look, mirroring the samples: a pitch, a red flag or only a weak signal
    case(
        "101-pitch-eprescribing",
        "modern",
        "en",
        ("Craig Dunmore", "Head of Sales at ScriptLoop", "Reading"),
        "Hi Oliver, our closed-loop e-prescribing add-on has cut missed doses by 40% at three "
        "NHS trusts. Could I book 15 minutes to show you how it works?",
        LOOK,
        comment="sales pitch (software)",
    ),
    case(
        "102-pitch-writing-agency",
        "classic",
        "en",
        ("Lucy Fenwick", "Director at Quill Medical Communications", "Cambridge"),
        "Oliver, we're a medical writing agency producing CPD-accredited learning for pharmacy "
        "teams. Shall I send over our brochure and introductory rates?",
        LOOK,
        comment="sales pitch (agency)",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        (
            "Andrew Platt",
            "Senior Pharmacy Technician at Manchester University NHS Foundation Trust",
            "Manchester",
        ),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names my organization (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Olumide Bakare", "Operations Manager at Kellogg's", "Trafford"),
        None,
        LOOK,
        mutual=22,
        comment="no note; 22 connections in common (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Rebecca Lyons", "Pharmacist", "London"),
        "Hi Oliver, great to see you at the UKCPA Symposium. I've shared the slides with you - "
        "sign in here to download them.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-notify.co",
        comment="spoofed sender on a look-alike domain: flagged whatever the note says",
    ),
    case(
        "106-weak-industry-headline",
        "modern",
        "en",
        ("Aaron Whitehead", "Clinical Pharmacist at Leeds Teaching Hospitals", "Leeds"),
        None,
        LOOK,
        stock="en2",
        mutual=2,
        comment="stock note; headline names my industry (clinical pharmacist) (weak)",
    ),
    case(
        "107-dmarc-fail",
        "classic",
        "en",
        ("Victor Crane", "Finance Officer", "London"),
        "Hello Oliver, fellow Bath MPharm grad! Please check the payment details in the attached "
        "file.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    # needs a look: more pitches and signals
    case(
        "108-pitch-recruitment",
        "classic",
        "en",
        ("Danny Whelan", "Senior Consultant at Apex Pharma Recruitment", "Manchester"),
        "Hi Oliver, I'm a specialist pharmacy recruiter with several 8b lead roles in the "
        "private sector paying well above Agenda for Change. Open to a no-obligation chat this "
        "week?",
        LOOK,
        comment="recruitment agency pitch",
    ),
    case(
        "109-pitch-app",
        "modern",
        "en",
        ("Ryan Holt", "Account Executive at MedTrak", "London"),
        "We've built an app that automates controlled drug register checks and it's already "
        "used by 40+ pharmacies. Fancy a free 30-day trial for your team?",
        LOOK,
        mutual=1,
        comment="software pitch",
    ),
    case(
        "110-pitch-coaching",
        "classic",
        "en",
        ("Gemma Rowe", "Career Coach | Helping NHS staff thrive", "Leeds"),
        "Hi Oliver, I help burnt-out NHS pharmacists move into rewarding industry roles. My next "
        "six-week cohort starts Monday - shall I send you the details?",
        LOOK,
        comment="coaching pitch",
    ),
    case(
        "111-pitch-crypto",
        "modern",
        "en",
        ("Alex Kingsley", "Founder | Wealth Mentor | Crypto", "Dubai"),
        "Hello Oliver, I help busy medical professionals grow their savings with Bitcoin "
        "signals - my members made 28% last month. Message me and I'll show you how.",
        LOOK,
        comment="crypto pitch",
    ),
    case(
        "112-weak-school-headline",
        "classic",
        "en",
        ("Ella Richardson", "MPharm student at University of Bath", "Bath"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names my school (weak)",
    ),
    case(
        "113-failed-stock",
        "classic",
        "en",
        ("Peter Lang", "Business Analyst", "London"),
        None,
        LOOK,
        stock="en",
        auth="fail",
        comment="stock note, but the sender failed authentication: a red flag",
    ),
    case(
        "114-mutual-at-threshold",
        "modern",
        "en",
        ("Simon Clarke", "Project Manager at BAE Systems", "Preston"),
        None,
        LOOK,
        mutual=15,
        comment="no note; 15 connections in common reaches my threshold of 15 (weak)",
    ),
    case(
        "115-met-then-pitch",
        "classic",
        "en",
        ("Vikram Shah", "Sales Director at DoseWise", "Birmingham"),
        "Great to meet you at the UKCPA Symposium! As promised, I'd love to show you our "
        "dose-banding software - can I book a 20-minute demo?",
        LOOK,
        comment="met in person, but a sales pitch: a red flag whatever else it answers",
    ),
    case(
        "116-weak-past-org-headline",
        "modern",
        "en",
        ("Gurpreet Sandhu", "Store Pharmacist at Boots", "Stockport"),
        None,
        LOOK,
        mutual=3,
        comment="no note; headline names a past organization of mine (weak)",
    ),
    # generic, mirroring the samples: no answer and no signal
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Stuart Bradley", "Account Manager at Vodafone", "Newbury"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Sergio Navarro", "Ingeniero de software en Telefónica", "Sevilla"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "modern",
        "en",
        ("Paolo Ricci", "Consulente finanziario", "Torino"),
        None,
        GENERIC,
        stock="it",
        mutual=1,
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Jordan Hale", "Student at Manchester Metropolitan University", "Manchester"),
        None,
        GENERIC,
        mutual=3,
        comment="Manchester Metropolitan University is none of my organizations or schools",
    ),
    case(
        "205-custom-vague",
        "classic",
        "en",
        ("Emma Hollis", "Office Administrator", "Derby"),
        "Hello Oliver, I stumbled upon your profile and thought it would be great to be connected.",
        GENERIC,
    ),
    case(
        "206-custom-vague-2",
        "modern",
        "en",
        ("Callum Reid", "Business Development Manager", "Glasgow"),
        "Always looking to build my network with inspiring professionals. Hope you'll accept!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Brenda Marsh", "Retired", "Chester"),
        "I'd like to add you to my professional network on LinkedIn.\n- Brenda Marsh",
        GENERIC,
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Florian Brandt", "Vertriebsleiter bei Siemens", "München"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "modern",
        "en",
        ("Nicolas Girard", "Chef de projet chez Capgemini", "Lille"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "210-custom-vague-3",
        "classic",
        "en",
        ("Darren Pike", "Estate Agent", "Wigan"),
        "Morning Oliver, hope all is good with you. Let's connect!",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "modern",
        "en",
        ("Rafael Almeida", "Gerente comercial", "Lisboa"),
        None,
        GENERIC,
        stock="pt",
    ),
    # generic: tricky notes that say nothing specific
    case(
        "212-praise-profile",
        "classic",
        "en",
        ("Marcus Bell", "Entrepreneur | Speaker", "London"),
        "Your profile is a masterclass in career progression - genuinely inspiring. I'd be "
        "honoured to connect.",
        GENERIC,
        comment="praise of my profile, no reason",
    ),
    case(
        "213-same-field",
        "modern",
        "en",
        ("Sarah Quinn", "Consultant", "Birmingham"),
        "We work in the same field, so it makes sense for us to connect.",
        GENERIC,
        comment="claims the same field without naming it or saying what the writer does",
    ),
    case(
        "214-grow-together",
        "classic",
        "en",
        ("Kevin Asante", "Motivational Speaker", "Accra"),
        "Let's connect, grow together and support each other's journeys!",
        GENERIC,
    ),
    case(
        "215-compliment-my-org",
        "modern",
        "en",
        ("Lily Warren", "Marketing Executive at Brightside Media", "Leeds"),
        "The work coming out of Manchester University NHS Foundation Trust is amazing - you must "
        "be proud to be part of it. Let's connect!",
        GENERIC,
        comment="names my organization as mine, not the writer's: no answer",
    ),
    case(
        "216-vague-pt",
        "classic",
        "en",
        ("Mariana Costa", "Analista de Recursos Humanos", "São Paulo"),
        "Olá Oliver, vamos nos conectar e crescer juntos! Abraço.",
        GENERIC,
    ),
    case(
        "217-same-sector-fr",
        "modern",
        "en",
        ("Julien Mercier", "Consultant", "Paris"),
        "Bonjour Oliver, nous évoluons dans le même secteur, ce serait un plaisir d'échanger.",
        GENERIC,
        comment="'we work in the same sector' without naming it",
    ),
    case(
        "218-lot-in-common",
        "classic",
        "en",
        ("Nathan Brooks", "Sales Manager", "Nottingham"),
        "Hi Oliver, I noticed we have a lot in common. Would be great to connect!",
        GENERIC,
        comment="claims things in common without naming one",
    ),
    case(
        "219-mutual-below-threshold",
        "modern",
        "en",
        ("Hamza Iqbal", "Civil Engineer at Arup", "Leeds"),
        None,
        GENERIC,
        stock="en2",
        mutual=14,
        comment="stock note; 14 connections in common is below my threshold of 15",
    ),
    case(
        "220-passionate",
        "classic",
        "en",
        ("Tanya Bishop", "Customer Success Lead", "Bristol"),
        "Like you, I'm passionate about making a difference. Let's connect!",
        GENERIC,
    ),
    case(
        "221-stock-id",
        "modern",
        "en",
        ("Budi Santoso", "Software Engineer at Gojek", "Jakarta"),
        None,
        GENERIC,
        stock="id",
    ),
    case(
        "222-stock-en2-classic",
        "classic",
        "en",
        ("Graham Pollard", "Self-employed Electrician", "Bolton"),
        None,
        GENERIC,
        stock="en2",
    ),
]

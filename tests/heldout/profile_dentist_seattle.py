"""Held-out profile: Priya Desai, pediatric dentist and practice owner in Seattle.

English interface. Two passes over the kinds of the samples' invitations (likely accept,
needs a look, generic), each case written from scratch for this recipient: 001-020 / 101-107 /
201-211, then 501-520 / 601-607 / 701-711 with other writers and wording. The builder has no
reminder template and no HTML-only layout: the reminder kind is a re-sent notification with the
same inviter and note, and the markup goes in the note or headline (never the name).
Labels follow DESIGN.md ("Categories"), as the recipient would read the note; like the samples,
red-flagged invitations (pitch, failed or look-alike sender) list no answers.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, STOCK, Case, case

DENTIST = Recipient(
    name="Priya Desai",
    address="priya.desai@example.com",
    headline="Pediatric Dentist and Owner at Little Lighthouse Pediatric Dentistry",
    profile_slug="priya-desai-dds",
)

DENTIST_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Priya Desai"
organizations = [
    "Little Lighthouse Pediatric Dentistry", "Seattle Children's Hospital",
    "Cascade Smiles Dental Group",
]
schools = ["University of Washington", "University of Michigan", "UC Davis"]
industries = ["pediatric dentistry", "dentistry", "orthodontics", "oral health"]
interests = [
    "silver diamine fluoride", "special needs dentistry", "sedation dentistry",
    "infant oral health", "practice management", "community water fluoridation",
]
groups = [
    "American Academy of Pediatric Dentistry", "Washington State Dental Association",
    "Seattle-King County Dental Society", "Women Dentists of the Pacific Northwest",
]
events = [
    "AAPD Annual Session 2026", "Pacific Northwest Dental Conference 2026",
    "Give Kids A Smile Day 2026",
]
contacts = ["Anjali Mehta", "Kevin Tran", "Laura Bianchi"]

# Other names people use for the same thing.
[aliases]
"Little Lighthouse Pediatric Dentistry" = ["Little Lighthouse", "Little Lighthouse Dental"]
"Seattle Children's Hospital" = ["Seattle Children's", "Odessa Brown Children's Clinic"]
"Cascade Smiles Dental Group" = ["Cascade Smiles"]
"University of Washington" = [
    "UW", "UW School of Dentistry", "University of Washington School of Dentistry", "UDub",
]
"University of Michigan" = ["Michigan", "UMich", "U of M", "Michigan Dentistry"]
"UC Davis" = ["University of California, Davis"]
"pediatric dentistry" = ["pediatric dentist", "pediatric dental", "kids' dentistry"]
"dentistry" = ["dentist", "dental"]
"orthodontics" = ["orthodontist"]
"oral health" = ["dental public health"]
"silver diamine fluoride" = ["SDF"]
"special needs dentistry" = ["special needs", "special health care needs"]
"sedation dentistry" = ["sedation", "nitrous oxide", "general anesthesia"]
"infant oral health" = ["first dental visit", "age one dental visit"]
"practice management" = ["practice ownership", "running a practice"]
"community water fluoridation" = ["water fluoridation", "fluoridation"]
"American Academy of Pediatric Dentistry" = ["AAPD"]
"Washington State Dental Association" = ["WSDA"]
"Seattle-King County Dental Society" = ["SKCDS", "Seattle King County Dental Society"]
"Women Dentists of the Pacific Northwest" = ["Women Dentists PNW"]
"AAPD Annual Session 2026" = ["AAPD Annual Session", "AAPD 2026"]
"Pacific Northwest Dental Conference 2026" = ["Pacific Northwest Dental Conference", "PNDC"]
"Give Kids A Smile Day 2026" = ["Give Kids A Smile", "GKAS"]

[thresholds]
mutual_connections = 12
"""

# Inviters whose invitation is notified twice (the reminder kind).
_REFERRAL_A = ("Nathan Cole", "Community Outreach Lead at Rainier Valley Family Center", "")
_REFERRAL_B = (
    "Oscar Lindholm",
    "Pediatric Speech-Language Pathologist at Sound Kids Therapy",
    "",
)
_REFERRAL_A_NOTE = (
    "Anjali Mehta suggested I reach out to you about dental screenings for the kids in our "
    "after-school program."
)
_REFERRAL_B_NOTE = (
    "Kevin Tran mentioned you'd be the right person to ask about tongue-tie referrals for "
    "some of the toddlers I see."
)

_MET = ("met_in_person",)
_ORG = ("same_organization",)
_INDUSTRY = ("same_industry",)
_INTERESTS = ("shared_interests",)
_GROUPS = ("same_groups",)
_ALUMNI = ("fellow_alumni",)
_SPECIFIC = ("specific_reason",)
_REFERRAL = ("mutual_connection", "specific_reason")

DENTIST_CASES: list[Case] = [
    # -- first pass: likely accept -----------------------------------------------------------
    case(
        "001-met-gkas-day",
        "classic",
        "en",
        ("Jenna Morales", "Registered Dental Hygienist at Puget Sound Family Dental", ""),
        "Hi Priya, great meeting you at Give Kids A Smile day at the Seattle Center last "
        "month. I was the hygienist running the fluoride varnish table next to yours. Let's "
        "stay in touch!",
        LIKELY,
        _MET,
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        (
            "Hailey Nguyen",
            "Front Office Coordinator at Little Lighthouse Pediatric Dentistry",
            "Seattle, Washington",
        ),
        "Hi Dr. Desai, I just started at the front desk at Little Lighthouse this week and "
        "wanted to connect with the rest of the team.",
        LIKELY,
        _ORG,
        mutual=14,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Marcus Webb", "Orthodontist at Rainier Orthodontics", ""),
        "Priya, we overlapped at Cascade Smiles Dental Group back in 2017 (I was the "
        "associate in the Kirkland office). Would be great to reconnect.",
        LIKELY,
        _ORG,
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        ("Rosa Delgado", "Dentist and Owner at Sunnyside Kids Dental", "Spokane, Washington"),
        "Hello Priya, I run a small pediatric practice on the east side of the state and I'm "
        "always looking to learn from other pediatric dentists.",
        LIKELY,
        _INDUSTRY,
        mutual=3,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Owen Fletcher", "Program Manager, Grants at Evergreen Oral Health Fund", ""),
        "Hi Priya, I read your post on silver diamine fluoride and treating toddlers without "
        "general anesthesia. It's exactly what our grant program is focused on right now.",
        LIKELY,
        _INTERESTS,
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        (
            "Sofia Castillo",
            "Pediatric Dentist at Bright Start Children's Dentistry",
            "Portland, Oregon",
        ),
        "Hi Priya, we're both in the Women Dentists of the Pacific Northwest group. I enjoyed "
        "your comment on the thread about hiring dental assistants.",
        LIKELY,
        _GROUPS,
        mutual=6,
    ),
    case("007-mutual-referral", "classic", "en", _REFERRAL_A, _REFERRAL_A_NOTE, LIKELY, _REFERRAL),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Rachel Kim", "Associate Dentist at Greenlake Family Dental", "Seattle, Washington"),
        "Hi Priya! Fellow Michigan Dentistry alum here (class of 2012). Go Blue!",
        LIKELY,
        _ALUMNI,
        mutual=2,
    ),
    case(
        "009-specific-screening-day",
        "classic",
        "en",
        ("Derek Lam", "Health Services Coordinator at Seattle Public Schools", ""),
        "Hi Dr. Desai, I coordinate health services for elementary schools in north Seattle "
        "and we'd like to invite your practice to our spring dental screening day. Could we "
        "set up a call?",
        LIKELY,
        _SPECIFIC,
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Tyler Brooks", "Biology Student at Seattle University", "Seattle, Washington"),
        "Priya, quick question: do you ever take pre-dental students to shadow for a day? I'm "
        "applying to dental school next fall and would love to see a pediatric practice.",
        LIKELY,
        _SPECIFIC,
        comment="a student asking to shadow: a specific request, not a peer in the industry",
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        ("Lucía Herrera", "Odontopediatra en Clínica Dental Sonrisas", "Guadalajara, México"),
        "Hola Priya, nos conocimos en la sesión anual de la AAPD en Nueva Orleans. ¡Me "
        "encantaría seguir en contacto!",
        LIKELY,
        _MET,
        mutual=4,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Jonas Becker", "Zahnarzt bei Zahnarztpraxis Becker", "München, Deutschland"),
        "Hallo Priya, wir haben beide an der University of Michigan studiert. Ich würde mich "
        "freuen, mit einer ehemaligen Kommilitonin in Kontakt zu bleiben.",
        LIKELY,
        _ALUMNI,
    ),
    case(
        "013-met-talk",
        "modern",
        "en",
        (
            "Grace Holloway",
            "Practice Manager at Harborview Family Dentistry",
            "Everett, Washington",
        ),
        "Thanks for the great conversation after your talk at the Pacific Northwest Dental "
        "Conference!",
        LIKELY,
        _MET,
        mutual=12,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        ("Giulia Conti", "Odontoiatra pediatrica presso Ospedale dei Bambini", "Roma, Italia"),
        "Ciao Priya, sto organizzando un webinar sulla sedazione cosciente nei bambini e "
        "vorrei invitarti come relatrice.",
        LIKELY,
        _SPECIFIC,
        comment="an invitation to speak; the topic is near my interests, the reason is the ask",
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        _REFERRAL_A,
        _REFERRAL_A_NOTE,
        LIKELY,
        _REFERRAL,
        comment="re-sent notification of 007 (the builder has no reminder template): same "
        "invitation, must merge with it in a digest",
    ),
    case(
        "016-no-auth-header-met",
        "classic",
        "en",
        ("Kevin O'Connell", "General Dentist at Queen Anne Dental Studio", ""),
        "Hi Priya, good to meet you at the Pacific Northwest Dental Conference 2026 in "
        "Seattle. Let's keep the conversation going.",
        LIKELY,
        _MET,
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-note",
        "classic",
        "en",
        ("Alex Mercer", "Expanded Function Dental Assistant <b>EFDA</b>", ""),
        "<script>alert('x')</script> Hi Priya, we met at Give Kids A Smile Day & talked "
        "about <i>mouthguards for soccer kids</i>.",
        LIKELY,
        _MET,
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Nadia Petrenko", "Alumni Relations Officer at University of Washington", ""),
        "Priya, I'm a University of Washington grad too (class of 2011) and now work in the "
        "School of Dentistry's alumni office.",
        LIKELY,
        _ALUMNI,
        base64=True,
    ),
    case(
        "019-group-unicode-dash",
        "classic",
        "en",
        ("Henrik Dahl", "Børnetandlæge at Børnetandplejen Aarhus", ""),
        "Hi Priya, fellow AAPD member here — I'd love to compare notes on how our two "
        "countries organise children's dental care.",
        LIKELY,
        _GROUPS,
    ),
    case(
        "020-interest-coordinator",
        "modern",
        "en",
        (
            "Fatima Benali",
            "Community Dental Health Coordinator at Valley Farmworker Health Clinic",
            "Yakima, Washington",
        ),
        "Hi Priya, I run infant oral health visits at our clinic too and would love to "
        "exchange ideas on getting families in by age one.",
        LIKELY,
        _INTERESTS,
    ),
    # -- first pass: needs a look ------------------------------------------------------------
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Brandon Pierce", "Growth Lead at ChairFill", "Miami, Florida"),
        "Hi Priya, I help pediatric dental offices cut no-shows by 40% with our automated text "
        "reminders. Open to a 15-minute demo call this week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "en",
        ("Carla Ruiz", "Founder at SmileSEO Agency", ""),
        "Priya, our agency builds websites and Google ads for pediatric dentists at affordable "
        "monthly rates. Can I send you our pricing?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Peter Lindqvist", "Pediatric Anesthesiologist at Seattle Children's Hospital", ""),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names one of my organizations (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Aisha Okafor", "Operations Manager at Northlake Foods", "Bellevue, Washington"),
        None,
        LOOK,
        mutual=27,
        comment="no note; 27 connections in common (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Samantha Price", "Recruiter at Globex", ""),
        "Hi Priya, we met at the AAPD Annual Session. Please confirm your account to view my "
        "message.",
        LOOK,
        auth="lookalike",
        lookalike="linkedln-mail.com",
        comment="spoofed sender: must be flagged, links not clickable",
    ),
    case(
        "106-weak-industry-headline",
        "classic",
        "en",
        ("Derek Shaw", "Pediatric Dentist | Kids' Smiles | Tacoma", ""),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Victor Lang", "Managing Director at Crestmoor Capital", "London, United Kingdom"),
        "Hi Priya, fellow Michigan alum! Please review the document I shared.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    # -- first pass: generic -----------------------------------------------------------------
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Brian Walsh", "Sales Manager at Globex Corporation", ""),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Diego Navarro", "Gerente de Ventas en Comercial Andina", ""),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Marco Ferri", "Agente immobiliare presso Casa Serena", ""),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Chad Wexler", "Founder | Crypto | Web3 Enthusiast", "Las Vegas, Nevada"),
        None,
        GENERIC,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Emily Hart", "Marketing Specialist at Sunny Day Foods", "Orlando, Florida"),
        "Hi Priya, your profile popped up in my suggestions and I'd love to connect with you.",
        GENERIC,
        mutual=1,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Ryan Mills", "Entrepreneur", ""),
        "Hi there! Always looking to grow my network with inspiring professionals. Let's connect!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Karen Boyd", "Insurance Agent at SafeHarbor", ""),
        STOCK["en"] + "\n- Karen Boyd",
        GENERIC,
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Lukas Hoffmann", "Vertriebsleiter bei Nordlicht AG", ""),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Camille Laurent", "Consultante en assurance chez Axeo", ""),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Jason Reyes", "Student at Lincoln High School", "Tacoma, Washington"),
        "Hi Priya, hope your week is going great. Let's connect.",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("João Costa", "Vendedor na Loja Central", ""),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: likely accept ----------------------------------------------------------
    case(
        "501-met-annual-session",
        "classic",
        "en",
        ("Trevor Banks", "Pediatric Dental Resident at Oregon Health & Science University", ""),
        "Hi Dr. Desai, it was a pleasure meeting you at the AAPD Annual Session in May. I was "
        "the resident who asked about your new-patient workflow. Hope we can keep in touch.",
        LIKELY,
        _MET,
    ),
    case(
        "502-same-org-new-associate",
        "modern",
        "en",
        (
            "Daniel Ortiz",
            "Pediatric Dentist at Little Lighthouse Pediatric Dentistry",
            "Seattle, Washington",
        ),
        "Hi Priya, excited to be joining Little Lighthouse as your new associate next month. "
        "Looking forward to working together!",
        LIKELY,
        _ORG,
        mutual=9,
    ),
    case(
        "503-same-org-past-residency",
        "classic",
        "en",
        ("Lauren Fisher", "Clinical Nurse Specialist at Swedish Medical Center", ""),
        "Priya! We worked together in the dental clinic at Seattle Children's during your "
        "residency. I was the nurse in the recovery room. So good to see you're doing well.",
        LIKELY,
        _ORG,
    ),
    case(
        "504-same-industry-owner",
        "modern",
        "en",
        ("Ben Adeyemi", "Owner, Kids First Dental", "Boise, Idaho"),
        "Hi Priya, fellow pediatric dentist and practice owner here in Idaho. Always glad to "
        "connect with colleagues who do this work.",
        LIKELY,
        _INDUSTRY,
        mutual=5,
        comment="'practice owner' describes the writer, not a shared interest in practice "
        "management",
    ),
    case(
        "505-shared-interest-special-needs",
        "classic",
        "en",
        ("Hannah Whitaker", "Board Certified Behavior Analyst at Puget Sound Autism Center", ""),
        "Hi Priya, I watched the recording of your talk on dental care for kids with special "
        "needs. Desensitization visits are a big part of my work with autistic children and "
        "I'd love to swap ideas.",
        LIKELY,
        _INTERESTS,
        comment="watched a recording: not a meeting in person",
    ),
    case(
        "506-same-group-dental-society",
        "modern",
        "en",
        ("Maya Chen", "General Dentist at Fremont Family Dental", "Seattle, Washington"),
        "Hi Priya, we're both in the Seattle-King County Dental Society. I just joined the "
        "community outreach committee, hope to see you at the next meeting!",
        LIKELY,
        _GROUPS,
        mutual=7,
    ),
    case("507-mutual-referral", "classic", "en", _REFERRAL_B, _REFERRAL_B_NOTE, LIKELY, _REFERRAL),
    case(
        "508-alumni-husky",
        "modern",
        "en",
        ("Chris Alvarez", "Endodontist at Capitol Hill Endodontics", "Seattle, Washington"),
        "Hey Priya, another Husky here! I finished the UW endo program the year after your "
        "residency.",
        LIKELY,
        _ALUMNI,
        mutual=3,
    ),
    case(
        "509-specific-podcast",
        "classic",
        "en",
        ("Amanda Brooks", "Host, Emerald City Parents Podcast", ""),
        "Hi Priya, I host a podcast for Seattle parents and we're planning an episode on "
        "toddlers' first dental visits. Would you be open to a 30-minute interview in March?",
        LIKELY,
        _SPECIFIC,
        comment="the topic is one of my interests, but the note is a request for an interview, "
        "not an interest we share",
    ),
    case(
        "510-specific-question-mouthguards",
        "modern",
        "en",
        ("Kyle Jensen", "Firefighter/EMT at Seattle Fire Department", "Seattle, Washington"),
        "Priya, quick one: does your office still do the free mouthguard fittings for youth "
        "hockey teams? I coach a U10 team in Shoreline.",
        LIKELY,
        _SPECIFIC,
    ),
    case(
        "511-met-es",
        "modern",
        "en",
        ("Andrés Molina", "Cirujano Dentista en Clínica Infantil Arcoíris", "Lima, Perú"),
        "¡Hola Priya! Fue un gusto conocerte en la Pacific Northwest Dental Conference, en la "
        "mesa de odontopediatría. Sigamos en contacto.",
        LIKELY,
        _MET,
        mutual=2,
    ),
    case(
        "512-alumni-de",
        "modern",
        "en",
        ("Katharina Vogel", "Kieferorthopädin bei Zahnklinik Freiburg", "Freiburg, Deutschland"),
        "Hallo Priya, ich habe auch an der University of Michigan Zahnmedizin studiert, ein "
        "paar Jahrgänge nach dir. Schön, hier eine Ehemalige zu finden!",
        LIKELY,
        _ALUMNI,
    ),
    case(
        "513-met-family-night",
        "modern",
        "en",
        ("Tom Reilly", "Principal at Whittier Elementary School", "Seattle, Washington"),
        "Thank you for the wonderful presentation to our parents at Whittier's family health "
        "night last Thursday!",
        LIKELY,
        _MET,
        mutual=15,
    ),
    case(
        "514-specific-it",
        "modern",
        "en",
        (
            "Alessandro Greco",
            "Direttore sanitario presso Studio Dentistico Sorrisi",
            "Milano, Italia",
        ),
        "Buongiorno Priya, sto scrivendo un articolo sul fluoruro diamminico d'argento nei "
        "bambini e vorrei citare il tuo caso clinico pubblicato l'anno scorso. Posso scriverti?",
        LIKELY,
        _SPECIFIC,
        comment="a request to cite my published case; the topic (SDF) is one of my interests",
    ),
    case(
        "515-resent-of-507",
        "classic",
        "en",
        _REFERRAL_B,
        _REFERRAL_B_NOTE,
        LIKELY,
        _REFERRAL,
        comment="re-sent notification of 507 (the builder has no reminder template): same "
        "invitation, must merge with it in a digest",
    ),
    case(
        "516-no-auth-header-met",
        "classic",
        "en",
        ("Rachel O'Neill", "Hygiene Program Director at Lake Washington Technical College", ""),
        "Hi Priya, lovely chatting with you at Give Kids A Smile Day on Saturday. Hope the rest "
        "of the clinic day went smoothly!",
        LIKELY,
        _MET,
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "517-markup-in-note",
        "classic",
        "en",
        ("Sam Whitfield", "Office Manager @ <Kids Teeth NW>", ""),
        "Hi Priya <3 we met at the Pacific Northwest Dental Conference & you said to send over "
        "the <b>front desk</b> scripts we use. <img src=x onerror=alert(1)>",
        LIKELY,
        ("met_in_person", "specific_reason"),
        comment="markup in note and headline must be shown as text; met, and follows up on "
        "something I asked for",
    ),
    case(
        "518-base64-alumni",
        "classic",
        "en",
        ("Grace Oyelaran", "Dental Director at Rainier Beach Community Clinic", ""),
        "Priya, I'm a UC Davis Aggie too (B.S. 2008). Small world to find another one here in "
        "Seattle!",
        LIKELY,
        _ALUMNI,
        base64=True,
    ),
    case(
        "519-group-non-ascii",
        "classic",
        "en",
        ("Søren Kjær", "Børnetandlæge at Tandklinikken Odense", ""),
        "Hi Priya, fellow member of the Washington State Dental Association here (I kept my "
        "membership after moving to Denmark). Nice to find another WSDA volunteer on here 🙂",
        LIKELY,
        _GROUPS,
    ),
    case(
        "520-interest-sdf",
        "modern",
        "en",
        (
            "Yusuf Haddad",
            "Dental Therapist at Skagit Tribal Health Center",
            "La Conner, Washington",
        ),
        "Hi Priya, I'm a big believer in silver diamine fluoride for our little ones too and "
        "would love to trade notes on getting parents on board.",
        LIKELY,
        _INTERESTS,
    ),
    # -- second pass: needs a look -----------------------------------------------------------
    case(
        "601-pitch-scheduling",
        "modern",
        "en",
        ("Jared Collins", "Account Executive at DentaFlow", "Austin, Texas"),
        "Hi Priya, DentaFlow helps pediatric practices like yours fill empty chair time with "
        "AI scheduling. Worth a quick 10-minute call on Thursday?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "602-pitch-practice-broker",
        "classic",
        "en",
        ("Melissa Grant", "Partner at Practice Growth Advisors", ""),
        "Priya, we help dental practice owners sell or merge at the best valuation. Would you "
        "be open to a confidential chat about what your practice is worth?",
        LOOK,
        comment="sales pitch (practice brokerage)",
    ),
    case(
        "603-weak-same-org-alias-headline",
        "classic",
        "en",
        ("Rebecca Young", "Registered Nurse, Odessa Brown Children's Clinic", ""),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my organizations by an alias (weak)",
    ),
    case(
        "604-weak-mutual",
        "modern",
        "en",
        ("Luis Romero", "Financial Advisor at Evergreen Wealth", "Redmond, Washington"),
        None,
        LOOK,
        mutual=19,
        comment="no note; 19 connections in common (weak)",
    ),
    case(
        "605-spoof-good-note",
        "classic",
        "en",
        ("Olivia Grant", "Talent Partner at DentalCareers", ""),
        "Priya, so nice meeting you at Give Kids A Smile Day! I sent you a file, please sign "
        "in here to open it.",
        LOOK,
        auth="lookalike",
        lookalike="linkedln.co",
        comment="spoofed sender: must be flagged, links not clickable",
    ),
    case(
        "606-weak-industry-headline",
        "classic",
        "en",
        ("Maria Santos", "Orthodontist | Invisalign Provider | Bellevue", ""),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline in one of my industries (weak)",
    ),
    case(
        "607-dmarc-fail-linkedin-from",
        "modern",
        "en",
        (
            "Henry Caldwell",
            "Chief Executive at Northbridge Partners",
            "Dubai, United Arab Emirates",
        ),
        "Hello Priya, we both trained at Seattle Children's! Kindly check the invoice attached "
        "to my profile.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    # -- second pass: generic ----------------------------------------------------------------
    case(
        "701-stock-en",
        "classic",
        "en",
        ("Gary Thornton", "Regional Sales Director at Apex Insurance", ""),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "702-stock-es",
        "classic",
        "en",
        ("Valentina Ríos", "Asesora Comercial en Seguros Pacífico", ""),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "703-stock-it",
        "classic",
        "en",
        ("Lorenzo Galli", "Consulente finanziario presso Banca Lario", ""),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "704-modern-no-note",
        "modern",
        "en",
        ("Tiffany Lowe", "Life Coach | Speaker | Author", "Phoenix, Arizona"),
        None,
        GENERIC,
    ),
    case(
        "705-custom-vague",
        "modern",
        "en",
        ("Jordan Blake", "Account Manager at BrightPath Media", "Denver, Colorado"),
        "Hello Priya, I'd be honored to be part of your professional network.",
        GENERIC,
        mutual=2,
    ),
    case(
        "706-custom-vague-2",
        "classic",
        "en",
        ("Kevin Sharma", "Serial Entrepreneur | Investor", ""),
        "Hi! Always great to connect with like-minded leaders. Looking forward to growing "
        "together!",
        GENERIC,
    ),
    case(
        "707-old-stock-signed",
        "classic",
        "en",
        ("Linda Park", "Realtor at Summit Homes", ""),
        STOCK["en2"] + "\n- Linda Park",
        GENERIC,
    ),
    case(
        "708-stock-de",
        "classic",
        "en",
        ("Anna Schulz", "Beraterin bei Finanzhaus Rhein", ""),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "709-stock-fr",
        "classic",
        "en",
        ("Julien Moreau", "Agent immobilier chez Immo Horizon", ""),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "710-custom-vague-3",
        "modern",
        "en",
        ("Ashley Cooper", "Student at Roosevelt High School", "Seattle, Washington"),
        "Hey Priya, hope all is well! Would love to connect.",
        GENERIC,
    ),
    case(
        "711-stock-id",
        "classic",
        "en",
        ("Dewi Lestari", "Konsultan Penjualan di Toko Biru", ""),
        None,
        GENERIC,
        stock="id",
    ),
]

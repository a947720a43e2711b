"""Held-out profile: Rachel Kim, nurse educator and clinical nurse specialist in Boston.

English interface. Two passes over the 38 invitation kinds of the samples (likely accept,
needs a look, generic), written from scratch for this recipient, plus the Indonesian stock
text. Labels follow DESIGN.md's "Categories", decided on reading each note, before running
the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

EDUCATOR = Recipient(
    name="Rachel Kim",
    address="rachel.kim@example.org",
    headline="Nurse Educator and Clinical Nurse Specialist at Charles River Medical Center",
    profile_slug="rachel-kim-cns",
)

EDUCATOR_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Rachel Kim"
organizations = [
    "Charles River Medical Center", "Tufts Medical Center", "Dana-Farber Cancer Institute",
]
schools = ["Boston College", "MGH Institute of Health Professions", "University of Michigan"]
industries = ["nursing", "nursing education", "hospitals and health care", "medical education"]
interests = [
    "simulation-based education", "sepsis recognition", "new graduate nurse residency",
    "evidence-based practice", "patient safety",
]
groups = [
    "ANPD", "NACNS", "Sigma Theta Tau International", "Boston Simulation Educators Network",
]
events = [
    "ANPD 2026 Convention", "NACNS 2026 Annual Conference", "IMSH 2026",
    "Charles River Nursing Grand Rounds",
]
contacts = ["Denise Okafor", "Mark Feldman", "Soo-jin Park"]

# Other names people use for the same thing.
[aliases]
"Charles River Medical Center" = ["CRMC", "Charles River Medical"]
"Tufts Medical Center" = ["Tufts Medical", "Tufts MC"]
"Dana-Farber Cancer Institute" = ["Dana-Farber", "Dana Farber", "DFCI"]
"Boston College" = ["BC", "Connell School of Nursing", "Connell School"]
"MGH Institute of Health Professions" = ["MGH Institute", "MGH IHP"]
"University of Michigan" = ["UMich", "Michigan School of Nursing"]
"nursing education" = [
    "nurse education", "clinical education", "nursing professional development",
    "staff development",
]
"hospitals and health care" = ["hospital and health care", "healthcare", "health care"]
"simulation-based education" = ["simulation", "sim lab", "high-fidelity simulation"]
"sepsis recognition" = ["sepsis"]
"new graduate nurse residency" = ["nurse residency", "new grad residency", "new graduate nurses"]
"evidence-based practice" = ["EBP"]
"ANPD" = ["Association for Nursing Professional Development"]
"NACNS" = ["National Association of Clinical Nurse Specialists"]
"Sigma Theta Tau International" = ["Sigma Theta Tau", "STTI"]
"Boston Simulation Educators Network" = ["Boston Sim Educators"]
"ANPD 2026 Convention" = ["ANPD convention", "ANPD 2026"]
"NACNS 2026 Annual Conference" = ["NACNS conference", "NACNS 2026"]
"IMSH 2026" = ["IMSH", "International Meeting on Simulation in Healthcare"]
"Charles River Nursing Grand Rounds" = ["Nursing Grand Rounds", "grand rounds"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 12
"""

_REFERRAL_1 = (
    "Jason Albright",
    "Clinical Partnerships Manager at Bayside College of Nursing",
    "Providence, Rhode Island",
)
_REFERRAL_1_NOTE = (
    "Denise Okafor suggested I reach out to you about clinical placements for our nursing students."
)
_REFERRAL_2 = (
    "Ahmed Rahman",
    "Clinical Research Nurse at Kendall Square Therapeutics",
    "Cambridge, Massachusetts",
)
_REFERRAL_2_NOTE = (
    "Mark Feldman told me you're the person to talk to about setting up a sepsis education "
    "module for research nurses. Would you be open to a short chat?"
)

# First pass: one invitation for each sample kind.
_PASS_ONE: list[Case] = [
    case(
        "001-met-imsh",
        "classic",
        "en",
        ("Marcus Webb", "Simulation Technology Specialist at MedSim Dynamics", "Orlando, Florida"),
        "Hi Rachel, great meeting you at IMSH 2026 in January. I was the one asking about your "
        "debriefing checklist. Let's stay in touch!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        (
            "Brianna Lopez",
            "Staff Nurse, Cardiac Step-Down at Charles River Medical Center",
            "Boston, Massachusetts",
        ),
        "Hi Rachel, I just started on the cardiac step-down unit at Charles River Medical Center "
        "and would love to connect with the education team.",
        LIKELY,
        ("same_organization",),
        mutual=14,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Kevin Tran", "Nurse Manager at Lakeview Surgical Hospital", "Worcester, Massachusetts"),
        "Rachel, we overlapped at Tufts Medical Center around 2016 (I was on nights in the "
        "surgical ICU). Would be great to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        (
            "Monique Harris",
            "Director of Clinical Education at Southcoast Community Hospital",
            "New Bedford, Massachusetts",
        ),
        "Hello Rachel, I lead clinical education at a small community hospital and I'm always "
        "looking to learn from peers in nursing education.",
        LIKELY,
        ("same_industry",),
        mutual=3,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        (
            "Owen Fitzgerald",
            "Program Manager, Quality and Safety at Granite State Health",
            "Manchester, New Hampshire",
        ),
        "Hi Rachel, I read your post on using in-situ simulation to teach sepsis recognition. "
        "It's exactly what our team is trying to set up right now.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        (
            "Elena Vasquez",
            "Clinical Nurse Specialist at Providence Medical Center",
            "Portland, Oregon",
        ),
        "Hi Rachel, we're both members of the National Association of Clinical Nurse Specialists. "
        "I enjoyed your comment on the evidence-based practice thread.",
        LIKELY,
        ("same_groups",),
        mutual=6,
        comment="the EBP thread is where they met in the group; the note claims the membership, "
        "not a shared interest (as in the samples' 006)",
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        _REFERRAL_1,
        _REFERRAL_1_NOTE,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        (
            "Megan Sullivan",
            "Nurse Practitioner at Cape Cod Family Health",
            "Hyannis, Massachusetts",
        ),
        "Hi Rachel! Fellow Boston College alum here (Connell, class of 2011). Go Eagles!",
        LIKELY,
        ("fellow_alumni",),
        mutual=2,
    ),
    case(
        "009-specific-placements",
        "classic",
        "en",
        (
            "Anjali Mehta",
            "Clinical Placement Coordinator at Merrimack Valley Community College",
            "Haverhill, Massachusetts",
        ),
        "Hi Rachel, I coordinate clinical placements for our ADN program and we'd like to bring a "
        "cohort of students to your medical-surgical units this spring. Could we set up a call?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Ryan Doherty", "Paramedic at Boston EMS", "Boston, Massachusetts"),
        "Rachel, quick question: does your education department take outside instructors for "
        "Stop the Bleed classes? I'd be glad to help teach your new nurses.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        (
            "Carmen Ortega",
            "Enfermera Especialista en Hospital Universitario del Norte",
            "Madrid, España",
        ),
        "Hola Rachel, nos conocimos en el congreso de NACNS en Atlanta. ¡Me encantaría seguir en "
        "contacto!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Katrin Hoffmann", "Pflegepädagogin bei Universitätsklinikum Freiburg", "Freiburg"),
        "Hallo Rachel, wir haben beide an der University of Michigan studiert. Ich würde mich "
        "freuen, mit einer ehemaligen Kommilitonin in Kontakt zu bleiben.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-grand-rounds",
        "modern",
        "en",
        (
            "Theresa Nguyen",
            "Nurse Manager, Oncology at Harborside Medical Center",
            "Salem, Massachusetts",
        ),
        "Thanks for the great conversation after your talk at Nursing Grand Rounds last week!",
        LIKELY,
        ("met_in_person",),
        mutual=12,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        ("Francesca Moretti", "Coordinatrice Didattica presso Università di Padova", "Padova"),
        "Ciao Rachel, sto organizzando un corso di simulazione per infermieri neoassunti e vorrei "
        "invitarti come relatrice.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-reminder-of-007",
        "classic",
        "en",
        _REFERRAL_1,
        _REFERRAL_1_NOTE,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="reminder of 007: the same invitation sent again (the builder has no reminder "
        "layout, so it is re-sent as a second notification)",
    ),
    case(
        "016-no-auth-header-met",
        "classic",
        "en",
        ("Sean Gallagher", "Emergency Nurse at Merrimack Valley Hospital", "Lowell, Massachusetts"),
        "Hi Rachel, good to meet you at the ANPD 2026 Convention in Orlando. Let's keep the "
        "conversation going.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-note",
        "classic",
        "en",
        ("Jordan Blake", "Clinical Educator at Wellspring Rehabilitation", "Newton, Massachusetts"),
        "<script>alert('x')</script> Hi Rachel, we met at IMSH & talked about <i>debriefing</i>.",
        LIKELY,
        ("met_in_person",),
        comment="note contains markup that must be shown as text, never executed",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Irina Volkova", "Nurse Researcher at Lakeview Institute", "Chicago, Illinois"),
        "Rachel, I'm an MGH Institute grad too (MSN 2015). Always nice to find fellow alumni in "
        "Boston.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-member",
        "classic",
        "en",
        ("Lars Eriksen", "Nursing Professional Development Specialist at Nordic Health", "Oslo"),
        "Hi Rachel, fellow ANPD member here — I'd love to compare notes on preceptor training.",
        LIKELY,
        ("same_groups",),
    ),
    case(
        "020-interest-residency",
        "modern",
        "en",
        (
            "Amina Yusuf",
            "Nurse Residency Program Coordinator at Lakeshore Health",
            "Cleveland, Ohio",
        ),
        "Hi Rachel, I coordinate a nurse residency program too and would love to exchange ideas "
        "on keeping new grads past their first year.",
        LIKELY,
        ("shared_interests",),
        comment="coordinating the same kind of program is also the same field, but the note's "
        "point is the shared interest (as in the samples' 403)",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Tyler Brooks", "Growth Lead at OnboardRN", "Austin, Texas"),
        "Hi Rachel, I help hospitals cut new-nurse onboarding time by 40% with our learning "
        "platform. Open to a 15-minute demo call this week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "en",
        ("Vanessa Reed", "Founder at CEU Express", "Tampa, Florida"),
        "Rachel, our company offers affordable continuing education courses for your nursing "
        "staff. Can I send you our pricing?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        (
            "Paul Haddad",
            "Director of Patient Access at Charles River Medical Center",
            "Boston, Massachusetts",
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
        ("Grace Adeyemi", "Operations Manager at Fenway Freight", "Quincy, Massachusetts"),
        None,
        LOOK,
        mutual=27,
        comment="no note; 27 connections in common (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Nicole Hart", "Recruiter at Globex", "New York, New York"),
        "Hi Rachel, we met at the NACNS conference. Please confirm your account to view my "
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
        (
            "Greg Novak",
            "Clinical Educator | Nursing Professional Development | ACLS Instructor",
            "Hartford, Connecticut",
        ),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Howard Lane", "Director at Apex Holdings", "London, United Kingdom"),
        "Hi Rachel, fellow Boston College alum! Please review the document I shared.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Kyle Mercer", "Sales Manager at Summit Roofing", "Denver, Colorado"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Javier Morales", "Gerente de Ventas en Distribuidora del Sur", "Sevilla, España"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Luca Conti", "Consulente finanziario presso Banca Adriatica", "Ancona"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Brad Kessler", "Founder | Crypto | NFT Investor", "Miami, Florida"),
        None,
        GENERIC,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Ashley Morgan", "Marketing Specialist at Bright Leaf Foods", "Columbus, Ohio"),
        "Hi Rachel, I came across your profile and thought it would be great to connect.",
        GENERIC,
        mutual=1,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Tony Russo", "Entrepreneur", "Newark, New Jersey"),
        "Hello! Always happy to grow my network with inspiring professionals. Let's connect!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Linda Price", "Insurance Agent at Keystone Mutual", "Scranton, Pennsylvania"),
        "I'd like to add you to my professional network on LinkedIn.\n- Linda Price",
        GENERIC,
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Stefan Braun", "Vertriebsleiter bei Weser Handel GmbH", "Bremen"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Julien Martin", "Conseiller immobilier chez Immo Azur", "Nice"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Dylan Cooper", "Student at Westfield High School", "Westfield, New Jersey"),
        "Hi Rachel, hope your week is going well. Let's connect.",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Rafael Costa", "Consultor de Vendas na Casa Nova Imóveis", "Porto Alegre"),
        None,
        GENERIC,
        stock="pt",
    ),
]

# Second pass: the same kinds again, other writers and other wording.
_PASS_TWO: list[Case] = [
    case(
        "021-met-anpd",
        "modern",
        "en",
        ("Priya Raman", "Clinical Nurse Educator at Maine Coast Regional", "Portland, Maine"),
        "Hi Rachel, it was lovely chatting with you at the ANPD convention in Orlando. Thanks "
        "again for the tips on precepting, hope to keep in touch.",
        LIKELY,
        ("met_in_person",),
        mutual=4,
    ),
    case(
        "022-same-org-current",
        "classic",
        "en",
        ("Derek Chu", "Clinical Pharmacist", "Boston, Massachusetts"),
        "Hi Rachel, I'm one of the new pharmacists on 7 West here at CRMC and wanted to connect "
        "with colleagues on the nursing side.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "023-same-org-past",
        "modern",
        "en",
        (
            "Jennifer Walsh",
            "Oncology Nurse Navigator at Seacoast Cancer Center",
            "Portsmouth, New Hampshire",
        ),
        "Rachel, we overlapped at Dana-Farber when you were on the inpatient unit (I was in "
        "infusion). Would love to reconnect.",
        LIKELY,
        ("same_organization",),
        mutual=9,
    ),
    case(
        "024-same-industry",
        "classic",
        "en",
        ("Marcus Bell", "Staff Development Specialist at Hudson Valley Hospital", "Albany"),
        "Hi Rachel, I'm a nursing professional development specialist in upstate New York and "
        "always glad to connect with other nurse educators.",
        LIKELY,
        ("same_industry",),
    ),
    case(
        "025-shared-interest",
        "modern",
        "en",
        ("Hannah Cho", "Quality Improvement Nurse at Westbrook Health", "Hartford, Connecticut"),
        "Hi Rachel, your article on high-fidelity simulation for new grads really resonated with "
        "me. I've been pushing for more sim time on our units too.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group",
        "classic",
        "en",
        ("Tamara Jenkins", "Assistant Professor of Nursing at Salem State University", "Salem"),
        "Hi Rachel, I saw we're both in the Boston Simulation Educators Network. Your question "
        "about debriefing scripts got a great discussion going.",
        LIKELY,
        ("same_groups",),
    ),
    case(
        "027-mutual-referral",
        "modern",
        "en",
        _REFERRAL_2,
        _REFERRAL_2_NOTE,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        mutual=8,
    ),
    case(
        "028-alumni",
        "classic",
        "en",
        (
            "Olivia Grant",
            "Family Nurse Practitioner at Berkshire Primary Care",
            "Pittsfield, Massachusetts",
        ),
        "Hi Rachel, I noticed we both went to the University of Michigan School of Nursing. "
        "Go Blue!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "029-specific-advice",
        "modern",
        "en",
        (
            "Lauren Fisher",
            "Chief Nursing Officer at Cape Ann Community Hospital",
            "Gloucester, Massachusetts",
        ),
        "Hi Rachel, we're rebuilding our preceptor program next year and I'd love to hear how you "
        "structured yours. Would you have 20 minutes in December?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "030-specific-question",
        "classic",
        "en",
        ("Nathan Brooks", "Chemistry Teacher at Brookline High School", "Brookline"),
        "Rachel, quick question: does your hospital offer job-shadowing days for high school "
        "students interested in nursing? A few of mine would love to come.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "031-met-es",
        "classic",
        "en",
        ("Alejandro Ruiz", "Supervisor de Enfermería en Clínica San Rafael", "Bogotá, Colombia"),
        "Hola Rachel, coincidimos en el taller de simulación de IMSH en San Diego. Fue un gusto "
        "conocerte, ¡seguimos en contacto!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "032-alumni-de",
        "classic",
        "en",
        ("Matthias Keller", "Stationsleitung Intensivmedizin bei Klinikum Nordstadt", "Hannover"),
        "Hallo Rachel, ich habe wie du am MGH Institute of Health Professions meinen Master "
        "gemacht. Schön, eine Absolventin aus demselben Programm zu finden!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "033-met-talk",
        "classic",
        "en",
        ("Deborah Klein", "Respiratory Therapist at Norwood Hospital", "Norwood, Massachusetts"),
        "Your sepsis talk at grand rounds yesterday was excellent. Thank you for staying "
        "afterwards to answer my questions!",
        LIKELY,
        ("met_in_person",),
        comment="she spoke with Rachel after the talk: met in person; the topic is Rachel's own "
        "talk, not an interest the writer claims",
    ),
    case(
        "034-specific-it",
        "classic",
        "en",
        (
            "Alessandro Ricci",
            "Coordinatore del Corso di Laurea in Infermieristica presso Università di Bologna",
            "Bologna",
        ),
        "Buongiorno Rachel, vorremmo tradurre in italiano la tua checklist per il debriefing e "
        "usarla con i nostri studenti. Posso scriverti per chiederti il permesso?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "035-reminder-of-027",
        "modern",
        "en",
        _REFERRAL_2,
        _REFERRAL_2_NOTE,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        mutual=8,
        comment="reminder of 027: the same invitation sent again (the builder has no reminder "
        "layout, so it is re-sent as a second notification)",
    ),
    case(
        "036-no-auth-header-met",
        "modern",
        "en",
        (
            "Colleen Murphy",
            "Charge Nurse, Labor and Delivery at Plymouth Bay Hospital",
            "Plymouth, Massachusetts",
        ),
        "Rachel, so glad we got to chat at the NACNS 2026 Annual Conference. Let's keep in touch!",
        LIKELY,
        ("met_in_person",),
        mutual=5,
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "037-markup-headline",
        "modern",
        "en",
        (
            "Samuel Ortiz",
            "Clinical Educator at <b>Hilltop</b> Rehabilitation",
            "Worcester, Massachusetts",
        ),
        "Hi Rachel, we met at the sim lab open house <3 & talked about <i>moulage</i>!",
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni",
        "modern",
        "en",
        ("Sung-min Lee", "Hospitalist at Granite Peaks Medical Group", "Concord, New Hampshire"),
        "Rachel, I see you also went to Boston College. I was BC '09 before med school. Small "
        "world!",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "039-group-member",
        "modern",
        "en",
        (
            "Ingrid Solberg",
            "Clinical Nurse Specialist at Fjordside University Hospital",
            "Bergen, Norway",
        ),
        "Hi Rachel, another Sigma Theta Tau member here — I'd be glad to swap ideas about "
        "mentoring new nurse researchers.",
        LIKELY,
        ("same_groups",),
    ),
    case(
        "040-interest-safety",
        "classic",
        "en",
        ("Nadia Haddad", "Patient Safety Officer at Riverbend Health", "Springfield, Illinois"),
        "Hi Rachel, I work on patient safety as well and would love to trade notes on "
        "fall-prevention education.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "111-pitch-saas",
        "classic",
        "en",
        ("Jared Collins", "Account Executive at ShiftWise Scheduling", "Raleigh, North Carolina"),
        "Hi Rachel, we help nursing departments save 10+ hours a week on staff scheduling with "
        "our AI platform. Do you have 15 minutes next Tuesday for a quick demo?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "112-pitch-agency",
        "modern",
        "en",
        ("Monica Pierce", "Owner at Crescent Travel Nurse Staffing", "Phoenix, Arizona"),
        "Rachel, our staffing agency can fill your open ICU shifts within 48 hours at competitive "
        "rates. Who should I send our rate sheet to?",
        LOOK,
        comment="sales pitch (the headline also names the nursing field)",
    ),
    case(
        "113-weak-same-org-headline",
        "classic",
        "en",
        (
            "Eric Lindgren",
            "Research Coordinator at Dana-Farber Cancer Institute",
            "Boston, Massachusetts",
        ),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my (past) organizations (weak)",
    ),
    case(
        "114-weak-mutual",
        "modern",
        "en",
        ("Omar Haddad", "Financial Advisor at Beacon Street Wealth", "Wellesley, Massachusetts"),
        None,
        LOOK,
        mutual=19,
        comment="no note; 19 connections in common (weak)",
    ),
    case(
        "115-spoof-good-note",
        "modern",
        "en",
        ("Heather Quinn", "HR Manager at Globex", "Newark, New Jersey"),
        "Hi Rachel, great to see you at IMSH! I sent you a file, sign in here to view it.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-notify.com",
        comment="spoofed sender: must be flagged, links not clickable",
    ),
    case(
        "116-weak-industry-headline",
        "classic",
        "en",
        ("Tasha Greene", "Registered Nurse | Cardiac ICU | CCRN", "Atlanta, Georgia"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline in my industry (nursing) (weak)",
    ),
    case(
        "117-dmarc-fail-linkedin-from",
        "classic",
        "en",
        ("Reginald Moore", "Managing Partner at Crestline Capital", "Zurich, Switzerland"),
        "Hi Rachel, Denise Okafor asked me to send you this. Please open the attached invoice "
        "today.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "221-stock-en",
        "classic",
        "en",
        ("Trevor Hill", "Regional Sales Director at Apex Solar", "Sacramento, California"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "222-stock-es",
        "classic",
        "en",
        ("Sofía Navarro", "Agente de Seguros en Seguros Pacífico", "Lima, Perú"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "223-stock-it",
        "classic",
        "en",
        ("Giorgio Ferri", "Titolare presso Ferri Arredamenti", "Verona"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "224-modern-no-note",
        "modern",
        "en",
        ("Logan Pierce", "Real Estate Investor | Airbnb Host | Coach", "Scottsdale, Arizona"),
        None,
        GENERIC,
        mutual=2,
    ),
    case(
        "225-custom-vague",
        "modern",
        "en",
        ("Nicole Baker", "Account Manager at Brightline Media", "Chicago, Illinois"),
        "Hi Rachel, your profile popped up in my suggestions and I'd love to add you to my "
        "network.",
        GENERIC,
        mutual=2,
    ),
    case(
        "226-custom-vague-2",
        "classic",
        "en",
        ("Victor Stone", "Motivational Speaker | Author", "Las Vegas, Nevada"),
        "Greetings! I'm always looking to connect with amazing people. Hope you'll accept!",
        GENERIC,
    ),
    case(
        "227-old-stock-signed",
        "classic",
        "en",
        ("Gary Palmer", "Mortgage Loan Officer at Liberty Home Lending", "Dallas, Texas"),
        "I'd like to add you to my professional network on LinkedIn.\n- Gary Palmer",
        GENERIC,
    ),
    case(
        "228-stock-de",
        "classic",
        "en",
        ("Anna Becker", "Immobilienmaklerin bei Becker Immobilien", "Köln"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "229-stock-fr",
        "classic",
        "en",
        ("Chloé Lefèvre", "Chargée de communication chez Agence Lumen", "Bordeaux"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "230-custom-vague-3",
        "modern",
        "en",
        (
            "Ethan Brooks",
            "Business Administration Student at Riverside Community College",
            "Riverside, California",
        ),
        "Hey Rachel, hope all is well! Would be great to connect.",
        GENERIC,
    ),
    case(
        "231-stock-pt",
        "classic",
        "en",
        ("Beatriz Lima", "Gerente Comercial na Vitória Têxtil", "Vitória"),
        None,
        GENERIC,
        stock="pt",
    ),
    case(
        "232-stock-id",
        "classic",
        "en",
        ("Budi Santoso", "Sales Executive at PT Maju Jaya", "Surabaya"),
        None,
        GENERIC,
        stock="id",
    ),
]

EDUCATOR_CASES: list[Case] = _PASS_ONE + _PASS_TWO

"""Held-out invitations for Maria Santos, chief nursing officer at a private hospital in Manila.

English interface. She trained at the University of the Philippines Manila (BSN), took her
master's at the University of Santo Tomas and spent several years as a nurse manager at a
specialist hospital in Riyadh before coming home. Notes mostly in plain professional English as
Filipino nurses write it (a "po" or "Ma'am" here and there), a few in the samples' other
languages from contacts in Spain, Mexico, Germany, Switzerland and Italy. One invitation for
every likely-accept, needs-a-look and generic sample of tests/fixtures/linkedin (the same kind
of case, written from scratch for this recipient), then a second pass over the same kinds with
other writers and other wording, plus a few kinds the samples lack (a nurse she trained, a
graduate student asking to survey her staff, a pitch from someone she did meet, an overseas
recruiter, a school-only headline, vague praise, a note that only repeats her own employer back
to her). The builder has no reminder, HTML-only, bad-charset or unterminated-multipart layout:
those kinds are written as ordinary invitations of the same category. Labels follow DESIGN.md's
"Categories", as the recipient would judge the note, written without looking at the
classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

CNO_MANILA = Recipient(
    name="Maria Santos",
    address="maria.santos@example.com.ph",
    headline="Chief Nursing Officer at Manila Bayview Medical Center",
    profile_slug="maria-santos-cno",
)

CNO_MANILA_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Maria Santos"
organizations = ["Manila Bayview Medical Center", "Al Noor Specialist Hospital"]
schools = ["University of the Philippines Manila", "University of Santo Tomas"]
industries = ["nursing", "healthcare", "hospital administration", "nursing administration"]
interests = [
    "nurse retention", "patient safety", "evidence-based practice", "nursing informatics",
    "JCI accreditation", "nurse migration",
]
groups = [
    "Philippine Nurses Association",
    "Association of Nursing Service Administrators of the Philippines",
    "Sigma Theta Tau International",
]
events = [
    "PNA Annual Convention 2026", "ANSAP Midyear Convention 2026",
    "Asia Pacific Nursing Leadership Summit 2026",
]
contacts = ["Teresita Reyes", "Ramon Villanueva", "Aisha Al-Harbi"]

# Other names people use for the same thing.
[aliases]
"Manila Bayview Medical Center" = ["Bayview Medical Center", "Bayview Medical", "Bayview", "MBMC"]
"Al Noor Specialist Hospital" = ["Al-Noor Specialist Hospital", "Al Noor Hospital", "Al Noor"]
"University of the Philippines Manila" = [
    "UP Manila", "UPM", "UP College of Nursing", "University of the Philippines",
]
"University of Santo Tomas" = ["UST", "Santo Tomas", "Thomasian"]
"Philippine Nurses Association" = ["PNA"]
"Association of Nursing Service Administrators of the Philippines" = ["ANSAP"]
"Sigma Theta Tau International" = ["Sigma Theta Tau", "STTI", "Sigma Nursing"]
"PNA Annual Convention 2026" = ["PNA convention", "PNA annual convention", "PNA 2026"]
"ANSAP Midyear Convention 2026" = ["ANSAP midyear convention", "ANSAP midyear", "ANSAP convention"]
"Asia Pacific Nursing Leadership Summit 2026" = [
    "Nursing Leadership Summit", "Asia Pacific Nursing Leadership Summit", "APNLS",
]
"nurse retention" = ["retaining nurses", "nurse turnover"]
"nurse migration" = ["nurses leaving for abroad", "overseas nurse migration"]
"patient safety" = ["medication safety", "fall prevention"]
"nursing informatics" = ["electronic nursing documentation", "health informatics"]
"JCI accreditation" = ["JCI", "Joint Commission International"]
"hospital administration" = ["hospital management"]
"healthcare" = ["health care"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 12
"""

_REFERRAL = (
    "Teresita Reyes suggested I reach out to you about clinical placements for our fourth-year "
    "nursing students at your hospital."
)
_REFERRAL_2 = (
    "Hi Maria, Aisha Al-Harbi told me you built the nurse residency program at Bayview. We are "
    "starting one at our hospital in Cebu. Could I ask you a few questions about it?"
)

CNO_MANILA_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-pna-convention",
        "classic",
        "en",
        (
            "Jerome Dizon",
            "Nurse Supervisor at Southern Mindanao Doctors Hospital",
            "Davao City, Philippines",
        ),
        "Hi Maria, it was great meeting you at the PNA convention in Pasay last week. I was the "
        "one who asked about your float pool setup. Hope we can keep in touch!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        (
            "Kristine Mae Lopez",
            "Clinical Nurse Educator at Manila Bayview Medical Center",
            "Manila, Philippines",
        ),
        "Good day Ma'am Maria, I just joined Manila Bayview Medical Center as clinical nurse "
        "educator for the ICU. Looking forward to working with you and the nursing service team!",
        LIKELY,
        ("same_organization",),
        mutual=9,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Rashid Al-Qahtani", "Nursing Director at Dammam Central Hospital", "Dammam"),
        "Maria, we worked together at Al Noor Specialist Hospital back in 2012 (I was charge "
        "nurse in the cardiac unit). Would be great to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        ("Lorna Bautista", "Chief Nurse at Isabela Provincial Hospital", "Ilagan, Isabela"),
        "Hello Maria, I head the nursing service of a provincial hospital in Isabela and I'm "
        "always eager to learn from fellow nurse leaders in the hospital sector.",
        LIKELY,
        ("same_industry",),
        mutual=3,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        (
            "Paolo Mendoza",
            "Assistant Professor, College of Nursing, Silliman University",
            "Dumaguete City",
        ),
        "Hi Maria, I read your article on keeping experienced nurses from leaving for jobs "
        "abroad. That is exactly the topic of my current research.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Grace Villareal", "Nurse Manager, Operating Room at Cebu Metro Hospital", "Cebu City"),
        "Hi Maria, we're both members of the Association of Nursing Service Administrators of the "
        "Philippines. I appreciated your comments in the forum on nurse-to-patient ratios.",
        LIKELY,
        ("same_groups",),
        mutual=6,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        (
            "Joanna Cruz",
            "Clinical Instructor Coordinator at Rizal Park College of Nursing",
            "Manila",
        ),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Angela Ramos", "Public Health Nurse at Department of Health", "Quezon City"),
        "Hi Maria! I'm also a UP Manila graduate (College of Nursing, batch 2008). Nice to see a "
        "fellow Iska in hospital leadership!",
        LIKELY,
        ("fellow_alumni",),
        mutual=2,
    ),
    case(
        "009-specific-free-training",
        "classic",
        "en",
        ("Benjamin Tan", "Training Officer at Philippine Red Cross, Manila Chapter", "Manila"),
        "Hi Maria, I coordinate BLS and first aid training at the Red Cross Manila chapter and we "
        "would like to offer free refresher courses for your nursing staff this quarter. Could we "
        "set up a call?",
        LIKELY,
        ("specific_reason",),
        comment="free refresher courses for her staff: a concrete offer, not a sales pitch",
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Rosalinda Aquino", "Retired Nurse Anesthetist", "Parañaque City"),
        "Maria, quick question: does your hospital take retired nurses as volunteer mentors for "
        "new graduates? I have 30 years of OR experience and a lot of free time now.",
        LIKELY,
        ("specific_reason",),
        comment="offers her time as a volunteer: a concrete request, not a sales pitch",
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        ("Lucía Fernández", "Supervisora de Enfermería en Clínica Vistamar", "Valencia, España"),
        "Hola Maria, nos conocimos en la Cumbre de Liderazgo en Enfermería de Asia Pacífico en "
        "Singapur. ¡Me encantaría seguir en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=2,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Katrin Bauer", "Pflegedienstleitung am Klinikum Augsburg Süd", "Augsburg"),
        "Guten Tag Maria, ich habe 2015 ein Auslandssemester Pflegewissenschaft an der "
        "University of Santo Tomas in Manila verbracht. Schön, hier eine UST-Absolventin zu "
        "finden!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-session",
        "modern",
        "en",
        ("Hannah Javier", "Nurse Manager at Laguna Lakeside Hospital", "Santa Rosa, Laguna"),
        "Thank you for taking the time to talk with me after your session at the ANSAP midyear "
        "convention!",
        LIKELY,
        ("met_in_person",),
        mutual=14,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        (
            "Giulia Romano",
            "Coordinatrice didattica, Corso di Laurea in Infermieristica",
            "Pavia, Italia",
        ),
        "Buongiorno Maria, sto organizzando un seminario online sull'inserimento degli infermieri "
        "filippini negli ospedali italiani e vorrei invitarla come relatrice.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        (
            "Joanna Cruz",
            "Clinical Instructor Coordinator at Rizal Park College of Nursing",
            "Manila",
        ),
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
        ("Carlo Santiago", "Nurse Manager at Baguio Highlands Hospital", "Baguio City"),
        "Hi Maria, good to meet you at the Nursing Leadership Summit in Singapore. Let's keep in "
        "touch and share notes.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-note",
        "classic",
        "en",
        ("Mark Anthony Reyes", "Staff Nurse at Quezon Heart Care Center", "Quezon City"),
        "<script>alert(1)</script> Ma'am Maria, we talked at the ANSAP midyear convention about "
        "<b>night shift</b> staffing & float nurses.",
        LIKELY,
        ("met_in_person",),
        comment="note contains markup that must be shown as text, never executed (the builder "
        "cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Jennifer Soriano", "Quality Assurance Head at HealthPlus Clinics", "Makati City"),
        "Maria, I'm a UST grad too (MAN 2016) and now handle quality for a chain of outpatient "
        "clinics in Makati.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "en",
        ("Fe Dela Cruz", "Nursing Service Director at Bicol Regional Hospital", "Legazpi City"),
        "Hi Maria, fellow PNA member here — I'd love to compare notes on how you handle nurse "
        "scheduling.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "en",
        (
            "Ivan Castillo",
            "Nursing Informatics Specialist at Iloilo Doctors' Center",
            "Iloilo City",
        ),
        "Hi Maria, I work on electronic nursing documentation too and would love to exchange "
        "ideas on getting bedside nurses to actually use it.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Kevin Lim", "Sales Director at ShiftWise Health", "Singapore"),
        "Hi Maria, we help hospitals in Southeast Asia cut nurse overtime costs by 30% with our "
        "AI scheduling software. Open to a quick demo next week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "en",
        ("Rowena Garcia", "Business Development at CareLink Staffing Services", "Pasig City"),
        "Maria, our agency supplies relief nurses and caregivers on short notice at competitive "
        "rates. May I send you our rate card?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Dennis Manalo", "Billing Supervisor at Manila Bayview Medical Center", "Manila"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names one of my organizations (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Patricia Go", "Branch Manager at BDO Unibank", "Makati City"),
        None,
        LOOK,
        mutual=24,
        comment="no note; 24 connections in common, threshold 12 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Sarah Jenkins", "Healthcare Consultant", "Dubai, United Arab Emirates"),
        "Hi Maria, we met at the PNA convention. Please log in to confirm your account and read "
        "my message.",
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
        ("Arnel Pascual", "Registered Nurse | Healthcare", "Caloocan City"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Omar Haddad", "Director at Gulf Meridian Holdings", "Riyadh, Saudi Arabia"),
        "Hi Maria, fellow UST alum! Kindly review the contract document I shared with you.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Jomar Perez", "Property Specialist at Ayala Land", "Taguig City"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Andrés Morales", "Ejecutivo de Cuentas en Seguros Bolívar", "Bogotá, Colombia"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Francesca Conti", "Consulente finanziaria presso Banca Mediolanum", "Roma, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Rico Manansala", "Crypto Trader | Network Marketing | Entrepreneur", "Cavite"),
        None,
        GENERIC,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Janelle Ong", "Marketing Associate at Jollibee Foods Corporation", "Pasig City"),
        "Hello Maria, I saw your profile while browsing and would love to add you to my network.",
        GENERIC,
        mutual=1,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Trent Walker", "Business Coach | Speaker | Author", "Los Angeles, California"),
        "Hi! I'm always looking to connect with inspiring leaders like you. Let's grow together!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Ronaldo Castro", "Financial Advisor at Sun Life Philippines", "Quezon City"),
        "I'd like to add you to my professional network on LinkedIn.\n- Ronaldo Castro",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Stefan Braun", "Vertriebsleiter bei Bosch Rexroth", "Stuttgart"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Sophie Lambert", "Responsable commerciale chez AXA", "Paris"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Bryan Tiu", "Operations Supervisor at Concentrix", "Cebu City"),
        "Hi Maria, hope you're having a good week. Let's connect.",
        GENERIC,
        mutual=2,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Rafael Oliveira", "Gerente Comercial na Natura", "Belo Horizonte, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-benchmarking-visit",
        "classic",
        "en",
        (
            "Evangeline Torres",
            "Director of Nursing at Northern Luzon Medical Center",
            "Tuguegarao City",
        ),
        "Maria, thank you for showing our team around your ICU during our benchmarking visit last "
        "month. We learned a lot from your nurses. Hope to stay in touch.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "022-same-org-current-alias",
        "modern",
        "en",
        ("Jessa Morales", "Staff Nurse at MBMC", "Manila"),
        "hi ma'am! new staff nurse here at Bayview Medical, assigned to the pedia ward since "
        "monday. nice to e-meet you po!",
        LIKELY,
        ("same_organization",),
        mutual=8,
    ),
    case(
        "023-same-org-past-alias",
        "classic",
        "en",
        ("Nadia Yusuf", "Head Nurse at Jeddah National Hospital", "Jeddah, Saudi Arabia"),
        "Dear Maria, I hope you are well. We were both at Al Noor Hospital in Riyadh around 2010, "
        "I was with the NICU team. It would be lovely to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry",
        "modern",
        "en",
        ("Priscilla Wong", "Assistant Director of Nursing at Harbourfront Hospital", "Singapore"),
        "Hello Maria, I'm an assistant director of nursing at a private hospital in Singapore. "
        "Always keen to connect with other nursing leaders in the region and learn how things run.",
        LIKELY,
        ("same_industry",),
        mutual=5,
    ),
    case(
        "025-shared-interest",
        "classic",
        "en",
        ("Mikaela Tolentino", "MAN Student at Saint Louis University", "Baguio City"),
        "Hi Maria, your post about building a culture where nurses report near misses without "
        "fear stayed with me. My thesis is on incident reporting and I'd love to follow your work.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group",
        "modern",
        "en",
        ("Dante Ocampo", "Nurse Educator at Negros Doctors Hospital", "Bacolod City"),
        "Good day Maria, I saw your post on our Sigma Theta Tau chapter page about mentoring new "
        "nurse researchers. Fellow member, glad to connect!",
        LIKELY,
        ("same_groups",),
        mutual=4,
    ),
    case(
        "027-mutual-referral",
        "classic",
        "en",
        ("Liza Fernandez", "Chief Nurse at Visayas Heart Institute", "Cebu City"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "028-alumni-ust",
        "modern",
        "en",
        ("Carmela Yap", "Research Nurse at Alabang Heart Research Foundation", "Muntinlupa City"),
        "Maria, hello from a fellow Thomasian! I finished my Master of Arts in Nursing at UST a "
        "few years after you.",
        LIKELY,
        ("fellow_alumni",),
        mutual=1,
    ),
    case(
        "029-specific-interview",
        "classic",
        "en",
        ("Miguel Robles", "Health Reporter at Philippine Daily Chronicle", "Manila"),
        "Hi Maria, I'm writing a feature on why so many Filipino nurses still leave for work "
        "abroad and what hospitals are doing about it. Could I interview you for 20 minutes this "
        "week?",
        LIKELY,
        ("specific_reason",),
        comment="a reporter asking for an interview: a concrete request; he writes about the "
        "topic rather than sharing her interest in it",
    ),
    case(
        "030-specific-research-partner",
        "modern",
        "en",
        ("Corazon Lim", "Dean, School of Nursing at Pasig Metro College", "Pasig City"),
        "Hello Maria, our school would like to partner with your hospital on a joint study of "
        "nurse fatigue on 12-hour shifts. Would you be open to a short meeting?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "031-met-es",
        "modern",
        "en",
        ("Javier Ruiz", "Jefe de Enfermería en Clínica San Marcos", "Ciudad de México"),
        "Hola Maria, coincidimos durante la visita de nuestro equipo a su hospital en Manila el "
        "mes pasado. Gracias por su tiempo y ojalá sigamos en contacto.",
        LIKELY,
        ("met_in_person",),
        mutual=3,
    ),
    case(
        "032-alumni-de",
        "modern",
        "en",
        ("Thomas Keller", "Pflegeexperte APN am Stadtspital Zürich Nord", "Zürich"),
        "Grüezi Maria, ich habe meinen Master in Pflege an der UST in Manila gemacht (2014). "
        "Freut mich, eine Thomasian in der Pflegedirektion zu entdecken!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "033-met-lecture",
        "modern",
        "en",
        ("Trisha Navarro", "BSN Student", "Manila"),
        "Thank you po for answering my question after your lecture at the PNA convention, Ma'am! "
        "Very inspiring.",
        LIKELY,
        ("met_in_person",),
        mutual=13,
        comment="she asked her a question in person after the lecture: a meeting, however brief",
    ),
    case(
        "034-specific-it",
        "modern",
        "en",
        (
            "Marco Bellini",
            "Direttore del Servizio Infermieristico, Casa di Cura Villa Serena",
            "Bologna, Italia",
        ),
        "Buongiorno Maria, vorremmo portare un piccolo gruppo di coordinatori infermieristici in "
        "visita al vostro ospedale a Manila nel 2027. Sarebbe possibile parlarne?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "035-resent-of-027",
        "classic",
        "en",
        ("Liza Fernandez", "Chief Nurse at Visayas Heart Institute", "Cebu City"),
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
        ("Rhea Manalastas", "Infection Control Nurse at St. Anne General Hospital", "Antipolo"),
        "Maria, so glad I finally met you in person at the ANSAP midyear convention in Iloilo. "
        "See you at the next one!",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "037-markup-in-note-and-headline",
        "classic",
        "en",
        ("Joel Mercado", "Charge Nurse <b>ER & Trauma</b> at Tondo Bay Hospital", "Manila"),
        "Hi Maria, <b>great</b> talking with you at the summit dinner in Singapore "
        '<img src=x onerror="alert(1)"> about ER triage!',
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "en",
        ("Noel Aguilar", "Nurse Researcher", "Taguig City"),
        "Hi Maria, I also went to the UP College of Nursing (BSN 2004), maybe we even had the "
        "same clinical instructors!",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "039-group-dash",
        "classic",
        "en",
        (
            "Marites Gonzales",
            "Nursing Service Manager at Zamboanga Peninsula Medical Center",
            "Zamboanga City",
        ),
        "Hello Maria — I'm in ANSAP too; would be good to swap ideas on how you prepare your "
        "nurse managers for DOH licensing inspections.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "040-shared-interest-2",
        "modern",
        "en",
        ("Kenneth Uy", "Patient Safety Officer at Mactan Community Hospital", "Lapu-Lapu City"),
        "Hi Maria, I also run fall prevention and medication safety projects and would love to "
        "exchange ideas on what has worked on your wards.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "041-met-nurse-she-trained",
        "modern",
        "en",
        ("Jericho Balagtas", "Critical Care Nurse at NHS Lothian", "Edinburgh, United Kingdom"),
        "Ma'am Maria! You were our chief nurse when I started as a new grad and you trained us "
        "yourself on the ICU floor. I'm in the UK now. Just wanted to say thank you po.",
        LIKELY,
        ("met_in_person", "same_organization"),
        mutual=7,
        comment="a nurse she trained at her hospital: she knows him in person, and he worked "
        "under her",
    ),
    case(
        "042-specific-survey",
        "classic",
        "en",
        ("Alyssa Domingo", "Graduate Student, Nursing Administration", "Valenzuela City"),
        "Good afternoon Ma'am Maria, I'm a graduate nursing student doing my thesis on sleep "
        "quality of ICU nurses on night duty. May I ask your hospital's permission to survey your "
        "ICU staff?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "111-pitch-saas",
        "modern",
        "en",
        ("Daniel Koh", "Account Executive at NurseTrack EHR", "Kuala Lumpur, Malaysia"),
        "Hi Maria, our bedside charting app saves nurses up to an hour per shift on "
        "documentation and is used by 40 hospitals in Asia. Can I book 20 minutes to show you?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "112-pitch-after-meeting",
        "classic",
        "en",
        ("Cherry Velasco", "Territory Manager at MedEquip Philippines", "Pasig City"),
        "Hi Maria, nice meeting you at our booth at the PNA convention! We have a promo on "
        "infusion pumps for hospitals until end of December. Can I send you a quotation?",
        LOOK,
        ("met_in_person",),
        comment="sales pitch: a red flag whatever else the note answers (they did meet)",
    ),
    case(
        "113-weak-past-org-headline",
        "classic",
        "en",
        ("Faisal Al-Otaibi", "Pharmacy Supervisor at Al Noor Specialist Hospital", "Riyadh"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my past organizations (weak)",
    ),
    case(
        "114-weak-mutual",
        "modern",
        "en",
        ("Ramil Tan", "Civil Engineer at DMCI Homes", "Mandaluyong City"),
        None,
        LOOK,
        mutual=19,
        comment="no note; 19 connections in common, threshold 12 (weak)",
    ),
    case(
        "115-spoof-good-note",
        "modern",
        "en",
        ("Emily Carter", "Events Coordinator", "Singapore"),
        "Good day Maria, we met at the Nursing Leadership Summit. I sent you the speaker "
        "documents, please sign in through this link to download them.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-secure.ph",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "116-weak-industry-headline",
        "classic",
        "en",
        ("Leonora Vasquez", "Admitting Clerk | Hospital Administration", "San Fernando, Pampanga"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "117-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Victor Chan", "Managing Partner at Eastbridge Capital", "Hong Kong"),
        "Hi Maria, good meeting you at the PNA convention. Please open the attached invoice for "
        "your hospital's order.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed meeting is not "
        "counted, as in the samples",
    ),
    case(
        "118-weak-school-headline",
        "modern",
        "en",
        ("Bea Salonga", "Student at University of Santo Tomas", "Manila"),
        None,
        LOOK,
        mutual=3,
        comment="no note; headline names one of my schools (weak)",
    ),
    case(
        "119-pitch-recruiter",
        "classic",
        "en",
        (
            "Gareth Evans",
            "Senior Recruiter at Crown Nurse Placements",
            "Manchester, United Kingdom",
        ),
        "Hi Maria, we are placing experienced Filipino nurse leaders in NHS hospitals, with visa "
        "sponsorship and a relocation package. Interested in hearing about current openings?",
        LOOK,
        comment="recruitment agency pitch",
    ),
    case(
        "221-stock-en",
        "classic",
        "en",
        ("Gerald Sy", "Sales Manager at Toyota Makati", "Makati City"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "222-stock-es",
        "classic",
        "en",
        ("Valeria Gómez", "Asesora Comercial en Telefónica", "Lima, Perú"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "223-stock-it",
        "classic",
        "en",
        ("Alessandro Ferri", "Agente immobiliare presso Gabetti", "Milano, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "224-modern-no-note",
        "modern",
        "en",
        ("Jayson Lacson", "Digital Marketer | Forex Trader | Dropshipping", "Malolos, Bulacan"),
        None,
        GENERIC,
        mutual=2,
    ),
    case(
        "225-custom-vague",
        "modern",
        "en",
        ("Hazel Dy", "Account Manager at Globe Telecom", "Taguig City"),
        "Hi Maria, your profile popped up in my feed and I'd be happy to connect.",
        GENERIC,
    ),
    case(
        "226-custom-vague-2",
        "classic",
        "en",
        ("Chad Mitchell", "CEO at Mitchell Growth Partners", "Dallas, Texas"),
        "Hello! Growing my circle of amazing professionals around the world. Would be great to "
        "have you in my network!",
        GENERIC,
    ),
    case(
        "227-old-stock-signed",
        "classic",
        "en",
        ("Lester Ferrer", "Unit Manager at AIA Philippines", "Las Piñas City"),
        "I'd like to join your LinkedIn network.\nThanks, Lester",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "228-stock-de",
        "classic",
        "en",
        ("Julia Schneider", "Key Account Managerin bei SAP", "Walldorf"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "229-stock-fr",
        "classic",
        "en",
        ("Antoine Girard", "Conseiller en gestion de patrimoine chez Crédit Agricole", "Nantes"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "230-custom-vague-3",
        "modern",
        "en",
        ("Kimberly Chua", "Customer Success Lead at GCash", "Taguig City"),
        "Good day Maria, hope all is well! Would be nice to connect.",
        GENERIC,
        mutual=1,
    ),
    case(
        "231-stock-pt",
        "classic",
        "en",
        ("Beatriz Almeida", "Consultora imobiliária na RE/MAX", "Lisboa, Portugal"),
        None,
        GENERIC,
        stock="pt",
    ),
    case(
        "232-vague-praise",
        "modern",
        "en",
        ("Joy Bernardo", "Independent Distributor at Herbalife", "Quezon City"),
        "Hi Maria, I really admire the work nurses like you do for our kababayan. It would be an "
        "honor to connect!",
        GENERIC,
        mutual=3,
        comment="warm but vague praise: answers nothing",
    ),
    case(
        "233-only-her-employer",
        "modern",
        "en",
        ("Randy Espiritu", "Owner at Espiritu Auto Supply", "Manila"),
        "Hi Maria, I see you are with Manila Bayview Medical Center. I'd love to connect!",
        GENERIC,
        mutual=4,
        comment="repeats her employer from her profile; says nothing of his own link to it",
    ),
]

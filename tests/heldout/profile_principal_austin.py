"""Held-out profile: Carlos Mendoza, high-school principal in Austin, Texas (English interface).

Two passes over the kinds of samples/linkedin (every likely_accept / needs_a_look / generic
sample), written from scratch for this recipient, with different writers and wording in each
pass. The labels are what Carlos would say on reading the note, under DESIGN.md's rules; they
were written without looking at the classifier's phrase lists.

The builder has no reminder layout, no HTML-only layout and no damaged-file modes: the
reminder kind is a re-sent copy of the same invitation, the markup kind carries its markup in
the note or headline of an ordinary email, and the bad-charset / missing-boundary kinds keep
only their note's kind (a group note, an interest note).
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

PRINCIPAL = Recipient(
    name="Carlos Mendoza",
    address="carlos.mendoza@example.org",
    headline="Principal at Pecan Ridge High School",
    profile_slug="carlos-mendoza-principal",
)

PRINCIPAL_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Carlos Mendoza"
organizations = [
    "Pecan Ridge High School", "Austin Independent School District",
    "Cedar Hollow Middle School", "Teach For America",
]
schools = ["The University of Texas at Austin", "Texas State University"]
industries = [
    "K-12 education", "education administration", "secondary education", "public education",
]
interests = [
    "instructional leadership", "restorative practices", "bilingual education",
    "college and career readiness", "teacher retention",
]
groups = [
    "Texas Association of Secondary School Principals",
    "National Association of Secondary School Principals",
    "Central Texas Latino Educators",
]
events = [
    "TASSP Summer Workshop 2026", "SXSW EDU 2026", "NASSP National Principals Conference 2026",
]
contacts = ["Angela Whitfield", "Ramón Castillo", "Beth Lindgren"]

# Other names people use for the same thing.
[aliases]
"Pecan Ridge High School" = ["Pecan Ridge", "Pecan Ridge HS", "PRHS"]
"Austin Independent School District" = ["Austin ISD", "AISD"]
"Cedar Hollow Middle School" = ["Cedar Hollow"]
"Teach For America" = ["TFA"]
"The University of Texas at Austin" = ["UT Austin", "University of Texas at Austin", "UT"]
"Texas State University" = ["Texas State", "TXST", "Southwest Texas State"]
"K-12 education" = ["K-12", "K12"]
"education administration" = ["school administration", "school leadership"]
"secondary education" = ["high school education"]
"public education" = ["public schools"]
"instructional leadership" = ["instructional coaching"]
"restorative practices" = ["restorative justice", "restorative discipline"]
"bilingual education" = ["dual language", "English learners", "ESL"]
"college and career readiness" = ["college readiness", "CCMR", "dual credit"]
"teacher retention" = ["retaining teachers", "teacher burnout"]
"Texas Association of Secondary School Principals" = ["TASSP"]
"National Association of Secondary School Principals" = ["NASSP"]
"Central Texas Latino Educators" = ["CTLE"]
"TASSP Summer Workshop 2026" = ["TASSP Summer Workshop", "TASSP workshop"]
"SXSW EDU 2026" = ["SXSW EDU", "SXSWedu"]
"NASSP National Principals Conference 2026" = [
    "National Principals Conference", "NPC 2026", "NASSP conference",
]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 12
"""

_REFERRAL_1 = (
    "Angela Whitfield suggested I reach out to you about mentoring opportunities for your seniors."
)
_REFERRAL_2 = (
    "Ramón Castillo mentioned you're looking for local employers to host student internships. "
    "I'd be glad to help."
)

# ---------------------------------------------------------------------------------------------
# Pass 1: one case for each sample kind.

_PASS_1: list[Case] = [
    # -- likely accept ---------------------------------------------------------------------
    case(
        "001-met-sxsw-edu",
        "classic",
        "en",
        ("Megan Holloway", "Instructional Designer at Brightside Learning", "Round Rock, Texas"),
        "Hi Carlos, great meeting you at SXSW EDU last week. I was the one asking about your "
        "ninth-grade advisory model. Let's stay in touch!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        ("Danielle Ortiz", "School Counselor at Pecan Ridge High School", "Austin, Texas"),
        "Hi Carlos, I just joined the counseling team at Pecan Ridge and would love to connect "
        "with colleagues across campus.",
        LIKELY,
        ("same_organization",),
        mutual=14,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Kevin Tran", "Science Curriculum Coordinator at Lone Oak ISD", "Bastrop, Texas"),
        "Carlos, we overlapped at Cedar Hollow Middle School back in 2014 (I taught 7th grade "
        "science down the hall from your office). Would be great to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        ("Latrice Coleman", "Head of School at Bayou Prep Academy", "Houston, Texas"),
        "Hello Carlos, I lead a small charter high school in Houston and I'm always looking to "
        "learn from other campus principals.",
        LIKELY,
        ("same_industry",),
        mutual=3,
        comment="same industry in plain words (runs a high school, 'other campus principals'); "
        "no industry named verbatim",
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Oliver Strand", "Program Director at Restorative Schools Texas", "Dallas, Texas"),
        "Hi Carlos, I read your post on restorative practices and how your campus cut "
        "suspensions in half. It's exactly what I'm working on right now.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        (
            "Sofia Villarreal",
            "Assistant Principal at Mesquite Springs High School",
            "San Marcos, Texas",
        ),
        "Hi Carlos, we're both in the TASSP principals' forum. I enjoyed your comment on the "
        "teacher retention thread.",
        LIKELY,
        ("same_groups", "shared_interests"),
        mutual=6,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        (
            "Marcus Lee",
            "Community Partnerships Manager at Capital Metro Credit Union",
            "Austin, Texas",
        ),
        _REFERRAL_1,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Rachel Dunn", "Nurse Practitioner at Hill Country Family Clinic", "New Braunfels, Texas"),
        "Hi Carlos! Fellow Texas State alum here (class of 2005). Eat 'em up, Cats!",
        LIKELY,
        ("fellow_alumni",),
        mutual=2,
    ),
    case(
        "009-specific-info-night",
        "classic",
        "en",
        ("Priya Raman", "Outreach Coordinator at Austin Community College", "Austin, Texas"),
        "Hi Carlos, I'm the outreach coordinator at Austin Community College and we'd like to "
        "host a dual credit info night for your juniors this spring. Could we set up a call?",
        LIKELY,
        ("specific_reason",),
        comment="a college offering a free info night to his students, not a sales pitch",
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Tyler Brooks", "Mechanical Engineer at Lonestar Robotics", "Austin, Texas"),
        "Carlos, quick question: does your campus take volunteer mentors for the robotics club? "
        "I'd love to help your students get ready for competition season.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        (
            "Lucía Garza",
            "Directora de Secundaria en Colegio Americano de Monterrey",
            "Monterrey, México",
        ),
        "Hola Carlos, nos conocimos en el taller de verano de TASSP en San Antonio. ¡Me "
        "encantaría seguir en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=4,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Jonas Krüger", "Lehrer am Goethe-Gymnasium Freiburg", "Freiburg, Deutschland"),
        "Hallo Carlos, wir waren beide an der UT Austin, ich als Austauschstudent 2009. Ich "
        "würde mich freuen, mit einem ehemaligen Kommilitonen in Kontakt zu bleiben.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-session",
        "modern",
        "en",
        ("Grace Whitman", "Assistant Principal at Fox Run High School", "Tulsa, Oklahoma"),
        "Thanks for the great conversation after your session at the National Principals "
        "Conference!",
        LIKELY,
        ("met_in_person",),
        mutual=12,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        ("Giulia Conti", "Docente di inglese presso Liceo Galvani", "Bologna, Italia"),
        "Ciao Carlos, sto organizzando uno scambio culturale tra il nostro liceo di Bologna e "
        "una scuola superiore in Texas. Saresti interessato a parlarne?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        (
            "Marcus Lee",
            "Community Partnerships Manager at Capital Metro Credit Union",
            "Austin, Texas",
        ),
        _REFERRAL_1,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="reminder of 007 (the builder has no reminder layout: a re-sent copy of the "
        "same invitation); must merge with it in a digest",
    ),
    case(
        "016-no-auth-header-met",
        "classic",
        "en",
        ("Kevin Doyle", "Principal at Lakeview High School", "Wichita Falls, Texas"),
        "Hi Carlos, good to meet you at the TASSP Summer Workshop in Austin. Let's keep the "
        "conversation going.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-note",
        "classic",
        "en",
        ("Alex Moreno", "Education Consultant at Brightline Partners", "El Paso, Texas"),
        "<script>alert('x')</script> Hi Carlos, we met at SXSW EDU & talked about "
        "<i>advisory periods</i>.",
        LIKELY,
        ("met_in_person",),
        comment="the note contains markup that must be shown as text, never executed",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Nina Castro", "Branch Manager at Hill Country Credit Union", "Kyle, Texas"),
        "Carlos, I'm a Texas State grad too (BBA 2012). Always nice to find a fellow Bobcat in "
        "Austin.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-member",
        "classic",
        "en",
        ("Henrik Olsen", "Principal at Northgate High School", "Duluth, Minnesota"),
        "Hi Carlos, fellow NASSP member here — I'd love to compare notes on teacher retention.",
        LIKELY,
        ("same_groups", "shared_interests"),
        comment="the kind of the bad-charset sample (a group note); the builder writes it clean",
    ),
    case(
        "020-interest-exchange",
        "modern",
        "en",
        (
            "Fatima Haddad",
            "Bilingual Program Coordinator at Pflugerville ISD",
            "Pflugerville, Texas",
        ),
        "Hi Carlos, I coordinate a dual language program too and would love to exchange ideas "
        "on supporting English learners.",
        LIKELY,
        ("shared_interests", "same_industry"),
        comment="the kind of the missing-boundary sample (an interest note); written clean",
    ),
    # -- needs a look --------------------------------------------------------------------------
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Brandon Pierce", "Account Executive at AttendIQ", "Dallas, Texas"),
        "Hi Carlos, I help high schools cut chronic absenteeism by 40% with our attendance app. "
        "Open to a 15-minute demo this week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-tutoring",
        "classic",
        "en",
        ("Carla Jennings", "Founder at TopScore Tutoring", "Houston, Texas"),
        "Carlos, our company offers affordable SAT prep packages for your students. Can I send "
        "you our pricing?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Paul Novak", "Assistant Principal at Pecan Ridge High School", "Austin, Texas"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names one of my organizations (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Aisha Mensah", "Operations Manager at Lakeshore Logistics", "Round Rock, Texas"),
        None,
        LOOK,
        mutual=31,
        comment="no note; 31 connections in common (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Samantha Reyes", "Recruiter at Globex", "Dallas, Texas"),
        "Hi Carlos, we met at SXSW EDU. Please confirm your account to view my message.",
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
            "Derek Shaw",
            "High School English Teacher | Debate Coach | Texas Educator",
            "Temple, Texas",
        ),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (K-12 / secondary education), weak",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Victor Haines", "Director at Apex Holdings", "London, United Kingdom"),
        "Hi Carlos, fellow UT Austin alum! Please review the document I shared.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    # -- generic -------------------------------------------------------------------------------
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Brian Keller", "Regional Sales Manager at Lonestar Roofing", "Fort Worth, Texas"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Diego Salinas", "Gerente de Ventas en Grupo Industrial del Norte", "Saltillo, México"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Marco Ferri", "Consulente finanziario presso Banca Adriatica", "Pescara, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Chad Rollins", "Founder | Crypto | NFT Visionary", "Miami, Florida"),
        None,
        GENERIC,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Emily Hart", "Marketing Coordinator at Sunbelt Foods", "Phoenix, Arizona"),
        "Hi Carlos, I came across your profile and thought it would be great to connect.",
        GENERIC,
        mutual=1,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Ryan Miles", "Entrepreneur | Investor", "Scottsdale, Arizona"),
        "Hello! Always happy to grow my network with inspiring leaders. Let's connect!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Karen Whitley", "Insurance Agent at Bluebonnet Mutual", "Waco, Texas"),
        "I'd like to add you to my professional network on LinkedIn.\n- Karen Whitley",
        GENERIC,
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Lukas Becker", "Vertriebsleiter bei Nordhafen AG", "Bremen, Deutschland"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Camille Laurent", "Consultante en assurance chez Axelis", "Lille, France"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Jason Liu", "Student at University of Nebraska Omaha", "Omaha, Nebraska"),
        "Hi Carlos, hope your week is going well. Let's connect.",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("João Pereira", "Representante comercial na Casa Verde Materiais", "Curitiba, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
]

# ---------------------------------------------------------------------------------------------
# Pass 2: the same kinds again, other writers and other wording.

_PASS_2: list[Case] = [
    # -- likely accept ---------------------------------------------------------------------
    case(
        "021-met-summit",
        "classic",
        "en",
        ("Jennifer Alvarez", "College Access Advisor at Advise Central Texas", "Austin, Texas"),
        "Carlos, I enjoyed sitting next to you at the Central Texas college access summit in "
        "October. Thanks again for the tips on tracking CCMR!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "022-same-org-current",
        "modern",
        "en",
        ("Samuel Okafor", "Director of Bands at Pecan Ridge High School", "Austin, Texas"),
        "Hello Mr. Mendoza, I'm the new band director at PRHS starting this fall. Looking "
        "forward to working with you!",
        LIKELY,
        ("same_organization",),
        mutual=9,
    ),
    case(
        "023-same-org-past",
        "classic",
        "en",
        ("Hannah Brooks", "Policy Analyst at Texas Education Agency", "Austin, Texas"),
        "Hi Carlos! We were in the same Teach For America cohort in the Rio Grande Valley back "
        "in 2006. So good to see where you've landed.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry",
        "modern",
        "en",
        ("Monique Harris", "Assistant Principal at Brushy Creek High School", "Round Rock, Texas"),
        "Hi Carlos, I'm an assistant principal in Round Rock preparing for my first "
        "principalship, and I'd value learning from experienced high school leaders.",
        LIKELY,
        ("same_industry",),
        mutual=5,
    ),
    case(
        "025-shared-interest",
        "classic",
        "en",
        (
            "Oliver Nguyen",
            "Doctoral Candidate, Education Policy at Rice University",
            "Houston, Texas",
        ),
        "Hi Carlos, I watched the recording of your talk on keeping new teachers past year "
        "three. Teacher retention is the focus of my dissertation.",
        LIKELY,
        ("shared_interests",),
        comment="watched a recording: not a meeting in person",
    ),
    case(
        "026-same-group",
        "modern",
        "en",
        ("Isabel Quintero", "Dual Language Teacher at Dove Springs Elementary", "Austin, Texas"),
        "Hi Carlos, I'm also in Central Texas Latino Educators. Your post about recruiting "
        "bilingual teachers really stuck with me.",
        LIKELY,
        ("same_groups",),
        mutual=7,
    ),
    case(
        "027-mutual-referral",
        "classic",
        "en",
        ("Daniel Whitaker", "HR Manager at Riverside Medical Group", "Austin, Texas"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "028-alumni-nickname",
        "modern",
        "en",
        ("Rachel Kim", "Product Manager at Dell Technologies", "Austin, Texas"),
        "Hey Carlos, Longhorn here too (BA '08). Hook 'em!",
        LIKELY,
        ("fellow_alumni",),
        mutual=3,
        comment="'Longhorn' / 'Hook 'em' means a UT Austin alum; the school is not named",
    ),
    case(
        "029-specific-pilot",
        "classic",
        "en",
        ("Priya Desai", "STEM Outreach Coordinator at Austin Community College", "Austin, Texas"),
        "Hi Carlos, I run the summer STEM camp at Austin Community College and we're looking for "
        "two high schools to pilot a free engineering track. Could we talk in January?",
        LIKELY,
        ("specific_reason",),
        comment="a free programme offered by a college: a specific reason, not a sales pitch",
    ),
    case(
        "030-specific-question",
        "modern",
        "en",
        ("Tyler Benson", "Field Placement Coordinator at St. Edward's University", "Austin, Texas"),
        "Carlos, quick question: does Pecan Ridge host student teachers in the spring? I'm "
        "placing our secondary math cohort now.",
        LIKELY,
        ("specific_reason",),
        comment="names my school as the place he wants to place students, not as his own "
        "organization",
    ),
    case(
        "031-met-es",
        "modern",
        "en",
        ("Mariana Treviño", "Maestra bilingüe en Harlandale ISD", "San Antonio, Texas"),
        "¡Hola Carlos! Fue un gusto conocerte en la feria de educación bilingüe en San Antonio. "
        "Sigamos en contacto.",
        LIKELY,
        ("met_in_person",),
        mutual=6,
    ),
    case(
        "032-alumni-de",
        "modern",
        "en",
        ("Katrin Vogel", "Projektleiterin bei Stadtwerke Leipzig", "Leipzig, Deutschland"),
        "Hallo Carlos, ich habe 2013 ein Auslandssemester an der Texas State University "
        "verbracht. Schön, noch jemanden aus San Marcos zu finden!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "033-met-panel",
        "modern",
        "en",
        ("Naomi Fisher", "Education Reporter at Austin Ledger", "Austin, Texas"),
        "Loved your answer about cell phone policies on the principals' panel at SXSW EDU. "
        "Thanks for chatting with me afterward!",
        LIKELY,
        ("met_in_person",),
        mutual=15,
    ),
    case(
        "034-specific-it",
        "modern",
        "en",
        ("Lorenzo Bassi", "Dirigente scolastico presso Liceo Machiavelli", "Firenze, Italia"),
        "Ciao Carlos, dirigo un liceo a Firenze e cerco una scuola texana per un gemellaggio "
        "virtuale con le nostre classi di inglese. Ti andrebbe di sentirci?",
        LIKELY,
        ("specific_reason", "same_industry"),
    ),
    case(
        "035-resent-of-027",
        "classic",
        "en",
        ("Daniel Whitaker", "HR Manager at Riverside Medical Group", "Austin, Texas"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="reminder of 027 (re-sent copy of the same invitation); must merge with it",
    ),
    case(
        "036-no-auth-header-met",
        "classic",
        "en",
        ("Karen Osei", "Principal at Ridgeview High School", "Lubbock, Texas"),
        "Carlos, nice meeting you at the National Principals Conference in Nashville. Let's "
        "swap master schedules sometime!",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "037-markup-in-note-and-headline",
        "classic",
        "en",
        ("Jordan Ellis", "<b>Dean of Students</b> at Maple Grove High School", "Killeen, Texas"),
        '<img src=x onerror="alert(1)"> Carlos, we met at the TASSP Summer Workshop & swapped '
        "notes on <b>restorative circles</b>.",
        LIKELY,
        ("met_in_person",),
        comment="markup in the note and the headline must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "en",
        ("Nina Alvarado", "Assistant Principal at Leander High School", "Leander, Texas"),
        "Hi Carlos, I also did my M.Ed. in educational leadership at UT Austin (2014 cohort). "
        "Would love to stay connected with fellow grads.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "039-group-member",
        "classic",
        "en",
        ("Anders Lund", "Principal at Cypress Ridge High School", "Cypress, Texas"),
        "Hi Carlos, fellow TASSP member here. I'd love to hear how your campus mentors "
        "first-year assistant principals.",
        LIKELY,
        ("same_groups",),
    ),
    case(
        "040-interest-exchange",
        "modern",
        "en",
        ("Fatima Noor", "Restorative Practices Coordinator at Killeen ISD", "Killeen, Texas"),
        "Hi Carlos, restorative discipline is my whole job these days and I'd love to trade "
        "ideas with another campus that's doing it well.",
        LIKELY,
        ("shared_interests",),
    ),
    # -- needs a look --------------------------------------------------------------------------
    case(
        "111-pitch-saas",
        "modern",
        "en",
        ("Trevor Banks", "Partnerships Lead at GradeGenie", "Austin, Texas"),
        "Hi Carlos, our AI grading assistant saves teachers 6 hours a week. Can I show your "
        "leadership team a quick demo before budget season?",
        LOOK,
        mutual=4,
        comment="sales pitch",
    ),
    case(
        "112-pitch-print",
        "classic",
        "en",
        ("Carla Benitez", "Owner at Lone Star Print Co.", "San Antonio, Texas"),
        "Carlos, we print yearbooks and graduation banners at 30% below what most Texas schools "
        "pay. Mind if I send over a quote?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "113-weak-same-org-headline",
        "classic",
        "en",
        ("Ray Delgado", "Transportation Dispatcher at Austin ISD", "Austin, Texas"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my organizations (Austin ISD), weak",
    ),
    case(
        "114-weak-mutual",
        "modern",
        "en",
        ("Aaron Pike", "Project Manager at Capital Builders", "Austin, Texas"),
        None,
        LOOK,
        mutual=18,
        comment="no note; 18 connections in common (weak)",
    ),
    case(
        "115-spoof-good-note",
        "classic",
        "en",
        ("Melissa Grant", "Recruiter at Horizon Staffing", "Houston, Texas"),
        "Carlos, we spoke at the National Principals Conference. Sign in here to see the photos "
        "I shared.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-invites.co",
        comment="look-alike sender domain: must be flagged, links not clickable",
    ),
    case(
        "116-weak-industry-headline",
        "classic",
        "en",
        (
            "Derek Amos",
            "Middle School Assistant Principal | Campus Administrator",
            "Georgetown, Texas",
        ),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (school administration), weak",
    ),
    case(
        "117-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Lisa Crane", "Payroll Specialist", "Austin, Texas"),
        "Hi Carlos, I'm with Austin ISD payroll. Please verify your direct deposit details in the "
        "form I sent.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; phishing that claims my "
        "organization",
    ),
    # -- generic -------------------------------------------------------------------------------
    case(
        "221-stock-en",
        "classic",
        "en",
        ("Greg Dalton", "Sales Consultant at Hill Country Ford", "Boerne, Texas"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "222-stock-es",
        "classic",
        "en",
        ("Alejandro Ruiz", "Asesor inmobiliario en Casas del Sol", "Monterrey, México"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "223-stock-it",
        "classic",
        "en",
        ("Francesca Greco", "Responsabile vendite presso Moda Roma", "Roma, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "224-modern-no-note",
        "modern",
        "en",
        ("Tanner Blake", "Real Estate Investor | Wholesaling | Flips", "Las Vegas, Nevada"),
        None,
        GENERIC,
    ),
    case(
        "225-custom-vague",
        "modern",
        "en",
        ("Ashley Monroe", "Customer Success Manager at CloudNine Software", "Denver, Colorado"),
        "Hi Carlos, your profile really stood out to me. I'd love to add you to my network!",
        GENERIC,
        mutual=2,
    ),
    case(
        "226-custom-vague-2",
        "classic",
        "en",
        ("Ryan Caldwell", "Financial Advisor at Pinnacle Wealth", "Dallas, Texas"),
        "Greetings! I'm connecting with professionals across Texas. Happy to have you in my "
        "network.",
        GENERIC,
        comment="'across Texas' is not a reason; no offer either, so no pitch",
    ),
    case(
        "227-old-stock-signed",
        "classic",
        "en",
        ("Doug Fenton", "Pest Control Specialist at BugFree Texas", "Pflugerville, Texas"),
        "I'd like to join your LinkedIn network.\n\nThanks,\nDoug",
        GENERIC,
    ),
    case(
        "228-stock-de",
        "classic",
        "en",
        (
            "Felix Hartmann",
            "Key Account Manager bei Bauwerk Systeme GmbH",
            "Stuttgart, Deutschland",
        ),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "229-stock-fr",
        "classic",
        "en",
        ("Julien Moreau", "Conseiller commercial chez Immo Provence", "Marseille, France"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "230-custom-vague-3",
        "modern",
        "en",
        ("Jake Turner", "Student at Texas A&M University", "College Station, Texas"),
        "Hey Carlos, looks like we move in similar circles. Let's connect!",
        GENERIC,
    ),
    case(
        "231-stock-pt",
        "classic",
        "en",
        ("Beatriz Costa", "Consultora de vendas na Solar Brasil", "Recife, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    case(
        "232-stock-id",
        "classic",
        "en",
        ("Budi Santoso", "Sales Executive at PT Maju Bersama", "Jakarta, Indonesia"),
        None,
        GENERIC,
        stock="id",
    ),
]

PRINCIPAL_CASES: list[Case] = _PASS_1 + _PASS_2

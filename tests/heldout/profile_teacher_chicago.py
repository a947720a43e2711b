"""Held-out invitations for Andre Harris, chemistry teacher and instructional coach in Chicago.

English interface. He teaches chemistry and coaches science teachers at a Chicago Public Schools
high school, after years at another CPS school; he studied at Northwestern and DePaul. Notes
mostly in plain American English, with the samples' share of other languages (Spanish, German
and Italian notes, stock sentences in Spanish, Italian, German, French and Portuguese). One
invitation for every likely-accept, needs-a-look and generic sample of tests/fixtures/linkedin
(the same kind of case, written from scratch for this recipient), then a second pass over the
same kinds with other writers and other wording, plus a few kinds the samples only hint at (a
former student, a pitch from someone he did meet, a school-only headline, vague praise, a note
that only repeats his employer back to him). The builder has no reminder, HTML-only,
bad-charset or unterminated-multipart layout: those kinds are written as ordinary invitations of
the same category. Labels follow DESIGN.md's "Categories", as the recipient would judge the
note, written without looking at the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

ANDRE = Recipient(
    name="Andre Harris",
    address="andre.harris@example.org",
    headline="Chemistry Teacher & Instructional Coach at Halsted College Prep | Chicago Public "
    "Schools",
    profile_slug="andre-harris-chem",
)

ANDRE_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Andre Harris"
organizations = ["Halsted College Prep", "Chicago Public Schools", "Roosevelt STEM Academy"]
schools = ["Northwestern University", "DePaul University"]
industries = ["education", "K-12 education", "secondary education", "science education", "teaching"]
interests = [
    "instructional coaching", "inquiry-based learning", "NGSS", "equity in STEM",
    "green chemistry", "science fairs",
]
groups = [
    "American Chemical Society", "American Association of Chemistry Teachers",
    "National Science Teaching Association", "Illinois Science Teaching Association",
    "Chicago Teachers Union",
]
events = ["NSTA National Conference 2026", "ISTA Conference 2026", "CPS Student Science Fair 2026"]
contacts = ["Keisha Williams", "Daniel Okafor", "Maria Delgado"]

# Other names people use for the same thing.
[aliases]
"Halsted College Prep" = ["Halsted College Prep High School", "Halsted Prep"]
"Chicago Public Schools" = ["CPS"]
"Roosevelt STEM Academy" = ["Roosevelt STEM", "Roosevelt Academy"]
"Northwestern University" = ["Northwestern", "NU"]
"DePaul University" = ["DePaul"]
"American Chemical Society" = ["ACS"]
"American Association of Chemistry Teachers" = ["AACT"]
"National Science Teaching Association" = ["NSTA", "National Science Teachers Association"]
"Illinois Science Teaching Association" = ["ISTA", "Illinois Science Teachers Association"]
"Chicago Teachers Union" = ["CTU"]
"NSTA National Conference 2026" = ["NSTA Chicago", "NSTA 2026", "NSTA conference"]
"ISTA Conference 2026" = ["ISTA Conference", "ISTA 2026"]
"CPS Student Science Fair 2026" = [
    "CPS Science Fair", "CPS Student Science Fair", "Chicago Public Schools Student Science Fair",
]
"NGSS" = ["Next Generation Science Standards"]
"instructional coaching" = ["teacher coaching", "coaching cycles"]
"equity in STEM" = ["STEM equity"]
"inquiry-based learning" = ["inquiry-based labs", "inquiry-based science"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 12
"""

_REFERRAL = (
    "Keisha Williams suggested I get in touch about bringing your chemistry students to our "
    "teen science summer program."
)
_REFERRAL_2 = (
    "Hi Andre, Daniel Okafor told me you're the person to ask about coaching first-year "
    "chemistry teachers. Would you have 20 minutes for a call this month?"
)

ANDRE_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-nsta",
        "classic",
        "en",
        ("Megan Kowalski", "Chemistry Teacher at Rockford East High School", "Rockford, Illinois"),
        "Hi Andre, really enjoyed chatting at the NSTA conference in Chicago last week. I'm the "
        "Rockford chem teacher who asked how you run your lab rotations. Let's keep in touch!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        ("Jasmine Ortiz", "Biology Teacher at Halsted College Prep", "Chicago, Illinois"),
        "Hi Andre, I just started teaching biology at Halsted College Prep this semester and "
        "would love to connect with my new colleagues in the science department.",
        LIKELY,
        ("same_organization",),
        mutual=8,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Brian Novak", "Physics Teacher at Evanston Township High School", "Evanston, Illinois"),
        "Andre, we taught together at Roosevelt STEM Academy back in 2016 (I had the physics room "
        "across the hall). Would be good to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        ("Rachel Stein", "AP Chemistry Teacher", "Naperville, Illinois"),
        "Hello Andre, I teach AP Chemistry in the western suburbs and I'm always looking to learn "
        "from other high school science teachers.",
        LIKELY,
        ("same_industry",),
        mutual=5,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Oscar Villanueva", "Science Curriculum Specialist", "Milwaukee, Wisconsin"),
        "Hi Andre, I read your post about moving ninth-grade chemistry to inquiry-based labs. "
        "That's exactly the shift our district is working through right now.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Tamara Brooks", "Chemistry Teacher at Ridgewood High School", "Norridge, Illinois"),
        "Hi Andre, we're both members of the American Association of Chemistry Teachers. Your "
        "reply in the forum about grading lab reports was really helpful.",
        LIKELY,
        ("same_groups",),
        mutual=6,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        (
            "Jerome Walker",
            "Education Outreach Manager at Museum of Science and Industry",
            "Chicago, Illinois",
        ),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Lauren Fitzgerald", "Senior Analyst at Deloitte", "Chicago, Illinois"),
        "Hi Andre! Fellow Northwestern alum here (Weinberg '09). Go Cats!",
        LIKELY,
        ("fellow_alumni",),
        mutual=3,
    ),
    case(
        "009-specific-lab-day",
        "classic",
        "en",
        (
            "Priya Venkatesh",
            "K-12 Outreach Coordinator at Argonne National Laboratory",
            "Lemont, Illinois",
        ),
        "Hi Andre, I run K-12 outreach at Argonne and we'd like to host your chemistry classes "
        "for a free lab day this spring. Could we find time for a call?",
        LIKELY,
        ("specific_reason",),
        comment="a free lab day for his classes: a concrete offer, not a sales pitch",
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Harold Jensen", "Retired Analytical Chemist", "Lake Forest, Illinois"),
        "Andre, quick question: does your school take volunteer mentors for student science "
        "projects? I spent 30 years in analytical chemistry and would enjoy helping.",
        LIKELY,
        ("specific_reason",),
        comment="offers his time as a volunteer: a concrete request, not a sales pitch",
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        (
            "Guadalupe Herrera",
            "Maestra de Ciencias en Escuela Secundaria Técnica 17",
            "Monterrey, México",
        ),
        "Hola Andre, nos conocimos en la sesión sobre laboratorios de química de NSTA en Chicago. "
        "¡Me encantaría seguir aprendiendo de tu trabajo!",
        LIKELY,
        ("met_in_person",),
        mutual=2,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Katrin Vogel", "Lehrerin für Chemie am Beethoven-Gymnasium", "Bonn"),
        "Hallo Andre, wir haben beide an der Northwestern University studiert – ich war 2011 als "
        "Austauschstudentin in Evanston. Ich würde mich über den Kontakt freuen.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-session",
        "modern",
        "en",
        ("Derrick Coleman", "Science Teacher at Peoria High School", "Peoria, Illinois"),
        "Thanks for the great conversation after your coaching session at the ISTA Conference!",
        LIKELY,
        ("met_in_person",),
        mutual=13,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        ("Francesca Moretti", "Docente di chimica presso Liceo Scientifico Volta", "Torino"),
        "Ciao Andre, insegno chimica in un liceo di Torino e cerco una classe a Chicago per un "
        "progetto di scambio virtuale con i miei studenti. Ti interesserebbe?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        (
            "Jerome Walker",
            "Education Outreach Manager at Museum of Science and Industry",
            "Chicago, Illinois",
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
        (
            "Sean Gallagher",
            "Assistant Principal at Oak Park and River Forest High School",
            "Oak Park, Illinois",
        ),
        "Andre, it was a pleasure sitting next to you at the NSTA opening session in Chicago. "
        "Hope our paths cross again soon.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-note",
        "classic",
        "en",
        ("Kevin Tran", "Lab Technician at Schaumburg High School", "Schaumburg, Illinois"),
        "Hi Andre <script>alert('hi')</script>, we met at the CPS Science Fair & talked about "
        "<b>mole day</b> activities.",
        LIKELY,
        ("met_in_person",),
        comment="note contains markup that must be shown as text, never executed (the builder "
        "cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Aisha Rahman", "Strategy Consultant at Kearney", "Chicago, Illinois"),
        "Andre, I'm an NU grad too (BA 2012) and now work in consulting downtown.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "en",
        (
            "Lisa Marchetti",
            "Chemistry Teacher at Downers Grove South High School",
            "Downers Grove, Illinois",
        ),
        "Hi Andre, fellow AACT member here — I'd love to swap ideas on stoichiometry labs that "
        "actually work.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "en",
        ("Monique Jackson", "Instructional Coach at School District U-46", "Elgin, Illinois"),
        "Hi Andre, I do instructional coaching for science teachers too and would love to trade "
        "ideas on coaching cycles.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Trevor Lang", "Account Executive at LabSim Pro", "Austin, Texas"),
        "Hi Andre, our virtual chemistry lab platform helps high schools raise test scores by 30% "
        "and cut supply costs. Open to a 15-minute demo this week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "en",
        ("Nicole Ramos", "Founder at BrightStart Tutoring", "Chicago, Illinois"),
        "Andre, our tutoring company offers ACT science prep packages for your students at group "
        "rates. Can I send over our pricing?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Marcus Bell", "Security Officer at Halsted College Prep", "Chicago, Illinois"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names one of my organizations (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Stephanie Cruz", "Account Manager at Comcast", "Chicago, Illinois"),
        None,
        LOOK,
        mutual=26,
        comment="no note; 26 connections in common, threshold 12 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Heather Lane", "Education Consultant", "Springfield, Illinois"),
        "Andre, nice meeting you at the NSTA conference! I uploaded the lab handouts you asked "
        "for, log in here to download them.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-secure.net",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "106-weak-industry-headline",
        "classic",
        "en",
        ("Gregory Pham", "Substitute Teacher | Secondary Education", "Cicero, Illinois"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Victor Osei", "Director at Meridian Capital Group", "Accra, Ghana"),
        "Hi Andre, fellow DePaul alum! Kindly review the document I shared with you.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Craig Dawson", "Insurance Agent at State Farm", "Schaumburg, Illinois"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Alejandro Gómez", "Ejecutivo Comercial en Grupo Bimbo", "Guadalajara, México"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Stefano Conti", "Consulente finanziario presso Banca Mediolanum", "Milano, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Tyler Beckett", "Founder | Crypto | Real Estate Investor", "Scottsdale, Arizona"),
        None,
        GENERIC,
        mutual=1,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Ashley Morgan", "Marketing Coordinator at Groupon", "Chicago, Illinois"),
        "Hello Andre, your profile came up in my suggestions and I thought I'd reach out to "
        "connect.",
        GENERIC,
        mutual=2,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Jordan Blake", "Entrepreneur | Keynote Speaker", "Miami, Florida"),
        "Hi there! Always looking to connect with driven professionals. Let's grow together!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Tony Russo", "Financial Advisor at Edward Jones", "Oak Lawn, Illinois"),
        "I'd like to join your LinkedIn network.\n- Tony Russo",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Florian Braun", "Vertriebsleiter bei Bosch", "Stuttgart"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Élodie Martin", "Chargée d'affaires chez Société Générale", "Paris"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Brandon Hughes", "Branch Manager at Enterprise Rent-A-Car", "Chicago, Illinois"),
        "Hi Andre, hope your week is going well. Let's connect!",
        GENERIC,
        mutual=1,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Rafael Costa", "Gerente Comercial na Ambev", "Belo Horizonte, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-learning-walk",
        "classic",
        "en",
        ("Nadia Hussain", "Science Department Chair at Garfield Park High School", "Chicago"),
        "Andre, thanks again for letting me observe your chemistry lab during the network "
        "learning walk on Tuesday. I left with pages of notes!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "022-same-org-current-alias",
        "modern",
        "en",
        ("Tyrone Mitchell", "School Counselor at Halsted Prep", "Chicago, Illinois"),
        "Hey Andre, new counselor at Halsted Prep here, started Monday. Looking forward to "
        "working with you and the science team!",
        LIKELY,
        ("same_organization",),
        mutual=10,
    ),
    case(
        "023-same-org-past-alias",
        "classic",
        "en",
        ("Angela Price", "Librarian at Hyde Park Academy", "Chicago, Illinois"),
        "Hi Andre! We worked together at Roosevelt STEM around 2018, I ran the library on the "
        "second floor. Hope you're doing well.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry",
        "modern",
        "en",
        ("Darnell Owens", "8th Grade Science Teacher", "Gary, Indiana"),
        "Hi Andre, I teach eighth-grade science in Gary and I'm trying to build connections with "
        "other science educators in the Chicago area.",
        LIKELY,
        ("same_industry",),
        mutual=4,
    ),
    case(
        "025-shared-interest",
        "classic",
        "en",
        (
            "Emily Zhao",
            "PhD Student, Learning Sciences at University of Illinois Chicago",
            "Chicago, Illinois",
        ),
        "Hi Andre, your article on bringing the Next Generation Science Standards into chemistry "
        "classrooms really resonated. My dissertation is on the same topic.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group",
        "modern",
        "en",
        ("Robert Hill", "Chemistry Teacher at Joliet West High School", "Joliet, Illinois"),
        "Hi Andre, saw your post in the ACS high school teachers group about safety goggles for "
        "big classes. Fellow member, happy to connect!",
        LIKELY,
        ("same_groups",),
        mutual=7,
    ),
    case(
        "027-mutual-referral",
        "classic",
        "en",
        ("Sandra Kim", "Program Director at Chicago Scholars Foundation", "Chicago, Illinois"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "028-alumni-depaul",
        "modern",
        "en",
        ("Erin Walsh", "HR Generalist at Northern Trust", "Chicago, Illinois"),
        "Hello from another DePaul alum! I finished my master's there a couple of years after you.",
        LIKELY,
        ("fellow_alumni",),
        mutual=2,
    ),
    case(
        "029-specific-interview",
        "classic",
        "en",
        ("Nora Castillo", "Education Reporter at WBEZ", "Chicago, Illinois"),
        "Hi Andre, I'm reporting a story on the science teacher shortage in Chicago schools and "
        "would love to interview you for 20 minutes next week, if you're open to it.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "030-specific-parent-offer",
        "modern",
        "en",
        ("Omar Haddad", "Pharmacist at Walgreens", "Chicago, Illinois"),
        "Hi Andre, my daughter Layla is in your 3rd period chemistry class. I'm a pharmacist and "
        "would be happy to talk to the students about the chemistry of medicines if that helps.",
        LIKELY,
        ("specific_reason",),
        comment="a parent offering a free class talk: a concrete offer, not a sales pitch",
    ),
    case(
        "031-met-es",
        "modern",
        "en",
        ("Rosa Jiménez", "Promotora comunitaria en Pilsen", "Chicago, Illinois"),
        "Hola Andre, nos conocimos en la feria de ciencias de CPS el sábado, soy la mamá de "
        "Daniela. ¡Gracias por animarla tanto!",
        LIKELY,
        ("met_in_person",),
        mutual=1,
    ),
    case(
        "032-alumni-de",
        "modern",
        "en",
        ("Matthias Krüger", "Studienrat für Chemie und Biologie", "Leipzig"),
        "Guten Tag Andre, ich habe 2013 ein Jahr an der DePaul University in Chicago studiert. "
        "Schön, einen ehemaligen DePaul-Studenten im Schuldienst zu finden!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "033-met-panel",
        "modern",
        "en",
        ("Kim Nguyen", "Instructional Coach at Aurora East High School", "Aurora, Illinois"),
        "Really enjoyed your coaching panel at ISTA 2026, and thanks for staying after to answer "
        "my questions!",
        LIKELY,
        ("met_in_person",),
        mutual=14,
        comment="she talked to him after the panel: a meeting, however brief",
    ),
    case(
        "034-specific-it",
        "modern",
        "en",
        ("Giorgio Ferri", "Dirigente scolastico presso Istituto Tecnico Fermi", "Bologna"),
        "Buongiorno Andre, stiamo organizzando un gemellaggio tra il nostro istituto tecnico e "
        "una scuola superiore di Chicago per il 2027. Possiamo sentirci per parlarne?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "035-resent-of-027",
        "classic",
        "en",
        ("Sandra Kim", "Program Director at Chicago Scholars Foundation", "Chicago, Illinois"),
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
        ("Patricia Lewis", "STEM Program Officer at the Joyce Foundation", "Chicago, Illinois"),
        "So nice to finally meet you at the CPS Science Fair awards on Saturday, Andre. "
        "Congratulations to your students!",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "037-markup-in-note-and-headline",
        "classic",
        "en",
        ("Ethan Cole", "Teacher <b>Chemistry & Physics</b> at Maine South", "Park Ridge, Illinois"),
        'Andre — loved our chat at the ISTA poster session <iframe src="https://evil.example">'
        "</iframe> about <u>flipped</u> chem labs & coaching.",
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "en",
        ("Brianna Scott", "Consultant at Accenture", "Chicago, Illinois"),
        "Fellow Blue Demon here! I finished my MAT at DePaul in 2015 before switching to "
        "consulting.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "039-group-dash",
        "classic",
        "en",
        ("Hector Salinas", "Chemistry Teacher at Morton East High School", "Cicero, Illinois"),
        "Andre — ISTA member here too; would love to compare notes on running a chem teacher "
        "meetup in our area.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "040-shared-interest-2",
        "modern",
        "en",
        ("Jamal Carter", "Founder at South Side STEM Collective", "Chicago, Illinois"),
        "Hi Andre, I'm also working on STEM equity for Black and Latino students on the South "
        "Side and would love to share what's been working for us.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "041-met-former-student",
        "modern",
        "en",
        (
            "Destiny Moore",
            "Chemical Engineering Student at University of Illinois Urbana-Champaign",
            "Champaign, Illinois",
        ),
        "Mr. Harris! You taught me honors chem at Roosevelt STEM in 2017 and now I'm majoring in "
        "chemical engineering. Thank you for pushing me!",
        LIKELY,
        ("met_in_person",),
        mutual=3,
        comment="a former student: he knows her in person from his classroom",
    ),
    case(
        "111-pitch-saas",
        "modern",
        "en",
        ("Kyle Anderson", "Sales Director at GradeGenie AI", "San Francisco, California"),
        "Hi Andre, our AI feedback tool cuts lab report grading time in half for CPS science "
        "teachers. Free 30-day trial, could I book you for a short demo?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "112-pitch-agency",
        "classic",
        "en",
        ("Melissa Grant", "Partner at CoachWorks PD", "Indianapolis, Indiana"),
        "Andre, we offer certified professional development packages for instructional coaches, "
        "with district group rates. Can I email you our brochure?",
        LOOK,
        comment="service pitch",
    ),
    case(
        "113-pitch-after-meeting",
        "classic",
        "en",
        ("Greg Sutton", "Territory Manager at Midwest Lab Supply", "Chicago, Illinois"),
        "Hi Andre, good to meet you at our booth at NSTA Chicago! We're offering CPS schools 20% "
        "off lab glassware through December. Shall I send a quote?",
        LOOK,
        ("met_in_person",),
        comment="sales pitch: a red flag whatever else the note answers (they did meet)",
    ),
    case(
        "114-weak-past-org-headline",
        "classic",
        "en",
        ("Denise Harper", "Office Manager at Roosevelt STEM Academy", "Chicago, Illinois"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my past organizations (weak)",
    ),
    case(
        "115-weak-mutual",
        "modern",
        "en",
        ("Kevin O'Malley", "Project Manager at Turner Construction", "Chicago, Illinois"),
        None,
        LOOK,
        mutual=18,
        comment="no note; 18 connections in common, threshold 12 (weak)",
    ),
    case(
        "116-spoof-good-note",
        "modern",
        "en",
        ("Amanda Reese", "HR Coordinator", "Chicago, Illinois"),
        "Hi Andre, good talking with you at the CPS Science Fair! Verify your account here to "
        "see the judging schedule I shared.",
        LOOK,
        auth="lookalike",
        lookalike="linkedln-notify.com",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "117-weak-industry-headline",
        "classic",
        "en",
        ("Paula Jennings", "Curriculum Writer | K-12 Education", "Evanston, Illinois"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "118-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Richard Vance", "Managing Director at Apex Holdings", "Dubai"),
        "Great meeting you at the ISTA Conference, Andre. Please open the attached invoice for "
        "your lab supply order.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed meeting is not "
        "counted, as in the samples",
    ),
    case(
        "119-weak-school-headline",
        "modern",
        "en",
        ("Olivia Chen", "Student at DePaul University", "Chicago, Illinois"),
        None,
        LOOK,
        mutual=2,
        comment="no note; headline names one of my schools (weak)",
    ),
    case(
        "221-stock-en",
        "classic",
        "en",
        ("Derek Lawson", "Real Estate Broker at Baird & Warner", "Naperville, Illinois"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "222-stock-es",
        "classic",
        "en",
        ("Valeria Ruiz", "Asesora de Ventas en Telcel", "Ciudad de México"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "223-stock-it",
        "classic",
        "en",
        ("Luca Barbieri", "Agente immobiliare presso Tecnocasa", "Roma, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "224-modern-no-note",
        "modern",
        "en",
        ("Chase Whitman", "Sales Development Rep at Salesforce", "Chicago, Illinois"),
        None,
        GENERIC,
        mutual=3,
    ),
    case(
        "225-custom-vague",
        "modern",
        "en",
        ("Samantha Reyes", "Recruitment Consultant at Robert Half", "Chicago, Illinois"),
        "Hi Andre, I found your profile really impressive and would be glad to have you in my "
        "network.",
        GENERIC,
        mutual=1,
    ),
    case(
        "226-custom-vague-2",
        "classic",
        "en",
        ("Marcus Lee", "CEO at Lee Growth Partners", "Atlanta, Georgia"),
        "Hello! Growing my network with passionate professionals in Chicago. Looking forward to "
        "connecting!",
        GENERIC,
    ),
    case(
        "227-old-stock-signed",
        "classic",
        "en",
        ("Brenda Nolan", "Mortgage Loan Officer at Guaranteed Rate", "Chicago, Illinois"),
        "I'd like to add you to my professional network on LinkedIn.\nThanks, Brenda",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "228-stock-de",
        "classic",
        "en",
        ("Sebastian Richter", "Account Manager bei SAP", "Walldorf"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "229-stock-fr",
        "classic",
        "en",
        ("Antoine Girard", "Conseiller en patrimoine chez AXA", "Marseille"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "230-custom-vague-3",
        "modern",
        "en",
        ("Ryan Patel", "Business Development at Uber", "Chicago, Illinois"),
        "Good morning Andre, would be great to have you in my network.",
        GENERIC,
        mutual=2,
    ),
    case(
        "231-stock-pt",
        "classic",
        "en",
        ("Juliana Pereira", "Consultora de Vendas na Natura", "Curitiba, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    case(
        "232-vague-praise",
        "modern",
        "en",
        ("Trina Howard", "Mortgage Broker at Howard Home Loans", "Oak Brook, Illinois"),
        "Hi Andre, teachers like you are the real heroes! Would be honored to connect.",
        GENERIC,
        mutual=3,
        comment="warm but vague praise: answers nothing",
    ),
    case(
        "233-only-his-employer",
        "modern",
        "en",
        ("Dave Kowalczyk", "Owner at Kowalczyk Plumbing", "Chicago, Illinois"),
        "Hi Andre, I see you teach at Halsted College Prep. Would love to connect!",
        GENERIC,
        mutual=4,
        comment="repeats his employer from his profile; says nothing of the writer's own link "
        "to it",
    ),
]

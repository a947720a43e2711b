"""Held-out invitations for Aroha Ngata, deputy principal and science teacher in Auckland.

English interface. Notes mostly in New Zealand and Australian English (te reo Māori greetings
and words mixed in, as people write them), a few in the samples' other languages from
education exchanges. One invitation for every likely-accept, needs-a-look and generic sample of
tests/fixtures/linkedin (the same kind of case, written from scratch for this recipient), then a
second pass over the same kinds with other writers and other wording, plus a few kinds the
samples lack (a former student, a parent offering a class talk, a note that mentions a missed
workshop, a pitch from someone she did meet, a recruiter, a school-only headline, a note that
only repeats her own employer back to her, a vague "connections in common" below the
threshold). The builder has no reminder, HTML-only, bad-charset or unterminated-multipart
layout: those kinds are written as ordinary invitations of the same category. Labels follow
DESIGN.md's "Categories", as the recipient would judge the note, written without looking at
the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

KAIAKO = Recipient(
    name="Aroha Ngata",
    address="aroha.ngata@example.school.nz",
    headline="Deputy Principal | Science Teacher at Tāmaki Heights College",
    profile_slug="aroha-ngata-dp",
)

KAIAKO_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Aroha Ngata"
organizations = ["Tāmaki Heights College", "Rangitoto Bay High School", "Te Wharekura o Ngā Puna"]
schools = ["University of Auckland", "Massey University"]
industries = ["education", "secondary education", "science education", "teaching"]
interests = [
    "STEM education", "Māori-medium learning", "teacher mentoring",
    "culturally responsive pedagogy", "chemistry", "science fairs",
]
groups = [
    "New Zealand Association of Science Educators", "PPTA Te Wehengarua",
    "Auckland Science Teachers' Network",
]
events = ["SciCon 2026", "uLearn 2026", "Auckland Science & Technology Fair 2026"]
contacts = ["Hemi Walker", "Rachel Tupou", "Grant McKenzie"]

# Other names people use for the same thing.
[aliases]
"Tāmaki Heights College" = ["Tamaki Heights College", "Tāmaki Heights", "Tamaki Heights"]
"Rangitoto Bay High School" = ["Rangitoto Bay High", "Rangitoto Bay", "RBHS"]
"Te Wharekura o Ngā Puna" = ["Te Wharekura o Nga Puna", "Ngā Puna", "Nga Puna"]
"University of Auckland" = ["Auckland Uni", "Auckland University", "UoA", "Waipapa Taumata Rau"]
"Massey University" = ["Massey", "Te Kunenga ki Pūrehuroa"]
"New Zealand Association of Science Educators" = ["NZASE"]
"PPTA Te Wehengarua" = ["PPTA", "Post Primary Teachers' Association"]
"Auckland Science Teachers' Network" = ["Auckland Science Teachers Network"]
"SciCon 2026" = ["SciCon"]
"uLearn 2026" = ["uLearn", "uLearn26"]
"Auckland Science & Technology Fair 2026" = [
    "Auckland Science Fair", "Auckland Science and Technology Fair",
]
"Māori-medium learning" = ["Māori-medium education", "Maori-medium", "kura kaupapa", "rumaki"]
"STEM education" = ["STEM"]
"teacher mentoring" = ["mentoring beginning teachers", "beginning teacher mentoring"]
"culturally responsive pedagogy" = ["culturally responsive teaching"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 15
"""

_REFERRAL = (
    "Hemi Walker suggested I reach out to you about bringing your Year 12 students to our "
    "engineering open day in March."
)
_REFERRAL_2 = (
    "Kia ora Aroha, Rachel Tupou at Auckland Museum said you're the person to ask about "
    "Māori-medium science resources for Years 7–8. Would you have time for a quick chat?"
)

KAIAKO_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-scicon",
        "classic",
        "en",
        ("Tom Whitlock", "Head of Science at Whangārei Boys' High School", "Whangārei, Northland"),
        "Kia ora Aroha, great to meet you at SciCon in Ōtautahi last week. I was the one who "
        "asked about your Year 10 inquiry projects. Keen to stay in touch!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        ("Priya Raman", "Chemistry Teacher at Tāmaki Heights College", "Auckland, New Zealand"),
        "Hi Aroha, I've just started in the science department at Tāmaki Heights College this "
        "term and I'm trying to get to know the senior leadership team. Looking forward to "
        "working with you!",
        LIKELY,
        ("same_organization",),
        mutual=11,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Gavin Hughes", "Physics Teacher at Nelson College", "Nelson, New Zealand"),
        "Aroha, we overlapped at Rangitoto Bay High School back in 2014 (I had the physics lab "
        "next door to yours). Would be great to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        ("Mereana Tipene", "Kaiako at Tolaga Bay Area School", "Tairāwhiti, New Zealand"),
        "Tēnā koe Aroha, I teach science at a small rural area school on the East Coast and I'm "
        "always keen to learn from other teachers in the secondary sector.",
        LIKELY,
        ("same_industry",),
        mutual=4,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Hannah Cole", "Lecturer at University of Waikato", "Hamilton, New Zealand"),
        "Hi Aroha, I read your blog post on weaving mātauranga Māori into the Year 11 chemistry "
        "programme. It's exactly what I'm researching at the moment.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Sione Latu", "Biology Teacher at Kelston Boys' High School", "Auckland"),
        "Hi Aroha, we're both in the Auckland Science Teachers' Network. I really liked your "
        "comment on the thread about moderating internal assessments.",
        LIKELY,
        ("same_groups",),
        mutual=7,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        (
            "Jared Fuimaono",
            "Outreach Coordinator, Faculty of Engineering, University of Auckland",
            "Auckland",
        ),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Kate Donovan", "Policy Advisor at Ministry for the Environment", "Wellington"),
        "Hi Aroha! Fellow University of Auckland alum here (BSc 2006). Small world!",
        LIKELY,
        ("fellow_alumni",),
        mutual=2,
    ),
    case(
        "009-specific-class-visit",
        "classic",
        "en",
        ("Nikhil Sharma", "Education Programmes Lead at MOTAT", "Auckland"),
        "Kia ora Aroha, I look after school programmes at MOTAT and we'd love to host your Year 9 "
        "classes at our free aviation science day next term. Could we set up a quick call?",
        LIKELY,
        ("specific_reason",),
        comment="a free museum programme for her classes: a concrete offer, not a sales pitch",
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Wendy Armstrong", "Retired Chemical Engineer", "Howick, Auckland"),
        "Aroha, quick question: does your school take volunteers to help students with science "
        "fair projects? I've got a chemistry background and plenty of spare time these days.",
        LIKELY,
        ("specific_reason",),
        comment="offers her time as a volunteer: a concrete request, not a sales pitch",
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        (
            "Valentina Rojas",
            "Profesora de Biología en Liceo Bicentenario de Temuco",
            "Temuco, Chile",
        ),
        "Hola Aroha, nos conocimos durante la visita de profesores chilenos a tu colegio en "
        "agosto. ¡Me encantaría que siguiéramos en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=3,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Lukas Hoffmann", "Lehrer für Biologie und Chemie am Gymnasium Freiburg", "Freiburg"),
        "Hallo Aroha, wir haben beide an der University of Auckland studiert – ich war 2009 für "
        "ein Auslandssemester dort. Ich würde mich freuen, in Kontakt zu bleiben.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-workshop",
        "modern",
        "en",
        ("Jess Tainui", "Beginning Teacher, Science", "Manukau, Auckland"),
        "Thanks heaps for the kōrero after your workshop at uLearn, it gave me a lot to think "
        "about!",
        LIKELY,
        ("met_in_person",),
        mutual=12,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        ("Chiara Bianchi", "Docente di scienze presso Liceo Scientifico Galilei", "Padova"),
        "Ciao Aroha, sto organizzando uno scambio online tra le mie classi di scienze e una "
        "scuola neozelandese e vorrei chiederti se la tua scuola sarebbe interessata.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        (
            "Jared Fuimaono",
            "Outreach Coordinator, Faculty of Engineering, University of Auckland",
            "Auckland",
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
        ("Brendan O'Sullivan", "Head of Science at St Peter's College", "Cambridge, Waikato"),
        "Hi Aroha, good to meet you judging at the Auckland Science Fair on Saturday. Let's keep "
        "the conversation going.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-note",
        "classic",
        "en",
        ("Callum Reid", "Lab Technician at Botany Downs Secondary College", "Auckland"),
        "<script>alert('x')</script> Hi Aroha, we met at SciCon & talked about "
        "<i>titration practicals</i>.",
        LIKELY,
        ("met_in_person",),
        comment="note contains markup that must be shown as text, never executed (the builder "
        "cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Ngaire Hohaia", "Senior Advisor at Te Puni Kōkiri", "Rotorua"),
        "Aroha, I'm a Massey grad too (PGDip 2017) and I'm now with Te Puni Kōkiri in Rotorua.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "en",
        ("Fiona Gallagher", "Head of Biology at Marlborough Girls' College", "Blenheim"),
        "Hi Aroha, fellow NZASE member here — I'd love to swap notes on the new NCEA science "
        "standards.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "en",
        ("Ben Tamatea", "Kaiako Pūtaiao at Te Kura Kaupapa Māori o Ruakākā", "Northland"),
        "Kia ora Aroha, I teach pūtaiao in a rumaki unit too and would love to swap ideas on "
        "resources for Māori-medium science.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Ryan Mitchell", "Growth Lead at ClassPulse", "Sydney, Australia"),
        "Hi Aroha, I help NZ secondary schools lift NCEA pass rates by 25% with our AI homework "
        "platform. Open to a 15-minute demo this week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "en",
        ("Tania Brooks", "Director at Kiwi Tutors Ltd", "Auckland"),
        "Aroha, our agency offers affordable after-school science tutoring for your students. "
        "Can I send you our price list?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Dave Kingi", "Property Manager at Tāmaki Heights College", "Auckland"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names one of my organizations (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Sarah Thompson", "Account Manager at Fonterra", "Auckland"),
        None,
        LOOK,
        mutual=23,
        comment="no note; 23 connections in common, threshold 15 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Jessica Moore", "Education Consultant", "Wellington"),
        "Hi Aroha, we met at SciCon. Please verify your account to read my message.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-alerts.co",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "106-weak-industry-headline",
        "classic",
        "en",
        ("Craig Patterson", "Relief Teacher | Secondary Education", "Tauranga"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Marco Ferrante", "Director at Pacific Bridge Holdings", "Singapore"),
        "Hi Aroha, fellow Massey alum! Please review the document I shared with you.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Shane Wilson", "Sales Manager at Harcourts", "Hamilton, New Zealand"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Diego Fuentes", "Ejecutivo de Ventas en Importadora Andes", "Santiago, Chile"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Marco Galli", "Consulente assicurativo presso Generali", "Torino, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Blake Harrington", "Founder | Crypto Trader | Investor", "Gold Coast, Australia"),
        None,
        GENERIC,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Chloe Martin", "Marketing Coordinator at Briscoes", "Auckland"),
        "Kia ora Aroha, I came across your profile and would love to connect with you.",
        GENERIC,
        mutual=1,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Tyler Grant", "Entrepreneur | Mindset Coach", "Perth, Australia"),
        "Hey! Building my network with inspiring leaders like yourself. Let's connect!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Warren Blake", "Mortgage Adviser at Loan Market", "Christchurch"),
        "I'd like to add you to my professional network on LinkedIn.\n- Warren Blake",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Jan Becker", "Vertriebsleiter bei Krones AG", "Hamburg"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Nicolas Lefèvre", "Conseiller commercial chez Orange", "Lyon"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Mitchell Brown", "Apprentice Electrician", "Papakura"),
        "Hi Aroha, hope you're well. Let's connect.",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Thiago Souza", "Gerente de Vendas na Magazine Sul", "Porto Alegre, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-staff-day",
        "classic",
        "en",
        ("Paula Henare", "Facilitator at Evaluation Associates", "Auckland"),
        "Aroha, it was lovely chatting with you over morning tea after the pōwhiri at your "
        "teacher only day. I'm the facilitator who ran the afternoon session on assessment. "
        "Hope we can keep in touch.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "022-same-org-current-alias",
        "modern",
        "en",
        ("Liam Chen", "Teacher Aide at Tamaki Heights College", "Auckland"),
        "hey Aroha, new teacher aide at Tamaki Heights here (started monday), mostly in the "
        "learning support centre. nice to e-meet you!",
        LIKELY,
        ("same_organization",),
        mutual=9,
    ),
    case(
        "023-same-org-past-alias",
        "classic",
        "en",
        ("Rebecca Fountain", "Deputy Principal at Ōtaki College", "Ōtaki"),
        "Kia ora Aroha, we worked together at Te Wharekura o Ngā Puna around 2011 — I taught "
        "pāngarau down the corridor from you. Hope you and the whānau are well!",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry-au",
        "modern",
        "en",
        ("Emma Kowalski", "Science Teacher at Brisbane State High School", "Brisbane, Queensland"),
        "G'day Aroha, I'm a Year 10 science teacher over in Brisbane and I reckon we could learn "
        "a fair bit from how NZ schools do things. Keen to connect with teachers across the "
        "ditch.",
        LIKELY,
        ("same_industry",),
        mutual=5,
    ),
    case(
        "025-shared-interest",
        "classic",
        "en",
        ("Daniel Park", "Master's Student at Victoria University of Wellington", "Wellington"),
        "Hi Aroha, your post on mentoring beginning teachers through their first two years really "
        "resonated. My thesis is on induction for new science teachers and I'd love to follow "
        "your work.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group",
        "modern",
        "en",
        ("Lani Faleolo", "Science Teacher at Aorere College", "Auckland"),
        "Hi Aroha, saw your post in the PPTA women's network about flexible hours for DPs. "
        "Fellow member, good to connect!",
        LIKELY,
        ("same_groups",),
        mutual=4,
    ),
    case(
        "027-mutual-referral",
        "classic",
        "en",
        ("Moana Herewini", "Curriculum Designer at Kauwhata Learning Trust", "Hamilton"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "028-alumni-massey",
        "modern",
        "en",
        ("Sophie Reid", "Educational Psychologist", "Palmerston North"),
        "Aroha, hello from another Massey alum! I finished my PGDipEd a couple of years after you.",
        LIKELY,
        ("fellow_alumni",),
        mutual=1,
    ),
    case(
        "029-specific-interview",
        "classic",
        "en",
        ("Tom Fraser", "Reporter at RNZ", "Auckland"),
        "Hi Aroha, I'm putting together a story for RNZ on the shortage of science teachers and "
        "would love to interview you for 20 minutes next week if you're up for it.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "030-specific-parent-offer",
        "modern",
        "en",
        ("Anjali Patel", "Civil Engineer at Beca", "Auckland"),
        "Hi Aroha, my son Arjun is in your Year 10 science class. I'm a civil engineer at Beca "
        "and would be happy to come in and talk to the students about bridges and earthquakes if "
        "that'd be useful?",
        LIKELY,
        ("specific_reason",),
        comment="a parent offering a free class talk: a concrete offer, not a sales pitch",
    ),
    case(
        "031-met-es",
        "modern",
        "en",
        ("Martín Álvarez", "Docente de Química en Colegio San Ignacio", "Montevideo, Uruguay"),
        "Hola Aroha, coincidimos en el taller de química de SciCon y me quedé con ganas de seguir "
        "conversando. ¡Un abrazo desde Montevideo!",
        LIKELY,
        ("met_in_person",),
        mutual=3,
    ),
    case(
        "032-alumni-de",
        "modern",
        "en",
        ("Anna Schulz", "Studienrätin an der Gesamtschule Köln-Holweide", "Köln"),
        "Guten Tag Aroha, ich habe auch an der University of Auckland studiert (Master in Chemie, "
        "2012). Schön, eine Ehemalige aus Auckland im Schuldienst zu finden!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "033-met-panel-au",
        "modern",
        "en",
        ("Nathan Clarke", "Head of STEM at Ridgeview Grammar", "Melbourne, Victoria"),
        "Loved your bit on the school leaders' panel at uLearn — thanks for taking my question in "
        "the arvo session!",
        LIKELY,
        ("met_in_person",),
        mutual=16,
        comment="he asked her a question in person after the panel: a meeting, however brief",
    ),
    case(
        "034-specific-it",
        "modern",
        "en",
        ("Lorenzo Ricci", "Dirigente scolastico presso Istituto Tecnico Volta", "Bologna"),
        "Buongiorno Aroha, sono il preside di un istituto tecnico a Bologna e vorremmo "
        "organizzare un gemellaggio con una scuola di Auckland per il 2027. Possiamo sentirci?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "035-resent-of-027",
        "classic",
        "en",
        ("Moana Herewini", "Curriculum Designer at Kauwhata Learning Trust", "Hamilton"),
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
        ("Kirsty McLeod", "Senior Advisor at Ministry of Education", "Wellington"),
        "Aroha, so nice to finally meet you in person at the science fair prizegiving on Friday. "
        "Hope to see you at the next one!",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "037-markup-in-note-and-headline",
        "classic",
        "en",
        ("Ethan Walsh", "Teacher <b>Physics & Maths</b> at Mt Roskill Grammar", "Auckland"),
        "Hi Aroha, <b>great</b> meeting you at the SciCon dinner "
        '<img src=x onerror="alert(1)"> and chatting about robotics clubs!',
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "en",
        ("Hūhana Rāwiri", "Lecturer in Education at AUT", "Auckland"),
        "Kia ora Aroha, I did my BSc at Waipapa Taumata Rau too (2005), we might even have shared "
        "a chem lab!",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "039-group-dash",
        "classic",
        "en",
        ("Olivia Burke", "Chemistry Teacher at Westlake Girls' High School", "Auckland"),
        "Kia ora Aroha — I'm in the Auckland Science Teachers' Network too; keen to compare notes "
        "on Level 2 chem practicals.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "040-shared-interest-2",
        "modern",
        "en",
        ("Rangi Parata", "STEM Outreach Lead at Callaghan Innovation", "Christchurch"),
        "Hi Aroha, I'm also passionate about getting more rangatahi Māori into STEM and would "
        "love to share what we've been trying in Canterbury.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "041-met-former-student",
        "modern",
        "en",
        ("Jayden Paul", "Medical Student at University of Otago", "Dunedin"),
        "Miss Ngata! You taught me Year 13 chem at Rangitoto Bay and I'm now in 4th year med at "
        "Otago. Just wanted to say thanks, you're the reason I stuck with science.",
        LIKELY,
        ("met_in_person",),
        mutual=6,
        comment="a former student: she knows him in person from her classroom",
    ),
    case(
        "042-specific-fr",
        "modern",
        "en",
        ("Claire Wamytan", "Professeure de SVT au Lycée Lapérouse", "Nouméa, Nouvelle-Calédonie"),
        "Bonjour Aroha, je suis professeure de SVT à Nouméa et nous cherchons un établissement "
        "partenaire à Auckland pour un échange d'élèves en 2027. Seriez-vous intéressée ?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "043-missed-workshop",
        "classic",
        "en",
        ("Grace Tuhiwai", "Science Teacher at Fraser High School", "Hamilton"),
        "Kia ora Aroha, I didn't make it to your uLearn workshop on culturally responsive science "
        "teaching, but a colleague passed on your slides. I teach Year 9 and 10 science in "
        "Hamilton and I'm trying a few of your ideas with my classes.",
        LIKELY,
        ("same_industry", "shared_interests"),
        comment="she says she missed the workshop: not a meeting",
    ),
    case(
        "044-typos-beginning-teacher",
        "modern",
        "en",
        ("Kieran Doyle", "Provisionally Certificated Teacher", "Auckland"),
        "hi aroha im a first year science teacher and my HOD said you run the beginning teacher "
        "mentoring programe at your school, any chance i could sit in on one of your sessions?? "
        "thanks heaps",
        LIKELY,
        ("same_industry", "specific_reason"),
        mutual=2,
        comment="the HOD is not named: no mutual connection",
    ),
    case(
        "111-pitch-saas",
        "modern",
        "en",
        ("Alicia Wong", "Account Executive at MarkWise AI", "Melbourne, Victoria"),
        "Hi Aroha, our AI marking assistant saves NZ secondary teachers 5+ hours a week on NCEA "
        "internals. Could I show you a quick demo next week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "112-pitch-after-meeting",
        "classic",
        "en",
        ("Greg Patterson", "Territory Manager at Scitech Lab Supplies", "Auckland"),
        "Kia ora Aroha, good to meet you at our stand at SciCon! We're running 20% off all lab "
        "glassware for schools until December, shall I send through a quote?",
        LOOK,
        ("met_in_person",),
        comment="sales pitch: a red flag whatever else the note answers (they did meet)",
    ),
    case(
        "113-weak-past-org-headline",
        "classic",
        "en",
        ("Lisa Harrison", "Office Manager at Rangitoto Bay High School", "Auckland"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my past organizations (weak)",
    ),
    case(
        "114-weak-mutual",
        "modern",
        "en",
        ("Hamish Grant", "Farm Manager at Grant Produce", "Pukekohe"),
        None,
        LOOK,
        mutual=31,
        comment="no note; 31 connections in common, threshold 15 (weak)",
    ),
    case(
        "115-spoof-good-note",
        "modern",
        "en",
        ("Megan Price", "HR Coordinator", "Auckland"),
        "Kia ora Aroha, lovely to meet you at uLearn! I've shared the relief teaching roster with "
        "you, sign in here to view it.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-invite.co.nz",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "116-weak-industry-headline",
        "classic",
        "en",
        ("Stuart Bell", "Secondary School Teacher | Education", "Dunedin"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "117-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Victor Lang", "Managing Director at Orion Capital Partners", "Hong Kong"),
        "Hi Aroha, great meeting you at SciCon. Open the attached invoice for the lab equipment "
        "order.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed meeting is not "
        "counted, as in the samples",
    ),
    case(
        "118-weak-school-headline",
        "modern",
        "en",
        ("Isla Morrison", "Student at University of Auckland", "Auckland"),
        None,
        LOOK,
        mutual=3,
        comment="no note; headline names one of my schools (weak)",
    ),
    case(
        "119-pitch-recruiter",
        "classic",
        "en",
        ("Oliver Hart", "Senior Consultant at TeachAway Recruitment", "London, United Kingdom"),
        "Hi Aroha, we're placing experienced Kiwi science teachers into London secondary schools, "
        "great daily rates plus visa support. Interested in hearing about current roles?",
        LOOK,
        comment="recruitment agency pitch",
    ),
    case(
        "120-dmarc-fail-plain-note",
        "modern",
        "en",
        ("Nadia Karim", "Science Teacher at Papatoetoe High School", "Auckland"),
        "Kia ora Aroha, it was great to chat at the Auckland Science Fair judging. Keen to stay "
        "in touch!",
        LOOK,
        auth="fail",
        mutual=5,
        comment="DKIM and DMARC failed: flagged even though the note itself reads as genuine",
    ),
    case(
        "221-stock-en",
        "classic",
        "en",
        ("Aaron Mitchell", "Real Estate Agent at Barfoot & Thompson", "North Shore, Auckland"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "222-stock-es",
        "classic",
        "en",
        ("Camila Torres", "Asesora Comercial en Seguros Pacífico", "Lima, Perú"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "223-stock-it",
        "classic",
        "en",
        ("Paolo Russo", "Agente immobiliare presso Tecnocasa", "Napoli, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "224-modern-no-note",
        "modern",
        "en",
        ("Brodie Clarke", "Growth Hacker | Keynote Speaker | Dropshipping", "Brisbane"),
        None,
        GENERIC,
        mutual=2,
    ),
    case(
        "225-custom-vague",
        "modern",
        "en",
        ("Nicole Evans", "Sales Associate at Kathmandu", "Wellington"),
        "Kia ora Aroha, I came across your profile and would be honoured to connect.",
        GENERIC,
    ),
    case(
        "226-custom-vague-2",
        "classic",
        "en",
        ("Jordan Lee", "CEO at Lee Ventures", "Sydney, Australia"),
        "Hey there! Always keen to grow my network with amazing people. Let's connect!",
        GENERIC,
    ),
    case(
        "227-old-stock-signed",
        "classic",
        "en",
        ("Dean Murray", "Financial Adviser at Westpac", "Tauranga"),
        "I'd like to join your LinkedIn network.\nCheers, Dean",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "228-stock-de",
        "classic",
        "en",
        ("Markus Wolf", "Key Account Manager bei Siemens", "München"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "229-stock-fr",
        "classic",
        "en",
        ("Julie Morel", "Chargée de clientèle chez BNP Paribas", "Bordeaux"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "230-custom-vague-3",
        "modern",
        "en",
        ("Kayla Smith", "Customer Success Manager at Xero", "Auckland"),
        "Hello Aroha, hope all is well on your end! Would be great to connect.",
        GENERIC,
        mutual=1,
    ),
    case(
        "231-stock-pt",
        "classic",
        "en",
        ("Fernanda Lima", "Consultora de Vendas na Vivo", "São Paulo, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    case(
        "232-vague-praise",
        "modern",
        "en",
        ("Tania Rewi", "Mortgage Broker at Rewi Home Loans", "Manukau"),
        "Kia ora Aroha, love the mahi you're doing for our tamariki! Would be awesome to connect.",
        GENERIC,
        mutual=3,
        comment="warm but vague praise: answers nothing",
    ),
    case(
        "233-only-her-employer",
        "modern",
        "en",
        ("Rick Sanders", "Owner at Sanders Plumbing", "East Auckland"),
        "Hi Aroha, I noticed you're at Tāmaki Heights College. I'd love to connect!",
        GENERIC,
        mutual=4,
        comment="repeats her employer from her profile; says nothing of his own link to it",
    ),
    case(
        "234-vague-in-common",
        "classic",
        "en",
        ("Josh Tanner", "Business Development Manager at Noel Leeming", "Auckland"),
        "Hi Aroha, looks like we've got a few connections in common so thought I'd reach out. "
        "Let's connect!",
        GENERIC,
        comment="no one named and no count shown: no mutual connection answered",
    ),
]

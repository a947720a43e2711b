"""Held-out invitations for Dr. Amina Wanjiru, epidemiologist and program director in Nairobi.

English interface. She runs malaria, maternal health and community health worker programmes
at a global-health NGO, studied at the University of Nairobi and took her MPH at the London
School of Hygiene & Tropical Medicine. Notes come in Kenyan, Nigerian, British and American
English, in French from West African francophone colleagues, and a few in Portuguese
(Mozambique), Spanish, German and Italian. Funders, consultants and NGO vendors write too.

One invitation for every likely-accept, needs-a-look and generic sample of the LinkedIn
samples (the same kind of case, written from scratch for this recipient), then a second pass
over the same kinds with other writers and other wording. The builder has no reminder,
HTML-only, bad-charset or unterminated-multipart layout: those kinds are written as ordinary
invitations of the same category. Labels follow DESIGN.md's "Categories", as the recipient
would judge the note, written without looking at the classifier. As in the samples, a case
with a red flag (failed or look-alike sender, sales pitch) lists no answers.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

HEALTH = Recipient(
    name="Amina Wanjiru",
    address="amina.wanjiru@example.org",
    headline="Epidemiologist | Program Director at Tumaini Global Health",
    profile_slug="amina-wanjiru-epi",
)

HEALTH_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Amina Wanjiru"
organizations = ["Tumaini Global Health", "KEMRI", "Kenya Ministry of Health"]
schools = ["University of Nairobi", "London School of Hygiene & Tropical Medicine"]
industries = ["global health", "public health", "epidemiology", "non-profit"]
interests = [
    "malaria", "maternal health", "community health workers", "disease surveillance",
    "health systems strengthening",
]
groups = [
    "RBM Partnership to End Malaria", "Women in Global Health",
    "Community Health Impact Coalition", "LSHTM Alumni Network",
]
events = ["Kenya Malaria Forum 2026", "ASTMH 2026 Annual Meeting", "AHAIC 2026"]
contacts = ["Joseph Otieno", "Chiamaka Eze", "Aminata Sow"]

# Other names people use for the same thing.
[aliases]
"Tumaini Global Health" = ["Tumaini", "TGH"]
"KEMRI" = ["Kenya Medical Research Institute"]
"Kenya Ministry of Health" = [
    "Ministry of Health Kenya", "MoH Kenya", "Division of National Malaria Programme", "DNMP",
]
"University of Nairobi" = ["UoN", "Nairobi University"]
"London School of Hygiene & Tropical Medicine" = [
    "LSHTM", "London School of Hygiene and Tropical Medicine",
]
"public health" = ["santé publique", "saúde pública", "salud pública"]
"epidemiology" = ["epidemiologist", "épidémiologie"]
"non-profit" = ["NGO", "ONG", "nonprofit"]
"malaria" = ["paludisme"]
"maternal health" = ["maternal and newborn health", "santé maternelle", "saúde materna"]
"community health workers" = [
    "CHWs", "CHW", "community health volunteers", "CHVs", "agents de santé communautaires",
]
"RBM Partnership to End Malaria" = ["RBM Partnership", "Roll Back Malaria", "RBM"]
"Women in Global Health" = ["WGH"]
"Community Health Impact Coalition" = ["CHIC"]
"Kenya Malaria Forum 2026" = ["Kenya Malaria Forum"]
"ASTMH 2026 Annual Meeting" = ["ASTMH Annual Meeting", "ASTMH 2026", "ASTMH"]
"AHAIC 2026" = ["AHAIC", "Africa Health Agenda International Conference"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 15
"""

_REFERRAL = (
    "Joseph Otieno suggested I reach out to you about the community health worker training "
    "curriculum your team developed."
)
_REFERRAL_2 = (
    "Hello Amina, Chiamaka Eze at Jhpiego told me you're the person to ask about malaria in "
    "pregnancy data in Western Kenya. Would you have 20 minutes for a call next week?"
)

HEALTH_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-malaria-forum",
        "classic",
        "en",
        ("Brian Ochieng", "Malaria Control Coordinator, Homa Bay County", "Homa Bay, Kenya"),
        "Hi Amina, great meeting you at the Kenya Malaria Forum in Naivasha last week. I was the "
        "one asking about your IRS coverage data. Let's stay in touch!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        ("Grace Muthoni", "Data Analyst at Tumaini Global Health", "Nairobi, Kenya"),
        "Hi Dr. Wanjiru, I've just joined Tumaini Global Health as a data analyst on the M&E "
        "team and I'd love to connect with colleagues across the programmes.",
        LIKELY,
        ("same_organization",),
        mutual=11,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Peter Kiprono", "Research Scientist at icipe", "Nairobi, Kenya"),
        "Amina, we overlapped at KEMRI Kisumu back in 2013 (I was in the entomology lab). Would "
        "be great to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        ("Ngozi Okonkwo", "Epidemiologist at Nigeria Centre for Disease Control", "Abuja, Nigeria"),
        "Good day Dr. Amina, I work as an epidemiologist with NCDC in Abuja and I'm always keen "
        "to learn from colleagues in public health across the continent.",
        LIKELY,
        ("same_industry",),
        mutual=4,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        (
            "Hannah Clarke",
            "Research Fellow at Liverpool School of Tropical Medicine",
            "Liverpool, United Kingdom",
        ),
        "Hi Amina, I read your paper on community health workers delivering malaria case "
        "management in Siaya. It's very close to what I'm working on in Malawi.",
        LIKELY,
        ("shared_interests",),
        comment="Liverpool, not London: not a fellow alumna",
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Fatima Bello", "Gender & Health Advocate | Women in Global Health Nigeria", "Kano"),
        "Hello Amina, we're both members of Women in Global Health. I enjoyed your comments on "
        "the leadership webinar thread.",
        LIKELY,
        ("same_groups",),
        mutual=7,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        ("Samuel Mwangi", "Founder, Jamii Learning Labs", "Nairobi, Kenya"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Wambui Njoroge", "Pharmacist at Kenyatta National Hospital", "Nairobi, Kenya"),
        "Hi Amina! Fellow UoN alum here (Pharmacy, class of 2009). Always good to see Chiromo "
        "people doing big things!",
        LIKELY,
        ("fellow_alumni",),
        mutual=2,
    ),
    case(
        "009-specific-funder-call",
        "classic",
        "en",
        (
            "Rebecca Hollis",
            "Program Officer at Hollis Family Foundation",
            "Seattle, Washington",
        ),
        "Hi Amina, I'm a program officer at a family foundation and we're opening a small-grants "
        "round for community-led maternal health projects in East Africa. Could we set up a call "
        "to talk about your work?",
        LIKELY,
        ("specific_reason",),
        comment="a funder inviting a conversation about a grant round: not a sales pitch",
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Daniel Mutua", "MPH Student at Kenyatta University", "Nairobi, Kenya"),
        "Dr. Wanjiru, quick question: does Tumaini take MPH students for field attachment? I'd "
        "love to support your malaria surveillance work for three months.",
        LIKELY,
        ("specific_reason",),
        comment="names my organization but he does not work there",
    ),
    case(
        "011-met-fr",
        "modern",
        "en",
        ("Aïssatou Diallo", "Chargée de programme, PNLP Sénégal", "Dakar, Sénégal"),
        "Bonjour Amina, nous nous sommes rencontrées à la réunion annuelle de l'ASTMH, à la "
        "session sur la chimioprévention du paludisme saisonnier. Ravie de rester en contact !",
        LIKELY,
        ("met_in_person",),
        mutual=3,
    ),
    case(
        "012-alumni-pt",
        "modern",
        "en",
        ("Célia Macuácua", "Médica, Programa Nacional de Controlo da Malária", "Maputo"),
        "Olá Amina, também fiz o mestrado na London School of Hygiene & Tropical Medicine "
        "(2015). É bom encontrar outra antiga aluna a trabalhar em África!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-panel",
        "modern",
        "en",
        ("Tunde Adebayo", "Health Systems Consultant", "Lagos, Nigeria"),
        "Thank you for the brilliant conversation after your panel at AHAIC in Kigali!",
        LIKELY,
        ("met_in_person",),
        mutual=12,
    ),
    case(
        "014-specific-pt",
        "modern",
        "en",
        ("Jacinto Mabunda", "Coordenador de Saúde Comunitária, DPS Sofala", "Beira, Moçambique"),
        "Bom dia Dra. Amina, estamos a preparar uma formação para agentes polivalentes "
        "elementares em Sofala e gostaríamos de convidá-la para partilhar a experiência do "
        "Quénia num webinar.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        ("Samuel Mwangi", "Founder, Jamii Learning Labs", "Nairobi, Kenya"),
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
        ("Olivia Grant", "Senior Technical Advisor, Malaria at PMI", "Washington, DC"),
        "Hi Amina, good to meet you at the ASTMH 2026 Annual Meeting. Let's keep the "
        "conversation on iCCM going.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-note",
        "classic",
        "en",
        ("Kevin Otieno", "Software Engineer at Ushahidi", "Nairobi, Kenya"),
        "<script>alert('x')</script> Hi Amina, we met at the Kenya Malaria Forum & talked about "
        "<b>DHIS2 dashboards</b>.",
        LIKELY,
        ("met_in_person",),
        comment="note contains markup that must be shown as text, never executed (the builder "
        "cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Sarah Whitfield", "Health Adviser at FCDO", "London, United Kingdom"),
        "Amina, I'm an LSHTM grad too (MSc Public Health, 2012) and now advise on health "
        "programmes in East Africa.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "en",
        ("Moses Kiplagat", "Community Health Lead at Lwala Community Alliance", "Migori, Kenya"),
        "Hi Amina, fellow CHIC member here — would love to compare notes on paying community "
        "health workers fairly.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "en",
        ("Lucy Achieng", "Midwife and Researcher at Aga Khan University", "Nairobi, Kenya"),
        "Hi Amina, I work on maternal health too and would love to exchange ideas on respectful "
        "maternity care in rural facilities.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Jason Miller", "Account Executive at FieldPulse Data", "Austin, Texas"),
        "Hi Amina, I help NGOs cut data collection costs by 40% with our mobile survey platform. "
        "Open to a 15-minute demo call this week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "en",
        ("Chinedu Obi", "CEO at GrantWinners Consulting", "Lagos, Nigeria"),
        "Dear Dr. Amina, our agency writes winning proposals for NGOs — USAID, Global Fund, "
        "Gates. Can I send you our packages and pricing?",
        LOOK,
        comment="sales pitch (grant-writing agency)",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Esther Wairimu", "Finance Officer at Tumaini Global Health", "Nairobi, Kenya"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names my organization (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Victor Kamau", "Branch Manager at Equity Bank", "Thika, Kenya"),
        None,
        LOOK,
        mutual=23,
        comment="no note; 23 connections in common, threshold 15 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Laura Bennett", "Grants Manager at Global Health Fund", "Geneva, Switzerland"),
        "Hi Amina, we met at the ASTMH meeting. Please sign in to view the grant agreement I "
        "shared with you.",
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
        ("Hassan Abdi", "Public Health Specialist | Epidemiology | M&E", "Garissa, Kenya"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Mark Feldman", "Director at Apex Capital Partners", "Zurich, Switzerland"),
        "Hi Amina, fellow LSHTM alumnus! Please review the document I shared.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Kelvin Maina", "Sales Executive at Safaricom", "Nairobi, Kenya"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Alejandro Torres", "Ejecutivo de Ventas en Grupo Ibérica", "Madrid, España"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Matteo Ricci", "Agente immobiliare presso Casa Roma", "Roma, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Collins Odhiambo", "Forex Trader | Crypto Enthusiast", "Mombasa, Kenya"),
        None,
        GENERIC,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Mercy Atieno", "Customer Care at Jumia Kenya", "Nairobi, Kenya"),
        "Hello Dr. Amina, I came across your profile and would love to connect with you.",
        GENERIC,
        mutual=1,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Emeka Nwosu", "Entrepreneur | Investor | Speaker", "Lagos, Nigeria"),
        "Greetings! Expanding my network with great professionals like you. Let's connect and "
        "grow together!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Brian Kariuki", "Insurance Agent at Britam", "Nakuru, Kenya"),
        "I'd like to add you to my professional network on LinkedIn.\n- Brian Kariuki",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Jonas Becker", "Vertriebsmitarbeiter bei Autohaus Becker", "Köln"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Koffi Kouassi", "Commercial chez Orange Côte d'Ivoire", "Abidjan, Côte d'Ivoire"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Faith Chebet", "Student at Moi University", "Eldoret, Kenya"),
        "Hi Amina, hope you're doing well. Let's connect.",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Nelson Cossa", "Agente imobiliário na Maputo Imóveis", "Maputo, Moçambique"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-workshop-kenyan",
        "classic",
        "en",
        ("Wilfred Korir", "Sub-County Public Health Officer, Bomet", "Bomet, Kenya"),
        "Hallo Dr. Wanjiru, greetings from Bomet. We met during the malaria in pregnancy "
        "workshop at the Panafric in March, I am the one who presented the ANC data. Kindly "
        "accept my request so that we keep in touch.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "022-same-org-current-alias",
        "modern",
        "en",
        ("Abdirahman Yusuf", "Logistics Officer", "Nairobi, Kenya"),
        "Hey Amina! New on the logistics team at TGH, started Monday. Trying to put faces to "
        "names before the all-staff retreat :)",
        LIKELY,
        ("same_organization",),
        mutual=6,
    ),
    case(
        "023-same-org-past-ministry",
        "classic",
        "en",
        ("Josephine Mbithi", "Health Economist at World Bank", "Washington, DC"),
        "Amina! We sat two desks apart at the Division of National Malaria Programme in "
        "2011-2012. Hope Nairobi is treating you well.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry-british",
        "modern",
        "en",
        ("Oliver Hughes", "Field Epidemiologist, UK Health Security Agency", "London"),
        "Hello Amina, fellow epidemiologist here, mostly outbreak response on the UK side these "
        "days. Always glad to widen the circle of people doing field epi in East Africa.",
        LIKELY,
        ("same_industry",),
        mutual=5,
    ),
    case(
        "025-shared-interest-nigerian",
        "classic",
        "en",
        ("Adaeze Nnamdi", "Consultant Obstetrician, Lagos University Teaching Hospital", "Lagos"),
        "Good evening ma. I lead a small project on postpartum haemorrhage in rural Ogun State "
        "and your write-up on task-sharing with CHWs gave us many ideas. I would be glad to "
        "learn more from your experience.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group-fr",
        "modern",
        "en",
        ("Pierre Ouédraogo", "Spécialiste suivi-évaluation, PNLP Burkina Faso", "Ouagadougou"),
        "Bonjour Amina, nous faisons tous les deux partie du groupe de travail SBC du "
        "Partenariat RBM. J'ai beaucoup apprécié votre intervention lors de la dernière "
        "réunion virtuelle.",
        LIKELY,
        ("same_groups",),
        mutual=9,
        comment="a virtual meeting of the working group: same group, not met in person",
    ),
    case(
        "027-mutual-referral",
        "classic",
        "en",
        ("Thomas Reinholt", "Biostatistician at Swiss TPH", "Basel, Switzerland"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "029-specific-review",
        "classic",
        "en",
        ("Margaret O'Neill", "Commissioning Editor, BMJ Global Health", "London"),
        "Dear Dr Wanjiru, we're putting together a special collection on community health "
        "systems and I'd like to invite you to peer review one or two submissions. Would you "
        "be willing?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "030-specific-consultant-interview",
        "modern",
        "en",
        ("Rachel Kimani", "Independent Evaluation Consultant", "Nairobi, Kenya"),
        "Hi Amina, I'm leading the endline evaluation of the county CHV programme that Tumaini "
        "co-implements in Kisumu. Could I interview you as a key informant sometime in the next "
        "two weeks? 45 minutes max.",
        LIKELY,
        ("specific_reason",),
        comment="a consultant asking for an interview, selling nothing",
    ),
    case(
        "031-met-de",
        "modern",
        "en",
        ("Katrin Hoffmann", "Technical Advisor bei GIZ", "Eschborn, Germany"),
        "Hallo Amina, wir haben uns beim Kenya Malaria Forum in Naivasha kennengelernt – ich war "
        "die mit den vielen Fragen zur Verteilung der Moskitonetze. Würde mich freuen, in "
        "Kontakt zu bleiben!",
        LIKELY,
        ("met_in_person",),
        mutual=2,
    ),
    case(
        "032-alumni-fr",
        "modern",
        "en",
        ("Mamadou Traoré", "Épidémiologiste, Institut National de Santé Publique", "Bamako"),
        "Bonjour Dr Wanjiru, je suis moi aussi ancien de la LSHTM (MSc Epidemiology, promotion "
        "2013). Au plaisir d'échanger entre anciens de Keppel Street.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "033-met-side-event",
        "modern",
        "en",
        ("Joyce Nyambura", "Program Manager at Living Goods", "Nairobi, Kenya"),
        "So nice to finally meet you in person at the AHAIC side event on CHW financing! Thanks "
        "for making time for coffee afterwards.",
        LIKELY,
        ("met_in_person",),
        mutual=17,
    ),
    case(
        "034-specific-es",
        "modern",
        "en",
        ("Laura Giménez", "Investigadora en ISGlobal", "Barcelona, España"),
        "Hola Amina, estamos escribiendo una propuesta para un ensayo de quimioprevención de la "
        "malaria en embarazadas en Kenia y Mozambique, y nos gustaría saber si Tumaini estaría "
        "interesada en participar como socio local. ¿Podemos hablar?",
        LIKELY,
        ("specific_reason",),
        comment="invites my organization into a grant proposal",
    ),
    case(
        "035-resent-of-027",
        "classic",
        "en",
        ("Thomas Reinholt", "Biostatistician at Swiss TPH", "Basel, Switzerland"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="re-sent invitation of 027 (the builder has no reminder layout): same inviter "
        "and note",
    ),
    case(
        "036-no-auth-header-alumni",
        "classic",
        "en",
        ("Naomi Chebet", "Lecturer, School of Public Health, Moi University", "Eldoret, Kenya"),
        "Amina, hello from a fellow University of Nairobi alumna, we were in the same MBChB "
        "class of 2006! So good to find you here.",
        LIKELY,
        ("fellow_alumni",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "037-markup-in-headline",
        "classic",
        "en",
        ("Ian Mwenda", "Data Scientist <b>@</b> Ona <script>x()</script>", "Nairobi, Kenya"),
        "Hi Amina, <i>great</i> meeting you at the Kenya Malaria Forum hackathon — I'm the guy "
        "who built the larval-source map.",
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "en",
        ("Ifeoma Chukwu", "Research Associate at Malaria Consortium", "Abuja, Nigeria"),
        "Good morning Amina. I also did my MPH at London School of Hygiene and Tropical Medicine "
        "(2017/18 cohort). Happy to connect with a fellow alumna.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "039-group-dash",
        "classic",
        "en",
        ("Emily Harrington", "Gender Advisor at CARE", "Atlanta, Georgia"),
        "Hi Amina — WGH member here too; I'd be glad to swap notes on the women-in-leadership "
        "mentoring pilots.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "041-met-typos",
        "modern",
        "en",
        ("Dennis Wekesa", "Clinical Officer, Kakamega County", "Kakamega, Kenya"),
        "hi amina we met at the kenya malria forum naivasha, your talk on iccm was great. lets "
        "keep in touch",
        LIKELY,
        ("met_in_person",),
        mutual=2,
        comment="typos and no capitals: still a meeting",
    ),
    case(
        "043-funder-fr",
        "modern",
        "en",
        ("Claire Fontaine", "Chargée de mission santé, Agence Française de Développement", "Paris"),
        "Bonjour Dr Wanjiru, l'AFD prépare un appel à projets sur la santé maternelle en Afrique "
        "de l'Est et j'aimerais échanger avec vous sur les besoins de terrain avant son "
        "lancement. Seriez-vous disponible pour un appel ?",
        LIKELY,
        ("specific_reason",),
        comment="a funder asking for input before a call for proposals: not a pitch",
    ),
    case(
        "044-question-applicant",
        "classic",
        "en",
        ("Blessing Okafor", "Public Health Graduate, University of Ibadan", "Ibadan, Nigeria"),
        "Good afternoon ma. Please I am applying for the MPH at University of Nairobi for next "
        "September and I wanted to ask how you found the field placement. Thank you ma.",
        LIKELY,
        ("specific_reason",),
        comment="names my school, but she has not studied there yet: a question, not alumni",
    ),
    case(
        "045-shared-interest-it",
        "modern",
        "en",
        ("Giovanni Bianchi", "Medico presso Medici con l'Africa CUAMM", "Iringa, Tanzania"),
        "Ciao Amina, da tre anni lavoro sulla salute materna negli ospedali distrettuali in "
        "Tanzania e ho letto con interesse il tuo lavoro sugli operatori sanitari di comunità. "
        "Mi piacerebbe scambiare idee.",
        LIKELY,
        ("shared_interests",),
        mutual=3,
    ),
    case(
        "111-pitch-saas",
        "modern",
        "en",
        ("Ashley Turner", "Partnerships at DonorFlow CRM", "San Francisco, California"),
        "Hi Amina! NGOs like yours use DonorFlow to manage grants and donor reporting in one "
        "place. Would you be up for a quick demo next Tuesday?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "112-pitch-supplier",
        "classic",
        "en",
        ("Ibrahim Lawal", "MD/CEO, Sahel Medical Supplies Ltd", "Kano, Nigeria"),
        "Good day Ma. We are leading suppliers of long-lasting insecticidal nets and malaria "
        "RDTs across West and East Africa at very competitive prices. Kindly permit me to send "
        "our catalogue and price list.",
        LOOK,
        comment="sales pitch (NGO vendor)",
    ),
    case(
        "113-pitch-consultant",
        "modern",
        "en",
        ("Stephen Ndirangu", "Freelance MEL Consultant | DHIS2 | Power BI", "Nairobi, Kenya"),
        "Hello Amina, I am an experienced M&E consultant offering data analysis, dashboards and "
        "report writing for NGOs at competitive daily rates. May I share my CV and rate card "
        "for your upcoming projects?",
        LOOK,
        comment="a consultant selling his services: sales pitch",
    ),
    case(
        "114-pitch-after-meeting",
        "classic",
        "en",
        ("Derek Lambert", "Business Development, SolarChill Cold Chain", "Cape Town"),
        "Hi Amina, great meeting you at AHAIC! As promised, I'd love to show you our solar "
        "vaccine fridges — we're offering NGO partners 25% off this quarter. When can I send a "
        "quote?",
        LOOK,
        comment="a real meeting, but the note is a sales pitch: red flag whatever else it answers",
    ),
    case(
        "115-pitch-fr",
        "modern",
        "en",
        ("Serge Yao", "Directeur, Cabinet Ivoire Conseil Santé", "Abidjan, Côte d'Ivoire"),
        "Bonjour Dr Wanjiru, notre cabinet propose des services d'évaluation de projets et de "
        "rédaction de rapports pour les ONG, à des tarifs compétitifs. Puis-je vous envoyer "
        "notre plaquette ?",
        LOOK,
        comment="sales pitch in French",
    ),
    case(
        "116-weak-past-org-headline",
        "classic",
        "en",
        ("Francis Omondi", "Senior Research Officer at KEMRI", "Kisumu, Kenya"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my past organizations (weak)",
    ),
    case(
        "117-weak-mutual-at-threshold",
        "modern",
        "en",
        ("Janet Wafula", "HR Manager at Kenya Power", "Nairobi, Kenya"),
        None,
        LOOK,
        mutual=15,
        comment="no note; exactly 15 connections in common, the threshold (weak)",
    ),
    case(
        "118-dmarc-fail-good-note",
        "modern",
        "en",
        ("Paul Mensah", "Program Officer, Malaria at Gates Foundation", "Seattle, Washington"),
        "Hi Amina, lovely to meet you at the Kenya Malaria Forum. I'd like to discuss a grant "
        "opportunity with Tumaini when you have a moment.",
        LOOK,
        auth="fail",
        comment="a good note, but DKIM and DMARC failed: flagged, the meeting is not counted",
    ),
    case(
        "119-spoof-lookalike-funder",
        "classic",
        "en",
        ("Grace Holloway", "Grants Compliance Officer, Global Fund", "Geneva, Switzerland"),
        "Dear Dr Wanjiru, fellow LSHTM alumna here. Your grant disbursement is on hold until "
        "you verify your organisation details at the link below.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-secure-mail.com",
        comment="spoofed sender (look-alike domain), phishing for credentials; the alumni claim "
        "is not counted",
    ),
    case(
        "120-weak-school-headline",
        "classic",
        "en",
        ("Tom Richards", "MSc Student at London School of Hygiene & Tropical Medicine", "London"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names my school (weak)",
    ),
    case(
        "122-weak-industry-headline-vague",
        "modern",
        "en",
        ("George Otieno", "Public Health Officer at Kisumu County Government", "Kisumu, Kenya"),
        "Hi Dr. Amina, hope you're well. Let's connect.",
        LOOK,
        mutual=3,
        comment="vague note; headline in my industry (weak)",
    ),
    case(
        "221-stock-en2",
        "classic",
        "en",
        ("Daniel Kiprop", "Real Estate Consultant at Optiven", "Nairobi, Kenya"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "222-stock-es",
        "classic",
        "en",
        ("Carlos Méndez", "Gerente de Ventas en Distribuidora Andina", "Quito, Ecuador"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "223-stock-fr2",
        "classic",
        "en",
        ("Ibrahima Ndiaye", "Commerçant", "Thiès, Sénégal"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "224-modern-no-note-below-threshold",
        "modern",
        "en",
        ("Kevin Mutiso", "Sales Manager at Toyota Kenya", "Nairobi, Kenya"),
        None,
        GENERIC,
        mutual=14,
        comment="no note; 14 connections in common, one below the threshold of 15",
    ),
    case(
        "225-custom-vague-praise",
        "modern",
        "en",
        ("Prosper Eze", "Motivational Speaker | Life Coach", "Enugu, Nigeria"),
        "Dr. Amina, your work in global health is truly inspiring. It would be an honour to be "
        "in your network.",
        GENERIC,
        comment="praise of my field says nothing about the sender",
    ),
    case(
        "226-custom-vague-kenyan",
        "classic",
        "en",
        ("Purity Wanjala", "Business Owner", "Kitale, Kenya"),
        "Greetings Dr. Wanjiru, kindly accept my invitation to connect. God bless you.",
        GENERIC,
    ),
    case(
        "227-old-stock-signed",
        "classic",
        "en",
        ("Andrew Mwita", "Accountant at Kenya Revenue Authority", "Nairobi, Kenya"),
        "I'd like to join your LinkedIn network.\nRegards, Andrew",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "230-custom-vague-fr",
        "modern",
        "en",
        ("Yves Kaboré", "Entrepreneur", "Ouagadougou, Burkina Faso"),
        "Bonjour Madame, je serais honoré de faire partie de votre réseau. Cordialement.",
        GENERIC,
    ),
    case(
        "232-custom-vague-pt",
        "modern",
        "en",
        ("Rui Tembe", "Empresário", "Nampula, Moçambique"),
        "Olá Amina, gostaria muito de fazer parte da sua rede. Abraço!",
        GENERIC,
        mutual=1,
    ),
    case(
        "233-custom-vague-nigerian",
        "classic",
        "en",
        ("Segun Afolabi", "CEO, Afolabi Ventures", "Ibadan, Nigeria"),
        "Good morning ma. I humbly request to join your network. Thank you and God bless.",
        GENERIC,
    ),
]

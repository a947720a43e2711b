"""Held-out invitations for Chinedu Okafor, lead data engineer at a payments fintech in Lagos.

English interface. He studied at the University of Lagos and did a master's at the University
of Edinburgh, and worked at a commercial bank before the fintech. Notes mostly in plain
professional English (Nigerian, Ghanaian, Kenyan and British writers), with the samples' share
of Spanish, German and Italian notes and their stock notes in five languages. One invitation
for every likely-accept, needs-a-look and generic sample of tests/fixtures/linkedin (the same
kind of case, written from scratch for this recipient), then a second pass over the same kinds
with other writers and other wording, plus a few kinds the samples lack (a mentee from a
hackathon, a career changer asking for advice, a pitch after a real meeting, a school-only
headline, a failed sender with a plain note, a recruitment agency, vague praise, a note that
only repeats his own employer back to him). The builder has no reminder, HTML-only,
bad-charset or unterminated-multipart layout: those kinds are written as ordinary invitations
of the same category. Labels follow DESIGN.md's "Categories", as the recipient would judge the
note, written without looking at the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

DATAENG = Recipient(
    name="Chinedu Okafor",
    address="chinedu.okafor@example.com.ng",
    headline="Lead Data Engineer at Kobopath Technologies",
    profile_slug="chinedu-okafor-data",
)

DATAENG_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Chinedu Okafor"
organizations = ["Kobopath Technologies", "Meridian Trust Bank"]
schools = ["University of Lagos", "University of Edinburgh"]
industries = ["fintech", "financial services", "payments", "banking", "data engineering"]
interests = [
    "stream processing", "data quality", "fraud detection", "Apache Kafka",
    "mentoring junior engineers", "open-source data tools",
]
groups = ["Data Engineers Lagos", "Data Science Nigeria", "Fintech Association of Nigeria"]
events = ["DataFest Africa 2026", "Lagos Data Summit 2026", "PyCon Nigeria 2026"]
contacts = ["Adaeze Nwosu", "Tunde Bakare", "Fiona MacLeod"]

# Other names people use for the same thing.
[aliases]
"Kobopath Technologies" = ["Kobopath", "Kobopath Tech"]
"Meridian Trust Bank" = ["Meridian Bank", "Meridian Trust", "MTB"]
"University of Lagos" = ["UNILAG", "Unilag", "Akoka"]
"University of Edinburgh" = ["Edinburgh University", "Edinburgh Uni", "UoE"]
"Data Engineers Lagos" = ["DE Lagos", "Data Engineers Lagos meetup"]
"Data Science Nigeria" = ["DSN"]
"Fintech Association of Nigeria" = ["FintechNGR"]
"DataFest Africa 2026" = ["DataFest Africa", "DataFest"]
"Lagos Data Summit 2026" = ["Lagos Data Summit"]
"PyCon Nigeria 2026" = ["PyCon Nigeria", "PyCon NG"]
"stream processing" = ["real-time data", "event streaming", "streaming pipelines"]
"Apache Kafka" = ["Kafka"]
"data quality" = ["data contracts", "data observability"]
"fraud detection" = ["fraud analytics"]
"mentoring junior engineers" = ["mentoring", "mentorship"]
"fintech" = ["financial technology"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 12
"""

_REFERRAL = (
    "Tunde Bakare suggested I reach out to you about internship places for our data "
    "engineering graduates. Would you have a few minutes to talk?"
)
_REFERRAL_2 = (
    "Hi Chinedu, Fiona MacLeod said you'd be the right person to ask about our study of mobile "
    "payment data in West Africa. Could we schedule a short call in the next few weeks?"
)

DATAENG_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-datafest",
        "classic",
        "en",
        ("Ifeoma Eze", "Analytics Engineer at Brightwave Insurance", "Lagos, Nigeria"),
        "Hi Chinedu, great meeting you at DataFest Africa last weekend. I was the one who asked "
        "about your CDC setup during the Q&A. Let's keep in touch!",
        LIKELY,
        ("met_in_person",),
        comment="met at a conference and says who she is",
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        ("Bolaji Adeyemi", "Backend Engineer at Kobopath Technologies", "Lagos, Nigeria"),
        "Hi Chinedu, I just joined the payments backend team at Kobopath and would love to "
        "connect with the people on the data side.",
        LIKELY,
        ("same_organization",),
        mutual=8,
        comment="new colleague at his current company",
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Kemi Ogunleye", "Risk Analytics Manager at Sterling Crest Capital", "Lagos, Nigeria"),
        "Chinedu, we overlapped at Meridian Trust Bank around 2018 (I was in credit risk, you "
        "were building the reporting warehouse). Would be good to reconnect.",
        LIKELY,
        ("same_organization",),
        comment="former colleague at his past bank",
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        ("Yaw Mensah", "Head of Data at Sika Wallet", "Accra, Ghana"),
        "Hello Chinedu, I lead the data team at a mobile money startup in Accra and I'm always "
        "keen to learn from other data engineers in African fintech.",
        LIKELY,
        ("same_industry",),
        mutual=4,
        comment="data lead at another fintech: same industry",
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Halima Musa", "Machine Learning Engineer at Arewa Credit", "Abuja, Nigeria"),
        "Hi Chinedu, I read your article on catching card fraud in real time with Kafka streams. "
        "It's exactly the problem my team is working on right now.",
        LIKELY,
        ("shared_interests",),
        comment="read his article; works on the same topic",
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Emeka Nnadi", "Data Engineer at Cobalt Logistics", "Lagos, Nigeria"),
        "Hi Chinedu, we're both in the Data Engineers Lagos community. Your answer on the Airflow "
        "vs Dagster thread last week was really helpful.",
        LIKELY,
        ("same_groups",),
        mutual=6,
        comment="member of the same community",
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        ("Ngozi Obi", "Programme Lead at CodeBridge Academy", "Lagos, Nigeria"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="names a contact of his and gives a concrete reason",
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Segun Alabi", "Product Manager at Transcorp Digital", "Lagos, Nigeria"),
        "Hi Chinedu! Fellow UNILAG alum here (class of 2013). Great Akokite!",
        LIKELY,
        ("fellow_alumni",),
        mutual=3,
        comment="same university (alias)",
    ),
    case(
        "009-specific-speaker-invite",
        "classic",
        "en",
        ("Chioma Udeh", "Community Lead at TechHub Yaba", "Lagos, Nigeria"),
        "Hi Chinedu, I'm on the programme committee for the Lagos Data Summit and we'd like you "
        "to give a talk on building data platforms for payments. Could we set up a call this week?",
        LIKELY,
        ("specific_reason",),
        comment="invitation to speak: a concrete reason, not a sales pitch",
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Tobi Akinola", "Final-year Student, Computer Science at Covenant University", "Ota"),
        "Chinedu, quick question: does Kobopath take data engineering interns over the summer? "
        "I've built a few pipelines with dbt and Postgres and would love to learn from your team.",
        LIKELY,
        ("specific_reason",),
        comment="a student asking about internships: a concrete question",
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        ("Lucía Herrera", "Ingeniera de Datos en Banco Andino Digital", "Bogotá, Colombia"),
        "Hola Chinedu, nos conocimos en DataFest Africa, en el taller de streaming. ¡Me "
        "encantaría que siguiéramos en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=2,
        comment="met at a conference workshop (Spanish)",
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Felix Braun", "Datenarchitekt bei Kontora Bank", "Berlin, Deutschland"),
        "Hallo Chinedu, wir haben beide an der University of Edinburgh studiert, ich war ein Jahr "
        "nach dir im MSc. Ich würde mich freuen, in Kontakt zu bleiben.",
        LIKELY,
        ("fellow_alumni",),
        comment="same university for the master's (German)",
    ),
    case(
        "013-met-panel",
        "modern",
        "en",
        ("Amaka Obi", "Software Engineer at Zinlo", "Lagos, Nigeria"),
        "Thanks for taking the time to chat after your panel at the Lagos Data Summit, I really "
        "enjoyed it!",
        LIKELY,
        ("met_in_person",),
        mutual=11,
        comment="they talked after his panel",
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        ("Giorgio Ferri", "Responsabile dati presso Banca Lariana", "Milano, Italia"),
        "Ciao Chinedu, sto organizzando un meetup online sulle architetture dati per i pagamenti "
        "e vorrei invitarti come relatore.",
        LIKELY,
        ("specific_reason",),
        comment="invitation to speak at a meetup (Italian)",
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        ("Ngozi Obi", "Programme Lead at CodeBridge Academy", "Lagos, Nigeria"),
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
        ("Dayo Ogundipe", "Senior Data Analyst at Halcyon Telecom", "Lagos, Nigeria"),
        "Hi Chinedu, good to meet you at PyCon Nigeria in Abuja. Let's keep the conversation on "
        "data contracts going.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-note",
        "classic",
        "en",
        ("Ayo <b>Martins</b>", "Data Engineer at Veritas Health", "Ibadan, Nigeria"),
        "<script>alert('x')</script> Hi Chinedu, we met at DataFest Africa & talked about "
        "<i>schema evolution</i>.",
        LIKELY,
        ("met_in_person",),
        comment="note and name contain markup that must be shown as text, never executed",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Uchenna Ibe", "Quantitative Analyst at Harbourline Securities", "London, United Kingdom"),
        "Chinedu, I'm a University of Lagos grad too (Mathematics, 2012) and now work in quant "
        "research in London.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
        comment="same university; base64 body",
    ),
    case(
        "019-group-member",
        "classic",
        "en",
        ("Farida Bello", "Analytics Lead at Nuru Health", "Kano, Nigeria"),
        "Hi Chinedu, fellow Data Science Nigeria member here — I'd love to compare notes on "
        "running data teams outside Lagos.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "en",
        ("Kwame Asante", "Data Platform Engineer at Tilapay", "Kumasi, Ghana"),
        "Hi Chinedu, I work on stream processing too and would love to swap ideas on keeping "
        "Kafka consumers healthy at scale.",
        LIKELY,
        ("shared_interests",),
        mutual=1,
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Ryan Whitaker", "Account Executive at PipeWarden", "London, United Kingdom"),
        "Hi Chinedu, PipeWarden cuts data pipeline failures by 70% for fintech teams like yours. "
        "Open to a 15-minute demo this week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "en",
        ("Priya Menon", "Business Development Manager at Stackforce Outsourcing", "Pune, India"),
        "Chinedu, our team provides dedicated offshore data engineers at a fraction of local "
        "cost. Can I send you our rates?",
        LOOK,
        comment="service pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Olumide Coker", "Compliance Officer at Kobopath Technologies", "Lagos, Nigeria"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my organizations (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Nneka Eze", "Pharmacist at MedGate Pharmacy", "Enugu, Nigeria"),
        None,
        LOOK,
        mutual=24,
        comment="no note; 24 connections in common, threshold 12 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Daniel Okon", "IT Consultant", "Lagos, Nigeria"),
        "Hi Chinedu, we met at PyCon Nigeria. Please verify your account to read my message.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-notify.com",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable",
    ),
    case(
        "106-weak-industry-headline",
        "classic",
        "en",
        ("Ibrahim Suleiman", "Data Engineer | Fintech | Payments", "Abuja, Nigeria"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Harold Quist", "Managing Partner at Crestmoor Holdings", "Dubai"),
        "Hi Chinedu, fellow Edinburgh alum! Please review the document I shared.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Chuka Obiora", "Sales Executive at Prime Motors", "Lagos, Nigeria"),
        None,
        GENERIC,
        stock="en",
        comment="stock note",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Javier Molina", "Ejecutivo Comercial en Muebles del Sur", "Sevilla, España"),
        None,
        GENERIC,
        stock="es",
        comment="stock note (Spanish)",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Francesca Conti", "Consulente immobiliare presso Casa Più", "Roma, Italia"),
        None,
        GENERIC,
        stock="it",
        comment="stock note (Italian)",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Kelvin Uzor", "Entrepreneur | Real Estate | Motivational Speaker", "Port Harcourt"),
        None,
        GENERIC,
        mutual=2,
        comment="no note, 2 connections in common",
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Blessing Akpan", "Customer Service Officer at Swift Logistics", "Uyo, Nigeria"),
        "Hi Chinedu, I came across your profile and would love to be part of your network.",
        GENERIC,
        comment="custom note that says nothing specific",
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Victor Eke", "CEO at Eke Global Ventures", "Abuja, Nigeria"),
        "Hello! Growing my network with outstanding professionals like you. Let's connect!",
        GENERIC,
        comment="flattery, nothing specific",
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Gbenga Adebayo", "Event Planner at Gold Touch Events", "Ibadan, Nigeria"),
        "I'd like to add you to my professional network on LinkedIn.\n- Gbenga Adebayo",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Tobias Krüger", "Vertriebsmitarbeiter bei Autohaus Nord", "Bremen"),
        None,
        GENERIC,
        stock="de",
        comment="stock note (German)",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Aminata Diallo", "Chargée de communication chez Dakar Events", "Dakar, Sénégal"),
        None,
        GENERIC,
        stock="fr",
        comment="stock note (French)",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Funmi Oladipo", "HR Assistant at Greenfield Foods", "Lagos, Nigeria"),
        "Hi Chinedu, trust you're doing great. Let's connect.",
        GENERIC,
        mutual=3,
        comment="greeting only",
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Rafael Costa", "Gerente Comercial na Lojas Atlântico", "Luanda, Angola"),
        None,
        GENERIC,
        stock="pt",
        comment="stock note (Portuguese)",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-summit-lunch",
        "classic",
        "en",
        ("Oluwaseun Fashola", "Data Engineer at Axiom Retail", "Lagos, Nigeria"),
        "Chinedu, thanks for the chat over lunch at the Lagos Data Summit on Thursday. I'm the one "
        "moving our cron jobs to Airflow, will let you know how it goes!",
        LIKELY,
        ("met_in_person",),
        comment="talked at lunch during a summit",
    ),
    case(
        "022-same-org-current-alias",
        "modern",
        "en",
        ("Zainab Lawal", "Data Analyst at Kobopath", "Lagos, Nigeria"),
        "Hi Chinedu, new data analyst on the merchant insights squad at Kobopath here (started "
        "Monday). Looking forward to working with you and the platform team!",
        LIKELY,
        ("same_organization",),
        mutual=9,
        comment="new colleague at his current company (short name)",
    ),
    case(
        "023-same-org-past-alias",
        "classic",
        "en",
        ("Babatunde Salami", "IT Audit Lead at Coral Assurance", "Lagos, Nigeria"),
        "Hello Chinedu, we worked together at Meridian Bank on the core banking migration in 2017. "
        "Hope all is well with you!",
        LIKELY,
        ("same_organization",),
        comment="former colleague at his past bank (short name)",
    ),
    case(
        "024-same-industry-2",
        "modern",
        "en",
        ("Wanjiru Kamau", "Senior Data Engineer at Mali Money", "Nairobi, Kenya"),
        "Hi Chinedu, I'm a data engineer at a payments company in Nairobi. Always good to connect "
        "with others building data infrastructure for fintech across the continent.",
        LIKELY,
        ("same_industry",),
        mutual=5,
        comment="data engineer at another payments company",
    ),
    case(
        "025-shared-interest",
        "classic",
        "en",
        ("Rotimi Adebisi", "Data Quality Engineer at Orbit Insurance", "Lagos, Nigeria"),
        "Hi Chinedu, your post about catching bad records before they land in the warehouse "
        "really resonated. I've been pushing for the same thing at my company.",
        LIKELY,
        ("shared_interests",),
        comment="read his post on data quality, works on the same",
    ),
    case(
        "026-same-group",
        "modern",
        "en",
        ("Ngozi Chukwu", "Policy Analyst at Ledgerstone", "Abuja, Nigeria"),
        "Hi Chinedu, saw your comment in the FintechNGR data working group about NDPR compliance "
        "for analytics. Fellow member, good to connect!",
        LIKELY,
        ("same_groups",),
        mutual=4,
        comment="member of the same association (short name)",
    ),
    case(
        "027-mutual-referral",
        "classic",
        "en",
        ("Isabel Grant", "PhD Researcher at University of Glasgow", "Glasgow, United Kingdom"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="names his former supervisor and gives a research reason",
    ),
    case(
        "028-alumni-edinburgh",
        "modern",
        "en",
        ("Alasdair Reid", "Data Scientist at Firth Energy", "Aberdeen, United Kingdom"),
        "Chinedu, hello from another Edinburgh Uni alum! I think we were in the same MSc intake "
        "in 2016.",
        LIKELY,
        ("fellow_alumni",),
        mutual=1,
        comment="same university for the master's (short name)",
    ),
    case(
        "029-specific-interview",
        "classic",
        "en",
        ("Tolu Ajayi", "Tech Reporter at Naija Tech Weekly", "Lagos, Nigeria"),
        "Hi Chinedu, I'm writing a piece on how Nigerian fintechs handle data at scale and would "
        "love to interview you for 20 minutes next week, if you're open to it.",
        LIKELY,
        ("specific_reason",),
        comment="interview request",
    ),
    case(
        "030-specific-guest-lecture",
        "modern",
        "en",
        ("Musa Garba", "Lecturer, Computer Science at University of Ilorin", "Ilorin, Nigeria"),
        "Good afternoon Chinedu, I teach a final-year databases course and would love you to give "
        "my students a guest lecture on real-world data pipelines, online or in person. Would you "
        "be open to it?",
        LIKELY,
        ("specific_reason",),
        mutual=2,
        comment="asks for a guest lecture: a concrete request, not a pitch",
    ),
    case(
        "031-met-es",
        "modern",
        "en",
        ("Diego Salazar", "Ingeniero de Datos en Pagora", "Ciudad de México, México"),
        "Hola Chinedu, coincidimos en la cena de ponentes de PyCon Nigeria y me quedé con ganas "
        "de seguir hablando de Kafka. ¡Saludos desde México!",
        LIKELY,
        ("met_in_person",),
        mutual=2,
        comment="met at the speakers' dinner (Spanish)",
    ),
    case(
        "032-alumni-de",
        "modern",
        "en",
        ("Katrin Vogel", "Senior Data Engineer bei Finora GmbH", "München, Deutschland"),
        "Guten Tag Chinedu, ich habe ebenfalls an der University of Edinburgh studiert (MSc "
        "Informatics, 2015). Schön, hier einen Ehemaligen aus Edinburgh zu finden!",
        LIKELY,
        ("fellow_alumni",),
        comment="same university for the master's (German)",
    ),
    case(
        "033-met-panel-2",
        "modern",
        "en",
        ("Kofi Boateng", "Engineering Manager at Ananse Pay", "Accra, Ghana"),
        "Enjoyed your session on the DataFest panel, and thanks for answering my question on "
        "backfills afterwards!",
        LIKELY,
        ("met_in_person",),
        mutual=13,
        comment="spoke with him after the panel",
    ),
    case(
        "034-specific-it",
        "modern",
        "en",
        ("Alessandra Greco", "Ricercatrice presso Politecnico di Torino", "Torino, Italia"),
        "Buongiorno Chinedu, sto conducendo uno studio sui pagamenti digitali in Nigeria e "
        "vorrei farti qualche domanda sulle vostre pipeline di dati. Avresti mezz'ora il mese "
        "prossimo?",
        LIKELY,
        ("specific_reason",),
        comment="research questions, asks for half an hour (Italian)",
    ),
    case(
        "035-resent-of-027",
        "classic",
        "en",
        ("Isabel Grant", "PhD Researcher at University of Glasgow", "Glasgow, United Kingdom"),
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
        ("Chiamaka Onyeka", "Data Analyst at Lagos State Ministry of Health", "Lagos, Nigeria"),
        "Chinedu, lovely to finally meet you in person at the Lagos Data Summit closing "
        "reception. Hope to see you at the next one!",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "037-markup-in-note-and-headline",
        "classic",
        "en",
        ("Ebuka Nwankwo", "Engineer <b>Data & ML</b> at Rivet Labs", "Lagos, Nigeria"),
        "Hi Chinedu, <b>great</b> meeting you at PyCon Nigeria "
        '<img src=x onerror="alert(1)"> and talking about dbt tests!',
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "en",
        ("Adebola Oyelaran", "Senior Auditor at Lagos State Internal Revenue", "Lagos, Nigeria"),
        "Hi Chinedu, I studied at Unilag too (Accounting, 2011). Always nice to find Akoka people "
        "on here!",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
        comment="same university (alias); base64 body",
    ),
    case(
        "039-group-dash",
        "classic",
        "en",
        ("Precious Etim", "BI Developer at Canopy Retail", "Port Harcourt, Nigeria"),
        "Hello Chinedu — I'm in Data Engineers Lagos too (I join the sessions online from PH). "
        "Keen to swap notes on slowly changing dimensions.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "040-shared-interest-3",
        "modern",
        "en",
        ("Samuel Osei", "Staff Engineer at Kente Cloud", "Accra, Ghana"),
        "Hi Chinedu, I mentor junior engineers too and would love to exchange ideas on what a "
        "good first year looks like for new data hires.",
        LIKELY,
        ("shared_interests",),
        mutual=3,
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "041-met-hackathon-mentee",
        "modern",
        "en",
        ("Deborah Aina", "Junior Data Engineer at Quill Insurance", "Lagos, Nigeria"),
        "Hi Chinedu, you mentored my team at the fintech hackathon in March (we were the "
        "fraud-scoring team). Just wanted to say thank you, we came second!",
        LIKELY,
        ("met_in_person",),
        mutual=5,
        comment="he mentored her team in person at a hackathon",
    ),
    case(
        "042-specific-career-advice",
        "classic",
        "en",
        ("Yetunde Fagbemi", "Accountant at Olatunji & Partners", "Lagos, Nigeria"),
        "Good evening Chinedu, I'm moving from accounting into data engineering and have just "
        "finished a SQL and Python course. Would you be open to a 20-minute chat about how you "
        "would plan the next six months?",
        LIKELY,
        ("specific_reason",),
        comment="a career changer asking for concrete advice: a specific request",
    ),
    case(
        "121-pitch-saas",
        "classic",
        "en",
        ("Megan Cole", "Sales Director at Querynest", "Cape Town, South Africa"),
        "Hi Chinedu, data teams like yours use Querynest to cut their warehouse bill by up to "
        "40%. Worth a quick chat to see if we can do the same for Kobopath?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "122-pitch-services",
        "modern",
        "en",
        ("Anil Kumar", "Founder at DataCrafters Consulting", "Hyderabad, India"),
        "Hello Chinedu, we build and maintain Airflow and dbt pipelines for fintechs on a "
        "monthly retainer. Could I send you a short proposal?",
        LOOK,
        mutual=1,
        comment="service pitch",
    ),
    case(
        "123-weak-past-org-headline",
        "classic",
        "en",
        ("Modupe Adeleke", "Branch Manager at Meridian Trust Bank", "Ibadan, Nigeria"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my past organizations (weak)",
    ),
    case(
        "124-weak-mutual",
        "modern",
        "en",
        ("Chidi Anozie", "Civil Engineer at Julius Construct", "Owerri, Nigeria"),
        None,
        LOOK,
        mutual=19,
        comment="no note; 19 connections in common, threshold 12 (weak)",
    ),
    case(
        "125-spoof-good-note",
        "modern",
        "en",
        ("Grace Adams", "Talent Partner", "Lagos, Nigeria"),
        "Hi Chinedu, nice meeting you at DataFest Africa! I've shared the job description with "
        "you, sign in here to view it.",
        LOOK,
        auth="lookalike",
        lookalike="linkedln-mail.com",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "126-weak-industry-headline",
        "classic",
        "en",
        ("Hauwa Danjuma", "Payments Operations Specialist | Fintech", "Abuja, Nigeria"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "127-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Peter Vance", "Director at Goldcrest Partners", "Johannesburg, South Africa"),
        "Hi Chinedu, great meeting you at the Lagos Data Summit. Open the attached invoice for "
        "the workshop fee.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed meeting is not "
        "counted, as in the samples",
    ),
    case(
        "128-pitch-after-meeting",
        "classic",
        "en",
        ("Seyi Adewale", "Account Manager at CloudNaija Hosting", "Lagos, Nigeria"),
        "Hi Chinedu, good meeting you at our booth at DataFest Africa! We're offering 30% off "
        "managed Kafka clusters for fintechs this quarter. Shall I send over a quote?",
        LOOK,
        ("met_in_person",),
        comment="sales pitch: a red flag whatever else the note answers (they did meet)",
    ),
    case(
        "129-weak-school-headline",
        "modern",
        "en",
        ("Tosin Bankole", "Student at University of Lagos", "Lagos, Nigeria"),
        None,
        LOOK,
        mutual=3,
        comment="no note; headline names one of my schools (weak)",
    ),
    case(
        "130-dmarc-fail-plain-note",
        "modern",
        "en",
        ("Nkechi Okoro", "Data Engineer at Stellar Microfinance", "Lagos, Nigeria"),
        "Hi Chinedu, it was good to talk at PyCon Nigeria. Would love to stay in touch!",
        LOOK,
        auth="fail",
        mutual=5,
        comment="DKIM and DMARC failed: flagged even though the note itself reads as genuine",
    ),
    case(
        "131-pitch-recruiter",
        "classic",
        "en",
        ("James Holloway", "Principal Consultant at Northbridge Talent", "London, United Kingdom"),
        "Hi Chinedu, we place senior data engineers from Nigeria into UK fintechs with full visa "
        "sponsorship. Open to hearing about a few current roles?",
        LOOK,
        comment="recruitment agency pitch",
    ),
    case(
        "221-stock-en",
        "classic",
        "en",
        ("Ikechukwu Ani", "Sales Manager at Nobel Paints", "Onitsha, Nigeria"),
        None,
        GENERIC,
        stock="en2",
        comment="stock note",
    ),
    case(
        "222-stock-es",
        "classic",
        "en",
        ("Carmen Ortega", "Agente Inmobiliaria en Costa Hogar", "Málaga, España"),
        None,
        GENERIC,
        stock="es",
        comment="stock note (Spanish)",
    ),
    case(
        "223-stock-it",
        "classic",
        "en",
        ("Luca Marino", "Agente commerciale presso Edilnova", "Bari, Italia"),
        None,
        GENERIC,
        stock="it",
        comment="stock note (Italian)",
    ),
    case(
        "224-modern-no-note",
        "modern",
        "en",
        ("Prince Ekene", "CEO | Life Coach | Author", "Abuja, Nigeria"),
        None,
        GENERIC,
        mutual=1,
        comment="no note, 1 connection in common",
    ),
    case(
        "225-custom-vague",
        "modern",
        "en",
        ("Esther Ojo", "Admin Officer at Pinnacle Schools", "Akure, Nigeria"),
        "Good day Chinedu, I came across your profile and I'm impressed. Kindly accept my request.",
        GENERIC,
        comment="custom note that says nothing specific",
    ),
    case(
        "226-custom-vague-2",
        "classic",
        "en",
        ("Michael Stone", "Founder at Stone Ventures", "Houston, Texas"),
        "Hi there! Always looking to connect with driven professionals. Let's grow together!",
        GENERIC,
        comment="flattery, nothing specific",
    ),
    case(
        "227-old-stock-signed",
        "classic",
        "en",
        ("Femi Adeyinka", "Estate Surveyor at Adeyinka & Co", "Lagos, Nigeria"),
        "I'd like to join your LinkedIn network.\nRegards, Femi",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "228-stock-de",
        "classic",
        "en",
        ("Sabine Hartmann", "Kundenberaterin bei Stadtwerke Kassel", "Kassel"),
        None,
        GENERIC,
        stock="de",
        comment="stock note (German)",
    ),
    case(
        "229-stock-fr",
        "classic",
        "en",
        ("Koffi Yao", "Commercial chez Ivoire Distribution", "Abidjan, Côte d'Ivoire"),
        None,
        GENERIC,
        stock="fr2",
        comment="stock note (French)",
    ),
    case(
        "230-custom-vague-3",
        "modern",
        "en",
        ("Aisha Yusuf", "Fashion Designer at Yusuf Couture", "Kaduna, Nigeria"),
        "Hello Chinedu, hope your week is going well. Would be nice to connect.",
        GENERIC,
        mutual=2,
        comment="greeting only",
    ),
    case(
        "231-stock-pt",
        "classic",
        "en",
        ("Beatriz Almeida", "Consultora de Vendas na Vivara Imóveis", "Lisboa, Portugal"),
        None,
        GENERIC,
        stock="pt",
        comment="stock note (Portuguese)",
    ),
    case(
        "232-vague-praise",
        "modern",
        "en",
        ("Tayo Balogun", "Realtor at Balogun Homes", "Lekki, Lagos"),
        "Hi Chinedu, your profile is very impressive! Keep up the great work. Would love to "
        "connect.",
        GENERIC,
        mutual=3,
        comment="vague praise: answers nothing",
    ),
    case(
        "233-only-his-employer",
        "modern",
        "en",
        ("Emmanuel Udo", "Owner at Udo Phones & Accessories", "Lagos, Nigeria"),
        "Hello Chinedu, I see you work at Kobopath Technologies. I'd love to connect with you.",
        GENERIC,
        mutual=4,
        comment="repeats his employer from his profile; says nothing of the writer's own link "
        "to it",
    ),
]

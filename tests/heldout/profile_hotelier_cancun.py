"""Held-out invitations for Diego Ramírez, general manager of a beach resort in Cancún.

Spanish interface. Notes mostly in plain professional English (tour operators, meeting
planners, investors, other hoteliers and suppliers from Mexico, the US, Canada and Europe),
with the samples' share of Spanish, German and Italian notes and one French note, and stock
notes in the samples' languages. One invitation for every likely-accept, needs-a-look and
generic sample of tests/fixtures/linkedin (the same kind of case, written from scratch for this
recipient), then a second pass over the same kinds with other writers and other wording, plus
a few kinds the samples lack (a former employee, a buyer planning a group stay, a missed
conference session, a contact named without a referral, a pitch after an alumni claim, a
recruiter, a school-only and a group-only headline, a note that only repeats his own employer
back to him, a tourist who loves Cancún, a vague "connections in common"). The builder has no
reminder, HTML-only, bad-charset or unterminated-multipart layout: those kinds are written as
ordinary invitations of the same category. Labels follow DESIGN.md's "Categories", as the
recipient would judge the note, written without looking at the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

CANCUN = Recipient(
    name="Diego Ramírez",
    address="diego.ramirez@example.com.mx",
    headline="General Manager at Solaz Cancún Beach Resort | Grupo Solaz",
    profile_slug="diego-ramirez-gm",
)

CANCUN_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Diego Ramírez"
organizations = ["Solaz Cancún Beach Resort", "Grupo Solaz", "Grupo Hotelero Arrecife"]
schools = ["Universidad Anáhuac", "École hôtelière de Lausanne"]
industries = ["hospitality", "hotels", "resorts", "tourism", "hotel management"]
interests = [
    "revenue management", "sustainable tourism", "guest experience",
    "hospitality talent development", "coral reef conservation", "wine",
]
groups = [
    "Asociación de Hoteles de Cancún, Puerto Morelos e Isla Mujeres",
    "Skål International Cancún", "EHL Alumni Association", "HSMAI Latin America",
]
events = [
    "Tianguis Turístico 2026", "FITUR 2026",
    "Caribbean Hotel & Resort Investment Summit 2026",
]
contacts = ["Mariana Olvera", "Javier Cetina", "Laurent Besson"]

# Other names people use for the same thing.
[aliases]
"Solaz Cancún Beach Resort" = ["Solaz Cancún", "Solaz Cancun", "Solaz Beach Resort"]
"Grupo Solaz" = ["Solaz Hotels & Resorts", "Solaz Resorts"]
"Grupo Hotelero Arrecife" = ["Arrecife Hotels", "Hoteles Arrecife", "Arrecife Resorts"]
"Universidad Anáhuac" = ["Anáhuac", "Anahuac", "Universidad Anahuac", "Anáhuac Cancún"]
"École hôtelière de Lausanne" = [
    "EHL", "Ecole hoteliere de Lausanne", "EHL Hospitality Business School",
    "Lausanne hotel school",
]
"Asociación de Hoteles de Cancún, Puerto Morelos e Isla Mujeres" = [
    "Asociación de Hoteles de Cancún", "Cancún Hotel Association", "AHCPMIM",
]
"Skål International Cancún" = ["Skål Cancún", "Skal Cancun"]
"EHL Alumni Association" = ["EHL Alumni", "EHL alumni network"]
"HSMAI Latin America" = ["HSMAI LatAm", "HSMAI"]
"Tianguis Turístico 2026" = ["Tianguis Turístico", "Tianguis Turistico", "Tianguis"]
"FITUR 2026" = ["FITUR", "FITUR Madrid"]
"Caribbean Hotel & Resort Investment Summit 2026" = [
    "CHRIS", "CHRIS 2026", "Caribbean Hotel & Resort Investment Summit",
]
"sustainable tourism" = ["sustainability in hotels", "responsible tourism"]
"hospitality talent development" = ["developing local talent", "hotel staff training"]
"coral reef conservation" = ["reef restoration", "coral restoration"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 12
"""

_REFERRAL = (
    "Mariana Olvera suggested I reach out to you about internships at your resort for our "
    "hospitality management students."
)
_REFERRAL_2 = (
    "Hi Diego, Laurent Besson told me you'd be the right person to ask about hosting EHL "
    "interns at a Caribbean resort next year. Could we talk sometime in May?"
)

CANCUN_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-tianguis",
        "classic",
        "es",
        ("Rebecca Shaw", "Director of Destination Weddings at Blue Horizon Travel", "Dallas, TX"),
        "Hi Diego, great meeting you at Tianguis Turístico last month. I was the one asking "
        "about your beach wedding packages for Texas couples. Let's stay in touch!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "es",
        ("Sofía Lara", "Revenue Analyst at Grupo Solaz", "Ciudad de México"),
        "Hi Diego, I just joined the corporate revenue team at Grupo Solaz in Mexico City and "
        "would love to connect with the general managers across our hotels.",
        LIKELY,
        ("same_organization",),
        mutual=9,
    ),
    case(
        "003-same-org-past",
        "classic",
        "es",
        (
            "Andrés Villanueva",
            "Food & Beverage Director at Hacienda Xcalak Resort",
            "Bacalar, Quintana Roo",
        ),
        "Diego, we overlapped at Grupo Hotelero Arrecife back in 2016 (I was in the F&B team at "
        "the Playa del Carmen property). Would be great to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "es",
        ("Valeria Castro", "General Manager at Casa Ceiba Tulum", "Tulum, Quintana Roo"),
        "Hello Diego, I manage a 60-room boutique hotel in Tulum and I'm always looking to learn "
        "from other hotel GMs in the region.",
        LIKELY,
        ("same_industry",),
        mutual=5,
    ),
    case(
        "005-shared-interest",
        "classic",
        "es",
        ("Emma Lindqvist", "Sustainability Lead at Blue Tide Advisory", "La Paz, BCS"),
        "Hi Diego, I read your interview about removing single-use plastics from an all-inclusive "
        "resort. It's exactly what I'm working on with hotels in Los Cabos right now.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "es",
        ("Pablo Estrada", "Director of Sales & Marketing at Mar de Cortés Resorts", "Mazatlán"),
        "Hi Diego, we're both in the HSMAI Latin America group. I liked your comment in the "
        "thread about winning back direct bookings from the OTAs.",
        LIKELY,
        ("same_groups",),
        mutual=7,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "es",
        ("Luis Herrera", "Coordinador de Vinculación at Universidad del Caribe", "Cancún"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "es",
        (
            "Julien Marchetti",
            "Director of Operations at Palmera Bay Resort",
            "Punta Cana, República Dominicana",
        ),
        "Hi Diego! Fellow EHL alum here (Bachelor 2008). Always nice to find Lausanne people in "
        "the Caribbean!",
        LIKELY,
        ("fellow_alumni",),
        mutual=4,
    ),
    case(
        "009-specific-incentive-trip",
        "classic",
        "es",
        ("Megan Sutherland", "Global Events Manager at Northpoint Pharma", "Chicago, Illinois"),
        "Hi Diego, I'm the events manager at Northpoint Pharma and we're planning a 300-person "
        "incentive trip to Cancún next March. Could we set up a call to talk about your resort?",
        LIKELY,
        ("specific_reason",),
        comment="a client planning a group stay at his resort: a concrete request, not a pitch",
    ),
    case(
        "010-specific-question",
        "modern",
        "es",
        ("Rodrigo Pech", "Chef Instructor at Instituto Culinario de Mérida", "Mérida, Yucatán"),
        "Diego, quick question: does your resort take culinary students for six-month kitchen "
        "internships? I teach at a cooking school in Mérida and a few of my students would love "
        "the experience.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "011-met-es",
        "modern",
        "es",
        ("Carmen Ortega", "Directora Comercial en Viajes Iberia Sol", "Madrid, España"),
        "Hola Diego, nos conocimos en el stand de Quintana Roo en FITUR. ¡Me encantaría que "
        "siguiéramos en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=3,
    ),
    case(
        "012-alumni-de",
        "modern",
        "es",
        ("Katrin Baumann", "Hoteldirektorin im Seehotel Bodensee", "Konstanz, Deutschland"),
        "Hallo Diego, wir haben beide an der École hôtelière de Lausanne studiert, ich war ein "
        "paar Jahrgänge nach dir. Ich würde mich freuen, in Kontakt zu bleiben.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-panel",
        "classic",
        "es",
        ("Nathan Brooks", "Investment Associate at Coral Ridge Capital", "Miami, Florida"),
        "Thanks for the great conversation after your panel at CHRIS in Miami!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "014-specific-it",
        "modern",
        "es",
        (
            "Francesca Galli",
            "Coordinatrice del Master in Hospitality Management, Politecnico del Turismo",
            "Milano, Italia",
        ),
        "Buongiorno Diego, sto organizzando il programma del nostro master in hospitality "
        "management e vorrei invitarti a tenere una lezione online sui resort dei Caraibi.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "es",
        ("Luis Herrera", "Coordinador de Vinculación at Universidad del Caribe", "Cancún"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="re-sent invitation of 007 (the builder has no reminder layout): same inviter "
        "and note",
    ),
    case(
        "016-no-auth-header-met",
        "classic",
        "es",
        ("Erik Johansson", "Product Manager Mexico at Nordic Sun Travel", "Stockholm, Sweden"),
        "Hi Diego, good to meet you at FITUR in Madrid. Let's keep the conversation going about "
        "the Scandinavian winter market.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-name-and-note",
        "classic",
        "es",
        ("Ricardo <i>Ávila</i>", "Golf Sales Manager at Riviera Links", "Playa del Carmen"),
        "<script>alert('x')</script> Hi Diego, we met at the Tianguis Turístico gala dinner & "
        "talked about <b>golf packages</b>.",
        LIKELY,
        ("met_in_person",),
        comment="note and name contain markup that must be shown as text, never executed",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "es",
        ("Paulina Esquivel", "Development Manager at Atlas Hospitality Partners", "CDMX"),
        "Diego, I'm an Anáhuac grad too (Licenciatura en Turismo, 2011) and now work in hotel "
        "development.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "101-pitch-saas",
        "modern",
        "es",
        ("Jason Reed", "Account Executive at StayLift", "Austin, Texas"),
        "Hi Diego, we help beachfront resorts lift direct bookings by 25% with our AI booking "
        "engine. Open to a 15-minute demo this week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "es",
        ("Gabriela Solís", "Directora Comercial en Staffing Caribe", "Playa del Carmen"),
        "Diego, our agency supplies trained housekeeping and stewarding staff to resorts in the "
        "Riviera Maya at very competitive rates. Can I send you our proposal?",
        LOOK,
        comment="service pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "es",
        ("Iván Chablé", "Night Auditor at Solaz Cancún Beach Resort", "Cancún"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names my current organization (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "es",
        ("Alberto Sansores", "Notario Público No. 32", "Cancún, Quintana Roo"),
        None,
        LOOK,
        mutual=26,
        comment="no note; 26 connections in common, threshold 12 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "modern",
        "es",
        ("Samantha Wells", "Group Sales Manager", "Orlando, Florida"),
        "Hi Diego, we met at FITUR. Please confirm your account to view the group booking "
        "request I sent you.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-mail.net",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable",
    ),
    case(
        "106-weak-industry-headline",
        "classic",
        "es",
        ("Derek Holloway", "Hospitality Professional | Hotel Operations", "Guadalajara"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "classic",
        "es",
        ("Victor Hale", "Partner at Hale & Stone Capital", "London"),
        "Hi Diego, fellow EHL alum! Please review the contract I shared with you.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "es",
        ("Steve Collins", "Independent Insurance Agent", "Phoenix, Arizona"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "202-stock-es",
        "classic",
        "es",
        ("Alejandro Núñez", "Asesor Financiero en Banorte", "Monterrey, Nuevo León"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "es",
        ("Luca Ferri", "Consulente commerciale presso Fastweb", "Torino, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "es",
        ("Kevin Duarte", "Entrepreneur | Crypto | Mindset Coach", "Miami, Florida"),
        None,
        GENERIC,
        mutual=3,
    ),
    case(
        "205-custom-vague",
        "modern",
        "es",
        ("Lauren Price", "Marketing Coordinator at Pinecrest Dental", "Charlotte, NC"),
        "Hi Diego, I came across your profile and would love to be part of your network.",
        GENERIC,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "es",
        ("Omar Haddad", "Founder at Haddad Holdings", "Dubai, UAE"),
        "Hello! Growing my network with inspiring leaders like you. Let's connect!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "es",
        ("Patricia Gómez", "Contadora Pública", "Puebla, México"),
        "I'd like to add you to my professional network on LinkedIn.\n- Patricia Gómez",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "es",
        ("Stefan Braun", "Vertriebsleiter bei Bosch", "Stuttgart"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "es",
        ("Élodie Martin", "Conseillère clientèle chez Crédit Agricole", "Lyon, France"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "es",
        ("Michael Turner", "Software Engineer at Oracle", "Denver, Colorado"),
        "Hi Diego, hope you're having a great week. Let's connect.",
        GENERIC,
        mutual=1,
    ),
    case(
        "211-stock-pt",
        "classic",
        "es",
        ("Rafael Costa", "Analista de Sistemas no Itaú", "São Paulo, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and other wording --------------------------
    case(
        "021-met-site-inspection",
        "modern",
        "es",
        ("Ashley Morgan", "Senior Meeting Planner at Meridian Incentives", "Toronto, Ontario"),
        "Diego, thank you for the site inspection on Tuesday and for lunch at the beach club. It "
        "was great meeting you and your team in person.",
        LIKELY,
        ("met_in_person",),
        mutual=2,
    ),
    case(
        "022-same-org-current-alias",
        "classic",
        "es",
        ("Daniela Pérez", "Assistant Spa Manager", "Cancún, Quintana Roo"),
        "Hi Diego, I started last week as assistant spa manager at Solaz Cancún and wanted to "
        "connect with the leadership team. Looking forward to working with you!",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "023-same-org-past-alias",
        "modern",
        "es",
        ("Héctor Ruiz", "Hotel Manager at Mareazul Beach Club", "Puerto Vallarta, Jalisco"),
        "Diego! It's been years since our time at Arrecife Hotels. I was the night manager when "
        "you were Director of Rooms in Playa del Carmen. Would love to reconnect.",
        LIKELY,
        ("same_organization",),
        mutual=8,
    ),
    case(
        "024-same-industry",
        "classic",
        "es",
        ("Carlos Mejía", "Resident Manager at Arena Blanca Resort", "Punta Cana"),
        "Hi Diego, I'm resident manager at an all-inclusive in Punta Cana and always keen to swap "
        "notes with other resort GMs around the Caribbean.",
        LIKELY,
        ("same_industry",),
    ),
    case(
        "025-shared-interest",
        "modern",
        "es",
        ("Ximena Canul", "Program Director at Fundación Jóvenes del Mayab", "Mérida, Yucatán"),
        "Hi Diego, I watched your talk on training local staff for management roles. We run a "
        "hospitality leadership program for young people in Yucatán and would love to learn from "
        "what you've done.",
        LIKELY,
        ("shared_interests",),
        mutual=3,
        comment="watched a recording of the talk: not a meeting",
    ),
    case(
        "026-same-group-alias",
        "classic",
        "es",
        ("Roberto Cámara", "Director General at Hotel Playa Turquesa", "Cancún"),
        "Hi Diego, I'm also a member of the Asociación de Hoteles de Cancún and wanted to connect "
        "before the next committee meeting on sargassum.",
        LIKELY,
        ("same_groups",),
    ),
    case(
        "027-mutual-referral",
        "modern",
        "es",
        (
            "Anne-Sophie Rey",
            "Internship Coordinator at EHL Hospitality Business School",
            "Lausanne, Switzerland",
        ),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        mutual=6,
    ),
    case(
        "028-alumni-anahuac",
        "classic",
        "es",
        ("Fernanda Ríos", "Brand Manager at Grupo Modelo", "Ciudad de México"),
        "Diego, hello from another Anáhuac graduate! I finished Administración in 2007, so I "
        "think we were on campus at the same time.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "029-specific-interview",
        "modern",
        "es",
        ("Natalie Ross", "Reporter at Skift", "New York, NY"),
        "Hi Diego, I'm writing a piece on how Cancún resorts are handling this year's sargassum "
        "season and would love 20 minutes of your time for an interview next week.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "030-specific-reef-offer",
        "classic",
        "es",
        ("Dr. Ana Lucía Cauich", "Marine Biologist | Reef Restoration", "Puerto Morelos"),
        "Hi Diego, I lead a coral restoration project off Punta Nizuc and we're looking for a "
        "hotel partner to host a monthly talk for guests. No cost involved. Would you be open to "
        "a chat?",
        LIKELY,
        ("specific_reason", "shared_interests"),
        comment="a free partnership on reef restoration, one of my interests: not a sales pitch",
    ),
    case(
        "031-met-es",
        "modern",
        "es",
        ("Martín Aguirre", "Gerente de Producto México en Sol y Playa Tours", "Buenos Aires"),
        "Hola Diego, coincidimos en la cena de clausura del Tianguis y me quedé con ganas de "
        "seguir platicando sobre el mercado argentino. ¡Un abrazo!",
        LIKELY,
        ("met_in_person",),
        mutual=2,
    ),
    case(
        "032-alumni-de",
        "modern",
        "es",
        ("Markus Eder", "Resort Manager im Alpenhof Kitzbühel", "Kitzbühel, Österreich"),
        "Guten Tag Diego, ich habe ebenfalls an der EHL in Lausanne studiert (Abschluss 2010). "
        "Schön, einen Ehemaligen in Cancún zu finden!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "033-met-panel",
        "classic",
        "es",
        ("Isabel Moreno", "Head of Partnerships at Vuelaviajes", "Barcelona, España"),
        "Loved your remarks on the GM panel at FITUR, and thanks for taking a minute to chat "
        "with me afterwards!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "034-specific-it",
        "modern",
        "es",
        ("Chiara Bellini", "Wedding Planner presso Bellini Eventi", "Roma, Italia"),
        "Buongiorno Diego, sono una wedding planner di Roma e sto organizzando un matrimonio per "
        "80 ospiti a Cancún nel 2027. Possiamo sentirci per parlare delle date disponibili?",
        LIKELY,
        ("specific_reason",),
        comment="a planner bringing a wedding group to his resort: a request, not a pitch",
    ),
    case(
        "035-resent-of-027",
        "modern",
        "es",
        (
            "Anne-Sophie Rey",
            "Internship Coordinator at EHL Hospitality Business School",
            "Lausanne, Switzerland",
        ),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        mutual=6,
        comment="re-sent invitation of 027 (the builder has no reminder layout): same inviter "
        "and note",
    ),
    case(
        "036-no-auth-header-met",
        "classic",
        "es",
        ("Patrick O'Neill", "Regional Sales Manager at SkyBlue Airways", "Cancún"),
        "Diego, it was a pleasure to meet you at the Skål lunch on Thursday. Hope to see you at "
        "the next one!",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "037-markup-in-note-and-headline",
        "classic",
        "es",
        ("Tomás Reyes", "Sommelier <b>& Beverage</b> Manager at Casa Vino", "Cancún"),
        "Hi Diego, <b>great</b> chatting at the Tianguis wine tasting "
        '<img src=x onerror="alert(1)"> about your new wine list!',
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "es",
        ("Camila Fuentes", "Asset Manager at Andes Hotel Investments", "Santiago, Chile"),
        "Hola Diego! I also studied at the Ecole hoteliere de Lausanne (class of 2014), we may "
        "have had the same finance professor.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "039-group-dash",
        "classic",
        "es",
        ("Laura Pineda", "Director of Sales at Hotel Isla Azul", "Isla Mujeres"),
        "Hi Diego — fellow Skål Cancún member here; would love to compare notes on the summer "
        "low season.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "040-shared-interest-2",
        "modern",
        "es",
        ("Sergio Aldana", "Revenue Manager at Costa Mujeres Collection", "Cancún"),
        "Hi Diego, I work on revenue management for beach resorts too and would love to exchange "
        "ideas on pricing for the shoulder season.",
        LIKELY,
        ("shared_interests",),
        mutual=10,
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "041-met-former-employee",
        "modern",
        "es",
        ("Jorge Cen", "Front Office Manager at Pacific Dunes Los Cabos", "Los Cabos, BCS"),
        "Mr. Ramírez! You hired me as a bellboy at Solaz Cancún in 2018 and I'm now front office "
        "manager in Los Cabos. Just wanted to say thank you for the opportunity.",
        LIKELY,
        ("met_in_person", "same_organization"),
        mutual=5,
        comment="a former employee: he knows him in person from his own hotel",
    ),
    case(
        "042-specific-fr",
        "modern",
        "es",
        ("Mathieu Gagnon", "Directeur des ventes chez Voyages Boréal", "Montréal, Québec"),
        "Bonjour Diego, nous sommes une agence de voyages de Montréal et nous cherchons un hôtel "
        "partenaire à Cancún pour nos groupes de l'hiver 2027. Seriez-vous disponible pour un "
        "appel ?",
        LIKELY,
        ("specific_reason",),
        comment="a tour operator looking for rooms for its groups: a buyer, not a pitch",
    ),
    case(
        "043-missed-session",
        "classic",
        "es",
        ("Olivia Hartley", "Owner at Casa Flamenco Eco Hotel", "Holbox, Quintana Roo"),
        "Hi Diego, I missed your session on sustainable tourism at Tianguis, but a friend shared "
        "your slides. I run a small eco-hotel on Holbox and I'm now trying some of your ideas.",
        LIKELY,
        ("same_industry", "shared_interests"),
        comment="she says she missed the session: not a meeting",
    ),
    case(
        "044-typos-student",
        "modern",
        "es",
        ("Kevin Tun", "Estudiante de Gastronomía y Turismo", "Cancún"),
        "hi diego im a tourism student at Universidad del Caribe and my profesor told me you "
        "sometimes take interns in front office, is there any chance to apply for this summer?? "
        "thank you",
        LIKELY,
        ("specific_reason",),
        mutual=1,
        comment="the professor is not named: no mutual connection",
    ),
    case(
        "045-contact-named",
        "classic",
        "es",
        ("Gustavo Canché", "Operations Director at Aeropuerto de Cancún", "Cancún"),
        "Hi Diego, Javier Cetina and I worked together for years and he always speaks very highly "
        "of you. Would be great to connect.",
        LIKELY,
        ("mutual_connection",),
        comment="names a contact we share, without a referral for a purpose",
    ),
    case(
        "111-pitch-saas",
        "modern",
        "es",
        ("Hannah Price", "Enterprise Account Executive at GuestLoop", "San Francisco, CA"),
        "Hi Diego, our guest messaging platform is used by 40+ resorts in Quintana Roo and lifts "
        "upsell revenue by 30%. Could I walk you through it on a quick call?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "112-pitch-after-meeting",
        "classic",
        "es",
        ("Nicolás Ferrer", "Sales Manager LatAm at ChannelPro", "Madrid, España"),
        "Hi Diego, good meeting you at our booth at FITUR! We're offering three months free on "
        "our channel manager for new hotel partners. Shall I send you a quote?",
        LOOK,
        ("met_in_person",),
        comment="sales pitch: a red flag whatever else the note answers (they did meet)",
    ),
    case(
        "113-weak-past-org-headline",
        "classic",
        "es",
        (
            "Elsa Domínguez",
            "Reservations Supervisor at Grupo Hotelero Arrecife",
            "Playa del Carmen",
        ),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my past organizations (weak)",
    ),
    case(
        "114-weak-mutual",
        "modern",
        "es",
        ("Fernando Bastarrachea", "Arquitecto en Taller Caribe", "Cancún, Quintana Roo"),
        None,
        LOOK,
        mutual=34,
        comment="no note; 34 connections in common, threshold 12 (weak)",
    ),
    case(
        "115-spoof-good-note",
        "modern",
        "es",
        ("Melissa Carter", "Events Coordinator", "Houston, Texas"),
        "Hi Diego, lovely to meet you at Tianguis! I've shared the group rates file with you, "
        "sign in here to view it.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-notify.mx",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "116-weak-industry-headline",
        "classic",
        "es",
        ("Rosa Manzanero", "Tourism & Hospitality Consultant", "Chetumal, Quintana Roo"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "117-dmarc-fail-linkedin-from",
        "modern",
        "es",
        ("Richard Vance", "Managing Director at Harbor Point Capital", "Nassau, Bahamas"),
        "Hi Diego, great meeting you at CHRIS. Open the attached invoice for the summit "
        "sponsorship.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed meeting is not "
        "counted, as in the samples",
    ),
    case(
        "118-weak-school-headline",
        "modern",
        "es",
        ("Regina Alcocer", "Student at Universidad Anáhuac Cancún", "Cancún"),
        None,
        LOOK,
        mutual=3,
        comment="no note; headline names one of my schools (weak)",
    ),
    case(
        "119-pitch-recruiter",
        "classic",
        "es",
        ("Oliver Grant", "Partner at Meridian Hospitality Search", "Dubai, UAE"),
        "Hi Diego, we're placing experienced resort GMs with luxury brands in the Middle East, "
        "tax-free packages plus housing. Interested in hearing about a confidential role?",
        LOOK,
        comment="recruitment agency pitch",
    ),
    case(
        "120-dmarc-fail-plain-note",
        "modern",
        "es",
        ("Adriana Zapata", "Director of Sales at Hotel Laguna Real", "Cancún"),
        "Hola Diego, it was great to chat at the hotel association breakfast. Let's stay in touch!",
        LOOK,
        auth="fail",
        mutual=5,
        comment="DKIM and DMARC failed: flagged even though the note itself reads as genuine",
    ),
    case(
        "121-weak-group-headline",
        "classic",
        "es",
        ("Joaquín Medina", "Contador | Tesorero en Skål International Cancún", "Cancún"),
        None,
        LOOK,
        stock="es",
        comment="stock note; headline names one of my groups (weak)",
    ),
    case(
        "122-pitch-after-alumni",
        "modern",
        "es",
        ("Lucas Meyer", "Founder at Quiet Guest Audits", "Geneva, Switzerland"),
        "Diego, fellow EHL alum here! My firm runs mystery guest audits for luxury resorts. May I "
        "send you our rates for 2027?",
        LOOK,
        ("fellow_alumni",),
        comment="service pitch after a true alumni claim: a red flag whatever else it answers",
    ),
    case(
        "221-stock-en",
        "classic",
        "es",
        ("Greg Wilson", "Real Estate Agent at RE/MAX", "Scottsdale, Arizona"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "222-stock-es",
        "classic",
        "es",
        ("Lucía Medina", "Ejecutiva de Cuenta en Telcel", "Guadalajara, Jalisco"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "223-stock-it",
        "classic",
        "es",
        ("Giorgio Conti", "Promotore finanziario presso Banca Mediolanum", "Verona, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "224-modern-no-note",
        "modern",
        "es",
        ("Brayden Cole", "Serial Entrepreneur | Dropshipping | Keynote Speaker", "Las Vegas"),
        None,
        GENERIC,
        mutual=1,
    ),
    case(
        "225-custom-vague",
        "modern",
        "es",
        ("Sarah Kim", "Account Manager at Verizon", "Atlanta, Georgia"),
        "Hola Diego, I came across your profile and would be happy to connect.",
        GENERIC,
    ),
    case(
        "226-custom-vague-2",
        "classic",
        "es",
        ("Ahmed Khan", "CEO & Founder at Khan Global Ventures", "Karachi, Pakistan"),
        "Hi there! Always looking to connect with successful leaders. Let's grow together!",
        GENERIC,
    ),
    case(
        "227-old-stock-signed",
        "classic",
        "es",
        ("Jorge Salinas", "Ingeniero Civil", "Querétaro, México"),
        "I'd like to join your LinkedIn network.\nSaludos, Jorge",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "228-stock-de",
        "classic",
        "es",
        ("Thomas Neumann", "Key Account Manager bei SAP", "Walldorf, Deutschland"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "229-stock-fr",
        "classic",
        "es",
        ("Nicolas Bernard", "Ingénieur commercial chez Orange", "Paris, France"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "230-custom-vague-3",
        "modern",
        "es",
        ("Jessica Hall", "Customer Success Manager at HubSpot", "Boston, Massachusetts"),
        "Hello Diego, hope all is well! Would be great to connect.",
        GENERIC,
        mutual=2,
    ),
    case(
        "231-stock-pt",
        "classic",
        "es",
        ("Beatriz Almeida", "Gerente de Contas no Bradesco", "Rio de Janeiro, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    case(
        "232-vague-praise",
        "modern",
        "es",
        ("Valeria Soto", "Life Coach | Speaker", "Monterrey, Nuevo León"),
        "Diego, I admire the amazing work you do, you are a true inspiring leader! It would be an "
        "honor to connect.",
        GENERIC,
        mutual=3,
        comment="warm but vague praise: answers nothing",
    ),
    case(
        "233-only-his-employer",
        "modern",
        "es",
        ("Daniel Romo", "Asesor de Seguros en GNP", "Cancún, Quintana Roo"),
        "Hi Diego, I noticed you're the GM at Solaz Cancún Beach Resort. I'd love to connect!",
        GENERIC,
        mutual=4,
        comment="repeats my employer from my profile; says nothing of his own link to it",
    ),
    case(
        "234-vague-in-common",
        "classic",
        "es",
        ("Tyler Brooks", "Business Development Manager at Dell", "Austin, Texas"),
        "Hi Diego, I see we have some connections in common so I thought I'd reach out. Let's "
        "connect!",
        GENERIC,
        comment="no one named and no count shown: no mutual connection answered",
    ),
    case(
        "235-vague-tourist",
        "modern",
        "es",
        ("Melissa Grant", "Registered Nurse at Mercy Hospital", "Columbus, Ohio"),
        "Hi Diego! I love Cancún, I've been there on vacation three times. Would love to connect!",
        GENERIC,
        mutual=1,
        comment="a happy tourist, not a guest of my hotel nor in my industry: answers nothing",
    ),
]

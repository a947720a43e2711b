"""Held-out invitations for Rui Carvalho, director of hospital operations in Lisbon.

English interface. Rui runs operations for a private hospital group (Grupo Hospitalar
Alvorada, flagship Hospital Alvorada Lisboa) after years at Hospital Particular de Belém; he
studied at Universidade Nova de Lisboa (Nova SBE) and did an MBA at INSEAD. Notes mostly in
plain professional English, with Portuguese from Lisbon colleagues and a few notes in the
samples' other languages (Spanish, German, Italian) from hospital managers abroad. One
invitation for every likely-accept, needs-a-look and generic sample of tests/fixtures/linkedin
(the same kind of case, written from scratch for this recipient), then a second pass over the
same kinds with other writers and other wording, plus a few kinds the samples lack (a meeting
during the MBA, a note about an event the writer missed, a service pitch from a consultant, a
school-only headline, a past-organization headline, a failed sender with an ordinary note,
vague praise, a note that only repeats his employer back to him). The builder has no reminder,
HTML-only, bad-charset or unterminated-multipart layout: those kinds are written as ordinary
invitations of the same category. Labels follow DESIGN.md's "Categories", as the recipient
would judge the note, written without looking at the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

HOSPITAL_ADMIN = Recipient(
    name="Rui Carvalho",
    address="rui.carvalho@example.pt",
    headline="Director of Hospital Operations at Grupo Hospitalar Alvorada",
    profile_slug="rui-carvalho-ops",
)

HOSPITAL_ADMIN_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Rui Carvalho"
organizations = [
    "Grupo Hospitalar Alvorada", "Hospital Alvorada Lisboa", "Hospital Particular de Belém",
]
schools = ["Universidade Nova de Lisboa", "INSEAD"]
industries = ["healthcare", "hospital management", "health services"]
interests = [
    "lean healthcare", "patient flow", "operating room efficiency", "value-based healthcare",
    "hospital digital transformation", "sustainable hospitals",
]
groups = [
    "Associação Portuguesa de Administradores Hospitalares",
    "European Association of Hospital Managers", "INSEAD Healthcare Alumni Network",
    "Lean Healthcare Portugal",
]
events = [
    "Portugal Health Summit 2026", "Congresso Nacional de Administração Hospitalar 2026",
    "HIMSS Europe 2026",
]
contacts = ["Marta Figueiredo", "Duarte Lacerda", "Inês Portela"]

# Other names people use for the same thing.
[aliases]
"Grupo Hospitalar Alvorada" = ["Grupo Alvorada", "Alvorada Saúde", "Alvorada Saude"]
"Hospital Alvorada Lisboa" = ["Hospital Alvorada", "Alvorada Lisboa"]
"Hospital Particular de Belém" = ["Hospital Particular de Belem", "Hospital de Belém", "HPB"]
"Universidade Nova de Lisboa" = [
    "NOVA University Lisbon", "Universidade NOVA", "Nova SBE",
    "NOVA School of Business and Economics", "UNL",
]
"Associação Portuguesa de Administradores Hospitalares" = [
    "APAH", "Associacao Portuguesa de Administradores Hospitalares",
]
"European Association of Hospital Managers" = ["EAHM"]
"INSEAD Healthcare Alumni Network" = ["INSEAD Healthcare Club", "INSEAD Healthcare Alumni"]
"Portugal Health Summit 2026" = ["Portugal Health Summit"]
"Congresso Nacional de Administração Hospitalar 2026" = [
    "Congresso Nacional de Administração Hospitalar", "Congresso da APAH", "APAH congress",
]
"HIMSS Europe 2026" = ["HIMSS Europe"]
"healthcare" = ["health care", "saúde"]
"hospital management" = ["hospital administration", "gestão hospitalar", "administração hospitalar"]
"lean healthcare" = ["lean in healthcare", "lean hospital"]
"patient flow" = ["bed management", "discharge planning", "fluxo de doentes"]
"operating room efficiency" = ["OR efficiency", "OR scheduling", "theatre utilisation"]
"value-based healthcare" = ["value-based care", "VBHC"]
"hospital digital transformation" = ["digital hospital", "hospital digitalisation"]
"sustainable hospitals" = ["green hospitals", "hospital sustainability"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 12
"""

_REFERRAL = (
    "Marta Figueiredo told me to get in touch with you about how you set up the discharge "
    "lounge at your hospital. We're planning one in Coimbra next year."
)
_REFERRAL_2 = (
    "Hi Rui, Inês Portela said you'd be the right person to ask about how your team handled "
    "the move to electronic prescribing. We're starting the same project in Luanda."
)

HOSPITAL_ADMIN_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-summit",
        "classic",
        "en",
        ("Catarina Moura", "Head of Nursing at Clínica São Mamede", "Porto, Portugal"),
        "Hi Rui, really enjoyed our chat over coffee at the Portugal Health Summit on Thursday. "
        "Hope the new day-surgery unit opens on schedule!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        (
            "Beatriz Nogueira",
            "Patient Access Coordinator at Hospital Alvorada Lisboa",
            "Lisbon, Portugal",
        ),
        "Hi Rui, I started last month as patient access coordinator at Hospital Alvorada Lisboa "
        "and I'm getting to know the operations leadership. Looking forward to working together.",
        LIKELY,
        ("same_organization",),
        mutual=8,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Hugo Serrano", "Pharmacy Operations Manager at Clínica Boavista", "Porto"),
        "Rui, we worked together at Hospital Particular de Belém around 2016, I ran the pharmacy "
        "stock system back then. Would be nice to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        ("Javier Ortega", "Director of Operations at Hospital Virgen del Mar", "Seville, Spain"),
        "Hello Rui, I manage operations at a private hospital in Seville and I'm always glad to "
        "trade experience with other hospital managers across Iberia.",
        LIKELY,
        ("same_industry",),
        mutual=3,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Aoife Brennan", "Perioperative Services Manager at Beacon Hospital", "Dublin, Ireland"),
        "Hi Rui, I read your article on cutting operating theatre turnover times with lean "
        "methods. We're trying something very similar in our surgical block.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Pieter Claes", "General Manager at AZ Sint-Rembert", "Bruges, Belgium"),
        "Hi Rui, we're both members of the European Association of Hospital Managers. I liked "
        "your point in the discussion on nurse staffing ratios.",
        LIKELY,
        ("same_groups",),
        mutual=5,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        ("Filipa Rebelo", "Administrator at Hospital Distrital da Figueira", "Coimbra, Portugal"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Thomas Lindqvist", "Partner at Nordic Health Advisors", "Stockholm, Sweden"),
        "Hi Rui! Fellow INSEAD alum here (MBA 14D). Always good to find INSEAD people in Lisbon.",
        LIKELY,
        ("fellow_alumni",),
        mutual=2,
    ),
    case(
        "009-specific-student-visit",
        "classic",
        "en",
        (
            "Helena Vasconcelos",
            "Coordinator, Executive Master in Health Management at ISCTE Business School",
            "Lisbon",
        ),
        "Hi Rui, I coordinate the health management master's at ISCTE and we'd like to bring a "
        "small group of students to visit Hospital Alvorada Lisboa in May. Could we talk?",
        LIKELY,
        ("specific_reason",),
        comment="a study visit for her students: a concrete request, not a sales pitch; naming "
        "his hospital does not make her a colleague",
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Manuel Teixeira", "Retired Civil Engineer", "Cascais, Portugal"),
        "Rui, do you know whether your hospital runs a volunteer programme for the paediatric "
        "ward? My wife and I are retired and would like to help a few hours a week.",
        LIKELY,
        ("specific_reason",),
        comment="offers his time as a volunteer: a concrete question, not a sales pitch",
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        ("Lucía Herrero", "Directora de Enfermería en Hospital Quirón Valencia", "Valencia"),
        "Hola Rui, fue un placer charlar contigo en la cena de HIMSS Europe. ¡Ojalá sigamos en "
        "contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=1,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Florian Brandt", "Kaufmännischer Direktor am Klinikum Augsburg-Süd", "Augsburg"),
        "Hallo Rui, ich habe ebenfalls meinen MBA am INSEAD gemacht (Jahrgang 2013, "
        "Fontainebleau). Ich freue mich über den Kontakt!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-panel",
        "modern",
        "en",
        ("Sara Quintela", "Quality Manager at Hospital de Santarém", "Santarém, Portugal"),
        "Thank you for the candid answers on your panel at the APAH congress, and for the chat "
        "in the corridor afterwards!",
        LIKELY,
        ("met_in_person",),
        mutual=9,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        ("Alessandro Conti", "Direttore sanitario presso Casa di Cura San Carlo", "Milano"),
        "Ciao Rui, sto preparando un convegno a Milano sulla gestione dei blocchi operatori e "
        "vorrei invitarti come relatore. Posso mandarti i dettagli?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        ("Filipa Rebelo", "Administrator at Hospital Distrital da Figueira", "Coimbra, Portugal"),
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
        ("Nuno Ferraz", "CFO at Grupo Saúde Atlântico", "Funchal, Madeira"),
        "Hi Rui, good to put a face to the name at the Portugal Health Summit dinner. Let's stay "
        "in touch.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-note",
        "classic",
        "en",
        ("Daniel Ribeiro", "Biomedical Engineer at Siemens Healthineers", "Lisbon"),
        "Rui, <b>thanks</b> for the tour of the new <i>day surgery</i> unit & the coffee "
        "afterwards! <script>document.location='http://x.example'</script>",
        LIKELY,
        ("met_in_person",),
        comment="note contains markup that must be shown as text, never executed (the builder "
        "cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Joana Matias", "Underwriting Manager at Fidelidade", "Lisbon"),
        "Rui, I'm a Nova SBE grad too (Economics, 2005) and I now work in health insurance.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "en",
        ("Teresa Gouveia", "Administradora Hospitalar na ULS Arrábida", "Setúbal"),
        "Olá Rui, também sou associada da APAH — gostava de trocar impressões sobre contratos "
        "de outsourcing de limpeza e segurança.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "en",
        ("Marcos Villanueva", "Patient Flow Lead at Hospital HM Sanchinarro", "Madrid"),
        "Hi Rui, I work on patient flow at a hospital in Madrid too and would love to swap ideas "
        "on reducing ER boarding.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Kevin Marsh", "Enterprise Sales at TheatreIQ", "London, United Kingdom"),
        "Hi Rui, our AI scheduling tool cuts operating room idle time by 30% in private "
        "hospitals. Open to a 20-minute demo next week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "en",
        ("Vanessa Lobo", "Founder at MedLingua Translations", "Lisbon"),
        "Rui, we provide certified medical interpreters for international patients at very "
        "competitive rates. May I send you our brochure?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Paulo Amaral", "Facilities Technician at Hospital Alvorada Lisboa", "Amadora"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my organizations (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Rodrigo Meireles", "Partner at Meireles & Associados", "Lisbon"),
        None,
        LOOK,
        mutual=19,
        comment="no note; 19 connections in common, threshold 12 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Laura Bennett", "Event Coordinator", "London"),
        "Hi Rui, we met at the Portugal Health Summit. Please sign in to view the presentation I "
        "shared with you.",
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
        ("Ricardo Alves", "Healthcare Management Consultant", "Porto"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Stephen Clarke", "Managing Director at Crestline Holdings", "Dubai"),
        "Hi Rui, fellow INSEAD alum! Kindly review the contract I sent through the secure link.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Gary Whitfield", "Regional Sales Director at Tecnoflex Packaging", "Birmingham"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Álvaro Navarro", "Asesor Financiero en Bankinter", "Madrid, España"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Matteo Ferri", "Agente di commercio presso Lavazza", "Torino, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Bruno Cardoso", "Entrepreneur | Real Estate Investor", "Albufeira, Portugal"),
        None,
        GENERIC,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Mariana Lopes", "Account Manager at Worten", "Lisbon"),
        "Hello Rui, I found your profile while browsing and would be glad to connect with you.",
        GENERIC,
        mutual=2,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Jake Sullivan", "Founder | Business Coach | Speaker", "Miami, Florida"),
        "Hi! Always looking to connect with inspiring leaders. Happy to have you in my network.",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Carla Pimentel", "Insurance Broker at Pimentel Seguros", "Braga"),
        "I'd like to add you to my professional network on LinkedIn.\n- Carla Pimentel",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Stefan Krüger", "Vertriebsleiter bei Bosch Rexroth", "Stuttgart"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Antoine Mercier", "Conseiller en gestion de patrimoine chez AXA", "Lyon"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Tiago Marques", "Sales Executive at NOS", "Lisbon"),
        "Good afternoon Rui, hope your week is going well. Would be nice to connect.",
        GENERIC,
        mutual=4,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Rafael Monteiro", "Gestor Comercial na EDP Comercial", "Lisboa"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-congress-pt",
        "classic",
        "en",
        ("Luísa Brandão", "Diretora Clínica no Hospital da Arrábida", "Setúbal"),
        "Olá Rui, foi um prazer conhecê-lo no jantar do Congresso Nacional de Administração "
        "Hospitalar. Fico à espera do tal contacto sobre as urgências pediátricas.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "022-same-org-current-alias-pt",
        "modern",
        "en",
        ("André Pestana", "Técnico de Compras", "Lisboa"),
        "Olá Rui, entrei esta semana para a equipa de compras do Grupo Alvorada. Gostava de ficar "
        "em contacto, de certeza que vamos trabalhar juntos.",
        LIKELY,
        ("same_organization",),
        mutual=6,
    ),
    case(
        "023-same-org-past-alias",
        "classic",
        "en",
        ("Miguel Antunes", "IT Infrastructure Lead at Banco Atlântico", "Lisbon"),
        "Rui! We were both at Hospital de Belém when the new emergency department opened in "
        "2015, I was in the IT team. Hope all is well with you.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry",
        "modern",
        "en",
        ("Agnieszka Nowak", "COO at Medicover Hospital Warszawa", "Warsaw, Poland"),
        "Hi Rui, I'm COO of a 200-bed private hospital in Warsaw and I'm building a network of "
        "operations people in European hospitals. Happy to share what works for us.",
        LIKELY,
        ("same_industry",),
        mutual=2,
    ),
    case(
        "025-shared-interest",
        "classic",
        "en",
        ("Elena Marchetti", "PhD Candidate at Erasmus School of Health Policy", "Rotterdam"),
        "Hi Rui, your post on value-based healthcare and measuring outcomes in hip replacements "
        "was spot on. My PhD is on exactly that and I'd like to follow your work.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group",
        "modern",
        "en",
        ("Gonçalo Reis", "Continuous Improvement Manager at Hospital de Cascais", "Cascais"),
        "Hello Rui, I saw your question in the Lean Healthcare Portugal group about kanban for "
        "ward supplies. I'm a member too and we tried it last year, happy to share.",
        LIKELY,
        ("same_groups",),
        mutual=7,
    ),
    case(
        "027-mutual-referral",
        "classic",
        "en",
        ("Edson Cardoso", "Director-Geral at Clínica Girassol", "Luanda, Angola"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "028-alumni-nova",
        "modern",
        "en",
        ("Inês Carrilho", "Strategy Manager at Jerónimo Martins", "Lisbon"),
        "Rui, another Nova alum here! I did Management at Nova SBE a few years after you.",
        LIKELY,
        ("fellow_alumni",),
        mutual=10,
    ),
    case(
        "029-specific-interview",
        "classic",
        "en",
        ("Pedro Castanheira", "Health Reporter at Expresso", "Lisbon"),
        "Hi Rui, I'm preparing a piece for Expresso on waiting times in private hospitals. Would "
        "you be available for a short interview this week?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "030-specific-pt",
        "modern",
        "en",
        ("Fernanda Coutinho", "Presidente da Associação de Diabéticos de Lisboa", "Lisboa"),
        "Bom dia Rui, gostaríamos de organizar uma sessão gratuita de rastreio da diabetes no "
        "vosso hospital em novembro. Podemos marcar uma conversa?",
        LIKELY,
        ("specific_reason",),
        comment="a free screening day by a patients' association: a concrete request, not a "
        "sales pitch",
    ),
    case(
        "031-met-es",
        "modern",
        "en",
        ("Jorge Castillo", "Jefe de Admisiones en Hospital Universitario de Navarra", "Pamplona"),
        "Hola Rui, gracias por la charla en el stand de HIMSS Europe, me resultó muy útil. "
        "¡Espero que nos veamos en Madrid!",
        LIKELY,
        ("met_in_person",),
        mutual=1,
    ),
    case(
        "032-alumni-de",
        "modern",
        "en",
        ("Katrin Vogel", "Referentin Unternehmensentwicklung bei Asklepios", "Hamburg"),
        "Guten Tag Herr Carvalho, ich habe 2004 ein Erasmus-Jahr an der Nova in Lissabon "
        "verbracht. Schön, jemanden von dort im Krankenhausmanagement zu finden!",
        LIKELY,
        ("fellow_alumni",),
        comment="an exchange year at his university counts as fellow alumni",
    ),
    case(
        "033-met-panel",
        "modern",
        "en",
        ("Cláudia Vieira", "Nurse Manager at Hospital Beatriz Ângelo", "Loures"),
        "Great session at the Congresso da APAH on Friday, and thanks for taking the time "
        "afterwards to answer my question about night shift staffing.",
        LIKELY,
        ("met_in_person",),
        mutual=14,
    ),
    case(
        "034-specific-it",
        "modern",
        "en",
        ("Giorgia Longo", "Responsabile operations presso Humanitas Gradenigo", "Torino"),
        "Buongiorno Rui, vorremmo visitare il vostro pronto soccorso per capire come avete "
        "ridotto i tempi di attesa. Sarebbe possibile organizzare una visita a marzo?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "035-resent-of-027",
        "classic",
        "en",
        ("Edson Cardoso", "Director-Geral at Clínica Girassol", "Luanda, Angola"),
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
        ("Susana Correia", "Head of Patient Experience at Hospital de Évora", "Évora"),
        "Rui, so good to meet you at the Portugal Health Summit reception. Let's have that coffee "
        "soon.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "037-markup-in-note-and-headline",
        "classic",
        "en",
        ("Ivo Sequeira", "Engineer <b>RTLS & IoT</b> at Sensoria Health", "Lisbon"),
        "Hi Rui, <b>great</b> chatting with you at HIMSS Europe "
        '<img src=x onerror="alert(1)"> about tracking beds and wheelchairs!',
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "en",
        ("Priya Menon", "Director of Strategy at Apollo Hospitals", "Chennai, India"),
        "Hi Rui, also an INSEAD MBA here (Singapore campus, 2017). Always nice to meet alumni "
        "who run hospitals.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "039-group-dash",
        "classic",
        "en",
        ("Marc Dubois", "Directeur des achats at CHU Saint-Pierre", "Brussels"),
        "Hi Rui — we're both in the EAHM; I'd be keen to compare how Portuguese and Belgian "
        "hospitals run their procurement.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "040-shared-interest-2",
        "modern",
        "en",
        ("Rachel Goldberg", "Director of Care Coordination at Sheba Medical Center", "Tel Aviv"),
        "Hi Rui, I'm also focused on getting patients home earlier and would love to exchange "
        "notes on discharge planning.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "041-met-during-mba",
        "modern",
        "en",
        ("Olivier Garnier", "VP Operations at Ramsay Santé", "Paris, France"),
        "Rui, we sat next to each other in the operations strategy elective at INSEAD back in "
        "2012! Great to see you're running hospitals now.",
        LIKELY,
        ("met_in_person", "fellow_alumni"),
        mutual=4,
        comment="classmates at INSEAD: they know each other and share the school",
    ),
    case(
        "042-missed-event",
        "classic",
        "en",
        ("Camille Roussel", "Patient Flow Project Lead at Hôpital Privé de Lyon", "Lyon"),
        "Sorry we missed each other at HIMSS Europe, I was hoping to hear about your command "
        "centre. I lead a similar patient flow project at a private hospital in Lyon.",
        LIKELY,
        ("same_industry", "shared_interests"),
        comment="they did not meet; she works on the same subject in another hospital",
    ),
    case(
        "111-pitch-saas",
        "modern",
        "en",
        ("Derek Hollis", "Account Executive at CodeRecover", "Dublin"),
        "Hello Rui, we help private hospitals recover up to 8% of lost revenue through automated "
        "coding audits. Could I book 15 minutes to show you how?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "112-pitch-after-meeting",
        "classic",
        "en",
        ("Martin Kowalczyk", "Sales Manager Iberia at CallPoint Systems", "Madrid"),
        "Hi Rui, great to meet you at our booth at HIMSS Europe! We're offering 15% off our nurse "
        "call systems for orders before December. Shall I send a proposal?",
        LOOK,
        ("met_in_person",),
        comment="sales pitch: a red flag whatever else the note answers (they did meet)",
    ),
    case(
        "113-weak-past-org-headline",
        "classic",
        "en",
        ("Rosa Mendes", "Receptionist at Hospital Particular de Belém", "Lisbon"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names one of my past organizations (weak)",
    ),
    case(
        "114-weak-mutual",
        "modern",
        "en",
        ("Francisco Barata", "Managing Director at Barata Engenharia", "Oeiras, Portugal"),
        None,
        LOOK,
        mutual=26,
        comment="no note; 26 connections in common, threshold 12 (weak)",
    ),
    case(
        "115-spoof-good-note",
        "modern",
        "en",
        ("Ana Ribeiro", "Events Team", "Lisbon"),
        "Hi Rui, as a fellow APAH member I've shared the congress agenda with you. Log in here to "
        "download it.",
        LOOK,
        auth="lookalike",
        lookalike="linkedln-mail.com",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed membership is not counted, as in the samples",
    ),
    case(
        "116-weak-industry-headline",
        "classic",
        "en",
        ("Sandra Pinto", "Hospital Management Trainee", "Coimbra"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "117-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Victor Harlan", "Procurement Director at Meridian Trading", "Zurich"),
        "Hi Rui, great meeting you at the APAH congress. Please open the attached invoice for the "
        "catering services.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed meeting is not "
        "counted, as in the samples",
    ),
    case(
        "118-weak-school-headline",
        "modern",
        "en",
        ("Lea Hoffmann", "MBA Candidate at INSEAD", "Fontainebleau, France"),
        None,
        LOOK,
        mutual=2,
        comment="no note; headline names one of my schools (weak)",
    ),
    case(
        "119-pitch-consultant",
        "classic",
        "en",
        ("Graham Pike", "Independent Accreditation Consultant", "Manchester"),
        "Hi Rui, I help hospitals pass JCI accreditation on the first attempt. Would you like me "
        "to send over my rates and a few case studies?",
        LOOK,
        comment="service pitch",
    ),
    case(
        "120-dmarc-fail-plain-note",
        "modern",
        "en",
        ("Marta Leal", "Head of Admissions at Clínica do Restelo", "Lisbon"),
        "Hi Rui, we worked together at Hospital Particular de Belém years ago. Hope all is well!",
        LOOK,
        auth="fail",
        mutual=4,
        comment="DKIM and DMARC failed: flagged even though the note itself reads as genuine",
    ),
    case(
        "221-stock-en",
        "classic",
        "en",
        ("Neil Carter", "Business Development Manager at Arcadia Logistics", "Leeds"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "222-stock-es",
        "classic",
        "en",
        ("Paula Serrano", "Ejecutiva Comercial en Telefónica", "Barcelona, España"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "223-stock-it",
        "classic",
        "en",
        ("Davide Greco", "Consulente finanziario presso Mediolanum", "Bari, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "224-modern-no-note",
        "modern",
        "en",
        ("Ryan Cole", "Dropshipping | Crypto | Mindset", "Dubai"),
        None,
        GENERIC,
        mutual=3,
    ),
    case(
        "225-custom-vague",
        "modern",
        "en",
        ("Sofia Almeida", "Marketing Assistant at Sonae", "Porto"),
        "Hi Rui, your profile came up in my suggestions and I'd be glad to connect.",
        GENERIC,
        mutual=1,
    ),
    case(
        "226-custom-vague-2",
        "classic",
        "en",
        ("Max Turner", "CEO at Turner Growth Partners", "Austin, Texas"),
        "Hello! I'm growing my network with top executives like you. Let's connect!",
        GENERIC,
    ),
    case(
        "227-old-stock-signed",
        "classic",
        "en",
        ("Luís Fontes", "Financial Advisor at Millennium bcp", "Leiria"),
        "I'd like to join your LinkedIn network.\nBest regards, Luís",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "228-stock-de",
        "classic",
        "en",
        ("Tobias Richter", "Key Account Manager bei Henkel", "Düsseldorf"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "229-stock-fr",
        "classic",
        "en",
        ("Sébastien Martin", "Ingénieur commercial chez Schneider Electric", "Grenoble"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "230-custom-vague-3",
        "modern",
        "en",
        ("Diana Costa", "Customer Success Manager at Outsystems", "Lisbon"),
        "Hi Rui, hope all is well with you. Happy to connect.",
        GENERIC,
        mutual=5,
    ),
    case(
        "231-stock-pt",
        "classic",
        "en",
        ("Vítor Sampaio", "Consultor Imobiliário na Remax", "Almada"),
        None,
        GENERIC,
        stock="pt",
    ),
    case(
        "232-vague-praise",
        "modern",
        "en",
        ("Kelly Andrews", "Life Coach | Author", "Toronto, Canada"),
        "Rui, impressive career path! It would be an honour to connect.",
        GENERIC,
        mutual=1,
        comment="flattery: answers nothing",
    ),
    case(
        "233-only-his-employer",
        "modern",
        "en",
        ("Hélder Brito", "Owner at Brito Auto", "Sintra"),
        "Hi Rui, I see you work at Grupo Alvorada. Would love to connect!",
        GENERIC,
        mutual=2,
        comment="repeats his employer from his profile; says nothing of the writer's own link "
        "to it",
    ),
]

"""Held-out invitations for Laia Puig, partner at an architecture studio in Barcelona.

Spanish interface. She is a partner at Estudi Mirador Arquitectura (housing and adaptive reuse),
worked before at Boada Coll Arquitectes, studied at ETSAB (UPC) and did a master's at the
Architectural Association in London. Notes mostly in plain professional English, as in the
samples, with about the samples' share of Spanish, German, Italian, French and Portuguese (stock
and custom notes). One invitation for every likely-accept, needs-a-look and generic sample of
tests/fixtures/linkedin (the same kind of case, written from scratch for this recipient), then a
second pass over the same kinds with other writers and other wording, plus a few kinds the
samples' comments name or DESIGN.md describes (a pitch from someone she did meet, a recruiter, a
school-only headline, flattery that says nothing). The builder has no reminder, HTML-only,
bad-charset or unterminated-multipart layout: those kinds are written as ordinary invitations of
the same category. Labels follow DESIGN.md's "Categories", as the recipient would judge the note,
written without looking at the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

ARQUITECTA = Recipient(
    name="Laia Puig",
    address="laia.puig@estudimirador.example",
    headline="Socia y arquitecta en Estudi Mirador Arquitectura · Vivienda y reutilización",
    profile_slug="laia-puig-arquitecta",
)

ARQUITECTA_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Laia Puig"
organizations = ["Estudi Mirador Arquitectura", "Boada Coll Arquitectes"]
schools = ["ETSAB", "Architectural Association"]
industries = ["architecture", "construction", "social housing"]
interests = [
    "adaptive reuse", "cooperative housing", "mass timber", "energy retrofits",
    "industrial heritage", "participatory design",
]
groups = [
    "Col·legi d'Arquitectes de Catalunya", "Women in Architecture Barcelona",
    "Adaptive Reuse Network",
]
events = [
    "Barcelona Building Construmat 2026", "Open House Barcelona 2026",
    "Housing Futures Forum 2026",
]
contacts = ["Jordi Casademunt", "Marta Soler", "Helen Okafor"]

# Other names people use for the same thing.
[aliases]
"Estudi Mirador Arquitectura" = ["Estudi Mirador", "Mirador Arquitectura", "Mirador"]
"Boada Coll Arquitectes" = ["Boada Coll", "Boada i Coll", "Boada Coll Arquitectos"]
"ETSAB" = [
    "ETSAB-UPC", "Escola Tècnica Superior d'Arquitectura de Barcelona",
    "Escuela Técnica Superior de Arquitectura de Barcelona", "Barcelona School of Architecture",
    "UPC", "Universitat Politècnica de Catalunya", "BarcelonaTech",
]
"Architectural Association" = [
    "Architectural Association School of Architecture", "AA School", "AA",
]
"architecture" = ["arquitectura", "architect", "arquitecta", "arquitecto", "arquitecte"]
"construction" = ["construcción", "construcció", "building industry"]
"social housing" = [
    "public housing", "affordable housing", "vivienda social", "habitatge social",
    "vivienda protegida",
]
"adaptive reuse" = [
    "building reuse", "reuse of industrial buildings", "reutilización adaptativa",
    "reutilització adaptativa",
]
"cooperative housing" = [
    "housing cooperatives", "housing co-ops", "co-op housing", "cohousing",
    "vivienda cooperativa", "habitatge cooperatiu",
]
"mass timber" = ["timber construction", "CLT", "cross-laminated timber"]
"energy retrofits" = [
    "energy retrofit", "deep retrofit", "rehabilitación energética", "rehabilitació energètica",
]
"industrial heritage" = ["patrimoni industrial", "patrimonio industrial"]
"participatory design" = ["co-design", "diseño participativo", "disseny participatiu"]
"Col·legi d'Arquitectes de Catalunya" = [
    "COAC", "Colegio de Arquitectos de Cataluña", "Col.legi d'Arquitectes de Catalunya",
]
"Women in Architecture Barcelona" = ["WiA Barcelona", "WiA BCN"]
"Barcelona Building Construmat 2026" = [
    "Construmat", "Construmat 2026", "Barcelona Building Construmat", "BBConstrumat",
]
"Open House Barcelona 2026" = ["Open House Barcelona", "Open House BCN", "48h Open House"]
"Housing Futures Forum 2026" = ["Housing Futures Forum", "Housing Futures"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 10
"""

_REFERRAL = (
    "Jordi Casademunt suggested I get in touch with you about converting our old printing "
    "works in Gràcia into flats."
)
_REFERRAL_2 = (
    "Hola Laia, Marta Soler told me you're the person to ask about timber extensions on top of "
    "old buildings. We're looking at one for our school in Terrassa. Would you have time for a "
    "short call?"
)

ARQUITECTA_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-construmat",
        "classic",
        "es",
        ("Pau Ribas", "Structural Engineer at Estructures Ribas", "Lleida"),
        "Hi Laia, great meeting you at Construmat last week. I was the one asking about the CLT "
        "floors in your Poblenou project. Let's stay in touch!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "es",
        ("Clara Montserrat", "Junior Architect at Estudi Mirador Arquitectura", "Barcelona"),
        "Hi Laia, I started at Estudi Mirador this week on the housing team and wanted to connect "
        "with the partners. Looking forward to working with you!",
        LIKELY,
        ("same_organization",),
        mutual=8,
    ),
    case(
        "003-same-org-past",
        "classic",
        "es",
        ("Marc Giralt", "Associate at Carver Hale Architects", "London, United Kingdom"),
        "Laia, we worked together at Boada Coll Arquitectes around 2013, I was the intern building "
        "the models for the Sant Andreu library competition. Would be lovely to reconnect!",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "es",
        ("Ana Beltrán", "Architect at Beltrán Navarro Arquitectos", "Zaragoza"),
        "Hello Laia, I run a small architecture practice in Zaragoza, mostly residential work, "
        "and I like to keep in touch with other architects doing housing.",
        LIKELY,
        ("same_industry",),
        mutual=3,
    ),
    case(
        "005-shared-interest",
        "classic",
        "es",
        ("Tom Hollis", "PhD Researcher at TU Delft", "Delft, Netherlands"),
        "Hi Laia, I read your article on turning the old Can Folch textile mill into housing. "
        "Adaptive reuse of industrial buildings is exactly what my PhD is about.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "es",
        ("Irene Castells", "Interior Architect at Studio Nimba", "Barcelona"),
        "Hi Laia, we're both in Women in Architecture Barcelona. Your comment in the thread about "
        "site visits and childcare was spot on.",
        LIKELY,
        ("same_groups",),
        mutual=5,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "es",
        ("Eduard Miró", "Managing Director at Gràfiques Miró", "Barcelona"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="a possible client sent by a contact: a concrete request, not a pitch",
    ),
    case(
        "008-alumni",
        "modern",
        "es",
        ("Sophie Brandt", "Associate at Pennick Lowe Architects", "London, United Kingdom"),
        "Hi Laia! Another AA graduate here (Housing & Urbanism, 2012). Small world!",
        LIKELY,
        ("fellow_alumni",),
        mutual=2,
    ),
    case(
        "009-specific-talk",
        "classic",
        "es",
        ("Gemma Puigdomènech", "Programme Coordinator at Fundació Llar Comuna", "Barcelona"),
        "Hi Laia, I coordinate the training programme at Fundació Llar Comuna and we'd like you "
        "to give a short talk to our housing officers on retrofitting old blocks. Could we "
        "arrange a call?",
        LIKELY,
        ("specific_reason",),
        comment="an invitation to speak: a concrete request, not a sales pitch",
    ),
    case(
        "010-specific-question",
        "modern",
        "es",
        ("David Serrano", "Construction Lecturer at Institut Escola del Treball", "Barcelona"),
        "Laia, quick question: would your studio let a group of my vocational students visit one "
        "of your renovation sites this spring? They're in the second year of the building course.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "011-met-es",
        "modern",
        "es",
        ("Lucía Ortega", "Arquitecta en Ortega Lab", "Madrid"),
        "Hola Laia, nos conocimos en la visita guiada de Open House Barcelona al edificio de la "
        "calle Pujades. ¡Me encantaría seguir en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=4,
    ),
    case(
        "012-alumni-de",
        "modern",
        "es",
        ("Felix Hartmann", "Architekt bei Hartmann Lenz Architekten", "Stuttgart"),
        "Hallo Laia, wir haben beide an der ETSAB studiert, ich war 2007 als Erasmus-Student in "
        "Barcelona. Es würde mich freuen, in Kontakt zu bleiben.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-talk",
        "modern",
        "es",
        ("Hannah Wiles", "Policy Officer at Housing Europe", "Brussels, Belgium"),
        "Thank you for taking the time to talk after your session at the Housing Futures Forum, "
        "I really enjoyed it!",
        LIKELY,
        ("met_in_person",),
        mutual=11,
    ),
    case(
        "014-specific-it",
        "modern",
        "es",
        ("Francesca Leone", "Ricercatrice presso Politecnico di Milano", "Milano"),
        "Ciao Laia, sto organizzando un ciclo di seminari sul riuso degli edifici industriali e "
        "vorrei invitarti a presentare i vostri progetti a Milano in primavera.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "es",
        ("Eduard Miró", "Managing Director at Gràfiques Miró", "Barcelona"),
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
        ("Robert Fenwick", "Director at Fenwick Studio", "Manchester, United Kingdom"),
        "Hi Laia, good to meet you on the Open House Barcelona tour of your Sant Martí project on "
        "Saturday. Let's keep in touch.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-name-and-note",
        "classic",
        "es",
        ("Àlex <b>Vidal</b>", "Site Manager at Construccions Vidal", "Sabadell"),
        "<script>alert('x')</script> Laia, we spoke at the Construmat stand about <i>lime "
        "plaster</i> & old brick vaults.",
        LIKELY,
        ("met_in_person",),
        comment="note and name contain markup that must be shown as text, never executed (the "
        "builder cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "es",
        ("Núria Camps", "Urban Planner at Ajuntament de Girona", "Girona"),
        "Laia, I'm an ETSAB graduate too (2010) and now work in the planning department in Girona.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "es",
        ("Bernat Soler", "Arquitecte at Soler Rovira Arquitectes", "Tarragona"),
        "Hi Laia, fellow COAC member here — I'd like to swap notes on the new energy certificate "
        "rules for renovations.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "es",
        ("Mireia Fabra", "Coordinator at Cooperativa La Teixidora", "Barcelona"),
        "Hi Laia, I work on cooperative housing too and would love to exchange experiences on "
        "getting co-ops through the planning process.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "es",
        ("Jake Morrison", "Account Executive at RenderPilot", "Dublin, Ireland"),
        "Hi Laia, RenderPilot helps architecture studios cut visualisation time by 70% with AI "
        "rendering. Open to a quick 20-minute demo next week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "es",
        ("Priya Menon", "Business Development at DraftHub Outsourcing", "Pune, India"),
        "Laia, our team provides BIM modelling and drafting services for European architecture "
        "firms at very competitive rates. Can I share our rate card?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "es",
        ("Oriol Batlle", "Office Manager at Estudi Mirador Arquitectura", "Barcelona"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my organizations (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "es",
        ("Sergi Navarro", "Account Manager at CaixaBank", "Barcelona"),
        None,
        LOOK,
        mutual=22,
        comment="no note; 22 connections in common, threshold 10 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "es",
        ("Laura Jiménez", "Project Consultant", "Madrid"),
        "Hi Laia, we met at Construmat. Please verify your account to see the message I sent you.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-notify.es",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "106-weak-industry-headline",
        "classic",
        "es",
        ("Peter Lindqvist", "Architect | Residential Architecture", "Malmö, Sweden"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "es",
        ("Victor Crane", "Director at Meridian Property Holdings", "Dubai"),
        "Hi Laia, fellow AA alum! Please open the drawings I shared with you.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "es",
        ("Gary Holt", "Sales Director at Vodafone", "Manchester, United Kingdom"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "202-stock-es",
        "classic",
        "es",
        ("Javier Molina", "Asesor Financiero en Banco Sabadell", "Valencia"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "es",
        ("Luca Moretti", "Agente di commercio presso Lavazza", "Torino, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "es",
        ("Kevin Brandt", "Serial Entrepreneur | Crypto | Mindset", "Marbella"),
        None,
        GENERIC,
        mutual=1,
    ),
    case(
        "205-custom-vague",
        "modern",
        "es",
        ("Elena Ruiz", "Marketing Specialist at Desigual", "Barcelona"),
        "Hi Laia, your profile came up in my suggestions and I'd be glad to connect with you.",
        GENERIC,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "es",
        ("Ryan Cole", "Founder & CEO at Cole Ventures", "Miami, Florida"),
        "Hello! I'm building a strong network of inspiring people in every field. Let's connect!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "es",
        ("Manuel Ortiz", "Insurance Broker at Mapfre", "Sevilla"),
        "I'd like to add you to my professional network on LinkedIn.\n- Manuel Ortiz",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "es",
        ("Stefan Krüger", "Vertriebsleiter bei Bosch", "Stuttgart"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "es",
        ("Amélie Garnier", "Chargée d'affaires chez Crédit Agricole", "Toulouse"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "es",
        ("Daniel Ferrer", "Customer Success Manager at Glovo", "Barcelona"),
        "Hi Laia, hope everything is going well. Happy to connect.",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "es",
        ("Rafael Costa", "Gerente Comercial na Sonae", "Porto, Portugal"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-awards-dinner",
        "classic",
        "es",
        ("Gemma Vidal", "Landscape Architect at Paisatge Obert", "Barcelona"),
        "Laia, it was a pleasure chatting with you at the dinner after the COAC awards night. I'm "
        "the landscape architect who sat across from you. Hope we keep in touch.",
        LIKELY,
        ("met_in_person",),
        comment="met at a dinner; she does not say she is a COAC member",
    ),
    case(
        "022-same-org-current-alias",
        "modern",
        "es",
        ("Hugo Lambert", "Architecture Intern at Mirador Arquitectura", "Barcelona"),
        "hi Laia, I'm the new intern in the model shop at Mirador, started on monday. see you "
        "around the studio!",
        LIKELY,
        ("same_organization",),
        mutual=7,
    ),
    case(
        "023-same-org-past-alias",
        "classic",
        "es",
        ("Carme Rius", "Senior Architect at Ajuntament de Barcelona", "Barcelona"),
        "Laia, we worked together at Boada Coll in 2012-2014, I was the one drawing all the stair "
        "details for the Horta housing block. Hope the studio is going well!",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry",
        "modern",
        "es",
        ("James O'Neill", "Housing Architect at Dublin City Council", "Dublin, Ireland"),
        "Hi Laia, I design social housing for the council in Dublin and I'm keen to learn how "
        "architects in Barcelona deal with density in public housing.",
        LIKELY,
        ("same_industry",),
        mutual=6,
    ),
    case(
        "025-shared-interest",
        "classic",
        "es",
        ("Marta Kowalczyk", "Master's Student at KU Leuven", "Leuven, Belgium"),
        "Hi Laia, your post on deep energy retrofits of 1960s blocks in Sant Adrià really stayed "
        "with me. My thesis is on the same type of building and I'd like to follow your work.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group",
        "modern",
        "es",
        ("Elif Yılmaz", "Project Architect at Atelier Kent", "Istanbul, Türkiye"),
        "Hi Laia, saw your post in the Adaptive Reuse Network group about the old bottling plant. "
        "Fellow member, glad to connect!",
        LIKELY,
        ("same_groups",),
        mutual=4,
    ),
    case(
        "027-mutual-referral",
        "classic",
        "es",
        ("Pere Mas", "Head of Facilities at Col·legi Sant Pere", "Terrassa"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "028-alumni-aa",
        "modern",
        "es",
        ("Kenji Mori", "Designer at Mori Yamada Studio", "Tokyo, Japan"),
        "Laia, hello from another AA School graduate! I finished my master's there a couple of "
        "years after you.",
        LIKELY,
        ("fellow_alumni",),
        mutual=1,
    ),
    case(
        "029-specific-interview",
        "classic",
        "es",
        ("Sílvia Prat", "Journalist at El Periódico", "Barcelona"),
        "Hi Laia, I'm writing a piece on converting empty offices into flats and would love to "
        "interview you for 20 minutes next week if you can.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "030-specific-neighbours",
        "modern",
        "es",
        ("Anna Roig", "President at Associació de Veïns del Clot", "Barcelona"),
        "Hi Laia, our residents' association is trying to save the old bakery building in El "
        "Clot and we'd love your advice on whether it could become community housing. Could we "
        "meet?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "031-met-es",
        "modern",
        "es",
        ("Martín Acosta", "Arquitecto en Acosta Ferreyra", "Buenos Aires, Argentina"),
        "Hola Laia, coincidimos en la mesa sobre vivienda cooperativa de Construmat y me quedé con "
        "ganas de seguir la charla. ¡Saludos desde Buenos Aires!",
        LIKELY,
        ("met_in_person",),
        mutual=3,
    ),
    case(
        "032-alumni-de",
        "modern",
        "es",
        ("Katrin Vogel", "Projektleiterin bei Vogel Baumann Architekten", "Zürich"),
        "Guten Tag Laia, ich habe ebenfalls an der AA in London studiert (Diplom 2011). Schön, "
        "eine Ehemalige in Barcelona zu finden!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "033-met-talk",
        "modern",
        "es",
        ("Olivia Barnes", "Senior Urban Designer at Arup", "London, United Kingdom"),
        "Really enjoyed your talk on the Poblenou warehouse conversion at the Housing Futures "
        "Forum, and thanks for answering my question afterwards!",
        LIKELY,
        ("met_in_person",),
        mutual=12,
        comment="she spoke to her after the talk: a meeting, however brief",
    ),
    case(
        "034-specific-it",
        "modern",
        "es",
        ("Giorgio Bassi", "Presidente della Cooperativa Edilizia Il Cortile", "Torino"),
        "Buongiorno Laia, siamo una cooperativa di abitanti a Torino e cerchiamo un architetto "
        "con esperienza in cohousing per un ex magazzino. Possiamo sentirci?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "035-resent-of-027",
        "classic",
        "es",
        ("Pere Mas", "Head of Facilities at Col·legi Sant Pere", "Terrassa"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="re-sent invitation of 027 (the builder has no reminder layout): same inviter "
        "and note",
    ),
    case(
        "036-no-auth-header-met",
        "classic",
        "es",
        ("Isabel Pardo", "Architect at Pardo Oller", "Palma de Mallorca"),
        "Laia, lovely to finally meet in person at the Open House volunteers' dinner on Friday. "
        "Hope to see you at the next edition!",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "037-markup-in-note-and-headline",
        "classic",
        "es",
        ("Tomàs Ferrer", "Architect <b>Heritage & Rehab</b> at Ferrer Estudi", "Reus"),
        "Hi Laia, <b>great</b> talking to you at Construmat "
        '<img src=x onerror="alert(1)"> about reusing old roof tiles!',
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "es",
        ("Adrià Font", "Lecturer at La Salle Architecture School", "Barcelona"),
        "Hola Laia! I also did my degree at the Escola Tècnica Superior d'Arquitectura de "
        "Barcelona (2004), maybe we shared a studio year?",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "039-group-dash",
        "classic",
        "es",
        ("Rosa Pujol", "Arquitecta tècnica at Pujol Estudi", "Vic"),
        "Hi Laia — I'm in Women in Architecture Barcelona too; would be good to compare notes on "
        "the mentoring scheme.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "040-shared-interest-2",
        "modern",
        "es",
        ("Lars Eriksen", "Timber Engineer at Trækonsult", "Copenhagen, Denmark"),
        "Hi Laia, I'm also passionate about mass timber in housing and would like to share what "
        "we've learned on a few CLT projects in Denmark.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "111-pitch-saas",
        "modern",
        "es",
        ("Sarah Klein", "Sales Manager Iberia at PlanSync", "Berlin, Germany"),
        "Hi Laia, PlanSync lets architecture practices track fees and hours per project in one "
        "place. Could I show you a 15-min demo this week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "112-pitch-services",
        "classic",
        "es",
        ("Marina Costa", "Founder at PhotoArq Studio", "Barcelona"),
        "Laia, we photograph architecture projects for studios in Barcelona, with 3D tours and "
        "drone shots. Can I send you our packages and prices?",
        LOOK,
        comment="sales pitch (services)",
    ),
    case(
        "113-weak-past-org-headline",
        "classic",
        "es",
        ("Lídia Sanz", "Administrative Assistant at Boada Coll Arquitectes", "Barcelona"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names one of my past organizations (weak)",
    ),
    case(
        "114-weak-mutual",
        "modern",
        "es",
        ("Pablo Herrero", "Real Estate Analyst at Colliers", "Madrid"),
        None,
        LOOK,
        mutual=26,
        comment="no note; 26 connections in common, threshold 10 (weak)",
    ),
    case(
        "115-spoof-good-note",
        "modern",
        "es",
        ("Carolina Vega", "HR Assistant", "Madrid"),
        "Hola Laia, encantada de conocerte en Open House Barcelona. Te he compartido el "
        "documento, inicia sesión aquí para verlo.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-invitaciones.com",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "116-weak-industry-headline",
        "classic",
        "es",
        ("Miguel Ángel Pérez", "Site Manager | Construction & Refurbishment", "Madrid"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "117-dmarc-fail-linkedin-from",
        "modern",
        "es",
        ("Alan Pierce", "Managing Partner at Crestline Capital", "Hong Kong"),
        "Hi Laia, great meeting you at Construmat. Please open the attached invoice for the tile "
        "samples.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed meeting is not "
        "counted, as in the samples",
    ),
    case(
        "118-weak-school-headline",
        "modern",
        "es",
        ("Júlia Esteve", "Student at ETSAB - UPC", "Barcelona"),
        None,
        LOOK,
        mutual=3,
        comment="no note; headline names one of my schools (weak)",
    ),
    case(
        "119-pitch-recruiter",
        "classic",
        "es",
        ("Tom Ashby", "Senior Consultant at ArchiTalent Partners", "London, United Kingdom"),
        "Hi Laia, we're placing senior architects with housing experience in London and Dubai "
        "practices, excellent packages. Open to hearing about current roles?",
        LOOK,
        comment="recruitment agency pitch",
    ),
    case(
        "120-pitch-after-meeting",
        "classic",
        "es",
        ("Jaume Serra", "Sales Manager at Ceràmiques Serra", "Castelló"),
        "Hi Laia, good to meet you at our stand at Construmat! We have 15% off our handmade tiles "
        "for architects until December, shall I send you the catalogue and prices?",
        LOOK,
        ("met_in_person",),
        comment="sales pitch: a red flag whatever else the note answers (they did meet)",
    ),
    case(
        "221-stock-en",
        "classic",
        "es",
        ("Neil Parker", "Regional Sales Manager at Heineken", "Amsterdam, Netherlands"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "222-stock-es",
        "classic",
        "es",
        ("Carmen Delgado", "Agente Comercial en Movistar", "Málaga"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "223-stock-it",
        "classic",
        "es",
        ("Alessandro Greco", "Consulente finanziario presso Mediolanum", "Roma, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "224-modern-no-note",
        "modern",
        "es",
        ("Brad Turner", "Growth Hacker | Dropshipping | Speaker", "Lisbon, Portugal"),
        None,
        GENERIC,
        mutual=2,
    ),
    case(
        "225-custom-vague",
        "modern",
        "es",
        ("Natalia Gómez", "Sales Associate at Zara", "Barcelona"),
        "Hi Laia, I saw your profile and thought it would be nice to connect.",
        GENERIC,
        mutual=1,
    ),
    case(
        "226-custom-vague-2",
        "classic",
        "es",
        ("Chris Dalton", "Business Coach | Speaker", "Austin, Texas"),
        "Hey! I'm always looking to connect with successful professionals like yourself. Let's "
        "connect!",
        GENERIC,
    ),
    case(
        "227-old-stock-signed",
        "classic",
        "es",
        ("Jordi Mas", "Agent d'assegurances at Catalana Occidente", "Terrassa"),
        "Me gustaría agregarte a mi red profesional en LinkedIn.\nSaludos, Jordi",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "228-stock-de",
        "classic",
        "es",
        ("Tobias Wagner", "Key Account Manager bei Henkel", "Düsseldorf"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "229-stock-fr",
        "classic",
        "es",
        ("Julien Marchand", "Conseiller commercial chez SFR", "Montpellier"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "230-custom-vague-3",
        "modern",
        "es",
        ("Alba Rovira", "Customer Support at Wallapop", "Barcelona"),
        "Hello Laia, hope your week is going well! Would be nice to connect.",
        GENERIC,
        mutual=2,
    ),
    case(
        "231-stock-pt",
        "classic",
        "es",
        ("Beatriz Santos", "Consultora de Vendas na Vivo", "Rio de Janeiro, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    case(
        "232-vague-praise",
        "modern",
        "es",
        ("Sandra Vidal", "Mortgage Advisor at Hipotecas Clara", "Barcelona"),
        "Hi Laia, I love the work you do, so inspiring! Would be great to have you in my network.",
        GENERIC,
        mutual=3,
        comment="flattery that names nothing: answers nothing",
    ),
]

"""Held-out set: Valeria Ortiz, senior product designer (UX) at a fintech in Mexico City.

Spanish interface for most emails, English for some; contacts write in Mexican Spanish,
English, Brazilian Portuguese and French. Written from DESIGN.md's rules and the samples'
labels only, without reading the classifier, and measured before any change to it.

The first 38 cases mirror, in order, each sample of tests' samples/linkedin/ labelled
likely_accept / needs_a_look / generic (001-018, 101-107, 201-211, 402, 403) with the same kind
of case in fresh wording; the rest (5xx likely, 6xx need a look, 7xx generic) are the
everyday ways Spanish speakers write a reason, an empty warm note, or a pitch.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, STOCK, Case, case

DESIGNER = Recipient(
    name="Valeria Ortiz",
    address="valeria.ortiz@example.mx",
    headline="Senior Product Designer (UX) en Kolibri Pagos",
    profile_slug="valeria-ortiz-ux",
)

DESIGNER_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Valeria Ortiz"
organizations = ["Kolibri Pagos", "Estudio Maguey", "Banco del Altiplano"]
schools = ["Universidad Nacional Autónoma de México", "Universidad Iberoamericana"]
industries = ["financial technology", "banking", "user experience design"]
interests = [
    "design systems", "accessibility", "user research", "financial inclusion",
    "service design", "UX writing",
]
groups = ["Ladies that UX CDMX", "IxDA Ciudad de México", "Design Systems Latam"]
events = ["Interaction Latin America 2026", "Config 2026", "Fintech Summit CDMX 2026"]
contacts = ["Mariana Cortés", "Diego Salinas", "Fernanda Ruiz"]

# Other names people use for the same thing.
[aliases]
"Kolibri Pagos" = ["Kolibri"]
"Estudio Maguey" = ["Maguey"]
"Banco del Altiplano" = ["Altiplano"]
"Universidad Nacional Autónoma de México" = ["UNAM", "la UNAM"]
"Universidad Iberoamericana" = ["Ibero", "la Ibero", "UIA"]
"financial technology" = ["fintech", "tecnología financiera", "tecnologia financiera"]
"banking" = ["banca", "banco digital", "neobanco", "neobank", "servicios financieros"]
"user experience design" = [
    "UX", "UX design", "diseño UX", "experiencia de usuario", "diseño de experiencia de usuario",
    "product design", "diseño de producto", "diseño de productos digitales",
]
"design systems" = ["design system", "sistemas de diseño", "sistema de diseño"]
"accessibility" = ["accesibilidad", "acessibilidade", "accessibilité"]
"user research" = ["UX research", "investigación de usuarios", "investigación UX"]
"financial inclusion" = ["inclusión financiera", "inclusão financeira", "inclusion financière"]
"service design" = ["diseño de servicios"]
"UX writing" = ["escritura UX", "redacción UX"]
"Ladies that UX CDMX" = ["Ladies that UX"]
"IxDA Ciudad de México" = ["IxDA CDMX", "IxDA"]
"Design Systems Latam" = ["DS Latam"]
"Interaction Latin America 2026" = ["Interaction Latin America", "ILA 2026"]
"Config 2026" = ["Config", "Figma Config"]
"Fintech Summit CDMX 2026" = ["Fintech Summit", "Fintech Summit CDMX"]

[thresholds]
mutual_connections = 15
"""

_REFERRAL = (
    "Mariana Cortés me sugirió escribirte sobre el rediseño de nuestra app de remesas. "
    "¿Tendrías media hora la próxima semana?"
)

DESIGNER_CASES: list[Case] = [
    # -- mirrors of the samples' likely_accept cases (001-018) ---------------------------------
    case(
        "001-met-ila-es",
        "modern",
        "es",
        ("Andrea Villanueva", "Diseñadora de interacción en Mercado Libre", "Guadalajara"),
        "Hola Valeria, qué gusto conocerte en Interaction Latin America la semana pasada. Soy "
        "la que te preguntó por el onboarding de tu app al final. ¡Seguimos en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=4,
    ),
    case(
        "002-same-org-current-es",
        "classic",
        "es",
        ("Jorge Medina", "Analista de riesgos", "Ciudad de México"),
        "Hola Valeria, acabo de entrar al equipo de riesgos de Kolibri Pagos y quiero ir "
        "conociendo a la gente de otras áreas.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "003-same-org-past-es",
        "modern",
        "es",
        ("Iván Cárdenas", "Frontend Engineer at Shopify", "Toronto, Canada"),
        "Valeria, coincidimos en Estudio Maguey allá por 2018 (yo estaba en desarrollo "
        "front-end). ¡Me daría mucho gusto retomar el contacto!",
        LIKELY,
        ("same_organization",),
        mutual=6,
    ),
    case(
        "004-same-industry-en",
        "modern",
        "en",
        ("Camila Restrepo", "Head of Design", "Bogotá, Colombia"),
        "Hi Valeria, I lead the design team at a digital bank in Bogotá and I'm always keen to "
        "learn from other designers working in fintech.",
        LIKELY,
        ("same_industry",),
        mutual=2,
    ),
    case(
        "005-shared-interest-es",
        "classic",
        "es",
        ("Sofía Treviño", "Consultora independiente", "Querétaro"),
        "Hola Valeria, leí tu artículo sobre accesibilidad en apps bancarias para adultos "
        "mayores. Justo estoy trabajando en algo muy parecido.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group-es",
        "modern",
        "es",
        ("Paulina Rosas", "Content Designer en Bitso", "Ciudad de México"),
        "Hola Valeria, las dos estamos en Ladies that UX CDMX. Me gustó mucho tu comentario en "
        "el hilo sobre entrevistas con usuarios.",
        LIKELY,
        ("same_groups",),
        mutual=9,
    ),
    case(
        "007-mutual-referral-es",
        "classic",
        "es",
        ("Héctor Garza", "Director de Producto en Envía Ya", "Monterrey"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni-es",
        "modern",
        "es",
        ("Daniela Fuentes", "Diseñadora industrial", "Puebla"),
        "¡Hola Valeria! Orgullosamente UNAM también: generación 2012 de Diseño Industrial. ¡Goya!",
        LIKELY,
        ("fellow_alumni",),
        mutual=3,
        comment="'Orgullosamente UNAM' is the usual way a UNAM graduate says 'fellow alumna'",
    ),
    case(
        "009-specific-mentoring-es",
        "classic",
        "es",
        ("Renata Lozano", "Talent Acquisition Lead en Clip", "Ciudad de México"),
        "Hola Valeria, coordino el programa de becarios de diseño en Clip y nos gustaría "
        "invitarte a dar una sesión de mentoría a nuestro grupo de primavera. ¿Podemos agendar "
        "una llamada?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "010-specific-question-es",
        "modern",
        "es",
        ("Luis Ángel Pérez", "Estudiante de Diseño", "Toluca"),
        "Valeria, una pregunta rápida: ¿en tu equipo aceptan practicantes de diseño? Estoy por "
        "terminar la carrera y me encantaría postularme.",
        LIKELY,
        ("specific_reason",),
        mutual=1,
    ),
    case(
        "011-met-config-pt",
        "modern",
        "es",
        ("Beatriz Oliveira", "Product Designer no Nubank", "São Paulo, Brasil"),
        "Oi Valeria, a gente se conheceu no Config em San Francisco. Adoraria manter contato!",
        LIKELY,
        ("met_in_person",),
        mutual=5,
    ),
    case(
        "012-alumni-fr",
        "classic",
        "en",
        ("Claire Lefèvre", "Chargée de projets, Alliance Française", "Paris, France"),
        "Bonjour Valeria, nous avons toutes les deux fait notre master à l'Universidad "
        "Iberoamericana. Ravie de garder le contact avec une ancienne de l'Ibero !",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-panel-en",
        "modern",
        "en",
        ("Megan Walsh", "VP Product, Stripe", "San Francisco Bay Area"),
        "Thanks for the great conversation after your panel at the Fintech Summit!",
        LIKELY,
        ("met_in_person",),
        mutual=7,
    ),
    case(
        "014-specific-webinar-pt",
        "classic",
        "es",
        ("Rafael Souza", "Coordenador de comunidade, UX Brasil", "Rio de Janeiro"),
        "Olá Valeria, estou organizando um webinar sobre design de produtos financeiros e "
        "gostaria de te convidar como palestrante.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-reminder-of-007",
        "classic",
        "es",
        ("Héctor Garza", "Director de Producto en Envía Ya", "Monterrey"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="reminder of 007: same invitation, must merge with it in a digest",
    ),
    case(
        "016-no-auth-header-met-es",
        "modern",
        "es",
        ("Tomás Aguirre", "Design Manager en Kueski", "Guadalajara"),
        "Hola Valeria, fue un gusto conocerte en Config 2026 en San Francisco. Sigamos "
        "platicando de cómo organizan la investigación.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        mutual=8,
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-injection-es",
        "classic",
        "es",
        ("Rodrigo Lara", "Diseñador <i>senior</i> <b>UI</b>", "Ciudad de México"),
        "<script>alert('x')</script> Hola Valeria, nos conocimos en Interaction Latin America "
        "y platicamos de <i>pruebas de usabilidad</i>.",
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed "
        "(no markup in the name: the builder writes the From display name unquoted, and "
        "'Rodrigo <b>Lara</b> <invitations@linkedin.com>' is a malformed header no real "
        "LinkedIn mail has; the sample quotes it)",
    ),
    case(
        "018-base64-alumni-es",
        "modern",
        "es",
        ("Gabriel Ochoa", "Coordinador de Egresados", "Ciudad de México"),
        "Valeria, yo también soy egresado de la Ibero (maestría 2019) y ahora trabajo en "
        "relaciones con exalumnos.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
        mutual=2,
    ),
    # -- mirrors of the samples' needs_a_look cases (101-107) ----------------------------------
    case(
        "101-pitch-saas-es",
        "modern",
        "es",
        ("Brenda Salazar", "Account Executive en HandoffAI", "Ciudad de México"),
        "Hola Valeria, ayudamos a equipos de producto a reducir 40% el tiempo de handoff con "
        "nuestra plataforma con IA. ¿Te late una demo de 15 minutos esta semana?",
        LOOK,
        comment="sales pitch",
        mutual=1,
    ),
    case(
        "102-pitch-agency-es",
        "classic",
        "es",
        ("Óscar Ramírez", "Socio en Testea Lab", "Ciudad de México"),
        "Valeria, nuestra agencia ofrece pruebas de usabilidad con usuarios reales a precios "
        "accesibles. ¿Te puedo mandar nuestra cotización?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "es",
        ("Ricardo Núñez", "Ingeniero de datos en Kolibri Pagos", "Ciudad de México"),
        None,
        LOOK,
        stock="es",
        comment="stock note; headline names one of my organizations (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "es",
        ("Karla Domínguez", "Gerente de Operaciones en Grupo Bimbo", "Ciudad de México"),
        None,
        LOOK,
        mutual=23,
        comment="no note; 23 connections in common, threshold 15 (weak)",
    ),
    case(
        "105-spoof-good-note-es",
        "classic",
        "es",
        ("Mónica Esparza", "UX Lead", "Ciudad de México"),
        "Hola Valeria, nos conocimos en Interaction Latin America. Confirma tu cuenta para ver "
        "mi mensaje.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-notificaciones.com",
        comment="look-alike sender domain: must be flagged, links not clickable",
    ),
    case(
        "106-weak-industry-headline",
        "modern",
        "es",
        ("Alejandro Bravo", "Gerente de Producto | Fintech | Pagos digitales", "Monterrey"),
        None,
        LOOK,
        stock="es",
        mutual=3,
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-es",
        "classic",
        "es",
        ("Verónica Ledesma", "Consultora", "Ciudad de México"),
        "Hola Valeria, ¡también egresada de la UNAM! Revisa el documento que te compartí.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    # -- mirrors of the samples' generic cases (201-211) ---------------------------------------
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Kevin Marshall", "Sales Manager at Acme Logistics", "Houston, Texas"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "202-stock-es",
        "classic",
        "es",
        ("Arturo Zamora", "Contador Público", "León, Guanajuato"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "es",
        ("Francesca Conti", "Architetto", "Milano, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "es",
        ("Raúl Esquivel", "Ingeniero Civil en ICA", "Ciudad de México"),
        None,
        GENERIC,
        mutual=2,
    ),
    case(
        "205-custom-vague-es",
        "modern",
        "es",
        ("Ximena Pacheco", "Asesora inmobiliaria", "Ciudad de México"),
        "Hola Valeria, vi tu perfil y me encantaría conectar contigo.",
        GENERIC,
        mutual=1,
    ),
    case(
        "206-custom-vague-2-es",
        "classic",
        "es",
        ("Eduardo Villalobos", "Coach de negocios", "Cancún"),
        "¡Hola! Ampliando mi red con grandes profesionales como tú. ¡Conectemos!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed-es",
        "classic",
        "es",
        ("Lorena Aguilar", "Abogada corporativa", "Ciudad de México"),
        STOCK["es"] + "\n- Lorena Aguilar",
        GENERIC,
        comment="the stock sentence typed by hand and signed: still nothing specific",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Jonas Becker", "Vertriebsleiter", "München"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "es",
        ("Julien Moreau", "Responsable logistique", "Lyon, France"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "210-custom-vague-3-es",
        "modern",
        "es",
        ("Fernando Iturbe", "Director Comercial en Aceros del Norte", "Saltillo"),
        "Hola Valeria, espero que estés muy bien. Conectemos.",
        GENERIC,
        mutual=4,
    ),
    case(
        "211-stock-pt",
        "classic",
        "es",
        ("Thiago Almeida", "Gerente de Vendas", "Curitiba, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- mirrors of the samples' damaged-but-labelled cases (402, 403) -------------------------
    case(
        "402-same-group-es",
        "modern",
        "es",
        ("Natalia Robles", "Diseñadora de interacción", "Ciudad de México"),
        "Hola Valeria, compañera de IxDA por aquí. Me encantaría intercambiar ideas sobre "
        "componentes y tokens.",
        LIKELY,
        ("same_groups",),
        mutual=5,
    ),
    case(
        "403-shared-interest-es",
        "classic",
        "es",
        ("Jimena Castañeda", "Research Ops", "Ciudad de México"),
        "Hola Valeria, yo también coordino investigación de usuarios y me encantaría "
        "intercambiar aprendizajes sobre accesibilidad.",
        LIKELY,
        ("shared_interests",),
    ),
    # -- more genuine reasons, as Spanish (and other) speakers write them ----------------------
    case(
        "501-coincidimos-taller-es",
        "modern",
        "es",
        ("Itzel Morales", "Diseñadora de producto", "Ciudad de México"),
        "Coincidimos en el taller de accesibilidad del jueves en WeWork Reforma; yo era la de "
        "la laptop llena de stickers. ¡Un gusto!",
        LIKELY,
        ("met_in_person", "shared_interests"),
        mutual=6,
        comment="'coincidimos en el taller' = we were both at the workshop (met); attending a "
        "workshop on accessibility also shows the shared interest",
    ),
    case(
        "502-te-vi-en-el-panel-es",
        "classic",
        "es",
        ("Pablo Hinojosa", "Product Owner", "Ciudad de México"),
        "Te vi en el panel de diseño inclusivo del Fintech Summit y me quedé con ganas de "
        "preguntarte más sobre tus pruebas con adultos mayores.",
        LIKELY,
        ("met_in_person", "specific_reason"),
        comment="saw her on stage at one of my events: same event counts as met_in_person; "
        "a follow-up question on her talk is the specific reason",
    ),
    case(
        "503-estuve-en-tu-charla-es",
        "modern",
        "es",
        ("Mariela Gutiérrez", "Diseñadora UI", "Mérida"),
        "Estuve en tu charla sobre sistemas de diseño en Config y me sirvió muchísimo para "
        "convencer a mi equipo de armar el nuestro. ¡Gracias!",
        LIKELY,
        ("met_in_person", "shared_interests"),
        mutual=3,
        comment="attended her talk at one of my events (met) and is building a design system",
    ),
    case(
        "504-trabaje-hasta-el-ano-pasado-es",
        "classic",
        "es",
        ("Samuel Ortega", "Consultor de canales digitales", "Ciudad de México"),
        "Trabajé en Banco del Altiplano hasta el año pasado, en el equipo de canales digitales. "
        "Me dio gusto ver tu nombre entre la gente que pasó por ahí.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "505-egresada-unam-tambien-es",
        "modern",
        "es",
        ("Alejandra Nava", "Diseñadora gráfica", "Ciudad de México"),
        "Hola Valeria, soy egresada de la UNAM también (Diseño y Comunicación Visual, FAD). Me "
        "encantó ver a otra puma haciendo diseño en fintech.",
        LIKELY,
        ("fellow_alumni", "same_industry"),
        mutual=4,
        comment="'otra puma haciendo diseño en fintech' implies the writer is in fintech too: "
        "same_industry is debatable, fellow_alumni is not",
    ),
    case(
        "506-me-paso-tu-contacto-es",
        "classic",
        "es",
        ("Gerardo Luna", "Fundador en Cajita", "Ciudad de México"),
        "Fernanda Ruiz me pasó tu contacto; dice que eres la persona indicada para platicar de "
        "investigación con usuarios en banca.",
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "507-armando-equipo-es",
        "modern",
        "es",
        ("Rebeca Solís", "VP of Design", "Guadalajara"),
        "Hola Valeria, estoy armando un equipo de diseño para un neobanco en Guadalajara y me "
        "encantaría platicar contigo sobre la posición de Design Lead.",
        LIKELY,
        ("specific_reason", "same_industry"),
        mutual=11,
        comment="a job offer is a specific reason, not a sales pitch; a neobank is my industry",
    ),
    case(
        "508-te-late-un-cafe-es",
        "classic",
        "es",
        ("Emilio Barrios", "Coordinador de proyectos, Fundación Ahorra", "Ciudad de México"),
        "¿Te late tomar un café un día de estos? Trabajo a dos cuadras de sus oficinas en la "
        "Roma y me gustaría platicarte de un proyecto de inclusión financiera para mercados "
        "públicos.",
        LIKELY,
        ("specific_reason", "shared_interests"),
        comment="coffee about a financial-inclusion project of a foundation: a reason, no sale",
    ),
    case(
        "509-que-onda-maestria-es",
        "modern",
        "es",
        ("Alberto Peña", "Diseñador de servicios", "Ciudad de México"),
        "Qué onda Valeria, soy Beto, fuimos compañeros en la maestría de la Ibero. ¡Cuánto tiempo!",
        LIKELY,
        ("fellow_alumni", "met_in_person"),
        mutual=12,
        comment="classmates: fellow alumni who also know each other in person",
    ),
    case(
        "510-neobank-research-en",
        "modern",
        "en",
        ("Larissa Campos", "UX Researcher", "São Paulo, Brazil"),
        "Hi Valeria, I'm a researcher at a Brazilian neobank and your case study on onboarding "
        "for unbanked users was super useful for our team. Would love to swap notes on "
        "financial inclusion.",
        LIKELY,
        ("same_industry", "shared_interests"),
        mutual=2,
    ),
    case(
        "511-ds-latam-pt",
        "classic",
        "es",
        ("Marcelo Ferreira", "Design Ops", "Belo Horizonte, Brasil"),
        "Oi Valeria! Também faço parte do Design Systems Latam, vi sua apresentação sobre "
        "tokens no último encontro online. Vamos trocar figurinhas?",
        LIKELY,
        ("same_groups",),
        comment="'trocar figurinhas' = swap ideas; same group stated in so many words",
    ),
    case(
        "512-accessibility-bank-fr",
        "modern",
        "en",
        ("Amélie Gagnon", "Conseillère en accessibilité numérique", "Montréal, Canada"),
        "Bonjour Valeria, je travaille sur l'accessibilité numérique dans une banque à "
        "Montréal et j'ai beaucoup aimé votre article sur les lecteurs d'écran. Au plaisir "
        "d'échanger !",
        LIKELY,
        ("shared_interests", "same_industry"),
        mutual=1,
    ),
    case(
        "513-diego-vacante-es",
        "classic",
        "es",
        ("Andrés Rivas", "Diseñador de producto", "Puebla"),
        "Valeria, te escribo porque Diego Salinas me contó que están buscando diseñadores con "
        "experiencia en pagos. Me interesa mucho la vacante.",
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "514-jurado-ibero-es",
        "modern",
        "es",
        ("Lucía Ibarra", "Profesora de Diseño de Interacción", "Ciudad de México"),
        "Hola Valeria, doy clases de diseño de interacción y quisiera invitarte como jurado "
        "de los proyectos finales de mis alumnos en diciembre. ¿Te interesaría?",
        LIKELY,
        ("specific_reason",),
        mutual=7,
    ),
    case(
        "515-article-quote-en",
        "classic",
        "en",
        ("Hannah Brooks", "Writer, UX Collective", "London, United Kingdom"),
        "Hi Valeria, I'm writing a piece on design systems in Latin American fintechs and "
        "would love to quote you. Could you spare 10 minutes for a call?",
        LIKELY,
        ("specific_reason",),
        comment="a journalist's interview request: specific, not a pitch",
    ),
    # -- more pitches and weak signals ---------------------------------------------------------
    case(
        "601-pitch-course-es",
        "modern",
        "es",
        ("Diana Carrillo", "Fundadora en Escuela Palabra UX", "Ciudad de México"),
        "Hola Valeria 👋 Lanzamos el bootcamp de UX writing más completo de LATAM, con 30% de "
        "descuento para líderes de diseño hasta el viernes. ¿Te comparto el temario?",
        LOOK,
        mutual=2,
        comment="sales pitch (a course), even though UX writing is one of my interests",
    ),
    case(
        "602-pitch-alianza-es",
        "classic",
        "es",
        ("Marco Antonio Reyes", "Business Development en Nearshore Devs", "Monterrey"),
        "Hola Valeria, en Nearshore Devs buscamos alianzas estratégicas con fintechs como "
        "Kolibri: te ofrecemos desarrolladores senior desde 25 USD la hora. ¿Agendamos una "
        "llamada?",
        LOOK,
        comment="an 'alianza' that is a sale of developer hours: pitch, whatever else it names",
    ),
    case(
        "603-pitch-plugin-en",
        "modern",
        "en",
        ("Jake Morrison", "Co-founder, Stackbloc", "Austin, Texas"),
        "Hi Valeria, we help fintech design teams ship accessible components 2x faster with "
        "our Figma plugin. Worth a quick chat?",
        LOOK,
        mutual=1,
        comment="software pitch; names my industry and interest only to sell",
    ),
    case(
        "604-pitch-recruiting-agency-es",
        "classic",
        "es",
        ("Silvia Montes", "Headhunter en TalentoTech", "Ciudad de México"),
        "Valeria, buen día. Somos una agencia de reclutamiento especializada en perfiles de "
        "producto; ayudamos a empresas como la tuya a cubrir vacantes en menos de 15 días. "
        "¿Tienes 10 minutos esta semana?",
        LOOK,
        comment="selling recruiting services to her company: pitch",
    ),
    case(
        "605-weak-school-headline",
        "classic",
        "es",
        ("Patricia Olvera", "Profesora en la Universidad Iberoamericana", "Ciudad de México"),
        None,
        LOOK,
        stock="es",
        comment="stock note; headline names one of my schools (weak)",
    ),
    case(
        "606-weak-group-headline",
        "modern",
        "es",
        ("Mauricio Téllez", "Organizador en IxDA Ciudad de México", "Ciudad de México"),
        None,
        LOOK,
        mutual=5,
        comment="no note; headline names one of my groups (weak)",
    ),
    # -- more generic notes: warm, but they say nothing ----------------------------------------
    case(
        "701-formar-parte-de-tu-red-es",
        "classic",
        "es",
        ("Claudia Serrano", "Ejecutiva de cuenta en Seguros Atlas", "Ciudad de México"),
        "Me encantaría formar parte de tu red. ¡Saludos!",
        GENERIC,
    ),
    case(
        "702-admiro-tu-trayectoria-es",
        "modern",
        "es",
        ("Jesús Orozco", "Estudiante de Administración", "Hermosillo"),
        "Hola Valeria, admiro mucho tu trayectoria. Sería un honor conectar contigo.",
        GENERIC,
        mutual=1,
    ),
    case(
        "703-saludos-desde-monterrey-es",
        "classic",
        "es",
        ("Roberto Elizondo", "Gerente de Ventas en Aceros Regios", "Monterrey"),
        "Saludos desde Monterrey 🙂 ¡Conectemos!",
        GENERIC,
    ),
    case(
        "704-profesionales-del-medio-es",
        "modern",
        "es",
        ("Miguel Ángel Soto", "Consultor independiente", "Ciudad de México"),
        "Hola Valeria, siempre es bueno conocer a más profesionales del medio. Quedo a tus "
        "órdenes.",
        GENERIC,
        mutual=3,
        comment="'del medio' names no field; nothing about the writer: generic",
    ),
    case(
        "705-own-facts-only-es",
        "classic",
        "es",
        ("Adriana Vega", "Asesora patrimonial", "Ciudad de México"),
        "Hola Valeria, vi que trabajas en Kolibri Pagos y que estudiaste en la UNAM. ¡Qué buen "
        "perfil! Me encantaría conectar.",
        GENERIC,
        comment="restates my own organization and school; says nothing the writer shares with "
        "me: no answer",
    ),
    case(
        "706-grow-together-en",
        "modern",
        "en",
        ("Steve Carter", "Entrepreneur | Investor | Speaker", "Miami, Florida"),
        "Hi Valeria, your profile really stands out. Let's connect and grow together!",
        GENERIC,
        mutual=2,
    ),
    case(
        "707-bendiciones-es",
        "classic",
        "es",
        ("Guadalupe Herrera", "Asistente administrativa", "Oaxaca"),
        "Hola Valeria, ¡feliz inicio de semana! Te envío invitación para conectar. Bendiciones.",
        GENERIC,
    ),
    case(
        "708-below-threshold",
        "modern",
        "es",
        ("Sergio Campos", "Gerente de Compras en Liverpool", "Ciudad de México"),
        None,
        GENERIC,
        mutual=14,
        comment="no note; 14 connections in common is below my threshold of 15",
    ),
    case(
        "709-abraco-pt",
        "modern",
        "es",
        ("Juliana Rocha", "Analista Financeira", "Porto Alegre, Brasil"),
        "Olá Valeria, tudo bem? Gostaria de fazer parte da sua rede de contatos. Abraços!",
        GENERIC,
        mutual=1,
    ),
]

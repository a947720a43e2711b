"""Held-out invitations for Andrés Felipe Restrepo, structural engineer and project director.

Bogotá, Colombia. Spanish interface for most invitations, English for some. Notes mostly in
Colombian Spanish (usted and tú, "Ingeniero", "quedo atento"), some in English, a few in Portuguese,
and single notes in German, French, Italian and Indonesian. One invitation for every likely-accept,
needs-a-look and generic sample of tests/fixtures/linkedin (the same kind of case, written from
scratch for this recipient), then a second pass over the same kinds with other writers and other
wording, plus a few kinds the samples lack (a pitch from someone he really met, a vague note with
many connections in common, a school named only in the headline, a casual note with typos). The
builder has no reminder, HTML-only, bad-charset or unterminated-multipart layout: those kinds are
written as ordinary invitations of the same category. Labels follow DESIGN.md's "Categories", as the
recipient would judge the note, written without looking at the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

CIVIL = Recipient(
    name="Andrés Felipe Restrepo",
    address="andres.restrepo@example.com.co",
    headline="Director de Proyectos e Ingeniero Estructural en Cóndor Infraestructura",
    profile_slug="andres-felipe-restrepo-ing",
)

CIVIL_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Andrés Felipe Restrepo"
organizations = ["Cóndor Infraestructura", "Empresa Metro de Bogotá", "Ingetec"]
schools = ["Universidad de los Andes", "Universidad Politécnica de Madrid"]
industries = ["civil engineering", "structural engineering", "infrastructure", "construction"]
interests = [
    "seismic design", "bridge engineering", "BIM", "concrete structures",
    "public-private partnerships",
]
groups = [
    "Sociedad Colombiana de Ingenieros", "Asociación Colombiana de Ingeniería Sísmica",
    "Cámara Colombiana de la Infraestructura", "American Concrete Institute",
]
events = [
    "Congreso Nacional de Infraestructura 2026", "Congreso Nacional de Ingeniería Sísmica 2026",
    "Expoconstrucción y Expodiseño 2026",
]
contacts = ["Catalina Ospina", "Juan Pablo Mejía", "Gustavo Londoño"]

# Other names people use for the same thing.
[aliases]
"Cóndor Infraestructura" = ["Cóndor", "Condor Infraestructura", "Grupo Cóndor"]
"Empresa Metro de Bogotá" = ["Metro de Bogotá", "EMB"]
"Universidad de los Andes" = ["Uniandes", "los Andes", "uniandino", "uniandina"]
"Universidad Politécnica de Madrid" = [
    "UPM", "Politécnica de Madrid", "Escuela de Caminos de Madrid",
]
"civil engineering" = ["ingeniería civil", "obras civiles"]
"structural engineering" = ["ingeniería estructural", "estructuras"]
"infrastructure" = ["infraestructura"]
"construction" = ["construcción", "constructora"]
"seismic design" = ["diseño sísmico", "diseño sismorresistente", "NSR-10", "aislamiento sísmico"]
"bridge engineering" = ["puentes", "bridges", "viaductos"]
"concrete structures" = ["concreto", "concreto reforzado", "concrete"]
"public-private partnerships" = ["APP", "asociaciones público-privadas", "4G"]
"Sociedad Colombiana de Ingenieros" = ["SCI"]
"Asociación Colombiana de Ingeniería Sísmica" = ["AIS"]
"Cámara Colombiana de la Infraestructura" = ["CCI"]
"American Concrete Institute" = ["ACI"]
"Congreso Nacional de Infraestructura 2026" = [
    "Congreso Nacional de Infraestructura", "Congreso de Infraestructura", "congreso de la CCI",
]
"Congreso Nacional de Ingeniería Sísmica 2026" = [
    "Congreso Nacional de Ingeniería Sísmica", "Congreso de Ingeniería Sísmica",
]
"Expoconstrucción y Expodiseño 2026" = ["Expoconstrucción", "Expoconstruccion"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 15
"""

_REFERRAL = (
    "Catalina Ospina me sugirió contactarlo por el diseño de los viaductos para la licitación "
    "del Regiotram del Norte."
)
_REFERRAL_2 = (
    "Buenas tardes Andrés, Juan Pablo Mejía me dijo que usted es la persona indicada para "
    "preguntar sobre reforzamiento de puentes antiguos en la red terciaria. ¿Tendría unos "
    "minutos para una llamada?"
)

CIVIL_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-congress",
        "classic",
        "es",
        ("Mauricio Cárdenas", "Ingeniero Residente en Conconcreto", "Cartagena, Bolívar"),
        "Ingeniero Andrés, un gusto conocerlo en el Congreso Nacional de Infraestructura en "
        "Cartagena la semana pasada. Fui el que le preguntó por los pilotes del puente de "
        "Honda. Quedo atento para seguir en contacto.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "es",
        (
            "Valentina Herrera",
            "Ingeniera Geotecnista en Cóndor Infraestructura",
            "Bogotá, D.C., Colombia",
        ),
        "Hola Andrés, acabo de entrar al área de geotecnia de Cóndor Infraestructura y me "
        "gustaría conectar con los compañeros de las otras áreas.",
        LIKELY,
        ("same_organization",),
        mutual=11,
    ),
    case(
        "003-same-org-past",
        "classic",
        "es",
        ("Germán Salazar", "Especialista Hidráulico en Hidrosfera Consultores", "Medellín"),
        "Andrés, coincidimos en Ingetec allá por 2013 (yo estaba en el equipo de hidráulica). "
        "Sería muy bueno retomar el contacto.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "es",
        ("Luz Marina Pérez", "Gerente en Pérez & Asociados Interventorías", "Medellín, Antioquia"),
        "Buenas tardes Ingeniero, dirijo una pequeña firma de interventoría de obras civiles en "
        "Medellín y siempre me interesa aprender de colegas del sector de infraestructura.",
        LIKELY,
        ("same_industry",),
        mutual=4,
    ),
    case(
        "005-shared-interest",
        "classic",
        "es",
        ("Sebastián Ríos", "Estudiante de Maestría en Universidad Nacional de Colombia", "Bogotá"),
        "Hola Andrés, leí su artículo sobre diseño sísmico de puentes en zonas de amenaza alta. "
        "Es justo lo que estoy trabajando en mi tesis.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "es",
        ("Paola Andrea Giraldo", "Ingeniera Estructural en Giraldo Diseños", "Pereira, Risaralda"),
        "Hola Andrés, ambos somos miembros de la Asociación Colombiana de Ingeniería Sísmica. "
        "Me gustó mucho su comentario en la discusión sobre la actualización de la NSR-10.",
        LIKELY,
        ("same_groups",),
        mutual=7,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "es",
        ("Ricardo Villamil", "Gerente de Licitaciones en Constructora Sabana", "Bogotá"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "es",
        ("Camilo Zuluaga", "Jefe de Obra en Amarilo", "Barranquilla, Atlántico"),
        "¡Hola Andrés! Uniandino también, promoción 2010. ¡Un saludo desde Barranquilla!",
        LIKELY,
        ("fellow_alumni",),
        mutual=3,
    ),
    case(
        "009-specific-site-visit",
        "classic",
        "es",
        ("Diana Marcela Rojas", "Coordinadora de Prácticas en Universidad de La Salle", "Bogotá"),
        "Hola Andrés, coordino las prácticas del programa de ingeniería civil en la Universidad "
        "de La Salle y quisiéramos organizar una visita técnica de los estudiantes a una de sus "
        "obras este semestre. ¿Podríamos hablar?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "010-specific-question",
        "modern",
        "es",
        ("Santiago Mora", "Estudiante de Ingeniería Civil en Pontificia Universidad Javeriana", ""),
        "Ingeniero, una pregunta rápida: ¿su empresa recibe practicantes para el primer semestre "
        "de 2027? Me interesa mucho trabajar en diseño de estructuras.",
        LIKELY,
        ("specific_reason",),
        comment="a student asking about an internship: a concrete request, not a pitch",
    ),
    case(
        "011-met-pt",
        "modern",
        "es",
        ("Rafael Nogueira", "Engenheiro de Pontes na Arteris", "São Paulo, Brasil"),
        "Olá Andrés, nos conhecemos no Congresso Nacional de Infraestrutura em Cartagena. "
        "Adoraria manter contato!",
        LIKELY,
        ("met_in_person",),
        mutual=2,
    ),
    case(
        "012-alumni-de",
        "modern",
        "es",
        ("Matthias Hofer", "Projektingenieur bei Strabag", "Wien, Österreich"),
        "Hallo Andrés, wir haben beide an der Universidad Politécnica de Madrid studiert "
        "(Caminos). Ich würde mich freuen, mit einem ehemaligen Kommilitonen in Kontakt zu "
        "bleiben.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-panel",
        "modern",
        "es",
        ("Natalia Quintero", "Arquitecta en Taller Quintero", "Bogotá, D.C."),
        "¡Gracias por la excelente conversación después de su panel en Expoconstrucción!",
        LIKELY,
        ("met_in_person",),
        mutual=13,
    ),
    case(
        "014-specific-it",
        "modern",
        "es",
        ("Federica Lombardi", "Ricercatrice presso Politecnico di Milano", "Milano, Italia"),
        "Ciao Andrés, sto organizzando un seminario sulla progettazione sismica dei ponti a "
        "Bogotá con il Politecnico di Milano e vorrei invitarti come relatore.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "es",
        ("Ricardo Villamil", "Gerente de Licitaciones en Constructora Sabana", "Bogotá"),
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
        ("Jorge Iván Ocampo", "Profesor Asociado en Universidad de Caldas", "Manizales, Caldas"),
        "Hola Andrés, qué bueno conocerlo en el Congreso Nacional de Ingeniería Sísmica en "
        "Manizales. Sigamos en contacto.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-note",
        "classic",
        "es",
        ("Felipe Arango", "Gerente Comercial en Prefabricados del Valle", "Cali, Valle del Cauca"),
        "<script>alert('x')</script> Hola Andrés, nos conocimos en Expoconstrucción & hablamos "
        "de <i>prefabricados</i>.",
        LIKELY,
        ("met_in_person",),
        comment="note contains markup that must be shown as text, never executed (the builder "
        "cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "es",
        ("Laura Cristina Bermúdez", "Profesional Especializada en Gobernación de Cundinamarca", ""),
        "Andrés, yo también soy egresada de los Andes (maestría en ingeniería civil, 2016) y "
        "ahora trabajo en la Secretaría de Infraestructura de Cundinamarca.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "es",
        ("Hernando Pardo", "Consultor en Contratación Estatal", "Tunja, Boyacá"),
        "Hola Andrés, también soy miembro de la SCI — me encantaría intercambiar ideas sobre "
        "contratación pública de obras.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "es",
        ("Andrea Salcedo", "Coordinadora BIM en Ayesa", "Bogotá, D.C., Colombia"),
        "Hola Andrés, yo también trabajo en modelado BIM de puentes y me encantaría intercambiar "
        "experiencias sobre coordinación 4D en obra.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "es",
        ("Daniel Echeverri", "Growth Manager en ObraSync", "Medellín, Antioquia"),
        "Hola Andrés, ayudamos a constructoras a reducir en un 30% los retrasos de obra con "
        "nuestra plataforma en la nube. ¿Tiene 15 minutos esta semana para una demo?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "es",
        ("Yesenia Castaño", "Ejecutiva Comercial en TalentoPro Outsourcing", "Bogotá"),
        "Ingeniero Andrés, nuestra agencia ofrece dibujantes y técnicos por outsourcing a "
        "tarifas muy competitivas. ¿Le puedo enviar nuestro portafolio con precios?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "es",
        ("Wilmer Patiño", "Inspector de Obra en Cóndor Infraestructura", "Soacha, Cundinamarca"),
        None,
        LOOK,
        stock="es",
        comment="stock note; headline names my current organization (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "es",
        ("Adriana Montoya", "Directora Financiera en Textiles Fabricato", "Medellín, Antioquia"),
        None,
        LOOK,
        mutual=32,
        comment="no note; 32 connections in common, threshold 15 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "es",
        ("Carolina Vega", "Gerente de Proyectos en Globex Ingeniería", "Bogotá"),
        "Hola Andrés, nos conocimos en el Congreso de Infraestructura. Por favor confirme su "
        "cuenta para ver mi mensaje.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-notificaciones.com",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "106-weak-industry-headline",
        "classic",
        "es",
        ("Óscar Bohórquez", "Consultor Independiente | Infraestructura Vial | Interventoría", ""),
        None,
        LOOK,
        stock="es",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "es",
        ("Esteban Kroll", "Director en Meridian Capital Partners", "Panamá, Panamá"),
        "Hola Andrés, ¡compañero uniandino! Por favor revise el documento que le compartí.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed school is not "
        "counted, as in the samples",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Kevin Marsh", "Regional Sales Manager at Sunbelt Insurance", "Orlando, Florida"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "202-stock-es",
        "classic",
        "es",
        ("Jhon Fredy Cárdenas", "Asesor Comercial en Seguros Bolívar", "Ibagué, Tolima"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "es",
        ("Marco Gentile", "Consulente finanziario presso Banca Mediolanum", "Torino, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "es",
        ("Brayan Steven Ruiz", "Emprendedor | Trader | Cripto", "Cali, Valle del Cauca"),
        None,
        GENERIC,
    ),
    case(
        "205-custom-vague",
        "modern",
        "es",
        ("Marcela Duarte", "Ejecutiva de Cuenta en Claro Colombia", "Bogotá, D.C., Colombia"),
        "Hola Andrés, vi su perfil y me encantaría conectar con usted.",
        GENERIC,
        mutual=1,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "es",
        ("Alexander Gómez", "CEO en AG Inversiones", "Bucaramanga, Santander"),
        "¡Hola! Ampliando mi red con grandes profesionales como usted. ¡Conectemos!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "es",
        ("Hernán Gil", "Asesor Inmobiliario en Century 21", "Chía, Cundinamarca"),
        "Me gustaría agregarte a mi red profesional en LinkedIn.\n- Hernán Gil",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "es",
        ("Jürgen Vogt", "Vertriebsleiter bei Vogt Logistik GmbH", "Hamburg"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "es",
        ("Nicolas Lefebvre", "Conseiller en gestion de patrimoine chez AXA", "Lyon"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "es",
        ("Juan David Salas", "Estudiante en Colegio San Bartolomé", "Bogotá, D.C."),
        "Hola Andrés, espero que esté muy bien. Conectemos.",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "es",
        ("Thiago Carvalho", "Corretor de Imóveis na Lopes", "Curitiba, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-site-visit",
        "classic",
        "es",
        ("Julián Becerra", "Ingeniero de Interventoría en Consorcio Interventor 72", "Bogotá"),
        "Andrés, fue un placer conversar con usted en el recorrido por el viaducto de la calle 72 "
        "el jueves. Yo era el de la interventoría que preguntaba por el izaje de las dovelas. "
        "Ojalá sigamos en contacto.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "022-same-org-current-alias",
        "modern",
        "es",
        ("Mónica Lizarazo", "Analista de Costos y Presupuestos", "Bogotá, D.C., Colombia"),
        "Buenos días Ingeniero. Entré el mes pasado como analista de costos en Cóndor y estoy "
        "tratando de conocer a los directores de proyecto.",
        LIKELY,
        ("same_organization",),
        mutual=9,
    ),
    case(
        "023-same-org-past-alias",
        "classic",
        "es",
        ("Esperanza Téllez", "Abogada Predial", "Bogotá"),
        "Hola Andrés! Trabajamos juntos en el Metro de Bogotá en 2019 y 2020, yo estaba en el "
        "equipo de gestión predial. Espero que estés muy bien.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry-en",
        "modern",
        "en",
        ("Ryan Whitaker", "Senior Structural Engineer at Walter P Moore", "Houston, Texas"),
        "Hi Andrés, I'm a structural engineer at a design firm in Houston and I like keeping in "
        "touch with structural engineers working in Latin America.",
        LIKELY,
        ("same_industry",),
        mutual=2,
    ),
    case(
        "025-shared-interest",
        "classic",
        "es",
        ("Tatiana Aldana", "Ingeniera de Diseño en Estructuras Aldana", "Villavicencio, Meta"),
        "Ingeniero, vi la presentación que publicó sobre aisladores sísmicos en hospitales. "
        "Estoy haciendo mi maestría en diseño sismorresistente y el tema me apasiona.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group",
        "modern",
        "es",
        ("Fernando Umaña", "Vicepresidente Técnico en Concesionaria Vial del Pacífico", "Cali"),
        "Buenas, Andrés. Leí su publicación en el grupo de la Cámara Colombiana de la "
        "Infraestructura sobre las concesiones de cuarta generación. También soy afiliado, un "
        "gusto conectar.",
        LIKELY,
        ("same_groups",),
        mutual=12,
    ),
    case(
        "027-mutual-referral",
        "classic",
        "es",
        ("Gloria Inés Vargas", "Secretaria de Obras Públicas en Alcaldía de Fusagasugá", ""),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "028-alumni",
        "modern",
        "es",
        ("Álvaro Medina", "Jefe de Estudios en Sacyr Concesiones", "Madrid, España"),
        "Andrés, ¡saludos de otro exalumno de la Politécnica de Madrid! Hice el máster en la "
        "Escuela de Caminos un par de años después que tú.",
        LIKELY,
        ("fellow_alumni",),
        mutual=5,
    ),
    case(
        "029-specific-interview",
        "classic",
        "es",
        ("Catalina Pinzón", "Periodista en Portafolio", "Bogotá"),
        "Hola Andrés, soy periodista de Portafolio y estoy preparando un informe sobre los "
        "retrasos en las obras del metro. ¿Estaría dispuesto a darme una entrevista corta la "
        "próxima semana?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "030-specific-question",
        "modern",
        "es",
        ("Beatriz Helena Cortés", "Docente Pensionada", "Chía, Cundinamarca"),
        "Ingeniero Restrepo, buenas tardes. Mi casa en Chía quedó con unas grietas en un muro de "
        "carga después del temblor de septiembre y quisiera saber si su empresa hace peritajes "
        "o si me podría recomendar a alguien de confianza.",
        LIKELY,
        ("specific_reason",),
        comment="asks for help, sells nothing: a specific reason, not a pitch",
    ),
    case(
        "031-met-pt",
        "modern",
        "es",
        ("Juliana Prado", "Gerente de Engenharia na Cassol Pré-Fabricados", "Curitiba, Brasil"),
        "Oi Andrés! A gente se conheceu na Expoconstrucción em Bogotá, depois da palestra sobre "
        "pontes pré-moldadas. Foi ótimo conversar com você.",
        LIKELY,
        ("met_in_person",),
        mutual=1,
    ),
    case(
        "032-alumni-fr-base64",
        "classic",
        "es",
        ("Guillaume Moreau", "Ingénieur Ouvrages d'Art chez Egis", "Paris"),
        "Bonjour Andrés, j'ai moi aussi fait mon master à l'Universidad Politécnica de Madrid "
        "(2012). Ravi de retrouver un ancien de l'UPM en Colombie !",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "033-met-talk-en",
        "modern",
        "en",
        ("Emily Chen", "Seismic Engineer at Arup", "San Francisco, California"),
        "Really enjoyed your talk in Manizales at the seismic engineering congress, and thanks "
        "for taking my question on base isolation afterwards!",
        LIKELY,
        ("met_in_person",),
        mutual=6,
        comment="she spoke to him after his talk: a meeting, however brief",
    ),
    case(
        "034-specific-id",
        "modern",
        "es",
        ("Rizky Pratama", "Insinyur Jembatan di PT Wijaya Karya", "Jakarta, Indonesia"),
        "Halo Andrés, saya insinyur jembatan di Jakarta dan sedang meneliti isolasi seismik "
        "untuk jembatan di zona gempa tinggi. Bolehkah saya bertanya tentang pengalaman Anda "
        "dengan proyek serupa di Bogotá?",
        LIKELY,
        ("shared_interests", "specific_reason"),
    ),
    case(
        "035-resent-of-027",
        "classic",
        "es",
        ("Gloria Inés Vargas", "Secretaria de Obras Públicas en Alcaldía de Fusagasugá", ""),
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
        ("Iván Darío Henao", "Gerente General en Henao Ingenieros", "Cartagena, Bolívar"),
        "Andrés, qué gusto saludarlo en el coctel de cierre del Congreso Nacional de "
        "Infraestructura. ¡Nos vemos en el próximo!",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "037-markup-in-note-and-headline",
        "classic",
        "es",
        (
            "Sara Villegas",
            "Ingeniera de Proyectos <b>Puentes & Túneles</b> en Odinsa",
            "Medellín, Antioquia",
        ),
        "Hola Andrés, <b>qué gusto</b> conocerlo en la visita a la obra del puente de la Calle "
        '100 <img src=x onerror="alert(1)"> el sábado!',
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-met-casual-typos",
        "modern",
        "es",
        ("Camilo Andrés Duque", "Ingeniero de Ventas en Cementos Argos", "Bogotá, D.C., Colombia"),
        "q mas andres, nos vimos el sabado en el asado de juan pablo mejia, te agrego por aca "
        "pa no perder el contacto",
        LIKELY,
        ("met_in_person", "mutual_connection"),
        mutual=8,
        comment="lowercase, no accents, Colombian slang; met at a mutual friend's barbecue",
    ),
    case(
        "039-group-dash",
        "classic",
        "es",
        ("Martha Lucía Rincón", "Directora Técnica en Concretos de Alto Desempeño S.A.S.", ""),
        "Andrés — también soy miembro del capítulo colombiano del ACI; me encantaría compartir "
        "experiencias sobre concretos de alto desempeño.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "040-shared-interest-en",
        "modern",
        "en",
        ("Tom Adeyemi", "Bridge Engineer at WSP", "Toronto, Ontario"),
        "Hi Andrés, I also work on precast segmental bridges and would love to swap notes on "
        "erection sequencing sometime.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "111-pitch-saas-en",
        "modern",
        "en",
        ("Jessica Blake", "Account Executive at RebarAI", "Austin, Texas"),
        "Hi Andrés, our AI tool automates rebar detailing and cuts drafting hours by 60%. Could "
        "I show you a quick demo next Tuesday?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "112-pitch-supplier",
        "classic",
        "es",
        ("Édgar Mosquera", "Asesor Comercial en Aditivos Andinos", "Bogotá"),
        "Ingeniero, somos distribuidores de aditivos para concreto con descuentos de hasta el 25% "
        "por volumen. ¿Le puedo enviar una cotización sin compromiso?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "113-weak-past-org-headline",
        "classic",
        "es",
        ("Diego Fernando León", "Profesional de Planeación en Empresa Metro de Bogotá", "Bogotá"),
        None,
        LOOK,
        stock="es",
        comment="stock note; headline names one of my past organizations (weak)",
    ),
    case(
        "114-weak-mutual",
        "modern",
        "es",
        ("Claudia Patricia Niño", "Gerente de Mercadeo en Alpina", "Bogotá, D.C., Colombia"),
        None,
        LOOK,
        mutual=41,
        comment="no note; 41 connections in common, threshold 15 (weak)",
    ),
    case(
        "115-spoof-good-note",
        "modern",
        "es",
        ("Ricardo Salamanca", "Director de Proyectos en Vías del Norte", "Bogotá, D.C."),
        "Andrés, un gusto verlo en Expoconstrucción. Le compartí los planos del proyecto, inicie "
        "sesión aquí para verlos.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-mensajes.co",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "116-weak-school-headline",
        "classic",
        "en",
        ("Mariana Acosta", "Estudiante de Ingeniería Civil en Universidad de los Andes", "Bogotá"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names my school (and my industry): weak only",
    ),
    case(
        "117-dmarc-fail-linkedin-from",
        "classic",
        "es",
        ("Andrés Mauricio Lugo", "Tesorero en Fundación Sísmica Andina", "Bogotá"),
        "Hola Andrés, nos conocimos en el Congreso de Ingeniería Sísmica. Le envío la factura de "
        "la inscripción, ábrala para confirmar su asistencia.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed meeting is not "
        "counted, as in the samples",
    ),
    case(
        "118-pitch-after-meeting",
        "modern",
        "es",
        ("Natalia Sarmiento", "Key Account Manager en ControlObra Software", "Bogotá, D.C."),
        "Andrés, un gusto conocerlo en Expoconstrucción. Como le comenté en el stand, nuestro "
        "software de control de avance ya lo usan más de 200 constructoras. ¿Agendamos una demo "
        "para su equipo?",
        LOOK,
        ("met_in_person",),
        mutual=4,
        comment="a real meeting, but the note is a sales pitch: red flag, needs a look",
    ),
    case(
        "119-vague-with-mutual",
        "modern",
        "es",
        ("Sergio Alarcón", "Gerente de Operaciones en Transportes Sur", "Bogotá, D.C., Colombia"),
        "Hola Andrés, espero que estés bien. Me gustaría conectar contigo.",
        LOOK,
        mutual=18,
        comment="a vague note says nothing, but 18 connections in common reach the threshold "
        "(weak)",
    ),
    case(
        "120-pitch-course",
        "classic",
        "es",
        ("Lina María Ortiz", "Asesora Académica en Campus Gerencial Online", "Bogotá"),
        "Ingeniero, lo invito a nuestro diplomado virtual en gerencia de proyectos con 40% de "
        "descuento hasta este viernes. ¿Le envío el brochure y la forma de pago?",
        LOOK,
        comment="sales pitch (a paid course)",
    ),
    case(
        "221-stock-en",
        "classic",
        "en",
        ("Brandon Hughes", "Financial Advisor at Edward Jones", "Tampa, Florida"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "222-stock-es",
        "modern",
        "es",
        ("Yuliana Correa", "Asesora de Ventas en Falabella", "Medellín, Antioquia"),
        None,
        GENERIC,
        stock="es",
        mutual=2,
    ),
    case(
        "223-stock-fr",
        "classic",
        "es",
        ("Aurélie Fontaine", "Chargée de clientèle chez Crédit Agricole", "Bordeaux"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "224-modern-no-note",
        "modern",
        "en",
        ("Chris Donovan", "Founder | Speaker | Investor", "Miami, Florida"),
        None,
        GENERIC,
        mutual=3,
    ),
    case(
        "225-custom-vague",
        "modern",
        "es",
        ("Johana Restrepo", "Agente de Viajes en Aviatur", "Pereira, Risaralda"),
        "Buenas tardes, encontré su perfil y sería un honor conectar.",
        GENERIC,
        comment="same surname as the recipient: not a reason by itself",
    ),
    case(
        "226-custom-vague-2",
        "classic",
        "es",
        ("Wilson Ramírez", "Coach de Vida y Bienestar", "Neiva, Huila"),
        "Hola!! Siempre buscando crecer mi red con personas inspiradoras. Saludos y bendiciones 🙏",
        GENERIC,
    ),
    case(
        "227-old-stock-signed",
        "classic",
        "en",
        ("Paul Richter", "Insurance Broker at Allianz", "Frankfurt am Main"),
        "I'd like to join your LinkedIn network.\nThanks, Paul",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "228-stock-id",
        "classic",
        "es",
        ("Agus Setiawan", "Sales Supervisor di PT Sinar Abadi", "Bandung, Indonesia"),
        None,
        GENERIC,
        stock="id",
    ),
    case(
        "229-custom-vague-en",
        "modern",
        "en",
        ("Ashley Morgan", "Customer Success Manager at CloudPeak", "Denver, Colorado"),
        "Hi Andrés, impressive profile! Would be great to connect.",
        GENERIC,
        mutual=1,
    ),
    case(
        "230-custom-vague-3",
        "modern",
        "es",
        ("Yeison Barrera", "Técnico en Sistemas", "Soacha, Cundinamarca"),
        "Hola Andrés, veo que tenemos intereses en común. ¡Conectemos y sigamos creciendo!",
        GENERIC,
        comment="claims common interests without naming any",
    ),
    case(
        "231-custom-vague-pt",
        "classic",
        "es",
        ("Fernanda Lima", "Consultora de Vendas na Natura", "Belo Horizonte, Brasil"),
        "Olá Andrés, admiro muito o seu trabalho. Vamos nos conectar!",
        GENERIC,
    ),
]

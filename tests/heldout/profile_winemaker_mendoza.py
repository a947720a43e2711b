"""Held-out invitations for Lucía Fernández, head winemaker at a winery in Mendoza's Uco Valley.

Spanish interface. She studied agronomy at the Universidad Nacional de Cuyo and did a master's
in oenology at the Université de Bordeaux (with a harvest at a Pessac-Léognan château), worked
at a winery in Luján de Cuyo, and now runs the cellar of a winery in Tupungato. About a third of
the notes are in Argentine or Chilean Spanish (voseo, "po", "cachai", nicknames), a few in
Brazilian and European Portuguese and in French, one each in German and Italian, and the rest in
English from importers, sommeliers, wine writers and other winemakers. One invitation for every
likely-accept, needs-a-look and generic sample of tests/fixtures/linkedin (the same kind of case,
written from scratch for this recipient), then a second pass over the same kinds with other
writers and other wording, plus a few kinds the samples lack (an importer looking for producers
who did not meet her at the fair, a student asking for a harvest internship, a chef who names no
mutual friend, a listed contact called by her nickname, a headhunter, a pitch from a cooper she
did meet, a paid "representation" service, a school-only headline, a note that only repeats her
employer back to her, a fan of her wine, a "fellow wine lover"). The builder has no reminder,
HTML-only, bad-charset or unterminated-multipart layout: those kinds are written as ordinary
invitations of the same category. Labels follow DESIGN.md's "Categories", as the recipient would
judge the note, written without looking at the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

ENOLOGA = Recipient(
    name="Lucía Fernández",
    address="lucia.fernandez@example.com.ar",
    headline="Enóloga Jefe | Head Winemaker en Bodega Lagunita Alta",
    profile_slug="lucia-fernandez-enologa",
)

ENOLOGA_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Lucía Fernández"
organizations = ["Bodega Lagunita Alta", "Finca Las Acequias", "Château Brun-Lacoste"]
schools = ["Universidad Nacional de Cuyo", "Université de Bordeaux"]
industries = ["wine", "winemaking", "viticulture", "enology", "wine industry"]
interests = [
    "high-altitude viticulture", "Malbec", "native yeasts", "sustainable viticulture",
    "concrete and amphora ageing", "soil studies",
]
groups = [
    "Mujeres del Vino Argentina", "Círculo de Enólogos de Cuyo",
    "Asociación de Viñateros del Valle de Uco",
]
events = [
    "ProWein 2026", "Wine Paris 2026", "Fiesta Nacional de la Vendimia 2026",
    "Argentina Wine Awards 2026",
]
contacts = ["Martín Aguirre", "Carolina Pizarro", "Jean-Marc Duval"]

# Other names people use for the same thing.
[aliases]
"Bodega Lagunita Alta" = ["Lagunita Alta", "Lagunita"]
"Finca Las Acequias" = ["Las Acequias", "Bodega Las Acequias"]
"Château Brun-Lacoste" = ["Chateau Brun-Lacoste", "Brun-Lacoste"]
"Universidad Nacional de Cuyo" = [
    "UNCuyo", "UNCUYO", "Facultad de Ciencias Agrarias", "FCA UNCuyo", "Agrarias UNCuyo",
]
"Université de Bordeaux" = [
    "Universite de Bordeaux", "University of Bordeaux", "Bordeaux University", "ISVV",
]
"enology" = ["oenology", "enología", "œnologie", "oenologie"]
"winemaking" = ["winemaker", "enólogo", "enóloga", "vinificación"]
"viticulture" = ["viticultura", "viticultor"]
"wine industry" = ["industria vitivinícola", "vitivinicultura", "wine trade"]
"high-altitude viticulture" = ["viticultura de altura", "high altitude vineyards"]
"native yeasts" = [
    "wild ferments", "spontaneous fermentation", "levaduras nativas", "levaduras indígenas",
]
"sustainable viticulture" = ["viticultura sustentable", "viticultura sostenible"]
"concrete and amphora ageing" = ["concrete eggs", "huevos de concreto", "ánforas", "amphorae"]
"soil studies" = ["calicatas", "soil pits", "estudios de suelo"]
"Mujeres del Vino Argentina" = ["Mujeres del Vino"]
"Círculo de Enólogos de Cuyo" = ["Circulo de Enologos de Cuyo", "Círculo de Enólogos"]
"Asociación de Viñateros del Valle de Uco" = [
    "Viñateros del Valle de Uco", "Uco Winegrowers Association",
]
"ProWein 2026" = ["ProWein", "Prowein Düsseldorf"]
"Wine Paris 2026" = ["Wine Paris", "Vinexpo Paris"]
"Fiesta Nacional de la Vendimia 2026" = ["Fiesta de la Vendimia", "Vendimia 2026"]
"Argentina Wine Awards 2026" = ["Argentina Wine Awards"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 12
"""

_REFERRAL = (
    "Martín Aguirre suggested I get in touch: we're looking for a Malbec and a Semillón from "
    "Uco for our UK list next year and he thinks your wines would fit. Could we find a time "
    "to talk?"
)
_REFERRAL_2 = (
    "Oi Lucía, tudo bem? A Carolina Pizarro me passou seu contato. Estamos montando um "
    "portfólio de vinhos de altitude do Valle de Uco para o Brasil e adoraríamos conversar. "
    "Podemos marcar uma call?"
)

ENOLOGA_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-prowein",
        "classic",
        "es",
        ("Oliver Bennett", "Wine Buyer at Harvey & Lyle Merchants", "Bristol, United Kingdom"),
        "Lucía, lovely to meet you on the Argentina stand at ProWein. I was the one who kept "
        "coming back for another pour of the Gualtallary Malbec 😅 Would be great to stay in "
        "touch.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "es",
        ("Valentina Ríos", "Responsable de Turismo en Bodega Lagunita Alta", "Tupungato, Mendoza"),
        "Hola Lucía! Arranqué la semana pasada en el equipo de turismo de Lagunita Alta, todavía "
        "me estoy ubicando. ¡Espero cruzarte pronto por la bodega!",
        LIKELY,
        ("same_organization",),
        mutual=9,
    ),
    case(
        "003-same-org-past",
        "classic",
        "es",
        ("Nicolás Ferreyra", "Enólogo en Bodega Altamira de los Andes", "San Rafael, Mendoza"),
        "Lu, te acordás de mí? Estuvimos juntos en Finca Las Acequias en la vendimia 2016, yo "
        "estaba en la línea de blancos. Me alegra un montón ver todo lo que hiciste en Uco.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "es",
        (
            "Pieter van der Merwe",
            "Winemaker at Klipdrift Hills Estate",
            "Stellenbosch, South Africa",
        ),
        "Hi Lucía, fellow winemaker here, down in Stellenbosch. Always keen to connect with "
        "people making wine in the southern hemisphere and swap notes after harvest.",
        LIKELY,
        ("same_industry",),
        mutual=3,
    ),
    case(
        "005-shared-interest",
        "classic",
        "es",
        ("Hannah Frost", "Research Viticulturist, Oregon State University", "Corvallis, Oregon"),
        "Hi Lucía, I read your post on how the soil pits at 1,300 m changed your picking "
        "decisions. I'm digging the same kind of holes in the Willamette hills (basalt vs. "
        "marine sediment). Fascinating work.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "es",
        ("Florencia Gatica", "Sommelier y comunicadora de vinos", "Córdoba, Argentina"),
        "Hola Lucía, somos compañeras en Mujeres del Vino Argentina. Me encantó tu comentario en "
        "el foro sobre las licencias por maternidad en plena vendimia.",
        LIKELY,
        ("same_groups",),
        mutual=6,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "es",
        ("James Whitaker", "Buying Director at Thornbury Wine Imports", "London, United Kingdom"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "es",
        ("Juliana Sosa", "Ingeniera Agrónoma en INTA", "Luján de Cuyo, Mendoza"),
        "¡Hola Lucía! Otra egresada de la UNCuyo por acá (Agrarias, promo 2007). ¡Qué lindo "
        "encontrarte!",
        LIKELY,
        ("fellow_alumni",),
        mutual=5,
    ),
    case(
        "009-specific-study-trip",
        "classic",
        "es",
        ("Rebecca Hollis", "Programme Director at Vinalia Wine School", "London, United Kingdom"),
        "Hi Lucía, I run the Diploma course at Vinalia Wine School in London and we're bringing "
        "14 students to Mendoza next March. Could your team host us for a barrel tasting at "
        "Lagunita Alta? Happy to work around harvest.",
        LIKELY,
        ("specific_reason",),
        comment="a school asking to visit her winery: a concrete request, not a sales pitch",
    ),
    case(
        "010-specific-question",
        "modern",
        "es",
        ("Tom Gallagher", "Assistant Winemaker at Riverbend Cellars", "Walla Walla, Washington"),
        "Lucía, quick q: do you take international cellar hands for vintage? I've done 4 "
        "harvests in WA and NZ and would love to do 2027 in Uco. Happy to send my CV.",
        LIKELY,
        ("same_industry", "specific_reason"),
        comment="asks for a harvest job himself: a concrete request, not a recruiting pitch",
    ),
    case(
        "011-met-es-chile",
        "modern",
        "es",
        ("Camila Valdebenito", "Enóloga en Viña Cerro Azul", "Santa Cruz, Chile"),
        "Hola Lucía! Nos conocimos en la cata de Malbec y Carmenere en Wine Paris, yo era la "
        "chilena que estaba sentada al lado tuyo jaja. Sigamos en contacto po!",
        LIKELY,
        ("met_in_person",),
        mutual=4,
    ),
    case(
        "012-alumni-de",
        "modern",
        "es",
        ("Jonas Keller", "Kellermeister bei Weingut Hohenlay", "Rheinhessen, Deutschland"),
        "Hallo Lucía, wir haben beide den Master an der Université de Bordeaux gemacht, ich war "
        "2012/13 am ISVV. Würde mich freuen, in Kontakt zu bleiben – vielleicht sieht man sich "
        "ja auf der ProWein!",
        LIKELY,
        ("fellow_alumni",),
        comment="ProWein is only a possible future meeting, not a meeting",
    ),
    case(
        "013-met-masterclass",
        "modern",
        "es",
        ("Priya Menon", "Head Sommelier at Saffron & Vine", "Singapore"),
        "Thank you for the masterclass on altitude and Malbec at Wine Paris, and for your "
        "patience with all my questions at the end!",
        LIKELY,
        ("met_in_person",),
        mutual=2,
    ),
    case(
        "014-specific-it",
        "modern",
        "es",
        (
            "Giorgia Fontana",
            "Responsabile eventi presso Enoteca Regionale Veneta",
            "Verona, Italia",
        ),
        "Ciao Lucía, stiamo organizzando una degustazione di vini di montagna a Verona a "
        "novembre e ci piacerebbe averti come relatrice per la parte argentina. Ti posso "
        "mandare i dettagli?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "es",
        ("James Whitaker", "Buying Director at Thornbury Wine Imports", "London, United Kingdom"),
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
        ("Gustavo Lucero", "Jefe de Viñedos en Bodega Los Chañares", "Tunuyán, Mendoza"),
        "Lucía, un gusto haberte conocido en la Fiesta de la Vendimia el sábado. Me quedé "
        "pensando en lo que contaste de las calicatas en Gualtallary, sigamos en contacto!",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-note",
        "classic",
        "es",
        ("Ethan Cole", "Wine Director at The Larder Group", "Chicago, Illinois"),
        "<script>alert('x')</script> Hi Lucía, we met at ProWein & tasted the "
        "<b>2021 Cabernet Franc</b> from concrete. Still thinking about it.",
        LIKELY,
        ("met_in_person",),
        comment="note contains markup that must be shown as text, never executed (the builder "
        "cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni-fr",
        "classic",
        "es",
        ("Clémence Marchand", "Œnologue conseil chez Vignobles Marchand", "Saint-Émilion, France"),
        "Bonjour Lucía, moi aussi j'ai fait mon master d'œnologie à Bordeaux (promo 2011, "
        "ISVV). Ravie de retrouver une ancienne de l'autre côté de l'Atlantique !",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "es",
        ("Daniel Ostrowski", "Owner & Grower at Finca Piedra Blanca", "Los Chacayes, Mendoza"),
        "Hi Lucía — I'm in the Uco winegrowers' association too (the gringo with the Pinot at "
        "1,400 m in Los Chacayes). Would love to compare notes on frost protection sometime.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "es",
        ("Mariano Quiroga", "Enólogo en Bodega Tres Cerros", "Cafayate, Salta"),
        "Hola Lucía, yo también vengo trabajando con levaduras nativas en Torrontés y Malbec acá "
        "en Cafayate. Me encantaría intercambiar experiencias, sobre todo con las paradas de "
        "fermentación.",
        LIKELY,
        ("shared_interests",),
        mutual=7,
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "es",
        ("Kyle Brennan", "Head of Growth at VineSight AI", "Sacramento, California"),
        "Hi Lucía, VineSight helps wineries cut irrigation costs 30% with satellite NDVI and AI "
        "yield forecasts. Already used by 40+ estates in Mendoza. Free for a 20-min demo "
        "Thursday?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "es",
        ("Romina Paz", "Directora en Enoturismo 360 Agencia Digital", "Ciudad de Mendoza"),
        "Lucía, desde nuestra agencia ayudamos a bodegas a duplicar las reservas de enoturismo "
        "con campañas en Instagram y Google. ¿Te paso una propuesta sin compromiso?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "es",
        ("Hernán Villegas", "Encargado de Logística en Bodega Lagunita Alta", "Tupungato, Mendoza"),
        None,
        LOOK,
        stock="es",
        comment="stock note; headline names my current organization (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "es",
        ("Agustina Morales", "Abogada en Estudio Morales & Asociados", "Mendoza, Argentina"),
        None,
        LOOK,
        mutual=34,
        comment="no note; 34 connections in common, threshold 12 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "modern",
        "es",
        ("Laura Benítez", "Compradora", "Buenos Aires"),
        "Hola Lucía, nos vimos en ProWein. Te compartí la orden de compra por 600 cajas, "
        "ingresá acá para descargarla.",
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
        ("Grant Maxwell", "Winemaker | Viticulture Consultant", "Napa, California"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "es",
        ("Richard Okafor", "Managing Partner at Atlas Beverage Capital", "London"),
        "Hi Lucía, fellow Bordeaux alum! Please review the shared file with the distribution "
        "agreement.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "es",
        ("Brian Cooper", "Insurance Broker at Allianz", "Miami, Florida"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "202-stock-es",
        "classic",
        "es",
        ("Diego Romero", "Asesor Financiero en Banco Nación", "Córdoba, Argentina"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "es",
        ("Luca Moretti", "Agente di commercio presso Fastweb", "Milano, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "es",
        ("Brayden Cole", "Serial Entrepreneur | Web3 | Keynote Speaker", "Dubai"),
        None,
        GENERIC,
        mutual=1,
    ),
    case(
        "205-custom-vague",
        "modern",
        "es",
        ("Melina Castro", "Coach Ontológica", "Rosario, Santa Fe"),
        "Hola Lucía, vi tu perfil y me encantaría sumarte a mi red de contactos. ¡Saludos!",
        GENERIC,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "es",
        ("Josh Turner", "Founder at Turner Growth Labs", "Austin, Texas"),
        "Hey! Always looking to connect with inspiring leaders across industries. Let's grow "
        "together 🚀",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "es",
        ("Patricia Gómez", "Contadora Pública en PG Consultores", "San Juan, Argentina"),
        "Me gustaría agregarte a mi red profesional en LinkedIn.\n- Patricia Gómez",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "es",
        ("Stefan Braun", "Vertriebsleiter bei Würth", "Stuttgart"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "es",
        ("Julien Roux", "Conseiller en patrimoine chez AXA", "Lyon"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "es",
        ("Ashley Morgan", "Customer Success Manager at HubSpot", "Dublin, Ireland"),
        "Hi Lucía, hope you're having a great week. Let's connect!",
        GENERIC,
        mutual=2,
    ),
    case(
        "211-stock-pt",
        "classic",
        "es",
        ("Rafael Costa", "Gerente Comercial na Claro", "Rio de Janeiro, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-winery-visit",
        "classic",
        "es",
        ("Emma Whitfield", "Senior Wine Buyer at Lindholm Vin", "Copenhagen, Denmark"),
        "Lucía! Thanks again for the barrel tasting and the asado at the bodega last Tuesday, "
        "the whole team is still talking about that Semillon. Let's keep in touch, see you in "
        "Düsseldorf!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "022-same-org-current-alias",
        "modern",
        "es",
        ("Tomás Aguilera", "Asistente de Enología", "Tupungato, Mendoza"),
        "holaa lu! soy el nuevo asistente de enologia en Lagunita, entre el lunes para la "
        "vendimia. cualquier cosa que necesites en bodega avisame",
        LIKELY,
        ("same_organization",),
        mutual=14,
    ),
    case(
        "023-same-org-past-fr",
        "classic",
        "es",
        ("Antoine Delmas", "Directeur technique, Domaine des Trois Croix", "Pessac-Léognan"),
        "Lucía, quel plaisir de te retrouver ici ! On a fait les vendanges 2013 ensemble à "
        "Brun-Lacoste, tu étais la stagiaire argentine qui goûtait toutes les cuves. J'espère "
        "que Mendoza te réussit.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry-chile",
        "modern",
        "es",
        ("Felipe Contreras", "Enólogo en Viña Quebrada Honda", "Cauquenes, Chile"),
        "Hola Lucía, soy enólogo en el Maule, trabajo harto con País y Carignan de secano. "
        "Siempre bueno conectar con colegas del otro lado de la cordillera, cachai?",
        LIKELY,
        ("same_industry",),
        mutual=5,
    ),
    case(
        "025-shared-interest",
        "classic",
        "es",
        ("Nadia Hartmann", "PhD Candidate, Wine Microbiology, UC Davis", "Davis, California"),
        "Hi Lucía, your notes on spontaneous fermentation at altitude got passed around our "
        "lab and started a whole debate. My PhD is on non-Saccharomyces yeasts in cool-climate "
        "Malbec, so I'd love to follow your work.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group",
        "modern",
        "es",
        ("Verónica Páez", "Enóloga en Bodega Los Olmos del Este", "San Martín, Mendoza"),
        "Lucía, colega del Círculo de Enólogos de Cuyo! Leí tu respuesta sobre el SO2 en blancos "
        "sin crianza y me sumo a la idea del taller.",
        LIKELY,
        ("same_groups",),
        mutual=10,
    ),
    case(
        "027-mutual-referral-pt",
        "classic",
        "es",
        ("Beatriz Monteiro", "Diretora de Compras na Casa Vinhateira Importadora", "São Paulo"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "028-alumni-bordeaux",
        "modern",
        "es",
        ("Ryan O'Connell", "Winemaker at Glenlough Estate", "Margaret River, Australia"),
        "G'day Lucía, another Uni of Bordeaux oeno grad here (DNO '15), Jean-Marc Duval was my "
        "supervisor too! Funny seeing a familiar name pop up from Mendoza.",
        LIKELY,
        ("fellow_alumni", "mutual_connection"),
        mutual=3,
    ),
    case(
        "029-specific-interview",
        "classic",
        "es",
        ("Alice Carrington", "Contributing Editor at Vinum Quarterly", "London, United Kingdom"),
        "Hi Lucía, I'm writing a feature on women winemakers in the Uco Valley for our spring "
        "issue and would love a 30-min interview (video is fine). Could you also spare a bottle "
        "of the Gualtallary Malbec for the tasting panel?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "030-specific-question-fr",
        "modern",
        "es",
        ("Léa Fontaine", "Étudiante BTSA Viticulture-Œnologie", "Beaune, France"),
        "Bonjour Lucía, je suis en BTS viti-oeno à Beaune et je cherche un stage pour les "
        "vendanges 2027 en Argentine. Est-ce que votre bodega accueille des stagiaires "
        "étrangers ? Merci d'avance !",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "031-met-awards-dinner",
        "modern",
        "es",
        ("Joaquín Maldonado", "Sommelier en Fuego Lento Restaurante", "Buenos Aires"),
        "Lu! Qué bueno haber compartido mesa en la cena de los Argentina Wine Awards, gracias "
        "por toda la data del Cabernet Franc de Gualtallary. Abrazo grande y nos vemos en la "
        "próxima!",
        LIKELY,
        ("met_in_person",),
        mutual=11,
    ),
    case(
        "032-alumni-de",
        "modern",
        "es",
        ("Katharina Vogt", "Önologin bei Weingut Schlossberg", "Pfalz, Deutschland"),
        "Guten Tag Lucía, ich habe auch in Bordeaux studiert (Master Œnologie 2014) und arbeite "
        "jetzt in der Pfalz. Schön, eine Ehemalige in Argentinien zu finden!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "033-met-panel-pt",
        "modern",
        "es",
        ("Ricardo Alves", "Sommelier-chefe no Restaurante Maré Alta", "Lisboa, Portugal"),
        "Olá Lucía, adorei o teu painel sobre vinhos de altitude na ProWein e obrigado pela "
        "conversa depois, no corredor. Abraço de Lisboa!",
        LIKELY,
        ("met_in_person",),
        mutual=4,
    ),
    case(
        "034-specific-it",
        "modern",
        "es",
        ("Elena Rinaldi", "Dottoranda in Viticoltura, Università di Padova", "Padova, Italia"),
        "Ciao Lucía, sto scrivendo la tesi sull'effetto dell'altitudine sul Malbec e vorrei "
        "farti qualche domanda su come gestite la chioma a Gualtallary. Avresti 20 minuti nelle "
        "prossime settimane?",
        LIKELY,
        ("shared_interests", "specific_reason"),
    ),
    case(
        "035-resent-of-027",
        "classic",
        "es",
        ("Beatriz Monteiro", "Diretora de Compras na Casa Vinhateira Importadora", "São Paulo"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="re-sent invitation of 027 (the builder has no reminder layout): same inviter "
        "and note",
    ),
    case(
        "036-no-auth-header-met-pt",
        "classic",
        "es",
        ("Fernanda Ribeiro", "Sommelière no Restaurante Vinha Velha", "Porto Alegre, Brasil"),
        "Lucía, foi um prazer te conhecer na visita à vinícola em setembro! Obrigada pela "
        "paciência com meu portunhol 😄 Nos vemos na Wine Paris.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "037-markup-in-note-and-headline",
        "classic",
        "es",
        ("Pablo Ortiz", "Enólogo <b>Vinos de Altura</b> & Asesor", "Salta, Argentina"),
        "Hola Lucía, <b>genial</b> conocerte en ProWein "
        '<img src=x onerror="alert(1)"> y charlar de huevos de concreto!',
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "es",
        ("Mercedes Funes", "Docente de Enología en Universidad Juan Agustín Maza", "Mendoza"),
        "Lucía, qué alegría! Yo también soy egresada de Agrarias, UNCuyo (2009) y ahora doy "
        "clases en la Maza. Me encantaría sumarte a mis contactos.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "039-group-dash",
        "classic",
        "es",
        ("Grace Whitmore", "Winemaker at Ridgeback Vineyards", "Mendoza, Argentina"),
        "Hi Lucía — fellow Mujeres del Vino member here (yes, they let a gringa from Oregon "
        "in). Loved your thread on childcare during harvest; count me in for the working group.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "040-shared-interest-chile",
        "modern",
        "es",
        ("Ignacio Fuenzalida", "Viticultor en Viñedos Alto Elqui", "Paihuano, Chile"),
        "Hola Lucía, nosotros también hacemos viticultura de altura (2.000 msnm en Elqui) y me "
        "encantaría intercambiar experiencias sobre manejo de la radiación y las heladas.",
        LIKELY,
        ("shared_interests",),
        mutual=6,
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "111-pitch-saas",
        "modern",
        "es",
        ("Megan Tran", "Account Executive at CellarTrack", "Auckland, New Zealand"),
        "Hi Lucía! CellarTrack replaces your cellar spreadsheets: barrel tracking, lab "
        "analyses and SO2 additions in one app. Mendoza wineries get 3 months free. Can I book "
        "you a demo?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "112-pitch-agency-pt",
        "classic",
        "es",
        ("Gustavo Nogueira", "Consultor de Exportação | Vinhos & Destilados", "Curitiba, Brasil"),
        "Olá Lucía! Ajudo vinícolas argentinas a entrar no mercado brasileiro: registro no "
        "MAPA, rotulagem e busca de distribuidores. Posso te enviar nossa apresentação com "
        "valores?",
        LOOK,
        comment="service pitch",
    ),
    case(
        "113-weak-same-org-alias-headline",
        "modern",
        "es",
        ("Esteban Molina", "Jefe de Mantenimiento en Lagunita Alta", "Tupungato, Mendoza"),
        None,
        LOOK,
        mutual=8,
        comment="no note; headline names my current organization by its short name (weak)",
    ),
    case(
        "114-weak-mutual-stock",
        "modern",
        "es",
        ("Gabriela Ruiz", "Odontóloga en Clínica Dental Andes", "Godoy Cruz, Mendoza"),
        None,
        LOOK,
        stock="es",
        mutual=22,
        comment="stock note; 22 connections in common, threshold 12 (weak)",
    ),
    case(
        "115-spoof-good-note-fr",
        "modern",
        "es",
        ("Thomas Reynaud", "Acheteur vins", "Paris, France"),
        "Bonjour Lucía, ravi de vous avoir rencontrée à Wine Paris ! Je vous ai transmis le "
        "contrat d'importation signé : connectez-vous ici pour le consulter avant vendredi.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-securemail.fr",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "116-weak-industry-headline",
        "modern",
        "es",
        ("Bruno Caetano", "Enólogo na Vinícola Serra Alta", "Bento Gonçalves, Brasil"),
        None,
        LOOK,
        mutual=2,
        comment="no note; headline in my industry (weak)",
    ),
    case(
        "117-dmarc-fail-linkedin-from",
        "classic",
        "es",
        ("Daniel Mercer", "Procurement Director at Global Wine Holdings", "Hong Kong"),
        "Lucía, met you at ProWein. Kindly open the attached purchase order and confirm FOB "
        "prices by today.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed meeting is not "
        "counted, as in the samples",
    ),
    case(
        "221-stock-en",
        "classic",
        "es",
        ("Aaron Fields", "Real Estate Agent at Compass", "Los Angeles, California"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "222-stock-es",
        "classic",
        "es",
        ("Mariana López", "Ejecutiva de Cuentas en Movistar", "Santiago, Chile"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "223-stock-it",
        "classic",
        "es",
        ("Giulia Conti", "Consulente finanziaria presso Mediolanum", "Roma, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "224-modern-no-note",
        "modern",
        "es",
        ("Kevin Zhao", "Crypto Investor | Founder | Speaker", "Singapore"),
        None,
        GENERIC,
        mutual=3,
    ),
    case(
        "225-custom-vague-pt",
        "modern",
        "es",
        ("Camila Rocha", "Analista de Marketing na Natura", "São Paulo, Brasil"),
        "Oi Lucía, vi seu perfil e adoraria fazer parte da sua rede. Abraços!",
        GENERIC,
        mutual=1,
    ),
    case(
        "226-custom-vague-fr",
        "classic",
        "es",
        ("Olivier Marchetti", "Consultant en stratégie chez Kerlan Partners", "Paris, France"),
        "Bonjour Lucía, je serais ravi de vous compter parmi mes relations. Belle journée à vous !",
        GENERIC,
    ),
    case(
        "227-old-stock-signed",
        "classic",
        "es",
        ("Mike Harrington", "Financial Advisor at Edward Jones", "Phoenix, Arizona"),
        "I'd like to add you to my professional network on LinkedIn.\nBest, Mike",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "228-stock-de",
        "classic",
        "es",
        ("Thomas Fischer", "Key Account Manager bei Telekom", "Berlin"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "229-stock-fr",
        "classic",
        "es",
        ("Sophie Lambert", "Chargée de communication chez Orange", "Nantes"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "230-custom-vague-chile",
        "modern",
        "es",
        ("Matías Rojas", "Ingeniero Comercial", "Santiago, Chile"),
        "Hola Lucía, ¿cómo estás? Conectemos!",
        GENERIC,
        mutual=2,
    ),
    case(
        "231-stock-pt",
        "classic",
        "es",
        ("Pedro Almeida", "Consultor Imobiliário na Century 21", "Lisboa, Portugal"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- kinds the samples lack -------------------------------------------------------------------
    case(
        "041-importer-did-not-meet",
        "modern",
        "es",
        ("Marta Kowalczyk", "Founder, Andes Wine Imports", "Warsaw, Poland"),
        "We were both at ProWein but never managed to cross paths! I import Argentine wine into "
        "Poland and I'm looking for one or two new producers from Uco for 2027. Would love to "
        "see your price list, keep in tuch.",
        LIKELY,
        ("same_industry", "specific_reason"),
        mutual=4,
        comment="an importer looking for producers (a buyer, not a seller); they were both at "
        "ProWein but did not meet",
    ),
    case(
        "042-harvest-internship-student",
        "modern",
        "es",
        ("Martina Gil", "Estudiante de Ingeniería Agronómica", "Mendoza, Argentina"),
        "Hola Lucía! Estoy en 4to año de Agronomía en la UNCuyo y busco pasantía para la "
        "vendimia 2027. Me encantaría aprender en Lagunita Alta, ¿reciben pasantes? Gracias!!",
        LIKELY,
        ("fellow_alumni", "specific_reason"),
        mutual=3,
        comment="a current student of her university asking for an internship",
    ),
    case(
        "043-chef-unnamed-friend",
        "classic",
        "es",
        ("Andrés Peralta", "Chef Ejecutivo en Brasa y Monte", "Ciudad de Mendoza"),
        "Hola Lucía, un amigo en común me dijo que eras la persona indicada. Estamos armando un "
        "menú de pasos con vinos del Valle de Uco y nos encantaría hacer una cena maridaje con "
        "tus vinos en junio. ¿Lo charlamos?",
        LIKELY,
        ("specific_reason",),
        comment="the friend is not named: no mutual connection; a restaurant wanting to pour "
        "her wines is an opportunity, not a pitch",
    ),
    case(
        "044-contact-nickname-chile",
        "classic",
        "es",
        ("Rodrigo Saavedra", "Enólogo Jefe en Viña Los Boldos Altos", "Colchagua, Chile"),
        "Lucía, la Caro Pizarro me habló muy bien de ti, dice que tenemos que juntarnos a probar "
        "Malbecs de los dos lados de la cordillera. Saludos desde Colchagua!",
        LIKELY,
        ("mutual_connection",),
        comment="Carolina Pizarro, one of my contacts, called by her nickname",
    ),
    case(
        "118-pitch-headhunter",
        "classic",
        "es",
        (
            "Hugo Blanchard",
            "Senior Consultant, Wine & Spirits at VinTalent Search",
            "San Francisco",
        ),
        "Hi Lucía, I'm retained by a premium Napa estate searching for a Director of "
        "Winemaking, Malbec and Bordeaux varieties a must. Open to a confidential chat?",
        LOOK,
        comment="recruitment agency pitch",
    ),
    case(
        "119-pitch-after-meeting",
        "modern",
        "es",
        ("Sebastián Ibarra", "Representante Comercial en Tonnellerie Vauclair", "Luján de Cuyo"),
        "Lucía, un gusto haberte saludado en la Fiesta de la Vendimia. Te cuento que este mes "
        "tenemos 15% off en barricas de roble francés grano extrafino, ¿te paso cotización?",
        LOOK,
        ("met_in_person",),
        mutual=9,
        comment="sales pitch: a red flag whatever else the note answers (they did meet)",
    ),
    case(
        "120-pitch-paid-representation",
        "modern",
        "es",
        ("Chris Donnelly", "Managing Director at Brand Bridge USA", "New York"),
        "Lucía, we represent boutique Argentine wineries in 12 US states. For a monthly retainer "
        "we handle importer outreach, samples and trade tastings. Worth a quick call?",
        LOOK,
        comment="a paid representation service, not a buyer: sales pitch",
    ),
    case(
        "121-weak-school-headline",
        "classic",
        "es",
        (
            "Lautaro Giménez",
            "Estudiante de Ingeniería Agronómica en Universidad Nacional de Cuyo",
            "Mendoza, Argentina",
        ),
        None,
        LOOK,
        stock="es",
        comment="stock note; headline names one of my schools (weak)",
    ),
    case(
        "122-dmarc-fail-plain-note",
        "modern",
        "es",
        ("Natalia Ponce", "Enóloga en Bodega Santa Rita de Uco", "San Carlos, Mendoza"),
        "Hola Lucía, un gusto haber coincidido en la reunión del Círculo de Enólogos el martes. "
        "¡Quedamos en contacto!",
        LOOK,
        auth="fail",
        mutual=7,
        comment="DKIM and DMARC failed: flagged even though the note itself reads as genuine",
    ),
    case(
        "232-only-her-employer",
        "modern",
        "es",
        ("Diego Salinas", "Agente Inmobiliario en Remax", "Chacras de Coria, Mendoza"),
        "Hola Lucía, vi que sos la enóloga de Bodega Lagunita Alta. ¡Sería un placer conectar!",
        GENERIC,
        mutual=4,
        comment="repeats her job from her profile; says nothing of his own link to it",
    ),
    case(
        "233-fan-of-her-wine",
        "classic",
        "es",
        ("Harriet Lowe", "Investment Associate at Barclays", "London, United Kingdom"),
        "Had your Gran Malbec at a friend's dinner last weekend, absolutely stunning wine! Would "
        "love to connect.",
        GENERIC,
        comment="a consumer's praise for her wine: kind, but nothing about the two of them",
    ),
    case(
        "234-fellow-wine-lover",
        "modern",
        "es",
        ("Steve Kaplan", "Regional Sales Manager at Oracle", "Denver, Colorado"),
        "Hi Lucía! Always great to connect with a fellow wine lover 🍷 Cheers!",
        GENERIC,
        mutual=1,
        comment="'wine lover' says nothing specific to a winemaker: no shared interest answered",
    ),
]

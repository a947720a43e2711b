"""Held-out invitations for Beatriz Almeida, senior agronomist in São Paulo, Brazil.

Head of sustainable-farming programs at a crop-science company; studied at ESALQ/USP. English
interface for most invitations, Spanish for some. About a third of the notes are in Portuguese,
a few in Spanish, one or two in German, Italian, French and Indonesian. One invitation for every
likely-accept, needs-a-look and generic sample of the shared samples (the same kind of case,
written from scratch for this recipient), then a second pass over the same kinds with other
writers and other wording, plus a few kinds the samples lack (a pitch that also mentions a real
meeting, a vague note with a weak signal, a spoofed sender with a harmless note, a greeting that
only sounds like a meeting). The builder has no reminder, HTML-only, bad-charset or
unterminated-multipart layout: those kinds are written as ordinary invitations of the same
category. Labels follow DESIGN.md's "Categories", as the recipient would judge the note, written
without looking at the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

AGRONOMIST = Recipient(
    name="Beatriz Almeida",
    address="beatriz.almeida@example.com.br",
    headline="Senior Agronomist | Head of Sustainable Farming Programs at Terra Viva Agrociência",
    profile_slug="beatriz-almeida-agro",
)

AGRONOMIST_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Beatriz Almeida"
organizations = ["Terra Viva Agrociência", "Embrapa Meio Ambiente", "Fundação ABC"]
schools = ["ESALQ/USP", "Unicamp", "Wageningen University"]
industries = ["agronomy", "agriculture", "crop science", "agribusiness"]
interests = [
    "regenerative agriculture", "no-till farming", "cover crops", "soil health",
    "biological inputs", "integrated pest management", "soil carbon",
]
groups = [
    "Sociedade Brasileira de Ciência do Solo", "Rede ILPF", "Núcleo Feminino do Agronegócio",
    "Aapresid",
]
events = [
    "Agrishow 2026", "Congresso Brasileiro de Ciência do Solo 2026", "Congresso Aapresid 2026",
]
contacts = ["Ricardo Tavares", "Fernanda Oliveira", "Hugo Martins"]

# Other names people use for the same thing.
[aliases]
"Terra Viva Agrociência" = ["Terra Viva", "Terra Viva Agrociencia"]
"Embrapa Meio Ambiente" = ["Embrapa"]
"Fundação ABC" = ["Fundacao ABC"]
"ESALQ/USP" = ["ESALQ", "Esalq-USP", "Escola Superior de Agricultura Luiz de Queiroz"]
"Unicamp" = ["Universidade Estadual de Campinas", "State University of Campinas"]
"Wageningen University" = ["Wageningen", "WUR", "Wageningen University & Research"]
"agronomy" = ["agronomia", "agronomist", "agrônomo", "agrônoma", "ingeniero agrónomo"]
"agriculture" = ["agricultura", "farming"]
"agribusiness" = ["agronegócio"]
"crop science" = ["crop protection", "proteção de cultivos"]
"regenerative agriculture" = ["agricultura regenerativa", "regenerative ag"]
"no-till farming" = ["no-till", "plantio direto", "siembra directa"]
"cover crops" = ["plantas de cobertura", "cultivos de cobertura"]
"soil health" = ["saúde do solo", "soil biology"]
"biological inputs" = ["bioinsumos", "bioinputs", "biologicals", "biological control"]
"integrated pest management" = ["IPM", "manejo integrado de pragas", "MIP"]
"soil carbon" = ["carbono no solo", "carbon farming"]
"Sociedade Brasileira de Ciência do Solo" = ["SBCS", "Brazilian Soil Science Society"]
"Rede ILPF" = ["ILPF"]
"Núcleo Feminino do Agronegócio" = ["NFA", "Women in Agribusiness"]
"Aapresid" = ["Asociación Argentina de Productores en Siembra Directa"]
"Agrishow 2026" = ["Agrishow"]
"Congresso Brasileiro de Ciência do Solo 2026" = [
    "CBCS", "CBCS 2026", "Congresso Brasileiro de Ciência do Solo",
]
"Congresso Aapresid 2026" = ["Congreso Aapresid", "Aapresid congress"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 15
"""

_REFERRAL = (
    "Ricardo Tavares suggested I reach out to you about setting up regenerative-agriculture "
    "trials on our sugarcane farms."
)
_REFERRAL_2 = (
    "Oi Beatriz, a Fernanda Oliveira me passou seu contato e disse que você é a pessoa certa "
    "para falar sobre produção de bioinsumos on-farm. Teria uns minutinhos para uma conversa?"
)

AGRONOMIST_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-agrishow",
        "classic",
        "en",
        ("Lucas Ferraz", "Farm Manager at Fazenda Santa Helena", "Sorriso, Mato Grosso"),
        "Hi Beatriz, great meeting you at Agrishow last week in Ribeirão Preto. I was the one "
        "asking about your cover-crop trials in Mato Grosso. Let's keep in touch!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        (
            "Camila Rezende",
            "Analista de Assuntos Regulatórios na Terra Viva Agrociência",
            "São Paulo, Brasil",
        ),
        "Oi Beatriz, acabei de entrar na Terra Viva Agrociência, no time de regulatório, e "
        "queria me conectar com o pessoal de agronomia. Bora marcar um café?",
        LIKELY,
        ("same_organization",),
        mutual=11,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Daniel Okafor", "Soil Microbiologist at Rothamsted Research", "Harpenden, UK"),
        "Beatriz, we overlapped at Embrapa Meio Ambiente in Jaguariúna around 2013 (I was the "
        "visiting postdoc in the soil microbiology lab). Would be great to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        ("Thiago Rocha", "Consultor Técnico em Cafeicultura", "Varginha, Minas Gerais"),
        "Olá Beatriz, sou agrônomo e faço assistência técnica para produtores de café no sul de "
        "Minas. Sempre bom trocar experiência com colegas da área.",
        LIKELY,
        ("same_industry",),
        mutual=4,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Helena Vasquez", "MSc Student, Soil Science at UFPR", "Curitiba, Paraná"),
        "Hi Beatriz, I read your article on bioinputs and soil biology in soybean systems. It's "
        "exactly what my master's project is about.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Rodrigo Meirelles", "Professor de Física do Solo na UFLA", "Lavras, Minas Gerais"),
        "Oi Beatriz, somos membros da Sociedade Brasileira de Ciência do Solo. Gostei muito do "
        "seu comentário na discussão sobre compactação em áreas de plantio direto.",
        LIKELY,
        ("same_groups",),
        mutual=7,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        ("Gustavo Prado", "Agricultural Director at Usina Vale Verde", "Araraquara, São Paulo"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Mariana Couto", "Gerente de Sustentabilidade na Cooperativa Vale do Ivaí", "Maringá"),
        "Oi Beatriz! Também me formei na ESALQ, turma de 2010. Piracicaba sempre no coração!",
        LIKELY,
        ("fellow_alumni",),
        mutual=3,
    ),
    case(
        "009-specific-field-day",
        "classic",
        "en",
        ("Sérgio Nakamura", "Coordinator, Agronomy Technician Program at ETEC", "Piracicaba"),
        "Hi Beatriz, I coordinate the agronomy technician course at a technical school in "
        "Piracicaba and we'd like to bring our students to one of your field days this season. "
        "Could we set up a call?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Otávio Brandão", "Owner, Fazenda Três Marias", "Rio Verde, Goiás"),
        "Beatriz, quick question: does Terra Viva run its regenerative trials with local "
        "growers, or only on research stations? We have 400 ha in Goiás and would be happy to "
        "host one.",
        LIKELY,
        ("specific_reason",),
        comment="a grower offering land for a trial: a concrete request, not a sales pitch",
    ),
    case(
        "011-met-es",
        "modern",
        "es",
        ("Martín Echeverría", "Asesor CREA en Sistemas de Siembra Directa", "Rosario, Argentina"),
        "Hola Beatriz, nos conocimos en el Congreso Aapresid en Rosario. ¡Me encantaría seguir "
        "en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=5,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Anna Hofmann", "Referentin Ackerbau bei Bioland e.V.", "Mainz"),
        "Hallo Beatriz, wir haben beide in Wageningen studiert. Ich würde mich freuen, mit "
        "einer ehemaligen Kommilitonin in Kontakt zu bleiben.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-talk",
        "modern",
        "en",
        ("Paula Lindqvist", "Research Fellow, Soil Carbon at CSIRO", "Canberra, Australia"),
        "Thanks for the great conversation after your talk on no-till and soil structure at the "
        "congress in Florianópolis!",
        LIKELY,
        ("met_in_person",),
        mutual=9,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        ("Giovanni Sartori", "Agronomo presso Coldiretti Emilia-Romagna", "Bologna, Italia"),
        "Ciao Beatriz, sto organizzando un webinar sull'agricoltura rigenerativa per agronomi "
        "italiani e vorrei invitarti come relatrice.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        ("Gustavo Prado", "Agricultural Director at Usina Vale Verde", "Araraquara, São Paulo"),
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
        ("Renata Guimarães", "Coordenadora de Pesquisa na Fundação MT", "Rondonópolis, MT"),
        "Beatriz, foi ótimo te conhecer na Agrishow 2026. Vamos continuar aquela conversa sobre "
        "bioinsumos!",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-note",
        "classic",
        "en",
        ("Felipe Arantes", "Drone Operations Lead at AgroVoo", "Uberlândia, Minas Gerais"),
        "<script>alert('x')</script> Hi Beatriz, we met at the Terra Viva booth at Agrishow & "
        "talked about <i>cover crops</i>.",
        LIKELY,
        ("met_in_person",),
        comment="note contains markup that must be shown as text, never executed (the builder "
        "cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Juliana Campos", "Auditora de Certificação Orgânica no IBD", "Botucatu, São Paulo"),
        "Beatriz, sou formada na ESALQ também (mestrado em fitotecnia, 2016) e hoje trabalho com "
        "certificação orgânica.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "en",
        ("Eduardo Lacerda", "Pecuarista e Produtor de Grãos", "Campo Grande, Mato Grosso do Sul"),
        "Hi Beatriz, fellow Rede ILPF member here — I'd love to compare notes on integrated "
        "crop-livestock systems.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "en",
        ("Priya Raman", "Entomologist at Citrus Research Council", "Riverside, California"),
        "Hi Beatriz, I work on integrated pest management in citrus too and would love to "
        "exchange ideas on biological control of psyllids.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Brandon Hayes", "Account Executive at FieldSync", "Austin, Texas"),
        "Hi Beatriz, I help crop-science companies cut field-trial data entry time by 60% with "
        "our mobile platform. Open to a 15-minute demo this week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-service",
        "classic",
        "en",
        ("Wagner Pires", "Diretor Comercial na SkyPulv Drones", "Londrina, Paraná"),
        "Beatriz, nossa empresa oferece pulverização com drones a preço competitivo para "
        "ensaios de campo. Posso te enviar uma proposta?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Márcio Teixeira", "Field Technician at Terra Viva Agrociência", "Holambra, São Paulo"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names one of my organizations (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Cristiane Lopes", "Gerente de Operações na Transportadora Rápido Sul", "Campinas"),
        None,
        LOOK,
        mutual=31,
        comment="no note; 31 connections in common, threshold 15 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Patrícia Moura", "Gerente de Parcerias na AgroGlobal", "São Paulo"),
        "Oi Beatriz, nos conhecemos na Agrishow. Confirme sua conta para ver minha mensagem.",
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
        ("Rogério Batista", "Agribusiness Consultant | Soybean & Corn | Farm Management", ""),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Victor Hallström", "Managing Director at Nordbridge Capital", "Zug, Switzerland"),
        "Hi Beatriz, fellow ESALQ alum! Please review the document I shared.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Kevin Brooks", "Account Manager at Nova Digital Bank", "Miami, Florida"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "202-stock-es",
        "classic",
        "es",
        ("Ignacio Fuentes", "Ejecutivo Comercial en Inmobiliaria Los Andes", "Santiago, Chile"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Roberto Galli", "Consulente assicurativo presso Assicura Nord", "Torino, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Chad Miller", "Founder | Crypto | Mindset Coach", "Las Vegas, Nevada"),
        None,
        GENERIC,
        mutual=2,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Aline Santos", "Consultora de Beleza Independente", "Guarulhos, São Paulo"),
        "Olá Beatriz, encontrei seu perfil e gostaria muito de me conectar com você.",
        GENERIC,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Tyler Grant", "CEO at Grant Ventures", "Dallas, Texas"),
        "Hello! Always expanding my network with amazing professionals like you. Let's connect!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Marcelo Duarte", "Corretor de Seguros na Duarte & Filhos", "Santo André, São Paulo"),
        "I'd like to add you to my professional network on LinkedIn.\n- Marcelo Duarte",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Tobias Krüger", "Vertriebsleiter bei Krüger Haustechnik", "Hannover"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Mathieu Lefèvre", "Conseiller en gestion de patrimoine chez Patrimoine Conseil", "Lyon"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "es",
        ("Valentina Rojas", "Customer Success en CloudNube", "Bogotá, Colombia"),
        "Hola Beatriz, espero que estés muy bien. ¡Conectemos!",
        GENERIC,
        mutual=1,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Fábio Nogueira", "Vendedor na Auto Center Paulista", "São Paulo, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    case(
        "212-stock-id",
        "classic",
        "en",
        ("Agus Prasetyo", "Sales Supervisor di PT Sinar Elektronik", "Surabaya, Indonesia"),
        None,
        GENERIC,
        stock="id",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-field-day",
        "classic",
        "en",
        ("Adão Schneider", "Produtor Rural", "Rio Verde, Goiás"),
        "Beatriz, prazer ter conversado com você no dia de campo em Rio Verde semana passada. "
        "Sou aquele produtor que perguntou da braquiária consorciada com o milho safrinha. Abraço!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "022-same-org-current-alias",
        "modern",
        "en",
        ("Nathan Cole", "Product Manager, Seed Treatment", "São Paulo, Brazil"),
        "Hello Beatriz! I started last month on the seed-treatment team at Terra Viva and I'm "
        "trying to get to know the sustainability folks.",
        LIKELY,
        ("same_organization",),
        mutual=8,
    ),
    case(
        "023-same-org-past-nickname",
        "classic",
        "en",
        ("Luciana Brandt", "Coordenadora de Laboratório na Cooperativa Castrolanda", "Castro, PR"),
        "Oi Bia, trabalhamos juntas na Fundação ABC lá por 2009, eu era estagiária no "
        "laboratório de solos. Que bom te encontrar por aqui!",
        LIKELY,
        ("same_organization",),
        comment="'Bia' is the usual nickname for Beatriz",
    ),
    case(
        "024-same-industry-es",
        "modern",
        "es",
        ("Hernán Benítez", "Ingeniero Agrónomo | Asesor en Soja y Maíz", "Encarnación, Paraguay"),
        "Hola Beatriz, soy ingeniero agrónomo y asesoro a productores de soja en Itapúa. Siempre "
        "es bueno conectar con colegas del agro en Brasil.",
        LIKELY,
        ("same_industry",),
        mutual=2,
    ),
    case(
        "025-shared-interest",
        "classic",
        "en",
        ("Samuel Ortiz", "Sustainability Analyst at Coopergoiás", "Goiânia, Goiás"),
        "Hi Beatriz, loved your post on measuring soil carbon under no-till. I'm trying to set "
        "up the same kind of monitoring for our cooperative's farmers and your numbers helped "
        "a lot.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group",
        "modern",
        "en",
        ("Tatiana Ribeiro", "Sócia na Ribeiro Agropecuária", "Uberaba, Minas Gerais"),
        "Oi Beatriz, vi seu post no grupo do Núcleo Feminino do Agronegócio sobre mulheres na "
        "pesquisa de campo. Também faço parte do NFA, vamos nos conectar!",
        LIKELY,
        ("same_groups",),
        mutual=6,
    ),
    case(
        "027-mutual-referral",
        "classic",
        "en",
        ("Leandro Vieira", "Gerente Agrícola na Fazenda Boa Esperança", "Luís Eduardo Magalhães"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "028-alumni",
        "modern",
        "en",
        ("Oliver Bennett", "Irrigation Engineer at Valmont", "Omaha, Nebraska"),
        "Beatriz, hello from another Unicamp grad! I did my PhD in agricultural engineering "
        "there a few years after you.",
        LIKELY,
        ("fellow_alumni",),
        mutual=1,
    ),
    case(
        "029-specific-interview",
        "classic",
        "en",
        ("Carolina Mendes", "Repórter na Globo Rural", "São Paulo, Brasil"),
        "Hi Beatriz, I'm a reporter at Globo Rural and we're preparing a piece on regenerative "
        "agriculture in the Cerrado. Would you be open to a 20-minute interview next week?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "030-specific-question",
        "modern",
        "en",
        ("Jorge Kawano", "Aposentado", "Atibaia, São Paulo"),
        "Beatriz, tenho um sítio pequeno em Atibaia e o solo está muito compactado. Você "
        "indicaria algum curso ou material para quem quer começar com plantio direto?",
        LIKELY,
        ("specific_reason",),
        comment="asks for advice, sells nothing: a specific reason, not a pitch",
    ),
    case(
        "031-met-es",
        "modern",
        "es",
        ("Sofía Carranza", "Investigadora en INTA Marcos Juárez", "Córdoba, Argentina"),
        "Hola Beatriz, coincidimos en la gira técnica por los campos de Córdoba el mes pasado. "
        "Fue un gusto charlar contigo sobre cultivos de cobertura.",
        LIKELY,
        ("met_in_person",),
        mutual=3,
    ),
    case(
        "032-alumni-fr",
        "modern",
        "en",
        ("Claire Fontaine", "Chargée de mission agroécologie chez Arvalis", "Boigneville, France"),
        "Bonjour Beatriz, j'ai moi aussi fait mon master à Wageningen (Plant Sciences, 2012). "
        "Ravie de trouver une ancienne de WUR au Brésil !",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "033-met-roundtable",
        "modern",
        "en",
        ("Ana Beatriz Kowalski", "Agronomist at IDR-Paraná", "Londrina, Paraná"),
        "Loved your remarks at the soil-health roundtable in Londrina, and thanks for taking my "
        "question afterwards!",
        LIKELY,
        ("met_in_person",),
        mutual=17,
        comment="she asked a question in person after the roundtable: a meeting, however brief",
    ),
    case(
        "034-specific-de",
        "modern",
        "en",
        ("Jonas Beckmann", "Masterstudent Agrarwissenschaften, Universität Hohenheim", "Stuttgart"),
        "Hallo Beatriz, ich schreibe meine Masterarbeit über Direktsaat in Brasilien. Hätten Sie "
        "im Januar Zeit für ein kurzes Interview per Video?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "035-resent-of-027",
        "classic",
        "en",
        ("Leandro Vieira", "Gerente Agrícola na Fazenda Boa Esperança", "Luís Eduardo Magalhães"),
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
        ("Richard Hale", "Regional Agronomy Lead at Yara", "Oslo, Norway"),
        "Beatriz, so nice to meet you at the dinner on the last night of the soil science "
        "congress. Hope to see you at the next one!",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "037-markup-in-note-and-headline",
        "classic",
        "en",
        (
            "Bruno Takahashi",
            "Especialista em <b>Milho</b> & Sorgo na SementeForte",
            "Cascavel, Paraná",
        ),
        "Oi Beatriz, <b>adorei</b> te conhecer no estande da Agrishow "
        '<img src=x onerror="alert(1)"> e conversar sobre milho safrinha!',
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "en",
        ("Vanessa Lima", "Consultora em Manejo de Solos", "Piracicaba, São Paulo"),
        "Oi Beatriz, outra esalqueana por aqui (Eng. Agronômica, turma 2014). Bom ver gente da "
        "Luiz de Queiroz fazendo a diferença!",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
        comment="'esalqueana' is how ESALQ graduates call themselves",
    ),
    case(
        "039-group-dash",
        "classic",
        "en",
        ("Henrique Dutra", "Pesquisador em Pedologia na UFSM", "Santa Maria, Rio Grande do Sul"),
        "Oi Beatriz — também sou sócio da SBCS; seria ótimo trocar ideias sobre manejo de solos "
        "arenosos.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "040-shared-interest-2",
        "modern",
        "en",
        ("Emma Whitfield", "Research Agronomist at Rodale Institute", "Kutztown, Pennsylvania"),
        "Hi Beatriz, I'm also working on cover crops and soil biology, in our case on "
        "Pennsylvania dairy farms. Would love to swap trial results sometime.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "041-student-internship-lowercase",
        "modern",
        "en",
        ("Caio Henrique Souza", "Estudante de Agronomia na Unesp Jaboticabal", "Jaboticabal, SP"),
        "oi beatriz tudo bem? sou estudante de agronomia na unesp jaboticabal e queria saber se "
        "a terra viva abre vaga de estagio na area de sustentabilidade em 2027. obrigado!!",
        LIKELY,
        ("specific_reason",),
        mutual=2,
        comment="a student asking about internships, no accents or capitals: a concrete question",
    ),
    case(
        "042-mutual-name-only",
        "classic",
        "en",
        ("Daniela Freitas", "Head of ESG at Agropecuária Horizonte", "Cuiabá, Mato Grosso"),
        "Hi Beatriz, Hugo Martins mentioned you when we were talking last week. Glad to connect.",
        LIKELY,
        ("mutual_connection",),
        comment="names a contact in common, no other reason given",
    ),
    case(
        "111-pitch-saas",
        "modern",
        "en",
        ("Kendra Walsh", "Sales Director LATAM at OrbitAg Analytics", "Denver, Colorado"),
        "Hi Beatriz, our satellite NDVI platform gives agronomy teams field-level alerts 3x "
        "faster than manual scouting. Could I book 20 minutes to show you a demo?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "112-pitch-agency-es",
        "classic",
        "es",
        ("Lucía Márquez", "Directora de Cuentas en AgroLeads Marketing", "Buenos Aires"),
        "Hola Beatriz, somos una agencia de marketing especializada en el agro. Ayudamos a "
        "empresas como la tuya a generar leads con productores. ¿Te envío nuestra propuesta?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "113-weak-past-org-headline",
        "classic",
        "en",
        ("Wilson Araújo", "Pesquisador na Embrapa Meio Ambiente", "Jaguariúna, São Paulo"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my past organizations (weak)",
    ),
    case(
        "114-weak-mutual",
        "modern",
        "en",
        ("Patrick Duval", "Financial Controller at Hospital Santa Clara", "São Paulo, Brasil"),
        None,
        LOOK,
        mutual=19,
        comment="no note; 19 connections in common, threshold 15 (weak)",
    ),
    case(
        "115-spoof-good-note",
        "modern",
        "en",
        ("Helen Carter", "Trial Coordinator at GreenField Partners", "London"),
        "Beatriz, lovely to meet you at Agrishow! I've shared the trial results with you, sign "
        "in here to view them.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-secure-mail.com",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "116-weak-industry-headline-pt",
        "classic",
        "en",
        ("Alexandre Moraes", "Engenheiro Agrônomo | Consultoria em Citros | Fitossanidade", ""),
        None,
        LOOK,
        stock="pt",
        comment="stock note; headline in my industry, in Portuguese (weak)",
    ),
    case(
        "117-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Roberta Sales", "RH | Terra Viva", "São Paulo"),
        "Oi Beatriz, sou do time da Terra Viva. Segue a planilha de bônus do ano, abra pelo link "
        "para conferir seus dados.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed colleague is not "
        "counted, as in the samples",
    ),
    case(
        "118-pitch-after-real-meeting",
        "classic",
        "en",
        ("Rafael Bittencourt", "Representante Comercial na NutriFolha Fertilizantes", "Ribeirão"),
        "Oi Beatriz, foi um prazer te conhecer na Agrishow! Como comentei no estande, nossa "
        "linha de fertilizantes foliares aumenta a produtividade da soja em até 12%. Posso "
        "agendar uma visita do nosso representante na Terra Viva?",
        LOOK,
        ("met_in_person",),
        comment="a real meeting, but the note is a sales pitch: a red flag whatever it answers",
    ),
    case(
        "119-weak-school-headline",
        "classic",
        "en",
        ("Gabriel Farias", "Mestrando em Solos e Nutrição de Plantas | ESALQ/USP", "Piracicaba"),
        None,
        LOOK,
        stock="pt",
        comment="stock note; headline names my school (weak)",
    ),
    case(
        "120-auth-fail-harmless-note",
        "modern",
        "en",
        ("Marina Albuquerque", "Pesquisadora em Ciência do Solo", "Florianópolis, SC"),
        "Oi Beatriz, nos conhecemos no congresso de solos em Florianópolis, gostei muito da sua "
        "palestra sobre plantas de cobertura.",
        LOOK,
        auth="fail",
        comment="DKIM and DMARC failed although the note asks for nothing: the sender is not "
        "verified, so the note cannot be trusted",
    ),
    case(
        "121-weak-mutual-vague-note",
        "modern",
        "en",
        ("Ethan Wallace", "Senior Consultant at Deloitte", "São Paulo, Brasil"),
        "Hi Beatriz, would be great to connect!",
        LOOK,
        mutual=22,
        comment="vague custom note, but 22 connections in common, threshold 15 (weak)",
    ),
    case(
        "221-stock-en",
        "classic",
        "en",
        ("Diego Martins", "Corretor de Imóveis na Lopes Consultoria", "Osasco, São Paulo"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "222-modern-no-note",
        "modern",
        "en",
        ("Jake Sullivan", "Digital Nomad | Forex Trader | Life Coach", "Lisbon, Portugal"),
        None,
        GENERIC,
        mutual=4,
    ),
    case(
        "223-custom-vague",
        "modern",
        "en",
        ("Monica Reed", "Sales Associate at Urban Style", "Orlando, Florida"),
        "Hi Beatriz, I came across your profile and would be honored to be part of your network.",
        GENERIC,
    ),
    case(
        "224-custom-vague-pt-praise",
        "classic",
        "en",
        ("Kátia Ramos", "Coach de Carreira e Palestrante Motivacional", "Belo Horizonte"),
        "Bom dia Beatriz! Seu perfil é muito inspirador, adoraria fazer parte da sua rede de "
        "contatos. Sucesso sempre!",
        GENERIC,
        comment="praise for the profile answers nothing",
    ),
    case(
        "225-old-stock-signed-pt",
        "classic",
        "en",
        ("Renata Siqueira", "Assistente Administrativa na Siqueira Contabilidade", "Sorocaba"),
        "Gostaria de adicioná-lo à minha rede profissional no LinkedIn.\nAbs, Renata",
        GENERIC,
        comment="the Portuguese stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "226-custom-vague-es",
        "modern",
        "es",
        ("Andrés Villalobos", "Gerente de Ventas en TecnoHogar", "Lima, Perú"),
        "Hola Beatriz, un gusto saludarte. Me encantaría formar parte de tu red profesional.",
        GENERIC,
        mutual=1,
    ),
    case(
        "227-stock-fr2",
        "classic",
        "en",
        ("Julien Moreau", "Agent immobilier chez Immo Côte d'Azur", "Nice"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "228-custom-vague-id-greeting",
        "modern",
        "en",
        ("Dewi Lestari", "Marketing Executive di PT Cahaya Kosmetik", "Jakarta, Indonesia"),
        "Halo Beatriz, salam kenal! Senang bisa terhubung dengan Anda.",
        GENERIC,
        comment="'salam kenal' is a greeting to a stranger ('pleased to meet you'), not a meeting",
    ),
    case(
        "229-custom-vague-same-city",
        "classic",
        "en",
        ("Ricardo Nunes", "Personal Trainer", "São Paulo, Brasil"),
        "Hi Beatriz, I see we're both in São Paulo. Let's connect and grow together!",
        GENERIC,
        comment="living in the same city is none of the eight questions",
    ),
]

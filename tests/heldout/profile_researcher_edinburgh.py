"""Held-out invitations for Dr Fiona MacLeod, senior lecturer in climate science in Edinburgh.

English interface; notes mostly in British English, with a few in German, French, Spanish,
Italian and Portuguese. First pass: one invitation for every likely-accept, needs-a-look and
generic sample of tests/fixtures/linkedin (the same kind of case, written from scratch for an
academic climate scientist: conferences, fieldwork, co-authors, PhD applicants, journal editors,
consultancies). Second pass: the same kinds again with other writers and other wording, plus a
few kinds the samples lack (a pitch that also claims a meeting, a weak headline under a vague
note, mutual counts on either side of the threshold, a note that only names her own university,
a failed sender with a harmless note, a stock note with no Authentication-Results). The builder
has no reminder, HTML-only, bad-charset or unterminated-multipart layout: those kinds are
written as ordinary invitations of the same category. Labels follow DESIGN.md's "Categories",
as the recipient would judge the note, written without looking at the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

RESEARCHER = Recipient(
    name="Fiona MacLeod",
    address="fiona.macleod@example.ac.uk",
    headline="Senior Lecturer in Climate Science, School of GeoSciences, University of Edinburgh",
    profile_slug="fiona-macleod-climate",
)

RESEARCHER_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Fiona MacLeod"
organizations = [
    "University of Edinburgh", "British Antarctic Survey", "Met Office Hadley Centre",
]
schools = ["University of Cambridge", "University of St Andrews"]
industries = ["climate science", "higher education", "atmospheric science", "oceanography"]
interests = [
    "sea ice", "Arctic climate", "ocean circulation", "climate modelling", "paleoclimate",
    "science communication",
]
groups = [
    "Royal Meteorological Society", "European Geosciences Union",
    "Scottish Alliance for Geoscience, Environment and Society", "Women in Polar Science",
]
events = [
    "EGU General Assembly 2026", "RMetS Annual Conference 2026",
    "Edinburgh Science Festival 2026",
]
contacts = ["Alasdair Grant", "Helen Okonjo", "Matthias Krüger"]

# Other names people use for the same thing.
[aliases]
"University of Edinburgh" = [
    "Edinburgh University", "Edinburgh Uni", "UoE", "School of GeoSciences",
]
"British Antarctic Survey" = ["BAS"]
"Met Office Hadley Centre" = ["Hadley Centre", "Met Office"]
"University of Cambridge" = ["Cambridge"]
"University of St Andrews" = ["St Andrews"]
"Royal Meteorological Society" = ["RMetS"]
"European Geosciences Union" = ["EGU"]
"Scottish Alliance for Geoscience, Environment and Society" = ["SAGES"]
"Women in Polar Science" = ["WiPS"]
"EGU General Assembly 2026" = ["EGU General Assembly", "EGU26", "EGU in Vienna"]
"RMetS Annual Conference 2026" = ["RMetS conference", "RMetS Annual Conference"]
"Edinburgh Science Festival 2026" = ["Edinburgh Science Festival", "Science Festival"]
"climate modelling" = ["climate modeling", "climate models"]
"ocean circulation" = ["AMOC", "overturning circulation"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 15
"""

_REFERRAL = (
    "Alasdair Grant suggested I get in touch with you about sea-ice data for our coastal "
    "flooding project on the Solway."
)
_REFERRAL_2 = (
    "Hi Fiona, Helen Okonjo passed on your name and said you're the person to talk to about "
    "this summer's marine heatwave off Scotland. Could I give you a ring for a short interview "
    "this week?"
)

RESEARCHER_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-egu-poster",
        "classic",
        "en",
        ("Tomasz Wiśniewski", "Postdoctoral Researcher at University of Warsaw", "Warsaw, Poland"),
        "Hi Fiona, great chatting at your poster at EGU in Vienna last month. I was the one "
        "asking about the melt-pond parameterisation. Let's keep in touch!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        (
            "Rhona Fraser",
            "Research Software Engineer at EPCC, University of Edinburgh",
            "Edinburgh, Scotland, United Kingdom",
        ),
        "Hi Fiona, I've just started as an RSE at EPCC here at the University of Edinburgh and "
        "I'm trying to get to know people over in GeoSciences.",
        LIKELY,
        ("same_organization",),
        mutual=11,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Gareth Pryce", "Senior Scientist at Plymouth Marine Laboratory", "Plymouth"),
        "Fiona, we overlapped at the British Antarctic Survey around 2013 (I was in the ice "
        "dynamics team, two doors down from you). Would be good to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        (
            "Anjali Mehta",
            "Research Scientist, Climate Impacts at UK Centre for Ecology & Hydrology",
            "Wallingford, England, United Kingdom",
        ),
        "Hello Fiona, I'm a climate scientist at a research institute in Wallingford and I'm "
        "always keen to connect with others in the field, especially in Scotland.",
        LIKELY,
        ("same_industry",),
        mutual=4,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Lena Hoffmann", "PhD Researcher at University of Bremen", "Bremen, Germany"),
        "Hi Fiona, I read your recent paper on Arctic sea ice loss and the jet stream. It's very "
        "close to what I'm working on for my thesis.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Callum Reid", "Lecturer in Physical Geography at University of Aberdeen", "Aberdeen"),
        "Hi Fiona, we're both members of SAGES and I liked your comments in the discussion "
        "about the new Scottish climate data portal.",
        LIKELY,
        ("same_groups",),
        mutual=8,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        ("Morag Sinclair", "Coastal Engineer at Arup", "Glasgow, Scotland"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        (
            "Edward Hall",
            "Policy Adviser at Department for Energy Security and Net Zero",
            "London, England, United Kingdom",
        ),
        "Hi Fiona! Fellow Cambridge alum here (Clare College, 2006). Small world!",
        LIKELY,
        ("fellow_alumni",),
        mutual=2,
    ),
    case(
        "009-specific-school-talk",
        "classic",
        "en",
        ("Mhairi Campbell", "Principal Teacher of Geography at Dunfermline High School", "Fife"),
        "Hi Fiona, I teach Higher Geography in Fife and we'd love a climate scientist to speak to "
        "our S5 pupils in March. Could we arrange a quick call?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "010-specific-question-phd",
        "modern",
        "en",
        ("Ruairidh Munro", "MSc Student at University of Leeds", "Leeds, England"),
        "Fiona, quick question: are you taking on PhD students through the E4 DTP this year? I'd "
        "love to apply for your project on Arctic sea ice.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        ("Valentina Rojas", "Investigadora en Universidad de Chile", "Santiago, Chile"),
        "Hola Fiona, nos conocimos en la Asamblea General de la EGU en Viena, en la sesión sobre "
        "hielo marino. ¡Me encantaría seguir en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=3,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Johannes Bauer", "Wissenschaftler am Alfred-Wegener-Institut", "Bremerhaven"),
        "Hallo Fiona, wir haben beide in Cambridge promoviert, ich am Geography Department ein "
        "paar Jahre nach dir. Ich würde mich freuen, in Kontakt zu bleiben.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-festival-panel",
        "modern",
        "en",
        ("Kirsty Anderson", "Physics Teacher at Boroughmuir High School", "Edinburgh"),
        "Thanks for the brilliant chat after your panel at the Edinburgh Science Festival!",
        LIKELY,
        ("met_in_person",),
        mutual=9,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        ("Marco Ferrara", "Ricercatore presso CNR-ISAC", "Bologna, Italia"),
        "Ciao Fiona, sto organizzando una scuola estiva sulla modellistica climatica a Bologna e "
        "vorrei invitarti come docente per una lezione sul ghiaccio marino.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        ("Morag Sinclair", "Coastal Engineer at Arup", "Glasgow, Scotland"),
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
        ("Iain Docherty", "Operational Meteorologist at Met Éireann", "Dublin, Ireland"),
        "Hi Fiona, good to meet you at the RMetS Annual Conference in Exeter. Let's keep the "
        "seasonal forecasting conversation going.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-name-and-note",
        "classic",
        "en",
        ("Duncan <i>Shaw</i>", "Science Writer", "Edinburgh"),
        "<script>alert('x')</script> Hi Fiona, we met at the Edinburgh Science Festival & talked "
        "about <b>permafrost</b>.",
        LIKELY,
        ("met_in_person",),
        comment="name and note contain markup that must be shown as text, never executed (the "
        "builder cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Catriona Bell", "Flood Risk Officer at Scottish Borders Council", "Newtown St Boswells"),
        "Fiona, I'm a St Andrews grad too (Geography, 2004) and now work on flood risk in the "
        "Borders.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "en",
        ("Nils Eriksson", "Meteorologist at SMHI", "Norrköping, Sweden"),
        "Hi Fiona, fellow RMetS member here — would love to compare notes on teaching "
        "atmospheric dynamics.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "en",
        ("Aoife Brennan", "Lecturer in Oceanography at University of Galway", "Galway, Ireland"),
        "Hi Fiona, I work on North Atlantic ocean circulation too and would love to swap ideas "
        "on teaching it to undergraduates.",
        LIKELY,
        ("shared_interests",),
        mutual=5,
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Jared Cole", "Account Executive at GrantPilot AI", "Boston, Massachusetts"),
        "Hi Fiona, our AI assistant helps academics write grant proposals 5x faster, and UKRI "
        "applicants love it. Open to a quick 15-minute demo this week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-consultancy",
        "classic",
        "en",
        ("Natalie Ross", "Director at Apex Academic Editing", "London"),
        "Fiona, our consultancy offers professional English editing and journal submission "
        "support for research groups. Could I send over our rates?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Graeme Watt", "Estates Project Manager at University of Edinburgh", "Edinburgh"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names one of my organizations (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Sarah Collins", "Operations Director at Lothian Logistics", "Livingston, Scotland"),
        None,
        LOOK,
        mutual=31,
        comment="no note; 31 connections in common, threshold 15 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Rebecca Hughes", "Programme Officer at NERC", "Swindon"),
        "Hi Fiona, we met at the EGU General Assembly. Please verify your account to read the "
        "reviewer comments I sent.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-mailer.com",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "106-weak-industry-headline",
        "classic",
        "en",
        ("Tom Atherton", "Climate Scientist | Ocean Modelling | Freelance", ""),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Konstantin Volkov", "Managing Director at Northgate Capital", "Limassol, Cyprus"),
        "Hi Fiona, fellow Cambridge alumnus! Kindly review the shared funding document before "
        "Friday.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed school is not "
        "counted, as in the samples",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Dean Harris", "Sales Manager at Caledonian Windows", "Falkirk"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Alejandro Núñez", "Ejecutivo de Ventas en Grupo Logístico Levante", "Valencia, España"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Davide Greco", "Agente immobiliare presso Casa Bella Immobili", "Napoli, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Ryan Blake", "Founder | Coach | Helping entrepreneurs scale to 7 figures", "Manchester"),
        None,
        GENERIC,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Hannah Price", "Business Development Executive at Nexus Media", "Leeds"),
        "Hi Fiona, your profile popped up in my suggestions and I'd be glad to connect.",
        GENERIC,
        mutual=1,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Marcus Lee", "Entrepreneur | Investor | Speaker", "Dubai, United Arab Emirates"),
        "Hello there! I'm building a network of inspiring leaders across every field. Would be "
        "honoured to have you in it.",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Shona McKay", "Mortgage Adviser at Forth Financial", "Kirkcaldy"),
        "I'd like to add you to my professional network on LinkedIn.\n- Shona McKay",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Markus Weber", "Vertriebsmitarbeiter bei Schneider Haustechnik GmbH", "Köln"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Nicolas Lefèvre", "Chargé d'affaires chez Banque Régionale du Nord", "Lille"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Jamie Wilson", "Customer Service Advisor at ScottishPower", "Glasgow"),
        "Hi Fiona, hope you're keeping well. Let's connect.",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Thiago Rocha", "Representante Comercial na Rocha Distribuidora", "Curitiba, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-fieldwork",
        "classic",
        "en",
        ("Ingrid Hansen", "Field Engineer at Norwegian Polar Institute", "Tromsø, Norway"),
        "Fiona, it was great sharing a hut with you on the Svalbard campaign in August. Hope the "
        "ice cores made it back to Edinburgh in one piece!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "022-same-org-current-school",
        "modern",
        "en",
        ("Ahmed Farouk", "Postdoctoral Research Associate, School of GeoSciences", "Edinburgh"),
        "Hi Fiona, I've just started as a postdoc in GeoSciences (Tom Reilly's group) and we're "
        "on the same corridor at King's Buildings, so say hello if you see me at coffee!",
        LIKELY,
        ("same_organization",),
        mutual=6,
    ),
    case(
        "023-same-org-past-alias",
        "classic",
        "en",
        ("Helen Marsh", "Climate Services Manager at ECMWF", "Reading, England"),
        "Hi Fiona, we were both at the Hadley Centre around 2012, I sat with the seasonal "
        "prediction team. Hope Edinburgh is treating you well!",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry",
        "modern",
        "en",
        (
            "Emeka Obi",
            "Atmospheric Scientist at National Centre for Atmospheric Science",
            "Leeds, England, United Kingdom",
        ),
        "Hiya Fiona, fellow atmospheric scientist here, based in Leeds. Always good to link up "
        "with people doing climate research north of the border.",
        LIKELY,
        ("same_industry",),
        mutual=7,
    ),
    case(
        "025-shared-interest-amoc",
        "classic",
        "en",
        ("Chloé Martin", "PhD Student at Sorbonne Université", "Paris, France"),
        "Hello Fiona, I enjoyed your Carbon Brief piece on the slowdown of the Atlantic "
        "overturning. I'm modelling AMOC variability for my PhD in Paris.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group-wips",
        "modern",
        "en",
        ("Sunita Rao", "Glaciologist at Scott Polar Research Institute", "Cambridge, England"),
        "Hi Fiona, I saw your post in the Women in Polar Science network about childcare "
        "funding for fieldwork, really useful. Fellow member, glad to connect.",
        LIKELY,
        ("same_groups",),
        mutual=12,
    ),
    case(
        "027-mutual-referral-press",
        "classic",
        "en",
        ("Peter Gallagher", "Senior Producer at BBC Scotland News", "Glasgow"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "028-alumni-st-andrews",
        "modern",
        "en",
        ("Euan Mackintosh", "Geophysicist at Equinor", "Aberdeen, Scotland"),
        "Fiona, hello from another St Andrews geographer! I think we sat the same glacial "
        "geomorphology module back in 2002.",
        LIKELY,
        ("fellow_alumni",),
        mutual=3,
    ),
    case(
        "029-specific-journal-editor",
        "classic",
        "en",
        ("Karen Lindholm", "Editor, Journal of Climate", "Boulder, Colorado"),
        "Hi Fiona, I'm handling a manuscript on Arctic amplification for Journal of Climate and "
        "your name came up as a reviewer. Would you have time to take it on this month?",
        LIKELY,
        ("specific_reason",),
        comment="a review request from a handling editor: a concrete request, not a pitch",
    ),
    case(
        "030-specific-community-talk",
        "modern",
        "en",
        ("Morag Thomson", "Retired Primary Teacher", "North Berwick, Scotland"),
        "Fiona, I chair a community climate group in North Berwick. Would you ever give an "
        "evening talk on what sea-level rise means for East Lothian? We can't pay much but there "
        "will be tea and cake.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "031-met-fr",
        "modern",
        "en",
        ("Camille Roux", "Chercheuse au CNRM, Météo-France", "Toulouse, France"),
        "Bonjour Fiona, ravie d'avoir échangé avec toi au dîner de la conférence de la RMetS à "
        "Exeter. On reste en contact pour l'atelier sur la banquise ?",
        LIKELY,
        ("met_in_person",),
        mutual=2,
    ),
    case(
        "032-alumni-pt",
        "modern",
        "en",
        ("Rafaela Souza", "Pesquisadora no INPE", "São José dos Campos, Brasil"),
        "Olá Fiona! Também fiz o doutorado em Cambridge (Departamento de Geografia, 2015). Que "
        "bom encontrar outra ex-aluna trabalhando com clima!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "033-met-informal-typos",
        "modern",
        "en",
        ("Jonny Pattison", "Graduate Engineer at Mott MacDonald", "Edinburgh"),
        "hi fiona, we met at the science festival climate cafe thing last wk, i was the one with "
        "all the qs about heat pumps lol. cheers for the chat",
        LIKELY,
        ("met_in_person",),
        mutual=1,
        comment="lower case, abbreviations: still says where they met",
    ),
    case(
        "034-specific-de",
        "modern",
        "en",
        ("Sabine Kramer", "Postdoc am Max-Planck-Institut für Meteorologie", "Hamburg"),
        "Hallo Fiona, wir bereiten einen ERC-Synergy-Antrag zu arktischen Wolken und Meereis vor "
        "und suchen noch eine Partnerin in Großbritannien. Hättest du Zeit für ein kurzes "
        "Gespräch?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "035-resent-of-027",
        "classic",
        "en",
        ("Peter Gallagher", "Senior Producer at BBC Scotland News", "Glasgow"),
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
        ("Hamish Ogilvie", "Science Officer at Royal Society of Edinburgh", "Edinburgh"),
        "Fiona, lovely to meet you at the Science Festival launch on Friday. Hope to see you at "
        "the next RSE evening!",
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
            "Yara Haddad",
            "PhD Student <i>Atmospheric Physics</i> at University of Reading",
            "Reading",
        ),
        'Hi Fiona, <b>loved</b> meeting you at your poster <img src=x onerror="alert(1)"> at '
        "EGU, and thanks for the tip about ERA5!",
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "en",
        ("Tobias Fraser-Lang", "Research Fellow at University of Exeter", "Exeter"),
        "Hi Fiona, another Cambridge PhD here (Earth Sciences, 2016). Small world, our "
        "supervisors used to share an office!",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "039-mutual-mention",
        "classic",
        "en",
        ("Ewan Rutherford", "Outreach Coordinator at Our Dynamic Earth", "Edinburgh"),
        "Hi Fiona, Matthias Krüger said I should say hello. We worked together in Kiel years ago.",
        LIKELY,
        ("mutual_connection",),
        comment="a named mutual contact, no further reason",
    ),
    case(
        "040-phd-applicant-long",
        "modern",
        "en",
        ("Aditi Sharma", "MSc Climate Change Student at UCL", "London, England"),
        "Dear Dr MacLeod, my MSc dissertation at UCL looked at CMIP6 biases in Barents Sea ice "
        "cover. I saw your NERC-funded PhD on sea ice-atmosphere coupling and would be very "
        "grateful for ten minutes to ask about it before I apply.",
        LIKELY,
        ("specific_reason", "shared_interests"),
    ),
    case(
        "041-coauthor-es",
        "classic",
        "en",
        ("Ricardo Méndez", "Profesor Asociado en Universidad de Buenos Aires", "Buenos Aires"),
        "Hola Fiona, después de dos años escribiendo juntos el artículo sobre el hielo marino "
        "antártico, ¡por fin conectamos también por aquí! Saludos desde Buenos Aires.",
        LIKELY,
        ("shared_interests",),
        comment="a co-author: they have worked together on a paper; the closest question is "
        "the shared research topic",
    ),
    case(
        "111-pitch-saas-compute",
        "modern",
        "en",
        ("Derek Sloan", "Enterprise Sales at CloudCompute Research", "Dublin, Ireland"),
        "Hi Fiona, we give climate modelling groups GPU cloud time at 40% below AWS pricing. "
        "Could I book 20 minutes to walk you through our academic plans?",
        LOOK,
        comment="sales pitch aimed at her field: her interest is the target, not a shared one",
    ),
    case(
        "112-pitch-predatory-journal",
        "classic",
        "en",
        ("Mary Johnson", "Editorial Manager at Global Journal of Earth and Environment", ""),
        "Dear Dr. Fiona MacLeod, Greetings! We invite you to submit your esteemed manuscript to "
        "our journal. Special 50% discount on article processing charges this month only. "
        "Kindly reply at the earliest.",
        LOOK,
        comment="sales pitch (pay-to-publish journal)",
    ),
    case(
        "113-pitch-with-meeting",
        "modern",
        "en",
        ("Oliver Pennington", "Partner at Verdant Impact Consulting", "London"),
        "Great to meet you briefly at EGU! We help universities turn climate research into REF "
        "impact case studies, fixed fee, results within a term. Free for a chat next week?",
        LOOK,
        ("met_in_person",),
        comment="sales pitch from a verified sender who also claims a meeting: the pitch is a "
        "red flag whatever else the note answers",
    ),
    case(
        "114-pitch-de",
        "classic",
        "en",
        ("Stefan Krause", "Geschäftsführer bei Wissenschaftslektorat Krause", "Leipzig"),
        "Guten Tag Frau MacLeod, unser Lektorat übersetzt und korrigiert Forschungsanträge und "
        "Fachartikel für internationale Arbeitsgruppen. Darf ich Ihnen unverbindlich unsere "
        "Preisliste schicken?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "115-weak-alumni-headline",
        "classic",
        "en",
        ("Harriet Blythe", "Alumni Development Officer at University of Cambridge", "Cambridge"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names the school of my PhD (weak)",
    ),
    case(
        "116-weak-group-headline",
        "classic",
        "en",
        ("Bernard Okafor", "Fellow of the Royal Meteorological Society | Weather Risk Analyst", ""),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names one of my groups (weak)",
    ),
    case(
        "117-weak-mutual-at-threshold",
        "modern",
        "en",
        ("Catherine Drummond", "Head of Communications at Lothian Housing Trust", "Edinburgh"),
        None,
        LOOK,
        mutual=15,
        comment="no note; 15 connections in common, exactly the threshold (weak)",
    ),
    case(
        "118-weak-headline-vague-note",
        "modern",
        "en",
        ("Alison Kerr", "Research Administrator at University of Edinburgh", "Edinburgh"),
        "Hi Fiona, would be lovely to connect!",
        LOOK,
        mutual=4,
        comment="vague note answers nothing; headline names one of my organizations (weak)",
    ),
    case(
        "119-weak-mutual-vague-note",
        "modern",
        "en",
        ("Niall Hendry", "Investment Analyst at Baillie Gifford", "Edinburgh"),
        "Hello Fiona, I keep seeing your name pop up on my feed. Let's connect.",
        LOOK,
        mutual=22,
        comment="vague note answers nothing; 22 connections in common, threshold 15 (weak)",
    ),
    case(
        "120-spoof-student",
        "classic",
        "en",
        ("Eilidh Ross", "PhD Student at University of Edinburgh", "Edinburgh"),
        "Hi Fiona, it's Eilidh from your climate modelling tutorial group. I've uploaded my "
        "dissertation draft, log in here to view and comment.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-alerts.co",
        comment="spoofed sender (look-alike domain) posing as her student: flagged; the claimed "
        "relationship is not counted, as in the samples",
    ),
    case(
        "121-dmarc-fail-referral",
        "modern",
        "en",
        ("Richard Blane", "Senior Partner at Halden Advisory", "London"),
        "Hi Fiona, Alasdair Grant recommended you for our advisory panel. Please open the "
        "attached contract and confirm your bank details for the honorarium.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the named contact is not "
        "counted, as in the samples",
    ),
    case(
        "122-dmarc-fail-harmless-fr",
        "classic",
        "en",
        ("Pierre Lambert", "Chercheur au LSCE", "Gif-sur-Yvette, France"),
        "Bonjour Fiona, c'était un plaisir de te rencontrer à Vienne pendant l'EGU. À bientôt !",
        LOOK,
        auth="fail",
        comment="a harmless-looking note, but DKIM and DMARC failed: the red flag decides",
    ),
    case(
        "221-stock-fr2",
        "classic",
        "en",
        ("Mathieu Girard", "Conseiller commercial chez Assurances du Midi", "Montpellier"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "222-stock-id",
        "classic",
        "en",
        ("Rizky Pratama", "Marketing Executive di PT Sinar Jaya", "Jakarta, Indonesia"),
        None,
        GENERIC,
        stock="id",
    ),
    case(
        "223-no-note-below-threshold",
        "modern",
        "en",
        ("Kevin Doyle", "Property Investor | Serial Entrepreneur", "Belfast"),
        None,
        GENERIC,
        mutual=14,
        comment="no note; 14 connections in common, one below the threshold of 15",
    ),
    case(
        "224-custom-vague-praise",
        "modern",
        "en",
        ("Sophie Turnbull", "Talent Partner at BrightHire Recruitment", "Manchester"),
        "Hi Fiona, really impressive profile! Would be great to have you in my network.",
        GENERIC,
    ),
    case(
        "225-custom-vague-formal",
        "classic",
        "en",
        ("Samuel Adeyemi", "Graduate Student", ""),
        "Dear Sir/Madam, I am very interested in your esteemed research and profile. Kindly "
        "accept my connection request. Thanks and regards.",
        GENERIC,
        comment="a mass-sent request: no subject, no reason, not even her name",
    ),
    case(
        "226-old-stock-signed",
        "classic",
        "en",
        ("Gordon Tait", "Independent Financial Adviser", "Perth, Scotland"),
        "I'd like to join your LinkedIn network.\n\nBest wishes,\nGordon",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "227-custom-names-her-org",
        "modern",
        "en",
        ("Tyler Brooks", "Growth Marketer at Pulse Digital", "Bristol"),
        "Hi Fiona, I see you're at the University of Edinburgh - amazing! Would love to connect.",
        GENERIC,
        comment="repeats her own employer from her profile; says nothing about the sender",
    ),
    case(
        "228-custom-vague-es",
        "modern",
        "en",
        ("Lucía Herrera", "Asesora Comercial en Seguros Andinos", "Quito, Ecuador"),
        "Hola Fiona, me encantaría formar parte de tu red de contactos. ¡Saludos!",
        GENERIC,
    ),
    case(
        "229-no-auth-header-stock",
        "classic",
        "en",
        ("Paul Jennings", "Store Manager at Halfords", "Dundee"),
        None,
        GENERIC,
        stock="en",
        auth="none",
        comment="no Authentication-Results: unknown, not failed; stock note, nothing else",
    ),
    case(
        "230-headline-city-not-org",
        "classic",
        "en",
        ("Lorna Baxter", "Duty Manager at Edinburgh Airport", "Edinburgh"),
        None,
        GENERIC,
        stock="en2",
        comment="headline names her city, not one of her organizations",
    ),
]

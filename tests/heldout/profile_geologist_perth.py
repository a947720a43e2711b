"""Held-out invitations for Liam O'Connor, principal exploration geologist in Perth, WA.

English interface. Gold and lithium explorer: Curtin University (WA School of Mines) graduate,
PhD at the University of Western Australia. Notes come in Australian, South African, Canadian
and Chilean voices, a few in Spanish, Portuguese, French, German, Italian and Indonesian, with
plenty of field slang and abbreviations (RC, DD, core yard, swing, offsider, Kal, WASM).

One invitation for every likely-accept, needs-a-look and generic sample of
tests/fixtures/linkedin (the same kind of case, written from scratch for this recipient), then a
second pass over the same kinds with other writers and other wording, plus a few kinds of its
own (a pitch from someone he did meet, a referral without a request, a student asking about the
graduate intake, a "Human Resources" headline that is not the resources sector, a mutual count
just under and exactly at the threshold, an unauthenticated stock note). The builder has no
reminder, HTML-only, bad-charset or unterminated-multipart layout: those kinds are written as
ordinary invitations of the same category. Labels follow DESIGN.md's "Categories", as the
recipient would judge the note, written without looking at the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

GEOLOGIST = Recipient(
    name="Liam O'Connor",
    address="liam.oconnor@example.com.au",
    headline="Principal Exploration Geologist at Meridian Gold & Lithium",
    profile_slug="liam-oconnor-geo",
)

GEOLOGIST_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Liam O'Connor"
organizations = [
    "Meridian Gold & Lithium", "Northern Star Resources", "Geological Survey of Western Australia",
]
schools = ["Curtin University", "WA School of Mines", "University of Western Australia"]
industries = ["mining", "mineral exploration", "geology"]
interests = [
    "gold exploration", "lithium pegmatites", "structural geology", "exploration geochemistry",
    "3D geological modelling", "drill targeting",
]
groups = [
    "AusIMM", "Australian Institute of Geoscientists", "Society of Economic Geologists",
    "Geological Society of Australia",
]
events = [
    "Diggers & Dealers Mining Forum 2026", "PDAC 2026 Convention",
    "AIG Lithium Pegmatites Workshop 2026",
]
contacts = ["Fiona McKenzie", "Pieter van der Merwe", "Catalina Rojas"]

# Other names people use for the same thing.
[aliases]
"Meridian Gold & Lithium" = ["Meridian Gold and Lithium", "Meridian", "MGL"]
"Northern Star Resources" = ["Northern Star", "NST"]
"Geological Survey of Western Australia" = ["GSWA"]
"Curtin University" = ["Curtin", "Curtin Uni"]
"WA School of Mines" = ["WASM", "Western Australian School of Mines", "Kalgoorlie School of Mines"]
"University of Western Australia" = ["UWA"]
"mining" = ["mining industry", "resources sector"]
"mineral exploration" = ["minerals exploration", "exploration geology"]
"lithium pegmatites" = ["LCT pegmatites", "spodumene pegmatites", "lithium exploration"]
"exploration geochemistry" = ["geochem"]
"3D geological modelling" = ["3D modelling", "Leapfrog"]
"AusIMM" = ["Australasian Institute of Mining and Metallurgy"]
"Australian Institute of Geoscientists" = ["AIG"]
"Society of Economic Geologists" = ["SEG"]
"Geological Society of Australia" = ["GSA"]
"Diggers & Dealers Mining Forum 2026" = ["Diggers & Dealers", "Diggers and Dealers", "Diggers"]
"PDAC 2026 Convention" = ["PDAC", "PDAC 2026"]
"AIG Lithium Pegmatites Workshop 2026" = ["AIG pegmatite workshop"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 15
"""

_REFERRAL = (
    "Fiona McKenzie suggested I reach out to you about access to drill core from your Yalgoo "
    "program for our pegmatite geochronology project."
)
_REFERRAL_2 = (
    "Hi Liam, Pieter van der Merwe at SRK told me you're the oke to ask about logging "
    "spodumene in RC chips. Would you have 20 minutes for a call sometime?"
)

GEOLOGIST_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-diggers",
        "classic",
        "en",
        ("Brodie Kerr", "Senior Geologist at Ramelius Resources", "Kalgoorlie, Western Australia"),
        "G'day Liam, good to meet you at Diggers & Dealers in August. I was the one hassling you "
        "about the Bardoc shear after your talk. Let's keep in touch!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        (
            "Tahlia Nguyen",
            "Graduate Geologist at Meridian Gold & Lithium",
            "Perth, Western Australia",
        ),
        "Hi Liam, I've just started in the grad program at Meridian Gold & Lithium (first swing "
        "out at Mt Magnet next week!) and wanted to connect with the exploration team.",
        LIKELY,
        ("same_organization",),
        mutual=11,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Craig Pemberton", "Exploration Manager at Bellevue Gold", "West Perth, WA"),
        "Liam, we overlapped at Northern Star back in 2016 (I was running the aircore program at "
        "Jundee). Would be good to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        ("Anke Botha", "Principal Consultant at Botha Geological Services", "Johannesburg"),
        "Hi Liam, I run a small exploration consultancy in Joburg and like to keep in touch with "
        "other exploration geos around the world.",
        LIKELY,
        ("same_industry",),
        mutual=2,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Jarrah Whitfield", "PhD Candidate at Monash University", "Melbourne, Victoria"),
        "Hi Liam, I read your paper on fractionation trends in the Pilbara LCT pegmatites. It's "
        "pretty much exactly what my PhD is on.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Kiri Walsh", "Senior Geologist at Capricorn Metals", "Perth WA"),
        "Hi Liam, we're both in the AIG WA branch group. Enjoyed your comments on the JORC "
        "reporting thread.",
        LIKELY,
        ("same_groups",),
        mutual=7,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        ("Rowan Ashby", "Research Fellow at Centre for Exploration Targeting", "Crawley, WA"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Bec Harland", "Mine Geologist at Gold Fields St Ives", "Kambalda, WA"),
        "Hi Liam! Fellow WASM grad here (class of 2011). Survived the Kal winters same as you!",
        LIKELY,
        ("fellow_alumni",),
        mutual=3,
    ),
    case(
        "009-specific-core-yard-visit",
        "classic",
        "en",
        ("Helen Marsh", "Lecturer in Economic Geology at Curtin University", "Bentley, WA"),
        "Hi Liam, I coordinate the third-year field mapping unit and we'd love to bring our "
        "students through your core yard in October. Could we set up a call?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Dean Fairweather", "Retired Prospector", "Coolgardie, Western Australia"),
        "Liam, quick question: does your team ever take on volunteer hands for soil sampling? "
        "Spent 30 years detecting round Coolgardie and happy to help out.",
        LIKELY,
        ("specific_reason",),
        comment="offers his time as a volunteer: a concrete request, not a sales pitch",
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        ("Francisca Muñoz", "Geóloga de Exploración en SQM", "Antofagasta, Chile"),
        "Hola Liam, nos conocimos en el PDAC en Toronto, en la charla de pegmatitas. Quedamos de "
        "seguir conversando po, ¡así que aquí estoy!",
        LIKELY,
        ("met_in_person",),
        mutual=3,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Maximilian Roth", "Explorationsgeologe bei Vulcan Energie Ressourcen", "Karlsruhe"),
        "Hallo Liam, wir haben beide an der UWA promoviert – ich war 2015 bis 2019 am Centre for "
        "Exploration Targeting. Würde mich freuen, in Kontakt zu bleiben.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-panel",
        "modern",
        "en",
        ("Sipho Dlamini", "Geologist at Harmony Gold", "Perth, WA"),
        "Thanks for the yarn after your panel at Diggers, good to put a face to the name!",
        LIKELY,
        ("met_in_person",),
        mutual=9,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        ("Chiara Bellini", "Dottoranda in Geologia presso Università di Pisa", "Pisa, Italia"),
        "Ciao Liam, sto scrivendo la tesi di dottorato sulle pegmatiti a litio e vorrei chiederti "
        "se sarebbe possibile vedere le carote di sondaggio del vostro progetto a Yalgoo.",
        LIKELY,
        ("specific_reason", "shared_interests"),
        comment="asks to see the drill core for her thesis on lithium pegmatites",
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        ("Rowan Ashby", "Research Fellow at Centre for Exploration Targeting", "Crawley, WA"),
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
        ("Grant McAllister", "Drilling Supervisor at Topdrill", "Kalgoorlie-Boulder, WA"),
        "Hi Liam, good to meet you at the Diggers and Dealers forum in Kal. Let's keep the "
        "conversation going.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-note",
        "classic",
        "en",
        ("Jess Tran", "Field Geologist at Genesis Minerals", "Leonora, WA"),
        "<script>alert('x')</script> Hi Liam, we met at Diggers & talked about <i>pegmatite "
        "logging</i>.",
        LIKELY,
        ("met_in_person",),
        comment="note contains markup that must be shown as text, never executed (the builder "
        "cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Nikhil Rao", "Resource Geologist at Mineral Resources Limited", "Perth, WA"),
        "Liam, I'm a Curtin geology grad too (BSc 2014) and now doing resource estimation on the "
        "lithium side.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "en",
        ("Duncan Fraser", "Structural Geologist at SRK Consulting", "West Perth, WA"),
        "Hi Liam, fellow SEG member here — keen to compare notes on shear-hosted gold in the "
        "Yilgarn.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "en",
        ("Amelia Hart", "Geochemist at CSIRO", "Kensington, WA"),
        "Hi Liam, I work on lithium pathfinder geochemistry too and would love to swap ideas on "
        "soil sampling over buried pegmatites.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Blake Summers", "Head of Growth at CoreVision AI", "Brisbane, Queensland"),
        "Hi Liam, we help exploration teams log core 5x faster with our AI core imaging "
        "platform. Open to a 15-min demo this week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-drilling-contractor",
        "classic",
        "en",
        ("Marisa Costa", "Business Development Manager at Goldfields Drilling Co", "Kalgoorlie"),
        "Liam, we've got two RC rigs coming free in March and can offer very sharp metre rates "
        "for your next program. Can I send through a quote?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Troy Blackwood", "Field Technician at Meridian Gold & Lithium", "Mount Magnet, WA"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names my current organization (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Hayley Burgess", "Relationship Manager at Westpac", "Subiaco, Western Australia"),
        None,
        LOOK,
        mutual=23,
        comment="no note; 23 connections in common, threshold 15 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Graham Lister", "Exploration Manager at Aurum Global", "Perth"),
        "Hi Liam, we met at Diggers & Dealers. Please verify your account to read my message "
        "about the JV.",
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
        ("Shane Dwyer", "Exploration Geologist | Gold | Yilgarn Craton", "Kalgoorlie-Boulder"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Richard Voss", "Managing Director at Pacific Rim Capital", "Singapore"),
        "Hi Liam, fellow Curtin alum! Please review the confidential document I shared.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Jason Pike", "Sales Consultant at Perth Auto Group", "Osborne Park, WA"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Matías Herrera", "Ejecutivo Comercial en BancoEstado", "Santiago, Chile"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Federico Galli", "Agente immobiliare presso Tecnocasa", "Torino, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Kane Mitchell", "Entrepreneur | Crypto Trader | Dreamer", "Gold Coast, Queensland"),
        None,
        GENERIC,
        comment="'Gold Coast' is a place, not gold exploration",
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Chloe Bennett", "Marketing Coordinator at Healthway Pharmacy", "Joondalup, WA"),
        "Hi Liam, I came across your profile and thought I'd reach out and connect.",
        GENERIC,
        mutual=1,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Tyrone Jacobs", "Life Coach | Speaker | Author", "Cape Town, South Africa"),
        "Howzit! Growing my network with awesome people like you. Let's connect!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Sharon Keogh", "Mortgage Broker at Loan Market", "Fremantle, WA"),
        "I'd like to add you to my professional network on LinkedIn.\n- Sharon Keogh",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Jürgen Hoffmann", "Vertriebsleiter bei Autohaus Hoffmann", "Hannover"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Mathieu Tremblay", "Conseiller en assurance chez Desjardins", "Québec, Canada"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Dylan Brooks", "Student at Rossmoyne Senior High School", "Perth, WA"),
        "Hey Liam, hope you're well. Let's connect.",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Thiago Souza", "Vendedor na Magazine Luiza", "Belo Horizonte, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-core-yard",
        "classic",
        "en",
        ("Callum Reid", "Senior Geologist at Gold Road Resources", "Perth, WA"),
        "Mate, good catching up in the core yard at Mt Magnet last month when you walked us "
        "through the new spodumene intercepts. Keen to stay in touch.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "022-same-org-current-alias",
        "modern",
        "en",
        ("Priya Venkatesh", "Database Geologist at MGL", "Perth, Western Australia"),
        "Hey Liam, I started at MGL a fortnight ago looking after the acQuire database. Reckon "
        "we'll be working together a fair bit on the drill data!",
        LIKELY,
        ("same_organization",),
        mutual=6,
    ),
    case(
        "023-same-org-past-alias",
        "classic",
        "en",
        ("Stuart Mackie", "Senior Geologist at Geological Survey of Queensland", "Brisbane"),
        "Liam, remember me from the GSWA days? We shared a ute on the Murchison mapping trips "
        "back in 2010. Hope life at Meridian is treating you well.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry",
        "modern",
        "en",
        ("Lerato Mokoena", "Mine Geologist at Sibanye-Stillwater", "Rustenburg, South Africa"),
        "Hi Liam, I'm a mine geo on the platinum side here in Rustenburg and I'm trying to build "
        "some links with geologists in WA before we move to Perth next year.",
        LIKELY,
        ("same_industry",),
        mutual=1,
    ),
    case(
        "025-shared-interest",
        "classic",
        "en",
        ("Ben Clarke", "Honours Student at University of Adelaide", "Adelaide, South Australia"),
        "Hi Liam, loved the recording of your talk on structural controls on the Mt Magnet gold "
        "lodes. I'm doing honours on shear-hosted gold so it was gold (pun intended).",
        LIKELY,
        ("shared_interests",),
        comment="watched a recording: no meeting in person",
    ),
    case(
        "026-same-group",
        "modern",
        "en",
        ("Sarah Kowalski", "Senior Geologist at Agnico Eagle", "Toronto, Ontario"),
        "Hi Liam, saw your post in the Society of Economic Geologists group about the WA lithium "
        "boom. Fellow SEG member, good to connect!",
        LIKELY,
        ("same_groups",),
        mutual=4,
    ),
    case(
        "027-mutual-referral",
        "classic",
        "en",
        ("Johan Pretorius", "Exploration Geologist at Kalahari Lithium", "Windhoek, Namibia"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "028-alumni",
        "modern",
        "en",
        ("Georgia Lamb", "Hydrogeologist at Rio Tinto", "Perth, WA"),
        "Liam, hello from another WASM survivor! I did my geology degree out in Kal a few years "
        "after you.",
        LIKELY,
        ("fellow_alumni",),
        mutual=1,
    ),
    case(
        "029-specific-podcast",
        "classic",
        "en",
        ("Matt Hennessy", "Host, The Rock Kickers Podcast", "Fremantle, WA"),
        "Hi Liam, I host a small podcast about WA exploration and we're doing an episode on the "
        "lithium rush. Would you be up for a 40-minute chat on air next month?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "030-specific-landholder",
        "modern",
        "en",
        ("Kym Doherty", "Owner at Doherty Farms", "Morawa, Western Australia"),
        "Liam, your crew has been drilling on the boundary of our farm near Morawa. Who's the "
        "right person at your mob to talk to about access tracks and rehab?",
        LIKELY,
        ("specific_reason",),
        comment="a neighbouring landholder with a concrete question",
    ),
    case(
        "031-met-es",
        "modern",
        "en",
        ("Ignacio Pérez", "Jefe de Geología en Codelco", "Calama, Chile"),
        "Hola Liam! Fue un agrado conocerte en la visita a faena en Mt Magnet con la delegación "
        "chilena. Quedé súper motivado con lo del modelamiento 3D, cachai. Un abrazo.",
        LIKELY,
        ("met_in_person",),
        mutual=2,
    ),
    case(
        "032-alumni-pt",
        "modern",
        "en",
        ("Rafaela Lima", "Geóloga de Exploração na CBL", "Belo Horizonte, Brasil"),
        "Oi Liam, tudo bem? Também fiz o doutorado na UWA (2017–2021), no CET. Bom encontrar "
        "outro ex-aluno por aqui!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "033-met-session-id",
        "modern",
        "en",
        ("Rizky Pratama", "Geologist at PT Vale Indonesia", "Sorowako, Indonesia"),
        "Halo Liam, terima kasih sudah menjawab pertanyaan saya setelah sesi litium di PDAC "
        "kemarin. Senang sekali bisa ngobrol langsung!",
        LIKELY,
        ("met_in_person",),
        mutual=13,
        comment="he asked his question in person after the session: a meeting, however brief",
    ),
    case(
        "034-specific-fr",
        "modern",
        "en",
        ("Geneviève Lavoie", "Géologue principale chez Sayona Québec", "Val-d'Or, Québec"),
        "Bonjour Liam, on prépare une campagne de forage sur des pegmatites à spodumène en "
        "Abitibi et j'aimerais beaucoup avoir ton avis sur vos protocoles d'échantillonnage. "
        "Aurais-tu 30 minutes pour un appel?",
        LIKELY,
        ("specific_reason", "shared_interests"),
    ),
    case(
        "035-resent-of-027",
        "classic",
        "en",
        ("Johan Pretorius", "Exploration Geologist at Kalahari Lithium", "Windhoek, Namibia"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="re-sent invitation of 027 (the builder has no reminder layout): same inviter "
        "and note",
    ),
    case(
        "036-no-auth-header-met-typos",
        "classic",
        "en",
        ("Kyle Morrison", "Offsider at DDH1 Drilling", "Kalgoorlie, WA"),
        "hey liam, was the offsider on the diamond rig at ur Yalgoo prospect in jan, u showed me "
        "how to log core on nightshift. cheers for that, keen to get into geo one day",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed; worked on his rig",
    ),
    case(
        "037-markup-in-note-and-headline",
        "classic",
        "en",
        ("Zoe Papadopoulos", "Senior Geologist <b>Lithium</b> & Gold at Liontown", "Perth, WA"),
        "Hi Liam, <b>great</b> chatting with you at the AusIMM sundowner "
        '<img src=x onerror="alert(1)"> about the Kathleen Valley pegmatites!',
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "en",
        ("Hamish Gordon", "Senior Lecturer at University of Tasmania (CODES)", "Hobart"),
        "G'day Liam, another UWA PhD here (2013). Always good to find fellow Crawley survivors "
        "out in industry.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "039-group-dash",
        "classic",
        "en",
        ("Nomvula Khumalo", "Project Geologist at Perseus Mining", "Perth, WA"),
        "Hi Liam — AusIMM WA branch member too; would be good to say hello at the next technical "
        "night.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "040-shared-interest-2",
        "modern",
        "en",
        ("Isabel Carvalho", "Geologist at Core Lithium", "Darwin, Northern Territory"),
        "Hey Liam, I'm also neck-deep in 3D modelling of pegmatite swarms and would love to swap "
        "notes on how you handle the dyke geometry in Leapfrog.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "041-mutual-no-request",
        "modern",
        "en",
        ("Hannah Kowal", "Geotechnical Engineer at WSP", "Perth, WA"),
        "Hi Liam, Fiona McKenzie mentioned your name when I told her I was moving over into "
        "lithium. She reckons you're a good bloke to know!",
        LIKELY,
        ("mutual_connection",),
        mutual=5,
    ),
    case(
        "042-specific-grad-intake",
        "classic",
        "en",
        ("Mia Rossi", "Honours Student, Geology at UWA", "Crawley, WA"),
        "Hi Liam, I'm finishing my honours at UWA this year and wondered whether Meridian runs a "
        "grad geo intake for 2027? Any advice would be much appreciated.",
        LIKELY,
        ("specific_reason", "fellow_alumni"),
        comment="a student of his PhD university asking about the graduate intake",
    ),
    case(
        "111-pitch-saas",
        "modern",
        "en",
        ("Jenna Moore", "Account Executive at DrillLog Cloud", "Sydney, NSW"),
        "Hi Liam, saw you're running lithium programs in WA. Our cloud platform syncs drill "
        "logs, assays and QAQC in real time. Could I show you a 20-min demo next week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "112-pitch-lab",
        "classic",
        "en",
        ("Vusi Mahlangu", "Business Development at RapidAssay Labs", "Canning Vale, WA"),
        "Liam, we're now doing 48-hour turnaround on fire assay and Li pathfinder suites at 15% "
        "under the big labs. Happy to send a price list for your next program?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "113-weak-past-org-headline-vague-note",
        "classic",
        "en",
        ("Lachlan Fitzpatrick", "Senior Resource Geologist at Northern Star Resources", "Kal"),
        "Hi Liam, hope all's well mate! Would be great to connect.",
        LOOK,
        comment="vague note; headline names one of my past organizations (weak)",
    ),
    case(
        "114-weak-mutual-at-threshold",
        "modern",
        "en",
        ("Emma Sinclair", "Physiotherapist at Perth Sports Physio", "Cottesloe, WA"),
        None,
        LOOK,
        mutual=15,
        comment="no note; 15 connections in common, exactly the threshold (weak)",
    ),
    case(
        "115-spoof-good-note-es",
        "classic",
        "en",
        ("Carlos Vidal", "Gerente de Exploración en Andes Lithium Corp", "Santiago, Chile"),
        "Hola Liam, nos conocimos en el PDAC. Te compartí el acuerdo de confidencialidad, inicia "
        "sesión aquí para revisarlo.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-secure-mail.com",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "116-weak-industry-group-headline",
        "modern",
        "en",
        (
            "Wade Harrison",
            "Senior Exploration Geologist | MAusIMM | RC & Diamond",
            "Perth, Western Australia",
        ),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline in my industry and a member of one of my groups (weak)",
    ),
    case(
        "117-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Victor Lam", "Partner at Golden Bridge Investments", "Hong Kong"),
        "Hi Liam, great meeting you at Diggers! Kindly open the attached term sheet for the "
        "Leonora tenements.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed meeting is not "
        "counted, as in the samples",
    ),
    case(
        "118-pitch-after-meeting",
        "classic",
        "en",
        ("Brett Hollis", "Sales Manager at Downhole Surveys Australia", "Malaga, WA"),
        "G'day Liam, good to meet you at Diggers. As promised, I'd love to send over our gyro "
        "survey rates for your next diamond program. Can I pop a quote in your inbox?",
        LOOK,
        ("met_in_person",),
        comment="they did meet, but the note is a sales pitch: a red flag whatever else it answers",
    ),
    case(
        "119-weak-school-headline",
        "classic",
        "en",
        ("Ruby Chen", "Geology Student at Curtin University", "Bentley, WA"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names one of my schools (weak)",
    ),
    case(
        "221-stock-en-hr-headline",
        "classic",
        "en",
        ("Melanie Ong", "Human Resources Advisor at City of Stirling", "Stirling, WA"),
        None,
        GENERIC,
        stock="en",
        comment="'Human Resources' is not the resources sector",
    ),
    case(
        "222-stock-es",
        "classic",
        "en",
        ("Valentina Soto", "Ejecutiva de Ventas en Entel", "Viña del Mar, Chile"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "223-stock-id",
        "classic",
        "en",
        ("Agus Wijaya", "Sales Supervisor di PT Sinar Jaya", "Balikpapan, Indonesia"),
        None,
        GENERIC,
        stock="id",
    ),
    case(
        "224-modern-no-note-below-threshold",
        "modern",
        "en",
        ("Brock Sanders", "Forex Trader | Mindset Mentor", "Dubai, United Arab Emirates"),
        None,
        GENERIC,
        mutual=8,
        comment="no note; 8 connections in common, under the threshold of 15",
    ),
    case(
        "225-custom-vague-praise",
        "modern",
        "en",
        ("Marco Ricci", "Founder & CEO at Ricci Ventures", "Milano, Italia"),
        "Liam, really impressive profile, love what you're doing in mining. Would be great to "
        "connect!",
        GENERIC,
        comment="vague praise: names my field but says nothing about the sender or a reason",
    ),
    case(
        "226-custom-vague-es",
        "classic",
        "en",
        ("Felipe Araya", "Emprendedor | Coach de Negocios", "Concepción, Chile"),
        "Hola Liam, me encantaría sumarte a mi red de contactos. ¡Saludos!",
        GENERIC,
    ),
    case(
        "227-old-stock-signed",
        "classic",
        "en",
        ("Darren Hughes", "Financial Planner at AMP", "Bunbury, WA"),
        "I'd like to join your LinkedIn network.\nCheers, Darren",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "228-stock-fr",
        "classic",
        "en",
        ("Claire Fontaine", "Chargée de clientèle chez BNP Paribas", "Lyon"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "229-custom-vague-pt",
        "modern",
        "en",
        ("Bruno Almeida", "Empreendedor Digital", "Curitiba, Brasil"),
        "Olá Liam! Sempre bom ampliar a rede com profissionais de destaque. Vamos nos conectar?",
        GENERIC,
        mutual=1,
    ),
    case(
        "230-no-auth-header-stock",
        "classic",
        "en",
        ("Gavin Price", "Store Manager at Bunnings Warehouse", "Midland, WA"),
        None,
        GENERIC,
        stock="en2",
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed; stock note",
    ),
]

"""Held-out invitations for Mads Nielsen, senior urban planner at the City of Copenhagen.

He works on mobility and climate adaptation (cycling, cloudburst roads, nature-based stormwater
solutions), studied at Aalborg University and TU Delft, and spent his first years at a planning
consultancy, Kvarter Consulting. English interface. Notes mostly in plain professional English
from Danish, Nordic and other European planners, with the samples' share of Spanish, German and
Italian notes and of stock notes in other languages. One invitation for every likely-accept,
needs-a-look and generic sample of tests/fixtures/linkedin (the same kind of case, written from
scratch for this recipient), then a second pass over the same kinds with other writers and
other wording, plus a few natural kinds the samples lack (a former intern, a residents'
association asking for a presentation, a pitch from someone he did meet, a school-only
headline, flattery about his city's bike lanes). The builder has no reminder, HTML-only,
bad-charset or unterminated-multipart layout: those kinds are written as ordinary invitations
of the same category. Labels follow DESIGN.md's "Categories", as the recipient would judge the
note, written without looking at the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

PLANNER = Recipient(
    name="Mads Nielsen",
    address="mads.nielsen@example.dk",
    headline="Senior Urban Planner, Mobility & Climate Adaptation at City of Copenhagen",
    profile_slug="mads-nielsen-planner",
)

PLANNER_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Mads Nielsen"
organizations = ["City of Copenhagen", "Kvarter Consulting"]
schools = ["Aalborg University", "TU Delft"]
industries = ["urban planning", "transport planning", "local government"]
interests = [
    "climate adaptation", "cloudburst management", "cycling infrastructure",
    "sustainable mobility", "nature-based solutions", "public space",
]
groups = [
    "Danish Town Planning Institute", "Nordic Urban Mobility Network",
    "Urban Climate Adaptation Practitioners",
]
events = ["Byplanmødet 2026", "Velo-city 2026", "Copenhagen Climate Adaptation Summit 2026"]
contacts = ["Signe Holm", "Pieter van Dijk", "Jonas Bach"]

# Other names people use for the same thing.
[aliases]
"City of Copenhagen" = [
    "Copenhagen Municipality", "Københavns Kommune", "Kobenhavns Kommune",
    "Technical and Environmental Administration",
]
"Kvarter Consulting" = ["Kvarter"]
"Aalborg University" = ["Aalborg Universitet", "AAU", "Aalborg Uni"]
"TU Delft" = ["Delft University of Technology", "Delft"]
"Danish Town Planning Institute" = ["Dansk Byplanlaboratorium", "Byplanlab"]
"Nordic Urban Mobility Network" = ["NUMN"]
"Urban Climate Adaptation Practitioners" = ["Climate Adaptation Practitioners group"]
"Byplanmødet 2026" = ["Byplanmødet", "Byplanmodet"]
"Velo-city 2026" = ["Velo-city", "Velocity 2026"]
"Copenhagen Climate Adaptation Summit 2026" = ["Climate Adaptation Summit", "CCAS 2026"]
"cloudburst management" = ["cloudburst", "cloudbursts", "skybrud", "stormwater"]
"cycling infrastructure" = ["cycle tracks", "bike lanes", "cycle superhighways", "bicycle lanes"]
"sustainable mobility" = ["active mobility", "active travel"]
"nature-based solutions" = ["blue-green infrastructure", "rain gardens"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 12
"""

_REFERRAL = (
    "Signe Holm suggested I reach out to you about the cargo bike parking pilot we're planning "
    "in Frederiksberg."
)
_REFERRAL_2 = (
    "Hi Mads, Jonas Bach at the Road Directorate said you're the person to ask about bus "
    "priority at signals in Copenhagen. Would you have time for a short call?"
)

PLANNER_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-velocity",
        "classic",
        "en",
        ("Emma Lindqvist", "Cycling Coordinator at Uppsala Municipality", "Uppsala, Sweden"),
        "Hi Mads, great meeting you at Velo-city last week. I was the one asking about the green "
        "wave on Nørrebrogade. Let's stay in touch!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        ("Camilla Vestergaard", "Parking Policy Advisor at City of Copenhagen", "Copenhagen"),
        "Hi Mads, I just joined the Technical and Environmental Administration at the City of "
        "Copenhagen to work on parking policy. Would love to connect with colleagues in planning.",
        LIKELY,
        ("same_organization",),
        mutual=14,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Rasmus Kjeldsen", "Water Engineer at NIRAS", "Aarhus, Denmark"),
        "Mads, we overlapped at Kvarter Consulting back in 2016 (I was on the water and drainage "
        "team). Would be good to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        ("Louise Bak", "Transport Planner at Aarhus Municipality", "Aarhus, Denmark"),
        "Hello Mads, I work as a transport planner in Aarhus and I'm always keen to learn from "
        "peers in the other big Danish cities.",
        LIKELY,
        ("same_industry",),
        mutual=6,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Johan Ekström", "Project Leader, Stormwater at City of Gothenburg", "Gothenburg"),
        "Hi Mads, I read your article on designing roads that double as floodways during "
        "cloudbursts. It's exactly what we're trying to do in Gothenburg right now.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Kari Solberg", "Senior Advisor, Mobility at Oslo Kommune", "Oslo, Norway"),
        "Hi Mads, we're both members of the Nordic Urban Mobility Network. I liked your comment "
        "on the thread about school streets.",
        LIKELY,
        ("same_groups",),
        mutual=4,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        ("Anders Thygesen", "Mobility Consultant at Frederiksberg Kommune", "Frederiksberg"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Sofie Dahl", "Environmental Officer at Region Midtjylland", "Viborg, Denmark"),
        "Hi Mads! Fellow Aalborg University alum here (geography, 2011). Small world!",
        LIKELY,
        ("fellow_alumni",),
        mutual=3,
    ),
    case(
        "009-specific-study-visit",
        "classic",
        "en",
        ("Marieke Bos", "Lecturer in Urban Water at Hanze University", "Groningen, Netherlands"),
        "Hi Mads, I teach an urban water course in Groningen and we'd like to bring 20 master's "
        "students to see the cloudburst projects in May. Could you spare an hour for a site "
        "visit?",
        LIKELY,
        ("specific_reason",),
        comment="a study visit request, not a pitch; the cloudburst mention is the reason for "
        "the visit",
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Oliver Brandt", "MSc Student, Geography", "Roskilde, Denmark"),
        "Mads, quick question: is the bike counter data from Dronning Louises Bro available "
        "anywhere? I'm writing my master's thesis on winter cycling.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        ("Lucía Ortega", "Técnica de Movilidad en Ayuntamiento de Valencia", "Valencia, España"),
        "Hola Mads, nos conocimos en la visita técnica de Velo-city por los carriles bici de "
        "Copenhague. ¡Me encantaría seguir en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=2,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Felix Hartmann", "Stadtplaner bei der Stadt Hamburg", "Hamburg"),
        "Hallo Mads, wir haben beide an der TU Delft studiert, ich war 2012 im Master Urbanism. "
        "Ich würde mich freuen, in Kontakt zu bleiben.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-talk",
        "modern",
        "en",
        ("Mette Kristoffersen", "Landscape Architect at SLA", "Copenhagen"),
        "Thanks for the good chat after your talk at Byplanmødet!",
        LIKELY,
        ("met_in_person",),
        mutual=17,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        ("Giorgio Ferri", "Urbanista presso Comune di Bologna", "Bologna"),
        "Ciao Mads, sto organizzando un seminario a Bologna sull'adattamento climatico delle "
        "città e vorrei invitarti come relatore.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        ("Anders Thygesen", "Mobility Consultant at Frederiksberg Kommune", "Frederiksberg"),
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
        ("Henrik Mortensen", "Head of Climate at HOFOR", "Copenhagen"),
        "Hi Mads, good to meet you at the Copenhagen Climate Adaptation Summit. Let's keep the "
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
        ("Tobias Lund", "Traffic Engineer at Rambøll", "Copenhagen"),
        "<script>alert('x')</script> Hi Mads, we met on the Byplanmødet bike tour & talked "
        "about <i>protected intersections</i>.",
        LIKELY,
        ("met_in_person",),
        comment="note contains markup that must be shown as text, never executed (the builder "
        "cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Daan Visser", "Flood Resilience Advisor at Gemeente Rotterdam", "Rotterdam"),
        "Mads, I'm a TU Delft grad too (MSc 2015) and now work on flood resilience in Rotterdam.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "en",
        ("Pernille Juhl", "Planner at Odense Kommune", "Odense, Denmark"),
        "Hi Mads, fellow Byplanlab member here — I'd love to compare notes on the new municipal "
        "plan.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "en",
        ("Niamh Gallagher", "Active Travel Officer at Dublin City Council", "Dublin, Ireland"),
        "Hi Mads, I work on cycle tracks too and would love to exchange ideas on junction design.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Ryan Cooper", "Account Executive at TrafficMind AI", "London, United Kingdom"),
        "Hi Mads, I help city planning teams cut traffic modelling time by 60% with our AI "
        "platform. Open to a 15-minute demo this week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "en",
        ("Kasper Holt", "Founder at SkyView Drone Surveys", "Roskilde, Denmark"),
        "Mads, our company offers affordable drone surveys for municipal planning departments. "
        "Can I send you our rates?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Jesper Krogh", "Project Manager at City of Copenhagen", "Copenhagen"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names one of my organizations (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Line Poulsen", "Key Account Manager at Carlsberg", "Copenhagen"),
        None,
        LOOK,
        mutual=19,
        comment="no note; 19 connections in common, threshold 12 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Natalie Cross", "Consultant", "Copenhagen"),
        "Hi Mads, we met at Byplanmødet. Please log in to confirm your account and read my "
        "message.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-notify.dk",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "106-weak-industry-headline",
        "classic",
        "en",
        ("Morten Skov", "Urban Planner | Placemaking | Transport Planning", "Aalborg, Denmark"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Vincent Hale", "Managing Partner at Crestline Holdings", "Dubai"),
        "Hi Mads, fellow TU Delft alum! Please review the document I shared with you.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Michael Sørensen", "Sales Manager at Elgiganten", "Køge, Denmark"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Javier Molina", "Asesor Financiero en Banco Sabadell", "Madrid, España"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Luca Moretti", "Agente immobiliare presso Gabetti", "Milano, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Chase Whitman", "Entrepreneur | Investor | Mindset Coach", "Miami, Florida"),
        None,
        GENERIC,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Freja Andersen", "Marketing Assistant at Pandora", "Copenhagen"),
        "Hi Mads, your profile showed up in my suggestions and I'd be glad to connect with you.",
        GENERIC,
        mutual=2,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Sam Porter", "CEO at Porter Growth Partners", "Stockholm, Sweden"),
        "Hi there! Growing my network with talented people across Scandinavia. Happy to connect!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Birgitte Holm", "Insurance Advisor at Tryg", "Hillerød, Denmark"),
        "I'd like to add you to my professional network on LinkedIn.\n- Birgitte Holm",
        GENERIC,
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Stefan Becker", "Vertriebsleiter bei Würth", "Flensburg"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Claire Lefèvre", "Conseillère clientèle chez AXA", "Lille"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Mikkel Berg", "Business Developer at Nordic Solutions ApS", "Copenhagen"),
        "Hey Mads, hope the week is treating you well. Would be nice to connect.",
        GENERIC,
        mutual=5,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Rafael Costa", "Gerente Comercial na Sonae", "Porto, Portugal"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording --------------------------------
    case(
        "021-met-study-tour",
        "modern",
        "en",
        ("Hannah Whitfield", "Principal Planner at Leeds City Council", "Leeds, United Kingdom"),
        "Hi Mads, thanks again for walking our delegation from Leeds around the Enghave Park "
        "cloudburst project on Tuesday. Hope we can stay in touch.",
        LIKELY,
        ("met_in_person",),
        mutual=1,
    ),
    case(
        "022-same-org-current-alias",
        "modern",
        "en",
        ("Ida Rasmussen", "Climate Coordinator at Københavns Kommune", "Copenhagen"),
        "Hi Mads, I'm the new climate coordinator at Københavns Kommune, two floors up from your "
        "team. Looking forward to working together on the Amager plan!",
        LIKELY,
        ("same_organization",),
        mutual=22,
    ),
    case(
        "023-same-org-past-alias",
        "classic",
        "en",
        ("Christian Lauridsen", "Associate Director at COWI", "Lyngby, Denmark"),
        "Mads! We did the Aarhus harbour masterplan together back when we were both at Kvarter. "
        "Let's reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry",
        "modern",
        "en",
        ("Erik Nyström", "Traffic Planner at Malmö stad", "Malmö, Sweden"),
        "Hi Mads, I'm a traffic planner for the City of Malmö, just across the bridge, and would "
        "like to follow more closely what you're doing on your side.",
        LIKELY,
        ("same_industry",),
        mutual=8,
    ),
    case(
        "025-shared-interest",
        "classic",
        "en",
        ("Kadri Tamm", "Urban Environment Specialist at Tallinn City Government", "Tallinn"),
        "Hello Mads, a colleague shared your talk on nature-based solutions for heavy rain. We're "
        "piloting rain gardens in Tallinn and your approach really resonated with us.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group",
        "modern",
        "en",
        ("Jan Petersen", "Drainage Engineer at Hamburg Wasser", "Hamburg"),
        "Hi Mads, we're both in the Urban Climate Adaptation Practitioners group. Your post on "
        "maintaining permeable paving was really useful.",
        LIKELY,
        ("same_groups",),
        mutual=1,
    ),
    case(
        "027-mutual-referral",
        "classic",
        "en",
        ("Katrine Eskildsen", "Bus Planner at Movia", "Valby, Denmark"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "028-alumni-aau",
        "modern",
        "en",
        ("Nikolaj Friis", "Project Manager at Vejdirektoratet", "Skanderborg, Denmark"),
        "Hi Mads, AAU alum here as well, I finished a few years after you. Hope all is well in "
        "Copenhagen!",
        LIKELY,
        ("fellow_alumni",),
        mutual=9,
    ),
    case(
        "029-specific-interview",
        "classic",
        "en",
        ("Astrid Winther", "Journalist at Politiken", "Copenhagen"),
        "Hi Mads, I'm writing a piece for Politiken on how the city is getting ready for the next "
        "big cloudburst and would love 20 minutes with you next week.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "030-specific-offer",
        "modern",
        "en",
        ("Anna Brix", "Associate Professor at DTU Sustain", "Kongens Lyngby, Denmark"),
        "Hi Mads, my group at DTU works on rainfall radar nowcasting and we'd be happy to share "
        "our forecasts with the city for free during the warning pilot. Could we talk?",
        LIKELY,
        ("specific_reason",),
        comment="a free research collaboration, not a sales pitch",
    ),
    case(
        "031-met-es",
        "modern",
        "en",
        ("Pau Ribas", "Arquitecto en Ajuntament de Barcelona", "Barcelona"),
        "Hola Mads, coincidimos en la ruta en bici de Velo-city y me quedé con ganas de seguir "
        "hablando de supermanzanas. ¡Saludos desde Barcelona!",
        LIKELY,
        ("met_in_person",),
        mutual=3,
    ),
    case(
        "032-alumni-de",
        "modern",
        "en",
        ("Julia Neumann", "Referentin für Klimaanpassung, Stadt Kiel", "Kiel"),
        "Guten Tag Mads, ich habe ebenfalls an der TU Delft studiert (MSc Urbanism 2014). Schön, "
        "einen Delft-Absolventen in Kopenhagen zu finden!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "033-met-panel",
        "modern",
        "en",
        ("Laura Mäkinen", "Risk Analyst at LocalTapiola", "Helsinki, Finland"),
        "Really enjoyed your panel at the Climate Adaptation Summit, and thanks for taking my "
        "question about insurance afterwards!",
        LIKELY,
        ("met_in_person",),
        mutual=2,
        comment="she talked to him after the panel: a meeting, however brief",
    ),
    case(
        "034-specific-it",
        "modern",
        "en",
        ("Elena Conti", "Assessora alla Mobilità, Comune di Collegno", "Torino"),
        "Buongiorno Mads, vorremmo portare una piccola delegazione del nostro comune a Copenaghen "
        "in primavera per vedere le superstrade ciclabili. Possiamo sentirci?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "035-resent-of-027",
        "classic",
        "en",
        ("Katrine Eskildsen", "Bus Planner at Movia", "Valby, Denmark"),
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
        ("Søren Lykke", "Chair at Nørrebro Lokaludvalg", "Copenhagen"),
        "Mads, nice to finally meet in person at the citizens' meeting on Thursday. Thanks for "
        "listening to our worries about the new bike lane on Jagtvej.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "037-markup-in-note-and-headline",
        "classic",
        "en",
        ("Maja Holm", "Urban Designer <b>Streets & Squares</b> at Gehl", "Copenhagen"),
        "Hi Mads, <b>lovely</b> to meet you at the Velo-city dinner "
        '<img src=x onerror="alert(1)"> and talk about parklets!',
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "en",
        ("Thomas Iversen", "Geography Teacher at Aarhus Katedralskole", "Aarhus"),
        "Hi Mads, I studied at Aalborg University too (BSc 2008) and now teach geography at a "
        "gymnasium in Aarhus.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "039-group-dash",
        "classic",
        "en",
        ("Lise Damgaard", "Municipal Planner at Vejle Kommune", "Vejle, Denmark"),
        "Hi Mads — fellow member of the Danish Town Planning Institute; would be great to swap "
        "notes after the spring course.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "040-shared-interest-2",
        "modern",
        "en",
        ("Callum Fraser", "Active Travel Lead at Glasgow City Council", "Glasgow"),
        "Hi Mads, I'm also a bit obsessed with cycling infrastructure and would love to hear how "
        "you approach junction design in Copenhagen.",
        LIKELY,
        ("shared_interests",),
        mutual=4,
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "041-met-former-intern",
        "modern",
        "en",
        ("Amalie Winther", "PhD Candidate at Lund University", "Lund, Sweden"),
        "Hi Mads, I was your intern at Kvarter Consulting in summer 2018 and still use what you "
        "taught me about traffic counts. I've just started a PhD in Lund, would love to stay "
        "connected.",
        LIKELY,
        ("met_in_person", "same_organization"),
        mutual=7,
        comment="a former intern: worked with him in person at his past consultancy",
    ),
    case(
        "042-specific-residents",
        "classic",
        "en",
        ("Bent Ravn", "Retired Teacher", "Copenhagen"),
        "Hello Mads, I chair the residents' association in our block on Amager. Could you or a "
        "colleague present the climate street plans at our general meeting in March? About 60 "
        "residents usually come.",
        LIKELY,
        ("specific_reason",),
        comment="a concrete request from a resident, not a pitch",
    ),
    case(
        "111-pitch-saas",
        "modern",
        "en",
        ("Sophie Laurent", "Sales Director at ParkSense", "Paris, France"),
        "Hi Mads, our sensor platform gives cities real-time parking occupancy with 98% accuracy. "
        "Could I book 20 minutes to show you how other Nordic cities use it?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "112-pitch-after-meeting",
        "classic",
        "en",
        ("Lars Engberg", "Sales Manager at UrbanRack", "Herning, Denmark"),
        "Hi Mads, great chatting at our stand at Velo-city! As promised, can I send you a quote "
        "for our modular bike shelters? We have a municipal discount until March.",
        LOOK,
        ("met_in_person",),
        comment="sales pitch: a red flag whatever else the note answers (they did meet)",
    ),
    case(
        "113-weak-past-org-headline",
        "classic",
        "en",
        ("Trine Mølgaard", "Senior Consultant at Kvarter Consulting", "Aarhus, Denmark"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my past organizations (weak)",
    ),
    case(
        "114-weak-mutual",
        "modern",
        "en",
        ("Peter Dalsgaard", "Operations Director at DSV", "Hedehusene, Denmark"),
        None,
        LOOK,
        mutual=34,
        comment="no note; 34 connections in common, threshold 12 (weak)",
    ),
    case(
        "115-spoof-good-note",
        "modern",
        "en",
        ("Rebecca Lowe", "Event Coordinator", "Copenhagen"),
        "Hi Mads, great meeting you at the Climate Adaptation Summit! I've shared the "
        "presentation with you, sign in here to download it.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-share.net",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "116-weak-industry-headline",
        "classic",
        "en",
        ("Gustav Lindberg", "Mobility Planner | Transport Planning | Smart Cities", "Stockholm"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "117-dmarc-fail-plain-note",
        "modern",
        "en",
        ("Jonas Hvid", "Landscape Engineer at Orbicon", "Roskilde, Denmark"),
        "Hi Mads, good to see you again at Byplanmødet. Let's stay in touch!",
        LOOK,
        auth="fail",
        mutual=5,
        comment="DKIM and DMARC failed: flagged even though the note itself reads as genuine",
    ),
    case(
        "118-weak-school-headline",
        "modern",
        "en",
        ("Sanne Jacobs", "Student at TU Delft", "Delft, Netherlands"),
        None,
        LOOK,
        mutual=2,
        comment="no note; headline names one of my schools (weak)",
    ),
    case(
        "221-stock-en",
        "classic",
        "en",
        ("Daniel Kruse", "Real Estate Agent at home", "Odense, Denmark"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "222-stock-es",
        "classic",
        "en",
        ("Carmen Rubio", "Ejecutiva de Cuentas en Telefónica", "Sevilla, España"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "223-stock-it",
        "classic",
        "en",
        ("Francesca Greco", "Consulente finanziaria presso Mediolanum", "Roma, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "224-modern-no-note",
        "modern",
        "en",
        ("Tyler Brooks", "Dropshipping | E-commerce Coach | Speaker", "Austin, Texas"),
        None,
        GENERIC,
        mutual=3,
    ),
    case(
        "225-custom-vague",
        "modern",
        "en",
        ("Nanna Lind", "HR Assistant at Novo Nordisk", "Bagsværd, Denmark"),
        "Hello Mads, I found your profile while browsing and thought it would be great to connect.",
        GENERIC,
    ),
    case(
        "226-custom-vague-2",
        "classic",
        "en",
        ("Marcus Hale", "Founder at Hale Ventures", "London, United Kingdom"),
        "Always looking to connect with inspiring professionals. Let's grow together!",
        GENERIC,
    ),
    case(
        "227-old-stock-signed",
        "classic",
        "en",
        ("Henrik Lauesen", "Financial Advisor at Danske Bank", "Aalborg, Denmark"),
        "I'd like to join your LinkedIn network.\nBest regards, Henrik",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "228-stock-de",
        "classic",
        "en",
        ("Katrin Vogel", "Versicherungsberaterin bei Allianz", "Lübeck"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "229-stock-fr",
        "classic",
        "en",
        ("Julien Mercier", "Responsable commercial chez Orange", "Lyon"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "230-custom-vague-3",
        "modern",
        "en",
        ("Simone Kjær", "Customer Success Manager at Trustpilot", "Copenhagen"),
        "Hi Mads, hope all is good on your end! Would be great to have you in my network.",
        GENERIC,
        mutual=1,
    ),
    case(
        "231-stock-pt",
        "classic",
        "en",
        ("Beatriz Almeida", "Consultora Imobiliária na RE/MAX", "Lisboa, Portugal"),
        None,
        GENERIC,
        stock="pt",
    ),
    case(
        "232-vague-praise",
        "modern",
        "en",
        ("Jake Morrison", "Mortgage Broker at Morrison Finance", "Manchester, United Kingdom"),
        "Hi Mads, love what Copenhagen is doing with its bike lanes! Would be great to connect.",
        GENERIC,
        mutual=2,
        comment="praise for his city's work; says nothing about the writer or a link to him",
    ),
]

"""Held-out invitations for Marisol Vega, CCS and geothermal project lead in Houston.

Marisol spent nine years as a reservoir engineer at Pelican Bay Petroleum (Permian, Eagle Ford)
before moving to Trinity Basin Energy, where she now leads energy-transition projects: a CO2
storage hub near Bay City and a pilot repurposing old wells for geothermal heat. She studied
petroleum engineering at Texas A&M and did her master's at UT Austin. English interface.

Notes mostly in Gulf Coast English (oilfield and subsurface jargon, Texan and Cajun turns of
phrase, abbreviations and typos as people write them), with Spanish from Mexican, Colombian,
Venezuelan and Argentine colleagues, a little Portuguese from Brazil, and a few German,
Italian, French and Indonesian notes from the international subsurface crowd. One invitation
for every likely-accept, needs-a-look and generic sample of tests/fixtures/linkedin (the same
kind of case, written from scratch for this recipient), then a second pass over the same kinds
with other writers and other wording, plus kinds the samples lack: a former intern, a partner
she worked with on a joint project, a landowner asked to lease pore space, a journalist, a
laid-off engineer asking for advice, a referral by first name only, a talk seen but no meeting,
a vendor pitch after a real booth meeting, an expert-network paid call, an in-house recruiter,
a school-only or group-only headline, a failed sender with a genuine-looking note, and vague
notes that only repeat her employer, her city or her field back to her. The builder has no
reminder, HTML-only, bad-charset or unterminated-multipart layout: those kinds are written as
ordinary invitations of the same category. Labels follow DESIGN.md's "Categories", as the
recipient would judge the note, written without looking at the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

RESERVOIR = Recipient(
    name="Marisol Vega",
    address="marisol.vega@example.com",
    headline="Energy Transition Project Lead, CCS & Geothermal at Trinity Basin Energy",
    profile_slug="marisol-vega-pe",
)

RESERVOIR_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Marisol Vega"
organizations = ["Trinity Basin Energy", "Pelican Bay Petroleum"]
schools = ["Texas A&M University", "University of Texas at Austin"]
industries = ["oil and gas", "energy", "energy transition", "carbon management"]
interests = [
    "carbon capture and storage", "geothermal energy", "reservoir simulation",
    "pressure management", "well repurposing", "women in energy", "STEM outreach",
]
groups = [
    "Society of Petroleum Engineers", "SPE Gulf Coast Section", "Women's Energy Network",
    "Geothermal Rising",
]
events = ["CERAWeek 2026", "SPE ATCE 2026", "CCUS 2026", "Geothermal Rising Conference 2026"]
contacts = ["Curtis Broussard", "Priya Venkataraman", "Héctor Salinas"]

# Other names people use for the same thing.
[aliases]
"Trinity Basin Energy" = ["Trinity Basin", "TBE"]
"Pelican Bay Petroleum" = ["Pelican Bay", "PBP"]
"Texas A&M University" = ["Texas A&M", "TAMU", "A&M"]
"University of Texas at Austin" = ["UT Austin", "UT-Austin", "University of Texas"]
"Society of Petroleum Engineers" = ["SPE"]
"SPE Gulf Coast Section" = ["SPE GCS", "SPE Gulf Coast", "Gulf Coast Section"]
"Women's Energy Network" = ["WEN", "WEN Houston", "Womens Energy Network"]
"Geothermal Rising" = ["GRC", "Geothermal Resources Council"]
"CERAWeek 2026" = ["CERAWeek", "CERA Week"]
"SPE ATCE 2026" = ["ATCE", "ATCE 2026", "SPE ATCE"]
"CCUS 2026" = ["CCUS Conference", "CCUS 2026 Conference"]
"Geothermal Rising Conference 2026" = [
    "Geothermal Rising Conference", "GRC Annual Meeting", "GRC 2026",
]
"carbon capture and storage" = [
    "CCS", "CCUS", "carbon capture", "carbon storage", "CO2 storage", "CO2 sequestration",
]
"geothermal energy" = ["geothermal", "enhanced geothermal", "EGS"]
"reservoir simulation" = ["reservoir modeling", "reservoir modelling", "history matching"]
"well repurposing" = ["repurposing wells", "repurposing old wells", "well conversion"]
"oil and gas" = ["oil & gas", "O&G", "upstream", "E&P"]
"energy transition" = ["low-carbon", "low carbon", "decarbonization"]
"women in energy" = ["women in STEM"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 12
"""

_REFERRAL = (
    "Curtis Broussard suggested I reach out to you about the Class VI permit timeline for your "
    "Matagorda storage hub. We're scoping something similar in Jefferson County."
)
_REFERRAL_2 = (
    "Hi Marisol - Héctor Salinas told me you're the one to ask about CO2 corrosion on legacy "
    "wellbores before converting them to injectors. Would you have 15 min in the next couple "
    "of weeks?"
)

RESERVOIR_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-ceraweek",
        "classic",
        "en",
        (
            "Brandon Thibodeaux",
            "Commercial Manager, Low Carbon Solutions at Magnolia Midstream",
            "Houston, Texas",
        ),
        "Marisol - great meeting you at CERAWeek on Tuesday. I was the guy at the CCS roundtable "
        "who asked about pore space pricing. Let's keep in touch.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        ("Aisha Okonkwo", "Geomechanics Engineer at Trinity Basin Energy", "Houston, Texas"),
        "Hi Marisol! I just transferred into the Low Carbon Ventures group at Trinity Basin "
        "Energy from the Midland asset team. Looking forward to working with you on the storage "
        "side.",
        LIKELY,
        ("same_organization",),
        mutual=14,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Greg Landry", "Senior Drilling Engineer at Sabine Offshore", "Houston, Texas"),
        "Marisol, we overlapped at Pelican Bay Petroleum 2013-2017. I was the drilling engineer "
        "on the Delaware Basin program while you were on the reservoir team. Good to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        ("Kelsey Harmon", "Reservoir Engineer at Red Mesa Resources", "Midland, Texas"),
        "Hi Marisol, reservoir engineer out in Midland here, mostly waterflood and CO2-EOR "
        "surveillance. Always trying to learn from other REs, esp. ones with a few more years "
        "in the chair than me.",
        LIKELY,
        ("same_industry",),
        mutual=3,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Nnamdi Eze", "Research Scientist at Texas Subsurface Institute", "Austin, Texas"),
        "Hi Marisol, I read your article on pressure management for stacked saline storage on "
        "the Gulf Coast. We're modeling almost exactly the same problem in the Frio and I'd love "
        "to follow your work.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Tiffany Nguyen", "Production Engineer at Harbor Point Energy", "Houston, Texas"),
        "Hi Marisol, we're both in SPE GCS. Really liked your reply on the Young Professionals "
        "thread about moving from conventional RE work into CCS roles.",
        LIKELY,
        ("same_groups",),
        mutual=8,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        (
            "Ramón Castillo",
            "Subsurface Lead, Carbon Storage at Neches Carbon Partners",
            "Beaumont, Texas",
        ),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Cody Rasmussen", "Completions Engineer at Permian Ridge Operating", "Midland, Texas"),
        "Howdy Marisol! Fellow Aggie here, PETE class of '10. Whoop!",
        LIKELY,
        ("fellow_alumni",),
        mutual=5,
        comment="'Aggie' and PETE: a Texas A&M petroleum engineering graduate",
    ),
    case(
        "009-specific-seminar",
        "classic",
        "en",
        (
            "Laura Whitfield",
            "Associate Professor of Petroleum Engineering at University of Houston",
            "Houston, Texas",
        ),
        "Hi Marisol, I run the energy transition seminar series at UH and we'd love to have you "
        "speak to our grad students this fall about converting depleted fields to CO2 storage. "
        "Could we find 20 minutes for a call?",
        LIKELY,
        ("specific_reason",),
        comment="an invitation to speak: a concrete request, not a pitch",
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Jacob Mensah", "MS Student, Petroleum Engineering", "Golden, Colorado"),
        "Quick question Marisol - does Trinity Basin's low-carbon team take summer interns on "
        "the subsurface side? I'm finishing my MS at Mines in May and would love to apply.",
        LIKELY,
        ("specific_reason",),
        mutual=1,
        comment="names her employer only to ask about it; he does not work there",
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        (
            "Alejandra Treviño",
            "Ingeniera de Yacimientos en Pemex Exploración y Producción",
            "Villahermosa, Tabasco",
        ),
        "Hola Marisol, platicamos en CERAWeek después de la sesión sobre captura de carbono en "
        "México. ¡Me dio mucho gusto conocerte, ojalá sigamos en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=2,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Tobias Krämer", "Reservoir Engineer bei Nordsee Erdgas GmbH", "Hannover"),
        "Hallo Marisol, ich war 2011/12 für ein Austauschjahr im Petroleum-Engineering-Programm "
        "an der UT Austin. Schön, hier eine Ehemalige zu finden – viele Grüße aus Hannover!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-panel",
        "modern",
        "en",
        ("Jenna Kowalczyk", "Policy Analyst at Gulf States Carbon Forum", "Austin, Texas"),
        "Thanks for sticking around after your panel at the CCUS Conference to answer my "
        "questions on long-term liability transfer. Super helpful!",
        LIKELY,
        ("met_in_person",),
        mutual=9,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        ("Federica Marchetti", "Ingegnere di giacimento presso Eni", "San Donato Milanese"),
        "Ciao Marisol, sto organizzando un webinar al Politecnico di Milano sul riutilizzo dei "
        "pozzi esauriti per la geotermia e mi piacerebbe averti come relatrice. Ti andrebbe di "
        "sentirci la prossima settimana?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        (
            "Ramón Castillo",
            "Subsurface Lead, Carbon Storage at Neches Carbon Partners",
            "Beaumont, Texas",
        ),
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
        ("Darnell Washington", "Senior Geologist at Coastal Bend Carbon Storage", "Corpus Christi"),
        "Marisol, good seeing you at the Geothermal Rising Conference in Reno. Enjoyed the "
        "hallway chat about sedimentary geothermal, let's stay in touch.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-note",
        "classic",
        "en",
        ("Kevin <b>Tran</b>", "Data Scientist at Subsurface Analytics", "Houston, Texas"),
        "<script>alert('x')</script> Hi Marisol, we met at ATCE & talked about "
        "<i>ML proxies for reservoir sims</i>.",
        LIKELY,
        ("met_in_person",),
        comment="note and name contain markup that must be shown as text, never executed (the "
        "builder cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Sunita Rao", "Process Engineer at Lone Star LNG", "Houston, Texas"),
        "Marisol, I'm a UT Austin grad too (ChE '14) and now work on the LNG side here in town.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "en",
        ("Rebecca Fontenot", "Landman at Acadiana Minerals", "Lafayette, Louisiana"),
        "Hi Marisol — fellow WEN member here. Would love to swap notes on the mentoring circle "
        "you started for early-career women.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "en",
        ("Omar Haddad", "Senior Reservoir Engineer, CCS at Seaboard Carbon", "Houston, Texas"),
        "Hi Marisol, I'm working on AoR delineation and plume modeling for a Class VI "
        "application too, would love to trade notes sometime.",
        LIKELY,
        ("shared_interests",),
        mutual=6,
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Tyler Beckett", "Account Executive at SimCloud AI", "Austin, Texas"),
        "Hi Marisol, our cloud platform cuts reservoir simulation run times 10x for CCS plume "
        "models. Would you be open to a 20 min demo next week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "en",
        ("Melissa Crane", "Director of Client Services at Gulfside Technical Staffing", "Houston"),
        "Marisol, we place contract reservoir engineers and geologists on CCS projects on short "
        "notice. Can I send over our rate card?",
        LOOK,
        comment="staffing agency sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Travis Boudreaux", "Facilities Coordinator at Trinity Basin Energy", "Houston, Texas"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names my current organization (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Priyanka Desai", "Tax Manager at Deloitte", "Houston, Texas"),
        None,
        LOOK,
        mutual=26,
        comment="no note; 26 connections in common, threshold 12 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Ashley Morgan", "Talent Partner", "Dallas, Texas"),
        "Hi Marisol, we met at CERAWeek. Please verify your account to view the role I shared.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-notify.co",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "106-weak-industry-headline",
        "classic",
        "en",
        ("Wade Hollis", "Oil & Gas Professional | Production Operations", "Odessa, Texas"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Anthony Reyes", "Managing Partner at Crescent Ridge Capital", "Dubai"),
        "Hi Marisol, fellow Longhorn! Please open the NDA I shared so we can talk.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Jeff Walters", "Insurance Agent at State Farm", "Katy, Texas"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Luis Alberto Mendoza", "Asesor Inmobiliario en Century 21", "Monterrey, México"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Simone Greco", "Consulente finanziario presso Banca Mediolanum", "Roma, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Chase Whitaker", "Founder | Real Estate Investor | Podcast Host", "Sugar Land, Texas"),
        None,
        GENERIC,
        mutual=2,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Brittany Hale", "Marketing Specialist at Gallery Furniture", "Houston, Texas"),
        "Hi Marisol, I came across your profile and thought it would be great to connect!",
        GENERIC,
        mutual=1,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Derrick Lowe", "Entrepreneur | Business Coach", "Atlanta, Georgia"),
        "Hello! Growing my network with driven professionals. Let's connect 🤝",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Ronald Pierce", "Financial Advisor at Edward Jones", "The Woodlands, Texas"),
        "I'd like to add you to my professional network on LinkedIn.\n- Ron Pierce",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Stefan Braun", "Außendienstmitarbeiter bei Würth", "Stuttgart"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Mathieu Girard", "Conseiller clientèle chez Crédit Agricole", "Toulouse"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Kayla Simmons", "Customer Success Manager at HubSpot", "Houston, Texas"),
        "Hope you're having a good week Marisol! Let's connect.",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Rafael Costa", "Corretor de Seguros na Porto Seguro", "Campinas, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-site-visit",
        "classic",
        "en",
        (
            "Megan O'Rourke",
            "Geologist, Underground Injection Control at Railroad Commission of Texas",
            "Austin, Texas",
        ),
        "Marisol, thanks for walking our team around the strat test well site near Bay City last "
        "Thursday. Really useful to see the monitoring setup in person.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "022-same-org-current-alias",
        "modern",
        "en",
        ("Jordan Pham", "Geothermal Intern at TBE", "Houston, Texas"),
        "hey Marisol! new summer intern on the geothermal team at TBE (started monday). my "
        "manager says you're the person to bug about the well repurposing model lol. excited to "
        "learn!",
        LIKELY,
        ("same_organization",),
        mutual=11,
    ),
    case(
        "023-same-org-past-es",
        "classic",
        "en",
        ("Luis Bermúdez", "Asset Manager at Costa Verde Energy", "Houston, Texas"),
        "Marisol, ¡qué tal! Trabajamos juntos en Pelican Bay, en el equipo de Eagle Ford allá "
        "por 2016. Qué bueno ver todo lo que estás haciendo ahora en CCS. Un abrazo.",
        LIKELY,
        ("same_organization",),
        comment="a Venezuelan former colleague, writing in Spanish",
    ),
    case(
        "024-same-industry",
        "modern",
        "en",
        ("Hunter McAllister", "Petroleum Engineer at Caddo Lake Operating", "Shreveport"),
        "Marisol - PE in Shreveport here, Haynesville gas mostly. Our company's starting to look "
        "at CO2 storage in depleted fields and I'm trying to connect with people in the industry "
        "who've actually done it.",
        LIKELY,
        ("same_industry", "shared_interests"),
        mutual=4,
    ),
    case(
        "025-shared-interest",
        "classic",
        "en",
        ("Claire Donnelly", "PhD Candidate, Earth Sciences at Rice University", "Houston, Texas"),
        "Hi Marisol, watched the recording of your talk on using orphaned wells for geothermal "
        "heat. I'm doing my PhD on the same idea for Gulf Coast wells and would love to follow "
        "what your team is doing.",
        LIKELY,
        ("shared_interests",),
        comment="watched a recording: not a meeting",
    ),
    case(
        "026-same-group",
        "modern",
        "en",
        ("Yolanda Brooks", "HSE Manager at Evangeline Pipeline", "Baton Rouge, Louisiana"),
        "Hi Marisol! We're both in the Women's Energy Network and I loved your post about going "
        "back to field work after maternity leave.",
        LIKELY,
        ("same_groups",),
        mutual=7,
    ),
    case(
        "027-mutual-referral",
        "classic",
        "en",
        ("Wei Zhang", "Materials & Corrosion Engineer at Bayport Tubulars", "Pasadena, Texas"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="he asks for her advice, he does not offer to sell anything",
    ),
    case(
        "028-alumni-tamu",
        "modern",
        "en",
        ("Paige Whitlock", "Regulatory Analyst at Brazos Valley Water Authority", "Bryan, Texas"),
        "Marisol, hi from another TAMU petroleum grad (2012)! Saw your name on the geothermal "
        "panel lineup and had to say hi.",
        LIKELY,
        ("fellow_alumni",),
        mutual=1,
        comment="saw her name on a programme: not a meeting",
    ),
    case(
        "029-specific-journalist",
        "classic",
        "en",
        ("Nate Kessler", "Energy Reporter at Houston Chronicle", "Houston, Texas"),
        "Hi Marisol, I'm working on a piece about whether Gulf Coast CCS hubs can get permitted "
        "fast enough for the 45Q math to work. Would you be open to a short interview this week, "
        "on or off the record?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "030-specific-landowner",
        "modern",
        "en",
        ("Earl Kubecka", "Owner at Kubecka Family Farms", "Bay City, Texas"),
        "Ms. Vega, my family got a letter about leasing our pore space for the storage project "
        "near Bay City and your name was on it. Could I ask you a few questions before we sign "
        "anything?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "031-met-es",
        "modern",
        "en",
        ("Juliana Restrepo", "Ingeniera de Yacimientos en Ecopetrol", "Bogotá, Colombia"),
        "Hola Marisol! Coincidimos en el almuerzo de mujeres en energía durante ATCE. Me encantó "
        "tu historia de cómo pasaste de yacimientos a geotermia, sigamos en contacto 😊",
        LIKELY,
        ("met_in_person",),
        mutual=3,
    ),
    case(
        "032-shared-interest-de",
        "modern",
        "en",
        ("Florian Weiß", "Projektleiter Tiefengeothermie bei Stadtwerke München", "München"),
        "Hallo Marisol, ich leite Tiefengeothermie-Projekte in München und verfolge mit großem "
        "Interesse eure Arbeit zur Umnutzung alter Öl- und Gasbohrungen. Ein Austausch wäre "
        "toll!",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "033-specific-fr",
        "modern",
        "en",
        ("Élodie Marchand", "Ingénieure réservoir chez TotalEnergies", "Pau, France"),
        "Bonjour Marisol, je travaille sur l'injectivité du CO2 en aquifère salin et j'aurais "
        "une question sur vos tests d'injection dans le Frio. Auriez-vous 20 minutes dans les "
        "prochaines semaines ?",
        LIKELY,
        ("shared_interests", "specific_reason"),
    ),
    case(
        "034-resent-of-027",
        "classic",
        "en",
        ("Wei Zhang", "Materials & Corrosion Engineer at Bayport Tubulars", "Pasadena, Texas"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="re-sent invitation of 027 (the builder has no reminder layout): same inviter "
        "and note",
    ),
    case(
        "035-typos-saw-talk",
        "modern",
        "en",
        ("Dustin Hebert", "Wellsite Geologist", "Lafayette, Louisiana"),
        "hey marisol saw ur talk at GRC 2026 in reno on sedimentary geothermal, we got a few P&A "
        "candidate wells in south LA that might fit that model. would luv to pick ur brain "
        "sometime",
        LIKELY,
        ("shared_interests", "specific_reason"),
        mutual=3,
        comment="saw her talk from the audience: not a meeting",
    ),
    # -- kinds the samples lack ---------------------------------------------------------------
    case(
        "036-met-former-intern",
        "modern",
        "en",
        ("Sofía Martínez", "Reservoir Engineer II at Pelican Bay Petroleum", "Midland, Texas"),
        "Marisol!! You were my intern mentor at Pelican Bay back in 2018 and I just got promoted "
        "to RE II. Still use your decline curve checklist lol. Thank you!!",
        LIKELY,
        ("met_in_person", "same_organization"),
        mutual=13,
    ),
    case(
        "037-met-worked-together",
        "classic",
        "en",
        ("Jim Kowalski", "Senior Project Manager at Oxbow Midstream", "Houston, Texas"),
        "Marisol, we worked together on the Lavaca CO2 pipeline FEED back when you were at "
        "Pelican Bay. Hope all's well at the new gig!",
        LIKELY,
        ("met_in_person",),
        comment="they worked together on a joint project; he was never at Pelican Bay himself",
    ),
    case(
        "038-referral-first-name",
        "modern",
        "en",
        (
            "Daniela Ortiz",
            "Graduate Student, Energy Management at University of Houston",
            "Houston, Texas",
        ),
        "Hi Marisol, Priya from WEN mentioned you might be open to chatting with students who "
        "want to get into CCS. Would love 15 minutes whenever you're free!",
        LIKELY,
        ("mutual_connection", "specific_reason"),
        mutual=2,
        comment="Priya Venkataraman named by first name; she does not say she is in WEN herself",
    ),
    case(
        "039-met-id",
        "modern",
        "en",
        ("Agus Prasetyo", "Reservoir Engineer di Pertamina Geothermal Energy", "Jakarta"),
        "Halo Marisol, senang sekali bisa ngobrol dengan Anda di Geothermal Rising Conference di "
        "Reno minggu lalu. Semoga kita bisa lanjut diskusi soal reinjeksi dan manajemen "
        "reservoir panas bumi.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "040-same-industry-es",
        "modern",
        "en",
        ("Martín Giordano", "Ingeniero de Reservorios en YPF", "Neuquén, Argentina"),
        "Hola Marisol, soy ingeniero de reservorios en Vaca Muerta. Me interesa mucho cómo los "
        "equipos de upstream están pasando a CCS y geotermia, me encantaría aprender de tu "
        "experiencia.",
        LIKELY,
        ("same_industry", "shared_interests"),
        mutual=1,
    ),
    case(
        "041-laid-off-advice",
        "classic",
        "en",
        ("Tanisha Greene", "Production Engineer | Open to Work", "Houston, Texas"),
        "Hi Marisol, after 8 yrs as a production engineer I got caught in the latest round of "
        "layoffs and I'm looking hard at CCS roles. Any chance you'd have 15 min to tell me how "
        "you made the switch?",
        LIKELY,
        ("same_industry", "specific_reason"),
    ),
    case(
        "042-base64-alumni-pt",
        "classic",
        "en",
        ("Thiago Nascimento", "Engenheiro de Petróleo na Equinor Brasil", "Rio de Janeiro"),
        "Olá Marisol! Fiz doutorado na Texas A&M (Harold Vance, 2016), acho que a gente se "
        "cruzou no Richardson Building. Abraço do Rio!",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
        comment="'I think we crossed paths' is not a meeting; the shared school is clear",
    ),
    case(
        "111-pitch-saas",
        "modern",
        "en",
        ("Jasmine Patel", "Sales Director at CarbonLedger", "San Francisco, California"),
        "Hi Marisol! CarbonLedger automates MRV reporting for 45Q credits, teams like yours save "
        "~200 hrs a quarter. Worth a quick call next Tues or Wed?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "112-pitch-recruiting-agency",
        "classic",
        "en",
        ("Mark Dyer", "Principal Consultant at PetroTalent Search", "Aberdeen, United Kingdom"),
        "Hi Marisol, I'm working several senior CCS and geothermal roles in the Middle East, "
        "tax-free packages + housing. Happy to share details if you're open to a move.",
        LOOK,
        comment="recruitment agency pitch",
    ),
    case(
        "113-weak-past-org-headline",
        "classic",
        "en",
        ("Kimberly Ochoa", "Office Manager at Pelican Bay Petroleum", "Houston, Texas"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names my past organization (weak)",
    ),
    case(
        "114-spoof-good-note",
        "modern",
        "en",
        ("Olivia Grant", "HR Coordinator", "Houston, Texas"),
        "Hi Marisol, great to meet you at the SPE GCS luncheon! I've shared the slides with you, "
        "log in here to download them.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-secure.net",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "115-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Igor Petrenko", "Director at Caspian Holdings Ltd", "Limassol, Cyprus"),
        "Hi Marisol, we met at CERAWeek. Kindly review the attached invoice for your conference "
        "booking.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed meeting is not "
        "counted, as in the samples",
    ),
    case(
        "116-pitch-after-meeting",
        "classic",
        "en",
        ("Scott Reinhardt", "Regional Sales Manager at FiberSense Monitoring", "Houston, Texas"),
        "Marisol, great to meet you at our booth at ATCE! As promised, we're offering 15% off "
        "DAS fiber monitoring packages for Class VI projects booked this quarter. Can I send a "
        "quote?",
        LOOK,
        ("met_in_person",),
        comment="sales pitch: a red flag whatever else the note answers (they did meet)",
    ),
    case(
        "117-expert-network",
        "modern",
        "en",
        ("Hannah Lipton", "Associate at Meridian Expert Network", "New York, New York"),
        "Hi Marisol, one of our clients (an infrastructure fund) is looking for a 1-hour paid "
        "consultation on Class VI permitting timelines in Texas. $500/hr. Interested?",
        LOOK,
        comment="expert-network solicitation for a paid call: a commercial pitch",
    ),
    case(
        "118-pitch-inhouse-recruiter",
        "classic",
        "en",
        ("Brooke Tanner", "Senior Technical Recruiter at Ember Geothermal", "Denver, Colorado"),
        "Hi Marisol, Ember is scaling its subsurface team and your geothermal + reservoir sim "
        "background is exactly what we need. Open to a confidential chat about a Director role?",
        LOOK,
        comment="recruiting pitch",
    ),
    case(
        "119-pitch-services-es",
        "modern",
        "en",
        ("Ricardo Villarreal", "Director Comercial en Geoservicios del Norte", "Monterrey"),
        "Hola Marisol, en Geoservicios del Norte hacemos caracterización geológica y "
        "expedientes para permisos Clase VI a precios muy competitivos. ¿Te puedo mandar una "
        "propuesta?",
        LOOK,
        comment="service sales pitch, in Spanish",
    ),
    case(
        "120-weak-school-headline",
        "classic",
        "en",
        ("Ethan Brooks", "Graduate Research Assistant at Texas A&M University", "College Station"),
        None,
        LOOK,
        stock="en",
        mutual=2,
        comment="stock note; headline names one of my schools (weak)",
    ),
    case(
        "121-weak-group-headline",
        "modern",
        "en",
        ("Lauren Pryor", "Chair, SPE Gulf Coast Section Young Professionals", "Houston, Texas"),
        None,
        LOOK,
        mutual=5,
        comment="no note; headline names one of my groups (weak)",
    ),
    case(
        "122-dmarc-fail-plain-note-es",
        "modern",
        "en",
        ("Nicolás Herrera", "Geólogo en Carbono Golfo", "Tampico, México"),
        "Hola Marisol, gusto en saludarte después de la sesión de pósters en la CCUS Conference. "
        "¡Seguimos en contacto!",
        LOOK,
        auth="fail",
        mutual=4,
        comment="DKIM and DMARC failed: flagged even though the note itself reads as genuine",
    ),
    case(
        "221-stock-en",
        "classic",
        "en",
        ("Craig Dunn", "Mortgage Loan Officer at Guild Mortgage", "Cypress, Texas"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "222-modern-no-note",
        "modern",
        "en",
        ("Jaxon Reed", "Crypto | NFTs | Day Trader", "Miami, Florida"),
        None,
        GENERIC,
    ),
    case(
        "223-custom-vague",
        "modern",
        "en",
        ("Amanda Fisher", "Event Planner at Bayou City Events", "Houston, Texas"),
        "Hi Marisol, your profile really stood out to me and I'd love to connect!",
        GENERIC,
        mutual=3,
    ),
    case(
        "224-custom-vague-2",
        "classic",
        "en",
        ("Kyle Benton", "CEO & Founder at Benton Ventures", "Scottsdale, Arizona"),
        "Let's connect! Always looking to network w/ high performers 🚀",
        GENERIC,
    ),
    case(
        "225-old-stock-signed",
        "classic",
        "en",
        ("Patricia Greene", "Realtor at Keller Williams", "Spring, Texas"),
        "I'd like to join your LinkedIn network.\nThanks, Patty",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "226-stock-de",
        "classic",
        "en",
        ("Sabine Hartmann", "Filialleiterin bei dm-drogerie markt", "Karlsruhe"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "227-stock-fr",
        "classic",
        "en",
        ("Antoine Rousseau", "Agent immobilier chez Orpi", "Nantes"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "228-stock-en",
        "classic",
        "en",
        ("Rosa Delgado", "Office Administrator at Memorial Hermann", "Pasadena, Texas"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "229-stock-id",
        "classic",
        "en",
        ("Dewi Lestari", "Staf Pemasaran di Bank Mandiri", "Jakarta"),
        None,
        GENERIC,
        stock="id",
    ),
    case(
        "230-only-her-employer",
        "modern",
        "en",
        ("Tony Nguyen", "Owner at Bellaire Auto Detailing", "Bellaire, Texas"),
        "Hi Marisol, I see you work at Trinity Basin Energy. Would love to connect!",
        GENERIC,
        mutual=2,
        comment="repeats her employer from her profile; says nothing of his own link to it",
    ),
    case(
        "231-vague-in-common",
        "classic",
        "en",
        ("Ryan Holt", "Account Manager at Comcast Business", "Houston, Texas"),
        "Hey Marisol, looks like we have quite a few mutual connections so figured I'd reach out!",
        GENERIC,
        mutual=4,
        comment="no one named and only 4 in common: no mutual connection answered",
    ),
    case(
        "232-same-city",
        "modern",
        "en",
        ("Stephanie Lam", "Pharmacist at H-E-B", "Houston, Texas"),
        "Hi Marisol! Fellow Houstonian here 🙂 always nice to connect with people around town.",
        GENERIC,
        mutual=1,
        comment="living in the same city is not on her checklist",
    ),
    case(
        "233-vague-praise-field",
        "classic",
        "en",
        ("Greg Foster", "Wealth Advisor at Morgan Stanley", "Houston, Texas"),
        "Marisol, always great to connect with leaders in the energy space here in Houston. "
        "Let's stay in touch.",
        GENERIC,
        comment="flatters her field; says nothing of his own link to it",
    ),
    case(
        "234-custom-vague-es",
        "modern",
        "en",
        ("Andrés Paredes", "Emprendedor | Coach de Negocios", "Lima, Perú"),
        "Hola Marisol, vi tu perfil y me encantaría formar parte de tu red. ¡Saludos!",
        GENERIC,
    ),
]

"""Held-out invitations for Stefan Keller, chief pricing actuary at a reinsurer in Zürich.

English interface. Notes mostly in English as the international re/insurance market writes it
(London, Bermuda, Munich, Zürich; jargon such as treaty, 1/1 renewals, cat bonds, ILS, secondary
perils), and about a fifth in the samples' other languages: Swiss and German writers in German,
Swiss Romands in French, Ticinesi and Milanese in Italian, plus Spanish, Portuguese and
Indonesian market colleagues. One invitation for every likely-accept, needs-a-look and generic
sample of tests/fixtures/linkedin (the same kind of case, written from scratch for this
recipient), then a second pass over the same kinds with other writers and other wording, plus a
few kinds the samples lack (a former intern, a meetup regular who never said hello, a mutual
contact named with no other reason, a speaker invitation, a recruiter's retained search, a
private banker's pitch, a pitch from a fellow alumnus, a school-only and a group-only headline,
"we know a lot of the same people" with many connections in common, a note that only repeats his
employer or his industry back to him, a vague note in Swiss German formality, no note with
connections in common below the threshold). The builder has no reminder, HTML-only, bad-charset
or unterminated-multipart layout: those kinds are written as ordinary invitations of the same
category. Labels follow DESIGN.md's "Categories", as the recipient would judge the note, written
without looking at the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

KELLER = Recipient(
    name="Stefan Keller",
    address="stefan.keller@example.ch",
    headline="Chief Pricing Actuary at Limmat Re | Aktuar SAV",
    profile_slug="stefan-keller-pricing",
)

KELLER_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Stefan Keller"
organizations = ["Limmat Re", "Gotthard Versicherungen"]
schools = ["ETH Zürich", "University of St. Gallen"]
industries = ["reinsurance", "insurance", "actuarial science", "risk management"]
interests = [
    "climate risk modelling", "cat bonds", "natural catastrophe modelling",
    "insurance-linked securities", "secondary perils", "credibility theory",
]
groups = ["Swiss Association of Actuaries", "ASTIN", "Zurich Cat Modelling Meetup"]
events = [
    "ASTIN Colloquium 2026", "Rendez-vous de Septembre 2026", "ETH Risk Day 2026",
    "SAA Annual Meeting 2026",
]
contacts = ["Reto Huber", "Chiara Bernasconi", "David Okafor"]

# Other names people use for the same thing.
[aliases]
"Limmat Re" = ["Limmat Rück", "Limmat Rueck", "Limmat Rückversicherung", "Limmat Reinsurance"]
"Gotthard Versicherungen" = [
    "Gotthard Versicherung", "Gotthard Insurance", "Gotthard Assurances",
    "Gotthard Assicurazioni", "Gotthard",
]
"ETH Zürich" = ["ETH Zurich", "ETHZ", "ETH", "Swiss Federal Institute of Technology"]
"University of St. Gallen" = [
    "University of St Gallen", "Universität St. Gallen", "Uni St. Gallen", "St. Gallen", "HSG",
]
"reinsurance" = ["re/insurance", "reinsurer", "Rückversicherung", "réassurance", "riassicurazione"]
"insurance" = ["insurer", "Versicherung", "assurance", "assicurazione"]
"actuarial science" = ["actuary", "actuarial", "Aktuar", "Aktuarin", "actuaire", "attuario"]
"cat bonds" = ["cat bond", "catastrophe bonds", "catastrophe bond"]
"insurance-linked securities" = ["ILS"]
"natural catastrophe modelling" = [
    "nat cat modelling", "NatCat", "cat modelling", "cat modeling", "catastrophe modelling",
]
"climate risk modelling" = ["climate risk modeling", "climate risk", "climate scenarios"]
"Swiss Association of Actuaries" = [
    "SAA", "SAV", "Schweizerische Aktuarvereinigung", "Association Suisse des Actuaires", "ASA",
]
"ASTIN" = ["ASTIN section", "Actuarial Studies in Non-Life Insurance"]
"Zurich Cat Modelling Meetup" = ["Zürich Cat Modelling Meetup", "Cat Modelling Meetup"]
"ASTIN Colloquium 2026" = ["ASTIN Colloquium", "ASTIN 2026"]
"Rendez-vous de Septembre 2026" = [
    "Rendez-vous de Septembre", "RVS", "Monte Carlo Rendez-vous", "Rendez-vous in Monte Carlo",
]
"ETH Risk Day 2026" = ["ETH Risk Day", "Risk Day"]
"SAA Annual Meeting 2026" = [
    "SAA Annual Meeting", "SAV-Jahresversammlung", "SAV Jahresversammlung",
    "assemblée annuelle de l'ASA",
]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 12
"""

_REFERRAL = (
    "Reto Huber suggested I get in touch with you about a possible industry partner for my PhD "
    "project on pricing parametric flood covers."
)
_REFERRAL_2 = (
    "Hello Stefan, Chiara Bernasconi (your old colleague from Gotthard) recommended I speak with "
    "you about how European reinsurers price Japanese typhoon risk. Would you have 20 minutes in "
    "the coming weeks?"
)

KELLER_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-astin-colloquium",
        "classic",
        "en",
        ("Jonas Lindqvist", "Senior Pricing Actuary at If P&C Insurance", "Stockholm, Sweden"),
        "Hi Stefan, great talking to you at the ASTIN Colloquium last month - I was the one who "
        "kept asking about your frequency trend adjustments for hail. Let's stay in touch!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        ("Priya Venkataraman", "Cat Modeller at Limmat Re", "Zürich, Switzerland"),
        "Hi Stefan, I joined the nat cat team at Limmat Re two weeks ago, mostly working on the "
        "European flood model. Looking forward to working with you and the pricing team!",
        LIKELY,
        ("same_organization",),
        mutual=14,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Marc Zimmermann", "Head of Reserving at Baloise", "Basel, Switzerland"),
        "Stefan, we overlapped at Gotthard Versicherungen around 2012-2015, I was in reserving one "
        "floor below your team. Would be nice to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        ("Aisha Rahman", "Pricing Actuary, Specialty Lines at Hannover Re", "Hannover, Germany"),
        "Hello Stefan, I price specialty treaties at a reinsurer in Hannover and I'm always keen "
        "to swap perpectives with other pricing actuaries in the market.",
        LIKELY,
        ("same_industry",),
        mutual=6,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        (
            "Elena Moretti",
            "Postdoctoral Researcher, Climate Extremes at University of Bern",
            "Bern",
        ),
        "Hi Stefan, I read your piece on turning CMIP6 scenarios into cat pricing loads. That's "
        "very close to what my group does for hail and windstorm in the Alps.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Thomas Gerber", "Actuary at Swiss Life", "Zürich, Switzerland"),
        "Hi Stefan, we're both in the SAA data science working group. Really liked your comment in "
        "the forum on credibility weighting for sparse cat data.",
        LIKELY,
        ("same_groups",),
        mutual=9,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        ("Laura Fischer", "PhD Candidate, Insurance Mathematics at ETH Zürich", "Zürich"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Nina Baumann", "Portfolio Manager at Aare Capital Partners", "Zürich, Switzerland"),
        "Hi Stefan! Greetings from a fellow HSG alumna (MBF 2011).",
        LIKELY,
        ("fellow_alumni",),
        mutual=3,
    ),
    case(
        "009-specific-guest-lecture",
        "classic",
        "en",
        ("Markus Roth", "Programme Director, CAS Insurance Analytics at ZHAW", "Winterthur"),
        "Hi Stefan, I run the CAS in Insurance Analytics at ZHAW in Winterthur and we'd love to "
        "have you give a 90-minute guest session on reinsurance pricing in the spring semester. "
        "Could we find time for a short call?",
        LIKELY,
        ("specific_reason",),
        comment="an invitation to teach a session: a concrete request, not a sales pitch",
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Sarah Oyelaran", "MSc Statistics student at University of Zurich", "Zürich"),
        "Stefan, quick question if you have a minute: does the pricing team at Limmat Re take "
        "masters thesis students? I'm working on GLMs for large-loss frequency and would love to "
        "do it on real treaty data.",
        LIKELY,
        ("specific_reason",),
        mutual=1,
        comment="names his employer only to ask about it: the question is the reason",
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        ("Javier Ortega", "Suscriptor de Reaseguro en MAPFRE RE", "Madrid, España"),
        "Hola Stefan, coincidimos en la cena de Gallagher Re en Montecarlo durante el Rendez-vous. "
        "¡Un placer, y a ver si repetimos el año que viene!",
        LIKELY,
        ("met_in_person",),
        mutual=5,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Katharina Vogt", "Risikomanagerin bei Allianz Suisse", "Wallisellen"),
        "Grüezi Herr Keller, ich habe wie Sie an der ETH Mathematik studiert (Abschluss 2014). "
        "Es freut mich, einen ETH-Alumnus in der Rückversicherung zu entdecken!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-panel",
        "modern",
        "en",
        ("Oliver Brandt", "Head of Analytics, Property Cat at Munich Re", "Munich, Germany"),
        "Thanks for the frank discussion after your panel at ETH Risk Day - the point about model "
        "risk in secondary perils stuck with me.",
        LIKELY,
        ("met_in_person",),
        mutual=18,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        ("Giorgio Bellini", "Professore di Scienze Attuariali, Università Cattolica", "Milano"),
        "Buongiorno Stefan, sto organizzando a Milano un seminario sui cat bond per gli studenti "
        "del nostro master e vorrei invitarla come relatore. Le andrebbe di sentirci?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        ("Laura Fischer", "PhD Candidate, Insurance Mathematics at ETH Zürich", "Zürich"),
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
        ("Pieter de Vries", "Chief Underwriting Officer at Achmea Reinsurance", "Zeist"),
        "Stefan, good to bump into you at the Rendez-vous in Monte Carlo. Let's continue the "
        "cyber accumulation chat sometime.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-note",
        "classic",
        "en",
        ("Fabian Wyss", "Data Scientist at Zurich Insurance", "Zürich, Switzerland"),
        "<script>alert('x')</script> Hi Stefan, we met at ETH Risk Day & talked about "
        "<i>vendor model blending</i>.",
        LIKELY,
        ("met_in_person",),
        comment="note contains markup that must be shown as text, never executed (the builder "
        "cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Mathilde Rochat", "Actuaire chez Vaudoise Assurances", "Lausanne"),
        "Stefan, I'm an ETH Zurich grad as well (MSc Applied Maths 2016) - saw your name on the "
        "alumni speaker list and thought I'd say hello.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "en",
        ("Henrik Aas", "Non-Life Actuary at Gjensidige", "Oslo, Norway"),
        "Hi Stefan, fellow ASTIN member here — would love to compare notes on how you handle trend "
        "in large loss severity curves.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "en",
        ("Maya Goldberg", "ILS Structuring at Vontobel", "Zürich, Switzerland"),
        "Hi Stefan, cat bonds are my day job as well (structuring side) and I'd love to swap views "
        "on how the market is pricing secondary perils after this year's convective storm losses.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Ryan Caldwell", "Enterprise Account Executive at PricingPilot", "London, UK"),
        "Hi Stefan, reinsurers using our cloud pricing engine cut treaty quote turnaround by 60%. "
        "Worth a 20-min demo before the 1/1 renewals?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "en",
        ("Rohit Malhotra", "Director, Actuarial Outsourcing at ActuServe Global", "Pune, India"),
        "Stefan, we provide dedicated offshore actuarial teams (reserving, pricing support, model "
        "validation) at about 40% of Swiss cost. May I share our rate card?",
        LOOK,
        comment="service pitch from an outsourcing agency",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Beat Hofmann", "Facility Manager at Limmat Re", "Zürich, Switzerland"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names my current organization (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Sandra Kälin", "Relationship Manager at UBS", "Zürich, Switzerland"),
        None,
        LOOK,
        mutual=34,
        comment="no note; 34 connections in common, threshold 12 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Daniel Frey", "Reinsurance Broker", "Zürich"),
        "Hi Stefan, we met at RVS in Monte Carlo. Please log in here to view the treaty slip I "
        "shared with you.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-notify.ch",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "106-weak-industry-headline",
        "classic",
        "en",
        ("Patrick Dunne", "Reinsurance Underwriter | Property Cat", "Dublin, Ireland"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Victor Almeida", "Managing Partner at Crestline Holdings", "Dubai"),
        "Hi Stefan, fellow St. Gallen alum! Kindly review the shared document for our "
        "co-investment.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed school is not "
        "counted, as in the samples",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Kevin Marsh", "Sales Manager at Regus", "London, UK"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Alejandro Ruiz", "Asesor Financiero en Banco Santander", "Valencia, España"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Matteo Conti", "Agente immobiliare presso Gabetti", "Lugano"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Brett Walker", "Founder | Web3 | Angel Investor", "Dubai"),
        None,
        GENERIC,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Lisa Hartmann", "Marketing Specialist at Migros", "Zürich"),
        "Hi Stefan, your profile popped up in my feed and I thought, why not connect?",
        GENERIC,
        mutual=1,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Jake Morrison", "Growth Strategist | Keynote Speaker", "Miami, Florida"),
        "Hello! Always growing my circle of high-calibre professionals. Would be great to have "
        "you in it.",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Herbert Lang", "Financial Planner at VZ VermögensZentrum", "Bern"),
        "I'd like to add you to my professional network on LinkedIn.\n- Herbert Lang",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Dominik Brunner", "Vertriebsleiter bei Sunrise", "Zürich"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Sébastien Girard", "Conseiller de vente chez Manor", "Genève"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Mike O'Neill", "Business Development at Salesforce", "Dublin, Ireland"),
        "Hey Stefan, hope the week's treating you well. Let's connect!",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Rafael Costa", "Gerente Comercial na Natura", "Lisboa, Portugal"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-broker-dinner",
        "classic",
        "en",
        ("Amelia Clarke", "Active Underwriter at Beazley", "London, UK"),
        "Stefan - lovely to sit next to you at the broker dinner in Monaco. Still thinking about "
        "your take on attritional loss picks. Hope our paths cross again soon.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "022-same-org-current-alias",
        "modern",
        "en",
        ("Jan Müller", "Junior Actuary at Limmat Rück", "Zürich, Switzerland"),
        "hi Stefan, new graduate in the Limmat Rück pricing team since monday (desk next to "
        "Marco's). nice to e-meet you, hope to say hi in person soon",
        LIKELY,
        ("same_organization",),
        mutual=21,
    ),
    case(
        "023-same-org-past-alias",
        "classic",
        "en",
        ("Sabrina Leone", "Head of Claims at Helvetia", "St. Gallen"),
        "Ciao Stefan! We were both at Gotthard Insurance - I was in claims in Lugano when you ran "
        "the motor pricing project. Hope all is well in Zürich.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry-de-writer",
        "modern",
        "en",
        ("Florian Schäfer", "Aktuar bei der Deutschen Rück", "Düsseldorf, Germany"),
        "Servus Stefan, fellow reinsurance actuary from Düsseldorf here. We're a much smaller shop "
        "but face the same questions on inflation loads, would be good to exchange now and then.",
        LIKELY,
        ("same_industry",),
        mutual=7,
    ),
    case(
        "025-shared-interest",
        "classic",
        "en",
        ("Ines Carvalho", "Research Scientist, Compound Flood Risk at EPFL", "Lausanne"),
        "Hi Stefan, your post on non-stationarity in cat models was spot on. I model compound "
        "coastal flooding under climate change at EPFL and would love to follow your work.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group-meetup",
        "modern",
        "en",
        ("Roman Steiner", "Cat Risk Analyst at AXA XL", "Zürich, Switzerland"),
        "Stefan, saw you at the Zurich Cat Modelling Meetup last month but didnt get the chance "
        "to say hello. Fellow regular, good to connect!",
        LIKELY,
        ("same_groups",),
        mutual=11,
        comment="same meetup group; he says they did not actually speak, so not a meeting",
    ),
    case(
        "027-mutual-referral",
        "classic",
        "en",
        ("Ayumi Tanaka", "Senior Risk Analyst at Tokio Marine", "Tokyo, Japan"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="Gotthard is named as Stefan's old employer, not the writer's",
    ),
    case(
        "028-alumni-hsg",
        "modern",
        "en",
        ("Corinne Baumgartner", "CFO at Engelberg-Titlis Bergbahnen", "Engelberg"),
        "Stefan, hello from another Uni St. Gallen grad - MBA '09, a couple of years after you I "
        "think.",
        LIKELY,
        ("fellow_alumni",),
        mutual=2,
    ),
    case(
        "029-specific-interview",
        "classic",
        "en",
        ("Tom Hadley", "Reporter at Artemis.bm", "London, UK"),
        "Hi Stefan, I'm writing a piece on how reinsurers are loading climate change into 2027 "
        "property cat renewals and would value 15 minutes of your view, on or off the record.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "030-specific-open-data",
        "modern",
        "en",
        (
            "Gian-Luca Derungs",
            "Hydrologist at WSL Institute for Snow and Avalanche Research SLF",
            "Davos",
        ),
        "Hoi Stefan, we've just published a 40-year snow load and avalanche dataset for "
        "Switzerland. Happy to walk your cat team through it if it helps your pricing - it's open "
        "data, no strings.",
        LIKELY,
        ("specific_reason",),
        comment="offers free open data to his team: a concrete offer, not a sales pitch",
    ),
    case(
        "031-met-fr",
        "modern",
        "en",
        ("Julien Favre", "Actuaire senior chez La Mobilière", "Berne"),
        "Salut Stefan, on a pris un café ensemble à l'assemblée annuelle de l'ASA à Berne, merci "
        "encore pour tes conseils sur l'examen. Au plaisir de se recroiser !",
        LIKELY,
        ("met_in_person",),
        mutual=4,
    ),
    case(
        "032-alumni-de",
        "modern",
        "en",
        ("Philipp Egli", "Senior Underwriter bei Swiss Re", "Zürich"),
        "Hoi Stefan, ich bin auch ETH-Absolvent (Physik, 2008) und habe dich auf der Gästeliste "
        "vom Alumni-Anlass im Dezember gesehen. Grüsse aus Adliswil!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "033-met-panel-no-greeting",
        "modern",
        "en",
        ("Daniel Kowalczyk", "Head of Climate Analytics at PartnerRe", "Zürich, Switzerland"),
        "enjoyed sharing the ASTIN panel w/ you, esp. the back-and-forth on tail dependence. "
        "coffee sometime in Zürich?",
        LIKELY,
        ("met_in_person",),
        mutual=13,
    ),
    case(
        "034-specific-it",
        "modern",
        "en",
        (
            "Laura Pedrazzini",
            "Dottoranda in Finanza presso USI Università della Svizzera italiana",
            "Lugano",
        ),
        "Buongiorno Stefan, sto scrivendo la mia tesi di dottorato all'USI sui cat bond legati "
        "alla grandine in Ticino. Potrebbe dedicarmi mezz'ora per un'intervista? Grazie mille!",
        LIKELY,
        ("specific_reason", "shared_interests"),
    ),
    case(
        "035-resent-of-027",
        "classic",
        "en",
        ("Ayumi Tanaka", "Senior Risk Analyst at Tokio Marine", "Tokyo, Japan"),
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
        ("Elisabeth Moser", "Head of Pricing at Wiener Städtische", "Vienna, Austria"),
        "Stefan, so nice to finally put a face to the name in Baden-Baden last week. Let's keep "
        "the idea of a cross-border pricing roundtable alive!",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed; the meeting is not one "
        "of his listed events but still a meeting",
    ),
    case(
        "037-markup-in-note-and-headline",
        "classic",
        "en",
        ("Noah Brunner", "Quant <b>Cat Risk</b> & ILS at Lombard Odier", "Genève"),
        "Hi Stefan, <b>great</b> chatting at the RVS cocktail "
        '<img src=x onerror="alert(1)"> about Florida wind loads!',
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "en",
        ("Lea Sutter", "Agricultural Risk Specialist at Syngenta", "Basel"),
        "Hoi Stefan, ETHZ alumna here too (Agrarwissenschaften, 2010) - we must have crossed paths "
        "at the Polyball at some point!",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "039-group-dash",
        "classic",
        "en",
        ("Sophie Laurent", "Actuary at SCOR", "Paris, France"),
        "Hi Stefan — SAA member too (did my exams in Switzerland before moving to Paris); happy "
        "to compare notes on reserving for long-tail casualty.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "040-shared-interest-2",
        "modern",
        "en",
        ("Ben Adeyemi", "Catastrophe Modeller at Moody's RMS", "London, UK"),
        "Hi Stefan, I'm also a bit obsessed w/ getting climate-conditioned event sets right and "
        "would love to hear how Limmat Re is approaching its 2030 view of risk.",
        LIKELY,
        ("shared_interests",),
        mutual=3,
        comment="the unterminated-multipart sample's kind, written as an ordinary email; a "
        "vendor's modeller, but no pitch in the note",
    ),
    # -- kinds the samples lack ------------------------------------------------------------------
    case(
        "041-former-intern",
        "modern",
        "en",
        ("Yannick Bühler", "MSc Quantitative Finance student, UZH & ETH Zürich", "Zürich"),
        "Hi Stefan, I was a summer intern in your pricing team last year (the hail frequency "
        "project). Now finishing my master's and would love to stay in touch!",
        LIKELY,
        ("same_organization", "met_in_person"),
        mutual=19,
        comment="a former intern in his own team: same organization and known in person",
    ),
    case(
        "042-same-industry-id",
        "modern",
        "en",
        ("Rizky Pratama", "Aktuaris Senior di PT Reasuransi Nusantara Makmur", "Jakarta"),
        "Halo Pak Stefan, saya juga aktuaris di perusahaan reasuransi, di Jakarta. Senang sekali "
        "kalau bisa terhubung dan belajar dari pengalaman Bapak di pasar Eropa.",
        LIKELY,
        ("same_industry",),
    ),
    case(
        "043-shared-interest-pt",
        "modern",
        "en",
        ("Beatriz Almeida", "Analista de Riscos Climáticos no IRB Re", "Rio de Janeiro, Brasil"),
        "Olá Stefan! Li o seu post sobre modelagem de risco climático e secas. Trabalho "
        "exatamente com isso no Brasil, seria ótimo trocar ideias.",
        LIKELY,
        ("shared_interests",),
        mutual=2,
    ),
    case(
        "044-specific-speaker-invite-fr",
        "modern",
        "en",
        ("Camille Rossier", "Responsable des événements, HEC Lausanne", "Lausanne"),
        "Bonjour Monsieur Keller, nous organisons en mars une table ronde sur le financement des "
        "risques climatiques à HEC Lausanne et serions ravis de vous compter parmi les "
        "intervenants. Puis-je vous envoyer les détails ?",
        LIKELY,
        ("specific_reason",),
        comment="an invitation to speak on a panel: a concrete request, not a sales pitch",
    ),
    case(
        "045-mutual-only",
        "classic",
        "en",
        ("Nora Lehmann", "Environmental Economist at Federal Office for the Environment", "Bern"),
        "Hi Stefan, David Okafor said I absolutely had to connect with you. Hope we get to meet "
        "in person at some point!",
        LIKELY,
        ("mutual_connection",),
        comment="a contact of his is named; no other reason given",
    ),
    case(
        "046-guest-lecture-student",
        "classic",
        "en",
        ("Mia Zünd", "Bachelor Student in Economics", "St. Gallen"),
        "Dear Mr Keller, thank you for staying after your guest lecture at HSG to answer my "
        "questions about becoming an actuary. I'd be grateful to keep in touch as I apply for "
        "internships.",
        LIKELY,
        ("met_in_person",),
        comment="they spoke after his lecture; she does not say she is a graduate of HSG",
    ),
    case(
        "111-pitch-saas",
        "modern",
        "en",
        ("Hannah Price", "Account Director, EMEA at TreatyStack", "London, UK"),
        "Stefan, we help reinsurers replace spreadsheet treaty pricing with one governed "
        "platform. Two Bermuda carriers went live this year. Open to a quick intro call?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "112-pitch-after-meeting",
        "classic",
        "en",
        ("Guillaume Marchand", "Sales Director at Climarisk Data", "Paris, France"),
        "Hi Stefan, great to chat at the Rendez-vous de Septembre! As promised: our hail and flood "
        "hazard layers for Switzerland are now out, with a launch discount until year-end. Shall "
        "I send a proposal?",
        LOOK,
        ("met_in_person",),
        comment="sales pitch: a red flag whatever else the note answers (they did meet)",
    ),
    case(
        "113-weak-past-org-headline",
        "classic",
        "en",
        ("Ruth Imhof", "Team Leader Underwriting Support at Gotthard Versicherungen", "Zug"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names my past organization (weak)",
    ),
    case(
        "114-weak-mutual",
        "modern",
        "en",
        ("Christoph Wirz", "Tax Partner at Kessler & Partner", "Zürich, Switzerland"),
        None,
        LOOK,
        mutual=47,
        comment="no note; 47 connections in common, threshold 12 (weak)",
    ),
    case(
        "115-spoof-good-note",
        "modern",
        "en",
        ("Olivia Grant", "Executive Assistant", "London, UK"),
        "Dear Stefan, following up from the ASTIN Colloquium: the speaker agreement is ready, "
        "please sign in with your LinkedIn credentials to review it.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-secure.info",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed event is not counted, as in the samples",
    ),
    case(
        "116-weak-industry-headline",
        "classic",
        "en",
        ("Anja Weber", "Insurance Broker | KMU & Gewerbe", "Luzern"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "117-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("George Whitfield", "Senior Partner at Whitfield Capital", "London, UK"),
        "Stefan, great catching up at ETH Risk Day. Please open the attached term sheet before "
        "Friday.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed meeting is not "
        "counted, as in the samples",
    ),
    case(
        "118-weak-school-headline",
        "modern",
        "en",
        ("Lina Ammann", "MSc Mathematics student at ETH Zürich", "Zürich"),
        None,
        LOOK,
        mutual=2,
        comment="no note; headline names one of my schools (weak)",
    ),
    case(
        "119-pitch-recruiter",
        "classic",
        "en",
        ("James Whitmore", "Partner, Insurance Practice at Harrow Executive Search", "London"),
        "Stefan, I'm retained on a confidential Group Chief Actuary search for a Bermuda-based "
        "reinsurer and your pricing background fits closely. Open to a discreet conversation?",
        LOOK,
        comment="headhunter pitching a role: recruiting pitch",
    ),
    case(
        "120-dmarc-fail-plain-note",
        "modern",
        "en",
        ("Nadine Frei", "Pricing Actuary at Zurich Insurance", "Zürich, Switzerland"),
        "Hoi Stefan, good to see you again at the SAV Jahresversammlung! Bis bald.",
        LOOK,
        auth="fail",
        mutual=6,
        comment="DKIM and DMARC failed: flagged even though the note itself reads as genuine",
    ),
    case(
        "121-pitch-private-banker-fr",
        "classic",
        "en",
        ("Dominique Favre", "Banquier privé, Desk Dirigeants, Banque Privée Léman", "Genève"),
        "Bonjour Stefan, nous accompagnons de nombreux dirigeants de la réassurance zurichoise "
        "dans la gestion de leur patrimoine et de leur prévoyance. Un café pour vous présenter "
        "notre approche ?",
        LOOK,
        comment="wealth-management sales pitch; mentions his industry only as a target market",
    ),
    case(
        "122-pitch-from-alumnus",
        "modern",
        "en",
        ("Raphael Gut", "Co-Founder at ClimaQuant", "Zürich, Switzerland"),
        "Hi Stefan, fellow ETH alum here! We've built an AI engine that downscales climate "
        "scenarios for cat pricing. Could I book 30 min to show you what it does on a European "
        "flood portfolio?",
        LOOK,
        ("fellow_alumni",),
        mutual=4,
        comment="sales pitch: a red flag whatever else the note answers (same school)",
    ),
    case(
        "123-vague-note-high-mutual",
        "modern",
        "en",
        ("Adrian Vogel", "Managing Director at Vogel Immobilien AG", "Zug"),
        "Hi Stefan, looks like we know a lot of the same people. Let's connect!",
        LOOK,
        mutual=22,
        comment="the note names no one; 22 connections in common, threshold 12 (weak)",
    ),
    case(
        "124-weak-group-headline",
        "classic",
        "en",
        ("Daniela Rüegg", "Aktuarin SAV | Leben & Pensionskassen", "Bern"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names my actuarial association and profession (weak)",
    ),
    case(
        "221-stock-en",
        "classic",
        "en",
        ("Scott Palmer", "Regional Sales Manager at Hilti", "Schaan, Liechtenstein"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "222-modern-no-note",
        "modern",
        "en",
        ("Chad Benson", "Crypto | Forex | Mentor", "Limassol, Cyprus"),
        None,
        GENERIC,
        mutual=4,
    ),
    case(
        "223-custom-vague",
        "modern",
        "en",
        ("Laura Steiner", "HR Generalist at Coop", "Basel"),
        "Hello Stefan, I have been following your profile for a while and would be honoured to "
        "be part of your network.",
        GENERIC,
    ),
    case(
        "224-custom-vague-2",
        "classic",
        "en",
        ("Marcus Reed", "Chief Visionary Officer at Elevate Global", "Dubai"),
        "Hey! Big believer in connecting with top leaders. Let's grow together 🚀",
        GENERIC,
    ),
    case(
        "225-old-stock-signed",
        "classic",
        "en",
        ("Urs Zbinden", "Sales Representative at Feldschlösschen", "Rheinfelden"),
        "I'd like to join your LinkedIn network.\nBest regards, Urs",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "226-stock-de",
        "classic",
        "en",
        ("Patrick Meili", "Key Account Manager bei Swisscom", "Bern"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "227-custom-vague-3",
        "modern",
        "en",
        ("Oscar Lind", "Sales Manager at Volvo Cars", "Gothenburg, Sweden"),
        "Hello Stefan, hope all is good on your side. Happy to connect.",
        GENERIC,
        mutual=1,
    ),
    case(
        "228-only-his-employer",
        "modern",
        "en",
        ("Melanie Graf", "Event Manager at The Dolder Grand", "Zürich, Switzerland"),
        "Hi Stefan, I see you're with Limmat Re - would love to connect!",
        GENERIC,
        mutual=3,
        comment="repeats his employer from his profile; says nothing of her own link to it",
    ),
    case(
        "229-only-his-industry",
        "classic",
        "en",
        ("Ricardo Mendes", "Sales Director at Executive Car Leasing AG", "Zürich"),
        "Hi Stefan, I always enjoy connecting with senior leaders in the reinsurance world. "
        "Let's connect!",
        GENERIC,
        comment="names his industry, not the writer's own: answers nothing",
    ),
    case(
        "230-vague-de-formal",
        "classic",
        "en",
        ("Roger Widmer", "Inhaber, Widmer Treuhand GmbH", "Winterthur"),
        "Grüezi Herr Keller, gerne würde ich Sie in mein Netzwerk aufnehmen. Freundliche Grüsse, "
        "Roger Widmer",
        GENERIC,
        comment="a polite custom note that says nothing specific",
    ),
    case(
        "231-no-note-mutual-below-threshold",
        "modern",
        "en",
        ("Sven Olsen", "Software Engineer at Google", "Zürich, Switzerland"),
        None,
        GENERIC,
        mutual=9,
        comment="no note; 9 connections in common, below the threshold of 12",
    ),
]

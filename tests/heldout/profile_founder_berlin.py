"""Held-out invitations for Jonas Becker, co-founder and CTO of a climate-tech start-up in Berlin.

English interface. Gridlane Energy builds grid-scale batteries and the software that runs and
trades them; Jonas studied at KIT Karlsruhe and spent a year at Stanford. One invitation for
every likely-accept, needs-a-look and generic sample of tests/fixtures/linkedin (the same kind
of case, written from scratch for this recipient), then a second pass over the same kinds with
other writers and other wording, plus what a founder's inbox is full of: investors with a
concrete reason (likely accept), a prospective customer, a job question, and investor-network,
recruiter, agency, grant-consulting and tool pitches (needs a look, even when the pitcher is a
fellow alum). The builder has no reminder, HTML-only, bad-charset or unterminated-multipart
layout: those kinds are written as ordinary invitations of the same category. Labels follow
DESIGN.md's "Categories", as the recipient would judge the note, written without looking at
the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

FOUNDER = Recipient(
    name="Jonas Becker",
    address="jonas.becker@example.com",
    headline="Co-founder & CTO at Gridlane Energy | Grid batteries & energy software",
    profile_slug="jonas-becker-gridlane",
)

FOUNDER_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Jonas Becker"
organizations = ["Gridlane Energy", "Siemens Energy", "Next Kraftwerke"]
schools = ["Karlsruhe Institute of Technology", "Stanford University"]
industries = ["climate tech", "energy storage", "renewable energy", "energy software"]
interests = [
    "grid batteries", "battery management systems", "battery degradation", "energy trading",
    "grid flexibility", "virtual power plants",
]
groups = [
    "Climate Founders Berlin", "Bundesverband Energiespeicher Systeme", "KIT Alumni Network",
    "Work on Climate",
]
events = ["The smarter E Europe 2026", "Berlin Energy Week 2026", "Slush 2026"]
contacts = ["Clara Vogt", "Lena Hartmann", "Mehmet Yilmaz", "Sarah Whitfield"]

# Other names people use for the same thing.
[aliases]
"Gridlane Energy" = ["Gridlane"]
"Karlsruhe Institute of Technology" = [
    "KIT", "KIT Karlsruhe", "Karlsruher Institut für Technologie", "Uni Karlsruhe",
    "Universität Karlsruhe",
]
"Stanford University" = ["Stanford"]
"Bundesverband Energiespeicher Systeme" = ["BVES"]
"KIT Alumni Network" = ["KIT alumni"]
"The smarter E Europe 2026" = ["The smarter E", "smarter E Europe", "ees Europe", "Intersolar"]
"Berlin Energy Week 2026" = ["Berlin Energy Week"]
"Slush 2026" = ["Slush"]
"climate tech" = ["climatetech", "climate technology", "Klimatech"]
"energy storage" = ["battery storage", "grid-scale storage", "BESS", "Batteriespeicher"]
"renewable energy" = ["renewables", "erneuerbare Energien"]
"battery management systems" = ["BMS", "battery management"]
"virtual power plants" = ["virtual power plant", "VPP"]
"energy trading" = ["power trading", "intraday trading"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 30
"""

_REFERRAL = (
    "Lena Hartmann suggested I reach out to you about piloting your storage software at our "
    "municipal utility."
)
_REFERRAL_2 = (
    "Hi Jonas, Clara Vogt mentioned you two are starting to think about the Series A. I'd love "
    "to hear more, no deck needed, just a coffee in Kreuzberg some time?"
)

FOUNDER_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-smarter-e",
        "classic",
        "en",
        ("Katrin Vollmer", "Head of Grid Integration at TenneT", "Bayreuth, Germany"),
        "Hi Jonas, great meeting you at The smarter E in Munich last week. I was the one asking "
        "about your state-of-charge forecasting. Let's stay in touch!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        ("Felix Aydın", "Firmware Engineer at Gridlane Energy", "Berlin, Germany"),
        "Hi Jonas, I just started on the firmware team at Gridlane on Monday and thought I should "
        "connect with the founders.",
        LIKELY,
        ("same_organization",),
        mutual=11,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Ravi Subramanian", "Power Electronics Lead at Fluence", "Erlangen, Germany"),
        "Jonas, we overlapped at Siemens Energy around 2017 (I was in the HVDC test group). Would "
        "be great to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        ("Marta Nowak", "Co-founder & CEO at Ampera Storage", "Warsaw, Poland"),
        "Hello Jonas, I'm building a battery storage company in Poland and I'm always keen to "
        "learn from other founders in the space.",
        LIKELY,
        ("same_industry",),
        mutual=4,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Thomas Greiner", "PhD Researcher, Electrochemistry at RWTH Aachen", "Aachen"),
        "Hi Jonas, I read your blog post on modelling battery degradation in grid assets. It's "
        "very close to what I'm working on in my PhD.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Hanna Lindberg", "Co-founder at Solvik Heat", "Berlin, Germany"),
        "Hi Jonas, we're both in the Climate Founders Berlin group. I enjoyed your answer on the "
        "hardware financing thread.",
        LIKELY,
        ("same_groups",),
        mutual=9,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        ("Bernd Albrecht", "Head of Asset Management at Stadtwerke Potsdam", "Potsdam"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Julia Krämer", "Senior Cell Engineer at Tesla", "Grünheide, Germany"),
        "Hi Jonas! Fellow KIT alum here (Elektrotechnik 2014). Always nice to find Karlsruhe "
        "people in Berlin!",
        LIKELY,
        ("fellow_alumni",),
        mutual=3,
    ),
    case(
        "009-specific-panel-invite",
        "classic",
        "en",
        ("Nadine Scholz", "Program Manager at TU Berlin Centre for Entrepreneurship", "Berlin"),
        "Hi Jonas, I'm putting together the energy track for our Entrepreneurship Day in June "
        "and we'd love to have you on the hardware founders panel. Could we set up a call?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Leon Schuster", "Master's Student, Energy Engineering at TU Berlin", "Berlin"),
        "Jonas, quick question: does Gridlane take working students? I'd love to write my "
        "master's thesis on the software side with you.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        ("Alejandro Vidal", "Ingeniero de proyectos en Iberdrola", "Madrid, España"),
        "Hola Jonas, nos conocimos en la Berlin Energy Week, en la mesa redonda sobre "
        "almacenamiento. ¡Me encantaría seguir en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=2,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Maximilian Hofer", "Gründer bei Wattbox", "München"),
        "Hallo Jonas, wir haben beide am KIT studiert, ich war ein paar Jahrgänge nach dir im "
        "Maschinenbau. Würde mich freuen, in Kontakt zu bleiben!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-talk",
        "modern",
        "en",
        ("Priya Raman", "Energy Analyst at Agora Energiewende", "Berlin, Germany"),
        "Thanks for the great chat after your talk at Berlin Energy Week!",
        LIKELY,
        ("met_in_person",),
        mutual=8,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        ("Chiara Galli", "Responsabile innovazione presso A2A", "Milano, Italia"),
        "Ciao Jonas, stiamo valutando un software di gestione per batterie di rete per un "
        "progetto pilota in Lombardia e vorrei capire se Gridlane lavora anche in Italia.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        ("Bernd Albrecht", "Head of Asset Management at Stadtwerke Potsdam", "Potsdam"),
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
        ("Daniel Hoffmann", "CTO at Heliowatt", "Hamburg, Germany"),
        "Hi Jonas, good to meet you at Slush in Helsinki. Let's keep the inverter firmware "
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
        ("Nils Brandt", "Hardware Engineer at Cellforge", "Dresden, Germany"),
        "<script>alert('x')</script> Hi Jonas, we met at The smarter E & talked about "
        "<i>second-life batteries</i>.",
        LIKELY,
        ("met_in_person",),
        comment="note contains markup that must be shown as text, never executed (the builder "
        "cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Anna Schulte", "Associate at Nordwind Capital", "London, United Kingdom"),
        "Jonas, I was at Stanford the same year as you (MS&E, 2019) and now work on climate "
        "investments in London.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "en",
        ("Henrik Paulsen", "Business Developer at Nordic Storage", "Kiel, Germany"),
        "Hi Jonas, fellow BVES member here — I'd love to compare notes on grid connection queues.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "en",
        ("Inés Carvalho", "Flexibility Markets Lead at Voltalia", "Lisbon, Portugal"),
        "Hi Jonas, I work on virtual power plants too and would love to exchange ideas on "
        "flexibility markets.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Kyle Benson", "Account Executive at CapTableIQ", "New York, United States"),
        "Hi Jonas, we help climate startups close their rounds 2x faster with our investor CRM. "
        "Open to a 15-minute demo this week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "en",
        ("Ana Petrović", "Business Development at Nearshore Devs", "Belgrade, Serbia"),
        "Jonas, our agency provides dedicated senior Python and embedded developers at a "
        "fraction of Berlin rates. Can I send you our pricing?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Carsten Möller", "Field Service Technician at Gridlane Energy", "Cottbus, Germany"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names one of my organizations (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Isabel Ferreira", "Operations Manager at Lusoport Logistics", "Porto, Portugal"),
        None,
        LOOK,
        mutual=42,
        comment="no note; 42 connections in common, threshold 30 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Martin Kessler", "Investment Manager at Alpine Capital", "Zurich, Switzerland"),
        "Hi Jonas, we met at Berlin Energy Week. Please verify your account to view the term "
        "sheet I sent.",
        LOOK,
        auth="lookalike",
        lookalike="linkedln-mail.com",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "106-weak-industry-headline",
        "classic",
        "en",
        ("Oliver Stein", "Battery Storage Consultant | BESS | Grid Connection", "Hamburg"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Richard Vance", "Managing Director at Crestmoor Holdings", "London, United Kingdom"),
        "Hi Jonas, fellow KIT alum! Please review the investment document I shared.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Mike Daniels", "Insurance Broker at SafeHarbor Versicherungen", "Leipzig, Germany"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Pablo Herrera", "Gerente de Ventas en Muebles Herrera", "Valencia, España"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Matteo Rinaldi", "Agente immobiliare presso Casa Rinaldi", "Torino, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Chase Walker", "Founder | Crypto | NFT Strategist", "Miami, Florida"),
        None,
        GENERIC,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Sabrina Ott", "Account Manager at Printwerk", "Nürnberg, Germany"),
        "Hi Jonas, I found your profile in my suggestions and would love to connect with you.",
        GENERIC,
        mutual=1,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Derek Lyons", "Entrepreneur | Speaker | Coach", "Las Vegas, Nevada"),
        "Hi there, I'm growing my network and always happy to meet new people. Let's connect!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Sandra Klein", "Steuerfachangestellte bei Klein & Partner", "Bielefeld, Germany"),
        "I'd like to add you to my professional network on LinkedIn.\n- Sandra Klein",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Uwe Hartung", "Vertriebsleiter bei Hartung Fenstertechnik", "Kassel"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Nicolas Fabre", "Conseiller commercial chez Crédit Rhône", "Lyon, France"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Brandon Hill", "Student at Berlin International School", "Berlin, Germany"),
        "Hi Jonas, hope your week's going well. Let's connect.",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Gustavo Lima", "Vendedor na Lima Motos", "Curitiba, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-meetup-casual",
        "classic",
        "en",
        ("Elena Sokolova", "Staff Software Engineer at Octopus Energy", "London, United Kingdom"),
        "hey jonas, gret to meet u at the climate tech meetup on thursday, I was the one with "
        "all the sodium-ion questions :) lets keep in tuch",
        LIKELY,
        ("met_in_person",),
        comment="lowercase, typos; a meeting at an event that is not on my list",
    ),
    case(
        "022-same-org-current-alias",
        "modern",
        "en",
        ("Amelie Richter", "Head of People at Gridlane", "Berlin, Germany"),
        "Hey Jonas, first week at Gridlane done! Connecting with everyone on the leadership team.",
        LIKELY,
        ("same_organization",),
        mutual=17,
    ),
    case(
        "023-same-org-past",
        "classic",
        "en",
        ("Stefan Brückner", "Trading Analyst at Statkraft", "Düsseldorf, Germany"),
        "Hi Jonas, not sure you remember me, we sat next to each other at Next Kraftwerke in "
        "Cologne, I was on the intraday desk. Hope all is good in Berlin!",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry",
        "modern",
        "en",
        ("Johanna Peters", "Co-founder at Wärmewende", "Hamburg, Germany"),
        "Fellow climate tech founder here (heat pumps, not batteries 🙂). Good to be connected!",
        LIKELY,
        ("same_industry",),
        mutual=6,
    ),
    case(
        "025-shared-interest",
        "classic",
        "en",
        ("Lisa Brenner", "Data Scientist at EWE", "Oldenburg, Germany"),
        "Your podcast episode on intraday trading with batteries was excellent. I'm building "
        "similar price forecasting models at our utility and would love to follow your work.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group",
        "modern",
        "en",
        ("Jan de Vries", "Co-founder at Voltflow", "Utrecht, Netherlands"),
        "Hi Jonas, saw your post in the Work on Climate Slack about hiring your first embedded "
        "engineers. Fellow member, glad to connect.",
        LIKELY,
        ("same_groups",),
        mutual=5,
    ),
    case(
        "027-mutual-referral-investor",
        "classic",
        "en",
        ("Katharina Wendt", "Principal at Ostwind Ventures", "Berlin, Germany"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="an investor introduced by my co-founder, with a concrete reason: not a pitch",
    ),
    case(
        "028-alumni",
        "modern",
        "en",
        ("Moritz Engel", "Software Engineer at Zalando", "Berlin, Germany"),
        "Hey Jonas, another Uni Karlsruhe Informatik grad here, a few years after you. Always "
        "good to see KIT people building hardware startups in Berlin.",
        LIKELY,
        ("fellow_alumni",),
        mutual=2,
    ),
    case(
        "029-specific-investor",
        "classic",
        "en",
        ("Sophie Laurent", "Partner at Northlight Climate Ventures", "Amsterdam, Netherlands"),
        "Hi Jonas, I lead the storage thesis at Northlight and read about your frequency-"
        "response pilot with Stromnetz Berlin. We're meeting a handful of European battery "
        "software teams ahead of Series A rounds this autumn. Could we set up a call?",
        LIKELY,
        ("specific_reason",),
        comment="an investor who knows the company and says why now: a concrete reason, not a "
        "sales pitch",
    ),
    case(
        "030-specific-question",
        "modern",
        "en",
        ("Piotr Zieliński", "Embedded Software Engineer at Bosch", "Wrocław, Poland"),
        "Jonas, quick question before I apply: is the embedded engineer role at Gridlane "
        "Berlin-only, or would you consider someone remote from Wrocław?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "031-met-de",
        "modern",
        "en",
        ("Sebastian Wolf", "Projektleiter bei 50Hertz Transmission", "Berlin"),
        "Hallo Jonas, wir haben uns letzte Woche beim Speicher-Workshop von 50Hertz "
        "kennengelernt. Danke nochmal für die Einblicke in eure Netzbooster-Idee!",
        LIKELY,
        ("met_in_person",),
        mutual=7,
    ),
    case(
        "032-alumni-es",
        "modern",
        "en",
        ("Valentina Rojas", "Investigadora en Universidad de Chile", "Santiago, Chile"),
        "Hola Jonas, yo también pasé un año en Stanford como investigadora visitante (2019). "
        "¡Qué gusto encontrar a otro ex-Stanford en Berlín!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "033-met-demo-day",
        "modern",
        "en",
        ("Lukas Berg", "Angel Investor", "Berlin, Germany"),
        "Loved your pitch at the demo day on Tuesday. Thanks for taking my questions at the "
        "stand afterwards!",
        LIKELY,
        ("met_in_person",),
        mutual=14,
        comment="he asked his questions in person at the stand: a meeting, however brief",
    ),
    case(
        "034-specific-fr",
        "modern",
        "en",
        ("Camille Morel", "Responsable achats chez Énergies de l'Ouest", "Rennes, France"),
        "Bonjour Jonas, nous lançons un appel d'offres pour du stockage par batteries sur trois "
        "sites en Bretagne et j'aimerais savoir si Gridlane pourrait y répondre.",
        LIKELY,
        ("specific_reason",),
        comment="a buyer inviting us to a tender: a request, not a sales pitch",
    ),
    case(
        "035-resent-of-027",
        "classic",
        "en",
        ("Katharina Wendt", "Principal at Ostwind Ventures", "Berlin, Germany"),
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
        ("Yuki Tanaka", "Product Lead at Powin", "Portland, Oregon"),
        "Jonas, nice meeting you at your booth at ees Europe. Hope we can catch up again in "
        "Munich next year.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "037-markup-in-note-and-headline",
        "classic",
        "en",
        ("Eva Lange", "Growth <i>&</i> Partnerships at Enviria", "Frankfurt am Main"),
        "Hi Jonas, <b>great</b> meeting you at Berlin Energy Week "
        '<img src=x onerror="alert(1)"> and chatting about PPAs!',
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "en",
        ("Hendrik Vos", "Postdoctoral Researcher at Stanford University", "Palo Alto"),
        "Hi Jonas, fellow KIT alumnus here, now a postdoc in Palo Alto. Funny that we both took "
        "the same route!",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "039-group-dash",
        "classic",
        "en",
        ("Sabine Roth", "Regulatory Affairs at Eco Stor", "Hannover, Germany"),
        "Hi Jonas — also a member of the Bundesverband Energiespeicher Systeme; would be glad "
        "to swap notes on the new grid fee rules.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "040-shared-interest-2",
        "modern",
        "en",
        ("Marcus Lee", "Firmware Lead at Ionblock", "Austin, Texas"),
        "Hey Jonas, I'm also a bit obsessed with BMS firmware and cell balancing. Would love to "
        "swap war stories sometime.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "041-specific-customer",
        "modern",
        "en",
        ("Sven Olsen", "Co-founder at ChargeHub", "Copenhagen, Denmark"),
        "Hi Jonas, we run fast-charging hubs in Denmark and keep hitting grid connection limits. "
        "Could your battery software buffer our peaks? Open to a call in the next few weeks.",
        LIKELY,
        ("specific_reason",),
        mutual=3,
        comment="a prospective customer with a concrete problem: not a pitch",
    ),
    case(
        "111-pitch-saas",
        "modern",
        "en",
        ("Priya Kapoor", "SDR at HireLoop AI", "Bengaluru, India"),
        "Hey Jonas 👋 saw Gridlane is hiring 6 engineers. Our AI sourcing tool fills technical "
        "roles in under 2 weeks. Worth a quick look? Happy to send a 2-min video.",
        LOOK,
        comment="sales pitch (tool)",
    ),
    case(
        "112-pitch-recruiter",
        "classic",
        "en",
        (
            "Tom Fletcher",
            "Director, Cleantech Practice at Greenfield Recruitment",
            "Manchester, United Kingdom",
        ),
        "Hi Jonas, we specialise in placing battery and power electronics engineers with climate "
        "start-ups and have several strong candidates open to Berlin right now. Shall I send "
        "over a few anonymised CVs? Our fee is only payable on hire.",
        LOOK,
        comment="sales pitch (recruitment agency); mentions my industry, still a pitch",
    ),
    case(
        "113-weak-past-org-headline",
        "classic",
        "en",
        ("Andreas Kuhn", "Service Engineer at Siemens Energy", "Erlangen, Germany"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my past organizations (weak)",
    ),
    case(
        "114-weak-mutual-vague-note",
        "modern",
        "en",
        ("Tobias Lang", "Product Owner at Deutsche Bahn", "Berlin, Germany"),
        "Hi Jonas, let's connect!",
        LOOK,
        mutual=31,
        comment="vague note; 31 connections in common, threshold 30 (weak)",
    ),
    case(
        "115-spoof-plain-good-note",
        "modern",
        "en",
        ("Helena Marsh", "Investor at Greenfield Partners", "London, United Kingdom"),
        "Jonas, great chatting at Slush about second-life batteries. Let's stay in touch!",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-invites.net",
        comment="spoofed sender (look-alike domain) with an innocent-looking note: flagged "
        "anyway; the claimed meeting is not counted, as in the samples",
    ),
    case(
        "116-weak-industry-headline",
        "classic",
        "en",
        ("Björn Eriksson", "Renewable Energy Project Developer | Solar + Storage", "Malmö"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "117-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Oscar Vidal", "Managing Partner at Crestline Capital", "Geneva, Switzerland"),
        "Hi Jonas, Lena Hartmann suggested I contact you. Please open the attached invoice for "
        "the pilot.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed referral is not "
        "counted, as in the samples",
    ),
    case(
        "118-pitch-fundraising-advisor",
        "classic",
        "en",
        ("Brad Collins", "Managing Partner at Apex Growth Partners", "Dubai, UAE"),
        "Hi Jonas, we help founders raise $2-20M through our network of 500+ family offices. "
        "Success fee only. Worth a quick call?",
        LOOK,
        comment="sales pitch dressed as investor interest: a paid fundraising service",
    ),
    case(
        "119-pitch-from-alum",
        "modern",
        "en",
        ("Florian Maier", "Founder at PitchCraft Studio", "München, Germany"),
        "Hi Jonas, fellow KIT alum here! We design investor decks for deep-tech founders and I'd "
        "be happy to share a few before/after examples if you're preparing your next round.",
        LOOK,
        ("fellow_alumni",),
        mutual=4,
        comment="the alumni tie is real, but it opens a sales pitch: a red flag, whatever else "
        "the note answers",
    ),
    case(
        "120-weak-school-headline-vague-note",
        "classic",
        "en",
        ("Tim Hoang", "Doctoral Researcher at Karlsruhe Institute of Technology", "Karlsruhe"),
        "Hi Jonas, would be great to connect!",
        LOOK,
        comment="vague note; headline names one of my schools (weak)",
    ),
    case(
        "121-pitch-de",
        "modern",
        "en",
        ("Dennis Krüger", "Vertrieb bei FörderPilot", "Hamburg"),
        "Hallo Herr Becker, wir holen für Start-ups wie Gridlane im Schnitt 300.000 € "
        "Fördermittel raus, komplett auf Erfolgsbasis. Hätten Sie nächste Woche 15 Minuten?",
        LOOK,
        comment="sales pitch (grant consultancy), in German",
    ),
    case(
        "221-stock-en",
        "classic",
        "en",
        ("Gary Holmes", "Regional Sales Manager at Brightside Roofing", "Leeds, United Kingdom"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "222-stock-es",
        "classic",
        "en",
        ("Rodrigo Paredes", "Director Comercial en Textiles Andinos", "Quito, Ecuador"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "223-stock-it",
        "classic",
        "en",
        ("Francesca Bruno", "Consulente assicurativa presso Assicura Sud", "Napoli, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "224-modern-no-note-few-mutual",
        "modern",
        "en",
        ("Jake Morrison", "Growth Hacker | Keynote Speaker | Investor", "Scottsdale, Arizona"),
        None,
        GENERIC,
        mutual=12,
        comment="no note; 12 connections in common, below the threshold of 30",
    ),
    case(
        "225-custom-vague-praise",
        "modern",
        "en",
        ("Melanie Frost", "Sales Associate at Urban Outfit", "Cologne, Germany"),
        "Hi Jonas, I came across your profile, impressive work in climate tech! Would be great "
        "to connect.",
        GENERIC,
        comment="praise naming my field says nothing about the sender",
    ),
    case(
        "226-custom-vague-founders",
        "classic",
        "en",
        ("Ricky Alvarez", "Founder & CEO at Nexora AI | Serial Entrepreneur", "Houston, Texas"),
        "Hi Jonas, always keen to connect with fellow founders and builders. Let's support each "
        "other!",
        GENERIC,
        comment="'fellow founder' is not an industry, a group or a reason",
    ),
    case(
        "227-old-stock-signed-de",
        "classic",
        "en",
        ("Heike Wagner", "Immobilienmaklerin bei Wagner Immobilien", "Magdeburg"),
        "Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.\nViele "
        "Grüße, Heike Wagner",
        GENERIC,
        comment="the German stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "228-stock-de",
        "classic",
        "en",
        ("Ralf Schuster", "Key Account Manager bei Schuster Druckluft", "Bochum"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "229-stock-fr",
        "classic",
        "en",
        ("Julien Perrin", "Agent immobilier chez Perrin Immo", "Bordeaux, France"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "230-custom-vague-company-praise",
        "modern",
        "en",
        ("Kelsey Moore", "Customer Success Manager at CloudNova", "Denver, Colorado"),
        "Love what you're building at Gridlane, huge fan of the mission! Let's connect.",
        GENERIC,
        mutual=1,
        comment="praise for my company: no answer to any question",
    ),
    case(
        "231-stock-pt",
        "classic",
        "en",
        ("Thiago Mendes", "Consultor de Vendas na Mendes Veículos", "Belo Horizonte, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    case(
        "232-custom-vague-de",
        "modern",
        "en",
        ("Kerstin Vogel", "Office Managerin bei Vogel Logistik", "Bremen"),
        "Hallo Jonas, ich erweitere gerade mein Netzwerk und würde mich freuen, wenn wir uns "
        "vernetzen.",
        GENERIC,
    ),
    case(
        "233-custom-vague-investor",
        "classic",
        "en",
        ("Ryan Cho", "Investor | Advisor | Board Member", "Singapore"),
        "Hi Jonas, I'm always looking to connect with exceptional founders. Looking forward to "
        "following your journey!",
        GENERIC,
        comment="an investor's headline and flattery, no reason and no pitch",
    ),
    case(
        "234-stock-id",
        "classic",
        "en",
        ("Agus Wijaya", "Sales Supervisor di PT Sinar Jaya", "Surabaya, Indonesia"),
        None,
        GENERIC,
        stock="id",
    ),
]

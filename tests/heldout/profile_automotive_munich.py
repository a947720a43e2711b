"""Held-out invitations for Katharina Vogel, head of battery systems engineering in Munich.

English interface. Her contacts write in German (formal Sie and informal du) for about two notes
in five, otherwise in English, with a few in Italian and French. One invitation for every
likely-accept, needs-a-look and generic sample of tests/fixtures/linkedin (the same kind of case,
written from scratch for this recipient), then a second pass over the same kinds with other
writers and other wording, and a few kinds the samples do not have: a recruiter approach, a
supplier pitch after a real meeting, a student asking for a thesis place, a brand fan who names
her employer, a school or group named only in the headline, a mutual count exactly at the
threshold, and vague notes that sound personal ("similar interests", "piacere di conoscerti").
The builder has no reminder, HTML-only, bad-charset or unterminated-multipart layout: those kinds
are written as ordinary invitations of the same category. Labels follow DESIGN.md's
"Categories", as the recipient would judge the note, written without looking at the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

AUTOMOTIVE = Recipient(
    name="Katharina Vogel",
    address="katharina.vogel@example.de",
    headline="Head of Battery Systems Engineering at BMW Group",
    profile_slug="katharina-vogel-battery",
)

AUTOMOTIVE_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Katharina Vogel"
organizations = ["BMW Group", "Robert Bosch GmbH", "Webasto"]
schools = ["Technische Universität München", "RWTH Aachen University"]
industries = ["automotive", "electric vehicles", "battery technology", "e-mobility"]
interests = [
    "battery management systems", "thermal management", "cell aging", "battery recycling",
    "solid-state batteries", "functional safety",
]
groups = ["VDI", "SAE International", "Battery Engineering Network", "TUM Alumni Network"]
events = ["The Battery Show Europe 2026", "IAA Mobility 2025", "Kraftwerk Batterie 2026"]
contacts = ["Markus Huber", "Sabine Lehmann", "Andreas Brandl"]

# Other names people use for the same thing.
[aliases]
"BMW Group" = ["BMW", "BMW AG"]
"Robert Bosch GmbH" = ["Bosch"]
"Webasto" = ["Webasto SE"]
"Technische Universität München" = [
    "TU München", "TUM", "Technical University of Munich", "TU Munich",
]
"RWTH Aachen University" = ["RWTH Aachen", "RWTH"]
"automotive" = ["Automobilindustrie", "car industry"]
"electric vehicles" = ["EV", "EVs", "Elektrofahrzeuge"]
"e-mobility" = ["E-Mobilität", "Elektromobilität", "electromobility"]
"battery technology" = ["Batterietechnik", "Batterieentwicklung"]
"battery management systems" = ["BMS", "Batteriemanagement"]
"thermal management" = ["Thermomanagement"]
"cell aging" = ["Zellalterung", "battery ageing"]
"battery recycling" = ["Batterierecycling"]
"solid-state batteries" = ["Festkörperbatterien", "solid-state"]
"functional safety" = ["ISO 26262", "funktionale Sicherheit"]
"VDI" = ["Verein Deutscher Ingenieure"]
"SAE International" = ["SAE"]
"TUM Alumni Network" = ["TUM Alumni"]
"The Battery Show Europe 2026" = ["The Battery Show", "Battery Show Europe", "Battery Show"]
"IAA Mobility 2025" = ["IAA Mobility", "IAA"]
"Kraftwerk Batterie 2026" = ["Kraftwerk Batterie", "Advanced Battery Power"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 25
"""

_REFERRAL = (
    "Markus Huber hat mir empfohlen, mich wegen einer möglichen Masterarbeit zum Thema "
    "Zellalterung bei Ihnen zu melden."
)
_REFERRAL_2 = (
    "Hi Katharina, Sabine Lehmann said you'd be the right person to ask how your team set up "
    "the ISO 26262 work for the BMS. We're doing something similar at our startup. Would you "
    "have 20 minutes for a call?"
)

AUTOMOTIVE_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-battery-show",
        "classic",
        "en",
        ("Tomislav Horvat", "Senior Pack Engineer at Rimac Technology", "Zagreb, Croatia"),
        "Hi Katharina, great meeting you at The Battery Show Europe in Stuttgart last week. I was "
        "the one asking about your cell-to-pack approach. Let's stay in touch!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current-de",
        "modern",
        "en",
        ("Jonas Reiter", "Validierungsingenieur Hochvoltspeicher bei BMW Group", "München"),
        "Hallo Katharina, ich bin seit diesem Monat bei der BMW Group in der Validierung der "
        "Hochvoltspeicher und möchte mich gern mit den Kolleginnen und Kollegen aus der "
        "Batterieentwicklung vernetzen.",
        LIKELY,
        ("same_organization",),
        mutual=11,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        (
            "Elena Petrović",
            "Product Owner Power Electronics at ZF Friedrichshafen",
            "Friedrichshafen, Germany",
        ),
        "Katharina, we overlapped at Bosch in Feuerbach around 2013 (I was in the 48V battery "
        "team). Would be great to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry-de-sie",
        "modern",
        "en",
        ("Rainer Kolb", "Leiter Batterieentwicklung bei Kässbohrer eTrucks", "Ulm"),
        "Guten Tag Frau Vogel, ich leite die Batterieentwicklung bei einem kleinen "
        "Nutzfahrzeughersteller in Ulm und tausche mich gern mit anderen aus der Elektromobilität "
        "aus.",
        LIKELY,
        ("same_industry",),
        mutual=4,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Aditi Rao", "PhD Researcher, Battery Safety at Imperial College London", "London"),
        "Hi Katharina, I read your article on thermal runaway propagation in large-format "
        "modules. It's exactly what I'm working on right now in my PhD.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Mikael Lindgren", "BMS Architect at Polestar", "Gothenburg, Sweden"),
        "Hi Katharina, we're both in the Battery Engineering Network group. I enjoyed your "
        "comment in the thread on passive vs. active cell balancing.",
        LIKELY,
        ("same_groups",),
        mutual=7,
    ),
    case(
        "007-mutual-referral-de",
        "classic",
        "en",
        (
            "Lea Zimmermann",
            "Masterstudentin Elektrotechnik an der Universität Stuttgart",
            "Stuttgart",
        ),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni-de-du",
        "modern",
        "en",
        ("Franziska Huber", "Projektleiterin bei Siemens Mobility", "München"),
        "Hi Katharina! Auch TUM-Absolventin hier (Maschinenwesen, Jahrgang 2010). Liebe Grüße!",
        LIKELY,
        ("fellow_alumni",),
        mutual=3,
    ),
    case(
        "009-specific-formula-student",
        "classic",
        "en",
        ("Lukas Steiner", "Team Lead Accumulator, TU Graz Racing Team", "Graz, Austria"),
        "Hi Katharina, I lead the accumulator group of our Formula Student electric team and we'd "
        "love someone from your battery team to review our pack design this spring. Could we set "
        "up a short call?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "010-specific-question-de-sie",
        "modern",
        "en",
        ("Emre Yilmaz", "Student Elektrotechnik an der Hochschule München", "München"),
        "Frau Vogel, kurze Frage: Bietet Ihre Abteilung Werkstudentenstellen im Bereich "
        "Batteriemanagementsysteme an? Ich würde sehr gern in Ihrem Team mitarbeiten.",
        LIKELY,
        ("specific_reason",),
        comment="a student asking about a working-student place: a concrete request, no pitch",
    ),
    case(
        "011-met-it",
        "modern",
        "en",
        ("Chiara Lombardi", "Ricercatrice presso Politecnico di Torino", "Torino, Italia"),
        "Ciao Katharina, ci siamo conosciute al convegno Kraftwerk Batterie a Münster. Mi farebbe "
        "molto piacere restare in contatto!",
        LIKELY,
        ("met_in_person",),
        mutual=2,
    ),
    case(
        "012-alumni-de-sie",
        "modern",
        "en",
        ("Matthias Brenner", "Entwicklungsingenieur bei MAN Truck & Bus", "München"),
        "Guten Tag Frau Vogel, ich habe wie Sie an der TU München studiert (Elektrotechnik) und "
        "würde mich freuen, mit einer ehemaligen Kommilitonin in Kontakt zu bleiben.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-panel",
        "modern",
        "en",
        ("Hannah Whitfield", "Analyst, E-Mobility at BloombergNEF", "London"),
        "Thanks for the great conversation after your panel at IAA Mobility!",
        LIKELY,
        ("met_in_person",),
        mutual=14,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        ("Davide Ferraro", "Professore associato presso Politecnico di Milano", "Milano, Italia"),
        "Buongiorno Katharina, sto organizzando un seminario sui sistemi batteria per i nostri "
        "studenti di ingegneria e vorrei invitarla come relatrice a maggio.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        (
            "Lea Zimmermann",
            "Masterstudentin Elektrotechnik an der Universität Stuttgart",
            "Stuttgart",
        ),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="re-sent invitation of 007 (the builder has no reminder layout): same inviter "
        "and note",
    ),
    case(
        "016-no-auth-header-met-de",
        "classic",
        "en",
        ("Sebastian Wolf", "Key Expert Cell Testing bei TÜV SÜD", "Garching bei München"),
        "Hallo Katharina, schön, dass wir uns auf der Battery Show in Stuttgart kennengelernt "
        "haben. Lass uns in Kontakt bleiben!",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-note",
        "classic",
        "en",
        ("Ryan O'Connell", "Battery Integration Lead at Lucid Motors", "Newark, California"),
        "<script>alert('x')</script> Hi Katharina, we met at IAA Mobility & talked about "
        "<b>cell-to-pack</b> designs.",
        LIKELY,
        ("met_in_person",),
        comment="note contains markup that must be shown as text, never executed (the builder "
        "cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni-de",
        "classic",
        "en",
        ("Jürgen Weiß", "Gruppenleiter Antriebsstrang bei Airbus Helicopters", "Donauwörth"),
        "Katharina, ich bin auch TUM-Absolvent (Maschinenwesen, Diplom 2009) und inzwischen in "
        "Donauwörth gelandet. Schön, dich hier zu finden!",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "en",
        ("Pieter de Vries", "Safety Engineer at DAF Trucks", "Eindhoven, Netherlands"),
        "Hi Katharina, fellow VDI member here — I'd love to compare notes on the battery "
        "safety working group.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-de",
        "modern",
        "en",
        ("Theresa Obermaier", "Gründerin bei ReCell Circular", "Augsburg"),
        "Hallo Katharina, ich beschäftige mich seit Jahren mit Batterierecycling und würde mich "
        "gern mal mit dir zu Second-Life-Konzepten austauschen.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email; she "
        "founded a company but asks to exchange ideas, sells nothing",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Jason Whitaker", "Enterprise Account Executive at CellSim Cloud", "Boston, MA"),
        "Hi Katharina, we help battery teams cut validation time by 40% with our cloud-based cell "
        "simulation platform. Open to a 20-minute demo next week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency-de",
        "classic",
        "en",
        ("Sandra Kühn", "Senior Consultant bei TechTalent Engineering GmbH", "Frankfurt am Main"),
        "Sehr geehrte Frau Vogel, unsere Agentur vermittelt erfahrene BMS-Entwickler kurzfristig "
        "an OEMs und Zulieferer. Darf ich Ihnen unsere Konditionen zusenden?",
        LOOK,
        comment="sales pitch (engineering staffing agency)",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Florian Maier", "Testingenieur Hochvoltspeicher bei BMW Group", "Dingolfing"),
        None,
        LOOK,
        stock="de",
        comment="stock note; headline names one of my organizations (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Claudia Berger", "Steuerberaterin bei Berger & Partner", "Starnberg"),
        None,
        LOOK,
        mutual=31,
        comment="no note; 31 connections in common, threshold 25 (weak)",
    ),
    case(
        "105-spoof-good-note-de",
        "classic",
        "en",
        ("Michael Schuster", "Director Battery Programs at Voltaris AG", "Zürich"),
        "Hallo Katharina, wir haben uns auf der IAA Mobility getroffen. Bitte bestätigen Sie Ihr "
        "Konto, um meine Nachricht zu lesen.",
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
        (
            "Stefan Rauch",
            "Consultant | Electric Vehicles | Battery Supply Chain",
            "Frankfurt am Main",
        ),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Viktor Amsel", "Managing Director at Alpen Capital Partners", "Vienna, Austria"),
        "Hi Katharina, fellow TUM alum! Please review the document I shared.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Brandon Hayes", "Insurance Agent at State Mutual", "Tampa, Florida"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Alejandro Vega", "Gerente de Ventas en Grupo Textil Norte", "Monterrey, México"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Simone Galli", "Agente immobiliare presso Casa Verona", "Verona, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Tyler Brooks", "Founder | Dropshipping | Mindset Coach", "Las Vegas, Nevada"),
        None,
        GENERIC,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Priya Menon", "Business Analyst at Infotech Solutions", "Pune, India"),
        "Hi Katharina, I came across your profile and would be happy to connect with you.",
        GENERIC,
        mutual=1,
    ),
    case(
        "206-custom-vague-de",
        "classic",
        "en",
        ("Dennis Krüger", "Vertriebsprofi | Netzwerker", "Hannover"),
        "Hallo! Ich erweitere gerade mein Netzwerk und freue mich über jeden spannenden Kontakt. "
        "Lass uns vernetzen!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Holger Brandt", "Immobilienmakler bei Brandt Immobilien", "Rosenheim"),
        "I'd like to add you to my professional network on LinkedIn.\n- Holger Brandt",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Thomas Eder", "Filialleiter bei Sparkasse Erding", "Erding"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Mathieu Lefèvre", "Conseiller commercial chez Assurances du Sud", "Toulouse"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "210-custom-vague-de-sie",
        "modern",
        "en",
        ("Petra Lang", "Office Managerin bei Lang Consulting", "Ingolstadt"),
        "Hallo Frau Vogel, ich hoffe, es geht Ihnen gut. Ich würde mich über eine Vernetzung "
        "freuen.",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Gabriel Souza", "Representante Comercial na Distribuidora Paulista", "Campinas, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-plant-visit",
        "classic",
        "en",
        ("Min-jun Park", "Manager, Global Key Accounts at Samsung SDI", "Seoul, South Korea"),
        "Ms. Vogel, thank you again for showing our delegation around your battery competence "
        "centre last Tuesday. It was very insightful, and I hope we can keep in touch.",
        LIKELY,
        ("met_in_person",),
        comment="a supplier's account manager thanking her for a visit: no offer, no pitch",
    ),
    case(
        "022-same-org-current-alias",
        "modern",
        "en",
        ("Oliver Hughes", "Charging Systems Engineer at BMW Group", "Munich, Bavaria"),
        "Hey Katharina, just moved over to the Neue Klasse charging team at BMW from the Oxford "
        "plant. Keen to get to know the battery people in Munich!",
        LIKELY,
        ("same_organization",),
        mutual=18,
    ),
    case(
        "023-same-org-past-de-du",
        "classic",
        "en",
        ("Andrea Lechner", "Senior Engineer Thermal Systems bei MAHLE", "Stuttgart"),
        "Servus Katharina, wir waren zusammen bei Webasto in Stockdorf, ich war damals im "
        "Batterieteam für die Busse. Lang ist's her! Würde mich freuen, wieder in Kontakt zu sein.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry",
        "modern",
        "en",
        ("Daniel Moser", "HV Battery Engineer at AGCO / Fendt", "Marktoberdorf, Germany"),
        "Hello Katharina, I design high-voltage battery packs for electric tractors and like to "
        "stay connected with others doing EV battery engineering.",
        LIKELY,
        ("same_industry",),
        mutual=6,
    ),
    case(
        "025-shared-interest-de-sie",
        "classic",
        "en",
        ("Dr. Anja Roth", "Wissenschaftliche Mitarbeiterin am Fraunhofer ISC", "Würzburg"),
        "Sehr geehrte Frau Vogel, Ihr Vortrag über Festkörperbatterien, den ich als Aufzeichnung "
        "gesehen habe, hat mich sehr interessiert. Ich forsche an sulfidischen Elektrolyten und "
        "fände einen Austausch spannend.",
        LIKELY,
        ("shared_interests",),
        comment="watched a recording of her talk: a shared interest, not a meeting",
    ),
    case(
        "026-same-group",
        "modern",
        "en",
        ("Jennifer Cho", "Battery Safety Engineer at General Motors", "Warren, Michigan"),
        "Hi Katharina, saw your post in the SAE International battery standards forum about cell "
        "venting tests. Fellow member, glad to connect.",
        LIKELY,
        ("same_groups",),
        mutual=5,
    ),
    case(
        "027-mutual-referral",
        "classic",
        "en",
        ("Arjun Mehta", "CTO at Voltwise Robotics", "Berlin, Germany"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="asks for advice on how her team works, offers nothing: not a pitch",
    ),
    case(
        "028-alumni-rwth",
        "modern",
        "en",
        ("Sophie Wagner", "Powertrain Engineer at Ford Research Center", "Aachen, Germany"),
        "Katharina, hello from another RWTH Aachen grad! I guess we both spent too many nights in "
        "the Aachen library :)",
        LIKELY,
        ("fellow_alumni",),
        mutual=1,
    ),
    case(
        "029-specific-speaker-de-du",
        "classic",
        "en",
        ("Max Hofbauer", "Organisator E-Mobility Stammtisch München", "München"),
        "Hi Katharina, ich organisiere den Münchner E-Mobility-Stammtisch und würde dich gern im "
        "Juni als Speakerin zum Thema Batteriesicherheit einladen. Hättest du Lust?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "030-specific-question-thesis",
        "modern",
        "en",
        ("Sanne Bakker", "MSc Student Sustainable Energy Technology at TU Delft", "Delft"),
        "Katharina, quick question - does your team offer master's thesis topics on cell aging "
        "models? I'm finishing my coursework at TU Delft and would love to write it in industry.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "031-met-fr",
        "modern",
        "en",
        ("Julien Moreau", "Ingénieur Batterie chez Verkor", "Grenoble, France"),
        "Bonjour Katharina, nous avons échangé sur le stand de votre équipe au salon The Battery "
        "Show à Stuttgart. Ravi de garder le contact !",
        LIKELY,
        ("met_in_person",),
        mutual=3,
    ),
    case(
        "032-alumni-de-du",
        "modern",
        "en",
        ("Niklas Gruber", "Systemingenieur bei Knorr-Bremse", "München"),
        "Moin Katharina, hab gerade gesehen, dass du auch an der TUM studiert hast – ich hab dort "
        "2014 meinen Master in Fahrzeugtechnik gemacht. Kleine Welt!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "033-met-poster-session-typos",
        "modern",
        "en",
        ("Kenji Watanabe", "Research Engineer at Panasonic Energy", "Osaka, Japan"),
        "thx again for the chat at the kraftwerk batterie poster session, your tip about "
        "impedance spectroscopy was gold. hope to see u next year",
        LIKELY,
        ("met_in_person",),
        mutual=9,
    ),
    case(
        "034-specific-it-interview",
        "modern",
        "en",
        ("Valentina Rizzi", "Giornalista presso Quattroruote", "Milano, Italia"),
        "Buongiorno Katharina, sono una giornalista di Quattroruote e sto preparando un articolo "
        "sulle batterie delle auto elettriche di nuova generazione. Sarebbe disponibile per una "
        "breve intervista?",
        LIKELY,
        ("specific_reason",),
        comment="a journalist asking for an interview: a request, not a sales pitch",
    ),
    case(
        "035-resent-of-027",
        "classic",
        "en",
        ("Arjun Mehta", "CTO at Voltwise Robotics", "Berlin, Germany"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="re-sent invitation of 027 (the builder has no reminder layout): same inviter "
        "and note",
    ),
    case(
        "036-no-auth-header-met-de-sie",
        "classic",
        "en",
        ("Bernd Hartmann", "Abteilungsleiter Prüftechnik bei DEKRA", "Stuttgart"),
        "Sehr geehrte Frau Vogel, es hat mich gefreut, Sie beim VDI-Fachforum in Düsseldorf "
        "persönlich kennenzulernen. Ich freue mich auf den weiteren Austausch.",
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
            "Laura Bianchi",
            "Senior Engineer <i>HV Systems</i> at Stellantis",
            "Torino, Italy",
        ),
        "Hi Katharina, <b>great</b> talking to you at the BMW stand at IAA Mobility "
        '<img src=x onerror="alert(1)"> about 800V architectures!',
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni-de",
        "classic",
        "en",
        ("Dr. Tobias Fischer", "Zellentwickler bei Varta Microbattery", "Ellwangen"),
        "Liebe Katharina, ich habe gerade gesehen, dass wir beide an der Technischen Universität "
        "München waren – ich habe dort am Lehrstuhl für Technische Elektrochemie promoviert. "
        "Würde mich über den Kontakt freuen!",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "039-group-dash",
        "classic",
        "en",
        ("Ines Carvalho", "BMS Software Tester at Critical Software", "Porto, Portugal"),
        "Hi Katharina — also a member of the Battery Engineering Network; I'd be glad to compare "
        "notes on hardware-in-the-loop testing for BMS.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "040-shared-interest-de-du",
        "modern",
        "en",
        ("Felix Ostermann", "Thermal Engineer bei ABT e-Line", "Kempten"),
        "Hey Katharina, Thermomanagement-Nerd hier :) Ich arbeite an immersionsgekühlten Packs "
        "und würde mich gern mal austauschen.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "041-mutual-named-de-du",
        "modern",
        "en",
        ("Stephan Kerschbaum", "Einkäufer Batteriezellen bei Continental", "Regensburg"),
        "Hallo Katharina, Andreas Brandl meinte, wir sollten uns unbedingt mal vernetzen. Viele "
        "Grüße aus Regensburg!",
        LIKELY,
        ("mutual_connection",),
        mutual=12,
    ),
    case(
        "042-job-seeker-question",
        "classic",
        "en",
        ("Carlos Mendoza", "BMS Software Engineer at Tesla", "Austin, Texas"),
        "Hi Katharina, I'm a BMS software engineer and I'm relocating to Munich in the autumn. Are "
        "there openings in your team, or could you point me to the right recruiter?",
        LIKELY,
        ("same_industry", "specific_reason"),
        comment="asks about a job for himself, sells nothing",
    ),
    case(
        "111-pitch-recruiter",
        "modern",
        "en",
        ("Rebecca Lowe", "Partner, Executive Search at Hightower & Lowe", "London"),
        "Hi Katharina, I'm partnering with a well-funded solid-state battery scale-up that is "
        "looking for a VP Engineering. Your background looks like a strong fit. Open to a "
        "confidential chat?",
        LOOK,
        comment="headhunter's cold approach: a pitch, worth a look but not an answer",
    ),
    case(
        "112-pitch-after-meeting-de",
        "classic",
        "en",
        ("Markus Pfeiffer", "Vertriebsleiter bei CycleTest Systems GmbH", "Karlsruhe"),
        "Hallo Frau Vogel, schön, Sie auf der Battery Show getroffen zu haben! Wie besprochen: "
        "Unsere Prüfstände für Zellzyklisierung gibt es aktuell mit 15 % Messerabatt. Wann passt "
        "Ihnen ein Termin?",
        LOOK,
        ("met_in_person",),
        comment="a real meeting, but the note is a sales pitch: the red flag puts it in needs a "
        "look whatever else it answers",
    ),
    case(
        "113-weak-school-headline",
        "classic",
        "en",
        (
            "Nina Hofer",
            "M.Sc. Student Electrical Engineering at Technical University of Munich",
            "Garching",
        ),
        None,
        LOOK,
        comment="no note; headline names one of my schools (weak)",
    ),
    case(
        "114-weak-mutual-at-threshold",
        "modern",
        "en",
        ("Ralf Vogt", "Geschäftsführer bei Vogt Gebäudetechnik", "Freising"),
        "Hi Katharina, hope you're well! Would be great to connect.",
        LOOK,
        mutual=25,
        comment="vague note; 25 connections in common, exactly the threshold (weak)",
    ),
    case(
        "115-spoof-specific-note",
        "modern",
        "en",
        ("Daniel Kovač", "Supplier Quality Manager at EuroCell Components", "Bratislava"),
        "Katharina, as discussed I'm sending the NDA for the cell supplier audit. Please sign in "
        "via the link to review and sign it.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-securemail.com",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable",
    ),
    case(
        "116-weak-past-org-headline",
        "classic",
        "en",
        ("Gerhard Schmid", "Senior Manager Battery Sensors at Bosch", "Reutlingen"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names one of my past organizations (weak)",
    ),
    case(
        "117-dmarc-fail-referral-de",
        "modern",
        "en",
        ("Oliver Strauch", "Einkaufsleiter bei Nordwerk Beschaffung", "Hamburg"),
        "Hallo Katharina, Sabine Lehmann hat mir deinen Kontakt gegeben. Ich habe dir die "
        "Unterlagen zur Ausschreibung geteilt, bitte hier öffnen.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the named contact is not "
        "counted, as in the samples",
    ),
    case(
        "118-weak-group-headline",
        "classic",
        "en",
        ("Ulrich Baumann", "Sachverständiger Elektrotechnik | VDI-Mitglied", "Nürnberg"),
        None,
        LOOK,
        stock="de",
        comment="stock note; headline names one of my groups (weak)",
    ),
    case(
        "221-stock-en2",
        "classic",
        "en",
        ("Kevin Walsh", "Sales Representative at Coastal Flooring", "Cork, Ireland"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "222-stock-es",
        "classic",
        "en",
        ("Lucía Navarro", "Asesora Financiera en Banco Levante", "Valencia, España"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "223-stock-id",
        "classic",
        "en",
        ("Agus Pratama", "Marketing Executive di PT Sinar Jaya", "Bandung, Indonesia"),
        None,
        GENERIC,
        stock="id",
    ),
    case(
        "224-modern-no-note",
        "modern",
        "en",
        ("Marvin Schulte", "Crypto Trader | Investor | Speaker", "Dortmund"),
        None,
        GENERIC,
        mutual=3,
    ),
    case(
        "225-custom-vague-de-du",
        "modern",
        "en",
        ("Jana Schubert", "HR Generalistin bei Schubert Logistik", "Leipzig"),
        "Hallo Katharina, bin zufällig auf dein Profil gestoßen und würde mich gerne vernetzen.",
        GENERIC,
    ),
    case(
        "226-custom-vague-2",
        "classic",
        "en",
        ("Omar Haddad", "CEO | Visionary | Business Growth Strategist", "Dubai, UAE"),
        "Greetings from Dubai! Always looking to connect with inspiring leaders. Let's grow "
        "together!",
        GENERIC,
    ),
    case(
        "227-old-stock-signed",
        "classic",
        "en",
        ("Dieter Roth", "Versicherungsmakler bei Roth Finanz", "Passau"),
        "I'd like to join your LinkedIn network.\nBest regards, Dieter",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "228-stock-de",
        "classic",
        "en",
        ("Monika Huber", "Teamleiterin Kundenservice bei Stadtwerke Landshut", "Landshut"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "229-stock-fr2",
        "classic",
        "en",
        ("Nicolas Garnier", "Courtier en prêts immobiliers chez Crédit Conseil", "Lyon"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "230-custom-vague-it",
        "modern",
        "en",
        ("Roberto Esposito", "Imprenditore presso Esposito Import Export", "Napoli, Italia"),
        "Ciao Katharina, piacere di conoscerti! Colleghiamoci.",
        GENERIC,
        comment="'piacere di conoscerti' is a greeting here, not a claim that they met",
    ),
    case(
        "231-brand-fan",
        "modern",
        "en",
        ("Kevin Lang", "Student at Hochschule für Wirtschaft Kempten", "Kempten"),
        "Hi Katharina, huge fan of BMW and the new iX3! Would love to connect.",
        GENERIC,
        comment="a fan of the brand: names my employer but is not a colleague and answers nothing",
    ),
    case(
        "232-vague-praise-de-sie",
        "classic",
        "en",
        ("Sabrina Keller", "Coach für Persönlichkeitsentwicklung", "Augsburg"),
        "Liebe Frau Vogel, Ihr Werdegang ist wirklich beeindruckend! Ich würde mich sehr freuen, "
        "mit Ihnen vernetzt zu sein.",
        GENERIC,
    ),
    case(
        "233-similar-interests-typos",
        "modern",
        "en",
        ("Ahmed Raza", "Freelancer", "Lahore, Pakistan"),
        "Hi Katharina, i see we have similar interests, lets connect",
        GENERIC,
        comment="claims shared interests without naming any",
    ),
    case(
        "234-pseudo-stock-de-sie",
        "classic",
        "en",
        ("Klaus Berger", "Selbstständiger Handelsvertreter", "Kaufbeuren"),
        "Sehr geehrte Frau Vogel, gerne möchte ich Sie in mein berufliches Netzwerk aufnehmen.\n"
        "Mit freundlichen Grüßen\nKlaus Berger",
        GENERIC,
        comment="his own wording of the stock sentence: says nothing more",
    ),
    case(
        "235-vague-below-threshold-de",
        "modern",
        "en",
        ("Tanja Wimmer", "Assistentin der Geschäftsführung bei Wimmer Bau", "Dachau"),
        "Hallo Katharina, wir haben ja schon ein paar gemeinsame Kontakte – lass uns vernetzen!",
        GENERIC,
        mutual=9,
        comment="9 connections in common, below the threshold of 25; the note says no more",
    ),
]

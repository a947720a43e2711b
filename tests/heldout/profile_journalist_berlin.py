"""Held-out profile: Lena Hoffmann, data journalist at a national newspaper in Berlin.

Written from scratch after the samples in shared/samples/linkedin: one invitation for every
sample of category likely_accept / needs_a_look / generic (same kind of case, a new writer),
then a second pass of the same kinds with other writers and wording, about a third of its
notes in German. English interface for most emails (the builder has no German interface), the
Spanish and French interfaces where the samples use them, one Indonesian. Labels follow
DESIGN.md ("Categories") as the recipient would apply them on reading the email; `answers`
lists the questions the note itself answers (for red-flag cases: what the note claims).

The builder writes neither LinkedIn's reminder template, HTML-only bodies nor damaged files:
the reminder kind is a second notification of the same invitation (same inviter, same note),
the markup kind puts the markup in the note or the headline of an ordinary email, and the
kinds of samples 402 (bad charset) and 403 (no closing boundary) are clean emails with the
same kind of note.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

JOURNALIST = Recipient(
    name="Lena Hoffmann",
    address="lena.hoffmann@example.de",
    headline="Data Journalist at Deutsche Rundschau",
    profile_slug="lena-hoffmann-data",
)

JOURNALIST_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Lena Hoffmann"
organizations = ["Deutsche Rundschau", "CORRECTIV", "Rundfunk Berlin-Brandenburg"]
schools = [
    "Freie Universität Berlin", "Deutsche Journalistenschule", "Technische Universität Dortmund",
]
industries = ["journalism", "news media", "publishing"]
interests = [
    "data journalism", "data visualization", "open data", "freedom of information requests",
    "investigative reporting", "climate data",
]
groups = [
    "Netzwerk Recherche", "Hacks/Hackers Berlin", "Deutscher Journalisten-Verband",
    "Journalistinnenbund",
]
events = [
    "nr-Jahreskonferenz 2026", "re:publica 26", "Global Investigative Journalism Conference 2025",
    "NICAR 2026",
]
contacts = ["Katrin Vogel", "Deniz Aydın", "Paul Steinmetz"]

# Other names people use for the same thing.
[aliases]
"Deutsche Rundschau" = ["Rundschau"]
"CORRECTIV" = ["Correctiv"]
"Rundfunk Berlin-Brandenburg" = ["rbb", "rbb24"]
"Freie Universität Berlin" = ["FU Berlin", "Freie Uni", "FU"]
"Deutsche Journalistenschule" = ["DJS", "Deutsche Journalistenschule München"]
"Technische Universität Dortmund" = ["TU Dortmund", "Universität Dortmund"]
"journalism" = ["Journalismus", "newsroom", "Redaktion"]
"news media" = ["newspaper", "Zeitung", "Tageszeitung"]
"publishing" = ["Verlag", "publisher"]
"data journalism" = ["Datenjournalismus", "ddj", "data-driven journalism"]
"data visualization" = ["dataviz", "data visualisation", "Datenvisualisierung"]
"open data" = ["offene Daten"]
"freedom of information requests" = [
    "FOI requests", "FOI", "FOIA", "IFG-Anfragen", "Informationsfreiheitsanfragen",
]
"investigative reporting" = [
    "investigative journalism", "investigative Recherche", "Investigativjournalismus",
]
"climate data" = ["Klimadaten"]
"Netzwerk Recherche" = ["nr"]
"Hacks/Hackers Berlin" = ["Hacks/Hackers"]
"Deutscher Journalisten-Verband" = ["DJV"]
"nr-Jahreskonferenz 2026" = ["nr-Jahreskonferenz", "Jahreskonferenz von Netzwerk Recherche"]
"re:publica 26" = ["re:publica", "republica", "rp26"]
"Global Investigative Journalism Conference 2025" = ["GIJC25", "GIJC"]
"NICAR 2026" = ["NICAR"]

[thresholds]
mutual_connections = 20
"""

RESENT = (
    "second notification of {0} (the builder has no reminder template): same invitation, must"
    " merge with it in a digest"
)

# First pass: one case per labelled sample, in the samples' order.
_FIRST_PASS = [
    case(
        "001-met-nicar",
        "classic",
        "en",
        ("Felix Brandt", "Investigative Reporter at Münchner Abendblatt", "Munich, Germany"),
        "Hi Lena, great meeting you at NICAR last month. I was the one asking about your "
        "scraper for the Bundestag lobby register. Let's stay in touch!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        ("Jana Wolff", "Graphics Editor at Deutsche Rundschau", "Berlin, Germany"),
        "Hi Lena, I just joined the graphics desk at the Rundschau and would love to connect "
        "with colleagues across the newsroom.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Matthias Kern", "Senior Editor at Frankfurter Abendpost", "Frankfurt, Germany"),
        "Lena, we overlapped at CORRECTIV back in 2019 (I was on the local desk). Would be "
        "great to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        ("Sadie O'Connell", "Data Editor at The Dublin Herald", "Dublin, Ireland"),
        "Hello Lena, I run a small data desk at a regional paper in Ireland and I'm always "
        "keen to learn from other journalists working with numbers.",
        LIKELY,
        ("same_industry", "shared_interests"),
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        (
            "Ravi Menon",
            "PhD Candidate, Computational Social Science at Universität Mannheim",
            "Mannheim, Germany",
        ),
        "Hi Lena, I read your piece on how you used open data to map heat risk around Berlin "
        "schools. It's very close to what I'm working on for my thesis.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Carolina Mendes", "Freelance Data Reporter", "Lisbon, Portugal"),
        "Hi Lena, we're both in the Hacks/Hackers Berlin group. I enjoyed your comment in the "
        "thread about pulling tables out of PDFs.",
        LIKELY,
        ("same_groups",),
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        ("Oskar Lindgren", "Producer at Nordic Data Lab", "Stockholm, Sweden"),
        "Katrin Vogel suggested I get in touch with you about a cross-border project on EU "
        "farm subsidies.",
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Hannah Roth", "Communications Manager at Stiftung Mercator", "Essen, Germany"),
        "Hi Lena! Fellow DJS alum here (Lehrredaktion 52). Greetings from Essen!",
        LIKELY,
        ("fellow_alumni",),
        mutual=2,
    ),
    case(
        "009-specific-mentoring",
        "classic",
        "en",
        ("Amelia Novak", "Programme Manager at European Journalism Centre", "Maastricht"),
        "Hi Lena, I manage the fellowship programme at the European Journalism Centre and we'd "
        "like to invite you to mentor one of our data fellows this spring. Could we set up a "
        "call?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Daniel Ortmann", "Backend Developer at Kiezware GmbH", "Berlin, Germany"),
        "Lena, quick question: do you ever take volunteer developers for your open-source "
        "scraping tools? I'd love to help out.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "011-met-es",
        "modern",
        "es",
        ("María José Herrera", "Periodista de datos en El Diario del Sur", "Sevilla, España"),
        "Hola Lena, nos conocimos en la GIJC en Kuala Lumpur. ¡Me encantaría seguir en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=4,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Tim Hartmann", "Redakteur bei Westfälische Nachrichten", "Münster, Deutschland"),
        "Hallo Lena, wir haben beide an der TU Dortmund Journalistik studiert. Ich würde mich "
        "freuen, mit einer ehemaligen Kommilitonin in Kontakt zu bleiben.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-talk",
        "modern",
        "en",
        ("Sophie Laurent", "Head of Audience at Le Courrier Européen", "Paris, France"),
        "Thanks for the great conversation after your talk at re:publica!",
        LIKELY,
        ("met_in_person",),
        mutual=24,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        (
            "Alessandro Ferri",
            "Coordinatore didattico presso Scuola di Giornalismo di Bologna",
            "Bologna, Italia",
        ),
        "Ciao Lena, sto organizzando un corso di giornalismo dei dati per giovani cronisti e "
        "vorrei invitarti a tenere una lezione.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        ("Oskar Lindgren", "Producer at Nordic Data Lab", "Stockholm, Sweden"),
        "Katrin Vogel suggested I get in touch with you about a cross-border project on EU "
        "farm subsidies.",
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment=RESENT.format("007"),
    ),
    case(
        "016-no-auth-header-met",
        "classic",
        "en",
        ("Brendan Walsh", "Data Reporter at The Boston Ledger", "Boston, Massachusetts"),
        "Hi Lena, good to meet you at the nr-Jahreskonferenz in Hamburg. Let's keep the "
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
        ("Yara Haddad", "Visual Journalist at Levant Data Studio", "Beirut, Lebanon"),
        "<script>alert('x')</script> Hi Lena, we met at re:publica & talked about "
        "<i>scrollytelling</i>.",
        LIKELY,
        ("met_in_person",),
        comment="markup in the note must be shown as text, never executed (the builder has no "
        "HTML-only layout)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Aylin Demir", "Policy Analyst at Bertelsmann Stiftung", "Berlin, Germany"),
        "Lena, I'm a Freie Universität Berlin grad too (MA Political Science 2016) and now "
        "work on open-government policy.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-same-group-compare-notes",
        "classic",
        "en",
        ("Nils Sørensen", "Data Editor at Nordjysk Dagblad", "Aalborg, Denmark"),
        "Hi Lena, fellow Netzwerk Recherche member here — I'd love to compare notes on FOI "
        "requests.",
        LIKELY,
        ("same_groups", "shared_interests"),
        comment="kind of sample 402 (bad charset), written as a clean UTF-8 email",
    ),
    case(
        "020-shared-interest-foi",
        "modern",
        "en",
        ("Nadia Benali", "Data Reporter at Maghreb Daily", "Casablanca, Morocco"),
        "Hi Lena, I file a lot of freedom of information requests too and would love to swap "
        "tips on appeals.",
        LIKELY,
        ("shared_interests",),
        comment="kind of sample 403 (no closing boundary), written as a complete email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Tyler Brooks", "Growth Lead at Chartly", "Austin, Texas"),
        "Hi Lena, I help newsrooms publish interactive charts 5x faster with our AI "
        "visualization platform. Open to a 15-minute demo call this week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "en",
        ("Vanessa Kühn", "Founder at CleanData Agency", "Cologne, Germany"),
        "Lena, our agency offers affordable data-cleaning services for newsrooms. Can I send "
        "you our price list?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Ulrich Brenner", "Deputy Editor-in-Chief at Deutsche Rundschau", "Berlin, Germany"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names one of my organizations (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Sebastian Falk", "Senior Consultant at Kessler Strategy", "Berlin, Germany"),
        None,
        LOOK,
        mutual=31,
        comment="no note; 31 connections in common, threshold 20 (weak)",
    ),
    case(
        "105-lookalike-good-note",
        "classic",
        "en",
        ("Laura Stein", "Editor at Globex Media", "Berlin, Germany"),
        "Hi Lena, we met at re:publica. Please confirm your account to view my message.",
        LOOK,
        ("met_in_person",),
        auth="lookalike",
        lookalike="linkedln-mail.com",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "meeting is only claimed",
    ),
    case(
        "106-weak-industry-headline",
        "classic",
        "en",
        ("Peter Albers", "Freelance Journalist | Media Trainer | Podcast Host", "Hamburg"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (a journalist: journalism) (weak)",
    ),
    case(
        "107-dmarc-fail-alumni",
        "modern",
        "en",
        ("Marek Wiśniewski", "Director at Apex Holdings", "Warsaw, Poland"),
        "Hi Lena, fellow FU Berlin alum! Please review the document I shared.",
        LOOK,
        ("fellow_alumni",),
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Kevin Marsh", "Sales Manager at Globex Corporation", "Leeds, United Kingdom"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "202-stock-es",
        "classic",
        "es",
        ("Andrés Molina", "Gerente Comercial en Grupo Atlántico", "Bilbao, España"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Francesca Galli", "Consulente assicurativa presso Assicura Più", "Verona, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Chad Steele", "Founder | NFT | Web3 Visionary", "Miami, Florida"),
        None,
        GENERIC,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Megan Hall", "Marketing Specialist at BrightLeaf Foods", "Bristol, United Kingdom"),
        "Hi Lena, I came across your profile and would love to connect with you.",
        GENERIC,
        mutual=1,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Derek Stone", "Entrepreneur", "Dubai"),
        "Hello! Growing my network with inspiring professionals like you. Let's connect!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Sabine Kraus", "Office Manager at Kraus Immobilien", "Potsdam, Germany"),
        "I'd like to add you to my professional network on LinkedIn.\n- Sabine Kraus",
        GENERIC,
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Florian Maier", "Vertriebsleiter bei Maier Haustechnik GmbH", "Augsburg"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "fr",
        ("Julien Moreau", "Chargé de clientèle chez Banque Rivière", "Nantes, France"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Kyle Bennett", "Account Executive at Northstar SaaS", "Denver, Colorado"),
        "Hi Lena, hope you're doing well. Let's connect.",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Rafael Costa", "Gerente de Vendas na Costa & Filhos", "Porto, Portugal"),
        None,
        GENERIC,
        stock="pt",
    ),
]

# Second pass: the same kinds, other writers and wording; about a third of the notes in German.
_SECOND_PASS = [
    case(
        "021-met-stammtisch-de",
        "classic",
        "en",
        ("Jakob Seidel", "Reporter bei Leipziger Morgenpost", "Leipzig, Deutschland"),
        "Hallo Lena, wir haben uns beim Datenjournalismus-Stammtisch im Betahaus kennengelernt. "
        "Ich war der mit den Fragen zu den Wahlkreisdaten. Lass uns in Kontakt bleiben!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "022-same-org-current-de",
        "modern",
        "en",
        ("Carla Yıldız", "Volontärin bei Deutsche Rundschau", "Berlin, Deutschland"),
        "Hallo Lena, ich bin seit Oktober Volontärin bei der Deutschen Rundschau und würde mich "
        "gern mit dem Datenteam vernetzen.",
        LIKELY,
        ("same_organization",),
        comment="the organization inflected in the note ('der Deutschen Rundschau'); the "
        "headline names it as well",
    ),
    case(
        "023-same-org-past-de",
        "classic",
        "en",
        ("Sven Petersen", "Redakteur bei Hamburger Hafenblatt", "Hamburg, Deutschland"),
        "Hallo Lena, wir haben 2018 beide beim rbb im Nachrichtenteam gearbeitet – schön, dich "
        "hier wiederzufinden!",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry",
        "modern",
        "en",
        ("Tomasz Kowal", "Editor at Gazeta Poranna", "Warsaw, Poland"),
        "Hi Lena, I'm an editor at a national daily in Poland and I'd like to know more "
        "newspaper people in other European countries.",
        LIKELY,
        ("same_industry",),
        comment="an editor at a national daily: my industry (newspapers), said in the note",
    ),
    case(
        "025-shared-interest-climate",
        "classic",
        "en",
        ("Greta Lindholm", "Climate Researcher at Potsdam Institute", "Potsdam, Germany"),
        "Hi Lena, your interactive on Berlin's street trees and summer heat was brilliant. I "
        "work with climate data every day and would love to follow what you do next.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group-de",
        "modern",
        "en",
        ("Moritz Engel", "Freier Journalist", "Leipzig, Deutschland"),
        "Hallo Lena, wir sind beide im Netzwerk Recherche aktiv. Dein Beitrag im Forum zu "
        "Scraping-Tools hat mir sehr geholfen.",
        LIKELY,
        ("same_groups",),
    ),
    case(
        "027-mutual-colleague-de",
        "classic",
        "en",
        ("Ines Brück", "Datenredakteurin bei Radio Nordwest", "Bremen, Deutschland"),
        "Hallo Lena, ich bin eine Kollegin von Paul Steinmetz. Er meinte, du könntest mir bei "
        "einer Frage zu Wahldaten weiterhelfen.",
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "028-alumni",
        "modern",
        "en",
        ("Jonathan Pike", "Correspondent at Global Wire", "Brussels, Belgium"),
        "Hi Lena, FU Berlin alum as well (Publizistik, 2012). Always nice to find fellow "
        "Dahlem people in the business.",
        LIKELY,
        ("fellow_alumni",),
        mutual=5,
    ),
    case(
        "029-specific-jury",
        "classic",
        "en",
        ("Lucy Harrington", "Community Lead at OpenGov Lab", "London, United Kingdom"),
        "Hi Lena, we're running a two-day hackathon on German municipal budgets in March and "
        "would love to have you on the jury. Could I send you the details?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "030-specific-question",
        "modern",
        "en",
        ("Erik Johansson", "Statistician at Statistik Nord", "Kiel, Germany"),
        "Lena, quick one: which source did you use for the rent figures in Sunday's piece on "
        "Neukölln? I couldn't find them in the Mikrozensus.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "031-met-es",
        "modern",
        "es",
        ("Pablo Ruiz", "Editor de datos en Diario Levante", "Valencia, España"),
        "Hola Lena, coincidimos en el taller de visualización de la re:publica. ¡Fue un placer "
        "charlar contigo!",
        LIKELY,
        ("met_in_person",),
        mutual=6,
    ),
    case(
        "032-alumni-de",
        "modern",
        "en",
        ("Friederike Lang", "Pressesprecherin beim Umweltbundesamt", "Dessau, Deutschland"),
        "Hallo Lena, ich war auch an der Deutschen Journalistenschule, zwei Jahrgänge nach dir. "
        "Schön, hier eine Ehemalige zu treffen!",
        LIKELY,
        ("fellow_alumni",),
        comment="the school inflected in the note ('an der Deutschen Journalistenschule')",
    ),
    case(
        "033-met-workshop-de",
        "modern",
        "en",
        ("Nora Baumann", "Redakteurin bei Dresdner Tageszeitung", "Dresden, Deutschland"),
        "Hallo Lena, ich war auch bei der nr-Jahreskonferenz in deinem Workshop zu IFG-Anfragen "
        "– danach haben wir noch kurz über Behördenantworten gesprochen. Danke nochmal!",
        LIKELY,
        ("met_in_person", "shared_interests"),
        mutual=23,
    ),
    case(
        "034-specific-it",
        "modern",
        "en",
        ("Chiara Colombo", "Caporedattrice presso Dati Aperti Magazine", "Milano, Italia"),
        "Ciao Lena, stiamo preparando un numero speciale sul giornalismo dei dati in Europa e "
        "vorremmo intervistarti sul tuo lavoro.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "035-resent-of-027-de",
        "classic",
        "en",
        ("Ines Brück", "Datenredakteurin bei Radio Nordwest", "Bremen, Deutschland"),
        "Hallo Lena, ich bin eine Kollegin von Paul Steinmetz. Er meinte, du könntest mir bei "
        "einer Frage zu Wahldaten weiterhelfen.",
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment=RESENT.format("027"),
    ),
    case(
        "036-no-auth-header-met",
        "classic",
        "en",
        ("Aaron Feld", "Reporter at The Prague Monitor", "Prague, Czechia"),
        "Hi Lena, lovely to meet you at GIJC25 in Kuala Lumpur. Let's swap notes on the "
        "procurement data soon.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "037-markup-in-headline-and-note",
        "classic",
        "en",
        ("Jules Martin", "Graphics Reporter at <i>Nordkurier</i>", "Neubrandenburg, Germany"),
        "Hi Lena, great to meet you at NICAR <3 your <b>lightning talk</b> on PDF tables was "
        "the best one.",
        LIKELY,
        ("met_in_person",),
        comment="markup in the headline and the note must be shown as text",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "en",
        ("Leonie Fischer", "UX Researcher at Kiezkauf", "Berlin, Germany"),
        "Lena, I studied at the Freie Universität too (BA 2014), small world! Now doing user "
        "research here in Berlin.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
        comment="'the Freie Universität' (without 'Berlin'), a Berliner's way of naming the FU",
    ),
    case(
        "039-same-group-meetup",
        "classic",
        "en",
        ("Ewa Nowak", "Freelance Data Journalist", "Kraków, Poland"),
        "Hi Lena, we're both members of Hacks/Hackers Berlin. Will you be at the next meetup? "
        "I'd love to talk about alternatives to our usual chart tools.",
        LIKELY,
        ("same_groups",),
        comment="kind of sample 402 (bad charset), written as a clean UTF-8 email",
    ),
    case(
        "040-shared-interest-open-data",
        "modern",
        "en",
        ("Kwame Mensah", "Open Data Advocate at Civic Code Ghana", "Accra, Ghana"),
        "Hi Lena, I also push public bodies to release open data and would love to compare how "
        "access-to-information laws work in Germany and Ghana.",
        LIKELY,
        ("shared_interests",),
        comment="kind of sample 403 (no closing boundary), written as a complete email",
    ),
    case(
        "108-pitch-saas",
        "modern",
        "en",
        ("Logan Price", "Head of Sales at Transcribo", "San Francisco, California"),
        "Hi Lena, our AI tool transcribes interviews in 40 languages and saves reporters 10 "
        "hours a week. Can I book you in for a free trial call?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "109-pitch-agency-de",
        "classic",
        "en",
        ("Dirk Sommer", "Geschäftsführer bei DataClean Solutions", "Düsseldorf, Deutschland"),
        "Hallo Frau Hoffmann, wir bieten Redaktionen günstige Datenbereinigung und "
        "Visualisierungen als Dienstleistung an. Darf ich Ihnen unser Angebot zuschicken?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "110-weak-same-org-headline",
        "classic",
        "en",
        (
            "Ralf Zimmermann",
            "Redakteur im Datenteam, Rundfunk Berlin-Brandenburg (rbb)",
            "Potsdam, Deutschland",
        ),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my (past) organizations (weak)",
    ),
    case(
        "111-weak-mutual-at-threshold",
        "modern",
        "en",
        ("Christina Vogt", "Head of Communications at Berliner Stadtwerke", "Berlin, Germany"),
        None,
        LOOK,
        mutual=20,
        comment="no note; exactly 20 connections in common: reaches the threshold (weak)",
    ),
    case(
        "112-lookalike-referral",
        "classic",
        "en",
        ("Anna Petersen", "Editor at Globex Media", "Berlin, Germany"),
        "Hi Lena, Katrin Vogel asked me to send you the dataset we discussed. Sign in here to "
        "download it.",
        LOOK,
        ("mutual_connection",),
        auth="lookalike",
        lookalike="linkedin-secure-mail.com",
        comment="spoofed sender (look-alike domain); the referral is only claimed",
    ),
    case(
        "113-weak-industry-headline",
        "classic",
        "en",
        ("Martina Lorenz", "Publishing Director at Lindenhof Verlag", "Stuttgart, Germany"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (publishing) (weak)",
    ),
    case(
        "114-dmarc-fail-met",
        "modern",
        "en",
        ("Igor Petrov", "Managing Partner at Baltic Ventures", "Riga, Latvia"),
        "Hi Lena, we met at NICAR! Please open the shared file to read my message.",
        LOOK,
        ("met_in_person",),
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "212-stock-en",
        "classic",
        "en",
        ("Gary Lynch", "Regional Sales Director at Apex Logistics", "Manchester"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "213-stock-es",
        "classic",
        "es",
        ("Javier Soto", "Asesor financiero en Banco Meridional", "Málaga, España"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "214-stock-it",
        "classic",
        "en",
        ("Paolo Conti", "Titolare presso Conti Arredamenti", "Bari, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "215-modern-no-note",
        "modern",
        "en",
        ("Brad Knox", "CEO | Serial Entrepreneur | Crypto Investor", "Dubai"),
        None,
        GENERIC,
    ),
    case(
        "216-custom-vague",
        "modern",
        "en",
        ("Olivia Grant", "HR Generalist at Sunrise Retail", "Leeds, United Kingdom"),
        "Hi Lena, your profile popped up in my suggestions and I'd be glad to connect.",
        GENERIC,
        mutual=3,
    ),
    case(
        "217-custom-vague-2",
        "classic",
        "en",
        ("Tyler Wood", "Motivational Speaker | Coach", "Phoenix, Arizona"),
        "Always happy to connect with driven people. Let's grow together!",
        GENERIC,
    ),
    case(
        "218-old-stock-signed-de",
        "classic",
        "en",
        ("Heike Brandt", "Buchhalterin bei Brandt & Partner", "Cottbus, Deutschland"),
        "Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.\n"
        "- Heike Brandt",
        GENERIC,
    ),
    case(
        "219-stock-de",
        "classic",
        "en",
        ("Stefan Huber", "Filialleiter bei Huber Bäckerei GmbH", "Regensburg"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "220-stock-fr",
        "classic",
        "fr",
        ("Claire Fontaine", "Conseillère immobilière chez Maisons du Sud", "Toulouse, France"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "221-custom-vague-de",
        "modern",
        "en",
        ("Dennis Krause", "Vertriebsmitarbeiter bei Kraftwerk Solar GmbH", "Potsdam"),
        "Hallo Lena, ich bin auf dein Profil gestoßen und würde mich freuen, wenn wir uns "
        "vernetzen.",
        GENERIC,
    ),
    case(
        "222-stock-pt",
        "classic",
        "en",
        ("Beatriz Almeida", "Consultora de Vendas na Almeida Imóveis", "Lisboa, Portugal"),
        None,
        GENERIC,
        stock="pt",
    ),
    case(
        "223-stock-id",
        "classic",
        "id",
        ("Budi Santoso", "Manajer Penjualan di PT Maju Jaya", "Surabaya, Indonesia"),
        None,
        GENERIC,
        stock="id",
    ),
]

JOURNALIST_CASES: list[Case] = _FIRST_PASS + _SECOND_PASS

"""Held-out invitations for Chiara Romano, senior EU public-affairs manager in Brussels.

Chiara covers energy and digital policy (grids, electricity market design, flexibility, the AI
Act and data centres) for GridTech Europe, an industry association of grid-technology and
smart-energy companies. Before that she spent four years at the public-affairs consultancy
Kessler & Vos and did a Blue Book traineeship at the European Commission (DG ENER). She studied
at Bocconi and at the College of Europe in Bruges.

English interface. Notes mostly in the English of the Brussels bubble (trilogues, ITRE, Perm
Reps, APAs, Plux), about a fifth, stock notes included, in the samples' other languages
(Italian, French, German, Spanish, Portuguese, Indonesian). One invitation for every
likely-accept, needs-a-look and generic sample of tests/fixtures/linkedin (the same kind of case,
written from scratch for this recipient), then a second pass over the same kinds with other
writers and other wording, plus a few kinds the samples lack (a chat at the Parliament bar, a
former intern, a student asking about a traineeship, a note that says the writer missed her
session, a recruiter, a pitch from a fellow alumna, a translation agency, a school-only headline,
a vague note from someone whose headline is in her field, a note that only repeats her own field
back to her, vague praise, a vague note in Italian). The builder has no reminder or HTML-only
layout: those kinds are written as ordinary invitations of the same category. Labels follow
DESIGN.md's "Categories", as the recipient would judge the note, written without looking at the
classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

LOBBYIST = Recipient(
    name="Chiara Romano",
    address="chiara.romano@example.eu",
    headline="Senior EU Public Affairs Manager – Energy & Digital Policy at GridTech Europe",
    profile_slug="chiara-romano-eu",
)

LOBBYIST_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Chiara Romano"
organizations = ["GridTech Europe", "Kessler & Vos Public Affairs", "European Commission"]
schools = ["Bocconi University", "College of Europe"]
industries = [
    "EU public affairs", "public affairs", "government relations", "public policy",
    "energy policy", "digital policy",
]
interests = [
    "electricity market design", "grid infrastructure", "energy transition",
    "demand-side flexibility", "AI regulation", "data centres", "cybersecurity",
]
groups = [
    "Society of European Affairs Professionals", "Women in EU Energy",
    "Brussels Digital Policy Circle", "Bocconi Alumni Brussels",
]
events = [
    "EU Sustainable Energy Week 2026", "Enlit Europe 2026", "European Digital Policy Forum 2026",
]
contacts = ["Matteo Ferri", "Anneke de Vries", "Julien Marchand", "Katarzyna Nowak"]

# Other names people use for the same thing.
[aliases]
"GridTech Europe" = ["GridTech", "GTE", "GridTech EU"]
"Kessler & Vos Public Affairs" = ["Kessler & Vos", "Kessler and Vos", "KV Public Affairs"]
"European Commission" = [
    "EU Commission", "DG ENER", "Commission européenne", "Commissione europea",
    "Europäische Kommission",
]
"Bocconi University" = ["Bocconi", "Università Bocconi", "Universita Bocconi"]
"College of Europe" = ["Collège d'Europe", "Collegio d'Europa", "Europakolleg", "CoE Bruges"]
"EU public affairs" = [
    "EU affairs", "European affairs", "EU advocacy", "affaires européennes", "affari europei",
]
"government relations" = ["government affairs"]
"Society of European Affairs Professionals" = ["SEAP"]
"Women in EU Energy" = ["WiEE"]
"Brussels Digital Policy Circle" = ["Digital Policy Circle", "BDPC"]
"Bocconi Alumni Brussels" = ["Bocconi Alumni Community Brussels"]
"EU Sustainable Energy Week 2026" = ["EUSEW", "EUSEW 2026", "EU Sustainable Energy Week"]
"Enlit Europe 2026" = ["Enlit", "Enlit Europe"]
"European Digital Policy Forum 2026" = ["European Digital Policy Forum", "EDPF"]
"electricity market design" = ["EMD", "EMD reform", "market design"]
"grid infrastructure" = ["grids package", "grid investment", "Grid Action Plan", "grids"]
"demand-side flexibility" = ["demand response", "grid flexibility", "flexibility"]
"AI regulation" = ["AI Act"]
"data centres" = ["data centers", "datacentres"]
"cybersecurity" = ["NIS2", "Cyber Resilience Act", "cyber resilience"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 12
"""

_REFERRAL = (
    "Chiara, Matteo Ferri suggested I get in touch – we'd like to co-host a breakfast debate on "
    "the Data Act with GridTech this autumn and he said you're the person to talk to. Could we "
    "find 20 min next week?"
)
_REFERRAL_2 = (
    "Hi Chiara, Katarzyna Nowak mentioned you're the right person to ask about how associations "
    "feed into ACER on the network codes. I'm new on the file at PGE's Brussels office - would "
    "you have 15 min for a coffee?"
)

LOBBYIST_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-eusew",
        "classic",
        "en",
        ("Lukas Brenner", "Policy Advisor, Networks at Oesterreichs Energie", "Vienna, Austria"),
        "Hi Chiara, great to meet you by the coffee stand at EUSEW after the grids session on "
        "Tuesday. I was the one moaning about permitting times in Austria :) Let's keep in touch!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        ("Sophie Delacroix", "Policy Officer, Digital at GridTech Europe", "Brussels, Belgium"),
        "Hi Chiara! I've just joined the digital team at GridTech Europe as policy officer, "
        "looking forward to working with you on the AI Act and data files 🙂",
        LIKELY,
        ("same_organization",),
        mutual=9,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Pieter Janssens", "Head of Government Affairs at Novadis Pharma", "Brussels"),
        "Chiara, we overlapped at Kessler & Vos in 2018-19 (I was in the health practice, two "
        "desks down from the energy team). Would be nice to reconnect!",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        ("Eva Lindqvist", "EU Affairs Manager at Nordic Connectivity Forum", "Brussels, Belgium"),
        "Hello Chiara, I cover EU telecoms and connectivity files for an association of Nordic "
        "operators here in Brussels and I like knowing peers who work on digital policy.",
        LIKELY,
        ("same_industry",),
        mutual=5,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Tomasz Zieliński", "Research Fellow at Florence School of Regulation", "Florence"),
        "Hi Chiara, I read your op-ed on grid connection queues and anticipatory investment - it's "
        "very close to what I'm modelling at FSR at the moment. Would love to follow your work.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Marta Oliveira", "Senior Advisor, Energy Markets at Iberdrola", "Brussels, Belgium"),
        "Hi Chiara – we're both in Women in EU Energy and your tips in last month's mentoring call "
        "on surviving a trilogue week were gold. Good to connect here too.",
        LIKELY,
        ("same_groups",),
        mutual=7,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        ("Hannes Vermeulen", "Secretary General at Belgian Data Economy Federation", "Brussels"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Francesca Galli", "Associate, Competition at Clifford Chance", "Brussels, Belgium"),
        "Ciao Chiara! Fellow Bocconi alumna here (CLEAM 2012). The Brussels bubble is tiny 😄",
        LIKELY,
        ("fellow_alumni",),
        mutual=3,
    ),
    case(
        "009-specific-guest-lecture",
        "classic",
        "en",
        ("Hélène Dubois", "Professor of EU Law at UCLouvain Saint-Louis Bruxelles", "Brussels"),
        "Dear Chiara, I coordinate a master's seminar on interest representation in the EU and "
        "we'd be delighted to have you as guest speaker on energy advocacy in March. Could we set "
        "up a short call?",
        LIKELY,
        ("specific_reason",),
        comment="an unpaid guest lecture invitation: a concrete request, not a pitch",
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Jonas Keller", "Accredited Parliamentary Assistant, European Parliament", "Brussels"),
        "Chiara, quick q: is GTE planning to send amendment suggestions on the grids package "
        "before the ITRE deadline? My MEP is shadow for S&D and wants to hear from industry first.",
        LIKELY,
        ("specific_reason",),
        mutual=11,
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        (
            "Javier Morales Ruiz",
            "Consejero de Energía, Representación Permanente de España ante la UE",
            "Bruselas, Bélgica",
        ),
        "Hola Chiara, coincidimos en la recepción de la REPER después del Consejo de Energía. "
        "Encantado de seguir en contacto, ¡y a ver si cae ese café pendiente!",
        LIKELY,
        ("met_in_person",),
        mutual=14,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Katharina Vogt", "Referentin Europapolitik beim BDEW", "Berlin"),
        "Hallo Chiara, wir waren beide am Europakolleg in Brügge, ich allerdings ein paar "
        "Jahrgänge nach dir (2019/20). Würde mich freuen, in Kontakt zu bleiben!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-panel",
        "modern",
        "en",
        ("Ruairí Doyle", "Regulatory Manager at EirGrid", "Dublin, Ireland"),
        "Thanks for the straight answers on the flexibility panel at Enlit – and for the chat "
        "at the drinks afterwards!",
        LIKELY,
        ("met_in_person",),
        mutual=4,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        ("Alessandro Conti", "Responsabile Affari Europei presso Anie Energia", "Roma"),
        "Ciao Chiara, stiamo preparando un position paper congiunto sul pacchetto reti con "
        "altre associazioni nazionali: ti va di sentirci la prossima settimana per capire se "
        "GridTech è interessata a co-firmarlo?",
        LIKELY,
        ("specific_reason",),
        mutual=10,
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        ("Hannes Vermeulen", "Secretary General at Belgian Data Economy Federation", "Brussels"),
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
        ("Rasmus Holm", "Head of Public Affairs at Vindstød A/S", "Copenhagen, Denmark"),
        "Hi Chiara, good meeting you at the Danish Perm Rep's offshore wind breakfast yesterday. "
        "Let's continue the hybrid interconnector conversation some time.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-note",
        "classic",
        "en",
        ("Yannick <b>Moreau</b>", "Policy Lead at Cloud Infrastructure Europe", "Brussels"),
        "<script>alert('x')</script>Chiara, we met at the European Digital Policy Forum & talked "
        "about <i>energy reporting for data centres</i>.",
        LIKELY,
        ("met_in_person",),
        comment="note and name contain markup that must be shown as text, never executed (the "
        "builder cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        (
            "Agnieszka Wrona",
            "Loan Officer, Energy Department at European Investment Bank",
            "Luxembourg",
        ),
        "Chiara, I'm a College of Europe alumna too (Natolin campus, 2017) and now do energy "
        "lending at the EIB in Luxembourg.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Nathan Brooks", "Enterprise Sales at PolicyPulse AI", "London, United Kingdom"),
        "Hi Chiara, PolicyPulse tracks every EP committee, Council working party and delegated act "
        "in real time with AI summaries. Associations like yours cut monitoring time by 60%. "
        "Open to a 15 min demo next week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "en",
        ("Isabelle Fontaine", "Managing Partner at Lumen Events & Communications", "Brussels"),
        "Chiara, our agency runs turnkey policy conferences in Brussels (venue, MEP speakers, "
        "livestream, catering). Can I send you our rates for your 2027 annual event?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Ruben Claes", "Office & Facilities Coordinator at GridTech Europe", "Brussels"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names one of my organizations (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Georgios Papadakis", "Senior Consultant at Deloitte", "Athens, Greece"),
        None,
        LOOK,
        mutual=19,
        comment="no note; 19 connections in common, threshold 12 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Anna Weber", "Event Manager", "Brussels"),
        "Hi Chiara, we met at EUSEW. I've shared the speakers' presentation pack with you, please "
        "log in to download it.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-notify.eu",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "106-weak-industry-headline",
        "classic",
        "en",
        ("Olivier Lambert", "Public Affairs Consultant | Energy & Climate", "Brussels"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Davide Marchetti", "Partner at Alpine Capital Advisors", "Lugano, Switzerland"),
        "Ciao Chiara, fellow Bocconi alumnus! Please review the investment memo I shared with you "
        "on Drive.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the alumni claim is not "
        "counted, as in the samples",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Kevin Dupont", "Account Manager at Securitas", "Liège, Belgium"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Lucía Navarro", "Agente inmobiliaria en Engel & Völkers", "Madrid, España"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Giorgio Bassi", "Consulente finanziario presso Fineco", "Milano, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Ryan Cole", "Founder | Web3 | Keynote Speaker", "Dubai, UAE"),
        None,
        GENERIC,
        mutual=1,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Priya Menon", "HR Generalist at Infosys", "Pune, India"),
        "Hi Chiara, I came across your profile and thought it would be great to connect.",
        GENERIC,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Marcus Bell", "Growth Coach | Mindset | Speaker", "Amsterdam"),
        "Hello! Always growing my network with inspiring professionals like yourself 🚀 Let's "
        "connect!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Stefan Wouters", "Insurance Broker at AG Insurance", "Antwerp"),
        "I'd like to add you to my professional network on LinkedIn.\n- Stefan Wouters",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Tobias Richter", "Vertriebsleiter bei Würth", "Künzelsau"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Camille Petit", "Conseillère en patrimoine chez AXA", "Namur, Belgique"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Lars Jensen", "Freelance Photographer", "Ghent, Belgium"),
        "Hi Chiara, hope you're having a good week. Happy to connect.",
        GENERIC,
        mutual=2,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Rafael Costa", "Gerente Comercial na Natura", "São Paulo, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-plux",
        "classic",
        "en",
        (
            "Maximilian Huber",
            "Energy Attaché at the Permanent Representation of Austria to the EU",
            "Brussels",
        ),
        "Chiara – nice chatting at Plux on Thursday, sorry I had to dash off for the Coreper "
        "prep. Proper coffee before the Energy Council?",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "022-same-org-current-alias",
        "modern",
        "en",
        ("Léa Martens", "Communications Trainee at GridTech Europe", "Brussels, Belgium"),
        "hey Chiara, new trainee in GTE's comms team here (started monday!), I'm the one by the "
        "coffee machine on the 4th floor. see you around 🙂",
        LIKELY,
        ("same_organization",),
        mutual=6,
    ),
    case(
        "023-same-org-past-bluebook",
        "classic",
        "en",
        ("Inès Haddad", "Policy Officer at European Commission – DG CLIMA", "Brussels"),
        "Chiara!! We were Blue Book trainees together in DG ENER, autumn 2016 - remember the "
        "stagiaires' trip to Ghent? I'm still at the Commission, now in CLIMA. So nice to find "
        "you here",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry",
        "modern",
        "en",
        ("Henrik Aalto", "Energy & Climate Manager at the European Chemical Industry Council", ""),
        "Fellow lobbyist here (the register-compliant kind 😉). I cover energy and climate for a "
        "chemicals federation on Rue Belliard; always good to know peers on the grids side.",
        LIKELY,
        ("same_industry",),
        mutual=8,
    ),
    case(
        "025-shared-interest",
        "classic",
        "en",
        ("Pieterjan Wouters", "PhD Researcher in Energy Economics at KU Leuven", "Leuven"),
        "Hi Chiara, your post on the EMD reform and two-sided CfDs for existing assets hit the "
        "nail on the head. I'm doing my PhD on capacity mechanisms and would love to follow your "
        "updates.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group",
        "modern",
        "en",
        ("Aoife Brennan", "Head of EU Policy at Connect Europe", "Brussels, Belgium"),
        "Hi Chiara, saw your message in the Digital Policy Circle about the breakfast on the "
        "Gigabit Infrastructure Act. Fellow member - good to connect properly.",
        LIKELY,
        ("same_groups",),
        mutual=10,
    ),
    case(
        "027-mutual-referral",
        "classic",
        "en",
        ("Piotr Mazur", "EU Affairs Manager at PGE Polska Grupa Energetyczna", "Brussels"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "028-alumni",
        "modern",
        "en",
        (
            "Valentina De Luca",
            "Telecoms Attaché at the Permanent Representation of Italy to the EU",
            "Brussels, Belgium",
        ),
        "Hello Chiara! Also did my degree at Bocconi (DES, 2014), now at the Italian Perm Rep on "
        "telecoms. Un saluto!",
        LIKELY,
        ("fellow_alumni",),
        mutual=13,
    ),
    case(
        "029-specific-press",
        "classic",
        "en",
        ("Hanna Kowalczyk", "Energy Reporter at Euractiv", "Brussels"),
        "Hi Chiara, I'm writing a piece for Euractiv on grid connection queues for data centres "
        "and wind farms. Could I get 10 minutes with you or a GridTech spokesperson this week?",
        LIKELY,
        ("specific_reason",),
        comment="a journalist asking for a comment: a concrete request",
    ),
    case(
        "030-specific-question",
        "modern",
        "en",
        ("Matej Kovač", "Head of Regulatory Affairs at GIZ DSO", "Ljubljana, Slovenia"),
        "Chiara, do you know if GTE lets non-members sit in as observers in its flexibility "
        "working group? We're a Slovenian DSO association and would like to follow the discussion",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "031-met-dinner",
        "modern",
        "en",
        ("Julie Mercier", "Chargée d'affaires publiques chez RTE", "Paris, France"),
        "Bonjour Chiara ! Lovely talking interconnectors with you at the EUSEW dinner on Tuesday, "
        "let's pick it up again soon. À bientôt !",
        LIKELY,
        ("met_in_person",),
        mutual=12,
    ),
    case(
        "032-alumni-de",
        "modern",
        "en",
        ("Florian Baumann", "Referent Digitalpolitik bei Bitkom", "Berlin"),
        "Servus Chiara, ich war auch an der Bocconi (Erasmus 2011, lang ist's her). Schön, eine "
        "Bocconiana in Brüssel zu finden – gerne vernetzen!",
        LIKELY,
        ("fellow_alumni",),
        comment="an exchange semester at the same university: she would count him as a fellow "
        "alumnus",
    ),
    case(
        "033-met-workshop",
        "modern",
        "en",
        ("Bruno Vasconcelos", "Sustainability Lead at Equinix", "Amsterdam, Netherlands"),
        "Really enjoyed your intervention at the DG CONNECT stakeholder workshop on data centre "
        "efficiency, and thanks for the chat over lunch!",
        LIKELY,
        ("met_in_person",),
        mutual=5,
    ),
    case(
        "034-specific-it",
        "modern",
        "en",
        ("Federica Lombardi", "Corrispondente da Bruxelles per Il Sole 24 Ore", "Bruxelles"),
        "Buongiorno Chiara, sto scrivendo un pezzo sul pacchetto reti e sui ritardi negli "
        "allacciamenti: avresti dieci minuti per un commento di GridTech Europe entro giovedì?",
        LIKELY,
        ("specific_reason",),
        mutual=9,
    ),
    case(
        "035-resent-of-027",
        "classic",
        "en",
        ("Piotr Mazur", "EU Affairs Manager at PGE Polska Grupa Energetyczna", "Brussels"),
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
        ("Elise Van den Broeck", "Senior Policy Advisor at Elia Group", "Brussels"),
        "Chiara, lovely to finally meet IRL at the SEAP summer drinks! Lunch in September?",
        LIKELY,
        ("met_in_person", "same_groups"),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed; meeting at a SEAP event "
        "also tells her they are both members",
    ),
    case(
        "037-markup-in-note-and-headline",
        "classic",
        "en",
        ("Dario Ferraris", "Head of <b>Smart Metering</b> & Data at Enel Grids", "Rome"),
        "Hi Chiara, <b>great</b> meeting you at Enlit <img src=x onerror=alert(1)> – still "
        "thinking about your point on access to smart meter data!",
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni-bruges",
        "classic",
        "en",
        ("Sander de Jong", "Adviser, Market Integration at ENTSO-E", "Brussels"),
        "Ciao Chiara, ex-Bruges student here as well (2015-16 promotion, same as you if I'm not "
        "wrong!). Now at ENTSO-E on market integration.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
        comment="'Bruges' is how College of Europe people name their school",
    ),
    # -- kinds the samples lack -----------------------------------------------------------------
    case(
        "041-met-parliament-bar",
        "modern",
        "en",
        ("Paolo Serra", "Accredited Parliamentary Assistant at European Parliament", "Strasbourg"),
        "Chiara! Thanks for the chat at the Mickey Mouse bar after the ITRE vote, and sorry for "
        "stealing the last croissant 😅",
        LIKELY,
        ("met_in_person",),
        mutual=16,
        comment="the Parliament's bar in Strasbourg: they met in person",
    ),
    case(
        "042-met-id",
        "modern",
        "en",
        ("Dewi Kartika Sari", "Analis Kebijakan Energi di Kementerian ESDM", "Jakarta, Indonesia"),
        "Halo Chiara, senang sekali bisa bertemu di sesi EU–ASEAN tentang interkoneksi jaringan "
        "listrik di EUSEW kemarin. Semoga kita bisa terus berdiskusi soal integrasi energi "
        "terbarukan.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "043-typos-traineeship-question",
        "modern",
        "en",
        ("Ana-Maria Ionescu", "Master Student in European Studies at ULB", "Brussels, Belgium"),
        "hi chiara, im a 2nd year master student at ULB and saw GridTech is looking for a policy "
        "trainee for spring, would you mind if i ask you 2-3 quick questions about the role?? "
        "thanks a lot",
        LIKELY,
        ("specific_reason",),
        mutual=2,
        comment="a student asking about a traineeship: a request, not a pitch",
    ),
    case(
        "044-former-intern",
        "classic",
        "en",
        ("Giacomo Rinaldi", "Policy Officer at SolarPower Europe", "Brussels"),
        "Chiara, you were my supervisor during my internship at Kessler & Vos in 2020 - I just "
        "started as policy officer at SolarPower Europe and wanted to say thanks again for "
        "everything you taught me!",
        LIKELY,
        ("same_organization", "met_in_person"),
        comment="her former intern: they worked together in person at her past employer",
    ),
    case(
        "045-missed-session",
        "modern",
        "en",
        ("Rita Gonçalves", "Senior Policy Advisor at E.DSO", "Brussels, Belgium"),
        "Hi Chiara, I'd registered for your session at the European Digital Policy Forum but got "
        "stuck in a trilogue 🙈 A colleague shared your slides on AI for grid flexibility - I'm "
        "on the same topic for our DSO association, would love to connect.",
        LIKELY,
        ("shared_interests", "same_industry"),
        comment="she says she missed the session: not a meeting",
    ),
    # -- needs a look, second pass and new kinds ------------------------------------------------
    case(
        "111-pitch-saas",
        "modern",
        "en",
        ("Chloé Martin", "Account Executive at Stakemap", "Paris, France"),
        "Hi Chiara - quick one: we built a stakeholder CRM for EU affairs teams (MEP/APA meeting "
        "logs, Transparency Register export, position tracking). Worth a 20-min look? Free pilot "
        "for associations this quarter.",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "112-pitch-after-meeting",
        "classic",
        "en",
        ("Sébastien Roux", "Account Director at Hemicycle Communications", "Brussels"),
        "Chiara, great to meet you at the Enlit cocktail! As promised: we do media and crisis "
        "training for association spokespeople - shall I send over a proposal for your team?",
        LOOK,
        ("met_in_person",),
        comment="sales pitch: a red flag whatever else the note answers (they did meet)",
    ),
    case(
        "113-weak-past-org-headline",
        "classic",
        "en",
        ("Nora Verbeke", "Senior Consultant at Kessler & Vos Public Affairs", "Brussels"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my past organizations (weak)",
    ),
    case(
        "114-weak-mutual-at-threshold",
        "modern",
        "en",
        ("Ahmed El Amrani", "Project Manager at Besix", "Brussels, Belgium"),
        None,
        LOOK,
        mutual=12,
        comment="no note; 12 connections in common, exactly the threshold of 12 (weak)",
    ),
    case(
        "115-spoof-good-note",
        "modern",
        "en",
        ("Thomas Keane", "Senior Advisor", "Brussels"),
        "Dear Chiara, following our talk at the Digital Policy Forum, here is the agenda for the "
        "follow-up meeting. Sign in to view the shared file.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-securemail.com",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "116-weak-industry-headline",
        "classic",
        "en",
        ("Jan De Smet", "Government Relations Manager | Benelux", "Antwerp"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "117-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Victor Lemaire", "Finance Officer", "Brussels"),
        "Hi Chiara, Matteo Ferri asked me to send you the updated contract for the GridTech "
        "sponsorship. Open the attached invoice to confirm.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the named contact is not "
        "counted, as in the samples",
    ),
    case(
        "118-weak-school-headline",
        "modern",
        "en",
        ("Giulia Moretti", "MSc Student in Economics at Bocconi University", "Milan, Italy"),
        None,
        LOOK,
        mutual=2,
        comment="no note; headline names one of my schools (weak)",
    ),
    case(
        "119-pitch-recruiter",
        "classic",
        "en",
        ("Charlotte Evans", "Partner, Public Affairs Practice at Harcourt Search", "London"),
        "Hi Chiara, I'm retained on a Head of EU Energy Policy search for a leading clean-tech "
        "group in Brussels, very competitive package. Open to a confidential chat?",
        LOOK,
        comment="headhunter's recruiting pitch",
    ),
    case(
        "120-pitch-fellow-alumna",
        "modern",
        "en",
        ("Margaux Lefebvre", "Founder at Trilogue Partners", "Brussels, Belgium"),
        "Fellow College of Europe alum here 👋 I run a boutique consultancy helping associations "
        "'trilogue-proof' their advocacy. Could I share a short capability deck with you?",
        LOOK,
        ("fellow_alumni",),
        mutual=6,
        comment="consultancy pitch: a red flag even though the alumni link is real",
    ),
    case(
        "121-pitch-translation-fr",
        "classic",
        "en",
        ("Aurélie Simon", "Fondatrice de Lingua Europa Traductions", "Bruxelles"),
        "Bonjour Chiara, notre agence traduit vos position papers et communiqués dans les 24 "
        "langues de l'UE en 48h. Puis-je vous envoyer nos tarifs ?",
        LOOK,
        comment="service pitch",
    ),
    case(
        "122-vague-note-industry-headline",
        "modern",
        "en",
        ("Mikkel Sørensen", "EU Affairs Advisor at Danish Energy", "Brussels, Belgium"),
        "Hi Chiara, would be great to connect!",
        LOOK,
        mutual=4,
        comment="the note says nothing; his headline is in my field (weak)",
    ),
    # -- generic, second pass and new kinds -----------------------------------------------------
    case(
        "221-stock-en",
        "classic",
        "en",
        ("Bart Peeters", "Sales Executive at bpost", "Mechelen, Belgium"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "222-stock-es",
        "classic",
        "en",
        ("Carmen Ortega", "Asesora comercial en Mapfre", "Sevilla, España"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "224-modern-no-note",
        "modern",
        "en",
        ("Alex Turner", "Crypto Trader | Dropshipping | Investor", "Lisbon, Portugal"),
        None,
        GENERIC,
        mutual=3,
    ),
    case(
        "225-custom-vague",
        "modern",
        "en",
        ("Ahmed Raza", "Business Development Executive at NexaSoft Solutions", "Lahore"),
        "Dear Chiara, I came across your impressive profile and would be delighted to connect "
        "with you.",
        GENERIC,
    ),
    case(
        "226-custom-vague-2",
        "classic",
        "en",
        ("Jordan Blake", "Serial Entrepreneur | Investor | Podcast Host", "Barcelona"),
        "Hey Chiara 👋 Growing my network with amazing people across Europe. Let's connect!",
        GENERIC,
    ),
    case(
        "227-old-stock-signed",
        "classic",
        "en",
        ("Dimitri Papas", "Financial Advisor at Allianz", "Thessaloniki, Greece"),
        "I'd like to join your LinkedIn network.\nBest regards,\nDimitri",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "228-stock-de",
        "classic",
        "en",
        ("Sabine Krause", "Immobilienmaklerin bei Von Poll", "Köln"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "229-stock-fr",
        "classic",
        "en",
        ("Thomas Girard", "Conseiller commercial chez Renault Bruxelles", "Bruxelles"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "230-custom-vague-3",
        "modern",
        "en",
        ("Sara Jovanović", "Customer Success Manager at Shopify", "Belgrade, Serbia"),
        "Hi Chiara, hope this finds you well! Would be nice to be connected.",
        GENERIC,
        mutual=2,
    ),
    case(
        "231-stock-id",
        "classic",
        "en",
        ("Budi Santoso", "Sales Supervisor at Astra International", "Jakarta, Indonesia"),
        None,
        GENERIC,
        stock="id",
    ),
    case(
        "232-vague-praise",
        "modern",
        "en",
        ("Fatima Zahra Benali", "Aspiring Professional | Open to Work", "Casablanca, Morocco"),
        "Chiara, your career path is truly inspiring! Would love to learn from you 🙏",
        GENERIC,
        comment="flattery: answers nothing",
    ),
    case(
        "233-only-her-field",
        "modern",
        "en",
        ("Marc Lemaire", "Private Banker at ING Belgium", "Brussels, Belgium"),
        "Hi Chiara, I see you work in EU public affairs in Brussels, fascinating field! Would love "
        "to connect.",
        GENERIC,
        mutual=5,
        comment="repeats her field from her profile; says nothing of his own link to it",
    ),
    case(
        "234-vague-it",
        "classic",
        "en",
        ("Simone Greco", "Promotore finanziario presso Banca Mediolanum", "Bari, Italia"),
        "Ciao Chiara, mi farebbe piacere entrare a far parte della tua rete. Buona giornata!",
        GENERIC,
        comment="custom note in Italian that says nothing specific",
    ),
]

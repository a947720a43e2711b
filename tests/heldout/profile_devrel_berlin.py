"""Held-out invitations for Sam Okoro, developer advocate (APIs and open source) in Berlin.

English interface. Notes mostly in plain professional English from developers, writers and
advocates met at conferences, meetups and in online communities, a few in Spanish, German and
Italian, in about the samples' share; stock notes in the samples' languages. One invitation for
every likely-accept, needs-a-look and generic sample of tests/fixtures/linkedin (the same kind
of case, written from scratch for this recipient), then a second pass over the same kinds with
other writers and other wording, plus a few kinds the samples lack (a former workshop
attendee, a note that says the writer missed the talk, an unpaid offer of a fix, a pitch from
someone met at a booth, a recruitment agency, a school-only headline, a note that only repeats
the recipient's employer, a vague "connections in common"). The builder has no reminder,
HTML-only, bad-charset or unterminated-multipart layout: those kinds are written as ordinary
invitations of the same category. Labels follow DESIGN.md's "Categories", as the recipient
would judge the note, written without looking at the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

DEVREL = Recipient(
    name="Sam Okoro",
    address="sam.okoro@example.com",
    headline="Developer Advocate, APIs & Open Source at Quillstack",
    profile_slug="sam-okoro-devrel",
)

DEVREL_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Sam Okoro"
organizations = ["Quillstack", "Brightwire Labs"]
schools = ["University of Manchester", "TU Berlin"]
industries = ["developer relations", "software development", "developer tools", "cloud computing"]
interests = [
    "API design", "OpenAPI", "open source", "developer experience", "technical writing",
    "docs-as-code", "SDK generation",
]
groups = ["DevRel Collective", "Berlin DevRel Meetup", "Write the Docs", "OpenAPI Initiative"]
events = [
    "FOSDEM 2026", "KubeCon + CloudNativeCon Europe 2026", "apidays Berlin 2026",
    "DevRelCon London 2026",
]
contacts = ["Lena Hartmann", "Tobi Adeyemi", "Priya Menon"]

# Other names people use for the same thing.
[aliases]
"Quillstack" = ["Quillstack GmbH"]
"Brightwire Labs" = ["Brightwire"]
"University of Manchester" = ["Manchester Uni", "Manchester University", "UoM"]
"TU Berlin" = ["Technische Universität Berlin", "Technical University of Berlin"]
"developer relations" = ["DevRel", "developer advocacy"]
"developer experience" = ["DX"]
"OpenAPI" = ["OpenAPI spec", "Swagger"]
"API design" = ["designing APIs"]
"Berlin DevRel Meetup" = ["DevRel Berlin"]
"Write the Docs" = ["WTD", "Write the Docs Berlin"]
"OpenAPI Initiative" = ["OAI"]
"FOSDEM 2026" = ["FOSDEM"]
"KubeCon + CloudNativeCon Europe 2026" = ["KubeCon Europe", "KubeCon EU", "KubeCon"]
"apidays Berlin 2026" = ["apidays Berlin", "API Days Berlin"]
"DevRelCon London 2026" = ["DevRelCon London", "DevRelCon"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 12
"""

_REFERRAL = (
    "Lena Hartmann suggested I get in touch with you about running an API workshop for our "
    "bootcamp students in the spring."
)
_REFERRAL_2 = (
    "Hi Sam, Priya Menon told me you went through a docs platform migration at Quillstack last "
    "year. We're about to start one at Wolt, could I ask you a few questions?"
)

DEVREL_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-fosdem",
        "classic",
        "en",
        ("Maarten de Vries", "Backend Engineer at Mollie", "Amsterdam, Netherlands"),
        "Hi Sam, great meeting you at FOSDEM on Sunday. I was the one asking about generating "
        "client SDKs after your talk. Let's stay in touch!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        ("Hanna Vogel", "Technical Writer at Quillstack", "Berlin, Germany"),
        "Hi Sam, I just joined Quillstack as a technical writer on the docs team and would love "
        "to connect with the people I'll be working with in DevRel.",
        LIKELY,
        ("same_organization",),
        mutual=8,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Tom Ashworth", "Engineering Manager at Auto Trader UK", "Manchester, United Kingdom"),
        "Sam! Long time since the Brightwire Labs days. I sat two desks over from you on the "
        "payments project in 2017. Good to see you're doing DevRel now.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        ("Katarzyna Nowak", "Developer Advocate at Tidewater DB", "Warsaw, Poland"),
        "Hello Sam, I do developer relations for a database startup and I'm always happy to "
        "learn from other advocates working on API products.",
        LIKELY,
        ("same_industry",),
        mutual=5,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Ravi Krishnan", "Staff Engineer at Zalando", "Berlin, Germany"),
        "Hi Sam, I read your post on versioning public APIs without breaking existing clients. "
        "We're having exactly that argument on my team right now.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Chloe Bennett", "Community Manager at Grafana Labs", "London, United Kingdom"),
        "Hi Sam, we're both in the DevRel Collective. Your answer in the metrics channel about "
        "measuring the impact of docs was really useful to me.",
        LIKELY,
        ("same_groups",),
        mutual=9,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        ("Mehmet Yılmaz", "Program Lead at Code Campus Berlin", "Berlin, Germany"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Emma Clarke", "Product Manager at Booking.com", "Amsterdam, Netherlands"),
        "Hi Sam! Another University of Manchester grad here (Computer Science, 2013). Nice to "
        "find a fellow Mancunian in tech.",
        LIKELY,
        ("fellow_alumni",),
        mutual=3,
    ),
    case(
        "009-specific-speaker-invite",
        "classic",
        "en",
        ("Inês Carvalho", "Head of Programme at Tagus Dev Conf", "Lisbon, Portugal"),
        "Hi Sam, I'm putting together the speaker line-up for our developer conference in Lisbon "
        "this October and we'd love you to give a talk on API design. Could we set up a call?",
        LIKELY,
        ("specific_reason",),
        comment="an invitation to speak: a concrete opportunity, not a sales pitch",
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Felix Braun", "Computer Science Student at Humboldt-Universität zu Berlin", "Berlin"),
        "Sam, quick question: does Quillstack take outside contributors on the open source CLI? "
        "I'd like to help with the Windows support.",
        LIKELY,
        ("specific_reason",),
        comment="offers to contribute: a concrete request, not a pitch",
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        ("Lucía Navarro", "Ingeniera de Software en Cabify", "Madrid, España"),
        "Hola Sam, nos conocimos en el stand de Quillstack en KubeCon y me explicaste cómo "
        "funcionan vuestros webhooks. ¡Me encantaría seguir en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=2,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Julia Krüger", "Softwareentwicklerin bei SAP", "Potsdam, Deutschland"),
        "Hallo Sam, wir haben beide an der TU Berlin studiert, ich habe dort 2016 meinen Master "
        "in Informatik gemacht. Freut mich, eine Ehemalige in der DevRel-Welt zu sehen!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-talk",
        "modern",
        "en",
        ("Oskar Lindqvist", "Platform Engineer at Spotify", "Stockholm, Sweden"),
        "Thanks for the chat after your KubeCon EU talk, the bit about rate-limit headers was "
        "gold!",
        LIKELY,
        ("met_in_person",),
        mutual=14,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        ("Francesca Moretti", "Community Lead presso Bologna Dev Community", "Bologna, Italia"),
        "Ciao Sam, sto organizzando un meetup su API e open source a Bologna a novembre e vorrei "
        "invitarti come speaker. Ti andrebbe di sentirci?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        ("Mehmet Yılmaz", "Program Lead at Code Campus Berlin", "Berlin, Germany"),
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
        ("Daniel Okafor", "Senior Engineer at N26", "Berlin, Germany"),
        "Hi Sam, good to meet you at apidays Berlin last week. Let's continue the conversation "
        "about API changelogs over coffee sometime.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-note",
        "classic",
        "en",
        ("Nora Lindt", "Solutions Engineer at Stripe", "Dublin, Ireland"),
        "Hi Sam <b>thanks</b> for the hallway chat at FOSDEM about <i>webhook retries</i> & "
        "idempotency keys <script>alert(1)</script>",
        LIKELY,
        ("met_in_person",),
        comment="note contains markup that must be shown as text, never executed (the builder "
        "cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Chidi Eze", "Data Engineer at Delivery Hero", "Berlin, Germany"),
        "Sam, I'm a Manchester grad as well (MSc Data Science 2019), now building data pipelines "
        "here in Berlin.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "en",
        ("Sophie Laurent", "Technical Writer at Doctolib", "Paris, France"),
        "Hi Sam, fellow Write the Docs member here — would love to trade notes on keeping API "
        "reference docs in sync with the code.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "en",
        ("Marta Kowalczyk", "Platform Engineer at Allegro", "Poznań, Poland"),
        "Hi Sam, I work on developer experience for our internal APIs too and would love to swap "
        "ideas on onboarding docs.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Brandon Hayes", "Account Executive at DevPulse Analytics", "Austin, Texas"),
        "Hi Sam, we help API companies double developer activation with our product analytics "
        "platform. Got 15 minutes for a demo this week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "en",
        ("Anita Rao", "Founder at InkByte Content", "Bengaluru, India"),
        "Sam, our agency writes developer tutorials and blog posts for devtool brands at a "
        "fraction of the in-house cost. Can I send you our rate card?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Marco Schulze", "Account Executive at Quillstack", "Berlin, Germany"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names one of my organizations (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Leonie Fischer", "Talent Partner at Personio", "Munich, Germany"),
        None,
        LOOK,
        mutual=26,
        comment="no note; 26 connections in common, threshold 12 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Jessica Hart", "Event Coordinator", "London, United Kingdom"),
        "Hi Sam, we met at KubeCon. Please log in to view the speaker photos I shared with you.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-notify.net",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "106-weak-industry-headline",
        "classic",
        "en",
        ("Aditya Kulkarni", "Developer Relations Engineer | APIs & SDKs", "Pune, India"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Victor Marsh", "Partner at Redstone Capital", "Zurich, Switzerland"),
        "Hi Sam, fellow TU Berlin alum! Please review the contract I sent over.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Gary Hughes", "Regional Sales Manager at Vodafone", "Leeds, United Kingdom"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Alejandro Ruiz", "Asesor Financiero en BBVA", "Valencia, España"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Luca Ferri", "Agente immobiliare presso Gabetti", "Milano, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Chase Walker", "Founder | Web3 | Angel Investor", "Dubai, United Arab Emirates"),
        None,
        GENERIC,
        mutual=1,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Laura Bennett", "Marketing Executive at Aldi UK", "Birmingham, United Kingdom"),
        "Hi Sam, your profile came up in my suggestions so I thought I'd send a request. Would "
        "be great to connect.",
        GENERIC,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Derek Stone", "Entrepreneur | Business Coach", "Dubai, United Arab Emirates"),
        "Hello! Always looking to connect with driven professionals like you. Let's grow together!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Karen Price", "Financial Adviser at St. James's Place", "Bristol, United Kingdom"),
        "I'd like to add you to my professional network on LinkedIn.\n- Karen Price",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Stefan Wagner", "Vertriebsleiter bei Vorwerk", "Wuppertal, Deutschland"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Sébastien Martin", "Conseiller en gestion de patrimoine chez AXA", "Lille, France"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Ryan Cooper", "Branch Manager at Enterprise Rent-A-Car", "Glasgow, United Kingdom"),
        "Hey Sam, hope your week is going well! Let's connect.",
        GENERIC,
        mutual=1,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Rafael Costa", "Consultor Imobiliário na RE/MAX", "Lisboa, Portugal"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-speakers-dinner",
        "classic",
        "en",
        ("Ana Petrović", "Docs Engineer at Contentful", "Berlin, Germany"),
        "Sam, it was really nice sitting next to you at the DevRelCon London speakers' dinner. "
        "I'm the one who wouldn't stop talking about docs linting. Hope we cross paths again!",
        LIKELY,
        ("met_in_person",),
        mutual=6,
    ),
    case(
        "022-same-org-current",
        "modern",
        "en",
        ("Jakob Meier", "Solutions Engineer at Quillstack", "Munich, Germany"),
        "hey Sam, new solutions engineer at Quillstack here (started Monday, Munich office). "
        "Heard you're the person to ask about the public API docs, nice to e-meet you!",
        LIKELY,
        ("same_organization",),
        mutual=11,
    ),
    case(
        "023-same-org-past-alias",
        "classic",
        "en",
        ("Hannah Whitfield", "Head of QA at Matillion", "Manchester, United Kingdom"),
        "Hi Sam, Hannah from Brightwire here! We survived that painful Android release together "
        "in 2018. Great to see where you've ended up.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry",
        "modern",
        "en",
        ("Julien Moreau", "Developer Advocate at Scaleway", "Paris, France"),
        "Hi Sam, fellow advocate here, I look after the API and CLI side of DevRel at a cloud "
        "provider in Paris. Always keen to compare notes with people doing the same job.",
        LIKELY,
        ("same_industry",),
        mutual=9,
    ),
    case(
        "025-shared-interest",
        "classic",
        "en",
        ("Grace Mwangi", "Software Engineer at Andela", "Nairobi, Kenya"),
        "Hi Sam, your thread on writing the OpenAPI spec first and the code second really "
        "clicked for me. I'm pushing for the same approach at work and would love to follow what "
        "you share.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group-alias",
        "modern",
        "en",
        ("Tobias Klein", "Frontend Developer at Ecosia", "Berlin, Germany"),
        "Hi Sam, I'm in the DevRel Berlin meetup group too and really enjoyed your recap of the "
        "lightning talks. Good to connect!",
        LIKELY,
        ("same_groups",),
        mutual=4,
    ),
    case(
        "027-mutual-referral",
        "classic",
        "en",
        ("Elina Virtanen", "Documentation Lead at Wolt", "Helsinki, Finland"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "028-alumni-alias",
        "modern",
        "en",
        ("Yusuf Adebayo", "Cloud Architect at Accenture", "Frankfurt, Germany"),
        "Hi Sam, another Manchester Uni alum here, I was in the year below you in CS. Funny that "
        "we both ended up in Germany!",
        LIKELY,
        ("fellow_alumni",),
        mutual=2,
    ),
    case(
        "029-specific-podcast",
        "classic",
        "en",
        ("Kelsey Brooks", "Host of The Endpoint Podcast", "Toronto, Canada"),
        "Hi Sam, I host a small podcast about developer tools and would love to have you on for "
        "an episode about running an open source program at a startup. Would you be up for a "
        "recording next month?",
        LIKELY,
        ("specific_reason",),
        comment="an invitation to a podcast: a concrete opportunity, not a sales pitch",
    ),
    case(
        "030-specific-unpaid-fix",
        "modern",
        "en",
        ("Rohan Mehta", "Maintainer of spectral-rules-extra", "Bengaluru, India"),
        "Hi Sam, I maintain a small OpenAPI linter and noticed Quillstack's public spec trips a "
        "few of its rules. Happy to open a PR with fixes if you'd like, no strings attached.",
        LIKELY,
        ("shared_interests", "specific_reason"),
        comment="an unpaid offer of a fix from a fellow OpenAPI tool maintainer, not a pitch",
    ),
    case(
        "031-met-es",
        "modern",
        "en",
        ("Mateo Gómez", "Desarrollador Backend en Mercado Libre", "Buenos Aires, Argentina"),
        "Hola Sam, charlamos en la cola del café en FOSDEM sobre SDKs generados automáticamente. "
        "¡Un saludo desde Buenos Aires y ojalá sigamos en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=1,
    ),
    case(
        "032-alumni-de",
        "modern",
        "en",
        ("Miriam Scholz", "Produktmanagerin bei Zalando", "Berlin, Deutschland"),
        "Hallo Sam, ich habe auch an der Technischen Universität Berlin studiert "
        "(Wirtschaftsinformatik, 2015). Schön, Ehemalige aus der TU in der Tech-Szene zu treffen!",
        LIKELY,
        ("fellow_alumni",),
        comment="the school's full German name, inflected",
    ),
    case(
        "033-met-panel",
        "modern",
        "en",
        ("Seán Gallagher", "Site Reliability Engineer at Intercom", "Dublin, Ireland"),
        "Cheers for taking my question at the end of the DevRelCon panel, and for the chat by "
        "the coffee urn afterwards!",
        LIKELY,
        ("met_in_person",),
        mutual=13,
    ),
    case(
        "034-specific-it",
        "modern",
        "en",
        ("Davide Conti", "CTO presso Fintastico", "Milano, Italia"),
        "Buongiorno Sam, stiamo aprendo le nostre API ai partner e cerchiamo qualcuno che ci "
        "aiuti a impostare il programma per sviluppatori. Saresti disponibile per una "
        "chiacchierata?",
        LIKELY,
        ("specific_reason",),
        comment="asks the recipient for advice on a concrete project: an opportunity, not a pitch",
    ),
    case(
        "035-resent-of-027",
        "classic",
        "en",
        ("Elina Virtanen", "Documentation Lead at Wolt", "Helsinki, Finland"),
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
        ("Greta Schmidt", "Engineering Lead at Trade Republic", "Berlin, Germany"),
        "Sam, lovely to meet you at KubeCon Europe during the booth crawl. Still thinking about "
        "your point on SDK versioning!",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "037-markup-in-note-and-headline",
        "classic",
        "en",
        ("Liam O'Connor", "Engineer <b>APIs & Integrations</b> at Personio", "Munich, Germany"),
        "Sam! Great to meet you in the <b>API & Friends</b> devroom at FOSDEM <img src=x "
        'onerror="alert(1)"> - let\'s keep in touch',
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "en",
        ("Oluwaseun Bakare", "Mobile Engineer at Monzo", "London, United Kingdom"),
        "Hey Sam, UoM alum too (MEng 2015)! Just realised we must have been on campus at the same "
        "time.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "039-group-dash",
        "classic",
        "en",
        ("Ingrid Solberg", "Technical Writer at Vipps", "Oslo, Norway"),
        "Hi Sam — I'm on the Write the Docs Slack too; would be great to chat about docs-as-code "
        "pipelines sometime.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "040-shared-interest-2",
        "modern",
        "en",
        ("Kenji Watanabe", "Open Source Program Manager at Mercari", "Tokyo, Japan"),
        "Hi Sam, I also run an open source program at a product company and would love to "
        "compare notes on contributor onboarding.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "041-met-workshop-attendee",
        "modern",
        "en",
        ("Paula Becker", "Junior Developer at Ecosia", "Berlin, Germany"),
        "Hi Sam, I was one of the bootcamp students in your REST API workshop at Code Campus "
        "last spring. I just landed my first developer job and wanted to say thanks!",
        LIKELY,
        ("met_in_person",),
        mutual=5,
        comment="attended the recipient's hands-on workshop: they know each other in person",
    ),
    case(
        "042-missed-talk",
        "classic",
        "en",
        ("Arjun Nair", "Backend Engineer at GetYourGuide", "Zurich, Switzerland"),
        "Hi Sam, I missed your FOSDEM talk but watched the recording twice. I'm building an "
        "internal API gateway and your part about consistent error formats saved me a lot of "
        "debate.",
        LIKELY,
        ("shared_interests",),
        comment="he says he missed the talk: not a meeting",
    ),
    case(
        "043-typos-student",
        "modern",
        "en",
        ("Max Huber", "Werkstudent Software Development", "Berlin, Germany"),
        "hi sam im a cs student at tu berlin and one of my profs said you sometimes give guest "
        "lectures on api design, any chance you'd do one for our student club?? would be amazing",
        LIKELY,
        ("fellow_alumni", "specific_reason"),
        mutual=2,
        comment="a current student of the recipient's school; the professor is not named: no "
        "mutual connection",
    ),
    case(
        "111-pitch-saas",
        "modern",
        "en",
        ("Nicole Tran", "Sales Development Rep at Apiary Cloud", "San Francisco, California"),
        "Hi Sam, teams like yours are cutting API support tickets by 40% with our AI docs "
        "assistant. Worth a quick 20-minute call next week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "112-pitch-after-meeting",
        "classic",
        "en",
        ("Greg Wilson", "Enterprise Account Executive at StackGuard", "London, United Kingdom"),
        "Hey Sam, good to meet you at our booth at KubeCon! We're giving 25% off our API "
        "security scanner to teams who sign this quarter, happy to send over a quote.",
        LOOK,
        ("met_in_person",),
        comment="sales pitch: a red flag whatever else the note answers (they did meet)",
    ),
    case(
        "113-weak-past-org-headline",
        "classic",
        "en",
        ("Rebecca Hale", "Office Manager at Brightwire Labs", "Manchester, United Kingdom"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my past organizations (weak)",
    ),
    case(
        "114-weak-mutual",
        "modern",
        "en",
        ("Moritz Lange", "Architect at Lange Architekten", "Berlin, Germany"),
        None,
        LOOK,
        mutual=34,
        comment="no note; 34 connections in common, threshold 12 (weak)",
    ),
    case(
        "115-spoof-good-note",
        "modern",
        "en",
        ("Melissa Grant", "HR Specialist", "Berlin, Germany"),
        "Hi Sam, great chatting at apidays Berlin! I've shared the speaker travel form with you, "
        "sign in here to fill it in.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-secure.de",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "116-weak-industry-headline",
        "classic",
        "en",
        ("Tomasz Zieliński", "Senior Developer Advocate | Cloud Computing", "Kraków, Poland"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "117-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Howard Lin", "Managing Partner at Eastgate Ventures", "Singapore"),
        "Hi Sam, we met at FOSDEM. Kindly open the attached payment details for your speaking fee.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed meeting is not "
        "counted, as in the samples",
    ),
    case(
        "118-weak-school-headline",
        "modern",
        "en",
        ("Clara Neumann", "Research Assistant at TU Berlin", "Berlin, Germany"),
        None,
        LOOK,
        mutual=2,
        comment="no note; headline names one of my schools (weak)",
    ),
    case(
        "119-pitch-recruiter",
        "classic",
        "en",
        ("James Whitmore", "Principal Consultant at Harbour Tech Recruitment", "London"),
        "Hi Sam, I'm running a Head of Developer Relations search for a Series C fintech in "
        "Amsterdam, €150k plus equity. Open to a confidential chat?",
        LOOK,
        comment="recruitment agency pitch",
    ),
    case(
        "120-dmarc-fail-plain-note",
        "modern",
        "en",
        ("Nadia Farouk", "Developer Advocate at Ably", "London, United Kingdom"),
        "Hi Sam, it was great catching up at DevRelCon London. Let's stay in touch!",
        LOOK,
        auth="fail",
        mutual=7,
        comment="DKIM and DMARC failed: flagged even though the note itself reads as genuine",
    ),
    case(
        "221-stock-en",
        "classic",
        "en",
        ("Paul Jenkins", "Mortgage Adviser at Halifax", "Liverpool, United Kingdom"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "222-stock-es",
        "classic",
        "en",
        ("Carmen Ortega", "Directora Comercial en Seguros Cantábrico", "Bilbao, España"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "223-stock-it",
        "classic",
        "en",
        ("Giorgio Rinaldi", "Consulente finanziario presso Mediolanum", "Roma, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "224-modern-no-note",
        "modern",
        "en",
        ("Tyler Brooks", "Dropshipping | Ecommerce Mentor", "Miami, Florida"),
        None,
        GENERIC,
        mutual=3,
    ),
    case(
        "225-custom-vague",
        "modern",
        "en",
        ("Sarah Mitchell", "Customer Service Advisor at Lidl", "Dublin, Ireland"),
        "Hi Sam, I saw your profile and thought it would be good to be connected here.",
        GENERIC,
    ),
    case(
        "226-custom-vague-2",
        "classic",
        "en",
        ("Kwame Mensah", "CEO at Mensah Holdings", "Accra, Ghana"),
        "Greetings! I am expanding my network with top professionals worldwide. Looking forward "
        "to connecting.",
        GENERIC,
    ),
    case(
        "227-old-stock-signed",
        "classic",
        "en",
        ("Dean Walsh", "Estate Agent at Foxtons", "London, United Kingdom"),
        "I'd like to join your LinkedIn network.\nThanks, Dean",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "228-stock-de",
        "classic",
        "en",
        ("Thomas Becker", "Versicherungsmakler bei ERGO", "Köln, Deutschland"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "229-stock-fr",
        "classic",
        "en",
        ("Amélie Rousseau", "Responsable commerciale chez Carrefour", "Nantes, France"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "230-custom-vague-3",
        "modern",
        "en",
        ("Megan Hall", "Store Manager at Primark", "Leeds, United Kingdom"),
        "Hi Sam, hope all's good with you. Would love to connect!",
        GENERIC,
        mutual=2,
    ),
    case(
        "231-stock-pt",
        "classic",
        "en",
        ("Beatriz Almeida", "Gerente de Contas no Itaú", "São Paulo, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    case(
        "232-vague-praise",
        "modern",
        "en",
        ("Vanessa Klein", "Life Coach | Speaker | Author", "Vienna, Austria"),
        "Sam, I love the energy you bring to this platform! Would be great to have you in my "
        "network.",
        GENERIC,
        mutual=4,
        comment="flattery: answers nothing",
    ),
    case(
        "233-only-recipients-employer",
        "modern",
        "en",
        ("Frank Müller", "Immobilienmakler bei Müller Immobilien", "Berlin, Germany"),
        "Hi Sam, I see you work at Quillstack here in Berlin. Would be happy to connect!",
        GENERIC,
        mutual=3,
        comment="repeats the recipient's employer from the profile; says nothing of the writer's "
        "own link to it",
    ),
    case(
        "234-vague-in-common",
        "classic",
        "en",
        ("Ahmed Karim", "Business Development Manager at Emirates NBD", "Dubai"),
        "Hi Sam, we seem to share a few connections so I thought I'd reach out. Let's connect!",
        GENERIC,
        comment="no one named and no count shown: no mutual connection answered",
    ),
]

"""Held-out profile: Dana Kowalski, senior engineering manager (platform) in Seattle.

English interface, US English. Written without reading the classifier's phrase lists or the
other profiles' cases: the labels are what Dana would say on reading each note, by the rules of
DESIGN.md ("Categories"). The first cases mirror the samples in tests/fixtures/linkedin/ (one per
labelled sample, fresh wording); the rest stress false positives: notes that sound engaged but
answer none of the questions.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

SEATTLE = Recipient(
    name="Dana Kowalski",
    address="dana.kowalski@example.com",
    headline="Senior Engineering Manager, Platform Infrastructure at Rainier Cloud Software",
    profile_slug="dana-kowalski-platform",
)

SEATTLE_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Dana Kowalski"
organizations = ["Rainier Cloud Software", "Amazon Web Services", "Tableau Software"]
schools = ["University of Washington", "Carnegie Mellon University"]
industries = ["cloud computing", "enterprise software", "SaaS", "developer tools"]
interests = [
    "platform engineering", "site reliability engineering", "Kubernetes", "observability",
    "incident management", "engineering management",
]
groups = [
    "Seattle SRE Meetup", "Rands Leadership Slack", "Ada Developers Academy", "CNCF Seattle",
]
events = [
    "KubeCon + CloudNativeCon North America 2025", "SREcon26 Americas",
    "LeadDev New York 2026", "Cascadia Infra Summit 2026",
]
contacts = ["Marcus Oyelaran", "Priya Raghavan", "Tom Lindqvist"]

# Other names people use for the same thing.
[aliases]
"Rainier Cloud Software" = ["Rainier Cloud", "Rainier"]
"Amazon Web Services" = ["AWS", "Amazon"]
"Tableau Software" = ["Tableau"]
"University of Washington" = ["UW", "UDub", "U of Washington", "Paul G. Allen School"]
"Carnegie Mellon University" = ["Carnegie Mellon", "CMU"]
"cloud computing" = ["cloud infrastructure", "cloud"]
"enterprise software" = ["B2B software"]
"SaaS" = ["software as a service"]
"developer tools" = ["devtools", "developer tooling"]
"platform engineering" = ["internal developer platform", "platform team"]
"site reliability engineering" = ["SRE", "reliability engineering"]
"Kubernetes" = ["k8s"]
"observability" = ["OpenTelemetry", "distributed tracing"]
"incident management" = ["incident response", "on-call", "postmortems"]
"engineering management" = ["engineering leadership", "managing managers"]
"Seattle SRE Meetup" = ["SRE Meetup"]
"Rands Leadership Slack" = ["Rands Slack", "Rands"]
"Ada Developers Academy" = ["Ada Developers", "Ada Academy"]
"CNCF Seattle" = ["Cloud Native Seattle"]
"KubeCon + CloudNativeCon North America 2025" = [
    "KubeCon NA", "KubeCon North America", "KubeCon Atlanta", "KubeCon",
]
"SREcon26 Americas" = ["SREcon", "SREcon Americas"]
"LeadDev New York 2026" = ["LeadDev New York", "LeadDev NYC", "LeadDev"]
"Cascadia Infra Summit 2026" = ["Cascadia Infra Summit"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 20
"""

MET = "met_in_person"
ORG = "same_organization"
INDUSTRY = "same_industry"
INTEREST = "shared_interests"
GROUP = "same_groups"
MUTUAL = "mutual_connection"
ALUMNI = "fellow_alumni"
SPECIFIC = "specific_reason"

NOT_LISTED = "headline names none of my organizations, schools, industries or groups"

SEATTLE_CASES: list[Case] = [
    # -- one per labelled sample, fresh wording ------------------------------------------------
    case(
        "001-met-kubecon-lunch",
        "modern",
        "en",
        ("Jamal Whitaker", "Staff SRE at Brightwave Health", "Denver, Colorado"),
        "Dana, we ended up at the same lunch table at KubeCon in Atlanta and you told me about "
        "your cell-based rollout. I'd love to hear how it went once it hits prod.",
        LIKELY,
        (MET,),
        mutual=3,
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        ("Sofia Brandt", "Software Engineer II | Distributed storage", "Seattle, Washington"),
        "Hey Dana! I just transferred onto the storage team at Rainier, so we're basically "
        "neighbors on the fourth floor now. Figured I'd say hi here too.",
        LIKELY,
        (ORG,),
        mutual=8,
        comment="the headline does not name the company; only the note says she works there",
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Kevin Ashworth", "Principal Engineer at Snowline Data", "Bellevue, Washington"),
        "Dana, not sure you'll remember me, but I sat two rows over from you on the EC2 capacity "
        "team at AWS around 2017. Your name came up today and I wanted to reconnect.",
        LIKELY,
        (ORG,),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        ("Marisol Vega", "Director of Engineering at Tidepool", "Portland, Oregon"),
        "Hi Dana, I manage the infrastructure teams at a B2B SaaS company in Portland and I'm "
        "trying to meet more people doing this job at companies our size.",
        LIKELY,
        (INDUSTRY,),
        mutual=5,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Owen Fitzgerald", "Engineering Manager at Loomstack", "Austin, Texas"),
        "Your write-up on pager fatigue and trimming the on-call rotation hit home. We're "
        "reworking our incident response process right now, so I'd like to follow what you share.",
        LIKELY,
        (INTEREST,),
        comment="praise of her post, but the writer also says he works on the same topic",
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Renee Tanaka", "Engineering Manager, Data Platform at Halyard", "Seattle, Washington"),
        "Hi Dana, I'm in the Rands Leadership Slack too and keep running into your answers in "
        "the managing-managers channel. They've helped me more than a couple of books have.",
        LIKELY,
        (GROUP,),
        mutual=11,
    ),
    case(
        "007-mutual-referral",
        "modern",
        "en",
        ("Brian Okafor", "Head of Infrastructure at Quillbase", "San Francisco Bay Area"),
        "Hi Dana, Priya Raghavan thought you'd be the right person to ask about moving a "
        "monolith's deploys onto Argo without a code freeze. She said you pulled that off at "
        "Rainier. Would you have 20 minutes sometime?",
        LIKELY,
        (MUTUAL, SPECIFIC),
        mutual=2,
    ),
    case(
        "008-alumni",
        "classic",
        "en",
        ("Hannah Goldberg", "Site Reliability Engineer at Zillow", "Seattle, Washington"),
        "Another Husky! I graduated from the UW CSE program in 2019. Always nice to find alumni "
        "working in infra.",
        LIKELY,
        (ALUMNI,),
    ),
    case(
        "009-specific-speaker",
        "modern",
        "en",
        ("Aaron Lindgren", "Engineering Program Manager at Avista", "Spokane, Washington"),
        "Hi Dana, I'm putting together the speaker lineup for a regional infrastructure day in "
        "Spokane this spring and your talk on error budgets would be a great fit. Could I send "
        "you the details?",
        LIKELY,
        (SPECIFIC,),
    ),
    case(
        "010-specific-question",
        "classic",
        "en",
        ("Tessa Morrow", "Instructor at Code Fellows", "Seattle, Washington"),
        "Dana, does your team ever take apprentices from bootcamps? I have two recent grads who "
        "are strong on Linux and Terraform, and I'd like to know who I should talk to.",
        LIKELY,
        (SPECIFIC,),
        comment="asks about apprenticeships for her students: a request, not a paid service",
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        ("Alejandro Ruiz", "Ingeniero de Plataforma en Mercado Libre", "Buenos Aires, Argentina"),
        "Hola Dana, charlamos un buen rato en el stand de Grafana en la KubeCon de Atlanta sobre "
        "cómo reducir las alertas ruidosas. ¡Me encantaría seguir en contacto!",
        LIKELY,
        (MET,),
    ),
    case(
        "012-alumni-de",
        "classic",
        "en",
        ("Katrin Hoffmann", "Softwarearchitektin bei SAP", "Walldorf, Deutschland"),
        "Hallo Dana, ich habe 2012 meinen Master an der Carnegie Mellon gemacht und bin zufällig "
        "auf dein Profil gestoßen. Schön, hier eine andere CMU-Absolventin zu treffen!",
        LIKELY,
        (ALUMNI,),
    ),
    case(
        "013-met-panel",
        "modern",
        "en",
        ("Nicole Brennan", "VP Engineering at Ordinal Labs", "New York, New York"),
        "Thank you for sticking around after the LeadDev panel to answer my question about "
        "promoting first-time managers. Your answer changed how I'm handling it.",
        LIKELY,
        (MET,),
        mutual=4,
    ),
    case(
        "014-specific-it",
        "classic",
        "en",
        ("Matteo Ricci", "Engineering Manager presso Satispay", "Milano, Italia"),
        "Ciao Dana, stiamo preparando una serie di incontri online per chi guida team di "
        "piattaforma e mi piacerebbe averti come ospite in una delle puntate.",
        LIKELY,
        (SPECIFIC,),
    ),
    case(
        "016-no-auth-header-met",
        "modern",
        "en",
        ("Leah Nakamura", "Staff Engineer at Remitly", "Seattle, Washington"),
        "Hi Dana! We sat next to each other in the SREcon workshop on load shedding. Hope the "
        "rest of your conference went well.",
        LIKELY,
        (MET,),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-met-markup-chars",
        "classic",
        "en",
        ("Sam O'Rourke", "Infrastructure Lead at Pike & Pine Games", "Seattle, Washington"),
        "Dana, great chatting at the Cascadia Infra Summit happy hour. You're the one who said "
        "<never> page on CPU & I've been quoting you ever since.",
        LIKELY,
        (MET,),
        comment="note and headline contain < > & and an apostrophe: shown as text",
    ),
    case(
        "018-base64-alumni",
        "modern",
        "en",
        ("Yusuf Demir", "Backend Engineer at Smartsheet", "Bellevue, Washington"),
        "Dana, I'm a Carnegie Mellon grad too (MS in Software Engineering, 2016). Just moved to "
        "the Seattle area and I'm finding my fellow Tartans out here.",
        LIKELY,
        (ALUMNI,),
        base64=True,
    ),
    case(
        "019-same-group-mentors",
        "modern",
        "en",
        ("Imani Roberts", "Senior Software Engineer at Nordstrom", "Seattle, Washington"),
        "Hi Dana, I'm mentoring in the current Ada Developers Academy cohort as well. Would love "
        "to swap notes on how our mentees are doing with their capstones.",
        LIKELY,
        (GROUP,),
        mutual=6,
    ),
    case(
        "020-shared-interest-backstage",
        "classic",
        "en",
        ("Felix Andersson", "Platform Engineer at Klarna", "Stockholm, Sweden"),
        "Hi Dana, I'm building an internal developer platform on Backstage too and would be glad "
        "to trade lessons learned on golden paths.",
        LIKELY,
        (INTEREST,),
    ),
    # -- genuine reasons in ordinary American wording ------------------------------------------
    case(
        "021-met-meetup-lightning-talk",
        "modern",
        "en",
        ("Ryan Castillo", "DevOps Engineer at T-Mobile", "Bellevue, Washington"),
        "Hi Dana, we met briefly at the Seattle SRE Meetup in October after your lightning talk "
        "on canaries. I was the guy who asked about feature flags. Good to put a name to a face!",
        LIKELY,
        (MET, GROUP),
        mutual=7,
        comment="met in person at a meetup of one of my groups: both answers",
    ),
    case(
        "022-mutual-manager-advice",
        "classic",
        "en",
        ("Megan Pruitt", "Software Engineer at Outreach", "Seattle, Washington"),
        "Dana, my manager Tom Lindqvist said I should talk to you before I step into my first "
        "team lead role. No pressure at all, but I'd really appreciate 30 minutes if you ever "
        "have them.",
        LIKELY,
        (MUTUAL, SPECIFIC),
    ),
    case(
        "023-past-org-tableau",
        "modern",
        "en",
        ("Greg Halvorsen", "Engineering Director at DocuSign", "Seattle, Washington"),
        "Hi Dana, I was on the Tableau Server infrastructure team from 2014 to 2018, so I think "
        "we overlapped for a year or so. Hope all is well at Rainier!",
        LIKELY,
        (ORG,),
        mutual=14,
    ),
    case(
        "024-alumni-and-sre",
        "classic",
        "en",
        ("Ana Lucia Ortiz", "SRE Manager at Microsoft", "Redmond, Washington"),
        "Hey Dana, I'm a UW alum too (Informatics '15) and I manage an SRE team over in Redmond "
        "now. Would be great to compare notes sometime.",
        LIKELY,
        (ALUMNI, INTEREST),
    ),
    case(
        "025-specific-first-platform-team",
        "modern",
        "en",
        ("Caleb Whitman", "Co-founder & CTO at Fieldnote", "Seattle, Washington"),
        "Hi Dana, I'm hiring the first platform team at our Series B startup and your name keeps "
        "coming up when I ask who does this well in Seattle. Any chance you'd be up for coffee? "
        "Happy to buy.",
        LIKELY,
        (SPECIFIC,),
        mutual=9,
        comment="a concrete ask (advice on building a platform team); he sells nothing",
    ),
    case(
        "026-pr-review-otel",
        "classic",
        "en",
        ("Nikhil Rao", "Software Engineer at Honeycomb", "Remote"),
        "Dana, you reviewed my PR to the OpenTelemetry collector last month (the batching fix). "
        "Thanks for the thorough feedback, wanted to connect here too.",
        LIKELY,
        (INTEREST, SPECIFIC),
        comment="both contribute to the same open-source project; a prior online interaction, "
        "not an in-person meeting",
    ),
    case(
        "027-specific-program-committee",
        "modern",
        "en",
        ("Laura Bishop", "Principal Engineer at Datadog", "New York, New York"),
        "Hi Dana, I'm on the KubeCon NA program committee for the platform engineering track and "
        "would like to invite you to review a handful of submissions this year. Okay if I DM you "
        "the details?",
        LIKELY,
        (SPECIFIC,),
        mutual=12,
        comment="mentions my event and interest, but she doesn't say we met: a specific request",
    ),
    case(
        "028-industry-devtools",
        "classic",
        "en",
        ("Derrick Huang", "VP of Infrastructure at Relay CI", "Remote"),
        "Hi Dana, I run infrastructure at a developer tools company (we make a CI product) and "
        "I'm trying to get to know other infra leaders in the devtools space.",
        LIKELY,
        (INDUSTRY,),
        comment="names his product but asks for nothing: not a pitch",
    ),
    # -- needs a look: one per sample ----------------------------------------------------------
    case(
        "101-pitch-cloud-cost",
        "modern",
        "en",
        ("Tyler Brooks", "Account Executive at Cloudspend", "Denver, Colorado"),
        "Hi Dana, teams like yours typically cut their AWS bill by 30% in the first quarter with "
        "Cloudspend's rightsizing recommendations. Worth a quick 15 minutes to see if it fits?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-compliance-audit",
        "classic",
        "en",
        ("Ashley Moreno", "Partner at Ledgerline Advisory", "Phoenix, Arizona"),
        "Dana, our firm gets growing SaaS companies SOC 2 ready in six weeks, flat fee. Can I send "
        "over our one-pager and a couple of case studies?",
        LOOK,
        comment="sales pitch (names my industry only to sell)",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Peter Lindahl", "Technical Program Manager at Rainier Cloud Software", "Seattle"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names my current company (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Aisha Bello", "Product Manager at Zulily", "Seattle, Washington"),
        None,
        LOOK,
        mutual=34,
        comment="no note; 34 connections in common, threshold 20 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Samantha Cole", "Engineering Manager", "Seattle, Washington"),
        "Dana, it was great running into you at SREcon! I uploaded the slides we talked about, "
        "just sign in here to view them.",
        LOOK,
        auth="lookalike",
        comment="look-alike sender domain: must be flagged whatever the note claims",
    ),
    case(
        "106-weak-industry-headline",
        "modern",
        "en",
        ("Derek Walsh", "Cloud Infrastructure Consultant | SaaS migrations", "Chicago, Illinois"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names my industries (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "classic",
        "en",
        ("Victor Hale", "Senior Engineer", "Seattle, Washington"),
        "Hi Dana, fellow UW alum here! Please download the deck I mentioned and let me know.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    # -- needs a look: pitches of kinds not yet common ------------------------------------------
    case(
        "108-pitch-outsourced-dev-shop",
        "modern",
        "en",
        ("Oleksandr Kravets", "Business Development Manager at CodeForge Solutions", "Kyiv"),
        "Hello Dana! Our team of 120+ senior engineers in Eastern Europe helps US companies ship "
        "Kubernetes and Terraform projects faster. Any roadmap items we could take off your "
        "plate this quarter?",
        LOOK,
        comment="outsourced development shop: sales pitch (names my interest only to sell)",
    ),
    case(
        "109-headhunter-confidential",
        "classic",
        "en",
        (
            "Catherine Ellis",
            "Partner, Technology Practice at Halden & Reese Executive Search",
            "San Francisco, California",
        ),
        "Dana, I'm leading a confidential search for a VP of Infrastructure at a well-funded, "
        "pre-IPO company in the Seattle area. Your background stands out. Open to a discreet "
        "conversation?",
        LOOK,
        comment="executive-search cold approach, a solicitation treated as a pitch; debatable: "
        "one could call a job lead a specific reason, but it answers nothing about us",
    ),
    case(
        "110-webinar-marketing",
        "modern",
        "en",
        ("Brittany Nolan", "Field Marketing Manager at Opsgenix", "Boston, Massachusetts"),
        "Hi Dana, we're hosting a live session Thursday: '5 ways platform leaders cut incident "
        "costs with AIOps'. Seats are limited, want me to save you one?",
        LOOK,
        comment="vendor webinar invitation as attendee: marketing, a pitch (unlike an invitation "
        "to speak)",
    ),
    case(
        "111-pitch-with-alumni",
        "classic",
        "en",
        ("Jared Kimball", "Founder at Glasshouse Dashboards", "Pittsburgh, Pennsylvania"),
        "Hi Dana, fellow Carnegie Mellon alum! I run a small agency that builds observability "
        "dashboards for SaaS teams, and I'd be happy to do a free audit of your setup.",
        LOOK,
        (ALUMNI,),
        comment="the note answers one question, but it is a sales pitch: red flag wins",
    ),
    # -- needs a look: other weak signals --------------------------------------------------------
    case(
        "112-weak-school-headline",
        "modern",
        "en",
        ("Minh Tran", "Computer Science Student at University of Washington", "Seattle"),
        None,
        LOOK,
        mutual=1,
        comment="no note; headline names my school (weak)",
    ),
    case(
        "113-weak-group-headline",
        "classic",
        "en",
        ("Paul Everett", "Co-organizer, Seattle SRE Meetup | Infrastructure Engineer", "Seattle"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names my group (weak)",
    ),
    case(
        "114-vague-mutual-at-threshold",
        "modern",
        "en",
        ("Lindsay Cho", "Program Manager at Bungie", "Bellevue, Washington"),
        "Hi Dana, hope your week is going well! Would be great to connect.",
        LOOK,
        mutual=20,
        comment="vague note, but exactly 20 connections in common reaches my threshold (weak)",
    ),
    case(
        "115-praise-colleague-headline",
        "classic",
        "en",
        ("Morgan Fields", "Senior Recruiter at Rainier Cloud Software", "Seattle, Washington"),
        "Love what your team at Rainier is building! Keep up the great work.",
        LOOK,
        comment="the note only praises my team; the headline says the writer works at my company "
        "(weak)",
    ),
    case(
        "116-leaders-in-tech-cloud-headline",
        "modern",
        "en",
        ("Ravi Menon", "Cloud Solutions Architect at Accenture", "Dallas, Texas"),
        "Always happy to connect with leaders in tech. Cheers!",
        LOOK,
        mutual=2,
        comment="vague note; headline names my industry (cloud), a weak signal",
    ),
    # -- generic: one per sample ---------------------------------------------------------------
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Brian Kessler", "Regional Sales Manager at Paccar", "Bellevue, Washington"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "202-stock-es",
        "modern",
        "en",
        ("Valeria Torres", "Analista Financiera en Bancolombia", "Medellín, Colombia"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Lorenzo Greco", "Consulente commerciale presso Enel", "Roma, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Chase Whitfield", "Growth Hacker | Web3 | Crypto Enthusiast", "Miami, Florida"),
        None,
        GENERIC,
        mutual=2,
    ),
    case(
        "205-custom-vague",
        "classic",
        "en",
        ("Melissa Grant", "Executive Assistant at Starbucks", "Seattle, Washington"),
        "Hi Dana, your profile popped up in my feed and I thought it would be great to be "
        "connected.",
        GENERIC,
    ),
    case(
        "206-custom-vague-2",
        "modern",
        "en",
        ("Trevor Banks", "Independent Insurance Agent", "Tacoma, Washington"),
        "Always looking to grow my circle of talented people. Hope you'll accept!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Steven Park", "Operations Manager at Costco Wholesale", "Issaquah, Washington"),
        "I'd like to join your LinkedIn network.\n- Steven Park",
        GENERIC,
        comment="the stock sentence with a signature",
    ),
    case(
        "208-stock-de",
        "modern",
        "en",
        ("Florian Wagner", "Vertriebsleiter bei Bosch", "Stuttgart, Deutschland"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Julien Moreau", "Chargé de communication chez Orange", "Paris, France"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Kyle Jensen", "Student at Seattle Central College", "Seattle, Washington"),
        "Hey Dana, how's it going? Let's connect.",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Rafael Costa", "Gerente de Contas no Itaú", "São Paulo, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- generic: engaged-sounding notes that answer nothing -----------------------------------
    case(
        "212-praise-career-path",
        "modern",
        "en",
        ("Aisha Karim", "Aspiring Product Manager | MBA", "Chicago, Illinois"),
        "Your career path is genuinely inspiring, from IC to leading platform at scale. Would be "
        "honored to connect!",
        GENERIC,
        comment="praise of my career; nothing about the writer",
    ),
    case(
        "213-praise-team-company",
        "classic",
        "en",
        ("Hailey Summers", "Brand Ambassador at Lululemon", "Vancouver, British Columbia"),
        "Love what your team at Rainier Cloud is building! Keep up the amazing work.",
        GENERIC,
        comment="names my company only as mine; the writer is not there (compare 115)",
    ),
    case(
        "214-writer-new-role",
        "modern",
        "en",
        ("Jonathan Reyes", "Operations Analyst at Alaska Airlines", "SeaTac, Washington"),
        "I'm starting a new role next month and looking to grow my network. Would love to have "
        "you in it!",
        GENERIC,
        comment="the writer's own plans, which don't involve me",
    ),
    case(
        "215-my-facts-played-back",
        "classic",
        "en",
        ("Kimberly Shaw", "Real Estate Agent at Windermere", "Kirkland, Washington"),
        "I see you studied at the University of Washington and spent some years at AWS. "
        "Impressive background!",
        GENERIC,
        comment="my school and past company played back; the writer says nothing of herself",
    ),
    case(
        "216-leaders-in-tech",
        "modern",
        "en",
        ("Robert Tilden", "Leadership Coach | Keynote Speaker", "Scottsdale, Arizona"),
        "Always happy to connect with leaders in tech. Cheers!",
        GENERIC,
        comment="same note as 116, without the weak headline",
    ),
    case(
        "217-learn-from-you",
        "classic",
        "en",
        ("Emma Harlow", "Software Engineer at Meta", "Seattle, Washington"),
        "Would love to learn from you, Dana!",
        GENERIC,
        comment=NOT_LISTED + " (Meta is social media, not one of my listed industries); "
        "debatable only if one reads 'software engineer' as my industry",
    ),
    case(
        "218-emojis-only",
        "modern",
        "en",
        ("Tariq Hassan", "Entrepreneur", "Dubai, United Arab Emirates"),
        "👋🚀🙌",
        GENERIC,
    ),
    case(
        "219-following-journey",
        "classic",
        "en",
        ("Jessica Moran", "HR Generalist at Providence", "Renton, Washington"),
        "Following your journey! 👏",
        GENERIC,
    ),
    case(
        "220-support-each-other",
        "modern",
        "en",
        ("Daniel Osei", "Student at Bellevue College", "Bellevue, Washington"),
        "Let's connect and support each other's growth 🤝",
        GENERIC,
    ),
    case(
        "221-question-how-are-you",
        "classic",
        "en",
        ("Mark Delgado", "Project Coordinator at Turner Construction", "Seattle, Washington"),
        "Hi Dana, how are you doing? Would you be open to connecting?",
        GENERIC,
        comment="a question, but it only asks to connect",
    ),
    case(
        "222-congrats-work-anniversary",
        "modern",
        "en",
        ("Olivia Hartman", "Paralegal at Perkins Coie", "Seattle, Washington"),
        "Congrats on your work anniversary at Rainier! Here's to many more.",
        GENERIC,
        comment="the network's anniversary prompt; my company named only as mine",
    ),
    case(
        "223-my-interests-played-back",
        "classic",
        "en",
        ("Liam Novak", "Marketing Associate at REI", "Kent, Washington"),
        "Saw that you're into Kubernetes and observability. Very cool stuff!",
        GENERIC,
        comment="my interests played back; the writer doesn't say he shares them",
    ),
    case(
        "224-impressed-cloud-experience",
        "modern",
        "en",
        ("Sandeep Kaur", "Business Analyst at Infosys", "Hyderabad, India"),
        "Impressed by your experience in cloud infrastructure. Hoping to connect and exchange "
        "insights.",
        GENERIC,
        comment="my industry named as mine; 'exchange insights' is unspecified",
    ),
    case(
        "225-admire-women-leaders",
        "classic",
        "en",
        ("Grace Whitley", "Community Manager at Hopelink", "Spokane, Washington"),
        "Hi Dana, I'm a huge admirer of women leading engineering teams. Would be great to "
        "connect!",
        GENERIC,
    ),
    case(
        "226-lot-in-common",
        "modern",
        "en",
        ("Derek Lowe", "Sales Development Representative at ZoomInfo", "Vancouver, Washington"),
        "Hey Dana! You showed up in my People You May Know and it looks like we have a lot in "
        "common. Let's connect!",
        GENERIC,
        mutual=3,
        comment="'a lot in common' without naming anything",
    ),
    case(
        "227-passionate-technologist",
        "classic",
        "en",
        ("Ethan Brooks", "Passionate Technologist | Lifelong Learner", "Boise, Idaho"),
        "Hi Dana, I'm a passionate technologist, always eager to learn and grow. Looking forward "
        "to connecting with like-minded professionals!",
        GENERIC,
        comment="a self-description that names no organization, industry or interest of mine",
    ),
    case(
        "228-congrats-years-in-industry",
        "modern",
        "en",
        ("Nancy Abbott", "Retired Teacher", "Olympia, Washington"),
        "Congratulations on over a decade in the industry! Your dedication is remarkable.",
        GENERIC,
    ),
    case(
        "229-same-field-unnamed",
        "classic",
        "en",
        ("Carlos Mendez", "Account Manager at Cintas", "Everett, Washington"),
        "Hi Dana, I noticed we're both in the same field and thought it made sense to connect.",
        GENERIC,
        comment="claims a shared field without naming it (and his headline contradicts it)",
    ),
    case(
        "230-stock-id",
        "modern",
        "en",
        ("Budi Santoso", "Manajer Operasional di Gojek", "Jakarta, Indonesia"),
        None,
        GENERIC,
        stock="id",
    ),
    case(
        "231-stock-mutual-below-threshold",
        "modern",
        "en",
        ("Heather Collins", "Product Marketing Manager at Zulily", "Seattle, Washington"),
        None,
        GENERIC,
        stock="en",
        mutual=19,
        comment="19 connections in common, one short of my threshold of 20",
    ),
    case(
        "232-love-your-posts",
        "classic",
        "en",
        ("Brandon Yu", "Content Creator | Gadget Reviews", "Los Angeles, California"),
        "Dana, your LinkedIn presence is amazing. Would love to be part of your network and keep "
        "learning from your posts.",
        GENERIC,
    ),
]

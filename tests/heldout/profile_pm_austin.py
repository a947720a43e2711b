"""Held-out invitations for Derek Lawson, senior product manager (developer tools) in Austin.

English interface. Notes mostly in plain American professional English from engineers, product
people, founders and salespeople, with the samples' share of other languages (Spanish, German
and Italian notes; Spanish, Italian, German, French and Portuguese stock notes). One invitation
for every likely-accept, needs-a-look and generic sample of tests/fixtures/linkedin (the same
kind of case, written from scratch for this recipient), then a second pass over the same kinds
with other writers and other wording, plus a few natural kinds the samples lack (a customer
asking for a feedback call, a student from his school asking for advice, a pitch from someone
he did meet, a school-only headline, vague praise, a note that only repeats his employer back
to him). The builder has no reminder, HTML-only, bad-charset or unterminated-multipart layout:
those kinds are written as ordinary invitations of the same category. Labels follow
DESIGN.md's "Categories", as the recipient would judge the note, written without looking at
the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

DEREK = Recipient(
    name="Derek Lawson",
    address="derek.lawson@example.com",
    headline="Senior Product Manager, Developer Tools at Bitforge Software",
    profile_slug="derek-lawson-pm",
)

DEREK_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Derek Lawson"
organizations = ["Bitforge Software", "Microsoft", "Kestrel Systems"]
schools = ["University of Texas at Austin", "Rice University"]
industries = ["developer tools", "software development", "SaaS", "product management"]
interests = [
    "developer experience", "platform engineering", "API design", "open source", "CI/CD",
    "product discovery", "mentoring product managers",
]
groups = [
    "ProductTank Austin", "Austin DevOps Meetup", "Texas Exes", "Platform Engineering Community",
]
events = [
    "SXSW 2026", "Bitforge Connect 2026", "DevOpsDays Austin 2026", "Austin Product Summit 2026",
]
contacts = ["Jenna Kowalczyk", "Ravi Subramanian", "Marcus Oyelaran"]

# Other names people use for the same thing.
[aliases]
"Bitforge Software" = ["Bitforge"]
"Microsoft" = ["MSFT"]
"Kestrel Systems" = ["Kestrel"]
"University of Texas at Austin" = ["UT Austin", "UT-Austin", "UT", "The University of Texas"]
"Rice University" = ["Rice", "Jones Graduate School of Business", "Rice Business", "Jones"]
"SXSW 2026" = ["SXSW", "South by Southwest", "South by"]
"Bitforge Connect 2026" = ["Bitforge Connect"]
"DevOpsDays Austin 2026" = ["DevOpsDays Austin", "DevOpsDays ATX"]
"Austin Product Summit 2026" = ["Austin Product Summit"]
"Austin DevOps Meetup" = ["Austin DevOps"]
"Platform Engineering Community" = ["Platform Engineering Slack"]
"developer tools" = ["devtools", "dev tools", "developer tooling"]
"developer experience" = ["DevEx", "DX"]
"platform engineering" = ["internal developer platform", "internal developer platforms"]
"CI/CD" = ["continuous integration", "CI pipelines", "build pipelines"]
"mentoring product managers" = ["mentoring PMs", "PM mentoring"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 12
"""

_REFERRAL = (
    "Jenna Kowalczyk suggested I get in touch with you about the developer portal migration "
    "we're planning for next year."
)
_REFERRAL_2 = (
    "Hi Derek, Ravi Subramanian mentioned you led the plugin marketplace launch at Bitforge. "
    "I'm scoping something similar and would really value 20 minutes of your advice."
)

DEREK_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-sxsw",
        "classic",
        "en",
        ("Kyle Brennan", "Engineering Manager at Cloudpoint", "Dallas, Texas"),
        "Hi Derek, really enjoyed talking shop with you at the SXSW devtools happy hour on "
        "Saturday. Hope we can pick up the conversation about CLI onboarding soon.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        ("Priya Venkatesan", "Software Engineer II at Bitforge Software", "Austin, Texas"),
        "Hi Derek, I just joined the CLI team at Bitforge Software as an engineer and I hear "
        "we'll be working together on the new plugin system. Looking forward to it!",
        LIKELY,
        ("same_organization",),
        mutual=15,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Greg Hollis", "Principal Engineer at Stripe", "Seattle, Washington"),
        "Derek, we were on the Azure DevOps team at Microsoft together around 2017 (I was on "
        "the pipelines backend). Would be good to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        ("Alicia Moreno", "Product Manager at Flaremesh", "Denver, Colorado"),
        "Hello Derek, I'm a PM at a small developer tools startup in Denver and I'm always "
        "looking to learn from other product folks who build for engineers.",
        LIKELY,
        ("same_industry",),
        mutual=3,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Nathan Cole", "Staff Engineer, Platform at Homestead Insurance", "Chicago, Illinois"),
        "Hi Derek, your post on measuring developer experience beyond DORA metrics was spot on. "
        "We're building an internal developer platform and wrestling with exactly that.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Monica Reyes", "Product Manager at Keystone Health", "Austin, Texas"),
        "Hi Derek, we're both members of ProductTank Austin and I liked your answer in the "
        "Slack channel about handling roadmap pushback from sales.",
        LIKELY,
        ("same_groups",),
        mutual=7,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        ("Tom Saunders", "Director of Engineering at Larkspur Health", "Houston, Texas"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Lauren Pierce", "Senior Data Scientist at H-E-B", "San Antonio, Texas"),
        "Hi Derek! Saw you went through the CS program at UT Austin too, I graduated in 2012. "
        "Hook 'em!",
        LIKELY,
        ("fellow_alumni",),
        mutual=2,
    ),
    case(
        "009-specific-panel-invite",
        "classic",
        "en",
        ("Jasmine Ortiz", "Community Manager at Capital Factory", "Austin, Texas"),
        "Hi Derek, I run programming at Capital Factory and we'd love to have you on a panel "
        "about building developer tools in Austin this spring. Could we find time for a quick "
        "call?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Ben Whitaker", "Senior Software Engineer at Rivet Logistics", "Austin, Texas"),
        "Derek, quick question: is the Bitforge CLI team looking for beta testers for the new "
        "plugin SDK? We'd be glad to try it on our monorepo and send feedback.",
        LIKELY,
        ("specific_reason",),
        comment="a user offering to beta test: a concrete request; he does not work at Bitforge",
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        ("Andrea Villarreal", "Gerente de Producto en Nubix", "Monterrey, México"),
        "Hola Derek, nos conocimos después de la charla sobre herramientas para desarrolladores "
        "en SXSW. ¡Me encantaría seguir en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=4,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Felix Brandt", "Produktmanager bei Softwarehaus Nord GmbH", "Hamburg, Deutschland"),
        "Hallo Derek, ich war 2011 als Austauschstudent an der UT Austin, also zur selben Zeit "
        "wie du. Ich würde mich freuen, in Kontakt zu bleiben!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-talk",
        "modern",
        "en",
        ("Sarah Lindgren", "Engineering Manager at Dropline", "Austin, Texas"),
        "Thanks for the great chat after your talk at DevOpsDays Austin, the bit on deprecating "
        "APIs gently was really useful!",
        LIKELY,
        ("met_in_person",),
        mutual=13,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        ("Matteo Ferri", "Organizzatore presso DevTools Milano Meetup", "Milano, Italia"),
        "Ciao Derek, sto organizzando un meetup online sugli strumenti per sviluppatori e mi "
        "piacerebbe invitarti come speaker per raccontare il tuo lavoro da product manager.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        ("Tom Saunders", "Director of Engineering at Larkspur Health", "Houston, Texas"),
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
        ("Rachel Ng", "Solutions Architect at Zentry", "Austin, Texas"),
        "Hi Derek, nice meeting you at Bitforge Connect last week. Let's keep in touch, I'd "
        "love to hear how our team's feedback on the audit logs lands.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-note",
        "classic",
        "en",
        ("Omar Haddad", "Developer Advocate at Quayside", "Austin, Texas"),
        "<script>alert('x')</script> Hi Derek, we met at DevOpsDays Austin & swapped stories "
        "about <i>CLI telemetry</i>.",
        LIKELY,
        ("met_in_person",),
        comment="note contains markup that must be shown as text, never executed (the builder "
        "cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Hannah Greer", "Associate at Bain & Company", "Houston, Texas"),
        "Derek, I'm a Rice MBA too (Jones, 2019) and I'm moving into product at a software "
        "company next month. Glad to find another Owl in tech.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "en",
        ("Tyler Voss", "Site Reliability Engineer at Lumenware", "Round Rock, Texas"),
        "Hi Derek — fellow Austin DevOps Meetup member here; I'd like to compare notes on "
        "getting teams to adopt internal tooling.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "en",
        (
            "Elena Park",
            "Product Manager, Developer Platform at Northwind Bank",
            "Charlotte, North Carolina",
        ),
        "Hi Derek, I look after an internal developer platform too and would love to swap "
        "ideas on getting engineers to actually adopt the golden paths.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Chase Donovan", "Account Executive at ReleaseIQ", "San Francisco, California"),
        "Hi Derek, we help devtools teams cut release cycle time by 40% with our AI changelog "
        "platform. Open to a quick 15-min demo next week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "en",
        ("Nadia Kaur", "Founder at Sprintline Dev Studio", "Bengaluru, India"),
        "Derek, our agency provides dedicated offshore React and Go developers from $25/hour. "
        "Can I share our rate card and a few case studies?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Marcus Bell", "Technical Recruiter at Bitforge Software", "Austin, Texas"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names one of my organizations (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Jill Sorensen", "Operations Manager at Lone Star Freight", "Austin, Texas"),
        None,
        LOOK,
        mutual=26,
        comment="no note; 26 connections in common, threshold 12 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Brittany Lane", "Talent Partner", "Austin, Texas"),
        "Hi Derek, we met at SXSW. Please sign in to view the file with my details.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-notify.com",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "106-weak-industry-headline",
        "classic",
        "en",
        ("Kevin Strand", "Freelance Consultant | Developer Tools | SaaS", "Portland, Oregon"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Vincent Crane", "Managing Partner at Sterling Ridge Capital", "Dubai, UAE"),
        "Hi Derek, fellow Rice alum! Please review the term sheet I shared with you.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Todd Reilly", "Sales Manager at Allstate", "Plano, Texas"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Rodrigo Méndez", "Gerente Comercial en Seguros Bolívar", "Bogotá, Colombia"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Francesca Conti", "Consulente finanziaria presso Banca Mediolanum", "Roma, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Jaxon Reed", "Founder | Real Estate Investor | Podcast Host", "Scottsdale, Arizona"),
        None,
        GENERIC,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Amber Collins", "Marketing Coordinator at Torchy's Tacos", "Austin, Texas"),
        "Hi Derek, your profile popped up in my feed and I'd love to connect with you!",
        GENERIC,
        mutual=1,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Dominic Shaw", "Entrepreneur | Visionary", "Miami, Florida"),
        "Hey! Always growing my network with top professionals. Let's connect and grow together!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Linda Barnes", "Insurance Agent at State Farm", "Round Rock, Texas"),
        "I'd like to add you to my professional network on LinkedIn.\n- Linda Barnes",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Tobias Krüger", "Vertriebsleiter bei Würth", "Stuttgart"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Élodie Martin", "Conseillère clientèle chez Crédit Agricole", "Nantes"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Josh Tran", "Student at Westwood High School", "Austin, Texas"),
        "Hi Derek, hope your week is going well. Let's connect.",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Lucas Oliveira", "Gerente de Vendas na Natura", "Belo Horizonte, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-hackathon",
        "classic",
        "en",
        ("Diego Salinas", "Senior Software Engineer at Paloma Health", "Austin, Texas"),
        "Derek, thanks for judging our team at the Capital Factory hackathon on Saturday. I was "
        "on the team that built the flaky-test detector. Hope we can stay in touch.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "022-same-org-current-alias",
        "modern",
        "en",
        ("Kelsey Moran", "Customer Success Manager at Bitforge", "Austin, Texas"),
        "hey Derek, I started on the customer success team at Bitforge this week and I'll be "
        "covering a lot of the enterprise CLI accounts. would love to sync sometime!",
        LIKELY,
        ("same_organization",),
        mutual=18,
    ),
    case(
        "023-same-org-past-alias",
        "classic",
        "en",
        ("Sunil Rao", "Group Product Manager at Atlassian", "Seattle, Washington"),
        "Hi Derek, we overlapped at MSFT back in 2018, I was the PM on Azure Artifacts while "
        "you were on Pipelines. Hope Austin is treating you well!",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry",
        "modern",
        "en",
        ("Marta Jensen", "Senior Product Manager at Tidewater Code", "Raleigh, North Carolina"),
        "Hi Derek, I'm also a product manager building tools for developers (code review, in "
        "our case) and I'm trying to get to know more PMs in the space.",
        LIKELY,
        ("same_industry",),
        mutual=5,
    ),
    case(
        "025-shared-interest",
        "classic",
        "en",
        ("Isaac Morales", "PhD Student at Georgia Tech", "Atlanta, Georgia"),
        "Hi Derek, I read your article on writing error messages for public APIs. My research "
        "is on API usability and I'd love to follow what you're working on.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group",
        "modern",
        "en",
        ("Ashley Dunn", "Senior Platform Engineer at Q2", "Austin, Texas"),
        "Hi Derek, saw your thread in the Platform Engineering Community Slack about service "
        "ownership scorecards. Fellow member, good to connect!",
        LIKELY,
        ("same_groups",),
        mutual=4,
    ),
    case(
        "027-mutual-referral",
        "classic",
        "en",
        ("Claire Dawson", "Head of Product at Stackwise", "Boston, Massachusetts"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "028-alumni-rice",
        "modern",
        "en",
        ("Jordan Whitfield", "VP Strategy at Memorial Hermann", "Houston, Texas"),
        "Derek, hello from another Rice Owl! I finished my MBA at Jones a year before you did.",
        LIKELY,
        ("fellow_alumni",),
        mutual=1,
    ),
    case(
        "029-specific-podcast",
        "classic",
        "en",
        ("Megan Holt", "Host of The Shipping Software Podcast", "Denver, Colorado"),
        "Hi Derek, I host a podcast for product people and would love to have you on an "
        "episode about how Bitforge runs its public beta program. Interested?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "030-specific-customer-feedback",
        "modern",
        "en",
        ("Raj Malhotra", "Staff Engineer at Copperleaf Bank", "Toronto, Ontario"),
        "Hi Derek, we're heavy users of the Bitforge CLI at Copperleaf and I've collected a "
        "list of pain points from our SSO rollout. Would you be open to a feedback call with "
        "our platform team?",
        LIKELY,
        ("specific_reason",),
        mutual=3,
        comment="a customer asking for a feedback call: a concrete reason; he does not work at "
        "Bitforge",
    ),
    case(
        "031-met-es",
        "modern",
        "en",
        ("Santiago Ruiz", "Ingeniero de Software en Globant", "Buenos Aires, Argentina"),
        "Hola Derek, coincidimos en el taller de DevOpsDays Austin y me quedé con ganas de "
        "seguir charlando sobre pipelines. ¡Saludos desde Buenos Aires!",
        LIKELY,
        ("met_in_person",),
        mutual=3,
    ),
    case(
        "032-alumni-de",
        "modern",
        "en",
        ("Katharina Vogel", "Softwareentwicklerin bei SAP", "Walldorf, Deutschland"),
        "Guten Tag Derek, ich habe auch an der Rice University studiert (Master in Informatik, "
        "2014). Schön, hier noch jemanden aus Houston zu finden!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "033-met-panel",
        "modern",
        "en",
        ("Chris Albright", "Senior Engineer at Indeed", "Austin, Texas"),
        "Loved your answer on the Austin Product Summit panel about saying no to big customers. "
        "Thanks for sticking around afterwards to talk through my question!",
        LIKELY,
        ("met_in_person",),
        mutual=14,
        comment="they talked after the panel: a meeting, however brief",
    ),
    case(
        "034-specific-it",
        "modern",
        "en",
        ("Giorgia Lombardi", "Head of Engineering presso Satispay", "Milano, Italia"),
        "Buongiorno Derek, stiamo valutando Bitforge per il nostro team di 120 sviluppatori e "
        "vorrei farti qualche domanda sulla roadmap prima di decidere. Possiamo sentirci?",
        LIKELY,
        ("specific_reason",),
        comment="a prospective customer with questions for him: a concrete reason, not a pitch",
    ),
    case(
        "035-resent-of-027",
        "classic",
        "en",
        ("Claire Dawson", "Head of Product at Stackwise", "Boston, Massachusetts"),
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
        ("Hector Delgado", "Engineering Manager at Whole Foods Market", "Austin, Texas"),
        "Derek, good to finally put a face to the name at South by on Tuesday. Let me know "
        "when you're up for that taco follow-up!",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "037-markup-in-note-and-headline",
        "classic",
        "en",
        ("Leo Nakamura", "Platform Engineer <b>@ Fathom & Co</b>", "Austin, Texas"),
        "Hi Derek, <b>great</b> meeting you at the DevOpsDays Austin speaker dinner "
        '<img src=x onerror="alert(1)"> and talking CI caching!',
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "en",
        ("Marisol Vega", "Engineering Program Manager at Dell Technologies", "Round Rock, Texas"),
        "Hi Derek, I did my undergrad at UT too (ECE, 2010) and ended up in program management "
        "at Dell. Always nice to see Longhorns in product.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "039-group-dash",
        "classic",
        "en",
        ("Brandon Kessler", "Director of Product at Civitas Learning", "Austin, Texas"),
        "Derek — fellow Texas Exes member here; I'd love to compare notes on hiring PMs in "
        "Austin's market.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "040-shared-interest-2",
        "modern",
        "en",
        ("Noor Abbasi", "Developer Experience Lead at Pinewood Games", "Montréal, Québec"),
        "Hi Derek, I work on developer experience as well and would love to trade notes on "
        "running DX surveys without everyone tuning them out.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "041-student-advice",
        "modern",
        "en",
        ("Aiden Cho", "Computer Science Student at UT Austin", "Austin, Texas"),
        "Hi Derek, I'm a CS senior at UT Austin hoping to move into product management after "
        "graduation. Could I ask you a few questions about how you made the jump from "
        "engineering to PM?",
        LIKELY,
        ("fellow_alumni", "specific_reason"),
        mutual=2,
        comment="a current student of his school with a concrete question",
    ),
    case(
        "111-pitch-saas",
        "modern",
        "en",
        ("Kristen Yates", "Sales Development Rep at Fieldnote AI", "New York, New York"),
        "Hi Derek, PMs at companies like yours use Fieldnote to turn customer calls into "
        "prioritized feature requests automatically. Worth a 20-minute look next Tuesday?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "112-pitch-after-meeting",
        "classic",
        "en",
        ("Ryan Hargrove", "Regional Sales Director at Trackwise Analytics", "Austin, Texas"),
        "Hi Derek, great meeting you at our booth at DevOpsDays Austin! We're offering 30% off "
        "annual plans of our product analytics suite through December, can I send over a quote?",
        LOOK,
        ("met_in_person",),
        comment="sales pitch: a red flag whatever else the note answers (they did meet)",
    ),
    case(
        "113-weak-past-org-headline",
        "classic",
        "en",
        ("Denise Carter", "Office Manager at Kestrel Systems", "Austin, Texas"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my past organizations (weak)",
    ),
    case(
        "114-weak-mutual",
        "modern",
        "en",
        ("Paul Hendricks", "Project Coordinator at Austin Energy", "Austin, Texas"),
        None,
        LOOK,
        mutual=19,
        comment="no note; 19 connections in common, threshold 12 (weak)",
    ),
    case(
        "115-spoof-good-note",
        "modern",
        "en",
        ("Olivia Grant", "Events Coordinator", "Austin, Texas"),
        "Hi Derek, lovely to meet you at Bitforge Connect! I've shared the speaker agreement "
        "with you, sign in here to review it.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-secure.net",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "116-weak-industry-headline",
        "classic",
        "en",
        ("Aaron Fisk", "Product Management | B2B SaaS | Agile", "Nashville, Tennessee"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "117-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Harold Whitman", "Chief Executive at Meridian Global Holdings", "Lagos, Nigeria"),
        "Hi Derek, great meeting you at SXSW. Kindly open the attached invoice for the "
        "sponsorship package.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed meeting is not "
        "counted, as in the samples",
    ),
    case(
        "118-weak-school-headline",
        "modern",
        "en",
        ("Emily Tran", "MBA Candidate at Rice University", "Houston, Texas"),
        None,
        LOOK,
        mutual=3,
        comment="no note; headline names one of my schools (weak)",
    ),
    case(
        "221-stock-en",
        "classic",
        "en",
        ("Rick Dawson", "Realtor at Keller Williams", "Cedar Park, Texas"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "222-stock-es",
        "classic",
        "en",
        ("Valeria Castro", "Ejecutiva de Cuentas en Banorte", "Guadalajara, México"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "223-stock-it",
        "classic",
        "en",
        ("Alessandro Greco", "Agente immobiliare presso Gabetti", "Napoli, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "224-modern-no-note",
        "modern",
        "en",
        ("Blake Summers", "Growth Hacker | Crypto | Keynote Speaker", "Austin, Texas"),
        None,
        GENERIC,
        mutual=2,
    ),
    case(
        "225-custom-vague",
        "modern",
        "en",
        ("Tiffany Moore", "Sales Associate at Nordstrom", "Houston, Texas"),
        "Hi Derek, I came across your profile and would be honored to be part of your network.",
        GENERIC,
    ),
    case(
        "226-custom-vague-2",
        "classic",
        "en",
        ("Marcus Jett", "CEO at Jett Ventures", "Los Angeles, California"),
        "Hi there! Looking to connect with driven leaders like yourself. Let's grow together!",
        GENERIC,
    ),
    case(
        "227-old-stock-signed",
        "classic",
        "en",
        ("Gary Nolan", "Financial Advisor at Edward Jones", "Georgetown, Texas"),
        "I'd like to join your LinkedIn network.\nThanks, Gary",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "228-stock-de",
        "classic",
        "en",
        ("Stefan Hofmann", "Key Account Manager bei Bosch", "München"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "229-stock-fr",
        "classic",
        "en",
        ("Julien Girard", "Conseiller commercial chez Orange", "Lille"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "230-custom-vague-3",
        "modern",
        "en",
        ("Brianna Hall", "Customer Service Representative at Spectrum", "Killeen, Texas"),
        "Hello Derek, hope all is well with you! Would be great to connect.",
        GENERIC,
        mutual=1,
    ),
    case(
        "231-stock-pt",
        "classic",
        "en",
        ("Mariana Costa", "Consultora de Vendas na Vivo", "São Paulo, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    case(
        "232-vague-praise",
        "modern",
        "en",
        ("Kara Simmons", "Life Coach at Rise Up Coaching", "Austin, Texas"),
        "Hi Derek, really impressive career you've built! I love connecting with inspiring "
        "people like you.",
        GENERIC,
        mutual=3,
        comment="warm but vague praise: answers nothing",
    ),
    case(
        "233-only-his-employer",
        "modern",
        "en",
        ("Derrick Pope", "Owner at Pope Pressure Washing", "Pflugerville, Texas"),
        "Hi Derek, I noticed you work at Bitforge Software. I'd love to connect!",
        GENERIC,
        mutual=2,
        comment="repeats his employer from his profile; says nothing of the writer's own link "
        "to it",
    ),
]

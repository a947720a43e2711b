"""Held-out invitations for Tasha Brooks, director of product marketing at a B2B SaaS company.

Tasha works in Chicago at Tallyhive (accounts-payable automation for mid-market finance teams),
after five years at Northpoint Systems; she studied at the University of Michigan (BBA, Ross)
and Northwestern University (MBA, Kellogg). English interface. Notes mostly in plain American
professional English, with the samples' share of Spanish, German and Italian notes and of stock
notes in Spanish, Italian, German, French and Portuguese. One invitation for every likely-accept,
needs-a-look and generic sample of tests/fixtures/linkedin (the same kind of case, written from
scratch for this recipient), then a second pass over the same kinds with other writers and other
wording, plus a few kinds the samples lack (a junior marketer with typos, a pitch from someone
she did meet, a school-only headline, flattery). The builder has no reminder, HTML-only,
bad-charset or unterminated-multipart layout: those kinds are written as ordinary invitations of
the same category. Labels follow DESIGN.md's "Categories", as the recipient would judge the
note, written without looking at the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

TASHA = Recipient(
    name="Tasha Brooks",
    address="tasha.brooks@example.com",
    headline="Director of Product Marketing at Tallyhive",
    profile_slug="tasha-brooks-pmm",
)

TASHA_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Tasha Brooks"
organizations = ["Tallyhive", "Northpoint Systems"]
schools = ["Northwestern University", "University of Michigan"]
industries = ["B2B SaaS", "software", "product marketing", "marketing technology"]
interests = [
    "go-to-market strategy", "positioning and messaging", "competitive intelligence",
    "customer research", "sales enablement", "pricing and packaging",
]
groups = ["Product Marketing Alliance", "AMA Chicago", "Chicago SaaS Marketers"]
events = ["SaaStr Annual 2026", "Product Marketing Summit Chicago 2026", "Chicago Tech Week 2026"]
contacts = ["Dana Whitfield", "Marcus Oyelaran", "Priya Desai"]

# Other names people use for the same thing.
[aliases]
"Tallyhive" = ["Tallyhive Inc.", "Tally Hive"]
"Northpoint Systems" = ["Northpoint"]
"Northwestern University" = ["Northwestern", "Kellogg School of Management", "Kellogg"]
"University of Michigan" = ["UMich", "U of M", "Michigan Ross", "Ross School of Business"]
"B2B SaaS" = ["SaaS", "B2B software"]
"product marketing" = ["PMM", "product marketer", "product marketers"]
"marketing technology" = ["martech"]
"go-to-market strategy" = ["go-to-market", "GTM"]
"positioning and messaging" = ["positioning", "messaging"]
"competitive intelligence" = ["competitive intel", "battlecards"]
"customer research" = ["voice of the customer", "voice-of-customer", "win/loss"]
"pricing and packaging" = ["pricing", "packaging"]
"Product Marketing Alliance" = ["PMA"]
"AMA Chicago" = ["American Marketing Association Chicago", "Chicago AMA"]
"SaaStr Annual 2026" = ["SaaStr Annual", "SaaStr"]
"Product Marketing Summit Chicago 2026" = ["Product Marketing Summit", "PMM Summit"]
"Chicago Tech Week 2026" = ["Chicago Tech Week"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 12
"""

_REFERRAL = (
    "Marcus Oyelaran suggested I get in touch with you about a joint webinar for finance "
    "leaders, since our products fit together so well."
)
_REFERRAL_2 = (
    "Hi Tasha, Priya Desai mentioned you're the person to talk to about analyst relations in "
    "the AP automation space. Would you be open to a short call next week?"
)

TASHA_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-saastr-booth",
        "classic",
        "en",
        ("Ryan Kowalski", "Product Marketing Manager at Routeway", "Denver, Colorado"),
        "Hi Tasha, really enjoyed our chat at the Tallyhive booth at SaaStr Annual. I'm the PMM "
        "from Denver who kept asking about your win/loss program. Hope we stay in touch!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        ("Jasmine Ortiz", "Customer Success Manager at Tallyhive", "Chicago, Illinois"),
        "Hi Tasha, I just started on the customer success team at Tallyhive and I'm trying to "
        "meet people across marketing. Looking forward to working together!",
        LIKELY,
        ("same_organization",),
        mutual=9,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Kevin Marsh", "Revenue Operations Lead at Clearfield Health", "Milwaukee, Wisconsin"),
        "Tasha, we were both at Northpoint Systems around 2017 (I was in sales ops, two rows "
        "behind the marketing pod). Would be great to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        ("Alana Reyes", "Head of Marketing at Lumenpay", "Austin, Texas"),
        "Hello Tasha, I lead product marketing at a small fintech startup in Austin and I'm always "
        "looking to learn from more experienced B2B SaaS marketers.",
        LIKELY,
        ("same_industry",),
        mutual=3,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Owen Fitzgerald", "VP Marketing at Stackwell", "Minneapolis, Minnesota"),
        "Hi Tasha, I read your post on rebuilding positioning after a category shift. We're going "
        "through exactly that at Stackwell right now and it helped a lot.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Megan Liu", "Senior PMM at Brightcart", "San Francisco Bay Area"),
        "Hi Tasha, we're both in the Product Marketing Alliance community. Your reply in the "
        "launch planning thread last week was super useful for my team.",
        LIKELY,
        ("same_groups",),
        mutual=6,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        ("Daniel Asante", "Partner Marketing Manager at Ledgerly", "Chicago, Illinois"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Lauren Becker", "Associate Brand Manager at Kraft Heinz", "Chicago, Illinois"),
        "Hi Tasha! Saw you went to Michigan too, I graduated from Ross in 2012. Always nice to "
        "find another Wolverine in Chicago. Go Blue!",
        LIKELY,
        ("fellow_alumni",),
        mutual=2,
    ),
    case(
        "009-specific-speaker",
        "classic",
        "en",
        ("Nadia Hassan", "Community Lead at 1871", "Chicago, Illinois"),
        "Hi Tasha, I'm organizing a B2B marketing meetup at 1871 in April and we'd love to have "
        "you speak on a short panel about launches. Could we set up a quick call?",
        LIKELY,
        ("specific_reason",),
        comment="an invitation to speak at a free meetup: a concrete ask, not a sales pitch",
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Marcus Bell", "Solutions Engineer at Cobalt Cloud", "Naperville, Illinois"),
        "Tasha, quick question: do you ever do informational interviews? I'm trying to move from "
        "sales engineering into product marketing and would value 20 minutes of your advice.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        ("Mariana Castillo", "Gerente de Marketing de Producto en Contaflow", "Ciudad de México"),
        "Hola Tasha, coincidimos en la cena de ponentes de SaaStr en San Mateo. ¡Fue un gusto "
        "platicar sobre lanzamientos en Latinoamérica! Sigamos en contacto.",
        LIKELY,
        ("met_in_person",),
        mutual=4,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Felix Neumann", "Vice President bei Commerzbank", "Frankfurt am Main"),
        "Hallo Tasha, ich habe ebenfalls meinen MBA an der Kellogg School gemacht (2016) und "
        "arbeite jetzt in Frankfurt. Ich würde mich freuen, in Kontakt zu bleiben!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-talk",
        "modern",
        "en",
        ("Brianna Cole", "Marketing Manager at Finch Analytics", "Chicago, Illinois"),
        "Thank you for staying after your session at the Product Marketing Summit to answer all "
        "my questions, I really appreciated it!",
        LIKELY,
        ("met_in_person",),
        mutual=13,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        ("Francesca Moretti", "Giornalista presso Il Sole 24 Ore", "Milano"),
        "Ciao Tasha, sto scrivendo un articolo sul product marketing nelle aziende SaaS americane "
        "e mi piacerebbe intervistarti per una ventina di minuti. Saresti disponibile?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        ("Daniel Asante", "Partner Marketing Manager at Ledgerly", "Chicago, Illinois"),
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
        ("Tom Heller", "Founder at Shiftboard Labs", "Chicago, Illinois"),
        "Hi Tasha, it was nice talking with you at the Chicago Tech Week opening night. Hope we "
        "can grab a coffee in the Loop sometime.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-note",
        "classic",
        "en",
        ("Chris <b>Dunn</b>", "Growth Marketer", "Chicago, Illinois"),
        "<script>alert('x')</script> Hi Tasha, we met at SaaStr & swapped stories about "
        "<i>launch tiers</i>.",
        LIKELY,
        ("met_in_person",),
        comment="note and name contain markup that must be shown as text, never executed (the "
        "builder cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Rebecca Stein", "Leasing Director at Fulton Properties", "Chicago, Illinois"),
        "Tasha, I'm a Northwestern grad too (Medill 2014) and I'm now in commercial real estate "
        "here in Chicago.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "en",
        ("Greg Adler", "Director of Marketing at Pallet Post", "Evanston, Illinois"),
        "Hi Tasha, fellow AMA Chicago member here — would love to trade notes on B2B launches.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "en",
        ("Sofia Petrakis", "Competitive Intelligence Manager at Vantory", "Boston, Massachusetts"),
        "Hi Tasha, competitive intelligence is my whole job these days too, and I'd love to "
        "compare notes on keeping battlecards fresh.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Jake Morrison", "Account Executive at LaunchLoop AI", "New York, New York"),
        "Hi Tasha, we help B2B SaaS marketing teams cut launch prep time in half with our AI "
        "content platform. Open to a quick 20-minute demo next week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "en",
        ("Vanessa Ruiz", "Founder at Reelstory Studios", "Los Angeles, California"),
        "Tasha, our studio produces customer case study videos for SaaS brands at a fraction of "
        "the usual cost. Can I send over our rate card?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Paul Nowicki", "Senior Accountant at Tallyhive", "Chicago, Illinois"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names one of my organizations (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Keisha Williams", "Regional Sales Manager at Midwest Packaging Co.", "Joliet, Illinois"),
        None,
        LOOK,
        mutual=26,
        comment="no note; 26 connections in common, threshold 12 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Amanda Price", "Event Coordinator", "Chicago, Illinois"),
        "Hi Tasha, we met at SaaStr. Sign in to see the deck I shared with you.",
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
        ("Derek Olsen", "Freelance Product Marketing Consultant", "Madison, Wisconsin"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Victor Crane", "Managing Partner at Halden Capital", "Dubai, United Arab Emirates"),
        "Hi Tasha, fellow Northwestern alum! Please open the shared file to view my proposal.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Brett Sullivan", "Insurance Agent at State Farm", "Schaumburg, Illinois"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Andrés Gutiérrez", "Ejecutivo Comercial en Grupo Bimbo", "Guadalajara, México"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Luca Conti", "Agente di commercio presso Barilla", "Parma, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Tyler Vance", "Entrepreneur | Real Estate Investor | Crypto", "Scottsdale, Arizona"),
        None,
        GENERIC,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Courtney Hall", "Account Manager at Enterprise Mobility", "St. Louis, Missouri"),
        "Hi Tasha, I came across your profile today and would really like to connect.",
        GENERIC,
        mutual=1,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Jordan Blake", "CEO at Blake Holdings", "Miami, Florida"),
        "Hello! Always looking to grow my network with driven professionals. Let's connect!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Linda Park", "Financial Advisor at Edward Jones", "Oak Park, Illinois"),
        "I'd like to add you to my professional network on LinkedIn.\n- Linda Park",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Stefan Braun", "Vertriebsleiter bei Bosch", "Stuttgart"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Claire Fontaine", "Conseillère clientèle chez AXA", "Lille"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Eric Nguyen", "Operations Supervisor at Amazon", "Gary, Indiana"),
        "Hi Tasha, hope your week is going well. Would be great to connect.",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Rafael Costa", "Gerente Comercial na Ambev", "Belo Horizonte, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-happy-hour",
        "classic",
        "en",
        ("Imani Carter", "Brand Strategist at Field & Fable", "Chicago, Illinois"),
        "Tasha, lovely meeting you at the Built In Chicago happy hour on Thursday. I'm the one "
        "who just moved here from Atlanta. Let's keep in touch!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "022-same-org-current-alias",
        "modern",
        "en",
        ("Nick Alvarez", "Sales Development Representative", "Chicago, Illinois"),
        "hey Tasha! I'm the new SDR on the mid-market team at Tally Hive, started this week. Would "
        "love to learn how marketing and sales work together here.",
        LIKELY,
        ("same_organization",),
        mutual=5,
    ),
    case(
        "023-same-org-past-alias",
        "classic",
        "en",
        ("Hannah Lindqvist", "Senior Designer at Morningside Creative", "Detroit, Michigan"),
        "Hi Tasha, we worked together at Northpoint back in the day, I was the designer on the "
        "2018 rebrand. Hope Chicago is treating you well!",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry",
        "modern",
        "en",
        ("Samir Patel", "Product Marketing Manager at Vaultline", "Boston, Massachusetts"),
        "Hi Tasha, I'm a PMM at a cybersecurity SaaS company in Boston. Always keen to connect "
        "with other product marketers and see how different teams run their launches.",
        LIKELY,
        ("same_industry",),
        mutual=8,
    ),
    case(
        "025-shared-interest",
        "classic",
        "en",
        ("Grace Whitman", "Customer Insights Lead at Orchard HR", "Indianapolis, Indiana"),
        "Hi Tasha, the recording of your talk on running customer interviews for messaging came up "
        "in my feed. I'm building a voice-of-customer program right now and would love to follow "
        "your work.",
        LIKELY,
        ("shared_interests",),
        comment="she watched a recording: not a meeting",
    ),
    case(
        "026-same-group",
        "modern",
        "en",
        ("Josh Feldman", "Marketing Director at Dockside Logistics", "Chicago, Illinois"),
        "Hi Tasha, saw your post in Chicago SaaS Marketers about hiring your first PMM. I'm a "
        "member too and it started a good debate on our team.",
        LIKELY,
        ("same_groups",),
        mutual=7,
    ),
    case(
        "027-mutual-referral",
        "classic",
        "en",
        ("Ellen Marsh", "Analyst Relations Manager at Spendhub", "Atlanta, Georgia"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "028-alumni-kellogg",
        "modern",
        "en",
        ("Aaron Weiss", "Principal at Lakeshore Partners", "Chicago, Illinois"),
        "Hi Tasha, another Kellogg grad here (MBA '19). Funny how many of us never left Chicago!",
        LIKELY,
        ("fellow_alumni",),
        mutual=4,
    ),
    case(
        "029-specific-podcast",
        "classic",
        "en",
        ("Devon Brooks", "Host of Launch Notes Podcast", "Portland, Oregon"),
        "Hi Tasha, I host a podcast for product marketers and would love to have you on to talk "
        "about launching in a crowded fintech category. Any interest?",
        LIKELY,
        ("specific_reason",),
        comment="an unpaid interview invitation, not a sales pitch",
    ),
    case(
        "030-specific-volunteer-ask",
        "modern",
        "en",
        ("Monica Reyes", "Program Director at Women in SaaS Chicago", "Chicago, Illinois"),
        "Hi Tasha, would you be open to reviewing applications for our scholarship program this "
        "spring? It's about three hours of reading and we'd credit you on the program page.",
        LIKELY,
        ("specific_reason",),
        comment="asks her to volunteer as a reviewer: a concrete request, not a sales pitch",
    ),
    case(
        "031-met-es",
        "modern",
        "en",
        ("Diego Salinas", "Director de Marketing en Nubefin", "Monterrey, México"),
        "Hola Tasha, fue un placer conocerte en el Product Marketing Summit de Chicago. Te escribo "
        "para que no perdamos el contacto. ¡Saludos desde Monterrey!",
        LIKELY,
        ("met_in_person",),
        mutual=2,
    ),
    case(
        "032-alumni-de",
        "modern",
        "en",
        ("Katharina Vogel", "Projektleiterin bei Porsche Consulting", "Stuttgart"),
        "Guten Tag Tasha, ich habe 2013 ein Austauschjahr an der University of Michigan verbracht "
        "– Go Blue auch aus Stuttgart! Ich würde mich über die Vernetzung freuen.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "033-met-panel",
        "modern",
        "en",
        ("Rachel Kim", "Pricing Manager at Tillwell", "Seattle, Washington"),
        "Loved your point on the SaaStr panel about never shipping a price change without a sales "
        "FAQ. Thanks for chatting with me afterwards!",
        LIKELY,
        ("met_in_person",),
        mutual=14,
        comment="they talked after the panel: a meeting, however brief",
    ),
    case(
        "034-specific-it",
        "modern",
        "en",
        ("Matteo Ferri", "Head of Marketing presso Contabilo", "Milano"),
        "Buongiorno Tasha, guido il marketing di una startup SaaS di Milano che sta per entrare "
        "nel mercato USA. Avresti mezz'ora per darmi qualche consiglio sul posizionamento?",
        LIKELY,
        ("same_industry", "specific_reason"),
    ),
    case(
        "035-resent-of-027",
        "classic",
        "en",
        ("Ellen Marsh", "Analyst Relations Manager at Spendhub", "Atlanta, Georgia"),
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
        ("Patricia Lowe", "VP Communications at Harbor Bancorp", "Chicago, Illinois"),
        "Tasha, so nice to finally meet in person at the AMA Chicago breakfast this morning after "
        "all those emails!",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "037-markup-in-note-and-headline",
        "classic",
        "en",
        ("Ben Okafor", "PMM <b>Growth</b> & Lifecycle at Relaygrid", "Chicago, Illinois"),
        "Hi Tasha, <b>so</b> good meeting you at the Chicago Tech Week demo night "
        '<img src=x onerror="alert(1)"> and talking launches!',
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "en",
        ("Olivia Grant", "Editor at Chicago Magazine", "Evanston, Illinois"),
        "Hi Tasha, saw you're a Northwestern alum too! I finished my master's at Medill in 2016 "
        "and never left Evanston.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "039-group-dash",
        "classic",
        "en",
        ("Laura Benson", "Senior Product Marketing Manager at Quorum Pay", "Toronto, Ontario"),
        "Tasha — I'm in the Product Marketing Alliance too; keen to compare how we each "
        "structure launch tiers.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "040-shared-interest-2",
        "modern",
        "en",
        ("Ahmed Rahman", "Monetization Lead at Gridform", "Pittsburgh, Pennsylvania"),
        "Hi Tasha, I spend most of my week on pricing and packaging too and would love to trade "
        "notes on usage-based models.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "041-typos-junior-pmm",
        "modern",
        "en",
        ("Kayla Jensen", "Associate Product Marketing Manager", "Chicago, Illinois"),
        "hi tasha!! im a junior PMM at a martech startup in the west loop and my manager says your "
        "the person to follow for messaging frameworks. would love to connect and maybe buy you "
        "a coffee sometime",
        LIKELY,
        ("same_industry",),
        mutual=3,
        comment="the manager is not named: no mutual connection",
    ),
    case(
        "111-pitch-saas",
        "modern",
        "en",
        ("Connor Walsh", "Enterprise Account Executive at Rivalscope", "Boston, Massachusetts"),
        "Hi Tasha, teams like yours use Rivalscope to auto-update competitor battlecards every "
        "week. Worth a 15 min call to see it running on your own competitors?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "112-pitch-freelance",
        "classic",
        "en",
        ("Melissa Grant", "Freelance Copywriter", "Nashville, Tennessee"),
        "Tasha, I'm a freelance copywriter specializing in SaaS landing pages and sales decks. "
        "Happy to send my portfolio and rates if you ever have overflow work.",
        LOOK,
        comment="service pitch",
    ),
    case(
        "113-weak-past-org-headline",
        "classic",
        "en",
        ("Steve Kaminski", "Payroll Specialist at Northpoint Systems", "Detroit, Michigan"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my past organizations (weak)",
    ),
    case(
        "114-weak-mutual",
        "modern",
        "en",
        ("Angela Russo", "Owner at Lakeview Dental Studio", "Chicago, Illinois"),
        None,
        LOOK,
        mutual=19,
        comment="no note; 19 connections in common, threshold 12 (weak)",
    ),
    case(
        "115-spoof-good-note",
        "modern",
        "en",
        ("Heather Moss", "Marketing Coordinator", "Chicago, Illinois"),
        "Hi Tasha, great to meet you at Chicago Tech Week! I've uploaded the event photos, log in "
        "here to download yours.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-notify.co",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "116-weak-industry-headline",
        "classic",
        "en",
        ("Gavin Price", "Marketing Operations Manager | B2B SaaS", "Columbus, Ohio"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "117-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Leon Hart", "Director at Meridian Ventures", "London, United Kingdom"),
        "Hello Tasha, Marcus Oyelaran asked me to send over the co-marketing agreement. Please "
        "sign it through the link on my profile.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the named contact is not "
        "counted, as in the samples",
    ),
    case(
        "118-pitch-after-meeting",
        "classic",
        "en",
        ("Trevor Lang", "Account Executive at Stagecast", "Chicago, Illinois"),
        "Hi Tasha, nice chatting at SaaStr! As promised, we're offering 30% off our webinar "
        "platform for new customers through January. Want me to send a quote?",
        LOOK,
        ("met_in_person",),
        comment="sales pitch: a red flag whatever else the note answers (they did meet)",
    ),
    case(
        "119-weak-school-headline",
        "modern",
        "en",
        ("Priyanka Rao", "MBA Candidate at Kellogg School of Management", "Evanston, Illinois"),
        None,
        LOOK,
        mutual=4,
        comment="no note; headline names one of my schools (weak)",
    ),
    case(
        "221-stock-en",
        "classic",
        "en",
        ("Mike Donnelly", "Mortgage Loan Officer at Guaranteed Rate", "Chicago, Illinois"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "222-stock-es",
        "classic",
        "en",
        ("Valeria Torres", "Asesora de Seguros en Mapfre", "Bogotá, Colombia"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "223-stock-it",
        "classic",
        "en",
        ("Giorgio Esposito", "Consulente immobiliare presso Tecnocasa", "Roma, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "224-modern-no-note",
        "modern",
        "en",
        ("Shane Porter", "Dropshipping Coach | Keynote Speaker", "Las Vegas, Nevada"),
        None,
        GENERIC,
        mutual=2,
    ),
    case(
        "225-custom-vague",
        "modern",
        "en",
        ("Ashley Monroe", "Store Manager at Nordstrom", "Chicago, Illinois"),
        "Hi Tasha, your profile popped up in my suggestions and I thought I'd reach out. Would "
        "love to connect!",
        GENERIC,
        mutual=1,
    ),
    case(
        "226-custom-vague-2",
        "classic",
        "en",
        ("Brandon Steele", "Realtor at Steele Home Group", "Orlando, Florida"),
        "Hello Tasha! Growing my network with leaders in the SaaS space. Would love to have you "
        "in it.",
        GENERIC,
        comment="he names her field, not his own link to it: says nothing specific",
    ),
    case(
        "227-old-stock-signed",
        "classic",
        "en",
        ("Doug Ferris", "Agent at Allstate", "Aurora, Illinois"),
        "I'd like to join your LinkedIn network.\nBest, Doug",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "228-stock-de",
        "classic",
        "en",
        ("Tobias Richter", "Key Account Manager bei Henkel", "Düsseldorf"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "229-stock-fr",
        "classic",
        "en",
        ("Julien Mercier", "Chargé d'affaires chez Société Générale", "Paris"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "230-custom-vague-3",
        "modern",
        "en",
        ("Kyle Peterson", "Personal Trainer at Equinox", "Chicago, Illinois"),
        "Hey Tasha, hope all is well! Let's connect.",
        GENERIC,
        mutual=2,
    ),
    case(
        "231-stock-pt",
        "classic",
        "en",
        ("Beatriz Almeida", "Consultora de Vendas na Natura", "São Paulo, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    case(
        "232-vague-flattery",
        "modern",
        "en",
        ("Ryan Delgado", "Independent Wealth Advisor", "Naperville, Illinois"),
        "Tasha, your profile is seriously impressive! It would be an honor to connect and learn "
        "from accomplished leaders like you.",
        GENERIC,
        mutual=3,
        comment="flattery: answers nothing",
    ),
]

"""Held-out invitations for Keisha Johnson, director of development (major gifts), Atlanta.

She raises major gifts for a children's health foundation; Spelman College and Emory alumna.
English interface; notes in US English, a few in Spanish and one or two in other languages.
One invitation for every likely-accept, needs-a-look and generic sample of
tests/fixtures/linkedin (the same kind of case, written from scratch for this recipient), then a
second pass over the same kinds with other writers and other wording, plus kinds a fundraiser
sees often: vendor pitches (CRM, wealth screening, gala and direct-mail agencies, consultants),
prospective donors and volunteers, a recruiter, a board member. The builder has no reminder,
HTML-only, bad-charset or unterminated-multipart layout: those kinds are written as ordinary
invitations of the same category. Labels follow DESIGN.md's "Categories", as the recipient would
judge the note, written without looking at the classifier. As in the samples, an invitation with
a red flag (failed or look-alike sender, sales pitch) lists no answers, whatever its note claims.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

FUNDRAISER = Recipient(
    name="Keisha Johnson",
    address="keisha.johnson@example.org",
    headline="Director of Development, Major Gifts at Magnolia Children's Health Foundation",
    profile_slug="keisha-johnson-development",
)

FUNDRAISER_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Keisha Johnson"
organizations = [
    "Magnolia Children's Health Foundation", "United Way of Greater Atlanta",
    "Georgia Public Broadcasting",
]
schools = ["Spelman College", "Emory University"]
industries = ["nonprofit", "fundraising", "philanthropy", "pediatric healthcare"]
interests = [
    "major gifts", "donor stewardship", "planned giving", "capital campaigns",
    "grateful patient fundraising",
]
groups = [
    "Association of Fundraising Professionals", "AFP Greater Atlanta Chapter",
    "Association for Healthcare Philanthropy", "Spelman College Alumnae Association",
]
events = [
    "AFP ICON 2026", "AHP International Conference 2026", "Georgia Nonprofit Summit 2026",
    "Magnolia Spring Gala 2026",
]
contacts = ["Denise Whitaker", "Marcus Ellison", "Renee Castillo"]

# Other names people use for the same thing.
[aliases]
"Magnolia Children's Health Foundation" = ["Magnolia Children's", "Magnolia Foundation"]
"United Way of Greater Atlanta" = ["United Way Atlanta", "United Way"]
"Georgia Public Broadcasting" = ["GPB"]
"Spelman College" = ["Spelman"]
"Emory University" = ["Emory", "Goizueta", "Rollins School of Public Health"]
"Association of Fundraising Professionals" = ["AFP"]
"AFP Greater Atlanta Chapter" = ["AFP Greater Atlanta", "AFP Atlanta"]
"Association for Healthcare Philanthropy" = ["AHP"]
"AFP ICON 2026" = ["AFP ICON", "ICON 2026"]
"AHP International Conference 2026" = ["AHP conference", "AHP International Conference"]
"Georgia Nonprofit Summit 2026" = ["Georgia Nonprofit Summit", "nonprofit summit"]
"Magnolia Spring Gala 2026" = ["Magnolia gala", "spring gala"]
"nonprofit" = ["non-profit", "nonprofit sector"]
"fundraising" = ["fund development", "advancement"]
"pediatric healthcare" = ["children's health", "pediatrics"]
"major gifts" = ["major donors", "major gift"]
"donor stewardship" = ["stewardship"]
"planned giving" = ["legacy giving", "bequests"]
"grateful patient fundraising" = ["grateful patient program", "grateful patient programs"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 15
"""

_REFERRAL = (
    "Denise Whitaker suggested I reach out to you. Our family is thinking about a gift to the "
    "pediatric cardiology program and she said you're the right person to talk to."
)
_REFERRAL_2 = (
    "Hi Keisha, Marcus Ellison mentioned you're looking for a physician champion for the sickle "
    "cell campaign. I'd be glad to help, can we find a time to talk?"
)

FUNDRAISER_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-afp-icon",
        "classic",
        "en",
        (
            "Andre Coleman",
            "Major Gifts Officer at Big Brothers Big Sisters of Metro Atlanta",
            "Atlanta, Georgia",
        ),
        "Hi Keisha, great meeting you at AFP ICON in Chicago last month. I was the one asking "
        "about how you structure discovery calls. Would love to stay in touch!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        (
            "Brittany Owens",
            "Grants Coordinator at Magnolia Children's Health Foundation",
            "Atlanta",
        ),
        "Hi Keisha, I just started on the grants team at Magnolia Children's and I'm trying to "
        "meet everyone in the development office. Looking forward to working with you!",
        LIKELY,
        ("same_organization",),
        mutual=11,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Terrence Hall", "Campaign Manager at American Heart Association", "Atlanta, Georgia"),
        "Keisha, we worked together at United Way of Greater Atlanta around 2016 (I was on the "
        "workplace giving team). Good to see how far you've come!",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        (
            "Lorraine Pittman",
            "Director of Philanthropy at Second Harvest of Coastal Georgia",
            "Savannah, Georgia",
        ),
        "Hello Keisha, I lead fundraising for a food bank in Savannah and I'm always glad to "
        "learn from other development directors around the state.",
        LIKELY,
        ("same_industry",),
        mutual=4,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Nathaniel Brooks", "Planned Giving Officer at Shepherd Center", "Atlanta, Georgia"),
        "Hi Keisha, I read your post about moving mid-level donors up into major gifts. We're "
        "wrestling with the exact same pipeline question here and I'd love to trade notes.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Yolanda Pierce", "Development Manager at Atlanta Humane Society", "Atlanta, Georgia"),
        "Hi Keisha, we're both in the AFP Greater Atlanta Chapter. Your comment on the donor "
        "stewardship thread last week was spot on.",
        LIKELY,
        ("same_groups",),
        mutual=7,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        ("Gregory Whitfield", "Managing Director at Whitfield Family Office", "Buckhead, Atlanta"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="a prospective donor introduced by a contact",
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Imani Carter", "Program Officer at Hollins Family Foundation", "Atlanta, Georgia"),
        "Hi Keisha! Spelman sister here, class of 2009. Always happy to find another Jaguar on "
        "here!",
        LIKELY,
        ("fellow_alumni",),
        mutual=3,
    ),
    case(
        "009-specific-volunteer-day",
        "classic",
        "en",
        ("Carlos Mendoza", "Community Relations Manager at Piedmont Regional Bank", "Atlanta"),
        "Hi Keisha, I manage employee giving at Piedmont Regional Bank and our staff voted for "
        "Magnolia Children's as this year's volunteer day partner. Could we set up a call to "
        "plan it?",
        LIKELY,
        ("specific_reason",),
        comment="a corporate partner bringing volunteers, not selling anything",
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Helen Morrison", "Retired Pediatric Nurse", "Decatur, Georgia"),
        "Keisha, quick question: does the foundation take volunteers for the holiday toy drive? "
        "I spent 30 years on a peds floor and would love to help out.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        (
            "Mariela Soto",
            "Coordinadora de Desarrollo en Fundación Niños Sanos",
            "Miami, Florida",
        ),
        "Hola Keisha, nos conocimos en la conferencia de AHP en Nashville. ¡Me encantaría "
        "mantener el contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=2,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Annika Hoffmann", "Fundraising-Managerin bei Kinderhilfe Hamburg", "Hamburg"),
        "Hallo Keisha, ich war auch an der Emory (Goizueta, Jahrgang 2014). Es würde mich "
        "freuen, mit einer ehemaligen Kommilitonin in Kontakt zu bleiben!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-panel",
        "modern",
        "en",
        ("Darnell Washington", "Board Chair at Westside Youth Arts", "Atlanta, Georgia"),
        "Thank you for the candid conversation after your panel at the Georgia Nonprofit Summit!",
        LIKELY,
        ("met_in_person",),
        mutual=13,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        ("Chiara Galli", "Responsabile raccolta fondi presso Fondazione Bambini Onlus", "Milano"),
        "Ciao Keisha, sto organizzando un webinar sulla raccolta fondi per gli ospedali "
        "pediatrici e vorrei invitarti come relatrice. Saresti disponibile a maggio?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        ("Gregory Whitfield", "Managing Director at Whitfield Family Office", "Buckhead, Atlanta"),
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
        (
            "Patrice Lamar",
            "Executive Director at Riverbend Pediatric Clinic Foundation",
            "Macon, Georgia",
        ),
        "Hi Keisha, good meeting you at the AFP Atlanta luncheon on Tuesday. Let's find a time "
        "for coffee when you're back from the holidays.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-note",
        "classic",
        "en",
        ("Jerome Banks", "Donor Relations Manager at Zoo Atlanta", "Atlanta, Georgia"),
        "<script>alert('hi')</script> Keisha, we met at the AFP ICON reception & talked about "
        "<i>donor recognition walls</i>.",
        LIKELY,
        ("met_in_person",),
        comment="note contains markup that must be shown as text, never executed (the builder "
        "cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Funmilayo Adeyemi", "Development Associate at CARE USA", "Atlanta, Georgia"),
        "Keisha, I'm a Spelman grad too (2019) and I just moved into major gifts. Would love to "
        "learn from you.",
        LIKELY,
        ("fellow_alumni", "same_industry"),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "en",
        (
            "Ruth Okonkwo",
            "Director of Development at Ronald McDonald House Charities of Alabama",
            "Birmingham, Alabama",
        ),
        "Hi Keisha — fellow AHP member here; I'd love to compare notes on grateful patient "
        "programs.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "en",
        ("Owen Maddox", "Gift Officer at Georgia Tech Foundation", "Atlanta, Georgia"),
        "Hi Keisha, I work on donor stewardship too and would love to swap ideas on impact "
        "reports for major donors.",
        LIKELY,
        ("shared_interests",),
        mutual=9,
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-crm",
        "modern",
        "en",
        ("Kyle Brennan", "Account Executive at DonorPulse CRM", "Boston, Massachusetts"),
        "Hi Keisha, nonprofits on DonorPulse raise 32% more from major donors in their first "
        "year. Do you have 15 minutes this week for a quick demo?",
        LOOK,
        comment="sales pitch (CRM)",
    ),
    case(
        "102-pitch-event-agency",
        "classic",
        "en",
        ("Vanessa Reyes", "Founder at Gilded Events Co.", "Atlanta, Georgia"),
        "Keisha, we plan turnkey charity galas for Atlanta nonprofits: venue, decor, auction, "
        "the works. Can I send over our packages for your spring event?",
        LOOK,
        comment="sales pitch (event agency)",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        (
            "Mitchell Grant",
            "Facilities Coordinator at Magnolia Children's Health Foundation",
            "Atlanta",
        ),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names my current organization (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Sharon Ellis", "Regional Manager at Southern Trust Bank", "Alpharetta, Georgia"),
        None,
        LOOK,
        mutual=23,
        comment="no note; 23 connections in common, threshold 15 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Lauren Hayes", "Philanthropy Advisor at Crescent Trust", "New York"),
        "Hi Keisha, we met at AFP ICON! I sent over the pledge paperwork, please log in to view "
        "the document.",
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
        (
            "Dwayne Foster",
            "Nonprofit Fundraising Consultant | Capital Campaigns | Board Development",
            "",
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
        ("Richard Vance", "Chairman at Halcyon Capital Partners", "London"),
        "Hi Keisha, fellow Emory alum! I'd like to discuss a major donation, please review the "
        "attached gift agreement.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Cody Mitchell", "Sales Manager at Peach State Auto Group", "Marietta, Georgia"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Alejandro Vega", "Ejecutivo de Ventas en Grupo Altamar", "Monterrey, México"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Davide Rinaldi", "Agente immobiliare presso Casa Veneta", "Verona, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Tanner Blake", "Serial Entrepreneur | Real Estate Investor | Podcast Host", "Miami"),
        None,
        GENERIC,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Jessica Lane", "Marketing Coordinator at Brightwave Media", "Charlotte, North Carolina"),
        "Hi Keisha, I came across your profile and would love to add you to my network.",
        GENERIC,
        mutual=1,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Marcus Reed", "Life Coach | Motivational Speaker", "Houston, Texas"),
        "Hello! Connecting with inspiring leaders in my area. Let's grow together!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Pam Whitley", "Insurance Agent at Southern Shield Insurance", "Macon, Georgia"),
        "I'd like to add you to my professional network on LinkedIn.\n- Pam Whitley",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Matthias Wolf", "Vertriebsingenieur bei Hanse Pumpen GmbH", "Bremen"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Laurent Petit", "Conseiller commercial chez Auto Lumière", "Lille"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Brandon Cole", "Account Manager at Vantage Staffing", "Nashville, Tennessee"),
        "Hi Keisha, hope you're having a great week! Would be great to connect.",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Thiago Ribeiro", "Representante Comercial na Ribeiro Distribuidora", "Recife, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-gala-table",
        "classic",
        "en",
        ("Vivian Holloway", "Community Volunteer and Philanthropist", "Buckhead, Atlanta"),
        "Keisha, it was lovely sitting at your table at the spring gala. Robert and I haven't "
        "stopped talking about the NICU family who spoke. Let's have lunch soon.",
        LIKELY,
        ("met_in_person",),
        comment="a donor she sat with at her own gala",
    ),
    case(
        "022-same-org-current-implied",
        "modern",
        "en",
        ("Jasmine Reid", "Annual Giving Manager at Magnolia Children's", "Atlanta, Georgia"),
        "hi Keisha! I'm the new annual giving manager, started Monday just down the hall from "
        "you. Excited to work together on moving donors up the pipeline 🙂",
        LIKELY,
        ("same_organization",),
        mutual=8,
        comment="the note makes clear she just joined my office without naming it",
    ),
    case(
        "023-same-org-past-alias",
        "classic",
        "en",
        ("Phillip Nguyen", "Senior Producer at WABE", "Atlanta, Georgia"),
        "Keisha! We were at GPB together back in 2013-ish. I was in membership, you were running "
        "the pledge drives. Great to find you on here.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry",
        "modern",
        "en",
        ("Rochelle Dixon", "Executive Director at Hope House Augusta", "Augusta, Georgia"),
        "Hi Keisha, I'm a one-woman development shop at a small nonprofit in Augusta and I try "
        "to stay connected with other fundraisers across Georgia.",
        LIKELY,
        ("same_industry",),
        mutual=5,
    ),
    case(
        "025-shared-interest",
        "classic",
        "en",
        ("Kwame Asante", "Campaign Director at Chattahoochee Nature Trust", "Roswell, Georgia"),
        "Keisha, your article on running a capital campaign through a leadership change was so "
        "helpful. We're in the quiet phase of a $40M campaign right now and it hit home.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group",
        "modern",
        "en",
        (
            "Angela Whitmore",
            "Senior Development Officer at Lakeview Children's Hospital Foundation",
            "Birmingham, Alabama",
        ),
        "Hi Keisha, saw your question in the Association for Healthcare Philanthropy forum about "
        "getting physicians involved in donor visits. We built something like that last year, "
        "happy to share what worked.",
        LIKELY,
        ("same_groups",),
        mutual=6,
    ),
    case(
        "027-mutual-referral",
        "classic",
        "en",
        ("Dr. Kevin Osei", "Pediatric Hematologist at Peachtree Pediatric Specialists", "Atlanta"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "028-alumni",
        "modern",
        "en",
        (
            "Tiffany Grant",
            "Corporate Relations Manager at Junior Achievement of Georgia",
            "Atlanta, Georgia",
        ),
        "Keisha, another Goizueta MBA here ('16). Always nice to see fellow Emory alums doing "
        "good work around Atlanta!",
        LIKELY,
        ("fellow_alumni",),
        mutual=10,
    ),
    case(
        "029-specific-informational-interview",
        "classic",
        "en",
        ("Maya Thompson", "MPA Candidate at Georgia State University", "Atlanta, Georgia"),
        "Hi Keisha, I'm finishing my MPA at Georgia State and hoping to go into major gifts "
        "after graduation. Would you have 20 minutes for an informational interview sometime "
        "this month?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "030-specific-memorial-fund",
        "modern",
        "en",
        ("Gerald Simmons", "Owner at Simmons Heating & Air", "Marietta, Georgia"),
        "Keisha, my mother was treated at your hospital before she passed and I'd like to set up "
        "a memorial fund in her name. Who is the right person to talk to about that?",
        LIKELY,
        ("specific_reason",),
        comment="a prospective donor with a concrete request; he calls the foundation 'your "
        "hospital'",
    ),
    case(
        "031-met-es",
        "modern",
        "en",
        (
            "Valeria Cruz",
            "Directora de Recaudación de Fondos en Hospital Infantil San Gabriel",
            "San Juan, Puerto Rico",
        ),
        "Hola Keisha, fue un placer conocerte en el almuerzo de AFP en Atlanta. Me encantó tu "
        "charla sobre donantes mayores. ¡Seguimos en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=2,
    ),
    case(
        "032-alumni-es",
        "modern",
        "en",
        ("Gabriela Montes", "Gerente de Alianzas en Fundación Esperanza Latina", "Atlanta"),
        "Hola Keisha, yo también estudié en Emory (Rollins, MPH 2012). ¡Qué gusto encontrar a "
        "otra exalumna trabajando por la salud infantil!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "033-met-breakout",
        "modern",
        "en",
        ("Kenneth Price", "Chief Development Officer at Atlanta Children's Theatre", "Atlanta"),
        "Enjoyed your breakout at the nonprofit summit in Macon, and thanks for staying after to "
        "answer my question about donor-advised funds!",
        LIKELY,
        ("met_in_person",),
        mutual=14,
        comment="he spoke with her after her session: a meeting, however brief",
    ),
    case(
        "034-specific-pt",
        "modern",
        "en",
        ("Mariana Costa", "Captadora de Recursos na Fundação Criança Feliz", "São Paulo, Brasil"),
        "Oi Keisha, estou escrevendo um guia sobre captação de grandes doações para hospitais "
        "infantis no Brasil e adoraria entrevistar você. Teria 30 minutos nas próximas semanas?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "036-no-auth-header-met",
        "classic",
        "en",
        ("Bernard Ashe", "Trustee at The Ashe Family Foundation", "Atlanta, Georgia"),
        "Keisha, a pleasure meeting you on the hospital tour Thursday. Diane and I were very "
        "moved by the new cardiac unit. Let's talk again soon.",
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
            "Renata Liu",
            "Director of <b>Corporate Partnerships</b> at Atlanta Youth Soccer League",
            "Atlanta, Georgia",
        ),
        "Hi Keisha, <u>so</u> glad we met at the Georgia Nonprofit Summit "
        '<img src=x onerror="alert(1)"> let\'s do coffee!',
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "039-group-dash",
        "classic",
        "en",
        (
            "Frank Castellano",
            "Prospect Research Manager at Northside Health Foundation",
            "Atlanta, Georgia",
        ),
        "Keisha — we're both in AFP Greater Atlanta; I'd love to pick your brain on researching "
        "first-time major donors.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "040-shared-interest-2",
        "modern",
        "en",
        (
            "Priya Raman",
            "Planned Giving Director at Oakhurst Senior Living Foundation",
            "Decatur, Georgia",
        ),
        "Hi Keisha, I mostly work on legacy gifts and bequests and I'd really like to hear how "
        "you bring planned giving into your major gift conversations.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "041-specific-recruiter",
        "modern",
        "en",
        ("Monica Hale", "Senior Search Consultant at Ridgeway Executive Search", "Charlotte"),
        "Hi Keisha, I'm leading the search for a Vice President of Development at a pediatric "
        "hospital foundation in Charlotte. Would you be open to a confidential conversation "
        "about the role?",
        LIKELY,
        ("specific_reason",),
        mutual=6,
        comment="a recruiter with a named role: a concrete reason, not a sales pitch",
    ),
    case(
        "042-met-typos-lowercase",
        "modern",
        "en",
        ("Jalen Harris", "Development Coordinator at Eastside Food Pantry", "Atlanta, Georgia"),
        "hey keisha great to meet u at the afp icon happy hour!! lets keep in touch",
        LIKELY,
        ("met_in_person",),
        mutual=3,
    ),
    case(
        "043-same-org-board-member",
        "classic",
        "en",
        ("Lawrence Crane", "Partner at Crane Wealth Advisors", "Atlanta, Georgia"),
        "Hi Keisha, I joined the foundation board in September and would like to sit down with "
        "you before the year-end appeal to go over which of my clients I could introduce.",
        LIKELY,
        ("same_organization", "specific_reason"),
        comment="a new board member of her foundation; the headline names another firm",
    ),
    case(
        "044-same-industry-id",
        "modern",
        "en",
        (
            "Dewi Lestari",
            "Fundraising Manager di Yayasan Anak Sehat Indonesia",
            "Jakarta, Indonesia",
        ),
        "Halo Keisha, saya bekerja di bidang penggalangan dana untuk rumah sakit anak di Jakarta "
        "dan ingin belajar dari pengalaman Anda.",
        LIKELY,
        ("same_industry",),
    ),
    case(
        "111-pitch-wealth-screening",
        "modern",
        "en",
        (
            "Ashley Monroe",
            "Nonprofit Solutions Specialist at WealthLens Analytics",
            "Raleigh, North Carolina",
        ),
        "Hi Keisha! Our wealth screening tool finds the hidden major donors already sitting in "
        "your database. Would you be open to a free trial for your team?",
        LOOK,
        comment="sales pitch (donor database add-on)",
    ),
    case(
        "112-pitch-direct-mail-agency",
        "classic",
        "en",
        (
            "Ethan Marsh",
            "Business Development Director at Meridian Fundraising Group",
            "Washington, DC",
        ),
        "Keisha, we're a full-service direct mail and donor communications agency helping "
        "hospital foundations raise more every year. Can I share a few case studies and our "
        "rates?",
        LOOK,
        comment="sales pitch (agency)",
    ),
    case(
        "113-weak-school-headline",
        "classic",
        "en",
        ("Kendra Mills", "Assistant Director of Alumnae Relations at Spelman College", "Atlanta"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names my school (weak)",
    ),
    case(
        "114-weak-mutual-at-threshold",
        "modern",
        "en",
        ("Trevor Banks", "Senior Project Manager at Holder Construction", "Atlanta, Georgia"),
        None,
        LOOK,
        mutual=15,
        comment="no note; exactly 15 connections in common, threshold 15 (weak)",
    ),
    case(
        "115-spoof-good-note",
        "modern",
        "en",
        ("Heather Lyons", "Corporate Giving Lead at Summit Beverage Co.", "Atlanta"),
        "Keisha, so glad we connected at the Magnolia gala! I uploaded the sponsorship check "
        "details here, just sign in with your email to view.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-invitations.co",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "116-weak-industry-headline-vague-note",
        "modern",
        "en",
        (
            "Derrick Simmons",
            "Fundraising & Major Gifts | Boys & Girls Clubs of Metro Atlanta",
            "Atlanta, Georgia",
        ),
        "Hi Keisha, hope you're doing well! Would love to connect.",
        LOOK,
        mutual=4,
        comment="vague note; only the headline puts him in my field (weak)",
    ),
    case(
        "117-dmarc-fail-es",
        "modern",
        "en",
        ("Esteban Morales", "Presidente en Grupo Inversor Pacífico", "Panamá"),
        "Hola Keisha, nos conocimos en la conferencia de AHP. Te envié el acuerdo de donación, "
        "por favor revísalo en el enlace.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed meeting is not "
        "counted, as in the samples",
    ),
    case(
        "118-pitch-fellow-member",
        "modern",
        "en",
        ("Paul Jennings", "Sales Director at GalaBid Mobile Auctions", "Tampa, Florida"),
        "Hi Keisha, fellow AFP member here! We make mobile bidding for charity auctions super "
        "easy. Could I grab 15 minutes on your calendar before gala season?",
        LOOK,
        mutual=2,
        comment="sales pitch; the shared group is only an opener",
    ),
    case(
        "119-pitch-es-event-agency",
        "classic",
        "en",
        ("Sergio Navarro", "Director Comercial en Eventia Producciones", "Miami, Florida"),
        "Hola Keisha, producimos galas benéficas llave en mano para fundaciones. ¿Te puedo "
        "enviar nuestra propuesta y precios para tu próximo evento?",
        LOOK,
        comment="sales pitch (event agency), in Spanish",
    ),
    case(
        "120-pitch-campaign-consultant",
        "classic",
        "en",
        ("Linda Carver", "Principal at Carver Campaign Counsel", "Chicago, Illinois"),
        "Hi Keisha, I've helped 40+ hospital foundations get through feasibility studies on time "
        "and under budget. I'd love to offer you a complimentary campaign assessment.",
        LOOK,
        comment="consulting pitch: a free assessment is the door to a paid engagement",
    ),
    case(
        "121-pitch-after-meeting",
        "modern",
        "en",
        ("Megan Doyle", "Account Executive at DonorPulse CRM", "Boston, Massachusetts"),
        "Great chatting at our booth at the AHP conference! As promised, here's the link to "
        "book your DonorPulse demo. Spots are filling up fast.",
        LOOK,
        comment="a vendor she met at a booth, now pitching: the pitch is a red flag whatever "
        "else the note answers",
    ),
    case(
        "221-stock-en2",
        "classic",
        "en",
        ("Scott Harmon", "Realtor at Peachtree Homes Realty", "Kennesaw, Georgia"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "222-stock-es",
        "classic",
        "en",
        ("Javier Paredes", "Asesor Financiero en Banco del Valle", "Quito, Ecuador"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "224-modern-no-note-few-mutual",
        "modern",
        "en",
        ("Jake Turner", "Growth Hacker | Keynote Speaker | Investor", "Scottsdale, Arizona"),
        None,
        GENERIC,
        mutual=9,
        comment="no note; 9 connections in common is below the threshold of 15",
    ),
    case(
        "225-custom-vague",
        "modern",
        "en",
        ("Melissa Grant", "Sales Associate at Urban Threads", "Columbus, Ohio"),
        "Hi Keisha, your profile is really impressive. I'd be honored to be part of your network.",
        GENERIC,
    ),
    case(
        "226-custom-vague-2",
        "classic",
        "en",
        ("Chinedu Okafor", "CEO at Okafor Global Ventures", "Lagos, Nigeria"),
        "Greetings from Lagos! I am looking to connect with great minds all over the world.",
        GENERIC,
    ),
    case(
        "227-old-stock-signed",
        "classic",
        "en",
        ("Ron Whitaker", "Financial Advisor at Edward Jones", "Gainesville, Georgia"),
        "I'd like to join your LinkedIn network.\nBest, Ron",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "229-stock-fr2",
        "classic",
        "en",
        ("Sébastien Roux", "Responsable des ventes chez Ferro Distribution", "Bordeaux"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "230-custom-vague-3",
        "modern",
        "en",
        ("Tanya Brooks", "Customer Success Manager at CloudNova", "Denver, Colorado"),
        "Hey Keisha, happy Friday! Let's connect 🙂",
        GENERIC,
        mutual=1,
    ),
    case(
        "232-stock-id",
        "classic",
        "en",
        ("Agus Pratama", "Sales Executive di PT Sinar Jaya Abadi", "Bandung, Indonesia"),
        None,
        GENERIC,
        stock="id",
    ),
    case(
        "233-custom-vague-praise",
        "modern",
        "en",
        ("Courtney Ellis", "Real Estate Agent at Keller Williams", "Smyrna, Georgia"),
        "Keisha, love the work you all do for the kids. Keep it up!",
        GENERIC,
        comment="vague praise of her work: no reason to connect",
    ),
    case(
        "234-custom-vague-es",
        "classic",
        "en",
        ("Ricardo Fuentes", "Emprendedor | Inversionista", "Guadalajara, México"),
        "Hola Keisha, me encantaría formar parte de tu red de contactos. ¡Saludos!",
        GENERIC,
    ),
]

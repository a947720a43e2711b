"""Held-out invitations for Marisol Vega, managing broker of a commercial brokerage in Miami.

English interface; a few notes in Spanish (Miami, Latin American investors and brokers) and in
the samples' other languages. One invitation for every likely-accept, needs-a-look and generic
sample of tests/fixtures/linkedin (the same kind of case, written from scratch for this
recipient), then a second pass over the same kinds with other writers and other wording, and a
few kinds a broker sees every week: cooperating brokers asking about a listing, owners asking
for a valuation, vendor pitches (CRM, lead generation, photography, brokerage recruiting), and
agents who only say they are in real estate too. The builder has no reminder, HTML-only,
bad-charset or unterminated-multipart layout: those kinds are written as ordinary invitations
of the same category. Labels follow DESIGN.md's "Categories", as the recipient would judge the
note, written without looking at the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

BROKER = Recipient(
    name="Marisol Vega",
    address="marisol.vega@example.com",
    headline=(
        "Managing Broker at Bayfront Commercial Realty | Office, Industrial & Investment Sales"
    ),
    profile_slug="marisol-vega-cre",
)

BROKER_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Marisol Vega"
organizations = ["Bayfront Commercial Realty", "Cushman & Wakefield", "Terranova Corporation"]
schools = ["University of Miami", "Florida International University"]
industries = ["commercial real estate", "real estate brokerage", "investment sales"]
interests = [
    "office leasing", "industrial leasing", "1031 exchanges", "opportunity zones",
    "adaptive reuse", "cross-border investment",
]
groups = ["CCIM Institute", "NAIOP South Florida", "CREW Miami", "Miami Commercial Alliance"]
events = [
    "ICSC Florida 2026", "NAIOP South Florida Industrial Summit 2026",
    "Miami Commercial Real Estate Forum 2026",
]
contacts = ["Rafael Echeverría", "Denise Whitaker", "Tomás Aguilar"]

# Other names people use for the same thing.
[aliases]
"Bayfront Commercial Realty" = ["Bayfront Commercial", "Bayfront"]
"Cushman & Wakefield" = ["Cushman and Wakefield", "Cushman", "C&W"]
"Terranova Corporation" = ["Terranova"]
"University of Miami" = ["UMiami", "U of Miami", "UM", "The U"]
"Florida International University" = ["FIU", "FIU Business"]
"commercial real estate" = ["CRE", "bienes raíces comerciales"]
"real estate brokerage" = ["real estate", "bienes raíces", "inmobiliaria"]
"1031 exchanges" = ["1031 exchange", "1031"]
"cross-border investment" = ["foreign investors", "international investors"]
"CCIM Institute" = ["CCIM"]
"NAIOP South Florida" = ["NAIOP SFL", "NAIOP"]
"CREW Miami" = ["CREW"]
"ICSC Florida 2026" = ["ICSC Florida", "ICSC"]
"NAIOP South Florida Industrial Summit 2026" = ["NAIOP Industrial Summit", "Industrial Summit"]
"Miami Commercial Real Estate Forum 2026" = ["Miami CRE Forum", "Commercial Real Estate Forum"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 25
"""

_REFERRAL = (
    "Rafael Echeverría suggested I reach out to you about leasing warehouse space near the "
    "airport for our distribution business."
)
_REFERRAL_2 = (
    "Hi Marisol, Denise Whitaker told me you're the person to talk to about selling our "
    "office condo in Coral Gables. Would you have time for a coffee next week?"
)

BROKER_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-icsc",
        "classic",
        "en",
        ("Trevor Knowles", "Director of Real Estate at Sunpath Urgent Care", "Orlando, Florida"),
        "Hi Marisol, great meeting you at ICSC Florida in Orlando last week. I was the one asking "
        "about your flex space listings in Doral. Let's stay in touch!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        ("Natalie Ferrer", "Leasing Associate at Bayfront Commercial Realty", "Miami, Florida"),
        "Hi Marisol, I just started on the industrial leasing team at Bayfront Commercial Realty "
        "and would love to connect with everyone in the office.",
        LIKELY,
        ("same_organization",),
        mutual=11,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Howard Brennan", "Senior Appraiser at Integra Realty Resources", "Tampa, Florida"),
        "Marisol, we overlapped at Cushman & Wakefield in Coral Gables around 2013 (I was in "
        "valuation & advisory). Would be great to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        ("Dana Whitfield", "Principal at Whitfield Tenant Advisors", "Fort Lauderdale, Florida"),
        "Hello Marisol, I run a small tenant-rep firm in Fort Lauderdale and I'm always glad to "
        "know other commercial brokers in South Florida.",
        LIKELY,
        ("same_industry",),
        mutual=8,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Omar Haddad", "Development Manager at Haddad Family Holdings", "Hialeah, Florida"),
        "Hi Marisol, I read your post about turning tired Class B office buildings into medical "
        "and flex space. We're looking at exactly that for a building we own in Hialeah.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Kristen Doyle", "Asset Manager at Seagrape Industrial", "Boca Raton, Florida"),
        "Hi Marisol, we're both in NAIOP South Florida. I liked your comment in the group "
        "discussion about industrial vacancy in Medley.",
        LIKELY,
        ("same_groups",),
        mutual=6,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        ("Victor Salgado", "COO at Salgado Produce Distributors", "Medley, Florida"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Jessica Tran", "Controller at Biscayne Hospitality Group", "Miami Beach, Florida"),
        "Hi Marisol! Fellow University of Miami alum here (class of 2004). Go Canes!",
        LIKELY,
        ("fellow_alumni",),
        mutual=3,
    ),
    case(
        "009-specific-office-search",
        "classic",
        "en",
        ("Paul Lindgren", "VP Operations at Nordlys Software", "Stockholm, Sweden"),
        "Hi Marisol, we're opening our Americas headquarters in Miami and need about 25,000 sq ft "
        "of office space in Brickell by Q3. Could we set up a call?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Ray Castellanos", "Owner at Castellanos Millwork", "Medley, Florida"),
        "Marisol, quick question: do you handle sale-leasebacks for owner-occupied warehouses? "
        "We own our building in Medley and are thinking about it.",
        LIKELY,
        ("specific_reason",),
        comment="an owner asking about a deal: a prospective client, not a pitch",
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        ("Camila Restrepo", "Directora de Inversiones en Grupo Andes Capital", "Bogotá, Colombia"),
        "Hola Marisol, nos conocimos en el almuerzo de NAIOP en Brickell. ¡Me encantaría seguir "
        "en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=4,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Matthias Krüger", "Geschäftsführer bei Krüger Immobilien Invest", "Hamburg"),
        "Hallo Marisol, ich habe ebenfalls meinen MBA an der FIU gemacht (2011). Schön, eine "
        "ehemalige Kommilitonin in Miami zu finden!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-panel",
        "modern",
        "en",
        ("Alicia Monroe", "Portfolio Manager at Harbor Light REIT", "West Palm Beach, Florida"),
        "Thanks for the great conversation after your panel at the Miami CRE Forum!",
        LIKELY,
        ("met_in_person",),
        mutual=14,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        ("Lorenzo Galli", "Family Office Advisor presso Galli & Partners", "Milano, Italia"),
        "Ciao Marisol, seguo una famiglia di investitori milanesi che cerca un capannone "
        "industriale a reddito a Miami. Possiamo sentirci la prossima settimana?",
        LIKELY,
        ("specific_reason",),
        comment="an investor's advisor looking for a property: a client, not a sales pitch",
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        ("Victor Salgado", "COO at Salgado Produce Distributors", "Medley, Florida"),
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
        ("Stanley Okafor", "Construction Manager at Coastline Builders", "Doral, Florida"),
        "Hi Marisol, good to meet you at the NAIOP Industrial Summit in Doral. Let's keep the "
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
        ("Derek Lam", "Founder at Polar Cold Chain", "Miami, Florida"),
        "<script>alert('x')</script> Hi Marisol, we met at ICSC Florida & talked about "
        "<i>cold storage</i> near the port.",
        LIKELY,
        ("met_in_person",),
        comment="note contains markup that must be shown as text, never executed (the builder "
        "cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        (
            "Andrea Solís",
            "Relationship Manager, Commercial Lending at Amerant Bank",
            "Coral Gables",
        ),
        "Marisol, I'm an FIU MBA too (2016) and now work in commercial lending here in Miami.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "en",
        ("Gavin Pruitt", "Investment Advisor at Pruitt Net Lease", "Jacksonville, Florida"),
        "Hi Marisol, fellow CCIM here — I'd love to compare notes on buyers coming into the "
        "Miami market.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "en",
        ("Renée Baptiste", "Community Development Consultant", "Little Haiti, Miami"),
        "Hi Marisol, I've been following opportunity zone projects in Little Haiti and "
        "Allapattah too and would love to swap notes sometime.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Tyler Brandt", "Account Executive at DealFlow CRM", "Austin, Texas"),
        "Hi Marisol, I help commercial brokerages close 30% more deals with our AI-powered CRM. "
        "Open to a 15-minute demo this week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-photography",
        "classic",
        "en",
        ("Jenna Ruiz", "Owner at SkyFrame Aerial Media", "Hollywood, Florida"),
        "Marisol, our studio does drone photography and 3D tours for commercial listings at flat "
        "rates. Can I send you our price sheet?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Kevin Marsh", "Property Accountant at Bayfront Commercial Realty", "Miami, Florida"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names one of my organizations (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Sandra Pike", "Operations Director at Sunbelt Freight Services", "Miramar, Florida"),
        None,
        LOOK,
        mutual=41,
        comment="no note; 41 connections in common, threshold 25 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Lauren Pierce", "Acquisitions at Meridian Equity", "New York"),
        "Hi Marisol, we met at ICSC Florida. Please confirm your account to view the offering "
        "memorandum I sent.",
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
        ("Gregory Hale", "Commercial Real Estate Advisor | Retail & Multifamily", "Tampa"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Anton Reiss", "Managing Director at Crestview Holdings", "Zurich, Switzerland"),
        "Hi Marisol, fellow UM alum! Please review the LOI document I shared.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the alumni claim is not "
        "counted, as in the samples",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Kyle Dawson", "Regional Sales Manager at Atlantic Pool Supply", "Orlando, Florida"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Héctor Peña", "Gerente de Ventas en Importadora del Caribe", "Santo Domingo"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Matteo Ricci", "Responsabile commerciale presso Ricci Arredamenti", "Verona, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Brayden Cole", "Founder | Dropshipping | Mindset Coach", "Las Vegas, Nevada"),
        None,
        GENERIC,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Ashley Morgan", "Account Manager at BrightWave Staffing", "Atlanta, Georgia"),
        "Hi Marisol, your profile came up in my feed and I thought I'd reach out to connect.",
        GENERIC,
        mutual=2,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Jordan Blake", "Entrepreneur | Investor | Speaker", "Dallas, Texas"),
        "Hello! Always expanding my network with driven professionals like yourself. Let's "
        "connect!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Linda Hargrove", "Insurance Agent at State Farm", "Kendall, Florida"),
        "I'd like to add you to my professional network on LinkedIn.\n- Linda Hargrove",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Jens Hoffmann", "Vertriebsleiter bei Nordwerk Maschinenbau GmbH", "Bremen"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Mathieu Laurent", "Conseiller clientèle chez Banque Atlantique", "Bordeaux"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Chris Nolan", "Student at Miami Dade College", "Miami, Florida"),
        "Hi Marisol, hope you're having a good week. Let's connect.",
        GENERIC,
        comment="Miami Dade College is not one of my schools",
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Thiago Ribeiro", "Vendedor na Auto Center Paulista", "São Paulo, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-crew-mixer-typos",
        "modern",
        "en",
        ("Brianna Lowe", "Interior Designer at Lowe Studio", "Wynwood, Miami"),
        "hi marisol!! met u at the CREW miami mixer on tuesday, i was the one with the broken "
        "umbrella lol. lets keep in touch",
        LIKELY,
        ("met_in_person",),
        mutual=5,
        comment="casual, typos and no capitals; still says where they met",
    ),
    case(
        "022-same-org-current-alias",
        "classic",
        "en",
        ("Luis Ocampo", "Marketing Coordinator", "Miami, Florida"),
        "Hello Marisol! I started last month as the marketing coordinator at Bayfront and I'm "
        "trying to meet all the brokers. Looking forward to working on your listings.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "023-same-org-past-alias",
        "modern",
        "en",
        ("Ruth Abrams", "Research Director at Colliers", "Atlanta, Georgia"),
        "Hi Marisol, we worked together at C&W back in the day, I was the research analyst who "
        "built your Airport West stacking plans. Hope you're well!",
        LIKELY,
        ("same_organization",),
        mutual=19,
    ),
    case(
        "024-same-industry-savannah",
        "modern",
        "en",
        ("Caleb Brooks", "Industrial Broker at Lowcountry Realty Partners", "Savannah, Georgia"),
        "Hi Marisol, I lease and sell warehouse buildings around the Port of Savannah and like "
        "to keep in touch with industrial brokers in other port markets.",
        LIKELY,
        ("same_industry",),
        mutual=7,
    ),
    case(
        "025-shared-interest-1031",
        "classic",
        "en",
        ("Elaine Foster", "Qualified Intermediary at Keystone Exchange Services", "Tampa"),
        "Hi Marisol, I saw your article on 1031 exchange buyers chasing single-tenant industrial "
        "in South Florida. I deal with the same timing headaches on the intermediary side every "
        "week.",
        LIKELY,
        ("shared_interests",),
        comment="a qualified intermediary writing about the same subject, not selling anything",
    ),
    case(
        "026-same-group-alliance",
        "modern",
        "en",
        ("Peter Lindqvist", "Leasing Director at Aventura Office Partners", "Aventura, Florida"),
        "Marisol, I saw your post in the Miami Commercial Alliance group about parking ratios in "
        "older office buildings. Fellow member, glad to connect.",
        LIKELY,
        ("same_groups",),
        mutual=22,
    ),
    case(
        "027-mutual-referral",
        "classic",
        "en",
        ("Deborah Quinn", "Dentist and Owner at Quinn Family Dental", "Coral Gables, Florida"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "028-alumni-the-u",
        "modern",
        "en",
        ("Marcus Bell", "Assistant General Counsel at Royal Caribbean Group", "Miami, Florida"),
        "Marisol, hello from another U of Miami grad! I think we were in the same "
        "economics lectures around 2003.",
        LIKELY,
        ("fellow_alumni",),
        mutual=9,
    ),
    case(
        "029-specific-valuation",
        "classic",
        "en",
        ("Gloria Méndez", "Owner at Méndez Auto Parts", "Hialeah Gardens, Florida"),
        "Hi Marisol, my family owns a 60,000 sq ft warehouse in Hialeah Gardens and we are "
        "thinking of selling next year. Would you be willing to give us an idea of what it's "
        "worth?",
        LIKELY,
        ("specific_reason",),
        comment="an owner asking for a valuation: a listing opportunity",
    ),
    case(
        "030-specific-coop-broker",
        "modern",
        "en",
        ("Andre Whitaker", "Tenant Representative at Atlas Advisory", "Fort Lauderdale, Florida"),
        "Marisol, I have a food distributor client who might fit your listing on NW 41st Street. "
        "Is the 12,000 sf bay with the dock-high doors still available?",
        LIKELY,
        ("specific_reason",),
        comment="a cooperating broker with a client for her listing: a cold approach from "
        "another agent that is welcome",
    ),
    case(
        "031-met-es",
        "modern",
        "en",
        ("Santiago Ibarra", "Socio en Ibarra Capital", "Ciudad de Panamá, Panamá"),
        "Hola Marisol, coincidimos en la cena de inversionistas en Brickell el jueves pasado. Fue "
        "un gusto conversar contigo sobre bodegas en Doral.",
        LIKELY,
        ("met_in_person",),
        mutual=3,
    ),
    case(
        "032-specific-pt-investor",
        "classic",
        "en",
        ("Renata Azevedo", "Sócia na Azevedo Participações", "São Paulo, Brasil"),
        "Olá Marisol, sou investidora em São Paulo e procuro um galpão logístico alugado em Miami "
        "para comprar no próximo ano. Podemos conversar?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "033-met-site-tour",
        "modern",
        "en",
        ("Jorge Villalobos", "Facilities Manager at TropiCo Beverages", "Doral, Florida"),
        "Thanks again for walking us through the Doral building on Friday, the loading area was "
        "exactly what we needed. Talk soon!",
        LIKELY,
        ("met_in_person",),
        mutual=2,
        comment="a prospective tenant she toured a building with",
    ),
    case(
        "034-alumni-it",
        "modern",
        "en",
        ("Chiara Fontana", "Analista presso Fontana Real Estate Advisors", "Roma, Italia"),
        "Ciao Marisol, anch'io ho fatto l'MBA alla FIU qualche anno dopo di te. Bello trovare "
        "un'altra ex studentessa nel settore!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "035-resent-of-027",
        "classic",
        "en",
        ("Deborah Quinn", "Dentist and Owner at Quinn Family Dental", "Coral Gables, Florida"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="re-sent invitation of 027 (the builder has no reminder layout): same inviter "
        "and note",
    ),
    case(
        "036-no-auth-header-referral-es",
        "classic",
        "en",
        ("Martín Quiroga", "Gerente General en Quiroga Logística", "Lima, Perú"),
        "Hola Marisol, Tomás Aguilar me dio tu nombre. Estamos buscando una bodega de unos "
        "5.000 m2 cerca del puerto de Miami. ¿Podríamos hablar?",
        LIKELY,
        ("mutual_connection", "specific_reason"),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "037-markup-in-note-and-headline",
        "classic",
        "en",
        (
            "Hazel Wright",
            "Senior Associate <b>Capital Markets</b> at Walker & Dunlop",
            "Miami, Florida",
        ),
        "Hi Marisol, <b>loved</b> meeting you at the Miami CRE Forum "
        '<img src=x onerror="alert(1)"> and hearing about the Wynwood office sale!',
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni-student",
        "classic",
        "en",
        ("Daniela Ortiz", "Student at University of Miami", "Coral Gables, Florida"),
        "Hi Marisol, I'm a junior at the University of Miami studying real estate and finance. "
        "Would you have 15 minutes for an informational interview this month?",
        LIKELY,
        ("fellow_alumni", "specific_reason"),
        base64=True,
        comment="a current student of her school with a concrete request",
    ),
    case(
        "039-industry-residential-referrals",
        "modern",
        "en",
        ("Nicole Ferraro", "Realtor at Gables Home Group", "Coral Gables, Florida"),
        "Hi Marisol, I'm a residential agent in Coral Gables and my clients sometimes ask me "
        "about buying office or retail space. Would you be open to sending referrals both ways?",
        LIKELY,
        ("same_industry", "specific_reason"),
        comment="another agent, but offering business rather than selling a product",
    ),
    case(
        "040-industry-realtor-too",
        "classic",
        "en",
        ("Marcus Reed", "Realtor | Investor", "Pembroke Pines, Florida"),
        "Hi Marisol! I'm in real estate too, mostly residential in Broward. Always nice to know "
        "people on the commercial side.",
        LIKELY,
        ("same_industry",),
        comment="says nothing more than being in the same business, which is one of the questions",
    ),
    case(
        "111-pitch-lead-gen",
        "modern",
        "en",
        ("Kendra Boyle", "Growth Partner at TenantPipeline", "Scottsdale, Arizona"),
        "Hi Marisol, we deliver 20+ qualified tenant leads a month to commercial brokers in "
        "Miami, and you only pay per lead. Worth a quick call Thursday?",
        LOOK,
        comment="sales pitch (lead generation)",
    ),
    case(
        "112-pitch-brokerage-recruiting",
        "classic",
        "en",
        ("Brent Calloway", "Growth Leader at Summit Realty Network", "Orlando, Florida"),
        "Marisol, have you ever run the numbers on a 90/10 split with revenue share? Top "
        "producers in Miami are moving to our model. Open to a confidential chat?",
        LOOK,
        comment="brokerage recruiting pitch from another agent",
    ),
    case(
        "113-weak-past-org-headline",
        "classic",
        "en",
        ("Agnes Porter", "Lease Administrator at Cushman & Wakefield", "Chicago, Illinois"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my past organizations (weak)",
    ),
    case(
        "114-weak-mutual-vague",
        "modern",
        "en",
        ("Trevor Mills", "Senior Project Manager at Moss Construction", "Fort Lauderdale"),
        "Hi Marisol, hope all is well. Let's connect.",
        LOOK,
        mutual=38,
        comment="vague note; 38 connections in common, threshold 25 (weak)",
    ),
    case(
        "115-spoof-referral",
        "modern",
        "en",
        ("Helena Marsh", "Acquisitions Analyst at Pinecrest Capital", "London"),
        "Marisol, Denise Whitaker asked me to send you the rent roll for the Doral portfolio. "
        "Sign in here to download it.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-invites.net",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed referral is not counted, as in the samples",
    ),
    case(
        "116-weak-industry-headline-vague",
        "modern",
        "en",
        ("Curtis Vance", "Commercial Real Estate Broker at Colliers", "Orlando, Florida"),
        "Hi Marisol, let's connect!",
        LOOK,
        mutual=4,
        comment="vague note; headline in my industry (weak)",
    ),
    case(
        "117-dmarc-fail-es",
        "modern",
        "en",
        ("Oscar Vidal", "Director en Vidal Inversiones", "Madrid, España"),
        "Hola Marisol, nos vimos en el evento de NAIOP. Descarga el contrato adjunto y fírmalo "
        "hoy, por favor.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed meeting is not "
        "counted, as in the samples",
    ),
    case(
        "118-pitch-after-meeting",
        "classic",
        "en",
        ("Ryan Stokes", "Sales Director at ListingLens Photography", "Tampa, Florida"),
        "Great meeting you at ICSC Florida! As promised, here's a bit about our listing "
        "photography packages. Do you have 15 minutes Thursday for a quick demo?",
        LOOK,
        comment="sales pitch, whatever else it says: the meeting does not lift the flag",
    ),
    case(
        "119-pitch-es-marketing",
        "modern",
        "en",
        ("Valeria Gómez", "CEO en Impulso Digital Agency", "Medellín, Colombia"),
        "Hola Marisol, ayudamos a corredores inmobiliarios a conseguir más clientes con campañas "
        "en Instagram y Google. ¿Te puedo enviar una propuesta sin compromiso?",
        LOOK,
        comment="sales pitch (marketing agency), in Spanish",
    ),
    case(
        "120-weak-school-headline",
        "classic",
        "en",
        ("Kevin Duarte", "MBA Candidate at FIU Business", "Miami, Florida"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names one of my schools (weak)",
    ),
    case(
        "121-weak-group-headline",
        "modern",
        "en",
        ("Priya Raman", "CCIM | Multifamily Analyst at Keystone Partners", "Charlotte"),
        None,
        LOOK,
        comment="no note; headline names one of my groups (weak)",
    ),
    case(
        "221-stock-en",
        "classic",
        "en",
        ("Scott Harmon", "Territory Manager at Gulf Coast Beverage", "Naples, Florida"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "222-stock-es",
        "classic",
        "en",
        ("Javier Morales", "Director Comercial en Grupo Textil Andino", "Quito, Ecuador"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "223-stock-it",
        "classic",
        "en",
        ("Giorgio Neri", "Agente di commercio presso Neri Forniture", "Padova, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "224-modern-no-note",
        "modern",
        "en",
        ("Jake Turner", "Growth Hacker | Keynote Speaker | Crypto", "Scottsdale, Arizona"),
        None,
        GENERIC,
        mutual=3,
    ),
    case(
        "225-custom-vague-flattery",
        "modern",
        "en",
        ("Melissa Grant", "Sales Associate at Urban Threads", "Orlando, Florida"),
        "Hi Marisol, your profile is really impressive! It would be an honor to be part of your "
        "network.",
        GENERIC,
    ),
    case(
        "226-custom-vague-es",
        "classic",
        "en",
        ("Ricardo Alvarado", "Emprendedor | Coach de Ventas", "Caracas, Venezuela"),
        "Hola Marisol, me gustaría ampliar mi red de contactos con profesionales como tú. "
        "¡Saludos!",
        GENERIC,
    ),
    case(
        "227-old-stock-signed",
        "classic",
        "en",
        ("Gary Whitfield", "Financial Advisor at Edward Jones", "Sarasota, Florida"),
        "I'd like to join your LinkedIn network.\nThanks, Gary",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "228-stock-de",
        "classic",
        "en",
        ("Stefan Braun", "Key Account Manager bei Bauer Elektrotechnik", "Stuttgart"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "229-stock-fr",
        "classic",
        "en",
        ("Antoine Girard", "Responsable des ventes chez Girard Vins", "Lyon"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "230-custom-vague-business-community",
        "modern",
        "en",
        ("Tanya Brooks", "Customer Success Manager at CloudNova", "Miami, Florida"),
        "Hello Marisol, always great to connect with leaders in the Miami business community. "
        "Hope all is well!",
        GENERIC,
        mutual=1,
        comment="living in the same city is not one of the questions",
    ),
    case(
        "231-stock-pt",
        "classic",
        "en",
        ("Beatriz Almeida", "Consultora de Vendas na Loja Moda Rio", "Rio de Janeiro, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    case(
        "233-custom-vague-emoji",
        "modern",
        "en",
        ("Devon Price", "Motivational Speaker | Author", "Houston, Texas"),
        "Hey Marisol 👋 love what you're doing! Let's connect and grow together 🚀",
        GENERIC,
        mutual=2,
        comment="vague praise with emoji: answers nothing",
    ),
]

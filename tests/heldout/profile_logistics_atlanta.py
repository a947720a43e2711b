"""Held-out invitations for Kevin Walsh, director of distribution operations at a 3PL in Atlanta.

English interface. Kevin runs the distribution centres of Magnolia Logistics Group, a
third-party logistics company, after years in DC operations at the retailer Harbison Home; he
studied at Georgia Tech and Auburn. Notes mostly in plain American professional English, with
the samples' share of Spanish, German and Italian notes (suppliers, carriers and exchange
alumni) and of stock notes in Spanish, Italian, German, French and Portuguese. One invitation
for every likely-accept, needs-a-look and generic sample of tests/fixtures/linkedin (the same
kind of case, written from scratch for this recipient), then a second pass over the same kinds
with other writers and other wording, plus a few kinds the samples lack (a site tour, a note
that says the writer missed his talk, a pitch from a vendor he did meet, vague praise of "the
supply chain"). The builder has no reminder, HTML-only, bad-charset or unterminated-multipart
layout: those kinds are written as ordinary invitations of the same category. Labels follow
DESIGN.md's "Categories", as the recipient would judge the note, written without looking at
the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

LOGISTICS_ATL = Recipient(
    name="Kevin Walsh",
    address="kevin.walsh@example.com",
    headline="Director of Distribution Operations at Magnolia Logistics Group",
    profile_slug="kevin-walsh-atl",
)

LOGISTICS_ATL_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Kevin Walsh"
organizations = ["Magnolia Logistics Group", "Harbison Home"]
schools = ["Georgia Institute of Technology", "Auburn University"]
industries = [
    "logistics", "third-party logistics", "supply chain management", "warehousing",
    "distribution",
]
interests = [
    "warehouse automation", "labor planning", "continuous improvement", "last-mile delivery",
    "workforce development", "peak season planning",
]
groups = [
    "CSCMP Atlanta Roundtable", "WERC", "Atlanta Supply Chain Leaders Network",
]
events = ["MODEX 2026", "Georgia Logistics Summit 2026", "CSCMP EDGE 2026"]
contacts = ["Tamika Reynolds", "Greg Halvorsen", "Luis Ocampo"]

# Other names people use for the same thing.
[aliases]
"Magnolia Logistics Group" = ["Magnolia Logistics", "MLG", "Magnolia"]
"Harbison Home" = ["Harbison Home Stores", "Harbison"]
"Georgia Institute of Technology" = ["Georgia Tech", "Ga Tech"]
"Auburn University" = ["Auburn"]
"CSCMP Atlanta Roundtable" = ["CSCMP Atlanta", "CSCMP"]
"WERC" = ["Warehousing Education and Research Council"]
"Atlanta Supply Chain Leaders Network" = ["Atlanta Supply Chain Leaders"]
"MODEX 2026" = ["MODEX"]
"Georgia Logistics Summit 2026" = ["Georgia Logistics Summit", "GA Logistics Summit"]
"CSCMP EDGE 2026" = ["CSCMP EDGE", "EDGE 2026"]
"third-party logistics" = ["3PL", "contract logistics"]
"warehouse automation" = ["warehouse robotics", "AMRs", "autonomous mobile robots"]
"labor planning" = ["labor management", "workforce planning"]
"continuous improvement" = ["lean", "kaizen", "six sigma"]
"peak season planning" = ["peak season", "peak planning"]
"last-mile delivery" = ["last mile", "final mile"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 10
"""

_REFERRAL = (
    "Tamika Reynolds suggested I reach out to you about internships for our supply chain "
    "students at your distribution centers."
)
_REFERRAL_2 = (
    "Hi Kevin, Greg Halvorsen said you'd be the right person to ask about moving our finished "
    "goods into a 3PL warehouse in Atlanta. Would you have time for a quick call?"
)

LOGISTICS_ATL_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-modex",
        "classic",
        "en",
        ("Derek Simmons", "Operations Manager at Ridgeway Cold Chain", "Savannah, Georgia"),
        "Hi Kevin, great meeting you at MODEX last week. I was the one with all the questions "
        "about your pick-to-light pilot. Let's stay in touch!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        (
            "Alyssa Brennan",
            "Transportation Analyst at Magnolia Logistics Group",
            "Atlanta, Georgia",
        ),
        "Hi Kevin, I just joined the transportation planning team at Magnolia Logistics Group and "
        "I'm trying to meet people on the distribution side. Looking forward to working together!",
        LIKELY,
        ("same_organization",),
        mutual=8,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Ray Castillo", "Regional Loss Prevention Manager at Floor & Decor", "Charlotte, NC"),
        "Kevin, we overlapped at Harbison Home back in 2013 (I was in loss prevention at the Macon "
        "DC). Would be good to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        (
            "Monique Dawson",
            "Site Manager at Carolina Freight Services",
            "Charlotte, North Carolina",
        ),
        "Hello Kevin, I manage a 400,000 sq ft multi-client warehouse for a 3PL in Charlotte and "
        "I'm always looking to learn from other distribution leaders in the Southeast.",
        LIKELY,
        ("same_industry",),
        mutual=3,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Priya Venkat", "Industrial Engineer at Kroger", "Cincinnati, Ohio"),
        "Hi Kevin, I read your article on how you rebuilt labor planning around peak season. It's "
        "almost exactly the problem I'm working on right now.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Curtis Bell", "Director of Logistics at Southern Paper Co.", "Marietta, Georgia"),
        "Hi Kevin, we're both members of the Atlanta Supply Chain Leaders Network group. I liked "
        "your reply on the thread about carrier scorecards.",
        LIKELY,
        ("same_groups",),
        mutual=6,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        ("Nathan Ortiz", "Workforce Programs Manager at Atlanta Technical College", "Atlanta"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Lauren Pike", "Procurement Manager at Delta Air Lines", "Atlanta, Georgia"),
        "Hi Kevin! Fellow Georgia Tech alum here (ISyE 2011). Go Jackets!",
        LIKELY,
        ("fellow_alumni",),
        mutual=2,
    ),
    case(
        "009-specific-site-visit",
        "classic",
        "en",
        (
            "Marcus Hale",
            "Program Director, Logistics & Supply Chain, Georgia Southern University",
            "Statesboro, Georgia",
        ),
        "Hi Kevin, I run the logistics program at Georgia Southern and we'd love to bring a group "
        "of seniors to tour one of your DCs this spring. Could we set up a call?",
        LIKELY,
        ("specific_reason",),
        comment="a class visit to his DC: a concrete request, not a sales pitch",
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Tom Reilly", "Retired U.S. Army Logistics Officer", "Peachtree City, Georgia"),
        "Kevin, quick question: does Magnolia hire transitioning veterans into operations "
        "supervisor roles? I'm getting out this summer and would value 10 minutes of advice.",
        LIKELY,
        ("specific_reason",),
        comment="asks about his company's hiring, he does not work there: no same organization",
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        (
            "Alejandro Treviño",
            "Gerente de Operaciones en Transportes Norteños",
            "Monterrey, México",
        ),
        "Hola Kevin, nos conocimos en MODEX en Atlanta, en la charla sobre cross-docking. ¡Me "
        "gustaría seguir en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=4,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Felix Braun", "Leiter Kontraktlogistik bei Dachser", "Kempten, Deutschland"),
        "Hallo Kevin, wir haben beide am Georgia Institute of Technology studiert – ich war 2010 "
        "als Austauschstudent dort. Ich würde mich freuen, in Kontakt zu bleiben.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-panel",
        "modern",
        "en",
        ("Shauna Price", "Senior Site Leader at Amazon", "Braselton, Georgia"),
        "Thanks for the great conversation after your panel at the Georgia Logistics Summit!",
        LIKELY,
        ("met_in_person",),
        mutual=12,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        ("Francesca Moretti", "Responsabile Logistica presso Arredo Veneto", "Treviso, Italia"),
        "Ciao Kevin, sto preparando un viaggio di studio negli Stati Uniti per un gruppo di "
        "responsabili logistici italiani e vorrei chiederti se possiamo visitare uno dei vostri "
        "centri di distribuzione ad Atlanta.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        ("Nathan Ortiz", "Workforce Programs Manager at Atlanta Technical College", "Atlanta"),
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
        ("Bill Okafor", "VP Operations at Gulfstream Distribution", "Jacksonville, Florida"),
        "Hi Kevin, good to meet you at the GA Logistics Summit on Thursday. Let's keep the "
        "conversation going on yard management.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-note",
        "classic",
        "en",
        ("Trevor Lang", "Shift Supervisor at XPO", "Atlanta, Georgia"),
        "<script>alert('x')</script> Hi Kevin, we met at MODEX & talked about "
        "<i>goods-to-person</i> systems.",
        LIKELY,
        ("met_in_person",),
        comment="note contains markup that must be shown as text, never executed (the builder "
        "cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Danielle Rhodes", "Merchandising Manager at The Home Depot", "Atlanta, Georgia"),
        "Kevin, I'm an Auburn grad too (Class of 2008) and now work on the merchandising side at "
        "Home Depot.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "en",
        ("Steve Kowalczyk", "Facilities Engineer at Mohawk Industries", "Calhoun, Georgia"),
        "Hi Kevin, fellow WERC member here — I'd love to compare notes on benchmarking "
        "warehouse KPIs.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "en",
        ("Renee Carter", "Operations Manager at GXO", "McDonough, Georgia"),
        "Hi Kevin, I'm rolling out autonomous mobile robots at our building too and would love "
        "to trade lessons learned on warehouse automation.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Brent Hollis", "Account Executive at DockFlow", "Austin, Texas"),
        "Hi Kevin, we help 3PLs cut dock-to-stock time by 40% with our dock scheduling software. "
        "Open to a 15-minute demo next week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "en",
        ("Gina Morales", "Business Development at Prime Workforce Staffing", "Atlanta, Georgia"),
        "Kevin, our staffing agency can supply trained forklift operators for your peak season "
        "within 48 hours. Can I send over our rates?",
        LOOK,
        comment="sales pitch (staffing services)",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Omar Haddad", "Inventory Control Lead at Magnolia Logistics Group", "Lithia Springs, GA"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my organizations (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Heather Lyle", "Account Manager at Cintas", "Atlanta, Georgia"),
        None,
        LOOK,
        mutual=26,
        comment="no note; 26 connections in common, threshold 10 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Rachel Stone", "Supply Chain Consultant", "Dallas, Texas"),
        "Hi Kevin, we met at MODEX. Please confirm your account to view my message.",
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
        ("Curtis Nguyen", "Distribution Supervisor | Warehousing & Logistics", "Birmingham, AL"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Victor Ames", "Managing Partner at Crestline Holdings", "Miami, Florida"),
        "Hi Kevin, fellow Georgia Tech alum! Please review the shipping document I shared.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Brad Whitaker", "Insurance Agent at State Farm", "Alpharetta, Georgia"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Carlos Mendoza", "Asesor Financiero en Banorte", "Guadalajara, México"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Luca Ferri", "Consulente immobiliare presso Gabetti", "Milano, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Tanner Brooks", "Entrepreneur | Real Estate Investor | Podcast Host", "Scottsdale, AZ"),
        None,
        GENERIC,
        mutual=1,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Jessica Hunt", "Brand Marketing Specialist at Coca-Cola", "Atlanta, Georgia"),
        "Hi Kevin, I came across your profile and would love to add you to my network.",
        GENERIC,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Jordan Blake", "Founder & CEO at Blake Ventures", "Miami, Florida"),
        "Hello! Growing my network with talented leaders like you. Let's connect!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Sandra Kim", "Realtor at Keller Williams", "Duluth, Georgia"),
        "I'd like to join your LinkedIn network.\n- Sandra Kim",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Tobias Richter", "Vertriebsmitarbeiter bei Allianz", "Stuttgart"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Élodie Martin", "Chargée de communication chez L'Oréal", "Paris"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Ashley Turner", "Pharmaceutical Sales Representative at Pfizer", "Atlanta, Georgia"),
        "Hi Kevin, hope your week is going well. Let's connect!",
        GENERIC,
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
        "021-met-freight-workshop",
        "classic",
        "en",
        ("Carla Jennings", "Director of Operations at Blue Ridge Beverage", "Greenville, SC"),
        "Kevin, it was good talking with you at the regional freight workshop on Tuesday. I'm the "
        "one who sat next to you and went on about our WMS migration. Hope we can keep in touch.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "022-same-org-current-alias",
        "modern",
        "en",
        ("Jamal Peters", "HR Generalist at MLG", "Union City, Georgia"),
        "hey Kevin, new HR generalist at MLG here, I'll be supporting the Fairburn and Union City "
        "sites. nice to e-meet you!",
        LIKELY,
        ("same_organization",),
        mutual=9,
    ),
    case(
        "023-same-org-past-alias",
        "classic",
        "en",
        ("Denise Ward", "Replenishment Manager at Lowe's", "Mooresville, North Carolina"),
        "Hi Kevin, we worked together at Harbison Home Stores around 2012 — I was the "
        "replenishment analyst who kept calling your DC about late trailers. Hope all is well!",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry",
        "modern",
        "en",
        ("Josh Albright", "General Manager at Lakeshore Fulfillment", "Joliet, Illinois"),
        "Hey Kevin, I run a contract logistics site outside Chicago and want to connect with more "
        "distribution folks who've dealt with retail compliance chargebacks.",
        LIKELY,
        ("same_industry",),
        mutual=5,
    ),
    case(
        "025-shared-interest",
        "classic",
        "en",
        ("Mei Lin", "PhD Candidate, Industrial Engineering at NC State", "Raleigh, North Carolina"),
        "Hi Kevin, your post about cross-training pickers before peak really stuck with me. My "
        "research is on workforce planning in e-commerce fulfillment and I'd love to follow your "
        "work.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group",
        "modern",
        "en",
        ("Andre Jackson", "Logistics Manager at Georgia-Pacific", "Atlanta, Georgia"),
        "Kevin, saw your post in the CSCMP Atlanta group about the young professionals mentoring "
        "program. Fellow member, glad to connect!",
        LIKELY,
        ("same_groups",),
        mutual=4,
    ),
    case(
        "027-mutual-referral",
        "classic",
        "en",
        ("Holly Saunders", "Plant Manager at Peach Orchard Foods", "Fort Valley, Georgia"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="a prospective customer asking for advice, not a pitch",
    ),
    case(
        "028-alumni-auburn",
        "modern",
        "en",
        ("Caleb Dunn", "Civil Engineer at Kimley-Horn", "Birmingham, Alabama"),
        "Kevin, War Eagle! Saw you're an Auburn grad too, I finished my BSCE there in 2016.",
        LIKELY,
        ("fellow_alumni",),
        mutual=1,
    ),
    case(
        "029-specific-interview",
        "classic",
        "en",
        ("Erin Cho", "Reporter at Atlanta Business Chronicle", "Atlanta, Georgia"),
        "Hi Kevin, I'm writing a piece on warehouse hiring ahead of the holidays and would love 15 "
        "minutes of your time for an interview next week.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "030-specific-job-question",
        "modern",
        "en",
        ("Marisol Vega", "Inbound Supervisor at Target", "Savannah, Georgia"),
        "Hi Kevin, I'm interviewing for the inbound operations manager opening at Magnolia next "
        "week and wondered if you could tell me a little about the team beforehand.",
        LIKELY,
        ("specific_reason",),
        mutual=2,
        comment="a candidate for a job at his company, not yet there: no same organization",
    ),
    case(
        "031-met-es",
        "modern",
        "en",
        (
            "Paola Jiménez",
            "Coordinadora de Comercio Exterior en Grupo Bimbo",
            "Ciudad de México",
        ),
        "Hola Kevin, coincidimos en la visita al puerto de Savannah durante el Georgia Logistics "
        "Summit. ¡Fue un gusto, espero que sigamos en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=3,
    ),
    case(
        "032-alumni-de",
        "modern",
        "en",
        ("Katrin Vogel", "Supply Chain Managerin bei Bosch", "Stuttgart"),
        "Guten Tag Kevin, ich habe auch an der Georgia Tech studiert (Master in Industrial "
        "Engineering, 2013). Schön, einen Ehemaligen in der Logistik zu finden!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "033-met-panel",
        "modern",
        "en",
        ("Derrick Moss", "Transportation Manager at Southern Company", "Birmingham, Alabama"),
        "Really enjoyed the peak staffing panel at CSCMP EDGE, and thanks for sticking around "
        "afterwards to answer my question!",
        LIKELY,
        ("met_in_person",),
        mutual=14,
        comment="he spoke with him after the panel: a meeting, however brief",
    ),
    case(
        "034-specific-it",
        "modern",
        "en",
        ("Matteo Galli", "Docente di Logistica presso Università di Bologna", "Bologna"),
        "Buongiorno Kevin, sto organizzando un webinar sulla logistica conto terzi negli Stati "
        "Uniti e vorrei invitarti come relatore. Ti andrebbe di parlarne?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "035-resent-of-027",
        "classic",
        "en",
        ("Holly Saunders", "Plant Manager at Peach Orchard Foods", "Fort Valley, Georgia"),
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
        (
            "Linda Foster",
            "Director of Operations at Atlanta Community Food Bank",
            "Atlanta, Georgia",
        ),
        "Kevin, thank you again for walking our volunteers through your Fairburn building on "
        "Saturday. It was great to meet you in person.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "037-markup-in-note-and-headline",
        "classic",
        "en",
        ("Ethan Ross", "Controls Engineer <b>Robotics & PLCs</b>", "Norcross, Georgia"),
        'Hi Kevin, <b>great</b> chatting at MODEX <img src=x onerror="alert(1)"> about your '
        "sortation upgrade!",
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "en",
        ("Tiffany Moore", "Senior Planner at UPS Supply Chain Solutions", "Alpharetta, Georgia"),
        "Kevin, Ga Tech ISyE 2009 here as well. Always nice to find another Yellow Jacket running "
        "buildings.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "039-group-dash",
        "classic",
        "en",
        ("Paul Sandoval", "Warehouse Operations Manager at Ryder", "Conyers, Georgia"),
        "Kevin — I'm in the Warehousing Education and Research Council too; would like to swap "
        "notes on cycle counting programs.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "040-shared-interest-2",
        "modern",
        "en",
        ("Keisha Owens", "Career Pathways Manager at Goodwill of North Georgia", "Atlanta"),
        "Hi Kevin, I build job training programs for entry-level warehouse careers too and would "
        "love to trade ideas on workforce development.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "041-met-site-tour",
        "modern",
        "en",
        ("Ben Hartley", "Operations Director at Lumen Retail Group", "Nashville, Tennessee"),
        "Kevin, thanks for the walkthrough of your Union City DC on Thursday. Our team left with "
        "a page of notes on your returns flow.",
        LIKELY,
        ("met_in_person",),
        mutual=7,
    ),
    case(
        "042-missed-talk",
        "classic",
        "en",
        ("Sara Lindqvist", "Continuous Improvement Lead at Husqvarna", "Charlotte, NC"),
        "Hi Kevin, I couldn't make it to your Georgia Logistics Summit session, but a colleague "
        "passed along your slides on kaizen events in the warehouse. I lead CI at a distribution "
        "site in Charlotte and I'm trying a few of your ideas.",
        LIKELY,
        ("same_industry", "shared_interests"),
        comment="she says she missed his session: not a meeting",
    ),
    case(
        "111-pitch-saas",
        "modern",
        "en",
        ("Kristen Blake", "Sales Director at PalletIQ", "Denver, Colorado"),
        "Hi Kevin, our computer vision platform helps DCs cut mis-ships by 60%. Would you be open "
        "to a quick demo with your ops team?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "112-pitch-consulting",
        "classic",
        "en",
        ("Sam Patel", "Partner at LeanPath Consulting", "Atlanta, Georgia"),
        "Kevin, our consultants help 3PLs run lean transformations with guaranteed savings in "
        "the first 90 days. Can I send you a short capabilities deck?",
        LOOK,
        comment="service pitch",
    ),
    case(
        "113-weak-past-org-headline",
        "classic",
        "en",
        ("Wanda Fields", "Assistant Store Manager at Harbison Home", "Macon, Georgia"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my past organizations (weak)",
    ),
    case(
        "114-weak-mutual",
        "modern",
        "en",
        ("Greg Tully", "Financial Advisor at Edward Jones", "Roswell, Georgia"),
        None,
        LOOK,
        mutual=18,
        comment="no note; 18 connections in common, threshold 10 (weak)",
    ),
    case(
        "115-spoof-good-note",
        "modern",
        "en",
        ("Natalie Chen", "Talent Acquisition", "Atlanta, Georgia"),
        "Hi Kevin, nice meeting you at the Georgia Logistics Summit! I shared the job description "
        "with you, sign in here to view it.",
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
        ("Ronnie Fisher", "Supply Chain Management Professional", "Memphis, Tennessee"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "117-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Hector Ruiz", "Import Manager at Pacific Rim Trading", "Long Beach, California"),
        "Hi Kevin, great meeting you at MODEX. Open the attached invoice for the pallet order.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed meeting is not "
        "counted, as in the samples",
    ),
    case(
        "118-pitch-after-meeting",
        "classic",
        "en",
        ("Doug Palmer", "Regional Sales Manager at Raymond Handling Solutions", "Atlanta"),
        "Hi Kevin, good to meet you at our booth at MODEX! We're running a trade-in offer on reach "
        "trucks through December. Want me to put together a quote for your fleet?",
        LOOK,
        ("met_in_person",),
        comment="sales pitch: a red flag whatever else the note answers (they did meet)",
    ),
    case(
        "221-stock-en",
        "classic",
        "en",
        ("Cody Marshall", "Mortgage Loan Officer at Truist", "Kennesaw, Georgia"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "222-stock-es",
        "classic",
        "en",
        ("Valeria Ruiz", "Ejecutiva de Cuentas en Seguros Bolívar", "Bogotá, Colombia"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "223-stock-it",
        "classic",
        "en",
        ("Giorgio Conti", "Agente assicurativo presso UnipolSai", "Firenze, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "224-modern-no-note",
        "modern",
        "en",
        ("Chase Morgan", "Crypto Investor | Motivational Speaker", "Las Vegas, Nevada"),
        None,
        GENERIC,
        mutual=2,
    ),
    case(
        "225-custom-vague",
        "modern",
        "en",
        ("Brittany Lane", "Account Executive at Salesforce", "Atlanta, Georgia"),
        "Hi Kevin, your profile caught my eye and I'd be glad to connect.",
        GENERIC,
        mutual=1,
    ),
    case(
        "226-custom-vague-2",
        "classic",
        "en",
        ("Devon Price", "Life Coach | Author", "Orlando, Florida"),
        "Hey Kevin! Always looking to connect with inspiring leaders. Let's grow together!",
        GENERIC,
    ),
    case(
        "227-old-stock-signed",
        "classic",
        "en",
        ("Terry Gaines", "Owner at Gaines Auto Repair", "Smyrna, Georgia"),
        "I'd like to add you to my professional network on LinkedIn.\nThanks, Terry",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "228-stock-de",
        "classic",
        "en",
        ("Stefan Keller", "Kundenberater bei der Sparkasse KölnBonn", "Köln"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "229-stock-fr",
        "classic",
        "en",
        ("Julien Roux", "Conseiller en gestion de patrimoine", "Bordeaux"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "230-custom-vague-3",
        "modern",
        "en",
        ("Megan Ellis", "Event Planner at Peachtree Events", "Atlanta, Georgia"),
        "Hi Kevin, hope all is well! Would love to connect.",
        GENERIC,
        mutual=1,
    ),
    case(
        "231-stock-pt",
        "classic",
        "en",
        ("Beatriz Almeida", "Analista de Marketing na Ambev", "Rio de Janeiro, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    case(
        "232-vague-praise",
        "modern",
        "en",
        ("Lance Warren", "Independent Insurance Broker", "Alpharetta, Georgia"),
        "Kevin, really admire the work you do keeping the supply chain moving. Would be great to "
        "connect!",
        GENERIC,
        mutual=3,
        comment="warm but vague praise of his work: says nothing of the writer's own link to it",
    ),
]

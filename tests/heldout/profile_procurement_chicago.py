"""Held-out invitations for Daniel Kowalczyk, strategic sourcing director at a Chicago food maker.

English interface. One invitation for every likely-accept, needs-a-look and generic sample of
tests/fixtures/linkedin (the same kind of case, written from scratch for this recipient), then a
second pass over the same kinds with other writers and other wording. A buyer gets many supplier
pitches, so the set mixes sales pitches (some dressed up as a meeting, an alumni tie or a supplier
diversity request) with suppliers who write for a real, non-sales reason (an account hand-over,
an audit visit) and with peers. The builder has no reminder, HTML-only, bad-charset or
unterminated-multipart layout: those kinds are written as ordinary invitations of the same
category. Labels follow DESIGN.md's "Categories", as the recipient would judge the note, written
without looking at the classifier. Red-flagged cases list what an honest note answers (a pitch
after a real meeting), but not the claims of a spoofed sender, as in the samples.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

BUYER = Recipient(
    name="Daniel Kowalczyk",
    address="daniel.kowalczyk@example.com",
    headline="Director of Strategic Sourcing at Midwest Harvest Foods",
    profile_slug="daniel-kowalczyk-sourcing",
)

BUYER_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Daniel Kowalczyk"
organizations = ["Midwest Harvest Foods", "Kraft Heinz", "Ingredion"]
schools = ["University of Illinois Urbana-Champaign", "DePaul University"]
industries = ["food manufacturing", "procurement", "supply chain", "consumer packaged goods"]
interests = [
    "packaging", "sustainable packaging", "commodities", "commodity risk management",
    "supplier diversity",
]
groups = [
    "Institute for Supply Management", "Chicago Food Procurement Council",
    "National Minority Supplier Development Council", "Illinois Alumni Chicago",
]
events = ["Pack Expo International 2026", "ISM World 2026", "IFT FIRST 2026"]
contacts = ["Renee Washington", "Mark Sullivan", "Anita Desai"]

# Other names people use for the same thing.
[aliases]
"Midwest Harvest Foods" = ["Midwest Harvest", "MHF"]
"Kraft Heinz" = ["Kraft Foods", "Kraft"]
"Ingredion" = ["Corn Products International"]
"University of Illinois Urbana-Champaign" = [
    "UIUC", "University of Illinois", "U of I", "Illini", "Fighting Illini",
]
"DePaul University" = ["DePaul", "Kellstadt", "Driehaus College of Business", "Blue Demon"]
"food manufacturing" = ["food processing", "food and beverage"]
"procurement" = ["purchasing", "strategic sourcing", "sourcing"]
"consumer packaged goods" = ["CPG"]
"sustainable packaging" = ["recyclable packaging"]
"commodity risk management" = ["commodity hedging", "hedging"]
"Institute for Supply Management" = ["ISM"]
"National Minority Supplier Development Council" = ["NMSDC"]
"Pack Expo International 2026" = ["Pack Expo", "PACK EXPO International"]
"ISM World 2026" = ["ISM World"]
"IFT FIRST 2026" = ["IFT FIRST", "IFT"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 15
"""

_REFERRAL = (
    "Renee Washington suggested I reach out to you about your supplier diversity mentoring "
    "program. I run a small woman-owned co-packer in Joliet and we're just getting certified."
)

BUYER_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-pack-expo",
        "classic",
        "en",
        ("Troy Hendricks", "Packaging Engineer at Sunfield Snacks", "Indianapolis, Indiana"),
        "Hi Daniel, great meeting you at Pack Expo last week. I was the one asking about your "
        "move to mono-material pouches. Let's stay in touch!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        ("Keisha Monroe", "Category Buyer at Midwest Harvest Foods", "Chicago, Illinois"),
        "Hi Daniel, I just joined the procurement team at Midwest Harvest Foods as a category "
        "buyer for ingredients and would love to connect with the sourcing leadership.",
        LIKELY,
        ("same_organization",),
        mutual=11,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Greg Tomlinson", "Supply Planning Manager at Conagra Brands", "Omaha, Nebraska"),
        "Daniel, we overlapped at Kraft Heinz back in 2016 (I was on the demand planning side in "
        "Glenview). Would be great to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        ("Angela Ruiz", "Purchasing Manager at Heartland Bakery Co.", "Milwaukee, Wisconsin"),
        "Hello Daniel, I manage purchasing for a mid-size bakery in Milwaukee and I'm always "
        "looking to learn from other procurement people in food manufacturing.",
        LIKELY,
        ("same_industry",),
        mutual=4,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        (
            "Priya Raman",
            "Graduate Researcher, Packaging Science at Michigan State University",
            "East Lansing, Michigan",
        ),
        "Hi Daniel, I read your post about moving your snack lines to recyclable film. It's "
        "exactly what I'm researching for my master's thesis.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Luis Carrillo", "Procurement Manager at Rio Grande Tortilla Co.", "San Antonio, Texas"),
        "Hi Daniel, we're both in the Institute for Supply Management group. I liked your comment "
        "on the thread about diesel surcharges.",
        LIKELY,
        ("same_groups",),
        mutual=3,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        ("Joanna Pierce", "Owner at Joliet Co-Pack Solutions", "Joliet, Illinois"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="a small supplier asking about a mentoring program on a contact's advice: no "
        "pitch, no price, no demo",
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Megan O'Hara", "Brand Manager at Vienna Beef", "Chicago, IL"),
        "Hi Daniel! Fellow Illini here (class of 2011). I-L-L!",
        LIKELY,
        ("fellow_alumni",),
        mutual=2,
    ),
    case(
        "009-specific-guest-lecture",
        "classic",
        "en",
        (
            "Samuel Adeyemi",
            "Clinical Associate Professor of Supply Chain at Loyola University Chicago",
            "Chicago, Illinois",
        ),
        "Hi Daniel, I teach the sourcing course at Loyola's Quinlan School and we'd like a guest "
        "speaker on commodity buying for the spring term. Could we set up a call?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Tom Reilly", "Retired VP Purchasing | SCORE Mentor", "Naperville, Illinois"),
        "Daniel, quick question: would your team be open to a short mentor session with a few "
        "first-time food entrepreneurs I coach through SCORE? They'd love to hear how a big "
        "buyer evaluates new suppliers.",
        LIKELY,
        ("specific_reason",),
        comment="a volunteer asking a favour for the people he mentors: a request, not a pitch",
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        (
            "Alejandra Vázquez",
            "Gerente de Compras en Grupo Alimentos del Bajío",
            "León, Guanajuato, México",
        ),
        "Hola Daniel, nos conocimos en Pack Expo en Chicago, en la charla sobre empaques "
        "flexibles. ¡Me encantaría seguir en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=2,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Matthias Hoffmann", "Leiter Einkauf bei Hoffmann Backwaren GmbH", "Nürnberg"),
        "Hallo Daniel, wir haben beide an der University of Illinois in Urbana-Champaign "
        "studiert, ich war 2009 als Austauschstudent dort. Würde mich freuen, in Kontakt zu "
        "bleiben.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-panel",
        "modern",
        "en",
        ("Courtney Blake", "Supplier Diversity Manager at Ferrara Candy Company", "Chicago"),
        "Thanks for the great conversation after your panel at ISM World! Your point about "
        "tier-2 reporting stuck with me.",
        LIKELY,
        ("met_in_person",),
        mutual=9,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        ("Federico Galli", "Responsabile acquisti presso Pastificio Galli", "Parma, Italia"),
        "Ciao Daniel, stiamo valutando di aprire uno stabilimento negli Stati Uniti e vorrei "
        "chiederti qualche consiglio su come gestite l'approvvigionamento di grano duro.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        ("Joanna Pierce", "Owner at Joliet Co-Pack Solutions", "Joliet, Illinois"),
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
        ("Rebecca Lindgren", "Procurement Director at Northstar Frozen Foods", "Minneapolis"),
        "Hi Daniel, good to meet you at IFT FIRST in Chicago. Let's keep the conversation going "
        "on cocoa.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-note",
        "classic",
        "en",
        ("Jake Morrison", "Account Manager at Great Plains Corrugated", "Cicero, Illinois"),
        "<script>alert('x')</script> Hi Daniel, we met at Pack Expo & talked about "
        "<i>shelf-ready cartons</i>.",
        LIKELY,
        ("met_in_person",),
        comment="note contains markup that must be shown as text, never executed (the builder "
        "cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Nicole Park", "Purchasing Lead at Revolution Brewing", "Chicago, Illinois"),
        "Daniel, I'm a DePaul MBA too (Kellstadt, 2017) and now run purchasing for a craft "
        "brewery.",
        LIKELY,
        ("fellow_alumni", "same_industry"),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "en",
        ("Henrik Dahl", "Senior Buyer at Nordic Fish Co.", "Seattle, Washington"),
        "Hi Daniel, fellow ISM member here — I'd love to compare notes on resin contracts for "
        "2027.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "en",
        ("Fatima Qureshi", "Risk Analyst at Prairie Grain Cooperative", "Decatur, Illinois"),
        "Hi Daniel, I handle commodity hedging for a grain co-op and would love to swap ideas on "
        "managing corn and wheat exposure.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Chad Whitaker", "Enterprise Account Executive at SpendSense AI", "Austin, Texas"),
        "Hi Daniel, I help procurement teams cut tail spend by 12% with our AI sourcing "
        "platform. Open to a 15-minute demo call this week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-packaging-supplier",
        "classic",
        "en",
        (
            "Melanie Cruz",
            "Business Development at PrimePack Solutions",
            "Elk Grove Village, Illinois",
        ),
        "Daniel, we print custom stand-up pouches at 15% under what most Chicago brands pay. "
        "Can I send over a quote?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Ray Dominguez", "Maintenance Supervisor at Midwest Harvest Foods", "Rockford"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names my organization (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Lisa Hartmann", "Controller at Lakeside Cold Storage", "Elgin, Illinois"),
        None,
        LOOK,
        mutual=31,
        comment="no note; 31 connections in common, threshold 15 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Jennifer Walsh", "Procurement Lead at Globex Foods", "Chicago"),
        "Hi Daniel, we met at Pack Expo. Please confirm your account to view my message.",
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
        ("Kurt Meyer", "Independent Consultant | Procurement | Supply Chain", ""),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Anders Blom", "Managing Director at Nordhaven Trading", "Oslo, Norway"),
        "Hi Daniel, fellow Illinois alum! Please review the purchase order I shared.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Kyle Jensen", "Regional Sales Manager at Summit Roofing", "Des Moines, Iowa"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Andrés Castillo", "Asesor Inmobiliario en Casa Norte", "Monterrey, México"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Luca Ferri", "Consulente finanziario presso Banca Adriatica", "Bologna, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Brett Lawson", "Founder | Web3 | Keynote Speaker", "Miami, Florida"),
        None,
        GENERIC,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Stephanie Ward", "Account Executive at Brightline Media", "Charlotte, North Carolina"),
        "Hi Daniel, I came across your profile today and would be glad to connect.",
        GENERIC,
        mutual=1,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Derrick Nash", "Entrepreneur | Investor | Mentor", "Dallas, Texas"),
        "Hello! Always growing my network with top professionals like you. Let's connect!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Linda Moore", "Mortgage Advisor at Keystone Lending", "Schaumburg, Illinois"),
        "I'd like to add you to my professional network on LinkedIn.\n- Linda Moore",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Tobias Keller", "Versicherungsberater bei Allianz", "Köln"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Julien Mercier", "Conseiller patrimonial chez Crédit Atlantique", "Nantes"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Caleb Foster", "Student at Oak Park River Forest High School", "Oak Park, Illinois"),
        "Hi Daniel, hope your week is going well. Let's connect.",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Rafael Costa", "Corretor de Imóveis na Imobiliária Paulista", "São Paulo, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-supplier-audit",
        "classic",
        "en",
        ("Dana Whitfield", "Quality Manager at Cedar Valley Oats", "Cedar Rapids, Iowa"),
        "Daniel, thanks again for walking our team through the Bedford Park plant during the "
        "supplier audit on Tuesday. Good to finally put a face to all the emails.",
        LIKELY,
        ("met_in_person",),
        comment="a current supplier's quality manager after an audit visit: no sales intent",
    ),
    case(
        "022-same-org-current-alias",
        "modern",
        "en",
        ("Sean Gallagher", "Logistics Analyst at Midwest Harvest", "Bedford Park, Illinois"),
        "hey Daniel - started last month on the logistics team at Midwest Harvest, figured I "
        "should connect w/ the sourcing folks since we keep booking the same carriers",
        LIKELY,
        ("same_organization",),
        mutual=7,
    ),
    case(
        "023-same-org-past",
        "classic",
        "en",
        ("Rachel Ostrowski", "Senior Buyer at Tate & Lyle", "Hoffman Estates, Illinois"),
        "Hi Daniel, we worked together at Ingredion around 2013, I was the junior buyer on the "
        "starch side. Hope all is well with you!",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry",
        "modern",
        "en",
        ("Omar Haddad", "Sourcing Manager at Crescent Spice Co.", "Skokie, Illinois"),
        "Hi Daniel, I'm a sourcing manager for a spice and seasoning maker up in Skokie. Always "
        "good to know other food procurement people in Chicagoland.",
        LIKELY,
        ("same_industry",),
        mutual=6,
    ),
    case(
        "025-shared-interest",
        "classic",
        "en",
        ("Tanisha Brooks", "Procurement Officer at Chicago Public Schools", "Chicago, Illinois"),
        "Hi Daniel, I saw your article on building a supplier diversity program from scratch. "
        "We're trying to do the same for our district's food service contracts.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group",
        "modern",
        "en",
        ("Karen Liu", "Director of Procurement at Golden Dragon Noodle", "Chicago, Illinois"),
        "Hi Daniel, I saw your post in the Chicago Food Procurement Council group about the Q4 "
        "sugar outlook. Fellow member, glad to connect.",
        LIKELY,
        ("same_groups",),
        mutual=5,
    ),
    case(
        "027-mutual-referral",
        "classic",
        "en",
        ("Brian Holcomb", "VP Operations at Sweet Prairie Confections", "Peoria, Illinois"),
        "Hi Daniel, Mark Sullivan at Hormel told me you're the person to ask about switching "
        "cocoa suppliers mid-contract. Would you have 20 minutes for a call sometime?",
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "028-alumni",
        "modern",
        "en",
        ("Elena Moreno", "Financial Analyst at Mondelez International", "Chicago, Illinois"),
        "Daniel, hello from another Blue Demon! I finished the DePaul MBA a couple of years after "
        "you.",
        LIKELY,
        ("fellow_alumni",),
        mutual=3,
    ),
    case(
        "029-specific-interview",
        "classic",
        "en",
        ("Erin Castellano", "Reporter at Food Business News", "Kansas City, Missouri"),
        "Hi Daniel, I'm writing a piece on how food manufacturers are handling cocoa and sugar "
        "price swings this year. Would you be open to a 20-minute interview next week?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "030-specific-account-handover",
        "modern",
        "en",
        ("Paul Nakamura", "Account Manager at Lakeshore Flexible Packaging", "Addison, Illinois"),
        "Daniel, I've just taken over your account from Jim Porter, who retired Friday. I'll be "
        "your contact for the film spec change on the granola line, so I wanted to connect "
        "before our call on Thursday.",
        LIKELY,
        ("specific_reason",),
        mutual=4,
        comment="an existing supplier's new account manager with a concrete reason: not a pitch",
    ),
    case(
        "031-met-es",
        "modern",
        "en",
        ("Rodrigo Salinas", "Director Comercial en Aguacates del Valle", "Uruapan, Michoacán"),
        "Hola Daniel, coincidimos en la cena de proveedores en Chicago el mes pasado. Fue un "
        "gusto platicar contigo sobre la temporada de aguacate.",
        LIKELY,
        ("met_in_person",),
        mutual=1,
    ),
    case(
        "032-alumni-pt",
        "modern",
        "en",
        ("Mariana Costa", "Gerente de Suprimentos na BRF", "São Paulo, Brasil"),
        "Oi Daniel, também fiz o MBA na DePaul (turma de 2015)! Bom encontrar outro ex-aluno na "
        "área de compras.",
        LIKELY,
        ("fellow_alumni", "same_industry"),
    ),
    case(
        "033-met-roundtable",
        "modern",
        "en",
        ("Jordan Fisk", "Category Manager at Hearthside Food Solutions", "Downers Grove"),
        "Loved your remarks at the procurement roundtable during ISM World. Thanks for taking "
        "my question on dual sourcing afterwards!",
        LIKELY,
        ("met_in_person",),
        mutual=12,
    ),
    case(
        "034-specific-de",
        "modern",
        "en",
        ("Sabine Krüger", "Leiterin Einkauf bei Krüger Feinkost GmbH", "Hamburg"),
        "Guten Tag Herr Kowalczyk, wir bauen gerade ein Werk in Wisconsin auf und suchen Rat, "
        "wie man in der Region verlässliche Lieferanten für Verpackungen findet. Hätten Sie "
        "Zeit für ein kurzes Gespräch?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "036-no-auth-header-met",
        "classic",
        "en",
        ("Marcus Webb", "Plant Manager at Lincolnway Meats", "Tinley Park, Illinois"),
        "Daniel, so nice meeting you at the food safety summit reception on Wednesday. Hope to "
        "see you at the next one!",
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
            "Hazel Wright",
            "Buyer <i>Dairy & Eggs</i> at Sweet Meadow Creamery",
            "Madison, Wisconsin",
        ),
        "Hi Daniel, <b>great</b> meeting you at IFT FIRST "
        '<img src=x onerror="alert(1)"> and chatting about whey protein prices!',
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "en",
        ("Kevin Osei", "Commodity Trader at Cargill", "Minneapolis, Minnesota"),
        "Hi Daniel, another UIUC ag econ grad here (2010). Always nice to find fellow Illini in "
        "Chicago!",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "039-group-dash",
        "classic",
        "en",
        ("Claire Dubois", "Supplier Diversity Lead at Hillshire Brands", "Chicago, Illinois"),
        "Hi Daniel — NMSDC corporate member here as well; would be glad to compare notes on "
        "certifying tier-2 suppliers.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "040-shared-interest-2",
        "modern",
        "en",
        ("Victor Nguyen", "Packaging Development Manager at Kind Snacks", "New York"),
        "Hi Daniel, I'm knee-deep in the switch to recyclable mono-PE pouches too and would love "
        "to swap notes on which film converters can actually run it.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "041-met-typos",
        "modern",
        "en",
        ("Dusty Kowal", "Field Sales Rep at Midland Pallet", "Kankakee, Illinois"),
        "hi daniel!! was nice chattin at the pack expo booth tues, im the guy w/ the coffee "
        "samples lol. lets keep in touch",
        LIKELY,
        ("met_in_person",),
        comment="informal, lower case, typos; a sales rep, but the note only recalls a meeting",
    ),
    case(
        "042-specific-peer-consortium",
        "classic",
        "en",
        ("Ellen Brandt", "VP Procurement at Harvest Table Foods", "Des Moines, Iowa"),
        "Dear Mr. Kowalczyk,\nI lead procurement at Harvest Table Foods in Des Moines. A few "
        "mid-size Midwest food manufacturers are exploring a joint refrigerated freight tender "
        "for 2027 to get better lane rates, and I'd welcome your view on whether your company "
        "might take part. Happy to share the draft scope.\nBest regards,\nEllen Brandt",
        LIKELY,
        ("same_industry", "specific_reason"),
        comment="a long, formal note from a peer buyer proposing a joint tender: not selling",
    ),
    # -- second pass: needs a look ---------------------------------------------------------------
    case(
        "111-pitch-saas",
        "modern",
        "en",
        ("Ashley Tran", "SDR at OnboardIQ", "Denver, Colorado"),
        "Hi Daniel — quick one. We help CPG buyers automate supplier onboarding and cut PO cycle "
        "time in half. Worth a 15-min chat next Tue or Wed?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "112-pitch-freight-broker",
        "classic",
        "en",
        ("Derek Lang", "Senior Broker at Apex Freight Partners", "Schaumburg, Illinois"),
        "Daniel, we move refrigerated freight out of Chicagoland at rates 10-20% below the big "
        "brokers. Can I send you a lane quote?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "113-weak-past-org-headline",
        "classic",
        "en",
        ("Joyce Palmer", "HR Generalist at Kraft Heinz", "Chicago, Illinois"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my past organizations (weak)",
    ),
    case(
        "114-weak-mutual",
        "modern",
        "en",
        ("Trevor Mills", "Realtor at Baird & Warner", "Evanston, Illinois"),
        None,
        LOOK,
        mutual=22,
        comment="no note; 22 connections in common, threshold 15 (weak)",
    ),
    case(
        "115-spoof-good-note",
        "modern",
        "en",
        ("Helena Marsh", "Supplier Relations at Fresh Co. Ltd", "London"),
        "Daniel, great to meet you at IFT FIRST! I've shared the supplier agreement with you, "
        "sign in here to view it.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-secure-mail.com",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "116-weak-industry-headline",
        "classic",
        "en",
        ("Curtis Vance", "Category Manager | CPG | Strategic Sourcing", "Columbus, Ohio"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "117-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Oscar Vidal", "Managing Partner at Crestline Capital", "Geneva, Switzerland"),
        "Hi Daniel, we met at Pack Expo. Open the attached invoice for the pallet order.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed meeting is not "
        "counted, as in the samples",
    ),
    case(
        "118-pitch-after-meeting",
        "modern",
        "en",
        ("Brandon Keller", "Sales Manager at ShrinkRight Labels", "Milwaukee, Wisconsin"),
        "Daniel, great meeting you at Pack Expo! As promised, our shrink sleeves run about 18% "
        "cheaper than what most snack brands pay. Can I send pricing and set up a line trial?",
        LOOK,
        ("met_in_person",),
        mutual=3,
        comment="a real meeting, then a sales pitch: the pitch is a red flag whatever else the "
        "note answers",
    ),
    case(
        "119-pitch-alumni",
        "classic",
        "en",
        ("Ryan Kubiak", "Co-founder at PriceWatch Commodities", "Champaign, Illinois"),
        "Hey Daniel, fellow Illini here! I'm building a tool that sends CPG buyers real-time "
        "commodity price alerts. Would love 15 minutes to show you a demo.",
        LOOK,
        ("fellow_alumni",),
        comment="alumni opener, then a demo request: a sales pitch",
    ),
    case(
        "120-pitch-diverse-supplier",
        "modern",
        "en",
        (
            "Marcus Greene",
            "President at Greene Sanitation Supply (MBE certified)",
            "Gary, Indiana",
        ),
        "Hi Daniel, we're a certified minority-owned distributor of food-grade gloves and "
        "sanitation supplies. I'd love to get on your approved vendor list. Could I send our "
        "capabilities deck and pricing?",
        LOOK,
        comment="touches supplier diversity but asks to sell: a sales pitch",
    ),
    case(
        "123-weak-school-headline",
        "modern",
        "en",
        ("Aaron Feldman", "MBA Candidate at DePaul University", "Chicago, Illinois"),
        None,
        LOOK,
        mutual=2,
        comment="no note; headline names one of my schools (weak)",
    ),
    # -- second pass: generic --------------------------------------------------------------------
    case(
        "221-stock-en",
        "classic",
        "en",
        ("Scott Harmon", "Insurance Agent at State Farm", "Joliet, Illinois"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "222-stock-es",
        "classic",
        "en",
        ("Javier Morales", "Director Comercial en Grupo Andino", "Bogotá, Colombia"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "224-modern-no-note",
        "modern",
        "en",
        ("Jake Turner", "Growth Hacker | Podcast Host | Investor", "Scottsdale, Arizona"),
        None,
        GENERIC,
        mutual=3,
    ),
    case(
        "225-custom-vague",
        "modern",
        "en",
        ("Melissa Grant", "Sales Associate at Urban Threads", "Columbus, Ohio"),
        "Hi Daniel, I came across your profile and I'd be honored to connect.",
        GENERIC,
    ),
    case(
        "226-custom-vague-2",
        "classic",
        "en",
        ("Ricky Alvarez", "CEO at Alvarez Ventures", "Houston, Texas"),
        "Greetings! Always looking to connect with inspiring leaders. Let's connect!",
        GENERIC,
    ),
    case(
        "227-old-stock-signed",
        "classic",
        "en",
        ("Gary Whitfield", "Financial Advisor at Edward Jones", "Wheaton, Illinois"),
        "I'd like to join your LinkedIn network.\nThanks, Gary",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "229-stock-fr",
        "classic",
        "en",
        ("Antoine Girard", "Agent immobilier chez Immo Provence", "Marseille"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "233-custom-vague-praise",
        "modern",
        "en",
        ("Vanessa Cole", "Life Coach | Speaker | Author", "Atlanta, Georgia"),
        "Your profile is really impressive, Daniel. Love your work! Always happy to connect with "
        "leaders like you.",
        GENERIC,
        mutual=1,
        comment="vague praise answers nothing",
    ),
    case(
        "234-custom-vague-it",
        "classic",
        "en",
        ("Paolo Ricci", "Agente di commercio", "Verona, Italia"),
        "Ciao Daniel, sarebbe un piacere entrare in contatto con te. Buona giornata!",
        GENERIC,
        comment="a custom note in Italian that says nothing specific",
    ),
]

"""Held-out invitations for Eleanor Fitzgerald, curator of American art in Washington, DC.

English interface. One invitation for every likely-accept, needs-a-look and generic sample of
tests/fixtures/linkedin (the same kind of case, written from scratch for this recipient), then a
second pass over the same kinds with other writers and other wording. The builder has no
reminder, HTML-only, bad-charset or unterminated-multipart layout: those kinds are written as
ordinary invitations of the same category (a re-sent invitation, markup in the note or headline,
a note with a dash, a plain shared-interest note). Labels follow DESIGN.md's "Categories", as the
recipient would judge the note, written without looking at the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

CURATOR = Recipient(
    name="Eleanor Fitzgerald",
    address="eleanor.fitzgerald@example.org",
    headline="Curator of American Art at Smithsonian American Art Museum",
    profile_slug="eleanor-fitzgerald-curator",
)

CURATOR_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Eleanor Fitzgerald"
organizations = [
    "Smithsonian American Art Museum", "Philadelphia Museum of Art",
    "Brandywine River Museum of Art",
]
schools = ["Yale University", "University of Delaware", "Smith College"]
industries = ["museums", "art history", "cultural heritage", "fine art"]
interests = [
    "American painting", "Hudson River School", "provenance research", "decorative arts",
    "exhibition catalogues",
]
groups = [
    "American Alliance of Museums", "Association of Art Museum Curators",
    "Association of Historians of American Art",
]
events = ["AAM 2026 Annual Meeting", "AAMC 2026 Annual Conference", "Washington Art Forum 2026"]
contacts = ["Margaret Holloway", "Samuel Okafor", "Teresa Villanueva"]

# Other names people use for the same thing.
[aliases]
"Smithsonian American Art Museum" = ["SAAM", "American Art Museum"]
"Philadelphia Museum of Art" = ["PMA", "Philadelphia Art Museum"]
"Brandywine River Museum of Art" = ["Brandywine River Museum", "Brandywine"]
"Yale University" = ["Yale"]
"University of Delaware" = ["UDel", "Winterthur Program"]
"American Alliance of Museums" = ["AAM"]
"Association of Art Museum Curators" = ["AAMC"]
"Association of Historians of American Art" = ["AHAA"]
"AAM 2026 Annual Meeting" = ["AAM Annual Meeting", "AAM conference", "AAM 2026"]
"AAMC 2026 Annual Conference" = ["AAMC conference", "AAMC 2026"]
"Washington Art Forum 2026" = ["Washington Art Forum"]
"American painting" = ["American art"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 20
"""

_REFERRAL = (
    "Margaret Holloway suggested I reach out to you about lending a Thomas Moran sketchbook "
    "to your upcoming show."
)
_REFERRAL_2 = (
    "Hi Eleanor, Samuel Okafor at the Phillips told me you're the person to ask about Eastman "
    "Johnson drawings. Would you have a few minutes for a call?"
)

CURATOR_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-aamc-conference",
        "classic",
        "en",
        ("Nathan Briggs", "Collections Manager at Hagley Museum", "Wilmington, Delaware"),
        "Hi Eleanor, great meeting you at the AAMC 2026 Annual Conference last week. I was the "
        "one asking about your Hudson River School loans. Let's stay in touch!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        (
            "Priscilla Vaughn",
            "Assistant Registrar at Smithsonian American Art Museum",
            "Washington, District of Columbia",
        ),
        "Hi Eleanor, I just joined the registration department at the Smithsonian American Art "
        "Museum and would love to connect with colleagues across the building.",
        LIKELY,
        ("same_organization",),
        mutual=14,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Howard Lin", "Objects Conservator at Crystal Bridges", "Bentonville, Arkansas"),
        "Eleanor, we overlapped at the Philadelphia Museum of Art back in 2014 (I was in the "
        "conservation studio). Would be great to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        ("Denise Caldwell", "Director at Frederick County Historical Museum", "Frederick, MD"),
        "Hello Eleanor, I run a small history museum in Frederick and I'm always looking to learn "
        "from peers in the museum field.",
        LIKELY,
        ("same_industry",),
        mutual=3,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Julian Ashford", "PhD Candidate, Art History at Boston University", "Boston"),
        "Hi Eleanor, I read your essay on provenance research and Gilded Age collectors. It's "
        "exactly what I'm working on right now.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Rosa Delgado", "Associate Curator at San Antonio Museum of Art", "San Antonio, Texas"),
        "Hi Eleanor, we're both members of the Association of Art Museum Curators group. I "
        "enjoyed your comment on the exhibition loans thread.",
        LIKELY,
        ("same_groups",),
        mutual=6,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        ("Graham Pierce", "Private Collector and Trustee, Pierce Family Foundation", "New York"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Whitney Shaw", "Development Officer at Kennedy Center", "Washington, DC"),
        "Hi Eleanor! Fellow Yale alum here (class of 2008). Boola boola!",
        LIKELY,
        ("fellow_alumni",),
        mutual=2,
    ),
    case(
        "009-specific-gallery-visit",
        "classic",
        "en",
        ("Monica Reyes", "Social Studies Teacher at Fairfax County Public Schools", "Fairfax"),
        "Hi Eleanor, I teach AP Art History at a high school in Fairfax and we'd like to bring "
        "our students for a gallery talk this spring. Could we set up a call?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Walter Dunn", "Retired Attorney", "Alexandria, Virginia"),
        "Eleanor, quick question: does your museum accept volunteer docents with a background in "
        "American history? I'd love to help with tours.",
        LIKELY,
        ("specific_reason",),
        comment="offers his time as a volunteer: a concrete request, not a sales pitch",
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        ("Carmen Ortega", "Conservadora en Museo Nacional de Arte", "Ciudad de México, México"),
        "Hola Eleanor, nos conocimos en la reunión anual de la AAM en Filadelfia. ¡Me encantaría "
        "seguir en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=4,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Katharina Vogel", "Kuratorin bei Staatliche Kunsthalle Karlsruhe", "Karlsruhe"),
        "Hallo Eleanor, wir haben beide an der Yale University studiert. Ich würde mich freuen, "
        "mit einer ehemaligen Kommilitonin in Kontakt zu bleiben.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-gallery-talk",
        "modern",
        "en",
        ("Tessa Morgan", "Docent at National Portrait Gallery", "Washington, DC"),
        "Thanks for the great conversation after your gallery talk at the Washington Art Forum!",
        LIKELY,
        ("met_in_person",),
        mutual=12,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        ("Francesca Moretti", "Curatrice presso Gallerie degli Uffizi", "Firenze, Italia"),
        "Ciao Eleanor, sto preparando una mostra sulla pittura americana dell'Ottocento a "
        "Firenze e vorrei chiederti un consiglio sui prestiti.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        ("Graham Pierce", "Private Collector and Trustee, Pierce Family Foundation", "New York"),
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
        ("Leonard Hayes", "Head of Exhibitions at Delaware Art Museum", "Wilmington, Delaware"),
        "Hi Eleanor, good to meet you at the AAM 2026 Annual Meeting in Philadelphia. Let's keep "
        "the conversation going.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-note",
        "classic",
        "en",
        ("Miles Carver", "Exhibition Designer at Studio Carver", "Baltimore, Maryland"),
        "<script>alert('x')</script> Hi Eleanor, we met at the Washington Art Forum & talked "
        "about <i>Winslow Homer</i>.",
        LIKELY,
        ("met_in_person",),
        comment="note contains markup that must be shown as text, never executed (the builder "
        "cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Audrey Kim", "Curator of Collections at Hammond-Harwood House", "Annapolis, Maryland"),
        "Eleanor, I'm a University of Delaware grad too (Winterthur Program, 2012) and now look "
        "after a historic house collection.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "en",
        ("Ingrid Solberg", "Registrar at Nordic Museum", "Seattle, Washington"),
        "Hi Eleanor, fellow AAM member here — I'd love to compare notes on traveling exhibitions.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "en",
        ("Yusuf Haddad", "Decorative Arts Researcher at Winterthur Museum", "Winterthur"),
        "Hi Eleanor, I research American decorative arts too and would love to exchange ideas "
        "on provenance research.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Tyson Reed", "Growth Lead at TicketLoop", "Austin, Texas"),
        "Hi Eleanor, I help museums grow membership revenue by 40% with our ticketing platform. "
        "Open to a 15-minute demo call this week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-shipping",
        "classic",
        "en",
        ("Bianca Russo", "Business Development at ArtSafe Logistics", "Newark, New Jersey"),
        "Eleanor, our company offers discounted fine art crating and shipping for museum loans. "
        "Can I send you our rate card?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Frank Delaney", "Exhibits Technician at Smithsonian American Art Museum", "Washington"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names one of my organizations (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Rebecca Stone", "Operations Manager at Potomac Title Group", "Bethesda, Maryland"),
        None,
        LOOK,
        mutual=27,
        comment="no note; 27 connections in common, threshold 20 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Lauren Mitchell", "Curator at Globex Foundation", "New York"),
        "Hi Eleanor, we met at the AAM conference. Please confirm your account to view my message.",
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
        ("Gordon Blake", "Independent Consultant | Cultural Heritage | Collections Planning", ""),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Anton Kessler", "Director at Meridian Holdings", "Zurich, Switzerland"),
        "Hi Eleanor, fellow Yale alum! Please review the document I shared.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Kyle Jensen", "Regional Sales Manager at Summit Roofing", "Richmond, Virginia"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Andrés Castillo", "Gerente Comercial en Distribuidora del Sur", "Lima, Perú"),
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
        ("Brett Lawson", "Founder | Crypto | Web3 Enthusiast", "Miami, Florida"),
        None,
        GENERIC,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Stephanie Ward", "Account Executive at Brightline Media", "Charlotte, North Carolina"),
        "Hi Eleanor, I found your profile while browsing and would be glad to connect.",
        GENERIC,
        mutual=1,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Derrick Nash", "Entrepreneur | Investor", "Dallas, Texas"),
        "Hi there! Growing my professional circle with amazing people like you. Let's connect!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Linda Moore", "Mortgage Advisor at Keystone Lending", "Harrisburg, Pennsylvania"),
        "I'd like to add you to my professional network on LinkedIn.\n- Linda Moore",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Tobias Keller", "Vertriebsleiter bei Rheinmetall Service GmbH", "Düsseldorf"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Julien Mercier", "Conseiller en assurances chez Mutuelle Atlantique", "Nantes"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Caleb Foster", "Student at Westfield High School", "Chantilly, Virginia"),
        "Hi Eleanor, hope your week is going well. Let's connect.",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Rafael Costa", "Vendedor na Auto Center Paulista", "São Paulo, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-opening",
        "classic",
        "en",
        ("Charlotte Greer", "Collector and Board Member, Greer Foundation", "Middleburg, Virginia"),
        "Eleanor, it was a pleasure chatting with you at the opening reception on Thursday. I'm "
        "the one who kept asking about the Homer watercolors. Hope we can keep in touch.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "022-same-org-current-alias",
        "modern",
        "en",
        ("Jamal Peters", "Digital Media Producer at SAAM", "Washington, DC"),
        "Hello Eleanor! I started last month as a digital media producer at SAAM and I'm trying "
        "to meet the curatorial team.",
        LIKELY,
        ("same_organization",),
        mutual=9,
    ),
    case(
        "023-same-org-past-alias",
        "classic",
        "en",
        ("Ruth Abernathy", "Registrar at Heinz History Center", "Pittsburgh, Pennsylvania"),
        "Hi Eleanor, we worked together at the Brandywine around 2011, I was the registrar's "
        "assistant back then. Hope you're well!",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry",
        "modern",
        "en",
        ("Owen Fletcher", "Collections Manager at Valentine Museum", "Richmond, Virginia"),
        "Hi Eleanor, I'm a collections manager at a small museum in Richmond and I like to keep "
        "in touch with other museum professionals in the region.",
        LIKELY,
        ("same_industry",),
        mutual=5,
    ),
    case(
        "025-shared-interest",
        "classic",
        "en",
        ("Naomi Brandt", "Graduate Student at University of Maryland", "College Park, Maryland"),
        "Hi Eleanor, I loved your catalogue essay on the Hudson River School. I'm writing my "
        "dissertation on American landscape painting.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group",
        "modern",
        "en",
        ("Peter Lindqvist", "Professor of Art History at Tulane University", "New Orleans"),
        "Hi Eleanor, I saw your post in the Association of Historians of American Art group "
        "about the Whistler letters. Fellow member, glad to connect.",
        LIKELY,
        ("same_groups",),
        mutual=4,
    ),
    case(
        "027-mutual-referral",
        "classic",
        "en",
        ("Deborah Quinn", "Print Dealer at Quinn Fine Prints", "Boston, Massachusetts"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "028-alumni",
        "modern",
        "en",
        ("Elise Harper", "Historic Interiors Consultant", "Charleston, South Carolina"),
        "Eleanor, hello from a fellow Delaware alum! I did the Winterthur Program a few years "
        "after you.",
        LIKELY,
        ("fellow_alumni",),
        mutual=1,
    ),
    case(
        "029-specific-interview",
        "classic",
        "en",
        ("Marcus Bell", "Producer at WAMU 88.5", "Washington, DC"),
        "Hi Eleanor, I produce a history podcast for WAMU and we're planning an episode on "
        "American portraiture. Would you be open to a 30-minute interview next month?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "030-specific-question",
        "modern",
        "en",
        ("Gloria Simmons", "Retired Teacher", "Annapolis, Maryland"),
        "Eleanor, I inherited a small oil painting signed J. F. Cropsey and wondered whether the "
        "museum ever helps with authentication, or could point me to someone who does.",
        LIKELY,
        ("specific_reason",),
        comment="asks for help, sells nothing: a specific reason, not a pitch",
    ),
    case(
        "031-met-es",
        "modern",
        "en",
        ("Mariana Ruiz", "Investigadora en Museo de Arte de Ponce", "Ponce, Puerto Rico"),
        "Hola Eleanor, coincidimos en el simposio de arte americano en Washington el mes pasado. "
        "Fue un gusto conversar contigo.",
        LIKELY,
        ("met_in_person",),
        mutual=3,
    ),
    case(
        "032-alumni-de",
        "modern",
        "en",
        ("Felix Brandauer", "Wissenschaftlicher Mitarbeiter bei Lenbachhaus", "München"),
        "Guten Tag Eleanor, ich habe ebenfalls in Yale promoviert (Kunstgeschichte, 2010). "
        "Schön, eine Yale-Absolventin in Washington zu finden!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "033-met-roundtable",
        "modern",
        "en",
        ("Angela Price", "Curatorial Assistant at Chrysler Museum of Art", "Norfolk, Virginia"),
        "Loved your remarks on the curators' roundtable at the AAMC conference. Thanks for "
        "taking my question afterwards!",
        LIKELY,
        ("met_in_person",),
        mutual=16,
        comment="she asked a question in person after the roundtable: a meeting, however brief",
    ),
    case(
        "034-specific-it",
        "modern",
        "en",
        ("Alessandro Conti", "Editor presso Edizioni Skira", "Milano, Italia"),
        "Buongiorno Eleanor, lavoro per una casa editrice a Milano e vorremmo tradurre il tuo "
        "catalogo su Mary Cassatt. Possiamo parlarne?",
        LIKELY,
        ("specific_reason",),
        comment="a publisher asking to translate her catalogue: a request, not a sales pitch",
    ),
    case(
        "035-resent-of-027",
        "classic",
        "en",
        ("Deborah Quinn", "Print Dealer at Quinn Fine Prints", "Boston, Massachusetts"),
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
        ("Simon Archer", "Gallery Director at Archer & Wilde", "Georgetown, Washington DC"),
        "Eleanor, so nice to meet you at the Washington Art Forum reception on Friday. Hope to "
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
            "Assistant Curator <i>Prints & Drawings</i> at Walters Art Museum",
            "Baltimore, Maryland",
        ),
        "Hi Eleanor, <b>loved</b> meeting you at the SAAM members' preview "
        '<img src=x onerror="alert(1)"> and talking about Albert Bierstadt!',
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "en",
        ("Daniel Okoro", "Lecturer in Art History at Howard University", "Washington, DC"),
        "Hi Eleanor, another Yale art history PhD here (2015). Always nice to find fellow Elis in "
        "DC!",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "039-group-dash",
        "classic",
        "en",
        ("Claire Dubois-Hart", "Curator at Telfair Museums", "Savannah, Georgia"),
        "Hi Eleanor — AAMC member here as well; I'd be glad to compare notes on curatorial "
        "fellowships.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "040-shared-interest-2",
        "modern",
        "en",
        ("Victor Nguyen", "Provenance Researcher at Clark Art Institute", "Williamstown"),
        "Hi Eleanor, I'm also deep into provenance research on American paintings and would love "
        "to swap sources sometime.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "111-pitch-saas",
        "modern",
        "en",
        ("Kendra Boyle", "Account Executive at LabelGenie AI", "San Francisco, California"),
        "Hi Eleanor, our AI platform writes wall labels and audio guides for museums in minutes. "
        "Could I show you a quick demo next week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "112-pitch-storage",
        "classic",
        "en",
        ("Victor Salas", "Sales Director at Capitol Fine Art Storage", "Landover, Maryland"),
        "Eleanor, we provide climate-controlled fine art storage at 20% below market rates. May "
        "I send over a quote?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "113-weak-past-org-headline",
        "classic",
        "en",
        ("Agnes Porter", "Paintings Conservator at Philadelphia Museum of Art", "Philadelphia"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my past organizations (weak)",
    ),
    case(
        "114-weak-mutual",
        "modern",
        "en",
        ("Trevor Mills", "Senior Project Manager at Clark Construction", "Arlington, Virginia"),
        None,
        LOOK,
        mutual=34,
        comment="no note; 34 connections in common, threshold 20 (weak)",
    ),
    case(
        "115-spoof-good-note",
        "modern",
        "en",
        ("Helena Marsh", "Registrar at Fine Arts Loans Office", "London"),
        "Eleanor, lovely to meet you at the AAMC conference! I've shared the loan agreement "
        "with you, sign in here to view it.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-invites.net",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "116-weak-industry-headline",
        "classic",
        "en",
        ("Curtis Vance", "Registrar & Collections Care | Museums", "Richmond, Virginia"),
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
        "Hi Eleanor, we met at the AAM Annual Meeting. Open the attached invoice for the "
        "catalogue order.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed meeting is not "
        "counted, as in the samples",
    ),
    case(
        "221-stock-en",
        "classic",
        "en",
        ("Scott Harmon", "Real Estate Agent at Long & Foster", "Rockville, Maryland"),
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
        ("Jake Turner", "Growth Hacker | Keynote Speaker | Investor", "Scottsdale, Arizona"),
        None,
        GENERIC,
        mutual=2,
    ),
    case(
        "225-custom-vague",
        "modern",
        "en",
        ("Melissa Grant", "Sales Associate at Urban Threads", "Columbus, Ohio"),
        "Hi Eleanor, I came across your profile and I'd be honored to connect.",
        GENERIC,
    ),
    case(
        "226-custom-vague-2",
        "classic",
        "en",
        ("Ricky Alvarez", "CEO at Alvarez Ventures", "Houston, Texas"),
        "Greetings! Always looking to grow my network with inspiring people. Let's connect!",
        GENERIC,
    ),
    case(
        "227-old-stock-signed",
        "classic",
        "en",
        ("Gary Whitfield", "Financial Advisor at Edward Jones", "Lancaster, Pennsylvania"),
        "I'd like to join your LinkedIn network.\nThanks, Gary",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "228-stock-de",
        "classic",
        "en",
        ("Stefan Braun", "Key Account Manager bei Bauer Maschinenbau", "Stuttgart"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "229-stock-fr",
        "classic",
        "en",
        ("Antoine Girard", "Agent immobilier chez Immo Provence", "Marseille"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "230-custom-vague-3",
        "modern",
        "en",
        ("Tanya Brooks", "Customer Success Manager at CloudNova", "Denver, Colorado"),
        "Hello Eleanor, hope all is well! Would be great to connect.",
        GENERIC,
        mutual=1,
    ),
    case(
        "231-stock-pt",
        "classic",
        "en",
        ("Beatriz Almeida", "Consultora de Vendas na Imobiliária Lisboa", "Lisboa, Portugal"),
        None,
        GENERIC,
        stock="pt",
    ),
    case(
        "232-stock-id",
        "classic",
        "en",
        ("Budi Santoso", "Sales Supervisor di PT Maju Bersama", "Surabaya, Indonesia"),
        None,
        GENERIC,
        stock="id",
    ),
]

"""Held-out profile: a boutique-hotel general manager in London, English interface.

Two passes over the 38 sample kinds of tests/fixtures (likely accept / needs a look / generic),
plus one Indonesian stock note. The labels are what the recipient would say on reading each
note under DESIGN.md's rules, written without looking at the classifier's phrase lists.
Slugs keep the sample numbers; a "b" marks the second pass. The builder has no reminder
template, so each "reminder" is the same inviter's invitation notified again.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

HOTELIER = Recipient(
    name="Amara Okafor",
    address="amara.okafor@example.co.uk",
    headline="General Manager at Larkspur Hotels | Covent Garden & Marylebone",
    profile_slug="amara-okafor-gm",
)

HOTELIER_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Amara Okafor"
organizations = ["Larkspur Hotels", "The Savoy", "Firmdale Hotels", "Hilton"]
schools = ["University of Surrey", "Les Roches", "Cornell School of Hotel Administration"]
industries = ["hospitality", "hotels", "food and beverage", "travel and tourism"]
interests = [
    "revenue management", "guest experience", "sustainable hospitality",
    "hospitality apprenticeships", "diversity in leadership", "interior design",
]
groups = [
    "Institute of Hospitality", "UKHospitality", "Women in Hospitality, Travel and Leisure",
    "Surrey Hospitality Alumni",
]
events = [
    "Independent Hotel Show 2026", "Institute of Hospitality Annual Conference 2026",
    "Boutique Hotel Summit 2026",
]
contacts = ["Olumide Adeyemi", "Harriet Lowe", "Ravi Mehta"]

# Other names people use for the same thing.
[aliases]
"Larkspur Hotels" = ["Larkspur", "Larkspur Hotel Group"]
"The Savoy" = ["Savoy"]
"Firmdale Hotels" = ["Firmdale"]
"Hilton" = ["Hilton Park Lane"]
"University of Surrey" = ["Surrey"]
"Cornell School of Hotel Administration" = ["Cornell Hotel School", "Cornell SHA", "Cornell Nolan"]
"Institute of Hospitality" = ["IoH"]
"Women in Hospitality, Travel and Leisure" = ["WiHTL"]
"Independent Hotel Show 2026" = ["Independent Hotel Show", "IHS"]
"Institute of Hospitality Annual Conference 2026" = ["IoH conference"]
"Boutique Hotel Summit 2026" = ["Boutique Hotel Summit", "BHS"]
"food and beverage" = ["F&B", "food & beverage"]
"revenue management" = ["RevPAR", "yield management"]
"sustainable hospitality" = ["green hotels"]
"hospitality apprenticeships" = ["apprenticeships"]

[thresholds]
mutual_connections = 20
"""

EN = "en"

# The two "reminder" kinds repeat these invitations exactly.
_REFERRAL_A = (
    "Hi Amara, Harriet Lowe mentioned you're looking for a pastry chef for the new Covent "
    "Garden restaurant. I've been head of pastry at a Michelin-starred place in Shoreditch for "
    "five years - could we have a chat?"
)
_REFERRAL_A_WHO = ("Tomasz Wiśniewski", "Head Pastry Chef at Lyle's", "London, England")
_REFERRAL_B = (
    "Amara, Olumide gave me your name when I told him I'm moving my events business to London "
    "next spring. He said you're the person to ask about hosting private dinners at Larkspur. "
    "Coffee sometime?"
)
_REFERRAL_B_WHO = ("Chidi Nwosu", "Founder, Supper Club Lagos", "Lagos, Nigeria")

HOTELIER_CASES: list[Case] = [
    # =========================================================================================
    # Pass 1
    # -- likely accept: the note itself answers a question -------------------------------------
    case(
        "001-met-hotel-show",
        "classic",
        EN,
        ("Siobhan Gallagher", "Director of Sales at Aran Coast Hotels", "Galway, Ireland"),
        "Hi Amara, it was a pleasure talking to you at the Independent Hotel Show on Wednesday, "
        "in between the design talks. I was the one who spilled coffee on the Larkspur brochure! "
        "Would love to keep in touch.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        EN,
        ("Daniel Osei", "Head of Sales at Larkspur Hotels", "London, England"),
        "Hi Amara, I've just started as Head of Sales for Larkspur's Marylebone property - would "
        "be good to be connected with the GMs across the group.",
        LIKELY,
        ("same_organization",),
        mutual=6,
    ),
    case(
        "003-same-org-past",
        "classic",
        EN,
        ("Rania Haddad", "Director of Rooms at Jumeirah", "Dubai, United Arab Emirates"),
        "Amara! Long time. You trained me on the Savoy front desk back in 2012 when I was a "
        "nervous graduate trainee. I'm in Dubai now running the rooms division. Would be lovely "
        "to reconnect.",
        LIKELY,
        ("same_organization",),
        comment="Worked together at a past organization (alias 'Savoy'); having been trained by "
        "her also implies they met, but the sample kind records only same_organization.",
    ),
    case(
        "004-same-industry",
        "modern",
        EN,
        ("Callum Fraser", "General Manager at The Thistle Rooms", "Edinburgh, Scotland"),
        "Hello Amara, I manage a 40-room independent hotel in Edinburgh and I'm always keen to "
        "swap notes with other GMs in the boutique hotel world.",
        LIKELY,
        ("same_industry",),
        mutual=4,
    ),
    case(
        "005-shared-interest",
        "classic",
        EN,
        ("Jenna Trevithick", "Operations Director, Kernow Coastal Hotels", "Truro, England"),
        "Amara, your comments on cutting single-use plastics in guest rooms stuck with me. We're "
        "trialling refillable amenities across our three hotels in Cornwall and I'd love to "
        "compare results.",
        LIKELY,
        ("shared_interests", "same_industry"),
        comment="Single-use plastics in guest rooms is sustainable hospitality described, not "
        "named; 'our three hotels' is also the same industry.",
    ),
    case(
        "006-same-group",
        "modern",
        EN,
        ("Priscilla Mensah", "Assistant Front Office Manager at The Langham", "London, England"),
        "Hello Amara! Hope you had a restful weekend. I've just become a member of the "
        "Institute of Hospitality and I'm getting to know other London members.",
        LIKELY,
        ("same_groups",),
        mutual=9,
        comment="Chatty: the reason is in the second sentence and only implies that Amara is a "
        "member too ('other London members').",
    ),
    case(
        "007-mutual-referral",
        "classic",
        EN,
        _REFERRAL_A_WHO,
        _REFERRAL_A,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        EN,
        ("Hamish Doyle", "Hotel Development Manager at Bruntwood", "Manchester, England"),
        "Hi Amara, Surrey hospitality management, class of 2011 here - I think we shared a "
        "lecturer or two! Now doing hotel development up in Manchester.",
        LIKELY,
        ("fellow_alumni",),
        mutual=11,
    ),
    case(
        "009-specific-corporate-travel",
        "classic",
        EN,
        ("Eleanor Whitcombe", "Global Travel Manager at Harrow & Lyle LLP", "London, England"),
        "Dear Ms Okafor, I lead the corporate travel programme at a law firm in the City and we "
        "are reviewing our preferred hotels for 2027. Would you be open to a brief call about "
        "room allocations at your Covent Garden property?",
        LIKELY,
        ("specific_reason",),
        comment="A buyer asking about rooms, not a seller: no pitch.",
    ),
    case(
        "010-specific-question",
        "modern",
        EN,
        (
            "Marcus Adebayo",
            "Placement Coordinator at Westminster Kingsway College",
            "London, England",
        ),
        "Amara, do you take work-experience students from catering colleges over the summer? I "
        "coordinate placements at Westminster Kingsway.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "011-met-es",
        "modern",
        EN,
        ("Lucía Herrera", "Directora de Hotel Boutique Las Letras", "Madrid, España"),
        "Hola Amara, coincidimos en la cena de la Independent Hotel Show y hablamos un buen rato "
        "sobre hoteles boutique en Madrid. ¡Un placer, sigamos en contacto!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "012-alumni-de",
        "modern",
        EN,
        ("Katharina Brandt", "Hoteldirektorin, Hotel Isarblick", "München, Deutschland"),
        "Hallo Amara, ich habe auch an der Les Roches studiert (Abschluss 2014) und arbeite "
        "jetzt als Hoteldirektorin in München. Würde mich über den Kontakt freuen!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-talk",
        "modern",
        EN,
        ("Aisha Rahman", "Assistant Manager at Hub by Premier Inn", "London, England"),
        "Thank you for staying behind after your talk on burnout at the IoH conference to answer "
        "my questions - it meant a lot to a first-year assistant manager.",
        LIKELY,
        ("met_in_person",),
        mutual=3,
    ),
    case(
        "014-specific-it",
        "modern",
        EN,
        ("Francesca Greco", "Giornalista, Ospitalità Oggi", "Roma, Italia"),
        "Ciao Amara, sto scrivendo un articolo per una rivista di ospitalità sugli hotel "
        "boutique londinesi e mi piacerebbe farti qualche domanda sulla tua esperienza come "
        "direttrice.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-reminder-of-007",
        "classic",
        EN,
        _REFERRAL_A_WHO,
        _REFERRAL_A,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="Same invitation as 007, notified again.",
    ),
    case(
        "016-no-auth-header-met",
        "classic",
        EN,
        ("Gareth Pryce", "Owner, Pryce Linen Services", "Cardiff, Wales"),
        "Hi Amara, good to finally put a face to the name at BHS in Shoreditch. Let's carry on "
        "our conversation about laundry turnaround times!",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="No Authentication-Results header: unverified, not failed, so no red flag. He "
        "sells linen, but the note offers nothing: not a pitch.",
    ),
    case(
        "017-html-injection-met",
        "classic",
        EN,
        ("Beatriz Lopes", "Events Manager at The Ned", "London, England"),
        "<img src=x onerror=alert(1)> Amara, we sat together at the <b>Independent Hotel "
        "Show</b> lunch & swapped cards.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "018-base64-alumni",
        "classic",
        EN,
        ("Devika Ramsamy", "General Manager, Lagoon Bay Resort", "Grand Baie, Mauritius"),
        "Amara, another Cornell Hotel School alumna here (General Managers Program, 2019). I'm "
        "now running a resort in Mauritius.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
        comment="The General Managers Program is an executive course of the school; a careful "
        "reader still counts it as having studied there.",
    ),
    case(
        "402-same-group-member",
        "classic",
        EN,
        ("Neil Ashworth", "Managing Director, Ashworth Inns", "Blackpool, England"),
        "Amara, also a UKHospitality member - I sit on the London board. Keen to compare notes "
        "on business rates.",
        LIKELY,
        ("same_groups",),
    ),
    case(
        "403-shared-interest-too",
        "modern",
        EN,
        ("Jerome Baptiste", "Executive Chef at Grange Hotels", "London, England"),
        "Hi Amara, I also run an apprenticeship programme for hotel kitchens and would love to "
        "swap notes on keeping apprentices beyond the first year.",
        LIKELY,
        ("shared_interests", "same_industry"),
        mutual=7,
    ),
    # -- needs a look: a weak signal only, or a red flag ---------------------------------------
    case(
        "101-pitch-saas",
        "modern",
        EN,
        ("Brett Calloway", "Founder & CEO at DirectStay AI", "Austin, Texas"),
        "Hi Amara, we help boutique hotels in London grow direct bookings by 35% with our "
        "AI-powered booking engine. Could I grab 20 minutes next week for a demo?",
        LOOK,
        comment="Sales pitch: a red flag whatever else it says.",
    ),
    case(
        "102-pitch-agency",
        "classic",
        EN,
        ("Sandra Kowalczyk", "Business Development, PrimeShift Staffing", "London, England"),
        "Amara, our agency supplies trained housekeeping and banqueting staff across central "
        "London at competitive day rates. Happy to send over our rate card.",
        LOOK,
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        EN,
        ("Yusuf Demir", "Reservations Manager at Larkspur Hotels", "London, England"),
        None,
        LOOK,
        stock="en",
        comment="Stock note; the headline names her current organization.",
    ),
    case(
        "104-weak-mutual",
        "modern",
        EN,
        ("Oliver Pemberton", "Chartered Surveyor at Knight Frank", "London, England"),
        None,
        LOOK,
        mutual=34,
    ),
    case(
        "105-spoof-good-note",
        "classic",
        EN,
        ("Laura Bennett", "Sales Director at Hotelware Europe", "Birmingham, England"),
        "Amara, lovely chatting at the Independent Hotel Show stand on Tuesday. I've put the "
        "brochure we discussed in a secure document - please sign in to view it.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-notify.co",
        comment="Look-alike sender domain: a red flag although the note claims a meeting.",
    ),
    case(
        "106-weak-industry-headline",
        "classic",
        EN,
        (
            "Martin Crowe",
            "Hospitality Recruiter | Executive Search for Hotels & Resorts",
            "London, England",
        ),
        None,
        LOOK,
        stock="en",
        comment="Stock note; the headline names her industries (hospitality, hotels).",
    ),
    case(
        "107-dmarc-fail",
        "modern",
        EN,
        ("Sam Holloway", "Front Office Manager", "London, England"),
        "Amara! It's Sam from the Savoy front office days 😊 I've put the photos from our "
        "leaving do in a shared folder, just open the file I sent.",
        LOOK,
        auth="fail",
        comment="DKIM/SPF/DMARC fail with a linkedin.com From: red flag despite the past-"
        "organization claim.",
    ),
    # -- generic: no answer, no signal ---------------------------------------------------------
    case(
        "201-stock-en",
        "classic",
        EN,
        ("Gary Whitfield", "Account Executive at Salesforce", "Manchester, England"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "202-stock-es",
        "classic",
        EN,
        ("Javier Moreno", "Ingeniero de Software en Globant", "Sevilla, España"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        EN,
        ("Alessandro Conti", "Consulente finanziario", "Torino, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        EN,
        ("Jade Simmons", "Freelance Photographer", "Brighton, England"),
        None,
        GENERIC,
        mutual=2,
    ),
    case(
        "205-custom-vague",
        "modern",
        EN,
        ("Kwame Asante", "MBA Candidate | Strategy | Operations", "Accra, Ghana"),
        "Hi Amara, your profile really impressed me. It would be an honour to be part of your "
        "network.",
        GENERIC,
        mutual=1,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        EN,
        ("Tyler Brooks", "Growth Hacker | Web3 | Keynote Speaker", "Miami, Florida"),
        "Hey there! Growing my network in London 🚀 let's connect!!",
        GENERIC,
        comment="London is where she works but not a checklist question.",
    ),
    case(
        "207-old-stock-signed",
        "classic",
        EN,
        ("Graham Hughes", "Independent Financial Adviser", "Leicester, England"),
        "I'd like to add you to my professional network on LinkedIn.\n- Graham Hughes",
        GENERIC,
    ),
    case(
        "208-stock-de",
        "classic",
        EN,
        ("Stefan Vogel", "Vertriebsleiter bei Siemens", "Nürnberg, Deutschland"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        EN,
        ("Amélie Laurent", "Chargée de communication chez L'Oréal", "Paris, France"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        EN,
        ("Ben Carter", "Sales Associate at Currys", "Reading, England"),
        "Hope all is well with you, Amara. Connecting!",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        EN,
        ("Rafael Souza", "Analista de Marketing na Natura", "São Paulo, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    # =========================================================================================
    # Pass 2
    # -- likely accept -------------------------------------------------------------------------
    case(
        "001b-met-breakfast-described",
        "classic",
        EN,
        ("Margaret Ellison", "Owner, The Old Rectory B&B", "Rye, England"),
        "Amara, hello again from the lady with the terrible umbrella at the hoteliers' "
        "breakfast in Olympia last month. You were so kind to share your tips on housekeeping "
        "rotas. Let's keep in touch x",
        LIKELY,
        ("met_in_person",),
        comment="The event is described, not named.",
    ),
    case(
        "002b-same-org-current-terse",
        "modern",
        EN,
        ("Ines Carvalho", "Restaurant Manager", "London, England"),
        "New Larkspur F&B team (Covent Garden), starting Monday. Connect?",
        LIKELY,
        ("same_organization",),
        mutual=2,
        comment="Terse; the headline does not name the company, only the note does.",
    ),
    case(
        "003b-same-org-past-nonnative",
        "classic",
        EN,
        ("Katarzyna Nowak", "Revenue Manager at Hotel Bristol", "Warsaw, Poland"),
        "Dear Amara, I was working in Hilton Park Lane in reservations same period as you "
        "(2014-2016), maybe you remember me from the morning briefings. Now I am revenue manager "
        "in Warsaw. Happy to be in contact again.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004b-same-industry-chatty",
        "modern",
        EN,
        ("Poppy Whitaker", "Front of House Manager, Abbey Collection", "Bath, England"),
        "Hi Amara! Hope your week's going well. Mine has been chaos with the Christmas party "
        "bookings. I run front of house for a small hospitality group in Bath and I'd love a "
        "few more London hoteliers to swap ideas with.",
        LIKELY,
        ("same_industry",),
        mutual=5,
        comment="Chatty: the reason comes in the third sentence.",
    ),
    case(
        "005b-shared-interest-alias",
        "classic",
        EN,
        ("Arjun Kapoor", "Commercial Director, Saffron Stays", "Mumbai, India"),
        "Hi Amara, RevPAR nerd here 🙂 been following your posts on dynamic pricing for small "
        "properties and would love to keep learning from them.",
        LIKELY,
        ("shared_interests",),
        comment="RevPAR and dynamic pricing are revenue management (alias in her checklist).",
    ),
    case(
        "006b-same-group-alias",
        "modern",
        EN,
        ("Grace Okonkwo", "Guest Relations Supervisor at Claridge's", "London, England"),
        "Hi Amara, saw you're on the WiHTL mentoring scheme too - I'm a mentee this year. Would "
        "be great to connect.",
        LIKELY,
        ("same_groups",),
        mutual=8,
    ),
    case(
        "007b-mutual-first-name",
        "classic",
        EN,
        _REFERRAL_B_WHO,
        _REFERRAL_B,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="The mutual contact is named by first name only (Olumide Adeyemi is on her "
        "list); he is a prospective client asking about hosting, not selling.",
    ),
    case(
        "008b-alumni-les-roches",
        "modern",
        EN,
        ("Léa Fontaine", "Guest Experience Manager at Six Senses", "Geneva, Switzerland"),
        "Hello from another Les Roches graduate (2016, Crans-Montana campus)! I still miss the "
        "mountains. Would love to be connected.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "009b-specific-documentary",
        "classic",
        EN,
        ("Kemi Adeyinka", "Documentary Producer at Redbrick Films", "London, England"),
        "Hi Amara, I'm producing a short documentary about Black women leading in British "
        "hospitality and would love to interview you for 15 minutes early next year. Happy to "
        "send the outline.",
        LIKELY,
        ("specific_reason",),
        comment="Also touches diversity in leadership, but the clear answer is the specific "
        "request.",
    ),
    case(
        "010b-specific-question-nonnative",
        "modern",
        EN,
        ("Rui Fernandes", "Chef de Partie", "Lisbon, Portugal"),
        "Hello Amara, please one question, does Larkspur hotels accept apprentices in the "
        "kitchen from abroad? My nephew is finishing culinary school in Lisbon and he dreams of "
        "London.",
        LIKELY,
        ("specific_reason",),
        comment="He names her company but does not work there: not same organization. The "
        "question is the answer.",
    ),
    case(
        "011b-met-es-visit",
        "modern",
        EN,
        ("Marta Sánchez", "Arquitecta de interiores", "Barcelona, España"),
        "Amara, ¡qué gusto haberte conocido en la visita al hotel de Marylebone la semana "
        "pasada! Gracias por enseñarnos la azotea. Un abrazo.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "012b-alumni-de-formal",
        "classic",
        EN,
        ("Dr. Friedrich Hauser", "Geschäftsführer, Alpenhof Hotels", "Innsbruck, Österreich"),
        "Guten Tag Frau Okafor, wie Sie habe ich an der University of Surrey studiert - Master "
        "in International Hotel Management, Jahrgang 2010. Ich würde mich freuen, in Kontakt zu "
        "bleiben.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013b-met-panel-described",
        "modern",
        EN,
        ("Leon Mitchell", "Commis Chef", "London, England"),
        "Amara, you chaired the panel on hiring ex-offenders at the hotel careers evening in "
        "Southwark and I came up afterwards to ask about the kitchen programme. Still thinking "
        "about what you said!",
        LIKELY,
        ("met_in_person",),
        mutual=1,
    ),
    case(
        "014b-specific-it-training",
        "modern",
        EN,
        ("Paolo Ricci", "Direttore, Accademia Alberghiera Lombarda", "Milano, Italia"),
        "Buongiorno Amara, a marzo organizzo a Milano una giornata di formazione per giovani "
        "direttori d'albergo e vorrei invitarti a raccontare la tua carriera.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015b-reminder-of-007b",
        "classic",
        EN,
        _REFERRAL_B_WHO,
        _REFERRAL_B,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="Same invitation as 007b, notified again.",
    ),
    case(
        "016b-no-auth-header-emoji",
        "classic",
        EN,
        ("Zainab Bello", "Marketing Manager, The Hoxton", "London, England"),
        "amara!! the karaoke after the WiHTL christmas do 🎤😂 never again. lovely to meet you x",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="Unverified (no header), not failed. Being at a WiHTL party hints at the group "
        "too, but the note's clear answer is the meeting.",
    ),
    case(
        "017b-html-injection-link",
        "classic",
        EN,
        ("Owen Griffiths", "Hospitality Lecturer", "Cardiff, Wales"),
        'Hi Amara <a href="http://evil.example/x">click</a> - we chatted at your Marylebone '
        "open evening about the <i>apprenticeship</i> scheme & I'd love to stay in touch.",
        LIKELY,
        ("met_in_person",),
        comment="Markup in the note; the topic (apprenticeships) is a shared interest as well.",
    ),
    case(
        "018b-base64-alumni",
        "classic",
        EN,
        ("Philippa Granger", "Finance Director, Granger & Co", "Guildford, England"),
        "Hi Amara, small world - my daughter has just finished her degree at Surrey, where I did "
        "mine too back in 1998, and I spotted that you're a Surrey graduate as well.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "402b-same-group-nonnative",
        "modern",
        EN,
        ("Nadia Benali", "Directrice d'hébergement, Hôtel Rive Gauche", "Paris, France"),
        "Hello Amara. Me too I am member of Women in Hospitality, Travel and Leisure, in the "
        "Paris chapter. I would like to exchange about mentoring of young women managers.",
        LIKELY,
        ("same_groups",),
    ),
    case(
        "403b-shared-interest-alias",
        "classic",
        EN,
        ("Robert Hartley", "Co-owner, Minster Guest Houses", "York, England"),
        "Amara - we're doing the same thing with yield management at our two B&Bs in York, on a "
        "much smaller scale 😅 would love to learn from you.",
        LIKELY,
        ("shared_interests", "same_industry"),
        comment="'The same thing' refers to yield management, an alias of revenue management.",
    ),
    # -- needs a look --------------------------------------------------------------------------
    case(
        "101b-pitch-saas-chatty",
        "modern",
        EN,
        ("Kayla Brennan", "Account Executive at ConciergeBot", "Dublin, Ireland"),
        "Hey Amara 👋 Hope the winter season is treating you well! Congratulations on the new "
        "Marylebone opening. We build guest messaging software used by 300+ hotels and I'd love "
        "to offer you a free 30-day trial - shall I send over a link?",
        LOOK,
        comment="Pitch in the third sentence; the guest-messaging topic does not undo the red "
        "flag.",
    ),
    case(
        "102b-pitch-design-studio",
        "classic",
        EN,
        ("Hugo Ashcombe", "Creative Director, Ashcombe Interiors", "London, England"),
        "Dear Amara, I have admired the design of your Covent Garden rooms for some time. Our "
        "studio in Clerkenwell has just finished two hotel lobbies in Soho. We'd be delighted to "
        "present our portfolio and a fixed-fee proposal for your next refurbishment.",
        LOOK,
        comment="Interior design is one of her interests, but the note sells a service with a "
        "fee: red flag.",
    ),
    case(
        "103b-weak-past-org-headline",
        "modern",
        EN,
        ("Rashid Karim", "Head Concierge, The Savoy", "London, England"),
        None,
        LOOK,
        mutual=3,
        comment="No note; the headline names a past organization of hers.",
    ),
    case(
        "104b-weak-mutual-at-threshold",
        "modern",
        EN,
        ("Freya Lindqvist", "Software Engineer at Monzo", "London, England"),
        None,
        LOOK,
        mutual=20,
        comment="Exactly her threshold of 20: 'reach' counts it.",
    ),
    case(
        "105b-spoof-referral",
        "modern",
        EN,
        ("Nathan Price", "Events Manager", "London, England"),
        "Hi Amara, Harriet Lowe passed me your details about the events manager role. Please "
        "log in through the secure link to see my CV.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-secure-mail.com",
    ),
    case(
        "106b-weak-industry-alias-headline",
        "classic",
        EN,
        ("Lorenzo Bianchi", "F&B Director | Restaurants, Bars & Private Dining", "London, England"),
        None,
        LOOK,
        stock="en2",
        comment="Stock note; 'F&B' is her alias for food and beverage.",
    ),
    case(
        "107b-dmarc-fail-alumni",
        "classic",
        EN,
        ("Victoria Lang", "Hotel Finance Consultant", "Reading, England"),
        "Hi Amara, we both did hospitality management at Surrey. I've shared a proposal with "
        "you - could you review the attached document today?",
        LOOK,
        auth="fail",
    ),
    # -- generic -------------------------------------------------------------------------------
    case(
        "201b-stock-en2",
        "classic",
        EN,
        ("Hannah Reid", "Student at King's College London", "London, England"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "202b-stock-es",
        "classic",
        EN,
        ("Carmen Ruiz", "Abogada en Garrigues", "Madrid, España"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203b-stock-it",
        "classic",
        EN,
        ("Giorgio Marino", "Studente presso Politecnico di Milano", "Milano, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204b-modern-no-note",
        "modern",
        EN,
        ("Liam O'Connor", "Personal Trainer | Nutrition Coach", "Leeds, England"),
        None,
        GENERIC,
    ),
    case(
        "205b-custom-vague-leaders",
        "classic",
        EN,
        ("Adaeze Eze", "Aspiring Project Manager", "Abuja, Nigeria"),
        "Good afternoon Amara, I am always looking to connect with inspiring leaders like "
        "yourself. Hope to connect with you!",
        GENERIC,
        comment="'Leaders' is flattery, not her 'diversity in leadership' interest.",
    ),
    case(
        "206b-custom-vague-beneficial",
        "modern",
        EN,
        ("Piotr Zieliński", "IT Consultant", "Kraków, Poland"),
        "Amara, we have not met yet but I think connecting could be mutually beneficial. Best "
        "regards, Piotr",
        GENERIC,
        mutual=4,
        comment="'We have not met' is a negation, not a meeting.",
    ),
    case(
        "207b-old-stock-signed-2",
        "classic",
        EN,
        ("Meera Iyer", "Chartered Accountant", "Bengaluru, India"),
        "I'd like to join your LinkedIn network.\n\nThanks,\nMeera",
        GENERIC,
    ),
    case(
        "208b-stock-de",
        "classic",
        EN,
        ("Julia Hoffmann", "Projektmanagerin bei Bosch", "Stuttgart, Deutschland"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209b-stock-fr2",
        "classic",
        EN,
        ("Thomas Girard", "Consultant SAP chez Capgemini", "Lyon, France"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "210b-custom-vague-emoji",
        "modern",
        EN,
        ("Dwayne Roberts", "Entrepreneur", "Birmingham, England"),
        "hi amara, pls accept 🙏",
        GENERIC,
    ),
    case(
        "211b-stock-pt",
        "classic",
        EN,
        ("Beatriz Almeida", "Engenheira Civil", "Porto, Portugal"),
        None,
        GENERIC,
        stock="pt",
    ),
    case(
        "212b-stock-id",
        "classic",
        EN,
        ("Dewi Lestari", "Staf Keuangan di Bank Mandiri", "Jakarta, Indonesia"),
        None,
        GENERIC,
        stock="id",
    ),
]

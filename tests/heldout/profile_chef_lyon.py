"""Held-out invitations for Antoine Girard, executive chef and co-owner of a bistro in Lyon.

French interface. Notes mostly in plain professional English, as in the samples, from cooks,
suppliers, journalists, schools and chefs in France, the UK and beyond; a few in Spanish,
German and Italian (the samples' mix), two in French, and the network's stock sentence in
several languages. One invitation for every likely-accept, needs-a-look and generic sample of
tests/fixtures/linkedin (the same kind of case, written from scratch for this recipient), then a
second pass over the same kinds with other writers and other wording, plus a few kinds the
samples lack (a former apprentice, a city-hall workshop request in French, an equipment pitch
from someone he did meet, a school-only headline, a diner's compliment). The builder has no
reminder, HTML-only, bad-charset or unterminated-multipart layout: those kinds are written as
ordinary invitations of the same category. Labels follow DESIGN.md's "Categories", as the
recipient would judge the note, written without looking at the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

CHEF = Recipient(
    name="Antoine Girard",
    address="antoine.girard@example.fr",
    headline="Chef exécutif et co-gérant chez Le Comptoir des Canuts",
    profile_slug="antoine-girard-chef",
)

CHEF_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Antoine Girard"
organizations = ["Le Comptoir des Canuts", "The Harcourt Room"]
schools = ["Institut Paul Bocuse", "Lycée hôtelier de Dijon"]
industries = ["restaurants", "hospitality", "food and beverage", "gastronomy", "culinary arts"]
interests = [
    "bistronomy", "seasonal cooking", "local sourcing", "natural wine", "fermentation",
    "zero-waste cooking", "nose-to-tail cooking",
]
groups = [
    "Toques Blanches Lyonnaises", "Collège Culinaire de France", "Institut Paul Bocuse Alumni",
]
events = ["Sirha Lyon", "Omnivore Food Festival 2026", "Lyon Street Food Festival 2026"]
contacts = ["Mathilde Roux", "Karim Benali", "Oliver Pearce"]

# Other names people use for the same thing.
[aliases]
"Le Comptoir des Canuts" = ["Comptoir des Canuts", "Les Canuts"]
"The Harcourt Room" = ["Harcourt Room", "The Harcourt, Mayfair"]
"Institut Paul Bocuse" = ["Institut Bocuse", "Paul Bocuse Institute", "IPB"]
"Lycée hôtelier de Dijon" = [
    "Lycée Le Castel", "Le Castel", "Lycée hôtelier Le Castel", "lycée hôtelier of Dijon",
]
"Toques Blanches Lyonnaises" = ["Toques Blanches", "les Toques Blanches"]
"Collège Culinaire de France" = ["Collège Culinaire", "College Culinaire de France"]
"Institut Paul Bocuse Alumni" = ["IPB Alumni", "Institut Paul Bocuse Alumni network"]
"Sirha Lyon" = ["Sirha", "SIRHA", "Sirha 2025"]
"Omnivore Food Festival 2026" = ["Omnivore", "Omnivore 2026", "Omnivore festival"]
"Lyon Street Food Festival 2026" = ["Lyon Street Food Festival", "Street Food Festival"]
"bistronomy" = ["bistronomie", "bistronomic"]
"local sourcing" = ["local producers", "short supply chain", "circuit court"]
"natural wine" = ["natural wines", "vin nature", "vins nature"]
"fermentation" = ["lacto-fermentation", "ferments", "fermenting"]
"zero-waste cooking" = ["zero-waste kitchen", "zero waste", "anti-gaspi"]
"nose-to-tail cooking" = ["nose-to-tail", "nose to tail"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 10
"""

_REFERRAL = (
    "Karim Benali suggested I reach out to you about hosting one of our culinary students for "
    "a summer stage in your kitchen."
)
_REFERRAL_2 = (
    "Hi Antoine, Oliver Pearce told me you're the person to ask about natural wine growers in "
    "the Beaujolais. I'm opening a small wine bar in Bristol next spring, could we have a quick "
    "call?"
)

CHEF_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-sirha",
        "classic",
        "fr",
        ("Thomas Reed", "Head Chef at The Larder", "Bath, United Kingdom"),
        "Hi Antoine, good to meet you at Sirha in Lyon. I was the English chef who stayed far too "
        "long at your demo on pike quenelles. Would love to keep in touch.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "fr",
        ("Léa Bonnet", "Pastry Chef at Le Comptoir des Canuts", "Lyon, Auvergne-Rhône-Alpes"),
        "Hi Antoine, I start as pastry chef at Le Comptoir des Canuts next Monday and wanted to "
        "connect before my first service. Very excited to join the team!",
        LIKELY,
        ("same_organization",),
        mutual=8,
    ),
    case(
        "003-same-org-past",
        "classic",
        "fr",
        ("James Whitaker", "Executive Chef at Fenwick & Co", "Manchester, United Kingdom"),
        "Antoine, we worked the pass together at The Harcourt Room in 2016, I was on the fish "
        "section when you were sous chef. Would be great to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "fr",
        ("Camille Perrin", "Chef-propriétaire at Le Petit Marché", "Annecy"),
        "Hello Antoine, I run a 30-cover bistro in Annecy and I'm always keen to learn from "
        "other chefs in the restaurant trade.",
        LIKELY,
        ("same_industry",),
        mutual=3,
    ),
    case(
        "005-shared-interest",
        "classic",
        "fr",
        ("Hannah Okafor", "Food Writer", "London, United Kingdom"),
        "Hi Antoine, I read your interview about cooking only with producers from within 100 km "
        "of Lyon. It's exactly the subject of the book I'm writing.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "fr",
        ("Pierre-Yves Lambert", "Chef at La Table de Fourvière", "Lyon"),
        "Hi Antoine, we're both members of the Toques Blanches Lyonnaises. I liked your recent "
        "post about training apprentices.",
        LIKELY,
        ("same_groups",),
        mutual=6,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "fr",
        ("Siobhan Murray", "Placement Coordinator at Dublin School of Culinary Arts", "Dublin"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "fr",
        ("Sarah Lindqvist", "Food & Beverage Manager at Grand Hotel Saltsjöbaden", "Stockholm"),
        "Hi Antoine, I also graduated from the Institut Paul Bocuse, a couple of years after you. "
        "Nice to see a classmate running his own place!",
        LIKELY,
        ("fellow_alumni",),
        mutual=2,
    ),
    case(
        "009-specific-tv",
        "classic",
        "fr",
        ("Nadia Haddad", "Journalist at France 3 Auvergne-Rhône-Alpes", "Lyon"),
        "Hi Antoine, I produce the food segment on France 3 and we'd like to film you cooking a "
        "winter dish for our December show. Could we set up a call?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "010-specific-volunteer",
        "modern",
        "fr",
        ("Bernard Collet", "Retired Pastry Teacher", "Villeurbanne"),
        "Antoine, would your kitchen have room for a retired pastry teacher to help out at the "
        "Restos du Cœur charity dinner in December? Happy to do the plating and washing up.",
        LIKELY,
        ("specific_reason",),
        comment="offers his time as a volunteer: a concrete request, not a sales pitch",
    ),
    case(
        "011-met-es",
        "modern",
        "fr",
        ("Iñaki Etxeberria", "Jefe de cocina en Restaurante Itsasoa", "San Sebastián, España"),
        "Hola Antoine, coincidimos en el Omnivore de París en marzo y me quedé con ganas de "
        "seguir hablando de cocina. ¡Un saludo desde Donostia!",
        LIKELY,
        ("met_in_person",),
        mutual=3,
    ),
    case(
        "012-alumni-de",
        "modern",
        "fr",
        ("Katharina Vogel", "Küchenchefin im Gasthaus Zur Linde", "Freiburg im Breisgau"),
        "Hallo Antoine, wir haben beide am Institut Paul Bocuse studiert, ich war 2009 im "
        "Bachelor-Jahrgang. Ich würde mich freuen, in Kontakt zu bleiben.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-demo",
        "modern",
        "fr",
        ("Ben Carter", "Owner at Smoke & Salt Food Truck", "Grenoble"),
        "Thanks for the chat after your demo at the Lyon Street Food Festival, the smoked trout "
        "was unreal!",
        LIKELY,
        ("met_in_person",),
        mutual=12,
    ),
    case(
        "014-specific-it",
        "modern",
        "fr",
        ("Francesca Conti", "Organizzatrice eventi presso Slow Food Piemonte", "Torino, Italia"),
        "Ciao Antoine, stiamo preparando una cena a quattro mani tra chef francesi e piemontesi "
        "a Torino a febbraio e vorremmo invitarti a cucinare con noi.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "fr",
        ("Siobhan Murray", "Placement Coordinator at Dublin School of Culinary Arts", "Dublin"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="re-sent invitation of 007 (the builder has no reminder layout): same inviter "
        "and note",
    ),
    case(
        "016-no-auth-header-met",
        "classic",
        "fr",
        ("Marc Deschamps", "Buyer at Maison Deschamps Primeurs", "Paris"),
        "Hi Antoine, nice to meet you at the Omnivore festival in Paris. I'd love to hear more "
        "about that lamb dish when you have a minute.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-note",
        "classic",
        "fr",
        ("Alex Turner", "Chef de Partie at The Ivy Collection", "London"),
        "<script>alert('x')</script> Hi Antoine, we met at Sirha & talked about "
        "<i>copper pans</i>.",
        LIKELY,
        ("met_in_person",),
        comment="note contains markup that must be shown as text, never executed (the builder "
        "cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "fr",
        ("Sébastien Morin", "Restaurant Manager at Hôtel Le Cep", "Beaune"),
        "Antoine, I'm a Lycée hôtelier de Dijon grad too (BTS 2005) and now run a hotel "
        "restaurant in Beaune.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "fr",
        ("Arnaud Chevalier", "Chef-owner at Le Clos des Saules", "Mâcon"),
        "Hi Antoine, fellow Collège Culinaire de France member here — I'd love to compare notes "
        "on running a small brigade.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "fr",
        ("Emma Larsen", "Chef at Nordlys", "Copenhagen, Denmark"),
        "Hi Antoine, I'm into lacto-fermentation too and would love to swap ideas on ferments "
        "for a winter menu.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "fr",
        ("Kevin Marsh", "Growth Lead at TableFlow", "Paris"),
        "Hi Antoine, I help restaurants in Lyon cut no-shows by 40% with our booking software. "
        "Do you have 15 minutes for a demo on Thursday?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "fr",
        ("Sandra Lopez", "Director at StaffChef Intérim", "Lyon"),
        "Antoine, our agency supplies trained kitchen staff for busy weekends and private "
        "events. Can I send you our rates?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "fr",
        ("Hugo Martin", "Chef de partie chez Le Comptoir des Canuts", "Lyon"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names one of my organizations (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "fr",
        ("Aurélie Blanc", "Account Manager at Crédit Agricole", "Lyon"),
        None,
        LOOK,
        mutual=24,
        comment="no note; 24 connections in common, threshold 10 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "fr",
        ("Rachel Stone", "Event Manager", "Paris"),
        "Hi Antoine, we met at Sirha. Please log in to confirm your account and read my message.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-notify.com",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "106-weak-industry-headline",
        "classic",
        "fr",
        ("Nicolas Fabre", "Cuisinier | Restaurants & Hospitality", "Marseille"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "fr",
        ("Victor Kaine", "Director at Meridian Trade Holdings", "Dubai"),
        "Hi Antoine, fellow Institut Paul Bocuse alumni! Please check the file I shared with you.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "fr",
        ("Gary Fleming", "Mortgage Adviser at Nationwide", "Leeds, United Kingdom"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "202-stock-es",
        "classic",
        "fr",
        ("Javier Moreno", "Asesor financiero en Banco Sabadell", "Valencia, España"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "fr",
        ("Alessandro Greco", "Agente assicurativo presso Allianz", "Roma, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "fr",
        ("Brad Kessler", "Serial Entrepreneur | Crypto | Mindset Coach", "Miami, Florida"),
        None,
        GENERIC,
        mutual=2,
    ),
    case(
        "205-custom-vague",
        "modern",
        "fr",
        ("Olivia Hayes", "Sales Associate at Zara", "Paris"),
        "Hi Antoine, your profile came up in my suggestions and I'd be glad to connect.",
        GENERIC,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "fr",
        ("Ryan Cole", "CEO at Cole Ventures", "London"),
        "Hi! Always happy to connect with inspiring professionals. Let's grow our networks "
        "together!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "fr",
        ("Laura Mitchell", "Financial Planner at St. James's Place", "Bristol, United Kingdom"),
        "I'd like to add you to my professional network on LinkedIn.\n- Laura Mitchell",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "fr",
        ("Stefan Braun", "Vertriebsleiter bei Bosch", "Stuttgart"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "fr",
        ("Émilie Garnier", "Conseillère clientèle chez Société Générale", "Villeurbanne"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "fr",
        ("Jason Patel", "Business Analyst at Capgemini", "Paris"),
        "Hello Antoine, hope your week is going well. Happy to connect.",
        GENERIC,
        mutual=1,
    ),
    case(
        "211-stock-pt",
        "classic",
        "fr",
        ("Rafael Costa", "Gerente comercial na Claro", "Rio de Janeiro, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording, plus a few extra kinds -------
    case(
        "021-met-omnivore",
        "classic",
        "fr",
        ("Sophie Wright", "Head Sommelier at Hawthorn & Vine", "London, United Kingdom"),
        "Antoine, lovely to finally meet you at the Omnivore masterclass in Paris. I'm the "
        "sommelier who asked about your Beaujolais list. Hope our paths cross again soon!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "022-same-org-current",
        "modern",
        "fr",
        ("Yanis Belkacem", "Commis de cuisine", "Lyon"),
        "Hi Chef, I'm the new commis at the Comptoir des Canuts (started Tuesday on the garnish "
        "section). Thanks for the warm welcome!",
        LIKELY,
        ("same_organization",),
        mutual=9,
    ),
    case(
        "023-same-org-past",
        "classic",
        "fr",
        ("Priya Desai", "Sous Chef at Rowan House", "Edinburgh, United Kingdom"),
        "Hi Antoine, not sure you remember me, I was a commis at the Harcourt Room in your last "
        "year there. You taught me how to make a proper beurre blanc! Would love to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry",
        "modern",
        "fr",
        ("Théo Garnier", "Chef at L'Atelier du Marché", "Clermont-Ferrand"),
        "Hello Antoine, I took over a restaurant in Clermont-Ferrand last year and I enjoy "
        "swapping tips with other chef-owners in the trade.",
        LIKELY,
        ("same_industry",),
        mutual=4,
    ),
    case(
        "025-shared-interest",
        "classic",
        "fr",
        ("Lucy Brennan", "Campaigns Lead at Chefs Against Waste", "Bristol, United Kingdom"),
        "Hi Antoine, I saw the video of your team turning vegetable peelings into stocks and "
        "crisps. We campaign for zero-waste kitchens and I'd love to learn more about how you "
        "do it.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group",
        "modern",
        "fr",
        ("Mathieu Colin", "Chef at Le Relais de Saint-Cyr", "Saint-Cyr-au-Mont-d'Or"),
        "Hi Antoine, I joined the Collège Culinaire this year and saw you're a member as well. "
        "Would be good to know more of the Lyon members.",
        LIKELY,
        ("same_groups",),
        mutual=5,
    ),
    case(
        "027-mutual-referral",
        "classic",
        "fr",
        ("Tom Hollis", "Founder at Cork & Crumb", "Bristol, United Kingdom"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "028-alumni-castel",
        "modern",
        "fr",
        ("Clément Rousseau", "Maître d'hôtel at Hostellerie du Vieux Moulin", "Dijon"),
        "Antoine, hello from another Le Castel alum! I did my BTS in Dijon two years after you.",
        LIKELY,
        ("fellow_alumni",),
        mutual=1,
    ),
    case(
        "029-specific-podcast",
        "classic",
        "fr",
        ("Rebecca Hart", "Producer at Open Kitchen Podcast", "London"),
        "Hi Antoine, I'm making an episode on chefs who left London kitchens to open their own "
        "place in France and would love to interview you for 30 minutes in January if you're up "
        "for it.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "030-specific-placement",
        "modern",
        "fr",
        ("Claire Vasseur", "Teacher at Lycée professionnel Hélène Boucher", "Vénissieux"),
        "Antoine, would you be willing to take two of my CAP cuisine students for their "
        "four-week placement in March? They are motivated and already know the basics.",
        LIKELY,
        ("specific_reason",),
        comment="a teacher asking for student placements: a concrete request, not a pitch",
    ),
    case(
        "031-met-es",
        "modern",
        "fr",
        ("Valeria Gómez", "Chef ejecutiva en Casa Maíz", "Ciudad de México"),
        "Hola Antoine, fue un gusto conocerte en Sirha, en la degustación del stand mexicano. "
        "¡Ojalá podamos seguir en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=3,
    ),
    case(
        "032-alumni-de",
        "modern",
        "fr",
        ("Florian Huber", "Souschef im Restaurant Alpenblick", "Innsbruck, Österreich"),
        "Servus Antoine, ich habe auch am Institut Bocuse in Écully studiert (Abschluss 2011). "
        "Schön zu sehen, dass es dir in Lyon so gut geht!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "033-met-talk",
        "modern",
        "fr",
        ("Chloé Marty", "Culinary Student at Ferrandi Paris", "Paris"),
        "Loved your talk on the Omnivore stage, and thanks again for answering my question "
        "about staff meals afterwards!",
        LIKELY,
        ("met_in_person",),
        mutual=14,
        comment="she asked him a question in person after the talk: a meeting, however brief",
    ),
    case(
        "034-specific-it",
        "modern",
        "fr",
        ("Marco Bellini", "Direttore didattico presso Accademia del Gusto", "Parma, Italia"),
        "Buongiorno Antoine, vorremmo invitarti a tenere una lezione sulla cucina lionese ai "
        "nostri allievi a Parma in primavera. Saresti disponibile per una chiamata?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "035-resent-of-027",
        "classic",
        "fr",
        ("Tom Hollis", "Founder at Cork & Crumb", "Bristol, United Kingdom"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="re-sent invitation of 027 (the builder has no reminder layout): same inviter "
        "and note",
    ),
    case(
        "036-no-auth-header-met",
        "classic",
        "fr",
        ("Julia Meyer", "Food Blogger at Lyon Eats", "Lyon"),
        "Antoine, it was nice to meet you at the Street Food Festival on Sunday, and thanks for "
        "the tip on the cheese toastie!",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "037-markup-in-note-and-headline",
        "classic",
        "fr",
        ("Ryan Doyle", "Chef <b>Pastry & Bakery</b> at Crumb Lane", "Dublin"),
        "Hi Antoine, <b>great</b> chatting at the Sirha pastry stand "
        '<img src=x onerror="alert(1)"> about laminated doughs!',
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "fr",
        ("Mathieu Lefort", "F&B Consultant", "Paris"),
        "Antoine, I think we were in the same IPB intake (2008). I'm now consulting for hotel "
        "restaurants in Paris.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "039-group-dash",
        "classic",
        "fr",
        ("Daniel Fisher", "Chef-owner at Hopper", "Lyon"),
        "Hi Antoine — fellow member of the Toques Blanches here; would be great to compare how "
        "we each handle Sunday and Monday closures.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "040-shared-interest-2",
        "modern",
        "fr",
        ("Jonas Eriksen", "Chef at Mørk", "Oslo, Norway"),
        "Hi Antoine, I'm also a big believer in nose-to-tail cooking and would love to exchange "
        "recipes for the less popular cuts.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "041-specific-fr-workshop",
        "modern",
        "fr",
        ("Émilie Roche", "Chargée de mission alimentation à la Métropole de Lyon", "Lyon"),
        "Bonjour Antoine, la Métropole organise en mars une semaine de l'alimentation durable "
        "dans les cantines et nous aimerions vous proposer d'animer un atelier avec les "
        "cuisiniers scolaires. Seriez-vous disponible pour en parler ?",
        LIKELY,
        ("specific_reason",),
        comment="an invitation to run a workshop for the city: a concrete request, not a pitch",
    ),
    case(
        "042-met-former-apprentice-fr",
        "modern",
        "fr",
        ("Lucas Perret", "Chef de partie à La Ferme du Lac", "Annecy"),
        "Chef, c'est Lucas, votre ancien apprenti de 2021 ! Je viens d'être nommé chef de partie "
        "à Annecy, merci pour tout ce que vous m'avez appris.",
        LIKELY,
        ("met_in_person", "same_organization"),
        mutual=7,
        comment="a former apprentice from his own kitchen: he knows him and worked with him",
    ),
    case(
        "111-pitch-saas",
        "modern",
        "fr",
        ("Ashley Grant", "Account Executive at MenuMind AI", "London"),
        "Hi Antoine, our AI menu-costing tool helps French restaurants cut food cost by up to 8 "
        "points. Could I show you a quick demo next week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "112-pitch-agency",
        "classic",
        "fr",
        ("Yasmine Haddou", "Fondatrice at Saveur Digitale", "Lyon"),
        "Antoine, we manage Instagram and Google reviews for restaurants in Lyon. Can I send you "
        "our packages for 2027?",
        LOOK,
        comment="service pitch",
    ),
    case(
        "113-weak-past-org-headline",
        "classic",
        "fr",
        ("George Allen", "Restaurant Manager at The Harcourt Room", "London"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my past organizations (weak)",
    ),
    case(
        "114-weak-mutual",
        "modern",
        "fr",
        ("Céline Rey", "Pharmacienne", "Caluire-et-Cuire"),
        None,
        LOOK,
        mutual=19,
        comment="no note; 19 connections in common, threshold 10 (weak)",
    ),
    case(
        "115-spoof-good-note",
        "modern",
        "fr",
        ("Emma Blake", "HR Assistant", "Paris"),
        "Hi Antoine, great to meet you at Omnivore! I've shared the event photos with you, sign "
        "in here to see them.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-secure.fr",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "116-weak-industry-headline",
        "classic",
        "fr",
        ("Kévin Lambert", "Waiter | Hospitality & Restaurants", "Villeurbanne"),
        None,
        LOOK,
        stock="fr2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "117-dmarc-fail-linkedin-from",
        "modern",
        "fr",
        ("Henry Vance", "Managing Partner at Crestline Capital", "Geneva, Switzerland"),
        "Hi Antoine, great meeting you at Sirha. Please open the attached payment confirmation "
        "for the catering order.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed meeting is not "
        "counted, as in the samples",
    ),
    case(
        "118-pitch-after-meeting",
        "classic",
        "fr",
        ("Stéphane Morel", "Sales Manager at Cuisines Pro Équipement", "Lyon"),
        "Hi Antoine, good to meet you at our stand at Sirha! We have 15% off combi ovens until "
        "the end of the year, shall I send you a quote?",
        LOOK,
        ("met_in_person",),
        comment="sales pitch: a red flag whatever else the note answers (they did meet)",
    ),
    case(
        "119-weak-school-headline",
        "modern",
        "fr",
        ("Inès Moreau", "Student at Institut Paul Bocuse", "Écully"),
        None,
        LOOK,
        mutual=3,
        comment="no note; headline names one of my schools (weak)",
    ),
    case(
        "221-stock-en",
        "classic",
        "fr",
        ("Mark Davies", "Insurance Broker at Aviva", "Cardiff, United Kingdom"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "222-stock-es",
        "classic",
        "fr",
        ("Lucía Navarro", "Agente inmobiliaria en Engel & Völkers", "Madrid, España"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "223-stock-it",
        "classic",
        "fr",
        ("Giorgio Ferri", "Consulente commerciale presso TIM", "Milano, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "224-modern-no-note",
        "modern",
        "fr",
        ("Tyler Brooks", "Founder | Dropshipping | Passive Income", "Dubai"),
        None,
        GENERIC,
        mutual=3,
    ),
    case(
        "225-custom-vague",
        "modern",
        "fr",
        ("Megan Price", "Customer Success Manager at HubSpot", "Dublin"),
        "Hello Antoine, I came across your profile while browsing and would be delighted to "
        "connect.",
        GENERIC,
    ),
    case(
        "226-custom-vague-2",
        "classic",
        "fr",
        ("Jordan Blake", "Entrepreneur | Investor", "Los Angeles, California"),
        "Hey! Building my network with talented people from every industry. Let's connect and "
        "grow together!",
        GENERIC,
    ),
    case(
        "227-old-stock-signed-fr",
        "classic",
        "fr",
        ("Patrick Lemoine", "Conseiller en gestion de patrimoine", "Lyon"),
        "J'aimerais vous inviter à rejoindre mon réseau professionnel sur LinkedIn.\n"
        "Bien cordialement, Patrick",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "228-stock-de",
        "classic",
        "fr",
        ("Julia Hoffmann", "Vertriebsmitarbeiterin bei Vodafone", "Hamburg"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "229-stock-fr",
        "classic",
        "fr",
        ("Thierry Faure", "Agent immobilier chez Orpi", "Saint-Étienne"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "230-custom-vague-3",
        "modern",
        "fr",
        ("Nicole Evans", "Account Manager at Orange Business", "Paris"),
        "Hi Antoine, hope all is good on your side. Let's connect!",
        GENERIC,
        mutual=1,
    ),
    case(
        "231-stock-pt",
        "classic",
        "fr",
        ("Beatriz Almeida", "Consultora imobiliária na RE/MAX", "Lisboa, Portugal"),
        None,
        GENERIC,
        stock="pt",
    ),
    case(
        "232-diner-compliment",
        "modern",
        "fr",
        ("Sandrine Petit", "Real Estate Agent at Century 21", "Lyon"),
        "Hi Antoine, we had a wonderful dinner at your restaurant last month, bravo to the whole "
        "team! Would be great to connect.",
        GENERIC,
        mutual=2,
        comment="a diner's compliment: no meeting, no shared link, nothing asked",
    ),
]

"""Held-out invitations for Francesca Bianchi, head of e-commerce at a fashion retailer in Milan.

She runs the online store of Brera Fashion Group, came from the Stilemarket marketplace, and
studied at Università Bocconi and Politecnico di Milano. Her LinkedIn interface would be
Italian, but the email builder has no Italian chrome (only en, fr, es, id), so the emails use
the English chrome: the subject, greeting and buttons are not what is being measured. Notes are
mostly in plain professional English, as in the samples, with a few in Spanish, German and
Italian and the network's stock sentence in English, Spanish, Italian, German, French and
Portuguese. One invitation for every likely-accept, needs-a-look and generic sample of
tests/fixtures/linkedin (the same kind of case, written from scratch for this recipient), then a
second pass over the same kinds with other writers and other wording, plus a few kinds the
samples lack (a pitch from someone she did meet, a marketplace past-employer headline, a
school-only headline, an agency pitch, a failed sender with an ordinary note, vague praise, a
note that only repeats her own employer back to her). The builder has no reminder, HTML-only,
bad-charset or unterminated-multipart layout: those kinds are written as ordinary invitations
of the same category. Labels follow DESIGN.md's "Categories", as the recipient would judge the
note, written without looking at the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

ECOMMERCE = Recipient(
    name="Francesca Bianchi",
    address="francesca.bianchi@example.it",
    headline="Head of E-commerce at Brera Fashion Group",
    profile_slug="francesca-bianchi-ecom",
)

ECOMMERCE_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Francesca Bianchi"
organizations = ["Brera Fashion Group", "Stilemarket"]
schools = ["Università Bocconi", "Politecnico di Milano"]
industries = ["e-commerce", "fashion retail", "fashion", "retail", "digital commerce"]
interests = [
    "omnichannel retail", "marketplace strategy", "conversion rate optimization",
    "sustainable fashion", "customer experience", "livestream shopping",
]
groups = [
    "Associazione Italiana Commercio Digitale", "Women in E-commerce Italia",
    "Bocconi Alumni Community",
]
events = [
    "Milano Digital Retail Summit 2026", "E-commerce Forum Milano 2026", "Milano Fashion Week",
]
contacts = ["Luca Ferraris", "Giulia Conti", "Andrea Marchetti"]

# Other names people use for the same thing.
[aliases]
"Brera Fashion Group" = ["Brera Fashion", "BFG"]
"Stilemarket" = ["Stilemarket.it", "Stile Market"]
"Università Bocconi" = [
    "Bocconi", "Bocconi University", "Universita Bocconi", "Università Commerciale Luigi Bocconi",
]
"Politecnico di Milano" = ["PoliMi", "Polimi", "Politecnico", "Milan Polytechnic"]
"e-commerce" = ["ecommerce", "online retail", "commercio elettronico", "commercio online"]
"fashion retail" = ["moda retail", "fashion retailer"]
"omnichannel retail" = ["omnichannel", "omnicanalità", "ship-from-store", "click and collect"]
"marketplace strategy" = ["marketplaces", "marketplace"]
"conversion rate optimization" = ["CRO", "conversion optimisation", "conversion rate"]
"sustainable fashion" = ["circular fashion", "moda sostenibile", "resale", "take-back"]
"customer experience" = ["CX", "post-purchase experience"]
"livestream shopping" = ["live shopping", "livestream selling"]
"Associazione Italiana Commercio Digitale" = ["AICD"]
"Women in E-commerce Italia" = ["WiE Italia", "Women in Ecommerce Italia"]
"Bocconi Alumni Community" = ["Bocconi Alumni", "Bocconi Alumni Association"]
"Milano Digital Retail Summit 2026" = [
    "Milano Digital Retail Summit", "Digital Retail Summit", "MDRS 2026", "MDRS",
]
"E-commerce Forum Milano 2026" = ["E-commerce Forum Milano", "E-commerce Forum", "Ecommerce Forum"]
"Milano Fashion Week" = ["Milan Fashion Week", "MFW", "fashion week"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 12
"""

_REFERRAL = (
    "Luca Ferraris suggested I talk to you before we put our leather goods on the big "
    "marketplaces next year. He said nobody knows that game better than you."
)
_REFERRAL_2 = (
    "Bonjour Francesca, Giulia Conti told me you were the right person to ask about opening an "
    "Italian online store for a small French label. Could I take 20 minutes of your time for "
    "advice?"
)

ECOMMERCE_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-summit",
        "classic",
        "en",
        ("Tommaso Pieri", "E-commerce Manager at Calzaturificio Ardenza", "Fermo, Italy"),
        "Francesca, it was a pleasure chatting with you during the coffee break at the Digital "
        "Retail Summit on Thursday. I'm the shoemaker from Fermo who asked how you handle "
        "returns. Hope we keep in touch.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        ("Sara Colombo", "CRM Specialist at Brera Fashion Group", "Milan, Lombardy, Italy"),
        "Hi Francesca, I started last Monday in the CRM team at Brera Fashion Group and I'm "
        "getting to know the people I'll work with on the online store. Looking forward to it!",
        LIKELY,
        ("same_organization",),
        mutual=14,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Matteo Rinaldi", "Head of Category at Lumo Home", "Berlin, Germany"),
        "Francesca, we were both at Stilemarket in 2018-2019, I ran the menswear category while "
        "you were launching seller onboarding. Would be nice to reconnect after all these years.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        ("Chiara Esposito", "Digital Director at Sartoria Vesuvio", "Naples, Italy"),
        "Hello Francesca, I look after the online shop of a small tailoring brand in Naples and "
        "I like to stay in touch with other people working in fashion e-commerce.",
        LIKELY,
        ("same_industry",),
        mutual=3,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Elena Marino", "Sustainability Researcher", "Turin, Italy"),
        "Hi Francesca, I read your article about resale and take-back programmes for fashion "
        "brands. Circular fashion is what my work is about these days, so it really hit home.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Giorgia Ferri", "Head of Digital at Ottica Lorenzi", "Bologna, Italy"),
        "Hi Francesca, we're both in Women in E-commerce Italia. Your answer in the thread about "
        "hiring performance marketers was really useful to me.",
        LIKELY,
        ("same_groups",),
        mutual=6,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        ("Davide Moretti", "Head of Digital at Pelletteria Moretti", "Florence, Italy"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="asks for advice on a named contact's suggestion, sells nothing",
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Alessia Fontana", "Brand Manager at Nuvola Cosmetics", "Milan, Italy"),
        "Hi Francesca! Another Bocconi graduate here (CLEAM 2010). Always happy to find fellow "
        "alumni on here.",
        LIKELY,
        ("fellow_alumni",),
        mutual=2,
    ),
    case(
        "009-specific-guest-lecture",
        "classic",
        "en",
        (
            "Federico Gallo",
            "Programme Director, Master in Luxury Management at Scuola Superiore di Moda",
            "Milan, Italy",
        ),
        "Hi Francesca, I coordinate the guest lectures for our Master in Luxury Management and "
        "we'd love you to give a talk on fashion e-commerce to our students in March. Could we "
        "arrange a call?",
        LIKELY,
        ("specific_reason",),
        comment="an invitation to speak: a concrete request, not a sales pitch",
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Marta Villa", "Student at Università Cattolica del Sacro Cuore", "Milan, Italy"),
        "Francesca, quick question: is your e-commerce team open to curricular interns next "
        "autumn? I'm finishing my master's in marketing and would love to apply.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        ("Lucía Navarro", "Responsable de E-commerce en Moda Alhambra", "Granada, España"),
        "Hola Francesca, coincidimos en la cena de ponentes del E-commerce Forum en Milán. ¡Sería "
        "un placer seguir en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=4,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Felix Braun", "Produktmanager bei Kaufwelt GmbH", "München, Deutschland"),
        "Hallo Francesca, ich war 2011 als Austauschstudent an der Bocconi und habe gesehen, dass "
        "du dort deinen Abschluss gemacht hast. Viele Grüße aus München!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-session",
        "modern",
        "en",
        ("Nicola Ferrara", "Digital Marketing Lead at Officine Tessili Biellesi", "Biella, Italy"),
        "Thank you for taking the time to talk after your session at E-commerce Forum Milano, "
        "it cleared up a lot for me about marketplace fees!",
        LIKELY,
        ("met_in_person",),
        mutual=13,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        ("Beatrice Longo", "Autrice e conduttrice podcast presso Negozio Digitale", "Torino"),
        "Ciao Francesca, sto preparando una serie podcast sul commercio online nel settore moda e "
        "mi piacerebbe averti come ospite in una delle prossime puntate.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        ("Davide Moretti", "Head of Digital at Pelletteria Moretti", "Florence, Italy"),
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
        ("Paolo Vitale", "Operations Manager at Calzature Vitale", "Verona, Italy"),
        "Hi Francesca, nice to meet you at the Milano Digital Retail Summit dinner on Tuesday. "
        "Let's carry on the chat about click and collect.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-note",
        "classic",
        "en",
        ("Irene Sala", "Visual Merchandiser at Lanificio Sala", "Como, Italy"),
        "<script>document.location='http://x.example'</script> Hi Francesca, we chatted at a "
        "dinner during Milan Fashion Week & talked about <i>livestream shopping</i>.",
        LIKELY,
        ("met_in_person",),
        comment="note contains markup that must be shown as text, never executed (the builder "
        "cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Lorenzo Pellegrini", "Supply Chain Analyst at Farmacia Online Italia", "Rome, Italy"),
        "Francesca, I also graduated from Politecnico di Milano (management engineering, 2013) "
        "and now work in supply chain in Rome.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "en",
        ("Stefano Barbieri", "Head of Online Sales at Barbieri Sport", "Padua, Italy"),
        "Hi Francesca — another member of the Associazione Italiana Commercio Digitale here. "
        "I'd be glad to compare notes on the new rules for returns.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "en",
        ("Ilaria De Luca", "CX Manager at Casa Lumi", "Milan, Italy"),
        "Hi Francesca, what happens after the purchase is my obsession too. Would love to "
        "exchange ideas on delivery and returns journeys and customer experience.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Jake Turner", "Growth Lead at CartLift", "London, United Kingdom"),
        "Hi Francesca, we help fashion retailers cut cart abandonment by 30% with our AI checkout "
        "widget. Do you have 15 minutes for a quick demo next week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "en",
        ("Simone Caruso", "Founder at Pixel Studio Milano", "Milan, Italy"),
        "Francesca, our studio shoots e-commerce product photos for fashion brands at very "
        "competitive prices. May I send you our rate card?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Roberto Galli", "Store Manager at Brera Fashion Group", "Milan, Italy"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names one of my organizations (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Serena Costa", "Operations Manager at Agrifood Lombarda", "Cremona, Italy"),
        None,
        LOOK,
        mutual=26,
        comment="no note; 26 connections in common, threshold 12 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Claudia Ricci", "Talent Scout", "Milan, Italy"),
        "Hi Francesca, we met at the Digital Retail Summit. Please log in to confirm your account "
        "and read my message.",
        LOOK,
        auth="lookalike",
        lookalike="linkedln-mail.com",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable",
    ),
    case(
        "106-weak-industry-headline",
        "classic",
        "en",
        ("Marco Lombardi", "E-commerce Specialist | Shopify | Amazon Seller Central", "Turin"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Victor Kane", "Director at Harbor Capital", "Dubai, United Arab Emirates"),
        "Hi Francesca, fellow Bocconi alum! Kindly open the file I sent you.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "112-pitch-after-meeting",
        "classic",
        "en",
        ("Andrea Fabbri", "Account Executive at ShopSignal Analytics", "Milan, Italy"),
        "Ciao Francesca, good to meet you at our booth at the Digital Retail Summit! We're giving "
        "summit attendees three months free of our product analytics suite. Shall I book you a "
        "demo?",
        LOOK,
        ("met_in_person",),
        comment="sales pitch: a red flag whatever else the note answers (they did meet)",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Gianni Testa", "Sales Manager at Termotecnica Nord", "Brescia, Italy"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Javier Morales", "Gerente Comercial en Seguros Atlántico", "Madrid, España"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Alberto Russo", "Agente immobiliare presso Immobiliare Duomo", "Milano"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Kevin Dale", "Founder | Forex Trader | Motivational Speaker", "Miami, Florida"),
        None,
        GENERIC,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Martina Gatti", "Marketing Specialist at Dolci Lombardi", "Monza, Italy"),
        "Hi Francesca, I found your profile while browsing and would be happy to connect with you.",
        GENERIC,
        mutual=1,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Ryan Cole", "Entrepreneur | Investor", "Dubai"),
        "Hi! Always growing my network with top professionals like you. Let's connect!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Luigi Bruno", "Consulente finanziario presso Banca Prealpi", "Varese, Italia"),
        "I'd like to add you to my professional network on LinkedIn.\n- Luigi Bruno",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Tobias Keller", "Vertriebsleiter bei Alpen Maschinenbau AG", "Stuttgart"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Aurélie Martin", "Conseillère en assurance chez Assurix", "Lyon"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Davide Rossi", "Student at Liceo Scientifico Volta", "Como, Italy"),
        "Hi Francesca, hope you are doing well. Let's connect!",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Rafael Costa", "Vendedor na Auto Centro Norte", "Porto Alegre, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-fashion-week",
        "classic",
        "en",
        ("Olivia Hart", "Senior Buyer at Harlow & Finch", "London, United Kingdom"),
        "Francesca, lovely to sit next to you at the Cortina show during Milan Fashion Week. I'm "
        "the London buyer who kept asking about your online exclusives. Hope to stay in touch!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "022-same-org-current-alias",
        "modern",
        "en",
        ("Kevin Mariani", "Data Analyst at BFG", "Milan, Italy"),
        "hi Francesca, new data analyst at BFG here, from next week I'll be building the "
        "dashboards for the e-shop team. nice to e-meet you!",
        LIKELY,
        ("same_organization",),
        mutual=9,
    ),
    case(
        "023-same-org-past-alias",
        "classic",
        "en",
        ("Giada Ferrari", "Marketplace Manager at Tessile Como", "Como, Italy"),
        "Ciao Francesca! We worked together at Stilemarket.it in the early days, I was in seller "
        "support when you joined. Hope all is well at your new place!",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry",
        "modern",
        "en",
        ("Thomas Becker", "Head of E-commerce at Kleiderhaus", "Hamburg, Germany"),
        "Hello Francesca, I lead the online business of a German fashion chain and I'm keen to "
        "connect with e-commerce heads at other retailers across Europe.",
        LIKELY,
        ("same_industry",),
        mutual=5,
    ),
    case(
        "025-shared-interest",
        "classic",
        "en",
        ("Anna Ricciardi", "PhD Candidate at Università di Padova", "Padua, Italy"),
        "Hi Francesca, I watched the recording of your talk on ship-from-store and shared stock "
        "between shops and the website. My research is on exactly that, so I'd love to follow "
        "your work.",
        LIKELY,
        ("shared_interests",),
        comment="she watched a recording: not a meeting",
    ),
    case(
        "026-same-group",
        "modern",
        "en",
        ("Laura Cattaneo", "Head of Digital at Profumeria Cattaneo", "Bergamo, Italy"),
        "Hi Francesca, I saw your post on the WiE Italia Slack about going back to work after "
        "maternity leave. Fellow member, happy to connect!",
        LIKELY,
        ("same_groups",),
        mutual=4,
    ),
    case(
        "027-mutual-referral",
        "classic",
        "en",
        ("Sophie Laurent", "Founder at Atelier Laurent", "Paris, France"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="asks for advice on a named contact's suggestion, sells nothing",
    ),
    case(
        "028-alumni-polimi",
        "modern",
        "en",
        ("Edoardo Santoro", "UX Designer at Bitwise Studio", "Turin, Italy"),
        "Hey Francesca, PoliMi alumnus here too (design, 2016). Nice to find each other on here!",
        LIKELY,
        ("fellow_alumni",),
        mutual=1,
    ),
    case(
        "029-specific-interview",
        "classic",
        "en",
        ("Martina Pace", "Reporter at Retail Week Italia", "Milan, Italy"),
        "Hi Francesca, I'm preparing a feature on live selling in Italian fashion and would love "
        "a short interview with you, by phone or in person, before the end of the month.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "030-specific-donation",
        "modern",
        "en",
        ("Giacomo Neri", "Coordinator at Abiti per Ripartire", "Milan, Italy"),
        "Francesca, quick question: does Brera Fashion Group donate unsold stock? We're a small "
        "charity that dresses people going back to work after unemployment and would love to "
        "talk.",
        LIKELY,
        ("specific_reason",),
        comment="names her employer only to ask a concrete favour; he does not work there",
    ),
    case(
        "031-met-es",
        "modern",
        "en",
        ("Carmen Ortega", "Directora Digital en Calzados Ortega", "Elche, España"),
        "Hola Francesca, estuvimos en la misma mesa redonda del Digital Retail Summit en Milán y "
        "me encantó tu intervención sobre marketplaces. ¡Seguimos en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=3,
    ),
    case(
        "032-alumni-de",
        "modern",
        "en",
        ("Katrin Vogel", "Senior Buyer bei Modehaus Vogel", "Wien, Österreich"),
        "Servus Francesca, ich habe 2012 meinen Master am Politecnico di Milano gemacht. Schön, "
        "eine andere Polimi-Absolventin zu entdecken!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "033-met-keynote",
        "modern",
        "en",
        ("Henry Walsh", "Head of Digital at Greystone Retail", "Dublin, Ireland"),
        "Really enjoyed the chat over coffee after your E-commerce Forum keynote, thanks for "
        "answering all my questions about marketplaces!",
        LIKELY,
        ("met_in_person",),
        mutual=15,
    ),
    case(
        "034-specific-it",
        "modern",
        "en",
        (
            "Valerio Fumagalli",
            "Responsabile relazioni con le aziende presso Accademia del Design Lombardo",
            "Milano",
        ),
        "Buongiorno Francesca, cerchiamo un'azienda della moda che ospiti un project work dei "
        "nostri studenti del master in primavera. Avrebbe tempo per una breve chiamata?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "035-resent-of-027",
        "classic",
        "en",
        ("Sophie Laurent", "Founder at Atelier Laurent", "Paris, France"),
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
        ("Sara Bellini", "Area Manager at Ottica Bellini", "Genoa, Italy"),
        "Francesca, so nice to finally meet you in person at the Digital Retail Summit aperitivo "
        "yesterday. Hope to see you at the next edition!",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "037-markup-in-note-and-headline",
        "classic",
        "en",
        ("Diego Serra", "Front-end Dev <b>React & Vue</b> at Studio Serra", "Cagliari, Italy"),
        "Hi Francesca, <b>great</b> chatting with you at the E-commerce Forum "
        '<img src=x onerror="alert(1)"> about headless storefronts!',
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "en",
        ("Camilla Rota", "Account Director at Rota & Partners", "Milan, Italy"),
        "Francesca, I did my degree at Bocconi as well (CLEM, 2008), we may even have shared a "
        "statistics class!",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "039-group-dash",
        "classic",
        "en",
        ("Emanuele Riva", "Head of E-commerce at Riva Ceramiche", "Sassuolo, Italy"),
        "Hi Francesca — I'm in AICD too; would be glad to compare notes on the new EU "
        "accessibility rules for online shops.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "040-shared-interest-2",
        "modern",
        "en",
        ("Pietro Colombo", "Sustainability Manager at Filati Colombo", "Prato, Italy"),
        "Hi Francesca, I'm also trying to make fashion more circular and would love to share "
        "what we've learned from our garment take-back scheme.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "111-pitch-saas",
        "modern",
        "en",
        ("Ashley Brooks", "Account Executive at ReviewRocket", "Dublin, Ireland"),
        "Hi Francesca, brands like yours collect 4x more product reviews with our post-purchase "
        "email tool. Could I show you a 20-minute demo next Tuesday?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "113-weak-past-org-headline",
        "classic",
        "en",
        ("Fabio Conte", "Customer Service Team Lead at Stilemarket", "Milan, Italy"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my past organizations (weak)",
    ),
    case(
        "114-weak-mutual",
        "modern",
        "en",
        ("Roberta Marchi", "Accountant at Studio Marchi", "Lodi, Italy"),
        None,
        LOOK,
        mutual=34,
        comment="no note; 34 connections in common, threshold 12 (weak)",
    ),
    case(
        "115-spoof-good-note",
        "modern",
        "en",
        ("Elisa Grandi", "HR Manager", "Milan, Italy"),
        "Ciao Francesca, great to meet you at Milan Fashion Week! I've shared the lookbook with "
        "you, sign in here to download it.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-notify.it",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "116-weak-industry-headline",
        "classic",
        "en",
        ("Nicoletta Sorrentino", "Fashion Retail Consultant", "Rome, Italy"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "117-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Marcus Reed", "Managing Partner at Crestview Holdings", "Singapore"),
        "Hello Francesca, good to see you at the Digital Retail Summit. Please open the attached "
        "purchase order.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed meeting is not "
        "counted, as in the samples",
    ),
    case(
        "118-weak-school-headline",
        "modern",
        "en",
        ("Tommaso Berti", "Student at Università Bocconi", "Milan, Italy"),
        None,
        LOOK,
        mutual=2,
        comment="no note; headline names one of my schools (weak)",
    ),
    case(
        "119-pitch-agency",
        "classic",
        "en",
        ("Alessandro Pini", "Founder at Adsfera Performance Marketing", "Rome, Italy"),
        "Francesca, our agency runs Google and Meta ads for fashion e-shops with guaranteed ROAS. "
        "Shall I send over a free audit of your campaigns?",
        LOOK,
        comment="agency sales pitch",
    ),
    case(
        "120-dmarc-fail-plain-note",
        "modern",
        "en",
        ("Silvia Moro", "E-commerce Manager at Moro Gioielli", "Vicenza, Italy"),
        "Hi Francesca, it was lovely chatting at the E-commerce Forum Milano. Let's stay in touch!",
        LOOK,
        auth="fail",
        mutual=5,
        comment="DKIM and DMARC failed: flagged even though the note itself reads as genuine",
    ),
    case(
        "221-stock-en",
        "classic",
        "en",
        ("Paul Jenkins", "Insurance Broker at Allied Cover", "Manchester, United Kingdom"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "222-stock-es",
        "classic",
        "en",
        ("Valeria Rojas", "Asesora Comercial en Inmobiliaria Sol", "Valencia, España"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "223-stock-it",
        "classic",
        "en",
        ("Salvatore Greco", "Consulente assicurativo presso Assicura Sud", "Palermo, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "224-modern-no-note",
        "modern",
        "en",
        ("Brad Logan", "Crypto Investor | Keynote Speaker | Author", "Austin, Texas"),
        None,
        GENERIC,
        mutual=2,
    ),
    case(
        "225-custom-vague",
        "modern",
        "en",
        ("Federica Pozzi", "Receptionist at Hotel Lario", "Lecco, Italy"),
        "Hello Francesca, your profile came up in my suggestions and I thought it would be nice "
        "to connect.",
        GENERIC,
    ),
    case(
        "226-custom-vague-2",
        "classic",
        "en",
        ("Jordan Blake", "CEO at Blake Ventures", "Dubai"),
        "Hey! I'm always looking to connect with inspiring leaders. Would be great to have you in "
        "my network!",
        GENERIC,
    ),
    case(
        "227-old-stock-signed",
        "classic",
        "en",
        ("Massimo Ferrero", "Promotore finanziario presso Banca Lombarda Privata", "Pavia"),
        "I'd like to join your LinkedIn network.\nBest regards, Massimo",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "228-stock-de",
        "classic",
        "en",
        ("Stefan Huber", "Key Account Manager bei Bergmann Elektro", "Innsbruck"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "229-stock-fr",
        "classic",
        "en",
        ("Julien Petit", "Chargé d'affaires chez Crédit Rhône", "Grenoble"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "230-custom-vague-3",
        "modern",
        "en",
        ("Kelly Morris", "Customer Success Manager at Tradepoint", "Dublin, Ireland"),
        "Hi Francesca, hope your week is going great! Would be good to connect.",
        GENERIC,
        mutual=1,
    ),
    case(
        "231-stock-pt",
        "classic",
        "en",
        ("Beatriz Almeida", "Corretora de Imóveis na Casa Lar", "Lisboa, Portugal"),
        None,
        GENERIC,
        stock="pt",
    ),
    case(
        "232-vague-praise",
        "modern",
        "en",
        ("Gabriele Donati", "Consulente patrimoniale presso Banca Privata Donati", "Milan"),
        "Francesca, I really admire your career and everything you've achieved. Would love to "
        "have you in my network!",
        GENERIC,
        mutual=3,
        comment="flattery with nothing specific: answers nothing",
    ),
    case(
        "233-only-her-employer",
        "modern",
        "en",
        ("Kristian Lopez", "Owner at Lopez Impianti", "Monza, Italy"),
        "Hi Francesca, I see you're at Brera Fashion Group. Great company! Let's connect.",
        GENERIC,
        mutual=4,
        comment="repeats her employer from her profile; says nothing of his own link to it",
    ),
]

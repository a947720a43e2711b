"""Held-out profile: Giulia Ferrari, brand marketing manager at a luxury group in Milan.

Written without reading the classifier's phrase lists or checklist code. Part one mirrors the
shared samples case by case (same kind of case, fresh wording, other people); part two adds
cases of its own: informal Italian notes, reasons in the second sentence, aliases the user
added, very short notes, reasons asked as questions, a contact named without "suggested",
tricky generic notes and pitches of several kinds. Imported by make_heldout.py's main().

The builder has no Italian interface, so this module registers one ("it") in
linkedin_mail.CHROME, with the wordings of the shared samples' Italian emails ("Ciao {first},",
"aggiungimi alla tua rete LinkedIn", "Voglio collegarmi", "Visualizza profilo", "Accetta") and
LinkedIn's Italian for the rest. Adding a key changes no other profile's emails.
"""

from __future__ import annotations

from linkedin_mail import CHROME, Chrome, Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

CHROME.setdefault(
    "it",
    Chrome(
        "Ciao {first},",
        "{first}, aggiungimi alla tua rete LinkedIn",
        "Voglio collegarmi",
        "Visualizza profilo",
        "Accetta",
        "{n} collegamenti in comune",
        "1 collegamento in comune",
        "Altre persone che potresti conoscere",
    ),
)

MARKETER = Recipient(
    name="Giulia Ferrari",
    address="giulia.ferrari@example.it",
    headline="Brand Marketing Manager at Veradi Group | Fashion & Luxury",
    profile_slug="giulia-ferrari-brand",
)

MARKETER_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Giulia Ferrari"
organizations = ["Veradi Group", "L'Oréal Italia", "Publicis Milano"]
schools = ["Università Bocconi", "SDA Bocconi", "Università Cattolica del Sacro Cuore"]
industries = ["fashion", "luxury", "brand marketing", "beauty"]
interests = [
    "brand storytelling", "sustainable fashion", "influencer marketing", "consumer insights",
    "visual merchandising",
]
groups = ["Bocconi Alumni Community", "Luxury Marketing Italia", "Women in Fashion Milano"]
events = [
    "Milano Fashion Week 2026", "Salone del Mobile 2026", "Pitti Uomo 2026", "Luxury Summit 2026",
]
contacts = ["Francesca Galli", "Luca Moretti", "Sara Conti"]

# Other names people use for the same thing.
[aliases]
"Veradi Group" = ["Veradi", "Gruppo Veradi"]
"L'Oréal Italia" = ["L'Oréal", "L'Oreal", "Loreal"]
"Publicis Milano" = ["Publicis"]
"Università Bocconi" = ["Bocconi", "Bocconi University"]
"SDA Bocconi" = ["MAFED", "SDA Bocconi School of Management"]
"Università Cattolica del Sacro Cuore" = ["Università Cattolica", "Cattolica"]
"fashion" = ["moda", "settore moda"]
"luxury" = ["lusso", "luxury goods", "beni di lusso"]
"brand marketing" = ["brand management", "marketing del brand"]
"beauty" = ["cosmetica", "cosmetics"]
"brand storytelling" = ["storytelling"]
"sustainable fashion" = ["moda sostenibile", "circular fashion"]
"influencer marketing" = ["influencer", "creator marketing"]
"consumer insights" = ["consumer insight", "insight sui consumatori"]
"Bocconi Alumni Community" = ["Bocconi Alumni"]
"Luxury Marketing Italia" = ["LMI"]
"Women in Fashion Milano" = ["Women in Fashion", "WIF Milano"]
"Milano Fashion Week 2026" = ["Milano Fashion Week", "Milan Fashion Week", "MFW", "Fashion Week"]
"Salone del Mobile 2026" = ["Salone del Mobile", "Salone", "Milano Design Week"]
"Pitti Uomo 2026" = ["Pitti Uomo", "Pitti"]
"Luxury Summit 2026" = ["Luxury Summit"]

[thresholds]
mutual_connections = 15
"""

REFERRAL_NOTE = (
    "Giulia, ti scrivo su consiglio di Francesca Galli: stiamo preparando una capsule in "
    "co-branding tra la nostra pelletteria e un marchio di moda, e lei dice che sei la persona "
    "giusta con cui parlarne."
)

MARKETER_CASES: list[Case] = [
    # -- part one: the shared samples' kinds of case, in fresh wording ------------------------
    # likely accept: the note says why
    case(
        "001-met-fashion-week-en",
        "classic",
        "it",
        ("Hannah Whitfield", "Womenswear Buyer at Harvey Nichols", "London"),
        "Giulia, lovely chatting backstage at the Ottavi show during Milan Fashion Week on "
        "Thursday. I'm the buyer from London who kept asking about your capsule drops. Keep in "
        "touch!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current-it",
        "modern",
        "it",
        ("Matteo Rinaldi", "E-commerce Analyst", "Milano"),
        "Ciao Giulia! Sono entrato da due settimane nel team digital di Veradi, al terzo piano. "
        "Mi farebbe piacere conoscere i colleghi del brand marketing.",
        LIKELY,
        ("same_organization",),
        mutual=4,
    ),
    case(
        "003-same-org-past-en",
        "classic",
        "en",
        ("Anaïs Lefort", "Trade Marketing Director at Coty", "Paris"),
        "Giulia, not sure you remember me: we shared a desk in the Garnier team at L'Oréal Italia "
        "in 2017, before I moved to Paris. So nice to see where you've landed!",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry-it",
        "modern",
        "it",
        ("Davide Serra", "Head of Marketing, Calzaturificio Serra", "Fermo"),
        "Buongiorno Giulia, lavoro da dieci anni nel marketing della moda, oggi per un "
        "calzaturificio marchigiano. Mi piacerebbe confrontarmi con chi fa lo stesso mestiere in "
        "un grande gruppo.",
        LIKELY,
        ("same_industry",),
    ),
    case(
        "005-shared-interest-en",
        "classic",
        "en",
        ("Ruth Okafor", "Circularity Lead at Loop Textiles", "Amsterdam"),
        "Hi Giulia, your piece on resale programmes and sustainable fashion made me rethink how "
        "we pitch take-back schemes to brands. I'd love to swap notes sometime.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group-it",
        "modern",
        "it",
        ("Elena Fabbri", "Marketing Director, Fabbri Gioielli", "Valenza"),
        "Ciao Giulia, anch'io faccio parte di Women in Fashion Milano: il tuo intervento nella "
        "chat sull'employer branding mi è piaciuto molto.",
        LIKELY,
        ("same_groups",),
        mutual=9,
    ),
    case(
        "007-mutual-referral-it",
        "classic",
        "it",
        ("Stefano Vitale", "Brand Manager, Pelletteria Vitale", "Scandicci"),
        REFERRAL_NOTE,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="a co-branding proposal through a named contact: a reason, not a sales pitch",
    ),
    case(
        "008-alumni-en",
        "modern",
        "en",
        ("Tommaso Greco", "Strategy Consultant at Bain & Company", "London"),
        "Ciao Giulia — Bocconi class of 2012 here too, now based in London. Always nice to spot "
        "alumni on this side of the business!",
        LIKELY,
        ("fellow_alumni",),
        mutual=2,
    ),
    case(
        "009-specific-guest-lecture-it",
        "classic",
        "it",
        ("Chiara Lombardi", "Coordinatrice Master Fashion Communication, IED", "Milano"),
        "Buongiorno Giulia, coordino il master in fashion communication dello IED e vorrei "
        "chiederle una testimonianza in aula a marzo sul lancio di una fragranza. Possiamo "
        "sentirci?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "010-specific-question-en",
        "modern",
        "en",
        ("Priya Menon", "Host of The Brand Room podcast", "London"),
        "Giulia, would you consider coming on my podcast to talk about how heritage houses brief "
        "TikTok creators? 30 minutes, recorded remotely, whenever suits you.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "011-met-pitti-es",
        "classic",
        "it",
        ("Marta Echeverría", "Directora de marca en Calma Studio", "Madrid"),
        "Hola Giulia, fue un gusto compartir mesa contigo en la cena de Pitti el jueves. ¡A ver "
        "si repetimos en Madrid!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "012-alumni-de",
        "modern",
        "it",
        ("Katharina Vogt", "Category Managerin bei Zalando", "Berlin"),
        "Hallo Giulia, auch ich habe meinen Master an der Bocconi abgeschlossen (2013). Schön, "
        "eine Ehemalige in der Modebranche zu entdecken!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-panel-luxury-summit-en",
        "classic",
        "en",
        ("James Holloway", "Senior Editor, Drapers", "London"),
        "Your answer on the Luxury Summit panel about quiet luxury was the best of the afternoon. "
        "Thanks for staying on to chat afterwards.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "014-specific-speaker-it",
        "modern",
        "it",
        ("Alessandra Conte", "Responsabile eventi, Camera di Commercio di Como", "Como"),
        "Giulia, stiamo mettendo insieme una giornata sulla filiera della seta comasca per "
        "studenti e brand: ci piacerebbe averti tra i relatori della tavola rotonda di maggio.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-reminder-of-007",
        "classic",
        "it",
        ("Stefano Vitale", "Brand Manager, Pelletteria Vitale", "Scandicci"),
        REFERRAL_NOTE,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="reminder of 007: same invitation, must merge with it in a digest",
    ),
    case(
        "016-no-auth-header-met-it",
        "classic",
        "it",
        ("Federico Marini", "Visual merchandiser freelance", "Torino"),
        "Ciao Giulia, abbiamo chiacchierato davanti all'installazione di Veradi al Salone del "
        "Mobile, martedì sera. Ti mando il contatto come promesso!",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "018-base64-alumni-it",
        "modern",
        "it",
        ("Roberta Sala", "Product Manager at Luxottica", "Agordo"),
        "Giulia, anche io vengo dalla Cattolica (Economia, 2011)! Credo fossimo nello stesso "
        "corso di marketing del professor Vescovi.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-same-group-member-en",
        "classic",
        "en",
        ("Sophie Laurent", "Brand Director, Maison Aubert Parfums", "Paris"),
        "Hi Giulia, I see we're both in Luxury Marketing Italia — the thread on training boutique "
        "staff was gold. Happy to connect.",
        LIKELY,
        ("same_groups",),
    ),
    case(
        "020-shared-interest-too-it",
        "modern",
        "it",
        ("Irene Bassi", "Social Media Manager presso Lunaria Gioielli", "Vicenza"),
        "Ciao Giulia, anche io lavoro tanto con gli influencer e mi piacerebbe scambiare due idee "
        "su come misurare le campagne.",
        LIKELY,
        ("shared_interests",),
    ),
    # needs a look: a red flag, or only a weak signal
    case(
        "101-pitch-saas-en",
        "modern",
        "en",
        ("Kyle Brennan", "Account Executive at Brandlytics", "Dublin"),
        "Hi Giulia, luxury brands using our AI social listening suite cut their reporting time "
        "in half. Worth a 20-minute walkthrough next Tuesday or Wednesday?",
        LOOK,
        comment="sales pitch",
        mutual=3,
    ),
    case(
        "102-pitch-agency-it",
        "classic",
        "it",
        ("Simone Ferraro", "CEO, Pixelfarm Agency", "Bologna"),
        "Ciao Giulia, la nostra agenzia realizza contenuti video per brand di moda a costi "
        "contenuti, con consegna in 5 giorni. Posso mandarti il nostro listino?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "it",
        ("Paolo Gentile", "Retail Operations Manager at Veradi Group", "Milano"),
        None,
        LOOK,
        stock="it",
        comment="stock note; headline names my current organization (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "it",
        ("Beatrice Longo", "Account Director at Havas", "Milano"),
        None,
        LOOK,
        mutual=31,
        comment="no note; 31 connections in common (threshold 15, weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "it",
        ("Valeria Costa", "Brand Manager", "Milano"),
        "Ciao Giulia, ci siamo conosciute a Pitti Uomo! Ti ho inviato il moodboard: accedi con "
        "le tue credenziali per visualizzarlo.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-avvisi.it",
        comment="look-alike sender domain: must be flagged, links not clickable; the meeting "
        "claim is not counted as an answer",
    ),
    case(
        "106-weak-industry-headline",
        "classic",
        "en",
        ("Laura Bennett", "Senior Buyer, Luxury Womenswear at Selfridges", "London"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline in my industry (luxury, weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "classic",
        "en",
        ("Marco De Luca", "Marketing Consultant", "Milano"),
        "Giulia, ex collega di L'Oréal! Ti ho condiviso un file con le foto della festa "
        "aziendale, aprilo da qui.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the past-colleague claim is "
        "not counted as an answer",
    ),
    # generic: no answer and no signal
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Gary Mills", "Insurance Broker at Aon", "Leeds"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "202-stock-es",
        "classic",
        "it",
        ("Javier Ortiz", "Ingeniero de software en Glovo", "Barcelona"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "it",
        ("Roberto Fontana", "Agente immobiliare presso Tecnocasa", "Monza"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "it",
        ("Nicola Ricci", "Consulente finanziario", "Brescia"),
        None,
        GENERIC,
        mutual=2,
    ),
    case(
        "205-custom-vague-it",
        "classic",
        "it",
        ("Andrea Marchi", "IT Project Manager", "Padova"),
        "Buongiorno Giulia, ho visto il tuo profilo e mi farebbe piacere entrare nella tua rete.",
        GENERIC,
    ),
    case(
        "206-custom-vague-en",
        "modern",
        "en",
        ("Brandon Hayes", "Growth hacker | Speaker | Dreamer", "Austin"),
        "Always growing my circle of inspiring people. Let's link up!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed-it",
        "classic",
        "it",
        ("Ilaria Caruso", "Impiegata amministrativa", "Genova"),
        "Vorrei aggiungerti alla mia rete professionale su LinkedIn.\n- Ilaria Caruso",
        GENERIC,
    ),
    case(
        "208-stock-de",
        "classic",
        "it",
        ("Florian Huber", "Vertriebsleiter Maschinenbau", "München"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Thomas Girard", "Chef de projet IT chez Capgemini", "Lyon"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "210-custom-vague-it",
        "modern",
        "it",
        ("Giorgio Pellegrini", "Titolare, Pellegrini Impianti", "Bergamo"),
        "Ciao Giulia, spero tutto bene! Colleghiamoci.",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Rafael Costa", "Analista de sistemas", "Lisboa"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- part two: cases of this profile's own ------------------------------------------------
    # likely accept
    case(
        "021-met-cocktail-it",
        "modern",
        "it",
        ("Martina Esposito", "PR Manager presso Studio Lanterna", "Milano"),
        "Ciao Giulia, ci siamo viste al cocktail di chiusura della Fashion Week, eri con Luca! "
        "Che bello averti conosciuta 😊",
        LIKELY,
        ("met_in_person",),
        mutual=6,
    ),
    case(
        "022-ex-collega-publicis-it",
        "classic",
        "it",
        ("Lorenzo Bruno", "Media Planner at Mindshare", "Milano"),
        "Giulia!! Ex collega ai tempi di Publicis, ti ricordi le notti sulla gara Barilla? Che "
        "piacere ritrovarti qui.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "023-anche-io-bocconi-it",
        "modern",
        "it",
        ("Federica Rossi", "Consulente di strategia", "Roma"),
        "Anche io ho fatto la Bocconi, specialistica in marketing nel 2013. Mi fa sempre piacere "
        "ritrovare compagni di università!",
        LIKELY,
        ("fellow_alumni",),
        mutual=11,
    ),
    case(
        "024-reason-second-sentence-it",
        "classic",
        "it",
        ("Gabriele Rota", "Responsabile marketing, Lanificio Rota", "Biella"),
        "Buonasera Giulia. Dirigo il marketing di un lanificio biellese e seguo da tempo i "
        "vostri progetti sulla moda sostenibile, che è il tema su cui stiamo investendo di più.",
        LIKELY,
        ("shared_interests",),
        comment="the reason is in the second half: a shared interest in sustainable fashion",
    ),
    case(
        "025-question-interview-it",
        "modern",
        "it",
        ("Silvia Mancini", "Head of Content, Moda&Co", "Milano"),
        "Ciao Giulia, ti andrebbe di raccontare in un'intervista per la nostra newsletter come "
        "avete lanciato la linea beauty?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "026-contact-named-it",
        "classic",
        "it",
        ("Alberto Neri", "Direttore creativo, Studio Neri", "Firenze"),
        "Giulia, ieri a cena Luca Moretti mi ha parlato benissimo di te e del tuo lavoro sul "
        "rebranding. Mi piacerebbe conoscerti alla prossima occasione a Milano.",
        LIKELY,
        ("mutual_connection",),
        comment="names one of my contacts without 'suggested': a connection in common",
    ),
    case(
        "027-very-short-ex-loreal-it",
        "modern",
        "it",
        ("Carlotta Villa", "Brand Manager", "Milano"),
        "Ex L'Oréal anch'io! 💄",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "028-abbrev-mfw-it",
        "classic",
        "it",
        ("Pietro Sartori", "Fotografo", "Milano"),
        "Ciao Giulia, piacere di averti conosciuta all'MFW, nel backstage da Ottavi.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "029-reason-second-sentence-en",
        "classic",
        "en",
        ("Emma Clarke", "Insights Director at Kantar", "London"),
        "Hello Giulia. I lead a consumer insights team that studies Gen Z luxury shoppers, and "
        "your recent interview on heritage brands hit home.",
        LIKELY,
        ("shared_interests", "same_industry"),
        comment="consumer insights is one of my interests; her team's work is in luxury",
    ),
    case(
        "030-abbrev-mafed-en",
        "modern",
        "en",
        ("Dario Pace", "Brand Manager at Kiko Milano", "Milano"),
        "Hey Giulia, MAFED 2016 here, loved your post on the Veradi archive.",
        LIKELY,
        ("fellow_alumni",),
        mutual=4,
    ),
    case(
        "031-question-popup-en",
        "classic",
        "en",
        ("Hiro Tanaka", "Buyer, Isetan Shinjuku", "Tokyo"),
        "Giulia, are you the right person to talk to about bringing the Veradi pop-up to Tokyo "
        "next spring?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "032-very-short-pitti-es",
        "modern",
        "it",
        ("Lucía Navarro", "Marketing en Mango", "Barcelona"),
        "¡Compañera de Pitti! 😊",
        LIKELY,
        ("met_in_person",),
        comment="'fellow from Pitti': they were at Pitti together, i.e. met there",
    ),
    case(
        "033-met-salone-fr",
        "classic",
        "it",
        ("Léa Marchetti", "Chargée de communication, Maison Ducasse", "Paris"),
        "Bonjour Giulia, ravie d'avoir fait votre connaissance au dîner du Salone mercredi. Au "
        "plaisir de vous recroiser à Paris !",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "034-contact-named-en",
        "modern",
        "en",
        ("Olivia Grant", "Creative Director at Hale Studio", "London"),
        "Hi Giulia, Sara Conti and I worked together on the Venice launch, and she always says "
        "you're the person to know in Milan.",
        LIKELY,
        ("mutual_connection",),
        mutual=8,
    ),
    case(
        "035-recruiter-role-en",
        "classic",
        "en",
        ("Rebecca Stone", "Partner, Hartley Search", "Paris"),
        "Giulia, I'm retained by a Parisian maison to find its next Head of Brand for Italy. "
        "Would you be open to a confidential conversation?",
        LIKELY,
        ("specific_reason",),
        comment="a headhunter with a concrete role for me: a reason, not a sales pitch",
    ),
    # needs a look
    case(
        "108-pitch-collaborazione-it",
        "modern",
        "it",
        ("Davide Colombo", "Founder @ Influencia Talent", "Milano"),
        "Ciao Giulia, ti propongo una collaborazione: gestiamo 40 creator nel segmento lusso e "
        "possiamo costruirti una campagna chiavi in mano. Ti giro la presentazione con le "
        "tariffe?",
        LOOK,
        mutual=5,
        comment="a 'collaborazione' that is a talent agency selling a campaign, with rates",
    ),
    case(
        "109-pitch-coaching-it",
        "classic",
        "it",
        ("Valentina Greco", "Career & Leadership Coach ICF", "Milano"),
        "Giulia, aiuto le manager a ottenere la promozione che meritano in 90 giorni. Prima "
        "sessione gratuita: ti va di prenotarla?",
        LOOK,
        comment="coaching pitch",
    ),
    case(
        "110-pitch-software-fr",
        "classic",
        "it",
        ("Julien Mercier", "Sales Director EMEA, Retailbeam", "Paris"),
        "Bonjour Giulia, notre plateforme aide les maisons de luxe à piloter leurs vitrines en "
        "temps réel. Je serais ravi de vous faire une démo de 15 minutes cette semaine.",
        LOOK,
        comment="software pitch",
    ),
    case(
        "111-pitch-agency-es",
        "modern",
        "en",
        ("Carlos Méndez", "Director comercial, Nébula Digital", "Madrid"),
        "Hola Giulia, somos una agencia de performance marketing especializada en moda. ¿Tienes "
        "10 minutos para ver cómo duplicamos el ROAS de marcas como la tuya?",
        LOOK,
        comment="agency pitch; 'especializada en moda' is the seller's niche, not a reason",
    ),
    case(
        "112-weak-school-headline",
        "classic",
        "it",
        ("Giacomo Testa", "Studente MSc Marketing Management, Università Bocconi", "Milano"),
        None,
        LOOK,
        stock="it",
        comment="stock note; headline names my school (weak)",
    ),
    case(
        "113-mutual-at-threshold",
        "modern",
        "it",
        ("Arianna Fumagalli", "Office Manager", "Monza"),
        "Ciao Giulia, piacere!",
        LOOK,
        mutual=15,
        comment="vague note; 15 connections in common reaches the threshold (weak)",
    ),
    # generic
    case(
        "212-stesso-settore-it",
        "modern",
        "it",
        ("Enrico Barbieri", "Consulente commerciale", "Verona"),
        "Ciao Giulia, vedo che lavoriamo nello stesso settore, sarebbe bello essere collegati!",
        GENERIC,
        comment="'stesso settore' without naming it: says nothing specific",
    ),
    case(
        "213-praise-profile-it",
        "classic",
        "it",
        ("Serena Costa", "Impiegata presso Poste Italiane", "Napoli"),
        "Giulia, complimenti per il tuo profilo, davvero un percorso di grande ispirazione! "
        "Felice di collegarmi.",
        GENERIC,
    ),
    case(
        "214-compliment-my-company-it",
        "modern",
        "it",
        ("Fabio Leone", "Ingegnere gestionale", "Torino"),
        "Ciao Giulia, adoro quello che fa Veradi Group, le vostre campagne sono sempre "
        "bellissime. Colleghiamoci!",
        GENERIC,
        comment="a fan of my company, not a colleague: names my organization but answers nothing",
    ),
    case(
        "215-praise-background-en",
        "classic",
        "en",
        ("Mark Jensen", "Entrepreneur | Investor", "Copenhagen"),
        "Hi Giulia, I'm impressed by your background in marketing. Let's connect and explore "
        "synergies!",
        GENERIC,
    ),
    case(
        "216-vague-fr",
        "modern",
        "it",
        ("Nicolas Petit", "Consultant en transformation digitale", "Bruxelles"),
        "Bonjour Giulia, toujours heureux d'élargir mon réseau avec des professionnels passionnés.",
        GENERIC,
    ),
    case(
        "217-vague-intereses-es",
        "classic",
        "it",
        ("Pablo Herrera", "Emprendedor", "Valencia"),
        "Hola Giulia, veo que tenemos intereses en común. ¡Conectemos!",
        GENERIC,
        comment="'common interests' without naming one",
    ),
    case(
        "218-mutual-below-threshold",
        "modern",
        "en",
        ("Ryan Cooper", "Operations Lead at DHL", "Milano"),
        "Hi Giulia, would be great to connect.",
        GENERIC,
        mutual=14,
        comment="14 connections in common is below the threshold of 15",
    ),
]

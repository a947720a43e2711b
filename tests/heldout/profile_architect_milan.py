"""Held-out invitations for Chiara Colombo, architect and partner at a practice in Milan.

English interface; about half the notes in Italian, the rest mostly English, with a few in
German, French, Spanish, Portuguese and Indonesian. One invitation for every likely-accept,
needs-a-look and generic sample of tests/fixtures/linkedin (the same kind of case, written from
scratch for this recipient), then a second pass over the same kinds with other writers and other
wording, and a few kinds the samples do not have (a graduate asking for a job, a private client
with a house to restore, a pitch that opens with a shared school, a weak school or group
headline). The builder has no reminder, HTML-only, bad-charset or unterminated-multipart layout:
those kinds are written as ordinary invitations of the same category. Labels follow DESIGN.md's
"Categories", as the recipient would judge the note, written without looking at the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

ARCHITECT = Recipient(
    name="Chiara Colombo",
    address="chiara.colombo@example.it",
    headline="Architect and Partner at Colombo Rinaldi Architetti",
    profile_slug="chiara-colombo-architetto",
)

ARCHITECT_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Chiara Colombo"
organizations = ["Colombo Rinaldi Architetti", "Herzog & de Meuron", "Stefano Boeri Architetti"]
schools = ["Politecnico di Milano", "ETH Zürich"]
industries = ["architecture", "construction", "urban planning"]
interests = [
    "social housing", "adaptive reuse", "timber construction", "energy retrofit",
    "circular construction",
]
groups = [
    "Ordine degli Architetti di Milano", "GBC Italia", "Docomomo Italia",
    "Alumni Politecnico di Milano",
]
events = ["Milano Arch Week 2026", "Internationales Holzbau-Forum 2026", "Milano Design Week 2026"]
contacts = ["Giovanna Sala", "Andreas Brunner", "Paolo Gatti"]

# Other names people use for the same thing.
[aliases]
"Colombo Rinaldi Architetti" = ["Colombo Rinaldi", "CRA"]
"Herzog & de Meuron" = ["Herzog de Meuron", "HdM"]
"Stefano Boeri Architetti" = ["Boeri", "Stefano Boeri"]
"Politecnico di Milano" = ["Polimi", "Politecnico", "PoliMi"]
"ETH Zürich" = ["ETH", "ETH Zurich", "ETHZ"]
"Ordine degli Architetti di Milano" = ["Ordine degli Architetti", "Ordine di Milano", "OAMi"]
"GBC Italia" = ["Green Building Council Italia"]
"Docomomo Italia" = ["Docomomo"]
"Alumni Politecnico di Milano" = ["Polimi Alumni", "Alumni Polimi"]
"Milano Arch Week 2026" = ["Milano Arch Week", "Arch Week"]
"Internationales Holzbau-Forum 2026" = ["Holzbau-Forum", "Holzbau Forum", "IHF Garmisch"]
"Milano Design Week 2026" = ["Milano Design Week", "Design Week", "Fuorisalone"]
"architecture" = ["architettura", "Architektur", "arquitectura"]
"construction" = ["edilizia", "costruzioni"]
"urban planning" = ["urbanistica"]
"social housing" = ["housing sociale", "edilizia residenziale pubblica", "affordable housing"]
"adaptive reuse" = ["riuso adattivo", "riuso", "recupero edilizio"]
"timber construction" = ["mass timber", "CLT", "cross-laminated timber", "Holzbau", "legno"]
"energy retrofit" = ["riqualificazione energetica", "deep retrofit"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 15
"""

_REFERRAL = (
    "Giovanna Sala suggested I reach out to you about converting our family's old silk mill "
    "in Como into apartments."
)
_REFERRAL_2 = (
    "Buongiorno Chiara, Paolo Gatti mi ha detto che sei la persona giusta per parlare di "
    "sopraelevazioni in legno su edifici esistenti. Stiamo valutando un progetto per la nostra "
    "cooperativa in zona Greco: avresti mezz'ora per una chiamata?"
)

ARCHITECT_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-arch-week",
        "classic",
        "en",
        ("Davide Longhi", "Ingegnere strutturista presso Lignum Engineering", "Bergamo, Italia"),
        "Ciao Chiara, è stato un piacere conoscerti alla Milano Arch Week la settimana scorsa. "
        "Sono quello che ti ha chiesto dei solai misti legno-calcestruzzo. Restiamo in contatto!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        (
            "Sophie Laurent",
            "Junior Architect at Colombo Rinaldi Architetti",
            "Milan, Lombardy, Italy",
        ),
        "Hi Chiara, I started at Colombo Rinaldi last Monday on the housing team, so I'm "
        "connecting with everyone in the studio. Thanks again for the welcome!",
        LIKELY,
        ("same_organization",),
        mutual=8,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Matteo Ferrari", "Project Architect at Snøhetta", "Oslo, Norway"),
        "Chiara, abbiamo lavorato insieme da Herzog & de Meuron a Basilea nel 2012, io ero nel "
        "team del concorso di Amburgo. Mi farebbe piacere ritrovarti!",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        ("Ewa Kowalska", "Principal at Kowalska Studio", "Kraków, Poland"),
        "Hello Chiara, I run a small architecture office in Kraków and I'm always glad to know "
        "fellow architects from other European practices.",
        LIKELY,
        ("same_industry",),
        mutual=2,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Tomás Herrera", "PhD Researcher at TU Delft", "Delft, Netherlands"),
        "Hi Chiara, I read your article on cross-laminated timber in mid-rise housing. It's very "
        "close to what I'm researching for my PhD.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Federica Mariani", "Architetta libera professionista", "Monza, Italia"),
        "Ciao Chiara, siamo entrambe iscritte all'Ordine degli Architetti di Milano e ho seguito "
        "il tuo intervento all'ultimo incontro dell'Ordine sulle nuove regole edilizie. Mi "
        "piacerebbe restare in contatto.",
        LIKELY,
        ("same_groups",),
        mutual=5,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        ("Roberto Cattaneo", "Managing Director at Cattaneo Tessuti", "Como, Italia"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="a prospective client, not a seller",
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Elisa Conti", "Urban Planner at Comune di Bergamo", "Bergamo, Italia"),
        "Ciao Chiara! Anch'io ho studiato al Politecnico di Milano, laurea in Architettura nel "
        "2008. Che bello ritrovare ex compagni di facoltà!",
        LIKELY,
        ("fellow_alumni",),
        mutual=3,
    ),
    case(
        "009-specific-lecture",
        "classic",
        "en",
        ("Hannah Fischer", "Programme Coordinator at Architekturforum Zürich", "Zürich"),
        "Hi Chiara, we're putting together a lecture series on adaptive reuse in Zurich next "
        "spring and would love to have you speak about your Milan projects. Could we arrange a "
        "call?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Ben Walker", "Student at University of Bath", "Bath, England, United Kingdom"),
        "Chiara, quick question: does your studio take international interns over the summer? "
        "I'm in my fourth year and would love to send you my portfolio.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        ("Lucía Navarro", "Arquitecta en Navarro Estudio", "Valencia, España"),
        "Hola Chiara, nos conocimos en el Holzbau-Forum de Garmisch, en la cena del segundo día. "
        "¡Me encantaría seguir en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=4,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Lukas Baumann", "Architekt bei Baumann Partner AG", "Zürich, Schweiz"),
        "Hallo Chiara, wir waren beide an der ETH Zürich, ich im Master, als du dort dein "
        "Austauschjahr gemacht hast. Schön, dich hier wiederzufinden!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-panel",
        "modern",
        "en",
        ("Beatrice Longo", "Sustainability Consultant at Arup", "Milano, Italia"),
        "Grazie per la bella chiacchierata dopo il tuo panel alla Design Week sulle vecchie "
        "fabbriche trasformate in case!",
        LIKELY,
        ("met_in_person",),
        mutual=11,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        ("Sara Villa", "Dirigente scolastica presso IC Gallaratese", "Milano, Italia"),
        "Buongiorno Chiara, la nostra scuola sta per rifare la palestra e il consiglio d'istituto "
        "vorrebbe sentire il parere di un architetto prima del bando. Saresti disponibile per un "
        "incontro?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        ("Roberto Cattaneo", "Managing Director at Cattaneo Tessuti", "Como, Italia"),
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
        ("Alberto Riva", "Direttore tecnico presso Riva Legno Srl", "Trento, Italia"),
        "Ciao Chiara, piacere di averti conosciuta al Fuorisalone, alla presentazione in via "
        "Tortona. Continuiamo la chiacchierata sulle facciate!",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-note",
        "classic",
        "en",
        ("Kai <b>Brandt</b>", "Lighting Designer at Lichtwerk", "Hamburg, Germany"),
        "<script>alert('x')</script> Hi Chiara, we met at Milano Arch Week & talked about "
        "<i>daylight in deep-plan buildings</i>.",
        LIKELY,
        ("met_in_person",),
        comment="name and note contain markup that must be shown as text, never executed (the "
        "builder cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Irene Galli", "Conservation Architect at Studio Galli", "Venezia, Italia"),
        "Chiara, anch'io sono laureata al Polimi (magistrale 2011) e ora lavoro soprattutto su "
        "edifici vincolati a Venezia.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "en",
        ("Nadia Esposito", "Sustainability Manager at Costruire Verde Srl", "Torino, Italia"),
        "Hi Chiara — fellow GBC Italia member here; I'd be glad to compare notes on certifying "
        "residential retrofits.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "en",
        ("Giulio Ferraro", "Ricercatore presso Università Iuav di Venezia", "Venezia, Italia"),
        "Ciao Chiara, anch'io mi occupo di riuso di edifici industriali dismessi e mi piacerebbe "
        "scambiare qualche idea.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Jason Miller", "Account Executive at RenderFlow AI", "Austin, Texas, United States"),
        "Hi Chiara, our AI tool turns your sketches into photoreal renders in 30 seconds. "
        "Architects save 20+ hours a week. Open to a quick 15-min demo?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "en",
        ("Valentina Greco", "Business Developer presso BIM Service Italia", "Napoli, Italia"),
        "Buongiorno Chiara, il nostro team offre modellazione BIM e tavole esecutive in "
        "outsourcing a tariffe molto competitive. Posso inviarle il nostro listino?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Stefan Meier", "Project Architect at Herzog & de Meuron", "Basel, Switzerland"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my past organizations (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Francesco Bellini", "Financial Advisor at Banca Lombarda Privata", "Milano, Italia"),
        None,
        LOOK,
        mutual=23,
        comment="no note; 23 connections in common, threshold 15 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Laura Ricci", "Curator at Fondazione Arte Nova", "Milano, Italia"),
        "Ciao Chiara, ci siamo conosciute alla Design Week. Ti ho mandato il contratto per "
        "l'allestimento, accedi qui per visualizzarlo.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-notifiche.com",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "106-weak-industry-headline",
        "classic",
        "en",
        ("Giorgio Pellegrini", "Architecture & Interior Design | Freelance", "Brescia, Italia"),
        None,
        LOOK,
        stock="it",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Henrik Olsen", "Director at Nordvik Capital", "Copenhagen, Denmark"),
        "Hi Chiara, fellow ETH alum! Please review the tender documents I shared with you.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Kevin Price", "Regional Sales Manager at Alpine Coffee Systems", "Verona, Italy"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Carlos Méndez", "Gerente de Ventas en Logística Iberia", "Madrid, España"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Simone Bruno", "Agente assicurativo presso Assicurazioni Lodigiane", "Lodi, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Tyler Brooks", "Founder | Web3 | Growth Mindset", "Dubai, United Arab Emirates"),
        None,
        GENERIC,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Alessia Fontana", "Customer Care presso TelcoPiù", "Pavia, Italia"),
        "Ciao Chiara, ho visto il tuo profilo e mi piacerebbe entrare a far parte della tua rete.",
        GENERIC,
        mutual=1,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Max Ryder", "Entrepreneur | Speaker | Investor", "Lisbon, Portugal"),
        "Hello! Always happy to grow my network with inspiring professionals like you. Let's "
        "connect! 🚀",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Donatella Russo", "Consulente commerciale presso Fastnet Business", "Varese, Italia"),
        "I'd like to add you to my professional network on LinkedIn.\n- Donatella Russo",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Jan Hoffmann", "Key Account Manager bei Rheinland Versicherungen", "Köln"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Nicolas Bernard", "Conseiller clientèle chez Banque Alpine", "Lyon, France"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Emma Collins", "HR Generalist at Fintrex", "Dublin, Ireland"),
        "Hi Chiara, hope you're having a good week. Let's connect.",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Ricardo Sousa", "Gestor Comercial na Sol Telecom", "Porto, Portugal"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-site-visit",
        "classic",
        "en",
        ("James O'Connor", "Development Director at Castlebridge Homes", "Dublin, Ireland"),
        "Chiara, it was great walking the Lambrate site with you and your team on Friday. Still "
        "thinking about that courtyard. Let's stay in touch.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "022-same-org-current-implicit",
        "modern",
        "en",
        ("Marco Testa", "BIM Coordinator at Colombo Rinaldi Architetti", "Milano, Italia"),
        "Ciao Chiara, sono il nuovo BIM coordinator, in studio da lunedì (piano terra, vicino "
        "alla macchinetta del caffè 🙂). Mi collego con tutto il team!",
        LIKELY,
        ("same_organization",),
        mutual=6,
        comment="'in studio' is her own practice: he has just joined it",
    ),
    case(
        "023-same-org-past-alias",
        "classic",
        "en",
        ("Ingrid Sørensen", "Associate at Henning Larsen", "Copenhagen, Denmark"),
        "Hi Chiara! We sat next to each other at Boeri's office back in 2014, the Bosco "
        "Verticale years. Would be lovely to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry",
        "modern",
        "en",
        ("Paola Marchetti", "Titolare presso Marchetti Progetti", "Parma, Italia"),
        "Buongiorno Chiara, ho uno studio di architettura a Parma e cerco di tenermi in contatto "
        "con colleghe e colleghi di altre città. Un saluto!",
        LIKELY,
        ("same_industry",),
        mutual=4,
    ),
    case(
        "025-shared-interest-lowercase",
        "classic",
        "en",
        ("Rahul Mehta", "Policy Analyst at Housing Europe", "Brussels, Belgium"),
        "hi Chiara, saw your talk on affordable housing co-ops in Milan on youtube, really "
        "relevant to the policy brief im writing. would love to follow your work",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group",
        "modern",
        "en",
        ("Pieter de Vries", "Heritage Consultant at Erfgoed Advies", "Utrecht, Netherlands"),
        "Hi Chiara, I noticed we're both in Docomomo. I enjoyed your contribution to the "
        "discussion about the Olivetti buildings in Ivrea.",
        LIKELY,
        ("same_groups",),
        mutual=3,
    ),
    case(
        "027-mutual-referral-it",
        "classic",
        "en",
        ("Franca Zanetti", "Presidente presso Cooperativa Abitare Insieme", "Milano, Italia"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "028-alumni-short",
        "modern",
        "en",
        ("Luca Pozzi", "Product Designer at Arredo Lab", "Milano, Italia"),
        "Polimi '07 anch'io 👋 piccolo il mondo!",
        LIKELY,
        ("fellow_alumni",),
        mutual=9,
    ),
    case(
        "029-specific-interview",
        "classic",
        "en",
        ("Martina De Luca", "Giornalista freelance", "Milano, Italia"),
        "Buongiorno Chiara, sto scrivendo un articolo per Abitare sulla trasformazione degli ex "
        "scali ferroviari di Milano e vorrei intervistarti sul vostro progetto a Porta Romana. "
        "Avresti tempo la prossima settimana?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "030-specific-private-client",
        "modern",
        "en",
        ("Margaret Hughes", "Retired Teacher", "Edinburgh, Scotland, United Kingdom"),
        "Dear Chiara, my husband and I have bought an old farmhouse near Lake Orta and are "
        "looking for an architect to help us restore it. Do you take on small private projects "
        "like ours?",
        LIKELY,
        ("specific_reason",),
        comment="a would-be client asking for help: a specific reason, not a pitch",
    ),
    case(
        "031-met-fr",
        "modern",
        "en",
        ("Camille Rousseau", "Architecte chez Atelier Rousseau", "Lyon, France"),
        "Bonjour Chiara, nous nous sommes rencontrées lors de la visite guidée de l'Arsenale "
        "pendant la Biennale. Ravie de garder le contact !",
        LIKELY,
        ("met_in_person",),
        mutual=2,
    ),
    case(
        "032-alumni-de",
        "modern",
        "en",
        ("Sabine Wyss", "Projektleiterin bei Wyss Holzbau AG", "Luzern, Schweiz"),
        "Grüezi Chiara, ich habe auch an der ETH Architektur studiert (Diplom 2007). Schön, eine "
        "ehemalige ETH-Austauschstudentin hier zu finden!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "033-met-jury-day",
        "modern",
        "en",
        ("Daniele Russo", "Architect at Studio Russo", "Napoli, Italia"),
        "Che bello chiacchierare con te alla pausa caffè della giornata di giuria di Europan a "
        "Milano. Grazie ancora per i consigli sul nostro progetto!",
        LIKELY,
        ("met_in_person",),
        mutual=17,
    ),
    case(
        "034-specific-it-formal",
        "classic",
        "en",
        ("Giacomo Bassi", "Sindaco presso Comune di Valmadrera", "Lecco, Italia"),
        "Buongiorno architetto Colombo, il Comune sta valutando di trasformare l'ex filanda in "
        "biblioteca e vorremmo capire come impostare un concorso di progettazione. Posso "
        "chiamarla in settimana?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "035-resent-of-027",
        "classic",
        "en",
        ("Franca Zanetti", "Presidente presso Cooperativa Abitare Insieme", "Milano, Italia"),
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
        ("Rebecca Stein", "Timber Engineer at Blumer Holzbau", "Gossau, Switzerland"),
        "Chiara, so nice to meet you at the Holzbau-Forum dinner in Garmisch. Hope to see you "
        "there again next year!",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "037-markup-in-note-and-headline",
        "classic",
        "en",
        ("Elena Brambilla", "Interior Designer <i>Residential & Hospitality</i>", "Milano"),
        "Ciao Chiara, <b>bellissimo</b> conoscerti all'inaugurazione in Triennale "
        '<img src=x onerror="alert(1)"> e parlare di case di ringhiera!',
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "en",
        ("Andrea Sironi", "Funzionario tecnico presso Comune di Milano", "Milano, Italia"),
        "Ciao Chiara, siamo entrambi laureati al Politecnico (io nel 2010, tesi in composizione "
        "con Infussi). Piacere di ritrovarti qui!",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "039-group-dash",
        "classic",
        "en",
        ("Fabio Mancini", "Certificatore energetico", "Sesto San Giovanni, Italia"),
        "Chiara — collega dell'Ordine di Milano, ho visto che anche tu fai parte della "
        "commissione energia; sarebbe bello confrontarci.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "040-shared-interest-2",
        "modern",
        "en",
        ("Jonas Lindberg", "Researcher at Chalmers University of Technology", "Gothenburg"),
        "Hi Chiara, I work on reusing salvaged structural timber in new buildings and would love "
        "to hear how you approach it in your retrofit projects.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "041-specific-job-request",
        "modern",
        "en",
        ("Giorgia Ferri", "Neolaureata in Architettura", "Milano, Italia"),
        "Buongiorno Chiara, mi sono laureata a luglio e mi piacerebbe molto lavorare nel vostro "
        "studio, soprattutto sui progetti di housing. Posso mandarti il portfolio?",
        LIKELY,
        ("specific_reason",),
        comment="a graduate asking for a job: a concrete request, not a pitch",
    ),
    case(
        "042-mutual-referral-de",
        "classic",
        "en",
        ("Thomas Gruber", "Geschäftsführer bei Gruber Holzbau GmbH", "Bozen, Italien"),
        "Hallo Chiara, Andreas Brunner meinte, ich sollte mich bei dir melden: wir suchen für "
        "ein Wohnprojekt in Bozen ein Architekturbüro als Partner für den Wettbewerb.",
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="a builder looking for a competition partner: a proposal, not a sales pitch",
    ),
    case(
        "043-same-org-past-es",
        "modern",
        "en",
        ("Javier Ortega", "Arquitecto en Ortega Studio", "Barcelona, España"),
        "Hola Chiara! Coincidimos en Herzog & de Meuron en Basilea, yo estaba en el equipo de "
        "Tenerife. ¡Qué alegría encontrarte por aquí!",
        LIKELY,
        ("same_organization",),
        mutual=7,
    ),
    case(
        "044-met-pt",
        "modern",
        "en",
        ("Inês Carvalho", "Arquiteta na Carvalho & Reis", "Lisboa, Portugal"),
        "Olá Chiara, conhecemo-nos no workshop sobre reabilitação de edifícios em Lisboa, em "
        "março. Gostei muito da conversa!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "045-met-id",
        "classic",
        "en",
        ("Putri Wulandari", "Arsitek di Studio Ruang Hijau", "Jakarta, Indonesia"),
        "Halo Chiara, kita bertemu di Milano Arch Week bulan lalu, waktu sesi tanya jawab. "
        "Senang sekali bisa terhubung!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "111-pitch-saas",
        "modern",
        "en",
        ("Ashley Morgan", "SDR at SpecStack", "Denver, Colorado, United States"),
        "Hey Chiara! Noticed Colombo Rinaldi is growing fast 🚀 Our platform helps firms cut "
        "spec-writing time by 60%. Worth a quick chat this week?",
        LOOK,
        comment="sales pitch; naming my practice does not make it less of one",
    ),
    case(
        "112-pitch-agency",
        "classic",
        "en",
        ("Rohan Kapoor", "Founder at PixelCraft Visualization", "Pune, India"),
        "Dear Chiara, we are a team of 40 professionals offering 3D rendering, walkthroughs and "
        "drafting services to European firms at very affordable prices. Shall I share our "
        "portfolio and rates?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "113-weak-past-org-headline",
        "classic",
        "en",
        ("Caterina Marino", "Landscape Architect at Stefano Boeri Architetti", "Milano, Italia"),
        None,
        LOOK,
        stock="it",
        comment="stock note; headline names one of my past organizations (weak)",
    ),
    case(
        "114-weak-mutual",
        "modern",
        "en",
        ("Riccardo Gallo", "Operations Manager at Lombardia Logistica", "Lodi, Italia"),
        None,
        LOOK,
        mutual=31,
        comment="no note; 31 connections in common, threshold 15 (weak)",
    ),
    case(
        "115-spoof-good-note",
        "modern",
        "en",
        ("Anna Keller", "Head of Projects at Alpine Development Group", "Zurich, Switzerland"),
        "Hi Chiara, lovely meeting you at Arch Week! I've sent over the brief for the Zurich "
        "competition, log in here to download it.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-secure.net",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "116-weak-industry-headline",
        "modern",
        "en",
        ("Emilio Vitale", "Construction Manager | Residential Projects", "Bergamo, Italia"),
        None,
        LOOK,
        mutual=3,
        comment="no note; headline in my industry (weak)",
    ),
    case(
        "117-dmarc-fail-linkedin-from",
        "classic",
        "en",
        ("Marcel Dupont", "Directeur chez Immobilière Léman", "Genève, Suisse"),
        "Bonjour Chiara, nous nous sommes croisés au Politecnico. Merci de consulter la facture "
        "ci-jointe avant vendredi.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed school is not "
        "counted, as in the samples",
    ),
    case(
        "118-weak-school-headline",
        "classic",
        "en",
        ("Lorenzo Bianchi", "Architecture Student at Politecnico di Milano", "Milano, Italia"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names my school (weak)",
    ),
    case(
        "119-weak-group-headline",
        "modern",
        "en",
        ("Silvia Moro", "Consigliera presso Ordine degli Architetti di Milano", "Milano"),
        None,
        LOOK,
        mutual=4,
        comment="no note; headline names one of my groups (weak)",
    ),
    case(
        "120-pitch-it",
        "classic",
        "en",
        ("Gianluca Serra", "Area Manager presso Serramenti Nordest", "Treviso, Italia"),
        "Buongiorno architetto, siamo produttori di serramenti in legno-alluminio e riserviamo "
        "condizioni speciali agli studi di progettazione. Posso inviarle il catalogo?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "121-pitch-with-alumni",
        "modern",
        "en",
        ("Tommaso Greco", "Co-founder at Cantiere Digitale", "Milano, Italia"),
        "Ciao Chiara, ex Polimi anch'io! Con la mia startup aiutiamo gli studi a gestire in "
        "automatico i SAL e la contabilità di cantiere. Ti va una demo di 20 minuti?",
        LOOK,
        mutual=5,
        comment="sales pitch: a red flag whatever else the note says (the shared school is "
        "not counted, as in the samples)",
    ),
    case(
        "221-stock-en",
        "classic",
        "en",
        ("Brandon Lee", "Insurance Broker at SafeHarbor", "Manchester, United Kingdom"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "222-stock-es",
        "classic",
        "en",
        ("María José Paredes", "Ejecutiva Comercial en Telefonía Andina", "Quito, Ecuador"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "223-stock-it",
        "modern",
        "en",
        ("Claudio Ruggieri", "Consulente finanziario presso Banca del Lario", "Como, Italia"),
        None,
        GENERIC,
        stock="it",
        mutual=2,
    ),
    case(
        "224-modern-no-note",
        "modern",
        "en",
        ("Chad Wilson", "Life Coach | Mindset | Abundance", "Miami, Florida, United States"),
        None,
        GENERIC,
        mutual=1,
    ),
    case(
        "225-custom-vague-it",
        "classic",
        "en",
        ("Roberta Leone", "Impiegata amministrativa presso Lux Srl", "Cremona, Italia"),
        "Buongiorno Chiara, complimenti per il tuo profilo! Sarebbe un piacere essere in contatto.",
        GENERIC,
    ),
    case(
        "226-custom-vague-2",
        "classic",
        "en",
        ("Ahmed Karim", "CEO at Karim Holdings", "Dubai, United Arab Emirates"),
        "Greetings Chiara, I am impressed by your profile and would be honoured to be part of "
        "your esteemed network.",
        GENERIC,
    ),
    case(
        "227-old-stock-signed-it",
        "classic",
        "en",
        ("Vincenzo Amato", "Agente di commercio presso Amato Distribuzione", "Caserta, Italia"),
        "Vorrei aggiungerti alla mia rete professionale su LinkedIn.\nCordiali saluti, Vincenzo",
        GENERIC,
        comment="the Italian stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "228-stock-de",
        "classic",
        "en",
        ("Markus Weber", "Vertriebsmitarbeiter bei Weber Telekom", "München, Deutschland"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "229-stock-fr",
        "classic",
        "en",
        ("Sébastien Morel", "Commercial chez Optique Morel", "Grenoble, France"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "230-custom-vague-3",
        "modern",
        "en",
        ("Federico Marini", "Studente", "Milano, Italia"),
        "ciao chiara ti va di collegarci? buona giornata",
        GENERIC,
    ),
    case(
        "231-stock-pt",
        "classic",
        "en",
        ("Thiago Oliveira", "Vendedor na Magazine Sul", "Curitiba, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    case(
        "232-stock-id",
        "classic",
        "en",
        ("Agus Pratama", "Sales Executive di PT Sinar Jaya", "Bandung, Indonesia"),
        None,
        GENERIC,
        stock="id",
    ),
    case(
        "233-custom-vague-praise",
        "modern",
        "en",
        ("Sophia Turner", "Marketing Coordinator at BrightWave", "Leeds, United Kingdom"),
        "Hi Chiara, love your work, your projects look stunning! Would be great to connect.",
        GENERIC,
        mutual=2,
        comment="vague praise: names no project, place or topic",
    ),
    case(
        "234-custom-vague-de",
        "classic",
        "en",
        ("Katrin Schulz", "Vertriebsassistentin bei Nordlicht Reisen", "Hamburg, Deutschland"),
        "Hallo Chiara, ich würde mich freuen, mein Netzwerk mit Ihnen zu erweitern. Viele Grüße",
        GENERIC,
    ),
]

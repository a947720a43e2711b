"""Held-out invitations for Camille Laurent, marketing director at a luxury fashion house in Paris.

Mostly English interface, some French. Notes mostly in English, some in French, a few in Italian,
Spanish and German. One invitation for every likely-accept, needs-a-look and generic sample of
tests/fixtures/linkedin (the same kind of case, written from scratch for this recipient), then a
second pass over the same kinds with other writers and other wording (lengths, tones, typos), plus
a few kinds the samples lack: a colleague who names the house only as "la maison", a mutual
contact named without a request, a long formal research request, a pitch that opens with a real
meeting, a vague note from someone whose headline names her school, vague praise of her employer
from a fan. The builder has no reminder, HTML-only, bad-charset or unterminated-multipart layout:
those kinds are written as ordinary invitations of the same category. Labels follow DESIGN.md's
"Categories", as the recipient would judge the note, written without looking at the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

FASHION = Recipient(
    name="Camille Laurent",
    address="camille.laurent@example.fr",
    headline="Marketing Director at Maison Valmont Paris",
    profile_slug="camille-laurent-valmont",
)

FASHION_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Camille Laurent"
organizations = ["Maison Valmont", "Galeries Lafayette", "L'Oréal Luxe"]
schools = ["ESSEC Business School", "Università Bocconi"]
industries = ["luxury", "fashion", "retail"]
interests = [
    "brand strategy", "sustainable fashion", "circular fashion", "clienteling",
    "retail experience",
]
groups = ["ESSEC Alumni Luxury Club", "Women in Luxury Paris", "Sustainable Fashion Collective"]
events = [
    "Paris Fashion Week 2026", "Première Vision Paris 2026", "Luxury Marketing Summit Paris 2026",
]
contacts = ["Hélène Moreau", "Thomas Bertrand", "Giulia Ferrante"]

# Other names people use for the same thing.
[aliases]
"Maison Valmont" = ["Valmont", "Valmont Paris"]
"Galeries Lafayette" = ["Galeries Lafayette Haussmann", "Lafayette"]
"L'Oréal Luxe" = ["L'Oréal", "L'Oreal", "Lancôme"]
"ESSEC Business School" = ["ESSEC"]
"Università Bocconi" = ["Bocconi", "Bocconi University"]
"ESSEC Alumni Luxury Club" = ["ESSEC Luxury Club"]
"Women in Luxury Paris" = ["Women in Luxury"]
"Paris Fashion Week 2026" = ["Paris Fashion Week", "PFW", "Fashion Week"]
"Première Vision Paris 2026" = ["Première Vision", "Premiere Vision"]
"Luxury Marketing Summit Paris 2026" = ["Luxury Marketing Summit"]
"luxury" = ["luxe", "luxury goods"]
"fashion" = ["mode"]
"brand strategy" = ["stratégie de marque"]
"sustainable fashion" = ["sustainability in fashion", "mode durable", "mode responsable"]
"circular fashion" = ["mode circulaire", "luxury resale"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 25
"""

_REFERRAL = (
    "Hélène Moreau suggested I reach out to you about the panel on sustainable luxury I'm "
    "organising at IFM this spring."
)
_REFERRAL_2 = (
    "Hi Camille, Giulia Ferrante told me you're the person to talk to about Valmont's repair "
    "programme for leather goods. I'm writing a case study on it - would you have 20 minutes in "
    "the next few weeks?"
)

FASHION_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-premiere-vision",
        "classic",
        "en",
        ("Julien Faure", "Textile Sourcing Manager at Tissages du Rhône", "Lyon, France"),
        "Hi Camille, great meeting you at Première Vision last week. I was the one asking about "
        "your recycled cashmere suppliers. Let's stay in touch!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        ("Inès Benhamou", "Digital Marketing Manager at Maison Valmont", "Paris, Île-de-France"),
        "Hi Camille, I just joined the digital team at Maison Valmont and would love to connect "
        "with colleagues across the house.",
        LIKELY,
        ("same_organization",),
        mutual=11,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Mathieu Roussel", "Head of Retail Operations at Printemps", "Paris"),
        "Camille, we overlapped at Galeries Lafayette back in 2013 (I was on the womenswear "
        "buying team). Would be great to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        ("Sophie Vandenberghe", "Brand Manager at Delvaux", "Brussels, Belgium"),
        "Hello Camille, I manage a leather goods brand in Brussels and I'm always keen to learn "
        "from peers in luxury marketing.",
        LIKELY,
        ("same_industry",),
        mutual=4,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Emma Whitfield", "Sustainability Consultant", "London, United Kingdom"),
        "Hi Camille, I read your interview on circular fashion and luxury resale in Vogue "
        "Business. It's exactly what I'm working on with my clients right now.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Nadia Chérif", "Communications Director at Maison Kerel", "Paris"),
        "Hi Camille, we're both in the Women in Luxury Paris group. I really enjoyed your comment "
        "on the clienteling thread last month.",
        LIKELY,
        ("same_groups",),
        mutual=9,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        ("Arnaud Lefèvre", "Lecturer in Fashion Management at Institut Français de la Mode", ""),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Charlotte Dumas", "Category Manager at Sephora", "Paris"),
        "Hi Camille! Fellow ESSEC alum here (class of 2011). Small world!",
        LIKELY,
        ("fellow_alumni",),
        mutual=3,
    ),
    case(
        "009-specific-press-feature",
        "classic",
        "en",
        ("Rebecca Hale", "Senior Editor at The Business of Fashion", "London"),
        "Hi Camille, I'm putting together a feature on how heritage houses talk about "
        "sustainability and would love to include Maison Valmont's perspective. Could we set up "
        "a short call next week?",
        LIKELY,
        ("specific_reason",),
        comment="an editor asking for an interview: a request, not a pitch",
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Léa Fontaine", "Master's student, Fashion Management at IFM", "Paris"),
        "Camille, quick question: does Maison Valmont take marketing interns for the summer? I'd "
        "love to learn how a house like yours builds a brand.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        ("Lucía Navarro", "Directora de Marketing en Loewe", "Madrid, España"),
        "Hola Camille, nos conocimos en el Luxury Marketing Summit en París. ¡Me encantaría "
        "seguir en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=5,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Maximilian Hoffmann", "Head of E-Commerce bei Mytheresa", "München"),
        "Hallo Camille, wir haben beide an der ESSEC studiert. Ich würde mich freuen, mit einer "
        "ehemaligen Kommilitonin in Kontakt zu bleiben.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-talk",
        "modern",
        "en",
        ("Amélie Garnier", "Retail Director at Chloé", "Paris"),
        "Thanks for the lovely chat after your talk at the Luxury Marketing Summit!",
        LIKELY,
        ("met_in_person",),
        mutual=14,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        (
            "Chiara Lombardi",
            "Docente di Marketing del Lusso presso Politecnico di Milano",
            "Milano, Italia",
        ),
        "Ciao Camille, sto organizzando un seminario sul marketing del lusso sostenibile per i "
        "miei studenti e vorrei invitarti come ospite.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        ("Arnaud Lefèvre", "Lecturer in Fashion Management at Institut Français de la Mode", ""),
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
        ("Olivier Marchetti", "Visual Merchandising Director at Le Bon Marché", "Paris"),
        "Hi Camille, good to meet you at the Valmont presentation during Paris Fashion Week. "
        "Let's keep the conversation going.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-note",
        "classic",
        "en",
        ("Théo Lambert", "Creative Director at Studio Lambert", "Paris"),
        "<script>alert('x')</script> Hi Camille, we met at Première Vision & talked about "
        "<i>deadstock fabrics</i>.",
        LIKELY,
        ("met_in_person",),
        comment="note contains markup that must be shown as text, never executed (the builder "
        "cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Giovanni Rinaldi", "Menswear Marketing Lead at Ermenegildo Zegna", "Milano, Italia"),
        "Camille, I see you spent a semester at Bocconi - I graduated from there in 2010 and now "
        "run menswear marketing in Milan.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "en",
        ("Astrid Holm", "Head of Sustainability at Ganni", "Copenhagen, Denmark"),
        "Hi Camille, fellow Sustainable Fashion Collective member here — I'd love to compare "
        "notes on traceability.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "en",
        ("Hugo Perrin", "Clienteling Lead at Louis Vuitton", "Paris"),
        "Hi Camille, I work on clienteling too and would love to exchange ideas on the in-store "
        "experience.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Ryan Mitchell", "Account Executive at StyleSense AI", "New York, United States"),
        "Hi Camille, we help luxury brands lift e-commerce conversion by 25% with our AI styling "
        "platform. Open to a 15-minute demo this week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "en",
        ("Clara Vidal", "Partner at Influence Lab Agency", "Paris"),
        "Camille, our agency connects fashion houses with 2,000+ micro-influencers across "
        "Europe. Can I send you our media kit and rates?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Baptiste Morel", "Senior Buyer at Galeries Lafayette", "Paris"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my organizations (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Victoria Hayes", "Investment Director at Northbridge Capital", "London"),
        None,
        LOOK,
        mutual=38,
        comment="no note; 38 connections in common, threshold 25 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Sarah Klein", "Brand Partnerships at Elite Model Management", "Paris"),
        "Hi Camille, we met at Paris Fashion Week. Please verify your account to read my full "
        "message.",
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
        ("Marc Delorme", "Luxury Retail Consultant | Fashion & Beauty", ""),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Henri Vasseur", "Managing Director at Altair Partners", "Geneva, Switzerland"),
        "Hi Camille, fellow ESSEC alum! Please review the contract I shared with you.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Brandon Hughes", "Sales Manager at Apex Logistics", "Manchester, United Kingdom"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Carlos Méndez", "Asesor Comercial en Seguros Pacífico", "Sevilla, España"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Paolo Greco", "Agente immobiliare presso Tecnocasa", "Napoli, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Dylan Carter", "Entrepreneur | Crypto | Mindset Coach", "Dubai"),
        None,
        GENERIC,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Jessica Lin", "Account Manager at Pixel Media", "Singapore"),
        "Hi Camille, I came across your profile and would be glad to connect with you.",
        GENERIC,
        mutual=1,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Mike Rossi", "Founder & CEO | Investor", "Miami, Florida"),
        "Hello! Always looking to grow my network with inspiring leaders like you. Let's connect!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "fr",
        ("Nicolas Petit", "Conseiller clientèle chez Crédit Agricole", "Rouen"),
        "I'd like to add you to my professional network on LinkedIn.\n- Nicolas Petit",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Jens Bauer", "Vertriebsleiter bei Kühne Industrietechnik", "Hamburg"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "fr",
        ("Sébastien Caron", "Conseiller en gestion de patrimoine chez AXA", "Lille"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Alex Turner", "Student at University of Leeds", "Leeds, United Kingdom"),
        "Hi Camille, hope you're having a good week. Let's connect.",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Rafael Oliveira", "Consultor de Vendas na Imobiliária Porto", "Porto, Portugal"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-dinner-fr",
        "classic",
        "fr",
        ("Margaux Delcourt", "Responsable presse chez Jacquemus", "Paris"),
        "Bonjour Camille, ravie d'avoir fait votre connaissance au dîner de la Fashion Week mardi "
        "soir. J'espère que nous pourrons poursuivre notre discussion sur les vitrines de Noël !",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "022-same-org-current-alias",
        "modern",
        "en",
        ("Kenji Tanaka", "Regional Marketing Manager Japan at Valmont", "Tokyo, Japan"),
        "Hello Camille, I've been heading marketing for Valmont in Japan since September. Looking "
        "forward to working together on the spring campaign rollout.",
        LIKELY,
        ("same_organization",),
        mutual=18,
    ),
    case(
        "023-same-org-past-fr",
        "classic",
        "fr",
        ("Aurélie Masson", "Chef de produit chez Guerlain", "Paris"),
        "Bonjour Camille, nous étions ensemble chez L'Oréal Luxe, dans l'équipe Lancôme en "
        "2009-2010. Je serais ravie de reprendre contact !",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry",
        "modern",
        "en",
        ("Priya Raman", "Marketing Manager, Womenswear at Harrods", "London"),
        "Hi Camille, I look after luxury fashion marketing at a department store in London and "
        "like to keep in touch with people doing the same job on the brand side.",
        LIKELY,
        ("same_industry",),
        mutual=7,
    ),
    case(
        "025-shared-interest-typos",
        "classic",
        "en",
        ("Noah Becker", "Founder at ReWear Studio", "Berlin, Germany"),
        "hi Camille, saw your post about take-back programs and repairs for luxury bags - realy "
        "interesting, ive been thinking about circularity in fashion for years",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group-and-alumni",
        "modern",
        "en",
        ("Elena Kovacs", "Brand Director at Vilebrequin", "Saint-Tropez, France"),
        "Hi Camille, I saw your post in the ESSEC Alumni Luxury Club group about regional "
        "pricing. Fellow member (and fellow ESSEC grad) - glad to connect.",
        LIKELY,
        ("same_groups", "fellow_alumni"),
        mutual=6,
    ),
    case(
        "027-mutual-referral",
        "classic",
        "en",
        ("Sara Conti", "Sustainability Researcher at Politecnico di Milano", "Milano, Italia"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "028-alumni-exchange",
        "modern",
        "en",
        ("Tom Sinclair", "Strategy Manager at Burberry", "London"),
        "Camille, I think we must have crossed paths at Bocconi! I was on exchange there in "
        "spring 2008 too.",
        LIKELY,
        ("fellow_alumni",),
        mutual=2,
    ),
    case(
        "029-specific-tv-interview",
        "classic",
        "en",
        ("Yasmine Haddad", "Producer at France 24", "Paris"),
        "Hi Camille, I produce a business programme for France 24 and we're preparing a segment "
        "on luxury brands and the resale market. Would you be open to a short on-camera "
        "interview in December?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "030-specific-thesis-fr",
        "modern",
        "fr",
        ("Manon Giraud", "Étudiante en Master Marketing", "Cergy, Île-de-France"),
        "Bonjour Madame Laurent, je prépare mon mémoire de fin d'études sur la communication RSE "
        "des maisons de luxe. Accepteriez-vous de répondre à quelques questions lors d'un "
        "entretien de 20 minutes ?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "031-met-es",
        "modern",
        "en",
        ("Javier Ortega", "Responsable de Compras en El Corte Inglés", "Madrid, España"),
        "Hola Camille! Fue un placer conocerte en el stand de Première Vision. Te escribo para "
        "seguir en contacto y hablar de los tejidos reciclados.",
        LIKELY,
        ("met_in_person",),
        mutual=3,
    ),
    case(
        "032-alumni-it",
        "modern",
        "en",
        ("Francesca Galli", "Marketing Manager presso Max Mara", "Reggio Emilia, Italia"),
        "Ciao Camille, ho visto che anche tu sei passata dalla Bocconi! Io mi sono laureata nel "
        "2012. Sarebbe bello restare in contatto.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "033-met-breakfast",
        "modern",
        "en",
        ("Grace Okafor", "Junior Brand Manager at Chanel", "Paris"),
        "Really enjoyed your clienteling workshop at the Women in Luxury breakfast on Thursday, "
        "thank you for taking the time to answer my questions afterwards!",
        LIKELY,
        ("met_in_person",),
        mutual=19,
        comment="she attended the workshop and talked to Camille afterwards: a meeting",
    ),
    case(
        "034-specific-it-jury",
        "modern",
        "en",
        ("Marco Ferraro", "Direttore didattico presso Istituto Moda Milano", "Milano, Italia"),
        "Buongiorno Camille, a febbraio i nostri studenti presentano le collezioni di fine anno "
        "e stiamo formando la giuria. Ti andrebbe di farne parte?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "035-resent-of-027",
        "classic",
        "en",
        ("Sara Conti", "Sustainability Researcher at Politecnico di Milano", "Milano, Italia"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="re-sent invitation of 027 (the builder has no reminder layout): same inviter "
        "and note",
    ),
    case(
        "036-no-auth-header-met-fr",
        "classic",
        "fr",
        ("Bastien Rey", "Directeur artistique chez Studio Rey", "Paris"),
        "Camille, très heureux de vous avoir rencontrée au cocktail de Première Vision. À "
        "bientôt j'espère !",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "037-markup-in-note-and-headline",
        "classic",
        "en",
        ("Lina Aziz", "Content Lead <i>Beauty & Style</i> at Condé Nast", "Paris"),
        "Hi Camille, <b>so</b> nice meeting you at the Valmont pop-up "
        '<img src=x onerror="alert(1)"> - still thinking about that archive wall!',
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "en",
        ("Antoine Lemaire", "Head of CRM at Hermès", "Paris"),
        "Hello Camille, another ESSEC alumnus here (MSc Marketing 2014). Nice to see so many of "
        "us on the brand side.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "039-group-dash",
        "classic",
        "en",
        ("Mia Johansson", "CSR Manager at Acne Studios", "Stockholm, Sweden"),
        "Hi Camille — I'm in the Sustainable Fashion Collective too; would be glad to swap notes "
        "on supplier audits.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "040-shared-interest-fr",
        "modern",
        "fr",
        ("Claire Besson", "Responsable RSE chez Sézane", "Paris"),
        "Bonjour Camille, je travaille moi aussi sur la mode circulaire et la revente, et votre "
        "tribune dans Les Echos m'a beaucoup parlé. Au plaisir d'échanger !",
        LIKELY,
        ("shared_interests",),
        mutual=8,
    ),
    case(
        "041-same-org-la-maison-fr",
        "classic",
        "fr",
        ("Julie Mercier", "Responsable e-commerce chez Maison Valmont", "Paris"),
        "Bonjour Camille, j'ai rejoint l'équipe e-commerce de la maison le mois dernier (on se "
        "croise souvent au 3e étage !). Ravie de faire partie de l'aventure.",
        LIKELY,
        ("same_organization",),
        comment="a new colleague: the note says she joined 'la maison', the headline says which",
    ),
    case(
        "042-mutual-named",
        "modern",
        "en",
        ("Antoine Marchal", "Head of Partnerships at Vestiaire Collective", "Paris"),
        "Hi Camille, Thomas Bertrand and I worked together for years and he speaks very highly "
        "of you. Happy to connect!",
        LIKELY,
        ("mutual_connection",),
        mutual=12,
    ),
    case(
        "043-specific-long-formal",
        "classic",
        "en",
        ("Helen Carter", "Senior Lecturer in Marketing at London College of Fashion", "London"),
        "Dear Ms Laurent,\nI am leading a research project at London College of Fashion on how "
        "luxury houses explain their environmental commitments to clients in store. Given your "
        "work at Maison Valmont, I would be very grateful for the chance to interview you for "
        "45 minutes, at a time that suits you.\nKind regards,\nHelen Carter",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "111-pitch-saas",
        "modern",
        "en",
        ("Jake Thompson", "Enterprise Sales at Retailytics", "Boston, Massachusetts"),
        "Hi Camille! Loved Valmont's last campaign. We help premium brands turn foot-traffic "
        "data into 18% higher sales per store - worth a quick chat next Tuesday?",
        LOOK,
        comment="sales pitch opening with a compliment",
    ),
    case(
        "112-pitch-agency-fr",
        "classic",
        "fr",
        ("Romain Blanchard", "Fondateur de Growth & Co", "Paris"),
        "Bonjour Camille, notre agence accompagne les maisons de couture sur leur stratégie "
        "d'influence et de social ads, avec des résultats mesurables dès le premier mois. "
        "Seriez-vous disponible pour un appel de 15 minutes cette semaine ?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "113-weak-same-org-headline-fr",
        "classic",
        "fr",
        ("Chloé Martin", "Retail Planner at Maison Valmont", "Paris"),
        None,
        LOOK,
        stock="fr2",
        comment="stock note; headline names my current organization (weak)",
    ),
    case(
        "114-weak-mutual",
        "modern",
        "fr",
        ("Julien Besnard", "Directeur financier chez Groupe Arpège", "Paris"),
        None,
        LOOK,
        stock="en2",
        mutual=29,
        comment="stock note; 29 connections in common, threshold 25 (weak)",
    ),
    case(
        "115-spoof-good-note",
        "modern",
        "en",
        ("Olivia Grant", "Talent Partner at Kering", "Paris"),
        "Camille, lovely to meet you at the Luxury Marketing Summit! I've shared the speaker "
        "brief for next year here, just log in with your LinkedIn password to open it.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-secure-mail.com",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "116-weak-industry-headline-fr",
        "classic",
        "fr",
        ("Sandrine Morel", "Boutique Manager | Luxury Fashion Retail", "Cannes"),
        None,
        LOOK,
        stock="fr",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "117-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Richard Keller", "Partner at Strand Advisory", "Zurich, Switzerland"),
        "Hi Camille, we met at Paris Fashion Week. Kindly open the attached invoice for the show "
        "tickets.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed meeting is not "
        "counted, as in the samples",
    ),
    case(
        "118-pitch-after-meeting",
        "modern",
        "en",
        ("Lauren Price", "Business Development Manager at PackLux", "Amsterdam, Netherlands"),
        "Hi Camille, great meeting you at Première Vision! As promised, I'd love to send over our "
        "catalogue of eco-friendly luxury packaging with our 2027 pricing.",
        LOOK,
        ("met_in_person",),
        mutual=4,
        comment="a real meeting, but the note is a sales pitch: the red flag wins",
    ),
    case(
        "119-weak-school-headline-vague-note",
        "modern",
        "en",
        ("Pierre-Antoine Leroy", "MBA Candidate at ESSEC Business School", "Cergy, France"),
        "Hi Camille, I'd be delighted to connect with you.",
        LOOK,
        mutual=2,
        comment="vague note; only the headline names my school (weak)",
    ),
    case(
        "120-dmarc-fail-plain-note-fr",
        "classic",
        "fr",
        ("Isabelle Fournier", "Directrice marketing chez Balmain", "Paris"),
        "Bonjour Camille, ravie de notre échange à Première Vision, je vous envoie la "
        "présentation dont nous avons parlé.",
        LOOK,
        auth="fail",
        comment="a plausible note, but DKIM and DMARC failed: flagged whatever it says",
    ),
    case(
        "221-stock-en",
        "classic",
        "en",
        ("Steve Walker", "Regional Director at Walker Insurance Group", "Birmingham"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "222-stock-es",
        "classic",
        "en",
        ("María José Torres", "Agente Inmobiliaria en RE/MAX", "Valencia, España"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "223-stock-it",
        "classic",
        "en",
        ("Alessio Marini", "Consulente assicurativo presso Generali", "Torino, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "224-modern-no-note",
        "modern",
        "en",
        ("Tyler Brooks", "Dropshipping Expert | 7 Figures | DM me", "Los Angeles, California"),
        None,
        GENERIC,
        mutual=2,
    ),
    case(
        "225-custom-vague-fr",
        "classic",
        "fr",
        ("Fabien Leclerc", "Consultant chez Capgemini", "Nantes"),
        "Bonjour Camille, je souhaite élargir mon réseau professionnel. Au plaisir d'échanger !",
        GENERIC,
    ),
    case(
        "226-custom-vague-praise",
        "modern",
        "en",
        ("Hannah Scott", "Account Executive at BrightWave", "Dublin, Ireland"),
        "Impressive profile! Would be great to connect.",
        GENERIC,
    ),
    case(
        "227-old-stock-signed",
        "classic",
        "en",
        ("Gary Collins", "Financial Advisor at Morgan Hill Wealth", "Leeds"),
        "I'd like to join your LinkedIn network.\nBest, Gary",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "228-stock-de",
        "classic",
        "en",
        ("Andreas Wolf", "Key Account Manager bei Schneider Verpackungen", "Köln"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "229-stock-fr",
        "classic",
        "fr",
        ("Laurent Girard", "Agent commercial chez Immo Côte d'Azur", "Nice"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "230-custom-vague-3",
        "modern",
        "en",
        ("Priyanka Desai", "Operations Analyst at Infosys", "Pune, India"),
        "Hello Camille, hope all is well with you! Looking forward to connecting.",
        GENERIC,
        mutual=1,
    ),
    case(
        "231-stock-pt",
        "classic",
        "en",
        ("Thiago Pereira", "Gerente de Vendas na Auto Forte", "Curitiba, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    case(
        "232-vague-praise-of-employer",
        "modern",
        "en",
        ("Kevin Nguyen", "Marketing Student at University of Houston", "Houston, Texas"),
        "Hi Camille, I love your work and Maison Valmont is my dream brand!! Would love to "
        "connect.",
        GENERIC,
        comment="a fan: naming my employer is not working there, and the praise says nothing",
    ),
    case(
        "233-vague-it",
        "modern",
        "en",
        ("Roberto Esposito", "Imprenditore", "Roma, Italia"),
        "Ciao Camille, sarebbe un piacere entrare in contatto con te. Buona giornata!",
        GENERIC,
    ),
    case(
        "234-vague-typos",
        "classic",
        "en",
        ("Jordan Blake", "Business Developer", "Toronto, Canada"),
        "hi camille hope your doing great, lets connect and grow together",
        GENERIC,
    ),
]

"""Held-out invitations for Julien Moreau, flight-test engineer and team lead in Toulouse.

French interface for most invitations, English for some; notes mostly in French and English,
a few in German, Italian, Spanish and Portuguese. One invitation for every likely-accept,
needs-a-look and generic sample of tests/fixtures/linkedin (the same kind of case, written from
scratch for this recipient), then a second pass over the same kinds with other writers and
other wording, plus a few kinds the samples do not have (a weak school headline, a pitch that
claims a shared school, a vague note with many connections in common, vague notes in German
and Italian). The builder has no reminder, HTML-only, bad-charset or unterminated-multipart
layout: those kinds are written as ordinary invitations of the same category. Labels follow
DESIGN.md's "Categories", as the recipient would judge the note, written without looking at
the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

AEROSPACE = Recipient(
    name="Julien Moreau",
    address="julien.moreau@example.fr",
    headline="Flight Test Engineer & Team Lead at Airbus | ISAE-SUPAERO",
    profile_slug="julien-moreau-flighttest",
)

AEROSPACE_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Julien Moreau"
organizations = ["Airbus", "DGA Essais en vol", "Dassault Aviation"]
schools = ["ISAE-SUPAERO", "Cranfield University", "Lycée Pierre-de-Fermat"]
industries = ["aerospace", "flight testing", "aircraft manufacturing"]
interests = [
    "flight test instrumentation", "handling qualities", "flutter testing", "telemetry",
    "sustainable aviation fuel", "gliding",
]
groups = [
    "Society of Flight Test Engineers", "Association Aéronautique et Astronautique de France",
    "ISAE-SUPAERO Alumni",
]
events = [
    "SFTE European Symposium 2026", "Farnborough International Airshow 2026",
    "Journées 3AF Essais en Vol 2026",
]
contacts = ["Claire Fabre", "Mathieu Rousseau", "Karin Bauer"]

# Other names people use for the same thing.
[aliases]
"Airbus" = ["Airbus Commercial Aircraft", "Airbus Flight Test"]
"DGA Essais en vol" = ["DGA EV", "DGA Flight Testing", "CEV", "Centre d'Essais en Vol"]
"Dassault Aviation" = ["Dassault"]
"ISAE-SUPAERO" = ["SUPAERO", "Sup'Aéro", "Supaéro", "ISAE"]
"Cranfield University" = ["Cranfield"]
"Lycée Pierre-de-Fermat" = ["Pierre de Fermat", "prépa Fermat"]
"aerospace" = ["aéronautique", "aeronautics", "aviation"]
"flight testing" = ["flight test", "essais en vol"]
"flight test instrumentation" = ["FTI", "instrumentation d'essais"]
"handling qualities" = ["qualités de vol"]
"flutter testing" = ["flutter"]
"telemetry" = ["télémesure", "télémétrie"]
"sustainable aviation fuel" = ["SAF", "carburants durables"]
"gliding" = ["vol à voile", "planeur", "glider"]
"Society of Flight Test Engineers" = ["SFTE"]
"Association Aéronautique et Astronautique de France" = ["3AF"]
"ISAE-SUPAERO Alumni" = ["SUPAERO Alumni"]
"SFTE European Symposium 2026" = ["SFTE symposium", "symposium SFTE", "SFTE 2026"]
"Farnborough International Airshow 2026" = ["Farnborough", "Farnborough Airshow"]
"Journées 3AF Essais en Vol 2026" = ["journées 3AF", "3AF flight test days"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 15
"""

_REFERRAL = (
    "Claire Fabre suggested I get in touch with you about flight test instrumentation for our "
    "demonstrator campaign next spring."
)
_REFERRAL_2 = (
    "Bonjour Julien, Mathieu Rousseau m'a dit que vous étiez la bonne personne pour parler des "
    "essais en conditions givrantes. Auriez-vous un moment pour un appel la semaine prochaine ?"
)

AEROSPACE_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-sfte-symposium",
        "classic",
        "fr",
        (
            "Thomas Lemaire",
            "Ingénieur essais en vol chez Safran Helicopter Engines",
            "Pau, Nouvelle-Aquitaine",
        ),
        "Bonjour Julien, ravi d'avoir échangé avec vous au symposium SFTE la semaine dernière. "
        "C'est moi qui vous posais des questions sur la télémesure en temps réel. Au plaisir de "
        "rester en contact !",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "fr",
        ("Inès Garnier", "Ingénieure instrumentation chez Airbus", "Toulouse, Occitanie"),
        "Bonjour Julien, je viens de rejoindre l'équipe instrumentation d'essais chez Airbus à "
        "Blagnac et j'aimerais me connecter avec les collègues des essais en vol.",
        LIKELY,
        ("same_organization",),
        mutual=11,
    ),
    case(
        "003-same-org-past",
        "classic",
        "fr",
        ("Marc Delorme", "Senior Test Engineer at Pilatus Aircraft", "Stans, Switzerland"),
        "Julien, on s'est croisés à la DGA Essais en vol à Istres vers 2013 (j'étais côté "
        "télémesure). Ce serait sympa de reprendre contact.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        (
            "Lukas Hartmann",
            "Head of Flight Test at Volare Air Mobility",
            "Munich, Bavaria, Germany",
        ),
        "Hello Julien, I run the flight test department at a small eVTOL start-up in Munich and "
        "I'm always keen to learn from peers in flight testing.",
        LIKELY,
        ("same_industry",),
        mutual=4,
    ),
    case(
        "005-shared-interest",
        "classic",
        "fr",
        ("Camille Roux", "Doctorante à l'ONERA", "Toulouse"),
        "Bonjour Julien, j'ai lu votre article sur l'évaluation des qualités de vol en "
        "turbulence. C'est exactement le sujet de ma thèse en ce moment.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Rebecca Hollins", "Flight Test Engineer at Bombardier", "Wichita, Kansas"),
        "Hi Julien, we're both members of the Society of Flight Test Engineers group. I enjoyed "
        "your comment on the thread about flutter clearance.",
        LIKELY,
        ("same_groups",),
        mutual=7,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "fr",
        (
            "Pieter van Dam",
            "Programme Manager at Royal Netherlands Aerospace Centre (NLR)",
            "Amsterdam, Netherlands",
        ),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "fr",
        ("Antoine Vidal", "Responsable produit chez Thales Alenia Space", "Cannes"),
        "Salut Julien ! Moi aussi ancien de SUPAERO (promo 2011). Toujours content de croiser "
        "des anciens !",
        LIKELY,
        ("fellow_alumni",),
        mutual=3,
    ),
    case(
        "009-specific-student-talk",
        "classic",
        "fr",
        ("Sandrine Calvet", "Responsable relations entreprises, IUT de Blagnac", "Blagnac"),
        "Bonjour Julien, je coordonne les projets tutorés à l'IUT de Blagnac et nous aimerions "
        "qu'un ingénieur d'essais vienne présenter son métier à nos étudiants en mars. "
        "Pourrions-nous en discuter ?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "010-specific-question",
        "modern",
        "fr",
        (
            "Yanis Benhamou",
            "Étudiant en Master Génie Mécanique, Université de Bordeaux",
            "Bordeaux",
        ),
        "Julien, petite question : est-ce que votre équipe accueille des stagiaires de master "
        "pendant l'été ? Je cherche un stage de 3 mois à partir de juin.",
        LIKELY,
        ("specific_reason",),
        comment="a student asking about an internship: a concrete request, not a pitch",
    ),
    case(
        "011-met-es",
        "modern",
        "fr",
        ("Álvaro Ruiz", "Ingeniero de ensayos en Airbus Defence and Space", "Getafe, Madrid"),
        "Hola Julien, nos conocimos en Farnborough en julio, en la cena del último día. ¡Me "
        "encantaría seguir en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=5,
    ),
    case(
        "012-alumni-de",
        "modern",
        "fr",
        ("Sebastian Krüger", "Flugversuchsingenieur bei Airbus Helicopters", "Donauwörth"),
        "Hallo Julien, wir haben beide an der ISAE-SUPAERO studiert (ich war 2012 als "
        "Austauschstudent dort). Ich würde mich freuen, in Kontakt zu bleiben.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-talk",
        "modern",
        "fr",
        ("Élise Bonnet", "Ingénieure navigabilité chez ATR", "Blagnac"),
        "Merci pour l'échange après votre présentation aux journées 3AF, c'était passionnant !",
        LIKELY,
        ("met_in_person",),
        mutual=9,
    ),
    case(
        "014-specific-it",
        "modern",
        "fr",
        ("Matteo Galli", "Ricercatore presso Politecnico di Milano", "Milano, Italia"),
        "Ciao Julien, sto organizzando un seminario sulle prove di volo al Politecnico di Milano "
        "e vorrei invitarti come relatore.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "fr",
        (
            "Pieter van Dam",
            "Programme Manager at Royal Netherlands Aerospace Centre (NLR)",
            "Amsterdam, Netherlands",
        ),
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
        ("Daniel Whitcombe", "Chief Test Engineer at Rolls-Royce", "Derby, United Kingdom"),
        "Hi Julien, good to meet you at the SFTE European Symposium. Let's keep the conversation "
        "going on ground station upgrades.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-note",
        "classic",
        "fr",
        ("Kevin Marchal", "Ingénieur calcul chez Stelia Aerospace", "Méaulte"),
        "<script>alert('x')</script> Bonjour Julien, on s'est rencontrés à Farnborough & on a "
        "parlé de <i>flutter</i>.",
        LIKELY,
        ("met_in_person",),
        comment="note contains markup that must be shown as text, never executed (the builder "
        "cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "fr",
        ("Hugo Ferrand", "Ingénieur systèmes chez Delair", "Labège"),
        "Julien, je suis aussi diplômé de Sup'Aéro (mastère spécialisé 2016) et je travaille "
        "maintenant sur les drones de surveillance.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "en",
        ("Ana Ribeiro", "Flight Test Engineer at Embraer", "São José dos Campos, Brazil"),
        "Hi Julien, fellow 3AF member here — I'd love to compare notes on flight test safety "
        "reviews.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "fr",
        ("Olivier Pujol", "Technicien avionique chez Sabena technics", "Toulouse"),
        "Bonjour Julien, je fais aussi du vol à voile (à la Montagne Noire) et j'aimerais "
        "échanger sur l'instrumentation des planeurs.",
        LIKELY,
        ("shared_interests",),
        mutual=2,
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Jake Morrison", "Enterprise Account Executive at SkyMetrics", "Denver, Colorado"),
        "Hi Julien, we help flight test teams cut data reduction time by 60% with our cloud "
        "analytics platform. Open to a 20-minute demo this week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "fr",
        ("Sophie Arnaud", "Business Manager chez Altaero Conseil", "Toulouse"),
        "Julien, notre cabinet met à disposition des ingénieurs d'essais en régie pour renforcer "
        "vos équipes dès le mois prochain. Puis-je vous envoyer nos tarifs ?",
        LOOK,
        comment="sales pitch (engineering staffing)",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "fr",
        ("Cédric Lacombe", "Technicien essais sol chez Airbus", "Colomiers"),
        None,
        LOOK,
        stock="fr",
        comment="stock note; headline names one of my organizations (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "fr",
        ("Romain Teissier", "Directeur d'agence chez Crédit Agricole", "Toulouse"),
        None,
        LOOK,
        mutual=26,
        comment="no note; 26 connections in common, threshold 15 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "fr",
        ("Nathalie Brunet", "Directrice des partenariats", "Paris"),
        "Bonjour Julien, on s'est croisés à Farnborough. Merci de confirmer votre compte pour "
        "voir mon message.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-notifications.fr",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "106-weak-industry-headline",
        "classic",
        "en",
        ("Graham Fisher", "Independent Consultant | Aerospace | Certification & Airworthiness", ""),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "fr",
        ("Victor Lenoir", "Directeur général chez Orion Holding", "Genève, Suisse"),
        "Bonjour Julien, ancien de SUPAERO moi aussi ! Merci de consulter le document que je "
        "vous ai partagé.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the alumni claim is not "
        "counted, as in the samples",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Greg Tanner", "Sales Manager at Apex Fitness Equipment", "Manchester, United Kingdom"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "202-stock-es",
        "classic",
        "fr",
        ("Sergio Navarro", "Gerente de ventas en Inmobiliaria Costa Sol", "Málaga, España"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "fr",
        ("Paolo Greco", "Agente immobiliare presso Casa Italia", "Napoli, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "fr",
        ("Brice Lambert", "Entrepreneur | Coach en développement personnel", "Bordeaux"),
        None,
        GENERIC,
    ),
    case(
        "205-custom-vague",
        "modern",
        "fr",
        ("Nadia Cherif", "Conseillère commerciale chez Orange", "Montpellier"),
        "Bonjour Julien, je suis tombée sur votre profil et j'aimerais beaucoup faire partie de "
        "votre réseau.",
        GENERIC,
        mutual=1,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "fr",
        ("Kévin Dupuis", "CEO & Founder | Investisseur | Speaker", "Paris"),
        "Hello ! Toujours ravi d'élargir mon réseau avec des profils inspirants comme le vôtre. "
        "Connectons-nous !",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "fr",
        ("Patrick Morel", "Conseiller en assurances chez Groupama", "Albi"),
        "J'aimerais vous inviter à rejoindre mon réseau professionnel sur LinkedIn.\n"
        "- Patrick Morel",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "fr",
        ("Jürgen Wolf", "Vertriebsleiter bei Autohaus Wolf GmbH", "Stuttgart"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "fr",
        ("Laurent Giraud", "Conseiller en gestion de patrimoine", "Lyon"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "fr",
        ("Mélanie Perrin", "Chargée de recrutement chez Adecco", "Nantes"),
        "Bonjour Julien, j'espère que vous allez bien. Au plaisir d'échanger.",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "fr",
        ("Ricardo Sousa", "Consultor de vendas na Imobiliária Porto", "Porto, Portugal"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-airshow-chalet",
        "classic",
        "en",
        ("Emma Sinclair", "Test Pilot at GKN Aerospace", "Bristol, United Kingdom"),
        "Julien! Great chatting in the chalet at Farnborough on Tuesday, and thanks for the tips "
        "on test card prep. Hope our paths cross again soon.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "022-same-org-current-alias",
        "modern",
        "fr",
        ("Chloé Vasseur", "Data Analyst - Flight Test Centre", "Toulouse, Occitanie"),
        "Bonjour Julien, nouvelle arrivée chez Airbus Flight Test (analyse des données vol), je "
        "suis encore en train de découvrir qui fait quoi. Ravie de rejoindre la maison !",
        LIKELY,
        ("same_organization",),
        mutual=13,
    ),
    case(
        "023-same-org-past-alias",
        "classic",
        "fr",
        ("Frédéric Aubert", "Chef de projet chez Daher", "Tarbes"),
        "Salut Julien, ça fait un bail ! On bossait ensemble chez Dassault à Istres sur la "
        "campagne du Falcon 6X. Content de te retrouver ici.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry",
        "modern",
        "en",
        ("Tyler Brandt", "Flight Test Engineer II at Textron Aviation", "Wichita, Kansas"),
        "hi Julien, im a flight test engineer at Textron in Wichita, always curious how other "
        "OEMs run their test campaigns. would be glad to connect",
        LIKELY,
        ("same_industry",),
        mutual=2,
    ),
    case(
        "025-shared-interest",
        "classic",
        "fr",
        ("Marion Estève", "Ingénieure carburants chez TotalEnergies", "Lyon"),
        "Bonjour Julien, votre post sur le vol d'essai avec 100 % de SAF m'a beaucoup intéressée : "
        "je travaille sur la qualification des carburants durables et le sujet me passionne.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group-alumni",
        "modern",
        "en",
        ("Nikhil Rao", "Performance Engineer at Air France Industries", "Paris"),
        "Hi Julien, saw your post in the ISAE-SUPAERO Alumni group about the flight test career "
        "evening. I'm a member too (class of 2019) and would happily help out next year.",
        LIKELY,
        ("same_groups", "fellow_alumni"),
        mutual=6,
    ),
    case(
        "027-mutual-referral",
        "classic",
        "fr",
        ("Géraldine Mas", "Cheffe de projet chez Météo-France", "Toulouse"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "028-alumni",
        "modern",
        "fr",
        ("Léa Marty", "Ingénieure GNC au CNES", "Toulouse"),
        "Julien, un petit bonjour d'une ancienne de Supaéro ! J'ai suivi la filière dynamique du "
        "vol quelques années après vous.",
        LIKELY,
        ("fellow_alumni",),
        mutual=8,
    ),
    case(
        "029-specific-interview",
        "classic",
        "en",
        ("Rachel Dunmore", "Senior Editor at Aviation Week", "London, United Kingdom"),
        "Hi Julien, I'm writing a feature on how test teams are preparing aircraft certification "
        "for new fuels. Would you be open to a 20-minute interview in the next few weeks?",
        LIKELY,
        ("specific_reason",),
        comment="a journalist asking for an interview: a request, not a sales pitch",
    ),
    case(
        "030-specific-question",
        "modern",
        "fr",
        ("Maxime Ortiz", "Ingénieur structures chez Latécoère", "Toulouse"),
        "Bonjour Julien, je prépare ma candidature à l'EPNER pour devenir ingénieur navigant "
        "d'essais. Accepteriez-vous de me parler de votre parcours 10 minutes au téléphone ?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "031-met-pt",
        "modern",
        "fr",
        ("Tiago Mendes", "Engenheiro de ensaios em voo na Embraer", "Gavião Peixoto, Brasil"),
        "Olá Julien, nos conhecemos na visita técnica ao centro de ensaios em Toulouse em "
        "setembro. Foi um prazer conversar com você!",
        LIKELY,
        ("met_in_person",),
        mutual=3,
    ),
    case(
        "032-alumni-de-formal",
        "modern",
        "fr",
        ("Katrin Baumann", "Systemingenieurin bei MTU Aero Engines", "München"),
        "Guten Tag Herr Moreau, ich habe wie Sie an der SUPAERO studiert (Doppeldiplom mit der "
        "TU München, 2014). Schön, einen weiteren Absolventen in Toulouse zu finden!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "033-met-site-visit",
        "modern",
        "fr",
        ("Pauline Girard", "Professeure de physique-chimie au lycée Déodat de Séverac", "Toulouse"),
        "C'était un plaisir de discuter avec vous pendant la visite du hangar vendredi dernier, "
        "merci pour vos explications sur les capteurs de pression !",
        LIKELY,
        ("met_in_person",),
        mutual=1,
        comment="a teacher who met him during a site visit with her class",
    ),
    case(
        "034-specific-it",
        "modern",
        "fr",
        ("Lorenzo Ferraro", "Professore associato presso Università di Pisa", "Pisa, Italia"),
        "Buongiorno Julien, organizzo la scuola estiva di meccanica del volo all'Università di "
        "Pisa e vorrei sapere se saresti disponibile per una lezione sulle prove di flutter a "
        "luglio.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "035-resent-of-027",
        "classic",
        "fr",
        ("Géraldine Mas", "Cheffe de projet chez Météo-France", "Toulouse"),
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
        ("Arnaud Sicard", "Pilote d'essai chez Dassault Aviation", "Istres"),
        "Julien, sympa d'avoir fait connaissance au dîner des journées 3AF hier soir. À la "
        "prochaine !",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "037-markup-in-note-and-headline",
        "classic",
        "fr",
        ("Romain Esquerré", "Ingénieur <b>essais moteurs</b> chez Safran", "Villaroche"),
        "Bonjour Julien, <b>super</b> rencontre au symposium SFTE "
        '<img src=x onerror="alert(1)"> et merci pour la discussion sur la télémesure !',
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "en",
        ("Priya Raman", "Flight Test Engineer at Boeing", "Seattle, Washington"),
        "Hi Julien, fellow ISAE-SUPAERO grad here (MSc Aerospace Engineering 2017), now based in "
        "Seattle. Always nice to find alumni on the test side!",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "039-group-dash",
        "classic",
        "fr",
        ("Bertrand Lagarde", "Acousticien à l'ONERA", "Châtillon"),
        "Bonjour Julien — membre de la 3AF moi aussi ; je serais ravi d'échanger sur les mesures "
        "de bruit en essais au sol.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "040-shared-interest-2",
        "modern",
        "en",
        ("Jonas Eriksson", "Avionics Engineer at Saab", "Linköping, Sweden"),
        "Hi Julien, I'm also into flight test instrumentation (mostly FTI on light aircraft) and "
        "would love to swap notes sometime.",
        LIKELY,
        ("shared_interests",),
        mutual=4,
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "041-alumni-cranfield",
        "classic",
        "en",
        ("Oliver Whitaker", "Senior Loads Engineer at Spirit AeroSystems", "Prestwick, Scotland"),
        "Julien, we were in the same Cranfield MSc cohort (Flight Dynamics, 2010)! Hope all is "
        "well down in Toulouse.",
        LIKELY,
        ("fellow_alumni",),
        comment="his second school, not the one in his headline",
    ),
    case(
        "111-pitch-saas",
        "modern",
        "fr",
        ("Thibault Renard", "Head of Sales chez Flyreport.ai", "Paris"),
        "Bonjour Julien, notre solution d'IA rédige automatiquement vos rapports d'essais à partir "
        "des données brutes. Je vous propose une démo de 15 minutes jeudi ?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "112-pitch-staffing",
        "classic",
        "en",
        ("Connor Walsh", "Director at AeroTalent Solutions", "Bristol, United Kingdom"),
        "Hi Julien, we're a specialist staffing agency placing contract test engineers across "
        "Europe. Can I send you our candidate profiles and day rates?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "113-weak-past-org-headline",
        "classic",
        "fr",
        ("Didier Castan", "Mécanicien avion à DGA Essais en vol", "Istres"),
        None,
        LOOK,
        stock="fr",
        comment="stock note; headline names one of my past organizations (weak)",
    ),
    case(
        "114-weak-mutual",
        "modern",
        "fr",
        ("Aurélie Massat", "Responsable RH chez Vinci Construction", "Toulouse"),
        None,
        LOOK,
        mutual=38,
        comment="no note; 38 connections in common, threshold 15 (weak)",
    ),
    case(
        "115-spoof-referral",
        "modern",
        "en",
        ("Helen Corbett", "Procurement Lead", "London"),
        "Hi Julien, Claire Fabre gave me your name regarding the telemetry contract. Please "
        "download the specification here to continue.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-secure-mail.com",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed referral is not counted, as in the samples",
    ),
    case(
        "116-weak-industry-headline",
        "classic",
        "fr",
        ("Jérôme Bessière", "Ingénieur certification | Aéronautique | Navigabilité", "Toulouse"),
        None,
        LOOK,
        stock="fr2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "117-dmarc-fail-linkedin-from",
        "modern",
        "fr",
        ("Oscar Valette", "Associé gérant chez Crestline Partners", "Luxembourg"),
        "Julien, bonjour, nous nous sommes rencontrés au salon de Farnborough. Veuillez ouvrir "
        "la facture jointe concernant votre commande.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed meeting is not "
        "counted, as in the samples",
    ),
    case(
        "118-weak-school-headline",
        "classic",
        "en",
        ("Mathis Durand", "Student at ISAE-SUPAERO", "Toulouse"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names my school (weak)",
    ),
    case(
        "119-pitch-with-alumni-claim",
        "modern",
        "fr",
        ("Gaël Rivière", "Fondateur de Cap Leadership | Coach certifié", "Toulouse"),
        "Bonjour Julien, en tant qu'ancien de SUPAERO je me permets de vous présenter notre "
        "programme de coaching pour managers d'équipes techniques. Un créneau de 20 minutes "
        "cette semaine ?",
        LOOK,
        comment="sales pitch that also claims the same school: the pitch is a red flag whatever "
        "else the note says",
    ),
    case(
        "120-vague-note-many-mutual",
        "modern",
        "fr",
        ("Stéphane Roques", "Gérant chez Roques Immobilier", "Colomiers"),
        "Bonjour Julien, au plaisir d'échanger !",
        LOOK,
        mutual=19,
        comment="vague note, but 19 connections in common, threshold 15 (weak)",
    ),
    case(
        "221-stock-en",
        "classic",
        "en",
        ("Darren Cole", "Regional Manager at Premier Inn", "Leeds, United Kingdom"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "224-modern-no-note",
        "modern",
        "en",
        ("Steve Kingsley", "Serial Entrepreneur | Crypto Investor | Keynote Speaker", "Dubai"),
        None,
        GENERIC,
        mutual=3,
    ),
    case(
        "225-custom-vague",
        "modern",
        "en",
        ("Ashley Brooks", "Real Estate Consultant at Keller Williams", "Orlando, Florida"),
        "Hi Julien, I came across your profile and I'd be honored to be part of your network.",
        GENERIC,
    ),
    case(
        "226-custom-vague-2",
        "classic",
        "fr",
        ("Yohan Marchetti", "Coach business | Liberté financière", "Nice"),
        "Salut ! Je développe mon réseau avec des personnes inspirantes. On se connecte ? 🙂",
        GENERIC,
    ),
    case(
        "227-old-stock-signed",
        "classic",
        "en",
        ("Gavin Price", "Financial Advisor at Hargreaves Wealth", "Birmingham, United Kingdom"),
        "I'd like to add you to my professional network on LinkedIn.\nBest regards, Gavin",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "229-stock-fr",
        "classic",
        "fr",
        ("Sébastien Roy", "Agent immobilier chez Century 21", "Perpignan"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "230-custom-vague-3",
        "modern",
        "fr",
        ("Christelle Bernard", "Conseillère en image", "Bordeaux"),
        "Bonsoir Julien, très beau parcours ! Ce serait un plaisir d'être en relation.",
        GENERIC,
        mutual=2,
    ),
    case(
        "232-stock-id",
        "classic",
        "en",
        ("Agus Wijaya", "Marketing Executive di PT Sinar Jaya", "Jakarta, Indonesia"),
        None,
        GENERIC,
        stock="id",
    ),
    case(
        "233-custom-vague-praise",
        "modern",
        "en",
        ("Raj Malhotra", "Business Development Manager at Infoserve Solutions", "Pune, India"),
        "Dear Julien, impressive profile and career path! Would be great to connect and "
        "exchange ideas.",
        GENERIC,
        mutual=1,
    ),
    case(
        "234-custom-vague-de",
        "modern",
        "fr",
        ("Florian Schulz", "Vertriebsmitarbeiter bei Energie Plus GmbH", "Hamburg"),
        "Hallo Julien, ich erweitere gerade mein Netzwerk und würde mich über eine Vernetzung "
        "freuen. Viele Grüße, Florian",
        GENERIC,
    ),
    case(
        "235-custom-vague-it",
        "classic",
        "fr",
        ("Federica Longo", "Consulente di marketing digitale", "Roma, Italia"),
        "Ciao Julien, piacere di conoscerti! Spero di poter collaborare in futuro.",
        GENERIC,
        comment="'piacere di conoscerti' is a greeting formula here, no meeting is mentioned",
    ),
]

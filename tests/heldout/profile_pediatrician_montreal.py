"""Held-out invitations for Dr. Sophie Tremblay, pediatrician in Montréal, Canada.

Pediatrician and clinical associate professor at CHU Sainte-Justine (Université de Montréal),
formerly on staff at the Montreal Children's Hospital and at the Cité-de-la-Santé in Laval;
MD from Université de Montréal, residency and a master's at McGill. French interface for most
invitations, English for some; notes in Québec French and Canadian English, a few in Spanish,
and single ones in German, Italian, Portuguese and Indonesian.

One invitation for every likely-accept, needs-a-look and generic sample of
tests/fixtures/linkedin (the same kind of case, written from scratch for this recipient), then a
second pass over the same kinds with other writers and other wording, plus a few kinds the
samples lack (a pitch that also claims a meeting, a vague note from someone whose headline is
in her field, a note that names her hospital only to flatter, a pharma rep's visit request).
The builder has no reminder, HTML-only, bad-charset or unterminated-multipart layout: those
kinds are written as ordinary invitations of the same category. Labels follow DESIGN.md's
"Categories", as the recipient would judge the note, written without looking at the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

PEDIATRICIAN = Recipient(
    name="Sophie Tremblay",
    address="sophie.tremblay@example.ca",
    headline="Pédiatre et professeure agrégée de clinique - CHU Sainte-Justine | Université de "
    "Montréal",
    profile_slug="sophie-tremblay-pediatre",
)

PEDIATRICIAN_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Sophie Tremblay"
organizations = [
    "CHU Sainte-Justine", "Université de Montréal", "Montreal Children's Hospital",
    "CISSS de Laval",
]
schools = ["Université de Montréal", "McGill University", "Collège Jean-de-Brébeuf"]
industries = ["pediatrics", "healthcare", "academic medicine"]
interests = [
    "pediatric asthma", "vaccine hesitancy", "adolescent health", "medical education",
    "child development",
]
groups = [
    "Canadian Paediatric Society", "Association des pédiatres du Québec",
    "American Academy of Pediatrics", "Femmes en médecine Québec",
]
events = [
    "CPS 2026 Annual Conference", "Journées pédiatriques de Sainte-Justine 2026",
    "Congrès de l'APQ 2026", "PAS 2026 Meeting",
]
contacts = ["Marc-André Gagnon", "Isabelle Nguyen", "Rachel Goldberg"]

# Other names people use for the same thing.
[aliases]
"CHU Sainte-Justine" = ["Sainte-Justine", "Ste-Justine", "CHUSJ"]
"Université de Montréal" = ["UdeM", "U de M", "University of Montreal", "Université de Montreal"]
"Montreal Children's Hospital" = [
    "Montreal Children's", "Hôpital de Montréal pour enfants", "the Children's", "MCH",
]
"CISSS de Laval" = ["Cité-de-la-Santé", "Hôpital de la Cité-de-la-Santé"]
"McGill University" = ["McGill", "Université McGill"]
"Collège Jean-de-Brébeuf" = ["Brébeuf"]
"pediatrics" = [
    "pédiatrie", "paediatrics", "pediatría", "peds", "pediatrician", "paediatrician", "pédiatre",
]
"healthcare" = ["health care", "soins de santé"]
"academic medicine" = ["médecine universitaire"]
"pediatric asthma" = ["asthme pédiatrique", "asthme chez l'enfant", "childhood asthma"]
"vaccine hesitancy" = ["hésitation vaccinale", "vaccine-hesitant"]
"adolescent health" = ["santé des adolescents", "adolescent medicine", "médecine de l'adolescence"]
"medical education" = ["pédagogie médicale", "enseignement médical", "formation médicale"]
"child development" = ["développement de l'enfant"]
"Canadian Paediatric Society" = ["CPS", "Société canadienne de pédiatrie", "SCP"]
"Association des pédiatres du Québec" = ["APQ"]
"American Academy of Pediatrics" = ["AAP"]
"CPS 2026 Annual Conference" = ["CPS conference", "congrès de la SCP", "CPS 2026"]
"Journées pédiatriques de Sainte-Justine 2026" = ["Journées pédiatriques"]
"Congrès de l'APQ 2026" = ["congrès de l'APQ"]
"PAS 2026 Meeting" = ["PAS 2026", "Pediatric Academic Societies", "congreso PAS"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 15
"""

_REFERRAL = (
    "Isabelle Nguyen m'a suggéré de vous écrire au sujet d'un partenariat entre nos centres de "
    "pédiatrie sociale et votre clinique d'asthme."
)
_REFERRAL_2 = (
    "Hi Sophie, Rachel Goldberg at the Jewish General told me you're the person to ask about "
    "setting up a school-based asthma education program. Would you have 20 minutes for a call "
    "sometime this month?"
)

PEDIATRICIAN_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-cps-conference",
        "classic",
        "fr",
        ("Mathieu Bouchard", "Pédiatre au CHU de Québec-Université Laval", "Québec, Canada"),
        "Bonjour Sophie, très content de t'avoir rencontrée au congrès de la SCP la semaine "
        "dernière. C'est moi qui posais plein de questions sur votre clinique d'asthme. Au "
        "plaisir de rester en contact!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "fr",
        (
            "Émilie Lavoie",
            "Infirmière praticienne spécialisée en pédiatrie au CHU Sainte-Justine",
            "Montréal, Québec, Canada",
        ),
        "Bonjour Dre Tremblay, je viens de commencer à l'unité de médecine de jour de "
        "Sainte-Justine et j'aimerais me connecter avec les collègues de l'équipe médicale.",
        LIKELY,
        ("same_organization",),
        mutual=11,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("David Cohen", "Pediatric Cardiologist at CHEO", "Ottawa, Ontario, Canada"),
        "Sophie, we overlapped at the Montreal Children's back in 2013 (I was the cardiology "
        "fellow who always stole the good chair in the resident lounge). Would be great to "
        "reconnect!",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "fr",
        ("Nadia Belkacem", "Pédiatre - Clinique pédiatrique de Gatineau", "Gatineau, Québec"),
        "Bonjour Sophie, je suis pédiatre en cabinet en Outaouais et j'aime garder contact avec "
        "des collègues pédiatres qui travaillent en milieu hospitalier.",
        LIKELY,
        ("same_industry",),
        mutual=4,
    ),
    case(
        "005-shared-interest",
        "classic",
        "fr",
        ("Jean-François Roy", "Chercheur en santé publique à l'INSPQ", "Québec, Canada"),
        "Bonjour Dre Tremblay, j'ai lu votre article sur l'hésitation vaccinale chez les jeunes "
        "parents. C'est exactement le sujet sur lequel je travaille présentement.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Priya Raman", "Paediatrician at SickKids", "Toronto, Ontario, Canada"),
        "Hi Sophie, we're both members of the Canadian Paediatric Society's adolescent health "
        "section. I enjoyed your comment on the thread about confidential visits for teens.",
        LIKELY,
        ("same_groups",),
        mutual=7,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "fr",
        (
            "Olivier Côté",
            "Coordonnateur de programmes à la Fondation du Dr Julien",
            "Montréal, Québec, Canada",
        ),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "fr",
        ("Caroline Pelletier", "Médecin de famille - GMF des Faubourgs", "Montréal"),
        "Salut Sophie! Une autre diplômée de médecine de l'UdeM ici (promo 2010). Go Carabins!",
        LIKELY,
        ("fellow_alumni",),
        mutual=3,
    ),
    case(
        "009-specific-parent-evening",
        "classic",
        "fr",
        ("Marie-Ève Gauthier", "Directrice générale, CPE Les Petits Bourgeons", "Laval, Québec"),
        "Bonjour Dre Tremblay, je dirige un CPE à Laval et on aimerait organiser une soirée "
        "d'information pour les parents sur la vaccination cet automne. Seriez-vous disponible "
        "pour un appel?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Kevin MacDonald", "Retired Firefighter", "Pointe-Claire, Québec"),
        "Sophie, quick question: does Sainte-Justine take volunteers for the reading program on "
        "the inpatient floors? I'd love to help out a couple of afternoons a week.",
        LIKELY,
        ("specific_reason",),
        comment="offers his time as a volunteer: a concrete request, not a sales pitch",
    ),
    case(
        "011-met-es",
        "modern",
        "fr",
        (
            "Valentina Herrera",
            "Pediatra en Hospital Infantil de México Federico Gómez",
            "Ciudad de México, México",
        ),
        "Hola Sophie, nos conocimos en el congreso PAS en abril. ¡Me encantaría seguir en "
        "contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=2,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        (
            "Lena Hoffmann",
            "Oberärztin Pädiatrie, Charité – Universitätsmedizin Berlin",
            "Berlin, Deutschland",
        ),
        "Hallo Sophie, wir haben beide an der McGill University studiert – ich war 2011 für "
        "meinen Master in Epidemiologie dort. Ich würde mich freuen, mit einer ehemaligen "
        "Kommilitonin in Kontakt zu bleiben.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-talk",
        "modern",
        "fr",
        ("Geneviève Ouellet", "Résidente en pédiatrie, Université de Sherbrooke", "Sherbrooke"),
        "Merci pour la belle discussion après votre conférence aux Journées pédiatriques!",
        LIKELY,
        ("met_in_person",),
        mutual=9,
    ),
    case(
        "014-specific-it",
        "modern",
        "fr",
        ("Chiara Esposito", "Pediatra presso Ospedale Pediatrico Bambino Gesù", "Roma, Italia"),
        "Ciao Sophie, sto organizzando un webinar sull'asma pediatrica per i medici di base e "
        "vorrei invitarti come relatrice.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "fr",
        (
            "Olivier Côté",
            "Coordonnateur de programmes à la Fondation du Dr Julien",
            "Montréal, Québec, Canada",
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
        "fr",
        ("Luc Bergeron", "Urgentologue pédiatrique", "Montréal, Québec, Canada"),
        "Bonjour Sophie, content de t'avoir rencontrée au congrès de l'APQ à Québec. On garde "
        "contact!",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-name-and-note",
        "classic",
        "en",
        (
            "Alex <b>Morin</b>",
            "Child Life Specialist at Shriners Hospitals for Children – Canada",
            "Montréal",
        ),
        "<script>alert('x')</script> Hi Sophie, we met at the Journées pédiatriques & talked "
        "about <i>needle fear in kids</i>.",
        LIKELY,
        ("met_in_person",),
        comment="name and note contain markup that must be shown as text, never executed (the "
        "builder cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "fr",
        ("Anne-Sophie Lefebvre", "Pharmacienne, Hôpital général juif", "Montréal, Québec"),
        "Sophie, je suis aussi diplômée de McGill (maîtrise en 2014) et je travaille maintenant "
        "en pharmacie hospitalière.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "en",
        ("Thomas Lindgren", "Pediatric Hospitalist at Alberta Children's Hospital", "Calgary"),
        "Hi Sophie, fellow CPS member here — I'd love to compare notes on bronchiolitis pathways.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "fr",
        ("Fatou Diallo", "Inhalothérapeute, Centre d'enseignement sur l'asthme", "Longueuil"),
        "Bonjour Sophie, je travaille aussi en éducation sur l'asthme chez l'enfant et "
        "j'aimerais échanger des idées sur les plans d'action pour les écoles.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "fr",
        ("Maxime Paquette", "Directeur des ventes chez CliniqueFlow", "Montréal, Québec"),
        "Bonjour Sophie, j'aide les cliniques pédiatriques à réduire les rendez-vous manqués de "
        "40 % grâce à notre plateforme de rappels automatisés. Ouverte à une démo de 15 minutes "
        "cette semaine?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "en",
        ("Jessica Tran", "Account Manager at ScribeMD Transcription", "Toronto, Ontario"),
        "Sophie, our agency provides bilingual medical transcription for busy pediatric clinics "
        "at a fraction of the cost. Can I send you our pricing?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "fr",
        ("Patrick Dubé", "Technicien en génie biomédical au CHU Sainte-Justine", "Montréal"),
        None,
        LOOK,
        stock="fr",
        comment="stock note; headline names one of my organizations (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "fr",
        ("Stéphanie Morin", "Conseillère principale, Desjardins", "Montréal, Québec"),
        None,
        LOOK,
        mutual=32,
        comment="no note; 32 connections in common, threshold 15 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "fr",
        ("Julie Caron", "Chargée de projet chez Globex Santé", "Montréal"),
        "Bonjour Sophie, on s'est rencontrées au congrès de la SCP. Veuillez confirmer votre "
        "compte pour voir mon message.",
        LOOK,
        auth="lookalike",
        lookalike="linkedln-notifications.com",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "106-weak-industry-headline",
        "classic",
        "en",
        ("Brian O'Neill", "Pediatrician | Children's health advocate", "Halifax, Nova Scotia"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "fr",
        ("Henri Lacasse", "Directeur, Groupe Meridian Capital", "Genève, Suisse"),
        "Bonjour Sophie, ancien de McGill moi aussi! Veuillez consulter le document que je vous "
        "ai partagé.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Tyler Brooks", "Sales Representative at Maple Leaf Roofing", "Mississauga, Ontario"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "202-stock-es",
        "classic",
        "fr",
        ("Carlos Mendoza", "Gerente de ventas en Importadora Andina", "Quito, Ecuador"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "fr",
        ("Matteo Ricci", "Agente immobiliare presso Casa Milano", "Milano, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Chad Wilson", "Serial Entrepreneur | Crypto | Keynote Speaker", "Vancouver, BC"),
        None,
        GENERIC,
    ),
    case(
        "205-custom-vague",
        "modern",
        "fr",
        ("Mélanie Fortin", "Courtière immobilière chez Royal LePage", "Laval, Québec"),
        "Bonjour Sophie, je suis tombée sur votre profil et j'aimerais beaucoup faire partie de "
        "votre réseau.",
        GENERIC,
        mutual=2,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Jordan Blake", "Entrepreneur | Investor | Mindset Coach", "Calgary, Alberta"),
        "Hello! Growing my network with amazing professionals like you. Let's connect!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "fr",
        (
            "Sylvain Gagné",
            "Conseiller en sécurité financière chez iA Groupe financier",
            "Trois-Rivières",
        ),
        "J'aimerais vous inviter à rejoindre mon réseau professionnel sur LinkedIn.\n"
        "- Sylvain Gagné",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "fr",
        ("Markus Wagner", "Vertriebsleiter bei Alpen Logistik GmbH", "München"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "fr",
        ("Kevin Lachance", "Représentant chez Portes et Fenêtres Boréal", "Terrebonne, Québec"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "fr",
        ("Alexandre Nadeau", "Étudiant en techniques comptables, Cégep Montmorency", "Laval"),
        "Bonjour Sophie, j'espère que vous allez bien. Au plaisir de se connecter!",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "fr",
        ("Rodrigo Alves", "Consultor comercial na Alves Seguros", "Porto Alegre, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-clinic-rotation",
        "modern",
        "fr",
        ("Camille Bélanger", "Étudiante en médecine, Université Laval", "Québec, Canada"),
        "Allo Sophie! Merci encore de m'avoir laissée te suivre en clinique pendant mon stage "
        "en mars, j'ai vraiment appris beaucoup. J'espère qu'on va se recroiser!",
        LIKELY,
        ("met_in_person",),
        mutual=5,
        comment="a medical student she supervised in clinic: they worked side by side",
    ),
    case(
        "022-same-org-current-alias",
        "modern",
        "en",
        (
            "Jason Wong",
            "Research Coordinator, Centre de recherche Azrieli du CHU Sainte-Justine",
            "Montréal, Québec, Canada",
        ),
        "Hi Dr. Tremblay, I just started as a research coordinator at the Ste-Justine research "
        "centre and I'm trying to meet the clinicians in the respiratory group.",
        LIKELY,
        ("same_organization",),
        mutual=6,
    ),
    case(
        "023-same-org-past",
        "classic",
        "fr",
        ("Nathalie Bisson", "Infirmière-chef, CISSS des Laurentides", "Saint-Jérôme, Québec"),
        "Bonjour Sophie, on a travaillé ensemble à la Cité-de-la-Santé il y a quelques années, "
        "j'étais à la pouponnière. J'espère que tout va bien pour toi à Montréal!",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry",
        "modern",
        "en",
        ("Megan Fraser", "Family Physician, Inuulitsivik Health Centre", "Puvirnituq, Québec"),
        "Hi Sophie, I'm a family doc up in Nunavik and a big chunk of my practice is kids. I "
        "like staying connected with pediatricians down south.",
        LIKELY,
        ("same_industry",),
        mutual=3,
        comment="a family doctor whose practice is largely pediatric: same field",
    ),
    case(
        "025-shared-interest",
        "classic",
        "en",
        ("Aisha Mohammed", "MPH Candidate, University of Toronto", "Toronto, Ontario"),
        "Hi Dr Tremblay, your CBC interview on vaccine hesitancy in newcomer families really "
        "stuck with me, it's the topic of my MPH practicum this year.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group",
        "modern",
        "fr",
        ("Véronique Dion", "Pédiatre, Hôpital régional de Rimouski", "Rimouski, Québec"),
        "Bonjour Sophie, je t'ai lue sur le forum des membres de l'APQ à propos de la pénurie "
        "d'amoxicilline. Membre moi aussi, au plaisir d'échanger.",
        LIKELY,
        ("same_groups",),
        mutual=8,
    ),
    case(
        "027-mutual-referral",
        "classic",
        "en",
        ("Daniel Fisher", "Program Manager at Lung Health Foundation", "Toronto, Ontario"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "028-alumni-and-past-org",
        "modern",
        "fr",
        ("Marc Lapointe", "Chirurgien orthopédiste pédiatrique", "Montréal, Québec"),
        "Salut Sophie! Ancien résident de McGill moi aussi, on a fait nos gardes au Children's "
        "la même année si je me souviens bien. Content de te retrouver ici.",
        LIKELY,
        ("fellow_alumni", "same_organization"),
        mutual=12,
    ),
    case(
        "029-specific-interview",
        "classic",
        "fr",
        ("Annie Lavallée", "Journaliste à Radio-Canada", "Montréal, Québec"),
        "Bonjour Dre Tremblay, je prépare un reportage sur la hausse des cas de rougeole au "
        "Québec. Accepteriez-vous de m'accorder une entrevue de 20 minutes la semaine "
        "prochaine?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "030-specific-question-elective",
        "modern",
        "en",
        ("Omar Haddad", "Pediatrics Resident (PGY-2), McGill University", "Montréal"),
        "Dr. Tremblay, I'm hoping to do an elective in your asthma clinic next spring. Do you "
        "take residents from outside UdeM, and who should I contact to set it up?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "031-met-es",
        "modern",
        "fr",
        ("Diego Salazar", "Residente de Pediatría, Hospital Nacional de Niños", "San José"),
        "Hola Dra. Tremblay, coincidimos en el taller de simulación pediátrica en Montreal el "
        "mes pasado, yo era el residente de Costa Rica. Fue un gusto conocerla, ¡ojalá sigamos "
        "en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=1,
    ),
    case(
        "032-alumni-pt",
        "modern",
        "fr",
        ("Beatriz Souza", "Pediatra no Hospital Pequeno Príncipe", "Curitiba, Brasil"),
        "Olá Sophie! Também fiz o fellowship em pneumologia pediátrica na McGill (2015-2017). "
        "Que bom encontrar outra ex-aluna por aqui!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "033-met-workshop",
        "modern",
        "en",
        ("Heather Campbell", "Child Life Specialist at IWK Health", "Halifax, Nova Scotia"),
        "Loved your workshop at the CPS conference on talking with hesitant parents. Thanks for "
        "staying after to answer my questions!",
        LIKELY,
        ("met_in_person",),
        mutual=13,
        comment="she talked with her after the workshop: a meeting, however brief",
    ),
    case(
        "034-specific-id",
        "modern",
        "fr",
        ("Dewi Lestari", "Dokter Spesialis Anak di RSUP Dr. Sardjito", "Yogyakarta, Indonesia"),
        "Halo dr. Sophie, saya sedang mencari program fellowship respirologi anak di Kanada. "
        "Apakah Sainte-Justine menerima fellow dari luar negeri? Terima kasih banyak.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "035-resent-of-027",
        "classic",
        "en",
        ("Daniel Fisher", "Program Manager at Lung Health Foundation", "Toronto, Ontario"),
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
        ("Sébastien Poirier", "Pédiatre, CIUSSS du Saguenay–Lac-Saint-Jean", "Chicoutimi"),
        "Sophie, c'était vraiment le fun de jaser avec toi au souper des Journées pédiatriques "
        "jeudi passé. À la prochaine!",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "037-markup-in-note-and-headline",
        "classic",
        "fr",
        (
            "Isabeau Renaud",
            "Ergothérapeute <i>pédiatrie</i> - Clinique Cogito",
            "Montréal, Québec",
        ),
        "Bonjour Sophie, <b>super</b> rencontre au congrès de l'APQ "
        '<img src=x onerror="alert(1)"> et merci pour tes conseils sur le TDAH!',
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "en",
        ("Michael O'Connor", "Emergency Physician, Lakeshore General Hospital", "Pointe-Claire"),
        "Hi Sophie, another UdeM med grad here (2007), though I ended up in the West Island. "
        "Always nice to see a familiar school on a profile.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "039-group-dash",
        "classic",
        "en",
        ("Rebecca Stein", "General Pediatrician, Boston Children's Primary Care", "Boston, MA"),
        "Hi Sophie — fellow AAP member (pulmonology section); I'd be glad to swap notes on "
        "asthma action plans for daycares.",
        LIKELY,
        ("same_groups", "shared_interests"),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "040-shared-interest-2",
        "modern",
        "fr",
        ("Jérôme Tessier", "Professeur en sciences de l'éducation, UQAM", "Montréal, Québec"),
        "Bonjour Sophie, je m'intéresse moi aussi à la pédagogie médicale, surtout la "
        "rétroaction aux résidents. J'aimerais bien qu'on en jase un de ces jours.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "041-specific-no-accents",
        "modern",
        "fr",
        ("Kim Tran", "Infirmiere scolaire, Centre de services scolaire de Montreal", "Montreal"),
        "bonjour dre tremblay, je suis infirmiere scolaire dans une ecole primaire a "
        "montreal-nord et on a bcp d'enfants asthmatiques sans plan d'action. est-ce que vous "
        "auriez des ressources a nous recommander? merci",
        LIKELY,
        ("specific_reason",),
        mutual=2,
        comment="typed fast, no accents or capitals: still a concrete question",
    ),
    case(
        "042-referral-es",
        "classic",
        "fr",
        ("Lucía Paredes", "Coordinadora de campañas, Fundación Salud para Todos", "Lima, Perú"),
        "Hola Dra. Tremblay, Marc-André Gagnon me dio su nombre. Estamos organizando una campaña "
        "de vacunación infantil en Lima y nos vendría muy bien su experiencia con familias "
        "indecisas. ¿Podríamos conversar?",
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "111-pitch-with-meeting",
        "modern",
        "en",
        ("Ashley Park", "Account Executive at PediaChart EHR", "Toronto, Ontario"),
        "Hi Sophie, great chatting at our booth at the CPS conference! As promised, I'd love to "
        "set up a quick demo of PediaChart, clinics like yours save 6 hours a week on charting.",
        LOOK,
        comment="sales pitch; the booth chat does not make it less of one",
    ),
    case(
        "112-pitch-agency",
        "classic",
        "fr",
        ("Laurence Drouin", "Fondatrice, Agence Vitalité Com", "Montréal, Québec"),
        "Sophie, notre agence aide les médecins à développer leur présence sur les réseaux "
        "sociaux et à attirer plus de patients. Je peux vous envoyer nos forfaits?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "113-weak-past-org-headline",
        "classic",
        "en",
        ("Rania Khoury", "Nurse Clinician at Montreal Children's Hospital", "Montréal"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my past organizations (weak)",
    ),
    case(
        "114-weak-mutual",
        "modern",
        "en",
        ("Trevor Hughes", "Project Manager at Pomerleau", "Montréal, Québec"),
        None,
        LOOK,
        mutual=48,
        comment="no note; 48 connections in common, threshold 15 (weak)",
    ),
    case(
        "115-spoof-good-note",
        "modern",
        "en",
        ("Helen Marsh", "Senior Advisor, Clinical Partnerships", "London, United Kingdom"),
        "Hi Sophie, fellow McGill alum here! I've shared the referral file with you, sign in "
        "here to view it before it expires.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-secure-mail.com",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed school is not counted, as in the samples",
    ),
    case(
        "116-weak-industry-headline-vague-note",
        "modern",
        "fr",
        ("Amélie Charest", "Infirmière en pédiatrie, CHU de Québec", "Québec, Canada"),
        "Bonjour Sophie, j'aimerais beaucoup faire partie de votre réseau!",
        LOOK,
        mutual=4,
        comment="vague note, but the headline is in my field (weak)",
    ),
    case(
        "117-dmarc-fail-linkedin-from",
        "classic",
        "fr",
        ("Philippe Desrosiers", "Associé, Desrosiers Conseil", "Bruxelles, Belgique"),
        "Bonjour Dre Tremblay, Isabelle Nguyen m'a donné votre nom. Le dossier est en pièce "
        "jointe, ouvrez-le avec vos identifiants LinkedIn.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the named contact is not "
        "counted, as in the samples",
    ),
    case(
        "118-weak-school-headline",
        "classic",
        "fr",
        ("Guillaume Pratte", "Étudiant en médecine à l'Université de Montréal", "Montréal"),
        None,
        LOOK,
        stock="fr2",
        comment="stock note; headline names my school (weak)",
    ),
    case(
        "119-pitch-pharma-visit",
        "modern",
        "fr",
        ("Stéphane Giroux", "Représentant médical, Vaxira Pharma Canada", "Montréal, Québec"),
        "Bonjour Dre Tremblay, auriez-vous 10 minutes cette semaine? J'aimerais vous présenter "
        "les nouvelles données de notre vaccin contre le VRS et laisser de la documentation à "
        "votre clinique.",
        LOOK,
        mutual=6,
        comment="a drug rep asking for a detailing visit: a sales pitch",
    ),
    case(
        "221-stock-en",
        "classic",
        "en",
        ("Scott Harmon", "Real Estate Agent at RE/MAX", "Brossard, Québec"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "222-stock-es",
        "classic",
        "fr",
        ("Javier Morales", "Director Comercial en Grupo Andino", "Bogotá, Colombia"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "224-modern-no-note-few-mutual",
        "modern",
        "fr",
        ("Jonathan Beaulieu", "Conseiller aux ventes chez Canac", "Lévis, Québec"),
        None,
        GENERIC,
        mutual=9,
        comment="no note; 9 connections in common is under the threshold of 15",
    ),
    case(
        "225-custom-vague",
        "modern",
        "en",
        ("Melissa Grant", "Sales Associate at Urban Threads", "Ottawa, Ontario"),
        "Hi Sophie, I came across your profile and I'd be honoured to connect.",
        GENERIC,
    ),
    case(
        "226-custom-vague-2",
        "classic",
        "fr",
        ("Patrice Roussel", "Entrepreneur | Investisseur | Conférencier", "Boucherville"),
        "Bonjour! Toujours à la recherche de personnes inspirantes pour agrandir mon réseau. "
        "Connectons-nous!",
        GENERIC,
    ),
    case(
        "227-old-stock-signed",
        "classic",
        "en",
        ("Gary Whitfield", "Financial Advisor at Edward Jones", "Kingston, Ontario"),
        "I'd like to join your LinkedIn network.\nThanks, Gary",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "229-stock-fr",
        "classic",
        "fr",
        ("Antoine Girard", "Agent immobilier chez Immo Provence", "Marseille, France"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "230-custom-vague-3",
        "modern",
        "en",
        ("Tanya Brooks", "Customer Success Manager at CloudNova", "Vancouver, BC"),
        "Hello Sophie, hope all is well! Would be great to connect.",
        GENERIC,
        mutual=1,
    ),
    case(
        "231-stock-pt",
        "classic",
        "fr",
        ("Beatriz Almeida", "Consultora de Vendas na Imobiliária Lisboa", "Lisboa, Portugal"),
        None,
        GENERIC,
        stock="pt",
    ),
    case(
        "232-stock-id",
        "classic",
        "fr",
        ("Budi Santoso", "Sales Supervisor di PT Maju Bersama", "Surabaya, Indonesia"),
        None,
        GENERIC,
        stock="id",
    ),
    case(
        "233-flattery-names-her-hospital",
        "modern",
        "fr",
        ("Vincent Leclerc", "Conseiller en placements, Banque Nationale", "Montréal, Québec"),
        "Bonjour Dre Tremblay, je vois que vous travaillez à Sainte-Justine, un hôpital "
        "exceptionnel! Ce serait un honneur de vous compter dans mon réseau.",
        GENERIC,
        mutual=3,
        comment="names my hospital only to compliment it: he does not work there, nothing else",
    ),
    case(
        "234-custom-vague-mutuals",
        "modern",
        "fr",
        ("Nicolas Bérubé", "Gestionnaire de projets TI chez CGI", "Montréal, Québec"),
        "Bonjour Sophie, on a quelques relations en commun, alors je me suis dit que ce serait "
        "bien de se connecter.",
        GENERIC,
        mutual=5,
        comment="mentions unnamed connections in common; 5 is under the threshold of 15",
    ),
]

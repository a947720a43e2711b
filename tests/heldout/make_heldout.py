"""Write the held-out invitation sets: three recipients who are not the samples' Jordan Rivera.

    .venv/bin/python tests/heldout/make_heldout.py

For each profile: tests/heldout/<profile>/checklist.toml, one .eml per invitation and
labels.json (label, answers, name, note, comment). The labels are what the recipient would
say on reading the note, written before looking at the classifier's phrase lists.
Deterministic: running it again rewrites the same bytes.
"""

from __future__ import annotations

import importlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from linkedin_mail import START, Builder, Email, Person, Recipient

HERE = Path(__file__).resolve().parent

LIKELY = "likely_accept"
LOOK = "needs_a_look"
GENERIC = "generic"

# The network's default sentences, in several of their historical wordings.
STOCK = {
    "en": "I'd like to add you to my professional network on LinkedIn.",
    "en2": "I'd like to join your LinkedIn network.",
    "fr": "J'aimerais vous inviter à rejoindre mon réseau professionnel sur LinkedIn.",
    "fr2": "Je souhaiterais vous ajouter à mon réseau professionnel sur LinkedIn.",
    "es": "Me gustaría agregarte a mi red profesional en LinkedIn.",
    "it": "Vorrei aggiungerti alla mia rete professionale su LinkedIn.",
    "de": "Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.",
    "pt": "Gostaria de adicioná-lo à minha rede profissional no LinkedIn.",
    "id": "Saya ingin menambahkan Anda ke jaringan profesional saya di LinkedIn.",
}


@dataclass(frozen=True)
class Case:
    slug: str
    email: Email
    label: str
    answers: tuple[str, ...] = ()
    stock: bool = False
    comment: str | None = None


def case(
    slug: str,
    layout: str,
    chrome: str,
    inviter: tuple[str, str, str],
    note: str | None,
    label: str,
    answers: tuple[str, ...] = (),
    *,
    stock: str | None = None,
    mutual: int = 0,
    auth: str = "pass",
    lookalike: str = "linkedin-mail.net",
    base64: bool = False,
    comment: str | None = None,
) -> Case:
    shown = STOCK[stock] if stock else note
    email = Email(
        layout=layout,
        chrome=chrome,
        inviter=Person(*inviter),
        note=shown,
        mutual=mutual,
        auth=auth,
        lookalike_domain=lookalike,
        base64=base64,
    )
    return Case(slug, email, label, answers, stock=stock is not None, comment=comment)


# ---------------------------------------------------------------------------------------------
# Profile 1: a nurse manager in Lyon, French interface, French and English contacts.

NURSE = Recipient(
    name="Élodie Marchand",
    address="elodie.marchand@example.fr",
    headline="Cadre de santé, réanimation médicale - Hospices Civils de Lyon",
    profile_slug="elodie-marchand-cds",
)

NURSE_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Élodie Marchand"
organizations = ["Hospices Civils de Lyon", "Hôpital Édouard Herriot", "Clinique du Parc"]
schools = ["IFSI Lyon Sud", "Université Claude Bernard Lyon 1", "EHESP"]
industries = ["healthcare", "nursing", "intensive care"]
interests = [
    "patient safety", "nurse staffing", "wound care", "simulation training", "infection prevention",
]
groups = ["Association Nationale des Cadres de Santé", "Sigma Theta Tau", "Lyon Nursing Leaders"]
events = [
    "Journées Nationales des Cadres de Santé 2026", "Congrès SF2H 2026", "Salon Infirmier 2026",
]
contacts = ["Nathalie Girard", "Karim Benali", "Sophie Martin"]

# Other names people use for the same thing.
[aliases]
"Hospices Civils de Lyon" = ["HCL"]
"Hôpital Édouard Herriot" = ["Edouard Herriot", "HEH"]
"Université Claude Bernard Lyon 1" = ["Lyon 1", "UCBL"]
"EHESP" = ["École des Hautes Études en Santé Publique"]
"Association Nationale des Cadres de Santé" = ["ANCS"]
"Sigma Theta Tau" = ["STTI"]
"Congrès SF2H 2026" = ["SF2H"]
"nursing" = ["soins infirmiers"]
"intensive care" = ["réanimation", "ICU", "soins intensifs"]
"infection prevention" = ["prévention des infections", "hygiène hospitalière"]
"simulation training" = ["simulation en santé"]
"patient safety" = ["sécurité des patients"]

[thresholds]
mutual_connections = 15
"""

NURSE_CASES = [
    # likely accept: the note answers a question
    case(
        "001-met-sf2h-en",
        "classic",
        "fr",
        ("Hannah Whitfield", "Infection Control Nurse at Royal Free London", "London"),
        "Élodie, it was lovely chatting with you over coffee at the SF2H congress in Nantes. "
        "Hope the rest of your week went well!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-met-jncs-fr",
        "modern",
        "fr",
        ("Aurélie Fontaine", "Cadre supérieure de santé au CHU de Rennes", "Rennes, France"),
        "Bonjour Élodie, nous avons échangé lors des Journées Nationales des Cadres de Santé à "
        "Paris en mars. Ravie de garder le contact !",
        LIKELY,
        ("met_in_person",),
        mutual=6,
    ),
    case(
        "003-met-visit-fr",
        "classic",
        "fr",
        ("Julien Roche", "Infirmier anesthésiste - Clinique Saint-Exupéry", "Toulouse"),
        "Merci encore pour la visite de votre service mardi dernier, c'était un plaisir de "
        "vous rencontrer et d'échanger sur l'organisation des gardes.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "004-met-salon-es",
        "modern",
        "fr",
        (
            "Marta Vidal",
            "Supervisora de Enfermería en Hospital Clínic de Barcelona",
            "Barcelona, España",
        ),
        "Hola Élodie, coincidimos en el Salon Infirmier de París el mes pasado; yo era la "
        "enfermera de Barcelona que preguntaba por vuestros turnos de 12 horas.",
        LIKELY,
        ("met_in_person",),
        mutual=2,
    ),
    case(
        "005-same-org-new-fr",
        "modern",
        "fr",
        ("Léa Perrin", "Infirmière de bloc opératoire", "Lyon, Auvergne-Rhône-Alpes"),
        "Bonjour, je viens d'intégrer les HCL comme infirmière de bloc. Au plaisir de collaborer !",
        LIKELY,
        ("same_organization",),
        mutual=11,
    ),
    case(
        "006-same-org-past-en",
        "classic",
        "en",
        ("Thomas Grant", "Perioperative Nurse at Geneva University Hospitals", "Geneva"),
        "Hi Élodie, we worked together at Clinique du Parc back in 2014 — I was on nights in "
        "the surgical ward. Would love to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "007-same-org-de",
        "modern",
        "fr",
        (
            "Katrin Vogel",
            "Stationsleitung Intensivstation, Universitätsklinikum Freiburg",
            "Freiburg, Deutschland",
        ),
        "Hallo Élodie, ich war 2019 ein halbes Jahr als Austauschpflegekraft am Hôpital "
        "Édouard Herriot auf deiner Station. Schön, dich hier wiederzufinden!",
        LIKELY,
        ("same_organization", "met_in_person"),
    ),
    case(
        "008-industry-icu-en",
        "modern",
        "en",
        ("Rebecca Lavoie", "Nurse Manager, Medical ICU - CHUM", "Montréal, Québec"),
        "Hello Élodie, I manage a 24-bed ICU in Montreal and I'm always keen to swap notes "
        "with other intensive care nurse leaders abroad.",
        LIKELY,
        ("same_industry",),
        mutual=3,
    ),
    case(
        "009-industry-it",
        "classic",
        "fr",
        ("Chiara Galli", "Coordinatrice infermieristica presso Ospedale Molinette", "Torino"),
        "Ciao Élodie, sono coordinatrice infermieristica in terapia intensiva a Torino e mi "
        "farebbe piacere confrontarmi con una collega francese.",
        LIKELY,
        ("same_industry",),
    ),
    case(
        "010-interest-sim-en",
        "classic",
        "en",
        ("Daniel Osei", "Clinical Educator at Leeds Teaching Hospitals", "Leeds"),
        "Élodie, your post about bedside simulation training for newly qualified nurses really "
        "resonated — we're starting a similar programme on our wards.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "011-interest-infection-fr",
        "modern",
        "fr",
        ("Sandrine Caron", "Infirmière hygiéniste", "Grenoble"),
        "Bonjour, je prépare un DU en prévention des infections et j'ai lu avec beaucoup "
        "d'intérêt votre article sur l'hygiène des mains en réanimation.",
        LIKELY,
        ("shared_interests",),
        mutual=4,
    ),
    case(
        "012-interest-staffing-en",
        "modern",
        "fr",
        (
            "Priya Raman",
            "PhD candidate, Nursing Workforce Research, King's College London",
            "London, England",
        ),
        "Hi Élodie, my PhD is on nurse staffing ratios in French and UK ICUs and your recent "
        "comments on night-shift ratios were spot on.",
        LIKELY,
        ("shared_interests",),
        mutual=1,
    ),
    case(
        "013-group-en",
        "modern",
        "en",
        ("Claire Dumont", "Head Nurse, Cardiology - Médipôle Lyon-Villeurbanne", "Villeurbanne"),
        "Hi Élodie — we're both in the Lyon Nursing Leaders group; I enjoyed your comments on "
        "the recruitment thread.",
        LIKELY,
        ("same_groups",),
        mutual=9,
    ),
    case(
        "014-group-ancs-fr",
        "classic",
        "fr",
        ("Isabelle Noël", "Cadre de santé en pédiatrie - CH de Valence", "Valence"),
        "Bonjour Élodie, adhérente de l'ANCS moi aussi, je serais ravie d'échanger entre "
        "cadres de la région.",
        LIKELY,
        ("same_groups",),
    ),
    case(
        "015-mutual-karim-fr",
        "modern",
        "fr",
        ("Mehdi Haddad", "Infirmier en soins intensifs", "Saint-Étienne"),
        "Bonjour Élodie, Karim Benali m'a conseillé de vous contacter au sujet du tutorat des "
        "nouveaux infirmiers.",
        LIKELY,
        ("mutual_connection", "specific_reason"),
        mutual=5,
    ),
    case(
        "016-mutual-sophie-en",
        "classic",
        "en",
        ("Laura McKenzie", "Workforce Planning Lead, NHS Lothian", "Edinburgh"),
        "Hi Élodie, Sophie Martin mentioned you'd be the right person to talk to about "
        "night-shift rostering.",
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "017-alumni-ifsi-fr",
        "classic",
        "fr",
        ("Émilie Brun", "Infirmière libérale", "Villefranche-sur-Saône"),
        "Ancienne de l'IFSI Lyon Sud (promo 2009) moi aussi ! Contente de retrouver une "
        "camarade de promo ici.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "018-alumni-pt",
        "modern",
        "fr",
        ("Beatriz Almeida", "Enfermeira-Chefe no Hospital de Santa Maria", "Lisboa, Portugal"),
        "Olá Élodie! Também estudei na Université Claude Bernard Lyon 1, fiz lá o mestrado em "
        "saúde pública em 2017.",
        LIKELY,
        ("fellow_alumni",),
        mutual=2,
    ),
    case(
        "019-specific-speaker-en",
        "modern",
        "en",
        ("Martin Keller", "Programme Director, Geneva Nursing Forum", "Geneva, Switzerland"),
        "Hello Élodie, I'm putting together a panel on nurse retention for the Geneva Nursing "
        "Forum in May and would love to invite you as a speaker.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "020-specific-thesis-fr",
        "classic",
        "fr",
        ("Camille Besson", "Étudiante en master Management des organisations de santé", "Lyon"),
        "Bonjour Madame Marchand, je réalise un mémoire sur l'organisation des équipes de nuit "
        "en réanimation. Accepteriez-vous un entretien de 20 minutes ?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "021-specific-id",
        "modern",
        "en",
        ("Siti Rahmawati", "Perawat ICU di RS Pondok Indah", "Jakarta, Indonesia"),
        "Halo Élodie, saya perawat dari Jakarta yang akan magang di Lyon bulan depan. Boleh "
        "saya bertanya tentang program orientasi perawat baru di rumah sakit Anda?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "022-met-no-auth-en",
        "classic",
        "en",
        ("Sarah O'Connell", "Director of Nursing, Beacon Hospital", "Dublin"),
        "Élodie, good to meet you at the Lyon Nursing Leaders breakfast on Thursday!",
        LIKELY,
        ("met_in_person", "same_groups"),
        auth="none",
        comment="no Authentication-Results: unknown, not failed",
    ),
    case(
        "023-met-base64-fr",
        "classic",
        "fr",
        ("Nicolas Garnier", "Formateur en simulation en santé", "Annecy"),
        "Bonjour Élodie, nous nous sommes rencontrés à l'atelier simulation du Salon Infirmier "
        "l'an dernier. Au plaisir !",
        LIKELY,
        ("met_in_person", "shared_interests"),
        base64=True,
    ),
    # needs a look: red flags and weak signals
    case(
        "101-pitch-interim-fr",
        "classic",
        "fr",
        ("Kevin Morel", "Chargé d'affaires - MedInterim", "Lyon"),
        "Bonjour, notre agence d'intérim médical place des infirmiers diplômés en 48h dans "
        "toute la région. Puis-je vous envoyer notre grille tarifaire ?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-saas-en",
        "modern",
        "fr",
        ("Ryan Mitchell", "Account Executive at ShiftWise", "Boston, Massachusetts"),
        "Hi Élodie, our AI rostering platform cuts ICU overtime by 30%. Do you have 15 minutes "
        "next week for a quick demo?",
        LOOK,
        mutual=1,
        comment="sales pitch",
    ),
    case(
        "103-pitch-met-en",
        "modern",
        "fr",
        ("Olivia Barnes", "Key Account Manager, Advanced Wound Solutions", "Paris"),
        "Great to meet you at Salon Infirmier! I'd love to show you our new antimicrobial "
        "dressing range — when could I book a demo with your team?",
        LOOK,
        comment="met in person, but a sales pitch",
    ),
    case(
        "104-pitch-coaching-de",
        "classic",
        "fr",
        ("Stefan Brandt", "Executive Coach für Pflegeführungskräfte", "München"),
        "Hallo Élodie, ich biete Coaching für Führungskräfte in der Pflege an – nur diesen "
        "Monat: 3 Sitzungen zum Preis von 2. Interesse?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "105-pitch-crypto-es",
        "modern",
        "fr",
        ("Javier Ruiz", "Asesor financiero independiente", "Madrid"),
        "Hola Élodie, ayudo a profesionales sanitarios a invertir en criptomonedas con "
        "rentabilidades del 12% mensual. ¿Te cuento más por WhatsApp?",
        LOOK,
        comment="investment pitch",
    ),
    case(
        "106-headline-org-stock",
        "classic",
        "fr",
        ("Antoine Lefebvre", "Ingénieur biomédical - Hospices Civils de Lyon", "Lyon"),
        None,
        LOOK,
        stock="fr",
        comment="stock note; headline names my organization",
    ),
    case(
        "107-headline-industry",
        "modern",
        "fr",
        ("Grace Mensah", "Nursing Director at Hôpital Privé Jean Mermoz", "Lyon"),
        None,
        LOOK,
        mutual=3,
        comment="no note; headline in my industry",
    ),
    case(
        "108-headline-school-stock",
        "classic",
        "fr",
        ("Manon Girard", "Étudiante en soins infirmiers à l'IFSI Lyon Sud", "Lyon"),
        None,
        LOOK,
        stock="fr2",
        comment="stock note; headline names my school",
    ),
    case(
        "109-many-mutual",
        "modern",
        "fr",
        ("Hugo Martinez", "Pharmacien hospitalier", "Bron"),
        None,
        LOOK,
        mutual=42,
        comment="no note; 42 connections in common",
    ),
    case(
        "110-lookalike-met",
        "classic",
        "fr",
        ("Pauline Mercier", "Cadre de santé", "Lyon"),
        "Bonjour Élodie, ravie de vous avoir rencontrée au Congrès SF2H ! Le document promis "
        "est disponible via le lien ci-dessous.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-notifications.com",
        comment="look-alike sender domain with a good note",
    ),
    case(
        "111-dmarc-fail-alumni",
        "modern",
        "fr",
        ("Robert Hale", "Healthcare Consultant", "Brussels"),
        "Hi Élodie, fellow EHESP alum here! Could you check the shared file I sent you?",
        LOOK,
        auth="fail",
        comment="DKIM and DMARC failed with a good note",
    ),
    case(
        "112-dmarc-fail-mutual",
        "classic",
        "en",
        ("Alice Moreau", "Infirmière coordinatrice", "Lyon"),
        "Nathalie Girard told me to reach out to you. Please confirm your login to read my "
        "message.",
        LOOK,
        auth="fail",
        comment="DKIM and DMARC failed with a good note",
    ),
    # generic: no answer, no signal
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Mark Stevens", "Sales Director at Orbis Logistics", "Manchester"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "202-stock-fr",
        "classic",
        "fr",
        ("Bruno Lambert", "Agent immobilier", "Marseille"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "203-stock-it",
        "classic",
        "fr",
        ("Paolo Rinaldi", "Consulente assicurativo presso Generali", "Milano"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-stock-es",
        "classic",
        "fr",
        ("Lucía Herrera", "Diseñadora gráfica freelance", "Valencia"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "205-modern-no-note",
        "modern",
        "fr",
        ("Yann Le Goff", "Chef de projet digital chez Orange", "Rennes"),
        None,
        GENERIC,
        mutual=2,
    ),
    case(
        "206-vague-interests-en",
        "modern",
        "fr",
        ("Jessica Turner", "Life Coach | Speaker | Author", "Austin, Texas"),
        "Hi Élodie, I see we share many interests. Would be great to connect!",
        GENERIC,
        comment="claims shared interests without naming one",
    ),
    case(
        "207-vague-fr",
        "modern",
        "fr",
        ("Sébastien Colin", "Consultant en transformation digitale", "Paris"),
        "Bonjour Élodie, votre profil est très intéressant, je serais ravi d'échanger avec vous.",
        GENERIC,
        mutual=1,
    ),
    case(
        "208-vague-de",
        "classic",
        "fr",
        ("Markus Richter", "Vertriebsleiter DACH", "Stuttgart"),
        "Guten Tag, ich erweitere gerade mein Netzwerk und würde mich freuen, Sie kennenzulernen.",
        GENERIC,
    ),
    case(
        "209-vague-pt",
        "modern",
        "fr",
        ("Rafael Costa", "Empreendedor", "São Paulo, Brasil"),
        "Olá! Acompanho o seu trabalho há algum tempo e adoraria fazer parte da sua rede.",
        GENERIC,
    ),
    case(
        "210-vague-id",
        "classic",
        "en",
        ("Dewi Lestari", "Marketing Executive", "Surabaya"),
        "Halo, salam kenal. Semoga kita bisa saling berbagi informasi.",
        GENERIC,
    ),
    case(
        "211-stock-de",
        "classic",
        "fr",
        ("Jan Becker", "Projektmanager bei Siemens", "Berlin"),
        None,
        GENERIC,
        stock="de",
    ),
]

# ---------------------------------------------------------------------------------------------
# Profile 2: a payments engineer at a fintech, Jakarta and Singapore, English interface.

ENGINEER = Recipient(
    name="Rizky Pratama",
    address="rizky.pratama@example.id",
    headline="Senior Software Engineer, Payments at Kilat Pay",
    profile_slug="rizky-pratama-dev",
)

ENGINEER_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Rizky Pratama"
organizations = ["Kilat Pay", "Tokopedia", "Grab"]
schools = ["Universitas Indonesia", "National University of Singapore"]
industries = ["fintech", "payments", "software engineering"]
interests = [
    "distributed systems", "Kotlin", "fraud detection", "open source",
    "site reliability engineering",
]
groups = ["Jakarta Kotlin User Group", "FinTech Indonesia Association", "GDG Jakarta"]
events = ["Money20/20 Asia 2026", "Singapore FinTech Festival 2026", "DevFest Jakarta 2026"]
contacts = ["Andi Wijaya", "Mei Ling Tan", "Budi Santoso"]

# Other names people use for the same thing.
[aliases]
"Universitas Indonesia" = ["UI", "Fasilkom UI"]
"National University of Singapore" = ["NUS"]
"Singapore FinTech Festival 2026" = ["SFF"]
"site reliability engineering" = ["SRE"]
"FinTech Indonesia Association" = ["AFTECH", "Asosiasi Fintech Indonesia"]
"fintech" = ["financial technology"]
"payments" = ["pembayaran"]
"distributed systems" = ["sistem terdistribusi"]
"Jakarta Kotlin User Group" = ["KotlinID Jakarta"]

[thresholds]
mutual_connections = 20
"""

ENGINEER_CASES = [
    case(
        "001-met-sff-en",
        "modern",
        "en",
        ("Ethan Walsh", "Solutions Architect at Adyen", "Singapore"),
        "Hey Rizky, great chatting with you at Singapore FinTech Festival — I was the one "
        "asking about your ledger migration.",
        LIKELY,
        ("met_in_person",),
        mutual=7,
    ),
    case(
        "002-met-devfest-id",
        "classic",
        "id",
        ("Fajar Nugroho", "Android Developer di Gojek", "Jakarta"),
        "Halo Rizky, kita sempat ngobrol di DevFest Jakarta kemarin soal coroutines. Senang "
        "bisa kenalan!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "003-met-meetup-en",
        "classic",
        "en",
        ("Jonathan Lim", "Staff Engineer at Xendit", "Jakarta"),
        "Rizky — thanks for the whiteboard session after the meetup on Friday, your take on "
        "idempotency keys was gold.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "004-met-money2020-de",
        "modern",
        "en",
        ("Lena Hoffmann", "Product Lead Payments bei Solaris", "Berlin, Deutschland"),
        "Hallo Rizky, wir haben uns auf der Money20/20 Asia in Bangkok am Stand von Adyen "
        "unterhalten. Gerne bleibe ich in Kontakt!",
        LIKELY,
        ("met_in_person",),
        mutual=2,
    ),
    case(
        "005-same-org-new-en",
        "modern",
        "en",
        ("Aisyah Rahman", "Risk Analyst", "Singapore"),
        "Hi Rizky, I just joined Kilat Pay's risk team in Singapore — looking forward to "
        "working with the payments folks!",
        LIKELY,
        ("same_organization",),
        mutual=12,
    ),
    case(
        "006-same-org-past-id",
        "modern",
        "id",
        ("Dimas Saputra", "Engineering Manager at Bukalapak", "Jakarta"),
        "Mas Rizky, saya dulu satu tim dengan Anda di Tokopedia (squad checkout 2019). Apa kabar?",
        LIKELY,
        ("same_organization",),
        mutual=9,
    ),
    case(
        "007-same-org-es",
        "classic",
        "en",
        ("Carlos Méndez", "Backend Engineer at Mercado Pago", "Ciudad de México"),
        "Hola Rizky, trabajé en Grab en Singapur hasta 2022, en el equipo de GrabPay. ¡Me "
        "alegra encontrarte por aquí!",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "008-industry-payments-en",
        "classic",
        "en",
        ("Miguel Santos", "Backend Engineer at PayMongo", "Manila"),
        "Hi Rizky, I build payment rails at a startup in Manila and would love to follow your "
        "work on payments in Indonesia.",
        LIKELY,
        ("same_industry",),
    ),
    case(
        "009-industry-fintech-it",
        "modern",
        "en",
        ("Giorgio Ferri", "Head of Engineering at Satispay", "Milano, Italia"),
        "Ciao Rizky, lavoro nel fintech a Milano (pagamenti istantanei) e vorrei capire meglio "
        "il mercato del sud-est asiatico.",
        LIKELY,
        ("same_industry",),
        mutual=1,
    ),
    case(
        "010-interest-fraud-en",
        "modern",
        "en",
        ("Hannah Cho", "ML Engineer at Airwallex", "Singapore"),
        "Rizky, loved your write-up on fraud detection with streaming features. I'm tackling "
        "the same problem with Flink at the moment.",
        LIKELY,
        ("shared_interests",),
        mutual=4,
    ),
    case(
        "011-interest-kotlin-id",
        "classic",
        "id",
        ("Yoga Prasetyo", "Software Engineer di Traveloka", "Tangerang"),
        "Halo Rizky, saya juga aktif berkontribusi di proyek open source Kotlin dan suka "
        "tulisan Anda soal sistem terdistribusi.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "012-interest-sre-fr",
        "modern",
        "en",
        ("Mathieu Girard", "SRE chez Lydia", "Paris, France"),
        "Bonjour Rizky, je travaille sur la fiabilité (SRE) d'une plateforme de paiement à "
        "Paris et votre article sur les SLO m'a beaucoup appris.",
        LIKELY,
        ("shared_interests", "same_industry"),
    ),
    case(
        "013-group-kotlin-en",
        "classic",
        "en",
        ("Kevin Tanoto", "Mobile Engineer at Blibli", "Jakarta"),
        "Hi Rizky, fellow member of the Jakarta Kotlin User Group here — sorry I missed the "
        "last meetup!",
        LIKELY,
        ("same_groups",),
    ),
    case(
        "014-group-aftech-id",
        "modern",
        "id",
        ("Ratna Sari", "Compliance Manager di DANA", "Jakarta"),
        "Halo Rizky, kita sama-sama anggota AFTECH. Senang bisa terhubung di sini.",
        LIKELY,
        ("same_groups",),
        mutual=8,
    ),
    case(
        "015-mutual-meiling-en",
        "modern",
        "en",
        ("Raj Malhotra", "Partnerships at Razorpay", "Bengaluru, India"),
        "Hi Rizky, Mei Ling Tan said you're the person to ask about QRIS integrations — mind "
        "if I connect?",
        LIKELY,
        ("mutual_connection", "specific_reason"),
        mutual=3,
    ),
    case(
        "016-mutual-budi-id",
        "classic",
        "id",
        ("Agus Setiawan", "CTO di Koperasi Digital Nusantara", "Bandung"),
        "Halo Rizky, saya dapat rekomendasi dari Pak Budi Santoso untuk menghubungi Anda soal "
        "integrasi pembayaran.",
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "017-alumni-nus-en",
        "classic",
        "en",
        ("Wei Jie Ong", "Quant Developer at GIC", "Singapore"),
        "Hey Rizky! Fellow NUS grad (MComp 2018) here — great to see you doing payments now.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "018-alumni-ui-id",
        "modern",
        "id",
        ("Nadia Putri", "Data Engineer di Bank Jago", "Jakarta"),
        "Halo Kak Rizky, saya alumni Fasilkom UI angkatan 2015. Salam kenal dari adik tingkat!",
        LIKELY,
        ("fellow_alumni",),
        mutual=14,
    ),
    case(
        "019-alumni-pt",
        "classic",
        "en",
        ("Pedro Oliveira", "Engenheiro de Software no Nubank", "São Paulo"),
        "Olá Rizky, também fiz intercâmbio na National University of Singapore em 2016. Bom "
        "encontrar outro ex-aluno!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "020-specific-talk-en",
        "modern",
        "en",
        ("Sophie Tan", "Organiser, PyCon APAC", "Singapore"),
        "Hi Rizky, I'm organising the payments engineering track at PyCon APAC and wondered if "
        "you'd give a 30-minute talk on your reconciliation pipeline.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "021-specific-thesis-id",
        "classic",
        "id",
        ("Intan Permata", "Mahasiswa Sistem Informasi, Universitas Gadjah Mada", "Yogyakarta"),
        "Halo Mas Rizky, saya sedang menulis skripsi tentang deteksi penipuan transaksi "
        "digital. Bolehkah saya mewawancarai Anda selama 15 menit?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "022-specific-no-auth-en",
        "classic",
        "en",
        ("Laura Chen", "Tech Journalist at DealStreetAsia", "Singapore"),
        "Hi Rizky, I'm writing a piece on how Indonesian wallets handle QRIS at scale — could I "
        "ask you a few questions for it?",
        LIKELY,
        ("specific_reason",),
        auth="none",
        comment="no Authentication-Results: unknown, not failed",
    ),
    # needs a look
    case(
        "101-pitch-outsourcing-en",
        "classic",
        "en",
        ("Tuan Nguyen", "Business Development at VNDevs", "Ho Chi Minh City"),
        "Hi Rizky, we're a Vietnam-based dev shop with 200+ Kotlin engineers. Can I share our "
        "rates for staff augmentation?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-kyc-id",
        "modern",
        "id",
        ("Bayu Hidayat", "Sales Manager di VeriDigi", "Jakarta"),
        "Halo Rizky, kami menyediakan solusi KYC berbasis AI dengan harga terjangkau. Boleh "
        "saya jadwalkan demo 15 menit minggu ini?",
        LOOK,
        mutual=2,
        comment="sales pitch",
    ),
    case(
        "103-pitch-fraud-en",
        "modern",
        "en",
        ("Jake Morrison", "Account Executive at FraudShield", "Sydney, Australia"),
        "Hi Rizky, saw your posts on fraud detection — our platform catches 40% more fraud "
        "than rules engines. Worth a quick call to see a demo?",
        LOOK,
        comment="shared interest, but a sales pitch",
    ),
    case(
        "104-pitch-bootcamp-es",
        "classic",
        "en",
        ("Andrea Pérez", "Growth en BlockAcademy", "Bogotá"),
        "Hola Rizky, lanzamos un bootcamp de blockchain con 50% de descuento solo esta semana. "
        "¿Te envío el temario?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "105-pitch-trading-it",
        "modern",
        "en",
        ("Luca Moretti", "Trader indipendente", "Roma"),
        "Ciao Rizky, gestisco un gruppo di trading con segnali garantiti e rendimenti del 20% "
        "al mese. Scrivimi su Telegram!",
        LOOK,
        comment="investment pitch",
    ),
    case(
        "106-headline-org-stock",
        "classic",
        "en",
        ("Michelle Wong", "Product Manager at Kilat Pay", "Singapore"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names my organization",
    ),
    case(
        "107-headline-industry",
        "modern",
        "en",
        ("Hendra Gunawan", "Head of Payments at Bank Nusantara", "Jakarta"),
        None,
        LOOK,
        mutual=5,
        comment="no note; headline in my industry",
    ),
    case(
        "108-headline-school-stock",
        "classic",
        "id",
        ("Rina Wulandari", "Mahasiswa Ilmu Komputer di Universitas Indonesia", "Depok"),
        None,
        LOOK,
        stock="id",
        comment="stock note; headline names my school",
    ),
    case(
        "109-many-mutual",
        "modern",
        "en",
        ("Stefanus Halim", "Investor", "Jakarta"),
        None,
        LOOK,
        mutual=57,
        comment="no note; 57 connections in common",
    ),
    case(
        "110-lookalike-met",
        "modern",
        "en",
        ("Grace Liu", "VP Partnerships", "Singapore"),
        "Hi Rizky, great meeting you at Singapore FinTech Festival! I've shared my deck — "
        "please sign in to view it.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-security.com",
        comment="look-alike sender domain with a good note",
    ),
    case(
        "111-dmarc-fail-org",
        "classic",
        "id",
        ("Hadi Kurniawan", "Finance at Kilat Pay", "Jakarta"),
        "Halo Rizky, saya rekan Anda di Kilat Pay. Tolong cek dokumen invoice ini ya.",
        LOOK,
        auth="fail",
        comment="DKIM and DMARC failed with a good note",
    ),
    case(
        "112-dmarc-fail-mutual",
        "modern",
        "en",
        ("Derek Chua", "Event Director", "Singapore"),
        "Hi Rizky, Andi Wijaya suggested I contact you about a speaking slot at DevFest Jakarta.",
        LOOK,
        auth="fail",
        comment="DKIM and DMARC failed with a good note",
    ),
    # generic
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Brandon Reyes", "Real Estate Agent", "Manila"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "202-stock-id",
        "classic",
        "id",
        ("Eko Susanto", "Wiraswasta", "Semarang"),
        None,
        GENERIC,
        stock="id",
    ),
    case(
        "203-stock-de",
        "classic",
        "en",
        ("Thomas Krüger", "Vertriebsleiter bei Bosch", "Stuttgart"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "204-stock-pt",
        "classic",
        "en",
        ("Ana Ribeiro", "Consultora de RH", "Porto"),
        None,
        GENERIC,
        stock="pt",
    ),
    case(
        "205-stock-fr",
        "classic",
        "en",
        ("Lucas Bernard", "Commercial chez AXA", "Lyon"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "206-modern-no-note",
        "modern",
        "en",
        ("Arif Hakim", "Content Creator", "Bekasi"),
        None,
        GENERIC,
        mutual=6,
    ),
    case(
        "207-vague-en",
        "modern",
        "en",
        ("Olivia Grant", "Motivational Speaker | Author", "Dubai"),
        "Hi Rizky, I'm impressed by your profile and would be honored to be part of your network.",
        GENERIC,
    ),
    case(
        "208-vague-id",
        "modern",
        "id",
        ("Putri Ayu", "Fresh Graduate", "Bogor"),
        "Halo kak, izin connect ya. Semoga bermanfaat 🙏",
        GENERIC,
        mutual=1,
    ),
    case(
        "209-vague-tech-en",
        "classic",
        "en",
        ("Daniel Brooks", "Recruitment Consultant", "Kuala Lumpur"),
        "Hello Rizky, always happy to connect with tech professionals in the region. Cheers!",
        GENERIC,
    ),
    case(
        "210-vague-es",
        "modern",
        "en",
        ("Sofía Navarro", "Coach de carrera", "Lima, Perú"),
        "Hola Rizky, me encantaría ampliar mi red con profesionales como tú. ¡Saludos!",
        GENERIC,
    ),
    case(
        "211-vague-it",
        "classic",
        "en",
        ("Matteo Conti", "Imprenditore", "Napoli"),
        "Ciao Rizky, ho visto il tuo profilo e mi piacerebbe entrare in contatto. Buona giornata!",
        GENERIC,
    ),
]

# ---------------------------------------------------------------------------------------------
# Second wave: written after the phrase fixes that the first wave prompted, and measured
# before any further change, so that its figure is again a held-out one.

NURSE_WAVE2 = [
    case(
        "301-industry-rea-fr",
        "modern",
        "fr",
        ("Marion Leclerc", "Infirmière", "Bordeaux"),
        "Élodie, je suis infirmière en réa à Bordeaux et je cherche à échanger avec d'autres "
        "cadres sur la gestion des lits.",
        LIKELY,
        ("same_industry",),
        mutual=3,
    ),
    case(
        "302-placement-en",
        "classic",
        "en",
        ("Amy Collins", "Staff Nurse at St James's Hospital", "Dublin"),
        "Hi Élodie, I was one of the students you supervised during my placement at Édouard "
        "Herriot last spring. Thank you for everything!",
        LIKELY,
        ("same_organization", "met_in_person"),
    ),
    case(
        "303-mutual-karim-fr",
        "classic",
        "fr",
        ("Yasmine Cherif", "Infirmière coordinatrice en HAD", "Vénissieux"),
        "Bonjour Élodie, c'est Karim Benali qui m'a parlé de vous.",
        LIKELY,
        ("mutual_connection",),
    ),
    case(
        "304-interest-wound-en",
        "modern",
        "fr",
        ("Helen Park", "Nurse Researcher, University of Manchester", "Manchester"),
        "Élodie, I'm a nurse researcher working on pressure ulcer prevention and wound care in "
        "ICUs; would love to exchange ideas.",
        LIKELY,
        ("shared_interests",),
        mutual=2,
    ),
    case(
        "305-industry-es",
        "modern",
        "fr",
        ("Carmen Ortega", "Enfermera en Hospital La Paz", "Madrid"),
        "Hola Élodie, soy enfermera y también trabajo en cuidados intensivos, en Madrid. ¡Un "
        "saludo!",
        LIKELY,
        ("same_industry",),
    ),
    case(
        "306-met-it",
        "classic",
        "fr",
        ("Francesca Greco", "Infermiera addetta al controllo infezioni", "Bologna"),
        "Ciao Élodie, ci siamo conosciute al Congrès SF2H di Lione l'anno scorso.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "307-group-de",
        "modern",
        "fr",
        ("Anna Schuster", "Pflegewissenschaftlerin", "Wien"),
        "Guten Tag Frau Marchand, ich bin ebenfalls Mitglied bei Sigma Theta Tau und lese Ihre "
        "Beiträge sehr gern.",
        LIKELY,
        ("same_groups",),
    ),
    case(
        "308-mutual-pt",
        "classic",
        "fr",
        ("Joana Martins", "Enfermeira especialista", "Porto"),
        "Olá Élodie, a Sophie Martin sugeriu que eu falasse consigo sobre a formação em simulação.",
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "309-same-org-en",
        "modern",
        "en",
        ("Chloé Bernard", "Registered Nurse", "Lyon"),
        "Hello Élodie, I'm a fellow HCL nurse — just moved from cardiology to the ICU on your "
        "floor.",
        LIKELY,
        ("same_organization",),
        mutual=7,
    ),
    case(
        "310-pitch-gowns-fr",
        "classic",
        "fr",
        ("Damien Roux", "Responsable commercial - MedTextile", "Roanne"),
        "Bonjour Élodie, découvrez notre nouvelle gamme de blouses antimicrobiennes : -15 % "
        "pour toute commande passée avant vendredi.",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "311-pitch-recruit-en",
        "modern",
        "fr",
        ("Neil Sharma", "Director, GlobalCare Recruitment", "Dubai"),
        "Hi Élodie, we help hospitals recruit international nurses in under 60 days. Can I send "
        "you a short brochure?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "312-dmarc-fail-met",
        "classic",
        "fr",
        ("Valérie Petit", "Cadre de santé", "Lyon"),
        "Bonjour Élodie, nous nous sommes rencontrées au Salon Infirmier. Voici ma "
        "présentation en pièce jointe.",
        LOOK,
        auth="fail",
        comment="DKIM and DMARC failed with a good note",
    ),
    case(
        "313-headline-org",
        "modern",
        "fr",
        ("Nadia Benkirane", "Aide-soignante - Hôpital Édouard Herriot", "Lyon"),
        None,
        LOOK,
        mutual=4,
        comment="no note; headline names my organization",
    ),
    case(
        "314-vague-fr",
        "classic",
        "fr",
        ("Olivier Faure", "Conseiller en gestion de patrimoine", "Lyon"),
        "Bonjour, je me permets de vous inviter à rejoindre mon réseau. Bonne journée.",
        GENERIC,
    ),
    case(
        "315-vague-en",
        "modern",
        "fr",
        ("Tyler Brooks", "Growth Hacker", "Miami, Florida"),
        "Hi Élodie! Let's connect and grow together 🚀",
        GENERIC,
    ),
    case(
        "316-stock-id",
        "classic",
        "fr",
        ("Budi Hartono", "Pengusaha", "Medan"),
        None,
        GENERIC,
        stock="id",
    ),
    case(
        "317-vague-de",
        "classic",
        "fr",
        ("Felix Wagner", "Key Account Manager", "Köln"),
        "Guten Tag, ich würde mich freuen, mit Ihnen in Kontakt zu treten.",
        GENERIC,
    ),
]

ENGINEER_WAVE2 = [
    case(
        "301-same-org-sre-en",
        "modern",
        "en",
        ("Marcus Teo", "SRE Lead", "Singapore"),
        "Hi Rizky, I'm the new SRE lead at Kilat Pay Singapore — looks like we'll be on-call "
        "buddies!",
        LIKELY,
        ("same_organization",),
        mutual=10,
    ),
    case(
        "302-met-gdg-en",
        "classic",
        "en",
        ("Clara Wijaya", "Backend Developer", "Jakarta"),
        "Rizky, we met briefly at the GDG Jakarta meetup last month; I was the one asking about "
        "Ktor.",
        LIKELY,
        ("met_in_person", "same_groups"),
    ),
    case(
        "303-industry-id",
        "modern",
        "id",
        ("Reza Firmansyah", "Software Engineer di OVO", "Jakarta"),
        "Halo Rizky, saya juga engineer di bidang pembayaran digital, sekarang di OVO.",
        LIKELY,
        ("same_industry",),
        mutual=6,
    ),
    case(
        "304-mutual-andi-en",
        "classic",
        "en",
        ("Sarah Goh", "Finance Operations Lead", "Singapore"),
        "Hey Rizky, Andi Wijaya passed me your profile — he said you know everything about "
        "settlement flows.",
        LIKELY,
        ("mutual_connection",),
    ),
    case(
        "305-interest-oss-en",
        "modern",
        "en",
        ("Igor Petrov", "Kotlin developer", "Belgrade, Serbia"),
        "Hi Rizky, I maintain an open source Kotlin library for idempotent APIs and saw you "
        "starred it. Would love your feedback!",
        LIKELY,
        ("shared_interests", "specific_reason"),
    ),
    case(
        "306-alumni-de",
        "classic",
        "en",
        ("Jonas Keller", "Softwareentwickler bei N26", "Berlin"),
        "Hallo Rizky, ich habe auch an der NUS studiert (Austauschsemester 2015).",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "307-specific-fr",
        "modern",
        "en",
        ("Élise Moreau", "Organisatrice, Paris Payments Summit", "Paris"),
        "Bonjour Rizky, je prépare une conférence sur les paiements temps réel en Asie et "
        "j'aimerais vous inviter comme intervenant.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "308-industry-es",
        "classic",
        "en",
        ("Valentina Gómez", "Analista de Riesgo", "Bogotá"),
        "Hola Rizky, trabajo en prevención de fraude en una fintech de Bogotá y me interesa "
        "mucho tu enfoque.",
        LIKELY,
        ("same_industry",),
    ),
    case(
        "309-talk-en",
        "modern",
        "en",
        ("Ben Harris", "Android Engineer at Grab", "Singapore"),
        "Rizky, loved your talk at DevFest Jakarta on coroutines — the cancellation demo was "
        "brilliant.",
        LIKELY,
        ("met_in_person", "shared_interests"),
    ),
    case(
        "310-pitch-qa-en",
        "classic",
        "en",
        ("Rafiq Islam", "CEO, TestBridge", "Dhaka"),
        "Hi Rizky, we're an offshore QA team in Dhaka, 40% cheaper than local hires. Interested?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "311-pitch-stocks-id",
        "modern",
        "id",
        ("Joko Prabowo", "Trader", "Surabaya"),
        "Halo Rizky, kami membuka kelas investasi saham dengan profit konsisten. Gabung grup "
        "WhatsApp kami ya!",
        LOOK,
        comment="investment pitch",
    ),
    case(
        "312-lookalike-org",
        "classic",
        "id",
        ("Sinta Dewi", "HR at Kilat Pay", "Jakarta"),
        "Halo Rizky, kita satu tim di Kilat Pay. Mohon login untuk melihat dokumen.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-id.net",
        comment="look-alike sender domain with a good note",
    ),
    case(
        "313-many-mutual",
        "modern",
        "en",
        ("Kelvin Tan", "Angel Investor", "Singapore"),
        None,
        LOOK,
        mutual=31,
        comment="no note; 31 connections in common",
    ),
    case(
        "314-vague-en",
        "modern",
        "en",
        ("Mia Johnson", "Life & Business Coach", "Perth"),
        "Hi Rizky, hope you're well! Keen to connect.",
        GENERIC,
    ),
    case(
        "315-vague-id",
        "classic",
        "id",
        ("Wahyu Hidayat", "Wiraswasta", "Malang"),
        "Halo Rizky, salam kenal ya, semoga sukses selalu.",
        GENERIC,
    ),
    case(
        "316-stock-es",
        "classic",
        "en",
        ("Diego Torres", "Agente de seguros", "Quito"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "317-vague-it",
        "modern",
        "en",
        ("Giulia Marino", "Consulente", "Torino"),
        "Ciao Rizky, mi farebbe piacere far parte della tua rete professionale.",
        GENERIC,
    ),
]

# ---------------------------------------------------------------------------------------------
# Profile 3: a secondary-school maths teacher turned edtech product manager in Madrid, Spanish
# interface. Written in a third round, before reading the classifier, measured before any change.

TEACHER = Recipient(
    name="Carmen Ortega",
    address="carmen.ortega@example.es",
    headline="Product Manager at Aula Viva | ex profesora de matemáticas",
    profile_slug="carmen-ortega-pm",
)

TEACHER_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Carmen Ortega"
organizations = ["Aula Viva", "IES Lope de Vega", "Editorial Brújula"]
schools = ["Universidad Complutense de Madrid", "IE University"]
industries = ["education technology", "secondary education", "product management"]
interests = [
    "learning analytics", "gamification", "teacher training", "accessibility",
    "mathematics education",
]
groups = [
    "Women in Product Spain", "EdTech Spain Community", "Asociación de Profesores de Matemáticas",
]
events = ["SIMO Educación 2026", "ProductCamp Madrid 2026", "BETT 2026"]
contacts = ["Javier Molina", "Ana Beltrán", "Pedro Castaño"]

# Other names people use for the same thing.
[aliases]
"Universidad Complutense de Madrid" = ["Complutense", "UCM"]
"IE University" = ["IE Business School"]
"education technology" = ["edtech", "tecnología educativa", "tecnologia educativa"]
"secondary education" = ["educación secundaria", "secundaria"]
"product management" = ["product manager", "gestión de producto"]
"learning analytics" = ["analítica del aprendizaje"]
"gamification" = ["gamificación"]
"teacher training" = ["formación del profesorado", "formación docente"]
"accessibility" = ["accesibilidad"]
"mathematics education" = ["didáctica de las matemáticas", "maths education"]
"Women in Product Spain" = ["Women in Product"]
"EdTech Spain Community" = ["EdTech Spain"]
"Asociación de Profesores de Matemáticas" = ["APM"]
"SIMO Educación 2026" = ["SIMO Educación", "SIMO"]
"ProductCamp Madrid 2026" = ["ProductCamp"]
"BETT 2026" = ["BETT", "Bett Show"]

[thresholds]
mutual_connections = 12
"""

TEACHER_CASES = [
    # likely accept: the note says why
    case(
        "001-met-simo-en",
        "classic",
        "es",
        ("Rachel Owens", "Maths teacher", "Valencia"),
        "Carmen, thanks for the chat at your stand at SIMO. I'm the teacher from Valencia who "
        "asked about offline mode.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-met-productcamp-es",
        "modern",
        "es",
        ("Álvaro Quintana", "Product Lead en Cabify", "Madrid"),
        "Hola Carmen, coincidimos en la mesa redonda de ProductCamp el sábado. Me quedé con "
        "ganas de seguir hablando de discovery con docentes.",
        LIKELY,
        ("met_in_person",),
        mutual=7,
    ),
    case(
        "003-met-bett-it",
        "classic",
        "es",
        ("Chiara Ferri", "Instructional designer", "Milano"),
        "Ciao Carmen, ci siamo conosciute a Londra durante la cena degli espositori spagnoli. "
        "Restiamo in contatto!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "004-met-workshop-de",
        "modern",
        "es",
        ("Tobias Lang", "UX Researcher", "Berlin"),
        "Hallo Carmen, schön, dass wir uns gestern beim Workshop in Berlin kennengelernt haben. "
        "Danke für die Tipps zu Interviews mit Lehrkräften!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "005-met-demo-fr",
        "classic",
        "es",
        ("Pauline Garnier", "Responsable pédagogique", "Nantes"),
        "Bonjour Carmen, on s'est croisées à Londres la semaine dernière, merci encore pour la "
        "démo de votre tableau de bord enseignant !",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "006-met-talk-pt",
        "modern",
        "es",
        ("Inês Carvalho", "Coordenadora pedagógica", "Lisboa"),
        "Olá Carmen, foi um prazer conhecê-la no SIMO Educación. Fiquei a pensar na sua "
        "apresentação sobre avaliação formativa.",
        LIKELY,
        ("met_in_person",),
        mutual=3,
    ),
    case(
        "007-same-org-new-en",
        "modern",
        "en",
        ("Daniel Reyes", "Data Analyst", "Madrid"),
        "Hi Carmen! I start on Monday as a data analyst on the Aula Viva growth team. See you "
        "at the all-hands.",
        LIKELY,
        ("same_organization",),
        mutual=9,
    ),
    case(
        "008-same-org-past-es",
        "classic",
        "es",
        ("Rocío Navarro", "Profesora de Física y Química", "Madrid"),
        "Carmen, ¡qué alegría encontrarte por aquí! Fui tu compañera de departamento en el IES "
        "Lope de Vega, la de Física.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "009-same-org-id",
        "modern",
        "es",
        ("Putri Anggraini", "QA Engineer", "Yogyakarta"),
        "Halo Carmen, saya bergabung dengan Aula Viva bulan lalu sebagai QA engineer di tim "
        "remote. Senang bisa satu perusahaan!",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "010-industry-en",
        "classic",
        "en",
        ("Mark Delaney", "Product Manager, K-12", "Lisbon"),
        "Hi Carmen, fellow PM in edtech here. I look after the teacher app at a K-12 startup in "
        "Lisbon, always good to know peers.",
        LIKELY,
        ("same_industry",),
    ),
    case(
        "011-industry-pt",
        "modern",
        "es",
        ("Beatriz Moura", "Gestora de produto", "Porto"),
        "Olá Carmen, também trabalho com tecnologia educativa, como gestora de produto numa "
        "plataforma de leitura para escolas no Porto.",
        LIKELY,
        ("same_industry",),
    ),
    case(
        "012-industry-teacher-es",
        "classic",
        "es",
        ("Sergio Lafuente", "Docente", "Zaragoza"),
        "Hola Carmen, soy profesor de matemáticas en un instituto de Zaragoza y llevo dos años "
        "ayudando a mi centro a elegir plataformas digitales.",
        LIKELY,
        ("same_industry", "shared_interests"),
    ),
    case(
        "013-interest-gamification-en",
        "modern",
        "en",
        ("Emma Clarke", "Head of Maths", "Bristol"),
        "Hi Carmen, we've never met, but your post about gamification that doesn't punish slow "
        "learners hit home. I've been testing something similar with my Year 9 class.",
        LIKELY,
        ("shared_interests",),
        comment="'never met' must not count as met in person; the interest still answers",
    ),
    case(
        "014-interest-a11y-it",
        "classic",
        "es",
        ("Lorenzo Galli", "Sviluppatore front-end", "Bologna"),
        "Ciao Carmen, mi occupo di accessibilità nelle piattaforme didattiche e ho letto il tuo "
        "articolo sui lettori di schermo. Grazie!",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "015-interest-analytics-fr",
        "modern",
        "es",
        ("Camille Rousseau", "Doctorante", "Grenoble"),
        "Bonjour Carmen, je fais une thèse sur les learning analytics et votre billet sur les "
        "tableaux de bord m'a beaucoup aidée.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "016-group-wip-en",
        "classic",
        "en",
        ("Laura Jiménez", "Senior Product Manager", "Madrid"),
        "Hi Carmen, I'm one of the organisers of the Women in Product Madrid chapter. Saw you "
        "signed up for next month's session!",
        LIKELY,
        ("same_groups",),
    ),
    case(
        "017-group-apm-es",
        "modern",
        "es",
        ("Marisa Ibáñez", "Profesora jubilada", "Salamanca"),
        "Hola Carmen, te leo siempre en el foro de la APM. Yo también soy socia desde 2019.",
        LIKELY,
        ("same_groups",),
    ),
    case(
        "018-group-edtech-de",
        "classic",
        "es",
        ("Jan Hoffmann", "Gründer", "München"),
        "Hallo Carmen, wir sind beide in der EdTech Spain Community. Ich bin der Deutsche, der "
        "dort immer nach Schulen in Andalusien fragt.",
        LIKELY,
        ("same_groups",),
    ),
    case(
        "019-mutual-javier-en",
        "modern",
        "en",
        ("Oliver Hughes", "Engineering Manager", "London"),
        "Hi Carmen, Javier Molina suggested we talk. He said you've shipped a lot of "
        "teacher-facing features.",
        LIKELY,
        ("mutual_connection",),
        mutual=4,
    ),
    case(
        "020-mutual-ana-es",
        "classic",
        "es",
        ("Raúl Domínguez", "Director de colegio", "Toledo"),
        "Hola Carmen, Ana Beltrán me ha hablado muy bien de ti y me dijo que te escribiera.",
        LIKELY,
        ("mutual_connection",),
    ),
    case(
        "021-mutual-pedro-id",
        "modern",
        "es",
        ("Dimas Saputra", "Product Designer", "Jakarta"),
        "Halo Carmen, saya dapat nama Anda dari Pedro Castaño. Katanya Anda paham sekali soal "
        "produk untuk guru.",
        LIKELY,
        ("mutual_connection",),
    ),
    case(
        "022-alumni-ie-en",
        "classic",
        "en",
        ("Hugo Martins", "Strategy Consultant", "Madrid"),
        "Hi Carmen, I see we both did the IE University MBA. I was in the 2021 intake. Small "
        "world!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "023-alumni-ucm-es",
        "modern",
        "es",
        ("Elena Cuesta", "Actuaria", "Madrid"),
        "¡Hola Carmen! Yo también estudié Matemáticas en la Complutense, unos años después que tú.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "024-alumni-erasmus-it",
        "classic",
        "es",
        ("Francesca Riva", "Insegnante", "Padova"),
        "Ciao Carmen, anche io ho fatto l'Erasmus alla Complutense nel 2012!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "025-specific-interview-en",
        "modern",
        "en",
        ("Priya Raman", "MSc student, UCL", "London"),
        "Carmen, would you be up for a 20-minute interview for my master's dissertation on how "
        "edtech PMs involve teachers in discovery?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "026-specific-talk-es",
        "classic",
        "es",
        ("Nuria Campos", "Formadora de profesorado", "Sevilla"),
        "Hola Carmen, organizo unas jornadas para profesores noveles en Sevilla y me encantaría "
        "que dieras una charla sobre tu paso del aula al producto. ¿Te interesa?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "027-specific-article-de",
        "modern",
        "es",
        ("Sabine Krüger", "Redakteurin", "Hamburg"),
        "Hallo Carmen, ich schreibe für das Magazin Schule Digital einen Artikel über "
        "Lernplattformen in Spanien. Darf ich Ihnen dazu ein paar Fragen stellen?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "028-specific-pilot-pt",
        "classic",
        "es",
        ("Joana Faria", "Diretora pedagógica", "Braga"),
        "Olá Carmen, sou diretora pedagógica numa escola em Braga e gostaríamos de testar a "
        "Aula Viva no próximo trimestre. Podemos falar?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "029-specific-role-fr",
        "modern",
        "es",
        ("Antoine Lefèvre", "Talent Partner", "Lyon"),
        "Bonjour Carmen, je cherche une Head of Product pour une jeune pousse lyonnaise de "
        "l'éducation et votre parcours d'enseignante m'a frappé. Seriez-vous ouverte à un "
        "échange ?",
        LIKELY,
        ("specific_reason",),
        comment="a job offer, not a sales pitch",
    ),
    case(
        "030-specific-question-id",
        "classic",
        "es",
        ("Rina Kusuma", "Guru matematika", "Bandung"),
        "Halo Carmen, saya guru matematika di Bandung. Bolehkah saya bertanya bagaimana Aula "
        "Viva melatih guru memakai platformnya?",
        LIKELY,
        ("same_industry", "specific_reason"),
    ),
    case(
        "031-met-no-auth-en",
        "modern",
        "en",
        ("Kevin Walsh", "Product Coach", "Dublin"),
        "Carmen, good talking to you after the ProductCamp keynote. Let's keep in touch.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results: unknown, not failed",
    ),
    # needs a look: pitches, weak-only signals, forged senders
    case(
        "101-pitch-staffing-en",
        "classic",
        "en",
        ("Ryan Mitchell", "Partner at NearCode Talent", "Austin, Texas"),
        "Hi Carmen, we place pre-vetted senior engineers from LatAm with edtech startups at "
        "half the cost. Worth a quick call?",
        LOOK,
        comment="sales pitch (staffing)",
    ),
    case(
        "102-pitch-agency-es",
        "modern",
        "es",
        ("Marcos Peña", "CEO en Impulso Digital", "Málaga"),
        "Hola Carmen, somos una agencia de marketing especializada en colegios y empresas "
        "educativas. ¿Te puedo enviar nuestro dossier con tarifas?",
        LOOK,
        comment="sales pitch (agency)",
    ),
    case(
        "103-pitch-coaching-en",
        "classic",
        "en",
        ("Stephanie Cole", "Career Coach for Women in Tech", "Toronto"),
        "Hi Carmen, I help women product managers land Director roles in 90 days with my "
        "signature coaching program. DM me for a free session!",
        LOOK,
        comment="sales pitch (coaching)",
    ),
    case(
        "104-pitch-demo-de",
        "modern",
        "es",
        ("Markus Brandt", "Sales Director DACH", "Wien"),
        "Hallo Carmen, unsere KI-Plattform erstellt automatisch Quizfragen aus jedem Lehrbuch. "
        "Hätten Sie Zeit für eine 15-minütige Demo?",
        LOOK,
        comment="sales pitch (software demo)",
    ),
    case(
        "105-pitch-crypto-pt",
        "classic",
        "es",
        ("Rodrigo Lima", "Investidor", "São Paulo"),
        "Olá Carmen, estou a montar um grupo exclusivo de investimento em cripto com retornos "
        "de 8% ao mês. Posso enviar o link?",
        LOOK,
        comment="investment pitch",
    ),
    case(
        "106-pitch-ads-fr",
        "modern",
        "es",
        ("Julie Mercier", "Growth Marketing Freelance", "Paris"),
        "Bonjour Carmen, nous aidons les edtech à tripler leurs inscriptions grâce à nos "
        "campagnes publicitaires. Un appel de 15 min cette semaine ?",
        LOOK,
        comment="sales pitch that names my industry",
    ),
    case(
        "107-pitch-translation-it",
        "classic",
        "es",
        ("Paolo Conti", "Titolare, LinguaPro", "Roma"),
        "Ciao Carmen, offriamo traduzioni professionali in 30 lingue per piattaforme e-learning, "
        "a prezzi imbattibili. Posso mandarti un preventivo?",
        LOOK,
        comment="sales pitch (translation)",
    ),
    case(
        "108-pitch-devshop-id",
        "modern",
        "es",
        ("Agus Setiawan", "Business Development", "Yogyakarta"),
        "Halo Carmen, kami software house di Yogyakarta, siap membangun aplikasi edukasi Anda "
        "dengan biaya terjangkau. Boleh saya kirim portofolio kami?",
        LOOK,
        comment="sales pitch (outsourcing)",
    ),
    case(
        "109-headline-org",
        "modern",
        "es",
        ("Pablo Serrano", "Diseñador UX en Aula Viva", "Madrid"),
        None,
        LOOK,
        mutual=3,
        comment="no note; headline names my organization",
    ),
    case(
        "110-headline-school-stock",
        "classic",
        "es",
        ("Lucas Gil", "Estudiante de Máster en la Universidad Complutense de Madrid", "Madrid"),
        None,
        LOOK,
        stock="es",
        comment="stock note; headline names my school",
    ),
    case(
        "111-headline-industry",
        "modern",
        "es",
        ("Teresa Molina", "Profesora de Educación Secundaria", "Alcalá de Henares"),
        None,
        LOOK,
        comment="no note; headline names my industry",
    ),
    case(
        "112-headline-group-stock",
        "classic",
        "en",
        ("Grace Kim", "Product Owner | Member of Women in Product Spain", "Barcelona"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names my group",
    ),
    case(
        "113-many-mutual",
        "modern",
        "es",
        ("Iván Ruiz", "Founder at Kidz Labs", "Madrid"),
        None,
        LOOK,
        mutual=25,
        comment="no note; 25 connections in common",
    ),
    case(
        "114-dmarc-fail-met",
        "classic",
        "en",
        ("Sam Porter", "Event Manager", "London"),
        "Hi Carmen, we met at SIMO Educación last week! The slides you asked for are in the "
        "attached file.",
        LOOK,
        auth="fail",
        comment="DKIM and DMARC failed with a good note",
    ),
    case(
        "115-lookalike-org",
        "modern",
        "es",
        ("Marta León", "Profesora", "Madrid"),
        "Hola Carmen, fuimos compañeras en el IES Lope de Vega. Inicia sesión para ver mi mensaje.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-es.net",
        comment="look-alike sender domain with a good note",
    ),
    case(
        "116-dmarc-fail-mutual",
        "classic",
        "es",
        ("Carlos Vega", "Consultor", "Madrid"),
        None,
        LOOK,
        mutual=30,
        auth="fail",
        comment="DKIM and DMARC failed; many connections in common",
    ),
    case(
        "117-dmarc-fail-alumni-id",
        "modern",
        "es",
        ("Hendra Gunawan", "Alumni Relations", "Jakarta"),
        "Halo Carmen, kita sama-sama alumni IE University! Silakan unduh undangan reuni di "
        "tautan ini.",
        LOOK,
        auth="fail",
        comment="DKIM and DMARC failed with an alumni note",
    ),
    case(
        "118-vague-headline-org",
        "classic",
        "en",
        ("Nick Barnes", "Sales Manager at Editorial Brújula", "Madrid"),
        "Hi Carmen, hope all is well. Let's connect!",
        LOOK,
        comment="vague note, but the headline names one of my organizations",
    ),
    # generic: no note, stock notes, vague notes
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Brian Lowe", "Consultant", "Leeds"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "202-stock-es",
        "modern",
        "es",
        ("Jorge Prieto", "Comercial", "Murcia"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "es",
        ("Matteo Russo", "Agente immobiliare", "Napoli"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-stock-de",
        "modern",
        "es",
        ("Uwe Fischer", "Vertriebsleiter", "Stuttgart"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "205-stock-fr",
        "classic",
        "es",
        ("Nicolas Blanc", "Commercial", "Bordeaux"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "206-stock-pt",
        "modern",
        "es",
        ("Tiago Sousa", "Empresário", "Coimbra"),
        None,
        GENERIC,
        stock="pt",
    ),
    case(
        "207-stock-id",
        "classic",
        "es",
        ("Agung Prasetyo", "Wiraswasta", "Surabaya"),
        None,
        GENERIC,
        stock="id",
    ),
    case(
        "208-modern-no-note",
        "modern",
        "es",
        ("Sara Ortiz", "Abogada", "Valladolid"),
        None,
        GENERIC,
        mutual=2,
    ),
    case(
        "209-vague-en",
        "classic",
        "en",
        ("Jessica Moore", "Leadership Speaker", "Dallas"),
        "Hi Carmen, I'm always keen to connect with inspiring leaders. Looking forward to "
        "learning from your posts!",
        GENERIC,
    ),
    case(
        "210-vague-es",
        "modern",
        "es",
        ("Manuel Pardo", "Asesor financiero", "Madrid"),
        "Hola Carmen, me encantaría formar parte de tu red de contactos. ¡Un saludo!",
        GENERIC,
    ),
    case(
        "211-vague-it",
        "classic",
        "es",
        ("Alessandro Greco", "Imprenditore", "Bari"),
        "Buongiorno Carmen, ho visto il tuo profilo e mi piacerebbe entrare in contatto con te.",
        GENERIC,
    ),
    case(
        "212-vague-de",
        "modern",
        "es",
        ("Stefan Braun", "Berater", "Düsseldorf"),
        "Hallo Carmen, Ihr Profil ist sehr beeindruckend. Ich freue mich auf die Vernetzung!",
        GENERIC,
    ),
    case(
        "213-vague-fr",
        "classic",
        "es",
        ("Thierry Lambert", "Entrepreneur", "Marseille"),
        "Bonjour Carmen, toujours ravi d'élargir mon réseau avec des professionnels passionnés. "
        "Au plaisir !",
        GENERIC,
    ),
    case(
        "214-vague-pt",
        "modern",
        "es",
        ("Fernanda Rocha", "Consultora", "Recife"),
        "Olá Carmen, vi que temos interesses em comum. Vamos nos conectar?",
        GENERIC,
        comment="claims common interests without naming one",
    ),
    case(
        "215-vague-id",
        "classic",
        "es",
        ("Bayu Nugroho", "Motivator", "Semarang"),
        "Halo Carmen, senang bisa terhubung dengan profesional hebat seperti Anda. Salam sukses!",
        GENERIC,
    ),
    case(
        "216-vague-similar-en",
        "modern",
        "en",
        ("Chris Taylor", "Entrepreneur", "Manchester"),
        "Hi Carmen, I see we work in similar spaces. Shall we connect?",
        GENERIC,
    ),
    case(
        "217-vague-question-en",
        "classic",
        "en",
        ("Mike Evans", "Business Owner", "Phoenix"),
        "Hey Carmen, how are you doing? Would you like to connect?",
        GENERIC,
    ),
    case(
        "218-vague-founder-en",
        "modern",
        "en",
        ("Adam Price", "Founder & CEO at Nexo Apps", "Miami"),
        "Hi Carmen, I'm a startup founder and I love meeting new people in tech. Let's connect!",
        GENERIC,
    ),
]


# ---------------------------------------------------------------------------------------------
# Profile 4: a supply-chain operations manager in Rotterdam, English interface. Written by
# someone who had not read phrases.py, checklist.py or the other profiles' cases.

LOGISTICS = Recipient(
    name="Sanne de Vries",
    address="sanne.devries@example.nl",
    headline="Supply Chain Operations Manager at Maasvlakte Port Logistics",
    profile_slug="sanne-de-vries-scm",
)

LOGISTICS_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Sanne de Vries"
organizations = ["Maasvlakte Port Logistics", "DHL Supply Chain", "Port of Rotterdam Authority"]
schools = [
    "Erasmus University Rotterdam", "Delft University of Technology", "Hogeschool Rotterdam",
]
industries = ["logistics", "supply chain management", "maritime", "freight forwarding"]
interests = [
    "warehouse automation", "decarbonisation of shipping", "customs compliance",
    "lean management", "supply chain visibility",
]
groups = [
    "Women in Logistics Netherlands", "ASCM Benelux", "Young Port Professionals Rotterdam",
]
events = ["TOC Europe 2026", "transport logistic 2025", "World Port Days 2026"]
contacts = ["Pieter Bakker", "Fatma Yilmaz", "Joost van Dijk"]

# Other names people use for the same thing.
[aliases]
"Maasvlakte Port Logistics" = ["MPL"]
"Port of Rotterdam Authority" = ["Port of Rotterdam", "Havenbedrijf Rotterdam"]
"Erasmus University Rotterdam" = [
    "Erasmus University", "EUR", "RSM", "Rotterdam School of Management",
]
"Delft University of Technology" = ["TU Delft"]
"Hogeschool Rotterdam" = ["Rotterdam University of Applied Sciences"]
"supply chain management" = ["supply chain", "SCM"]
"maritime" = ["shipping"]
"freight forwarding" = ["freight forwarder", "forwarding"]
"decarbonisation of shipping" = [
    "shipping decarbonisation", "decarbonization", "green shipping", "green corridors",
]
"customs compliance" = ["customs"]
"warehouse automation" = ["automated warehouses", "warehouse robotics"]
"lean management" = ["lean", "lean six sigma"]
"supply chain visibility" = ["end-to-end visibility"]
"Women in Logistics Netherlands" = ["Women in Logistics", "WiL NL"]
"ASCM Benelux" = ["ASCM", "APICS Benelux"]
"Young Port Professionals Rotterdam" = ["Young Port Professionals", "YPP"]
"TOC Europe 2026" = ["TOC Europe"]
"transport logistic 2025" = ["transport logistic", "transport logistic Munich"]
"World Port Days 2026" = ["World Port Days", "Wereldhavendagen"]

[thresholds]
mutual_connections = 15
"""

LOGISTICS_CASES = [
    # likely accept: the note itself answers a question
    case(
        "001-met-toc-en",
        "classic",
        "en",
        ("Thomas Verbeek", "Terminal Planner at Hutchison Ports ECT", "Rotterdam"),
        "Hi Sanne, good talking to you at the TOC Europe drinks on Tuesday. I'm the guy who "
        "wouldn't stop going on about berth windows :) let's keep in touch",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-met-world-port-days-en",
        "modern",
        "en",
        ("Linda Hoekstra", "Event Coordinator at Rotterdam Partners", "Rotterdam"),
        "Sanne! Was nice bumping into you at World Port Days, the kids loved the harbour tour. "
        "Hope the new DC launch goes well.",
        LIKELY,
        ("met_in_person",),
        mutual=4,
    ),
    case(
        "003-met-train-en",
        "classic",
        "en",
        ("Koen Mulder", "WMS Consultant", "Utrecht"),
        "Hi Sanne, we sat next to each other on the train back from Utrecht after the Logistica "
        "fair. Thanks for the chat about WMS migrations, it helped more than you think.",
        LIKELY,
        ("met_in_person",),
        comment="the meeting is described, not named: no checklist event in the note",
    ),
    case(
        "004-met-transport-logistic-de",
        "modern",
        "en",
        ("Katrin Hofmann", "Leiterin Kombinierter Verkehr bei Contargo", "Mannheim"),
        "Hallo Sanne, es war schön, Sie auf der transport logistic in München kennenzulernen. "
        "Ich melde mich wie besprochen wegen der Hinterlandverbindungen.",
        LIKELY,
        ("met_in_person",),
        mutual=6,
    ),
    case(
        "005-same-org-current-en",
        "modern",
        "en",
        ("Youssef El Amrani", "Customs Declarant", "Rotterdam"),
        "Hi Sanne, I started last month in the customs team at Maasvlakte Port Logistics, still "
        "finding my way around the site. Would be great to connect with colleagues!",
        LIKELY,
        ("same_organization",),
        mutual=9,
    ),
    case(
        "006-same-org-past-dhl-en",
        "classic",
        "en",
        ("Marieke Smits", "Site Manager at Rhenus Logistics", "Tilburg"),
        "Sanne, long time no see! We were both at DHL Supply Chain in Tilburg around 2017, I "
        "was running the inbound shift. Good to see you're doing well.",
        LIKELY,
        ("same_organization",),
        comment="past employer shared; like the samples' 003 this is same_organization",
    ),
    case(
        "007-same-org-dhl-fr",
        "modern",
        "en",
        ("Julien Moreau", "Responsable transport chez DHL Supply Chain", "Lyon"),
        "Bonjour Sanne, je travaille moi aussi chez DHL Supply Chain, à Lyon, dans l'équipe "
        "transport. J'ai vu votre parcours, ravi d'échanger entre anciens et actuels collègues.",
        LIKELY,
        ("same_organization",),
        mutual=2,
    ),
    case(
        "008-alumni-tu-delft-en",
        "classic",
        "en",
        ("Bas Willemsen", "Port Development Engineer at Witteveen+Bos", "Deventer"),
        "Hey Sanne, another TU Delft alum here (MSc TIL '14). Always nice to find Delft people "
        "in the port world!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "009-alumni-rsm-en",
        "modern",
        "en",
        ("Priya Raman", "Demand Planner at Philips", "Eindhoven"),
        "Hi Sanne, I also did the supply chain master at RSM, a few years after you I think. "
        "Would love to connect with a fellow alum.",
        LIKELY,
        ("fellow_alumni",),
        mutual=3,
        comment="RSM is listed as an alias of Erasmus University Rotterdam",
    ),
    case(
        "010-alumni-erasmus-es",
        "classic",
        "en",
        ("Pablo Navarro", "Analista de operaciones en Valenciaport", "Valencia"),
        "Hola Sanne, yo también estudié en la Erasmus University Rotterdam (un año de "
        "intercambio en 2016, ¡qué frío hacía!). Un saludo desde Valencia.",
        LIKELY,
        ("fellow_alumni",),
        comment="an exchange year is still having studied at the same school",
    ),
    case(
        "011-group-wil-en",
        "modern",
        "en",
        ("Esther Kuipers", "Procurement Lead at Boskalis", "Papendrecht"),
        "Hi Sanne, I just joined Women in Logistics Netherlands and your name keeps popping up "
        "in the member threads. Would love to connect!",
        LIKELY,
        ("same_groups",),
        mutual=5,
    ),
    case(
        "012-group-ascm-en",
        "classic",
        "en",
        ("Rohan Mehta", "Supply Planner at Tata Steel", "IJmuiden"),
        "Sanne - fellow ASCM Benelux member. I'm studying for CSCP right now, any tips welcome!",
        LIKELY,
        ("same_groups", "specific_reason"),
    ),
    case(
        "013-interest-automation-en",
        "modern",
        "en",
        ("Gert-Jan Bos", "Site Manager at Jumbo DC Venlo", "Venlo"),
        "Hi Sanne, read your post about the AutoStore pilot in your DC. We're evaluating "
        "warehouse automation at our site in Venlo and I'd love to hear how the first months "
        "went.",
        LIKELY,
        ("shared_interests", "specific_reason"),
        mutual=8,
    ),
    case(
        "014-interest-decarbonisation-en",
        "classic",
        "en",
        ("Annelies Vermeulen", "Energy Transition Lead at a tank terminal", "Rotterdam"),
        "Sanne, your comment on shore power was spot on. Decarbonising shipping is basically my "
        "whole job these days, so I'd like to follow what you're doing.",
        LIKELY,
        ("shared_interests",),
        comment="'decarbonising shipping' is a form of the listed interest",
    ),
    case(
        "015-interest-customs-pt",
        "modern",
        "en",
        ("Rui Carvalho", "Despachante aduaneiro no Porto de Sines", "Sines"),
        "Olá Sanne, também trabalho com conformidade aduaneira aqui no porto de Sines e gostei "
        "muito do seu artigo sobre o novo código aduaneiro da UE.",
        LIKELY,
        ("shared_interests",),
        mutual=1,
        comment="customs compliance, said in Portuguese; the checklist has no Portuguese alias",
    ),
    case(
        "016-industry-forwarding-en",
        "classic",
        "en",
        ("Dennis Schouten", "Ocean Import Manager", "Barendrecht"),
        "Hi Sanne, I've been in freight forwarding for 12 years (ocean imports, mostly Asia to "
        "Rotterdam). Always good to know more people on the ops side of the port.",
        LIKELY,
        ("same_industry",),
    ),
    case(
        "017-industry-fellow-en",
        "modern",
        "en",
        ("Iris van Leeuwen", "Inbound Coordinator at Zeelandia", "Breda"),
        "Fellow supply chain person here 👋 I manage inbound for a food producer in Breda. "
        "Happy to connect.",
        LIKELY,
        ("same_industry",),
        mutual=2,
        comment="the writer says they work in her industry: thin, but it answers the question",
    ),
    case(
        "018-contact-referral-en",
        "classic",
        "en",
        ("Henrik Olsen", "Reefer Logistics Manager at Maersk", "Copenhagen"),
        "Hi Sanne, Joost van Dijk gave me your name. He said you're the person to ask about "
        "reefer capacity at Maasvlakte. Could we have a quick call next week?",
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "019-specific-speaker-en",
        "modern",
        "en",
        ("Femke de Groot", "Community Lead, Brainport Eindhoven", "Eindhoven"),
        "Hi Sanne, I'm putting together the programme for a meetup on resilient operations in "
        "Eindhoven in March. Would you be up for a 20 minute talk on port congestion?",
        LIKELY,
        ("specific_reason",),
        mutual=7,
    ),
    case(
        "020-specific-thesis-it",
        "classic",
        "en",
        ("Giulia Conti", "Studentessa al Politecnico di Milano", "Milano"),
        "Ciao Sanne, sono una studentessa di ingegneria gestionale al Politecnico di Milano e "
        "sto scrivendo la tesi sulla gestione dei container vuoti. Posso farti qualche domanda "
        "in una breve intervista di 30 minuti?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "021-specific-training-id",
        "modern",
        "en",
        ("Dewi Lestari", "Manajer Pelatihan di Pelindo", "Jakarta"),
        "Halo Sanne, saya sedang menyiapkan program pelatihan bersama antara Pelindo dan mitra "
        "di Rotterdam untuk staf operasional terminal. Apakah Anda bersedia berdiskusi singkat "
        "bulan depan?",
        LIKELY,
        ("specific_reason",),
        mutual=1,
    ),
    case(
        "022-specific-recruiter-en",
        "classic",
        "en",
        ("Olivia Grant", "Executive Search, Maritime & Ports", "London"),
        "Hi Sanne, I'm recruiting for a Head of Terminal Operations role with a client in "
        "Antwerp-Bruges. Your background looks like a strong fit, open to a confidential chat?",
        LIKELY,
        ("specific_reason",),
        comment="a concrete job opportunity is a specific reason; a recruiter is not selling "
        "a product or service to her, so no pitch flag (debatable)",
    ),
    case(
        "023-met-no-auth-en",
        "classic",
        "en",
        ("Kenji Watanabe", "General Manager, NYK Line Europe", "Rotterdam"),
        "Hi Sanne, thanks again for showing our delegation around the terminal last Thursday. "
        "Very impressive operation!",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "024-met-borrel-en",
        "modern",
        "en",
        ("Sophie Jacobs", "Customer Service Manager at CMA CGM", "Rotterdam"),
        "Hi Sanne, nice to have met you at the Women in Logistics Christmas borrel last week! "
        "Let's stay in touch.",
        LIKELY,
        ("met_in_person", "same_groups"),
        mutual=11,
        comment="English note with one Dutch loanword ('borrel' = drinks), as Dutch people write",
    ),
    case(
        "025-met-round-table-en",
        "classic",
        "en",
        ("Martijn Dekker", "S&OP Lead at FrieslandCampina", "Amersfoort"),
        "Hi Sanne, hope you had a good weekend. We spoke briefly after the round table in "
        "Utrecht about S&OP; I'd love to continue that conversation.",
        LIKELY,
        ("met_in_person",),
        comment="the reason is in the second sentence",
    ),
    case(
        "026-alumni-base64-en",
        "modern",
        "en",
        ("Wei Ling Chua", "Regional Logistics Director, APAC", "Singapore"),
        "Sanne, saw that you're an Erasmus University alumna as well! I graduated in 2011 "
        "(econometrics). Greetings from Singapore.",
        LIKELY,
        ("fellow_alumni",),
        mutual=4,
        base64=True,
    ),
    case(
        "027-met-typos-en",
        "classic",
        "en",
        ("Lars Brouwer", "Student Maritime Officer", "Rotterdam"),
        "hi sanne, we met at teh world port days career event, you gave me good advise about "
        "traineeships. thanks again!!",
        LIKELY,
        ("met_in_person",),
        comment="typos and lower case, as people type on a phone",
    ),
    # needs a look: pitch, failed sender, or only a weak signal
    case(
        "101-pitch-yard-saas-en",
        "modern",
        "en",
        ("Ryan Cooper", "Founder & CEO at YardFlow | AI for terminals", "Amsterdam"),
        "Hi Sanne, we help port logistics teams cut truck turnaround times by 40% with our AI "
        "yard management platform. Open to a 15 minute demo next week?",
        LOOK,
        mutual=2,
        comment="sales pitch",
    ),
    case(
        "102-pitch-after-toc-en",
        "classic",
        "en",
        ("Natalie Brooks", "Enterprise Account Executive at Portlink Visibility", "London"),
        "Great to meet you at TOC Europe! As promised, our visibility platform plugs into all "
        "the major terminal operating systems. When can I book a demo with your team?",
        LOOK,
        comment="sales pitch, even though it names a shared event",
    ),
    case(
        "103-pitch-staffing-de",
        "modern",
        "en",
        ("Markus Weber", "Vertrieb bei LagerPlus Personaldienste", "Duisburg"),
        "Hallo Sanne, wir bieten Staplerschulungen und Lagerpersonal auf Abruf für "
        "Logistikzentren in den Niederlanden. Darf ich Ihnen unser Angebot schicken?",
        LOOK,
        mutual=1,
        comment="sales pitch in German",
    ),
    case(
        "104-pitch-lean-alumni-en",
        "classic",
        "en",
        ("Victor Lambert", "Partner at LeanPath Consulting", "Rotterdam"),
        "Sanne, as a fellow Erasmus University alum I wanted to share how our consultancy saved "
        "a Rotterdam 3PL EUR 1.2M last year. Worth a quick call?",
        LOOK,
        comment="sales pitch that names a shared school: the pitch is a red flag",
    ),
    case(
        "105-weak-headline-org-en",
        "classic",
        "en",
        ("Mehmet Kaya", "Customs Specialist at Maasvlakte Port Logistics", "Rotterdam"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names her current organization (weak)",
    ),
    case(
        "106-weak-headline-school-en",
        "modern",
        "en",
        ("Noor Hendriks", "MSc Transport, Infrastructure & Logistics student at TU Delft", ""),
        None,
        LOOK,
        mutual=2,
        comment="no note; headline names her school (and an industry) (weak)",
    ),
    case(
        "107-weak-headline-industry-en",
        "classic",
        "en",
        ("Sander Visser", "Freight Forwarding Coordinator | Ocean & Air", "Ridderkerk"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in her industry (weak)",
    ),
    case(
        "108-weak-headline-group-en",
        "modern",
        "en",
        ("Charlotte Meijer", "Board member, Women in Logistics Netherlands | Buyer", "Delft"),
        None,
        LOOK,
        mutual=3,
        comment="no note; headline names one of her groups (weak)",
    ),
    case(
        "109-weak-mutual-en",
        "modern",
        "en",
        ("Ahmed Benali", "Finance Business Partner at Heineken", "Amsterdam"),
        None,
        LOOK,
        mutual=23,
        comment="no note; 23 connections in common, threshold 15 (weak)",
    ),
    case(
        "110-weak-mutual-threshold-en",
        "modern",
        "en",
        ("Lotte Bakker", "Project Manager at Arcadis", "Rotterdam"),
        "Hi Sanne, I'd love to connect with you!",
        LOOK,
        mutual=15,
        comment="vague note; exactly 15 connections in common reaches the threshold (weak)",
    ),
    case(
        "111-spoof-fail-met-en",
        "classic",
        "en",
        ("Daniel Hughes", "Operations Director", "Rotterdam"),
        "Hi Sanne, great meeting you at World Port Days. Please review the berth schedule I "
        "shared via the link below.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "112-spoof-lookalike-alumni-en",
        "modern",
        "en",
        ("Eva Lindqvist", "Port Strategy Researcher", "Gothenburg"),
        "Hi Sanne, fellow TU Delft alum here! I'd love to get your input on a port study.",
        LOOK,
        mutual=3,
        auth="lookalike",
        comment="look-alike sender domain: must be flagged whatever the note says",
    ),
    case(
        "113-spoof-fail-colleague-en",
        "modern",
        "en",
        ("Pieter Bakker", "Shift Planner at Maasvlakte Port Logistics", "Rotterdam"),
        "Sanne, it's Pieter from planning at Maasvlakte Port Logistics. Can you accept so I can "
        "send you the updated roster?",
        LOOK,
        mutual=12,
        auth="fail",
        comment="failed authentication, using the name of one of her contacts",
    ),
    case(
        "114-weak-headline-industry-vague-en",
        "classic",
        "en",
        ("Tim de Wit", "Logistics Recruiter at Randstad", "Rotterdam"),
        "Hi Sanne, looking to expand my network in the logistics space. Let's connect!",
        LOOK,
        comment="the note says nothing specific (naming a field is not a reason), but the "
        "headline is in her industry (weak)",
    ),
    case(
        "115-weak-headline-maritime-es",
        "classic",
        "en",
        ("Lucía Martín", "Head of Maritime Operations, Valenciaport", "Valencia"),
        None,
        LOOK,
        stock="es",
        comment="Spanish stock note; headline in her industry (maritime) (weak)",
    ),
    case(
        "116-pitch-tms-it",
        "modern",
        "en",
        ("Alessandro Greco", "Sales Manager at LogiSoft Italia", "Genova"),
        "Ciao Sanne, la nostra software house sviluppa soluzioni TMS per operatori logistici. "
        "Posso mandarti una breve presentazione e fissare una demo?",
        LOOK,
        mutual=2,
        comment="sales pitch in Italian",
    ),
    case(
        "117-weak-mutual-stock-fr",
        "modern",
        "en",
        ("Nicolas Lefèvre", "Directeur commercial chez Saint-Gobain", "Paris"),
        None,
        LOOK,
        stock="fr",
        mutual=31,
        comment="French stock note; 31 connections in common (weak)",
    ),
    # generic: no answer and no signal
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Jeroen Peters", "Account Manager at Coolblue", "Rotterdam"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "202-stock-en2",
        "classic",
        "en",
        ("Emma de Boer", "Student at University of Amsterdam", "Amsterdam"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "203-stock-es",
        "classic",
        "en",
        ("Javier Ruiz", "Ingeniero de software en Glovo", "Barcelona"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "204-stock-it",
        "modern",
        "en",
        ("Francesca Russo", "Architetto presso Studio Russo", "Torino"),
        None,
        GENERIC,
        stock="it",
        mutual=1,
    ),
    case(
        "205-stock-de",
        "classic",
        "en",
        ("Stefan Braun", "Steuerberater bei KPMG", "Düsseldorf"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "206-stock-fr",
        "modern",
        "en",
        ("Camille Bernard", "Chargée de communication chez L'Oréal", "Paris"),
        None,
        GENERIC,
        stock="fr2",
        mutual=2,
    ),
    case(
        "207-stock-pt",
        "classic",
        "en",
        ("Mariana Costa", "Analista de marketing na Natura", "São Paulo"),
        None,
        GENERIC,
        stock="pt",
    ),
    case(
        "208-stock-id",
        "modern",
        "en",
        ("Budi Hartono", "Mahasiswa di Universitas Gadjah Mada", "Yogyakarta"),
        None,
        GENERIC,
        stock="id",
    ),
    case(
        "209-modern-no-note-14-mutual",
        "modern",
        "en",
        ("Roel Jansen", "Real Estate Agent", "Rotterdam"),
        None,
        GENERIC,
        mutual=14,
        comment="no note; 14 connections in common is just below her threshold of 15",
    ),
    case(
        "210-vague-came-across-en",
        "classic",
        "en",
        ("Michael Turner", "Business Development Manager", "Manchester"),
        "Hi Sanne, I came across your profile and would love to connect.",
        GENERIC,
    ),
    case(
        "211-vague-logistics-space-en",
        "modern",
        "en",
        ("Daan Vos", "MBA candidate at Nyenrode Business Universiteit", "Breukelen"),
        "Hi Sanne, looking to expand my network in the logistics space. Let's connect!",
        GENERIC,
        mutual=1,
        comment="names her industry only as a field he wants contacts in: he does not say he "
        "works in it, so it answers no question; headline outside her checklist",
    ),
    case(
        "212-vague-impressive-en",
        "classic",
        "en",
        ("Rahul Verma", "Entrepreneur | Investor | Speaker", "Dubai"),
        "Hello Sanne, your profile is really impressive. I would be honoured to be part of your "
        "network.",
        GENERIC,
    ),
    case(
        "213-vague-hope-well-en",
        "modern",
        "en",
        ("Kim Smit", "HR Advisor at Gemeente Rotterdam", "Rotterdam"),
        "Hi Sanne, hope you're doing well! Let's connect.",
        GENERIC,
        mutual=5,
    ),
    case(
        "214-vague-es",
        "classic",
        "en",
        ("Carlos Gómez", "Abogado en Garrigues", "Madrid"),
        "Hola Sanne, me encantaría formar parte de tu red de contactos. ¡Saludos!",
        GENERIC,
    ),
    case(
        "215-own-facts-en",
        "modern",
        "en",
        ("Joyce Meulenbelt", "Interior Designer", "Den Haag"),
        "Hi Sanne, I see you work at Maasvlakte Port Logistics. Would love to connect!",
        GENERIC,
        mutual=2,
        comment="names her organization as her fact, not something shared: no answer",
    ),
    case(
        "216-vague-interested-en",
        "classic",
        "en",
        ("Ines Pereira", "Marketing student", "Amsterdam"),
        "Hi Sanne, I'm really interested in the business world and would love to connect with "
        "professionals like you.",
        GENERIC,
    ),
    case(
        "217-old-stock-signed-en",
        "classic",
        "en",
        ("Ruud Smit", "Owner, Smit Schilderwerken", "Schiedam"),
        "I'd like to add you to my professional network on LinkedIn.\n- Ruud Smit",
        GENERIC,
        comment="the stock sentence, signed",
    ),
    case(
        "218-modern-no-note",
        "modern",
        "en",
        ("Jake Morrison", "Crypto enthusiast | Angel investor", ""),
        None,
        GENERIC,
    ),
    case(
        "219-vague-id",
        "modern",
        "en",
        ("Agus Setiawan", "Wiraswasta", "Surabaya"),
        "Halo Sanne, senang bisa terhubung dengan Anda. Salam kenal!",
        GENERIC,
        mutual=1,
    ),
    case(
        "220-question-only-connect-en",
        "classic",
        "en",
        ("Sarah Collins", "Life Coach", "Dublin"),
        "Hi Sanne, how are you? Shall we connect?",
        GENERIC,
        comment="the only question asks to connect",
    ),
    case(
        "221-never-met-en",
        "modern",
        "en",
        ("Bram Koster", "Sales Engineer at ASML", "Veldhoven"),
        "Hi Sanne, we haven't met yet but I'd like to add you to my network.",
        GENERIC,
        mutual=3,
        comment="denies a meeting; nothing else",
    ),
]


# ---------------------------------------------------------------------------------------------
# Profile 5: a data-science manager at a Canadian bank in Toronto, English interface. Written in
# the structure of the samples (one case per likely-accept / needs-a-look / generic sample, same
# kind of case, fresh wording), then further cases of the same spirit, by someone who had not
# read the classifier's phrases or the other profiles' cases.

ANALYST = Recipient(
    name="Priyanka Shah",
    address="priyanka.shah@example.ca",
    headline="Data Science Manager, Credit Risk & Fraud Analytics at Maple Harbour Bank",
    profile_slug="priyanka-shah-ds",
)

ANALYST_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Priyanka Shah"
organizations = ["Maple Harbour Bank", "Rogers Communications", "Deloitte Canada"]
schools = [
    "University of Toronto", "University of Waterloo", "Indian Institute of Technology Bombay",
]
industries = ["banking", "financial services", "data science", "machine learning"]
interests = [
    "credit risk modeling", "fraud detection", "responsible AI", "MLOps", "causal inference",
]
groups = ["Women in Data Science Toronto", "Toronto Machine Learning Society", "PyData Toronto"]
events = [
    "Toronto Machine Learning Summit 2026", "Big Data and AI Toronto 2026",
    "Risk Analytics Summit 2025",
]
contacts = ["Arjun Mehta", "Emily Tremblay", "Daniel Okafor"]

# Other names people use for the same thing.
[aliases]
"Maple Harbour Bank" = ["MHB", "Maple Harbour"]
"Rogers Communications" = ["Rogers"]
"Deloitte Canada" = ["Deloitte"]
"University of Toronto" = ["U of T", "UofT", "Rotman", "Rotman School of Management"]
"University of Waterloo" = ["Waterloo", "UWaterloo"]
"Indian Institute of Technology Bombay" = ["IIT Bombay", "IITB"]
"banking" = ["bank", "retail banking", "lending"]
"financial services" = ["finance"]
"data science" = ["data scientist", "analytics"]
"machine learning" = ["ML", "AI"]
"credit risk modeling" = ["credit risk", "credit scoring", "credit risk modelling", "PD models"]
"fraud detection" = ["fraud analytics", "fraud models", "anti-fraud"]
"responsible AI" = ["AI ethics", "model fairness", "fairness"]
"MLOps" = ["model monitoring", "model deployment"]
"causal inference" = ["uplift modeling", "uplift modelling", "causal ML"]
"Women in Data Science Toronto" = ["WiDS Toronto", "WiDS"]
"Toronto Machine Learning Society" = ["TMLS"]
"PyData Toronto" = ["PyData"]
"Toronto Machine Learning Summit 2026" = ["Toronto Machine Learning Summit", "TMLS 2026"]
"Big Data and AI Toronto 2026" = ["Big Data and AI Toronto", "Big Data & AI Toronto"]
"Risk Analytics Summit 2025" = ["Risk Analytics Summit"]

[thresholds]
mutual_connections = 20
"""

ANALYST_CASES = [
    # likely accept: the note says why (001-018 mirror the samples' kinds, 019- are new kinds)
    case(
        "001-met-big-data-ai",
        "classic",
        "en",
        ("Marc-André Gagnon", "Head of Data Platforms at Intact", "Montréal"),
        "Hi Priyanka, it was a pleasure chatting between sessions at Big Data and AI Toronto. "
        "I was the one pestering you about how you monitor drift on your fraud models. "
        "Hope we can stay connected.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        ("Kwame Mensah", "AML Analyst", "Toronto"),
        "Hello Priyanka, I started on the anti-money-laundering analytics team at Maple Harbour "
        "Bank three weeks ago and I'm trying to meet people in the data community here.",
        LIKELY,
        ("same_organization",),
        mutual=4,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Shannon MacLeod", "Senior Product Manager", "Toronto"),
        "Hey Priyanka! Not sure you'll remember me, we sat two rows apart at Rogers back when you "
        "were on the churn modelling squad (2019, I think). Would love to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        ("Harpreet Gill", "Analytics Lead", "Mississauga"),
        "Hi Priyanka, I lead a small analytics team at a credit union in Mississauga and I'm keen "
        "to swap notes with others working on data in banking.",
        LIKELY,
        ("same_industry",),
        mutual=3,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Wei Zhang", "Quantitative Analyst", "Calgary"),
        "Priyanka, the recording of your talk on fairness testing for credit scoring models was "
        "really useful. I'm wrestling with exactly that problem for our consumer lending book.",
        LIKELY,
        ("shared_interests",),
        comment="the talk was watched as a recording: not met in person",
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Oksana Kovalenko", "Python Developer", "Toronto"),
        "Hi Priyanka, I've been lurking in the PyData Toronto group for a while and your answer on "
        "the pandas-to-polars migration thread was spot on.",
        LIKELY,
        ("same_groups",),
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        ("Benjamin Roy", "Model Validation Specialist", "Ottawa"),
        "Daniel Okafor mentioned you're the person to ask about challenger models in a bank "
        "setting, and thought we should talk. Would you have 20 minutes in the coming weeks?",
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Jessica Nguyen", "Staff Data Engineer at Shopify", "Ottawa"),
        "Priyanka! Another Waterloo math grad here (class of '12, stats and CS). Always nice to "
        "find fellow Warriors out in the wild.",
        LIKELY,
        ("fellow_alumni",),
        mutual=9,
    ),
    case(
        "009-specific-speaker-series",
        "classic",
        "en",
        ("Dr. Laura Fischer", "Program Director, MSc Applied Computing", "Toronto"),
        "Hi Priyanka, I run the industry speaker series for our applied computing master's "
        "students and we'd love to have you give a 45-minute talk in February. Could I send you "
        "the details?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Ethan Brooks", "Statistics student", "Hamilton"),
        "Priyanka, quick one: does your team ever take summer co-op students? I'm in third-year "
        "stats and would happily send over my resume.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "011-met-es",
        "classic",
        "en",
        ("Valeria Castillo", "Gerente de Analítica de Riesgos", "Monterrey"),
        "Hola Priyanka, coincidimos en la cena de ponentes de Big Data and AI Toronto. Fue un "
        "gusto platicar contigo sobre modelos de fraude. ¡Saludos desde Monterrey!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Felix Hoffmann", "Softwareentwickler", "Frankfurt am Main"),
        "Hallo Priyanka, wie ich sehe, hast du auch in Waterloo studiert! Ich war von 2010 bis "
        "2014 dort (Informatik) und bin inzwischen in Frankfurt. Würde mich über die Vernetzung "
        "freuen.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-fireside-chat",
        "classic",
        "en",
        ("Aaliyah Johnson", "Risk Manager", "Toronto"),
        "Thank you for staying after your fireside chat at the Risk Analytics Summit to answer all "
        "my questions on challenger models!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        ("Francesca Conti", "Giornalista", "Milano"),
        "Ciao Priyanka, sto scrivendo un articolo per una rivista di settore sull'uso del machine "
        "learning nel rischio di credito e mi piacerebbe intervistarti per una ventina di minuti.",
        LIKELY,
        ("specific_reason",),
        comment="a journalist asking for an interview: a specific reason, not a sales pitch",
    ),
    case(
        "016-no-auth-header-met",
        "classic",
        "en",
        ("Rebecca Osei", "Actuarial Data Scientist", "Waterloo"),
        "Priyanka, so good talking with you at the WiDS Toronto conference on Friday. I'm the one "
        "from the insurance side. Let's keep in touch!",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "018-base64-alumni",
        "modern",
        "en",
        ("Omar Haddad", "Pricing Analyst", "Toronto"),
        "I see we both did the Master of Management Analytics at Rotman. I was in the 2020 cohort. "
        "Would be nice to have more MMA people in my network.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-second-sentence-same-org",
        "classic",
        "en",
        ("Natalie Chen", "Model Risk Manager", "Toronto"),
        "Hi Priyanka, hope you're well. I'm on the model validation team at MHB and will be "
        "reviewing your group's new PD model next quarter, so I thought it'd be good to connect "
        "before that starts.",
        LIKELY,
        ("same_organization", "specific_reason"),
    ),
    case(
        "020-alumni-abbreviation",
        "modern",
        "en",
        ("Rahul Verma", "Senior Consultant", "Toronto"),
        "Fellow UofT MMA grad (2019) here, I saw your name on the alumni mentorship list!",
        LIKELY,
        ("fellow_alumni",),
        mutual=12,
    ),
    case(
        "021-informal-group",
        "modern",
        "en",
        ("Tyler Brennan", "ML Engineer", "Toronto"),
        "hey Priyanka 👋 fellow TMLS member here, ur comment about drift monitoring in the slack "
        "channel was 🔥",
        LIKELY,
        ("same_groups",),
    ),
    case(
        "022-met-fr",
        "classic",
        "en",
        ("Geneviève Lavoie", "Directrice, science des données chez Desjardins", "Lévis"),
        "Bonjour Priyanka, nous nous sommes croisées au Big Data and AI Toronto, devant le stand "
        "de Desjardins. Au plaisir d'échanger à nouveau !",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "023-alumni-pt",
        "modern",
        "en",
        ("Ananya Rao", "Cientista de Dados", "São Paulo"),
        "Olá Priyanka, também estudei no IIT Bombay (turma de 2011) e hoje trabalho com ciência "
        "de dados em São Paulo. Vamos manter contato!",
        LIKELY,
        ("fellow_alumni", "same_industry"),
    ),
    case(
        "024-interest-id",
        "classic",
        "en",
        ("Dimas Prasetyo", "Fraud Analytics Lead", "Jakarta"),
        "Halo Priyanka, saya juga menangani deteksi fraud di sebuah bank di Jakarta. Senang "
        "sekali kalau kita bisa bertukar pikiran soal model yang Anda pakai.",
        LIKELY,
        ("shared_interests", "same_industry"),
        comment="'deteksi fraud' is fraud detection; 'di sebuah bank' puts the writer in banking",
    ),
    case(
        "025-recruiter-concrete-role",
        "modern",
        "en",
        ("Melissa Grant", "Executive Recruiter, Financial Services Practice", "Toronto"),
        "Hi Priyanka, I'm recruiting for a Director of Credit Risk Analytics at a Big Five bank in "
        "Toronto (hybrid, reporting to the CRO). Your background looks like a strong fit. Open to "
        "a confidential chat?",
        LIKELY,
        ("specific_reason",),
        mutual=8,
        comment="a recruiter with a concrete role is a specific reason; nothing is sold to me, "
        "so not a sales pitch (debatable: some recipients treat recruiters as pitches)",
    ),
    case(
        "026-referral-past-org",
        "classic",
        "en",
        ("Connor Walsh", "Data Scientist, Customer Analytics", "Toronto"),
        "Arjun Mehta told me to reach out. I'm taking over the churn model you built at Rogers and "
        "had a couple of questions about the feature pipeline, if you can spare a moment.",
        LIKELY,
        ("mutual_connection", "same_organization", "specific_reason"),
    ),
    case(
        "027-second-sentence-interest",
        "modern",
        "en",
        ("Sofia Rossi", "Marketing Scientist", "Vancouver"),
        "Hi Priyanka, thanks for sharing your slides publicly. I work on uplift modelling for a "
        "telco's retention campaigns and your causal inference examples were the clearest I've "
        "come across.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "028-informal-past-org",
        "classic",
        "en",
        ("Jason Liu", "Director, Analytics", "Toronto"),
        "hi! I think we overlapped at Deloitte - I was in the risk advisory analytics practice "
        "2016-2020. small world!",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "029-question-hiring",
        "modern",
        "en",
        ("Mateo Fernández", "Senior ML Engineer", "Toronto"),
        "Hi Priyanka, is your team hiring any senior ML engineers in the new year? I've spent six "
        "years building real-time fraud scoring systems and would love to throw my hat in.",
        LIKELY,
        ("specific_reason", "same_industry", "shared_interests"),
        mutual=5,
    ),
    case(
        "030-group-abbreviation-ask",
        "classic",
        "en",
        ("Hannah Park", "Data Scientist at Loblaw Digital", "Toronto"),
        "Hi Priyanka, I'm co-organizing the next WiDS Toronto datathon and saw you mentored at the "
        "last one. Would you consider being a judge this spring?",
        LIKELY,
        ("same_groups", "specific_reason"),
    ),
    case(
        "031-met-after-meetup",
        "modern",
        "en",
        ("Dev Patel", "Backend Engineer", "Toronto"),
        "Priyanka, great bumping into you on the UP Express after the PyData meetup! As promised, "
        "here's my request 🙂",
        LIKELY,
        ("met_in_person", "same_groups"),
    ),
    # needs a look: a red flag, or only a weak signal
    case(
        "101-pitch-automl",
        "classic",
        "en",
        ("Blake Morrison", "Account Executive at ModelForge", "Austin, Texas"),
        "Hi Priyanka, banks using our AutoML platform cut model development time by 60%. Do you "
        "have 15 minutes on Thursday for a quick walkthrough?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-staffing",
        "modern",
        "en",
        ("Nikhil Sharma", "Business Development Manager", "Pune"),
        "Priyanka, we place senior offshore data engineers with Canadian banks at half the cost of "
        "local hires. Happy to share our rate card if useful.",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Gordon Fraser", "Branch Manager at Maple Harbour Bank", "Barrie"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names my current organization (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Isabelle Martin", "Architect at Diamond Schmitt", "Toronto"),
        None,
        LOOK,
        mutual=34,
        comment="no note; 34 connections in common, threshold 20 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Lucas Bergeron", "Principal Data Scientist", "Toronto"),
        "Hi Priyanka, we met at the Toronto Machine Learning Summit! I've uploaded the slides we "
        "talked about, just sign in here to download them.",
        LOOK,
        auth="lookalike",
        comment="spoofed sender (look-alike domain): must be flagged whatever the note claims",
    ),
    case(
        "106-weak-industry-headline",
        "modern",
        "en",
        ("Ravi Krishnan", "Machine Learning Engineer | Computer Vision", "Markham"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "classic",
        "en",
        ("Stephen Blake", "HR Director", "Toronto"),
        "Priyanka, fellow U of T alum here! Please open the attached offer letter and confirm "
        "your details.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "108-pitch-as-question",
        "modern",
        "en",
        ("Chloe Dawson", "Co-founder at ValidDocs", "Toronto"),
        "Hi Priyanka, curious: how is your team handling model documentation for OSFI E-23 today? "
        "We've built a tool that automates about 80% of it, and I'd love your take on a short "
        "call.",
        LOOK,
        comment="a sales pitch dressed as a question",
    ),
    case(
        "109-pitch-bootcamp",
        "classic",
        "en",
        ("Trevor Hughes", "Founder & CEO, DataLaunch Academy", "Toronto"),
        "Priyanka, is hiring junior data scientists a headache? Our 12-week bootcamp grads are "
        "pre-vetted and your first placement is free. Can I send you a few profiles?",
        LOOK,
        comment="sales pitch (placement service), even though it mentions my field",
    ),
    case(
        "110-weak-school-headline",
        "classic",
        "en",
        ("Eleanor Wright", "MBA Candidate at Rotman School of Management", "Toronto"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names my school by one of my aliases (weak)",
    ),
    case(
        "111-weak-group-headline",
        "modern",
        "en",
        ("Samuel Adeyemi", "Organizer, PyData Toronto | Software Engineer", "Toronto"),
        None,
        LOOK,
        comment="no note; headline names one of my groups (weak)",
    ),
    case(
        "112-spoof-referral",
        "classic",
        "en",
        ("Arthur Pell", "Senior Risk Officer", "Toronto"),
        "Arjun Mehta asked me to forward you the Q3 risk report. Please verify your account to "
        "open it.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-notify.com",
        comment="spoofed sender naming one of my contacts: must be flagged",
    ),
    case(
        "113-vague-mutual-at-threshold",
        "modern",
        "en",
        ("Megan O'Connor", "Sales Manager at Moosehead", "Halifax"),
        "Hi Priyanka, would love to connect!",
        LOOK,
        mutual=20,
        comment="vague note; exactly 20 connections in common reaches the threshold (weak)",
    ),
    # generic: no answer and no signal
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Kevin Doyle", "Dental Hygienist", "Oshawa"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Andrés Morales", "Ingeniero civil en Acciona", "Bogotá"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Alessandro Ricci", "Architetto", "Torino"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Brittany Cole", "Event Planner", "Niagara Falls"),
        None,
        GENERIC,
        mutual=2,
    ),
    case(
        "205-custom-vague",
        "classic",
        "en",
        ("Jacob Turner", "Operations Supervisor at Purolator", "Brampton"),
        "Hello Priyanka, your profile popped up in my suggestions so I thought I'd reach out and "
        "connect.",
        GENERIC,
    ),
    case(
        "206-custom-vague-2",
        "modern",
        "en",
        ("Ashley Brown", "Motivational Speaker", "Scarborough"),
        "Hi there! Always looking to grow my circle with inspiring people. Hope you'll accept 😊",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Douglas Reid", "Retired", "Kingston"),
        "I'd like to join your LinkedIn network.\n- Douglas Reid",
        GENERIC,
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Jana Becker", "Vertriebsleiterin bei Bosch", "Stuttgart"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Mathieu Girard", "Chargé de communication", "Québec"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Ryan Mitchell", "Personal Trainer", "Toronto"),
        "Hey Priyanka, hope your week is going great! Happy to connect.",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Beatriz Almeida", "Professora de Educação Física", "Lisboa"),
        None,
        GENERIC,
        stock="pt",
    ),
    case(
        "212-vague-industry-word",
        "modern",
        "en",
        ("Jordan Ellis", "Realtor at Bloor West Realty", "Toronto"),
        "Hi Priyanka, impressed by your work in analytics. Let's connect!",
        GENERIC,
        comment="names my field only as a compliment: nothing says the writer shares it, nor why "
        "connect (debatable)",
    ),
    case(
        "213-vague-finance",
        "classic",
        "en",
        ("Sarah Kim", "Yoga Instructor", "Toronto"),
        "Hi Priyanka, I'm looking to meet more people in finance. Let's connect!",
        GENERIC,
        comment="wanting to meet people in finance does not say the writer works in it (debatable)",
    ),
    case(
        "214-vague-mutual-below-threshold",
        "modern",
        "en",
        ("Tanya Petrov", "Interior Designer", "Oakville"),
        "Hi Priyanka, I saw we have a few people in common. Happy to connect!",
        GENERIC,
        mutual=6,
        comment="mentions mutual connections but names none, and 6 is below my threshold",
    ),
    case(
        "215-vague-fr",
        "classic",
        "en",
        ("Olivier Tremblay", "Photographe", "Montréal"),
        "Bonjour Priyanka, je serais ravi de faire partie de votre réseau. Bonne journée !",
        GENERIC,
    ),
    case(
        "216-stock-id",
        "classic",
        "en",
        ("Budi Santoso", "Pilot at Garuda Indonesia", "Jakarta"),
        None,
        GENERIC,
        stock="id",
    ),
    case(
        "217-vague-learn-from-you",
        "modern",
        "en",
        ("Michael Anderson", "Student", "Brampton"),
        "Your profile is really impressive, I'd love to learn from you and grow my network.",
        GENERIC,
    ),
    case(
        "218-vague-tech",
        "classic",
        "en",
        ("Daniela Souza", "Hospitality Manager at Fairmont Royal York", "Toronto"),
        "Hi Priyanka, always great to connect with leaders in tech. Let's stay in touch!",
        GENERIC,
    ),
]


PYMK = [
    Person("Zara Ahmed", "Product Designer at Canva"),
    Person("Tomás Ribeiro", "Data Analyst at Shopee"),
    Person("Yuki Sato", "Marketing Manager at Rakuten"),
    Person("Amara Obi", "HR Business Partner at Unilever"),
]


def write_profile(
    directory: Path, recipient: Recipient, checklist: str, cases: list[Case], seed: int
) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.glob("*.eml"):
        old.unlink()
    (directory / "checklist.toml").write_text(checklist, encoding="utf-8")
    builder = Builder(recipient, seed=seed, start=START)
    labels: dict[str, dict[str, object]] = {}
    for number, item in enumerate(cases):
        pymk = [PYMK[(number + shift) % len(PYMK)] for shift in range(3)]
        file_name = f"{item.slug}.eml"
        (directory / file_name).write_bytes(builder.build(item.email, pymk))
        labels[file_name] = {
            "label": item.label,
            "answers": list(item.answers),
            "name": item.email.inviter.name,
            "note": None if item.stock else item.email.note,
            "comment": item.comment,
        }
    text = json.dumps(labels, indent=2, ensure_ascii=False) + "\n"
    (directory / "labels.json").write_text(text, encoding="utf-8")


# The sets written by a profile module of their own: (directory, module, the module's name for
# its recipient, which also begins the names of its _CHECKLIST and _CASES, seed).
PROFILE_SETS: tuple[tuple[str, str, str, int], ...] = (
    ("pharmacist_manchester", "profile_pharmacist", "PHARMACIST", 71),
    ("marketing_milan", "profile_marketing", "MARKETER", 83),
    ("hr_sydney", "profile_hr_sydney", "HRBP", 89),
    ("engineer_seattle", "profile_engineer_seattle", "SEATTLE", 97),
    ("designer_cdmx", "profile_designer_cdmx", "DESIGNER", 103),
    ("lawyer_chicago", "profile_lawyer_chicago", "LAWYER", 101),
    ("vet_denver", "profile_vet_denver", "VET", 107),
    ("accountant_dublin", "profile_accountant_dublin", "ACCOUNTANT", 113),
    ("nurse_educator_boston", "profile_nurse_educator_boston", "EDUCATOR", 109),
    ("hotel_london", "profile_hotel_london", "HOTELIER", 131),
    ("principal_austin", "profile_principal_austin", "PRINCIPAL", 127),
    ("construction_phoenix", "profile_construction_phoenix", "BUILDER_PM", 137),
    ("curator_dc", "profile_curator_dc", "CURATOR", 139),
    ("dentist_seattle", "profile_dentist_seattle", "DENTIST", 149),
    ("journalist_berlin", "profile_journalist_berlin", "JOURNALIST", 151),
    ("agronomist_saopaulo", "profile_agronomist_saopaulo", "AGRONOMIST", 157),
    ("aerospace_toulouse", "profile_aerospace_toulouse", "AEROSPACE", 163),
    ("fundraiser_atlanta", "profile_fundraiser_atlanta", "FUNDRAISER", 167),
    ("researcher_edinburgh", "profile_researcher_edinburgh", "RESEARCHER", 173),
    ("civil_bogota", "profile_civil_bogota", "CIVIL", 179),
    ("automotive_munich", "profile_automotive_munich", "AUTOMOTIVE", 181),
    ("security_singapore", "profile_security_singapore", "SECURITY", 191),
    ("pediatrician_montreal", "profile_pediatrician_montreal", "PEDIATRICIAN", 193),
    ("pm_jakarta", "profile_pm_jakarta", "PRODUCT", 199),
    ("architect_milan", "profile_architect_milan", "ARCHITECT", 197),
    ("geologist_perth", "profile_geologist_perth", "GEOLOGIST", 211),
    ("publichealth_nairobi", "profile_publichealth_nairobi", "HEALTH", 223),
    ("uxr_london", "profile_uxr_london", "UXR", 227),
    ("procurement_chicago", "profile_procurement_chicago", "BUYER", 229),
    ("nurse_toronto", "profile_nurse_toronto", "NURSE_MGR", 233),
    ("founder_berlin", "profile_founder_berlin", "FOUNDER", 239),
    ("realestate_miami", "profile_realestate_miami", "BROKER", 241),
    ("teacher_auckland", "profile_teacher_auckland", "KAIAKO", 251),
    ("fashion_paris", "profile_fashion_paris", "FASHION", 257),
    ("devops_bangalore", "profile_devops_bangalore", "DEVOPS", 263),
    ("energy_houston", "profile_energy_houston", "RESERVOIR", 269),
    ("biotech_cambridge", "profile_biotech_cambridge", "ANTIBODY", 271),
    ("librarian_amsterdam", "profile_librarian_amsterdam", "LIBRARIAN", 277),
    ("gamedev_montreal", "profile_gamedev_montreal", "GAMEDEV", 281),
    ("actuary_zurich", "profile_actuary_zurich", "KELLER", 283),
    ("policy_brussels", "profile_policy_brussels", "LOBBYIST", 293),
    ("winemaker_mendoza", "profile_winemaker_mendoza", "ENOLOGA", 307),
    ("physio_melbourne", "profile_physio_melbourne", "PHYSIO", 311),
    ("counsel_denver", "profile_counsel_denver", "COUNSEL", 313),
    ("hospital_admin_lisbon", "profile_hospital_admin_lisbon", "HOSPITAL_ADMIN", 317),
    ("marketing_chicago", "profile_marketing_chicago", "TASHA", 331),
    ("planner_copenhagen", "profile_planner_copenhagen", "PLANNER", 337),
    ("advisor_edinburgh", "profile_advisor_edinburgh", "ADVISOR", 347),
    ("dataeng_lagos", "profile_dataeng_lagos", "DATAENG", 349),
    ("talent_dallas", "profile_talent_dallas", "TALENT", 353),
    ("chef_lyon", "profile_chef_lyon", "CHEF", 359),
    ("ecommerce_milan", "profile_ecommerce_milan", "ECOMMERCE", 367),
    ("pm_austin", "profile_pm_austin", "DEREK", 373),
    ("nursing_manila", "profile_nursing_manila", "CNO_MANILA", 379),
    ("logistics_atlanta", "profile_logistics_atlanta", "LOGISTICS_ATL", 383),
    ("architect_barcelona", "profile_architect_barcelona", "ARQUITECTA", 389),
    ("teacher_chicago", "profile_teacher_chicago", "ANDRE", 397),
    ("investor_jakarta", "profile_investor_jakarta", "INVESTOR", 401),
    ("pharma_basel", "profile_pharma_basel", "CLINOPS", 409),
    ("hotelier_cancun", "profile_hotelier_cancun", "CANCUN", 419),
    ("devrel_berlin", "profile_devrel_berlin", "DEVREL", 421),
    ("accountant_toronto", "profile_accountant_toronto", "AUDITOR", 431),
)


def main() -> None:
    write_profile(HERE / "nurse_lyon", NURSE, NURSE_CHECKLIST, NURSE_CASES, seed=11)
    write_profile(HERE / "fintech_jakarta", ENGINEER, ENGINEER_CHECKLIST, ENGINEER_CASES, seed=23)
    write_profile(HERE / "nurse_lyon_2", NURSE, NURSE_CHECKLIST, NURSE_WAVE2, seed=31)
    write_profile(HERE / "fintech_jakarta_2", ENGINEER, ENGINEER_CHECKLIST, ENGINEER_WAVE2, seed=37)
    write_profile(HERE / "teacher_madrid", TEACHER, TEACHER_CHECKLIST, TEACHER_CASES, seed=41)
    write_profile(
        HERE / "logistics_rotterdam", LOGISTICS, LOGISTICS_CHECKLIST, LOGISTICS_CASES, seed=53
    )
    write_profile(HERE / "data_toronto", ANALYST, ANALYST_CHECKLIST, ANALYST_CASES, seed=61)
    for directory, module_name, recipient, seed in PROFILE_SETS:
        # Imported here, not at the top: every profile module imports this one.
        module = importlib.import_module(module_name)
        checklist = getattr(module, f"{recipient}_CHECKLIST")
        cases = getattr(module, f"{recipient}_CASES")
        write_profile(HERE / directory, getattr(module, recipient), checklist, cases, seed=seed)


if __name__ == "__main__":
    main()

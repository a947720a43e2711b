"""Held-out invitations for Anouk Jansen, head of digital collections at a university library in
Amsterdam.

English interface. Notes mostly in English as Dutch and European library, archive and museum
people write it (Dutch greetings and words mixed in, the field's jargon: IIIF, OCR/HTR, OA, LOD,
born-digital, Taverne), about a fifth in the samples' other languages (German, French, Spanish,
Italian, Portuguese, and Indonesian from archive partners in Jakarta). One invitation for every
likely-accept, needs-a-look and generic sample of tests/fixtures/linkedin (the same kind of case,
written from scratch for this recipient), then a second pass over the same kinds with other
writers and other wording, plus a few kinds the samples lack (a former intern, a joint
digitisation project and a workshop meeting from Indonesian partners, a note that says the
writer missed her talk, a casual question with typos, a pitch from a vendor she did meet, an
executive-search recruiter, a vague note whose only signal is the writer's library headline, a
failed-authentication note that reads as genuine, a note that only repeats her employer back to
her, a vague "connections in common"). The builder has no reminder, HTML-only, bad-charset or
unterminated-multipart layout: those kinds are written as ordinary invitations of the same
category. Labels follow DESIGN.md's "Categories", as the recipient would judge the note, written
without looking at the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

LIBRARIAN = Recipient(
    name="Anouk Jansen",
    address="anouk.jansen@example.ub-amstel.nl",
    headline="Head of Digital Collections at Amstel University Library",
    profile_slug="anouk-jansen-digicoll",
)

LIBRARIAN_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Anouk Jansen"
organizations = ["Amstel University Library", "Museum Noordkade"]
schools = ["Universiteit Leiden", "University College London"]
industries = [
    "libraries", "academic libraries", "archives", "cultural heritage", "information science",
    "GLAM",
]
interests = [
    "open access", "digitisation", "metadata", "linked open data", "IIIF",
    "digital preservation", "special collections",
]
groups = [
    "LIBER", "LIBER Digital Humanities & Digital Cultural Heritage Working Group",
    "IFLA Information Technology Section", "KNVI",
]
events = [
    "LIBER 2026 Annual Conference", "iPRES 2026", "DH Benelux 2026",
    "IIIF Annual Conference 2026",
]
contacts = ["Sanne de Vries", "Pieter Bakker", "Martina Russo", "Dewi Kartika"]

# Other names people use for the same thing.
[aliases]
"Amstel University Library" = [
    "UB Amstel", "Amstel UB", "Universiteitsbibliotheek Amstel", "Amstel University",
    "Amstel Universiteit",
]
"Museum Noordkade" = ["Noordkade Museum", "Noordkade"]
"Universiteit Leiden" = ["Leiden University", "Leiden Uni", "Leiden"]
"University College London" = ["UCL"]
"LIBER" = ["Association of European Research Libraries"]
"LIBER Digital Humanities & Digital Cultural Heritage Working Group" = [
    "LIBER DH & DCH Working Group", "LIBER DH working group", "LIBER's DH working group",
]
"IFLA Information Technology Section" = ["IFLA IT Section"]
"KNVI" = ["Koninklijke Nederlandse Vereniging van Informatieprofessionals"]
"LIBER 2026 Annual Conference" = ["LIBER 2026", "LIBER conference", "LIBER annual conference"]
"iPRES 2026" = ["iPRES"]
"DH Benelux 2026" = ["DH Benelux", "DHBenelux"]
"IIIF Annual Conference 2026" = ["IIIF conference", "IIIF 2026", "IIIF Annual Conference"]
"cultural heritage" = ["heritage sector", "erfgoed"]
"libraries" = ["library sector", "librarianship"]
"GLAM" = ["galleries, libraries, archives and museums"]
"digitisation" = ["digitization", "digitising", "digitizing", "digitalisering", "mass digitisation"]
"open access" = ["OA"]
"linked open data" = ["linked data", "LOD"]
"IIIF" = ["International Image Interoperability Framework"]
"digital preservation" = ["long-term preservation", "born-digital preservation"]
"special collections" = ["rare books", "bijzondere collecties"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 12
"""

_REFERRAL = (
    "Sanne de Vries suggested I get in touch with you about digitising our 17th-c. guild "
    "records. She said your team did something similar with the notarial deeds last year."
)
_REFERRAL_2 = (
    "Anouk, Martina Russo mentioned you might be open to a chat about hosting the IIIF images of "
    "our letter editions on your infrastructure. Would you have 30 min in the coming weeks?"
)

LIBRARIAN_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-liber",
        "classic",
        "en",
        (
            "Katarzyna Nowak",
            "Head of Digitisation at the University of Warsaw Library",
            "Warsaw, Poland",
        ),
        "Hi Anouk, lovely to meet you at LIBER 2026 last week. I was the one asking about your OCR "
        "quality workflow during the coffee break. Let's keep in touch!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        ("Jeroen Smit", "Acquisitions Coordinator at Amstel University Library", "Amsterdam"),
        "Hi Anouk, I started this month in the acquisitions team at Amstel University Library and "
        "I'm slowly meeting everyone across the departments. Looking forward to working together!",
        LIKELY,
        ("same_organization",),
        mutual=9,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Femke Visser", "Collections Registrar at Het Scheepvaartmuseum", "Amsterdam"),
        "Anouk, we overlapped at Museum Noordkade around 2016 (I was the registrar in the depot "
        "next to the photo studio). Great to see what you're up to these days!",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        ("Rutger Hoekstra", "Hoofd Collecties at Tresoar", "Leeuwarden"),
        "Hi Anouk, I manage the collections of a regional archive up in Friesland and try to learn "
        "as much as I can from colleagues in the academic library world.",
        LIKELY,
        ("same_industry",),
        mutual=3,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Eleanor Whitfield", "Digital Scholarship Librarian at University of York", "York, UK"),
        "Hi Anouk, just read your blog post on moving your map collection to IIIF manifests. We're "
        "about to start the same thing here and it answered half my questions already.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Mikkel Sørensen", "Senior Librarian at Royal Danish Library", "Aarhus, Denmark"),
        "Hi Anouk, we're both on the LIBER DH & DCH Working Group - really enjoyed your remarks on "
        "collections as data at the last online meeting.",
        LIKELY,
        ("same_groups",),
        mutual=5,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        ("Thomas Verbeek", "Curator of Manuscripts at Collectie Overijssel", "Zwolle"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Hannah Okafor", "Records Manager at Wellcome Collection", "London, United Kingdom"),
        "Hi Anouk! Another UCL DIS alum here (MA LIS, 2011). Small world!",
        LIKELY,
        ("fellow_alumni",),
        mutual=2,
    ),
    case(
        "009-specific-class-visit",
        "classic",
        "en",
        ("Lotte Brouwer", "Lecturer in Book History at Utrecht University", "Utrecht"),
        "Hi Anouk, I teach a master's seminar on early modern print and would love to bring my 14 "
        "students to see your special collections in February. Could we schedule a call about a "
        "visit?",
        LIKELY,
        ("specific_reason",),
        comment="a class visit to her collections: a concrete request, not a pitch",
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Gerrit Mulder", "Retired Notary", "Haarlem"),
        "Anouk, quick question: does your library take volunteers for transcription projects? "
        "Retired now and I read 18th-c. Dutch handwriting quite well, happy to help.",
        LIKELY,
        ("specific_reason",),
        comment="offers his time as a volunteer: a concrete request, not a sales pitch",
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        (
            "Lucía Navarro",
            "Bibliotecaria de Colecciones Digitales en la Biblioteca Nacional de España",
            "Madrid",
        ),
        "Hola Anouk, coincidimos en la cena de LIBER 2026 y hablamos de Europeana y de los "
        "derechos de las imágenes. ¡Un placer, sigamos en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=4,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Jonas Hartmann", "Wissenschaftlicher Bibliothekar an der SLUB Dresden", "Dresden"),
        "Hallo Anouk, ich habe gesehen, dass du auch an der Universiteit Leiden studiert hast - "
        "ich war 2008/09 als Erasmus-Student dort (Buchwissenschaft). Würde mich freuen, in "
        "Kontakt zu bleiben!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-talk",
        "modern",
        "en",
        ("Isabelle Laurent", "Digital Preservation Officer at KBR", "Brussels, Belgium"),
        "Thanks again for the chat after your iPRES session on born-digital archives. Your point "
        "about format registries really stuck with me!",
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
            "Bibliotecaria presso Biblioteca Universitaria di Bologna",
            "Bologna, Italia",
        ),
        "Ciao Anouk, a marzo organizziamo un webinar sull'accesso aperto nelle biblioteche "
        "universitarie europee e mi piacerebbe invitarti come relatrice. Ti andrebbe di parlarne?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        ("Thomas Verbeek", "Curator of Manuscripts at Collectie Overijssel", "Zwolle"),
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
        ("Bram de Groot", "Paper Conservator at Rijksmuseum", "Amsterdam"),
        "Hi Anouk, good to meet you at the DH Benelux reception on Thursday. Let's continue the "
        "multispectral imaging conversation some time.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-name-and-note",
        "classic",
        "en",
        ("Niels <b>van Dam</b>", "Developer at Lab Digitale Collecties", "Amsterdam"),
        "<script>alert('x')</script> Hi Anouk, we met at the IIIF conference & talked about "
        "<i>Mirador</i> viewers.",
        LIKELY,
        ("met_in_person",),
        comment="name and note contain markup that must be shown as text, never executed (the "
        "builder cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Sophie Maes", "Archivist at FelixArchief", "Antwerp, Belgium"),
        "Anouk, I'm a Leiden graduate too (MA Book and Digital Media Studies, 2013) and now work "
        "at the city archive in Antwerp.",
        LIKELY,
        ("fellow_alumni", "same_industry"),
        base64=True,
        comment="she also says she works in an archive: same industry",
    ),
    case(
        "019-group-dash",
        "classic",
        "en",
        ("Ana Kovač", "Head of Systems at National and University Library Zagreb", "Zagreb"),
        "Hi Anouk — we're both in the IFLA IT Section; I'd love to compare notes on moving to a "
        "new library services platform…",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "en",
        ("Daniel Osei", "Linked Data Librarian at University of Edinburgh", "Edinburgh"),
        "Hi Anouk, I'm working on linked data for our rare books catalogue too and would love to "
        "exchange ideas on Wikidata reconciliation.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Jason Reed", "Account Executive at ScanSpark AI", "Dublin, Ireland"),
        "Hi Anouk, we help university libraries cut OCR and metadata costs by 60% with our AI "
        "platform. Open to a 20-min demo next week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "en",
        ("Marieke Pronk", "Sales Manager at DigiScan Benelux", "Utrecht"),
        "Anouk, our scanning bureau digitises bound volumes, maps and glass negatives at very "
        "competitive per-page rates. Shall I send you our 2026 price list?",
        LOOK,
        comment="sales pitch (a digitisation service)",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Yusuf Demir", "Facility Manager at Amstel University Library", "Amsterdam"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names my current organization (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Laura Mertens", "Project Manager at Arcadis", "Amsterdam"),
        None,
        LOOK,
        mutual=19,
        comment="no note; 19 connections in common, threshold 12 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Rebecca Hall", "Partnerships Manager", "London"),
        "Hi Anouk, we met at the LIBER conference. Please confirm your account to read my message.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-notify.eu",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "106-weak-industry-headline",
        "classic",
        "en",
        ("Wim Peeters", "Archivist | Cultural Heritage Professional", "Ghent, Belgium"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Victor Crane", "Director at Meridian Holdings", "Zurich, Switzerland"),
        "Hi Anouk, fellow Leiden alum! Please review the shared document before Friday.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Mark Jenkins", "Sales Director at Cloudline Telecom", "Manchester, United Kingdom"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Javier Morales", "Asesor Financiero en Banco Santander", "Valencia, España"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Alessandro Conti", "Consulente commerciale presso Fastweb", "Milano, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Chad Miller", "Serial Entrepreneur | Web3 | Investor", "Dubai"),
        None,
        GENERIC,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Emma de Wit", "Marketing Manager at Heineken", "Amsterdam"),
        "Hi Anouk, your profile popped up in my suggestions and I thought, why not connect!",
        GENERIC,
        mutual=1,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Kevin Boateng", "Motivational Speaker | Life Coach", "Rotterdam"),
        "Hello! Always looking to grow my network with driven, inspiring professionals. Happy to "
        "connect 🙂",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Ruud Kok", "Insurance Advisor at Centraal Beheer", "Apeldoorn"),
        "I'd like to add you to my professional network on LinkedIn.\n- Ruud Kok",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Stefan Braun", "Vertriebsmitarbeiter bei Vodafone", "Düsseldorf"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Céline Martin", "Conseillère immobilière chez Century 21", "Lille"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Tim Kramer", "Account Manager at Coolblue", "Rotterdam"),
        "hi Anouk, hope all is good! Let's connect",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Rafael Costa", "Gerente Comercial na TIM Brasil", "Belo Horizonte, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-workshop",
        "classic",
        "en",
        ("Priya Menon", "Postdoctoral Researcher, Maritime History", "Amsterdam"),
        "Anouk, thank you for the hands-on Transkribus workshop yesterday. I was the one with the "
        "water-damaged ship logs 😅 Would love to stay in touch.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "022-same-org-current-alias",
        "modern",
        "en",
        ("Sem Dijkstra", "Student Assistant at Universiteitsbibliotheek Amstel", "Amsterdam"),
        "hey Anouk, new student assistant at the Amstel UB here (scanning desk, tue/thu). my "
        "supervisor says you run the whole digital department haha, nice to e-meet you",
        LIKELY,
        ("same_organization",),
        mutual=8,
    ),
    case(
        "023-same-org-past-alias",
        "classic",
        "en",
        ("Karin Hofman", "Head of Collections at Zeeuws Archief", "Middelburg"),
        "Dag Anouk! We worked together at Noordkade when the photo archive went online (2015-17, "
        "I did the rights clearance). Hope all is well in Amsterdam!",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry-es",
        "modern",
        "en",
        ("Elena Marín", "Bibliotecaria de Fondo Antiguo, Universidad de Salamanca", "Salamanca"),
        "Hola Anouk, soy bibliotecaria en el servicio de fondo antiguo de la Universidad de "
        "Salamanca. Siempre me interesa conectar con colegas de otras bibliotecas universitarias "
        "europeas.",
        LIKELY,
        ("same_industry",),
        mutual=6,
    ),
    case(
        "025-shared-interest",
        "classic",
        "en",
        ("Tobias Lindqvist", "PhD Candidate, Information Studies, Uppsala University", "Uppsala"),
        "Hello Anouk, your article on OA monographs and the Taverne amendment was really useful "
        "for my thesis chapter on green OA in the Nordics. Would love to follow your work.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group",
        "modern",
        "en",
        ("Marloes Jacobs", "Informatiespecialist at Hogeschool Utrecht", "Utrecht"),
        "Hoi Anouk, saw your post in the KNVI group about the AI & cataloguing session. Fellow "
        "member here, leuk om te connecten!",
        LIKELY,
        ("same_groups",),
        mutual=7,
    ),
    case(
        "027-mutual-referral",
        "classic",
        "en",
        ("Oliver Brandt", "Project Lead Digital Editions at Huygens Institute", "Amsterdam"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "028-alumni-ucl",
        "modern",
        "en",
        ("Grace Liu", "Senior Archivist at National Archives of Singapore", "Singapore"),
        "Hi Anouk, hello from a fellow University College London grad! I was in the Archives and "
        "Records Management cohort a year after yours.",
        LIKELY,
        ("fellow_alumni",),
        mutual=1,
    ),
    case(
        "029-specific-interview",
        "classic",
        "en",
        ("Joost van Leeuwen", "Journalist at NRC", "Amsterdam"),
        "Hi Anouk, I'm writing a piece for NRC on what happens to libraries' paper collections "
        "after digitisation. Could I interview you for 20-30 min next week?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "030-specific-fr",
        "modern",
        "en",
        (
            "Claire Dubois",
            "Conservatrice à la BnF, département des Cartes et plans",
            "Paris, France",
        ),
        "Bonjour Anouk, nous préparons une exposition virtuelle sur les cartes hollandaises du "
        "XVIIe siècle et aimerions réutiliser vos manifestes IIIF. Pourrions-nous en discuter ?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "031-met-pt",
        "modern",
        "en",
        ("Mariana Albuquerque", "Bibliotecária na Universidade de São Paulo", "São Paulo, Brasil"),
        "Oi Anouk! Foi um prazer conversar com você na IIIF Annual Conference sobre visualizadores "
        "e manifestos. Vamos manter contato! Abraços de São Paulo",
        LIKELY,
        ("met_in_person",),
        mutual=3,
    ),
    case(
        "032-alumni-de",
        "modern",
        "en",
        ("Miriam Vogel", "Archivarin im Landesarchiv Baden-Württemberg", "Stuttgart"),
        "Guten Tag Frau Jansen, ich habe ebenfalls am UCL studiert (MA Archives and Records "
        "Management, 2012) und arbeite jetzt im Landesarchiv in Stuttgart. Über eine Vernetzung "
        "würde ich mich freuen.",
        LIKELY,
        ("fellow_alumni", "same_industry"),
        comment="she also says she works in an archive: same industry",
    ),
    case(
        "033-met-panel",
        "modern",
        "en",
        ("Ruth Adeyemi", "Research Data Steward at TU Delft", "Delft"),
        "loved your take on the OA panel at LIBER 2026 — thanks for staying after to answer my "
        "question about rights retention!",
        LIKELY,
        ("met_in_person",),
        mutual=13,
        comment="she spoke with her after the panel: a meeting, however brief",
    ),
    case(
        "034-specific-it",
        "modern",
        "en",
        ("Francesca Moretti", "Responsabile digitalizzazione, Biblioteca Estense", "Modena"),
        "Buongiorno Anouk, stiamo preparando un progetto Horizon Europe sulla digitalizzazione di "
        "atlanti olandesi del Seicento e cerchiamo un partner ad Amsterdam. Possiamo sentirci per "
        "una call?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "035-resent-of-027",
        "classic",
        "en",
        ("Oliver Brandt", "Project Lead Digital Editions at Huygens Institute", "Amsterdam"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="re-sent invitation of 027 (the builder has no reminder layout): same inviter "
        "and note",
    ),
    case(
        "036-no-auth-header-met-fr",
        "classic",
        "en",
        ("Julien Mercier", "Chef de projet numérisation, Bibliothèque de Genève", "Genève"),
        "Bonjour Anouk, ravi d'avoir échangé avec vous à l'atelier IIIF à Paris le mois dernier. "
        "Au plaisir de poursuivre la discussion sur la numérisation des fonds anciens !",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "037-markup-in-headline-and-note",
        "classic",
        "en",
        ("Lars Holm", "Software Engineer <b>IIIF & Mirador</b> at Digirati", "Edinburgh"),
        "Hi Anouk, <b>great</b> chatting at the IIIF 2026 dinner "
        '<img src=x onerror="alert(1)"> about annotation servers!',
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "en",
        (
            "Daan Vermeulen",
            "Lecturer in Information Science at Hogeschool van Amsterdam",
            "Amsterdam",
        ),
        "Hoi Anouk, ook Leiden-alumnus hier (Geschiedenis, 2004)! We must have walked past each "
        "other in the UB on the Witte Singel a hundred times.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "039-group-dash",
        "classic",
        "en",
        ("Joanna Kowalczyk", "Head of Digital Library at Jagiellonian Library", "Kraków"),
        "Hi Anouk — I'm also in LIBER's DH working group; keen to compare notes on HTR for "
        "handwritten inventories…",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "040-shared-interest-2",
        "modern",
        "en",
        ("Nora Halvorsen", "Digital Preservation Specialist at National Library of Norway", "Oslo"),
        "Hi Anouk, I'm also a bit obsessed with long-term preservation of born-digital collections "
        "(PDF/A will haunt me forever) and would love to share experiences.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "041-met-former-intern",
        "modern",
        "en",
        ("Lisa Zhang", "Junior Data Curator at DANS", "The Hague"),
        "Anouk! I did my internship in your team in 2023 (the Wikidata batch uploads). Now at DANS "
        "and still using everything you taught me. Thank you!",
        LIKELY,
        ("met_in_person", "same_organization"),
        mutual=9,
        comment="a former intern in her own team: she knows her in person, from her library",
    ),
    case(
        "042-specific-id",
        "modern",
        "en",
        ("Rina Wulandari", "Arsiparis di Arsip Nasional Republik Indonesia", "Jakarta"),
        "Selamat siang Ibu Anouk, saya dari ANRI. Kami sedang menyiapkan proyek digitalisasi "
        "bersama untuk arsip VOC dan ingin berdiskusi dengan tim koleksi digital Ibu. Apakah ada "
        "waktu untuk rapat daring?",
        LIKELY,
        ("specific_reason",),
        mutual=4,
    ),
    case(
        "043-met-id-mutual",
        "classic",
        "en",
        ("Agus Santoso", "Kepala Seksi Preservasi, Perpustakaan Nasional RI", "Jakarta"),
        "Halo Anouk, senang sekali bertemu di lokakarya preservasi digital di Jakarta bulan lalu. "
        "Bu Dewi Kartika titip salam. Semoga kerja sama kita berlanjut!",
        LIKELY,
        ("met_in_person", "mutual_connection"),
        comment="met at a workshop and passes on greetings from Dewi Kartika, one of my contacts",
    ),
    case(
        "044-missed-talk",
        "classic",
        "en",
        (
            "Yara Haddad",
            "Digital Collections Coordinator at American University of Beirut Libraries",
            "Beirut",
        ),
        "Hi Anouk, I couldn't make your DH Benelux talk on OCR ground truth but heard great "
        "things. Any chance you could share the slides? We're starting a similar project for "
        "Arabic periodicals.",
        LIKELY,
        ("specific_reason", "shared_interests"),
        comment="she says she missed the talk: not a meeting",
    ),
    case(
        "045-typos-question",
        "modern",
        "en",
        ("Mehmet Yilmaz", "Library Assistant at OBA Openbare Bibliotheek Amsterdam", "Amsterdam"),
        "hi anouk, im working at the OBA (public library) and thinking of doing a masters in "
        "information science. would you have 15 min to tell me about working in academic "
        "libary's? thanx!!",
        LIKELY,
        ("same_industry", "specific_reason"),
        mutual=3,
    ),
    case(
        "111-pitch-saas",
        "modern",
        "en",
        ("Sophie Turner", "Business Development Manager at CurateCloud", "London"),
        "Hi Anouk, CurateCloud is the all-in-one DAMS trusted by 200+ GLAM institutions, with "
        "built-in IIIF and AI tagging. Worth a quick call to see if it fits your roadmap?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "112-pitch-agency-de",
        "classic",
        "en",
        ("Matthias Keller", "Vertriebsleiter Benelux bei ArchivScan GmbH", "Köln"),
        "Guten Tag Frau Jansen, wir bieten Buchscanner und Digitalisierungsdienstleistungen für "
        "wissenschaftliche Bibliotheken an, gern auch im Leasing. Darf ich Ihnen ein "
        "unverbindliches Angebot schicken?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "113-weak-past-org-headline",
        "classic",
        "en",
        ("Ingrid Smits", "Visitor Services Manager at Museum Noordkade", "Amsterdam"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names my past organization (weak)",
    ),
    case(
        "114-weak-mutual",
        "modern",
        "en",
        ("Rick van der Meer", "Software Developer at Adyen", "Amsterdam"),
        None,
        LOOK,
        mutual=27,
        comment="no note; 27 connections in common, threshold 12 (weak)",
    ),
    case(
        "115-spoof-good-note",
        "modern",
        "en",
        ("Anna Kowalski", "HR Coordinator", "Amsterdam"),
        "Hi Anouk, great meeting you at iPRES! I've shared the workshop materials with you, please "
        "log in via the link to access them.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-security.nl",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "116-weak-industry-headline",
        "classic",
        "en",
        ("Jan-Willem Bos", "Information Specialist | Libraries & Archives", "Zwolle"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "117-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Daniel Frost", "CFO at Northgate Capital", "Luxembourg"),
        "Hi Anouk, I believe we met at DH Benelux. Kindly open the attached invoice regarding the "
        "conference fee refund.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed meeting is not "
        "counted, as in the samples",
    ),
    case(
        "118-pitch-after-meeting",
        "classic",
        "en",
        ("Henk Vos", "Regional Sales Manager at Folioscan", "Eindhoven"),
        "Hi Anouk, great to chat at our booth at LIBER 2026! As promised: our new A1 overhead "
        "scanner is 15% off for conference visitors until December. Shall I pop by for a demo?",
        LOOK,
        ("met_in_person",),
        comment="sales pitch: a red flag whatever else the note answers (they did meet)",
    ),
    case(
        "119-pitch-recruiter",
        "classic",
        "en",
        ("Charlotte Ellis", "Senior Consultant, Executive Search at Veritas Talent", "London"),
        "Hi Anouk, I'm working on a confidential search for a Director of Library Services at a "
        "leading UK university. Your background fits really well, open to a discreet chat?",
        LOOK,
        comment="executive-search recruiter pitch",
    ),
    case(
        "120-vague-note-industry-headline",
        "modern",
        "en",
        (
            "Marco Visconti",
            "Metadata Librarian at Biblioteca Nazionale Centrale di Firenze",
            "Firenze",
        ),
        "Hi Anouk, it would be a pleasure to connect with you!",
        LOOK,
        mutual=2,
        comment="the note says nothing specific; only his headline is in my industry (weak)",
    ),
    case(
        "121-dmarc-fail-plain-note",
        "modern",
        "en",
        ("Lieke Dekker", "Collection Manager at Noord-Hollands Archief", "Haarlem"),
        "Hi Anouk, was great talking metadata with you at the KNVI spring meeting. Let's stay in "
        "touch!",
        LOOK,
        auth="fail",
        mutual=6,
        comment="DKIM and DMARC failed: flagged even though the note itself reads as genuine",
    ),
    case(
        "221-stock-en",
        "classic",
        "en",
        ("Paul Dawson", "Regional Sales Manager at Unilever", "London"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "222-stock-es",
        "classic",
        "en",
        ("Carmen Ortega", "Agente de seguros en Mapfre", "Sevilla, España"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "223-stock-it",
        "classic",
        "en",
        ("Giorgio Ferri", "Promotore finanziario presso Banca Mediolanum", "Roma, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "224-modern-no-note",
        "modern",
        "en",
        ("Ryan Blake", "Founder | Dropshipping Coach | 7 Figures", "Marbella, Spain"),
        None,
        GENERIC,
        mutual=4,
    ),
    case(
        "225-custom-vague-fr",
        "modern",
        "en",
        ("Mathieu Lambert", "Directeur commercial chez Sodexo", "Bruxelles"),
        "Bonjour Anouk, je serais ravi de vous compter parmi mes relations. Belle journée !",
        GENERIC,
    ),
    case(
        "226-custom-vague-2",
        "classic",
        "en",
        ("Alex Morgan", "CEO & Visionary at Morgan Ventures", "London"),
        "Hey Anouk! Connecting with inspiring leaders across Europe. Let's grow together 🚀",
        GENERIC,
    ),
    case(
        "227-old-stock-signed",
        "classic",
        "en",
        ("Marco de Boer", "Financial Planner at ABN AMRO", "Utrecht"),
        "I'd like to join your LinkedIn network.\nGroetjes, Marco",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "228-stock-de",
        "classic",
        "en",
        ("Sabine Krüger", "Key Account Managerin bei Deutsche Telekom", "Berlin"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "229-stock-fr",
        "classic",
        "en",
        ("Thomas Girard", "Chargé d'affaires chez Crédit Agricole", "Nantes"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "230-custom-vague-3",
        "modern",
        "en",
        ("Lisa Verhoeven", "Customer Success Manager at Booking.com", "Amsterdam"),
        "Hello Anouk, hope you're having a great week! Would be nice to be connected.",
        GENERIC,
        mutual=2,
    ),
    case(
        "231-stock-pt",
        "classic",
        "en",
        ("Beatriz Rocha", "Consultora Imobiliária na RE/MAX", "Lisboa, Portugal"),
        None,
        GENERIC,
        stock="pt",
    ),
    case(
        "232-only-her-employer",
        "modern",
        "en",
        ("Dennis van Rijn", "Owner at Van Rijn Verhuizingen", "Amsterdam"),
        "Hi Anouk, I see you work at Amstel University Library. Would love to add you to my "
        "network!",
        GENERIC,
        mutual=2,
        comment="repeats her employer from her profile; says nothing of his own link to it",
    ),
    case(
        "233-vague-in-common",
        "classic",
        "en",
        ("Kim Bosman", "Business Developer at Randstad", "Amsterdam"),
        "Hi Anouk, noticed we have quite a few connections in common so thought I'd reach out. "
        "Let's connect!",
        GENERIC,
        comment="no one named and no count shown: no mutual connection answered",
    ),
]

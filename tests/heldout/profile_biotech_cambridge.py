"""Held-out invitations for Dr Tom Whitfield, antibody discovery principal scientist, Cambridge.

English interface. Tom works at Granta Biologics, a Cambridge (UK) biotech, after years in
GSK's biopharm discovery unit and a postdoc at the MRC LMB; DPhil at Oxford (Dunn School),
BSc in biochemistry at Imperial. Notes mostly in British English as lab scientists, students,
vendors and recruiters write them (jargon, abbreviations, the odd typo, sometimes no greeting),
about a fifth in the samples' other languages from European collaborators and students (German,
French, Italian, Spanish, Portuguese, Indonesian). One invitation for every likely-accept,
needs-a-look and generic sample of tests/fixtures/linkedin (the same kind of case, written from
scratch for this recipient), then a second pass over the same kinds with other writers and
other wording, plus a few kinds the samples lack (a former placement student, a colleague from
the postdoc lab, a mutual contact named with no other reason, a current student of his old
university asking for advice, a talk he missed, a journalist, an executive coach who claims a
shared past employer, a French CRO pitch, a recruiter, a school-only headline, a "life
sciences" sales headline, a note that only repeats his employer back to him, a custom German
note that says no more than the stock one). The builder has no reminder, HTML-only,
bad-charset or unterminated-multipart layout: those kinds are written as ordinary invitations
of the same category. Labels follow DESIGN.md's "Categories", as the recipient would judge the
note, written without looking at the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

ANTIBODY = Recipient(
    name="Tom Whitfield",
    address="tom.whitfield@example.co.uk",
    headline="Principal Scientist, Antibody Discovery at Granta Biologics",
    profile_slug="tom-whitfield-abs",
)

ANTIBODY_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Tom Whitfield"
organizations = ["Granta Biologics", "GSK", "MRC Laboratory of Molecular Biology"]
schools = ["University of Oxford", "Imperial College London"]
industries = [
    "biotechnology", "biopharmaceuticals", "pharmaceuticals", "drug discovery", "life sciences",
]
interests = [
    "antibody discovery", "phage display", "bispecific antibodies", "developability",
    "machine learning for protein design", "single B cell sequencing", "protein engineering",
]
groups = ["The Antibody Society", "One Nucleus", "Cambridge Antibody Club"]
events = [
    "PEGS Europe 2026", "Antibody Engineering & Therapeutics Europe 2026",
    "Cambridge Antibody Symposium 2026", "Genesis 2026",
]
contacts = ["Sarah Okafor", "James Pemberton", "Anja Kessler"]

# Other names people use for the same thing.
[aliases]
"Granta Biologics" = ["Granta Bio", "Granta"]
"GSK" = ["GlaxoSmithKline", "Glaxo"]
"MRC Laboratory of Molecular Biology" = ["MRC LMB", "LMB", "Laboratory of Molecular Biology"]
"University of Oxford" = [
    "Oxford", "Oxford University", "Oxford Uni", "Dunn School",
    "Sir William Dunn School of Pathology",
]
"Imperial College London" = ["Imperial", "Imperial College", "ICL"]
"biotechnology" = ["biotech"]
"biopharmaceuticals" = ["biopharma"]
"pharmaceuticals" = ["pharma", "pharmaceutical industry"]
"life sciences" = ["life science"]
"antibody discovery" = ["antibody engineering", "therapeutic antibodies", "mAb discovery"]
"phage display" = ["phage libraries", "phage panning"]
"bispecific antibodies" = ["bispecifics", "bsAbs", "bispecific formats"]
"developability" = ["antibody developability", "developability screening"]
"machine learning for protein design" = [
    "ML for protein design", "protein language models", "AI antibody design",
]
"single B cell sequencing" = ["single B-cell sequencing", "single-cell BCR sequencing"]
"The Antibody Society" = ["Antibody Society"]
"Cambridge Antibody Club" = ["Cam Antibody Club"]
"PEGS Europe 2026" = ["PEGS Europe", "PEGS Lisbon", "PEGS"]
"Antibody Engineering & Therapeutics Europe 2026" = [
    "Antibody Engineering & Therapeutics", "Antibody Engineering and Therapeutics", "AE&T",
]
"Cambridge Antibody Symposium 2026" = ["Cambridge Antibody Symposium"]
"Genesis 2026" = ["One Nucleus Genesis", "Genesis conference"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 12
"""

_REFERRAL = (
    "Hi Tom, Sarah Okafor suggested I reach out about a slot in our Friday seminar series at "
    "the Babraham Institute. Would you be up for giving a talk sometime in the spring?"
)

ANTIBODY_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-pegs-poster",
        "classic",
        "en",
        (
            "Rohan Mehta",
            "Senior Scientist, Protein Sciences at Alderley Therapeutics",
            "Macclesfield, England",
        ),
        "Hi Tom, really enjoyed chatting at your poster at PEGS in Lisbon - I was the one asking "
        "about your Tm cut-offs for the VHH panel. Would be good to stay in touch.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        (
            "Chloe Barnard",
            "Scientist II, Antibody Discovery at Granta Biologics",
            "Cambridge, England, United Kingdom",
        ),
        "Hi Tom, I've just joined Granta Biologics in the B cell team (started Monday!) and I'm "
        "trying to get to know people on the discovery side. See you at Thursday lab meeting.",
        LIKELY,
        ("same_organization",),
        mutual=14,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Martin Okoye", "Associate Director, Analytical Sciences at Norvane Pharma", "Slough"),
        "Tom - we overlapped at GSK Stevenage around 2016-19, I was in biopharm analytics two "
        "floors down from your phage lab. Would be good to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        ("Ingrid Solberg", "Senior Scientist at Nordaxis Oncology", "Oslo, Norway"),
        "Hello Tom, I'm a protein scientist at a small oncology biotech in Oslo and I'm trying "
        "to build up my network with peers in the UK biotech sector.",
        LIKELY,
        ("same_industry",),
        mutual=3,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Aisha Rahman", "Postdoctoral Research Fellow, Department of Statistics", "Coventry"),
        "Hi Tom, I read your blog post on using protein language models to flag developability "
        "liabilities early. That's pretty much what my postdoc is about, so I'd love to follow "
        "your work.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Hannah Price", "Antibody Engineer at Mosaic Immunotherapeutics", "London"),
        "Hi Tom, we're both members of the Antibody Society - I liked your reply in the forum "
        "thread on humanisation vs de-immunisation.",
        LIKELY,
        ("same_groups",),
        mutual=5,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        ("Graham Tulloch", "Seminar Programme Coordinator at Babraham Institute", "Cambridge"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Emily Hart", "Regulatory Affairs Manager at Halden Medicines Agency", "London"),
        "Hi Tom! Fellow Imperial biochemist here (graduated 2009). Funny how many of us ended up "
        "in Cambridge.",
        LIKELY,
        ("fellow_alumni",),
        mutual=2,
    ),
    case(
        "009-specific-outreach-session",
        "classic",
        "en",
        ("Rebecca Low", "Schools Programme Coordinator at Cambridge Festival", "Cambridge"),
        "Hi Tom, I coordinate the schools programme for the Cambridge Festival and we'd love a "
        "short hands-on session on how antibodies are made for 14-16 year olds in March. Could "
        "we have a quick call?",
        LIKELY,
        ("specific_reason",),
        comment="asks him to volunteer a session for schools: a concrete request, not a pitch",
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Kwabena Asante", "MSc Immunology student at UCL", "London"),
        "Tom, quick question - does Granta take summer students or industrial placements in the "
        "antibody team? I'm finishing an immunology MSc at UCL and would love some hands-on lab "
        "time.",
        LIKELY,
        ("specific_reason",),
        mutual=1,
        comment="names his employer only to ask about placements: not a shared organization",
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        ("Lucía Navarro", "Investigadora postdoctoral en CNIO", "Madrid, España"),
        "Hola Tom, nos conocimos en la cena de ponentes de PEGS en Lisboa, hablamos de "
        "biespecíficos y de la lluvia inglesa 😄 ¡Encantada de seguir en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=4,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        (
            "Maximilian Brandt",
            "Gruppenleiter Proteinchemie am Helmholtz Zentrum München",
            "München, Bayern",
        ),
        "Hallo Tom, ich habe auch am Imperial College studiert (Erasmus-Jahr 2007/08, "
        "Biochemie). Würde mich freuen, in Kontakt zu bleiben!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-panel",
        "modern",
        "en",
        ("Priyanka Desai", "Senior Associate at Ananda Capital", "London"),
        "Thanks for the chat after your panel at AE&T in Amsterdam - your point about "
        "developability data being undervalued by investors really stuck with me.",
        LIKELY,
        ("met_in_person",),
        mutual=13,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        ("Francesca Moretti", "Ricercatrice presso Università di Siena", "Siena, Toscana"),
        "Ciao Tom, sto organizzando una scuola estiva sugli anticorpi terapeutici a Siena a "
        "giugno e mi piacerebbe invitarti a tenere una lezione sul phage display. Ti andrebbe "
        "di sentirci?",
        LIKELY,
        ("specific_reason",),
        comment="invites him to teach at a summer school: the topic is his, not her own interest",
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        ("Graham Tulloch", "Seminar Programme Coordinator at Babraham Institute", "Cambridge"),
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
        (
            "Gareth Lloyd",
            "Flow Cytometry Core Manager at Wellcome Sanger Institute",
            "Hinxton",
        ),
        "Tom, good to meet you at the Cambridge Antibody Symposium on Tuesday. Lets keep in touch.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-note",
        "classic",
        "en",
        ("Daniel Ashworth", "Research Technician at the Francis Crick Institute", "London"),
        "<script>alert('x')</script> Hi Tom, we met at PEGS & talked about <i>yeast display</i>.",
        LIKELY,
        ("met_in_person",),
        comment="note contains markup that must be shown as text, never executed (the builder "
        "cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Siobhan Kelly", "Patent Attorney at Hartley & Finch LLP", "Cambridge"),
        "Tom, I'm an Oxford DPhil too (Biochemistry, 2014) - now on the patent side of things, "
        "drafting antibody claims all day.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "en",
        ("Henrik Lund", "Principal Scientist at Øresund Antibody Labs", "Copenhagen, Denmark"),
        "Hi Tom, fellow Antibody Society member here — I'd love to compare notes on the "
        "society's new mentoring scheme.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "en",
        ("Ravi Subramaniam", "Computational Biologist at Helix Forge AI", "Oxford"),
        "Hi Tom, I work on protein language models for antibody design too and would love to "
        "swap notes on what actually holds up in the wet lab.",
        LIKELY,
        ("shared_interests",),
        mutual=6,
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Jake Morrison", "Account Executive at LabFlow ELN", "Boston, Massachusetts"),
        "Hi Tom, teams like yours cut antibody campaign admin by 40% with our AI-native "
        "ELN/LIMS. Worth a 15 min demo next week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-cro",
        "classic",
        "en",
        ("Wei Zhang", "Business Development Manager at SinoAb Services", "Suzhou, China"),
        "Dear Dr. Whitfield, we provide fast and cost effective antibody humanization and "
        "affinity maturation service, 6 weeks turnaround. May I send you our quotation?",
        LOOK,
        comment="service pitch from a CRO",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Paul Dunmore", "Facilities Manager at Granta Biologics", "Cambridge"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names one of my organizations (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Laura Bennett", "Clinical Trial Manager at Fenmore Research", "Peterborough"),
        None,
        LOOK,
        mutual=21,
        comment="no note; 21 connections in common, threshold 12 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Natalie Brooks", "Scientific Consultant", "London"),
        "Hi Tom, we met at PEGS Europe. Please verify your account to view my message.",
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
        ("Simon Ashby", "Biotech Consultant | Drug Discovery Strategy", "Reading"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Victor Reyes", "Managing Partner at Calder Ventures", "Zürich, Switzerland"),
        "Hi Tom, fellow Imperial alum! Please review the term sheet I shared via the link below.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Craig Nolan", "Mortgage Adviser at Cambridge Home Finance", "Cambridge"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Javier Ortega", "Ejecutivo comercial en Inmobiliaria Levante", "Valencia, España"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Giorgio Conti", "Promotore finanziario presso Banca Mediolanum", "Milano, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Kyle Saunders", "Founder | Web3 | Growth Mindset", "Dubai, UAE"),
        None,
        GENERIC,
        mutual=1,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Stacey Holt", "Marketing Executive at Mill Road Estates", "Cambridge"),
        "Hi Tom, I came across your profile and thought it would be great to connect.",
        GENERIC,
        mutual=2,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Raj Malhotra", "CEO | Serial Entrepreneur | Angel Investor", "London"),
        "Hello! Always looking to expand my network with driven professionals. Let's connect 🚀",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Gary Pearce", "Sales Director at Anglia Print Solutions", "Norwich"),
        "I'd like to add you to my professional network on LinkedIn.\n- Gary Pearce",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Stefan Krause", "Vertriebsleiter bei Würth", "Künzelsau"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Sébastien Garnier", "Conseiller en gestion de patrimoine", "Nantes"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Connor Walsh", "Student at Anglia Ruskin University", "Cambridge"),
        "Hi Tom, hope you're keeping well. Let's connect.",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Rafael Almeida", "Gerente Comercial na Localiza", "Belo Horizonte, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-lab-visit",
        "classic",
        "en",
        ("Kenji Watanabe", "Senior Researcher at Kanto Biopharma", "Tokyo, Japan"),
        "Tom-san, thank you again for the tour of your lab on Wednesday and the excellent curry "
        "afterwards. I will send the SPR data as promised.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "022-same-org-current-alias",
        "modern",
        "en",
        ("Aoife Brennan", "Senior Associate Scientist at Granta Bio", "Cambridge"),
        "hey Tom, new starter in the expression team at Granta Bio 👋 think I'll be making a lot "
        "of your IgGs, nice to e-meet you!",
        LIKELY,
        ("same_organization",),
        mutual=9,
    ),
    case(
        "023-same-org-past-alias",
        "classic",
        "en",
        ("Derek Mahoney", "VP Biologics at Corvane Therapeutics", "Boston, Massachusetts"),
        "Tom! Long time - we were both in the biopharm discovery unit at GlaxoSmithKline back in "
        "the day (I was the one who kept breaking the AKTA). Hope Cambridge is treating you well.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry",
        "modern",
        "en",
        ("Niamh O'Connor", "Senior Scientist, Cell Line Development at Ardent Biologics", "Dublin"),
        "Hi Tom - I'm in cell line development at a biologics company in Dublin, keen to get to "
        "know more people in the UK/Irish biopharma scene.",
        LIKELY,
        ("same_industry",),
        mutual=4,
    ),
    case(
        "025-shared-interest-webinar",
        "classic",
        "en",
        ("Marta Kowalczyk", "PhD Candidate, Structural Biology, University of Leeds", "Leeds"),
        "Hi Tom, your recorded webinar on bispecific formats was great. My PhD is on IgG-like "
        "bispecifics so I'd love to follow what you post.",
        LIKELY,
        ("shared_interests",),
        comment="watched a recording: not a meeting",
    ),
    case(
        "026-same-group",
        "modern",
        "en",
        ("Tom Ellery", "Senior Scientist at Fenwick Bio", "Cambridge"),
        "Another Tom from the Cambridge Antibody Club 🙂 been lurking on the mailing list for a "
        "while, thought it was time to connect properly.",
        LIKELY,
        ("same_groups",),
        mutual=8,
    ),
    case(
        "027-mutual-referral-supervision",
        "classic",
        "en",
        ("Helen Marsh", "Doctoral Training Programme Manager", "Oxford"),
        "Dear Tom, Prof. James Pemberton mentioned that you might be open to co-supervising an "
        "industrial CASE PhD student from October. Could we arrange a short call to discuss?",
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "028-alumni-oxford",
        "modern",
        "en",
        ("Sophie Lang", "Medical Science Liaison at Aldwych Medicines", "London"),
        "Hello from another Oxford DPhil (Dunn School, class of 2013)! Hope you're well.",
        LIKELY,
        ("fellow_alumni",),
        mutual=1,
    ),
    case(
        "029-specific-interview",
        "classic",
        "en",
        ("Laura Whitcombe", "Freelance Science Journalist", "London"),
        "Hi Tom, I'm writing a feature on AI-designed antibodies for a science magazine and would "
        "love 20 minutes of your time for an interview next week, if you're up for it.",
        LIKELY,
        ("specific_reason",),
        comment="a journalist asking for an interview: concrete request, not her own interest",
    ),
    case(
        "030-met-es",
        "modern",
        "en",
        ("Santiago Ruiz", "Científico senior en Inmunotek Biológicos", "Barcelona, España"),
        "Hola Tom! Un placer charlar contigo en el café de AE&T en Ámsterdam sobre librerías de "
        "fagos. Te escribo cuando tengamos los datos de afinidad. Saludos",
        LIKELY,
        ("met_in_person",),
        mutual=7,
    ),
    case(
        "031-alumni-de",
        "modern",
        "en",
        (
            "Katharina Vogel",
            "Laborleiterin Antikörperentwicklung bei Rheinfeld Pharma",
            "Biberach an der Riß",
        ),
        "Hallo Tom, ich habe auch in Oxford promoviert (2012-2016, Dunn School) - schön, dich "
        "hier zu finden. Viele Grüße aus Biberach!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "032-met-panel",
        "modern",
        "en",
        ("Jonathan Reeve", "Head of R&D at Calderwood Diagnostics", "Edinburgh"),
        "Great panel at One Nucleus Genesis yesterday, thanks for staying on to answer my "
        "question about in-house vs outsourced discovery.",
        LIKELY,
        ("met_in_person",),
        mutual=15,
        comment="he asked his question in person after the panel; attending the conference says "
        "nothing about membership of the network that runs it",
    ),
    case(
        "033-specific-it",
        "modern",
        "en",
        ("Alessandro Ferri", "Professore associato di Biochimica, Università di Padova", "Padova"),
        "Buongiorno Dott. Whitfield, cerco un esaminatore esterno per la tesi di dottorato di "
        "una mia studentessa (anticorpi a dominio singolo). Sarebbe disponibile a fine giugno?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "034-no-auth-header-met",
        "classic",
        "en",
        ("Fiona Grant", "Senior Scientist at Orwell Bioscience", "Ipswich"),
        "Tom, lovely to finally meet in person at the Cambridge Antibody Symposium - thanks for "
        "the tips on the Biacore method. Hope to catch up again soon!",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "035-met-former-placement-student",
        "modern",
        "en",
        ("Harry Osei", "PhD Student at University of Manchester", "Manchester"),
        "Hi Tom, not sure you'll remember me - I was your industrial placement student at GSK in "
        "2018/19 (the one who flooded the cold room). Just started my PhD in Manchester, thanks "
        "for all the help back then!",
        LIKELY,
        ("met_in_person", "same_organization"),
        mutual=6,
        comment="his former placement student: knows him in person and from the same employer",
    ),
    case(
        "036-specific-fr",
        "modern",
        "en",
        ("Élodie Marchetti", "Maîtresse de conférences, Université Paris Cité", "Paris"),
        "Bonjour Tom, je coordonne un projet ANR sur des nanobodies anti-inflammatoires et nous "
        "cherchons un partenaire industriel pour notre comité de suivi. Seriez-vous disponible "
        "pour en discuter ?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "037-missed-talk",
        "classic",
        "en",
        (
            "Joanna Pike",
            "Senior Scientist, Protein Engineering at Pembury Therapeutics",
            "Stevenage",
        ),
        "Hi Tom, I missed your talk at PEGS (stuck in the other track!) but a colleague shared "
        "your slides on developability screening - we're fighting exactly the same aggregation "
        "issues in our bispecific programme.",
        LIKELY,
        ("same_industry", "shared_interests"),
        comment="she says she missed the talk: not a meeting",
    ),
    case(
        "038-typos-student",
        "modern",
        "en",
        ("Arjun Nair", "Undergraduate at Imperial College London", "London"),
        "hi Dr Whitfield, im a 3rd yr biochem student at imperial and really intrested in "
        "antibody engineering, would you have 15 mins for a chat about how to get into industry? "
        "sorry if this is random!!",
        LIKELY,
        ("fellow_alumni", "shared_interests", "specific_reason"),
        mutual=2,
        comment="a current student of his old university asking for career advice",
    ),
    case(
        "039-mutual-only-de",
        "modern",
        "en",
        ("Jonas Albrecht", "Postdoc am EMBL Heidelberg", "Heidelberg"),
        "Hallo Tom, Anja Kessler hat mir viel von dir erzählt - wir teilen uns hier in "
        "Heidelberg ein Labor. Sie meinte, wir sollten uns unbedingt vernetzen!",
        LIKELY,
        ("mutual_connection",),
        mutual=3,
        comment="a named contact sent him, with no other reason given",
    ),
    case(
        "040-shared-interest-pt",
        "classic",
        "en",
        ("Rafaela Cunha", "Pesquisadora na Fiocruz", "Rio de Janeiro, Brasil"),
        "Olá Tom, trabalho com phage display para anticorpos contra arbovírus e acompanho seus "
        "posts sobre bibliotecas sintéticas. Seria ótimo trocar ideias!",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "041-met-pt",
        "modern",
        "en",
        ("Miguel Ferreira", "Investigador no iMM Lisboa", "Lisboa, Portugal"),
        "Olá Tom, conhecemo-nos no jantar do PEGS em Lisboa, ficámos na mesma mesa com o pessoal "
        "de Cambridge. Foi um prazer! Abraço",
        LIKELY,
        ("met_in_person",),
        mutual=5,
    ),
    case(
        "042-shared-interest-id",
        "modern",
        "en",
        ("Dewi Lestari", "Mahasiswa S3 Bioteknologi, Institut Teknologi Bandung", "Bandung"),
        "Halo Pak Tom, saya sedang riset S3 tentang rekayasa antibodi bispesifik dan sering "
        "membaca tulisan Bapak soal developability. Senang sekali kalau bisa terhubung.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "043-same-org-postdoc-lab",
        "classic",
        "en",
        ("Sebastian Clarke", "Programme Leader, Structural Studies", "Cambridge"),
        "Tom, it's been ages - we shared a bay at the LMB during your postdoc years. Saw Granta's "
        "news about the bispecific deal, congrats!",
        LIKELY,
        ("same_organization",),
        comment="his postdoc lab; Granta is named only to congratulate",
    ),
    case(
        "044-met-fr",
        "modern",
        "en",
        ("Julien Mercier", "Responsable de laboratoire chez Alpes Biothérapies", "Grenoble"),
        "Salut Tom, ravi d'avoir enfin pu discuter en vrai à Amsterdam après tous nos échanges "
        "de mails ! À bientôt pour les données de stabilité.",
        LIKELY,
        ("met_in_person",),
        mutual=10,
    ),
    case(
        "111-pitch-saas",
        "modern",
        "en",
        ("Brittany Shaw", "Enterprise Account Manager at Benchmate AI", "London"),
        "Hi Tom, we help antibody discovery teams triage NGS hits 10x faster with our cloud "
        "platform. Free pilot for Cambridge biotechs this quarter - could I book 20 mins?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "112-pitch-after-meeting",
        "classic",
        "en",
        (
            "Neil Hargreaves",
            "Key Account Manager, Bioprocess at Amersfield Scientific",
            "Cambridge",
        ),
        "Hi Tom, great to meet you at our booth at PEGS Lisbon! Following up on the Octet "
        "upgrade - we have a Q4 promotion on instruments, shall I send over a quote?",
        LOOK,
        ("met_in_person",),
        comment="sales pitch: a red flag whatever else the note answers (they did meet)",
    ),
    case(
        "113-weak-past-org-headline",
        "classic",
        "en",
        ("Angela Price", "Senior Manager, Procurement at GSK", "Brentford"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my past organizations (weak)",
    ),
    case(
        "114-weak-mutual",
        "modern",
        "en",
        ("Mark Davison", "Operations Director at Hinxton Facilities Ltd", "Saffron Walden"),
        None,
        LOOK,
        mutual=34,
        comment="no note; 34 connections in common, threshold 12 (weak)",
    ),
    case(
        "115-spoof-good-note",
        "modern",
        "en",
        ("Olivia Grant", "Events Coordinator", "Cambridge"),
        "Hi Tom, lovely to meet you at Antibody Engineering & Therapeutics! I've uploaded the "
        "speaker expenses form, log in here to submit yours.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-secure-mail.com",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "116-weak-industry-headline",
        "classic",
        "en",
        ("Karen Holt", "Account Manager, Life Sciences at Sartoria Labware", "Cambridge"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "117-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Daniel Rourke", "Business Development at Apex BioSource", "Singapore"),
        "Hello Dr Whitfield, great meeting you at PEGS Europe. Kindly open the attached PO for "
        "the antibody reagents.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed meeting is not "
        "counted, as in the samples",
    ),
    case(
        "118-weak-school-headline",
        "modern",
        "en",
        ("Isabel Fraser", "DPhil Candidate at University of Oxford", "Oxford"),
        None,
        LOOK,
        mutual=3,
        comment="no note; headline names one of my schools (weak)",
    ),
    case(
        "119-pitch-recruiter",
        "classic",
        "en",
        ("Luke Fenwick", "Senior Consultant, Executive Search at Kingsbridge Talent", "London"),
        "Hi Tom, I'm working on a confidential Director of Antibody Discovery search for a "
        "well-funded Series B company in Oxford - package well above market. Open to a quick, "
        "discreet chat?",
        LOOK,
        comment="recruitment agency pitch",
    ),
    case(
        "120-dmarc-fail-plain-note",
        "modern",
        "en",
        ("Rachel Dunn", "Senior Scientist at Oxford BioDesign", "Oxford"),
        "Hi Tom, really nice to chat at the Cambridge Antibody Club drinks last week. Let's stay "
        "in touch!",
        LOOK,
        auth="fail",
        mutual=6,
        comment="DKIM and DMARC failed: flagged even though the note itself reads as genuine",
    ),
    case(
        "121-pitch-coach-ex-colleague",
        "classic",
        "en",
        ("Sandra Whitmore", "Leadership Coach for Scientists | ex-Pharma", "London"),
        "Hi Tom, as a fellow ex-GSK scientist I know how hard the jump to leadership is. My "
        "12-week coaching programme helps principal scientists become confident directors - "
        "fancy a free discovery call?",
        LOOK,
        ("same_organization",),
        comment="coaching pitch after a shared-employer claim: a red flag whatever else it says",
    ),
    case(
        "122-pitch-cro-fr",
        "modern",
        "en",
        ("Mathieu Lefort", "Business Developer chez ImmunoServ SAS", "Lyon"),
        "Bonjour Tom, notre CRO propose des campagnes d'immunisation de lamas et la découverte "
        "de VHH clé en main, en 10 semaines. Puis-je vous envoyer notre plaquette ?",
        LOOK,
        mutual=2,
        comment="service pitch from a CRO, in French",
    ),
    case(
        "221-stock-en",
        "classic",
        "en",
        ("Darren Hughes", "Branch Manager at Chesterton Lettings", "Cambridge"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "222-modern-no-note",
        "modern",
        "en",
        ("Zack Turner", "Dropshipping | Crypto | Mindset Coach", "Manchester"),
        None,
        GENERIC,
        mutual=2,
    ),
    case(
        "223-custom-vague",
        "modern",
        "en",
        ("Priya Kapoor", "Marketing Manager at Heritage Hotels Group", "London"),
        "Dear Tom, I came across your impressive profile and would be delighted to connect.",
        GENERIC,
    ),
    case(
        "224-custom-vague-2",
        "classic",
        "en",
        ("Chris Lowe", "Founder & CEO at Lowe Digital", "Leeds"),
        "Hey Tom! Always great to connect with like-minded professionals. Let's grow together 💪",
        GENERIC,
    ),
    case(
        "225-stock-fr",
        "classic",
        "en",
        ("Claire Fontaine", "Conseillère commerciale chez AXA", "Lille"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "226-custom-vague-3",
        "modern",
        "en",
        ("Ellie Robinson", "Customer Success Manager at Zoopla", "London"),
        "Hi Tom, hope all is well! Would be great to connect.",
        GENERIC,
        mutual=1,
    ),
    case(
        "227-stock-id",
        "classic",
        "en",
        ("Budi Santoso", "Sales Supervisor di PT Maju Jaya Abadi", "Surabaya, Indonesia"),
        None,
        GENERIC,
        stock="id",
    ),
    case(
        "228-only-his-employer",
        "modern",
        "en",
        ("Gavin Marsh", "Financial Adviser at Marsh Wealth Partners", "Cambridge"),
        "Hi Tom, I see you're at Granta Biologics - would love to connect!",
        GENERIC,
        mutual=4,
        comment="repeats his employer from his profile; says nothing of the writer's own link",
    ),
    case(
        "229-vague-praise",
        "classic",
        "en",
        ("Nadia Osman", "Wellness Coach", "London"),
        "Hi Tom, your work sounds fascinating and really inspiring! Would be honoured to connect.",
        GENERIC,
        comment="warm but vague praise: answers nothing",
    ),
    case(
        "230-vague-local-scene",
        "modern",
        "en",
        ("Oscar Whitby", "MBA Candidate", "Cambridge"),
        "Hi Tom, I've been reading up on the Cambridge biotech scene and your profile came up. "
        "Would love to connect.",
        GENERIC,
        mutual=3,
        comment="found his profile while browsing the local scene: no link of his own, no reason",
    ),
    case(
        "231-custom-vague-de",
        "classic",
        "en",
        ("Thomas Berger", "Vertriebsingenieur bei Festo", "Esslingen am Neckar"),
        "Hallo Herr Whitfield, ich würde mich sehr freuen, Sie in mein Netzwerk aufzunehmen. "
        "Beste Grüße",
        GENERIC,
        comment="a custom German note that says no more than the stock sentence",
    ),
]

"""Held-out invitations for Priya Raman, lead UX researcher at a digital bank in London.

English interface. One invitation for every likely-accept, needs-a-look and generic sample of
tests/fixtures/linkedin (the same kind of case, written from scratch for this recipient), then a
second pass over the same kinds with other writers and other wording (shorter and longer notes,
casual and formal, a few typos), then a handful of kinds the samples do not have: a French note,
a "we haven't met, but" note, an in-house hiring manager (a request, not a sales pitch), a pitch
dressed up as a shared interest, weak signals from a group or a school in the headline, and vague
notes that name the recipient's field or flatter her without saying anything about the writer.
The builder has no reminder, HTML-only, bad-charset or unterminated-multipart layout: those kinds
are written as ordinary invitations of the same category. Labels follow DESIGN.md's
"Categories", as the recipient would judge the note, written without looking at the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

UXR = Recipient(
    name="Priya Raman",
    address="priya.raman@example.co.uk",
    headline="Lead UX Researcher at Kestrel Bank | Accessibility, fintech & service design",
    profile_slug="priya-raman-uxr",
)

UXR_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Priya Raman"
organizations = ["Kestrel Bank", "Government Digital Service", "Foxglove Studio"]
schools = ["University College London", "City, University of London"]
industries = ["fintech", "banking", "user research", "user experience"]
interests = [
    "accessibility", "inclusive design", "service design", "financial inclusion",
    "research operations", "usability testing",
]
groups = ["ResearchOps Community", "UXPA UK", "Ladies that UX London", "A11y London"]
events = [
    "UXLondon 2026", "Service Design in Government 2026", "Camp Digital 2026",
    "Money20/20 Europe 2026",
]
contacts = ["Hannah Okonkwo", "Tom Whitfield", "Mei Lin Zhao"]

# Other names people use for the same thing.
[aliases]
"Kestrel Bank" = ["Kestrel"]
"Government Digital Service" = ["GDS"]
"Foxglove Studio" = ["Foxglove"]
"University College London" = ["UCL"]
"City, University of London" = ["City University", "City University London", "City St George's"]
"fintech" = ["financial technology", "digital banking"]
"banking" = ["financial services"]
"user research" = ["UX research", "design research"]
"user experience" = ["UX design"]
"accessibility" = ["a11y", "digital accessibility"]
"research operations" = ["ResearchOps", "ReOps"]
"ResearchOps Community" = ["ReOps community"]
"UXPA UK" = ["UK UXPA"]
"UXLondon 2026" = ["UXLondon", "UX London"]
"Service Design in Government 2026" = ["Service Design in Government", "SDinGov"]
"Camp Digital 2026" = ["Camp Digital"]
"Money20/20 Europe 2026" = ["Money20/20", "Money 20/20"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 15
"""

_REFERRAL = (
    "Hannah Okonkwo suggested I get in touch about the accessibility audit we're planning for our "
    "mobile app – she said you ran something similar at Kestrel last year."
)
_REFERRAL_2 = (
    "Hi Priya, Tom Whitfield mentioned you might be open to mentoring someone moving from market "
    "research into UX research. Would you have 20 minutes for a call in the next few weeks?"
)

UXR_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-uxlondon",
        "classic",
        "en",
        ("Oliver Hastings", "Product Designer at Ocado Technology", "London, England"),
        "Hi Priya, really enjoyed chatting at UXLondon on Thursday. I was the designer who asked "
        "about testing with screen reader users. Would be good to stay in touch.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        ("Chidi Nwosu", "Senior Product Manager at Kestrel Bank", "London, England"),
        "Hi Priya, I've just joined Kestrel Bank as a PM on the savings squad and everyone says "
        "you're the person to know in research. Looking forward to working together!",
        LIKELY,
        ("same_organization",),
        mutual=11,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Fiona Gallagher", "Content Designer at HMRC", "Newcastle upon Tyne"),
        "Priya, we were both at the Government Digital Service around 2019 (I was on the GOV.UK "
        "Verify content team). Nice to find you here!",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        ("Rahul Mehta", "UX Researcher at Wise", "London, England"),
        "Hello Priya, I'm a researcher at another London fintech and always keen to swap notes "
        "with other research leads in the sector.",
        LIKELY,
        ("same_industry",),
        mutual=8,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Beth Carmody", "Accessibility Specialist at Scope", "Bristol"),
        "Hi Priya, I read your article on making banking apps work for people with cognitive "
        "impairments. So much of it matches what we see in our own research.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Tomasz Wójcik", "Research Operations Manager at Deliveroo", "London, England"),
        "Hi Priya, we're both in the ResearchOps Community Slack. Your thread on participant "
        "incentives was really helpful.",
        LIKELY,
        ("same_groups",),
        mutual=5,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        ("Marcus Adeyemi", "Head of Digital at Hackney Credit Union", "London"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Sophie Lang", "Behavioural Scientist at Nesta", "London, England"),
        "Hi Priya! Another UCL psych grad here (class of 2012). Small world!",
        LIKELY,
        ("fellow_alumni",),
        mutual=3,
    ),
    case(
        "009-specific-guest-lecture",
        "classic",
        "en",
        ("Grace Whitmore", "Lecturer in Interaction Design at Goldsmiths", "London"),
        "Hi Priya, I teach on the MA in user experience design at Goldsmiths and we'd love you to "
        "give a guest lecture on research in regulated industries next term. Could we find a time "
        "to talk?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Kwame Asante", "Secondary School Teacher | Career changer", "Croydon, England"),
        "Priya, quick question: does Kestrel ever take on junior researchers through "
        "apprenticeships? I'm retraining from teaching and would really value a pointer.",
        LIKELY,
        ("specific_reason",),
        comment="asks for advice, sells nothing; naming her employer does not make him a colleague",
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        ("Lucía Navarro", "Investigadora UX en BBVA", "Madrid, España"),
        "Hola Priya, coincidimos en UXLondon en la charla sobre accesibilidad. ¡Me encantaría "
        "seguir en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=4,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Jana Hoffmann", "UX Researcherin bei N26", "Berlin"),
        "Hallo Priya, wir haben beide den Master an der City, University of London gemacht – ich "
        "2017 in Human-Computer Interaction. Schön, dich hier zu finden!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-talk",
        "modern",
        "en",
        ("Amira Haddad", "Service Designer at Citizens Advice", "London, England"),
        "Thanks for your talk at Service Design in Government and for staying on to answer my "
        "questions afterwards!",
        LIKELY,
        ("met_in_person",),
        mutual=9,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        ("Alessia Conti", "Design Researcher presso Intesa Sanpaolo", "Milano, Italia"),
        "Ciao Priya, sto organizzando un ciclo di webinar sulla ricerca con utenti con disabilità "
        "e vorrei invitarti come relatrice. Ti andrebbe?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        ("Marcus Adeyemi", "Head of Digital at Hackney Credit Union", "London"),
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
        ("Daniel Frost", "Principal Designer at Monzo", "London"),
        "Hi Priya, good to meet you at Camp Digital in Manchester. Let's pick up the conversation "
        "about vulnerable customers sometime.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-note",
        "classic",
        "en",
        ("Ella Marsh", "Front-end Developer at Made Tech", "London"),
        "<script>alert('x')</script> Hi Priya, we met at the A11y London meetup & talked about "
        "<i>switch access</i> testing.",
        LIKELY,
        ("met_in_person",),
        comment="note contains markup that must be shown as text, never executed (the builder "
        "cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Harriet Osei", "Research Manager at Barclays", "London"),
        "Priya, I'm a City grad too (MSc HCI, 2016) and now run the research team in Barclays' "
        "digital channels.",
        LIKELY,
        ("fellow_alumni", "same_industry"),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "en",
        ("Anders Holm", "Senior UX Researcher at Danske Bank", "Copenhagen, Denmark"),
        "Hi Priya — fellow UXPA UK member here; would be lovely to compare notes on research in "
        "financial services.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "en",
        ("Naledi Dube", "Researcher at Fair By Design", "London, England"),
        "Hi Priya, I run diary studies with low-income households too and would love to swap ideas "
        "on financial inclusion research.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Jordan Blake", "Account Executive at Recrutly", "San Francisco, California"),
        "Hi Priya, Recrutly helps research teams recruit niche participants 5x faster with AI "
        "screening. Got 15 minutes next week for a quick demo?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "en",
        ("Sanjay Kapoor", "Business Development Manager at PixelForge Digital", "Pune, India"),
        "Priya, our agency delivers end-to-end WCAG audits and remediation at offshore rates. "
        "Can I share our capabilities deck?",
        LOOK,
        comment="sales pitch (about accessibility, but selling it)",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Gareth Price", "Data Engineer at Kestrel Bank", "Cardiff, Wales"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names one of my organizations (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Imogen Wells", "Portfolio Manager at Schroders", "London, England"),
        None,
        LOOK,
        mutual=23,
        comment="no note; 23 connections in common, threshold 15 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Rebecca Holt", "Design Director at Globex", "London"),
        "Hi Priya, lovely to meet you at UXLondon. I've sent you my slides, log in here to "
        "download them.",
        LOOK,
        auth="lookalike",
        lookalike="linkedln-notify.com",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "106-weak-industry-headline",
        "classic",
        "en",
        ("Nadia Karimi", "UX Researcher | Usability Testing | Fintech", ""),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Victor Lanning", "Partner at Aldgate Capital", "Zurich, Switzerland"),
        "Hi Priya, fellow UCL alum! Kindly review the secure document I've shared with you.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Kevin Doyle", "Sales Manager at Brightwell Windows", "Leeds"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Alejandro Ruiz", "Asesor Inmobiliario en Costa Homes", "Málaga, España"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Matteo Ricci", "Agente assicurativo presso Assicura Sud", "Napoli, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Trent Hollis", "Founder | NFT Collector | Visionary", "Dubai, United Arab Emirates"),
        None,
        GENERIC,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Chloe Barnes", "Recruitment Consultant at Hays", "Birmingham, England"),
        "Hi Priya, your profile popped up in my suggestions and I'd love to connect.",
        GENERIC,
        mutual=1,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Darren Walsh", "Entrepreneur | Speaker | Mindset Coach", "Manchester"),
        "Hey! Always keen to connect with driven professionals like yourself. Let's link up!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Paul Jenkins", "Mortgage Adviser at Homewise", "Reading"),
        "I'd like to add you to my professional network on LinkedIn.\n- Paul Jenkins",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Markus Wagner", "Vertriebsleiter bei Krone Logistik", "Hamburg"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Nicolas Lefèvre", "Conseiller commercial chez Immo Azur", "Nice"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Ben Carter", "Student at Leeds Beckett University", "Leeds, England"),
        "Hi Priya, hope you're having a good week. Let's connect.",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Tiago Ferreira", "Consultor comercial na Lusotelecom", "Porto, Portugal"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-workshop",
        "classic",
        "en",
        ("Hugo Bennett", "Information Architect at the BBC", "London"),
        "Priya, it was great sitting next to you at the inclusive research workshop at the "
        "Barbican on Tuesday. I'm the one who wouldn't stop going on about card sorting, sorry! "
        "Hope we cross paths again.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "022-same-org-current-alias",
        "modern",
        "en",
        ("Ayesha Siddiqui", "Customer Support Team Lead", "Manchester, England"),
        "hi Priya, im on the support team at Kestrel (manchester office) and we get loads of "
        "feedback about the app that i think ur team would find useful. happy to share anytime",
        LIKELY,
        ("same_organization", "specific_reason"),
        mutual=6,
        comment="lower case and typos; the employer is only in the note, by its short name",
    ),
    case(
        "023-same-org-past-alias",
        "classic",
        "en",
        ("Joe Mitchell", "Senior Interaction Designer at DWP Digital", "Leeds"),
        "Hi Priya, not sure you'll remember me but we worked on the same project at Foxglove back "
        "in 2016 – the housing association portal. Hope all's well at the bank!",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry",
        "modern",
        "en",
        ("Elena Popescu", "Product Designer at Revolut", "London, England"),
        "Hi Priya, I'm a designer at a digital bank too and I'm trying to meet more researchers "
        "working in fintech. Would be great to connect.",
        LIKELY,
        ("same_industry",),
        mutual=12,
    ),
    case(
        "025-shared-interest",
        "classic",
        "en",
        ("Ravi Shankar", "PhD Researcher, Royal College of Art", "London"),
        "Hello Priya, I came across your talk on accessible onboarding for banking apps. My PhD is "
        "on much the same thing: inclusive design for older adults managing their money online.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group",
        "modern",
        "en",
        ("Holly Mackenzie", "UX Lead at Virgin Money", "London, England"),
        "Hi Priya, saw your post in Ladies that UX London about running remote sessions with "
        "screen reader users. Fellow member, would love to connect.",
        LIKELY,
        ("same_groups",),
        mutual=7,
    ),
    case(
        "027-mutual-referral",
        "classic",
        "en",
        ("Zainab Yusuf", "Market Research Executive at Kantar", "London"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "028-alumni",
        "modern",
        "en",
        ("Freddie Cole", "Product Manager at Starling Bank", "London, England"),
        "Hey Priya, fellow UCL alum (Psychology & Language Sciences, 2014)! Saw you're doing "
        "research at Kestrel now, small world.",
        LIKELY,
        ("fellow_alumni",),
        mutual=4,
    ),
    case(
        "029-specific-podcast",
        "classic",
        "en",
        ("Lauren Hughes", "Host, The Research Room podcast", "Brighton"),
        "Hi Priya, I host a small podcast about UX research and we're doing an episode on research "
        "with vulnerable customers in financial services. Would you be up for a 40-minute chat in "
        "January?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "030-specific-question",
        "modern",
        "en",
        ("Peter Adebayo", "Accessibility Champion at Lloyds Banking Group", "Bristol, England"),
        "Priya, we're setting up a panel of disabled participants for our research and I've heard "
        "your team did this really well. Could I ask you a couple of questions about how you "
        "handled consent and payment?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "031-met-es",
        "modern",
        "en",
        ("Javier Morales", "Diseñador de servicios en Banco Santander", "Madrid, España"),
        "¡Hola Priya! Nos vimos en Money20/20 en Ámsterdam, en la mesa redonda sobre inclusión "
        "financiera. Fue un placer charlar contigo.",
        LIKELY,
        ("met_in_person",),
        mutual=2,
    ),
    case(
        "032-alumni-de",
        "modern",
        "en",
        ("Lukas Bauer", "Senior UX Designer bei Trade Republic", "Berlin"),
        "Hi Priya, ich habe auch am UCL studiert (Psychologie, 2013) und arbeite jetzt ebenfalls "
        "im Fintech-Bereich. Freue mich auf den Austausch!",
        LIKELY,
        ("fellow_alumni", "same_industry"),
    ),
    case(
        "033-met-social",
        "modern",
        "en",
        ("Georgia Lam", "Junior UX Researcher at Farfetch", "London, England"),
        "Thank you for the advice on my portfolio at the UXPA UK social last night. I'll "
        "definitely try the case study format you suggested!",
        LIKELY,
        ("met_in_person",),
        mutual=16,
    ),
    case(
        "034-specific-it",
        "modern",
        "en",
        ("Francesco Greco", "Product Owner presso Fineco", "Milano, Italia"),
        "Buongiorno Priya, stiamo creando il primo team di ricerca utente della nostra banca e "
        "mi piacerebbe farti qualche domanda su come hai strutturato il tuo. Hai mezz'ora nelle "
        "prossime settimane?",
        LIKELY,
        ("specific_reason", "same_industry"),
    ),
    case(
        "036-no-auth-header-met",
        "classic",
        "en",
        ("Isabel Hart", "Head of Design at Chip", "London"),
        "Priya, so nice to finally meet in person at the Service Design in Government drinks. "
        "Let me know when you're next near Old Street!",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "en",
        ("Meera Pillai", "Service Designer at NHS England", "Leeds"),
        "Hi Priya, I spotted that we both did the HCI masters at City. I was in the 2019 cohort. "
        "Would love to hear how you ended up in banking!",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "039-group-dash",
        "classic",
        "en",
        ("Rory Fitzpatrick", "ResearchOps Lead at Skyscanner", "Edinburgh"),
        "Hi Priya — ReOps community member here too. Keen to hear how you've set up your "
        "participant panel at the bank.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "040-shared-interest-2",
        "modern",
        "en",
        ("Wen Li", "Inclusive Design Consultant", "London, England"),
        "Hi Priya, plain language and cognitive accessibility are my thing too. I'd love to hear "
        "what you've learnt testing money apps with neurodivergent users.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "111-pitch-saas",
        "modern",
        "en",
        ("Carly Jensen", "Enterprise AE at Insightly.ai", "New York, New York"),
        "Hi Priya! Loved your talk on accessible onboarding. Our AI research repository auto-tags "
        "interviews and cuts synthesis time by 70%. Worth a quick 20-min call to see if it's a "
        "fit for Kestrel?",
        LOOK,
        comment="sales pitch, opened with a compliment on her talk",
    ),
    case(
        "112-pitch-recruitment-agency",
        "classic",
        "en",
        ("Ryan O'Connell", "Director at TalentBridge UX Recruitment", "London"),
        "Priya, we place senior UX researchers with top fintechs on a contingency basis. Are you "
        "hiring this quarter? Happy to send over a few CVs.",
        LOOK,
        comment="agency pitch: selling candidates",
    ),
    case(
        "113-weak-past-org-headline",
        "classic",
        "en",
        ("Simon Clarke", "Senior Developer at Government Digital Service", "London"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my past organizations (weak)",
    ),
    case(
        "114-weak-mutual",
        "modern",
        "en",
        ("Olivia Brennan", "Account Director at Ogilvy", "London, England"),
        None,
        LOOK,
        mutual=41,
        comment="no note; 41 connections in common, threshold 15 (weak)",
    ),
    case(
        "115-spoof-good-note",
        "modern",
        "en",
        ("Natasha Voss", "Head of Research at Meridian Pay", "London, England"),
        "Priya, Hannah Okonkwo said you'd want to see our accessibility audit. I've uploaded it "
        "here, just verify your LinkedIn login to open it.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-mailer.co",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed referral is not counted, as in the samples",
    ),
    case(
        "116-weak-industry-headline",
        "classic",
        "en",
        ("Callum Reid", "Product Designer | Fintech & Banking", "Edinburgh"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "117-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Adrian Kessel", "Managing Director at Lombard Street Advisory", "London, England"),
        "Hi Priya, we met at Money20/20. Please open the attached proposal before Friday.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed meeting is not "
        "counted, as in the samples",
    ),
    case(
        "221-stock-en",
        "classic",
        "en",
        ("Steve Morgan", "Regional Sales Director at Allied Print", "Swindon"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "224-modern-no-note",
        "modern",
        "en",
        ("Brad Kessler", "Serial Entrepreneur | Dropshipping | Coach", "Marbella, Spain"),
        None,
        GENERIC,
        mutual=2,
    ),
    case(
        "225-custom-vague",
        "modern",
        "en",
        ("Jessica Hale", "HR Assistant at Bluewave Retail", "Nottingham, England"),
        "Hi Priya, I noticed your impressive profile and thought it would be great to connect!",
        GENERIC,
    ),
    case(
        "226-custom-vague-2",
        "classic",
        "en",
        ("Mo Rahman", "CEO at Rahman Ventures", "Dubai"),
        "Greetings Priya, I am expanding my network of professionals around the globe. Kindly "
        "accept my request.",
        GENERIC,
    ),
    case(
        "227-old-stock-signed",
        "classic",
        "en",
        ("Ian Fletcher", "Branch Manager at Screwfix", "Coventry"),
        "I'd like to join your LinkedIn network.\nCheers, Ian",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "228-stock-de",
        "classic",
        "en",
        ("Florian Schulz", "Key Account Manager bei Nordtech GmbH", "München"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "229-stock-fr",
        "classic",
        "en",
        ("Mathieu Roux", "Commercial chez Menuiserie Roux", "Lyon"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "230-custom-vague-3",
        "modern",
        "en",
        ("Lily Evans", "Marketing Intern at Pebble Studio", "London, England"),
        "hiya, hope all good with you! would be great to connect :)",
        GENERIC,
        mutual=1,
    ),
    case(
        "231-stock-pt",
        "classic",
        "en",
        ("Ana Sousa", "Consultora imobiliária na Casa Lusa", "Lisboa, Portugal"),
        None,
        GENERIC,
        stock="pt",
    ),
    case(
        "232-stock-id",
        "classic",
        "en",
        ("Dewi Lestari", "Sales Executive di PT Sinar Abadi", "Jakarta, Indonesia"),
        None,
        GENERIC,
        stock="id",
    ),
    # -- kinds the samples do not have ----------------------------------------------------------
    case(
        "041-met-fr",
        "modern",
        "en",
        ("Camille Laurent", "Chercheuse UX chez Qonto", "Paris, France"),
        "Bonjour Priya, ravie d'avoir échangé avec vous au dîner des intervenants d'UXLondon. Au "
        "plaisir de poursuivre la discussion sur l'accessibilité !",
        LIKELY,
        ("met_in_person",),
        mutual=3,
        comment="a French note (the samples have French only as a stock note)",
    ),
    case(
        "042-not-met-same-industry",
        "classic",
        "en",
        ("Alison Reeve", "Head of Customer Insight at Yorkshire Building Society", "Leeds"),
        "Hi Priya, we haven't met, but I lead the research team at a building society in Leeds "
        "and I'd really value knowing more research leads in UK financial services.",
        LIKELY,
        ("same_industry",),
        comment="says outright they have not met; the shared field is the reason",
    ),
    case(
        "043-shared-interest-typos",
        "classic",
        "en",
        ("Gemma Foley", "Digital Inclusion Officer at Age UK", "London"),
        "hi priya saw ur post about accesibility testing with older users, really intresting. im "
        "doing simmilar work at age uk, would be good to conect",
        LIKELY,
        ("shared_interests",),
        comment="misspellings throughout, including the topic itself",
    ),
    case(
        "044-specific-in-house-hiring",
        "modern",
        "en",
        ("Dominic Shaw", "VP Design at Octopus Energy", "London, England"),
        "Hi Priya, I'm hiring a Head of Research for my team at Octopus and your work on "
        "accessible money journeys is exactly the background we're after. Open to a confidential "
        "chat over coffee?",
        LIKELY,
        ("specific_reason",),
        comment="an in-house hiring manager with a named role: a request, not a sales pitch "
        "(compare 112, an agency selling candidates)",
    ),
    case(
        "118-pitch-dressed-as-interest",
        "modern",
        "en",
        ("Kyle Brenner", "Founder & CEO at AccessiFix", "Austin, Texas"),
        "Hi Priya, fellow accessibility enthusiast here! We've built a plug-in that makes any "
        "banking app WCAG 2.2 compliant overnight. Can I book you in for a demo?",
        LOOK,
        comment="sales pitch that opens by claiming her interest",
    ),
    case(
        "119-weak-group-headline",
        "classic",
        "en",
        ("Priyanka Desai", "Freelance Designer | Volunteer Organiser, UXPA UK", "London"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names one of my groups (weak)",
    ),
    case(
        "120-weak-school-headline",
        "modern",
        "en",
        ("Tariq Hussain", "MSc student at City, University of London", "London, England"),
        None,
        LOOK,
        mutual=3,
        comment="no note; headline names one of my schools (weak)",
    ),
    case(
        "233-vague-names-her-field",
        "modern",
        "en",
        ("Connor Blake", "Business Development Executive at Nexa Solutions", "Slough, England"),
        "Hi Priya, I see you're in UX research, love what you do! Let's connect.",
        GENERIC,
        comment="repeats her own headline back; says nothing about the writer or a reason",
    ),
    case(
        "234-vague-flattery",
        "classic",
        "en",
        ("Emmanuel Okafor", "Motivational Speaker and Author", "Lagos, Nigeria"),
        "Dear Priya, your profile is truly inspiring. It would be an honour to be part of your "
        "esteemed network.",
        GENERIC,
    ),
]

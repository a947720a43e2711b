"""Held-out invitations for Wei Ming Lim, head of cybersecurity (CISO office) at a Singapore bank.

English interface. Notes mostly in English from Singapore, India, Australia and the US, a few in
Indonesian, Spanish, German, Italian, Portuguese and French. One invitation for every
likely-accept, needs-a-look and generic sample of tests/fixtures/linkedin (the same kind of case,
written from scratch for this recipient), then a second pass over the same kinds with other
writers and other wording. Security leaders get many vendor and recruiter notes, so the second
pass adds vendor pitches of several shapes (a pitch after a real meeting at a booth, an ex-CISO
founder asking for "feedback" on a demo, a staffing agency selling CVs, a pitch in Indonesian),
recruiters and hiring managers with a concrete role (a specific reason, not a sales pitch), and
peers who offer something concrete. The builder has no reminder, HTML-only, bad-charset or
unterminated-multipart layout: those kinds are written as ordinary invitations of the same
category. Labels follow DESIGN.md's "Categories", as the recipient would judge the note, written
without looking at the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

SECURITY = Recipient(
    name="Wei Ming Lim",
    address="weiming.lim@example.sg",
    headline="Head of Cybersecurity, Office of the CISO at Straits Pacific Bank",
    profile_slug="weiming-lim-ciso-office",
)

SECURITY_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Wei Ming Lim"
organizations = [
    "Straits Pacific Bank", "Cyber Security Agency of Singapore", "Ensign InfoSecurity",
]
schools = ["National University of Singapore", "Carnegie Mellon University", "Raffles Institution"]
industries = ["cybersecurity", "banking", "financial services"]
interests = [
    "threat intelligence", "incident response", "zero trust", "third-party risk",
    "security awareness", "red teaming",
]
groups = [
    "ISACA Singapore Chapter", "FS-ISAC", "Association of Information Security Professionals",
    "OWASP Singapore Chapter",
]
events = ["GovWare 2026", "Black Hat Asia 2026", "FS-ISAC APAC Summit 2026"]
contacts = ["Priya Raman", "Daniel Tan", "Nurul Huda Ismail"]

# Other names people use for the same thing.
[aliases]
"Straits Pacific Bank" = ["SPB", "Straits Pacific"]
"Cyber Security Agency of Singapore" = ["CSA", "Cyber Security Agency"]
"Ensign InfoSecurity" = ["Ensign"]
"National University of Singapore" = ["NUS"]
"Carnegie Mellon University" = ["CMU", "Carnegie Mellon"]
"Raffles Institution" = ["RI"]
"cybersecurity" = ["cyber security", "information security", "infosec"]
"threat intelligence" = ["threat intel", "CTI"]
"incident response" = ["DFIR"]
"third-party risk" = ["vendor risk", "supply chain risk"]
"red teaming" = ["red team", "purple team"]
"ISACA Singapore Chapter" = ["ISACA Singapore", "ISACA"]
"Association of Information Security Professionals" = ["AiSP"]
"OWASP Singapore Chapter" = ["OWASP Singapore", "OWASP"]
"GovWare 2026" = ["GovWare", "Singapore International Cyber Week", "SICW"]
"Black Hat Asia 2026" = ["Black Hat Asia"]
"FS-ISAC APAC Summit 2026" = ["FS-ISAC APAC Summit", "FS-ISAC summit"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 25
"""

_REFERRAL = (
    "Priya Raman suggested I reach out to you about joining the cross-bank red team exercise "
    "we're planning for Q1."
)
_REFERRAL_2 = (
    "Hi Wei Ming, Daniel Tan told me you're the person to ask about running a ransomware "
    "tabletop with a bank board. Would you have 20 minutes for a call sometime this month?"
)

SECURITY_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-govware",
        "classic",
        "en",
        ("Arjun Menon", "Principal Security Architect at Halcyon Insurance Asia", "Singapore"),
        "Hi Wei Ming, great meeting you at GovWare last week. I was the one asking how you run "
        "purple team exercises with such a lean team. Let's stay in touch!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        ("Chloe Ng", "Cloud Security Engineer at Straits Pacific Bank", "Singapore"),
        "Hi Wei Ming, I just joined the cloud security team at Straits Pacific Bank and would love "
        "to connect with colleagues in the CISO office.",
        LIKELY,
        ("same_organization",),
        mutual=18,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        (
            "Rajesh Kumar",
            "Director, Incident Response at Tigerline Cyber",
            "Kuala Lumpur, Malaysia",
        ),
        "Wei Ming, we overlapped at Ensign InfoSecurity back in 2017 (I was on the DFIR team). "
        "Would be great to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        ("Sarah Thompson", "Information Security Manager at Coastline Credit Union", "Brisbane"),
        "Hello Wei Ming, I look after security for a mid-sized credit union in Brisbane and I'm "
        "always keen to learn from peers running security at banks in the region.",
        LIKELY,
        ("same_industry",),
        mutual=4,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Aditya Rao", "Threat Intelligence Lead at Kavach Labs", "Bengaluru, India"),
        "Hi Wei Ming, I read your post on sharing threat intel between banks without exposing "
        "customer data. It's exactly the problem I'm working on right now.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Melissa Goh", "IT Audit Manager at Harbourfront Insurance", "Singapore"),
        "Hi Wei Ming, we're both members of the ISACA Singapore Chapter. I enjoyed your comment on "
        "the thread about auditing privileged access in the cloud.",
        LIKELY,
        ("same_groups",),
        mutual=9,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        ("Kenneth Loh", "Deputy Director, Sector Resilience at Monetary Resilience Office", "SG"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Jasmine Teo", "Product Manager at Kopi Labs", "Singapore"),
        "Hi Wei Ming! Fellow NUS alum here (Computing, class of 2010). Still miss the Deck "
        "chicken rice!",
        LIKELY,
        ("fellow_alumni",),
        mutual=3,
    ),
    case(
        "009-specific-soc-visit",
        "classic",
        "en",
        ("Lakshmi Iyer", "Programme Lead, Cyber Talent at Singapore Polytechnic", "Singapore"),
        "Hi Wei Ming, I run the cyber talent programme at Singapore Polytechnic and we'd like to "
        "bring a small group of final-year students to see a bank SOC this semester. Could we set "
        "up a call?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Benjamin Koh", "Teacher at Bukit Timah Secondary School", "Singapore"),
        "Wei Ming, quick question: does your team ever send speakers to schools for cyber hygiene "
        "talks? My Sec 3 class would love to hear from someone who defends a bank.",
        LIKELY,
        ("specific_reason",),
        comment="asks for a speaker, sells nothing: a specific reason, not a pitch",
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        ("Javier Ortega", "CISO en Banco Meridional", "Madrid, España"),
        "Hola Wei Ming, nos conocimos en la cumbre de FS-ISAC en Singapur, en la mesa sobre "
        "ransomware. ¡Me encantaría seguir en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=5,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Lena Hoffmann", "Security Consultant bei Nordwall Consulting", "Frankfurt am Main"),
        "Hallo Wei Ming, wir haben beide an der National University of Singapore studiert, ich "
        "habe dort 2013 meinen Master gemacht. Ich würde mich freuen, in Kontakt zu bleiben.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-panel",
        "modern",
        "en",
        ("Nicholas Tan", "Head of Fraud Analytics at Pelangi Digital", "Kuala Lumpur"),
        "Thanks for the great chat after your panel at Black Hat Asia!",
        LIKELY,
        ("met_in_person",),
        mutual=14,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        ("Marco Ferraro", "Responsabile Sicurezza Informatica presso Banca Alpina", "Milano"),
        "Ciao Wei Ming, sto organizzando una tavola rotonda online tra responsabili della "
        "sicurezza di banche europee e asiatiche e vorrei invitarti come relatore.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        ("Kenneth Loh", "Deputy Director, Sector Resilience at Monetary Resilience Office", "SG"),
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
        ("Grace Lim", "Security Operations Manager at Lion City Assurance", "Singapore"),
        "Hi Wei Ming, good to meet you at the FS-ISAC APAC Summit. Let's keep the conversation "
        "going.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-note",
        "classic",
        "en",
        ("Darren Seah", "Red Team Lead at Vantage Harbour Security", "Singapore"),
        "<script>alert('x')</script> Hi Wei Ming, we met at GovWare & talked about "
        "<i>tabletop exercises</i>.",
        LIKELY,
        ("met_in_person",),
        comment="note contains markup that must be shown as text, never executed (the builder "
        "cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Hui Min Chua", "Alumni Relations Executive at NUS School of Computing", "Singapore"),
        "Wei Ming, I'm an NUS grad too (BComp 2016) and now work in alumni relations at SoC.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "en",
        ("Farhan Aziz", "GRC Lead at Meridian Payments", "Singapore"),
        "Hi Wei Ming, fellow AiSP member here — I'd love to compare notes on vendor risk reviews.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "en",
        ("Anika Sharma", "Detection Engineer at Monsoon Security", "Pune, India"),
        "Hi Wei Ming, I write incident response playbooks too and would love to exchange ideas on "
        "tabletop exercises for boards.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Tyler Brooks", "Enterprise Account Executive at ShieldSight", "Singapore"),
        "Hi Wei Ming, I help banks cut phishing click rates by 70% with our AI-driven awareness "
        "platform. Open to a 15-minute demo call this week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "en",
        ("Vikram Desai", "Business Development Manager at RedCrest Services", "Mumbai, India"),
        "Wei Ming, our CREST-certified team offers affordable penetration testing for banks in "
        "APAC. Can I send you our rate card?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Alan Chew", "VP, Technology Risk Management at Straits Pacific Bank", "Singapore"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names one of my organizations (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Stephanie Wong", "Director, Corporate Strategy at Marina Logistics", "Singapore"),
        None,
        LOOK,
        mutual=31,
        comment="no note; 31 connections in common, threshold 25 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Olivia Chen", "CISO at Pacific Rim Holdings", "Hong Kong"),
        "Hi Wei Ming, we met at the FS-ISAC summit. Please verify your account to read my message.",
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
        ("Ryan Fitzgerald", "Cybersecurity Consultant | Cloud & Identity", "Sydney, Australia"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Marcus Webb", "Partner at Greyfield Capital", "Dubai"),
        "Hi Wei Ming, fellow NUS alum! Please review the document I shared with you.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Kelvin Lee", "Property Agent at Skyline Realty", "Singapore"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Carlos Mendoza", "Gerente de Ventas en Textiles del Pacífico", "Guadalajara, México"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Paolo Greco", "Agente immobiliare presso Casa Bella Immobiliare", "Napoli, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Zack Miller", "Serial Entrepreneur | Crypto Investor | Speaker", "Los Angeles"),
        None,
        GENERIC,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Amanda Lowe", "Marketing Executive at BrightWave Media", "Singapore"),
        "Hi Wei Ming, I chanced upon your profile and would be happy to connect with you.",
        GENERIC,
        mutual=2,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Ravi Shankar", "Life Coach | Motivational Speaker", "Chennai, India"),
        "Hello Sir! Expanding my network with great leaders like you. Let's connect!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Gary Tan", "Sales Manager at Evergreen Furniture", "Singapore"),
        "I'd like to add you to my professional network on LinkedIn.\n- Gary Tan",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Florian Wagner", "Vertriebsleiter bei Schmidt Logistik GmbH", "Hamburg"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Mathieu Laurent", "Responsable commercial chez Vins de Bordeaux Export", "Bordeaux"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Jessica Huang", "Student at Singapore Management University", "Singapore"),
        "Hi Wei Ming, hope you're doing well. Let's connect.",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Ana Ribeiro", "Corretora de Imóveis na Imobiliária Atlântico", "Rio de Janeiro"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-dinner",
        "classic",
        "en",
        ("Daniel O'Connor", "CISO at Southern Cross Mutual", "Sydney, Australia"),
        "G'day Wei Ming, really enjoyed sitting next to you at the CISO dinner during Singapore "
        "International Cyber Week. Your story about the SWIFT drill at 3am was gold. Let's keep "
        "in touch mate.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "022-same-org-current-alias",
        "modern",
        "en",
        ("Hafiz Rahman", "SOC Analyst at SPB", "Singapore"),
        "Hello Wei Ming! Just started in the SOC at SPB (night shift for now haha), trying to put "
        "faces to names in the CISO office :)",
        LIKELY,
        ("same_organization",),
        mutual=7,
    ),
    case(
        "023-same-org-past-alias",
        "classic",
        "en",
        ("Melanie Koh", "Assistant Director, Digital Policy", "Singapore"),
        "Hi Wei Ming, we were both at CSA when the Cybersecurity Act came in - I was in the CII "
        "team two doors down from you. Hope all's well at the bank!",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry-in",
        "modern",
        "en",
        (
            "Suresh Venkataraman",
            "Chief Information Security Officer at Deccan Co-operative Bank",
            "Hyderabad, Telangana, India",
        ),
        "Dear Wei Ming, I am heading information security for a co-operative bank in Hyderabad. "
        "Would be glad to be connected with fellow CISOs in the banking sector across Asia.",
        LIKELY,
        ("same_industry",),
        mutual=2,
    ),
    case(
        "025-shared-interest-zero-trust",
        "classic",
        "en",
        ("Emily Carter", "Principal Engineer, Identity at Northbeam Software", "Seattle, WA"),
        "Hi Wei Ming - the recording of your talk on moving a legacy core banking estate to zero "
        "trust was the most practical thing I've watched this year. I'm doing the same migration "
        "for a much smaller shop.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group-fsisac",
        "modern",
        "en",
        ("Kenji Watanabe", "Head of Cyber Defence at Sakura Trust Bank", "Tokyo, Japan"),
        "Hi Wei Ming, I saw your post in the FS-ISAC member community about the phishing kit "
        "going after APAC bank customers. Fellow member, happy to connect and share what we are "
        "seeing in Japan.",
        LIKELY,
        ("same_groups",),
        mutual=11,
    ),
    case(
        "027-mutual-referral",
        "classic",
        "en",
        ("Sophie Laurent", "COO at Lumière Private Bank Asia", "Singapore"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "028-alumni-singlish",
        "modern",
        "en",
        ("Bryan Ong", "Engineering Manager at Merlion Commerce", "Singapore"),
        "Eh Wei Ming, long time! We were in the same NUS SoC batch lah, same CS2103 project group "
        "some more. Saw you're heading cyber at the bank now, congrats!",
        LIKELY,
        ("fellow_alumni",),
        mutual=21,
    ),
    case(
        "029-recruiter-concrete-role",
        "classic",
        "en",
        (
            "Hannah Whitaker",
            "Partner, Technology Practice at Calder & Finch Executive Search",
            "Singapore",
        ),
        "Hi Wei Ming, I'm retained on a Group CISO search for a MAS-licensed digital bank in "
        "Singapore, reporting to the CEO with a standing seat at the board risk committee. Would "
        "you be open to a confidential conversation next week?",
        LIKELY,
        ("specific_reason",),
        comment="a headhunter with one concrete role for him: a specific reason, not a sales pitch",
    ),
    case(
        "030-specific-question-student",
        "modern",
        "en",
        ("Nur Aisyah Osman", "Year 2 Information Security student at NUS", "Singapore"),
        "Hi Wei Ming, I'm a second-year infosec student at NUS. Could I ask you two or three "
        "questions over email about what a bank's CISO office looks for in interns? I promise to "
        "keep it short!",
        LIKELY,
        ("fellow_alumni", "specific_reason"),
        comment="a current student of his university with a concrete question",
    ),
    case(
        "031-met-id",
        "modern",
        "en",
        ("Andi Pratama", "Head of IT Security at Bank Nusantara Sejahtera", "Jakarta, Indonesia"),
        "Halo Pak Wei Ming, kita sempat ngobrol di GovWare bulan lalu setelah sesi tentang "
        "ransomware. Senang bisa kenal Bapak, semoga bisa terus berdiskusi.",
        LIKELY,
        ("met_in_person",),
        mutual=6,
    ),
    case(
        "032-alumni-id",
        "classic",
        "en",
        ("Putri Wulandari", "Cyber Risk Manager di Bank Cahaya Indonesia", "Jakarta"),
        "Selamat siang Pak Wei Ming, saya juga alumni NUS (MSc Computer Science 2015). Sekarang "
        "saya bekerja di bidang cyber risk di sebuah bank di Jakarta. Senang bisa terhubung "
        "dengan sesama alumni.",
        LIKELY,
        ("fellow_alumni", "same_industry"),
    ),
    case(
        "033-met-meetup-typos",
        "modern",
        "en",
        ("Karthik Subramaniam", "Senior SOC Analyst at Lion City Telco", "Singapore"),
        "hi wei ming, we met at the OWASP meetup last thurs, i was the one who asked abt your WAF "
        "tuning lol. thx for the tips!! lets stay in touch",
        LIKELY,
        ("met_in_person",),
        mutual=8,
    ),
    case(
        "034-specific-pt",
        "modern",
        "en",
        ("Rafael Moreira", "Diretor de Segurança da Informação no Banco Horizonte", "São Paulo"),
        "Olá Wei Ming, estou preparando um estudo sobre como bancos asiáticos combatem golpes "
        "com pagamentos instantâneos e gostaria de entrevistá-lo por 30 minutos. Seria possível?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "035-resent-of-027",
        "classic",
        "en",
        ("Sophie Laurent", "COO at Lumière Private Bank Asia", "Singapore"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="re-sent invitation of 027 (the builder has no reminder layout): same inviter "
        "and note",
    ),
    case(
        "036-no-auth-header-group",
        "classic",
        "en",
        ("Michelle Ho", "Cyber Risk Lead at Raffles Wealth Partners", "Singapore"),
        "Hi Wei Ming, fellow ISACA Singapore member - saw you'll be speaking at the chapter's CPE "
        "evening next month. Looking forward to it!",
        LIKELY,
        ("same_groups",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "037-markup-in-headline",
        "classic",
        "en",
        ("Jerome Lau", "Pentester <b>OSCP</b> | Bug bounty hunter", "Singapore"),
        "Hi Wei Ming, thanks for the <b>honest</b> answer on bug bounties at banks during the "
        "Black Hat Asia CISO panel - I was the one at the mic in the second row.",
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text; he asked his "
        "question in person at the panel",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "en",
        ("Rohan Mehta", "Security Engineering Manager at Kookaburra Software", "Sydney"),
        "Hey Wei Ming, another NUS grad here (MComp Infosec, 2013), now in Sydney. Always nice to "
        "find fellow alumni in cyber.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "039-group-dash",
        "classic",
        "en",
        ("Ivan Petrov", "Application Security Lead at Dragonfly Games", "Singapore"),
        "Hi Wei Ming — OWASP Singapore chapter regular here; would be glad to swap notes on "
        "secure code review at scale.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "040-shared-interest-fr",
        "modern",
        "en",
        ("Camille Moreau", "Analyste Threat Intelligence chez Banque Rhodanienne", "Lyon, France"),
        "Bonjour Wei Ming, je travaille aussi sur le renseignement sur les menaces dans le "
        "secteur bancaire et j'aimerais échanger sur le partage d'indicateurs entre banques.",
        LIKELY,
        ("shared_interests", "same_industry"),
        mutual=1,
    ),
    case(
        "041-specific-journalist",
        "modern",
        "en",
        ("Shalini Pillai", "Reporter at The Lion City Post", "Singapore"),
        "Hi Wei Ming, I'm writing a piece on how banks are fighting the wave of malware scams on "
        "Android phones. Would you or your comms team be open to a short interview before 20 Nov?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "042-specific-researcher-offer",
        "classic",
        "en",
        ("Amir Hassan", "Senior Threat Researcher at Sentinel Loom", "Kuala Lumpur"),
        "Hi Wei Ming, I'm the researcher behind the write-up on the QR-code phishing kit hitting "
        "Singapore bank customers. Your team's comment on it was spot on. Happy to share the IOCs "
        "we didn't publish, no strings attached.",
        LIKELY,
        ("shared_interests", "specific_reason"),
        comment="a vendor's researcher offering indicators for free, nothing for sale",
    ),
    case(
        "111-pitch-saas-asm",
        "modern",
        "en",
        ("Jordan Blake", "Regional Sales Director, APJ at Attackwise", "Singapore"),
        "Hey Wei Ming! Quick one - we just helped a top-3 Singapore bank find 400+ unknown "
        "internet-facing assets in 48 hours. Worth 20 mins on your calendar next Tue or Wed?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "112-pitch-recruitment-agency",
        "classic",
        "en",
        ("Sam Gallagher", "Director, Cyber Recruitment at Talentbridge APAC", "Singapore"),
        "Hi Wei Ming, I have three pre-vetted SOC managers and a cloud security architect "
        "available immediately. Happy to send CVs on our standard terms if you're hiring this "
        "quarter.",
        LOOK,
        comment="a staffing agency selling candidates: a sales pitch (compare 029, a role for him)",
    ),
    case(
        "113-weak-past-org-headline",
        "classic",
        "en",
        (
            "Yvonne Lim",
            "Senior Manager, Critical Infrastructure at Cyber Security Agency of Singapore",
            "Singapore",
        ),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my past organizations (weak)",
    ),
    case(
        "114-weak-mutual",
        "modern",
        "en",
        ("Gavin Yeo", "Director at Kallang Interiors", "Singapore"),
        None,
        LOOK,
        mutual=42,
        comment="no note; 42 connections in common, threshold 25 (weak)",
    ),
    case(
        "115-spoof-good-note",
        "modern",
        "en",
        ("Natasha Ivanova", "Head of Security at FinGuard Europe", "London"),
        "Wei Ming, lovely to meet you at Black Hat Asia! I've shared the slides from our session, "
        "sign in here to download them.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-share.co",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "116-weak-school-headline",
        "classic",
        "en",
        ("Terence Sim", "MSc candidate at National University of Singapore", "Singapore"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names one of my schools (weak)",
    ),
    case(
        "117-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Li Na Zhou", "Regional CFO at Orient Crest Holdings", "Shanghai"),
        "Hi Wei Ming, Priya Raman asked me to send you the audit findings. Open the secure PDF "
        "here before Friday.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the named contact is not "
        "counted, as in the samples",
    ),
    case(
        "118-pitch-after-booth-meeting",
        "modern",
        "en",
        ("Kevin Marsh", "Sales Engineer at Vaultline", "Singapore"),
        "Hi Wei Ming, great to meet you at our booth at GovWare! As promised, I'd love to set up a "
        "30-minute demo of Vaultline's privileged access platform for your team. Does next "
        "Thursday work?",
        LOOK,
        ("met_in_person",),
        mutual=3,
        comment="a real meeting, but the note is a sales pitch: red flag",
    ),
    case(
        "119-pitch-personal-branding",
        "classic",
        "en",
        ("Rachel Foo", "Founder at Thoughtleader Studio", "Singapore"),
        "Hi Wei Ming, we help security leaders build their profile with ghost-written LinkedIn "
        "posts and conference speaking placements. Packages from SGD 2,500 a month - keen for a "
        "quick call?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "120-pitch-id",
        "classic",
        "en",
        ("Bayu Saputra", "Business Development di PT Garuda Siber Solusi", "Jakarta"),
        "Selamat pagi Pak Wei Ming, perusahaan kami menyediakan layanan penetration testing dan "
        "audit keamanan dengan harga bersaing untuk bank di Asia Tenggara. Boleh saya kirimkan "
        "company profile kami?",
        LOOK,
        comment="sales pitch, in Indonesian",
    ),
    case(
        "121-pitch-ex-ciso-feedback",
        "modern",
        "en",
        ("Ethan Cole", "Founder & CEO at Driftguard | ex-CISO", "Austin, Texas"),
        "Hi Wei Ming, fellow CISO (well, ex-CISO) here. After 15 years running security teams I "
        "built the board reporting tool I always wanted. Would love 15 minutes to get your "
        "feedback on a demo.",
        LOOK,
        ("same_industry",),
        mutual=5,
        comment="a founder's demo request framed as asking for feedback: still a sales pitch",
    ),
    case(
        "221-stock-en",
        "classic",
        "en",
        ("Marcus Lee", "Sales Consultant at Premier Motors", "Singapore"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "222-stock-id",
        "classic",
        "en",
        ("Agus Setiawan", "Sales Supervisor di PT Sinar Jaya Abadi", "Bandung, Indonesia"),
        None,
        GENERIC,
        stock="id",
    ),
    case(
        "223-modern-no-note",
        "modern",
        "en",
        ("Bradley Hunt", "Growth Marketer | Podcast Host | Dog Dad", "Denver, Colorado"),
        None,
        GENERIC,
        mutual=3,
    ),
    case(
        "224-custom-vague-impressed",
        "classic",
        "en",
        ("Sneha Kulkarni", "HR Executive at Sunrise Textiles", "Pune, India"),
        "Dear Sir, I am very much impressed by your profile. Kindly accept my request.",
        GENERIC,
    ),
    case(
        "225-custom-vague-2",
        "modern",
        "en",
        ("Liam Murphy", "Founder at Murphy Ventures", "Perth, Australia"),
        "Hey Wei Ming, always keen to connect with inspiring leaders across Asia. Cheers!",
        GENERIC,
        mutual=1,
    ),
    case(
        "226-old-stock-signed",
        "classic",
        "en",
        ("Wendy Chua", "Interior Designer at Nest Studio", "Singapore"),
        "I'd like to join your LinkedIn network.\nRegards, Wendy",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "227-custom-vague-long",
        "modern",
        "en",
        ("Harold Jenkins", "Author | Keynote Speaker | Leadership Coach", "Phoenix, Arizona"),
        "Hello Wei Ming, I hope this message finds you well. I am always looking to connect with "
        "accomplished professionals from different walks of life, to learn from their journeys "
        "and share ideas. I believe we could both benefit from being connected. Looking forward "
        "to it!",
        GENERIC,
    ),
    case(
        "228-custom-vague-id",
        "classic",
        "en",
        ("Rina Kusuma", "Marketing di PT Rasa Nusantara", "Surabaya, Indonesia"),
        "Halo Pak, salam kenal. Semoga kita bisa saling terhubung dan berbagi.",
        GENERIC,
    ),
    case(
        "229-custom-vague-praise",
        "modern",
        "en",
        ("Tiffany Ng", "Event Planner at Blush Weddings", "Singapore"),
        "Hi Wei Ming! Love your work, would be great to connect :)",
        GENERIC,
        mutual=2,
    ),
    case(
        "230-stock-fr2",
        "classic",
        "en",
        ("Nicolas Petit", "Chef de projet chez Agence Pixel Bleu", "Paris"),
        None,
        GENERIC,
        stock="fr2",
    ),
]

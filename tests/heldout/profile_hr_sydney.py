"""Held-out profile: Mei Lin Tan, senior HR business partner at a retail group in Sydney.

English interface, Australian English. Written without reading the classifier's phrase lists
or the other profiles' cases: the labels are what the recipient would say on reading the note,
following DESIGN.md's categories. Written to tests/heldout/hr_sydney/ by make_heldout.py.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

HRBP = Recipient(
    name="Mei Lin Tan",
    address="meilin.tan@example.com.au",
    headline="Senior HR Business Partner - Southern Cross Retail Group",
    profile_slug="meilin-tan-hrbp",
)

HRBP_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Mei Lin Tan"
organizations = ["Southern Cross Retail Group", "David Jones", "Deloitte Australia"]
schools = ["University of New South Wales", "Macquarie University"]
industries = ["human resources", "retail", "workplace relations"]
interests = [
    "workforce planning", "enterprise agreements", "employee wellbeing", "graduate programs",
    "change management", "psychosocial safety", "frontline leadership",
]
groups = ["AHRI", "Women in Retail Australia", "Sydney HR Leaders Network"]
events = [
    "AHRI National Convention 2026",
    "Australian Retail Leaders Forum 2026",
    "Sydney HR Summit 2026",
]
contacts = ["Rebecca Walsh", "Arjun Mehta", "Siobhan O'Connor"]

# Other names people use for the same thing.
[aliases]
"Southern Cross Retail Group" = ["Southern Cross Retail", "SCRG"]
"David Jones" = ["DJs", "DJ's"]
"Deloitte Australia" = ["Deloitte"]
"University of New South Wales" = ["UNSW", "UNSW Sydney", "AGSM"]
"Macquarie University" = ["Macquarie Uni", "Macquarie Business School"]
"human resources" = ["HR", "people and culture", "People & Culture"]
"retail" = ["retailer", "retailers", "retail industry"]
"workplace relations" = ["industrial relations", "employee relations"]
"enterprise agreements" = ["enterprise agreement", "EBA", "enterprise bargaining"]
"employee wellbeing" = ["wellbeing", "mental health at work"]
"graduate programs" = ["graduate program", "grad program"]
"psychosocial safety" = ["psychosocial hazards", "psychosocial risk"]
"AHRI" = ["Australian HR Institute", "Australian Human Resources Institute"]
"Women in Retail Australia" = ["Women in Retail"]
"AHRI National Convention 2026" = ["AHRI Convention", "AHRI National Convention"]
"Australian Retail Leaders Forum 2026" = ["Retail Leaders Forum"]
"Sydney HR Summit 2026" = ["Sydney HR Summit"]

[thresholds]
mutual_connections = 12
"""

SYDNEY = "Sydney, New South Wales, Australia"

HRBP_CASES: list[Case] = [
    # ---- likely accept: one per kind of the samples, fresh wording --------------------------
    case(
        "001-met-retail-forum",
        "classic",
        "en",
        ("Hamish Doyle", "Regional Operations Manager at Kmart Australia", "Melbourne, Victoria"),
        "Mei Lin, lovely to finally put a face to the name at the Retail Leaders Forum on "
        "Thursday. I was the one who knocked the coffee over near registration! Let's keep in "
        "touch.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        ("Chloe Nguyen", "Payroll Specialist", SYDNEY),
        "Hi Mei Lin, I've just started in the payroll team at SCRG head office in Bella Vista. "
        "I'm told you're the go-to HRBP for the supply chain side, so thought I'd say hello.",
        LIKELY,
        ("same_organization",),
        mutual=4,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Tom Gallagher", "Director, Workforce Transformation at PwC Australia", SYDNEY),
        "We crossed paths at Deloitte about eight years ago. I was a grad in the Human Capital "
        "practice when you were running the org design projects. Would love to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        ("Leanne Fraser", "Head of People at Drakes Supermarkets", "Brisbane, Queensland"),
        "Hello Mei Lin, I look after the people function for a mid-sized supermarket chain up in "
        "Queensland and I'm trying to build a circle of peers doing HR in retail.",
        LIKELY,
        ("same_industry",),
        mutual=6,
    ),
    case(
        "005-shared-interest",
        "modern",
        "en",
        ("Priya Raman", "Workforce Planning Lead at Toll Group", "Melbourne, Victoria"),
        "Your article on rostering casuals around the school holidays, and the workforce planning "
        "headaches that come with it, was spot on. We're wrestling with exactly the same thing "
        "at our distribution centres.",
        LIKELY,
        ("shared_interests",),
        mutual=2,
    ),
    case(
        "006-same-group",
        "classic",
        "en",
        ("Danielle Costa", "People Manager at Boral", SYDNEY),
        "Hi Mei Lin, we're both in the Sydney HR Leaders Network. Your answer on the thread about "
        "flexible work requests for store staff was really practical.",
        LIKELY,
        ("same_groups",),
    ),
    case(
        "007-mutual-referral",
        "modern",
        "en",
        ("James Whitaker", "Chief People Officer at Harvey Lane Homewares", SYDNEY),
        "Siobhan O'Connor said you'd be the right person to ask about how your team structured "
        "the HRBP model after the restructure. She speaks very highly of you.",
        LIKELY,
        ("mutual_connection", "specific_reason"),
        mutual=9,
    ),
    case(
        "008-alumni",
        "classic",
        "en",
        ("Ben Hartley", "Senior Manager, Strategy at NAB", SYDNEY),
        "UNSW Commerce class of 2011 here too. I think we shared an Org Behaviour tute! Hope life "
        "at Southern Cross is treating you well.",
        LIKELY,
        ("fellow_alumni",),
        comment="names my employer only as a fact about me; the answer is the shared school",
    ),
    case(
        "009-specific-employer-panel",
        "modern",
        "en",
        (
            "Aaliyah Hassan",
            "Employer Engagement Coordinator at Western Sydney University",
            "Parramatta, New South Wales, Australia",
        ),
        "Hi Mei Lin, I coordinate the careers program for Western Sydney University's business "
        "school. Would your team be interested in sending someone to our employer panel on "
        "retail careers in March? Happy to send details.",
        LIKELY,
        ("specific_reason",),
        mutual=1,
    ),
    case(
        "010-specific-question",
        "classic",
        "en",
        ("Greg Lawson", "Careers Adviser at Parramatta High School", SYDNEY),
        "Quick one, Mei Lin: are you the right contact for work experience placements at your "
        "store support office? I have two Year 11 students who'd be thrilled to spend a week "
        "with an HR team.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        ("Valentina Ruiz", "Directora de Personas at Falabella", "Santiago, Chile"),
        "Hola Mei Lin, coincidimos en la cena de networking de la AHRI Convention en Brisbane. "
        "Fue un placer charlar contigo sobre bienestar laboral. ¡Un saludo desde Santiago!",
        LIKELY,
        ("met_in_person",),
        mutual=0,
    ),
    case(
        "012-alumni-de",
        "classic",
        "en",
        ("Felix Braun", "HR Director APAC at Aldi Süd", SYDNEY),
        "Hallo Mei Lin, ich habe 2014 meinen Master an der Macquarie University gemacht und habe "
        "gesehen, dass du auch dort studiert hast. Schöne Grüße aus Sydney!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-panel",
        "modern",
        "en",
        ("Nadia Petrov", "Learning Partner at Transurban", "Melbourne, Victoria"),
        "Really enjoyed your panel at the Sydney HR Summit, and the chat we had over drinks "
        "afterwards gave me plenty to think about.",
        LIKELY,
        ("met_in_person",),
        mutual=5,
    ),
    case(
        "014-specific-it",
        "classic",
        "en",
        ("Alessandro Conti", "Studente magistrale at Università Bocconi", "Milano, Italia"),
        "Ciao Mei Lin, sto scrivendo la tesi sui modelli di HR business partnering nella grande "
        "distribuzione e mi piacerebbe farti qualche domanda in un'intervista di 20 minuti.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "016-no-auth-header-met",
        "classic",
        "en",
        ("Sophie Tran", "Store Manager at Sephora Australia", SYDNEY),
        "Mei Lin, great chatting at the Women in Retail breakfast last week about graduate "
        "programs. Let's grab a coffee in the new year.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "018-base64-alumni",
        "modern",
        "en",
        ("Rohan Kapoor", "HR Manager at Qube Logistics", SYDNEY),
        "Mei Lin, Macquarie Business School alum here (MHRM 2017). These days I run HR for a "
        "logistics business down at Port Botany.",
        LIKELY,
        ("fellow_alumni", "same_industry"),
        mutual=7,
        base64=True,
    ),
    case(
        "019-same-group-psychosocial",
        "classic",
        "en",
        ("Megan Tully", "Senior ER Advisor at Bunnings", SYDNEY),
        "Fellow AHRI member here. I'd love to swap notes on how you're handling the new "
        "psychosocial regulations in stores.",
        LIKELY,
        ("same_groups", "shared_interests"),
    ),
    case(
        "020-shared-interest-eba",
        "modern",
        "en",
        ("Craig Morrison", "Employee Relations Manager at Merivale", SYDNEY),
        "I run enterprise bargaining for a hospitality group and would love to compare notes on "
        "EBA negotiations with the SDA at some point.",
        LIKELY,
        ("shared_interests",),
        mutual=3,
    ),
    # ---- likely accept: everyday wordings an HR partner receives -----------------------------
    case(
        "021-gday-met-convo",
        "modern",
        "en",
        ("Mick Brennan", "HR Manager at Rio Tinto", "Perth, Western Australia, Australia"),
        "G'day Mei Lin, hope the silly season isn't too hectic in retail land. Reckon we met "
        "briefly at the AHRI convo in Brisbane. I was on the table next to yours at the awards "
        "dinner. Cheers, Mick",
        LIKELY,
        ("met_in_person",),
        mutual=2,
        comment="reason in the second sentence, informal event name ('AHRI convo')",
    ),
    case(
        "022-both-on-panel",
        "classic",
        "en",
        ("Tash Williams", "Organiser at SDA NSW", SYDNEY),
        "Hi Mei Lin, we were both on the panel at the Women in Retail breakfast in August (I was "
        "the one from the union side!). Would be good to stay in touch.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "023-took-over-role",
        "modern",
        "en",
        ("Georgia Pham", "HR Business Partner at David Jones", SYDNEY),
        "Hi Mei Lin, I took over your old role at David Jones, looking after the Elizabeth Street "
        "flagship. Your handover notes are still saving me every week! Would love to connect.",
        LIKELY,
        ("same_organization",),
        mutual=11,
    ),
    case(
        "024-manager-contact",
        "classic",
        "en",
        ("Isabella Moretti", "HR Advisor at Westpac", SYDNEY),
        "Hi Mei Lin, my manager Arjun Mehta mentioned you when I told him I was moving into an "
        "HRBP role. He reckons you're the best person in Sydney to learn from. Would you be open "
        "to a coffee?",
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "025-manager-not-in-contacts",
        "modern",
        "en",
        ("Daniel Ferreira", "People Operations Manager at JB Hi-Fi", "Melbourne, Victoria"),
        "Hello Mei Lin, my manager, Karen Liu, suggested I get in touch. We're about to roll out "
        "business partners across our store network and she said you've done it twice.",
        LIKELY,
        ("mutual_connection", "specific_reason"),
        mutual=3,
        comment="Karen Liu is not in my contacts list, but a named person who sent them is a "
        "connection in common as any reader would take it",
    ),
    case(
        "026-saw-talk",
        "modern",
        "en",
        ("Oscar Lindqvist", "Health, Safety & Wellbeing Manager at DHL Supply Chain", SYDNEY),
        "Saw your talk at the Sydney HR Summit. The bit on managing psychosocial hazards during "
        "peak trading stuck with me, and we're building something similar for our warehouse "
        "teams.",
        LIKELY,
        ("shared_interests",),
        mutual=8,
        comment="attended my talk (same event) rather than met me; the answer is the shared "
        "interest; met_in_person is arguable",
    ),
    case(
        "027-emailed-grad-program",
        "classic",
        "en",
        ("Hannah O'Brien", "Careers & Employability Manager at UTS", SYDNEY),
        "Hi Mei Lin, we've emailed a few times about the graduate program intake, so it's nice "
        "to put a face to the name! I look after employer relationships for the business "
        "faculty at UTS.",
        LIKELY,
        ("specific_reason",),
        comment="an existing working relationship by email: no question fits exactly, "
        "specific_reason is the closest; graduate programs is also one of my interests",
    ),
    case(
        "028-certification-cohort",
        "modern",
        "en",
        ("Rachel Simmons", "HR Manager at Sydney Opera House", SYDNEY),
        "Hi Mei Lin, we both did the AHRI Certified Professional cohort last year. I was in your "
        "syndicate for the capstone project. Congrats on getting through it!",
        LIKELY,
        ("fellow_alumni", "same_groups"),
        mutual=6,
        comment="a shared course cohort is studying together (alumni); the course is AHRI's, "
        "whose members we both are",
    ),
    case(
        "029-advice-third-sentence",
        "classic",
        "en",
        ("Liam Carter", "HR Business Partner at Aldi Australia", SYDNEY),
        "Hey Mei Lin, hope you're well. Bit of a random one. I'm heading up the HR side of our new "
        "store rollout in Western Sydney and I'd love 15 minutes of your brain on rostering "
        "models for casuals. Happy to shout the coffee. Cheers, Liam",
        LIKELY,
        ("specific_reason", "same_industry"),
        comment="reason in the third sentence; asks advice, sells nothing",
    ),
    case(
        "030-headhunter-role",
        "modern",
        "en",
        ("Sarah Kingsley", "Partner, HR Practice at Kingsley Search", SYDNEY),
        "Hi Mei Lin, I'm partnering with an ASX-listed retailer on a confidential Head of People "
        "search and your background looks a strong fit. Open to a discreet chat?",
        LIKELY,
        ("specific_reason",),
        mutual=10,
        comment="debatable: an executive recruiter offering me a role has a specific reason and "
        "sells me nothing (not a sales pitch in DESIGN's sense), though some would call it "
        "a pitch",
    ),
    case(
        "031-alumni-hiya",
        "classic",
        "en",
        ("Ella Robinson", "Graduate, People & Culture at Coles Group", SYDNEY),
        "Hiya Mei Lin, saw we're both Macquarie Uni alumni. I finished my Master of HR there last "
        "year and I'm now a grad at Coles. Would love to connect!",
        LIKELY,
        ("fellow_alumni",),
    ),
    # ---- needs a look: one per kind of the samples ------------------------------------------
    case(
        "101-pitch-hrtech",
        "modern",
        "en",
        ("Jake Sullivan", "Account Executive at Peopleflow", SYDNEY),
        "Hi Mei Lin, HR teams at three of Australia's top ten retailers now use our AI platform "
        "to cut onboarding admin by 60%. Worth a 20-minute demo next week?",
        LOOK,
        mutual=2,
        comment="sales pitch",
    ),
    case(
        "102-pitch-recruitment-agency",
        "classic",
        "en",
        ("Kirsty Lane", "Director at Apex Retail Recruitment", SYDNEY),
        "Mei Lin, we place experienced store and area managers within 14 days, with a "
        "replacement guarantee. Can I send through our rate card?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Joshua Reid", "Visual Merchandiser at Southern Cross Retail Group", SYDNEY),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names my organization (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Aisha Rahman", "Operations Analyst at Lendlease", SYDNEY),
        None,
        LOOK,
        mutual=19,
        comment="no note; 19 connections in common (weak)",
    ),
    case(
        "105-spoof-good-note",
        "modern",
        "en",
        ("Lauren Mitchell", "Senior HR Consultant at Randstad", SYDNEY),
        "Hi Mei Lin, we met at the AHRI Convention in Brisbane. I've shared the slides with you, "
        "just sign in to view them securely.",
        LOOK,
        mutual=4,
        auth="lookalike",
        comment="spoofed sender: must be flagged, links not clickable",
    ),
    case(
        "106-weak-industry-headline",
        "classic",
        "en",
        ("Nathan Brooks", "People & Culture Business Partner at Optus", SYDNEY),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail",
        "classic",
        "en",
        ("Victor Lam", "Talent Manager", SYDNEY),
        "Mei Lin, fellow UNSW grad here! Please open the salary survey I shared and confirm your "
        "details.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    # ---- needs a look: everyday pitches and weak signals ------------------------------------
    case(
        "108-pitch-engagement-platform",
        "modern",
        "en",
        ("Marcus Bell", "Enterprise Sales at Pulsecheck", SYDNEY),
        "Hi Mei Lin, congrats on all the great work at Southern Cross Retail Group! I'm reaching "
        "out because our engagement survey platform is helping retailers like Myer lift eNPS by "
        "18 points. Keen to show you a quick demo?",
        LOOK,
        mutual=1,
        comment="sales pitch opening with my own employer played back",
    ),
    case(
        "109-pitch-ld-provider",
        "classic",
        "en",
        ("Fiona Walsh", "Business Development Manager at Leading Edge Training", SYDNEY),
        "Mei Lin, we design and deliver nationally accredited frontline leadership programs for "
        "retail store managers (Cert IV in Leadership and Management). Would you be open to a "
        "chat about your 2027 L&D plans?",
        LOOK,
        comment="L&D provider selling training; 'frontline leadership' is their product, not a "
        "shared interest",
    ),
    case(
        "110-pitch-salary-benchmark",
        "modern",
        "en",
        ("Andrew Yeo", "Client Director at RemSight Data", SYDNEY),
        "Hi Mei Lin, our 2026 Retail Remuneration Report covers 40,000+ roles across Australian "
        "retailers. Happy to send you a complimentary excerpt and walk you through how you "
        "benchmark against your peers.",
        LOOK,
        mutual=3,
        comment="salary-benchmarking data vendor: a sale",
    ),
    case(
        "111-pitch-partnership",
        "classic",
        "en",
        ("Olivia Grant", "Head of Partnerships at ShiftWise", SYDNEY),
        "Hi Mei Lin, I'd love to explore a strategic partnership with your team. We work with HR "
        "leaders to reduce casual staff turnover through our rostering and engagement app. "
        "Would you have 15 minutes this week?",
        LOOK,
        comment="a 'partnership' that is a sale",
    ),
    case(
        "112-pitch-after-meeting",
        "modern",
        "en",
        ("Ryan Fitzgerald", "Solutions Consultant at PayAssure", SYDNEY),
        "Great meeting you at the AHRI Convention! As promised, I'd love to book in a demo of our "
        "payroll compliance software. Our clients recovered an average of $1.2M in underpayment "
        "exposure last year.",
        LOOK,
        ("met_in_person",),
        mutual=5,
        comment="met in person, but a sales pitch is a red flag whatever else it answers",
    ),
    case(
        "113-pitch-gday-wellbeing-app",
        "classic",
        "en",
        ("Shane Dwyer", "Founder at MindMate", "Gold Coast, Queensland, Australia"),
        "G'day Mei Lin, reckon your store teams would love our wellbeing app. We're running a "
        "30-day free trial for retailers this month. Cheers!",
        LOOK,
        comment="sales pitch in informal Australian English",
    ),
    case(
        "114-vague-note-hr-headline",
        "modern",
        "en",
        ("Jessica Lowe", "HR Coordinator at Sydney Water", SYDNEY),
        "Hi Mei Lin, would be great to connect.",
        LOOK,
        mutual=2,
        comment="vague note, but the headline names my industry (weak)",
    ),
    case(
        "115-weak-school-headline",
        "classic",
        "en",
        ("Kai Anderson", "Marketing Student at UNSW", SYDNEY),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my schools (weak)",
    ),
    case(
        "116-weak-mutual-vague-note",
        "modern",
        "en",
        ("Stephanie Ho", "Account Manager at Telstra", SYDNEY),
        "Hi Mei Lin, I'd love to add you to my network.",
        LOOK,
        mutual=14,
        comment="vague custom note; 14 connections in common (weak)",
    ),
    case(
        "117-weak-group-headline",
        "modern",
        "en",
        ("Paul Nicholls", "Office Manager at Meriton | AHRI member", SYDNEY),
        None,
        LOOK,
        mutual=1,
        comment="no note; headline names one of my groups (weak)",
    ),
    # ---- generic: one per kind of the samples -----------------------------------------------
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Brendan Walsh", "Civil Engineer at John Holland", SYDNEY),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Camila Herrera", "Ingeniera de Software at Globant", "Buenos Aires, Argentina"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "modern",
        "en",
        ("Lorenzo Gallo", "Architetto at Studio Gallo", "Torino, Italia"),
        None,
        GENERIC,
        stock="it",
        mutual=1,
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Troy Henderson", "Financial Adviser at AMP", SYDNEY),
        None,
        GENERIC,
        mutual=3,
    ),
    case(
        "205-custom-vague",
        "classic",
        "en",
        ("Melissa Grant", "Property Manager at Ray White", SYDNEY),
        "Hi Mei Lin, your profile popped up in my suggestions so I thought I'd reach out. Would "
        "be great to be connected.",
        GENERIC,
    ),
    case(
        "206-custom-vague-2",
        "modern",
        "en",
        ("Adam Kowalski", "Real Estate Agent at LJ Hooker", SYDNEY),
        "Always happy to grow my network with inspiring people. Hope to connect!",
        GENERIC,
        mutual=2,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Sam Whitford", "Surveyor at Veris", SYDNEY),
        "I'd like to join your LinkedIn network.\n- Sam Whitford",
        GENERIC,
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Jana Hoffmann", "Maschinenbauingenieurin at Bosch", "Stuttgart, Deutschland"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "modern",
        "en",
        ("Julien Moreau", "Consultant en stratégie at Capgemini", "Paris, France"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "210-custom-vague-3",
        "classic",
        "en",
        ("Dylan Murphy", "Electrician at Bright Sparks Electrical", SYDNEY),
        "G'day Mei Lin, hope the week's treating you well. Let's connect!",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "modern",
        "en",
        ("Rafael Souza", "Analista Financeiro at Itaú", "São Paulo, Brasil"),
        None,
        GENERIC,
        stock="pt",
        mutual=1,
    ),
    case(
        "212-stock-id",
        "classic",
        "en",
        ("Dewi Lestari", "Software Engineer at Gojek", "Jakarta, Indonesia"),
        None,
        GENERIC,
        stock="id",
    ),
    # ---- generic: engaged-sounding notes that answer nothing ---------------------------------
    case(
        "213-praise",
        "modern",
        "en",
        ("Chris Papadopoulos", "Mortgage Broker at Aussie Home Loans", SYDNEY),
        "Mei Lin, your career journey is genuinely inspiring, the kind of HR leader everyone "
        "should learn from. Would be honoured to connect!",
        GENERIC,
        mutual=2,
        comment="praise of me; 'HR leader' describes me, not the writer",
    ),
    case(
        "214-my-facts-played-back",
        "classic",
        "en",
        ("Kane Mitchell", "Business Development Manager at Harcourts", SYDNEY),
        "Hi Mei Lin, I see you're a Senior HR Business Partner at Southern Cross Retail Group and "
        "studied at UNSW. Impressive background! Let's connect.",
        GENERIC,
        comment="names my employer and school only as facts about me; the writer claims no link "
        "to either",
    ),
    case(
        "215-keen-hr-leaders-sydney",
        "modern",
        "en",
        ("Ahmed Saleh", "Mechanical Engineer at Downer", SYDNEY),
        "Hi Mei Lin, keen to connect with HR leaders in Sydney and grow my network. Cheers!",
        GENERIC,
        mutual=4,
        comment="'HR leaders' is who I am, not what the writer does",
    ),
    case(
        "216-love-your-content",
        "classic",
        "en",
        ("Jade Thompson", "Personal Trainer at F45 Training", SYDNEY),
        "Love your content, Mei Lin! Always great to see thoughtful posts in my feed. Let's "
        "connect.",
        GENERIC,
    ),
    case(
        "217-admire-people-and-culture",
        "modern",
        "en",
        ("Lily Zhang", "Graphic Designer at Canva", SYDNEY),
        "Hi Mei Lin, I've been following your posts for a while and really admire the way you "
        "think about people and culture. Would love to connect and learn from you.",
        GENERIC,
        mutual=3,
        comment="praise of my posts; the writer names no topic of their own (unlike a shared "
        "interest)",
    ),
    case(
        "218-like-minded",
        "classic",
        "en",
        ("Matt O'Sullivan", "Sales Executive at Canon Australia", SYDNEY),
        "Hi Mei Lin, I'm always looking to connect with like-minded professionals across "
        "Australia. Looking forward to being part of your network!",
        GENERIC,
    ),
    case(
        "219-work-anniversary",
        "modern",
        "en",
        ("Priscilla Wong", "Accountant at BDO", SYDNEY),
        "Hi Mei Lin, congratulations on your work anniversary! Thought I'd reach out and connect.",
        GENERIC,
        mutual=5,
        comment="plays back a fact about me",
    ),
    case(
        "220-gday-came-across",
        "classic",
        "en",
        ("Rebecca Hughes", "Paramedic at NSW Ambulance", SYDNEY),
        "G'day Mei Lin, came across your profile while having a look around. Reckon it'd be good "
        "to be connected. Cheers, Bec",
        GENERIC,
    ),
]

"""Held-out invitations for Grace Osei, emergency department nurse manager in Toronto.

English interface. One invitation for every likely-accept, needs-a-look and generic sample of
tests/fixtures/linkedin (the same kind of case, written from scratch for this recipient), then a
second pass over the same kinds with other writers and other wording (casual and formal notes,
typos, aliases such as "St. Mike's" or "U of T", meetings with no named event, a pitch that opens
on a shared interest, weak signals from a school or group in the headline). The builder has no
reminder, HTML-only, bad-charset or unterminated-multipart layout: those kinds are written as
ordinary invitations of the same category. Labels follow DESIGN.md's "Categories", as the
recipient would judge the note, written without looking at the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

NURSE_MGR = Recipient(
    name="Grace Osei",
    address="grace.osei@example.ca",
    headline="Nurse Manager, Emergency Department at St. Michael's Hospital",
    profile_slug="grace-osei-rn",
)

NURSE_MGR_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Grace Osei"
organizations = [
    "St. Michael's Hospital", "Sunnybrook Health Sciences Centre", "William Osler Health System",
]
schools = ["University of Toronto", "McMaster University"]
industries = ["healthcare", "nursing", "emergency medicine", "hospital administration"]
interests = [
    "emergency nursing", "patient flow", "nurse retention", "triage", "nursing leadership",
]
groups = [
    "National Emergency Nurses Association", "Registered Nurses' Association of Ontario",
    "Academy of Canadian Executive Nurses",
]
events = [
    "NENA 2026 Conference", "RNAO Nursing Leadership Summit 2026", "HealthAchieve 2026",
]
contacts = ["Michelle Tran", "Kwame Asante", "Paul Lévesque"]

# Other names people use for the same thing.
[aliases]
"St. Michael's Hospital" = ["St. Mike's", "St Michael's", "St. Michael's", "Unity Health Toronto"]
"Sunnybrook Health Sciences Centre" = ["Sunnybrook"]
"William Osler Health System" = ["Osler", "Brampton Civic Hospital", "Brampton Civic"]
"University of Toronto" = [
    "U of T", "UofT", "Bloomberg Faculty of Nursing", "Lawrence S. Bloomberg Faculty of Nursing",
]
"McMaster University" = ["McMaster", "Mac"]
"National Emergency Nurses Association" = ["NENA"]
"Registered Nurses' Association of Ontario" = ["RNAO"]
"Academy of Canadian Executive Nurses" = ["ACEN"]
"NENA 2026 Conference" = ["NENA conference", "NENA 2026"]
"RNAO Nursing Leadership Summit 2026" = ["RNAO leadership summit", "Nursing Leadership Summit"]
"HealthAchieve 2026" = ["HealthAchieve", "OHA conference"]
"emergency nursing" = ["ER nursing", "emergency department nursing"]
"emergency medicine" = ["emergency department", "ER", "ED"]
"patient flow" = ["ED flow"]
"nurse retention" = ["retention of nurses", "nurse turnover"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 15
"""

_REFERRAL = (
    "Michelle Tran suggested I get in touch with you about bringing our paramedic students "
    "through your ED for observation shifts."
)
_REFERRAL_2 = (
    "Hi Grace, Kwame Asante mentioned you've been piloting a nurse-led triage protocol. Would "
    "you have 20 minutes to tell me how it's going? We're thinking of trying something similar."
)

NURSE_MGR_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-healthachieve",
        "classic",
        "en",
        ("Connor Walsh", "Patient Flow Coordinator at Markham Stouffville Hospital", "Markham"),
        "Hi Grace, great meeting you at HealthAchieve last week. I was the one asking how your "
        "ED brought down its left-without-being-seen rate. Let's stay in touch!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        ("Aisha Siddiqui", "Clinical Nurse Educator at St. Michael's Hospital", "Toronto, Ontario"),
        "Hi Grace, I just joined St. Michael's Hospital as a clinical nurse educator in the "
        "medicine program and would love to connect with other leaders across the hospital.",
        LIKELY,
        ("same_organization",),
        mutual=11,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Jerome Baptiste", "RN, Critical Care at Trillium Health Partners", "Mississauga"),
        "Grace, we overlapped at Sunnybrook back in 2016 (I was on the trauma unit, you were "
        "charge in the ED). Would be great to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        (
            "Linda Kowalczyk",
            "Director of Patient Care, Emergency & Critical Care at Lakeridge Health",
            "Oshawa, Ontario",
        ),
        "Hello Grace, I manage the emergency department at a community hospital in Durham and "
        "I'm always looking to learn from other ED leaders.",
        LIKELY,
        ("same_industry",),
        mutual=6,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Hannah Mercer", "PhD Student, Nursing at Western University", "London, Ontario"),
        "Hi Grace, I read your article on nurse retention in emergency departments after the "
        "pandemic. It's exactly what my thesis is about.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        (
            "Melissa Furlong",
            "Emergency Nurse Educator at Horizon Health Network",
            "Moncton, New Brunswick",
        ),
        "Hi Grace, we're both members of the National Emergency Nurses Association. I enjoyed "
        "your comment in the thread about reassessing patients in the waiting room.",
        LIKELY,
        ("same_groups",),
        mutual=4,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        (
            "Robert Haines",
            "Program Coordinator, Paramedic Program at Centennial College",
            "Toronto",
        ),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Tiffany Osborne", "Public Health Nurse at Toronto Public Health", "Toronto, Ontario"),
        "Hi Grace! Fellow U of T nursing grad here (BScN 2012). Always happy to see Bloomberg "
        "alumni in leadership!",
        LIKELY,
        ("fellow_alumni",),
        mutual=3,
    ),
    case(
        "009-specific-career-fair",
        "classic",
        "en",
        ("Farah Haddad", "Student Success Advisor at George Brown College", "Toronto, Ontario"),
        "Hi Grace, I coordinate the nursing career fair at George Brown College and we'd love to "
        "have someone from your ED speak to our students this spring. Could we set up a call?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Gordon MacLeod", "Retired Firefighter", "Etobicoke, Ontario"),
        "Grace, quick question: does your ED take volunteers for the patient comfort program? "
        "I'm retired and would love to help out a couple of days a week.",
        LIKELY,
        ("specific_reason",),
        comment="offers his time as a volunteer: a concrete request, not a sales pitch",
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        ("Valentina Rojas", "Enfermera de urgencias en Hospital Sótero del Río", "Santiago, Chile"),
        "Hola Grace, nos conocimos durante mi pasantía en tu servicio de urgencias en Toronto el "
        "año pasado. ¡Me encantaría seguir en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=2,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Lena Hoffmann", "Pflegewissenschaftlerin an der Charité Berlin", "Berlin, Deutschland"),
        "Hallo Grace, wir haben beide den Master in Pflege an der McMaster University gemacht. "
        "Ich würde mich freuen, mit einer ehemaligen Kommilitonin in Kontakt zu bleiben.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-panel",
        "modern",
        "en",
        ("Jasmine Clarke", "Registered Nurse at Scarborough Health Network", "Scarborough"),
        "Thanks for the great conversation after your panel on ED boarding at the RNAO "
        "leadership summit!",
        LIKELY,
        ("met_in_person",),
        mutual=9,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        ("Chiara Lombardi", "Coordinatrice infermieristica presso Ospedale Niguarda", "Milano"),
        "Ciao Grace, sto organizzando un webinar sul triage infermieristico in pronto soccorso e "
        "vorrei invitarti come relatrice.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        (
            "Robert Haines",
            "Program Coordinator, Paramedic Program at Centennial College",
            "Toronto",
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
        ("Marcus Reid", "Superintendent at Toronto Paramedic Services", "Toronto, Ontario"),
        "Hi Grace, good to meet you at the NENA 2026 Conference in Halifax. Let's keep the "
        "conversation going about offload delays.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-name-and-note",
        "classic",
        "en",
        ("Derek <b>Lam</b>", "Manager, Decision Support at Michael Garron Hospital", "Toronto"),
        "<script>alert('x')</script> Hi Grace, we met at HealthAchieve & talked about "
        "<i>ambulance offload</i>.",
        LIKELY,
        ("met_in_person",),
        comment="name and note contain markup that must be shown as text, never executed (the "
        "builder cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Renee Dubois", "Professor, Practical Nursing at Mohawk College", "Hamilton, Ontario"),
        "Grace, I'm a McMaster MN grad too (2019) and now teach in the practical nursing program "
        "at Mohawk.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "en",
        ("Samuel Adeyemi", "Nurse Manager, Medicine at North York General Hospital", "Toronto"),
        "Hi Grace, fellow RNAO member here — I'd love to compare notes on keeping new grads "
        "from leaving in their first year.",
        LIKELY,
        ("same_groups", "shared_interests"),
        comment="the bad-charset sample's kind, written as an ordinary email; keeping new grads "
        "is nurse retention",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "en",
        ("Tomás Herrera", "Patient Flow Manager at Hamilton Health Sciences", "Hamilton, Ontario"),
        "Hi Grace, I work on patient flow too and would love to exchange ideas on reducing "
        "boarding times in emergency.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Tyler Brandt", "Account Executive at ShiftWise", "Chicago, Illinois"),
        "Hi Grace, I help hospitals cut nursing overtime costs by 25% with our AI scheduling "
        "platform. Open to a 15-minute demo this week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "en",
        ("Nicole Barros", "Business Development Manager at Northstar Nursing Agency", "Vaughan"),
        "Grace, our agency places experienced ER nurses on short notice at competitive rates. "
        "Can I send you our rate sheet?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Brian Castillo", "Unit Clerk at St. Michael's Hospital", "Toronto, Ontario"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names my current organization (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Janelle Morrison", "Senior Account Manager at Rogers Communications", "Toronto"),
        None,
        LOOK,
        mutual=23,
        comment="no note; 23 connections in common, threshold 15 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Rebecca Hall", "Nurse Recruiter at Globex Health", "Toronto"),
        "Hi Grace, we met at the NENA conference. Please confirm your account to view my message.",
        LOOK,
        auth="lookalike",
        lookalike="linkedln-mail.com",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "106-weak-industry-headline",
        "classic",
        "en",
        ("Paulo Mendes", "Registered Nurse | Emergency | Trauma | TNCC", ""),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Viktor Lang", "Director at Alpine Holdings", "Zurich, Switzerland"),
        "Hi Grace, fellow U of T alum! Please review the document I shared.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Kyle Brennan", "Sales Representative at Summit Auto Group", "Brampton, Ontario"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Alejandro Vega", "Gerente de Ventas en Grupo Lumen", "Monterrey, México"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Matteo Greco", "Consulente assicurativo presso Allianz", "Torino, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Chase Whitman", "Founder | Mindset Coach | Crypto", "Miami, Florida"),
        None,
        GENERIC,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Stephanie Lowe", "Realtor at Royal LePage", "Mississauga, Ontario"),
        "Hi Grace, I came across your profile today and would be glad to connect.",
        GENERIC,
        mutual=1,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Brandon Hale", "Entrepreneur | Investor | Speaker", "Toronto"),
        "Hello! Building my network with amazing professionals like you. Let's connect!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Sharon Pike", "Mortgage Specialist at TD Bank", "Markham, Ontario"),
        "I'd like to add you to my professional network on LinkedIn.\n- Sharon Pike",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Jan Becker", "Vertriebsleiter bei Krüger Logistik GmbH", "Hamburg"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Mathieu Gagnon", "Conseiller en sécurité financière chez Desjardins", "Laval, Québec"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Ashley Ng", "Customer Success Manager at Shopify", "Ottawa, Ontario"),
        "Hi Grace, hope you're having a good week. Let's connect.",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Ricardo Santos", "Vendedor na Imobiliária Horizonte", "Porto, Portugal"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-breakfast-casual",
        "classic",
        "en",
        ("Kelly-Ann Morrison", "Charge Nurse, Emergency at Mackenzie Health", "Richmond Hill"),
        "Grace!! So nice chatting w/ you at the Toronto ED leaders breakfast on Tues. I'm the one "
        "who wouldnt stop talking about our fast track area lol. Keep in touch",
        LIKELY,
        ("met_in_person",),
        comment="met at an event that is not in my list; casual, a typo",
    ),
    case(
        "022-same-org-current-alias",
        "modern",
        "en",
        ("Jamal Wright", "Social Worker at Unity Health Toronto", "Toronto, Ontario"),
        "Hello Grace, I started last month as a social worker in the St. Mike's emergency "
        "department and wanted to connect with the nursing leadership team.",
        LIKELY,
        ("same_organization",),
        mutual=8,
    ),
    case(
        "023-same-org-past-alias",
        "classic",
        "en",
        ("Harpreet Gill", "Nurse Practitioner at Peel Family Health Team", "Brampton, Ontario"),
        "Hi Grace, not sure if you remember me, we worked nights together in the Brampton Civic "
        "ER around 2013. Hope all is well!",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry",
        "modern",
        "en",
        ("Denise Lafleur", "Manager, Emergency Services at Health Sciences North", "Sudbury"),
        "Hi Grace, I'm an ED nurse manager up in Sudbury, always keen to learn how the big "
        "downtown departments handle their volumes.",
        LIKELY,
        ("same_industry",),
        mutual=2,
    ),
    case(
        "025-shared-interest",
        "classic",
        "en",
        (
            "Rachel Gordon",
            "Clinical Manager, Emergency at Royal Victoria Regional Health Centre",
            "Barrie, Ontario",
        ),
        "Hi Grace, your post about keeping new grads in emergency really hit home. We lost "
        "almost 40% of our first-year nurses last year, so retention is all I think about lately.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group",
        "modern",
        "en",
        ("Andre Charles", "Director of Nursing at Bruyère", "Ottawa, Ontario"),
        "Hi Grace, I saw your post in the RNAO leadership interest group about self-scheduling. "
        "Fellow member, would be glad to connect.",
        LIKELY,
        ("same_groups",),
        mutual=5,
    ),
    case(
        "027-mutual-referral",
        "classic",
        "en",
        ("Lisa Chen", "Emergency Department Manager at Grand River Hospital", "Kitchener"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "028-alumni",
        "modern",
        "en",
        ("Elaine Foster", "Director, Patient Care at Niagara Health", "St. Catharines, Ontario"),
        "Grace, hello from another Mac MN grad! I think we were a year apart in the leadership "
        "stream.",
        LIKELY,
        ("fellow_alumni",),
        mutual=1,
    ),
    case(
        "029-specific-placement",
        "classic",
        "en",
        ("Maya Patel", "Nursing Student at Toronto Metropolitan University", "Toronto, Ontario"),
        "Hi Grace, I'm a 4th year nursing student at TMU and I'd really like to do my final "
        "consolidation placement in emergency. Does your ED take students, and who should I "
        "contact?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "030-specific-interview",
        "modern",
        "en",
        ("Oluwaseun Adebayo", "MPH Candidate at Dalla Lana School of Public Health", "Toronto"),
        "Grace, I'm researching violence against emergency nurses for my MPH capstone. Would you "
        "be willing to do a 30 min interview? Happy to work around your schedule.",
        LIKELY,
        ("specific_reason",),
        comment="asks for an interview, sells nothing",
    ),
    case(
        "031-met-fr",
        "modern",
        "en",
        ("Isabelle Tremblay", "Infirmière-chef, urgence au CHUM", "Montréal, Québec"),
        "Bonjour Grace, on s'est rencontrées au congrès de NENA à Halifax, à l'atelier sur le "
        "triage. Au plaisir de garder contact !",
        LIKELY,
        ("met_in_person",),
        mutual=3,
    ),
    case(
        "032-alumni-es",
        "classic",
        "en",
        ("Daniela Castro", "Enfermera jefe en Clínica Alemana", "Santiago, Chile"),
        "Hola Grace, yo también estudié enfermería en la Universidad de Toronto (promoción "
        "2011). ¡Qué gusto encontrar a otra egresada!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "033-met-roundtable",
        "modern",
        "en",
        ("Nadia Rahman", "Nurse Educator, Emergency at Trillium Health Partners", "Mississauga"),
        "Really enjoyed your remarks at the HealthAchieve roundtable, and thanks for staying "
        "after to answer my question about your float pool!",
        LIKELY,
        ("met_in_person",),
        mutual=12,
        comment="she asked a question in person after the roundtable: a meeting, however brief",
    ),
    case(
        "034-specific-pt",
        "modern",
        "en",
        ("Fernanda Oliveira", "Enfermeira no Hospital Israelita Albert Einstein", "São Paulo"),
        "Olá Grace, sou enfermeira de emergência em São Paulo e vou passar três meses em Toronto "
        "a partir de março. Seria possível visitar o seu pronto-socorro por um dia?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "035-resent-of-027",
        "classic",
        "en",
        ("Lisa Chen", "Emergency Department Manager at Grand River Hospital", "Kitchener"),
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
        (
            "Simon Leclerc",
            "VP Clinical Operations at Southlake Regional Health Centre",
            "Newmarket, Ontario",
        ),
        "Grace - was great to finally meet in person at the OHA conference after all those "
        "Zoom calls. Let's grab a coffee next time you're up in Newmarket.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "037-markup-in-note-and-headline",
        "classic",
        "en",
        (
            "Hazel Wright",
            "Clinical Lead <i>Emergency</i> at Humber River Health",
            "Toronto, Ontario",
        ),
        "Hi Grace, <b>thanks</b> for showing our team around your department last Thursday "
        '<img src=x onerror="alert(1)">, the rapid assessment zone was so impressive!',
        LIKELY,
        ("met_in_person",),
        comment="a site visit is a meeting; note and headline contain markup that must be shown "
        "as text, never executed",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "en",
        ("Daniel Okoro", "Clinical Instructor at Humber Polytechnic", "Toronto, Ontario"),
        "Hi Grace, another Bloomberg nursing alum here (class of '09). Always nice to see fellow "
        "grads running EDs!",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "039-group-dash",
        "classic",
        "en",
        ("Claire Dubois-Hart", "Chief Nursing Executive at Kingston Health Sciences", "Kingston"),
        "Hi Grace — ACEN member here as well; would be glad to swap notes on succession planning "
        "for nurse managers.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "040-shared-interest-lowercase",
        "modern",
        "en",
        ("Victor Nguyen", "Bed Allocation Lead at Halton Healthcare", "Oakville, Ontario"),
        "hi grace, i'm also obsessed with patient flow (i run the bed management team at our "
        "hospital) and would love to swap ideas sometime",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "111-pitch-opens-on-interest",
        "modern",
        "en",
        ("Kendra Boyle", "Account Executive at StayWell Nurse Engagement", "Boston, Massachusetts"),
        "Hi Grace, saw your post on nurse retention, really resonated! We help hospitals cut RN "
        "turnover by 30% with our engagement app. Worth a quick 15 min chat?",
        LOOK,
        comment="sales pitch that opens on one of my interests: the pitch is the red flag",
    ),
    case(
        "112-pitch-travel-nurses",
        "classic",
        "en",
        ("Victor Salas", "Director of Partnerships at TrueNorth Travel Nursing", "Dallas, Texas"),
        "Hello Grace, I'm reaching out from a travel nurse staffing firm. We currently have ER "
        "and trauma nurses available for 13-week contracts across Ontario. Would you be open to "
        "a quick call about your staffing needs?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "113-weak-past-org-headline",
        "classic",
        "en",
        ("Lorraine Baptiste", "Patient Care Manager at Sunnybrook Health Sciences Centre", ""),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my past organizations (weak)",
    ),
    case(
        "114-weak-mutual-vague-note",
        "modern",
        "en",
        ("Devon Clarke", "Captain at Toronto Fire Services", "Toronto, Ontario"),
        "Hi Grace, let's connect!",
        LOOK,
        mutual=41,
        comment="vague note; 41 connections in common, threshold 15 (weak)",
    ),
    case(
        "115-spoof-good-note",
        "modern",
        "en",
        ("Helena Marsh", "Workforce Consultant at Meridian Health Partners", "London"),
        "Grace, lovely meeting you at HealthAchieve! I've shared the staffing proposal we "
        "discussed, sign in here to view it.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-notify.net",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "116-weak-school-headline",
        "classic",
        "en",
        ("Priya Sandhu", "BScN Student at University of Toronto", "Toronto, Ontario"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names my school (weak)",
    ),
    case(
        "117-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Oscar Vidal", "Managing Partner at Crestline Capital", "Geneva, Switzerland"),
        "Hi Grace, we worked together at Sunnybrook! Open the attached file to see the photos "
        "from the reunion.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed past colleague is "
        "not counted, as in the samples",
    ),
    case(
        "118-weak-org-headline-vague-note",
        "modern",
        "en",
        ("Tanisha Brown", "Registered Nurse at St. Michael's Hospital", "Toronto, Ontario"),
        "Hi Grace, would love to connect!",
        LOOK,
        mutual=4,
        comment="vague note; headline names my current organization (weak)",
    ),
    case(
        "119-weak-group-headline",
        "modern",
        "en",
        (
            "Michael Doyle",
            "Member, National Emergency Nurses Association | Flight Nurse",
            "Halifax, Nova Scotia",
        ),
        None,
        LOOK,
        comment="no note; headline names one of my groups (weak)",
    ),
    case(
        "221-stock-en",
        "classic",
        "en",
        ("Tyler Dunn", "Real Estate Agent at RE/MAX", "Oakville, Ontario"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "222-stock-es",
        "classic",
        "en",
        ("Javier Ortega", "Director Comercial en Grupo Andino", "Bogotá, Colombia"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "223-stock-it",
        "classic",
        "en",
        ("Paolo Ricci", "Agente immobiliare presso Tecnocasa", "Napoli, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "224-modern-no-note",
        "modern",
        "en",
        ("Logan Price", "Growth Hacker | Keynote Speaker | Investor", "Austin, Texas"),
        None,
        GENERIC,
        mutual=2,
    ),
    case(
        "225-custom-vague-heroes",
        "modern",
        "en",
        ("Kristen Moore", "Financial Advisor at Sun Life", "Whitby, Ontario"),
        "Hi Grace, I admire the incredible work healthcare heroes do every day. Would be "
        "honoured to connect!",
        GENERIC,
        comment="general praise for health workers from someone outside the field: no link to me",
    ),
    case(
        "226-custom-vague-2",
        "classic",
        "en",
        ("Ahmed Farouk", "CEO at Farouk Ventures", "Dubai, United Arab Emirates"),
        "Greetings Grace, your profile is very impressive. I am looking to connect with "
        "inspiring leaders. Kind regards",
        GENERIC,
    ),
    case(
        "227-old-stock-signed",
        "classic",
        "en",
        ("Doug Fenwick", "Insurance Broker at Fenwick & Co.", "Hamilton, Ontario"),
        "I'd like to join your LinkedIn network.\nThanks, Doug",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "228-stock-de",
        "classic",
        "en",
        ("Markus Vogt", "Key Account Manager bei Bauer Maschinenbau", "Stuttgart"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "229-stock-fr",
        "classic",
        "en",
        ("Julie Bouchard", "Courtière immobilière chez Sutton", "Gatineau, Québec"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "230-custom-vague-typos",
        "modern",
        "en",
        ("Brittany Shaw", "Student at Seneca Polytechnic", "Toronto, Ontario"),
        "hey grace hope all is good!! lets connect",
        GENERIC,
        mutual=1,
    ),
    case(
        "231-stock-pt",
        "classic",
        "en",
        ("Camila Rocha", "Consultora de Vendas na Natura", "Curitiba, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    case(
        "232-custom-vague-few-mutual",
        "modern",
        "en",
        ("Jordan Blake", "Operations Analyst at Loblaw Companies", "Brampton, Ontario"),
        "Hello Grace, I see we have a few connections in common. Would be great to connect.",
        GENERIC,
        mutual=6,
        comment="names nobody; 6 connections in common is below the threshold of 15",
    ),
]

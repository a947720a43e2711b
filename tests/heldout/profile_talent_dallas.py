"""Held-out invitations for Brittany Nguyen, head of talent acquisition at a Dallas health system.

English interface. Notes mostly in plain American professional English from recruiters, nurses,
HR people, students and vendors, with the samples' share of other languages (Spanish, German and
Italian notes; Spanish, Italian, German, French and Portuguese stock texts). One invitation for
every likely-accept, needs-a-look and generic sample of tests/fixtures/linkedin (the same kind
of case, written from scratch for this recipient), then a second pass over the same kinds with
other writers and other wording, plus a few kinds the samples lack (a nurse she once hired, a
note about a missed expo, a new graduate's typo-ridden question, a pitch from a vendor she did
meet, a school-only headline, a failed sender with a plain genuine-looking note, vague praise, a
note that only repeats her employer back to her, "same circles" without names, a job seeker
asking for anything at all). The builder has no reminder, HTML-only, bad-charset or
unterminated-multipart layout: those kinds are written as ordinary invitations of the same
category. Labels follow DESIGN.md's "Categories", as the recipient would judge the note, written
without looking at the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

TALENT = Recipient(
    name="Brittany Nguyen",
    address="brittany.nguyen@example.com",
    headline="Head of Talent Acquisition at Trinity Meridian Health",
    profile_slug="brittany-nguyen-ta",
)

TALENT_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Brittany Nguyen"
organizations = ["Trinity Meridian Health", "Redbird Staffing Solutions"]
schools = ["Texas Tech University", "Southern Methodist University"]
industries = ["healthcare", "talent acquisition", "recruiting", "human resources", "staffing"]
interests = [
    "healthcare workforce planning", "nurse recruitment", "employer branding",
    "diversity hiring", "recruitment marketing", "candidate experience", "apprenticeships",
]
groups = ["SHRM", "DallasHR", "ASHHRA", "DFW Healthcare Recruiters Network"]
events = ["SHRM26 Annual Conference", "ASHHRA 2026 Annual Conference", "DFW Healthcare Career Expo"]
contacts = ["Marcus Whitfield", "Priya Desai", "Rosa Delgado"]

# Other names people use for the same thing.
[aliases]
"Trinity Meridian Health" = ["Trinity Meridian", "TMH"]
"Redbird Staffing Solutions" = ["Redbird Staffing", "Redbird"]
"Texas Tech University" = ["Texas Tech", "TTU"]
"Southern Methodist University" = ["SMU", "SMU Cox"]
"SHRM" = ["Society for Human Resource Management"]
"DallasHR" = ["Dallas HR", "DallasHR SHRM chapter"]
"ASHHRA" = ["American Society for Healthcare Human Resources Administration"]
"DFW Healthcare Recruiters Network" = ["DFW Healthcare Recruiters"]
"SHRM26 Annual Conference" = ["SHRM26", "SHRM 2026", "SHRM Annual Conference"]
"ASHHRA 2026 Annual Conference" = ["ASHHRA conference", "ASHHRA 2026"]
"DFW Healthcare Career Expo" = ["Healthcare Career Expo", "DFW Healthcare Expo"]
"healthcare workforce planning" = ["workforce planning"]
"nurse recruitment" = ["nurse recruiting", "nursing recruitment", "recruiting nurses"]
"diversity hiring" = ["inclusive hiring", "DEI recruiting"]
"employer branding" = ["employer brand"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 12
"""

_REFERRAL = (
    "Marcus Whitfield suggested I reach out to you about clinical rotations and hiring our "
    "surgical technology graduates."
)
_REFERRAL_2 = (
    "Hi Brittany, Priya Desai mentioned you're building an apprenticeship for sterile processing "
    "techs. We launched one at Crossroads last year and I'd be glad to share our curriculum."
)

TALENT_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-career-expo",
        "classic",
        "en",
        ("Marcus Bell", "Respiratory Therapist at Denton Regional Hospital", "Denton, Texas"),
        "Hi Brittany, great meeting you at the DFW Healthcare Career Expo on Saturday. I was the "
        "RT asking about your new-grad residency. Would love to stay in touch!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        ("Kelsey Morgan", "HR Generalist at Trinity Meridian Health", "Plano, Texas"),
        "Hi Brittany, I just joined the HR team at Trinity Meridian Health as the generalist for "
        "the Plano campus and wanted to connect with the talent acquisition leaders here.",
        LIKELY,
        ("same_organization",),
        mutual=8,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Derrick Owens", "Account Manager at Summit Workforce Group", "Fort Worth, Texas"),
        "Brittany, we overlapped at Redbird Staffing around 2017 (I was on the light industrial "
        "desk). Would be great to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        (
            "Alicia Romero",
            "Talent Acquisition Manager at Permian Regional Medical Center",
            "Odessa",
        ),
        "Hello Brittany, I lead recruiting for a rural hospital in West Texas and I'm always "
        "looking to learn from other talent acquisition leaders in healthcare.",
        LIKELY,
        ("same_industry",),
        mutual=5,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Nathan Price", "Workforce Analytics Lead at Texas Hospital Association", "Austin, Texas"),
        "Hi Brittany, I read your article on forecasting nurse staffing needs two years out. "
        "That's exactly the workforce planning problem we're trying to solve for our member "
        "hospitals.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Monique Harris", "Physician Recruiter at North Dallas Surgical Group", "Dallas, Texas"),
        "Hi Brittany, we're both members of the DFW Healthcare Recruiters Network. Your comment "
        "on the sign-on bonus thread was spot on.",
        LIKELY,
        ("same_groups",),
        mutual=9,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        (
            "Gabriel Ortiz",
            "Program Director, Surgical Technology at Eastfield Technical College",
            "Mesquite, Texas",
        ),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Kayla Jennings", "Nurse Manager at Lubbock Heart & Vascular", "Lubbock, Texas"),
        "Hi Brittany! Fellow Texas Tech alum here (class of 2011). Wreck 'em!",
        LIKELY,
        ("fellow_alumni",),
        mutual=3,
    ),
    case(
        "009-specific-graduate-visit",
        "classic",
        "en",
        (
            "Samantha Ochoa",
            "Clinical Placement Coordinator at Tarrant Valley College",
            "Fort Worth, Texas",
        ),
        "Hi Brittany, I coordinate clinical placements for our LVN program and we'd love to bring "
        "our spring graduates to meet your recruiters before they start applying. Could we find a "
        "time to talk?",
        LIKELY,
        ("specific_reason",),
        comment="a college bringing its graduates to her recruiters: a concrete request, not a "
        "sales pitch",
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Donna Whitaker", "Retired Charge Nurse", "Garland, Texas"),
        "Brittany, quick question: does your team ever use volunteer mock interviewers for the "
        "new-grad nurse hiring events? I'm a retired charge nurse and would be happy to help.",
        LIKELY,
        ("specific_reason",),
        comment="offers her time as a volunteer: a concrete request, not a sales pitch",
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        (
            "Daniela Castillo",
            "Coordinadora de Talento Humano en Clínica San Rafael",
            "Monterrey, México",
        ),
        "Hola Brittany, fue un gusto platicar contigo durante la comida en la conferencia de "
        "ASHHRA. ¡Me encantaría seguir en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=2,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Felix Brandt", "Personalreferent am Klinikum Nordstadt", "Hannover"),
        "Hallo Brittany, ich habe 2014 ein Austauschsemester an der SMU in Dallas verbracht, wir "
        "sind also beide Mustangs. Ich würde mich freuen, in Kontakt zu bleiben.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-panel",
        "modern",
        "en",
        ("Jasmine Cole", "HR Coordinator at Lakewood Rehabilitation Hospital", "Dallas, Texas"),
        "Thank you for taking the time to chat after your panel at the DallasHR luncheon "
        "yesterday!",
        LIKELY,
        ("met_in_person",),
        mutual=10,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        ("Francesca Moretti", "Responsabile Risorse Umane presso Ospedale San Giovanni", "Milano"),
        "Ciao Brittany, sto organizzando un webinar sul reclutamento internazionale di infermieri "
        "e mi piacerebbe invitarti come relatrice. Saresti disponibile a maggio?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        (
            "Gabriel Ortiz",
            "Program Director, Surgical Technology at Eastfield Technical College",
            "Mesquite, Texas",
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
        ("Trevor Banks", "Director of Nursing Recruitment at Gulf Coast Health", "Houston, Texas"),
        "Hi Brittany, good to meet you at SHRM26 last month. Let's keep the conversation about "
        "nurse residencies going.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-note",
        "classic",
        "en",
        ("Connor Walsh", "Recruiter at Parkview Medical Staffing", "Dallas, Texas"),
        "<script>alert('x')</script> Hi Brittany, we met at the Healthcare Career Expo & talked "
        "about <i>travel-to-staff conversions</i>.",
        LIKELY,
        ("met_in_person",),
        comment="note contains markup that must be shown as text, never executed (the builder "
        "cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Erin Caldwell", "People Operations Lead at Brightline Logistics", "Richardson, Texas"),
        "Brittany, I did my master's at SMU too (HR, 2016) and I'm now running people ops for a "
        "logistics company in Richardson.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "en",
        ("Ravi Menon", "HR Director at Cedar Springs Senior Living", "Irving, Texas"),
        "Hi Brittany, fellow ASHHRA member here — I'd love to compare notes on keeping CNAs past "
        "their first 90 days.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "en",
        ("Tamika Brooks", "Recruitment Marketing Specialist at Sun Valley Health", "Phoenix"),
        "Hi Brittany, I work on employer branding for a hospital system too and would love to "
        "swap ideas on recruitment marketing for hard-to-fill roles.",
        LIKELY,
        ("same_industry", "shared_interests"),
        mutual=4,
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Jake Sullivan", "Account Executive at HireLoop AI", "Austin, Texas"),
        "Hi Brittany, I help hospital TA teams cut time-to-fill for RNs by 40% with our AI "
        "sourcing platform. Open to a 15-minute demo this week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "en",
        ("Vanessa Cruz", "Business Development at MedBridge Travel Staffing", "San Antonio"),
        "Brittany, our agency can fill your ICU and ER travel nurse gaps within 72 hours at "
        "competitive bill rates. Can I send over our rate sheet?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Ricky Alvarez", "Facilities Supervisor at Trinity Meridian Health", "Dallas, Texas"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names one of my organizations (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Heather Collins", "Territory Manager at Lonestar Medical Supply", "Frisco, Texas"),
        None,
        LOOK,
        mutual=26,
        comment="no note; 26 connections in common, threshold 12 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Ashley Grant", "Talent Partner", "Dallas, Texas"),
        "Hi Brittany, we met at SHRM26. I uploaded the candidate list we discussed, just log in "
        "through the link below to download it.",
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
        ("Brandon Tate", "Recruiter | Talent Acquisition", "Arlington, Texas"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Victor Crane", "Managing Partner at Crane Holdings", "Miami, Florida"),
        "Hi Brittany, fellow Texas Tech alum! Kindly open the shared file to review the offer "
        "letter.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Bobby Hutchins", "Insurance Agent at Lone Star Mutual", "Tyler, Texas"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Alejandro Vega", "Ejecutivo de Cuentas en Grupo Comercial Norte", "Monterrey, México"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Davide Conti", "Consulente finanziario presso Banca Mediolanum", "Verona, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Kyle Brennan", "Founder | Real Estate Investor | Podcast Host", "Scottsdale, Arizona"),
        None,
        GENERIC,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Megan Foster", "Marketing Associate at Neiman Marcus", "Dallas, Texas"),
        "Hi Brittany, your profile popped up in my suggestions and I'd love to connect with you.",
        GENERIC,
        mutual=2,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Tony Russo", "Entrepreneur | Business Coach", "Las Vegas, Nevada"),
        "Hello! Always looking to connect with driven leaders like yourself. Let's grow together!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Gary Simmons", "Financial Advisor at Edward Jones", "Plano, Texas"),
        "I'd like to add you to my professional network on LinkedIn.\n- Gary Simmons",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Tobias Krüger", "Vertriebsmitarbeiter bei Bosch", "Stuttgart"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Émilie Laurent", "Responsable commerciale chez AXA", "Lille"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Jordan Hayes", "Sales Development Rep at Oracle", "Austin, Texas"),
        "Hi Brittany, hope your week is going well. Let's connect.",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Rafael Oliveira", "Analista Comercial na Ambev", "Campinas, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-hospital-tour",
        "classic",
        "en",
        ("Stephanie Wu", "Nursing Student at UT Arlington", "Arlington, Texas"),
        "Hi Brittany, thank you for walking our nursing cohort through the ICU last Thursday. I "
        "was the one who asked about night shift differentials. Hoping to apply in the spring!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "022-same-org-current-alias",
        "modern",
        "en",
        ("Omar Farouk", "Payroll Specialist at TMH", "Dallas, Texas"),
        "hey Brittany, I'm new on the payroll team at Trinity Meridian (started last week), just "
        "connecting with folks across HR!",
        LIKELY,
        ("same_organization",),
        mutual=6,
    ),
    case(
        "023-same-org-past-alias",
        "classic",
        "en",
        ("Lindsey Park", "Branch Manager at Keystone Workforce", "Houston, Texas"),
        "Brittany! It's been ages since our Redbird days. I still think about that Q4 when we "
        "staffed the whole distribution center in two weeks. Hope you're doing well!",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry",
        "modern",
        "en",
        ("Jorge Medina", "Talent Acquisition Partner at Valley Regional Health", "McAllen, Texas"),
        "Hi Brittany, I recruit nurses and allied health for a hospital system down in the Rio "
        "Grande Valley. Always good to connect with other healthcare TA folks in Texas.",
        LIKELY,
        ("same_industry",),
        mutual=7,
    ),
    case(
        "025-shared-interest",
        "classic",
        "en",
        ("Hannah Kim", "DEI Program Manager at Metroplex Care Network", "Fort Worth, Texas"),
        "Hi Brittany, your post about dropping degree requirements for patient care techs really "
        "stuck with me. I'm pushing for the same thing on the inclusive hiring side here.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group",
        "modern",
        "en",
        ("Crystal Webb", "HR Manager at Plano Orthopedic Clinic", "Plano, Texas"),
        "Hi Brittany, saw your question in the DallasHR forum about onboarding per diem staff. "
        "Fellow member, happy to share what worked for us.",
        LIKELY,
        ("same_groups",),
        mutual=5,
    ),
    case(
        "027-mutual-referral",
        "classic",
        "en",
        ("Denise Coleman", "Education Manager at Crossroads Medical Center", "Fort Worth, Texas"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "028-alumni-nickname",
        "modern",
        "en",
        ("Tyler Burns", "Operations Manager at Panhandle Home Health", "Amarillo, Texas"),
        "Brittany, another Red Raider here! Looks like you were in the business school at Tech a "
        "couple of years ahead of me.",
        LIKELY,
        ("fellow_alumni",),
        mutual=2,
    ),
    case(
        "029-specific-interview",
        "classic",
        "en",
        ("Melissa Grant", "Healthcare Reporter at Dallas Business Journal", "Dallas, Texas"),
        "Hi Brittany, I'm writing a piece on how North Texas hospitals are competing for nurses "
        "and would value 20 minutes of your perspective. Would you be open to a short interview?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "030-specific-veterans",
        "modern",
        "en",
        ("Carlos Mendoza", "Transition Counselor at Fort Cavazos", "Killeen, Texas"),
        "Hi Brittany, I help soldiers leaving Fort Cavazos find civilian careers, and a good "
        "number are former combat medics. Would your team be open to a hiring event for them "
        "this fall?",
        LIKELY,
        ("specific_reason",),
        comment="an Army transition office proposing a hiring event: a concrete offer, not a "
        "sales pitch",
    ),
    case(
        "031-met-es",
        "modern",
        "en",
        ("Mariana Ruiz", "Enfermera Jefe en Hospital Universitario del Norte", "Monterrey, México"),
        "Hola Brittany, coincidimos en la feria de empleo de salud en Dallas y me explicaste el "
        "proceso de licencia para enfermeras extranjeras. ¡Mil gracias y ojalá sigamos en "
        "contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=1,
    ),
    case(
        "032-alumni-de",
        "modern",
        "en",
        ("Sabine Hartmann", "Leiterin Personalgewinnung bei Klinikverbund Rhein-Ruhr", "Essen"),
        "Guten Tag Brittany, ich habe auch an der Texas Tech studiert (MBA 2013) und arbeite "
        "jetzt im Recruiting für Kliniken in Deutschland. Schön, eine Ehemalige zu finden!",
        LIKELY,
        ("fellow_alumni", "same_industry"),
    ),
    case(
        "033-met-panel",
        "modern",
        "en",
        ("Derek Lyons", "HR Student at UNT Dallas", "Dallas, Texas"),
        "Loved your take on the employer branding panel at SHRM26, and thanks for answering my "
        "question afterwards!",
        LIKELY,
        ("met_in_person",),
        mutual=14,
        comment="he spoke with her after the panel: a meeting, however brief",
    ),
    case(
        "034-specific-it",
        "modern",
        "en",
        ("Alessandro Ferri", "Ricercatore presso Università di Bologna", "Bologna"),
        "Buongiorno Brittany, sto svolgendo una ricerca sulla carenza di infermieri negli "
        "ospedali americani e vorrei intervistarti per mezz'ora. Saresti disponibile nelle "
        "prossime settimane?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "035-resent-of-027",
        "classic",
        "en",
        ("Denise Coleman", "Education Manager at Crossroads Medical Center", "Fort Worth, Texas"),
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
        ("Pamela Reyes", "Chief Nursing Officer at Hillcrest Rehab", "Waco, Texas"),
        "Brittany, so glad we finally met face to face at the ASHHRA conference. Hope we can "
        "catch up again soon!",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "037-markup-in-note-and-headline",
        "classic",
        "en",
        ("Kevin Tran", "Recruiter <b>Allied Health</b> & Imaging", "Dallas, Texas"),
        "Hi Brittany, <b>great</b> chatting with you at the DallasHR luncheon "
        '<img src=x onerror="alert(1)"> about sourcing sonographers!',
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "en",
        ("Lauren Mitchell", "Clinical Recruiter at Baylor Scott & White Health", "Temple, Texas"),
        "Hi Brittany, I saw you went to SMU too! Class of 2015 here, always fun to find another "
        "Mustang in healthcare recruiting.",
        LIKELY,
        ("fellow_alumni", "same_industry"),
        base64=True,
    ),
    case(
        "039-group-dash",
        "classic",
        "en",
        ("Nicole Barrett", "Recruitment Manager at Lone Star Behavioral Health", "Austin, Texas"),
        "Hi Brittany — I'm in ASHHRA too; would love to trade notes on recruiting psych techs.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "040-shared-interest-2",
        "modern",
        "en",
        ("Andre Wallace", "Candidate Experience Lead at Horizon Diagnostics", "Denver, Colorado"),
        "Hi Brittany, I'm a bit obsessed with candidate experience too and would love to hear how "
        "your team cut application drop-off for nursing roles.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "041-met-former-hire",
        "modern",
        "en",
        ("Ebony Carter", "Charge Nurse at Saint Anne Medical Center", "Tulsa, Oklahoma"),
        "You placed me in my very first nursing job back when you were at Redbird, and I still "
        "remember your interview tips. I'm a charge nurse now! Just wanted to say thank you.",
        LIKELY,
        ("met_in_person",),
        mutual=3,
        comment="a nurse she once placed: she knows her from the hiring process, not a colleague",
    ),
    case(
        "042-missed-expo",
        "classic",
        "en",
        ("Rachel Dunn", "Travel ICU Nurse", "Dallas, Texas"),
        "Hi Brittany, sorry I missed your table at the DFW Healthcare Expo, my shift ran late. "
        "I'm a travel ICU nurse settling in Dallas for good and would love to hear about staff "
        "openings on your ICU team.",
        LIKELY,
        ("specific_reason",),
        comment="she says she missed the expo: not a meeting; asks about a concrete job",
    ),
    case(
        "043-typos-new-grad",
        "modern",
        "en",
        ("Jacob Pruitt", "Registered Nurse", "Stephenville, Texas"),
        "hi brittany im a new grad RN from tarleton and my clinical instructor said your hospital "
        "runs a nurse residency, any chance you know when applications open for the summer "
        "cohort?? thank you",
        LIKELY,
        ("specific_reason",),
        mutual=1,
        comment="the instructor is not named: no mutual connection",
    ),
    case(
        "111-pitch-saas",
        "modern",
        "en",
        ("Alicia Wong", "Enterprise Account Executive at ShiftCheck", "Denver, Colorado"),
        "Hi Brittany, hospitals like yours are cutting credentialing time for new nurses from "
        "three weeks to four days with ShiftCheck. Could I show you a quick walkthrough next "
        "Tuesday?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "112-pitch-rpo",
        "classic",
        "en",
        ("Scott Delaney", "VP, Healthcare Solutions at Apex RPO Partners", "Charlotte"),
        "Brittany, we run outsourced recruiting for 30+ health systems and can take your allied "
        "health reqs off your plate at a flat monthly fee. Worth a call to see pricing?",
        LOOK,
        comment="service pitch (recruitment process outsourcing)",
    ),
    case(
        "113-weak-past-org-headline",
        "classic",
        "en",
        ("Dana Whitley", "Payroll Coordinator at Redbird Staffing Solutions", "Dallas, Texas"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my past organizations (weak)",
    ),
    case(
        "114-weak-mutual",
        "modern",
        "en",
        ("Travis Cooper", "Project Manager at Hensel Phelps", "Dallas, Texas"),
        None,
        LOOK,
        mutual=19,
        comment="no note; 19 connections in common, threshold 12 (weak)",
    ),
    case(
        "115-spoof-good-note",
        "modern",
        "en",
        ("Jennifer Hale", "HR Consultant", "Houston, Texas"),
        "Hi Brittany, lovely meeting you at the ASHHRA conference! I've shared the salary survey "
        "with you, sign in here to open it.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-secure.net",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "116-weak-industry-headline",
        "classic",
        "en",
        ("Courtney Hall", "Human Resources Professional | Healthcare", "Round Rock, Texas"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "117-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Leonard Shaw", "Director at Westbridge Capital", "New York"),
        "Hi Brittany, great meeting you at SHRM26. Please open the attached invoice for the "
        "background check services.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed meeting is not "
        "counted, as in the samples",
    ),
    case(
        "118-pitch-after-meeting",
        "classic",
        "en",
        ("Ryan Cole", "Sales Director at ShiftFill", "Dallas, Texas"),
        "Brittany, great meeting you at our booth at the ASHHRA conference! We're offering three "
        "months free on our per diem scheduling app for new hospital clients. Want me to set up "
        "a demo?",
        LOOK,
        ("met_in_person",),
        comment="sales pitch: a red flag whatever else the note answers (they did meet)",
    ),
    case(
        "119-weak-school-headline",
        "modern",
        "en",
        ("Madison Clark", "Student at Texas Tech University", "Lubbock, Texas"),
        None,
        LOOK,
        mutual=2,
        comment="no note; headline names one of my schools (weak)",
    ),
    case(
        "120-dmarc-fail-plain-note",
        "modern",
        "en",
        ("Angela Brooks", "Nurse Recruiter at Medical City Plano", "Plano, Texas"),
        "Hi Brittany, it was great to chat at the DFW Healthcare Career Expo. Let's stay in touch!",
        LOOK,
        auth="fail",
        mutual=6,
        comment="DKIM and DMARC failed: flagged even though the note itself reads as genuine",
    ),
    case(
        "221-stock-en",
        "classic",
        "en",
        ("Dustin Reeves", "Mortgage Loan Officer at Guild Mortgage", "McKinney, Texas"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "222-stock-es",
        "classic",
        "en",
        ("Valeria Gómez", "Asesora Comercial en Seguros Atlas", "Guadalajara, México"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "223-stock-it",
        "classic",
        "en",
        ("Simone Marchetti", "Agente immobiliare presso Gabetti", "Roma, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "224-modern-no-note",
        "modern",
        "en",
        ("Chase Whitmore", "Crypto Trader | Coach | Dad", "Miami, Florida"),
        None,
        GENERIC,
        mutual=1,
    ),
    case(
        "225-custom-vague",
        "modern",
        "en",
        ("Amber Lewis", "Sales Associate at Nordstrom", "Frisco, Texas"),
        "Hi Brittany, I came across your profile today and would be honored to be part of your "
        "network.",
        GENERIC,
    ),
    case(
        "226-custom-vague-2",
        "classic",
        "en",
        ("Marcus Lane", "CEO at Lane Ventures", "Atlanta, Georgia"),
        "Hey there! Growing my network with inspiring professionals. Would love to have you in it!",
        GENERIC,
    ),
    case(
        "227-old-stock-signed",
        "classic",
        "en",
        ("Wade Porter", "Agent at Farmers Insurance", "Mesquite, Texas"),
        "I'd like to join your LinkedIn network.\nThanks, Wade",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "228-stock-de",
        "classic",
        "en",
        ("Stefan Bauer", "Key Account Manager bei Siemens", "München"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "229-stock-fr",
        "classic",
        "en",
        ("Antoine Mercier", "Conseiller clientèle chez Crédit Agricole", "Nantes"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "230-custom-vague-3",
        "modern",
        "en",
        ("Kristen Ward", "Customer Success Manager at Salesforce", "Dallas, Texas"),
        "Hello Brittany, hope all is well! Would be great to connect.",
        GENERIC,
        mutual=3,
    ),
    case(
        "231-stock-pt",
        "classic",
        "en",
        ("Camila Ferreira", "Consultora de Vendas na Natura", "Belo Horizonte, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    case(
        "232-vague-praise",
        "modern",
        "en",
        ("Shelby Knox", "Realtor at Keller Williams", "Southlake, Texas"),
        "Hi Brittany, love the energy you bring to your posts! Would be awesome to connect.",
        GENERIC,
        mutual=4,
        comment="warm but vague praise: answers nothing",
    ),
    case(
        "233-only-her-employer",
        "modern",
        "en",
        ("Rick Hutchins", "Owner at Hutchins Roofing", "Rockwall, Texas"),
        "Hi Brittany, I see you lead talent acquisition at Trinity Meridian Health. I'd love to "
        "connect!",
        GENERIC,
        mutual=3,
        comment="repeats her job and employer from her profile; says nothing of his own link to "
        "them",
    ),
    case(
        "234-vague-same-circles",
        "classic",
        "en",
        ("Josh Tanner", "Business Development Manager at Verizon", "Irving, Texas"),
        "Hi Brittany, looks like we run in some of the same circles here in Dallas. Let's connect!",
        GENERIC,
        comment="no one named and no count shown: no mutual connection answered",
    ),
    case(
        "235-job-seeker-anything",
        "modern",
        "en",
        ("Brian Walker", "Open to Work | Sales Professional", "Houston, Texas"),
        "Hi Brittany, I am currently looking for new opportunities. Please keep me in mind if "
        "anything opens up. Thank you!",
        GENERIC,
        mutual=2,
        comment="asks for any job without saying which, or why her: nothing specific",
    ),
]

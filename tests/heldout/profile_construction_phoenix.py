"""Held-out profile: a senior project manager at a commercial builder in Phoenix, Arizona.

Written by the author of /work/shared/samples for another recipient: one invitation for every
likely-accept, needs-a-look and generic sample (same kind of case, new person, new wording),
then a second pass over the same kinds with other writers, plus one Indonesian stock note.
English interface. The builder has no reminder layout, so a "reminder" is the same invitation
(same inviter, same note) arriving a second time; it has no HTML-only or broken-MIME layouts,
so those kinds keep their note and are built as ordinary emails.
Labels follow DESIGN.md "Categories", read as the recipient would, not the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

BUILDER_PM = Recipient(
    name="Jamal Washington",
    address="jamal.washington@example.com",
    headline="Senior Project Manager at Copperline Builders | Commercial Construction",
    profile_slug="jamal-washington-pm",
)

BUILDER_PM_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Jamal Washington"
organizations = [
    "Copperline Builders", "Mesa Verde Construction", "Arizona Department of Transportation",
]
schools = ["Arizona State University", "Phoenix College"]
industries = [
    "construction", "commercial construction", "construction management", "general contracting",
]
interests = ["lean construction", "preconstruction", "BIM", "jobsite safety", "mentoring"]
groups = ["AGC Arizona", "CMAA Arizona Chapter", "NAMC Arizona"]
events = [
    "AGC Arizona Annual Convention 2026", "LCI Congress 2026", "Arizona Construction Career Days",
]
contacts = ["Teresa Alvarez", "Mike Donnelly", "Keisha Brown"]

# Other names people use for the same thing.
[aliases]
"Copperline Builders" = ["Copperline"]
"Mesa Verde Construction" = ["Mesa Verde"]
"Arizona Department of Transportation" = ["ADOT"]
"Arizona State University" = ["ASU", "Arizona State", "Del E. Webb School of Construction"]
"AGC Arizona" = ["Associated General Contractors of Arizona", "AGC"]
"CMAA Arizona Chapter" = ["CMAA", "Construction Management Association of America"]
"NAMC Arizona" = ["NAMC", "National Association of Minority Contractors"]
"AGC Arizona Annual Convention 2026" = ["AGC Arizona convention", "AGC convention"]
"LCI Congress 2026" = ["LCI Congress", "Lean Construction Institute Congress"]
"BIM" = ["building information modeling"]
"lean construction" = ["pull planning", "Last Planner"]
"jobsite safety" = ["site safety", "construction safety"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 12
"""

_REFERRAL_NOTE = (
    "Teresa Alvarez suggested I reach out to you about bidding the drywall package on your "
    "Scottsdale medical office project."
)
_REFERRAL_NOTE_2 = (
    "Hi Jamal, Mike Donnelly gave me your name. He said you're the person to talk to about the "
    "precast schedule on the Tempe parking garage. Do you have a few minutes next week?"
)

BUILDER_PM_CASES: list[Case] = [
    # -- first pass: one case per sample kind ------------------------------------------------
    case(
        "001-met-convention",
        "classic",
        "en",
        ("Caleb Foster", "Estimator at Ironwood Concrete", "Tempe, Arizona"),
        "Hi Jamal, great meeting you at the AGC Arizona convention last week. I was the one asking "
        "about your tilt-up schedule on the Chandler warehouse job. Let's stay in touch!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        ("Hannah Ortiz", "Estimator at Copperline Builders", "Phoenix, Arizona"),
        "Hi Jamal, I just joined the estimating team at Copperline Builders and would love to "
        "connect with the project managers I'll be working with.",
        LIKELY,
        ("same_organization",),
        mutual=6,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Marcus Yee", "Project Executive at Halvorsen Construction", "Denver, Colorado"),
        "Jamal, we overlapped at Mesa Verde Construction back in 2014 (I was in the field "
        "engineering group). Would be great to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "classic",
        "en",
        ("Latisha Greene", "Project Manager at Cholla Contracting", "Tucson, Arizona"),
        "Hello Jamal, I manage tenant improvement projects for a general contractor in Tucson and "
        "I'm always looking to learn from peers in commercial construction.",
        LIKELY,
        ("same_industry",),
    ),
    case(
        "005-shared-interest",
        "modern",
        "en",
        ("Owen Garrett", "Operations Manager at Redrock Interiors", "Mesa, Arizona"),
        "Hi Jamal, I read your post on pull planning and lean construction for hospital jobs. It's "
        "exactly what we're trying to roll out on our sites right now.",
        LIKELY,
        ("shared_interests",),
        mutual=3,
    ),
    case(
        "006-same-group",
        "classic",
        "en",
        ("Sofia Marín", "Owner, Marín Electric LLC", "Phoenix, Arizona"),
        "Hi Jamal, we're both members of NAMC Arizona. I enjoyed your comment in the thread about "
        "bonding capacity for small subcontractors.",
        LIKELY,
        ("same_groups",),
    ),
    case(
        "007-mutual-referral",
        "modern",
        "en",
        ("Daniel Okafor", "Business Development at Summit Drywall", "Phoenix, Arizona"),
        _REFERRAL_NOTE,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        mutual=4,
    ),
    case(
        "008-alumni",
        "classic",
        "en",
        ("Rachel Adkins", "Senior Superintendent at Kessler Build Group", "Chandler, Arizona"),
        "Hi Jamal! Fellow ASU alum here (Del E. Webb School, class of 2011). Forks up!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "009-specific-guest-speaker",
        "classic",
        "en",
        (
            "Priya Raman",
            "Construction Program Coordinator at Gateway Community College",
            "Phoenix, Arizona",
        ),
        "Hi Jamal, I coordinate the construction technology program at Gateway Community College "
        "and we'd like you to talk to our students about project management this spring. Could we "
        "set up a call?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Tyler Morrison", "Apprenticeship Director at Valley Carpenters Training Center", ""),
        "Jamal, quick question: would your team be open to hosting a site walk for our apprentice "
        "class? I'd love to show them a real jobsite.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "011-met-es",
        "classic",
        "en",
        ("Lucía Fuentes", "Gerente de Proyectos en Constructora Del Valle", "Hermosillo, Sonora"),
        "Hola Jamal, nos conocimos en la convención de AGC Arizona en Scottsdale. ¡Me encantaría "
        "seguir en contacto!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "012-alumni-de",
        "classic",
        "en",
        ("Jonas Köhler", "Bauingenieur bei Lindner Bau", "München, Deutschland"),
        "Hallo Jamal, wir haben beide an der Arizona State University studiert. Ich würde mich "
        "freuen, mit einem ehemaligen Kommilitonen in Kontakt zu bleiben.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-panel",
        "modern",
        "en",
        ("Grace Tran", "Project Engineer at Sonoran Mechanical", "Phoenix, Arizona"),
        "Thanks for the great conversation after your panel at Arizona Construction Career Days!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "014-specific-it",
        "classic",
        "en",
        ("Giulia Russo", "Ingegnere civile presso Studio Russo Costruzioni", "Torino, Italia"),
        "Ciao Jamal, sto organizzando un webinar sulla gestione dei cantieri per giovani "
        "ingegneri e vorrei invitarti come relatore.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-repeat-of-007",
        "modern",
        "en",
        ("Daniel Okafor", "Business Development at Summit Drywall", "Phoenix, Arizona"),
        _REFERRAL_NOTE,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        mutual=4,
        comment="repeat of 007 (the builder has no reminder layout): same invitation, "
        "must merge with it in a digest",
    ),
    case(
        "016-no-auth-header-met",
        "classic",
        "en",
        ("Kevin O'Rourke", "Superintendent at Pinnacle West Builders", "Glendale, Arizona"),
        "Hi Jamal, good to meet you at LCI Congress 2026 here in Phoenix. Let's keep the "
        "conversation going.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-note",
        "modern",
        "en",
        ("Alex Mendoza", "Field Engineer at Raptor Crane Services", "Phoenix, Arizona"),
        "<script>alert('x')</script> Hi Jamal, we met at Arizona Construction Career Days & "
        "talked about <i>crane logistics</i>.",
        LIKELY,
        ("met_in_person",),
        comment="note contains markup that must be shown as text, never executed",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Nina Petrovic", "Owner's Representative at Cactus Wren Advisors", "Scottsdale, Arizona"),
        "Jamal, I'm an Arizona State grad too (MS Construction Management 2016) and now work in "
        "owner's rep services.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
        comment="base64 bodies; the degree also hints at the industry, but the point of the note "
        "is the shared school",
    ),
    case(
        "019-group-em-dash",
        "classic",
        "en",
        ("Henrik Lund", "Safety Director at Basin & Range Contractors", "Flagstaff, Arizona"),
        "Hi Jamal, fellow AGC Arizona member here — I'd love to compare notes on subcontractor "
        "prequalification.",
        LIKELY,
        ("same_groups",),
        comment="the samples' bad-charset kind (non-ASCII dash); the builder writes valid UTF-8",
    ),
    case(
        "020-interest-coordinate-too",
        "modern",
        "en",
        ("Fatima Haddad", "BIM Coordinator at Lumen Healthcare Builders", "Phoenix, Arizona"),
        "Hi Jamal, I coordinate BIM on hospital projects too and would love to exchange ideas on "
        "clash detection.",
        LIKELY,
        ("shared_interests",),
        comment="the samples' no-boundary-end kind, built as a normal email; 'hospital projects' "
        "hints at the same industry without naming it",
    ),
    case(
        "101-pitch-software",
        "modern",
        "en",
        ("Brandon Fischer", "Account Executive at PlanPilot AI", "Austin, Texas"),
        "Hi Jamal, I help general contractors cut RFI turnaround by 40% with our AI document "
        "platform. Open to a 15-minute demo call this week?",
        LOOK,
        comment="sales pitch (names the recipient's trade only to sell to it)",
    ),
    case(
        "102-pitch-staffing",
        "classic",
        "en",
        ("Carla Dominguez", "Account Manager at QuickCrew Labor Staffing", "Phoenix, Arizona"),
        "Jamal, our staffing agency supplies OSHA-certified laborers on 24-hour notice. Can I send "
        "you our rate sheet?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Peter Novotny", "Assistant Superintendent at Copperline Builders", "Phoenix, Arizona"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names my current organization (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Aisha Bankole", "Branch Manager at Desert Sky Credit Union", "Glendale, Arizona"),
        None,
        LOOK,
        mutual=31,
        comment="no note; 31 connections in common (weak, threshold 12)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Samantha Coleman", "Recruiter at Globex Staffing", "Phoenix, Arizona"),
        "Hi Jamal, we met at the AGC convention. Please confirm your account to view my message.",
        LOOK,
        auth="lookalike",
        lookalike="linkedln-invites.com",
        comment="look-alike sender domain: must be flagged, links not clickable; the 'met' "
        "claim cannot be trusted",
    ),
    case(
        "106-weak-industry-headline",
        "classic",
        "en",
        ("Derek Walton", "Construction Manager | Commercial Construction | Multifamily", ""),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Victor Hollis", "Director at Apex Holdings", "Dubai, United Arab Emirates"),
        "Hi Jamal, fellow ASU alum! Please review the bid documents I shared.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Brian Fulton", "Sales Manager at Pinnacle Insurance Group", "Omaha, Nebraska"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Diego Ramos", "Gerente de Ventas en Distribuidora del Norte", "Monterrey, México"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Marco Bellini", "Agente immobiliare presso Casa Nostra Immobiliare", "Napoli, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Trent Maddox", "Founder | Crypto | NFT Investor", "Las Vegas, Nevada"),
        None,
        GENERIC,
        mutual=2,
    ),
    case(
        "205-custom-vague",
        "classic",
        "en",
        ("Emily Carver", "Marketing Specialist at Brightside Media", "San Diego, California"),
        "Hi Jamal, your profile popped up in my feed and I'd love to connect with you.",
        GENERIC,
    ),
    case(
        "206-custom-vague-2",
        "modern",
        "en",
        ("Ryan Sutton", "Entrepreneur | Investor | Mindset Coach", "Miami, Florida"),
        "Hello! Always happy to grow my network with driven professionals like you. Let's connect!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Karen Whitaker", "Office Manager at Sunbelt Dental", "Tempe, Arizona"),
        "I'd like to add you to my professional network on LinkedIn.\n- Karen Whitaker",
        GENERIC,
        comment="the stock sentence with a signature added: still says nothing",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Lukas Schreiber", "Vertriebsleiter bei Nordlicht Versicherungen", "Hamburg"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Camille Durand", "Consultante en assurance chez Axelia", "Bordeaux, France"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "210-custom-vague-3",
        "classic",
        "en",
        ("Jason Patil", "Customer Success Manager at Cloudnest", "Chicago, Illinois"),
        "Hi Jamal, hope your week is going well. Let's connect.",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("João Santos", "Vendedor na Loja Central", "Porto Alegre, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording -------------------------------
    case(
        "021-met-expo",
        "modern",
        "en",
        ("Brianna Cole", "Project Engineer at Westfield Steel", "Phoenix, Arizona"),
        "Jamal, it was good talking with you at the Phoenix Build Expo on Thursday. I'm the one "
        "who asked about your heat plan for summer concrete pours. Hope we cross paths again.",
        LIKELY,
        ("met_in_person",),
        mutual=5,
    ),
    case(
        "022-same-org-current",
        "classic",
        "en",
        ("Marcus Delgado", "Project Engineer", "Gilbert, Arizona"),
        "Hi Jamal, I started last month as a project engineer at Copperline on the Gilbert school "
        "job. Looking forward to working with you.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "023-same-org-past",
        "modern",
        "en",
        ("Linda Begay", "Bridge Engineer (retired)", "Flagstaff, Arizona"),
        "Hey Jamal, I think we were both at ADOT around 2010. I was in the bridge group up in "
        "Flagstaff. Good to see how far you've come!",
        LIKELY,
        ("same_organization",),
        mutual=2,
    ),
    case(
        "024-same-industry",
        "classic",
        "en",
        ("Howard Kim", "Director of Facilities Planning at Banner Valley Health", ""),
        "Hi Jamal, I'm a construction manager on the owner's side for a hospital system here in "
        "the Valley, and I like to know the GC project managers in town.",
        LIKELY,
        ("same_industry",),
    ),
    case(
        "025-shared-interest",
        "modern",
        "en",
        ("Olivia Grant", "Safety Manager at Ridgeline Tilt-Up", "Goodyear, Arizona"),
        "Jamal, your article about using BIM models for jobsite safety planning stuck with me. "
        "We're trying the same thing on our tilt-up jobs.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group",
        "classic",
        "en",
        ("Sergio Maldonado", "Program Manager at Maricopa County Facilities", "Phoenix, Arizona"),
        "Hello Jamal, I saw you're on the CMAA Arizona Chapter board. I just joined the chapter "
        "and would like to get more involved.",
        LIKELY,
        ("same_groups",),
    ),
    case(
        "027-mutual-referral",
        "modern",
        "en",
        ("Keith Alvarado", "Project Manager at Southwest Precast", "Casa Grande, Arizona"),
        _REFERRAL_NOTE_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        mutual=8,
    ),
    case(
        "028-alumni",
        "classic",
        "en",
        ("Rochelle Adams", "Estimating Manager at Hayden Roofing", "Phoenix, Arizona"),
        "Jamal, Phoenix College grad here as well, class of '09. Always good to meet another Bear.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "029-specific-panel-invite",
        "modern",
        "en",
        ("Meera Shah", "Events Manager at Arizona Builders' Exchange", "Phoenix, Arizona"),
        "Hi Jamal, I'm putting together a panel on design-build delivery for the Arizona Builders' "
        "Exchange in March and would love to have a GC project manager on it. Interested?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "030-specific-question",
        "classic",
        "en",
        ("Travis Moreno", "Project Manager at Clearview Glass & Glazing", "Tempe, Arizona"),
        "Jamal, quick question about your Chandler project: who handles submittals for the "
        "curtain wall package? We're the glazing sub and want our shop drawings to reach the "
        "right person.",
        LIKELY,
        ("specific_reason",),
        comment="a subcontractor already on the job asking a working question, not a pitch",
    ),
    case(
        "031-met-es",
        "classic",
        "en",
        ("Mariana Cázares", "Ingeniera de Obra en Grupo Constructor Pitic", "Nogales, Sonora"),
        "Hola Jamal, fue un gusto conocerte en la obra de Mesa la semana pasada, durante la visita "
        "con los inspectores. ¡Quedo a tus órdenes!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "032-alumni-de",
        "modern",
        "en",
        ("Felix Hartmann", "Projektleiter bei Bauer Hochbau GmbH", "Stuttgart"),
        "Hallo Jamal, ich habe 2013 ebenfalls an der Arizona State meinen Abschluss gemacht "
        "(Bauingenieurwesen). Ich würde mich freuen, wenn wir uns vernetzen.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "033-met-session",
        "classic",
        "en",
        ("Grace Holloway", "Last Planner Coach at Flowline Consulting", "Portland, Oregon"),
        "Really enjoyed your session on pull planning at LCI Congress. Thanks for taking my "
        "questions afterwards!",
        LIKELY,
        ("met_in_person",),
        comment="talked after his session (met); pull planning also touches a shared interest",
    ),
    case(
        "034-specific-it",
        "modern",
        "en",
        ("Alessandro Greco", "Ingegnere strutturista presso Greco & Associati", "Milano, Italia"),
        "Buongiorno Jamal, sto scrivendo un articolo sui cantieri in climi estremi: posso farti "
        "qualche domanda su come gestite il caldo a Phoenix?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "035-repeat-of-027",
        "modern",
        "en",
        ("Keith Alvarado", "Project Manager at Southwest Precast", "Casa Grande, Arizona"),
        _REFERRAL_NOTE_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        mutual=8,
        comment="repeat of 027 (the builder has no reminder layout): same invitation, "
        "must merge with it in a digest",
    ),
    case(
        "036-no-auth-header-met",
        "modern",
        "en",
        ("DeShawn Price", "Owner at Price Concrete Cutting", "Phoenix, Arizona"),
        "Jamal, nice meeting you at the NAMC Arizona mixer on Tuesday. Let's grab coffee sometime.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed; being at the mixer does "
        "not quite say the writer is a NAMC member",
    ),
    case(
        "037-markup-in-note",
        "classic",
        "en",
        ("Kaylee Nguyen", "Construction Management Student at Arizona State University", ""),
        "Hi Jamal, <b>great</b> chatting at the ASU career fair about "
        "<a href='http://x.example'>field engineer</a> roles & your internship program.",
        LIKELY,
        ("met_in_person",),
        comment="note contains markup that must be shown as text; a student is not yet an alum",
    ),
    case(
        "038-base64-alumni",
        "modern",
        "en",
        ("Nikolai Brandt", "Field Engineer at Copper State Builders", "Tucson, Arizona"),
        "Hi Jamal, Sun Devil here too! I finished the construction management program at ASU in "
        "2019 and I'm a field engineer in Tucson now.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
        comment="base64 bodies; also hints at the same industry",
    ),
    case(
        "039-group-em-dash",
        "classic",
        "en",
        ("Rosa Ibarra", "EHS Manager at Mountain States Mechanical", "Phoenix, Arizona"),
        "Hi Jamal — I'm on the AGC Arizona safety committee and would like to swap notes on "
        "heat-stress programs for summer crews.",
        LIKELY,
        ("same_groups", "shared_interests"),
        comment="the samples' bad-charset kind (non-ASCII dash); heat stress counts as jobsite "
        "safety",
    ),
    case(
        "040-interest-mentor-too",
        "modern",
        "en",
        ("Farah Siddiqui", "Senior Project Manager at Tessera Builders", "Scottsdale, Arizona"),
        "Hi Jamal, I mentor young project engineers too and would love to trade ideas on bringing "
        "new grads up to speed.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "108-pitch-drones",
        "modern",
        "en",
        ("Chase Holden", "Growth Lead at SkyTrack Drone Mapping", "Denver, Colorado"),
        "Hi Jamal, contractors using our drone mapping service save 20 hours a week on progress "
        "reports. Free pilot flight on your next site, interested?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "109-pitch-leadgen",
        "classic",
        "en",
        ("Vanessa Pruitt", "Partner at BuildLeads Growth Agency", "Salt Lake City, Utah"),
        "Jamal, we book qualified meetings with developers for GCs like Copperline. Can I share a "
        "quick case study?",
        LOOK,
        comment="sales pitch; naming my company does not make the writer a colleague",
    ),
    case(
        "110-weak-past-org-headline",
        "classic",
        "en",
        ("Ellen Dorsey", "Project Coordinator at Mesa Verde Construction", "Mesa, Arizona"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names my past organization (weak)",
    ),
    case(
        "111-weak-mutual",
        "modern",
        "en",
        ("Gordon Pike", "Financial Advisor at Camelback Wealth Partners", "Scottsdale, Arizona"),
        None,
        LOOK,
        mutual=15,
        comment="no note; 15 connections in common (weak, threshold 12)",
    ),
    case(
        "112-spoof-good-note",
        "modern",
        "en",
        ("Melissa Crane", "Talent Partner at Vertex Search", "Phoenix, Arizona"),
        "Jamal, great meeting you at the Phoenix Build Expo! Sign in here to see the photos I "
        "shared.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-notify.co",
        comment="look-alike sender domain: must be flagged, links not clickable",
    ),
    case(
        "113-weak-industry-headline",
        "classic",
        "en",
        ("Russell Baird", "Preconstruction Manager | General Contracting | Healthcare", ""),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "114-dmarc-fail-linkedin-from",
        "classic",
        "en",
        ("Stefan Varga", "Procurement Officer at Orion Developments", "London, United Kingdom"),
        "Jamal, we met at the AGC Arizona convention. Kindly open the attached invoice for the "
        "Mesa project.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "212-stock-en",
        "modern",
        "en",
        ("Kyle Hansen", "Account Executive at Brightline Telecom", "Denver, Colorado"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "213-stock-es",
        "modern",
        "en",
        ("Adriana Solís", "Contadora en Grupo Solano", "Nogales, Sonora"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "214-stock-it",
        "classic",
        "en",
        ("Francesca Moretti", "Consulente finanziaria presso Banca Mediterranea", "Bari"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "215-modern-no-note",
        "modern",
        "en",
        ("Skyler Bloom", "Life Coach | Podcast Host | Keynote Speaker", "Miami, Florida"),
        None,
        GENERIC,
        mutual=3,
    ),
    case(
        "216-custom-vague",
        "classic",
        "en",
        ("Nicole Parsons", "Pharmaceutical Sales Representative", "Phoenix, Arizona"),
        "Hello Jamal, I'd be honored to be part of your professional network.",
        GENERIC,
    ),
    case(
        "217-custom-vague-2",
        "modern",
        "en",
        ("Rick Vaughn", "CEO | Visionary | Growth Hacker", "Dallas, Texas"),
        "Hi there! I'm connecting with leaders across many fields. Looking forward to being "
        "connected!",
        GENERIC,
    ),
    case(
        "218-old-stock-signed",
        "classic",
        "en",
        ("Greg Lowell", "Insurance Broker at Lowell & Sons Insurance", "Tucson, Arizona"),
        "I'd like to join your LinkedIn network.\n- Greg Lowell",
        GENERIC,
        comment="the stock sentence with a signature added: still says nothing",
    ),
    case(
        "219-stock-de",
        "modern",
        "en",
        ("Jan Becker", "Vertriebsmitarbeiter bei Autohaus Becker", "Köln"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "220-stock-fr",
        "classic",
        "en",
        ("Chloé Lambert", "Chargée de communication chez Agence Lumière", "Lyon"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "221-custom-vague-3",
        "classic",
        "en",
        ("Jessica Lin", "Real Estate Agent at Sunrise Realty", "Los Angeles, California"),
        "Good morning Jamal, wishing you a great week ahead. Happy to connect!",
        GENERIC,
    ),
    case(
        "222-stock-pt",
        "modern",
        "en",
        ("Beatriz Costa", "Analista de Marketing na Agência Sol", "Lisboa"),
        None,
        GENERIC,
        stock="pt",
    ),
    case(
        "223-stock-id",
        "classic",
        "en",
        ("Dewi Lestari", "Staf Administrasi di PT Sinar Abadi", "Surabaya"),
        None,
        GENERIC,
        stock="id",
    ),
]

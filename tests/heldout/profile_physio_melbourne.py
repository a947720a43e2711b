"""Held-out invitations for Jack O'Brien, sports physiotherapist and clinic owner in Melbourne.

English interface. Jack runs Bayside Sports Physiotherapy in Sandringham; before that he was a
physio at Hawthorn Football Club and a graduate physio at The Alfred. He studied at La Trobe
University and the University of Melbourne. Notes mostly in Australian English (footy talk,
"arvo", "hammy", ACLR, RTP, S&C, some typos and no greetings), about a fifth in the samples'
other languages: physios and clubs from Argentina, Brazil, Spain, Italy, Germany and Indonesia,
and the network's stock notes. One invitation for every likely-accept, needs-a-look and
generic sample of tests/fixtures/linkedin (the same kind of case, written from scratch for this
recipient), then a second pass over the same kinds with other writers and other wording, plus
a few kinds the samples lack (a former patient, a club's own head of medical about a role, a
contact named with no other reason, a corporate clinic acquirer, a device maker who is also
an alumna, a clinic-growth consultant, a custom note in Indonesian that says nothing, an
overseas physio just arrived in Melbourne, flattery that repeats his own career back to
him). The builder has no reminder, HTML-only, bad-charset or unterminated-multipart layout:
those kinds are written as ordinary invitations of the same category. Labels follow
DESIGN.md's "Categories", as the recipient would judge the note, written without looking at
the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

PHYSIO = Recipient(
    name="Jack O'Brien",
    address="jack.obrien@example.com.au",
    headline="Sports Physiotherapist | Director at Bayside Sports Physiotherapy",
    profile_slug="jack-obrien-sportsphysio",
)

PHYSIO_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Jack O'Brien"
organizations = ["Bayside Sports Physiotherapy", "Hawthorn Football Club", "The Alfred"]
schools = ["La Trobe University", "University of Melbourne"]
industries = ["physiotherapy", "sports medicine", "allied health", "healthcare"]
interests = [
    "ACL rehabilitation", "return to sport", "hamstring injuries", "load management",
    "strength and conditioning", "running injuries", "women's football",
]
groups = [
    "Australian Physiotherapy Association", "APA Sports & Exercise Physiotherapy Group",
    "Sports Medicine Australia", "Australian College of Physiotherapists",
]
events = ["APA IGNITE 2026", "SMA Conference 2026", "Melbourne Marathon 2026"]
contacts = ["Liam Kavanagh", "Priya Desai", "Tom Nguyen", "Mel Hartley"]

# Other names people use for the same thing.
[aliases]
"Bayside Sports Physiotherapy" = ["Bayside Sports Physio", "Bayside Physio", "BSP"]
"Hawthorn Football Club" = ["Hawthorn FC", "Hawthorn", "the Hawks", "HFC"]
"The Alfred" = ["Alfred Hospital", "Alfred Health"]
"La Trobe University" = ["La Trobe", "La Trobe Uni", "LTU", "Latrobe"]
"University of Melbourne" = [
    "Melbourne University", "Melbourne Uni", "Melb Uni", "Unimelb", "UoM",
]
"Australian Physiotherapy Association" = ["APA"]
"APA Sports & Exercise Physiotherapy Group" = [
    "APA Sports and Exercise Physiotherapy Group", "APA sports group",
    "Sports & Exercise Physiotherapy Group",
]
"Sports Medicine Australia" = ["SMA"]
"Australian College of Physiotherapists" = ["ACP", "the College"]
"APA IGNITE 2026" = ["IGNITE 2026", "IGNITE", "APA conference"]
"SMA Conference 2026" = ["SMA conference", "Sports Medicine Australia conference"]
"Melbourne Marathon 2026" = ["Melbourne Marathon", "Melb Marathon"]
"physiotherapy" = ["physio", "physiotherapist", "physical therapy"]
"ACL rehabilitation" = ["ACL rehab", "ACLR rehab", "ACL reconstruction rehab"]
"return to sport" = ["return-to-sport", "return to play", "return-to-play", "RTP"]
"hamstring injuries" = ["hamstring strains", "hamstring rehab", "hammy"]
"strength and conditioning" = ["strength & conditioning", "S&C"]
"women's football" = ["AFLW", "women's footy"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 12
"""

_REFERRAL = (
    "Liam Kavanagh reckons you're the bloke to talk to about ACL return-to-sport testing. We're "
    "setting up screening for our U18 girls at Sandringham Dragons, could I steal 20 mins of "
    "your time?"
)
_REFERRAL_2 = (
    "Hi Jack, Dr Priya Desai passed on your details - she thinks you'd be the right physio to "
    "run preseason screening for our U21 squad in January. Could I give you a call this week?"
)

PHYSIO_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-ignite",
        "classic",
        "en",
        ("Hamish Doyle", "Sports Physiotherapist at Adelaide Sports Physio", "Adelaide, SA"),
        "Hey Jack, great to meet you at IGNITE in Brisbane last week. I was the one who cornered "
        "you after the knee session asking about your hop testing battery. Would love to stay in "
        "touch!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        (
            "Chloe Nguyen",
            "Patient Care Coordinator at Bayside Sports Physiotherapy",
            "Sandringham, Victoria",
        ),
        "Hi Jack! Just wrapped up my first week on the front desk at Bayside Sports "
        "Physiotherapy. Thanks for the warm welcome, looking forward to working with you and the "
        "team :)",
        LIKELY,
        ("same_organization",),
        mutual=8,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Ben Mulcahy", "Strength & Conditioning Coach at Fremantle Dockers", "Perth, WA"),
        "Jack mate, we crossed paths at Hawthorn FC back in 2017-18. I was the junior S&C guy "
        "always pinching your foam rollers. Be good to reconnect!",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        (
            "Sinead Walsh",
            "Physiotherapist & Practice Owner at Ballarat Physio and Pilates",
            "Ballarat, Victoria",
        ),
        "Hi Jack, I own a small physio practice in Ballarat and I'm keen to connect with other "
        "clinic owners in the physio space, especially around staffing and supporting new grads.",
        LIKELY,
        ("same_industry",),
        mutual=3,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        (
            "Rohan Mehta",
            "PhD Candidate, Sport & Exercise Science at Victoria University",
            "Footscray, Victoria",
        ),
        "Hi Jack, read your post on graded running progressions after hamstring strains in "
        "footballers. My PhD is on hamstring reinjury in community footy so it was right up my "
        "alley.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Kate Lindqvist", "Sports Physiotherapist at Northern Sports Medicine", "Bundoora, VIC"),
        "Hi Jack, we're both in the APA Sports & Exercise Physiotherapy Group. Really liked your "
        "reply on the forum thread about bone stress injuries in adolescent runners.",
        LIKELY,
        ("same_groups",),
        mutual=5,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        ("Ella Baxter", "Talent Pathway Manager at Sandringham Dragons", "Melbourne, Victoria"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Georgia Pappas", "Senior Clinical Physiotherapist at Monash Health", "Clayton, VIC"),
        "Hey Jack! Another La Trobe physio grad here (class of '12). Your name popped up in my "
        "suggestions and I had to say hi.",
        LIKELY,
        ("fellow_alumni",),
        mutual=2,
    ),
    case(
        "009-specific-club-coverage",
        "classic",
        "en",
        ("Tim Halloran", "President at Beaumaris Football Club", "Beaumaris, Victoria"),
        "Hi Jack, I'm president of Beaumaris FC (VAFA). We're after a physio to cover our senior "
        "home games next season and your clinic is just down the road. Could we have a chat "
        "about what that might look like?",
        LIKELY,
        ("specific_reason",),
        comment="a local club looking for match-day cover: an opportunity for his clinic, not a "
        "sales pitch",
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Amelia Ross", "Physiotherapy Student at Monash University", "Brighton, Victoria"),
        "Hi Jack, quick q - does your clinic take students for observation days? I'm in 2nd year "
        "at Monash and would love to see how a sports practice actually runs day to day.",
        LIKELY,
        ("specific_reason",),
        comment="a student asking to observe: a concrete request",
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        (
            "Martina Quiroga",
            "Kinesióloga deportiva en Club Atlético Vélez Sarsfield",
            "Buenos Aires, Argentina",
        ),
        "Hola Jack! Nos conocimos en el congreso de SMA, yo era la kinesióloga argentina que te "
        "preguntó por tu protocolo de LCA en el café. ¡Sería genial seguir en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=3,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Felix Brandt", "Physiotherapeut bei Sportklinik Hellersen", "Lüdenscheid"),
        "Hallo Jack, ich war 2014 für ein Semester an der University of Melbourne (Master "
        "Physiotherapie). Schön, einen Ehemaligen aus Melbourne in der Sportphysio zu finden - "
        "würde mich über den Kontakt freuen.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-talk",
        "modern",
        "en",
        ("Jordan Kerr", "Head of Athletic Performance at Melbourne United", "Melbourne, VIC"),
        "Cheers for the chat after your hamstring talk at the SMA conference. Your slide on "
        "Nordic dosing has already changed how I program for my guys.",
        LIKELY,
        ("met_in_person",),
        mutual=14,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        ("Alessandro Ferri", "Fisioterapista presso Centro Medico Sportivo Emilia", "Bologna"),
        "Ciao Jack, sto preparando un corso online sulla riabilitazione del crociato per "
        "fisioterapisti e mi piacerebbe averti come ospite per un webinar di un'ora. Ti andrebbe "
        "di parlarne?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        ("Ella Baxter", "Talent Pathway Manager at Sandringham Dragons", "Melbourne, Victoria"),
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
        ("Declan Murphy", "Podiatrist at Sole Motion Podiatry", "Elwood, Victoria"),
        "Jack, good to finally meet in person in the med tent at the Melbourne Marathon on "
        "Sunday. Mad day! Let's grab a coffee soon.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-name-and-note",
        "classic",
        "en",
        ("Nick <i>Fotopoulos</i>", "Physiotherapist at Oakleigh Sports Injury Clinic", "Oakleigh"),
        "<script>document.location='http://evil.example'</script>Jack, we met at IGNITE & "
        "chatted about <b>isokinetic testing</b> over lunch.",
        LIKELY,
        ("met_in_person",),
        comment="name and note contain markup that must be shown as text, never executed (the "
        "builder cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Ruby Tran", "Exercise Physiologist at Epworth HealthCare", "Richmond, Victoria"),
        "Jack, I'm a Unimelb grad as well (BSc 2016), now working as an EP at Epworth in Richmond.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "en",
        ("Olga Kovač", "Physiotherapist at Pivot Sports Clinic", "Geelong, Victoria"),
        "Hi Jack — fellow SMA member here; keen to swap notes on concussion protocols for "
        "community sport.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "en",
        ("Matt Galea", "Physiotherapist at Western Bulldogs", "Footscray, Victoria"),
        "G'day Jack, I'm knee deep in AFLW injury prevention at the moment too and would love to "
        "bounce some ideas around on ACL load monitoring.",
        LIKELY,
        ("shared_interests",),
        mutual=9,
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Brad Kimber", "Partnerships Manager at ClinicFlow", "Sydney, NSW"),
        "Hi Jack, we help physio clinics cut no-shows by 40% with automated SMS reminders and "
        "online booking. Worth a quick 15 min demo next week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "en",
        ("Jasmine Cole", "Director at Lift Digital Marketing", "Gold Coast, Queensland"),
        "Jack, we specialise in Google Ads and SEO for allied health clinics and have 2 spots "
        "open in Melbourne this quarter. Can I send over a free audit of your website?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Paul Stavros", "Membership Coordinator at Hawthorn Football Club", "Dingley Village"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names one of my organizations (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Tanya Bergstrom", "Account Director at Carat Australia", "Melbourne, Victoria"),
        None,
        LOOK,
        mutual=19,
        comment="no note; 19 connections in common, threshold 12 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Rachel Dunn", "Health Consultant", "Melbourne"),
        "Hi Jack, great catching up at IGNITE. I've uploaded the referral forms for you, log in "
        "here to view them.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-invites.net",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "106-weak-industry-headline",
        "classic",
        "en",
        ("Craig Lawson", "Physiotherapist | Allied Health", "Bendigo, Victoria"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Vincent Marr", "Managing Partner at Crestline Equity", "Singapore"),
        "Hi Jack, fellow La Trobe alum here! Please check the proposal I sent you through the "
        "secure link.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Daniel Pike", "Sales Consultant at Harvey Norman", "Frankston, Victoria"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Pablo Serrano", "Asesor financiero en BBVA", "Madrid, España"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Giorgio Conti", "Responsabile commerciale presso Lavazza", "Torino, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Tyson Hale", "Entrepreneur | Crypto | Forex Mentor", "Surfers Paradise, Queensland"),
        None,
        GENERIC,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Ashleigh Moore", "Marketing Coordinator at Bunnings", "Melbourne, Victoria"),
        "Hi Jack, stumbled across your profile today and thought it'd be great to connect!",
        GENERIC,
        mutual=1,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Kyle Brennan", "Business Mindset Coach | Speaker | Author", "Sydney, NSW"),
        "Hey Jack! Always looking to surround myself with driven, like-minded professionals. "
        "Let's link up 🚀",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Lisa Marchetti", "Mortgage Broker at Aussie Home Loans", "Geelong, Victoria"),
        "I'd like to add you to my professional network on LinkedIn.\nThanks, Lisa",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Tobias Keller", "Vertriebsmitarbeiter bei Bosch", "Stuttgart"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Élodie Garnier", "Conseillère en assurance chez AXA", "Nantes"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Brendan Shaw", "Electrician at Shaw Electrical", "Mornington, Victoria"),
        "Hey Jack, hope the week's treating you well. Happy to connect.",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Rafael Costa", "Gerente Comercial na Natura", "Belo Horizonte, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-netball-champs",
        "classic",
        "en",
        (
            "Anna Lucas",
            "Sport & Exercise Physician at Olympic Park Sports Medicine Centre",
            "Melbourne",
        ),
        "Jack, lovely working alongside you at the state netball champs on the weekend, and "
        "thanks for taking that ankle I sent your way in the last quarter! Let's keep in touch.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "022-same-org-current-alias",
        "modern",
        "en",
        ("Harry Ellis", "Graduate Physiotherapist", "Hampton, Victoria"),
        "hi jack, harry here - the new grad starting at Bayside Physio on monday!! cant wait to "
        "get stuck in, thanks again for taking a chance on me",
        LIKELY,
        ("same_organization",),
        mutual=10,
    ),
    case(
        "023-same-org-past-alias",
        "classic",
        "en",
        ("Nadia Haddad", "Senior Occupational Therapist at Austin Health", "Heidelberg, Victoria"),
        "Jack! We were grads together at the Alfred in 2011 - trauma ward rotation, remember "
        "those night shifts? Would love to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry",
        "modern",
        "en",
        ("Sam Whittaker", "Physio | Owner at Coastline Physiotherapy", "Wollongong, NSW"),
        "Gday Jack, fellow sports physio and clinic owner up here in the Gong. Always good to "
        "have a few people in the same boat to compare notes with.",
        LIKELY,
        ("same_industry",),
        mutual=4,
    ),
    case(
        "025-shared-interest",
        "classic",
        "en",
        ("Priyanka Rao", "Senior Lecturer in Biomechanics at Deakin University", "Burwood, VIC"),
        "Hi Jack, your podcast episode on load management for teenage fast bowlers was spot on. "
        "We're running a study on workload and lumbar stress injuries in junior cricket and I'd "
        "love to follow your work.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group",
        "modern",
        "en",
        ("Ellie Sutherland", "Titled Sports & Exercise Physiotherapist", "Hobart, Tasmania"),
        "Hi Jack, I've just started the Fellowship pathway with the Australian College of "
        "Physiotherapists and saw you're a member too. Keen to connect with others in the "
        "College.",
        LIKELY,
        ("same_groups",),
        mutual=6,
    ),
    case(
        "027-mutual-referral",
        "classic",
        "en",
        ("Bianca Lowe", "High Performance Manager at Netball Victoria", "Melbourne, Victoria"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "028-alumni-alias",
        "modern",
        "en",
        (
            "Connor Walsh",
            "Orthopaedic Registrar at St Vincent's Hospital Melbourne",
            "Fitzroy, Victoria",
        ),
        "Melb Uni alum too, I think we overlapped on campus (MD '18). Good to connect with more "
        "sports med people from uni.",
        LIKELY,
        ("fellow_alumni",),
        mutual=1,
    ),
    case(
        "029-specific-interview",
        "classic",
        "en",
        ("Tessa Morgan", "Health Reporter at The Age", "Melbourne, Victoria"),
        "Hi Jack, I'm writing a piece for The Age on the spike in ACL injuries in women's footy "
        "and I'm looking for a sports physio to interview. Do you have 15 minutes this week?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "030-specific-research-trial",
        "modern",
        "en",
        (
            "Grace Whitby",
            "Research Officer, La Trobe Sport and Exercise Medicine Research Centre",
            "Bundoora, Victoria",
        ),
        "Hi Jack, we're recruiting clinics for a trial of injury prevention warm-ups in "
        "community netball. Participating clinics get the training free. Would Bayside be keen "
        "to be involved?",
        LIKELY,
        ("specific_reason",),
        comment="an invitation to take part in a research trial: not a sales pitch",
    ),
    case(
        "031-met-pt",
        "modern",
        "en",
        ("Thiago Mendes", "Fisioterapeuta Esportivo no Grêmio", "Porto Alegre, Brasil"),
        "Oi Jack! A gente se conheceu no IGNITE, eu era o fisio brasileiro do workshop de ombro. "
        "Foi ótimo trocar ideia com você, vamos manter contato!",
        LIKELY,
        ("met_in_person",),
        mutual=2,
    ),
    case(
        "032-alumni-id",
        "modern",
        "en",
        ("Dimas Prasetyo", "Fisioterapis Olahraga di Persija Jakarta", "Jakarta, Indonesia"),
        "Halo Jack, saya juga lulusan La Trobe University (Master of Physiotherapy 2019). Senang "
        "bisa kenal sesama alumni yang kerja di fisioterapi olahraga!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "033-met-after-panel",
        "modern",
        "en",
        ("Josh Kelleher", "Physiotherapist at Carlton Football Club", "Melbourne, Victoria"),
        "Good yarn in the coffee queue after the RTP panel at IGNITE. Still thinking about what "
        "you said re calf strains in midfielders!",
        LIKELY,
        ("met_in_person",),
        mutual=15,
    ),
    case(
        "034-specific-es",
        "modern",
        "en",
        ("Carla Mendoza", "Coordinadora académica en Universidad Europea", "Madrid, España"),
        "Hola Jack, coordino un máster de fisioterapia deportiva en Madrid y nos encantaría que "
        "dieras una clase online sobre lesiones de isquiotibiales en el fútbol australiano. "
        "¿Podemos hablar?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "035-resent-of-027",
        "classic",
        "en",
        ("Bianca Lowe", "High Performance Manager at Netball Victoria", "Melbourne, Victoria"),
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
        ("Steph Antoniou", "Studio Owner at Core Collective Pilates", "Brighton, Victoria"),
        "Hi Jack, so good to meet you at the Bayside business breakfast on Thursday! Hope the "
        "fit-out at the new Sandy site is going ok, let's grab a coffee soon.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "037-markup-in-note-and-headline",
        "classic",
        "en",
        ("Liam O'Connor", "Physio <b>Sports & Spine</b> at Kew Physio Co", "Kew, Victoria"),
        "Hi Jack, <b>awesome</b> catching up at the SMA conference "
        "<img src=x onerror=alert(1)> & talking preseason screening!",
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "en",
        ("Hannah Kidd", "Physiotherapist at Melbourne Storm", "Melbourne, Victoria"),
        "Jack, I did physio at La Trobe too (grad 2015) and now look after the Storm's rehab "
        "group. Bundoora represent!",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "039-group-dash",
        "classic",
        "en",
        ("Jessica Varga", "Musculoskeletal Physiotherapist", "Warrnambool, Victoria"),
        "Hi Jack — fellow APA member here, keen to compare notes on running a sports clinic in a "
        "regional town vs the city.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "040-shared-interest-2",
        "modern",
        "en",
        ("Dan Kowalczyk", "Strength & Conditioning Coach at Coburg Football Club", "Coburg, VIC"),
        "Hey Jack, I'm big on closing the gap between physio and S&C in late-stage ACL rehab too. "
        "would love to swap ideas on how you run your criteria based progressions",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "041-met-former-patient",
        "modern",
        "en",
        ("Mia Castellano", "Marketing Manager at Tennis Australia", "Melbourne, Victoria"),
        "Jack!! You got me back on court after my ACL reco in 2023 and I just finished my first "
        "full pennant season pain free. Forever grateful, had to connect.",
        LIKELY,
        ("met_in_person",),
        mutual=3,
        comment="a former patient: he knows her in person from treating her",
    ),
    case(
        "042-specific-club-role",
        "modern",
        "en",
        ("Rebecca Lyons", "Head of Medical at St Kilda Football Club", "Moorabbin, Victoria"),
        "Hi Jack, I head up medical at St Kilda and we're building out the AFLW physio team for "
        "2027. Your name keeps coming up - would you be open to a confidential chat?",
        LIKELY,
        ("specific_reason",),
        mutual=9,
        comment="a club's own head of medical about a role on her team: a concrete opportunity, "
        "not an agency's recruiting pitch",
    ),
    case(
        "043-mutual-named-only",
        "classic",
        "en",
        ("Mitch Adams", "Personal Trainer at F45 Brighton", "Brighton, Victoria"),
        "Tom Nguyen said I should connect with you. Cheers!",
        LIKELY,
        ("mutual_connection",),
        comment="names one of my contacts and nothing else: still a connection in common",
    ),
    case(
        "044-same-industry-it",
        "modern",
        "en",
        ("Giulia Marchetti", "Fisioterapista sportiva - libera professionista", "Verona"),
        "Ciao Jack, sono una fisioterapista sportiva di Verona, mi sono appena trasferita a "
        "Melbourne e vorrei conoscere qualche collega del settore. Magari un caffè uno di questi "
        "giorni?",
        LIKELY,
        ("same_industry",),
    ),
    case(
        "111-pitch-saas",
        "modern",
        "en",
        ("Megan Holt", "Account Executive at RehabLoop", "Brisbane, Queensland"),
        "Hi Jack, RehabLoop gives physio clinics branded home exercise programs and outcome "
        "tracking from $49/month. Keen for a quick demo? Happy to work around your clinic hours.",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "112-pitch-after-meeting",
        "classic",
        "en",
        ("Steve Rankin", "Territory Manager at Kinetic Medical Devices", "Melbourne, Victoria"),
        "Jack, great to meet you at our booth at IGNITE! As promised we've got 15% off shockwave "
        "units for clinics until end of month. Want me to pop in for a demo?",
        LOOK,
        ("met_in_person",),
        comment="sales pitch: a red flag whatever else the note answers (they did meet)",
    ),
    case(
        "113-weak-past-org-headline",
        "classic",
        "en",
        ("Michelle Tan", "Nurse Unit Manager at The Alfred", "Prahran, Victoria"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my past organizations (weak)",
    ),
    case(
        "114-weak-mutual",
        "modern",
        "en",
        ("Chris Papadopoulos", "Operations Manager at Linfox", "Dandenong, Victoria"),
        None,
        LOOK,
        mutual=27,
        comment="no note; 27 connections in common, threshold 12 (weak)",
    ),
    case(
        "115-spoof-good-note",
        "modern",
        "en",
        ("Jenna Ford", "Event Coordinator", "Melbourne"),
        "Hey Jack, so good to see you at the Melbourne Marathon! I've shared the photos from the "
        "med tent, sign in to download them.",
        LOOK,
        auth="lookalike",
        lookalike="linkedinmail-secure.com",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "116-weak-industry-headline",
        "classic",
        "en",
        ("Lachlan Price", "Sports Medicine | Exercise Rehab | Remedial Massage", "Torquay, VIC"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "117-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Eric Lindahl", "CFO at Nordhaven Capital", "Dubai, UAE"),
        "Jack, as discussed at the SMA conference, please open the attached invoice for the "
        "sponsorship package.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed meeting is not "
        "counted, as in the samples",
    ),
    case(
        "118-weak-school-headline",
        "modern",
        "en",
        ("Zoe Marshall", "Student at La Trobe University", "Bundoora, Victoria"),
        None,
        LOOK,
        mutual=4,
        comment="no note; headline names one of my schools (weak)",
    ),
    case(
        "119-pitch-recruiter",
        "classic",
        "en",
        ("Mark Pearson", "Senior Consultant at Southern Cross Health Recruitment", "London"),
        "Hi Jack, we've got locum sports physio roles in the UK (London, Manchester) paying "
        "£350/day plus relocation support. Open to hearing more? Happy to send the list.",
        LOOK,
        comment="recruitment agency pitch",
    ),
    case(
        "120-dmarc-fail-plain-note",
        "modern",
        "en",
        ("Shane Doherty", "Physiotherapist at Geelong Physio Group", "Geelong, Victoria"),
        "Hi Jack, was great chatting in the med tent at the Melbourne Marathon. Keep in touch "
        "mate!",
        LOOK,
        auth="fail",
        mutual=6,
        comment="DKIM and DMARC failed: flagged even though the note itself reads as genuine",
    ),
    case(
        "121-pitch-clinic-acquirer",
        "classic",
        "en",
        ("Andrew Finch", "Head of Acquisitions at Evolve Allied Health Group", "Sydney, NSW"),
        "Hi Jack, we partner with founder-led physio clinics in Melbourne looking at succession "
        "or growth capital. Would you be open to a confidential, no-obligation chat?",
        LOOK,
        comment="a corporate group fishing to buy his clinic: a pitch",
    ),
    case(
        "122-pitch-with-alumni",
        "modern",
        "en",
        ("Jess Morello", "Founder at FlexForm Reformers", "Melbourne, Victoria"),
        "Fellow La Trobe physio alum here 👋 I now make clinical reformers for physio practices, "
        "happy to drop one at Bayside for a free 2 week trial?",
        LOOK,
        ("fellow_alumni",),
        mutual=7,
        comment="a real alumni link, but the note is a sales pitch",
    ),
    case(
        "123-pitch-consultant",
        "modern",
        "en",
        ("Sandra Pike", "Clinic Growth Coach | Helping physio owners scale", "Brisbane, QLD"),
        "Jack, most physio owners I work with are stuck treating 40+ patients a week and can't "
        "step back. My 6 week program fixes that. Worth a chat?",
        LOOK,
        mutual=2,
        comment="business coach pitch",
    ),
    case(
        "221-stock-en",
        "classic",
        "en",
        ("Jarrod Vella", "Real Estate Agent at Ray White", "Werribee, Victoria"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "222-stock-es",
        "classic",
        "en",
        ("Lucía Herrera", "Ejecutiva comercial en Telefónica", "Bogotá, Colombia"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "223-stock-it",
        "classic",
        "en",
        ("Francesca Rizzi", "Consulente finanziaria presso Banca Mediolanum", "Milano, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "224-modern-no-note",
        "modern",
        "en",
        ("Aiden Cross", "Dropshipping | Passive Income | Dad of 3", "Perth, WA"),
        None,
        GENERIC,
        mutual=3,
    ),
    case(
        "225-custom-vague",
        "modern",
        "en",
        ("Natalie Jovanovic", "Customer Success Manager at Xero", "Melbourne, Victoria"),
        "Hello Jack! Your profile came up in my suggestions and I'd really like to connect.",
        GENERIC,
    ),
    case(
        "226-custom-vague-2",
        "classic",
        "en",
        ("Marcus Bell", "Founder & CEO at Bell Ventures", "Dubai, UAE"),
        "Great to connect with top professionals in Melbourne. Looking forward to supporting "
        "each other's success!",
        GENERIC,
    ),
    case(
        "227-old-stock-signed",
        "classic",
        "en",
        ("Travis Gunn", "Financial Planner at AMP", "Bendigo, Victoria"),
        "I'd like to join your LinkedIn network.\n\nCheers,\nTravis G.",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "228-stock-de",
        "classic",
        "en",
        ("Stefan Huber", "Key Account Manager bei Allianz", "Wien"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "229-stock-fr",
        "classic",
        "en",
        ("Mathieu Roux", "Ingénieur commercial chez Schneider Electric", "Grenoble"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "230-custom-vague-3",
        "modern",
        "en",
        ("Kirra Walsh", "Venue Manager at Crown Melbourne", "Southbank, Victoria"),
        "Hi Jack hope your well! would be great to connect",
        GENERIC,
        mutual=2,
    ),
    case(
        "231-stock-pt",
        "classic",
        "en",
        ("Beatriz Almeida", "Analista de Marketing na Ambev", "São Paulo, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    case(
        "232-custom-vague-id",
        "modern",
        "en",
        ("Andi Saputra", "Staf Administrasi di Bank Mandiri", "Surabaya, Indonesia"),
        "Halo Pak Jack, salam kenal. Semoga kita bisa saling terhubung dan berbagi.",
        GENERIC,
        mutual=1,
        comment="a polite custom note in Indonesian that says nothing specific",
    ),
    case(
        "233-vague-praise-career",
        "classic",
        "en",
        ("Sienna Clarke", "Life Coach | Helping you live your best life", "Noosa, Queensland"),
        "Such an inspiring journey from elite sport to running your own business! Would be great "
        "to connect and learn from you.",
        GENERIC,
        comment="flattery that repeats his own career back to him: answers nothing",
    ),
]

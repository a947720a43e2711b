"""Held-out profile: Hannah Brooks, veterinarian and clinic director at an animal hospital group.

English interface. Two passes over the 38 invitation kinds of shared/samples/linkedin (every
likely_accept / needs_a_look / generic sample), each written from scratch for this recipient,
with different writers and wording in the second pass. Written without reading the classifier's
phrase lists or the other profiles' cases: the labels are what the recipient would say on reading
the note, following DESIGN.md's categories. Written to tests/heldout/vet_denver/ by
make_heldout.py.

The builder has no reminder template, no HTML-only body and no damaged charset or boundary: the
reminder kind is the same invitation sent again, the markup kind carries its markup in the note
(multipart), and the bad-charset / no-boundary-end kinds are ordinary emails with the same kind
of note (a group and an interest, with non-ASCII characters).
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, STOCK, Case, case

VET = Recipient(
    name="Hannah Brooks",
    address="hannah.brooks@example.com",
    headline="Clinic Director at Front Range Animal Hospitals",
    profile_slug="hannah-brooks-dvm",
)

VET_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Hannah Brooks"
organizations = [
    "Front Range Animal Hospitals", "Highlands Pet Hospital", "Mile High Veterinary Emergency",
    "Platte River Humane Society",
]
schools = ["Colorado State University", "University of Wisconsin-Madison"]
industries = ["veterinary medicine", "animal health", "veterinary practice management"]
interests = [
    "shelter medicine", "veterinary dentistry", "low-stress handling", "team wellbeing",
    "client communication", "antimicrobial stewardship",
]
groups = [
    "American Animal Hospital Association", "Colorado Veterinary Medical Association",
    "Veterinary Hospital Managers Association", "CSU Vet Med Alumni Association",
]
events = ["VMX 2026", "WVC Annual Conference 2026", "CVMA Convention 2026"]
contacts = ["Megan Callahan", "Luis Ortega", "Priya Raman"]

# Other names people use for the same thing.
[aliases]
"Front Range Animal Hospitals" = ["Front Range", "FRAH"]
"Highlands Pet Hospital" = ["Highlands hospital"]
"Mile High Veterinary Emergency" = ["Mile High Vet ER", "MHVE"]
"Platte River Humane Society" = ["Platte River Humane", "PRHS"]
"Colorado State University" = ["Colorado State", "CSU", "CSU Vet Med"]
"University of Wisconsin-Madison" = ["UW-Madison", "UW Madison"]
"veterinary medicine" = ["vet med", "small animal practice", "companion animal medicine"]
"veterinary practice management" = ["practice management", "hospital management"]
"American Animal Hospital Association" = ["AAHA"]
"Colorado Veterinary Medical Association" = ["CVMA", "Colorado VMA"]
"Veterinary Hospital Managers Association" = ["VHMA"]
"low-stress handling" = ["Fear Free", "fear-free", "low stress handling"]
"team wellbeing" = ["burnout", "compassion fatigue", "team well-being"]
"veterinary dentistry" = ["dentistry", "dental"]
"VMX 2026" = ["VMX"]
"WVC Annual Conference 2026" = ["WVC", "WVC 2026", "Western Veterinary Conference"]
"CVMA Convention 2026" = ["CVMA convention"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 12
"""

_REFERRAL_1 = (
    "Megan Callahan mentioned you're the person to talk to about setting up a shared on-call "
    "rotation between clinics in the metro area. Happy to compare how we each handle it."
)
_REFERRAL_1_FROM = ("Samuel Adeyemi", "Practice Manager at Evergreen Veterinary Group", "")

_REFERRAL_2 = (
    "Hannah, Luis Ortega gave me your name when I asked who in Denver had rolled out a "
    "dental-only surgery day. Could I pick your brain for twenty minutes sometime?"
)
_REFERRAL_2_FROM = ("Gavin O'Neill", "Practice Owner at Lakeside Veterinary Clinic", "Golden, CO")

_RESENT = (
    "The same invitation notified again (the builder has no reminder template); "
    "the note is unchanged, so is the label."
)
_NO_AUTH = (
    "No Authentication-Results header: the sender is unverified, not failed; DESIGN's red flag "
    "is a failed authentication, so the met note decides, as in the samples."
)

VET_CASES: list[Case] = [
    # -- first pass: likely accept, the note answers a question ------------------------------
    case(
        "001-met-vmx-booth",
        "classic",
        "en",
        ("Tyler Okonkwo", "Territory Manager at Summit Animal Nutrition", "Boulder, Colorado"),
        "Hannah, thanks for stopping by our booth at VMX in Orlando and for the tips on staffing "
        "the front desk. Hope the flight home was smooth!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        (
            "Rebecca Lindqvist",
            "Associate Veterinarian at Front Range Animal Hospitals",
            "Littleton, Colorado",
        ),
        "Hi Hannah, I started last month at the Littleton location of Front Range Animal "
        "Hospitals and wanted to connect with the leadership team.",
        LIKELY,
        ("same_organization",),
        mutual=14,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Daniel Reyes", "Software Engineer at Trailhead Systems", ""),
        "Hannah! I was a night-shift tech at Mile High Veterinary Emergency while you were doing "
        "your internship there, before I switched careers. Would love to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        ("Keisha Monroe", "Hospital Administrator at Aurora Pet Care Center", "Aurora, Colorado"),
        "Hello Hannah, I manage a three-doctor small animal practice across town and I'm always "
        "keen to swap notes with other people running vet hospitals.",
        LIKELY,
        ("same_industry",),
        mutual=3,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Noah Whitaker", "Program Coordinator at Open Paw Community Project", ""),
        "Hi Hannah, your article about bringing shelter medicine practices into private clinics "
        "really resonated. It's the focus of my master's thesis.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Elena Vasquez", "Practice Owner at Cottonwood Animal Clinic", "Fort Collins, Colorado"),
        "Hi Hannah, I'm on the CVMA membership committee and noticed you joined the practice "
        "owners' forum there too. Your answer on overtime policies was spot on.",
        LIKELY,
        ("same_groups",),
        mutual=6,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        _REFERRAL_1_FROM,
        _REFERRAL_1,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Brittany Shaw", "Equine Veterinarian at Rocking R Equine", "Sheridan, Wyoming"),
        "Hi Hannah! Another CSU DVM here (class of 2013). Go Rams!",
        LIKELY,
        ("fellow_alumni",),
        mutual=2,
    ),
    case(
        "009-specific-externship",
        "classic",
        "en",
        ("Aaron Feldman", "Externship Coordinator at Pikes Peak Vet Tech Program", ""),
        "Hi Hannah, I place veterinary technician students in clinical externships and we're "
        "looking for two hospitals to host students next semester. Would your team be open to a "
        "conversation about it?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "010-specific-volunteer",
        "modern",
        "en",
        ("Olivia Tran", "Retired Registered Nurse", "Lakewood, Colorado"),
        "Hannah, does your group ever take volunteers for its low-cost vaccine clinics? I live "
        "in Lakewood and would gladly help with check-in.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "011-met-es",
        "classic",
        "en",
        (
            "Valentina Ruiz",
            "Médica Veterinaria en Clínica Veterinaria Los Andes",
            "Santiago, Chile",
        ),
        "Hola Hannah, coincidimos en la cena de ponentes de la WVC en Las Vegas. ¡Fue un gusto "
        "charlar contigo y ojalá sigamos en contacto!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "012-alumni-de",
        "classic",
        "en",
        ("Felix Hartmann", "Tierarzt bei Tierklinik Isar", "München, Deutschland"),
        "Hallo Hannah, ich habe wie du Tiermedizin an der Colorado State University studiert "
        "(Abschluss 2012) und arbeite jetzt in München. Ich würde mich über die Vernetzung freuen!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-after-talk",
        "modern",
        "en",
        (
            "Imani Carter",
            "Practice Manager at Sunnyside Animal Hospital",
            "Colorado Springs, Colorado",
        ),
        "I caught you in the hallway after your burnout session at the CVMA Convention. Thanks "
        "for giving me ten minutes on four-day schedules!",
        LIKELY,
        ("met_in_person",),
        mutual=12,
        comment="They spoke in person after her session; the topic (burnout) is hers, the "
        "writer does not claim it as an interest of their own, so only met_in_person.",
    ),
    case(
        "014-specific-it",
        "classic",
        "en",
        (
            "Chiara Lombardi",
            "Coordinatrice didattica presso Università degli Studi di Milano",
            "Milano, Italia",
        ),
        "Ciao Hannah, sto preparando un ciclo di seminari online sulla gestione delle cliniche "
        "veterinarie e mi piacerebbe molto averti tra i relatori.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        _REFERRAL_1_FROM,
        _REFERRAL_1,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment=_RESENT,
    ),
    case(
        "016-no-auth-header-met",
        "classic",
        "en",
        ("Kevin Marsh", "Veterinary Technician at Lakewood Animal Hospital", ""),
        "Hannah, so nice to finally put a face to the name at the VMX welcome reception! Hope "
        "to run into you again at the next one.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment=_NO_AUTH,
    ),
    case(
        "017-markup-in-note",
        "classic",
        "en",
        ("Alex Moreno", "Vet Tech Supervisor at Parker Pet Hospital", ""),
        "<script>alert('hi')</script> Hi Hannah, we sat at the same table during the "
        "<b>CVMA Convention</b> lunch & talked about <i>cat-friendly exam rooms</i>.",
        LIKELY,
        ("met_in_person",),
        comment="Markup in the note must be shown escaped; the text under it is a met note.",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Nadia Kowalczyk", "Lab Animal Veterinarian at Rocky Mountain Research Institute", ""),
        "Hannah, I also did my undergrad at UW-Madison (Animal Sciences, 2006) before moving "
        "west. Nice to have another Badger in my network.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-non-ascii",
        "classic",
        "en",
        ("Søren Dahl", "Hospital Manager at Nordic Paws Dyreklinik", "København, Danmark"),
        "Hi Hannah — I'm a VHMA member too and keep seeing your posts in the members' forum. "
        "Would love to trade ideas on inventory control.",
        LIKELY,
        ("same_groups",),
        comment="The bad-charset sample's kind (a group note with non-ASCII text); the builder "
        "writes valid UTF-8.",
    ),
    case(
        "020-interest-shelter",
        "modern",
        "en",
        ("Amina Haddad", "Shelter Veterinarian at SPA Casablanca", "Casablanca, Morocco"),
        "Hi Hannah, I also spend most of my week on shelter medicine and would be glad to "
        "exchange protocols for intake exams.",
        LIKELY,
        ("shared_interests",),
        comment="The no-boundary-end sample's kind (a shared-interest note); the builder closes "
        "its boundaries.",
    ),
    # -- first pass: needs a look -------------------------------------------------------------
    case(
        "101-pitch-software",
        "modern",
        "en",
        ("Brett Kowalski", "Growth Manager at PawBook", "Austin, Texas"),
        "Hi Hannah, clinics using PawBook cut appointment no-shows by 40% in their first "
        "quarter. Do you have 15 minutes Thursday for a walkthrough?",
        LOOK,
        comment="Sales pitch: a red flag whatever else it says.",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "en",
        ("Carmen Ellis", "Founder at VetGrowth Marketing", ""),
        "Hannah, our agency builds Google Ads campaigns just for animal hospitals. Mind if I "
        "send over our packages and rates?",
        LOOK,
        comment="Sales pitch.",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Peter Haas", "Client Service Representative at Front Range Animal Hospitals", ""),
        None,
        LOOK,
        stock="en2",
        comment="Stock note; the headline names her current organization.",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Lauren Fitzgerald", "Branch Manager at Summit Credit Union", "Englewood, Colorado"),
        None,
        LOOK,
        mutual=27,
        comment="No note; 27 connections in common, above her threshold of 12.",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Stacy Brennan", "Recruiter at Globalink Staffing", ""),
        "Hi Hannah, we chatted at VMX last month. Please verify your login to open my message.",
        LOOK,
        auth="lookalike",
        lookalike="linkedln-invites.com",
        comment="Look-alike sender domain: red flag; the met claim is not trusted.",
    ),
    case(
        "106-weak-industry-headline",
        "classic",
        "en",
        ("Derek Halvorsen", "Relief Veterinarian | Small Animal Medicine | Surgery", ""),
        None,
        LOOK,
        stock="en2",
        comment="Stock note; the headline (relief veterinarian, small animal medicine) names her "
        "industry, veterinary medicine, in other words.",
    ),
    case(
        "107-dmarc-fail",
        "modern",
        "en",
        ("Graham Pierce", "Managing Partner at Sterling Capital", "New York, New York"),
        "Hannah, another Colorado State grad here! Please take a look at the file I sent you.",
        LOOK,
        auth="fail",
        comment="DKIM/DMARC fail with a linkedin.com From: red flag; the alumni claim is bait.",
    ),
    # -- first pass: generic ------------------------------------------------------------------
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Brian Kessler", "Sales Manager at Apex Roofing", ""),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Andrés Morales", "Gerente Comercial en Distribuidora del Norte", ""),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Luca Ferri", "Consulente finanziario presso Fides Consulting", ""),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Trent Walker", "Founder | Dropshipping | Passive Income Coach", "Scottsdale, Arizona"),
        None,
        GENERIC,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Ashley Morgan", "Account Executive at Brightwater Media", "Tampa, Florida"),
        "Hi Hannah, your profile popped up in my suggestions and it looks impressive. Happy to "
        "connect!",
        GENERIC,
        mutual=1,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Kyle Benson", "Entrepreneur | Investor", ""),
        "Always looking to grow my circle with driven professionals. Hope you'll accept!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Donna Reyes", "Real Estate Agent at Keystone Realty", ""),
        STOCK["en"] + "\n- Donna Reyes",
        GENERIC,
        comment="The stock sentence with a signature: still says nothing.",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Tobias Becker", "Vertriebsleiter bei Hanse Logistik GmbH", ""),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Julie Moreau", "Conseillère en assurances chez Groupe Axion", ""),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Ethan Cole", "Student at Westview High School", "Lincoln, Nebraska"),
        "Hey Hannah, hope your week is going great! Would be cool to connect.",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Rafael Souza", "Vendedor na Auto Peças Brasil", ""),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: likely accept -----------------------------------------------------------
    case(
        "051-met-coffee-line",
        "classic",
        "en",
        ("Meera Desai", "Veterinarian at Bright Smiles Animal Dental", "Phoenix, Arizona"),
        "Hannah, I enjoyed our chat in the coffee line at WVC. If you're ever in Phoenix, the "
        "first latte's on me.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "052-same-org-current-it",
        "modern",
        "en",
        (
            "Jacob Lindgren",
            "IT Systems Administrator at Front Range Animal Hospitals",
            "Denver, Colorado",
        ),
        "Hi Hannah, I'm the new IT admin for all the FRAH clinics, so you'll probably see me "
        "around the Highlands hospital soon. Figured I'd connect first!",
        LIKELY,
        ("same_organization",),
        mutual=19,
    ),
    case(
        "053-same-org-past-volunteer",
        "classic",
        "en",
        ("Monica Pruitt", "Nurse Practitioner at Denver Health", ""),
        "Hannah, we both did Saturday intake shifts at Platte River Humane Society years ago. I "
        "still remember you carrying that three-legged greyhound everywhere! Hope all is well.",
        LIKELY,
        ("same_organization",),
        comment="Volunteering at the same shelter, one of her past organizations.",
    ),
    case(
        "054-same-industry-multisite",
        "modern",
        "en",
        (
            "Tomás Jiménez",
            "Medical Director at Canyon Creek Animal Hospital",
            "Albuquerque, New Mexico",
        ),
        "Hello Hannah, I direct a four-clinic group in New Mexico and would value connecting "
        "with others who run multi-site vet practices.",
        LIKELY,
        ("same_industry",),
        mutual=4,
    ),
    case(
        "055-shared-interest-fear-free",
        "classic",
        "en",
        ("Laura Kim", "Behavior Consultant at Calm Canine Training", ""),
        "Hi Hannah, I saw you're a big advocate of Fear Free visits. Making the clinic less "
        "stressful for pets is what my whole business is built around.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "056-same-group-cohort",
        "modern",
        "en",
        ("Renee Dubois", "Medical Director at Tail Waggers Animal Hospital", "Omaha, Nebraska"),
        "Hi Hannah, I think we're in the same AAHA leadership cohort this year. Looking forward "
        "to the next virtual session with you.",
        LIKELY,
        ("same_groups",),
        mutual=5,
    ),
    case(
        "057-mutual-referral",
        "classic",
        "en",
        _REFERRAL_2_FROM,
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "058-alumni",
        "modern",
        "en",
        (
            "Caitlin Novak",
            "Veterinary Ophthalmology Resident at Purdue University",
            "West Lafayette, Indiana",
        ),
        "Hi Hannah, I noticed we both went through the DVM program at Colorado State. Hope "
        "Denver is treating you well!",
        LIKELY,
        ("fellow_alumni",),
        mutual=2,
    ),
    case(
        "059-specific-interview",
        "classic",
        "en",
        ("Marcus Bell", "Segment Producer at Rocky Mountain Today", ""),
        "Hi Hannah, we're putting together a segment on keeping pets safe during Fourth of July "
        "fireworks and would love to interview a local veterinarian. Are you free the week of "
        "June 22?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "060-specific-shadowing",
        "modern",
        "en",
        ("Ben Alvarez", "Science Teacher at Englewood High School", "Englewood, Colorado"),
        "Hannah, would one of your clinics let a couple of my seniors shadow a vet for a day "
        "this spring? Several of them are set on vet school.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "061-met-es",
        "classic",
        "en",
        ("Sofía Paredes", "Directora Médica en Hospital Veterinario San Isidro", "Lima, Perú"),
        "Hola Hannah, fue un placer compartir mesa contigo en la cena de clausura de VMX. "
        "Espero que podamos mantener el contacto.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "062-alumni-de",
        "classic",
        "en",
        (
            "Katrin Vogel",
            "Fachtierärztin für Kleintiere bei Tierarztpraxis am Park",
            "Wien, Österreich",
        ),
        "Hallo Hannah, ich habe gesehen, dass du auch an der UW-Madison warst – ich habe dort "
        "2007 meinen Bachelor gemacht. Liebe Grüße aus Wien!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "063-met-workshop",
        "modern",
        "en",
        (
            "Derrick Long",
            "Associate Veterinarian at Briargate Pet Clinic",
            "Colorado Springs, Colorado",
        ),
        "Hannah, I was the guy in the front row with way too many questions at your antibiotic "
        "stewardship workshop in Loveland. Thanks for being so patient with me!",
        LIKELY,
        ("met_in_person",),
        mutual=13,
        comment="He attended her workshop and questioned her in person: met. The topic is her "
        "interest (antimicrobial stewardship) but he does not claim it as his own.",
    ),
    case(
        "064-specific-it",
        "classic",
        "en",
        ("Marco Gentile", "Veterinario presso Clinica Veterinaria San Marco", "Padova, Italia"),
        "Buongiorno Hannah, sto scrivendo un articolo sulla gestione dei turni nelle cliniche "
        "veterinarie americane e mi farebbe piacere intervistarti per una ventina di minuti.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "065-resent-of-057",
        "classic",
        "en",
        _REFERRAL_2_FROM,
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment=_RESENT,
    ),
    case(
        "066-no-auth-header-met",
        "classic",
        "en",
        ("Shauna Pearce", "Hospital Administrator at Aspen Grove Animal Hospital", ""),
        "Hi Hannah, thanks again for the ride back to the hotel after the WVC reception! Hope "
        "our paths cross again soon.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment=_NO_AUTH,
    ),
    case(
        "067-markup-in-note",
        "modern",
        "en",
        ("Jamie Holt", "Veterinary Assistant at Sloan's Lake Vet", "Denver, Colorado"),
        "<img src=x onerror=alert(document.cookie)> Hannah, you corrected my grip during the "
        "<u>towel-wrap demo</u> in your VMX lab & it has changed how I restrain cats!",
        LIKELY,
        ("met_in_person",),
        comment="Markup in the note; she taught him hands-on at VMX, an in-person meeting.",
    ),
    case(
        "068-base64-alumni",
        "classic",
        "en",
        ("Oscar Lindahl", "Associate Professor at University of Minnesota", ""),
        "Hannah, I saw on your profile that you're a Colorado State vet grad as well (I "
        "finished in 2009). Always good to connect with Rams in practice.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "069-group-non-ascii",
        "classic",
        "en",
        ("Zoë Achterberg", "Praktijkmanager bij Dierenkliniek Utrecht", "Utrecht, Nederland"),
        "Hi Hannah — as another VHMA member, I've been following your replies on the listserv. "
        "Would you be up for swapping staffing templates?",
        LIKELY,
        ("same_groups",),
        comment="The bad-charset sample's kind (a group note with non-ASCII text); the builder "
        "writes valid UTF-8. The template swap is an offer rather than a reason of its own.",
    ),
    case(
        "070-interest-dentistry",
        "modern",
        "en",
        ("Farida Nasser", "Veterinarian at Amman Pet Clinic", "Amman, Jordan"),
        "Hi Hannah, dentistry is my favourite part of practice too, and I'd love to hear how "
        "you set up your dental suite.",
        LIKELY,
        ("shared_interests",),
        comment="The no-boundary-end sample's kind (a shared-interest note).",
    ),
    # -- second pass: needs a look ------------------------------------------------------------
    case(
        "151-pitch-software",
        "modern",
        "en",
        ("Chad Morrison", "Account Executive at VetStack", "Denver, Colorado"),
        "Hannah, VetStack plugs into your practice software and recovers missed charges "
        "automatically. Most multi-location groups see a 6% revenue lift. Worth a demo next week?",
        LOOK,
        comment="Sales pitch.",
    ),
    case(
        "152-pitch-staffing",
        "classic",
        "en",
        ("Irene Castillo", "Owner at Pawsitive Staffing Solutions", ""),
        "Hello Hannah, we place experienced relief vets and techs across Colorado at competitive "
        "rates. Can I email you our fee sheet?",
        LOOK,
        comment="Sales pitch.",
    ),
    case(
        "153-weak-same-org-headline",
        "classic",
        "en",
        ("Nora Quinlan", "Veterinary Technician at Highlands Pet Hospital", ""),
        None,
        LOOK,
        stock="en2",
        comment="Stock note; the headline names Highlands Pet Hospital, one of her organizations.",
    ),
    case(
        "154-weak-mutual",
        "modern",
        "en",
        ("Greg Sandoval", "Project Manager at Cherry Creek Builders", "Centennial, Colorado"),
        None,
        LOOK,
        mutual=34,
        comment="No note; 34 connections in common, above her threshold of 12.",
    ),
    case(
        "155-spoof-good-note",
        "modern",
        "en",
        ("Melissa Harper", "Talent Partner at VetCareers", ""),
        "Hannah, lovely to meet you at the CVMA Convention! I've shared a document with you; "
        "sign in with your email password to view it.",
        LOOK,
        auth="lookalike",
        comment="Look-alike sender domain: red flag; the met claim is not trusted.",
    ),
    case(
        "156-weak-industry-headline",
        "classic",
        "en",
        ("Ryan Castellano", "Territory Manager, Animal Health at Rockmont Pharma", ""),
        None,
        LOOK,
        stock="en2",
        comment="Stock note; the headline names her industry, animal health.",
    ),
    case(
        "157-dmarc-fail",
        "modern",
        "en",
        ("Howard Blaine", "CEO at Meridian Ventures", "Miami, Florida"),
        "Hi Hannah, Megan Callahan asked me to forward you the attached invoice. Kindly review "
        "it today.",
        LOOK,
        auth="fail",
        comment="DKIM/DMARC fail with a linkedin.com From: red flag; the contact's name is bait.",
    ),
    # -- second pass: generic -----------------------------------------------------------------
    case(
        "251-stock-id",
        "classic",
        "en",
        ("Budi Santoso", "Staf Pemasaran di PT Maju Jaya", "Surabaya, Indonesia"),
        None,
        GENERIC,
        stock="id",
    ),
    case(
        "252-stock-es",
        "classic",
        "en",
        ("Carlos Medina", "Asesor Inmobiliario en Inmobiliaria Sol", ""),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "253-stock-it",
        "classic",
        "en",
        ("Alessandro Riva", "Responsabile vendite presso Arredo Casa Srl", ""),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "254-modern-no-note",
        "modern",
        "en",
        ("Logan Price", "Crypto Trader | Mindset Coach", "Miami, Florida"),
        None,
        GENERIC,
    ),
    case(
        "255-custom-vague",
        "modern",
        "en",
        ("Heather Collins", "Office Administrator at Summit Insurance Group", "Boise, Idaho"),
        "Hi Hannah, I'm building my network this year and you seemed like a great person to know.",
        GENERIC,
        mutual=2,
    ),
    case(
        "256-custom-vague-2",
        "classic",
        "en",
        ("Tyrone Mills", "Motivational Speaker | Author", ""),
        "Greetings! Connecting with inspiring leaders everywhere. Let's grow together!",
        GENERIC,
    ),
    case(
        "257-old-stock-signed",
        "classic",
        "en",
        ("Sharon Fitch", "Mortgage Advisor at Liberty Home Loans", ""),
        STOCK["en2"] + "\n\nThanks,\nSharon",
        GENERIC,
        comment="The stock sentence with a signature: still says nothing.",
    ),
    case(
        "258-stock-de",
        "classic",
        "en",
        ("Jana Krüger", "Kundenberaterin bei Sparkasse Hannover", ""),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "259-stock-fr",
        "classic",
        "en",
        ("Mathieu Lefèvre", "Commercial chez Immo Conseil", ""),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "260-custom-vague-3",
        "modern",
        "en",
        ("Kayla Nguyen", "Student at Jefferson High School", "Arvada, Colorado"),
        "Hi there, hope all is well on your end. Let's link up!",
        GENERIC,
    ),
    case(
        "261-stock-pt",
        "classic",
        "en",
        ("Beatriz Almeida", "Consultora de Vendas na Tech Soluções", ""),
        None,
        GENERIC,
        stock="pt",
    ),
]

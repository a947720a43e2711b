"""Held-out invitations for Julien Bouchard, lead gameplay programmer at a Montréal game studio.

French interface. He works at Studio Harfang (current) after several years at Polaris
Interactive Montréal (a big studio, the Velocity Rift games), studied at Université de Montréal
and Polytechnique Montréal, and goes to MIGS, GDC and the Global Game Jam. Notes mostly in
English as people in the Montréal games industry write them (jargon, abbreviations, emoji,
typos, "lol"), about a sixth in the samples' other languages (Québec and France French,
Spanish, Portuguese, Italian, German, Indonesian). One invitation for every likely-accept,
needs-a-look and generic sample of tests/fixtures/linkedin (the same kind of case, written from
scratch for this recipient), then a second pass over the same kinds with other writers and
other wording, plus a few kinds the samples lack (a former intern, a missed conference talk, a
student asking for an internship, an ex-colleague offering to refer a candidate, a research
study, a pitch from someone he did meet, a pitch that leads with a shared school, agency and
in-house recruiters, a crypto "advisor" offer, a school-only or group-only headline, a colleague
whose note says nothing, a fan of his game, a note that only repeats his employer back to him,
a vague "people in common" above and below the threshold). The builder has no reminder,
HTML-only, bad-charset or unterminated-multipart layout: those kinds are written as ordinary
invitations of the same category. Labels follow DESIGN.md's "Categories", as the recipient
would judge the note, written without looking at the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

GAMEDEV = Recipient(
    name="Julien Bouchard",
    address="julien.bouchard@example.ca",
    headline="Programmeur gameplay principal | Lead Gameplay Programmer chez Studio Harfang",
    profile_slug="julien-bouchard-gameplay",
)

GAMEDEV_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Julien Bouchard"
organizations = ["Studio Harfang", "Polaris Interactive Montréal"]
schools = ["Université de Montréal", "Polytechnique Montréal"]
industries = ["video games", "game development", "interactive entertainment"]
interests = [
    "gameplay programming", "game AI", "Unreal Engine", "procedural animation",
    "game accessibility", "game feel", "game jams", "mentoring junior developers",
]
groups = [
    "La Guilde du jeu vidéo du Québec", "IGDA Montréal", "Montréal Unreal Engine Meetup",
]
events = ["MIGS 2026", "GDC 2026", "Global Game Jam 2026"]
contacts = ["Sophie Tremblay", "Karim Benali", "Marc-André Gagnon"]

# Other names people use for the same thing.
[aliases]
"Studio Harfang" = ["Harfang", "Harfang Studio", "Studio Harfang inc."]
"Polaris Interactive Montréal" = [
    "Polaris Interactive", "Polaris Montréal", "Polaris Montreal", "Polaris MTL",
]
"Université de Montréal" = ["Universite de Montreal", "University of Montreal", "UdeM", "DIRO"]
"Polytechnique Montréal" = [
    "Polytechnique Montreal", "École Polytechnique de Montréal", "Polytechnique", "Poly",
]
"video games" = [
    "video game industry", "games industry", "gaming industry", "jeu vidéo", "jeux vidéo",
]
"game development" = ["gamedev", "game dev", "développement de jeux vidéo"]
"gameplay programming" = ["gameplay programmer", "gameplay code", "programmation gameplay"]
"game AI" = ["enemy AI", "AI for games", "behaviour trees", "behavior trees"]
"Unreal Engine" = ["Unreal", "UE5", "UE4"]
"procedural animation" = ["animation procédurale", "motion matching"]
"game accessibility" = ["accessibility in games", "accessibilité"]
"game jams" = ["game jam"]
"mentoring junior developers" = ["mentoring juniors", "mentorat"]
"La Guilde du jeu vidéo du Québec" = [
    "La Guilde", "Guilde du jeu vidéo", "Quebec Video Game Guild",
]
"IGDA Montréal" = ["IGDA Montreal", "IGDA MTL"]
"Montréal Unreal Engine Meetup" = ["Montreal Unreal Meetup", "Unreal Meetup Montréal"]
"MIGS 2026" = [
    "MIGS", "MIGS26", "Montreal International Game Summit",
    "Sommet international du jeu de Montréal",
]
"GDC 2026" = ["GDC", "Game Developers Conference"]
"Global Game Jam 2026" = ["Global Game Jam", "GGJ", "GGJ26"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 12
"""

_REFERRAL = (
    "Sophie Tremblay suggested I get in touch. I'm writing my master's thesis on behaviour "
    "trees for melee enemies and she said you built the combat AI on Frostline. Could I ask you "
    "a few questions over a 20-min call?"
)
_REFERRAL_2 = (
    "Bonjour Julien, Marc-André Gagnon m'a suggéré de vous écrire : nous lançons un cours de "
    "programmation gameplay et cherchons un chargé de cours pour la session d'hiver 2027. "
    "Seriez-vous ouvert à en discuter?"
)

GAMEDEV_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-migs",
        "classic",
        "fr",
        ("Émilie Roy", "Game Designer chez Ludik Nord", "Québec, Québec, Canada"),
        "Hi Julien, great chatting with you at MIGS last week! I was the one asking about the "
        "camera rig in Frostline at the networking drinks. Would love to stay in touch.",
        LIKELY,
        ("met_in_person",),
        comment="they talked at MIGS",
    ),
    case(
        "002-same-org-current",
        "modern",
        "fr",
        ("Nathan Okafor", "Gameplay Programmer at Studio Harfang", "Montréal, Québec, Canada"),
        "Hey Julien, I just joined the gameplay team at Studio Harfang this week (I think I'm the "
        "new guy two desks down from you lol). Looking forward to working with you!",
        LIKELY,
        ("same_organization",),
        mutual=6,
        comment="new colleague at his current studio",
    ),
    case(
        "003-same-org-past",
        "classic",
        "fr",
        ("Valérie Cloutier", "Senior Producer at Nimbus Games", "Toronto, Ontario, Canada"),
        "Julien! We were both on Velocity Rift 2 at Polaris Interactive Montréal back in 2017, I "
        "was the associate producer on the multiplayer pod. It's been forever, would be great to "
        "reconnect.",
        LIKELY,
        ("same_organization",),
        comment="worked at his past studio at the same time",
    ),
    case(
        "004-same-industry",
        "modern",
        "fr",
        ("Priya Venkatesan", "Engineering Lead at Redwater Games", "Vancouver, BC, Canada"),
        "Hi Julien, I run a small gameplay/engine team at an indie studio in Vancouver and I try "
        "to stay in touch with other leads in the Canadian games industry. Always good to compare "
        "how different studios do things.",
        LIKELY,
        ("same_industry",),
        mutual=3,
        comment="a lead at another game studio",
    ),
    case(
        "005-shared-interest",
        "classic",
        "fr",
        ("Thomas Leclerc", "Technical Animator at Kestrel Entertainment", "Montréal"),
        "Hi Julien, I read your blog post on procedural foot placement in UE5. I'm fighting the "
        "exact same problem on our character controller right now and the ground-probe trick was "
        "super helpful.",
        LIKELY,
        ("shared_interests",),
        comment="works on the same procedural animation problem in Unreal",
    ),
    case(
        "006-same-group",
        "modern",
        "fr",
        ("Amélie Fortin", "QA Lead at Pixel Érable", "Sherbrooke, Québec, Canada"),
        "Hi Julien, we're both members of La Guilde du jeu vidéo du Québec. I really appreciated "
        "what you wrote in the thread about overtime policies for juniors.",
        LIKELY,
        ("same_groups",),
        mutual=8,
        comment="both members of the Guilde",
    ),
    case(
        "007-mutual-referral",
        "classic",
        "fr",
        ("Maxime Pelletier", "M.Sc. Student, Computer Science at McGill University", "Montréal"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason", "shared_interests"),
        comment="names Sophie Tremblay; a concrete request about game AI, his field of interest",
    ),
    case(
        "008-alumni",
        "modern",
        "fr",
        ("Sarah Nguyen", "Software Engineer at Norvik Pay", "Ottawa, Ontario, Canada"),
        "Hi Julien! Fellow Polytechnique grad here (génie logiciel, 2013). Funny to see where "
        "everyone ended up, games look like a lot more fun than payments 😄",
        LIKELY,
        ("fellow_alumni",),
        mutual=2,
        comment="Polytechnique alumna",
    ),
    case(
        "009-specific-class-talk",
        "classic",
        "fr",
        (
            "Isabelle Gauthier",
            "Enseignante, Techniques d'intégration multimédia au Cégep de Matane",
            "Matane, Québec, Canada",
        ),
        "Bonjour Julien, j'enseigne la programmation de jeux au Cégep de Matane et on aimerait "
        "beaucoup t'inviter à venir parler du métier de programmeur gameplay à nos finissants en "
        "avril (sur place ou sur Teams). Est-ce que ça te tenterait?",
        LIKELY,
        ("specific_reason",),
        comment="invitation to speak to students: a concrete request, not a pitch",
    ),
    case(
        "010-specific-question",
        "modern",
        "fr",
        ("Kevin Marchand", "Solo developer, Tidewalker", "Gatineau, Québec, Canada"),
        "Julien, quick q if you have a sec: how did you handle coyote time and jump buffering on "
        "the Switch port of Frostline? Solo dev here and my platforming still feels mushy at "
        "30fps.",
        LIKELY,
        ("specific_reason", "same_industry"),
        comment="a precise technical question from another game developer",
    ),
    case(
        "011-met-es",
        "modern",
        "fr",
        ("Lucía Herrera", "Programadora de gameplay en Estudio Cóndor", "Buenos Aires, Argentina"),
        "¡Hola Julien! Coincidimos en la fila del café en la GDC y terminamos hablando media hora "
        "de netcode, jaja. Me encantaría que sigamos en contacto.",
        LIKELY,
        ("met_in_person",),
        mutual=2,
        comment="they talked in the coffee line at GDC",
    ),
    case(
        "012-alumni-de",
        "classic",
        "fr",
        ("Felix Braun", "Spieleentwickler bei Ostwind Games", "Berlin, Deutschland"),
        "Hallo Julien, ich war 2012 für ein Austauschsemester an der Université de Montréal "
        "(Informatik). Schön, hier einen ehemaligen Kommilitonen zu finden – viele Grüße aus "
        "Berlin!",
        LIKELY,
        ("fellow_alumni",),
        comment="exchange semester at his university",
    ),
    case(
        "013-met-panel",
        "modern",
        "fr",
        ("Olivia Chen", "Gameplay Engineer at Arcbright", "Montréal"),
        "Thanks for sticking around after the MIGS panel on companion AI, really enjoyed our chat "
        "about behaviour trees vs utility AI!",
        LIKELY,
        ("met_in_person",),
        mutual=14,
        comment="they talked after a MIGS panel; no greeting",
    ),
    case(
        "014-specific-it",
        "modern",
        "fr",
        ("Giorgio Marini", "Curatore talk tecnici, Milano Games Week", "Milano, Italia"),
        "Ciao Julien, curo il programma dei talk tecnici della Milano Games Week e mi piacerebbe "
        "averti come speaker su gameplay programming e game feel, anche da remoto. Ti va se ne "
        "parliamo?",
        LIKELY,
        ("specific_reason",),
        comment="speaker invitation",
    ),
    case(
        "015-resent-of-007",
        "classic",
        "fr",
        ("Maxime Pelletier", "M.Sc. Student, Computer Science at McGill University", "Montréal"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason", "shared_interests"),
        comment="re-sent invitation of 007 (the builder has no reminder layout): same inviter "
        "and note",
    ),
    case(
        "016-no-auth-header-met",
        "classic",
        "fr",
        ("Jean-Philippe Lavoie", "Directeur technique chez Studio Cinq Lacs", "Trois-Rivières"),
        "Hi Julien, good meeting you at the Global Game Jam closing demos at the UQAM site, your "
        "team's grappling-hook raccoon was wild. Let's keep in touch.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="met at the game jam; no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-note",
        "classic",
        "fr",
        ("Chris Kowalski", "Engine Programmer at Greyline Studios", "Montréal"),
        "<script>alert('x')</script> Hey Julien, we met at the Unreal meetup & talked about "
        "<i>GAS</i> prediction keys.",
        LIKELY,
        ("met_in_person",),
        comment="note contains markup that must be shown as text, never executed (the builder "
        "cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "fr",
        ("Camille Desjardins", "Games User Researcher at Compagnie Lune", "Montréal"),
        "Julien, UdeM grad here too (B.Sc. informatique 2014), now doing user research on games. "
        "Nice to see another DIRO alum in the industry.",
        LIKELY,
        ("fellow_alumni", "same_industry"),
        base64=True,
        comment="UdeM alumna who works in games",
    ),
    case(
        "019-group-dash",
        "classic",
        "fr",
        ("Daniel Ortiz", "Lead Programmer at Fathom Forge", "Montréal"),
        "Hi Julien — fellow IGDA Montréal member; I'd be keen to compare notes on onboarding "
        "junior programmers into a big C++ codebase.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "fr",
        ("Hana Kobayashi", "Accessibility Specialist at Open Controls Lab", "Toronto"),
        "Hi Julien, I work on game accessibility too (full remapping, aim assist, hold-to-toggle) "
        "and would love to swap ideas with someone who shipped those options in a big action "
        "game.",
        LIKELY,
        ("shared_interests",),
        mutual=1,
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "fr",
        ("Brad Keller", "Head of Growth at CrashLens", "Austin, Texas, United States"),
        "Hey Julien, CrashLens helps Unreal studios cut crash triage time by 60% with AI-grouped "
        "callstacks. Worth a 15-min demo next week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "fr",
        ("Marisol Vega", "Business Development Manager at PixelForge Co-Dev", "Guadalajara"),
        "Julien, our team does co-development and porting (UE4/UE5, Switch, PS5) for AAA and AA "
        "studios at very competitive rates. Can I send over our portfolio and rate card?",
        LOOK,
        comment="outsourcing services pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "fr",
        ("Patrick Bergeron", "Office Manager at Studio Harfang", "Montréal"),
        None,
        LOOK,
        stock="fr",
        comment="stock note; headline names my current studio (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "fr",
        ("Stéphanie Lemieux", "Conseillère en sécurité financière chez Desjardins", "Laval"),
        None,
        LOOK,
        mutual=19,
        comment="no note; 19 connections in common, threshold 12 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "fr",
        ("Michael Grant", "Talent Partner", "Montréal"),
        "Hi Julien, we met at MIGS. Please sign in to confirm your profile so you can read my "
        "message.",
        LOOK,
        auth="lookalike",
        lookalike="linkedln-mail.com",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "106-weak-industry-headline",
        "classic",
        "fr",
        ("Alexis Poirier", "Développeur de jeux vidéo | Game Development", "Longueuil"),
        None,
        LOOK,
        stock="fr2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "fr",
        ("Richard Stone", "Managing Partner at Bluecrest Capital", "London, United Kingdom"),
        "Hi Julien, fellow Poly alum! Please review the NDA I sent you about our games fund.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "fr",
        ("Brian Walsh", "Insurance Advisor at Sun Life", "Toronto"),
        None,
        GENERIC,
        stock="en",
        comment="stock note",
    ),
    case(
        "202-stock-es",
        "classic",
        "fr",
        ("Carlos Méndez", "Ejecutivo comercial en Telefónica", "Madrid, España"),
        None,
        GENERIC,
        stock="es",
        comment="stock note",
    ),
    case(
        "203-stock-it",
        "classic",
        "fr",
        ("Luca Ferri", "Consulente finanziario presso Banca Mediolanum", "Roma, Italia"),
        None,
        GENERIC,
        stock="it",
        comment="stock note",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "fr",
        ("Tyler Brooks", "Web3 Visionary | Founder | Investor", "Miami, Florida"),
        None,
        GENERIC,
        mutual=1,
        comment="no note, one connection in common",
    ),
    case(
        "205-custom-vague",
        "modern",
        "fr",
        ("Megan Ross", "Account Manager at Telus", "Calgary, Alberta"),
        "Hi Julien, I stumbled upon your profile and thought it would be great to connect!",
        GENERIC,
        comment="custom note that says nothing specific",
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "fr",
        ("Ahmed Rahman", "Entrepreneur | Mindset Coach", "Dubai"),
        "Hello! Always growing my network with top talent across all industries. Let's connect 🚀",
        GENERIC,
        comment="network-growing boilerplate",
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "fr",
        ("Guy Paquette", "Courtier immobilier", "Laval, Québec"),
        "J'aimerais vous inviter à rejoindre mon réseau professionnel sur LinkedIn.\nGuy Paquette",
        GENERIC,
        comment="the French stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "fr",
        ("Stefan Müller", "Vertriebsleiter bei Bosch", "Stuttgart"),
        None,
        GENERIC,
        stock="de",
        comment="stock note",
    ),
    case(
        "209-stock-fr",
        "classic",
        "fr",
        ("Caroline Girard", "Conseillère RH chez Intact", "Québec, Québec"),
        None,
        GENERIC,
        stock="fr",
        comment="stock note",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "fr",
        ("Jason Miller", "Sales Associate at Best Buy", "Mississauga, Ontario"),
        "Hey Julien, hope all is good on your side. Let's connect.",
        GENERIC,
        mutual=2,
        comment="pleasantry only",
    ),
    case(
        "211-stock-pt",
        "classic",
        "fr",
        ("Rafael Costa", "Gerente de vendas na Claro", "Rio de Janeiro, Brasil"),
        None,
        GENERIC,
        stock="pt",
        comment="stock note",
    ),
    # -- second pass: the same kinds, other writers and wording -------------------------------
    case(
        "021-met-game-jam",
        "modern",
        "fr",
        ("Laurence Bédard", "Artiste 3D | Props & environnements", "Montréal"),
        "Salut Julien! On était dans la même équipe au Global Game Jam à l'UQAM, c'est moi qui "
        "faisais les modèles du raton laveur 🦝 Merci encore pour ta patience avec mes FBX tout "
        "croches haha",
        LIKELY,
        ("met_in_person",),
        mutual=5,
        comment="his game jam teammate",
    ),
    case(
        "022-same-org-current-alias",
        "modern",
        "fr",
        ("Omar Haddad", "Technical Artist at Harfang", "Montréal"),
        "yo Julien, new TA on the Aurore team here (started at Harfang last Monday). Fair "
        "warning, I'll probably be bugging you about the ability system pipeline lol",
        LIKELY,
        ("same_organization",),
        mutual=9,
        comment="new colleague; the studio by its short name",
    ),
    case(
        "023-same-org-past-alias",
        "classic",
        "fr",
        ("Kelly Chan", "Lead QA Analyst at Moonbeam Studios", "Vancouver, BC"),
        "Hey Julien, not sure you remember me, I was on the QA floor at Polaris MTL when you were "
        "squashing all those ragdoll bugs on VR2 😅 Moved out west since. Would love to "
        "reconnect!",
        LIKELY,
        ("same_organization",),
        comment="former colleague at his past studio, by its short name",
    ),
    case(
        "024-same-industry",
        "modern",
        "fr",
        ("Marc Dubé", "Senior Gameplay Programmer at Glacier Rouge", "Québec, Québec, Canada"),
        "Hi Julien, fellow gameplay programmer from Quebec City here, we mostly ship third-person "
        "action games too. Always nice to know the folks doing the same job up and down the 40.",
        LIKELY,
        ("same_industry",),
        mutual=4,
        comment="same job at another studio",
    ),
    case(
        "025-shared-interest",
        "classic",
        "fr",
        ("Aisha Mensah", "AI Programmer at Sable Forge", "London, England"),
        "Your thread on utility AI vs behaviour trees for squad enemies was great. I'm building "
        "the enemy AI for a tactical shooter and would love to swap notes sometime.",
        LIKELY,
        ("shared_interests",),
        comment="works on enemy AI; no greeting",
    ),
    case(
        "026-same-group-talk",
        "modern",
        "fr",
        (
            "Gabriel St-Onge",
            "Software Developer | Co-organizer, Montréal Unreal Engine Meetup",
            "Montréal",
        ),
        "Hey Julien, I help run the Unreal meetup and saw you RSVP'd for next week. Any chance "
        "you'd do a 10-min lightning talk on your GAS setup? No slides needed, very chill crowd.",
        LIKELY,
        ("same_groups", "specific_reason"),
        mutual=6,
        comment="organizer of a meetup he belongs to, asking for a talk",
    ),
    case(
        "027-mutual-referral",
        "classic",
        "fr",
        ("Nathalie Bélanger", "Directrice des programmes, École NAD-UQAC", "Montréal"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="names Marc-André Gagnon; offers a lecturer position (a school, not an agency)",
    ),
    case(
        "028-alumni-udem",
        "modern",
        "fr",
        ("Vincent Morin", "Data Scientist at Hydro-Québec", "Montréal"),
        "Hey Julien, UdeM alum as well (DIRO, class of '12). Just saw you're making games now, "
        "that's awesome.",
        LIKELY,
        ("fellow_alumni",),
        mutual=3,
        comment="UdeM alumnus",
    ),
    case(
        "029-specific-podcast",
        "classic",
        "fr",
        ("Rachel Goldberg", "Host, Frame Budget podcast", "Toronto"),
        "Hi Julien! I host Frame Budget, a podcast about the tech behind games. Would you come on "
        "for an episode about Frostline's traversal system? ~45 min, remote, whenever works for "
        "you.",
        LIKELY,
        ("specific_reason",),
        comment="podcast invitation about his work",
    ),
    case(
        "030-specific-question-first-name",
        "modern",
        "fr",
        ("Mia Laurent", "Senior Engine Programmer at Polaris Interactive Montréal", "Montréal"),
        "Hi Julien, Karim from the animation team told me you wrote the original ragdoll "
        "blending in the VR2 engine branch. Mind if I ask you a couple of questions about it? "
        "We're finally ripping it out 😅",
        LIKELY,
        ("mutual_connection", "specific_reason"),
        mutual=7,
        comment="Karim is my contact Karim Benali, named by first name only; the past-studio "
        "link is in the headline, the note only implies it",
    ),
    case(
        "031-met-es",
        "modern",
        "fr",
        ("Diego Salazar", "Desarrollador de videojuegos en Lunaria Games", "Bogotá, Colombia"),
        "Hola Julien, qué bueno haber charlado contigo al final de la charla de animación "
        "procedural en el MIGS. Te escribo para no perder el contacto, ¡saludos desde Bogotá!",
        LIKELY,
        ("met_in_person",),
        mutual=2,
        comment="they talked after a MIGS session",
    ),
    case(
        "032-alumni-pt",
        "classic",
        "fr",
        ("Beatriz Almeida", "Engenheira de software na Tecnomundo Games", "Porto Alegre, Brasil"),
        "Oi Julien! Fiz meu mestrado na Polytechnique Montréal (2015-2017) e vi que você também "
        "estudou lá. Muito legal encontrar ex-alunos da Poly por aqui!",
        LIKELY,
        ("fellow_alumni",),
        comment="Polytechnique alumna",
    ),
    case(
        "033-met-talk",
        "modern",
        "fr",
        ("Sébastien Giroux", "AI Programmer at Forge Polaire", "Montréal"),
        "Thx for the chat after your talk at the Unreal meetup, already tried your gameplay tags "
        "trick for the stagger states and it works 👌",
        LIKELY,
        ("met_in_person",),
        mutual=11,
        comment="they talked after his meetup talk; no greeting",
    ),
    case(
        "034-specific-it",
        "classic",
        "fr",
        ("Francesca Rinaldi", "Docente presso Accademia Italiana Videogiochi", "Roma, Italia"),
        "Buongiorno Julien, insegno programmazione di videogiochi a Roma e vorrei chiederle se "
        "fosse disponibile per una lezione online di un'ora con i miei studenti sul lavoro di un "
        "lead gameplay programmer.",
        LIKELY,
        ("specific_reason",),
        comment="guest lecture request",
    ),
    case(
        "035-resent-of-027",
        "classic",
        "fr",
        ("Nathalie Bélanger", "Directrice des programmes, École NAD-UQAC", "Montréal"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="re-sent invitation of 027 (the builder has no reminder layout): same inviter "
        "and note",
    ),
    case(
        "036-no-auth-header-met",
        "classic",
        "fr",
        ("Hugo Lefebvre", "Producteur chez Studio Gargouille", "Paris, Île-de-France"),
        "Bonjour Julien, ravi d'avoir échangé avec toi sur le pavillon Québec à la GDC ! On se "
        "recroise peut-être à la Paris Games Week ? Bonne continuation sur Aurore.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="met at GDC; no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "037-markup-in-note-and-headline",
        "classic",
        "fr",
        ("Noah Wright", "Tools Programmer <b>C++ & Python</b> at Greyline Studios", "Montréal"),
        "Hi Julien, <b>great</b> meeting you at the MIGS party "
        '<img src=x onerror="alert(1)"> and nerding out about live coding!',
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "fr",
        ("Mélanie Ouellet", "Software Engineer at CAE", "Saint-Laurent, Québec"),
        "Hi Julien, Poly grad too (computer eng. 2011)! I work on flight simulators at CAE now, "
        "not that far from games when you think about it.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
        comment="Polytechnique alumna, by the school's nickname",
    ),
    case(
        "039-group-dash",
        "classic",
        "fr",
        ("Julie Nadeau", "Game Designer at Studio Tempête", "Montréal"),
        "Hi Julien — I'm on the Guilde's diversity committee; we're starting a mentorship circle "
        "for junior devs and your name came up more than once. Would you be interested?",
        LIKELY,
        ("same_groups", "specific_reason"),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "040-shared-interest-id",
        "modern",
        "fr",
        ("Rizky Pratama", "Gameplay Programmer di Anoman Studio", "Yogyakarta, Indonesia"),
        "Halo Julien, saya juga lagi mendalami Unreal Engine 5, khususnya Gameplay Ability "
        "System. Postingan kamu soal GAS sangat membantu tim kami. Senang bisa terhubung!",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    # -- kinds the samples lack ----------------------------------------------------------------
    case(
        "041-met-former-intern",
        "modern",
        "fr",
        ("Léa Simard", "Programmeuse gameplay junior chez Nébuleuse", "Montréal"),
        "Hi Julien! I was your intern on the Frostline combat team in summer 2024, just landed my "
        "first full-time gameplay job. Thanks for everything you taught me 🙏",
        LIKELY,
        ("met_in_person", "same_organization"),
        mutual=10,
        comment="his former intern: knows her in person, from his studio",
    ),
    case(
        "042-missed-talk",
        "classic",
        "fr",
        ("Jessica Tran", "Gameplay Programmer at Copperline", "Toronto"),
        "Hi Julien, sadly missed your MIGS talk on combo systems (flight got cancelled 🙃) but a "
        "colleague sent me the slides. I'm doing melee combat on our next project and your "
        "input-window approach is gold.",
        LIKELY,
        ("same_industry", "shared_interests"),
        comment="she missed the talk: not a meeting",
    ),
    case(
        "043-typos-student-internship",
        "modern",
        "fr",
        ("Mathis Côté", "Student at Polytechnique Montréal", "Montréal"),
        "hey julien im in 3rd year software eng at poly and looking for a gameplay internship "
        "for the summer, does harfang take interns?? been modding UE games since highschool lol. "
        "thanks!!",
        LIKELY,
        ("fellow_alumni", "specific_reason", "shared_interests"),
        mutual=1,
        comment="a student at his school asking about an internship; no capitals, no punctuation",
    ),
    case(
        "044-ex-colleague-referral-offer",
        "classic",
        "fr",
        ("Tariq Aziz", "Senior Network Programmer at Emberfall Games", "Los Angeles, California"),
        "hey J, ex-Polaris here (VR2 netcode pod, '16-'18), now @ Emberfall in LA. saw ur post "
        "re: hiring senior GPs, I've got a friend who'd be a great fit, ok if I intro you two?",
        LIKELY,
        ("same_organization", "specific_reason"),
        comment="former colleague offering a personal referral, not an agency pitch",
    ),
    case(
        "045-specific-research-study",
        "modern",
        "fr",
        (
            "Élodie Martin",
            "PhD Candidate, Human-Computer Interaction, Université de Montréal",
            "Montréal",
        ),
        "Hi Julien, I'm a PhD student in HCI recruiting game developers for a 30-min interview "
        "study on how teams tune game feel. Would you be willing to take part? Happy to share the "
        "results with your team.",
        LIKELY,
        ("specific_reason", "shared_interests"),
        comment="research interview request on game feel; her school is in the headline only",
    ),
    case(
        "111-pitch-saas",
        "modern",
        "fr",
        ("Jenna Cho", "Account Executive at Playmetric", "Seattle, Washington"),
        "Julien — quick one. Our UE5 playtest analytics plugin gives you heatmaps and funnel "
        "drop-off out of the box, and teams like yours ship tuning changes 2x faster. Open to a "
        "quick demo?",
        LOOK,
        mutual=2,
        comment="sales pitch",
    ),
    case(
        "112-pitch-agency-pt",
        "classic",
        "fr",
        ("Rodrigo Nunes", "Diretor de negócios na Capivara Co-Dev", "Curitiba, Brasil"),
        "Olá Julien, somos um estúdio de co-desenvolvimento em Curitiba especializado em Unreal, "
        "com mais de 40 devs de gameplay. Podemos reforçar seu time com ótimo custo-benefício. "
        "Posso te mandar nosso portfólio?",
        LOOK,
        comment="outsourcing services pitch",
    ),
    case(
        "113-weak-past-org-headline",
        "classic",
        "fr",
        ("Lisa Harrison", "HR Coordinator at Polaris Interactive Montréal", "Montréal"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names my past studio (weak)",
    ),
    case(
        "114-weak-mutual-vague-note",
        "modern",
        "fr",
        ("Kevin Lam", "Product Manager at Bell", "Montréal"),
        "Hi Julien, seems like we know a lot of the same people, let's connect!",
        LOOK,
        mutual=17,
        comment="vague note, no one named; 17 connections in common, threshold 12 (weak)",
    ),
    case(
        "115-spoof-own-studio",
        "modern",
        "fr",
        ("Laura Bennett", "People & Culture at Studio Harfang", "Montréal"),
        "Hi Julien, People team here. Your updated bonus letter is ready, please review and sign "
        "via the secure link before Friday.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-notify.ca",
        comment="spoofed sender (look-alike domain) posing as his own studio's HR",
    ),
    case(
        "116-weak-group-headline",
        "classic",
        "fr",
        ("Rémi Tessier", "Bénévole chez IGDA Montréal", "Montréal"),
        None,
        LOOK,
        stock="fr2",
        comment="stock note; headline names one of my groups (weak)",
    ),
    case(
        "117-dmarc-fail-plain-note",
        "modern",
        "fr",
        ("Nicolas Hébert", "Gameplay Programmer at Studio Tempête", "Montréal"),
        "Hey Julien, good catching up at MIGS the other night! Let's grab a beer soon.",
        LOOK,
        auth="fail",
        mutual=4,
        comment="DKIM and DMARC failed: flagged even though the note itself reads as genuine",
    ),
    case(
        "118-weak-school-headline",
        "modern",
        "fr",
        ("Zoé Laflamme", "Étudiante en génie informatique à Polytechnique Montréal", "Montréal"),
        None,
        LOOK,
        mutual=2,
        comment="no note; headline names one of my schools (weak)",
    ),
    case(
        "119-pitch-recruiter-agency",
        "classic",
        "fr",
        ("Sam Patel", "Senior Consultant at LevelUp Talent Partners", "London, United Kingdom"),
        "Hi Julien, I'm working on an exclusive Lead Gameplay Programmer role for a AAA studio in "
        "Stockholm — relocation, strong package, new IP. Open to a confidential chat?",
        LOOK,
        comment="recruitment agency pitch",
    ),
    case(
        "120-pitch-after-alumni-claim",
        "modern",
        "fr",
        ("Simon Lachance", "Conseiller en placement, Lachance Gestion de patrimoine", "Montréal"),
        "Salut Julien, ancien de Poly moi aussi! J'aide les ingénieurs du jeu vidéo à tirer le "
        "maximum de leurs REER, CELI et options d'achat d'actions. On se prend un café ce mois-ci?",
        LOOK,
        ("fellow_alumni",),
        mutual=5,
        comment="financial services pitch: a red flag whatever else the note answers",
    ),
    case(
        "121-pitch-after-meeting",
        "classic",
        "fr",
        ("Derek Hall", "Enterprise Account Executive at VaultSync", "Boston, Massachusetts"),
        "Great meeting you at our booth at GDC, Julien! As promised: VaultSync can cut your UE5 "
        "build and sync times in half. Could I set up a proper demo with you and your tech "
        "director?",
        LOOK,
        ("met_in_person",),
        comment="sales pitch: a red flag whatever else the note answers (they did meet)",
    ),
    case(
        "122-pitch-inhouse-recruiter",
        "modern",
        "fr",
        ("Chloé Martel", "Talent Acquisition Partner at Studio Borealis", "Montréal"),
        "Hi Julien, we're hiring a Lead Gameplay Programmer for our new unannounced IP and your "
        "profile is a great match. Would you have 15 minutes this week for a quick call?",
        LOOK,
        mutual=3,
        comment="recruiting pitch from a competing studio",
    ),
    case(
        "123-weak-headline-empty-note",
        "modern",
        "fr",
        ("Ariane Boucher", "3D Animator at Studio Harfang", "Montréal"),
        "Hey Julien! 👋",
        LOOK,
        mutual=6,
        comment="the note says nothing; headline names my current studio (weak)",
    ),
    case(
        "124-pitch-web3-advisor",
        "classic",
        "fr",
        ("Victor Kane", "Founder & CEO at ChainQuest Labs", "Singapore"),
        "Julien, we're building the first AAA play-to-earn shooter on UE5 and are looking for "
        "gameplay leads as advisors (tokens + equity). Can I send you the deck?",
        LOOK,
        comment="crypto start-up pitch dressed as an advisor offer",
    ),
    case(
        "221-stock-en",
        "classic",
        "fr",
        ("Ashley Morgan", "Realtor at Royal LePage", "Ottawa, Ontario"),
        None,
        GENERIC,
        stock="en2",
        comment="stock note",
    ),
    case(
        "222-stock-id",
        "classic",
        "fr",
        ("Budi Santoso", "Sales Executive at Tokopedia", "Jakarta, Indonesia"),
        None,
        GENERIC,
        stock="id",
        comment="stock note",
    ),
    case(
        "223-modern-no-note",
        "modern",
        "fr",
        ("Brandon Lee", "Dropshipping | Crypto | Motivational Speaker", "Los Angeles"),
        None,
        GENERIC,
        mutual=3,
        comment="no note, 3 connections in common (below 12)",
    ),
    case(
        "224-custom-vague",
        "modern",
        "fr",
        ("Karen Fitzgerald", "Sales Manager at Rogers", "Toronto"),
        "Hello Julien, your profile popped up in my suggestions and I'd love to add you to my "
        "network.",
        GENERIC,
        comment="custom note that says nothing specific",
    ),
    case(
        "225-custom-vague-es",
        "classic",
        "fr",
        ("Andrea Gómez", "Coach de vida y bienestar", "Madrid, España"),
        "Hola Julien, me encanta conectar con profesionales inspiradores como tú. ¡Un saludo!",
        GENERIC,
        comment="flattery only",
    ),
    case(
        "226-old-stock-signed",
        "classic",
        "fr",
        ("Mike Thompson", "Financial Advisor at RBC", "Toronto"),
        "I'd like to join your LinkedIn network.\n\nThanks,\nMike",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "227-stock-fr2",
        "classic",
        "fr",
        ("Sylvie Robitaille", "Adjointe administrative chez Cascades", "Kingsey Falls"),
        None,
        GENERIC,
        stock="fr2",
        comment="stock note",
    ),
    case(
        "228-fan-of-his-game",
        "modern",
        "fr",
        ("Tommy Nguyen", "Student", "Laval, Québec"),
        "Dude Frostline is my favourite game of all time, the movement feels SO good. Would be "
        "honoured to connect!!",
        GENERIC,
        comment="a player's praise for his game: nothing about the writer and him",
    ),
    case(
        "229-only-his-employer",
        "modern",
        "fr",
        ("Linda Park", "Mortgage Specialist at TD", "Montréal"),
        "Hi Julien, I see you work at Studio Harfang, very cool! Let's connect.",
        GENERIC,
        mutual=2,
        comment="repeats his employer from his profile; says nothing of her own link to it",
    ),
    case(
        "230-vague-in-common",
        "classic",
        "fr",
        ("Jordan Blake", "Business Development at Staples", "Montréal"),
        "Looks like we have a few mutual connections so I thought I'd reach out :)",
        GENERIC,
        comment="no one named and no count shown: no mutual connection answered",
    ),
    case(
        "231-stock-pt",
        "classic",
        "fr",
        ("Thiago Ferreira", "Analista comercial no Itaú", "São Paulo, Brasil"),
        None,
        GENERIC,
        stock="pt",
        comment="stock note",
    ),
    case(
        "232-vague-praise",
        "modern",
        "fr",
        ("Daniel Stone", "CEO at Stone Ventures", "New York"),
        "Hi Julien, impressive background! Always looking to connect with talented tech leaders.",
        GENERIC,
        mutual=1,
        comment="flattery only",
    ),
]

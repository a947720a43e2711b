"""Held-out invitations for Putri Wijaya, partner at an early-stage venture capital fund in Jakarta.

Indonesian interface. Notes mostly in plain professional English as Indonesian and regional
founders, investors and bankers write it (with the odd "Mbak", "Bu" or "Halo"), and a few in the
samples' other languages (Spanish, German, Italian) from investors abroad; stock notes in the
samples' languages plus one Indonesian. One invitation for every likely-accept, needs-a-look and
generic sample of tests/fixtures/linkedin (the same kind of case, written from scratch for this
recipient), then a second pass over the same kinds with other writers and other wording, plus a
few kinds the samples lack (a founder asking to share a deck, a co-investment offer, a student
founder, a contact named without a request, a missed conference session, a pitch from someone
she did meet, a placement agent, a school-only headline, a note that only repeats her own
employer back to her, a vague "contacts in common", mutual connections below the threshold, a
founder who says nothing specific). The builder has no reminder, HTML-only, bad-charset or
unterminated-multipart layout: those kinds are written as ordinary invitations of the same
category. Labels follow DESIGN.md's "Categories", as the recipient would judge the note, written
without looking at the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

INVESTOR = Recipient(
    name="Putri Wijaya",
    address="putri.wijaya@example.co.id",
    headline="Partner at Arunika Ventures | Early-stage investor",
    profile_slug="putri-wijaya-vc",
)

INVESTOR_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Putri Wijaya"
organizations = ["Arunika Ventures", "Pasarku"]
schools = ["Universitas Indonesia", "National University of Singapore"]
industries = ["venture capital", "early-stage investing", "private equity"]
interests = [
    "fintech", "climate tech", "agritech", "women founders", "financial inclusion",
    "founder mentoring",
]
groups = ["Asosiasi Ventura Indonesia", "Women in VC Southeast Asia", "Jakarta Angel Circle"]
events = ["Jakarta Founders Summit 2026", "Nusantara Tech Week 2026", "SEA Venture Forum 2026"]
contacts = ["Budi Santoso", "Rina Hartono", "Kevin Tanuwijaya"]

# Other names people use for the same thing.
[aliases]
"Arunika Ventures" = ["Arunika", "Arunika VC"]
"Pasarku" = ["Pasarku.com", "PT Pasarku Digital Indonesia"]
"Universitas Indonesia" = ["University of Indonesia", "UI", "FEB UI"]
"National University of Singapore" = ["NUS", "NUS Business School"]
"venture capital" = ["VC", "venture investing"]
"early-stage investing" = ["seed investing", "early-stage investor", "seed-stage investing"]
"Asosiasi Ventura Indonesia" = ["AVI", "Indonesian Venture Association"]
"Women in VC Southeast Asia" = ["Women in VC SEA", "WiVC SEA"]
"Jakarta Angel Circle" = ["JAC"]
"Jakarta Founders Summit 2026" = ["Jakarta Founders Summit", "JFS 2026", "JFS"]
"Nusantara Tech Week 2026" = ["Nusantara Tech Week", "NTW 2026", "NTW"]
"SEA Venture Forum 2026" = ["SEA Venture Forum", "Southeast Asia Venture Forum"]
"climate tech" = ["climate technology", "climatetech"]
"women founders" = ["female founders", "women-led startups"]
"financial inclusion" = ["unbanked", "underbanked"]
"founder mentoring" = ["mentoring founders", "mentor founders"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 20
"""

_REFERRAL = (
    "Budi Santoso suggested I reach out to you about our pre-seed round. We build warehouse "
    "software for small FMCG distributors outside Jakarta."
)
_REFERRAL_2 = (
    "Hi Putri, Rina Hartono said you're the person to talk to about climate tech deals in "
    "Indonesia. We're opening a Jakarta desk next year. Would you have 20 minutes for a call?"
)

INVESTOR_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-founders-summit",
        "classic",
        "id",
        ("Dimas Pratama", "Co-founder & CEO at Panen.id", "Bandung, Jawa Barat"),
        "Hi Putri, great meeting you at the Jakarta Founders Summit last week. I was the one in "
        "your office hours slot asking how you think about seed valuations. Let's stay in touch!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "id",
        ("Nadia Kusuma", "Investment Analyst at Arunika Ventures", "Jakarta, Indonesia"),
        "Hi Putri, I just joined Arunika Ventures as an analyst on the consumer team and would "
        "love to connect with the partners before my first IC meeting.",
        LIKELY,
        ("same_organization",),
        mutual=14,
    ),
    case(
        "003-same-org-past",
        "classic",
        "id",
        ("Rizky Hidayat", "Head of Product at Kopi Kita", "Jakarta"),
        "Putri, we overlapped at Pasarku back in 2017 (I was on the seller growth team when you "
        "were in strategy). Would be great to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "id",
        ("Andreas Halim", "Principal at Samudra Capital", "Surabaya, Jawa Timur"),
        "Hello Putri, I invest in seed-stage startups out of Surabaya and I'm always keen to "
        "learn from other VCs in Jakarta.",
        LIKELY,
        ("same_industry",),
        mutual=9,
    ),
    case(
        "005-shared-interest",
        "classic",
        "id",
        ("Laras Anindita", "Founder at Tanam Karbon", "Yogyakarta"),
        "Hi Putri, I read your article on why climate tech in Indonesia needs patient capital. "
        "It's exactly the problem we're trying to solve with our mangrove carbon project.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "id",
        ("Michelle Tan", "Vice President at Lumen Partners", "Singapore"),
        "Hi Putri, we're both in Women in VC Southeast Asia. I enjoyed your comment on the thread "
        "about first-time fund managers.",
        LIKELY,
        ("same_groups",),
        mutual=6,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "id",
        ("Hendra Wibisono", "Co-founder at Gudang Pintar", "Jakarta"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="a founder raising money: deal flow for an investor, not a sales pitch",
    ),
    case(
        "008-alumni",
        "modern",
        "id",
        ("Citra Lestari", "Senior Manager at Bank Nusa Raya", "Jakarta"),
        "Hi Putri! Fellow UI alum here (FEB, class of 2011). Salam Makara!",
        LIKELY,
        ("fellow_alumni",),
        mutual=3,
    ),
    case(
        "009-specific-office-hours",
        "classic",
        "id",
        ("Yudi Firmansyah", "Program Manager at Inkubator Bisnis ITS", "Surabaya"),
        "Hi Putri, I manage the startup incubator at ITS Surabaya and we'd love you to run "
        "investor office hours for our next cohort in March. Could we set up a call?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "010-specific-question",
        "modern",
        "id",
        ("Aditya Nugroho", "Founder at Klinikita", "Jakarta"),
        "Putri, quick question: does Arunika look at pre-seed healthtech, or do you prefer to "
        "come in at seed? Happy to send a one-pager either way.",
        LIKELY,
        ("specific_reason",),
        comment="a founder asking about the fund's stage: a concrete question, not a sales pitch",
    ),
    case(
        "011-met-es",
        "modern",
        "id",
        ("Sofía Herrera", "Socia en Andes Ventures", "Bogotá, Colombia"),
        "Hola Putri, nos conocimos en el SEA Venture Forum en Singapur, en la cena de fondos "
        "emergentes. ¡Me encantaría seguir en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=4,
    ),
    case(
        "012-alumni-de",
        "modern",
        "id",
        ("Felix Braun", "Investment Manager bei Spree Seed Capital", "Berlin"),
        "Hallo Putri, wir haben beide den MBA an der NUS gemacht, ich allerdings ein Jahr nach "
        "dir. Ich würde mich freuen, in Kontakt zu bleiben.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-panel",
        "modern",
        "id",
        ("Bayu Saputra", "Founder at Logistika", "Jakarta"),
        "Thanks for the great chat after your panel at Nusantara Tech Week!",
        LIKELY,
        ("met_in_person",),
        mutual=11,
    ),
    case(
        "014-specific-it",
        "modern",
        "id",
        ("Francesca Moretti", "Responsabile programmi presso Fondazione Asia Impresa", "Milano"),
        "Ciao Putri, sto organizzando un webinar sugli investimenti early-stage nel Sud-Est "
        "asiatico e vorrei invitarti come relatrice.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "id",
        ("Hendra Wibisono", "Co-founder at Gudang Pintar", "Jakarta"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="re-sent invitation of 007 (the builder has no reminder layout): same inviter "
        "and note",
    ),
    case(
        "016-no-auth-header-met",
        "classic",
        "id",
        ("Kevin Lim", "Partner at Harbourfront Ventures", "Singapore"),
        "Hi Putri, good to meet you at the SEA Venture Forum dinner in Singapore. Let's keep the "
        "conversation going.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-note",
        "classic",
        "id",
        ("Arief Rahman", "Founder at Jualin", "Jakarta"),
        "<script>alert('x')</script> Hi Putri, we met at JFS & talked about "
        "<i>seed valuations</i>.",
        LIKELY,
        ("met_in_person",),
        comment="note contains markup that must be shown as text, never executed (the builder "
        "cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "id",
        ("Grace Ong", "Director, Strategy at Straits Commerce Bank", "Singapore"),
        "Putri, I'm an NUS Business School grad too (MBA 2016) and now lead strategy for a bank "
        "in Singapore.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "id",
        ("Yohanes Siregar", "Managing Partner at Toba Capital", "Medan"),
        "Hi Putri, fellow AVI member here — I'd love to compare notes on the new OJK rules for "
        "venture funds.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "id",
        ("Intan Permatasari", "Head of Partnerships at Dana Desa Digital", "Jakarta"),
        "Hi Putri, I work on financial inclusion for rural women too and would love to exchange "
        "ideas on lending products for ultra-micro businesses.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "id",
        ("Jason Reyes", "Growth Lead at DealFlowly", "Manila, Philippines"),
        "Hi Putri, I help VC funds in Southeast Asia source 3x more qualified deals with our AI "
        "pipeline tool. Open to a 15-minute demo this week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "id",
        ("Melisa Gunawan", "Director at Deckcraft Studio", "Jakarta"),
        "Putri, our studio designs investor-ready pitch decks for your portfolio founders at a "
        "special VC rate. Can I send you our packages?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "id",
        ("Agus Setiawan", "Finance Associate at Arunika Ventures", "Jakarta"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names one of my organizations (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "id",
        ("Dewi Anggraini", "Operations Manager at Sari Rasa Group", "Jakarta"),
        None,
        LOOK,
        mutual=34,
        comment="no note; 34 connections in common, threshold 20 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "id",
        ("Jessica Tan", "Investor Relations", "Singapore"),
        "Hi Putri, we met at the Jakarta Founders Summit. Please confirm your account to open my "
        "message.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-secure.co",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "106-weak-industry-headline",
        "classic",
        "id",
        ("Rudy Hartanto", "Angel Investor | Venture Capital Scout", "Tangerang"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "id",
        ("Victor Halim", "Director at Golden Bridge Holdings", "Hong Kong"),
        "Hi Putri, fellow NUS alum! Please review the term sheet I shared with you.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "id",
        ("Ferry Gunadi", "Sales Manager at Mitra Otomotif", "Bekasi"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "202-stock-es",
        "classic",
        "id",
        ("Javier Morales", "Ejecutivo Comercial en Seguros del Sur", "Santiago, Chile"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "id",
        ("Luca Ferri", "Agente immobiliare presso Casa Futura", "Roma, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "id",
        ("Dony Kurniawan", "Forex Trader | Motivational Speaker", "Bekasi"),
        None,
        GENERIC,
        mutual=2,
    ),
    case(
        "205-custom-vague",
        "modern",
        "id",
        ("Sarah Wijayanti", "Marketing Executive at Grand Lotus Hotel", "Denpasar, Bali"),
        "Hi Putri, your profile popped up in my suggestions and I thought it would be nice to "
        "connect.",
        GENERIC,
        mutual=1,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "id",
        ("Ryan Aditama", "Entrepreneur | Life Coach", "Jakarta"),
        "Hello! Growing my circle with inspiring leaders. Looking forward to connecting!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "id",
        ("Teddy Susanto", "Insurance Advisor at Proteksi Life", "Semarang"),
        "I'd like to add you to my professional network on LinkedIn.\n- Teddy Susanto",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "id",
        ("Stefan Vogel", "Vertriebsleiter bei Nordlicht Logistik GmbH", "Hamburg"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "id",
        ("Élodie Marchand", "Chargée de clientèle chez Banque Lumière", "Lyon"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "id",
        ("Andi Wirawan", "Property Consultant at Griya Prima", "Depok"),
        "Good morning Bu Putri, wishing you a productive week ahead. Let's connect!",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "id",
        ("Rafael Costa", "Consultor de Vendas na Telefonia Sul", "Curitiba, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-office-coffee",
        "classic",
        "id",
        ("Satria Wibowo", "Co-founder at Rantai Dingin", "Jakarta"),
        "Putri, thanks again for the coffee at your office on Tuesday and for the honest feedback "
        "on our cold-chain model. I've taken your point about CAC to heart.",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "022-same-org-current-alias",
        "modern",
        "id",
        ("Kezia Halim", "Platform Associate at Arunika Ventures", "Jakarta"),
        "hi Putri! new platform associate at Arunika here, started Monday. I'll be running the "
        "founder community events, excited to work with you.",
        LIKELY,
        ("same_organization",),
        mutual=15,
    ),
    case(
        "023-same-org-past-alias",
        "classic",
        "id",
        ("Fajar Maulana", "VP Engineering at Sehat Bersama", "Jakarta"),
        "Hi Mbak Putri, we worked together at Pasarku.com around 2016, I was on the payments team "
        "when you joined strategy. Hope you're well!",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry",
        "modern",
        "id",
        ("Priya Menon", "Associate at Kestrel Growth Partners", "Singapore"),
        "Hi Putri, I'm an associate at a Series A fund in Singapore covering Indonesia and "
        "Vietnam. Keen to connect with more early-stage investors on the ground in Jakarta.",
        LIKELY,
        ("same_industry",),
        mutual=8,
    ),
    case(
        "025-shared-interest",
        "classic",
        "id",
        ("Nurul Aini", "Researcher at Lembaga Kajian Ekonomi Digital", "Jakarta"),
        "Hi Putri, your post on backing women founders outside Java really resonated. I'm writing "
        "a report on funding gaps for female-led SMEs and would love to follow your work.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group",
        "modern",
        "id",
        ("Eka Wulandari", "Angel Investor", "Jakarta"),
        "Hi Putri, saw your post in the Jakarta Angel Circle chat about the agritech deal night. "
        "Fellow member, good to connect!",
        LIKELY,
        ("same_groups",),
        mutual=5,
    ),
    case(
        "027-mutual-referral",
        "classic",
        "id",
        ("Thomas de Vries", "Investment Director at Green Horizon Fund", "Amsterdam"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "028-alumni-nus",
        "modern",
        "id",
        ("Rahul Iyer", "Product Lead at Cermat Finance", "Jakarta"),
        "Putri, hello from another NUS MBA! I was in the class after yours and moved to Jakarta "
        "last year.",
        LIKELY,
        ("fellow_alumni",),
        mutual=2,
    ),
    case(
        "029-specific-interview",
        "classic",
        "id",
        ("Maya Sitompul", "Reporter at Kabar Bisnis", "Jakarta"),
        "Hi Putri, I'm writing a piece on the funding winter for Indonesian startups and would "
        "love 15 minutes of your view as an investor this week.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "030-specific-founder-deck",
        "modern",
        "id",
        ("Arya Mahendra", "Founder & CEO at Sawitku", "Pekanbaru, Riau"),
        "Hi Putri, we're raising a US$1.2M seed for Sawitku, a traceability app for smallholder "
        "palm oil farmers. 8,000 farmers onboarded so far. Could I share our deck?",
        LIKELY,
        ("specific_reason",),
        comment="a founder asking to share a deck: deal flow for an investor, not a sales pitch",
    ),
    case(
        "031-met-es",
        "modern",
        "id",
        ("Martín Rojas", "Director de Inversiones en Pacífico Capital", "Lima, Perú"),
        "Hola Putri, coincidimos en la mesa de fondos latinoamericanos del Nusantara Tech Week y "
        "me quedé con ganas de seguir conversando. ¡Saludos desde Lima!",
        LIKELY,
        ("met_in_person",),
        mutual=3,
    ),
    case(
        "032-alumni-de",
        "modern",
        "id",
        ("Julia Schneider", "Beraterin bei Kessler & Partner", "Frankfurt am Main"),
        "Guten Tag Putri, ich habe 2014 ein Austauschsemester an der Universitas Indonesia "
        "gemacht. Schön, eine Ehemalige aus Depok zu finden!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "033-met-panel",
        "modern",
        "id",
        ("Reza Pahlevi", "Founder at Belajar Lagi", "Bandung"),
        "Loved your points on down rounds at the JFS investor panel, and thanks for staying back "
        "to answer my question afterwards!",
        LIKELY,
        ("met_in_person",),
        mutual=22,
        comment="she answered his question in person after the panel: a meeting, however brief",
    ),
    case(
        "034-specific-it",
        "modern",
        "id",
        ("Alessandro Conti", "Partner presso Vela Capital", "Milano"),
        "Buongiorno Putri, cerchiamo un co-investitore locale per un round seed in una startup "
        "fintech di Giacarta. Avresti tempo per una call la prossima settimana?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "035-resent-of-027",
        "classic",
        "id",
        ("Thomas de Vries", "Investment Director at Green Horizon Fund", "Amsterdam"),
        _REFERRAL_2,
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="re-sent invitation of 027 (the builder has no reminder layout): same inviter "
        "and note",
    ),
    case(
        "036-no-auth-header-met",
        "classic",
        "id",
        ("Siti Rahmawati", "Program Director at Yayasan Wirausaha Muda", "Jakarta"),
        "Putri, so nice to finally meet you in person at the demo day judging on Thursday. Hope "
        "to see you at the next cohort's pitch night!",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "037-markup-in-note-and-headline",
        "classic",
        "id",
        ("Daniel Kurnia", "Founder <b>Fintech & Payments</b> at Bayarin", "Jakarta"),
        "Hi Putri, <b>great</b> meeting you at the NTW after-party "
        '<img src=x onerror="alert(1)"> and chatting about QRIS adoption!',
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "id",
        ("Wulan Sari", "Lecturer at Fakultas Ekonomi dan Bisnis", "Depok"),
        "Halo Putri, I did my undergrad at University of Indonesia too (Management, 2009) and now "
        "teach entrepreneurship there.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "039-group-dash",
        "classic",
        "id",
        ("Joanna Lee", "Partner at Lotus Bay Capital", "Kuala Lumpur"),
        "Hi Putri — I'm in Women in VC SEA too; keen to swap notes on raising a debut fund.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "040-shared-interest-2",
        "modern",
        "id",
        ("Bagus Prakoso", "Agronomist at Koperasi Tani Maju", "Malang, Jawa Timur"),
        "Hi Putri, I'm also passionate about agritech for smallholder farmers and would love to "
        "share what our cooperative learned from piloting drone spraying in East Java.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "041-missed-session",
        "classic",
        "id",
        ("Ayu Larasati", "Founder at Sapu Bersih", "Denpasar, Bali"),
        "Hi Putri, I couldn't make it to your climate tech session at Nusantara Tech Week, but a "
        "friend sent me the recording. We're building a waste recycling startup in Bali and your "
        "take on patient capital helped a lot.",
        LIKELY,
        ("shared_interests",),
        comment="she says she missed the session: not a meeting",
    ),
    case(
        "042-typos-student-founder",
        "modern",
        "id",
        ("Rafi Alfarizi", "Student at Universitas Indonesia", "Depok"),
        "hi kak putri, im a final year student at UI and building an app for warung inventory. "
        "my lecturer said you mentor student founders, could i get 10 mins of your time for "
        "feedback on our deck?? thanks a lot",
        LIKELY,
        ("fellow_alumni", "specific_reason"),
        mutual=1,
        comment="the lecturer is not named: no mutual connection",
    ),
    case(
        "043-mutual-named-only",
        "classic",
        "id",
        ("Hans Gunawan", "Managing Director at Sentosa Family Office", "Jakarta"),
        "Hi Putri, Kevin Tanuwijaya and I go back to our Bandung days, and he keeps telling me we "
        "should meet. Would love to connect.",
        LIKELY,
        ("mutual_connection",),
    ),
    case(
        "044-specific-co-invest",
        "modern",
        "id",
        ("Liam O'Connor", "Partner at Southern Cross Ventures", "Sydney, Australia"),
        "Hi Putri, we're leading a Series A in a Surabaya logistics startup and have room for a "
        "local co-investor. Would Arunika want to take a look?",
        LIKELY,
        ("specific_reason",),
        mutual=17,
        comment="a co-investment offer: a concrete opportunity, not a sales pitch",
    ),
    case(
        "111-pitch-saas",
        "modern",
        "id",
        ("Karen Liu", "Account Executive at FundOps Cloud", "Singapore"),
        "Hi Putri, our fund admin software cuts quarterly LP reporting from two weeks to two days "
        "for VC firms. Could I show you a quick demo next week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "112-pitch-after-meeting",
        "classic",
        "id",
        ("Robby Tanoto", "Business Development at Legalink Partners", "Jakarta"),
        "Hi Putri, good to meet you at our booth at JFS! We offer fixed-fee legal packages for "
        "startup due diligence, 15% off for new funds this quarter. Shall I send the rate card?",
        LOOK,
        ("met_in_person",),
        comment="sales pitch: a red flag whatever else the note answers (they did meet)",
    ),
    case(
        "113-weak-past-org-headline",
        "classic",
        "id",
        ("Yanti Purnamasari", "Senior HR Manager at Pasarku", "Jakarta"),
        None,
        LOOK,
        stock="id",
        comment="stock note; headline names one of my past organizations (weak)",
    ),
    case(
        "114-weak-mutual",
        "modern",
        "id",
        ("Irwan Susilo", "General Manager at Hotel Cendana", "Yogyakarta"),
        None,
        LOOK,
        mutual=41,
        comment="no note; 41 connections in common, threshold 20 (weak)",
    ),
    case(
        "115-spoof-good-note",
        "modern",
        "id",
        ("Amanda Chen", "Investment Associate", "Singapore"),
        "Hi Putri, lovely to meet you at SEA Venture Forum! I've shared our co-investment memo "
        "with you, sign in here to view it.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-notify.id",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "116-weak-industry-headline",
        "classic",
        "id",
        ("Kenneth Sugianto", "Private Equity Analyst", "Jakarta"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "117-dmarc-fail-linkedin-from",
        "modern",
        "id",
        ("Marcus Vane", "Managing Director at Crestline Global Capital", "Dubai"),
        "Hi Putri, great meeting you at Nusantara Tech Week. Please open the attached "
        "subscription agreement before Friday.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed meeting is not "
        "counted, as in the samples",
    ),
    case(
        "118-weak-school-headline",
        "modern",
        "id",
        ("Clara Setiawan", "MBA Candidate at NUS Business School", "Singapore"),
        None,
        LOOK,
        mutual=3,
        comment="no note; headline names one of my schools (weak)",
    ),
    case(
        "119-pitch-placement-agent",
        "classic",
        "id",
        ("Henry Blackwood", "Director at Meridian Placement Advisors", "Hong Kong"),
        "Hi Putri, we help emerging VC managers raise their next fund from family offices across "
        "Asia on a success-fee basis. Open to a short intro call?",
        LOOK,
        comment="placement agent selling a fundraising service: sales pitch",
    ),
    case(
        "120-dmarc-fail-plain-note",
        "modern",
        "id",
        ("Tiara Maharani", "Associate at Cakra Ventures", "Jakarta"),
        "Hi Putri, it was great to chat at the AVI members' dinner last night. Keen to stay in "
        "touch!",
        LOOK,
        auth="fail",
        mutual=6,
        comment="DKIM and DMARC failed: flagged even though the note itself reads as genuine",
    ),
    case(
        "221-stock-en",
        "classic",
        "id",
        ("Hendro Lim", "Branch Manager at Bank Sejahtera", "Bogor"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "222-stock-es",
        "classic",
        "id",
        ("Valeria Gómez", "Asesora Inmobiliaria en Hogar Ideal", "Ciudad de México"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "223-stock-it",
        "classic",
        "id",
        ("Giorgio Bassi", "Consulente assicurativo presso Aurora Assicurazioni", "Verona"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "224-modern-no-note-below-threshold",
        "modern",
        "id",
        ("Michael Santoso", "Key Account Manager at Nusantara Paints", "Tangerang"),
        None,
        GENERIC,
        mutual=12,
        comment="no note; 12 connections in common, below the threshold of 20",
    ),
    case(
        "225-custom-vague",
        "modern",
        "id",
        ("Bella Anggraini", "Customer Service at Bintang Travel", "Medan"),
        "Hi Putri, I've seen your name on my feed a few times and wanted to say hello. Happy to "
        "connect!",
        GENERIC,
    ),
    case(
        "226-custom-vague-2",
        "classic",
        "id",
        ("Marco Valentino", "CEO at Valentino Group | Keynote Speaker", "Jakarta"),
        "Hey there! Always on the lookout for amazing people to add to my network. Let's grow "
        "together!",
        GENERIC,
    ),
    case(
        "227-old-stock-signed",
        "classic",
        "id",
        ("Joko Susilo", "Financial Planner at Prudent Asia", "Surakarta"),
        "I'd like to join your LinkedIn network.\nSalam, Joko",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "228-stock-de",
        "classic",
        "id",
        ("Matthias Roth", "Key Account Manager bei Alpen Maschinenbau", "Stuttgart"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "229-stock-fr",
        "classic",
        "id",
        ("Antoine Girard", "Conseiller commercial chez Voyages Azur", "Marseille"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "230-custom-vague-3",
        "modern",
        "id",
        ("Yoga Permana", "Sales Supervisor at Indo Furnitur", "Cikarang"),
        "Hello Putri, hope your week is going great! Would be glad to connect.",
        GENERIC,
        mutual=1,
    ),
    case(
        "231-stock-pt",
        "classic",
        "id",
        ("Beatriz Almeida", "Gerente Comercial na Sabor Brasil Alimentos", "Recife, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    case(
        "232-vague-praise",
        "modern",
        "id",
        ("Lina Marlina", "Beauty Consultant", "Jakarta"),
        "Hi Bu Putri, so inspiring to see a woman leading in your field. Would be an honour to "
        "connect!",
        GENERIC,
        mutual=3,
        comment="warm but vague praise: answers nothing",
    ),
    case(
        "233-only-her-employer",
        "modern",
        "id",
        ("Steven Gozali", "Owner at Gozali Printing", "Jakarta"),
        "Hi Putri, I see you're a partner at Arunika Ventures. I'd love to connect!",
        GENERIC,
        mutual=4,
        comment="repeats her employer from her profile; says nothing of his own link to it",
    ),
    case(
        "234-vague-in-common",
        "classic",
        "id",
        ("Teguh Prasetyo", "Business Development Manager at Cahaya Elektrik", "Jakarta"),
        "Hi Putri, LinkedIn says we share a few contacts, so I thought I'd say hello. Let's "
        "connect!",
        GENERIC,
        comment="no one named and no count shown: no mutual connection answered",
    ),
    case(
        "235-vague-founder",
        "modern",
        "id",
        ("Gilang Ramadhan", "Founder at a stealth company", "Jakarta"),
        "Hi Putri, I'm a first-time founder and would love to connect with investors like you. "
        "Hope we can chat someday!",
        GENERIC,
        mutual=2,
        comment="no company, question or reason tied to her: nothing specific",
    ),
]

"""Held-out invitations for Dewi Lestari, senior product manager at a Jakarta e-commerce company.

Indonesian interface for most invitations, English for some. Notes in Indonesian (formal "Ibu /
saya" and casual "Kak / aku", with the English Jakartans mix in), English, and a few in Spanish,
French, German, Italian and Portuguese. One invitation for every likely-accept, needs-a-look and
generic sample of tests/fixtures/linkedin (the same kind of case, written from scratch for this
recipient), then a second pass over the same kinds with other writers and other wording, plus a
few kinds common in an Indonesian inbox ("izin connect ya kak", a pitch that opens with a shared
almamater, a vague note from someone with many connections in common, a UI/UX designer with the
stock note). The builder has no reminder, HTML-only, bad-charset or unterminated-multipart
layout: those kinds are written as ordinary invitations of the same category. Labels follow
DESIGN.md's "Categories", as the recipient would judge the note, written without looking at the
classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

PRODUCT = Recipient(
    name="Dewi Lestari",
    address="dewi.lestari@example.co.id",
    headline="Senior Product Manager at Pasarloka | Marketplace & Logistics",
    profile_slug="dewi-lestari-pm",
)

PRODUCT_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Dewi Lestari"
organizations = ["Pasarloka", "Gojek", "Bank Mandiri"]
schools = ["Universitas Indonesia", "University of Melbourne"]
industries = ["e-commerce", "logistics", "last-mile delivery", "supply chain"]
interests = [
    "product discovery", "user research", "marketplace growth", "experimentation",
    "UMKM digitalization",
]
groups = [
    "Product Manager Indonesia", "Mind the Product Jakarta",
    "Ikatan Alumni Universitas Indonesia", "Melbourne Alumni Indonesia",
]
events = [
    "ProductCamp Jakarta 2026", "Tech in Asia Conference 2026", "Indonesia E-Commerce Summit 2026",
]
contacts = ["Rizky Pratama", "Ayu Wulandari", "Hendra Gunawan"]

# Other names people use for the same thing.
[aliases]
"Pasarloka" = ["PT Pasarloka Niaga Digital", "Pasarloka Express"]
"Gojek" = ["GoTo", "GoSend"]
"Bank Mandiri" = ["Mandiri"]
"Universitas Indonesia" = ["UI", "Univ. Indonesia"]
"University of Melbourne" = ["Unimelb", "Melbourne Uni", "Universitas Melbourne"]
"e-commerce" = ["ecommerce", "e-dagang", "online retail"]
"logistics" = ["logistik", "fulfillment"]
"last-mile delivery" = ["last-mile", "last mile"]
"supply chain" = ["rantai pasok"]
"user research" = ["riset pengguna", "UX research"]
"experimentation" = ["A/B testing", "eksperimen"]
"UMKM digitalization" = ["digitalisasi UMKM", "UMKM"]
"marketplace growth" = ["seller growth"]
"Product Manager Indonesia" = ["PM Indonesia"]
"Mind the Product Jakarta" = ["Mind the Product", "MTP Jakarta"]
"Ikatan Alumni Universitas Indonesia" = ["ILUNI UI", "ILUNI"]
"ProductCamp Jakarta 2026" = ["ProductCamp Jakarta", "ProductCamp"]
"Tech in Asia Conference 2026" = ["Tech in Asia Conference", "TIA Conference"]
"Indonesia E-Commerce Summit 2026" = ["Indonesia E-Commerce Summit", "IESE"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 25
"""

_REFERRAL = (
    "Selamat pagi Bu Dewi, Pak Hendra Gunawan menyarankan saya menghubungi Ibu untuk belajar "
    "bagaimana tim Ibu mengukur keberhasilan fitur pelacakan paket."
)

PRODUCT_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-productcamp",
        "classic",
        "id",
        ("Fajar Nugroho", "Product Manager at Sayurbox", "Jakarta Selatan, DKI Jakarta"),
        "Halo Mbak Dewi, senang sekali bisa ngobrol di ProductCamp Jakarta 2026 kemarin. Saya "
        "yang tanya soal roadmap same-day delivery. Semoga bisa tetap terhubung!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "id",
        ("Nadia Putri", "Data Analyst at Pasarloka", "Jakarta, Indonesia"),
        "Hai Kak Dewi, aku baru join tim data di Pasarloka minggu ini. Pengen kenalan juga sama "
        "teman-teman di tim produk 🙂",
        LIKELY,
        ("same_organization",),
        mutual=8,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Arief Hidayat", "Engineering Manager at Xendit", "Jakarta, Indonesia"),
        "Dewi, we overlapped at Gojek back in 2019 (I was on the GoSend backend team). Would be "
        "great to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "id",
        ("Yohanes Siregar", "Head of Operations at Gudang Nusantara", "Bekasi, Jawa Barat"),
        "Selamat siang Bu Dewi, saya mengelola operasional gudang fulfillment untuk beberapa brand "
        "online dan selalu senang belajar dari rekan-rekan di industri logistik.",
        LIKELY,
        ("same_industry",),
        mutual=4,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Maya Kusuma", "UX Researcher at Bukalapak", "Bandung, Jawa Barat"),
        "Hi Dewi, I read your Medium post on doing user research with warung owners outside Java. "
        "It's exactly the problem I'm working on right now.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "id",
        ("Bagus Santoso", "Associate Product Manager at Flip", "Yogyakarta"),
        "Halo Kak Dewi, kita sama-sama di grup Product Manager Indonesia. Aku suka banget komentar "
        "kakak di thread soal prioritisasi backlog.",
        LIKELY,
        ("same_groups",),
        mutual=6,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "id",
        ("Rina Marpaung", "Product Lead at Halodoc", "Jakarta, Indonesia"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "id",
        ("Kevin Wijaya", "Software Engineer at Traveloka", "Tangerang Selatan, Banten"),
        "Halo Dewi! Sesama alumni UI nih (Fasilkom angkatan 2010). Salam kuning!",
        LIKELY,
        ("fellow_alumni",),
        mutual=3,
    ),
    case(
        "009-specific-guest-lecture",
        "classic",
        "id",
        ("Ratna Sari", "Dosen Sistem Informasi di Universitas Bina Nusantara", "Jakarta Barat"),
        "Bu Dewi, saya mengampu mata kuliah Manajemen Produk Digital di BINUS dan kami ingin "
        "mengundang Ibu sebagai dosen tamu semester ini. Apakah bisa kita atur waktu untuk "
        "telepon?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Andrew Tanujaya", "Final-year student at Universitas Gadjah Mada", "Yogyakarta"),
        "Hi Dewi, quick question: does Pasarloka take product management interns for the next "
        "batch? I'd love to learn from your team.",
        LIKELY,
        ("specific_reason",),
        comment="a student asking about internships: names my company but does not work there",
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        ("Valentina Rojas", "Gerente de Producto en Rappi", "Bogotá, Colombia"),
        "Hola Dewi, nos conocimos en la Tech in Asia Conference en Yakarta. ¡Me encantaría seguir "
        "en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=2,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Sebastian Krüger", "Produktmanager bei Zalando", "Berlin, Deutschland"),
        "Hallo Dewi, wir haben beide an der University of Melbourne studiert (Master, 2016). Ich "
        "würde mich freuen, mit einer ehemaligen Kommilitonin in Kontakt zu bleiben.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-panel",
        "modern",
        "id",
        ("Dimas Prasetyo", "Product Designer at Pinhome", "Jakarta, Indonesia"),
        "Makasih banyak buat obrolannya setelah sesi panel kakak di Indonesia E-Commerce Summit!",
        LIKELY,
        ("met_in_person",),
        mutual=11,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        ("Chiara Lombardi", "Ricercatrice presso Politecnico di Milano", "Milano, Italia"),
        "Ciao Dewi, sto scrivendo uno studio sulla consegna dell'ultimo miglio nel Sud-est "
        "asiatico e vorrei intervistarti per mezz'ora. Saresti disponibile?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "id",
        ("Rina Marpaung", "Product Lead at Halodoc", "Jakarta, Indonesia"),
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
        ("Teguh Saputra", "VP Operations at Kurirku", "Jakarta Timur, DKI Jakarta"),
        "Bu Dewi, senang bertemu di ProductCamp Jakarta hari Sabtu lalu. Mari kita lanjutkan "
        "diskusinya.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-name-and-note",
        "classic",
        "en",
        ("Reza <b>Firmansyah</b>", "Product Manager at Ajaib", "Jakarta, Indonesia"),
        "<script>alert('x')</script> Hi Dewi, we met at Tech in Asia Conference & talked about "
        "<i>cash-on-delivery</i> returns.",
        LIKELY,
        ("met_in_person",),
        comment="name and note contain markup that must be shown as text, never executed (the "
        "builder cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Grace Halim", "Consultant at Boston Consulting Group", "Singapore"),
        "Dewi, I'm a Melbourne Uni grad too (MBA 2017) and now work in Singapore. Always nice to "
        "find fellow alumni in Jakarta.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "id",
        ("Larasati Hapsari", "Group Product Manager at Mekari", "Jakarta, Indonesia"),
        "Halo Mbak Dewi — sesama anggota Mind the Product Jakarta di sini; pengen tukar pikiran "
        "soal cara rekrut PM junior.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "en",
        ("Aditya Nugraha", "Growth Product Manager at Evermos", "Bandung, Jawa Barat"),
        "Hi Dewi, I work on seller growth for small resellers too and would love to swap notes on "
        "how you run experiments with them.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "id",
        ("Andika Pratama", "Account Executive at RuteKu AI", "Jakarta, Indonesia"),
        "Halo Bu Dewi, platform optimasi rute kami bisa memangkas biaya last-mile hingga 30%. "
        "Boleh minta waktu 15 menit minggu ini untuk demo?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-agency",
        "classic",
        "en",
        ("Priya Menon", "Business Development at PixelForge Studios", "Bengaluru, India"),
        "Dewi, our agency offers affordable offshore app development teams for e-commerce "
        "companies. Can I send you our rate card?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "id",
        ("Joko Susilo", "Warehouse Supervisor at Pasarloka", "Cikarang, Jawa Barat"),
        None,
        LOOK,
        stock="id",
        comment="stock note; headline names one of my organizations (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "id",
        ("Lina Hartono", "Brand Manager at Unilever Indonesia", "Jakarta, Indonesia"),
        None,
        LOOK,
        mutual=38,
        comment="no note; 38 connections in common, threshold 25 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "id",
        ("Sinta Maharani", "Product Manager at Globex Indonesia", "Jakarta"),
        "Halo Dewi, kita bertemu di ProductCamp Jakarta. Silakan verifikasi akun Anda untuk "
        "melihat pesan saya.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-notifikasi.com",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "106-weak-industry-headline",
        "classic",
        "en",
        ("Bima Aditya", "Last-Mile Delivery | Logistics | Fleet Operations", "Surabaya"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Victor Halim", "Director at Meridian Capital Partners", "Hong Kong"),
        "Hi Dewi, fellow Universitas Indonesia alum! Please review the document I shared.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Michael Tanoto", "Property Agent at Ray White", "Jakarta Utara, DKI Jakarta"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Carlos Mendoza", "Ejecutivo de Ventas en Seguros Pacífico", "Lima, Perú"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Paolo Ricci", "Consulente immobiliare presso Casa Bella", "Roma, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "id",
        ("Hendro Wibisono", "CEO | Crypto Trader | Motivator", "Medan, Sumatera Utara"),
        None,
        GENERIC,
    ),
    case(
        "205-custom-vague",
        "modern",
        "id",
        ("Putri Ayuningtyas", "Customer Service at Bank Central Asia", "Semarang"),
        "Halo Kak Dewi, saya menemukan profil kakak dan ingin sekali terhubung.",
        GENERIC,
        mutual=1,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Jerry Tan", "Entrepreneur | Investor | Speaker", "Kuala Lumpur, Malaysia"),
        "Hello! Always expanding my network with amazing professionals like you. Let's connect!",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "id",
        ("Agus Setiawan", "Agen Asuransi di Allianz", "Bogor, Jawa Barat"),
        "Saya ingin menambahkan Anda ke jaringan profesional saya di LinkedIn.\n- Agus Setiawan",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Tobias Brandt", "Vertriebsleiter bei Nordwerk Maschinenbau", "Hamburg"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Julien Moreau", "Conseiller patrimonial chez Banque Atlantique", "Bordeaux"),
        None,
        GENERIC,
        stock="fr2",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "id",
        ("Rizal Fahmi", "Mahasiswa di Universitas Pamulang", "Tangerang Selatan"),
        "Halo Dewi, semoga sehat selalu. Mari terhubung.",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Rafael Costa", "Corretor de Imóveis na Imobiliária Paulista", "São Paulo, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-bukber",
        "classic",
        "id",
        ("Indah Permatasari", "Category Manager at Astro", "Jakarta, Indonesia"),
        "Mbak Dewi, seneng banget kemarin bisa ngobrol pas buka bersama komunitas product di "
        "Kemang. Aku yang cerita soal quick commerce itu lho. Keep in touch ya!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "022-same-org-current-alias",
        "modern",
        "id",
        ("Rudi Hartanto", "Senior Backend Engineer at Pasarloka Express", "Jakarta, Indonesia"),
        "Pagi Kak Dewi! Aku engineer baru di Pasarloka Express, nanti bakal banyak kerja bareng "
        "squad kakak buat fitur tracking. Salam kenal 🙏",
        LIKELY,
        ("same_organization",),
        mutual=12,
    ),
    case(
        "023-same-org-past-alias",
        "classic",
        "en",
        ("Citra Ananda", "Risk Analyst at OCBC", "Singapore"),
        "Hi Dewi! Not sure you remember me, we were in the same Mandiri management trainee batch "
        "in 2013. Hope all is well!",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry",
        "modern",
        "en",
        ("Tran Minh Duc", "Product Manager, Fulfillment at Tiki", "Ho Chi Minh City, Vietnam"),
        "Hi Dewi, I'm a PM on the fulfillment side of an online retailer in Vietnam. Always keen "
        "to connect with people solving the same delivery headaches in other SEA markets.",
        LIKELY,
        ("same_industry",),
        mutual=5,
    ),
    case(
        "025-shared-interest",
        "classic",
        "id",
        ("Anisa Rahma", "Peneliti di Lembaga Riset Ekonomi Digital", "Depok, Jawa Barat"),
        "Halo Mbak Dewi, saya baca tulisan Mbak soal digitalisasi UMKM di luar Jawa. Relevan "
        "banget dengan riset saya tentang warung dan pembayaran digital.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group",
        "modern",
        "id",
        ("Irfan Maulana", "Product Owner at Bank Jago", "Jakarta, Indonesia"),
        "Halo Dewi, saya lihat post kamu di grup Mind the Product Jakarta soal OKR untuk tim "
        "produk. Sesama member, senang bisa terhubung.",
        LIKELY,
        ("same_groups",),
        mutual=9,
    ),
    case(
        "027-mutual-referral",
        "classic",
        "id",
        ("Stefani Gunawan", "Founder at Tenun Kita", "Bandung, Jawa Barat"),
        "Kak Dewi, aku dapat kontak kakak dari Mbak Ayu Wulandari. Katanya kakak orang yang tepat "
        "buat ditanya soal bikin opsi COD di toko online kecil. Boleh minta waktu ngobrol 20 "
        "menit?",
        LIKELY,
        ("mutual_connection", "specific_reason"),
        comment="a small-brand founder asking for advice, not selling anything",
    ),
    case(
        "028-alumni",
        "modern",
        "id",
        ("Michael Santoso", "Data Scientist at Telkomsel", "Jakarta, Indonesia"),
        "Dewi, halo dari sesama anak Unimelb! Aku lulus Master of IT 2018, sekarang balik ke "
        "Jakarta juga.",
        LIKELY,
        ("fellow_alumni",),
        mutual=7,
    ),
    case(
        "029-specific-podcast",
        "classic",
        "en",
        ("Nicole Hartanto", "Host at Ngobrolin Produk Podcast", "Jakarta, Indonesia"),
        "Hi Dewi, I host a podcast about product careers in Indonesia and we're planning an "
        "episode on building delivery products. Would you be open to being a guest next month?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "030-specific-question",
        "modern",
        "id",
        ("Wahyu Kurniawan", "Fresh Graduate | Teknik Industri ITB", "Bandung, Jawa Barat"),
        "Kak Dewi, mau tanya dong: buat pindah dari analis operasional ke product manager, skill "
        "apa yang paling dicari di tim kakak? Makasih banyak sebelumnya 🙏",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "031-met-fr",
        "modern",
        "en",
        ("Camille Laurent", "Product Manager chez Veepee", "Paris, France"),
        "Bonjour Dewi, on s'est rencontrées à la Tech in Asia Conference à Jakarta le mois "
        "dernier. Ravie de rester en contact !",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "032-alumni-pt",
        "modern",
        "en",
        ("Rafael Oliveira", "Gerente de Produto no Mercado Livre", "São Paulo, Brasil"),
        "Olá Dewi! Também fiz mestrado na Universidade de Melbourne (2015). Bom encontrar outra "
        "ex-aluna por aqui.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "033-met-workshop",
        "modern",
        "id",
        ("Ayu Lestiani", "Junior Product Manager at Kitabisa", "Jakarta, Indonesia"),
        "Mbak, makasih udah sabar jawab pertanyaan saya habis workshop kemarin di ProductCamp. "
        "Materinya kepake banget!",
        LIKELY,
        ("met_in_person",),
        mutual=19,
        comment="she asked questions in person after the workshop: a meeting, however brief",
    ),
    case(
        "034-specific-de",
        "modern",
        "en",
        ("Lena Hoffmann", "Korrespondentin bei Handelsblatt", "Singapur"),
        "Guten Tag Frau Lestari, ich schreibe einen Artikel über den Onlinehandel in Indonesien "
        "und würde Sie gern für ein kurzes Interview gewinnen.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "036-no-auth-header-met",
        "classic",
        "en",
        ("Daniel Kusnadi", "Partner at East Ventures", "Jakarta, Indonesia"),
        "Dewi, so nice meeting you at the Indonesia E-Commerce Summit after-party on Thursday. "
        "Hope to bump into you again soon!",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "037-markup-in-note-and-headline",
        "classic",
        "id",
        (
            "Yoga Pamungkas",
            "Product Manager <i>Payments & Checkout</i> at Blibli",
            "Jakarta, Indonesia",
        ),
        "Halo Kak Dewi, <b>seneng</b> banget ketemu di meetup kemarin "
        '<img src=x onerror="alert(1)"> dan ngobrolin ongkir gratis!',
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-alumni",
        "classic",
        "id",
        ("Hadi Kurniawan", "Category Manager at Blibli", "Jakarta, Indonesia"),
        "Bu Dewi, saya juga lulusan Universitas Indonesia (Teknik Industri 2011). Senang bisa "
        "ketemu sesama alumni di sini.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "040-shared-interest-2",
        "modern",
        "id",
        ("Kezia Simanjuntak", "Product Analyst at Tiket.com", "Jakarta, Indonesia"),
        "Halo Dewi, aku juga lagi fokus di A/B testing buat halaman checkout, pengen sharing "
        "pengalaman kalau kamu berkenan.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "041-met-casual-typos",
        "modern",
        "id",
        ("Oktaviani Rahayu", "Backend Engineer at Biteship", "Jakarta, Indonesia"),
        "mbak dewi!! td sore kt ngobrol bentar di booth pasarloka di IESE, aku yg nanya soal api "
        "ongkir. nice to meet u 😁",
        LIKELY,
        ("met_in_person",),
        mutual=4,
        comment="casual, abbreviated, lower-case; names my company's booth, not her employer",
    ),
    case(
        "042-specific-referral-request",
        "modern",
        "id",
        ("Dinda Aulia", "Business Analyst at Kalbe Farma", "Jakarta, Indonesia"),
        "Kak Dewi, aku lagi apply posisi Associate PM di Pasarloka. Boleh minta waktu 15 menit "
        "buat tanya-tanya soal tim dan prosesnya? Makasih kak!",
        LIKELY,
        ("specific_reason",),
        comment="a job applicant asking about the team: a concrete request, not same organization",
    ),
    case(
        "043-specific-recruiter",
        "classic",
        "en",
        ("Sarah Wong", "Partner at Apex Search Asia", "Singapore"),
        "Hi Dewi, I'm retained by a Series C logistics company in Singapore to find a Head of "
        "Product. Your work on delivery tracking stands out - open to a confidential chat?",
        LIKELY,
        ("specific_reason",),
        comment="a recruiter with a specific role: a concrete reason, sells her nothing",
    ),
    case(
        "111-pitch-saas",
        "modern",
        "en",
        ("Jason Lim", "Sales Director at ShipSmart Cloud", "Singapore"),
        "Hi Dewi, ShipSmart helps online retailers cut failed deliveries by 25% with AI address "
        "validation. Worth a quick demo next Tuesday?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "112-pitch-course",
        "classic",
        "id",
        ("Yudi Hermawan", "Founder at Akademi Produk Juara", "Depok, Jawa Barat"),
        "Halo Kak Dewi, kami buka batch baru bootcamp Product Management bersertifikat, ada diskon "
        "40% khusus minggu ini untuk tim kakak. Boleh saya kirim brosurnya?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "113-weak-past-org-headline",
        "classic",
        "en",
        ("Ferry Lukito", "Senior Product Manager at Gojek", "Jakarta, Indonesia"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my past organizations (weak)",
    ),
    case(
        "114-weak-mutual-vague-note",
        "modern",
        "id",
        ("Hana Permata", "Brand Manager at Wardah", "Jakarta, Indonesia"),
        "Halo Dewi, salam kenal ya!",
        LOOK,
        mutual=41,
        comment="vague note that answers nothing; 41 connections in common, threshold 25 (weak)",
    ),
    case(
        "115-spoof-good-note",
        "modern",
        "en",
        ("Helena Marsh", "Partnerships at Fulfilment Hub Asia", "Singapore"),
        "Dewi, lovely chatting at ProductCamp Jakarta! I've shared the partnership deck with you, "
        "sign in here to view it.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-securemail.com",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "116-weak-industry-headline",
        "classic",
        "id",
        ("Slamet Riyadi", "Supply Chain Specialist | Warehouse & Distribution", "Karawang"),
        None,
        LOOK,
        stock="id",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "117-dmarc-fail-linkedin-from",
        "modern",
        "id",
        ("Bambang Sutrisno", "Direktur di PT Sinar Abadi Sentosa", "Jakarta"),
        "Halo Dewi, kita ketemu di Indonesia E-Commerce Summit. Mohon buka lampiran invoice untuk "
        "pembayaran tiket Anda.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed meeting is not "
        "counted, as in the samples",
    ),
    case(
        "118-pitch-with-alumni-opener",
        "classic",
        "id",
        ("Eko Prasetya", "Business Development at Solusi Kode Nusantara", "Jakarta Selatan"),
        "Halo Kak Dewi, sesama alumni UI nih! Kebetulan kami software house yang spesialis bikin "
        "aplikasi kurir dan WMS. Boleh saya kirim company profile dan penawaran harganya?",
        LOOK,
        comment="sales pitch opened with a shared almamater: the pitch is a red flag whatever "
        "else the note answers",
    ),
    case(
        "119-weak-school-headline",
        "classic",
        "id",
        ("Galih Permana", "Alumni Universitas Indonesia | Business Development at Astra", "Depok"),
        None,
        LOOK,
        stock="id",
        comment="stock note; headline names one of my schools (weak)",
    ),
    case(
        "221-stock-en",
        "classic",
        "en",
        ("Steven Halim", "Insurance Agent at Prudential", "Surabaya, Jawa Timur"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "223-izin-connect",
        "modern",
        "id",
        ("Rahmat Hidayatullah", "Staff Administrasi di CV Berkah Jaya", "Cirebon, Jawa Barat"),
        "Izin connect ya kak 🙏",
        GENERIC,
        comment="the usual Indonesian one-liner: asks to connect, says nothing else",
    ),
    case(
        "224-modern-no-note",
        "modern",
        "id",
        ("Bayu Saputra", "Digital Marketer | Affiliate | Trader Forex", "Palembang"),
        None,
        GENERIC,
        mutual=2,
    ),
    case(
        "225-custom-vague",
        "modern",
        "en",
        ("Melissa Grant", "Sales Associate at Urban Threads", "Manila, Philippines"),
        "Hi Dewi, I came across your profile and I'd be honoured to connect with you.",
        GENERIC,
    ),
    case(
        "226-custom-vague-praise",
        "classic",
        "id",
        ("Nur Aini", "Guru di SMK Negeri 2 Malang", "Malang, Jawa Timur"),
        "Halo Kak Dewi, profil kakak inspiratif banget! Semoga kita bisa saling terhubung dan "
        "berbagi ilmu ya.",
        GENERIC,
        comment="vague praise: answers nothing",
    ),
    case(
        "227-old-stock-signed",
        "classic",
        "en",
        ("Sandra Lim", "Financial Planner at Great Eastern", "Kuala Lumpur, Malaysia"),
        "I'd like to join your LinkedIn network.\nThanks, Sandra",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "229-stock-fr",
        "classic",
        "en",
        ("Antoine Girard", "Agent immobilier chez Immo Provence", "Marseille"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "230-custom-vague-3",
        "modern",
        "id",
        ("Wulan Sari", "Admin Keuangan di Toko Bangunan Makmur", "Solo, Jawa Tengah"),
        "Salam kenal, Bu Dewi. Semoga sukses selalu.",
        GENERIC,
    ),
    case(
        "232-stock-id",
        "classic",
        "id",
        ("Budi Hartono", "Sales Supervisor di PT Maju Bersama", "Surabaya, Jawa Timur"),
        None,
        GENERIC,
        stock="id",
    ),
    case(
        "233-vague-typos",
        "modern",
        "id",
        ("Ilham Ramadhan", "Mahasiswa", "Makassar, Sulawesi Selatan"),
        "hai dewi, slm kenal yaa. mau nambah relasi aja nih hehe",
        GENERIC,
    ),
    case(
        "234-vague-mixed",
        "modern",
        "id",
        ("Vina Angelina", "Content Creator | Public Speaker", "Jakarta, Indonesia"),
        "Hi kak, love your profile! Let's connect and grow together 🚀",
        GENERIC,
        mutual=3,
    ),
    case(
        "235-stock-uiux-designer",
        "classic",
        "id",
        ("Rangga Pradipta", "UI/UX Designer at Studio Senja", "Malang, Jawa Timur"),
        None,
        GENERIC,
        stock="id",
        comment="stock note; 'UI' in a UI/UX designer's headline is not Universitas Indonesia",
    ),
]

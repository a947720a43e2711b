"""Held-out invitations for Arjun Menon, staff site-reliability engineer in Bengaluru, India.

English interface. One invitation for every likely-accept, needs-a-look and generic sample of
tests/fixtures/linkedin (the same kind of case, written from scratch for this recipient), then a
second pass over the same kinds with other writers and other wording. Notes are mostly Indian
English, formal ("Greetings of the day", "kindly accept") and very casual (lowercase, "da",
"bhai", typos), some from US and European colleagues, a few in Spanish, German and Italian.
Engineers get many recruiter and tool-vendor notes: a recruiter with a concrete role, a recruiter
blast, staffing and consulting pitches, SaaS pitches (one from someone he really met at a booth)
and a vendor's open-source maintainer who sells nothing. The builder has no reminder, HTML-only,
bad-charset or unterminated-multipart layout: those kinds are written as ordinary invitations of
the same category. Labels follow DESIGN.md's "Categories", as the recipient would judge the note,
written without looking at the classifier.
"""

from __future__ import annotations

from linkedin_mail import Recipient
from make_heldout import GENERIC, LIKELY, LOOK, Case, case

DEVOPS = Recipient(
    name="Arjun Menon",
    address="arjun.menon@example.in",
    headline="Staff Site Reliability Engineer at PayRail | Kubernetes, Observability, Incidents",
    profile_slug="arjun-menon-sre",
)

DEVOPS_CHECKLIST = """\
# Who you are: invitations are checked against this profile.
[me]
name = "Arjun Menon"
organizations = ["PayRail Technologies", "Flipkart", "ThoughtWorks"]
schools = ["IIT Madras", "Bhavan's Vidya Mandir Elamakkara"]
industries = [
    "site reliability engineering", "DevOps", "payments", "fintech", "cloud infrastructure",
]
interests = [
    "Kubernetes", "observability", "incident response", "chaos engineering", "OpenTelemetry",
    "on-call",
]
groups = ["Cloud Native Bangalore", "SRE India", "IIT Madras Alumni Association"]
events = ["KubeCon India 2026", "SREcon26 Asia/Pacific", "Rootconf 2026"]
contacts = ["Kavya Raghunathan", "Siddharth Iyer", "Neha Kulkarni"]

# Other names people use for the same thing.
[aliases]
"PayRail Technologies" = ["PayRail"]
"ThoughtWorks" = ["Thoughtworks"]
"IIT Madras" = ["IITM", "IIT-M", "Indian Institute of Technology Madras"]
"Bhavan's Vidya Mandir Elamakkara" = ["Bhavans Elamakkara", "BVM Elamakkara"]
"site reliability engineering" = ["SRE", "site reliability"]
"cloud infrastructure" = ["cloud infra", "platform engineering"]
"Kubernetes" = ["k8s"]
"observability" = ["monitoring"]
"OpenTelemetry" = ["OTel"]
"incident response" = ["incident management", "postmortems"]
"Cloud Native Bangalore" = ["CNCF Bangalore"]
"IIT Madras Alumni Association" = ["IITMAA"]
"KubeCon India 2026" = ["KubeCon India", "KubeCon"]
"SREcon26 Asia/Pacific" = ["SREcon APAC", "SREcon Asia", "SREcon"]
"Rootconf 2026" = ["Rootconf"]

[thresholds]
# This many connections in common is a weak "connection in common" signal on its own.
mutual_connections = 30
"""

_REFERRAL = (
    "Kavya Raghunathan suggested I reach out to you about our on-call rotation redesign. She "
    "said you rebuilt the incident process at PayRail last year."
)

DEVOPS_CASES: list[Case] = [
    # -- first pass: one case per sample kind --------------------------------------------------
    case(
        "001-met-kubecon",
        "classic",
        "en",
        ("Rohan Deshpande", "Platform Engineer at Zepto", "Bengaluru, Karnataka, India"),
        "Hi Arjun, great meeting you at KubeCon India last week. I was the one asking about your "
        "multi-cluster failover setup after the talk. Let's stay in touch!",
        LIKELY,
        ("met_in_person",),
    ),
    case(
        "002-same-org-current",
        "modern",
        "en",
        ("Sneha Pillai", "SDE 2 at PayRail Technologies", "Bengaluru, Karnataka, India"),
        "Hi Arjun, I just joined the payment gateway team at PayRail and would love to connect "
        "with folks on the SRE side.",
        LIKELY,
        ("same_organization",),
        mutual=11,
    ),
    case(
        "003-same-org-past",
        "classic",
        "en",
        ("Karthik Subramanian", "Senior Engineering Manager at Walmart Global Tech", "Chennai"),
        "Arjun, we overlapped at Flipkart in 2017-18 (I was on the supply chain platform team). "
        "Would be good to reconnect.",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "004-same-industry",
        "modern",
        "en",
        ("Harish Joshi", "Head of Infrastructure at Kredila Finance", "Pune, Maharashtra, India"),
        "Dear Arjun, myself Harish, heading the infra team at a small digital lending NBFC in "
        "Pune. I am always keen to learn from peers running fintech infrastructure. Kindly accept.",
        LIKELY,
        ("same_industry",),
        mutual=4,
    ),
    case(
        "005-shared-interest",
        "classic",
        "en",
        ("Emily Hargreaves", "Staff Engineer at Monzo", "London, England, United Kingdom"),
        "Hi Arjun, I read your post on SLO burn-rate alerts for payment APIs. It's exactly the "
        "problem I'm working on right now.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "006-same-group",
        "modern",
        "en",
        ("Aditya Rao", "DevOps Engineer at Swiggy", "Bengaluru, Karnataka, India"),
        "Hi Arjun, we are both members of the Cloud Native Bangalore group. I liked your comment "
        "on the Karpenter vs cluster-autoscaler thread.",
        LIKELY,
        ("same_groups",),
        mutual=9,
    ),
    case(
        "007-mutual-referral",
        "classic",
        "en",
        ("Meera Krishnan", "Engineering Manager at Juspay", "Bengaluru"),
        _REFERRAL,
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "008-alumni",
        "modern",
        "en",
        ("Vivek Narayanan", "Principal Engineer at Atlassian", "Bengaluru, Karnataka, India"),
        "Hi Arjun! Fellow IITM alum here (CS, 2012 batch). Good to see another one in Bangalore.",
        LIKELY,
        ("fellow_alumni",),
        mutual=6,
    ),
    case(
        "009-specific-meetup-talk",
        "classic",
        "en",
        ("Pooja Raghavan", "Community Organizer, Bangalore SRE Meetup", "Bengaluru"),
        "Hi Arjun, I organise the Bangalore SRE meetup and we'd love to have you speak about "
        "incident response in payments at our December edition. Could we set up a quick call?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "010-specific-question",
        "modern",
        "en",
        ("Daniel Brooks", "Infrastructure Lead at Ledgerly", "Austin, Texas, United States"),
        "Arjun, quick question: in your talk you mentioned running Prometheus federation across "
        "regions. Did you eventually move to Thanos or Mimir? We're deciding for our own stack.",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "011-met-es",
        "modern",
        "en",
        ("Martín Herrera", "SRE en Mercado Pago", "Buenos Aires, Argentina"),
        "Hola Arjun, nos conocimos en la KubeCon India, en la cena de speakers. ¡Me encantaría "
        "seguir en contacto!",
        LIKELY,
        ("met_in_person",),
        mutual=2,
    ),
    case(
        "012-alumni-de",
        "modern",
        "en",
        ("Jonas Hartmann", "Site Reliability Engineer bei N26", "Berlin, Deutschland"),
        "Hallo Arjun, wir haben beide am IIT Madras studiert, ich war 2011 als Austauschstudent "
        "dort. Ich würde mich freuen, in Kontakt zu bleiben.",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "013-met-talk",
        "modern",
        "en",
        ("Grace Liang", "Production Engineer at Canva", "Sydney, New South Wales, Australia"),
        "Thanks for the great chat after your talk at SREcon APAC!",
        LIKELY,
        ("met_in_person",),
        mutual=14,
    ),
    case(
        "014-specific-it",
        "modern",
        "en",
        ("Chiara Santoro", "Giornalista tecnologica presso Wired Italia", "Milano, Italia"),
        "Ciao Arjun, sto scrivendo un articolo sulla gestione degli incidenti nei sistemi di "
        "pagamento e vorrei intervistarti per una mezz'ora. Saresti disponibile?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "015-resent-of-007",
        "classic",
        "en",
        ("Meera Krishnan", "Engineering Manager at Juspay", "Bengaluru"),
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
        ("Nikhil Bansal", "Senior SRE at PhonePe", "Bengaluru, Karnataka, India"),
        "Hi Arjun, good to meet you at Rootconf yesterday. Let's keep the eBPF conversation going.",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "017-markup-in-note",
        "classic",
        "en",
        ("Farhan Qureshi", "Network Engineer at Isovalent", "Hyderabad, Telangana, India"),
        "<script>alert('x')</script> Hi Arjun, we met at KubeCon India & talked about "
        "<b>Cilium</b> network policies.",
        LIKELY,
        ("met_in_person",),
        comment="note contains markup that must be shown as text, never executed (the builder "
        "cannot write an HTML-only email)",
    ),
    case(
        "018-base64-alumni",
        "classic",
        "en",
        ("Lakshmi Venkatesan", "Backend Engineer at a healthtech startup", "Chennai"),
        "Arjun, I'm an IIT Madras grad too (M.Tech 2016) and now work at a healthtech startup in "
        "Chennai.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
    ),
    case(
        "019-group-dash",
        "classic",
        "en",
        ("Tanvi Mehta", "Reliability Engineer at Groww", "Bengaluru"),
        "Hi Arjun, fellow SRE India member here — would love to compare notes on error budgets.",
        LIKELY,
        ("same_groups",),
        comment="the bad-charset sample's kind, written as an ordinary email",
    ),
    case(
        "020-shared-interest-2",
        "modern",
        "en",
        ("Sean O'Connell", "Chaos Engineer at Stripe", "Dublin, Ireland"),
        "Hi Arjun, I do a lot of chaos engineering work too and would love to swap ideas on "
        "running game days.",
        LIKELY,
        ("shared_interests",),
        comment="the unterminated-multipart sample's kind, written as an ordinary email",
    ),
    case(
        "101-pitch-saas",
        "modern",
        "en",
        ("Brandon Kessler", "Account Executive at LogFlare Cloud", "San Francisco, California"),
        "Hi Arjun, we help fintech SRE teams cut their Datadog bill by 50% with our "
        "OpenTelemetry-native platform. Open to a 15-minute demo this week?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "102-pitch-staffing-agency",
        "classic",
        "en",
        ("Ritu Malhotra", "Business Development Manager at TechHire Staffing", "Gurugram"),
        "Arjun, our agency can place pre-vetted Kubernetes engineers in your team within 2 "
        "weeks. Can I share our rate card?",
        LOOK,
        comment="sales pitch (a staffing agency selling its service)",
    ),
    case(
        "103-weak-same-org-headline",
        "classic",
        "en",
        ("Varun Khanna", "Senior Product Manager at PayRail Technologies", "Bengaluru"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline names one of my organizations (weak)",
    ),
    case(
        "104-weak-mutual",
        "modern",
        "en",
        ("Ananya Bhatt", "Chartered Accountant at Deloitte", "Mumbai, Maharashtra, India"),
        None,
        LOOK,
        mutual=41,
        comment="no note; 41 connections in common, threshold 30 (weak)",
    ),
    case(
        "105-spoof-good-note",
        "classic",
        "en",
        ("Rahul Verma", "Senior SRE at Globex Payments", "Bengaluru"),
        "Hi Arjun, we met at KubeCon India. Please verify your account to read my message.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-notify.in",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "106-weak-industry-headline",
        "classic",
        "en",
        ("Manoj Kumar", "DevOps Engineer | AWS | Terraform | Jenkins", "Hyderabad"),
        None,
        LOOK,
        stock="en2",
        comment="stock note; headline in my industry (weak)",
    ),
    case(
        "107-dmarc-fail-linkedin-from",
        "modern",
        "en",
        ("Sanjay Gupta", "Director at Meridian Holdings", "Dubai, United Arab Emirates"),
        "Hi Arjun, fellow IIT Madras alum! Kindly review the document I have shared.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed",
    ),
    case(
        "201-stock-en",
        "classic",
        "en",
        ("Ramesh Yadav", "Regional Sales Manager at Asian Paints", "Lucknow, Uttar Pradesh"),
        None,
        GENERIC,
        stock="en",
    ),
    case(
        "202-stock-es",
        "classic",
        "en",
        ("Diego Salazar", "Gerente Comercial en Ferretería Andina", "Quito, Ecuador"),
        None,
        GENERIC,
        stock="es",
    ),
    case(
        "203-stock-it",
        "classic",
        "en",
        ("Matteo Ricci", "Agente immobiliare presso Casa Mia Immobiliare", "Torino, Italia"),
        None,
        GENERIC,
        stock="it",
    ),
    case(
        "204-modern-no-note",
        "modern",
        "en",
        ("Kunal Sethi", "Founder | Web3 | Angel Investor | Speaker", "Mumbai, Maharashtra, India"),
        None,
        GENERIC,
    ),
    case(
        "205-custom-vague",
        "modern",
        "en",
        ("Priya Sharma", "Marketing Executive at Lenskart", "New Delhi, Delhi, India"),
        "Hi Arjun, I came across your profile and would love to connect with you.",
        GENERIC,
        mutual=2,
    ),
    case(
        "206-custom-vague-2",
        "classic",
        "en",
        ("Deepak Chauhan", "Entrepreneur | Motivational Speaker", "Jaipur, Rajasthan"),
        "Greetings of the day! Looking forward to expanding my network with esteemed "
        "professionals like you. Kindly accept.",
        GENERIC,
    ),
    case(
        "207-old-stock-signed",
        "classic",
        "en",
        ("Vikram Rao", "Insurance Advisor at LIC of India", "Mysuru, Karnataka"),
        "I'd like to add you to my professional network on LinkedIn.\n- Vikram Rao",
        GENERIC,
        comment="the stock sentence with a signature added: says nothing more",
    ),
    case(
        "208-stock-de",
        "classic",
        "en",
        ("Markus Weber", "Vertriebsleiter bei Kessler Logistik GmbH", "Hamburg"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "209-stock-fr",
        "classic",
        "en",
        ("Julien Lefèvre", "Conseiller commercial chez Crédit Régional", "Lille"),
        None,
        GENERIC,
        stock="fr",
    ),
    case(
        "210-custom-vague-3",
        "modern",
        "en",
        ("Amit Tiwari", "Student at Delhi University", "New Delhi"),
        "Hi Arjun, hope you are doing good. Let's connect.",
        GENERIC,
    ),
    case(
        "211-stock-pt",
        "classic",
        "en",
        ("Rafael Oliveira", "Vendedor na Móveis Paulista", "Campinas, Brasil"),
        None,
        GENERIC,
        stock="pt",
    ),
    # -- second pass: the same kinds, other writers and wording ---------------------------------
    case(
        "021-met-meetup-casual",
        "modern",
        "en",
        ("Abhishek Nair", "SDE-3 at Razorpay", "Bengaluru, Karnataka, India"),
        "hey arjun, met u at the kubernetes meetup in HSR on saturday.. i'm the guy who asked "
        "about argo rollouts :) lets stay connected",
        LIKELY,
        ("met_in_person",),
        mutual=17,
    ),
    case(
        "022-same-org-current-casual",
        "modern",
        "en",
        ("Rhea D'Souza", "Infrastructure Engineer", "Bengaluru, Karnataka, India"),
        "Hey Arjun, I'm new in the PayRail infra team (joined monday!). My manager said you're "
        "the go-to person for k8s questions so connecting here first :)",
        LIKELY,
        ("same_organization",),
        mutual=5,
        comment="the headline does not name the company; the note does",
    ),
    case(
        "023-same-org-past-alias",
        "classic",
        "en",
        ("Gautham Srinivasan", "QA Lead at Freshworks", "Chennai, Tamil Nadu, India"),
        "Hi Arjun, we were both at Thoughtworks Chennai around 2014, I was the QA on your client "
        "project. Hope you remember me!",
        LIKELY,
        ("same_organization",),
    ),
    case(
        "024-same-industry",
        "modern",
        "en",
        ("Sunil Patil", "AVP Technology at Kotak Mahindra Bank", "Mumbai, Maharashtra, India"),
        "Hello Arjun, I look after the infra for our UPI switch at a bank in Mumbai. Always good "
        "to know people who run payment systems at scale.",
        LIKELY,
        ("same_industry",),
        mutual=8,
    ),
    case(
        "025-shared-interest",
        "classic",
        "en",
        ("Lena Fischer", "Senior Software Engineer at Zalando", "Berlin, Germany"),
        "Hi Arjun, I loved your write-up on OTel tracing for payment flows. We're rolling out "
        "OpenTelemetry now and hitting the same sampling problems you described.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "026-same-group",
        "modern",
        "en",
        ("Ishaan Kapoor", "Cloud Engineer at Mindtree", "Noida, Uttar Pradesh, India"),
        "Arjun, saw your post in the SRE India group on writing blameless postmortems. Fellow "
        "member, happy to connect.",
        LIKELY,
        ("same_groups",),
        mutual=3,
    ),
    case(
        "027-mutual-referral",
        "classic",
        "en",
        ("Ashwin Menon", "Platform Architect at Cred", "Bengaluru"),
        "Hi Arjun, Siddharth Iyer told me you're the person to ask about running Kafka on "
        "Kubernetes for payments. Would you have 20 mins for a call sometime next week?",
        LIKELY,
        ("mutual_connection", "specific_reason"),
    ),
    case(
        "028-alumni-casual",
        "modern",
        "en",
        ("Sriram Balaji", "Staff Engineer at Uber", "Hyderabad, Telangana, India"),
        "Arjun da! Just saw you're also from IITM. Sarayu hostel, 2010 batch here. How's "
        "Bangalore treating you?",
        LIKELY,
        ("fellow_alumni",),
        mutual=12,
    ),
    case(
        "029-specific-podcast",
        "classic",
        "en",
        ("Jessica Moreno", "Host, The On-Call Diaries podcast", "Seattle, Washington"),
        "Hi Arjun, I host a small podcast about how engineering teams handle on-call. Would you "
        "be open to a 40-minute episode on how PayRail gets through the Diwali sale traffic?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "030-specific-referral-ask",
        "modern",
        "en",
        ("Mohit Agarwal", "Site Reliability Engineer at Infosys", "Pune, Maharashtra, India"),
        "Hello Arjun, I have applied for the Senior SRE opening at PayRail (job ID PR-4471). "
        "Could you share a bit about the team, or refer me if you feel my profile fits? Thanks "
        "in advance.",
        LIKELY,
        ("specific_reason",),
        comment="a job seeker with a concrete ask; sells nothing, so not a pitch",
    ),
    case(
        "031-met-es",
        "modern",
        "en",
        ("Lucía Paredes", "SRE en Nubank", "Ciudad de México, México"),
        "Hola Arjun! Coincidimos en el taller de chaos engineering de SREcon en Singapur. Fue un "
        "gusto conversar contigo.",
        LIKELY,
        ("met_in_person",),
        mutual=1,
    ),
    case(
        "032-alumni-de",
        "modern",
        "en",
        ("Felix Bauer", "Plattform-Ingenieur bei Klarna", "München, Bayern"),
        "Guten Tag Arjun, ich habe meinen Master am IIT Madras gemacht (2014). Schön, einen "
        "Absolventen hier zu finden!",
        LIKELY,
        ("fellow_alumni",),
    ),
    case(
        "034-specific-it",
        "modern",
        "en",
        ("Alessandro Greco", "Platform Engineer presso Satispay", "Milano, Italia"),
        "Buongiorno Arjun, stiamo valutando Cilium per i nostri cluster. Potrei farti qualche "
        "domanda sulla vostra esperienza in produzione?",
        LIKELY,
        ("specific_reason",),
    ),
    case(
        "036-no-auth-header-met",
        "classic",
        "en",
        ("Thomas Nguyen", "SRE Manager at Grab", "Singapore"),
        "Arjun, nice meeting you at the SREcon speaker dinner. Hope the flight back to Bangalore "
        "was okay!",
        LIKELY,
        ("met_in_person",),
        auth="none",
        comment="no Authentication-Results at all: unknown, not failed",
    ),
    case(
        "037-markup-in-note-and-headline",
        "classic",
        "en",
        ("Divya Menon", "SRE <b>Lead</b> at Swiggy", "Bengaluru"),
        "Hi Arjun, <i>great</i> meeting you at KubeCon <img src=x onerror=alert(1)> and "
        "talking Thanos!",
        LIKELY,
        ("met_in_person",),
        comment="note and headline contain markup that must be shown as text, never executed",
    ),
    case(
        "038-base64-school-alumni",
        "classic",
        "en",
        ("Anjali Thomas", "Principal Member of Technical Staff at Oracle", "Bengaluru"),
        "Arjun, is this the same Arjun from Bhavans Elamakkara, 2004 batch? I was in 12-B! Now "
        "in Bangalore too.",
        LIKELY,
        ("fellow_alumni",),
        base64=True,
        comment="school, not university, alumni",
    ),
    case(
        "040-shared-interest-2",
        "modern",
        "en",
        ("Pieter de Vries", "Reliability Engineer at Adyen", "Amsterdam, Netherlands"),
        "Hey Arjun, I'm knee-deep in incident response tooling as well. Would love to trade notes "
        "on what has worked for you.",
        LIKELY,
        ("shared_interests",),
    ),
    case(
        "041-recruiter-concrete-role",
        "modern",
        "en",
        ("Nandini Iyer", "Technical Recruiter at Stripe", "Bengaluru, Karnataka, India"),
        "Hi Arjun, I'm hiring a Principal SRE for the payments infrastructure team at Stripe in "
        "Bengaluru. Your talk on multi-region Kubernetes failover is very close to what the role "
        "needs. Open to a confidential chat?",
        LIKELY,
        ("specific_reason",),
        mutual=7,
        comment="a recruiter with one concrete role for him: a specific reason, not a sales pitch",
    ),
    case(
        "042-vendor-maintainer-helps",
        "classic",
        "en",
        ("Marco Bellini", "Developer Advocate at Grafana Labs", "Stockholm, Sweden"),
        "Hi Arjun, I'm one of the maintainers of the OpenTelemetry Collector and saw your GitHub "
        "issue about the tail sampling processor dropping spans. Happy to help debug, connecting "
        "so we can chat.",
        LIKELY,
        ("specific_reason",),
        comment="works for a vendor but offers help on his own issue and sells nothing",
    ),
    case(
        "043-mutual-casual",
        "modern",
        "en",
        ("Aarav Jain", "Co-founder & CTO at Tiffinly", "Bengaluru, Karnataka, India"),
        "hey Arjun, Neha Kulkarni said i should ping you. we're setting up our first on-call "
        "rotation at a 20 person startup and could really use some advice",
        LIKELY,
        ("mutual_connection", "specific_reason"),
        mutual=3,
    ),
    case(
        "111-pitch-security-saas",
        "modern",
        "en",
        ("Kevin Walsh", "Enterprise Sales at KubeShield", "Boston, Massachusetts"),
        "Hello Arjun, greetings from KubeShield! Our Kubernetes security posture platform is "
        "trusted by 200+ fintechs. Can we schedule a short call to understand your requirements?",
        LOOK,
        comment="sales pitch",
    ),
    case(
        "112-pitch-consulting-firm",
        "classic",
        "en",
        ("Suresh Reddy", "Director - Sales at CloudOps Solutions Pvt Ltd", "Hyderabad"),
        "Dear Arjun, we are a DevOps consulting firm providing 24x7 NOC and SRE support at very "
        "competitive cost. Would like to explore a partnership with your esteemed organisation.",
        LOOK,
        comment="sales pitch (an outsourcing firm)",
    ),
    case(
        "113-pitch-after-booth-meeting",
        "modern",
        "en",
        ("Hannah Cole", "Solutions Engineer at Costwise", "Bengaluru, Karnataka, India"),
        "Hi Arjun, great chatting at our booth at KubeCon India! As promised, I'd love to book "
        "30 mins to show how our rightsizing engine could cut PayRail's EKS spend by 35%. Does "
        "Thursday work?",
        LOOK,
        ("met_in_person",),
        comment="a real meeting, but the note is a sales pitch: red flag, whatever else it answers",
    ),
    case(
        "114-pitch-freelancer",
        "classic",
        "en",
        ("Rakesh Singh", "Freelance Consultant", "Indore, Madhya Pradesh"),
        "Hi Arjun, I'm a freelance Kubernetes consultant. If your team ever needs help with "
        "cluster upgrades I'm available at Rs 4,000/hour. Let me know!",
        LOOK,
        comment="sales pitch (selling his own services)",
    ),
    case(
        "115-weak-past-org-headline",
        "classic",
        "en",
        ("Arvind Prasad", "Engineering Manager at Flipkart", "Bengaluru"),
        None,
        LOOK,
        stock="en",
        comment="stock note; headline names one of my past organizations (weak)",
    ),
    case(
        "116-weak-mutual-vague-note",
        "modern",
        "en",
        ("Rohit Saxena", "Associate at Goldman Sachs", "Bengaluru, Karnataka, India"),
        "Hi Arjun, hope you're well. Let's connect!",
        LOOK,
        mutual=56,
        comment="vague note; 56 connections in common, threshold 30 (weak)",
    ),
    case(
        "117-spoof-good-note",
        "modern",
        "en",
        ("Neil Fernandes", "Staff SRE at Initech Pay", "Goa, India"),
        "Arjun, good catching up at SREcon! I've shared the slides with you, sign in with your "
        "work email to view them.",
        LOOK,
        auth="lookalike",
        lookalike="linkedin-share.co",
        comment="spoofed sender (look-alike domain): must be flagged, links not clickable; the "
        "claimed meeting is not counted, as in the samples",
    ),
    case(
        "118-weak-school-headline",
        "modern",
        "en",
        ("Adithya Ravi", "B.Tech Student at IIT Madras", "Chennai, Tamil Nadu, India"),
        None,
        LOOK,
        comment="no note; headline names my university (weak)",
    ),
    case(
        "119-dmarc-fail-linkedin-from",
        "classic",
        "en",
        ("Prakash Menon", "Finance Manager at Vertex Group", "Singapore"),
        "Hi Arjun, we met at KubeCon India. Please find attached the invoice for your speaker "
        "travel reimbursement.",
        LOOK,
        auth="fail",
        comment="From says linkedin.com but DKIM and DMARC failed; the claimed meeting is not "
        "counted, as in the samples",
    ),
    case(
        "120-spoof-referral",
        "classic",
        "en",
        ("Kiran Shetty", "Incident Manager at PayRail Technologies", "Bengaluru"),
        "Kavya Raghunathan asked me to send you the postmortem draft. Please open it here before "
        "tomorrow's review.",
        LOOK,
        auth="lookalike",
        lookalike="lnkedin.com",
        comment="spoofed sender with a colleague's name and a company headline: must be flagged; "
        "the claimed referral is not counted, as in the samples",
    ),
    case(
        "121-weak-industry-headline-vague-note",
        "classic",
        "en",
        ("Varsha Kulkarni", "SRE at Meesho", "Bengaluru"),
        "Hi Arjun, would be great to connect!",
        LOOK,
        comment="vague note; headline in my industry (weak)",
    ),
    case(
        "221-stock-en",
        "classic",
        "en",
        ("Sandeep Mishra", "Branch Manager at HDFC Life", "Bhopal, Madhya Pradesh"),
        None,
        GENERIC,
        stock="en2",
    ),
    case(
        "224-modern-no-note",
        "modern",
        "en",
        ("Rajat Arora", "Digital Marketing | SEO | Growth Hacker", "Chandigarh, India"),
        None,
        GENERIC,
        mutual=1,
    ),
    case(
        "225-custom-vague-praise",
        "modern",
        "en",
        ("Neha Bhardwaj", "HR Executive at Bajaj Allianz", "Pune, Maharashtra, India"),
        "Hi Arjun, your profile is really impressive. Would be an honour to connect.",
        GENERIC,
    ),
    case(
        "226-respected-sir",
        "classic",
        "en",
        ("Pradeep Kumar", "Team Leader at Reliance Retail", "Patna, Bihar"),
        "Respected Sir,\nGreetings of the day. I am very much impressed with your profile and "
        "would like to be in your network. Kindly accept my request.\nThanks & Regards,\nPradeep",
        GENERIC,
    ),
    case(
        "227-old-stock-signed",
        "classic",
        "en",
        ("Gary Whitman", "Financial Advisor at Edward Jones", "Columbus, Ohio"),
        "I'd like to join your LinkedIn network.\nRegards,\nGary",
        GENERIC,
        comment="the stock sentence with a sign-off added: says nothing more",
    ),
    case(
        "228-stock-de",
        "classic",
        "en",
        ("Stefan Hoffmann", "Key Account Manager bei Bauer Elektro", "Stuttgart"),
        None,
        GENERIC,
        stock="de",
    ),
    case(
        "230-custom-vague-casual",
        "modern",
        "en",
        ("Yash Thakur", "Student", "Indore, Madhya Pradesh, India"),
        "hi arjun, hope ur doing well. lets connect 🙂",
        GENERIC,
    ),
    case(
        "231-stock-id",
        "classic",
        "en",
        ("Budi Hartono", "Sales Supervisor di PT Sinar Jaya", "Surabaya, Indonesia"),
        None,
        GENERIC,
        stock="id",
    ),
    case(
        "232-recruiter-blast",
        "modern",
        "en",
        (
            "Shalini Verma",
            "Senior Talent Acquisition Specialist at TalentBridge HR Solutions",
            "Noida, Uttar Pradesh, India",
        ),
        "Hi Arjun, hope you are doing well. We have multiple exciting openings with leading "
        "MNCs across Bangalore and Hyderabad. Please share your updated CV.",
        GENERIC,
        comment="a recruiter's mass message: nothing about him or a particular role, and it "
        "sells him nothing",
    ),
    case(
        "233-job-plea",
        "classic",
        "en",
        ("Rahul Pandey", "Fresher | B.Com 2025", "Kanpur, Uttar Pradesh"),
        "Hello sir, I am looking for a job in IT. Please help me.",
        GENERIC,
        comment="a plea anyone could be sent: no reason to ask him in particular",
    ),
]

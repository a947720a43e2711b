"""The checklist: loading the profile, and evaluating invitations against it.

Two profiles: Jordan Rivera (career services, the sample fixtures) and Anna Hoffmann, a
robotics engineer in Munich written only for these tests, to show that nothing is tuned to the
samples' profile.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from invite_digest.checklist import Checklist, evaluate, load_checklist
from invite_digest.errors import ConfigError
from invite_digest.invitation import (
    Authenticity,
    Category,
    Flag,
    Invitation,
    Question,
    Strength,
    Where,
)

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLE = Path(__file__).parent.parent / "config" / "checklist.toml"

LIKELY = Category.LIKELY_ACCEPT
LOOK = Category.NEEDS_A_LOOK
GENERIC = Category.GENERIC

Q = Question

ROBOTICS_TOML = """
[me]
name = "Anna Hoffmann"
organizations = ["KUKA", "Siemens", "Fraunhofer IPA"]
schools = ["Technical University of Munich", "ETH Zurich"]
industries = ["robotics", "industrial automation", "manufacturing"]
interests = ["motion planning", "computer vision", "humanoid robots", "ROS"]
groups = ["IEEE Robotics and Automation Society", "ROS Munich Meetup"]
events = ["Automatica 2025", "ICRA 2026", "Hannover Messe"]
contacts = ["Lukas Brandt", "Sofia Russo"]

[aliases]
"Technical University of Munich" = ["TUM", "TU München", "TU Munich"]
"IEEE Robotics and Automation Society" = ["IEEE RAS"]
"Fraunhofer IPA" = ["Fraunhofer"]

[thresholds]
mutual_connections = 15
"""


@pytest.fixture(scope="module")
def jordan() -> Checklist:
    return load_checklist(FIXTURES / "checklist.toml")


@pytest.fixture(scope="module")
def anna(tmp_path_factory: pytest.TempPathFactory) -> Checklist:
    path = tmp_path_factory.mktemp("profile") / "checklist.toml"
    path.write_text(ROBOTICS_TOML, encoding="utf-8")
    return load_checklist(path)


def invite(note: str | None = None, **fields: object) -> Invitation:
    values: dict[str, object] = {"source": "linkedin", "key": "k1", "name": "Sam Doe", "note": note}
    values.update(fields)
    return Invitation.model_validate(values)


# ---------------------------------------------------------------------------------------------
# Loading


def test_the_documented_example_loads() -> None:
    checklist = load_checklist(EXAMPLE)
    assert checklist.name == "Jordan Rivera"
    assert "Lakeside University" in checklist.schools
    assert checklist.spellings("Ohio State University") == (
        "Ohio State University",
        "Ohio State",
        "OSU",
    )


def test_fixture_profile_loads_every_list(jordan: Checklist) -> None:
    assert jordan.contacts == ("Priya Natarajan", "Tom Becker", "Maria Gonzales")
    assert jordan.events[1] == "Midwest Career Fair"
    assert jordan.mutual_connections_threshold == 10


def test_checklist_is_frozen(jordan: Checklist) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        jordan.name = "Someone Else"  # type: ignore[misc]


def test_missing_sections_mean_empty_lists_and_default_threshold(tmp_path: Path) -> None:
    path = tmp_path / "checklist.toml"
    path.write_text('[me]\nname = "Kim"\n', encoding="utf-8")
    checklist = load_checklist(path)
    assert checklist.schools == ()
    assert checklist.mutual_connections_threshold == 10


BAD_FILES = [
    ('[me]\nschools = "Lakeside"\n', "me.schools", "must be a list of strings"),
    ("[me]\norganizations = [1, 2]\n", "me.organizations", "must be a list of strings"),
    ('[me]\ninterests = ["  "]\n', "me.interests", "empty"),
    ("[me]\nname = 42\n", "me.name", "must be a string"),
    ('[me]\nhobbies = ["chess"]\n', "me.hobbies", "unknown key"),
    ('[profile]\nname = "x"\n', "profile", "unknown key"),
    ('me = "Jordan"\n', "me", "must be a table"),
    ("[thresholds]\nmutual_connections = 0\n", "thresholds.mutual_connections", ">= 1"),
    ("[thresholds]\nmutual_connections = true\n", "thresholds.mutual_connections", "whole"),
    ('[thresholds]\nmutual_connections = "10"\n', "thresholds.mutual_connections", "whole"),
    ("[thresholds]\nmutual = 3\n", "thresholds.mutual", "unknown key"),
    ('[me]\nschools = ["OSU"]\n[aliases]\nOhio = ["OSU"]\n', 'aliases."Ohio"', "does not name"),
    ('[me]\nschools = ["OSU"]\n[aliases]\nOSU = "Ohio"\n', 'aliases."OSU"', "list of strings"),
    ("[me\n", "checklist.toml", "not valid TOML"),
]


@pytest.mark.parametrize(("content", "key", "problem"), BAD_FILES)
def test_bad_file_message_names_file_key_and_problem(
    tmp_path: Path, content: str, key: str, problem: str
) -> None:
    path = tmp_path / "checklist.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_checklist(path)
    message = str(raised.value)
    assert str(path) in message
    assert key in message
    assert problem in message
    assert "\n" not in message


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.toml"
    with pytest.raises(ConfigError, match=r"nowhere\.toml: checklist file not found"):
        load_checklist(path)


def test_file_that_is_not_utf8_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "checklist.toml"
    path.write_bytes(b'[me]\nname = "J\xf6rg"\n')
    with pytest.raises(ConfigError, match=r"checklist\.toml: not valid"):
        load_checklist(path)


# ---------------------------------------------------------------------------------------------
# The sample notes, built by hand (tests/test_samples_verdicts.py runs them through the parser)

JORDAN_NOTES = [
    (
        "Hi Jordan, great meeting you at the Midwest Career Fair last week. I was the one asking"
        " about your internship pipeline. Let's stay in touch!",
        {Q.MET_IN_PERSON},
    ),
    (
        "Hi Jordan, I just joined the admissions office at Lakeside University and would love to"
        " connect with colleagues across campus.",
        {Q.SAME_ORGANIZATION},
    ),
    (
        "Jordan, we overlapped at Brightpath Consulting back in 2015 (I was on the analytics"
        " team). Would be great to reconnect.",
        {Q.SAME_ORGANIZATION},
    ),
    (
        "Hello Jordan, I run the career center at a community college and I'm always looking to"
        " learn from peers in career services.",
        {Q.SAME_INDUSTRY},
    ),
    (
        "Hi Jordan, I read your post on experiential learning and internships for"
        " first-generation students. It's exactly what I'm working on right now.",
        {Q.SHARED_INTERESTS},
    ),
    (
        "Hi Jordan, we're both members of the Career Services Professionals Network group. I"
        " enjoyed your comment on the employer relations thread.",
        {Q.SAME_GROUPS},
    ),
    (
        "Priya Natarajan suggested I reach out to you about employer partnerships for your"
        " students.",
        {Q.MUTUAL_CONNECTION, Q.SPECIFIC_REASON},
    ),
    ("Hi Jordan! Fellow Ohio State alum here (class of 2009). Go Bucks!", {Q.FELLOW_ALUMNI}),
    (
        "Hi Jordan, I'm the campus recruiting lead at Acme Analytics and we'd like to host an info"
        " session for your students this spring. Could we set up a call?",
        {Q.SPECIFIC_REASON},
    ),
    (
        "Jordan, quick question: does your career office accept volunteer speakers for resume"
        " workshops? I'd love to help your students.",
        {Q.SPECIFIC_REASON},
    ),
    (
        "Hola Jordan, nos conocimos en la conferencia de NACE en Chicago. ¡Me encantaría seguir"
        " en contacto!",
        {Q.MET_IN_PERSON},
    ),
    (
        "Hallo Jordan, wir haben beide an der Lakeside University studiert. Ich würde mich"
        " freuen, mit einem ehemaligen Kommilitonen in Kontakt zu bleiben.",
        {Q.FELLOW_ALUMNI},
    ),
    (
        "Thanks for the great conversation after your panel at Lakeside Career Week!",
        {Q.MET_IN_PERSON},
    ),
    (
        "Ciao Jordan, sto organizzando un webinar sull'orientamento professionale per studenti"
        " e vorrei invitarti come relatrice.",
        {Q.SPECIFIC_REASON},
    ),
    (
        "Hi Jordan, good to meet you at the NACE 2026 Annual Conference in Denver. Let's keep the"
        " conversation going.",
        {Q.MET_IN_PERSON},
    ),
    (
        "Jordan, I'm a Lakeside University grad too (MBA 2018) and now work in alumni relations.",
        {Q.FELLOW_ALUMNI},
    ),
    (
        "Hi Jordan, fellow NACE member here — I'd love to compare notes on employer relations.",
        {Q.SAME_GROUPS},
    ),
    (
        "Hi Jordan, I coordinate internships too and would love to exchange ideas on employer"
        " relations.",
        {Q.SHARED_INTERESTS},
    ),
]


@pytest.mark.parametrize(("note", "answers"), JORDAN_NOTES)
def test_sample_notes_answer_their_questions(
    jordan: Checklist, note: str, answers: set[Question]
) -> None:
    verdict = evaluate(invite(note, authenticity=Authenticity.VERIFIED), jordan)
    assert set(verdict.answers) == answers
    assert verdict.category is LIKELY
    assert verdict.flags == ()


VAGUE_NOTES = [
    "Hi Jordan, I came across your profile and would love to connect with you.",
    "Hello! Expanding my network with great professionals like you. Let's connect!",
    "I'd like to add you to my professional network on LinkedIn.\n- Karen White",
    "Hi Jordan, hope you're doing well. Let's connect.",
    "Hi Jordan, I'd like to invite you to join my network.",
    "Hola Jordan, me encantaría conectar contigo para compartir experiencias.",
    "Ciao Jordan, vorrei aggiungerti alla mia rete professionale.",
    "Hallo Jordan, ich möchte Sie gerne zu meinem beruflichen Netzwerk hinzufügen.",
    "Bonjour Jordan, je souhaiterais vous ajouter à mon réseau professionnel.",
    "Olá Jordan, gostaria de adicionar você à minha rede profissional.",
    "Halo Jordan, saya ingin menambahkan Anda ke jaringan profesional saya.",
    # Greetings that sound like meeting someone, but are only how people say hello online.
    "Nice to meet you here on LinkedIn!",
    "Hola Jordan, un placer conocerte. Saludos.",
    "Ciao Jordan, piacere di conoscerti!",
    "Hallo Jordan, schön, Sie kennenzulernen!",
    # Praise of the recipient's own field says nothing about the writer's.
    "Hi Jordan, impressed by your work in career services. Let's connect!",
    # "The same field" that names no field says nothing that can be checked.
    "We work in the same field, so it makes sense for us to connect.",
    "Ciao Jordan, vedo che lavoriamo nello stesso settore, sarebbe bello essere collegati!",
    "Bonjour Jordan, nous évoluons dans le même secteur, ce serait un plaisir d'échanger.",
    # The recipient's own facts played back are not shared ones.
    "Love what your team at Lakeside University is building! Keep up the amazing work.",
    "I see you're a career advisor at Lakeside University and studied at Ohio State. Let's"
    " connect.",
    "I'm starting a new role next month and looking to grow my network. Would love to have you"
    " in it!",
    "Hola Jordan, vi que trabajas en Lakeside University y que estudiaste en Ohio State. ¡Qué"
    " buen perfil!",
    "Congrats on the new role at Lakeside University!",
    "Hi Jordan, the office of career services at Lakeside is great.",
    "Our program partners with Ohio State and many others. Let's connect!",
    "Bonjour Jordan, ravi de vous rencontrer virtuellement.",
    "Olá Jordan, prazer em conhecê-lo!",
    "Halo Jordan, senang berkenalan dengan Anda.",
    # Openers that look like a plan but ask for nothing.
    "Hi Jordan, I see we're both in tech. Let's connect!",
    "Hi Jordan, I'm starting my career and want to connect with inspiring people.",
    "Hi Jordan, I'm writing to connect with leaders like you.",
    "Hi Jordan, I'm reaching out to expand my network.",
    "Hi Jordan, I see we have many mutual connections, so let's connect.",
    "Would you be open to connecting?",
]


@pytest.mark.parametrize("note", VAGUE_NOTES)
def test_vague_notes_are_generic(jordan: Checklist, note: str) -> None:
    verdict = evaluate(invite(note), jordan)
    assert verdict.category is GENERIC
    assert verdict.evidence == ()
    assert verdict.reason == "The note says nothing specific."


def test_no_note_and_stock_note_are_generic(jordan: Checklist) -> None:
    assert evaluate(invite(None), jordan).reason == "No note."
    stock = evaluate(invite("I'd like to join your LinkedIn network.", note_is_stock=True), jordan)
    assert stock.category is GENERIC
    assert stock.reason == "Only the network's stock note."


# ---------------------------------------------------------------------------------------------
# Another person's profile: a robotics engineer in Munich

ANNA_NOTES = [
    ("Hi Anna, great chatting with you at Automatica about gripper design!", {Q.MET_IN_PERSON}),
    (
        "Hallo Anna, wir haben uns auf der Hannover Messe am Stand kennengelernt.",
        {Q.MET_IN_PERSON},
    ),
    ("Ciao Anna, ci siamo conosciuti alla Hannover Messe.", {Q.MET_IN_PERSON}),
    ("Bonjour Anna, ravi de vous avoir rencontrée à Automatica 2025.", {Q.MET_IN_PERSON}),
    ("Hai Anna, kita bertemu di ICRA 2026 di Wina.", {Q.MET_IN_PERSON}),
    ("Hallo Anna, danke für das tolle Gespräch gestern!", {Q.MET_IN_PERSON}),
    ("Hola Anna, trabajamos juntos en Siemens hace años.", {Q.SAME_ORGANIZATION}),
    ("Hi Anna, I just started at KUKA in the motion control team.", {Q.SAME_ORGANIZATION}),
    ("Hi Anna, I work at Siemens too, in the Digital Industries unit.", {Q.SAME_ORGANIZATION}),
    ("Anna, I'm a fellow roboticist working on legged locomotion.", {Q.SAME_INDUSTRY}),
    ("Hello Anna, I noticed we both work in industrial automation.", {Q.SAME_INDUSTRY}),
    ("Ciao Anna, anch'io lavoro nella robotica industriale da dieci anni.", {Q.SAME_INDUSTRY}),
    (
        "Hi Anna, I read your paper on motion planning for humanoids, fascinating!",
        {Q.SHARED_INTERESTS},
    ),
    ("Hi Anna, fellow IEEE RAS member here!", {Q.SAME_GROUPS}),
    ("Oi Anna, também sou membro do grupo ROS Munich Meetup.", {Q.SAME_GROUPS}),
    ("Oi Anna, somos ambas do ROS Munich Meetup!", {Q.SAME_GROUPS}),
    (
        "Olá Anna, o Lukas Brandt me sugeriu falar com você sobre visão computacional.",
        {Q.MUTUAL_CONNECTION},
    ),
    (
        "Hi Anna, Sofia suggested I get in touch about computer vision for pick-and-place.",
        {Q.MUTUAL_CONNECTION, Q.SPECIFIC_REASON},
    ),
    ("Bonjour Anna, nous avons étudié tous les deux à la TUM.", {Q.FELLOW_ALUMNI}),
    ("Hallo Anna, ich bin auch TUM-Absolvent (Maschinenbau 2014).", {Q.FELLOW_ALUMNI}),
    ("Halo Anna, saya juga alumni ETH Zurich angkatan 2012.", {Q.FELLOW_ALUMNI}),
    ("Hola Anna, soy exalumno de la ETH Zurich.", {Q.FELLOW_ALUMNI}),
    ("Bonjour Anna, ancienne de l'ETH Zurich moi aussi !", {Q.FELLOW_ALUMNI}),
    ("Salut Anna, ex-Siemens moi aussi, on a dû se croiser.", {Q.SAME_ORGANIZATION}),
    ("Hi Anna, fun chat at Automatica yesterday about cobots!", {Q.MET_IN_PERSON}),
    ("Hi Anna, I'm a manufacturing engineer too, mostly welding cells.", {Q.SAME_INDUSTRY}),
    (
        "Salut Anna, j'aimerais vous inviter à intervenir lors de notre meetup robotique.",
        {Q.SPECIFIC_REASON},
    ),
    (
        "Hi Anna, I'm a recruiter at Bosch and we have an opening for a Robotics Lead. Open to"
        " a chat?",
        {Q.SPECIFIC_REASON},
    ),
    (
        "Hi Anna, we're building a humanoid startup in Munich. Would you be up for a coffee?",
        {Q.SPECIFIC_REASON},
    ),
    ("Hola Anna, ¿podríamos agendar una llamada la próxima semana?", {Q.SPECIFIC_REASON}),
    ("Hai Anna, saya punya pertanyaan tentang sertifikasi keselamatan.", {Q.SPECIFIC_REASON}),
    ("Anna! Nice bumping into you at Hannover Messe, the cobot demo was great.", {Q.MET_IN_PERSON}),
    ("Hallo Anna, es war schön, Sie auf der Hannover Messe kennenzulernen.", {Q.MET_IN_PERSON}),
    ("Hi Anna, thanks again for showing us around the lab last Friday.", {Q.MET_IN_PERSON}),
    (
        "Anna, we were both at Siemens in Erlangen around 2018, good to see you.",
        {Q.SAME_ORGANIZATION},
    ),
    ("Hi Anna, I've been in industrial automation for 15 years, mostly PLCs.", {Q.SAME_INDUSTRY}),
    (
        "Hey Anna, we sat two rows apart at KUKA back when you were on the gripper squad.",
        {Q.SAME_ORGANIZATION},
    ),
    (
        "Anna, the recording of your talk on motion planning was really useful. I'm wrestling"
        " with exactly that problem.",
        {Q.SHARED_INTERESTS},
    ),
    (
        "Hi Anna, I'm recruiting for a Head of Robotics at a logistics firm in Munich. Open to a"
        " confidential chat?",
        {Q.SPECIFIC_REASON},
    ),
    ("Anna, good to finally put a face to the name at Automatica!", {Q.MET_IN_PERSON}),
    ("hiya anna, gr8 chatting at automatica last wk!!", {Q.MET_IN_PERSON}),
    ("Hola Anna, fue un gusto compartir mesa contigo en la cena de ICRA.", {Q.MET_IN_PERSON}),
    ("Bonjour Anna, ravie d'avoir fait votre connaissance à Automatica.", {Q.MET_IN_PERSON}),
    (
        "Hi Anna, hope all is well. Our paths crossed at Siemens years ago, I was in drives.",
        {Q.SAME_ORGANIZATION},
    ),
    ("Anna - fellow IEEE RAS rep here. Keen to swap notes!", {Q.SAME_GROUPS}),
    ("Ciao Anna, anch'io faccio parte del ROS Munich Meetup.", {Q.SAME_GROUPS}),
    ("Hallo Anna, auch ich habe meinen Master an der TUM abgeschlossen.", {Q.FELLOW_ALUMNI}),
    ("Hi Anna, I lead on computer vision at a small startup in Augsburg.", {Q.SHARED_INTERESTS}),
    (
        "Anna, I've been following your work on humanoid robots since Automatica.",
        {Q.SHARED_INTERESTS},
    ),
    ("Ciao Anna, ci piacerebbe averti tra i relatori del nostro convegno.", {Q.SPECIFIC_REASON}),
    ("We ended up at the same lunch table at ICRA 2026, remember?", {Q.MET_IN_PERSON}),
    ("Hola Anna, qué gusto conocerte en la Hannover Messe la semana pasada.", {Q.MET_IN_PERSON}),
    ("Oi Anna, a gente se conheceu na Automatica. Adoraria manter contato!", {Q.MET_IN_PERSON}),
    ("Hola Anna, compañera de IEEE RAS por aquí.", {Q.SAME_GROUPS}),
    ("Qué onda Anna, fuimos compañeros en la maestría de la TUM.", {Q.FELLOW_ALUMNI}),
    (
        "Hola Anna, estoy armando un equipo en Múnich y me encantaría platicar contigo sobre la"
        " posición de Tech Lead.",
        {Q.SPECIFIC_REASON},
    ),
    ("Hi Anna, another TU Munich alum here (MSc '14).", {Q.FELLOW_ALUMNI}),
    ("Hi Anna, I also did my undergrad at TUM (Mechatronics, 2012).", {Q.FELLOW_ALUMNI}),
    ("Anna, I noticed we both went through the robotics program at ETH Zurich.", {Q.FELLOW_ALUMNI}),
    (
        "I was the one in the front row at your motion planning workshop in Augsburg. Thanks!",
        {Q.MET_IN_PERSON},
    ),
    (
        "Anna, thanks again for the ride back to the hotel after the ICRA reception!",
        {Q.MET_IN_PERSON},
    ),
    ("Hello from the woman who spilled coffee on your notes at Automatica!", {Q.MET_IN_PERSON}),
    (
        "Anna, the guy with the broken umbrella outside Hannover Messe! Thanks again.",
        {Q.MET_IN_PERSON},
    ),
    (
        "We sat beside each other at the ICRA dinner & talked about grippers all night!",
        {Q.MET_IN_PERSON},
    ),
    ("Enjoyed our chat by the coffee urn after the ROS session yesterday.", {Q.MET_IN_PERSON}),
    ("We shared a table at the Automatica lunch and swapped cards.", {Q.MET_IN_PERSON}),
    ("Hi Anna, I started in the KUKA Augsburg office on Monday.", {Q.SAME_ORGANIZATION}),
    ("Hi Anna, I am a manufacturing engineer with a small plant near Linz.", {Q.SAME_INDUSTRY}),
    ("Another ETH Zurich girl! I was a few years behind you.", {Q.FELLOW_ALUMNI}),
    (
        "Hi Anna, I joined the IEEE Robotics and Automation Society's Munich branch.",
        {Q.SAME_GROUPS},
    ),
    ("Hi Anna, I am working since 5 years on computer vision for farms.", {Q.SHARED_INTERESTS}),
    ("I enjoyed sitting next to you at Automatica in June!", {Q.MET_IN_PERSON}),
    ("You chaired the panel and I came up afterwards to ask about grippers.", {Q.MET_IN_PERSON}),
    ("Hi Anna, I've just started as a planner for KUKA's Augsburg plant.", {Q.SAME_ORGANIZATION}),
    (
        "I was working in Siemens in Erlangen same period as you (2014-2016).",
        {Q.SAME_ORGANIZATION},
    ),
    ("Motion planning is the focus of my dissertation.", {Q.SHARED_INTERESTS}),
    ("We're doing the same thing with computer vision at our two farms.", {Q.SHARED_INTERESTS}),
    (
        "Hallo Anna, ich habe 2013 ein Auslandssemester an der ETH Zurich verbracht.",
        {Q.FELLOW_ALUMNI},
    ),
    ("Hi Anna, please one question, does KUKA take apprentices from abroad?", {Q.SPECIFIC_REASON}),
    ("Hi Anna, I started last month as a test engineer at Fraunhofer IPA.", {Q.SAME_ORGANIZATION}),
    ("Hi Anna, <b>great</b> chatting at <i>Automatica</i> about grippers!", {Q.MET_IN_PERSON}),
    ("Hi Anna, I'm on the IEEE RAS education committee.", {Q.SAME_GROUPS}),
    ("Excited to be joining KUKA as your new intern next month!", {Q.SAME_ORGANIZATION}),
    ("Anna, I'm an ETH Zurich Polytechnician too (MSc 2008).", {Q.FELLOW_ALUMNI}),
    ("Hallo Anna, wir haben 2018 beide beim Fraunhofer IPA gearbeitet.", {Q.SAME_ORGANIZATION}),
    (
        "I work with computer vision every day and would love to follow your work.",
        {Q.SHARED_INTERESTS},
    ),
    ("I loved your catalogue essay on humanoid robots.", {Q.SHARED_INTERESTS}),
    (
        "I wondered whether your lab ever takes visiting students, or could point me to someone.",
        {Q.SPECIFIC_REASON},
    ),
    (
        "Buongiorno Anna, vorremmo una consulenza sulla visione artificiale. Sarebbe disponibile"
        " per una breve chiamata?",
        {Q.SPECIFIC_REASON},
    ),
    (
        "Hi Anna, I took over your old role at KUKA. Your notes still save me!",
        {Q.SAME_ORGANIZATION},
    ),
    ("Hi Anna, I just joined the ROS Munich Meetup and keep seeing your name.", {Q.SAME_GROUPS}),
    (
        "Hey Anna, hope you're well. I'd love 15 minutes of your brain on gripper design.",
        {Q.SPECIFIC_REASON},
    ),
]


@pytest.mark.parametrize(("note", "answers"), ANNA_NOTES)
def test_another_profile_notes_answer_their_questions(
    anna: Checklist, note: str, answers: set[Question]
) -> None:
    verdict = evaluate(invite(note), anna)
    assert set(verdict.answers) == answers
    assert verdict.category is LIKELY


def test_event_is_recognised_without_its_year(jordan: Checklist) -> None:
    verdict = evaluate(invite("We talked at the NACE Annual Conference in June."), jordan)
    assert verdict.answers == (Q.MET_IN_PERSON,)
    assert verdict.reason == "The note says you met at NACE 2026 Annual Conference."


def test_reason_names_the_event_from_the_profile(anna: Checklist) -> None:
    verdict = evaluate(invite("Bonjour, ravie de vous avoir rencontrée à ICRA 2026 !"), anna)
    assert verdict.reason == "The note says you met at ICRA 2026."


# ---------------------------------------------------------------------------------------------
# Matching: word forms, accents, case, aliases, word boundaries, the recipient's name


def test_evidence_keeps_the_words_as_written(anna: Checklist) -> None:
    verdict = evaluate(invite("Wir haben uns auf der HANNOVER-MESSE kennengelernt."), anna)
    (evidence,) = verdict.evidence
    assert evidence.where is Where.NOTE
    assert evidence.strength is Strength.STRONG
    assert "HANNOVER-MESSE" in evidence.matched
    assert "haben uns auf der HANNOVER-MESSE kennengelernt" in evidence.matched


def test_alias_with_accent_matches_without_it(anna: Checklist) -> None:
    verdict = evaluate(invite("Ich habe auch an der TU Munchen studiert, Jahrgang 2011."), anna)
    assert Q.FELLOW_ALUMNI in verdict.answers
    alumni = next(e for e in verdict.evidence if e.question is Q.FELLOW_ALUMNI)
    assert "TU Munchen" in alumni.matched


def test_plural_in_note_matches_singular_in_profile(jordan: Checklist) -> None:
    verdict = evaluate(invite("I coordinate internship programs too."), jordan)
    assert verdict.answers == (Q.SHARED_INTERESTS,)


def test_an_inflected_german_name_matches(tmp_path: Path) -> None:
    path = tmp_path / "checklist.toml"
    path.write_text('[me]\nname = "Lena"\nschools = ["Deutsche Journalistenschule"]\n')
    note = "Hallo Lena, ich war auch an der Deutschen Journalistenschule, zwei Jahrgänge nach dir."
    assert evaluate(invite(note), load_checklist(path)).answers == (Q.FELLOW_ALUMNI,)


def test_british_and_american_spellings_match(tmp_path: Path) -> None:
    path = tmp_path / "checklist.toml"
    path.write_text('[me]\nname = "Priyanka"\ninterests = ["credit risk modeling"]\n')
    note = "Credit risk modelling is my whole job these days."
    assert evaluate(invite(note), load_checklist(path)).answers == (Q.SHARED_INTERESTS,)


@pytest.mark.parametrize(
    ("note", "answers"),
    [
        ("Decarbonising shipping is basically my whole job these days.", (Q.SHARED_INTERESTS,)),
        ("Shipping decarbonisation is my main focus.", (Q.SHARED_INTERESTS,)),
        ("Decarbonisation is my main focus; shipping is a hobby.", ()),
        ("Shipping is basically my whole job these days.", ()),
        ("Decarbonizing shipping is my main focus.", (Q.SHARED_INTERESTS,)),
    ],
)
def test_interest_matches_in_other_words_and_order_but_never_in_part(
    tmp_path: Path, note: str, answers: tuple[Question, ...]
) -> None:
    path = tmp_path / "checklist.toml"
    path.write_text('[me]\nname = "Sanne"\ninterests = ["decarbonisation of shipping"]\n')
    assert evaluate(invite(note), load_checklist(path)).answers == answers


def test_short_alias_never_matches_inside_another_word(jordan: Checklist) -> None:
    verdict = evaluate(invite("Greetings from Mosul! We're an alumni association."), jordan)
    assert Q.FELLOW_ALUMNI not in verdict.answers
    osu = evaluate(invite("Greetings, fellow OSU grad!"), jordan)
    assert Q.FELLOW_ALUMNI in osu.answers


def test_greeting_with_recipient_first_name_is_not_a_contact(tmp_path: Path) -> None:
    path = tmp_path / "checklist.toml"
    path.write_text('[me]\nname = "Anna Hoffmann"\ncontacts = ["Anna Weber"]\n', encoding="utf-8")
    checklist = load_checklist(path)
    greeting = evaluate(invite("Hi Anna, I was recommended to write to you."), checklist)
    assert Q.MUTUAL_CONNECTION not in greeting.answers
    named = evaluate(invite("Hi Anna, Anna Weber recommended you to me."), checklist)
    assert Q.MUTUAL_CONNECTION in named.answers


def test_contact_first_name_with_referral_word_is_a_connection(jordan: Checklist) -> None:
    verdict = evaluate(
        invite("Hi Jordan, Tom mentioned you know everyone in campus hiring."), jordan
    )
    assert Q.MUTUAL_CONNECTION in verdict.answers
    assert verdict.reason.startswith("The note mentions Tom Becker")


def test_your_own_employer_named_is_not_a_shared_one(anna: Checklist) -> None:
    verdict = evaluate(invite("Hi Anna, I saw you work at Siemens. Impressive career!"), anna)
    assert verdict.category is GENERIC


def test_words_of_a_pitch_used_innocently_are_not_a_pitch(anna: Checklist) -> None:
    demo = evaluate(invite("Hi Anna, I saw your demo at Automatica 2025, impressive!"), anna)
    assert demo.flags == ()
    assert demo.category is LIKELY
    team = evaluate(invite("Hi Anna, I'm a PM and our product team is growing."), anna)
    assert team.flags == ()


@pytest.mark.parametrize(
    ("note", "answers"),
    [
        # a friend in common is a reason when one is meant, not "a few mutual contacts"
        ("Hi Jordan, a mutual friend suggested I write to you.", (Q.MUTUAL_CONNECTION,)),
        ("Hi Jordan, we have a few mutual friends, let's connect!", ()),
        ("Hallo Jordan, wir haben ja schon ein paar gemeinsame Kontakte!", ()),
        # "the new iX3" is a product; "I'm the new analyst" joined
        ("Hi Jordan, huge fan of Ohio State and the new stadium!", ()),
        # neighbours at work, in any words
        ("Hi Jordan, I just started down the hall from you!", (Q.SAME_ORGANIZATION,)),
        # the writer's own job, introduced in another language
        ("Hola Jordan, soy especialista en career services en Chicago.", (Q.SAME_INDUSTRY,)),
        # a question that asks the recipient for something, in any wording
        (
            "Hi Jordan, who is the right person to talk to about hosting a fair?",
            (Q.SPECIFIC_REASON,),
        ),
        ("Bonjour Jordan, pourrions-nous en discuter ?", (Q.SPECIFIC_REASON,)),
        ("Hallo Jordan, hättest du Zeit für ein kurzes Gespräch?", (Q.SPECIFIC_REASON,)),
        ("Hola Jordan! Fue un agrado conocerte en la visita.", (Q.MET_IN_PERSON,)),
        ("Mate, good catching up in the core yard last month.", (Q.MET_IN_PERSON,)),
        ("Ciao Jordan, che bello chiacchierare con te alla pausa caffè!", (Q.MET_IN_PERSON,)),
        ("Mbak, seneng banget kemarin bisa ngobrol pas buka bersama!", (Q.MET_IN_PERSON,)),
        ("Kak Jordan, mau tanya dong: skill apa yang paling dicari?", (Q.SPECIFIC_REASON,)),
        (
            "Good afternoon. I wanted to ask how you found the field placement.",
            (Q.SPECIFIC_REASON,),
        ),
        # "piacere di conoscerti" alone is a greeting, not a meeting
        ("Ciao Jordan, piacere di conoscerti!", ()),
        # the dot of "St." or "J." ends no sentence, so "joined" still ties to the name after it
        ("Hi Jordan, I just joined St. Lakeside as a counselor.", (Q.SAME_ORGANIZATION,)),
        ("Hi Jordan, I was at OSU the same year as you.", (Q.FELLOW_ALUMNI,)),
        ("Jordan, thanks for taking my questions at the stand afterwards!", (Q.MET_IN_PERSON,)),
        (
            "Thanks again for walking us through the Lakeside building on Friday!",
            (Q.MET_IN_PERSON,),
        ),
        (
            "Jordan, I have a client who might fit your listing. Is it still available?",
            (Q.SPECIFIC_REASON,),
        ),
        ("Ciao Jordan, ho visto che anche tu sei passata dalla Lakeside!", (Q.FELLOW_ALUMNI,)),
    ],
)
def test_everyday_wordings_from_the_latest_held_out_rounds(
    jordan: Checklist, note: str, answers: tuple[Question, ...]
) -> None:
    assert evaluate(invite(note), jordan).answers == answers


def test_little_words_of_an_industry_name_are_no_headline_signal(tmp_path: Path) -> None:
    path = tmp_path / "checklist.toml"
    path.write_text(
        '[me]\nname = "Julien"\nindustries = ["flight testing"]\n'
        '[aliases]\n"flight testing" = ["essais en vol"]\n',
        encoding="utf-8",
    )
    checklist = load_checklist(path)
    seller = invite(None, headline="Gerente de ventas en Inmobiliaria Costa Sol")
    assert evaluate(seller, checklist).category is GENERIC
    tester = invite(None, headline="Ingénieur essais en vol chez Airbus")
    assert evaluate(tester, checklist).category is LOOK


def test_profile_term_without_a_cue_answers_nothing(jordan: Checklist) -> None:
    verdict = evaluate(invite("Hi Jordan, I'm the campus recruiting lead at Acme."), jordan)
    assert verdict.answers == ()


# ---------------------------------------------------------------------------------------------
# Red flags: pitches and unverified senders

PITCHES = [
    (
        "Hi Jordan, how is your office handling employer outreach today? We've built a tool"
        " that automates about 80% of it. Would love your take on a short call.",
        "Sales pitch: promotes a product.",
    ),
    (
        "Jordan, our bootcamp grads are pre-vetted and your first placement is free. Can I send"
        " you a few profiles?",
        "Sales pitch: sells services.",
    ),
    (
        "Hi Jordan, I help universities boost career fair attendance by 3x with our SaaS"
        " platform. Open to a 15-minute demo call this week?",
        "Sales pitch: offers a demo.",
    ),
    (
        "Jordan, our agency offers affordable resume writing services for your students. Can I"
        " send you our pricing?",
        "Sales pitch: promises growth figures.",
    ),
    (
        "Hola Jordan, nuestra plataforma ayuda a universidades a aumentar sus ventas.",
        "Sales pitch: promises growth figures.",
    ),
    ("Ciao Jordan, la nostra agenzia offre servizi convenienti.", "Sales pitch: sells services."),
    ("Hallo Jordan, mit unserer Plattform sparen Sie Zeit.", "Sales pitch: promotes a product."),
    ("Bonjour, notre agence propose des services abordables.", "Sales pitch: sells services."),
    ("Olá, nossa plataforma tem teste grátis.", "Sales pitch: promotes a product."),
    ("Halo, jasa kami terjangkau untuk kampus Anda.", "Sales pitch: sells services."),
    (
        "Hi Jordan, we're a nearshore dev agency. We've helped 50+ colleges ship faster.",
        "Sales pitch: sells services.",
    ),
    (
        "Dear Jordan, we are a consulting firm providing support at very competitive cost. Would"
        " like to explore a partnership with your esteemed organisation.",
        "Sales pitch: sells services.",
    ),
    (
        "Great chatting at our booth at the NACE conference! Here's the link to book your"
        " CampusPulse demo. Spots are filling up fast.",
        "Sales pitch: offers a demo.",
    ),
    (
        "Fellow NACE member here! We make career fair check-in super easy. Could I grab 15"
        " minutes on your calendar?",
        "Sales pitch: asks for a sales call.",
    ),
    (
        "Bonjour Jordan, je me permets de vous présenter notre programme de coaching. Un créneau"
        " de 20 minutes cette semaine ?",
        "Sales pitch: asks for a sales call.",
    ),
    (
        "Hallo Jordan, unsere Software gibt es aktuell mit 15 % Messerabatt.",
        "Sales pitch: promotes a product.",
    ),
    (
        "Jordan, we've got two recruiters free in March and can offer very sharp day rates."
        " Can I send through a quote?",
        "Sales pitch: quotes prices.",
    ),
    (
        "Buongiorno, siamo produttori di arredi per uffici e riserviamo condizioni speciali alle"
        " università. Posso inviarle il catalogo?",
        "Sales pitch: quotes prices.",
    ),
]


@pytest.mark.parametrize(("note", "reason"), PITCHES)
def test_pitches_need_a_look(jordan: Checklist, note: str, reason: str) -> None:
    verdict = evaluate(invite(note), jordan)
    assert verdict.category is LOOK
    assert verdict.flags == (Flag.PITCH,)
    assert Q.SPECIFIC_REASON not in verdict.answers
    if "pricing" not in note:
        assert verdict.reason == reason


@pytest.mark.parametrize(
    "note",
    [
        "Hi Jordan, our closed-loop scheduling add-on has cut no-shows by 40% at three"
        " universities. Could I book 15 minutes to show you how it works?",
        "Hi Jordan, I help burnt-out advisers move into industry roles. My next six-week cohort"
        " starts Monday - shall I send you the details?",
        "Hello Jordan, I help busy professionals grow their savings with Bitcoin signals - my"
        " members made 28% last month.",
        "Hi Jordan, I'm a specialist recruiter with several lead roles. Open to a no-obligation"
        " chat?",
        "Hi Jordan, universities using our AI listening suite cut their reporting time in half."
        " Worth a 20-minute walkthrough?",
        "Hola Jordan, somos una agencia de marketing. ¿Tienes 10 minutos para ver cómo"
        " duplicamos el ROAS?",
        "Ciao Jordan, possiamo costruirti una campagna chiavi in mano. Ti giro le tariffe?",
        "Jordan, aiuto le manager a ottenere la promozione. Prima sessione gratuita: ti va?",
        "Hi Jordan, teams like yours cut their hiring costs by 30% with our tool. Worth a quick 15"
        " minutes?",
        "Hi Jordan, we're hosting a live session Thursday on AI in recruiting. Seats are limited,"
        " want me to save you one?",
        "Jordan, our firm gets colleges audit-ready in six weeks, flat fee. Can I send over our"
        " one-pager?",
        "Hi Jordan, we place experienced career coaches across Ohio at competitive rates. Can I"
        " email you our fee sheet?",
        "Ciao Jordan, offriamo traduzioni in 30 lingue a prezzi imbattibili. Posso mandarti un"
        " preventivo?",
        "Hi Jordan, we print banners at 30% below what most colleges pay. Mind if I send over a"
        " quote?",
        "Hi Jordan, I'd love to offer you a free 30-day trial of our scheduler.",
        "We'd be delighted to present our portfolio and a fixed-fee proposal for your office.",
        "Colleges using our mapping service save 20 hours a week. Free pilot on your next fair,"
        " interested?",
        "Jordan, we book qualified meetings with employers for offices like yours. Can I share a"
        " quick case study?",
        "Jordan, we help career coaches sell or merge their practice at the best valuation.",
        "Dear Jordan, we run fast resume reviews, 6 weeks turnaround. May I send you our"
        " quotation?",
        "Hola Jordan, hacemos ferias de empleo a precios muy competitivos. ¿Te puedo mandar una"
        " propuesta?",
        "Jordan, we're building a play-to-earn careers app (tokens + equity). Can I send you the"
        " deck?",
        "Hi Jordan, one of our clients is looking for an expert on campus hiring."
        " $400 an hour. Interested?",
        "Hi Jordan, I'm working several director roles in Dubai, tax-free packages + housing."
        " Happy to share details if you're open to a move.",
        "Jordan, great to see you at the fair. This month we have 15% off résumé printing, ¿te"
        " paso cotización?",
        "Fellow Ohio State alum here! We've built an AI engine for advising. Could I book 30 min"
        " to show you?",
        "Jordan, we help career offices replace spreadsheet advising with one platform.",
        "Hi Jordan, I run a small consultancy. Could I share a short capability deck with you?",
        "Jordan, I'm a freelance copywriter. Happy to send my portfolio and rates if you ever have"
        " overflow work.",
        "Hi Jordan, colleges like yours are cutting no-shows in half with FairCheck. Could I show"
        " you a quick walkthrough?",
        "Good to meet you at our stand! We're offering reduced platform fees to new colleges this"
        " quarter.",
        "Hi Jordan, we place senior career coaches into US colleges. Open to hearing about a few?",
        "Good to meet you at our booth! We're running a trade-in offer through December. Want me to"
        " put together a quote?",
        "Nice meeting you at our booth! We print posters at 15% below market rates. Shall I send"
        " you an offer?",
        "Lovely to meet you at the fair! We can run your whole mock-interview day at a very"
        " attractive price.",
        "Hi Jordan, I'm running a Head of Careers search for a college in Austin, $150k plus"
        " equity. Open to a confidential chat?",
    ],
)
def test_pitches_asked_as_questions_still_need_a_look(jordan: Checklist, note: str) -> None:
    verdict = evaluate(invite(note), jordan)
    assert verdict.category is LOOK
    assert Flag.PITCH in verdict.flags


@pytest.mark.parametrize(
    "note",
    [
        "Hi Jordan, your article on transfer pricing for universities was spot on.",
        "Hola Jordan, coincidimos en la charla sobre precios de transferencia en Chicago.",
        "Jordan, your post on internships was useful for our product pipeline planning.",
        "Jordan, I read your post on how your office cut no-shows in half. Inspiring!",
        "Lovely talking to you at the Midwest Career Fair; I spilled coffee on the brochure!",
        "We're both NACE members. I'd love to talk about alternatives to our usual survey tools.",
        # a model name and an internship's length are no growth figures or monthly returns
        "Jordan, we worked on the Falcon 6X campaign together, great to reconnect.",
        "Bonjour Jordan, je cherche un stage de 3 mois à partir de juin.",
        "Hi Jordan, I saw your demo at the Midwest Career Fair. Impressive!",
        # the writer's own app, not one for sale
        "Tom Becker suggested I get in touch about the audit we're planning for our mobile app.",
        # a student offering a portfolio asks for a job; a seller offers "our" portfolio
        "Jordan, quick question: do you take interns? I'd love to send you my portfolio.",
        # a wind farm, not an offshore team; a buyer asking for the recipient's prices
        "Good meeting you at the offshore wind breakfast yesterday, Jordan!",
        "I'm looking for new suppliers for our fair and would love to see your price list.",
        # contracts for outsourced cleaning as the topic
        "Olá Jordan, gostava de trocar impressões sobre contratos de outsourcing de limpeza.",
        # the writer's own cohort, not a course for sale
        "Jordan, so nice to finally meet you in person! See you at the next cohort's pitch night.",
        # a length of time, not an hourly rate
        "Jordan, I'm organizing a 2 hr workshop on resume writing. Would you speak at it?",
        # outsourcing as the topic of a question, not an offer
        "Great panel at the Midwest Career Fair, thanks for answering my question about in-house"
        " vs outsourced career coaching.",
    ],
)
def test_prices_and_products_that_are_not_for_sale_are_no_pitch(
    jordan: Checklist, note: str
) -> None:
    assert Flag.PITCH not in evaluate(invite(note), jordan).flags


def test_offering_to_help_at_a_low_cost_clinic_is_no_pitch(jordan: Checklist) -> None:
    note = (
        "Hi Jordan, does your office ever take volunteers for its low-cost resume clinics? I live"
        " nearby and would gladly help."
    )
    verdict = evaluate(invite(note), jordan)
    assert verdict.category is LIKELY
    assert Flag.PITCH not in verdict.flags


def test_pitch_is_flagged_even_when_it_answers_a_question(jordan: Checklist) -> None:
    note = "Great meeting you at the Midwest Career Fair! Our platform can double your ROI."
    verdict = evaluate(invite(note), jordan)
    assert verdict.category is LOOK
    assert verdict.flags == (Flag.PITCH,)
    assert verdict.answers == (Q.MET_IN_PERSON,)


def test_failed_sender_with_good_note_needs_a_look(jordan: Checklist) -> None:
    note = "Hi Jordan, we met at the NACE conference. Please confirm your account to view it."
    verdict = evaluate(
        invite(note, authenticity=Authenticity.FAILED, authenticity_reason="dmarc=fail"), jordan
    )
    assert verdict.category is LOOK
    assert verdict.flags == (Flag.UNVERIFIED_SENDER,)
    assert verdict.answers == ()
    assert "dmarc=fail" in verdict.reason
    assert "confirm your account" in verdict.reason


@pytest.mark.parametrize("note", [None, "Fellow Ohio State alum! Please review the document."])
def test_failed_sender_is_never_likely_accept(jordan: Checklist, note: str | None) -> None:
    verdict = evaluate(
        invite(note, authenticity=Authenticity.FAILED, headline="Dean at Lakeside University"),
        jordan,
    )
    assert verdict.category is LOOK
    assert Flag.UNVERIFIED_SENDER in verdict.flags


def test_unknown_authenticity_is_trusted(jordan: Checklist) -> None:
    verdict = evaluate(
        invite("We met at Lakeside Career Week!", authenticity=Authenticity.UNKNOWN), jordan
    )
    assert verdict.category is LIKELY


# ---------------------------------------------------------------------------------------------
# Weak signals: headline and mutual connections


def test_headline_naming_your_organization_needs_a_look(jordan: Checklist) -> None:
    headline = "Associate Director of Admissions at Lakeside University"
    verdict = evaluate(invite(None, headline=headline), jordan)
    assert verdict.category is LOOK
    assert set(verdict.weak) == {Q.SAME_ORGANIZATION, Q.FELLOW_ALUMNI}
    assert verdict.reason == "No note; headline mentions Lakeside University."


def test_headline_naming_the_practitioner_of_your_industry_needs_a_look(tmp_path: Path) -> None:
    path = tmp_path / "checklist.toml"
    path.write_text('[me]\nname = "Carlos"\nindustries = ["education administration"]\n')
    headline = "Middle School Assistant Principal | Campus Administrator"
    verdict = evaluate(invite(None, headline=headline), load_checklist(path))
    assert verdict.category is LOOK


def test_headline_sharing_an_industry_word_needs_a_look(jordan: Checklist) -> None:
    verdict = evaluate(invite(None, headline="Career Coach | Resume Writer"), jordan)
    assert verdict.weak == (Q.SAME_INDUSTRY,)
    unrelated = evaluate(invite(None, headline="Sales Manager at Globex Corporation"), jordan)
    assert unrelated.category is GENERIC


def test_robotics_headline_for_another_profile(anna: Checklist) -> None:
    verdict = evaluate(invite(None, headline="Senior Robotics Engineer at ABB"), anna)
    assert verdict.category is LOOK
    assert verdict.weak == (Q.SAME_INDUSTRY,)


@pytest.mark.parametrize(("count", "category"), [(9, GENERIC), (10, LOOK), (27, LOOK)])
def test_mutual_connections_threshold(jordan: Checklist, count: int, category: Category) -> None:
    verdict = evaluate(invite(None, mutual_connections=count), jordan)
    assert verdict.category is category


def test_mutual_count_reason(jordan: Checklist) -> None:
    verdict = evaluate(invite(None, mutual_connections=27), jordan)
    assert verdict.reason == "No note; 27 connections in common."


def test_threshold_comes_from_the_profile(anna: Checklist) -> None:
    assert evaluate(invite(None, mutual_connections=14), anna).category is GENERIC
    assert evaluate(invite(None, mutual_connections=15), anna).category is LOOK


def test_a_contact_among_mutual_names_is_a_weak_signal(jordan: Checklist) -> None:
    verdict = evaluate(invite(None, mutual_names=("Ann Lee", "Priya Natarajan")), jordan)
    assert verdict.category is LOOK
    assert verdict.weak == (Q.MUTUAL_CONNECTION,)


def test_strong_note_wins_over_weak_signals(jordan: Checklist) -> None:
    verdict = evaluate(invite("We met at the Midwest Career Fair.", mutual_connections=30), jordan)
    assert verdict.category is LIKELY
    assert verdict.reason == "The note says you met at Midwest Career Fair."


# ---------------------------------------------------------------------------------------------
# No crash, whatever the email holds


@settings(max_examples=100, deadline=None)
@given(
    note=st.one_of(st.none(), st.text(max_size=300)),
    headline=st.one_of(st.none(), st.text(max_size=80)),
    mutual=st.one_of(st.none(), st.integers(min_value=0, max_value=500)),
    failed=st.booleans(),
)
def test_any_text_gets_a_verdict_that_follows_the_rules(
    jordan: Checklist, note: str | None, headline: str | None, mutual: int | None, failed: bool
) -> None:
    authenticity = Authenticity.FAILED if failed else Authenticity.VERIFIED
    verdict = evaluate(
        invite(note, headline=headline, mutual_connections=mutual, authenticity=authenticity),
        jordan,
    )
    assert verdict.reason
    if failed:
        assert verdict.category is LOOK
    if verdict.category is LIKELY:
        assert verdict.answers and not verdict.flags
    if verdict.category is GENERIC:
        assert not verdict.evidence and not verdict.flags


@pytest.mark.parametrize(
    ("note", "answer"),
    [
        ("Fellow Buckeye here, class of '09. Go Bucks!", Q.FELLOW_ALUMNI),
        ("Hi Jordan, fellow career strategist here, mostly first-gen students.", Q.SAME_INDUSTRY),
        (
            "Hi Jordan, I'm building a mentoring scheme for first-gen students too, would love to"
            " trade notes.",
            Q.SHARED_INTERESTS,
        ),
        (
            "hey Jordan, new starter in admissions at Lakeside U, think I'll be sending you lots"
            " of your interns!",
            Q.SAME_ORGANIZATION,
        ),
        (
            "Not sure you remember me, I was on the front desk at Brightpath Consulting when you"
            " were running analytics.",
            Q.SAME_ORGANIZATION,
        ),
        ("Salut Jordan, ravi d'avoir enfin pu discuter en vrai à Chicago !", Q.MET_IN_PERSON),
        (
            "Selamat siang Ibu Jordan, kami ingin berdiskusi tentang magang. Apakah ada waktu"
            " untuk rapat daring?",
            Q.SPECIFIC_REASON,
        ),
        ("Jordan, lovely to finally meet IRL at the career fair drinks!", Q.MET_IN_PERSON),
        ("Salut Jordan, on a pris un café ensemble à Chicago, merci encore !", Q.MET_IN_PERSON),
        ("¡Qué bueno haber compartido mesa en la cena de Chicago!", Q.MET_IN_PERSON),
        (
            "Jordan!! We were summer interns together at the state job center, remember the"
            " printer?",
            Q.SAME_ORGANIZATION,
        ),
        (
            "Hi Jordan, I was a summer intern in your advising team last year. Now finishing my"
            " degree!",
            Q.SAME_ORGANIZATION,
        ),
        (
            "Ciao Jordan, sono una consulente di carriera e vorrei conoscere qualche collega del"
            " settore.",
            Q.SAME_INDUSTRY,
        ),
        ("Hola Jordan, Tom me habló muy bien de ti. ¡Saludos!", Q.MUTUAL_CONNECTION),
        ("Jordan, quick q: is Lakeside planning a spring fair this year?", Q.SPECIFIC_REASON),
        (
            "Hola Jordan, estoy en 4to año y busco pasantía para el verano. ¿Reciben pasantes?",
            Q.SPECIFIC_REASON,
        ),
        ("Hi Jordan, I'm also a bit obsessed with first-gen mentoring.", Q.SHARED_INTERESTS),
        (
            "Hi Jordan, we'd like to bring a small group of students to visit Lakeside in May."
            " Could we talk?",
            Q.SPECIFIC_REASON,
        ),
        ("Jordan, another Buckeye alum here! Small world.", Q.FELLOW_ALUMNI),
        ("Hello! I was a year behind you at Ohio State. Funny to find you here.", Q.FELLOW_ALUMNI),
        (
            "Another Buckeye! Looks like you were in the business school a couple of years ahead"
            " of me.",
            Q.FELLOW_ALUMNI,
        ),
        (
            "Hola Jordan, fue un gusto platicar contigo durante la comida en Chicago.",
            Q.MET_IN_PERSON,
        ),
        (
            "Jordan, it was good to sit next to you at the chamber lunch on Tuesday!",
            Q.MET_IN_PERSON,
        ),
        ("Jordan, great to meet you properly at the charity ceilidh on Saturday.", Q.MET_IN_PERSON),
        (
            "Hi Jordan, you mentored my team at the spring hackathon. We came second!",
            Q.MET_IN_PERSON,
        ),
        (
            "Thanks again for walking our delegation from Leeds around the new wing on Tuesday.",
            Q.MET_IN_PERSON,
        ),
        (
            "Jordan, your post about first-year advising really resonated. I've been pushing for"
            " the same thing here.",
            Q.SHARED_INTERESTS,
        ),
        (
            "I'm a travel nurse settling in Dallas and would love to hear about openings on your"
            " team.",
            Q.SPECIFIC_REASON,
        ),
        ("Jordan, thanks for judging our team at the spring hackathon!", Q.MET_IN_PERSON),
        ("Chef, c'est Lucas, votre ancien apprenti de 2021 ! Merci pour tout.", Q.MET_IN_PERSON),
        (
            "Hi Jordan, I read your interview about first-gen students. It's the subject of my"
            " book.",
            Q.SHARED_INTERESTS,
        ),
        (
            "I took over a career center last year and enjoy swapping tips with other directors"
            " in the field.",
            Q.SAME_INDUSTRY,
        ),
        (
            "Hi Jordan, I start as an adviser at Lakeside University next Monday. Excited to join!",
            Q.SAME_ORGANIZATION,
        ),
        ("Jordan, what happens after graduation is my obsession too.", Q.SHARED_INTERESTS),
        (
            "Hi Jordan, I'm preparing a feature on campus hiring and would love a short interview"
            " with you.",
            Q.SPECIFIC_REASON,
        ),
        (
            "Buongiorno Jordan, cerchiamo un'università che ospiti un project work. Avrebbe tempo"
            " per una breve chiamata?",
            Q.SPECIFIC_REASON,
        ),
        ("Jordan, thanks for the walkthrough of your career center on Thursday!", Q.MET_IN_PERSON),
        (
            "Jordan, thanks again for letting me observe your advising session on Tuesday.",
            Q.MET_IN_PERSON,
        ),
        ("Fellow Buckeye here! I finished my MAT at Ohio State.", Q.FELLOW_ALUMNI),
        (
            "Hi Jordan, we'd love you to run office hours for our next cohort in March.",
            Q.SPECIFIC_REASON,
        ),
        (
            "We're leading a round and have room for a local co-investor. Would Lakeside want to"
            " take a look?",
            Q.SPECIFIC_REASON,
        ),
        (
            "I maintain a small resume linter and noticed a few issues on your site. Happy to open"
            " a PR with fixes, no strings attached.",
            Q.SPECIFIC_REASON,
        ),
        (
            "Jordan, your article on advising first-gen students was really useful. My team is"
            " trying to do the same.",
            Q.SHARED_INTERESTS,
        ),
        ("Jordan, I see we're both Buckeye grads! Hope the semester is kind.", Q.FELLOW_ALUMNI),
        (
            "Guten Tag Jordan, ich war von 2012 bis 2016 an der Ohio State und arbeite jetzt in"
            " München.",
            Q.FELLOW_ALUMNI,
        ),
        ("Hi Jordan, Hannah from Brightpath Consulting here!", Q.SAME_ORGANIZATION),
        (
            "Jordan! It's been years since our time at Northwind Bank. Would love to reconnect.",
            Q.SAME_ORGANIZATION,
        ),
        (
            "Hello Jordan, I do career services for a community college in Toledo.",
            Q.SAME_INDUSTRY,
        ),
        (
            "Marcus suggested I get in touch about a joint webinar, since our products fit"
            " together so well.",
            Q.SPECIFIC_REASON,
        ),
    ],
)
def test_unknown_words_with_a_telling_frame_answer(
    jordan: Checklist, note: str, answer: Question
) -> None:
    """The frame says what is shared even when its words are not in the profile."""
    verdict = evaluate(invite(note), jordan)
    assert verdict.category is LIKELY, verdict.reason
    assert answer in verdict.answers


@pytest.mark.parametrize(
    ("practitioner", "field"),
    [("Librarian", "libraries"), ("Pediatrician", "pediatrics"), ("Historian", "history")],
)
def test_a_practitioner_in_the_headline_names_their_field(
    tmp_path: Path, practitioner: str, field: str
) -> None:
    checklist = tmp_path / "checklist.toml"
    checklist.write_text(f'[me]\nname = "Ann Lee"\nindustries = ["{field}"]\n', encoding="utf-8")
    verdict = evaluate(
        invite("Happy to connect!", headline=f"Senior {practitioner} at Somewhere"),
        load_checklist(checklist),
    )
    assert verdict.category is LOOK
    assert verdict.weak == (Q.SAME_INDUSTRY,)


def test_a_field_named_by_its_practice_meets_its_practitioners(tmp_path: Path) -> None:
    """ "hospital management" in the profile, "other hospital managers" in the note."""
    checklist = tmp_path / "checklist.toml"
    checklist.write_text(
        '[me]\nname = "Ann Lee"\nindustries = ["hospital management"]\n', encoding="utf-8"
    )
    note = "I run a hospital in Seville and like trading notes with other hospital managers."
    verdict = evaluate(invite(note), load_checklist(checklist))
    assert verdict.category is LIKELY
    assert verdict.answers == (Q.SAME_INDUSTRY,)


def test_the_plural_of_a_short_alias_names_it(tmp_path: Path) -> None:
    checklist = tmp_path / "checklist.toml"
    checklist.write_text(
        '[me]\nname = "Ann Lee"\nindustries = ["venture capital"]\n\n'
        '[aliases]\n"venture capital" = ["VC"]\n',
        encoding="utf-8",
    )
    note = "I invest in seed-stage startups and I'm always keen to learn from other VCs."
    verdict = evaluate(invite(note), load_checklist(checklist))
    assert verdict.answers == (Q.SAME_INDUSTRY,)

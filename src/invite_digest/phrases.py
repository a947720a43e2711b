"""Phrase families the checklist evaluator looks for, in the seven sample languages.

Every pattern is a regular expression over *normalized* note text (see `checklist.py`):
casefolded, accents stripped ("é" -> "e", "ü" -> "u", "ß" -> "ss"), punctuation other than
apostrophes turned into spaces, whitespace collapsed, and sentence ends (. ! ? ; newline) kept
as "|" so that a pattern cannot run across two sentences.

Kinds of phrase:
- CLAIMS: the note itself says the shared thing, whoever the user is ("we met at",
  "fellow alum", "Priya suggested I reach out").
- CUES: words that answer a question only next to one of the user's own terms of the matching
  kind ("joined" next to one of your organizations, "peers in" next to one of your industries).
- PITCHES and PHISHING: red flags; each family carries the words used in the verdict's reason.
- SELF_INTRODUCTION, ABOUT_YOU and ABOUT_THE_WRITER: whose facts a sentence states, the
  writer's ("I am a tax adviser", "we both...") or only the recipient's ("your team at...").

Languages: en, es, it, de, fr, pt, id. Vague networking phrases ("I came across your profile",
"expanding my network") deliberately appear nowhere, so they never answer anything.
"""

from __future__ import annotations

from typing import Final

from .invitation import Question

# Words that may sit between two words of a phrase ("we have [both] met"): up to N words.
_GAP = r"(?:[\w']+ ){0,%d}"


def _gap(words: int) -> str:
    return _GAP % words


# Trades a writer shares with the recipient: "fellow gameplay programmer", "I'm also a nurse".
_TRADES = (
    r"programmer|teacher|writer|producer|planner|broker|banker|lawyer|attorney|architect|nurse"
    r"|doctor|physician|clinician|technician|librarian|archivist|editor|reporter|analyst"
    r"|\w{3,}ist"
)


CLAIMS: Final[dict[Question, tuple[str, ...]]] = {
    Question.MET_IN_PERSON: (
        # en
        r"\b(?:great|good|nice|lovely|wonderful|fantastic|awesome|pleasure|glad|happy) "
        r"(?:meeting|seeing|talking|chatting|speaking|working alongside|working with)"
        r" (?:to |with )?you\b",
        r"\b(?:great|good|nice|lovely|wonderful|fantastic|awesome|a pleasure) to (?:finally )?meet"
        r" (?:you )?(?:irl|in person|in real life|face to face)\b",
        # a coffee or a table shared: "on a pris un café ensemble", "haber compartido mesa"
        r"\b(?:we had|we grabbed|we shared) (?:a |an )?(?:coffee|drink|lunch|dinner|beer|table)\b"
        r"|\b(?:shared|sharing) a table\b|\b(?:on a|nous avons) (?:pris|bu|partage) (?:un|une|le"
        r"|la) (?:cafe|verre|dejeuner|diner|repas|table)\b|\b(?:tomamos|compartimos) (?:un|una"
        r"|la|el) (?:cafe|mesa|almuerzo|cena)\b|\b(?:haber )?compartido (?:la )?mesa\b"
        r"|\babbiamo (?:preso|bevuto|condiviso) (?:un|il|la) (?:caffe|tavolo|pranzo|cena)\b"
        r"|\btomamos um cafe\b|\b(?:einen|nen) kaffee (?:zusammen )?getrunken\b",
        r"\b(?:great|good|nice|lovely|wonderful|fantastic|awesome|pleasure|glad|happy) to "
        r"(?:finally )?(?:meet|see|talk|chat|speak|sit next to|sit with) (?:to |with )?you"
        r" (?:properly |again |finally )?(?:at|during|in person|last|yesterday"
        r"|today|this|earlier|after|on)\b(?! linkedin)",
        r"\b(?:was|were) (?:great|good|nice|lovely|wonderful|a pleasure|fun) (?:to )?(?:meet"
        r"|see|talk|chat|speak)\w*\b",
        r"\bwe (?:met|spoke|talked|chatted|sat together|were on the same panel)\b",
        r"\b(?:sat|sitting) (?:next to|beside|across from|opposite) you (?:at|during|in|on)\b",
        # "you mentored my team at the hackathon", "you helped my husband and me with"
        r"\byou (?:mentored|coached|taught|trained|supervised|interviewed|hosted|helped|treated)"
        r" (?:me|my|us|our)\b",
        r"\bthanks? (?:you )?(?:again |so much )?for (?:judging|mentoring|coaching|hosting"
        r"|interviewing|teaching|training|supervising) (?:me|us|our|my)\b",
        # "votre ancien apprenti", "your former intern", "vous m'avez appris"
        r"\b(?:votre|ton|su|tu|tuo|seu|ihr|dein|your) (?:ancien|ancienne|ex|antiguo|antigua"
        r"|vecchio|former|old|ehemalige\w*|antigo|antiga) ?(?:apprenti|apprentie|stagiaire|eleve"
        r"|aprendiz|alumno|alumna|apprendista|allievo|allieva|stagista|student|intern|apprentice"
        r"|trainee|azubi|lehrling|mentee)\b",
        r"\b(?:vous m'avez|tu m'as) (?:appris|forme|enseigne)\b|\bme (?:ensenaste|enseno"
        r"|formaste)\b|\bmi hai insegnato\b|\bme ensinou\b|\b(?:haben|hast) mir "
        r"(?:[\w']+ ){0,3}beigebracht\b",
        r"\b(?:met|saw|meeting|seeing|spoke to|spoke with|talked to|talked with|chatting with) "
        r"you (?:at|during|in|on|last|yesterday|today|this|earlier|after)\b",
        r"\bour (?:\w+ )?(?:chat|conversation|talk|meeting|discussion) "
        r"(?:at|during|yesterday|last|today|earlier|after|this|by|over|outside|on)\b",
        r"\bthanks? (?:you )?(?:again |so much )?for (?:the|our) "
        + _gap(2)
        + r"(?:chat|conversation|talk|discussion"
        r"|meeting|tour|visit|session|coffee|lunch|dinner|drinks|ride|lift|tasting|masterclass"
        r"|asado|barbecue|bbq|meal|walkthrough|walk through)\b",
        r"\bthanks? (?:you )?(?:again |so much )?for (?:letting|having|allowing) (?:me|us) "
        r"(?:observe|visit|shadow|sit in|tour|see|join)\b",
        r"\bthanks? (?:you )?(?:again |so much )?for (?:walking|showing|taking) (?:me|us|our \w+)"
        r" (?:through|around) the (?:[\w']+ ){0,3}(?:building|site|plant|office|facility|warehouse"
        r"|space|property|lab|factory|campus|hospital|clinic|unit|store|yard|farm|mine)\b",
        r"\bthanks? (?:you )?(?:again |so much )?for (?:walking|showing|taking|guiding) (?:me|us"
        r"|our (?:[\w']+ ){1,3}?)around\b",
        r"\bfue un (?:gusto|placer) (?:conocerte|conocerle|platicar|charlar|hablar|conversar|verte"
        r"|saludarte|coincidir)\b",
        r"\bthanks? (?:you )?(?:again |so much )?for (?:showing (?:me|us|our \w+) around|hosting"
        r" (?:me|us|our)|having (?:me|us) (?:at|over|on)|welcoming (?:me|us|our)"
        r"|meeting (?:me|us|with (?:me|us)))\b",
        r"\b(?:after|during|at|in) your (?:[\w']+ ){0,3}(?:panel|talk|keynote|presentation|session"
        r"|workshop|lecture|speech|booth|stand|demo day pitch|lab|class|seminar|clinic day"
        r"|breakout)\b",
        r"\benjoyed your (?:[\w']+ ){0,2}(?:breakout|session|workshop|panel|keynote|talk)"
        r" (?:at|in|during)\b",
        r"\b(?:stopped|came) by (?:your|the) (?:booth|table|stand)\b",
        r"\b(?:ran|run|running|bumped|bumping) into (?:you|each other)\b",
        r"\bput a face to (?:[\w']+ ){0,3}(?:names?|emails?|voice)\b",
        # "I was the one asking about...", "from the woman who spilled coffee on your programme"
        r"\b(?:i was|i'm|i am|from|it's) the (?:one|person) (?:who|with|at|in|from|that|asking"
        r"|sitting)\b",
        r"\bthe (?:guy|woman|man|lady|girl|fellow|chap|bloke) (?:who|with|at|in|from|that|asking"
        r"|sitting)\b",
        r"\bthanks? (?:you )?(?:again |so much )?for (?:taking|answering) my questions?\b",
        r"\bthanks? (?:you )?(?:again |so much )?for (?:the|your) (?:advice|tips|feedback|pointers)"
        r" (?:[\w']+ ){0,4}(?:at|during) (?:the|your)\b",
        r"\bthanks? (?:you )?(?:again |so much )?for (?:staying|sticking around|hanging back)"
        r" (?:after|afterwards|behind|late|on)\b",
        r"\b(?:shared|sharing) (?:a|an|the) (?:table|cab|taxi|ride|coffee|panel|stage|hut|tent"
        r"|cabin|room|bench|car|ute|truck|van|lift|shuttle|flight|boat|bus|train)\b",
        r"\b(?:walking|touring|visiting) (?:[\w']+ ){0,4}with you\b",
        # showing someone the ropes happens in person: "u showed me how to log core"
        r"\b(?:you|u) (?:showed|taught) me (?:how|around|the ropes)\b|\byou taught me\b",
        r"\b(?:swapped|exchanged) (?:business )?cards\b",
        r"\benjoyed (?:our|the) (?:[\w']+ )?(?:chat|conversation|talk|discussion|exchange)\b",
        r"\b(?:great|good|nice|lovely|fun|gr8) (?:meeting|chatting|talking|speaking|catching up)"
        r" "
        r"(?:at|in|during|after|yesterday|last|earlier|today|this)\b",
        r"\b(?:sat|sitting|seated) (?:next to (?:you|each other)|together|at the same table"
        r"|at your table"
        r"|beside (?:you|each other)|across from (?:you|each other))\b",
        r"\bcame (?:up|over) (?:to you )?(?:afterwards|after|later)\b",
        r"\bsame (?:lunch |dinner |breakfast |round )?(?:table|session|workshop|panel)\b",
        # es
        r"\bnos (?:conocimos|vimos|cruzamos|encontramos)\b",
        r"\b(?:fue|ha sido) (?:un )?(?:gusto|placer|agrado) (?:de )?(?:conocer(?:te|le|lo|la)"
        r"|ver(?:te|lo|la)|charlar|hablar|conversar|saludar(?:te|le|lo|la))\b",
        r"\b(?:haberte|haberle|habernos) (?:conocido|visto)\b",
        r"\bhaber (?:conversado|charlado|hablado|coincidido) (?:contigo|con usted)\b",
        r"\b(?:soy|fui|era) (?:el|la) (?:\w+ ){0,3}que (?:te |le )?(?:pregunt|habl|estaba)\w*\b",
        r"\b(?:gusto|placer|bueno|chevere|grato|genial) (?:de |en )?(?:conocer(?:te|le|lo|la)"
        r"|ver(?:te|lo|la)|saludar(?:te|le|lo|la)|coincidir)"
        r" (?:en|durante|ayer|el otro dia|la semana)\b",
        r"\b(?:hablamos|charlamos|platicamos|conversamos|coincidimos) "
        r"(?:en|durante|ayer|el otro dia|la semana)\b",
        r"\bgracias por (?:la|nuestra) " + _gap(1) + r"(?:charla|conversacion|platica)\b",
        r"\b(?:compartir|compartimos) mesa\b",
        r"\b(?:despues de|tras) (?:tu|su) (?:charla|ponencia|presentacion|panel|conferencia)\b",
        # it
        r"\bci siamo (?:conosciut|vist|incontrat|parlat|sentit)[ie]\b",
        r"\be stato (?:un )?(?:piacere|bello) (?:di )?(?:conoscerti|conoscerla|incontrarti"
        r"|vederti|parlare)\b",
        r"\b(?:averti|averla|averci) (?:conosciut|incontrat|vist)[oaie]\b",
        r"\baver(?:e)? (?:parlato|chiacchierato) con (?:te|lei|voi)\b",
        r"\b(?:che bello|bellissimo|bello|un piacere|piacere) (?:di )?(?:chiacchierare|parlare"
        r"|conoscerti|conoscerla|vederti|incontrarti|rivederti)(?: con te)? (?:a|al|alla|all'|allo"
        r"|in|durante|ieri|dopo)\b",
        r"\babbiamo (?:parlato|chiacchierato) (?:a|al|alla|allo|durante|ieri)\b",
        r"\bgrazie per (?:la|la bella|la piacevole) (?:chiacchierata|conversazione)\b",
        r"\bdopo il tuo (?:intervento|talk|panel|discorso|seminario)\b",
        # de (ö, ü, ä lose their dots: "schön" -> "schon", "Gespräch" -> "gesprach")
        r"\b(?:haben|wir) uns " + _gap(10) + r"(?:kennengelernt|getroffen|gesehen|unterhalten)\b",
        r"\b(?:schon|toll|nett|freut mich|gefreut)\b[^|]{0,30}\b(?:kennengelernt|getroffen"
        r"|gesehen)\b",
        # "schön, Sie kennenzulernen" alone is a formula; with a place it is a meeting
        r"\b(?:schon|toll|nett|freut mich|gefreut)\b[^|]{0,30}\b(?:auf|bei|beim|am|im|zum|zur"
        r"|wahrend|nach)"
        r"\b[^|]{0,40}\b(?:kennenzulernen|zu treffen|zu sehen)\b",
        r"\b(?:danke|vielen dank) fur (?:das|unser) " + _gap(1) + r"(?:gesprach|austausch)\b",
        r"\bunser " + _gap(1) + r"gesprach (?:auf|bei|in|am|gestern)\b",
        r"\bnach (?:deinem|ihrem) (?:vortrag|panel|talk|keynote|workshop)\b",
        # fr
        r"\b(?:on s'est|nous nous sommes) (?:rencontre|vu|croise|parle)\w*\b",
        r"\b(?:ravi|ravie|heureux|heureuse|plaisir|enchante|enchantee|sympa|content|contente)"
        r"\b[^|]{0,25}"
        r"\bavoir (?:rencontre|croise|vu|echange|discute|parle|bavarde)\w*\b",
        r"\b(?:c'etait|c etait|ce fut) (?:vraiment |tellement |tres )?(?:un )?(?:plaisir|super"
        r"|genial|le fun|cool|sympa|agreable|chouette)\b[^|]{0,25}\b(?:jas|rencontr"
        r"|echang|discut|parl)\w*\b",
        r"\bmerci pour (?:la|notre|cette) " + _gap(1) + r"(?:conversation|discussion|echange)\b",
        r"\bfait (?:votre |ta )?connaissance\b",
        # "persönlich kennenzulernen", "conocerte en persona", "te rencontrer en personne"
        r"\bpersonlich (?:kennen\w*|getroffen|gesehen|zu treffen)\b",
        r"\b(?:conocer\w*|ver\w*|rencontr\w*|conhec\w*|incontrar\w*|conoscer\w*) (?:en persona"
        r"|en personne|pessoalmente|di persona|de persona)\b",
        # a student who shadowed the recipient at work
        r"\b(?:let|letting|allowing) me (?:to )?shadow you\b|\bshadow(?:ed|ing) you\b"
        r"|\bm'avoir (?:laisse|laissee|permis de) te suivre\b",
        r"\b(?:je suis|c'est moi) (?:celui|celle) qui\b",
        r"\b(?:nous avons|on a) (?:discute|echange|parle|bavarde)\b",
        r"\bapres (?:votre|ton|ta) (?:conference|presentation|intervention|table ronde|talk)\b",
        # pt
        r"\bnos (?:conhecemos|vimos|encontramos)\b|\bconhecemo nos\b",
        r"\ba gente se (?:conheceu|viu|encontrou|falou)\b",
        r"\bfoi (?:um )?(?:prazer|bom|otimo|legal|incrivel)\b[^|]{0,20}\b(?:conhec|ver|convers"
        r"|encontr)\w*\b",
        r"\bter (?:te |lhe )?(?:conhecido|conversado|falado|encontrado)\b",
        r"\b(?:sou|era) (?:aquele|aquela|o|a) (?:\w+ )?que (?:perguntou|falou|conversou|estava"
        r"|sentou)\b",
        r"\bconversamos (?:no|na|em|durante|ontem)\b",
        r"\bobrigad[oa] pela " + _gap(1) + r"conversa\b",
        r"\bdepois da sua (?:palestra|apresentacao)\b",
        # id
        r"\bkita (?:sudah |pernah |sempat )?(?:bertemu|berjumpa|mengobrol|berbincang|ngobrol)\b",
        r"\bsenang (?:sekali )?(?:bisa )?(?:bertemu|berjumpa|mengobrol|berbincang)"
        r"(?: dengan anda)? (?:di|kemarin|tadi|minggu lalu|saat|pada)\b",
        # casual Jakarta Indonesian: "seneng banget kemarin bisa ngobrol", "aku yang cerita soal"
        r"\b(?:senang|seneng)(?: banget| sekali)?(?: kemarin| tadi)?(?: bisa)? (?:ketemu|bertemu"
        r"|berjumpa|ngobrol|mengobrol|berbincang|kenalan)(?: langsung)?\b",
        r"\b(?:ravie?|contente?|heureux|heureuse) d'avoir (?:enfin )?(?:pu )?(?:discuter|parler"
        r"|echanger|te voir|vous voir|te rencontrer|vous rencontrer|fait ta connaissance"
        r"|fait votre connaissance)\b",
        r"\b(?:aku|saya) yang (?:cerita|tanya|nanya|bertanya|ngobrol)\b",
        r"\bterima kasih (?:sudah|telah) menjawab pertanyaan saya\b",
        r"\bterima kasih (?:atas|untuk) (?:obrolan|percakapan|diskusi)\b",
        r"\bsetelah (?:sesi|presentasi|panel) anda\b",
    ),
    Question.SAME_ORGANIZATION: (
        r"\bwe (?:overlapped|worked together|used to work together|were colleagues"
        r"|were teammates|were on the same team|both work(?:ed)? (?:at|for)"
        r"|(?:both )?worked (?:there )?at the same time)\b",
        r"\b(?:former|ex|old) (?:colleague|coworker|co worker|teammate)s?\b",
        r"\bwe were (?:[\w']+ ){0,3}(?:trainees|interns|stagiaires|colleagues|residents"
        r"|apprentices|fellows|volunteers) together\b",
        r"\bi was (?:a |an )?(?:[\w']+ )?(?:intern|trainee|resident|placement student|stagiaire)"
        r" (?:in|on|at|with) your (?:[\w']+ ){0,2}(?:team|department|unit|group|lab|clinic|ward"
        r"|office|practice)\b",
        r"\b(?:on a|nous avons) (?:fait|vecu|partage) (?:[\w']+ ){1,4}ensemble\b",
        r"\bworked (?:together|with you) (?:at|on|in)\b",
        r"\bsame (?:company|employer|firm|team|department)\b",
        # neighbours at work: "just down the hall from you", "we're on the same corridor"
        r"\bdown the (?:hall|corridor|hallway) from you\b",
        r"\bsame (?:corridor|floor|hallway|building|office)\b",
        r"\bmismo (?:pasillo|piso|edificio)\b|\bmeme (?:couloir|etage|batiment)\b"
        r"|\b(?:gleichen|selben) (?:flur|stockwerk|gebaude)\b|\bstesso (?:corridoio|piano"
        r"|edificio)\b|\bmesmo (?:corredor|andar|predio)\b",
        r"\b(?:on|nous) (?:bossait|bossions|travaillait|travaillions) ensemble\b",
        r"\b(?:took over|taken over|inherited|stepped into) your (?:old |former |previous )?"
        r"(?:role|job|position|team|desk|seat|portfolio)\b",
        r"\btrabajamos juntos\b",
        r"\b(?:ex|antigu[oa]) ?(?:companer[oa]|colega)s? de (?:trabajo|equipo)\b",
        r"\bmisma empresa\b",
        r"\babbiamo lavorato insieme\b",
        r"\b(?:ex|vecchi[oa]) ?(?:collega|colleghi)\b",
        r"\bstessa azienda\b",
        r"\bhaben " + _gap(3) + r"zusammengearbeitet\b",
        r"\b(?:ehemalige[rnm]?|fruhere[rnm]?|ex) ?kolleg\w*\b",
        r"\b(?:gleichen|selben) (?:firma|unternehmen)\b",
        r"\b(?:nous avons|on a) travaille ensemble\b",
        r"\b(?:ancien|ancienne|ex) ?(?:collegue|coequipier)s?\b",
        r"\bmeme (?:entreprise|societe)\b",
        r"\btrabalhamos juntos\b",
        r"\b(?:ex|antig[oa]) ?colegas? de (?:trabalho|equipe)\b",
        r"\bmesma empresa\b",
        r"\bkita (?:pernah )?bekerja (?:bersama|sama)\b",
        r"\b(?:mantan )?rekan (?:kerja|sekantor)\b",
        r"\bperusahaan yang sama\b",
        r"\bsatu (?:tim|kantor|divisi|squad)\b",
    ),
    Question.SAME_INDUSTRY: (
        r"\b(?:i|we) (?:also|too) work in\b",
        r"\bi (?:also )?work in " + _gap(3) + r"(?:too|as well)\b",
        r"\bfellow (?:[\w']+ ){1,2}(?:professional|practitioner|engineer|marketer|recruiter"
        r"|developer|designer|educator|researcher|consultant|founder)s?\b",
        # "fellow gameplay programmer here", "fellow geologist": the same trade
        rf"\bfellow (?:[\w']+ ){{0,2}}(?:coder|buyer|{_TRADES})s?\b",
        r"\b(?:also|too) (?:in|working in) (?:the )?" + _gap(3) + r"(?:industry|field|sector)\b",
        # "swapping tips with other chef-owners in the trade"
        r"\b(?:other|fellow) (?:[\w']+ ){1,3}in the (?:trade|industry|field|sector|profession)\b"
        r"|\bpeers in the (?:trade|industry|field|sector|profession)\b",
        r"\btambien trabajo en\b",
        r"\b(?:anch'io lavoro|lavoro anch'io)\b",
        r"\bich arbeite (?:ebenfalls|auch)\b",
        r"\bje travaille (?:aussi|egalement)\b",
        r"\btambem trabalho (?:com|em|na|no)\b",
        r"\bsaya juga bekerja di\b",
        # "vorrei conoscere qualche collega del settore": peers in the writer's own field
        r"\b(?:colleghi|colleghe|collega|colegas|colega|collegues|collegue|kollegen|kollegin"
        r"|rekan) (?:del|do|de la|da|du|aus der|di) (?:settore|sector|setor|secteur|branche|ramo"
        r"|gremio|bidang|industri)\b",
        r"\bi(?:'m| am) also an? (?:[\w']+ ){0,2}(?:actuary|engineer|designer|developer"
        r"|researcher|consultant|" + _TRADES + r")\b",
        r"\bsaya juga (?:seorang )?(?:aktuaris|analis|apoteker|arsitek|akuntan|desainer|dokter"
        r"|dosen|editor|engineer|fisioterapis|guru|insinyur|jurnalis|konsultan|pengacara|peneliti"
        r"|perawat|programmer|psikolog|wartawan|pustakawan|arsiparis|manajer)\b",
    ),
    Question.SHARED_INTERESTS: (
        r"\b(?:read|saw|enjoyed|loved|liked) your " + _gap(1) + r"(?:post|article|piece|blog"
        r"|paper|podcast|newsletter|video|book|research|write up|writeup"
        r"|slides|talk|interview|thread|keynote)\b",
        r"\b(?:also|too) (?:a bit |really |quite |very |pretty |a little )?(?:passionate"
        r"|interested|excited|obsessed|working on|focused on)\b",
        r"\b(?:i'm|i am|we're|we are) (?:working on|building|researching|developing|exploring)"
        r" (?:[\w']+ ){1,10}(?:too|as well)\b",
        r"\bpassionate about " + _gap(4) + r"(?:too|as well)\b",
        r"\b(?:is|are) (?:also )?(?:my|our) (?:[\w']+ )?(?:obsession|passion|focus|thing)s?"
        r" (?:too|as well)\b",
        r"\byour (?:[\w']+ )?(?:post|article|piece|talk|paper|thread|comment|slides|newsletter)s?"
        r" (?:[\w']+ ){0,12}(?:struck a chord|resonated|hit home|spoke to me|was (?:really |very"
        r" |so )?(?:useful|helpful|insightful))\b",
        r"\b(?:trying to do|doing|pushing for|working on) (?:exactly |much )?the same thing\b"
        r"|\btrying to do the same\b",
        r"\bshare (?:your|the same|a) (?:passion|interest)\b",
        r"\b(?:lei|vi) (?:tu|su) " + _gap(1) + r"(?:articulo|publicacion|post|entrada)\b",
        r"\bcompartimos (?:el |un )?(?:interes|pasion)\b",
        r"\btambien me (?:interesa|apasiona)\b",
        r"\bho letto (?:il tuo|la tua) " + _gap(1) + r"(?:post|articolo|pubblicazione)\b",
        r"\banch'io (?:mi occupo|sono appassionat|mi interesso)\w*\b",
        r"\b(?:ihren|deinen|ihr|dein) " + _gap(1) + r"(?:beitrag|artikel|post)\b[^|]{0,40}"
        r"\bgelesen\b",
        r"\binteressiere mich (?:auch|ebenfalls)\b",
        r"\bj'ai lu (?:votre|ton|ta) " + _gap(1) + r"(?:article|publication|post|billet)\b",
        r"\bpassionne\w* (?:aussi|egalement)\b",
        r"\bli (?:o |a )?(?:seu|sua|teu|tua) " + _gap(1) + r"(?:artigo|post|publicacao)\b",
        r"\btambem (?:me interesso|sou apaixonad)\w*\b",
        r"\b(?:membaca|baca) " + _gap(1) + r"(?:artikel|postingan|tulisan|unggahan)\w* "
        r"(?:anda|mbak|mas|kak|kakak|ibu|bapak|bu|pak)\b",
        r"\bsaya juga tertarik\b",
    ),
    Question.SAME_GROUPS: (
        r"\b(?:we're|we are) both (?:members|part of)\b",
        r"\bboth members of\b",
        r"\bfellow (?:[\w']+ ){0,4}members?\b",
        r"\b(?:also|too) a member\b",
        r"\bsame (?:group|association|club|chapter|society)\b",
        r"\bambos (?:somos )?miembros\b",
        r"\b(?:tambien|yo tambien) soy (?:miembro|soci[oa]|asociad[oa]|afiliad[oa])\b",
        r"\bsoy (?:miembro|soci[oa]) tambien\b",
        r"\bmismo (?:grupo|club)\b",
        r"\b(?:entrambi|entrambe|tutti e due|tutte e due) " + _gap(1) + r"(?:membri|soci|socie"
        r"|iscritti|iscritte)\b",
        r"\banch'io (?:sono )?(?:membro|socio|socia|iscritt[oa])\b",
        r"\bstesso (?:gruppo|club)\b",
        r"\bbeide " + _gap(1) + r"mitglied\w*\b",
        r"\b(?:auch|ebenfalls) mitglied\b",
        r"\b(?:gleichen|selben) (?:gruppe|verein|verband)\b",
        r"\b(?:tous|toutes) (?:les )?deux " + _gap(1) + r"membres?\b",
        r"\b(?:aussi|egalement) membre\b",
        r"\bmembre (?:aussi|egalement)\b",
        r"\bmeme (?:groupe|association|club)\b",
        r"\bambos (?:somos )?membros\b",
        r"\btambem sou (?:membro|soci[oa]|associad[oa]|filiad[oa])\b",
        r"\bmesmo (?:grupo|clube)\b",
        r"\bsesama anggota\b",
        r"\b(?:kita|kami) (?:sama sama |berdua )?anggota\b",
        r"\bjuga anggota\b",
        r"\b(?:grup|komunitas) yang sama\b",
    ),
    Question.MUTUAL_CONNECTION: (
        r"\b(?:suggested|recommended) (?:that )?(?:i|we|me to) (?:reach|connect|contact|get"
        r"|talk|speak|write|say)\w*\b",
        r"\breferred (?:me|by)\b",
        r"\bour mutual (?:friend|contact|colleague|connection|acquaintance)\b",
        r"\b(?:a|our|my) (?:mutual|common) (?:friend|colleague|acquaintance)\b",
        r"\ba friend in common\b",
        r"\b(?:told|tells) me (?:about you|to reach out|to contact you)\b",
        r"\bme (?:hablo|hablaron|conto|falou|falaram) (?:muy |muito )?(?:bien |bem )?(?:de|sobre)"
        r" (?:ti|usted|voce)\b|\bmi ha parlato (?:molto )?(?:bene )?di (?:te|lei)\b"
        r"|\bm'a (?:beaucoup )?(?:parle|dit du bien) de (?:toi|vous)\b"
        r"|\bhat mir (?:viel |schon viel )?von (?:dir|ihnen) erzahlt\b",
        r"\b(?:introduced|connected) us\b",
        r"\bgave me your (?:name|contact)\b",
        r"\bme (?:sugirio|recomendo|dijo) (?:que )?(?:te |le )?(?:contact|escrib|conect|habl)\w*\b",
        r"\b(?:un|una|nuestr[oa]) (?:amig[oa]|contacto|colega) en comun\b",
        r"\bmi ha (?:suggerito|consigliato) di (?:contattar|scriver|conoscer)\w*\b",
        r"\b(?:un|una|un'|il nostro|la nostra) ?(?:amic[oa]|contatto|collega) in comune\b",
        r"\bhat mir " + _gap(2) + r"(?:empfohlen|geraten|vorgeschlagen)\b",
        r"\b(?:ein|eine|einen|einer|unser\w*) gemeinsame[nrs]? (?:bekannte[nr]?|freund\w*"
        r"|kontakt|kolleg\w*)\b",
        r"\bauf empfehlung von\b",
        r"\bm'a (?:conseille|suggere|recommande) de\b",
        r"\b(?:un|une|notre) (?:ami|amie|contact|connaissance) (?:en )?commun\w*\b",
        r"\bme (?:sugeriu|recomendou|indicou) (?:que |te |lhe )?\w+\b",
        r"\b(?:um|uma|noss[oa]) (?:amig[oa]|contato|colega) em comum\b",
        r"\bpor indicacao de\b",
        r"\b(?:menyarankan|merekomendasikan) (?:saya|agar saya)\b",
        r"\bteman (?:yang sama|bersama kita)\b",
        r"\batas (?:rekomendasi|saran) \w+\b",
    ),
    Question.FELLOW_ALUMNI: (
        r"\bfellow (?:[\w']+ ){0,4}(?:alum|alumni|alumnus|alumna|grad|graduate|student"
        r"|classmate)s?\b",
        r"\bclass of (?:19|20|')\d\d\b",
        r"\banother (?:[\w']+ ){0,3}(?:alum|alumni|alumnus|alumna|grad|graduate)\b",
        r"\bwe(?:'re| are) both (?:[\w']+ ){0,3}(?:grads|graduates|alumni|alums)\b",
        r"\b(?:school|program|programme|class|university|college|uni|faculty)\b[^|]{0,60}"
        r"\b(?:years?|semesters?) (?:ahead of|behind) (?:me|you)\b",
        r"\b(?:i|we) (?:also )?(?:studied|graduated) " + _gap(5) + r"(?:too|as well)\b",
        r"\bwe (?:both )?(?:studied|graduated|went to school) (?:at|from|together)\b",
        r"\bwe both (?:studied|graduated|went to)\b",
        r"\bwe both did (?:the|our|a|an|my) (?:[\w']+ ){0,3}(?:masters?|degree|mba|phd|bsc|msc"
        r"|ba|ma|course|programme|program)\b",
        r"\b(?:19|20)\d\d(?: (?:19|20)?\d\d)? (?:cohort|intake|graduating class|batch"
        r"|promotion)\b",
        r"\b(?:same|our) (?:school|university|college|alma mater|cohort)\b",
        r"\bsame (?:[\w']+ ){0,2}(?:batch|intake|cohort|graduating class)\b",
        r"\b(?:grad|graduate|alum|alumni|alumnus|alumna|student) (?:[\w']+ )?(?:too|as well)\b",
        r"\bclassmates?\b",
        r"\bex ?alumn[oa]s?\b",
        r"\bestudiamos (?:juntos|juntas|en)\b",
        r"\bcompaner[oa]s? de (?:clase|universidad|promocion|carrera|estudios)\b",
        r"\bmisma (?:universidad|escuela|promocion|facultad)\b",
        r"\btambien (?:estudie|me gradue)\b",
        r"\bex ?(?:alunn|allievi|allieva|allievo)\w*\b",
        r"\babbiamo studiato\b",
        r"\bcompagn[oia] di (?:corso|universita|studi|classe)\b",
        r"\bstessa (?:universita|facolta|scuola)\b",
        r"\b(?:anch'io (?:ho studiato|mi sono laureat)|laureat[oa] anch'io)\w*\b",
        r"\bkommiliton\w*\b",
        r"\b(?:beide|auch|ebenfalls) " + _gap(5) + r"(?:studiert|promoviert)\b",
        r"\b(?:gleichen|selben) (?:uni|universitat|hochschule|schule)\b",
        r"\bjahrgang (?:19|20)\d\d\b",
        r"\bancien(?:ne)?s? (?:eleve|etudiant)\w*\b",
        r"\b(?:nous avons|on a) etudie\b",
        r"\bj'ai (?:aussi|egalement) etudie\b",
        r"\bmeme (?:ecole|universite|promo|promotion|fac)\b",
        r"\bpromo (?:19|20)\d\d\b",
        r"\bcamarades? de (?:promo|classe)\b",
        r"\bex ?alun[oa]s?\b",
        r"\bestudamos (?:juntos|juntas|na|no)\b",
        r"\bcolegas? de (?:turma|faculdade|universidade|curso)\b",
        r"\bmesma (?:universidade|faculdade|escola|turma)\b",
        r"\btambem (?:estudei|me formei)\b",
        r"\bsesama (?:alumni|anak|lulusan|almamater)\b",
        r"\balumni " + _gap(4) + r"juga\b",
        r"\b(?:satu almamater|almamater yang sama|kampus yang sama)\b",
        r"\bsaya juga (?:lulusan|alumni|kuliah)\b",
        r"\bangkatan (?:19|20)\d\d\b",
        # the graduating class by its year: "turma 2014", "promoción 2009", "generación 2012"
        r"\b(?:turma|promocion|generacion) (?:de )?(?:19|20)\d\d\b",
    ),
    Question.SPECIFIC_REASON: (
        r"\b(?:quick|one) (?:question|q)\b",
        r"\b(?:could|can|shall) we (?:talk|chat|speak|meet)\b",
        r"\b(?:we'd|we would|i'd|i would) like to (?:bring|visit|organi[sz]e|host|hold|run|propose"
        r"|arrange)\b(?![^|]{0,25}\b(?:network|connect))",
        r"\b(?:i have|i've got|got) a (?:quick |short )?question\b",
        r"\b(?:could|can|shall|may) (?:we|i) (?:set up|schedule|arrange|book|have|hop on|jump on)"
        r" (?:a|an) " + _gap(2) + r"(?:call|chat|meeting|conversation|zoom)\b",
        r"\bwould you be (?:open|available|willing|interested|up for)\b"
        r"(?! (?:to |in )?(?:connect|join|be connected|being connected|add|network))",
        r"\b(?:open|available) (?:to|for) (?:a |an )?(?:[\w']+ )?(?:chat|call"
        r"|conversation|coffee)\b",
        r"\b(?:have|has|with) an? (?:[\w']+ ){0,2}(?:opening|vacancy|position|job)\b",
        # a broker's or agent's client for the recipient's listing, a question about availability
        r"\bi (?:have|represent) an? (?:[\w']+ ){0,3}(?:client|buyer|tenant|investor)s? (?:who|that"
        r"|looking|interested)\b",
        r"\b(?:is|are) (?:[\w']+ ){0,6}still available\b",
        r"\b(?:opening|vacancy|position) (?:for|as)\b",
        r"\b(?:we're|we are) (?:building|launching|raising|looking for)\b",
        r"\b(?:invite|inviting) you (?:to|as)\b(?![^|]{0,25}\b(?:network|connect))",
        r"\b(?:we(?:'re| are)|i(?:'m| am)) (?:hiring|recruiting)\b",
        r"\bi(?:'m| am) (?:organizing|organising|hosting|putting together|planning)\b",
        r"\bi(?:'m| am) (?:writing|researching|preparing) (?:a|an|my) "
        + _gap(2)
        + r"(?:article|book|piece|paper|story|thesis|report|study|podcast|talk|feature|series"
        r"|documentary|episode)\b",
        r"\bwould love (?:a|an) (?:short |quick |brief )?(?:interview|chat|call) with you\b",
        r"\b(?:we'd|we would|i'd|i would) love (?:you|for you) to (?:run|speak|join|judge|mentor"
        r"|host|lead|present|give|share|teach|review)\b",
        r"\b(?:have|has) room for (?:a|an|one|another) (?:[\w']+ ){0,2}(?:co investor|investor"
        r"|partner|speaker|panelist|panellist|mentor)\b",
        r"\bwould (?:[\w']+ ){1,3}(?:want|like|care) to (?:take a look|join|participate"
        r"|co invest|come in)\b",
        r"\b(?:cerchiamo|buscamos|procuramos|nous cherchons|on cherche|wir suchen) "
        r"(?:un|una|un'|uno|une|um|uma|einen|eine|ein)\b",
        r"\b(?:reach(?:ing)? out|get(?:ting)? in touch|contact(?:ing)? you|writ(?:e|ing) to you)"
        r" (?:to you |with you )?(?:about|regarding|because|to ask|for)\b",
        r"\b(?:\d+|a few|ten|fifteen|twenty) minutes of your (?:time|brain)\b",
        r"\b(?:pick your brain|your brain on|your advice|your input|your feedback|your take"
        r"|your view"
        r"|your thoughts on"
        r"|your perspective on|your expertise)\b",
        r"\b(?:speak|present) at (?:our|my|the)\b",
        r"\bas (?:a|an|our) (?:guest|speaker|panelist|panellist|mentor|judge|keynote|advisor)\b",
        r"\b(?:give|deliver|do) a guest (?:lecture|talk|session|seminar)\b",
        r"\b(?:could|can|shall) we find (?:a )?time\b",
        r"\b(?:taken|taking|took) over your account\b|\bi'll be your (?:new )?(?:contact"
        r"|account manager|point of contact)\b",
        r"\b(?:seria|sarebbe|serait il|ware es|would it be) (?:possivel|posible|possibile|possible"
        r"|moglich)\b",
        r"\bcomo (?:invitad[oa]|ponente|orador[a]?|mentor[a]?|convidad[oa]|palestrante)\b",
        r"\bcome (?:ospite|relatore|relatrice|speaker|mentore)\b",
        r"\b(?:averti|averla|avervi|coinvolgerti|coinvolgerla) (?:come|tra|fra) (?:i |le |gli )?"
        r"(?:relator\w*|ospit\w*|speaker|panelist\w*|mentor\w*)\b",
        r"\bals (?:gast|referent\w*|sprecher\w*|speaker|mentor\w*)\b",
        r"\bcomme (?:invite|invitee|intervenant\w*|conferenci\w*|speaker)\b",
        r"\bsebagai (?:pembicara|narasumber|tamu|mentor|dosen tamu)\b",
        r"\b(?:i )?(?:wanted|want|would like) to ask\b|\bi'd like to ask\b",
        # a job or placement asked for: "I'd love to work with you", "lavorare nel vostro studio"
        r"\b(?:love|like) to (?:work|intern) (?:with|for|at) (?:you|your)\b|\bjoin your team\b"
        r"|\blavorare (?:nel vostro|con voi|per voi|nel tuo)\b|\btrabajar (?:con ustedes|en su"
        r"|en tu|con usted|contigo)\b|\btravailler (?:avec vous|dans votre|pour vous)\b"
        r"|\bbei (?:ihnen|euch|dir) (?:zu )?arbeiten\b|\btrabalhar (?:com voces|no seu|na sua"
        r"|com voce)\b",
        r"\bje (?:prepare|monte|lance) (?:un|une)\b",
        r"\b(?:looking for|seeking) (?:a |an )?(?:fellowship|internship|placement|elective"
        r"|residency|apprenticeship|phd position|supervisor)s?\b",
        r"\bsaya sedang mencari (?:program|posisi|lowongan|mentor|magang|beasiswa|fellowship)\b",
        r"\b(?:quisiera|queria|me gustaria) saber si\b|\b(?:vorrei|volevo) sapere se\b"
        r"|\b(?:j'aimerais savoir|je voulais savoir|je me demandais) si\b"
        r"|\b(?:ich wollte|wollte) (?:sie |dich )?fragen ob\b|\b(?:gostaria de|queria) saber se\b",
        r"\b(?:could|can) you recommend\b|\b(?:me )?(?:podria|podrias|puede|puedes) recomendar\b"
        r"|\b(?:pourriez vous|pourrais tu) (?:me )?recommander\b",
        r"\b(?:looking for|seeking) (?:a |an )?(?:[\w']+ ){0,3}(?:mentor|speaker|advice"
        r"|co founder|cofounder|partner|collaborator|advisor|adviser|investor|judge|reviewer"
        r"|producer|supplier|distributor)s?\b",
        r"\b(?:busco|buscando) (?:una |un )?(?:pasantia|practica|practicas|beca|residencia)\b"
        r"|\bprocuro (?:um |uma )?(?:estagio|bolsa)\b|\bcerco (?:uno |un )?(?:stage|tirocinio)\b",
        r"\b(?:happy|glad) to walk (?:you|your (?:[\w']+ ){0,2}team) through\b",
        r"\b(?:happy|glad) to (?:open|send|submit|make) (?:a|the) (?:pr|pull request|patch|fix)\b",
        r"\b(?:hear|ask|learn) about (?:any )?(?:[\w']+ )?(?:openings|vacancies|positions|roles"
        r"|opportunities) (?:on|in|at|with) your\b",
        r"\b(?:chance|opportunity) to interview you\b|\binterview you for\b",
        r"\bwould love to (?:invite|interview|feature|collaborate|partner|have you (?:on|as|join"
        r"|speak|present|talk|at))\b",
        r"\bhost (?:a|an) " + _gap(2) + r"(?:session|event|workshop|webinar|talk)\b",
        r"\b(?:una )?(?:pregunta|consulta) (?:rapida|breve)\b",
        r"\bwho (?:is|would be) the (?:right|best|correct) (?:person|contact|people)\b",
        r"\bwho should i (?:talk|speak|reach out|write) to\b",
        r"\bquien (?:es|seria) la persona (?:indicada|adecuada|correcta)\b",
        r"\bqui (?:est|serait) la bonne personne\b",
        r"\bchi (?:e|sarebbe) la persona giusta\b",
        r"\bwer (?:ist|ware) (?:der|die) richtige ansprechpart\w*\b",
        r"\bquem (?:e|seria) a pessoa certa\b",
        r"\b(?:could|can|shall) we (?:discuss|talk about|chat about|speak about) (?:this|it"
        r"|that|how|whether)\b",
        r"\b(?:pourrions|pouvons|pourrait|peut) (?:nous|on) en (?:discuter|parler)\b",
        r"\btengo una (?:pregunta|consulta)\b",
        r"\b(?:me gustaria|quisiera|queremos) invitar\w*\b(?![^|]{0,25}\b(?:red|conectar))",
        r"\bestamos (?:contratando|buscando)\b",
        r"\b(?:estoy|estamos) armando (?:un|una|el|mi) (?:equipo|area)\b",
        r"\b(?:la |una )?(?:posicion|puesto|vacante|plaza) de [a-z]",
        r"\bestoy (?:organizando|preparando)\b",
        r"\b(?:organizo|organizamos|coordino) (?:un|una|unos|unas|el|la)\b",
        r"\bestoy escribiendo (?:un|una|mi)\b",
        r"\bme (?:encantaria|gustaria) que (?:dieras|dieses|participaras|vinieras|colaboraras"
        r"|nos (?:contaras|ayudaras|acompanaras))\b",
        r"\b(?:podemos|podriamos) hablar\b",
        r"\b(?:podriamos|podemos) (?:agendar|tener|organizar|programar) (?:una )?"
        r"(?:llamada|reunion|charla)\b",
        r"\buna domanda (?:veloce|rapida)\b",
        r"\b(?:sarebbe|saresti) disponibile\b|\bdisponibile per una (?:breve )?(?:chiamata|call"
        r"|chiacchierata)\b|\b(?:vorrei|vorremmo) (?:una consulenza|tradurre|usare|utilizzare"
        r"|intervistarti|coinvolgerti)\b|\bposso (?:scriverti|chiederti|contattarti|contattarla"
        r"|chiamarti|chiamarla|telefonarti|sentirti)\b",
        r"\bpermission to (?:use|translate|share|quote|cite|reproduce)\b",
        r"\b(?:i )?(?:was )?wonder(?:ed|ing) (?:whether|if)\b",
        r"\bpoint me (?:to|towards|in the right direction)\b",
        r"\bho una domanda\b",
        r"\b(?:vorrei|vorremmo) invitar\w*\b(?![^|]{0,25}\brete)",
        r"\bsto (?:organizzando|preparando|scrivendo)\b",
        r"\b(?:organizzo|organizziamo) (?:un|una|il|la)\b",
        r"\b(?:possiamo|potremmo) (?:parlarne|sentirci|parlare)\b",
        r"\bstiamo (?:assumendo|cercando)\b",
        r"\b(?:potremmo|possiamo) (?:fissare|organizzare|fare|programmare) (?:una )?"
        r"(?:call|chiamata|riunione|chiacchierata)\b",
        r"\b(?:kurze|eine) frage\b",
        r"\b(?:mochte|wurde|mochten|wurden) (?:sie|dich|euch) (?:(?!netzwerk)\w+ ){0,5}"
        r"einladen\b",
        r"\bwir stellen (?:\w+ )?ein\b",
        r"\bich (?:organisiere|plane)\b",
        r"\bich schreibe " + _gap(6) + r"(?:artikel|buch|beitrag|bachelorarbeit|masterarbeit"
        r"|doktorarbeit|studie)\b",
        r"\b(?:darf|durfte|kann|konnte) ich (?:ihnen|dir|sie|dich) "
        + _gap(4)
        + r"(?:fragen|frage)\b",
        r"\b(?:konnten|konnen) wir " + _gap(4) + r"(?:telefonieren|call|termin|gesprach)\w*\b",
        r"\b(?:konnten|konnen) wir (?:daruber|das) (?:sprechen|besprechen|reden)\b",
        r"\b(?:petite|une) question\b",
        r"\bj'aimerais (?:vous|te) (?:inviter|proposer|poser)\b(?![^|]{0,25}\breseau)",
        r"\bnous recrutons\b",
        r"\bj'organise\b",
        r"\b(?:pourrions|pourrait|pouvons|pourrait on|pourrions nous) "
        + _gap(1)
        + r"(?:organiser|planifier|prevoir|fixer|avoir) (?:un|une) (?:appel|echange"
        r"|rendez vous|reunion)\b",
        r"\bpergunta rapida\b",
        r"\btenho uma (?:pergunta|duvida)\b",
        r"\bgostari(?:a|amos) de (?:te |lhe )?convid\w*\b(?![^|]{0,25}\brede)",
        r"\bestamos contratando\b",
        r"\bestou (?:organizando|preparando|escrevendo)\b",
        r"\b(?:podemos|poderiamos) (?:falar|conversar)\b",
        r"\b(?:poderiamos|podemos) (?:marcar|agendar|ter|fazer) (?:uma )?(?:chamada|ligacao"
        r"|reuniao|conversa|call)\b",
        r"\bpertanyaan singkat\b",
        r"\bsaya punya (?:satu )?pertanyaan\b",
        r"\bmengundang (?:anda|ibu|bapak|mbak|mas|kak|kakak)\b(?![^|]{0,25}\bjaringan)",
        r"\b(?:mau|ingin|pengen|boleh) (?:tanya|bertanya|nanya)\b",
        r"\b(?:apakah|apa) (?:anda |ibu |bapak |mbak |mas |kak )?(?:ada|punya) waktu\b",
        r"\b(?:ingin|mau|pengen) (?:berdiskusi|diskusi|mendiskusikan|mengajak)\b",
        r"\b(?:boleh|bolehkah|bisa|bisakah) (?:saya |aku )?minta waktu\b",
        r"\bkami sedang (?:merekrut|mencari)\b",
        r"\bsaya sedang (?:menyelenggarakan|mengadakan|menyusun)\b",
        r"\b(?:boleh|bolehkah|bisakah) saya (?:bertanya|tanya|mewawancarai|meminta|minta)\b",
        r"\bsaya sedang menulis (?:skripsi|tesis|disertasi|artikel|buku|makalah)\b",
        r"\b(?:may|could|can) i ask (?:you )?(?:a|some|few|about|for|how|what|whether|if)\b",
        r"\b(?:puis je|pourrais je) vous (?:poser|demander|interroger)\b",
        r"\bje (?:realise|redige|fais|ecris|prepare) (?:un|une|mon|ma) (?:memoire|these|etude"
        r"|enquete|article|livre|podcast)\b",
        r"\b(?:accepteriez vous|seriez vous (?:d'accord|disponible|prete?|ouverte?|interesse"
        r"|partant))\b",
        r"\b(?:puedo|podria) (?:preguntarte|preguntarle|hacerte una pregunta)\b",
        r"\b(?:posso|potrei) (?:chiederti|chiederle|farti una domanda)\b",
        r"\b(?:vorrei|volevo|vorremmo) (?:chieder(?:ti|le|vi)|farti (?:qualche|una|alcune) domand)"
        r"\w*\b|\bfarti (?:qualche|una|alcune) domand\w*\b",
        r"\b(?:quisiera|queria|me gustaria) (?:preguntarte|preguntarle|pedirte|pedirle)\b",
        r"\b(?:j'aimerais|je voulais|je souhaiterais) vous (?:demander|poser)\b",
        r"\b(?:ich wollte|ich mochte|ich wurde) (?:sie|dich) (?:gerne |gern )?fragen\b",
        r"\b(?:queria|gostaria de) (?:te |lhe )?(?:perguntar|pedir)\b",
        r"\bdarf ich (?:sie|dich) " + _gap(2) + r"fragen\b",
        r"\b(?:posso|poderia) (?:te |lhe )?(?:perguntar|fazer uma pergunta)\b",
        r"\b(?:entretien|entrevista|intervista|wawancara|mewawancarai) (?:de |di |selama )?\d+\b",
        r"\b(?:bisakah|boleh|bisa) kita (?:menjadwalkan|mengatur|atur|jadwalkan) "
        + _gap(2)
        + r"(?:panggilan|telepon|pertemuan|call|rapat)\b",
    ),
}

# "work" in five languages, but not "you work" ("trabajas", "lavori", "travaillez"...): what
# the recipient does is no reason for the writer to connect.
_WORK_VERBS = (
    r"trabaj(?!as\b|ais\b)\w*|lavor(?!i\b)\w*|arbeit(?!est\b)\w*|travaill(?!es\b|ez\b)\w*"
    r"|trabalh(?!as\b)\w*"
)

# Next to one of your terms of the matching kind, these words answer the question.
CUES: Final[dict[Question, str]] = {
    Question.MET_IN_PERSON: (
        r"\b(?:met|meet|meeting|saw|see|seeing|talk\w*|chat\w*|spoke|speak\w*|conversation"
        r"|booth|panel|session|visit\w*|conocimos|vimos|charla\w*|conosciut\w|incontrat\w*"
        r"|kennengelernt|kennenzulernen|getroffen|gesehen|rencontr\w*|croise\w*|conhec\w*|bertemu"
        r"|conocerte|conocerle|conocernos|te vi|estuve en"
        r"|bump\w*|ran into|run into|both at"
        # conversation verbs: talking at one of your events means you were both there
        r"|echang\w*|discut\w*|unterhalten|chiacchier\w*|ngobrol|mengobrol|coincid\w*"
        r"|hablamos|conversamos|platic\w*|atelier|workshop|masterclass|tasting|degustacion|cata"
        r"|dinner"
        r"|lunch|breakfast|drinks|reception|cena|almuerzo"
        r"|(?:same|meme|misma|mismo|stessa|stesso|mesma|mesmo) (?:team|equipe|equipo|squadra"
        r"|time|table|mesa|tavolo))\b"
    ),
    Question.SAME_ORGANIZATION: (
        r"\b(?:join\w*|(?<!you )(?<!you're )(?<!your )work\w* (?:at|for|with)|colleague\w*"
        r"|(?<!you )(?<!you're )(?<!your )working in"
        r"|coworker\w*|squad|back when|back in|we shared|paths crossed|years ago"
        r"|(?:in|from|around|until) (?:19|20)\d\d"
        r"|teammate\w*|team|both (?:at|with|worked)|(?:i|we) (?:was|were) (?:both )?at"
        r"|(?:i|we) (?:was|were) (?:on|in) (?:[\w']+ ){1,3}at|new (?:starter|joiner|hire)"
        r"|department|started|same period|same time|gearbeitet|beide beim"
        r"|(?:i've been|i have been|i'm|i am) (?:heading|leading|running|managing) (?:[\w']+ ){0,2}"
        r"(?:for|at)"
        r"|ich bin (?:[\w']+ ){0,4}(?:bei|beim)"
        r"|employee|also at|here at|overlapped|our time (?:at|with|in)|here(?= ?(?:\||$))"
        rf"|{_WORK_VERBS}"
        r"|former|formerly|previously|ex|ancien\w*|antig[ou]\w*|ehemalig\w*|mantan"
        r"|bekerja|collega|colleghi|kolleg\w*|collegue\w*"
        r"|colega\w*|rekan|equipo|equipe|incorpor\w*|entrat[oa]|angefangen|rejoint|ingress\w*"
        r"|entrei|entrou|acabei de entrar|acabo de entrar|entrar (?:na|no|en|a|para)|comecei"
        r"|first (?:week|weeks|day|days|month|shift)|(?:i |we )?(?:start|starting) (?:as|at|with"
        r"|in|on)"
        r"|(?<![\d] )days"
        r"|empece|bossai\w*|bossions"
        r"|bergabung|integr\w*|arriv\w*|station|ward|reparto|abteilung|departament\w*"
        r"|dipartiment\w*|companer\w*|compagn[oia]|companheir\w*|coleg\w*"
        # an internship or placement there, or being the new one there
        r"|placement|intern|internship|stage|stagiaire|praktik\w*|tirocini\w*|pasantia"
        r"|estagi\w*|magang|supervis\w*|(?<!your )(?<!the )new|(?:i'm|i am) the new|nouvel\w*"
        r"|nuev[oa]|nuov[oa]|neue\w*|(?:wir )?waren (?:zusammen|gemeinsam|beide)|entre (?:el mes"
        r"|la semana|hace|este ano|como)|ingrese|me vincule|vinculad[oa]"
        r"|nov[oa]|baru)\b"
    ),
    Question.SAME_INDUSTRY: (
        r"\b(?:peer\w*|too|also|as well|same|fellow|(?<!you )(?<!you're )(?<!your )work\w* in"
        r"|i'm in"
        r"|i am in|background in|(?:i've|i have|i ve) been (?:working )?in|years in"
        r"|(?:i|we) (?:lead|head|direct|oversee|look after|handle|do)|dirijo|lidero|coordino"
        r"|dirigo"
        r"|coordeno"
        r"|je dirige|ich leite|gestisco|mengelola|memimpin|rekan(?: rekan)? di|ho uno studio"
        r"|colleghi|colleghe|coleg\w* (?:del|do|de la|da) (?:sector|setor|industria"
        r"|area|ramo|gremio)|colleghi del settore|collegues du secteur|kollegen aus der branche"
        r"|here(?= ?(?:\||$))|(?:i'm|i am|i work as) an? (?:[\w']+ ){0,3}(?:at|in|for) an?"
        r"|career in|tambien|anche|anch'io|auch|ebenfalls|aussi|egalement|tambem|juga"
        # "other ICU nurse leaders", "I manage a 24-bed ICU", "lavoro nel fintech"
        r"|other\w*|otr[oa]s|altr[ie]|andere\w*|autres|outr[oa]s|manag\w*|run|build\w*"
        rf"|{_WORK_VERBS}|bekerja)\b"
    ),
    Question.SHARED_INTERESTS: (
        r"\b(?:too|also|as well|passion\w*|interest\w*|working (?:[\w']+ ){0,3}on|work on"
        r"|focus\w* on"
        r"|read your|your (?:[\w']+ )?(?:post|article|piece|talk|paper|presentation|keynote"
        r"|webinar|podcast|slides|thread|newsletter"
        r"|session|interview)s?|love\w* to (?:talk|chat|discuss|learn|hear)|posts|articles"
        r"|talks|papers|webinars|podcasts|interviews|pilot|audit|writing up|i lead|we lead"
        r"|follow\w* your|seguo|seguiamo|sigo|acompanho|verfolge|reviewed my|my pr|pull request"
        r"|same thing|dissertation|the focus of my|my focus|essays?|chapter|(?:i|we) work with"
        r"|(?:topic|subject) of my|beschaftig\w*|befasse mich|arbeite an|me dedico a|mi occupo di"
        r"|riset saya|penelitian saya"
        r"|hier(?= ?(?:\||$))"
        r"|contribut\w*|(?:i|we) (?:run|manage|head|handle|look after)|spot on"
        r"|here(?= ?(?:\||$))"
        r"|(?:exactly |the )?(?:same|that|this) problem|wrestling with"
        r"|tambien|anche|auch|aussi|tambem|juga|interes\w*|apasion\w*|appassion\w*"
        r"|passionn\w*|apaixon\w*|begeister\w*|tertarik"
        # "my PhD is on ...", "your comments on ...", "je travaille sur ..."
        r"|research\w*|phd|thesis|(?:ma|sa|ta|une|la|de|votre|mon) these|memoire|tesis|skripsi"
        r"|same problem|(?:is|are) (?:basically |pretty much |literally )?my (?:whole |main |day"
        r" |daily |full time )?(?:job|work|focus|field|area|specialty|speciality|thing)"
        r"|write up|tackl\w*|travaill\w* sur|lavor\w* su|your work)\b"
    ),
    Question.SAME_GROUPS: (
        r"\b(?:member\w*|group|miembro\w*|grupo|membr\w*|gruppo|soci[oa]|mitglied\w*|gruppe"
        r"|groupe|anggota|grup|chapter|forum|slack|both|ambos|ambas|entrambi|entrambe|beide"
        r"|berdua|os dois|as duas|los dos|las dos|tous les deux|toutes les deux"
        r"|adherent\w*|inscrit\w*|iscritt\w*|also|too|aussi|auch|tambien|anche|tambem|juga"
        r"|fellow|part of|rep|as well|mentor\w*|cohort|join\w*|committee|board|i'm on|i am on"
        r"|i sit on|faccio parte|fa parte|formo parte|mailing list|listserv|lurk\w*|another"
        r"|hago parte|fais partie|faco parte|companer\w*|por aqui|collega|colleghi|colleghe"
        r"|colega\w*|collegue\w*|kolleg\w*"
        r"|here(?= ?(?:\||$)))\b"
    ),
    Question.MUTUAL_CONNECTION: (
        r"\b(?:suggest\w*|recommend\w*|referr\w*|told|introduc\w*|mentioned|sugiri\w*"
        r"|recomend\w*|suggerit\w*|consigliat\w*|empfohlen|conseill\w*|sugeriu|indicou"
        r"|menyarankan)\b"
    ),
    Question.FELLOW_ALUMNI: (
        r"\b(?:alum\w*|ex ?alumn\w*|grad|graduat\w*|(?<!you )(?:studied|study|studying)|degree"
        r"|mba|phd|msc"
        r"|bsc|class of|classmate\w*|alma mater|estudi\w*|egresad\w*|studiato|laurea\w*"
        r"|studiert|studium"
        r"|absolvent\w*|etudi\w*|diplome\w*|formei|formad[oa]|estudei|lulusan|kuliah"
        r"|almamater|ancien\w*|master\w*|bachelor\w*|abgeschlossen|abschluss|licenciatura"
        r"|undergrad\w*|postgrad\w*|did my|went through|went to|another|crossed paths"
        r"|paths crossed|passat[oa]|pasad[oa]"
        r"|(?<!our )programm?e?s?"
        r"|\w*semester|too|jahrgang\w*|auch|promov\w*|wir beide|beide an"
        r"|same (?:year|time|class|cohort) as you|(?:a |one |two |\d )?(?:year|years|class)"
        r" (?:behind|ahead of|above|below|after|before) (?:you|me)"
        r"|'\d\d"
        r"|magistrale|ehemalige\w*|maestria|mestrado|generacion|tambien|companer\w*"
        r"|doutorado|doctorado|dottorato|doctorat|doktorand\w*|(?:finished|completed) my"
        r"|ich war (?:[\w']+ ){0,5}an der"
        # an exchange semester there, or "I too" next to your school
        r"|erasmus|exchange|intercambio|scambio|austausch\w*|echange|anch'io|anche io"
        r"|yo tambien|moi aussi|eu tambem|saya juga|me too|as well)\b"
    ),
}

# Negations: a claim or cue right after one of these is denied ("we have never met",
# "no nos conocemos", "wir haben uns noch nie getroffen", "belum pernah bertemu").
NEGATIONS: Final[str] = (
    r"\b(?:never|not|\w+n't|no|nunca|todavia no|aun no|non|mai|nie|nicht|noch nie|ne|n'\w+"
    r"|jamais|nao|ainda nao|belum|tidak|tak|bukan)\b"
)

# The one pitch family that also praises the recipient when the figures are theirs ("how your
# campus cut suspensions in half"): checklist.py reads it so only in the writer's sentences.
GROWTH_FIGURES: Final[str] = "promises growth figures"

# Selling language. Each family: (what the reason line says it does, pattern).
PITCHES: Final[tuple[tuple[str, str], ...]] = (
    (
        "offers a demo",
        r"\bbook your (?:[\w']+ )?demo\b"
        r"|\b(?:a|an|our|free|quick|short|live|personali[sz]ed|\d+ ?min\w*|\d+ ?minute"
        r"|una|uma"
        r"|une|eine|unsere|nuestra|notre|nossa) "
        r"(?:[\w']+ )?demo\b|\bdemo (?:call|session|meeting)\b"
        r"|\b(?:demostracion|dimostrazione|demonstracao|demonstrasi)\b",
    ),
    (
        GROWTH_FIGURES,
        # "10x your pipeline", "3x faster"; not a model name such as "the Falcon 6X"
        r"\b\d+ ?x (?:more|faster|growth|roi|returns?|revenue|increase|your|the|in|better"
        r"|bigger|higher|sales|leads|pipeline|engagement|conversions?)\b|\broi\b"
        r"|\b(?:boost|increase|grow|double|triple|scale|skyrocket) (?:your )?"
        r"(?:[\w']+ ){0,3}(?:sales|revenue|leads|pipeline|attendance|conversions?|traffic"
        r"|engagement|business|followers)\b|\b(?:generate|more|qualified|b2b) leads\b"
        r"|\blead generation\b|\baumentar (?:sus|tus|las|suas|as) (?:ventas|vendas)\b"
        r"|\b(?:cut|cuts|reduced?|slash\w*|boost\w*|increas\w*|improv\w*|doubl\w*|tripl\w*)"
        r" (?:[\w']+ ){0,5}(?:by (?:up to |over |about )?\d+(?: percent)?\b|in half)"
        r"|\b(?:made|earned|gained|returned) \d+ (?:percent )?(?:last|this|per|a|in|every)\b"
        r"|\b\d+(?: percent)? (?:below|under|cheaper than|less than) (?:what|the|your|market"
        r"|other"
        r"|big)\b"
        r"|\b(?:memangkas|menghemat|menurunkan|meningkatkan) (?:[\w']+ ){0,4}(?:hingga|sampai"
        r"|sebesar) \d+"
        r"|\bsave\w* (?:[\w']+ ){0,2}\d+ (?:hours|days|percent)\b"
        r"|\bqualified (?:meetings|leads|appointments|prospects)\b"
        r"|\broas\b|\b(?:duplicamos|raddoppiamo|doublons|verdoppeln|duplicamos)\b"
        r"|\baumentare (?:le )?vendite\b|\bumsatz (?:zu )?steigern\b"
        r"|\baugmenter (?:vos|tes) ventes\b|\bmeningkatkan penjualan\b"
        r"|\bclientes potenciales\b",
    ),
    (
        "quotes prices",
        r"\b(?:our|my) tariff\w*\b|\btariffe\b|\b(?:flat|fixed) fee\b|\b(?:fee|rate|price) sheet\b"
        r"|\b(?<!your )price list\b|\b(?:sharp|competitive|special|discounted|keen|great"
        r"|attractive|top) (?:[\w']+ )?rates\b"
        r"|\ba quote (?:in|into|to) your inbox\b|\bpenawaran harga\b"
        r"|\bcondizioni (?:speciali|riservate|agevolate)\b|\bcondiciones especiales\b"
        r"|\bconditions (?:speciales|preferentielles)\b|\bsonderkonditionen\b"
        r"|\bcondicoes especiais\b"
        r"|\b(?:our|my) pricing\b|\bpricing (?:page|plans?|details|options|deck)\b"
        r"|\bour (?:prices|rates|packages)\b|\b(?:nuestr[oa]s|mis) (?:precios|tarifas)\b"
        r"|\b(?:i nostri|i miei) prezzi\b|\blistino\b|\bunsere preise\b|\bpreisliste\b"
        r"|\b(?:prezzi|precios|prix|precos|preise) (?:muy |molto |tres |muito |sehr )?"
        r"(?:imbattibili|imbatibles|imbattables"
        r"|imbativeis|unschlagbar\w*|competitiv\w*|speciali|especiales)\b|\bunbeatable prices\b"
        r"|\b(?:mandarti|inviarti|mandarle|inviarle) (?:un|il nostro) preventivo\b"
        r"|\bnos (?:prix|tarifs)\b|\bnossos precos\b"
        r"|\breduced (?:[\w']+ )?(?:fees|rates|prices|pricing)\b"
        r"|\b(?:a |an )?(?:very |really |most )?(?:attractive|unbeatable) (?:price|prices|pricing"
        r"|rate|fee)\b"
        r"|\bput together (?:a|an) (?:quote|proposal|estimate|offer)\b"
        r"|\b(?:we're|we are) running (?:a|an) (?:[\w']+ ){0,3}(?:offer|promotion|promo|deal"
        r"|discount|sale)\b"
        r"|\b(?:tarifas|tariffe|tarifs) (?:muy |molto |tres |muito )?competiti\w*\b"
        r"|\bdaftar harga\b|\bharga (?:khusus|spesial|terbaik)\b"
        r"|\b(?:\d+ (?:hour|day|week)s? |fast |quick )turnaround\b"
        r"|\b(?:otimo|excelente|melhor) custo beneficio\b|\b(?:excelente|mejor) relacion calidad"
        r" precio\b|\b(?:ottimo|miglior) rapporto qualita prezzo\b",
    ),
    (
        "promotes a product",
        # "our platform" sells; "an audit for our mobile app" is the writer's own work
        r"\b(?<!for )(?<!on )(?<!of )(?<!in )(?<!into )(?<!to )"
        r"our (?!(?:usual|own|internal|existing|current|old|favou?rite|in house)\b)"
        r"(?:[\w']+ ){0,4}(?:platform|software|solution|tool|product|app|suite|add on"
        r"|addon|plugin|module|service)s?\b"
        r"(?! (?:team|group|department|engineer|manager|lead|roadmap|org|pipeline|portfolio"
        r"|development|launch|owner|design|strategy|line|fit|complement))"
        r"|\bnuestr[oa] (?:plataforma|solucion|herramienta|aplicacion|software|producto)\b"
        r"|\b(?:la nostra|il nostro) (?:piattaforma|soluzione|software|prodotto|strumento)\b"
        r"|\bunser\w* (?:plattform|losung|software|tool|produkt)\w*\b"
        r"|\bnotre (?:plateforme|solution|outil|logiciel|produit)\b"
        r"|\bnoss[oa] (?:plataforma|solucao|ferramenta|software|produto)\b"
        r"|\b(?:platform|solusi|produk|aplikasi|layanan|sistem)(?: \w+){0,3} kami\b"
        r"|\b(?:we've|we have) built (?:a|an) (?:[\w']+ ){0,2}(?:tool|platform|product|solution|app"
        r"|software|engine|system|dashboard|api)\b"
        r"|\bautomates? (?:about |around |up to |over )?\d+\b",
    ),
    (
        "sells services",
        r"\bour (?:agency|firm|company|team) (?:offers|provides|helps|specializes|connects"
        r"|represents|delivers)\b"
        r"|\byour esteemed (?:organi[sz]ation|company|firm|institution)\b"
        r"|\bif (?:your team|you) ever needs? (?:help|support|a hand)\b"
        r"|\bavailable at (?:rs|inr|usd|eur|gbp|aud )?\d+|\b(?:we're|we are) placing\b"
        r"|\bwe place (?:[\w']+ ){0,3}(?:engineers|developers|nurses|candidates|talent"
        r"|professionals|staff|people|consultants|coaches|advisers|advisors|tutors|teachers"
        r"|recruiters|accountants|analysts|designers|interns|temps|contractors|freelancers)\b"
        r"|\b(?:affordable|cheap|low cost|competitive) (?:[\w']+ ){0,2}(?:services?|rates|costs?"
        r"|prices"
        r"|pricing|packages|solutions|plans)\b|\bnuestra agencia\b|\bservicios (?:asequibles"
        r"|economicos)\b|\bla nostra agenzia\b|\bservizi (?:convenienti|economici)\b"
        r"|\bunsere agentur\b|\bgunstig\w*\b|\bnotre agence\b|\babordables?\b"
        r"|\bnossa agencia\b|\bservicos acessiveis\b|\bagensi kami\b|\bjasa kami\b"
        r"|\bterjangkau\b"
        r"|\b(?:we're|we are) an? (?:[\w']+ ){0,3}(?:agency|consultancy|vendor|provider|studio|firm"
        r"|manufacturer|supplier|distributor)\b"
        r"|\b(?:siamo (?:produttori|fornitori|distributori)|somos (?:fabricantes|proveedores"
        r"|distribuidores|fornecedores)|nous sommes (?:fabricant|fournisseur|distributeur)\w*"
        r"|wir sind (?:hersteller|lieferant|anbieter)\w*)\b"
        r"|\b(?:we've|we have) helped (?:over |more than )?\d+"
        r"|\bour team of \d+|\b(?:helps|help) (?:[\w']+ ){0,2}(?:companies|businesses|brands"
        r"|startups|retailers|teams) (?:[\w']+ ){0,4}(?:faster|cheaper|better|grow|scale|ship)\b"
        r"|\baccredited (?:[\w']+ ){0,3}(?:programs?|programmes?|courses?|training)\b"
        r"|\breaching out from (?:a|an) (?:[\w']+ ){0,3}(?:firm|agency|company|consultancy|vendor"
        r"|provider)\b|\b(?:contingency|success fee) basis\b|\bauf erfolgsbasis\b"
        r"|\brevenue share\b|\b\d+ \d+ (?:commission )?split\b"
        r"|\bfor (?:companies|teams|startups|start ups|firms|businesses|founders) like (?:yours"
        r"|you)\b|\b(?:companies|teams|startups|firms|businesses|hospitals|clinics|schools"
        r"|universities|practices|brands|banks|agencies|offices) like yours (?:are|have|use|save"
        r"|cut)\b|\bfur (?:start ups|unternehmen|firmen) wie\b"
        r"|\byour (?:\d{4} )?(?:l ?d|l and d|training|learning|hiring|marketing|staffing"
        r"|recruiting|recruitment) (?:plans?|budget"
        r"|needs|roadmap)\b"
        r"|\b(?:notre|nuestra|nuestro|la nostra|il nostro|unsere?|nossa|nosso) (?:agence|cabinet"
        r"|societe|agencia|empresa|agenzia|azienda|agentur|firma) (?:propose|offre|ofrece|offre"
        r"|bietet|oferece)\b"
        r"|\b(?:tarifs? reduits?|prix competitifs|prezzi competitivi|precios competitivos"
        r"|precos competitivos|harga bersaing)\b"
        r"|\b(?:first|initial) (?:hire|placement|month|session|consultation|audit) (?:is )?free\b"
        r"|\b(?:somos|siamo|nous sommes|wir sind) (?:una |un |une |uma |eine )?(?:agencia|agenzia"
        r"|agence|agentur|consultora|consultoria|studio)\b|\b(?:chiavi in mano|llave en mano"
        r"|cle en main|turnkey)\b"
        r"|\bpre ?vetted\b|\b(?:my|our) (?:[\w']+ ){0,2}and (?:my |our )?rates\b"
        r"|\boverflow (?:work|projects|capacity)\b",
    ),
    (
        "asks for a sales call",
        r"\bbook (?:a|an|\d+) " + _gap(1) + r"(?:call|meeting|demo|minutes|mins|min)\b"
        r"|\bworth a (?:quick |short |\d+ ?min\w* )?(?:call|chat|walkthrough|demo)\b"
        r"|\bworth (?:a |your )?(?:quick |short )?(?:\d+|few|ten|fifteen|twenty) ?min\w*\b"
        r"|\b(?:grab|get|steal|book) (?:\d+|a few|ten|fifteen|twenty|thirty) ?min\w* (?:on|in)"
        r" your (?:calendar|diary|schedule|agenda)\b"
        r"|\bun creneau de \d+ ?min\w*\b"
        r"|\bcomplimentary\b|\bwalk you through\b|\btake (?:\w+ )?off your plate\b"
        r"|\b(?:show|give) you a (?:quick |short |\d+ ?min\w* )?(?:walkthrough|walk through)\b"
        r"|\bno obligation\b|\b(?:senza impegno|sin compromiso|sans engagement|sem compromisso"
        r"|unverbindlich\w*)\b"
        r"|\b(?:sessione|sesion|session|sessao|sitzung|consulenza|consulta) (?:\w+ )?(?:gratuita"
        r"|gratis|gratuite|kostenlos)\b"
        r"|\b(?<!for our )(?<!for the )(?<!to our )(?<!the )(?:next|new) (?:[\w']+ ){0,3}"
        r"(?:cohort|intake|bootcamp|masterclass)\b(?!'s)"
        r"|\b(?:free|no cost) (?:\d+ ?(?:day|week|month) )?(?:trial|pilot|consultation|audit"
        r"|quote|session"
        r"|strategy call"
        r"|discovery call|masterclass|webinar)\b|\bprueba gratuita\b"
        r"|\b(?:my|our) (?:[\w']+ ){0,2}(?:coaching|mentoring|training) (?:program\w*|course"
        r"|package|masterclass)\b|\bdm me\b"
        r"|\b(?:notre|mon) programme (?:de )?(?:coaching|formation|accompagnement|mentorat)\b"
        r"|\b(?:nuestro|mi) programa de (?:coaching|formacion|mentoria)\b"
        r"|\b(?:il nostro|il mio) programma di (?:coaching|formazione|mentoring)\b"
        r"|\b(?:unser|mein) (?:coaching|trainings|mentoring)programm\b"
        r"|\b(?:nosso|meu) programa de (?:coaching|mentoria|formacao)\b"
        r"|\bconsulta gratuita\b|\bprova gratuita\b|\bkostenlos\w* (?:test|beratung|demo)\w*\b"
        r"|\bessai gratuit\b|\bteste gratis\b|\buji coba gratis\b"
        r"|\b(?:discount|descuento|sconto|desconto|diskon)\w*\b|\b\w*rabatt\w*\b"
        r"|\b\d+ (?:percent )?off\b",
    ),
    (
        "offers to send its offer",
        r"\b(?:present|show you|share) our (?:portfolio|deck|proposal|brochure|offer)\b"
        r"|\bvous presenter (?:[\w']+ ){0,4}?(?:notre|nos)\b"
        r"|\b(?:presentarte|presentarle|presentarles) (?:nuestr[oa]s?)\b"
        r"|\b(?:presentarti|presentarle|presentarvi) (?:il nostro|la nostra"
        r"|i nostri|le nostre)\b|\bapresentar (?:o nosso|a nossa|nosso|nossa|nossos|nossas)\b"
        r"|\b(?:share|send) (?:you |over )?(?:a|our|my) (?:quick |short )?case stud\w*"
        r"|\b(?:love|like|happy|glad) to (?:send|share) (?:you |over |through )?(?:(?:our|a)"
        r" (?:[\w']+ ){0,3}"
        r"(?:rates|quote|prices|price list|rate card|brochure|catalog\w*|deck|proposal"
        r"|portfolio|cvs|resumes|profiles|candidates)|my (?:rates|quote|price list|rate card))\b"
        r"|\b(?:inviarle|inviarti|mandarle|mandarti|enviarle|enviarte|vous envoyer|te enviar"
        r"|lhe enviar) (?:il |el |le |o |a )?(?:nostro |nuestro |notre |nosso )?(?:catalogo"
        r"|catalogue|listino|brochure)\b"
        r"|\b(?:kirim|kirimkan|send you) (?:our |kami )?company profile\b"
        r"|\b(?:(?:can|could|may|shall) (?:i|we)|mind if (?:i|we)) send (?:you |over |through )?"
        r"(?:our|my|a|an|a few|some)"
        r" (?:[\w']+ )?(?:portfolio|deck|proposal|brochure|offer|quote|catalog\w*|case stud\w*"
        r"|media kit"
        r"|rate card|profiles|candidates|resumes|cvs|one pager|quotation)\b"
        r"|\b(?:(?:can|could|may|shall) (?:i|we)|mind if (?:i|we)) send (?:you |over )?the"
        r" (?:pitch )?(?:deck|proposal|brochure|quote|quotation)\b"
        r"|\b(?:te|le) paso (?:la |una )?(?:cotizacion|presupuesto|lista de precios)\b"
        r"|\b(?:share|send) (?:you |over )?(?:a|our|my) (?:[\w']+ ){0,2}capabilit\w* (?:deck"
        r"|statement|overview)\b"
        r"|\b(?:te|le) (?:puedo|podemos|podria) (?:enviar|mandar) (?:nuestr[oa]|mi|una propuesta"
        r"|una cotizacion|un presupuesto)\b"
        r"|\b(?:posso|possiamo) (?:inviarti|mandarti|inviarle) (?:il nostro|la nostra|il mio)\b"
        r"|\b(?:puis je|pouvons nous) vous (?:envoyer|adresser) (?:notre|nos|ma|mon)\b"
        r"|\b(?:posso|podemos) (?:te |lhe )?(?:enviar|mandar) (?:o nosso|a nossa|nosso|nossa"
        r"|o meu)\b"
        r"|\b(?:darf|durfen) (?:ich|wir) (?:ihnen|dir) (?:unser\w*|mein\w*) "
        + _gap(1)
        + r"(?:portfolio|angebot|prasentation|unterlagen)\b"
        r"|\bboleh (?:saya|kami) (?:kirim|kirimkan|mengirim) " + _gap(1) + r"(?:portofolio"
        r"|proposal|penawaran|brosur)\b"
        r"|\bwe (?:build|develop|design|create|make) "
        + _gap(3)
        + r"for "
        + _gap(2)
        + r"(?:schools|companies"
        r"|startups|brands|businesses|hospitals|banks|universities|clients|agencies|founders|teams"
        r"|organi[sz]ations|nonprofits|ngos|retailers|restaurants|clinics|manufacturers)\b",
    ),
    (
        "advertises a product range",
        r"\b(?:discover|decouvrez|descubre|descubra|scopri|entdecken sie|conheca|temukan) "
        r"(?:our|notre|nos|nuestr[oa]s?|la nostra|il nostro|i nostri|unser\w*|noss[oa]s?)\b"
        r"|\b(?:our|notre|nuestra|la nostra|unser\w*|nossa) (?:new )?(?:nouvelle )?(?:product )?"
        r"(?:range|gamme|gama|gamma|sortiment|linha)\b"
        # a brochure the writer offers, not "I spilled coffee on the Larkspur brochure"
        r"|\b(?:our|my|a|free|new|notre|nuestro|nuestra|il nostro|la nostra|unser\w*|nosso|nossa"
        r"|mon|ma) (?:new |nouvelle |nuevo |nuova |neue\w* )?(?:brochure|catalogue|catalog|folleto"
        r"|catalogo|prospekt|katalog|brosur)\b|\bbrosur kami\b"
        r"|\b(?:pour toute commande|for (?:any|every) order"
        r"|on all orders|en todo pedido|per ogni ordine|bei jeder bestellung|em qualquer pedido)\b",
    ),
    (
        "sells to your organization",
        r"\bwe make (?:[\w']+ ){1,5}(?:super |really |so )?(?:easy|easier|simple|simpler"
        r"|effortless|painless|seamless)\b"
        r"|\b(?:we|i) help (?:[\w']+ ){1,4}(?:to )?(?:move|get|land|grow|achieve|find|boost|save"
        r"|earn|switch|transition|scale|double|win|sell|merge|buy|exit|hire|automate|cut"
        r"|reduce|replace|streamline|moderni[sz]e|digiti[sz]e|migrate)\b"
        r"|\baiut(?:o|iamo) (?:le|i|gli|la|il) (?:[\w']+ ){0,3}a \w+"
        r"|\b(?:we|i) help (?:companies|hospitals|clinics|businesses|brands|teams|startups|schools"
        r"|universities|firms|organi[sz]ations|clients|banks|fintechs|leaders)\b"
        r"|\b(?:nous aidons|j'aide) (?:les|des)\b|\b(?:ayudamos|ayudo) a (?:empresas|hospitales"
        r"|clinicas|bancos)\b|\baiutiamo (?:le|gli|i) (?:aziende|ospedali|banche)\b"
        r"|\bwir helfen (?:unternehmen|kliniken|banken)\b|\bajudamos (?:empresas|hospitais"
        r"|bancos)\b|\bkami membantu (?:perusahaan|rumah sakit|bank)\b"
        # teams for hire, not "offshore wind" or "in-house vs outsourced" as a topic
        r"|\b(?:offshore|nearshore) (?:[\w']+ )?(?:team|teams|development|developers|devs|dev"
        r"|delivery|staff\w*|centre|center|engineers|talent|resources|outsourcing)\b"
        r"|\b(?:in|por|via|en|through|em) outsourcing\b|\boutsourc\w* (?:services?|solutions?"
        r"|partner|team|teams|staff|talent|developers)\b|\b(?:staff augmentation|white label)\b"
        r"|\b(?:cheaper than|moins cher\w* que|mas barat\w* que|piu economic\w* d|gunstiger als"
        r"|mais barat\w* (?:que|do que)|lebih murah (?:dari|daripada))\b",
    ),
    (
        "makes a limited-time offer",
        r"\b(?:only|just) this (?:week|month)\b|\blimited (?:time )?offer\b"
        r"|\bseats are limited\b|\blimited (?:seats|spots|places)\b"
        r"|\b(?:spots|seats|places|slots) (?:are )?(?:filling|going) (?:up )?fast\b"
        r"|\bsave you (?:a |one|a seat"
        r"|a spot)"
        r"|\bsolo (?:esta|este|questa|questo) (?:semana|mes|settimana|mese)\b"
        r"|\bnur (?:diesen|diese) (?:monat|woche)\b|\bseulement ce mois\b"
        r"|\bapenas (?:esta|este) (?:semana|mes)\b|\bhanya (?:minggu|bulan) ini\b"
        r"|\b(?:for the price of|zum preis von|al precio de|au prix de|al prezzo di"
        r"|pelo preco de)\b|\b(?:ich biete|wir bieten)\b",
    ),
    (
        "sells a job offer",
        r"\b(?:strong|attractive|competitive|generous|excellent|tax free|relocation"
        r"|compensation|salary) packages?\b|\bwell above market\b|\bpaying (?:well )?above\b"
        r"|\bopen to a (?:move|career move|new challenge)\b"
        r"|\b\d+ ?k (?:plus |\+ )?(?:equity|bonus|base|salary|package|ote)\b",
    ),
    (
        "offers a paid consultation",
        r"\bpaid (?:consultation|call|survey|interview|engagement)s?\b"
        r"|\b\d+ (?:per|an|a) (?:hour|hr)\b|\bexpert network\b"
        r"|\b\d+ (?:[a-z]{3} )?(?:la hora|por hora|all'ora|l'ora|de l'heure|pro stunde)\b",
    ),
    (
        "promises investment returns",
        r"\b(?:crypto|cripto|krypto)\w*|\bforex\b|\b(?:bitcoin|btc|ethereum)\b"
        r"|\btrading (?:group|signals?)\b"
        r"|\b(?:gruppo|grupo) (?:di |de )?trading\b|\bsegnali\b|\bpassive income\b"
        # "5% monthly", "3000 a month"; not "a 3 month internship" ("%" is gone from the text)
        r"|\b\d+ (?:(?:a|per|par|al|pro|por|au) (?:month|mese|monat|mois|mes|bulan)|monthly"
        r"|mensual|mensile|monatlich\w*|mensuel\w*|mensal)\b"
        r"|\b(?:guaranteed|garantit\w*|garantizad\w*|garantiert\w*|garantid\w*|dijamin)"
        r" (?:returns?|rendimenti|rentabilidad|rendite|rendements?|retornos?|profit|keuntungan)\b"
        r"|\b(?:on|por|su|auf|sur|no|via) (?:whatsapp|telegram)\b"
        r"|\b(?:whatsapp|telegram) (?:group|grup|grupo|gruppo|gruppe|groupe)\b"
        r"|\b(?:group|grup|grupo|gruppo|gruppe|groupe) (?:whatsapp|telegram)\b"
        r"|\b(?:profit|keuntungan|returns?) (?:konsisten|consistent|pasti|harian|daily)\b"
        r"|\b(?:consistent|daily) (?:profits?|returns?)\b|\b(?:kelas|class) investasi\b"
        r"|\binvestasi (?:saham|crypto|kripto)\b",
    ),
)

# Requests typical of phishing; only mentioned in the reason of an unverified sender.
PHISHING: Final[tuple[tuple[str, str], ...]] = (
    (
        "confirm your account",
        r"\b(?:confirm|verify|validate|update) (?:your|the) (?:account|identity|email|password"
        r"|login|details)\b|\b(?:confirma|conferma|bestatige|confirmez|confirme|verifikasi)\w* "
        r"(?:tu|su|il tuo|ihr|dein|votre|sua|akun)\b",
    ),
    (
        "open a document or link",
        r"\b(?:review|open|download|view|see|check) (?:the|my|this) (?:\w+ )?(?:document|file"
        r"|attachment|invoice|link)\b|\b(?:documento|dokument|fichier|arquivo|dokumen)\b",
    ),
)

# Greetings that may precede the recipient's first name ("Hi Jordan"); matched words only.
GREETINGS: Final[str] = (
    r"(?:hi|hello|hey|dear|greetings|hola|buenas|buenos dias|querid[oa]|estimad[oa]|ciao"
    r"|salve|buongiorno|car[oa]|gentile|hallo|liebe[r]?|guten tag|moin|servus|bonjour|salut"
    r"|cher|chere|ola|oi|prezad[oa]|bom dia|halo|hai|selamat pagi|yth|dear mr|dear ms)"
)

# "I am a chartered tax adviser", "I'm a nursing professional development specialist": the
# writer's own job, named right before one of the user's industries (searched up to the term).
SELF_INTRODUCTION: Final[str] = (
    r"\b(?:(?:i'm|i am|i work as)(?: also| now)? an?|(?:soy|sou|sono|je suis|ich bin)"
    r"(?: tambien| tambem| anche| aussi| auch| also)?(?: un| una| um| uma| une| ein| eine)?"
    r"|saya (?:adalah |juga )?seorang) (?:[\w']+ ){0,2}$"
)

# A sentence about the recipient alone ("love what your team at Rainier is building", "vi que
# estudiaste en la UNAM") names their employer or school, not one the writer shares: it has
# one of ABOUT_YOU and none of ABOUT_THE_WRITER.
ABOUT_YOU: Final[str] = (
    r"\b(?:your|you're|you are|you've|you have|you work\w*|you studied|you were|congrat\w*"
    r"|felicidades|felicitaciones|complimenti|gluckwunsch\w*|felicitations|parabens"
    r"|trabajas|estudiaste|eres|tu|tus|lavori|hai studiato|sei|tuo|tua|tuoi|votre|vos"
    r"|vous travaillez|vous avez|vous etes|voce|trabalha|estudou|seu|sua|du arbeitest|dein\w*"
    r"|anda)\b"
)
# The writer about themselves: "we", "my", "I joined"; not "I see", "I love", "I'm impressed".
ABOUT_THE_WRITER: Final[str] = (
    r"\b(?:we|we're|we've|our|us|both|too|also|as well|my|me|i've|joining|excited to"
    r"|looking forward|yo|mi|mis|nosotros|nuestr\w*|tambien|soy|estoy|estuve|fui|fuimos"
    r"|trabaje|estudie"
    r"|io|mio|mia|miei|anch'io|noi|nostr\w*|lavoro|sono|moi|nous|notre|mon|aussi"
    r"|eu|meu|minha|nosso\w*|tambem|sou|trabalho|estudei|mein\w*|wir|unser\w*|auch"
    r"|kami|kita|juga|fellow|collega|colleghi|colleghe|colega|colegas|collegue\w*|kolleg\w*"
    # "you too": the writer as well ("anche tu sei passata dalla Bocconi")
    r"|you too|anche tu|toi aussi|tu aussi|tu tambien|du auch|voce tambem)\b"
    r"|\bi(?:'m| am) (?!impressed|inspired|amazed|a (?:big |huge )?fan)"
    r"|\bi (?!(?:see|saw|notic\w*|lov\w*|admir\w*|lik\w*|read|came|found|really|was|would"
    r"|think|hope|want\w*|enjoy\w*|follow\w*|just (?:saw|notic\w*|came|read|found))\b)\w+"
    r"|\b(?:je|j'ai) (?!(?:vois|vu|remarque|lu|admire)\b)\w+"
    r"|\b(?:ich|saya) (?!(?:sehe|habe gesehen|lihat|melihat)\b)\w+"
    # "I was on the QA floor at...", "new starter in the expression team at..."
    r"|\bi'll\b|\bi was (?:on|in|at|part of|one of)\b|\bnew (?:starter|joiner|hire)\b"
)

# "saw your question in the AHP forum": the writer read it there, so is in the group too
# (searched right before a group's name).
SEEN_IN_THE_GROUP: Final[str] = (
    r"\byour (?:post|question|comment|thread|message|reply|answer)s? (?:in|on) (?:the )?$"
)

"""Phrasebooks of the eastern Mediterranean, the Near East and Central Asia: romanised Persian and Tajik, Greek and
Hebrew, and Kurmanji Kurdish."""

from __future__ import annotations

import re
from functools import cache

from knowledge.phrasebooks.shapes import (
    _OFFICE,
    _TWO_WORD_NAME,
    _according_to_last,
    _after_the_question,
    _country_before_title,
    _in_english_at_last,
    _lazy_pattern,
    _plain_letters,
    _Shapes,
    _the_the,
    _with_the,
    _with_the_named,
    _with_the_own_noun,
    _word_for_word,
    _works_for,
)
from knowledge.phrasebooks.verb_last import _verb_last, _VerbLast

# How readers ask in romanised Persian: "Xi dar mored Taiwan chi goft?" (what did Xi say about Taiwan), "ki goft
# …" (who said …), "Blinken ba ki molaghat kard?" (whom did Blinken meet), "koja" (where), "che roozi" (what day).
_PERSIAN_ENGLISH = {
    "maghame\\s+chini": "Chinese official", "va": "and", "jalase": "meeting", "Amrika": "America", "Chin": "China",
    "Chini": "Chinese", "chand\\s+saat": "how many hours", "tool\\s+keshid": "last", "oon|in": "the",
    "maghame|maghaam": "official", "rabete|rabeteh": "relationship",
}  # fmt: skip
# Its verbs of saying and meeting, which the Tajik book reads too (a Tajik reader typing Iran's spelling of them)
_PERSIAN_SAID = r"(?:goft|gofte|gof)"
_PERSIAN_MET = r"molaghat\s+kard\w*"


@cache
def _persian() -> _Shapes:
    return (
        *_word_for_word(_PERSIAN_ENGLISH),
        (re.compile(r"^and\s+", re.I), ""),
        (
            re.compile(
                rf"^(?P<who>[^?]+?)\s+(?:dar\s+mored(?:-e)?|darbare(?:ye|h)?)\s+(?P<topic>[^?]+?)\s+chi\s+{_PERSIAN_SAID}\b",
                re.I,
            ),
            r"what did \g<who> say about \g<topic>",
        ),
        (re.compile(r"^ki\s+(?:be\s+\S+\s+)?(?:goft|gofte)\s+(?:ke\s+)?", re.I), "who said "),
        (
            re.compile(
                rf"^(?P<who>[^?]+?)\s+(?:(?:too|tu|the|maghale|daghighan|daghighan)\s+)*chi\s+{_PERSIAN_SAID}\b", re.I
            ),
            r"what did \g<who> say",
        ),
        (re.compile(rf"^(?P<who>[^?]+?)\s+ba\s+ki\s+{_PERSIAN_MET}", re.I), r"who did \g<who> meet"),
        (re.compile(rf"^(?P<who>[^?]+?)\s+koja\s+(?:ba\s+ham\s+)?{_PERSIAN_MET}", re.I), r"where did \g<who> meet"),
        (re.compile(r"^molaghat(?:-e)?\s+(?P<who>[^?]+?)\s+che\s+roozi\s+bood\b", re.I), r"what day did \g<who> meet"),
        (re.compile(r"\bmolaghat\b", re.I), "meeting"),
    )


_PERSIAN_WORDS = _lazy_pattern(r"\b(?:goft|gofte|molaghat|darbare|darbareye|koja|chi\s+bood)\b", re.I)
# How readers ask in Tajik typed in Latin letters (ӣ, ӯ, қ, ғ, ҳ, ҷ typed "i", "u", "q" or "k", "gh", "h", "j" or "ch";
# х "kh" or "x"), with English words: "Xi dar borai Tayvan chi guft?" (what did Xi say about Taiwan), "Blinken dar
# Pekin bo ki vokhurd?" (whom did Blinken meet in Beijing), "Mulokot chand vaqt davom kard?" (how long did the meeting
# last), "Ki guft ki mo boyad sharik boshem?" (who said we should be partners). Tajik is the Persian of Central Asia:
# it puts its verb last, as Kurdish does, and shares the verb-last shapes (verb_last.py), its prepositions standing
# before their nouns as English's do ("dar borai": about, "bo": with, "ba": to, "dar": in, "pas az": after); a name's
# object ending ("Pekinro", "Blinken-ro") is left off, and a title's "-i" (of) read as English's ("vaziri korhoi
# khorijii Chin": the foreign minister of China). Iran's spelling of its verbs of saying and meeting ("goft", "molaghat
# kard") is read too, the Persian book's own; but the book is read only when a word of Tajik's own is there ("guft",
# "vokhurd", "mulokot", "dar borai", "kujo"), before the Persian and Kurdish books, whose "chi" and "ki" it shares, and
# before texting's shorthand is spelled out ("u": he).
_TAJIK_MARKED = (
    ("i", "īӣí"), ("u", "ūӯú"), ("h", "ḩҳ"), ("j", "ҷǰ"), ("q", "қ"), ("gh", "ғƣğ"), ("sh", "ş"), ("ch", "ç"),
    ("zh", "ƶ"), ("e", "ė"),
)  # fmt: skip
_TAJIK_NAMES = {
    "(?-i:(?:Si|Xi)\\s+(?:Tszinpin|Szinpin|Jinping|Jinpin|Zinpin|Chinpin)\\w*)": "Xi Jinping",
    "(?-i:Van\\s+(?:I|Yi)|Vang\\s+(?:I|Yi))(?![\\w'-])": "Wang Yi", "(?-i:Entoni|Antoni)(?=\\s+Blinken)": "Antony",
    "(?-i:Jo|Djo)(?=\\s+Ba[iy]den)": "Joe", "(?-i:Bahri\\s+Chini\\s+Jan[uū]b\\w*)": "the South China Sea",
    "(?-i:Si)(?![\\w'’-])": "Xi",
    "(?-i:(?:Chin|China)-(?:IMA|Amriko)|(?:IMA|Amriko)-(?:Chin|China))": "China-US",
    "(?-i:I[yo]oloti\\s+Muttahidai\\s+Amriko|IMA|Imo)(?:['’-]?ro)?": "the US", "(?-i:Amri[kq]o|Amrika)": "America",
    "(?-i:Chin)(?:['’-]?ro)?(?!\\w)": "China", "(?-i:Rusiya|Russiya|Rossiya|Rusia)": "Russia",
    "(?-i:Ukraina)": "Ukraine", "(?-i:Pekin|Pekan)": "Beijing", "(?-i:Ta[iy]van|Tayvon|Tajvan)": "Taiwan",
    "(?-i:Vashington)": "Washington", "(?-i:Kaliforniya)": "California", "(?-i:Ba[iy]den)": "Biden",
    "(?-i:Avrupo|Yevropa|Evropa)": "Europe", "(?-i:Tojikiston)": "Tajikistan", "(?-i:Eron)": "Iran",
    "(?-i:Shve[iy]ts?ariya)": "Switzerland", "(?-i:Japoniya|Yaponiya)": "Japan",
    "(?-i:Tolori\\s+Buzurgi\\s+Mardum)": "the Great Hall of the People",
}  # fmt: skip
# Its words and phrases put into English first, a phrase before the words in it
_TAJIK_THINGS = {
    "tibqi\\s+maqola\\w*|mutobiqi\\s+maqola\\w*|ba\\s+guftai\\s+maqola\\w*|bar\\s+asosi\\s+maqola\\w*":
        "according to the article",
    "dar\\s+(?:oghoz|ibtido)i\\s+(?:guftugu|muzokir)\\w*": "at the start of the talks",
    "dar\\s+(?:oghoz|ibtido)i\\s+(?:mulo[qk]ot|vokhuri)\\w*": "at the start of the meeting",
    "dar\\s+(?:okhir|ohir|oxir|anjom)i\\s+(?:guftugu|muzokir)\\w*": "at the end of the talks",
    "dar\\s+(?:okhir|ohir|oxir|anjom)i\\s+(?:mulo[qk]ot|vokhuri)\\w*": "at the end of the meeting",
    "ustuvor\\s+shudan\\s+(?:girift\\w*|oghoz\\s+kard\\w*|sar\\s+kard\\w*)|ba\\s+ustuvori\\s+rav\\w*":
        "are beginning to stabilise",
    "vaziri\\s+(?:korhoi\\s+)?(?:kh|x|h)ori[jdz]\\w*": "foreign minister",
    "kotibi\\s+davlat(?:i|ii)\\w*|davlatkotib\\w*": "secretary of state", "sarvazir\\w*": "prime minister",
    "sukhangu\\w*|soxangu\\w*|sukhanguy\\w*": "spokesperson", "vazir\\w*": "minister",
    "prezident\\w*|raisjumhur\\w*|raisi\\s+jumhur\\w*": "president", "rohbar\\w*|rahbar\\w*|peshvo\\w*": "leader",
    "mansabdor\\w*|maqomdor\\w*|ma'?mur\\w*|shakhsi\\s+rasmi\\w*": "official",
    "khabarnigor\\w*|jurnalist\\w*|ruznomanigor\\w*": "journalist", "diplomat\\w*": "diplomat",
    "muallif\\w*": "author", "chini(?=\\s+(?:official|minister|diplomat|leader|president|side|tomon))": "Chinese",
    "amri[kq]oi\\w*": "American", "mehmon\\w*": "guest",
    "mulo[qk]ot\\w*|vo(?:kh|h|x)uri\\w*|didor(?!\\s+(?:kard|namud))\\w*|majlis\\w*|jalasa\\w*": "meeting",
    "guftugu\\w*|muzokir\\w*|suhbat\\w*": "talks", "safar(?!\\s+kard)\\w*|boshdid\\w*": "visit",
    "in\\s+maqola\\w*|in\\s+khabar\\w*": "this article", "maqola\\w*|khabar\\w*": "article",
    "hu[qk]u[qk](?:hoi|i)?\\s+inson\\w*|hu[qk]u[qk]i\\s+bashar\\w*": "human rights", "tijorat\\w*|savdo\\w*": "trade",
    "soat(?:i|ho|hoi)?": "hours", "usul(?:ho|hoi|i)?\\w*|prinsip\\w*": "principles",
    "kishvar\\w*|mamlakat\\w*": "countries", "obuna(?:i|yi|ji)(?=\\s+\\w)": "subscription of",
    "obuna\\w*": "subscription", "sharik\\w*|hamkor\\w*": "partners",
    "raqib\\w*|ra[qk]obat\\w*": "rivals", "munosibat\\w*|ravobit\\w*": "relations",
    "ikhtilof\\w*|ixtilof\\w*|farqiyat\\w*": "differences", "peshraft\\w*|taraqqi\\w*": "progress",
    "sammit\\w*|nishasti\\s+sathi\\s+oli\\w*": "summit", "qablan|peshtar|pesh\\s+az\\s+in": "previously",
    "bori\\s+avval|avvalin\\s+bor": "first", "bori\\s+okhir\\w*|okhirin\\s+bor": "last", "haftai": "of the week",
    "in(?=\\s+(?:meeting|talks|visit|article|news|relations|sa[iy]t\\w*|plan|newsletter\\w*)\\b)": "this",
    # words of the news, so that the words said match the article's
    "omil(?:ho|hoi)?\\s+manfi\\w*": "negative factors", "omil\\w*": "factors", "manfi": "negative",
    "musbat": "positive", "hanuz": "still", "afzoish\\s+(?:meyob|yofta|yoft)\\w*|ziyod\\s+meshav\\w*": "increasing",
    "rushd\\w*|tara[qk]qiyot\\w*": "development", "dastgiri\\w*|pushtiboni\\w*": "support",
    "hamkori\\w*": "cooperation", "ehtirom\\w*": "respect", "iqtisod\\w*": "economy", "jahon\\w*|dunyo\\w*": "world",
    "mushkil\\w*|masala\\w*": "problem", "kushish\\w*|talosh\\w*": "efforts", "amniyat\\w*": "security",
    "jang\\w*": "war", "sulh\\w*": "peace", "tahrim\\w*|sanksiya\\w*": "sanctions", "oyanda\\w*": "future",
    "nikbini\\w*|khushbini\\w*": "optimism", "ravshan|vozeh": "clear", "umed\\w*|ummed\\w*": "hope",
    # the site's own words: its plans, newspapers and topics
    "(?:ruznoma|gazeta)\\w*\\s+(?:khoriji|xoriji|horiji)\\w*": "foreign newspaper",
    "ruznoma\\w*|gazeta\\w*": "newspaper",
    "khoriji\\w*|xoriji\\w*|horiji\\w*": "foreign", "sa[iy]t\\w*": "site", "mavzu\\w*": "topics",
    "kor\\w*\\s+(?:tamom|khatm|anjom)\\s+(?:shud|gardid|yoft)\\w*": "the work finished",
    "(?:tamom|khatm|anjom)\\s+(?:shud|gardid|yoft)\\w*": "finished",
    "(?:lozim|darkor|zarur)\\s+(?:ast|hast|bud)": "needed", "boz": "more",
}  # fmt: skip
# Its prepositions, put into English before the shapes read the question
_TAJIK_PREPOSITIONS = {
    "dar\\s+bora(?:i|ji|yi)?|bora(?:i|ji|yi)|oid\\s+ba|doir\\s+ba|dar\\s+khususi|dar\\s+mavridi": "about",
    "pas\\s+az|ba'?d\\s+az|baad\\s+az": "after", "pesh\\s+az": "before",
    "dar\\s+vaqti|hangomi|dar\\s+jaryoni|dar\\s+davomi|dar\\s+muddati": "during", "bo": "with", "ba": "to",
    "dar(?!\\s+(?:kujo|kuja)\\b)": "in", "az": "from",
}  # fmt: skip
# Its compound verbs of what was done, an English verb before its "kard" (did), as the shared shapes read it
_TAJIK_DONE = {
    "peshnihod|pesh\\s+nihod": "propose", "e'?lon": "announce", "imzo": "sign", "zikr": "mention",
    "boshdid|safar": "visit", "ta'?kid|takid": "stress",
}  # fmt: skip
_TAJIK_SAID = (
    rf"(?:guft|guftand|guftaast|gufta\s+ast|gufta(?:ast)?\s+bud|izhor\s+(?:kard|namud)\w*|qayd\s+kard\w*|bayon\s+kard\w*"
    rf"|{_PERSIAN_SAID})"
)
_TAJIK_MET = (
    rf"(?:vo(?:kh|h|x)urd(?:and|a\s+(?:ast|bud)|aast|a)?|meeting\s+(?:kard|namud|doshtand|dosht)\w*|didor\s+(?:kard|namud)\w*"
    rf"|qabul\s+(?:kard|namud)\w*|{_PERSIAN_MET})"
)
_TAJIK_WHO = r"(?:ki|kī|kiho)"
_TAJIK = _VerbLast(
    by="",
    about=r"about\s+(?P<topic>.+?)",  # put into "about …" first
    what=r"(?:chi|chiro|chi\s+chiz)",
    said=_TAJIK_SAID,
    who_said=rf"{_TAJIK_WHO}\s+{_TAJIK_SAID}",
    that=r"(?:ki|ke|that)",
    who_said_that=rf"{_TAJIK_WHO}\s+{_TAJIK_SAID}(?:\s+(?:ki|ke|that))?",
    whom=rf"(?:(?:with|to)\s+)?(?:{_TAJIK_WHO}|kiro)",
    who=_TAJIK_WHO,
    met=_TAJIK_MET,
    how_long=r"(?:chand|chi\s+qadar)\s+(?:vaqt|muddat|zamon)|to\s+kay|chi\s+qadar",
    how_many_hours=r"chand\s+(?:hours|soat)",
    lasted=r"(?:davom\s+(?:kard|yoft|namud|mekunad|meyobad)\w*|idoma\s+yoft\w*|tul\s+kashid\w*|kashid)",
    when=r"(?:kay|chi\s+vaqt|chi\s+zamon)",
    where=r"(?:(?:in\s+)?(?:kujo|kuja)|dar\s+kujo)",
    took_place=r"(?:barguzor\s+(?:shud|gardid)\w*|guzasht|shud|sar\s+shud|to\s+amal\s+omad)",
    how_many=r"(?:chand|chandto)",
    did=r"(?:kard|kardand|kardaast|karda\s+ast|namud|namudand)",
    how_much=r"(?:chand\s+(?:pul|somoni|dollar)|narkh(?:ash|i\s+on)?\s+chand(?:\s+ast)?|chand\s+pul\s+ast)",
    who_is=r"(?:kist|ki\s+ast|kī\s+ast|ki\s+bud)",
    why=r"(?:charo|baroi\s+chi|bahri\s+chi|chi\s+sabab)",
    went=r"(?:raft|raftand|rafta\s+bud|omad|omadand|safar\s+kard\w*)",
    happened=r"(?:chi)\s+(?:shud|ruy\s+dod|gap\s+shud|ba\s+vuqu\s+omad)",
    about_what=r"about\s+(?:chi(?:\s+(?:ast|bud))?|chist)",
    mentioned=(
        r"(?:zikr\s+(?:shud|gardid|shudaast)\w*|yod\s+(?:shud|gardid)\w*|yodovar\s+shud\w*|qayd\s+shud\w*"
        r"|nom\s+burda\s+shud\w*|mention\s+shud\w*|ishora\s+shud\w*)"
    ),
    wrote=rf"{_TAJIK_WHO}\s+(?:navisht|navishtaast|navishta\s+ast|navishtand)",
    article=r"(?:(?:this|the)\s+)*(?:article|news|story)",
    title=r"(?:vazifa|mansab|lavozim|maqom|unvon)\w*\s+(?:chist|chi\s+ast)",
    which=r"(?:kadom|kudom)",
)
_TAJIK_NUMBERS = {"yak": "one", "du": "two", "se": "three", "chor": "four", "panj": "five"}
# What "chand" (how many) counts of a time something lasts ("chand moh": how many months)
_TAJIK_UNITS = {"ruz": "days", "hafta": "weeks", "moh": "months", "sol": "years"}  # hours: the shared shapes
# The nouns "kadom" (which) asks of, with the preposition English puts before each ("dar kadom ruz": on which day)
_TAJIK_WHICH = {
    "ruz(?!noma)\\w*": "on which day", "soat\\w*|vaqt\\w*": "at what time", "shahr\\w*": "in which city",
    "bino\\w*": "in which building", "moh\\w*": "in which month", "sol\\w*": "in which year",
    "summit\\w*|sammit\\w*": "at which summit",
}  # fmt: skip
_TAJIK_OUTLETS = {"ruznoma": "newspaper", "gazeta": "newspaper", "sayt|sait|somona": "website",
                  "agentii": "news agency", "agentstvo": "news agency", "shabaka|kanal": "channel"}  # fmt: skip
_TAJIK_DONE_TO = {"nashr": "published", "chop": "published", "navishta": "written", "navsozi": "updated",
                  "tajdid": "updated", "intishor": "published"}  # fmt: skip
_TAJIK_EMPLOYERS = {"tashkilot": "organisation", "vazorat": "ministry", "hukumat": "government",
                    "muassisa": "institution", "shirkat": "company", "ruznoma": "newspaper"}  # fmt: skip
_TAJIK_OWNED = {"vazifa": "position", "mansab": "position", "lavozim": "position", "maqom": "title", "unvon": "title",
                "nom": "name", "kasb": "job"}  # fmt: skip
_TAJIK_ENGLISH = {
    "va": "and", "yo": "or", "onho|eshon": "they", "mo": "we", "ham": "also", "hama\\w*": "all",
    "kutoh|mukhtasar": "briefly", "daqiq": "exactly",
}  # fmt: skip


def _tajik_owned(match: re.Match[str]) -> str:
    """ "what is Wang Yi's position": the thing owned said before its owner ("vazifai Wang Yi")."""
    thing = next(e for stem, e in _TAJIK_OWNED.items() if match.group("thing").lower().startswith(stem))
    return f"what is {match.group('who')}'s {thing}"


def _tajik_should_be(match: re.Match[str]) -> str:
    """ "they should be partners"; "should be partners" after the ones who should be ("Chin va IMA boyad …")."""
    said_before = match.string[: match.start()].strip()
    named = said_before and not re.search(r"\b(?:ki|ke|that|guft\w*)$", said_before, re.I)
    return f"{'' if named and not match.group('they') else 'they '}should be {match.group('what')}"


def _tajik_done_to(match: re.Match[str]) -> str:
    """ "when was the article published", "where was it published"."""
    asked = "where" if re.fullmatch(_TAJIK.where, match.group("asked"), re.I) else "when"
    done = next(e for stem, e in _TAJIK_DONE_TO.items() if match.group("done").lower().startswith(stem))
    return f"{asked} was {_with_the(match.group('what'))} {done}"


@cache
def _tajik() -> _Shapes:
    return (
        _after_the_question(),
        *_plain_letters(_TAJIK_MARKED),
        (re.compile(r"^(?:oyo|khub|xub|pas(?!\s+az\b)|va)\b,?\s*(?=\S)", re.I), ""),
        *_word_for_word(_TAJIK_NAMES),
        # "az nazari Xi" (in Xi's view): according to Xi
        (
            re.compile(rf"\b(?:az|ba)\s+(?:nazari|fikri|aqidai)\s+(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)", re.I),
            r"according to \g<who>",
        ),
        # an English word with its plural's "-ho" ("Newsletter-ho": newsletters) or its "-i" (of: "subscription-i in
        # sait": the subscription of this site)
        (
            re.compile(r"\b(?P<word>[A-Za-z]+?)(?<!s)-ho(?:i)?\b"),
            lambda match: f"{match.group('word').lower() if match.start() == 0 else match.group('word')}s",
        ),
        (re.compile(r"\b(?P<word>(?-i:[a-z])[a-z]+)-i\s+(?=\w)"), r"\g<word> of "),
        # "Smart Quarterly plan chand moh davom mekunad?": how many months does the Smart Quarterly plan last
        (
            re.compile(
                rf"^(?P<what>.+?)\s+chand\s+(?P<unit>{'|'.join(_TAJIK_UNITS)})\w*\s+(?P<lasted>{_TAJIK.lasted})$", re.I
            ),
            lambda match: (
                f"how many {_TAJIK_UNITS[match.group('unit').lower()]} "
                f"{'does' if re.search(r'me(?:kunad|yobad)', match.group('lasted'), re.I) else 'did'} "
                f"{_with_the_own_noun(match.group('what'))} last"
            ),
        ),
        # "Blinkenro ki qabul kard?" (Blinken, whom, received): who met Blinken, its object ending saying who was met
        (
            re.compile(
                rf"^(?P<whom>{_TWO_WORD_NAME}|(?-i:[A-Z])\w*?)(?:['’-]ro|(?<=[bcdfghjklmnpqrstvwxz])ro)\s+"
                rf"(?i:{_TAJIK_WHO})\s+(?i:{_TAJIK_MET})$"
            ),
            r"who met \g<whom>",
        ),
        # a name's object ending ("Blinkenro", "Xi-ro"): the name itself
        (re.compile(r"\b(?P<name>(?-i:[A-Z])\w*?)(?:['’-]ro|(?<=[bcdfghjklmnpqrstvwxz])ro)\b"), r"\g<name>"),
        (re.compile(r"(?<=['\"”’])-?ro\b"), ""),  # "'I hope …'-ro ki guft": the words said, its object
        (re.compile(r"(?<![\w'’-])[Uu](?=\s)"), "he"),  # "U chi guft?": what did he say
        # "boyad sharik boshem" (we must be partners), "boyad … boshand" (they must be)
        (
            re.compile(r"\b(?:mo\s+)?boyad\s+(?P<what>\S+)\s+boshem\b|\bmo\s+(?P<what2>\S+)\s+boshem\s+boyad\b", re.I),
            lambda match: f"we should be {match.group('what') or match.group('what2')}",
        ),
        (
            re.compile(
                r"\b(?:(?P<they>onho|eshon|har\s+du\s+kishvar)\s+)?boyad\s+(?P<what>\S+)\s+bosh(?:and|ad|i)?\b", re.I
            ),
            _tajik_should_be,
        ),
        # "guftugu kardand" (talked): discussed, its English verb before its "kard" as a compound verb's is
        (re.compile(r"\b(?:guftugu|suhbat|muzokira)\w*\s+(?=(?:kard|kardand|namud|namudand)\b)", re.I), "discuss "),
        # "vazifai Wang Yi chist?" (the post of Wang Yi, what is it): what is Wang Yi's position
        (
            re.compile(
                rf"^(?P<thing>{'|'.join(_TAJIK_OWNED)})(?:i|ash)?\s+(?P<who>[^,?]+?)\s+(?:chist|chi\s+ast|chi\s+bud)$",
                re.I,
            ),
            _tajik_owned,
        ),
        # "muallifi maqola kist?" (the article's author, who): who wrote the article
        (
            re.compile(
                r"^(?:kī|ki)?\s*muallif(?:i|ash)?\s+(?:in\s+)?(?:maqola|khabar)\w*\s*(?:kist|ki\s+ast|ki)?$", re.I
            ),
            "who wrote the article",
        ),
        *_word_for_word(_TAJIK_THINGS),
        # its compound verbs: "peshnihod kard" (proposed), read as an English verb and its "kard"
        *(
            (re.compile(rf"\b(?:{tajik})\s+(?=(?:kard|kardand|kardaast|namud|namudand)\b)", re.I), f"{english} ")
            for tajik, english in _TAJIK_DONE.items()
        ),
        # "dar kadom ruz": on which day; "dar kadom shahr": in which city
        (
            re.compile(rf"\b(?:(?:dar|ba)\s+)?kadom\s+(?P<noun>{'|'.join(_TAJIK_WHICH)})(?=\s)", re.I),
            lambda match: next(e for n, e in _TAJIK_WHICH.items() if re.fullmatch(n, match.group("noun"), re.I)),
        ),
        *_word_for_word(_TAJIK_PREPOSITIONS),
        (
            re.compile(
                r"\b(?P<by>in|at|about|after|before|during|with|from|to)\s+(?P<thing>meeting|talks|article|visit)\b"
            ),
            r"\g<by> the \g<thing>",
        ),
        # "foreign minister China": the foreign minister of China (a title's "-i" before the country it serves)
        (
            re.compile(rf"\b(?P<title>(?i:{_OFFICE}))\s+(?=(?:China|America|Russia|Taiwan|the\s+US)\b)"),
            r"\g<title> of ",
        ),
        (re.compile(r"\bin\s+the\s+meeting\b"), "at the meeting"),
        # "guftuguhoi Blinken va Wang Yi": the talks between Blinken and Wang Yi
        (
            re.compile(
                rf"\b(?P<thing>talks|meeting)\s+(?P<one>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+(?:and|va)\s+"
                rf"(?P<other>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)"
            ),
            r"the \g<thing> between \g<one> and \g<other>",
        ),
        # "munosibathoi Chin va IMA": the relations between China and the US
        (
            re.compile(
                r"\brelations\s+(?P<one>China|America|Russia|the\s+US|(?-i:[A-Z])\w+)\s+(?:and|va)\s+"
                r"(?P<other>China|America|Russia|the\s+US|(?-i:[A-Z])\w+)"
            ),
            r"relations between \g<one> and \g<other>",
        ),
        # "Digital subscription of this site to kadom foreign newspaper access medihad?": which foreign newspaper does
        # the digital subscription of this site give access to
        (
            re.compile(
                r"^(?P<what>.+?)\s+(?:to\s+)?(?:kadom|chi)\s+(?P<thing>(?:foreign\s+)?(?:newspaper|site))\s+access\s+"
                r"(?:medihad|medihand|dihad|dod)$",
                re.I,
            ),
            lambda match: f"which {match.group('thing')} does {_with_the_named(match.group('what'))} give access to",
        ),
        # "Newsletters about chi topics meoyand?" (about what topics come): what topics do the newsletters cover
        (
            re.compile(r"^(?P<what>.+?)\s+(?:about\s+)?(?:chi|kadom)\s+topics\s+(?:meoyand|hast|dorad|dorand)$", re.I),
            lambda match: f"what topics do {_with_the_named(match.group('what'))} cover",
        ),
        # "according to Xi, the work finished or more efforts needed": is the work finished or are more efforts needed
        (
            re.compile(
                r"^(?P<lead>according\s+to\s+[^,]+,\s*)?(?:(?P<one>[^,]+?)\s+finished\s+(?:or|yo)\s+)?"
                r"(?P<two>(?:more\s+)?[^,]+?)\s+needed$",
                re.I,
            ),
            lambda match: (
                f"{match.group('lead') or ''}"
                + (f"is {_with_the(match.group('one'))} finished or " if match.group("one") else "")
                + f"are {match.group('two')} needed"
            ),
        ),
        # "Ki in maqolaro navisht?": who wrote this article
        (
            re.compile(
                rf"^{_TAJIK_WHO}\s+(?P<what>(?:this\s+|the\s+)?(?:article|news|story))\s+"
                r"(?:navisht|navishtaast|navishta\s+ast|navishtand)$",
                re.I,
            ),
            r"who wrote \g<what>",
        ),
        # "Wang Yi dar kadom tashkilot kor mekunad?": which organisation does Wang Yi work for
        (
            re.compile(
                r"^(?P<who>.+?)\s+(?:in|at|to|for)\s+kadom\s+(?P<employer>\w+?)(?:i)?\s+kor\s+(?:mekunad|mekard|kardaast)$",
                re.I,
            ),
            _works_for(_TAJIK_EMPLOYERS),
        ),
        # "Dar maqola dar borai Rusiya chize hast?": is there anything about Russia
        (
            re.compile(
                r"^(?:in\s+the\s+article\s+)?(?P<topic>about\s+.+?)\s+(?:chize|yagon\s+chiz|chizi)\s+"
                r"(?:hast|ast|navishta\s+shuda\w*)(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            r"is there anything \g<topic>",
        ),
        # "Blinken va Wang Yi about chi discuss kardand?": what did Blinken and Wang Yi discuss (with whom)
        (
            re.compile(rf"^(?P<who>.+?)(?P<with>\s+with\s+.+?)?\s+about\s+chi\s+discuss\s+{_TAJIK.did}$", re.I),
            r"what did \g<who> discuss\g<with>",
        ),
        # "Xi previously with kadom president of the US vokhurda bud?": which US president did Xi previously meet
        (
            re.compile(
                rf"^(?P<who>.+?)\s+(?P<before>previously\s+)?with\s+kadom\s+(?P<thing>.+?)\s+(?P<then>previously\s+)?"
                rf"{_TAJIK_MET}(?:\s+bud)?$",
                re.I,
            ),
            lambda match: (
                f"which {match.group('thing')} did {match.group('who')}"
                f"{' previously' if match.group('before') or match.group('then') else ''} meet"
            ),
        ),
        # "after the meeting Blinken umed izhor kard?": did Blinken express hope after the meeting
        (
            re.compile(
                r"^(?P<occasion>(?:after|before|during|at)\s+the\s+(?:meeting|talks|visit)\s+)?"
                rf"(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+(?P<then>(?:after|before|during|at)\s+the\s+(?:meeting|talks|visit)\s+)?"
                r"(?P<what>(?!.*\bchi\b)[^,?]+?)\s+(?:izhor|ibroz)\s+(?:kard|namud)\w*$"
            ),
            lambda match: (
                f"did {match.group('who')} express {match.group('what')}"
                + (
                    f" {(match.group('occasion') or match.group('then')).strip()}"
                    if match.group("occasion") or match.group("then")
                    else ""
                )
            ),
        ),
        # "Xi guft ki China and the US should be partners?": did Xi say that China and the US should be partners
        (
            re.compile(
                rf"^(?!(?i:ki|kī|kiho|chi)\b)(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+(?:{_TAJIK_SAID})\s+(?:ki|ke)\s+"
                r"(?P<claim>.+)$"
            ),
            r"did \g<who> say that \g<claim>",
        ),
        # "chi shud in the meeting?": what happened at the meeting (the question said first)
        (re.compile(r"^chi\s+(?:shud|ruy\s+dod|gap\s+shud)\s+(?P<where>.+)$", re.I), r"what happened \g<where>"),
        # "Maqola kay nashr shud?": when was the article published
        (
            re.compile(
                rf"^(?P<what>.+?)\s+(?P<asked>{_TAJIK.when}|{_TAJIK.where})\s+"
                rf"(?P<done>{'|'.join(_TAJIK_DONE_TO)})\s+(?:shud|gardid|yoft|kard|shudaast)\w*$",
                re.I,
            ),
            _tajik_done_to,
        ),
        # "Kadom ruznoma in maqolaro nashr kard?": which newspaper published this article
        (
            re.compile(
                rf"^kadom\s+(?P<thing>{'|'.join(_TAJIK_OUTLETS)})\w*\s+(?P<what>.+?)\s+(?:nashr|chop)\s+(?:kard|namud)\w*$",
                re.I,
            ),
            lambda match: (
                f"which {next(e for n, e in _TAJIK_OUTLETS.items() if re.match(n, match.group('thing'), re.I))} "
                f"published {match.group('what')}"
            ),
        ),
        # "Xi kadom se usul propose kard?": which three principles did Xi propose
        (
            re.compile(
                rf"^(?P<who>.+?)\s+kadom\s+(?:(?P<count>{'|'.join(_TAJIK_NUMBERS)})\s+)?(?P<thing>\S+)\s+(?P<verb>[a-z]+)\s+"
                rf"{_TAJIK.did}$",
                re.I,
            ),
            lambda match: (
                f"which {_TAJIK_NUMBERS[match.group('count').lower()] + ' ' if match.group('count') else ''}"
                f"{match.group('thing')} did {match.group('who')} {match.group('verb')}"
            ),
        ),
        # "Xi about Taiwan chize guft?": did Xi say anything about Taiwan
        (
            re.compile(
                rf"^(?P<who>.+?)\s+(?P<topic>about\s+.+?)\s+(?:chize|yagon\s+chiz|chizi)\s+{_TAJIK_SAID}$", re.I
            ),
            r"did \g<who> say anything \g<topic>",
        ),
        # "Blinken kujo with Xi vokhurd?", "Blinken with Xi kay vokhurd?": where (when) did Blinken meet Xi
        (
            re.compile(
                rf"^(?P<who>.+?)\s+(?:(?P<asked>{_TAJIK.when}|{_TAJIK.where})\s+with\s+(?P<whom>.+?)"
                rf"|with\s+(?P<with>.+?)\s+(?P<then>{_TAJIK.when}|{_TAJIK.where}))\s+{_TAJIK_MET}$",
                re.I,
            ),
            lambda match: (
                f"{'when' if re.fullmatch(_TAJIK.when, match.group('asked') or match.group('then'), re.I) else 'where'}"
                f" did {match.group('who')} meet {match.group('whom') or match.group('with')}"
            ),
        ),
        # "Blinken dar IMA chi vazifa dorad?": what position does Blinken hold in the US
        (
            re.compile(
                rf"^(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)(?P<where>\s+in\s+[^,?]+?)?\s+(?:chi|kadom)\s+"
                r"(?:vazifa|mansab|lavozim|maqom|title)\w*\s+(?:dorad|dosht|ishg[oa]l\s+mekunad|dar\s+dast\s+dorad)$"
            ),
            r"what position does \g<who> hold\g<where>",
        ),
        # "Guftuguhoi Blinken va Wang Yi chi tavr guzasht?": how did the talks between Blinken and Wang Yi go
        (
            re.compile(
                r"^(?P<what>.+?)\s+(?:chi\s+tavr|chi\s+guna|chaguna)\s+(?:guzasht|guzashtand|sar\s+shud|shud|raft)$",
                re.I,
            ),
            lambda match: f"how did {_with_the(match.group('what'))} go",
        ),
        # "Xi Blinken-ro dar kujo qabul kard?" (Xi, Blinken, where received): where did Xi meet Blinken
        (
            re.compile(
                rf"^(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+(?P<whom>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+"
                rf"(?P<asked>{_TAJIK.when}|{_TAJIK.where})\s+{_TAJIK_MET}$"
            ),
            lambda match: (
                f"{'when' if re.fullmatch(_TAJIK.when, match.group('asked'), re.I) else 'where'} did "
                f"{match.group('who')} meet {match.group('whom')}"
            ),
        ),
        # "Xi chi propose kard?": what did Xi propose
        (
            re.compile(rf"^(?P<who>.+?)\s+{_TAJIK.what}\s+(?P<verb>(?!mention\b)[a-z]+)\s+{_TAJIK.did}$", re.I),
            r"what did \g<who> \g<verb>",
        ),
        # "Wang Yi kist?", "Kist Wang Yi?": who is Wang Yi
        (re.compile(r"^(?:kist|ki\s+ast)\s+(?P<who>.+)$", re.I), r"who is \g<who>"),
        # "Blinken charo ba Pekin raft?": why did Blinken go to Beijing (its "to" put after the verb)
        (
            re.compile(rf"^(?P<who>.+?)\s+{_TAJIK.why}\s+(?P<place>to\s+.+?)\s+{_TAJIK.went}$", re.I),
            r"why did \g<who> go \g<place>",
        ),
        (
            re.compile(rf"^{_TAJIK.why}\s+(?P<who>.+?)\s+(?P<place>to\s+.+?)\s+{_TAJIK.went}$", re.I),
            r"why did \g<who> go \g<place>",
        ),
        *_verb_last(_TAJIK),
        *_word_for_word(_TAJIK_ENGLISH),
        (re.compile(r"\s{2,}"), " "),
        _according_to_last(),
        _the_the(),
        _country_before_title(),
        *_in_english_at_last(),
    )


# Tajik's own words, none of them Persian's as Iran spells them ("guft", not "goft"; "mulokot", not "molaghat";
# "dar borai", not "darbare") or Uzbek's ("maqola" alone is both)
_TAJIK_WORDS = _lazy_pattern(
    r"\b(?:guft\w*|vo(?:kh|h|x)urd\w*|vo(?:kh|h|x)uri\w*|mulo[qk]ot\w*|(?:dar\s+)?bora(?:i|ji|yi)|kujo|kuja|charo"
    r"|kist|chist|davom\s+(?:kard|yoft)\w*|barguzor\s+\w+|navisht\w*|nashr\s+(?:shud|gardid|kard)\w*|boyad|boshem"
    r"|boshand|zikr\s+(?:shud|gardid)\w*|yod\s+shud\w*|vaziri\s+(?:korhoi\s+)?(?:kh|x|h)ori\w*|kotibi\s+davlat\w*"
    r"|maqolaro|maqolai|guftugu\w*|muzokirot\w*|peshnihod\w*|sharikon|hamkoron|kadom|chand\s+(?:vaqt|soat)"
    r"|huquqi\s+inson|tijorat\w*|munosibat\w*|Amriko|IMA|Tojikiston|chize|yagon\s+chiz|ruy\s+dod|obuna\w*"
    r"|chand\s+pul|kor\s+mekunad|tavallud|omilhoi|qabul\s+(?:kard|namud)\w*|chi\s+tavr|vazifa\s+dorad"
    r"|(?:az|ba)\s+nazari|lozim\s+ast|mavzu\w*|medihad|chand\s+(?:moh|sol|ruz|hafta)|davom\s+mekunad)\b",
    re.I,
)
# How readers ask in romanised Greek: "ti eipe o Xi gia tin Taiwan?" (what did Xi say about Taiwan), "poios eipe
# oti …" (who said …), "poion synantise o Blinken?" (whom did Blinken meet), "poso kratise i synantisi?" (how
# long did the meeting last).
_GREEK_ENGLISH = {
    "poses|posa|posoi": "how many", "pote": "when", "pou": "where", "kai": "and",
    "prepei\\s+na\\s+einai": "should be", "oxi": "not", "oti": "that", "me\\s+ton|me\\s+tin": "with",
    "gia": "about", "i\\s+Kina|tin\\s+Kina|tis\\s+Kinas": "China", "tin\\s+Ameriki|Ameriki": "America",
    "synantisi": "meeting", "synomilia": "talks", "arxes": "principles",
}  # fmt: skip


@cache
def _greek() -> _Shapes:
    return (
        (
            re.compile(r"^(?:kai\s+)?(?:o|i)\s+(?P<who>[^,?]+?),\s+ti\s+eipe(?:\s+oti)?(?:\s+(?P<topic>[^?]+))?", re.I),
            r"what did \g<who> say about \g<topic>",
        ),
        (
            re.compile(
                r"^ti\s+eipe\s+(?:o\s+|i\s+)?(?P<who>[^?]+?)\s+(?:gia|schetika\s+me)\s+(?:t[oihn]+\s+)?(?P<topic>[^?]+)",
                re.I,
            ),
            r"what did \g<who> say about \g<topic>",
        ),
        (re.compile(r"^ti\s+eipe\s+(?:o\s+|i\s+)?(?P<who>[^?]+)", re.I), r"what did \g<who> say"),
        (re.compile(r"^poi(?:os|a)\s+eipe\s+(?:oti\s+|pos\s+)?", re.I), "who said "),
        (re.compile(r"^poi(?:on|a)\s+synantise\s+(?:o\s+|i\s+)?(?P<who>[^?]+)", re.I), r"who did \g<who> meet"),
        (
            re.compile(
                r"^poia\s+thesi\s+(?:exei|eixe)\s+(?:o\s+|i\s+)?(?P<who>[^?]+?)(?:\s+stin\s+[^?]*)?(?=\?|$)", re.I
            ),
            r"who is \g<who>",
        ),
        (
            re.compile(
                r"^poso\s+kratise\s+(?:i|o|to)\s+(?:synantisi|synomilia|syzitisi)\s+(?:tou\s+|tis\s+)?(?P<one>[^?]+?)\s+me\s+"
                r"(?:ton|tin)\s+(?P<other>[^?]+)",
                re.I,
            ),
            r"how long did the talks between \g<one> and \g<other> last",
        ),
        (
            re.compile(r"^poso\s+kratise\s+(?:i|o|to)\s+(?:synantisi|synomilia|syzitisi)\b", re.I),
            "how long did the meeting last",
        ),
        (
            re.compile(r"^pos(?:es|a|oi)\s+(?P<thing>[^?]+?)\s+protine\s+(?:o\s+|i\s+)?(?P<who>[^?]+)", re.I),
            r"how many \g<thing> did \g<who> propose",
        ),
        *_word_for_word(_GREEK_ENGLISH),
    )


_GREEK_WORDS = _lazy_pattern(r"\b(?:eipe|poios|poion|poia|poso|poses|posa|synantise|kratise)\b", re.I)
# How readers ask in romanised Hebrew: "ma Xi amar al Taiwan?" (what did Xi say about Taiwan), "mi amar she-…"
# (who said …), "im mi Blinken nifgash?" (whom did Blinken meet), "kama zman ha-pgisha nimshecha?" (how long
# did the meeting last).
_HEBREW_ENGLISH = {
    "ha-pgisha|pgisha": "the meeting", "ha-sichot|sichot": "the talks", "matai": "when", "eifo|efo|heichan": "where",
    "kama": "how many", ",?\\s*bdiyuk": "", "Artzot\\s+ha-Brit": "the United States", "ha-nasi": "the president",
    "sar\\s+ha-chutz": "foreign minister",
}  # fmt: skip
_HEBREW_SAID = r"(?:amar|amra|amru|tagid|hetziya)"


@cache
def _hebrew() -> _Shapes:
    return (
        (re.compile(r"^(?:ve-|u-)", re.I), ""),
        (re.compile(rf"^mi\s+{_HEBREW_SAID}\s+(?:she-?|ki\s+)?", re.I), "who said "),
        (
            re.compile(rf"^ma\s+(?P<who>[^,?]+?)\s+{_HEBREW_SAID}\s+(?:al|odot)\s+(?:ha-)?(?P<topic>[^,?]+)", re.I),
            r"what did \g<who> say about \g<topic>",
        ),
        (
            re.compile(rf"^ma\s+(?P<who>[^,?]+?)\s+{_HEBREW_SAID}\s+(?:le-|l['’]|la-)(?P<whom>[^,?]+)", re.I),
            r"what did \g<who> say to \g<whom>",
        ),
        (re.compile(rf"^ma\s+(?P<who>[^,?]+?)\s+{_HEBREW_SAID}\b", re.I), r"what did \g<who> say"),
        (
            re.compile(r"^(?:im|et)\s+mi\s+(?P<who>[^,?]+?)\s+nifga(?:sh|shah|shu|sha)\b.*$", re.I),
            r"who did \g<who> meet",
        ),
        (
            re.compile(r"^kama\s+zman\s+(?P<what>[^,?]+?)\s+nimsh(?:echa|ach|chu)\b.*$", re.I),
            r"how long did \g<what> last",
        ),
        *_word_for_word(_HEBREW_ENGLISH),
    )


_HEBREW_WORDS = _lazy_pattern(
    r"\b(?:amar|amra|amru|nifgash|nifgesha|nimshecha|nimshach|kama|matai|eifo|bdiyuk)\b", re.I
)


# How readers ask in Kurmanji Kurdish, with or without ê, î, û, ç and ş and with English words: "Xi li ser Taywanê çi
# got?" (what did Xi say about Taiwan), "Blinken li Pekînê bi kê re hevdîtin kir?" (whom did Blinken meet in Beijing),
# "Hevdîtin çiqas dom kir?" (how long did the meeting last), "Kê got divê em bibin hevkar?" (who said they should be
# partners). Kurdish puts its verb last, as Punjabi and Nepali do, and shares their shapes (verb_last.py); its small
# words stand on both sides of a noun ("bi Blinken re": with Blinken, "ji Blinken re": to Blinken, "di hevdîtinê de":
# in the meeting, "derbarê Taywanê de": about Taiwan) and are put before it as English prepositions first, a name's
# ending after them ("Taywanê", "Pekînê", "Blinkenî") left off, and a title's "yê" or "ya" (of) read as English's
# ("Wezîrê Derve yê Çînê": the foreign minister of China). Its "û" (and) is texting's "you", its "kê" and "ku"
# Albanian's whom and where: read before texting's shorthand is spelled out, and before the Albanian book.
_KURDISH_MARKED = (("e", "ê"), ("i", "î"), ("u", "ûù"), ("c", "ç"), ("s", "ş"))
_KURDISH_NAMES = {
    "(?-i:(?:Şî|Si|Xi)\\s+(?:Jînpîng|Jinping|Cinping))": "Xi Jinping", "(?-i:Wang\\s+Y[iî])": "Wang Yi",
    "(?-i:Behra\\s+Başûrê\\s+Çînê|Behra\\s+Basure\\s+Cine)": "the South China Sea",
    "(?-i:Tay[wv]an(?:ê|e)?|Taiwan(?:ê|e)?)": "Taiwan", "(?-i:Pek[iî]n(?:ê|e)?)": "Beijing",
    "(?-i:Ç[iî]n(?:ê|e)?|Cin(?:e)?)": "China", "(?-i:(?<=-)(?:DYA|DEA))": "US", "(?-i:DYA|DEA)": "the US",
    "(?-i:(?:E|A)mer[iî]ka(?:yê|ye)?)": "America",
    "(?-i:R[uû]sya(?:yê|ye)?)": "Russia", "(?-i:Ukrayna(?:yê|ye)?)": "Ukraine",
    "(?-i:Wa[sş]ington(?:ê|e)?)": "Washington", "(?-i:Kal[iî]forn[iî]ya(?:yê|ye)?)": "California",
    "(?-i:Bayden(?:î|i)?)": "Biden", "(?-i:Ewrûpa(?:yê)?|Ewrupa(?:ye)?)": "Europe", "(?-i:Japonya(?:yê|ye)?)": "Japan",
    "(?-i:Kurdistan(?:ê|e)?)": "Kurdistan", "(?-i:Tirkiye(?:yê|ye)?)": "Turkey",
}  # fmt: skip
# Its titles, put into English before the shapes read the question
_KURDISH_TITLES = {
    "wez[iî]r(?:ê|e)\\s+(?:kar[eê]n\\s+)?derve": "foreign minister",
    "sekreter(?:ê|e)\\s+dewlet(?:ê|e)": "secretary of state",
    "serokwez[iî]r\\w*": "prime minister", "serokkomar\\w*|serok(?:ê|e)?": "president", "wez[iî]r\\w*": "minister",
    "rêber\\w*|reber\\w*": "leader", "berdevk\\w*": "spokesperson", "rayedar\\w*|berpirsiyar\\w*": "official",
    "rojnamevan\\w*": "journalist", "d[iî]plomat\\w*": "diplomat", "n[iî]v[iî]skar\\w*": "author",
    "ç[iî]n[iî]|cini": "Chinese", "amer[iî]k[iî]|emerik[iî]": "American", "r[uû]s[iî]": "Russian",
}  # fmt: skip
_KURDISH_THINGS = {
    "(?:ev|v[eê])\\s+(?:gotar|n[iî]v[iî]s|meqale)\\w*": "this article", "(?:gotar|meqale)\\w*": "article",
    "hevd[iî]tin(?:ê|e|a|an)?(?!\\s+(?:kir|pêk\\s+an|pek\\s+an))": "meeting",
    "axaftin\\w*|dan[uû]standin\\w*|got[uû]b[eê]j\\w*|guft[uû]go\\w*": "talks", "civ[iî]n(?:ê|e|a)?": "meeting",
    "saet\\w*|seet\\w*|demjim[eê]r\\w*": "hours", "prens[iî][pb]\\w*|bingeh\\w*": "principles",
    "welat(?:an|ên|en)?|dewlet(?:an|ên|en)": "countries", "abonet\\w*|abonman\\w*|abone\\w*": "subscription",
    "maf(?:ên|en|ê|e)\\s+mirov(?:an)?": "human rights", "bazirgan[iî]\\w*": "trade",
    "hevkar\\w*|hevpar\\w*": "partners",
    "hevrik\\w*|req[iî]b\\w*|dijber\\w*": "rivals", "têkil[iî]\\w*|tekili\\w*": "relations",
}  # fmt: skip
# Its compound verbs of what was done, an English verb before its "kir" (did), as the shared shapes read it
_KURDISH_DONE = {
    "pêşniyar|pesniyar": "propose", "[iî]mze": "sign", "behs": "mention", "ser[eê]dan": "visit", "e[sş]kere": "reveal",
}  # fmt: skip
_KURDISH_EMPLOYERS = {
    "rexistin": "organisation", "wezaret": "ministry", "hikumet": "government", "sazi": "institution",
    "sirket": "company", "rojname": "newspaper",
}  # fmt: skip
_KURDISH_WHO = r"(?:k[eêiî]|kiye)"
_KURDISH_SAID = r"(?:got|gotiye|gotibu|gotine|digot|diyar\s+kir|an[iî]\s+ziman)"
_KURDISH_MET = (
    r"(?:hevd[iî]tin\s+(?:kir|kirin|kiribu|kiriye|pêk\s+an[iî]|pek\s+ani)|hev\s+d[iî]tin|d[iî]t|d[iî]tin|civiya"
    r"|civiyan|meet\s+kir\w*)"
)
_KURDISH = _VerbLast(
    by="",
    about=r"li\s+ser\s+(?P<topic>.+?)",  # put into "about …" first, and read by the shape of what was said
    what=r"(?:ci|chi)",
    said=_KURDISH_SAID,
    who_said=rf"{_KURDISH_WHO}\s+{_KURDISH_SAID}",
    that=r"(?:ku|that)",
    who_said_that=rf"{_KURDISH_WHO}\s+{_KURDISH_SAID}(?:\s+(?:ku|that))?",
    whom=rf"(?:(?:with|to)\s+)?{_KURDISH_WHO}",
    who=_KURDISH_WHO,
    met=_KURDISH_MET,
    how_long=r"(?:ciqas|chiqas)(?:\s+(?:dem|wext|dema|wexte|deme))?|cend\s+(?:dem|wext)",
    how_many_hours=r"(?:cend|chend)\s+(?:hours|saet|saetan)",
    lasted=r"(?:dom\s+kir\w*|dewam\s+kir\w*|domand\w*|ajot|kisand)",
    when=r"(?:kengi|kenge|kinga)",
    where=r"(?:li\s+ku(?:dere)?|ku\s+dere|kudere)",
    took_place=r"(?:pek\s+hat|cebu|hat\s+li\s+dar\s+xistin|hate\s+lidarxistin|bu)",
    how_many=r"(?:cend|chend)",
    did=r"(?:kir|kirin|kiriye|kiribu|dike|dikin)",
    how_much=r"(?:(?:bi\s+)?ciqas(?:i)?\s*(?:e|ye|ne)|(?:bi\s+)?ciqas(?:i)?\s+(?:dike|dikin|e))",
    who_is=r"(?:ki|ke)\s*(?:ye|e)|kiye",
    why=r"(?:cima|chima|cira|bo\s+ci|ji\s+bo\s+ci)",
    went=r"(?:cu|chu|cubu|cuye|hat|hate)",
    happened=r"(?:ci|chi)\s+(?:qewimi|bu|cebu|pek\s+hat|diqewime)",
    about_what=r"about\s+(?:ci|chi)\s*(?:ye|e)?|behsa\s+(?:ci|chi)\s+dike",
    mentioned=(
        r"(?:hat(?:e|in|iye|ine)?\s+(?:behskirin|behs\s+kirin|bahskirin|gotin)|behs\s+(?:le\s+)?hat(?:e|iye)?"
        r"(?:\s+kirin)?|nave\s+we\s+hat)"
    ),
    wrote=rf"{_KURDISH_WHO}\s+(?:nivisand|nivisi|nivisandiye|nivisiye)",
    article=r"(?:(?:this|the)\s+)*(?:article|news|story)",
    title=r"(?:the\s+)?(?:wezife|post|pozisyon|position|title)\s+(?:ci|chi)\s*(?:ye|e)",
    which=r"(?:kijan|kîjan)",
)
_KURDISH_ENGLISH = {"u|û": "and", "an": "or", "ku": "that", "ew": "they", "ev": "this", "ne": "not", "ji": "from"}
_KURDISH_THING = r"(?:meeting|talks|article|story|news|summit)"
# The nouns "kîjan" (which) asks of, with the preposition English puts before each ("di kîjan rojê de": on which day)
_KURDISH_WHICH = {
    "roj(?:e|a)?": "on which day", "dem(?:e|a)?": "at what time", "saet(?:e|a)?": "at what time",
    "bajar(?:i|e)?": "in which city", "avahi(?:ye|ya)?": "in which building", "salon(?:e|a)?": "in which hall",
    "meh(?:e|a)?": "in which month", "sal(?:e|a|i)?": "in which year",
}  # fmt: skip
_KURDISH_OUTLETS = {
    "rojname": "newspaper", "malper": "website", "ajans": "news agency", "televizyon": "channel", "radyo": "radio",
}  # fmt: skip
_KURDISH_DONE_TO = {
    "wesandin": "published", "nivisandin": "written", "nuvekirin": "updated", "nukirin": "updated",
    "rojanekirin": "updated",
}  # fmt: skip
_KURDISH_NUMBERS = {"yek": "one", "du": "two", "se": "three", "car": "four", "penc": "five", "ses": "six"}


# What someone said or holds, asked what it was ("Gotinên Blinken çi bûn?": what were Blinken's words), and its English
_KURDISH_OWNED = {
    "gotin": "words", "peyv": "words", "daxuyani": "statement", "helwest": "position", "peyam": "message",
    "nerin": "view", "raman": "view", "pesniyar": "proposals",
}  # fmt: skip
_KURDISH_WAS = {"bun": "were", "bu": "was", "ne": "are", "ye": "is", "e": "is"}
# Whose a thing is, its pronoun after the thing ("navê wî": his name)
_KURDISH_WHOSE = {"wi": "his", "we": "her", "wan": "their", "te": "your", "min": "my", "me": "our"}


def _kurdish_owned(match: re.Match[str]) -> str:
    """ "what were Blinken's words", "what is his position": whose it is said after the thing."""
    who = match.group("who")
    whose = _KURDISH_WHOSE.get(who.lower()) or (who if who.endswith(("'s", "’s")) else f"{who}'s")
    thing = _KURDISH_OWNED[match.group("thing").lower()]
    return f"what {_KURDISH_WAS[match.group('was').lower()]} {whose} {thing}"


def _kurdish_met_asked(match: re.Match[str]) -> str:
    """ "where did Blinken meet Xi" ("li ku": where), "when did Blinken meet Xi" ("kengî": when)."""
    asked = "where" if re.match(r"(?:li|ku)\b", match.group("asked"), re.I) else "when"
    return f"{asked} did {match.group('who')} meet {match.group('whom')}"


@cache
def _kurdish() -> _Shapes:
    return (
        _after_the_question(),
        *_word_for_word(_KURDISH_TITLES),
        *_word_for_word(_KURDISH_NAMES),
        # a name's ending, "-ê", "-î" or after an apostrophe ("Blinkenî", "Blinken'ê"): the name itself
        (
            re.compile(
                r"\b(?P<name>(?-i:[A-Z])[\w]*?[bcdfghjklmnpqrstvwxz])(?:['’-]?(?:ê|î|yê|ya)|['’-](?:e|i|ye))(?!\w)"
            ),
            r"\g<name>",
        ),
        *_plain_letters(_KURDISH_MARKED),
        # "foreign minister ye China": of China (the ezafe between a title and its country)
        (
            re.compile(rf"\b(?P<title>(?i:{_OFFICE}))\s+(?i:ye|ya|yen|en)\s+(?=(?-i:[A-Z])|the\s+US\b)"),
            r"\g<title> of ",
        ),
        (re.compile(rf"\b(?P<title>(?i:{_OFFICE}))\s+(?=(?:China|America|Russia|the\s+US)\b)"), r"\g<title> of "),
        (re.compile(r"^(?:gelo|ma|de|deh|û|u)\s+", re.I), ""),
        # "Wang Yi di kîjan rêxistinê de dixebite?": which organisation does Wang Yi work for
        (
            re.compile(
                r"^(?P<who>.+?)\s+(?:di|ji\s+bo|bo|li)\s+kijan\s+(?P<employer>\w+?)(?:e|a)?\s+(?:de\s+)?"
                r"(?:dixebite|kar\s+dike)$",
                re.I,
            ),
            _works_for(_KURDISH_EMPLOYERS),
        ),
        # "li gorî gotarê": according to the article; "di destpêka axaftinan de": at the start of the talks
        (re.compile(r"\bli\s+gori\s+(?:vê\s+|ve\s+)?(?:gotar|nuce|nivis|meqale)\w*", re.I), "according to the article"),
        (
            re.compile(r"\bdi\s+(?P<end>destpeka|seriye|dawiya|dawiye)\s+(?P<what>[^,?]+?)\s+de\b", re.I),
            lambda match: (
                f"at the {'end' if match.group('end').lower().startswith('daw') else 'start'} of {match.group('what')}"
            ),
        ),
        # "di kîjan rojê de": on which day ("roja hefteyê": of the week), "li kîjan bajarî": in which city
        (
            re.compile(
                rf"\b(?:(?:di|li)\s+)?kijan\s+(?P<noun>{'|'.join(_KURDISH_WHICH)})(?P<week>\s+(?:hefte|heftiye)\w*)?"
                r"(?:\s+de)?(?=\s)",
                re.I,
            ),
            lambda match: (
                f"{next(e for n, e in _KURDISH_WHICH.items() if re.fullmatch(n, match.group('noun'), re.I))}"
                f"{' of the week' if match.group('week') else ''}"
            ),
        ),
        # "dest bi aramiyê dikin": are beginning to stabilise
        (
            re.compile(r"\bdest\s+bi\s+(?:aram|istiqrar|sekin)\w*\s+(?:dikin|kirine|kirin)\b", re.I),
            "are beginning to stabilise",
        ),
        (
            re.compile(r"\bdest\s+bi\s+(?:aram|istiqrar|sekin)\w*\s+(?:dike|kiriye|kir)\b", re.I),
            "is beginning to stabilise",
        ),
        # "dest pê dike aram bibe": is beginning to stabilise (begins, becomes calm)
        (
            re.compile(
                r"\bdest\s+pe\s+(?P<do>dike|dikin|kiriye|kirine|kir|kirin)\s+(?:ku\s+)?(?:aram|stabil|istiqrar\w*)\s+"
                r"(?:dibe|bibe|dibin|bibin|be|bin)\b",
                re.I,
            ),
            lambda match: (
                f"{'are' if match.group('do').lower().endswith(('n', 'ne')) else 'is'} beginning to stabilise"
            ),
        ),
        # "têkiliya Çîn-DYA": the China-US relationship; "têkiliyên Çîn û DYA": China and US relations
        (
            re.compile(
                r"\btekiliy(?P<many>a|en)\s+(?:(?P<the>the)\s+)?(?P<of>(?-i:[A-Z])[\w]*(?:-(?-i:[A-Z])[\w]*)*"
                r"(?:\s+(?:u|and)\s+(?:the\s+)?(?-i:[A-Z])[\w]*)?)",
                re.I,
            ),
            lambda match: (
                f"the {match.group('of').replace(' u ', ' and ')} relationship"
                if match.group("many").lower() == "a"
                else f"{match.group('of').replace(' u ', ' and ')} relations"
            ),
        ),
        *_word_for_word(_KURDISH_THINGS),
        # "divê em bibin hevkar": they should be partners
        (
            re.compile(r"\bdive\s+(?:em|ew|hun|ew\s+herdu\s+welat)?\s*(?:bibin|bin|bibe|be|bibine)\b", re.I),
            "they should be",
        ),
        # its compound verbs: "pêşniyar kir" (proposed), read as an English verb and its "kir"
        *(
            (re.compile(rf"\b(?:{kurdish})\s+(?=(?:kir|kirin|kiriye|kiribu|dike|dikin)\b)", re.I), f"{english} ")
            for kurdish, english in _KURDISH_DONE.items()
        ),
        # its small words on both sides of a noun: "bi Blinken re" (with Blinken), "ji Blinken re" (to Blinken), "di
        # hevdîtinê de" (in the meeting), "derbarê Taywanê de" (about Taiwan), "li Pekînê" (in Beijing)
        (re.compile(r"\b(?:di\s+)?derbare\s+(?P<what>[^,?]+?)\s+de\b", re.I), r"about \g<what>"),
        (re.compile(r"\bdi\s+(?:dema|dewama|dewra)\s+(?P<what>[^,?]+?)(?:\s+de)?(?=\s)", re.I), r"during \g<what>"),
        (re.compile(r"\b(?:di\s+)?navbera\s+(?P<what>[^,?]+?)(?:\s+de)?(?=\s)", re.I), r"between \g<what>"),
        (re.compile(r"\bdi\s+(?P<what>[^,?]+?)\s+de\b", re.I), r"in \g<what>"),
        (re.compile(r"\bbi\s+(?P<what>[^,?]+?)\s+re\b", re.I), r"with \g<what>"),
        (re.compile(r"\bji\s+(?P<what>[^,?]+?)\s+re\b", re.I), r"to \g<what>"),
        (re.compile(r"\bli\s+gel\s+", re.I), "with "),
        (re.compile(r"\bli\s+ser\s+", re.I), "about "),
        (re.compile(r"\bpisti\b", re.I), "after"),
        (re.compile(r"\bberi\b", re.I), "before"),
        (re.compile(r"\bli\s+(?!(?:ku|kudere|dar)\b)(?=\S)", re.I), "in "),
        (
            re.compile(rf"\b(?P<by>in|at|about|after|before|during|with|from|to|of)\s+(?P<thing>{_KURDISH_THING})\b"),
            r"\g<by> the \g<thing>",
        ),
        # "Behsa Taywanê hat kirin?": was Taiwan mentioned
        (
            re.compile(r"^behs(?:a|e)?\s+(?P<what>.+?)\s+(?:hat|hatiye|hate|te|hatibu)(?:\s+kirin)?$", re.I),
            r"was \g<what> mentioned",
        ),
        # "Kê ev gotar nivîsand?", "Nivîskarê gotarê kî ye?": who wrote the article
        (
            re.compile(
                rf"^{_KURDISH_WHO}\s+(?:this\s+|the\s+)?(?:article|news|story)\s+(?:nivisand|nivisi|nivisandiye)$"
                rf"|^author\w*\s+(?:of\s+)?(?:this\s+|the\s+)?(?:article|news)\s+(?:ki|ke)\s*(?:ye|e)$",
                re.I,
            ),
            "who wrote the article",
        ),
        # "Di gotarê de li ser Rûsyayê tiştek heye?": is there anything about Russia
        (
            re.compile(
                r"^(?:in\s+the\s+article\s+)?(?P<topic>about\s+.+?)\s+(?:tistek|tisteki|tu\s+tist)\s+(?:heye|hebu|hene)"
                r"(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            r"is there anything \g<topic>",
        ),
        # "Kîjan rojnameyê ev gotar weşand?": which newspaper published this article
        (
            re.compile(
                r"^kijan\s+(?P<thing>rojname|malper|ajans|televizyon|radyo)\w*\s+(?P<what>.+?)\s+(?:wesand|wesandiye|belav\s+kir)$",
                re.I,
            ),
            lambda match: f"which {_KURDISH_OUTLETS[match.group('thing').lower()]} published {match.group('what')}",
        ),
        # "Gotar kengî hat weşandin?": when was the article published
        (
            re.compile(
                r"^(?P<what>.+?)\s+(?P<asked>kengi|kenge|li\s+ku)\s+(?:hat|hate|hatiye|hatibu)\s+"
                rf"(?P<done>{'|'.join(_KURDISH_DONE_TO)})(?P<rest>,\s+.+)?$",
                re.I,
            ),
            lambda match: (
                f"{'where' if match.group('asked').lower().startswith('li') else 'when'} was "
                f"{_with_the(match.group('what'))} "
                f"{_KURDISH_DONE_TO[match.group('done').lower()]}{match.group('rest') or ''}"
            ),
        ),
        # "Xi on which day Blinken dît?": on which day did Xi meet Blinken
        (
            re.compile(
                rf"^(?P<who>.+?)\s+(?P<asked>(?:on|in|at)\s+(?:which|what)\s+\w+(?:\s+of\s+the\s+week)?)\s+"
                rf"(?:with\s+)?(?P<whom>.+?)\s+{_KURDISH_MET}$",
                re.I,
            ),
            r"\g<asked> did \g<who> meet \g<whom>",
        ),
        # "Xi kîjan sê prensîp pêşniyar kirin?": which three principles did Xi propose
        (
            re.compile(
                rf"^(?P<who>.+?)\s+kijan\s+(?:(?P<count>{'|'.join(_KURDISH_NUMBERS)})\s+)?(?P<thing>\S+)\s+(?P<verb>[a-z]+)\s+"
                rf"{_KURDISH.did}$",
                re.I,
            ),
            lambda match: (
                f"which {_KURDISH_NUMBERS[match.group('count').lower()] + ' ' if match.group('count') else ''}"
                f"{match.group('thing')} did {match.group('who')} {match.group('verb')}"
            ),
        ),
        # "Gotinên Blinken çi bûn?": what were Blinken's words (a thing said before whose it is, "-ên", "-ê" or "-a")
        (
            re.compile(
                rf"^(?P<thing>{'|'.join(_KURDISH_OWNED)})(?:en|e|a|ya)\s+(?P<who>[^,?]+?)\s+(?:ci|chi)\s+"
                r"(?P<was>bun|bu|ne|ye|e)$",
                re.I,
            ),
            _kurdish_owned,
        ),
        # "Kî ye Wang Yi?": who is Wang Yi
        (re.compile(r"^(?:ki|ke)\s*(?:ye|e)\s+(?P<who>.+)$", re.I), r"who is \g<who>"),
        # "Xi çi ragihand?": what did Xi announce
        (
            re.compile(r"^(?P<who>.+?)\s+(?:ci|chi)\s+(?:ragihand|daxuyand|reveal\s+kir)$", re.I),
            r"what did \g<who> announce",
        ),
        # "Gelo Xi li ser Taywanê tiştek got?": did Xi say anything about Taiwan
        (
            re.compile(
                rf"^(?P<who>.+?)\s+(?P<topic>about\s+.+?)\s+(?:tistek|tisteki|tu\s+tist)\s+{_KURDISH_SAID}$", re.I
            ),
            r"did \g<who> say anything \g<topic>",
        ),
        # "Blinken çima çû Pekînê?": why did Blinken go to Beijing (the place after the verb)
        (
            re.compile(rf"^(?P<who>.+?)\s+{_KURDISH.why}\s+(?P<went>{_KURDISH.went})\s+(?:to\s+)?(?P<place>.+)$", re.I),
            r"why did \g<who> go to \g<place>",
        ),
        (
            re.compile(rf"^{_KURDISH.why}\s+(?P<who>.+?)\s+(?P<went>{_KURDISH.went})\s+(?:to\s+)?(?P<place>.+)$", re.I),
            r"why did \g<who> go to \g<place>",
        ),
        # "Blinken li ku bi Xi re hevdîtin kir?": where did Blinken meet Xi
        (
            re.compile(
                rf"^(?P<who>.+?)\s+(?P<asked>{_KURDISH.when}|{_KURDISH.where})\s+with\s+(?P<whom>.+?)\s+{_KURDISH_MET}$",
                re.I,
            ),
            _kurdish_met_asked,
        ),
        # "Blinken bi Wang Yi re li ser çi axivî?": what did Blinken talk about with Wang Yi
        (
            re.compile(
                r"^(?P<who>.+?)(?P<with>\s+with\s+.+?)?\s+about\s+(?:ci|chi)\s+(?:axivi|axivin|peyivi|peyivin"
                r"|gotubej\s+kir\w*|sohbet\s+kir\w*|talks\s+kir\w*)$",
                re.I,
            ),
            r"what did \g<who> talk about\g<with>",
        ),
        # "Wezîfeya Wang Yi çi ye?": what is Wang Yi's position
        (
            re.compile(r"^(?:wezife|post|pozisyon|kare)\w*\s+(?P<who>.+?)\s+(?:ci|chi)\s*(?:ye|e)$", re.I),
            r"what is \g<who>'s position",
        ),
        (re.compile(r"^(?P<what>.+?)\s+(?:biha|buha|bihaye|buhaye)\s+(?=ciqas)", re.I), r"\g<what> "),
        # "Wezîrê Derve yê Çînê kî ye, navê wî çi ye?": who is China's foreign minister, and a question after it
        (re.compile(r"^(?P<who>[^,?]+?)\s+(?:ki|ke)\s*(?:ye|e)(?P<rest>,\s+\S.*)$", re.I), r"who is \g<who>\g<rest>"),
        *_verb_last(_KURDISH),
        # a question of its own after the first one's comma: "…, last updated kengê ye?" (when is it last updated),
        # "…, navê wî çi ye?" (what is his name); "Navê wezîrê derve çi ye?": what is the foreign minister's name
        (
            re.compile(r"(?P<start>,\s+)(?P<what>[^,?]+?)\s+(?:kengi|kenge)\s*(?:ye|e)$", re.I),
            r"\g<start>when is \g<what>",
        ),
        (
            re.compile(r"(?P<start>^|,\s+)nav(?:e|a)?\s+(?P<whose>[^,?]+?)\s+(?:ci|chi)\s*(?:ye|e)$", re.I),
            lambda match: (
                f"{match.group('start')}what is "
                + (
                    f"{_KURDISH_WHOSE[match.group('whose').lower()]} name"
                    if match.group("whose").lower() in _KURDISH_WHOSE
                    else f"the name of {_with_the(match.group('whose'))}"
                )
            ),
        ),
        *_word_for_word(_KURDISH_ENGLISH),
        (re.compile(r"\s{2,}"), " "),
        _according_to_last(),
        _the_the(),
        _country_before_title(),
        *_in_english_at_last(),
    )


_KURDISH_WORDS = _lazy_pattern(
    r"\b(?:[cç]i|chi)\s+(?:got|gotiye|ragihand|qewim[iî]|d[iî]t|axiv[iî]n?|peyiv[iî]n?)(?:\W*$|\s*\?)"
    r"|^(?:k[eêiî])\s+(?:got|gotiye|n[iî]v[iî]sand)\b|\bk[eêiî]\s+d[iî]t(?:\W*$|\s*\?)|\b(?:[cç]i|chi)(?:\s+y?e|ye)(?:\W*$|\s*\?)"
    r"|\b(?:[cç]iqas|[cç]end|keng[iîeê]|[cç]ima|k[iî]jan|qewim[iî]|n[iî]v[iî]sand|dixebite|ragihand)\b"
    r"|\bhevd[iî]tin\w*\b|\b(?:dom|dewam)\s+kir\w*\b|\bli\s+(?:ser|ku)\b.*\b(?:got|kir\w*|hat|b[uû])(?:\W*$|\s*\?)"
    r"|\b(?:k[iî]|k[eê])\s*ye(?:\W*$|\s*\?)|\b(?:[cç]i|chi)\s+b[uû]n?(?:\W*$|\s*\?)"
    r"|\bbehs(?:a|ê|e)?\s+.+\s+hat\w*(?:\s+kirin)?(?:\W*$|\s*\?)|\bp[eê]k\s+hat\b"
    r"|\bti[sş]tek\s+(?:heye|heb[uû])\b|\bli\s+gor[iî]\b|\bwe[sş]and\w*",
    re.I,
)

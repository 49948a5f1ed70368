"""Armenian phrasebook: Armenian (a branch of its own among the Indo-European languages), typed in Latin letters."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from knowledge.phrasebooks.shapes import (
    _ANSWER_WORDS,
    _TWO_WORD_NAME,
    _according_to_last,
    _after_the_question,
    _country_before_title,
    _in_english_at_last,
    _lazy_pattern,
    _plain_letters,
    _Shapes,
    _the_the,
    _what_it_costs,
    _with_the,
    _word_for_word,
)

# How readers ask in Armenian typed in Latin letters (chat's "ch" or "c" for չ, ճ and ց, "ts" or "c" for ծ and ց, "q"
# or "k" for ք, "x" or "kh" for խ, "gh" or "x" for ղ, "y" for ը, "u" for ու), with English words: "Inch asec Xi-n
# Taywani masin?" (what did Xi say about Taiwan), "Um het handipec Blinken-y Pekinum?" (whom did Blinken meet in
# Beijing), "Inchqan tevec handipumy?" (how long did the meeting last), "Ov asec vor petq e gortsynker linenq?" (who
# said we should be partners). Its words go in any order round the question word and its verb ("Xi-n inch asec …",
# "Taywani masin inch asec Xi-n?"): the phrase a postposition closes ("Taywani masin": about Taiwan, "Blinkeni het":
# with Blinken, "handipumic heto": after the meeting) and a name's case ending ("Pekinum": in Beijing, "Blinkenin": to
# Blinken) are put after the rest, as English puts them after its verb, and the shapes read the question word, its
# verb and the one who did it. A name's article ("Xi-n", "Blinken-y") is left off. Read before texting's shorthand is
# spelled out: its "u" (and) is texting's "you".
_ARMENIAN_MARKED = (
    ("ch", "č"), ("sh", "š"), ("zh", "ž"), ("j", "ǰ"), ("y", "ə"), ("e", "ē"), ("gh", "ł"), ("r", "ṙ"), ("o", "ō"),
)  # fmt: skip
_ARMENIAN_NAMES = {
    "(?-i:(?:Si|Xi)\\s+(?:Tszinpin|Jinpin|Jinping|Czinpin|Dzinpin|Tsinpin)\\w*)": "Xi Jinping",
    "(?-i:Van\\s+(?:Yi|I))(?![\\w'’-])": "Wang Yi", "(?-i:Entoni|Antoni)(?=\\s+Blinken)": "Antony",
    "(?-i:Jo|Djo)(?=\\s+Bayden)": "Joe",
    "(?-i:Harav(?:-|\\s+)?(?:Chinakan|Chinastani)\\s+(?:cov|tsov)\\w*)": "the South China Sea",
    "(?-i:(?:Chinastan|China|Chin)-AMN|AMN-(?:Chinastan|China|Chin))(?:['’-]?(?:i|n|y))?": "China-US",
    "(?-i:AMN|Amn)(?:['’-]?(?:i|n|y|um|ic|its|in))?": "the US", "(?-i:Miacyal\\s+Nahangner\\w*)": "the United States",
    "(?-i:Zhoghovrdi\\s+Mec\\s+Dahlich\\w*|Zhoxovrdi\\s+Mets\\s+Dahlich\\w*)": "the Great Hall of the People",
}  # fmt: skip
_ARMENIAN_STEMS = {
    "taywan": "Taiwan", "tayvan": "Taiwan", "taivan": "Taiwan", "thaivan": "Taiwan", "taiwan": "Taiwan",
    "pekin": "Beijing", "beijing": "Beijing", "chinastan": "China", "china": "China", "amerika": "America",
    "rusastan": "Russia", "ukraina": "Ukraine", "vashington": "Washington", "kalifornia": "California",
    "bayden": "Biden", "evropa": "Europe", "chaponia": "Japan", "japonia": "Japan", "hayastan": "Armenia",
    "shveycaria": "Switzerland", "shveicaria": "Switzerland", "shveytsaria": "Switzerland", "fransia": "France",
    "germania": "Germany", "hndkastan": "India", "iran": "Iran", "vrastan": "Georgia", "turqia": "Turkey",
    "korea": "Korea", "britania": "Britain", "israel": "Israel", "siria": "Syria", "blinken": "Blinken",
}  # fmt: skip
# What happened round the question, said with a case ending, put last with its English preposition ("handipumic
# heto": after the meeting)
_ARMENIAN_OCCASIONS = {
    "hodvaci\\s+(?:hamadzayn|hamadzayn\\w*)|hodvatsi\\s+hamadzayn": "according to the article",
    "(?:banakcutyun|banaktsutyun|zruyc|zruyts)\\w*\\s+(?:skzbum|sksin)": "at the start of the talks",
    "handip\\w*\\s+(?:skzbum|sksin)": "at the start of the meeting",
    "(?:banakcutyun|banaktsutyun|zruyc|zruyts)\\w*\\s+(?:verjum|averjin)": "at the end of the talks",
    "handip\\w*\\s+(?:verjum|averjin)": "at the end of the meeting",
    "handipumic\\s+heto|handipumits\\s+heto|handipumich\\s+heto": "after the meeting",
    "handipumic\\s+araj|handipumits\\s+araj": "before the meeting",
    "handipman\\s+(?:jamanak|yntacqum|yntatsqum|entacqum)": "during the meeting", "handipumum": "at the meeting",
    "(?:banakcutyun|banaktsutyun)\\w*ic\\s+heto": "after the talks",
    "(?:banakcutyun|banaktsutyun)\\w*(?:um|nerum)": "in the talks", "hodvacum|hodvatsum|nyutum": "in the article",
}  # fmt: skip
_ARMENIAN_THINGS = {
    "skzbum\\s+(?:en|e)\\s+kayunanal|sksel\\s+(?:en|e)\\s+kayunanal|kayunanum\\s+(?:en|e)":
        "are beginning to stabilise",
    "artaqin\\s+gorceri\\s+nakharar\\w*|artakin\\s+gortseri\\s+naxarar\\w*|artaqin\\s+gortseri\\s+nakharar\\w*"
    "|artgornax\\w*|ArtGorNakh\\w*": "foreign minister",
    "petqartughar\\w*|petqartuxar\\w*|petakan\\s+qartughar\\w*": "secretary of state",
    "varchapet\\w*": "prime minister", "nakharar\\w*|naxarar\\w*": "minister",
    "nakhagah\\w*|naxagah\\w*": "president", "ghekavar\\w*|xekavar\\w*|lider\\w*": "leader",
    "xosnak\\w*|khosnak\\w*": "spokesperson", "pashtonya\\w*": "official", "lragrogh\\w*|lragrox\\w*": "journalist",
    "divanaget\\w*|diplomat\\w*": "diplomat", "heghinak\\w*|hexinak\\w*|avtor\\w*": "author", "hyur\\w*": "guest",
    "chinakan|chinaci|chinacu": "Chinese", "amerikyan|amerikaci|amerikacu": "American", "rusakan": "Russian",
    "ays\\s+(?:hodvac|hodvats|nyut)\\w*": "this article", "hodvac\\w*|hodvats\\w*": "the article",
    "handipum\\w*|handipm\\w*": "the meeting", "banakcutyun\\w*|banaktsutyun\\w*|zruyc\\w*|zruyts\\w*": "the talks",
    "aycel\\w*|aytsel\\w*": "the visit", "mardu\\s+iravunq\\w*|mardkayin\\s+iravunq\\w*": "human rights",
    "arevtur\\w*|arevtr\\w*": "trade", "jam|jamov|jamum": "hours", "skzbunq\\w*|sksbunq\\w*|princip\\w*": "principles",
    "erkrner\\w*|erkrn\\w*|petutyunner\\w*": "countries", "bajanordagrutyun\\w*": "the subscription",
    "gortsynker\\w*|gorcynker\\w*|gortsengker\\w*|gorcenker\\w*|partnyor\\w*": "partners",
    "mrcakic\\w*|mrtsakits\\w*|hakarakord\\w*": "rivals", "haraberutyunner\\w*": "relations",
    "haraberutyun\\w*": "the relationship", "tarberutyun\\w*|tarakarcutyun\\w*": "differences",
    "arajyntac\\w*|arajntac\\w*|arajyntats\\w*": "progress", "pashton\\w*|kochum\\w*": "title",
    "shabatva|shabatvai": "week's", "arajin\\s+angam|arajin\\s+angamic": "first", "verjin\\s+angam": "last",
    "karch|karch\\s+asac": "briefly", "naxkinum|nakhkinum|naxkin|aveli\\s+vagh": "previously",
    "mejberum\\w*|citat\\w*": "quotes", "terti|terty|tert": "newspaper",
}  # fmt: skip
# Its postpositions, after the thing they go with, and English's preposition before it ("Taywani masin": about Taiwan)
_ARMENIAN_POSTPOSITIONS = {
    "masin|masin\\s+e|veraberyal": "about", "het|hets": "with", "heto": "after", "araj|arach": "before",
    "jamanak|yntacqum|yntatsqum": "during", "hamar": "for", "koghmic|koxmic|kogmic": "by",
}  # fmt: skip
# A name's case ending and English's word before it ("Pekinum": in Beijing; "-i", "-in", of or to, read by the word
# after it)
_ARMENIAN_CASES = {"um": "in", "yum": "in", "ic": "from", "its": "from", "yic": "from", "ov": "by", "yov": "by"}
_ARMENIAN_ENDINGS = "in|yi|i|u|n|y|e|um|yum|ic|its|yic|ov|yov"
# Its words that are no thing a postposition goes with (its question words and verbs)
_ARMENIAN_NOT_THINGS = (
    r"(?:inch|inc|ench|inchi|ov|um|umic|erb|vortegh|vortex|ur|inchu|qani|inchqan|vor|e|en|er|asec|asets|asel|ka"
    r"|handipec|handipecin|handipel|tevec|grel|grec|ban|mi|inch-vor|inchvor|ays|ayd|is|are|was|were|did)"
)
_ARMENIAN_WHAT = r"(?:inch|inc|ench|inč)"
_ARMENIAN_SAID = (
    r"(?:asec|asets|asac|asel\s+e|e\s+asel|asum\s+e|haytararec|haytararets|haytarel\s+e|e\s+haytarel|nshec|nshets"
    r"|xosec|khosec|xosets|khosets|asecin|asetsin|asel\s+en|en\s+asel|xosecin|xosetsin|khosecin|qnnarkecin|qnnarkec)"
)
_ARMENIAN_MET = (
    r"(?:handipec|handipets|handipecin|handipetsin|handipel\s+e|e\s+handipel|handipel\s+en|en\s+handipel"
    r"|handipum\s+unecav|handipum\s+unecel|meet\s+arec|er\s+handipel|handipel\s+er|ein\s+handipel|handipel|yndunec"
    r"|yndunets|yndunel\s+e|e\s+yndunel)"
)
_ARMENIAN_LASTED = r"(?:tevec|tevets|tevecin|tevel\s+e|e\s+tevel|tevel\s+en|sharunakvec)"
_ARMENIAN_TOOK_PLACE = (
    r"(?:texi\s+unecav|tegh\s+unecav|tegi\s+unecav|texi\s+e\s+unecel|e\s+texi\s+unecel|tegh\s+e\s+unecel"
    r"|kayacav|kayatsav|kayacel\s+e|e\s+kayacel|anckacvec|antskatsvec|anckacvel\s+e)"
)
_ARMENIAN_WROTE = r"(?:grec|grets|grel\s+e|e\s+grel|grel)"
_ARMENIAN_MENTIONED = (
    r"(?:nshvel|nshvec|nshvum|nshvac|nshvats|hishatakvel|hishatakvec|hishatakvac|hishatakvats|hishvel|hishvec|xosvel"
    r"|khosvel)"
)
_ARMENIAN_DONE = {
    "arajarkec|arajarkets|arajarkel\\s+e|e\\s+arajarkel|arajadrec": "propose", "nshec|nshets": "mention",
    "storagrec|storagrets": "sign", "haytararec|haytararets": "announce", "aycelec|aytselets": "visit",
}  # fmt: skip
_ARMENIAN_WENT = r"(?:gnac|gnats|gnacel\s+e|e\s+gnacel|ekav|ekel\s+e|e\s+ekel|meknec|meknets)"
_ARMENIAN_NUMBERS = {"mek": "one", "erku": "two", "yerku": "two", "ereq": "three", "yereq": "three", "chors": "four",
                     "hing": "five"}  # fmt: skip
# The nouns "vor" (which) asks of and English's words for the two ("vor qaghaqum": in which city)
_ARMENIAN_WHICH = {
    "qaghaq\\w*|kaghak\\w*|qaxaq\\w*": "in which city", "orn|or|orin": "on which day",
    "jamin|jamy": "at what time", "shenq\\w*": "in which building", "amsin|amis": "in which month",
    "tarin|tari": "in which year",
}  # fmt: skip
_ARMENIAN_PUBLISHED = {
    "hraparakv|hratarakv|tpagrv": "published", "grv": "written", "tarmacv|tarmatsv|tarmatsvel|tarmacvel": "updated",
}  # fmt: skip
_ARMENIAN_ENGLISH = {
    "u|ev|yev": "and", "kam": "or", "nranq": "they", "ch['’]?|chi": "not", "ays": "this", "nayev|naev": "also",
    "karch": "briefly", "manramasn": "in detail", "hstak": "exactly",
    # words of the news, put into English last, so that the words said match the article's
    "zargacum\\w*|zargatsum\\w*": "development", "ajakcutyun\\w*|ajaktsutyun\\w*": "support",
    "hamagorcakcutyun\\w*|hamagortsaktsutyun\\w*": "cooperation", "hargank\\w*": "respect",
    "tntesutyun\\w*": "economy", "ashxarh\\w*|ashkharh\\w*": "world", "xndir\\w*|khndir\\w*": "problem",
    "harc(?:er|ery)?|harts(?:er|ery)?": "issues", "mtahogutyun\\w*": "concerns", "janq\\w*|jank\\w*": "efforts",
    "erkxosutyun\\w*": "dialogue", "hamadzaynutyun\\w*": "agreement", "anvtangutyun\\w*": "security",
    "paterazm\\w*": "war", "xaghaghutyun\\w*": "peace", "patjamijoc\\w*": "sanctions",
    "karavarutyun\\w*": "government", "apaga\\w*": "future", "drakan": "positive", "bacasakan": "negative",
    "gorcon\\w*|gortson\\w*": "factors", "avelanum\\s+en|acum\\s+en": "increasing", "lucvi|lutsvi": "solved",
    "parz": "clear", "der": "still",
}  # fmt: skip
_ABOUT = re.compile(r"^about\s+")  # "was about trade mentioned": "about" said once, by "mentioned"
_ISSUE = re.compile(r"(?:['’]s)?\s+(?:issues|harcy|hartsy|harcn|hartsn)$", re.I)  # "X-i harcy": the issue of X, X
_IN_THE_ARTICLE = re.compile(r"\s+in\s+the\s+article\b")  # "is there anything in the article about …": said once
_PREPOSITIONS = r"(?:about|to|in|at|from|with|after|before|during|for|by|according|and|or|of|on)"
# The phrases put after the question, one English preposition each ("about Taiwan", "after the meeting")
_TAIL = r"(?P<tail>(?:\s+(?:about|to|in|at|from|with|after|before|during|for|by|according)\b[^,?]*)?)"
_NAME = rf"(?:{_TWO_WORD_NAME}|the\s+US|(?-i:[A-Z])[\w'’-]*)"


def _armenian_name(name: str) -> str:
    """A name with its case ending or article left off ("Taywani": Taiwan, "Xi-n": Xi, "Putini": Putin), in
    English where the book knows it."""
    stem = re.sub(rf"[-'’](?:{_ARMENIAN_ENDINGS})$", "", name)
    if stem == name:
        known = re.fullmatch(rf"(?P<stem>{'|'.join(_ARMENIAN_STEMS)})(?:{_ARMENIAN_ENDINGS})?", name, re.I)
        stem = known.group("stem") if known else re.sub(r"(?<=[bcdfghjklmnpqrstvwxz])y?i$", "", name)
    return _ARMENIAN_STEMS.get(stem.lower(), stem)


def _put_last(preposition: str, thing: bool = True) -> Callable[[re.Match[str]], str]:
    """The phrase a postposition or case ending closes put after the rest of the question, its English preposition
    before it ("Taywani masin inch asec Xi-n": what did Xi say, about Taiwan); ``thing``: whether the thing it goes
    with is kept ("Taiwan"), not when the English says it all ("handipumic heto": "after the meeting")."""

    def put_last(match: re.Match[str]) -> str:
        what = match.group("thing")
        what = _armenian_name(what) if what[:1].isupper() else what
        rest = f"{match.group('before')} {match.group('after')}".split()
        return " ".join([*rest, preposition, what] if thing else [*rest, preposition])

    return put_last


def _armenian_declined(match: re.Match[str]) -> str:
    """ "Chinastani foreign minister": China's foreign minister; "Xi-n": Xi."""
    name = _armenian_name(match.group("name"))
    return f"{name}'s " if match.group("owner") else name


@cache
def _armenian() -> _Shapes:
    word = rf"(?!{_ARMENIAN_NOT_THINGS}\b)[a-z][\w-]*"  # a word of the thing, no question word or verb of its
    thing = rf"(?!(?i:{_ARMENIAN_NOT_THINGS})\b)(?:{_NAME}|(?:the\s+)?(?:{word}\s+)?{word})"
    known = "|".join(_ARMENIAN_STEMS)
    which = "|".join(_ARMENIAN_WHICH)
    done = "|".join(_ARMENIAN_DONE)
    return (
        _after_the_question(),
        # a second question after a comma asking the first again more narrowly ("Erb handipecin Xi-n u Blinken-y,
        # vor orn er?": when did Xi and Blinken meet, which day was it), set aside
        (
            re.compile(
                r"^(?P<first>(?:erb|yerb|vortegh|vortex|ur|inch|inc|ov|um|qani|inchqan)\b[^,]+?)\s*,\s*"
                r"(?:vor|inch|erb|ur|vortegh|qani)\s+\S+(?:\s+\S+)?\s+(?:e|er|en|ein)$",
                re.I,
            ),
            r"\g<first>",
        ),
        *_plain_letters(_ARMENIAN_MARKED),
        *_word_for_word(_ARMENIAN_NAMES),
        (re.compile(r"\b(?:inch|inc|ench)[-\s]?vor\s+ban\b", re.I), "anything"),
        (re.compile(r"\binchi\s+masin\b", re.I), "what about"),
        # what happened round the question, put last ("handipumic heto": after the meeting)
        *(
            (
                re.compile(rf"^(?P<before>.*?)\s*\b(?P<thing>{occasion})\b\s*(?P<after>.*)$", re.I),
                _put_last(english, thing=False),
            )
            for occasion, english in _ARMENIAN_OCCASIONS.items()
        ),
        *_word_for_word(_ARMENIAN_THINGS),
        # "petq e gortsynker linenq": we should be partners
        (
            re.compile(
                r"\b(?:petq\s+e|piti)\s+(?:(?P<what>\S+)\s+(?P<be>linenq|linen|lini)|(?P<then>linenq|linen|lini)\s+"
                r"(?P<was>\S+))\b",
                re.I,
            ),
            lambda match: (
                f"{'we' if (match.group('be') or match.group('then')).lower() == 'linenq' else 'they'} should be "
                f"{match.group('what') or match.group('was')}"
            ),
        ),
        # the phrase a postposition closes, put last: "Taywani masin" (about Taiwan), "Blinkeni het" (with Blinken)
        *(
            (
                re.compile(rf"^(?P<before>.*?)\s*\b(?P<thing>{thing})\s+(?:{postposition})\b\s*(?P<after>.*)$"),
                _put_last(english),
            )
            for postposition, english in _ARMENIAN_POSTPOSITIONS.items()
        ),
        # a name's case ending: "Pekinum" (in Beijing), "Blinkenin" (to Blinken), put last; "Chinastani foreign
        # minister" (China's foreign minister), "Xi-n" (Xi)
        *(
            (
                re.compile(
                    rf"^(?P<before>.*?)\s*\b(?P<thing>(?:{_TWO_WORD_NAME}|(?-i:Xi|[A-Z]\w*))[-'’](?:{ending})"
                    rf"|(?i:{known})(?:{ending})|(?-i:[A-Z])[a-z]{{2,}}[bcdfghjklmnpqrstvwxz](?:{ending}))\b\s*"
                    rf"(?P<after>.*)$"
                ),
                _put_last(english),
            )
            for ending, english in _ARMENIAN_CASES.items()
        ),
        (
            re.compile(
                rf"\b(?P<name>(?:{_TWO_WORD_NAME}|(?-i:Xi|[A-Z]\w*))[-'’](?:in|i|yi|u)|(?i:{known})(?:in|i|yi|u))"
                rf"(?P<owner>\s+(?=(?!(?:{_ARMENIAN_NOT_THINGS}|{_PREPOSITIONS})\b)(?-i:[a-z])))"
            ),
            _armenian_declined,
        ),
        (
            re.compile(
                rf"^(?P<before>.*?)\s*\b(?P<thing>(?:{_TWO_WORD_NAME}|(?-i:Xi|[A-Z]\w*))[-'’](?:in|i|yi)"
                rf"|(?i:{known})(?:in|yi))\b\s*(?P<after>.*)$"
            ),
            _put_last("to"),
        ),
        (
            re.compile(
                rf"\b(?P<name>(?:{_TWO_WORD_NAME}|(?-i:Xi|[A-Z]\w*))[-'’](?:{_ARMENIAN_ENDINGS})|(?i:{known})"
                rf"(?:y|n|e)?)(?P<owner>)\b"
            ),
            _armenian_declined,
        ),
        (re.compile(r"^(?:isk|u|ev|bayc|de)\s+", re.I), ""),
        # who said: "Ov asec vor …", "… ov asec?"
        (re.compile(rf"^(?:ov|o|ovqer)\s+{_ARMENIAN_SAID}\s*,?\s+(?:vor\s+|that\s+)?", re.I), "who said "),
        (re.compile(rf"^(?P<said>.+?)\s+(?:asec\s+ov|ov\s+{_ARMENIAN_SAID})$", re.I), r"who said \g<said>"),
        # what someone said, its words in any order round "inch asec"
        (
            re.compile(rf"^(?P<who>[^,?]+?)\s+anything\s+{_ARMENIAN_SAID}{_TAIL}$", re.I),
            r"did \g<who> say anything\g<tail>",
        ),
        (
            re.compile(rf"^{_ARMENIAN_SAID}\s+(?P<who>[^,?]+?)\s+anything{_TAIL}$", re.I),
            r"did \g<who> say anything\g<tail>",
        ),
        (
            re.compile(
                rf"^(?:{_ARMENIAN_WHAT}\s+{_ARMENIAN_SAID}\s+(?P<who>[^,?]+?)|(?P<subject>[^,?]+?)\s+{_ARMENIAN_WHAT}\s+"
                rf"{_ARMENIAN_SAID}){_TAIL}{_ANSWER_WORDS}",
                re.I,
            ),
            lambda match: (
                f"what did {match.group('who') or match.group('subject')} say{match.group('tail')}"
                f"{match.group('rest') or ''}"
            ),
        ),
        (
            re.compile(rf"^(?P<topic>about\s+[^,?]+?)\s+{_ARMENIAN_WHAT}\s+{_ARMENIAN_SAID}\s+(?P<who>[^,?]+)$", re.I),
            r"what did \g<who> say \g<topic>",
        ),
        (
            re.compile(rf"^what\s+about\s+(?:{_ARMENIAN_SAID})\s+(?P<who>[^,?]+?){_TAIL}$", re.I),
            r"what did \g<who> talk about\g<tail>",
        ),
        # whom someone met, and who met someone
        (
            re.compile(
                rf"^(?:(?:um|ovi)(?:\s+het)?|with\s+um|whom)\s+{_ARMENIAN_MET}\s+(?P<who>[^,?]+?){_TAIL}$"
                rf"|^(?P<subject>[^,?]+?)\s+(?:(?:um|ovi)(?:\s+het)?)\s+{_ARMENIAN_MET}"
                rf"{_TAIL.replace('tail', 'then')}$",
                re.I,
            ),
            lambda match: (
                f"who did {match.group('who') or match.group('subject')} meet"
                f"{match.group('tail') or match.group('then') or ''}"
            ),
        ),
        (
            re.compile(rf"^(?:ov|ovqer)\s+{_ARMENIAN_MET}\s+(?:with\s+|to\s+)?(?P<whom>[^,?]+)$", re.I),
            r"who met \g<whom>",
        ),
        # when and where people met, or something took place ("Erb handipecin Xi-n u Blinken-y?")
        (
            re.compile(
                rf"^(?:(?P<first>[^,?]+?)\s+)??(?:(?P<week>week's)\s+)?vor\s+(?P<noun>{which})\s+(?:(?P<did>{_ARMENIAN_MET}"
                rf"|{_ARMENIAN_TOOK_PLACE})\s+(?P<who>[^,?]+)|(?P<subject>[^,?]+?)\s+(?P<done>{_ARMENIAN_MET}|{_ARMENIAN_TOOK_PLACE})"
                rf"|(?P<then>{_ARMENIAN_MET}|{_ARMENIAN_TOOK_PLACE}))$",
                re.I,
            ),
            _armenian_which,
        ),
        (
            re.compile(
                rf"^(?P<asked>erb|yerb|vortegh|vortex|ortex|ur)\s+(?:(?P<did>{_ARMENIAN_MET}|{_ARMENIAN_TOOK_PLACE})"
                rf"\s+(?P<who>[^,?]+?)|(?P<subject>[^,?]+?)\s+(?P<done>{_ARMENIAN_MET}|{_ARMENIAN_TOOK_PLACE})){_TAIL}$",
                re.I,
            ),
            _armenian_when_where,
        ),
        # how long something lasted
        (
            re.compile(
                rf"^(?:(?:inchqan|incqan|inchkan|inchqa)(?:\s+(?:jamanak|jamanakov|erkar))?|(?P<hours>qani\s+hours))\s+"
                rf"(?:{_ARMENIAN_LASTED}\s+(?P<what>.+)|(?P<thing>.+?)\s+{_ARMENIAN_LASTED})$"
                rf"|^(?P<subject>.+?)\s+(?:(?:inchqan|incqan|inchkan)(?:\s+(?:jamanak|jamanakov))?|(?P<many>qani\s+hours))"
                rf"\s+{_ARMENIAN_LASTED}$",
                re.I,
            ),
            _armenian_how_long,
        ),
        # how many things someone did, and which ("Vor ereq skzbunqnern arajarkec Xi-n?")
        (
            re.compile(
                rf"^(?P<asked>qani|vor)\s+(?:(?P<count>{'|'.join(_ARMENIAN_NUMBERS)})\s+)?(?P<thing>\S+?)(?:n|y)?\s+"
                rf"(?:(?P<done>{done})\s+(?P<who>.+)|(?P<subject>.+?)\s+(?P<did>{done}))$",
                re.I,
            ),
            _armenian_how_many_done,
        ),
        (
            re.compile(
                rf"^(?P<subject>[^,?]+?)\s+(?P<asked>qani|vor)\s+(?:(?P<count>{'|'.join(_ARMENIAN_NUMBERS)})\s+)?"
                rf"(?P<thing>\S+?)(?:n|y)?\s+(?P<did>{done}){_TAIL}$",
                re.I,
            ),
            _armenian_how_many_done,
        ),
        # who someone is, who wrote the article, when it was published
        (
            re.compile(
                rf"^(?:ov|ova)\s+{_ARMENIAN_WROTE}\s+(?:this|the)\s+article$|^(?:this|the)\s+article\s+ov\s+{_ARMENIAN_WROTE}$",
                re.I,
            ),
            "who wrote the article",
        ),
        (
            re.compile(r"^(?:ov|ova)\s+(?P<is>e|er)\s+(?P<who>.+)$|^(?P<whom>.+?)\s+ov\s+(?P<was>e|er)$", re.I),
            _armenian_who_is,
        ),
        (
            re.compile(
                rf"^(?:erb|yerb|vortegh|ur)\s+(?:e\s+)?(?:(?P<first>first|last)\s+)?(?P<done>{'|'.join(_ARMENIAN_PUBLISHED)})\w*"
                rf"(?:\s+e)?\s+(?P<what>.+)$"
                rf"|^(?P<thing>.+?)\s+(?:erb|yerb)\s+(?:e\s+)?(?P<did>{'|'.join(_ARMENIAN_PUBLISHED)})\w*(?:\s+e)?$",
                re.I,
            ),
            _armenian_published,
        ),
        (
            re.compile(
                r"^(?:vor|inch)\s+newspaper\s+(?:hraparakec|hraparakets|tpagrec|e\s+hraparakel)\s+(?P<what>.+)$", re.I
            ),
            r"which newspaper published \g<what>",
        ),
        # why someone went: "Inchu gnac Blinken-y Pekin?"
        (
            re.compile(
                rf"^(?:inchu|incu|inchi\s+hamar|inchu\s+hamar)\s+(?:{_ARMENIAN_WENT}\s+(?P<who>{_NAME})|(?P<subject>{_NAME})"
                rf"\s+{_ARMENIAN_WENT})(?:\s+(?:to\s+)?(?P<place>{_NAME}))?{_TAIL}$",
                re.I,
            ),
            lambda match: (
                f"why did {match.group('who') or match.group('subject')} go"
                f"{' to ' + match.group('place') if match.group('place') else ''}{match.group('tail')}"
            ),
        ),
        (re.compile(r"^(?:inchu|incu|inchi\s+hamar)\b", re.I), "why"),
        (
            re.compile(
                rf"^{_ARMENIAN_WHAT}\s+(?:{_ARMENIAN_TOOK_PLACE}|patahec|patahets|eghav|kataryvec){_TAIL}$", re.I
            ),
            r"what happened\g<tail>",
        ),
        (
            re.compile(
                r"^what\s+about\s+(?:e|en|er)\s+(?P<what>.+)$|^(?P<thing>.+?)\s+what\s+about\s+(?:e|en|er)$", re.I
            ),
            lambda match: f"what is {_with_the(match.group('what') or match.group('thing'))} about",
        ),
        # was something mentioned, is there anything about it
        (
            re.compile(
                rf"^(?:vor|inch)\s+(?P<what>\S+?)(?:n|y)?\s+(?:en|e)\s+{_ARMENIAN_MENTIONED}\w*(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            r"which \g<what> were mentioned",
        ),
        (
            re.compile(
                rf"^(?:{_ARMENIAN_MENTIONED}\w*\s+(?:e\s+)?(?P<what>[^,?]+?)|(?P<thing>[^,?]+?)\s+(?:e\s+)?"
                rf"{_ARMENIAN_MENTIONED}\w*(?:\s+e)?)(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            lambda match: (
                f"was {_ISSUE.sub('', _ABOUT.sub('', match.group('what') or match.group('thing')))} mentioned"
            ),
        ),
        (
            re.compile(r"^(?:anything|mi\s+ban)\s+ka\b(?P<tail>.*)$", re.I),
            lambda match: "is there anything" + _IN_THE_ARTICLE.sub("", match.group("tail")),
        ),
        # what someone's title is; what something costs
        (
            re.compile(
                r"^(?:inch|inc)\s+title\s+(?:uni|e\s+zbaghecnum|uner)\s+(?P<who>.+)$|^(?P<whose>.+?)\s+(?:inch|inc)\s+title"
                r"\s+(?:uni|uner)$|^(?P<owner>.+?)['’]s\s+title\s+(?:inch|inc)\s+e$",
                re.I,
            ),
            lambda match: f"what is {match.group('who') or match.group('whose') or match.group('owner')}'s title",
        ),
        (
            re.compile(
                r"^(?:inchqan|incqan|qani)\s+(?:arzhe|arje|e\s+arzhum|arzhi)\s+(?P<what>.+)$"
                r"|^(?P<thing>.+?)\s+(?:inchqan|incqan|qani)\s+(?:arzhe|arje|e\s+arzhum)$",
                re.I,
            ),
            _what_it_costs,
        ),
        (re.compile(r"^(?:inch|inc)\s+(?:e|en)\b", re.I), "what is"),
        (re.compile(r"^(?:ov|ovqer)\b", re.I), "who"),
        (re.compile(r"^(?:erb|yerb)\b", re.I), "when"),
        (re.compile(r"^(?:vortegh|vortex|ur)\b", re.I), "where"),
        (re.compile(r"^(?:qani)\b", re.I), "how many"),
        *_word_for_word(_ARMENIAN_ENGLISH),
        (re.compile(r"\s{2,}"), " "),
        _according_to_last(),
        _the_the(),
        _country_before_title(),
        *_in_english_at_last(),
    )


def _armenian_when_where(match: re.Match[str]) -> str:
    """ "when did Xi and Blinken meet", "where did the meeting take place"."""
    asked = "when" if match.group("asked").lower() in ("erb", "yerb") else "where"
    who = match.group("who") or match.group("subject")
    met = re.fullmatch(_ARMENIAN_MET, match.group("did") or match.group("done"), re.I)
    tail = re.sub(
        r"^\s+to\s+", " ", match.group("tail")
    )  # "Vortegh yndunec Xi-n Blinken-in": where did Xi meet Blinken
    return f"{asked} did {who} meet{tail}" if met else f"{asked} did {_with_the(who)} take place"


def _armenian_which(match: re.Match[str]) -> str:
    """ "in which city did the meeting take place", "on which day of the week did Xi meet Blinken"."""
    asked = next(e for n, e in _ARMENIAN_WHICH.items() if re.fullmatch(n, match.group("noun"), re.I))
    asked += " of the week" if match.group("week") else ""
    who = match.group("who") or match.group("subject") or match.group("first") or "it"
    met = re.fullmatch(_ARMENIAN_MET, match.group("did") or match.group("done") or match.group("then"), re.I)
    return f"{asked} did {who} meet" if met else f"{asked} did {_with_the(who)} take place"


def _armenian_how_long(match: re.Match[str]) -> str:
    """ "how long did the meeting last", "how many hours did the talks last"."""
    asked = "how many hours" if match.group("hours") or match.group("many") else "how long"
    what = match.group("what") or match.group("thing") or match.group("subject")
    return f"{asked} did {_with_the(what)} last"


def _armenian_how_many_done(match: re.Match[str]) -> str:
    """ "how many principles did Xi propose", "which three principles did Xi propose"."""
    said = match.groupdict()
    done = said.get("done") or match.group("did")
    verb = next(e for d, e in _ARMENIAN_DONE.items() if re.fullmatch(d, done, re.I))
    count = _ARMENIAN_NUMBERS.get((match.group("count") or "").lower(), "")
    asked = "how many" if match.group("asked").lower() == "qani" else "which"
    thing = f"{count} {match.group('thing')}" if count else match.group("thing")
    return f"{asked} {thing} did {said.get('who') or match.group('subject')} {verb}{said.get('tail') or ''}"


def _armenian_who_is(match: re.Match[str]) -> str:
    """ "who is Wang Yi", "who wrote the article" (the article's author, who)."""
    who = match.group("who") or match.group("whom")
    if re.fullmatch(r"(?:the\s+)?article(?:['’]s)?\s+author|(?:the\s+)?author\s+of\s+the\s+article", who, re.I):
        return "who wrote the article"
    return f"who {'was' if (match.group('is') or match.group('was')).lower() == 'er' else 'is'} {who}"


def _armenian_published(match: re.Match[str]) -> str:
    """ "when was the article published"."""
    done = (match.group("done") or match.group("did")).lower()
    english = next(e for d, e in _ARMENIAN_PUBLISHED.items() if re.match(d, done))
    asked = "where" if match.group().lower().startswith(("vortegh", "ur ")) else "when"
    first = f"{match.group('first')} " if match.group("first") else ""
    return f"{asked} was {_with_the(match.group('what') or match.group('thing'))} {first}{english}"


_ARMENIAN_WORDS = _lazy_pattern(
    r"\b(?:asec|asets|asecin|handip\w+|tevec\w*|inchqan|incqan|masin|vortegh|vortex|inchu|hodvac\w*|hodvats\w*"
    r"|nshvel|nshvec|nshvac|nshvats|hishatakv\w*|grel\s+e|e\s+grel|hraparakv\w*|arajarkec|arajarkel"
    r"|banakcutyun\w*|banaktsutyun\w*"
    r"|nakharar\w*|naxarar\w*|naxagah\w*|nakhagah\w*|petqartughar\w*|linenq|kayacav|texi\s+unecav|tegh\s+unecav"
    r"|gortsynker\w*|gorcynker\w*|Pekinum|Chinastan\w*|haraberutyun\w*|skzbunq\w*|inch-vor|inchvor|pashton\w*)\b"
    r"|^(?:inch|inc|ench)\s+(?:e|en|asec|asets)\b|^(?:ov|um)\s+(?:e|het)\b|\b(?-i:[A-Z])\w*-(?:n|y)\b|naxkinum"
    r"|\b(?:inch|inc)\s+(?:e\s+)?(?:asel|asec|asets|asac)\b",
    re.I,
)

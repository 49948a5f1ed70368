"""Slavic phrasebooks: Ukrainian and Belarusian typed in Latin letters, Czech, Slovak and Slovene."""

from __future__ import annotations

import re
from functools import cache

from knowledge.phrasebooks.shapes import (
    _CZECH_FIRST_NAME,
    _CZECH_NAME,
    _TWO_WORD_NAME,
    _according_to_last,
    _after_the_question,
    _how_many_done,
    _in_english_at_last,
    _lazy_pattern,
    _past_tense,
    _plain_letters,
    _Shapes,
    _the_the,
    _title_asked,
    _title_of_country,
    _us_foreign_minister,
    _what_said,
    _why_done,
    _with_the,
    _word_for_word,
    _works_for,
)

# How readers ask in Ukrainian typed in Latin letters: "Shcho Xi skazav pro Taiwan?" (what did Xi say about Taiwan),
# "Khto skazav, shcho …" (who said …), "Z kym zustrivsia Blinken u Beijing?" (whom did Blinken meet in Beijing),
# "Skilky tryvala zustrich?" (how long did the meeting last), "Khto avtor tsiiei statti?" (who wrote this article).
_UKRAINIAN_ENGLISH = {
    "ministr\\w*\\s+zakordonnykh\\s+sprav|(?:ministr|holov)\\w*\\s+MZS": "foreign minister",
    "derzh\\w*\\s+sekretar\\w*|derzhsekretar\\w*": "secretary of state", "ministr\\w*": "minister",
    "prezydent\\w*": "president", "lider\\w*": "leader", "posadov\\w*": "official", "rechnyk\\w*": "spokesperson",
    "zhurnalist\\w*": "journalist", "dyplomat\\w*": "diplomat", "amerykansk\\w*": "American",
    "kyta[iy]sk\\w*": "Chinese", "Kyta[iy]\\w*": "China", "SShA|SSHA": "the US", "Ameryk\\w*": "America",
    "Rosi(?:ia|ya|i|iu|yu|ieiu)": "Russia",
    "ts(?:iiei|iyeyi|iei|ieyi|ijeji)\\s+stat+[iy]|tsiu\\s+stat+[iy]u": "this article",
    "stat+(?:ia|ya|i|iu|yu)": "the article", "zustrich\\w*": "the meeting", "perehovor\\w*": "the talks",
    "pro|shchodo": "about", "ta": "and", "z|iz|zi": "with", "pislia|pislya": "after", "pid\\s+chas": "during",
    "pered": "before", "ne": "not", "vony": "they", "vin": "he", "vona": "she", "povynni|maiut|mayut": "should",
    "buty": "be", "partneramy|partnery": "partners", "supernykamy|suprotyvnykamy": "rivals", "hodyn\\w*": "hours",
    "pryntsyp\\w*": "principles", "dva|dvi": "two",
}  # fmt: skip
_UKRAINIAN_WHAT = r"(?:shcho|shco|scho|sho|shto)"
_UKRAINIAN_SAID = r"(?:s?kaza(?:v|la|ly|lo)|za(?:ia|ya|ja)vy(?:v|la|ly)|[hg]ovory(?:v|la|ly)|povidomy(?:v|la|ly))"
_UKRAINIAN_MET = (
    r"(?:zustri(?:vsia|vsya|vsja|lasia|lasya|lysia|lysya|chavsia|chavsya|v|la|ly)|bachy(?:vsia|vsya|lysia|lysya))"
)


@cache
def _ukrainian() -> _Shapes:
    return (
        (re.compile(r"^(?:a|i|ta)\s+(?=(?:shcho|khto|koly|de|skilky|z\s+kym)\b)", re.I), ""),
        (re.compile(r"\b(?:u|v|you)\s+(?=[A-Z])"), "in "),  # "u Beijing", spelled out as texting's "u"
        (re.compile(rf"^khto\s+{_UKRAINIAN_SAID}\s*,?\s+(?:{_UKRAINIAN_WHAT}\s+|that\s+)?", re.I), "who said "),
        (
            re.compile(r"^khto\s+(?:avtor(?:ka)?|napysa(?:v|la))\s+(?:ts\w+\s+)?stat+[iy]\w*$", re.I),
            "who wrote the article",
        ),
        (re.compile(r"^khto\s+avtor(?:ka)?\b", re.I), "who is the author"),
        (
            re.compile(rf"^khto\s+{_UKRAINIAN_MET}\s+(?:z|iz|zi)\s+(?P<whom>.+?)(?:(?<=\w{{4}})(?:om|em|ym))?$", re.I),
            r"who met \g<whom>",
        ),
        (
            re.compile(
                rf"^(?:(?:z|iz|zi)\s+kym|koho|kogo)\s+{_UKRAINIAN_MET}\s+"
                r"(?P<who>.+?)(?=\s+(?:in|na|pid\s+chas|pislia)\s|$)",
                re.I,
            ),
            r"who did \g<who> meet",
        ),
        (
            re.compile(rf"^(?:(?:z|iz|zi)\s+kym|koho|kogo)\s+(?P<who>.+?)\s+{_UKRAINIAN_MET}\b", re.I),
            r"who did \g<who> meet",
        ),
        (
            re.compile(
                rf"^{_UKRAINIAN_WHAT}\s+(?P<who>.+?)\s+{_UKRAINIAN_SAID}\s+(?:pro|shchodo)\s+(?P<topic>.+)$", re.I
            ),
            r"what did \g<who> say about \g<topic>",
        ),
        (
            re.compile(
                rf"^{_UKRAINIAN_WHAT}\s+{_UKRAINIAN_SAID}\s+(?P<who>.+?)\s+(?:pro|shchodo)\s+(?P<topic>.+)$", re.I
            ),
            r"what did \g<who> say about \g<topic>",
        ),
        # "Shcho Wang Yi skazav Blinkenu?": whom it was said to, named without the ending of "to"
        (
            re.compile(
                rf"^{_UKRAINIAN_WHAT}\s+(?P<who>.+?)\s+{_UKRAINIAN_SAID}\s+(?P<whom>.+?)(?:(?<=\w{{4}})(?:ovi|evi|u))?$",
                re.I,
            ),
            r"what did \g<who> say to \g<whom>",
        ),
        (re.compile(rf"^{_UKRAINIAN_WHAT}\s+(?P<who>.+?)\s+{_UKRAINIAN_SAID}$", re.I), r"what did \g<who> say"),
        (re.compile(rf"^{_UKRAINIAN_WHAT}\s+{_UKRAINIAN_SAID}\s+(?P<who>.+)$", re.I), r"what did \g<who> say"),
        (
            re.compile(r"^skilky\s+hod[iy]n\s+tryva\w*\s+(?P<what>.+)$", re.I),
            r"how many hours did \g<what> last",
        ),
        (
            re.compile(r"^(?:skilky(?:\s+chasu)?|[iy]ak\s+dov[hg]o)\s+tryva\w*\s+(?P<what>.+)$", re.I),
            r"how long did \g<what> last",
        ),
        (re.compile(r"^(?:skilky\s+chasu|[iy]ak\s+dov[hg]o)\b", re.I), "how long"),
        (re.compile(r"^skilky\b", re.I), "how many"),
        *(
            rule
            for ukrainian, english in (("koly", "when"), ("de", "where"))
            for rule in (
                (
                    re.compile(rf"^{ukrainian}\s+(?:vidbu\w*|prokhody\w*|bula|buv|buly|bulo)\s+(?P<what>.+)$", re.I),
                    rf"{english} was \g<what>",
                ),
                (re.compile(rf"^{ukrainian}\s+{_UKRAINIAN_MET}\s+(?P<who>.+)$", re.I), rf"{english} did \g<who> meet"),
                (
                    re.compile(rf"^{ukrainian}\s+(?P<who>.+?)\s+{_UKRAINIAN_MET}\b", re.I),
                    rf"{english} did \g<who> meet",
                ),
            )
        ),
        (re.compile(r"^koly\b", re.I), "when"),
        (re.compile(r"^de\s+(?=(?:vin|vona|vony|bula|buv|buly|zhyve|znakhodyt\w*|perebuva\w*)\b)", re.I), "where "),
        (re.compile(r"^chomu\b", re.I), "why"),
        (re.compile(r"^(?:[iy]akyi|[iy]akyy|[iy]aka|[iy]ake|[iy]aki|kotryi|kotra|kotre)\b", re.I), "which"),
        (re.compile(r"^[iy]ak\b", re.I), "how"),
        (re.compile(r"^khto\s+(?:takyi|takyy|taka|taki|tse|ye|ie)\s+", re.I), "who is "),
        (re.compile(r"^khto\b", re.I), "who"),
        (re.compile(r"\bi\b"), "and"),  # "Blinken i Wang"; a capital "I" is English
        *_word_for_word(_UKRAINIAN_ENGLISH),
        (
            re.compile(
                r"(?<!\bthe )\b(?P<adjective>American|Chinese)\s+(?=(?:foreign\s+minister|minister|president|secretary"
                r"|leader|official|spokesperson|journalist|diplomat)\b)"
            ),
            r"the \g<adjective> ",
        ),
        _title_of_country(),
        _us_foreign_minister(),
    )


_UKRAINIAN_WORDS = _lazy_pattern(
    rf"\b(?:shcho|shco|scho|khto|koly|skilky|{_UKRAINIAN_SAID}|z\s+kym|{_UKRAINIAN_MET}|zustrich\w*|tryva(?:la|ly|v))\b"
    r"|^(?:sho|shto)\s.*\b(?:s?kaza(?:v|la|ly))\b"
    r"|^de\s+(?:\w+\s+)?(?:vidbu\w*|zustri\w*|bula|buv|buly|zhyve|znakhodyt\w*|perebuva\w*|prokhody\w*)\b",
    re.I,
)
# How readers ask in Czech, often without its accents and with English words: "Co řekl Xi o Taiwanu?" (what did Xi
# say about Taiwan), "Kdo řekl, že …" (who said …), "S kým se Blinken setkal v Pekingu?" (whom did Blinken meet in
# Beijing), "Jak dlouho trvala schůzka?" (how long did the meeting last), "ministr zahraničí Číny" (China's foreign
# minister), "Dej mi všechny jeho citáty" (give me all his quotes). A capitalised name declined after a preposition
# or as the one spoken to is read in its own form ("s Blinkenem", "o Taiwanu", "Blinkenovi": with Blinken, about
# Taiwan, to Blinken; "Blinkenovy citáty": Blinken's quotes), and Czech names of places as English ones ("Peking").
_CZECH_MARKED = (
    ("a", "á"), ("c", "č"), ("d", "ď"), ("e", "éě"), ("i", "í"), ("n", "ň"), ("o", "ó"), ("r", "ř"), ("s", "š"),
    ("t", "ť"), ("u", "úů"), ("y", "ý"), ("z", "ž"),
)  # fmt: skip
_CZECH_PLACES = {
    "(?-i:Si\\s+Tin-?pching\\w*)": "Xi Jinping", "(?-i:Peking\\w*)": "Beijing", "(?-i:Tchaj-?wan\\w*)": "Taiwan",
    "(?-i:Cin(?:a|y|e|u|ou))": "China", "(?-i:Ameri(?:ka|ky|ce|ku|kou))": "America",
    "(?-i:Spojen\\w*\\s+stat\\w*|USA)": "the United States", "(?-i:Rusk(?:o|a|u|em))": "Russia",
    "(?-i:Ukrajin(?:a|y|e|u|ou))": "Ukraine", "(?-i:Moskv(?:a|y|e|u|ou))": "Moscow", "cinsk\\w*": "Chinese",
    "americk\\w*": "American", "rusk\\w*": "Russian",
}  # fmt: skip
_CZECH_ENGLISH = {
    "ministr\\w*\\s+zahranic\\w*(?:\\s+vec\\w*)?": "the foreign minister",
    "statni\\w*\\s+tajemn\\w*": "the secretary of state", "ministr\\w*": "the minister",
    "prezident\\w*": "the president", "premier\\w*": "the prime minister", "lidr\\w*": "the leader",
    "mluvc\\w*": "the spokesperson", "uredni\\w*|predstavitel\\w*": "the official", "novinar\\w*": "the journalist",
    "diplomat\\w*": "the diplomat", "autor\\w*": "the author", "velvyslan\\w*": "the ambassador",
    "konzul\\w*": "the consul",
    "(?:ten|tento|tenhle|tohoto|tomto|tom)\\s+clan(?:ek|ku)": "this article", "clan(?:ek|ku|kem)": "the article",
    "schuz(?:ka|ky|ce|ku|kou)|setkani": "the meeting", "jednani|rozhovory|rozhovoru": "the talks",
    "hodin(?:y|u|a)?": "hours", "principy|principu|principi|zasady|zasad": "principles",
    "by\\s+meli\\s+byt|meli\\s+by\\s+byt|maji\\s+byt|musi\\s+byt": "they should be", "by\\s+meli|meli\\s+by": "should",
    "byt": "be", "partneri|partnery|partnerami|partnerem": "partners", "souperi|soupere|rivalove|rivaly": "rivals",
    "vztah(?:y|u|ich|um)": "relations", "vztah": "relationship", "predplatne\\w*": "the subscription",
    "cen(?:a|u|y)": "the price", "oni|ony": "they", "jeho": "his", "jeji": "her", "jejich": "their",
    "vsechny|vsechna|vsech|vse": "all", "citaty|citace|citaci": "quotes", "vyroky|vyjadreni|prohlaseni": "statements",
    "presna\\s+slova": "the exact words", "slova": "words", "presn\\w*": "exact", "prosim": "please",
    "dej(?:te)?\\s+mi": "give me", "rekni(?:te)?\\s+mi|povez(?:te)?\\s+mi": "tell me", "ukaz(?:te)?\\s+mi": "show me",
    "a": "and", "nebo": "or", "o|ohledne": "about", "(?<!['’])(?:s|se(?=\\s+(?-i:[SZ])))": "with", "se": "",
    "v|ve": "in", "na": "at", "(?:z|ze)(?=\\s+(?-i:[A-Z]))": "from", "ze": "that", "do": "to", "k|ke": "to",
    "po": "after", "pred": "before", "behem": "during", "ne": "not", "dva|dve": "two", "tri": "three", "je": "is",
    "jsou": "are", "byl|byla|bylo": "was", "byli|byly": "were",
    "you(?=\\s+(?-i:[A-Z]))": "at",  # "u Blinkena", spelled out as texting's "u"
}  # fmt: skip
# A place or time said after the one asked about ("Co řekl Blinken po schůzce?": what did Blinken say after the meeting)
_CZECH_PLACE_OR_TIME = r"(?P<where>\s+(?:v|ve|na|po|pred|behem|pri|podle|podla|in|at|after|during|before)\s+[^,?]+)?"
_CZECH_SAID = r"(?:rekl[aiy]?|rikal[aiy]?|prohlasil[aiy]?|uvedl[aiy]?|tvrdil[aiy]?|sdelil[aiy]?|said)"
_CZECH_MET = r"(?:setkal[aiy]?|sesel|sesl[aiy]|potkal[aiy]?|met)"
# A question's "which …" put into English before its verb is read (Slovak "Aký deň …", "V ktorom meste …"): asked as
# "kdy" and "kde" are
_CZECH_WHICH_ASKED = r"(?P<asked>(?:(?:in|at|on)\s+)?(?:which|what)\s+[a-z]+(?:\s+of\s+the\s+week)?)"
# What was done, asked how many times: "Kolik principů navrhl Xi?" (how many principles did Xi propose)
_CZECH_DONE = {
    "navrhl": "propose", "zminil": "mention", "podepsal": "sign", "oznamil": "announce", "navstivil": "visit",
    "rekl": "say", "uvedl": "state", "prodal": "sell", "koupil": "buy", "ztratil": "lose",
}  # fmt: skip
_CZECH_DONE_WORDS = "|".join(_CZECH_DONE)


@cache
def _czech() -> _Shapes:
    return (
        *_plain_letters(_CZECH_MARKED),
        *_word_for_word(_CZECH_PLACES),
        (re.compile(rf"\b(?P<name>{_CZECH_NAME})(?:ovy|ova|ovo|uv|ovych)\b"), r"\g<name>'s"),  # "Blinkenovy citaty"
        (
            re.compile(
                rf"\b(?P<by>(?i:o|v|ve|na|z|ze|do|k|ke|u|you|po|od|pri|bez|podle|kolem))\s+{_CZECH_FIRST_NAME}"
                rf"(?P<name>{_CZECH_NAME})u\b"
            ),
            r"\g<by> \g<first>\g<name>",
        ),
        (
            re.compile(rf"\b(?P<by>(?i:s|se|za|pred|nad|pod|mezi))\s+{_CZECH_FIRST_NAME}(?P<name>{_CZECH_NAME})em\b"),
            r"\g<by> \g<first>\g<name>",
        ),
        (re.compile(rf"\b(?i:o)\s+{_CZECH_FIRST_NAME}(?P<name>{_CZECH_NAME})ovi\b"), r"about \g<first>\g<name>"),
        (re.compile(rf"\b(?i:k|ke)\s+{_CZECH_FIRST_NAME}(?P<name>{_CZECH_NAME})ovi\b"), r"to \g<first>\g<name>"),
        (re.compile(rf"\b(?P<name>{_CZECH_NAME})ovi\b"), r"to \g<name>"),  # "Co rekl Wang Yi Blinkenovi?"
        (
            re.compile(
                r"^(?:(?:a|ale|tak|no)\s+|(?:rekni|reknete|povez|povezte)\s+mi,?\s+)"
                r"(?=(?:co|kdo|kdy|kde|jak|kolik|koho|s\s+kym)\b)",
                re.I,
            ),
            "",
        ),
        (re.compile(rf"^kdo\s+{_CZECH_SAID}\s*,?\s+(?:ze\s+|that\s+)?", re.I), "who said "),
        # "Kdo Wangovi (hned na začátku) řekl, že …": who told Wang (right at the start) that …
        (
            re.compile(
                rf"^kdo\s+to\s+(?P<whom>{_CZECH_FIRST_NAME}{_CZECH_NAME})(?P<when>\s+[^,]+?)?\s+{_CZECH_SAID}\s*,?\s+"
                r"(?:ze|that)\s+",
                re.I,
            ),
            r"who told \g<whom>\g<when> that ",
        ),
        (
            re.compile(r"^kdo\s+(?:napsal\w*|je\s+autor\w*)(?:\s+(?:ten|tento|tenhle|tohoto)?\s*clan\w*)?$", re.I),
            "who wrote the article",
        ),
        (re.compile(r"^kdo\s+napsal\w*\s+", re.I), "who wrote "),
        (re.compile(rf"^kdo\s+se\s+{_CZECH_MET}\s+(?:s|se|with)\s+", re.I), "who met "),
        (
            re.compile(
                rf"^(?:s|se)\s+k[yi]m\s+se\s+{_CZECH_MET}\s+(?P<who>.+?)(?=\s+(?:v|ve|na|po|pred|behem|in)\s|$)", re.I
            ),
            r"who did \g<who> meet",
        ),
        (re.compile(rf"^(?:s|se)\s+k[yi]m\s+se\s+(?P<who>.+?)\s+{_CZECH_MET}\b", re.I), r"who did \g<who> meet"),
        (
            re.compile(
                r"^koho\s+(?:potkal\w*|navstivil\w*|prijal\w*)\s+(?P<who>.+?)(?=\s+(?:v|ve|na|po|in)\s|$)", re.I
            ),
            r"who did \g<who> meet",
        ),
        (re.compile(rf"^(?P<who>.+?)\s+se\s+{_CZECH_MET}\s+(?:s|se)\s+k[yi]m\b", re.I), r"who did \g<who> meet"),
        (re.compile(r"^kdo\s+je\s+", re.I), "who is "),
        (re.compile(r"^kdo\s+byl[a]?\s+", re.I), "who was "),
        *_what_said(r"co", _CZECH_SAID, r"(?:o|ohledne|about)", _CZECH_PLACE_OR_TIME),
        (
            re.compile(r"^kolik\s+hodin\s+(?:trval[aoy]?|probihal[aoy]?)\s+(?P<what>.+)$", re.I),
            r"how many hours did \g<what> last",
        ),
        (
            re.compile(r"^(?:jak\s+dlouho|kolik\s+casu)\s+(?:trval[aoy]?|probihal[aoy]?)\s+(?P<what>.+)$", re.I),
            r"how long did \g<what> last",
        ),
        (re.compile(r"^(?P<what>.+?)\s+trval[aoy]?\s+jak\s+dlouho$", re.I), r"how long did \g<what> last"),
        (re.compile(r"^jak\s+dlouh[aeyo]\s+byl[aoy]?\s+", re.I), "how long was "),
        *(
            rule
            for czech, english in (("kdy", "when"), ("kde", "where"), (_CZECH_WHICH_ASKED, r"\g<asked>"))
            for rule in (
                (
                    re.compile(rf"^{czech}\s+se\s+{_CZECH_MET}\s+(?P<who>.+?)\s+(?:s|se)\s+(?P<whom>.+)$", re.I),
                    rf"{english} did \g<who> meet \g<whom>",
                ),
                (re.compile(rf"^{czech}\s+se\s+{_CZECH_MET}\s+(?P<who>.+)$", re.I), rf"{english} did \g<who> meet"),
                (re.compile(rf"^{czech}\s+se\s+{_CZECH_MET}$", re.I), rf"{english} did they meet"),
                (
                    re.compile(rf"^{czech}\s+se\s+(?P<who>.+?)\s+{_CZECH_MET}\b(?P<rest>.*)$", re.I),
                    rf"{english} did \g<who> meet\g<rest>",
                ),
                (
                    re.compile(
                        rf"^{czech}(?P<where>\s+(?:v|ve|na)\s+(?-i:[A-Z])\S*)?\s+"
                        r"(?:se\s+(?:konal[aoy]?|odehral[aoy]?|uskutecnil[aoy]?)|probehl[aoy]?)\s+(?P<what>.+)$",
                        re.I,
                    ),
                    rf"{english} was \g<what> held\g<where>",
                ),
                (re.compile(rf"^{czech}\s+(?:byl[aoy]?)\s+(?P<what>.+)$", re.I), rf"{english} was \g<what>"),
            )
        ),
        (
            re.compile(rf"^kolik\s+(?P<thing>\S+)\s+(?P<done>{_CZECH_DONE_WORDS})[aiy]?\s+(?P<who>.+)$", re.I),
            _how_many_done(_CZECH_DONE),
        ),
        (re.compile(r"^kolik\s+stoj[ií]\s+(?P<what>.+)$", re.I), r"how much does \g<what> cost"),
        (re.compile(r"^kolik\b", re.I), "how many"),
        (re.compile(r"^kdy\b", re.I), "when"),
        (re.compile(r"^kde\b", re.I), "where"),
        (re.compile(r"^proc\b", re.I), "why"),
        (re.compile(r"^jak\b", re.I), "how"),
        (re.compile(r"^(?:ktery|ktera|ktere|kteri)\b", re.I), "which"),
        (re.compile(r"^co\s+je\s+", re.I), "what is "),
        (
            re.compile(
                r"^(?:byl[aoy]?|je)\s+(?:v\s+clanku\s+)?(?:zminen|zminovan)[aoy]?\s+(?P<what>.+?)(?:\s+v\s+clanku)?$",
                re.I,
            ),
            r"was \g<what> mentioned",
        ),
        (
            re.compile(r"^(?P<what>.+?)\s+(?:byl[aoy]?|je)\s+(?:zminen|zminovan)[aoy]?\b.*$", re.I),
            r"was \g<what> mentioned",
        ),
        (
            re.compile(
                r"^(?:zminuje|zminil)\s+(?:se\s+)?(?:clanek\s+)?(?:o\s+)?(?P<what>.+?)(?:\s+v\s+clanku)?$", re.I
            ),
            r"is \g<what> mentioned",
        ),
        *_word_for_word(_CZECH_ENGLISH),
        (re.compile(r"\b(?P<nationality>American|Chinese|Russian)\s+the\s+"), r"the \g<nationality> "),  # "cinsky"
        *_in_english_at_last(),
    )


_CZECH_WORDS = _lazy_pattern(
    r"^(?:(?:a|ale|tak)\s+)?(?:co|kdo|kdy|kde|jak|kolik|koho|s\s+k[yý]m|se\s+k[yý]m|pro[cč])\s"
    r"|\b(?:[rř]ekl[aiy]?|[rř][ií]kal[aiy]?|setkal[aiy]?|trval[aoy]?|sch[uů]z(?:ka|ky|ce|ku)|[cč]l[aá]n(?:ek|ku)"
    r"|napsal[aiy]?|zm[ií]n[eě]n[aoy]?|zm[ií]nil[aiy]?|dlouho|pros[ií]m|cit[aá]ty)\b",
    re.I,
)


# How readers ask in Slovak, often without its accents and with English words: "Čo povedal Xi o Taiwane?" (what did
# Xi say about Taiwan), "Kto povedal, že …" (who said …), "S kým sa Blinken stretol v Pekingu?" (whom did Blinken meet
# in Beijing), "Ako dlho trvalo stretnutie?" (how long did the meeting last), "minister zahraničných vecí Číny"
# (China's foreign minister). Slovak is close enough to Czech for the Czech book to read it once its own words are
# put into Czech ones ("povedal": "řekl", "stretol sa": "setkal se", "kedy": "kdy") and its own endings on a name
# taken off ("o Taiwane": about Taiwan, "s Blinkenom": with Blinken, "Blinkenove citáty": Blinken's quotes); the few
# shapes Czech has no rule for ("Čo sa stalo …", "O čom je …", "Prečo …") are read here first, and "Aký deň …", "V
# ktorom meste …" (what day, in which city) put into English before the Czech book asks them as it asks "kdy".
_SLOVAK_MARKED = (("a", "ä"), ("l", "ĺľ"), ("o", "ô"), ("r", "ŕ"))
_SLOVAK_CZECH = {
    "kto": "kdo", "kedy": "kdy", "kolko": "kolik", "preco": "proc", "dlho": "dlouho", "sa": "se", "so": "se",
    "povedal": "rekl", "povedala": "rekla", "povedali": "rekli", "hovoril": "rikal", "hovorila": "rikala",
    "hovorili": "rikali", "vyhlasil": "prohlasil", "vyhlasila": "prohlasila", "uviedol": "uvedl",
    "napisal": "napsal", "napisala": "napsala", "napisali": "napsali", "stretol": "setkal", "stretla": "setkala",
    "stretli": "setkali", "stretlo": "setkalo",
    "stretnut(?:ie|ia|i|iu|im|iach)": "schuzka", "rokovan(?:ie|ia|i|iach|iami)": "jednani",
    "clan(?:ok|kom)": "clanek", "trvali": "trvaly", "bol": "byl", "bola": "byla", "bolo": "bylo", "boli": "byly",
    "spomenut(?:y|a|e|i)": "zminen", "spomenul[ai]?": "zminil", "spomina": "zminuje", "navrhol": "navrhl",
    "navrhla": "navrhla", "podpisal": "podepsal", "princip(?:ov|y)": "principu", "mali\\s+byt": "meli byt",
    "by\\s+mali": "by meli", "maju\\s+byt": "maji byt", "musia\\s+byt": "musi byt", "vsetk(?:y|ych|o)": "vsechny",
    "daj(?:te)?\\s+mi": "dej mi", "povedz(?:te)?\\s+mi": "rekni mi",
    "minister\\s+zahranicn\\w*\\s+veci|minister\\s+zahranicia": "ministr zahranici", "prebehol": "probehl",
    "prebehla": "probehla", "prebehlo": "probehlo", "prebehli": "probehly", "tiez|aj": "also",
    "(?<!foreign\\s)(?<!prime\\s)minister(?!\\s+of\\b)": "ministr", "ktor(?:y|a|e|i)": "ktery",
}  # fmt: skip
_SLOVAK_ENGLISH = {
    "statn\\w*\\s+tajomn\\w*": "the secretary of state", "hovorc\\w*": "the spokesperson",
    "lider\\w*|vodc\\w*": "the leader", "krajin\\w*|stat(?:y|ov)": "countries", "predplatn\\w*": "the subscription",
    "pocas": "during", "potom": "after", "hned": "right", "tam": "there", "na\\s+zaciatku": "at the start",
    "na\\s+konci": "at the end", "zacinaju": "are beginning to", "zacina": "is beginning to",
    "stabilizovat|stabilizuju|stabilizuje": "stabilise", "zlepsovat|zlepsuju|zlepsuje": "improve",
    "(?-i:American(?:ia|ov|om|mi))": "Americans", "(?-i:Cinan(?:ia|ov|om|mi))": "the Chinese",
    "pozerat\\s+na\\s+to,?\\s+as": "look at how", "pozerat\\s+na": "look at", "napreduje": "is progressing",
    "napredovanie|pokrok": "progress", "temy|tem": "topics", "tema|temu|teme|temou": "topic",
    "prezidenti|prezidentov|prezidentmi": "the presidents", "dohodli|dohodol|dohodla": "agreed",
}  # fmt: skip
# What a Slovak "aký …" or "v ktorom …" asks about: "Aký deň …" (what day), "V ktorej sále …" (in which
# hall), "V ktorom meste …" (in which city)
_SLOVAK_ASKED_THINGS = {
    "den\\s+v\\s+tyzdni|dna\\s+v\\s+tyzdni|dni\\s+v\\s+tyzdni": "day of the week", "den|dna|dni|dnu": "day",
    "tyzden|tyzdni|tyzdna": "week", "mesiac|mesiaci|mesiaca": "month", "rok|roku|roka": "year", "budov\\w*": "building",
    "mest\\w*": "city", "krajin[ae]|krajinu|krajiny": "country", "miest\\w*": "place", "hotel\\w*": "hotel",
    "sal[ae]|salu|sien|sieni": "hall", "palac\\w*": "palace", "tema|temu|teme|temou": "topic", "temy|tem": "topics",
    "organizaci\\w*": "organisation", "funkci\\w*": "position", "summit\\w*": "summit",
    "konferenci\\w*": "conference", "schuz\\w*": "meeting", "jednani": "talks",
}  # fmt: skip
# What a Slovak reader asks someone does, why: "Prečo Blinken cestoval do Pekingu?" (why did Blinken travel to Beijing)
_SLOVAK_WHY_DONE = {
    "cestoval": "travel", "odcestoval": "travel", "isiel": "go", "prisiel": "come", "navstivil": "visit",
    "stretol": "meet", "setkal": "meet", "navrhol": "propose", "navrhl": "propose", "varoval": "warn",
}  # fmt: skip
_SLOVAK_EMPLOYERS = {"organizaci": "organisation", "ministerstv": "ministry", "vlad": "government",
                     "firm": "company", "spolocnost": "company", "novin": "newspaper"}  # fmt: skip

_SLOVAK_WAS = {"byl": "was he", "byla": "was she", "byly": "were they"}  # "bol", "bola", "boli", put into Czech


def _slovak_asked(match: re.Match[str]) -> str:
    """ "Aký deň", "v ktorom meste": what day, in which city; a word the book does not know
    stays as typed ("Aký meeting": what meeting)."""
    thing = match.group("thing")
    english = next(
        (english for word, english in _SLOVAK_ASKED_THINGS.items() if re.fullmatch(word, thing, re.I)), thing
    )
    by = {"v": "in ", "vo": "in ", "na": "at "}.get((match.group("by") or "").lower(), "")
    return f"{by}{'which' if by else 'what'} {english}"


@cache
def _slovak() -> _Shapes:
    return (
        *_plain_letters(_CZECH_MARKED),
        *_plain_letters(_SLOVAK_MARKED),
        *_word_for_word(_CZECH_PLACES),
        # "o Taiwane", "v Pekingu" (Czech's too), "s Blinkenom": a name's own form after its preposition
        (
            re.compile(rf"\b(?P<by>(?i:o|v|vo|na|po|pri))\s+{_CZECH_FIRST_NAME}(?P<name>{_CZECH_NAME})e\b"),
            r"\g<by> \g<first>\g<name>",
        ),
        (
            re.compile(rf"\b(?P<by>(?i:s|so|za|pred|nad|pod|medzi))\s+{_CZECH_FIRST_NAME}(?P<name>{_CZECH_NAME})om\b"),
            r"\g<by> \g<first>\g<name>",
        ),
        (re.compile(rf"\b(?P<name>{_CZECH_NAME})(?:ove|ovej|ovho|ovych)\b"), r"\g<name>'s"),  # "Blinkenove citaty"
        (re.compile(r"\b(?P<name>(?-i:[A-Z])[\w]*)-(?:ho|mu|om|m)\b"), r"\g<name>"),  # "s Xi-m": with Xi
        *_word_for_word(_SLOVAK_CZECH),
        # "…, bol aj na rokovaniach?": a second question, its "he" or "she" said by the verb alone
        (
            re.compile(r",\s+(?:a\s+)?(?P<was>byl|byla|byly)\s+(?=(?:also\s+)?(?:na|v|vo|pri)\s)", re.I),
            lambda match: f", and {_SLOVAK_WAS[match.group('was').lower()]} ",
        ),
        (re.compile(r"^ako\b", re.I), "jak"),  # "Ako dlho …": how long; elsewhere "ako" is "as"
        (re.compile(r"\bako\b", re.I), "as"),
        (re.compile(r"^kolik\s+(?:casu\s+)?(?=trval)", re.I), "jak dlouho "),  # "Koľko trvalo …": how long
        (
            re.compile(r"^koho\s+setkal[aiy]?\s+(?P<who>.+?)(?=\s+(?:v|vo|na|po|in)\s|$)", re.I),
            r"who did \g<who> meet",
        ),  # "Koho stretol Blinken v Pekingu?"
        (re.compile(r"^co\s+se\s+stalo\b", re.I), "what happened"),
        (re.compile(r"^o\s+com\s+(?:je|hovori|pise)\s+(?P<what>.+)$", re.I), r"what is \g<what> about"),
        (
            re.compile(
                rf"^proc\s+(?:se\s+)?(?P<who>.+?)\s+(?:se\s+)?(?P<verb>{'|'.join(_SLOVAK_WHY_DONE)})\b(?P<rest>.*)$",
                re.I,
            ),
            _why_done(_SLOVAK_WHY_DONE),
        ),
        (
            re.compile(
                r"^ak[uy]\s+(?:funkci[ua]|pozici[ua]|post)\s+(?:zastava|ma|vykonava)\s+(?P<who>.+)$",
                re.I,
            ),
            r"what is \g<who>'s position",
        ),
        (
            re.compile(r"^(?:pre|v)\s+ak[uy]\s+(?P<employer>\w+)\s+(?:pracuje|robi)\s+(?P<who>.+)$", re.I),
            _works_for(_SLOVAK_EMPLOYERS),
        ),
        (
            re.compile(r"^ak(?:e|y|a)\s+(?P<what>.+?)\s+(?:byly|byli|byl|bylo|je|jsou)\s+zminen[aoy]?\b.*$", re.I),
            r"which \g<what> were mentioned",
        ),
        # "Aký deň …", "V ktorom meste …": what day, in which city
        (
            re.compile(
                rf"^(?:(?P<by>v|vo|na)\s+ktor(?:om|ej|ych|u)|ak(?:y|a|e|u|om|ej|eho|ych))\s+"
                rf"(?P<thing>{'|'.join(_SLOVAK_ASKED_THINGS)}|[a-z]+)(?=\s)",
                re.I,
            ),
            _slovak_asked,
        ),
        *_word_for_word(_SLOVAK_ENGLISH),
        *_czech(),
        (re.compile(r"\b(?:ten|ta|tu|tej|tom|toho)\s+(?=[a-z])"), "the "),  # "ten meeting": the meeting
        (re.compile(r"\bpodla\b", re.I), "according to"),  # after the book's "to" (Czech's "to Blinken") is read
        (re.compile(r"\s{2,}"), " "),
    )


_SLOVAK_WORDS = _lazy_pattern(
    r"^(?:(?:a|ale|tak)\s+)?(?:kto\s+(?:je|sa|bol[aio]?|povedal\w*|nap[ií]sal\w*|hovoril\w*|vyhl[aá]sil\w*"
    r"|stretol\w*|tvrdil\w*|uviedol\w*)|kedy|ko[lľ]ko|pre[cč]o|ako\s+dlho|[cč]o\s+sa|o\s+[cč]om"
    r"|(?:pre\s+|v\s+)?ak[uúéeyý]\s+(?:funkci|poz[ií]ci|post|krajin|št[aá]t|stat|organiz)\w*"
    r"|(?:v|vo|na)\s+ktor(?:om|ej|ých|ych|ú|u)|ak(?:[yýaáeéuú]|om|ej|ého|eho|ých|ych)\s+\w+|ako\s+by\s+mal[aio]?)\s"
    r"|\b(?:povedal[aiy]?|stretol|stretla|stretli|stretnut\w*|[cč]l[aá]nok|bol[aoi]?\s+spomenut\w*|spomenut[ýé]"
    r"|rokovan\w*|hovoril[aiy]?|v[sš]etky|tajomn[ií]k\w*|prebeh(?:ol|la|lo|li)|pod[lľ]a)\b",
    re.I,
)


# How readers ask in Belarusian typed in Latin letters (its Łacinka's š, ž, č, ć, ŭ, ł or chat's "sh", "zh", "ch", "ts",
# "u" or "w", often a Cyrillic "і" or "ў" among them): "Shto Xi skazau pra Taiwan?" (what did Xi say about Taiwan), "Z
# kim Blinken sustreusia u Beijing?" (whom did Blinken meet in Beijing), "Kolki chasu doujylasia sustrecha?" (how long
# did the meeting last), "Khto takі Wang Yi?" (who is Wang Yi). Belarusian is close enough to Ukrainian for the
# Ukrainian book to read its questions once its own words are put into Ukrainian ones ("skazau": "skazav", "pra":
# "pro", "sustreusia": "zustrivsia", "kolki": "skilky", "kali": "koly", "dze": "de"), its nouns and titles into English
# ("sustrecha": the meeting, "ministr zamiezhnych sprau": foreign minister); the shapes Ukrainian has no rule for ("Pra
# shto artykul?", "Ci zhadvausia …?", "Kolki kashtuje …?") are read here first. Its "u" (in) is texting's "you": read
# before texting's shorthand is spelled out, only when a word of Belarusian's own is there ("skazau", "sustreusia",
# "kolki", "doujylasia"), none of them Ukrainian's or Russian's.
_BELARUSIAN_MARKED = (
    ("sh", "š"), ("zh", "ž"), ("ch", "č"), ("c", "ć"), ("s", "ś"), ("z", "ź"), ("u", "ŭўú"), ("l", "ł"), ("n", "ń"),
    ("i", "іíї"), ("e", "éėє"), ("a", "á"), ("o", "ó"), ("y", "ý"),
)  # fmt: skip
_BELARUSIAN_NAMES = {
    "(?-i:Si\\s+Tsz?[ie]np[ie]n\\w*|Si\\s+Dzinpin\\w*)": "Xi Jinping", "(?-i:Van\\s+I)(?![\\w'-])": "Wang Yi",
    "(?-i:Entani|Antoni)(?=\\s+Blinken)": "Antony", "(?-i:Kita[ij]\\w*|Kitai)": "China",
    "(?-i:ZSHA|ZShA|ZSh?A|ZSA)": "the US", "(?-i:Ami?eryk\\w*|Amerik\\w*)": "America",
    "(?-i:Rasi[ij]\\w*|Rasei\\w*)": "Russia", "(?-i:Pekin\\w*)": "Beijing",
    "(?-i:Tai?[jv]an\\w*|Taiwan(?:u|e|a)?)": "Taiwan",
    "(?-i:Ukrain\\w*)": "Ukraine", "(?-i:Japon\\w*)": "Japan", "(?-i:Kalifornij\\w*)": "California",
    "(?-i:Shvejcaryj\\w*|Shveitsaryi\\w*)": "Switzerland", "(?-i:Belarus\\w*)": "Belarus",
    "(?-i:Pauden\\w*\\s+Kitaj\\w*\\s+mor\\w*|Paudnio\\w*\\s+Kitaj\\w*\\s+mor\\w*)": "the South China Sea",
}  # fmt: skip
# Its titles and nouns put into English before its shapes are read
_BELARUSIAN_THINGS = {
    # which day (of the week), which country asked ("u jaki dzen tydnia": on which day of the week)
    "(?:u\\s+)?jak(?:i|y)\\s+dz[ie]?e?n\\s+tydnia|jakoha\\s+dnia\\s+tydnia": "on which day of the week",
    "(?:u\\s+)?jak(?:i|y)\\s+dz[ie]?e?n|jakoha\\s+dnia": "on which day",
    "(?:u|va)\\s+jakoj\\s+krain\\w*|u\\s+jakoj\\s+dziarzhav\\w*": "in which country",
    "(?:z|sa)\\s+jakoj\\s+krain\\w*": "from which country", "jakaja\\s+krain\\w*": "which country",
    "kolki\\s+(?:dzion|dzen|dzien|dzie[ny]|dni|dzion)": "kolki days",
    # an English noun with Belarusian's words before it ("paslia meeting": after the meeting)
    "pasli?a\\s+(?:the\\s+)?(?P<n>meeting|talks|visit|summit)": "after the \\g<n>",
    "(?:da|pierad)\\s+(?:the\\s+)?(?P<n>meeting|talks|visit|summit)": "before the \\g<n>",
    "na\\s+pachatku\\s+(?:the\\s+)?(?P<n>meeting|talks|visit|summit)": "at the start of the \\g<n>",
    "(?:u\\s+kancy|naprykancy)\\s+(?:the\\s+)?(?P<n>meeting|talks|visit|summit)": "at the end of the \\g<n>",
    "padchas\\s+(?:the\\s+)?(?P<n>meeting|talks|visit|summit)": "during the \\g<n>",
    "pavodle\\s+artykul\\w*|u\\s+adpaviednasci\\s+z\\s+artykul\\w*": "according to the article",
    "(?:da|pierad|pered)\\s+het(?:aj|aha|oj)\\s+sustrech\\w*": "before this meeting",
    "het(?:aj|aja|uju|aha)\\s+sustrech\\w*": "this meeting",
    "najbu[ij]?n[ie]?jsh\\w*|najbolsh\\w*|najvialik\\w*|najbujn\\w*": "largest",
    "svietu|svetu|u\\s+svie[ct]e": "in the world",
    "ekanomik\\w*": "economies", "(?:jashche|yashche)\\s+(?:jos[ct]s?|josts|yosts|josc)": "there are still",
    "jos[ct]s?|josts|yosts|josc": "there are", "shmat": "many", "prablem\\w*": "problems",
    "jak(?:ija|iya)\\s+treba\\s+vyrash\\w*|jak(?:ija|iya)\\s+treba\\s+vyrashyc": "that need to be resolved",
    "stabilizujuc[ct]?s?a|stabilizu(?:je|ye)c[ct]?s?a|stabilizujecca": "will stabilise",
    "aptymistychn\\w*|aptymist\\w*|optymist\\w*": "optimistic", "hazi?et\\w*|gazi?et\\w*": "newspaper",
    "(?:u|na|za)\\s+m[ie]?e?siac\\w*|shtomesiac\\w*": "a month",
    "pachyna(?:juc|yuts|iuts|jec[ct]sa|e)\\s+stabiliz\\w*|stabilizujuc[ct]sa|stabilizuyutsa":
        "are beginning to stabilise",
    "adnosiny\\s+pamizh": "relations between", "pamizh|miazh": "between",
    "ministr\\w*\\s+zami?ezhn\\w*\\s+sprau\\w*|ministr\\w*\\s+MZS|kiraunik\\w*\\s+MZS": "foreign minister",
    "dziarzh\\w*\\s+sakratar\\w*|dziarzhsakratar\\w*|dzjarzhsakratar\\w*": "secretary of state",
    "premjer[\\s-]*ministr\\w*|premier[\\s-]*ministr\\w*": "prime minister", "ministr\\w*": "minister",
    "prezident\\w*|prezydent\\w*": "president", "kiraunik\\w*|lidar\\w*": "leader",
    "pres[\\s-]*sakratar\\w*|rechnik\\w*": "spokesperson", "chynounik\\w*|afitsyjn\\w*\\s+asob\\w*": "official",
    "zhurnalist\\w*": "journalist", "dyplamat\\w*": "diplomat", "autar\\w*|aŭtar\\w*": "the author",
    "kitajsk\\w*|kitaisk\\w*": "Chinese", "amerykansk\\w*|amerikansk\\w*": "American",
    "rasijsk\\w*|rasiisk\\w*": "Russian",
    "na\\s+pachatku\\s+peramo\\w*": "at the start of the talks",
    "na\\s+pachatku\\s+sustrech\\w*": "at the start of the meeting",
    "u\\s+kanc[ey]\\s+peramo\\w*|naprykancy\\s+peramo\\w*": "at the end of the talks",
    "u\\s+kanc[ey]\\s+sustrech\\w*|naprykancy\\s+sustrech\\w*": "at the end of the meeting",
    "pasli?a\\s+sustrech\\w*": "after the meeting", "(?:da|pierad|pered)\\s+sustrech\\w*": "before the meeting",
    "padchas\\s+sustrech\\w*": "during the meeting", "na\\s+sustrech\\w*": "at the meeting",
    "pasli?a\\s+peramo\\w*": "after the talks", "na\\s+peramo\\w*|padchas\\s+peramo\\w*": "in the talks",
    "heta[ij]a?\\s+sustrech\\w*": "this meeting",
    "sustrech\\w*": "the meeting", "peramov\\w*|razmov\\w*|gutark\\w*": "the talks", "vizit\\w*": "the visit",
    "(?:hety|hetym|hetaha|getot)\\s+artykul\\w*": "this article", "u\\s+artykul\\w*": "in the article",
    "artykul\\w*|artykuł\\w*|navin\\w*": "the article", "pravy\\s+chalav[ie]*ka|pravoch\\w*": "human rights",
    "handal\\w*|hand[lt]\\w*": "trade", "pryn[tsc]+yp\\w*|prin[tsc]+ip\\w*": "principles",
    "dzvie\\s+krain\\w*|dzve\\s+krain\\w*": "the two countries", "krain\\w*": "countries",
    "padpisk\\w*": "the subscription", "kosht\\w*|[ct]sana|[ct]sanu": "the price",
    "partnior\\w*|partner\\w*": "partners",
    "supernik\\w*|sapiernik\\w*|kankurent\\w*": "rivals", "adnosin\\w*|stasunk\\w*": "relations",
    "roznahalos\\w*|rozni[ct]s?\\w*|razyhodzhan\\w*": "differences", "prahres\\w*|postup\\w*": "progress",
    "[ct]sytat\\w*": "quotes", "pasad\\w*|tytul\\w*": "title", "mesiac\\w*|miesiac\\w*|mesyats\\w*": "months",
    "hod\\w*|gadou|hadou": "years",
    "my\\s+pavinny\\s+by[ct]s?|nam\\s+trèba\\s+by[ct]s?|my\\s+musim\\s+by[ct]s?": "we should be",
    "pavinny\\s+by[ct]s?|musiac\\s+by[ct]s?|musyats\\s+byts": "should be",
    # words of the news, so that the words said match the article's
    "niehatyu?n\\w*\\s+faktar\\w*|nehatyu?n\\w*\\s+faktar\\w*": "negative factors", "faktar\\w*": "factors",
    "pazityu?n\\w*": "positive", "usio\\s+jashche|jashche|yashche|yaszcze": "still",
    "rastuc[ts]?|uzrastaj\\w*": "increasing",
    "stabilizu\\w*|stabilizava\\w*": "stabilise", "razvic[ct]\\w*": "development", "padtrymk\\w*": "support",
    "supra[ct]soun\\w*": "cooperation", "pavah\\w*": "respect",
    "sviet\\w*|svet\\w*": "world",
    "namahann\\w*|vysilk\\w*": "efforts", "vajn\\w*|vain\\w*": "war", "mir": "peace",
    "sankcy\\w*|sanktsy\\w*": "sanctions", "aptymizm\\w*": "optimism", "spadziavann\\w*|nadziej\\w*": "hope",
}  # fmt: skip
# Its words put into Ukrainian ones, for the Ukrainian book's shapes to read
_BELARUSIAN_UKRAINIAN = {
    "skaza[uw]": "skazav", "skazala": "skazala", "skazali": "skazaly", "kaza[uw]": "kazav", "kazala": "kazala",
    "kazali": "kazaly", "zaj?a?[vw]i[uw]|zaiavi[uw]|zayavi[uw]": "zaiavyv", "zaj?a?vila|zayavila": "zaiavyla",
    "havary[uw]|havaryla": "hovoryv", "pav[ie]?edami[uw]": "povidomyv", "adznachy[uw]|zaznachy[uw]": "skazav",
    "pra": "pro", "kim": "kym", "kaho|kago": "koho",
    "sustre[uw]sia|sustre[uw]sya|sustre[uw]sja": "zustrivsia", "sustrelasia|sustrelasya|sustrelasja": "zustrilasia",
    "sustrelisia|sustrelisya|sustrelisja": "zustrilysia", "sustre[uw]": "zustriv", "sustrela": "zustrila",
    "sustreli": "zustrily", "pabachy[uw]sia|pabachy[uw]sya": "zustrivsia",
    "kolki\\s+chasu|jak\\s+douha|yak\\s+doŭha|yak\\s+douha|jak\\s+douga": "skilky chasu", "kolki": "skilky",
    "hadzin": "hodyn",
    "do[uw]?(?:zh|j|z)yl(?:asia|asya|asja)|pra[ct]s?iahval(?:asia|asya)|[ct]s?iahnul(?:asia|asya)|tryvala": "tryvala",
    "do[uw]?(?:zh|j|z)yl(?:isia|isya|isja)|pra[ct]s?iahval(?:isia|isya)": "tryvaly",
    "do[uw]?(?:zh|j|z)y[uw](?:sia|sya|sja)": "tryvav",
    "kali": "koly", "dze|dzie|dzye": "de", "chamu|chamu\\s+zh": "chomu", "hto|xto|kto": "khto",
    "chto(?=\\s+(?:taki|takaja|takija|heta|jon|jana))": "khto", "taki": "taki", "takaja|takaya": "taka",
    "jaki|yaki": "yakyi", "jakaja|yakaya": "yaka", "jakoje|yakoe|jakoe": "yake", "jakija|yakiya|jakiya": "yaki",
    "jak|yak": "yak", "jon": "vin", "jana|yana": "vona", "jany|yany": "vony",
}  # fmt: skip
_BELARUSIAN_DONE = {
    "prapanava[uw]|prapanavala|prapanavali|prapanoŭvau": "propose", "zhada[uw]|uzhada[uw]|zgada[uw]": "mention",
    "padpisa[uw]": "sign", "nave?dva[uw]|naviedau": "visit", "abvesci[uw]|abviasci[uw]": "announce",
}  # fmt: skip
_BELARUSIAN_COUNTS = {"dzve": "two", "dzvie": "two", "dva": "two", "try": "three"}
_BELARUSIAN_NUMBERS = {
    "adzin|adna": "one",
    "dva|dzve|dzvie": "two",
    "try": "three",
    "chatyry": "four",
    "piac|pyats": "five",
}


# Capitalised words that open a question, not the one asked about ("Khto sustreusia …", "Ci sustreusia …")
_BELARUSIAN_NOT_NAMES = r"(?!(?:Khto|Hto|Kto|Shto|Ci|Chy|Kali|Dze|Dzie|Chamu|Jak|Yak|Z|A|I|Pra|Kolki)\b)"


def _belarusian_done(done: str) -> str:
    """ "prapanavau": "propose"; a verb the book does not know stays as typed."""
    return next((e for m, e in _BELARUSIAN_DONE.items() if re.fullmatch(m, done, re.I)), done)


@cache
def _belarusian() -> _Shapes:
    done = "|".join(_BELARUSIAN_DONE)
    numbers = "|".join(_BELARUSIAN_NUMBERS)
    return (
        _after_the_question(),
        *_plain_letters(_BELARUSIAN_MARKED),
        (re.compile("[’`´]"), "'"),
        (re.compile(r"(?<=[a-z])'(?=[a-z])", re.I), ""),  # "sjam'ja": the apostrophe between letters left off
        (
            re.compile(
                r"^(?:a|i|dyk|nu|tak)\s+(?=(?:shto|khto|hto|kali|dze|dzie|kolki|z\s+kim|chamu|jak|yak|ci|pra)\b)", re.I
            ),
            "",
        ),
        # "Blinkenam", "z Xi Jinpinham": a name declined after "z" (with), its ending left off
        (
            re.compile(r"\b(?P<with>(?i:z|sa))\s+(?P<name>(?-i:[A-Z])[a-z]{2,}?)(?:am|iem|em|om|ym)\b"),
            r"\g<with> \g<name>",
        ),
        *_word_for_word(_BELARUSIAN_NAMES),
        *_word_for_word(_BELARUSIAN_THINGS),
        # a declined English noun or name: "Blinkenu" (to Blinken) is left to the Ukrainian book, "u Pekine" (in
        # Beijing) put into English
        (re.compile(r"\b(?:u|v|w)\s+(?=(?-i:[A-Z]))"), "in "),
        (re.compile(r"\bshto[\s-]*(?:niebudz|nebudz|nibudz)\w*|\bshtosci\b|\bshchos\b", re.I), "anything"),
        # "Pra shto havaryli Blinken i Wang Yi?": what did Blinken and Wang Yi discuss
        (
            re.compile(
                r"^(?:pra|ab)\s+shto\s+(?:havaryli|hovoryly|razmaulali|razmauliali|damovilisia|peramauliali|havaryu)\s+(?P<who>[^,?]+)$",
                re.I,
            ),
            r"what did \g<who> discuss",
        ),
        # "Kolki hadzin jany razmaulali?": how many hours did the talks last
        (
            re.compile(
                r"^(?P<asked>kolki\s+(?:hadzin|chasu)|jak\s+douha)\s+(?P<who>[^,?]+?\s+)?(?:razmauli?ali|havaryli|peramauli?ali|sustrakalisia)$",
                re.I,
            ),
            lambda match: (
                f"{'how many hours' if 'hadzin' in match.group('asked').lower() else 'how long'} did the talks"
                + (
                    f" between {match.group('who').strip()}"
                    if match.group("who") and " i " in match.group("who")
                    else ""
                )
                + " last"
            ),
        ),
        # "Pra shto artykul?", "Pra shto hety artykul?": what is the article about
        (
            re.compile(r"^(?:pra|ab)\s+shto\s+(?:hav[ao]ryc[ts]?s?a?\s+(?:u\s+|in\s+)?)?(?P<what>[^,?]+)$", re.I),
            lambda match: f"what is {_with_the(match.group('what'))} about",
        ),
        # "Ci zhadvausia Taivan?", "Taivan zhadvausia?": was Taiwan mentioned; "Ci bylo anything pra …": is there
        (
            re.compile(
                r"^(?:ci|chy|tsi)\s+(?:(?:byu|byla|bylo|byli)\s+)?(?:zhadva\w*|zgadva\w*|uzhadva\w*|zhadan\w*|zgadan\w*)\s+"
                r"(?:pra\s+)?(?P<what>[^,?]+?)(?P<where>\s+(?:in|at)\s+the\s+(?:talks|meeting))?(?:\s+in\s+the\s+article)?$"
                r"|^(?P<thing>[^,?]+?)\s+(?:(?:byu|byla|bylo|byli)\s+)?(?:zhadva\w*|zgadva\w*|zhadan\w*|zgadan\w*)"
                r"(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            lambda match: f"was {match.group('what') or match.group('thing')} mentioned{match.group('where') or ''}",
        ),
        (
            re.compile(
                r"^(?:ci\s+)?(?:in\s+the\s+article\s+)?(?:josc|yosts|jos[ct]s|bylo|jest|there\s+are)\s+anything\s+(?:pra|pro|about)\s+(?P<what>[^,?]+?)(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            r"is there anything about \g<what>",
        ),
        # "Ci skazau Xi anything pra Taivan?": did Xi say anything about Taiwan; "… nichoha ne skazau …": didn't he
        (
            re.compile(
                rf"^(?:ci\s+)?(?:{_BELARUSIAN_NOT_NAMES}(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+)?"
                r"(?:(?P<not>(?:nichoha\s+)?ne)\s+)?"
                r"(?:skaza[uw]|kaza[uw]|skazala|skazali)\s+(?:(?P<subject>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+)?"
                r"(?:(?<=ne\s)(?:skaza[uw]\s+)?|(?:anything|nichoha)\s+)(?:pra|about)\s+(?P<topic>[^,?]+)$"
                r"|^(?P<none>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+(?:nichoha\s+)?ne\s+(?:skaza[uw]|kaza[uw])\s+"
                r"(?:anything\s+|nichoha\s+)?(?:pra|about)\s+(?P<of>[^,?]+)$",
                re.I,
            ),
            lambda match: (
                ("didn't" if match.group("not") or match.group("none") else "did") + f" "
                f"{match.group('who') or match.group('subject') or match.group('none')}"
                f" say anything about {match.group('topic') or match.group('of')}"
            ),
        ),
        # "Kolki kashtuje padpiska?": how much does the subscription cost
        (
            re.compile(
                r"^(?:kolki|skolki)\s+(?:kashtuje|kashtue|kashtujuc[ts]?|kosht[uy]je)\s+(?P<what>[^,?]+?)(?P<per>\s+a\s+month)?$",
                re.I,
            ),
            lambda match: (
                f"how much does {_with_the(match.group('what'))} cost" + (" a month" if match.group("per") else "")
            ),
        ),
        # "Kolki pryncypau prapanavau Xi?": how many principles; "Jakija try pryncypy …": which three
        (
            re.compile(
                rf"^(?P<asked>kolki|jakija|yakiya|jakija|yaki|jakія)\s+(?:(?P<count>{numbers})\s+)?(?P<thing>\S+)\s+"
                rf"(?:(?P<done>{done})\s+(?P<who>[^,?]+?)|(?P<subject>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+(?P<did>{done}))"
                r"(?:\s+(?P<whom>(?-i:[A-Z])[a-z]{2,}?)(?:u|ovi|evi))?$",
                re.I,
            ),
            lambda match: (
                f"{'how many' if match.group('asked').lower() == 'kolki' else 'which'} "
                + (
                    next(e for n, e in _BELARUSIAN_NUMBERS.items() if re.fullmatch(n, match.group("count"), re.I)) + " "
                    if match.group("count")
                    else ""
                )
                + f"{match.group('thing')} did {match.group('who') or match.group('subject')} "
                + _belarusian_done(match.group("done") or match.group("did"))
                + (f" to {match.group('whom')}" if match.group("whom") else "")
            ),
        ),
        (
            re.compile(rf"^shto\s+(?P<done>{done})\s+(?P<who>[^,?]+)$", re.I),
            lambda match: f"what did {match.group('who')} {_belarusian_done(match.group('done'))}",
        ),
        # "Shto adbylosia na sustrechy?": what happened at the meeting
        (
            re.compile(r"^shto\s+(?:adbylosia|adbylosya|zdarylasia|zdarylasya|bylo)\b\s*(?P<where>.*)$", re.I),
            r"what happened \g<where>",
        ),
        # "Kali apublikavali artykul?", "Kali byu apublikavany artykul?": when was the article published (updated)
        (
            re.compile(
                r"^kali\s+(?:byu\s+|byla\s+|bylo\s+)?(?P<done>apublikava\w*|napisan\w*|napisali|abnaul\w*|abnav\w*)\s+(?P<what>[^,?]+)$",
                re.I,
            ),
            lambda match: (
                f"when was {_with_the(match.group('what'))} "
                + (
                    "updated"
                    if match.group("done").lower().startswith("abn")
                    else "written"
                    if match.group("done").lower().startswith("nap")
                    else "published"
                )
            ),
        ),
        # "U jaki dzen tydnia Xi sustreusia z Blinkenam?": on which day of the week did Xi meet Blinken
        (
            re.compile(
                rf"^(?P<asked>on\s+which\s+day(?:\s+of\s+the\s+week)?|in\s+which\s+(?:country|city))\s+"
                rf"(?:{_BELARUSIAN_NOT_NAMES}(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+)?"
                r"(?i:sustre[uw]s[iy]a|sustrelisia|sustrelis[iy]a|sustraka[uw]s[iy]a|bachy[uw]s[iy]a)"
                rf"(?:\s+{_BELARUSIAN_NOT_NAMES}(?P<subject>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*))?"
                r"(?:\s+(?i:z|sa|with)\s+(?P<whom>[^,?]+))?$"
            ),
            lambda match: (
                f"{match.group('asked')} did {match.group('who') or match.group('subject') or 'they'} meet"
                + (f" {match.group('whom')}" if match.group("whom") else "")
            ),
        ),
        # "Kolki dzen Blinken byu u Kitai?": how many days was Blinken in China
        (
            re.compile(
                r"^kolki\s+(?P<unit>days|months|years|hadzin)\s+(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+"
                r"(?:byu|byla|prabyu|prabyla|znakhodziusia|znachodziusia)\s+(?P<where>in\s+[^,?]+)$",
                re.I,
            ),
            lambda match: (
                f"how many {'hours' if match.group('unit').lower() == 'hadzin' else match.group('unit')} was "
                f"{match.group('who')} {match.group('where')}"
            ),
        ),
        # "Pavodle Xi, jakimi pavinny byc adnosiny?" (by Xi, of what kind should relations be): what should the
        # relations be like according to Xi
        (
            re.compile(
                r"^(?i:pavodle|pa\s+slovach)\s+(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?),?\s+(?P<rest>\S.*)$"
            ),
            r"\g<rest> according to \g<who>",
        ),
        (
            re.compile(
                r"^(?:jak(?:imi|oj|im|aja|ija|ije|im))\s+(?:we\s+)?should\s+be\s+(?P<what>[^,?]+?)"
                r"(?P<according>\s+according\s+to\s+[^,?]+)?$",
                re.I,
            ),
            lambda match: f"what should {_with_the(match.group('what'))} be like{match.group('according') or ''}",
        ),
        # "Kali artykul byu abnauleny?": when was the article updated (published, written)
        (
            re.compile(
                r"^kali\s+(?P<what>[^,?]+?)\s+(?:byu|byla|bylo)\s+(?P<done>apublikava\w*|napisan\w*|abnaul\w*|abnav\w*)$",
                re.I,
            ),
            lambda match: (
                f"when was {_with_the(match.group('what'))} "
                + (
                    "updated"
                    if match.group("done").lower().startswith("abn")
                    else "written"
                    if match.group("done").lower().startswith("nap")
                    else "published"
                )
            ),
        ),
        # "Dze adbylasia sustrecha?", "U jakim horadzie adbylasia sustrecha?": where (in which city) did … take place
        (
            re.compile(
                r"^(?P<asked>dze|dzie|kali|(?:in|u)\s+jak(?:im|oj)\s+(?:horadzie|horadze|gorade|dzien|budynku)|jakoha\s+dnia"
                r"|on\s+which\s+day(?:\s+of\s+the\s+week)?|in\s+which\s+country)\s+"
                r"(?:adbyla\w*|prajshla|prajshli|prajshou|byla|byu|byli)\s+(?P<what>[^,?]+)$",
                re.I,
            ),
            lambda match: f"{_belarusian_asked(match.group('asked'))} did {_with_the(match.group('what'))} take place",
        ),
        # "Khto napisau artykul?", "Khto the author artykula?": who wrote the article
        (re.compile(r"^(?:khto|hto|kto)\s+napisa[uw]\w*\s+(?P<what>[^,?]+)$", re.I), r"who wrote \g<what>"),
        (re.compile(r"^(?:khto|hto|kto)\s+the\s+author\s+(?P<what>[^,?]+)$", re.I), r"who wrote \g<what>"),
        # "Jakaja pasada u Wang Yi?", "Jakuju pasadu zajmaje Wang Yi?": what is Wang Yi's title
        (
            re.compile(
                r"^(?:jakaja|yakaya|jakuju|yakuyu|shto\s+za)\s+title\s+(?:u|in|zajmaje|zaymaye|maje)\s+(?P<who>[^,?]+)$",
                re.I,
            ),
            r"what is \g<who>'s title",
        ),
        # "Chamu Blinken pajechau u Pekin?": why did Blinken go to Beijing
        (
            re.compile(
                r"^(?:chamu|navoshta|dlia\s+chaho)\s+(?P<who>[^,?]+?)\s+(?:pajecha[uw]|paekha[uw]|pajekha[uw]|prylacie[uw]|prylete[uw]"
                r"|pryjecha[uw]|pryekha[uw]|pajshou|pajsho[uw])\s+(?:in\s+|u\s+|da\s+|to\s+)?(?P<place>[^,?]+)$",
                re.I,
            ),
            r"why did \g<who> go to \g<place>",
        ),
        # "Jak prajshli peramovy?": how did the talks go
        (
            re.compile(r"^(?:jak|yak)\s+(?:prajshli|prajshla|prajshou|prayshli|prajshly)\s+(?P<what>[^,?]+)$", re.I),
            lambda match: f"how did {_with_the(match.group('what'))} go",
        ),
        # "Ci sustreusia Blinken z Li Qiang?": did Blinken meet Li Qiang
        (
            re.compile(
                rf"^(?:(?i:ci|chy)\s+)?(?:{_BELARUSIAN_NOT_NAMES}(?P<who>(?-i:[A-Z])[\w-]*)\s+)?"
                r"(?:(?P<before>(?i:raniej|ranej|raney|raniey|uzho|uzhe))\s+)?"
                r"(?i:sustre[uw]s[iy]a|sustre[uw]|sustraka[uw]s[iy]a|bachy[uw]s[iy]a)\s+"
                rf"(?:{_BELARUSIAN_NOT_NAMES}(?P<subject>(?-i:[A-Z])[\w-]*)\s+)?"
                r"(?:(?P<then>(?i:raniej|ranej|raney|raniey|uzho|uzhe))\s+)?"
                r"(?:(?i:z|sa|with)\s+)?(?P<whom>[^,?]+?)(?:\s+(?P<last>(?i:raniej|ranej|raney)))?$"
            ),
            lambda match: (
                f"did {match.group('who') or match.group('subject')} "
                f"{'previously ' if match.group('before') or match.group('then') or match.group('last') else ''}"
                f"meet {match.group('whom')}"
                if match.group("who") or match.group("subject")
                else match.group()
            ),
        ),
        # "Ci skazau Xi, shto …?": did Xi say that …
        (
            re.compile(
                rf"^(?:(?i:ci|chy)\s+)?(?:{_BELARUSIAN_NOT_NAMES}(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+)?"
                r"(?i:skaza[uw]|kaza[uw]|zajavi[uw]|zayavi[uw])\s*"
                rf"(?:{_BELARUSIAN_NOT_NAMES}(?P<subject>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*))?\s*,?\s+(?i:shto|that)\s+(?P<claim>.+)$"
            ),
            lambda match: (
                f"did {match.group('who') or match.group('subject')} say that {match.group('claim')}"
                if match.group("who") or match.group("subject")
                else match.group()
            ),
        ),
        # "Da hetaj sustrechy z jakim prezidentam ZSHA Xi uzho sustrakausia?": which US president had Xi met before
        (
            re.compile(
                r"^(?P<occasion>before\s+this\s+meeting,?\s+)?(?:z|with)\s+jak(?:im|oj|imi)\s+(?P<what>[^,?]+?)\s+"
                rf"(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+(?:(?P<before>uzho|uzhe|raniej|ranej)\s+)?"
                r"(?P<met>sustre[uw]s[iy]a|sustraka[uw]s[iy]a|bachy[uw]s[iy]a)$",
                re.I,
            ),
            lambda match: (
                f"which {match.group('what')} did {match.group('who')}"
                f"{' previously' if match.group('before') or 'sustrak' in match.group('met').lower() else ''} meet"
                + (" before this meeting" if match.group("occasion") else "")
            ),
        ),
        # "Jaki kitajski chynounik skazau, shto …?": which Chinese official said …
        (
            re.compile(
                r"^(?:jaki|yaki|jakaja|yakaya|katory|kotry)\s+(?P<who>[^,?]+?)\s+(?:skaza[uw]|kaza[uw]|zajavi[uw])\s*,?\s+"
                r"(?:shto|that)\s+(?P<said>.+)$",
                re.I,
            ),
            r"which \g<who> said that \g<said>",
        ),
        # "Jakija dzve largest economies in the world?": which are the two largest economies in the world
        (
            re.compile(
                r"^(?P<according>according\s+to\s+the\s+article,?\s+)?(?:jakija|yakiya|jakija)\s+"
                r"(?P<count>dzve|dzvie|dva|try|two|three)\s+(?P<what>[^,?]+)$",
                re.I,
            ),
            lambda match: (
                f"which are the {_BELARUSIAN_COUNTS.get(match.group('count').lower(), match.group('count'))} "
                f"{match.group('what')}" + (" according to the article" if match.group("according") else "")
            ),
        ),
        # "Chamu Blinken byu aptymistychny?": why was Blinken optimistic
        (
            re.compile(
                r"^(?:chamu|navoshta)\s+(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+(?:byu|byla|byli|bu[uw])\s+(?P<what>\w+)$",
                re.I,
            ),
            r"why was \g<who> \g<what>",
        ),
        # "Jakaja hazeta apublikavala artykul?": which newspaper published the article
        (
            re.compile(
                r"^(?:jakaja|yakaya|jaki|yaki)\s+(?P<thing>newspaper|sajt|sait)\s+apublikava\w*\s+(?P<what>[^,?]+)$",
                re.I,
            ),
            lambda match: (
                f"which {'newspaper' if match.group('thing') == 'newspaper' else 'website'} "
                f"published {match.group('what')}"
            ),
        ),
        # "u Blinkena", "Xi i Blinkena": a name declined (of, at someone's), its ending left off
        (re.compile(r"\b(?P<name>Blinken|Biden|Putin|Trump|Kumar|Abhijeet)(?:a|am|e|ym|om)\b"), r"\g<name>"),
        # "Shto takoje X?": what is X; "Jak zavuc X?" (how is X called): who is X
        (re.compile(r"^shto\s+(?:takoje|takoe|takoye|heta)\s+(?P<what>[^,?]+)$", re.I), r"what is \g<what>"),
        (re.compile(r"^jak\s+(?:zavuc[ts]?|zavut)\s+(?P<who>[^,?]+)$", re.I), r"who is \g<who>"),
        # "Z jakoha horada napisau autar artykul?" (from which city did the author write): where is the author based
        (
            re.compile(
                r"^(?:z\s+jakoha\s+(?:horada|gorada|miesta|mesta)|adkul|adkuľ|dze)\s+(?:napisa[uw]|pisa[uw]|pishe|znakhodzicca)\s+"
                r"the\s+author(?:\s+the\s+article)?$",
                re.I,
            ),
            "where is the author based",
        ),
        # "Blinkenu", "Bidenu": a name as the one spoken to, its ending left off
        (
            re.compile(
                r"(?<=\s)(?!(?:Taiwan|Taivan|Tajvan|Pekin)u\b)(?P<name>(?-i:[A-Z])[a-z]{2,}[bcdfghklmnprstvz])u\b"
            ),
            r"to \g<name>",
        ),
        # "plan Smart Essential": the Smart Essential plan
        (
            re.compile(r"\b(?:the\s+)?(?i:plan|tarif)\s+(?P<name>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)*)"),
            r"the \g<name> plan",
        ),
        # "padpiska Super Saver": the Super Saver subscription
        (
            re.compile(r"\bthe\s+subscription\s+(?P<name>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)*)"),
            r"the \g<name> subscription",
        ),
        # "Kolki mesiacau dzejnichaje plan Smart Quarterly?": how many months does the Smart Quarterly plan last
        (
            re.compile(
                r"^kolki\s+(?P<unit>months|years|days|weeks)\s+(?:dzejnichaje|dziejnichaje|dzejnichae|douzhycca|ciahniecca)\s+"
                r"(?P<what>[^,?]+)$",
                re.I,
            ),
            lambda match: f"how many {match.group('unit')} does {_with_the(match.group('what'))} last",
        ),
        # "pamizh Blinkenam i Wang Yi": between Blinken and Wang Yi
        (re.compile(r"(?<=\bbetween\s)(?P<name>(?-i:[A-Z])[a-z]{2,}?)(?:am|em|om|ym)\b"), r"\g<name>"),
        *_word_for_word(_BELARUSIAN_UKRAINIAN),
        (
            re.compile(
                rf"^(?:shto|shcho)\s+(?:(?P<who>[^,?]+?)\s+{_UKRAINIAN_SAID}|{_UKRAINIAN_SAID}\s+(?P<speaker>{_TWO_WORD_NAME}|(?-i:[A-Z])\w*))"
                r"\s+(?P<whom>(?-i:[A-Z])[a-z]{2,}?)(?:u|ovi|evi|e)\s+(?:pro|about)\s+(?P<topic>[^,?]+)$",
                re.I,
            ),
            lambda match: (
                f"what did {match.group('who') or match.group('speaker')} say to {match.group('whom')} "
                f"about {match.group('topic')}"
            ),
        ),
        # what someone said, with a place or time after the one asked about ("… paslia sustrechy": after the meeting)
        *_what_said(
            r"(?:shto|shcho)",
            _UKRAINIAN_SAID,
            r"(?:pro|about)",
            r"(?P<where>\s+(?:in|at|after|during|before)\s+[^,?]+)?",
        ),
        *_ukrainian(),
        (re.compile(r"\bz\s+(?=(?-i:[A-Z]))"), "with "),
        (re.compile(r"\bmeet\s+with\s+"), "meet "),
        # "what did Xi to Blinken say": the one spoken to put after the verb
        (
            re.compile(r"^what\s+did\s+(?P<who>.+?)\s+(?P<to>to\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+say\b"),
            r"what did \g<who> say \g<to>",
        ),
        (re.compile(r"^(?P<start>who\s+said\s+)should\s+be\b", re.I), r"\g<start>they should be"),
        (re.compile(r"\s{2,}"), " "),
        _according_to_last(),
        _the_the(),
        *_in_english_at_last(),
        (re.compile(r"\bwhich\s+the\s+"), "which "),  # "which the Chinese official", "which the US president"
    )


def _belarusian_asked(asked: str) -> str:
    """ "dze": where; "kali": when; "u jakim horadzie": in which city; "jakoha dnia": on which day."""
    asked = " ".join(asked.lower().split())
    if asked in ("dze", "dzie"):
        return "where"
    if asked.startswith(("on which", "in which")):
        return asked
    if asked == "kali":
        return "when"
    if "dnia" in asked or "dzien" in asked:
        return "on which day"
    return "in which building" if "budynk" in asked else "in which city"


# Belarusian's own words ("skazau", "sustreusia", "kolki", "doujylasia", "sustrecha", "kali", "dze"), none of them
# Ukrainian's ("skazav", "zustrivsia", "skilky", "tryvala", "koly", "de") or Russian's ("skazal", "vstretilsya",
# "skolko", "dlilas", "kogda", "gde"); or a Cyrillic "і" or "ў" typed among Latin letters
_BELARUSIAN_WORDS = _lazy_pattern(
    r"^(?:a\s+|i\s+)?(?:dzi?e|chamu|[čc]hamu)\s|\b(?:ska[zž]a[uŭw]|ka[zž]a[uŭw]|sustre\w*|kolki|do[uŭw]?(?:[zž]h?|j)yl\w*|hety|hetaha"
    r"|hetym|artykul\w*|artykuł\w*|a[uŭw]tar\w*|adbyl\w*|zhadva\w*|zgadva\w*|apublik\w*|napisa[uŭw]|prapanava[uŭw]"
    r"|pasad[ay]|pasadu|peramov\w*|ka[sš]htuje|kitaj\w*|zsha|z[sš]a|dziarzh\w*|zami?e[zž]h?n\w*|pra\s+[sš]hto"
    r"|hadzin\w*|padpisk\w*|shto[\s-]*n[ie]*budz\w*|sustraka\w*|takoje|zavuc|pavinny\s+by[cć]\w*|tydnia"
    r"|dzejnichaje|abnaul\w*)\b|^pavodle\s+(?-i:[A-Z])"
    r"|^kali\s+(?:\w+\s+)?(?:sustre|adbyl|apublik|paje|byu|byla|prajsh)|[a-z][іўІЎ]|[іўІЎ][a-z]",
    re.I,
)


# How readers ask in Slovene, with English words and often without its carons (č, š, ž typed c, s, z): "Kaj je rekel
# Blinken o Tajvanu?" (what did Blinken say about Taiwan), "Kdaj sta se Xi in Blinken srečala?" (when did Xi and
# Blinken meet: "sta" is the dual's "are", "se" the verb's "each other"), "Kje je bilo srečanje?" (where was the
# meeting), "Kdo je rekel, da …?" (who said …), "Koliko časa so trajali pogovori?" (how long did the talks last). Its
# past is "je", "sta" or "so" with a participle that agrees with the one who did it ("rekel", "rekla", "rekli": said;
# "srečal", "srečala", "srečali": met), the participle before or after the doer; the doer may come last. A name is
# declined ("o Tajvanu": about Taiwan, "v Pekingu": in Beijing, "z Blinknom": with Blinken, "Xiju": to Xi), an "e"
# before its last consonant dropping as in Slovene's own words ("Blinkna", "Bidnu"); "in" is its "and", "o" its
# "about", "v" its "in", "z" or "s" its "with", "po" its "after", and "ali" (or "a") opens a yes-or-no question ("Ali
# je Xi omenil Tajvan?": did Xi mention Taiwan). Its "kdo" (who) is Czech's, "koliko" (how many) Croatian's and
# Serbian's, "sta" Serbian's "what" typed plain: the book is read only when a word of Slovene's own is there ("kaj",
# "kdaj", "kje", "zakaj", "rekel", "dejal", "srečal", "srečanje", "pogovori"), before the Czech, Serbian and Croatian
# books.
_SLOVENE_MARKED = (("c", "čć"), ("s", "š"), ("z", "ž"), ("d", "đ"))
# Its names of countries and places, in any case ("Kitajska", "na Kitajskem", "Kitajske": China)
_SLOVENE_NAMES = {
    "(?-i:Kitajsk(?:a|e|i|o|em))(?!\\s+(?i:predsednik|zunanj|minist|vlad|voditelj|diplomat|uradnik|govorec))": "China",
    "(?-i:Z(?:druzen|DRUZEN)\\w*\\s+(?:drzav|DRZAV)\\w*)(?:\\s+(?-i:Amerik\\w*))?|(?-i:ZDA)": "the US",
    "(?-i:Amerik(?:a|e|i|o))": "America", "(?-i:Rusij(?:a|e|i|o))": "Russia", "(?-i:Tajvan(?:a|u|om)?)": "Taiwan",
    "(?-i:Peking(?:a|u|om)?)": "Beijing", "(?-i:Japonsk(?:a|e|i|o|em))": "Japan", "(?-i:Ukrajin(?:a|e|i|o))": "Ukraine",
    "(?-i:Kalifornij(?:a|e|i|o))": "California", "(?-i:Indij(?:a|e|i|o))": "India",
    "(?-i:Ju[z]nokitajsk\\w*)\\s+morj\\w*": "the South China Sea",
    "(?-i:Evropsk\\w*)\\s+(?:unij\\w*|(?-i:Unij\\w*))|(?-i:EU)": "the European Union",
}  # fmt: skip
# Its titles and nouns, in any case, put into English before its shapes are read ("zunanji minister Kitajske": the
# foreign minister of China, read as China's foreign minister in the end)
_SLOVENE_THINGS = {
    "po\\s+(?:navedbah|pisanju|porocanju)\\s+(?:tega\\s+)?clanka|glede\\s+na\\s+(?:ta\\s+)?clanek|po\\s+clanku"
    "|kot\\s+(?:pise|navaja|pravi)\\s+(?:v\\s+)?(?:clanku|clanek)": "according to the article",
    "avtor\\w*\\s+(?:tega\\s+)?clank\\w*": "the author of the article",
    "v\\s+(?:tem|temle)\\s+clanku": "in this article", "v\\s+clanku|v\\s+zgodbi|v\\s+novici": "in the article",
    "(?:ta|tale|tega|temu)\\s+clan(?:ek|ka|ku)": "this article",
    "clan(?:ek|ka|ku|kom)|zgodb[aeiou]|novic[aeiou]": "the article",
    "zunanj\\w+\\s+minist(?:er|ra|ru|rom|rica|rice)|minist(?:er|ra|ru|rom|rica)\\s+za\\s+zunanje\\s+zadeve":
        "foreign minister",
    "drzavn\\w+\\s+sekretar\\w*": "secretary of state", "predsednik\\w*\\s+vlade|premier\\w*": "prime minister",
    "predsedni(?:k|ka|ku|kom|ca|ce|ci)": "president", "minist(?:er|ra|ru|rom|rica|rice)": "minister",
    "tiskovn\\w+\\s+predstavni\\w+|govor(?:ec|ca|cu|nik|nika)|predstavni(?:k|ka|ku)": "spokesperson",
    "voditel(?:j|ja|ju|jem|jica)": "leader", "diplomat(?:a|u|om)?": "diplomat",
    "uradni(?:k|ka|ku|kom|ca)": "official", "novinar(?:ja|ju|ka)?": "journalist", "avtor(?:ja|ju|ica)?": "author",
    "kitajsk\\w*": "Chinese", "amerisk\\w*": "American", "rusk\\w*": "Russian",
    # the meeting and the talks, with the words before them that say when ("po srečanju": after the meeting)
    "po\\s+(?:srecanju|sestanku)": "after the meeting", "pred\\s+(?:srecanjem|sestankom)": "before the meeting",
    "med\\s+(?:srecanjem|sestankom)": "during the meeting", "na\\s+(?:srecanju|sestanku)": "at the meeting",
    "na\\s+zacetku\\s+pogovorov": "at the start of the talks", "na\\s+koncu\\s+pogovorov": "at the end of the talks",
    "po\\s+pogovorih": "after the talks", "med\\s+pogovori": "during the talks",
    "(?:to\\s+)?srecanj(?:e|a|u|em)|sestan(?:ek|ka|ku|kom)": "the meeting",
    "pogovor(?:i|ov|ih|e|om|ih)|pogajanj(?:a|ih)": "the talks", "obisk(?:a|u|om)?": "the visit",
    "vrh(?:u|a|om)?": "the summit", "narocnin\\w*": "the subscription",
    # which day, which building: "na kateri dan" (on which day), "v kateri stavbi" (in which building)
    "na\\s+kateri\\s+dan|katerega\\s+dne": "on which day", "v\\s+kateri\\s+stavbi": "in which building",
    "stavb(?:a|e|i|o)": "building", "dan|dne|dnevu": "day",
    # "da se … začenjajo": the clitic "se" of a verb done to itself, second after "da" (that), has no English
    "da\\s+se": "that", "(?:se\\s+)?zacenja(?:jo)?|(?:se\\s+)?zacne(?:jo)?": "are beginning to",
    "stabilizira(?:ti|jo)?": "stabilise", "izboljsa(?:ti|jo)": "improve",
    "med\\s+(?:obema\\s+)?drzavama": "between the two countries", "drzav(?:a|e|i|o|ami)": "countries",
    "politik(?:a|u|om)?": "politician", "podpor\\w*": "support", "upanj\\w*": "hope",
    "nesporazum\\w*": "misunderstandings", "napredek": "progress",
    "clovekov\\w*\\s+pravic\\w*": "human rights", "trgovin\\w*": "trade", "nacel(?:a|o|i)?": "principles",
    "partner(?:ji|je|jev|ja)": "partners", "tekmec\\w*|tekmic\\w*|rival\\w*": "rivals", "odnos\\w*": "relations",
    "napre(?:dek|dka|dku)": "progress", "sodelovanj\\w*": "cooperation", "spostovanj\\w*": "respect",
    "razvoj\\w*": "development", "razlik\\w*": "differences", "vprasanj[ae]|tezav\\w*|problem(?:i|ov|e)": "issues",
    "gospodarstv\\w*": "economies", "citat(?:e|i|ov)?|izjav(?:e|o)": "quotes", "funkcij\\w*|polozaj\\w*": "title",
    "(?:bi\\s+)?mora(?:li|la|ta|jo|mo)\\s+biti|naj\\s+bi\\s+bil[ie]": "should be", "ur[ae]?": "hours",
    "minut[ae]?": "minutes", "njegov\\w*": "his", "njen\\w*": "her", "vse|vsi|vsa": "all",
    "prosim": "please", "(?:daj|dajte)\\s+mi": "give me", "(?:povej|povejte)\\s+mi": "tell me",
}  # fmt: skip
# Its small words: "o" (about), "z", "s" (with), "v" (in), "na" (at, in), "po" (after), "med" (during, between)
_SLOVENE_ENGLISH = {
    "o|glede": "about", "(?<!['’])(?:z|s)(?=\\s)": "with", "v": "in", "na(?=\\s+(?-i:[A-Z]))": "in", "na": "at",
    "po": "after", "med(?=\\s+(?-i:[A-Z]))": "between", "med": "during", "pred": "before", "da": "that", "ne": "not",
    "zdaj|sedaj": "now", "tudi": "also", "samo": "only",
}  # fmt: skip
_SLOVENE_SAID = (
    r"(?:rek(?:el|la|li|lo)|deja(?:l|la|li|lo)|izjavi(?:l|la|li)|poveda(?:l|la|li)|govori(?:l|la|li)"
    r"|poudari(?:l|la|li)|doda(?:l|la|li)|sporoci(?:l|la|li))"
)
_SLOVENE_MET = r"(?:se\s+)?(?:sreca(?:l|la|li|lo)|sesta(?:l|la|li|lo)|dobi(?:l|la|li))"
_SLOVENE_HAS = r"(?:je|sta|so)"
# What was done, asked how many times, which or whether
_SLOVENE_DONE = {
    "predlaga": "propose", "omeni": "mention", "podpisa": "sign", "obiska": "visit", "napoveda": "announce",
    "naprosi": "ask", "vprasa": "ask", "upa": "hope", "pozva": "urge", "napisa": "write", "sreca": "meet",
    "govori": "talk", "izrazi": "express",
}  # fmt: skip
_SLOVENE_DONE_WORDS = r"(?:predlaga|omeni|podpisa|obiska|napoveda|naprosi|vprasa|upa|pozva|napisa|izrazi)(?:l|la|li)"
_SLOVENE_ASKED = {
    "kdaj": "when", "kje": "where", "v katerem mestu": "in which city", "katerega dne": "on which day",
    "on which day": "on which day", "in which building": "in which building",
}  # fmt: skip
_SLOVENE_ASKING = r"(?P<asked>kdaj|kje|v\s+katerem\s+mestu|katerega\s+dne|on\s+which\s+day|in\s+which\s+building)"
_SLOVENE_NUMBERS = {"dva|dve": "two", "tri|trije": "three", "stiri": "four", "pet": "five"}


def _slovene_done(done: str) -> str:
    """ "predlagal": "propose"; a verb the book does not know stays as typed."""
    return next((english for stem, english in _SLOVENE_DONE.items() if done.lower().startswith(stem)), done)


def _slovene_asked(match: re.Match[str]) -> str:
    """ "kdaj": when; "kje": where; "v katerem mestu": in which city."""
    return _SLOVENE_ASKED[" ".join(match.group("asked").lower().split())]


def _slovene_met(match: re.Match[str]) -> str:
    """ "when did Xi and Blinken meet", "when did Blinken meet Xi": the doer before or after the verb, the one met
    after it or after "with"."""
    groups = match.groupdict()
    who, after = groups.get("who"), groups.get("after")
    whom = groups.get("whom") or (after if who else None)
    return f"{_slovene_asked(match)} did {who or after or 'they'} meet" + (f" {whom}" if whom else "")


@cache
def _slovene() -> _Shapes:
    numbers = "|".join(_SLOVENE_NUMBERS)
    name = r"(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?"
    return (
        _after_the_question(),
        *_plain_letters(_SLOVENE_MARKED),
        (
            re.compile(
                r"^(?:in|pa|no|torej|a)\s*,?\s+(?=(?:kaj|kdo|kdaj|kje|koliko|zakaj|kako|ali|s\s+kom|z\s+kom)\b)", re.I
            ),
            "",
        ),
        (re.compile(r"^kaj\s+pa\s+(?P<who>[^,?]+)$", re.I), r"what about \g<who>"),
        (
            re.compile(r"^o\s+(?:cem|kom)\s+(?:govori|pise|poroca|je)\s+(?P<what>[^,?]+)$", re.I),
            r"what is \g<what> about",
        ),
        # "in" between two words is Slovene's "and", read so before any English "in" is put in
        (re.compile(r"(?<=\w)\s+in\s+(?=\w)"), " and "),
        *_word_for_word(_SLOVENE_NAMES),
        # "Wang Yi rekel Blinknu": a name in the dative after a verb of saying is the one spoken to
        (
            re.compile(rf"\b(?P<said>{_SLOVENE_SAID})\s+(?P<to>(?-i:[A-Z])[a-z]{{2,}}(?:ju|u))\b", re.I),
            r"\g<said> to \g<to>",
        ),
        (
            re.compile(
                rf"^(?P<head>kaj\s+{_SLOVENE_HAS}\s+{_SLOVENE_SAID}\s+{name})\s+(?P<to>(?-i:[A-Z])[a-z]{{2,}}(?:ju|u))$",
                re.I,
            ),
            r"\g<head> to \g<to>",
        ),
        # a foreign name declined: "Blinkna", "Blinknom" (its "e" dropped), "Xija", "Xiju", "Wang Yijem", "Putinu"
        (re.compile(r"\b(?P<name>(?-i:[A-Z])[a-z]*[bcdfghkmpstvz])n(?:a|u|om|ov)\b"), r"\g<name>en"),
        (re.compile(r"\b(?P<name>(?-i:[A-Z])[a-z]*i)-?j(?:a|u|em|evi)\b"), r"\g<name>"),
        (re.compile(r"\b(?P<name>(?-i:[A-Z])[a-z]+)-(?:a|u|om|em|ju|ja|jem)\b"), r"\g<name>"),
        (re.compile(r"\b(?P<name>(?-i:[A-Z])[a-z]{2,}[bcdfghklmnprstvz])(?:u|om|em|ovi)\b"), r"\g<name>"),
        (
            re.compile(
                r"\b(?P<before>(?:od|do|iz|brez|okrog|sreca(?:l|la|li)|omeni(?:l|la|li)|vprasa(?:l|la|li)"
                r"|obiska(?:l|la|li))\s+)(?P<name>(?-i:[A-Z])[a-z]{2,}[bcdfghklmnprstvz])a\b",
                re.I,
            ),
            r"\g<before>\g<name>",
        ),
        *_word_for_word(_SLOVENE_THINGS),
        (re.compile(r"\bkaj\s+(?=about\b)", re.I), "anything "),
        # its small words: "o" (about), "z", "s" (with), "v" (in), "na" (at, in), "po" (after), "med" (during)
        *_word_for_word(_SLOVENE_ENGLISH),
        _according_to_last(),
        # "Kaj se je zgodilo …": what happened …
        (re.compile(r"^kaj\s+(?:se\s+)?je\s+(?:se\s+)?zgodilo(?P<rest>.*)$", re.I), r"what happened\g<rest>"),
        # "Kaj je o odnosih rekel Xi?": what did Xi say about the relations (what it is about before the verb)
        (
            re.compile(
                rf"^kaj\s+{_SLOVENE_HAS}\s+(?P<about>about\s+[^,?]+?)\s+{_SLOVENE_SAID}\s+(?P<who>[^,?]+)$", re.I
            ),
            lambda match: f"what did {_with_the(match.group('who'))} say {match.group('about')}",
        ),
        *_what_said(rf"kaj\s+{_SLOVENE_HAS}", _SLOVENE_SAID, "about"),
        # "Kdo je rekel, da …?": who said …
        (
            re.compile(rf"^kdo\s+(?:{_SLOVENE_HAS}\s+)?{_SLOVENE_SAID}\s*,?\s+(?:that\s+)?(?P<said>.+)$", re.I),
            r"who said \g<said>",
        ),
        # whom someone met, and who met someone: "S kom se je srečal Blinken?", "Kdo se je srečal z Blinknom?"
        (
            re.compile(
                rf"^with\s+kom\s+(?:se\s+)?{_SLOVENE_HAS}\s+(?:(?P<who>{name})\s+)?{_SLOVENE_MET}(?:\s+(?P<after>{name}))?"
                r"(?P<where>\s+(?:in|at|after|during)\s+[^,?]+)?$",
                re.I,
            ),
            lambda match: f"who did {match.group('who') or match.group('after')} meet{match.group('where') or ''}",
        ),
        (
            re.compile(rf"^kdo\s+(?:se\s+)?je\s+{_SLOVENE_MET}\s+(?:with\s+)?(?P<whom>[^,?]+)$", re.I),
            r"who met \g<whom>",
        ),
        # "Kdaj sta se Xi in Blinken srečala?", "Kje se je Blinken srečal z Xijem?": when (where) did … meet
        (
            re.compile(
                rf"^{_SLOVENE_ASKING}\s+(?:se\s+)?{_SLOVENE_HAS}\s+(?:se\s+)?(?:(?P<who>[^,?]+?)\s+)?{_SLOVENE_MET}"
                r"(?:\s+(?!with\b)(?P<after>[^,?]+?))?(?:\s+with\s+(?P<whom>[^,?]+))?$",
                re.I,
            ),
            _slovene_met,
        ),
        # "Kdaj je bil članek objavljen?": when was the article published (updated, written)
        (
            re.compile(
                r"^kdaj\s+(?:je\s+)?(?:bil\s+)?(?:(?P<what>[^,?]+?)\s+)?(?:bil\s+)?(?P<done>objavljen|posodobljen|napisan)\w*"
                r"(?:\s+(?P<after>[^,?]+))?$",
                re.I,
            ),
            lambda match: (
                f"when was {match.group('what') or match.group('after') or 'the article'} "
                + {"o": "published", "p": "updated", "n": "written"}[match.group("done")[0].lower()]
            ),
        ),
        # "Kje je bilo srečanje?", "Kje je potekal sestanek?": where (when) did the meeting take place
        (
            re.compile(
                rf"^{_SLOVENE_ASKING}(?P<where>\s+in\s+(?-i:[A-Z])\w+)?\s+(?:je|so|sta)\s+(?:bil[aoi]?|potekal[aoi]?|zgodil[aoi]?)"
                r"\s+(?P<what>[^,?]+)$"
                rf"|^{_SLOVENE_ASKING.replace('asked', 'asked2')}\s+(?P<thing>[^,?]+?)\s+(?:je|so)\s+"
                r"(?:bil[aoi]?|potekal[aoi]?)$",
                re.I,
            ),
            lambda match: (
                f"{_SLOVENE_ASKED[' '.join((match.group('asked') or match.group('asked2')).lower().split())]}"
                f"{match.group('where') or ''} did {match.group('what') or match.group('thing')} take place"
            ),
        ),
        # "Koliko časa so trajali pogovori?", "Kako dolgo je trajalo srečanje?": how long did the talks last
        (
            re.compile(
                rf"^(?P<asked>koliko\s+(?:casa|hours|minutes)|kako\s+dolgo)\s+{_SLOVENE_HAS}\s+(?:trajal\w*|potekal\w*)"
                r"\s+(?P<what>[^,?]+)$"
                rf"|^(?P<thing>[^,?]+?)\s+{_SLOVENE_HAS}\s+trajal\w*\s+(?P<asked2>koliko\s+(?:casa|hours)|kako\s+dolgo)$",
                re.I,
            ),
            lambda match: (
                ("how many hours" if "hours" in (match.group("asked") or match.group("asked2")) else "how long")
                + f" did {match.group('what') or match.group('thing')} last"
            ),
        ),
        (
            re.compile(
                rf"^(?:koliko\s+casa|kako\s+dolgo)\s+{_SLOVENE_HAS}\s+(?:se\s+)?pogovarjal\w*(?:\s+[^,?]+)?$", re.I
            ),
            "how long did the talks last",
        ),
        # "Koliko načel je predlagal Xi?": how many principles did Xi propose; "Katera tri načela …": which
        (
            re.compile(
                rf"^(?P<asked>koliko|kater[aeio]|kaksn[aeio])\s+(?:(?P<count>{numbers})\s+)?(?P<thing>\S+)\s+"
                rf"{_SLOVENE_HAS}\s+(?:(?P<who>{name})\s+)?(?P<done>{_SLOVENE_DONE_WORDS})(?:\s+(?P<after>{name}))?$",
                re.I,
            ),
            lambda match: (
                ("how many" if match.group("asked").lower() == "koliko" else "which")
                + (
                    " " + next(e for n, e in _SLOVENE_NUMBERS.items() if re.fullmatch(n, match.group("count"), re.I))
                    if match.group("count")
                    else ""
                )
                + f" {match.group('thing')} did {match.group('who') or match.group('after')} "
                + _slovene_done(match.group("done"))
            ),
        ),
        # "Koliko stane naročnina?": how much does the subscription cost
        (re.compile(r"^koliko\s+(?:stane|stanejo|kosta)\s+(?P<what>[^,?]+)$", re.I), r"how much does \g<what> cost"),
        # "Kdo je napisal članek?": who wrote the article; "Kdo je Wang Yi?": who is Wang Yi
        (re.compile(r"^kdo\s+(?:je\s+)?napisal\w*\s+(?P<what>[^,?]+)$", re.I), r"who wrote \g<what>"),
        (
            re.compile(rf"^kdo\s+(?:je\s+)?(?P<done>{_SLOVENE_DONE_WORDS})\s+(?P<what>[^,?]+)$", re.I),
            lambda match: f"who {_past_tense(_slovene_done(match.group('done')))} {match.group('what')}",
        ),
        (re.compile(r"^kdo\s+(?:je|so)\s+(?P<who>[^,?]+)$", re.I), r"who is \g<who>"),
        (re.compile(r"^(?P<who>[^,?]+?)\s+je\s+kdo$", re.I), r"who is \g<who>"),
        # "Kakšen položaj ima Wang Yi?", "Katero funkcijo opravlja Wang Yi?": what is Wang Yi's title
        (
            re.compile(
                r"^(?:kaksn\w*|kater\w*)\s+title\s+(?:ima|opravlja|zaseda)\s+(?P<who>[^,?]+?)(?P<where>\s+in\s+[^,?]+)?$",
                re.I,
            ),
            _title_asked,
        ),
        # "Zakaj je Blinken šel v Peking?": why did Blinken go to Beijing; "… obiskal Kitajsko": visit China
        (
            re.compile(
                rf"^zakaj\s+(?:je|so|sta)\s+(?:(?P<who>{name})\s+)?(?:sel|sla|sli|odpotoval\w*|prisel|prisla|prisli)\s+"
                rf"(?:(?P<subject>{name})\s+)?(?:in|to|at)\s+(?P<place>[^,?]+)$",
                re.I,
            ),
            lambda match: f"why did {match.group('who') or match.group('subject')} go to {match.group('place')}",
        ),
        (
            re.compile(
                rf"^zakaj\s+(?:je|so|sta)\s+(?:(?P<who>{name})\s+)?(?P<done>{_SLOVENE_DONE_WORDS})\s+(?P<what>[^,?]+)$",
                re.I,
            ),
            lambda match: (
                f"why did {match.group('who') or 'they'} {_slovene_done(match.group('done'))} {match.group('what')}"
            ),
        ),
        # "Ali je bil Tajvan omenjen?": was Taiwan mentioned; "Ali je Xi kaj rekel o Tajvanu?": did Xi say anything
        # about Taiwan; "Ali se je Blinken srečal s Putinom?": did Blinken meet Putin; "Ali je res, da …": is it true
        (re.compile(r"^(?:ali|a)\s+je\s+res,?\s+(?:that\s+)?", re.I), "is it true that "),
        # "Je bil v pogovorih govor tudi o Tajvanu?": was there talk (in the talks) of Taiwan too, was Taiwan discussed
        (
            re.compile(
                r"^(?:(?:ali|a)\s+)?je\s+(?:bil|tekl[ao])\s+(?P<where>(?:in|at|during|after)\s+[^,?]+?\s+)?(?:govor|beseda)\s+(?:also\s+)?"
                r"about\s+(?P<what>[^,?]+)$",
                re.I,
            ),
            lambda match: (
                f"{'were' if ' and ' in match.group('what') else 'was'} {match.group('what')} discussed"
                + (f" {match.group('where').strip()}" if match.group("where") else "")
            ),
        ),
        (
            re.compile(
                r"^(?:(?:ali|a)\s+)?(?:je|so)\s+(?:bil[aoi]?\s+)?(?P<what>[^,?]+?)\s+(?:bil[aoi]?\s+)?omenjen[aoi]?"
                r"(?P<where>\s+in\s+[^,?]+)?$"
                r"|^(?:(?:ali|a)\s+)?(?:je|so)\s+(?:bil[aoi]?\s+)?omenjen[aoi]?\s+(?P<thing>[^,?]+?)(?P<in>\s+in\s+the\s+\w+)?$",
                re.I,
            ),
            lambda match: (
                f"was {match.group('what') or match.group('thing')} mentioned"
                + (match.group("where") or match.group("in") or "")
            ),
        ),
        (
            re.compile(
                rf"^(?:(?:ali|a)\s+)?(?:se\s+)?(?:je|sta|so)\s+(?:se\s+)?(?P<who>{name}|the\s+\w+(?:\s+\w+)?)\s+(?:se\s+)?(?P<any>kaj\s+)?"
                rf"(?:(?P<said>{_SLOVENE_SAID})|(?P<met>{_SLOVENE_MET})|(?P<done>{_SLOVENE_DONE_WORDS}))"
                r"(?:\s+with)?(?P<rest>\s+[^,?]+)?$",
                re.I,
            ),
            lambda match: (
                f"did {match.group('who')} "
                + (
                    "say"
                    if match.group("said")
                    else "meet"
                    if match.group("met")
                    else _slovene_done(match.group("done"))
                )
                + (" anything" if match.group("any") else "")
                + (match.group("rest") or "")
            ),
        ),
        (re.compile(r"\bkaj\b(?=\s+about\b|$)", re.I), "anything"),
        *_word_for_word(
            {
                "ali": "or",
                "kaj": "what",
                "kdo": "who",
                "kdaj": "when",
                "kje": "where",
                "zakaj": "why",
                "koliko": "how many",
                "kako": "how",
            }
        ),
        _according_to_last(),
        _the_the(),
        *_in_english_at_last(),
    )


# Slovene's own words ("kaj", "kdaj", "kje", "zakaj", "rekel", "dejal", "srečal", "srečanje", "pogovori"), none of them
# Czech's ("co", "kdy", "kde", "řekl", "setkal", "schůzka"), Slovak's, Croatian's or Serbian's ("šta", "kada", "gdje",
# "rekao", "sastali", "sastanak", "razgovori"); its "v Pekingu", "o Tajvanu" and "načela" are theirs too
_SLOVENE_WORDS = _lazy_pattern(
    r"^(?:(?:in|pa|a)\s+)?(?:kaj|kdaj|kje|zakaj)\s|\b(?:kaj\s+(?:je|so|sta|pa|se)|kdaj|kje\s+(?:je|so|sta|se)"
    r"|zakaj|rekel|deja(?:l|la|li)|sre[cč]a(?:l|la|li|nj\w*)|sesta(?:l|la|li)|sestan(?:ek|ku|ka)"
    r"|pogovor(?:i|ov|ih)|koliko\s+[cč]asa|kako\s+dolgo|trajal[aoi]?\s+pogovor\w*|omenil[ai]?|omenjen[aoi]?"
    r"|kitajsk\w*|ameri[sš]k\w*|zunanji\s+minister|dr[zž]avni\s+sekretar|predlaga(?:l|la|li)"
    r"|[cč]lovekov\w*\s+pravic\w*|naro[cč]nin\w*|s\s+kom|z\s+kom|kak[sš]en|kak[sš]n[aeo]"
    r"|kdo\s+je\s+(?:napisal|omenil|predlagal|dejal)|na\s+kateri\s+dan|v\s+kateri\s+stavbi|potekal[aoi]?"
    r"|je\s+bil\s+(?:\w+\s+){0,3}govor|za[cč]enjajo|dr[zž]avama)\b",
    re.I,
)

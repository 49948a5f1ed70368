"""East and West Slavic phrasebooks: Ukrainian typed in Latin letters, Czech and Slovak."""

from __future__ import annotations

import re
from functools import cache

from knowledge.phrasebooks.shapes import (
    _CZECH_FIRST_NAME,
    _CZECH_NAME,
    _how_many_done,
    _in_english_at_last,
    _lazy_pattern,
    _plain_letters,
    _Shapes,
    _title_of_country,
    _us_foreign_minister,
    _what_said,
    _why_done,
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

"""Baltic phrasebooks: Lithuanian."""

from __future__ import annotations

import re
from functools import cache

from knowledge.phrasebooks.shapes import (
    _ANSWER_WORDS,
    _CZECH_FIRST_NAME,
    _CZECH_NAME,
    _after_the_question,
    _country_before_title,
    _how_long,
    _how_many_done,
    _in_english_at_last,
    _lazy_pattern,
    _plain_letters,
    _Shapes,
    _the_the,
    _what_said,
    _why_done,
    _word_for_word,
)

# How readers ask in Lithuanian, often without its ą, č, ę, ė, į, š, ų, ū and ž and with English words: "Ką Xi pasakė
# apie Taivaną?" (what did Xi say about Taiwan), "Kas pasakė, kad …" (who said …), "Su kuo Blinkenas susitiko Pekine?"
# (whom did Blinken meet in Beijing), "Kiek laiko truko susitikimas?" (how long did the meeting last), "Kinijos
# užsienio reikalų ministras" (China's foreign minister). A foreign name takes Lithuanian endings, read off as the
# Czech book reads its names (a capitalised name of four letters or more ending in a consonant): "Blinkenas" (Blinken),
# "Blinkenui" (to Blinken), "su Blinkenu" (with Blinken), "apie Bideną" (about Biden), "Blinkeno citatos" (Blinken's
# quotes); Lithuanian names of places as the English ones, in or out of their case ("Pekine": in Beijing).
_LITHUANIAN_MARKED = (("a", "ą"), ("c", "č"), ("e", "ęė"), ("i", "į"), ("s", "š"), ("u", "ųū"), ("z", "ž"))
_LITHUANIAN_PLACES = {
    "(?-i:(?:Si|Xi)\\s+(?:Dzinping|Jinping|Czinping)\\w*)": "Xi Jinping", "(?-i:Vang\\s+I)": "Wang Yi",
    "(?-i:Pietu\\s+Kinijos\\s+jur\\w*)": "the South China Sea", "(?-i:Pekine)": "in Beijing",
    "(?-i:Taivane)": "in Taiwan", "(?-i:Kinijoje)": "in China", "(?-i:Rusijoje)": "in Russia",
    "(?-i:Amerikoje)": "in America", "(?-i:Vasingtone)": "in Washington", "(?-i:Kalifornijoje)": "in California",
    "(?-i:Ukrainoje)": "in Ukraine", "(?-i:Lietuvoje)": "in Lithuania", "(?-i:Kinijai)": "to China",
    "(?-i:Amerikai)": "to America", "(?-i:Rusijai)": "to Russia", "(?-i:Ukrainai)": "to Ukraine",
    "(?-i:Japonij\\w*)": "Japan", "(?-i:Europ\\w*)": "Europe", "(?-i:Siaures\\s+Korej\\w*)": "North Korea",
    "(?-i:Pietu\\s+Korej\\w*)": "South Korea", "(?-i:Pekin\\w*)": "Beijing", "(?-i:Taivan\\w*)": "Taiwan",
    "(?-i:Kinij\\w*)": "China", "(?-i:Rusij\\w*)": "Russia", "(?-i:Amerik\\w*)": "America", "(?-i:JAV)": "the US",
    "(?-i:Jungtin\\w*\\s+Amerikos\\s+Valstij\\w*)": "the United States", "(?-i:Ukrain\\w*)": "Ukraine",
    "(?-i:Vasington\\w*)": "Washington", "(?-i:Kalifornij\\w*)": "California", "(?-i:Lietuv\\w*)": "Lithuania",
    "(?-i:Baiden\\w*)": "Biden",
}  # fmt: skip
_LITHUANIAN_ENGLISH = {
    "uzsienio\\s+reikalu\\s+ministr\\w*": "the foreign minister",
    "valstybes\\s+sekretori\\w*": "the secretary of state",
    "ministr\\w*\\s+pirminink\\w*|premjer\\w*": "the prime minister", "ministr\\w*": "the minister",
    "prezident\\w*": "the president", "lyder\\w*|vadov\\w*": "the leader", "atstov\\w*\\s+spaudai": "the spokesperson",
    "pareigun\\w*": "the official", "zurnalist\\w*": "the journalist", "diplomat\\w*": "the diplomat",
    "autori\\w*": "the author", "kinu|kiniet\\w*|kinisk\\w*": "Chinese", "amerikiec\\w*|amerikiet\\w*": "American",
    "rusu": "Russian", "(?:sis|si|sio|siame|sitas|sita|sitame)\\s+straipsn\\w*": "this article",
    "straipsnyje|tekste": "in the article", "straipsn\\w*|tekst\\w*": "the article", "susitikime": "at the meeting",
    "susitikim\\w*": "the meeting", "derybose": "in the talks",
    "derybos|derybu|derybas|pokalbi\\w*|pasitarim\\w*": "the talks", "stabilizuo\\w*|stabilizuot\\w*": "stabilise",
    "valand\\w*": "hours", "princip(?!al)\\w*": "principles", "partneri\\w*": "partners",
    "varzov\\w*|konkurent\\w*|priesinink\\w*": "rivals", "santyki\\w*": "relations",
    "turetu\\s+buti|turi\\s+buti|privalo\\s+buti": "should be", "abi\\s+salys|dvi\\s+salys": "the two countries",
    "sal(?:ys|iu|ims)": "countries", "prekyb\\w*": "trade", "zmogaus\\s+teis\\w*": "human rights",
    "prenumerat\\w*": "the subscription", "kain\\w*": "price", "visas|visos|visus|visi": "all", "citat\\w*": "quotes",
    "tikslius\\s+zodzius|tikslus\\s+zodziai": "the exact words", "zodzi\\w*": "words", "prasau|prasom": "please",
    "duok(?:ite)?\\s+man|parodyk(?:ite)?\\s+man": "give me", "pasakyk(?:ite)?\\s+man": "tell me", "apie|del": "about",
    "ir": "and", "ar": "or", "su\\s+puse": "and a half", "su": "with", "per\\s+menesi": "a month",
    "per\\s+metus": "a year", "per\\s+diena": "a day", "po": "after", "pries": "before", "per": "during", "kad": "that",
    "jie|jos": "they", "jis": "he", "ji": "she", "ne": "not", "nera": "is not", "vien(?:as|a|u)": "one",
    "du|dvi": "two", "trys|tris": "three", "keturi\\w*": "four", "penk\\w*": "five", "buvo": "was", "yra": "is",
    "tas|ta|tie|tos|tuo": "the", "sis|si|sia|sita|sitas|sio|sios|siame|sioje": "this", "politik\\w*": "politician",
    "kalbejosi|kalbejo|kalbasi|kalbesis|diskutavo": "talked", "parama": "support", "jau": "already",
    "pradeda|pradejo": "beginning", "savait\\w*": "week", "dien\\w*": "day", "menes\\w*": "months",
    "metus|metai|metu": "years", "kuris|kuri|kurie|kurios": "who",
}  # fmt: skip
# The small words before a name in its genitive ("iš Blinkeno": from Blinken), put into English with it
_LITHUANIAN_BEFORE_NAME = {
    "is": "from", "nuo": "from", "be": "without", "del": "about", "iki": "until", "tarp": "between", "prie": "at",
    "vietoj": "instead of",
}  # fmt: skip
_LITHUANIAN_SAID = (
    r"(?:pasake|sake|teige|pareiske|kalbejo|pamine|minejo|atsake|sako|teigia|pasakojo|nurode|pabreze|uzsimine)"
)
_LITHUANIAN_MET = r"(?:susitiko|susitike|susitikdavo|buvo\s+susitikes|susitikes|susitiks)"
_LITHUANIAN_LASTED = r"(?:truko|tesesi|uztruko|vyko)"
_LITHUANIAN_ASKED = r"(?P<asked>kada|kur)"
_LITHUANIAN_WHICH = r"(?:kokius|kokias|kokie|kokios|kokia|koks|kuriuos|kurias|kurie|kurios)"
_LITHUANIAN_WHY_DONE = {
    "nuvyko": "go", "atvyko": "come", "keliavo": "travel", "pasake": "say", "susitiko": "meet", "pasiule": "propose",
    "aplanke": "visit", "ispejo": "warn",
}  # fmt: skip
_LITHUANIAN_DONE = {
    "pasiule": "propose", "pamine": "mention", "pasake": "say", "pasirase": "sign", "aplanke": "visit",
    "paskelbe": "announce", "isvardijo": "list", "iskele": "raise",
}  # fmt: skip


@cache
def _lithuanian() -> _Shapes:
    return (
        _after_the_question(),
        *_plain_letters(_LITHUANIAN_MARKED),
        (
            re.compile(rf"\b(?i:su)\s+{_CZECH_FIRST_NAME}(?P<name>{_CZECH_NAME})(?:u|a|ais)\b"),
            r"with \g<first>\g<name>",
        ),
        (
            re.compile(rf"\b(?P<by>(?i:apie|pas|per|i|uz|po))\s+{_CZECH_FIRST_NAME}(?P<name>{_CZECH_NAME})a\b"),
            r"\g<by> \g<first>\g<name>",
        ),
        (
            re.compile(
                rf"\b(?P<by>(?i:is|nuo|be|del|iki|tarp|prie|vietoj))\s+{_CZECH_FIRST_NAME}(?P<name>{_CZECH_NAME})o\b"
            ),
            lambda match: (
                f"{_LITHUANIAN_BEFORE_NAME[match.group('by').lower()]} {match.group('first')}{match.group('name')}"
            ),
        ),
        (re.compile(rf"\b(?P<name>{_CZECH_NAME})ui\b"), r"to \g<name>"),  # "Blinkenui": to Blinken
        (re.compile(rf"\b(?P<name>{_CZECH_NAME})o(?=\s+(?-i:[a-z]))"), r"\g<name>'s"),  # "Blinkeno citatos"
        (re.compile(rf"\b(?P<name>{_CZECH_NAME})as\b"), r"\g<name>"),  # "Blinkenas": Blinken
        # "iš" (from) and "į" (to) typed plain are English "is" and "I": read before the shapes put English in
        (re.compile(r"\b(?i:is|iš)\s+(?=(?-i:[A-Z]))"), "from "),
        (re.compile(r"\b(?:i|į)\s+(?=(?-i:[A-Z]))"), "to "),
        *_word_for_word(_LITHUANIAN_PLACES),
        (re.compile(r"^(?:kuria|kuri|kokia)\s+(?:savaites\s+)?dien[aą]\b", re.I), "kada"),  # "kurią dieną": which day
        (re.compile(r"\b(?P<what>\w+)\s+metu\b", re.I), r"per \g<what>"),  # "susitikimo metu": during the meeting
        (re.compile(r"^(?:o|ir|tai|bet)\s+(?=(?:ka|kas|su|kada|kur|kiek|kodel|kaip|apie)\b)", re.I), ""),
        (re.compile(rf"^kas\s+{_LITHUANIAN_SAID}\s*,?\s+(?:kad\s+|that\s+)?", re.I), "who said "),
        (
            re.compile(
                r"^ka\s+(?:straipsn\w*|tekst\w*)\s+(?:sako|raso|teigia|mini|pasakoja)\s+(?:apie\s+)?(?P<topic>.+)$",
                re.I,
            ),
            r"what does the article say about \g<topic>",
        ),
        # "Ką pasakė tas kinų politikas, kuris su Blinkenu kalbėjosi …?": the one who did it, said as English does
        (
            re.compile(
                rf"^ka\s+{_LITHUANIAN_SAID}\s+(?P<who>[^,?]+?),\s+(?:kuris|kuri|kurie)\s+(?P<did>[^?]+?){_ANSWER_WORDS}",
                re.I,
            ),
            r"what did \g<who> who \g<did> say\g<rest>",
        ),
        (
            re.compile(
                r"^kas\s+(?:parase|yra\s+(?:sio\s+|to\s+)?straipsnio\s+autorius|yra\s+autorius)"
                r"(?:\s+(?:si|ta|sita)?\s*straipsn\w*)?$|^kas\s+(?:sio\s+|to\s+)?straipsnio\s+autorius$",
                re.I,
            ),
            "who wrote the article",
        ),
        (re.compile(rf"^kas\s+{_LITHUANIAN_MET}\s+(?:su|with)\s+", re.I), "who met "),
        (
            re.compile(rf"^(?:su\s+kuo|ka)\s+{_LITHUANIAN_MET}\s+(?P<who>.+?)(?=\s+(?:in|per|po|pries)\s|$)", re.I),
            r"who did \g<who> meet",
        ),
        (
            re.compile(rf"^(?:su\s+kuo|ka)\s+(?P<who>.+?)\s+{_LITHUANIAN_MET}(?P<rest>.*)$", re.I),
            r"who did \g<who> meet\g<rest>",
        ),
        (
            re.compile(rf"^(?P<who>.+?)\s+su\s+kuo\s+{_LITHUANIAN_MET}(?P<rest>.*)$", re.I),
            r"who did \g<who> meet\g<rest>",
        ),
        (re.compile(r"^kas\s+(?:yra|toks|tokia)\s+", re.I), "who is "),
        (re.compile(r"^kas\s+buvo\s+(?=(?-i:[A-Z]))", re.I), "who was "),
        *_what_said(r"ka", _LITHUANIAN_SAID, r"(?:apie|about|del)"),
        (
            re.compile(rf"^(?P<who>[^,?]+?),?\s+ka\s+{_LITHUANIAN_SAID}\b(?P<rest>.*)$", re.I),
            r"what did \g<who> say\g<rest>",
        ),
        (
            re.compile(r"^apie\s+ka\s+(?:kalbejo|kalbejosi|diskutavo|taresi)\s+(?P<who>.+)$", re.I),
            r"what did \g<who> talk about",
        ),
        (re.compile(rf"^apie\s+ka\s+{_LITHUANIAN_SAID}\s+(?P<who>.+)$", re.I), r"what did \g<who> say"),
        (
            re.compile(rf"^kiek\s+(?P<hours>valandu)\s+{_LITHUANIAN_LASTED}(?:\s+(?P<what>.+))?$", re.I),
            _how_long,
        ),
        (
            re.compile(
                rf"^(?:kiek\s+(?:laiko|ilgai)|kaip\s+ilgai|kiek)\s+{_LITHUANIAN_LASTED}(?:\s+(?P<what>.+))?$", re.I
            ),
            _how_long,
        ),
        (
            re.compile(rf"^(?P<what>.+?)\s+(?:kiek\s+laiko|kiek|kaip\s+ilgai)\s+{_LITHUANIAN_LASTED}$", re.I),
            _how_long,
        ),
        (
            re.compile(rf"^{_LITHUANIAN_ASKED}\s+{_LITHUANIAN_MET}\s+(?P<who>.+?)\s+(?:su|with)\s+(?P<whom>.+)$", re.I),
            r"\g<asked> did \g<who> meet \g<whom>",
        ),
        (re.compile(rf"^{_LITHUANIAN_ASKED}\s+{_LITHUANIAN_MET}$", re.I), r"\g<asked> did they meet"),
        (
            re.compile(rf"^{_LITHUANIAN_ASKED}\s+{_LITHUANIAN_MET}\s+(?P<who>.+)$", re.I),
            r"\g<asked> did \g<who> meet",
        ),
        (
            re.compile(rf"^{_LITHUANIAN_ASKED}\s+(?P<who>.+?)\s+{_LITHUANIAN_MET}\s+(?:su|with)\s+(?P<whom>.+)$", re.I),
            r"\g<asked> did \g<who> meet \g<whom>",
        ),
        (
            re.compile(rf"^{_LITHUANIAN_ASKED}\s+(?P<who>.+?)\s+{_LITHUANIAN_MET}$", re.I),
            r"\g<asked> did \g<who> meet",
        ),
        (
            re.compile(
                rf"^{_LITHUANIAN_ASKED}\s+(?:vyko|ivyko|vyks|buvo\s+surengt\w*|surengt\w*)\s+(?P<what>.+)$", re.I
            ),
            r"\g<asked> did \g<what> take place",
        ),
        (re.compile(rf"^{_LITHUANIAN_ASKED}\s+buvo\s+(?P<what>.+)$", re.I), r"\g<asked> was \g<what>"),
        (re.compile(r"^kada\b", re.I), "when"),
        (re.compile(r"^kur\b", re.I), "where"),
        (
            re.compile(rf"^kiek\s+(?P<thing>\S+)\s+(?P<done>{'|'.join(_LITHUANIAN_DONE)})\s+(?P<who>.+)$", re.I),
            _how_many_done(_LITHUANIAN_DONE),
        ),
        (
            re.compile(
                rf"^{_LITHUANIAN_WHICH}\s+(?P<thing>.+?)\s+(?P<done>{'|'.join(_LITHUANIAN_DONE)})\s+(?P<who>.+)$", re.I
            ),
            lambda match: (
                f"which {match.group('thing')} did {match.group('who')} {_LITHUANIAN_DONE[match.group('done').lower()]}"
            ),
        ),
        (re.compile(r"^kiek\s+kainuoja\s+(?P<what>.+)$", re.I), r"how much does \g<what> cost"),
        (re.compile(r"^(?P<what>.+?)\s+kiek\s+kainuoja$", re.I), r"how much does \g<what> cost"),
        (re.compile(r"^kiek\b", re.I), "how many"),
        (
            re.compile(rf"^kodel\s+(?P<who>.+?)\s+(?P<verb>{'|'.join(_LITHUANIAN_WHY_DONE)})\b(?P<rest>.*)$", re.I),
            _why_done(_LITHUANIAN_WHY_DONE),
        ),  # "Kodėl Blinkenas nuvyko į Pekiną?": why did Blinken go to Beijing
        (re.compile(r"^kodel\b", re.I), "why"),
        (re.compile(r"^kaip\b", re.I), "how"),
        (re.compile(r"^(?:kuris|kuri|kurie|kurios|kuria)\b", re.I), "which"),
        (re.compile(r"^(?:koks|kokia|kokie|kokios)\b", re.I), "what"),
        (re.compile(r"^kas\s+(?:nutiko|atsitiko|ivyko|vyko|vyksta)\b", re.I), "what happened"),
        (re.compile(r"^apie\s+ka\s+(?:yra\s+|buvo\s+)?(?P<what>.+)$", re.I), r"what is \g<what> about"),
        (re.compile(r"^(?P<what>.+?)\s+(?:yra\s+)?apie\s+ka$", re.I), r"what is \g<what> about"),
        (
            re.compile(
                r"^ar\s+(?:straipsnyje\s+)?(?:buvo\s+|yra\s+)?(?:paminet|minim|minet)\w*\s+(?P<what>.+?)"
                r"(?:\s+(?:straipsnyje|tekste))?$",
                re.I,
            ),
            r"was \g<what> mentioned",
        ),
        (
            re.compile(r"^(?:ar\s+)?(?P<what>.+?)\s+(?:buvo\s+|yra\s+)?(?:paminet|minim|minet)\w*\b.*$", re.I),
            r"was \g<what> mentioned",
        ),
        (
            re.compile(r"^ar\s+(?:straipsnyje\s+)?(?:kalbama|rasoma|kalbejo)\s+apie\s+(?P<what>.+)$", re.I),
            r"is \g<what> mentioned",
        ),
        (re.compile(r"^ka\s+(?:reiskia|yra)\s+", re.I), "what is "),
        (re.compile(r"^ka\b", re.I), "what"),
        (re.compile(r"^kas\b", re.I), "who"),
        *_word_for_word(_LITHUANIAN_ENGLISH),
        (re.compile(r"\b(?P<nationality>American|Chinese|Russian)\s+the\s+"), r"the \g<nationality> "),
        _the_the(),
        _country_before_title(),
        *_in_english_at_last(),
    )


_LITHUANIAN_WORDS = _lazy_pattern(
    r"^(?:(?:o|ir|tai)\s+)?(?:k[aą]|kas|su\s+kuo|kam|kada|kur|kiek|kod[eė]l|kaip|apie\s+k[aą]|ar|kokius|kokias"
    r"|kokie|kokia|koks|kuri[aą]|kuriuos|kurias)\s+"
    r"(?=(?:.*\s)?(?:pasak[eė]|sak[eė]|teig[eė]|susitik\w*|truk[oę]|t[eę]s[eė]si|vyko|[iį]vyko|yra|buvo|toks|tokia"
    r"|laiko|valand\w*|pamin[eė]\w*|minim\w*|straipsn\w*|kainuoja|para[sš][eė]|pasi[uū]l[eė]|kalb[eė]jo|sako"
    r"|dien[aą]|nuvyko|atvyko|keliavo|nutiko|atsitiko)\b)"
    r"|\b(?:pasak[eė]|susitik(?:o|ė|e|imas|imo|ime)|truko|t[eę]s[eė]si|u[zž]truko|para[sš][eė]|pasi[uū]l[eė]"
    r"|straipsn(?:is|į|i|yje|io)|kalb[eė]jo|parei[sš]k[eė])\b",
    re.I,
)

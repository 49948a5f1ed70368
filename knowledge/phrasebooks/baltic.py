"""Baltic phrasebooks: Lithuanian and Latvian."""

from __future__ import annotations

import re
from functools import cache

from knowledge.phrasebooks.shapes import (
    _ANSWER_WORDS,
    _CZECH_FIRST_NAME,
    _CZECH_NAME,
    _according_to_last,
    _after_the_question,
    _asked_before,
    _country_before_title,
    _how_long,
    _how_many_done,
    _in_english_at_last,
    _lazy_pattern,
    _past_tense,
    _plain_letters,
    _Shapes,
    _the_the,
    _what_it_costs,
    _what_said,
    _why_done,
    _with_the,
    _word_for_word,
    _works_for,
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


# How readers ask in Latvian, often without its ā, č, ē, ģ, ī, ķ, ļ, ņ, š, ū and ž and with English words: "Ko Xi
# teica par Taivānu?" (what did Xi say about Taiwan), "Kas teica, ka …" (who said …), "Ar ko Blinkens tikās Pekinā?"
# (whom did Blinken meet in Beijing), "Cik ilgi ilga tikšanās?" (how long did the meeting last), "Ķīnas ārlietu
# ministrs" (China's foreign minister). Its "kas" is who and what, its "ko" what and whom ("Ko Blinkens satika?": whom
# did Blinken meet). A foreign name takes Latvian endings, read off as the Czech book reads its names (a capitalised
# name of four letters or more ending in a consonant): "Blinkens" (Blinken), "Blinkenam" (to Blinken), "ar Blinkenu"
# (with Blinken), "Blinkena citāti" (Blinken's quotes); its names of places as the English ones, "Pekinā" (typed
# "Pekina" too) in Beijing. Its "kas" is Lithuanian's and Estonian's too, its "kur" Lithuanian's: read before them.
_LATVIAN_MARKED = (
    ("a", "ā"), ("c", "č"), ("e", "ē"), ("g", "ģ"), ("i", "ī"), ("k", "ķ"), ("l", "ļ"), ("n", "ņ"), ("s", "š"),
    ("u", "ū"), ("z", "ž"),
)  # fmt: skip
# A place's locative, "in …", told by its "ā" before the accents are typed plain ("Ķīnā": in China, "Ķīna": China)
_LATVIAN_IN_PLACES = {
    "(?-i:Ķīnā|Kīnā|Ķinā|Kinā)": "in China", "(?-i:Taivānā|Taivanā)": "in Taiwan", "(?-i:Amerikā)": "in America",
    "(?-i:Krievijā)": "in Russia", "(?-i:Ukrainā)": "in Ukraine", "(?-i:Vašingtonā|Vasingtonā)": "in Washington",
    "(?-i:Kalifornijā)": "in California", "(?-i:Latvijā)": "in Latvia", "(?-i:Eiropā)": "in Europe",
}  # fmt: skip
_LATVIAN_PLACES = {
    "(?-i:(?:Sji|Si|Xi)\\s+(?:Dzjinpin|Dzinpin|Czinpin|Jinping|Dzjiņpin)\\w*)": "Xi Jinping",
    "(?-i:Van(?:s|a|am|u)?\\s+I)": "Wang Yi", "(?-i:Sji)": "Xi", "(?-i:Antonij\\w*)": "Antony",
    "(?-i:D[zž]o)": "Joe", "(?-i:Dienvidkinas\\s+jur\\w*)": "the South China Sea",
    "(?-i:uz\\s+Pekin(?:u|a))": "to Beijing", "(?-i:no\\s+Pekin(?:as|a))": "from Beijing",
    "(?-i:Pekin(?:a|ā))": "in Beijing", "(?-i:Pekin\\w*)": "Beijing", "(?-i:Taivan\\w*)": "Taiwan",
    "(?-i:Kin(?:a|as|u|ai))": "China", "(?-i:ASV)": "the US",
    "(?-i:Amerikas\\s+Savienot\\w*\\s+Valst\\w*)": "the United States",
    "(?-i:Amerik(?:a|as|u|ai))": "America", "(?-i:Krievij\\w*)": "Russia", "(?-i:Ukrain(?:a|as|u|ai))": "Ukraine",
    "(?-i:Vasington\\w*)": "Washington", "(?-i:Kalifornij\\w*)": "California", "(?-i:Latvij\\w*)": "Latvia",
    "(?-i:Eirop\\w*)": "Europe", "(?-i:Japan\\w*)": "Japan", "(?-i:Baiden\\w*)": "Biden", "(?-i:Kanad\\w*)": "Canada",
    "(?-i:Indij\\w*)": "India", "(?-i:Vacij\\w*)": "Germany", "(?-i:Francij\\w*)": "France",
    "(?-i:Lielbritanij\\w*)": "Britain", "(?-i:Ziemelkorej\\w*)": "North Korea",
    "(?-i:Dienvidkorej\\w*)": "South Korea",
    "(?-i:Izrael\\w*)": "Israel", "(?-i:Afrik\\w*)": "Africa",
}  # fmt: skip
_LATVIAN_ENGLISH = {
    "saskana\\s+ar\\s+rakst(?:u|a)": "according to the article",
    "arlietu\\s+ministr\\w*": "the foreign minister", "valsts\\s+sekretar\\w*": "the secretary of state",
    "premjerministr\\w*|ministru\\s+prezident\\w*": "the prime minister", "ministr\\w*": "the minister",
    "prezident\\w*": "the president", "lider\\w*|vaditaj\\w*": "the leader",
    "preses\\s+sekretar\\w*|runasvir\\w*": "the spokesperson", "amatperson\\w*|ieredn\\w*": "the official",
    "zurnalist\\w*": "the journalist", "diplomat\\w*": "the diplomat", "autor\\w*": "the author",
    "kiniesu": "Chinese", "amerikan\\w*": "American", "krievu": "Russian",
    "(?:sis|so|saja|sai|sa|tas|to)\\s+rakst\\w*": "this article", "raksta": "in the article",
    "rakst(?:s|u)": "the article", "tiksanas|tiksanos": "the meeting", "sarun(?:as|u|am)": "the talks",
    "stund(?:as|u|am)": "hours", "princip\\w*": "principles", "partner\\w*": "partners",
    "sancens\\w*|konkurent\\w*|rival\\w*": "rivals", "attiecib\\w*": "relations",
    "abas\\s+valstis": "the two countries",
    "valst(?:is|u|im)": "countries", "tirdzniecib\\w*": "trade", "cilvektiesib\\w*": "human rights",
    "abonement\\w*": "the subscription", "vis(?:i|as|us)": "all", "citat\\w*": "quotes",
    "preciz(?:i|us|os)\\s+vard(?:i|us)": "the exact words", "vard(?:i|us)": "words", "ludzu": "please",
    "(?:(?:viniem|mums|tiem|abam\\s+valstim)\\s+)?(?:vajag|vajadzetu|vajadzeja|butu\\s+jabut|ir\\s+jabut)\\s+but"
    "|(?:(?:viniem|mums|tiem)\\s+)?(?:ir\\s+)?jabut": "they should be",
    "kaut\\s+ko|kaut\\s+kas": "anything",
    "pirmo\\s+reizi": "for the first time", "pedejo\\s+reizi": "for the last time",
    "laikrakst\\w*|aviz\\w*": "newspaper", "izdevum\\w*|portal\\w*": "website", "plan(?:s|u|a|am)": "plan",
    "uz\\s+(?P<count>\\d+)\\s+gad(?:iem|u|s)": "for \\g<count> years",
    "uz\\s+(?P<count>\\d+)\\s+menes\\w*": "for \\g<count> months",
    "gad(?:iem|i|us|u|a)": "years", "menes(?:i|iem|us)": "months", "gad(?:s|u)": "year", "menes(?:is|i)": "month",
    "sak\\s+stabilizeties|sak\\s+stabilizet": "are beginning to stabilise", "stabiliz\\w*": "stabilise",
    "(?:vien(?:s|u|a|as))": "one", "div(?:i|us|as)": "two", "tris": "three", "cetr(?:i|us|as)": "four",
    "piec(?:i|us|as)": "five", "sest(?:i|us)": "six",
    "nedelas\\s+diena": "day of the week", "diena|dienu": "day", "pilseta|pilsetu": "city", "ek(?:a|u)": "building",
    "zale|zali": "hall", "runaja|sarunajas|apsprieda|diskuteja": "talked", "par": "about", "un": "and",
    "vai": "or", "ar": "with", "pec": "after", "pirms": "before", "no": "from", "uz": "to", "starp": "between",
    "ka": "that", "vini|vinas": "they", "vins": "he", "vina": "she", "nav": "is not", "ne": "not", "ir": "is",
    "bija": "was", "tika": "was", "sis|si|so|saja|sai": "this",
}  # fmt: skip
# The nouns a "which" asks of before what was done, with the preposition English puts before each ("Kura diena Xi
# tikas ar Blinkenu?": on which day did Xi meet Blinken), and what was done
_LATVIAN_WHICH = {
    "nedelas\\s+diena": ("on", "day of the week"), "diena": ("on", "day"), "datuma": ("on", "date"),
    "stunda": ("at", "time"), "laika": ("at", "time"), "pilseta": ("in", "city"), "eka": ("in", "building"),
    "zale": ("in", "hall"), "valsti": ("in", "country"), "menesi": ("in", "month"), "gada": ("in", "year"),
}  # fmt: skip
_LATVIAN_DID = {
    "publiceja": "publish", "uzrakstija": "write", "izdeva": "publish", "ierosinaja": "propose",
    "apmekleja": "visit", "parakstija": "sign", "pazinoja": "announce", "ieradas": "arrive", "atbrauca": "arrive",
    "teica": "say", "satika": "meet", "pienema": "receive",
}  # fmt: skip
# What was done to a thing, asked when or where ("Kad raksts tika publicets?": when was the article published), and
# the same said with the verb's third person, done by no one named ("Kad so rakstu publiceja?": when did they publish
# this article, when was it published); "pirmo reizi" (the first time) or "pedejo reizi" (the last time) with either
_LATVIAN_DONE_TO = {"publicet": "published", "atjaunin": "updated", "uzrakstit": "written", "rakstit": "written"}
_LATVIAN_DONE_BY_NONE = {
    "publiceja|izdeva": "published", "atjaunoja|atjauninaja": "updated", "uzrakstija|rakstija": "written",
}  # fmt: skip
_LATVIAN_TIMES = {"pirmo": "first", "pedejo": "last"}
_LATVIAN_TIME = rf"(?:{'|'.join(_LATVIAN_TIMES)})\s+reizi"
_LATVIAN_DEMONSTRATIVE = r"(?:sis|so|saja|sai|sa|tas|to|sie|sos)\b"  # "so rakstu": this article, without "the"
_LATVIAN_DONE_VERB = (
    rf"(?:(?:(?:tika|ir|bija)\s+)?(?:{'|'.join(_LATVIAN_DONE_TO)})\w*|{'|'.join(_LATVIAN_DONE_BY_NONE)})"
)


def _latvian_done_to(match: re.Match[str]) -> str:
    """ "when was the article first published": "the" before a thing said without "this", "first" or "last" where
    "pirmo reizi" or "pedejo reizi" is said, the verb's English past participle."""
    what = match.group("what") or match.group("thing")
    what = what if re.match(_LATVIAN_DEMONSTRATIVE, what, re.I) else _with_the(what)
    time = f"{_LATVIAN_TIMES[match.group('time').split()[0].lower()]} " if match.group("time") else ""
    done = (match.group("done") or match.group("did")).split()[-1].lower()
    english = next((english for stem, english in _LATVIAN_DONE_TO.items() if done.startswith(stem)), None) or next(
        english for forms, english in _LATVIAN_DONE_BY_NONE.items() if re.fullmatch(forms, done)
    )
    return f"{_LATVIAN_ASKED[match.group('asked').lower()]} was {what} {time}{english}"


def _latvian_which(match: re.Match[str]) -> str:
    """ "on which day of the week did Xi meet Blinken": the preposition English puts before the noun asked of."""
    noun = " ".join(match.group("noun").lower().split())
    before, english = next(asked for forms, asked in _LATVIAN_WHICH.items() if re.fullmatch(forms, noun))
    verb = "meet" if match.group("met") else _LATVIAN_DID[match.group("done").lower()]
    whom = f" {match.group('whom')}" if match.group("whom") else ""
    return f"{before} which {english} did {match.group('who')} {verb}{whom}"


# Names that end as a Latvian name's dative does ("Vietnam"), and what a name's genitive owns ("Blinkena citati")
_LATVIAN_NOT_DECLINED = r"Vietnam|Abraham|Islam|Amsterdam|Rotterdam|Birmingham|Nottingham|Potsdam|Siam|Hamam"
_LATVIAN_OWNED = r"(?i:citat\w*|vard\w*|amat\w*|viedokl\w*|vizit\w*|pozicij\w*|izteikum\w*|komentar\w*|runa\w*)"
_LATVIAN_SAID = (
    r"(?:(?:ir|bija)\s+)?(?:teica|pateica|sacija|teicis|teikus\w*|izteicas|noradija|uzsvera|piebilda|atbildeja"
    r"|apgalvoja|izteicies|izteikusies)"
)
_LATVIAN_MET = r"(?:(?:ir|bija)\s+)?(?:tikas|satika|satikas|tikies|tikusies|tikusi\w*)"
_LATVIAN_TALKED = r"(?:runaja|sarunajas|apsprieda|diskuteja|terzeja)"
_LATVIAN_LASTED = r"(?:ilga|ilgusi|ilgusas|ilgas|turpinajas|vilkas|ilgs)"
_LATVIAN_TOOK_PLACE = r"(?:notika|norisinajas|tika\s+rikota|tika\s+organizeta|bija)"
_LATVIAN_ASKED = {"kad": "when", "kur": "where"}
_LATVIAN_PREPOSITION = r"(?:about|to|in|at|with|from|after|during|before|par|ar|pec|pirms|uz|no)"
# What was done, asked how many times: "Cik principus Xi ierosināja?" (how many principles did Xi propose)
_LATVIAN_DONE = {
    "ierosinaja": "propose", "piedavaja": "propose", "mineja": "mention", "parakstija": "sign",
    "apmekleja": "visit", "pazinoja": "announce", "nosauca": "name", "izvirzija": "put forward",
}  # fmt: skip
_LATVIAN_WHY_DONE = {
    "brauca": "go", "aizbrauca": "go", "devas": "go", "ieradas": "come", "atbrauca": "come", "celoja": "travel",
    "apmekleja": "visit", "teica": "say", "tikas": "meet", "bridinaja": "warn",
}  # fmt: skip
_LATVIAN_EMPLOYERS = {
    "organizacij": "organisation", "ministrij": "ministry", "valdib": "government", "iestad": "institution",
    "uznemum": "company", "kompanij": "company", "firm": "company", "laikrakst": "newspaper", "avize": "newspaper",
}  # fmt: skip


@cache
def _latvian() -> _Shapes:
    return (
        _after_the_question(),
        *_word_for_word(_LATVIAN_IN_PLACES),
        *_plain_letters(_LATVIAN_MARKED),
        *_word_for_word(_LATVIAN_PLACES),
        # a name's endings: "ar Blinkenu" (with Blinken), "par Baidenu" (about Biden), "Blinkenam" (to Blinken),
        # "Blinkena citati" (Blinken's quotes), "Blinkens" (Blinken)
        (
            re.compile(rf"\b(?P<by>(?i:ar|par|pie|uz|starp))\s+{_CZECH_FIRST_NAME}(?P<name>{_CZECH_NAME})u\b"),
            r"\g<by> \g<first>\g<name>",
        ),
        (
            re.compile(rf"\b(?P<by>(?i:pec|pirms|no|bez|lidz))\s+{_CZECH_FIRST_NAME}(?P<name>{_CZECH_NAME})a\b"),
            r"\g<by> \g<first>\g<name>",
        ),
        (re.compile(rf"\b(?!(?:{_LATVIAN_NOT_DECLINED})\b)(?P<name>{_CZECH_NAME})am\b"), r"to \g<name>"),
        (re.compile(rf"\b(?P<name>{_CZECH_NAME})a(?=\s+{_LATVIAN_OWNED})"), r"\g<name>'s"),
        (re.compile(rf"\b(?P<name>{_CZECH_NAME})[su]\b"), r"\g<name>"),
        (re.compile(r"\b(?P<what>tiksanas|sarunu|sarunas|vizites|samita)\s+laika\b", re.I), r"during \g<what>"),
        (
            re.compile(r"\b(?P<what>tiksanas|sarunu|sarunas|vizites|samita)\s+(?P<end>sakuma|beigas)\b", re.I),
            lambda match: (
                f"at the {'start' if match.group('end').lower() == 'sakuma' else 'end'} of {match.group('what')}"
            ),
        ),
        (
            re.compile(r"^(?:un|bet|nu|tad)\s+(?=(?:ko|kas|ar|kad|kur|cik|kapec|kadel|par|vai|kur\w+|kad\w+)\b)", re.I),
            "",
        ),
        # its words that stress the question ("Kur tiesi notika …?": where exactly did … take place), left off
        (re.compile(r"\b(?:patiesiba|vispar|tad|nu|tiesi|isti)\b,?\s*", re.I), ""),
        (re.compile(r"\s{2,}"), " "),
        (re.compile(r"^\s+|\s+$"), ""),
        (
            re.compile(
                r"^kas\s+(?:ir\s+)?(?:uzrakstija|uzrakstijis|uzrakstijusi|rakstija|sarakstija)"
                r"(?:\s+(?:so|to|sis|this|the))?(?:\s+rakst\w*|\s+article)?$"
                r"|^kas\s+ir\s+(?:(?:sa|si|so|saja|this|the)\s+)?(?:raksta\s+|in\s+the\s+article\s+)?autors(?:\s+\w+)?$",
                re.I,
            ),
            "who wrote the article",
        ),
        (
            re.compile(
                rf"^vai\s+(?P<who>[^,?]+?)\s+(?:kaut\s+ko\s+)?{_LATVIAN_SAID}\s+(?:kaut\s+ko\s+)?(?:par|about)\s+"
                rf"(?P<topic>[^,?]+){_ANSWER_WORDS}",
                re.I,
            ),
            r"did \g<who> say anything about \g<topic>\g<rest>",
        ),
        # "Kura nedelas diena Xi tikas ar Blinkenu?": on which day of the week did Xi meet Blinken
        (
            re.compile(
                rf"^(?:kura|kada)\s+(?P<noun>{'|'.join(_LATVIAN_WHICH)})\s+(?P<who>.+?)\s+(?:(?P<met>{_LATVIAN_MET})"
                rf"|(?P<done>{'|'.join(_LATVIAN_DID)}))(?:\s+(?:ar|with)\s+)?(?P<whom>.*)$",
                re.I,
            ),
            _latvian_which,
        ),
        # "Kad raksts tika publicets?": when was the article published; "Kad so rakstu publiceja pirmo reizi?": when
        # was this article first published ("pirmo reizi" put after "kad" first, wherever it is said)
        (
            re.compile(
                rf"^(?=.*\b{_LATVIAN_DONE_VERB}\b)(?P<asked>kad|kur)\b(?P<before>.*?)\s+(?P<time>{_LATVIAN_TIME})\b",
                re.I,
            ),
            r"\g<asked> \g<time>\g<before>",
        ),
        (
            re.compile(
                rf"^(?P<asked>kad|kur)\s+(?:(?P<time>{_LATVIAN_TIME})\s+)?(?:(?P<what>.+?)\s+(?P<done>{_LATVIAN_DONE_VERB})"
                rf"|(?P<did>{_LATVIAN_DONE_VERB})\s+(?P<thing>.+?))$",
                re.I,
            ),
            _latvian_done_to,
        ),
        # "Kurs laikraksts publiceja so rakstu?": which newspaper published this article
        (
            re.compile(
                rf"^(?:kurs|kura|kads|kada)\s+(?P<thing>\S+)\s+(?P<done>{'|'.join(_LATVIAN_DID)})\s+(?P<what>.+)$", re.I
            ),
            lambda match: (
                f"which {match.group('thing')} {_past_tense(_LATVIAN_DID[match.group('done').lower()])} "
                f"{match.group('what')}"
            ),
        ),
        # "Kadus tris principus Xi ierosinaja?": what three principles did Xi propose
        (
            re.compile(
                rf"^(?:kadus|kadas|kadi|kuras|kurus|kuri)\s+(?P<thing>(?:\w+\s+)?\S+)\s+(?P<who>.+?)\s+"
                rf"(?P<done>{'|'.join(_LATVIAN_DONE)})$",
                re.I,
            ),
            lambda match: (
                f"what {match.group('thing')} did {match.group('who')} {_LATVIAN_DONE[match.group('done').lower()]}"
            ),
        ),
        # "Vai raksta ir kaut kas par Krieviju?": is there anything about Russia
        (
            re.compile(
                r"^vai\s+(?:raksta\s+)?(?:ir|tika|bija)\s+(?:kaut\s+kas|kas|kaut\s+kas\s+(?:teikts|minets|rakstits))\s+"
                r"(?:teikts\s+|minets\s+|rakstits\s+)?(?:par|about)\s+(?P<what>.+?)(?:\s+raksta)?$",
                re.I,
            ),
            r"is there anything about \g<what>",
        ),
        # "Vai sarunas bija ari par Krieviju?": were the talks also about Russia ("bija": was, were; "ir": is, are)
        (
            re.compile(
                r"^vai\s+(?!(?:raksta|kaut|kas)\b)(?P<what>[^,?]+?)\s+(?P<was>bija|ir)\s+(?P<also>ari\s+)?(?:par|about)\s+"
                r"(?P<topic>[^,?]+)$",
                re.I,
            ),
            lambda match: (
                f"{'was' if match.group('was').lower() == 'bija' else 'is'} {match.group('what')}"
                f"{' also' if match.group('also') else ''} about {match.group('topic')}"
            ),
        ),
        (re.compile(rf"^kas\s+{_LATVIAN_SAID}\s*,?\s+(?:ka\s+|that\s+)?", re.I), "who said "),
        (re.compile(rf"^kas\s+{_LATVIAN_MET}\s+(?:ar\s+|with\s+)?", re.I), "who met "),
        (
            re.compile(rf"^(?:ar\s+ko|ko)\s+{_LATVIAN_MET}\s+(?P<who>.+?)(?=\s+{_LATVIAN_PREPOSITION}\s|$)", re.I),
            r"who did \g<who> meet",
        ),
        (
            re.compile(rf"^(?:ar\s+ko|ko)\s+(?P<who>.+?)\s+{_LATVIAN_MET}(?P<rest>.*)$", re.I),
            r"who did \g<who> meet\g<rest>",
        ),
        (
            re.compile(
                rf"^ar\s+ko\s+(?:{_LATVIAN_TALKED}\s+(?P<who>.+?)|(?P<subject>.+?)\s+{_LATVIAN_TALKED})"
                rf"(?=\s+{_LATVIAN_PREPOSITION}\s|$)(?P<rest>.*)$",
                re.I,
            ),
            lambda match: f"who did {match.group('who') or match.group('subject')} talk with{match.group('rest')}",
        ),  # "Ar ko Blinkens runaja?": who did Blinken talk with
        (
            re.compile(
                rf"^ko\s+(?:(?P<who>[^,?]+?)\s+)?(?:pazinoja|izsludinaja)(?:\s+(?P<subject>[^,?]+?))?{_ANSWER_WORDS}",
                re.I,
            ),
            lambda match: (
                f"what did {match.group('who') or match.group('subject') or 'they'} announce{match.group('rest') or ''}"
            ),
        ),
        (
            re.compile(
                rf"^ko\s+(?:{_LATVIAN_SAID}\s+(?P<who>[^,?]+?)|(?P<subject>[^,?]+?)\s+{_LATVIAN_SAID})\s+to\s+"
                rf"(?P<whom>[^,?]+?)\s+(?:par|about)\s+(?P<topic>[^,?]+){_ANSWER_WORDS}",
                re.I,
            ),
            lambda match: (
                f"what did {match.group('who') or match.group('subject')} say to {match.group('whom')} about "
                f"{match.group('topic')}{match.group('rest') or ''}"
            ),
        ),  # "Ko Xi teica Blinkenam par Taivanu?"
        *_what_said(
            "ko",
            _LATVIAN_SAID,
            r"(?:par|about)",
            r"(?P<where>\s+(?:in|at|from|after|during|before|pec|pirms|no)\s+[^,?]+)?",
        ),
        (
            re.compile(rf"^(?P<who>[^,?]+?),?\s+ko\s+{_LATVIAN_SAID}\b(?P<rest>.*)$", re.I),
            r"what did \g<who> say\g<rest>",
        ),
        (
            re.compile(
                r"^cik\s+(?:ilgi|ilgu\s+laiku|ilga|ilgs|daudz\s+laika|(?P<hours>stundas|stundu))\s+"
                rf"(?:(?:{_LATVIAN_LASTED}|bija)\s+(?P<what>.+)|(?P<thing>.+?)\s+(?:{_LATVIAN_LASTED}|bija)"
                rf"|{_LATVIAN_LASTED})$",
                re.I,
            ),
            _how_long,
        ),
        (
            re.compile(rf"^(?P<asked>kad|kur)\s+{_LATVIAN_MET}\s+(?P<who>.+?)\s+(?:ar|with)\s+(?P<whom>.+)$", re.I),
            lambda match: _asked_before(_LATVIAN_ASKED, match, f"did {match.group('who')} meet {match.group('whom')}"),
        ),
        (
            re.compile(rf"^(?P<asked>kad|kur)\s+{_LATVIAN_MET}(?:\s+(?P<who>.+))?$", re.I),
            lambda match: _asked_before(_LATVIAN_ASKED, match, f"did {match.group('who') or 'they'} meet"),
        ),
        (
            re.compile(
                rf"^(?P<asked>kad|kur)\s+(?P<who>.+?)\s+{_LATVIAN_MET}(?:\s+(?:ar|with)\s+(?P<whom>.+))?$", re.I
            ),
            lambda match: _asked_before(
                _LATVIAN_ASKED,
                match,
                f"did {match.group('who')} meet" + (f" {match.group('whom')}" if match.group("whom") else ""),
            ),
        ),
        (
            re.compile(
                rf"^(?P<asked>kad|kur)\s+(?:{_LATVIAN_TOOK_PLACE}\s+(?P<what>.+)|(?P<thing>.+?)\s+{_LATVIAN_TOOK_PLACE})$",
                re.I,
            ),
            lambda match: _asked_before(
                _LATVIAN_ASKED, match, f"did {_with_the(match.group('what') or match.group('thing'))} take place"
            ),
        ),
        (
            re.compile(r"^kur\s+(?:strada|ir\s+nodarbinats)\s+(?P<who>.+)$|^kur\s+(?P<subject>.+?)\s+strada$", re.I),
            lambda match: f"where does {match.group('who') or match.group('subject')} work",
        ),
        (re.compile(r"^kad\b", re.I), "when"),
        (re.compile(r"^kur\b", re.I), "where"),
        (
            re.compile(
                rf"^cik\s+(?P<thing>\S+)\s+(?:(?P<done>{'|'.join(_LATVIAN_DONE)})\s+(?P<who>.+)"
                rf"|(?P<subject>.+?)\s+(?P<did>{'|'.join(_LATVIAN_DONE)}))$",
                re.I,
            ),
            lambda match: (
                f"how many {match.group('thing')} did {match.group('who') or match.group('subject')} "
                f"{_LATVIAN_DONE[(match.group('done') or match.group('did')).lower()]}"
            ),
        ),  # "Cik principus Xi ierosinaja?": how many principles did Xi propose
        (
            re.compile(r"^cik\s+(?:maksa|izmaksa)\s+(?P<what>.+)$|^(?P<thing>.+?)\s+cik\s+(?:maksa|izmaksa)$", re.I),
            _what_it_costs,
        ),
        (
            re.compile(r"^cik\s+(?P<what>\S+)\s+(?:tika|ir|bija)\s+(?:minet|pieminet|nosaukt)\w*(?:\s+raksta)?$", re.I),
            r"how many \g<what> were mentioned",
        ),
        (re.compile(r"^cik\s+(?:ir|bija)\s+(?P<what>.+)$", re.I), r"how much is \g<what>"),
        (re.compile(r"^cik\b", re.I), "how many"),
        *(
            (
                re.compile(rf"^(?:kapec|kadel|kalab)\s+{done}(?P<rest>.*)$", re.I),
                _why_done(_LATVIAN_WHY_DONE, to="uz|in"),
            )
            for done in (
                rf"(?P<who>.+?)\s+(?P<verb>{'|'.join(_LATVIAN_WHY_DONE)})\b",
                rf"(?P<done>{'|'.join(_LATVIAN_WHY_DONE)})\s+(?P<subject>.+?)(?=\s+(?:to|in|uz)\s|$)",
            )
        ),  # "Kapec Blinkens brauca uz Pekinu?": why did Blinken go to Beijing
        (re.compile(r"^(?:kapec|kadel|kalab)\b", re.I), "why"),
        *(
            (
                re.compile(rf"^(?:kura|kada|kurai|kadai)\s+(?P<employer>\w+)\s+{works}$", re.I),
                _works_for(_LATVIAN_EMPLOYERS),
            )
            for works in (r"(?:strada|ir\s+nodarbinats)\s+(?P<who>.+)", r"(?P<who>.+?)\s+(?:strada|ir\s+nodarbinats)")
        ),  # "Kura organizacija strada Wang Yi?": which organisation does Wang Yi work for
        (
            re.compile(
                r"^(?:kads|kada)\s+(?:ir\s+)?(?:(?P<who>.+?)\s+(?:amats|amatu|pozicija|tituls)"
                r"|(?:amats|pozicija|tituls)\s+(?:ir\s+)?(?P<subject>.+))$",
                re.I,
            ),
            lambda match: f"what is {match.group('who') or match.group('subject')}'s position",
        ),
        (re.compile(r"^kas\s+(?:notika|ir\s+noticis|notiek|gadijas)\b", re.I), "what happened"),
        (
            re.compile(
                r"^par\s+ko\s+(?:(?:ir|bija|stasta|raksta|runa)\s+(?P<what>.+)|(?P<thing>.+?)\s+(?:ir|bija|stasta|runa))$",
                re.I,
            ),
            lambda match: f"what is {match.group('what') or match.group('thing')} about",
        ),
        (
            re.compile(
                rf"^par\s+ko\s+(?:{_LATVIAN_TALKED}\s+(?P<who>.+?)|(?P<subject>.+?)\s+"
                rf"{_LATVIAN_TALKED})(?P<rest>(?:\s+(?:ar|with)\s+.+)?)$",
                re.I,
            ),
            lambda match: f"what did {match.group('who') or match.group('subject')} talk about{match.group('rest')}",
        ),
        (
            re.compile(
                r"^(?:kuras|kuri|kura|kurs|kadas|kadi)\s+(?P<what>\S+)\s+(?:tika\s+|ir\s+|bija\s+)?"
                r"(?:minet|pieminet|nosaukt)\w*(?:\s+(?:raksta|in\s+the\s+article))?$",
                re.I,
            ),
            r"which \g<what> were mentioned",
        ),
        (
            re.compile(
                r"^vai\s+(?:raksta\s+)?(?:(?:tika\s+|ir\s+|bija\s+)?(?:minet|pieminet)\w*\s+(?P<what>.+?)"
                r"|(?P<thing>.+?)\s+(?:tika\s+|ir\s+|bija\s+)?(?:minet|pieminet)\w*)(?:\s+raksta)?$",
                re.I,
            ),
            lambda match: f"was {match.group('what') or match.group('thing')} mentioned",
        ),
        (re.compile(r"^kas\s+ir\s+(?=(?-i:[A-Z]))", re.I), "who is "),
        (re.compile(r"^kas\s+bija\s+(?=(?-i:[A-Z]))", re.I), "who was "),
        (re.compile(r"^kas\s+ir\s+", re.I), "what is "),
        (re.compile(r"^ko\b", re.I), "what"),
        (re.compile(r"^kas\b", re.I), "who"),
        (re.compile(r"^(?:kurs|kura|kuri|kuras|kuru|kuram|kuros|kurai)\b", re.I), "which"),
        (re.compile(r"^(?:kads|kada|kadi|kadas)\b", re.I), "what"),
        (re.compile(r"^ka\b", re.I), "how"),
        *_word_for_word(_LATVIAN_ENGLISH),
        (re.compile(r"\b(?P<what>partners|rivals)\s+(?P<should>they\s+should\s+be)\b"), r"\g<should> \g<what>"),
        (
            re.compile(r"^(?P<was>was|is)\s+(?P<what>the\s+(?:talks|relations|countries|principles|quotes|words)\b)"),
            lambda match: f"{'were' if match.group('was') == 'was' else 'are'} {match.group('what')}",
        ),  # "was the talks": were
        (re.compile(r"\b(?P<nationality>American|Chinese|Russian)\s+the\s+"), r"the \g<nationality> "),
        _according_to_last(),
        _the_the(),
        _country_before_title(),
        *_in_english_at_last(),
    )


_LATVIAN_WORDS = _lazy_pattern(
    r"^(?:(?:un|bet|nu|tad)\s+)?(?:ko|kas|ar\s+ko|kad|kur|cik|k[aā]p[eē]c|kad[eē][lļ]|k[aā]l[aā]b|par\s+ko|vai"
    r"|kur[aāiuš]\w*|k[aā]d[aāiusš]\w*|k[aā])\s+"
    r"(?=(?:.*\s)?(?:teica|pateica|sac[iī]ja|teicis|teikusi|izteic[aā]s|nor[aā]d[iī]ja|uzsv[eē]ra|piebilda|tik[aā]s"
    r"|satika|satik[aā]s|tikies|tikusies|tik[sš]an[aā]s|ilga|ilgi|turpin[aā]j[aā]s|notika|norisin[aā]j[aā]s"
    r"|min[eē]t\w*|piemin[eē]t\w*|str[aā]d[aā]|maks[aā]|brauca|aizbrauca|dev[aā]s|ier[aā]d[aā]s|uzrakst\w*"
    r"|ierosin[aā]ja|pied[aā]v[aā]ja|pazi[nņ]oja|amats|run[aā]ja|apsprieda|rakst[sauā]|apmekl[eē]ja|atbrauca"
    r"|cel[oō]ja|br[iī]din[aā]ja|parakst[iī]ja|nosauca|izvirz[iī]ja|sarun[aā]j[aā]s|diskut[eē]ja)\b)"
    r"|^kas\s+(?:ir|bija)\s+|^vai\s+.*\b(?:teica|min[eē]t\w*)\b|^vai\s+.+\s(?:bija|ir)\s+(?:ar[iī]\s+)?par\s"
    r"|\b(?:tik[sš]an[aā]s|tik[aā]s|teica|pateica|sac[iī]ja)\b",
    re.I,
)

"""Basque phrasebook: Basque (Euskara), a language of its own, with no kin among the other books."""

from __future__ import annotations

import re
from functools import cache

from knowledge.phrasebooks.shapes import (
    _ANSWER_WORDS,
    _TWO_WORD_NAME,
    _according_to_last,
    _after_the_question,
    _gloss_said_again,
    _in_english_at_last,
    _lazy_pattern,
    _plain_letters,
    _Shapes,
    _the_the,
    _title_asked,
    _with_the,
    _word_for_word,
)

# How readers ask in Basque, with English words: "Zer esan zuen Xik Taiwani buruz?" (what did Xi say about Taiwan),
# "Norekin elkartu zen Blinken Beijingen?" (whom did Blinken meet in Beijing), "Zenbat denbora iraun zuen bilerak?" (how
# long did the meeting last), "Nor da Wang Yi?" (who is Wang Yi). Basque opens on its question word, its verb and the
# auxiliary that carries its tense right after it ("esan zuen": said, "elkartu zen": met, "iraun zuen": lasted), the
# others after; it glues its case endings on its nouns and names, which say what English puts before them: "Xik" (Xi,
# who did it), "Blinkeni" (to Blinken), "Blinkenekin" (with Blinken), "Beijingen" (in Beijing), "Pekinera" (to Beijing),
# "Txinako" (China's), "Taiwani buruz" (about Taiwan), "bileran" (at the meeting). The book takes the endings off first
# and puts its nouns into English, then reads the question's shape by its question word and verb. Its words are no
# other book's, and its pattern asks for its own ("zer", "nork", "norekin", "zenbat", "esan zuen", "buruz").
_BASQUE_MARKED = (("n", "ñ"), ("u", "ü"), ("a", "á"), ("e", "é"), ("i", "í"), ("o", "ó"))
# Places the book knows, whose "-en" ending is "in" ("Beijingen": in Beijing) where a person's is "'s" ("Blinkenen")
_BASQUE_PLACES = {
    "beijing": "Beijing", "pekin": "Beijing", "txina": "China", "amerika": "America", "errusia": "Russia",
    "taiwan": "Taiwan", "japonia": "Japan", "ukraina": "Ukraine", "kalifornia": "California", "suitza": "Switzerland",
    "europa": "Europe", "washington": "Washington", "euskadi": "the Basque Country", "frantzia": "France",
    "espainia": "Spain", "alemania": "Germany", "india": "India", "iran": "Iran", "korea": "Korea",
}  # fmt: skip
_BASQUE_NAMES = {
    "(?-i:AEB|EEBB)\\w*\\s+(?i:estatu\\s+idazkari|(?:atzerri|kanpo)\\s+(?:gaietarako\\s+)?ministro)\\w*":
        "the US secretary of state",
    "(?-i:AEB|EEBB|Estatu\\s+Batu)(?:-?(?:etako|etan|ek|ak|ei|ekin|etara|etatik|en|ak|a))?(?!\\w)"
    "|(?-i:Ameriketako\\s+Estatu\\s+Batu)\\w*": "the US",
    "(?-i:Hego\\s+Txinako\\s+itsaso)\\w*|(?-i:Txinako\\s+Hegoaldeko\\s+itsaso)\\w*": "the South China Sea",
    "(?-i:Herriaren\\s+Areto\\s+Handi)\\w*": "the Great Hall of the People",
    "(?-i:Xi\\s+Jinping)(?=-?(?:ek|k|i|ri|ekin|rekin|en|ren)\\b)": "Xi Jinping",
}  # fmt: skip
# Its titles, nouns and phrases, with their article and case endings, put into English before its shapes are read
_BASQUE_THINGS = {
    # an English noun with its case endings and the words after it ("meetingaren ondoren": after the meeting)
    "(?P<n>meeting|talks|visit|summit)['’-]?(?:aren|ren|en|a)?\\s+(?:ondoren|ostean|eta\\s+gero)": "after the \\g<n>",
    "(?P<n>meeting|talks|visit|summit)['’-]?(?:aren|ren|en|a)?\\s+(?:aurretik|baino\\s+lehen)": "before the \\g<n>",
    "(?P<n>meeting|talks|visit|summit)['’-]?(?:aren|ren|en|a)?\\s+hasieran": "at the start of the \\g<n>",
    "(?P<n>meeting|talks|visit|summit)['’-]?(?:aren|ren|en|a)?\\s+amaieran": "at the end of the \\g<n>",
    "(?P<n>meeting|talks|visit|summit)['’-]?(?:ean|an|etan)(?!\\w)": "at the \\g<n>",
    "artikuluaren\\s+arabera|albistearen\\s+arabera|testuaren\\s+arabera": "according to the article",
    "artikuluaren\\s+(?:egile|idazle)\\w*|albistearen\\s+(?:egile|idazle)\\w*": "the author of the article",
    "(?:Txinako|txinatar)\\s+(?:atzerri|kanpo)\\s+(?:gaietarako\\s+|harremanetarako\\s+)?ministro\\w*":
        "China's foreign minister",
    "(?:AEBetako|estatubatuar|amerikar)\\s+(?:atzerri|kanpo)\\s+(?:gaietarako\\s+)?ministro\\w*"
    "|(?:AEBetako|estatubatuar|amerikar)\\s+estatu\\s+idazkari\\w*|estatu\\s+idazkari\\s+(?:estatubatuar|amerikar)\\w*":
        "the US secretary of state",
    "(?:atzerri|kanpo)\\s+(?:gaietarako\\s+|harremanetarako\\s+)?ministro\\w*": "the foreign minister",
    "estatu\\s+idazkari\\w*": "the secretary of state", "lehen\\s+ministro\\w*": "the prime minister",
    "ministro\\w*": "the minister", "presidente\\w*|lehendakari\\w*": "the president",
    "buruzagi\\w*|lider\\w*": "the leader", "bozeramaile\\w*": "the spokesperson",
    "funtzionario\\w*|ordezkari\\w*|arduradun\\w*|agintari\\w*": "the official", "kazetari\\w*": "the journalist",
    "diplomazialari\\w*|diplomatiko\\w*|diplomazi\\w*\\s+buru\\w*": "the diplomat",
    "egile\\w*|idazle\\w*": "the author",
    "txinatar\\w*|txinako": "Chinese", "estatubatuar\\w*|amerikar\\w*|AEBetako": "American", "errusiar\\w*": "Russian",
    "elkarrizketen\\s+hasieran|negoziazioen\\s+hasieran|hizketaldiaren\\s+hasieran": "at the start of the talks",
    "bileraren\\s+hasieran": "at the start of the meeting",
    "elkarrizketen\\s+amaieran|negoziazioen\\s+amaieran|hizketaldiaren\\s+amaieran": "at the end of the talks",
    "bileraren\\s+amaieran": "at the end of the meeting",
    "hilean|hilero|hileko": "a month",
    "bilera\\s+honen\\s+(?:aurretik|aurrean)": "before this meeting",
    "bilera\\s+hon(?:i|en|etan|etara)?": "this meeting",
    "handien\\w*|handiena": "largest", "munduko|munduan": "in the world", "ekonomia(?:k)?(?=\\s)": "economies",
    "konpondu\\s+beharreko|konpontzeko|konpondu\\s+behar\\s+diren": "that need to be resolved",
    "arazo\\s+asko|arazo\\s+ugari": "many problems",
    "(?:oraindik\\s+)?(?P<x>)daude(?:la|n)?|badaude(?:la)?": "there are",
    "egonkortuko\\s+(?:da|dela|dira|direla)": "will stabilise",
    "egonkortzen\\s+hasi\\s+(?:da|dela|dira|direla)|egonkortzen\\s+ari\\s+(?:da|dela)": "is beginning to stabilise",
    "bilera(?:ren)?\\s+(?:ondoren|ostean|eta\\s+gero|ondoan)": "after the meeting",
    "bilera(?:ren)?\\s+(?:aurretik|aurrean|baino\\s+lehen)": "before the meeting",
    "bilera(?:n)?\\s+(?:zehar|bitartean)|bileran\\s+zehar": "during the meeting", "bileran|bileretan": "at the meeting",
    "bilera(?:k|ren|ri|z|a)?|batzar(?:ra|rak|rean)?|topaketa(?:k|n)?": "the meeting",
    "elkarrizket\\w*|negoziazio\\w*|hizketaldi\\w*|solasaldi\\w*|eztabaid\\w*": "the talks",
    "bisita(?:k|n|ren)?": "the visit",
    "artikulu\\s+hau(?:ek|n|ren)?|albiste\\s+hau(?:ek|n|ren)?": "this article",
    "artikuluan|albistean|testuan": "in the article", "artikuluaren|albistearen": "of the article",
    "artikulu(?:a|ak)?|albiste(?:a|ak)?|testu(?:a|ak)?": "the article",
    "giza\\s+eskubide\\w*": "human rights", "merkataritza\\w*|salerosketa\\w*": "trade", "ordu(?:ak|tan)?": "hours",
    "printzipio\\w*|oinarri\\w*": "principles", "bi\\s+herrialde\\w*|bi\\s+herri(?:ak|en|ek)": "the two countries",
    "(?<!zein\\s)herrialde\\w*": "the countries", "beste\\s+iturri\\w*": "other sources",
    "iturri(?:ak|ek|rik|a)?": "sources", "harpidetza\\w*": "the subscription", "prezio\\w*": "the price",
    "plan(?:a|ak|aren)?(?=\\s|$)": "the plan", "gailur\\w*|goi-bilera\\w*": "the summit",
    "egunkari\\w*": "the newspaper", "bazkide\\w*|kide(?:ak)?": "partners",
    "lehiakide\\w*|arerio\\w*|etsai\\w*": "rivals", "harreman(?:ak|ek|en|etan)": "relations",
    "harremana|harremanaren": "the relationship",
    "desberdintasun\\w*|ezberdintasun\\w*|diferentzia\\w*|desadostasun\\w*": "differences",
    "aurrerapen\\w*|aurrerapauso\\w*": "progress", "aipu(?:ak|ei)?|hitzez\\s+hitzeko\\s+esaldi\\w*": "quotes",
    "kargu(?:a|ak)?|postu(?:a)?|titulu(?:a)?": "title", "hilabete": "months", "urte": "years", "aste": "weeks",
    # words of the news, so that the words said match the article's
    "faktore\\s+negatibo\\w*": "negative factors", "faktore\\w*": "factors", "negatibo\\w*": "negative",
    "positibo\\w*": "positive", "oraindik": "still",
    "(?:handitzen|hazten|areagotzen)\\s+ari\\s+(?:dira|da)": "increasing",
    "egonkortz\\w*|egonkortu": "stabilise", "garapen\\w*": "development", "laguntza\\w*|babes\\w*": "support",
    "lankidetza\\w*": "cooperation", "errespetu\\w*": "respect", "ekonomia\\w*": "economy", "mundu\\w*": "world",
    "arazo\\w*": "problem", "ahalegin\\w*": "efforts", "gerra\\w*": "war", "bake\\w*": "peace",
    "zigor\\w*": "sanctions",
    "baikortasun\\w*|optimismo\\w*": "optimism", "baikor\\w*": "optimistic",
}  # fmt: skip
_BASQUE_AUX = r"(?:zuen|zuten|du|dute|zion|zien|zieten|zioten|zituen|zituzten|ditu|dituzte|dio|diote)"
_BASQUE_SAID = rf"(?:(?:esan|adierazi|azpimarratu|nabarmendu|baieztatu|aipatu|ohartarazi)\s+{_BASQUE_AUX}|dio|diote)"
_BASQUE_MET = (
    r"(?:(?:elkartu|bildu|batu|bilkuratu)\s+(?:zen|ziren|da|dira|zaio)|(?:ikusi|ezagutu|hartu)\s+(?:zuen|zuten|du)"
    r"|(?:hitz\s+egin|harrera\s+egin)\s+(?:zuen|zuten|zion|zien))"
)
_BASQUE_TOOK_PLACE = r"(?:(?:egin|izan|ospatu|antolatu|burutu|gauzatu)\s+(?:zen|ziren|da|dira)|zen|zegoen)"
_BASQUE_LASTED = r"(?:iraun\s+(?:zuen|zuten|du|dute)|luzatu\s+(?:zen|ziren))"
# What was done, asked how many times or which: "Zenbat printzipio proposatu zituen Xik?" (how many principles did Xi
# propose)
_BASQUE_DONE = {
    "proposatu|aurkeztu|planteatu": "propose", "aipatu": "mention", "sinatu": "sign", "egin": "make",
    "bisitatu": "visit", "iragarri": "announce", "eztabaidatu": "discuss", "adierazi|agertu": "express",
    "erabili": "use", "argitaratu|kaleratu": "publish", "idatzi": "write", "onartu": "accept",
    "ukatu": "deny",
}  # fmt: skip
# Whose view or account a question is asked by, after the one's "-(r)en" ("Xiren ustez": in Xi's view, "Wang Yiren
# arabera": according to Wang Yi)
_BASQUE_IN_VIEW = r"(?:ustez|iritziz|arabera|esanetan|hitzetan|aburuz|ikuspegitik)"
# What is asked like, by "nolakoa" (of what kind), and its verb's tense: "nolakoa da" (what is … like), "nolakoa izan
# behar du" (what should … be like)
_BASQUE_LIKE = {
    "izan\\s+(?:behar|beharko)\\s+(?:du|dute|luke|lukete|zuen|zuten)|beharko\\s+(?:luke|lukete)": "should",
    "da|dira|dago|daude": "is", "zen|ziren|zegoen|zeuden|izan\\s+(?:zen|ziren)": "was",
}  # fmt: skip
# English nouns "hau" (this) and "hauek" (these) follow, as they follow Basque's ("news hau": this news)
_BASQUE_THIS_NOUNS = r"(?:news|story|report|piece|interview|statement|quote|issue|plan|subscription|summit|visit|talks)"
_BASQUE_NUMBERS = {"bat": "one", "bi": "two", "hiru": "three", "lau": "four", "bost": "five"}
_BASQUE_WHICH = {
    "egun(?:etan|ean)?": "on which day", "hiri(?:tan|an)?": "in which city",
    "eraikin(?:etan|ean)?": "in which building", "herrialde(?:tan|an)?": "in which country",
    "hilabete(?:tan|an)?": "in which month", "urte(?:tan|an)?": "in which year", "ordu(?:tan)?": "at what time",
    "the\\s+summit": "at which summit",
}  # fmt: skip
_BASQUE_ENGLISH = {
    "eta": "and", "edo": "or", "ere": "also", "bakarrik|soilik": "only", "haiek|beraiek": "they", "hark|berak": "he",
    "(?-i:ez)": "not", "bi": "two", "hiru": "three", "guztiak|guztia|denak": "all", "zehatzak": "exact",
    "mesedez|mesede\\s+egin": "please", "eman\\s+iezadazu|emadazu": "give me", "esaidazu|esan\\s+iezadazu": "tell me",
    "hitzak": "words", "baina": "but",
}  # fmt: skip
_BASQUE_NATIONALITY = {"China's ": "Chinese ", "America's ": "American ", "Russia's ": "Russian "}
_BASQUE_PLACE_OR_TIME = r"(?P<where>\s+(?:in|at|to|from|after|during|before|between)\s+[^,?]+)?"
# A name's case ending and what English puts before it: "Blinkenekin" (with Blinken), "Pekinera" (to Beijing)
_BASQUE_CASES = (
    ("rekin|ekin|arekin", "with"), ("rentzat|entzat", "for"), ("rengandik|engandik|etik|tik", "from"),
    ("rantz|erantz|ra|era|rat|erat", "to"), ("ri|i", "to"), ("ren|en", "'s"), ("ko|go|eko", "'s"),
    ("n|an", "in"), ("k|ek|ak", ""),
)  # fmt: skip
_BASQUE_PEOPLE = (
    r"(?:Xi\s+Jinping|Wang\s+Yi|Antony\s+Blinken|Joe\s+Biden|Li\s+Qiang|Xi|Blinken|Biden|Wang|Obama|Trump|Putin"
    r"|xi|blinken|biden|wang\s+yi)"
)
# Capitalised words no case ending is read off: its question words, opening a question, and names that close as an
# ending would ("Blinken", "Sweden")
_BASQUE_NOT_NAMES = (
    r"(?!(?:Zer|Zeri|Zertaz|Nor|Nork|Nori|Norekin|Noren|Noiz|Non|Nora|Nondik|Zenbat|Zergatik|Zein|Zeintzuk|Nola|Eta|Ba"
    r"|Aipatu|Aipatzen|Elkartu|Bildu|Batu|Blinken|Biden|Sweden|Copenhagen|Bremen|Aachen|Essen|Dresden|Camden|Eden"
    r"|Ibiza|Lisboa|Gasteiz)\b)"
)


def _basque_declined(match: re.Match[str]) -> str:
    """ "Blinkenekin": with Blinken; "Beijingen": in Beijing; "Blinkenen": Blinken's; "Xik": Xi; "Pekinera": to
    Beijing."""
    stem, ending = match.group("stem"), match.group("ending").lower()
    place = _BASQUE_PLACES.get(stem.lower())
    english = place or stem
    before = next(e for endings, e in _BASQUE_CASES if re.fullmatch(endings, ending))
    if before == "'s":
        if place and ending in ("en", "n", "an"):
            return f"in {english}"
        return f"{english}'s"
    if before == "in" and not place:
        return f"{english}'s" if ending == "en" else match.group()
    return f"{before} {english}" if before else english


def _basque_asked(asked: str) -> str:
    """ "noiz": when; "non": where; "zein hiritan": in which city; "zein egunetan": on which day."""
    asked = " ".join(asked.lower().split())
    if asked == "noiz":
        return "when"
    if asked == "non":
        return "where"
    noun = re.sub(r"^zein\s+", "", asked)
    return next((e for n, e in _BASQUE_WHICH.items() if re.fullmatch(n, noun)), f"in which {noun}")


def _without_the(thing: str) -> str:
    """ "the three principles": "three principles", after "which"."""
    return re.sub(r"^the\s+", "", thing)


def _basque_to(place: str) -> str:
    """ "in Beijing" (a place named with "-en") gone to: "to Beijing"."""
    return re.sub(r"^in\b", "to", place)


def _basque_spoken_of(what: str) -> str:
    """ "Taiwanez" (of Taiwan, as "hitz egin" takes it), "about Taiwan": Taiwan."""
    return re.sub(r"^about\s+", "", re.sub(r"(?<=[a-z])e?z$", "", what))


def _basque_named(name: str) -> str:
    """ "Txina" (a place the book knows): China; a person's name as typed."""
    return _BASQUE_PLACES.get(name.lower(), name)


def _basque_like(match: re.Match[str]) -> str:
    """ "nolakoa izan behar du X", "X nolakoa izan behar du": what should X be like; "nolakoak dira X": what are X
    like."""
    asked = match.groupdict()
    verb = " ".join((asked["verb"] or asked["verb2"]).lower().split())
    tense = next(e for v, e in _BASQUE_LIKE.items() if re.fullmatch(v, verb))
    what = _with_the(asked["what"] or asked["thing"])
    plural = re.search(r"(?:relations|differences|talks|countries|principles|sources)$", what) is not None
    be = {"should": "should", "is": "are" if plural else "is", "was": "were" if plural else "was"}[tense]
    like = f"what should {what} be like" if tense == "should" else f"what {be} {what} like"
    return like + (asked["according"] or asked["according2"] or "")


def _basque_done(done: str) -> str:
    """ "proposatu": "propose"; a verb the book does not know stays as typed."""
    return next((e for m, e in _BASQUE_DONE.items() if re.fullmatch(m, done, re.I)), done)


@cache
def _basque() -> _Shapes:
    known = "|".join(_BASQUE_PLACES)
    endings = "|".join(sorted((e for group, _ in _BASQUE_CASES for e in group.split("|")), key=len, reverse=True))
    done = "|".join(_BASQUE_DONE)
    numbers = "|".join(_BASQUE_NUMBERS)
    asked = r"(?P<asked>noiz|non|zein\s+(?:egun|hiri|eraikin|herrialde|hilabete|urte|ordu)\w*)"
    return (
        _after_the_question(),
        *_plain_letters(_BASQUE_MARKED),
        (re.compile("[’`´]"), "'"),
        # "Eta Wang Yik?", "Eta Wang Yi?": what about Wang Yi
        (
            re.compile(r"^(?i:eta|and)\s+(?P<who>(?-i:[A-Z])[\w]*(?:\s+(?-i:[A-Z])[\w]*)??)(?:-?(?:ek|k))?$"),
            r"what about \g<who>",
        ),
        (re.compile(r"^(?:beraz|tira|eta\s+orduan|orduan|bueno|eta)\b,?\s+(?=\S)", re.I), ""),
        # "Blinken Li Qiangekin elkartu al zen (lehenago)?": did Blinken (previously) meet Li Qiang; read before the
        # names and nouns are put into English, the one met keeping its "-ekin" (with) until then
        (
            re.compile(
                rf"^(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w]*)(?:-?e?k)?\s+(?P<whom>[^,?]+?)-?(?:arekin|rekin|ekin)\s+"
                r"(?:(?P<before>lehenago|aurretik|lehen)\s+)?(?:elkartu|bildu|batu)\s+(?:al\s+)?(?:zen|da|ziren)"
                r"(?:\s+(?P<then>lehenago|aurretik|lehen))?$",
                re.I,
            ),
            lambda match: (
                f"did {match.group('who')} {'previously ' if match.group('before') or match.group('then') else ''}"
                f"meet {match.group('whom')}"
            ),
        ),
        # "Zein hiritatik idatzi zuen egileak artikulua?", "Nondik idatzi zuen egileak?": where is the author based
        (
            re.compile(
                r"^(?:zein\s+(?:hiritatik|herritatik|lekutatik)|nondik|non)\s+(?:idatzi\s+(?:zuen|du)|idazten\s+du|dago)\s+"
                r"(?:egile\w*|idazle\w*)(?:\s+artikulu\w*)?$",
                re.I,
            ),
            "where is the author based",
        ),
        # "Nola du izena Txinako Atzerri ministroak?", "Zein da … izena?" (what is … called): who is …
        (
            re.compile(
                r"^nola\s+(?:du|zuen)\s+izena\s+(?P<who>[^,?]+)$|^zein\s+da\s+(?P<whose>[^,?]+?)\s+izena$", re.I
            ),
            lambda match: f"nor da {match.group('who') or match.group('whose')}",
        ),
        # an English word with the article or ending put on it after a hyphen ("Foreign Minister-a"): left off
        (re.compile(r"(?<=[a-z])-(?:a|ak|ek|aren|ari|an)\b"), ""),
        # "Xiren ustez, …", "Wang Yiren arabera, …", "… Blinkenen iritziz?" (in Xi's view, by Wang Yi's account):
        # according to X, put after the question, as English may say it
        (
            re.compile(
                rf"^{_BASQUE_NOT_NAMES}(?P<who>(?:(?-i:[A-Z])\w*\s+)?(?-i:[A-Z])\w*?)-?(?:aren|ren|en)\s+{_BASQUE_IN_VIEW}"
                r"\s*,?\s+(?P<rest>\S.*?)\s*$"
            ),
            lambda match: f"{match.group('rest')} according to {_basque_named(match.group('who'))}",
        ),
        (
            re.compile(
                rf"\s*,?\s+{_BASQUE_NOT_NAMES}(?P<who>(?:(?-i:[A-Z])\w*\s+)?(?-i:[A-Z])\w*?)-?(?:aren|ren|en)\s+"
                rf"{_BASQUE_IN_VIEW}$"
            ),
            lambda match: f" according to {_basque_named(match.group('who'))}",
        ),
        *_word_for_word(_BASQUE_NAMES),
        # its words after a noun: "Taiwani buruz", "Taiwanen inguruan", "Taiwani dagokionez": about Taiwan
        (
            re.compile(
                rf"\b{_BASQUE_NOT_NAMES}(?P<what>{_BASQUE_PEOPLE}|(?i:{known})|(?-i:[A-Z])[\w]*?)-?(?:ari|ri|i|aren|ren|en)\s+"
                r"(?:buruz(?:ko)?|inguruan|inguruko|dagokionez|buruzkoa)\b"
            ),
            lambda match: f"about {_BASQUE_PLACES.get(match.group('what').lower(), match.group('what'))}",
        ),
        # "Txina", "Txinako" (China's), "Txinan" (in China), "Txinara" (to China): its name for a country, declined
        (
            re.compile(r"\b(?-i:Txina)(?P<ending>ko|ren|n|ra|tik|k|ri|rekin)?\b"),
            lambda match: {
                "ko": "China's",
                "ren": "China's",
                "n": "in China",
                "ra": "to China",
                "tik": "from China",
                "ri": "to China",
                "rekin": "with China",
            }.get(match.group("ending") or "", "China"),
        ),
        (re.compile(r"\b(?-i:Errusia)(?:ko|ren)\b"), "Russia's"),
        (re.compile(r"\b(?-i:Amerika|Ameriketa)(?:ko|ren)\b"), "America's"),
        *_word_for_word(_BASQUE_THINGS),
        _gloss_said_again(),
        # a noun's "buruz" (about) after the book has put it into English, or after a word it does not know
        (
            re.compile(
                r"\b(?P<what>(?:the\s+|this\s+)?(?:US|human\s+rights|negative\s+factors|meeting|talks|visit|article"
                r"|(?!(?:zuen|zen|du|da|esan|zer)\b)[a-z][\w-]*?))"
                r"(?:ari|ri|ei)?\s+(?:buruz(?:ko)?|inguruan|dagokionez)\b"
            ),
            r"about \g<what>",
        ),
        # a name's case ending, after a hyphen ("Xi-k", "Blinken-ekin") or not ("Blinkenekin", "Pekinera", "Xiri")
        (
            re.compile(
                rf"\b{_BASQUE_NOT_NAMES}(?P<stem>{_BASQUE_PEOPLE}|(?i:{known})|(?-i:[A-Z])[\w]*?)-(?P<ending>(?i:{endings}))\b"
            ),
            _basque_declined,
        ),
        (
            re.compile(rf"\b(?P<stem>{_BASQUE_PEOPLE}|(?i:{known}))(?P<ending>(?-i:{endings}))\b"),
            _basque_declined,
        ),
        (
            re.compile(
                rf"\b{_BASQUE_NOT_NAMES}(?P<stem>(?-i:[A-Z])[a-z]{{2,}}?[bcdfghjklmnpqrstvwxz])"
                r"(?P<ending>(?-i:ekin|engandik|etik|era|erat|ek))\b"
            ),
            _basque_declined,
        ),
        (
            re.compile(
                rf"\b{_BASQUE_NOT_NAMES}(?P<stem>(?-i:[A-Z])[a-z]*[aeiou])(?P<ending>(?-i:rekin|rengandik|ri|ren|ra|k))\b"
            ),
            _basque_declined,
        ),
        (re.compile(rf"\b(?P<stem>(?i:{known}))\b"), lambda match: _BASQUE_PLACES[match.group("stem").lower()]),
        (
            re.compile(
                r"\bthe\s+(?P<thing>plan|subscription|newspaper)\s+(?P<name>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)*)"
            ),
            r"the \g<name> \g<thing>",
        ),
        (
            re.compile(
                rf"\b{_BASQUE_NOT_NAMES}(?P<name>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)*)\s+the\s+"
                r"(?P<thing>plan|subscription|newspaper)\b"
            ),
            r"the \g<name> \g<thing>",
        ),
        (
            re.compile(r"^(?P<according>according\s+to\s+the\s+article),?\s+(?P<rest>\S.*)$", re.I),
            r"\g<rest> \g<according>",
        ),
        # "bazkide izan beharko genukeela" (that we should be partners): we (they) should be …
        (
            re.compile(
                r"\b(?P<what>(?!nolako)\S+)\s+izan\s+(?:beharko|behar)\s+(?P<aux>genuke\w*|dugu\w*|genu\w*|lukete\w*|dute\w*|dira\w*|lirateke\w*"
                r"|luke\w*|du\w*)",
                re.I,
            ),
            lambda match: (
                ("we " if match.group("aux").lower().startswith(("gen", "dug")) else "")
                + f"should be {match.group('what')}"
            ),
        ),
        # "Blinken eta Wang Yiren arteko elkarrizketak": the talks between Blinken and Wang Yi
        (
            re.compile(
                r"\b(?P<pair>(?-i:[A-Z])[\w]*(?:\s+(?-i:[A-Z])[\w]*)?\s+(?:eta|and)\s+(?:the\s+US|(?-i:[A-Z])[\w]*(?:\s+(?-i:[A-Z])[\w]*)?))"
                r"(?:['’]s)?\s+arteko\s+(?P<thing>(?:the\s+)?(?:meeting|talks|relations|relationship|differences))\b"
            ),
            lambda match: f"{_with_the(match.group('thing'))} between {match.group('pair').replace(' eta ', ' and ')}",
        ),
        (
            re.compile(
                r"\b(?P<thing>(?:the\s+)?(?:meeting|talks|relations|relationship))\s+(?P<pair>(?-i:[A-Z])[\w]*\s+(?:eta|and)\s+"
                r"(?-i:[A-Z])[\w]*(?:\s+(?-i:[A-Z])[\w]*)?)(?:['’]s)?\s+arteko\b"
            ),
            lambda match: f"{_with_the(match.group('thing'))} between {match.group('pair').replace(' eta ', ' and ')}",
        ),
        # "Zein dira Xik Blinkeni proposatu zizkion hiru printzipioak?" (which are the three principles Xi proposed to
        # Blinken): which three principles did Xi propose to Blinken
        (
            re.compile(
                rf"^(?:zein|zeintzuk)\s+(?:dira|da|ziren|zen)\s+(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w]*)\s+"
                r"(?:(?P<to>to\s+(?-i:[A-Z])[\w]*(?:\s+(?-i:[A-Z])[\w]*)?)\s+)?(?P<done>\w+)\s+(?:zizkion|zituen|zion|zuen|zizkien)\s+"
                r"(?P<thing>[^,?]+)$",
                re.I,
            ),
            lambda match: (
                f"which {_without_the(match.group('thing'))} did {match.group('who')} "
                f"{_basque_done(match.group('done'))}" + (f" {match.group('to')}" if match.group("to") else "")
            ),
        ),
        # "AEBetako zein presidenterekin elkartu zen Xi?": which US president did Xi meet
        (
            re.compile(
                r"^(?P<occasion>[^,?]+,\s*)?(?P<of>the\s+US\s+|(?-i:[A-Z])[\w]*'s\s+)?zein\s+(?:the\s+)?(?P<what>[^,?]+?)\s+"
                r"(?:elkartu|bildu|batu)\s+(?:zen|ziren)\s+(?P<who>(?-i:[A-Z])[\w]*(?:\s+(?-i:[A-Z])[\w]*)?)"
                r"(?:\s+(?P<before>lehenago|aurretik))?$",
                re.I,
            ),
            lambda match: (
                f"which {(match.group('of') or '').replace(chr(39) + 's', '')}{match.group('what')} "
                f"did {match.group('who')}"
                f"{' previously' if match.group('before') or match.group('occasion') else ''} meet"
                + (f" {match.group('occasion').strip(' ,')}" if match.group("occasion") else "")
            ),
        ),
        # "Txinako zein funtzionariok esan zuen …?": which Chinese official said …
        (
            re.compile(
                r"^(?P<of>(?-i:[A-Z])[\w]*'s\s+)?zein\s+(?:the\s+)?(?P<who>\w+)\s+esan\s+(?:zuen|du)\s+(?:that\s+)?(?P<said>.+)$",
                re.I,
            ),
            lambda match: (
                f"which {_BASQUE_NATIONALITY.get(match.group('of') or '', '')}{match.group('who')} said that "
                f"{match.group('said')}"
            ),
        ),
        # "Zergatik zegoen Blinken baikor?": why was Blinken optimistic
        (
            re.compile(
                r"^zergatik\s+(?:zegoen|zen|agertu\s+zen|sentitu\s+zen)\s+(?P<who>(?-i:[A-Z])[\w]*(?:\s+(?-i:[A-Z])[\w]*)?)\s+(?P<what>\w+)$"
                r"|^zergatik\s+(?P<subject>(?-i:[A-Z])[\w]*(?:\s+(?-i:[A-Z])[\w]*)?)\s+(?P<was>\w+)\s+(?:zegoen|zen|agertu\s+zen)$",
                re.I,
            ),
            lambda match: (
                f"why was {match.group('who') or match.group('subject')} {match.group('what') or match.group('was')}"
            ),
        ),
        # "Zein egunkarik argitaratu zuen artikulua?": which newspaper published the article
        (
            re.compile(
                r"^zein\s+(?:the\s+)?(?P<thing>newspaper|webgune\w*|hedabide\w*)\s+argitaratu\s+(?:zuen|du)\s+(?P<what>[^,?]+)$",
                re.I,
            ),
            lambda match: (
                f"which {'newspaper' if match.group('thing') == 'newspaper' else 'outlet'} "
                f"published {match.group('what')}"
            ),
        ),
        # "munduko bi ekonomia handienak": the two largest economies in the world
        (
            re.compile(r"\b(?P<world>in\s+the\s+world\s+)?(?P<count>two|three|bi|hiru)\s+(?P<thing>\w+)\s+largest\b"),
            lambda match: (
                f"the {_BASQUE_NUMBERS.get(match.group('count'), match.group('count'))} largest {match.group('thing')}"
                + (" in the world" if match.group("world") else "")
            ),
        ),
        (re.compile(r"^(?:zeintzuk|zein)\s+dira\s+(?:the\s+)?", re.I), "which are the "),
        # "oraindik … arazo asko daudela": that there are still many problems …
        (
            re.compile(
                r"\bstill\s+(?P<what>that\s+need\s+to\s+be\s+resolved\s+)?(?P<np>many\s+problems|\w+)\s+there\s+are\b"
            ),
            lambda match: (
                f"there are still {match.group('np')}"
                + (f" {match.group('what').strip()}" if match.group("what") else "")
            ),
        ),
        # "Blinkenek optimismoa adierazi al zuen?", "Artikuluak beste iturririk erabili al du?": did Blinken express
        # optimism, did the article use other sources (a yes-or-no question's "al" before its auxiliary)
        (
            re.compile(
                r"^(?P<who>the\s+article|(?-i:[A-Z])[\w]*(?:\s+(?-i:[A-Z])[\w]*)?)\s+(?P<what>[^,?]+?)\s+"
                rf"(?P<done>(?!esan\b)(?:{'|'.join(_BASQUE_DONE)}))\s+al\s+(?:du|zuen|dute|zuten|zion)$"
            ),
            lambda match: f"did {match.group('who')} {_basque_done(match.group('done'))} {match.group('what')}",
        ),
        # "Xik esan al zuen … -ela?": did Xi say that …
        (
            re.compile(
                r"^(?P<who>(?-i:[A-Z])[\w]*(?:\s+(?-i:[A-Z])[\w]*)?)\s+esan\s+al\s+(?:zuen|du|zion)\s+(?:that\s+)?(?P<claim>.+)$"
            ),
            r"did \g<who> say that \g<claim>",
        ),
        # "Xik zer esan zuen …?", "about Taiwan zer esan zuen Xik?": what asked after the one asked about or the topic
        (
            re.compile(rf"^(?P<first>[^,?]+?),?\s+zer\s+(?P<said>{_BASQUE_SAID})\b(?P<rest>.*)$", re.I),
            r"zer \g<said> \g<first>\g<rest>",
        ),
        # who said: "Nork esan zuen …", "'…' nork esan zuen?"
        (re.compile(rf"^nork\s+{_BASQUE_SAID}\s*,?\s+(?:that\s+)?", re.I), "who said "),
        (re.compile(rf"^(?P<said>.+?)\s+nork\s+{_BASQUE_SAID}$", re.I), r"who said \g<said>"),
        (re.compile(r"^(?P<start>who\s+said\s+)should\s+be\b", re.I), r"\g<start>they should be"),
        # what someone said: "Zer esan zuen Xik Taiwani buruz?", "Zer esan zion Wang Yik Blinkeni?"
        (
            re.compile(
                rf"^zer\s+{_BASQUE_SAID}\s+(?:(?P<topic>about\s+[^,?]+?)\s+)?(?P<who>(?!about\b)[^,?]+?)"
                rf"(?:\s+(?P<to>to\s+[^,?]+?))?(?P<about>\s+about\s+[^,?]+?)?{_BASQUE_PLACE_OR_TIME}{_ANSWER_WORDS}",
                re.I,
            ),
            lambda match: (
                f"what did {match.group('who')} say"
                + (f" {match.group('to')}" if match.group("to") else "")
                + (f" {match.group('topic')}" if match.group("topic") else match.group("about") or "")
                + (match.group("where") or "")
                + (match.group("rest") or "")
            ),
        ),
        # "Zer esan zen merkataritzari buruz?": what was said about trade
        (
            re.compile(r"^zer\s+(?:esan|aipatu)\s+(?:zen|da)\s+(?P<topic>about\s+[^,?]+)$", re.I),
            r"what was said \g<topic>",
        ),
        # whom someone met, and who met someone: "Norekin elkartu zen Blinken Beijingen?"
        (
            re.compile(
                rf"^(?:norekin|nor|nori)\s+{_BASQUE_MET}\s+(?P<who>(?!with\b)[^,?]+?){_BASQUE_PLACE_OR_TIME}{_ANSWER_WORDS}",
                re.I,
            ),
            r"who did \g<who> meet\g<where>\g<rest>",
        ),
        (re.compile(rf"^(?:nor|nork)\s+{_BASQUE_MET}\s+with\s+(?P<whom>[^,?]+)$", re.I), r"who met \g<whom>"),
        (re.compile(r"^nork\s+(?:ikusi|ezagutu)\s+(?:zuen|du)\s+(?P<whom>[^,?]+)$", re.I), r"who met \g<whom>"),
        (
            re.compile(rf"^(?P<who>[^,?]+?)\s+norekin\s+{_BASQUE_MET}{_BASQUE_PLACE_OR_TIME}$", re.I),
            r"who did \g<who> meet\g<where>",
        ),
        # "Blinken Li Qiangekin elkartu al zen?", "Elkartu al zen Blinken Li Qiangekin?": did Blinken meet Li Qiang
        (
            re.compile(
                r"^(?P<who>(?-i:[A-Z])[\w]*(?:\s+(?-i:[A-Z])[\w]*)?)\s+with\s+(?P<whom>[^,?]+?)\s+(?:elkartu|bildu|batu)\s+"
                r"(?:al\s+)?(?:zen|da)$"
                r"|^(?:elkartu|bildu|batu)\s+al\s+(?:zen|da)\s+(?P<subject>[^,?]+?)\s+with\s+(?P<other>[^,?]+)$",
                re.I,
            ),
            lambda match: (
                f"did {match.group('who') or match.group('subject')} meet {match.group('whom') or match.group('other')}"
            ),
        ),
        # "Noiz elkartu ziren Xi eta Blinken?", "Non elkartu zen Blinken Xirekin?": when (where) did … meet
        (
            re.compile(rf"^{asked}\s+{_BASQUE_MET}(?:\s+(?P<who>[^,?]+?))?(?:\s+with\s+(?P<whom>[^,?]+))?$", re.I),
            lambda match: (
                f"{_basque_asked(match.group('asked'))} did {match.group('who') or 'they'} meet"
                + (f" {match.group('whom')}" if match.group("whom") else "")
            ),
        ),
        # "Zertaz hitz egin zuten Blinkenek eta Wang Yik?": what did Blinken and Wang Yi discuss
        (
            re.compile(
                r"^(?:zertaz|zeri\s+buruz|zer\s+gairi\s+buruz)\s+(?:hitz\s+egin|eztabaidatu|mintzatu|hitzegin)\s+(?:zuten|zuen|ziren|dute)\s+"
                r"(?P<who>[^,?]+)$",
                re.I,
            ),
            r"what did \g<who> discuss",
        ),
        # "Zenbat orduz hitz egin zuten?": how many hours did the talks last
        (
            re.compile(
                r"^zenbat\s+(?P<unit>orduz|ordu|hours|denboraz|denbora)\s+(?:hitz\s+egin|eztabaidatu|mintzatu|hitzegin|negoziatu)\s+"
                r"(?:zuten|zuen|ziren)(?P<who>\s+[^,?]+)?$",
                re.I,
            ),
            lambda match: (
                f"{'how long' if match.group('unit').lower().startswith('denbora') else 'how many hours'} did the talks"
                + (f" between{match.group('who')}" if match.group("who") and " and " in match.group("who") else "")
                + " last"
            ),
        ),
        # "Noiz argitaratu zen artikulua?": when was the article published (updated, written)
        (
            re.compile(
                r"^(?P<asked>noiz|non)\s+(?P<done>argitaratu|eguneratu|idatzi|kaleratu)\s+(?:zen|da|zuten|zuen)(?:\s+(?P<what>[^,?]+))?$",
                re.I,
            ),
            lambda match: (
                f"{_basque_asked(match.group('asked'))} was {_with_the(match.group('what') or 'article')} "
                + {"eguneratu": "updated", "idatzi": "written"}.get(match.group("done").lower(), "published")
            ),
        ),
        # "Non egin zen bilera?", "Zein hiritan izan zen bilera?": where (in which city) did the meeting take place
        (
            re.compile(rf"^{asked}\s+{_BASQUE_TOOK_PLACE}\s+(?P<what>[^,?]+)$", re.I),
            lambda match: f"{_basque_asked(match.group('asked'))} did {_with_the(match.group('what'))} take place",
        ),
        (
            re.compile(rf"^(?P<what>[^,?]+?)\s+{asked}\s+{_BASQUE_TOOK_PLACE}$", re.I),
            lambda match: f"{_basque_asked(match.group('asked'))} did {_with_the(match.group('what'))} take place",
        ),
        # how long something lasted: "Zenbat denbora iraun zuen bilerak?", "Zenbat ordu iraun zuten elkarrizketek?"
        (
            re.compile(rf"^zenbat\s+hours\s+{_BASQUE_LASTED}\s+(?P<what>[^,?]+)$", re.I),
            lambda match: f"how many hours did {_with_the(match.group('what'))} last",
        ),
        (
            re.compile(
                rf"^zenbat(?:\s+(?:denbora|denboran|luze|denbora\s+luze))?\s+{_BASQUE_LASTED}\s+(?P<what>[^,?]+)$"
                rf"|^(?P<thing>[^,?]+?)\s+zenbat(?:\s+(?:denbora|denboran|luze))?\s+{_BASQUE_LASTED}$",
                re.I,
            ),
            lambda match: f"how long did {_with_the(match.group('what') or match.group('thing'))} last",
        ),
        (
            re.compile(
                r"^zenbat\s+(?P<unit>months|years|days|weeks)\s+(?:irauten\s+du|iraungo\s+du|dira)\s+(?P<what>[^,?]+)$",
                re.I,
            ),
            lambda match: f"how many {match.group('unit')} does {_with_the(match.group('what'))} last",
        ),
        # "Zenbat printzipio proposatu zituen Xik?": how many principles; "Zein hiru printzipio …": which
        (
            re.compile(
                rf"^(?P<asked>zenbat|zein|zeintzuk)\s+(?:(?P<count>{numbers})\s+)?(?P<thing>\S+)\s+(?:(?P<after>{numbers})\s+)?"
                rf"(?P<done>{done})\s+{_BASQUE_AUX}\s+(?P<who>[^,?]+)$",
                re.I,
            ),
            lambda match: (
                f"{'how many' if match.group('asked').lower() == 'zenbat' else 'which'} "
                + (
                    _BASQUE_NUMBERS[(match.group("count") or match.group("after")).lower()] + " "
                    if match.group("count") or match.group("after")
                    else ""
                )
                + f"{match.group('thing')} did {match.group('who')} {_basque_done(match.group('done'))}"
            ),
        ),
        (
            re.compile(rf"^zer\s+(?P<done>{done})\s+{_BASQUE_AUX}\s+(?P<who>[^,?]+)$", re.I),
            lambda match: f"what did {match.group('who')} {_basque_done(match.group('done'))}",
        ),
        # "Zenbat balio du harpidetzak?", "Zenbat kostatzen da harpidetza?": how much does the subscription cost
        (
            re.compile(
                r"^zenbat\s+(?:balio\s+(?:du|dute)|kostatzen\s+(?:da|dira)|da|ordaintzen\s+da)\s+(?P<what>[^,?]+?)"
                r"(?P<per>\s+a\s+month)?$|^(?P<thing>[^,?]+?)\s+zenbat\s+(?:balio\s+du|kostatzen\s+da)$",
                re.I,
            ),
            lambda match: (
                f"how much does {_with_the(match.group('what') or match.group('thing'))} cost"
                + (" a month" if match.group("per") else "")
            ),
        ),
        # "Nor da Wang Yi?", "Wang Yi nor da?": who is Wang Yi
        (re.compile(r"^nor\s+(?:da|dira)\s+(?P<who>[^,?]+)$", re.I), r"who is \g<who>"),
        (re.compile(r"^nor\s+(?:zen|ziren)\s+(?P<who>[^,?]+)$", re.I), r"who was \g<who>"),
        (re.compile(r"^(?P<who>[^,?]+?)\s+nor\s+(?:da|dira)$", re.I), r"who is \g<who>"),
        # "Zein da Wang Yiren kargua?", "Zer kargu du Wang Yik?": what is Wang Yi's title
        (
            re.compile(
                r"^(?:zein|zer)\s+(?:da|zen)\s+(?P<owner>[^,?]+?)'s\s+title$|^zer\s+title\s+(?:du|zuen|dauka)\s+(?P<who>[^,?]+?)"
                r"(?P<where>\s+in\s+[^,?]+)?$",
                re.I,
            ),
            _title_asked,
        ),
        # "Nolakoa izan behar du harremanak?", "Harremanak nolakoak dira?": what should the relations be like, what
        # are the relations like
        (
            re.compile(
                rf"^nolakoa?k?\s+(?P<verb>{'|'.join(_BASQUE_LIKE)})\s+(?P<what>[^,?]+?)"
                r"(?P<according>\s+according\s+to\s+[^,?]+)?$"
                rf"|^(?P<thing>[^,?]+?)\s+nolakoa?k?\s+(?P<verb2>{'|'.join(_BASQUE_LIKE)})"
                r"(?P<according2>\s+according\s+to\s+[^,?]+)?$",
                re.I,
            ),
            _basque_like,
        ),
        # "Nola joan ziren elkarrizketak?": how did the talks go
        (
            re.compile(r"^nola\s+(?:joan|atera|amaitu)\s+(?:ziren|zen|dira|da)\s+(?P<what>[^,?]+)$", re.I),
            lambda match: f"how did {_with_the(match.group('what'))} go",
        ),
        # "Zergatik joan zen Blinken Beijingera?": why did Blinken go to Beijing
        (
            re.compile(
                r"^zergatik\s+(?:(?P<who>[^,?]+?)\s+)?(?:joan|bidaiatu|etorri|bisitatu)\s+(?:zen|zuen|da|du)\s+"
                r"(?:(?P<subject>[^,?]+?)\s+)?(?P<place>(?:to|in)\s+[^,?]+)$",
                re.I,
            ),
            lambda match: (
                f"why did {match.group('who') or match.group('subject')} go {_basque_to(match.group('place'))}"
            ),
        ),
        # "Zer gertatu zen bileran?": what happened at the meeting
        (
            re.compile(r"^zer\s+(?:gertatu|pasatu|jazo)\s+(?:zen|da)\b\s*(?P<where>.*)$", re.I),
            r"what happened \g<where>",
        ),
        # "Zeri buruzkoa da artikulua?", "Zertaz ari da artikulua?": what is the article about
        (
            re.compile(
                r"^(?:zeri\s+buruz(?:koa)?|zertaz|zer\s+gairi\s+buruz)\s+(?:da|ari\s+da|hitz\s+egiten\s+du|dihardu)\s+"
                r"(?P<what>[^,?]+)$|^(?P<thing>[^,?]+?)\s+(?:zeri\s+buruz(?:koa)?|zertaz)\s+(?:da|ari\s+da)$",
                re.I,
            ),
            lambda match: f"what is {_with_the(match.group('what') or match.group('thing'))} about",
        ),
        # "Taiwan aipatu zen?", "Aipatu al zen Taiwan?", "Taiwanez hitz egin zen?": was Taiwan mentioned
        (
            re.compile(
                r"^(?:aipatu|aipatzen)\s+(?:al\s+)?(?:zen|da|zuten|dute|ziren)\s+(?P<what>[^,?]+?)"
                r"(?P<where>\s+(?:in|at)\s+the\s+(?:talks|meeting))?(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            r"was \g<what> mentioned\g<where>",
        ),
        (
            re.compile(
                r"^(?P<what>[^,?]+?)\s+(?:(?:aipatu|aipatzen)\s+(?:al\s+)?(?:zen|da|zuten|dute|ziren)"
                r"|(?:hitz\s+egin|mintzatu)\s+(?:al\s+)?(?:zen|zuten|ziren|da))(?P<where>\s+(?:in|at)\s+the\s+(?:talks|meeting))?"
                r"(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            lambda match: f"was {_basque_spoken_of(match.group('what'))} mentioned{match.group('where') or ''}",
        ),
        # "Ba al dago ezer Errusiari buruz artikuluan?": is there anything about Russia
        (
            re.compile(
                r"^(?:ba\s+al\s+dago|badago|ba\s+al\s+da)\s+(?:ezer|zerbait)\s+(?P<what>about\s+[^,?]+?)(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            r"is there anything \g<what>",
        ),
        (
            re.compile(r"^zer\s+(?:dio|esaten\s+du)\s+the\s+article\s+(?P<what>about\s+[^,?]+)$", re.I),
            r"what does the article say \g<what>",
        ),
        # "Nork idatzi zuen artikulua?": who wrote the article ("… eta nondik?": and where did they write from)
        (
            re.compile(r"^nork\s+(?:idatzi|sinatu)\s+(?:zuen|du)\s+(?P<what>[^,?]+?)\s+(?:eta|and)\s+nondik$", re.I),
            r"who wrote \g<what> and where did they write from",
        ),
        (re.compile(r"^nork\s+(?:idatzi|sinatu)\s+(?:zuen|du)\s+(?P<what>[^,?]+)$", re.I), r"who wrote \g<what>"),
        # "Nork argitaratu du artikulua?": who published the article
        (
            re.compile(r"^nork\s+(?:argitaratu|kaleratu)\s+(?:zuen|du)\s+(?P<what>[^,?]+)$", re.I),
            r"who published \g<what>",
        ),
        (re.compile(r"^(?P<what>[^,?]+?)\s+nork\s+(?:idatzi|sinatu)\s+(?:zuen|du)$", re.I), r"who wrote \g<what>"),
        # "Xik ezer esan al zuen Taiwani buruz?": did Xi say anything about Taiwan; "… ez al zuen ezer esan …": didn't
        (
            re.compile(
                r"^(?P<who>(?-i:[A-Z])[\w]*(?:\s+(?-i:[A-Z])[\w]*)?)\s+(?:(?P<not>not)\s+(?:al\s+)?(?:zuen|zion)\s+ezer\s+esan"
                r"|ezer\s+esan\s+(?:al\s+)?(?:zuen|zion|du))\s+(?P<topic>about\s+[^,?]+)$",
                re.I,
            ),
            lambda match: (
                ("didn't" if match.group("not") else "did")
                + f" {match.group('who')} say anything {match.group('topic')}"
            ),
        ),
        (
            re.compile(
                r"^(?P<who>(?-i:[A-Z])[\w]*(?:\s+(?-i:[A-Z])[\w]*)?)\s+(?P<topic>about\s+[^,?]+?)\s+ezer\s+esan\s+(?:al\s+)?(?:zuen|du)$"
            ),
            r"did \g<who> say anything \g<topic>",
        ),
        # "Blinken baikor agertu zen bileraren ondoren?": was Blinken optimistic after the meeting
        (
            re.compile(
                r"^(?P<who>(?-i:[A-Z])[\w]*(?:\s+(?-i:[A-Z])[\w]*)?)\s+(?P<what>optimistic)\s+(?:agertu|egon|azaldu)\s+(?:al\s+)?"
                r"(?:zen|zegoen|da)(?P<when>\s+(?:after|before|during|at)\s+the\s+\w+)?$"
            ),
            r"was \g<who> \g<what>\g<when>",
        ),
        (re.compile(r"^zer\s+(?:da|dira)\s+", re.I), "what is "),
        (re.compile(r"^zer\b", re.I), "what"),
        (re.compile(r"^noiz\b", re.I), "when"),
        (re.compile(r"^non\b", re.I), "where"),
        (re.compile(r"^zergatik\b", re.I), "why"),
        (re.compile(r"^nola\b", re.I), "how"),
        (re.compile(r"^zenbat\b", re.I), "how many"),
        (re.compile(r"^(?:zein|zeintzuk)\b", re.I), "which"),
        (re.compile(r"^(?:nor|nork)\b", re.I), "who"),
        *_word_for_word(_BASQUE_ENGLISH),
        (re.compile(r"\s{2,}"), " "),
        (re.compile(r"\bthe\s+US\s+the\s+"), "the US "),  # "AEBetako agintaria": the US official
        (
            re.compile(rf"\b(?P<noun>{_BASQUE_THIS_NOUNS})\s+(?P<this>hau|hauek)\b", re.I),
            lambda match: f"{'these' if match.group('this').lower() == 'hauek' else 'this'} {match.group('noun')}",
        ),
        _according_to_last(),
        _the_the(),
        *_in_english_at_last(),
        (re.compile(r"\bwhich\s+the\s+"), "which "),  # "which the US president"
    )


# Basque's own words ("zer", "nork", "norekin", "zenbat", "esan zuen", "buruz", "bilera"), no other language's
_BASQUE_WORDS = _lazy_pattern(
    r"\b(?:zer|nork|nori|norekin|noiz|zenbat|zergatik|zertaz|zeintzuk|buruz|buruzkoa|bilera\w*|artikulu\w*"
    r"|elkarrizketa\w*|harpidetza\w*|txina\w*|iraun|(?:esan|adierazi|aipatu|elkartu|bildu|proposatu|idatzi|argitaratu"
    r"|gertatu|joan|egin|izan)\s+(?:zuen|zuten|zen|ziren|zion|zituen|al))\b"
    r"|\bnor\s+(?:da|zen|dira|ziren)\b|\b(?-i:[A-Z])\w*\s+nor\s+da\b|^non\s+(?:egin|izan|elkartu|bildu|dago|zegoen|ospatu)\b"
    r"|\bzein\s+(?:da|dira|\w+(?:tan|etan|ean))\b|^eta\s+(?-i:[A-Z])\w*(?:\s+(?-i:[A-Z])\w*)?(?:-?e?k)?\W*$"
    r"|\b(?:ustez|iritziz|esanetan|hitzetan|aburuz|nolakoak?)\b|\w(?:ren|en)\s+arabera\b"
    r"|\b(?:argitaratu|idatzi|esan|adierazi|aipatu|proposatu|elkartu|bildu|erabili)\s+(?:du|dute|da|dira|ditu)\b",
    re.I,
)

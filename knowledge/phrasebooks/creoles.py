"""Creole and pidgin phrasebooks: Nigerian Pidgin, Jamaican Patois, Haitian Creole, Hawai'i Pidgin, Papiamentu,
Bislama and Sranan Tongo."""

from __future__ import annotations

import re
from functools import cache

from knowledge.phrasebooks.shapes import (
    _NAMED,
    _OFFICE,
    _according_to_last,
    _after_the_question,
    _in_english_at_last,
    _lazy_pattern,
    _past_tense,
    _plain_letters,
    _Shapes,
    _the_the,
    _us_foreign_minister,
    _with_the,
    _with_the_named,
    _with_the_own_noun,
    _word_for_word,
)


# How readers ask in Nigerian Pidgin: "wetin Xi talk about Taiwan?" (what did Xi say about Taiwan), "na who talk
# say …" (who said …), "Oga Blinken, wetin im talk?".
@cache
def _pidgin() -> _Shapes:
    return (
        (re.compile(r"\boga\s+", re.I), ""),
        (re.compile(r"^(?:abeg,?\s+)?(?:na\s+)?who\s+(?:talk|yarn|tok|say)\s+(?:say\s+|about\s+)?", re.I), "who said "),
        (
            re.compile(
                r"^(?P<who>[^,]+?),?\s+wetin\s+(?:im|him|e|she|dem|una)\s+(?:talk|yarn|tok|say)\b(?P<rest>.*)$", re.I
            ),
            r"what did \g<who> say\g<rest>",
        ),
        (
            re.compile(
                r"^(?:abeg,?\s+)?wetin\s+(?P<who>.+?)\s+(?:talk|yarn|tok|say)(?:\s+give\s+\S+)?(?P<rest>.*)$", re.I
            ),
            r"what did \g<who> say\g<rest>",
        ),
        (re.compile(r"\bdi\b", re.I), "the"),
        (re.compile(r"\bdem\b", re.I), "they"),
    )


_PIDGIN_WORDS = _lazy_pattern(r"\b(?:wetin|abeg|oga|na\s+who)\b|^who\s+(?:talk|tok)\b", re.I)


# How readers ask in Jamaican Patois: "wah Xi seh bout Taiwan?" (what did Xi say about Taiwan), "a who seh dem fi
# be partners?" (who said they should be partners), "how long di meeting did tek?".
_PATOIS_ENGLISH = {
    "wah": "what", "di": "the", "seh": "say", "bout": "about", "pon": "on", "inna": "in", "afta": "after",
    "tek": "take", "mek": "make", "wid": "with", "dat": "that", "dis": "this", "tree": "three", "weh": "that",
    "dem": "they", "fi": "to",
}  # fmt: skip


@cache
def _patois() -> _Shapes:
    return (
        (re.compile(r"^a\s+(?=(?:who|which|wah|weh)\b)", re.I), ""),  # "a who …": the focus, not an article
        (re.compile(r"^who\s+(?:did\s+)?(?:seh|sey|say)\s+(?:dat\s+|that\s+)?", re.I), "who said "),
        (
            re.compile(r"^wah\s+(?P<who>.+?)\s+(?:did\s+)?(?:seh|sey|say|tell)\b(?P<rest>.*)$", re.I),
            r"what did \g<who> say\g<rest>",
        ),
        *_word_for_word(_PATOIS_ENGLISH),
    )


_PATOIS_WORDS = _lazy_pattern(r"\b(?:wah|seh|weh|pon|inna|afta)\b|^a\s+(?:who|which)\b", re.I)
# How readers ask in Haitian Creole: "Kisa Xi di sou Taiwan?" (what did Xi say about Taiwan), "Kiyès ki di …" (who
# said …), "Ki moun Blinken te rankontre?" (whom did Blinken meet), "Konbyen tan reyinyon an te dire?" (how long did
# the meeting last).
_KREYOL_ENGLISH = {
    "reyinyon\\s+an|reyinyon": "the meeting", "Lachin": "China", "Etazini": "the United States", "sou": "about",
    "ak": "and", "kilè|kile": "when", "ki\\s+kote|kote": "where", "konbyen": "how many", "atik\\s+la": "the article",
    "ofisyèl|ofisyel": "official", "chinwa": "Chinese", "ameriken": "American", "prezidan": "president",
    "minis": "minister",
}  # fmt: skip


@cache
def _kreyol() -> _Shapes:
    return (
        (
            re.compile(r"\b(?P<noun>\w+)\s+(?P<adjective>chinwa|ameriken)\s+(?:a|an|la)\b", re.I),
            r"the \g<adjective> \g<noun>",
        ),
        (re.compile(r"\b(?P<role>(?:[A-Z]\w+\s+)*[A-Z]\w+)\s+Lachin(?:\s+(?:nan|an|la))?\b"), r"China's \g<role>"),
        (re.compile(r"^(?:kiyès|kiyes|ki\s+moun)\s+ki\s+(?:te\s+)?di\s+(?:ke\s+)?", re.I), "who said "),
        (
            re.compile(r"^(?:kiyès|kiyes|ki\s+moun)\s+(?P<who>.+?)\s+(?:te\s+)?rankontre\b.*$", re.I),
            r"who did \g<who> meet",
        ),
        (re.compile(r"^(?:kiyès|kiyes)\s+ki\s+", re.I), "who is "),
        (
            re.compile(r"^kisa\s+(?P<who>.+?)\s+(?:te\s+)?di\s+(?:sou|konsènan|konsenan)\s+(?P<topic>.+)$", re.I),
            r"what did \g<who> say about \g<topic>",
        ),
        (re.compile(r"^kisa\s+(?P<who>.+?)\s+(?:te\s+)?di\s+(?P<whom>.+)$", re.I), r"what did \g<who> say to \g<whom>"),
        (re.compile(r"^kisa\s+(?P<who>.+?)\s+(?:te\s+)?di$", re.I), r"what did \g<who> say"),
        (re.compile(r"^konbyen\s+tan\s+(?P<what>.+?)\s+(?:te\s+)?dire\b.*$", re.I), r"how long did \g<what> last"),
        *_word_for_word(_KREYOL_ENGLISH),
    )


_KREYOL_WORDS = _lazy_pattern(r"\b(?:kisa|kiyès|kiyes|konbyen|kilè|rankontre|ki\s+moun)\b", re.I)
# How readers ask in Hawai'i Pidgin: "Wat Xi wen say about Taiwan?" (what did Xi say about Taiwan), "Blinken wen go
# meet who in Beijing?" (whom did Blinken meet in Beijing), "How long da meeting wen go?" (how long did the meeting
# last), "Who wen say dey gotta be partners?" (who said they must be partners), "Wea dey wen meet, brah?" (where
# did they meet). Pidgin's "wen" after its subject and before a verb is the past ("Xi wen say": Xi said), read
# before texting's shorthand is spelled out, where "wen" is "when" ("wen did it open", "wen dey wen meet").
_HAWAII_VERBS = (
    "say|tell|talk|tok|meet|go|come|write|take|give|get|have|see|hold|make|do|speak|leave|ask|call|visit|mention"
    "|sign|agree|warn|propose|announce|promise|happen|start|end|last|pay|buy|sell|win|lose|find|show|send|bring"
    "|try|want|need|like|tink|think|know|put|cut|run|arrive|land|fly|move|push|raise|cost|spend|discuss|stop|build"
)
_HAWAII_PAST = {
    "say": "said", "tell": "told", "talk": "talked", "tok": "talked", "meet": "met", "go": "went", "come": "came",
    "write": "wrote", "take": "took", "give": "gave", "get": "got", "have": "had", "see": "saw", "hold": "held",
    "make": "made", "do": "did", "speak": "spoke", "leave": "left", "pay": "paid", "buy": "bought", "sell": "sold",
    "win": "won", "lose": "lost", "find": "found", "send": "sent", "bring": "brought", "try": "tried",
    "tink": "thought", "think": "thought", "know": "knew", "put": "put", "cut": "cut", "run": "ran", "fly": "flew",
    "cost": "cost", "spend": "spent", "stop": "stopped", "build": "built",
}  # fmt: skip
_HAWAII_ENGLISH = {
    "dat": "that", "dis": "this", "(?-i:dem)": "them", "(?<!\\ba\\s)(?<!\\bthe\\s)bout": "about", "fo": "for",
    "(?-i:ting)": "thing", "(?-i:tings)": "things", "(?-i:tink)": "think", "togedda": "together", "wea": "where",
    "wit": "with", "gotta|gatta": "must",
}  # fmt: skip
_HAWAII_WEN = rf"(?-i:wen)\s+(?:go\s+)?(?P<verb>{_HAWAII_VERBS})\b"  # not "what did Tay Li Wen say"
_HAWAII_ASKED = {"wen": "when", "when": "when", "wea": "where", "where": "where", "wat": "what", "wot": "what",
                 "what": "what", "who": "who", "hoo": "who", "why": "why", "how come": "why"}  # fmt: skip


def _hawaii_the(match: re.Match[str]) -> str:
    """ "da meeting", "bout da South China Sea": the; not a name's "da" ("Lula da Silva")."""
    before = match.group("before")
    if before[:1].isupper() and before.split()[0].lower() not in _HAWAII_ASKED:
        return match.group()
    return f"{before}the"


def _hawaii_past(match: re.Match[str]) -> str:
    """ "Xi wen say": "Xi said"; "Blinken wen visit": "Blinken visited"."""
    verb = match.group("verb").lower()
    past = _HAWAII_PAST.get(verb) or (f"{verb}d" if verb.endswith("e") else f"{verb}ed")
    return f"{match.group('before')}{past}"


def _hawaii_asked(match: re.Match[str]) -> str:
    """ "wea dey wen meet" (where did they meet), "Blinken wen go meet who in Beijing" (whom did Blinken meet in
    Beijing), "Xi wen tell Blinken wat" (what did Xi tell Blinken)."""
    asked = " ".join(match.group("asked").lower().split())
    done = f"{match.group('verb')}{match.groupdict().get('object') or ''}{match.groupdict().get('to') or ''}"
    return f"{_HAWAII_ASKED.get(asked, asked)} did {match.group('who')} {done}{match.group('rest')}"


@cache
def _hawaii() -> _Shapes:
    return (
        (
            re.compile(
                r"(?:^|,)\s*(?:eh\s+|howzit\s+)?(?:brah|bruddah|braddah|sistah|cuz)\s*,?\s*|^howzit\s*,?\s*"
                r"|,?\s+(?:k|yeah|ah|eh)$",
                re.I,
            ),
            " ",
        ),
        (re.compile(r"^\s+|\s+$"), ""),
        (re.compile(r"^try\s+(?=(?:give|tell|show|look|check)\b)", re.I), "please "),  # "try give me": please
        (re.compile(r"(?P<before>^|\b\w+\s+)(?-i:[Dd]a)(?=\s+\w)"), _hawaii_the),
        *_word_for_word(_HAWAII_ENGLISH),
        (re.compile(r"(?<=[A-Za-z])\s+o\s+(?=[A-Z])"), " or "),  # "Xi o Wang"
        (re.compile(rf"\b(?:that|this)\s+(?P<who>{_NAMED})\s+(?:guy|bruddah|braddah|lady|wahine)\b"), r"\g<who>"),
        # "dey" the subject ("wen dey wen meet", "who wen say dey gotta …"), not Nigerian Pidgin's "e dey" (it is)
        (re.compile(r"^dey\b", re.I), "they"),
        (
            re.compile(
                r"\b(?P<before>say|tink|think|that|if|wen|when|where|how|why|who|wat|what|and|but|so)\s+dey\b", re.I
            ),
            r"\g<before> they",
        ),
        (
            re.compile(r"^how\s+long\s+(?P<what>.+?)\s+(?-i:wen)\s+(?:go|last|take|stay)(?:\s+(?:on|for))?$", re.I),
            r"how long did \g<what> last",
        ),
        (
            re.compile(
                r"^(?P<asked>wen|when|wea|where|why|how\s+come|how(?:\s+(?:long|much|many(?:\s+\w+)?))?|wat|wot|what)"
                rf"\s+(?!(?:did|does|do)\s)(?P<who>.+?)\s+{_HAWAII_WEN}(?P<rest>.*)$",
                re.I,
            ),
            _hawaii_asked,
        ),
        (
            re.compile(
                rf"^(?P<who>.+?)\s+{_HAWAII_WEN}(?P<object>\s+{_NAMED})?(?P<to>\s+(?:to|with|about))?\s+"
                r"(?P<asked>who|hoo|wat|wot|what|wea|where|wen|when)\b(?P<rest>.*)$",
                re.I,
            ),
            _hawaii_asked,
        ),
        (
            re.compile(
                r"^(?P<what>.+?)\s+(?-i:wen)\s+(?:go|last|take)(?:\s+(?:on|for))?\s+(?:for\s+)?how\s+long$", re.I
            ),
            r"how long did \g<what> last",
        ),
        (
            re.compile(rf"^(?P<who>.+?)\s+{_HAWAII_WEN}(?P<rest>.*?)\s+(?:for\s+)?how\s+long$", re.I),
            r"how long did \g<who> \g<verb>\g<rest>",
        ),  # "dey wen talk fo how long"
        (re.compile(r"^how\s+much\s+(?P<what>the\s+.+?)\s+cost$", re.I), r"how much does \g<what> cost"),
        (
            re.compile(rf"^(?:wat|wot|what)\s+(?P<who>.+?)\s+stay\s+(?P<verb>{_HAWAII_VERBS})\b", re.I),
            r"what does \g<who> \g<verb>",
        ),
        (re.compile(r"^(?:wea|where)\s+(?P<who>.+?)\s+stay$", re.I), r"where is \g<who>"),
        (re.compile(rf"^(?i:who|hoo)\s+(?:(?i:this|that)\s+)?(?P<who>{_NAMED})(?:\s+guy)?$"), r"who is \g<who>"),
        (
            re.compile(rf"^(?:who|hoo)\s+(?P<who>the\s+(?:(?-i:[A-Z])\w*\s+)*{_OFFICE})$", re.I),
            r"who is \g<who>",
        ),  # "Who da American foreign minister?"
        (
            re.compile(r"^had\s+(?P<what>.+?)\s+(?:inside|in)\s+(?:the|this)\s+(?:article|story)$", re.I),
            r"was \g<what> mentioned",
        ),  # "Had Taiwan inside da article?": there was
        (re.compile(rf"(?<=\w)(?P<before>\s+){_HAWAII_WEN}", re.I), _hawaii_past),
        _us_foreign_minister(),
    )


_HAWAII_WORDS = _lazy_pattern(
    rf"^(?:(?!\b(?:did|does|do)\b).)*?\S\s+{_HAWAII_WEN}|\bstay\s+(?:{_HAWAII_VERBS})\b|\b(?:[Dd]a|dat|dey)\s+(?-i:[a-z])"
    r"|^(?:who|hoo|wat|wea|how)\s+(?:da|dat|dis)\s|\b(?:togedda|bruddah|braddah|brah|howzit|wea)\b|,\s*k\s*\??\s*$",
    re.I,
)


# How readers ask in Papiamentu (Curaçao's and Bonaire's spelling, "kiko", "ku", "tokante", or Aruba's, "kico", "cu",
# "tocante"), with Dutch or English words: "Kiko Blinken a bisa tokante Taiwan?" (what did Blinken say about Taiwan),
# "Ken a bisa ku …?" (who said that …), "Ki dia Xi ku Blinken a topa?" (on which day did Xi and Blinken meet), "Unda e
# reunion a tuma lugá?" (where did the meeting take place), "Kuantu ora e kombersashonnan a dura?" (how many hours did
# the talks last), "Ken ta Wang Yi?" (who is Wang Yi). Its question word opens the question, the doer after it, then
# the verb after its mark of time ("a": the past, "ta": now, "tabata": then, ongoing; "a wordu": was, done to one: "a
# wordu menshoná", was mentioned); "ki" is "which" before a noun ("ki ora", which hour: when; "ki dia": which day),
# "e" is "the", "-nan" makes a noun plural ("kombersashonnan": the talks), "ku" (or "i") is "and" between two names,
# "with" after a verb of meeting and "that" after a verb of saying, "na" is "in" or "to", "di" "of" ("minister di
# Relashon Eksterior di China": China's foreign minister), "tokante" (or "riba", or Dutch "over") "about"; a yes-or-no
# question is the statement asked ("Xi a bisa ku …?": did Xi say that …). Its "kuantu" and "ken" are Spanish's and
# English's words near enough: the book is read only when a shape of Papiamentu's own is there ("kiko … a bisa", "ken
# a bisa", "ki ora", "ki dia", "unda", "kuantu … a dura", "tokante", "a topa", "a wordu").
_PAPIAMENTU_MARKED = (("a", "áàâ"), ("e", "éèê"), ("i", "íì"), ("o", "óòô"), ("u", "úùü"))
_PAPIAMENTU_NAMES = {
    "(?-i:Estados\\s+Unidos|Estadonan\\s+Uni(?:del)?|Verenigde\\s+Staten|Merka\\s+Hunta)": "the US",
    "(?-i:Merka|Amerika|America)": "America", "(?-i:Rusia|Rusland)": "Russia", "(?-i:Hapon|Japon)": "Japan",
    "(?-i:Pekin|Peking)": "Beijing", "(?-i:Kalifornia|Californie)": "California",
}  # fmt: skip
# Its titles and nouns, with the words around them, put into English before its shapes are read
_PAPIAMENTU_THINGS = {
    "segun\\s+e\\s+(?:artikulo|articulo|notisia|noticia|reportahe)(?:\\s+aki)?": "according to the article",
    "(?:den|na)\\s+e\\s+(?:artikulo|articulo|notisia|noticia|reportahe)\\s+aki": "in this article",
    "(?:den|na)\\s+e\\s+(?:artikulo|articulo|notisia|noticia|reportahe)": "in the article",
    "e\\s+(?:artikulo|articulo|notisia|noticia|reportahe)\\s+aki": "this article",
    "(?:e\\s+)?(?:artikulo|articulo|notisia|noticia|reportahe)": "the article",
    "minister\\s+(?:di|van)\\s+(?:(?:relashon|relacion|asuntu|asunto)(?:nan)?\\s+)?(?:eksterior|exterior|buitenlandse\\s+zaken)":
        "foreign minister",
    "(?:sekretario|secretario)\\s+di\\s+(?:estado|stat)": "secretary of state",
    "(?:prome|promer)\\s+minister|minister[-\\s]president": "prime minister",
    # "presidente", or "presidents" where the engine has put a word it took for a slip right ("the presidents" the
    # article names) after "e" (the, of one) or before what is said of one president
    "presidente|(?<=\\be\\s)presidents|presidents(?=\\s+(?:di|merikano|chines)\\b)|president": "president",
    "lider|gezaghebber": "leader", "portavos|vocero|woordvoerder": "spokesperson",
    "funshonario|funcionario|ofisial|oficial": "official", "periodista|hurnalista|journalist": "journalist",
    "outor|autor": "author", "chines|chino": "Chinese", "merikano|americano": "American", "ruso": "Russian",
    # the meeting and the talks, with the words before them that say when ("despues di e reunion": after the meeting)
    "despues\\s+di\\s+e\\s+(?:reunion|enkuentro|encuentro)": "after the meeting",
    "(?:prome|promer)\\s+(?:ku|cu)\\s+e\\s+(?:reunion|enkuentro|encuentro)|antes\\s+di\\s+e\\s+reunion":
        "before the meeting",
    "durante\\s+e\\s+(?:reunion|enkuentro|encuentro)": "during the meeting",
    "(?:na|den)\\s+e\\s+(?:reunion|enkuentro|encuentro)": "at the meeting",
    "despues\\s+di\\s+e\\s+(?:kombersashon|combersacion|diskushon|discusion)(?:nan)?": "after the talks",
    "(?:na|den)\\s+e\\s+(?:kombersashon|combersacion|diskushon|discusion)(?:nan)?": "in the talks",
    "(?:e\\s+)?(?:reunion|enkuentro|encuentro)": "the meeting",
    "(?:e\\s+)?(?:kombersashon|combersacion|diskushon|discusion|negoshashon|negociacion)(?:nan)?": "the talks",
    "(?:e\\s+)?(?:kumbre|cumbre)": "the summit", "(?:e\\s+)?(?:bishita|bisita)": "the visit",
    "derecho(?:nan)?\\s+(?:humano|human|di\\s+hende)|mensenrechten": "human rights",
    "komersio|comercio|negoshi": "trade",
    "(?:prinsipio|principio)(?:nan)?": "principles", "(?:relashon|relacion)nan": "relations",
    "relashon|relacion": "relationship", "presidentenan": "presidents", "lidernan": "leaders",
    "(?:asunto|asuntu)(?:nan)?": "issues", "tema(?:nan)?": "topics",
    "diferensia(?:nan)?|diferencia(?:nan)?|verschillen": "differences", "lista": "list", "entre|tussen": "between",
    "(?:socio|partner)(?:nan)?": "partners", "(?:rival|kontrinkante|contrincante)(?:nan)?": "rivals",
    "e\\s+dos\\s+pais(?:nan)?": "the two countries", "pais(?:nan)?": "countries",
    "minüt|minut(?:nan)?|minuut": "minutes", "tempu|tempo": "time", "(?:e\\s+)?(?:preis|prijs|precio)": "the price",
    "nan\\s+(?:mester|tin\\s+(?:ku|cu))\\s+ta|nan\\s+ta\\s+mester\\s+ta": "they should be",
    "nos\\s+(?:mester|tin\\s+(?:ku|cu))\\s+ta": "we should be", "mester\\s+ta": "should be", "mester": "should",
    "tur(?:\\s+su)?": "all", "por\\s+fabor|porfabor|porfavor|alsjeblieft": "please", "bisa\\s+mi": "tell me",
    "duna\\s+mi": "give me", "tokante|tocante|(?<=bisa\\s)riba|(?<=papia\\s)riba|(?<=bisa\\s)over": "about",
    "despues\\s+di": "after", "durante": "during", "algu": "anything",
}  # fmt: skip
_PAPIAMENTU_WHAT = r"(?:kiko|kico|ki\s+kos)"
_PAPIAMENTU_WHO = r"(?:ken|quen)"
_PAPIAMENTU_SAID = r"(?:bisa|deklara|kontesta|contesta|konta|conta|papia|zeg|zei)"
_PAPIAMENTU_MET = r"(?:topa|reuni|reunie|sinta|sinti|enkontra|encontra|mira)"
# What was done, asked how many or whether ("a proponé": proposed)
_PAPIAMENTU_DONE = {
    "propone": "propose", "presenta": "propose", "introdusi": "propose", "propose": "propose", "menshona": "mention",
    "menciona": "mention", "bisa": "mention", "skirbi": "write", "scirbi": "write", "publika": "publish",
    "publica": "publish",
}  # fmt: skip
_PAPIAMENTU_DONE_WORDS = "|".join(_PAPIAMENTU_DONE)
# What a Papiamentu reader asks someone works for ("organisashon": organisation)
_PAPIAMENTU_EMPLOYERS = {
    "organisa": "organisation", "organiza": "organisation", "organi": "organisation", "gobi": "government",
    "regering": "government", "minist": "ministry", "kompania": "company", "compania": "company",
    "korant": "newspaper", "courant": "newspaper", "krant": "newspaper",
}  # fmt: skip
_PAPIAMENTU_ASKED = {
    "ki ora": "when", "ki tempu": "when", "kuando": "when", "cuando": "when", "ki dia": "on which day",
    "unda": "where", "na unda": "where", "den ki siudat": "in which city", "na ki siudat": "in which city",
}  # fmt: skip
_PAPIAMENTU_ASKING = r"(?:ki\s+ora|ki\s+tempu|kuando|cuando|ki\s+dia|(?:na\s+)?unda|(?:den|na)\s+ki\s+siudat)"
_PAPIAMENTU_NAME = r"(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?"
_PAPIAMENTU_DOER = (
    rf"(?:{_PAPIAMENTU_NAME}|the\s+[^,?]+?|(?:\w+\s+){{0,3}}?(?:minister|president|leader|state)(?:\s+of\s+[^,?]+?)?)"
)


# Verbs asked where or when they were done ("a bin di akuerdo": came to agree)
_PAPIAMENTU_VERBS = {
    "bin di akuerdo": "agree", "bin na akuerdo": "agree", "yega na akuerdo": "agree", "a firma": "sign",
    "firma": "sign", "bishita": "visit", "bisita": "visit", "bai": "go", "anunsia": "announce", "papia": "talk",
}  # fmt: skip
# Verbs of a clause said to be someone's words, in the present ("ta sostené": supports), and the describing words
# said of a noun after it ("un Merka ku ta prosperá": an America that is prosperous, a prosperous America)
_PAPIAMENTU_CLAUSE_VERBS = {
    "sostene": "supports", "apoya": "supports", "yuda": "helps", "ke": "wants", "kier": "wants", "kere": "believes",
    "opone": "opposes", "respeta": "respects",
}  # fmt: skip
_PAPIAMENTU_DESCRIBING = {
    "prospera": "prosperous", "prospero": "prosperous", "fuerte": "strong", "forte": "strong", "habri": "open",
    "konfia": "confident", "konfiado": "confident", "stabil": "stable", "grandi": "big", "liber": "free",
}  # fmt: skip


def _papiamentu_clause(clause: str) -> str:
    """ "China ta sostené un America that ta prosperá": China supports a prosperous America (a verb now after "ta",
    a describing word after its noun put before it)."""
    verbs, describing = "|".join(_PAPIAMENTU_CLAUSE_VERBS), "|".join(_PAPIAMENTU_DESCRIBING)
    clause = re.sub(
        rf"\b(?:un|a)\s+(?P<noun>[\w-]+(?:\s+(?-i:[A-Z])[\w-]*)?)\s+(?:ku|cu|that)\s+ta\s+(?P<word>{describing})\b",
        lambda m: _a_or_an(f"{_PAPIAMENTU_DESCRIBING[m.group('word').lower()]} {m.group('noun')}"),
        clause,
        flags=re.I,
    )
    return re.sub(
        rf"\bta\s+(?P<verb>{verbs})\b", lambda m: _PAPIAMENTU_CLAUSE_VERBS[m.group("verb").lower()], clause, flags=re.I
    )


def _a_or_an(words: str) -> str:
    """ "a prosperous America", "an open America"."""
    return f"{'an' if words[:1].lower() in 'aeiou' else 'a'} {words}"


def _papiamentu_asked(asked: str) -> str:
    """ "ki ora": when; "ki dia": on which day; "unda": where."""
    return _PAPIAMENTU_ASKED[" ".join(asked.lower().split())]


def _papiamentu_said(match: re.Match[str]) -> str:
    """ "what did Blinken say about Taiwan", "… to Xi" (a name after the verb, or after "na", is the one spoken to);
    "nan" (they, unnamed): what was said."""
    who, whom, rest = match.group("who"), match.groupdict().get("whom"), match.groupdict().get("rest") or ""
    if who.lower() == "nan":
        return f"what was said{rest}"
    who = {"e": "he", "nan": "they"}.get(who.lower(), who)
    if re.fullmatch(r"(?:this|the)\s+article", who, re.I):
        return f"what does {who} say{rest}"
    return f"what did {who} say" + (f" to {whom}" if whom else "") + rest


def _papiamentu_employer(match: re.Match[str]) -> str:
    """ "Pa ki organisashon Wang Yi ta traha?": which organisation does Wang Yi work for."""
    word = match.group("employer") or match.group("employer2")
    employer = next((e for stem, e in _PAPIAMENTU_EMPLOYERS.items() if word.lower().startswith(stem)), word)
    return f"which {employer} does {match.group('who') or match.group('who2')} work for"


@cache
def _papiamentu() -> _Shapes:
    name, doer = _PAPIAMENTU_NAME, _PAPIAMENTU_DOER
    what, who_asked, said, met = _PAPIAMENTU_WHAT, _PAPIAMENTU_WHO, _PAPIAMENTU_SAID, _PAPIAMENTU_MET
    rest = r"(?P<rest>\s+(?:about|in|at|after|before|during)\s+[^,?]+)?"
    return (
        _after_the_question(),
        (re.compile("[’`´‘]"), "'"),
        *_plain_letters(_PAPIAMENTU_MARKED),
        # "I …", "Anto …" (and, so) before the question word; "Anto Wang Yi?", "Kiko di Wang Yi?": what about Wang Yi
        (
            re.compile(
                r"^(?:i|anto|i\s+anto|pues|bon)\s*,?\s+(?=(?:kiko|kico|ken|quen|ki|unda|kuantu|cuanto|pakiko|pakico)\b)",
                re.I,
            ),
            "",
        ),
        (re.compile(rf"^(?:anto|i\s+anto|(?:kiko|kico)\s+di)\s+(?P<who>{name})$", re.I), r"what about \g<who>"),
        (re.compile(r"\s+(?:of\s+no|o\s+no|si\s+of\s+no)$", re.I), ""),  # "…, o no?": or not
        *_word_for_word(_PAPIAMENTU_NAMES),
        *_word_for_word(_PAPIAMENTU_THINGS),
        # "Xi ku Blinken", "Xi i Blinken": Xi and Blinken; "na Beijing": in Beijing; "di China" after a title: of China
        (re.compile(r"(?P<a>\b(?-i:[A-Z])[\w-]*)\s+(?:ku|cu|i|en)\s+(?=(?-i:[A-Z]))"), r"\g<a> and "),
        (
            re.compile(
                r"\b(?P<title>(?:foreign\s+|prime\s+)?minister|president|leader|secretary\s+of\s+state|spokesperson)\s+di\s+"
                r"(?=(?-i:[A-Z])|the\s+US\b)"
            ),
            r"\g<title> of ",
        ),
        (re.compile(rf"\b(?P<said>{said})\s+na\s+(?=(?-i:[A-Z]))", re.I), r"\g<said> to "),
        (re.compile(r"\b(?:na|den)\s+(?=(?-i:[A-Z]))", re.I), "in "),
        (re.compile(r"\be\s+(?!(?:a|ta|tabata|lo|no)\b)(?=\w)"), "the "),
        # "e kombersashon di Wang Yi ku Blinken" (the talk of Wang Yi with Blinken): the talks between them
        (
            re.compile(
                rf"\b(?P<thing>talks|meeting|relationship|relations|differences)\s+(?:di|entre|between)\s+(?P<a>{name})\s+"
                rf"(?:and|ku|cu|i)\s+(?P<b>{name})\b"
            ),
            r"\g<thing> between \g<a> and \g<b>",
        ),
        _according_to_last(),
        (re.compile(r"^ta\s+(?:berdat|verdat|bèrdat)\s+(?:ku|cu)\s+", re.I), "is it true that "),
        # "Kiko a wordu bisá tokante Taiwan?", "Kiko nan a bisa …": what was said about Taiwan
        (
            re.compile(
                rf"^{what}\s+(?:a\s+(?:wordu|ser)|ta\s+wordu|nan\s+a)\s+(?:{said}|menshona|menciona)\s+(?P<about>about\s+[^,?]+?)"
                r"(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            r"what was said \g<about>",
        ),
        # "Kiko Blinken a bisa tokante Taiwan?", "Kiko Wang Yi a bisa Blinken?": what did Blinken say (about, to)
        (
            re.compile(
                rf"^{what}\s+(?P<who>[^,?]+?)\s+(?:a|ta|tabata)\s+{said}(?:\s+(?:na\s+|to\s+)?(?P<whom>{name}))?{rest}$",
                re.I,
            ),
            _papiamentu_said,
        ),
        # "Ken a bisa ku …?", 'Ken a bisa "…"?': who said …
        (
            re.compile(
                rf"^{who_asked}\s+(?:a|ta|tabata)\s+{said}\s*[,:]?\s+(?:(?:ku|cu|that)\s+)?(?!about\b)(?P<said>.+)$",
                re.I,
            ),
            r"who said \g<said>",
        ),
        # whom someone met, and who met someone: "Ku ken Blinken a topa na Beijing?", "Ken a topa ku Blinken?"
        (
            re.compile(
                rf"^(?:(?:ku|cu|with)\s+)?{who_asked}\s+(?P<who>{doer})\s+a\s+{met}(?:\s+(?:ku|cu))?"
                r"(?P<where>\s+(?:in|at|after|during)\s+[^,?]+)?$",
                re.I,
            ),
            r"who did \g<who> meet\g<where>",
        ),
        (
            re.compile(rf"^{who_asked}\s+a\s+{met}\s+(?:(?:ku|cu|with)\s+)?(?P<whom>[^,?]+)$", re.I),
            r"who met \g<whom>",
        ),
        # "Ki dia Xi and Blinken a topa?", "Unda Blinken a topa ku Xi?": on which day (where) did … meet
        (
            re.compile(
                rf"^(?P<asked>{_PAPIAMENTU_ASKING})\s+(?P<who>[^,?]+?)\s+a\s+{met}(?:\s+(?:ku|cu|with)\s+(?P<whom>[^,?]+?))?"
                r"(?P<where>\s+in\s+[^,?]+)?$"
                rf"|^(?P<who2>[^,?]+?)\s+a\s+{met}(?:\s+(?:ku|cu|with)\s+(?P<whom2>[^,?]+?))?\s+"
                rf"(?P<asked2>{_PAPIAMENTU_ASKING})$",
                re.I,
            ),
            lambda match: (
                f"{_papiamentu_asked(match.group('asked') or match.group('asked2'))} did "
                f"{match.group('who') or match.group('who2')} meet"
                + (
                    f" {match.group('whom') or match.group('whom2')}"
                    if match.group("whom") or match.group("whom2")
                    else ""
                )
                + (match.group("where") or "")
            ),
        ),
        # "Na unda the presidents a bin di akuerdo riba the issues?": where did the presidents agree on the issues
        (
            re.compile(
                rf"^(?P<asked>{_PAPIAMENTU_ASKING})\s+(?P<who>[^,?]+?)\s+a\s+(?P<verb>{'|'.join(_PAPIAMENTU_VERBS)})"
                r"(?P<rest>\s+[^,?]+)?$",
                re.I,
            ),
            lambda match: (
                f"{_papiamentu_asked(match.group('asked'))} did {match.group('who')} "
                f"{_PAPIAMENTU_VERBS[' '.join(match.group('verb').lower().split())]}"
                + re.sub(r"^\s+(?:riba|ariba)\s+", " on ", match.group("rest") or "")
            ),
        ),
        # "Riba kua tema Merka i China tin diferensia?": on which topics do America and China have differences
        (
            re.compile(
                r"^(?:riba|ariba|den|na|about|on)\s+(?:kua|cua|ki)\s+(?P<what>\S+)\s+(?P<who>[^,?]+?)\s+(?:tin|tabatin)\s+"
                r"(?P<thing>[^,?]+)$",
                re.I,
            ),
            r"on which \g<what> do \g<who> have \g<thing>",
        ),
        # "Unda the meeting a tuma lugá?", "Ki ora the meeting tabata?": where (when) did the meeting take place
        (
            re.compile(
                rf"^(?P<asked>{_PAPIAMENTU_ASKING})\s+(?P<what>[^,?]+?)\s+(?:a\s+tuma\s+(?:luga|lugar|plaats)|tabata|a\s+tene\s+luga"
                r"|a\s+wordu\s+(?:tene|hasi|teni)|a\s+sosode|a\s+socede|a\s+pasa)$"
                rf"|^(?P<thing>[^,?]+?)\s+(?:a\s+tuma\s+(?:luga|lugar|plaats)|tabata|a\s+wordu\s+tene)\s+"
                rf"(?P<asked2>{_PAPIAMENTU_ASKING})$",
                re.I,
            ),
            lambda match: (
                f"{_papiamentu_asked(match.group('asked') or match.group('asked2'))} did "
                f"{_with_the(match.group('what') or match.group('thing'))} take place"
            ),
        ),
        # "Kuantu ora the talks a dura?", "Kuantu time …": how many hours (how long) did the talks last
        (
            re.compile(
                r"^(?:kuantu|cuanto)\s+(?P<unit>ora|hours|minutes|time|largu|largo)\s+(?P<what>[^,?]+?)\s+a\s+dura$"
                r"|^(?P<thing>[^,?]+?)\s+a\s+dura\s+(?:kuantu|cuanto)(?:\s+(?P<unit2>ora|hours|minutes|time))?$",
                re.I,
            ),
            lambda match: (
                (
                    "how many hours"
                    if (match.group("unit") or match.group("unit2") or "").lower() in ("ora", "hours")
                    else "how long"
                )
                + f" did {_with_the(match.group('what') or match.group('thing'))} last"
            ),
        ),
        # "Kuantu principles Xi a proponé?": how many principles did Xi propose
        (
            re.compile(
                rf"^(?:kuantu|cuanto)\s+(?P<thing>\S+)\s+(?P<who>{doer})\s+a\s+(?P<done>{_PAPIAMENTU_DONE_WORDS})$",
                re.I,
            ),
            lambda match: (
                f"how many {match.group('thing')} did {match.group('who')} "
                f"{_PAPIAMENTU_DONE[match.group('done').lower()]}"
            ),
        ),
        # "Kuantu Super Saver ta kosta?": how much does Super Saver cost
        (
            re.compile(
                r"^(?:kuantu|cuanto)\s+(?:ta\s+(?:kosta|costa)\s+(?P<what>[^,?]+)|(?P<thing>[^,?]+?)\s+ta\s+(?:kosta|costa))$"
                r"|^(?:kuantu|cuanto)\s+ta\s+the\s+price\s+(?:di|of)\s+(?P<of>[^,?]+)$",
                re.I,
            ),
            lambda match: (
                "how much does "
                + _with_the_own_noun(match.group("what") or match.group("thing") or match.group("of"))
                + " cost"
            ),
        ),
        # "Ken a skirbi the article?": who wrote the article
        (
            re.compile(rf"^{who_asked}\s+a\s+(?P<done>skirbi|scirbi|publika|publica)\s+(?P<what>[^,?]+)$", re.I),
            lambda match: f"who {_past_tense(_PAPIAMENTU_DONE[match.group('done').lower()])} {match.group('what')}",
        ),
        # "Pa ki organisashon Wang Yi ta traha?": which organisation does Wang Yi work for
        (
            re.compile(
                r"^(?:pa|na|den|for|in)\s+(?:ki|kua|cua)\s+(?P<employer>\w+)\s+(?P<who>[^,?]+?)\s+ta\s+(?:traha|trabou|work)$"
                r"|^(?P<who2>[^,?]+?)\s+ta\s+(?:traha|trabou)\s+(?:pa|na|den|for|in)\s+(?:ki|kua|cua)\s+(?P<employer2>\w+)$",
                re.I,
            ),
            _papiamentu_employer,
        ),
        # "Kua ta e puesto di Wang Yi?": what is Wang Yi's title
        (
            re.compile(
                r"^(?:kua|cua|kiko|kico)\s+ta\s+(?:the\s+)?(?:puesto|funshon|funcion|posishon|posicion|cargo|trabou)\s+"
                r"(?:di|of)\s+(?P<who>[^,?]+)$"
                r"|^(?:ki|kua|cua)\s+(?:puesto|funshon|funcion|cargo)\s+(?P<who2>[^,?]+?)\s+(?:tin|ta\s+okupa|ta\s+ocupa)$",
                re.I,
            ),
            lambda match: f"what is {match.group('who') or match.group('who2')}'s title",
        ),
        # "Ken ta Wang Yi?", "Wang Yi ta ken?": who is Wang Yi
        (
            re.compile(rf"^{who_asked}\s+ta\s+(?P<who>[^,?]+)$|^(?P<who2>[^,?]+?)\s+ta\s+{who_asked}$", re.I),
            lambda match: f"who is {match.group('who') or match.group('who2')}",
        ),
        # "Pakiko Blinken a bai Beijing?": why did Blinken go to Beijing
        (
            re.compile(
                rf"^(?:pakiko|pakico|pa\s+kiko|pa\s+kico|dikon|pakon)\s+(?P<who>{name})\s+a\s+(?:bai|biaha|bishita|bisita|yega)\s+"
                r"(?:in\s+|to\s+|na\s+)?(?P<place>[^,?]+)$",
                re.I,
            ),
            r"why did \g<who> go to \g<place>",
        ),
        # "Kiko a pasa at the meeting?": what happened at the meeting
        (re.compile(rf"^{what}\s+a\s+(?:pasa|sosode|socede)(?P<rest>.*)$", re.I), r"what happened\g<rest>"),
        # "Rusia a wordu menshoná?", "Nan a menshoná Rusia?", "The article ta menshoná …?": was Russia mentioned
        (
            re.compile(
                r"^(?P<what>[^,?]+?)\s+a\s+(?:wordu|ser)\s+(?:menshona|menciona|nombra|bisa)(?:\s+in\s+the\s+article)?$"
                r"|^(?:nan|the\s+article|this\s+article)\s+(?:a|ta)\s+(?:menshona|menciona|nombra|papia\s+about)\s+"
                r"(?P<thing>[^,?]+?)(?:\s+in\s+the\s+article)?$"
                r"|^(?:tin|tabatin|a\s+tin)\s+(?:un\s+)?(?:menshon|mencion)\s+(?:di|of)\s+(?P<of>[^,?]+?)(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            lambda match: f"was {match.group('what') or match.group('thing') or match.group('of')} mentioned",
        ),
        # "Xi a bisa algu tokante Taiwan?": did Xi say anything about Taiwan; "Xi a bisa ku …?": did Xi say that …
        (
            re.compile(rf"^(?P<who>{doer})\s+a\s+(?:bisa|papia)\s+(?:anything\s+)?(?P<about>about\s+[^,?]+)$", re.I),
            r"did \g<who> say anything \g<about>",
        ),
        (
            re.compile(
                rf"^(?P<who>{doer})\s+a\s+bisa\s*,?\s+(?:anything\s+(?:di|of)\s+)?(?:ku|cu|that)\s+(?P<said>.+)$", re.I
            ),
            lambda match: f"did {match.group('who')} say that {_papiamentu_clause(match.group('said'))}",
        ),
        (
            re.compile(rf"^(?P<who>{doer})\s+a\s+{met}\s+(?:(?:ku|cu|with)\s+)?(?P<whom>{name})$", re.I),
            r"did \g<who> meet \g<whom>",
        ),
        *_word_for_word(
            {
                "(?:ku|cu)(?=\\s+(?-i:[a-z]))": "that",
                "pero": "but",
                "tambe": "also",
                "kiko|kico": "what",
                "ken|quen": "who",
                "unda": "where",
                "kuantu|cuanto": "how many",
                "pakiko|pakico": "why",
            }
        ),
        _the_the(),
        *_in_english_at_last(),
    )


# Papiamentu's own shapes ("kiko … a bisa", "ken a bisa", "ki ora", "ki dia", "unda", "kuantu … a dura", "tokante", "a
# topa", "a wordu"), none of them Spanish's ("qué dijo", "quién", "cuándo", "dónde", "cuánto duró") or Portuguese's
_PAPIAMENTU_WORDS = _lazy_pattern(
    r"^\W*(?:(?:i|anto)\s+)?(?:kiko|kico|ki\s+kos)\s|^\W*(?:(?:ku|cu)\s+)?(?:ken|quen)\s+(?:a|ta|tabata)\s"
    r"|\b(?:ken|quen)\s+(?:ta|a)\s+(?-i:[A-Z])|\b(?:ki\s+(?:ora|dia|tempu))\b|^\W*(?:na\s+)?unda\s|\bkuantu\s"
    r"|\bcuanto\s(?:[^?]*\s)?(?:a|ta)\s+(?:dura|costa|kosta|propon[eé]|menciona|menshon[aá])\b"
    r"|\b(?:tokante|tocante)\b|\ba\s+(?:topa|reuni|bisa|dura|menshon[aá]|wordu|propon[eé]|skirbi|bai)\b|\bta\s+kosta\b"
    r"|\b(?:pakiko|pakico)\b|\b(?:kombersashon|combersacion)\w*|\bmester\s+ta\b|\btuma\s+lug[aá]\b"
    r"|^\W*(?:riba|ariba)\s+(?:kua|cua|ki)\s|\btin\s+diferensia\b|\bta\s+(?:traha|trabou)\b|\b(?:ki|kua|cua)\s+(?:organisashon|organisacion|puesto|funshon|funcion|cargo)\b"
    r"|\b(?:puesto|funshon|funcion)\s+di\b"
    r"|^\W*(?:anto|i\s+anto)\s+(?-i:[A-Z])",
    re.I,
)


# How readers ask in Bislama: "Wanem nao Blinken i talem long saed blong Taiwan?" (what is it Blinken said on the side
# of Taiwan: what did Blinken say about Taiwan), "Hu nao i talem se …?" (who said that …), "Wanem taem Xi mo Blinken i
# mit?" (when did Xi and Blinken meet), "Wea nao miting i stap?" (where was the meeting), "Hamas aoa toktok i tekem?"
# (how many hours did the talks take), "Hu nao Wang Yi?" (who is Wang Yi). Its question word opens the question, "nao"
# after it putting it in focus, or stands where the answer would ("Blinken i talem wanem?", "… i tekem hamas aoa?");
# "i" (or "oli" for many) stands before a verb after its doer ("Blinken i talem": Blinken said), "bin" before the verb
# marks it done; "-em" or "-im" on a verb gives it an object ("talem", say; "mitim", meet; "raetem", write), "se" is
# "that", "mo" "and", "wetem" "with", "long" "in", "at" or "to" ("talem long Blinken": said to Blinken), "blong" "of"
# ("Minista blong Foren Afea blong Jaena": China's foreign minister), "long saed blong" (on the side of) or "abaot"
# "about", "ia" after a noun "this" or "the"; a yes-or-no question is the statement asked ("Xi i talem se …?": did Xi
# say that …). Its "hu" and "wea" are words of English's and of Hawai'i Pidgin's near enough, its "hamas" a name: the
# book is read only when a shape of Bislama's own is there ("wanem nao", "i talem", "hu nao", "wanem taem", "wea
# nao", "hamas … i tekem", "long saed blong", "mitim").
_BISLAMA_NAMES = {
    "(?-i:Yunaeted\\s+Stet(?:s)?(?:\\s+blong\\s+Amerika)?|Yuesei|Yu\\s+Es\\s+Ei)": "the US",
    "(?-i:Amerika|Merika)": "America", "(?-i:Jaena|Saena|Jaina|Saina)": "China", "(?-i:Rasia|Rusia)": "Russia",
    "(?-i:Taewan|Taiwan)": "Taiwan", "(?-i:Bejing|Pejing|Beijing)": "Beijing", "(?-i:Jepan|Japan)": "Japan",
    "(?-i:Kalifonia)": "California",
}  # fmt: skip
# Its titles and nouns, with the words around them, put into English before its shapes are read
_BISLAMA_THINGS = {
    "folem\\s+(?:stori|nius|atikol)(?:\\s+(?:ia|ya))?": "according to the article",
    "(?:insaed\\s+)?long\\s+(?:stori|nius|atikol)\\s+(?:ia|ya)": "in this article",
    "(?:insaed\\s+)?long\\s+(?:stori|nius|atikol)": "in the article",
    "(?:stori|nius|atikol)\\s+(?:ia|ya)": "this article", "(?:stori|nius|atikol)": "the article",
    "minista\\s+blong\\s+(?:foren|forin|fored|foen)\\s+afea(?:s)?|foren\\s+minista": "foreign minister",
    "sekretari\\s+blong\\s+(?:stet|steit)": "secretary of state", "prae?m\\s+minista": "prime minister",
    "presiden|prisiden|president": "president", "minista": "minister", "lida|jif": "leader",
    "(?<!the\\s)top\\s+(?=diplomat|lida|ofisol)": "the top ",
    "spoksman|spokman|man\\s+blong\\s+toktok": "spokesperson", "ofisol|ofisa": "official",
    "jenalis|ripota|man\\s+blong\\s+raetem\\s+nius": "journalist", "man\\s+blong\\s+raetem\\s+stori|raeta": "author",
    # the meeting and the talks, with the words before them that say when ("afta long miting": after the meeting)
    "afta\\s+(?:long\\s+)?(?:ol\\s+)?miting(?:\\s+(?:ia|ya))?": "after the meeting",
    "bifo\\s+(?:long\\s+)?(?:ol\\s+)?miting(?:\\s+(?:ia|ya))?": "before the meeting",
    "(?:long\\s+)?taem\\s+(?:blong\\s+)?miting(?:\\s+(?:ia|ya))?(?:\\s+i\\s+stap\\s+go)?": "during the meeting",
    "long\\s+(?:ol\\s+)?miting(?:\\s+(?:ia|ya))?": "at the meeting",
    "afta\\s+(?:long\\s+)?(?:ol\\s+)?(?:toktok|storian)(?:\\s+(?:ia|ya))?": "after the talks",
    "long\\s+(?:ol\\s+)?(?:toktok|storian)(?:\\s+(?:ia|ya))?": "in the talks",
    "bigfala\\s+miting(?:\\s+(?:ia|ya))?|samit(?:\\s+(?:ia|ya))?": "the summit",
    "(?:ol\\s+)?miting(?:\\s+(?:ia|ya))?": "the meeting",
    "(?:ol\\s+)?(?:toktok|tok-tok|storian)(?:\\s+(?:ia|ya))?": "the talks", "visit\\s+(?:ia|ya)": "the visit",
    "raet\\s+blong\\s+(?:ol\\s+)?man|yuman\\s*raets?|hiuman\\s+raets?": "human rights", "bisnis|tred": "trade",
    "(?:ol\\s+)?prinsipol(?:s)?|(?:ol\\s+)?prinsipel(?:s)?": "principles",
    "ol\\s+rilesensip|fasin\\s+fren": "relations",
    "rilesensip": "the relationship", "i\\s+stat\\s+(?:blong|long|we)": "is beginning to", "stabilaes": "stabilise",
    "kam\\s+(?:gud|beta)": "improve", "oli\\s+namba\\s+hamas": "are the what number", "namba\\s+hamas": "what number",
    "bigfala\\s+ekonomi": "biggest economies", "ekonomi": "economies", "long\\s+wol": "in the world",
    ",?\\s*long\\s+tingting\\s+blong\\s+(?:hem|em|olgeta)": "",
    "(?:ol\\s+)?patna(?:s)?": "partners", "(?:ol\\s+)?(?:enemi|raevol)": "rivals",
    "tufala\\s+kantri(?:\\s+(?:ia|ya))?|tu\\s+kantri(?:\\s+(?:ia|ya))?": "the two countries",
    "(?:ol\\s+)?kantri": "countries",
    "(?:h)?aoa": "hours", "minit": "minutes", "praes": "the price",
    "(?:oli|tufala\\s+i|olgeta\\s+oli)\\s+(?:mas|sud)\\s+(?:stap|kam|kamaot|bitim)": "they should be",
    "(?:yumi|yumitu)\\s+(?:i\\s+)?(?:mas|sud)\\s+(?:stap|kam)": "we should be",
    "(?:i\\s+)?(?:mas|sud)\\s+(?:stap|kam)": "should be",
    "long\\s+saed\\s+blong|abaot|long\\s+saed\\s+long": "about", "evri|olgeta\\s+(?=(?-i:[a-z]))": "all",
    "plis": "please", "talem\\s+(?:long\\s+)?mi": "tell me", "givim\\s+(?:long\\s+)?mi": "give me",
    "samting": "anything",
}  # fmt: skip
_BISLAMA_SAID = r"(?:talem|talemaot|tokbaot|toktok|se)"
_BISLAMA_MET = r"(?:mitim|mit|mitim\s+tufala|mit\s+wetem|meet)"
# What was done, asked how many or whether ("putum": put forward, proposed)
_BISLAMA_DONE = {
    "putum": "propose", "putumaot": "propose", "propose": "propose", "givim": "propose", "talemaot": "announce",
    "tokbaot": "mention", "talem": "mention", "raetem": "write", "mekem": "make",
}  # fmt: skip
_BISLAMA_DONE_WORDS = "|".join(_BISLAMA_DONE)
# What a Bislama reader asks someone works for ("oganaesesen": organisation; "gavman": government)
_BISLAMA_EMPLOYERS = {
    "oganaes": "organisation", "oganis": "organisation", "organi": "organisation", "gavman": "government",
    "ministri": "ministry", "kampani": "company", "niuspepa": "newspaper",
}  # fmt: skip
_BISLAMA_ASKED = {
    "wanem taem": "when", "wataem": "when", "wanem dei": "on which day", "long wanem dei": "on which day",
    "wea": "where", "long wea": "where", "wanem ples": "where", "long wanem ples": "where",
}  # fmt: skip
_BISLAMA_ASKING = r"(?:(?:long\s+)?wanem\s+(?:dei|ples)|wanem\s+taem|wataem|(?:long\s+)?wea)"
_BISLAMA_NAME = r"(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?"
_BISLAMA_DOER = (
    rf"(?:{_BISLAMA_NAME}|(?:the|this)\s+[^,?]+?|(?:\w+\s+){{0,3}}?(?:minister|president|leader|state)"
    r"(?:\s+of\s+[^,?]+?)?)"
)


def _bislama_asked(asked: str) -> str:
    """ "wanem taem": when; "wea": where; "wanem dei": on which day."""
    return _BISLAMA_ASKED[" ".join(asked.lower().split())]


def _bislama_said(match: re.Match[str]) -> str:
    """ "what did Blinken say about Taiwan", "… to Xi"; "oli" (they, unnamed): what was said; the article: what does
    it say."""
    who, whom, rest = match.group("who"), match.groupdict().get("whom"), match.groupdict().get("rest") or ""
    if who.lower() in ("oli", "olgeta", "olgeta oli"):
        return f"what was said{rest}"
    if re.fullmatch(r"(?:this|the)\s+article", who, re.I):
        return f"what does {who} say{rest}"
    return f"what did {who} say" + (f" to {whom}" if whom else "") + rest


# Verbs of thinking and saying a clause follows ("Blinken i hop se …": Blinken hoped that …)
_BISLAMA_THINKING = {"talem": "say", "hop": "hope", "hopem": "hope", "ting": "think", "tingbaot": "think",
                     "wantem": "want", "save": "know"}  # fmt: skip
# Words of such a clause, the longest first ("stat long taem we": from the time that, since)
_BISLAMA_CLAUSE = {
    "i\\s+gat": "there has been", "stat\\s+long\\s+taem\\s+we|stat\\s+long\\s+taem|stat\\s+long|stat\\s+taem": "since",
    "bae\\s+oli": "they would", "bae\\s+hem\\s+i": "he would", "bae": "would", "hem\\s+i": "he", "oli": "they",
    "sam": "some", "progres": "progress", "mekem": "make", "mitim": "met", "toktok\\s+wetem": "talked with",
}  # fmt: skip


def _bislama_clause(clause: str) -> str:
    """A clause said to be someone's words, its small words put into English ("hem i mitim": he met)."""
    for words, english in _BISLAMA_CLAUSE.items():
        clause = re.sub(rf"\b(?:{words})\b", english, clause, flags=re.I)
    return clause


def _bislama_asked_inside(match: re.Match[str]) -> str:
    """The question word at the end of a clause someone said, hoped or wanted, put first: "who did Xi say there has
    been some progress since he met", "what did Blinken hope they would make progress on", "how did Xi want China and
    America to be"."""
    verb = _BISLAMA_THINKING[match.group("verb").lower()]
    asked = {"hu": "who", "wanem": "what"}.get(match.group("asked").lower(), "how")
    clause = match.group("clause")
    if verb == "want":  # "wantem se X i mas stap …": want X to be …
        clause = re.sub(r"\s+(?:should\s+be|i\s+mas\s+(?:stap|kam))$", " to be", clause)
    return f"{asked} did {match.group('who')} {verb} {_bislama_clause(clause)}{' on' if match.group('on') else ''}"


def _bislama_employer(match: re.Match[str]) -> str:
    """ "Wang Yi i wok long wanem oganaesesen?": which organisation does Wang Yi work for."""
    word = match.group("employer") or match.group("employer2")
    employer = next((e for stem, e in _BISLAMA_EMPLOYERS.items() if word.lower().startswith(stem)), word)
    return f"which {employer} does {match.group('who') or match.group('who2')} work for"


@cache
def _bislama() -> _Shapes:
    name, doer, said, met = _BISLAMA_NAME, _BISLAMA_DOER, _BISLAMA_SAID, _BISLAMA_MET
    rest = r"(?P<rest>\s+(?:about|in|at|after|before|during)\s+[^,?]+)?"
    verb_mark = r"(?:i|oli|tufala\s+i)\s+(?:bin\s+)?"  # "Blinken i (bin) talem": Blinken said
    return (
        _after_the_question(),
        (re.compile("[’`´‘]"), "'"),
        # "Mo …", "Be …" (and, but) before the question; "Mo Wang Yi?", "Wang Yi tu?": what about Wang Yi
        (re.compile(r"^(?:mo|be|nao|sapos)\s*,?\s+(?=(?:wanem|hu|wea|hamas|from|wataem)\b)", re.I), ""),
        (
            re.compile(rf"^(?:mo|be)\s+(?P<who>{name})$|^(?P<who2>{name})\s+(?:tu|hem\s+tu)$", re.I),
            lambda match: f"what about {match.group('who') or match.group('who2')}",
        ),
        (re.compile(r"\s*,?\s+(?:o\s+no|o\s+nogat|no\s+gat)$", re.I), ""),  # "…, o no?": or not
        *_word_for_word(_BISLAMA_NAMES),
        *_word_for_word(_BISLAMA_THINGS),
        # "Xi mo Blinken": Xi and Blinken; "talem long Blinken": said to Blinken; "long Beijing": in Beijing; "blong
        # China" after a title: of China
        (re.compile(r"(?P<a>\b(?-i:[A-Z])[\w-]*)\s+(?:mo|wetem)\s+(?=(?-i:[A-Z]))"), r"\g<a> and "),
        (
            re.compile(
                rf"\b(?P<said>{said})\s+long\s+(?!(?:Beijing|China|America|Russia|Taiwan|California|Japan|the)\b)"
                r"(?=(?-i:[A-Z]))",
                re.I,
            ),
            r"\g<said> to ",
        ),
        (re.compile(r"\blong\s+(?=(?-i:[A-Z]))", re.I), "in "),
        (re.compile(r"\bblong\s+(?=(?-i:[A-Z])|the\s+US\b)", re.I), "of "),
        (re.compile(r"\b(?P<noun>(?-i:[a-z])[a-z-]{2,})\s+(?:ia|ya)\b(?!\s+(?-i:[A-Z]))"), r"the \g<noun>"),
        _according_to_last(),
        # "Wanem nao oli talem about Taiwan?", "Wanem nao the article i talem about …": what was said (what does the
        # article say) about …; "Wanem nao Blinken i talem about Taiwan?", "Blinken i talem wanem?": what did Blinken
        # say (about, to)
        (
            re.compile(
                rf"^(?:wanem|wanem\s+samting)\s+(?:nao\s+)?(?P<who>oli|olgeta(?:\s+oli)?)\s+(?:bin\s+)?{said}{rest}$",
                re.I,
            ),
            _bislama_said,
        ),
        (
            re.compile(
                rf"^(?:wanem|wanem\s+samting)\s+(?:nao\s+)?(?P<who>[^,?]+?)\s+{verb_mark}{said}(?:\s+to\s+(?P<whom>{name}))?"
                rf"{rest}$",
                re.I,
            ),
            _bislama_said,
        ),
        (
            re.compile(
                rf"^(?P<who>[^,?]+?)\s+{verb_mark}{said}(?:\s+to\s+(?P<whom>{name}))?\s+wanem(?:\s+samting)?{rest}$",
                re.I,
            ),
            _bislama_said,
        ),
        # "Xi i talem se i gat sam progres stat long taem we hem i mitim hu?" (Xi said there has been progress since he
        # met whom?), "Blinken i hop se bae oli mekem progres long wanem?": who did Xi say …, what did Blinken hope …
        (
            re.compile(
                rf"^(?P<who>{doer})\s+{verb_mark}(?P<verb>{'|'.join(_BISLAMA_THINKING)})\s+se\s+(?P<clause>.+?)\s+"
                r"(?P<on>long\s+)?(?P<asked>hu|wanem|olsem\s+wanem)$",
                re.I,
            ),
            _bislama_asked_inside,
        ),
        # "Hu nao i talem se …?": who said …
        (
            re.compile(
                rf"^hu\s+(?:nao\s+)?(?:we\s+)?i\s+(?:bin\s+)?{said}\s*(?:se|that)?\s*[,:]?\s+(?!about\b)(?P<said>.+)$",
                re.I,
            ),
            r"who said \g<said>",
        ),
        # whom someone met, and who met someone: "Blinken i mitim hu in Beijing?", "Hu nao i mitim Blinken?"
        (
            re.compile(
                rf"^(?P<who>{doer})\s+{verb_mark}{met}\s+hu(?P<where>\s+(?:in|at|after|during)\s+[^,?]+)?$"
                rf"|^hu\s+(?:nao\s+)?(?P<who2>{doer})\s+{verb_mark}{met}(?P<where2>\s+(?:in|at|after|during)\s+[^,?]+)?$",
                re.I,
            ),
            lambda match: (
                f"who did {match.group('who') or match.group('who2')} meet"
                f"{match.group('where') or match.group('where2') or ''}"
            ),
        ),
        (
            re.compile(rf"^hu\s+(?:nao\s+)?i\s+(?:bin\s+)?{met}\s+(?:with\s+)?(?P<whom>[^,?]+)$", re.I),
            r"who met \g<whom>",
        ),
        # "Wanem taem Xi and Blinken i mit?", "Wea nao Xi and Blinken i mitim tufala?": when (where) did … meet
        (
            re.compile(
                rf"^(?P<asked>{_BISLAMA_ASKING})\s+(?:nao\s+)?(?P<who>[^,?]+?)\s+{verb_mark}{met}"
                r"(?:\s+(?:with\s+)?(?P<whom>(?-i:[A-Z])[^,?]*?))?(?P<where>\s+in\s+[^,?]+)?$"
                rf"|^(?P<who2>[^,?]+?)\s+{verb_mark}{met}(?:\s+(?:with\s+)?(?P<whom2>(?-i:[A-Z])[^,?]*?))?\s+"
                rf"(?P<asked2>{_BISLAMA_ASKING})$",
                re.I,
            ),
            lambda match: (
                f"{_bislama_asked(match.group('asked') or match.group('asked2'))} did "
                f"{match.group('who') or match.group('who2')} meet"
                + (
                    f" {match.group('whom') or match.group('whom2')}"
                    if match.group("whom") or match.group("whom2")
                    else ""
                )
                + (match.group("where") or "")
            ),
        ),
        # "Wea nao the meeting i stap?", "The meeting i tekem ples wea?": where (when) did the meeting take place
        (
            re.compile(
                rf"^(?P<asked>{_BISLAMA_ASKING})\s+(?:nao\s+)?(?P<what>the\s+[^,?]+?)\s+i\s+(?:bin\s+)?"
                r"(?:stap|tekem\s+ples|hapen|kamtru|kamaot)$"
                rf"|^(?P<thing>the\s+[^,?]+?)\s+i\s+(?:bin\s+)?(?:stap|tekem\s+ples|hapen)\s+(?P<asked2>{_BISLAMA_ASKING})$"
                rf"|^(?P<asked3>{_BISLAMA_ASKING})\s+(?:nao\s+)?oli\s+(?:bin\s+)?(?:mekem|holem)\s+(?P<held>the\s+[^,?]+)$",
                re.I,
            ),
            lambda match: (
                f"{_bislama_asked(match.group('asked') or match.group('asked2') or match.group('asked3'))} did "
                f"{match.group('what') or match.group('thing') or match.group('held')} take place"
            ),
        ),
        # "Hamas hours the talks i tekem?", "The talks i tekem hamas hours?": how many hours (how long) did the talks
        # last
        (
            re.compile(
                r"^hamas\s+(?P<unit>hours|minutes|taem)\s+(?:nao\s+)?(?P<what>[^,?]+?)\s+i\s+(?:bin\s+)?(?:tekem|stap|go\s+go)$"
                r"|^(?P<thing>[^,?]+?)\s+i\s+(?:bin\s+)?tekem\s+hamas(?:\s+(?P<unit2>hours|minutes|taem))?$"
                r"|^(?P<long>[^,?]+?)\s+i\s+(?:bin\s+)?(?:longfala|long)\s+olsem\s+wanem$",
                re.I,
            ),
            lambda match: (
                ("how many hours" if "hours" in (match.group("unit") or match.group("unit2") or "") else "how long")
                + f" did {_with_the(match.group('what') or match.group('thing') or match.group('long'))} last"
            ),
        ),
        # "Hamas principles nao Xi i putum?", "Xi i putum hamas principles?": how many principles did Xi propose
        (
            re.compile(
                rf"^hamas\s+(?P<thing>\S+)\s+(?:nao\s+)?(?P<who>{doer})\s+{verb_mark}(?P<done>{_BISLAMA_DONE_WORDS})$"
                rf"|^(?P<who2>{doer})\s+{verb_mark}(?P<done2>{_BISLAMA_DONE_WORDS})\s+hamas\s+(?P<thing2>\S+)$",
                re.I,
            ),
            lambda match: (
                f"how many {match.group('thing') or match.group('thing2')} did "
                f"{match.group('who') or match.group('who2')} "
                f"{_BISLAMA_DONE[(match.group('done') or match.group('done2')).lower()]}"
            ),
        ),
        # "Hamas nao Super Saver i kost?", "Super Saver i kostem hamas?": how much does Super Saver cost
        (
            re.compile(
                r"^hamas\s+(?:nao\s+)?(?P<what>[^,?]+?)\s+i\s+(?:kost|kostem)$"
                r"|^(?P<thing>[^,?]+?)\s+i\s+(?:kost|kostem)\s+hamas(?:\s+mane)?$"
                r"|^hamas\s+(?:nao\s+)?the\s+price\s+of\s+(?P<of>[^,?]+)$",
                re.I,
            ),
            lambda match: (
                "how much does "
                + _with_the_own_noun(match.group("what") or match.group("thing") or match.group("of"))
                + " cost"
            ),
        ),
        # "Hu nao i raetem this article?": who wrote this article
        (
            re.compile(r"^hu\s+(?:nao\s+)?i\s+(?:bin\s+)?(?P<done>raetem|putum|givim)\s+(?P<what>[^,?]+)$", re.I),
            lambda match: f"who {_past_tense(_BISLAMA_DONE[match.group('done').lower()])} {match.group('what')}",
        ),
        # "Wang Yi i wok long wanem oganaesesen?": which organisation does Wang Yi work for
        (
            re.compile(
                r"^(?P<who>[^,?]+?)\s+i\s+wok\s+(?:long|blong|of|in|for|wetem)\s+wanem\s+(?P<employer>\w+)$"
                r"|^wanem\s+(?P<employer2>\w+)\s+(?:nao\s+)?(?P<who2>[^,?]+?)\s+i\s+wok\s+(?:long|blong|of|in|for)(?:\s+hem)?$",
                re.I,
            ),
            _bislama_employer,
        ),
        # "Wanem wok of Wang Yi?", "Wang Yi i holem wanem posisen?": what is Wang Yi's title
        (
            re.compile(
                r"^wanem\s+(?:nao\s+)?(?:wok|posisen|jop|taetol)\s+(?:blong|of)\s+(?P<who>[^,?]+)$"
                r"|^(?P<who2>[^,?]+?)\s+i\s+(?:holem|gat)\s+wanem\s+(?:posisen|wok|jop|taetol)$",
                re.I,
            ),
            lambda match: f"what is {match.group('who') or match.group('who2')}'s title",
        ),
        # "Hu nao Wang Yi?", "Wang Yi hem i hu?": who is Wang Yi
        (
            re.compile(
                rf"^hu\s+(?:nao\s+|ia\s+)?(?P<who>{name}|the\s+[^,?]+)$|^(?P<who2>[^,?]+?)\s+(?:hem\s+)?(?:i\s+)?hu$",
                re.I,
            ),
            lambda match: f"who is {match.group('who') or match.group('who2')}",
        ),
        # "From wanem Blinken i go in Beijing?": why did Blinken go to Beijing
        (
            re.compile(
                rf"^(?:from\s+wanem|frowanem|watkaen|wanem\s+nao\s+i\s+mekem\s+se)\s+(?P<who>{name})\s+{verb_mark}"
                r"(?:go|kam|visitim)\s+(?:in\s+|to\s+|long\s+)?(?P<place>[^,?]+)$",
                re.I,
            ),
            r"why did \g<who> go to \g<place>",
        ),
        # "Wanem i hapen at the meeting?": what happened at the meeting
        (re.compile(r"^wanem\s+(?:nao\s+)?i\s+(?:bin\s+)?hapen(?P<rest>.*)$", re.I), r"what happened\g<rest>"),
        # "Oli bin tokbaot Rasia?", "Rasia i kamaot in the article?": was Russia mentioned
        (
            re.compile(
                r"^(?:oli|the\s+article|this\s+article)\s+(?:i\s+)?(?:bin\s+)?(?:tokbaot|talem\s+nem\s+(?:blong|of))\s+"
                r"(?P<what>[^,?]+?)(?:\s+in\s+the\s+article)?$"
                r"|^(?P<thing>[^,?]+?)\s+i\s+(?:bin\s+)?kamaot(?:\s+in\s+the\s+article)?$"
                r"|^(?:i\s+gat|igat)\s+(?:anything\s+)?about\s+(?P<about>[^,?]+?)(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            lambda match: f"was {match.group('what') or match.group('thing') or match.group('about')} mentioned",
        ),
        # "Xi i talem anything about Taiwan?": did Xi say anything about Taiwan; "Xi i talem se …?": did Xi say that …;
        # "Xi i bin mitim Biden?": did Xi meet Biden
        (
            re.compile(
                rf"^(?P<who>{doer})\s+{verb_mark}(?:talem|tokbaot|toktok)\s+(?:anything\s+)?(?P<about>about\s+[^,?]+)$",
                re.I,
            ),
            r"did \g<who> say anything \g<about>",
        ),
        (
            re.compile(rf"^(?P<who>{doer})\s+{verb_mark}talem\s*,?\s+(?:se|that)\s+(?P<said>.+)$", re.I),
            lambda match: (
                f"{'does' if match.group('who').endswith('article') else 'did'} {match.group('who')} say that "
                f"{_bislama_clause(match.group('said'))}"
            ),
        ),
        (
            re.compile(rf"^(?P<who>{doer})\s+{verb_mark}{met}\s+(?:with\s+)?(?P<whom>{name})$", re.I),
            r"did \g<who> meet \g<whom>",
        ),
        *_word_for_word(
            {
                "se": "that",
                "mo": "and",
                "wetem": "with",
                "wanem": "what",
                "hu": "who",
                "wanem\\s+taem": "when",
                "wea": "where",
                "hamas": "how many",
            }
        ),
        _the_the(),
        *_in_english_at_last(),
    )


# Bislama's own shapes ("wanem nao", "i talem", "hu nao", "wanem taem", "wea nao", "hamas … i tekem", "long saed
# blong", "mitim"), none of them Hawai'i Pidgin's ("wea dey wen meet") or Tok Pisin's alone
_BISLAMA_WORDS = _lazy_pattern(
    r"^\W*(?:(?:mo|be)\s+)?wanem\s+(?:nao|taem|dei|ples|samting|wok|i\s+hapen)\b|\b(?:i|oli)\s+(?:bin\s+)?(?:talem|mitim|tokbaot|tekem)\b"
    r"|^\W*hu\s+(?:nao|ia|i)\b|\bhem\s+i\s+hu\b|^\W*wea\s+nao\b|\bhamas\s+(?:aoa|haoa|taem|nao|prinsipol)\b"
    r"|\bi\s+(?:bin\s+)?(?:hop|hopem|wantem|ting|talem)\s+se\b.*\b(?:hu|wanem)\b|\blong\s+saed\s+blong\b|\bmitim\b|\bstorian\b|\bfrom\s+wanem\b|\bi\s+(?:wok|kost|kostem|stap|holem)\b.*\bwanem\b"
    r"|\bi\s+(?:kost|kostem)\s+hamas\b|\bi\s+(?:bin\s+)?kamaot\b|\bwanem\s+(?:oganaes\w*|posisen)\b"
    r"|^\W*mo\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?\W*$|^\W*(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?\s+tu\W*$",
    re.I,
)


# How readers ask in Sranan Tongo, with Dutch and English words: "San Blinken taki fu Taiwan?" (what did Blinken say
# about Taiwan), "Suma taki taki …?" (who said that …: its second "taki" is "that"), "Oten Xi nanga Blinken miti?" (when
# did Xi and Blinken meet), "Pe a konmakandra ben de?" (where was the meeting), "Omeni yuru den takimakandra teki?"
# (how many hours did the talks take), "Suma na Wang Yi?" (who is Wang Yi). Its question word opens the question and
# the doer follows it with no mark; "ben" before a verb marks it done, "e" doing, "o" to be done; "na" is "is", and
# before a place "in", "at" or "to"; "fu" is "of", and after a verb of saying "about", as "abra" is; "gi" is "to"
# ("taki gi Blinken": said to Blinken), "nanga" "and" or "with", "a" "the" (plural "den", also "they"), "baka" "after";
# a yes-or-no question is the statement asked ("Xi ben taki taki …?": did Xi say that …). Its "san" is Taglish's "saan"
# (where) typed short, its "taki" te reo Māori's: the book is read only when a shape of Sranan's own is there ("san …
# taki", "suma taki", "oten", "omeni", "ben taki", "konmakandra", "takimakandra", "san ede", "sortu").
_SRANAN_NAMES = {
    "(?-i:Amerkankondre|Merki|Amerika|Merka)": "America", "(?-i:Sina|Sinakondre|China)": "China",
    "(?-i:Rusland|Rusiakondre|Rusia)": "Russia", "(?-i:Pekin|Peking|Beijing)": "Beijing",
    "(?-i:Verenigde\\s+Staten|Afrenigi\\s+Kondre\\s+fu\\s+Amerka)": "the US",
    "(?-i:Kalifornia|Californie)": "California",
}  # fmt: skip
# Its titles and nouns, with the words around them, put into English before its shapes are read
_SRANAN_THINGS = {
    "na\\s+ini\\s+a\\s+(?:artikel|papiera|nyunsu)|soleki\\s+a\\s+(?:artikel|papiera|nyunsu)\\s+e\\s+taki":
        "in the article",
    "(?:a\\s+)?(?:artikel|papiera|nyunsu)\\s+disi": "this article",
    "(?:a\\s+)?(?:artikel|papiera|nyunsu)": "the article",
    "minister\\s+(?:fu|van)\\s+(?:buitenlandse\\s+zaken|dorosei\\s+afersi|buitenland)|buitenlandse\\s+minister"
    "|minister\\s+fu\\s+dorosei": "foreign minister",
    "(?:amerikaanse\\s+)?minister\\s+(?:fu|van)\\s+(?:staat|stat)|secretary\\s+of\\s+state": "secretary of state",
    "presidenti|president": "president", "fesiman|edeman|leider": "leader", "minister": "minister",
    "woordvoerder|taki-man": "spokesperson", "skrifiman|skrifi-man|schrijver|auteur": "author",
    # the meeting and the talks, with the words before them that say when ("baka a konmakandra": after the meeting)
    "baka\\s+(?:a\\s+)?(?:konmakandra|komakandra|vergadering|ontmoeting|meeting)": "after the meeting",
    "fosi\\s+(?:a\\s+)?(?:konmakandra|komakandra|vergadering|ontmoeting|meeting)": "before the meeting",
    "(?:na\\s+)?ini\\s+(?:a\\s+)?(?:konmakandra|komakandra|vergadering|ontmoeting|meeting)": "during the meeting",
    "baka\\s+(?:den\\s+)?(?:takimakandra|gesprekken)": "after the talks",
    "na\\s+(?:a\\s+)?(?:konmakandra|komakandra|vergadering|ontmoeting|meeting)": "at the meeting",
    "(?:a\\s+)?(?:konmakandra|komakandra|vergadering|ontmoeting|meeting)": "the meeting",
    "(?:den\\s+|a\\s+)?(?:takimakandra|gesprekken|besprekingen)": "the talks",
    "(?:den\\s+)?reti\\s+fu\\s+libisma|libisma\\s*reti|mensenrechten": "human rights", "bisnis|handel": "trade",
    "(?:den\\s+)?(?:prensipi|prinsipi|principes|principles)": "principles",
    "(?:a\\s+)?matifasi|relatie": "the relationship",
    "(?:den\\s+)?partner(?:man|s)?": "partners", "(?:den\\s+)?(?:feanti|rivalen)": "rivals",
    "den\\s+(?:musu|sa\\s+musu|ben\\s+musu)\\s+de": "they should be", "(?:musu|sa\\s+musu)\\s+de": "should be",
    "den\\s+tu\\s+kondre": "the two countries", "kondre": "countries", "yuru|uur": "hours", "minuti": "minutes",
    "wan\\s+sani|wansani|iets": "anything", "(?:a\\s+)?(?:posisi|funtie|functie|wrokoposisi)": "title",
    "(?:a\\s+)?(?:organisatie|organisasi|wrokope)": "organisation", "gi\\s+mi": "give me",
    "taki\\s+gi\\s+mi": "tell me",
    "(?:den\\s+)?(?:sitaat|citaten|quotes)": "quotes", "(?:tangi|alstublieft|a\\s+u\\s+b)": "please",
}  # fmt: skip
_SRANAN_SAID = r"(?:taki|taigi|ben\s+taki|ben\s+taigi|e\s+taki|seni\s+taki)"
_SRANAN_MET = r"(?:(?:ben\s+)?miti|(?:ben\s+)?ontmoet)"
# What was done, asked how many or whether ("poti na fesi": put forward, proposed)
_SRANAN_DONE = {"poti na fesi": "propose", "poti": "propose", "gi": "propose", "kari": "mention", "skrifi": "write"}
_SRANAN_NAME = r"(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?"
_SRANAN_DOER = rf"(?:{_SRANAN_NAME}|(?:the|this)\s+[^,?]+?|a\s+[^,?]+?)"
_SRANAN_ABOUT = r"(?:fu|abra|about|over)"
_SRANAN_ARTICLE = re.compile(r"^a\s+", re.I)  # "a president": the president


def _sranan_said(match: re.Match[str]) -> str:
    """ "what did Blinken say (about Taiwan, to Xi, after the meeting)"; "den" (they, unnamed): what was said."""
    groups = match.groupdict()
    who, whom, topic = groups["who"], groups.get("whom"), groups.get("topic")
    rest = f" about {topic}" if topic else groups.get("rest") or ""
    if who.lower() in ("den", "sma", "den sma"):
        return f"what was said{rest}"
    if re.fullmatch(r"(?:this|the)\s+article", who, re.I):
        return f"what does {who} say{rest}"
    return f"what did {_with_the_named(_SRANAN_ARTICLE.sub('', who))} say" + (f" to {whom}" if whom else "") + rest


def _sranan_met(match: re.Match[str]) -> str:
    """ "when (where) did Xi and Blinken meet", "… did Blinken meet Xi"."""
    asked = {"oten": "when", "pe": "where", "sortu dei": "on which day"}[" ".join(match.group("asked").lower().split())]
    whom = match.group("whom")
    return f"{asked} did {match.group('who')} meet" + (f" {whom}" if whom else "") + (match.group("where") or "")


@cache
def _sranan() -> _Shapes:
    name, doer, said, met, about = _SRANAN_NAME, _SRANAN_DOER, _SRANAN_SAID, _SRANAN_MET, _SRANAN_ABOUT
    return (
        _after_the_question(),
        (re.compile("[’`´‘]"), "'"),
        # "Ma …", "Dan …" (but, then) before the question; "Ma Wang Yi?": what about Wang Yi
        (re.compile(r"^(?:ma|dan|en)\s*,?\s+(?=(?:san|suma|oten|pe|omeni|fu\s+san|sortu)\b)", re.I), ""),
        (re.compile(rf"^(?:ma\s+)?san\s+fu\s+(?P<who>{name})$", re.I), r"what about \g<who>"),
        (re.compile(r"\s+(?:tu|ook)$", re.I), ""),  # "… fu Taiwan tu?": about Taiwan too
        *_word_for_word(_SRANAN_NAMES),
        *_word_for_word(_SRANAN_THINGS),
        # "Xi nanga Blinken": Xi and Blinken; "a president fu China": the president of China; "na Beijing": in Beijing
        (re.compile(r"(?P<a>\b(?-i:[A-Z])[\w-]*)\s+nanga\s+(?=(?-i:[A-Z]))"), r"\g<a> and "),
        (
            re.compile(rf"\b(?:a\s+)?(?P<title>{_OFFICE})\s+(?:fu|van)\s+(?=(?-i:[A-Z])|the\s+US\b)", re.I),
            r"the \g<title> of ",
        ),
        # "the meeting fu Xi and Blinken": the meeting between Xi and Blinken
        (
            re.compile(r"\b(?P<thing>the\s+(?:meeting|talks))\s+(?:fu|of)\s+(?=[^,?]+?\s+and\s+)", re.I),
            r"\g<thing> between ",
        ),
        # the doer named before the question or after it, "a" (he, she) or "den" (they) in its place: "Dan a US
        # secretary of state, san a ben taki?", "Oten den ben miti, Xi and Blinken?"
        (
            re.compile(
                r"^(?:(?:ma|dan|en)\s+)?(?P<who>(?!(?:san|suma|oten|pe|omeni)\b)[^,?]+?),\s+(?P<asked>san|oten|pe)\s+"
                r"(?:a|en|den)\s+(?P<rest>[^,?]+)$"
                r"|^(?P<asked2>san|oten|pe)\s+(?:a|den)\s+(?P<rest2>[^,?]+?),\s+(?P<who2>[^,?]+)$",
                re.I,
            ),
            lambda match: (
                f"{match.group('asked') or match.group('asked2')} {match.group('who') or match.group('who2')} "
                f"{match.group('rest') or match.group('rest2')}"
            ),
        ),
        (re.compile(r"^(?P<head>suma\s+na)\s+", re.I), r"\g<head> "),
        (re.compile(r"(?<!^suma)(?<!^Suma)(?<!^SUMA)\s+na\s+(?=(?-i:[A-Z]))"), " in "),
        _according_to_last(),
        # "San den taki fu Taiwan?": what was said about Taiwan; "San Blinken taki fu Taiwan?", "San Wang Yi taigi
        # Blinken?": what did Blinken say (about Taiwan, to Blinken)
        (
            re.compile(
                rf"^san\s+(?:sani\s+)?(?P<who>{doer}|den|sma)\s+{said}(?:\s+(?:gi\s+|to\s+)?(?P<whom>{name}))?"
                rf"(?:\s+{about}\s+(?P<topic>[^,?]+)|(?P<rest>\s+(?:after|before|during|in|at)\s+[^,?]+))?$",
                re.I,
            ),
            _sranan_said,
        ),
        # "Suma taki taki …?", "Suma ben taki dati …?": who said …
        (
            re.compile(rf"^suma\s+(?:di\s+)?{said}\s*,?\s+(?:(?:taki|dati|that)\s+)?(?!about\b)(?P<said>.+)$", re.I),
            r"who said \g<said>",
        ),
        # "Oten Xi and Blinken miti?", "Pe Blinken ben miti Xi?": when (where) did … meet
        (
            re.compile(
                rf"^(?P<asked>oten|pe|sortu\s+dei)\s+(?P<who>[^,?]+?)\s+{met}(?:\s+(?:nanga\s+|with\s+)?(?P<whom>{name}))?"
                r"(?P<where>\s+in\s+[^,?]+)?$",
                re.I,
            ),
            _sranan_met,
        ),
        # "Pe the meeting ben de?", "Oten the meeting ben hori?": where (when) did the meeting take place
        (
            re.compile(
                r"^(?P<asked>oten|pe)\s+(?P<what>the\s+[^,?]+?)\s+(?:ben\s+|e\s+)?(?:de|hori|pasa|feni\s+presi|du)$",
                re.I,
            ),
            lambda match: (
                f"{'when' if match.group('asked').lower() == 'oten' else 'where'} did {match.group('what')} take place"
            ),
        ),
        # "Omeni hours the talks teki?", "Fa langa the talks ben duru?": how many hours (how long) did the talks last
        (
            re.compile(
                r"^(?P<asked>omeni\s+hours|omeni\s+ten|fa\s+langa|hu\s+langa)\s+(?P<what>[^,?]+?)\s+(?:ben\s+)?(?:teki|duru|hori)"
                r"(?:\s+(?:langa|ten))?$",
                re.I,
            ),
            lambda match: (
                ("how many hours" if "hours" in match.group("asked").lower() else "how long")
                + f" did {_with_the(match.group('what'))} last"
            ),
        ),
        # "Omeni principles Xi ben poti na fesi?": how many principles did Xi propose
        (
            re.compile(
                rf"^omeni\s+(?P<thing>\S+)\s+(?P<who>{doer})\s+(?:ben\s+)?(?P<done>{'|'.join(_SRANAN_DONE)})$", re.I
            ),
            lambda match: (
                f"how many {match.group('thing')} did {match.group('who')} "
                + _SRANAN_DONE[" ".join(match.group("done").lower().split())]
            ),
        ),
        # "Omeni Super Saver e kostu?", "Omeni moni a Super Saver e kostu?": how much does Super Saver cost
        (
            re.compile(r"^omeni\s+(?:moni\s+)?(?P<what>[^,?]+?)\s+(?:e\s+)?(?:kostu|kost|kos|kosti)$", re.I),
            lambda match: f"how much does {_with_the_own_noun(_SRANAN_ARTICLE.sub('', match.group('what')))} cost",
        ),
        # "Suma na Wang Yi?": who is Wang Yi
        (re.compile(rf"^suma\s+na\s+(?P<who>{name}|the\s+[^,?]+)$", re.I), r"who is \g<who>"),
        # "Gi sortu organisation Wang Yi e wroko?", "Wang Yi e wroko gi sortu organisation?": which organisation
        (
            re.compile(
                r"^(?:gi|fu|na)\s+sortu\s+(?P<employer>\w+)\s+(?P<who>[^,?]+?)\s+(?:e\s+)?wroko$"
                r"|^(?P<who2>[^,?]+?)\s+(?:e\s+)?wroko\s+(?:gi|fu|na)\s+sortu\s+(?P<employer2>\w+)$",
                re.I,
            ),
            lambda match: (
                f"which {match.group('employer') or match.group('employer2')} does "
                f"{match.group('who') or match.group('who2')} work for"
            ),
        ),
        # "San na the title fu Wang Yi?", "Sortu title Wang Yi abi?": what is Wang Yi's title
        (
            re.compile(
                r"^san\s+na\s+(?:the\s+)?title\s+(?:fu|of)\s+(?P<who>[^,?]+)$|^sortu\s+title\s+(?P<who2>[^,?]+?)\s+abi$",
                re.I,
            ),
            lambda match: f"what is {match.group('who') or match.group('who2')}'s title",
        ),
        # "Suma Blinken miti in Beijing?": who did Blinken meet in Beijing; "Suma miti Blinken?": who met Blinken
        (
            re.compile(rf"^suma\s+(?P<who>{doer})\s+{met}(?P<where>\s+(?:in|at|after|during)\s+[^,?]+)?$", re.I),
            r"who did \g<who> meet\g<where>",
        ),
        (re.compile(rf"^suma\s+{met}\s+(?:nanga\s+|with\s+)?(?P<whom>[^,?]+)$", re.I), r"who met \g<whom>"),
        # "Fu san ede Blinken go in Beijing?": why did Blinken go to Beijing
        (
            re.compile(
                rf"^(?:fu\s+)?san\s*ede\s+(?P<who>{name})\s+(?:ben\s+)?(?:go|kon|waka)\s+(?:in\s+|to\s+|na\s+)?(?P<place>[^,?]+)$",
                re.I,
            ),
            r"why did \g<who> go to \g<place>",
        ),
        # "Suma skrifi the article?": who wrote the article
        (re.compile(r"^suma\s+(?:ben\s+)?skrifi\s+(?P<what>[^,?]+)$", re.I), r"who wrote \g<what>"),
        # "San pasa at the meeting?": what happened at the meeting
        (re.compile(r"^san\s+(?:ben\s+)?pasa(?P<rest>.*)$", re.I), r"what happened\g<rest>"),
        # "Den ben kari Rusland nen?", "Den taki fu Rusland?", "Rusland ben kon na fesi?": was Russia mentioned
        (
            re.compile(
                r"^(?:den|sma|the\s+article)\s+(?:ben\s+)?(?:kari|kari\s+nen\s+fu|taki\s+(?:fu|abra|about))\s+"
                r"(?P<what>[^,?]+?)(?:\s+nen)?(?:\s+in\s+the\s+article)?$"
                r"|^(?P<thing>[^,?]+?)\s+(?:ben\s+)?kon\s+(?:na|in)\s+fesi(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            lambda match: f"was {match.group('what') or match.group('thing')} mentioned",
        ),
        # "Xi ben taki anything fu Taiwan?": did Xi say anything about Taiwan; "Xi ben taki taki …?": did Xi say that
        # …; "Xi ben miti Biden?": did Xi meet Biden
        (
            re.compile(rf"^(?P<who>{doer})\s+{said}\s+anything\s+{about}\s+(?P<topic>[^,?]+)$", re.I),
            r"did \g<who> say anything about \g<topic>",
        ),
        (
            re.compile(rf"^(?P<who>{doer})\s+{said}\s*,?\s+(?:taki|dati|that)\s+(?P<said>.+)$", re.I),
            lambda match: (
                f"{'does' if match.group('who').endswith('article') else 'did'} {match.group('who')} say that "
                f"{match.group('said')}"
            ),
        ),
        (
            re.compile(rf"^(?P<who>{name})\s+{met}\s+(?:nanga\s+|with\s+)?(?P<whom>{name})$", re.I),
            r"did \g<who> meet \g<whom>",
        ),
        *_word_for_word(
            {
                "nanga": "and",
                "fu": "of",
                "abra": "about",
                "san": "what",
                "suma": "who",
                "oten": "when",
                "omeni": "how many",
                "sortu": "which",
            }
        ),
        _the_the(),
        *_in_english_at_last(),
    )


# Sranan's own shapes ("san … taki", "suma taki", "oten", "omeni", "ben taki", "konmakandra", "takimakandra", "san
# ede", "sortu", "san fu …"), none of them Taglish's ("san ginanap": where was it held) or te reo Māori's ("taki")
_SRANAN_WORDS = _lazy_pattern(
    r"^\W*(?:(?:ma|dan)\s+)?san\s+(?:\S+\s+){0,8}?(?:ben\s+|e\s+)?(?:taki|taigi|pasa)\b|^\W*san\s+na\s"
    r"|^\W*suma\s+(?:ben\s+)?(?:taki|taigi|na|skrifi|miti)\b"
    r"|^\W*suma\s+(?:\S+\s+){1,4}?(?:ben\s+)?miti\b|^\W*oten\s|^\W*omeni\s|\bsan\s*ede\b|\bkonmakandra\b|\btakimakandra\b"
    r"|\bben\s+(?:taki|taigi|miti|skrifi|kari)\b|\bsortu\s+(?:organisatie|organisasi|dei|posisi)\b|\bwroko\s+gi\b"
    r"|^\W*pe\s+(?:\S+\s+){1,8}?(?:ben\s+)?(?:miti|de|hori)\s*(?:[?!.]|$)|\bkon\s+na\s+fesi\b|\bkari\s+(?:\S+\s+){1,3}?nen\b"
    r"|^\W*(?:ma\s+)?san\s+fu\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?\W*$",
    re.I,
)

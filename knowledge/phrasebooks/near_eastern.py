"""Phrasebooks of the eastern Mediterranean and the Near East: romanised Persian, Greek and Hebrew, and Kurmanji
Kurdish."""

from __future__ import annotations

import re
from functools import cache

from knowledge.phrasebooks.shapes import (
    _OFFICE,
    _according_to_last,
    _after_the_question,
    _country_before_title,
    _in_english_at_last,
    _lazy_pattern,
    _plain_letters,
    _Shapes,
    _the_the,
    _with_the,
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


@cache
def _persian() -> _Shapes:
    return (
        *_word_for_word(_PERSIAN_ENGLISH),
        (re.compile(r"^and\s+", re.I), ""),
        (
            re.compile(
                r"^(?P<who>[^?]+?)\s+(?:dar\s+mored(?:-e)?|darbare(?:ye|h)?)\s+(?P<topic>[^?]+?)\s+chi\s+(?:goft|gofte|gof)\b",
                re.I,
            ),
            r"what did \g<who> say about \g<topic>",
        ),
        (re.compile(r"^ki\s+(?:be\s+\S+\s+)?(?:goft|gofte)\s+(?:ke\s+)?", re.I), "who said "),
        (
            re.compile(
                r"^(?P<who>[^?]+?)\s+(?:(?:too|tu|the|maghale|daghighan|daghighan)\s+)*chi\s+(?:goft|gofte|gof)\b", re.I
            ),
            r"what did \g<who> say",
        ),
        (re.compile(r"^(?P<who>[^?]+?)\s+ba\s+ki\s+molaghat\s+kard\w*", re.I), r"who did \g<who> meet"),
        (re.compile(r"^(?P<who>[^?]+?)\s+koja\s+(?:ba\s+ham\s+)?molaghat\s+kard\w*", re.I), r"where did \g<who> meet"),
        (re.compile(r"^molaghat(?:-e)?\s+(?P<who>[^?]+?)\s+che\s+roozi\s+bood\b", re.I), r"what day did \g<who> meet"),
        (re.compile(r"\bmolaghat\b", re.I), "meeting"),
    )


_PERSIAN_WORDS = _lazy_pattern(r"\b(?:goft|gofte|molaghat|darbare|darbareye|koja|chi\s+bood)\b", re.I)
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

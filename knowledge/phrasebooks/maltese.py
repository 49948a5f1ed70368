"""Maltese phrasebook: Maltese, a Semitic language written in Latin letters, with or without its own."""

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
    _what_said,
    _with_the,
    _word_for_word,
)

# How readers ask in Maltese, with English words and often without its letters (ħ, għ, ċ, ġ, ż typed h, gh, c, g, z):
# "Xi x'qal dwar Tajwan?" (what did Xi say about Taiwan), "Ma' min iltaqa' Blinken f'Beijing?" (whom did Blinken meet
# in Beijing), "Kemm dam il-laqgha?" (how long did the meeting last), "Min qal li ghandna nkunu msiehba?" (who said we
# should be partners). Maltese opens on its question word as English does ("x'": what, "min": who, "meta": when,
# "fejn": where, "kemm": how much), its verb before or after the one who did it; its article ("il-", "l-", "iċ-", "it-")
# and its small words with the article in them ("tal-": of the, "fil-": in the, "mal-": with the) are put into English
# first, then its words for saying, meeting and lasting are read in the shapes of its questions. Its "u" (and) is
# texting's "you", and "Xi", China's president, is its "some": the book is read before texting's shorthand is spelled
# out, only when a word of Maltese's own is there ("x'qal", "dwar", "iltaqa'", "kemm", "fejn"), and its "xi" (some) only
# in lower case.
_MALTESE_MARKED = (("h", "ħ"), ("g", "ġ"), ("c", "ċ"), ("z", "ż"), ("a", "àá"), ("e", "èé"), ("i", "ìí"), ("o", "òó"),
                   ("u", "ùú"))  # fmt: skip
# Its apostrophes: "x'qal" (what said), "f'Beijing" (in Beijing), "b'hekk" (so); "ma'" (with) and "iltaqa'" (met)
# keep theirs
_MALTESE_ELIDED = {"x": "x'", "f": "in", "b": "with", "m": "", "t": "of", "s": "until", "l": "the"}
_MALTESE_NAMES = {
    "(?:(?-i:i?[cċ])-)?(?-i:[CĊ]ina|CINA)": "China", "(?:(?-i:i?r)-)?(?-i:Russja|Russia)": "Russia",
    "(?:(?-i:i?t)-)?(?:Tajwan|Tajwàn|(?-i:Taiwan))": "Taiwan", "(?:(?-i:l)-)?(?-i:Ukrajna|Ukraina)": "Ukraine",
    "(?:(?-i:il)-)?(?-i:Bahar|Baħar)\\s+(?:(?-i:tan)-)?(?-i:Nofsinhar)\\s+(?:(?-i:ta[cċ])-)?(?-i:[CĊ]ina)"
    "|(?:(?-i:il)-)?(?-i:Bahar|Baħar)\\s+(?:(?-i:ta[cċ])-)?(?-i:[CĊ]ina)\\s+(?:(?-i:tan)-)?(?-i:Nofsinhar)":
        "the South China Sea",
    "(?:(?-i:l)-)?(?-i:Istati\\s+Uniti)(?:\\s+(?:(?-i:tal)-)?(?-i:Amerika))?|(?:(?-i:l)-)?(?-i:Usa|USA)": "the US",
    "(?:(?-i:l)-)?(?-i:Amerika)": "America", "(?-i:Pekin|Pekino)": "Beijing", "(?-i:Kalifornja)": "California",
    "(?:(?-i:il)-)?(?-i:[GĠ]appun)": "Japan", "(?:(?-i:l)-)?(?-i:I[zżs]vizzera|Svizzera)": "Switzerland",
    "(?-i:Washington|Wa[zż]ington)": "Washington", "(?:(?-i:l)-)?(?-i:Ewropa)": "Europe",
    "(?:(?-i:il)-)?(?-i:Palazz\\s+il-Kbir\\s+tal-Poplu)": "the Great Hall of the People",
}  # fmt: skip
# Its titles, nouns and phrases, with their article, put into English before its question shapes are read
_MALTESE_THINGS = {
    "skont\\s+(?:l-)?artiklu|(?:fuq|bi)\\s+(?:l-)?artiklu\\s+ta'\\s+hawn": "according to the article",
    "(?:il-)?ministru\\s+tal-(?:affarijiet\\s+)?barranin": "the foreign minister",
    "(?:is-)?segretarju\\s+tal-istat\\s+(?:amerikan[u]?|tal-amerika|tal-istati\\s+uniti)": "the US secretary of state",
    "(?:is-)?segretarju\\s+tal-istat": "the secretary of state", "(?:il-)?prim\\s+ministru": "the prime minister",
    "(?:il-)?ministru": "the minister", "(?:il-)?president(?:essa)?": "the president",
    "(?:il-)?mexxej|(?:il-)?kap\\s+tal-istat": "the leader", "(?:il-)?kelliem|(?:il-)?spokesperson": "the spokesperson",
    "(?:l-)?uffi[cċ]jal[ai]?": "the official", "(?:il-)?[gġ]urnalist[ai]?": "the journalist",
    "(?:id-)?diplomatiku|(?:id-)?diplomatiċi|(?:id-)?diplomat": "the diplomat", "(?:l-)?awtur": "the author",
    "(?:il-)?mistieden": "the guest", "[cċ]ini[zż][ai]?|[cċ]ini[zż]i": "Chinese", "amerikan[ai]?": "American",
    "russ[ua]": "Russian",
    "(?:fil-)?bidu\\s+tat-ta[hħ]didiet": "at the start of the talks",
    "(?:fil-)?bidu\\s+tal-laqg[hħ]a": "at the start of the meeting",
    "(?:fit-)?tmiem\\s+tat-ta[hħ]didiet|(?:fl-)?a[hħ][hħ]ar\\s+tat-ta[hħ]didiet": "at the end of the talks",
    "(?:il-)?laqg[hħ]a|laqg[hħ]at": "the meeting", "(?:it-)?ta[hħ]di[dt]iet|(?:id-)?diskussjoni(?:jiet)?"
    "|(?:in-)?negozjati": "the talks", "(?:i[zż]-)?[zż]jara": "the visit",
    "(?:dan\\s+l-)?artiklu\\s+(?:dan|hawn)|dan\\s+l-artiklu|(?:din\\s+l-)?istorja\\s+din|din\\s+l-istorja":
        "this article",
    "(?:l-)?artiklu|(?:ir-)?rapport|(?:l-)?istorja|(?:l-)?a[hħ]bar": "the article",
    "(?:id-)?drittijiet\\s+tal-bniedem": "human rights", "(?:il-)?kummer[cċ]": "trade",
    "sieg[hħ]at|sig[hħ]at|sieg[hħ]a|sighat|siegha": "hours", "(?:il-)?prin[cċ]ipj[iu]": "principles",
    "(?:i[zż]-)?[zż]ew[gġ]\\s+pajji[zż]i": "the two countries", "(?:il-)?pajji[zż]i": "the countries",
    "(?:l-)?abbonament\\s+di[gġ]itali": "the digital subscription", "(?:l-)?abbonament": "the subscription",
    "(?:l-)?prezz": "the price", "(?:il-)?pjan(?:ijiet)?": "the plan", "(?:ir-)?rekla?mi|(?:ir-)?riklami": "ads",
    "(?:il-)?gazzett(?:a|i)": "the newspaper", "kuljum|kull\\s+jum": "daily", "kull\\s+xahar": "a month",
    "(?:l-)?imsie[hħ]ba|msie[hħ]ba|s[hħ]ab": "partners", "rivali|avversarji|kompetituri": "rivals",
    "(?:ir-)?relazzjonijiet": "relations", "(?:ir-)?relazzjoni": "the relationship",
    "(?:id-)?differenzi": "differences", "(?:il-)?progress": "progress", "(?:is-)?samit|(?:is-)?summit": "the summit",
    "(?:il-)?kwotazzjonijiet|(?:il-)?kwoti|(?:i[cċ]-)?[cċ]itazzjonijiet": "quotes", "(?:il-)?kliem\\s+e[zż]att":
        "the exact words", "(?:il-)?kliem": "words",
    "(?:il-)?kariga|(?:il-)?po[zż]izzjoni|(?:ir-)?rwol|(?:it-)?titlu": "title",
    "g[hħ]andna\\s+nkunu|jenħtie[gġ]\\s+li\\s+nkunu|irridu\\s+nkunu": "we should be",
    "g[hħ]andhom\\s+ikunu|jridu\\s+jkunu|jen[hħ]tie[gġ]\\s+li\\s+jkunu": "should be",
    "g[hħ]andu\\s+jkun|g[hħ]andha\\s+tkun|g[hħ]andhom\\s+ikunu": "should be",
    "qabel\\s+(?:the\\s+)?meeting": "before the meeting", "qabel": "previously",
    # words of the news, so that the words said match the article's
    "fatturi\\s+negattivi": "negative factors", "fatturi": "factors", "negattiv[ia]?": "negative",
    "po[zż]ittiv[ia]?": "positive", "g[hħ]adhom\\s+qed\\s+ji[zż]diedu|qed\\s+ji[zż]diedu|qeg[hħ]din\\s+ji[zż]diedu":
        "are still increasing", "g[hħ]adhom|g[hħ]adu": "still", "i?stabbilizza\\w*": "stabilise",
    "i[zż]vilupp": "development", "appo[gġ][gġ]": "support", "kooperazzjoni": "cooperation", "rispett": "respect",
    "ekonomij?a|ekonomiji": "economy", "dinja": "world", "problem[ai]": "problem", "sforzi": "efforts",
    "gwerra": "war", "pa[cċ]i": "peace", "sanzjonijiet": "sanctions", "futur": "future", "[cċ]ari": "clear",
    "ottimi[zż]mu": "optimism", "kollha": "all", "ottimist[ai]?": "optimistic", "tama": "hope",
}  # fmt: skip
# Its small words with the article in them, and its prepositions
_MALTESE_SMALL_WORDS = {
    "ta[lcdnrstxz]-": "of the ", "f(?:i[lcdnrstxz]|l)-": "in the ", "ma[lcdnrstxz]-": "with the ",
    "b(?:i[lcdnrstxz]|l)-": "with the ", "mi(?:ll?|[cdnrstxz])-": "from the ", "g[hħ]a(?:ll|[cdnrstxz])-": "for the ",
    "li(?:ll|[cdnrstxz])-": "to the ", "sa[lcdnrstxz]-": "until the ", "(?:i[lcdnrstxz]|l|[cdnrstxz])-": "the ",
}  # fmt: skip
_MALTESE_PREPOSITIONS = {
    "dwar|fuq|rigward": "about", "lil": "to", "fi|fil|fl": "in", "minn|mill": "from", "wara": "after",
    "matul|waqt|fi\\s+[zż]mien": "during", "bejn": "between",
}  # fmt: skip
_MALTESE_SAID = (
    r"(?:qal|qalet|qalu|stqarr|stqarret|stqarrew|iddikjara|iddikjarat|sa[hħ]aq|sa[hħ]qet|qallu|qalilhom|qalitlu"
    r"|ikkummenta|ikkummentat|tkellem|tkellmet)"
)
_MALTESE_MET = r"(?:i?ltaq(?:a['’]?|gh?et|gh?u|aw)|ltaqa['’]?|iltaqa)"
_MALTESE_TOOK_PLACE = r"(?:saret|sar|se[hħ][hħ]et|se[hħ][hħ]|in[zż]ammet|in[zż]amm|kienet|kien|saru)"
_MALTESE_LASTED = r"(?:dam|damet|damu|[hħ]adet|[hħ]adu|[hħ]a|tul|jdum|idum|iddum|idumu|jie[hħ]u|tie[hħ]u)"
_MALTESE_DONE = {
    "i?ppropona|i?pproponra|i?pproponja|i?ppre[zż]enta|ressaq": "propose",
    "semma|issemma": "mention", "iffirma": "sign", "[zż]ar": "visit", "ta[hħ]at": "announce",
}  # fmt: skip
_MALTESE_NUMBERS = {"wie[hħ]ed": "one", "[zż]ew[gġ]|tnejn": "two", "tliet|tlieta": "three",
                    "erba['’]?|erbg[hħ]a": "four", "[hħ]ames|[hħ]amsa": "five"}  # fmt: skip
_MALTESE_WHICH = {
    "jum": "on which day", "belt": "in which city", "bini|binja": "in which building", "xahar": "in which month",
    "sena": "in which year", "summit|samit": "at which summit", "[hħ]in": "at what time",
}  # fmt: skip
_MALTESE_ENGLISH = {
    "(?-i:u)": "and", "jew": "or", "ukoll": "also", "biss": "only", "kollha|kollox": "all", "(?-i:li)": "that",
    "(?-i:xi)\\s+[hħ]a[gġ]a|xejn": "anything", "mhux|(?-i:ma)": "not",
    "jekk\\s+jog[hħ][gġ]bok|jekk\\s+jg[hħ]o[gġ]bok|pls": "please",
    "[hħ]uma|huma": "they", "(?-i:hu|huwa)": "he", "(?-i:hi|hija)": "she", "a[hħ]na": "we", "(?-i:dan|din)": "this",
    "hawn": "here",
    "t?ag[hħ]tini": "give me", "g[hħ]idli|qolli": "tell me", "pajji[zż]": "country",
}  # fmt: skip
# What someone did, asked with "xiex" after a preposition ("fuq xiex saħaq": on what did he insist) or with "x'"
_MALTESE_DID_WHAT = {
    "sa[hħ]aq|sa[hħ]qet|sa[hħ]qu|enfasizza|enfasizzat|enfasizzaw": "stress", "ried|riedet|riedu": "want",
    "iddiskuta|iddiskutiet|iddiskutew|iddiskutew": "discuss", "tkellem|tkellmet|tkellmu": "talk about",
    "ppropona|ippropona|pproponiet|ipproponiet": "propose", "wieg[hħ]ed|wieg[hħ]det|wieg[hħ]du": "promise",
}  # fmt: skip
# A number asked of, "kemm-il …" before its noun in the singular, and the English of the noun
_MALTESE_UNITS = {
    "hours": "hours", "xahar|xhur": "months", "sena|snin": "years", "jum|jiem|[gġ]urnata|[gġ]ranet": "days",
    "[gġ]img[hħ]a|[gġ]img[hħ]at": "weeks",
}  # fmt: skip
# What a thing asked of gives or holds ("kemm-il story jagħtuk": how many stories do they give you)
_MALTESE_GIVES = {
    "jag[hħ]tuk|jag[hħ]tik|jag[hħ]tuna|jag[hħ]tina|tie[hħ]u|ti[gġ]i|ikollok|ikollna": "do you get",
    "fih|fiha|fihom|hemm|jinkludi|jinkludu": "are there",
}  # fmt: skip
_MALTESE_PLACE_OR_TIME = r"(?P<where>\s+(?:in|at|from|after|during|before|between)\s+[^,?]+)?"


def _maltese_plural(thing: str) -> str:
    """ "story": "stories"; "premium story": "premium stories" (Maltese counts a thing in the singular)."""
    if thing.endswith("s"):
        return thing
    return f"{thing[:-1]}ies" if re.search(r"[^aeiou]y$", thing) else f"{thing}s"


def _maltese_how_many_given(match: re.Match[str]) -> str:
    """ "how many premium stories do you get daily with the subscription"."""
    gives = next(e for m, e in _MALTESE_GIVES.items() if re.fullmatch(m, match.group("gives"), re.I))
    when = f" {match.group('when')}" if match.group("when") else ""
    thing = re.sub(r"^the\s+", "", match.group("thing"))
    return f"how many {_maltese_plural(thing)} {gives}{when}{match.group('rest')}"


def _maltese_did_what(match: re.Match[str]) -> str:
    """ "after the meeting, what did Blinken stress"; "what did Blinken want from the talks"."""
    who = match.group("who") or match.group("subject")
    if not who:
        return match.group()
    verb = next(e for m, e in _MALTESE_DID_WHAT.items() if re.fullmatch(m, match.group("verb"), re.I))
    occasion = re.sub(r"(?:the\s+)+", "the ", match.group("occasion") or "")
    return f"{occasion}what did {who} {verb}{match.group('rest')}"


def _maltese_elided(match: re.Match[str]) -> str:
    """ "x'qal": "x' qal"; "f'Beijing": "in Beijing"."""
    english = _MALTESE_ELIDED[match.group("letter").lower()]
    return f"{english} " if english else ""


def _maltese_how_many(match: re.Match[str]) -> str:
    """ "how many principles did Xi propose"."""
    verb = next(e for m, e in _MALTESE_DONE.items() if re.fullmatch(m, match.group("verb"), re.I))
    return f"how many {match.group('thing')} did {match.group('who')} {verb}"


def _maltese_which(match: re.Match[str]) -> str:
    """ "which three principles did Xi propose"."""
    verb = next(e for m, e in _MALTESE_DONE.items() if re.fullmatch(m, match.group("verb"), re.I))
    count = match.group("count")
    number = next(e for m, e in _MALTESE_NUMBERS.items() if re.fullmatch(m, count, re.I)) + " " if count else ""
    return f"which {number}{match.group('thing')} did {match.group('who')} {verb}"


def _maltese_said_anything(match: re.Match[str]) -> str:
    """ "did Xi say anything about Taiwan"; "didn't Xi say anything about Taiwan" ("ma qalx xejn")."""
    did = "didn't" if match.group("not") else "did"
    return f"{did} {match.group('who')} say anything {match.group('topic')}"


def _maltese_asked(match: re.Match[str]) -> str:
    """ "when did Xi and Blinken meet", "where did Blinken meet Xi", "on which day did the meeting take place"."""
    asked = match.group("asked").lower()
    asked = {"meta": "when", "fejn": "where"}.get(asked) or next(
        e for m, e in _MALTESE_WHICH.items() if re.fullmatch(m, match.group("noun") or "", re.I)
    )
    whom = f" {match.group('whom')}" if match.groupdict().get("whom") else ""
    return f"{asked} did {match.group('who')} meet{whom}"


@cache
def _maltese() -> _Shapes:
    return (
        _after_the_question(),
        *_plain_letters(_MALTESE_MARKED),
        (re.compile("[’`´]"), "'"),
        # "x'qal": what said; "f'Beijing": in Beijing (the apostrophe of "ma'" and "iltaqa'" kept)
        (re.compile(r"\b(?P<letter>[xfbmtsl])'(?=\w)", re.I), _maltese_elided),
        (re.compile(r"\b(?:x|xi)\s+(?=(?:qal|qalet|qalu|inhu|inhi|kien|kienet|gara|grat|hin)\b)"), "x' "),
        (re.compile(r"\bx(?=(?:qal|qalet|qalu|inhu|inhi|gara|grat)\b)", re.I), "x' "),  # "xqal": typed without its mark
        (re.compile(r"(?<![\w'-])il\s+(?=\w)"), "il-"),  # "il laqgha": the article typed without its hyphen
        (re.compile(r"\bx'\s+(?:inhu|inhi|kien|kienet)\s+li\s+", re.I), "x' "),  # "x'inhu li qal": what is it he said
        *_word_for_word(_MALTESE_NAMES),
        (re.compile(r"\b(?:il|l)-(?=(?:the\s+US|America|Ukraine|Europe)\b)"), ""),
        *_word_for_word(_MALTESE_THINGS),
        _gloss_said_again(),
        # "il-pjan Smart Quarterly": the Smart Quarterly plan
        (
            re.compile(
                r"\bthe\s+(?P<thing>plan|subscription|newspaper)\s+(?P<name>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)*)"
            ),
            r"the \g<name> \g<thing>",
        ),
        *((re.compile(rf"\b{small}(?=\w)", re.I), english) for small, english in _MALTESE_SMALL_WORDS.items()),
        (re.compile(r"\bthe\s+(?=(?:China|Russia|Taiwan|Ukraine|Japan|Switzerland|America|California|Europe)\b)"), ""),
        (re.compile(r"\bma'(?!\w)", re.I), "with"),  # "ma' min": with whom; "ma" alone is its "not"
        (re.compile(r"\bta'(?!\w)", re.I), "of"),
        *_word_for_word(_MALTESE_PREPOSITIONS),
        (re.compile(r"^(?:u|and|allura|mela|ok|iva)\b,?\s*(?=\S)", re.I), ""),
        (re.compile(r"\bin\s+(?:the\s+)+meeting\b"), "at the meeting"),
        (
            re.compile(r"^(?P<according>according\s+to\s+the\s+article),?\s+(?P<rest>\S.*)$", re.I),
            r"\g<rest> \g<according>",
        ),
        # "il-mexxej li ltaqa' ma' Blinken" (the leader who met Blinken)
        (re.compile(rf"\bli\s+{_MALTESE_MET}(?:\s+with)?(?=\s)", re.I), "who met"),
        # "Blinken fuq xiex saħaq?", "Fuq xiex saħaq Blinken?" (on what did Blinken insist): what did Blinken stress;
        # "X'ried Blinken?": what did Blinken want
        (
            re.compile(
                r"^(?P<occasion>(?:after|before|during|at)\s+(?:the\s+)+(?:meeting|talks|visit),?\s+)?"
                r"(?:(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+)?"
                r"(?:(?:about|on|with|to|from|for)\s+xiex|x')\s+"
                rf"(?P<verb>{'|'.join(_MALTESE_DID_WHAT)})\b"
                r"(?:\s+(?P<subject>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?))?"
                r"(?P<rest>[^,?]*)$",
                re.I,
            ),
            _maltese_did_what,
        ),
        # "Xi x'qal dwar Tajwan": the speaker said first put after the verb ("x' qal Xi about Taiwan")
        (
            re.compile(rf"^(?P<who>(?!x'|min\b|kemm\b)[^,?]+?),?\s+x'\s+(?P<said>{_MALTESE_SAID})\b", re.I),
            r"x' \g<said> \g<who>",
        ),
        *_what_said(r"(?:x'|xiex)", _MALTESE_SAID, r"about", _MALTESE_PLACE_OR_TIME),
        # "Min qal li …": who said …
        (re.compile(rf"^min\s+{_MALTESE_SAID}\s+(?:li\s+|that\s+|,\s*)?", re.I), "who said "),
        (re.compile(rf"^(?P<said>.+?)\s+min\s+{_MALTESE_SAID}$", re.I), r"who said \g<said>"),
        # "Ma' min iltaqa' Blinken f'Beijing?": whom did Blinken meet in Beijing
        (
            re.compile(
                rf"^(?:with|to)\s+min\s+{_MALTESE_MET}\s+(?P<who>[^,?]+?){_MALTESE_PLACE_OR_TIME}{_ANSWER_WORDS}", re.I
            ),
            r"who did \g<who> meet\g<where>\g<rest>",
        ),
        (
            re.compile(rf"^(?P<who>[^,?]+?)\s+(?:with|to)\s+min\s+{_MALTESE_MET}{_MALTESE_PLACE_OR_TIME}$", re.I),
            r"who did \g<who> meet\g<where>",
        ),
        (re.compile(rf"^min\s+{_MALTESE_MET}\s+(?:(?:with|to)\s+)?(?P<whom>[^,?]+)$", re.I), r"who met \g<whom>"),
        # "Blinken iltaqa' ma' Li Qiang?": did Blinken meet Li Qiang
        (
            re.compile(
                rf"^(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+{_MALTESE_MET}\s+(?:with|to)\s+(?P<whom>[^,?]+)$"
            ),
            r"did \g<who> meet \g<whom>",
        ),
        # "Meta ltaqgħu Xi u Blinken?", "Fejn iltaqa' Blinken ma' Xi?": when (where) did … meet
        (
            re.compile(
                rf"^(?P<asked>meta|fejn|(?:in|on)\s+liema\s+(?P<noun>{'|'.join(_MALTESE_WHICH)}))\s+{_MALTESE_MET}\s+"
                r"(?P<who>[^,?]+?)(?:\s+with\s+(?P<whom>[^,?]+))?$",
                re.I,
            ),
            _maltese_asked,
        ),
        (
            re.compile(
                rf"^(?P<asked>meta|fejn|(?:in|on)\s+liema\s+(?P<noun>{'|'.join(_MALTESE_WHICH)}))\s+"
                rf"{_MALTESE_TOOK_PLACE}\s+(?P<what>.+)$",
                re.I,
            ),
            lambda match: f"{_maltese_asked_word(match)} did {_with_the(match.group('what'))} take place",
        ),
        (
            re.compile(rf"^(?P<asked>meta|fejn)\s+{_MALTESE_MET}$", re.I),
            lambda match: f"{_maltese_asked_word(match)} did they meet",
        ),
        # "Blinken esprima ottimiżmu wara l-laqgħa?": did Blinken express optimism after the meeting
        (
            re.compile(
                rf"^(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+(?:esprima|esprimiet|espress|wera|uriet|ta\s+lok\s+g[hħ]al)\s+"
                r"(?P<what>.+)$"
            ),
            r"did \g<who> express \g<what>",
        ),
        # "after the meeting Blinken kien ottimist?": was Blinken optimistic after the meeting
        (
            re.compile(
                r"^(?P<occasion>(?:after|before|during|at)\s+the\s+(?:meeting|talks|visit)\s+)?"
                rf"(?!(?:Kif|Min|Meta|Fejn|Kemm|Liema|Xiex|G[hħ]aliex|G[hħ]ala)\b)(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+"
                r"(?:kien|kienet|kienu)\s+(?P<what>[^,?]+?)"
                r"(?P<then>\s+(?:after|before|during|at)\s+the\s+(?:meeting|talks|visit))?$"
            ),
            lambda match: (
                f"was {match.group('who')} {match.group('what')}"
                + (
                    f" {(match.group('occasion') or match.group('then')).strip()}"
                    if match.group("occasion") or match.group("then")
                    else ""
                )
            ),
        ),
        # "Agħtini l-kwotazzjonijiet kollha ta' Blinken": give me all Blinken's quotes
        (
            re.compile(
                rf"\b(?:the\s+)?(?P<what>quotes|words|exact\s+words)\s+(?P<all>all\s+)?of\s+(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)"
            ),
            lambda match: f"{match.group('all') or ''}{match.group('who')}'s {match.group('what')}",
        ),
        # "Kemm dam il-laqgħa?": how long did the meeting last; "Kemm-il siegħa damu t-taħdidiet?": how many hours;
        # "Kemm-il xahar jdum il-pjan?": how many months does the plan last
        (
            re.compile(
                rf"^kemm(?:-il|\s+il|\s+ta['’]|\s+of)?\s*(?P<unit>{'|'.join(_MALTESE_UNITS)})\s+"
                rf"(?P<lasted>{_MALTESE_LASTED})\s+"
                r"(?P<what>.+)$",
                re.I,
            ),
            lambda match: (
                f"how many {next(e for m, e in _MALTESE_UNITS.items() if re.fullmatch(m, match.group('unit'), re.I))} "
                f"{'does' if match.group('lasted').lower().startswith(('j', 'id')) else 'did'} "
                f"{_with_the(match.group('what'))} last"
            ),
        ),
        # "Kemm-il premium story kuljum jagħtuk bl-abbonament?": how many premium stories do you get daily with the
        # subscription
        (
            re.compile(
                r"^kemm(?:-il|\s+il)\s+(?P<thing>[^,?]+?)(?:\s+(?P<when>daily|a\s+month))?\s+"
                rf"(?P<gives>{'|'.join(_MALTESE_GIVES)})\b(?P<rest>[^,?]*)$",
                re.I,
            ),
            _maltese_how_many_given,
        ),
        (
            re.compile(rf"^kemm\s+(?:[hħ]in\s+|[zż]mien\s+|twil[ae]?\s+)?{_MALTESE_LASTED}\s+(?P<what>.+)$", re.I),
            r"how long did \g<what> last",
        ),
        (re.compile(rf"^(?P<what>.+?)\s+kemm\s+{_MALTESE_LASTED}$", re.I), r"how long did \g<what> last"),
        # "Kemm-il prinċipju ppropona Xi?": how many principles did Xi propose
        (
            re.compile(
                rf"^kemm(?:-il|\s+il)?\s+(?P<thing>\S+)\s+(?P<verb>{'|'.join(_MALTESE_DONE)})\s+(?P<who>[^,?]+)$", re.I
            ),
            _maltese_how_many,
        ),
        # "Liema tliet prinċipji ppropona Xi?": which three principles did Xi propose
        (
            re.compile(
                rf"^liema\s+(?:(?P<count>{'|'.join(_MALTESE_NUMBERS)})\s+)?(?P<thing>\S+)\s+"
                rf"(?P<verb>{'|'.join(_MALTESE_DONE)})\s+(?P<who>[^,?]+)$",
                re.I,
            ),
            _maltese_which,
        ),
        (
            re.compile(
                r"^liema\s+(?:gazzetta|[gġ]urnal|sit)\s+(?:ippubblika|ppubblika|ippubblikat|[hħ]ar[gġ])\w*\s+(?P<what>.+)$",
                re.I,
            ),
            r"which newspaper published \g<what>",
        ),
        # "Kemm jiswa l-abbonament?": how much does the subscription cost
        (
            re.compile(
                r"^kemm\s+(?:jiswa|tiswa|jiswew|jqum|tqum)\s+(?P<what>.+?)(?P<per>\s+(?:a|per)\s+month)?$", re.I
            ),
            r"how much does \g<what> cost\g<per>",
        ),
        # "Min hu Wang Yi?": who is Wang Yi
        (re.compile(r"^min\s+(?:hu|huwa|hi|hija|he|she)\s+(?P<who>.+)$", re.I), r"who is \g<who>"),
        (re.compile(r"^(?P<who>.+?)\s+min\s+(?:hu|huwa|hi|hija|he|she)$", re.I), r"who is \g<who>"),
        # "X'inhi l-kariga ta' Wang Yi?", "Wang Yi x'kariga għandu?": what is Wang Yi's title
        (
            re.compile(
                r"^x'\s+(?:inhi|inhu|hi|hu|she|he)?\s*(?:the\s+)?title\s+(?:of\s+)?(?P<who>[^,?]+?)(?P<where>\s+in\s+[^,?]+)?$",
                re.I,
            ),
            _title_asked,
        ),
        # "Kif kienu t-taħdidiet bejn Blinken u Wang Yi?": how did the talks between Blinken and Wang Yi go
        (
            re.compile(
                r"^kif\s+(?:kienu|kienet|kien|marru|marret|mar|mxew|g[hħ]addew|g[hħ]addiet)\s+(?P<what>.+)$", re.I
            ),
            lambda match: f"how did {_with_the(match.group('what'))} go",
        ),
        # "L-opioids kienu fost id-differenzi?": was opioids mentioned among the differences
        (
            re.compile(
                r"^(?P<what>[^,?]+?)\s+(?:kienu|kien|kienet|huma|hu|hi|he|she)\s+fost\s+(?P<among>[^,?]+)$", re.I
            ),
            r"was \g<what> mentioned among \g<among>",
        ),
        (
            re.compile(r"^(?P<who>[^,?]+?)\s+x'\s+title\s+(?:g[hħ]andu|g[hħ]andha|jokkupa|g[hħ]andhom)$", re.I),
            r"what is \g<who>'s title",
        ),
        # "Għaliex mar Blinken Beijing?": why did Blinken go to Beijing
        (
            re.compile(
                r"^(?:g[hħ]aliex|g[hħ]ala|g[hħ]alfejn|g[hħ]ax)\s+(?:(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+)?"
                r"(?:mar|marret|marru|[zż]ar|[zż]aret|[zż]aru)\s+(?:(?P<subject>(?-i:[A-Z])[\w-]*(?:\s+(?-i:Yi))?)\s+)?"
                r"(?:(?:in|to|lejn)\s+)?(?P<place>[^,?]+)$",
                re.I,
            ),
            lambda match: f"why did {match.group('who') or match.group('subject')} go to {match.group('place')}",
        ),
        # "X'ġara fil-laqgħa?": what happened at the meeting
        (re.compile(r"^x'\s+(?:gara|grat|sar|gralhom)\b\s*(?P<where>.*)$", re.I), r"what happened \g<where>"),
        # "Dwar xiex inhu l-artiklu?": what is the article about
        (
            re.compile(
                r"^about\s+(?:xiex|x')\s*(?:inhu|hu|inhi|hi|he|she|jitkellem|jitkellmu|jittratta|jir?rakkonta)?\s+"
                r"(?P<what>.+)$",
                re.I,
            ),
            lambda match: f"what is {_with_the(match.group('what'))} about",
        ),
        (
            re.compile(
                r"^(?P<what>.+?)\s+about\s+(?:xiex|x')\s*(?:inhu|hu|inhi|hi|he|she|jitkellem|jittratta)?$", re.I
            ),
            lambda match: f"what is {_with_the(match.group('what'))} about",
        ),
        # "Issemma t-Tajwan?", "It-Tajwan ġie msemmi?": was Taiwan mentioned
        (
            re.compile(
                r"^(?:gie\s+|giet\s+|kien\s+|kienet\s+|[gġ]ew\s+)?(?:issemma|issemmiet|ssemma|ssemmew|imsemmi|msemmi"
                r"|imsemmija|msemmija|imsemmijin)\s+(?P<what>.+?)(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            r"was \g<what> mentioned",
        ),
        (
            re.compile(
                r"^(?P<what>.+?)\s+(?:gie\s+|giet\s+|kien\s+|kienet\s+)?(?:issemma|issemmiet|ssemma|ssemmew|imsemmi"
                r"|msemmi|imsemmija|msemmija)(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            r"was \g<what> mentioned",
        ),
        # "L-abbonament fih reklami jew le?": does the subscription have ads
        (
            re.compile(
                r"^(?P<what>(?!(?:hemm|x'|min|kemm|meta|fejn|liema)\b)[^,?]+?)\s+"
                r"(?:fih|fiha|fihom|g[hħ]andu|g[hħ]andha)\s+"
                r"(?!about\b)(?P<thing>[^,?]+?)(?:\s+(?:jew|or)\s+(?:le|not|no))?$",
                re.I,
            ),
            r"does \g<what> have \g<thing>",
        ),
        # "Hemm xi ħaġa dwar ir-Russja fl-artiklu?": is there anything about Russia
        (
            re.compile(
                r"^(?:hemm|hemmx|fih)\s+(?:xi\s+[hħ]a[gġ]a\s+|xejn\s+|xi\s+)?(?P<topic>about\s+.+?)"
                r"(?:\s+in\s+(?:the|this)\s+article)?$",
                re.I,
            ),
            r"is there anything \g<topic>",
        ),
        # "Min kiteb l-artiklu?": who wrote the article
        (re.compile(r"^min\s+(?:kiteb|kitbet|kitbu)\s+(?P<what>.+)$", re.I), r"who wrote \g<what>"),
        (
            re.compile(r"^(?:who\s+is|min\s+(?:hu|huwa))\s+the\s+author\s+of\s+(?P<what>.+)$", re.I),
            r"who wrote \g<what>",
        ),
        # "Meta ġie ppubblikat l-artiklu?": when was the article published (updated)
        (
            re.compile(
                r"^meta\s+(?:gie\s+|giet\s+|kien\s+)?(?P<done>i?ppubblikat|pubblikat|[hħ]are[gġ]|i?ppubblikawh"
                r"|a[gġ][gġ]ornat|i?aggornat|mi?ktub|inkiteb)\w*\s+(?P<what>.+)$",
                re.I,
            ),
            lambda match: f"when was {_with_the(match.group('what'))} {_maltese_done_to(match.group('done'))}",
        ),
        # "Xi qal xi ħaġa dwar Tajwan?": did Xi say anything about Taiwan; "Xi ma qalx xejn …": didn't he
        (
            re.compile(
                rf"^(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+(?P<not>ma\s+)?{_MALTESE_SAID}x?\s+"
                r"(?:xi\s+[hħ]a[gġ]a|xejn|xi)\s+(?P<topic>about\s+[^,?]+)$",
                re.I,
            ),
            _maltese_said_anything,
        ),
        # "Xi qal li ċ-Ċina u l-Amerika għandhom ikunu msieħba?": did Xi say that China and America should be partners
        (
            re.compile(
                rf"^(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+{_MALTESE_SAID}\s+(?:li|that)\s+(?P<claim>.+)$"
            ),
            r"did \g<who> say that \g<claim>",
        ),
        # "Min qal li ghandna nkunu msiehba": who said we should be partners; "should be" after no one named
        (re.compile(r"^(?P<start>who\s+said\s+)should\s+be\b", re.I), r"\g<start>they should be"),
        (re.compile(r"^x'\s+", re.I), "what "),
        (re.compile(r"^kemm\b", re.I), "how much"),
        (re.compile(r"^meta\b", re.I), "when"),
        (re.compile(r"^fejn\b", re.I), "where"),
        (re.compile(r"^(?:g[hħ]aliex|g[hħ]ala|g[hħ]alfejn)\b", re.I), "why"),
        (re.compile(r"^kif\b", re.I), "how"),
        (re.compile(r"^liema\b", re.I), "which"),
        (re.compile(r"^min\b", re.I), "who"),
        *_word_for_word(_MALTESE_ENGLISH),
        (re.compile(r"\s{2,}"), " "),
        _according_to_last(),
        _the_the(),
        *_in_english_at_last(),
    )


def _maltese_asked_word(match: re.Match[str]) -> str:
    """ "when", "where", or "on which day" as asked."""
    asked = match.group("asked").lower()
    if asked in ("meta", "fejn"):
        return {"meta": "when", "fejn": "where"}[asked]
    return next(e for m, e in _MALTESE_WHICH.items() if re.fullmatch(m, match.group("noun"), re.I))


def _maltese_done_to(done: str) -> str:
    """ "ippubblikat": published; "aġġornat": updated; "miktub": written."""
    done = done.lower()
    if done.startswith(("a", "ia")):
        return "updated"
    return "written" if done.startswith(("m", "ink")) else "published"


# Maltese's own words ("x'qal", "dwar", "iltaqa'", "kemm", "fejn", "laqgħa"), none of them Italian's or Spanish's
# ("che", "cosa", "quando", "dove"), nor English's "Meta" or "min" (minutes); not its names of places, which Italian's
# "Cina", Polish's "Tajwan" and Albanian's "Pekin" are too
_MALTESE_WORDS = _lazy_pattern(
    r"\bx['’](?=\w)|\bx(?:qal|qalet|qalu|inhu|inhi|gara)\b|\b(?:dwar|qal|qalet|qalu|stqarr|i?ltaq(?:a|gh?et|gh?u|aw)|laqg[hħ]\w*|kemm|kemm-il|fejn"
    r"|g[hħ]aliex|g[hħ]ala|liema|kiteb|kitbet|i?ssemm\w*|i?msemmi\w*|artiklu|ta[hħ]didiet|g[hħ]andna|g[hħ]andhom"
    r"|nkunu|ikunu|msie[hħ]ba|imsie[hħ]ba|sie[hħ]a|sieg[hħ]\w*|prin[cċ]ipj\w*|ppropona|ippropona|pproponra"
    r"|ippre[zż]enta|kariga|ppubblikat|ippubblikat|a[gġ][gġ]ornat|kummer[cċ]|drittijiet"
    r"|jiswa|abbonament|differenzi|fost|kwotazzjonijiet|t?ag[hħ]tini|esprima"
    r"|pjan\w*|rekla?mi|riklami|kuljum|xiex)\b|\bma['’]\s+min\b|\blil\s+min\b|\bmin\s+(?:hu|huwa|hi|hija)\b"
    r"|\bmeta\s+(?:i?ltaq|saret|sar|gie|[gġ]ie|giet|[hħ]are[gġ])|\bhemm\s+xi\b|\b(?:il|l|i[cċdnrstxzż])-(?:laqg|artiklu"
    r"|ta[hħ]did|ministru|president|prin[cċ]ipj)",
    re.I,
)

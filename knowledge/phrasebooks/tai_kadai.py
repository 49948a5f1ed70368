"""Tai–Kadai phrasebook: Lao typed in Latin letters."""

from __future__ import annotations

import re
from functools import cache

from knowledge.phrasebooks.in_place import _in_place
from knowledge.phrasebooks.shapes import (
    _after_the_question,
    _gloss_said_again,
    _lazy_pattern,
    _Shapes,
    _with_the,
    _with_the_named,
    _word_for_word,
)

# How readers ask in Lao typed in Latin letters (each word as they hear it: "wao" or "vao" for ເວົ້າ, say; "xoum" or
# "sum" for ປະຊຸມ, meet), with English words: "Xi wao nyang kiaw kap Taiwan?" (what did Xi say about Taiwan), "Blinken
# pob kap phai yu Beijing?" (whom did Blinken meet in Beijing), "Kong pa xoum don pan dai?" (how long did the meeting
# last), "Phai wao wa hao tong pen khu ha?" (who said we should be partners). Lao, like Khmer, puts its words in
# English's order and leaves its question word where the answer would stand ("Xi said what about Taiwan"): its words are
# put into English one for one, then the shapes it shares with Khmer (in_place.py) put the question word first. Its
# closing "bo" asks yes or no ("or not"), its "pai" is "who" where a question opens on it and "go" after someone who
# went. Thai asks alike with words of its own ("phut arai", "khrai"): the book is read only when a word of Lao's own is
# there ("wao", "nyang", "phai", "xoum"), before texting's shorthand is spelled out.
_LAO_MEETING = (
    r"(?:kong\s*pa\s*(?:xoum|xum|sum|soum|choum)|kongpa(?:xoum|sum)|kan\s+(?:pob|phop)\s*pa|kan\s+pa\s*(?:xoum|sum))"
)
_LAO_NAMES = {
    "(?-i:Sa\\s*ha\\s*lat\\s+A\\s*me\\s*li\\s*ka|Sahalat\\s+Amelika|Saharat\\s+Amelika|Sahalat|Saharat)": "the US",
    "(?-i:A\\s*me\\s*li\\s*ka|Amelika|Amerika|Ameliga|Meli\\s*ka)": "America",
    "(?-i:Thale\\s+Jin\\s+Tai|Ta\\s*le\\s+Jin\\s+Tai)": "the South China Sea",
    "(?<!tang\\s)(?<!tan\\s)(?:pa\\s*thet\\s+|prathet\\s+)?(?-i:Jin|Chin|Jeen|Cheen)(?![\\w-])(?!\\s+(?-i:[A-Z]))":
        "China",
    "(?-i:Lat\\s*sia|Latsia|Lat\\s*xia)": "Russia", "(?-i:Pak\\s*king|Pakking|Pekking)": "Beijing",
    "(?-i:Tai\\s+wan|Tay\\s*wan|Taivan)": "Taiwan", "(?-i:Viang\\s*chan)": "Vientiane",
    "(?-i:Nyi\\s*pun|Yipun|Nyipun)": "Japan", "(?-i:Ka\\s*li\\s*fo\\s*nia)": "California",
}  # fmt: skip
# Its words put into English one for one (a phrase first, then the words in it), in the order read
_LAO_ENGLISH = {
    # phrases that say what they ask as a whole
    "(?:(?:sai|kin|chai)\\s+(?:we\\s*la|wela|vela)\\s+)?(?:jak|chak)\\s+(?:sua\\s*mong|xua\\s*mong|suamong|mong)":
        "HOWMANYHOURS",
    "(?:la\\s*ka|laka|raka)\\s+(?:pan\\s*dai|thao\\s*dai|tao\\s*dai|jak\\s+(?:kip|baht|dollar))": "HOWMUCH",
    "(?:(?:sai|kin|chai)\\s+(?:we\\s*la|wela|vela)\\s+)?(?:don\\s+)?(?:pan\\s*dai|thao\\s*dai|tao\\s*dai)"
    "|don\\s+(?:ja\\s*dai|bo)": "HOWLONG",
    "(?:jak|chak)\\s+(?:pi|pee)": "how many years",
    "(?:jak|chak)\\s+(?:deuan|duean|duan|deun|dueun)": "how many months",
    "(?:jak|chak)\\s+(?:wan|mue)(?!\\s+(?:dai|nai)\\b)": "how many days",
    "mi\\s+(?:nyang|yang|nhang)\\s+(?:koet|kerd|ked|keut|kert)(?:\\s*(?:khuen|khun|kuen))?"
    "|(?:koet|kerd|ked|keut)\\s+(?:nyang|yang|nhang)(?:\\s*(?:khuen|khun|kuen))?"
    "|(?:nyang|yang|nhang)\\s+(?:koet|kerd|ked|keut)(?:\\s*(?:khuen|khun|kuen))?": "what happened",
    "(?:pen\\s+)?(?:yang|nyang|jang|jung)\\s*dai|pen\\s+(?:jang|yang)\\s+dai": "how",
    "pen\\s+(?:nyang|yang|nhang|hyang)|(?:pheua|phua|pua)\\s+(?:nyang|yang)|yon\\s+(?:nyang|yang)": "why",
    "(?:(?:nyang|yang)\\s+)?(?:bo|bor|baw)\\s+(?:tan|than)": "not yet",
    "dai\\s+(?:kae|gae)(?:\\s*(?:khai|kai))?": "resolved", "(?:kae|gae)\\s*(?:khai|kai)": "resolve",
    "sam\\s*mat|samat|sa\\s*mat": "can", "(?:huam|hoam|ruam)\\s*kan(?:\\s+dai)?": "together",
    "(?:meua|mua|muea|meu)\\s*dai|(?:we\\s*la|vela|wela)\\s*dai|tor\\s*dai": "when",
    "(?:wan|mue|meu)\\s+(?:dai|nai)": "which day", "(?:mueang|muang|meuang|nakhon)\\s+(?:dai|nai)": "which city",
    "(?:nangsue\\s*phim|nang\\s*sue\\s*phim|nangsuephim)\\s+(?:sabap\\s+)?(?:dai|nai)": "which newspaper",
    "(?:yu\\s+)?(?:ti|tee|thi)\\s*(?:dai|nai)|yu\\s+sai|(?<=\\s)sai$": "where",
    "(?:ngao|ngo)?\\s*(?:tam|tarm)\\s+bot\\s*(?:khuam|kuam|kwam)": "according to the article",
    "(?:hao|phuak\\s*hao|pua\\s*hao)\\s+(?:tong|dtong|khuan|kuan|tong\\s*kan)\\s+(?:pen|ben)": "we should be",
    "(?:tong|dtong|khuan|kuan|tong\\s*kan)\\s+(?:pen|ben)": "should be",
    "(?:phan|pan)\\s*(?:ya|nya)\\s*(?:ai|ay)|(?:song|2)\\s+(?:pa\\s*thet|prathet)": "the two countries",
    f"(?:lang|hlang)\\s*(?:jak|chak)?\\s+{_LAO_MEETING}": "after the meeting",
    f"(?:kon|gon)\\s+{_LAO_MEETING}": "before the meeting",
    f"(?:nai\\s+)?(?:la\\s*wang|lawang|tha\\s*na\\s*thi)\\s+{_LAO_MEETING}": "during the meeting",
    f"(?:yu\\s+|nai\\s+)?(?:ti|tee|thi)\\s+{_LAO_MEETING}": "at the meeting",
    "(?:lat\\s*tha\\s*mon\\s*ti|latthamonti|lat\\s*mon\\s*ti|lat\\s*tha\\s*mon\\s*tee)\\s+(?:ka\\s*suang\\s+)?(?:kan\\s+)?"
    "(?:tang|tan)\\s*(?:pa\\s*thet|prathet)": "foreign minister",
    "(?:nayok|na\\s*yok)\\s*(?:lat\\s*tha\\s*mon\\s*ti|latthamonti)": "prime minister",
    "lat\\s*tha\\s*mon\\s*ti|latthamonti|lat\\s*mon\\s*ti": "minister",
    "pa\\s*tha\\s*na\\s*thi\\s*bo\\s*di|pathanathibodi|pa\\s*than\\s*pa\\s*thet|pathan\\s*pathet|pa\\s*than|pathan":
        "president",
    "(?:phu|pu)\\s*nam": "leader", "(?:jao|chao)\\s*na\\s*thi": "official", "nak\\s*kan\\s*(?:thut|tut)": "diplomat",
    "(?P<title>diplomat|official|leader)\\s+(?:sun|san|xan|suan)\\s*(?:sung|soung)": "top \\g<title>",
    "nak\\s*(?:khao|kao)|nak\\s*(?:nang\\s*sue\\s*phim)": "journalist", "(?:phu|pu)\\s*khian": "author",
    "(?:kheak|khaek)": "guest",
    f"{_LAO_MEETING}\\s+(?:ni|nee|nii)": "this meeting", _LAO_MEETING: "meeting",
    "kan\\s+(?:je|che|jay)\\s*(?:la|ra)\\s*(?:ja|cha)|kan\\s+(?:lom|son\\s*tha\\s*na)"
    "|kan\\s+(?:hua\\s*lue|pueksa)": "talks",
    "kan\\s+(?:yiam|yam|yiem)(?:\\s*yam)?": "visit",
    "bot\\s*(?:khuam|kuam|kwam)\\s+(?:ni|nee|nii)|khao\\s+(?:ni|nee|nii)": "this article",
    "bot\\s*(?:khuam|kuam|kwam)|botkhuam": "article", "(?:nangsue\\s*phim|nang\\s*sue\\s*phim)": "newspaper",
    "sit\\s*thi\\s*ma\\s*nut|sitthi\\s*manut|sid\\s*ti\\s*ma\\s*nud": "human rights", "kan\\s*ka|kanka": "trade",
    "lak\\s*kan|lakkan|lak\\s*gan": "principles", "pa\\s*thet|prathet": "countries",
    "khu\\s*(?:ha|huam|hua|hoam)|phan\\s*tha\\s*mit|panthamit": "partners", "khu\\s*(?:khaeng|kheng|kaeng)": "rivals",
    "(?:khuam|kuam|kwam)\\s*(?:sam\\s*phan|sampan|sam\\s*pan)": "relations",
    "(?:khuam|kuam|kwam)\\s*(?:taek\\s*tang|tek\\s*tang)": "differences",
    "(?:khuam|kuam|kwam)\\s*(?:kao\\s*na|kaona)": "progress", "sua\\s*mong|xua\\s*mong": "hours",
    "(?:mi|dam\\s*rong)\\s+(?:tam\\s*naeng|tamnaeng|tam\\s*neng)": "hold title", "tam\\s*naeng|tamnaeng|tam\\s*neng":
        "title",
    "kon\\s+ni|kon\\s+na\\s+ni|kai\\s+kon|thi\\s+phan\\s+ma": "previously",
    "(?:thua|thoua)\\s+(?:thi|tee)\\s+(?:nueng|neung)|thua\\s+laek|(?:hok|ok)\\s+thua\\s+laek": "first",
    "(?:thua|thoua)\\s+(?:sut\\s+thai|lang\\s+sut)|lang\\s+sut": "last",
    # words of the news, so that the words said match the article's
    "(?:pat\\s*jai|patchai)\\s+(?:thang\\s+)?(?:lop|lob)": "negative factors", "(?:pat\\s*jai|patchai)": "factors",
    "(?:phoem|perm)\\s+(?:khuen|khun)": "increasing", "(?:yang|nyang)\\s+khong": "still",
    "(?:man\\s*khong|mankhong)": "stabilise", "(?:kan\\s+)?(?:phat\\s*tha\\s*na|pattana)": "development",
    "kan\\s+(?:huam\\s*mue|hoam\\s*mue)": "cooperation", "(?:kan\\s+)?(?:nap\\s*thue|napthue)": "respect",
    "(?:setthakit|set\\s*tha\\s*kit)": "economy", "lok": "world", "(?:ban\\s*ha|banha)": "problem",
    "(?:kan\\s+)?(?:song\\s*kham|songkham)": "war", "(?:san\\s*ti\\s*phap|santiphap)": "peace",
    "(?:a\\s*na\\s*khot|anakhot)": "future", "(?:chaeng|jaeng)\\s+(?:chaeng|jaeng)": "clear",
    "(?:khuam|kuam|kwam)\\s*(?:wang|hwang)": "hope", "(?:khuam|kuam|kwam)\\s*(?:mun\\s*jai|mane\\s*jai)": "confidence",
    # its words
    "(?:wao|vao|wow|vau|wau)\\s*(?:theung|teung|thueng|tueng)|(?:kao|kau)\\s*(?:theung|teung|thueng|tueng)": "mention",
    "(?:thuk|took)\\s+mention": "was mention", "mi\\s+kan(?=\\s+mention)": "have",
    "(?:pob|phop|pop)\\s*(?:pa\\s+)?kan|(?:hen|hen\\s*na)\\s+kan": "meet each other",
    "(?:pob|phop|pop)(?:\\s*pa)?|(?:pa\\s*(?:xoum|sum))(?=\\s+(?:kap|kab|nam)\\b)": "meet",
    "(?:hua|hoo)\\s*(?:lue|leu)|pueksa|lom\\s*kan|(?:je|che)\\s*la\\s*(?:ja|cha)": "discuss",
    "khian|kian|khien": "write", "(?:phim|pim)(?:\\s*(?:phoei|poey)\\s*(?:phae|pae))?|(?:phoei|poey)\\s*(?:phae|pae)":
        "publish",
    "pab\\s*pung|pup\\s*pung|pabpung": "update", "sa\\s*noe|sanoe|sa\\s*ner|sa\\s*nuh|sa\\s*noe\\s*ao": "propose",
    "(?:jat|chat)(?:\\s*(?:khuen|khun))?|het": "do", "(?:leuak|lueak|leuk|lerk)": "pick",
    "(?:koet|kerd|ked|keut)(?:\\s*(?:khuen|khun))?": "happen",
    "(?:wao|vao|wow|vau|wau)": "say", "bok|bawk": "tell", "bpai": "go",
    "(?:phai|pai)\\s+(?:pen\\s+)?(?:khon|phu)(?=\\s+(?:say|tell|meet|write|publish|propose|pick|do)\\b)": "who",
    "(?:phai|pai)(?=\\s+(?:say|tell|meet|write|publish|propose|mention|discuss|was)\\b)|^pai\\b|phai": "who",
    "(?<=\\bmeet\\s)pai\\b|(?<=\\bwith\\s)pai\\b": "who", "pai": "go",
    "(?:nyang|yang|nhang|nyung)(?:\\s+bang)?|an\\s+(?:dai|nai)": "what",
    "(?:jak|chak)(?!\\s+(?-i:[A-Z]))(?:\\s+(?:kho|khor|khon|an|to|yang|bon))?": "how many",
    "(?:kiaw|kieo|kiew|kiao|kiaow|kieow|keo|giao|gieo|giew|kio)\\s*(?:kap|kab|kub|gup|kup|gap|gub)|kiaokap|kieokap|kiawkap":
        "about", "(?:ti|tee|thi)(?=\\s+(?-i:[A-Z]))": "in",
    "(?:la\\s*wang|lawang)(?=\\s+(?-i:[A-Z]))": "between", "kap|kab|kub": "with", "(?:yu|nai)(?=\\s)": "in",
    "(?:lang|hlang)\\s*(?:jak|chak)?": "after", "kon|gon": "before",
    "jak|chak": "from", "tor|hai": "to", "wa": "that", "hao|phuak\\s*hao": "we",
    "(?:khao\\s*jao|phuak\\s*khao)": "they",
    "(?-i:lao)|(?-i:Lao)(?=\\s+(?:say|tell|meet|write|go|as)\\b)": "he", "mi": "have", "pen|ben": "as",
    "(?:thuk|took)": "was", "(?:bo|bor|baw)(?:\\s+(?:nor|no|der))?$": "or not", "bo|bor|baw": "not",
    "(?:nueng|neung)(?:\\s+(?:kho|khor|an|yang))?": "one", "song\\s+(?:kho|khor|an|yang)|song(?=\\s+principles)": "two",
    "sam(?:\\s+(?:kho|khor|an|yang))?": "three",
    "si\\s+(?:kho|khor|an|yang)": "four", "ha\\s+(?:kho|khor|an|yang)": "five",
    "(?:der|deu|dae|nor|ne)$": "",
    "(?P<thing>(?i:plan|subscription|story|stories|newsletter|site|website))\\s+(?:ni|nee|nii)": "this \\g<thing>",
    # "thi" after a thing, before what is said of it: that ("issues thi not yet resolved": issues that are not yet
    # resolved; "diplomat thi meet": the diplomat who met)
    "(?P<one>(?:diplomat|official|leader|president|minister|journalist|author|guest)(?:\\s*\\([^)]*\\))?)\\s+thi"
    "(?=\\s+(?-i:[a-z]))": "\\g<one> who",
    "thi(?=\\s+not\\s+yet\\b)": "that are", "thi(?=\\s+(?-i:[a-z]))": "that",
}  # fmt: skip


@cache
def _lao() -> _Shapes:
    return (
        _after_the_question(),
        *_word_for_word(_LAO_NAMES),
        *_word_for_word(_LAO_ENGLISH),
        _gloss_said_again(),
        # "diplomat who meet each other in Beijing" (the diplomat who met): a title opening the question takes "the"
        (re.compile(r"\bwho\s+meet\s+each\s+other\b"), "who met"),
        (re.compile(r"^(?P<title>(?:top\s+)?(?:diplomat|official|leader|journalist))\b"), r"the \g<title>"),
        # "Smart Essential plan nyao HOWLONG" (long how much): how long is the Smart Essential plan; "… how many
        # months": how many months does it last
        (
            re.compile(r"^(?P<what>[^,?]+?)\s+HOWMUCH$", re.I),
            lambda match: f"how much does {_with_the_named(match.group('what'))} cost",
        ),
        (
            re.compile(r"^(?P<what>[^,?]+?)\s+(?:nyao|yao)\s+HOWLONG$", re.I),
            lambda match: f"how long is {_with_the_named(match.group('what'))}",
        ),
        (
            re.compile(r"^(?P<what>[^,?]+?)\s+(?:(?:nyao|yao|don)\s+)?how\s+many\s+(?P<unit>years|months|days)$", re.I),
            lambda match: f"how many {match.group('unit')} does {_with_the_named(match.group('what'))} last",
        ),
        # "Xi say that China with America can do what together": what did Xi say China and America can do together
        (
            re.compile(
                r"^(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+(?:say|tell)\s+that\s+"
                r"(?P<claim>(?!what\b)[^,?]*?)\s+what\b(?P<tail>[^,?]*)$"
            ),
            lambda match: (
                f"what did {match.group('who')} say "
                + re.sub(r"\b((?-i:[A-Z])[\w-]*)\s+with\s+(?=(?-i:[A-Z]))", r"\1 and ", match.group("claim"))
                + match.group("tail")
            ),
        ),
        # "have mention Taiwan or not": was Taiwan mentioned
        (
            re.compile(r"^(?:have\s+)?(?:was\s+)?mention\s+(?P<what>[^,?]+?)(?:\s+or\s+not)?$", re.I),
            r"\g<what> mention",
        ),
        # "who as author this article": who wrote this article
        (
            re.compile(r"^who\s+(?:as|is)\s+(?:the\s+)?author\s+(?:of\s+)?(?P<what>(?:this\s+|the\s+)?article)$", re.I),
            r"who wrote \g<what>",
        ),
        # "this article have what about Russia or not": is there anything about Russia
        (
            re.compile(
                r"^(?:(?:in\s+)?(?:the\s+|this\s+)?article\s+)?have\s+(?:what\s+)?(?P<topic>about\s+[^,?]+?)"
                r"(?:\s+in\s+(?:the\s+|this\s+)?article)?(?:\s+or\s+not)?$"
            ),
            r"is there anything \g<topic>",
        ),
        # "talks between Blinken with Wang Yi how": how did the talks between Blinken and Wang Yi go
        (
            re.compile(r"\bbetween\s+(?P<one>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+with\s+(?=(?-i:[A-Z]))"),
            r"between \g<one> and ",
        ),
        (
            re.compile(r"^(?P<what>(?!what\b|who\b)[^,?]+?)\s+(?:go\s+|as\s+|do\s+)?how$", re.I),
            lambda match: f"how did {_with_the(match.group('what'))} go",
        ),
        # "Blinken hold title what in America": what position does Blinken hold in America
        (
            re.compile(r"^(?P<who>[^,?]+?)\s+hold\s+title\s+what\s+(?P<where>in\s+[^,?]+)$", re.I),
            r"what position does \g<who> hold \g<where>",
        ),
        # "Opioid in in differences or not": was opioid mentioned among the differences
        (
            re.compile(
                r"^(?P<what>[^,?]+?)\s+(?:in\s+)+(?P<among>(?:the\s+)?(?:differences|principles|issues|relations))"
                r"(?:\s+or\s+not)?$",
                re.I,
            ),
            r"was \g<what> mentioned among \g<among>",
        ),
        # "after the meeting Blinken have hope or not": did Blinken express hope after the meeting
        (
            re.compile(
                r"^(?P<occasion>(?:after|before|during|at)\s+the\s+(?:meeting|talks|visit)\s+)?"
                r"(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+(?:have|show)\s+(?P<what>(?!title\b|what\b|about\b)[^,?]+?)"
                r"(?P<then>\s+(?:after|before|during|at)\s+the\s+(?:meeting|talks|visit))?\s+or\s+not$"
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
        # "Blinken meet with Li Qiang or not": did Blinken meet Li Qiang
        (
            re.compile(r"^(?P<who>[^,?]+?)\s+meet\s+(?:with\s+)?(?P<whom>(?!who\b)[^,?]+?)\s+or\s+not$"),
            r"did \g<who> meet \g<whom>",
        ),
        # "Xi say that America with China should be partners or not": did Xi say that …
        (
            re.compile(
                r"^(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+(?:say|tell)\s+that\s+(?P<claim>.+?)\s+or\s+not$"
            ),
            r"did \g<who> say that \g<claim>",
        ),
        (
            re.compile(r"\b(?P<one>(?-i:[A-Z])[\w-]*)\s+with\s+(?P<other>(?-i:[A-Z])[\w-]*)\s+(?=should\s+be\b)"),
            r"\g<one> and \g<other> ",
        ),
        # "Wang Yi as foreign minister or not": is Wang Yi the foreign minister
        (
            re.compile(
                r"^(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+as\s+(?P<what>(?!who\b|what\b)[^,?]+?)\s+or\s+not$"
            ),
            lambda match: f"is {match.group('who')} {_with_the(match.group('what'))}",
        ),
        *_in_place(r"laew|leo|leow|lae|ae|oh|ok"),
    )


# Lao's own words ("wao", "nyang", "phai", "xoum", "laka"), none of them Thai's ("phut", "arai", "khrai", "kiao kap",
# "phop")
_LAO_WORDS = _lazy_pattern(
    r"\b(?:wao|vao|nyang|phai|gieo\s*gup|kiao\s*kab|kong\s*pa\s*(?:xoum|xum|sum|soum)|kongpa(?:xoum|sum)|pa\s*xoum|sua\s*mong|xua\s*mong"
    r"|don\s+pan\s*dai|pan\s*dai|thao\s*dai|meua\s*dai|mua\s*dai|yu\s+sai|pen\s+nyang|bot\s*khuam|botkhuam|khian"
    r"|sa\s*noe|sanoe|lak\s*kan|khu\s*ha|lat\s*tha\s*mon\s*ti|latthamonti|pathanathibodi|pa\s*tha\s*na\s*thi|kiaw\s*kap"
    r"|kieo\s*kap|kiew\s*kub|kao\s*theung|wao\s*theung|sit\s*thi\s*ma\s*nut|khuam\s*sam\s*phan|tam\s*naeng|Amelika"
    r"|Sahalat|Latsia|Lat\s+sia|hao\s+tong|tong\s+pen|(?:pob|phop)\s+kap\s+(?:phai|pai)|pob|wan\s+dai|mueang\s+dai"
    r"|thuk\s+kao|je\s*la\s*ja|(?:pen\s+)?(?:yang|nyang|jang)\s*dai|khuam\s*taek\s*tang|la\s*wang"
    r"|(?:jak|chak)\s+(?:pi|deuan|duean)|nyao|laka\s+(?:thao|pan)\s*dai)\b",
    re.I,
)

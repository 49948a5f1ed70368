"""Phrasebooks of the British Isles: Scots, Welsh, Scottish Gaelic, Cockney, Geordie and Scouse, and Breton, Welsh's
kin across the Channel."""

from __future__ import annotations

import re
from functools import cache

from knowledge.phrasebooks.shapes import (
    _OFFICE,
    _according_to_last,
    _after_the_question,
    _in_english_at_last,
    _lazy_pattern,
    _past_tense,
    _plain_letters,
    _Shapes,
    _the_the,
    _title_of_country,
    _us_foreign_minister,
    _with_the,
    _with_the_own_noun,
    _word_for_word,
)

# How readers ask in Scots: "Whit did Xi say aboot Taiwan?", "Wha did Blinken meet wi' in Beijing?", "Hoo lang
# did the meetin' gang on?", "Wha said they should be pairtners?".
_SCOTS_ENGLISH = {
    "whit": "what", "wha": "who", "whaur": "where", "aboot": "about", "wis": "was", "tae": "to", "hae": "have",
    "twa": "two", "mony": "many", "ony": "any", "onything": "anything", "naething": "nothing", "doon": "down",
    "oot": "out", "heid-bummer|heid\\s+bummer|heid\\s+yin": "leader", "heid": "head", "chiel": "man",
    "wance": "once", "efter": "after", "afore": "before", "frae": "from", "telt": "told", "lang": "long",
    "gang|gaun": "go", "mair": "more", "yon": "that", "hisel|hissel": "himself", "didnae": "did not",
    "wisnae": "was not", "isnae": "is not", "pairtners": "partners",
}  # fmt: skip


@cache
def _scots() -> _Shapes:
    return (
        (re.compile(r"\b(?:hoo|who)\s+(?=mony\b|lang\b|muckle\b)", re.I), "how "),  # "hoo" read as texting's "who"
        (re.compile(r"\bhoo\b", re.I), "how"),
        (re.compile(r"\bwi(?:['’](?!\w)|(?![\w'’-]))", re.I), "with"),  # "wi'", and "wi" typed without it
        (re.compile(r"^an\s+(?=(?:whit|wha|hoo|whaur|what|who|how|where|when|why|did|wis|was)\b)", re.I), "and "),
        # "whit did Xi come oot wi": what did Xi say (what came out of him)
        (
            re.compile(r"^(?:whit|what)\s+did\s+(?P<who>.+?)\s+come\s+(?:oot|out)\s+with\b", re.I),
            r"what did \g<who> say",
        ),
        (re.compile(r"\bo['’](?!\w)", re.I), "of"),
        (re.compile(r"\ba['’](?!\w)", re.I), "all"),
        (re.compile(r"(?<=\w)fu['’](?!\w)", re.I), "ful"),  # "hopefu'"
        (re.compile(r"(?<=\w)['’](?!\w)"), ""),  # "hisel'"
        *_word_for_word(_SCOTS_ENGLISH),
    )


_SCOTS_WORDS = _lazy_pattern(r"\b(?:whit|wha|hoo|aboot|whaur|onything|didnae|wisnae|telt|frae|heid)\b", re.I)
# How readers ask in Welsh: "Beth ddwedodd Xi am Taiwan?" (what did Xi say about Taiwan), "Pwy ddwedodd y …" (who
# said …), "Pwy wnaeth Blinken gyfarfod yn Beijing?" (whom did Blinken meet in Beijing), "Pa mor hir oedd y
# cyfarfod?" (how long was the meeting), "Dwed wrtha i am …" (tell me about …), "yr Arlywydd Xi" (President Xi).
_WELSH_ENGLISH = {
    "gweinidog\\s+tramor|weinidog\\s+tramor|ysgrifennydd\\s+tramor": "foreign minister",
    "ysgrifennydd\\s+gwladol": "secretary of state", "prif\\s+weinidog": "prime minister",
    "gweinidog|weinidog": "minister", "arlywydd": "president", "arweinydd": "leader", "swyddog": "official",
    "llefarydd": "spokesperson", "newyddiadurwr|newyddiadurwraig": "journalist", "awdur": "author",
    "Tsieineaidd": "Chinese", "Americanaidd": "American", "Tsieina|Tseina": "China", "Rwsia": "Russia",
    "yr\\s+Unol\\s+Daleithiau|Unol\\s+Daleithiau|UDA": "the United States",
    "yr\\s+erthygl\\s+hon|['’]r\\s+erthygl\\s+hon": "this article", "yr\\s+erthygl|['’]r\\s+erthygl": "the article",
    "erthygl": "article", "y\\s+cyfarfod|['’]r\\s+cyfarfod": "the meeting", "cyfarfod": "meeting",
    "y\\s+trafodaethau|['’]r\\s+trafodaethau|y\\s+sgyrsiau": "the talks", "trafodaethau|sgyrsiau": "talks",
    "dyl(?:en|ent|sen)\\s+nhw\\s+fod(?:\\s+yn)?": "they should be", "dyl(?:en|ai|ent|sen)": "should",
    "fod\\s+yn|bod\\s+yn": "be", "nhw": "they", "oedd|roedd": "was", "mae|ydy|ydi|yw": "is",
    "wnaeth|gwnaeth|naeth|nath": "did", "gyfarfod|gwrdd|cwrdd": "meet", "gyrraedd|cyrraedd": "arrive",
    "gynnig|cynnig": "propose", "ddim": "not", "ac": "and", "gyda|efo|â|ag": "with", "wrth": "to",
    "ar\\s+[oô]l": "after", "cyn": "before", "yn\\s+ystod": "during", "dau|dwy": "two", "tri|tair": "three",
    "oriau": "hours", "awr": "hour", "gwlad|wlad": "country", "dinas|ddinas": "city", "egwyddorion": "principles",
}  # fmt: skip
_WELSH_SAID = r"(?:(?:d{0,2}y?wed|d{1,2}eud|d{1,2}ud)(?:odd|on|son|sant)|wedws)"


@cache
def _welsh() -> _Shapes:
    return (
        (re.compile(r"^(?:a|ac|ond)\s+(?=(?:beth|be|pwy|pryd|ble|lle|pa|faint)\b)", re.I), ""),
        (re.compile(r"\byear\s+(?=[aeiouwyhAEIOUWYH])"), "yr "),  # "yr Arlywydd", spelled out as texting's "yr"
        # "Beth wnaeth Xi ddweud …", "Pwy wnaeth ddweud …": "did … say", read as "said"
        (
            re.compile(r"^(?P<question>beth|be)\s+(?:wnaeth|naeth|nath)\s+(?P<who>.+?)\s+(?:dd?weud|dd?eud)\b", re.I),
            r"\g<question> ddwedodd \g<who>",
        ),
        (re.compile(r"\b(?:wnaeth|naeth|nath)\s+(?:ddweud|ddeud)\b", re.I), "ddwedodd"),
        (
            re.compile(
                rf"^pwy\s+{_WELSH_SAID}\s*,?\s+(?:(?:y|fod|bod)\s+(?=dyl|ddyl|bydd|gall|mae|oedd)|mai\s+|taw\s+)?", re.I
            ),
            "who said ",
        ),
        (
            re.compile(
                rf"^(?:beth|be)\s+{_WELSH_SAID}\s+(?P<who>.+?)\s+(?:am|ynglŷn\s+â|ynglyn\s+a|ynghylch)\s+(?P<topic>.+)$",
                re.I,
            ),
            r"what did \g<who> say about \g<topic>",
        ),
        (
            re.compile(rf"^(?:beth|be)\s+{_WELSH_SAID}\s+(?P<who>.+?)\s+wrth\s+(?P<whom>.+)$", re.I),
            r"what did \g<who> say to \g<whom>",
        ),
        (re.compile(rf"^(?:beth|be)\s+{_WELSH_SAID}\s+(?P<who>.+)$", re.I), r"what did \g<who> say"),
        (
            re.compile(
                r"^pwy\s+(?:(?:wnaeth|naeth|nath)\s+)?(?:gyfarfod|gwrdd|gyfarfu|gwrddodd)\s+(?:â|ag|a|gyda|efo)\s+",
                re.I,
            ),
            "who met ",
        ),
        (
            re.compile(
                r"^(?:pwy|gyda\s+phwy|â\s+phwy|a\s+phwy|efo\s+pwy)\s+(?:y\s+)?(?:wnaeth|naeth|nath|gwnaeth)\s+"
                r"(?P<who>.+?)\s+"
                r"(?:gyfarfod|cyfarfod|gwrdd|cwrdd)(?:\s+(?:â|ag|gyda|efo)(?=\s|$))?",
                re.I,
            ),
            r"who did \g<who> meet",
        ),
        (
            re.compile(
                r"^(?:gyda\s+phwy|â\s+phwy|a\s+phwy|efo\s+pwy)\s+(?:y\s+)?(?:gyfarfu|cyfarfu|gwrddodd|cwrddodd)\s+"
                r"(?P<who>.+?)(?=\s+yn\s|$)",
                re.I,
            ),
            r"who did \g<who> meet",
        ),
        (
            re.compile(
                r"^pwy\s+(?:ysgrifennodd|sgwennodd|sgrifennodd"
                r"|(?:wnaeth|naeth|nath)\s+(?:ysgrifennu|sgwennu|sgrifennu))\s+",
                re.I,
            ),
            "who wrote ",
        ),
        (re.compile(r"^pwy\s+(?:yw|ydy|ydi|di)\s+", re.I), "who is "),
        (re.compile(r"^pwy\s+oedd\s+", re.I), "who was "),
        (re.compile(r"^(?:beth|be)\s+(?:yw|ydy|ydi)\s+", re.I), "what is "),
        (re.compile(r"^(?:beth|be)\s+oedd\s+", re.I), "what was "),
        (
            re.compile(
                r"^(?:pa\s+mor\s+hir|am\s+ba\s+hyd|am\s+faint(?:\s+o\s+amser)?)\s+(?:oedd|roedd|barodd|parodd|fuodd|fu)\s+"
                r"(?P<what>.+?)(?:\s+(?:yn\s+)?(?:para|bara|parhau|barhau))?$",
                re.I,
            ),
            r"how long did \g<what> last",
        ),
        (
            re.compile(r"^faint\s+o\s+(?P<thing>\S+)\s+(?:barodd|parodd|fuodd|fu)\s+(?P<what>.+)$", re.I),
            r"how many \g<thing> did \g<what> last",
        ),
        (re.compile(r"^(?:pa\s+mor\s+hir|am\s+ba\s+hyd)\b", re.I), "how long"),
        (
            re.compile(
                r"^(?:dwed|dweda|dywed|dwedwch|dywedwch|deud|deuda|deudwch)\s+(?:wrtha\s*i|wrtha\s*fi|wrthon\s+ni)\s+am\s+",
                re.I,
            ),
            "tell me about ",
        ),
        (re.compile(r"^faint\s+o\s+", re.I), "how many "),
        (re.compile(r"^faint\b", re.I), "how much"),
        (re.compile(r"^pryd\b", re.I), "when"),
        (re.compile(r"^(?:ble|lle)\b", re.I), "where"),
        (re.compile(r"^pa\s+(?!mor\b)", re.I), "which "),
        (re.compile(r"^sut\b", re.I), "how"),
        (re.compile(r"^pam\b", re.I), "why"),
        (re.compile(r"\b(?i:yr\s+)?(?i:arlywydd)\s+(?=[A-Z])"), "President "),  # "yr Arlywydd Xi"
        *_word_for_word(_WELSH_ENGLISH),
        _title_of_country(),  # "Gweinidog Tramor Tsieina": China's Foreign Minister
        (
            re.compile(r"\b(?:yr|y)\s+(?P<noun>\w+(?:\s+\w+){0,2}?)\s+(?P<adjective>Chinese|American)\b", re.I),
            r"the \g<adjective> \g<noun>",
        ),
        (re.compile(r"\byn\s+(?=the\b|[A-Z])"), "in "),  # "yn Beijing"
        (re.compile(r"\b(?:yr|y)\b(?=\s+\w)", re.I), "the"),
        _us_foreign_minister(),
    )


_WELSH_WORDS = _lazy_pattern(
    rf"\b(?:{_WELSH_SAID}|pwy|pryd|arlywydd|gyfarfod|cyfarfod|erthygl|wrtha)\b"
    rf"|^(?:beth|be)\s+(?:{_WELSH_SAID}|wnaeth|naeth|nath|yw|ydy|ydi|oedd)\b"
    r"|^(?:ble|lle)\s+(?:oedd|mae|roedd|wnaeth|gwnaeth|naeth|nath|cafodd|gafodd|ddigwyddodd|fydd)\b"
    r"|^(?:pa\s+mor|am\s+(?:faint|ba\s+hyd)|faint\s+(?:o|oedd|wnaeth|mae|yw|ydy))\b",
    re.I,
)
# How London readers type Cockney on a phone: "wot did Xi say abaht Taiwan innit" (what did Xi say about Taiwan), "oo
# did Blinken go an' meet in Beijing then" (whom did Blinken meet in Beijing), "ow long was the meetin' goin on for"
# (how long did the meeting last), "oo reckoned they oughta be partners" (who said they ought to be partners), "give
# us all 'is quotes" (give me all his quotes). Read before texting's shorthand is spelled out ("wot's", "guv"), with
# the h a Londoner drops ("'is", "'e", "'ave"), "go an' meet" (meet) and a tag at the end ("then", "innit", "or wot")
# set aside; the dropped g ("meetin'") and "reckoned" (said) are read in intent.py.
_COCKNEY_ENGLISH = {
    "oo": "who", "ow": "how", "wot": "what", "(?-i:woz)": "was", "wiv": "with", "abaht": "about", "a?rahnd": "around",
    "dahn": "down", "aht": "out", "(?-i:fink)": "think", "(?-i:finks)": "thinks", "nuffink|nuffin": "nothing",
    "somefink|summink|summat": "something", "anyfink|anyfin": "anything", "oughta": "ought to", "geezer": "bloke",
    "goin": "going",
}  # fmt: skip
_COCKNEY_DROPPED_H = r"(?:is|im|er|e|ave|avin|ad|as|ere|ow|ome|eld|appen\w*|alf|eard)"


@cache
def _cockney() -> _Shapes:
    return (
        (re.compile(rf"(?<![\w’'])['’](?={_COCKNEY_DROPPED_H}(?:['’]s)?(?![\w’'-]))", re.I), "h"),  # "'is": his
        (re.compile(r"(?<![\w’'])['’]oo(?=['’]s|(?![\w’'-]))", re.I), "who"),
        (
            re.compile(r"^(?P<asked>did|does|has|have)\b(?P<between>.*?)\bnuff(?:ink|in)\b", re.I),
            r"\g<asked>\g<between>anything",
        ),
        *_word_for_word(_COCKNEY_ENGLISH),
        (re.compile(r"\b(?P<verb>give|tell|show|read)\s+us\b", re.I), r"\g<verb> me"),  # "give us": give me
        (re.compile(r"(?:,?\s+(?:innit|init|then|or\s+what|yeah|eh|mate|bruv|guv|governor|love))+$", re.I), ""),
        (re.compile(r",?\s+when\s+(?:he|she|they)['’]?s\s+at\s+home$", re.I), ""),  # "oo's Wang Yi when 'e's at 'ome"
        (re.compile(r"\b(?:go|goes|went|gone)\s+an(?:d|['’])?\s+(?=[a-z])", re.I), ""),  # "go an' meet": meet
        (re.compile(r"\ban['’](?=\s|$)", re.I), "and"),
        (re.compile(r"\bain['’]?t\s+(?=(?:said|got|been|told|done|met|mentioned|had|seen)\b)", re.I), "hasn't "),
        (re.compile(r"\bain['’]?t\b", re.I), "isn't"),
        (
            re.compile(
                r"\bthem\s+(?=(?:quotes|words|lines|principles|talks|comments|remarks|issues|blokes|people)\b)", re.I
            ),
            "those ",
        ),
        (
            re.compile(r"^what\s+(?:was|were|is)\s+(?P<who>.+?)\s+(?:going\s+)?on\s+about\b(?P<rest>.*)$", re.I),
            r"what did \g<who> say\g<rest>",
        ),  # "wot woz Xi on abaht": what he said
        (
            re.compile(
                r"^how\s+long\s+(?:was|were|did|has|had)\s+(?P<what>.+?)\s+(?:going\s+on|go\s+on|gone\s+on|last|lasting"
                r"|run|running)(?:\s+for)?$",
                re.I,
            ),
            r"how long did \g<what> last",
        ),
        _us_foreign_minister(),
    )


_COCKNEY_WORDS = _lazy_pattern(
    r"\b(?:oo|ow|wot|(?-i:woz|finks?)|wiv|abaht|a?rahnd|dahn|aht|nuffink|nuffin|somefink|summink|summat|anyfink"
    r"|anyfin|innit|oughta|bruv|geezer)\b",
    re.I,
)


# How Liverpool readers type Scouse on a phone: "wha did Xi say bout Taiwan la" (what did Xi say about Taiwan), "who
# did Blinken go an meet in Beijing like" (whom did Blinken meet in Beijing), "how long was de meetin on for" (how
# long did the meeting last), "who sed dey shud be partners la" (who said they should be partners), "gis all his
# quotes" (give me all his quotes). Its words are other readers' too ("la" closes a Singlish question, "de Blasio",
# "what was it like", Scots "wha" is who, Patois "dem" is they), so it is read only when a question holds two signs
# of Scouse, one of them its own, and none of Scots, Patois or Pidgin, after Cockney's book (which reads "wot", "ow").
_SCOUSE_ENGLISH = {
    "wha|wharr|worr|warr": "what", "(?-i:de)(?=\\s+(?-i:[a-z]))": "the", "dey": "they", "dem": "them", "dat": "that",
    "dis": "this", "dese": "these", "dose": "those", "der|dere": "there", "ders|derz": "there's", "shud": "should",
    "wud": "would", "cud": "could", "(?<!\\ba\\s)(?<!\\bthe\\s)bout": "about", "sed": "said", "wid": "with",
    "youse|yous|ya": "you", "yer": "your", "gis|giz|gizza": "give me", "wuz|woz": "was", "tings": "things",
    "ting": "thing", "(?-i:ow)(?=\\s+(?:long|many|much|did|was|come)\\b)": "how",
}  # fmt: skip
_SCOUSE_DROPPED_G = (
    r"(?:meet|talk|say|go|do|tell|happen|com|gett|last|mention|ask|visit|sitt|hav|speak|runn|mak|tak|leav|hold|plann"
    r"|sort|calm|pil|fight|argu|work|try|think|buy|sell|push|build|open|clos|start|stopp|writ|read|look|help|wait"
    r"|play|stay|mov|feel|kill|sign|publish|agre|improv|promis|warn|propos|discuss|stabilis|stabiliz|increas|pay)"
)
_SCOUSE_TAG = r"(?:la|lar|lad|like|den|eh|ey|yeah|mate)"
_SCOUSE_LAST = rf"(?=(?:\W+{_SCOUSE_TAG})*\W*$)"  # a tag closing the question, or before another one ("like, la")
# Signs of Scouse: its own ("wha", "de", "dey", "la" at the end) and those any texter may type ("bout", "sed", "sayin"),
# which count only beside one of its own
_SCOUSE_OWN_SIGN = (
    r"\b(?:wha|wharr|worr|warr|dey|dem|der|dere|dese|dose|youse|gis|giz|gizza|(?:go|goes|went)\s+an|our\s+kid"
    r"|(?-i:de)(?=\s+(?-i:[a-z]))(?!\s+(?:facto|jure|minimis|novo|la|los|las)\b)"
    rf"|(?:la|lar|lad|like|den|or\s+wha){_SCOUSE_LAST})\b"
)
_SCOUSE_SIGN = (
    rf"(?:{_SCOUSE_OWN_SIGN}|\b(?:shud|wud|cud|sed|bout|dat|dis|yer|wuz|tings|wid|{_SCOUSE_DROPPED_G}in"
    r"|ya(?=\s+(?-i:[a-z]))|an(?=\s+(?-i:[bcdfgjklmnpqrstvwxyz])))\b)"
)
# What a "like" at the end is part of: "what was it like", "what did it look like" (not Scouse's tag)
_LIKE_ASKED = _lazy_pattern(
    r"^(?:what|how)\s+(?:was|were|is|are|['’]s)\b|\b(?:look|looks|looked|feel|feels|felt|sound|sounds|seem|seems|be)\s+like\W*$",
    re.I,
)


# What an article "an" follows: "is an ally", "for an hour"; elsewhere Scouse's "an" is "and" ("china an america")
_BEFORE_AN_ARTICLE = frozenset(
    "is was be been are were of in for to with had has have got get take took give gave such quite about as on at by "
    "from into like than make made what it's there's that's".split()
)


def _scouse_and(match: re.Match[str]) -> str:
    """ "china an america": china and america; "for an hour" keeps its article."""
    before = match.string[: match.start()].split()
    return match.group() if before and before[-1].lower() in _BEFORE_AN_ARTICLE else "and"


def _scouse_tag(match: re.Match[str]) -> str:
    """ "… in Beijing like": the tag set aside; "what was the meeting like" keeps its "like"."""
    if match.group("tag").lower() == "like" and _LIKE_ASKED().search(match.string):
        return match.group()
    return ""


@cache
def _scouse() -> _Shapes:
    return (
        (re.compile(r"^(?:ey|eh|ere|oi|alright)\s*,?\s*(?:la|lad|lar)?\s*,?\s*(?=\w)", re.I), ""),
        (re.compile(r"(?:,?\s+(?:la|lar|lad|eh|ey|yeah|mate|den|kidda|our\s+kid|soft\s+lad|or\s+wha))+\W*$", re.I), ""),
        (re.compile(r",?\s+(?P<tag>like)\W*$", re.I), _scouse_tag),
        (re.compile(r"(?:,?\s+(?:la|lar|lad|eh|ey|yeah|mate))+\W*$", re.I), ""),  # "… la like la": a tag each side
        (re.compile(r"\s+den(?=\s*,)", re.I), ""),  # "where's dis great hall den, wha city": "then", a tag
        # "de Philippines", "de Great Hall": "the"; "de Blasio", "de Gaulle" keep theirs
        (
            re.compile(
                r"\bde\s+(?=(?:Philippines|Netherlands|United|US|UK|USA|UN|EU|Great|South|North|East|West|White|Kremlin"
                r"|Pentagon|Chinese|American|President|Foreign|Secretary|Prime)\b)"
            ),
            "the ",
        ),
        (re.compile(rf"\b(?P<stem>{_SCOUSE_DROPPED_G})in\b", re.I), r"\g<stem>ing"),
        (re.compile(r"\b(?:go|goes|went|gone)\s+an(?:d|['’])?\s+(?=[a-z])", re.I), ""),  # "go an meet": meet
        (re.compile(r"(?<=\w\s)an(?=\s+\w)", re.I), _scouse_and),
        *_word_for_word(_SCOUSE_ENGLISH),
        (
            re.compile(
                r"\bthem\s+(?=(?:quotes|words|lines|principles|talks|comments|remarks|issues|people|two)\b)", re.I
            ),
            "those ",
        ),
        (
            re.compile(r"^what\s+(?:was|were|is)\s+(?P<who>.+?)\s+(?:going\s+)?on\s+about\b(?P<rest>.*)$", re.I),
            r"what did \g<who> say\g<rest>",
        ),
        (
            re.compile(
                r"^how\s+(?P<asked>long|many\s+hours)\s+(?:was|were|did|has|had)\s+(?P<what>.+?)\s+(?:on|going\s+on"
                r"|go\s+on|gone\s+on|last|lasting|run|running|going)(?:\s+for)?$",
                re.I,
            ),
            r"how \g<asked> did \g<what> last",
        ),
    )


_SCOUSE_WORDS = _lazy_pattern(
    r"^(?!.*\b(?:wah|seh|weh|pon|inna|afta|di|fi|wetin|abeg|oga|aboot|whit|hoo|didnae|wisnae|frae|telt|oot|ken|lah"
    rf"|leh|lor|meh)\b)(?=.*?{_SCOUSE_OWN_SIGN}).*?{_SCOUSE_SIGN}.*?{_SCOUSE_SIGN}",
    re.I,
)


# How Newcastle readers type Geordie on a phone: "whit did Xi say aboot Taiwan like" (what did Xi say about Taiwan),
# "who did Blinken gan an see in Beijing man" (whom did Blinken meet in Beijing), "hoo lang was the meetin" (how long
# was the meeting), "who says thi shud be partners like" (who says they should be partners), "did Xi say owt aboot
# Taiwan" (did Xi say anything about Taiwan). Its words are Scots' too ("whit", "aboot", "hoo", "lang"), its tags
# Scouse's ("like"), and "man" and "like" close English questions ("who was the man", "what was it like"), so it is
# read only when a question holds two signs of Geordie, one of them its own, and none of Scots, Scouse, Patois or
# Pidgin; before texting's shorthand is spelled out ("hoo lang": how long, where texting reads "hoo" as who), and
# before Scouse's book, which would take its "like" and "an". Its words are read typed in lower case (but for the
# question's first), as they are names too when capitalised ("Gan Lu", "Wes", "Lang", "Nguyen Thi Lan"). "whit did
# Xi come oot wi" (what did Xi say) is read alike by the Scots book, where a question holds no sign of Geordie's.
_GEORDIE_ENGLISH = {
    "whit": "what", "whe|whee": "who", "hoo": "how", "aboot": "about", "oot": "out", "doon": "down", "roond": "round",
    "lang": "long", "thi": "they", "shud": "should", "wud": "would", "cud": "could", "wor": "our", "yer": "your",
    "yous|youse": "you", "divvent|divn['’]?t|dinnit": "don't", "div": "do", "summat": "something",
    "knaa|knaw": "know", "wes": "was", "hev": "have", "aal": "all", "ower": "over", "alreet": "all right",
    "neebody": "nobody", "gannin|ganning|gannen": "going", "gan": "go", "wi": "with", "toon": "town",
    "hyem": "home", "owt": "anything", "nowt": "nothing", "te|tiv": "to", "ye": "you",
    "di(?=\\s+(?:they|thi|ye|yous|youse|we|you|ah|he|she|it)\\b)": "do", "hisself|hissel|hisel": "himself",
    "hersel|hersell": "herself", "theirsels|thesels|themsels": "themselves", "gaffer|gaffa": "boss",
}  # fmt: skip
_GEORDIE_TAG = r"(?:man|pet|hinny|marra|like|mind|lad|eh|wor\s+kid)"
_GEORDIE_OWN_WORDS = (
    r"(?:gan|gannin|ganning|gannen|thi|divvent|divn['’]?t|howay|haway|hadaway|wor|knaa|hyem|nowt|owt|wes|hev|aal"
    r"|alreet|neebody|whee?|hinny|marra|hoo\s+(?:lang|many|mony|much|aboot|far|come))"
)
_GEORDIE_SHARED_WORDS = (
    r"(?:whit|aboot|oot|doon|lang|shud|wud|cud|wi|yer|yous|youse|ye|hisself|gaffer|di(?=\s+(?:they|thi|ye|we|you)\b)"
    r"|(?:meet|talk|say|go|do|tell|happen|com|gett|last|mention|ask|visit|hav)in)"
)
# Signs of Geordie: its own ("gan", "thi", "hoo lang", a tag closing the question) and those it shares with Scots and
# any texter ("whit", "aboot", "shud", "meetin"), which count only beside one of its own
# (typed in lower case but for the question's first word)
_GEORDIE_OWN_SIGN = rf"(?:^{_GEORDIE_OWN_WORDS}|\b(?-i:{_GEORDIE_OWN_WORDS}))\b|\b{_GEORDIE_TAG}(?:\W*$|(?=\s*,))"
_GEORDIE_SIGN = rf"(?:{_GEORDIE_OWN_SIGN}|(?:^{_GEORDIE_SHARED_WORDS}|\b(?-i:{_GEORDIE_SHARED_WORDS}))\b)"
# What a question's "and" comes before, which Geordie's "an" is read as ("…, an when was it")
_GEORDIE_ASKING = r"(?:what|who|where|when|how|why|which|did|does|do|is|was|were|has|have|had|can|could|will|would)"
# What a "man" at the end is part of: "who was the man", "which man" (not Geordie's tag)
_MAN_ASKED = _lazy_pattern(r"\b(?:the|a|an|this|that|which|what|old|young|other|same|one)\s+man\W*$", re.I)


def _geordie_tag(match: re.Match[str]) -> str:
    """ "… in Beijing man": the tag set aside; "what was the meeting like", "who was the man" keep theirs."""
    tag = match.group("tag").lower()
    if (tag == "like" and _LIKE_ASKED().search(match.string)) or (tag == "man" and _MAN_ASKED().search(match.string)):
        return match.group()
    return ""


@cache
def _geordie() -> _Shapes:
    return (
        (
            re.compile(rf"^(?:{'|'.join(_GEORDIE_ENGLISH)}|howay|haway|hadaway)\b", re.I),
            lambda match: match.group().lower(),
        ),  # "Whit did …", "Hoo lang …": its first word capitalised
        (
            re.compile(
                r"^(?:howay|haway|hadaway|wey|whey|aye|eee?)\b\s*,?\s*(?:man|lad|pet|hinny|marra)?\s*,?\s*(?=\w)", re.I
            ),
            "",
        ),
        (re.compile(r"\b(?:gan|gans|went|gone|gannin)\s+(?:an|and|te|tiv|to)\s+(?:see|meet)\b", re.I), "meet"),
        (re.compile(r"\b(?:gan|gans|went|gone)\s+(?:an|and|te|tiv)\s+(?=[a-z])", re.I), ""),  # "gan an ask": ask
        (re.compile(rf"\b(?P<stem>{_SCOUSE_DROPPED_G})in\b", re.I), r"\g<stem>ing"),
        (re.compile(r"\bhoo\s+(?=(?:lang|many|mony|much|aboot|far|come)\b)", re.I), "how "),
        (re.compile(r"\bwhe(?=['’]s\b)", re.I), "who"),  # "whe's Wang Yi": who's
        (
            re.compile(r"^(?P<asked>did|does|has|have|div)\b(?P<between>.*?)\bnowt\b", re.I),
            r"\g<asked>\g<between>owt",
        ),  # "did Xi say nowt aboot Taiwan": did he say anything
        *((re.compile(rf"\b(?-i:{words})\b"), english) for words, english in _GEORDIE_ENGLISH.items()),
        (re.compile(rf",?\s+(?P<tag>{_GEORDIE_TAG})\W*$", re.I), _geordie_tag),
        (re.compile(rf",?\s+(?P<tag>{_GEORDIE_TAG})\W*$", re.I), _geordie_tag),  # "… like, man": a tag each side
        (re.compile(rf"\s+(?P<tag>{_GEORDIE_TAG})(?=\s*,)", re.I), _geordie_tag),  # "whee's the gaffer like, an …"
        # "…, an when was it": and ("an" before a question's word, not an article)
        (re.compile(rf"(?:^|(?<=,\s))an\s+(?={_GEORDIE_ASKING}\b)", re.I), "and "),
        # "whit did Xi come oot wi aboot Taiwan": what did Xi say about Taiwan
        (re.compile(r"^what\s+did\s+(?P<who>.+?)\s+come\s+(?:out|oot)\s+(?:with|wi)\b", re.I), r"what did \g<who> say"),
        (
            re.compile(
                r"^what(?:\s+(?:was|were|is)|['’]s)\s+(?P<who>.+?)\s+(?:going\s+)?on\s+about\b(?P<rest>.*)$", re.I
            ),
            r"what did \g<who> say\g<rest>",
        ),  # "whit's Xi on aboot": what he said
        (
            re.compile(
                r"^how\s+(?P<asked>long|many\s+hours)\s+(?:was|were|did)\s+(?P<what>.+?)\s+(?:on|going\s+on|go\s+on"
                r"|last|lasting|going)(?:\s+for)?$",
                re.I,
            ),
            r"how \g<asked> did \g<what> last",
        ),
        _us_foreign_minister(),
    )


_GEORDIE_WORDS = _lazy_pattern(
    r"^(?!.*\b(?:wha|whaur|didnae|wisnae|isnae|telt|frae|heid|onything|mony|ken|gang|gaun|muckle|dey|dem|der|dere"
    r"|dese|dose|gis|giz|de|wah|seh|weh|pon|inna|afta|di(?!\s+(?:they|thi|ye|yous|youse|we|you|ah)\b)|fi|wetin|abeg"
    r"|oga|lah|leh|lor|meh|brah|la|lar)\b)"
    rf"(?=.*?(?:{_GEORDIE_OWN_SIGN})).*?{_GEORDIE_SIGN}.*?{_GEORDIE_SIGN}",
    re.I,
)


# How readers ask in Scottish Gaelic, with English names: "Dè thuirt Blinken mu dheidhinn Taiwan?" (what said Blinken
# about Taiwan), "Cò thuirt gu bheil …?" (who said that … is), "Cuin a choinnich Xi agus Blinken?" (when did Xi and
# Blinken meet), "Càite an robh a' choinneamh?" (where was the meeting), "Co mheud uair a thìde a mhair na
# còmhraidhean?" (how many hours did the talks last), "Cò e Wang Yi?" (who is Wang Yi). Its verb comes first, before
# its doer; a question word opens the question and the verb after it takes "a" (a relative's mark) and the softened
# ("lenited") form, an "h" after its first consonant ("thuirt": said; "choinnich": met; "mhair": lasted; "mhol":
# proposed; "chaidh": went, or was, with "a ràdh": was said), "an do" before the verb asks whether it was done ("An
# do choinnich …?", "Càite an do choinnich …?"), "an" alone before a verb's dependent form ("An tuirt Xi gun …?": did
# Xi say that …; "An robh …": was …). "agus" (or "is", "'s") is "and", "ri" (or "ris") "to" after a verb of saying and
# "with" after "coinnich" (meet), "mu" or "mu dheidhinn" "about", "ann an" (or "ann am") "in", "an dèidh" "after", "gu
# bheil", "gun" and "gum" "that"; a noun's article softens it too ("a' choinneamh": the meeting), and an owner comes
# after its noun ("Ceann-suidhe Shìona": China's president). Typed with its grave accents or without them ("De thuirt
# …", "Caite an robh …"). Its "de" and "co" are Spanish's, Czech's and Slovak's words: the book is read only when a
# shape of Gaelic's own is there ("thuirt", "cuin", "càite", "co mheud", "mu dheidhinn", "choinnich", "coinneamh",
# "còmhraidhean").
_GAELIC_MARKED = (("a", "àá"), ("e", "èé"), ("i", "ìí"), ("o", "òó"), ("u", "ùú"))
_GAELIC_NAMES = {
    "(?-i:[Ss]h?iona)": "China", "(?:nan?\\s+)?(?-i:[Ss]t[aà]itean\\s+[Aa]onaichte)": "the US",
    "(?-i:Ameireaga|Aimearaga|Aimeireaga|Ameireagaidh)": "America",
    "(?:(?-i:an|na)\\s+)?(?-i:Ruis)(?:e|ia)?|(?-i:Ruisia)": "Russia", "(?-i:Iapan|Seapan)": "Japan",
    "(?-i:Taidh-bh[aà]n)": "Taiwan",
}  # fmt: skip
# Its titles and nouns, with their articles and the words around them, put into English before its shapes are read
_GAELIC_THINGS = {
    "a\\s+reir\\s+(?:an\\s+artaigil|na\\s+h-aithisg|an\\s+sgeoil)(?:\\s+seo)?": "according to the article",
    "(?:anns\\s+an|san|sa)\\s+(?:artaigil|aithisg|sgeul)\\s+seo": "in this article",
    "(?:anns\\s+an|san|sa)\\s+(?:artaigil|aithisg|sgeul)": "in the article",
    "(?:an\\s+t-|an\\s+)?(?:artaigil|aithisg|sgeul)\\s+seo": "this article",
    "(?:an\\s+t-|an\\s+|na\\s+h-)?(?:artaigil|aithisg)|an\\s+sgeul": "the article",
    "mh?inistear\\s+(?:nan?\\s+)?(?:cuisean|gnothaichean)\\s+(?:cein|thall\\s+thairis)|mh?inistear\\s+cein"
    "|mh?inistear\\s+nan\\s+duthchannan\\s+cein": "foreign minister",
    "runaire\\s+(?:na\\s+)?staite": "secretary of state",
    "priomhaire|priomh[-\\s]mh?inistear": "prime minister", "(?:c|ch)eann[-\\s]suidhe": "president",
    "mh?inistear": "minister", "(?:c|ch)eannard": "leader", "neach[-\\s]labhairt": "spokesperson",
    "oifigeach|oifigear": "official", "neach[-\\s]naidheachd|naidheachdair": "journalist", "ughdar": "author",
    "sineach": "Chinese", "ameireaganach|aimeireaganach": "American", "ruiseanach": "Russian",
    # the meeting and the talks, with the words before them that say when ("an dèidh na coinneimh": after the meeting)
    "(?:an|as)\\s+deidh\\s+(?:na\\s+)?coinneimh": "after the meeting",
    "ro\\s+(?:na\\s+)?(?:choinneimh|coinneimh)": "before the meeting",
    "(?:re|tro)\\s+(?:na\\s+)?(?:choinneimh|coinneimh)": "during the meeting",
    "aig\\s+a['’]?\\s+(?:choinneimh|choinneamh)|sa\\s+choinneimh": "at the meeting",
    "(?:an|as)\\s+deidh\\s+(?:nan\\s+)?(?:comhraidhean|comhraidh)": "after the talks",
    "(?:anns\\s+na|sna)\\s+comhraidhean": "in the talks",
    "(?:a['’]\\s+)?(?:ch|c)oinneamh\\s+mhullaich|co-labhairt": "the summit",
    "(?:a['’]\\s+)?(?:choinneamh|choinneimh)|(?:an\\s+)?coinneamh|na\\s+coinneimh": "the meeting",
    "(?:na|nan)\\s+(?:comhraidhean|comhraidh|deasbadan|co-chomhraidhean)|(?:an\\s+)?comhradh|comhraidhean": "the talks",
    "(?:an\\s+)?turas": "the visit",
    "(?:c|ch)oraichean\\s+(?:daonna|a['’]\\s+chinne[-\\s]daonna)": "human rights", "m(?:h)?alairt": "trade",
    "(?:p|ph)rionnsa(?:b|p)al(?:an)?": "principles", "d(?:h)?aimhean|(?:c|ch)airdeas": "relations",
    "(?:an\\s+)?d(?:h)?aimh": "the relationship", "(?:na\\s+h-|na\\s+)?eadar-dhealachaidhean": "differences",
    "(?:nan\\s+|na\\s+h-|na\\s+)?eas-aonta(?:n|idhean)?": "the disagreements", "(?:c|ch)uisean": "issues",
    "taic": "support", "am\\s+measg": "among", "eadar": "between", "fhathast": "still",
    "a\\s+chaidh\\s+(?:ainmeachadh|iomradh|a\\s+thogail)": "that were mentioned",
    "nach\\s+deach\\s+(?:am\\s+|an\\s+|a\\s+)?fhuasgladh": "that were not resolved",
    "(?:c|ch)om-pairtichean|co-chompanaich|(?:c|ch)ompanaich": "partners",
    "co-fharpaisich|naimhdean|farpaisich": "rivals",
    "(?:an\\s+)?da\\s+dhuthaich": "the two countries", "duthchannan": "countries",
    "uair(?:ean)?\\s+a\\s+thide|uairean": "hours", "mionaid(?:ean)?": "minutes",
    "(?:gum\\s+|gun\\s+)?bu\\s+choir\\s+dhaibh\\s+a\\s+bhith(?:\\s+(?:nan|nam|na))?": "that they should be",
    "(?:gum\\s+|gun\\s+)?bu\\s+choir\\s+dhuinn\\s+a\\s+bhith(?:\\s+(?:nar|nan))?": "that we should be",
    "mu\\s+dheidhinn": "about", "a\\s+h-uile|uile": "all", "cuideachd": "also",
    "mas\\s+e\\s+(?:do|ur)\\s+thoil\\s+e|ma['’]?\\s*s\\s+e\\s+(?:do|ur)\\s+thoil\\s+e": "please",
    "innis\\s+dhomh": "tell me", "thoir\\s+dhomh": "give me", "dad|cail|rud\\s+sam\\s+bith": "anything",
}  # fmt: skip
_GAELIC_SAID = r"(?:(?:a|an\s+do)\s+)?(?:thuirt|thubhairt|dubhairt|tuirt|duirt|dh['’]\s*innis|innis)"
_GAELIC_MET = r"(?:(?:a|an\s+do|'n\s+do)\s+)?(?:choinnich|coinnich|thachair)"
# What was done, asked how many or whether ("mhol": proposed; "chuir … air adhart": put forward)
_GAELIC_DONE = {
    "mhol": "propose", "mol": "propose", "chuir": "propose", "thug": "give", "dh'ainmich": "mention",
    "ainmich": "mention", "sgriobh": "write", "fhoillsich": "publish",
}  # fmt: skip
_GAELIC_DONE_WORDS = r"(?:mhol|mol|chuir|thug|dh['’]\s*ainmich|ainmich|sgriobh|fhoillsich)"
# What a Gaelic reader asks someone works for ("buidheann": organisation)
_GAELIC_EMPLOYERS = {
    "bhuidheann": "organisation", "buidheann": "organisation", "riaghaltas": "government", "mhinistr": "ministry",
    "ministr": "ministry", "chompanaidh": "company", "companaidh": "company", "phaipear": "newspaper",
    "paipear": "newspaper",
}  # fmt: skip
_GAELIC_ASKED = {"cuin": "when", "caite": "where", "cait": "where", "de an latha": "on which day"}
_GAELIC_ASKING = r"(?:cuin|caite|cait|de\s+an\s+latha)"
_GAELIC_NAME = r"(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?"
_GAELIC_DOER = rf"(?:{_GAELIC_NAME}|(?:the\s+)?(?:\w+\s+){{0,3}}?(?:{_OFFICE}|leader)(?:\s+of\s+[^,?]+?)?)"


def _gaelic_asked(asked: str) -> str:
    """ "cuin": when; "càite": where; "dè an latha": on which day."""
    return _GAELIC_ASKED[" ".join(asked.lower().split())]


# Describing words said "as … as possible" ("cho soilleir 's a ghabhas": as clear as possible), the owner words after a
# noun ("aca": theirs), and verbs of saying or thinking asked whether done ("An do dh'aidich …": did … acknowledge)
_GAELIC_DESCRIBING = {"soilleir": "clear", "luath": "quickly", "math": "good", "direach": "direct", "fosgailte": "open",
                      "tric": "often", "fad": "long"}  # fmt: skip
_GAELIC_OWNERS = {"aca": "their", "aige": "his", "aice": "her"}
_GAELIC_SAYING = {"dh'aidich": "acknowledge", "aidich": "acknowledge", "gheall": "promise", "chreid": "believe",
                  "dhearbh": "confirm", "sheall": "show", "mhol": "propose", "dh'innis": "say"}  # fmt: skip


def _gaelic_done(done: str) -> str:
    """ "mhol": "propose"; "dh' ainmich": "mention"."""
    return _GAELIC_DONE.get(re.sub(r"'\s+", "'", done.lower()), done)


def _gaelic_employer(match: re.Match[str]) -> str:
    """ "Dè a' bhuidheann dha bheil Wang Yi ag obair?": which organisation does Wang Yi work for."""
    word = match.group("employer")
    employer = next((e for stem, e in _GAELIC_EMPLOYERS.items() if word.lower().startswith(stem)), word)
    return f"which {employer} does {match.group('who')} work for"


@cache
def _gaelic() -> _Shapes:
    name, doer, said, met = _GAELIC_NAME, _GAELIC_DOER, _GAELIC_SAID, _GAELIC_MET
    rest = r"(?P<rest>\s+(?:about|in|at|after|before|during)\s+[^,?]+)?"
    return (
        _after_the_question(),
        (re.compile("[’`´‘]"), "'"),
        *_plain_letters(_GAELIC_MARKED),
        # "Agus …", "Ach …" (and, but) before the question; "Agus Wang Yi?", "Dè mu dheidhinn Wang Yi?": what about him
        (
            re.compile(
                r"^(?:agus|is|ach|mar\s+sin|uill)\s*,?\s+(?=(?:de|co|cuin|caite|cait|carson|ciamar|an|cia)\b)", re.I
            ),
            "",
        ),
        (
            re.compile(rf"^(?:agus|is)\s+(?P<who>{name})$|^de\s+mu\s+(?:dheidhinn\s+)?(?P<who2>{name})$", re.I),
            lambda match: f"what about {match.group('who') or match.group('who2')}",
        ),
        # a name softened as a Gaelic one is ("a Bheijing": to Beijing; "mu Thaiwan": about Taiwan)
        (re.compile(r"\b(?P<c>[BCDFGMPST])h(?P<rest>linken|eijing|iden|utin|aiwan|alifornia)\b"), r"\g<c>\g<rest>"),
        *_word_for_word(_GAELIC_NAMES),
        *_word_for_word(_GAELIC_THINGS),
        # "Xi agus Blinken": Xi and Blinken; "ann am Beijing": in Beijing; "mu Taiwan": about Taiwan; "aig Sìona"
        # after a title: of China; "bu chòir do X a bhith …": X should be …
        (re.compile(r"(?P<a>\b(?-i:[A-Z])[\w-]*)\s+(?:agus|is|'s)\s+(?=(?-i:[A-Z]))"), r"\g<a> and "),
        (re.compile(r"\b(?:ann\s+an|ann\s+am|anns\s+an|san|sa)\s+(?=(?-i:[A-Z]))", re.I), "in "),
        (re.compile(r"\bmun\s+", re.I), "about the "),
        (re.compile(r"\bmu\s+(?=(?-i:[A-Z])|the\b|\w)", re.I), "about "),
        # "cho soilleir 's a ghabhas" (as clear as can be): as clear as possible; "prionnsapal mòr" (a principle great):
        # major principles; "na h-eadar-dhealachaidhean aca" (the differences at them): their differences
        (
            re.compile(rf"\bcho\s+(?P<word>{'|'.join(_GAELIC_DESCRIBING)})\s+(?:'?s|is|agus)\s+a\s+ghabhas\b", re.I),
            lambda match: f"as {_GAELIC_DESCRIBING[match.group('word').lower()]} as possible",
        ),
        (re.compile(r"\b(?P<noun>principles|issues|differences)\s+(?:mh?or|mh?ora)\b", re.I), r"major \g<noun>"),
        (
            re.compile(r"\b(?:the\s+)?(?P<noun>[a-z][\w-]*)\s+(?P<owner>aca|aige|aice)\b"),
            lambda match: f"{_GAELIC_OWNERS[match.group('owner')]} {match.group('noun')}",
        ),
        # "taic Shìona don Ruis" (the support of China to Russia): China's support for Russia
        (re.compile(r"\bsupport\s+(?P<of>China|America|Russia|the\s+US)\b"), r"\g<of>'s support"),
        (re.compile(r"\bsupport\s+(?:do|don|dha|dhan)\s+", re.I), "support for "),
        # "gu bheil cùisean ann fhathast" (that issues are in it still): that there are still issues
        (
            re.compile(r"\b(?:gu\s+bheil|gum\s+bheil)\s+(?P<what>\w+)\s+ann(?P<still>\s+still)?\b", re.I),
            lambda match: f"that there are{' still' if match.group('still') else ''} {match.group('what')}",
        ),
        (
            re.compile(
                rf"\b(?P<title>{_OFFICE}|leader)\s+(?:aig|na|nan|an)\s+(?=China\b|America\b|Russia\b|the\s+US\b)", re.I
            ),
            r"\g<title> of ",
        ),
        (
            re.compile(
                r"\b(?:gum\s+|gun\s+)?bu\s+choir\s+(?:do|don|dhan|dha)\s+(?P<who>[^,?]+?)\s+a\s+bhith\s+(?:nan\s+|nam\s+|na\s+)?",
                re.I,
            ),
            r"that \g<who> should be ",
        ),
        (re.compile(r"\b(?:an|as)\s+deidh\s+", re.I), "after "),
        _according_to_last(),
        # "a rèir an artaigil" said with the question, the article every answer comes from, has no more to say
        (re.compile(r"\s*,?\s*\baccording\s+to\s+the\s+article$", re.I), ""),
        # "An robh taic Shìona … am measg …?": was China's support … among …
        (
            re.compile(r"^an\s+robh\s+(?P<what>[^,?]+?)\s+among\s+(?P<among>[^,?]+)$", re.I),
            r"was \g<what> among \g<among>",
        ),
        # "An do dh'aidich Xi gu bheil …?": did Xi acknowledge that … (a verb of saying or thinking asked whether done)
        (
            re.compile(
                rf"^an\s+(?:do\s+)?(?P<verb>{'|'.join(_GAELIC_SAYING)})\s+(?P<who>{doer})\s*,?\s+(?P<that>that\s+there\s+.+)$",
                re.I,
            ),
            lambda match: (
                f"did {match.group('who')} {_GAELIC_SAYING[re.sub(r'[’]', chr(39), match.group('verb').lower())]} "
                f"{match.group('that')}"
            ),
        ),
        # "Dè chaidh a ràdh mu Taiwan?": what was said about Taiwan; "Dè tha the article ag ràdh mu …": what does the
        # article say about …
        (
            re.compile(
                r"^de\s+(?:a\s+)?chaidh\s+(?:a\s+)?(?:radh|thoirt\s+seachad)\s+(?P<about>about\s+[^,?]+?)(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            r"what was said \g<about>",
        ),
        (
            re.compile(
                r"^de\s+(?:a\s+)?(?:tha|th')\s+(?P<what>(?:this|the)\s+article)\s+ag\s+radh\s+(?P<about>about\s+[^,?]+)$",
                re.I,
            ),
            r"what does \g<what> say \g<about>",
        ),
        # "Dè thuirt Blinken mu Taiwan?", "Dè a thuirt Wang Yi ri Blinken?", "Dè a bh' aig Blinken ri ràdh …": what did
        # Blinken say (about, to)
        (
            re.compile(
                rf"^de\s+{said}\s+(?P<who>[^,?]+?)(?:\s+(?:ri|ris|to)\s+(?P<whom>{name}))?{rest}$"
                rf"|^de\s+(?:a\s+)?(?:bh'|bha)\s*aig\s+(?P<who2>[^,?]+?)\s+ri\s+radh{rest.replace('rest', 'rest2')}$",
                re.I,
            ),
            lambda match: (
                f"what did {match.group('who') or match.group('who2')} say"
                + (f" to {match.group('whom')}" if match.group("whom") else "")
                + (match.group("rest") or match.group("rest2") or "")
            ),
        ),
        # "Cò thuirt gu bheil …?", 'Cò a thuirt "…"?': who said …
        (
            re.compile(
                rf"^co\s+{said}\s*[,:]?\s+(?:gu\s+bheil\s+|gun\s+|gum\s+|gu\s+|that\s+)?(?!about\b)(?P<said>.+)$", re.I
            ),
            r"who said \g<said>",
        ),
        # whom someone met, and who met someone: "Cò ris an do choinnich Blinken in Beijing?", "Cò a choinnich ri
        # Blinken?"
        (
            re.compile(
                rf"^co\s+(?:ris|ri|leis)\s+{met}\s+(?P<who>[^,?]+?)(?P<where>\s+(?:in|at|after|during)\s+[^,?]+)?$",
                re.I,
            ),
            r"who did \g<who> meet\g<where>",
        ),
        (re.compile(rf"^co\s+{met}\s+(?:ri|ris|with)\s+(?P<whom>[^,?]+)$", re.I), r"who met \g<whom>"),
        # "Cuin a choinnich Xi and Blinken?", "Càite an do choinnich Blinken ri Xi?": when (where) did … meet
        (
            re.compile(
                rf"^(?P<asked>{_GAELIC_ASKING})\s+{met}\s+(?P<who>[^,?]+?)(?:\s+(?:ri|ris|with)\s+(?P<whom>[^,?]+?))?"
                r"(?P<where>\s+in\s+[^,?]+)?$",
                re.I,
            ),
            lambda match: (
                f"{_gaelic_asked(match.group('asked'))} did {match.group('who')} meet"
                + (f" {match.group('whom')}" if match.group("whom") else "")
                + (match.group("where") or "")
            ),
        ),
        # "Càite an robh the meeting?", "Càite an deach the meeting a chumail?": where (when) did the meeting take place
        (
            re.compile(
                rf"^(?P<asked>{_GAELIC_ASKING})\s+(?:a|an)\s+(?:robh|bha|do\s+thachair|thachair|deach|do\s+chumadh|chumadh)\s+"
                r"(?P<what>[^,?]+?)(?:\s+a\s+chumail)?$",
                re.I,
            ),
            lambda match: f"{_gaelic_asked(match.group('asked'))} did {_with_the(match.group('what'))} take place",
        ),
        # "Dè cho fada 's a mhair the talks?", "Co mheud hours a mhair …": how long (how many hours) did the talks last
        (
            re.compile(
                r"^(?:de\s+cho\s+fada?|cia\s+fhad|cho\s+fada)\s*(?:'?s\s+a|agus\s+a|is\s+a|a)\s+(?:mhair|bha|lean|chaidh)\s+(?P<what>[^,?]+)$"
                r"|^(?:co|cia)\s+mheud\s+(?P<unit>hours|minutes)\s+(?:a|an\s+do)\s+(?:mhair|bha|lean)\s+(?P<thing>[^,?]+)$",
                re.I,
            ),
            lambda match: (
                ("how many hours" if match.group("unit") == "hours" else "how long")
                + f" did {_with_the(match.group('what') or match.group('thing'))} last"
            ),
        ),
        # "Co mheud principles a mhol Xi?": how many principles did Xi propose
        (
            re.compile(
                rf"^(?:co|cia)\s+mheud\s+(?P<thing>\S+(?:\s+\S+)?)\s+(?:a|an\s+do)\s+(?P<done>{_GAELIC_DONE_WORDS})\s+(?P<who>{doer})"
                r"(?:\s+air\s+adhart)?$",
                re.I,
            ),
            lambda match: (
                f"how many {match.group('thing')} did {match.group('who')} {_gaelic_done(match.group('done'))}"
            ),
        ),
        # "Dè a' phrìs a th' air Super Saver?", "Dè na tha Super Saver a' cosg?": how much does Super Saver cost
        (
            re.compile(
                r"^de\s+(?:a'\s*)?(?:phris|pris)\s+(?:a\s+)?(?:th'|tha)\s+air\s+(?P<what>[^,?]+)$"
                r"|^(?:de|co\s+mheud)\s+(?:na\s+|a\s+)?(?:tha|th')\s+(?P<thing>[^,?]+?)\s+a'?\s*cosg$",
                re.I,
            ),
            lambda match: f"how much does {_with_the_own_noun(match.group('what') or match.group('thing'))} cost",
        ),
        # "Cò a sgrìobh the article?": who wrote the article
        (
            re.compile(r"^co\s+(?:a\s+)?(?P<done>sgriobh|fhoillsich|dh'ainmich)\s+(?P<what>[^,?]+)$", re.I),
            lambda match: f"who {_past_tense(_gaelic_done(match.group('done')))} {match.group('what')}",
        ),
        # "Dè a' bhuidheann dha bheil Wang Yi ag obair?": which organisation does Wang Yi work for
        (
            re.compile(
                r"^de\s+(?:an|a'|a|am|na)\s+(?P<employer>\S+)\s+(?:dha|leis|aig|do|dhan|far)\s+(?:a\s+)?(?:bheil|a\s+bheil)\s+"
                r"(?P<who>[^,?]+?)\s+ag\s+obair$",
                re.I,
            ),
            _gaelic_employer,
        ),
        # "Dè an dreuchd a th' aig Wang Yi?": what is Wang Yi's title
        (
            re.compile(
                r"^de\s+(?:an\s+)?(?:dreuchd|obair|t-obair|tiotal|suidheachadh)\s+(?:a\s+)?(?:th'|tha)\s+aig\s+(?P<who>[^,?]+)$",
                re.I,
            ),
            r"what is \g<who>'s title",
        ),
        # "Cò e Wang Yi?", "Cò th' ann an Wang Yi?": who is Wang Yi
        (
            re.compile(
                r"^co\s+(?:(?:e|i|iad)\s+|(?:a\s+)?(?:th'|tha)\s+(?:ann\s+(?:an|am)\s+|in\s+)?)(?P<who>[^,?]+)$", re.I
            ),
            r"who is \g<who>",
        ),
        # "Carson a chaidh Blinken gu Beijing?": why did Blinken go to Beijing
        (
            re.compile(
                rf"^carson\s+(?:a|an\s+do)\s+(?:chaidh|deach|thainig|thadhail)\s+(?P<who>{name})\s+(?:gu|a|do|dhan|to|in)\s+"
                r"(?P<place>[^,?]+)$",
                re.I,
            ),
            r"why did \g<who> go to \g<place>",
        ),
        # "Dè thachair at the meeting?": what happened at the meeting
        (re.compile(r"^de\s+(?:a\s+)?thachair(?P<rest>.*)$", re.I), r"what happened\g<rest>"),
        # "An deach iomradh a thoirt air Ruisia?", "An robh iomradh air …", "An deach Ruisia ainmeachadh?": was Russia
        # mentioned
        (
            re.compile(
                r"^an\s+(?:deach|robh|tug\s+(?:the|this)\s+article)\s+(?:iomradh|guth)\s+(?:a\s+thoirt\s+)?(?:air|about)\s+"
                r"(?P<what>[^,?]+?)(?:\s+in\s+the\s+article)?$"
                r"|^an\s+deach\s+(?P<thing>[^,?]+?)\s+(?:ainmeachadh|ainmeachadh|a\s+ainmeachadh|iomradh)(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            lambda match: f"was {match.group('what') or match.group('thing')} mentioned",
        ),
        # "An tuirt Xi dad mu Taiwan?": did Xi say anything about Taiwan; "An tuirt Xi gun …?": did Xi say that …;
        # "An do choinnich Xi ri Biden?": did Xi meet Biden
        (
            re.compile(
                rf"^an\s+(?:do\s+)?(?:tuirt|thuirt|dubhairt|bhruidhinn|do\s+bhruidhinn)\s+(?P<who>{doer})\s+(?:anything\s+)?"
                r"(?P<about>about\s+[^,?]+)$",
                re.I,
            ),
            r"did \g<who> say anything \g<about>",
        ),
        (
            re.compile(
                rf"^an\s+(?:do\s+)?(?:tuirt|thuirt|dubhairt)\s+(?P<who>{doer})\s*,?\s+(?:gu\s+bheil|gun|gum|gu|that)\s+(?P<said>.+)$",
                re.I,
            ),
            r"did \g<who> say that \g<said>",
        ),
        (
            re.compile(
                rf"^an\s+do\s+(?:choinnich|thachair)\s+(?P<who>{doer})\s+(?:ri|ris|with|and)\s+(?P<whom>[^,?]+)$", re.I
            ),
            r"did \g<who> meet \g<whom>",
        ),
        *_word_for_word(
            {
                "agus": "and",
                "gu\\s+bheil|gun|gum": "that",
                "ach": "but",
                "cuin": "when",
                "caite|cait": "where",
                "carson": "why",
                "(?:co|cia)\\s+mheud": "how many",
            }
        ),
        _the_the(),
        *_in_english_at_last(),
    )


# Scottish Gaelic's own shapes ("thuirt", "cuin", "càite", "co mheud", "mu dheidhinn", "choinnich", "coinneamh",
# "còmhraidhean"), none of them Irish's alone ("dúirt", "cathain", "cá háit") or Welsh's
_GAELIC_WORDS = _lazy_pattern(
    r"\b(?:thuirt|thubhairt|dubhairt|tuirt)\b|^\W*(?:(?:agus|is)\s+)?(?:cuin|c[aà]ite?|carson)\s+(?:a|an)\b"
    r"|\b(?:co|c[oò]|cia)\s+mheud\b|\bmu\s+dheidhinn\b|\b(?:choinnich|coinnich)\b|\b(?:ch|c)oinn(?:ea|ei)mh\b"
    r"|\bc[oò]mhraidh(?:ean)?\b|\bc[oò]mhradh\b|^\W*c[oò]\s+(?:e|i|iad|th'|a\s+th'|ris|a\s+sgr[iì]obh|sgr[iì]obh)\s"
    r"|^\W*d[eè]\s+(?:a\s+)?(?:chaidh|thachair|bh'|cho\s+fad|a'\s*phr[iì]s|an\s+dreuchd)|^\W*an\s+(?:deach|robh|tuirt|do)\s"
    r"|\bag\s+obair\b|^\W*(?:agus|is)\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?\W*$|^\W*d[eè]\s+mu\s+(?:dheidhinn\s+)?(?-i:[A-Z])",
    re.I,
)


# How readers ask in Breton, Welsh's kin across the Channel, with French words: "Petra en deus lavaret Blinken
# diwar-benn Taiwan?" (what has Blinken said about Taiwan), "Piv en deus lavaret e …?" (who said that …), "Pegoulz o
# deus en em gavet Xi ha Blinken?" (when did Xi and Blinken meet: "en em" is the verb's "each other"), "Pelec'h e oa an
# emvod?" (where was the meeting), "Pegeit o deus padet ar c'haozeadennoù?" (how long did the talks last), "Pet
# pennaenn en deus kinniget Xi?" (how many principles did Xi propose). Its past is "en deus" (he has), "he deus" (she
# has) or "o deus" (they have) with a participle ("lavaret", said; "kinniget", proposed; "skrivet", written), the doer
# after the participle or between them; "eo bet" is "has been", "e oa" "was"; "diwar-benn" is "about", "da" "to",
# "gant" "with", "ha" (before a vowel "hag") "and", "e" before a place "in", "goude" "after", "an", "ar" and "al"
# "the" (a noun after "ar" softened: "kaozeadennoù", talks, "ar c'haozeadennoù"); an owner follows its noun
# ("prezidant Sina": China's president), and a yes-or-no question opens on "ha" or "daoust ha" ("Ha lavaret en deus Xi
# e …?": did Xi say that …). Its "pet" (how many) is English's, its "da", "e" and "ha" are other books' small words:
# the book is read only when a shape of Breton's own is there ("en deus", "o deus", "lavaret", "diwar-benn", "petra"
# or "piv" before a verb, "pegoulz", "pelec'h", "pegeit", "perak"; Petra is a name too).
_BRETON_MARKED = (("n", "ñ"), ("u", "ùü"), ("e", "êé"), ("o", "ô"))
_BRETON_NAMES = {
    "(?-i:SUA|S\\.U\\.A\\.?)": "the US", "(?-i:Sina)": "China",
    "(?-i:Amerika|Stadoù-Unanet|Stadou-Unanet|Stadoù\\s+Unanet|Stadou\\s+Unanet)": "America",
    "(?-i:Rusia|Russia)": "Russia", "(?-i:Pekin|Beijing)": "Beijing", "(?-i:Kalifornia)": "California",
}  # fmt: skip
_BRETON_THE = r"(?:(?:an|ar|al|ul|ur|un)\s+)?"
# Its titles and nouns, with the words around them, put into English before its shapes are read ("ar c'haozeadennoù",
# "ar gaozeadenn": the talks, softened after "ar")
_BRETON_TALKS = r"(?:k|c'h|g)aozeadenn\w*|divizo\w*|divizadeg\w*|negodiadeg\w*|negociations"
_BRETON_MEETING = r"emvod\w*|emgav\w*|r[eé]union|rencontre"
_BRETON_THINGS = {
    f"hervez\\s+{_BRETON_THE}pennad": "according to the article", f"(?:e|en)\\s+{_BRETON_THE}pennad": "in the article",
    f"{_BRETON_THE}pennad[- ]?(?:man|se)": "this article", f"{_BRETON_THE}(?:pennad|article)": "the article",
    f"{_BRETON_THE}ministr\\s+(?:an\\s+)?aferio\\w*\\s+(?:diavaez|estren)|{_BRETON_THE}ministre\\s+des\\s+affaires\\s+[eé]trang[eè]res"
    "|ministre\\s+[eé]tranger": "foreign minister",
    f"{_BRETON_THE}sekretour\\s+(?:ar\\s+)?stad|{_BRETON_THE}secr[eé]taire\\s+d['’]\\s*[EÉ]tat": "secretary of state",
    f"{_BRETON_THE}(?:prezidant|pr[eé]sident)": "president", f"{_BRETON_THE}(?:penn|rener|renerez|leader)": "leader",
    f"{_BRETON_THE}(?:ministr|ministre)": "minister", f"{_BRETON_THE}(?:skrivagner|aozer|auteur)": "author",
    f"{_BRETON_THE}(?:kannad|kannadez|porte-parole)": "spokesperson",
    # the meeting and the talks, with the words before them that say when ("goude an emvod": after the meeting)
    f"goude\\s+{_BRETON_THE}(?:{_BRETON_MEETING})": "after the meeting",
    f"a-?raok\\s+{_BRETON_THE}(?:{_BRETON_MEETING})": "before the meeting",
    f"e-?pad\\s+{_BRETON_THE}(?:{_BRETON_MEETING})": "during the meeting",
    f"goude\\s+{_BRETON_THE}(?:{_BRETON_TALKS})": "after the talks",
    f"{_BRETON_THE}(?:{_BRETON_MEETING})": "the meeting", f"{_BRETON_THE}(?:{_BRETON_TALKS})": "the talks",
    "gwirio\\w*\\s+mab[- ]den|droits\\s+de\\s+l['’]\\s*homme": "human rights", "kenwerzh|commerce": "trade",
    "pennaenn\\w*|principes": "principles", f"{_BRETON_THE}(?:darempredo\\w*|relations?)": "the relationship",
    "(?:k|g)evelerien|partners|partenaires": "partners", "kevezerien|enebourien|rivaux": "rivals",
    "e\\s+(?:tlefent|dlefent|rankfent|ranker)\\s+(?:bezan|bout)": "that they should be",
    "(?:dleout|rankout)\\s+(?:bezan|bout)": "should be", "an\\s+daou\\s+vro": "the two countries",
    "eurvezh\\w*|heur\\w*": "hours", "munut\\w*": "minutes", "tra\\s+pe\\s+dra|un\\s+dra\\s+bennak|netra": "anything",
    f"{_BRETON_THE}(?:karg|post|poste|fonction)": "title",
    f"{_BRETON_THE}(?:aozadur|organizadur|organisation)": "organisation",
    "(?:an\\s+)?arroudenno\\w*|citations": "quotes", "mar\\s+plij|s['’]il\\s+vous\\s+pla[iî]t": "please",
}  # fmt: skip
# Its small words: "diwar-benn" (about), "da" (to), "gant" (with), "ha", "hag" (and), "goude" (after)
_BRETON_ENGLISH = {
    "diwar[- ]?benn|a-?zivout|sur": "about", "etre": "between", "sinaat|sinaad|sinaiz": "Chinese",
    "amerikan(?:at|ad|iz)?": "American",
    # "ar pezh a ya fall" (what goes badly): the problems
    "ar\\s+pezh\\s+a\\s+(?:ya|za)\\s+(?:war\\s+)?fall|ar\\s+pezh\\s+na\\s+ya\\s+ket\\s+mat|ar\\s+c['’]hudenno\\w*":
        "the problems",
    "d['’]ar|d['’]an": "to the", "da": "to", "gant|gantan": "with",
    "(?<=\\s)(?:ha|hag)": "and", "goude": "after", "a-?raok": "before", "e-?pad": "during", "ivez": "also",
}  # fmt: skip
_BRETON_HAS = r"(?:(?:en|he|o|ez|hon|am)\s+deus|(?:en|he|o)\s+doa|en\s+deveus)"
_BRETON_SAID = r"(?:lavaret|lavarout|dit|d[eé]clar[eé]|displeget|embannet)"
_BRETON_MET = r"(?:en\s+em\s+gavet|en\s+em\s+gejet|emgavet|kejet|rencontr[eé]|gwelet)"
# What was done, asked how many or whether ("kinniget": proposed)
_BRETON_DONE = {
    "kinniget": "propose", "propos[eé]": "propose", "meneget": "mention", "skrivet": "write", "embannet": "announce",
}  # fmt: skip
_BRETON_NAME = r"(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?"
# Who said or did it: a name, or a title with the country it serves after it ("foreign minister China")
_BRETON_DOER = (
    rf"(?:{_BRETON_NAME}|(?:the|this)\s+[^,?]+?|(?:\w+\s+){{0,3}}?(?:minister|president|leader|state)"
    r"(?:\s+(?-i:[A-Z])\w+)?)"
)
_BRETON_ABOUT = r"(?:about|war)"


def _breton_asked(asked: str) -> str:
    """ "pegoulz": when; "pelec'h": where."""
    return "when" if asked.lower().startswith("pegoulz") else "where"


@cache
def _breton() -> _Shapes:
    name, doer, has, said, met, about = (
        _BRETON_NAME,
        _BRETON_DOER,
        _BRETON_HAS,
        _BRETON_SAID,
        _BRETON_MET,
        _BRETON_ABOUT,
    )
    done = "|".join(_BRETON_DONE)
    rest = r"(?P<rest>\s+(?:in|at|after|before|during)\s+[^,?]+)?"
    return (
        _after_the_question(),
        (re.compile("[’`´‘]"), "'"),
        *_plain_letters(_BRETON_MARKED),
        # "Ha …", "Ha neuze …" (and, and then) before the question; "Ha petra diwar-benn Wang Yi?": what about Wang Yi
        (
            re.compile(
                r"^(?:ha|hag|ha\s+neuze|neuze)\s*,?\s+(?=(?:petra|piv|pegoulz|pelec'h|pegeit|pet|perak)\b)", re.I
            ),
            "",
        ),
        (
            re.compile(rf"^(?:ha\s+)?petra\s+(?:diwar[- ]?benn|a-?zivout)\s+(?P<who>{name})$", re.I),
            r"what about \g<who>",
        ),
        *_word_for_word(_BRETON_NAMES),
        *_word_for_word(_BRETON_THINGS),
        # "Xi ha Blinken": Xi and Blinken; "e Beijing": in Beijing
        (re.compile(r"(?P<a>\b(?-i:[A-Z])[\w-]*)\s+(?:ha|hag)\s+(?=(?-i:[A-Z]))"), r"\g<a> and "),
        (re.compile(r"\be\s+(?=(?-i:[A-Z])|the\s+US\b)"), "in "),
        *_word_for_word(_BRETON_ENGLISH),
        _according_to_last(),
        # the doer named before the question, "en" (he) in its place: "Ha Wang Yi, petra en deus lavaret …?": what did
        # Wang Yi say …
        (
            re.compile(
                rf"^(?:(?:ha|hag)\s+)?(?P<who>(?!(?:petra|piv)\b)[^,?]+?),\s+(?P<asked>petra\s+{has}\s+{said}\b.*)$",
                re.I,
            ),
            lambda match: re.sub(
                rf"^petra\s+{has}\s+{said}",
                f"petra en deus lavaret {match.group('who')}",
                match.group("asked"),
                flags=re.I,
            ),
        ),
        # "Bez' eus bet kaoz eus Rusia?": has there been talk of Russia, was Russia mentioned
        (
            re.compile(
                r"^(?:(?:ha|daoust\s+ha)\s+)?bez['’]?\s+(?:ez\s+)?(?:eus|zo)\s+bet\s+(?:kaoz|komz|meneg)\s+(?:eus|a|about|ouzh)\s+"
                r"(?P<what>[^,?]+?)(?:\s+in\s+the\s+article)?$"
                r"|^(?:kaoz|komz|meneg)\s+(?:a\s+zo|zo)\s+bet\s+(?:eus|a|about)\s+(?P<thing>[^,?]+?)(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            lambda match: f"was {match.group('what') or match.group('thing')} mentioned",
        ),
        # "Peseurt devezh e oa the meeting between Xi and Blinken?": on which day did the meeting take place
        (
            re.compile(
                r"^(?P<asked>(?:e\s+)?pe(?:seurt|\s+seurt)\s+(?:devezh|deiz|ker|kêr|savadur))\s+(?:e\s+oa|eo\s+bet|e\s+voe)\s+"
                r"(?P<what>the\s+[^,?]+)$",
                re.I,
            ),
            lambda match: (
                (
                    "on which day"
                    if re.search(r"dev|deiz", match.group("asked"), re.I)
                    else "in which building"
                    if "savadur" in match.group("asked").lower()
                    else "in which city"
                )
                + f" did {match.group('what')} take place"
            ),
        ),
        # "Petra a zo bet lavaret about Taiwan?": what was said about Taiwan
        (
            re.compile(rf"^petra\s+(?:a\s+zo|zo|eo)\s+bet\s+{said}(?P<rest>\s+(?:about|war)\s+[^,?]+)?$", re.I),
            lambda match: "what was said" + (match.group("rest") or "").replace(" war ", " about "),
        ),
        # "Petra en deus lavaret Blinken about Taiwan?", "Petra en deus Blinken lavaret to Xi?", "Petra a lavaras
        # Blinken …?": what did Blinken say (about, to, after)
        (
            re.compile(
                rf"^petra\s+(?:{has}\s+{said}\s+(?P<who>{doer})|{has}\s+(?P<who2>{doer})\s+{said}|a\s+lavaras\s+(?P<who3>{doer}))"
                rf"(?:\s+to\s+(?P<whom>{name}))?(?:\s+{about}\s+(?P<topic>[^,?]+)|{rest})$",
                re.I,
            ),
            lambda match: (
                f"what did {match.group('who') or match.group('who2') or match.group('who3')} say"
                + (f" to {match.group('whom')}" if match.group("whom") else "")
                + (f" about {match.group('topic')}" if match.group("topic") else match.group("rest") or "")
            ),
        ),
        # "Piv en deus lavaret e …?": who said …
        (
            re.compile(
                rf"^piv\s+(?:{has}\s+{said}|a\s+lavaras)\s*,?\s+(?:(?:e|ez|eo|that|penaos)\s+)?(?!about\b)(?P<said>.+)$",
                re.I,
            ),
            r"who said \g<said>",
        ),
        # "Pegoulz o deus en em gavet Xi and Blinken?", "Pelec'h en deus Blinken en em gavet with Xi?": when (where)
        (
            re.compile(
                rf"^(?P<asked>pegoulz|pelec'h|peleh)\s+(?:{has}\s+{met}\s+(?P<who>[^,?]+?)|{has}\s+(?P<who2>[^,?]+?)\s+{met})"
                rf"(?:\s+with\s+(?P<whom>{name}))?(?P<where>\s+in\s+[^,?]+)?$",
                re.I,
            ),
            lambda match: (
                f"{_breton_asked(match.group('asked'))} did {match.group('who') or match.group('who2')} meet"
                + (f" {match.group('whom')}" if match.group("whom") else "")
                + (match.group("where") or "")
            ),
        ),
        # "Pelec'h e oa the meeting?", "Pegoulz eo bet the meeting?": where (when) did the meeting take place
        (
            re.compile(
                r"^(?P<asked>pegoulz|pelec'h|peleh)\s+(?:e\s+oa|eo\s+bet|e\s+voe|e\s+c'hoarvezas|eo\s+c'hoarvezet|e\s+vez)\s+"
                r"(?:graet\s+)?(?P<what>the\s+[^,?]+)$",
                re.I,
            ),
            lambda match: f"{_breton_asked(match.group('asked'))} did {match.group('what')} take place",
        ),
        # "Pegeit o deus padet the talks?", "Pet hours o deus padet the talks?": how long (how many hours)
        (
            re.compile(
                rf"^(?P<asked>pegeit|pet\s+hours|pet\s+amzer)\s+(?:{has}\s+padet|e\s+padas|eo\s+padet|e\s+pad)\s+(?P<what>[^,?]+)$",
                re.I,
            ),
            lambda match: (
                ("how many hours" if "hours" in match.group("asked").lower() else "how long")
                + f" did {_with_the(match.group('what'))} last"
            ),
        ),
        # "Pet principles en deus kinniget Xi?": how many principles did Xi propose
        (
            re.compile(
                rf"^pet\s+(?P<thing>\S+)\s+(?:{has}\s+(?P<done>{done})\s+(?P<who>{doer})|{has}\s+(?P<who2>{doer})\s+(?P<done2>{done}))$",
                re.I,
            ),
            lambda match: (
                f"how many {match.group('thing')} did {match.group('who') or match.group('who2')} "
                + next(
                    e
                    for d, e in _BRETON_DONE.items()
                    if re.fullmatch(d, match.group("done") or match.group("done2"), re.I)
                )
            ),
        ),
        # "Pegement e koust Super Saver?": how much does Super Saver cost
        (
            re.compile(r"^pegement\s+(?:e\s+)?(?:koust|koustont|co[uû]te)\s+(?P<what>[^,?]+)$", re.I),
            lambda match: f"how much does {_with_the_own_noun(match.group('what'))} cost",
        ),
        # "Piv eo Wang Yi?": who is Wang Yi
        (re.compile(rf"^piv\s+eo\s+(?P<who>{name}|the\s+[^,?]+)$", re.I), r"who is \g<who>"),
        # "Evit peseurt organisation e labour Wang Yi?": which organisation does Wang Yi work for
        (
            re.compile(
                r"^(?:evit|e|gant)\s+pe(?:seurt|\s+seurt|hini)\s+(?P<employer>\w+)\s+(?:e\s+)?labour\s+(?P<who>[^,?]+)$",
                re.I,
            ),
            r"which \g<employer> does \g<who> work for",
        ),
        # "Petra eo title Wang Yi?", "Peseurt title en deus Wang Yi?": what is Wang Yi's title
        (
            re.compile(
                rf"^petra\s+eo\s+title\s+(?:of\s+)?(?P<who>[^,?]+)$|^pe(?:seurt|\s+seurt)\s+title\s+{has}\s+(?P<who2>[^,?]+)$",
                re.I,
            ),
            lambda match: f"what is {match.group('who') or match.group('who2')}'s title",
        ),
        # "With piv en deus en em gavet Blinken in Beijing?": who did Blinken meet in Beijing
        (
            re.compile(
                rf"^(?:with\s+)?piv\s+(?:{has}\s+{met}\s+(?P<who>{doer})|{has}\s+(?P<who2>{doer})\s+{met})(?:\s+with)?"
                r"(?P<where>\s+(?:in|at|after|during)\s+[^,?]+)?$",
                re.I,
            ),
            lambda match: f"who did {match.group('who') or match.group('who2')} meet{match.group('where') or ''}",
        ),
        # "Perak eo aet Blinken to Beijing?": why did Blinken go to Beijing
        (
            re.compile(
                rf"^perak\s+(?:eo|e\s+oa|en\s+deus)\s+(?:aet|deuet|bet)\s+(?P<who>{name})\s+(?:to|in)\s+(?P<place>[^,?]+)$",
                re.I,
            ),
            r"why did \g<who> go to \g<place>",
        ),
        # "Piv en deus skrivet the article?": who wrote the article
        (re.compile(rf"^piv\s+{has}\s+skrivet\s+(?P<what>[^,?]+)$", re.I), r"who wrote \g<what>"),
        # "Petra a zo c'hoarvezet at the meeting?": what happened at the meeting
        (
            re.compile(r"^petra\s+(?:a\s+zo|zo)\s+(?:c'hoarvezet|bet\s+graet)(?P<rest>.*)$", re.I),
            r"what happened\g<rest>",
        ),
        # "Meneget eo bet Rusia?", "Hag-en eo bet meneget Rusia?": was Russia mentioned
        (
            re.compile(
                r"^(?:(?:hag-?en|daoust\s+hag-?en|daoust\s+ha)\s+)?(?:meneget\s+eo\s+bet|eo\s+bet\s+meneget)\s+(?P<what>[^,?]+?)"
                r"(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            r"was \g<what> mentioned",
        ),
        # "Ha lavaret en deus Xi anything about Taiwan?": did Xi say anything about Taiwan; "… e …?": did Xi say that
        # …; "Hag-en en deus en em gavet Xi with Biden?": did Xi meet Biden
        (
            re.compile(
                rf"^(?:ha|hag-?en|daoust\s+hag-?en|daoust\s+ha)\s+(?:{said}\s+{has}\s+(?P<who>{doer})|{has}\s+{said}\s+(?P<who2>{doer})"
                rf"|{has}\s+(?P<who3>{doer})\s+{said})\s+anything\s+{about}\s+(?P<topic>[^,?]+)$",
                re.I,
            ),
            lambda match: (
                f"did {match.group('who') or match.group('who2') or match.group('who3')} say anything about "
                f"{match.group('topic')}"
            ),
        ),
        (
            re.compile(
                rf"^(?:ha|hag-?en|daoust\s+hag-?en|daoust\s+ha)\s+(?:{said}\s+{has}\s+(?P<who>{doer})|{has}\s+{said}\s+(?P<who2>{doer})"
                rf"|{has}\s+(?P<who3>{doer})\s+{said})\s*,?\s+(?:e|ez|eo|that)\s+(?P<said>.+)$",
                re.I,
            ),
            lambda match: (
                f"did {match.group('who') or match.group('who2') or match.group('who3')} say that {match.group('said')}"
            ),
        ),
        (
            re.compile(
                rf"^(?:ha|hag-?en|daoust\s+hag-?en|daoust\s+ha)\s+{has}\s+(?:{met}\s+(?P<who>{name})|(?P<who2>{name})\s+{met})"
                rf"\s+with\s+(?P<whom>{name})$",
                re.I,
            ),
            lambda match: f"did {match.group('who') or match.group('who2')} meet {match.group('whom')}",
        ),
        *_word_for_word(
            {
                "petra": "what",
                "piv": "who",
                "pegoulz": "when",
                "pelec'h": "where",
                "pegeit": "how long",
                "pegement": "how much",
                "perak": "why",
            }
        ),
        _title_of_country(),
        _the_the(),
        *_in_english_at_last(),
    )


# Breton's own shapes ("en deus", "o deus", "lavaret", "diwar-benn", "petra", "piv", "pegoulz", "pelec'h", "pegeit",
# "perak"), none of them Welsh's ("beth", "pwy", "pryd", "ble", "dywedodd") or French's alone
_BRETON_WORDS = _lazy_pattern(
    r"\b(?:en|he|o)\s+deus\b|\blavaret\b|\bdiwar[- ]?benn\b"
    r"|^\W*(?:(?:ha|hag)\s+)?(?:pegoulz|pelec['’]h|pegeit|pegement|perak)\s"
    r"|^\W*(?:(?:ha|hag)\s+)?(?:petra|piv)\s+(?:(?:en|he|o)\s+deus|eo|e|a|zo|diwar[- ]?benn|a-?zivout)\s"
    r"|\bmeneget\s+eo\s+bet\b|\beo\s+bet\s+meneget\b|\bkaozeadenn\w*|\bc['’]haozeadenn\w*|\bemvod\b"
    r"|^\W*(?:evit|e|gant)\s+pe(?:seurt|hini)\s|^\W*pe(?:seurt|\s+seurt)\s+(?:devezh|deiz|ker|kêr|savadur|karg)\s"
    r"|^\W*(?:(?:ha|daoust\s+ha)\s+)?bez['’]?\s+(?:ez\s+)?(?:eus|zo)\s+bet\s+(?:kaoz|komz|meneg)\b",
    re.I,
)

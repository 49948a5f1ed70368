"""Austroasiatic phrasebook: Khmer typed in Latin letters."""

from __future__ import annotations

import re
from functools import cache

from knowledge.phrasebooks.shapes import (
    _ANSWER_WORDS,
    _according_to_last,
    _after_the_question,
    _in_english_at_last,
    _lazy_pattern,
    _Shapes,
    _the_the,
    _with_the,
    _word_for_word,
)

# How readers ask in Khmer typed in Latin letters (each as they hear it: "niyeay", "niyay" or "nijay" for និយាយ, say),
# with English words: "Xi niyeay ey pi Taiwan?" (what did Xi say about Taiwan), "Blinken chuob nerng nak na nov
# Beijing?" (whom did Blinken meet in Beijing), "kechchaprachoum ban yoreh pel ponman?" (how long did the meeting
# last), "nak na niyeay tha trauv tae chea dei kou?" (who said they should be partners). Khmer puts its words in
# English's order and leaves its question word where the answer would stand ("Xi said what about Taiwan"): its words
# are put into English one for one, then the shapes put the question word first. A title is said before the country
# it serves ("rodthamontrei kar bartes Chen": China's foreign minister), the country's name standing for its people
# ("neak kar tout Amerik": the American diplomat). Read before texting's shorthand is spelled out.
_KHMER_NAMES = {
    "(?-i:Sahaakrat\\s+Amerik\\w*|Sahak\\s*Rath\\s+Amerik\\w*|Sahaak\\s*rath\\s+Amerik\\w*)": "the US",
    "(?-i:Amerik|Ameriq|Amerique)": "America", "(?-i:Chen|Chin)(?![\\w-])(?!\\s+(?-i:[A-Z]))": "China",
    "(?-i:Ruossi|Russi|Rusi|Russie)": "Russia", "(?-i:Cheponn|Japon|Chopon)": "Japan",
    "(?-i:Pakang|Pekang|Pekin|Beyjing)": "Beijing", "(?-i:Kampuchea|Kampouchea)": "Cambodia",
    "(?-i:Swiss|Suis|Souis)": "Switzerland", "(?-i:Tai\\s+Wan)": "Taiwan",
    "(?-i:Samut\\s+Chen\\s+Khang\\s+Tbong|Samoth\\s+Chen\\s+Khang\\s+Tbaung)": "the South China Sea",
}  # fmt: skip
# Its words put into English one for one (a phrase first, then the words in it), in the order read
_KHMER_ENGLISH = {
    # phrases that say what they ask as a whole
    "nov\\s+tae|nov\\s+te": "still",
    "yoreh\\s+pel\\s+ponman|yu\\s+pel\\s+ponman|yur\\s+pel\\s+ponman|yoreh\\s+ponman|yu\\s+ponman"
    "|chomnay\\s+pel\\s+ponman|chamnay\\s+pel\\s+ponman": "HOWLONG",
    "ponman\\s+(?:maong|moung|mong|maung)": "HOWMANYHOURS",
    "mean\\s+(?:ey|avey|avei)\\s+(?:kaoet|kert|koet|keut)\\s+(?:laeng|leng|loeng)|(?:ey|avey|avei)\\s+(?:kaoet|kert|koet)"
    "\\s+(?:laeng|leng|loeng)": "what happened",
    "(?:hetu|het|heitu)\\s+(?:ey|avey|avei|avi)|mech|mek|hetu\\s+avei\\s+ban\\s+chea": "why",
    "pel\\s+(?:na|naa)|nov\\s+pel\\s+(?:na|naa)|pelna|kal\\s+na": "when",
    "nov\\s+(?:eina|ena|kanleng\\s+na|tinakanleng\\s+na)|nov\\s+na|eina|kanleng\\s+na": "where",
    "(?:dambaung|dambong|domboung|dom\\s*boung)": "first", "(?:chong|chugn)\\s+(?:kraoy|kroy)": "last",
    "(?:kaset|kasaet|kasset|sarapordamean)\\s+na": "which newspaper",
    "(?:pi|ampi)\\s+mun|kal\\s+pi\\s+mun": "previously",
    "vinh|vign": "",
    "tikrong\\s+na|ti\\s+krong\\s+na|krong\\s+na": "which city", "(?:thngai|tngai|tngay)\\s+na": "which day",
    "(?:nak|neak|anak|nek)\\s*na|ke\\s+na": "who",
    "(?:ey|avey|avei|avi|arai|ei)\\s+(?:khlah|klah|khlas)": "what",
    "trauv\\s+tae|trov\\s+tae|trov\\s+te|trauv\\s+te|kuor\\s+tae|kuo\\s+tae": "should",
    "chab\\s+(?:phderm|pdaem|phdaem)\\s+mean\\s+(?:sthirapheap|sthettheraphap)|mean\\s+sthirapheap\\s+laeng"
    "|chab\\s+(?:phderm|pdaem)\\s+sthet\\s+sthere": "are beginning to stabilise",
    "(?:kraoy|kroy|krouy)\\s+(?:kechchaprachoum|kech\\s*prachum|kechprochum|kar\\s+chuob)": "after the meeting",
    "(?:mun|mune)\\s+(?:kechchaprachoum|kech\\s*prachum|kechprochum|kar\\s+chuob)": "before the meeting",
    "(?:knong|kanong)\\s+(?:pel\\s+)?(?:kechchaprachoum|kech\\s*prachum|kar\\s+chuob)": "during the meeting",
    "(?:nov\\s+)?(?:dermdomboung|derm\\s+domboung|daem\\s+dambaung)\\s+(?:nai|ney)\\s+(?:kar\\s+)?(?:pipeaksa|pibaksa)":
        "at the start of the talks",
    "(?:tam|team)\\s+(?:atthabot|attabot|atabot)": "according to the article",
    "rodthamontrei\\s+(?:krosuong\\s+)?(?:kar\\s+)?(?:bartes|bortes|borotes|bor\\s+tes)|rathamontrey\\s+(?:krosuong\\s+)?"
    "(?:kar\\s+)?(?:bartes|bortes|borotes)": "foreign minister",
    "rodthamontrei|rathamontrey|rodtha\\s+montrei|roatmontrei": "minister",
    "prathanathibdei|prathean\\s+athibdei|prathean\\s+athipadey|prathanathipadey|brathean\\s+athibadei": "president",
    "neayok\\s+rodthamontrei|neayuk\\s+rathamontrey": "prime minister",
    "(?:neak|nak|anak)\\s+(?:kar\\s+tout|kartout|kar\\s+tut)": "diplomat", "(?:neak|nak|anak)\\s+kasaet": "journalist",
    "(?:neak|nak|anak)\\s+(?:niped|nipoan|sarsei)": "author", "mantrei|montrei": "official",
    "(?:neak|nak|anak)\\s+(?:duk|dek)\\s+noam|meadeknoam": "leader", "phnhaev|phnhieu": "guest",
    "kechchaprachoum|kech\\s*prachum|kechprochum|kech\\s+pra\\s+choum|kar\\s+chuob|prachum": "meeting",
    "kar\\s+(?:pipeaksa|pibaksa|pipeak\\s*sa)": "talks", "dam\\s*nar\\s*mok|domnaer": "visit",
    "(?:atthabot|attabot|atabot|ot\\s*thabot)\\s+(?:nih|nis|ni)": "this article",
    "atthabot|attabot|atabot|ot\\s*thabot|pordamean|portmean": "article",
    "sith\\s+mnous|setthi\\s+monuss|sethi\\s+manuss|sith\\s+manus": "human rights",
    "pheanijjakam|pheanichakam|pheanijakam": "trade", "kolkar|kollkar|kol\\s+kar|kolakar": "principles",
    "prates|prathes|bros": "countries", "tomnak\\s+tomnong|tomnaktomnong|tumnak\\s+tumnong": "relations",
    "dei\\s+kou|daikou|dai\\s+kou|tei\\s+kou|dey\\s+kou": "partners",
    "kou\\s+prachaeng|kouprachaeng|kou\\s+prachang": "rivals", "pheap\\s+khos\\s*(?:knea|khnea)": "differences",
    "vineaphoal|kar\\s+reek\\s+chomreun": "progress", "tamnaeng|domnaeng|tamneng": "title",
    "kar\\s+akphivoat|akphivoat": "development", "kar\\s+gaamtrong|gaamtrong": "support",
    "kec\\s+sahaprateabatkar|sahaprateabatkar": "cooperation", "kar\\s+korop|korop": "respect",
    "setthakech": "economy", "pipoplok": "world", "panhha": "problem", "kechkhetkhom": "efforts",
    "kechprom\\s+prieng|kichprom\\s+prieng": "agreement", "santesok": "security", "songkream": "war",
    "santipheap": "peace", "teanakamm": "sanctions", "rodthaphibal": "government", "anakot": "future",
    "vichchemean": "positive", "avichchemean": "negative", "kataa": "factors",
    "kar\\s+koen\\s+laeng|koen\\s+laeng": "increasing", "dohsray": "solved", "chbas": "clear",
    "maong|moung|mong|maung": "hours",
    # its words
    "niyeay|niyay|niyai|nyeay|nijay|niyeiy|thlaeng|thleng|tlaeng": "say", "prap|prab": "tell",
    "chuob|chuop|choub|juob|jub|juab|totuol|tatuol|tot\\s+tuol|tor\\s+tuol": "meet",
    "pipeaksa|pibaksa|pipeak\\s*sa": "discuss", "sarsei|sorsir|sarser|sorsei|sarsey": "write",
    "(?:chenh|chhen|chen)\\s+phsay|phsay|bahpum\\s+phsay": "publish", "kae\\s+samruol|kae\\s+samrul": "update",
    "lerk\\s+laeng|lerk\\s+leng|lerk\\s+yok\\s+mok\\s+niyeay": "mention",
    "sne|snae|snoeu|leuk\\s+laeng": "propose", "thvoeu|tver|twer|thveu": "do", "teou|tov|tow|tou": "go",
    "prarpruet|propruet|prapreut": "happen", "kan": "hold", "chea": "as",
    "(?:ey|avey|avei|avi|arai)": "what", "ponman|ponma|bonman|bonma|pon\\s+man": "how many",
    "ompi|ampi|om\\s+pi|am\\s+pi|pi\\s+reuong|pi": "about", "nerng|neung|ning|nung|neng": "with",
    "jamuoy|chea\\s+muoy|cheamuoy|chamuoy": "with", "nov|nou|now|knong": "in", "kraoy|kroy": "after",
    "mun": "before", "tha": "that", "nih|nis": "this", "noh": "that", "puok\\s*ke|pouk\\s+keh": "they",
    "knea|khnea|kna": "each other", "mean": "have", "trauv\\s+ban": "was", "ban": "did", "tae|tea": "whether",
    "te|teh|reu\\s+te|ru\\s+te|reu\\s+ot|dae\\s+reu\\s+te": "or not", "ot|min": "not", "muoy|mouy": "one",
    "pi(?=\\s+(?:kolkar|principles))": "two", "bei": "three", "buon": "four", "pram": "five",
}  # fmt: skip
# What opens a question already put into English, which the shapes after it leave alone
_ENGLISH_OPENING = r"(?!(?:what|who|when|where|why|how|which|did|was|is|were|in\s+which|on\s+which)\b)"
_NATIONALITY = {"America": "American", "China": "Chinese", "Russia": "Russian"}


@cache
def _khmer() -> _Shapes:
    return (
        _after_the_question(),
        (re.compile(r"\bpi\s+(?=(?:kolkar|kollkar|kolakar)\b)", re.I), "TWO "),
        *_word_for_word(_KHMER_NAMES),
        *_word_for_word(_KHMER_ENGLISH),
        # "diplomat America": the American diplomat; "foreign minister China": China's foreign minister (a title
        # and the country it serves, below)
        (
            re.compile(r"\b(?P<title>diplomat|official|journalist|guest|leader)\s+(?P<country>America|China|Russia)\b"),
            lambda match: f"the {_NATIONALITY[match.group('country')]} {match.group('title')}",
        ),
        (re.compile(r"\b(?:foreign\s+minister|minister)\s+(?:the\s+US|America)\b"), "the US secretary of state"),
        # "X should as partners": they should be partners
        (re.compile(r"\bshould\s+(?:as|be)\s+(?P<what>\S+)"), r"they should be \g<what>"),
        (re.compile(r"^(?:chos|chuh|hey|oh)\s+", re.I), ""),
        (re.compile(r"\bin\s+(?:the\s+)?meeting\b"), "at the meeting"),
        (
            re.compile(r"\b(?P<by>in|about|after|before|during|with|from|to)\s+(?P<thing>talks|article|visit)\b"),
            r"\g<by> the \g<thing>",
        ),
        # "Xi with Blinken meet each other": Xi and Blinken met
        (
            re.compile(r"^(?P<one>[^,?]+?)\s+with\s+(?P<other>[^,?]+?)\s+(?=(?:did\s+)?meet\s+each\s+other\b)"),
            r"\g<one> and \g<other> ",
        ),
        (re.compile(r"\bmeet\s+each\s+other\b"), "meet"),
        (
            re.compile(rf"^{_ENGLISH_OPENING}(?P<what>[^,?]+?)\s+(?:did\s+)?say\s+about\s+what$", re.I),
            lambda match: f"what is {_with_the(match.group('what'))} about",
        ),
        (
            re.compile(
                rf"^{_ENGLISH_OPENING}(?P<what>[^,?]+?)\s+(?:was\s+|did\s+)?(?P<done>publish|update|write)"
                r"(?:\s+(?P<first>first|last))?\s+when$",
                re.I,
            ),
            lambda match: (
                f"when was {_with_the(match.group('what'))} "
                + (f"{match.group('first')} " if match.group("first") else "")
                + _KHMER_DONE_TO[match.group("done").lower()]
            ),
        ),
        # who said: "who say that …", "… who say?"
        (re.compile(r"^who\s+(?:did\s+)?say\s+(?:that\s+)?", re.I), "who said "),
        (re.compile(r"^(?P<said>.+?)\s+who\s+(?:did\s+)?say$", re.I), r"who said \g<said>"),
        # what someone said: "X say what (about Y)", "X tell Y that what", "X say about Y that what"
        (
            re.compile(
                rf"^{_ENGLISH_OPENING}(?P<who>[^,?]+?)\s+(?:did\s+)?(?:say|tell)\s+(?:with\s+|go\s+|to\s+)?(?P<whom>[^,?]+?)\s+(?:that\s+)?what"
                rf"(?P<tail>(?:\s+(?:about|in|after|before|during|at)\s+[^,?]+)?){_ANSWER_WORDS}",
                re.I,
            ),
            lambda match: (
                f"what did {match.group('who')} say to {match.group('whom')}{match.group('tail')}"
                f"{match.group('rest') or ''}"
            ),
        ),
        (
            re.compile(
                rf"^{_ENGLISH_OPENING}(?P<who>[^,?]+?)\s+(?:did\s+)?say\s+what\s+(?:go|to)\s+(?P<whom>[^,?]+){_ANSWER_WORDS}",
                re.I,
            ),
            r"what did \g<who> say to \g<whom>\g<rest>",
        ),
        (
            re.compile(
                rf"^{_ENGLISH_OPENING}(?P<who>[^,?]+?)\s+(?:did\s+)?say\s+(?P<topic>about\s+[^,?]+?)\s+that\s+what{_ANSWER_WORDS}",
                re.I,
            ),
            r"what did \g<who> say \g<topic>\g<rest>",
        ),
        (
            re.compile(
                rf"^{_ENGLISH_OPENING}(?P<who>[^,?]+?)\s+(?:did\s+)?say\s+what(?P<tail>(?:\s+[^,?]+)?){_ANSWER_WORDS}",
                re.I,
            ),
            _khmer_said,
        ),
        # did someone say anything about it, is there anything about it in the article
        (
            re.compile(
                r"^(?:whether\s+)?(?:the\s+|this\s+)?article\s+(?:did\s+)?(?:say|have)\s+(?P<topic>about\s+.+?)(?:\s+or\s+not)?$",
                re.I,
            ),
            r"is there anything \g<topic>",
        ),
        (
            re.compile(
                r"^(?:whether\s+)?(?:have\s+)?(?:say\s+)?(?P<topic>about\s+.+?)\s+(?:in\s+(?:the\s+)?article\s+)?or\s+not$",
                re.I,
            ),
            r"is there anything \g<topic>",
        ),
        (
            re.compile(
                rf"^(?:whether\s+)?{_ENGLISH_OPENING}(?P<who>[^,?]+?)\s+(?:did\s+)?say\s+(?P<topic>about\s+[^,?]+?)(?:\s+or\s+not)?$",
                re.I,
            ),
            r"did \g<who> say anything \g<topic>",
        ),
        (
            re.compile(
                rf"^(?:whether\s+)?{_ENGLISH_OPENING}(?P<what>[^,?]+?)\s+(?:was\s+|did\s+)?mention(?:\s+in\s+the\s+article)?(?:\s+or\s+not)?$",
                re.I,
            ),
            r"was \g<what> mentioned",
        ),
        # whom someone met, who met someone, when and where
        (
            re.compile(
                rf"^{_ENGLISH_OPENING}(?P<who>[^,?]+?)\s+(?:did\s+)?meet\s+(?:with\s+)?who(?P<tail>(?:\s+(?:in|at|after|before|during)\s+[^,?]+|\s+previously)?)$",
                re.I,
            ),
            lambda match: (
                f"who did {match.group('who')} previously meet"
                if match.group("tail").strip() == "previously"
                else f"who did {match.group('who')} meet{match.group('tail')}"
            ),
        ),
        (re.compile(r"^who\s+(?:did\s+)?meet\s+(?:with\s+)?(?P<whom>[^,?]+)$", re.I), r"who met \g<whom>"),
        (
            re.compile(
                rf"^{_ENGLISH_OPENING}(?P<who>[^,?]+?)\s+(?:did\s+)?meet(?:\s+(?:with\s+)?(?P<whom>[^,?]+?))?(?:\s+each\s+other)?\s+"
                r"(?:in\s+)?(?P<asked>when|where|which\s+day|which\s+city)$",
                re.I,
            ),
            _khmer_met,
        ),
        # how long something lasted
        (
            re.compile(
                rf"^{_ENGLISH_OPENING}(?P<what>[^,?]+?)\s+(?:did\s+|take\s+)?(?:(?P<hours>HOWMANYHOURS)|HOWLONG)$", re.I
            ),
            lambda match: (
                f"{'how many hours' if match.group('hours') else 'how long'} did {_with_the(match.group('what'))} last"
            ),
        ),
        # where and when something took place
        (
            re.compile(
                rf"^{_ENGLISH_OPENING}(?P<what>[^,?]+?)\s+(?:(?:did\s+)?(?:do|happen|go)\s+)*(?:in\s+)?(?P<asked>when|where|which\s+day|which\s+city)$",
                re.I,
            ),
            _khmer_took_place,
        ),
        # how many things someone did, and which
        (
            re.compile(
                rf"^{_ENGLISH_OPENING}(?P<who>[^,?]+?)\s+(?:did\s+)?(?P<verb>propose|mention|sign)\s+(?P<thing>\w+)\s+how\s+many$",
                re.I,
            ),
            r"how many \g<thing> did \g<who> \g<verb>",
        ),
        (
            re.compile(
                rf"^{_ENGLISH_OPENING}(?P<who>[^,?]+?)\s+(?:did\s+)?(?P<verb>propose|mention|sign)\s+(?P<thing>\w+)(?:\s+(?P<count>TWO|three|four|five))?"
                r"\s+what$",
                re.I,
            ),
            lambda match: (
                f"which {match.group('count').lower() + ' ' if match.group('count') else ''}"
                f"{match.group('thing')} did {match.group('who')} {match.group('verb')}"
            ),
        ),
        (
            re.compile(r"^which\s+newspaper\s+(?:did\s+)?publish\s+(?P<what>[^,?]+)$", re.I),
            r"which newspaper published \g<what>",
        ),
        # "Blinken with Wang Yi discuss about what": what did Blinken and Wang Yi discuss
        (
            re.compile(
                rf"^{_ENGLISH_OPENING}(?P<who>[^,?]+?)\s+(?:with|and)\s+(?P<other>[^,?]+?)\s+(?:did\s+)?discuss\s+(?:about\s+)?what$",
                re.I,
            ),
            r"what did \g<who> and \g<other> discuss",
        ),
        # who someone is, what their title is
        (
            re.compile(
                rf"^{_ENGLISH_OPENING}(?P<who>[^,?]+?)\s+(?:is\s+)?as\s+who$|^who\s+as\s+(?P<whom>[^,?]+)$", re.I
            ),
            _khmer_who_is,
        ),
        (re.compile(rf"^{_ENGLISH_OPENING}(?P<who>[^,?]+?)\s+hold\s+title\s+what$", re.I), r"what is \g<who>'s title"),
        # who wrote the article, when it was published
        (re.compile(r"^who\s+(?:did\s+)?write\s+(?P<what>.+)$", re.I), r"who wrote \g<what>"),
        # why someone went: "why X go Y", "X go Y why"
        (
            re.compile(
                r"^why\s+(?P<who>[^,?]+?)\s+(?:did\s+)?go\s+(?:to\s+)?(?P<place>[^,?]+)$|^(?P<subject>[^,?]+?)\s+go\s+(?:to\s+)?(?P<then>[^,?]+?)\s+why$",
                re.I,
            ),
            lambda match: (
                f"why did {match.group('who') or match.group('subject')} go to "
                f"{match.group('place') or match.group('then')}"
            ),
        ),
        (re.compile(r"\bHOWLONG\b"), "how long"),
        (re.compile(r"\bHOWMANYHOURS\b"), "how many hours"),
        (re.compile(r"\bTWO\b"), "two"),
        (re.compile(r"\s+or\s+not$"), ""),
        (re.compile(r"\s{2,}"), " "),
        _according_to_last(),
        _the_the(),
        *_in_english_at_last(),
    )


_KHMER_DONE_TO = {"publish": "published", "update": "updated", "write": "written"}


def _khmer_said(match: re.Match[str]) -> str:
    """ "what did Xi say about Taiwan", the words after "what" kept ("about Taiwan", "after the meeting")."""
    tail = match.group("tail") or ""
    if tail and not re.match(r"\s+(?:about|in|after|before|during|at|to|on)\b", tail):
        tail = (
            f" about{tail}"
            if not tail.strip().startswith(("go ", "with "))
            else re.sub(r"^\s+(?:go|with)", " to", tail)
        )
    return f"what did {match.group('who')} say{tail}{match.group('rest') or ''}"


def _khmer_met(match: re.Match[str]) -> str:
    """ "when did Xi and Blinken meet", "where did Blinken meet Xi"."""
    asked = match.group("asked").lower()
    asked = {"which day": "on which day", "which city": "in which city"}.get(asked, asked)
    whom = f" {match.group('whom')}" if match.group("whom") else ""
    return f"{asked} did {match.group('who')} meet{whom}"


def _khmer_took_place(match: re.Match[str]) -> str:
    """ "where did the meeting take place", "when was the article published"."""
    asked = match.group("asked").lower()
    asked = {"which day": "on which day", "which city": "in which city"}.get(asked, asked)
    return f"{asked} did {_with_the(match.group('what'))} take place"


def _khmer_who_is(match: re.Match[str]) -> str:
    """ "who is Wang Yi"."""
    return f"who is {match.group('who') or match.group('whom')}"


_KHMER_WORDS = _lazy_pattern(
    r"\b(?:niyeay|niyay|niyai|nyeay|nijay|chuob|chuop|choub|juob|kechchaprachoum|kech\s*prachum|kechprochum"
    r"|(?:nak|neak|anak)\s*na|ponman|bonman|yoreh\s+pel|atthabot|attabot|rodthamontrei|rathamontrey"
    r"|prathanathibdei|sarsei|sorsir|pipeaksa|kolkar|tomnak\s+tomnong|dei\s+kou|daikou|trauv\s+tae|trov\s+tae"
    r"|hetu\s+(?:ey|avey|avei)|pel\s+na|nov\s+na|kaoet\s+laeng|lerk\s+laeng|tamnaeng|kaset\s+na|totuol)\b"
    r"|\b(?:say|niyeay|prap)\s+(?:ey|avey|avei)\b|\bprap\b.*\btha\s+(?:ey|avey|avei)\b",
    re.I,
)

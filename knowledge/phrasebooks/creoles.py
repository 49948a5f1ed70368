"""Creole and pidgin phrasebooks: Nigerian Pidgin, Jamaican Patois, Haitian Creole and Hawai'i Pidgin."""

from __future__ import annotations

import re
from functools import cache

from knowledge.phrasebooks.shapes import _NAMED, _OFFICE, _lazy_pattern, _Shapes, _us_foreign_minister, _word_for_word


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

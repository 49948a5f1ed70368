"""Phrasebooks of the eastern Mediterranean and the Near East: romanised Persian, Greek and Hebrew."""

from __future__ import annotations

import re
from functools import cache

from knowledge.phrasebooks.shapes import _lazy_pattern, _Shapes, _word_for_word

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

"""Germanic phrasebooks: Swedish."""

from __future__ import annotations

import re
from functools import cache

from knowledge.phrasebooks.shapes import _lazy_pattern, _Shapes, _us_foreign_minister, _word_for_word

# How readers ask in Swedish: "Vad sa Xi om Taiwan?" (what did Xi say about Taiwan), "Vem sa att …" (who said …),
# "Vem träffade Blinken i Beijing?" (whom did Blinken meet in Beijing), "Hur länge höll mötet på?" (how long did the
# meeting last), "Vad sa den amerikanska utrikesministern?" (what did the American foreign minister say). Its verbs
# are read typed without å, ä and ö as well ("Nar traffades de?").
_SWEDISH_ENGLISH = {
    "den\\s+här\\s+artikeln|denna\\s+artikel": "this article", "artikeln": "the article", "artikel": "article",
    "m[öo]tet": "the meeting", "möte": "meeting", "samtalen": "the talks", "samtal": "talks",
    "utrikesministern": "the foreign minister", "utrikesminister": "foreign minister", "presidenten": "the president",
    "ministern": "the minister", "ledaren": "the leader", "ledare": "leader", "tjänstemannen": "the official",
    "tjänsteman": "official", "talespersonen|talesmannen": "the spokesperson", "talesperson|talesman": "spokesperson",
    "journalisten": "the journalist", "reportern": "the reporter", "amerikansk[ae]?": "American",
    "kinesisk[ae]?": "Chinese", "Kinas": "China's", "Kina": "China", "Förenta\\s+staterna": "the United States",
    "Ryssland": "Russia", "landet": "the country", "land": "country", "staden": "the city", "stad": "city",
    "vilken|vilket|vilka": "which", "vem": "who", "vad": "what", "många": "many", "mycket": "much", "och": "and",
    "med": "with", "om": "about", "till": "to", "från": "from", "efter": "after", "före|innan": "before",
    "de": "they", "han": "he", "hon": "she", "borde": "should", "måste": "must", "skulle": "would", "ska": "will",
    "vara": "be", "är": "is", "var": "was", "har": "has", "hade": "had", "inte": "not", "något": "anything",
    "att": "that", "sagt": "said", "träffade|mötte": "met", "träffat|mött": "met", "två": "two", "tre": "three",
    "timmar": "hours", "principer": "principles",
}  # fmt: skip
_SWEDISH_SAID = r"(?:sa|sade)"


@cache
def _swedish() -> _Shapes:
    return (
        (re.compile(r"^(?:och|men)\s+", re.I), ""),
        (re.compile(r"(?<=\w):s\b"), "'s"),  # "USA:s utrikesminister"
        (re.compile(rf"^vem\s+(?:{_SWEDISH_SAID}|har\s+sagt|hade\s+sagt)\s*,?\s+(?:att\s+)?", re.I), "who said "),
        (
            re.compile(rf"^vad\s+{_SWEDISH_SAID}\s+(?P<who>.+?)\s+om\s+(?P<topic>.+)$", re.I),
            r"what did \g<who> say about \g<topic>",
        ),
        (
            re.compile(rf"^vad\s+{_SWEDISH_SAID}\s+(?P<who>.+?)\s+till\s+(?P<whom>.+)$", re.I),
            r"what did \g<who> say to \g<whom>",
        ),
        (re.compile(rf"^vad\s+{_SWEDISH_SAID}\s+(?P<who>.+)$", re.I), r"what did \g<who> say"),
        (re.compile(r"^vad\s+(?:har|hade)\s+(?P<who>.+?)\s+sagt\b", re.I), r"what did \g<who> say"),
        (re.compile(r"^vad\s+(?:säger|tycker|anser)\s+(?P<who>.+?)(?=\s+om\s|$)", re.I), r"what does \g<who> say"),
        (
            re.compile(
                r"^(?:vem|vilka)\s+(?:tr[äa]ffade|m[öo]tte)\s+(?P<who>.+?)(?=\s+(?:i|på|under|efter|före)\s|$)", re.I
            ),
            r"who did \g<who> meet",
        ),
        (re.compile(r"^(?:vem|vilka)\s+har\s+(?P<who>.+?)\s+(?:tr[äa]ffat|m[öo]tt)\b", re.I), r"who did \g<who> meet"),
        (re.compile(r"^(?:vem|vilka)\s+(?:skrev|har\s+skrivit)\s+", re.I), "who wrote "),
        (re.compile(r"^vem\s+[äa]r\s+", re.I), "who is "),
        (re.compile(r"^vem\s+var\s+", re.I), "who was "),
        (
            re.compile(
                r"^hur\s+(?:l[äa]nge|l[åa]ng\s+tid)\s+(?:h[öo]ll|varade|p[åa]gick|tog)\s+(?P<what>.+?)(?:\s+p[åa])?$",
                re.I,
            ),
            r"how long did \g<what> last",
        ),
        (
            re.compile(
                r"^hur\s+m[åa]nga\s+(?P<thing>\S+)\s+(?:h[öo]ll|varade|p[åa]gick)\s+(?P<what>.+?)(?:\s+p[åa])?$", re.I
            ),
            r"how many \g<thing> did \g<what> last",
        ),
        *(
            rule
            for swedish, english in (("n[äa]r", "when"), ("var", "where"))
            for rule in (
                (
                    re.compile(rf"^{swedish}\s+(?:tr[äa]ffade|m[öo]tte)\s+(?P<who>\S+)\s+(?P<whom>.+)$", re.I),
                    rf"{english} did \g<who> meet \g<whom>",
                ),
                (
                    re.compile(rf"^{swedish}\s+(?:tr[äa]ffades|m[öo]ttes)\s+(?P<who>.+)$", re.I),
                    rf"{english} did \g<who> meet",
                ),
                (re.compile(rf"^{swedish}\s+h[öo]lls\s+(?P<what>.+)$", re.I), rf"{english} was \g<what> held"),
            )
        ),
        (re.compile(r"^hur\s+l[äa]nge\b", re.I), "how long"),
        (re.compile(r"^hur\s+m[åa]nga\b", re.I), "how many"),
        (re.compile(r"^hur\s+mycket\b", re.I), "how much"),
        (re.compile(r"^hur\s+gammal\b", re.I), "how old"),
        (re.compile(r"^hur\b", re.I), "how"),
        (re.compile(r"^n[äa]r\b", re.I), "when"),
        (re.compile(r"^var\s+(?=(?:ligger|låg|bor|finns|fanns|är|var|skedde|ägde|arbetar|jobbar)\b)", re.I), "where "),
        (re.compile(r"^(?:nämndes|omnämndes)\s+(?P<what>.+?)(?=\s+i\s|$)", re.I), r"was \g<what> mentioned"),
        (re.compile(r"^(?:nämns|omnämns)\s+(?P<what>.+?)(?=\s+i\s|$)", re.I), r"is \g<what> mentioned"),
        (re.compile(r"\bi\b"), "in"),  # "i Beijing"; a capital "I" is English
        *_word_for_word(_SWEDISH_ENGLISH),
        # "den amerikanska utrikesministern": the adjective between "den" and the noun's own "the"
        (re.compile(r"\b(?:den|det|de|they)\s+(?P<adjective>American|Chinese)\s+the\s+", re.I), r"the \g<adjective> "),
        (re.compile(r"\b(?:den|det)\s+(?=American\b|Chinese\b)", re.I), "the "),
        _us_foreign_minister(),
    )


_SWEDISH_WORDS = _lazy_pattern(
    r"^(?:(?:och|men)\s+)?"
    r"(?:vad|vem|hur|vilken|vilket|vilka|n[äa]r|var\s+(?:h[öo]lls|tr[äa]ffades|m[öo]ttes|ligger|låg|bor|finns))\b"
    r"|\b(?:tr[äa]ffade|tr[äa]ffades|nämndes|nämns|utrikesministern|mötet|samtalen|artikeln)\b",
    re.I,
)

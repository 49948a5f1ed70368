"""Phrasebooks of the Pacific: Taglish (Tagalog with English) and te reo Māori."""

from __future__ import annotations

import re
from functools import cache

from knowledge.phrasebooks.shapes import (
    _ANSWER_WORDS,
    _NAMED,
    _in_english_at_last,
    _lazy_pattern,
    _plain_letters,
    _Shapes,
    _word_for_word,
)


# How Filipino readers ask in Taglish: "ano sabi ni Batungbakal", "sino supplier ng laptops", "magkano yung contract".
@cache
def _taglish() -> _Shapes:
    return (
        (
            re.compile(
                r"^(?:ano|anong|ano-ano|anu-ano)\s+(?:ang\s+)?(?:mga\s+)?(?:sabi|sinabi)\s+(?:ni|kay|nina)\s+(?P<who>[^?]+?)"
                r"(?P<topic>\s+(?:about|tungkol\s+sa)\s+[^?]+)?(?:\?.*)?$",
                re.I,
            ),
            r"what did \g<who> say\g<topic>",
        ),
        (re.compile(r"\bnag-(?=[a-z])", re.I), ""),  # "nag-meet": Tagalog's verb prefix on an English verb
        (re.compile(r"\s+sila\s+", re.I), " "),  # "they", which the names after it say
        (re.compile(r"^anong\s+araw\b", re.I), "what day"),
        (re.compile(r"^anong\s+oras\b", re.I), "what time"),
        (
            re.compile(r"^(?:na-?mention|nabanggit)\s+ba\s+(?:yung\s+|ang\s+)?(.+?)(?:\s+or\s+wala)?\??$", re.I),
            r"was \1 mentioned",
        ),
        (
            re.compile(r"^(?:ano|anong)\s+(?:ang\s+)?(?:sabi|sinabi)\s+(?:ng|nang)\s+(.+)$", re.I),
            r"what did the \1 say",
        ),
        (re.compile(r"^sino\s+(?:ang\s+|yung\s+)?", re.I), "who "),
        (re.compile(r"^magkano\s+(?:ang\s+|yung\s+)?", re.I), "how much is the "),
        (re.compile(r"^ilan(?:g)?\s+", re.I), "how many "),
        (re.compile(r"^(?:[Ss]aan|san)\s+(?=[a-z])"), "where "),  # "san ginanap" (never "San Jose")
        (re.compile(r"^kailan\s+", re.I), "when "),
    )


# The words a Taglish question opens with: only a question opening with one is read by its book.
_TAGLISH_OPENINGS = frozenset(
    "ano anong ano-ano anu-ano sino magkano ilan ilang saan san kailan na-mention nabanggit".split()
)


# How readers ask in te reo Māori mixed with New Zealand English: "He aha te kōrero a Xi mō Taiwan?" (what did Xi
# say about Taiwan), "Nā wai i kī …" (who said …), "Ko wai i tūtaki ki a Blinken i Beijing?" (who met Blinken in
# Beijing), "I tūtaki a Blinken ki a wai?" (whom did Blinken meet), "Pēhea te roa o te hui?" (how long did the
# meeting last), "te Minita Take o Tāwāhi o Haina" (China's foreign minister), "Hōmai ōna kōrero katoa, tēnā koa"
# (give me all his quotes, please). Read typed with macrons, with doubled vowels ("kōrero", "koorero") or plain.
_MAORI_MARKED = (("a", "ā"), ("e", "ē"), ("i", "ī"), ("o", "ō"), ("u", "ū"))
_MAORI_ENGLISH = {
    "(?:te\\s+)?minita\\s+(?:mo\\s+(?:nga\\s+)?|o\\s+(?:nga\\s+)?)?take\\s+o\\s+tawahi|(?:te\\s+)?minita\\s+whakawaho":
        "the foreign minister",
    "(?:te\\s+)?hekeretari\\s+o\\s+te\\s+kawanatanga": "the secretary of state", "(?:te\\s+)?minita": "the minister",
    "(?:te\\s+)?perehitini": "the president", "(?:te\\s+)?pirimia": "the prime minister",
    "(?:te\\s+)?(?:kaiarahi|kaiarataki)": "the leader", "(?:te\\s+)?kaikorero": "the spokesperson",
    "(?:te\\s+)?(?:kairipoata|kaipurongo|kaituhi)": "the journalist", "Hainamana": "Chinese", "Haina": "China",
    "Marikena": "American", "Amerika": "America", "Ruhia": "Russia", "Ahitereiria": "Australia",
    "Aotearoa": "New Zealand", "(?:no|o)(?=\\s+(?-i:[A-Z]))": "of", "te\\s+hui|te\\s+huihuinga": "the meeting",
    "hui": "meeting", "(?:nga|te)\\s+korerorero|nga\\s+whiriwhiringa": "the talks",
    "(?:tenei|te)\\s+(?:tuhinga|purongo|article)\\s+nei": "this article",
    "tenei\\s+(?:tuhinga|purongo|article)": "this article", "te\\s+(?:tuhinga|purongo|article)": "the article",
    "(?:nga\\s+)?haora": "hours", "(?:nga\\s+)?matapono": "principles", "me(?=\\s+(?-i:[A-Z]))": "and",
    "mo": "about", "ki\\s+a|ki": "to", "i(?=\\s+(?-i:[A-Z]))": "in", "ratou|raua": "they", "hoa": "partners",
    "hoariri": "rivals", "nga\\s+whenua\\s+e\\s+rua": "the two countries", "nga\\s+whenua": "the countries",
    "e\\s+rua": "two", "e\\s+toru": "three", "katoa": "all", "tena\\s+koa": "please",
    "a(?=\\s+(?-i:[A-Z]))": "", "te|nga": "the",
}  # fmt: skip
_MAORI_SAID = r"(?:ki|korero|mea|kii)"
_MAORI_MET = r"(?:tutaki|hui)"
_MAORI_WHO_ASKED = r"(?:n[ao]|ko)\s+wai"  # "nā wai", "ko wai"


def _maori_undoubled(match: re.Match[str]) -> str:
    """A word typed with a doubled vowel for its macron, typed plain ("koorero": "korero")."""
    return re.sub(r"([aeiou])\1", r"\1", match.group(), flags=re.I)


@cache
def _maori() -> _Shapes:
    return (
        *_plain_letters(_MAORI_MARKED),
        (
            re.compile(
                r"\b(?:koorero|tuutaki|peehea|teenaa|naa|noo|moo|hoomai|aahea|noonahea|waahi|haaora|maatapono)\w*", re.I
            ),
            _maori_undoubled,
        ),
        (re.compile(r"^a\s+(?=(?:he\s+aha|ko\s+wai|n[ao]\s+wai)\b)", re.I), ""),  # "ā" (and)
        (re.compile(r"\b(?:a\s+)?(?P<one>[A-Z][\w-]*)\s+raua\s+ko\s+(?P<other>[A-Z][\w-]*)"), r"\g<one> and \g<other>"),
        (re.compile(r"^(?:homai|tukuna\s+mai|whakaaturia\s+mai)\b", re.I), "give me"),
        (re.compile(r"^korerotia\s+mai\b", re.I), "tell me"),
        (re.compile(rf"\bnga\s+korero\s+katoa\s+a\s+(?P<who>{_NAMED})"), r"all \g<who>'s quotes"),
        (re.compile(r"\b[oa]na\s+korero\s+katoa\b", re.I), "all his quotes"),
        (re.compile(r"\b[oa]na\s+kupu\s+(?:tonu|tika)\b", re.I), "his exact words"),
        (re.compile(r"\bnga\s+kupu\s+(?:tonu|tika)\b", re.I), "the exact words"),
        (re.compile(r"\b[oa]na\s+korero\b", re.I), "his quotes"),
        (re.compile(r"\bme\s+noho\s+(?:he\s+)?(?P<what>.+?)\s+(?:ratou|raua)\b", re.I), r"they should be \g<what>"),
        (re.compile(r"\bkia\s+noho\s+(?:he\s+)?(?P<what>.+?)\s+(?:ratou|raua)\b", re.I), r"they should be \g<what>"),
        (
            re.compile(r"\bme\s+noho\s+(?:he\s+)?(?P<what>\S+)\s+(?P<who>(?:nga|te)\s+.+?)$", re.I),
            r"\g<who> should be \g<what>",
        ),
        (re.compile(r"\bme\s+noho\s+", re.I), "should be "),
        (
            re.compile(
                r"^he\s+aha\s+(?:te\s+|nga\s+)?(?:korero|kupu|mea)\s+(?:a|o|i\s+a)\s+(?P<who>[^,?]+?)\s+"
                rf"(?:mo|e\s+pa\s+ana\s+ki|about)\s+(?:a\s+|te\s+|nga\s+)?(?P<topic>[^,?]+){_ANSWER_WORDS}",
                re.I,
            ),
            r"what did \g<who> say about \g<topic>\g<rest>",
        ),
        (
            re.compile(
                r"^he\s+aha\s+(?:te\s+|nga\s+)?(?:korero|kupu|mea)\s+(?:a|o|i\s+a)\s+(?P<who>[^,?]+?)\s+ki\s+(?:a\s+)?"
                rf"(?P<whom>[^,?]+){_ANSWER_WORDS}",
                re.I,
            ),
            r"what did \g<who> say to \g<whom>\g<rest>",
        ),
        (
            re.compile(
                rf"^he\s+aha\s+(?:te\s+|nga\s+)?(?:korero|kupu)\s+(?:a|o)\s+(?P<who>[^,?]+?){_ANSWER_WORDS}", re.I
            ),
            r"what did \g<who> say\g<rest>",
        ),
        (
            re.compile(rf"^he\s+aha\s+t[ao]\s+(?P<who>[^,?]+?)\s+i\s+{_MAORI_SAID}(?:\s+ai)?\b(?P<rest>.*)$", re.I),
            r"what did \g<who> say\g<rest>",
        ),
        (
            re.compile(
                rf"^{_MAORI_WHO_ASKED}\s+i\s+{_MAORI_SAID}(?:\s+(?:ai|mai))?\s*,?\s+(?:that\s+|e\s+|i\s+)?", re.I
            ),
            "who said ",
        ),
        (re.compile(rf"^{_MAORI_WHO_ASKED}\s+i\s+tuhi(?:tuhi)?\b", re.I), "who wrote"),
        (re.compile(rf"^ko\s+wai\s+(?:i|kua)\s+{_MAORI_MET}\s+(?:ki\s+a|ki|me|with)\s+", re.I), "who met "),
        (
            re.compile(rf"^i\s+{_MAORI_MET}\s+(?:a\s+)?(?P<who>.+?)\s+ki\s+a\s+wai\b(?P<rest>.*)$", re.I),
            r"who did \g<who> meet\g<rest>",
        ),
        (
            re.compile(rf"^ko\s+wai\s+t[ao]\s+(?P<who>.+?)\s+i\s+{_MAORI_MET}(?:\s+ai)?\b(?P<rest>.*)$", re.I),
            r"who did \g<who> meet\g<rest>",
        ),
        (
            re.compile(rf"^ki\s+a\s+wai\s+(?:i|a)\s+{_MAORI_MET}\s+ai\s+(?:a\s+)?(?P<who>.+?)(?=\s+i\s|$)", re.I),
            r"who did \g<who> meet",
        ),
        (re.compile(r"^ko\s+wai\s+(?:a\s+|te\s+|tenei\s+|tera\s+)?", re.I), "who is "),
        (
            re.compile(r"^e\s+hia\s+(?:nga\s+)?haora\s+(?:i\s+roa\s+ai|te\s+roa\s+o|o)\s+(?P<what>.+)$", re.I),
            r"how many hours did \g<what> last",
        ),
        (
            re.compile(r"^(?:i\s+)?(?:pehea|e\s+hia)\s+te\s+roa\s+o\s+(?P<what>.+)$", re.I),
            r"how long did \g<what> last",
        ),
        *(
            rule
            for maori, english in (
                (r"(?:nonahea|inahea|ahea|no\s+nahea|i\s+nahea)", "when"),
                (r"(?:i|kei|ki)\s+hea", "where"),
            )
            for rule in (
                (
                    re.compile(rf"^{maori}\s+(?:i\s+|ka\s+)?{_MAORI_MET}\s+ai\s+(?:a\s+)?(?P<who>.+)$", re.I),
                    rf"{english} did \g<who> meet",
                ),
                (re.compile(rf"^{maori}\s+(?:i\s+|ka\s+)?{_MAORI_MET}\s+ai$", re.I), rf"{english} did they meet"),
                (
                    re.compile(
                        rf"^{maori}\s+(?:a\s+)?(?P<who>.+?)\s+(?:i\s+|ka\s+)?{_MAORI_MET}\s+ai\s+ki\s+(?:a\s+)?(?P<whom>.+)$",
                        re.I,
                    ),
                    rf"{english} did \g<who> meet \g<whom>",
                ),
                (
                    re.compile(rf"^{maori}\s+(?:a\s+)?(?P<who>.+?)\s+(?:i\s+|ka\s+)?{_MAORI_MET}\s+ai$", re.I),
                    rf"{english} did \g<who> meet",
                ),
                (re.compile(rf"^{maori}\s+(?=te\s|nga\s)", re.I), rf"{english} was "),
                (re.compile(rf"^{maori}\b", re.I), english),
            )
        ),
        (
            re.compile(
                r"^e\s+hia\s+(?:nga\s+)?(?P<thing>\S+)\s+i\s+(?:tukuna|whakatakotoria|whakaarahia)\s+e\s+(?P<who>.+)$",
                re.I,
            ),
            r"how many \g<thing> did \g<who> propose",
        ),
        (re.compile(r"^(?:e\s+hia|he\s+aha)\s+te\s+utu\s+(?:o|mo)\s+", re.I), "how much is "),
        (re.compile(r"^e\s+hia\s+(?:nga\s+)?", re.I), "how many "),
        (
            re.compile(
                r"^(?:i|kua|ka)\s+(?:korerotia|whakahuatia|whakahuahia|kiia)\s+(?:a\s+|te\s+)?(?P<what>.+?)"
                r"(?:\s+i\s+(?:te|tenei)\s+(?:tuhinga|purongo|article)(?:\s+nei)?)?$",
                re.I,
            ),
            r"was \g<what> mentioned",
        ),
        (re.compile(r"^he\s+aha\s+", re.I), "what "),
        (re.compile(r"^(?:i\s+)?pehea\b", re.I), "how"),
        *_word_for_word(_MAORI_ENGLISH),
        *_in_english_at_last(),
    )


_MAORI_WORDS = _lazy_pattern(
    r"^(?:(?:a|ā)\s+)?(?:he\s+aha|ko\s+wai|n(?:a|ā|aa|o|ō|oo)\s+wai|p(?:e|ē|ee)hea|e\s+hia|(?:i|kei|ki)\s+hea"
    r"|(?:n(?:o|ō|oo)nahea|inahea|(?:a|ā|aa)hea)|i\s+t(?:u|ū|uu)taki|i\s+(?:k(?:o|ō|oo)rerotia|whakahuatia)"
    r"|h(?:o|ō|oo)mai)\b|\bt(?:e|ē|ee)n(?:a|ā|aa)\s+koa\b|\bki\s+a\s+wai\b",
    re.I,
)

"""What the phrasebooks share: words put into English one for one, accents typed plain, titles and offices."""

from __future__ import annotations

import re
from collections.abc import Callable

# A language's question shapes, each with its English. Each set is compiled the first time a question needs it
# (cached): most questions need none, and compiling every language's shapes at import slowed start-up.
_Shapes = tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...]


def _word_for_word(table: dict[str, str]) -> tuple[tuple[re.Pattern[str], str], ...]:
    """A phrasebook's words, each a whole word (or phrase) put into its English."""
    return tuple((re.compile(rf"\b(?:{words})\b", re.I), english) for words, english in table.items())


# What an American foreign minister is called in English: "the American foreign minister" (Swedish "den amerikanska
# utrikesministern", Welsh "y gweinidog tramor Americanaidd") is the Secretary of State.
_US_FOREIGN_MINISTER = (
    re.compile(r"\b(?P<us>American|America['’]s|the\s+US['’]s|US|USA['’]s)\s+foreign\s+minister\b", re.I),
    r"\g<us> secretary of state",
)
# "Gweinidog Tramor Tsieina", "ministr zakordonnykh sprav Kytaiu", "Aare China": a title before the country it
# serves, as Welsh, Ukrainian and Yoruba put it, read as "China's Foreign Minister".
_TITLE_OF_COUNTRY = (
    re.compile(
        r"\b(?:(?i:the|yr|y)\s+)?"
        r"(?P<title>(?i:(?:foreign\s+|prime\s+)?minister|president|leader|secretary\s+of\s+state))\s+"
        r"(?P<country>China|America|Russia|Taiwan|Ukraine|Israel|Iran|India|Japan|Britain|Wales|Nigeria)\b(?!['’])"
    ),
    r"\g<country>'s \g<title>",
)
# What the phrasebooks share once their words are English: a title and the country it serves ("the foreign
# minister of China", Romanian "ministrul de externe al Chinei", Māori "te minita o Haina": China's foreign minister;
# of the US, the US one), and a nationality put after its title ("the foreign minister Chinese").
_OFFICE = r"(?:(?:foreign\s+|prime\s+)?minister|president|leader|secretary\s+of\s+state|spokesperson|official)"
_TITLE_OF_A_COUNTRY = (
    re.compile(
        rf"\b(?:(?i:the)\s+)?(?P<title>(?i:{_OFFICE}))\s+(?i:of|from)\s+"
        r"(?P<country>China|America|Russia|Taiwan|Ukraine|Israel|Iran|India|Japan|Britain|Nigeria|South\s+Africa"
        r"|New\s+Zealand|Australia|Romania|Czechia)\b(?!['’])"
    ),
    r"\g<country>'s \g<title>",
)
_TITLE_OF_THE_US = (
    re.compile(
        rf"\b(?:(?i:the)\s+)?(?P<title>(?i:{_OFFICE}))\s+(?:(?i:of|from)\s+)?(?:(?i:the)\s+)?(?:US|USA|United\s+States)\b"
    ),
    r"the US \g<title>",
)
_NATIONALITY_AFTER_TITLE = (
    re.compile(
        rf"\b(?:(?i:the)\s+)?(?P<title>(?i:{_OFFICE}|journalist|diplomat))\s+(?P<nationality>American|Chinese|Russian)\b"
    ),
    r"the \g<nationality> \g<title>",
)
_NATIONALITY_WITHOUT_THE = (
    re.compile(rf"(?<!\bthe )\b(?P<nationality>American|Chinese|Russian)\s+(?=(?i:{_OFFICE}|journalist|diplomat)\b)"),
    r"the \g<nationality> ",
)
_IN_ENGLISH_AT_LAST = (
    (re.compile(r",?\s+please$", re.I), ""),  # "Dej mi jeho citaty prosim": give me his quotes
    _TITLE_OF_A_COUNTRY,
    _TITLE_OF_COUNTRY,
    _TITLE_OF_THE_US,
    _NATIONALITY_AFTER_TITLE,
    _NATIONALITY_WITHOUT_THE,
    _US_FOREIGN_MINISTER,
    # "the president Xi" (Romanian "președintele Xi"): President Xi
    (
        re.compile(
            r"\b(?i:the)\s+(?P<title>(?i:president|(?:prime\s+|foreign\s+)?minister|secretary\s+of\s+state))\s+(?=[A-Z][a-z])"
        ),
        lambda match: f"{match.group('title').title().replace(' Of ', ' of ')} ",
    ),
)
_NAMED = r"(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)"  # "Blinken", "Wang Yi", "Antony Blinken"
_ANSWER_WORDS = r"(?P<rest>\s*[,?].*)?$"  # what follows the question itself: ", exact words please"


def _plain_letters(marked_letters: tuple[tuple[str, str], ...]) -> _Shapes:
    """A language's accented letters typed plain, in both cases ("întâlnit": "intalnit")."""
    return tuple(
        (re.compile(f"[{marked if lower else marked.upper()}]"), plain if lower else plain.upper())
        for plain, marked in marked_letters
        for lower in (True, False)
    )


def _how_many_done(done: dict[str, str]) -> Callable[[re.Match[str]], str]:
    """A language's "how many principles did Xi propose", its verb of what was done put into English."""

    def how_many(match: re.Match[str]) -> str:
        """ "how many principii did Xi propose" (the thing put into English after)."""
        rest = match.groupdict().get("rest") or ""
        return f"how many {match.group('thing')} did {match.group('who')} {done[match.group('done').lower()]}{rest}"

    return how_many


# A name declined as the Czech book reads it, which the Serbian and Lithuanian books read alike
_CZECH_NAME = r"[A-Z][a-z-]{2,}[bcdfghjklmnpqrstvwxz]"  # "Blinken", "Taiwan": a name its case ending is put on
_CZECH_FIRST_NAME = r"(?P<first>(?:[A-Z][\w-]*\s+)?)"  # "s Antony Blinkenem": only the last name is declined
# A country named before the title it gives, as Hungarian and Lithuanian put it ("Kína külügyminisztere", "Kinijos
# užsienio reikalų ministras"): China's foreign minister; the American one, "the US foreign minister".
_COUNTRY_BEFORE_TITLE = (
    re.compile(
        r"\b(?P<country>China|America|Russia|Taiwan|Ukraine|Hungary|Serbia|Lithuania|Somalia|India|Japan|Britain"
        rf"|the\s+United\s+States|the\s+US)\s+(?:(?i:the)\s+)?(?=(?i:{_OFFICE})\b)"
    ),
    lambda match: "the US " if match.group("country").startswith("the") else f"{match.group('country')}'s ",
)
# "the" put in twice, by a rule and by a word's own article, or after "this" or an owner: "Biden's the meeting"
_THE_THE = (
    re.compile(
        r"\b(?P<before>the|this|(?!(?:Who|What|Where|When|How|That|It|There|Here|He|She)\b)(?-i:[A-Z])[\w-]*['’]s)\s+the\b",
        re.I,
    ),
    r"\g<before>",
)


# What follows a question's "?" ("…? Daj mi sve citate": give me all the quotes), which clean_question sets aside in
# the end; set aside first, so that it is not read as part of the question's last words.
_AFTER_THE_QUESTION = (re.compile(r"\s*\?\s+\S.*$"), "")


# A place or time said after the one asked about ("Šta je Xi rekao u Pekingu?": what did Xi say in Beijing)
_PLACE_OR_TIME = (
    r"(?P<where>\s+(?:in|at|from|after|during|before|u|na|posle|nakon|poslije|tokom|tijekom|pre|prije)\s+[^,?]+)?"
)


def _with_the(what: str) -> str:
    """A thing asked about, with "the" before it when it has no article or owner: "meeting" -> "the meeting"."""
    if what[:1].isupper() or re.match(r"(?:the|this|that|these|those|his|her|their|its|they|all)\b", what, re.I):
        return what
    return f"the {what}"


def _how_long(match: re.Match[str]) -> str:
    """ "how long did the meeting last", or "how many hours", as asked; "it" when nothing is named."""
    asked = "how many hours" if match.groupdict().get("hours") else "how long"
    what = match.groupdict().get("what")
    return f"{asked} did {_with_the(what) if what else 'it'} last"

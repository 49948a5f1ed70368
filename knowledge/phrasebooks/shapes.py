"""What the phrasebooks share: words put into English one for one, accents typed plain, titles and offices."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, partial

# A language's question shapes, each with its English. Each set is compiled the first time a question needs it
# (cached): most questions need none, and compiling every language's shapes at import slowed start-up. So are the
# shapes the books share (a title and its country, below) and each book's cue pattern (_lazy_pattern).
_Shape = tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]
_Shapes = tuple[_Shape, ...]


def _lazy_pattern(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A pattern compiled the first time a question needs it (cached), as the shapes are: a book's cue pattern is
    searched for only in a question that holds one of its cue words, and most questions hold none."""
    return cache(partial(re.compile, pattern, flags))


def _word_for_word(table: dict[str, str]) -> tuple[tuple[re.Pattern[str], str], ...]:
    """A phrasebook's words, each a whole word (or phrase) put into its English."""
    return tuple((re.compile(rf"\b(?:{words})\b", re.I), english) for words, english in table.items())


# What an American foreign minister is called in English: "the American foreign minister" (Swedish "den amerikanska
# utrikesministern", Welsh "y gweinidog tramor Americanaidd") is the Secretary of State.
@cache
def _us_foreign_minister() -> _Shape:
    return (
        re.compile(r"\b(?P<us>American|America['’]s|the\s+US['’]s|US|USA['’]s)\s+foreign\s+minister\b", re.I),
        r"\g<us> secretary of state",
    )


# "Gweinidog Tramor Tsieina", "ministr zakordonnykh sprav Kytaiu", "Aare China": a title before the country it
# serves, as Welsh, Ukrainian and Yoruba put it, read as "China's Foreign Minister".
@cache
def _title_of_country() -> _Shape:
    return (
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


@cache
def _title_of_a_country() -> _Shape:
    return (
        re.compile(
            rf"\b(?:(?i:the)\s+)?(?P<title>(?i:{_OFFICE}))\s+(?i:of|from)\s+"
            r"(?P<country>China|America|Russia|Taiwan|Ukraine|Israel|Iran|India|Japan|Britain|Nigeria|South\s+Africa"
            r"|New\s+Zealand|Australia|Romania|Czechia)\b(?!['’])"
        ),
        r"\g<country>'s \g<title>",
    )


@cache
def _title_of_the_us() -> _Shape:
    return (
        re.compile(
            rf"\b(?:(?i:the)\s+)?(?P<title>(?i:{_OFFICE}))\s+(?:(?i:of|from)\s+)?(?:(?i:the)\s+)?"
            r"(?:US|USA|United\s+States)\b"
        ),
        r"the US \g<title>",
    )


@cache
def _nationality_after_title() -> _Shape:
    return (
        re.compile(
            rf"\b(?:(?i:the)\s+)?(?P<title>(?i:{_OFFICE}|journalist|diplomat))\s+"
            r"(?P<nationality>American|Chinese|Russian)\b"
        ),
        r"the \g<nationality> \g<title>",
    )


@cache
def _nationality_without_the() -> _Shape:
    return (
        re.compile(
            rf"(?<!\bthe )(?<!\bwhich )(?<!\bwhat )\b(?P<nationality>American|Chinese|Russian)\s+"
            rf"(?=(?i:{_OFFICE}|journalist|diplomat)\b)"
        ),
        r"the \g<nationality> ",
    )


@cache
def _in_english_at_last() -> _Shapes:
    return (
        (re.compile(r",?\s+please$", re.I), ""),  # "Dej mi jeho citaty prosim": give me his quotes
        _title_of_a_country(),
        _title_of_country(),
        _title_of_the_us(),
        _nationality_after_title(),
        _nationality_without_the(),
        _us_foreign_minister(),
        # "the president Xi" (Romanian "președintele Xi"): President Xi
        (
            re.compile(
                r"\b(?i:the)\s+(?P<title>(?i:president|(?:prime\s+|foreign\s+)?minister|secretary\s+of\s+state))\s+"
                r"(?=[A-Z][a-z])"
            ),
            lambda match: f"{match.group('title').title().replace(' Of ', ' of ')} ",
        ),
    )


_NAMED = r"(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)"  # "Blinken", "Wang Yi", "Antony Blinken"
# A name of two words that a case ending or a word after a noun is put on as a whole ("Wang Yi-ga", "Xi Jinping
# bilan": with Xi Jinping), where one capitalised word is what is declined ("Blinken Xi bilan": Blinken, with Xi)
_TWO_WORD_NAME = (
    r"(?-i:(?:Xi\s+Jinping|(?:Wang|Li|Zhang|Liu|Chen|Yang|Zhao|Huang|Zhou|Wu|Antony|Joe|Jake)\s+[A-Z][a-z]+)(?!\w))"
)
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


def _why_done(done: dict[str, str], to: str = "") -> Callable[[re.Match[str]], str]:
    """A language's "why did Blinken go to Beijing", its verb of what was done put into English; ``to``: its words
    for "to" that may open what follows ("v Pekin": to Beijing)."""
    opening = re.compile(rf"^\s+(?:{to})\s+") if to else None

    def why(match: re.Match[str]) -> str:
        """ "why did Blinken go" and what follows the verb, the person and the verb in either order."""
        groups = match.groupdict()
        who, verb = groups.get("who") or groups.get("subject"), groups.get("verb") or groups["done"]
        rest = groups["rest"]
        return f"why did {who} {done[verb.lower()]}" + (opening.sub(" to ", rest) if opening else f"{rest}")

    return why


def _works_for(employers: dict[str, str]) -> Callable[[re.Match[str]], str]:
    """A language's "which organisation does Wang Yi work for", the employer's word put into English by its stem."""

    def works_for(match: re.Match[str]) -> str:
        """ "which organisation does Wang Yi work for"."""
        word = match.group("employer")  # "organizaciju": organisation; a word the book does not know stays as typed
        employer = next((english for stem, english in employers.items() if word.lower().startswith(stem)), word)
        return f"which {employer} does {match.group('who')} work for"

    return works_for


def _title_asked(match: re.Match[str]) -> str:
    """ "what position does X hold in Y" when the question names where, else "what is X's title"; the holder is
    whichever of the groups ``who``, ``owner`` and ``of`` the question's shape filled."""
    groups = match.groupdict()
    if groups.get("who") and groups.get("where"):
        return f"what position does {groups['who']} hold{groups['where']}"
    return f"what is {groups.get('who') or groups.get('owner') or groups.get('of')}'s title"


def _what_it_costs(match: re.Match[str]) -> str:
    """ "how much does the Super Saver plan cost", the plan named after the language's "how much does … cost" or
    before it."""
    return f"how much does {_with_the(match.group('what') or match.group('thing'))} cost"


def _asked_before(asked: dict[str, str], match: re.Match[str], done: str) -> str:
    """A language's "when", "where" put into English before what was done ("when did Xi meet Blinken")."""
    return f"{asked[match.group('asked').lower()]} {done}"


# A name declined as the Czech book reads it, which the Serbian and Lithuanian books read alike
_CZECH_NAME = r"[A-Z][a-z-]{2,}[bcdfghjklmnpqrstvwxz]"  # "Blinken", "Taiwan": a name its case ending is put on
_CZECH_FIRST_NAME = r"(?P<first>(?:[A-Z][\w-]*\s+)?)"  # "s Antony Blinkenem": only the last name is declined


# A country named before the title it gives, as Hungarian and Lithuanian put it ("Kína külügyminisztere", "Kinijos
# užsienio reikalų ministras"): China's foreign minister; the American one, "the US foreign minister".
@cache
def _country_before_title() -> _Shape:
    return (
        re.compile(
            r"\b(?P<country>China|America|Russia|Taiwan|Ukraine|Hungary|Serbia|Lithuania|Somalia|India|Japan|Britain"
            rf"|the\s+United\s+States|the\s+US)\s+(?:(?i:the)\s+)?(?=(?i:{_OFFICE})\b)"
        ),
        lambda match: "the US " if match.group("country").startswith("the") else f"{match.group('country')}'s ",
    )


# "according to the article" said before the question's own words ("Li gorî gotarê wezîrê derve yê Çînê kî ye?",
# "Maqolaga ko'ra …"), put after them as English does: "who is China's foreign minister according to the article"
@cache
def _according_to_last() -> _Shape:
    return (
        re.compile(r"^(?P<before>.*?)\b(?P<according>according\s+to\s+the\s+article),?\s+(?P<after>\S.*)$", re.I),
        r"\g<before>\g<after> \g<according>",
    )


# A word's English put after it in brackets by the reader ("Naingngan Char Ye Wungyi (Foreign Minister)", "reklami
# (ads)"): once the book has put the word into English, the gloss says it again and is left off
@cache
def _gloss_said_again() -> _Shape:
    return (re.compile(r"\b(?P<said>\w[\w'’ -]{0,40}?)\s*\((?P=said)\)", re.I), r"\g<said>")


# "the" put in twice, by a rule and by a word's own article, or after "this" or an owner: "Biden's the meeting"
@cache
def _the_the() -> _Shape:
    return (
        re.compile(
            r"\b(?P<before>the|this|(?!(?:Who|What|Where|When|How|That|It|There|Here|He|She)\b)(?-i:[A-Z])[\w-]*['’]s)"
            r"\s+the\b",
            re.I,
        ),
        r"\g<before>",
    )


# What follows a question's "?" ("…? Daj mi sve citate": give me all the quotes), which clean_question sets aside in
# the end; set aside first, so that it is not read as part of the question's last words.
@cache
def _after_the_question() -> _Shape:
    return (re.compile(r"\s*\?\s+\S.*$"), "")


# A place or time said after the one asked about ("Šta je Xi rekao u Pekingu?": what did Xi say in Beijing)
_PLACE_OR_TIME = (
    r"(?P<where>\s+(?:in|at|from|after|during|before|u|na|posle|nakon|poslije|tokom|tijekom|pre|prije)\s+[^,?]+)?"
)


def _what_said(what: str, said: str, about: str, place_or_time: str = _PLACE_OR_TIME, before_who: str = "") -> _Shapes:
    """ "What did X say about Y / to Z / in W" in a language that opens on its "what", the speaker before or
    after its verb for saying ("Ką pasakė Xi apie Taivaną?", "Co Xi řekl o Tchaj-wanu?"); ``before_who``: what may
    stand before a speaker named first (Serbian's "je")."""
    return tuple(
        rule
        for said_by in (rf"{said}\s+(?P<who>[^,?]+?)", rf"{before_who}(?P<who>[^,?]+?)\s+{said}")
        for rule in (
            (
                re.compile(rf"^{what}\s+{said_by}\s+{about}\s+(?P<topic>[^,?]+){_ANSWER_WORDS}", re.I),
                r"what did \g<who> say about \g<topic>\g<rest>",
            ),
            (
                re.compile(rf"^{what}\s+{said_by}\s+to\s+(?P<whom>[^,?]+){_ANSWER_WORDS}", re.I),
                r"what did \g<who> say to \g<whom>\g<rest>",
            ),
            (
                re.compile(rf"^{what}\s+{said_by}{place_or_time}{_ANSWER_WORDS}", re.I),
                r"what did \g<who> say\g<where>\g<rest>",
            ),
        )
    )


# An English verb's past participle, where it is not the verb and "-ed": "written", "held"
_PAST_PARTICIPLES = {
    "write": "written", "hold": "held", "meet": "met", "say": "said", "take": "taken", "give": "given", "make": "made",
    "tell": "told", "send": "sent", "put": "put", "set": "set", "cut": "cut", "do": "done", "see": "seen",
}  # fmt: skip


def _past_participle(verb: str) -> str:
    """ "update": "updated", "publish": "published", "write": "written"."""
    return _PAST_PARTICIPLES.get(verb) or (f"{verb}d" if verb.endswith("e") else f"{verb}ed")


# An English verb's past, where it is not its past participle: "wrote", "took"
_PASTS = {"write": "wrote", "take": "took", "give": "gave", "do": "did", "see": "saw"}


def _past_tense(verb: str) -> str:
    """ "publish": "published", "write": "wrote", "hold": "held"."""
    return _PASTS.get(verb) or _past_participle(verb)


def _with_the(what: str) -> str:
    """A thing asked about, with "the" before it when it has no article or owner: "meeting" -> "the meeting"."""
    if what[:1].isupper() or re.match(r"(?:the|this|that|these|those|his|her|their|its|they|all)\b", what, re.I):
        return what
    return f"the {what}"


def _with_the_named(what: str) -> str:
    """A thing asked about with "the", as _with_the puts it, and also where a name qualifies it ("Smart Quarterly
    plan", "China-America relationship": the Smart Quarterly plan, the China-America relationship)."""
    return (
        f"the {what}"
        if re.match(r"(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)*\s+(?-i:[a-z])", what)
        else _with_the(what)
    )


def _with_the_own_noun(what: str) -> str:
    """A thing asked about with "the", as _with_the_named puts it; one word capitalised only as the question's first
    is the book's own noun, lower-cased, for the book to put into English after ("Mulokot": the mulokot, the
    meeting)."""
    return f"the {what.lower()}" if re.fullmatch(r"(?-i:[A-Z])[a-z]+", what) else _with_the_named(what)


def _how_long(match: re.Match[str]) -> str:
    """ "how long did the meeting last", or "how many hours", as asked; "it" when nothing is named (the thing that
    lasted named after its verb, "what", or before it, "thing")."""
    asked = "how many hours" if match.groupdict().get("hours") else "how long"
    what = match.groupdict().get("what") or match.groupdict().get("thing")
    return f"{asked} did {_with_the(what) if what else 'it'} last"

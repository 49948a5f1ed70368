"""What the books of languages that put the verb last share: the shapes of their questions, built from their words."""

from __future__ import annotations

import re
from typing import NamedTuple

from knowledge.phrasebooks.shapes import _ANSWER_WORDS, _how_long, _Shapes, _with_the

# What a postposition put before its noun reads as ("Beijing vich": in Beijing, "Blinken nu": to Blinken)
_PREPOSITION = r"(?:about|to|in|at|with|from|after|during|before)"
_WHICH_ASKED = rf"{_PREPOSITION}\s+which\s+\w+"  # "in which city", "from which year"


class _VerbLast(NamedTuple):
    """A language that puts its verb last and its question word before it: Punjabi "Xi ne Taiwan bare ki keha?"
    (Xi, about Taiwan, what said), Nepali "Xi le Taiwan ko barema ke bhane?", Amharic "Xi sle Taiwan min ale?". Each
    field is a pattern of its words; its book puts its postpositions before their nouns first ("Beijing vich": in
    Beijing), so that the shapes read English prepositions in the middle of a question."""

    by: str  # what follows the one who did something (Punjabi "ne", Nepali "le"); "" where nothing does
    about: str  # a topic asked about, in a group "topic" ("(?P<topic>.+?) bare", "sle (?P<topic>.+?)")
    what: str  # "ki", "ke", "min"
    said: str  # "keha", "bhane", "ale"
    who_said: str  # who said, closing what was said ("kinne keha", "kasle bhanyo", "yale man new")
    that: str  # what closes the words said before who said them (Nepali "bhanera"), optional
    who_said_that: str  # who said, opening what was said ("kinne keha ki")
    whom: str  # "kinnu", "kaslai", "man gar"
    who: str  # who, of one who met someone ("kaun", "kasle", "man")
    met: str  # "milya", "bhete", "tegenagne"
    how_long: str  # "kinni der", "kati samaya", "lemin yahl gize"
    how_many_hours: str  # "kinne ghante", "kati ghanta", "sint seat"
    lasted: str  # "chali", "chalyo", "fejje"
    when: str  # "kadon", "kahile", "meche"
    where: str  # "kithe", "kaha", "yet"
    took_place: str  # "hoyi", "bhayo", "tekahede"
    how_many: str  # "kinne", "kati", "sint"
    did: str  # the verb an English one is done with ("propose kitte", "propose garyo", "propose aderege")
    how_much: str  # a price asked, closing the question ("kinne di hai", "kati parchha", "sint new")
    who_is: str  # "kaun hai", "ko ho", "man new"
    why: str  # "kyon", "kina", "lemin"
    went: str  # "gaya", "gayo", "hede"
    happened: str  # what happened, closing the question ("ki hoya", "ke bhayo", "min hone")
    about_what: str  # what something is about, closing the question ("kis baare hai", "sle min new")
    mentioned: str  # "da zikar hoya", "ko ullekh bhayo", "teteqse"
    wrote: str  # who wrote, closing the question ("kinne likhya", "kasle lekhyo", "man tsafew")
    article: str  # "eh article", "yo lekh", "yih tsihuf"
    title: str  # what someone's title is, closing the question ("da ahuda ki hai", "ko pad ke ho")
    which: str  # "kehde", "kun", "yetignaw"


def _why_went(match: re.Match[str]) -> str:
    """ "Blinken Beijing kyon gaya" (why did Blinken go to Beijing); "to" when the place has none."""
    place = match.group("place") or match.group("then") or ""
    if place and not re.match(rf"{_PREPOSITION}\s", place, re.I):
        place = f"to {place}"
    return f"why did {match.group('who')} go" + (f" {place}" if place else "")


def _verb_last(words: _VerbLast) -> _Shapes:
    """The shapes of a verb-last language's questions, each put into the English the question parser reads."""
    w = words
    by = f"(?:{w.by})?" if w.by else ""
    # what someone said, with what follows the one who said it ("Xi ne", "Xi le"): all before it is who said it ("the
    # person from China's side who talked with Blinken le ke bhanyo"), a preposition in it and all
    said_by: _Shapes = (
        (
            (
                re.compile(
                    rf"^(?P<who>.+?){w.by}(?P<said>(?:\s+{_PREPOSITION}\s+.+?)?)\s+{w.what}\s+{w.said}"
                    rf"(?P<after>\s+{_PREPOSITION}\s+[^,?]+)?{_ANSWER_WORDS}",
                    re.I,
                ),
                r"what did \g<who> say\g<said>\g<after>\g<rest>",
            ),
        )
        if w.by
        else ()
    )
    return (
        # who said: "… kinne keha", "… bhanera kasle bhanyo", "… yale man new"; "kinne keha ki …"
        (
            re.compile(rf"^(?P<said>.+?)\s+(?:(?:{w.that})\s+)?{w.who_said}{_ANSWER_WORDS}", re.I),
            r"who said \g<said>\g<rest>",
        ),
        (re.compile(rf"^{w.who_said_that}\s+(?P<said>.+)$", re.I), r"who said \g<said>"),
        *said_by,
        (
            re.compile(rf"^(?P<who>.+?){by}\s+{w.about}\s+{w.what}\s+{w.said}{_ANSWER_WORDS}", re.I),
            r"what did \g<who> say about \g<topic>\g<rest>",
        ),
        (
            re.compile(
                rf"^(?P<who>.+?){by}(?P<said>(?:\s+{_PREPOSITION}\s+.+?)?)\s+{w.what}\s+{w.said}"
                rf"(?P<after>\s+{_PREPOSITION}\s+[^,?]+)?{_ANSWER_WORDS}",
                re.I,
            ),
            r"what did \g<who> say\g<said>\g<after>\g<rest>",
        ),
        # whom someone met, and who met someone
        (
            re.compile(
                rf"^(?P<who>.+?){by}(?P<where>\s+(?:in|at|after|during|before)\s+.+?)?\s+{w.whom}\s+{w.met}"
                r"(?P<rest>.*)$",
                re.I,
            ),
            r"who did \g<who> meet\g<where>\g<rest>",
        ),
        (re.compile(rf"^(?:(?:to|with)\s+)?(?P<whom>.+?)\s+{w.who}\s+{w.met}$", re.I), r"who met \g<whom>"),
        (re.compile(rf"^{w.who}\s+(?:(?:to|with)\s+)?(?P<whom>.+?)\s+{w.met}$", re.I), r"who met \g<whom>"),
        # how long something lasted
        (re.compile(rf"^(?P<what>.+?)\s+(?P<hours>{w.how_many_hours})\s+{w.lasted}$", re.I), _how_long),
        (re.compile(rf"^(?P<what>.+?)\s+(?:{w.how_long})\s+{w.lasted}$", re.I), _how_long),
        (re.compile(rf"^(?:{w.how_long})\s+{w.lasted}\s+(?P<what>.+)$", re.I), _how_long),
        # when and where people met, or something took place; in which place or at which summit ("meeting in which
        # city hoyi": in which city did the meeting take place, its "which" put before the noun by _which_postposed)
        (
            re.compile(rf"^(?P<what>.+?)\s+(?P<asked>{_WHICH_ASKED})\s+{w.took_place}$", re.I),
            lambda match: f"{match.group('asked')} did {_with_the(match.group('what'))} take place",
        ),
        *(
            rule
            for asked, english in ((w.when, "when"), (w.where, "where"))
            for rule in (
                (re.compile(rf"^(?P<who>.+?){by}\s+{asked}\s+{w.met}$", re.I), rf"{english} did \g<who> meet"),
                (
                    re.compile(rf"^(?P<what>.+?)\s+{asked}\s+{w.took_place}$", re.I),
                    lambda match, english=english: f"{english} did {_with_the(match.group('what'))} take place",
                ),
            )
        ),
        # how many things someone did: "Xi ne kinne principles propose kitte"
        (
            re.compile(rf"^(?P<who>.+?){by}\s+{w.how_many}\s+(?P<thing>\S+)\s+(?P<verb>[a-z]+)\s+{w.did}$", re.I),
            r"how many \g<thing> did \g<who> \g<verb>",
        ),
        (
            re.compile(rf"^(?P<what>.+?)\s+{w.how_much}$", re.I),
            lambda match: f"how much is {_with_the(match.group('what'))}",
        ),
        (re.compile(rf"^(?P<who>.+?)\s+{w.who_is}$", re.I), r"who is \g<who>"),
        (
            re.compile(rf"^(?P<who>.+?)(?:\s+(?P<place>.+?))?\s+{w.why}(?:\s+(?P<then>.+?))?\s+{w.went}$", re.I),
            _why_went,
        ),
        (re.compile(rf"^(?P<where>.+?)\s+{w.happened}$", re.I), r"what happened \g<where>"),
        (
            re.compile(rf"^(?P<what>.+?)\s+{w.about_what}$", re.I),
            lambda match: f"what is {_with_the(match.group('what'))} about",
        ),
        (
            re.compile(rf"^(?:{w.what}\s+)?{w.which}\s+(?P<what>.+?)(?:['’]s)?\s+{w.mentioned}$", re.I),
            r"which \g<what> were mentioned",
        ),
        (
            re.compile(
                rf"^(?:{w.what}\s+)?(?:in\s+the\s+article\s+)?(?P<what>.+?)(?:['’]s)?(?:\s+in\s+the\s+article)?\s+"
                rf"{w.mentioned}$",
                re.I,
            ),
            r"was \g<what> mentioned",
        ),
        (re.compile(rf"^{w.article}\s+{w.wrote}$", re.I), "who wrote the article"),
        (re.compile(rf"^(?P<who>.+?)(?:['’]s)?\s+{w.title}{_ANSWER_WORDS}", re.I), r"what is \g<who>'s title\g<rest>"),
        (re.compile(rf"^{w.which}\s+", re.I), "which "),
    )


_NAME = r"(?-i:[A-Z])[\w-]*"  # "Beijing vich": the one capitalised word a postposition follows
_FULL_NAME = rf"{_NAME}(?:\s+{_NAME})?"  # "Wang Yi ne Antony Blinken nu": after the one who did it, two


def _postposed(postpositions: dict[str, str], by: str, things: str) -> _Shapes:
    """A language's postpositions put before their nouns as English prepositions: "Beijing vich" (in Beijing),
    "Wang Yi ne Antony Blinken nu" (to Antony Blinken), "meeting vich" (in the meeting)."""
    return tuple(
        rule
        for postposition, preposition in postpositions.items()
        for rule in (
            (
                re.compile(rf"\b(?P<by>(?i:{by}))\s+(?P<name>{_FULL_NAME})\s+(?i:{postposition})\b"),
                rf"\g<by> {preposition} \g<name>",
            ),
            (re.compile(rf"\b(?P<name>{_NAME})\s+(?i:{postposition})\b"), rf"{preposition} \g<name>"),
            (
                re.compile(rf"\b(?:the\s+)?(?P<thing>{things})\s+{postposition}\b", re.I),
                rf"{preposition} the \g<thing>",
            ),
        )
    )


def _which_postposed(postpositions: dict[str, str], which: str) -> _Shapes:
    """A question word asking which thing, and the postposition after the thing, put before it as English does:
    Punjabi "kehde saal ton" (from which year), Nepali "kun sahar ma" (in which city)."""
    return tuple(
        (re.compile(rf"\b(?:{which})\s+(?P<thing>\w+)\s+(?:{postposition})\b", re.I), rf"{preposition} which \g<thing>")
        for postposition, preposition in postpositions.items()
    )

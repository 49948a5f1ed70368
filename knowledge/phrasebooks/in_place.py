"""What the books of languages that leave their question word where the answer stands share (Khmer, Lao): the
shapes of their questions once their words are put into English one for one."""

from __future__ import annotations

import re
from functools import cache

from knowledge.phrasebooks.shapes import (
    _ANSWER_WORDS,
    _according_to_last,
    _in_english_at_last,
    _Shapes,
    _the_the,
    _with_the,
)

# Khmer and Lao put their words in English's order and leave the question word where the answer would stand ("Xi said
# what about Taiwan", Khmer "Xi niyeay ey pi Taiwan", Lao "Xi wao nyang kiaw kap Taiwan"): each book puts its words
# into English one for one (a phrase that asks as a whole into a mark of its own: HOWLONG, HOWMANYHOURS, TWO), then
# these shapes put the question word first. A title is said before the country it serves ("foreign minister China":
# China's foreign minister), the country's name standing for its people ("diplomat America": the American diplomat).

# What opens a question already put into English, which the shapes after it leave alone
_ENGLISH_OPENING = r"(?!(?:what|who|when|where|why|how|which|did|was|is|were|in\s+which|on\s+which)\b)"
_NATIONALITY = {"America": "American", "China": "Chinese", "Russia": "Russian"}


@cache
def _in_place(opening: str) -> _Shapes:
    """The shapes of a question whose words are in English and whose question word stands where the answer would;
    ``opening``: the book's words a question opens on that English leaves off ("chos": so)."""
    return (
        # "diplomat America": the American diplomat; "foreign minister China": China's foreign minister (a title
        # and the country it serves, below)
        (
            re.compile(r"\b(?P<title>diplomat|official|journalist|guest|leader)\s+(?P<country>America|China|Russia)\b"),
            lambda match: f"the {_NATIONALITY[match.group('country')]} {match.group('title')}",
        ),
        (re.compile(r"\b(?:foreign\s+minister|minister)\s+(?:the\s+US|America)\b"), "the US secretary of state"),
        # "X should as partners": they should be partners
        (re.compile(r"\bshould\s+(?:as|be)\s+(?P<what>\S+)"), _should_be),
        (re.compile(rf"^(?:{opening})\s+", re.I), ""),
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
                + _DONE_TO[match.group("done").lower()]
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
            _what_was_said,
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
            _where_met,
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
            _where_took_place,
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
            _who_is,
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


def _should_be(match: re.Match[str]) -> str:
    """ "they should be partners", or "should be partners" after the ones who should be ("we", "China and America")."""
    said_before = match.string[: match.start()].rstrip()
    named = re.search(r"(?:\bwe|\bthey|(?-i:[A-Z])[\w-]*)$", said_before) and not re.search(r"\bwho$", said_before)
    return f"{'' if named else 'they '}should be {match.group('what')}"


_DONE_TO = {"publish": "published", "update": "updated", "write": "written"}


def _what_was_said(match: re.Match[str]) -> str:
    """ "what did Xi say about Taiwan", the words after "what" kept ("about Taiwan", "after the meeting")."""
    tail = match.group("tail") or ""
    if tail and not re.match(r"\s+(?:about|in|after|before|during|at|to|on)\b", tail):
        tail = (
            f" about{tail}"
            if not tail.strip().startswith(("go ", "with "))
            else re.sub(r"^\s+(?:go|with)", " to", tail)
        )
    return f"what did {match.group('who')} say{tail}{match.group('rest') or ''}"


def _where_met(match: re.Match[str]) -> str:
    """ "when did Xi and Blinken meet", "where did Blinken meet Xi"."""
    asked = match.group("asked").lower()
    asked = {"which day": "on which day", "which city": "in which city"}.get(asked, asked)
    whom = f" {match.group('whom')}" if match.group("whom") else ""
    return f"{asked} did {match.group('who')} meet{whom}"


def _where_took_place(match: re.Match[str]) -> str:
    """ "where did the meeting take place", "when was the article published"."""
    asked = match.group("asked").lower()
    asked = {"which day": "on which day", "which city": "in which city"}.get(asked, asked)
    return f"{asked} did {_with_the(match.group('what'))} take place"


def _who_is(match: re.Match[str]) -> str:
    """ "who is Wang Yi"."""
    return f"who is {match.group('who') or match.group('whom')}"

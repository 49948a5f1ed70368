"""Find the quoted spans of a paragraph: direct quotes, their nesting, and scare quotes.

Double marks (“…” or "…") delimit quotes; single marks inside them are nested
quotes and belong to the outer one. An article that quotes in single marks (‘…’ or
'…', as many British and Australian outlets do) is read the other way round, its
double marks nested. A quote left open at the end of a paragraph runs to its end:
the newsroom convention for a statement that goes on in the next paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPEN_DOUBLE, _CLOSE_DOUBLE = "“", "”"
_WORD = re.compile(r"\w+")
_DOUBLE_MARK = re.compile(r"[“”\"]")
_SINGLE_MARK = re.compile(r"[‘’']")
# Words right before a short quote that make it a term, not a statement ("so-called “x”").
_TERM_CUE = re.compile(
    r"\b(?:so-called|dubbed|nicknamed|(?:the\s+)?nickname|(?:known|billed|marketed|markets)\s+(?:[\w’'-]+\s+){0,3}?as|termed|labell?ed(?:\s+as)?|titled|entitled|"
    r"branded\s+as|the\s+(?:word|words|term|phrase|slogan|motto|hashtag|label|headline)|"
    r"(?:chants?|cries|shouts|chanting|chanted)\s+of|chanting|chanted|(?:placards?|banners?|signs?|t-shirts?)\s+"
    r"(?:reading|saying|that\s+read|that\s+said)|"
    r"(?:a|an|the|his|her|their|its)\s+(?:\w+\s+){0,2}(?:called|named)|"
    # "the stretch that riders call …", not "what he called …": a person's words
    r"(?:which|that|what)\s+(?!(?:he|she|i|we)\s)(?-i:[a-z]\w*\s+){1,2}(?:call|calls|called|dub|dubs|dubbed|nicknamed))"
    r"\s*$",
    re.IGNORECASE,
)
# A determiner outside the marks makes the quote part of a noun phrase: 'the “grey belt” provisions'; so does
# one with a word between when a noun follows the marks: 'a countrywide “shutter-down” strike'.
_DETERMINER = re.compile(r"\b(?:a|an|the|its|their|this|these|those)\s+$", re.IGNORECASE)
_DETERMINER_AND_WORD = re.compile(r"\b(?:a|an|the|its|their|this|these|those)\s+[a-z][\w-]*\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|but|to|of|in|on|at|for|from|into|over|by|with|as|is|was|are|were|be|before|after|until|when|"
    r"while|because|if|since|than|that|which|who|so|then|had|has|have|would|could|will|should|may|might|can|did|"
    r"does|a|an|the|its|their|his|her|this|these|those|my|our)\b)[a-z][\w-]*\b"
)
# Who says a quote, right after it: '“Thank You,” she said', '“Not Again,” Novak told reporters'.
_SPEECH_AFTER = re.compile(
    r"\s*(?:(?:he|she|they|it|i|we)\s+|(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*\s+){1,4}|(?:the|a|an)\s+[\w’'-]+(?:\s+[\w’'-]+)?\s+)?"
    r"(?:said|says|told|added|asked|wrote|recalled|shouted|replied|insisted|warned|declared)\b",
    re.IGNORECASE,
)
# "what his office called a “family meeting”": a name given to a thing, not words someone said.
_NAMED_AS = re.compile(r"\bcall(?:s|ed|ing)?\s+(?:\w+\s+)?(?:a|an|the)\s+$", re.IGNORECASE)
_CUED_TERM_WORDS = 8  # a slogan or name after a cue ("chants of", "so-called") may be this long
SHORT_QUOTE_WORDS = 3  # quotes of this many words or fewer may be terms rather than statements
# A speech verb a few words before a short quote makes it a statement ("said it would be “undiplomatic”"), as
# does one whose "that" clause it stands in ("reported Seo as saying … that member companies had “frozen” …").
_SPEECH_JUST_BEFORE = re.compile(
    r"\b(?:said|says|saying|told|added|wrote|called|described|insisted|warned)\s+(?:[\w’'-]+\s+){0,3}$"
    r"|\b(?:said|says|saying|told|added|wrote|insisted|warned)\b[^.;“”\"]{0,60}?\bthat\s+(?:[\w’'-]+\s+){0,4}$"
    # the clause a speech verb reports, a few words on: "accepted that its tone had been “wrong”", "said the
    # regulator could not apply the rules “retrospectively”"
    r"|\b(?:said|says|told|added|wrote|insisted|warned|accepted|admitted|conceded|argued|claimed|agreed)\s+"
    r"(?:that\s+)?(?:[\w’'-]+\s+){1,8}$"
    # a view of a thing: "dismissed the motion as “theatre”", ", calling the situation a “slow-motion tax”"
    r"|\b(?:dismiss(?:ed|ing)|brand(?:ed|ing)|label(?:l?ed|l?ing)|describ(?:ed|ing)|denounc(?:ed|ing)|hail(?:ed|ing)"
    r"|criticis(?:ed|ing)|criticiz(?:ed|ing))\s+(?:[\w’'-]+\s+){0,3}?as\s+(?:(?:a|an|the)\s+)?$"
    r"|\bcalling\s+(?:[\w’'-]+\s+){2,3}$"  # not "took to calling the “fizz war”": a name
)


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A quoted span of a paragraph: offsets of its marks and the words inside them."""

    start: int  # offset of the opening mark
    end: int  # offset just past the closing mark (the paragraph's end when left open)
    text: str
    closed: bool

    @property
    def words(self) -> int:
        """How many words the quote holds."""
        return len(_WORD.findall(self.text))


# Guillemets quote as double marks do («…», as Russian, French and Central Asian papers print them); read as “…”,
# one mark for one, so every offset holds.
_GUILLEMETS = str.maketrans({"«": _OPEN_DOUBLE, "»": _CLOSE_DOUBLE})


def as_double_marks(text: str) -> str:
    """A text with its guillemets read as double quotation marks."""
    return text.translate(_GUILLEMETS) if "«" in text else text


def uses_double_marks(texts: list[str]) -> bool:
    """Whether an article marks its quotes with double quotation marks rather than single ones."""
    texts = [as_double_marks(t) for t in texts]
    double = sum(len(_double_spans(t)) for t in texts)
    single = sum(len(_single_spans(t)) for t in texts if "'" in t or "‘" in t)
    return double >= single


def find_quote_spans(text: str, double_marks: bool = True) -> list[QuoteSpan]:
    """The quotes of a paragraph, outermost only, in order."""
    text = as_double_marks(text)
    if double_marks and (_DOUBLE_MARK.search(text) or "‘" not in text):
        return _double_spans(text)
    return _single_spans(text)  # a single-mark article, or a title in one that uses double ones


def _double_spans(text: str) -> list[QuoteSpan]:
    """Spans delimited by curly or straight double marks."""
    spans: list[QuoteSpan] = []
    start: int | None = None
    for mark in _DOUBLE_MARK.finditer(text):
        i, ch = mark.start(), mark.group()
        if start is None and ch in (_OPEN_DOUBLE, '"'):
            start = i
        elif start is not None and ch in (_CLOSE_DOUBLE, '"'):
            spans.append(_span(text, start, i + 1, closed=True))
            start = None
    if start is not None and start < len(text) - 1:
        spans.append(_span(text, start, len(text), closed=False))
    return [s for s in spans if s.text]


# A single mark opens a quote at the start of a word that follows a space or an opening mark ("'Shame!'"),
# never inside a word (O'Brien, can't) or before a digit ('97); it closes one after a word or a
# stop, before anything but a letter or digit.
_SINGLE_OPENS_AFTER = frozenset(' \t\n([{—–-“"/')


def _single_spans(text: str) -> list[QuoteSpan]:
    """Spans delimited by single marks, curly or straight; a mark inside a word is an apostrophe."""
    spans: list[QuoteSpan] = []
    start: int | None = None
    marks = [m.start() for m in _SINGLE_MARK.finditer(text)]
    for k, i in enumerate(marks):
        if start is None:
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            opens = text[i] == "‘" or (text[i] == "'" and before in _SINGLE_OPENS_AFTER)
            if opens and not after.isspace() and not after.isdigit():
                start = i
        elif text[i] != "‘" and _may_close(text, i) and not _possessive(text, marks[k + 1 :], i):
            spans.append(_span(text, start, i + 1, closed=True))
            start = None
    if start is not None:
        spans.append(_span(text, start, len(text), closed=False))
    return [s for s in spans if s.text]


def _may_close(text: str, i: int) -> bool:
    """Whether a single mark at an offset can end a quote: after a word or a stop, before no letter or digit."""
    return i > 0 and not text[i - 1].isspace() and not text[i + 1 : i + 2].isalnum()


def _possessive(text: str, later: list[int], i: int) -> bool:
    """Whether a mark after an s, with a word after it, is a plural's apostrophe ("the councillors' vote"):
    so when another mark further on can close the quote."""
    if text[i - 1] not in "sS" or text[i + 1 : i + 2] != " ":
        return False
    return any(_may_close(text, j) and text[j - 1] not in "sS" for j in later)


def _span(text: str, start: int, end: int, closed: bool) -> QuoteSpan:
    """A span with the words inside its marks (without a trailing comma)."""
    inner = text[start + 1 : end - 1 if closed else end]
    return QuoteSpan(start, end, inner.strip().rstrip(","), closed)


# A bare noun phrase of a few lower-case words, the object of a preposition: no determiner, no verb, no adverb.
_NAMED_THING_WORDS = 3
_NAMED_THING = re.compile(
    r"(?!(?:a|an|the|this|that|these|those|my|our|his|her|their|its|no|every|any)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}"
)
_OBJECT_OF = re.compile(r"\b(?:on|of|for|in|from|about|into|with|over|under)\s+[“\"‘']?$")
# An owner's thing: 'the union’s “red line”', 'the port’s taxi “holding pen”' (not a person's words).
_OWNED_BY = re.compile(r"\w['’]s\s+(?:[a-z][\w-]*\s+)?$")
_NOT_A_THING = re.compile(r"\b(?:and|or|not|is|are|was|were|be|been|with|of|to|in|on|at|for)\b|\w{2,}(?:ly|ed)\b")


def is_term(text: str, span: QuoteSpan) -> bool:
    """Whether a short quote names a term or title rather than quoting a statement.

    A cue before it ("so-called", "dubbed", "the word") or a determiner ("the “grey belt”
    provisions") makes it a term; so does a single word ("mobilising") or a Title Case name
    ("Operation Clean Sweep") with no punctuation of speech inside the marks, unless a speech
    verb just before introduces it ("said it would be “undiplomatic”").
    """
    before = text[: span.start]
    words = span.words
    if words <= _CUED_TERM_WORDS and _TERM_CUE.search(before[-60:]):
        return True  # chants of "No port without dockers", a group called "Mothers for Peace"
    if words > SHORT_QUOTE_WORDS:
        return False
    if (
        words <= _NAMED_THING_WORDS
        and _NAMED_THING.fullmatch(span.text.rstrip("."))
        and not _NOT_A_THING.search(span.text)
        and (_OBJECT_OF.search(before[-12:]) or _OWNED_BY.search(before[-30:]))
    ):
        return True  # "bought on “logbook loans”", "a rise in “tropical nights”": a thing's name, not a speaker's words
    reported = _SPEECH_JUST_BEFORE.search(before[-60:]) is not None and not _NAMED_AS.search(before[-60:])
    noun_after = _NOUN_AFTER.match(text, span.end) is not None
    if (_DETERMINER.search(before) and (noun_after or not reported)) or (
        _DETERMINER_AND_WORD.search(before) and noun_after
    ):
        return True
    raw = text[span.start + 1 : span.end - 1].strip()
    parts = span.text.split()
    titled = len(parts) > 1 and all(w[:1].isupper() for w in parts)
    if raw[-1:] == "," and titled and not _SPEECH_AFTER.match(text, span.end):
        return True  # a title with American punctuation: 'shorten “The Salt Orchard,” hours after …'
    if raw[-1:] in ",.!?…" or reported:
        return False
    return words == 1 or titled

"""Value types of the knowledge engine.

Every class here is a frozen, slotted dataclass holding tuples: a pure value that
can be shared between threads and handlers. Change one with ``dataclasses.replace``.
Line numbers are 1-based and inclusive, counted in the article file as shipped.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import PurePath


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the article body, with the lines it spans."""

    index: int
    paragraph: int
    text: str
    line: int
    end_line: int
    start: int = 0  # offset of the sentence in its paragraph's text

    @property
    def end(self) -> int:
        """Offset just past the sentence in its paragraph's text."""
        return self.start + len(self.text)


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph of prose: its text, its lines and its sentences."""

    index: int
    text: str
    line: int
    end_line: int
    sentences: tuple[Sentence, ...]
    line_starts: tuple[tuple[int, int], ...] = ()  # (offset in text, line) where each source line begins
    heading: bool = False  # a subheading kept for the quote it holds ("'The river's not safe for little ones'")
    signed_by: str | None = None  # an embedded post: the name it is signed with ("— Rachel Imbert (@rachimbert)")

    def line_at(self, offset: int) -> int:
        """The source line holding a character offset of the paragraph's text."""
        line = self.line
        for start, number in self.line_starts:
            if start <= offset:
                line = number
        return line

    def excerpt(self, start: int, end: int, index: int) -> Sentence:
        """Part of the paragraph as a citable sentence (its own lines), e.g. one speaker's clause."""
        text = self.text[start:end]
        stripped = text.strip(" ,;")
        start += text.index(stripped) if stripped else 0
        return Sentence(
            index, self.index, stripped, self.line_at(start), self.line_at(start + len(stripped) - 1), start
        )


@dataclass(frozen=True, slots=True)
class PageLine:
    """A single line of page metadata (byline, date) kept with its line number."""

    text: str
    line: int


@dataclass(frozen=True, slots=True)
class PhotoCredit:
    """A photo's credit on the page, with the caption that says what the photo shows."""

    line: PageLine  # the whole line holding the credit: the caption's own, or the one under it
    caption: str


@dataclass(frozen=True, slots=True)
class Byline:
    """Who wrote the article and where from, as the page states it."""

    author: str
    dateline: str | None
    source: PageLine


@dataclass(frozen=True, slots=True)
class Article:
    """A parsed news article: header, metadata and prose body."""

    path: str
    headline: PageLine | None  # None: the page opens with its lead (wire copy)
    standfirst: PageLine | None
    byline: Byline | None
    published: PageLine | None
    updated: PageLine | None
    outlet: PageLine | None  # the publication's name, and the line of the page that gives it
    credits: tuple[PhotoCredit, ...]  # the photos' credits, in page order
    editor: PageLine | None  # "Editor: …", "Edited by …"
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]  # every body sentence in order; sentences[i].index == i

    @property
    def title(self) -> str:
        """The headline, or the opening sentence when the page has none."""
        return self.headline.text if self.headline else self.sentences[0].text

    @property
    def file_name(self) -> str:
        """The article file's name, as citations name it."""
        return PurePath(self.path).name


@dataclass(frozen=True, slots=True)
class Person:
    """Someone the article names, with the ways it refers to them."""

    name: str
    aliases: tuple[str, ...]
    role: str | None
    role_line: int | None
    mention_lines: tuple[int, ...]
    quoted: bool
    named: bool = True  # False: known only by a description ("a spokeswoman for the coalition")
    gender: str | None = None  # "m" or "f" when the article reveals it (Mr, Ms, "she said"); "n": never a pronoun
    descriptions: tuple[str, ...] = ()  # every role the article gives them, first one first

    @property
    def descriptions_or_role(self) -> tuple[str, ...]:
        """Every description the article gives them, or their role alone ("" when it gives none)."""
        return self.descriptions or (self.role or "",)

    @property
    def label(self) -> str:
        """The person as an answer names them: name and role, or the description as written."""
        if not self.named:
            return self.name[:1].upper() + self.name[1:]
        return f"{self.name} ({self.role})" if self.role else self.name


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation, where it stands and who said it (None: unattributed).

    ``rule`` names the attribution rule that chose the speaker (or why none was
    chosen), so that a wrong answer can be traced; ``source`` is the outlet or
    platform a relayed quote came through ("Reuters"), never the speaker.
    """

    text: str
    sentence: Sentence
    speaker: str | None
    rule: str = "unattributed"
    source: str | None = None
    clause: Sentence | None = None  # the quote's own clause, when its sentence quotes someone else too
    quoted_by: str | None = None  # for words quoted inside someone else's quote: that speaker

    def covers(self, sentence: Sentence) -> bool:
        """Whether a body sentence is part of this quote's (possibly merged) sentence."""
        return sentence.paragraph == self.sentence.paragraph and sentence.text in self.sentence.text


@dataclass(frozen=True, slots=True)
class Statement:
    """A sentence that reports what a person said without quoting them."""

    sentence: Sentence
    speaker: str


@dataclass(frozen=True, slots=True)
class Citation:
    """A verbatim piece of the article that an answer rests on."""

    file: str
    line: int
    end_line: int
    text: str
    speaker: str | None = None
    source: str | None = None  # the outlet or platform a quote was relayed through


class Intent(enum.Enum):
    """What kind of question was asked, as the engine understood it."""

    SPEAKER = "speaker"
    UNQUOTED = "unquoted"
    WHO_SAID = "who_said"
    WHO_IS = "who_is"
    PEOPLE = "people"
    BYLINE = "byline"
    DATELINE = "dateline"
    OUTLET = "outlet"
    CREDIT = "credit"
    EDITOR = "editor"
    DATES = "dates"
    SUMMARY = "summary"
    FACT = "fact"
    ABSTAIN = "abstain"


@dataclass(frozen=True, slots=True)
class Section:
    """A run of citations under an optional fixed-phrase heading ("Wang Yi said:")."""

    heading: str | None
    citations: tuple[Citation, ...]


@dataclass(frozen=True, slots=True)
class Answer:
    """The engine's reply to one question: extractive, with its citations.

    ``intro`` and section headings are short fixed phrases; every citation text
    is verbatim article text. ``more`` holds further matching passages that were
    not shown, and ``suggestions`` questions the article can answer.
    """

    question: str
    intent: Intent
    abstained: bool
    intro: str | None
    sections: tuple[Section, ...]
    more: tuple[Citation, ...] = ()
    suggestions: tuple[str, ...] = ()

    @property
    def citations(self) -> tuple[Citation, ...]:
        """All shown citations, in the order they appear in the answer."""
        return tuple(c for s in self.sections for c in s.citations)

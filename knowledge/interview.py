"""Question-and-answer interviews: whose words each answer paragraph is.

An interview printed as "Q: … / A: …" (or under the speakers' names in capitals, "SOLVANG: … /
QUINTERO: …") quotes its subject without quotation marks: every answer paragraph, and the
paragraphs that carry an answer on until the next question, are the interviewee's words.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from knowledge.article import SPEAKER_LABEL
from knowledge.models import Article, Person
from knowledge.people import Cast

_MIN_TURNS = 2  # labelled paragraphs of each side before a page is taken for an interview
_TRANSCRIPT_TURNS = 4  # turns under people's names before a page is taken for a broadcast transcript
# Labels that name no one: "UNIDENTIFIED PERSON:", "CROWD:", and a page's "BREAKING NEWS:" or "EDITOR'S NOTE:".
_NO_NAME = frozenset(
    "UNIDENTIFIED PERSON MAN WOMAN GROUP CROWD AUDIENCE VOICE VOICES ANNOUNCER SPEAKER NARRATOR INTERPRETER "
    "CHILD CHILDREN PROTESTERS BREAKING NEWS UPDATE UPDATED NOTE EDITOR'S EDITOR’S READ MORE ALSO LIVE WATCH".split()
)
_PARTS = {"BYLINE": "reporter"}  # a public-radio transcript's "BYLINE": the reporter whose story it is
_AUTHOR = "\0author"  # a paragraph naming the interviewer (the note on the author) ends an answer


@dataclass(frozen=True, slots=True)
class Interview:
    """Whose words a Q&A interview's paragraphs are (empty for any other page)."""

    answers: dict[int, str]  # answer paragraphs, and those carrying an answer on: the interviewee's name
    questions: frozenset[int]  # the questions' paragraphs, when the interviewer is named
    interviewer: Person | None  # the author the byline names


def read_interview(article: Article, cast: Cast) -> Interview:
    """The interview a page prints as "Q: … / A: …" or under its speakers' names in capitals, if any.

    An answer goes on until the next question, or until a paragraph names the interviewer (the
    note on the author after the last answer).
    """
    author = article.byline.author if article.byline else None
    labels = [_label(p.text) or (_AUTHOR if author and author in p.text else None) for p in article.paragraphs]
    answers = _interview_answers(article, cast, labels)
    asker = _interviewer(article) if answers else None
    if asker is not None and asker.name in answers.values():
        asker = None  # a transcript's reporter speaks in turns of her own ("BRANDSTETTER: …"), asks nothing
    if asker is None:
        return Interview(answers, frozenset(), None)
    first, last = min(answers), max(answers)
    questions = frozenset(
        i for i in range(max(0, first - 1), last + 1) if i not in answers and labels[i] not in (None, "A", _AUTHOR)
    )
    return Interview(answers, questions, asker)


def _interview_answers(article: Article, cast: Cast, labels: list[str | None]) -> dict[int, str]:
    """For each answer paragraph, the interviewee's name (each speaker's, in a transcript)."""
    counts = Counter(label for label in labels if label)
    if counts["Q"] >= _MIN_TURNS and counts["A"] >= _MIN_TURNS:
        speaker = _interviewee(article, cast, labels)
        return _answers(labels, {"A": speaker} if speaker else {}, {"Q", _AUTHOR})
    named = {label: _person(cast, label) for label in counts if label != _AUTHOR}
    turns = Counter(named[label] for label in labels if label is not None and named.get(label))
    if sum(turns.values()) >= _TRANSCRIPT_TURNS and len(turns) > 1:  # a broadcast transcript: every turn counts
        people = {label: name for label, name in named.items() if name}
        return _answers(labels, people, {label for label in counts if label not in people})
    people = {label: name for label, name in named.items() if name and counts[label] >= _MIN_TURNS}
    others = {label for label in named if counts[label] >= _MIN_TURNS and not named[label]}  # "TIMES:": the questions
    if people and (others or len(people) > 1):  # an interview under its speakers' names
        return _answers(labels, people, others | {_AUTHOR})
    return {}


def transcript_labels(article: Article) -> dict[str, tuple[int, str | None]]:
    """The speakers a broadcast transcript's labels name in full ("CHUE XIONG: …", "MIRIAM KOVACEVIC, HOST: …"),
    as names ("Chue Xiong"), with the line of their first turn and the label's part ("HOST"); none on other pages."""
    labelled = [(p.line, m) for p in article.paragraphs if (m := SPEAKER_LABEL.match(p.text))]
    if len(labelled) < _TRANSCRIPT_TURNS:
        return {}
    found: dict[str, tuple[int, str | None]] = {}
    for line, label in labelled:
        words = label.group("label").split()
        if len(words) > 1 and _NO_NAME.isdisjoint(words):
            found.setdefault(" ".join(word.title() for word in words), (line, label.group("part")))
    return found


def transcript_speakers(labels: dict[str, tuple[int, str | None]], cast: Cast) -> tuple[Person, ...]:
    """The people a transcript names nowhere but in its labels (the host, the reporter signing off), each with
    the label's part as their role ("HOST": host, "BYLINE": reporter)."""
    return tuple(
        _speaker(name, _PARTS.get(part, part.lower()) if part else None, line)
        for name, (line, part) in labels.items()
        if not _person(cast, name)
    )


def _interviewer(article: Article) -> Person | None:
    """The interview's author, named in its byline, whose questions are theirs."""
    if article.byline is None or len(article.byline.author.split()) < 2:
        return None
    return _speaker(article.byline.author, "interviewer", article.byline.source.line)


def _speaker(name: str, role: str | None, line: int) -> Person:
    """A speaker the page names only outside its prose (a byline, a transcript's label), on one line."""
    return Person(
        name=name,
        aliases=(name, name.split()[-1]),
        role=role,
        role_line=line if role else None,
        mention_lines=(line,),
        quoted=True,
        descriptions=(role,) if role else (),
    )


def _label(text: str) -> str | None:
    """A paragraph's speaker label, upper-cased."""
    match = SPEAKER_LABEL.match(text)
    return match.group("label").upper() if match else None


def _answers(labels: list[str | None], speakers: dict[str, str], questions: set[str]) -> dict[int, str]:
    """Answer paragraphs and the paragraphs that carry them on, until the next question."""
    found: dict[int, str] = {}
    current: str | None = None
    for index, label in enumerate(labels):
        if label in questions:
            current = None
        elif label in speakers:
            current = speakers[label]
        if current is not None:
            found[index] = current
    return found


def _interviewee(article: Article, cast: Cast, labels: list[str | None]) -> str | None:
    """The person the headline names, else the person the introduction names most."""
    if article.headline is not None:
        named = {p.name for _, p in cast.mentions(article.headline.text)}
        if len(named) == 1:
            return named.pop()
    first_turn = next((i for i, label in enumerate(labels) if label), len(labels))
    counts = Counter(p.name for para in article.paragraphs[:first_turn] for _, p in cast.mentions(para.text))
    ranked = counts.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def _person(cast: Cast, label: str) -> str | None:
    """The one person a capitalised label names ("QUINTERO": Odalys Quintero)."""
    named = {p.name for _, p in cast.mentions(label.title())}
    return named.pop() if len(named) == 1 else None

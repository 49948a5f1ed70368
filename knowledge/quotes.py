"""Extract direct quotes and reported speech, and attribute each to a person.

Quotes are found in curly (“…”) or straight ("…") marks, whole or partial. The
speaker is the subject of the speech verb next to the quote: after it ("…,” Wang
told Blinken / "…," said Blinken), before it (The Chinese premier told … “…”;
Lopez said: “…”), or "according to X". Pronouns continue the person the text
was last about. A quote with no speaker in reach stays unattributed (None).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from knowledge.lexicon import REPORTING_VERBS, SPEECH_VERBS
from knowledge.models import Article, Paragraph, Quote, Sentence, Statement
from knowledge.people import Cast

_QUOTE = re.compile(r"“([^“”]+)”|\"([^\"]+)\"")
_SPEECH = "|".join(sorted(SPEECH_VERBS))
_REPORTING = "|".join(sorted(REPORTING_VERBS))
_ADVERB = r"(?:also\s+|has\s+|had\s+|later\s+|then\s+)?"
_SUBJECT_THEN_VERB = re.compile(rf"^[\s,]*(?P<subject>[^.,;:!?“”\"]{{1,80}}?)\s+{_ADVERB}(?:{_SPEECH})\b")
_VERB_THEN_SUBJECT = re.compile(
    rf"^[\s,]*(?:{_SPEECH})\s+(?P<subject>(?:the\s+)?[A-Z][^.,;:!?“”\"]{{0,60}}?)\s*(?:[.,;:!?]|$)"
)
_ACCORDING_TO = re.compile(r"\baccording to\s+(?P<subject>[^.,;:!?“”\"]{1,60}?)\s*(?:[.,;:!?]|$)")
_SUBJECT_BEFORE = re.compile(
    rf"(?:^|[,;:“”\"]\s*)(?P<subject>[^.,;:!?“”\"]{{1,80}}?)\s+{_ADVERB}(?:{_SPEECH})\b[^“”\"]*$"
)
_REPORTED = re.compile(rf"(?:^|,\s*)(?P<subject>[^.,;:!?“”\"]{{1,60}}?)\s+{_ADVERB}(?:{_REPORTING})\b")
_SALIENCE_SPAN = 3  # paragraphs a pronoun may reach back
# "Mr. Starmer said": the full stop of a title is not the end of a clause.
_TITLE_DOT = re.compile(r"\b(Mr|Mrs|Ms|Dr|Prof|Sen|Gov|Rep|Gen|Sgt|Lt|Col|Capt|St)\.")


def _without_title_dots(text: str) -> str:
    """The text with the dots of titles turned into spaces (same length, same offsets)."""
    return _TITLE_DOT.sub(r"\1 ", text)


@dataclass(frozen=True, slots=True)
class Attribution:
    """Quotes, reported statements and the people each sentence is about."""

    quotes: tuple[Quote, ...]
    statements: tuple[Statement, ...]
    sentence_people: dict[int, tuple[str, ...]]


@dataclass(slots=True)
class _Focus:
    """Who the text is about right now, for resolving 'he added'."""

    name: str | None = None
    paragraph: int = -1

    def recall(self, paragraph: int) -> str | None:
        """The person in focus, if they were in focus recently enough."""
        if self.name and paragraph - self.paragraph <= _SALIENCE_SPAN:
            return self.name
        return None


def attribute(article: Article, cast: Cast) -> Attribution:
    """Find every quote and reported statement in the body and who made it."""
    focus = _Focus()
    quotes: list[Quote] = []
    statements: list[Statement] = []
    about: dict[int, tuple[str, ...]] = {}
    for paragraph in article.paragraphs:
        previous = article.paragraphs[paragraph.index - 1] if paragraph.index else None
        pending = _QuoteFinder(paragraph, previous)
        for position, sentence in enumerate(paragraph.sentences):
            found = pending.attribute_ending_in(position, cast, focus)
            quotes.extend(found)
            speakers = [q.speaker for q in found if q.speaker]
            if position not in pending.quoted_positions and not sentence.text.endswith(":"):
                speaker = _reported_speaker(sentence, cast, focus)
                speakers = [speaker] if speaker else []
                if speaker:
                    statements.append(Statement(sentence, speaker))
            named = [p.name for _, p in cast.mentions(sentence.text)]
            in_focus = speakers or named[:1]
            if in_focus:
                focus.name, focus.paragraph = in_focus[-1], paragraph.index
            about[sentence.index] = tuple(dict.fromkeys(speakers + named))
    return Attribution(tuple(quotes), tuple(statements), about)


class _QuoteFinder:
    """The quotes of one paragraph, handed out sentence by sentence as the text is read."""

    def __init__(self, paragraph: Paragraph, previous: Paragraph | None) -> None:
        self._paragraph = paragraph
        self._previous = previous
        self._offsets = _sentence_offsets(paragraph)
        self._matches = [m for m in _QUOTE.finditer(paragraph.text) if len(_quote_text(m).split()) >= 2]
        self.quoted_positions = {
            position
            for m in self._matches
            for position in range(_sentence_at(self._offsets, m.start()), _sentence_at(self._offsets, m.end() - 1) + 1)
        }

    def attribute_ending_in(self, position: int, cast: Cast, focus: _Focus) -> list[Quote]:
        """Attribute the quotes whose closing mark falls in sentence ``position``."""
        quotes = []
        text = self._paragraph.text
        for match in self._matches:
            last = _sentence_at(self._offsets, match.end() - 1)
            if last != position:
                continue
            first = _sentence_at(self._offsets, match.start())
            sentence = _merge(self._paragraph.sentences[first : last + 1])
            after = _without_title_dots(text[match.end() : self._offsets[last][1]])
            before = _without_title_dots(text[self._offsets[first][0] : match.start()])
            subject = _speaker_phrase(after, before, self._previous, is_opening=match.start() == 0)
            speaker = _resolve(subject, cast, focus, self._paragraph.index) if subject else None
            quotes.append(Quote(_quote_text(match), sentence, speaker))
            if speaker:
                focus.name, focus.paragraph = speaker, self._paragraph.index
        return quotes


def _quote_text(match: re.Match[str]) -> str:
    """The words inside the quotation marks, without a trailing comma."""
    return (match.group(1) or match.group(2)).strip().rstrip(",")


def _speaker_phrase(after: str, before: str, previous: Paragraph | None, is_opening: bool) -> str | None:
    """The words naming the speaker of a quote, from the text around it."""
    for pattern, text in (
        (_SUBJECT_THEN_VERB, after),
        (_VERB_THEN_SUBJECT, after),
    ):
        match = pattern.match(text)
        if match and len(match.group("subject").split()) <= 6:
            return match.group("subject")
    for text in (after, before):
        match = _ACCORDING_TO.search(text)
        if match:
            return match.group("subject")
    match = _SUBJECT_BEFORE.search(before)
    if match:
        return match.group("subject")
    if is_opening and previous and previous.text.endswith(":"):
        match = _SUBJECT_BEFORE.search(_without_title_dots(previous.text[:-1]))
        if match:
            return match.group("subject")
    return None


def _resolve(phrase: str, cast: Cast, focus: _Focus, paragraph: int) -> str | None:
    """Turn a subject phrase into a canonical name, or None when nobody fits."""
    phrase = _last_words(phrase, 6)
    candidates = cast.resolve_subject(phrase)
    if candidates is None:
        return focus.recall(paragraph)
    if len(candidates) == 1:
        return candidates[0].name
    recent = focus.recall(paragraph)
    return recent if recent in {p.name for p in candidates} else None


def _reported_speaker(sentence: Sentence, cast: Cast, focus: _Focus) -> str | None:
    """The person a quote-less sentence reports as saying something ('Xi noted …')."""
    match = _REPORTED.search(_without_title_dots(sentence.text))
    if not match:
        return None
    return _resolve(match.group("subject"), cast, focus, sentence.paragraph)


def _last_words(phrase: str, count: int) -> str:
    """The last ``count`` words of a phrase (the subject sits next to its verb)."""
    words = phrase.split()
    return " ".join(words[-count:])


def _sentence_offsets(paragraph: Paragraph) -> list[tuple[int, int]]:
    """Character spans of each sentence inside the paragraph text."""
    spans, position = [], 0
    for sentence in paragraph.sentences:
        start = paragraph.text.find(sentence.text, position)
        spans.append((start, start + len(sentence.text)))
        position = start + len(sentence.text)
    return spans


def _sentence_at(spans: list[tuple[int, int]], offset: int) -> int:
    """Index of the sentence holding a character offset."""
    for i, (start, end) in enumerate(spans):
        if start <= offset < end:
            return i
    return len(spans) - 1


def _merge(sentences: tuple[Sentence, ...]) -> Sentence:
    """One Sentence spanning several (a quote that runs across sentences)."""
    if len(sentences) == 1:
        return sentences[0]
    text = " ".join(s.text for s in sentences)
    return replace(sentences[0], text=text, end_line=sentences[-1].end_line)

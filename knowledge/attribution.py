"""Attribute every quote to its speaker with an ordered sieve of rules, most precise first.

Each quote goes through the rules in order; the first that names a speaker wins and
is recorded on the quote (``Quote.rule``), so a wrong answer can be traced:

1. ``relayed``: "X was quoted as saying", "the Courier reported X as saying".
2. ``trailing``: the clause right after the quote ("…,” Novak said / said Novak /
   she told reporters), or a short attribution sentence right after it ("X said to applause.").
3. ``leading``: the clause right before it ("Novak, who …, told the crowd: “…”",
   "As Okafor puts it, “…”", "X called the plan “…”", "X said she was ready for “…”",
   "the plan, which X called “…”", "X called it “…” and said the firm had “…”").
4. ``according_to``: "according to X" in the quote's sentence, when X is a person.
5. ``same_paragraph``: an earlier quote of the paragraph is X's and nobody else is named since.
6. ``colon_intro``: the paragraph before ends "X said:".
7. ``continuation``: a quote paragraph with no attribution right after one whose last quote
   is X's, with nobody else named in between (multi-paragraph statements).

A subject phrase resolves to a person through ``Resolver``: a name, a title, a
description ("the finance minister"), an unnamed speaker ("a spokeswoman for …") or a
pronoun (the nearest person of that gender, see ``discourse``). Short quotes with a
term cue ("so-called") are not statements. What no rule attributes stays None.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from knowledge.article import SAID_COMMA, SPEAKER_LABEL
from knowledge.clauses import (
    NOT_OPENING_NAMES,
    OPENING_SUBJECT,
    Phrase,
    according_to,
    as_saying_subject,
    leading_subject,
    reported_subject,
    source_of,
    trailing_subject,
    without_title_dots,
)
from knowledge.discourse import ANONYMOUS, BODY_POSSESSIVE, Discourse, Resolver, head_noun
from knowledge.interview import read_interview
from knowledge.lexicon import GENDER_OF_PRONOUN, PRONOUNS, QUOTE_VERBS, REPORTING_VERBS, WEEKDAY_NAMES, is_person_noun
from knowledge.models import Article, Paragraph, Person, Quote, Sentence, Statement
from knowledge.people import Cast
from knowledge.quotes import QuoteSpan, as_double_marks, find_quote_spans, is_term, uses_double_marks
from knowledge.tokenize import plain_words, tokenize

_Located = tuple[int, QuoteSpan, Quote]  # paragraph index, span, quote
_GLOSS_OPENS = re.compile(r"\s*[\[(]")  # a bracket opening a quote's translation right after it
_GLOSS_CLOSES = re.compile(r"\s*[\])]")
_QUOTE_MARK = re.compile(r"[“”\"]")
_THAT_END = re.compile(r"\bthat\s*$")  # a clause that ends on "that" before a quote: the quote is its object
# A clause that ends on naming words before a quote ("Thorsby called it “cruel”"): the quote is its object too.
_NAMING_END = re.compile(
    r"\b(?:called|dubbed|labell?ed|termed|described)\s+(?:it|them|him|her|this|that)(?:\s+as)?\s*$"
)
_TOLD_THAT = re.compile(rf"\b(?:{'|'.join(sorted(REPORTING_VERBS))})\s+(?:[\w’'-]+\s+){{0,3}}?that\b[^“”\"]*$")
_REPORTING = "|".join(sorted(REPORTING_VERBS))
# "From the back of the hall someone shouted, “…”": a speaker the article does not know, whom no later rule may
# replace with the last one named.
_NO_ONE_KNOWN = re.compile(
    rf"\b(?:[Ss]omeone|[Ss]omebody|[Aa] voice|[Oo]ne voice)\s+(?:{'|'.join(sorted(QUOTE_VERBS))})\b[^“”\".;]*$"
)
_NEW_ONE = frozenset({"a", "an", "another"})


def _someone_new(before: str) -> bool:
    """Whether the clause before a quote has someone new for its speaker ("An elder at the back called out, “…”")."""
    words = next(iter(leading_subject(before)), Phrase("", 0)).text.split()
    return len(words) > 1 and words[0].lower() in _NEW_ONE


# "When Bain Hill MP Clifton Rahming said the drivers “…”, Ms Munnings-Albury called across the floor": the
# quote stands in a clause of time, its speaker that clause's
_SAID_WHEN = re.compile(rf"\b(?:[Ww]hen|[Aa]fter|[Ww]hile)\s+[^“”\".;:]{{1,120}}?\b(?:{_REPORTING})\b[^“”\".;:]*$")
# "The union leader insisted …": a definite description as the subject of a reporting verb, opening a sentence.
_DESCRIBED_SUBJECT = re.compile(rf"(The\s+(?:[a-z][\w’'-]*\s+){{0,3}}?[a-z][\w’'-]*)\s+(?:{_REPORTING})\b")
# A description the sentence opens on, past a phrase of place or time: "Back in the village hall, the mayor was …",
# "The Becora wholesaler was …"
_DESCRIBED_DOER = re.compile(
    r"(?:[A-Z][^,“”\"]{0,60},\s+)?([Tt]he\s+(?:[\w’'-]+\s+){0,2}?[a-z][\w’'-]*)\s+(?:was|is|had|has|[a-z]+ed)\b"
)
# "A spokesman for the trade council, an industry group, said …": someone new, the subject of a reporting verb.
_NEW_SUBJECT = re.compile(rf"(An?\s+[a-z][^,“”\"]*?)(?:,[^,“”\"]*,)?\s+(?:{_REPORTING})\b")
# A sentence that opens on a description in lower case, then its verb: "The fisherman has worked …".
_DESCRIBED_AGAIN = re.compile(r"^The\s+(?P<who>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+(?:has|had|was|is|[a-z]+ed)\b")
_PLURAL = re.compile(r"^[^“\"]*?\b(?:[Tt]heir|[Tt]hey|[Bb]oth|[Tt]he\s+two)\b")  # before any quote opens
# A document "goes on" or "says" for whoever wrote it: it names no speaker of its own.
_DOCUMENT = re.compile(r"\b(?:statement|report|letter|memo|post|text|judgment|ruling|filing|release|draft)\b")
_NEXT_CLAUSE = re.compile(r",?\s+(?:while|whereas|but)\s|;")  # where one speaker's clause gives way to another's
_CLAUSE_OPENING = re.compile(r"(?:^|[,;]\s*)(?=(?:while|whereas|but|and)\s)")
# "… “a fishing expedition” and said the firm had “…”": the verb is coordinated with the one before the quote.
_AND_VERB = re.compile(rf"^[”\"’,\s]*(?:and|but)\s+(?:(?:also|then|later)\s+)?(?:{_REPORTING})\b")
_IN_RELATIVE = re.compile(r",\s+(?:which|whom)\s+[^,;“”\"]*$")
_FRAGMENT_WORDS = 7  # an attribution sentence after a quote is short ("Broadnax said to applause.")
# "Ms Rumi said it to a packed side event …": the sentence after a quote that says who said it.
# "Obiorah, holding up two bound documents, said to loud applause from senators of the caucus.": the verb
# says nothing itself (no "that", no reported clause), so the words are the quote's before it.
_SAID_NOTHING = re.compile(
    r"\b(?:said|added|declared|shouted)\s+(?:(?:to|amid|at|in|on|as|while|during|from|with)\b"
    r"(?![^.]*\b(?:that|would|will|was|were|is|are|had|has|could|should)\b)[^.;:]*)?[.!]?$"
)
_SAID_IT = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*\s+){1,4}(?:said|wrote|added|told)\s+(?:it|this|so|that)\b")


@dataclass(frozen=True, slots=True)
class Attribution:
    """Quotes, reported statements, the unnamed speakers found, and who each sentence is about."""

    quotes: tuple[Quote, ...]
    statements: tuple[Statement, ...]
    sentence_people: dict[int, tuple[str, ...]]  # who each sentence is about: its speaker and the people it names
    sentence_names: dict[int, tuple[str, ...]]  # the people each sentence names
    sentence_group: dict[int, tuple[str, ...]]  # the people a sentence's "their" or "both" stands for
    unnamed: tuple[Person, ...]  # and an interview's author, whose questions are quoted
    described: dict[str, tuple[str, ...]]  # named speakers' descriptions in the article's words
    double_marks: bool  # whether the article quotes in double marks (single ones nested) or the other way round


_HEADLINE_SPEAKER = re.compile(r"[’'\"”]?\s*[:—–]\s+((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*\s+){0,4}[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*)")
# A tabloid's "A MUM-of-two says …", a broadcaster's "The chief engineer of a ferry … has told …"
_INDEFINITE_OPENING = re.compile(r"^(?:A|An|The)\s+(?:[a-z]|[A-ZÀ-ÖØ-ÞĀ-Ž]{2,}\b)")


@dataclass(frozen=True, slots=True)
class _Found:
    """What a rule found: the speaker's name and the rule's name."""

    speaker: str
    rule: str


def attribute(article: Article, cast: Cast, organisations: Sequence[str] = ()) -> Attribution:
    """Find every quote and reported statement in the body and who made it (``organisations``: those the
    article names in full, which are never speakers' names)."""
    discourse = Discourse(cast)
    described_first = _named_after_descriptions(article, cast)
    renamed = {index: name for index, (name, same_noun) in described_first.items() if same_noun}
    lede = _named_after_lede(article, cast)
    described_next = {index: name for index, (name, _) in described_first.items()}
    resolver = Resolver(cast, discourse, tuple(organisations), renamed | ({0: lede} if lede else {}), described_next)
    double = uses_double_marks([p.text for p in article.paragraphs])
    interview = read_interview(article, cast)
    quotes: list[Quote] = []
    statements: list[Statement] = []
    about: dict[int, tuple[str, ...]] = {}
    names: dict[int, tuple[str, ...]] = {}
    group: dict[int, tuple[str, ...]] = {}
    previous: list[_Located] = []
    said_last: Statement | None = None  # the reported speech closing the paragraph before, if it quoted no one
    last_named: tuple[str, ...] = ()  # the people the last sentence naming anyone names
    for paragraph in article.paragraphs:
        spans = find_quote_spans(paragraph.text, double)
        if paragraph.heading and not spans:  # a subheading may quote in single marks, as headlines do
            spans = find_quote_spans(paragraph.text, not double)
        everyone = discourse.read(paragraph, spans)
        if paragraph.index in described_first:  # its "she said" is the one the next paragraph names
            discourse.spoke(described_first[paragraph.index][0], paragraph.index, 0)
        # Reported speech first: "…, a spokeswoman said." must be known before "she said" is read.
        text = as_double_marks(without_title_dots(paragraph.text))
        terms = [is_term(text, span) for span in spans]
        quoted = [span for span, term in zip(spans, terms, strict=True) if not term]
        reported = _reported_statements(paragraph, text, quoted, resolver, discourse)
        statements.extend(reported.values())
        reading = _Reading(article, resolver, discourse, double)
        sieve = _ParagraphSieve(reading, paragraph, text, spans, terms, previous, reported, said_last)
        located = sieve.run()
        # "A deckhand … said the crew had been told …" closing a paragraph with no quote: the next one's may be his,
        # unless it follows a quote it only says the speaker of ("“…” ¶ Obiorah said to loud applause.")
        closing = reported.get(paragraph.sentences[-1].index) if paragraph.sentences else None
        # (a whole report after a quote may still hand on to the next one: "She said the department … sees more than
        # 260 attendances in 24 hours." ¶ "“Our nurses are doing triage in corridors.”")
        reports = (
            closing is not None
            and len(closing.sentence.text.split()) >= _REPORT_WORDS
            and _SAID_SOMETHING.search(closing.sentence.text) is not None
        )
        said_last = None if located or (previous and not reports) else closing
        previous = located
        found = [q for _, _, q in located]
        if paragraph.index in interview.answers:  # "A: Rent. Honestly, it's rent.": their words, unquoted
            found.append(_interview_turn(paragraph, interview.answers[paragraph.index]))
            discourse.spoke(interview.answers[paragraph.index], paragraph.index, 0)
        elif interview.interviewer and paragraph.index in interview.questions:  # "Q: You've been mayor …"
            found.append(_interview_turn(paragraph, interview.interviewer.name))
        elif paragraph.signed_by is not None:  # an embedded post: "— Rachel Imbert (@rachimbert) …"
            signer = cast.get(paragraph.signed_by)
            found.append(Quote(paragraph.text, _merge(paragraph.sentences), signer.name if signer else None, "post"))
        quotes.extend(found)
        unquoted_before: tuple[str, ...] = ()  # who the sentence before, in this paragraph, names if it quotes no one
        for sentence, (start, end) in zip(paragraph.sentences, _sentence_offsets(paragraph), strict=True):
            speakers = [q.speaker for q in found if q.speaker and q.covers(sentence)]
            if sentence.index in reported:
                speakers = [reported[sentence.index].speaker]
            named = [name for offset, name in everyone if start <= offset < end]
            # "During their meeting at the Great Hall, Xi noted …" after "Xi held a meeting with Blinken":
            # a plural pronoun outside quotes stands for the people last named together.
            if len(last_named) > 1 and _PLURAL.search(sentence.text):
                group[sentence.index] = last_named
            if len(unquoted_before) == 1 and (opening := _DESCRIBED_AGAIN.match(sentence.text)):
                # "Mr Jean-Claude Dugasse, 63, was mending a fish trap …. The fisherman has worked …": him again
                resolver.note_second_reference(opening.group("who"), unquoted_before[0], paragraph.index, start)
            about[sentence.index] = tuple(dict.fromkeys(speakers + named))
            names[sentence.index] = tuple(dict.fromkeys(named))
            last_named = names[sentence.index] or last_named
            unquoted_before = () if any(q.covers(sentence) for q in found) else names[sentence.index]
    quotes = _subheadings_repeated(article, quotes)
    unnamed = resolver.unnamed
    if named_later := _named_later(article, cast, unnamed, quotes):
        # "a 26-year-old nurse at Ysbyty Gwynedd … said …" and two paragraphs on, "The nurse, Lowri Evans, …": hers
        quotes = [replace(q, speaker=named_later.get(q.speaker or "", q.speaker)) for q in quotes]
        statements = [replace(s, speaker=named_later.get(s.speaker or "", s.speaker)) for s in statements]
        unnamed = tuple(p for p in unnamed if p.name not in named_later)
    described_speakers = unnamed + ((interview.interviewer,) if interview.interviewer else ())
    return Attribution(
        tuple(quotes), tuple(statements), about, names, group, described_speakers, resolver.described, double
    )


_REPORT_WORDS = 10  # words of a sentence of reported speech that says something, not only who spoke
# A speech verb followed by what was said, not by where or how ("said the department …", not "said to loud applause")
_SAID_SOMETHING = re.compile(
    r"\b(?:said|says|added|explained|warned|argued|noted)\s+(?:that\s+)?"
    r"(?!(?:to|at|on|in|after|before|during|as|while|with|from|of|by|for)\b)\w"
)
_NAMED_BY_NOUN = re.compile(r"^The\s+(?P<noun>[a-z][\w’'-]*),\s+")  # "The nurse, Lowri Evans, …"
_NAMED_LATER_REACH = 2  # paragraphs after someone unnamed last spoke where the article may name them


def _named_later(article: Article, cast: Cast, unnamed: Sequence[Person], quotes: Sequence[Quote]) -> dict[str, str]:
    """The people known only by a description whom a paragraph soon after their words names by its noun ("a
    26-year-old nurse at Ysbyty Gwynedd" / "The nurse, Lowri Evans, …"), each with the name, when no one
    else is called that noun in between."""
    found: dict[str, str] = {}
    for person in unnamed:
        spoke = [q.sentence.paragraph for q in quotes if q.speaker == person.name]
        head = head_noun(person.name)  # "nurse" of "a 26-year-old nurse at Ysbyty Gwynedd"
        if not spoke or not head.isalpha():
            continue
        for paragraph in article.paragraphs[spoke[-1] + 1 : spoke[-1] + 1 + _NAMED_LATER_REACH]:
            opening = _NAMED_BY_NOUN.match(paragraph.text)
            mentions = cast.mentions(paragraph.text)
            if opening and opening.group("noun") == head and mentions and mentions[0][0] == opening.end():
                found[person.name] = mentions[0][1].name
                break
    return found


def _subheadings_repeated(article: Article, quotes: list[Quote]) -> list[Quote]:
    """A subheading's quote is by whoever says those words in the body ("'The river's not safe for little
    ones'" over the lifeguard's paragraphs), unless the subheading names its speaker; never by the
    speaker of the paragraph before it."""
    body = [(f" {plain_words(q.text)} ", q) for q in quotes if q.speaker and not _in_heading(article, q)]
    found = []
    for quote in quotes:
        if quote.rule in ("continuation", "unattributed") and _in_heading(article, quote):
            words = f" {plain_words(quote.text)} "
            donor = next((q for said, q in body if words in said), None) or _said_in_other_words(quote, body)
            speaker, rule = (donor.speaker, "repeated") if donor is not None else (None, "unattributed")
            quote = replace(quote, speaker=speaker, rule=rule, source=donor.source if donor else None)
        found.append(quote)
    return found


_LEAST_SHARED_TERMS = 3  # a subheading's words a body quote must all hold, in other small words


def _said_in_other_words(heading: Quote, body: list[tuple[str, Quote]]) -> Quote | None:
    """The body quote holding every search term of a subheading's ("‘Like a washing machine full of cars’"
    over "… “inside a washing machine full of cars”"), when there is exactly one."""
    terms = set(tokenize(heading.text))
    if len(terms) < _LEAST_SHARED_TERMS:
        return None
    holders = {q.speaker: q for said, q in body if terms <= set(tokenize(said))}
    return next(iter(holders.values())) if len(holders) == 1 else None


def _in_heading(article: Article, quote: Quote) -> bool:
    """Whether a quote stands in a subheading rather than a paragraph of prose."""
    return article.paragraphs[quote.sentence.paragraph].heading


def _named_after_lede(article: Article, cast: Cast) -> str | None:
    """The person the second paragraph opens on, when the lede opens on someone described, not named.

    "A former treasurer of a children's hospice told a jury …" / "Graham Thistlewood, 61, …".
    """
    if len(article.paragraphs) < 2 or not _INDEFINITE_OPENING.match(article.paragraphs[0].text):
        return None
    opening = [p for offset, p in cast.mentions(article.paragraphs[1].text) if offset == 0]
    return opening[0].name if len(opening) == 1 else None


# A paragraph that opens on someone new by what they are, "The owner of a small flower shop on the avenue …".
_DESCRIBED_OPENING = re.compile(
    rf"^(?:The|A|An|{BODY_POSSESSIVE})\s+(?P<who>(?:[a-z][\w’'-]*\s+){{0,3}}?[a-z][\w’'-]*)(?=[\s,])"
)
_NAMED_NEXT_REACH = 2  # paragraphs after such a description where the one it describes may be named
# Or that opens on a quote of someone new by what they are: "“We are not asking for a windfall …,” the alliance’s
# chairman told a press conference …" / "The chairman, Kwok Chi-wai, …"
_QUOTE_THEN_DESCRIBED = re.compile(
    r"^[“\"][^”\"]+[”\"],?\s+(?:the|a|an)\s+(?P<who>(?:[\w’'-]+\s+){0,3}?[a-z][\w’'-]*)"
    r"\s+(?:said|says|told|added|explained|warned)\b"
)


def _named_after_descriptions(article: Article, cast: Cast) -> dict[int, tuple[str, bool]]:
    """The person each paragraph that opens on someone described, not named, is about, when a paragraph soon
    after opens on a name new to the story ("The owner of a small flower shop … she said." / "“…,” she said." /
    "The florist, Tessy Kremer, 54, …"), and whether it names them by the description's own noun ("A driver of
    minibus No. 127 … said …" / "The driver, Talant Mamyrov, …"); the lede's own: ``_named_after_lede``."""
    about: dict[int, tuple[str, bool]] = {}
    paragraphs = article.paragraphs
    seen: set[str] = set()
    for index, paragraph in enumerate(paragraphs):
        opening = (
            (_DESCRIBED_OPENING.match(paragraph.text) or _QUOTE_THEN_DESCRIBED.match(paragraph.text)) if index else None
        )
        head = head_noun(opening.group("who")) if opening else ""
        mentions = cast.mentions(paragraph.text)
        # not one who asked not to be named: "A paramedic who asked not to be named said …" / "Niamh Lehane, …"
        if opening and not mentions and is_person_noun(head) and not ANONYMOUS.search(paragraph.text):
            named = _named_next(paragraphs[index + 1 : index + 1 + _NAMED_NEXT_REACH], cast)
            if named is not None and named[0] not in seen:
                about[paragraph.index] = (named[0], named[1].lower() == f"the {head}, ")
        seen.update(person.name for _, person in mentions)
    return about


def _named_next(paragraphs: Sequence[Paragraph], cast: Cast) -> tuple[str, str] | None:
    """The one person the first of these paragraphs that names anyone opens on ("Tessy Kremer, 54, …" or "The
    florist, Tessy Kremer, …"), when it opens on them, and the words before the name."""
    for paragraph in paragraphs:
        mentions = cast.mentions(paragraph.text)
        if not mentions:
            continue
        first_at, first = mentions[0]
        opening = paragraph.text[:first_at]
        if first_at == 0 or re.fullmatch(r"(?:The|Her|His)\s+(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*,\s+", opening):
            return first.name, opening
        return None
    return None


def attribute_header(article: Article, cast: Cast, double_marks: bool) -> tuple[Quote, ...]:
    """Quotes in the headline and standfirst, with their speakers ("CEO admits ‘we waited too long’").

    They stand outside the body, so their sentences are numbered -1: they are shown with a
    speaker's words but are not body text to search. ``double_marks``: the marks the body quotes in.
    """
    resolver = Resolver(cast, Discourse(cast))
    found = []
    for item in (article.headline, article.standfirst):
        if item is None:
            continue
        text = without_title_dots(item.text)
        sentence = Sentence(-1, -1, item.text, item.line, item.line)
        # Headlines quote in single marks even where the body uses double ones: "‘We had no choice,’ says …".
        for span in find_quote_spans(text, double_marks) or find_quote_spans(text, not double_marks):
            if is_term(text, span):
                continue
            # "Metro fares to rise: ‘We had no choice,’ says BMRTC MD": no one before the quote, its speaker after;
            # "‘I’d rather build too much’: Mayor Odalys Quintero on housing": the name after a colon.
            phrases = [p.text for p in (*leading_subject(text[: span.start]), *trailing_subject(text[span.end :]))]
            if labelled := _HEADLINE_SPEAKER.match(text, span.end):
                phrases.append(labelled.group(1))
            names = (resolver.resolve(phrase, 0, 0, create=False) for phrase in phrases)
            speaker = next((name for name in names if name), None)
            if speaker is not None:
                found.append(Quote(span.text, sentence, speaker, "header"))
    return tuple(found)


def _reported_statements(
    paragraph: Paragraph, text: str, quoted: list[QuoteSpan], resolver: Resolver, discourse: Discourse
) -> dict[int, Statement]:
    """The paragraph's sentences of reported speech ('Xi noted …'), by sentence index.

    ``text`` is the paragraph without title dots; ``quoted``, its quotes that are not terms.
    """
    found: dict[int, Statement] = {}
    for sentence, (start, end) in zip(paragraph.sentences, _sentence_offsets(paragraph), strict=True):
        if sentence.text.endswith(":"):
            continue
        inside = [s.start for s in quoted if s.start < end and s.end > start]
        # A sentence with a quote is no reported statement, but the speaker of its main clause
        # ("A spokeswoman … said … after a review she described as “…”") is who "she" is.
        clause_end = min(inside, default=end)
        for phrase in reported_subject(text[start:clause_end]) if clause_end > start else []:
            who, gender = _as_a_person(phrase.text, text[start + phrase.start + len(phrase.text) : clause_end])
            person = resolver.resolve(who, paragraph.index, start + phrase.start, gender=gender)
            if person:  # with the gender the table gives: "she" is never "the Commission"
                discourse.spoke(resolver.cast_or_unnamed(person) or person, paragraph.index, start + phrase.start)
                if not inside:
                    found[sentence.index] = Statement(sentence, person)
                break
    return found


# "A deckhand on the dredger said he …": the subject is a person, of the pronoun's gender
_SAID_PRONOUN = re.compile(rf"^(?:\s+[a-z]+ly)?\s+(?:{_REPORTING})\s+(?:that\s+)?(?P<pronoun>he|she)\b")


def _as_a_person(phrase: str, rest: str) -> tuple[str, str | None]:
    """A reported statement's subject, and the gender the sentence shows it to be a person of ("" when unknown,
    None when it does not): "A wholesaler at the market who" is someone; "A deckhand said he" is a man."""
    words = phrase.split()
    if len(words) > 1 and words[-1] == "who":
        return " ".join(words[:-1]), ""
    said = _SAID_PRONOUN.match(rest)
    return phrase, None if said is None else GENDER_OF_PRONOUN[said.group("pronoun")]


@dataclass(frozen=True, slots=True)
class _Reading:
    """What the sieve reads with: the article, the resolver of phrases and the discourse so far."""

    article: Article
    resolver: Resolver
    discourse: Discourse
    double: bool  # whether quotes are in double marks, nested ones in single marks, or the other way round


class _ParagraphSieve:
    """The sieve applied to every quote of one paragraph, in order."""

    def __init__(
        self,
        reading: _Reading,
        paragraph: Paragraph,
        text: str,
        spans: list[QuoteSpan],
        terms: list[bool],
        previous: list[_Located],
        reported: dict[int, Statement],
        said_last: Statement | None = None,
    ) -> None:
        self._paragraph = paragraph
        self._text = text  # the paragraph without title dots
        self._spans = spans
        self._terms = terms  # for each span, whether it is a term ("so-called “x”") rather than a statement
        self._offsets = _sentence_offsets(paragraph)
        self._resolver = reading.resolver
        self._double = reading.double
        self._discourse = reading.discourse
        self._previous = previous
        self._article = reading.article
        self._reported = reported
        self._said_last = said_last
        self._found: list[tuple[QuoteSpan, Quote]] = []

    def run(self) -> list[_Located]:
        """Attribute each quote of the paragraph."""
        terms = self._terms
        statements = [span for span, term in zip(self._spans, terms, strict=True) if not term]
        for span, term in zip(self._spans, terms, strict=True):
            if term:  # a term's marks are not a clause boundary
                self._text = _blank_marks(self._text, span)
        for span, term in zip(self._spans, terms, strict=True):
            if term:
                sentence = self._paragraph.sentences[self._sentence_at(span.start)]
                self._found.append((span, Quote(span.text, sentence, None, "term")))
                continue
            i = statements.index(span)
            before = statements[i - 1] if i else None
            after = statements[i + 1] if i + 1 < len(statements) else None
            self._found.append((span, self._attribute(span, before, after)))
        found = _one_speaker_sentences_whole(self._found)
        nested = [inner for span, quote in found for inner in self._nested(span, quote)]
        return [(self._paragraph.index, span, quote) for span, quote in found + nested]

    def _nested(self, span: QuoteSpan, quote: Quote) -> list[tuple[QuoteSpan, Quote]]:
        """Words a speaker quotes from someone else ("she told this house that ‘…’"): that person's, as quoted.

        The outer quote stays whole and its speaker's; the inner words are also given to the
        person the outer speaker names as saying them, when that is someone else.
        """
        if quote.speaker is None or quote.rule == "term":
            return []
        inner_text = self._text[span.start + 1 : span.end - 1 if span.closed else span.end]
        found = []
        for inner in find_quote_spans(inner_text, double_marks=not self._double):
            # A pronoun inside someone's quote ("She turned to me and said ‘…’") is theirs to know, not ours.
            phrases = [
                p for p in leading_subject(inner_text[: inner.start]) if p.text.split()[-1].lower() not in PRONOUNS
            ]
            base = span.start + 1
            speaker = next(
                (
                    n
                    for p in phrases
                    if (n := self._resolver.resolve(p.text, self._paragraph.index, base + p.start, create=False))
                ),
                None,
            )
            if speaker is not None and speaker != quote.speaker:
                shifted = QuoteSpan(base + inner.start, base + inner.end, inner.text, inner.closed)
                found.append((shifted, Quote(inner.text, quote.sentence, speaker, "nested", quoted_by=quote.speaker)))
        return found

    def _without_term_marks(self, start: int, end: int) -> str:
        """The paragraph's text between two offsets, the marks of its terms blanked: "said the charity's
        so-called “forever home promise” meant it would put “…”" is still said right before the quote."""
        text = list(self._text[start:end])
        for term, is_term_span in zip(self._spans, self._terms, strict=True):
            if is_term_span and start <= term.start and term.end <= end:
                text[term.start - start] = " "
                if term.closed:
                    text[term.end - 1 - start] = " "
        return "".join(text)

    def _attribute(self, span: QuoteSpan, previous: QuoteSpan | None, following: QuoteSpan | None) -> Quote:
        """Run the rules for one quote; the first that finds a speaker wins.

        Its clauses run from the quote to the sentence's edge or the next quote (terms excepted).
        """
        first, last = self._sentence_at(span.start), self._sentence_at(max(span.start, span.end - 1))
        clause_start = max(self._offsets[first][0], previous.end if previous else 0)
        before = self._without_term_marks(clause_start, span.start)
        clause_end = following.start if following else len(self._text)
        after = self._text[span.end : min(self._offsets[last][1], clause_end)]
        if following is not None and _GLOSS_OPENS.fullmatch(after) and _GLOSS_CLOSES.match(self._text, following.end):
            # "“We are no longer a mining town” [“Vi er ikke lenger en gruveby”], Solheim said": past the translation
            after = self._text[following.end : self._offsets[self._sentence_at(following.end - 1)][1]]
        extend_to = last
        # "“provisional”, Obiorah retorted that “…”": a verb whose "that" (or "called it") opens the next quote
        # is that quote's
        introduces_next = following is not None and (_THAT_END.search(after) or _NAMING_END.search(after)) is not None
        if introduces_next and (cut := _NEXT_CLAUSE.search(after)):
            # "“…,” Chilenje said, while Kazembe countered that “…”": the next clause's verb opens the next quote
            after, introduces_next = after[: cut.start()], False
        # "When Halabi-Zur told the audience that “…,” Karni replied, “…”": the quote is the object of the verb
        # before it, or stands in its "that" clause; the name after it is the next quote's speaker
        introduced = _TOLD_THAT.search(before) is not None or _SAID_WHEN.search(before) is not None
        trailing = trailing_subject(after) if span.closed and not introduces_next and not introduced else []
        found = (
            self._relayed(before, clause_start)
            or self._relayed(after, span.end)  # "“…,” the paper quoted him as saying."
            or self._resolve(trailing, span.end, "trailing")
        )
        # A trailing phrase that ends in a number ("… ahead of the Nov. 3, 2026, election") names no one.
        claimed = trailing and trailing[0].text.split()[-1][:1].isalpha() and not _DOCUMENT.search(trailing[0].text)
        if found is None and claimed:
            # "“Shame!” someone shouted": the article names a speaker the sieve cannot resolve; no later
            # rule may give the quote to someone else.
            return self._unresolved(span, first, last)
        found = found or self._leading(before, clause_start) or self._coordinated(before, previous)
        if found is None and (_NO_ONE_KNOWN.search(before) or _someone_new(before)):
            return self._unresolved(
                span, first, last
            )  # "someone shouted, “…”": no later rule may give it to the last one named
        if found is None and not after.strip(" ,") and span.closed:
            found = self._fragment(last)
            extend_to = last + 1 if found else last
        found = (
            found
            or self._according_to(before, clause_start)
            or self._according_to(after, span.end)
            or self._same_paragraph(span)
            or self._lead_in(span, first)
            or self._colon_intro(span)
            or self._continuation(span)
            or self._opening_subject(span, first)
        )
        sentences = self._paragraph.sentences[first : extend_to + 1]
        sentence = _merge(sentences)
        source = source_of(before + " " + after, self._resolver.cast)
        if found is None:
            return Quote(span.text, sentence, None, "unattributed", source)
        person = self._resolver.cast_or_unnamed(found.speaker)
        if person is not None:
            self._discourse.spoke(person, self._paragraph.index, span.end)
        rule = "relayed" if source and found.rule in ("trailing", "leading") else found.rule
        # Only a sentence that holds another quote may need its speakers' clauses told apart.
        shared = (previous and previous.end > self._offsets[first][0]) or (
            following and following.start < self._offsets[last][1]
        )
        trailing_rule = found.rule == "trailing"
        clause = self._clause(span, clause_start, clause_end, trailing_rule, sentence.index) if shared else None
        return Quote(span.text, sentence, found.speaker, rule, source, clause)

    def _unresolved(self, span: QuoteSpan, first: int, last: int) -> Quote:
        """A quote whose speaker the article names but the sieve cannot tell, so no later rule may guess one."""
        return Quote(span.text, _merge(self._paragraph.sentences[first : last + 1]), None, "unresolved")

    def _clause(self, span: QuoteSpan, start: int, end: int, trailing: bool, index: int) -> Sentence:
        """The quote with its own attribution, cut from a sentence that may quote someone else too.

        "“…,” said Ferreira, 29, a nurse, while her neighbour Kostadinov said the water was “…”":
        the first clause ends before "while", the second starts there.
        """
        if trailing:
            cut = _NEXT_CLAUSE.search(self._text, span.end, end)
            return self._paragraph.excerpt(span.start, cut.start() if cut else end, index)
        opening = [m.end() for m in _CLAUSE_OPENING.finditer(self._text, start, span.start)]
        return self._paragraph.excerpt(opening[-1] if opening else start, span.end, index)

    def _resolve(self, phrases: list[Phrase], base: int, rule: str, paragraph: int | None = None) -> _Found | None:
        """The first of a rule's subject phrases (read from text at offset ``base``) that names a speaker."""
        index = self._paragraph.index if paragraph is None else paragraph
        unresolved: list[str] = []
        for phrase in phrases:
            name = self._newcomer(phrase.text, base + phrase.start) if paragraph is None else None
            name = name or self._resolver.resolve(phrase.text, index, base + phrase.start)
            if name:
                # "Asked what she made of it, the Brazilian oceanographer called them …": she is the oceanographer.
                if phrase.text.lower() in PRONOUNS and (described := self._description_before(base + phrase.start)):
                    unresolved.append(described)  # "The union leader insisted …. “…,” he said."
                for description in unresolved:
                    self._resolver.note_description(description, name)
                return _Found(name, rule)
            unresolved.append(phrase.text)
        return None

    def _newcomer(self, pronoun: str, at: int) -> str | None:
        """The someone new the sentence before introduced, when a pronoun of theirs says the quote
        ("A spokesman for the trade council said …. “…,” he said."), or the one named person a description
        opening it fits ("Back in the village hall, the mayor was …. “…,” he said.")."""
        gender = GENDER_OF_PRONOUN.get(pronoun.lower()) if pronoun.lower() in ("he", "she") else None
        match = self._opening_before(_NEW_SUBJECT, at) if gender is not None else None
        name = self._resolver.resolve(match.group(1), self._paragraph.index, match.start()) if match else None
        person = self._resolver.cast_or_unnamed(name) if name else None
        if person is not None and not person.named and person.gender == gender:
            return name
        # "Back in the village hall, the mayor was already looking ahead. “…,” he said.": the mayor
        described = self._opening_before(_DESCRIBED_DOER, at) if gender is not None else None
        if described is None:
            return None
        name = self._resolver.resolve(described.group(1), self._paragraph.index, described.start(1), create=False)
        person = self._resolver.cast_or_unnamed(name) if name else None  # "The Becora wholesaler": the one met
        return name if person is not None and person.gender in (gender, None) else None

    def _description_before(self, at: int) -> str | None:
        """The description the sentence before the one at an offset opens on as the subject of a reporting verb."""
        match = self._opening_before(_DESCRIBED_SUBJECT, at)
        return match.group(1) if match else None

    def _opening_before(self, pattern: re.Pattern[str], at: int) -> re.Match[str] | None:
        """The pattern matched at the start of the sentence before the one at an offset (none for the first)."""
        index = sum(1 for start, _ in self._offsets if start <= at) - 2
        if index < 0:
            return None
        start, end = self._offsets[index]
        return pattern.match(self._text, start, end)

    def _relayed(self, before: str, base: int) -> _Found | None:
        """'X was quoted as saying “…”', 'the Courier reported X as saying “…”'."""
        return self._resolve(as_saying_subject(before), base, "relayed")

    def _fragment(self, last: int) -> _Found | None:
        """A short attribution sentence right after a quote that ends its sentence ('X said to applause.')."""
        if last + 1 >= len(self._offsets):
            return self._next_paragraph_fragment()
        start, end = self._offsets[last + 1]
        following = self._text[start:end]
        short = len(following.split()) <= _FRAGMENT_WORDS or _SAID_IT.match(following)
        if any(start <= s.start < end for s in self._spans) or not short:
            return None
        return self._resolve(trailing_subject(following), start, "trailing")

    def _next_paragraph_fragment(self) -> _Found | None:
        """A quote paragraph whose attribution is the next paragraph: '“…”' then 'Broadnax said to applause.'."""
        index = self._paragraph.index + 1
        if index >= len(self._article.paragraphs) or len(self._spans) != 1 or self._spans[0].start > 1:
            return None
        if self._continues_an_open_quote():
            return None  # the quote left open before goes on here: "Judge Mabry cut in." next is not its speaker
        following = self._article.paragraphs[index]
        text = without_title_dots(following.sentences[0].text)
        if _QUOTE_MARK.search(text) or (len(text.split()) > _FRAGMENT_WORDS and not _SAID_NOTHING.search(text)):
            return None
        return self._resolve(trailing_subject(text), 0, "trailing", paragraph=index)

    def _leading(self, before: str, base: int) -> _Found | None:
        """'Novak told the crowd: “…”', 'As Okafor puts it, “…”', 'X called the plan “…”'."""
        return self._resolve(leading_subject(before), base, "leading")

    def _coordinated(self, before: str, previous: QuoteSpan | None) -> _Found | None:
        """'X called it “…” and said the firm had “…”': a verb coordinated after a quote keeps its speaker."""
        if previous is None or not _AND_VERB.match(before):
            return None
        speaker = next((q.speaker for s, q in self._found if s == previous), None)
        return _Found(speaker, "leading") if speaker else None

    def _according_to(self, text: str, base: int) -> _Found | None:
        """'“…”, according to X' when X is a person (an outlet is a source, not a speaker)."""
        phrases = [p for p in according_to(text) if not self._resolver.is_organisation(p.text)]
        return self._resolve(phrases, base, "according_to")

    def _same_paragraph(self, span: QuoteSpan) -> _Found | None:
        """An earlier quote or reported statement of this paragraph is X's, and nobody else is named since."""
        # A quote set in a relative clause ("the decision, which Fitzsimmons had described as “…”") is an aside:
        # neither it nor the name in it breaks the run of the speaker before.
        asides = [(start, s.end) for s, _ in self._found if (start := self._relative_start(s)) is not None]
        earlier = [(s.end, q.speaker) for s, q in self._found if q.speaker is not None]
        earlier = [(end, who) for end, who in earlier if not any(a < end <= b for a, b in asides)]
        opening = self._sentence_at(span.start)
        if opening and self._offsets[opening][0] == span.start:  # "He was careful, he said, … “That is …”"
            statement = self._reported.get(self._paragraph.sentences[opening - 1].index)
            if statement is not None:
                earlier.append((self._offsets[opening - 1][1], statement.speaker))
        if not earlier:
            return None
        end, speaker = max(earlier)
        # A name later in the earlier quote's own sentence is no speaker ("…,” he said, as Osei nodded. “…”).
        sentence_end = self._offsets[self._sentence_at(max(end - 1, 0))][1]
        gaps = _outside(asides, sentence_end if sentence_end <= span.start else end, span.start)
        if any(self._discourse.named_between(self._paragraph.index, a, b, speaker) for a, b in gaps):
            return None
        return _Found(speaker, "same_paragraph")

    def _relative_start(self, span: QuoteSpan) -> int | None:
        """Where the relative clause a quote stands in opens ("…, which X called “…”"), if it stands in one."""
        start = self._offsets[self._sentence_at(span.start)][0]
        match = _IN_RELATIVE.search(self._text, start, span.start)
        return match.start() if match else None

    def _opening_subject(self, span: QuoteSpan, first: int) -> _Found | None:
        """The person a sentence opens on, for words of theirs quoted inside it with no speech verb: "Ramanathan
        expects wholesale values to “find a floor” by late spring", "He pointed to … as proof that the business
        was “committed to British milk”", "On Wednesday, Justice Nzioka … directed the parties to resume
        negotiations “forthwith”"."""
        start = self._offsets[first][0]
        timed = _TIME_OPENING.match(self._text, start, span.start)
        opening = OPENING_SUBJECT.match(self._text, timed.end() if timed else start, span.start)
        # not a description's, a body's nor after "Her …": "The Alliance wants", "Her obituary … called her"
        if opening is None or not span.text[:1].islower() or opening.group().split()[0].lower() in NOT_OPENING_NAMES:
            return None
        found = self._resolve([Phrase(opening.group(), 0)], opening.start(), "subject")
        person = self._resolver.cast.get(found.speaker) if found else None
        return found if person is not None and person.named and person.gender != "n" else None

    def _lead_in(self, span: QuoteSpan, first: int) -> _Found | None:
        """The one a short sentence just before is about, when the quote opens the next: "Mr Brenner laughed.
        “For her it's a holiday.”"."""
        if first == 0 or self._offsets[first][0] != span.start:
            return None
        start, end = self._offsets[first - 1]
        lead_in = _LEAD_IN.fullmatch(self._text[start:end].strip())
        if lead_in is None:
            return None
        found = self._resolve([Phrase(lead_in.group("who"), 0)], start, "lead_in")
        person = self._resolver.cast.get(found.speaker) if found else None
        return found if person is not None and person.gender != "n" else None

    def _colon_intro(self, span: QuoteSpan) -> _Found | None:
        """The paragraph before ends 'X said:' (or 'X said,') and this one opens with the quote."""
        index = self._paragraph.index
        if span.start > 1 or index == 0:
            return None
        before = self._article.paragraphs[index - 1].text.rstrip()
        if not before.endswith(":") and not SAID_COMMA.search(before):
            return None
        clause = without_title_dots(before[:-1])
        return self._resolve(leading_subject(clause + ":"), 0, "colon_intro", paragraph=index - 1)

    def _statements_before(self) -> list[_Located]:
        """The quotes of the paragraphs before that someone said (not terms, not words quoted inside a quote)."""
        return [located for located in self._previous if located[2].rule not in ("term", "nested")]

    def _continues_an_open_quote(self) -> bool:
        """Whether the paragraph before ended on a quote left open, which this paragraph's quote continues."""
        statements = self._statements_before()
        return bool(statements) and statements[-1][0] == self._paragraph.index - 1 and not statements[-1][1].closed

    def _continuation(self, span: QuoteSpan) -> _Found | None:
        """A quote paragraph continuing the last quote of the paragraph before."""
        statements = self._statements_before()
        if span.start > 1 or any(q.rule != "term" for _, q in self._found):
            return None
        if self._said_last is not None:
            return self._after_reported_speech(span, self._said_last)
        if not statements:
            return None
        paragraph, last_span, last = statements[-1]
        if paragraph != self._paragraph.index - 1 or last.speaker is None:
            return None
        if _DESCRIBED_QUOTE.match(self._after_quote(span)):
            return None  # "“Who will pay …?” The question, hurled from the opposition benches, went unanswered"
        if _LINE_SPOKEN_OF.match(self._paragraph.text[span.end :].strip()):
            return None  # "“If it doesn’t rain …” The line, which circulated widely …" (a next paragraph's
            # "The line about the books drew the loudest cheer" is said of the speaker's quote)
        # A name later in the quote's own sentence is an object ("…,” she said, flanked by Rep. Arvizu).
        ends = (e for _, e in _sentence_offsets(self._article.paragraphs[paragraph]) if e >= last_span.end)
        sentence_end = next(ends, last_span.end)
        if self._discourse.named_since(self._paragraph.index, span.start, last.speaker, (paragraph, sentence_end)):
            return None
        return _Found(last.speaker, "continuation")

    def _after_reported_speech(self, span: QuoteSpan, said: Statement) -> _Found | None:
        """A quote paragraph after one closing on someone's reported speech: theirs, if no one is named between."""
        if _DESCRIBED_QUOTE.match(self._after_quote(span)):
            return None
        start = (said.sentence.paragraph, said.sentence.end)
        if self._discourse.named_since(self._paragraph.index, span.start, said.speaker, start):
            return None
        return _Found(said.speaker, "continuation")

    def _after_quote(self, span: QuoteSpan) -> str:
        """What follows a quote in its paragraph, or the next paragraph's opening when nothing does."""
        rest = self._paragraph.text[span.end :].strip()
        following = self._paragraph.index + 1
        if rest or following >= len(self._article.paragraphs):
            return rest
        return self._article.paragraphs[following].text[:_OPENING_CHARS]

    def _sentence_at(self, offset: int) -> int:
        """Index of the sentence holding a character offset."""
        for i, (start, end) in enumerate(self._offsets):
            if start <= offset < end:
                return i
        return len(self._offsets) - 1


_OPENING_CHARS = 80
# A sentence after a quote that speaks of it as a thing: no one is continuing to speak.
# ("The line about the books drew the loudest cheer" is still the speaker's.)
_DESCRIBED_QUOTE = re.compile(
    r"(?:That|This|Such)\s+(?:question|remark|words?|line|cry|shout|chant|slogan|heckle|taunt|refrain|saying)\b"
    r"|The\s+(?:question|cry|shout|heckle|taunt),|That,?\s+in\s+short,"
    # The quote as the subject, past a translation between dashes: "“Kalau hujan …” – if the rain … – was a line heard"
    r"|(?:[–—-][^–—]{0,160}[–—-]\s*)?(?:was|is|became|has\s+become|remains)\s+(?:a|an|one)\s"
    # a shout as the subject of a sound: "“Shame!” rang out from the back of the chamber"
    r"|(?:rang|rings|went|goes|echoed|echoes|erupted|came)\s+(?:out|up|round|around|from|through|across)\b"
)


_LINE_SPOKEN_OF = re.compile(r"The\s+(?:line|remark|words|quote|phrase|slogan|refrain)\b")


# A sentence of a name or pronoun and one intransitive verb: "Mr Brenner laughed.", "She shrugged.", "Ambühl agreed."
# When a sentence opens, before its subject: "On Wednesday, Justice Nzioka …", "Earlier Tuesday, Fennimore …".
_TIME_OPENING = re.compile(
    r"(?:(?:On|Earlier|Later|Late|Early|Last|By)\s+)?"
    rf"(?:{WEEKDAY_NAMES}|week|month|year|morning|afternoon|evening|night)"
    r"(?:\s+(?:morning|afternoon|evening|night))?,\s+"
)
_LEAD_IN = re.compile(
    r"(?P<who>He|She|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*\s+){0,2}[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*)"
    r"\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\."
)


def _outside(asides: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The stretches from ``start`` to ``end`` that no aside covers."""
    stretches = []
    for aside_start, aside_end in sorted(asides):
        if aside_end <= start or aside_start >= end:
            continue
        if aside_start > start:
            stretches.append((start, aside_start))
        start = max(start, aside_end)
    return [*stretches, (start, end)] if start < end else stretches


def _one_speaker_sentences_whole(found: list[tuple[QuoteSpan, Quote]]) -> list[tuple[QuoteSpan, Quote]]:
    """Quotes keep their own clause only where their sentence quotes more than one speaker."""
    speakers: dict[int, set[str]] = {}
    for _, quote in found:
        if quote.speaker is not None:
            speakers.setdefault(quote.sentence.index, set()).add(quote.speaker)
    shared = {index for index, names in speakers.items() if len(names) > 1}
    return [
        (span, quote if quote.clause is None or quote.sentence.index in shared else replace(quote, clause=None))
        for span, quote in found
    ]


def _blank_marks(text: str, span: QuoteSpan) -> str:
    """The text with a span's quotation marks turned into spaces (offsets unchanged)."""
    marks = [span.start] + ([span.end - 1] if span.closed else [])
    return "".join(" " if i in marks else ch for i, ch in enumerate(text))


def _sentence_offsets(paragraph: Paragraph) -> list[tuple[int, int]]:
    """Character spans of each sentence inside the paragraph text."""
    return [(sentence.start, sentence.end) for sentence in paragraph.sentences]


def _interview_turn(paragraph: Paragraph, speaker: str) -> Quote:
    """An interview's answer (or question) paragraph as its speaker's quote, without its "A:" label or a
    transcript's stage direction ("CHUE XIONG: (Shouting) Masks up!")."""
    label = SPEAKER_LABEL.match(paragraph.text)
    words = _STAGE_DIRECTION.sub("", paragraph.text[label.end() :] if label else paragraph.text)
    return Quote(words, _merge(paragraph.sentences), speaker, "interview")


_STAGE_DIRECTION = re.compile(r"^\([^()]{1,40}\)\s*")


def _merge(sentences: tuple[Sentence, ...]) -> Sentence:
    """One Sentence spanning several (a quote that runs across sentences)."""
    if len(sentences) == 1:
        return sentences[0]
    text = " ".join(s.text for s in sentences)
    return replace(sentences[0], text=text, end_line=sentences[-1].end_line)

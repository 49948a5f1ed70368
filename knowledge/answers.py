"""Compose extractive answers: the article's own sentences under short fixed phrases.

Nothing here writes new claims. A section heading is a fixed phrase around names
and roles taken from the article ("Wang Yi (China’s Foreign Minister) said:");
every citation is a verbatim sentence with its line. When the article has no
answer, the reply says so and offers questions it can answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from knowledge.clauses import leading_subject, trailing_subject
from knowledge.evidence import (
    FRAME_TERMS,
    KIND_TERMS,
    AnswerType,
    answer_type,
    asked_unit,
    content_terms,
    counts_of,
    entity_phrase,
    holds,
    missing_from,
    negated,
    question_entities,
    search_terms,
    shape_terms,
    swapped_opposite,
)
from knowledge.intent import FORMER_ROLE, Query, parse_question
from knowledge.lexicon import GENDER_OF_PRONOUN, NOT_NAMES, ROLE_WORDS, role_classes, without_possessive
from knowledge.models import Answer, Citation, Intent, Person, Quote, Section, Sentence
from knowledge.people import Cast, describe, heads_phrase
from knowledge.retrieval import Hit
from knowledge.synonyms import agent_forms, in_article_words, synonyms_of
from knowledge.tokenize import tokenize

if TYPE_CHECKING:
    from knowledge.base import KnowledgeBase

DOES_NOT_SAY = "The article doesn't say."
EVIDENCE_BAR = 0.4  # share of the question's term weight a passage must contain (bench.quality sweeps it)
_LEAD_WEIGHT = 2.0  # the first sentence's BM25 counts (1 + this) times, the last one once
_SHOWN_RATIO = 0.8  # a second passage is shown if it scores this close to the best
_MORE_LIMIT = 5
_Said = Quote | Sentence  # a quote, or a sentence of reported speech
_MENTION_LIMIT = 5
TYPED_DISCOUNT = 0.1  # the bar is this much lower for a sentence of the kind asked for
ENTITY_TYPED_DISCOUNT = 0.2  # and this much lower when it also holds the question's names
_CANDIDATES = 12  # passages retrieved before the evidence checks
_TYPED_CANDIDATES = 40  # a required answer type may rank below passages that merely share the names
# Only a short phrase of words (or numbers, "13th") is echoed back to the user, never a token-like string.
_PLAIN_WORD = re.compile(r"^(?:[^\W\d_]+(?:[-’'.][^\W\d_]+)*|\d{1,12}|\d{1,4}(?:st|nd|rd|th))$")
_OPENING_PRONOUN = re.compile(r"(He|She)\b")
_PRONOUN_REACH = 4  # sentences back where the person a sentence's "He" or "She" stands for is looked for
_ECHO_LIMIT = 60
_NO_SUCH_NAME = "The article doesn't mention anyone by that name."


def compose_answer(kb: KnowledgeBase, question: str) -> Answer:
    """Answer one question from the article."""
    query = parse_question(question)
    if not query.text:
        return _abstain(kb, query, DOES_NOT_SAY)
    composers: dict[Intent, Callable[[KnowledgeBase, Query], Answer]] = {
        Intent.SPEAKER: _speaker,
        Intent.WHO_SAID: _who_said,
        Intent.WHO_IS: _who_is,
        Intent.BYLINE: _byline,
        Intent.DATES: _dates,
        Intent.SUMMARY: _summary,
    }
    return composers.get(query.intent, _fact)(kb, query)


def suggest_questions(
    cast: Cast, quotes_by_speaker: Mapping[str | None, Sequence[Quote]], byline: bool
) -> tuple[str, ...]:
    """Three questions an article can answer: its main speakers, a role, the author."""
    named = [p for p in cast.people if p.named]
    quoted = sorted((p for p in named if p.quoted), key=lambda p: -len(quotes_by_speaker.get(p.name, ())))
    questions = [f"What did {p.name} say?" for p in quoted[:2]]
    questions += [f"Who is {p.name}?" for p in named if p.role and p not in quoted[:2]]
    if byline:
        questions.append("Who wrote this article?")
    return tuple(questions[:3])


def _abstain(kb: KnowledgeBase, query: Query, intro: str, intent: Intent = Intent.ABSTAIN) -> Answer:
    """The article has no answer: say so and suggest what it can answer."""
    return Answer(query.text, intent, True, intro, (), suggestions=kb.suggestions)


def _people_asked_about(kb: KnowledgeBase, who: str) -> list[Person]:
    """The people a question's phrase names or describes."""
    named = {p.name: p for at, p in kb.cast.mentions(who, ignore_case=True) if heads_phrase(who, at)}
    return list(named.values()) or describe(kb.cast.people, who, strict=True)


def _unknown_person(kb: KnowledgeBase, query: Query, who: str) -> Answer:
    """No one in the article fits ``who``: someone absent, a role no one in it holds, or a topic question."""
    if role_classes(who):  # "the Swiss health minister": a role, and no one the article quotes holds it
        phrase = f"“{who}”" if _echoable(who) else "that"
        verb = "name" if query.intent is Intent.WHO_IS else "quote"
        return _abstain(kb, query, f"The article doesn't {verb} anyone it describes as {phrase}.")
    generic = who.split()[0].lower() in {"the", "a", "an", "they", "it", "he", "she", "we", "you"}
    if generic or any(term in kb.retriever for term in tokenize(who)):
        return _fact(kb, query)
    if _echoable(who):  # echo only a short, plain phrase, never odd input
        return _abstain(kb, query, f"The article doesn't mention {who}.")
    return _abstain(kb, query, _NO_SUCH_NAME)


def _ambiguous(kb: KnowledgeBase, query: Query, who: str, people: list[Person]) -> Answer:
    """Several people fit a description: ask which one, with a question for each."""
    names = ", ".join(p.name for p in people)
    intro = f"More than one person in the article could be “{who}”: {names}. Ask about one by name."
    suggestions = tuple(f"What did {p.name} say?" for p in people[:3])
    return Answer(query.text, Intent.ABSTAIN, True, intro, (), suggestions=suggestions)


def _speaker(kb: KnowledgeBase, query: Query) -> Answer:
    """What a person said: their quotes in order, then their reported statements."""
    who = query.who or ""
    people = _people_asked_about(kb, who)
    missing = missing_from(question_entities(who), kb.retriever.vocabulary)
    if missing and not kb.cast.mentions(who, ignore_case=True):  # "the Indian environment minister"
        return _abstain(kb, query, _not_mentioned(who) if _echoable(who) else _NO_SUCH_NAME)
    # "What did Kastelein say at the rally on Friday?" when the article has no Friday: a near miss.
    elsewhere = [e for e in question_entities(query.text) if e not in question_entities(who)]
    missing = missing_from(elsewhere, kb.retriever.vocabulary)
    if missing:
        return _abstain(kb, query, _not_mentioned(entity_phrase(query.text, missing[0])))
    if not people:
        return _unknown_person(kb, query, who)
    if len(people) > 1 and not kb.cast.mentions(who, ignore_case=True):
        return _ambiguous(kb, query, who, people)
    said = [_what_person_said(kb, p, query.topic) for p in people]
    sections = [s for sections, _ in said for s in sections]
    if sections:
        off_topic = [p.name for p, (s, on_topic) in zip(people, said, strict=True) if s and not on_topic]
        intro = None
        if off_topic and query.topic:
            topic = f"“{query.topic}”" if _echoable(query.topic) else "that"
            intro = f"Nothing {' or '.join(off_topic)} says in the article matches {topic}. Everything they said:"
        # Nothing they said names the place or thing asked about ("what did Blinken tell Xi about Taiwan?"):
        # an abstention, with everything they said to show it.
        abstained = len(off_topic) == len(people) and _names_something(kb, query.topic or "")
        return Answer(query.text, Intent.SPEAKER, abstained, intro, tuple(sections))
    person = people[0]
    intro = f"The article mentions {person.name} but does not quote them."
    mentions = Section(f"Where the article mentions {person.name}:", _mentions_of(kb, person))
    # Abstained: the article has no words of theirs; the mentions show where they appear.
    return Answer(query.text, Intent.UNQUOTED, True, intro, (mentions,))


def _names_something(kb: KnowledgeBase, topic: str) -> bool:
    """Whether a topic names a thing: a capitalised word, a number, or a word the article writes as a name."""
    if question_entities(topic):
        return True
    text = "\n".join(s.text for s in kb.article.sentences)
    words = re.findall(r"[a-z][a-z-]{2,}", topic.lower())  # "taiwan": only ever written "Taiwan"
    return any(
        re.search(rf"\b{re.escape(w.capitalize())}\b", text) and not re.search(rf"\b{re.escape(w)}\b", text)
        for w in words
    )


def _what_person_said(kb: KnowledgeBase, person: Person, topic: str | None) -> tuple[list[Section], bool]:
    """Sections for one speaker (quotes, then reported speech), and whether they match ``topic``.

    With a topic, only the statements that match it are kept; if none does, all are.
    """
    quotes = list(kb.quotes_by_speaker.get(person.name, ()))
    reported = [s.sentence for s in kb.statements_by_speaker.get(person.name, ())]
    on_topic = True
    if topic:
        relevant, in_their_words = _on_topic(kb, topic, quotes, reported)
        on_topic = bool(relevant)
        if in_their_words:
            # A statement and a quote in one paragraph are one answer: "Achterberg also questioned the decision
            # to exclude cities with fewer than 250,000 residents. “Small towns … get very hot too.”"
            said_beside = {s.paragraph for s in reported if s in relevant}
            quotes = [q for q in quotes if q in relevant or q.sentence.paragraph in said_beside]
            quoted_beside = {q.sentence.paragraph for q in quotes if q in relevant}
            reported = [s for s in reported if s in relevant or s.paragraph in quoted_beside]
        elif relevant:  # the topic is only in a quote's paragraph: that quote first, then the rest
            quotes = sorted(quotes, key=lambda q: q not in relevant)
    said = _dedupe([replace(kb.cite_quote(q), speaker=person.name) for q in quotes if q.quoted_by is None])
    sections = []
    if said:
        sections.append(Section(f"{person.label} said:", said))
    for quoter in dict.fromkeys(q.quoted_by for q in quotes if q.quoted_by is not None):
        relayed = _dedupe([kb.cite_quote(q) for q in quotes if q.quoted_by == quoter])
        sections.append(Section(f"{quoter} quoted {person.name}:", relayed))
    if reported:
        heading = "The article also reports:" if said else f"The article reports, without quoting {person.name}:"
        sections.append(Section(heading, tuple(kb.cite(s, person.name) for s in reported)))
    return sections, on_topic


def _on_topic(kb: KnowledgeBase, topic: str, quotes: list[Quote], reported: list[Sentence]) -> tuple[list[_Said], bool]:
    """The quotes and reported statements that speak to a topic, and whether in their own words.

    A quote's words count first (every sentence of a multi-sentence quote); failing that, its
    paragraph's ("Asked about fish, she smiled. “That is a question for September,” she said.").
    """
    terms = tokenize(topic)
    entities = question_entities(topic)  # "on stage in December": a statement from October is no match
    own: dict[int, _Said] = {i: q for q in quotes for i in _sentence_indexes(kb, q)}
    own.update((s.index, s) for s in reported)
    relevant = _matching(kb, terms, entities, own)
    if relevant:
        return relevant, True
    paragraphs: dict[int, _Said] = {}
    for item in quotes:
        for sentence in kb.article.paragraphs[item.sentence.paragraph].sentences:
            paragraphs.setdefault(sentence.index, item)
    return _matching(kb, terms, entities, paragraphs), False


def _sentence_indexes(kb: KnowledgeBase, quote: Quote) -> list[int]:
    """The body sentences a quote's (possibly merged) sentence spans."""
    paragraph = kb.article.paragraphs[quote.sentence.paragraph]
    return [s.index for s in paragraph.sentences if quote.covers(s)] or [quote.sentence.index]


def _matching(kb: KnowledgeBase, terms: list[str], entities: Sequence[str], items: dict[int, _Said]) -> list[_Said]:
    """The items whose sentences hold enough of the terms and every entity, in article order, once each."""
    if not items:
        return []
    hits = kb.retriever.search(terms, top_k=len(items), among=items)
    relevant = {h.index for h in hits if h.coverage >= kb.evidence_bar and holds(kb.retriever.terms(h.index), entities)}
    return list(dict.fromkeys(items[i] for i in sorted(relevant)))


def _dedupe(citations: list[Citation]) -> tuple[Citation, ...]:
    """Drop repeated citations of the same sentence, keeping order."""
    seen: dict[tuple[int, str], Citation] = {}
    for c in citations:
        seen.setdefault((c.line, c.text), c)
    return tuple(seen.values())


def _mentions_of(kb: KnowledgeBase, person: Person) -> tuple[Citation, ...]:
    """Sentences that name a person (headline and standfirst included)."""
    return kb.mentions.get(person.name, ())


def _who_said(kb: KnowledgeBase, query: Query) -> Answer:
    """Who said a quote: find the quote by its words, name its speaker."""
    quote = _find_quote(kb, query)
    if quote is None:
        return _fact(kb, query)
    if quote.speaker is None:
        # "The minister later said …" with two ministers in the article: say so, never guess.
        description, fitting = _unnamed_speaker(kb, quote, query.who)
        if len(fitting) > 1:
            return _ambiguous(kb, query, description, fitting)
    heading = f"{quote.speaker} said:" if quote.speaker else "The article does not say who said this:"
    section = Section(heading, (kb.cite_quote(quote),))
    return Answer(query.text, Intent.WHO_SAID, False, None, (section,))


def _unnamed_speaker(kb: KnowledgeBase, quote: Quote, role: str | None) -> tuple[str, list[Person]]:
    """The description an unattributed quote's speaker goes by, and the people who fit it.

    The question's own role ("which minister said …") comes first; otherwise the description
    that stands as the quote's subject ("the minister said: “…”").
    """
    if role:
        description = role if role.lower().startswith(("the ", "a ", "an ")) else f"the {role}"
        return description, kb.cast.describe(description)
    text = quote.sentence.text
    at = text.find(quote.text)
    if at < 0:
        return "", []
    before, after = text[:at].rstrip("“‘\"' "), text[at + len(quote.text) :].lstrip("”’\"' ")
    phrases = leading_subject(before) + trailing_subject(after)
    description = next((p.text for p in phrases if p.text.lower().startswith("the ")), "")
    return description, kb.cast.describe(description) if description else []


def _find_quote(kb: KnowledgeBase, query: Query) -> Quote | None:
    """The quote a 'who said' question points at: by exact words, else by search."""
    fragment = query.quoted_fragment
    if fragment:
        wanted = _normalise(fragment)
        for quote in kb.quotes:
            if wanted in _normalise(quote.text):
                return quote
    terms = tokenize(query.topic or query.text)
    hits = kb.retriever.search(terms, top_k=1, among=kb.quotes_at)
    if not hits or hits[0].coverage < kb.evidence_bar:
        return None
    # A sentence may quote two people ("…,” said Ferreira, while Kostadinov said “…”): the one whose
    # clause holds more of the question's words is meant.
    asked = set(terms)
    return max(kb.quotes_at[hits[0].index], key=lambda q: len(asked & set(tokenize((q.clause or q.sentence).text))))


def _normalise(text: str) -> str:
    """Lower-case words only, for matching a quoted fragment against a quote."""
    return " ".join(re.findall(r"\w+", text.lower()))


def _who_is(kb: KnowledgeBase, query: Query) -> Answer:
    """Who a person is: the role the article gives them, in the sentence that says it."""
    who = query.who or ""
    people = _people_asked_about(kb, who)
    if not people and _wrote_it(kb, who):
        return _byline(kb, query)  # "who is Abhijeet Kumar?": the reporter, named only in the byline
    if not people:
        return _unknown_person(kb, query, who)
    if len(people) > 1:
        return _ambiguous(kb, query, who, people)
    person = people[0]
    mentions = _mentions_of(kb, person)
    descriptions = person.descriptions or ((person.role,) if person.role else ())
    if query.topic == FORMER_ROLE:  # "what was her previous job?": a former role first
        descriptions = tuple(sorted(descriptions, key=lambda d: not d.startswith("former ")))
    stating = (c for d in descriptions for c in mentions if d in c.text)
    cited = (next(stating, None) or mentions[0],) if mentions else ()
    heading = f"{person.label}:"
    return Answer(query.text, Intent.WHO_IS, False, None, (Section(heading, cited),))


def _wrote_it(kb: KnowledgeBase, who: str) -> bool:
    """Whether a name is the byline's author's ('Kumar', 'Abhijeet Kumar')."""
    byline = kb.article.byline
    words = set(who.lower().split())
    return byline is not None and bool(words) and words <= set(byline.author.lower().split())


def _byline(kb: KnowledgeBase, query: Query) -> Answer:
    """Who wrote the article, from its byline."""
    byline = kb.article.byline
    if byline is None:
        return _abstain(kb, query, "The article doesn't name its author.", Intent.BYLINE)
    source = byline.source
    cited = Citation(kb.file_name, source.line, source.line, source.text)
    return Answer(query.text, Intent.BYLINE, False, None, (Section("The byline reads:", (cited,)),))


def _dates(kb: KnowledgeBase, query: Query) -> Answer:
    """When the article was published and last updated, as the page gives it."""
    sections = tuple(
        Section(label, (Citation(kb.file_name, item.line, item.line, item.text),))
        for label, item in (("Published:", kb.article.published), ("Last updated:", kb.article.updated))
        if item is not None
    )
    if not sections:
        return _abstain(kb, query, "The article doesn't give its publication date.", Intent.DATES)
    return Answer(query.text, Intent.DATES, False, None, sections)


def _summary(kb: KnowledgeBase, query: Query) -> Answer:
    """What the article is about, in its own words: headline, standfirst and opening sentence."""
    article = kb.article
    lines = [item for item in (article.headline, article.standfirst) if item is not None]
    citations = [Citation(kb.file_name, item.line, item.line, item.text) for item in lines]
    citations.append(kb.cite(article.sentences[0]))
    section = Section("The article in its own words:", tuple(citations))
    return Answer(query.text, Intent.SUMMARY, False, None, (section,))


def _fact(kb: KnowledgeBase, query: Query) -> Answer:
    """The best-matching sentence(s), verbatim; abstain unless one holds what the question asks for.

    A question naming something the article never names has no answer; otherwise the best
    passage must cover enough of the question's content words, hold every entity it names
    and, for "how old", "how much", "how long" and the like, an answer of that type.
    """
    query = replace(query, text=_spell_out_acronyms(kb, query.text))  # "the AGM": "annual general meeting"
    entities = question_entities(query.text)
    missing = missing_from(entities, kb.retriever.vocabulary)
    if missing:
        return _abstain(kb, query, _not_mentioned(entity_phrase(query.text, missing[0])))
    described, descriptions = _described_people(kb, query.text)  # "how old is the opposition leader?"
    entities += tuple(p.name for p in described)
    names = tokenize(" ".join(p.name for p in described))
    kind = answer_type(query.text)
    threshold = _threshold(kb, kind, entities)
    unit = asked_unit(query.text)
    people = {e: frozenset(p.name for _, p in kb.cast.mentions(e)) for e in entities}
    asked = _Asked(
        entities,
        _topical(kb, entities),
        tuple((e, names) for e, names in people.items() if names),
        kind,
        None if unit is None else synonyms_of(unit),
        negated(query.text),
    )
    # A frame word the article never uses ("supposed") cannot be matched, only dilute the rest.
    searched = [t for t in search_terms(query.text) if t not in FRAME_TERMS or t in kb.retriever]
    content = content_terms(query.text)
    hits, fits = _evidence(kb, searched + names, asked)
    if (not fits or fits[0].coverage < threshold) and content != searched:
        # Frame words ("was X mentioned", "did they talk about X") carry no topic: try without them.
        hits, fits = _evidence(kb, content + names, asked)
    best = fits[0] if fits and fits[0].coverage >= threshold else None
    if best is not None and not _holds_a_topic_word(kb, content, names + descriptions, asked, best):
        best = None
    if best is not None and (kind is None or not kind.required) and _only_names_known(kb, query.text, content, asked):
        best = None  # "what's the weather in Sant Ivo?": the article names Sant Ivo, never the weather
    if best is not None and swapped_opposite(query.text, _sentence(kb, best)):
        best = None  # "the smallest stadium": the passage is about the largest
    # The standfirst answers when no body sentence does, or, for a count, sum, length or date, when
    # it holds more of the question ("… around 320 permanent jobs expected by 2028" over "600
    # construction jobs over two years").
    if best is None or (kind is not None and kind.required):
        standfirst = _from_standfirst(kb, content + names, asked, threshold)
        if standfirst is not None and (best is None or standfirst[1] > best.coverage):
            return Answer(query.text, Intent.FACT, False, None, (Section(None, (standfirst[0],)),))
    if best is None:
        return _abstain(kb, query, DOES_NOT_SAY)
    shown = [best] + [
        h
        for h in fits[1:2]
        if h.score >= _SHOWN_RATIO * best.score
        and h.coverage >= kb.evidence_bar
        and (kind is None or kind.pattern.search(_sentence(kb, h)))
    ]
    rest = [h for h in hits if h not in shown][:_MORE_LIMIT]
    sections = tuple(
        (kind is not None and kind.name == "person" and _person_section(kb, h))
        or _speaker_section(kb, _cite_answer(kb, h, kind))
        for h in shown
    )
    more = tuple(_cite_hit(kb, h) for h in rest)
    return Answer(query.text, Intent.FACT, False, None, sections, more=more)


_ACRONYM = re.compile(r"\b[A-Z]{3,5}(?=s?\b)")


def _spell_out_acronyms(kb: KnowledgeBase, question: str) -> str:
    """The question with each acronym the article never uses replaced by the words it stands for there.

    "When's the AGM?" asks about the "annual general meeting" an article spells out; an acronym
    with no such words stays, and is then something the article does not mention.
    """
    for acronym in set(_ACRONYM.findall(question)):
        if acronym.lower() in kb.retriever:
            continue
        words = r"[\s-]+".join(rf"{letter}[\w’']*" for letter in acronym)
        spelled = re.compile(rf"\b{words}\b", re.IGNORECASE)
        found = next((m.group() for s in kb.article.sentences if (m := spelled.search(s.text))), None)
        if found is not None:
            question = re.sub(rf"\b{acronym}\b", found, question)
    return question


def _holds_a_topic_word(kb: KnowledgeBase, content: list[str], names: list[str], asked: _Asked, hit: Hit) -> bool:
    """Whether a passage holds a word of the question besides its names, when the article has two or more,
    or has one and the question names two things.

    "When is the hiring fair in Raleigh?" is not answered by a sentence that only names Raleigh,
    nor "where was the summit between Xi and Biden?" by one naming both but no summit (a lone
    word may otherwise be the reader's own for the article's: "work" for "joined … from").
    """
    named = set(tokenize(" ".join(asked.entities))) | set(names)
    terms = in_article_words(content, kb.retriever.vocabulary)
    words = {t for t in terms if t in kb.retriever} - named - KIND_TERMS
    if len(words) < 2 and not (words and len(asked.entities) >= 2):
        return True
    held = kb.retriever.terms(hit.index)
    others = _other_forms(kb, sorted(words), asked.units or frozenset())
    return any(w in held or others.get(w, frozenset()) & held for w in words)


def _only_names_known(kb: KnowledgeBase, question: str, content: list[str], asked: _Asked) -> bool:
    """Whether the question has words besides its names and its shape, and the article uses none of them."""
    named = set(tokenize(" ".join(asked.entities))) | KIND_TERMS
    words = [t for t in in_article_words(content, kb.retriever.vocabulary) if t not in named]
    if not words or any(t in kb.retriever for t in words):
        return False
    shape = shape_terms(question)  # "which *news* agency": the shape's words may be the article's or not
    words = [t for t in words if t not in shape]
    return bool(words) and not _other_forms(kb, words, frozenset())


def _described_people(kb: KnowledgeBase, question: str) -> tuple[list[Person], list[str]]:
    """People a question describes by role ('the opposition leader'), when one person fits each description,
    and the descriptions' search terms."""
    words = question.split()
    found: list[Person] = []
    described: list[str] = []
    for i, word in enumerate(words):
        if without_possessive(word.lower().strip("?,.!")) not in ROLE_WORDS:
            continue
        start = next((j for j in range(i, max(-1, i - 5), -1) if words[j].lower() in ("the", "a", "an")), None)
        if start is None:
            continue
        phrase = " ".join(words[start : i + 1]).strip("?,.")
        fits = describe(kb.cast.people, phrase, strict=True)
        if len(fits) == 1 and fits[0] not in found:
            found.append(fits[0])
            described += tokenize(phrase)
    return found, described


def _threshold(kb: KnowledgeBase, kind: AnswerType | None, entities: tuple[str, ...]) -> float:
    """How much of the question's term weight a passage must hold.

    A passage that holds the question's names and the answer it needs (a sum of money for
    "how much is Marbeck chipping in?") is evidence even when the reader's words are not the
    article's, so a required answer type with named entities lowers the bar.
    """
    if kind is not None and kind.required and not kind.nearby and entities:
        return kb.evidence_bar - ENTITY_TYPED_DISCOUNT
    return kb.evidence_bar - TYPED_DISCOUNT if kind else kb.evidence_bar


@dataclass(frozen=True, slots=True)
class _Asked:
    """What a passage must hold to answer a fact question."""

    entities: tuple[str, ...]  # names, numbers and days the question names
    topical: tuple[str, ...]  # those of them the headline names: what every sentence is about
    people: tuple[tuple[str, frozenset[str]], ...]  # those that name people, with the people they may be
    kind: AnswerType | None  # the type of answer its shape asks for
    units: frozenset[str] | None  # 'how many jobs': the thing counted, as search terms ('job', 'employe' …)
    negated: bool  # 'who did not meet …': only a negative sentence can answer


def _evidence(kb: KnowledgeBase, terms: list[str], asked: _Asked) -> tuple[list[Hit], list[Hit]]:
    """The retrieved passages, and those that answer, a passage of the asked-for type first."""
    kind = asked.kind
    terms = in_article_words(terms, kb.retriever.vocabulary)  # "negotiations" asks about the article's "talks"
    top_k = _TYPED_CANDIDATES if kind is not None and kind.required else _CANDIDATES
    alternatives = _other_forms(kb, terms, asked.units or frozenset())
    exact: dict[int, float] = {}  # without the alternatives: a tie goes to the question's own words
    if alternatives:
        extra = sorted(set().union(*alternatives.values()) - set(terms))
        hits = kb.retriever.search(terms + extra, top_k=top_k)
        exact = {h.index: kb.retriever.coverage(terms, kb.retriever.terms(h.index)) for h in hits}
        hits = [
            Hit(h.index, h.score, kb.retriever.coverage(terms, kb.retriever.terms(h.index), alternatives)) for h in hits
        ]
    else:
        hits = kb.retriever.search(terms, top_k=top_k)
    # The passage holding more of the question's words first; of those holding as much, the one holding
    # them in the question's own words, the reporter's own words before a speaker's (a fact is stated in
    # narration, a quote carries a view); then BM25, weighted towards the top of the article.
    fits = sorted(
        (h for h in hits if _answers(kb, h, asked)),
        key=lambda h: (
            -h.coverage,
            -exact.get(h.index, h.coverage),
            _is_speech(kb, h.index),
            -_lead_weighted(kb, h),
        ),
    )
    if kind is not None:
        # A sentence of the asked-for type comes first if it also holds a word of the question
        # besides its names: "what time did the Tamsen crest" is not answered by any timed
        # sentence about the Tamsen.
        bar = kb.evidence_bar - TYPED_DISCOUNT
        names = set(tokenize(" ".join(asked.entities)))
        content = set(terms) - names - FRAME_TERMS
        typed = [
            h
            for h in fits
            if h.coverage >= bar
            and (not content or _holds_any(content, kb.retriever.terms(h.index), alternatives))
            and kind.pattern.search(_sentence(kb, h))
        ]
        best = kind.best
        if best is not None:  # "how long": "for 26 minutes" before "until Sunday"
            typed.sort(key=lambda h: best.search(_sentence(kb, h)) is None)
        fits = typed + [h for h in fits if h not in typed]
    return hits, fits


def _holds_any(words: Collection[str], terms: frozenset[str], alternatives: dict[str, frozenset[str]]) -> bool:
    """Whether a passage's terms hold one of the words, itself or in another form ('end': 'close')."""
    return any(w in terms or not terms.isdisjoint(alternatives.get(w, ())) for w in words)


def _other_forms(kb: KnowledgeBase, terms: list[str], counted: frozenset[str]) -> dict[str, frozenset[str]]:
    """The article's other words for a question's terms: the doer or the deed ('vote', 'voters'), a news
    synonym ('end', 'close') and, for the thing a 'how many' question counts, its synonyms ('jobs': a count of
    employees). A passage holding one holds the term, though the term itself is preferred."""
    found = {}
    for term in terms:
        forms = agent_forms(term) | synonyms_of(term) | (counted if term in counted else frozenset())
        others = frozenset(f for f in forms if f != term and f in kb.retriever)
        if others:
            found[term] = others
    return found


def _lead_weighted(kb: KnowledgeBase, hit: Hit) -> float:
    """A hit's BM25 score, weighted by how early its sentence comes: news states its main facts first.

    Between passages holding as much of the question, BM25 alone prefers the shorter one
    ("The final plenary did not open until 1.15am" over "The Assembly opened on Monday
    10 November in the Cerro Alegre Convention Centre …").
    """
    after = 1 - hit.index / len(kb.article.sentences)
    return hit.score * (1 + _LEAD_WEIGHT * after)


def _is_speech(kb: KnowledgeBase, index: int) -> bool:
    """Whether a body sentence quotes someone (a term in quotation marks is not speech)."""
    return any(quote.speaker is not None for quote in kb.quotes_at.get(index, ()))


def _sentence(kb: KnowledgeBase, hit: Hit) -> str:
    """The text of the sentence a hit points at."""
    return kb.article.sentences[hit.index].text


def _answers(kb: KnowledgeBase, hit: Hit, asked: _Asked) -> bool:
    """Whether a passage holds the question's entities, the answer type it needs, its unit and its negation.

    A person counts as held when the paragraph is about them ("the Chinese leader added"
    is about Xi); anything else — a place, a date, a number — must be in the sentence cited
    or in the role of a person it is about, or in the sentence before it when it names nothing itself.
    "How many days …" is not answered by hours, nor "who did not …" by who did.
    """
    sentence = kb.article.sentences[hit.index]
    if asked.people and not _about_them(kb, sentence, asked.people):
        return False
    people = {e for e, _ in asked.people}
    terms = kb.retriever.terms(sentence.index)
    text = sentence.text
    if asked.kind is not None and asked.kind.nearby and not asked.kind.pattern.search(text):
        following = _following(kb, sentence)
        text = f"{text} {following.text}" if following is not None else text
    missing = missing_from([e for e in asked.entities if e not in people and e not in asked.topical], terms)
    if missing:
        missing = missing_from(missing, _roles_of_people(kb, sentence.index))
    if missing:
        missing = missing_from(missing, _scene(kb, sentence))
    return not missing and _states(text, terms, asked, ())


def _about_them(kb: KnowledgeBase, sentence: Sentence, people: tuple[tuple[str, frozenset[str]], ...]) -> bool:
    """Whether a sentence's paragraph (or its "their") is about one of the people each name may be."""
    attribution = kb.attribution
    paragraph = kb.article.paragraphs[sentence.paragraph]
    about = {name for s in paragraph.sentences for name in attribution.sentence_people.get(s.index, ())}
    about.update(attribution.sentence_group.get(sentence.index, ()))
    return all(names & about for _, names in people)


def _roles_of_people(kb: KnowledgeBase, index: int) -> frozenset[str]:
    """The search terms of the roles of the people a sentence is about: "“We have 1,100 families in bed
    and breakfasts tonight,” he said" is said by the leader of Kelderby City Council."""
    people = (kb.cast.get(name) for name in kb.attribution.sentence_people.get(index, ()))
    return frozenset(tokenize(" ".join(d for p in people if p is not None for d in p.descriptions)))


_INNER_CAPITALS = re.compile(r"(?<=\s)[“\"‘(]?([A-Z][\w’'-]*)")  # capitalised words after the first


def _scene(kb: KnowledgeBase, sentence: Sentence) -> frozenset[str]:
    """The terms of the sentence before in the paragraph, when this one names nothing of its own.

    "Lyon is often cited as an example. After 2003, the city built a register …": the second
    sentence is about Lyon; "… the company will hold a hiring fair in Sunnyvale" is not about
    the Raleigh of the sentence before.
    """
    paragraph = kb.article.paragraphs[sentence.paragraph].sentences
    if sentence is paragraph[0] or any(w.lower() not in NOT_NAMES for w in _INNER_CAPITALS.findall(sentence.text)):
        return frozenset()
    return kb.retriever.terms(sentence.index - 1)


def _topical(kb: KnowledgeBase, entities: tuple[str, ...]) -> tuple[str, ...]:
    """The entities the headline names: "The crest, recorded at 4:40 a.m." is about the Tamsen of the headline."""
    return tuple(e for e in entities if holds(kb.headline_terms, [e])) if kb.headline_terms else ()


def _states(text: str, terms: Collection[str], asked: _Asked, entities: Sequence[str], typed: bool = False) -> bool:
    """Whether a text holds the entities, unit and negation asked for, and the type of answer where required.

    ``typed``: the type is needed wherever the question asks for one, not only where it must be.
    """
    if not holds(terms, entities):
        return False
    if (asked.units is not None and not counts_of(text, asked.units)) or (asked.negated and not negated(text)):
        return False
    kind = asked.kind
    return kind is None or not (kind.required or typed) or bool(kind.pattern.search(text))


def _from_standfirst(
    kb: KnowledgeBase, terms: list[str], asked: _Asked, threshold: float
) -> tuple[Citation, float] | None:
    """The standfirst, cited, with its coverage of the question, if it answers the question.

    It must hold enough of the question, everything it names and an answer of the type it asks
    for: a page's standfirst often states what the body leaves to the reader to add up.
    """
    standfirst = kb.article.standfirst
    if standfirst is None:
        return None
    held = frozenset(tokenize(standfirst.text))
    coverage = kb.retriever.coverage(in_article_words(terms, held), held)
    if coverage < threshold or not _states(standfirst.text, held, asked, asked.entities, typed=True):
        return None
    return Citation(kb.file_name, standfirst.line, standfirst.line, standfirst.text), coverage


def _not_mentioned(entity: str) -> str:
    """'The article doesn't mention Japan.' (only a short plain phrase is echoed back)."""
    return f"The article doesn't mention {entity}." if _echoable(entity) else DOES_NOT_SAY


def _echoable(phrase: str) -> bool:
    """Whether user words may be echoed back: a short phrase of plain words or numbers, nothing token-like."""
    words = phrase.split()
    return 0 < len(phrase) <= _ECHO_LIMIT and all(_PLAIN_WORD.match(w.strip(",")) for w in words)


def _person_section(kb: KnowledgeBase, hit: Hit) -> Section | None:
    """For a 'who' question, a narration sentence that opens on 'He' or 'She' and names no one,
    headed by the person the pronoun stands for ("Who chairs the alliance?": "She has chaired it …").

    The person is the one the sentences just before were about, of that gender; none, or two, and
    the sentence goes without a heading.
    """
    sentence = kb.article.sentences[hit.index]
    opening = _OPENING_PRONOUN.match(sentence.text)
    if opening is None or _is_speech(kb, hit.index) or kb.cast.mentions(sentence.text):
        return None
    gender = GENDER_OF_PRONOUN[opening.group(1).lower()]
    for index in range(hit.index - 1, max(-1, hit.index - _PRONOUN_REACH), -1):
        people = [kb.cast.get(name) for name in kb.attribution.sentence_people.get(index, ())]
        fitting = {p.name: p for p in people if p is not None and p.gender in (gender, None)}
        if len(fitting) == 1:
            (person,) = fitting.values()
            return Section(f"{person.label}:", (kb.cite(sentence),))
        if fitting:
            return None
    return None


def _speaker_section(kb: KnowledgeBase, citation: Citation) -> Section:
    """A cited sentence, headed "X said:" when it quotes X without naming them ("he added")."""
    speaker = kb.cast.get(citation.speaker) if citation.speaker else None
    if speaker is None or any(p is speaker for _, p in kb.cast.mentions(citation.text)):
        return Section(None, (citation,))
    return Section(f"{speaker.name} said:", (citation,))


def _cite_answer(kb: KnowledgeBase, hit: Hit, kind: AnswerType | None) -> Citation:
    """Cite a passage that answers; when it lacks the time, place or name asked for and the next
    sentence of its paragraph states it, the two are cited together.

    "When will the mediator meet the two sides?": "… asked former judge Hoekstra to act as
    mediator. Hoekstra … has agreed to meet the parties on Thursday in Utrecht."
    """
    sentence = kb.article.sentences[hit.index]
    if kind is None or (kind.required and not kind.nearby) or _is_speech(kb, hit.index):
        return _cite_hit(kb, hit)
    following = _following(kb, sentence)
    if kind.pattern.search(sentence.text) or following is None or not kind.pattern.search(following.text):
        return _cite_hit(kb, hit)
    paragraph = kb.article.paragraphs[sentence.paragraph]
    return kb.cite(paragraph.excerpt(sentence.start, following.end, sentence.index))


def _following(kb: KnowledgeBase, sentence: Sentence) -> Sentence | None:
    """The next sentence of a sentence's paragraph, unless it quotes someone."""
    paragraph = kb.article.paragraphs[sentence.paragraph]
    following = next((s for s in paragraph.sentences if s.index == sentence.index + 1), None)
    return None if following is None or following.index in kb.quotes_at else following


def _cite_hit(kb: KnowledgeBase, hit: Hit) -> Citation:
    """Cite a retrieved sentence; one inside a quote is cited with the whole quote and its speaker.

    A multi-sentence quote is one statement: its second sentence, or the "X said to applause."
    that closes it, is never cited alone.
    """
    quotes = kb.quotes_at.get(hit.index, ())
    quote = quotes[0] if quotes else None
    if quote is not None and quote.speaker is not None and quote.clause is None:
        return kb.cite_quote(quote)
    return kb.cite(kb.article.sentences[hit.index])  # no quote, or several speakers in one sentence

"""Fact questions: the sentence that states the answer, or an honest "the article doesn't say".

A passage answers only on evidence: it must hold the question's names (or be about them), enough
of its content words in some form, the type of answer its shape asks for, and nothing swapped for
its opposite; when none does, the engine abstains rather than guess.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import TYPE_CHECKING

from knowledge.article import LIFE_SPAN
from knowledge.clauses import is_outlet_phrase
from knowledge.evidence import (
    FRAME_TERMS,
    KIND_TERMS,
    AnswerType,
    age_of_another,
    aged_owner,
    answer_type,
    asked_dimension,
    asked_unit,
    bodies_unwritten,
    born_to_another,
    content_terms,
    counted_for_another_deed,
    countries_in_lower_case,
    counts_of,
    dates_unwritten,
    entity_phrase,
    entity_phrases,
    holds,
    left_unnamed,
    missing_from,
    moved_modifier,
    name_terms,
    negated,
    offered_instead,
    other_clock_time,
    other_currency,
    other_kind_counted,
    other_measure,
    other_medium,
    other_number_of_a_thing,
    other_period,
    places_missing,
    question_entities,
    recased,
    search_terms,
    shape_terms,
    states_the_hour_of,
    swapped_nationality,
    swapped_opposite,
    swapped_roles,
    swapped_subject,
)
from knowledge.intent import Query
from knowledge.lexicon import (
    GENDER_OF_PRONOUN,
    NOT_NAMES,
    ORGANISATION_WORDS,
    ROLE_PHRASES,
    ROLE_WORDS,
    is_person_noun,
    is_role_word,
    nationalities,
    without_possessive,
)
from knowledge.models import Answer, Citation, Intent, Person, Section, Sentence
from knowledge.people import describe, narration, texts_of
from knowledge.retrieval import Hit
from knowledge.synonyms import agent_forms, counted_forms, in_article_words, synonyms_of
from knowledge.tokenize import STOP_WORDS, WORD, tokenize
from knowledge.unanswered import DOES_NOT_SAY, abstain, not_mentioned

if TYPE_CHECKING:
    from knowledge.base import KnowledgeBase

EVIDENCE_BAR = 0.4  # share of the question's term weight a passage must contain (bench.quality sweeps it)
_LEAD_WEIGHT = 2.0  # the first sentence's BM25 counts (1 + this) times, the last one once
_SHOWN_RATIO = 0.8  # a second passage is shown if it scores this close to the best
_MORE_LIMIT = 5
TYPED_DISCOUNT = 0.1  # the bar is this much lower for a sentence of the kind asked for
ENTITY_TYPED_DISCOUNT = 0.2  # and this much lower when it also holds the question's names
_CANDIDATES = 12  # passages retrieved before the evidence checks
_LEAD_SENTENCES = 6  # where a news story states its own when and where
# Types whose shape's words name the answer, not what the question is about ("population", "stand for").
_SHAPE_ONLY = frozenset({"population", "expansion", "home"})
# What "where / when was it?" and "what was the score?" ask of a story
_EVENT_SETTINGS = frozenset({"place", "time", "day", "year", "clock", "score"})
_TYPED_CANDIDATES = 40  # a required answer type, or a name asked for, may rank below passages sharing the words
_OPENING_PRONOUN = re.compile(r"(He|She)\b")
_PRONOUN_REACH = 4  # sentences back where the person a sentence's "He" or "She" stands for is looked for


_TRIED = 2  # passages of those that answer looked at in turn when the first is about something else


def answer_fact(kb: KnowledgeBase, query: Query) -> Answer:
    """The best-matching sentence(s), verbatim; abstain unless one holds what the question asks for.

    A question naming something the article never names has no answer; otherwise the best
    passage must cover enough of the question's content words, hold every entity it names
    and, for "how old", "how much", "how long" and the like, an answer of that type.
    """
    spelled = spell_out_acronyms(kb, recased(query.text, kb.name_words))  # "the AGM": "annual general meeting"
    if spelled != query.text:
        query = replace(query, text=spelled)
    entities = question_entities(query.text) + countries_in_lower_case(query.text)
    missing = missing_from(entities, kb.retriever.vocabulary)
    if offered := offered_instead(query.text, missing, entities):  # "Wang Yi or Wang Yee?": the one it has
        entities = tuple(e for e in entities if e not in offered)
        missing = [e for e in missing if e not in offered]
    missing = missing or places_missing(query.text, kb.retriever.vocabulary) or _dates_unwritten(kb, entities)
    if not missing:  # "the Ministry of Tourism" where the article has only the Ministry of Marine Resources
        missing = bodies_unwritten(query.text, (p.text for p in kb.article.paragraphs))
    body = (p.text for p in kb.article.paragraphs)
    if not missing and (kind_counted := other_kind_counted(query.text, kb.retriever.vocabulary, body)) is not None:
        return abstain(kb, query, not_mentioned(kind_counted))  # "how many organic suppliers": only conventional
    if missing:
        return abstain(kb, query, not_mentioned(entity_phrase(query.text, missing[0])))
    if (lived := _life_dates(kb, query)) is not None:
        return lived  # "when was Merensky born?": "Oda Merensky (14 March 1911 – 2 October 1989) was …"
    described, descriptions = _described_people(kb, query.text)  # "how old is the opposition leader?"
    entities += tuple(p.name for p in described)
    names = tokenize(" ".join(p.name for p in described))
    kind = answer_type(query.text)
    if kind is not None and kind.name in _MEDIA_TYPES and (told := _outlet_they_told(kb, query.text, entities)):
        if other_medium(query.text, told.text):
            return abstain(kb, query, DOES_NOT_SAY)  # "which radio station did she talk to?": she told TV6
        return Answer(query.text, Intent.FACT, False, None, (Section(None, (kb.cite(told),)),))
    if kind is not None and kind.name == "place" and (origin := _origin_of(kb, query.text)) is not None:
        if isinstance(origin, str):
            return abstain(kb, query, f"The article doesn't say where {origin} is from.")  # "was in Monrovia"
        return Answer(query.text, Intent.FACT, False, None, (Section(None, (kb.cite(origin),)),))
    if kind is not None and kind.name == "place" and (seat := _seat_of(kb, query.text)) is not None:
        return Answer(query.text, Intent.FACT, False, None, (Section(None, (kb.cite(seat),)),))  # "X of Lautoka"
    if kind is not None and kind.name in _EVENT_SETTINGS and not entities and not _topic_words(query.text):
        return _main_event(kb, query, kind)  # "where did it take place?", "which city were they in?"
    threshold = _threshold(kb, kind, entities)
    unit = asked_unit(query.text)
    phrases = entity_phrases(query.text, entities)
    people = {e: _people_named(kb, phrases[e], e) for e in entities}
    topical = _topical(kb, phrases, entities)
    asked = _Asked(
        entities,
        frozenset(tokenize(" ".join(entities))),
        tuple(e for e in entities if not people[e] and e not in topical),
        tuple((e, names) for e, names in people.items() if names),
        kind,
        None if unit is None else counted_forms(unit),
        negated(query.text),
        asked_dimension(query.text),
        nationalities(" ".join(_names(entities))),
        _things_named(query.text, entities),
    )
    # A frame word the article never uses ("supposed") cannot be matched, only dilute the rest.
    searched = [t for t in search_terms(query.text) if t not in FRAME_TERMS or t in kb.retriever]
    content = content_terms(query.text)
    worded = shape_terms(query.text) if kind is not None and kind.name in _SHAPE_ONLY else frozenset()
    if worded and any(t not in worded for t in searched):  # "how many people live in Kessling?": its size
        searched, content = [t for t in searched if t not in worded], [t for t in content if t not in worded]
    if asked.dimension is not None:  # "how heavy is the lander?": the words its weight is given in ("kilogram")
        measure = sorted({t for t in tokenize(" ".join(asked.dimension)) if t in kb.retriever and t not in searched})
        searched, content = searched + measure, content + measure
    hits, fits = _evidence(kb, searched + names, asked, threshold)
    if (not fits or fits[0].coverage < threshold) and content != searched:
        # Frame words ("was X mentioned", "did they talk about X") carry no topic: try without them.
        hits, fits = _evidence(kb, content + names, asked, threshold)
    tried = [h for h in fits[:_TRIED] if h.coverage >= threshold]
    shape = shape_terms(query.text) if tried else frozenset()  # "which *news* agency", "what *time*"
    titles = _titles_before_names(query.text, entities)  # "FM Wang": who, not what about
    topic = [t for t in content if t not in shape and t not in titles]  # "as of what *time*": the shape, no topic
    best = None
    for hit in tried:
        # A passage that holds no word of the topic, or speaks of people of another country, leaves the next one
        # to answer; one that answers another question about the same thing is a near miss's sign
        if not _holds_a_topic_word(kb, topic, names + descriptions, asked, hit):
            continue
        if swapped_nationality(query.text, _sentence(kb, hit), descriptions):
            continue
        if not _answers_another_question(query.text, _sentence(kb, hit)):
            best = hit
        break
    if best is not None and (kind is None or not kind.required) and _only_names_known(kb, shape, content, asked):
        best = None  # "what's the weather in Sant Ivo?": the article names Sant Ivo, never the weather
    # The standfirst answers when no body sentence does, or, for a count, sum, length or date, when
    # it holds more of the question ("… around 320 permanent jobs expected by 2028" over "600
    # construction jobs over two years").
    if best is None or (kind is not None and kind.required):
        standfirst = _from_standfirst(kb, content + names, asked, threshold)
        if (
            standfirst is not None
            and (best is None or standfirst[1] > best.coverage)
            and not swapped_nationality(query.text, standfirst[0].text, descriptions)
            and not _answers_another_question(query.text, standfirst[0].text)
        ):
            return Answer(query.text, Intent.FACT, False, None, (Section(None, (standfirst[0],)),))
    if best is None:
        return abstain(kb, query, DOES_NOT_SAY)
    if (
        kind is not None
        and kind.name not in _UNDATED_TYPES
        and not asked.negated
        and _never_happened(kb, best, [t for t in topic if t not in asked.entity_terms], kind)
    ):
        # "When was the lighthouse connected to the grid?": "The station was never connected to the mainland grid"
        said = kb.cite(kb.article.sentences[best.index])
        return Answer(query.text, Intent.ABSTAIN, True, _NEVER_HAPPENED, (Section(None, (said,)),))
    shown = [best] + [
        h
        for h in fits[1:2]
        if best is fits[0]  # a passage tried after the first is shown alone
        and h.score >= _SHOWN_RATIO * best.score
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


_MEDIA_TYPES = frozenset({"outlet", "organisation"})
# "Which news agency did X talk to?": asked whom someone spoke to.
_SPOKE_TO = re.compile(r"\b(?:speak|spoke|talk|talked|tell|told|give|gave|interview\w*|quot\w*)\b", re.IGNORECASE)
# "told WAM, the state news agency, that …", "told Reuters", "said in an interview with the Courier", "told the
# local portal Glas Gračanice"
_TOLD_OUTLET = re.compile(
    r"\b(?:told|telling|tells|spoke\s+to|speaking\s+to|said\s+to|in\s+an\s+interview\s+with|quoted\s+by)\s+"
    r"(?P<medium>(?:the\s+)?(?:local|state|national|public|private|regional|community|news)?\s*"
    r"(?:radio|television|TV|portal|website|newspaper|daily|weekly|paper|magazine|broadcaster)\s+"
    r"(?:station\s+|channel\s+)?)?"
    r"(?P<outlet>(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w&’'.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w&’'.-]*)*)"
    r"(?P<kind>\s+(?:news\s+)?(?:agency|newspaper|portal|website|broadcaster|channel|daily))?"  # "the PAP news agency"
    r"(?P<apposition>,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:agency|newspaper|broadcaster|station|channel|network"
    r"|outlet|daily|paper|magazine|website|wire))?"
)


def _outlet_they_told(kb: KnowledgeBase, question: str, entities: tuple[str, ...]) -> Sentence | None:
    """The sentence saying which outlet the person a question names spoke to ("Which news agency did Sheikh
    Mubarak talk to?": "He later told WAM, the state news agency, that …")."""
    if not _SPOKE_TO.search(question):
        return None
    people = {p.name for e in entities if e[:1].isupper() for _, p in kb.cast.mentions(e)}
    if len(people) != 1:
        return None
    (name,) = people
    # a quote's sentence runs to its end, where "…,” Mamani said, told local radio Erbol" may stand
    theirs = {q.sentence.index: q.sentence for q in kb.quotes_by_speaker.get(name, ()) if q.sentence.index >= 0}
    theirs.update((s.sentence.index, s.sentence) for s in kb.statements_by_speaker.get(name, ()))
    told = [s for _, s in sorted(theirs.items()) if (m := _TOLD_OUTLET.search(s.text)) and _names_an_outlet(m)]
    # "which news agency did she speak to?": "She told the PAP news agency", not "she told broadcaster TVN24"
    return next((s for s in told if not other_medium(question, s.text)), told[0] if told else None)


# "Where is Mulbah Gbokolo from?": where a person comes from, not where the story finds them
_ORIGIN_ASKED = re.compile(
    r"^(?i:where\s+(?:(?:is|was|are|were)\s+(?P<who>[^’']+?)|(?:does|did|do)\s+(?P<doer>[^’']+?)\s+(?:come|hail)))"
    r"\s+(?i:from)\s*\??$"
)
# "a rubber farmer from Palala", "from neighbouring Vaimaanga", "a Glenmuir-born engineer", "a native of Oia"
_ORIGIN = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?[A-ZÀ-ÖØ-ÞĀ-Ž]|\b[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+-(?:born|raised)\b"
    r"|^,\s+(?:\d{1,3},\s+)?of\s+[A-ZÀ-ÖØ-ÞĀ-Ž]"  # "Tevita Raqona, 47, of Nailaga in Ba,"
    r"|\b(?:native|natives)\s+of\s+[A-ZÀ-ÖØ-ÞĀ-Ž]|\b(?:grew\s+up|was\s+born|lives|lived)\s+in\s+[A-ZÀ-ÖØ-ÞĀ-Ž]"
)
_ORIGIN_REACH = 160  # characters after a person's name where the place they come from is given


def _origin_of(kb: KnowledgeBase, question: str) -> Sentence | str | None:
    """Where the one person a question names comes from: the sentence that says so near their name, or their name
    when the article says nowhere (the town a story finds them in is not where they are from); None when the
    question names no one person."""
    asked = _ORIGIN_ASKED.match(question.strip())
    people = {p.name: p for _, p in kb.cast.mentions(asked.group("who") or asked.group("doer"))} if asked else {}
    if len(people) != 1:
        return None
    (person,) = people.values()
    names = [re.escape(n) for n in sorted({person.name, *person.aliases}, key=len, reverse=True) if n]
    near = re.compile(rf"(?:{'|'.join(names)})(?P<after>.{{0,{_ORIGIN_REACH}}})")
    for sentence in kb.article.sentences:
        for found in near.finditer(sentence.text):
            clause = re.split(r"[;:“”\"]|\bsaid\b", found.group("after"))[0]
            if _ORIGIN.search(clause):
                return sentence
    return person.name


# "Where is Coral Coast Dredging & Marine based?", "where is the Gulf Institute for Marine Research located?"
_SEAT_ASKED = re.compile(
    r"^(?i:where\s+(?:is|are|was|were)\s+(?:the\s+)?)(?P<body>[A-ZÀ-ÖØ-ÞĀ-Ž][^?]{2,80}?)\s+"
    r"(?i:based|headquartered|located|registered)\s*\??$"
)
_COMPANY_SUFFIX = r"(?:\s+(?:Pte|Ltd|Inc|LLC|Plc|PLC|SA|AG|GmbH|JSC|Co|Corp|Limited)\.?)*"
_SEAT_NOUNS = "firm|company|forwarder|operator|maker|manufacturer|retailer|consultancy|agency|group|bank|lender|charity"


def _seat_of(kb: KnowledgeBase, question: str) -> Sentence | None:
    """The sentence that places a named body, when a question asks where it is based: "Coral Coast Dredging &
    Marine Pte Ltd of Lautoka, Fiji", "the Gulf Institute for Marine Research in Fujairah", "Bristol forwarder
    Quayle & Harrow Logistics", "Danubia Rail, a consortium … with its headquarters in Senec"."""
    asked = _SEAT_ASKED.match(question.strip())
    if asked is None or (len(asked.group("body").split()) < 2 and asked.group("body").lower() in ORGANISATION_WORDS):
        return None
    body = re.escape(asked.group("body"))
    place = r"([A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+)"
    seat = re.compile(
        rf"{body}{_COMPANY_SUFFIX},?\s+(?:in|of|at)\s+{place}"
        rf"|{body},\s+[^,.;“”\"]{{0,80}}?\b(?:headquarters|headquartered|seat|based)\s+(?:in|at)\s+{place}"
        rf"|{place}-based\s+(?:[a-z]+\s+){{0,2}}{body}|{place}\s+(?:{_SEAT_NOUNS})\s+{body}"
    )
    for sentence in kb.article.sentences:
        found = seat.search(sentence.text)
        where = next((g for g in found.groups() if g), "") if found else ""
        if where and where.lower() not in ORGANISATION_WORDS | STOP_WORDS:
            return sentence
    return None


def _names_an_outlet(told: re.Match[str]) -> bool:
    """Whether what someone told is an outlet: a medium or apposition says so, or its name does."""
    named = told.group("apposition") or told.group("medium") or told.group("kind")
    return bool(named or is_outlet_phrase(told.group("outlet")))


_LIFE_QUESTION = re.compile(
    r"^(?:when|(?:in\s+)?what\s+year)\s+(?:was|did|is)\s+(?P<name>.+?)\s+(?P<event>born|die|died|pass\s+away)\b",
    re.IGNORECASE,
)
# A name and the years of a life in brackets: "Oda Merensky (née Lunvik; 14 March 1911 – 2 October 1989)",
# "Kaja (born 1942)", "Mathis Kreuwel (c. 1390–1452)".
_LIFE_DATES = re.compile(
    r"(?P<name>(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*)\s+\((?:[^();]*;\s*)?(?:born\s+|b\.\s*|c\.\s*)?"
    r"[^();–—-]*?\d{4}(?P<death>\s*[–—-]\s*[^();]*?\d{4})?\s*\)"
)


def _life_dates(kb: KnowledgeBase, query: Query) -> Answer | None:
    """When someone was born or died, as an encyclopedia gives it: the years of a life in brackets after
    their name."""
    asked = _LIFE_QUESTION.match(query.text.strip())
    if asked is None:
        return None
    name = name_terms(asked.group("name"))
    died = not asked.group("event").lower().startswith("born")
    lives = [
        (sentence, match)
        for sentence in kb.article.sentences
        for match in (*_LIFE_DATES.finditer(sentence.text), *LIFE_SPAN.finditer(sentence.text))
        if name and name <= set(tokenize(match.group("name")))
    ]
    for sentence, match in lives:
        if match.group("death") or not died:
            return _answered_by(kb, query, sentence, None)
    # "Kaja (born 1942)" gives her birth and no death: asked when she died, the article doesn't say.
    return abstain(kb, query, DOES_NOT_SAY) if lives else None


def _dates_unwritten(kb: KnowledgeBase, entities: tuple[str, ...]) -> list[str]:
    """The question's dates and spans of years the article never writes ("March 5" where it has "March 6" and
    "5:46 a.m.", "2025-26" where it has "2025" and "26")."""
    if not any(any(c.isdigit() for c in e) and (" " in e or "-" in e or "–" in e) for e in entities):
        return []  # most questions name no date: the article's text is not joined for them
    return dates_unwritten(entities, " ".join(text for text, _ in texts_of(kb.article)))


def _topic_words(question: str) -> list[str]:
    """The question's words that name what it is about: not its frame ("take place") nor its shape ("city")."""
    shape = shape_terms(question)
    return [t for t in search_terms(question) if t not in FRAME_TERMS and t not in shape]


def _main_event(kb: KnowledgeBase, query: Query, kind: AnswerType) -> Answer:
    """A question about nothing but "it" asks about the story's own event: the first of the lead's
    sentences on the headline's subject to hold the type of answer asked for."""
    subject = story_subject(kb)
    for sentence in kb.article.sentences[:_LEAD_SENTENCES]:
        if kind.pattern.search(sentence.text) and not subject.isdisjoint(kb.retriever.terms(sentence.index)):
            return _answered_by(kb, query, sentence, kind)
    return abstain(kb, query, DOES_NOT_SAY)


def _answered_by(kb: KnowledgeBase, query: Query, sentence: Sentence, kind: AnswerType | None) -> Answer:
    """A fact answered by one sentence chosen without retrieval, cited as a retrieved one would be."""
    citation = _cite_answer(kb, Hit(sentence.index, 0.0, 1.0), kind)
    return Answer(query.text, Intent.FACT, False, None, (_speaker_section(kb, citation),))


_ACRONYM = re.compile(r"\b[A-ZÀ-ÖØ-ÞĀ-Ž]{3,5}(?=s?\b)")
_SYLLABIC = re.compile(r"\b(?:[A-Z][a-z]{1,3}){2,3}\b")  # "LegCo", "ExCo": the first syllables of a name's words
_SYLLABLE = re.compile(r"[A-Z][a-z]*")


def _people_named(kb: KnowledgeBase, phrase: str, entity: str) -> frozenset[str]:
    """The people an entity of the question may be, unless the whole name it stands in names someone else:
    "Kaja Merensky" is not Oda Merensky, though "Merensky" alone is."""
    people = [p for _, p in kb.cast.mentions(entity)]
    if not people:
        return frozenset()
    words = {w for w in phrase.split() if w != entity and not is_role_word(w)}
    return frozenset(p.name for p in people if words <= set(p.name.split()) | set(p.aliases))


def spell_out_acronyms(kb: KnowledgeBase, question: str, unused_only: bool = True) -> str:
    """The question with each acronym the article never uses replaced by the words it stands for there.

    "When's the AGM?" asks about the "annual general meeting" an article spells out; an acronym
    with no such words stays, and is then something the article does not mention. ``unused_only``:
    only an acronym the article itself never uses (a description of someone is matched in full words).
    """
    shortened = [(a, list(a)) for a in set(_ACRONYM.findall(question))]
    shortened += [(s, _SYLLABLE.findall(s)) for s in set(_SYLLABIC.findall(question))]  # "LegCo": Leg…, Co…
    # "the kmt guy": an acronym typed in lower case that the article gives in brackets, "Kuomintang (KMT)"
    lower = [w for w in set(_LOWER_ACRONYM.findall(question)) if w in kb.retriever.vocabulary]
    shortened += [(w, list(w.upper())) for w in lower if _bracketed(kb, w.upper())]
    for acronym, starts in shortened:
        if unused_only and acronym.lower() in kb.retriever:
            continue
        # "FDA": "Food and Drug Administration", its small words skipped; "KMT": the one word "Kuomintang (KMT)"
        words = r"[\s-]+(?:(?:and|of|the|for|&)\s+)*".join(rf"{start}[\w’']*" for start in starts)
        one_word = rf"\b{starts[0]}[\w’'-]+(?=\s+\({''.join(starts).upper()}\))"
        spelled = re.compile(rf"\b{words}\b|{one_word}", re.IGNORECASE)
        found = next((m.group() for s in kb.article.sentences if (m := spelled.search(s.text))), None)
        if found is not None:
            question = re.sub(rf"\b{acronym}\b", re.sub(r"[’']s$", "", found), question)  # not "Council’s"
    return question


_LOWER_ACRONYM = re.compile(r"\b[a-z]{3,5}\b")


def _bracketed(kb: KnowledgeBase, acronym: str) -> bool:
    """Whether the article gives an acronym in brackets after a name: "Kuomintang (KMT)"."""
    if acronym.lower() in STOP_WORDS:
        return False
    return any(f"({acronym})" in s.text for s in kb.article.sentences)


def _holds_a_topic_word(kb: KnowledgeBase, content: list[str], names: list[str], asked: _Asked, hit: Hit) -> bool:
    """Whether a passage holds a word of the question besides its names, when the article has two or more,
    or has one and the question names two things.

    "When is the hiring fair in Raleigh?" is not answered by a sentence that only names Raleigh,
    nor "where was the summit between Xi and Biden?" by one naming both but no summit (a lone
    word may otherwise be the reader's own for the article's: "work" for "joined … from").
    """
    terms = in_article_words(content, kb.retriever.vocabulary)
    words = {t for t in terms if t in kb.retriever} - asked.entity_terms - set(names) - KIND_TERMS
    if len(words) < 2 and not (words and asked.things >= 2):
        return True
    others = _other_forms(kb, sorted(words), asked.units or frozenset())
    return _holds_any(words, kb.retriever.terms(hit.index), others)


# A capitalised title written just before a name: "Foreign Minister Wang", "Secretary Blinken", "Mayor Gale".
_TITLE_BEFORE = re.compile(r"((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*\s+){1,3})$")


def _titles_before_names(question: str, entities: Sequence[str]) -> frozenset[str]:
    """The search terms of the titles the question puts before its names ("How long did Foreign Minister Wang and
    Secretary Blinken talk?": foreign, minist, secretari), which say whom it asks about, not what."""
    titles: set[str] = set()
    for entity in entities:
        for named in re.finditer(rf"\b{re.escape(entity)}\b", question):
            run = _TITLE_BEFORE.search(question[: named.start()])
            if run and is_role_word(run.group(1).split()[-1]):
                titles.update(tokenize(run.group(1)))
    return frozenset(titles)


def _things_named(question: str, entities: Sequence[str]) -> int:
    """How many things a question's entities name: a number right after a name is part of it ("Gruve 7",
    "Route 14")."""
    numbered = {
        number
        for name, number in pairwise(entities)
        if number.isdigit() and re.search(rf"\b{re.escape(name)}\s+{re.escape(number)}\b", question)
    }
    return len([e for e in entities if e not in numbered])


_WHEN_TERMS = frozenset(tokenize("today tonight yesterday tomorrow day week month year weekend morning evening"))


def _only_names_known(kb: KnowledgeBase, shape: frozenset[str], content: list[str], asked: _Asked) -> bool:
    """Whether the question has words besides its names and its shape, and the article uses none of them."""
    named = asked.entity_terms | KIND_TERMS | _WHEN_TERMS  # "the weather forecast for Port Sudan this week"
    words = [t for t in in_article_words(content, kb.retriever.vocabulary) if t not in named]
    if not words or any(t in kb.retriever for t in words):
        return False
    words = [t for t in words if t not in shape]  # the shape's words may be the article's or not
    return bool(words) and not _other_forms(kb, words, frozenset())


def _described_people(kb: KnowledgeBase, question: str) -> tuple[list[Person], list[str]]:
    """People a question describes by role ('the opposition leader'), when one person fits each description,
    and the descriptions' search terms."""
    words = question.split()
    found: list[Person] = []
    described: list[str] = []
    for i, word in enumerate(words):
        bare = without_possessive(word.lower().strip("?,.!"))
        trade = bare not in ROLE_WORDS and is_person_noun(bare) and bare == word.lower().strip("?,.!")
        if not (bare in ROLE_WORDS or trade) or _before_a_name(words, i):
            continue  # "the opposition leader", "the fisherman" (not "the student's supervisor")
        start = next((j for j in range(i, max(-1, i - 5), -1) if words[j].lower() in ("the", "a", "an")), None)
        if start is None or (trade and i - start > 2):
            continue
        end = next(  # "the Chinese head of state": the whole title
            (j for j in (i + 3, i + 2) if " ".join(words[i:j]).lower().strip("?,.") in ROLE_PHRASES), i + 1
        )
        phrase = " ".join(words[start:end]).strip("?,.")
        fits = describe(kb.cast.people, phrase, strict=True)
        if len(fits) == 1 and fits[0] not in found and fits[0].gender != "n":  # "for the police": no person
            found.append(fits[0])
            described += tokenize(phrase)
    return found, described


def _before_a_name(words: list[str], at: int) -> bool:
    """Whether a role word is a title before a name ("President Xi"), not a description of someone unnamed."""
    following = words[at + 1].strip("?,.!") if at + 1 < len(words) and not words[at].endswith(",") else ""
    return following[:1].isupper() and following.lower() not in ROLE_WORDS


def _threshold(kb: KnowledgeBase, kind: AnswerType | None, entities: tuple[str, ...]) -> float:
    """How much of the question's term weight a passage must hold.

    A passage that holds the question's names and the answer it needs (a sum of money for
    "how much is Marbeck chipping in?") is evidence even when the reader's words are not the
    article's, so a required answer type with named entities lowers the bar.
    """
    if kind is not None and kind.required and not kind.nearby and entities:
        return kb.evidence_bar - ENTITY_TYPED_DISCOUNT
    # "What is X?" has a type only to prefer the sentence glossing X: no sentence is more of an answer for it
    return kb.evidence_bar - TYPED_DISCOUNT if kind and kind.name != "definition" else kb.evidence_bar


@dataclass(frozen=True, slots=True)
class _Asked:
    """What a passage must hold to answer a fact question."""

    entities: tuple[str, ...]  # names, numbers and days the question names
    entity_terms: frozenset[str]  # their search terms
    placed: tuple[str, ...]  # those the cited sentence must hold: no person, nothing the headline names
    people: tuple[tuple[str, frozenset[str]], ...]  # those that name people, with the people they may be
    kind: AnswerType | None  # the type of answer its shape asks for
    units: frozenset[str] | None  # 'how many jobs': the thing counted, as search terms ('job', 'employe' …)
    negated: bool  # 'who did not meet …': only a negative sentence can answer
    dimension: frozenset[str] | None  # 'how deep is the canal?': the words of that measure ('deep', 'depth')
    countries: frozenset[str]  # the countries it names ('… closed in Singapore?'): a passage on others is no answer
    things: int  # how many things its entities name ("Gruve 7" is one, "Xi and Biden" two)


def _evidence(kb: KnowledgeBase, terms: list[str], asked: _Asked, floor: float) -> tuple[list[Hit], list[Hit]]:
    """The retrieved passages, and those that answer, a passage of the asked-for type first.

    ``floor``: the least coverage an answer needs; a passage below it is not checked (the costly part).
    """
    kind = asked.kind
    terms = in_article_words(terms, kb.retriever.vocabulary)  # "negotiations" asks about the article's "talks"
    top_k = _TYPED_CANDIDATES if kind is not None and (kind.required or kind.name == "name") else _CANDIDATES
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
        (h for h in hits if h.coverage >= floor and _answers(kb, h, asked)),
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
        content = set(terms) - asked.entity_terms - FRAME_TERMS
        typed = [
            h
            for h in fits
            if h.coverage >= bar
            and (not content or _holds_any(content, kb.retriever.terms(h.index), alternatives))
            and kind.pattern.search(_sentence(kb, h))
        ]
        # Of passages holding as much, the one whose answer stands by the question's words: "when did the
        # board vote?" is "voted 5-2 late Monday night", not "has led the board since 2022 … before the vote".
        typed.sort(key=lambda h: (-h.coverage, -exact.get(h.index, h.coverage), _far(kb, h, content, kind)))
        best = kind.best
        if best is not None:  # "how long": "for 26 minutes" before "until Sunday"
            typed.sort(key=lambda h: best.search(_sentence(kb, h)) is None)
        fits = typed + [h for h in fits if h not in typed]
    return hits, fits


_NEAR = 14  # words: an answer this close to every question word the sentence holds stands by them


def _far(kb: KnowledgeBase, hit: Hit, content: Collection[str], kind: AnswerType) -> bool:
    """Whether the sentence's answer of the asked-for type stands away from the question's words in it.

    The answer stands by them when it is within ``_NEAR`` words (stop words counted) of each of them the
    sentence holds.
    """
    text = _sentence(kb, hit)
    places: dict[str, list[int]] = {}
    starts = []
    for position, word in enumerate(WORD.finditer(text)):
        starts.append(word.start())
        for term in tokenize(word.group()):
            if term in content:
                places.setdefault(term, []).append(position)
    if not places:
        return False
    for match in kind.pattern.finditer(text):
        at = bisect_right(starts, match.start())
        if all(any(abs(i - at) <= _NEAR for i in found) for found in places.values()):
            return False
    return True


def _holds_any(words: Collection[str], terms: frozenset[str], alternatives: dict[str, frozenset[str]]) -> bool:
    """Whether a passage's terms hold one of the words, itself or in another form ('end': 'close')."""
    return any(w in terms or not terms.isdisjoint(alternatives.get(w, ())) for w in words)


def _other_forms(kb: KnowledgeBase, terms: list[str], counted: frozenset[str]) -> dict[str, frozenset[str]]:
    """The article's other words for a question's terms: the doer or the deed ('vote', 'voters'), a news
    synonym ('end', 'close') and, for the thing a 'how many' question counts, its synonyms ('jobs': a count of
    employees). A passage holding one holds the term, though the term itself is preferred."""
    found = {}
    for term in terms:
        doers = agent_forms(term)  # "who leads": the leader, or the article's other word for one ("president")
        forms = (
            doers.union(*map(synonyms_of, doers)) | synonyms_of(term) | (counted if term in counted else frozenset())
        )
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


# A passage that holds the question's words may still answer another question; each check names what differs.
_OTHER_QUESTION_CHECKS: tuple[Callable[[str, str], object], ...] = (
    swapped_opposite,  # "the smallest stadium": the passage is about the largest
    swapped_subject,  # "how much did the union spend?": "The board spent £21.7m"
    moved_modifier,  # "famed for their Christian spirit": "their martial spirit … their Christian piety"
    swapped_roles,  # "who succeeded Ferreira-Haldane?": "… was succeeded by … Ferreira-Haldane"
    other_clock_time,  # "what happened at 3:12 p.m.?": the tremor came at 3:12 a.m.
    counted_for_another_deed,  # "how many people were injured?": "six people were arrested"
    born_to_another,  # "Where was Brannagh born?": "the Eskarran-born Tobias Wennerlund"
    aged_owner,  # "How old is Mugerwa's lender?": "Mr Isaac Mugerwa, 29, … pays … the lender"
    other_currency,  # "the insured value in Turkish lira": the passage gives it in euros
    other_measure,  # "the 30-year bond yield": the passage gives the 10-year one
    other_number_of_a_thing,  # "the ward 12 councillor": "Ward 17 councillor Lwazi Moyo"
    other_period,  # "how many growers did it finance last season?": "… 11 000 growers this season"
    other_medium,  # "which radio station did she talk to?": "she told TV6"
    left_unnamed,  # "which trade journal …?": "a trade journal described …"
)


def _answers_another_question(question: str, passage: str) -> bool:
    """Whether a passage holding the question's words answers another question than the one asked."""
    return any(check(question, passage) for check in _OTHER_QUESTION_CHECKS)


# Answers that are no time, place, count or name, which a thing that never happened may still have ("why …")
_UNDATED_TYPES = frozenset({"reason", "definition", "instruction", "expansion", "nickname", "language", "name"})
_NEVER_HAPPENED = "The article doesn't say: it says this never happened."
_NEVER = re.compile(r"\bnever\b|\bno\b[^,.;:]*\bever\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"\s*(?:,(?!\d)|[;:—–]|\bbut\b)\s*")
_NO_SUBJECT = frozenset("has have had was were is are been never".split())  # "… but was never built"
_NEVER_REACH = 6  # words before "never" that may say what never happened


def _never_happened(kb: KnowledgeBase, hit: Hit, topic: Collection[str], kind: AnswerType) -> bool:
    """Whether the sentence says that what a question asks the time, place or size of never happened: the words
    around a "never" outside the quotes (with the sentence's subject, when its clause has none) hold a word of the
    question's topic, and every such word a clause giving an answer of the asked type holds ("When was the seawall
    built?": "A seawall for the stretch, designed in 2021 …, has never been funded"; asked when it was *designed*,
    the year answers)."""
    text = narration(_sentence(kb, hit))
    if not _NEVER.search(text):
        return False
    clauses = _CLAUSE_BREAK.split(text)
    quoted = [q.text for q in kb.quotes_at.get(hit.index, ())]  # a quote the sentence opened before it
    never_said: set[str] = set()
    for clause in clauses:
        if (never := _NEVER.search(clause)) is None or any(clause.strip(" \"“”‘’'") in q for q in quoted):
            continue
        opening = clause.split(maxsplit=1)[0].lower() if clause.strip() else ""
        # what never happened: the words just before "never" and the rest of its clause ("despite fears the
        # long-awaited bypass may never be built" is not about the homes approved before it)
        scope = " ".join(clause[: never.start()].split()[-_NEVER_REACH:]) + " " + clause[never.start() :]
        never_said |= set(tokenize(f"{clauses[0]} {scope}" if opening in _NO_SUBJECT else scope))
    if never_said.isdisjoint(topic):
        return False
    typed = (set(tokenize(c)) for c in clauses if not _NEVER.search(c) and kind.pattern.search(c))
    return all(terms & set(topic) <= never_said for terms in typed)


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
    terms = kb.retriever.terms(sentence.index)
    text = sentence.text
    if asked.kind is not None and asked.kind.nearby and not asked.kind.pattern.search(text):
        following = _following(kb, sentence)
        text = f"{text} {following.text}" if following is not None else text
    missing = missing_from(asked.placed, terms)
    if missing:
        missing = missing_from(missing, _roles_of_people(kb, sentence.index))
    if missing:
        missing = missing_from(missing, _scene(kb, sentence))
    if missing and _OPENS_ON_PRONOUN.match(sentence.text):
        missing = missing_from(missing, _sentence_before(kb, sentence))
    if missing and _named_just_before(kb, sentence, list(asked.placed)):
        missing = []
    if missing and _hour_of_the_storys_day(kb, missing, text, asked.kind):
        missing = []
    if asked.kind is not None and asked.kind.name == "age" and age_of_another(_names(asked.entities), text):
        return False
    paragraph = kb.article.paragraphs[sentence.paragraph].text
    if asked.countries and _other_country(asked.countries, sentence.text, paragraph):
        return False
    return not missing and _states(text, terms, asked, ())


def _other_country(asked: frozenset[str], text: str, paragraph: str) -> bool:
    """Whether a sentence (or, naming none, its paragraph) names a country other than those a question asks about,
    and not one of them: "How many schools were closed in Singapore?" is not answered by "Across the border,
    Malaysia's … Sarawak's education department closed 409 schools", though the headline names both (and
    Singapore needs no naming in a sentence of a story about it)."""
    named = nationalities(text) or nationalities(paragraph)
    return bool(named) and named.isdisjoint(asked)


def _names(entities: Collection[str]) -> list[str]:
    """The entities that are names, not numbers or days."""
    return [e for e in entities if e[:1].isupper()]


def _hour_of_the_storys_day(kb: KnowledgeBase, days: list[str], text: str, kind: AnswerType | None) -> bool:
    """Whether a sentence gives the time of day a "when" question asks for, on the day the story's lead
    names: "When did plenary resume on Tuesday?" in a story of that Tuesday is answered by "shortly
    after plenary resumed at 11.20am" (a meeting on another day is not)."""
    if kind is None or kind.name not in _EVENT_SETTINGS:
        return False
    return states_the_hour_of(days, text) and holds(kb.retriever.terms(0), days)


def _about_them(kb: KnowledgeBase, sentence: Sentence, people: tuple[tuple[str, frozenset[str]], ...]) -> bool:
    """Whether a sentence's paragraph (or its "their") is about one of the people each name may be."""
    attribution = kb.attribution
    paragraph = kb.article.paragraphs[sentence.paragraph]
    about = _paragraph_about(kb, paragraph.index)
    # "He remained there for two years … and made his debut", "She paid for his passage …, and he sailed from Le
    # Havre": the one of a pronoun's gender the story was about before, when the paragraph names no one of it
    for gender in {GENDER_OF_PRONOUN[p.lower()] for p in _PRONOUN.findall(sentence.text)}:
        if any((p := kb.cast.get(n)) is not None and p.gender == gender for n in about):
            continue
        earlier = (_paragraph_about(kb, i) for i in range(paragraph.index - 1, max(-1, paragraph.index - _CARRIED), -1))
        carried = next((names for names in earlier if names), set())
        about |= {n for n in carried if (p := kb.cast.get(n)) is not None and p.gender == gender}
    about.update(attribution.sentence_group.get(sentence.index, ()))
    return all(names & about for _, names in people)


_PRONOUN = re.compile(r"\b(?:he|his|him|she|her)\b", re.IGNORECASE)
_CARRIED = 4  # paragraphs back where the one a paragraph's "he" stands for may have been named


def _paragraph_about(kb: KnowledgeBase, index: int) -> set[str]:
    """The people a paragraph's sentences are about."""
    people = kb.attribution.sentence_people
    return {name for s in kb.article.paragraphs[index].sentences for name in people.get(s.index, ())}


def _roles_of_people(kb: KnowledgeBase, index: int) -> frozenset[str]:
    """The search terms of the roles of the people a sentence is about: "“We have 1,100 families in bed
    and breakfasts tonight,” he said" is said by the leader of Kelderby City Council."""
    people = (kb.cast.get(name) for name in kb.attribution.sentence_people.get(index, ()))
    return frozenset(tokenize(" ".join(d for p in people if p is not None for d in p.descriptions)))


_INNER_CAPITALS = re.compile(r"(?<=\s)[“\"‘(]?([A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*)")  # capitalised words after the first
_NAMED = re.compile(r"(?:^|(?<=\s))[“\"‘(]?([A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*)")  # capitalised words, the first too


def _scene(kb: KnowledgeBase, sentence: Sentence) -> frozenset[str]:
    """The terms of the sentences before in the paragraph, back to one that names something, when this
    one names nothing of its own.

    "Lyon is often cited as an example. After 2003, the city built a register … It has also
    opened 140 “cool rooms”": the second and third sentences are about Lyon; "… the company will
    hold a hiring fair in Sunnyvale" is not about the Raleigh of the sentence before.
    """
    paragraph = kb.article.paragraphs[sentence.paragraph].sentences
    if _sentence_names(sentence.text, opening=False):
        return frozenset()
    scene: set[str] = set()
    for before in reversed(paragraph[: paragraph.index(sentence)]):
        scene |= kb.retriever.terms(before.index)
        if _sentence_names(before.text):
            break
    return frozenset(scene)


def _named_just_before(kb: KnowledgeBase, sentence: Sentence, name: list[str]) -> bool:
    """Whether a sentence refers by its head noun to a name the sentence before in its paragraph gives
    whole: "… the Skarre Marine Laboratory, opened in 1963. She ran the laboratory for thirteen years"."""
    head = without_possessive(name[-1]).lower()
    if len(name) < 2 or not re.search(rf"\b(?:the|this|that)\s+{re.escape(head)}\b", sentence.text, re.IGNORECASE):
        return False
    before = _previous_in_paragraph(kb, sentence)
    whole = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in name) + r"\b")
    return (before is not None and whole.search(before.text) is not None) or _only_one_so_named(kb, name)


def _only_one_so_named(kb: KnowledgeBase, name: list[str]) -> bool:
    """Whether the article names nothing else with the name's head noun, so that "the assembly" is the
    Kisiru County Assembly wherever it stands (not when a National Assembly is named too)."""
    head = without_possessive(name[-1])
    before_head = re.compile(rf"([A-ZÀ-Þ][\w’'-]*)\s+{re.escape(head)}\b")
    qualifiers = {m.group(1) for p in kb.article.paragraphs for m in before_head.finditer(p.text)}
    return qualifiers - _CAPITALISED_DETERMINERS == {name[-2]}


_CAPITALISED_DETERMINERS = frozenset({"The", "This", "That", "A", "An"})
_OPENS_ON_PRONOUN = re.compile(r"(?:It|Its|He|His|She|Her|They|Their|This|These)\b")


def _sentence_before(kb: KnowledgeBase, sentence: Sentence) -> frozenset[str]:
    """The terms of the sentence before in the paragraph, which a sentence opening on "It" or "She" goes on
    from: "The tribunal … delivered its award on 8 June 1981. It held that Eskarra must guarantee …"."""
    before = _previous_in_paragraph(kb, sentence)
    return kb.retriever.terms(before.index) if before is not None else frozenset()


def _previous_in_paragraph(kb: KnowledgeBase, sentence: Sentence) -> Sentence | None:
    """The sentence before this one in its paragraph, if any."""
    paragraph = kb.article.paragraphs[sentence.paragraph].sentences
    at = paragraph.index(sentence)
    return paragraph[at - 1] if at > 0 else None


def _sentence_names(text: str, opening: bool = True) -> bool:
    """Whether a sentence names something: a capitalised word that is no common word ("After", "The");
    without ``opening``, its first word does not count."""
    words = _NAMED.findall(text) if opening else _INNER_CAPITALS.findall(text)
    return any(w.lower() not in NOT_NAMES for w in words)


def story_subject(kb: KnowledgeBase) -> frozenset[str]:
    """The search terms of what the whole story is about: its headline's, or its lead's on a page without one."""
    return kb.headline_terms or kb.retriever.terms(0)


def _topical(kb: KnowledgeBase, phrases: dict[str, str], entities: tuple[str, ...]) -> tuple[str, ...]:
    """The entities the headline names: "The crest, recorded at 4:40 a.m." is about the Tamsen of the headline.

    The whole name counts: a headline about Ardlow and Fennick is not about Fennick General Hospital.
    A page without a headline is about what its lead names ("German carmaker Almsted AG said …").
    """
    subject = story_subject(kb)
    held = tuple(e for e in entities if holds(subject, [e]))  # most entities: no need to read the name
    if not held:
        return held
    # A headline naming two countries ("… drifts to Malaysia, Singapore") is about neither alone.
    countries = nationalities(kb.article.title) if any(nationalities(e) for e in held) else frozenset()
    return tuple(
        e for e in held if holds(subject, phrases[e].split()) and not (nationalities(e) and len(countries) > 1)
    )


def _states(text: str, terms: Collection[str], asked: _Asked, entities: Sequence[str], typed: bool = False) -> bool:
    """Whether a text holds the entities, unit and negation asked for, and the type of answer where required.

    ``typed``: the type is needed wherever the question asks for one, not only where it must be.
    """
    if not holds(terms, entities):
        return False
    if (asked.units is not None and not counts_of(text, asked.units)) or (asked.negated and not negated(text)):
        return False
    if asked.dimension is not None and asked.dimension.isdisjoint(re.findall(r"[a-z]+", text.lower())):
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
    return kb.cite_page_line(standfirst), coverage


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
    """Cite a passage that answers, with the next sentence of its paragraph when that says what it only leads into.

    "When will the mediator meet the two sides?": "… asked former judge Hoekstra to act as
    mediator. Hoekstra … has agreed to meet the parties on Thursday in Utrecht."
    """
    sentence = kb.article.sentences[hit.index]
    may_join = not _is_speech(kb, hit.index) and (kind is None or kind.nearby or not kind.required)
    following = _following(kb, sentence) if may_join else None
    if following is None or not _leads_into(kb, sentence, following, kind):
        return _cite_hit(kb, hit)
    paragraph = kb.article.paragraphs[sentence.paragraph]
    return kb.cite(paragraph.excerpt(sentence.start, following.end, sentence.index))


def _leads_into(kb: KnowledgeBase, sentence: Sentence, following: Sentence, kind: AnswerType | None) -> bool:
    """Whether a sentence only leads into the next: a short one a what or topic question finds ("Inside the network,
    the metro workers are also pushing back. The drivers' union said its members would open the turnstiles …"), or
    one lacking the time, place or name asked for, which the next states."""
    if kind is None:
        return len(sentence.text.split()) <= _LEAD_IN_WORDS
    return not _holds_answer(kb, sentence.text, kind) and _holds_answer(kb, following.text, kind)


_LEAD_IN_WORDS = 20  # a sentence this short may only lead into the one after it


def _holds_answer(kb: KnowledgeBase, text: str, kind: AnswerType) -> bool:
    """Whether a sentence holds an answer of the asked-for type; for a person, someone the article names (the
    "Cayman Clean Air Coalition" is no one)."""
    if kind.name == "person":
        return any(person.named for _, person in kb.cast.mentions(text))
    return kind.pattern.search(text) is not None


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

"""Compose extractive answers: the article's own sentences under short fixed phrases.

Nothing here writes new claims. A section heading is a fixed phrase around names
and roles taken from the article ("Wang Yi (China’s Foreign Minister) said:");
every citation is a verbatim sentence with its line. When the article has no
answer, the reply says so and offers questions it can answer.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from knowledge.ages import age_stated
from knowledge.clauses import is_outlet_phrase, leading_subject, trailing_subject, without_the
from knowledge.evidence import (
    FRAME_TERMS,
    entity_phrase,
    holds,
    missing_from,
    names_only,
    question_entities,
    recased,
    swapped_opposite,
)
from knowledge.facts import answer_fact, spell_out_acronyms, story_subject
from knowledge.intent import (
    EMPLOYER,
    FORMER_ROLE,
    OCCUPATION,
    PARTY,
    QUOTED_ONLY,
    SEAT,
    STANDFIRST_ONLY,
    Query,
    age_asked_of,
    buried_questions,
    is_texting,
    parse_question,
)
from knowledge.lexicon import (
    FULL_FORMS,
    GENDER_OF_WORD,
    HONORIFICS,
    NATIONALITIES,
    NOT_NAMES,
    OUTLET_NAMES,
    TITLE_ABBREVIATIONS,
    TRADES,
    is_person_noun,
    is_role_word,
    role_classes,
    without_possessive,
    words_of,
)
from knowledge.models import Answer, Citation, Intent, Person, Quote, Section, Sentence
from knowledge.people import (
    Cast,
    casual_words,
    describe,
    described_words,
    fits_gender,
    fold_accents,
    heads_phrase,
    is_honour,
    names_kind,
    names_party,
    names_seat,
    narration,
    place_held_by_others,
    placed_away,
    speaking_for,
)
from knowledge.retrieval import Hit
from knowledge.sentences import DATELINE
from knowledge.synonyms import in_article_words
from knowledge.tokenize import STOP_WORDS, plain_words, tokenize
from knowledge.unanswered import DOES_NOT_SAY, abstain, echoable, not_mentioned

if TYPE_CHECKING:
    from knowledge.base import KnowledgeBase

_Said = Quote | Sentence  # a quote, or a sentence of reported speech
_SaidItem = TypeVar("_SaidItem", Quote, Sentence)  # either, kept as it is
_MENTION_LIMIT = 5
_NO_SUCH_NAME = "The article doesn't mention anyone by that name."


def compose_answer(kb: KnowledgeBase, question: str) -> Answer:
    """Answer one question from the article; a long message the article has no answer to as a whole, by the
    first question inside it that it answers."""
    answer = _composed(kb, question)
    if answer.abstained:
        for buried in buried_questions(question):
            found = _composed(kb, buried)
            if not found.abstained:
                return replace(found, question=answer.question)
    return answer


def _composed(kb: KnowledgeBase, question: str) -> Answer:
    """Answer one question as a whole."""
    query = parse_question(_respelled(kb, _article_shorthand(kb, _streets_spelled_out(kb, question))))
    if not query.text:
        return abstain(kb, query, DOES_NOT_SAY)
    composers: dict[Intent, Callable[[KnowledgeBase, Query], Answer]] = {
        Intent.SPEAKER: _speaker,
        Intent.WHO_SAID: _who_said,
        Intent.WHO_IS: _who_is,
        Intent.PEOPLE: _people,
        Intent.BYLINE: _byline,
        Intent.DATELINE: _dateline,
        Intent.OUTLET: _outlet,
        Intent.CREDIT: _photo_credit,
        Intent.EDITOR: _editor,
        Intent.DATES: _dates,
        Intent.SUMMARY: _summary,
    }
    if query.claim:
        return _claim_checked(kb, query)
    if query.intent is Intent.FACT and (head := _head_of(kb, query)) is not None:
        return head
    if query.intent is Intent.FACT and (aged := _age_of(kb, query)) is not None:
        return aged
    if query.intent is Intent.FACT and (speaker := _whose_words(kb, query.text)) is not None:
        asked = Query(f"what did {speaker.name} say", Intent.SPEAKER, who=speaker.name)
        return replace(_speaker(kb, asked), question=query.text)
    return composers.get(query.intent, answer_fact)(kb, query)


# A request for someone's words in other shapes: "Blinken verbatim, everything in quote marks", "Wang Yi on the
# record - both quotes in full", "Blinken he say what words? I want only the sentence have the quote mark".
_QUOTES_ASKED = re.compile(
    r"\b(?:quotes?|quoted|quotations?|quote\s+marks|verbatim|on\s+the\s+record|on-record|(?:exact|own|actual)\s+words"
    r"|what\s+words)\b",
    re.IGNORECASE,
)
# Words that narrow the request to one quote: "Blinken's quote calling China a threat", "the quote where he …",
# "is the noun 'disruptions' or 'disturbances'?"
_NARROWED = re.compile(
    r"\b(?:about|regarding|calling|called|where|which|that|or|on\s+(?!the\s+record))\b|(?:^|\s)['‘\"“]\w"
)
_FACT_OPENING = re.compile(r"^(?:who|whom|whose|which|when|where|why|how|is|was|did|does)\b", re.IGNORECASE)


def _whose_words(kb: KnowledgeBase, text: str) -> Person | None:
    """The quoted person a message asks for the words of: a message that is their name alone ("antony
    blinken", "Raithatha?"), or one that names them first and asks for quotes ("President Xi - anything in
    quote marks from him?"); not a question of another shape ("who is quoted on the record?")."""
    named = kb.cast.mentions(text, ignore_case=True)
    if not named or _FACT_OPENING.match(text):
        return None
    person = named[0][1]
    if not kb.quotes_by_speaker.get(person.name):
        return None
    typed = fold_accents(text.strip(" ?!.").lower())
    alone = any(typed == fold_accents(alias.lower()) for alias in person.aliases)
    return person if alone or (_QUOTES_ASKED.search(text) and not _NARROWED.search(text)) else None


# "Who runs SADM?", "who chairs the planning committee?": the person at the head of a body.
_HEADS_A_BODY = re.compile(
    r"^who(?:['’]s|\s+is)?\s+(?:(?P<chair>chairs|chairing)|heads|heading|runs|running|leads|leading|directs|"
    r"directing|manages|managing|in\s+charge\s+of)\s+(?P<body>.+)$",
    re.IGNORECASE,
)


def _head_of(kb: KnowledgeBase, query: Query) -> Answer | None:
    """The one person whose role puts them at the head of the body a question asks who runs, if there is one
    ("who runs SADM?": "SADM director Teodoro Gálvez Ruiz"); else None, for the passages to answer."""
    asked = _HEADS_A_BODY.match(query.text.strip())
    if asked is None:
        return None
    body = asked.group("body")
    description = f"the {'chair' if asked.group('chair') else 'head'} of {body}"
    # "Calderbrook’s head of milk procurement" heads a part of it, and is no candidate
    whole = [p for p in kb.cast.people if not all(_heads_a_part(body, r) for r in p.descriptions_or_role or ("",))]
    heads = [
        person
        for person in describe(whole, description, strict=True)
        if any(_names_the_body(body, role) for role in person.descriptions_or_role)
    ]  # "who runs Coraval Seafoods?" is not the Coraval Community Council's convener
    if len(heads) > 1:  # "who runs Calderbrook?": its chief executive, not the chair of the Calderbrook Milk Group
        heads = [p for p in heads if any(_names_only_the_body(body, r) for r in p.descriptions_or_role)]
    if len(heads) != 1:
        return None
    return replace(_who_is(kb, replace(query, intent=Intent.WHO_IS, who=heads[0].name)), question=query.text)


_OWNER = re.compile(r"(.+?)['’]s?\s+\w")  # the owner of "jess's bank manager"


def _age_of(kb: KnowledgeBase, query: Query) -> Answer | None:
    """How old someone is, where the article gives their age beside their name; None when the question asks the age
    of no one person the article names or describes ("how old is the tunnel?" is a fact like any other)."""
    who = age_asked_of(query.text)
    owner = _OWNER.match(who or "")
    if who is None or (owner and kb.cast.mentions(owner.group(1), ignore_case=True)):
        return None  # "how old is jess's bank manager": someone the article may not give, by another's name
    people = _people_asked_about(kb, who)
    if len(people) != 1 or people[0].gender == "n":
        return None
    person = people[0]
    stated = age_stated(kb, person)
    if stated is None:
        return abstain(kb, query, f"The article doesn't say how old {person.name} is.")
    return Answer(query.text, Intent.FACT, False, None, (Section(f"{person.label}:", (kb.cite(stated),)),))


def _names_only_the_body(body: str, role: str) -> bool:
    """Whether every name word of a role is the body's ("Calderbrook’s chief executive" for "Calderbrook", not
    "chair of the Calderbrook Milk Producers Group")."""
    asked = {without_possessive(w).lower() for w in body.split()}
    return all(without_possessive(w).strip("()").lower() in asked for w in role.split() if w[:1].isupper())


_PART_BEFORE = frozenset({"at", "in", "for", "with", "within"})


def _heads_a_part(body: str, role: str) -> bool:
    """Whether a role heads a part of the body, not the body: "Calderbrook’s head of milk procurement"."""
    headed = role.split(" of ", 1)[1].split() if " of " in role else []
    asked = {w.lower() for w in body.split()}
    named_at = [i for i, w in enumerate(headed) if w.lower().strip("(),") in asked]
    if named_at and not _PART_BEFORE.intersection(headed[: named_at[0]]):
        # "director of the municipal enterprise Bishkekpassazhirtransport": the words before name it, where no
        # "at" or "in" makes them a part of it ("head of milk procurement at Calderbrook")
        headed = headed[named_at[-1] + 1 :]
    return any(w.islower() and w not in STOP_WORDS and w not in asked for w in headed)


def _names_the_body(body: str, role: str) -> bool:
    """Whether a role names a body as a question does: one of its common nouns ("the planning *committee*":
    "committee chair"), or else every word of its name ("SADM": "SADM director")."""
    words = body.split()
    common = tokenize(" ".join(w for w in words if w.islower()))
    held = set(tokenize(role))
    return not held.isdisjoint(common) if common else set(tokenize(body)) <= held


def _claim_checked(kb: KnowledgeBase, query: Query) -> Answer:
    """Where the article says what a reader asks whether someone said: that person's words if they say it,
    else the passage that does, whoever's it is ("Did Wang Yi say he hoped for progress?": Blinken did)."""
    theirs = _speaker(kb, query)
    if theirs.intent is Intent.SPEAKER and not theirs.abstained and theirs.intro is None:
        return theirs
    return replace(answer_fact(kb, Query(query.topic or query.text, Intent.FACT)), question=query.text)


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


_KEYWORDS_AFTER_A_NAME = 3
_NO_TOPIC_WORDS = STOP_WORDS | frozenset("pls plz please thanks thx lol again too also only".split())


def _name_then_topic(kb: KnowledgeBase, who: str) -> tuple[str, str] | None:
    """A name typed with keywords after it ("blinken fentanyl"), as the name and the keywords."""
    words = who.split()
    if kb.cast.get(who) is not None:
        return None  # "Shona Mackinnon": a whole name, though her son shares the surname
    for cut in range(len(words) - 1, max(0, len(words) - 1 - _KEYWORDS_AFTER_A_NAME), -1):
        name, rest = " ".join(words[:cut]), words[cut:]
        if name.endswith(("'s", "’s")):
            return None  # "Xi's wife", "Okonkwo-Reid's partner": someone else, whom the name owns
        if any(is_role_word(w) or w.lower() in _NO_TOPIC_WORDS for w in rest) or all(len(w) <= 2 for w in rest):
            return None  # "Xi the president", "Wang Yi of China": a description, no topic; "xi jinping pls", "wang e"
        mentioned = kb.cast.mentions(name, ignore_case=True)
        if mentioned and all(at == 0 for at, _ in mentioned) and not any(kb.cast.mentions(w, True) for w in rest):
            return name, " ".join(rest)
    return None


def _people_asked_about(kb: KnowledgeBase, who: str) -> list[Person]:
    """The people a question's phrase names or describes."""
    named = {
        p.name: p
        for at, p in kb.cast.mentions(who, ignore_case=True)
        if heads_phrase(who, at) and _first_name_fits(who, at, p) and _surname_fits(who, at, p)
    }
    if named:
        return _of_the_family(kb, who, list(named.values()))
    sentences = [s.text for s in kb.article.sentences]
    described = [
        p
        for p in describe(kb.cast.people, who, strict=True)
        if not place_held_by_others(who, p, sentences) and not placed_away(who, p, _near(kb, p))
    ]
    return described or _casually_described(kb, who) or _placed_by_name(kb, who)


def _of_the_family(kb: KnowledgeBase, who: str, named: list[Person]) -> list[Person]:
    """Of a family sharing a surname asked about by title ("Ms Lehane" of Niamh and her mother Kathleen Lehane), the
    one the article quotes when only one of them speaks; the one named otherwise."""
    words = who.split()
    if len(named) != 1 or len(words) != 2 or words[0].rstrip(".").lower() not in HONORIFICS:
        return named
    family = kb.cast.sharing_the_surname(words[1])
    quoted = [p for p in family if p.quoted]
    return quoted if len(family) > 1 and len(quoted) == 1 else named


def _casually_described(kb: KnowledgeBase, who: str) -> list[Person]:
    """The one person quoted whose paragraphs hold every word of a reader's "the trawler guy" ("… Søren Bruun
    Jakobsen, who skippers the trawler …"): in the paragraphs that name or quote them, else with the paragraph
    before each ("Brimfang hf. … halted its fish plant. ¶ Managing director Þórhallur Ágústsson …"); no one when
    several do."""
    words = casual_words(who)
    if not words:
        return []
    gender = next((GENDER_OF_WORD[w] for w in words_of(who) if w in GENDER_OF_WORD), None)
    # What the words before a clause call them, the sentences naming them must: "the newspaper carrier who found
    # her" is a carrier, not the nurse whose paragraph names one
    called = set(described_words(who.split(" who")[0])) if " who" in who else set()
    quoted = [
        p
        for p in kb.cast.people
        if p.quoted and fits_gender(p, gender) and (not called or called <= _terms_naming(kb, p))
    ]
    for before in (False, True):
        fits = [p for p in quoted if set(words) <= _terms_around(kb, p, before)]
        if fits:
            return fits if len(fits) == 1 else []
    return []


def _placed_by_name(kb: KnowledgeBase, who: str) -> list[Person]:
    """The one person quoted whose own paragraphs, outside the quotes, hold both the named place a reader's
    description puts them in and what it says they are ("the bakery worker from Transcona": "Ben Oyelaran, works
    nights at Prairie Rise Bakery … and lives in Transcona"; "the 71-year-old from Gladstone Ave": "Geoff Lindqvist,
    71, of Gladstone Avenue"); no one when several do, or the description names no place the article names."""
    placed = _PLACED.search(who)
    if placed is None:
        return []
    names = [w for w in words_of(placed.group("place")) if w in kb.name_words and w not in _STREET_WORDS]
    if not names:
        return []
    head = who[: placed.start()]
    if not (_AGED.search(head) or any(is_person_noun(w) or w in _SOMEONE_WORDS for w in words_of(head))):
        return []  # "the sign on the door of Pine Hollow Elementary" is no one
    head = _AGED.sub(r"\1", head)  # "the 71-year-old": someone aged 71
    gendered = {**_GENDERED_PERSON, **GENDER_OF_WORD}
    gender = next((gendered[w] for w in words_of(head) if w in gendered), None)
    said = [w for w in words_of(head) if w not in STOP_WORDS and w not in _SOMEONE_WORDS and w not in gendered]
    wanted = set(tokenize(" ".join(names + said)))
    fits = [
        p
        for p in kb.cast.people
        if p.quoted and p.named and fits_gender(p, gender) and _all_held(wanted, _narration_around(kb, p))
    ]
    return fits if len(fits) == 1 else []


def _all_held(wanted: set[str], held: set[str]) -> bool:
    """Whether every wanted term is held, or a longer or shorter form of it ("worker" by "works")."""
    return all(
        term in held or any(len(t) >= _SHARED_STEM and (t.startswith(term) or term.startswith(t)) for t in held)
        for term in wanted
    )


def _narration_around(kb: KnowledgeBase, person: Person) -> set[str]:
    """The search terms of the paragraphs that name or quote someone, outside the quotes."""
    paragraphs = kb.article.paragraphs
    return set(tokenize(" ".join(narration(paragraphs[i].text) for i in _paragraphs_of(kb, person))))


_PLACED = re.compile(r"\b(?:from|on|in|at)\s+(?:the\s+)?(?P<place>.+)$", re.IGNORECASE)
_STREET_WORDS = frozenset("street st road rd avenue ave lane drive boulevard blvd way close crescent".split())
_AGED = re.compile(r"\b(\d{1,3})-year-old\b")
_SOMEONE_WORDS = frozenset("guy man woman person lady gentleman bloke fellow chap one people folks who that".split())
_GENDERED_PERSON = {"mum": "f", "mom": "f", "mother": "f", "dad": "m", "father": "m", "grandma": "f", "grandpa": "m"}
_SHARED_STEM = 4  # letters a form must keep to stand for another ("work" for "worker")


def _terms_naming(kb: KnowledgeBase, person: Person) -> set[str]:
    """The search terms of the sentences that name someone."""
    return set(tokenize(" ".join(c.text for c in _mentions_of(kb, person))))


def _terms_around(kb: KnowledgeBase, person: Person, before: bool) -> set[str]:
    """The search terms of the paragraphs that name or quote someone (and of the paragraph before each)."""
    own = _paragraphs_of(kb, person)
    shown = sorted(set(own) | ({i - 1 for i in own if i} if before else set()))
    return set(tokenize(" ".join(kb.article.paragraphs[i].text for i in shown)))


def _near(kb: KnowledgeBase, person: Person) -> list[str]:
    """The texts that place a person: the paragraphs that name them, the headline and the story's opening."""
    paragraphs = kb.article.paragraphs
    # the paragraph before too: "Several hundred protesters from the environmental group Tidewatch …" / "…, the
    # group's coordinator, said"
    near = [
        text for i in _paragraphs_of(kb, person) for text in (paragraphs[i].text, paragraphs[i - 1].text if i else "")
    ]
    return [*near, kb.article.title, kb.article.sentences[0].text]


def _paragraphs_of(kb: KnowledgeBase, person: Person) -> list[int]:
    """The paragraphs that name someone, give their role or quote them ("…,” she said: placed there too)."""
    lines = set(person.mention_lines) | ({person.role_line} if person.role_line else set())
    lines |= {q.sentence.line for q in kb.quotes_by_speaker.get(person.name, ())}
    return [i for i, p in enumerate(kb.article.paragraphs) if any(p.line <= n <= p.end_line for n in lines)]


_CLOSE_ENOUGH = 0.8  # difflib's ratio: "blinking" and "blinken" share 6 of their 15 letters twice over
_SHORTEST_MISSPELLED = 5  # a shorter word, typed or in a name, is too near too many others
_SHORTEST_ALONE = 6  # letters of a word read as a name's misspelling away from the rest of a name: "share" no "Shane"


def _typed_in_parts(kb: KnowledgeBase, who: str) -> list[Person]:
    """The one person whose name lower-case words all belong to, a double-barrelled name typed without its
    hyphen ("okonjo vale", "usec pacquing uy"); misspelled words were put right before (``_respelled``)."""
    words = [w for w in who.split() if not (is_role_word(w) or w in HONORIFICS or w in TITLE_ABBREVIATIONS)]
    if not words or not all(w.isalpha() and w.islower() for w in who.split()):
        return []
    names: dict[str, set[str]] = {}
    for person in kb.cast.people:
        for word in person.name.split() if person.named else ():
            for part in {word, *word.split("-")}:
                names.setdefault(part.lower(), set()).add(person.name)
    fits: set[str] | None = None
    for word in words:
        if word not in names:
            return []
        found = names[word]
        fits = found if fits is None else fits & found
    if fits is None or len(fits) != 1:
        return []
    (name,) = fits
    return [p for p in kb.cast.people if p.name == name][:1]


_MISSPELLABLE = re.compile(rf"\b[a-z]{{{_SHORTEST_MISSPELLED},}}\b")


_SHORTHAND_WORD = re.compile(r"(?<![\w’'-])[a-z]{3,}(?![\w’'-])")  # "r" and "n": words no article uses alone


def _article_shorthand(kb: KnowledgeBase, question: str) -> str:
    """The question with texting shorthand that the article itself uses as a word in capitals, read as the
    article's ("how much is the cut ppl" on a page giving prices in ppl, "what did the sec say" of the SEC)."""
    return _SHORTHAND_WORD.sub(lambda m: m.group().upper() if _used_by_article(kb, m.group()) else m.group(), question)


def _streets_spelled_out(kb: KnowledgeBase, question: str) -> str:
    """The question with a street's short form spelled out as the article writes it ("Gladstone Ave" on a page
    saying "Gladstone Avenue"); "St" stays a saint's where the article has no such street."""
    if not _STREET_SHORT.search(question):
        return question
    text = " ".join(s.text for s in kb.article.sentences)

    def spelled(match: re.Match[str]) -> str:
        whole = f"{match.group(1)} {_STREETS[match.group(2).lower()]}"
        return whole if whole in text else match.group()

    return _STREET_SHORT.sub(spelled, question)


_STREETS = {"ave": "Avenue", "rd": "Road", "st": "Street", "blvd": "Boulevard", "ln": "Lane", "dr": "Drive"}
_STREET_SHORT = re.compile(r"\b([A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+)\s+(Ave|Rd|St|Blvd|Ln|Dr)\b\.?", re.IGNORECASE)


def _used_by_article(kb: KnowledgeBase, word: str) -> bool:
    """Whether a lower-case word is texting shorthand the article uses itself."""
    # not a name's word: "wat did szeto say" on a page quoting Josephine Wat still asks "what"
    return is_texting(word) and word in kb.retriever.vocabulary and word not in kb.name_parts


def _respelled(kb: KnowledgeBase, question: str) -> str:
    """The question with each lower-case word the article never uses put right: one that misspells a word of a
    person's name, typed or autocorrected ("which hall did xi jinxing receive blinkin in"), else one that is one
    slip of the finger from just one word the article writes ("how long did the meetin go on for")."""
    names, shapes = kb.name_parts, kb.words_by_shape

    def respelled(match: re.Match[str]) -> str:
        word = match.group()
        if word in names or word in STOP_WORDS:
            return word
        named = _as_name(kb, names, word)
        if named and len(word) < _SHORTEST_ALONE and not _beside_a_name(match, names):
            named = None
        return named or _as_written(kb, shapes, word) or word

    return _MISPELLED_NAME.sub(lambda m: _name_put_right(kb, m), _MISSPELLABLE.sub(respelled, question))


_MISPELLED_NAME = re.compile(rf"\b[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-ÿ]{{{_SHORTEST_MISSPELLED - 1},}}\b")


def _name_put_right(kb: KnowledgeBase, match: re.Match[str]) -> str:
    """A capitalised word the article never writes, one slip of the finger from a word of just one person's name
    ("Mr Blinkin": Blinken; never a name two slips away, which may be someone else's)."""
    word = match.group()
    lower = word.lower()
    if lower in kb.name_parts or lower in STOP_WORDS or any(t in kb.retriever for t in tokenize(word)):
        return word
    # not a name with a case ending, which other languages add ("povedal Blinkenu", "Blinkend"): read elsewhere
    near = [n for n in kb.name_parts if n[:1] == lower[:1] and _one_slip(lower, n) and not lower.startswith(n)]
    return near[0].capitalize() if len(near) == 1 else word


def _beside_a_name(match: re.Match[str], names: Collection[str]) -> bool:
    """Whether the word before or after a matched word is a name's or a title ("joe bided", "president bidden")."""
    before = match.string[: match.start()].split()[-1:]
    after = match.string[match.end() :].split()[:1]
    words = [fold_accents(w) for w in before + after if w.lower() not in STOP_WORDS]
    folded = {fold_accents(n) for n in names}  # "ronneberg" of the article's Rønneberg
    return any(w in folded or is_role_word(w) or w in HONORIFICS for w in words)


def _as_name(kb: KnowledgeBase, names: Collection[str], word: str) -> str | None:
    """The one word of a person's name a lower-case word misspells, in lower case as typed ("jake blinkin" is no
    Antony); "friday" is no "Farida", whatever the article lacks."""
    if word in NOT_NAMES:
        return None
    near = [n for n in names if n[0] == word[0] and len(n) >= _SHORTEST_MISSPELLED and abs(len(n) - len(word)) <= 2]
    if not near or any(t in kb.retriever for t in tokenize(word)):
        return None
    close = difflib.get_close_matches(word, near, n=2, cutoff=_CLOSE_ENOUGH)
    return close[0] if len(close) == 1 else None


_SHORTEST_RESPELLED = 6  # letters of a word put right by one slip of the finger: "meetin", "glaicer"


def _as_written(kb: KnowledgeBase, shapes: Mapping[str, tuple[str, ...]], word: str) -> str | None:
    """The one word the article writes that a lower-case word is one slip of the finger from (a letter left out,
    added, changed or two swapped, never the first; never a number word)."""
    if len(word) < _SHORTEST_RESPELLED or word in shapes.get(f"{word[0]}{len(word)}", ()):
        return None
    lengths = (len(word) - 1, len(word), len(word) + 1)
    # one slip leaves the second letter or the last as typed, which rules out most words at a glance
    candidates = (w for n in lengths for w in shapes.get(f"{word[0]}{n}", ()))
    near = [w for w in candidates if (w[1] == word[1] or w[-1] == word[-1]) and _one_slip(word, w)]
    if len(near) != 1 or any(t in kb.retriever or t.isdigit() for t in tokenize(word)):
        return None  # "meets" for the article's "meeting": the same word; "seventy" is no "seventh"
    return near[0]


def _one_slip(typed: str, word: str) -> bool:
    """Whether two words differ by one letter left out, added or changed, or two neighbours swapped."""
    if typed == word:
        return False
    shorter, longer = sorted((typed, word), key=len)
    at = next((i for i, (a, b) in enumerate(zip(shorter, longer, strict=False)) if a != b), len(shorter))
    if len(shorter) != len(longer):
        return longer[at + 1 :] == shorter[at:]  # a letter left out or added at the first difference
    changed = typed[at + 1 :] == word[at + 1 :]
    swapped = typed[at : at + 2] == word[at : at + 2][::-1] and typed[at + 2 :] == word[at + 2 :]
    return changed or swapped


def _sharing_the_surname(kb: KnowledgeBase, who: str) -> list[Person]:
    """The people whose surname a one-word name (after any honorific) is, when the article names several."""
    words = [w for w in who.split() if w.lower().rstrip(".") not in HONORIFICS]
    if len(words) != 1:
        return []
    family = kb.cast.sharing_the_surname(words[0])
    gender = next((GENDER_OF_WORD[w] for w in words_of(who) if w in GENDER_OF_WORD), None)  # "Mr", "Mrs"
    if gender is None:
        return family
    known = [p for p in family if p.gender == gender]  # "Ms Pennick": Gwen, whom a "she" names, before the rest
    return known or [p for p in family if p.gender is None]


_THE_DOCTOR = re.compile(r"(?:the\s+)?(?:doctor|doc|dr)\.?", re.IGNORECASE)


def _titled_doctor(kb: KnowledgeBase, who: str) -> list[Person]:
    """Those the article titles "Dr", whom a reader's "the doctor" means when it calls no one a doctor."""
    if not _THE_DOCTOR.fullmatch(who.strip()):
        return []
    return [
        p
        for p in kb.cast.people
        if p.named
        and any(
            re.search(rf"\bDr\.?\s+(?:[\w’'-]+\s+){{0,3}}?{re.escape(p.name.split()[-1])}\b", c.text)
            for c in _mentions_of(kb, p)
        )
    ]


def _name_words(person: Person) -> set[str]:
    """The words of a person's name and aliases, lower case and without accents."""
    return {fold_accents(w).lower() for w in (*person.name.split(), *person.aliases)}


def _surname_fits(who: str, at: int, person: Person) -> bool:
    """Whether a capitalised name word just after a person's first name is theirs: "Mr Ronny Payet" is not Ronny
    Barbe."""
    alias = max((a for a in person.aliases if who[at:].lower().startswith(a.lower())), key=len, default="")
    after = who[at + len(alias) :].split()
    word = after[0].strip(".,’'") if after else ""
    if not alias or " " in alias or not word.isalpha() or not word[:1].isupper() or is_role_word(word):
        return True
    own = _name_words(person)
    return fold_accents(word).lower() in own or word.lower() in STOP_WORDS or is_person_noun(word.lower())


def _first_name_fits(who: str, at: int, person: Person) -> bool:
    """Whether a name word just before a surname is the person's own: "Ruairidh Mackinnon" is not his mother
    Shona Mackinnon, though "Mrs Mackinnon" and "the Mackinnon family" may be."""
    before = who[:at].split()
    word = before[-1].strip(".,") if before else ""
    if not word.isalpha() or word.lower() in STOP_WORDS or is_role_word(word) or word.lower() in HONORIFICS:
        return True
    if is_honour(before, len(before) - 1):
        return True  # "Tan Sri", "Lok Chumteav": an honour of two words
    if is_person_noun(word.lower()) or word.lower() in TRADES:
        return True  # "the union guy rowlands", "Principal Jibon": what they are, not their first name
    if any(ch.isupper() for ch in who) and not word[:1].isupper():
        return True
    own = _name_words(person)
    return fold_accents(word).lower() in own or not own.isdisjoint(FULL_FORMS.get(word.lower(), ()))  # "Tony"


def _unknown_person(kb: KnowledgeBase, query: Query, who: str) -> Answer:
    """No one in the article fits ``who``: someone absent, a role no one in it holds, or a topic question."""
    if role_classes(who, trades=True):  # "the Swiss health minister": a role, and no one the article quotes holds it
        phrase = f"“{who}”" if echoable(who) else "that"
        verb = "name" if query.intent is Intent.WHO_IS else "quote"
        return abstain(kb, query, f"The article doesn't {verb} anyone it describes as {phrase}.")
    generic = who.split()[0].lower() in {"the", "a", "an", "they", "it", "he", "she", "we", "you"}
    if generic or any(term in kb.retriever for term in tokenize(who)):
        if query.intent is Intent.WHO_IS and query.topic is None:  # "what is Jess Marland's job?": who she is
            query = replace(query, text=f"Who is {who}")
        return answer_fact(kb, query)
    if echoable(who):  # echo only a short, plain phrase, never odd input
        return abstain(kb, query, f"The article doesn't mention {who}.")
    return abstain(kb, query, _NO_SUCH_NAME)


def _ambiguous(kb: KnowledgeBase, query: Query, who: str, people: list[Person]) -> Answer:
    """Several people fit a description: ask which one, with a question for each."""
    names = ", ".join(p.name for p in people)
    intro = f"More than one person in the article could be “{who}”: {names}. Ask about one by name."
    suggestions = tuple(f"What did {p.name} say?" for p in people[:3])
    return Answer(query.text, Intent.ABSTAIN, True, intro, (), suggestions=suggestions)


def _speaker(kb: KnowledgeBase, query: Query) -> Answer:
    """What a person said: their quotes in order, then their reported statements."""
    who = query.who or ""
    if query.topic is None and (keyworded := _name_then_topic(kb, who)) is not None:
        who, topic = keyworded  # "blinken fentanyl quote": Blinken's words on fentanyl
        query = replace(query, who=who, topic=topic)
    people = _people_asked_about(kb, who) or _typed_in_parts(kb, who)
    spelled = spell_out_acronyms(kb, who, unused_only=False)
    if spelled != who and (by_body := _people_asked_about(kb, spelled)):
        # "the FDA spokeswoman": the Food and Drug Administration's, and whoever the article calls the FDA's
        people, who = list(dict.fromkeys([*people, *by_body])), spelled
    missing = missing_from(question_entities(who), kb.retriever.vocabulary)
    if missing and not kb.cast.mentions(who, ignore_case=True):  # "the Indian environment minister"
        return abstain(kb, query, not_mentioned(who) if echoable(who) else _NO_SUCH_NAME)
    # "What did Kastelein say at the rally on Friday?" when the article has no Friday: a near miss.
    asked = question_entities(recased(query.text, kb.name_words))  # "… on thursday": a day, however typed
    named = question_entities(who) if who == query.who else question_entities(query.who or "") + question_entities(who)
    elsewhere = [e for e in asked if e not in named]
    missing = missing_from(elsewhere, kb.retriever.vocabulary)
    if missing:
        return abstain(kb, query, not_mentioned(entity_phrase(query.text, missing[0])))
    if not people:
        family = _sharing_the_surname(kb, who)
        if len(family) > 1:  # "What did Halmos say?" of a story on the Halmos siblings: which one?
            return _ambiguous(kb, query, who, family)
        people = family or speaking_for(kb.cast.people, who)  # "What did Mr Halmos say?": the one man of the family
        people = people or _titled_doctor(kb, who)
        if not people:
            return _unknown_person(kb, query, who)
    if len(people) > 1 and not kb.cast.mentions(who, ignore_case=True):
        return _ambiguous(kb, query, who, people)
    # "What did Xi say about the US?" of a story on US-China talks asks for all he said, what names it first.
    whole_story = bool(query.topic) and names_only(query.topic or "", story_subject(kb))
    said = [_what_person_said(kb, p, query.topic, whole_story) for p in people]
    sections = [s for sections, _ in said for s in sections]
    if sections and (outlet := _outlet_told(kb, query.text)) and not _relayed_by(sections, outlet):
        # "What did Mehrotra tell Reuters?" when nothing of his came through Reuters: a near miss.
        names = " or ".join(p.name for p in people)
        return Answer(query.text, Intent.ABSTAIN, True, f"The article doesn't quote {names} speaking to {outlet}.", ())
    listener = _person_told(kb, query.text, people) if sections and not query.topic else None
    if listener is not None and not _met_in_article(kb, people, listener):
        # "What did Wang Yi tell Joe Biden?" when the article never has the two together: a near miss (asked about
        # something, it is the topic that is looked for in his words).
        names = " or ".join(p.name for p in people)
        return Answer(
            query.text, Intent.ABSTAIN, True, f"The article doesn't quote {names} speaking to {listener.name}.", ()
        )
    if sections:
        off_topic = [p.name for p, (s, on_topic) in zip(people, said, strict=True) if s and not on_topic]
        intro = None
        if off_topic and query.topic and not whole_story:
            topic = f"“{query.topic}”" if echoable(query.topic) else "that"
            intro = f"Nothing {' or '.join(off_topic)} says in the article matches {topic}. Everything they said:"
        # Nothing they said names the place or thing asked about ("what did Blinken tell Xi about Taiwan?"):
        # an abstention, with everything they said to show it.
        abstained = (
            not whole_story
            and len(off_topic) == len(people)
            and (_names_something_else(kb, query.topic or "") or _foreign_to_the_article(kb, query.topic or ""))
        )
        return Answer(query.text, Intent.SPEAKER, abstained, intro, tuple(sections))
    person = people[0]
    intro = f"The article mentions {person.name} but does not quote them."
    mentions = Section(f"Where the article mentions {person.name}:", _mentions_of(kb, person))
    # Abstained: the article has no words of theirs; the mentions show where they appear.
    return Answer(query.text, Intent.UNQUOTED, True, intro, (mentions,))


# Whom the words were said to: "what did X tell Reuters", "… say to the BBC".
_TOLD = re.compile(
    r"\b(?:tell|told|say\s+to|said\s+to|speak\s+to|spoke\s+to|talk\s+to)\s+"
    r"(?P<listener>(?:the\s+)?[\w.&’'-]+(?:\s+(?-i:[A-Z])[\w.&’'-]*)*)",
    re.IGNORECASE,
)


def _outlet_told(kb: KnowledgeBase, question: str) -> str | None:
    """The outlet a question says the words were said to ("what did X tell Reuters?"), if it names one."""
    told = _TOLD.search(recased(question, kb.name_words))  # "tell radio gbarnga": as the article writes it
    if told is None:
        return None
    listener = told.group("listener")
    bare = without_the(listener).lower()
    # "Icelandic newspaper Morgunblaðið" is the source of someone's words: a reader's "Morgunblaðið"
    relayed = any(s == bare or s.endswith(f" {bare}") for q in kb.quotes if q.source for s in [q.source.lower()])
    named = any(w[:1].isupper() for w in listener.split())  # "the radio station" may be any of them
    # "say 2 the bbc", typed in lower case: an agency or broadcaster the article never names
    unheard_of = bare in OUTLET_NAMES and bool(missing_from([bare], kb.retriever.vocabulary))
    if relayed or unheard_of or (named and is_outlet_phrase(listener)):
        return listener
    people = [p for _, p in kb.cast.mentions(listener) if p.gender != "n"]  # "tell Blinken": no outlet
    return listener if named and not people and _told_in_article(kb, bare) else None


def _person_told(kb: KnowledgeBase, question: str, speakers: Sequence[Person]) -> Person | None:
    """The one person of the article a question names as the words' listener ("what did Wang Yi say to Joe Biden?"),
    by a name typed with its capital, not a description ("the top US diplomat") nor the speaker."""
    told = _TOLD.search(recased(question, kb.name_words))
    if told is None or not any(w[:1].isupper() for w in told.group("listener").split()):
        return None
    people = list(dict.fromkeys(p for _, p in kb.cast.mentions(told.group("listener")) if p.gender != "n"))
    return people[0] if len(people) == 1 and people[0] not in speakers else None


def _met_in_article(kb: KnowledgeBase, speakers: Sequence[Person], listener: Person) -> bool:
    """Whether the article names a speaker and the listener in one paragraph anywhere ("Xi … held a meeting with …
    Blinken"; "Wang told Blinken …"), so that the speaker's words may have been said to them."""
    for paragraph in kb.article.paragraphs:
        named = {person for _, person in kb.cast.mentions(paragraph.text)}
        if listener in named and not named.isdisjoint(speakers):
            return True
    return False


def _told_in_article(kb: KnowledgeBase, listener: str) -> bool:
    """Whether the article has someone tell this listener anything ("Vang told the Klaksvík weekly Norðlýsið")."""
    told = re.compile(rf"\btold\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}{re.escape(listener)}(?![\w’'-])", re.IGNORECASE)
    return any(told.search(p.text) for p in kb.article.paragraphs)


def _relayed_by(sections: Sequence[Section], outlet: str) -> bool:
    """Whether any of a speaker's cited words came through an outlet (as their source, or named beside them)."""
    bare = without_the(outlet).lower()
    return any(bare in (c.source or "").lower() or bare in c.text.lower() for s in sections for c in s.citations)


def _foreign_to_the_article(kb: KnowledgeBase, topic: str) -> bool:
    """Whether a word of a topic is nowhere in the article, in any form ("did Wang say anything about sanctions?")."""
    terms = in_article_words([t for t in tokenize(topic) if t not in FRAME_TERMS], kb.retriever.vocabulary)
    return any(t not in kb.retriever.vocabulary for t in terms)


def _names_something_else(kb: KnowledgeBase, topic: str) -> bool:
    """Whether a topic names a thing other than what the whole story is about: a capitalised word, a number,
    a word the article writes as a name ("taiwan"), or a country typed in lower case ("ukraine"), that its
    headline (or lead, without one) does not name. "What did Blinken say about China?" of a story on his
    talks in China is asked of all he said there."""
    entities = question_entities(recased(topic, kb.name_words))
    if entities:
        return not holds(story_subject(kb), entities)
    return any(word in NATIONALITIES and word != "us" for word in words_of(topic))  # "us": "tell us"


def _what_person_said(
    kb: KnowledgeBase, person: Person, topic: str | None, whole_story: bool = False
) -> tuple[list[Section], bool]:
    """Sections for one speaker (quotes, then reported speech), and whether they match ``topic``.

    With a topic, only the statements that match it are kept; if none does, all are. A topic that is
    what the ``whole_story`` is about keeps them all, those that match it first.
    """
    quotes = _body_first(kb.quotes_by_speaker.get(person.name, ()))
    reported = [s.sentence for s in kb.statements_by_speaker.get(person.name, ())]
    on_topic = True
    if topic:
        relevant, in_their_words = _on_topic(kb, topic, quotes, reported)
        on_topic = bool(relevant)
        if whole_story:
            quotes, reported = _closest_first(quotes, relevant), _closest_first(reported, relevant)
        elif in_their_words:
            # A statement and a quote in one paragraph are one answer: "Achterberg also questioned the decision
            # to exclude cities with fewer than 250,000 residents. “Small towns … get very hot too.”"
            said_beside = {s.paragraph for s in reported if s in relevant}
            beside = [q for q in quotes if q in relevant or q.sentence.paragraph in said_beside]
            quotes = _closest_first(beside, relevant)
            quoted_beside = {q.sentence.paragraph for q in quotes if q in relevant}
            reported = [s for s in reported if s in relevant or s.paragraph in quoted_beside]
        elif relevant:  # the topic is only in a quote's paragraph: that quote first, then the rest
            quotes = _closest_first(quotes, relevant)
        else:  # nothing speaks to it: all they said, what comes nearest first
            quotes, reported = _nearest_first(kb, topic, quotes), _nearest_first(kb, topic, reported)
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


def _closest_first(said: Sequence[_SaidItem], relevant: list[_Said]) -> list[_SaidItem]:
    """What someone said, what speaks to the topic most closely first (``relevant`` is best first), the rest after
    in article order; a headline's echo of a quote after its body."""
    rank: dict[_Said, int] = {}
    for i, item in enumerate(relevant):
        rank.setdefault(item, i)

    def order(item: _SaidItem) -> tuple[bool, int]:
        return isinstance(item, Quote) and item.rule == "repeated", rank.get(item, len(rank))

    return sorted(said, key=order)


def _nearest_first(kb: KnowledgeBase, topic: str, said: Sequence[_SaidItem]) -> list[_SaidItem]:
    """What someone said, what shares most of a topic's words first, the rest in article order."""
    indexes = [_index_of(item) for item in said]
    scores = {h.index: h.score for h in kb.retriever.search(tokenize(topic), top_k=len(indexes), among=indexes)}
    return sorted(said, key=lambda item: -scores.get(_index_of(item), 0.0))


def _index_of(item: _Said) -> int:
    """The index of a quote's or a reported statement's sentence."""
    return item.sentence.index if isinstance(item, Quote) else item.index


def _on_topic(kb: KnowledgeBase, topic: str, quotes: list[Quote], reported: list[Sentence]) -> tuple[list[_Said], bool]:
    """The quotes and reported statements that speak to a topic, and whether in their own words.

    A quote's words count first (every sentence of a multi-sentence quote); failing that, its
    paragraph's ("Asked about fish, she smiled. “That is a question for September,” she said.").
    """
    terms = tokenize(topic)
    entities = question_entities(topic)  # "on stage in December": a statement from October is no match
    own: dict[int, _Said] = {i: q for q in quotes for i in _sentence_indexes(kb, q)}
    own.update((s.index, s) for s in reported)
    relevant = _matching(kb, terms, entities, own) or _whole_quotes_matching(kb, terms, entities, quotes)
    if relevant:
        return _carried_on(relevant, quotes), True
    paragraphs: dict[int, _Said] = {}
    for item in quotes:
        for sentence in kb.article.paragraphs[item.sentence.paragraph].sentences:
            paragraphs.setdefault(sentence.index, item)
    return _matching(kb, terms, entities, paragraphs), False


# A quote that opens on a turn of the thought before it: "“But at the same time, the negative factors …”"
_CARRYING_ON = re.compile(r"(?:But|And|Yet|However|Still|At the same time)\b")


def _carried_on(relevant: list[_Said], quotes: list[Quote]) -> list[_Said]:
    """The quotes on a topic and, after each, the speaker's quote in the next paragraph that carries its
    thought on ("“Overall, the China-US relationship is beginning to stabilise” … “But at the same time,
    the negative factors in the relationship are still increasing”")."""
    paragraphs = {q.sentence.paragraph for q in relevant if isinstance(q, Quote)}
    following = [q for q in quotes if q.sentence.paragraph - 1 in paragraphs and _CARRYING_ON.match(q.text)]
    if not following:
        return relevant
    return sorted(
        dict.fromkeys([*relevant, *following]), key=lambda q: q.sentence.index if isinstance(q, Quote) else q.index
    )


def _sentence_indexes(kb: KnowledgeBase, quote: Quote) -> list[int]:
    """The body sentences a quote's (possibly merged) sentence spans."""
    paragraph = kb.article.paragraphs[quote.sentence.paragraph]
    return [s.index for s in paragraph.sentences if quote.covers(s)] or [quote.sentence.index]


def _matching(kb: KnowledgeBase, terms: list[str], entities: Sequence[str], items: dict[int, _Said]) -> list[_Said]:
    """The items whose sentences hold enough of the terms and every entity, the closest match first, once each."""
    if not items:
        return []
    hits = kb.retriever.search(terms, top_k=len(items), among=items)
    relevant = [h.index for h in hits if h.coverage >= kb.evidence_bar and holds(_in_context(kb, h.index), entities)]
    return list(dict.fromkeys(items[i] for i in relevant))


def _whole_quotes_matching(
    kb: KnowledgeBase, terms: list[str], entities: Sequence[str], quotes: list[Quote]
) -> list[_Said]:
    """The quotes of several sentences that hold enough of the terms only taken whole ("Nobody enjoys raising a
    tariff. But the alternative is a network that loses more water …" on "the alternative to a higher tariff")."""
    found: list[_Said] = []
    for quote in quotes:
        indexes = _sentence_indexes(kb, quote)
        if len(indexes) < 2:
            continue
        held = {t for i in indexes for t in kb.retriever.terms(i)}
        if kb.retriever.coverage(terms, held) >= kb.evidence_bar and holds(held, entities):
            found.append(quote)
    return found


def _in_context(kb: KnowledgeBase, index: int) -> set[str]:
    """The terms of a sentence, its paragraph and the paragraph before: what someone says of "the motion" is on
    "the APNU motion" the paragraph before names."""
    paragraph = kb.article.sentences[index].paragraph
    around = (s.index for p in kb.article.paragraphs[max(0, paragraph - 1) : paragraph + 1] for s in p.sentences)
    return {t for i in around for t in kb.retriever.terms(i)}


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
        return answer_fact(kb, query)
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
    before, after = text[:at].rstrip("“‘\"' "), text[at + len(quote.text) :].lstrip("”’\"' ,")
    phrases = leading_subject(before) + trailing_subject(after)
    description = next((p.text for p in phrases if p.text.lower().startswith("the ")), "")
    fitting = kb.cast.describe(description) if description else []
    if len(fitting) <= 2:
        return description, fitting  # no one, one, or the two to ask between
    # "Prewitt and Haverkamp emerged together …. “…,” the senator said": one of the two just named
    paragraph = kb.article.paragraphs[quote.sentence.paragraph]
    named = {
        n
        for s in paragraph.sentences
        if s.index <= quote.sentence.index
        for n in kb.attribution.sentence_people.get(s.index, ())
    }
    nearby = [p for p in fitting if p.name in named]
    return description, nearby if len(nearby) >= 2 else fitting


def _find_quote(kb: KnowledgeBase, query: Query) -> Quote | None:
    """The quote a 'who said' question points at: by exact words, else by search."""
    fragment = query.quoted_fragment
    if fragment and (holding := _quote_holding(kb, plain_words(fragment))) is not None:
        return holding
    terms = tokenize(query.topic or query.text)
    hits = _most_held(kb.retriever.search(terms, top_k=_QUOTES_TRIED, among=kb.quotes_at))
    if not hits or hits[0].coverage < kb.evidence_bar:
        # in the article's words: "where they disagree" finds "the areas where we have differences"; of quotes
        # holding as much in them, the one that held most in the reader's words
        first = hits[0].index if hits else None
        terms = in_article_words(terms, kb.retriever.vocabulary)
        hits = sorted(
            kb.retriever.search(terms, top_k=_QUOTES_TRIED, among=kb.quotes_at),
            key=lambda h: (-h.coverage, h.index != first),
        )
    if not hits or hits[0].coverage < kb.evidence_bar - _QUOTE_DISCOUNT:
        return None
    # A sentence may quote two people ("…,” said Ferreira, while Kostadinov said “…”): the one whose
    # clause holds more of the question's words is meant.
    asked = set(terms)
    quote = max(kb.quotes_at[hits[0].index], key=lambda q: len(asked & set(tokenize((q.clause or q.sentence).text))))
    # "Who demanded that the threshold be raised to Rs1.5 million?" is no one's words when they name another sum
    numbers = set(tokenize(" ".join(re.findall(r"\S*\d\S*", query.topic or ""))))  # typed in digits
    if not numbers <= set(tokenize(f"{(quote.clause or quote.sentence).text} {quote.text}")):
        return None
    if swapped_opposite(query.topic or query.text, quote.text):
        return None  # "Who said the negative factors are decreasing?" of "… are still increasing"
    if quote.rule == "repeated":  # a subheading's words: the body quote it repeats is the one to cite
        return _quote_holding(kb, plain_words(quote.text)) or quote
    return quote


_QUOTE_DISCOUNT = 0.15  # a who-said question is matched among quotes only: its bar is lower

_QUOTES_TRIED = 3  # quote sentences BM25 ranks first, of which the one holding most of the question's words


def _most_held(hits: list[Hit]) -> list[Hit]:
    """The hits, the one that holds the most of the question's words first (a tie kept in BM25's order)."""
    return sorted(hits, key=lambda h: -h.coverage)


def _quote_holding(kb: KnowledgeBase, words: str) -> Quote | None:
    """The first quote holding some plain words, the body's before a subheading's."""
    return next((q for q in _body_first(kb.quotes) if words in plain_words(q.text)), None)


def _body_first(quotes: Iterable[Quote]) -> list[Quote]:
    """Quotes with those of subheadings that repeat the body's words last (they add nothing of their own)."""
    return sorted(quotes, key=lambda q: q.rule == "repeated")


# A relative clause after a description asked about: "… who spoke to Blinken", "… that met the union".
_RELATIVE_CLAUSE = re.compile(r"\s+(?:who|that|which|whom)\s+\S.*$", re.IGNORECASE)
# "who works night shifts as a cleaner", "a plumber by trade": a sentence that gives someone's trade
_WORKS_AS = re.compile(r"\b(?:works?|worked|working|employed)\b(?:\s+[\w-]+){0,3}\s+as\s+an?\b|\bby\s+trade\b", re.I)


def _who_is(kb: KnowledgeBase, query: Query) -> Answer:
    """Who a person is: the role the article gives them, in the sentence that says it."""
    who = query.who or ""
    people = _people_asked_about(kb, who)
    if not people and (bare := _RELATIVE_CLAUSE.sub("", who)) != who:
        people = _people_asked_about(kb, bare)  # "China's foreign minister who spoke to Blinken": the minister
    if not people and _wrote_it(kb, who):
        return _byline(kb, query)  # "who is Abhijeet Kumar?": the reporter, named only in the byline
    if not people:
        return _unknown_person(kb, query, who)
    if len(people) > 1:
        return _ambiguous(kb, query, who, people)
    person = people[0]
    mentions = _mentions_of(kb, person)
    if query.topic == PARTY:
        return _named_beside(kb, query, person, mentions, names_party, f"which party {person.name} belongs to")
    if query.topic == SEAT:
        return _named_beside(kb, query, person, mentions, names_seat, f"which seat {person.name} represents")
    if query.topic and query.topic.startswith(EMPLOYER):  # "which union does Sophie Lambert belong to?"
        kind = query.topic.removeprefix(EMPLOYER)
        unsaid = f"which {kind} {person.name} is with"
        return _named_beside(kb, query, person, mentions, lambda text, names: names_kind(text, names, kind), unsaid)
    descriptions = person.descriptions or ((person.role,) if person.role else ())
    if query.topic == FORMER_ROLE:  # "what was her previous job?": a former role first
        descriptions = tuple(sorted(descriptions, key=lambda d: not d.startswith("former ")))
    if query.topic == OCCUPATION:  # "what does she do for a living?": a trade, not an office ("president of …")
        descriptions = tuple(d for d in descriptions if " of " not in d)
    # a role read from two places ("former naval officer and head of the secretariat") is stated by its first
    stating = (c for d in descriptions for c in mentions if d.split(" and ")[0] in c.text)
    working = (c for c in mentions if _WORKS_AS.search(c.text)) if query.topic == OCCUPATION else iter(())
    # the line the role was read from, when the article words it otherwise ("Her mother, Cheryl Yon")
    titling = (c for c in mentions if c.line == person.role_line)
    cited = (next(stating, None) or next(working, None) or next(titling, None) or mentions[0],) if mentions else ()
    heading = f"{person.label}:"
    return Answer(query.text, Intent.WHO_IS, False, None, (Section(heading, cited),))


def _named_beside(
    kb: KnowledgeBase,
    query: Query,
    person: Person,
    mentions: Sequence[Citation],
    names_it: Callable[[str, Iterable[str]], bool],
    unsaid: str,
) -> Answer:
    """A person's party or seat: the first sentence naming one beside them, else that the article doesn't say."""
    naming = next((c for c in mentions if names_it(c.text, person.aliases)), None)
    if naming is None:
        return abstain(kb, query, f"The article doesn't say {unsaid}.")
    return Answer(query.text, Intent.WHO_IS, False, None, (Section(f"{person.label}:", (naming,)),))


def _people(kb: KnowledgeBase, query: Query) -> Answer:
    """The people the article names by name (or those it quotes), each where it first quotes or names them."""
    quoted_only = query.topic == QUOTED_ONLY
    people = [p for p in kb.cast.people if p.named and (p.quoted or not quoted_only)]
    if not people:
        return abstain(kb, query, f"The article {'quotes' if quoted_only else 'names'} no one by name.")
    sections = []
    for person in people:
        quotes = _body_first(kb.quotes_by_speaker.get(person.name, ()))
        cited = (kb.cite_quote(quotes[0]),) if quotes else _mentions_of(kb, person)[:1]
        sections.append(Section(f"{person.label}:", cited))
    return Answer(query.text, Intent.PEOPLE, False, None, tuple(sections))


def _wrote_it(kb: KnowledgeBase, who: str) -> bool:
    """Whether a name is the byline's author's ('Kumar', 'Abhijeet Kumar')."""
    byline = kb.article.byline
    words = set(who.lower().split())
    return byline is not None and bool(words) and words <= set(byline.author.lower().split())


def _byline(kb: KnowledgeBase, query: Query) -> Answer:
    """Who wrote the article, from its byline."""
    byline = kb.article.byline
    if byline is None:
        return abstain(kb, query, "The article doesn't name its author.", Intent.BYLINE)
    source = byline.source
    cited = kb.cite_page_line(source)
    return Answer(query.text, Intent.BYLINE, False, None, (Section("The byline reads:", (cited,)),))


def _dateline(kb: KnowledgeBase, query: Query) -> Answer:
    """Where the story was filed from: a wire story's opening ("PHOENIX (AP) — …"), or the byline's place."""
    opening = kb.article.sentences[0]
    if DATELINE.match(opening.text):
        return Answer(query.text, Intent.DATELINE, False, None, (Section("The story opens:", (kb.cite(opening),)),))
    byline = kb.article.byline
    if byline is not None and byline.dateline:
        cited = kb.cite_page_line(byline.source)
        return Answer(query.text, Intent.DATELINE, False, None, (Section("The byline reads:", (cited,)),))
    return abstain(kb, query, "The article doesn't say where it was filed from.", Intent.DATELINE)


def _outlet(kb: KnowledgeBase, query: Query) -> Answer:
    """Which outlet published the page, as its own furniture names it ("Subscribe to …", "© …")."""
    outlet = kb.article.outlet
    if outlet is None:
        return abstain(kb, query, "The page doesn't name its publisher.", Intent.OUTLET)
    cited = kb.cite_page_line(outlet)
    return Answer(query.text, Intent.OUTLET, False, None, (Section("The page is published by:", (cited,)),))


_PHOTO_TERMS = frozenset(tokenize("photo photos photograph photographs picture pictures pic pics image images"))


def _photo_credit(kb: KnowledgeBase, query: Query) -> Answer:
    """Who took the photos, from their credits; of one photo, the credit under the caption that shows what the
    question names ("who took the photo of the ships at anchor?")."""
    credits = kb.article.credits
    if not credits:
        return answer_fact(kb, query)  # no credit on the page: a photograph the story is about, maybe
    shown = set(tokenize(query.topic or "")) - _PHOTO_TERMS  # "the photographer of the picture of the march"
    if shown:  # the captions that show most of it ("a resident … digs out his car": the man digging out his car)
        held = {c: len(shown & set(tokenize(c.caption))) for c in credits}
        most = max(held.values())
        credits = tuple(c for c in credits if held[c] == most and 2 * most > len(shown))
    if not credits:
        return abstain(kb, query, "The page credits no photo of that.", Intent.CREDIT)
    cited = tuple(kb.cite_page_line(c.line) for c in credits)
    return Answer(query.text, Intent.CREDIT, False, None, (Section("The photo credit reads:", cited),))


def _editor(kb: KnowledgeBase, query: Query) -> Answer:
    """Who edited the page, from its "Editor:" line; an editor the story names otherwise."""
    editor = kb.article.editor
    if editor is None:
        return answer_fact(kb, query)
    cited = kb.cite_page_line(editor)
    return Answer(query.text, Intent.EDITOR, False, None, (Section("The page reads:", (cited,)),))


_UPDATED = re.compile(r"\b(?:updated|update|changed|edited|revised)\b", re.IGNORECASE)


def _dates(kb: KnowledgeBase, query: Query) -> Answer:
    """When the article was published and last updated, as the page gives it."""
    dates = [("Published:", kb.article.published), ("Last updated:", kb.article.updated)]
    if _UPDATED.search(query.text):
        dates.reverse()  # "when was it last updated?": that date first
    sections = tuple(Section(label, (kb.cite_page_line(item),)) for label, item in dates if item is not None)
    if not sections:
        return abstain(kb, query, "The article doesn't give its publication date.", Intent.DATES)
    return Answer(query.text, Intent.DATES, False, None, sections)


def _summary(kb: KnowledgeBase, query: Query) -> Answer:
    """What the article is about, in its own words: headline, standfirst and opening sentence."""
    article = kb.article
    if query.topic == STANDFIRST_ONLY and article.standfirst is not None:  # "what does the subheading say?"
        standfirst = article.standfirst
        section = Section(
            "The line under the headline reads:",
            (kb.cite_page_line(standfirst),),
        )
        return Answer(query.text, Intent.SUMMARY, False, None, (section,))
    lines = [item for item in (article.headline, article.standfirst) if item is not None]
    citations = [kb.cite_page_line(item) for item in lines]
    citations.append(kb.cite(article.sentences[0]))
    section = Section("The article in its own words:", tuple(citations))
    return Answer(query.text, Intent.SUMMARY, False, None, (section,))

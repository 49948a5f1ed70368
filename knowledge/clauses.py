"""Read the attribution clause around a quote: the phrase naming who spoke, and any source.

Every reader takes plain text (the words before or after a quote, or one sentence)
and returns the subject of its speech verb as written ("Novak", "the former
minister", "she", "a spokeswoman for the coalition") with its offset in that text,
or None. Turning a phrase into a person is ``discourse.Resolver``'s job.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from knowledge.lexicon import (
    CALENDAR_WORDS,
    HONORIFICS,
    NAME_PARTICLES,
    NOT_NAMES,
    ORGANISATION_WORDS,
    OUTLET_WORDS,
    QUOTE_VERBS,
    REPORTING_VERBS,
    TITLE_ABBREVIATIONS,
    is_person_noun,
    is_region_abbreviation,
    is_role_word,
    role_classes,
)
from knowledge.sentences import DATELINE, split_sentences
from knowledge.tokenize import IRREGULAR_PAST

if TYPE_CHECKING:
    from knowledge.people import Cast

_ADVERB_WORDS = r"(?:also|has|had|have|later|then|once|again|previously|recently|simply|just|would|will|since)"
_ADVERB = rf"(?:{_ADVERB_WORDS}\s+)*"
_PHRASE = r"[^.,;:!?“”\"—–()]"
_WORD = re.compile(r"[\w’'-]+")
# Verbs that report speech only with a clause after them: the court "held that", the report "found that".
_VERBS_BEFORE_THAT = frozenset({"held", "found", "ruled", "concluded", "argued"})
# "As she put it", "put the cost at “…”", not "would put “the welfare of the dog” first".
_VERBS_BEFORE_IT = frozenset({"put", "puts"})
# "Sievering shot back:", "the judge cut in,": verbs of speech only with their particle.
_PHRASAL_VERBS = frozenset({"shot back", "fired back", "hit back", "snapped back", "cut in", "chimed in", "weighed in"})
# Up to four auxiliaries and adverbs right before a speech verb belong to it: "has also said".
_ADVERBS_BEFORE = re.compile(rf"(?<![\w’'-])(?:{_ADVERB_WORDS}\s+){{1,4}}$", re.IGNORECASE)
_ADVERBS_REACH = 60  # characters: four of the longest adverbs and the spaces between them
_QUOTE_MARKS = re.compile(r"[“”\"]")
_INFINITIVE_TAIL = re.compile(r"\s+[a-z]+(?:\s+(?:on|up|back|in))?\s+to$")  # "rang to", "went on to"
_CONTRASTED = re.compile(r"\s*(?:while|whereas)\s+\S")  # a clause of its own: "…, while Tkachuk said"
_COORDINATED = re.compile(r",\s+(?:and|but)\s+$")  # ", and said": a second predicate of the same subject
_TO_DO = re.compile(r"\s+to\s+[a-z]")  # "agreed to open": the verb's object is a deed, not the quote
_THAT_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}?\s+that\b")  # "said (later) that": what follows is reported speech
_TOLD_THAT = re.compile(r"(?:\s+[\w’'-]+){0,5}?\s+that\b")  # "told Ålands Radio on Tuesday that"
_NEAR_QUOTE = 4  # words between a verb and the quote: more, and the quote is not the verb's object
_JOINED = re.compile(r"\s(?:and|but)\s+$")  # "vowed to hold it up … and called": the verb before has the subject
_SEGMENT_BREAK = re.compile(r"[,;—–()]|\s-\s")
# A capitalised participle opening a sentence ("Thanking Dr X, Lady Y told her"): what follows is its object.
OPENING_PARTICIPLE = r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-z]{3,}ing"
# Segments that are never the subject: time and manner asides, ages, participial openers.
_ASIDE = re.compile(
    r"^(?:now|then|once|still|also|himself|herself|themselves|itself|aged?|\d[\d.,%]*|[a-z]+ing|[a-z]+ed|"
    r"Asked|Speaking|Pressed|Responding|Addressing|Writing|Reacting|Commenting|Interviewed|Told|Later|Earlier|"
    r"[RDI]-(?=[A-ZÀ-ÖØ-ÞĀ-Ž])|"  # a US lawmaker's party and state: "Sen. Wyatt Brandvold, R-Utah, wrote"
    rf"{OPENING_PARTICIPLE}\s+(?=[a-z]|(?:Dr|Mr|Mrs|Ms|Miss|Prof|the|his|her|their)\b))"  # "Thanking Dr X, she told"
)
_DESCRIBED_PERSON = re.compile(r"^[a-z]+ed\s+([a-z]+)\s+[A-ZÀ-ÖØ-ÞĀ-Ž]")


def _is_aside(segment: str) -> bool:
    """Whether a segment is an aside ('74', 'now retired', 'asked about it'), not 'retired teacher Marlene …'."""
    if not _ASIDE.match(segment):
        return False
    described = _DESCRIBED_PERSON.match(segment)
    return not (described and is_person_noun(described.group(1)))


# A relative or participial clause: it and every segment after it, up to the verb, are an aside.
_RELATIVE = re.compile(r"^(?:who|which|whose|whom|where|noting|adding|speaking|having|being)\b")
# "which Smith had earlier described as": the relative pronoun is the verb's object, the name its subject.
_NAMED_SUBJECT = (
    r"((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*|he|she)"
    r"(?:\s+(?:had|has|have|once|later|earlier|also|then))*$"
)
_OBJECT_RELATIVE = re.compile(
    rf"^(?:which|whom)\s+(?:{_NAMED_SUBJECT}"
    # "…, Migwa and Lwanda, which the governor said would …": a description the subject, not the place
    r"|((?:the|his|her|its|their)\s+(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*)(?:\s+(?:had|has|have|once|later|also))*$)"
)
_CONTACT_CLAUSE = re.compile(rf"\b(?:a|an|the)\s+[a-z][\w’'-]*\s+{_NAMED_SUBJECT}")
_DESCRIPTION = re.compile(r"^(?:the|a|an|one|its|his|her|their|[a-z][\w’'-]*)\b")
# Words that open a subordinate clause: the subject of a verb stands after the last of them.
_SUBORDINATOR = re.compile(
    r"\b(?:that|if|what|which|whom|when|as|while|because|after|before|though|although|and|but|so|until|once|"
    r"since|unless|whereas)\s+"
)
_NAME_BEFORE_VERB = re.compile(
    r"(?:^|[.!?]\s+|[”\"],?\s+)[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*){0,3}\s+$"
)
_NOT_A_SUBJECT = frozenset(
    "that it this which what there to in on at for from with by of into over after before during according".split()
)
_TITLE_SPEAKER = re.compile(r"^([A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*){0,3}):\s")
_WITH = re.compile(r"^with\s+", re.IGNORECASE)
_PERSONAL_PRONOUNS = frozenset("he she they we i".split())
_PRONOUN_FIRST = re.compile(r"^([Hh]e|[Ss]he)\s")  # not "HE Dr Noura Al Shamsi" (Her Excellency)
_TAIL_NAME = re.compile(
    r"\b(?:says|said|reports|reported|told)\s+((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*)$"
)
_CONJUNCTION_FIRST = re.compile(
    r"^(?:while|and|but|or|nor|as|when|after|before|whereas|though|although|with|if|unless|until|because|once|whether)\b",
    re.I,
)
_FINITE_QUOTE_VERBS = sorted((v for v in QUOTE_VERBS if not v.endswith("ing")), key=len, reverse=True)
_VERB_THEN_SUBJECT = re.compile(
    # "…,” said Novak"; never a participle ("…”, describing the pollution as": no subject follows it)
    rf"^[\s,—–-]*{_ADVERB}(?:{'|'.join(_FINITE_QUOTE_VERBS)})\s+"
    rf"(?P<subject>(?:[A-ZÀ-ÖØ-Þ]\.\s?)*{_PHRASE}{{1,80}}?)\s*(?:[.,;:!?—–(]|$)"  # "said K. Selvi, 52, …"
)
_AS_SAYING = re.compile(
    rf"(?:(?P<subject>{_PHRASE}{{1,80}}?)\s+(?:was|were|is|has\s+been|had\s+been)\s+quoted\s+"
    rf"(?:by\s+{_PHRASE}{{1,60}}?\s+)?as\s+(?:saying|telling)"
    rf"|\b(?:quoted|quotes|quoting|reported|reports|reporting|cited|cites|citing)\s+"
    rf"(?P<object>{_PHRASE}{{1,80}}?)\s+as\s+(?:saying|telling))"
    r"\b[^“”\"]*$"
)
_INDEFINITE_PERSON = re.compile(r"(?:a|an|one)\s", re.IGNORECASE)
_ACCORDING_TO = re.compile(rf"\baccording\s+to\s+(?P<subject>{_PHRASE}{{1,60}}?)\s*(?:[.,;:!?—]|$)")
# A long opening phrase, then a name and its verb: "On the picket line …, where …, straddle-carrier driver Oneil
# Featherstone, 34, said he had three children".
_NAME_AFTER_OPENING = re.compile(
    r",\s+(?:[a-z][\w’'-]*\s+){0,3}(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+\s+){1,3}?[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+(?:,\s+\d{1,3})?,?\s+$"
)
_REPORTED_WITHIN_WORDS = 14  # a reporting verb further into the sentence belongs to a subordinate clause
_CLOSING_VERB = re.compile(r"^\s*(?:\w+\s+){0,4}?[.!?]?\s*$")  # "…, a spokeswoman said (on Tuesday)."
# "Mr. Starmer said": the full stop of a title is not the end of a clause.
# Dutch and Caribbean papers write degrees before a name in lower case: "said drs. Anouk Janga", "MP mr. Shirley Doran"
_TITLES = [title.capitalize() for title in TITLE_ABBREVIATIONS] + ["drs", "ir", "mr", "dr"]
# The dot first, then a look back at the word before it (one look-behind per title length): the
# regex engine jumps from dot to dot instead of trying every title at every position.
_TITLE_DOT = re.compile(
    r"\.(?:"
    + "|".join(
        rf"(?<=\b(?:{'|'.join(t for t in _TITLES if len(t) == size)})\.)" for size in sorted({len(t) for t in _TITLES})
    )
    + ")"
)
_MAX_SUBJECT_WORDS = 10
_TITLE_JOINS = frozenset(("of", "the", "for"))
# One of these words stands in every match of _SOURCE_PATTERNS.
_SOURCE_CUE = re.compile(
    r"according|told|telling|quoted|reported|cited|interview|podcast|broadcast|post|video|message|tweet|statement"
)
_SOURCE_PATTERNS = (
    re.compile(rf"\baccording\s+to\s+(?P<source>{_PHRASE}{{1,60}}?)\s*(?:[.,;:!?—]|$)"),
    re.compile(
        rf"\b(?:told|telling)\s+(?P<source>(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž]{_PHRASE}{{0,40}}?)\s*(?:[.,;:!?—]|\bin\b|\bon\b|$)"
    ),
    # "was quoted by the Port Hallam Ledger as saying …": the outlet ends before "as saying"
    re.compile(
        rf"\b(?:quoted|reported|cited)\s+by\s+(?P<source>{_PHRASE}{{1,60}}?)\s*(?:[.,;:!?—]|\s+as\s+saying\b|$)"
    ),
    re.compile(
        rf"(?:^|[,;]\s*)(?P<source>(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž]{_PHRASE}{{0,40}}?)\s+(?:later\s+)?(?:reported|quoted|cited)\b"
    ),
    re.compile(
        r"\bin\s+an?\s+(?:interview|podcast|broadcast)\s+with\s+(?P<source>(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w&'’.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w&'’.-]*)*)"
    ),
    re.compile(
        r"\bin\s+a\s+(?:post|video|message|tweet|statement)\s+(?:posted\s+)?on\s+"
        r"(?P<source>social\s+media|(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w&'’.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w&'’.-]*)*)"
    ),
)


@dataclass(frozen=True, slots=True)
class Phrase:
    """A subject phrase as written, and where it starts in the text it was read from."""

    text: str
    start: int


@dataclass(frozen=True, slots=True)
class Verb:
    """A speech verb in a text: where it starts (its adverbs included, 'has also said') and ends."""

    start: int
    end: int


@lru_cache(maxsize=16384)
def find_verbs(text: str, verbs: frozenset[str] = QUOTE_VERBS) -> tuple[Verb, ...]:
    """Every speech verb of ``verbs`` in the text, in order, with the adverbs before it ('has also said')."""
    words = _WORD.findall(text)
    present = verbs.intersection(words)
    before_that = _VERBS_BEFORE_THAT.intersection(words)
    before_it = _VERBS_BEFORE_IT.intersection(words) if verbs is QUOTE_VERBS else frozenset()
    if verbs is QUOTE_VERBS:
        present |= {p for p in _PHRASAL_VERBS if p in text and set(p.split()) <= set(words)}
    if not present and not before_that and not before_it:
        return ()
    found: list[Verb] = []
    for word in _words_pattern(frozenset(present), frozenset(before_that), frozenset(before_it)).finditer(text):
        adverbs = _ADVERBS_BEFORE.search(text, max(0, word.start() - _ADVERBS_REACH), word.start())
        found.append(Verb(adverbs.start() if adverbs else word.start(), word.end()))
    return tuple(found)


# Verbs of going on that speak only beside the quote or a stop ("She went on: “…”", "“…,” he continued."), not
# "if the cuts went through".
_ONLY_BEFORE_QUOTE = frozenset("went goes began begins continued continues".split())
_BEFORE_QUOTE = r"(?=\s*(?:on\b|[.,:;!?“\"‘–—-]|$))"


@lru_cache(maxsize=1024)
def _words_pattern(words: frozenset[str], before_that: frozenset[str], before_it: frozenset[str]) -> re.Pattern[str]:
    """A pattern for whole words of ``words``, of ``before_that`` when ' that' follows, and of ``before_it``
    when 'it' or a few words and 'at' or 'as' follow."""
    alternatives = [re.escape(w) + (_BEFORE_QUOTE if w in _ONLY_BEFORE_QUOTE else "") for w in sorted(words)]
    alternatives += [rf"{re.escape(w)}(?= that)" for w in sorted(before_that)]
    alternatives += [rf"{re.escape(w)}(?= it\b| (?:[\w’'-]+ ){{1,7}}(?:at|as)\b)" for w in sorted(before_it)]
    return re.compile(rf"(?<![\w’'-])(?:{'|'.join(alternatives)})(?![\w’'-])")


# "Dr. (Mrs.) Folasade Ighodalo-Wey": a second title in brackets.
_BRACKETED_TITLE = re.compile(rf"\((?:{'|'.join(_TITLES)})\.?\)")


def without_title_dots(text: str) -> str:
    """The text with the dots of titles, and the brackets round a title, turned into spaces (same length,
    same offsets)."""
    if "(" in text:
        text = _BRACKETED_TITLE.sub(lambda m: f" {m.group()[1:-1]} ", text)
    return _TITLE_DOT.sub(" ", text)


# A name set beside a description: "…, Faridah binti Omar, 49", "…, Marijke ter Braak."
_APPOSED_NAME = re.compile(
    rf",\s+([A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*(?:\s+(?:(?:{'|'.join(NAME_PARTICLES)})\s+)*"
    r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*){0,4})\s*(?:[,.;:!?]|$)"
)


# A translation in brackets right after a quote ("“…” (Nobody tells us anything), said …", "“…” [“Vi er …”],
# Solheim said"), or the bracket closing round a quote that is one
_GLOSS_FIRST = re.compile(r"^\s*(?:\([^()]{1,120}\)|\[[^\[\]]{1,160}\]|[\])])")


# A verb of saying followed by a clause of its own: what it reports is not the quote before it.
_CLAUSE_OF_ITS_OWN = re.compile(
    r"(?:said|says|added|adds|insisted|argued|noted|explained|warned|stressed)\s+"
    # not "it" ("Ms Rumi said it to a packed side event") nor "that" ("“…,” Levy said that evening")
    r"(?:his|her|their|its|he|she|they|we)\s"
)


_ANONYMITY = re.compile(
    r",?\s+who\s+(?:asked|declined|requested|did\s+not\s+want|spoke\s+on\s+condition)\b.*$", re.IGNORECASE
)


def trailing_subject(after: str) -> list[Phrase]:
    """The speaker of the clause right after a quote ('…,” Novak said', 'said Novak', 'she told')."""
    after = _blanked(_GLOSS_FIRST, after)  # "“Nobody tell we nutten” (Nobody tells us anything), said …"
    if after.lstrip()[:1] in (";", ":", ".", "!", "?"):
        return []  # "“…”; Mr Haugland called …": the clause after the quote is another one
    match = _VERB_THEN_SUBJECT.match(after)
    if match:
        subject = Phrase(match.group("subject").strip(), match.start("subject"))
        named = _apposed_name(after, subject, match.end("subject"))  # "asked his neighbour, Faridah binti Omar, 49"
        return _short([named, subject] if named else [subject])
    verbs = find_verbs(after)
    if not verbs:
        return []
    verb = verbs[0]
    if _CLAUSE_OF_ITS_OWN.match(after, verb.start):
        return []  # "… had “followed the plan to the letter,” Levy said his crews could not …": Levy's own report
    segments = _segments(_blanked_acronyms_before_titles(after[: verb.start]))
    if not segments or _CONJUNCTION_FIRST.match(segments[0].text):
        return []  # "…,” while Smulders said": a new clause, not this quote's attribution
    if len(segments) > 1 and _CONJUNCTION_FIRST.fullmatch(segments[-1].text):
        return []  # "said the agency was “ready to discuss” a scheme, but stressed …": the first verb's subject
    first = segments[0]
    if first.text.split()[0].lower() in _NOT_A_SUBJECT or _is_aside(first.text):
        return []  # "…” in 2023, though he added", "…” to say", "…”, then, slightly embarrassed, asked"
    # "…,” the General Secretary of the CFSAG, Nana Adwoa Pokuaa Darkwah, told the crowd: she, then the description
    named = _apposed_name(after, first, first.start + len(first.text))
    if named and len(segments) == 2 and segments[1].text == named.text:
        return _short([named, first])
    return _short([first])


def _apposed_name(text: str, description: Phrase, end: int) -> Phrase | None:
    """The name set off right after a description (not after a name) that ends at ``end``: her, before it."""
    named = _APPOSED_NAME.match(text, end) if not description.text[:1].isupper() else None
    return Phrase(named.group(1), named.start(1)) if named else None


# Someone another's words led to speak: "…, prompting Lo to call out: ", "which drew the minister to retort".
_PROMPTED_TO_SAY = re.compile(
    r"\b(?:prompting|prompted|leading|led|forcing|forced|causing|provoking|provoked|drawing|drew)\s+"
    r"(?P<who>(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*|the\s+[a-z][\w’'-]*)\s+to\s+"
    r"(?:call\s+out|say|reply|retort|quip|respond|shout|interject|remark|declare|joke|snap|fire\s+back)\b"
    r"[^“”\".!?]{0,80}$"
)

# The one a relative clause makes the speaker: "El Azhari told the minister, who replied from the bench, “…”".
_REPLIED_WHO = re.compile(
    r"(?:^|\s)(?P<who>(?:the|a|an)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2}"
    r"|(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*),\s+who\s+"
    r"(?:then\s+|later\s+|quickly\s+)?(?:replied|responded|retorted|answered|countered|shot\s+back|interjected)\b"
    r"[^“”\".!?,]{0,60},?\s*$"
)


def leading_subject(before: str) -> list[Phrase]:
    """The speaker of the clause right before a quote ('Novak told the crowd: “…', 'As she put it,')."""
    prompted = _PROMPTED_TO_SAY.search(before) or _REPLIED_WHO.search(before)
    if prompted:  # "…, prompting Lo to call out: “…”", "… told the minister, who replied, “…”": Lo, the minister
        return [Phrase(prompted.group("who"), prompted.start("who"))]
    # The verb nearest the quote first: "NordVision says Salvesen told her cabinet … “…”".
    verbs = find_verbs(before)
    for k in range(len(verbs) - 1, -1, -1):
        verb = verbs[k]
        if _QUOTE_MARKS.search(before, verb.end):
            continue
        if _COORDINATED.search(before, 0, verb.start) or (k and _JOINED.search(before, 0, verb.start)):
            continue  # "X warned that …, and said …": the subject is the first verb's
        if _TO_DO.match(before, verb.end) and any(_THAT_AFTER.match(before, v.end) for v in verbs[:k]):
            continue  # "The minister said later that the agency had agreed to open a lane “…”": the minister's words
        if len(before[verb.end :].split()) > _NEAR_QUOTE and any(_TOLD_THAT.match(before, v.end) for v in verbs[:k]):
            continue  # "He told reporters that the company had asked for talks about its pay “…”": his words
        found = [_without_infinitive_tail(p) for p in subject_candidates(before, verb.start)]
        if (
            joined := _JOINED_NAME.search(before, 0, verb.start)
        ) is not None:  # "…, while Karim Benhaddou, a …, warned:"
            found.insert(0, Phrase(joined.group("who"), joined.start("who")))
        if _CLOSING_PARTICIPLE.match(before, verb.start) and (opening := _clause_opening_subject(before, verb, verbs)):
            found.insert(0, opening)  # "X held talks with Y on Sunday, saying …": X says it
        if found:
            return found
    colon = before.rstrip()
    if colon.endswith(":"):  # "Salvesen, Dunmoor’s chancellor, was more guarded: “…”"
        return _named_doers(subject_candidates(before, len(colon) - 1))
    title = _TITLE_SPEAKER.match(before)
    if title:  # a title's "Strand: Oloru is ‘fully committed’"
        return _short([Phrase(title.group(1), 0)])
    return []


# A second speaker joined to the first's clause, an appositive after their name: "… said Thierry Gastaldi, …, while
# Karim Benhaddou, a city councillor for the 16th arrondissement, warned: “…”"
_JOINED_NAME = re.compile(
    r"\b(?:while|whereas|but)\s+(?P<who>(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*)"
    r",\s+(?:an?|the)\s+[^,“”\"]{3,80},\s*$"
)
# A name and the verb after it, inside a clause: "while BMKG deputy for climatology Nurhayati offered little comfort".
_NAME_THEN_VERB = re.compile(
    r"(?<=\s)(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*\s+)*[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*(?=\s+(?:was|were|[a-z]+ed)\s)"
)


def _named_doers(phrases: list[Phrase]) -> list[Phrase]:
    """The subject phrases, each after the name inside it that a past-tense verb follows, where one does
    ("… Nurhayati offered little comfort": Nurhayati, then the whole phrase)."""
    found: list[Phrase] = []
    for phrase in phrases:
        doer = _NAME_THEN_VERB.search(phrase.text)
        if doer:
            found.append(Phrase(doer.group(), phrase.start + doer.start()))
        found.append(phrase)
    return found


_CLOSING_PARTICIPLE = re.compile(r"(?<=,\s)[a-z]+ing\b")
NOT_OPENING_NAMES = NOT_NAMES - {"he", "she"}  # words an opening subject may start on that name no one
# What a sentence opens on as its subject, before a lower-case verb: a name, "He" or "She", or a description of one
# ("The chief executive of Ravensmere Water has refused …"). Its first word may be no name ("The Alliance",
# "Her obituary"): see NOT_OPENING_NAMES.
OPENING_SUBJECT = re.compile(
    # a description of one: "The chief executive of Ravensmere Water has refused …, telling MPs …", "A spokesperson
    # for the Capital Administration denied …, saying …", "The spokesperson denied …"
    r"(?:(?:The|An?)\s+(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*(?:\s+(?:of|for)\s+(?:the\s+)?"
    r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*\s+)*[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*|(?=\s+[a-z]+ed\s))"
    r"|He|She|(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*\s+)*[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*)"
    r"(?=\s+[a-z])"
)


_AUXILIARIES = frozenset("has had have is was were will would also".split())  # "X has refused …, telling …"


def _clause_opening_subject(before: str, participle: Verb, verbs: tuple[Verb, ...]) -> Phrase | None:
    """The name (or he, she) a sentence opens on, the subject of a participle at its end when no speech
    verb but the name's own comes between ("…, Chief Executive Renata Solberg said on Tuesday, telling staff
    …": hers)."""
    sentences = split_sentences(before[: participle.start])
    dateline = DATELINE.match(before)
    start = sentences[-1][0] if len(sentences) > 1 else dateline.end() if dateline else 0
    between = [v for v in verbs if start <= v.start < participle.start]
    match = OPENING_SUBJECT.match(before, start)
    described = match is not None and match.group().startswith(("The ", "A ", "An "))
    if match is None or (not described and match.group().split()[0].lower() in NOT_OPENING_NAMES):
        return None
    # "Governor X said on Tuesday that …, calling the measure “…”": the speech verb is the name's own
    gap = before[match.end() : between[0].start].split() if between else []
    if between and (len(between) > 1 or any(w not in _AUXILIARIES for w in gap)):
        return None
    return Phrase(match.group(), match.start())


def _without_infinitive_tail(phrase: Phrase) -> Phrase:
    """A subject without the verb whose infinitive the speech verb is: 'a volunteer rang to' (say) -> 'a volunteer';
    without a reporting verb a participle follows: 'the spokesperson said' (, adding …) -> 'the spokesperson'."""
    match = _INFINITIVE_TAIL.search(phrase.text)
    if match and match.start() > 0:
        return Phrase(phrase.text[: match.start()], phrase.start)
    words = phrase.text.rsplit(None, 1)
    if len(words) == 2 and words[1] in REPORTING_VERBS:
        return Phrase(words[0], phrase.start)
    return phrase


_RELATIVE_ASIDE = re.compile(r",\s+(?:who|which|whose)\b[^,;]*,")


def reported_subject(sentence: str) -> list[Phrase]:
    """The subject of a reporting verb in a sentence without quotes ('Xi noted that …').

    The verb must come early (the main clause), or close the sentence ('…, a spokeswoman said.');
    or someone described stands after 'according to' ('…, according to a spokeswoman for the
    exchange.').
    """
    for verb in find_verbs(sentence, REPORTING_VERBS):
        # "A spokesperson for Borealis Graphite, which operates the mine …, said": the aside is not counted
        early = len(_RELATIVE_ASIDE.sub(" ", sentence[: verb.start]).split()) <= _REPORTED_WITHIN_WORDS
        if early or _CLOSING_VERB.match(sentence[verb.end :]) or _NAME_AFTER_OPENING.search(sentence, 0, verb.start):
            return subject_candidates(sentence, verb.start)
    return [p for p in according_to(sentence) if _INDEFINITE_PERSON.match(p.text)]


def subject_candidates(text: str, verb_start: int) -> list[Phrase]:
    """The phrases that may be the subject of a verb, most likely first, looking past asides.

    'Novak, who had flown in from Geneva, ' -> 'Novak'; 'Verbrugge, 56, ' -> 'Verbrugge';
    'Chukwu-Larsen, chief executive of the association, ' -> 'Chukwu-Larsen';
    'On Tuesday, the minister ' -> 'the minister'; 'if MPs backed what she ' -> 'she'.
    The antecedent of a relative clause comes first ('Marchetti, who joined …, Texas, last
    spring,'), then the segments from the verb backwards.
    """
    # A bracket after a name is an aside: "Priya Ramasamy (Telok Merah SMC), who led …, called"
    segments = _segments(_blanked_acronyms_before_titles(_blanked(_BRACKETED, text[:verb_start])))
    while len(segments) > 1 and _ACRONYM_IN_BRACKETS.fullmatch(text, segments[-1].start - 1, verb_start):
        segments.pop()  # "MP Nilmini Kodagoda of the … Front (PPF) said": the name's clause is the verb's own
    relative = next((i for i, s in enumerate(segments) if i and _RELATIVE.match(s.text)), None)
    if segments and _CONTRASTED.match(segments[-1].text):
        relative = None  # "said Savchuk, who leads a crew, while Tkachuk said": the verb's own clause has its subject
    order = list(range(len(segments) - 1, -1, -1))
    found: list[Phrase] = []
    if relative is not None:
        antecedent = _antecedent(segments, relative)
        order.insert(0, antecedent)
        named = _TRAILING_NAME.search(segments[antecedent].text) if antecedent < relative - 1 else None
        if named and _AFFILIATION.search(segments[antecedent].text, 0, named.start()):
            named = None  # "Economist Sigrun Weihe of Fróðskaparsetur Føroya, the University …, who": Weihe's body
        if named and named.start():  # "… a complaint filed in January by Yusuf Demir, a former analyst, who wrote"
            found.append(Phrase(named.group(), segments[antecedent].start + named.start()))
    for i in order:
        own = segments[i] is segments[-1]
        object_relative = _OBJECT_RELATIVE.match(segments[i].text) if own else None
        if object_relative:  # "which Smith had earlier described as": the name is the subject, "which" its object
            group = 1 if object_relative.group(1) else 2
            found.insert(0, Phrase(object_relative.group(group), segments[i].start + object_relative.start(group)))
        if _RELATIVE.match(segments[i].text) or is_region_abbreviation(segments[i].text):
            continue
        if _in_brackets(text, segments[i]):
            continue  # "quoted by the Celdorian Press Agency (CPA) as saying": the acronym in brackets is no subject
        segment = _without_with(segments[i])
        if own and (restrictive := _RESTRICTIVE_WHO.search(segment.text)) and restrictive.start():
            # "A young dairy farmer from the Emsland district who declined to give his name said"
            segment = Phrase(segment.text[: restrictive.start()], segment.start)
        if not own and _is_appositive(segment.text, segments, i):
            continue  # "X, a research fellow at the Centre for Policy and Trade Analysis (CAPTA), described": X's
        segment = _after_fronted_place(_coordinated_subject(segment) or _after_subordinator(segment))
        aside = _is_aside(segment.text)
        closing = _PRONOUN_LAST.search(segment.text) if own and aside else None
        if closing and closing.start():
            found.append(Phrase(closing.group(1), segment.start + closing.start(1)))  # "Later that evening he posted"
        if not segment.text or aside or _RELATIVE.match(segment.text):
            continue
        if _GERUND_CLAUSE.match(segment.text):
            continue  # "Before leaving Warsaw, the minister was quoted …": Warsaw is the object of "leaving"
        pronoun = _PRONOUN_FIRST.match(segment.text)
        if pronoun and len(segment.text.split()) > 1:
            found.append(Phrase(pronoun.group(1), segment.start))  # "she laughed and replied"
        tail = _TAIL_NAME.search(segment.text)
        if tail:  # "… NordVision says Salvesen told": Salvesen is the subject of the verb that follows
            found.append(Phrase(tail.group(1), segment.start + tail.start(1)))
        # "… from the European Bank for Reconstruction and Development (EBRD), a spokesperson … said": a person's
        # description after a body's acronym in brackets describes no body, and is the verb's subject
        if _is_appositive(segment.text, segments, i) and not (own and i > 0 and _in_brackets(text, segments[i - 1])):
            continue  # "Novak, the former minister," is an appositive of Novak; "In a post on X, he" is not
        if own and (control := _CONTROL_VERB.search(segment.text)) and control.start():
            segment = Phrase(segment.text[: control.start()], segment.start)  # "The spokesperson declined to say"
        if len(segment.text.split()) > _MAX_SUBJECT_WORDS and (short := _name_then_of(segment.text)):
            segment = Phrase(short, segment.start)  # "MP Nilmini Kodagoda of the opposition … Front"
        if segment not in found:
            found.append(segment)
        contact = _CONTACT_CLAUSE.search(segments[i].text) if own else None
        if contact:  # "for a sum Ilona describes as": after the whole segment ("Harish of the JPP called")
            found.append(Phrase(contact.group(1), segments[i].start + contact.start(1)))
    return _short(found)


def _in_brackets(text: str, segment: Phrase) -> bool:
    """Whether a segment opens in brackets: a body's acronym ("(EBRD)"), no one's subject and described by no one."""
    return text[segment.start - 1 : segment.start] == "("


_PRONOUN_LAST = re.compile(r"\b(he|she)$")
# The verb a reporting verb hangs on, which is no part of its subject: "The spokesperson *declined to* say".
_CONTROL_VERB = re.compile(
    r"\s+(?:(?:has|had|have|was|were|is|are)\s+)?(?:declined|refused|wanted|hoped|tried|failed|went\s+on|continued"
    r"|(?:quick|keen|careful|unable|able|reluctant|willing|eager)|(?:did|would|could|will|can|must|should)\s+not"
    r"|didn['’]t|wouldn['’]t|couldn['’]t|won['’]t|cannot|can['’]t)(?:\s+to)?$"
)
_NAME_THEN_OF = re.compile(r"^((?:\S+\s+){0,4}[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*)\s+of\s")  # a name and its complement
_POSSESSED_WORDS = 3  # words after "Poland's" up to the role it owns ("agriculture minister")
_RESTRICTIVE_WHO = re.compile(r"\s+who\s")
_GERUND_CLAUSE = re.compile(
    r"^(?:before|after|while|when|since|upon|on|by|without|despite|in)\s+[a-z]+ing\b", re.IGNORECASE
)
_ACRONYM_IN_BRACKETS_TEXT = r"\([A-ZÀ-ÖØ-ÞĀ-Ž0-9&]+\)"  # an acronym given for a name: "(AHI)"
_ACRONYM_IN_BRACKETS = re.compile(rf"{_ACRONYM_IN_BRACKETS_TEXT}\s*")
_BRACKETED = re.compile(rf"(?!{_ACRONYM_IN_BRACKETS_TEXT})\([^()]*\)")  # any other aside in brackets
_TRAILING_NAME = re.compile(r"(?<=\s)(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*$")
_AFFILIATION = re.compile(r"\b(?:of|at|from)\s+$")


# A body's acronym between its name and a title is no break in the subject: "Tobacco Growers’ Union (ZSTGU)
# president Mr Tendai Chivero", "Kuomintang (KMT) Legislator Lo Kuan-yu".
_ACRONYM_BEFORE_WORD = re.compile(r"\([A-ZÀ-ÖØ-ÞĀ-Ž0-9&]+\)(?=\s+([A-Za-z][\w-]*)\s)")


def _blanked_acronyms_before_titles(text: str) -> str:
    """The text with a bracketed acronym that a title follows turned to spaces, so the title's holder heads."""
    if "(" not in text:
        return text
    return _ACRONYM_BEFORE_WORD.sub(lambda m: " " * len(m.group()) if is_role_word(m.group(1)) else m.group(), text)


def _blanked(pattern: re.Pattern[str], text: str) -> str:
    """The text with what a pattern matches turned to spaces, so offsets into it still hold."""
    return pattern.sub(lambda m: " " * len(m.group()), text)


def _is_appositive(text: str, segments: list[Phrase], i: int) -> bool:
    """Whether a segment's text describes the name the segment before ends in, rather than opening a clause."""
    if not _DESCRIPTION.match(text) or text.lower() in _PERSONAL_PRONOUNS:
        return False
    if _SUBORDINATOR.match(segments[i].text + " "):
        return False
    return _name_before(segments, i) or (
        _INDEFINITE_START.match(text) is not None and _definite_role_before(segments, i)
    )


_INDEFINITE_START = re.compile(r"^(?:a|an)\s")
_ROLE_DESCRIPTION = 4  # words of "the county's new governor"


def _definite_role_before(segments: list[Phrase], i: int) -> bool:
    """Whether the segment before is a definite description of a role that an indefinite one describes further:
    "The governor, a physician who once headed the health agency, said": the governor is the speaker."""
    words = segments[i - 1].text.split() if i else []
    return 1 < len(words) <= _ROLE_DESCRIPTION and words[0] in ("The", "the") and bool(role_classes(words[-1]))


def _antecedent(segments: list[Phrase], relative: int) -> int:
    """The segment a relative clause (at index ``relative``) is about, past a state after a city and an
    appositive after a name ("by Yusuf Demir, a former budget analyst, who wrote": Demir)."""
    antecedent = relative - 1
    while (
        antecedent
        and (
            is_region_abbreviation(segments[antecedent].text)  # "a pulmonologist in Portland, Ore., who …"
            or (segments[antecedent].text[:1].islower() and _ends_in_name(segments[antecedent - 1].text))
        )
    ):
        antecedent -= 1
    return antecedent


def _coordinated_subject(segment: Phrase) -> Phrase | None:
    """The subject a segment opens on, when its verb is coordinated with the speech verb.

    "Ms Sundaresan stood at that dispatch box in March and told …" -> "Ms Sundaresan" (its
    "that" is a determiner, not the start of a clause).
    """
    words = segment.text.split()
    if len(words) < 3 or words[-1] not in ("and", "but"):
        return None
    first = words[1] if words[0].lower().strip(".") in HONORIFICS else words[0]
    if first not in ("He", "She") and not (first[:1].isupper() and first.lower() not in NOT_NAMES):
        return None
    subject = list(itertools.takewhile(lambda w: w[:1].isupper() or bool(role_classes(w)), words))
    if subject and re.search(r"['’]s$", subject[-1]):  # "Poland's agriculture minister joined … and called"
        rest = words[len(subject) : len(subject) + _POSSESSED_WORDS]
        role = next((i for i, w in enumerate(rest) if role_classes(w, trades=True)), None)
        subject += rest[: role + 1] if role is not None else []
    return Phrase(" ".join(subject), segment.start) if subject else None


def _without_with(segment: Phrase) -> Phrase:
    """A segment without an opening 'with' ('with Justice Kulkarni writing …' is her clause)."""
    match = _WITH.match(segment.text)
    return Phrase(segment.text[match.end() :], segment.start + match.end()) if match else segment


def _segments(text: str) -> list[Phrase]:
    """The comma-separated segments of a text, with their offsets."""
    found, position = [], 0
    for piece in _SEGMENT_BREAK.split(text):
        start = text.find(piece, position)
        position = start + len(piece)
        stripped = piece.strip()
        if stripped:
            found.append(Phrase(stripped, start + piece.index(stripped)))
    return found


_FINITE = frozenset("is was are were has had have will would can could may might must does did".split())


_INSIDE_A_NAME = re.compile(r"and\s+[A-ZÀ-ÖØ-ÞĀ-Ž]")
# "for the Food " before its "and Drug Administration", "the Ministry of Power " before its "and Energy"
_THE_BODY = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*\s+(?:(?:of|for|on)\s+)?)+$")


# "From the back of the hall a man shouted": a place put first with no comma, then the subject, someone new
_FRONTED_PLACE = re.compile(
    r"^(?:From|At|In|Inside|Outside|Behind|Among|Across|Near|On|Over|Amid)\s+[^,]*?\s"
    r"(?P<who>(?:an?|one|another)\s+(?:(?!(?:an?|one|another)\s)[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*)$"
)


def _after_fronted_place(segment: Phrase) -> Phrase:
    """The subject after a place that opens the clause with no comma ("From the back a man" -> "a man")."""
    fronted = _FRONTED_PLACE.match(segment.text)
    return Phrase(fronted.group("who"), segment.start + fronted.start("who")) if fronted else segment


def _after_subordinator(segment: Phrase) -> Phrase:
    """The subject part of a segment: after its last subordinating word ('if MPs backed what she' -> 'she')."""
    last = None
    for match in _SUBORDINATOR.finditer(segment.text):
        at = match.start()
        if not (_INSIDE_A_NAME.match(segment.text, at) and _THE_BODY.search(segment.text, 0, at)):
            last = match  # not the "and" of "the Food and Drug Administration"
    if last is None:
        return segment
    rest = segment.text[last.end() :].strip()
    first = rest.split()[0] if rest else ""
    relative = last.group().strip().lower() in ("that", "which")
    if relative and (first in _FINITE or first in IRREGULAR_PAST or (first.endswith("ed") and first.isalpha())):
        rest = ""  # "The chief engineer of a ferry that ran aground off …": a relative clause, not a subject
    if rest:
        return Phrase(rest, segment.start + last.end())
    return Phrase(segment.text[: last.start()].strip(), segment.start)


def _name_then_of(segment: str) -> str | None:
    """The words up to a name that "of" follows ("MP Nilmini Kodagoda" of "… of the opposition … Front"), not a
    title's or a body's "of" ("The head of Civil Protection", "The Bank of Aurelia")."""
    named = _NAME_THEN_OF.match(segment)
    last = named.group(1).split()[-1].lower() if named else ""
    return named.group(1) if named and last not in ORGANISATION_WORDS and not is_role_word(last) else None


def _short(phrases: list[Phrase]) -> list[Phrase]:
    """The phrases that can be a subject: a few words, not empty; a title's "of the" counts for nothing ("Vice
    Minister of Agriculture of the Republic of Kazakhstan Yerbol Taskarayev")."""
    # "a boatman at the Leonsberg landing who asked not to be named": its clause of anonymity not counted
    return [p for p in phrases if p.text.strip() and _subject_words(_ANONYMITY.sub("", p.text)) <= _MAX_SUBJECT_WORDS]


def _subject_words(text: str) -> int:
    """How many words a subject has; a capitalised title and name's joining "of the" not counted."""
    words = text.split()
    named = [word for word in words if word not in _TITLE_JOINS]
    return len(named) if all(word[:1].isupper() for word in named) else len(words)


def _name_before(segments: list[Phrase], i: int) -> bool:
    """Whether the nearest segment before ``i`` that is not an aside ('74') ends in a name that may be a
    subject (not a place after 'In', nor the end of a clause too long to be one: "… to hotels in Reykjavík, a
    spokesperson for the spa said")."""
    for segment in reversed(segments[:i]):
        if not _is_aside(segment.text):
            words = segment.text.split()
            return (
                _ends_in_name(segment.text)
                and words[0].lower() not in _NOT_A_SUBJECT
                and len(words) <= _MAX_SUBJECT_WORDS
            )
    return False


def _ends_in_name(segment: str) -> bool:
    """Whether a segment ends in a capitalised word that is not a time word ('Novak', not 'Tuesday')."""
    words = segment.split()
    last = words[-1].strip("’'") if words else ""
    return last[:1].isupper() and last.lower() not in NOT_NAMES


def speech_subjects(text: str) -> list[str]:
    """The subject phrases of speech verbs that stand apart from them ('Novak, who …, said', 'X of Y warned')."""
    found = []
    for verb in find_verbs(text):
        if not _NAME_BEFORE_VERB.search(text, 0, verb.start):  # a name right before its verb needs no help
            found += [p.text for p in subject_candidates(text, verb.start)[:1]]
    return found


def as_saying_subject(before: str) -> list[Phrase]:
    """'X was quoted as saying' / 'the Courier reported X as saying': the phrase for X."""
    match = _AS_SAYING.search(before)
    if not match:
        return []
    group = "subject" if match.group("subject") else "object"
    subject = _segments(match.group(group))
    if not subject:
        return []
    last = subject[-1]
    return _short([Phrase(last.text, match.start(group) + last.start)])


def according_to(text: str) -> list[Phrase]:
    """The phrase after 'according to', if the text has one."""
    match = _ACCORDING_TO.search(text)
    return _short([Phrase(match.group("subject"), match.start("subject"))]) if match else []


def is_organisation_phrase(phrase: str) -> bool:
    """Whether a phrase names an organisation ('the ministry', 'Reuters', 'the Daily Courier')."""
    words = re.findall(r"[\w&-]+", re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I).lower())
    return bool(words) and any(w in ORGANISATION_WORDS for w in words)


# A name set beside what kind of news outlet it is: "Pelita Harian, a Malay-language weekly".
_OUTLET_APPOSED = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?(?:newspaper|weekly|daily|magazine|broadcaster|news\s+agency"
    r"|news\s+site|news\s+website|(?:radio|television|TV)\s+station|TV\s+channel)\b"
)


def outlet_apposed(text: str, at: int) -> bool:
    """Whether a name ending at an offset is set beside what kind of news outlet it is (", a … weekly")."""
    return _OUTLET_APPOSED.match(text, at) is not None


def is_outlet_phrase(phrase: str) -> bool:
    """Whether a phrase names a news outlet or platform ('the Daily Courier', 'Reuters')."""
    return any(w in OUTLET_WORDS for w in re.findall(r"[\w&-]+", phrase.lower()))


def source_of(text: str, cast: Cast) -> str | None:
    """The outlet or platform a quote was relayed through ('according to Reuters'), if any.

    A person named after 'according to' or 'told' is a speaker or listener, not a source;
    'told' makes a source only of an outlet ('told Reuters', not 'told parliament').
    """
    if not _SOURCE_CUE.search(text):
        return None  # most quotes: none of the words every source pattern needs
    for told, pattern in enumerate(_SOURCE_PATTERNS):
        match = pattern.search(text)
        if not match:
            continue
        source = match.group("source").strip()
        if not source or cast.mentions(source) or role_classes(source) or source.split()[0].lower() in CALENDAR_WORDS:
            continue  # nothing, a person, or a day: "said in a statement on Monday night"
        named = is_organisation_phrase(source) or source[:1].isupper()
        outlet = is_outlet_phrase(source) or outlet_apposed(text, match.end("source"))  # "Pelita Harian, a … weekly"
        if source.lower() == "social media" or outlet or (told != 1 and named):
            return without_the(source)
    return None


def without_the(name: str) -> str:
    """A name without the "the" before it ("the BBC": "BBC")."""
    return re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)

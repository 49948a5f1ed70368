"""Who the text is about as it is read: pronoun antecedents and subject phrases resolved to people.

``Discourse`` keeps, in reading order, the people named as the subject of a clause
and the speakers of attributed quotes. A pronoun ("she said") resolves to the most
recent of them, within a few paragraphs, whose gender fits; a name given between a
quote and its pronoun takes precedence over the earlier speaker. Objects ("Wang
told Blinken") are not antecedents. ``Resolver`` turns a subject phrase into a
speaker: a name, a title, a description, an unnamed speaker or a pronoun.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import pairwise

from knowledge.clauses import OPENING_PARTICIPLE, is_organisation_phrase
from knowledge.lexicon import (
    ASKED_OPENING,
    GENDER_OF_PRONOUN,
    GENDER_OF_WORD,
    HONORIFICS,
    NATIONALITIES,
    PERSON_NOUNS,
    ROLE_WORDS,
    TRADES,
    is_person_noun,
    is_role_word,
    is_trade_word,
    role_classes,
)
from knowledge.models import Paragraph, Person
from knowledge.people import ROLELESS_CLASSES, Cast, describe, fits_gender, heads_phrase, places_fit, stands_for
from knowledge.quotes import QuoteSpan
from knowledge.tokenize import STOP_WORDS

WINDOW = 3  # paragraphs a pronoun may reach back
_ORGANISATION_WORDS_MAX = 8  # "the Tamsen County Office of Emergency Management"
_QUOTE_REACH = 600  # characters: an attribution after a quote looks back past the quote itself
_JUST_BEFORE = 120  # characters: the sentence right before a quote
_NAMED_REACH = 2  # paragraphs back where a pronoun with no subject to stand for looks for a name
_AGED = re.compile(r"^the\s+\d{1,3}-year-old$", re.IGNORECASE)
_ABOUT_REACH = 2  # more paragraphs back where a description looks for the one person of its kind the text was about
# ("As the economist acknowledged:" is the economist's.)
_LEADING_ADVERBS = frozenset("then but and so meanwhile later earlier still yet instead also even now".split())
_TRAILING_TIMES = frozenset("yesterday today tonight earlier later also".split())
# Words after which a name begins a clause: conjunctions, and the verbs of an inverted
# attribution ("said Novak"). Verbs that take an object ("told", "asked") are not here.
_OWNERS = frozenset("his her their our its".split())  # "her husband X": the name, not the owner, is the subject
_SUBJECT_BEFORE = frozenset(
    """
    and but while as when after before since because so then that though although yet or
    said says added adds wrote writes continued replied explained noted insisted argued recalled
    conceded acknowledged admitted stated declared countered quipped shouted
    """.split()
)
_CLAUSE_END = re.compile(r"(?:^|[.,;:!?“”\"—–(])\s*$")
_JOINED = re.compile(r"\b(?:both|and)\b")
_OPENING_PARTICIPLE = re.compile(OPENING_PARTICIPLE)
_STYLED = re.compile(r"(?:His|Her)\s+(?:Excellency|Highness|Majesty|Eminence|Holiness|Lordship|Ladyship)")
# "Among those at the ceremony was Maryam …": a sentence turned round, whose subject comes after its verb.
_INVERTED_VERBS = frozenset({"was", "were", "is"})  # the verb before the name, checked before the pattern
_INVERTED_OPENING = re.compile(
    r"(?:^|[.;:!?]\s+)(?:Among|Also\s+(?:present|there)|Joining|One\s+of|Present|There)\b[^.;:!?“”\"]*\b(?:was|were|is)$"
)
# A named person's own writing speaks for them: "Dr Halloran’s letter", "Mr Too's post on X".
_OWN_DOCUMENT = re.compile(
    r"(?P<owner>(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*\s+)*[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*)['’]s\s+"
    r"(?:letter|statement|post|tweet|email|e-mail|note|submission|memo|affidavit|blog|column|message|op-ed)$"
)
_POSSESSIVE_NAME = re.compile(r"[\w’'.-]*['’]s\b")
_OWNED_WORD = re.compile(r"\s+([a-z][\w-]*)\s+(?:was|were|is|are|had|has)\b")  # "Hakizimana’s battery was"
_RELATIVE_AFTER_NAME = re.compile(r"[\w’'.-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*)*,\s+who\b")
_INDEFINITE = frozenset({"a", "an", "one", "another", "my", "our"})  # "my boss": no one the reader knows
_PREPOSITIONS = frozenset("for of at with from in on to near by behind outside inside among who whose".split())


_ASKED_CLAUSE = re.compile(rf"{ASKED_OPENING}\s[^,;“”\"]*,\s+")


@dataclass(frozen=True, slots=True)
class _Event:
    """A person the text made its subject (or quoted) at a position."""

    paragraph: int
    offset: int
    person: str


class Discourse:
    """The people the text is about, in reading order (local to one attribution run)."""

    def __init__(self, cast: Cast) -> None:
        self._cast = cast
        self._events: list[_Event] = []
        self._named: dict[int, list[tuple[int, str]]] = {}
        self._paragraphs: dict[int, Paragraph] = {}
        self._genders: dict[str, str | None] = {p.name: p.gender for p in cast.people}

    def read(self, paragraph: Paragraph, spans: list[QuoteSpan]) -> list[tuple[int, str]]:
        """Note every person a paragraph names outside its quotes (subjects become antecedents).

        Returns every name in the paragraph, quotes included, with its offset.
        """
        named = []
        everyone = [(offset, person.name) for offset, person in self._cast.mentions(paragraph.text)]
        for offset, name in everyone:
            if any(s.start < offset < s.end for s in spans):
                continue
            named.append((offset, name))
            possessive = _POSSESSIVE_NAME.match(paragraph.text, offset)
            relative = _RELATIVE_AFTER_NAME.match(paragraph.text, offset)
            if possessive and not _owns_a_thing(paragraph.text, possessive.end()):
                continue  # "Xi's spokesman said": the spokesman is the subject
            if relative or _is_subject(paragraph.text[max(0, offset - 60) : offset]):
                self._events.append(_Event(paragraph.index, offset, name))
        self._named[paragraph.index] = named
        self._paragraphs[paragraph.index] = paragraph
        return everyone

    def spoke(self, person: Person | str, paragraph: int, offset: int) -> None:
        """Note that a person was just quoted or reported."""
        name = person if isinstance(person, str) else person.name
        if not isinstance(person, str):
            self._genders.setdefault(name, person.gender)
        self._events.append(_Event(paragraph, offset, name))

    def recall(
        self, paragraph: int, offset: int, gender: str | None = None, among: set[str] | None = None
    ) -> str | None:
        """The most recent fitting person before a position, within the window."""
        best: _Event | None = None
        for event in reversed(self._events):
            if event.paragraph < paragraph - WINDOW:
                break
            if (event.paragraph, event.offset) >= (paragraph, offset):
                continue
            if among is not None and event.person not in among:
                continue
            known = self._genders.get(event.person)
            if gender and known and known != gender:
                continue
            if best is None:
                best = event
                continue
            earlier, later = sorted((event, best), key=lambda e: (e.paragraph, e.offset))
            # Of two in one sentence, its subject before anyone it names later on.
            same = earlier.paragraph == later.paragraph and self._same_sentence(earlier, later)
            best = earlier if same else later
        return best.person if best else None

    def _same_sentence(self, earlier: _Event, later: _Event) -> bool:
        """Whether two events of a paragraph stand in one sentence.

        "Ms Kowalczyk said the Bhardwajs applied a week after Ms Achterberg. She said …": she is Kowalczyk.
        """
        paragraph = self._paragraphs.get(earlier.paragraph)
        starts = [s.start for s in paragraph.sentences] if paragraph else []
        if any(earlier.offset < start <= later.offset for start in starts):
            return False
        # "Asked whether he would … if the majority leader promised him …, Haverkamp shrugged": the one named
        # in a question put to the subject is not the subject.
        opening = max((start for start in starts if start <= earlier.offset), default=0)
        asked = _ASKED_CLAUSE.match(self._text(earlier.paragraph), opening) if paragraph else None
        return asked is None or not asked.end() <= later.offset

    def _text(self, paragraph: int) -> str:
        """The text of a paragraph read so far ('' for one not read yet)."""
        read = self._paragraphs.get(paragraph)
        return read.text if read else ""

    def wrote(self, words: str, paragraph: int) -> bool:
        """Whether the paragraphs read up to and including this one hold these words."""
        return any(words in read.text for index, read in self._paragraphs.items() if index <= paragraph)

    def text_before(self, paragraph: int, offset: int) -> str:
        """The text of the paragraph before a position and of the one before that paragraph."""
        return self._text(paragraph - 1) + "\n" + self._text(paragraph)[:offset]

    def opens(self, paragraph: int, phrase: str) -> bool:
        """Whether a paragraph read so far begins with the phrase."""
        return self._text(paragraph).startswith(phrase)

    def last_named(self, paragraph: int, offset: int, gender: str) -> str | None:
        """The person of a gender named last before a position, in this paragraph or the two before.

        "The first witness was Teodora Nyberg … she said": introduced, not yet a subject.
        """
        for index in range(paragraph, paragraph - _NAMED_REACH - 1, -1):
            names = [n for o, n in self._named.get(index, ()) if index < paragraph or o < offset]
            fitting = [n for n in names if self._genders.get(n) == gender]
            if fitting:
                return fitting[-1]
        return None

    def named_so_far(self, paragraph: int, offset: int) -> set[str]:
        """Everyone the text has named before a position."""
        return {n for index, named in self._named.items() for o, n in named if (index, o) < (paragraph, offset)}

    def only_one_named(self, paragraph: int, offset: int, among: set[str]) -> str | None:
        """The one of ``among`` the text has just been about, or None when several were (never a guess).

        "The minister said" right after two ministers were named could be either of them.
        """
        recent = set()
        for index in (paragraph - 1, paragraph):
            recent |= {n for o, n in self._named.get(index, ()) if n in among and (index, o) < (paragraph, offset)}
        for event in reversed(self._events):
            if event.paragraph < paragraph - 1:
                break
            if event.person in among and (event.paragraph, event.offset) < (paragraph, offset):
                recent.add(event.person)
        if len(recent) == 1:
            return recent.pop()
        # "… she said to applause. / When she had finished, a man shouted … / the minister was quoted as saying"
        if not recent and (earlier := self._last_about(paragraph - 2, among)) is not None:
            return earlier
        # "The finance minister, Farida Osei-Lund, held on. “…,” the minister said.": named just before.
        named = self._named.get(paragraph, ())
        start = self._before_quote(paragraph, offset)
        just_before = {n for o, n in named if n in among and start - _JUST_BEFORE <= o < start}
        return just_before.pop() if len(just_before) == 1 else None

    def _last_about(self, paragraph: int, among: set[str]) -> str | None:
        """The one of ``among`` the last paragraph about any of them was about, looking a few paragraphs back."""
        spoke: dict[int, set[str]] = {}
        for event in reversed(self._events):  # the latest first: no need to read further back than the reach
            if event.paragraph <= paragraph - _ABOUT_REACH:
                break
            if event.paragraph <= paragraph and event.person in among:
                spoke.setdefault(event.paragraph, set()).add(event.person)
        for index in range(paragraph, paragraph - _ABOUT_REACH, -1):
            about = {n for _, n in self._named.get(index, ()) if n in among} | spoke.get(index, set())
            if about:
                return about.pop() if len(about) == 1 else None
        return None

    def just_quoted(self, paragraph: int, offset: int) -> str | None:
        """The person quoted or reported last, in this paragraph or the one before, if no one was named since.

        "Prof. Manpreet Sandhu … argued that … “…”" then "“…,” the economist said": a second
        reference to the person just quoted, by a description the article had not given them.
        """
        for event in reversed(self._events):
            if event.paragraph < paragraph - 1:
                return None
            if (event.paragraph, event.offset) < (paragraph, offset):
                moved_on = self.named_since(paragraph, offset, event.person, (event.paragraph, event.offset))
                return None if moved_on else event.person
        return None

    def several_just_before(self, paragraph: int, offset: int, head: str) -> bool:
        """Whether the sentence before a position names two people together, or speaks of several of ``head``.

        "Both ministers were asked …" or "Zhou and Castellucci both …" right before "the minister
        said" leaves a reader unable to tell which one spoke.
        """
        start = self._before_quote(paragraph, offset)
        # the sentence before, whole: "Korpela and Fenech are due to … in April. Asked whether …, the commissioner said"
        window = min(start - _JUST_BEFORE, self._sentence_before(paragraph, start))
        before = self._text(paragraph)[max(0, window) : start]
        if head and re.search(rf"\b(?:both|two|the)\s+(?:\w+\s+)?{re.escape(head)}s\b", before, re.IGNORECASE):
            return True
        # people, not the bodies the cast also holds ("Quintela told Lusa that … and …"), named together in one
        # sentence: not "“…, and then we lose the village,” Mr Brew said. Ruth Mylrea said: …"
        named = sorted(
            (o, n) for o, n in self._named.get(paragraph, ()) if window <= o < start and self._genders.get(n) != "n"
        )
        starts = self._sentence_starts(paragraph)
        text = self._text(paragraph)
        return any(
            first != second
            and _JOINED.search(text[at:to]) is not None
            and bisect_right(starts, at) == bisect_right(starts, to)
            for (at, first), (to, second) in pairwise(named)
        )

    def _sentence_before(self, paragraph: int, offset: int) -> int:
        """Where the sentence before the one holding an offset starts (the paragraph's start for its first two)."""
        starts = [start for start in self._sentence_starts(paragraph) if start <= offset]
        return starts[-2] if len(starts) >= 2 else 0

    def _sentence_starts(self, paragraph: int) -> list[int]:
        """Where each sentence of a paragraph starts, in order."""
        read = self._paragraphs.get(paragraph)
        return [s.start for s in read.sentences] if read else []

    def _before_quote(self, paragraph: int, offset: int) -> int:
        """Where the sentence being attributed starts its quote, if the position follows one ("…,” the analyst said)."""
        text = self._text(paragraph)[:offset]
        closing_straight = text.rfind('"')
        opening_straight = text.rfind('"', 0, closing_straight) if closing_straight > 0 else -1
        opening = max(text.rfind("“"), opening_straight)
        return opening if opening >= 0 and offset - opening < _QUOTE_REACH else offset

    def named_between(self, paragraph: int, start: int, end: int, speaker: str) -> bool:
        """Whether someone other than ``speaker`` is named in a paragraph between two offsets."""
        return any(start <= o < end and name != speaker for o, name in self._named.get(paragraph, ()))

    def named_since(self, paragraph: int, offset: int, speaker: str, after: tuple[int, int]) -> bool:
        """Whether someone other than ``speaker`` was named after position ``after`` and before this one."""
        last_paragraph, last_offset = after
        for index in range(last_paragraph, paragraph + 1):
            for o, name in self._named.get(index, ()):
                if name == speaker:
                    continue
                if (index, o) > (last_paragraph, last_offset) and (index, o) < (paragraph, offset):
                    return True
        return False


def _owns_a_thing(text: str, end: int) -> bool:
    """Whether a possessive name opens a clause about a thing of theirs ("Hakizimana’s battery was ready"), which
    makes its owner whom the clause is about, unlike a person of theirs ("Xi's spokesman")."""
    owned = _OWNED_WORD.match(text, end)
    return owned is not None and owned.group(1) not in TRADES and owned.group(1) not in ROLE_WORDS


def _is_subject(prefix: str) -> bool:
    """Whether a name after ``prefix`` begins a clause (a subject) rather than being an object."""
    words = prefix.split()
    titled = False
    # A trade before a name is a title too: "Truck driver Mr Khamla Sihalath, 46, … spent the night".
    while (
        words
        and (is_role_word(words[-1]) or words[-1] in PERSON_NOUNS or words[-1][:1].isupper())
        and not _CLAUSE_END.search(words[-1])
    ):
        if _OPENING_PARTICIPLE.fullmatch(words[-1]):
            return False  # "Thanking Dr Osei-Whitlock, Lady Tiernan told her": an object
        titled = titled or is_role_word(words[-1])
        words.pop()  # a title before the name: "US Secretary of State"
    modifier = words[-1] if titled and len(words) > 1 else ""
    if modifier.isalpha() and modifier.islower() and modifier not in STOP_WORDS and words[-2] in _SUBJECT_BEFORE:
        words.pop()  # the word a lower-case title is of: "said *village* head Darwis Lubis"
    if not words or _CLAUSE_END.search(words[-1]):
        return True
    if words[-1] in _INVERTED_VERBS and _INVERTED_OPENING.search(" ".join(words)):
        return True
    if len(words) > 1 and words[-1].lower() in PERSON_NOUNS and words[-2].lower() in _OWNERS:
        return _is_subject(" ".join(words[:-2]))  # "His neighbour Aum Sangay Lhamo … saw it differently"
    return words[-1].lower() in _SUBJECT_BEFORE


# A description opening on the body it is of: "Yarra Trams’ chief operating officer", "Lumora's spokeswoman"
BODY_POSSESSIVE = r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w-]*\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\w-]*(?:['’]s|s['’])"
_OWNER_OPENING = re.compile(rf"{BODY_POSSESSIVE}\s+[a-z]")


class Resolver:
    """Turn subject phrases into speakers; remembers the unnamed speakers it meets."""

    def __init__(
        self,
        cast: Cast,
        discourse: Discourse,
        organisations: tuple[str, ...] = (),
        named_next: Mapping[int, str] | None = None,
        described_next: Mapping[int, str] | None = None,
    ) -> None:
        self.cast = cast
        self._discourse = discourse
        self._organisations = organisations
        # The people paragraphs open on by description and name soon after: "A former treasurer … told a jury …" /
        # "Graham Thistlewood, 61, …"; "A driver of minibus No. 127 … said …" / "The driver, Talant Mamyrov, …"
        self._named_next = dict(named_next or {})
        # The same by any description: "The head of Winnipeg Transit defended …" / "Greg Lindqvist, who …"
        self._described_next = dict(described_next or {})
        self._unnamed: dict[str, Person] = {}
        self._described: dict[str, list[str]] = {}

    @property
    def described(self) -> dict[str, tuple[str, ...]]:
        """The descriptions the article gives named speakers in their own clauses ('the Brazilian oceanographer')."""
        return {name: tuple(dict.fromkeys(phrases)) for name, phrases in self._described.items()}

    def note_description(self, phrase: str, name: str) -> None:
        """Remember that a definite description no one fitted stood, in its clause, for this named person."""
        words = phrase.split()
        # "said the young fisherman" as much as "the Chinese premier": a trade describes them too, "the man" does not
        classes = role_classes(phrase, trades=True) - ROLELESS_CLASSES
        owned = _OWNER_OPENING.match(phrase) is not None  # "Yarra Trams’ chief operating officer"
        if len(words) >= 2 and (words[0].lower() == "the" or owned) and classes and self.cast.get(name):
            self._described.setdefault(name, []).append(" ".join(words if owned else words[1:]))

    @property
    def unnamed(self) -> tuple[Person, ...]:
        """The speakers known only by a description, in order of first appearance."""
        return tuple(self._unnamed.values())

    def cast_or_unnamed(self, name: str) -> Person | None:
        """The person with this name, named or not."""
        return self.cast.get(name) or next((p for p in self._unnamed.values() if p.name == name), None)

    def is_organisation(self, phrase: str) -> bool:
        """Whether a phrase names an organisation or outlet rather than a person."""
        if self.cast.mentions(phrase):
            return False
        return is_organisation_phrase(phrase) or (phrase[:1].isupper() and not role_classes(phrase))

    def resolve(
        self, phrase: str, paragraph: int, offset: int, create: bool = True, gender: str | None = None
    ) -> str | None:
        """The speaker a subject phrase names, or None when no one fits for sure.

        ``gender``: the sentence shows the phrase is a person of this gender ("" when unknown), as "a deckhand
        … said *he*" or "a wholesaler *who* asked not to be named" do, whatever noun heads it.
        """
        words = phrase.split()
        while len(words) > 1 and words[0].lower() in _LEADING_ADVERBS:  # "Then a delegate near the back"
            words = words[1:]
        words = _without_trailing_times(words)  # "The Government yesterday"
        if len(words) > 2 and words[0] == "As" and words[1].lower() == "the":
            words = words[1:]  # "As the economist acknowledged: “…”"
        if _STYLED.fullmatch(" ".join(words)):  # "His Excellency added …" stands for the one last spoken of, as "he"
            words = words[:1]
        phrase = " ".join(words)
        last = words[-1].lower()
        if last in GENDER_OF_PRONOUN:  # "she", "But she", "a review she"
            gender = GENDER_OF_PRONOUN[last]
            if (teller := self._teller(phrase, gender)) is not None:
                return teller  # "Ossowski told investigators he believed …": he is Ossowski
            recalled = self._discourse.recall(paragraph, offset, gender)
            return recalled or (self._discourse.last_named(paragraph, offset, gender) if gender else None)
        document = _OWN_DOCUMENT.search(phrase) if "s " in phrase else None
        if document:  # "Dr Halloran’s letter described the sum as …": the letter's words are its writer's
            return self.resolve(document.group("owner"), paragraph, offset, create=False)
        possessive = re.search(r"['’]s\s+\w", phrase)
        # "Xi's spokesman" is not Xi; "the ministry's spokesperson Gyanendra Pokharel" is Pokharel; "MP Nilmini
        # Kodagoda of the opposition People's Progressive Front" is Kodagoda, the possessive in her complement
        heads = [
            p
            for at, p in self.cast.mentions(phrase)
            if heads_phrase(phrase, at)
            and (possessive is None or at >= possessive.end() - 1 or " of " in phrase[at : possessive.start()])
            and not (p.gender == "n" and _worker_of(phrase, at))
        ]
        if heads:
            # "Arizona Gov. Lucinda Benavídez": a place or body before the title is no second speaker
            named = list(dict.fromkeys(p.name for p in heads if p.gender != "n" or len(heads) == 1))
            if len(named) == 1:
                return self._named_before(words, named[0], paragraph, offset)
            if named:
                return None
        family = {p.name for p in self.cast.sharing_the_surname(words[0])} if len(words) == 1 else set()
        if len(family) > 1:  # "Tamang said" of two Tamangs: the one the text has just been about, if only one
            return self._discourse.only_one_named(paragraph, offset, family)
        if len(words) <= 2 and words[-1].lower() == "police" and words[0].lower() in ("police", "the"):
            return None  # "Police say …", "the police said": the force, not its commissioner
        if _AGED.match(phrase):  # "“…,” the 58-year-old told RNZ": the person the text is about
            return self._discourse.recall(paragraph, offset)
        indefinite = words[0].lower() in _INDEFINITE  # "an official": someone new, never a known person
        # The description a paragraph opens on, when one soon after opens on a name new to the story.
        lede = self._named_next.get(paragraph) if self._discourse.opens(paragraph, phrase) else None
        if lede and indefinite and role_classes(phrase, trades=True):
            # "A MUM-of-two says …" and later "The furious mum-of-two told The Lantern": the lede's words describe her.
            self._described.setdefault(lede, []).append(" ".join(words[1:]).lower())
            return lede
        if (
            create
            and words[0].lower() == "the"
            and len(words) == 2
            and (introduced := self._introduced(words[1], paragraph, offset))
        ):
            return introduced  # "A spokesperson for the Gobernación said …. “…,” the spokesperson said.": that one
        if len(words) == 2 and words[0].lower() == "the" and (titled := self._title_initials(words[1])):
            return titled  # "the DPP told the court": Deputy Public Prosecutor Siti Khadijah
        # "Northshire Police said": the force, not an officer; "The Mayor's Office told 24.kg": the office, no mayor
        force = _NAMED_FORCE.fullmatch(phrase) is not None or _OWNED_BODY.fullmatch(phrase) is not None
        # "the TD said", where the article spelled out the Transport Department (TD): the body, no Irish TD
        force = force or (len(words) <= 2 and words[-1].isupper() and self._defined(words[-1], paragraph))
        candidates = [] if indefinite or force else [p.name for p in describe(self.cast.people, phrase)]
        if len(candidates) > 1:
            # "the East Side council member argued" refers back: not to council members the article names later
            known = self._discourse.named_so_far(paragraph, offset)
            candidates = [name for name in candidates if name in known]
        if lede and not candidates and words[0].lower() == "the" and role_classes(phrase, trades=True):
            # "The chief engineer of a ferry … has told …" / "Tadeusz Wróblewski said …": the lede describes him
            self.note_description(phrase, lede)
            return lede
        if not candidates and not indefinite:  # "The furious mum-of-two" after the lede's "A MUM-of-two"
            candidates = [n for n, found in self._described.items() if any(_same_kind(phrase, d) for d in found)]
        # "A spokeswoman for Halvern" is someone new after "a spokeswoman for the FDA"; "a spokeswoman" may be her.
        head = head_noun(phrase)
        own_body = indefinite and head != words[-1].strip(",.").lower()
        candidates += [
            p.name
            for p in self._unnamed.values()
            if _same_head(phrase, p.name)
            and places_fit(phrase, p.name)
            and not (own_body and p.name.lower() != phrase.lower())
        ]
        opened = self._described_next.get(paragraph) if self._discourse.opens(paragraph, phrase) else None
        if opened and not indefinite and opened not in candidates and role_classes(phrase, trades=True):
            # "The head of Winnipeg Transit defended …" / "Greg Lindqvist, …": the paragraph after names whom the
            # description is of, not someone the story names only further on (a coalition's chairwoman)
            known = self._discourse.named_so_far(paragraph, offset) | {p.name for p in self._unnamed.values()}
            if not any(name in known for name in candidates):
                self.note_description(phrase, opened)
                return opened
        if len(candidates) > 1:
            candidates = self._fullest_fits(phrase, candidates)  # "the police spokeswoman": the police's
        if candidates and self._discourse.several_just_before(paragraph, offset, head):
            return None  # "Zhou and Castellucci both cut … “…,” the analyst said": either of them
        if len(candidates) == 1:
            self.note_description(phrase, candidates[0])  # "The Chinese premier told …": the article's word for Xi
            return candidates[0]
        if candidates:
            return self._discourse.only_one_named(paragraph, offset, set(candidates))
        described = head in PERSON_NOUNS or head in ROLE_WORDS or head in NATIONALITIES  # "the Turk" too
        if create and words[0].lower() == "the" and described:
            return self._second_reference(phrase, head, paragraph, offset)
        return self._new_unnamed(phrase, paragraph, offset, gender) if create else None

    def _named_before(self, words: list[str], name: str, paragraph: int, offset: int) -> str:
        """The person a title and surname stand for: the one of the surname the text has named so far, when the
        one the title fits is named only later ("Tamsin Yon, 18, … “…,” Ms Yon said. … Her mother, Cheryl Yon")."""
        if len(words) != 2 or words[0].rstrip(".").lower() not in HONORIFICS:
            return name
        known = self._discourse.named_so_far(paragraph, offset)
        earlier = [p.name for p in self.cast.sharing_the_surname(words[1]) if p.name in known]
        if name in known and len(earlier) > 1:
            # "Niamh Lehane … said her mother, Kathleen Lehane, 87, spent 38 hours … “…,” Ms Lehane said.": the one
            # the text is about, the subject before the one her sentence names later
            return self._discourse.recall(paragraph, offset, among=set(earlier)) or name
        if name in known:
            return name
        return earlier[0] if len(earlier) == 1 else name

    def _introduced(self, head: str, paragraph: int, offset: int) -> str | None:
        """Someone new the paragraph has just brought in as a speaker by a description of this head ("A
        spokesperson for the Gobernación of Potosí said …"), with no one named between."""
        text = self._discourse.text_before(paragraph, offset).rpartition("\n")[2]
        found = [m for m in _INTRODUCED_SPEAKER.finditer(text) if head_noun(m.group("who")) == head.lower()]
        if not found or self.cast.mentions(text[found[-1].end() :]):
            return None
        words = _without_trailing_times(found[-1].group("who").split())  # "A spokesperson for the ministry later"
        return self._new_unnamed(" ".join(words), paragraph, found[-1].start("who"))

    def _teller(self, phrase: str, gender: str | None) -> str | None:
        """The one person heading a phrase that ends on a pronoun of their gender ("X told investigators he")."""
        heads = {p for at, p in self.cast.mentions(phrase) if at == 0 and p.gender != "n"}
        if len(heads) != 1:
            return None
        person = heads.pop()
        return person.name if person.gender in (None, gender) else None

    def _fullest_fits(self, phrase: str, candidates: list[str]) -> list[str]:
        """Of several people a description fits, the ones whose own descriptions hold every role class it names
        ("the police spokeswoman": "a spokeswoman for the Brussels-Ixelles police zone", not the ministry's), or
        all of them when none or several do."""
        wanted = role_classes(phrase, trades=True)
        fullest = [name for name in candidates if wanted <= self._classes_of(name)]
        return fullest if len(fullest) == 1 else candidates

    def _classes_of(self, name: str) -> frozenset[str]:
        """The role classes of everything the article calls a person (or of the description that is their name)."""
        person = self.cast.get(name) or self._unnamed.get(_unnamed_key(name))
        descriptions = person.descriptions_or_role if person else (name,)
        return frozenset().union(*(role_classes(d, trades=True) for d in descriptions))

    def _second_reference(self, phrase: str, head: str, paragraph: int, offset: int) -> str | None:
        """The person just quoted, for a description no one in the article has been given ("the economist")."""
        classes = role_classes(phrase, trades=True) - {"person"}  # "the only person in the room": no description
        if not classes and head not in NATIONALITIES:  # "the Turk", whom no one named so far is known as
            return None
        if classes & self._held_classes(self._discourse.named_so_far(paragraph, offset)):
            return None  # someone named so far has such a role: not a description new to the reader
        name = self._discourse.just_quoted(paragraph, offset)
        person = self.cast.get(name) if name else None
        gender = GENDER_OF_WORD.get(head)
        if person is None or not fits_gender(person, gender):
            return None
        self.note_description(phrase, person.name)
        return person.name

    def note_second_reference(self, phrase: str, name: str, paragraph: int, offset: int) -> None:
        """Remember a description that refers back to the one person the sentence before named ("the fisherman"),
        when it is of a kind no one else named so far is known as."""
        words = phrase.split()
        classes = role_classes(phrase, trades=True) - {"person"}
        person = self.cast.get(name)
        if not classes or person is None or not fits_gender(person, GENDER_OF_WORD.get(words[-1].lower())):
            return
        if not classes & self._held_classes(self._discourse.named_so_far(paragraph, offset) - {name}):
            self._described.setdefault(name, []).append(phrase.lower())

    def _held_classes(self, names: set[str]) -> frozenset[str]:
        """The role classes the article gives these people (council members it names only later hold none yet)."""
        held = (d for p in self.cast.people if p.name in names for d in (*p.descriptions, p.role or ""))
        return frozenset().union(*(role_classes(d, trades=True) for d in held))

    def _full_name(self, head: str) -> str | None:
        """The one organisation the article names in full whose name ends in ``head``."""
        names = [n for n in self._organisations if n.lower().split()[-1] == head]
        return names[0] if len(names) == 1 else None

    def _title_initials(self, acronym: str) -> str | None:
        """The one named person whose capitalised title an acronym stands for ("DPP": "Deputy Public Prosecutor")."""
        if not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 5):
            return None
        names = [p.name for p in self.cast.people if p.named and stands_for(acronym, p.role or "")]
        return names[0] if len(names) == 1 else None

    def _defined(self, acronym: str, paragraph: int) -> bool:
        """Whether the text so far has spelled an acronym out as an organisation's, the acronym in brackets after
        its name ("the Transport Department (TD)"); "Malaita Province" spells no "MP" it never writes so."""
        name = self._spelled_out(acronym)
        return name is not None and self._discourse.wrote(f"{name} ({acronym})", paragraph)

    def _spelled_out(self, acronym: str) -> str | None:
        """The one organisation the article names in full that an acronym stands for."""
        names = [n for n in self._organisations if stands_for(acronym, n)]
        return names[0] if len(names) == 1 else None

    def _company_before(self, paragraph: int, offset: int) -> str | None:
        """The company the article named last before a position, in its paragraph or the one before."""
        text = self._discourse.text_before(paragraph, offset)
        named = [(text.rfind(n), n) for n in self._organisations if _COMPANY_NAME.search(n) and n in text]
        return max(named)[1] if named else None

    def _new_unnamed(self, phrase: str, paragraph: int, offset: int, gender: str | None = None) -> str | None:
        """Register a speaker known only by a description ('a spokeswoman for the coalition')."""
        words = phrase.split()
        alone_or_after_the = len(words) == 1 or (len(words) == 2 and words[0].lower() == "the")
        if alone_or_after_the and words[-1].isupper():  # "The FBR said", "COCOBOD said": the bodies they stand for
            phrase = self._spelled_out(words[-1]) or phrase
            words = phrase.split()
        head = head_noun(phrase)
        first = words[0].lower()
        organisation = is_organisation_phrase(phrase) and head not in PERSON_NOUNS and _is_name_phrase(words)
        one_of = re.match(r"^one\s+of\s+(?:the|those|these|their|his|her)\b", phrase, re.IGNORECASE)
        is_person = head in PERSON_NOUNS or head in ROLE_WORDS or head in GENDER_OF_WORD or bool(one_of)
        # "a second buyer, who …, said", "A guide at one of the larger tour companies, who …, said"
        is_person = is_person or (first in _INDEFINITE and head in TRADES)
        is_person = is_person or (first in _INDEFINITE and gender is not None and not organisation)
        # "a boatman at the Leonsberg landing who asked not to be named": a person, whatever noun heads it
        is_person = is_person or (first in _INDEFINITE and ANONYMOUS.search(phrase) is not None)
        named_body = organisation and phrase in self._organisations  # "Severnvale District Council said …"
        if _OWNED_BODY.fullmatch(phrase):  # "Zambrano’s office replied", "the governor’s office said"
            organisation = named_body = True
        if not (organisation or is_person) or (
            phrase[:1].isupper() and first not in _INDEFINITE | {"the"} and not named_body
        ):
            return None
        if first not in _INDEFINITE and first != "the" and not re.search(r"['’]s\s", phrase) and not named_body:
            return None
        if first == "the" and not organisation:
            return None  # "the senator" refers back to someone; no one fits, so no one is guessed
        if organisation and first == "the" and len(words) == 2:
            phrase = self._full_name(head) or phrase  # "the commission": the National Electoral Commission
            if head in _COMPANY_WORDS:  # "Kericho Highlands Tea Plc … The firm said": that company
                phrase = self._company_before(paragraph, offset) or phrase
        key = _unnamed_key(phrase)
        if key not in self._unnamed:
            described = phrase.split()[0].lower() in _INDEFINITE | {"the"}  # not a body named in full
            name = phrase[:1].lower() + phrase[1:] if described else phrase
            self._unnamed[key] = Person(
                name=name,
                aliases=(),
                role=name,
                role_line=None,
                mention_lines=(),
                quoted=False,
                named=False,
                gender="n" if organisation else GENDER_OF_WORD.get(head) or gender or None,
            )
        return self._unnamed[key].name


_ACRONYM_GLOSS = re.compile(r"\s*\([A-Z][A-Z0-9&]+\)")


def _unnamed_key(phrase: str) -> str:
    """The key a speaker known only by a description is kept under: "a spokesperson for the Palau Visitors Authority
    (PVA)" is the same one as "a spokesperson for the Palau Visitors Authority"."""
    return _ACRONYM_GLOSS.sub("", phrase).lower()


def _without_trailing_times(words: list[str]) -> list[str]:
    """A subject's words without the time words after it ("The Government yesterday", "a spokesperson later")."""
    while len(words) > 1 and words[-1].lower() in _TRAILING_TIMES:
        words = words[:-1]
    return words


# Someone new brought in as a speaker: "A spokesperson for the Gobernación of Potosí said …".
_INTRODUCED_SPEAKER = re.compile(
    # "In Zagreb, a spokesperson for the ministry said …" and "A Republican leadership aide countered that …" too
    r"(?:^|(?<=[.!?]\s))(?:[A-Z][^.;:,“”\"]{1,40},\s+)?(?P<who>[Aa]n?\s+[^.;:,“”\"]{2,80}?)\s+"
    r"(?:said|says|told|added|stated|explained|countered|argued|insisted|warned|noted|replied|responded)\b"
)
_NAMED_FORCE = re.compile(r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*\s+){1,3}Police(?:\s+(?:Service|Force|Department))?")
# What a company is called after its name: "The firm said …" after "Kericho Highlands Tea Plc".
_COMPANY_WORDS = frozenset({"firm", "company", "group", "business", "corporation", "plc", "lender", "insurer"})
# The endings of a company's name.
_COMPANY_NAME = re.compile(
    r"\b(?:Plc|PLC|Ltd|Limited|Inc|Corp|Corporation|Company|Co|Group|Holdings|Bhd|Berhad|AG|SA|GmbH|LLC|NV)\.?$"
)

# Someone's office or campaign, which speaks for them without being them.
_OWNED_BODY = re.compile(
    r"(?:[Tt]he\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w.-]*\s+)?[\w.-]+['’]s\s+(?:[Pp]ress\s+)?(?:[Oo]ffice|[Cc]ampaign)"
)


def _is_name_phrase(words: list[str]) -> bool:
    """Whether words name an organisation ('the Home Office', 'the ministry'), not a clause."""
    inner = words[1:-1] if words[0].lower() in _INDEFINITE | {"the"} else words[:-1]
    joining = {"of", "for", "and", "the"}
    return len(words) <= _ORGANISATION_WORDS_MAX and all(w[:1].isupper() or w in joining for w in inner)


# Someone kept anonymous: "a fisherman who asked not to be named"
ANONYMOUS = re.compile(r"\bwho\s+(?:asked|declined|requested)\s+(?:not\s+to\s+be\s+named|anonymity)\b")


def _worker_of(phrase: str, at: int) -> bool:
    """Whether a body's name in a phrase is followed by someone of it ("A SeaLink deckhand who …"): the person,
    not the body, is the subject."""
    following = phrase[at:].split()[1:2]
    return bool(following) and (is_person_noun(following[0]) or is_trade_word(following[0].lower()))


def head_noun(phrase: str) -> str:
    """The head noun of a description: its last word before a preposition."""
    words = [w.strip(",.").lower() for w in phrase.split()]
    for i, word in enumerate(words):
        if i and word in _PREPOSITIONS:
            if i > 1 and words[i - 1].endswith("ed") and words[i - 2] in PERSON_NOUNS:
                return words[i - 2]  # "a senior officer attached to the Wellawatte Police"
            return re.sub(r"['’]s$", "", words[i - 1])
        if i > 1 and word.endswith("ing") and words[i - 1] in PERSON_NOUNS:
            return words[i - 1]  # "another driver waiting nearby"
    return re.sub(r"['’]s$", "", words[-1]) if words else ""


def _same_kind(phrase: str, description: str) -> bool:
    """Whether two descriptions share their head noun and no role word of one contradicts the other: "the
    furious mum-of-two" is the lede's "mum-of-two", "the union chief" is not the "finance chief"."""
    if not _same_head(phrase, description):
        return False
    mine, theirs = role_classes(phrase, trades=True), role_classes(description, trades=True)
    return mine <= theirs or theirs <= mine


def _same_head(phrase: str, name: str) -> bool:
    """Whether a description and an unnamed speaker's description share their head noun."""
    return head_noun(phrase) == head_noun(name)

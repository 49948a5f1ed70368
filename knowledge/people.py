"""Find the people an article names and see through the ways it refers to them.

A capitalised run of words is a person when the article gives evidence of it: a
title before it ("US President Joe Biden"), a role after it ("Wang, the foreign
minister,"), or a speech verb beside it ("Blinken added"). Each person gets the
aliases the article uses (full name, either half of it when unambiguous) and the
role the article states. ``Cast`` resolves a phrase — name, half-name, title or
description ("the top US diplomat") — to the people it can mean.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from knowledge.lexicon import (
    HONORIFICS,
    NOT_NAMES,
    ORGANISATION_WORDS,
    PRONOUNS,
    ROLE_WORDS,
    SPEECH_VERBS,
    is_role_word,
    nationalities,
    role_classes,
    words_of,
)
from knowledge.models import Article, Person
from knowledge.tokenize import STOP_WORDS

_CAPITALISED_RUN = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*")
_SPEECH_AFTER = re.compile(rf"^(?:['’]s)?\s+(?:also\s+|has\s+|had\s+)?(?:{'|'.join(sorted(SPEECH_VERBS))})\b")
_SPEECH_BEFORE = re.compile(r"\b(?:according to|said|says|added|told|asked)\s+$")
_APPOSITIVE = re.compile(r"^,\s+(?:(?:the|a|an)\s+)?([^,.;:“”\"]{2,60}?)\s*(?:,|\.|;|$)")


@dataclass(frozen=True, slots=True)
class _Mention:
    """One capitalised name in the text, with whatever evidence stands beside it."""

    tokens: tuple[str, ...]
    line: int
    evidence: bool
    role: str | None


def texts_of(article: Article) -> list[tuple[str, int]]:
    """The article's own words with their lines: headline, standfirst, body sentences."""
    texts = [(article.headline.text, article.headline.line)]
    if article.standfirst:
        texts.append((article.standfirst.text, article.standfirst.line))
    texts.extend((s.text, s.line) for s in article.sentences)
    return texts


def _clean(token: str) -> str:
    """Drop a possessive and trailing punctuation from a name token."""
    return re.sub(r"['’]s$", "", token).rstrip(".,;:")


_CONNECTORS = frozenset({"of", "for", "and"})


def _role_before(prefix: str) -> str | None:
    """The title just before a name ('US Secretary of State ', 'Opposition leader '), if any.

    Walking back from the name, it takes role words, demonyms and connectors, and an
    unknown capitalised word only right before a role word ('Agriculture Minister'),
    so another person's name ('Keir Starmer and French President') ends the title.
    """
    collected: list[str] = []
    for i, word in enumerate(reversed(prefix.split())):
        if i == 0 and word.endswith(","):
            word = word[:-1]
        elif word[-1:] in ',;:.”"':
            break
        if (
            (is_role_word(word) and word.lower() not in _CONNECTORS)
            or word in _CONNECTORS
            or (word[:1].isupper() and collected and is_role_word(collected[0]) and collected[0] not in _CONNECTORS)
        ):
            collected.insert(0, word)
        else:
            break
    while collected and (collected[0] in _CONNECTORS or collected[0].lower() in NOT_NAMES):
        collected.pop(0)
    role = " ".join(collected)
    return role if role and role_classes(role) else None


def _scan(text: str, line: int) -> Iterable[_Mention]:
    """Yield each capitalised name in ``text`` with its evidence of being a person."""
    for run in _CAPITALISED_RUN.finditer(text):
        raw = run.group().split()
        skipped = _title_length(raw)
        tokens = tuple(_clean(t) for t in raw[skipped:] if _clean(t))
        if not tokens or any(t.lower() in NOT_NAMES or t.lower() in ORGANISATION_WORDS for t in tokens):
            continue  # a time word, or an organisation ("the Home Office said")
        start = run.start() + len(" ".join(raw[:skipped])) + (1 if skipped else 0)
        prefix, suffix = text[:start], text[run.end() :]
        role = _role_before(prefix)
        appositive = _APPOSITIVE.match(suffix)
        if role is None and appositive and role_classes(appositive.group(1)):
            role = appositive.group(1)
        honorific = any(_clean(w).lower() in HONORIFICS for w in raw[:skipped])
        speech = bool(_SPEECH_AFTER.match(suffix) or _SPEECH_BEFORE.search(prefix))
        yield _Mention(tokens, line, bool(role) or honorific or speech, role)


def _title_length(raw: list[str]) -> int:
    """How many leading words of a capitalised run are a title ('Agriculture Minister')."""
    heads = [i for i, word in enumerate(raw) if _clean(word).lower() in ROLE_WORDS]
    if heads and heads[-1] < len(raw) - 1:
        return heads[-1] + 1
    skipped = 0
    while skipped < len(raw) and (is_role_word(raw[skipped]) or _clean(raw[skipped]).lower() in NOT_NAMES):
        skipped += 1
    return skipped


@dataclass(slots=True)
class _Draft:
    """A person being assembled while the article is scanned."""

    name: str
    tokens: set[str]
    role: str | None = None
    role_line: int | None = None
    lines: set[int] = field(default_factory=set)


def find_people(article: Article) -> tuple[Person, ...]:
    """Build the people table: everyone the article gives evidence of being a person."""
    mentions = [m for text, line in texts_of(article) for m in _scan(text, line)]
    drafts = _Drafts()
    for m in sorted(mentions, key=lambda m: -len(m.tokens)):
        if m.evidence and not drafts.containing(m.tokens):
            drafts.add(_Draft(" ".join(m.tokens), set(m.tokens), lines={m.line}))
    for m in mentions:
        owners = drafts.containing(m.tokens)
        if len(owners) != 1:
            continue  # nobody, or an ambiguous half-name
        owner = owners[0]
        owner.lines.add(m.line)
        if m.role and owner.role is None:
            owner.role, owner.role_line = m.role, m.line
    ordered = sorted(drafts.items, key=lambda d: min(d.lines))
    return tuple(_finish(d, ordered) for d in ordered)


class _Drafts:
    """The people found so far, indexed by the words of their names."""

    def __init__(self) -> None:
        self.items: list[_Draft] = []
        self._by_token: dict[str, list[_Draft]] = {}

    def add(self, draft: _Draft) -> None:
        """Remember a new person."""
        self.items.append(draft)
        for token in draft.tokens:
            self._by_token.setdefault(token, []).append(draft)

    def containing(self, tokens: tuple[str, ...]) -> list[_Draft]:
        """The people whose names contain every one of ``tokens``."""
        lists = [self._by_token.get(t, []) for t in tokens]
        if not all(lists):
            return []
        wanted = set(tokens)
        return [d for d in min(lists, key=len) if wanted <= d.tokens]


def _finish(draft: _Draft, drafts: list[_Draft]) -> Person:
    """Freeze a draft into a Person with its unambiguous aliases."""
    shared = {t for d in drafts if d is not draft for t in d.tokens}
    aliases = [draft.name] + [t for t in draft.name.split() if t not in shared and len(t) > 1 and t != draft.name]
    return Person(
        name=draft.name,
        aliases=tuple(aliases),
        role=draft.role,
        role_line=draft.role_line,
        mention_lines=tuple(sorted(draft.lines)),
        quoted=False,
    )


@dataclass(frozen=True, slots=True)
class Cast:
    """The article's people and the phrases that refer to them."""

    people: tuple[Person, ...]
    _by_alias: dict[str, Person]
    _pattern: re.Pattern[str] | None
    _pattern_any_case: re.Pattern[str] | None

    @classmethod
    def from_people(cls, people: tuple[Person, ...]) -> Cast:
        """Index the people by alias."""
        by_alias = {alias: p for p in people for alias in p.aliases}
        by_lower = {a.lower(): p for a, p in by_alias.items() if a.lower() not in STOP_WORDS}
        return cls(people, by_alias | by_lower, _alias_regex(by_alias), _alias_regex(by_lower, re.I))

    def with_quoted(self, names: set[str]) -> Cast:
        """A copy where the people named in ``names`` are marked as quoted."""
        people = tuple(replace(p, quoted=p.name in names) for p in self.people)
        return Cast.from_people(people)

    def get(self, name: str) -> Person | None:
        """The person with this canonical name."""
        return next((p for p in self.people if p.name == name), None)

    def mentions(self, text: str, ignore_case: bool = False) -> list[tuple[int, Person]]:
        """Where each person is named in ``text``, in order of position."""
        pattern = self._pattern_any_case if ignore_case else self._pattern
        if pattern is None:
            return []
        found = []
        for match in pattern.finditer(text):
            alias = match.group(1)
            found.append((match.start(), self._by_alias.get(alias) or self._by_alias[alias.lower()]))
        return found

    def resolve(self, phrase: str) -> list[Person]:
        """The people a phrase can mean: by name first, then by role description."""
        named = {p.name: p for _, p in self.mentions(phrase)}
        if named:
            return list(named.values())
        return self.describe(phrase)

    def describe(self, phrase: str) -> list[Person]:
        """The best matches for a description like 'the Chinese leader' (ties kept)."""
        classes = role_classes(phrase)
        if not classes:
            return []
        wanted_countries = nationalities(phrase)
        best: list[Person] = []
        best_score = 0
        for person in self.people:
            if not person.role:
                continue
            overlap = len(classes & role_classes(person.role))
            countries = nationalities(person.role)
            if not overlap or (wanted_countries and not wanted_countries & countries):
                continue
            score = 2 * overlap + len(wanted_countries & countries) + _shared_words(phrase, person.role)
            if score > best_score:
                best, best_score = [person], score
            elif score == best_score:
                best.append(person)
        return best

    def resolve_subject(self, phrase: str) -> list[Person] | None:
        """Resolve the subject of a speech verb; None means a pronoun (the last speaker)."""
        words = phrase.split()
        if len(words) == 1 and words[0].lower() in PRONOUNS:
            return None
        if not words or len(words) > 6:
            return []
        named = self.mentions(phrase)
        if named:
            return [named[-1][1]]
        if words[0].lower() in {"the", "a", "an"} or words[0][:1].isupper():
            return self.describe(phrase)
        return []


def _alias_regex(aliases: dict[str, Person], flags: int = 0) -> re.Pattern[str] | None:
    """One pattern matching any alias as a whole word (longest first), possessive allowed."""
    if not aliases:
        return None
    names = "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True))
    return re.compile(rf"\b({names})(?:['’]s)?\b", flags)


def _shared_words(a: str, b: str) -> int:
    """How many words two descriptions share, ignoring articles."""
    return len((set(words_of(a)) & set(words_of(b))) - {"the", "a", "an", "of"})

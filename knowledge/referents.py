"""Who a phrase refers to: names, half-names, descriptions and sides ("the Chinese side").

Helpers for ``knowledge.conversation``: they read only the article's people table
(``kb.cast``), never the conversation.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from knowledge.intent import parse_question
from knowledge.lexicon import nationalities, role_classes, words_of
from knowledge.models import Intent

if TYPE_CHECKING:
    from knowledge.base import KnowledgeBase

_FILLER = frozenset({"", "and", "the", "mr", "ms", "mrs", "please", "then", "too", "now"})
_SIDE_WORDS = frozenset(
    {"side", "delegation", "team", "officials", "government", "leaders", "camp", "people", "one", "guy", "man", "woman"}
)


def people_in(kb: KnowledgeBase, phrase: str) -> list[str]:
    """The people a phrase names ('Wang'), describes ('the top US diplomat') or groups ('the Chinese side')."""
    named = [p.name for _, p in kb.cast.mentions(phrase, ignore_case=True)]
    if named:
        return list(dict.fromkeys(named))
    described = [p.name for p in kb.cast.describe(phrase)]
    return described or _side(kb, phrase)


def _side(kb: KnowledgeBase, phrase: str) -> list[str]:
    """Everyone whose role belongs to a country the phrase names as a side ('the Chinese side', 'the Americans')."""
    words = set(words_of(phrase)) - {"the", "a", "an"}
    countries = nationalities(phrase)
    if not countries or role_classes(phrase) or not words <= _SIDE_WORDS | _country_words(words):
        return []
    return [p.name for p in kb.cast.people if p.role and nationalities(p.role) & countries]


def _country_words(words: set[str]) -> set[str]:
    """The words of a phrase that name a country or its people ('chinese', 'americans')."""
    return {w for w in words if nationalities(w) or nationalities(w.removesuffix("s"))}


def only_names(kb: KnowledgeBase, text: str) -> bool:
    """Whether a message is nothing but a name (or description) of someone: 'Blinken', 'the US side'."""
    if len(text.split()) > 5 or parse_question(text).intent is not Intent.FACT:
        return False
    if kb.cast.describe(text) or _side(kb, text):
        return True
    rest = text
    for start, person in reversed(kb.cast.mentions(text, ignore_case=True)):
        alias = _alias_at(text, start, person.aliases)
        rest = rest[:start] + " " + rest[start + len(alias) :]
    return set(words_of(rest)) <= _FILLER


def _alias_at(text: str, start: int, aliases: tuple[str, ...]) -> str:
    """The alias (longest first) that ``text`` holds at ``start``, with a possessive if any."""
    for alias in sorted(aliases, key=len, reverse=True):
        if text[start:].lower().startswith(alias.lower()):
            end = start + len(alias)
            return text[start : end + 2] if text[end : end + 2] in ("'s", "’s") else alias
    return ""


def quoted_people(kb: KnowledgeBase) -> tuple[str, ...]:
    """The people the article quotes (everyone it names, if it quotes no one)."""
    quoted = tuple(p.name for p in kb.cast.people if p.quoted)
    return quoted or tuple(p.name for p in kb.cast.people)


def replace_people(kb: KnowledgeBase, question: str, names: str) -> str | None:
    """The question with the person it names replaced by ``names`` (None if it names no one)."""
    found = kb.cast.mentions(question, ignore_case=True)
    if not found:
        return None
    start, person = found[0]
    alias = _alias_at(question, start, person.aliases)
    return question[:start] + names + question[start + len(alias) :]


def join_names(names: Sequence[str], last: str = "and") -> str:
    """'A', 'A and B', 'A, B and C'."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {last} {names[-1]}"

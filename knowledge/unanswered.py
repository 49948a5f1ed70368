"""What the engine says when the article has no answer, and which of a reader's words it may echo."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from knowledge.intent import Query
from knowledge.models import Answer, Intent

if TYPE_CHECKING:
    from knowledge.base import KnowledgeBase

DOES_NOT_SAY = "The article doesn't say."
# Only a short phrase of words (or numbers, "13th") is echoed back to the user, never a token-like string.
_PLAIN_WORD = re.compile(r"^(?:[^\W\d_]+(?:[-’'.][^\W\d_]+)*|\d{1,12}|\d{1,4}(?:st|nd|rd|th))$")
_ECHO_LIMIT = 60


def abstain(kb: KnowledgeBase, query: Query, intro: str, intent: Intent = Intent.ABSTAIN) -> Answer:
    """The article has no answer: say so and suggest what it can answer."""
    return Answer(query.text, intent, True, intro, (), suggestions=kb.suggestions)


def not_mentioned(entity: str) -> str:
    """'The article doesn't mention Japan.' (only a short plain phrase is echoed back)."""
    return f"The article doesn't mention {entity}." if echoable(entity) else DOES_NOT_SAY


def echoable(phrase: str) -> bool:
    """Whether user words may be echoed back: a short phrase of plain words or numbers, nothing token-like."""
    words = phrase.split()
    return 0 < len(phrase) <= _ECHO_LIMIT and all(_PLAIN_WORD.match(w.strip(",")) for w in words)

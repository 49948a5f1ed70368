"""Rendered replies, cached: an answer depends only on the (immutable) article and the question.

Popular questions come back again and again (every tap on a suggested question is
the same text), so answers are cached by question and the rendered HTML and its
keyboard by answer, in LRU caches. A follow-up is resolved against the
conversation first; what it resolves to is usually a question asked before.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from telegram import InlineKeyboardMarkup

from bot.keyboards import answer_keyboard, choice_keyboard
from bot.render import render_answer
from knowledge import Answer, KnowledgeBase, Turn

CACHE_SIZE = 1024


@dataclass(frozen=True, slots=True)
class Reply:
    """The messages to send for one question, and the keyboard under the last."""

    parts: tuple[str, ...]
    keyboard: InlineKeyboardMarkup | None


class Replies:
    """Answers questions from one article, rendered for Telegram, with an LRU cache."""

    def __init__(self, kb: KnowledgeBase, size: int = CACHE_SIZE) -> None:
        """Cache up to ``size`` rendered replies for ``kb``."""
        self._kb = kb
        self.answer = lru_cache(maxsize=size)(kb.answer)
        self._render = lru_cache(maxsize=size)(self._render_answer)

    def reply_to(self, question: str) -> Reply:
        """Answer and render one standalone question."""
        return self._render(self.answer(question))

    def render(self, turn: Turn) -> Reply:
        """Render a conversation turn: its answer, or "who do you mean?" with a button per person."""
        if turn.options:
            return Reply(tuple(render_answer(replace(turn.answer, suggestions=()))), choice_keyboard(turn.options))
        return self._render(turn.answer)

    @staticmethod
    def _render_answer(answer: Answer) -> Reply:
        """Render one answer with its keyboard."""
        return Reply(tuple(render_answer(answer)), answer_keyboard(answer))

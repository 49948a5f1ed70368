"""Rendered replies, cached by question: an answer depends only on the (immutable) article.

Popular questions come back again and again (every tap on a suggested question is
the same text), so the rendered HTML and its keyboard are kept in an LRU cache.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from telegram import InlineKeyboardMarkup

from bot.keyboards import answer_keyboard
from bot.render import render_answer
from knowledge import KnowledgeBase

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
        self.reply_to = lru_cache(maxsize=size)(self._render)

    def _render(self, question: str) -> Reply:
        """Answer and render one question."""
        answer = self._kb.answer(question)
        return Reply(tuple(render_answer(answer)), answer_keyboard(answer))

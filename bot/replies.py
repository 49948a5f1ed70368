"""Rendered replies, cached: an answer depends only on the (immutable) article and the question.

Popular questions come back again and again (every tap on a suggested question is
the same text), so answers are cached by question and the rendered HTML and its
keyboard by answer, in LRU caches. A follow-up is resolved against the
conversation first; what it resolves to is usually a question asked before.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from functools import lru_cache

from telegram import InlineKeyboardMarkup

from bot.keyboards import answer_keyboard, choice_keyboard
from bot.render import render_answer
from knowledge import Answer, Focus, KnowledgeBase, Turn, converse

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
        self._turn = lru_cache(maxsize=size)(self._converse)

    def turn(self, question: str, focus: Focus | None, now: float) -> Turn:
        """``converse`` at time ``now``, cached: the same message on the same focus is the same turn.

        ``focus`` must be current (the caller checks the TTL). Only the focus's time stamp
        differs between two such turns, so the cache holds turns stamped 0 and the result
        is stamped ``now``.
        """
        turn = self._turn(question, replace(focus, at=0.0) if focus else None)
        return replace(turn, focus=replace(turn.focus, at=now))

    def _converse(self, question: str, focus: Focus | None) -> Turn:
        """One turn at time 0, with cached answers."""
        return converse(self._kb, question, focus, now=0.0, ttl=math.inf, ask=self.answer)

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

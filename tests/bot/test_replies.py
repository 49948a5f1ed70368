"""The reply cache renders each question once and gives the same reply again."""

from __future__ import annotations

from bot.replies import Replies
from knowledge import KnowledgeBase


def test_same_question_is_rendered_once(kb: KnowledgeBase) -> None:
    replies = Replies(kb, size=2)
    first = replies.reply_to("what did Wang Yi say")
    assert replies.reply_to("what did Wang Yi say") is first
    assert "line 31" in first.parts[0]
    assert first.keyboard is not None
    replies.reply_to("hello")
    replies.reply_to("Who wrote this article?")  # evicts the oldest
    assert replies.reply_to("what did Wang Yi say") is not first

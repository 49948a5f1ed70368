"""Conversations with the real bot process over HTTP: follow-ups, a group, a "More" tap, a kill -9.

Expected texts come from the article: Xi Jinping's quotes include "win-win cooperation" (line 15)
and "There are still a number of issues" (line 13); Blinken's "I hope we make some progress"
(line 25) and "to avoid misunderstandings" (line 27); Wang Yi is "China’s Foreign Minister" (line 21).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from bot.inbox import Inbox
from bot.statefile import StateFile
from tests.auxil import updates as u
from tests.auxil.fake_bot_api import FakeBotAPI
from tests.auxil.telegram_html import visible_text

pytestmark = pytest.mark.e2e
BOB = {"id": 222, "is_bot": False, "first_name": "Bob"}


def _ask(api: FakeBotAPI, text: str, **extra: Any) -> str:
    """Send a message and return the visible text of the bot's reply to it."""
    update = u.text_update(text, **extra)
    api.push(update)
    return _reply_to(api, update["message"]["message_id"])


def _reply_to(api: FakeBotAPI, message_id: int) -> str:
    """Wait for the bot's reply to one message and return its visible text."""

    def replies() -> list[dict[str, Any]]:
        return [p for p in api.sent() if (p.get("reply_parameters") or {}).get("message_id") == message_id]

    assert api.wait_for(lambda: bool(replies()), timeout=20), f"no reply to message {message_id}"
    return visible_text(replies()[-1]["text"])


def _tap(api: FakeBotAPI, label: str, under: dict[str, Any]) -> str:
    """Tap the button labelled ``label`` under a sent message; return the reply's visible text."""
    buttons = {b["text"]: b["callback_data"] for row in under["reply_markup"]["inline_keyboard"] for b in row}
    bot_message = u.message("answer", user={"id": 999, "is_bot": True, "first_name": "NewsBot"})
    bot_message["message_id"] = under["result_message_id"]
    before = len(api.sent())
    api.push(u.update(callback_query={"id": "1", "from": u.USER, "chat_instance": "1", "data": buttons[label],
                                      "message": bot_message}))  # fmt: skip
    assert api.wait_for(lambda: len(api.sent()) > before, timeout=20)
    return visible_text(api.sent()[-1]["text"])


def test_a_five_turn_conversation_with_a_more_tap(fake_api: FakeBotAPI, start_bot: Any) -> None:
    with start_bot():
        first = _ask(fake_api, "What did the Chinese president say?")
        assert "win-win cooperation" in first
        assert "There are still a number of issues" in first
        assert _ask(fake_api, "what else did he say?") == "That's everything the article quotes from Xi Jinping."
        assert "I hope we make some progress" in _ask(fake_api, "and Blinken?")
        topic = _ask(fake_api, "what did he say about misunderstandings")
        assert "to avoid misunderstandings" in topic
        assert "I hope we make some progress" not in topic
        more = _tap(fake_api, "More", under=fake_api.sent()[-1])
        assert "I hope we make some progress" in more
        assert "to avoid misunderstandings" not in more
    assert fake_api.rejected == []


def test_two_people_in_a_group_keep_their_own_conversations(fake_api: FakeBotAPI, start_bot: Any) -> None:
    group = u.group_chat()
    with start_bot():
        assert "beginning to stabilise" in _ask(fake_api, "/ask what did Wang Yi say", chat=group)
        assert "Chinese President" in _ask(fake_api, "/ask who is Xi Jinping", chat=group, user=BOB)
        bob = _ask(fake_api, "@news_qa_bot what did he say?", chat=group, user=BOB)
        assert "There are still a number of issues" in bob
        ann = _ask(fake_api, "/ask who is he", chat=group)
        assert "China’s Foreign Minister" in ann


def _state_written(path: Path) -> bool:
    """Whether the bot has committed some conversation state to its state file."""
    if not path.exists():
        return False
    with sqlite3.connect(path) as db:
        try:
            return bool(db.execute("SELECT count(*) FROM chat_data").fetchone()[0])
        except sqlite3.OperationalError:
            return False


def test_a_conversation_survives_kill_9(fake_api: FakeBotAPI, start_bot: Any, tmp_path: Path) -> None:
    with start_bot() as bot:
        assert "beginning to stabilise" in _ask(fake_api, "What did Wang Yi say?")
        assert fake_api.wait_for(lambda: _state_written(tmp_path / "bot-inbox.sqlite3"), timeout=20)
        bot.kill()
    with start_bot():
        assert "China’s Foreign Minister" in _ask(fake_api, "who is he?")


def test_another_bots_journal_is_set_aside_not_answered(fake_api: FakeBotAPI, start_bot: Any, tmp_path: Path) -> None:
    other = StateFile(tmp_path / "bot-inbox.sqlite3", bot_id=111)
    stranger = u.text_update("What did Wang Yi say?", chat=u.private_chat(777))
    Inbox(other).add([(stranger["update_id"], stranger)])
    other.close()
    with start_bot() as bot:
        assert "beginning to stabilise" in _ask(fake_api, "What did Wang Yi say?")
        bot.terminate()
        log = bot.log
    assert "holds the state of bot 111, not of this bot (654321)" in log
    assert [p for p in fake_api.sent() if int(p["chat_id"]) == 777] == []
    assert list(tmp_path.glob("bot-inbox.sqlite3.bot111-*"))

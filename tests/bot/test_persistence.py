"""Conversation state in the bot's state file: survives reopening, stays bounded, belongs to one bot."""

from __future__ import annotations

import logging
import time
from pathlib import Path

import pytest

from bot.app import build_application
from bot.conversation import MEMORY_KEY
from bot.inbox import Inbox
from bot.persistence import SQLitePersistence
from bot.statefile import StateFile, bot_id_of
from knowledge import KnowledgeBase
from tests.auxil import updates as u
from tests.auxil.recording_request import RecordingRequest
from tests.auxil.telegram_html import visible_text
from tests.bot.conftest import make_settings


async def _ask(path: Path, kb: KnowledgeBase, *questions: str) -> list[str]:
    """Run a fresh Application on the state file, ask, write state as the poller does, and close."""
    from telegram import Update

    state = StateFile(path, bot_id=123456)
    request = RecordingRequest()
    app = build_application(make_settings(), kb, request=request, persistence=SQLitePersistence(state, ttl=1800))
    async with app:
        for question in questions:
            await app.process_update(Update.de_json(u.text_update(question), app.bot))
        await app.update_persistence()
        Inbox(state).flush()  # the commit that marks the updates handled writes their state
        state.db.close()  # then the process dies: no shutdown, no further writes
    return [visible_text(p["text"]) for p in request.sent()]


async def test_a_conversation_survives_a_restart(tmp_path: Path, kb: KnowledgeBase) -> None:
    path = tmp_path / "state.sqlite3"
    await _ask(path, kb, "What did Wang Yi say?")
    (answer,) = await _ask(path, kb, "who is he?")
    assert "China’s Foreign Minister" in answer


async def test_state_is_written_only_with_the_commit(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    state = StateFile(path, bot_id=1)
    persistence = SQLitePersistence(state, ttl=1800)
    await persistence.update_chat_data(5, {MEMORY_KEY: "focus"})
    assert await SQLitePersistence(StateFile(path, bot_id=1), ttl=1800).get_chat_data() == {}
    await persistence.flush()
    assert await SQLitePersistence(StateFile(path, bot_id=1), ttl=1800).get_chat_data() == {5: {MEMORY_KEY: "focus"}}


async def test_old_and_surplus_conversations_are_dropped(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    state = StateFile(path, bot_id=1)
    persistence = SQLitePersistence(state, ttl=1800)
    for chat in range(5):
        await persistence.update_chat_data(chat, {"n": chat})
    await persistence.update_chat_data(7, {})  # nothing to keep: no row
    await persistence.flush()
    state.db.execute("UPDATE chat_data SET updated = ? WHERE chat_id = 0", (time.time() - 3600,))
    state.db.execute("UPDATE chat_data SET updated = updated - chat_id")  # chat 4 is the oldest after 0
    loaded = await SQLitePersistence(StateFile(path, bot_id=1), ttl=1800, max_chats=3).get_chat_data()
    assert sorted(loaded) == [1, 2, 3]
    (count,) = state.db.execute("SELECT count(*) FROM chat_data").fetchone()
    assert count == 4  # the expired row is deleted; the surplus one is only not loaded


async def test_an_unreadable_row_is_skipped(tmp_path: Path) -> None:
    state = StateFile(tmp_path / "state.sqlite3", bot_id=1)
    persistence = SQLitePersistence(state, ttl=1800)
    await persistence.update_chat_data(1, {"ok": True})
    await persistence.flush()
    state.db.execute("INSERT INTO chat_data VALUES (2, ?, ?)", (time.time(), b"not a pickle"))
    assert await persistence.get_chat_data() == {1: {"ok": True}}


def test_bot_id_is_the_number_before_the_colon() -> None:
    assert bot_id_of("123456:ABC-def") == 123456
    assert bot_id_of("nonsense") == 0


def test_another_bots_state_is_set_aside(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "bot-inbox.sqlite3"
    old = StateFile(path, bot_id=111)
    Inbox(old).add([(1, {"update_id": 1})])
    old.close()
    with caplog.at_level(logging.WARNING):
        mine = StateFile(path, bot_id=222)
    assert Inbox(mine).pending() == []
    (record,) = caplog.records
    assert "bot 111" in record.getMessage()
    assert "(222)" in record.getMessage()
    (aside,) = tmp_path.glob("bot-inbox.sqlite3.bot111-*")
    assert Inbox(StateFile(aside)).pending() == [{"update_id": 1}]
    mine.close()
    assert Inbox(StateFile(path, bot_id=222)).pending() == []  # its own file: kept, no warning
    assert len(caplog.records) == 1


def test_an_unowned_journal_with_updates_is_set_aside_an_empty_one_adopted(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    empty, full = tmp_path / "empty.sqlite3", tmp_path / "full.sqlite3"
    Inbox(empty).close()
    legacy = Inbox(full)
    legacy.add([(9, {"update_id": 9})])
    legacy.close()
    with caplog.at_level(logging.WARNING):
        StateFile(empty, bot_id=5).close()
        assert caplog.records == []
        assert Inbox(StateFile(full, bot_id=5)).pending() == []
    assert "did not record its id" in caplog.records[0].getMessage()

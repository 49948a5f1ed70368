"""Conversation state through python-telegram-bot's persistence, in the bot's SQLite state file.

Why not PicklePersistence: it rewrites one pickle of every chat at each flush
(cost grows with the number of chats) and, flushed every ``update_interval``
seconds, it loses the last minute of conversations to a ``kill -9``. Here each
chat is one row of the state file that already holds the polling journal
(``bot.statefile``): PTB hands over a chat's data after it changed, the row is
staged, and it is committed in the same transaction that marks the update that
changed it as handled. A crash therefore loses no conversation the user saw
answered, and costs one small write per handled update, not a file rewrite.

Only ``chat_data`` is stored (conversations live there, see ``bot.conversation``);
bot_data holds the knowledge base, built at start-up, and is never persisted.
Rows idle longer than the TTL are deleted at start-up, and at most ``max_chats``
of the most recent are loaded, so the file stays bounded.
"""

from __future__ import annotations

import logging
import pickle
import time
from typing import Any

from telegram.ext import BasePersistence, PersistenceInput
from telegram.ext._utils.types import CDCData, ConversationDict, ConversationKey

from bot.statefile import StateFile

logger = logging.getLogger(__name__)

Data = dict[Any, Any]
_UPSERT = "INSERT OR REPLACE INTO chat_data VALUES (?, ?, ?)"
_DELETE = "DELETE FROM chat_data WHERE chat_id = ?"


class SQLitePersistence(BasePersistence[Data, Data, Data]):
    """chat_data in the bot's state file, one row per chat, committed with the inbox."""

    def __init__(self, store: StateFile, ttl: float, max_chats: int = 10_000, update_interval: float = 60) -> None:
        """Keep chats active within ``ttl`` seconds, at most ``max_chats`` of them."""
        inputs = PersistenceInput(bot_data=False, chat_data=True, user_data=False, callback_data=False)
        super().__init__(store_data=inputs, update_interval=update_interval)
        self._store = store
        self._ttl = ttl
        self._max_chats = max_chats
        store.db.execute(
            "CREATE TABLE IF NOT EXISTS chat_data (chat_id INTEGER PRIMARY KEY, updated REAL NOT NULL, data BLOB)"
        )

    async def get_chat_data(self) -> dict[int, Data]:
        """Chats active within the TTL, newest first; older rows are deleted."""
        self._store.commit("DELETE FROM chat_data WHERE updated < ?", [(time.time() - self._ttl,)])
        rows = self._store.db.execute(
            "SELECT chat_id, data FROM chat_data ORDER BY updated DESC LIMIT ?", (self._max_chats,)
        ).fetchall()
        loaded: dict[int, Data] = {}
        for chat_id, blob in rows:
            try:
                data = pickle.loads(blob)
            except (pickle.UnpicklingError, AttributeError, ImportError, EOFError, TypeError, ValueError) as exc:
                logger.info("dropping unreadable conversation state of chat %s: %s", chat_id, exc)
                continue
            if isinstance(data, dict):
                loaded[int(chat_id)] = data
        return loaded

    async def update_chat_data(self, chat_id: int, data: Data) -> None:
        """Stage the chat's data (an empty dict deletes the row); written at the next commit."""
        if not data:
            self._store.stage(_DELETE, [(chat_id,)])
            return
        self._store.stage(_UPSERT, [(chat_id, time.time(), pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))])

    async def drop_chat_data(self, chat_id: int) -> None:
        """Stage the deletion of a chat's row."""
        self._store.stage(_DELETE, [(chat_id,)])

    async def refresh_chat_data(self, chat_id: int, chat_data: Data) -> None:
        """Nothing to refresh: this process is the only writer."""

    async def flush(self) -> None:
        """Commit everything staged."""
        self._store.commit()

    # -- what this bot does not persist -------------------------------------------------

    async def get_user_data(self) -> dict[int, Data]:
        """user_data is not persisted."""
        return {}

    async def get_bot_data(self) -> Data:
        """bot_data is not persisted (it holds the knowledge base built at start-up)."""
        return {}

    async def get_callback_data(self) -> CDCData | None:
        """Callback data is plain strings; nothing to persist."""
        return None

    async def get_conversations(self, name: str) -> ConversationDict:
        """No ConversationHandler is used."""
        return {}

    async def update_conversation(self, name: str, key: ConversationKey, new_state: object | None) -> None:
        """No ConversationHandler is used."""

    async def update_user_data(self, user_id: int, data: Data) -> None:
        """user_data is not persisted."""

    async def update_bot_data(self, data: Data) -> None:
        """bot_data is not persisted."""

    async def update_callback_data(self, data: CDCData) -> None:
        """Callback data is not persisted."""

    async def drop_user_data(self, user_id: int) -> None:
        """user_data is not persisted."""

    async def refresh_user_data(self, user_id: int, user_data: Data) -> None:
        """user_data is not persisted."""

    async def refresh_bot_data(self, bot_data: Data) -> None:
        """bot_data is not persisted."""

"""The bot's state file: one SQLite database for the polling journal and the conversations.

Both belong to the bot that wrote them, so the file records that bot's id. Opened
by another bot (a different token in the same folder), the old file is set aside
under a new name with one log line, and the new bot starts with an empty one: it
never answers another bot's pending updates nor continues its conversations.

Writes are staged and committed together, in one transaction: when an update is
marked handled, the conversation state it produced is written in the same commit,
so a crash leaves either both (the update is done) or neither (it is handled again).
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS inbox (update_id INTEGER PRIMARY KEY, payload TEXT NOT NULL)",
)
Rows = Sequence[Sequence[Any]]


def bot_id_of(token: str) -> int:
    """The bot's id: the number before the colon of its token."""
    head = token.split(":", 1)[0]
    return int(head) if head.isdigit() else 0


class StateFile:
    """A SQLite file (WAL) owned by one bot, with staged writes committed in one transaction."""

    def __init__(self, path: Path | str, bot_id: int | None = None) -> None:
        """Open (or create) the file at ``path``; with ``bot_id``, set aside another bot's file first."""
        self.path = Path(path)
        self.db = _connect(self.path)
        self._staged: list[tuple[str, Rows]] = []
        if bot_id is not None:
            self._claim(bot_id)

    def _claim(self, bot_id: int) -> None:
        """Record ``bot_id`` as the owner; move another bot's (or an unowned, non-empty) file aside."""
        owner = self.db.execute("SELECT value FROM meta WHERE key = 'bot_id'").fetchone()
        foreign = owner is not None and owner[0] != str(bot_id)
        unowned = owner is None and self.db.execute("SELECT 1 FROM inbox LIMIT 1").fetchone() is not None
        if foreign or unowned:
            self.db.close()
            aside = self._set_aside(owner[0] if owner else "unknown")
            who = f"bot {owner[0]}" if owner else "a bot that did not record its id"
            logger.warning(
                "%s holds the state of %s, not of this bot (%s): moved it to %s and starting with empty state",
                self.path,
                who,
                bot_id,
                aside,
            )
            self.db = _connect(self.path)
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('bot_id', ?)", (str(bot_id),))

    def _set_aside(self, owner: str) -> Path:
        """Rename the file (and its WAL companions) to '<name>.bot<owner>-<time>'."""
        aside = self.path.with_name(f"{self.path.name}.bot{owner}-{int(time.time())}")
        for suffix in ("", "-wal", "-shm"):
            part = Path(f"{self.path}{suffix}")
            if part.exists():
                part.rename(Path(f"{aside}{suffix}"))
        return aside

    def stage(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Queue a write for the next ``commit``."""
        self._staged.append((sql, list(rows)))

    def commit(self, sql: str | None = None, rows: Rows = ()) -> None:
        """Write everything staged (and ``sql`` with ``rows``) in one transaction."""
        staged, self._staged = self._staged, []
        if sql is not None:
            staged.append((sql, rows))
        staged = [(s, r) for s, r in staged if r]
        if not staged:
            return
        with self.db:
            self.db.execute("BEGIN")
            for statement, statement_rows in staged:
                self.db.executemany(statement, statement_rows)

    def close(self) -> None:
        """Commit what is staged and close the file."""
        self.commit()
        self.db.close()


def _connect(path: Path) -> sqlite3.Connection:
    """Open the database in WAL mode and make sure the tables exist."""
    db = sqlite3.connect(str(path), isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    for statement in _SCHEMA:
        db.execute(statement)
    return db

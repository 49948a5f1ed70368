"""A durable inbox: updates fetched from Telegram are journalled before they are acknowledged.

Telegram forgets an update once getUpdates is called with a higher offset. Writing
each fetched batch to this SQLite journal first (one transaction per batch) means
the offset can advance at once — polling never waits for handling — and a crash
loses nothing: at start-up, every update not marked done is handled again. It
survives the process dying, not the disk being lost (WAL, synchronous=NORMAL).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any


class Inbox:
    """Fetched updates not yet handled, kept in a SQLite file."""

    def __init__(self, path: Path | str) -> None:
        """Open (or create) the journal at ``path``."""
        self._db = sqlite3.connect(str(path), isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS inbox (update_id INTEGER PRIMARY KEY, payload TEXT NOT NULL)")
        self._done: list[int] = []

    def add(self, updates: Iterable[tuple[int, dict[str, Any]]]) -> None:
        """Journal a batch of (update_id, update as a dict) in one transaction."""
        rows = [(update_id, json.dumps(payload)) for update_id, payload in updates]
        if rows:
            with self._db:
                self._db.execute("BEGIN")
                self._db.executemany("INSERT OR IGNORE INTO inbox VALUES (?, ?)", rows)

    def mark_done(self, update_id: int) -> None:
        """Note that an update was handled (written at the next ``flush``)."""
        self._done.append(update_id)

    def flush(self) -> None:
        """Remove the handled updates from the journal."""
        if self._done:
            done, self._done = self._done, []
            with self._db:
                self._db.execute("BEGIN")
                self._db.executemany("DELETE FROM inbox WHERE update_id = ?", [(i,) for i in done])

    def pending(self) -> list[dict[str, Any]]:
        """Every journalled update not yet handled, oldest first."""
        rows = self._db.execute("SELECT payload FROM inbox ORDER BY update_id").fetchall()
        return [json.loads(payload) for (payload,) in rows]

    def close(self) -> None:
        """Flush and close the journal."""
        self.flush()
        self._db.close()

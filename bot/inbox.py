"""A durable inbox: updates fetched from Telegram are journalled before they are acknowledged.

Telegram forgets an update once getUpdates is called with a higher offset. Writing
each fetched batch to this SQLite journal first (one transaction per batch) means
the offset can advance at once — polling never waits for handling — and a crash
loses nothing: at start-up, every update not marked done is handled again. It
survives the process dying, not the disk being lost (WAL, synchronous=NORMAL).
The journal lives in the bot's ``StateFile``, beside the conversations: removing
handled updates commits, in the same transaction, the state their handling staged.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from bot.statefile import StateFile


class Inbox:
    """Fetched updates not yet handled, kept in the bot's state file."""

    def __init__(self, store: StateFile | Path | str) -> None:
        """Use the journal in ``store`` (a StateFile, or the path of one)."""
        self._store = store if isinstance(store, StateFile) else StateFile(store)
        self._db = self._store.db
        self._done: list[int] = []

    def add(self, updates: Iterable[tuple[int, dict[str, Any]]]) -> None:
        """Journal a batch of (update_id, update as a dict) in one transaction."""
        rows = [(update_id, json.dumps(payload)) for update_id, payload in updates]
        if rows:
            self._store.commit("INSERT OR IGNORE INTO inbox VALUES (?, ?)", rows)

    def mark_done(self, update_id: int) -> None:
        """Note that an update was handled (written at the next ``flush``)."""
        self._done.append(update_id)

    def has_done(self) -> bool:
        """Whether updates were marked done since the last flush."""
        return bool(self._done)

    def take_done(self) -> list[int]:
        """The updates marked done since the last call (for a later ``flush(done)``)."""
        done, self._done = self._done, []
        return done

    def flush(self, done: list[int] | None = None) -> None:
        """Remove handled updates (``done``, else all marked) with any staged state, in one transaction."""
        ids = self.take_done() if done is None else done
        self._store.commit("DELETE FROM inbox WHERE update_id = ?", [(i,) for i in ids])

    def pending(self) -> list[dict[str, Any]]:
        """Every journalled update not yet handled, oldest first."""
        rows = self._db.execute("SELECT payload FROM inbox ORDER BY update_id").fetchall()
        return [json.loads(payload) for (payload,) in rows]

    def close(self) -> None:
        """Flush and close the journal."""
        self.flush()
        self._store.close()

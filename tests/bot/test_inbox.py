"""The durable inbox keeps fetched updates until they are marked done, across reopening."""

from __future__ import annotations

from pathlib import Path

from bot.inbox import Inbox


def test_pending_survives_reopening_until_done(tmp_path: Path) -> None:
    path = tmp_path / "inbox.sqlite3"
    inbox = Inbox(path)
    inbox.add([(1, {"update_id": 1}), (2, {"update_id": 2}), (3, {"update_id": 3})])
    inbox.mark_done(2)
    inbox.flush()
    inbox._db.close()  # a crash: no close(), no flush of later work
    reopened = Inbox(path)
    assert [u["update_id"] for u in reopened.pending()] == [1, 3]
    reopened.add([(3, {"update_id": 3})])  # Telegram re-sends an unacknowledged update
    assert [u["update_id"] for u in reopened.pending()] == [1, 3]
    reopened.mark_done(1)
    reopened.mark_done(3)
    reopened.close()
    assert Inbox(path).pending() == []


def test_done_is_written_only_on_flush(tmp_path: Path) -> None:
    inbox = Inbox(tmp_path / "inbox.sqlite3")
    inbox.add([(7, {"update_id": 7})])
    inbox.mark_done(7)
    assert len(inbox.pending()) == 1
    inbox.flush()
    assert inbox.pending() == []

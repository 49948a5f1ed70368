"""Persistence benchmark: the bot's CPU per update with conversations persisted, and without.

Runs the real Application in this process on a recording transport (no network, so the
difference is the persistence alone): N messages of a four-turn conversation across many
chats, committed the way the poller commits them (a chat's state written in the same
transaction that marks its update handled, every few updates). Alternating rounds of
the two set-ups; medians. Also reports the bytes stored per conversation.

Usage::

    python -m bench.persistence                  # 4,000 updates, 200 chats, 5 rounds
    python -m bench.persistence --updates 400 --rounds 1
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from telegram import Update

from bench.common import print_table, write_results
from bot.app import build_application
from bot.config import load_settings
from bot.inbox import Inbox
from bot.persistence import SQLitePersistence
from bot.statefile import StateFile
from knowledge import KnowledgeBase
from tests.auxil import updates as u
from tests.auxil.recording_request import RecordingRequest

TOKEN = "123456:" + "BenchToken" * 4
DIALOGUE = ["What did Wang Yi say?", "what else did he say?", "and Blinken?", "who is he?"]
COMMIT_EVERY = 8  # updates finishing together share one commit in the poller


async def _measure(kb: KnowledgeBase, persisted: bool, updates: int, chats: int, workdir: Path) -> dict[str, float]:
    """CPU per update (ms) for one set-up, and the bytes stored per conversation."""
    path = workdir / f"state-{persisted}-{time.monotonic_ns()}.sqlite3"
    state = StateFile(path, bot_id=123456)
    settings = load_settings(_env_file=None, telegram_bot_token=TOKEN, rate_limit=False, typing_delay=60)
    persistence = SQLitePersistence(state, settings.context_ttl) if persisted else None
    app = build_application(settings, kb, request=RecordingRequest(), persistence=persistence)
    inbox = Inbox(state)
    async with app:
        payloads = [u.text_update(DIALOGUE[(i // chats) % len(DIALOGUE)], u.private_chat(7000 + i % chats))
                    for i in range(updates)]  # fmt: skip
        batch = [Update.de_json(p, app.bot) for p in payloads]
        inbox.add((up.update_id, p) for up, p in zip(batch, payloads, strict=True))
        started = time.process_time()
        for i, update in enumerate(batch, start=1):
            await app.process_update(update)
            inbox.mark_done(update.update_id)
            if i % COMMIT_EVERY == 0 or i == len(batch):
                done = inbox.take_done()
                if app.persistence:
                    await app.update_persistence()
                inbox.flush(done)
        cpu_ms = (time.process_time() - started) * 1000 / updates
    query = "SELECT count(*), coalesce(sum(length(data)), 0) FROM chat_data"
    rows = state.db.execute(query).fetchone() if persisted else (0, 0)
    state.close()
    return {"cpu_ms_per_update": cpu_ms, "state_bytes_per_conversation": rows[1] / rows[0] if rows[0] else 0.0}


def run(updates: int, chats: int, rounds: int, out_dir: Path | None = None) -> dict[str, Any]:
    """Measure both set-ups (alternating), print the comparison, write JSON."""
    kb = KnowledgeBase.from_file()
    runs: dict[str, list[dict[str, float]]] = {"memory": [], "persisted": []}
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(rounds):
            for name in ("memory", "persisted"):
                runs[name].append(asyncio.run(_measure(kb, name == "persisted", updates, chats, Path(tmp))))
    medians = {name: {k: statistics.median(r[k] for r in rs) for k in rs[0]} for name, rs in runs.items()}
    cost = medians["persisted"]["cpu_ms_per_update"] - medians["memory"]["cpu_ms_per_update"]
    per_chat = medians["persisted"]["state_bytes_per_conversation"]
    rows = [
        ("CPU per update, memory only (ms)", f"{medians['memory']['cpu_ms_per_update']:.3f}"),
        ("CPU per update, persisted (ms)", f"{medians['persisted']['cpu_ms_per_update']:.3f}"),
        ("cost of persistence per update (ms)", f"{cost:.3f}"),
        ("stored state per conversation (bytes)", f"{per_chat:.0f}"),
    ]
    print_table(f"Persistence: {updates} updates, {chats} chats (median of {rounds} rounds)", rows)
    results = {
        "updates": updates,
        "chats": chats,
        "rounds": rounds,
        "commit_every": COMMIT_EVERY,
        **medians,
        "persistence_ms_per_update": cost,
        "state_bytes_per_conversation": per_chat,
    }
    print(f"written to {write_results('persistence', results, out_dir)}")
    return results


def main() -> None:
    """Parse arguments and run."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--updates", type=int, default=4000)
    parser.add_argument("--chats", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    run(args.updates, args.chats, args.rounds)


if __name__ == "__main__":
    main()

"""Long polling that acknowledges an update only after it has been handled.

python-telegram-bot's Updater acknowledges updates when it queues them (the next
getUpdates carries the higher offset), so a crash loses every question still in
its queue. Here a batch is fetched, handled to the end, and only then is the
offset advanced past it: a crash or kill loses nothing, and at worst the batch in
flight is answered twice after a restart.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal

from telegram import Update
from telegram.error import InvalidToken, NetworkError, RetryAfter, TelegramError, TimedOut

from bot.types import BotApp

logger = logging.getLogger(__name__)

POLL_TIMEOUT = 10  # seconds Telegram holds an empty getUpdates open
BATCH_LIMIT = 100
_MAX_BACKOFF = 30.0


async def serve_polling(application: BotApp, stop: asyncio.Event | None = None) -> int:
    """Run the bot by polling until ``stop`` is set or SIGINT/SIGTERM arrives."""
    if stop is None:
        stop = asyncio.Event()
        stop_on_signals(stop)
    async with application:
        if application.post_init:
            await application.post_init(application)
        await application.bot.delete_webhook(drop_pending_updates=False)
        await application.start()
        logger.info("polling as @%s", application.bot.username)
        try:
            await poll(application, stop)
        finally:
            await application.stop()
    logger.info("stopped")
    return 0


async def poll(application: BotApp, stop: asyncio.Event) -> None:
    """Fetch, handle, then acknowledge, batch after batch, until ``stop`` is set."""
    offset: int | None = None
    backoff = 1.0
    while not stop.is_set():
        try:
            updates = await _fetch(application, offset, stop)
        except InvalidToken:
            raise
        except RetryAfter as exc:
            await _sleep(stop, _seconds(exc.retry_after) + 0.5)
            continue
        except TimedOut:
            continue
        except (NetworkError, TelegramError) as exc:
            logger.warning("getUpdates failed (%s); retrying in %.0f s", exc, backoff)
            await _sleep(stop, backoff)
            backoff = min(backoff * 2, _MAX_BACKOFF)
            continue
        backoff = 1.0
        if updates:
            await handle_batch(application, updates)
            offset = updates[-1].update_id + 1
    if offset is not None:
        await _acknowledge(application, offset)


async def handle_batch(application: BotApp, updates: tuple[Update, ...]) -> None:
    """Handle every update of a batch concurrently; errors go to the error handler."""
    processor = application.update_processor
    await asyncio.gather(*(processor.process_update(u, application.process_update(u)) for u in updates))


async def _fetch(application: BotApp, offset: int | None, stop: asyncio.Event) -> tuple[Update, ...]:
    """One long poll, abandoned (not acknowledged) if ``stop`` is set meanwhile."""
    fetch = asyncio.ensure_future(
        application.bot.get_updates(
            offset=offset, limit=BATCH_LIMIT, timeout=POLL_TIMEOUT, allowed_updates=Update.ALL_TYPES
        )
    )
    stopping = asyncio.ensure_future(stop.wait())
    done, _ = await asyncio.wait({fetch, stopping}, return_when=asyncio.FIRST_COMPLETED)
    if fetch not in done:
        fetch.cancel()  # nothing fetched is lost: unacknowledged updates come again
        with contextlib.suppress(asyncio.CancelledError, TelegramError):
            await fetch
        return ()
    stopping.cancel()
    updates: tuple[Update, ...] = fetch.result()
    return updates


async def _acknowledge(application: BotApp, offset: int) -> None:
    """Confirm every handled update to Telegram before exiting."""
    try:
        await application.bot.get_updates(offset=offset, limit=1, timeout=0)
    except TelegramError as exc:
        logger.warning("could not acknowledge handled updates (they may be answered again): %s", exc)


async def _sleep(stop: asyncio.Event, seconds: float) -> None:
    """Sleep, waking early when stopping."""
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), timeout=seconds)


def _seconds(value: object) -> float:
    """RetryAfter.retry_after is an int or a timedelta depending on PTB settings."""
    total = getattr(value, "total_seconds", None)
    return float(total()) if callable(total) else float(value)  # type: ignore[arg-type]


def stop_on_signals(stop: asyncio.Event) -> None:
    """Set ``stop`` on SIGINT and SIGTERM (in-flight answers still finish)."""
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)

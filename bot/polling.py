"""Long polling where no question is lost to a crash, and polling never waits on handling.

python-telegram-bot's Updater acknowledges updates when it queues them (the next
getUpdates carries the higher offset), so a crash loses every question still in
its queue. Here each fetched batch is first written to the durable ``Inbox``,
then acknowledged, then handled concurrently; an update leaves the inbox when its
handler has finished. After a crash, start-up handles what the inbox still holds:
at worst the updates that were in flight are answered twice, none is lost.

Conversation state (PTB persistence, ``bot.persistence``) is committed in the same
transaction that removes handled updates from the inbox, right after they finish
(one commit for all updates finishing together), so the focus a user saw an answer
for survives a ``kill -9`` too.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal

from telegram import Update
from telegram.error import InvalidToken, RetryAfter, TelegramError, TimedOut

from bot.inbox import Inbox
from bot.transport import UpdatesRequest
from bot.types import BotApp

logger = logging.getLogger(__name__)

POLL_TIMEOUT = 10  # seconds Telegram holds an empty getUpdates open
BATCH_LIMIT = 100
MAX_IN_FLIGHT = 200  # fetched but unfinished updates; polling pauses above this
FLUSH_DELAY = 0.01  # seconds handled updates wait to be committed together
_MAX_BACKOFF = 30.0


async def serve_polling(
    application: BotApp, inbox: Inbox, stop: asyncio.Event | None = None, raw: UpdatesRequest | None = None
) -> int:
    """Run the bot by polling until ``stop`` is set or SIGINT/SIGTERM arrives."""
    if stop is None:
        stop = asyncio.Event()
        stop_on_signals(stop)
    async with application:
        await application.bot.delete_webhook(drop_pending_updates=False)
        await application.start()
        if application.post_init:
            await application.post_init(application)
        logger.info("polling as @%s", application.bot.username)
        try:
            await Poller(application, inbox, raw).run(stop)
        finally:
            await application.stop()
    logger.info("stopped")
    return 0


class Poller:
    """Fetch, journal, acknowledge, handle — and replay the journal at start-up."""

    def __init__(self, application: BotApp, inbox: Inbox, raw: UpdatesRequest | None = None) -> None:
        self._application = application
        self._inbox = inbox
        self._raw = raw  # the getUpdates transport, which keeps each batch as Telegram sent it
        self._handling: set[asyncio.Task[None]] = set()
        self._seen: set[int] = set()
        self._room = asyncio.Event()  # set whenever an update finishes
        self._flushing: asyncio.Task[None] | None = None

    async def run(self, stop: asyncio.Event) -> None:
        """Poll until ``stop`` is set; then finish in-flight updates and acknowledge them."""
        replay = self._inbox.pending()
        if replay:
            logger.info("handling %d update(s) left from before a crash", len(replay))
        for payload in replay:
            self._dispatch(Update.de_json(payload, self._application.bot))
        offset = await self._loop(stop)
        if self._handling:
            await asyncio.gather(*self._handling)
        if self._flushing:
            await self._flushing
        await self._flush()
        if offset is not None:
            await _acknowledge(self._application, offset)

    async def _loop(self, stop: asyncio.Event) -> int | None:
        """The polling loop; returns the offset that acknowledges everything fetched."""
        offset: int | None = None
        backoff = 1.0
        while not stop.is_set():
            await self._flush()
            if len(self._handling) >= MAX_IN_FLIGHT:
                self._room.clear()
                await self._room.wait()
                continue
            try:
                updates = await _fetch(self._application, offset, stop)
            except InvalidToken:
                raise
            except RetryAfter as exc:
                await _sleep(stop, _seconds(exc.retry_after) + 0.5)
                continue
            except TimedOut:
                continue
            except TelegramError as exc:
                logger.warning("getUpdates failed (%s); retrying in %.0f s", exc, backoff)
                await _sleep(stop, backoff)
                backoff = min(backoff * 2, _MAX_BACKOFF)
                continue
            backoff = 1.0
            if updates:
                self._accept(updates)
                offset = updates[-1].update_id + 1
                self._seen = {i for i in self._seen if i >= offset}
        return offset

    def _accept(self, updates: tuple[Update, ...]) -> None:
        """Journal the new updates of a batch (before they are acknowledged) and start them."""
        fresh = [u for u in updates if u.update_id not in self._seen]
        raw = self._raw.raw_updates if self._raw else {}
        self._inbox.add((u.update_id, raw.get(u.update_id) or u.to_dict()) for u in fresh)
        for update in fresh:
            self._dispatch(update)

    def _dispatch(self, update: Update) -> None:
        """Handle one update in the background; it leaves the inbox when done."""
        self._seen.add(update.update_id)
        task = asyncio.create_task(self._handle(update))
        self._handling.add(task)
        task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Task[None]) -> None:
        """Forget a finished task and wake the loop if it was waiting for room."""
        self._handling.discard(task)
        self._room.set()

    async def _handle(self, update: Update) -> None:
        """Run the handlers (errors go to the error handler), then mark the update done."""
        processor = self._application.update_processor
        await processor.process_update(update, self._application.process_update(update))
        self._inbox.mark_done(update.update_id)
        if self._flushing is None or self._flushing.done():
            self._flushing = asyncio.create_task(self._flush_soon())

    async def _flush_soon(self) -> None:
        """Flush until no handled update is left unwritten (updates finishing meanwhile included).

        It waits FLUSH_DELAY first, so that updates finishing close together share one commit
        (the replies are already sent; only the window in which a crash repeats them grows).
        """
        while self._inbox.has_done():
            await asyncio.sleep(FLUSH_DELAY)
            await self._flush()

    async def _flush(self) -> None:
        """Write the conversation state of handled updates and remove them from the inbox, in one commit."""
        done = self._inbox.take_done()  # their chats are already marked for the persistence update
        if self._application.persistence:
            await self._application.update_persistence()
        self._inbox.flush(done)


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
    """Confirm every fetched update to Telegram before exiting."""
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

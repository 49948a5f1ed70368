"""Webhook mode: answer Telegram's POST only after the update has been handled.

python-telegram-bot's built-in webhook server replies 200 as soon as it has
queued an update; if the process dies before the answer is sent, the question is
lost. This small tornado server handles the update first and replies after, so a
crash leaves the POST unanswered and Telegram delivers it again.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging

from telegram import Update
from tornado.httpserver import HTTPServer
from tornado.web import Application as WebApplication
from tornado.web import RequestHandler

from bot.config import Settings
from bot.polling import stop_on_signals
from bot.types import BotApp

logger = logging.getLogger(__name__)

WEBHOOK_PATH = "/telegram"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
SHUTDOWN_GRACE = 8.0  # seconds in-flight updates get to finish on SIGTERM


class InFlight:
    """Counts updates being handled, so shutdown can wait for them to finish."""

    def __init__(self) -> None:
        self.count = 0
        self._idle = asyncio.Event()
        self._idle.set()

    def enter(self) -> None:
        """An update started."""
        self.count += 1
        self._idle.clear()

    def leave(self) -> None:
        """An update finished."""
        self.count -= 1
        if self.count == 0:
            self._idle.set()

    async def wait_idle(self, timeout: float) -> None:
        """Wait until nothing is in flight (or ``timeout`` seconds pass)."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._idle.wait(), timeout)


class UpdateHandler(RequestHandler):
    """POST /telegram: one update, handled before the response is written."""

    def initialize(self, bot_app: BotApp, secret: str | None, in_flight: InFlight) -> None:
        """Receive the bot application, the expected secret token and the in-flight counter."""
        self.bot_app = bot_app
        self.secret = secret
        self.in_flight = in_flight

    async def post(self) -> None:
        """Check the secret, parse the update, handle it, then answer 200."""
        given = self.request.headers.get(SECRET_HEADER, "")
        if self.secret and not hmac.compare_digest(given, self.secret):
            self.set_status(403)
            return
        try:
            update = Update.de_json(json.loads(self.request.body), self.bot_app.bot)
        except (ValueError, TypeError, KeyError):
            self.set_status(400)
            return
        processor = self.bot_app.update_processor
        self.in_flight.enter()
        try:
            await processor.process_update(update, self.bot_app.process_update(update))
            await persist(self.bot_app)
        finally:
            self.in_flight.leave()
        self.set_status(200)


async def persist(application: BotApp) -> None:
    """Write the conversation state an update changed before Telegram is told it was handled."""
    if application.persistence:
        await application.update_persistence()
        await application.persistence.flush()


def make_web_app(application: BotApp, secret: str | None, in_flight: InFlight) -> WebApplication:
    """The tornado app serving the webhook path."""
    handler_args = {"bot_app": application, "secret": secret, "in_flight": in_flight}
    return WebApplication([(WEBHOOK_PATH, UpdateHandler, handler_args)])


async def serve_webhook(application: BotApp, settings: Settings, stop: asyncio.Event | None = None) -> int:
    """Register the webhook and serve it until ``stop`` or SIGINT/SIGTERM (WEBHOOK_URL must be set)."""
    if not settings.webhook_url:
        raise ValueError("serve_webhook needs settings.webhook_url")
    if stop is None:
        stop = asyncio.Event()
        stop_on_signals(stop)
    secret = settings.webhook_secret_token.get_secret_value() if settings.webhook_secret_token else None
    in_flight = InFlight()
    server = HTTPServer(make_web_app(application, secret, in_flight))
    server.listen(settings.webhook_port, address=settings.webhook_listen)
    async with application:
        await application.start()
        if application.post_init:
            await application.post_init(application)
        url = settings.webhook_url.rstrip("/") + WEBHOOK_PATH
        await application.bot.set_webhook(url, secret_token=secret, allowed_updates=Update.ALL_TYPES)
        logger.info("serving webhook on port %s", settings.webhook_port)
        await stop.wait()
        server.stop()  # no new connections
        await in_flight.wait_idle(SHUTDOWN_GRACE)  # answers in flight finish and get their 200
        await server.close_all_connections()
        await application.stop()
    return 0

"""Webhook mode: answer Telegram's POST only after the update has been handled.

python-telegram-bot's built-in webhook server replies 200 as soon as it has
queued an update; if the process dies before the answer is sent, the question is
lost. This small tornado server handles the update first and replies after, so a
crash leaves the POST unanswered and Telegram delivers it again.
"""

from __future__ import annotations

import asyncio
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


class UpdateHandler(RequestHandler):
    """POST /telegram: one update, handled before the response is written."""

    def initialize(self, bot_app: BotApp, secret: str | None) -> None:
        """Receive the bot application and the expected secret token."""
        self.bot_app = bot_app
        self.secret = secret

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
        await processor.process_update(update, self.bot_app.process_update(update))
        self.set_status(200)


def make_web_app(application: BotApp, secret: str | None) -> WebApplication:
    """The tornado app serving the webhook path."""
    return WebApplication([(WEBHOOK_PATH, UpdateHandler, {"bot_app": application, "secret": secret})])


async def serve_webhook(application: BotApp, settings: Settings, stop: asyncio.Event | None = None) -> int:
    """Register the webhook and serve it until ``stop`` or SIGINT/SIGTERM."""
    if not settings.webhook_url:
        logger.error("WEBHOOK_URL is not set; set it to the public https URL that reaches this server")
        return 2
    if stop is None:
        stop = asyncio.Event()
        stop_on_signals(stop)
    secret = settings.webhook_secret_token.get_secret_value() if settings.webhook_secret_token else None
    server = HTTPServer(make_web_app(application, secret))
    server.listen(settings.webhook_port, address=settings.webhook_listen)
    async with application:
        await application.start()
        if application.post_init:
            await application.post_init(application)
        url = settings.webhook_url.rstrip("/") + WEBHOOK_PATH
        await application.bot.set_webhook(url, secret_token=secret, allowed_updates=Update.ALL_TYPES)
        logger.info("serving webhook on port %s", settings.webhook_port)
        await stop.wait()
        server.stop()  # no new POSTs; those in flight finish below
        await server.close_all_connections()
        await application.stop()
    return 0

"""Wire the bot together: build the Application, then run it by polling or webhook."""

from __future__ import annotations

import asyncio
import logging
import sys
from typing import Any

from telegram import BotCommand, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    BasePersistence,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import BaseRequest

from bot import handlers
from bot.addressing import ADDRESSED, COMMAND_FOR_BOT
from bot.config import Settings, SettingsError, load_settings
from bot.conversation import Conversations
from bot.inbox import Inbox
from bot.logs import configure_logging, redact
from bot.persistence import SQLitePersistence
from bot.polling import serve_polling
from bot.replies import Replies
from bot.statefile import StateFile, bot_id_of
from bot.transport import RetryingRequest, UpdatesRequest
from bot.types import BotApp
from knowledge import ArticleError, KnowledgeBase

logger = logging.getLogger(__name__)

COMMANDS = [
    BotCommand("start", "Welcome and suggested questions"),
    BotCommand("help", "What I can and cannot do"),
    BotCommand("ask", "Ask a question about the article"),
    BotCommand("quotes", "Every quote, grouped by speaker"),
    BotCommand("speakers", "The people in the article"),
    BotCommand("source", "Headline, author, date and outlet"),
    BotCommand("reset", "Start the conversation over"),
]
DESCRIPTION = (
    "I answer questions about one news article using only what it says, and cite the line each answer comes from."
)
SHORT_DESCRIPTION = "Questions about a news article, answered from the article, with line citations."


def build_application(
    settings: Settings,
    kb: KnowledgeBase,
    request: BaseRequest | None = None,
    persistence: BasePersistence[Any, Any, Any] | None = None,
    updates_request: BaseRequest | None = None,
) -> BotApp:
    """Build the Application with its handlers; polling is ours (updater is None).

    ``request`` replaces the HTTP transport (tests pass one that never touches the network);
    ``persistence`` keeps conversations across restarts (none: they live in memory only).
    """
    builder = (
        Application.builder()
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(settings.telegram_api_base_url)
        .base_file_url(_file_url(settings.telegram_api_base_url))
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True), do_quote=True
            )
        )
        .concurrent_updates(settings.concurrent_updates)
        .post_init(post_init)
        .updater(None)
    )
    updates_request = updates_request or request or UpdatesRequest(connection_pool_size=2)
    tls = updates_request.tls if isinstance(updates_request, RetryingRequest) else None
    pool = settings.concurrent_updates + 8
    builder = builder.request(request or RetryingRequest(connection_pool_size=pool, tls=tls)).get_updates_request(
        updates_request
    )
    if settings.rate_limit:
        builder = builder.rate_limiter(AIORateLimiter(max_retries=3))  # type: ignore[arg-type]
    if persistence is not None:
        builder = builder.persistence(persistence)
    application = builder.build()
    application.bot_data[handlers.KB_KEY] = kb
    application.bot_data[handlers.REPLIES_KEY] = Replies(kb)
    application.bot_data[handlers.ALLOWED_CHATS_KEY] = settings.allowed_chat_ids
    application.bot_data[handlers.ADMINS_KEY] = settings.admin_ids
    application.bot_data[handlers.TYPING_DELAY_KEY] = settings.typing_delay
    application.bot_data[handlers.CONVERSATIONS_KEY] = Conversations(settings.context_ttl)
    add_handlers(application)
    return application


def add_handlers(application: BotApp) -> None:
    """Route each kind of update to its handler, on purpose."""
    messages = filters.UpdateType.MESSAGES  # new and edited; never channel posts
    addressed = ADDRESSED
    application.add_handler(TypeHandler(Update, handlers.gate), group=-1)
    application.add_handlers(
        [
            CommandHandler("start", handlers.start, filters=messages),
            CommandHandler("help", handlers.help_command, filters=messages),
            CommandHandler("ask", handlers.ask_command, filters=messages),
            CommandHandler("quotes", handlers.quotes_command, filters=messages),
            CommandHandler(["speakers", "who"], handlers.speakers_command, filters=messages),
            CommandHandler("source", handlers.source_command, filters=messages),
            CommandHandler("reset", handlers.reset_command, filters=messages),
            MessageHandler(messages & filters.TEXT & ~filters.COMMAND & addressed, handlers.question),
            MessageHandler(filters.UpdateType.MESSAGE & filters.COMMAND & COMMAND_FOR_BOT, handlers.unknown_command),
            MessageHandler(
                filters.UpdateType.MESSAGE & ~filters.TEXT & (filters.ATTACHMENT | filters.LOCATION) & addressed,
                handlers.not_text,
            ),
            CallbackQueryHandler(handlers.button),
            InlineQueryHandler(handlers.inline_query),
        ]
    )
    application.add_error_handler(handlers.error_handler)


async def post_init(application: BotApp) -> None:
    """Register the command menu and descriptions in the background (cosmetic; failures are logged)."""
    application.create_task(_register_menu(application), name="register-menu")


async def _register_menu(application: BotApp) -> None:
    """Set the command menu and the bot's descriptions, all at once."""
    bot = application.bot
    results = await asyncio.gather(
        bot.set_my_commands(COMMANDS),
        bot.set_my_description(DESCRIPTION),
        bot.set_my_short_description(SHORT_DESCRIPTION),
        return_exceptions=True,
    )
    for result in results:
        if isinstance(result, TelegramError):
            logger.warning("could not register the command menu: %s", result)
        elif isinstance(result, BaseException):
            raise result


def _file_url(base_url: str) -> str:
    """The file-download URL that goes with a Bot API base URL."""
    if base_url.endswith("/bot"):
        return base_url[: -len("bot")] + "file/bot"
    return base_url


def run(webhook: bool = False) -> int:
    """Load settings and the article, then serve until SIGINT/SIGTERM; return the exit status."""
    try:
        settings = load_settings()
        kb = KnowledgeBase.from_file(settings.article_path)
    except (SettingsError, ArticleError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    token = settings.telegram_bot_token.get_secret_value()
    configure_logging(settings.log_level, [token])
    use_webhook = webhook or settings.mode == "webhook"
    if use_webhook and not settings.webhook_url:
        print("error: WEBHOOK_URL is not set; set it to the public https URL of this server", file=sys.stderr)
        return 2
    state = StateFile(settings.inbox_path, bot_id_of(token))
    persistence = SQLitePersistence(state, settings.context_ttl)
    updates = UpdatesRequest(connection_pool_size=2)
    application = build_application(settings, kb, persistence=persistence, updates_request=updates)
    try:
        if use_webhook:
            from bot.webhook import serve_webhook  # tornado is imported only when it serves

            return asyncio.run(serve_webhook(application, settings))
        return asyncio.run(serve_polling(application, Inbox(state), raw=updates))
    except InvalidToken:
        print("error: Telegram rejected TELEGRAM_BOT_TOKEN; copy the token again from @BotFather", file=sys.stderr)
        return 2
    except NetworkError as exc:
        where = settings.telegram_api_base_url
        print(redact(f"error: cannot reach the Bot API at {where}: {exc}", [token]), file=sys.stderr)
        return 1
    finally:
        state.close()

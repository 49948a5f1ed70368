"""The baseline: python-telegram-bot's echo example, as ../shared/bench-harness/echobot.py has it.

PTB's defaults (no quoting in private chats, its own pools and Updater), except that it
processes CONCURRENT_UPDATES (default 16) updates at once, as any bot facing real latency must.

Usage: TELEGRAM_BOT_TOKEN=… TELEGRAM_API_BASE_URL=… python -m bench.echo_bot
"""

from __future__ import annotations

import os

from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Reply with the message's own text."""
    message = update.effective_message
    if message and message.text:
        await message.reply_text(message.text)


def main() -> None:
    """Run the echo bot with PTB's own polling Updater until SIGTERM."""
    application = (
        Application.builder()
        .token(os.environ["TELEGRAM_BOT_TOKEN"])
        .base_url(os.environ["TELEGRAM_API_BASE_URL"])
        .concurrent_updates(int(os.environ.get("CONCURRENT_UPDATES", "16")))
        .build()
    )
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    application.run_polling(allowed_updates=Update.ALL_TYPES)


if __name__ == "__main__":
    main()

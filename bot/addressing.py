"""Message filters that tell whether a message is meant for this bot (groups have rules)."""

from __future__ import annotations

from telegram import Message
from telegram.constants import ChatType
from telegram.ext import filters


class AddressedToBot(filters.MessageFilter):
    """Private messages, and group messages that mention the bot or reply to it."""

    def filter(self, message: Message) -> bool:
        """Whether the bot should treat this message as spoken to it."""
        if message.chat.type == ChatType.PRIVATE:
            return True
        bot = message.get_bot()
        replied = message.reply_to_message
        if replied and replied.from_user and replied.from_user.id == bot.id:
            return True
        username = (bot.username or "").lower()
        mentions = message.parse_entities(["mention"]).values() if message.text else []
        return bool(username) and any(m.lower() == f"@{username}" for m in mentions)


class CommandForBot(filters.MessageFilter):
    """A command in a private chat, or one written /command@thisbot in a group."""

    def filter(self, message: Message) -> bool:
        """Whether an unknown command was meant for this bot."""
        if message.chat.type == ChatType.PRIVATE:
            return True
        words = (message.text or "").split(maxsplit=1)
        username = message.get_bot().username or ""
        return bool(words and username) and words[0].lower().endswith(f"@{username.lower()}")


ADDRESSED = AddressedToBot()
COMMAND_FOR_BOT = CommandForBot()

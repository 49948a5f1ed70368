"""Type aliases shared by the Telegram modules."""

from typing import Any, TypeAlias

from telegram.ext import Application

BotApp: TypeAlias = Application[Any, Any, Any, Any, Any, Any]

"""Handler-test fixtures: a real Application on a RecordingRequest (no network)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Coroutine
from typing import Any

import pytest
from telegram import Update

from bot.app import build_application
from bot.config import Settings, load_settings
from bot.types import BotApp
from knowledge import KnowledgeBase
from tests.auxil.recording_request import RecordingRequest

TOKEN = "123456:" + "A" * 35


def make_settings(**overrides: Any) -> Settings:
    """Settings for tests, ignoring any .env file."""
    return load_settings(_env_file=None, telegram_bot_token=TOKEN, rate_limit=False, **overrides)


@pytest.fixture
def request_log() -> RecordingRequest:
    """The transport the bot talks to; it records every call."""
    return RecordingRequest()


@pytest.fixture
async def app(kb: KnowledgeBase, request_log: RecordingRequest) -> AsyncIterator[BotApp]:
    """An initialised Application with the bot's handlers."""
    application = build_application(make_settings(), kb, request=request_log)
    async with application:
        yield application


Send = Callable[[dict[str, Any]], Coroutine[Any, Any, None]]


@pytest.fixture
def send(app: BotApp) -> Send:
    """Feed one Update payload through the application."""

    async def _send(payload: dict[str, Any]) -> None:
        await app.process_update(Update.de_json(payload, app.bot))

    return _send

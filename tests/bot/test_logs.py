"""The token never reaches a log line, at any level, from any logger."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest

from bot.logs import REDACTED, configure_logging, redact

TOKEN = "123456:" + "B" * 35


@pytest.fixture
def log_output() -> Iterator[io.StringIO]:
    """Configure the bot's logging at DEBUG into a buffer; restore the root logger after."""
    root = logging.getLogger()
    saved = (list(root.handlers), root.level)
    buffer = io.StringIO()
    configure_logging("DEBUG", [TOKEN], handler=logging.StreamHandler(buffer))
    yield buffer
    root.handlers[:] = saved[0]
    root.setLevel(saved[1])


def test_redact_removes_the_token_and_anything_token_shaped() -> None:
    text = f"POST https://api.telegram.org/bot{TOKEN}/getMe and bot987654:{'x' * 30}/x"
    assert TOKEN not in redact(text, [TOKEN])
    assert "987654:" not in redact(text, [TOKEN])
    assert redact(text, [TOKEN]).count(REDACTED) == 2


def test_log_records_messages_args_and_tracebacks_are_redacted(log_output: io.StringIO) -> None:
    logging.getLogger("httpx").info("HTTP Request: POST https://api.telegram.org/bot%s/getUpdates", TOKEN)
    logging.getLogger("telegram.Bot").debug("Set Bot API URL: https://api.telegram.org/bot" + TOKEN)
    try:
        raise RuntimeError(f"failed at /bot{TOKEN}/sendMessage")
    except RuntimeError:
        logging.getLogger("bot").exception("boom")
    output = log_output.getvalue()
    assert TOKEN not in output
    assert output.count(REDACTED) == 3
    assert "Traceback" in output


async def test_real_bot_initialisation_at_debug_never_logs_the_token(log_output: io.StringIO) -> None:
    from telegram import Bot

    bot = Bot(TOKEN, base_url="http://127.0.0.1:9/bot")  # port 9: nothing listens; fails fast
    with pytest.raises(Exception):  # noqa: B017, PT011 - any network error will do
        await bot.initialize()
    output = log_output.getvalue()
    assert "Set Bot API URL" in output  # PTB did log the URL at DEBUG ...
    assert TOKEN not in output  # ... but not the token

"""The real bot process over HTTP, as Telegram drives it: user journeys and shutdown."""

from __future__ import annotations

import time
from typing import Any

import pytest

from tests.auxil import updates as u
from tests.auxil.fake_bot_api import FakeBotAPI
from tests.auxil.telegram_html import visible_text
from tests.e2e.conftest import TOKEN

pytestmark = pytest.mark.e2e


def _buttons(params: dict[str, Any]) -> list[tuple[str, str]]:
    markup = params.get("reply_markup") or {}
    return [(b["text"], b["callback_data"]) for row in markup.get("inline_keyboard", []) for b in row]


def test_start_then_tap_then_wang_yi(fake_api: FakeBotAPI, start_bot: Any) -> None:
    with start_bot():
        fake_api.push(u.text_update("/start"))
        (welcome,) = fake_api.wait_sent(1)
        buttons = _buttons(welcome)
        assert len(buttons) == 3
        fake_api.push(u.callback_update(buttons[0][1]))
        tapped = fake_api.wait_sent(2)[1]
        assert "line" in visible_text(tapped["text"])
        fake_api.push(u.text_update("what did Wang Yi say"))
        answer = fake_api.wait_sent(3)[2]
        text = visible_text(answer["text"])
        assert "beginning to stabilise" in text
        assert "negative factors" in text
        assert "line 31" in text
        assert "line 33" in text
        assert fake_api.rejected == []
    assert len(fake_api.calls("setMyCommands")) == 1


def test_sigterm_exits_cleanly_and_acknowledges_what_was_answered(fake_api: FakeBotAPI, start_bot: Any) -> None:
    with start_bot() as bot:
        last = 0
        for question in ("What did Xi say?", "Who wrote this article?", "/quotes"):
            last = fake_api.push(u.text_update(question))
        fake_api.wait_sent(3)
        started = time.monotonic()
        assert bot.terminate(timeout=10) == 0
        assert time.monotonic() - started < 10
    assert fake_api.confirmed_offset == last + 1


def test_token_never_in_logs_or_messages_at_debug(fake_api: FakeBotAPI, start_bot: Any) -> None:
    with start_bot(LOG_LEVEL="DEBUG") as bot:
        fake_api.push(u.text_update("/start"))
        fake_api.push(u.text_update(f"what is {TOKEN}?"))
        fake_api.push(u.text_update("what did Wang Yi say"))
        sent = fake_api.wait_sent(3)
        bot.terminate()
        log = bot.log
    assert "DEBUG" in log
    assert "getUpdates" in log
    assert TOKEN not in log
    assert TOKEN.split(":")[1] not in log
    for params in sent:
        assert TOKEN not in params["text"]


def test_missing_token_is_one_line_pointing_to_chat(tmp_path: Any) -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "bot"], cwd=tmp_path, env={"PATH": ""}, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "TELEGRAM_BOT_TOKEN is not set" in lines[0]
    assert "python -m bot chat" in lines[0]


def test_rejected_token_and_unreachable_api_are_one_line_errors(fake_api: FakeBotAPI, tmp_path: Any) -> None:
    import subprocess
    import sys

    other_token = "111111:" + "Wrong" * 8
    cases = [
        ({"TELEGRAM_API_BASE_URL": fake_api.url}, 2, "rejected TELEGRAM_BOT_TOKEN"),
        ({"TELEGRAM_API_BASE_URL": "http://127.0.0.1:9/bot"}, 1, "cannot reach the Bot API"),
    ]
    for env, status, message in cases:
        result = subprocess.run(
            [sys.executable, "-m", "bot"],
            cwd=tmp_path,
            env={"PATH": "", "TELEGRAM_BOT_TOKEN": other_token, **env},
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == status, result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert message in lines[0]
        assert other_token not in result.stderr

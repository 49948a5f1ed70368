"""The real bot under failure: flaky sends, 429s, blocked users, a SIGKILL, a webhook crash."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
from typing import Any

import pytest

from tests.auxil import updates as u
from tests.auxil.fake_bot_api import FakeBotAPI, Fault
from tests.e2e.conftest import free_port

pytestmark = pytest.mark.e2e

QUESTIONS = [
    "What did Wang Yi say?",
    "Who said 'win-win cooperation'?",
    "Where was the meeting held?",
    "What did Joe Biden say?",
    "What is the subscription price?",
    "Who reported this story?",
    "How many hours did the talks last?",
    "What did the top US diplomat say?",
]


def _burst(api: FakeBotAPI, count: int, chats: int) -> dict[int, int]:
    """Push ``count`` questions across ``chats`` private chats; returns message_id -> chat_id."""
    asked = {}
    for i in range(count):
        chat_id = 5000 + i % chats
        update = u.text_update(QUESTIONS[i % len(QUESTIONS)], u.private_chat(chat_id))
        api.push(update)
        asked[update["message"]["message_id"]] = chat_id
    return asked


def _answered(api: FakeBotAPI) -> list[int]:
    """The message ids the bot has replied to with an answer (apologies excluded)."""
    replies = []
    for params in api.sent():
        reply = params.get("reply_parameters") or {}
        if "message_id" in reply and "Sorry" not in params["text"]:
            replies.append(int(reply["message_id"]))
    return replies


def test_every_question_answered_despite_500s_timeouts_and_429s(fake_api: FakeBotAPI, start_bot: Any) -> None:
    fake_api.hold_seconds = 6.0  # longer than the bot's 5 s read timeout
    fake_api.fail_randomly("sendMessage", rate=0.2, seed=1234, kinds=("500", "500", "hold"))
    fake_api.inject("sendMessage", Fault("429", times=3, seconds=1))
    with start_bot() as bot:
        asked = _burst(fake_api, 200, chats=20)
        assert fake_api.wait_for(lambda: set(asked) <= set(_answered(fake_api)), timeout=150), bot.log[-3000:]
        fake_api.clear_faults()
        last = u.text_update("Who wrote this article?")
        fake_api.push(last)
        assert fake_api.wait_for(lambda: last["message"]["message_id"] in _answered(fake_api), timeout=20)
        assert bot.process.poll() is None  # still polling
    assert len(fake_api.calls("sendMessage")) > len(fake_api.sent()) + 30  # faults really happened
    assert fake_api.rejected == []


def test_blocked_user_does_not_stop_the_others(fake_api: FakeBotAPI, start_bot: Any) -> None:
    fake_api.block_chat(5003)
    with start_bot() as bot:
        asked = _burst(fake_api, 20, chats=5)
        others = {m for m, chat in asked.items() if chat != 5003}
        assert fake_api.wait_for(lambda: others <= set(_answered(fake_api)), timeout=60)
        assert bot.process.poll() is None
        bot.terminate()
        assert "blocked the bot" in bot.log


def test_sigkill_mid_burst_loses_no_question(
    fake_api: FakeBotAPI, start_bot: Any, record_property: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    asked = _burst(fake_api, 200, chats=20)
    with start_bot() as bot:
        fake_api.wait_for(lambda: len(_answered(fake_api)) >= 40, timeout=60)
        bot.kill()
    before_restart = len(_answered(fake_api))
    assert before_restart < 200, "the burst finished before the kill; nothing was tested"
    with start_bot():
        assert fake_api.wait_for(lambda: set(asked) <= set(_answered(fake_api)), timeout=120)
    replies = _answered(fake_api)
    twice = len(replies) - len(set(replies))
    record_property("answered_twice", twice)
    with capsys.disabled():
        print(f"\n[sigkill] answered before kill: {before_restart}, answered twice after restart: {twice}")
    assert twice <= 100  # at most the batch that was in flight


def _post(url: str, payload: dict[str, Any], secret: str, timeout: float = 30) -> int:
    """POST an update to the bot's webhook the way Telegram does; returns the HTTP status (0: no answer)."""
    request = urllib.request.Request(
        url,
        data=json.dumps(payload).encode(),
        headers={"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": secret},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return exc.code
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0


def test_webhook_crash_mid_update_is_answered_on_telegrams_retry(fake_api: FakeBotAPI, start_bot: Any) -> None:
    port = free_port()
    env = {
        "WEBHOOK_URL": f"http://127.0.0.1:{port}",
        "WEBHOOK_PORT": str(port),
        "WEBHOOK_LISTEN": "127.0.0.1",
        "WEBHOOK_SECRET_TOKEN": "s3cret-token",
    }
    url = f"http://127.0.0.1:{port}/telegram"
    update = u.text_update("what did Wang Yi say")
    fake_api.inject("sendMessage", Fault("hold", times=-1))
    with start_bot("--webhook", ready="setWebhook", **env) as bot:
        assert _post(url, update, "wrong-secret") == 403
        status: list[int] = []
        poster = threading.Thread(target=lambda: status.append(_post(url, update, "s3cret-token")))
        poster.start()
        assert fake_api.wait_for(lambda: bool(fake_api.calls("sendMessage")), timeout=20)
        bot.kill()  # while the POST is being handled
        poster.join(timeout=20)
    assert status == [0]  # Telegram got no 200, so it will deliver the update again
    assert fake_api.sent() == []
    fake_api.clear_faults()
    with start_bot("--webhook", ready="setWebhook", **env):
        assert _post(url, update, "s3cret-token") == 200  # Telegram's retry
        (reply,) = fake_api.sent()  # answered before the 200 came back
        assert "line 31" in reply["text"]
    assert fake_api.calls("setWebhook")[-1]["url"] == url


def test_webhook_sigterm_finishes_the_update_in_flight(fake_api: FakeBotAPI, start_bot: Any) -> None:
    port = free_port()
    env = {"WEBHOOK_URL": f"http://127.0.0.1:{port}", "WEBHOOK_PORT": str(port), "WEBHOOK_LISTEN": "127.0.0.1"}
    fake_api.hold_seconds = 2.0  # a slow Telegram, but within the bot's timeout
    fake_api.inject("sendMessage", Fault("hold", times=1))
    update = u.text_update("what did Wang Yi say")
    with start_bot("--webhook", ready="setWebhook", **env) as bot:
        status: list[int] = []
        poster = threading.Thread(target=lambda: status.append(_post(f"http://127.0.0.1:{port}/telegram", update, "")))
        poster.start()
        assert fake_api.wait_for(lambda: bool(fake_api.calls("sendMessage")), timeout=20)
        assert bot.terminate(timeout=15) == 0
        poster.join(timeout=20)
    assert status == [200]  # answered (after the retry of the held send), then acknowledged
    assert "line 31" in fake_api.sent()[0]["text"]


def test_webhook_without_url_is_a_one_line_error(tmp_path: Any) -> None:
    import subprocess
    import sys

    env = {"PATH": "", "TELEGRAM_BOT_TOKEN": "123456:" + "A" * 35}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "--webhook"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert result.stderr.strip() == "error: WEBHOOK_URL is not set; set it to the public https URL of this server"


def test_polling_waits_out_a_429_and_network_errors(fake_api: FakeBotAPI, start_bot: Any) -> None:
    with start_bot() as bot:
        fake_api.inject("getUpdates", Fault("429", times=1, seconds=1))
        fake_api.inject("getUpdates", Fault("500", times=2))
        update = u.text_update("what did Wang Yi say")
        fake_api.push(update)
        assert fake_api.wait_for(lambda: bool(fake_api.sent()), timeout=30), bot.log
        assert bot.terminate() == 0
        log = bot.log
    assert "Traceback" not in log
    assert "Deprecat" not in log
    assert "line 31" in fake_api.sent()[0]["text"]

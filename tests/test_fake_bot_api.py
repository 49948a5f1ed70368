"""The test double itself: it must answer like the Bot API, or the e2e tests prove nothing."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest

from tests.auxil import updates as u
from tests.auxil.fake_bot_api import BOT_USER, FakeBotAPI, Fault

TOKEN = "42:" + "T" * 30


@pytest.fixture
def api() -> Iterator[FakeBotAPI]:
    with FakeBotAPI(TOKEN, hold_seconds=0.2) as server:
        yield server


def _call(api: FakeBotAPI, method: str, token: str = TOKEN, **params: Any) -> tuple[int, dict[str, Any]]:
    """POST a form-encoded call (objects JSON-encoded) as python-telegram-bot does."""
    body = {k: json.dumps(v) if not isinstance(v, str) else v for k, v in params.items()}
    url = f"{api.url}{token}/{method}"
    request = urllib.request.Request(url, data=urllib.parse.urlencode(body).encode())
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_envelopes_unknown_methods_and_bad_tokens(api: FakeBotAPI) -> None:
    assert _call(api, "getMe") == (200, {"ok": True, "result": BOT_USER})
    assert _call(api, "sendSticker") == (404, {"ok": False, "error_code": 404, "description": "Not Found"})
    status, body = _call(api, "getMe", token="1:wrong")
    assert (status, body["error_code"]) == (401, 401)


def test_get_updates_honours_offset_limit_and_timeout(api: FakeBotAPI) -> None:
    ids = [api.push(u.text_update(f"q{i}")) for i in range(3)]
    _, first = _call(api, "getUpdates", limit=2)
    assert [x["update_id"] for x in first["result"]] == ids[:2]
    _, again = _call(api, "getUpdates", offset=ids[1], timeout=0)
    assert [x["update_id"] for x in again["result"]] == ids[1:]  # ids[0] is now acknowledged
    assert api.confirmed_offset == ids[1]
    started = time.monotonic()
    _, empty = _call(api, "getUpdates", offset=ids[2] + 1, timeout=1)
    assert empty["result"] == []
    assert time.monotonic() - started >= 0.9  # a long poll


@pytest.mark.parametrize(
    ("params", "description"),
    [
        ({"text": "x" * 4097}, "Bad Request: message is too long"),
        ({"text": "<b>open", "parse_mode": "HTML"}, 'Bad Request: can\'t parse entities: unclosed tag "b"'),
        (
            {"text": "<script>x</script>", "parse_mode": "HTML"},
            'Bad Request: can\'t parse entities: unsupported start tag "script"',
        ),
        (
            {"text": "a & b", "parse_mode": "HTML"},
            "Bad Request: can't parse entities: unescaped & (or unsupported entity)",
        ),
        ({"text": "   "}, "Bad Request: message text is empty"),
        (
            {"text": "ok", "reply_markup": {"inline_keyboard": [[{"text": "b", "callback_data": "x" * 65}]]}},
            "Bad Request: BUTTON_DATA_INVALID",
        ),
    ],
    ids=["too-long", "unclosed", "unknown-tag", "bare-ampersand", "empty", "callback-data"],
)
def test_send_message_is_checked_like_telegram(api: FakeBotAPI, params: dict[str, Any], description: str) -> None:
    status, body = _call(api, "sendMessage", chat_id=1, **params)
    assert (status, body["description"]) == (400, description)
    assert api.sent() == []


def test_valid_message_is_recorded_and_returned(api: FakeBotAPI) -> None:
    status, body = _call(api, "sendMessage", chat_id=5, text="<b>hi</b> &amp; bye", parse_mode="HTML")
    assert status == 200
    assert body["result"]["text"] == "hi & bye"
    assert body["result"]["chat"]["id"] == 5
    assert api.sent()[0]["text"] == "<b>hi</b> &amp; bye"


def test_faults(api: FakeBotAPI) -> None:
    api.inject("sendMessage", Fault("429", seconds=3))
    status, body = _call(api, "sendMessage", chat_id=1, text="a")
    assert (status, body["parameters"]) == (429, {"retry_after": 3})
    api.inject("sendMessage", Fault("500"))
    assert _call(api, "sendMessage", chat_id=1, text="a")[0] == 500
    api.block_chat(9)
    status, body = _call(api, "sendMessage", chat_id=9, text="a")
    assert (status, body["description"]) == (403, "Forbidden: bot was blocked by the user")
    api.inject("sendMessage", Fault("hold"))
    started = time.monotonic()
    assert _call(api, "sendMessage", chat_id=1, text="a")[0] == 500
    assert time.monotonic() - started >= 0.2
    assert _call(api, "sendMessage", chat_id=1, text="a")[0] == 200


def test_random_failures_are_seeded(api: FakeBotAPI) -> None:
    def outcomes() -> list[int]:
        return [_call(api, "sendChatAction", chat_id=1, action="typing")[0] for _ in range(40)]

    api.fail_randomly("sendChatAction", rate=0.3, seed=5, kinds=("500",))
    first = outcomes()
    api.fail_randomly("sendChatAction", rate=0.3, seed=5, kinds=("500",))
    assert outcomes() == first
    assert 0 < first.count(500) < 40

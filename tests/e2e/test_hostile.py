"""Odd and hostile input through the real bot process: valid HTML or silence, and it keeps running."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.auxil import updates as u
from tests.auxil.fake_bot_api import FakeBotAPI
from tests.e2e.conftest import TOKEN

pytestmark = pytest.mark.e2e

Case = tuple[str, Callable[[], dict[str, Any]], str]  # id, update factory, expected: reply|silent|callback|inline
CHANNEL = {"id": -100777, "type": "channel", "title": "News channel"}
CASES: list[Case] = [
    ("empty-text", lambda: u.update(message=u.message("")), "silent"),
    ("whitespace", lambda: u.text_update("   \t  "), "reply"),
    ("4096-chars", lambda: u.text_update("why " * 1024), "reply"),
    ("emoji", lambda: u.text_update("🙂"), "reply"),
    ("right-to-left", lambda: u.text_update("ماذا قال وانغ يي؟"), "reply"),
    ("chinese", lambda: u.text_update("王毅说了什么？"), "reply"),
    ("control-chars", lambda: u.text_update("what\x00 did\x07 Wang\x1b[31m Yi say"), "reply"),
    ("html", lambda: u.text_update("<b>bold</b> <script>alert(1)</script> &amp; &lt;"), "reply"),
    ("markdown", lambda: u.text_update("*what* did _Wang Yi_ `say` [x](http://e.com)"), "reply"),
    ("token-shaped", lambda: u.text_update(f"What did {TOKEN} say?"), "reply"),
    ("unknown-command", lambda: u.text_update("/frobnicate now"), "reply"),
    ("command-at-bot", lambda: u.text_update("/quotes@news_qa_bot"), "reply"),
    ("forged-callback", lambda: u.callback_update("src:1,2,3,4,5,6,7,8,9,10,11"), "callback"),
    ("empty-inline", lambda: u.inline_update(""), "inline"),
    ("channel-post", lambda: u.update(channel_post=u.message("what did Wang Yi say", CHANNEL, user=None)), "silent"),
    ("no-from-user", lambda: u.text_update("what did Wang Yi say", user=None), "reply"),
    ("group-chatter", lambda: u.text_update("lunch anyone?", u.group_chat()), "silent"),
]


def test_odd_input_table(fake_api: FakeBotAPI, start_bot: Any) -> None:
    pushed = [(case_id, factory(), expected) for case_id, factory, expected in CASES]
    with start_bot(LOG_LEVEL="DEBUG") as bot:
        for _, payload, _ in pushed:
            fake_api.push(payload)
        probe = u.text_update("Who wrote this article?")  # answered last: everything before it is done
        fake_api.push(probe)
        assert fake_api.wait_for(
            lambda: any(_reply_to(p) == probe["message"]["message_id"] for p in fake_api.sent()), timeout=30
        )
        assert bot.process.poll() is None
        bot.terminate()
        log = bot.log
    assert fake_api.rejected == []  # every message was valid HTML under the limit
    assert TOKEN not in log
    replies = [_reply_to(p) for p in fake_api.sent()]
    for case_id, payload, expected in pushed:
        message = payload.get("message") or payload.get("channel_post") or {}
        if expected == "reply":
            assert message["message_id"] in replies, case_id
        elif expected == "silent":
            assert message.get("message_id") not in replies, case_id
        elif expected == "callback":
            answers = fake_api.sent("answerCallbackQuery")
            assert any("expired" in str(a.get("text", "")) for a in answers), case_id
        else:
            assert fake_api.sent("answerInlineQuery"), case_id
    for params in fake_api.sent():
        assert TOKEN not in params["text"]
        assert "<script>" not in params["text"]


def _reply_to(params: dict[str, Any]) -> int | None:
    reply = params.get("reply_parameters") or {}
    return int(reply["message_id"]) if "message_id" in reply else None


def test_full_journey_over_http(fake_api: FakeBotAPI, start_bot: Any) -> None:
    with start_bot():
        fake_api.push(u.text_update("what did Wang Yi say"))
        (answer,) = fake_api.wait_sent(1)
        buttons = {b["text"]: b["callback_data"] for row in answer["reply_markup"]["inline_keyboard"] for b in row}
        fake_api.push(u.callback_update(buttons["Show source"]))
        source = fake_api.wait_sent(2)[1]
        assert source["text"].startswith("<b>Source paragraphs</b>")
        fake_api.push(u.text_update("/quotes"))
        assert "Every quote in the article" in fake_api.wait_sent(3)[2]["text"]
        fake_api.push(u.inline_update("who said win-win cooperation"))
        fake_api.wait_sent(1, method="answerInlineQuery")
        fake_api.push(u.text_update("what did Wang Yi say", u.group_chat()))  # silent
        fake_api.push(u.text_update("@news_qa_bot what did Wang Yi say", u.group_chat()))
        group_answer = fake_api.wait_sent(4)[3]
        assert int(group_answer["chat_id"]) == u.group_chat()["id"]
        fake_api.push(u.update(message=u.message(None, photo=u.PHOTO)))
        assert "text questions" in fake_api.wait_sent(5)[4]["text"]
    assert len(fake_api.sent()) == 5
    assert fake_api.rejected == []

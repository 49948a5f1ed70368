"""Conversations through the real Application: follow-ups, groups, replies, buttons, /reset, the TTL.

Expected texts come from the article: Wang Yi's quotes are on lines 31 and 33 ("beginning to
stabilise", "negative factors"), his role on line 21 ("China’s Foreign Minister"); Xi Jinping's
quotes include line 13 ("There are still a number of issues") and line 15 ("win-win cooperation").
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from bot import handlers
from bot.conversation import MEMORY_KEY
from bot.types import BotApp
from tests.auxil import updates as u
from tests.auxil.recording_request import BOT_USER, RecordingRequest
from tests.auxil.telegram_html import visible_text
from tests.bot.conftest import Send

BOB = {"id": 222, "is_bot": False, "first_name": "Bob"}


def _buttons(params: dict[str, Any]) -> list[tuple[str, str]]:
    markup = params.get("reply_markup")
    data = json.loads(markup) if isinstance(markup, str) else markup or {"inline_keyboard": []}
    return [(b["text"], b["callback_data"]) for row in data["inline_keyboard"] for b in row]


def _last(request_log: RecordingRequest) -> str:
    return visible_text(request_log.sent()[-1]["text"])


def _tap(data: str, message_id: int, chat: dict[str, Any] | None = None, user: dict[str, Any] = u.USER) -> Any:
    """A tap on a button under the bot's message ``message_id``."""
    message = {"message_id": message_id, "date": 1, "chat": chat or u.private_chat(), "from": BOT_USER, "text": "x"}
    return u.update(callback_query={"id": "7", "from": user, "chat_instance": "1", "data": data, "message": message})


async def test_a_follow_up_is_answered_in_context(send: Send, request_log: RecordingRequest) -> None:
    await send(u.text_update("What did Wang Yi say?"))
    await send(u.text_update("what else did he say?"))
    assert _last(request_log) == "That's everything the article quotes from Wang Yi."
    await send(u.text_update("who is he?"))
    assert "China’s Foreign Minister" in _last(request_log)


async def test_reset_and_start_forget_the_conversation(send: Send, request_log: RecordingRequest) -> None:
    for command in ("/reset", "/start"):
        await send(u.text_update("who is Wang Yi"))
        await send(u.text_update(command))
        await send(u.text_update("what did he say?"))
        sent = request_log.sent()[-1]
        assert visible_text(sent["text"]).startswith("Who do you mean: Xi Jinping, Antony Blinken or Wang Yi?")
        assert [label for label, _ in _buttons(sent)] == ["Xi Jinping", "Antony Blinken", "Wang Yi"]
    assert "Starting over" in visible_text(request_log.sent()[1]["text"])


async def test_an_idle_conversation_starts_over(app: BotApp, send: Send, request_log: RecordingRequest) -> None:
    await send(u.text_update("who is Wang Yi"))
    memory = app.chat_data[111][MEMORY_KEY]
    focus = memory.talk(0)
    hour_ago = replace(focus, at=focus.at - 3600)  # CONTEXT_TTL is 30 minutes
    app.chat_data[111][MEMORY_KEY] = memory.remember(0, hour_ago, hour_ago.at)
    await send(u.text_update("what did he say?"))
    assert _last(request_log).startswith("Who do you mean")


async def test_two_members_of_a_group_keep_separate_conversations(send: Send, request_log: RecordingRequest) -> None:
    group = u.group_chat()
    await send(u.text_update("/ask what did Wang Yi say", group))
    await send(u.text_update("/ask who is Xi Jinping", group, user=BOB))
    await send(u.text_update("/ask what else did he say", group))
    assert _last(request_log) == "That's everything the article quotes from Wang Yi."
    await send(u.text_update("/ask what did he say", group, user=BOB))
    assert "There are still a number of issues" in _last(request_log)


async def test_a_reply_continues_from_the_answer_it_replies_to(send: Send, request_log: RecordingRequest) -> None:
    await send(u.text_update("What did Wang Yi say?"))
    wang_answer = 1001  # RecordingRequest numbers the bot's messages from 1001
    await send(u.text_update("What did Blinken say?"))
    replied = {"message_id": wang_answer, "date": 1, "chat": u.private_chat(), "from": BOT_USER, "text": "x"}
    await send(u.text_update("who is he?", reply_to_message=replied))
    assert "China’s Foreign Minister" in _last(request_log)


async def test_more_continues_the_focus(send: Send, request_log: RecordingRequest) -> None:
    await send(u.text_update("what did Xi say about cooperation"))
    answer = request_log.sent()[-1]
    assert "win-win cooperation" in visible_text(answer["text"])
    more = [data for label, data in _buttons(answer) if label == "More"]
    await send(_tap(more[0], message_id=1001))
    text = _last(request_log)
    assert "There are still a number of issues" in text
    assert "win-win cooperation" not in text
    await send(_tap(more[0], message_id=1001))  # the same button again: everything was shown since
    assert _last(request_log) == "That's everything the article quotes from Xi Jinping."


async def test_a_person_button_answers_who_do_you_mean(send: Send, request_log: RecordingRequest) -> None:
    await send(u.text_update("what else did he say?"))
    buttons = dict(_buttons(request_log.sent()[-1]))
    await send(_tap(buttons["Wang Yi"], message_id=1001))
    assert "beginning to stabilise" in _last(request_log)


async def test_a_long_question_is_picked_by_number(send: Send, request_log: RecordingRequest) -> None:
    await send(u.text_update("what did he say about the production and export of synthetic opioid precursors"))
    buttons = dict(_buttons(request_log.sent()[-1]))
    assert buttons["Wang Yi"] == "pick:2"
    await send(_tap("pick:2", message_id=1001))
    assert "beginning to stabilise" in _last(request_log)
    await send(_tap("pick:9", message_id=1001))
    assert request_log.sent("answerCallbackQuery")[-1]["text"] == handlers.EXPIRED


async def test_an_old_more_button_still_shows_the_passages_in_its_data(
    send: Send, request_log: RecordingRequest
) -> None:
    await send(_tap("more:29", message_id=5))  # an answer the bot no longer remembers
    assert "Other passages that match" in _last(request_log)
    assert "Taiwan" in _last(request_log)


async def test_inline_mode_stays_stateless(send: Send, request_log: RecordingRequest, app: BotApp) -> None:
    await send(u.text_update("What did Wang Yi say?"))
    await send(u.inline_update("what else did he say"))
    (answer,) = request_log.sent("answerInlineQuery")
    assert "Wang Yi" not in json.dumps(answer["results"])

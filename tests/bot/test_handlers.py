"""Every handler, driven with real PTB Updates through the real Application."""

from __future__ import annotations

import json
from typing import Any

import pytest
from telegram import Update

from bot import handlers
from bot.app import build_application
from bot.types import BotApp
from knowledge import KnowledgeBase
from tests.auxil import updates as u
from tests.auxil.recording_request import RecordingRequest
from tests.auxil.telegram_html import visible_text
from tests.bot.conftest import Send, make_settings


def _markup(params: dict[str, Any]) -> list[list[dict[str, Any]]]:
    markup = params.get("reply_markup")
    if not markup:
        return []
    data = json.loads(markup) if isinstance(markup, str) else markup
    return data["inline_keyboard"]


def _buttons(params: dict[str, Any]) -> list[tuple[str, str]]:
    return [(b["text"], b["callback_data"]) for row in _markup(params) for b in row]


def _reply_to(params: dict[str, Any]) -> int | None:
    reply = params.get("reply_parameters")
    if not reply:
        return None
    return int((json.loads(reply) if isinstance(reply, str) else reply)["message_id"])


async def test_start_names_the_article_and_offers_three_questions(send: Send, request_log: RecordingRequest) -> None:
    await send(u.text_update("/start"))
    (sent,) = request_log.sent()
    assert sent["parse_mode"] == "HTML"
    assert "Xi Jinping meets Antony Blinken" in sent["text"]
    assert "Business Standard" in sent["text"]
    buttons = _buttons(sent)
    assert len(buttons) == 3
    assert all(data.startswith("ask:") for _, data in buttons)


async def test_help_lists_commands(send: Send, request_log: RecordingRequest) -> None:
    await send(u.text_update("/help"))
    text = request_log.sent()[0]["text"]
    for command in ("/ask", "/quotes", "/speakers", "/source"):
        assert command in text
    assert "@news_qa_bot" in text


async def test_question_gets_typing_then_a_cited_reply(kb: KnowledgeBase, request_log: RecordingRequest) -> None:
    update = u.text_update("what did Wang Yi say")
    application = build_application(make_settings(typing_delay=0), kb, request=request_log)
    async with application:
        await application.process_update(Update.de_json(update, application.bot))
    endpoints = [name for name, _ in request_log.calls if name != "getMe"]
    assert endpoints == ["sendChatAction", "sendMessage"]
    assert request_log.sent("sendChatAction")[0]["action"] == "typing"
    (sent,) = request_log.sent()
    assert _reply_to(sent) == update["message"]["message_id"]
    assert "<b>Wang Yi</b>" in sent["text"]
    assert sent["text"].count("<blockquote>") == 2
    assert "line 31" in sent["text"]
    assert "line 33" in sent["text"]
    assert ("Show source", "src:31,33") in _buttons(sent)


async def test_instant_answer_needs_no_typing_but_a_slow_reply_shows_it(
    send: Send, request_log: RecordingRequest
) -> None:
    await send(u.text_update("what did Wang Yi say"))
    assert request_log.sent("sendChatAction") == []
    request_log.slow["sendMessage"] = 0.6  # longer than the default TYPING_DELAY of 0.3 s
    await send(u.text_update("what did Wang Yi say"))
    assert [name for name, _ in request_log.calls if name != "getMe"][-2:] == ["sendMessage", "sendChatAction"]


async def test_fact_answer_offers_more(send: Send, request_log: RecordingRequest) -> None:
    await send(u.text_update("Where was the meeting held?"))
    labels = [label for label, _ in _buttons(request_log.sent()[0])]
    assert labels == ["Show source", "More"]


async def test_abstention_offers_suggestions_as_buttons(send: Send, request_log: RecordingRequest) -> None:
    await send(u.text_update("What is the subscription price?"))
    (sent,) = request_log.sent()
    assert "The article doesn&#x27;t say." in sent["text"]
    assert next(data for _, data in _buttons(sent)).startswith("ask:What did")


@pytest.mark.parametrize(
    "text",
    ["<b>bold</b> <script>alert(1)</script> &amp; *md* _x_", "What did <Wang Yi> say & why?", "👋", "   ", "a" * 4096],
    ids=["html", "angle-name", "emoji", "blank", "long"],
)
async def test_hostile_text_gets_a_valid_html_reply(send: Send, request_log: RecordingRequest, text: str) -> None:
    await send(u.text_update(text))
    (sent,) = request_log.sent()  # RecordingRequest already checked the HTML and the length
    assert "<script>" not in sent["text"]


async def test_edited_message_is_answered_again(send: Send, request_log: RecordingRequest) -> None:
    await send(u.update(edited_message=u.message("What did Xi say?", edit_date=1)))
    assert "line 15" in request_log.sent()[0]["text"]


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ("/quotes", "Every quote in the article"),
        ("/speakers", "People in the article"),
        ("/who", "Joe Biden"),
        ("/source", "Abhijeet Kumar"),
        ("/ask Who reported this story?", "line 7"),
        ("/ask", "Send /ask followed by a question"),
    ],
)
async def test_commands(send: Send, request_log: RecordingRequest, command: str, expected: str) -> None:
    await send(u.text_update(command))
    assert expected in visible_text(request_log.sent()[0]["text"])


async def test_quotes_lists_every_speaker(send: Send, request_log: RecordingRequest) -> None:
    await send(u.text_update("/quotes"))
    text = visible_text(request_log.sent()[0]["text"])
    for name in ("Xi Jinping", "Antony Blinken", "Wang Yi", "Unattributed"):
        assert name in text


async def test_show_source_button_sends_the_paragraphs(send: Send, request_log: RecordingRequest) -> None:
    await send(u.callback_update("src:31,33"))
    assert request_log.sent("answerCallbackQuery")
    text = visible_text(request_log.sent()[0]["text"])
    assert text.startswith("Source paragraphs")
    assert "five and a half hours" in text
    assert "line 33" in text


async def test_suggested_question_button_answers_it(send: Send, request_log: RecordingRequest) -> None:
    await send(u.callback_update("ask:What did Wang Yi say?"))
    assert "line 31" in request_log.sent()[0]["text"]


@pytest.mark.parametrize("data", ["src:abc", "src:999", "src:", "more:1,2,3", "zzz", "", "src:" + "9," * 20])
async def test_forged_or_stale_callback_data_gets_a_polite_notice(
    send: Send, request_log: RecordingRequest, data: str
) -> None:
    await send(u.callback_update(data))
    assert request_log.sent("answerCallbackQuery")[0]["text"] == handlers.EXPIRED
    assert request_log.sent() == []


async def test_inline_query_offers_the_answer(send: Send, request_log: RecordingRequest) -> None:
    await send(u.inline_update("what did Wang Yi say"))
    (call,) = request_log.sent("answerInlineQuery")
    results = json.loads(call["results"]) if isinstance(call["results"], str) else call["results"]
    content = results[0]["input_message_content"]
    assert content["parse_mode"] == "HTML"
    assert "line 31" in content["message_text"]


async def test_empty_inline_query_offers_suggestions(send: Send, request_log: RecordingRequest) -> None:
    await send(u.inline_update(""))
    (call,) = request_log.sent("answerInlineQuery")
    results = json.loads(call["results"]) if isinstance(call["results"], str) else call["results"]
    assert next(r["title"] for r in results).startswith("What did")


@pytest.mark.parametrize(
    ("payload", "answered"),
    [
        (lambda: u.text_update("what did Wang Yi say", u.group_chat()), False),
        (lambda: u.text_update("@news_qa_bot what did Wang Yi say", u.group_chat()), True),
        (lambda: u.text_update("/ask what did Wang Yi say", u.group_chat()), True),
        (lambda: u.text_update("/ask@news_qa_bot what did Wang Yi say", u.group_chat()), True),
        (
            lambda: u.text_update(
                "and what did Wang Yi say?",
                u.group_chat(),
                reply_to_message=u.message("earlier answer", u.group_chat(), user=u.BOT_USER_PAYLOAD),
            ),
            True,
        ),
        (lambda: u.text_update("/frobnicate", u.group_chat()), False),
        (lambda: u.update(message=u.message(None, u.group_chat(), photo=u.PHOTO)), False),
    ],
    ids=["plain", "mention", "ask", "ask-at-bot", "reply-to-bot", "foreign-command", "photo"],
)
async def test_group_rules(send: Send, request_log: RecordingRequest, payload: Any, answered: bool) -> None:
    await send(payload())
    replies = request_log.sent()
    assert bool(replies) is answered
    if answered:
        assert "line 31" in replies[0]["text"]


@pytest.mark.parametrize(
    "extra",
    [{"photo": "PHOTO"}, {"sticker": "STICKER"}, {"voice": "VOICE"}, {"document": "DOCUMENT"}],
    ids=["photo", "sticker", "voice", "document"],
)
async def test_non_text_gets_text_only_notice(send: Send, request_log: RecordingRequest, extra: dict[str, str]) -> None:
    ((field, name),) = extra.items()
    await send(u.update(message=u.message(None, **{field: getattr(u, name)})))
    assert request_log.sent()[0]["text"] == handlers.TEXT_ONLY


async def test_unknown_command_points_to_help(send: Send, request_log: RecordingRequest) -> None:
    await send(u.text_update("/frobnicate<b>"))
    text = request_log.sent()[0]["text"]
    assert "/help" in text
    assert "&lt;b&gt;" in text


async def test_channel_posts_are_ignored(send: Send, request_log: RecordingRequest) -> None:
    channel = {"id": -100999, "type": "channel", "title": "News"}
    await send(u.update(channel_post=u.message("what did Wang Yi say", channel, user=None)))
    assert request_log.sent() == []


async def test_allow_list_refuses_other_chats(kb: KnowledgeBase, request_log: RecordingRequest) -> None:
    application = build_application(make_settings(allowed_chat_ids=(111,)), kb, request=request_log)
    async with application:
        await application.process_update(Update.de_json(u.text_update("what did Wang Yi say"), application.bot))
        other = u.text_update("what did Wang Yi say", u.private_chat(222))
        await application.process_update(Update.de_json(other, application.bot))
    first, second = request_log.sent()
    assert "line 31" in first["text"]
    assert second["text"] == "Sorry, this bot is not available in this chat."
    assert second["chat_id"] == 222


async def test_allow_list_in_a_group_refuses_only_when_addressed(
    kb: KnowledgeBase, request_log: RecordingRequest
) -> None:
    application = build_application(make_settings(allowed_chat_ids=(111,)), kb, request=request_log)
    async with application:
        for payload in (
            u.text_update("lunch anyone?", u.group_chat()),
            u.update(message=u.message(None, u.group_chat(), photo=u.PHOTO)),
            u.text_update("@news_qa_bot what did Wang Yi say", u.group_chat()),
        ):
            await application.process_update(Update.de_json(payload, application.bot))
    (refusal,) = request_log.sent()
    assert refusal["text"] == "Sorry, this bot is not available in this chat."


async def test_failure_is_apologised_for_once(app: BotApp, send: Send, request_log: RecordingRequest) -> None:
    request_log.fail_next("sendMessage", 400, "Bad Request: chat not found")
    await send(u.text_update("what did Wang Yi say"))
    texts = [p["text"] for p in request_log.sent()]
    assert texts[-1] == handlers.SORRY
    assert texts.count(handlers.SORRY) == 1


async def test_blocked_user_is_dropped_quietly(app: BotApp, send: Send, request_log: RecordingRequest) -> None:
    request_log.fail_next("sendMessage", 403, "Forbidden: bot was blocked by the user")
    await send(u.text_update("what did Wang Yi say"))
    assert len(request_log.sent()) == 1  # the failed answer; no apology attempted

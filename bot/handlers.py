"""Telegram handlers: commands, questions, buttons, inline mode, and the error handler.

Handlers are thin: they read the update, ask the KnowledgeBase (kept in
``bot_data``), and send what ``bot.render`` produced. Every update type is routed
on purpose: new and edited messages are questions, channel posts are ignored.
"""

from __future__ import annotations

import asyncio
import html
import logging
import re
import time
from typing import TYPE_CHECKING

from telegram import (
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Message,
    Update,
    User,
)
from telegram.constants import ChatAction, ParseMode
from telegram.error import Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot.addressing import ADDRESSED, COMMAND_FOR_BOT
from bot.conversation import Conversations, member_of
from bot.keyboards import suggestion_keyboard
from bot.logs import redact
from bot.render import (
    render_answer,
    render_citations,
    render_quotes,
    render_source,
    render_speakers,
    render_welcome,
)
from bot.replies import Replies
from knowledge import MAX_QUESTION_CHARS, Answer, Citation, KnowledgeBase

if TYPE_CHECKING:
    from collections.abc import Sequence

logger = logging.getLogger(__name__)

KB_KEY = "knowledge"
REPLIES_KEY = "replies"
ALLOWED_CHATS_KEY = "allowed_chat_ids"
ADMINS_KEY = "admin_ids"
TYPING_DELAY_KEY = "typing_delay"
CONVERSATIONS_KEY = "conversations"
_INLINE_RESULTS = 3

HELP_TEXT = (
    "<b>What I do</b>\n"
    "I answer questions about one news article, only with what the article says, "
    "and show the line each answer comes from. If the article doesn't say, I tell you so.\n\n"
    "<b>Try</b>\n"
    "• What did Wang Yi say?\n"
    "• Who said “win-win cooperation”?\n"
    "• Where was the meeting held?\n"
    "• Who wrote this article?\n"
    "• What is this article about?\n\n"
    "<b>Commands</b>\n"
    "/ask &lt;question&gt; — ask (in groups, or reply to me, or mention me)\n"
    "/quotes — every quote, by speaker\n"
    "/speakers or /who — the people in the article\n"
    "/source — headline, author, date and outlet\n"
    "/reset — start the conversation over\n"
    "/help — this message\n\n"
    "<b>Follow-ups</b>\n"
    "I remember what we are talking about: after an answer, ask “what else did he say?”, "
    "“and Blinken?” or “why did he say that?”. Reply to one of my answers to continue from it.\n\n"
    "<b>What I can't do</b>\n"
    "I don't know anything beyond this one article, I don't browse the web, "
    "and I read text only (no photos, voice or stickers).\n\n"
    "Inline: type @{username} and a question in any chat."
)
TEXT_ONLY = "I read text questions only. Ask me something about the article, or see /help."
EXPIRED = "That button has expired. Please ask the question again."
RESET = "Starting over. Ask me anything about the article."
SORRY = "Sorry, something went wrong while answering. Please try again."


def replies_of(context: ContextTypes.DEFAULT_TYPE) -> Replies:
    """The reply cache built at start-up."""
    replies = context.bot_data[REPLIES_KEY]
    if not isinstance(replies, Replies):
        raise TypeError("bot_data holds no Replies")
    return replies


def conversations_of(context: ContextTypes.DEFAULT_TYPE) -> Conversations:
    """The conversation memory settings built at start-up."""
    conversations = context.bot_data.get(CONVERSATIONS_KEY)
    if not isinstance(conversations, Conversations):
        raise TypeError("bot_data holds no Conversations")
    return conversations


def knowledge_of(context: ContextTypes.DEFAULT_TYPE) -> KnowledgeBase:
    """The KnowledgeBase built at start-up."""
    kb = context.bot_data[KB_KEY]
    if not isinstance(kb, KnowledgeBase):
        raise TypeError("bot_data holds no KnowledgeBase")
    return kb


async def gate(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Refuse chats outside ALLOWED_CHAT_IDS with one line, and stop further handling."""
    allowed: Sequence[int] = context.bot_data.get(ALLOWED_CHATS_KEY, ())
    chat = update.effective_chat
    if not allowed or (chat is not None and chat.id in allowed):
        return
    if update.callback_query:
        await update.callback_query.answer("This bot is not available in this chat.")
    elif update.inline_query:
        await update.inline_query.answer([], cache_time=0)
    elif update.message and (ADDRESSED.check_update(update) or COMMAND_FOR_BOT.check_update(update)):
        await update.message.reply_text("Sorry, this bot is not available in this chat.")
    raise ApplicationHandlerStop


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Start the conversation over and send the welcome with three suggested questions as buttons."""
    kb = knowledge_of(context)
    message = update.effective_message
    if message:
        conversations_of(context).forget(context.chat_data, member_of(message.chat, update.effective_user))
        await message.reply_html(render_welcome(kb), reply_markup=suggestion_keyboard(kb.suggestions))


async def reset_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Start the sender's conversation over."""
    message = update.effective_message
    if message:
        conversations_of(context).forget(context.chat_data, member_of(message.chat, update.effective_user))
        await message.reply_text(RESET)


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Explain what the bot can and cannot do."""
    message = update.effective_message
    if message:
        username = html.escape(context.bot.username or "this_bot")
        await message.reply_html(HELP_TEXT.replace("{username}", username))


async def quotes_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List every quote in the article grouped by speaker."""
    await _reply_all(update.effective_message, render_quotes(knowledge_of(context)))


async def speakers_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the people in the article with roles and whether they are quoted."""
    await _reply_all(update.effective_message, render_speakers(knowledge_of(context)))


async def source_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show headline, author, date and outlet, and how citations work."""
    await _reply_all(update.effective_message, render_source(knowledge_of(context)))


async def ask_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer '/ask QUESTION'; explain usage when the question is missing."""
    message = update.effective_message
    if message is None:
        return
    question = " ".join(context.args or [])
    if not question.strip():
        await message.reply_html("Send /ask followed by a question, for example: /ask What did Wang Yi say?")
        return
    await reply_with_answer(message, context, question)


async def question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a text message (new or edited) as a question about the article."""
    message = update.effective_message
    if message is None or message.text is None:
        return
    text = _without_bot_mention(message, context.bot.username)
    await reply_with_answer(message, context, text)


async def not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Tell the sender of a photo, sticker, voice note or file that the bot reads text."""
    message = update.effective_message
    if message:
        await message.reply_text(TEXT_ONLY)


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Point an unknown command to /help."""
    message = update.effective_message
    if message and message.text:
        command = message.text.split()[0][:64]
        await message.reply_html(f"I don't know {html.escape(command)}. See /help for what I can do.")


async def reply_with_answer(
    message: Message,
    context: ContextTypes.DEFAULT_TYPE,
    text: str,
    user: User | None = None,
    under: int | None = None,
) -> None:
    """Answer in the context of the conversation and reply with the rendered answer and its buttons.

    ``user`` is who asked (default: the message's sender); ``under`` the bot message whose
    focus to continue from (default: the bot message this one replies to, if any). The
    typing indicator is shown first when TYPING_DELAY is 0; otherwise only if the reply
    has not gone out after that many seconds (an instant answer needs no "typing…").
    """
    conversations = conversations_of(context)
    member = member_of(message.chat, user or message.from_user)
    now = time.time()
    focus = conversations.recall(context.chat_data, member, under or _replied_to_bot(message, context), now)
    replies = replies_of(context)
    turn = replies.turn(text[:MAX_QUESTION_CHARS], focus, now)
    conversations.remember(context.chat_data, member, turn.focus, now)
    reply = replies.render(turn)
    delay = float(context.bot_data.get(TYPING_DELAY_KEY, 0.0))
    if delay <= 0:
        await _show_typing(message)
    # A timer, not a sleeping task: most answers go out first, and cancelling a timer costs nothing.
    timer = asyncio.get_running_loop().call_later(delay, _typing_later, message, context) if delay > 0 else None
    try:
        sent = await _reply_all(message, list(reply.parts), reply.keyboard)
    finally:
        if timer:
            timer.cancel()
    conversations.answered(context.chat_data, [m.message_id for m in sent], turn.focus)
    if context.application is not None:
        conversations.sweep(context.application, now)


def _replied_to_bot(message: Message, context: ContextTypes.DEFAULT_TYPE) -> int | None:
    """The id of the bot's message this message replies to, if it replies to the bot."""
    replied = message.reply_to_message
    if replied and replied.from_user and replied.from_user.id == context.bot.id:
        return replied.message_id
    return None


def _typing_later(message: Message, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The answer is slow: show the typing indicator now (in a task the application tracks)."""
    context.application.create_task(_show_typing(message))


async def _show_typing(message: Message) -> None:
    """Send the typing indicator (cosmetic: failures are only logged)."""
    try:
        await message.get_bot().send_chat_action(message.chat_id, ChatAction.TYPING)
    except (NetworkError, RetryAfter) as exc:
        logger.debug("typing indicator failed: %s", exc)


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Handle taps on 'Show source', 'More', suggested questions and people; refuse forged data."""
    query = update.callback_query
    if query is None:
        return
    kb = knowledge_of(context)
    kind, _, payload = (query.data or "").partition(":")
    message = query.message if isinstance(query.message, Message) else None
    question = _tapped_question(kind, payload, message, query.from_user, context)
    if question and message:
        await query.answer()
        await reply_with_answer(message, context, question, user=query.from_user, under=message.message_id)
        return
    lines = _parse_lines(payload, kb) if kind in ("src", "more") else None
    if not lines or message is None:
        await query.answer(EXPIRED)
        return
    await query.answer()
    heading = "Source paragraphs" if kind == "src" else "Other passages that match"
    await _reply_all(message, render_citations(heading, _paragraphs_at(kb, lines)))


def _tapped_question(
    kind: str, payload: str, message: Message | None, user: User, context: ContextTypes.DEFAULT_TYPE
) -> str | None:
    """The question a tap asks: a suggestion, a person picked, or "more" of the answer it is under."""
    if kind == "ask" and payload:
        return payload
    if message is None or kind not in ("pick", "more"):
        return None
    member = member_of(message.chat, user)
    focus = conversations_of(context).recall(context.chat_data, member, message.message_id, time.time())
    if focus is None:
        return None  # forgotten (idle too long): "more" falls back to the lines in its data
    if kind == "more":
        return "more"
    index = int(payload) if payload.isdigit() and len(payload) < 3 else -1
    return focus.options[index].question if 0 <= index < len(focus.options) else None


async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Offer the answer to an inline question ('@bot what did Wang Yi say') as a result."""
    query = update.inline_query
    if query is None:
        return
    kb = knowledge_of(context)
    questions = [query.query] if query.query.strip() else list(kb.suggestions)
    results = [_inline_result(str(i), q, kb.answer(q[:MAX_QUESTION_CHARS])) for i, q in enumerate(questions)]
    await query.answer(results[:_INLINE_RESULTS], cache_time=60)


async def error_handler(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the failure with the update id, apologise once, and keep the bot running."""
    error = context.error
    update_id = update.update_id if isinstance(update, Update) else None
    if isinstance(error, Forbidden):
        logger.info("update %s: the chat blocked the bot or removed it (%s)", update_id, error)
        return
    if isinstance(error, RetryAfter):
        logger.warning("update %s: %s", update_id, error)  # the rate limiter already waited and retried
        return
    if update is None and isinstance(error, NetworkError):
        logger.warning("network error while polling, retrying: %s", error)
        return
    logger.error("update %s caused an error", update_id, exc_info=error)
    await _apologise(update)
    await _notify_admins(context, update_id, error)


async def _apologise(update: object) -> None:
    """Tell the user, once, that their question failed."""
    if not isinstance(update, Update):
        return
    if update.callback_query:
        try:
            await update.callback_query.answer(SORRY)
        except TelegramError as exc:
            logger.info("could not answer the callback query: %s", exc)
        return
    message = update.effective_message
    if message is None or update.channel_post or update.edited_channel_post:
        return
    try:
        await message.reply_text(SORRY, do_quote=False)
    except TelegramError as exc:
        logger.info("could not send the apology: %s", exc)


async def _notify_admins(context: ContextTypes.DEFAULT_TYPE, update_id: int | None, error: object) -> None:
    """Send ADMIN_IDS a one-line report (no traceback, nothing secret)."""
    token = context.bot.token
    text = redact(f"Update {update_id} failed: {type(error).__name__}: {error}", [token])[:500]
    for admin in context.bot_data.get(ADMINS_KEY, ()):
        try:
            await context.bot.send_message(admin, text, parse_mode=None)
        except TelegramError as exc:
            logger.info("could not notify admin %s: %s", admin, exc)


async def _reply_all(
    message: Message | None, parts: list[str], keyboard: InlineKeyboardMarkup | None = None
) -> list[Message]:
    """Reply with each part in order; the keyboard goes under the last one. Returns the messages sent."""
    if message is None:
        return []
    sent = []
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        sent.append(await message.reply_html(part, reply_markup=keyboard if last else None))
    return sent


def _without_bot_mention(message: Message, username: str | None) -> str:
    """The message text with '@botname' removed."""
    text = message.text or ""
    if username:
        text = re.sub(rf"@{re.escape(username)}\b", " ", text, flags=re.IGNORECASE)
    return text


def _parse_lines(payload: str, kb: KnowledgeBase) -> list[int] | None:
    """Line numbers from callback data, or None if any is not a body line (stale or forged)."""
    parts = payload.split(",")
    if not payload or len(parts) > 10 or not all(p.isdigit() and len(p) < 8 for p in parts):
        return None
    lines = [int(p) for p in parts]
    body = {n for p in kb.article.paragraphs for n in range(p.line, p.end_line + 1)}
    return lines if all(n in body for n in lines) else None


def _paragraphs_at(kb: KnowledgeBase, lines: list[int]) -> list[Citation]:
    """The whole paragraphs that hold the given lines, in article order."""
    chosen = [p for p in kb.article.paragraphs if any(p.line <= n <= p.end_line for n in lines)]
    return [Citation(kb.file_name, p.line, p.end_line, p.text) for p in chosen]


def _inline_result(result_id: str, question: str, answer: Answer) -> InlineQueryResultArticle:
    """An inline result whose message is the rendered answer."""
    first = answer.citations[0].text if answer.citations else (answer.intro or "")
    return InlineQueryResultArticle(
        id=result_id,
        title=question[:100] or "Question",
        description=first[:120],
        input_message_content=InputTextMessageContent(render_answer(answer)[0], parse_mode=ParseMode.HTML),
    )

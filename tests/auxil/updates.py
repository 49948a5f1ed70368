"""Build real Update payloads the way Telegram sends them (JSON dicts, parsed by PTB)."""

from __future__ import annotations

import itertools
import time
from typing import Any

_ids = itertools.count(1)
USER = {"id": 111, "is_bot": False, "first_name": "Ann", "username": "ann", "language_code": "en"}
BOT_USERNAME = "news_qa_bot"


def private_chat(chat_id: int = 111) -> dict[str, Any]:
    """A private chat with a user."""
    return {"id": chat_id, "type": "private", "first_name": "Ann"}


def group_chat(chat_id: int = -100123) -> dict[str, Any]:
    """A supergroup."""
    return {"id": chat_id, "type": "supergroup", "title": "Newsroom"}


def message(
    text: str | None = None,
    chat: dict[str, Any] | None = None,
    user: dict[str, Any] | None = USER,
    **extra: Any,
) -> dict[str, Any]:
    """A message payload with bot_command and mention entities filled in."""
    payload: dict[str, Any] = {"message_id": next(_ids), "date": int(time.time()), "chat": chat or private_chat()}
    if user is not None:
        payload["from"] = user
    if text is not None:
        payload["text"] = text
        entities = _entities(text)
        if entities:
            payload["entities"] = entities
    payload.update(extra)
    return payload


def _entities(text: str) -> list[dict[str, Any]]:
    """bot_command at the start and @mentions, with UTF-16 offsets as Telegram gives them."""
    entities = []
    if text.startswith("/"):
        command = text.split()[0]
        entities.append({"type": "bot_command", "offset": 0, "length": _units(command)})
    start = 0
    while (at := text.find("@", start)) != -1:
        end = at + 1
        while end < len(text) and (text[end].isalnum() or text[end] == "_"):
            end += 1
        if end - at > 1 and not (text.startswith("/") and at < len(text.split()[0])):
            entities.append({"type": "mention", "offset": _units(text[:at]), "length": _units(text[at:end])})
        start = end
    return entities


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def update(**fields: Any) -> dict[str, Any]:
    """An Update payload with a fresh update_id."""
    return {"update_id": next(_ids), **fields}


def text_update(text: str, chat: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    """An update carrying a new text message."""
    return update(message=message(text, chat, **extra))


def callback_update(data: str, chat: dict[str, Any] | None = None) -> dict[str, Any]:
    """A tap on an inline button under one of the bot's messages."""
    bot_message = message("answer", chat, user={"id": 999, "is_bot": True, "first_name": "NewsBot"})
    return update(
        callback_query={
            "id": str(next(_ids)),
            "from": USER,
            "chat_instance": "42",
            "data": data,
            "message": bot_message,
        }
    )


def inline_update(query: str) -> dict[str, Any]:
    """An inline query typed as '@bot query'."""
    return update(inline_query={"id": str(next(_ids)), "from": USER, "query": query, "offset": ""})


BOT_USER_PAYLOAD = {"id": 999, "is_bot": True, "first_name": "NewsBot", "username": BOT_USERNAME}
PHOTO = [{"file_id": "p1", "file_unique_id": "u1", "width": 90, "height": 90}]
STICKER = {
    "file_id": "s1", "file_unique_id": "u2", "type": "regular", "width": 512, "height": 512,
    "is_animated": False, "is_video": False,
}  # fmt: skip
VOICE = {"file_id": "v1", "file_unique_id": "u3", "duration": 2}
DOCUMENT = {"file_id": "d1", "file_unique_id": "u4", "file_name": "notes.pdf"}

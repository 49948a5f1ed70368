"""Conversation memory, kept in ``chat_data``: one conversation per private chat, one per member in groups.

Each chat's memory is a frozen ``ChatMemory``: the focus of each member's
conversation, and the focus of the bot's recent answers by message id (so a reply
to an older answer, or a button under it, continues from that answer). It is
replaced, never mutated, which makes PTB's deep copy before persisting free.
Memory is bounded: conversations idle longer than CONTEXT_TTL are dropped, and so
are the oldest chats beyond ``max_chats``.
"""

from __future__ import annotations

from collections.abc import Iterable, MutableMapping
from dataclasses import dataclass, replace
from typing import Any

from telegram import Chat, User
from telegram.constants import ChatType

from bot.types import BotApp
from knowledge import CONTEXT_TTL, Focus, Intent, Option, is_current

MEMORY_KEY = "conversation"
MAX_MEMBERS = 50  # conversations kept per group
MAX_ANSWERS = 32  # recent answers per chat whose focus a reply or a button can use
MAX_CHATS = 10_000
SWEEP_EVERY = 60.0  # seconds between sweeps of idle chats

ChatData = MutableMapping[Any, Any]


Packed = tuple[Any, ...]  # a Focus as plain values: pickles fast, shared by reference


@dataclass(frozen=True, slots=True)
class ChatMemory:
    """What the bot remembers about one chat; ``active`` is the time of its last turn.

    Foci are kept packed as tuples of plain values: the whole memory is pickled after
    every update that changes it, and plain tuples pickle several times faster than
    dataclasses; a focus stored twice (a member's conversation and the answer sent)
    is the same tuple, pickled once.
    """

    talks: tuple[tuple[int, Packed], ...] = ()
    answers: tuple[tuple[int, Packed], ...] = ()
    active: float = 0.0

    def __deepcopy__(self, memo: dict[int, object]) -> ChatMemory:
        """Immutable: a copy is the value itself."""
        return self

    def talk(self, member: int) -> Focus | None:
        """The focus of one member's conversation."""
        return next((_unpack(packed) for key, packed in self.talks if key == member), None)

    def answer(self, message_id: int) -> Focus | None:
        """The focus the bot's message ``message_id`` answered with."""
        return next((_unpack(packed) for key, packed in self.answers if key == message_id), None)

    def remember(self, member: int, focus: Focus, now: float) -> ChatMemory:
        """A copy with ``focus`` as the member's conversation."""
        talks = (*((k, f) for k, f in self.talks if k != member), (member, _pack(focus)))[-MAX_MEMBERS:]
        return ChatMemory(talks, self.answers, now)

    def answered(self, sent: Iterable[int], focus: Focus) -> ChatMemory:
        """A copy that knows the focus the messages just sent answered with."""
        packed = _pack(focus)
        packed = next((p for _, p in self.talks if p == packed), packed)
        answers = (*self.answers, *((message_id, packed) for message_id in sent))[-MAX_ANSWERS:]
        return replace(self, answers=answers)

    def forget(self, member: int) -> ChatMemory:
        """A copy without the member's conversation (/start, /reset)."""
        return replace(self, talks=tuple((k, f) for k, f in self.talks if k != member))


def _pack(focus: Focus) -> Packed:
    """A focus as a tuple of plain values."""
    options = tuple((o.label, o.question) for o in focus.options)
    return (focus.people, focus.intent.value, focus.question, focus.topic, focus.shown, focus.anchor, options, focus.at)


def _unpack(packed: Packed) -> Focus:
    """The focus ``_pack`` packed."""
    people, intent, question, topic, shown, anchor, options, at = packed
    return Focus(people, Intent(intent), question, topic, shown, anchor, tuple(Option(*o) for o in options), at)


def member_of(chat: Chat, user: User | None) -> int:
    """Whose conversation a message belongs to: the chat's (0) in private, the sender's in groups."""
    if chat.type == ChatType.PRIVATE or user is None:
        return 0
    return user.id


class Conversations:
    """Reads and writes conversations in chat_data, and drops idle ones (kept in bot_data)."""

    def __init__(self, ttl: float = CONTEXT_TTL, max_chats: int = MAX_CHATS) -> None:
        """Conversations idle longer than ``ttl`` seconds start over."""
        self.ttl = ttl
        self.max_chats = max_chats
        self._last_sweep = 0.0

    def recall(self, chat_data: ChatData | None, member: int, message_id: int | None, now: float) -> Focus | None:
        """The focus to answer with: that of the bot's message replied to, else the member's conversation."""
        memory = _memory(chat_data)
        talk = memory.talk(member)
        focus = memory.answer(message_id) if message_id is not None else None
        if not is_current(focus, now, self.ttl) or _same_subject(focus, talk):
            focus = talk  # the conversation has gone further on the same subject since that answer
        return focus if is_current(focus, now, self.ttl) else None

    def remember(self, chat_data: ChatData | None, member: int, focus: Focus, now: float) -> None:
        """Store the member's new focus (at once: their next message may come before the reply is sent)."""
        if chat_data is not None:
            chat_data[MEMORY_KEY] = _memory(chat_data).remember(member, focus, now)

    def answered(self, chat_data: ChatData | None, sent: Iterable[int], focus: Focus) -> None:
        """Store the focus the messages just sent answered with (for replies and buttons under them)."""
        if chat_data is not None:
            chat_data[MEMORY_KEY] = _memory(chat_data).answered(sent, focus)

    def forget(self, chat_data: ChatData | None, member: int) -> None:
        """Start the member's conversation over."""
        if chat_data is not None and MEMORY_KEY in chat_data:
            chat_data[MEMORY_KEY] = _memory(chat_data).forget(member)

    def sweep(self, application: BotApp, now: float) -> None:
        """At most once a minute: drop chats idle longer than the TTL, then the oldest beyond ``max_chats``."""
        if now - self._last_sweep < SWEEP_EVERY and len(application.chat_data) <= self.max_chats:
            return
        self._last_sweep = now
        active = sorted(((_memory(data).active, chat_id) for chat_id, data in application.chat_data.items()))
        for rank, (at, chat_id) in enumerate(active):
            if now - at > self.ttl or rank < len(active) - self.max_chats:
                application.drop_chat_data(chat_id)


def _same_subject(one: Focus | None, other: Focus | None) -> bool:
    """Whether two foci are the same line of questioning (same question about the same people)."""
    return one is not None and other is not None and (one.question, one.people) == (other.question, other.people)


def _memory(chat_data: ChatData | None) -> ChatMemory:
    """The chat's memory (empty if none, or if what is stored is not one)."""
    memory = chat_data.get(MEMORY_KEY) if chat_data is not None else None
    return memory if isinstance(memory, ChatMemory) else ChatMemory()

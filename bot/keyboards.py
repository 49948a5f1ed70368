"""Inline keyboards under answers: suggested questions, "Show source" and "More"."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from knowledge import Answer, Citation, Option

CALLBACK_LIMIT = 64  # bytes of callback_data Telegram accepts


def answer_keyboard(answer: Answer) -> InlineKeyboardMarkup | None:
    """Suggested questions under an abstention; 'Show source' and 'More' under an answer."""
    if answer.abstained and not answer.citations:
        return suggestion_keyboard(answer.suggestions)
    row = []
    source = callback_data_for("src", answer.citations)
    if source:
        row.append(InlineKeyboardButton("Show source", callback_data=source))
    more = callback_data_for("more", answer.more)
    if more:
        row.append(InlineKeyboardButton("More", callback_data=more))
    return InlineKeyboardMarkup([row]) if row else None


def suggestion_keyboard(questions: Sequence[str]) -> InlineKeyboardMarkup | None:
    """One button per suggested question (those that fit in callback data)."""
    rows = [
        [InlineKeyboardButton(q, callback_data=f"ask:{q}")]
        for q in questions
        if len(f"ask:{q}".encode()) <= CALLBACK_LIMIT
    ]
    return InlineKeyboardMarkup(rows) if rows else None


def callback_data_for(kind: str, citations: Sequence[Citation]) -> str | None:
    """'kind:31,33' with as many distinct lines as fit in 64 bytes."""
    lines: list[str] = []
    for line in dict.fromkeys(c.line for c in citations):
        if len(f"{kind}:{','.join([*lines, str(line)])}".encode()) > CALLBACK_LIMIT:
            break
        lines.append(str(line))
    return f"{kind}:{','.join(lines)}" if lines else None


def choice_keyboard(options: Sequence[Option]) -> InlineKeyboardMarkup | None:
    """One button per person for "who do you mean?": the question itself, or its number if too long."""
    rows = []
    for i, option in enumerate(options):
        data = f"ask:{option.question}"
        if len(data.encode()) > CALLBACK_LIMIT:
            data = f"pick:{i}"
        rows.append([InlineKeyboardButton(option.label, callback_data=data)])
    return InlineKeyboardMarkup(rows) if rows else None

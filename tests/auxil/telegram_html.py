"""Check text the way Telegram's HTML parse mode does: known tags, closed, escaped."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

ALLOWED_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler",
    "a", "code", "pre", "blockquote", "tg-emoji",
}  # fmt: skip
NAMED_ENTITIES = {"lt", "gt", "amp", "quot"}


class TelegramHTMLError(ValueError):
    """The text would be refused with "Bad Request: can't parse entities"."""


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            raise TelegramHTMLError(f'unsupported start tag "{tag}"')
        if tag == "blockquote" and "blockquote" in self.stack:
            raise TelegramHTMLError("blockquotes can't be nested")
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            raise TelegramHTMLError(f'unexpected end tag "{tag}"')
        self.stack.pop()

    def handle_entityref(self, name: str) -> None:
        if name not in NAMED_ENTITIES:
            raise TelegramHTMLError(f'unsupported entity "&{name};"')


def check_telegram_html(text: str) -> None:
    """Raise TelegramHTMLError if Telegram would refuse ``text`` in HTML parse mode."""
    if re.search(r"&(?!(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);)", text):
        raise TelegramHTMLError("unescaped & (or unsupported entity)")
    if re.search(r"<(?![a-zA-Z/])", text):
        raise TelegramHTMLError("unescaped <")
    checker = _Checker()
    checker.feed(text)
    checker.close()
    if checker.stack:
        raise TelegramHTMLError(f'unclosed tag "{checker.stack[-1]}"')


def visible_text(text: str) -> str:
    """The text Telegram shows: tags removed, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", text))

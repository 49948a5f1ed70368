"""Render answers and article views as Telegram HTML, split below the length limit.

Every piece of text from the article or the user goes through ``html.escape``;
the only tags are ours (<b>, <i>, <blockquote>) and each block closes its own
tags, so splitting between blocks can never cut a tag.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator

from knowledge import Answer, Citation, KnowledgeBase, Section, line_label

# Telegram's limit is 4096 characters after entity parsing (tags do not count);
# we measure the text without tags in UTF-16 units and keep a margin.
MESSAGE_LIMIT = 4000
_TAG = re.compile(r"<[^>]*>")


def visible_length(markup: str) -> int:
    """Length Telegram counts for an HTML block: text without tags, in UTF-16 units."""
    return _units(html.unescape(_TAG.sub("", markup)))


def render_answer(answer: Answer) -> list[str]:
    """The answer as one or more HTML messages, each under the limit."""
    blocks: list[str] = []
    if answer.intro:
        blocks.append(html.escape(answer.intro))
    for section in answer.sections:
        blocks.extend(_section_blocks(section))
    if answer.abstained and answer.suggestions:
        blocks.append("<i>Try one of these:</i>")
    return split_blocks(blocks)


def render_citations(heading: str, citations: Iterable[Citation]) -> list[str]:
    """A heading and quoted passages, each with its line (for "Show source" and "More")."""
    return split_blocks([f"<b>{html.escape(heading)}</b>", *(b for c in citations for b in _quote_blocks(c))])


def render_quotes(kb: KnowledgeBase) -> list[str]:
    """Every quote in the article, grouped by speaker, with lines."""
    blocks = ["<b>Every quote in the article, by speaker</b>"]
    speakers = list(dict.fromkeys(q.speaker for q in kb.quotes))
    for speaker in speakers:
        citations = {kb.cite(q.sentence, speaker) for q in kb.quotes if q.speaker == speaker}
        ordered = sorted(citations, key=lambda c: (c.line, c.text))
        blocks.append(f"<b>{html.escape(speaker or 'Unattributed')}</b>")
        blocks.extend(b for c in ordered for b in _quote_blocks(c))
    if not kb.quotes:
        blocks.append("The article has no direct quotes.")
    return split_blocks(blocks)


def render_speakers(kb: KnowledgeBase) -> list[str]:
    """The people in the article: role, whether quoted, and where mentioned."""
    blocks = ["<b>People in the article</b>"]
    for person in kb.cast.people:
        role = f", {html.escape(person.role)}" if person.role else ""
        quoted = "quoted" if person.quoted else "mentioned, not quoted"
        lines = ", ".join(str(n) for n in person.mention_lines)
        blocks.append(f"• <b>{html.escape(person.name)}</b>{role} — {quoted} (lines {lines})")
    if not kb.cast.people:
        blocks.append("The article names no people.")
    return split_blocks(blocks)


def render_source(kb: KnowledgeBase) -> list[str]:
    """Headline, author, dates and outlet, and how citations refer to the article."""
    article = kb.article
    rows = [f"<b>{html.escape(article.title)}</b>"]
    if article.standfirst:
        rows.append(f"<i>{html.escape(article.standfirst.text)}</i>")
    if article.byline:
        dateline = f", {article.byline.dateline}" if article.byline.dateline else ""
        rows.append(f"By {html.escape(article.byline.author + dateline)}")
    if article.outlet:
        rows.append(f"Outlet: {html.escape(article.outlet.text)}")
    for label, item in (("Published", article.published), ("Updated", article.updated)):
        if item:
            rows.append(f"{label}: {html.escape(item.text)} (line {item.line})")
    rows.append(f"Citations such as “line 31” are line numbers in the file <code>{html.escape(kb.file_name)}</code>.")
    return split_blocks(["\n".join(rows)])


def render_welcome(kb: KnowledgeBase) -> str:
    """The /start message: what the bot reads and what to ask."""
    article = kb.article
    details = [article.outlet.text if article.outlet else None, article.published.text if article.published else None]
    source = " · ".join(html.escape(d) for d in details if d)
    return (
        "I answer questions about one news article, using only what it says, "
        "and cite the line each answer comes from.\n\n"
        f"<b>{html.escape(article.title)}</b>" + (f"\n<i>{source}</i>" if source else "") + "\n\n"
        "Ask me anything about it, or tap a question:"
    )


def _section_blocks(section: Section) -> list[str]:
    """A section's heading (speaker name in bold) and its quoted citations."""
    blocks = []
    if section.heading:
        blocks.append(_heading(section))
    blocks.extend(b for c in section.citations for b in _quote_blocks(c))
    return blocks


def _heading(section: Section) -> str:
    """Escape a heading, putting the speaker's name in bold when it leads."""
    speaker = next((c.speaker for c in section.citations if c.speaker), None)
    heading = section.heading or ""
    if speaker and heading.startswith(speaker):
        return f"<b>{html.escape(speaker)}</b>{html.escape(heading[len(speaker) :])}"
    return html.escape(heading)


def _quote_blocks(citation: Citation) -> list[str]:
    """A cited sentence in a blockquote followed by its line (cut in pieces if huge)."""
    pieces = _pieces(citation.text, MESSAGE_LIMIT - 100)
    blocks = [f"<blockquote>{html.escape(p)}</blockquote>" for p in pieces]
    blocks[-1] += f"<i>{line_label(citation)}</i>"
    return blocks


def split_blocks(blocks: list[str], limit: int = MESSAGE_LIMIT) -> list[str]:
    """Join blocks into messages under ``limit``, breaking only between blocks."""
    messages: list[str] = []
    current: list[str] = []
    size = 0
    for block in blocks:
        length = visible_length(block) + 2
        if current and size + length > limit:
            messages.append("\n\n".join(current))
            current, size = [], 0
        current.append(block)
        size += length
    if current:
        messages.append("\n\n".join(current))
    return messages or [""]


def _pieces(text: str, size: int) -> list[str]:
    """Cut text into pieces of at most ``size`` UTF-16 units, between words where possible."""
    pieces, current = [], ""
    for word in _short_words(text.split(" "), size):
        candidate = f"{current} {word}" if current else word
        if current and _units(candidate) > size:
            pieces.append(current)
            candidate = word
        current = candidate
    return [*pieces, current]


def _short_words(words: list[str], size: int) -> Iterator[str]:
    """Words as they are, except that one longer than ``size`` is cut into parts."""
    for word in words:
        while _units(word) > size:
            yield word[: size // 2]  # a character is at most 2 UTF-16 units
            word = word[size // 2 :]
        yield word


def _units(text: str) -> int:
    """Length in UTF-16 code units, as Telegram counts."""
    return len(text.encode("utf-16-le")) // 2

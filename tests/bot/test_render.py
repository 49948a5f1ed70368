"""Rendering: escaping, bold speakers, blockquotes with lines, and splitting under 4096."""

from __future__ import annotations

from bot.render import MESSAGE_LIMIT, render_answer, split_blocks, visible_length
from knowledge import Answer, Citation, Intent, KnowledgeBase, Section
from tests.auxil.telegram_html import check_telegram_html, visible_text


def _answer(*citations: Citation, heading: str | None = None, intro: str | None = None) -> Answer:
    return Answer("q", Intent.FACT, False, intro, (Section(heading, citations),))


def test_article_and_user_text_are_escaped() -> None:
    citation = Citation("a.txt", 3, 3, 'Profits <fell> 5% & "rose" at A&B <b>', "Ann <Lee>")
    (html_text,) = render_answer(_answer(citation, heading="Ann <Lee> said:", intro="Is 1 < 2 & 3?"))
    check_telegram_html(html_text)
    assert "<b>Ann &lt;Lee&gt;</b> said:" in html_text
    assert "Profits &lt;fell&gt; 5% &amp;" in html_text
    assert visible_text(html_text).startswith("Is 1 < 2 & 3?")


def test_each_citation_is_a_blockquote_followed_by_its_line(kb: KnowledgeBase) -> None:
    (html_text,) = render_answer(kb.answer("what did Wang Yi say"))
    assert "</blockquote><i>line 31</i>" in html_text
    assert "</blockquote><i>line 33</i>" in html_text


def test_long_answers_split_between_blocks_and_stay_valid() -> None:
    citations = [Citation("a.txt", n, n, f"Sentence number {n} " + "word " * 150) for n in range(1, 40)]
    parts = render_answer(_answer(*citations, heading="Many:"))
    assert len(parts) > 1
    for part in parts:
        check_telegram_html(part)
        assert len(visible_text(part)) <= 4096
    joined = "".join(parts)
    assert all(f"line {n}<" in joined for n in range(1, 40))


def test_a_single_huge_sentence_is_cut_into_valid_pieces() -> None:
    parts = render_answer(_answer(Citation("a.txt", 1, 1, "x" * 9000 + " & <end>")))
    assert len(parts) >= 3
    for part in parts:
        check_telegram_html(part)
        assert visible_length(part) <= MESSAGE_LIMIT
    assert "&lt;end&gt;" in parts[-1]


def test_length_counts_utf16_units_like_telegram() -> None:
    assert visible_length("<b>😀</b>&amp;") == 3
    parts = split_blocks(["😀" * 1500, "😀" * 1500])
    assert len(parts) == 2

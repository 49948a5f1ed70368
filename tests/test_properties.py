"""Property-based tests: arbitrary text never breaks the engine or the renderer."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.render import MESSAGE_LIMIT, render_answer, visible_length
from knowledge import Answer, ArticleError, Citation, Intent, KnowledgeBase, Section
from tests.auxil.telegram_html import check_telegram_html

KB = KnowledgeBase.from_file()
TEXT = st.text(st.characters(codec="utf-8"), max_size=600)


@settings(max_examples=300, deadline=None)
@given(question=TEXT)
def test_any_question_gets_a_renderable_answer(question: str) -> None:
    answer = KB.answer(question)
    assert answer.abstained or answer.citations
    for part in render_answer(answer):
        check_telegram_html(part)
        assert 0 < visible_length(part) <= MESSAGE_LIMIT


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    texts=st.lists(st.text(st.characters(codec="utf-8"), min_size=1, max_size=3000), min_size=1, max_size=6),
    heading=TEXT,
    intro=st.one_of(st.none(), TEXT),
)
def test_renderer_escapes_and_splits_anything(texts: list[str], heading: str, intro: str | None) -> None:
    citations = tuple(Citation("a.txt", n, n, text, heading or None) for n, text in enumerate(texts, start=1))
    answer = Answer("q", Intent.FACT, False, intro, (Section(heading or None, citations),))
    for part in render_answer(answer):
        check_telegram_html(part)
        assert visible_length(part) <= MESSAGE_LIMIT


NEWS_WORDS = [
    "Wang", "Yi", "said", "“We", "will", "win,”", "he", "added", "the", "Chinese", "minister", "Xi Jinping",
    "told", '"', ",", "according to", "Dr.", "U.S.", "President", "Ann Lee", "she", ":", "“", "”", "Minister",
]  # fmt: skip
PROSE = st.lists(st.sampled_from(NEWS_WORDS), min_size=6, max_size=30).map(lambda words: " ".join(words) + ".")


@settings(max_examples=150, deadline=None)
@given(body=st.lists(st.one_of(TEXT, PROSE), min_size=1, max_size=20))
def test_any_article_text_loads_or_fails_cleanly(body: list[str]) -> None:
    text = "Headline\n\n" + "\n\n".join(body)
    try:
        kb = KnowledgeBase.from_text(text)
    except ArticleError:
        return
    for question in ("What did they say?", "What did Wang Yi say?", "Who said we will win?", "Who is Ann Lee?"):
        answer = kb.answer(question)
        assert answer.abstained or answer.citations
        for citation in answer.citations:
            assert citation.text in text

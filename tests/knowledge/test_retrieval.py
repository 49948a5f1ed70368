"""BM25Retriever: candidate scoring equals full scoring; coverage; edge cases."""

from __future__ import annotations

import pytest
from rank_bm25 import BM25Okapi

from knowledge import KnowledgeBase
from knowledge.retrieval import BM25Retriever
from knowledge.tokenize import tokenize

DOCS = [["xi", "meet", "blinken"], ["wang", "told", "blinken", "stabilis"], ["trade", "taiwan"]]


def test_scores_equal_full_bm25_scores() -> None:
    retriever = BM25Retriever(DOCS)
    full = BM25Okapi(DOCS).get_scores(["blinken", "stabilis"])
    hits = retriever.search(["blinken", "stabilis"], top_k=3)
    assert [h.index for h in hits] == [1, 0]
    for hit in hits:
        assert hit.score == pytest.approx(full[hit.index])


def test_coverage_is_the_share_of_query_weight_present() -> None:
    retriever = BM25Retriever(DOCS)
    (hit,) = retriever.search(["trade", "taiwan"], top_k=1)
    assert hit.coverage == pytest.approx(1.0)
    (partial,) = retriever.search(["trade", "unknownword"], top_k=1)
    assert 0 < partial.coverage < 0.5


def test_empty_query_and_no_match_return_nothing() -> None:
    retriever = BM25Retriever(DOCS)
    assert retriever.search([], top_k=3) == []
    assert retriever.search(["absent"], top_k=3) == []


def test_among_restricts_candidates() -> None:
    retriever = BM25Retriever(DOCS)
    assert [h.index for h in retriever.search(["blinken"], among=[0])] == [0]


def test_tiny_corpus_of_one_document_still_ranks() -> None:
    retriever = BM25Retriever([["only", "doc"]])
    assert [h.index for h in retriever.search(["doc"])] == [0]


def test_empty_corpus_is_rejected() -> None:
    with pytest.raises(ValueError, match="at least one"):
        BM25Retriever([[]])


def test_term_in_every_document_still_counts_for_a_match() -> None:
    retriever = BM25Retriever([["talk", "china"], ["talk", "trade"]])
    hits = retriever.search(["talk", "china"], top_k=2)
    assert [h.index for h in hits] == [0, 1]
    assert all(h.score > 0 for h in hits)


def test_pruned_search_returns_exactly_the_full_top_k(monkeypatch: pytest.MonkeyPatch) -> None:
    import random

    import knowledge.retrieval as retrieval

    rng = random.Random(7)
    vocabulary = [f"w{i}" for i in range(40)]
    weights = [1 / (i + 1) for i in range(40)]  # a few very common words, many rare ones
    docs = [rng.choices(vocabulary, weights, k=rng.randint(3, 12)) for _ in range(300)]
    monkeypatch.setattr(retrieval, "CANDIDATE_LIMIT", 20)  # force the bound to decide
    retriever = BM25Retriever(docs)
    for _ in range(200):
        query = rng.sample(vocabulary, rng.randint(1, 5))
        hits = retriever.search(query, top_k=8)
        full = retriever.search_all(query, top_k=8)
        assert [(h.index, round(h.score, 9)) for h in hits] == [(h.index, round(h.score, 9)) for h in full]


def test_scores_equal_rank_bm25_on_the_article(kb: KnowledgeBase) -> None:
    documents = [
        tokenize(s.text) + tokenize(" ".join(kb.attribution.sentence_people.get(s.index, ())))
        for s in kb.article.sentences
    ]
    reference = BM25Okapi(documents)
    for term, idf in reference.idf.items():
        if idf <= 0:
            reference.idf[term] = 1e-3  # the retriever keeps every IDF positive
    retriever = BM25Retriever(documents)
    for question in ["what did Wang Yi say", "where was the meeting held", "win-win cooperation", "China US trade"]:
        query = tokenize(question)
        full = reference.get_scores(list(dict.fromkeys(query)))  # the retriever counts a term once
        for hit in retriever.search_all(query, top_k=len(documents)):
            assert hit.score == pytest.approx(full[hit.index], rel=1e-12)

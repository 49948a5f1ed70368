"""BM25 search over pre-tokenized passages, scoring only passages that share a term.

``rank_bm25.BM25Okapi`` does the scoring. An inverted index picks the candidate
passages first, so a question costs time in proportion to the passages that
share a term with it, not to the size of the article (the scores are identical:
a passage with no query term scores zero). Alongside the score each hit carries
its *coverage*: the share of the question's term weight the passage contains,
which is what tells an answer from a coincidence.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rank_bm25 import BM25Okapi

_MIN_IDF = 1e-3


@dataclass(frozen=True, slots=True)
class Hit:
    """A passage that matched: its position, BM25 score and term coverage (0..1)."""

    index: int
    score: float
    coverage: float


class BM25Retriever:
    """Rank passages for a tokenized query.

    Usage::

        retriever = BM25Retriever([["xi", "meet"], ["blinken", "said"]])
        retriever.search(["blinken"], top_k=1)  # [Hit(index=1, ...)]
    """

    def __init__(self, documents: Sequence[Sequence[str]]) -> None:
        """Index the documents; each is a list of terms from ``knowledge.tokenize``."""
        if not documents or not any(documents):
            raise ValueError("BM25Retriever needs at least one non-empty document")
        self._bm25 = BM25Okapi([list(d) for d in documents])
        # BM25Okapi floors negative IDFs at epsilon x average IDF, and on a tiny article
        # that average can itself be zero or negative, which would rank matches below
        # non-matches. Keep every IDF positive so a shared term always helps.
        for term, idf in self._bm25.idf.items():
            if idf <= 0:
                self._bm25.idf[term] = _MIN_IDF
        self._postings: dict[str, list[int]] = {}
        for index, document in enumerate(documents):
            for term in set(document):
                self._postings.setdefault(term, []).append(index)
        self._size = len(documents)
        self._terms = [frozenset(d) for d in documents]

    def __len__(self) -> int:
        """Number of indexed passages."""
        return self._size

    def __contains__(self, term: object) -> bool:
        """Whether any passage holds this term."""
        return term in self._postings

    def weight(self, term: str) -> float:
        """A positive IDF for a term; terms the article lacks weigh the most."""
        count = len(self._postings.get(term, ()))
        return math.log(1 + (self._size - count + 0.5) / (count + 0.5))

    def search(self, query: Sequence[str], top_k: int = 5, among: Iterable[int] | None = None) -> list[Hit]:
        """The ``top_k`` best passages for ``query``, optionally only those in ``among``."""
        terms = list(dict.fromkeys(query))
        if not terms:
            return []
        candidates = {i for t in terms for i in self._postings.get(t, ())}
        if among is not None:
            candidates &= set(among)
        if not candidates:
            return []
        ordered = sorted(candidates)
        scores = self._bm25.get_batch_scores(terms, ordered)
        total = sum(self.weight(t) for t in terms)
        hits = [
            Hit(i, score, sum(self.weight(t) for t in terms if t in self._terms[i]) / total)
            for i, score in zip(ordered, scores, strict=True)
        ]
        hits.sort(key=lambda h: (-h.score, h.index))
        return hits[:top_k]

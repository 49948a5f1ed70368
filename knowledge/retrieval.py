"""BM25 search over pre-tokenized passages, scoring only passages that share a term.

``rank_bm25.BM25Okapi`` does the scoring. An inverted index picks the candidate
passages first, so a question costs time in proportion to the passages that
share a term with it, not to the size of the article (the scores are identical:
a passage with no query term scores zero). Alongside the score each hit carries
its *coverage*: the share of the question's term weight the passage contains,
which is what tells an answer from a coincidence.
"""

from __future__ import annotations

import array
import heapq
import math
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from rank_bm25 import BM25Okapi

_MIN_IDF = 1e-3
CANDIDATE_LIMIT = 1000  # passages scored before the bound decides whether to score more


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
        # get_batch_scores turns doc_len into a numpy array on every call; from a list
        # that costs ~0.5 ms at 10,000 passages, from a typed array (buffer protocol) ~nothing.
        self._bm25.doc_len = array.array("d", self._bm25.doc_len)
        self._postings: dict[str, list[int]] = {}
        for index, document in enumerate(documents):
            for term in set(document):
                self._postings.setdefault(term, []).append(index)
        self._size = len(documents)
        self._weights = {term: self._idf(len(postings)) for term, postings in self._postings.items()}
        self._absent_weight = self._idf(0)
        self._terms = [frozenset(d) for d in documents]
        self._max_score = self._max_scores()

    def _max_scores(self) -> dict[str, float]:
        """For each term, the most it adds to any passage's score (the bound for pruning)."""
        bm25 = self._bm25
        best: dict[str, float] = {}
        for frequencies, length in zip(bm25.doc_freqs, bm25.doc_len, strict=True):
            norm = bm25.k1 * (1 - bm25.b + bm25.b * length / bm25.avgdl)
            for term, tf in frequencies.items():
                score = bm25.idf[term] * tf * (bm25.k1 + 1) / (tf + norm)
                if score > best.get(term, 0.0):
                    best[term] = score
        return best

    @property
    def vocabulary(self) -> Collection[str]:
        """Every term of the indexed passages."""
        return self._postings.keys()

    def __len__(self) -> int:
        """Number of indexed passages."""
        return self._size

    def terms(self, index: int) -> frozenset[str]:
        """The search terms of one passage."""
        return self._terms[index]

    def __contains__(self, term: object) -> bool:
        """Whether any passage holds this term."""
        return term in self._postings

    def weight(self, term: str) -> float:
        """A positive IDF for a term; terms the article lacks weigh the most."""
        return self._weights.get(term, self._absent_weight)

    def _idf(self, count: int) -> float:
        """The IDF of a term held by ``count`` passages (never negative, unlike BM25Okapi's own)."""
        return math.log(1 + (self._size - count + 0.5) / (count + 0.5))

    def search(self, query: Sequence[str], top_k: int = 5, among: Iterable[int] | None = None) -> list[Hit]:
        """The ``top_k`` best passages for ``query``, optionally only those in ``among``.

        Exact top-k: candidates come from the rarest terms' postings first; passages
        holding only the question's most common terms are scored only if their best
        possible score could reach the top ``top_k`` (a MaxScore-style bound).
        """
        terms = [t for t in dict.fromkeys(query) if t in self._postings]
        if not terms:
            return []
        allowed = None if among is None else set(among)
        rare_first = sorted(terms, key=lambda t: len(self._postings[t]))
        candidates: set[int] = set()
        chosen = 0
        for term in rare_first:
            if chosen and len(candidates) + len(self._postings[term]) > CANDIDATE_LIMIT:
                break
            candidates.update(self._postings[term])
            chosen += 1
        best = self._top(terms, candidates, allowed, top_k)
        skipped = rare_first[chosen:]
        if skipped:
            bound = sum(self._max_score[t] for t in skipped)
            if len(best) < top_k or best[-1][0] <= bound:
                everything = candidates.union(*(self._postings[t] for t in skipped))
                best = self._top(terms, everything, allowed, top_k)
        return self._hits(query, best)

    def search_all(self, query: Sequence[str], top_k: int = 5) -> list[Hit]:
        """The same ranking as ``search``, scoring every passage that shares a term (no bound)."""
        terms = [t for t in dict.fromkeys(query) if t in self._postings]
        everything: set[int] = set().union(*(self._postings[t] for t in terms))
        return self._hits(query, self._top(terms, everything, None, top_k))

    def _top(
        self, terms: list[str], candidates: set[int], allowed: set[int] | None, top_k: int
    ) -> list[tuple[float, int]]:
        """Score candidates with BM25Okapi and keep the best ``top_k`` as (score, index)."""
        if allowed is not None:
            candidates = candidates & allowed
        if not candidates:
            return []
        ordered = sorted(candidates)
        scores = self._bm25.get_batch_scores(terms, ordered)
        return heapq.nsmallest(top_k, zip(scores, ordered, strict=True), key=lambda pair: (-pair[0], pair[1]))

    def coverage(
        self, query: Sequence[str], terms: Collection[str], alternatives: Mapping[str, Collection[str]] | None = None
    ) -> float:
        """The share of the query's term weight (absent terms included) that a text's ``terms`` hold.

        ``alternatives``: other terms that stand for a query term when the text holds one of them.
        """
        total = held = 0.0
        for term in dict.fromkeys(query):
            weight = self._weights.get(term, self._absent_weight)
            total += weight
            if term in terms or (alternatives and any(a in terms for a in alternatives.get(term, ()))):
                held += weight
        return held / total if total else 0.0

    def _hits(self, query: Sequence[str], best: list[tuple[float, int]]) -> list[Hit]:
        """Hits with their coverage of the whole question's weight."""
        return [Hit(i, score, self.coverage(query, self._terms[i])) for score, i in best]

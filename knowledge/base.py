"""KnowledgeBase: one article, parsed, attributed and indexed once, then asked many times."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from knowledge.answers import compose_answer, suggest_questions
from knowledge.article import load_article, parse_article
from knowledge.models import Answer, Article, Citation, Quote, Sentence, Statement
from knowledge.people import Cast, find_people
from knowledge.quotes import Attribution, attribute
from knowledge.retrieval import BM25Retriever
from knowledge.tokenize import tokenize

SHIPPED_ARTICLE = Path(__file__).parent / "articles" / "xi-blinken-beijing-2024-04-26.txt"


@dataclass(frozen=True, slots=True)
class KnowledgeBase:
    """Everything the engine knows about one article. Build it once at start-up.

    Usage::

        kb = KnowledgeBase.from_file(SHIPPED_ARTICLE)
        kb.answer("What did Wang Yi say?").citations[0].line  # 31
    """

    article: Article
    cast: Cast
    attribution: Attribution
    retriever: BM25Retriever

    @classmethod
    def from_file(cls, path: str | Path = SHIPPED_ARTICLE) -> KnowledgeBase:
        """Load, parse and index an article file (ArticleError if it cannot be used)."""
        return cls.from_article(load_article(path))

    @classmethod
    def from_text(cls, text: str, path: str = "article.txt") -> KnowledgeBase:
        """Parse and index article text held in memory."""
        return cls.from_article(parse_article(text, path=path))

    @classmethod
    def from_article(cls, article: Article) -> KnowledgeBase:
        """Attribute quotes and build the search index for a parsed article."""
        cast = Cast.from_people(find_people(article))
        attribution = attribute(article, cast)
        cast = cast.with_quoted({q.speaker for q in attribution.quotes if q.speaker})
        documents = [
            tokenize(s.text) + tokenize(" ".join(attribution.sentence_people.get(s.index, ())))
            for s in article.sentences
        ]
        return cls(article, cast, attribution, BM25Retriever(documents))

    @property
    def file_name(self) -> str:
        """The article's file name, as citations name it."""
        return Path(self.article.path).name

    @property
    def quotes(self) -> tuple[Quote, ...]:
        """Every direct quote in article order."""
        return self.attribution.quotes

    @property
    def statements(self) -> tuple[Statement, ...]:
        """Every sentence of reported (indirect) speech in article order."""
        return self.attribution.statements

    def cite(self, sentence: Sentence, speaker: str | None = None) -> Citation:
        """A citation of one body sentence."""
        return Citation(self.file_name, sentence.line, sentence.end_line, sentence.text, speaker)

    def answer(self, question: str) -> Answer:
        """Answer a question from the article alone."""
        return compose_answer(self, question)

    def suggestions(self) -> tuple[str, ...]:
        """Two or three questions this article can answer."""
        return suggest_questions(self)

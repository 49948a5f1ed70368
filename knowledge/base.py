"""KnowledgeBase: one article, parsed, attributed and indexed once, then asked many times."""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from knowledge.answers import compose_answer, suggest_questions
from knowledge.article import load_article, parse_article
from knowledge.attribution import Attribution, attribute, attribute_header
from knowledge.errors import ArticleError
from knowledge.facts import EVIDENCE_BAR
from knowledge.interview import transcript_labels, transcript_speakers
from knowledge.lexicon import LAW_WORDS, MASTHEAD_WORDS, NOT_NAMES
from knowledge.models import Answer, Article, Citation, PageLine, Quote, Sentence, Statement
from knowledge.people import Cast, find_organisations, find_people, glossed_roles, kinds_shared, spelled_roles
from knowledge.retrieval import BM25Retriever
from knowledge.tokenize import name_words, tokenize

Item = TypeVar("Item")
Key = TypeVar("Key")
SHIPPED_ARTICLE = Path(__file__).parent / "articles" / "xi-blinken-beijing-2024-04-26.txt"


@dataclass(frozen=True, slots=True)
class KnowledgeBase:
    """Everything the engine knows about one article. Build it once at start-up.

    Besides the parsed article, it holds the indexes questions need, so that a
    question costs time in proportion to what it matches, not to the article.

    Usage::

        kb = KnowledgeBase.from_file(SHIPPED_ARTICLE)
        kb.answer("What did Wang Yi say?").citations[0].line  # 31
    """

    article: Article
    cast: Cast
    attribution: Attribution
    retriever: BM25Retriever
    quotes_by_speaker: dict[str | None, tuple[Quote, ...]]  # headline and standfirst quotes first
    header_quotes: tuple[Quote, ...]  # quotes in the headline and standfirst (sentence index -1)
    statements_by_speaker: dict[str, tuple[Statement, ...]]
    quotes_at: dict[int, tuple[Quote, ...]]  # body sentence index -> the quotes it belongs to, in article order
    mentions: dict[str, tuple[Citation, ...]]  # person -> first sentences naming them
    suggestions: tuple[str, ...]  # two or three questions this article can answer
    headline_terms: frozenset[str]  # the headline's search terms: what the whole story is about
    evidence_bar: float = EVIDENCE_BAR  # share of a question's terms a passage must hold to answer it
    file_name: str = ""  # the article's file name, as citations name it (set from the article)
    _read_once: dict[str, Mapping[str, str]] = field(default_factory=dict, repr=False, compare=False)
    _words_by_shape: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        """Name the file once: citations are made on every answer."""
        if not self.file_name:
            object.__setattr__(self, "file_name", self.article.file_name)

    @classmethod
    def from_file(cls, path: str | Path = SHIPPED_ARTICLE) -> KnowledgeBase:
        """Load, parse and index an article file (ArticleError if it cannot be used)."""
        with _collector_paused():
            return cls.from_article(load_article(path))

    @classmethod
    def from_text(cls, text: str, path: str = "article.txt") -> KnowledgeBase:
        """Parse and index article text held in memory."""
        with _collector_paused():
            return cls.from_article(parse_article(text, path=path))

    @classmethod
    def from_article(cls, article: Article) -> KnowledgeBase:
        """Attribute quotes and build the search index for a parsed article."""
        with _collector_paused():
            return cls._build(article)

    @classmethod
    def _build(cls, article: Article) -> KnowledgeBase:
        """The knowledge base of a parsed article (see ``from_article``)."""
        organisations = find_organisations(article)
        labels = transcript_labels(article)  # "CHUE XIONG: …": a transcript's speakers
        people = find_people(article, organisations, frozenset(labels))
        cast = Cast.from_people(people)
        if speakers := transcript_speakers(labels, cast):
            cast = Cast.from_people(people + speakers)
        attribution = attribute(article, cast, organisations)
        cast = Cast.from_people(cast.people + attribution.unnamed)
        cast = cast.with_quoted({q.speaker for q in attribution.quotes if q.speaker})
        cast = cast.with_descriptions(attribution.described)
        cast = cast.with_descriptions(glossed_roles(cast.people, (p.text for p in article.paragraphs)))
        cast = cast.with_descriptions(spelled_roles(cast.people, (p.text for p in article.paragraphs)))
        cast = cast.with_descriptions(kinds_shared(cast.people, article.paragraphs))
        documents = _documents(article, attribution)
        if not any(documents):
            raise ArticleError(f"article file {article.path} has no searchable words in its body")
        header_quotes = attribute_header(article, cast, attribution.double_marks)
        quotes_by_speaker = _group(header_quotes + attribution.quotes, lambda q: q.speaker)
        return cls(
            article=article,
            cast=cast,
            attribution=attribution,
            retriever=BM25Retriever(documents),
            quotes_by_speaker=quotes_by_speaker,
            header_quotes=header_quotes,
            statements_by_speaker=_group(attribution.statements, lambda s: s.speaker),
            quotes_at=_quotes_at(article, attribution.quotes),
            mentions=_mentions(article, cast, attribution.sentence_names),
            suggestions=suggest_questions(cast, quotes_by_speaker, article.byline is not None),
            headline_terms=frozenset(tokenize(article.headline.text)) if article.headline else frozenset(),
        )

    @property
    def quotes(self) -> tuple[Quote, ...]:
        """Every direct quote in article order."""
        return self.attribution.quotes

    @property
    def statements(self) -> tuple[Statement, ...]:
        """Every sentence of reported (indirect) speech in article order."""
        return self.attribution.statements

    def cite(self, sentence: Sentence, speaker: str | None = None, source: str | None = None) -> Citation:
        """A citation of one body sentence (``source``: the outlet a quote in it was relayed through)."""
        return Citation(self.file_name, sentence.line, sentence.end_line, sentence.text, speaker, source)

    def cite_page_line(self, line: PageLine) -> Citation:
        """A citation of one line of the page outside the body: the headline, the byline, a photo's credit."""
        return Citation(self.file_name, line.line, line.line, line.text)

    def cite_quote(self, quote: Quote) -> Citation:
        """A citation of a quote's sentence(s), with its speaker and source."""
        return self.cite(quote.clause or quote.sentence, quote.speaker, quote.source)

    @property
    def name_parts(self) -> Mapping[str, str]:
        """The words of the named people's names, lower-cased, a double-barrelled name's halves apart (for putting
        a misspelled name right; read on first use)."""
        if "name_parts" not in self._read_once:
            parts = (w.lower() for p in self.cast.people if p.named for w in re.split(r"[\s-]", p.name))
            self._read_once["name_parts"] = {w: w for w in parts if w}
        return self._read_once["name_parts"]

    @property
    def words_by_shape(self) -> Mapping[str, tuple[str, ...]]:
        """The article's lower-case words of five letters or more, by their first letter and length ("m7":
        ("meeting", "message")), for putting a misspelled word of a question right (read on first use)."""
        if not self._words_by_shape:
            shapes: dict[str, set[str]] = {}
            for word in {w for s in self.article.sentences for w in _PLAIN_WORD.findall(s.text)}:
                shapes.setdefault(f"{word[0]}{len(word)}", set()).add(word)
            self._words_by_shape.update({shape: tuple(sorted(words)) for shape, words in shapes.items()})
        return self._words_by_shape

    @property
    def name_words(self) -> Mapping[str, str]:
        """ "taiwan": "Taiwan", for each word the article writes only as a name's (read on first use: most
        questions that need it come long after start-up, and a long article takes a while to read)."""
        if "name_words" not in self._read_once:
            self._read_once["name_words"] = name_words(
                (s.text for s in self.article.sentences), NOT_NAMES | LAW_WORDS | MASTHEAD_WORDS
            )
        return self._read_once["name_words"]

    def answer(self, question: str) -> Answer:
        """Answer a question from the article alone."""
        return compose_answer(self, question)


_MENTIONS_KEPT = 5
_PLAIN_WORD = re.compile(r"(?<![\w’'-])[a-z]{5,}(?![\w’'-])")


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a knowledge base is built.

    A build allocates hundreds of thousands of small, long-lived objects and makes no
    reference cycles, so every collection it triggers walks them for nothing (about 8 % of
    the build of a 10,000-paragraph article). Reference counting still frees what is dropped.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _group(items: Iterable[Item], key: Callable[[Item], Key]) -> dict[Key, tuple[Item, ...]]:
    """Items grouped by key, each group in article order."""
    groups: dict[Key, list[Item]] = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return {k: tuple(v) for k, v in groups.items()}


def _documents(article: Article, attribution: Attribution) -> list[list[str]]:
    """Each sentence's search terms, and the names of the people it is about (names tokenized once)."""
    names: dict[tuple[str, ...], list[str]] = {}
    documents = []
    for sentence in article.sentences:
        people = attribution.sentence_people.get(sentence.index, ())
        if people not in names:
            names[people] = tokenize(" ".join(people))
        documents.append(tokenize(sentence.text) + names[people])
    return documents


def _quotes_at(article: Article, quotes: tuple[Quote, ...]) -> dict[int, tuple[Quote, ...]]:
    """For each body sentence inside quotes' sentence(s), those quotes."""
    found: dict[int, list[Quote]] = {}
    for quote in quotes:
        for sentence in article.paragraphs[quote.sentence.paragraph].sentences:
            if quote.covers(sentence):
                found.setdefault(sentence.index, []).append(quote)
    return {index: tuple(at) for index, at in found.items()}


def _mentions(article: Article, cast: Cast, names: dict[int, tuple[str, ...]]) -> dict[str, tuple[Citation, ...]]:
    """The first few sentences (headline and standfirst included) that name each person."""
    found: dict[str, list[Citation]] = {p.name: [] for p in cast.people}
    header = [item for item in (article.headline, article.standfirst) if item is not None]
    named = [(item.text, item.line, [p.name for _, p in cast.mentions(item.text)]) for item in header]
    named += [(s.text, s.line, list(names.get(s.index, ()))) for s in article.sentences]
    for text, line, people in named:
        for person in dict.fromkeys(people):
            if len(found[person]) < _MENTIONS_KEPT:
                found[person].append(Citation(article.file_name, line, line, text))
    return {person: tuple(citations) for person, citations in found.items()}

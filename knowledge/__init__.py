"""The knowledge engine: read one news article and answer questions from it, with citations.

Pure Python with no Telegram in it: ``bot`` depends on this package, never the reverse.
"""

from knowledge.base import SHIPPED_ARTICLE, KnowledgeBase
from knowledge.conversation import CONTEXT_TTL, Focus, Option, Turn, converse, is_current
from knowledge.errors import ArticleError, KnowledgeError
from knowledge.intent import MAX_QUESTION_CHARS
from knowledge.models import (
    Answer,
    Article,
    Byline,
    Citation,
    Intent,
    PageLine,
    Paragraph,
    Person,
    Quote,
    Section,
    Sentence,
    Statement,
)
from knowledge.plaintext import line_label, render_plain

__all__ = [
    "CONTEXT_TTL",
    "MAX_QUESTION_CHARS",
    "SHIPPED_ARTICLE",
    "Answer",
    "Article",
    "ArticleError",
    "Byline",
    "Citation",
    "Focus",
    "Intent",
    "KnowledgeBase",
    "KnowledgeError",
    "Option",
    "PageLine",
    "Paragraph",
    "Person",
    "Quote",
    "Section",
    "Sentence",
    "Statement",
    "Turn",
    "converse",
    "is_current",
    "line_label",
    "render_plain",
]

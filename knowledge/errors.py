"""Errors raised by the knowledge engine.

KnowledgeError
 └── ArticleError   the article file is missing, unreadable or has no prose body
"""


class KnowledgeError(Exception):
    """Root of every error the knowledge engine raises."""


class ArticleError(KnowledgeError):
    """The article cannot be loaded; the message names the file and the fix."""

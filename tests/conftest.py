"""Shared fixtures: the shipped article's knowledge base and the fixture articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import KnowledgeBase

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLES = FIXTURES / "articles"


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    """The knowledge base of the shipped article, built once."""
    return KnowledgeBase.from_file()


@pytest.fixture(scope="session")
def harbour_kb() -> KnowledgeBase:
    """A fixture article with straight quotes, 'X said:' and a byline at the end."""
    return KnowledgeBase.from_file(ARTICLES / "harbour-bridge-straight-quotes.txt")


@pytest.fixture(scope="session")
def drought_kb() -> KnowledgeBase:
    """A fixture article with hard-wrapped lines, a subheading and curly quotes."""
    return KnowledgeBase.from_file(ARTICLES / "drought-wrapped-lines.txt")


@pytest.fixture(autouse=True)
def clean_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never see the developer's bot settings."""
    import os

    for name in list(os.environ):
        if name.startswith(("TELEGRAM_", "WEBHOOK_", "ALLOWED_", "ADMIN_", "ARTICLE_", "LOG_LEVEL", "RATE_LIMIT")):
            monkeypatch.delenv(name)


@pytest.fixture(scope="session")
def fed_kb() -> KnowledgeBase:
    """A wire-style fixture: two bylines, an unlabelled dateline date, straight quotes, footer links."""
    return KnowledgeBase.from_file(ARTICLES / "fed-rates-wire.txt")


@pytest.fixture(scope="session")
def channel_kb() -> KnowledgeBase:
    """Titles with full stops ("Mr. Starmer"), two people in one title run, an organisation that speaks."""
    return KnowledgeBase.from_file(ARTICLES / "channel-deal-titles.txt")

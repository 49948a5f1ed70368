"""Smoke tests: every benchmark runs end to end with tiny sizes (no timing is asserted)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import bot_http, engine, growth, persistence
from bench.synthetic import generate_article
from knowledge import SHIPPED_ARTICLE, KnowledgeBase


def test_engine_benchmark_runs(tmp_path: Path) -> None:
    results = engine.run(SHIPPED_ARTICLE, repeat=1, builds=2, out_dir=tmp_path)
    assert results["questions"] == 28
    assert json.loads((tmp_path / "engine.json").read_text())["sentences"] == 14


def test_growth_benchmark_runs(tmp_path: Path) -> None:
    results = growth.run([10, 30], rounds=1, out_dir=tmp_path)
    assert [row["paragraphs"] for row in results["sizes"]] == [10, 30]
    assert (tmp_path / "growth.json").exists()


@pytest.mark.e2e
def test_bot_http_benchmark_runs(tmp_path: Path) -> None:
    results = bot_http.run(questions=10, chats=3, samples=2, out_dir=tmp_path)
    assert set(results["ratios"]) == {
        "throughput_ratio",
        "cpu_ratio",
        "startup_ratio",
        "rss_extra_mb",
        "latency_p99_extra_ms",
    }


def test_synthetic_articles_are_seeded_and_parse() -> None:
    assert generate_article(20, seed=3) == generate_article(20, seed=3)
    kb = KnowledgeBase.from_text(generate_article(20, seed=3))
    assert len(kb.article.paragraphs) == 20
    assert kb.quotes


def test_persistence_benchmark_runs(tmp_path: Path) -> None:
    results = persistence.run(updates=16, chats=4, rounds=1, out_dir=tmp_path)
    assert results["persisted"]["state_bytes_per_conversation"] > 0
    assert results["memory"]["state_bytes_per_conversation"] == 0

"""Engine benchmark: index build time, per-question latency (p50/p95/p99) and peak memory.

Usage::

    python -m bench.engine                 # the shipped article, dev questions repeated to 3,000
    python -m bench.engine --repeat 5      # a quick run
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bench.common import dev_questions, peak_rss_mb, print_table, summary_ms, write_results
from knowledge import SHIPPED_ARTICLE, KnowledgeBase

EXTRA_QUESTIONS = [
    "Who said the relationship is beginning to stabilise?",
    "What did the Chinese leader say?",
    "When was this article published?",
    "Who is Wang Yi?",
    "What did Blinken say about misunderstandings?",
    "Which issues remain unresolved?",
    "Tell me about Taiwan",
    "What is the weather today?",
]


def run(article: Path, repeat: int, builds: int, out_dir: Path | None = None) -> dict[str, object]:
    """Measure and return the figures (also printed and written as JSON)."""
    text = article.read_text(encoding="utf-8")
    build_times = []
    kb = None
    for _ in range(builds):
        started = time.perf_counter()
        kb = KnowledgeBase.from_text(text, path=str(article))
        build_times.append(time.perf_counter() - started)
    assert kb is not None
    questions = (dev_questions() + EXTRA_QUESTIONS) * repeat
    latencies = []
    for question in questions:
        started = time.perf_counter()
        kb.answer(question)
        latencies.append(time.perf_counter() - started)
    build = summary_ms(build_times)
    results: dict[str, object] = {
        "article": article.name,
        "sentences": len(kb.article.sentences),
        "builds": builds,
        "build_p50_ms": build["p50_ms"],
        "build_max_ms": max(build_times) * 1000,
        "questions": len(questions),
        "latency": summary_ms(latencies),
        "peak_rss_mb": peak_rss_mb(),
        "goals": {"p99_ms_below": 1.0, "build_ms_below": 50.0},
    }
    latency = summary_ms(latencies)
    print_table(
        "Engine",
        [
            ("article", f"{article.name} ({len(kb.article.sentences)} sentences)"),
            ("index build p50 / max", f"{build['p50_ms']:.2f} ms / {max(build_times) * 1000:.2f} ms (goal < 50 ms)"),
            ("questions answered", str(len(questions))),
            (
                "latency p50 / p95 / p99",
                "{p50_ms:.3f} / {p95_ms:.3f} / {p99_ms:.3f} ms (goal p99 < 1 ms)".format(**latency),
            ),
            ("peak RSS", f"{peak_rss_mb():.1f} MB"),
        ],
    )
    print(f"written to {write_results('engine', results, out_dir)}")
    return results


def _latency_row(latency: dict[str, float]) -> str:
    """'p50 / p95 / p99 ms' for a table row."""
    return "{p50_ms:.3f} / {p95_ms:.3f} / {p99_ms:.3f} ms".format(**latency)


def main() -> None:
    """Parse arguments and run."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--article", type=Path, default=SHIPPED_ARTICLE)
    parser.add_argument("--repeat", type=int, default=107, help="times the question list is repeated")
    parser.add_argument("--builds", type=int, default=20)
    args = parser.parse_args()
    run(args.article, args.repeat, args.builds)


if __name__ == "__main__":
    main()

"""Growth: build time, memory and question latency for article-shaped texts of growing size.

Generates seeded articles of 10, 100, 1,000 and 10,000 paragraphs, loads each from a
file as ``--article`` does, and reports build time (the median of three builds), the memory the knowledge base
holds (tracemalloc), question latency p50/p99, and the growth factor between sizes.
It also times retrieval alone with and without the candidate bound, to show where
the time goes. Writes growth.json and growth.png (if matplotlib is installed).

Usage::

    python -m bench.growth
    python -m bench.growth --sizes 10 100 --rounds 2
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

from bench.common import RESULTS, percentile, print_table, pyplot, save_figure, write_results
from bench.synthetic import generate_article
from knowledge import KnowledgeBase
from knowledge.tokenize import tokenize

BUILDS = 3
QUESTIONS = [
    "What did Maria Lopez say?",
    "Who said the budget will be approved?",
    "What happened to the harbour?",
    "How many people followed the debate over the bridge?",
    "Where was the tariffs debate?",
    "Who is Chen Wei?",
    "What did Obama say?",
    "What is the weather today?",
]


def measure(paragraphs: int, rounds: int, directory: Path) -> dict[str, float]:
    """Figures for one article size."""
    path = directory / f"article-{paragraphs}.txt"
    path.write_text(generate_article(paragraphs, seed=paragraphs), encoding="utf-8")
    builds = []
    for _ in range(BUILDS):  # the median of three: single builds on a shared machine vary a lot
        started = time.perf_counter()
        kb = KnowledgeBase.from_file(path)
        builds.append(time.perf_counter() - started)
    build_s = statistics.median(builds)
    tracemalloc.start()
    KnowledgeBase.from_file(path)
    memory_mb = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    latencies = []
    for _ in range(rounds):
        for question in QUESTIONS:
            started = time.perf_counter()
            kb.answer(question)
            latencies.append(time.perf_counter() - started)
    return {
        "paragraphs": paragraphs,
        "sentences": len(kb.article.sentences),
        "build_s": build_s,
        "memory_mb": memory_mb,
        "latency_p50_ms": percentile(latencies, 0.5) * 1000,
        "latency_p99_ms": percentile(latencies, 0.99) * 1000,
        "retrieval_bounded_ms": _retrieval_ms(kb, bounded=True),
        "retrieval_all_candidates_ms": _retrieval_ms(kb, bounded=False),
    }


def _retrieval_ms(kb: KnowledgeBase, bounded: bool) -> float:
    """Mean time of retrieval alone over the questions, with or without the candidate bound."""
    queries = [tokenize(q) for q in QUESTIONS]
    search = kb.retriever.search if bounded else kb.retriever.search_all
    started = time.perf_counter()
    for query in queries:
        search(query, 12)
    return (time.perf_counter() - started) / len(queries) * 1000


def run(sizes: list[int], rounds: int, out_dir: Path | None = None) -> dict[str, Any]:
    """Measure every size, print the table with growth factors, write JSON and the plot."""
    with tempfile.TemporaryDirectory() as directory:
        rows = [measure(n, rounds, Path(directory)) for n in sizes]
    table = []
    for previous, row in zip([None, *rows], rows, strict=False):
        growth = ""
        if previous:
            growth = "  x{:.1f} build, x{:.1f} memory, x{:.1f} p50".format(
                row["build_s"] / previous["build_s"],
                row["memory_mb"] / previous["memory_mb"],
                row["latency_p50_ms"] / previous["latency_p50_ms"],
            )
        table.append(
            (
                f"{row['paragraphs']:>6} paragraphs",
                f"build {row['build_s'] * 1000:8.1f} ms  memory {row['memory_mb']:6.1f} MB  "
                f"p50 {row['latency_p50_ms']:6.3f} ms  p99 {row['latency_p99_ms']:6.3f} ms  "
                f"retrieval {row['retrieval_bounded_ms']:.3f} ms "
                f"(all candidates {row['retrieval_all_candidates_ms']:.3f})" + growth,
            )
        )
    print_table("Growth (goal at 10,000 paragraphs: build <= 3 s, p50 <= 2 ms)", table)
    results = {"rounds": rounds, "sizes": rows}
    print(f"written to {write_results('growth', results, out_dir)}")
    _plot(rows, (out_dir or RESULTS) / "growth.png")
    return results


def _plot(rows: list[dict[str, float]], path: Path) -> None:
    """Latency and memory against article size, on log axes (needs matplotlib)."""
    plt = pyplot()
    if plt is None:
        return
    sizes = [r["paragraphs"] for r in rows]
    figure, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    left.loglog(sizes, [r["latency_p50_ms"] for r in rows], "o-", label="p50")
    left.loglog(sizes, [r["latency_p99_ms"] for r in rows], "s--", label="p99")
    left.set(xlabel="paragraphs", ylabel="question latency (ms)", title="Latency")
    left.legend()
    right.loglog(sizes, [r["memory_mb"] for r in rows], "o-", color="tab:green")
    right.set(xlabel="paragraphs", ylabel="knowledge base memory (MB)", title="Memory")
    save_figure(plt, figure, path)


def main() -> None:
    """Parse arguments and run."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000, 10000])
    parser.add_argument("--rounds", type=int, default=25, help="times the question list is asked per size")
    args = parser.parse_args()
    run(args.sizes, args.rounds)


if __name__ == "__main__":
    main()

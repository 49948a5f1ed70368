"""Abstention curve: the evidence bar swept over the corpus, as a precision/recall trade-off.

Usage::

    python -m bench.abstention          # writes bench/results/abstention.json and abstention.png

For each bar (the share of a question's term weight a passage must hold) it reports
the precision and recall of abstaining (abstentions on questions the article cannot
answer, over all abstentions / over all such questions), the share of answerable
questions abstained on, and the overall pass rate. The engine's default bar is marked.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from bench.common import RESULTS, print_table, pyplot, save_figure, write_results
from bench.quality import evaluate, load_corpus
from knowledge.facts import EVIDENCE_BAR

BARS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


def run(bars: tuple[float, ...] = BARS, out_dir: Path | None = None) -> dict[str, Any]:
    """Sweep the bar, print the table, write JSON and (with matplotlib) the curve."""
    articles = load_corpus()
    rows = []
    for bar in bars:
        _, questions = evaluate(articles, evidence_bar=bar)
        total = sum(c["pass"] for c in questions.by_kind.values())
        count = sum(c["pass"] + c["fail"] for c in questions.by_kind.values())
        rows.append(
            {
                "bar": bar,
                "precision": questions.abstention_precision,
                "recall": questions.abstention_recall,
                "answerable_abstained": questions.answerable_abstained,
                "pass_rate": total / count,
            }
        )
    print_table(
        f"Abstention by evidence bar (default {EVIDENCE_BAR})",
        [
            (
                f"bar {r['bar']:.1f}",
                "precision {precision:.3f}  recall {recall:.3f}  answerable abstained {answerable_abstained:.3f}"
                "  pass {pass_rate:.3f}".format(**r),
            )
            for r in rows
        ],
    )
    results = {"default_bar": EVIDENCE_BAR, "rows": rows}
    print(f"written to {write_results('abstention', results, out_dir)}")
    _plot(rows, (out_dir or RESULTS) / "abstention.png")
    return results


def _plot(rows: list[dict[str, float]], path: Path) -> None:
    """Abstention precision against recall, one point per bar (needs matplotlib)."""
    plt = pyplot()
    if plt is None:
        return
    figure, axes = plt.subplots(figsize=(5.5, 4.5))
    axes.plot([r["recall"] for r in rows], [r["precision"] for r in rows], "o-")
    for r in rows:
        marker = " (default)" if abs(r["bar"] - EVIDENCE_BAR) < 1e-9 else ""
        axes.annotate(
            f"{r['bar']:.1f}{marker}", (r["recall"], r["precision"]), textcoords="offset points", xytext=(5, 5)
        )
    axes.set(xlabel="abstention recall (unanswerable abstained)", ylabel="abstention precision", title="Evidence bar")
    save_figure(plt, figure, path)


def main() -> None:
    """Parse arguments and run."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bars", type=float, nargs="+", default=list(BARS))
    args = parser.parse_args()
    run(tuple(args.bars))


if __name__ == "__main__":
    main()

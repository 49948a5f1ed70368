"""Helpers shared by the benchmarks: percentiles, peak memory, tables and JSON output."""

from __future__ import annotations

import json
import resource
import statistics
import sys
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).parent / "results"
DEV_QUESTIONS = Path(__file__).parents[1] / "tests" / "fixtures" / "dev_questions.jsonl"
# More questions on the shipped article, written for the project by a helper who had not read the engine.
SHIPPED_QUESTIONS = DEV_QUESTIONS.with_name("shipped_questions.jsonl")


def dev_questions() -> list[str]:
    """The development questions (the same file the tests use)."""
    lines = DEV_QUESTIONS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["q"] for line in lines if line.strip()]


def percentile(samples: list[float], share: float) -> float:
    """The ``share`` quantile (0..1) of the samples, nearest-rank."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def summary_ms(samples_s: list[float]) -> dict[str, float]:
    """p50/p95/p99/mean of durations given in seconds, in milliseconds."""
    return {
        "p50_ms": percentile(samples_s, 0.50) * 1000,
        "p95_ms": percentile(samples_s, 0.95) * 1000,
        "p99_ms": percentile(samples_s, 0.99) * 1000,
        "mean_ms": statistics.fmean(samples_s) * 1000,
    }


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def write_results(name: str, results: dict[str, Any], out_dir: Path | None = None) -> Path:
    """Write the figures as JSON next to the other results; returns the path."""
    directory = out_dir or RESULTS
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{name}.json"
    path.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return path


def pyplot() -> Any | None:
    """matplotlib's pyplot on a file-only backend, or None (with a hint) when it is not installed."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib is not installed (pip install -e '.[bench]'); no plot written")
        return None
    return plt


def save_figure(plt: Any, figure: Any, path: Path) -> None:
    """Write a figure as PNG next to the results and close it."""
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=100)
    plt.close(figure)
    print(f"plot written to {path}")


def print_table(title: str, rows: list[tuple[str, str]]) -> None:
    """Print a two-column table."""
    width = max(len(label) for label, _ in rows)
    print(f"\n{title}\n" + "-" * len(title))
    for label, value in rows:
        print(f"{label.ljust(width)}  {value}")

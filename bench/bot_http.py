"""Bot through HTTP: our bot against PTB's echo bot, same fake Bot API server, same settings.

The settings of ../shared/bench-harness (its README): every Bot API answer 50 ms late
(a Telegram-like round trip), 1,000 questions across 50 chats, 50 latency samples, the
echo bot processing 16 updates at once. Measures, for each bot: (a) start-up, process
start to first getUpdates; (b) throughput, the questions pushed at once, until every
reply has arrived (rate limiter off), and the bot's CPU per question meanwhile; (c)
latency, one question at a time, from pushing the update to the reply's arrival; (d)
peak RSS. Prints our figures as ratios to the echo bot's, against the goals of issue 10.

Usage::

    python -m bench.bot_http                       # 3 alternating rounds, medians
    python -m bench.bot_http --questions 200 --latency-samples 20 --rounds 1
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import percentile, print_table, write_results
from tests.auxil import updates as u
from tests.auxil.fake_bot_api import FakeBotAPI

ROOT = Path(__file__).parents[1]
TOKEN = "123456:" + "BenchToken" * 4
QUESTION = "what did Wang Yi say"  # the harness's --text
RTT_MS = 50.0
BOTS = {"ours": ["-m", "bot"], "echo": ["-m", "bench.echo_bot"]}


def _replies_to(api: FakeBotAPI, chats: set[int]) -> int:
    """How many replies to these chats have reached the server (counted on arrival)."""
    return sum(1 for p in api.calls("sendMessage") if int(p.get("chat_id") or 0) in chats)


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _peak_rss_mb(pid: int) -> float:
    """VmHWM of a running process, in MB (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def measure(bot: str, questions: int, chats: int, samples: int) -> dict[str, float]:
    """Start one bot against a fresh fake server and take the four measurements."""
    with FakeBotAPI(TOKEN, validate=False, rtt_ms=RTT_MS) as api:
        env = {
            **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},  # cache bytecode, as deployed
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": api.url,
            "RATE_LIMIT": "false",
            "LOG_LEVEL": "WARNING",
            "CONCURRENT_UPDATES": "16",
            "PYTHONPATH": str(ROOT),
        }
        workdir = tempfile.TemporaryDirectory()  # the bot's inbox file goes here, not into the repository
        started = time.perf_counter()
        process = subprocess.Popen([sys.executable, *BOTS[bot]], env=env, cwd=workdir.name, stderr=subprocess.DEVNULL)
        try:
            api.wait_for(lambda: bool(api.calls("getUpdates")), timeout=30)
            startup = time.perf_counter() - started
            burst = {7000 + i for i in range(chats)}
            cpu_before = _cpu_seconds(process.pid)
            began = time.perf_counter()
            for i in range(questions):
                api.push(u.text_update(QUESTION, u.private_chat(7000 + i % chats)))
            api.wait_for(lambda: _replies_to(api, burst) >= questions, timeout=600)
            throughput = questions / (time.perf_counter() - began)
            cpu_ms = (_cpu_seconds(process.pid) - cpu_before) * 1000 / questions
            latencies = []
            for i in range(samples):
                began = time.perf_counter()
                api.push(u.text_update(QUESTION, u.private_chat(9000)))
                api.wait_for(lambda: _replies_to(api, {9000}) > i, timeout=30)  # noqa: B023
                latencies.append(time.perf_counter() - began)
            rss = _peak_rss_mb(process.pid)
        finally:
            process.terminate()
            process.wait(timeout=30)
            workdir.cleanup()
    return {
        "startup_s": startup,
        "throughput_qps": throughput,
        "latency_p50_ms": percentile(latencies, 0.5) * 1000,
        "latency_p99_ms": percentile(latencies, 0.99) * 1000,
        "peak_rss_mb": rss,
        "cpu_ms_per_question": cpu_ms,
    }


def run(questions: int, chats: int, samples: int, out_dir: Path | None = None, rounds: int = 1) -> dict[str, Any]:
    """Measure both bots (alternating, ``rounds`` times; medians), print the comparison, write JSON."""
    runs: dict[str, list[dict[str, float]]] = {"ours": [], "echo": []}
    for _ in range(rounds):
        for bot in ("ours", "echo"):
            runs[bot].append(measure(bot, questions, chats, samples))
    ours, echo = _median(runs["ours"]), _median(runs["echo"])
    ratios = {
        "throughput_ratio": ours["throughput_qps"] / echo["throughput_qps"],
        "startup_ratio": ours["startup_s"] / echo["startup_s"],
        "rss_extra_mb": ours["peak_rss_mb"] - echo["peak_rss_mb"],
        "latency_p99_extra_ms": ours["latency_p99_ms"] - echo["latency_p99_ms"],
        "cpu_ratio": ours["cpu_ms_per_question"] / echo["cpu_ms_per_question"],
    }
    goals = {
        "throughput_ratio": ">= 0.9",
        "cpu_ratio": "<= 1.3",
        "startup_ratio": "<= 1.3",
        "rss_extra_mb": "<= 20",
        "latency_p99_extra_ms": "<= 5",
    }
    rows: list[tuple[str, str]] = [
        (
            "start-up (s)",
            _vs(ours, echo, "startup_s", "{:.2f}") + f"  ratio {ratios['startup_ratio']:.2f} (goal <= 1.3)",
        ),
        (
            f"throughput ({questions} q, {chats} chats, q/s)",
            _vs(ours, echo, "throughput_qps", "{:.0f}") + f"  ratio {ratios['throughput_ratio']:.2f} (goal >= 0.9)",
        ),
        ("latency p50 (ms)", _vs(ours, echo, "latency_p50_ms", "{:.1f}")),
        (
            "latency p99 (ms)",
            _vs(ours, echo, "latency_p99_ms", "{:.1f}") + f"  {ratios['latency_p99_extra_ms']:+.1f} ms (goal <= +5)",
        ),
        (
            "peak RSS (MB)",
            _vs(ours, echo, "peak_rss_mb", "{:.1f}") + f"  +{ratios['rss_extra_mb']:.1f} MB (goal <= +20)",
        ),
    ]
    rows.append(
        (
            "bot CPU per question, burst (ms)",
            _vs(ours, echo, "cpu_ms_per_question", "{:.2f}") + f"  ratio {ratios['cpu_ratio']:.2f} (goal <= 1.3)",
        )
    )
    print_table(f"Bot through HTTP: ours vs echo bot (median of {rounds} rounds)", rows)
    results = {
        "rounds": rounds,
        "questions": questions,
        "chats": chats,
        "latency_samples": samples,
        "ours": ours,
        "echo": echo,
        "ratios": ratios,
        "goals": goals,
    }
    print(f"written to {write_results('bot_http', results, out_dir)}")
    return results


def _median(results: list[dict[str, float]]) -> dict[str, float]:
    """The median of each figure over several rounds."""
    return {key: statistics.median(r[key] for r in results) for key in results[0]}


def _vs(ours: dict[str, float], echo: dict[str, float], key: str, fmt: str) -> str:
    """'ours vs echo' for one figure."""
    return f"{fmt.format(ours[key])} vs {fmt.format(echo[key])}"


def main() -> None:
    """Parse arguments and run."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--chats", type=int, default=50)
    parser.add_argument("--latency-samples", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3, help="alternating runs of each bot; medians are reported")
    args = parser.parse_args()
    run(args.questions, args.chats, args.latency_samples, rounds=args.rounds)


if __name__ == "__main__":
    main()

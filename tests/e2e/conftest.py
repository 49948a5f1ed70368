"""End-to-end fixtures: the fake Bot API on 127.0.0.1 and the real bot process pointed at it."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.auxil.fake_bot_api import FakeBotAPI

TOKEN = "654321:" + "Zq9" * 12
ROOT = Path(__file__).parents[2]


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def fake_api() -> Iterator[FakeBotAPI]:
    """A fresh fake Bot API server for one test."""
    with FakeBotAPI(TOKEN) as api:
        yield api


class BotProcess:
    """The real ``python -m bot`` process, with its stderr captured to a file."""

    def __init__(self, process: subprocess.Popen[bytes], log_path: Path) -> None:
        self.process = process
        self.log_path = log_path

    @property
    def log(self) -> str:
        """Everything the process has logged so far."""
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def terminate(self, timeout: float = 10.0) -> int:
        """SIGTERM, and wait for a clean exit."""
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=timeout)

    def kill(self) -> None:
        """SIGKILL: no clean-up at all."""
        self.process.kill()
        self.process.wait(timeout=10)


@pytest.fixture
def start_bot(fake_api: FakeBotAPI, tmp_path: Path) -> Callable[..., object]:
    """Start the bot process against the fake server; it is stopped when the block ends."""

    @contextmanager
    def _start(*args: str, ready: str = "getUpdates", **env: str) -> Iterator[BotProcess]:
        environment = {
            "PATH": os.environ.get("PATH", ""),
            "HOME": str(tmp_path),
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": fake_api.url,
            "LOG_LEVEL": "INFO",
            **env,
        }
        log_path = tmp_path / f"bot-{len(list(tmp_path.glob('bot-*.log')))}.log"
        with log_path.open("wb") as log_file:
            process = subprocess.Popen(
                [sys.executable, "-m", "bot", *args], cwd=tmp_path, env=environment, stderr=log_file, stdout=log_file
            )
        bot = BotProcess(process, log_path)
        try:
            calls_before = len(fake_api.calls(ready))
            started = fake_api.wait_for(lambda: len(fake_api.calls(ready)) > calls_before, timeout=20)
            assert started, bot.log
            yield bot
        finally:
            if process.poll() is None:
                process.kill()
                process.wait(timeout=10)

    return _start

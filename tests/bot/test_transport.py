"""The bot's HTTP transport against the fake Bot API on 127.0.0.1: concurrency, trimming, TLS."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from telegram import Bot
from telegram.error import NetworkError

from bot.transport import PoolGate, RetryingRequest
from tests.auxil.fake_bot_api import FakeBotAPI
from tests.e2e.conftest import free_port

TOKEN = "123456:" + "T" * 35


@pytest.fixture
def api() -> Iterator[FakeBotAPI]:
    """The fake Bot API, answering after a short round trip so that calls overlap."""
    with FakeBotAPI(TOKEN, validate=False, rtt_ms=20) as server:
        yield server


async def test_the_gate_lets_the_next_call_in_once_the_first_has_its_connection() -> None:
    gate = PoolGate()
    order: list[str] = []

    async def call(name: str, events: int) -> None:
        async with gate.entry() as trace:
            order.append(f"{name} in")
            await asyncio.sleep(0.01)
            for _ in range(events):
                await trace("http11.send_request_headers.started", {})
            order.append(f"{name} has its connection")
            await asyncio.sleep(0.05)  # the round trip: the gate is open meanwhile
            order.append(f"{name} done")

    await asyncio.gather(call("a", events=2), call("b", events=1))
    assert order == ["a in", "a has its connection", "b in", "b has its connection", "a done", "b done"]


async def test_the_gate_opens_when_a_call_fails_before_its_first_event() -> None:
    gate = PoolGate()
    with pytest.raises(OSError, match="refused"):
        async with gate.entry():
            raise OSError("connection refused")
    async with asyncio.timeout(1):
        async with gate.entry():
            pass


async def test_concurrent_sends_all_arrive_and_come_back_trimmed(api: FakeBotAPI) -> None:
    request = RetryingRequest(connection_pool_size=8)
    async with Bot(TOKEN, base_url=api.url, request=request) as bot:
        sent = await asyncio.gather(*(bot.send_message(7000 + i, f"answer {i}") for i in range(40)))
    assert len({m.message_id for m in sent}) == 40
    assert [m.chat_id for m in sent] == [7000 + i for i in range(40)]
    assert all(m.from_user is None and m.text is None for m in sent)  # the echo of our own message is not parsed
    assert sorted(p["text"] for p in api.sent()) == sorted(f"answer {i}" for i in range(40))


async def test_a_refused_connection_fails_every_call_without_wedging_the_gate() -> None:
    request = RetryingRequest(retries=0, connection_pool_size=4)
    await request.initialize()
    url = f"http://127.0.0.1:{free_port()}/bot{TOKEN}/sendMessage"
    try:
        results = await asyncio.gather(*(request.post(url) for _ in range(5)), return_exceptions=True)
    finally:
        await request.shutdown()
    assert all(isinstance(r, NetworkError) for r in results)


def test_transports_can_share_one_tls_context() -> None:
    first = RetryingRequest()
    second = RetryingRequest(tls=first.tls)
    assert second.tls is first.tls
    assert first.tls.verify_mode.name == "CERT_REQUIRED"

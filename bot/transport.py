"""HTTP transport that retries a Bot API call when Telegram or the network fails.

A 5xx answer or a timeout usually means the message was not sent, so sending it
again is how a question still gets its answer (a rare duplicate is the price).
429 is not handled here: the rate limiter waits for ``retry_after``. getUpdates
is never retried here: the polling loop has its own back-off.

Two savings, measured per answer (a 600-character HTML reply with buttons): calls
without files go as a JSON body, which the Bot API accepts for every method (form
encoding a long reply quotes it byte by byte in Python: ~0.12 ms against ~0.01 ms);
and the Message Telegram returns for a sent message is cut to what the bot reads
back (its id, with the chat and date PTB requires) before PTB parses it, since parsing the echo of
our own text, entities, buttons and the quoted question cost ~0.3 ms a message.

And one fix: httpcore 1.0 hands one idle HTTP/1.1 connection to every request that enters
its pool in the same pass (the connection stays idle until the first of them starts on it);
all but one then fail with ConnectionNotAvailable and go round the pool again, each round
scanning every connection (encode/httpcore#1110, #1111). Sixteen answers finishing together
made ~1.8 extra pool rounds per call, about 0.9 ms of CPU per answer. ``PoolGate`` lets calls
into the pool one at a time, each until it has taken a connection.
"""

from __future__ import annotations

import asyncio
import json
import logging
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import httpx
from telegram._utils.defaultvalue import DefaultValue
from telegram.error import NetworkError, TimedOut
from telegram.request import HTTPXRequest, RequestData

logger = logging.getLogger(__name__)

_SENDS = ("/sendMessage",)  # calls whose returned Message the bot reads only the id of
_KEPT = ("message_id", "date", "chat")


Trace = Callable[[str, Any], Awaitable[None]]


class PoolGate:
    """Lets HTTP calls into httpcore's pool one at a time, each until it has taken its connection.

    A call has its connection when httpcore reports the first event of the exchange through
    the documented ``trace`` request extension (opening a connection, or sending headers on
    a kept-alive one); the next call enters then, and sees that connection busy.
    """

    def __init__(self) -> None:
        self._lock = asyncio.Lock()

    @asynccontextmanager
    async def entry(self) -> AsyncIterator[Trace]:
        """Wait for the gate; yield the trace hook that opens it again (so does leaving the block)."""
        await self._lock.acquire()
        held = True

        async def trace(event: str, info: Any) -> None:
            nonlocal held
            if held:
                held = False
                self._lock.release()

        try:
            yield trace
        finally:
            if held:
                self._lock.release()


class RetryingRequest(HTTPXRequest):
    """HTTPXRequest that retries server errors and network failures with back-off."""

    def __init__(
        self, *, retries: int = 5, backoff: float = 0.5, tls: ssl.SSLContext | None = None, **kwargs: Any
    ) -> None:
        """``retries`` extra attempts, waiting ``backoff`` seconds, doubling each time.

        Five (0.5 s up to 8 s apart): when one call in five fails, a reply is lost about once in
        15,000 sends rather than once in 600 with three. ``tls``: the TLS context to verify
        Telegram with; the bot's two transports share one (loading the CA bundle costs ~50 ms
        and ~1 MB each).
        """
        self.tls = tls or httpx.create_ssl_context()
        super().__init__(httpx_kwargs={"verify": self.tls}, **kwargs)
        self._retries = retries
        self._backoff = backoff
        self._gate = PoolGate()

    async def initialize(self) -> None:
        """Open the client; a fresh gate, bound to the event loop that runs the bot."""
        await super().initialize()
        self._gate = PoolGate()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        """Send the request, retrying 5xx answers and network errors (except for getUpdates)."""
        retryable = not url.endswith("/getUpdates")
        attempt = 0
        while True:
            try:
                status, payload = await self._send(
                    url, method, request_data, read_timeout, write_timeout, connect_timeout, pool_timeout
                )
            except NetworkError as exc:  # TimedOut is a NetworkError
                if not retryable or attempt >= self._retries:
                    raise
                logger.debug("Bot API call failed (%s); retrying", exc)
            else:
                if status < 500 or not retryable or attempt >= self._retries:
                    return status, payload
                logger.debug("Bot API answered %s; retrying", status)
            await asyncio.sleep(self._backoff * 2**attempt)
            attempt += 1

    async def _send(
        self,
        url: str,
        method: str,
        request_data: RequestData | None,
        read_timeout: Any,
        write_timeout: Any,
        connect_timeout: Any,
        pool_timeout: Any,
    ) -> tuple[int, bytes]:
        """One HTTP call: a JSON body unless files are uploaded; a sent message's echo trimmed."""
        if request_data is None or request_data.contains_files:
            return await super().do_request(
                url, method, request_data, read_timeout, write_timeout, connect_timeout, pool_timeout
            )
        timeout = httpx.Timeout(
            connect=self._given(connect_timeout, self._client.timeout.connect),
            read=self._given(read_timeout, self._client.timeout.read),
            write=self._given(write_timeout, self._client.timeout.write),
            pool=self._given(pool_timeout, self._client.timeout.pool),
        )
        headers = {"User-Agent": self.USER_AGENT, "Content-Type": "application/json"}
        body = json.dumps(request_data.parameters).encode()
        try:
            async with self._gate.entry() as trace:
                response = await self._client.request(
                    method, url, headers=headers, timeout=timeout, content=body, extensions={"trace": trace}
                )
        except httpx.TimeoutException as exc:
            raise TimedOut(f"Timed out ({type(exc).__name__})") from exc
        except httpx.HTTPError as exc:
            raise NetworkError(f"httpx.{type(exc).__name__}: {exc}") from exc
        if response.status_code == 200 and url.endswith(_SENDS):
            return 200, _trimmed(response.content)
        return response.status_code, response.content

    @staticmethod
    def _given(value: Any, default: float | None) -> float | None:
        """A timeout passed to the call, or the client's default (PTB passes DEFAULT_NONE)."""
        return default if isinstance(value, DefaultValue) else value


def _trimmed(payload: bytes) -> bytes:
    """A sendMessage answer with only the fields of the Message the bot reads back."""
    answer = json.loads(payload)
    result = answer.get("result")
    if isinstance(result, dict):
        answer["result"] = {key: result[key] for key in _KEPT if key in result}
    return json.dumps(answer).encode()


class UpdatesRequest(RetryingRequest):
    """The getUpdates transport; it keeps the raw JSON of the last batch for the journal.

    The inbox journals each update as Telegram sent it; taking it from here costs one
    ``json.loads`` per batch instead of a ``to_dict()`` per update (~0.14 ms each, measured).
    """

    def __init__(self, **kwargs: Any) -> None:
        """The same options as RetryingRequest."""
        super().__init__(**kwargs)
        self.raw_updates: dict[int, dict[str, Any]] = {}

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        """Send the request; after a successful getUpdates, keep its updates by id."""
        status, payload = await super().do_request(
            url, method, request_data, read_timeout, write_timeout, connect_timeout, pool_timeout
        )
        if status == 200 and url.endswith("/getUpdates"):
            result = json.loads(payload).get("result")
            self.raw_updates = {u["update_id"]: u for u in result} if isinstance(result, list) else {}
        return status, payload

"""A fake Telegram Bot API server on 127.0.0.1, for running the real bot process in tests.

It speaks the Bot API's HTTP protocol as python-telegram-bot uses it: ``POST
/bot<token>/<method>`` with form or JSON bodies, answered with ``{"ok": true,
"result": …}`` or ``{"ok": false, "error_code": …, "description": …}``. It checks
what the bot sends as Telegram would (length, HTML entities, callback data) and
can inject faults per method: HTTP 500, a held (timed-out) response, 429 with
``retry_after``, 403 for a blocked chat, and a seeded random failure rate.

Usage::

    with FakeBotAPI(token) as api:
        api.push(updates.text_update("hello"))
        api.wait_sent(1)
"""

from __future__ import annotations

import json
import random
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

from tests.auxil.telegram_html import TelegramHTMLError, check_telegram_html, visible_text

BOT_USER = {"id": 999, "is_bot": True, "first_name": "NewsBot", "username": "news_qa_bot"}
_JSON_FIELDS = {
    "reply_markup", "reply_parameters", "results", "commands", "allowed_updates",
    "link_preview_options", "entities", "button",
}  # fmt: skip
_TRUE_METHODS = {
    "deleteWebhook", "setWebhook", "setMyCommands", "setMyDescription", "setMyShortDescription",
    "sendChatAction", "answerCallbackQuery", "answerInlineQuery", "close", "logOut",
}  # fmt: skip
MESSAGE_METHODS = {"sendMessage", "editMessageText", "editMessageReplyMarkup"}


class ApiError(Exception):
    """An error answer of the Bot API."""

    def __init__(self, status: int, description: str, parameters: dict[str, Any] | None = None) -> None:
        super().__init__(description)
        self.status, self.description, self.parameters = status, description, parameters


@dataclass
class Fault:
    """A fault to inject into calls of one method."""

    kind: str  # "500" | "hold" | "429" | "403"
    times: int = 1  # how many calls it affects (-1: every call)
    seconds: float = 1.0  # retry_after, for 429 (a "hold" lasts the server's hold_seconds)


@dataclass
class _State:
    """Everything the fake server knows, guarded by one condition variable."""

    lock: threading.Condition = field(default_factory=threading.Condition)
    pending: list[dict[str, Any]] = field(default_factory=list)
    next_update_id: int = 100_000
    confirmed_offset: int = 0
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    sent: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)
    faults: dict[str, list[Fault]] = field(default_factory=dict)
    blocked_chats: set[int] = field(default_factory=set)
    random_faults: dict[str, tuple[float, random.Random, tuple[str, ...]]] = field(default_factory=dict)
    webhook_url: str = ""
    next_message_id: int = 1
    closed: bool = False


class FakeBotAPI:
    """The fake server: start it, point the bot at ``url``, push updates, read what was sent."""

    def __init__(self, token: str, hold_seconds: float = 7.0, validate: bool = True, rtt_ms: float = 0.0) -> None:
        self.token = token
        self.hold_seconds = hold_seconds
        self.rtt_ms = rtt_ms  # every answer goes out this late, like a network round trip (benchmarks)
        self.validate = validate  # benchmarks turn the content checks off to measure the bot alone
        self.state = _State()
        self._server = _QuietServer(("127.0.0.1", 0), _make_handler(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        """The base URL the bot's token is appended to (TELEGRAM_API_BASE_URL)."""
        return f"http://127.0.0.1:{self._server.server_address[1]}/bot"

    def __enter__(self) -> FakeBotAPI:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        with self.state.lock:
            self.state.closed = True
            self.state.lock.notify_all()
        self._server.shutdown()
        self._server.server_close()

    # -- the test's side ------------------------------------------------------------

    def push(self, update: dict[str, Any]) -> int:
        """Queue an update for getUpdates; returns its update_id."""
        with self.state.lock:
            update = {**update, "update_id": self.state.next_update_id}
            self.state.next_update_id += 1
            self.state.pending.append(update)
            self.state.lock.notify_all()
            return int(update["update_id"])

    def sent(self, method: str = "sendMessage") -> list[dict[str, Any]]:
        """Parameters of every accepted call of ``method`` that reached the 'chat'."""
        with self.state.lock:
            return [params for name, params in self.state.sent if name == method]

    def calls(self, method: str | None = None) -> list[dict[str, Any]]:
        """Parameters of every call (accepted or not) of ``method``, or all methods."""
        with self.state.lock:
            return [p for name, p in self.state.calls if method is None or name == method]

    def wait_for(self, predicate: Callable[[], bool], timeout: float = 15.0) -> bool:
        """Wait until ``predicate()`` holds (checked on every call the bot makes)."""
        deadline = time.monotonic() + timeout
        with self.state.lock:
            while not predicate():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self.state.lock.wait(min(remaining, 0.2))
        return True

    def wait_sent(self, count: int, method: str = "sendMessage", timeout: float = 15.0) -> list[dict[str, Any]]:
        """Wait for at least ``count`` accepted calls of ``method`` and return them all."""
        self.wait_for(lambda: len([1 for n, _ in self.state.sent if n == method]) >= count, timeout)
        return self.sent(method)

    @property
    def confirmed_offset(self) -> int:
        """The highest offset the bot has sent: every update below it is acknowledged."""
        with self.state.lock:
            return self.state.confirmed_offset

    @property
    def rejected(self) -> list[tuple[str, str]]:
        """(method, description) of every call refused for bad content (a bug in the bot)."""
        with self.state.lock:
            return list(self.state.rejected)

    def inject(self, method: str, fault: Fault) -> None:
        """Make upcoming calls of ``method`` fail with ``fault``."""
        with self.state.lock:
            self.state.faults.setdefault(method, []).append(fault)

    def fail_randomly(self, method: str, rate: float, seed: int, kinds: tuple[str, ...] = ("500", "hold")) -> None:
        """Fail a seeded random share of ``method`` calls with one of ``kinds``."""
        with self.state.lock:
            self.state.random_faults[method] = (rate, random.Random(seed), kinds)

    def clear_faults(self) -> None:
        """Stop injecting faults."""
        with self.state.lock:
            self.state.faults.clear()
            self.state.random_faults.clear()

    def block_chat(self, chat_id: int) -> None:
        """The user of this chat blocked the bot: every send to it gets 403."""
        with self.state.lock:
            self.state.blocked_chats.add(chat_id)

    # -- the bot's side -------------------------------------------------------------

    def handle(self, method: str, params: dict[str, Any]) -> Any:
        """Answer one Bot API call (raises ApiError for error answers), ``rtt_ms`` late."""
        try:
            return self._handle(method, params)
        finally:
            if self.rtt_ms:
                time.sleep(self.rtt_ms / 1000)

    def _handle(self, method: str, params: dict[str, Any]) -> Any:
        """Answer one Bot API call."""
        with self.state.lock:
            self.state.calls.append((method, params))
            self.state.lock.notify_all()
            fault = self._take_fault(method, params)
        if fault is not None:
            self._apply(fault)
        if method == "getUpdates":
            return self._get_updates(params)
        result = self._answer(method, params)
        if method == "sendMessage":
            params = {**params, "result_message_id": result["message_id"]}  # for taps on its buttons
        with self.state.lock:
            self.state.sent.append((method, params))
            self.state.lock.notify_all()
        return result

    def _take_fault(self, method: str, params: dict[str, Any]) -> Fault | None:
        """The fault for this call, if any (called with the lock held)."""
        chat_id = params.get("chat_id")
        blockable = MESSAGE_METHODS | {"sendChatAction"}
        if method in blockable and chat_id is not None and int(chat_id) in self.state.blocked_chats:
            return Fault("403")
        queued = self.state.faults.get(method)
        if queued:
            fault = queued[0]
            fault.times -= 1
            if fault.times == 0:
                queued.pop(0)
            return fault
        if method in self.state.random_faults:
            rate, rng, kinds = self.state.random_faults[method]
            if rng.random() < rate:
                return Fault(rng.choice(kinds), seconds=1.0)
        return None

    def _apply(self, fault: Fault) -> None:
        """Raise the error a fault stands for (after holding the response, for 'hold')."""
        if fault.kind == "hold":
            time.sleep(self.hold_seconds)
            raise ApiError(500, "Internal Server Error")  # the client has given up by now
        if fault.kind == "429":
            seconds = max(1, int(fault.seconds))
            raise ApiError(429, f"Too Many Requests: retry after {seconds}", {"retry_after": seconds})
        if fault.kind == "403":
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        raise ApiError(500, "Internal Server Error")

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        """Long polling: an offset confirms every earlier update; wait up to ``timeout``."""
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        deadline = time.monotonic() + float(params.get("timeout") or 0)
        with self.state.lock:
            if offset:
                self.state.confirmed_offset = max(self.state.confirmed_offset, offset)
                self.state.pending = [u for u in self.state.pending if u["update_id"] >= offset]
            while True:
                ready = [u for u in self.state.pending if u["update_id"] >= offset][:limit]
                remaining = deadline - time.monotonic()
                if ready or remaining <= 0 or self.state.closed:
                    return ready
                self.state.lock.wait(remaining)

    def _answer(self, method: str, params: dict[str, Any]) -> Any:
        """Validate and answer a non-polling method."""
        if method == "getMe":
            return BOT_USER
        if method == "getWebhookInfo":
            return {"url": self.state.webhook_url, "has_custom_certificate": False, "pending_update_count": 0}
        if self.validate and (method in MESSAGE_METHODS or method == "answerInlineQuery"):
            self._check_content(method, params)
        if method in MESSAGE_METHODS:
            return self._message(params)
        if method in _TRUE_METHODS:
            if method == "setWebhook":
                self.state.webhook_url = str(params.get("url", ""))
            return True
        raise ApiError(404, "Not Found")

    def _check_content(self, method: str, params: dict[str, Any]) -> None:
        """Refuse what Telegram refuses: long text, bad HTML, oversized callback data."""
        has_text = method in {"sendMessage", "editMessageText"}
        texts = [(str(params.get("text", "")), params.get("parse_mode"))] if has_text else []
        for result in params.get("results") or []:
            content = result.get("input_message_content") or {}
            texts.append((str(content.get("message_text", "")), content.get("parse_mode")))
        try:
            for text, mode in texts:
                _check_text(text, mode)
            _check_markup(params.get("reply_markup"))
            for result in params.get("results") or []:
                _check_markup(result.get("reply_markup"))
        except ApiError as exc:
            with self.state.lock:
                self.state.rejected.append((method, exc.description))
            raise

    def _message(self, params: dict[str, Any]) -> dict[str, Any]:
        """The Message object Telegram returns for a send or an edit."""
        with self.state.lock:
            self.state.next_message_id += 1
            message_id = self.state.next_message_id
        chat_id = int(params.get("chat_id") or 0)
        text = params.get("text")
        return {
            "message_id": int(params.get("message_id") or message_id),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup", "title": "chat"},
            "from": BOT_USER,
            "text": visible_text(str(text)) if text else "(edited)",
        }


class _QuietServer(ThreadingHTTPServer):
    """A threading HTTP server that does not print a traceback when a client hangs up."""

    def handle_error(self, request: object, client_address: object) -> None:
        """Ignore connection resets (a killed bot, a client timeout); report anything else."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


def _check_text(text: str, parse_mode: object) -> None:
    """Telegram's checks on a message text."""
    if parse_mode == "HTML":
        try:
            check_telegram_html(text)
        except TelegramHTMLError as exc:
            raise ApiError(400, f"Bad Request: can't parse entities: {exc}") from None
        text = visible_text(text)
    if not text.strip():
        raise ApiError(400, "Bad Request: message text is empty")
    if len(text.encode("utf-16-le")) // 2 > 4096:
        raise ApiError(400, "Bad Request: message is too long")


def _check_markup(markup: object) -> None:
    """Callback data must be 1-64 bytes."""
    if not isinstance(markup, dict):
        return
    for row in markup.get("inline_keyboard", []):
        for button in row:
            data = button.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode()) <= 64:
                raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")


def _parse_body(content_type: str, body: bytes) -> dict[str, Any]:
    """Form (PTB's default, with JSON-encoded objects) or JSON bodies."""
    if "json" in content_type:
        parsed = json.loads(body or b"{}")
        return dict(parsed) if isinstance(parsed, dict) else {}
    params: dict[str, Any] = {k: v[-1] for k, v in parse_qs(body.decode(), keep_blank_values=True).items()}
    for key in _JSON_FIELDS & params.keys():
        params[key] = json.loads(params[key])
    return params


def _make_handler(api: FakeBotAPI) -> type[BaseHTTPRequestHandler]:
    """The HTTP handler class bound to one fake server."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as api.telegram.org allows
        disable_nagle_algorithm = True  # headers and body go out at once, no 40 ms delayed-ACK stall

        def do_POST(self) -> None:
            prefix = f"/bot{api.token}/"
            if not self.path.startswith(prefix):
                self._reply(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
                return
            method = self.path[len(prefix) :].split("?")[0]
            length = int(self.headers.get("Content-Length") or 0)
            params = _parse_body(self.headers.get("Content-Type", ""), self.rfile.read(length))
            try:
                self._reply(200, {"ok": True, "result": api.handle(method, params)})
            except ApiError as exc:
                body: dict[str, Any] = {"ok": False, "error_code": exc.status, "description": exc.description}
                if exc.parameters:
                    body["parameters"] = exc.parameters
                self._reply(exc.status, body)

        do_GET = do_POST  # noqa: N815 - the Bot API accepts GET too

        def _reply(self, status: int, body: dict[str, Any]) -> None:
            data = json.dumps(body).encode()
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a held response): nothing to deliver

        def log_message(self, format: str, *args: Any) -> None:
            """Stay quiet."""

    return Handler

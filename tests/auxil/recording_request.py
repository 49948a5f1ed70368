"""A BaseRequest that answers like the Bot API and records what the bot sent (no network)."""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass, field
from typing import Any

from telegram.request import BaseRequest, RequestData

from tests.auxil.telegram_html import check_telegram_html, visible_text

BOT_USER = {"id": 999, "is_bot": True, "first_name": "NewsBot", "username": "news_qa_bot"}


@dataclass
class RecordingRequest(BaseRequest):
    """Records (method, parameters) and replies with plausible results; checks HTML like Telegram."""

    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    failures: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    slow: dict[str, float] = field(default_factory=dict)  # seconds to wait before answering
    _next_id: int = 1000

    def fail_next(self, endpoint: str, status: int, description: str) -> None:
        """Make the next call to ``endpoint`` fail as the Bot API would."""
        self.failures.setdefault(endpoint, []).append((status, description))

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    @property
    def read_timeout(self) -> float:
        """No timeouts offline."""
        return 1.0

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
        """Answer one Bot API call."""
        endpoint = url.rsplit("/", 1)[-1]
        params = dict(request_data.parameters) if request_data else {}
        self.calls.append((endpoint, params))
        await asyncio.sleep(self.slow.get(endpoint, 0.0))
        if self.failures.get(endpoint):
            status, description = self.failures[endpoint].pop(0)
            body = {"ok": False, "error_code": status, "description": description}
            return status, json.dumps(body).encode()
        return 200, json.dumps({"ok": True, "result": self._result(endpoint, params)}).encode()

    def _result(self, endpoint: str, params: dict[str, Any]) -> Any:
        if endpoint == "getMe":
            return BOT_USER
        if endpoint == "getUpdates":
            return []
        if endpoint in ("sendMessage", "editMessageText"):
            text = str(params.get("text", ""))
            if params.get("parse_mode") == "HTML":
                check_telegram_html(text)
                assert len(visible_text(text)) <= 4096, "message is too long"
            self._next_id += 1
            chat_id = int(params.get("chat_id", 1))
            return {
                "message_id": self._next_id,
                "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
                "from": BOT_USER,
                "text": visible_text(text),
            }
        return True

    def sent(self, endpoint: str = "sendMessage") -> list[dict[str, Any]]:
        """Parameters of every call to ``endpoint``, in order."""
        return [params for name, params in self.calls if name == endpoint]

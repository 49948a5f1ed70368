"""Logging set-up that never writes the bot token, whatever logs it.

httpx logs every request URL (which holds the token) at INFO, and
python-telegram-bot logs its API URL at DEBUG. Quieting httpx is not enough, so
every record is redacted on its way out: the token itself and anything shaped
like ``bot<digits>:<secret>``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

_TOKEN_SHAPE = re.compile(r"\d{3,}:[A-Za-z0-9_-]{20,}")
REDACTED = "[REDACTED]"


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """Replace each secret, and anything shaped like a bot token, with [REDACTED]."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, REDACTED)
    return _TOKEN_SHAPE.sub(REDACTED, text)


class RedactingFilter(logging.Filter):
    """Rewrites each record's message and traceback with secrets removed."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        self._secrets = tuple(s for s in secrets if s)

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact the record in place; never drops it."""
        record.msg = redact(record.getMessage(), self._secrets)
        record.args = None
        if record.exc_info:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info), self._secrets)
            record.exc_info = None
        if record.stack_info:
            record.stack_info = redact(record.stack_info, self._secrets)
        return True


def configure_logging(level: str, secrets: Iterable[str], handler: logging.Handler | None = None) -> None:
    """Log to stderr (or ``handler``) at ``level``, with every record redacted."""
    handler = handler or logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter(secrets))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    if level != "DEBUG":
        logging.getLogger("httpx").setLevel(logging.WARNING)

"""Settings from the environment and ``.env``, validated once at start-up.

Read with the standard library: pydantic-settings cost the bot a fifth of its start-up
(~0.2 s of imports) and ~9 MiB for fifteen settings (measured with ``-X importtime``).
Sources, strongest first: keyword arguments, environment variables (any case), the
``.env`` file, defaults. The first bad setting stops start-up with one line naming it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from knowledge import SHIPPED_ARTICLE

OFFICIAL_API = "https://api.telegram.org/bot"
_TOKEN_SHAPE = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{20,}$")
_SECRET_SHAPE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_TRUE = {"1", "true", "yes", "on", "y", "t"}
_FALSE = {"0", "false", "no", "off", "n", "f"}


class SettingsError(Exception):
    """A setting is missing or malformed; the message names it and says how to fix it."""


class SecretStr:
    """A secret string that stays out of ``repr`` and logs."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        """Keep ``value``."""
        self._value = value

    def get_secret_value(self) -> str:
        """The secret itself."""
        return self._value

    def __repr__(self) -> str:
        """Never the secret."""
        return "SecretStr('**********')"

    def __eq__(self, other: object) -> bool:
        """Equal to another secret with the same value."""
        return isinstance(other, SecretStr) and other._value == self._value

    def __hash__(self) -> int:
        """Hash of the value."""
        return hash(self._value)


@dataclass(frozen=True, slots=True)
class Settings:
    """Every setting of the bot; see ``.env.example`` for each one's meaning."""

    telegram_bot_token: SecretStr
    telegram_api_base_url: str = OFFICIAL_API
    article_path: Path = SHIPPED_ARTICLE
    log_level: str = "INFO"
    mode: str = "polling"
    webhook_url: str | None = None
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    webhook_secret_token: SecretStr | None = None
    admin_ids: tuple[int, ...] = ()
    allowed_chat_ids: tuple[int, ...] = ()
    rate_limit: bool = True
    concurrent_updates: int = 16
    typing_delay: float = 0.3
    inbox_path: Path = Path("bot-inbox.sqlite3")
    context_ttl: float = 1800.0


def _token(value: object) -> SecretStr:
    """A bot token looks like '123456:ABC-DEF…' (digits, colon, letters)."""
    text = value.get_secret_value() if isinstance(value, SecretStr) else str(value)
    if not _TOKEN_SHAPE.match(text):
        raise ValueError("does not look like a bot token (expected digits:letters, as @BotFather gives it)")
    return SecretStr(text)


def _secret(value: object) -> SecretStr:
    """Telegram accepts 1-256 characters of A-Z, a-z, 0-9, _ and -."""
    text = value.get_secret_value() if isinstance(value, SecretStr) else str(value)
    if not _SECRET_SHAPE.match(text):
        raise ValueError("must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
    return SecretStr(text)


def _base_url(value: object) -> str:
    """The Bot API base URL is http(s); the token is appended to it."""
    if not re.match(r"^https?://[^\s/]+", str(value)):
        raise ValueError("must be an http:// or https:// URL such as https://api.telegram.org/bot")
    return str(value)


def _ids(value: object) -> tuple[int, ...]:
    """Accept '1, -1002' as well as a list of ids."""
    parts = value.split(",") if isinstance(value, str) else list(value)  # type: ignore[call-overload]
    try:
        return tuple(int(str(part).strip()) for part in parts if str(part).strip())
    except ValueError:
        raise ValueError("must be comma-separated whole numbers") from None


def _bool(value: object) -> bool:
    """true/false, yes/no, on/off, 1/0."""
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower()
    if word in _TRUE | _FALSE:
        return word in _TRUE
    raise ValueError("must be true or false")


def _number(
    kind: Callable[[str], float], low: float | None = None, high: float | None = None
) -> Callable[[object], Any]:
    """A parser for an int or float within [low, high]."""

    def parse(value: object) -> Any:
        try:
            number = kind(str(value).strip())
        except ValueError:
            raise ValueError(f"must be a {'whole ' if kind is int else ''}number") from None
        if (low is not None and number < low) or (high is not None and number > high):
            bounds = f"at least {low}" if high is None else f"between {low} and {high}"
            raise ValueError(f"must be {bounds}")
        return number

    return parse


def _choice(*allowed: str) -> Callable[[object], str]:
    """A parser for one of a few words."""

    def parse(value: object) -> str:
        if str(value) not in allowed:
            raise ValueError(f"must be one of {', '.join(allowed)}")
        return str(value)

    return parse


_PARSERS: dict[str, Callable[[object], Any]] = {
    "telegram_bot_token": _token,
    "telegram_api_base_url": _base_url,
    "article_path": lambda v: Path(str(v)),
    "log_level": _choice("DEBUG", "INFO", "WARNING", "ERROR"),
    "mode": _choice("polling", "webhook"),
    "webhook_url": lambda v: str(v) or None,
    "webhook_listen": str,
    "webhook_port": _number(int),
    "webhook_secret_token": _secret,
    "admin_ids": _ids,
    "allowed_chat_ids": _ids,
    "rate_limit": _bool,
    "concurrent_updates": _number(int, 1, 256),
    "typing_delay": _number(float, 0),
    "inbox_path": lambda v: Path(str(v)),
    "context_ttl": _number(float, 0),
}
_ENV_NAMES = {"webhook_port": ("WEBHOOK_PORT", "PORT")}
_HINTS = {
    "telegram_bot_token": "get a token from @BotFather and set it in .env or the environment",
    "webhook_secret_token": "use only letters, digits, _ and -",
    "admin_ids": "use comma-separated numeric Telegram ids, e.g. 12345,67890",
    "allowed_chat_ids": "use comma-separated numeric chat ids, e.g. 12345,-100123",
}


def read_env_file(path: Path | str) -> dict[str, str]:
    """KEY=VALUE lines of a .env file (comments, blank lines, 'export' and quotes allowed)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (FileNotFoundError, IsADirectoryError):
        return {}
    values: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.strip().removeprefix("export ").strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        else:
            value = value.split(" #", 1)[0].strip()
        values[key.strip().upper()] = value
    return values


def load_settings(_env_file: Path | str | None = ".env", **overrides: object) -> Settings:
    """Read the settings; raise SettingsError with one line that names the bad setting."""
    sources: list[Mapping[str, object]] = [
        {k.upper(): v for k, v in overrides.items()},
        {k.upper(): v for k, v in os.environ.items()},
        read_env_file(_env_file) if _env_file is not None else {},
    ]
    values: dict[str, Any] = {}
    for field in fields(Settings):
        names = _ENV_NAMES.get(field.name, (field.name.upper(),))
        given = next((s[n] for s in sources for n in names if n in s), None)
        if given is None or given == "":
            if field.name == "telegram_bot_token":
                raise SettingsError(_message(field.name, "is not set"))
            continue
        try:
            values[field.name] = _PARSERS[field.name](given)
        except ValueError as exc:
            raise SettingsError(_message(field.name, f"is invalid: {exc}")) from None
    return Settings(**values)


def _message(field: str, problem: str) -> str:
    """'NAME problem; hint' on one line."""
    name = "WEBHOOK_PORT" if field == "webhook_port" else field.upper()
    message = f"{name} {problem}; {_HINTS.get(field, 'see .env.example')}"
    if field == "telegram_bot_token":
        message += " (or try the bot without Telegram: python -m bot chat)"
    return message

"""Settings from the environment and ``.env``, validated once at start-up."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AliasChoices, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from knowledge import SHIPPED_ARTICLE

OFFICIAL_API = "https://api.telegram.org/bot"
_TOKEN_SHAPE = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{20,}$")
_SECRET_SHAPE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")

IdList = Annotated[tuple[int, ...], NoDecode]


class SettingsError(Exception):
    """A setting is missing or malformed; the message names it and says how to fix it."""


class Settings(BaseSettings):
    """Every setting of the bot; see ``.env.example`` for each one's meaning."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    telegram_bot_token: SecretStr
    telegram_api_base_url: str = OFFICIAL_API
    article_path: Path = SHIPPED_ARTICLE
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    mode: Literal["polling", "webhook"] = "polling"
    webhook_url: str | None = None
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = Field(default=8443, validation_alias=AliasChoices("WEBHOOK_PORT", "PORT"))
    webhook_secret_token: SecretStr | None = None
    admin_ids: IdList = ()
    allowed_chat_ids: IdList = ()
    rate_limit: bool = True
    concurrent_updates: int = Field(default=16, ge=1, le=256)
    typing_delay: float = Field(default=0.3, ge=0)
    inbox_path: Path = Path("bot-inbox.sqlite3")
    context_ttl: float = Field(default=1800.0, ge=0)  # seconds a conversation may idle before it starts over

    @field_validator("telegram_bot_token")
    @classmethod
    def _token_shape(cls, value: SecretStr) -> SecretStr:
        """A bot token looks like '123456:ABC-DEF…' (digits, colon, letters)."""
        if not _TOKEN_SHAPE.match(value.get_secret_value()):
            raise ValueError("does not look like a bot token (expected digits:letters, as @BotFather gives it)")
        return value

    @field_validator("webhook_secret_token")
    @classmethod
    def _secret_shape(cls, value: SecretStr | None) -> SecretStr | None:
        """Telegram accepts 1-256 characters of A-Z, a-z, 0-9, _ and -."""
        if value is not None and not _SECRET_SHAPE.match(value.get_secret_value()):
            raise ValueError("must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
        return value

    @field_validator("telegram_api_base_url")
    @classmethod
    def _base_url_shape(cls, value: str) -> str:
        """The Bot API base URL is http(s); the token is appended to it."""
        if not re.match(r"^https?://[^\s/]+", value):
            raise ValueError("must be an http:// or https:// URL such as https://api.telegram.org/bot")
        return value

    @field_validator("admin_ids", "allowed_chat_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        """Accept '1, -1002' as well as a list of ids."""
        if isinstance(value, str):
            return tuple(part.strip() for part in value.split(",") if part.strip())
        return value


_HINTS = {
    "telegram_bot_token": "get a token from @BotFather and set it in .env or the environment",
    "webhook_secret_token": "use only letters, digits, _ and -",
    "admin_ids": "use comma-separated numeric Telegram ids, e.g. 12345,67890",
    "allowed_chat_ids": "use comma-separated numeric chat ids, e.g. 12345,-100123",
}


def load_settings(**overrides: object) -> Settings:
    """Read the settings; raise SettingsError with one line that names the bad setting."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        error = exc.errors()[0]
        field = str(error["loc"][0]) if error["loc"] else "settings"
        name = "WEBHOOK_PORT" if field == "webhook_port" else field.upper()
        unset = error["type"] == "missing" or error.get("input") == ""
        problem = "is not set" if unset else f"is invalid: {error['msg'].removeprefix('Value error, ')}"
        hint = _HINTS.get(field, "see .env.example")
        message = f"{name} {problem}; {hint}"
        if field == "telegram_bot_token":
            message += " (or try the bot without Telegram: python -m bot chat)"
        raise SettingsError(message) from None

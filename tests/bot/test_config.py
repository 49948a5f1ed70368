"""Settings: read from the environment, one clear line for anything missing or malformed."""

from __future__ import annotations

import pytest

from bot.config import OFFICIAL_API, SettingsError, load_settings

TOKEN = "123456:" + "A" * 35


def test_defaults_and_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("ADMIN_IDS", "1, 2")
    monkeypatch.setenv("ALLOWED_CHAT_IDS", "-100123")
    monkeypatch.setenv("RATE_LIMIT", "false")
    settings = load_settings(_env_file=None)
    assert settings.telegram_api_base_url == OFFICIAL_API
    assert settings.admin_ids == (1, 2)
    assert settings.allowed_chat_ids == (-100123,)
    assert settings.rate_limit is False
    assert TOKEN not in repr(settings)


def test_env_file_is_read(tmp_path: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    env = tmp_path / ".env"  # type: ignore[operator]
    env.write_text(f"TELEGRAM_BOT_TOKEN={TOKEN}\nLOG_LEVEL=DEBUG\n")
    settings = load_settings(_env_file=env)
    assert settings.log_level == "DEBUG"


def test_missing_token_names_the_setting_and_the_terminal_chat() -> None:
    with pytest.raises(SettingsError) as info:
        load_settings(_env_file=None)
    message = str(info.value)
    assert message.startswith("TELEGRAM_BOT_TOKEN is not set")
    assert "@BotFather" in message
    assert "python -m bot chat" in message
    assert "\n" not in message


@pytest.mark.parametrize(
    ("overrides", "name"),
    [
        ({"telegram_bot_token": "not-a-token-at-all"}, "TELEGRAM_BOT_TOKEN"),
        ({"telegram_bot_token": TOKEN, "webhook_secret_token": "has spaces!"}, "WEBHOOK_SECRET_TOKEN"),
        ({"telegram_bot_token": TOKEN, "admin_ids": "me"}, "ADMIN_IDS"),
        ({"telegram_bot_token": TOKEN, "telegram_api_base_url": "ftp://x"}, "TELEGRAM_API_BASE_URL"),
        ({"telegram_bot_token": TOKEN, "log_level": "LOUD"}, "LOG_LEVEL"),
    ],
)
def test_malformed_setting_is_named(overrides: dict[str, object], name: str) -> None:
    with pytest.raises(SettingsError, match=f"^{name} is invalid"):
        load_settings(_env_file=None, **overrides)


def test_malformed_token_is_not_echoed() -> None:
    secret = "999:short"
    with pytest.raises(SettingsError) as info:
        load_settings(_env_file=None, telegram_bot_token=secret)
    assert secret not in str(info.value)


def test_empty_token_line_from_env_example_counts_as_not_set(tmp_path: pytest.TempPathFactory) -> None:
    env = tmp_path / ".env"  # type: ignore[operator]
    env.write_text("TELEGRAM_BOT_TOKEN=\nADMIN_IDS=\n")
    with pytest.raises(SettingsError, match=r"^TELEGRAM_BOT_TOKEN is not set"):
        load_settings(_env_file=env)


def test_env_file_syntax_and_precedence(tmp_path: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    env = tmp_path / ".env"  # type: ignore[operator]
    env.write_text(
        "# a comment\n"
        f"export TELEGRAM_BOT_TOKEN='{TOKEN}'\n"
        "RATE_LIMIT=no  # off for a local server\n"
        "CONTEXT_TTL=600\n"
        "PORT=9000\n"
        "TYPING_DELAY=1\n"
    )
    monkeypatch.setenv("typing_delay", "0")  # the environment beats the file, in any case
    settings = load_settings(_env_file=env, concurrent_updates=4)  # arguments beat both
    assert settings.telegram_bot_token.get_secret_value() == TOKEN
    assert settings.rate_limit is False
    assert settings.context_ttl == 600
    assert settings.webhook_port == 9000
    assert settings.typing_delay == 0
    assert settings.concurrent_updates == 4


@pytest.mark.parametrize(
    ("name", "value", "problem"),
    [
        ("CONCURRENT_UPDATES", "0", "greater than or equal to 1"),
        ("CONTEXT_TTL", "-1", "greater than or equal to 0"),
        ("RATE_LIMIT", "maybe", "valid boolean"),
        ("WEBHOOK_PORT", "eighty", "valid integer"),
    ],
)
def test_numbers_and_switches_are_checked(monkeypatch: pytest.MonkeyPatch, name: str, value: str, problem: str) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError, match=f"^{name} is invalid: .*{problem}"):
        load_settings(_env_file=None)

"""The command line, run as users and tools run it: ``python -m bot ask``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures" / "articles"


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True, timeout=60)


def test_ask_prints_plain_text_with_line_citations() -> None:
    result = _run("ask", "What did Wang Yi say?")
    assert result.returncode == 0
    assert "[line 31]" in result.stdout
    assert "[line 33]" in result.stdout
    assert result.stdout.startswith("Wang Yi (China’s Foreign Minister) said:")


def test_ask_json_has_the_contract_fields() -> None:
    result = _run("ask", "--json", "what did Wang Yi say")
    payload = json.loads(result.stdout)
    assert set(payload) == {"question", "answer", "abstained", "citations"}
    assert payload["abstained"] is False
    assert [c["line"] for c in payload["citations"]] == [31, 33]
    assert set(payload["citations"][0]) == {"file", "line", "end_line", "text", "speaker", "source"}
    assert payload["citations"][0]["speaker"] == "Wang Yi"


def test_ask_json_reads_one_question_per_stdin_line() -> None:
    result = _run("ask", "--json", stdin="What did Obama say?\n\nWho reported this story?\n")
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a["abstained"] for a in answers] == [True, False]
    assert answers[1]["citations"][0]["line"] == 7


def test_article_option_answers_from_another_file() -> None:
    result = _run("ask", "--article", str(FIXTURES / "harbour-bridge-straight-quotes.txt"), "Who wrote this?")
    assert "By Daniel Reyes, Harbour City [line 23]" in result.stdout


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "cannot read"), (b"", "is empty"), (b"\x00\x01\x02", "is binary"), (b"\xff\xfe\xfa", "not UTF-8")],
    ids=["missing", "empty", "binary", "not-utf8"],
)
def test_bad_article_is_one_line_error_and_status_2(tmp_path: Path, content: bytes | None, message: str) -> None:
    path = tmp_path / "article.txt"
    if content is not None:
        path.write_bytes(content)
    result = _run("ask", "--article", str(path), "anything")
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert message in result.stderr
    assert str(path) in result.stderr
    assert "Traceback" not in result.stderr


def test_chat_works_piped() -> None:
    result = _run("chat", stdin="What did Wang Yi say?\nhello\n")
    assert result.returncode == 0
    assert "[line 31]" in result.stdout
    assert "The article doesn't say." in result.stdout


def test_knowledge_does_not_import_telegram_or_settings() -> None:
    code = "import sys, knowledge; print('telegram' in sys.modules, 'pydantic_settings' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False False"

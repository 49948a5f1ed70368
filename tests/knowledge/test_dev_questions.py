"""The development question set, one test per question, judged on citations and wording."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from knowledge import Answer, KnowledgeBase, render_plain

DEV_SET = Path(__file__).parents[1] / "fixtures" / "dev_questions.jsonl"
GOLD = [json.loads(line) for line in DEV_SET.read_text(encoding="utf-8").splitlines() if line.strip()]


def _cited(answer: Answer) -> list[int]:
    return [n for c in answer.citations for n in range(c.line, c.end_line + 1)]


@pytest.mark.parametrize("gold", GOLD, ids=[g["q"] for g in GOLD])
def test_dev_question(kb: KnowledgeBase, gold: dict[str, object]) -> None:
    answer = kb.answer(str(gold["q"]))
    lines = set(gold["lines"])  # type: ignore[call-overload]
    allowed = lines | set(gold["allowed"])  # type: ignore[call-overload]
    cited = _cited(answer)
    text = render_plain(answer).lower()
    kind = gold["kind"]
    if kind == "abstain":
        assert answer.abstained
        assert cited == []
        return
    if kind == "unquoted":
        assert set(cited) <= allowed
        assert cited
        return
    assert not answer.abstained
    for phrase in gold["must_contain"]:  # type: ignore[attr-defined]
        assert phrase.lower() in text
    if kind == "speaker":
        assert lines <= set(cited)
        assert set(cited) <= allowed
        assert all(c.speaker == gold["speaker"] for c in answer.citations)
    else:
        assert cited[0] in lines

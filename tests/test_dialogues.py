"""Dialogues typed the way people chat, through `python -m bot ask --json --conversation`, scored turn by turn."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from tests.conftest import FIXTURES

DIALOGUES = FIXTURES / "dialogues.txt"
PASS_RATE = 0.95


@dataclass
class Turn:
    """One user message and what a right answer looks like (written from the article)."""

    dialogue: str
    text: str
    exact: set[int] | None = None
    includes: set[int] = field(default_factory=set)
    excludes: set[int] = field(default_factory=set)
    phrases: list[str] = field(default_factory=list)
    asks: set[str] | None = None
    abstains: bool = False


def read_dialogues(path: Path) -> list[list[Turn]]:
    """Parse the dialogue file into dialogues of turns."""
    dialogues: list[list[Turn]] = []
    title = ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or (line.startswith("#") and not line.startswith("## ")):
            continue
        kind, _, rest = line.partition(" ")
        if kind == "##":
            title = rest
            dialogues.append([])
        elif kind == ">":
            dialogues[-1].append(Turn(title, rest))
        else:
            _expect(dialogues[-1][-1], kind, rest)
    return dialogues


def _expect(turn: Turn, kind: str, rest: str) -> None:
    """Add one expectation line to a turn."""
    lines = {int(n) for n in rest.split() if n.isdigit()}
    if kind == "=":
        turn.exact = lines
    elif kind == "~":
        turn.includes |= lines
    elif kind == "x":
        turn.excludes |= lines
    elif kind == "!":
        turn.phrases.append(rest)
    elif kind == "?":
        turn.asks = {name.strip() for name in rest.split(",")}
    elif kind == "0":
        turn.abstains = True
    else:
        raise ValueError(f"unknown expectation {kind!r} in {DIALOGUES.name}")


def problems(turn: Turn, reply: dict[str, object]) -> list[str]:
    """What is wrong with one reply (empty: the turn passes)."""
    cited = {int(c["line"]) for c in reply["citations"]}  # type: ignore[attr-defined,index]
    text = str(reply["answer"])
    found = []
    if turn.exact is not None and cited != turn.exact:
        found.append(f"cited {sorted(cited)}, expected exactly {sorted(turn.exact)}")
    if not turn.includes <= cited:
        found.append(f"cited {sorted(cited)}, expected at least {sorted(turn.includes)}")
    if turn.excludes & cited:
        found.append(f"cited {sorted(turn.excludes & cited)} again")
    found += [f"no {p!r} in {text[:80]!r}" for p in turn.phrases if p not in text]
    if turn.asks is not None:
        question = text.split("\n")[0]
        offered = {name for name in turn.asks if name in question}
        if not (question.startswith("Who do you mean") and offered == turn.asks and cited == set()):
            found.append(f"expected to ask between {sorted(turn.asks)}, got {text[:80]!r}")
    if turn.abstains and (cited or not reply["abstained"]):
        found.append("expected 'the article doesn't say'")
    return found


def test_dialogue_file_is_big_enough() -> None:
    dialogues = read_dialogues(DIALOGUES)
    assert len(dialogues) >= 10
    assert sum(len(d) for d in dialogues) >= 40
    assert all(len(d) >= 3 for d in dialogues)


def test_dialogues_pass_through_the_command_line() -> None:
    dialogues = read_dialogues(DIALOGUES)
    stdin = "\n\n".join("\n".join(t.text for t in d) for d in dialogues) + "\n"
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--json", "--conversation"],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    replies = [json.loads(line) for line in result.stdout.splitlines()]
    turns = [t for d in dialogues for t in d]
    assert len(replies) == len(turns)  # one object per turn, none for the blank lines
    failures = []
    for turn, reply in zip(turns, replies, strict=True):
        assert reply["question"] == turn.text
        assert reply["resolved"]
        wrong = problems(turn, reply)
        if wrong:
            understood = reply["resolved"]
            failures.append(f"[{turn.dialogue}] {turn.text!r} (understood as {understood!r}): {'; '.join(wrong)}")
    passed = 1 - len(failures) / len(turns)
    assert passed >= PASS_RATE, f"{passed:.0%} of {len(turns)} turns passed:\n" + "\n".join(failures)

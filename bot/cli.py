"""Command line: run the bot, ask the engine a question, or chat with it in a terminal."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from knowledge import SHIPPED_ARTICLE, Answer, ArticleError, Focus, KnowledgeBase, Turn, converse, render_plain

_USAGE_EXAMPLES = """\
examples:
  python -m bot                         run the Telegram bot (long polling)
  python -m bot --webhook               run it as a webhook server
  python -m bot chat                    try the bot in this terminal, no token needed
  python -m bot ask "What did Wang Yi say?"
  python -m bot ask --json < questions.txt
  python -m bot ask --json --conversation < dialogues.txt   (a blank line starts a new conversation)
"""
RESET_COMMANDS = ("/reset", "/start")


def answer_to_json(answer: Answer, resolved: str | None = None) -> dict[str, object]:
    """The CLI's JSON shape for one answer (with ``resolved``: the question as understood in context)."""
    shape: dict[str, object] = {
        "question": answer.question,
        "answer": render_plain(answer),
        "abstained": answer.abstained,
        "citations": [
            {
                "file": c.file,
                "line": c.line,
                "end_line": c.end_line,
                "text": c.text,
                "speaker": c.speaker,
                "source": c.source,
            }
            for c in answer.citations
        ],
    }
    if resolved is not None:
        shape["resolved"] = resolved
    return shape


def _parser() -> argparse.ArgumentParser:
    """Build the argument parser for ``python -m bot``."""
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="Answer questions about a news article, on Telegram or in the terminal.",
        epilog=_USAGE_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--webhook", action="store_true", help="run as a webhook server, not polling")
    commands = parser.add_subparsers(dest="command")
    ask = commands.add_parser("ask", help="answer one question (or one per stdin line) and exit")
    ask.add_argument("question", nargs="?", help="the question; omit it to read questions from stdin")
    ask.add_argument("--json", action="store_true", help="print one JSON object per answer")
    ask.add_argument(
        "--conversation",
        action="store_true",
        help="read stdin as conversations: follow-ups are answered in context; a blank line starts over",
    )
    chat = commands.add_parser("chat", help="chat with the bot in the terminal (no Telegram needed)")
    for sub in (ask, chat):
        sub.add_argument("--article", type=Path, default=None, help=f"article file (default: {SHIPPED_ARTICLE.name})")
    return parser


def _print_answer(answer: Answer, as_json: bool, out: TextIO) -> None:
    """Write one answer as text or as a JSON line."""
    if as_json:
        out.write(json.dumps(answer_to_json(answer), ensure_ascii=False) + "\n")
    else:
        out.write(render_plain(answer) + "\n")
    out.flush()


def ask(kb: KnowledgeBase, question: str | None, as_json: bool, stdin: TextIO, out: TextIO) -> None:
    """Answer the question given, or every non-blank line of stdin."""
    if question is not None:
        _print_answer(kb.answer(question), as_json, out)
        return
    for line in stdin:
        if line.strip():
            _print_answer(kb.answer(line), as_json, out)


def ask_conversation(kb: KnowledgeBase, as_json: bool, stdin: TextIO, out: TextIO) -> None:
    """Answer stdin line by line in context; a blank line starts a new conversation (and prints nothing)."""
    focus: Focus | None = None
    for line in stdin:
        if not line.strip():
            focus = None
            continue
        turn = converse(kb, line, focus, now=time.time())
        focus = turn.focus
        if as_json:
            shape = answer_to_json(turn.answer, turn.resolved) | {"question": " ".join(line.split())}
            out.write(json.dumps(shape, ensure_ascii=False) + "\n")
        else:
            out.write(render_plain(turn.answer) + "\n")
        out.flush()


def chat(kb: KnowledgeBase, stdin: TextIO, out: TextIO) -> None:
    """A terminal conversation with the same answers the bot gives."""
    interactive = stdin.isatty()
    focus: Focus | None = None
    out.write(f"Ask me about: {kb.article.title}\n")
    out.write("Try: " + " | ".join(kb.suggestions) + "\n")
    out.write("Follow-ups like 'what else did he say?' work; /reset starts over. (Ctrl-D to quit)\n")
    while True:
        if interactive:
            out.write("\n> ")
            out.flush()
        line = stdin.readline()
        if not line:
            break
        if line.strip().lower() in RESET_COMMANDS:
            focus = None
            out.write("Starting over.\n\n")
        elif line.strip():
            turn: Turn = converse(kb, line, focus, now=time.time())
            focus = turn.focus
            out.write(render_plain(turn.answer) + "\n\n")
        out.flush()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python -m bot``; returns the exit status."""
    args = _parser().parse_args(argv)
    if args.command in ("ask", "chat"):
        try:
            kb = KnowledgeBase.from_file(args.article or SHIPPED_ARTICLE)
        except ArticleError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        if args.command == "ask" and args.conversation:
            if args.question is not None:
                print("error: --conversation reads the conversation from stdin; give no QUESTION", file=sys.stderr)
                return 2
            ask_conversation(kb, args.json, sys.stdin, sys.stdout)
        elif args.command == "ask":
            ask(kb, args.question, args.json, sys.stdin, sys.stdout)
        else:
            chat(kb, sys.stdin, sys.stdout)
        return 0
    from bot.app import run

    return run(webhook=args.webhook)

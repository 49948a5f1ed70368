"""Render an Answer as plain text with [line N] citations (the CLI's format)."""

from __future__ import annotations

from knowledge.models import Answer, Citation


def line_label(citation: Citation) -> str:
    """'line 31', 'lines 31–33', or 'line 17, according to Reuters' for a relayed quote."""
    label = (
        f"lines {citation.line}–{citation.end_line}" if citation.end_line > citation.line else f"line {citation.line}"
    )
    if citation.source and citation.source not in citation.text:
        label += f", according to {citation.source}"
    return label


def render_plain(answer: Answer) -> str:
    """The answer as plain text: intro, headed sections of cited sentences, suggestions."""
    blocks: list[str] = []
    if answer.intro:
        blocks.append(answer.intro)
    for section in answer.sections:
        lines = [section.heading] if section.heading else []
        lines += [f"{c.text} [{line_label(c)}]" for c in section.citations]
        blocks.append("\n".join(lines))
    if answer.suggestions:
        blocks.append("\n".join(["You could ask:"] + [f"- {q}" for q in answer.suggestions]))
    return "\n\n".join(blocks)

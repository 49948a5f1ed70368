"""Answer-quality benchmark: the project's evaluation corpus and the dev set, scored by kind.

Usage::

    python -m bench.quality            # every corpus article and the dev set
    python -m bench.quality -v         # also list every failure
    python -m bench.quality --only wire-port-strike

For each article in ``tests/corpus/`` (``<slug>.txt`` with hand-written gold in
``<slug>.quotes.jsonl`` and ``<slug>.questions.jsonl``) it reports quote-level
attribution precision and recall (a wrong speaker counts against precision; an
unattributed quote only against recall), figures by the engine's attribution rule
and by the gold's pattern, and the pass rate of the questions by kind, category
and article. The JSON goes to ``bench/results/quality.json``.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from bench.common import DEV_QUESTIONS, SHIPPED_QUESTIONS, print_table, write_results
from knowledge import SHIPPED_ARTICLE, Answer, KnowledgeBase, Quote, render_plain

CORPUS = Path(__file__).parents[1] / "tests" / "corpus"
DEV_SLUG = "dev"
SHIPPED_SLUG = "shipped"  # the shipped article's questions beyond the dev set


@dataclass(frozen=True, slots=True)
class CorpusArticle:
    """One article of the corpus with its gold quotes and questions."""

    slug: str
    path: Path
    quotes: tuple[dict[str, Any], ...]
    questions: tuple[dict[str, Any], ...]


def _jsonl(path: Path) -> tuple[dict[str, Any], ...]:
    """The JSON objects of a .jsonl file (none if it does not exist)."""
    if not path.exists():
        return ()
    return tuple(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


def load_corpus(directory: Path = CORPUS, include_dev: bool = True) -> list[CorpusArticle]:
    """Every corpus article (and the dev set and further questions on the shipped article)."""
    articles = [
        CorpusArticle(p.stem, p, _jsonl(p.with_suffix(".quotes.jsonl")), _jsonl(p.with_suffix(".questions.jsonl")))
        for p in sorted(directory.glob("*.txt"))
    ]
    if include_dev:
        articles.append(CorpusArticle(DEV_SLUG, SHIPPED_ARTICLE, (), _jsonl(DEV_QUESTIONS)))
        articles.append(CorpusArticle(SHIPPED_SLUG, SHIPPED_ARTICLE, (), _jsonl(SHIPPED_QUESTIONS)))
    return articles


# --- attribution --------------------------------------------------------------------------

_HONORIFIC = re.compile(r"^(?:mr|mrs|ms|miss|dr|prof|sir|dame)\.?\s+", re.IGNORECASE)


def _words(name: str) -> list[str]:
    """Lower-case words of a name, without titles and punctuation."""
    return re.findall(r"[\w’'-]+", _HONORIFIC.sub("", name.strip()).lower())


_FUNCTION_WORDS = frozenset("a an the of for at in on to and from with".split())


def same_speaker(gold: dict[str, Any], engine: str | None, kb: KnowledgeBase) -> bool:
    """Whether the engine's speaker is the gold speaker (names compared without titles)."""
    if engine is None or gold.get("speaker") is None:
        return False
    if gold.get("unnamed"):
        person = kb.cast.get(engine)
        if person is not None and person.named:
            return False
        shared = (set(_words(gold["speaker"])) & set(_words(engine))) - _FUNCTION_WORDS
        return bool(shared)
    g, e = _words(gold["speaker"]), _words(engine)
    if not g or not e:
        return False
    return g == e or (g[-1] == e[-1] and (set(e) <= set(g) or set(g) <= set(e)))


def _norm(text: str) -> str:
    """Lower-case words only, for finding a gold snippet inside an engine quote."""
    return " ".join(re.findall(r"\w+", text.lower()))


def _find(quotes: Iterable[Quote], gold: dict[str, Any]) -> Quote | None:
    """The engine quote that starts with a gold quote's snippet at its line (a scare quote: that is all of it)."""
    snippet = _norm(gold["text"])
    whole = gold.get("type") == "scare"
    for quote in quotes:
        lines = range(quote.sentence.line, quote.sentence.end_line + 1)
        text = _norm(quote.text)
        if (text == snippet if whole else text.startswith(snippet)) and (
            gold["line"] in lines or gold.get("end_line", gold["line"]) in lines
        ):
            return quote
    return None


@dataclass(slots=True)
class AttributionScore:
    """Counts behind attribution precision and recall, overall and by rule and pattern."""

    gold: int = 0  # statements with a speaker
    attributed: int = 0  # engine quotes with a speaker (matched or spurious)
    correct: int = 0
    by_rule: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    by_pattern: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    failures: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Share of the engine's attributions that name the right speaker."""
        return self.correct / self.attributed if self.attributed else 1.0

    @property
    def recall(self) -> float:
        """Share of the gold's attributable quotes the engine attributes correctly."""
        return self.correct / self.gold if self.gold else 1.0

    def add(self, other: AttributionScore) -> None:
        """Add another article's counts to these."""
        self.gold += other.gold
        self.attributed += other.attributed
        self.correct += other.correct
        for mine, theirs in ((self.by_rule, other.by_rule), (self.by_pattern, other.by_pattern)):
            for key, counts in theirs.items():
                mine[key].update(counts)
        self.failures.extend(other.failures)


def score_attribution(kb: KnowledgeBase, gold_quotes: tuple[dict[str, Any], ...], slug: str) -> AttributionScore:
    """Compare the engine's quotes with the gold, quote by quote."""
    score = AttributionScore()
    matched: set[int] = set()
    quotes = kb.header_quotes + kb.quotes
    for gold in gold_quotes:
        quote = _find(quotes, gold)
        if quote is not None:
            matched.add(id(quote))
        if gold.get("type") == "nested":
            continue
        _score_one(score, kb, gold, quote, slug)
    for quote in quotes if gold_quotes else ():
        if id(quote) not in matched and quote.speaker is not None:
            score.attributed += 1
            score.by_rule[quote.rule]["spurious"] += 1
            score.failures.append(f"{slug} L{quote.sentence.line}: not a gold quote, given to {quote.speaker}")
    return score


def _score_one(
    score: AttributionScore, kb: KnowledgeBase, gold: dict[str, Any], quote: Quote | None, slug: str
) -> None:
    """Count one gold quote."""
    pattern = str(gold.get("pattern") or gold.get("type") or "other")
    attributable = gold.get("type", "statement") == "statement" and gold.get("speaker") is not None
    engine = quote.speaker if quote else None
    where = f"{slug} L{gold['line']} [{pattern}] “{gold['text']}”"
    if attributable:
        score.gold += 1
        score.by_pattern[pattern]["gold"] += 1
    if engine is not None and quote is not None:
        score.attributed += 1
        ok = attributable and same_speaker(gold, engine, kb)
        score.correct += ok
        score.by_rule[quote.rule]["right" if ok else "wrong"] += 1
        score.by_pattern[pattern]["right" if ok else "wrong"] += 1
        if not ok:
            score.failures.append(f"{where}: gold {gold.get('speaker')!r}, engine {engine!r} ({quote.rule})")
    elif attributable:
        score.by_pattern[pattern]["missed"] += 1
        found = "not extracted" if quote is None else "unattributed"
        score.failures.append(f"{where}: gold {gold['speaker']!r}, {found}")


# --- questions ----------------------------------------------------------------------------


def _cited_lines(answer: Answer) -> list[int]:
    """Every line the answer cites, in order."""
    return [n for c in answer.citations for n in range(c.line, c.end_line + 1)]


def judge(gold: dict[str, Any], answer: Answer) -> tuple[bool, str]:
    """Whether an answer passes a gold question (the rules of the shared evalqa tool)."""
    kind = gold["kind"]
    lines, allowed = set(gold["lines"]), set(gold["lines"]) | set(gold.get("allowed", []))
    cited = _cited_lines(answer)
    text = render_plain(answer).lower()
    if kind == "abstain":
        return (answer.abstained or not cited), "should abstain"
    if kind == "ambiguous":
        names = [c for c in gold.get("candidates", []) if _words(c)[-1] in text]
        return (not cited and len(names) >= 2), "should ask which of the candidates"
    if kind == "unquoted":
        return (answer.abstained or set(cited) <= allowed), "should say the person is not quoted"
    if answer.abstained:
        return False, "abstained on an answerable question"
    if not cited:
        return False, "no citation"
    contains = all(s.lower() in text for s in gold.get("must_contain", []))
    if kind in ("fact", "who_said"):
        if cited[0] not in lines:
            return False, f"first citation L{cited[0]} not in {sorted(lines)}"
        return contains, f"answer lacks {gold.get('must_contain')}"
    if kind == "speaker":
        missing, wrong = lines - set(cited), set(cited) - allowed
        if missing or wrong:
            return False, f"missing lines {sorted(missing)}, lines of others {sorted(wrong)}"
        return contains, f"answer lacks {gold.get('must_contain')}"
    return False, f"unknown kind {kind}"


@dataclass(slots=True)
class QuestionScore:
    """Pass counts by kind, category and article."""

    by_kind: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    by_category: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    by_article: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    abstention: Counter[str] = field(default_factory=Counter)  # (un)answerable x (not) abstained
    failures: list[str] = field(default_factory=list)

    @property
    def abstention_precision(self) -> float:
        """Share of the engine's abstentions that were on questions the article cannot answer."""
        abstained = self.abstention["unanswerable_abstained"] + self.abstention["answerable_abstained"]
        return self.abstention["unanswerable_abstained"] / abstained if abstained else 1.0

    @property
    def abstention_recall(self) -> float:
        """Share of the unanswerable questions the engine abstained on."""
        unanswerable = self.abstention["unanswerable_abstained"] + self.abstention["unanswerable_answered"]
        return self.abstention["unanswerable_abstained"] / unanswerable if unanswerable else 1.0

    @property
    def answerable_abstained(self) -> float:
        """Share of the answerable questions the engine abstained on."""
        answerable = self.abstention["answerable_abstained"] + self.abstention["answerable_answered"]
        return self.abstention["answerable_abstained"] / answerable if answerable else 0.0

    def record(self, slug: str, gold: dict[str, Any], ok: bool, why: str, answer: Answer) -> None:
        """Count one judged question."""
        side = "unanswerable" if gold["kind"] in ("abstain", "unquoted", "ambiguous") else "answerable"
        self.abstention[f"{side}_{'abstained' if answer.abstained else 'answered'}"] += 1
        outcome = "pass" if ok else "fail"
        self.by_kind[gold["kind"]][outcome] += 1
        self.by_category[gold.get("category") or gold["kind"]][outcome] += 1
        self.by_article[slug][outcome] += 1
        if not ok:
            first = render_plain(answer).splitlines()[:2]
            self.failures.append(f"{slug}: {gold['q']!r} [{gold.get('category', gold['kind'])}] {why} | {first}")


def _rate(counts: Counter[str], good: str = "pass", bad: str = "fail") -> str:
    """'17/20 (85.0 %)'."""
    total = counts[good] + counts[bad]
    return f"{counts[good]}/{total} ({100 * counts[good] / total:.1f} %)" if total else "-"


def evaluate(
    articles: list[CorpusArticle], evidence_bar: float | None = None
) -> tuple[AttributionScore, QuestionScore]:
    """Score every article's attribution and questions (at another evidence bar, if given)."""
    attribution, questions = AttributionScore(), QuestionScore()
    for item in articles:
        kb = KnowledgeBase.from_file(item.path)
        if evidence_bar is not None:
            kb = replace(kb, evidence_bar=evidence_bar)
        attribution.add(score_attribution(kb, item.quotes, item.slug))  # body and header quotes
        for gold in item.questions:
            answer = kb.answer(gold["q"])
            ok, why = judge(gold, answer)
            questions.record(item.slug, gold, ok, why, answer)
    return attribution, questions


def _report(attribution: AttributionScore, questions: QuestionScore, verbose: bool) -> dict[str, Any]:
    """Print the tables and return the figures as JSON-ready data."""
    print_table(
        "Attribution (quote level)",
        [
            ("precision", f"{attribution.correct}/{attribution.attributed} ({attribution.precision:.3f})"),
            ("recall", f"{attribution.correct}/{attribution.gold} ({attribution.recall:.3f})"),
        ],
    )
    print_table("By engine rule (right / wrong / spurious)", _counter_rows(attribution.by_rule, _rule_row))
    print_table("By gold pattern (right / wrong / missed of gold)", _counter_rows(attribution.by_pattern, _pattern_row))
    print_table("Questions by kind", [(k, _rate(c)) for k, c in sorted(questions.by_kind.items())])
    print_table("Questions by category", [(k, _rate(c)) for k, c in sorted(questions.by_category.items())])
    print_table("Questions by article", [(k, _rate(c)) for k, c in sorted(questions.by_article.items())])
    total: Counter[str] = sum(questions.by_kind.values(), Counter())
    print_table(
        "Abstention (abstain, unquoted and ambiguous questions are the unanswerable ones)",
        [
            ("precision", f"{questions.abstention_precision:.3f}"),
            ("recall", f"{questions.abstention_recall:.3f}"),
            ("answerable questions abstained", f"{100 * questions.answerable_abstained:.1f} %"),
        ],
    )
    print(f"\nall questions: {_rate(total)}")
    if verbose:
        print("\nattribution failures:\n  " + "\n  ".join(attribution.failures or ["none"]))
        print("\nquestion failures:\n  " + "\n  ".join(questions.failures or ["none"]))
    return {
        "attribution": {
            "precision": attribution.precision,
            "recall": attribution.recall,
            "gold": attribution.gold,
            "attributed": attribution.attributed,
            "correct": attribution.correct,
            "by_rule": {k: dict(v) for k, v in attribution.by_rule.items()},
            "by_pattern": {k: dict(v) for k, v in attribution.by_pattern.items()},
        },
        "questions": {
            "pass_rate": total["pass"] / max(1, total["pass"] + total["fail"]),
            "abstention": {
                "precision": questions.abstention_precision,
                "recall": questions.abstention_recall,
                "answerable_abstained": questions.answerable_abstained,
            },
            "by_kind": {k: dict(v) for k, v in questions.by_kind.items()},
            "by_category": {k: dict(v) for k, v in questions.by_category.items()},
            "by_article": {k: dict(v) for k, v in questions.by_article.items()},
        },
        "failures": {"attribution": attribution.failures, "questions": questions.failures},
    }


def _counter_rows(table: dict[str, Counter[str]], row: Any) -> list[tuple[str, str]]:
    """Rows of a counter table, sorted by key."""
    return [(key, row(counts)) for key, counts in sorted(table.items())] or [("-", "-")]


def _rule_row(counts: Counter[str]) -> str:
    """'right / wrong / spurious' of one rule."""
    return f"{counts['right']} / {counts['wrong']} / {counts['spurious']}"


def _pattern_row(counts: Counter[str]) -> str:
    """'right / wrong / missed of gold' of one pattern."""
    return f"{counts['right']} / {counts['wrong']} / {counts['missed']} of {counts['gold']}"


def run(only: list[str] | None = None, verbose: bool = False, out_dir: Path | None = None) -> dict[str, Any]:
    """Score the corpus (or the named articles), print the tables and write JSON."""
    articles = [a for a in load_corpus() if not only or a.slug in only]
    attribution, questions = evaluate(articles)
    results = _report(attribution, questions, verbose)
    results["articles"] = [a.slug for a in articles]
    print(f"written to {write_results('quality', results, out_dir)}")
    return results


def main() -> None:
    """Parse arguments and run."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="*", help="article slugs to score (default: all, and the dev set)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every failure")
    args = parser.parse_args()
    run(args.only, args.verbose)


if __name__ == "__main__":
    main()

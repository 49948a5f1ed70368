"""Conversations: answer a follow-up against what the conversation is about (its focus).

The engine stays pure and stateless. A ``Focus`` — the people, the kind of question,
the topic and the lines of the last answer — goes in with the question and comes
back, updated, with the answer: ``converse(kb, question, focus, now) -> Turn``.
Whoever holds the conversation (the bot, the terminal) stores the focus between
turns; nothing here remembers anything. Every answer stays extractive: the
article's own sentences under short fixed phrases ("That's everything the article
quotes from Wang Yi."). When a follow-up could mean more than one person, or
there is nothing to resolve it against, the turn asks which one instead of guessing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from knowledge.followup import PLURAL, SINGULAR, FollowUp, Form, recognise, strip_chatter, substitute
from knowledge.intent import clean_question, parse_question
from knowledge.models import Answer, Citation, Intent, Section
from knowledge.referents import join_names, only_names, people_in, quoted_people, replace_people
from knowledge.tokenize import tokenize

if TYPE_CHECKING:
    from knowledge.base import KnowledgeBase

CONTEXT_TTL = 30 * 60.0  # seconds of silence after which a conversation starts over
Ask = Callable[[str], Answer]
_PERSON_INTENTS = frozenset({Intent.SPEAKER, Intent.UNQUOTED, Intent.WHO_IS, Intent.WHO_SAID})
_FACTS_PER_TURN = 2


@dataclass(frozen=True, slots=True)
class Option:
    """One answer to "who do you mean?": a person and the question asked about them."""

    label: str
    question: str


@dataclass(frozen=True, slots=True)
class Focus:
    """What a conversation is about after a turn; a small value the caller stores.

    ``people`` are canonical names; ``shown`` the lines already shown on this
    subject; ``anchor`` the line of the last quote (for "why did he say that?");
    ``options`` the candidates of a pending "who do you mean?"; ``at`` the time of
    the turn, in the caller's clock (seconds), for the idle timeout.
    """

    people: tuple[str, ...] = ()
    intent: Intent = Intent.FACT
    question: str = ""
    topic: str | None = None
    shown: tuple[int, ...] = ()
    anchor: int | None = None
    options: tuple[Option, ...] = ()
    at: float = 0.0


@dataclass(frozen=True, slots=True)
class Turn:
    """One answered turn: the answer, the focus to keep, and the question as understood."""

    answer: Answer
    focus: Focus
    resolved: str

    @property
    def options(self) -> tuple[Option, ...]:
        """The candidates, when this turn asks "who do you mean?"."""
        return self.focus.options if self.answer.abstained else ()


def is_current(focus: Focus | None, now: float, ttl: float = CONTEXT_TTL) -> bool:
    """Whether a stored focus still counts (the conversation has not been idle too long)."""
    return focus is not None and 0 <= now - focus.at <= ttl


def converse(
    kb: KnowledgeBase,
    question: str,
    focus: Focus | None = None,
    now: float = 0.0,
    ttl: float = CONTEXT_TTL,
    ask: Ask | None = None,
) -> Turn:
    """Answer ``question`` in the context of ``focus``; ``ask`` answers a standalone question."""
    talk = _Talk(kb, ask or kb.answer, focus if is_current(focus, now, ttl) else None, now)
    text = strip_chatter(clean_question(question))
    if not text:
        return talk.fresh(text)
    follow_up = recognise(text)
    if talk.focus and talk.focus.options:
        chosen = _chosen(kb, text, talk.focus.options)
        if chosen:
            return talk.fresh(chosen.question)
    handlers: dict[Form, Callable[[FollowUp], Turn]] = {
        Form.MORE: talk.more,
        Form.CONTEXT: talk.context,
        Form.SWITCH: talk.switch,
        Form.PRONOUN: talk.pronoun,
    }
    handler = handlers.get(follow_up.form)
    if handler is None and talk.focus and people_in(kb, text) and only_names(kb, text):
        return talk.switch(FollowUp(Form.SWITCH, text, text))  # just a name: "Blinken?"
    return handler(follow_up) if handler else talk.fresh(text)


def said_question(people: Sequence[str]) -> str:
    """'what did Wang Yi say' (or '… Xi Jinping and Wang Yi say')."""
    return f"what did {join_names(people)} say"


class _Talk:
    """One turn being resolved: the knowledge base, the answerer, the focus and the time."""

    def __init__(self, kb: KnowledgeBase, ask: Ask, focus: Focus | None, now: float) -> None:
        self.kb, self.ask, self.focus, self.now = kb, ask, focus, now

    def fresh(self, resolved: str) -> Turn:
        """Answer a question that stands on its own now, and make it the new focus."""
        answer = self.ask(resolved)
        if answer.abstained and not answer.citations:  # "mentions X but does not quote them" keeps X
            kept = replace(self.focus or Focus(), options=(), at=self.now)
            return Turn(answer, kept, resolved)
        focus = _focus_of(self.kb, answer, resolved, self.now)
        return Turn(replace(answer, more=_remaining(self.kb, focus, self.ask)), focus, resolved)

    def more(self, follow_up: FollowUp) -> Turn:
        """Further passages about the focus, never the ones already shown."""
        named = [] if follow_up.by_pronoun else people_in(self.kb, follow_up.who or "")
        focus = self.focus
        if named and (focus is None or set(named) != set(focus.people)):
            return self.fresh(said_question(named))  # an explicit name wins over the focus
        if focus is None or not (focus.people or focus.question):
            return self.which_one(follow_up.text, quoted_people(self.kb), said_question_for)
        if follow_up.who and follow_up.who.lower() in SINGULAR and len(focus.people) > 1:
            return self.which_one(follow_up.text, focus.people, said_question_for)
        return self._continue(focus)

    def _continue(self, focus: Focus) -> Turn:
        """The next passages of the focus's pool, or a plain "that's everything"."""
        pool = _pool(self.kb, focus, self.ask)
        remaining = _unshown(pool.citations, focus.shown)
        resolved = _more_question(focus)
        if not remaining:
            answer = Answer(resolved, focus.intent, False, _all_done(self.kb, focus), ())
            return Turn(answer, replace(focus, options=(), at=self.now), resolved)
        person = focus.intent in _PERSON_INTENTS and bool(focus.people)
        take = remaining if person else remaining[:_FACTS_PER_TURN]
        taken = {(c.line, c.text) for c in take}
        sections = tuple(
            Section(s.heading, kept)
            for s in pool.sections
            if (kept := tuple(c for c in s.citations if (c.line, c.text) in taken))
        )
        rest = tuple(c for c in remaining if (c.line, c.text) not in taken)
        shown = focus.shown + tuple(dict.fromkeys(c.line for c in take))
        answer = Answer(resolved, focus.intent, False, None, sections, more=rest)
        return Turn(answer, replace(focus, shown=shown, options=(), at=self.now), resolved)

    def context(self, follow_up: FollowUp) -> Turn:
        """The paragraphs around the last quote: the one before, its own, the one after."""
        named = [] if follow_up.by_pronoun else people_in(self.kb, follow_up.who or "")
        focus = self.focus
        if named and (focus is None or set(named) != set(focus.people)):
            first = self.ask(said_question(named[:1])).citations
            anchor = first[0].line if first else None
            focus = replace(focus or Focus(), people=tuple(named[:1]), intent=Intent.SPEAKER, anchor=anchor)
        if focus is None or focus.anchor is None:
            template = lambda name: f"why did {name} say that"  # noqa: E731
            return self.which_one(follow_up.text, quoted_people(self.kb), template)
        return self._around(follow_up, focus, focus.anchor)

    def _around(self, follow_up: FollowUp, focus: Focus, anchor: int) -> Turn:
        """Cite the paragraphs around line ``anchor`` as one section."""
        paragraphs = self.kb.article.paragraphs
        at = next(p.index for p in paragraphs if p.line <= anchor <= p.end_line)
        near = paragraphs[max(0, at - 1) : at + 2]
        citations = tuple(Citation(self.kb.file_name, p.line, p.end_line, p.text) for p in near)
        who = join_names(focus.people) if focus.people else None
        resolved = (substitute(follow_up.text, follow_up.who, who) if follow_up.who and who else follow_up.text) + (
            f" (line {anchor})"
        )
        section = Section("What the article says around it:", citations)
        answer = Answer(resolved, Intent.FACT, False, None, (section,))
        shown = focus.shown + tuple(c.line for c in citations if c.line not in focus.shown)
        return Turn(answer, replace(focus, shown=shown, options=(), at=self.now), resolved)

    def switch(self, follow_up: FollowUp) -> Turn:
        """The previous question's kind, asked about someone (or something) else."""
        phrase = follow_up.who or ""
        people = people_in(self.kb, phrase)
        focus = self.focus
        if not people:
            return self._switch_topic(follow_up, phrase)
        if focus is None:
            return self.fresh(said_question(people))
        if focus.intent is Intent.WHO_IS:
            if len(people) > 1:
                return self.which_one(follow_up.text, people, lambda name: f"who is {name}")
            return self.fresh(f"who is {people[0]}")
        if focus.intent in _PERSON_INTENTS or not focus.people:
            topic = f" about {focus.topic}" if focus.topic and focus.intent is Intent.SPEAKER else ""
            return self.fresh(said_question(people) + topic)
        return self.fresh(replace_people(self.kb, focus.question, join_names(people)) or said_question(people))

    def _switch_topic(self, follow_up: FollowUp, topic: str) -> Turn:
        """'what about Taiwan?': what the focus person said about it, else what the article says about it."""
        focus = self.focus
        if focus is None:
            return self.fresh(follow_up.text)
        if focus.intent is Intent.SPEAKER and focus.people and len(topic.split()) <= 6:
            turn = self.fresh(f"{said_question(focus.people)} about {topic}")
            terms = set(tokenize(topic))
            if any(terms & set(tokenize(c.text)) for c in turn.answer.citations):
                return turn
        return self.fresh(topic)

    def pronoun(self, follow_up: FollowUp) -> Turn:
        """Put the focus person where the question says 'he', 'she' or 'they'."""
        text, pronoun = follow_up.text, follow_up.who or ""
        query = parse_question(text)
        subject = bool(query.who) and (query.who or "").lower() == pronoun
        if people_in(self.kb, text) and not subject:
            return self.fresh(text)  # an explicit name wins over the focus
        people = self.focus.people if self.focus else ()
        plural = pronoun in PLURAL
        if not people:
            if plural:
                return self.fresh(text)  # "where did they meet?" needs no one in particular
            return self.which_one(text, quoted_people(self.kb), lambda name: substitute(text, pronoun, name))
        if len(people) > 1 and (not plural or query.intent in _PERSON_INTENTS):
            return self.which_one(text, people, lambda name: substitute(text, pronoun, name))
        return self.fresh(substitute(text, pronoun, join_names(people)))

    def which_one(self, text: str, people: Sequence[str], question_for: Callable[[str], str]) -> Turn:
        """Ask which person the user means, with one option (and question) per candidate."""
        if not people:
            return self.fresh(text)
        options = tuple(Option(name, question_for(name)) for name in people)
        intro = f"Who do you mean: {join_names(people, 'or')}?"
        suggestions = tuple(_as_question(o.question) for o in options)
        answer = Answer(text, Intent.ABSTAIN, True, intro, (), suggestions=suggestions)
        return Turn(answer, replace(self.focus or Focus(), options=options, at=self.now), text)


def said_question_for(name: str) -> str:
    """'what did NAME say' for one person."""
    return said_question([name])


def _focus_of(kb: KnowledgeBase, answer: Answer, resolved: str, now: float) -> Focus:
    """The focus an answer leaves: who it is about, what kind, which lines, the last quote."""
    query = parse_question(resolved)
    lines = tuple(dict.fromkeys(c.line for c in answer.citations))
    spoken = {q.sentence.line for q in kb.quotes} | {s.sentence.line for s in kb.statements}
    anchor = next((n for n in lines if n in spoken), lines[0] if lines else None)
    return Focus(_people_of(kb, answer, query.who), answer.intent, resolved, query.topic, lines, anchor, (), now)


def _people_of(kb: KnowledgeBase, answer: Answer, who: str | None) -> tuple[str, ...]:
    """Who an answer is about: the person asked about, else its speakers, else who it names."""
    if who and answer.intent in _PERSON_INTENTS:
        asked = people_in(kb, who)
        if asked:
            return tuple(asked)
    lines = {c.line for c in answer.citations}
    speakers = [c.speaker for c in answer.citations if c.speaker]
    speakers += [s.speaker for s in kb.statements if s.sentence.line in lines]
    if answer.intent in _PERSON_INTENTS and speakers:
        return tuple(dict.fromkeys(speakers))
    named = [p.name for c in answer.citations for _, p in kb.cast.mentions(c.text)]
    return tuple(dict.fromkeys(speakers + named))  # a fact's people: who speaks in it and who it names


def _chosen(kb: KnowledgeBase, text: str, options: tuple[Option, ...]) -> Option | None:
    """The option a short reply picks by name ('Wang Yi', 'Blinken please'), if exactly one."""
    if len(text.split()) > 5:
        return None
    named = set(people_in(kb, text))
    picked = [o for o in options if o.label in named]
    return picked[0] if len(picked) == 1 else None


def _pool(kb: KnowledgeBase, focus: Focus, ask: Ask) -> Answer:
    """Everything the article has on the focus, as one answer (its order is the order shown)."""
    if focus.intent in _PERSON_INTENTS and focus.people:
        return ask(said_question(focus.people))
    if focus.intent is Intent.SUMMARY:
        cited = tuple(kb.cite(s) for s in kb.article.sentences)
        return Answer(focus.question, Intent.SUMMARY, False, None, tuple(Section(None, (c,)) for c in cited))
    whole = ask(focus.question)
    extra = tuple(Section(None, (c,)) for c in whole.more)
    return replace(whole, sections=whole.sections + extra, more=())


def _remaining(kb: KnowledgeBase, focus: Focus, ask: Ask) -> tuple[Citation, ...]:
    """What a "more" would show next time: the focus's pool minus what was shown."""
    return _unshown(_pool(kb, focus, ask).citations, focus.shown)


def _unshown(citations: tuple[Citation, ...], shown: tuple[int, ...]) -> tuple[Citation, ...]:
    """Citations whose lines have not been shown yet (each sentence once)."""
    seen = set(shown)
    kept: dict[tuple[int, str], Citation] = {}
    for c in citations:
        if c.line not in seen:
            kept.setdefault((c.line, c.text), c)
    return tuple(kept.values())


def _more_question(focus: Focus) -> str:
    """How a "more" is understood: 'what else did Wang Yi say'."""
    if focus.intent in _PERSON_INTENTS and focus.people:
        return f"what else did {join_names(focus.people)} say"
    if focus.intent is Intent.SUMMARY:
        return "what else does the article say"
    return f"more on: {focus.question}"


def _all_done(kb: KnowledgeBase, focus: Focus) -> str:
    """The fixed phrase for "nothing more": what has been exhausted, said plainly."""
    if focus.intent in _PERSON_INTENTS and focus.people:
        quoted = all((person := kb.cast.get(name)) is not None and person.quoted for name in focus.people)
        verb = "quotes from" if quoted else "says about"
        return f"That's everything the article {verb} {join_names(focus.people)}."
    if focus.intent is Intent.SUMMARY:
        return "That's the whole article."
    return "That's everything the article has on that."


def _as_question(text: str) -> str:
    """A resolved question as a suggestion: capitalised, with a question mark."""
    return text[:1].upper() + text[1:] + "?"

"""Answering in context: each follow-up form against a focus, with expected lines read from the article.

Lines of the shipped article: Xi Jinping is quoted or reported on 9, 11, 13, 15, 17 and 19;
Antony Blinken on 23, 25 and 27; Wang Yi on 31 and 33; Joe Biden is only mentioned (3, 11).
"""

from __future__ import annotations

from dataclasses import replace

from knowledge import CONTEXT_TTL, Focus, Intent, KnowledgeBase, Turn, converse

XI = {9, 11, 13, 15, 17, 19}
BLINKEN = {23, 25, 27}
WANG = {31, 33}


def lines(turn: Turn) -> set[int]:
    return {c.line for c in turn.answer.citations}


def talk(kb: KnowledgeBase, *messages: str, start: Focus | None = None) -> list[Turn]:
    """Send messages one after another, a second apart, carrying the focus."""
    focus, turns = start, []
    for i, message in enumerate(messages):
        turn = converse(kb, message, focus, now=1000.0 + i)
        turns.append(turn)
        focus = turn.focus
    return turns


def test_a_standalone_question_sets_the_focus(kb: KnowledgeBase) -> None:
    (turn,) = talk(kb, "What did Wang Yi say?")
    assert lines(turn) == WANG
    assert turn.focus.people == ("Wang Yi",)
    assert turn.focus.intent is Intent.SPEAKER
    assert set(turn.focus.shown) == WANG
    assert turn.focus.anchor == 31
    assert turn.resolved == "What did Wang Yi say"


def test_more_after_everything_was_shown_says_so_plainly(kb: KnowledgeBase) -> None:
    _, more = talk(kb, "What did Wang Yi say?", "what else did he say?")
    assert more.answer.intro == "That's everything the article quotes from Wang Yi."
    assert more.answer.citations == ()
    assert not more.answer.abstained
    assert more.resolved == "what else did Wang Yi say"


def test_more_shows_only_what_was_not_shown(kb: KnowledgeBase) -> None:
    first, more, again = talk(kb, "what did Xi say about cooperation", "anything else?", "more")
    assert lines(first) == {15}
    assert {c.line for c in first.answer.more} == XI - {15}  # the "More" button has something to show
    assert lines(more) == XI - {15}
    assert again.answer.intro == "That's everything the article quotes from Xi Jinping."


def test_more_of_a_fact_never_repeats_a_line(kb: KnowledgeBase) -> None:
    first, more = talk(kb, "what was said about the relationship", "go on")
    assert 33 in lines(first)
    assert lines(more)
    assert not lines(more) & lines(first)


def test_more_of_someone_only_mentioned(kb: KnowledgeBase) -> None:
    first, more = talk(kb, "did Biden say anything?", "anything else?")
    assert {3, 11} <= lines(first)
    assert more.answer.intro == "That's everything the article says about Joe Biden."


def test_switching_person_keeps_the_kind_of_question(kb: KnowledgeBase) -> None:
    _, blinken = talk(kb, "What did the Chinese president say?", "and Blinken?")
    assert lines(blinken) == BLINKEN
    _, who = talk(kb, "who is Wang Yi", "what about Xi?")
    assert who.resolved == "who is Xi Jinping"
    assert lines(who) == {9}


def test_switching_to_a_side_asks_about_everyone_on_it(kb: KnowledgeBase) -> None:
    _, side = talk(kb, "what did the top US diplomat say", "and the Chinese side?")
    assert side.focus.people == ("Xi Jinping", "Wang Yi")
    assert lines(side) == XI | WANG


def test_switching_topic_keeps_the_speaker_when_they_spoke_of_it(kb: KnowledgeBase) -> None:
    _, turn = talk(kb, "what did Xi say about cooperation", "what about the United States?")
    assert turn.resolved == "what did Xi Jinping say about the United States"
    assert lines(turn) == {17}


def test_switching_to_a_topic_the_speaker_never_mentions_asks_the_article(kb: KnowledgeBase) -> None:
    _, turn = talk(kb, "what did Blinken say about misunderstandings", "and Taiwan?")
    assert 29 in lines(turn)  # "...including Taiwan and the South China Sea..."


def test_pronouns_resolve_to_the_focus_person(kb: KnowledgeBase) -> None:
    _, who, said, where = talk(
        kb, "Who said 'win-win cooperation'?", "who is he?", "what did he say about cooperation", "where was he"
    )
    assert who.resolved == "who is Xi Jinping"
    assert lines(who) == {9}
    assert lines(said) == {15}
    assert 11 in lines(where)  # "at Beijing's Great Hall of the People"


def test_an_explicit_name_wins_over_the_focus(kb: KnowledgeBase) -> None:
    _, turn = talk(kb, "What did Wang Yi say?", "what did Blinken say?")
    assert lines(turn) == BLINKEN
    _, more = talk(kb, "What did Wang Yi say?", "what else did Xi say")
    assert lines(more) == XI


def test_the_subject_pronoun_is_resolved_even_beside_another_name(kb: KnowledgeBase) -> None:
    _, turn = talk(kb, "who is the Chinese foreign minister?", "what did he tell Blinken?")
    assert turn.resolved == "what did Wang Yi tell Blinken"
    assert lines(turn) == WANG


def test_context_of_a_quote_is_its_paragraph_and_its_neighbours(kb: KnowledgeBase) -> None:
    _, why = talk(kb, "Who said 'win-win cooperation'?", "why did he say that?")
    assert lines(why) == {13, 15, 17}
    texts = [c.text for c in why.answer.citations]
    assert texts[1].startswith("“I proposed three major principles")
    _, responding = talk(kb, "What did Wang Yi say?", "what was he responding to?")
    assert lines(responding) == {29, 31, 33}


def test_a_follow_up_with_no_focus_asks_which_one(kb: KnowledgeBase) -> None:
    (turn,) = talk(kb, "what else did he say?")
    assert turn.answer.abstained
    assert turn.answer.citations == ()
    assert [o.label for o in turn.options] == ["Xi Jinping", "Antony Blinken", "Wang Yi"]
    assert turn.options[2].question == "what did Wang Yi say"


def test_he_after_two_people_asks_which_one_never_guesses(kb: KnowledgeBase) -> None:
    first, turn = talk(kb, "who did Xi meet on Friday", "what did he say?")
    assert 9 in lines(first)  # Xi Jinping held a meeting with ... Antony Blinken
    assert {o.label for o in turn.options} == {"Xi Jinping", "Antony Blinken"}
    assert turn.answer.intro == "Who do you mean: Xi Jinping or Antony Blinken?"


def test_they_after_two_people_asks_and_a_name_answers(kb: KnowledgeBase) -> None:
    _, ask, picked = talk(kb, "and the Chinese side?", "what did they say?", "Wang Yi")
    assert [o.label for o in ask.options] == ["Xi Jinping", "Wang Yi"]
    assert picked.resolved == "what did Wang Yi say"
    assert lines(picked) == WANG
    assert picked.options == ()


def test_they_with_no_one_in_focus_needs_no_one(kb: KnowledgeBase) -> None:
    (turn,) = talk(kb, "where did they meet?")
    assert not turn.answer.abstained
    assert 11 in lines(turn)


def test_an_idle_conversation_starts_over(kb: KnowledgeBase) -> None:
    first = converse(kb, "What did Wang Yi say?", None, now=1000.0)
    within = converse(kb, "who is he?", first.focus, now=1000.0 + CONTEXT_TTL)
    assert within.resolved == "who is Wang Yi"
    expired = converse(kb, "who is he?", first.focus, now=1000.0 + CONTEXT_TTL + 1)
    assert expired.answer.abstained
    assert expired.answer.intro == "Who do you mean: Xi Jinping, Antony Blinken or Wang Yi?"
    short = converse(kb, "who is he?", first.focus, now=1060.0, ttl=30.0)
    assert short.answer.abstained


def test_a_focus_from_the_future_does_not_count(kb: KnowledgeBase) -> None:
    first = converse(kb, "What did Wang Yi say?", None, now=1000.0)
    turn = converse(kb, "who is he?", replace(first.focus, at=5000.0), now=1000.0)
    assert turn.answer.abstained


def test_an_unanswerable_question_keeps_the_focus(kb: KnowledgeBase) -> None:
    _, miss, who = talk(kb, "What did Wang Yi say?", "what is the subscription price?", "who is he")
    assert miss.answer.abstained
    assert who.resolved == "who is Wang Yi"


def test_summary_reads_on(kb: KnowledgeBase) -> None:
    summary, more = talk(kb, "what is this article about?", "tell me more")
    assert lines(summary) == {1, 3, 9}
    assert lines(more) == {11, 13}


def test_empty_and_odd_input_never_crash(kb: KnowledgeBase) -> None:
    for text in ["", "   ", "?", "and", "he", "<b>he</b>", "what about", "why", "\x00more"]:
        turn = converse(kb, text, None, now=0.0)
        assert turn.answer.intro or turn.answer.sections

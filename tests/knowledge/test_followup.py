"""Follow-up forms recognised from a message's shape alone."""

from __future__ import annotations

import pytest

from knowledge.followup import Form, recognise, strip_chatter, substitute


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("what else did he say", "he"),
        ("anything else", None),
        ("more", None),
        ("go on", None),
        ("and", None),
        ("tell me more", None),
        ("ok, what else", None),
        ("is that all", None),
        ("did she say anything else", "she"),
        ("what else did Wang Yi say", "Wang Yi"),
        ("more from Blinken", "Blinken"),
    ],
    ids=lambda v: str(v),
)
def test_more(text: str, who: str | None) -> None:
    follow_up = recognise(text)
    assert follow_up.form is Form.MORE
    assert follow_up.who == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("why did he say that", "he"),
        ("what was he responding to", "he"),
        ("when did he say that", "he"),
        ("what did she mean by that", "she"),
        ("what was the context", None),
        ("why", None),
        ("why did Blinken say that", "Blinken"),
    ],
    ids=lambda v: str(v),
)
def test_context(text: str, who: str | None) -> None:
    follow_up = recognise(text)
    assert follow_up.form is Form.CONTEXT
    assert follow_up.who == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("and Blinken", "Blinken"),
        ("what about Wang Yi", "Wang Yi"),
        ("and the Chinese side", "the Chinese side"),
        ("how about trade", "trade"),
        ("ok and Xi", "Xi"),
    ],
    ids=lambda v: str(v),
)
def test_switch(text: str, who: str) -> None:
    follow_up = recognise(text)
    assert follow_up.form is Form.SWITCH
    assert follow_up.who == who


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [("who is he", "he"), ("what did she say about trade", "she"), ("where was he", "he"), ("his quotes", "his")],
)
def test_pronoun(text: str, pronoun: str) -> None:
    follow_up = recognise(text)
    assert follow_up.form is Form.PRONOUN
    assert follow_up.who == pronoun


@pytest.mark.parametrize(
    "text",
    ["What did Wang Yi say", "and what did Xi say", "Where was the meeting held", "what is this article about"],
)
def test_questions_that_stand_alone(text: str) -> None:
    assert recognise(text).form is Form.NONE


def test_substitute_puts_the_name_in_place_once_and_possessives_get_s() -> None:
    assert substitute("what did he tell him", "he", "Wang Yi") == "what did Wang Yi tell him"
    assert substitute("his quotes", "his", "Xi Jinping") == "Xi Jinping’s quotes"
    assert substitute("Who is HE", "he", "Wang Yi") == "Who is Wang Yi"


def test_chatter_in_front_is_dropped_but_never_the_whole_message() -> None:
    assert strip_chatter("hi, what did Wang say") == "what did Wang say"
    assert strip_chatter("ok thanks. is that all") == "is that all"
    assert strip_chatter("thanks") == "thanks"
    assert strip_chatter("Okinawa talks") == "Okinawa talks"

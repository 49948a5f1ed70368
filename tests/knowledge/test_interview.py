"""Q&A interviews: the interviewee's unquoted answers are their words."""

from __future__ import annotations

from knowledge import KnowledgeBase

INTERVIEW = (
    "‘I’d rather build too much’: Mayor Odalys Quintero on housing and the strike\n\n"
    "By Henrik Solvang | Ledger City Hall reporter\n\n"
    "Mayor Odalys Quintero, who was elected in 2022, sat down with the Ledger on Monday. Her deputy mayor, "
    "Farrukh Ismoilov, joined part of the conversation.\n\n"
    "Q: You’ve been mayor for three years. What is the first thing on your mind?\n\n"
    "A: Rent. Honestly, it’s rent. Eight out of ten conversations come back to it.\n\n"
    "Q: Your housing plan promised 6,500 new units by 2030. Where does that stand?\n\n"
    "A: We’ve permitted 2,140 units since the zoning changes passed in March 2024.\n\n"
    "The biggest thing we did was end single-family-only zoning on 40 percent of the city.\n\n"
    "Q: What broke the strike?\n\n"
    "A: Schedules, not wages.\n\n"
    "Henrik Solvang covers City Hall for the Ledger.\n"
)


def test_every_answer_and_its_carried_on_paragraphs_are_the_interviewees() -> None:
    kb = KnowledgeBase.from_text(INTERVIEW)
    lines = sorted({c.line for c in kb.answer("What did Odalys Quintero say?").citations})
    assert lines == [1, 9, 13, 15, 19]  # the headline's quote too; not the questions (7, 11, 17) or the author (21)
    assert "Quintero" in (kb.answer("What did the mayor say?").sections[0].heading or "")  # not the deputy mayor


def test_an_answer_is_quoted_without_its_label() -> None:
    kb = KnowledgeBase.from_text(INTERVIEW)
    answers = [q.text for q in kb.quotes if q.rule == "interview" and q.speaker == "Odalys Quintero"]
    assert answers[0] == "Rent. Honestly, it’s rent. Eight out of ten conversations come back to it."


def test_a_page_with_one_labelled_line_is_no_interview() -> None:
    kb = KnowledgeBase.from_text(
        "Council votes\n\nQ: What happens next? The council will vote again in May, officials said.\n\n"
        "Mayor Odalys Quintero said the vote was close.\n"
    )
    assert not [q for q in kb.quotes if q.rule == "interview"]


def test_the_questions_are_the_interviewers_named_in_the_byline() -> None:
    kb = KnowledgeBase.from_text(INTERVIEW)
    asked = kb.answer("What did the interviewer ask?")
    assert [c.line for c in asked.citations] == [7, 11, 17]
    assert asked.sections[0].heading == "Henrik Solvang (interviewer) said:"


def test_a_transcript_gives_each_named_speaker_their_paragraphs() -> None:
    kb = KnowledgeBase.from_text(
        "Debate transcript: the two candidates on housing\n\n"
        "Mayor Odalys Quintero and Councilmember Bartholomew Oyelaran met on Tuesday night.\n\n"
        "HOST: Let's start with housing. Mayor?\n\n"
        "QUINTERO: We have permitted 2,140 units since March 2024.\n\n"
        "OYELARAN: And most of them are market-rate.\n\n"
        "HOST: Councilmember, what would you do?\n\n"
        "OYELARAN: I would double the income-restricted share.\n\n"
        "QUINTERO: With what money?\n"
    )
    assert sorted({c.line for c in kb.answer("What did Oyelaran say?").citations}) == [9, 13]
    assert sorted({c.line for c in kb.answer("What did Quintero say?").citations}) == [7, 15]


BROADCAST = (
    "Morning Dispatch\n\n"
    "Smoke from Canada smothers a lake town, and recess moves indoors\n\n"
    "June 4, 2025 5:12 AM ET\n\n"
    "Ada Lindqvist\n\n"
    "Transcript\n\n"
    "PETRA NOWAK, HOST: For a fourth day, the lake town of Harlow woke up under a grey haze.\n\n"
    "ADA LINDQVIST, BYLINE: It is just after 6 a.m. at a building site on Orchard Street. Tomas Reyes, a "
    "foreman for Dravik Construction, is handing out masks.\n\n"
    "TOMAS REYES: (Shouting) Masks up! I don't want to see anybody's chin.\n\n"
    "LINDQVIST: His crew of 11 starts at 5 a.m. now, before the afternoon heat makes it worse.\n\n"
    "Nobody on the site expects the smoke to lift before Friday.\n\n"
    "(SOUNDBITE OF ARCHIVED RECORDING)\n\n"
    "UNIDENTIFIED PERSON: The air quality alert is extended through noon Friday for the following counties.\n\n"
    "LINDQVIST: That alert went out on Sunday night.\n\n"
    "REYES: Last week they said Tuesday. Now it's Friday.\n"
)


def test_a_broadcast_transcript_names_speakers_in_its_labels_alone() -> None:
    kb = KnowledgeBase.from_text(BROADCAST)
    # A label names its speaker wherever the text does ("Tomas Reyes, a foreman for …"), and a later turn
    # is labelled with the surname alone; a stage direction is no part of the words.
    assert sorted({c.line for c in kb.answer("What did Tomas Reyes say?").citations}) == [15, 27]
    assert (kb.answer("What did the foreman say?").sections[0].heading or "").startswith("Tomas Reyes")
    first_turn = next(q.text for q in kb.quotes if q.speaker == "Tomas Reyes")
    assert first_turn == "Masks up! I don't want to see anybody's chin."
    # The reporter's turns, and the paragraph that carries one on, are hers; the recorded alert is no one's.
    assert sorted({c.line for c in kb.answer("What did Lindqvist say?").citations}) == [13, 17, 19, 25]
    assert kb.answer("What did the host say?").sections[0].heading == "Petra Nowak (host) said:"
    assert kb.answer("What did the reporter say?").sections[0].heading == "Ada Lindqvist (reporter) said:"
    assert not [p for p in kb.cast.people if "Unidentified" in p.name]


def test_questions_as_q_and_answers_under_the_interviewees_name() -> None:
    kb = KnowledgeBase.from_text(
        "Mayor on housing\n\n"
        "By Henrik Solvang\n\n"
        "Mayor Odalys Quintero sat down with the Ledger on Monday.\n\n"
        "Q: What is on your mind?\n\n"
        "QUINTERO: Rent. Honestly, it's rent.\n\n"
        "Q: Where does the plan stand?\n\n"
        "QUINTERO: We have permitted 2,140 units.\n"
    )
    assert sorted({c.line for c in kb.answer("What did Quintero say?").citations}) == [9, 13]

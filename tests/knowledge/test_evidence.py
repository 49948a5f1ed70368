"""Reading a question: its entities, the answer type it asks for, and abstaining from evidence."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import Answer, KnowledgeBase
from knowledge.evidence import (
    age_of_another,
    answer_type,
    asked_unit,
    content_terms,
    counts_of,
    dates_unwritten,
    left_unnamed,
    missing_from,
    moved_modifier,
    negated,
    other_clock_time,
    other_currency,
    other_measure,
    question_entities,
    recased,
    search_terms,
    swapped_nationality,
    swapped_opposite,
    swapped_roles,
    swapped_subject,
)
from knowledge.synonyms import agent_forms, in_article_words
from knowledge.tokenize import tokenize


def _answered_at(answer: Answer, line: int | None) -> bool:
    """Whether an answer abstains when no line is expected, and otherwise cites that line first."""
    return answer.abstained if line is None else answer.citations[0].line == line


CORPUS = Path(__file__).parents[1] / "corpus"
ARTICLE = """Dockworkers strike at Rotterdam terminals

ROTTERDAM — Thousands of dockworkers walked off the job on Tuesday in the first port-wide strike in three decades.

Union leader Joost Verbrugge, 56, told a rally outside the Amazonehaven terminal that the talks had failed.

The stoppage is costing the Dutch economy about 60 million euros a day, according to Economist Nadia Quaresma.

The strike is due to last 48 hours, and a mediator will meet both sides in The Hague on Thursday.

Social Affairs Minister Marleen de Wit said the government would not pick a side in the dispute.
"""


@pytest.fixture(scope="module")
def port() -> KnowledgeBase:
    return KnowledgeBase.from_text(ARTICLE)


@pytest.mark.parametrize(
    ("question", "entities"),
    [
        ("How much did Japan pledge?", ("Japan",)),
        ("What happened on Friday 28 November?", ("Friday", "November", "28")),
        ("What did Lumora's CEO say?", ("Lumora's",)),
        ("what did the minister say", ()),
        ("How many ships were waiting off Antwerp?", ("Antwerp",)),
        ("What's the weather in Sant Ivo?", ("Sant", "Ivo")),  # "What's" is no name
        ("Which city hosted the 13th Assembly?", ("Assembly", "13th")),
        ("How much did profit fall in the third quarter?", ("third",)),  # an ordinal from third up
        ("What did the two leaders discuss for the first time?", ()),
        ("Beside the improving trend, what did Wang point to?", ("Wang",)),  # a preposition opening it is no name
        ("Who is paying the £5m towards the bypass?", ("5",)),  # a sum's number
        ("What age is the Portuguese-born cleaner?", ("Portuguese",)),  # the name in a compound
        ("When did the COVID-era aid dry up?", ("COVID",)),
        ("Who met in Lac-Sauvageon?", ("Lac-Sauvageon",)),  # a name of two capitalised parts stays whole
        ("How many sailors were on the 1959–60 trip?", ("1959–60",)),  # a span of years is one entity
        ("Roughly how long were paramedics stuck?", ()),  # a sentence-opening adverb is no name
        ("Anything about neonatal care?", ()),
        ("When will the Supreme Court hear it?", ("Supreme", "Court")),  # a body's name, though "supreme" is a role's
        ("What did Prime Minister Modi say?", ("Modi",)),
        ("Which company is owed K2.1 billion?", ("K2.1", "1")),  # a sum after its currency's letter is one word
    ],
)
def test_question_entities_are_names_numbers_and_days(question: str, entities: tuple[str, ...]) -> None:
    assert question_entities(question) == entities


@pytest.mark.parametrize(
    ("question", "kind", "required"),
    [
        ("How old is Verbrugge?", "age", True),
        ("drexler age??", "age", True),
        ("How much is the strike costing?", "sum", True),  # a sum in a currency, not a percentage
        ("How much did profit fall?", "money", True),
        ("How long will the strike last?", "duration", True),
        ("How quickly can the plant switch?", "duration", True),
        ("How far did the stock fall?", "number", True),
        ("How fast was the truck going?", "speed", True),  # a speed or a rate, not any number
        ("At what speed did the train derail?", "speed", True),
        ("How fast has traffic grown?", "number", True),
        ("By how much did the shares fall?", "number", True),
        ("How much rain fell at Dunford?", "number", True),  # an amount of a stuff, not of money
        ("How much extra water was released?", "number", True),
        ("How much did the new gauge cost?", "sum", True),
        ("How many dockworkers walked out?", "count", True),
        ("How many days did the strike last?", "span", True),
        ("When will the mediator meet them?", "time", True),
        ("How many people live in Kessling?", "population", True),
        ("What is the population of Harlow?", "population", True),
        ("How big is Yarrabee's population?", "population", True),
        ("From when would the new limit apply?", "time", True),
        ("Since when has the bridge been shut?", "time", True),
        ("At what time did the river crest?", "clock", True),
        ("As of what time was the index at 517.23?", "clock", True),
        ("What hours were women barred from work?", "clock", True),  # times of day, not the day
        ("Which year did the rule take effect?", "year", True),
        ("In what year was the club founded?", "year", True),
        ("What day did people vote?", "day", True),  # a weekday or a date, not the hour
        ("On which date was the canal opened?", "day", True),
        ("Where did Verbrugge speak?", "place", False),
        ("Which newspaper reported it?", "outlet", True),
        ("Which news agency first reported the deal?", "outlet", True),
        ("Which radio station did the sheriff speak to?", "outlet", True),
        ("From which countries did the raiders come?", "place", False),
        ("Which neighbourhood does the nurse live in?", "place", False),
        ("Which employers' body intervened?", "organisation", False),
        ("which regulator is in charge of the recall", "organisation", False),
        ("Which government department ran the tests?", "organisation", False),
        ("What is the strike about?", None, False),
        ("What is the bill called?", "name", False),
        ("What was the name of the new fund?", "name", True),
        ("What was the new fund for?", None, False),
        ("what's the Tánaiste's age?", "age", True),
        ("what is the tánaiste's age, is he young", "age", True),
        ("What was the result of the vote?", "tally", True),
        ("vote result", "tally", True),
        ("How did the council ballot go?", "tally", True),
    ],
)
def test_answer_types(question: str, kind: str | None, required: bool) -> None:
    found = answer_type(question)
    assert (found.name if found else None) == kind
    assert (found.required if found else False) is required


def test_a_price_is_a_sum_of_money_not_a_percentage() -> None:
    kb = KnowledgeBase.from_text(
        "Carmaker recalls cars\n\n"
        "Almsted said its recall costs and price cuts had cut profit by 31%.\n\n"
        "Almsted's finance chief said the recall would cost the group about 340 million euros.\n"
    )
    answer = kb.answer("How much will the recall cost Almsted?")
    assert answer.citations[0].line == 5


def test_sums_in_vatu_emalangeni_kina_and_ngultrum_are_money() -> None:
    kb = KnowledgeBase.from_text(
        "Wharf fees\n\n"
        "Trucks entering the wharf now pay a gate access fee of VT1,000 per entry, the Vanuatu Daily Post said.\n\n"
        "The clinic was renovated with a E1.8 million grant, and the road with K2.1 billion.\n\n"
        "The terminal is estimated to cost Nu 82.6 billion.\n"
    )
    assert kb.answer("How much is the gate access fee?").citations[0].line == 3
    assert kb.answer("how much was the clinic grant").citations[0].line == 5
    assert kb.answer("How much will the terminal cost?").citations[0].line == 7
    # "daily" is the reader's word, not the masthead's name
    assert kb.answer("how much is the daily gate fee per entry").citations[0].line == 3


def test_the_words_of_a_questions_shape_are_no_topic_it_must_share() -> None:
    kb = KnowledgeBase.from_text(
        "Markets rally\n\n"
        "The decision was announced at 2 p.m. local time.\n\n"
        "The Continental 350 Index rose 0.7% to 517.23 as of 1:05 p.m. in London.\n"
    )
    answer = kb.answer("As of what time was the Continental 350 at 517.23?")
    assert [c.line for c in answer.citations] == [5]


def test_frame_words_carry_no_topic() -> None:
    assert content_terms("What was said about the mediator?") == tokenize("mediator")
    assert content_terms("Did they talk about the economy?") == tokenize("economy")
    # asking for the words themselves: "the exact line", "quoted", "word for word"
    assert content_terms("Blinken's line about progress, exact wording") == tokenize("Blinken progress")
    assert content_terms("Which officials does the article quote directly?") == tokenize("officials directly")


@pytest.mark.parametrize(
    ("question", "line"),
    [
        ("How old is Joost Verbrugge?", 5),
        ("How much is the strike costing the economy?", 7),
        ("How long will the strike last?", 9),
        ("Where will the mediator meet both sides?", 9),
        ("what was said about the economy", 7),
        ("How old is the union leader?", 5),  # a role stands for the one person it describes
    ],
)
def test_answers_hold_what_the_question_asks_for(port: KnowledgeBase, question: str, line: int) -> None:
    answer = port.answer(question)
    assert not answer.abstained
    assert answer.citations[0].line == line


@pytest.mark.parametrize(
    ("question", "intro"),
    [
        ("How many ships were waiting off Antwerp?", "The article doesn't mention Antwerp."),
        (
            "How old is Nadia Quaresma?",
            "The article doesn't say how old Nadia Quaresma is.",
        ),  # named, but no age anywhere near her
        ("What happened on Friday?", "The article doesn't mention Friday."),
        ("What did Verbrugge say at the rally on Friday?", "The article doesn't mention Friday."),
        ("How long did the 1995 strike last?", "The article doesn't mention 1995."),
        ("What did the French minister say?", "The article doesn't mention the French minister."),
        (
            "What did the finance minister say?",
            "The article doesn't quote anyone it describes as “the finance minister”.",
        ),
    ],
)
def test_near_misses_are_abstained_on(port: KnowledgeBase, question: str, intro: str) -> None:
    answer = port.answer(question)
    assert answer.abstained
    assert answer.citations == ()
    assert answer.intro == intro


def test_a_reader_s_synonym_becomes_the_article_s_word() -> None:
    vocabulary = set(tokenize("the talks failed"))
    assert in_article_words(tokenize("negotiations failed"), vocabulary) == tokenize("talks failed")
    assert in_article_words(tokenize("negotiations"), set()) == tokenize("negotiations")  # no synonym there


@pytest.mark.parametrize(
    ("asked", "written"),
    [
        ("when were the vendors moved", "when were the vendors shifted"),
        ("how much is the renovation", "how much is the refurbishment"),
        ("when do the interim rules end", "when do the temporary rules end"),
        ("how many passengers", "how many commuters"),
        ("tell me about the closure", "tell me about the close"),
        ("how much is the market reno", "how much is the market renovation"),
        ("when did the blockade end", "when did the block end"),
        ("how many folks got hurt", "how many people got hurt"),
        ("how many cops were there", "how many police were there"),
        ("how many lorries are stuck", "how many trucks are stuck"),
        ("how many pupils stayed home", "how many students stayed home"),
        ("how tall is the tower", "how high is the tower"),
        ("what fraction moved away", "what proportion moved away"),
        ("how much is the mine losing", "how much is the mine loss"),
        ("what debt does he carry", "what arrears does he carry"),
        ("any help for the growers", "any assistance for the growers"),
        ("which university is she at", "which universidad is she at"),  # a name's own spelling
        ("where does she teach", "where does she professor"),
        ("how much for a typical family annually", "how much for a average family yearly"),
        ("what made the town rich", "what made the town wealthy"),
        ("how much will a family shell out", "how much will a family pay"),
        ("how many farmers", "how many growers"),
        ("how many grievances", "how many complaints"),
        ("how big is the workforce", "how big is the staff"),
        ("how much did he borrow", "how much did he loan"),
        ("how much has the tag grown", "how much has the cost grown"),  # "the price tag"
    ],
)
def test_general_news_near_synonyms_become_the_article_s_word(asked: str, written: str) -> None:
    """Words news copy uses for the same thing: a move and a shift, a renovation and a refurbishment."""
    assert in_article_words(tokenize(asked), set(tokenize(written))) == tokenize(written)


def test_folks_in_a_question_are_the_people_the_article_counts() -> None:
    """A reader's casual word ("folks", "cops", "lorries") finds the sentence written in the article's word."""
    kb = KnowledgeBase.from_text(
        "Quake response\n\n"
        "Rescue teams reached the coastal town of Minato on Monday.\n\n"
        "At least 212 people were injured, most of them by falling glass, the fire agency said.\n\n"
        "Police closed the coast road after a landslide blocked it north of the harbour.\n"
    )
    answer = kb.answer("how many folks got hurt?")
    assert [c.line for c in answer.citations][:1] == [5]
    assert "212 people" in answer.citations[0].text


def test_an_airline_is_no_airliner_and_an_employer_is_no_hiring() -> None:
    assert in_article_words(tokenize("which airlines"), set(tokenize("the aircraft"))) == tokenize("which airlines")
    assert in_article_words(tokenize("employer"), set(tokenize("hire"))) == tokenize("employer")


def test_a_time_written_10h00_a_value_and_a_breakdown_are_found_in_the_reader_s_words() -> None:
    """ "What time did the meeting start?" is "started at 10h00"; "how much is the project worth" is "valued at";
    "when did the pump break down" is "when a pump failed"."""
    kb = KnowledgeBase.from_text(
        "Hydrogen row\n\n"
        "The dispute boiled over at a public meeting at the town hall on Tuesday, which started at 10h00.\n\n"
        "The project is valued at about N$180 billion, the company said.\n\n"
        "Two of the plant's lines have been out of action since Friday, October 3, when a high-pressure pump failed.\n"
    )
    for question, line in [
        ("What time did the meeting at the town hall start?", 3),
        ("How much is the project worth?", 5),
        ("When did the pump break down?", 7),
    ]:
        assert [c.line for c in kb.answer(question).citations][:1] == [line], question


@pytest.mark.parametrize(
    ("question", "terms"),
    [
        ("how much is the bypass going to cost", ["bypass", "cost"]),  # the future
        ("is the strike going to end", ["strike", "end"]),
        ("who is going to Beijing", ["go", "beij"]),  # going somewhere
        ("are they going to court", ["go", "court"]),
    ],
)
def test_the_future_s_going_to_is_no_search_term(question: str, terms: list[str]) -> None:
    assert search_terms(question) == terms


def test_the_unit_of_time_a_how_many_question_asks_for_is_its_shape_not_a_topic(kb: KnowledgeBase) -> None:
    # "how many hours did the meeting last" asks how long the meeting lasted: "five and a half hours of talks" (with
    # Wang Yi) is no answer about the meeting with Xi, as it is none to "how long did the meeting last"
    assert search_terms("how many hours did the meeting last") == search_terms("how long did the meeting last")
    assert kb.answer("How many hours did the Xi-Blinken meeting last?").abstained
    assert [c.line for c in kb.answer("How many hours did the talks last?").citations] == [31]


def test_a_role_in_man_is_the_verb_s_doer() -> None:
    assert "chairman" in agent_forms("chair")
    assert "chair" in agent_forms("chairwoman")
    kb = KnowledgeBase.from_text(
        "Regulator\n\nKapila Hettiarachchi, Chairman of the commission, said the increase was the smallest possible."
        "\n\nThe commission was set up in 2002.\n"
    )
    assert kb.answer("who chairs the commission").citations[0].line == 3


def test_a_demonym_the_article_never_uses_becomes_its_country_as_the_article_writes_it() -> None:
    vocabulary = set(tokenize("The US and China"))
    assert in_article_words(tokenize("the American envoy"), vocabulary) == tokenize("the US envoy")
    assert in_article_words(tokenize("Chinese"), vocabulary) == tokenize("China")
    assert in_article_words(tokenize("Washington"), vocabulary) == tokenize("Washington")  # a capital is a place


def test_a_country_named_by_its_demonym_is_evidence_for_a_question_naming_it() -> None:
    kb = KnowledgeBase.from_text(
        "Envoy visits\n\n"
        "The US envoy arrived in the capital on Tuesday for three days of talks.\n\n"
        "Officials said the weather delayed the convoy by an hour.\n"
    )
    assert kb.answer("When did the American envoy arrive?").citations[0].line == 3


@pytest.mark.parametrize(
    ("question", "passage", "swapped"),
    [
        ("What did the French president say?", "The Chinese president said the talks went well.", "presid"),
        ("What did China's top diplomat say?", "Xi told the top US diplomat that ties were stable.", "diplomat"),
        ("What did the Chinese foreign minister say?", "China's Foreign Minister Wang Yi said so.", None),
        ("What did the French president say?", "The US and French presidents spoke.", None),
        ("How far did the Swedish carrier's shares rise?", "Dutch carrier Aurelia rose 3%.", "carrier"),
        ("Where did the US envoy meet them?", "The envoy met them in Beijing.", None),  # no country on it there
        ("Can you tell us what the minister said?", "The Chinese minister said no.", None),  # "us" is no country
    ],
)
def test_a_thing_given_another_country_is_found(question: str, passage: str, swapped: str | None) -> None:
    assert swapped_nationality(question, passage) == swapped


def test_a_passage_about_another_country_s_president_is_no_answer() -> None:
    kb = KnowledgeBase.from_text(
        "State visit\n\n"
        "The Chinese president told reporters on Monday that the visit had been a success.\n\n"
        "Trade ministers will meet again in March.\n"
    )
    assert kb.answer("On what day did the French president talk to reporters?").abstained
    assert kb.answer("On what day did the Chinese president talk to reporters?").citations[0].line == 3


def test_a_year_is_answered_by_a_year_not_by_a_weekday() -> None:
    kb = KnowledgeBase.from_text(
        "Rider's loan\n\n"
        "Aline Mukamana said on Saturday she had been saving for a year to switch to an electric moto.\n\n"
        "The co-operative switched its first riders to electric motos in 2021.\n"
    )
    assert kb.answer("In what year did Aline Mukamana switch to an electric moto?").abstained
    assert kb.answer("In what year did the co-operative switch its riders to electric motos?").citations[0].line == 5


def test_a_question_in_other_words_finds_the_article_s_sentence() -> None:
    kb = KnowledgeBase.from_text(
        "Summit day\n\n"
        "Police detained 14 people after protesters blocked the road to the conference centre.\n\n"
        "Sales at the harbour market dropped 30% during the summit week.\n"
    )
    assert kb.answer("How many protesters were arrested?").citations[0].line == 3
    assert kb.answer("How far did sales at the harbour market fall?").citations[0].line == 5


def test_a_how_shape_s_own_word_is_not_a_topic() -> None:
    """'How long did she speak?' is not answered by 'as long as it took'."""
    kb = KnowledgeBase.from_text(
        "Assembly opens\n\n"
        "Mayor Ruth Okafor said she would keep delegates for as long as it took at the opening.\n\n"
        "At the opening, Ms Okafor spoke for nineteen minutes without notes.\n"
    )
    assert kb.answer("How long did Okafor speak at the opening?").citations[0].line == 5


def test_a_place_in_the_paragraph_but_not_in_the_sentence_cited_is_not_evidence() -> None:
    kb = KnowledgeBase.from_text(
        "Port strike\n\n"
        "By midday 23 ships were waiting at anchor off the coast. Shippers began rerouting cargo through Antwerp.\n"
    )
    assert kb.answer("How many ships were waiting at anchor?").citations[0].line == 3
    assert kb.answer("How many ships were waiting off Antwerp?").abstained


@pytest.mark.parametrize(
    ("text", "is_time"),
    [
        ("The talks resume on Thursday.", True),
        ("The rule took effect in May.", True),
        ("Results are due on Jan. 5 at the latest.", True),
        ("The court sat on 12 Sept for the ruling.", True),
        ("She told reporters at a 7 a.m. briefing at City Hall.", True),  # no word boundary after "a.m."
        ("They settled the coast in the 10th and 11th centuries.", True),
        ("The plant has been idle since the 1990s.", True),
        ("She asked former judge Pieter-Jan Hoekstra to act as mediator.", False),
        ("Women may work in the mills only with their consent.", False),
        ("Dockers will march on the ministry.", False),
    ],
)
def test_a_month_is_a_time_only_when_it_is_used_as_one(text: str, is_time: bool) -> None:
    kind = answer_type("When did it happen?")
    assert kind is not None
    assert bool(kind.pattern.search(text)) is is_time


def test_the_next_sentence_that_states_the_time_asked_for_is_cited_with_the_answer() -> None:
    kb = KnowledgeBase.from_text(
        "Port strike\n\n"
        "The minister urged both sides to return to talks and asked a former judge to act as mediator. "
        "The judge has agreed to meet the parties on Thursday in Utrecht, the ministry said.\n"
    )
    answer = kb.answer("When will the mediator meet the two sides?")
    assert "on Thursday in Utrecht" in answer.citations[0].text
    assert answer.citations[0].text.startswith("The minister urged")


def test_the_passage_holding_more_of_the_question_ranks_above_a_shorter_one_holding_less() -> None:
    kb = KnowledgeBase.from_text(
        "Climate talks\n\n"
        "Late on Saturday the minister summoned the heads of every delegation still in the building, and the tired "
        "negotiators shuffled upstairs to a family meeting in the presidency suite on the fourth floor of the old "
        "convention centre, where the coffee had long since run out and the interpreters had gone home.\n\n"
        "Delegates said the vote could take place on Sunday.\n\n"
        "Observers expect the plenary to take several hours.\n\n"
        "“Give me a number I can take home,” she said after the meeting.\n"
    )
    assert kb.answer("Where did the family meeting take place?").citations[0].line == 3


def test_a_fact_is_cited_from_the_reporter_s_words_before_a_speaker_s() -> None:
    kb = KnowledgeBase.from_text(
        "Election count\n\n"
        "Turnout was 71.4 per cent, the highest in a general election since 2009, according to the commission.\n\n"
        "“Turnout told the story,” the pollster Priya Holm said.\n"
    )
    assert kb.answer("What was the turnout?").citations[0].line == 3


def test_a_negated_question_needs_a_negative_sentence() -> None:
    kb = KnowledgeBase.from_text(
        "Port deal\n\n"
        "The port authority signed the agreement with the shipping lines on Monday.\n\n"
        "The dockers' union has not signed the agreement and says it never will.\n"
    )
    assert kb.answer("Who has not signed the agreement?").citations[0].line == 5
    assert kb.answer("When did the port authority not sign the agreement?").abstained


def test_a_count_in_one_unit_is_no_answer_to_a_question_in_another() -> None:
    kb = KnowledgeBase.from_text(
        "Talks end\n\nThe ministers talked for about five and a half hours before agreeing a statement.\n\n"
        "It was the second day of the summit, and the ministers were tired.\n"
    )
    assert kb.answer("How many hours did the ministers talk?").citations[0].line == 3
    assert kb.answer("How many days did the ministers talk?").abstained


def test_how_many_of_something_needs_a_count_of_that_thing_or_its_synonym() -> None:
    kb = KnowledgeBase.from_text(
        "Night shifts\n\nThe union said about 41,000 women had lost night-shift work in the mills.\n\n"
        "The company employs 2,300 staff at its three plants.\n"
    )
    assert kb.answer("How many women lost night-shift work?").citations[0].line == 3
    assert kb.answer("How many men lost night-shift work?").abstained
    assert kb.answer("How many workers does the company employ?").citations[0].line == 5  # staff
    assert asked_unit("How many permanent jobs are expected?") == "job"  # the head noun, not "permanent"
    assert asked_unit("how many extra vacancy officers will be recruited?") == "offic"  # three words to it


def test_a_count_of_jobs_may_be_a_count_of_employees_but_only_a_number_next_to_them_counts() -> None:
    kb = KnowledgeBase.from_text(
        "Layoffs\n\nA spokeswoman said Lumora would hold a hiring fair for departing staff on Feb. 10.\n\n"
        "Lumora will lay off about 1,800 employees by the end of June.\n"
    )
    assert kb.answer("How many jobs is Lumora cutting?").citations[0].line == 5
    assert counts_of("lay off about 1,800 employees", tokenize("employees"))
    assert counts_of("a 97-minute adjournment", tokenize("minutes"))
    assert counts_of("cancelled outdoor recess at all 17 of its elementary schools", tokenize("schools"))
    assert not counts_of("a hiring fair for departing staff on Feb. 10", tokenize("staff"))
    # a count that changed may follow what it counts
    assert counts_of("It cuts weekday sailings between Hamilton and Dockyard from 16 to 12", tokenize("sailings"))
    assert not counts_of("It cuts weekday sailings from 16 per cent to 12 per cent", tokenize("sailings"))


def test_how_long_is_answered_by_a_start_and_an_end_in_the_next_sentence() -> None:
    kb = KnowledgeBase.from_text(
        "Talks\n\n"
        "The chair summoned heads of delegation to a \u201cfamily meeting\u201d in the presidency suite. "
        "It began at 11pm and ended, according to two people present, a little after 3am.\n"
    )
    answer = kb.answer("How long did the family meeting go on?")
    assert not answer.abstained
    assert "a little after 3am" in answer.citations[0].text


def test_their_after_two_people_named_together_stands_for_both() -> None:
    """'Where did Ruiz and Okoro meet?' is answered where 'their meeting' is placed, not by the lede."""
    kb = KnowledgeBase.from_text(
        "Summit\n\n"
        "President Ana Ruiz held a meeting with Prime Minister Tom Okoro on Friday. "
        "The president told her guest that the two countries should trade more.\n\n"
        "During their meeting at the Royal Palace in Lisbon, Ruiz praised the new port deal.\n\n"
        "Later, at a dinner in Porto, Okoro met union leaders.\n"
    )
    for question in ("Where did Ruiz and Okoro meet?", "In which building did Ruiz and Okoro meet?"):
        assert kb.answer(question).citations[0].line == 5, question


def test_an_ordinal_the_article_lacks_is_a_near_miss() -> None:
    kb = KnowledgeBase.from_text(
        "Climate talks\n\n"
        "Delegates from 190 countries gathered for two weeks of climate talks.\n\n"
        "The 14th Assembly was held in the port city of Valparaiso and opened on Monday 10 November.\n\n"
        "Protesters marched through the city on the second weekend.\n"
    )
    assert kb.answer("Where was the 14th Assembly held?").citations[0].line == 5
    assert kb.answer("Where was the 13th Assembly held?").intro == "The article doesn't mention 13th."


def test_a_doer_and_the_deed_are_one_word_for_evidence() -> None:
    """'What day did the country vote?' is answered by 'voters cast ballots on Sunday'; 'what day' is no topic."""
    kb = KnowledgeBase.from_text(
        "Election\n\n"
        "The opposition leader declared victory in the early hours, telling the country it wanted a fresh start.\n\n"
        "About 5.2 million voters cast ballots on Sunday, the commission said.\n\n"
        "Certified results are due four days after polling day.\n"
    )
    assert kb.answer("What day did the country vote?").citations[0].line == 5
    assert agent_forms("vote") >= {"voter"}
    assert "protest" in agent_forms("protester")


def test_the_headline_s_subject_is_held_by_every_sentence_but_other_names_are_not() -> None:
    """'The crest, recorded at 4:40 a.m.' answers 'what time did the Tamsen crest' when the story is the Tamsen's."""
    text = (
        "{headline}\n\n"
        "HARWICK FERRY — The Tamsen River crested at a record 31.4 feet early Monday, swamping dozens of streets.\n\n"
        "The crest, recorded at 4:40 a.m. at the Depot Street gauge, topped the previous high set in 1997.\n\n"
        "Upstream, the Ashby River stayed within its banks.\n"
    )
    kb = KnowledgeBase.from_text(text.format(headline="Tamsen River hits record crest"))
    assert kb.answer("What time did the Tamsen crest?").citations[0].line == 5
    assert 5 not in [c.line for c in kb.answer("What time did the Ashby crest?").citations]
    elsewhere = KnowledgeBase.from_text(text.format(headline="Valley floods"))
    assert elsewhere.answer("What time did the Tamsen crest?").citations[0].line == 3


def test_a_name_in_the_role_of_the_person_quoted_is_held_by_the_quote() -> None:
    """'He said' is the leader of Kelderby City Council: his quote is about Kelderby, not about Brackenfield."""
    text = (
        "Housing bill passes\n\n"
        "Faisal Mirza, the leader of Kelderby City Council, said the fund was welcome but nowhere near enough.\n\n"
        "“We have 1,100 families in bed and breakfasts tonight,” he said.\n\n"
        "In Brackenfield, the council said it would wait for the detail.\n"
    )
    kb = KnowledgeBase.from_text(text)
    assert kb.answer("How many families are in bed and breakfasts in Kelderby?").citations[0].line == 5
    assert kb.answer("How many families are in bed and breakfasts in Brackenfield?").intro == "The article doesn't say."


def test_a_point_in_time_counted_in_days_is_not_a_length_of_time() -> None:
    kb = KnowledgeBase.from_text(
        "Assembly\n\n"
        "Thirteen days earlier, at the opening, Mayor Ruth Okafor spoke of keeping delegates in the hall.\n\n"
        "Some 3,000 delegates crowded into the hall to hear Ms Okafor, who spoke for 26 minutes without notes.\n"
    )
    assert kb.answer("How long did Okafor speak at the opening?").citations[0].line == 5


def test_what_hours_asks_for_times_of_day() -> None:
    kb = KnowledgeBase.from_text(
        "Night shifts\n\n"
        "The Supreme Court on Tuesday struck down a rule that barred women from night work in factories.\n\n"
        "The rule barred women from factory floors between 7 p.m. and 6 a.m.\n\n"
        "Employers said the ruling would cost them money.\n"
    )
    assert kb.answer("What hours were women barred from factory work?").citations[0].line == 5


def test_a_venue_named_by_its_kind_is_a_place() -> None:
    """'at a converted tram depot' answers 'where'; 'the place to' (a frame word) does not make a sentence typed."""
    kb = KnowledgeBase.from_text(
        "Election\n\n"
        "Ilse Varga-Mendes declared victory, telling supporters at a converted tram depot that it was a new day.\n\n"
        "Rivals said the victory party was not the place to judge the result.\n\n"
        "Ms Varga-Mendes will not need the smaller parties if the projections hold.\n"
    )
    assert kb.answer("Where did Varga-Mendes hold her victory party?").citations[0].line == 3


def test_a_crowd_squeezed_into_a_hall_is_a_place() -> None:
    """'crowded into the village hall' gives the meeting's venue; the sentence merely using 'held' does not."""
    kb = KnowledgeBase.from_text(
        "Battery plan\n\n"
        "Six hundred people squeezed into the Kurrawong Memorial Hall for the first public meeting on the battery.\n\n"
        "Successive governments have held the town up as a model of the just transition away from coal.\n\n"
        "The meeting swung between hope and hostility.\n\n"
        "By the end of the meeting, the minister had promised a second one.\n\n"
        "Farmers held up signs about water.\n"
    )
    assert kb.answer("Where was the meeting held?").citations[0].line == 3


@pytest.mark.parametrize(
    ("question", "sum_line"),
    [
        ("How much did the defence barriers cost?", "The barriers were built at a cost of more than ISK 7.8 billion."),
        ("How much is the fine?", "Riders caught inside it face a fine of Shs400,000, the authority said."),
        ("How much does the ticket cost?", "A ticket now costs 450 forint, up from 350."),
        ("How much is the fine?", "The court ordered a fine of BND1,284,600 to be paid."),
        ("How much does the ticket cost?", "A ticket will cost GEL 1.50 from January."),
        ("How much is the fine?", "Hoarders face a fine of SDG 9,500 a litre."),
        ("How much does the ticket cost?", "A ticket now costs 214 AMD, up from 180 AMD."),
        ("How much did the barriers cost?", "The barriers cost SBD42.5 million to build."),
    ],
)
def test_a_sum_in_a_currency_s_code_or_name_answers_how_much(question: str, sum_line: str) -> None:
    """Iceland's krónur, Uganda's shillings, Hungary's forint: a sum however the currency is written."""
    kb = KnowledgeBase.from_text(f"Costs\n\nThe barriers, the fine and the ticket were all debated.\n\n{sum_line}\n")
    assert kb.answer(question).citations[0].line == 5


def test_a_currency_code_after_a_number_is_one_only_in_capitals() -> None:
    """ "214 AMD" is a sum; "give it 3 try" is no sum in Turkish lira."""
    kb = KnowledgeBase.from_text(
        "Costs\n\nThe fee was debated.\n\nRiders said they would give it 3 try before quitting.\n"
    )
    assert kb.answer("How much is the fee?").abstained


def test_a_nickname_is_answered_by_the_name_given_not_by_a_sentence_naming_the_thing() -> None:
    kb = KnowledgeBase.from_text(
        "Furnace closes\n\n"
        "Furnace Five was tapped for the final time after 46 years.\n\n"
        'Furnace Five, known to generations of workers as "the Old Lady", was first lit in 1979.\n\n'
        "Hoteliers were angry, said Ms Supawadee Chaiyaporn (Noi), president of the Thai Hotels Association.\n"
    )
    assert kb.answer("What was Furnace Five's nickname?").citations[0].line == 5
    assert kb.answer("What is the hotel association president's nickname?").citations[0].line == 7
    assert kb.answer("What is the Phuket association president's nickname?").abstained


def test_the_age_of_someone_asked_about_as_another_s_relative_is_not_that_other_s_age() -> None:
    kb = KnowledgeBase.from_text(
        "Boda boda ban\n\n"
        "Mr Isaac Mugerwa, 29, said he bought his motorcycle on credit and pays Shs140,000 a week to the lender.\n"
    )
    assert kb.answer("How old is Isaac Mugerwa?").citations[0].line == 3
    assert kb.answer("How old is Isaac Mugerwa's lender?").abstained


def test_a_sentence_that_only_names_what_the_question_names_is_no_answer() -> None:
    """A near miss: the hiring fair is in Sunnyvale; the sentence naming Raleigh says nothing of a fair."""
    kb = KnowledgeBase.from_text(
        "Layoffs\n\n"
        "The offices in Raleigh, North Carolina, and Krakow will close by the end of June.\n\n"
        "A spokeswoman said the company would hold a hiring fair for departing staff in Sunnyvale on Feb. 10.\n"
    )
    assert kb.answer("When is the hiring fair in Sunnyvale?").citations[0].line == 5
    assert kb.answer("When is the hiring fair in Raleigh?").abstained


def test_two_names_without_the_question_s_one_other_word_are_no_answer() -> None:
    """The summit is in California; the sentence naming Xi and Biden at the Great Hall says nothing of it, so the
    one on their presidents' summit answers (as the shipped article's gold has it)."""
    kb = KnowledgeBase.from_text(
        "Talks in Beijing\n\n"
        "At the Great Hall of the People, Xi noted progress since his last encounter with President Joe Biden.\n\n"
        "Their presidents agreed on several issues during the California summit last year.\n"
    )
    assert kb.answer("Where was the summit between Xi and Biden?").citations[0].line == 5
    assert kb.answer("Where did Xi note progress?").citations[0].line == 3


def test_a_synonym_stands_for_a_word_the_article_uses_elsewhere_but_the_word_itself_comes_first() -> None:
    """'Supposed to end' is answered by 'scheduled to close'; of two as good, the question's own word wins."""
    kb = KnowledgeBase.from_text(
        "Climate talks\n\n"
        "Delegates said the end of coal was not on the table this year.\n\n"
        "The talks were scheduled to close at 6pm on Friday 21 November.\n\n"
        "A walkout by dockers at the rival port lasted two days.\n\n"
        "The strike at the terminal lasted 48 hours.\n"
    )
    assert kb.answer("When were the talks supposed to end?").citations[0].line == 5
    assert kb.answer("How long did the strike last?").citations[0].line == 9


def test_work_that_is_finished_is_completed_not_a_car_park_that_closes() -> None:
    kb = KnowledgeBase.from_text(
        "Harbour wall\n\n"
        "About 180 of the pier’s 420 spaces will close from 7am on Monday 24 February, and the contractor is due to"
        " start work on the wall a week later, on Monday 3 March.\n\n"
        "The £4.2m project was approved on Tuesday 11 February, and the work is due to be completed by Friday 30 May.\n"
    )
    assert kb.answer("When is the work supposed to be finished?").citations[0].line == 5
    assert kb.answer("When do the spaces shut?").citations[0].line == 3


def test_a_timed_sentence_holding_the_question_s_word_in_another_form_comes_first() -> None:
    """'Supposed to end' is answered by 'scheduled to close at 6pm on Friday', not by a timed sentence on
    'the end of coal' that does not name the talks; 'supposed', absent, dilutes nothing."""
    filler = "".join(f"Delegation {n} said the talks had been long and hard.\n\n" for n in range(6))
    kb = KnowledgeBase.from_text(
        "Climate talks run late\n\n"
        "VALPARAISO — Governments fought over money and oil at the climate talks this week.\n\n"
        "By Wednesday, delegates said the end of coal was not on the table.\n\n"
        "The talks were scheduled to close at 6pm on Friday 21 November.\n\n" + filler
    )
    assert kb.answer("When were the talks supposed to end?").citations[0].line == 7


def test_the_verb_last_is_no_opposite_of_first() -> None:
    assert swapped_opposite("How long will the strike last?", "It is the first strike in three decades.") is None
    assert swapped_opposite("Who came last?", "Ferrante came first.") == "last"
    # "last win" is the most recent win: "for the first time since 1998" answers it
    won = "Rovers won the cup for the first time since 1998."
    assert swapped_opposite("When did Rovers last win the cup?", won) is None


def test_a_question_whose_only_words_the_article_knows_are_names_has_no_answer() -> None:
    """'The weather in Sant Ivo' is no topic of an article that names Sant Ivo only as the next venue."""
    kb = KnowledgeBase.from_text(
        "Summit ends\n\n"
        "The row over fishing quotas will return at the next meeting in Sant Ivo on 22 September.\n\n"
        "The labour minister, Gurdeep Randhawa, later told reporters in Chandigarh that he welcomed the verdict.\n\n"
        + "".join(f"Delegation {n} left the hall after the closing session.\n\n" for n in range(8))
    )
    assert kb.answer("What is the weather in Sant Ivo?").abstained
    assert kb.answer("Where was Randhawa when he spoke to reporters?").citations[0].line == 5
    assert kb.answer("Which news agency quoted Randhawa's remarks?").abstained


def test_the_sentence_before_in_the_paragraph_sets_the_scene_when_a_sentence_names_nothing() -> None:
    """'Lyon is often cited … After 2003, the city built a register': the register is Lyon's; a reported
    statement is about its speaker's place too ('Carpentier, head of planning at the Lyon authority')."""
    kb = KnowledgeBase.from_text(
        "Heat deaths\n\n"
        "Lyon is often cited as an example. After 2003, the city built a register of elderly people "
        "living alone, and it telephones everyone on it when a heat alert is issued.\n\n"
        "Dr Hélène Carpentier, head of heat planning at the Lyon public health authority, praised the volunteers.\n\n"
        "Carpentier said the register now holds about 11,500 names.\n\n"
        "Offices in Raleigh will close in June. The company will hold a hiring fair in Sunnyvale on Feb. 10.\n"
    )
    assert kb.answer("What does Lyon do when a heat alert is issued?").citations[0].line == 3
    assert kb.answer("How many names are on Lyon's register?").citations[0].line == 7
    assert kb.answer("When is the hiring fair in Raleigh?").abstained


def test_voting_no_is_no_negation() -> None:
    assert not negated("What did the two members who voted no want instead?")
    assert negated("Who did not vote?")
    assert negated("No deal was reached.")


def test_what_is_it_called_asks_for_its_name_not_for_what_someone_called_it() -> None:
    kb = KnowledgeBase.from_text(
        "Housing vote\n\n"
        "The Homes and Communities (Planning Reform) Bill passed its second reading by 312 votes to 241.\n\n"
        "The shadow housing secretary called the bill “a developer’s charter”.\n\n"
        "The bill now moves to committee stage.\n\n"
        "Ministers set up a fund known as the Brownfield Homes Fund.\n"
    )
    assert kb.answer("What is the bill called?").citations[0].line == 3
    assert kb.answer("What was the fund called?").citations[0].line == 9


def test_what_is_the_name_of_asks_about_the_thing_named() -> None:
    kb = KnowledgeBase.from_text(
        "Southern California\n\n"
        "The region is traditionally described as eight counties, based on demographics and economic ties.\n\n"
        "The 8- and 10-county definitions are not used for the greater Southern California Megaregion.\n\n"
        "The megaregion extends east into Las Vegas and south across the border into Tijuana.\n"
    )
    question = "What is the name of the region that is not defined by the eight or 10 county definitions?"
    assert kb.answer(question).citations[0].line == 5


def test_a_question_that_swaps_a_word_for_its_opposite_is_a_near_miss() -> None:
    kb = KnowledgeBase.from_text(
        "Melbourne\n\n"
        "The Melbourne Cricket Ground is the largest stadium in Australia and hosted the 1956 Olympics.\n\n"
        "The megaregion extends east into Las Vegas and south across the border into Tijuana.\n"
    )
    assert kb.answer("What is the largest stadium in Australia?").citations[0].line == 3
    assert kb.answer("What is the smallest stadium in Australia?").abstained
    assert kb.answer("Where does the megaregion extend north into?").abstained
    assert kb.answer("Where does the megaregion extend south into?").citations[0].line == 5


@pytest.mark.parametrize(
    ("question", "passage", "swapped"),
    [
        ("How many seats did the party lose?", "The party rose from nine to 17 seats.", "lose"),
        ("How far below average was the water?", "The water ran 1.1C above the average.", "below"),
        ("When did Helvara sell the site?", "Helvara acquired the site in 2024.", "sell"),
        ("When was the last petition filed?", "The first was filed in August 2023.", "last"),
        ("How many officers were seriously injured?", "Two officers had been slightly injured.", "seriously"),
        ("Is the closure permanent?", "The closure is temporary, the council said.", "permanent"),
        ("What impact did they have on modern Europe?", "They had a major impact on medieval Europe.", "modern"),
        (
            "When will construction be finished?",
            "Construction will be completed in 2027, with output to start in 2028.",
            None,
        ),
        ("What was the first plant built?", "Sales fell last year at the first plant.", None),
        ("How far did the shares fall?", "Shares fell 6.8% after sales rose.", None),
        ("What river does the canal join at its western end?", "It runs eastward, joining the Alde.", "western"),
        ("Who became the company's second chairman?", "Vantongeren became its first chairman in 1831.", "second"),
        ("Who became the company's second chairman?", "He was its first and second chairman.", None),
        ("What was the quietest day of the winter?", "On the busiest day of the winter, 612 came.", "quietest"),
        ("How many jobs would the project create?", "The project would eliminate about 1,400 jobs.", "create"),
        ("What does the law forbid?", "The law allows night shifts.", "forbid"),
        ("How many workmen were injured in 1835?", "An inrush of water drowned nine workmen in 1835.", "injured"),
        ("How many were killed in the crash?", "Four people were hurt in the crash.", "killed"),
        ("How many were killed?", "Four people died and nine were hurt.", None),
        ("How much did she pay for her daughter's fees?", "She paid Shs720,000 for her son.", "daughter"),
        ("What did the boy's mother say?", "The boy's father said he was proud.", "mother"),
        ("How much did she pay for her daughter's fees?", "She paid for her son and her daughter.", None),
        ("What share of soft corals bleached?", "Some 62 percent of hard coral colonies bleached.", "soft"),
        ("How many tourists backed the cap?", "Some 64 percent of residents backed the cap.", "tourists"),
        ("How much will the annual pass cost?", "A monthly pass will cost GEL 40.", "annual"),
        ("How much will the annual pass cost?", "The pass will cost GEL 40 a month, or GEL 400 annual.", None),
        ("What share of morning buses ran empty?", "Some 38% of evening journeys carried fewer than three.", "morning"),
        ("How many ride the metro at weekends?", "The metro carries 310,000 passengers on weekdays.", "weekends"),
        ("How long is the shorter of the two slides?", "The longer slide drops 38 metres over 64 metres.", "shorter"),
        ("How many patients took the lower dose?", "Of the 412 on the higher dose, 9% had diarrhoea.", "lower"),
        ("How long is the shorter slide?", "The shorter slide is 42 metres; the longer one 64.", None),
        ("What was the least visited attraction?", "The mine was the most visited attraction.", "least"),
        ("How many houses were spared by the fire?", "The fire destroyed about 240 houses.", "spared"),
        ("What was the most visited attraction?", "At least 186,000 people visited the mine.", None),
    ],
)
def test_a_word_swapped_for_its_opposite_is_found(question: str, passage: str, swapped: str | None) -> None:
    assert swapped_opposite(question, passage) == swapped


def test_what_day_asks_for_a_day_not_an_hour() -> None:
    kb = KnowledgeBase.from_text(
        "Election count\n\n"
        "Counting went on through the night and ended at 3:15 a.m., officials said.\n\n"
        "About 5.2 million voters cast ballots on Sunday, the commission said.\n"
    )
    assert kb.answer("What time did counting end?").citations[0].line == 3
    assert kb.answer("What day did the voting take place?").citations[0].line == 5
    assert kb.answer("What day did counting end?").abstained


def test_what_time_asks_for_a_time_of_day_and_when_for_the_day() -> None:
    kb = KnowledgeBase.from_text(
        "River flood\n\n"
        "The river crested early on Monday, swamping the streets of the east side.\n\n"
        "The crest was recorded at 4:40 a.m. at the gauge by the bridge.\n\n"
        "Volunteers filled sandbags at the school gym all night.\n\n"
        "The mayor asked the state for two more pumps.\n"
    )
    assert kb.answer("What time did the river crest?").citations[0].line == 5
    assert kb.answer("When did the river crest?").citations[0].line == 3


def test_a_sentence_of_the_asked_type_must_also_hold_a_word_of_the_question_besides_its_names() -> None:
    kb = KnowledgeBase.from_text(
        "River flood\n\n"
        "The Tamsen River crested early on Monday, swamping the streets of the east side.\n\n"
        "The governor will tour the Tamsen valley at 10 a.m. on Tuesday, her office said.\n\n"
        "Volunteers filled sandbags at the school gym all night.\n"
    )
    assert kb.answer("What time did the Tamsen crest?").citations[0].line == 3


def test_how_long_is_best_answered_by_a_length_of_time() -> None:
    kb = KnowledgeBase.from_text(
        "Talks end\n\nThe final plenary did not open until 1.15am on Sunday.\n\n"
        "What followed was a 97-minute adjournment and a compromise on the text.\n"
    )
    assert kb.answer("How long was the adjournment in the final plenary?").citations[0].line == 5


def test_how_long_is_a_thing_may_be_its_length_but_an_event_takes_time() -> None:
    """'How long is the judgment?' asks for pages; 'how long did it take' never for miles or feet."""
    kb = KnowledgeBase.from_text(
        "Night work ruling\n\n"
        "Justice Kulkarni wrote in the 94-page judgment that the state had confused protection with prohibition.\n\n"
        "The state must frame new rules by March, the judgment said.\n\n"
        "Crews built a 300-foot wall of sandbags. It took them under three hours.\n"
    )
    assert kb.answer("How long is the judgment?").citations[0].line == 3
    assert kb.answer("How long did it take to build the wall?").citations[0].line == 7
    assert answer_type("How long is the judgment?").name == "length"
    assert answer_type("How long was the ban in force?").name == "duration"


def test_who_did_it_to_someone_is_not_answered_where_they_did_it() -> None:
    """ "Who succeeded Ferreira-Haldane?" is not answered where Ferreira-Haldane is the successor."""
    kb = KnowledgeBase.from_text(
        "Canal history\n\n"
        "Lindqvist-Marr served as chief engineer until his death in 1834, when he was succeeded by his resident "
        "engineer, Julius Ferreira-Haldane, who completed the works.\n\n"
        "The company appointed Anna Brodt as its first secretary in 1840.\n"
    )
    assert kb.answer("Who succeeded Ferreira-Haldane as chief engineer?").abstained
    assert kb.answer("Who succeeded Lindqvist-Marr as chief engineer?").citations[0].line == 3
    assert kb.answer("Who appointed Anna Brodt?").citations[0].line == 5


def test_a_rate_is_no_length_of_time() -> None:
    """ "4,100 boat movements a year" says how often, not how long: the aqueduct's length is not given."""
    kb = KnowledgeBase.from_text(
        "Canal reopened\n\n"
        "The trust built the Stellby Aqueduct to carry the canal over the bypass road. "
        "The canal now records around 4,100 boat movements a year, and the tunnel is inspected twice a year.\n\n"
        "The locks were closed for a year while the tunnel was repaired.\n"
    )
    assert kb.answer("How long is the Stellby Aqueduct?").abstained
    assert kb.answer("How long were the locks closed?").citations[0].line == 5


def test_since_or_until_is_a_start_or_an_end_only_before_a_date_or_time() -> None:
    """'since his previous encounter' says nothing about how long a meeting was."""
    kb = KnowledgeBase.from_text(
        "Talks in Beijing\n\n"
        "During the meeting, Xi noted some progress since his previous encounter with Biden.\n\n"
        "The port will stay closed until March 10, the authority said.\n"
    )
    assert kb.answer("How long was the meeting?").abstained
    assert kb.answer("How long will the port stay closed?").citations[0].line == 5


def test_when_is_answered_only_by_a_time_in_the_sentence_or_the_next_one() -> None:
    kb = KnowledgeBase.from_text(
        "Chip pivot\n\n"
        "Lumora will now make low-power inference chips for network switches.\n\n"
        "The first chips are due to ship to customers in the third quarter.\n\n"
        "Solberg flew to Taipei to meet suppliers. She met them on Thursday.\n"
    )
    assert kb.answer("When will the first chips ship?").citations[0].line == 5
    assert [c.line for c in kb.answer("When did Solberg meet the suppliers?").citations] == [7]
    assert kb.answer("When did Lumora start making switches?").abstained  # no time for it anywhere


@pytest.mark.parametrize(
    ("question", "passage", "unnamed"),
    [
        (
            "Which trade journal praised the reopening?",
            "A trade journal described the reopening as a triumph.",
            "trade",
        ),
        ("Which online bookmaker got the money?", "£58,300 was deposited with online bookmakers.", "bookmaker"),
        ("Which newspaper interviewed him?", "He told a newspaper, the Daily Post, that he was sorry.", None),
        ("Which research group does Sobhan chair?", "Sobhan chairs the Delta Futures Trust, a research group.", None),
        ("Which news agency first reported the deal?", "The agency quoted an unnamed official.", None),
        ("Which principles did Xi propose?", "I proposed three major principles: mutual respect.", None),
        ("Which hostel is Brenner staying at?", "Several people at his hostel had changed plans.", "hostel"),
        (  # "a" is the statement's; the committee is the one just named
            "Which committee backed the STSB in a statement?",
            "Policy & Resources said in a statement: ‘The committee supports the STSB’s decision.’",
            None,
        ),
        (  # the farmers own the union; the union is named
            "Which farmers' union criticised the ministry?",
            "Alimi Union of Malawi (AUM), which represents 210,000 smallholder farmers, criticised the ministry.",
            None,
        ),
    ],
)
def test_a_thing_the_passage_leaves_unnamed_is_no_answer_to_which(
    question: str, passage: str, unnamed: str | None
) -> None:
    assert left_unnamed(question, passage) == unnamed


def test_how_fast_is_answered_by_a_speed_or_a_rate() -> None:
    kb = KnowledgeBase.from_text(
        "Storm hits coast\n\n"
        "A lorry overturned on the A55 at 6am, police said. Two people were hurt.\n\n"
        "A gust of 81mph was recorded at Moel Derwen overnight.\n\n"
        "The glacier above the village was moving up to 40 centimetres a day in March.\n"
    )
    assert kb.answer("How fast was the strongest gust?").citations[0].line == 5
    assert kb.answer("how fast was the glacier moving").citations[0].line == 7
    assert kb.answer("How fast was the lorry going when it overturned?").abstained  # no speed of it anywhere


def test_a_head_count_is_not_a_length_of_time_a_share_or_a_sum() -> None:
    kb = KnowledgeBase.from_text(
        "Canal history\n\n"
        "In 1835 an inrush of water at the western face drowned nine workmen.\n\n"
        "The tunnel was closed for seven months in 1903 after part of its brick lining collapsed.\n"
    )
    assert kb.answer("How many workmen drowned in the inrush of water?").citations[0].line == 3
    assert kb.answer("How many people died when the tunnel's brick lining collapsed?").abstained


def test_a_headline_place_excuses_its_own_name_not_a_longer_one() -> None:
    kb = KnowledgeBase.from_text(
        "Fennick emergency waits worst on record\n\n"
        "Only 58.3% of patients at the region's hospitals were seen within four hours, inspectors found.\n\n"
        "Fennick General Hospital opened a new ward in 2023.\n"
    )
    assert kb.answer("What percentage of patients in Fennick were seen within four hours?").citations[0].line == 3
    assert kb.answer("What percentage of patients at Fennick General Hospital were seen within four hours?").abstained
    assert not [p for p in kb.cast.people if "Hospital" in p.name]


def test_an_infirmary_is_no_person() -> None:
    kb = KnowledgeBase.from_text(
        "Hospital waits\n\n"
        "Ardlow Royal Infirmary said it had opened 46 beds.\n\n"
        '"We are at breaking point," said Agnieszka Kowalczyk, a nurse at Ardlow Royal Infirmary.\n'
    )
    assert [p.name for p in kb.cast.people if p.named] == ["Agnieszka Kowalczyk"]
    # It may speak as a body ("Ardlow Royal Infirmary said …"), never as a he or she.
    assert all(p.gender == "n" for p in kb.cast.people if not p.named)


@pytest.mark.parametrize(
    ("question", "passage", "swapped"),
    [
        (
            "How much did the nurses' union spend on agency staff?",
            "The board spent £21.7m on agency staff.",
            "nurses' union",
        ),
        ("When did Eastmoor sign the striker?", "Rovers signed the striker in May.", "Eastmoor"),
        ("How many votes did the bill pass by?", "The Planning Bill passed its second reading by 312 votes.", None),
        ("When did Verbrugge start on the docks?", "Verbrugge, who started on the docks in 1986, spoke.", None),
        ("How much did the board spend?", "It said it had spent £21.7m.", None),  # "it": the subject is elsewhere
        ("where will the next assembly be held", "The 15th Assembly will be held in Accra.", None),
        ("what day did people vote", "Most voters voted on Sunday.", None),  # no one in particular
        ("What did Oda Merensky die of?", "Teodor Merensky died of a heart attack in 1971.", "Oda Merensky"),
        ("When did Xi Jinping meet Blinken?", "Xi met Blinken on Friday.", None),  # the short form of his name
        ("How many seats did Homeland First win?", "Homeland First, led by Aurel Dahl, won 14 seats.", None),
        # The question's subject named in the passage, but another name opening it does the deed.
        (
            "When did Eastmoor Athletic first win the Crown Cup?",
            "Harwick Rovers won the Crown Cup on Saturday, beating Eastmoor Athletic 2-1.",
            "Eastmoor Athletic",
        ),
        ("When did Eastmoor Athletic win the cup?", "Eastmoor Athletic won the cup in 1998.", None),
        ("When did Blinken meet Wang Yi?", "Wang Yi met Blinken on Friday.", None),  # both named in the question
        ("When did the Supreme Court strike down the rule?", "The Supreme Court on Tuesday struck down a rule.", None),
        ("How much did Tamsin Group jump?", "Tamsin Group (TMPG.AU) surged 9.2% and Kaldora (KLDM) jumped 7.4%.", None),
        # A lower-case subject of two nouns: "industry" is no verb of the passage, "employ" is.
        ("How many workers does the tea industry employ?", "The apparel sector employs 3,500.", "tea industry"),
        ("How many workers does the apparel sector employ?", "The apparel sector employs 350,000 workers.", None),
        ("How long did the ministers take questions for?", "Both ministers fielded questions for an hour.", None),
        ("What year did the storm hit Richard's fleet?", "On 1 May 1191, Richard's fleet arrived at Limassol.", None),
        ("Where did she make her record dive?", "Lindqvist made a record dive off Malta in 1957.", None),
    ],
)
def test_a_subject_swapped_for_another_is_found(question: str, passage: str, swapped: str | None) -> None:
    assert swapped_subject(question, passage) == swapped


def test_which_outlet_asks_for_an_outlet_named() -> None:
    summit = KnowledgeBase.from_file(CORPUS / "liveblog-summit-day.txt")
    assert summit.answer("which broadcaster did Strand talk to").citations[0].line == 77  # "told NordVision"
    health = KnowledgeBase.from_file(CORPUS / "health-hospital-waits.txt")
    assert health.answer("Which newspaper did Mr Aalto speak to?").abstained  # he is quoted; no paper is named


def test_a_span_of_years_is_there_written_either_way() -> None:
    assert not missing_from(("1959–60",), {"1959", "1960"})  # "the 1959–1960 expedition"
    assert not missing_from(("1959–60",), {"1959", "60"})  # "the 1959–60 expedition"
    assert missing_from(("1959–61",), {"1959", "1960"}) == ["1959–61"]


def test_a_journal_of_a_field_is_an_outlet() -> None:
    kb = KnowledgeBase.from_text(
        "Trial results\n\n"
        "The results were presented at the congress in San Diego on Sunday.\n\n"
        "They were published simultaneously in the Journal of Respiratory Medicine and Therapeutics.\n"
    )
    assert kb.answer("Which journal published the results?").citations[0].line == 5


def test_a_kind_of_people_is_counted_in_people() -> None:
    kb = KnowledgeBase.from_text(
        "Farm protest\n\n"
        "Farmers drove 1,300 tractors into Brussels on Tuesday.\n\n"
        "The alliance said more than 10,000 people had taken part.\n"
    )
    assert kb.answer("How many protesters did the alliance say took part?").citations[0].line == 5
    assert kb.answer("How many tractors were there?").citations[0].line == 3
    assert kb.answer("How many cows did the alliance say took part?").abstained  # a count of people is no herd


def test_how_deep_asks_for_a_depth_not_a_length() -> None:
    kb = KnowledgeBase.from_text(
        "Canal history\n\n"
        "The Brennach Canal is a 64-kilometre navigable canal running east to the river port of Oudmere.\n\n"
        "The locks take boats up to 21 metres long and 4.3 metres wide.\n"
    )
    assert kb.answer("How deep is the canal?").abstained
    assert kb.answer("How wide are the locks?").citations[0].line == 5


@pytest.mark.parametrize("question", ["What is the report called?", "What is the report titled?"])
def test_a_name_given_after_titled_answers_what_a_thing_is_called(question: str) -> None:
    kb = KnowledgeBase.from_text(
        "Hospital waits\n\n"
        "Emergency waits were the longest on record, a report by the region's health watchdog has found.\n\n"
        'The report, titled "Front Door Under Strain", examined the three emergency departments.\n'
    )
    assert kb.answer(question).citations[0].line == 5


def test_a_month_and_day_are_one_date() -> None:
    assert question_entities("What happens on March 25?") == ("March 25",)
    kb = KnowledgeBase.from_text(
        "Metro fares to rise from March 20\n\n"
        "The new fares come into effect at 5 am on March 20.\n\n"
        "It posted an operating loss of 1,200 crore in 2024-25.\n"
    )
    assert kb.answer("What happens on March 25?").abstained  # "2024-25" is no 25th of March
    assert kb.answer("What happens on March 20?").citations[0].line == 3


NAMES = {"california": "California", "hospital": "Hospital", "old": "Old", "taiwan": "Taiwan"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("when was the california summit", "when was the California summit"),
        ("anything on taiwan?", "anything on Taiwan?"),
        # The words of the question's shape stay common: they ask for a kind of answer, not a name.
        ("which hospital does she work at", "which hospital does she work at"),
        ("how old is the mayor", "how old is the mayor"),
        ("When was the California summit?", "When was the California summit?"),
        # A day is a name whatever the article holds; "march" and "may" are words too.
        ("who did he meet on monday", "who did he meet on Monday"),
        ("what happened in june", "what happened in June"),
        ("may they march on", "may they march on"),
    ],
)
def test_a_word_the_article_writes_only_as_a_name_is_read_as_one(question: str, expected: str) -> None:
    assert recased(question, NAMES) == expected


@pytest.mark.parametrize("question", ["when was the california summit", "When was the California summit?"])
def test_a_readers_lower_case_name_is_held_to_what_the_article_says_of_it(kb: KnowledgeBase, question: str) -> None:
    # Line 23 names the California summit but not its date; line 9's Friday is the day of another meeting.
    answer = kb.answer(question)
    assert answer.abstained, answer.citations


ARTICLE_WITHOUT_HEADLINE = (
    "STUTTGART, March 4 (Newswire) - German carmaker Almsted AG said on Tuesday its profit fell 31% and "
    "announced a recall of about 412,000 vehicles.\n\n"
    "Operating profit dropped to 1.84 billion euros.\n\n"
    "Chief Financial Officer Annika Suhr said the recall would cost around 340 million euros.\n"
)


@pytest.mark.parametrize(
    "question", ["How much will the recall cost Almsted?", "how much will the recall cost almsted"]
)
def test_a_page_without_a_headline_is_about_what_its_lead_names(question: str) -> None:
    # "the recall would cost …" does not repeat Almsted: the lead says the whole story is about it.
    kb = KnowledgeBase.from_text(ARTICLE_WITHOUT_HEADLINE)
    assert [c.line for c in kb.answer(question).citations][:1] == [5]


@pytest.mark.parametrize("question", ["Where did Lyon open its cool rooms?", "where did lyon open its cool rooms"])
def test_a_sentence_that_names_nothing_is_about_what_its_paragraph_named_last(question: str) -> None:
    kb = KnowledgeBase.from_text(
        "Cities learn to live with heat\n\n"
        "Heat plans save lives, the study found.\n\n"
        "Lyon is often cited as an example. After 2003, the city built a register of people who live alone. "
        "It has also opened 140 cool rooms in libraries and town halls.\n"
    )
    answer = kb.answer(question)
    assert not answer.abstained
    assert "140 cool rooms" in answer.citations[0].text


@pytest.mark.parametrize(("verb", "noun"), [("pass", "passage"), ("pay", "payment"), ("agree", "agreement")])
def test_a_deed_named_by_a_noun_the_stemmer_leaves_whole_is_the_verb(verb: str, noun: str) -> None:
    (verb_term,), (noun_term,) = tokenize(verb), tokenize(noun)
    assert noun_term in agent_forms(verb_term)
    assert verb_term in agent_forms(noun_term)


def test_a_reader_asking_when_something_passes_finds_its_passage() -> None:
    kb = KnowledgeBase.from_text(
        "Budget row\n\n"
        "Senator Obiorah on Tuesday accused the committee of cutting the road.\n\n"
        "The Senate adjourned plenary till Thursday. The upper chamber had earlier fixed February 19 as the "
        "target date for the passage of the budget.\n"
    )
    assert "February 19" in kb.answer("When is the Senate expected to pass the budget?").citations[0].text


PLENARY = (
    "Senate row\n\n"
    "Senator Obiorah on Tuesday accused the committee of cutting the road.\n\n"
    "Shortly after plenary resumed at 11.20am, the senator addressed the chair.\n\n"
    "The House of Assembly will meet at 10am on Thursday.\n"
)


def test_the_hour_on_the_storys_own_day_answers_when_on_that_day() -> None:
    kb = KnowledgeBase.from_text(PLENARY)
    assert [c.line for c in kb.answer("When did plenary resume on Tuesday?").citations][:1] == [5]


def test_the_hour_of_another_day_does_not() -> None:
    # Thursday is not the story's day, and the House meeting then is another event than plenary.
    kb = KnowledgeBase.from_text(PLENARY)
    assert kb.answer("What time did plenary resume on Thursday?").abstained


def test_a_sum_in_naira_as_nigerian_papers_write_it_answers_how_much() -> None:
    kb = KnowledgeBase.from_text(
        "Budget row\n\n"
        "The commissioner said the state had released its counterpart funding since 2023.\n\n"
        "She noted that the last tranche of N45bn was paid in October.\n"
    )
    assert [c.line for c in kb.answer("How much was the last tranche?").citations] == [5]


@pytest.mark.parametrize(
    ("question", "passage", "other"),
    [
        ("What happened at 3:12 p.m.?", "The largest, a magnitude 5.4 tremor, came at 3:12 a.m.", True),
        ("how many were injured as of 5pm", "146 had been injured as of 11 a.m., officials said.", True),
        ("What happened at 3:12 a.m.?", "The largest, a magnitude 5.4 tremor, came at 3:12 a.m.", False),
        ("When did the ferry lose power, at 6.50am?", "It lost power at about 06:50 GMT on Monday.", False),
        ("what happened at 5pm", "The council met on Tuesday.", False),  # no time given: not a swap
        ("what happened at 5pm", "The yield rose to 4.25% and the index to 10.30.", False),  # numbers, not times
        ("What did she say on Monday?", "She spoke at 9am.", False),  # the question gives no time
    ],
)
def test_a_passage_at_another_time_of_day_does_not_answer(question: str, passage: str, other: bool) -> None:
    assert other_clock_time(question, passage) is other


def test_a_lower_case_day_the_article_never_names_is_not_answered(kb: KnowledgeBase) -> None:
    # The meeting of line 9 was on Friday.
    assert kb.answer("who did blinken meet on monday").abstained
    assert kb.answer("who did blinken meet on friday").citations[0].line == 9


def test_a_countrys_forms_and_a_possessive_capital_are_its_name(kb: KnowledgeBase) -> None:
    # The article writes "US" (a stop word in lower case) and "United States".
    assert missing_from(["America", "American", "Washington's", "Narnia"], kb.retriever.vocabulary) == ["Narnia"]


def test_a_century_is_held_by_any_year_of_it() -> None:
    kb = KnowledgeBase.from_text(
        "Vennholm\n\n"
        "In 1334 Vennholm joined the Drass League, a trading association of eleven river towns.\n\n"
        "The population grew from about 9,000 in 1800 to 88,200 in 1900.\n"
    )
    assert question_entities("What did it join in the 14th century?") == ("14th century",)
    answer = kb.answer("What trade association did Vennholm join in the 14th century?")
    assert answer.citations[0].line == 3
    assert kb.answer("What trade association did Vennholm join in the 16th century?").abstained


def test_a_population_is_a_place_of_so_many_people() -> None:
    kb = KnowledgeBase.from_text(
        "Pool to close\n\n"
        "Yarrabee will lose its only public pool, all three of the club's coaches said on Monday.\n\n"
        "The mayor said Yarrabee, a shire of about 6,800 people, could not borrow its way out of the problem.\n"
    )
    assert kb.answer("How big is Yarrabee's population?").citations[0].line == 5
    assert kb.answer("What's the population of Yarrabee?").citations[0].line == 5


def test_an_age_beside_another_name_is_not_the_asked_person_s() -> None:
    kb = KnowledgeBase.from_text(
        "Vineyard feud\n\n"
        "Gwen Pennick, 47, runs the estate on the other side of the fence with her brother, Daniel.\n\n"
        "Their neighbour, Ms Ilona Halmos, 52, said the fence was new.\n"
    )
    assert kb.answer("How old is Daniel Pennick?").abstained
    assert kb.answer("How old is Gwen Pennick?").citations[0].line == 3
    assert kb.answer("How old is Gwen?").citations[0].line == 3
    assert kb.answer("How old is Ilona Halmos?").citations[0].line == 5  # "Ms" is no part of her name
    assert age_of_another(["Daniel", "Pennick"], "Gwen Pennick, 47, runs the estate.")
    assert not age_of_another(["Daniel"], "Daniel, 47, and a cousin aged 30 run it.")  # "aged 30" may be anyone's
    refit = "Kenrick Outerbridge blamed the refit of the Longbird Spirit, which at 17 years old is the newest ferry."
    assert age_of_another(["Kenrick", "Outerbridge"], refit)  # the ship's age, not the minister's
    assert not age_of_another(["Longbird", "Spirit"], refit)


@pytest.mark.parametrize(
    ("question", "line"),
    [
        ("For how many years did Hedda Lindqvist-Amari run the city as mayor?", 3),  # "mayor from 1946 to 1961"
        ("how many years did she run the laboratory", 5),  # "for thirteen years"
        ("For how many years did Mathis Kreuwel serve as mayor?", None),  # his years as alderman are not
    ],
)
def test_how_many_years_asks_for_a_length_of_time(question: str, line: int | None) -> None:
    kb = KnowledgeBase.from_text(
        "City history\n\n"
        "Reconstruction under Hedda Lindqvist-Amari, mayor from 1946 to 1961, kept the medieval street plan.\n\n"
        "She ran the laboratory for thirteen years, expanding it from a net store.\n\n"
        "In 1431 the defence was led by the alderman Mathis Kreuwel.\n"
    )
    assert _answered_at(kb.answer(question), line)


def test_a_name_given_whole_just_before_is_held_by_its_head_noun() -> None:
    kb = KnowledgeBase.from_text(
        "Biography\n\n"
        "Its success persuaded the ministry to fund the Skarre Marine Laboratory, opened in 1963. "
        "She ran the laboratory for thirteen years, before handing it to her student Tomas Elund.\n\n"
        "The Port Hallen Aquarium opened in 1970, a year after the Brenholm Aquarium.\n\n"
        "Later she ran the aquarium for six years, and Tomas Elund ran it after her.\n"
    )
    answer = kb.answer("how many years did she run the Skarre Marine Laboratory")
    assert answer.citations[0].text.startswith("She ran the laboratory")
    # The whole name only in another paragraph, and another aquarium named: "the aquarium" may be either.
    assert kb.answer("how many years did she run the Port Hallen Aquarium").abstained


def test_a_name_is_held_by_its_head_noun_when_nothing_else_is_so_named() -> None:
    kb = KnowledgeBase.from_text(
        "Budget row\n\n"
        "The Kisiru County Assembly sat on Tuesday to debate the budget.\n\n"
        "The walkout, joined by 21 of the assembly’s 38 members, came at about 4.10pm.\n\n"
        "The National Assembly in Nairobi passed its own budget in June.\n"
    )
    assert kb.answer("How many members does the Kisiru County Assembly have?").abstained  # two assemblies
    kb = KnowledgeBase.from_text(
        "Budget row\n\n"
        "The Kisiru County Assembly sat on Tuesday to debate the budget.\n\n"
        "The walkout, joined by 21 of the assembly’s 38 members, came at about 4.10pm.\n"
    )
    answer = kb.answer("How many members does the Kisiru County Assembly have?")
    assert answer.citations[0].text.startswith("The walkout")


@pytest.mark.parametrize(
    ("question", "line"),
    [
        ("when was merensky born", 3),  # the years of her life after her name
        ("When did Oda Merensky die?", 3),  # not her husband's death, though it says "died"
        ("When was Kaja born?", 5),
        ("When did Kaja die?", None),  # only her birth is given
        ("When did Teodor Merensky die?", 7),
    ],
)
def test_the_years_of_a_life_in_brackets_say_when_someone_was_born_or_died(question: str, line: int | None) -> None:
    kb = KnowledgeBase.from_text(
        "Oda Merensky\n\n"
        "Oda Merensky (née Lunvik; 14 March 1911 – 2 October 1989) was a Kestravan marine biologist.\n\n"
        "The couple had two children: a daughter, Kaja (born 1942), who became a hydrographer, and a son.\n\n"
        "Teodor Merensky died of a heart attack in 1971.\n"
    )
    assert _answered_at(kb.answer(question), line)


@pytest.mark.parametrize(
    ("question", "passage", "other"),
    [
        (
            "What was the 30-year bond yield?",
            "The two-year yield rose, and the 10-year yield fell 30 basis points.",
            True,
        ),
        ("What was the two-year Treasury yield?", "The 2-year Treasury yield fell to 4.1%.", False),
        ("how long was the three-month ban", "It imposed a 3-month ban.", False),
        ("how long was the three-month ban", "A six-month ban followed.", True),
        ("What was the 30-year bond yield?", "Bond yields fell.", False),  # no measure of the kind given
    ],
)
def test_a_measure_given_only_with_another_number_is_another_thing(question: str, passage: str, other: bool) -> None:
    assert other_measure(question, passage) is other


def test_an_encyclopedia_sentence_going_on_from_the_one_before_answers_with_its_names() -> None:
    kb = KnowledgeBase.from_text(
        "Treaty\n\n"
        "From 1815 its lower reach formed the frontier between Eskarra, on the north bank, and the provinces on "
        "the south bank that became the Republic of Lunetia in 1821.\n\n"
        "The deadlock was broken by Ottilie Brannagh. In a paper presented to the conference on 24 March 1903 "
        "she proposed that the boundary follow the thalweg.\n\n"
        "The tribunal delivered its award at Halvorsgate on 8 June 1981. It held that the dam could be built, "
        "but that Eskarra must guarantee a minimum flow of 140 cubic metres a second.\n"
    )
    # "southern" is held by "the south bank", though the passage also says "north"
    assert kb.answer("In what year did the southern provinces become the Republic of Lunetia?").citations[0].line == 3
    # "a paper presented": no one else presented it
    assert kb.answer("When did Brannagh present her paper on the thalweg to the conference?").citations[0].line == 5
    # "It held …" goes on from the sentence naming the 1981 award
    answer = kb.answer("What minimum flow did the 1981 tribunal require Eskarra to guarantee?")
    assert answer.citations[0].text.startswith("It held")
    assert kb.answer("What minimum flow did the 1982 tribunal require?").abstained


@pytest.mark.parametrize(
    ("question", "line"),
    [
        ("Where was Ottilie Brannagh born?", None),  # the "-born" is her deputy's
        ("Where was Tobias Wennerlund born?", 3),
        ("Where was Ines Ruel born?", 5),  # a "born" of her own
    ],
)
def test_another_person_s_birthplace_is_no_answer_to_where_someone_was_born(question: str, line: int | None) -> None:
    kb = KnowledgeBase.from_text(
        "Treaty\n\n"
        "Ottilie Brannagh retired in 1921 and was succeeded by her deputy, the Eskarran-born Tobias Wennerlund.\n\n"
        "Ines Ruel was born in Sanvira in 1870.\n"
    )
    assert _answered_at(kb.answer(question), line)


def test_pesos_as_philippine_papers_write_them_are_sums() -> None:
    kb = KnowledgeBase.from_text(
        "Laptop probe\n\n"
        "The department bought 62,000 laptops at a unit cost of P40,322 under a P2.5-billion contract.\n\n"
        "The employee filed his P45 form with 3 colleagues.\n"
    )
    assert kb.answer("How much did each laptop cost?").citations[0].line == 3
    assert answer_type("How much did the contract cost?").pattern.search("a P2.5-billion contract")
    assert not answer_type("How much did the form cost?").pattern.search("his P45 form")


@pytest.mark.parametrize(
    "sum_written", ["R640 million", "R2 800", "R450 000", "Sh1.2 billion", "RM3,500", "ZAR 120", "KES 4,000"]
)
def test_a_currency_written_in_letters_before_the_sum_answers_how_much(sum_written: str) -> None:
    assert answer_type("How much does the metro owe?").pattern.search(f"the metro owes us {sum_written}, it said")


def test_a_road_numbered_like_a_rand_sum_is_no_sum() -> None:
    assert not answer_type("How much did it cost?").pattern.search("the crash closed the R41 for an hour")


def test_how_much_a_utility_is_owed_in_rand_is_answered() -> None:
    kb = KnowledgeBase.from_text(
        "Water outage\n\nThe utility says the pipe failed on Thursday.\n\n"
        "Abrahams was blunt: the utility has a maintenance backlog, and the metro owes it R640 million.\n"
    )
    assert kb.answer("how much does the metro owe the utility").citations[0].line == 5


def test_a_head_count_is_no_measure_year_date_or_footnote_but_a_count_of_a_measure_is_asked_for() -> None:
    kb = KnowledgeBase.from_text(
        "River town\n\n"
        "The river has flooded the lower town many times, worst of all in March 1888, when the water rose 6.2 metres "
        "above its usual level.[30]\n\n"
        "The flood of 1926 was lower, cutting a 17-kilometre channel on 25 July.\n\n"
        "The 1952 flood drowned 14 people in the lower town.\n\n"
        "Barges carried 611,000 tonnes of grain through the town in 1868.\n"
    )
    assert kb.answer("How many people died in the flood of 1888?").abstained
    assert kb.answer("How many people were killed in the flood of 1926?").abstained
    assert kb.answer("How many people died in the 1952 flood?").citations[0].line == 7
    assert kb.answer("How many tonnes did the barges carry in 1868?").citations[0].line == 9


def test_the_name_of_a_thing_is_answered_by_a_name_not_by_the_thing_unnamed() -> None:
    kb = KnowledgeBase.from_text(
        "River treaty\n\n"
        "In 1894 a gunboat, the Hjalmar, fired on a dredger working in the channel, killing seven boatmen.\n\n"
        "Her first major monograph, on deep-sea crustaceans, appeared in 1958.\n\n"
        "Her popular book The Lantern Sea (1967) was translated into nine languages.\n"
    )
    assert kb.answer("What was the name of the gunboat that fired on the dredger?").citations[0].line == 3
    assert kb.answer("What was the name of the dredger that the Hjalmar fired on?").abstained
    assert kb.answer("What was the title of her first major monograph?").abstained
    assert kb.answer("what was the name of her popular book").citations[0].line == 7


def test_a_name_may_be_capitalised_words_before_the_thing_in_lower_case() -> None:
    kb = KnowledgeBase.from_text(
        "Traders strike\n\nMore than 41,000 shopkeepers have registered on the Dukaan Registry app since June.\n\n"
        "The board also runs a helpline for traders.\n"
    )
    assert kb.answer("What is the name of the app the shopkeepers registered on?").citations[0].line == 3
    assert kb.answer("What is the name of the board's helpline?").abstained


def test_a_country_typed_in_lower_case_is_a_name_the_article_must_have() -> None:
    kb = KnowledgeBase.from_text(
        "Trial results\n\nThe trial enrolled patients at 212 sites in 19 countries between March and October.\n"
    )
    answer = kb.answer("how many sites in canada")
    assert answer.abstained
    assert answer.intro == "The article doesn't mention canada."
    assert not kb.answer("how many sites did the trial have").abstained


def test_how_many_live_somewhere_is_answered_by_the_size_of_the_place() -> None:
    kb = KnowledgeBase.from_text(
        "Smoke over Kessling\n\n"
        "Smoke from more than 200 fires has pushed air quality into the unhealthy range for a fourth day.\n\n"
        "Our reporter spent the day in Kessling, a city of about 140,000 where the readings have been among the "
        "worst in the country.\n\n"
        "Nine children have been admitted to the hospital since Monday.\n"
    )
    answer = kb.answer("How many people live in Kessling?")
    assert not answer.abstained
    assert answer.citations[0].line == 5
    assert kb.answer("How many people live in Harlow?").abstained


def test_a_date_the_article_never_writes_is_not_mentioned_though_its_words_are() -> None:
    kb = KnowledgeBase.from_text(
        "Hit-and-run\n\n"
        "Phone records placed the phone on Larchmont Avenue at 5:46 a.m., and a search warrant executed "
        "March 6 turned up the pickup.\n\n"
        "Police released still images from the video Feb. 24.\n"
    )
    answer = kb.answer("What happened on March 5?")
    assert answer.abstained
    assert "March 5" in answer.intro
    assert kb.answer("What happened on March 6?").citations[0].line == 3
    assert kb.answer("What did police release on February 24?").citations[0].line == 5
    assert dates_unwritten(["March 5", "February 24", "Larchmont"], "on Feb. 24th, 5 March at 3:05") == []


def test_the_company_may_be_the_named_subject_of_a_question() -> None:
    """ "How many stores will Pellworth close?": "The company will close 64 of its 412 stores" is Pellworth's
    second reference, not another subject; "The board spent" still answers no question about the union."""
    assert swapped_subject("How many stores will Pellworth close?", "The company will close 64 of its stores.") is None
    assert swapped_subject("How many hospitals does Brightwater run?", "The nonprofit chain runs 14 hospitals.") is None
    assert swapped_subject("How much did the nurses' union spend?", "The board spent £21.7m on staff.")
    assert swapped_subject("How much did Harwick spend?", "Eastmoor spent £2m on the ground.")


def test_who_did_it_to_someone_the_passage_has_doing_it_is_a_near_miss() -> None:
    """ "Who replaced the Normans?": the Normans did the replacing; "a committee headed by" and "quoted X as
    saying in an interview" are no such sentences."""
    passage = "The invading Normans and their descendants replaced the Anglo-Saxons as the ruling class of England."
    assert swapped_roles("Who replaced the Normans as the ruling class?", passage) == "Normans"
    assert swapped_roles("Who replaced the Anglo-Saxons?", passage) is None
    assert swapped_roles("Who defeated the Danes?", "The Danes were defeated by Harold at Stamford Bridge.") is None
    assert swapped_roles("Who heads the Fare Committee?", "A Fare Committee headed by Justice Rao reported.") is None


@pytest.mark.parametrize(
    ("entity", "text", "present"),
    [
        ("1100s", "in the early 11th century the dukes began a programme of reform", False),
        ("1100s", "Normandy experienced a golden age in the 12th century", True),
        ("1100s", "the abbey was founded in 1130", True),
        ("1990s", "the plant opened in 1994", True),
        ("1990s", "the plant opened in 2004", False),
    ],
)
def test_a_decade_or_the_hundreds_are_held_by_a_year_of_them(entity: str, text: str, present: bool) -> None:
    assert question_entities(f"What happened in the {entity}?") == (entity,)
    assert (missing_from([entity], set(tokenize(text))) == []) is present


def test_a_verb_is_held_by_its_noun_in_sion() -> None:
    kb = KnowledgeBase.from_text(
        "Normans\n\n"
        "The Normans had a profound effect on Irish culture and history after their invasion at Bannow Bay in "
        "1169.\n\n"
        "The Normans were famed for their martial spirit, and invaded England in 1066.\n"
    )
    assert kb.answer("In what year did the Normans invade at Bannow Bay?").citations[0].line == 3


def test_located_is_a_frame_word() -> None:
    kb = KnowledgeBase.from_text(
        "Normans\n\n"
        "The Normans gave their name to Normandy, a region in France.\n\n"
        "They were famed for their martial spirit and their piety.\n\n"
        "Their duchy was a great fief of medieval France.\n"
    )
    assert kb.answer("Where is Normandy located?").citations[0].line == 3


@pytest.mark.parametrize(
    ("question", "terms"),
    [
        ("what day of the week did the talks open", ["talk", "open"]),
        ("at what time of day did the quake strike", ["quak", "strike"]),
        ("what day did the week-long talks open", ["week", "long", "talk", "open"]),  # a week that is a topic
    ],
)
def test_the_calendar_unit_a_when_question_names_is_its_shape_not_a_topic(question: str, terms: list[str]) -> None:
    assert search_terms(question) == terms


@pytest.mark.parametrize(
    ("question", "passage", "moved"),
    [
        (
            "Who was famed for their Christian spirit?",
            "The Normans were famed for their martial spirit and eventually for their Christian piety.",
            "Christian spirit",
        ),
        (
            "Who was the first Byzantine mercenary to serve with the Normans?",
            "The first Norman mercenary to serve as a Byzantine general was Hervé in the 1050s.",
            "Byzantine mercenary",
        ),
        ("Who was famed for their Christian piety?", "They were famed for their Christian piety.", None),
        # the minister is the Polish one though the agency is named so too
        (
            "Which news agency quoted the Polish minister?",
            "The minister was quoted by the Polish news agency PAP.",
            None,
        ),
        ("When did Oyelaran announce his bid?", "Oyelaran made the announcement in a Haitian restaurant.", None),
    ],
)
def test_an_adjective_moved_to_another_noun_is_found(question: str, passage: str, moved: str | None) -> None:
    assert moved_modifier(question, passage) == moved


def test_a_road_and_a_bearing_from_a_town_are_places() -> None:
    kb = KnowledgeBase.from_text(
        "Bus crash\n\n"
        "The crash happened at about 7:42 a.m. on northbound Highway 38, roughly 2 miles south of Millbrook, "
        "according to the patrol.\n\n"
        "Greg Haldane, whose daughter broke her collarbone in the crash, told the Courier he had raised concerns "
        "at a school board meeting.\n"
    )
    assert kb.answer("Where did the crash happen?").citations[0].line == 3


@pytest.mark.parametrize(
    ("question", "passage", "other"),
    [
        ("What is the insured value in Turkish lira?", "The pieces are insured for 4.6 million euros.", "Turkish lira"),
        ("How much is it in dollars?", "It costs Dh3.1 billion ($844 million).", None),
        ("How much is it in euros?", "It costs €5 million.", None),
        ("How much is it worth?", "It costs €5 million.", None),
    ],
)
def test_a_sum_asked_in_a_currency_the_passage_does_not_give(question: str, passage: str, other: str | None) -> None:
    assert other_currency(question, passage) == other


def test_a_name_typed_without_its_accents_is_the_articles_name() -> None:
    kb = KnowledgeBase.from_text(
        "Normans\n\nThe first Norman mercenary to serve as a Byzantine general was Hervé in the 1050s.\n"
    )
    assert kb.answer("When did Herve serve as a Byzantine general?").citations[0].line == 3


def test_an_outlet_is_named_by_what_it_did_and_a_bare_agency_is_a_governments() -> None:
    kb = KnowledgeBase.from_text(
        "Water row\n\n"
        "The Federal Water Commission reviewed the utility's plan in March.\n\n"
        "El Universal reported the minister as saying the industry would not be blamed.\n\n"
        "The study was published on Wednesday in Nature, a weekly science title.\n"
    )
    assert kb.answer("Which newspaper reported the minister's remark?").citations[0].line == 5
    assert kb.answer("Which journal published the study?").citations[0].line == 7
    assert kb.answer("Which agency reviewed the plan?").citations[0].line == 3  # not a news agency
    assert kb.answer("Which news agency reviewed the plan?").abstained


def test_a_length_of_time_may_be_followed_by_what_it_came_before() -> None:
    kb = KnowledgeBase.from_text(
        "School fees\n\n"
        "The ministry consulted parents for eight months before settling on the figures.\n\n"
        "Water first entered the network at 6am on Sunday, two days before the ceremony.\n\n"
        "Thirteen days earlier, the minister had visited the site.\n"
    )
    assert kb.answer("How long did the ministry consult before settling on the figures?").citations[0].line == 3
    assert kb.answer("How long before the ceremony did water first flow into the network?").citations[0].line == 5
    assert kb.answer("How long did the minister visit the site?").abstained  # a point in time, no length


def test_how_many_turned_up_counts_people_and_a_gun_may_be_a_firearm() -> None:
    assert asked_unit("how many turned up at the rally") is None
    assert asked_unit("how many died in the flood") is not None  # a count of the dead, not of anything
    kb = KnowledgeBase.from_text(
        "Port security\n\n"
        "Police seized 812 illegal firearms last year, the minister said.\n\n"
        "The rally outside parliament on Tuesday was the largest this year: around 600 people turned up.\n"
    )
    assert kb.answer("how many illegal guns did the police seize last year").citations[0].line == 3
    assert kb.answer("how many turned up at the rally").citations[0].line == 5


def test_a_sum_in_a_currency_code_answers_how_much_in_that_currency() -> None:
    kb = KnowledgeBase.from_text(
        "Metro opens\n\n"
        "The line was approved in 2010 at an estimated cost of VND26.1 trillion and opened on Sunday.\n\n"
        "The desalination plant cost NIS 2.4 billion ($650 million) to build.\n"
    )
    assert kb.answer("how much did the project cost in dong").citations[0].line == 3  # "an estimated cost": a noun
    assert kb.answer("How much did the plant cost in shekels?").citations[0].line == 5
    assert kb.answer("How much did the plant cost in baht?").abstained


def test_a_subject_before_a_modal_verb_is_the_verbs_subject() -> None:
    passage = "The association estimates the change could cost the hotel sector up to 28 billion baht."
    assert swapped_subject("How much does the extension cost?", passage) == "extension"
    assert swapped_subject("How much did the project cost?", "It came in at an estimated cost of $2bn.") is None


def test_a_number_in_a_name_is_not_held_by_a_decimal() -> None:
    kb = KnowledgeBase.from_text(
        "Metro opens\n\n"
        "Metro Line 2 opened on Sunday.\n\n"
        "The line was approved in 2010 and its budget was revised to VND47.9 trillion ($1.82 billion).\n"
    )
    assert kb.answer("How much did Line 1 cost to build?").abstained


def test_a_country_of_a_headline_naming_two_must_be_in_the_answer() -> None:
    kb = KnowledgeBase.from_text(
        "Haze from Riau fires drifts to Malaysia, Singapore\n\n"
        "Riau's governor ordered 1,140 schools to close from Monday.\n\n"
        "Across the border, Malaysia's Department of Environment reported unhealthy readings in Kuching. Sarawak's"
        " education department closed 409 schools in the Kuching and Samarahan divisions.\n\n"
        "Singapore's air quality stayed in the moderate range on Monday.\n"
    )
    assert kb.answer("How many schools were closed in Singapore?").abstained
    assert kb.answer("How many schools were closed in Riau?").citations[0].line == 3


def test_a_pronoun_opening_a_quote_is_no_other_subject_of_the_question_s_verb() -> None:
    """ "We have slept …" in Agnes Mwale's quote does not give "slept" a subject other than her."""
    passage = "We have slept on this veranda for three nights, said Agnes Mwale, a widow from Chisoti village."
    assert swapped_subject("how long had Agnes Mwale slept on the veranda", passage) is None
    assert swapped_subject("how long had Agnes Mwale slept on the veranda", "Chikondi Banda slept there.") is not None


@pytest.mark.parametrize(
    ("passage", "question"),
    [
        (
            "Jabbour, speaking to the Sawt al-Madina radio station on Wednesday, said the Gathering was ready to meet.",
            "what radio station did Jabbour speak to",
        ),
        (
            "Þorbjörn Kárason, a professor of geophysics, told mbl.is that magma had been accumulating.",
            "what outlet did Þorbjörn Kárason talk to",
        ),
    ],
    ids=["particle-in-a-station-name", "a-web-address"],
)
def test_an_outlet_named_in_its_own_spelling_answers_which_outlet(passage: str, question: str) -> None:
    kb = KnowledgeBase.from_text("Generators\n\n" + passage + "\n")
    answer = kb.answer(question)
    assert not answer.abstained
    assert answer.sections[0].citations[0].line == 3


def test_the_result_of_a_vote_is_its_tally_not_a_sentence_about_the_result() -> None:
    kb = KnowledgeBase.from_text(
        "Vacant homes levy\n\n"
        "The Minister for Housing said a new annual levy on vacant homes will bring empty properties back into use,"
        " after the bill passed second stage in the Dáil this evening by 79 votes to 63.\n\n"
        "The levy will be charged at three times the property tax rate.\n\n"
        "As the result was announced shortly before 8.40pm, a man in the public gallery shouted before being escorted"
        " out.\n\n"
        "Opposition TDs said the levy would punish elderly people in rural areas.\n"
    )
    answer = kb.answer("What was the result of the vote?")
    assert [c.line for c in answer.sections[0].citations][:1] == [3]


def test_a_time_word_is_no_topic_the_article_shares_with_an_unanswerable_question() -> None:
    kb = KnowledgeBase.from_text(
        "Fuel queues\n\n"
        "Motorists in Port Sudan are spending up to 30 hours in queues after rationing began this week.\n\n"
        "Private cars are limited to 20 litres of petrol every three days.\n\n"
        "Buses may fill up daily, the state energy office said.\n\n"
        "A tanker carrying diesel is anchored offshore awaiting payment.\n\n"
        "Traders said prices on the parallel market had tripled.\n"
    )
    assert kb.answer("What is the weather forecast for Port Sudan this week?").abstained
    assert kb.answer("How long are the queues in Port Sudan this week?").citations[0].line == 3


def test_a_name_in_another_form_shares_its_stem_not_just_its_first_letters() -> None:
    """ "Norwegian" is Norway's and "Marbeckian" Marbeck's; "Constitutional" is no "consumer"."""
    vocabulary = set(tokenize("Norway Marbeck consumer rights, the Administrative Court"))
    assert missing_from(["Norwegian", "Marbeckian", "Court"], vocabulary) == []
    assert missing_from(["Constitutional"], vocabulary) == ["Constitutional"]


def test_an_ordinal_period_is_a_duration() -> None:
    """'How long has the drought lasted?': "the basin is in its 23rd year of drought"."""
    kb = KnowledgeBase.from_text(
        "Basin talks stall\n\n"
        "The drought has emptied Lake Corvina, the growers' association said.\n\n"
        "The basin is in its 23rd year of drought, and the reservoir stood at 24% on Monday.\n"
    )
    answer = kb.answer("How long has the drought lasted?")
    assert [c.line for c in answer.citations][:1] == [5]


def test_a_noun_after_a_superlative_is_not_the_question_s_verb() -> None:
    """ "did the king tide peak": "The highest tide … peaked" gives "tide" no other subject."""
    passage = "The highest tide of the week, measured at 6.9 feet, peaked at 4:52pm on Monday, February 24."
    assert swapped_subject("What time did the king tide peak on Monday?", passage) is None


def test_someone_who_has_lived_somewhere_lives_there() -> None:
    """ "Where does Farrington live?": "… who has lived on Orchid Lane in Palmetto Gardens for 31 years"."""
    kb = KnowledgeBase.from_text(
        "Smoke over George Town\n\n"
        "“I have had asthma since I was a boy,” said Winston Farrington.\n\n"
        "For Winston Farrington, a 67-year-old retired customs officer who has lived on Orchid Lane in Palmetto "
        "Gardens for 31 years, the smoke has meant staying inside.\n"
    )
    assert [c.line for c in kb.answer("Where does Winston Farrington live?").citations][:1] == [5]


@pytest.mark.parametrize("question", ["How much money is Lojkar asking for?", "how much $ does lojkar want"])
def test_asking_for_or_wanting_a_sum_is_seeking_it(question: str) -> None:
    """A reader's "asking for" or "want" is the article's "seeking"."""
    kb = KnowledgeBase.from_text(
        "Tides flood Majuro\n\n"
        "Senator Tommy Lojkar walked the flooded road on Tuesday with the mayor and two engineers.\n\n"
        "Lojkar, 58, said he would table a resolution on Monday seeking a $350,000 supplemental appropriation.\n"
    )
    assert [c.line for c in kb.answer(question).citations][:1] == [5]


def test_who_heads_a_body_named_in_one_sentence_is_read_on_into_the_next() -> None:
    """ "Who chairs the coalition?": the sentence about the coalition names no one (its capitals are the body's),
    so the next one, which names its chairwoman, is cited with it."""
    kb = KnowledgeBase.from_text(
        "Landfill fire smoulders\n\n"
        "The Cayman Clean Air Coalition, a residents’ group formed after the 2019 fire, said it would hold a public "
        "meeting on Thursday. The group’s chairwoman, Janelle Forbes-Watson, has written to the Ombudsman.\n"
    )
    answer = kb.answer("Who chairs the Cayman Clean Air Coalition?")
    assert "Janelle Forbes-Watson" in " ".join(c.text for c in answer.citations)


def test_how_much_of_a_thing_is_an_amount_measured_and_how_much_a_levy_is_a_sum() -> None:
    assert answer_type("How much diesel does the dredger burn a day?").name == "amount"
    assert answer_type("how much hay did the government send").name == "amount"
    assert answer_type("how much is the levy").name == "money"
    assert answer_type("how much did Trinh get from the reward").name == "money"
    kb = KnowledgeBase.from_text(
        "Dredger idle\n\n"
        "The manager, Rui Tembe, said the dredger burns about 9,000 litres of diesel a day.\n\n"
        "The port levy is charged on every container.\n"
    )
    assert "9,000 litres" in kb.answer("How much diesel does the dredger burn a day?").citations[0].text


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("How much will a monthly pass cost?", "A monthly unlimited pass will cost 1,100 soms instead of 900."),
        ("how much is a pirogue crossing", "Pirogue operators charge D150 a crossing, up from D100."),
        ("how much did the rebuild cost", "The rebuild cost MVR 25 million, the ministry said."),
    ],
)
def test_sums_in_soms_dalasis_and_rufiyaa_are_money(question: str, sentence: str) -> None:
    kb = KnowledgeBase.from_text(f"Fares\n\n{sentence}\n\nThe minister said passengers would be consulted.\n")
    assert kb.answer(question).citations[0].line == 3


def test_a_number_after_a_name_is_part_of_it_not_a_second_thing_the_question_names() -> None:
    kb = KnowledgeBase.from_text(
        "Mine closes\n\n"
        "Store Norske announced that Gruve 7, the last Norwegian coal mine on Svalbard, will close on Friday.\n\n"
        "The closure ends a century of coal mining in the town, and the state-owned company will cut 60 jobs.\n\n"
        "The Governor has given Store Norske until March to submit a plan to seal Gruve 7.\n\n"
        "Gruve 7 has operated since 1966.\n\n"
        "A tour company operates boat trips from the harbour, and another company operates the airport bus.\n\n"
        "The power company operates a diesel plant, and the company said it would hire staff.\n"
    )
    answer = kb.answer("Which company operates Gruve 7?")
    assert "Store Norske" in answer.citations[0].text

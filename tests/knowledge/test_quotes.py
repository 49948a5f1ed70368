"""Quote extraction and attribution, on the shipped article and other layouts."""

from __future__ import annotations

from knowledge import KnowledgeBase


def _table(kb: KnowledgeBase) -> list[tuple[int, str | None, str]]:
    return [(q.sentence.line, q.speaker, q.text[:30]) for q in kb.quotes]


def test_every_quote_of_the_shipped_article_and_its_speaker(kb: KnowledgeBase) -> None:
    assert _table(kb) == [
        (9, "Xi Jinping", "partners rather than rivals"),  # "The Chinese premier told the top US diplomat"
        (13, "Xi Jinping", "There are still a number of is"),  # "Jinping said"
        (15, "Xi Jinping", "I proposed three major princip"),  # "the Chinese leader added"
        (19, "Xi Jinping", "When this fundamental problem "),  # "he added"
        (21, None, "extensive and constructive"),  # no speech verb: never guessed
        (25, "Antony Blinken", "I hope we make some progress o"),  # "he said" after "Blinken expressed"
        (27, "Antony Blinken", "The two countries should be as"),
        (31, "Wang Yi", "Overall, the China-US relation"),  # "Wang told Blinken": Wang speaks
        (33, "Wang Yi", "But at the same time, the nega"),  # "he added" follows the speaker, not the listener
    ]


def test_reported_speech_is_attributed(kb: KnowledgeBase) -> None:
    assert [(s.sentence.line, s.speaker) for s in kb.statements] == [
        (11, "Xi Jinping"),
        (17, "Xi Jinping"),
        (23, "Antony Blinken"),
    ]


def test_straight_quotes_said_colon_and_according_to(harbour_kb: KnowledgeBase) -> None:
    assert _table(harbour_kb) == [
        (7, "Elena Ruiz", "This bridge will connect famil"),
        (11, "Tom Becker", "We are spending money we do no"),
        (13, "Priya Nair", "will pay for itself within twe"),  # according to Priya Nair
        (17, "Elena Ruiz", "Nobody on the east bank will l"),  # previous paragraph: "Ruiz said:"
        (19, "Grace Okafor", "Our homes will be in the shado"),  # said Grace Okafor
    ]


def test_pronoun_follows_the_sentence_before_and_unnamed_speakers_keep_their_description(
    drought_kb: KnowledgeBase,
) -> None:
    assert _table(drought_kb) == [
        (10, "Joseph Mwangi", "We cannot keep planting what t"),
        (15, "Ruth Kamau", "No family should lose its land"),  # "she added" after "Ruth Kamau told"
        (23, "a spokesperson for the authority", "Rationing may be unavoidable"),
    ]
    assert drought_kb.quotes[0].sentence.end_line == 12  # a quote spanning two sentences


def test_quoted_flag_matches_attribution(drought_kb: KnowledgeBase) -> None:
    quoted = {p.name for p in drought_kb.cast.people if p.quoted}
    assert quoted == {"Joseph Mwangi", "Ruth Kamau", "a spokesperson for the authority"}
    unnamed = drought_kb.cast.get("a spokesperson for the authority")
    assert unnamed is not None
    assert not unnamed.named


def test_titles_organisations_and_shared_title_runs(channel_kb: KnowledgeBase) -> None:
    roles = {p.name: p.role for p in channel_kb.cast.people if p.named}
    assert roles == {  # "Home Office said" is an organisation, not a person called Office
        "Keir Starmer": "Prime Minister",
        "Emmanuel Macron": "French President",  # not "Prime Minister Keir Starmer and French President"
        "Kemi Badenoch": "Opposition leader",
    }
    assert _table(channel_kb) == [
        (7, None, "one in, one out"),
        (9, "Keir Starmer", "a first step"),  # "Mr. Starmer said": the title's dot ends nothing
        (11, "Emmanuel Macron", "We have a shared responsibilit"),
        (15, "Kemi Badenoch", "This is a gimmick that will no"),
        (19, "a government source", "It is the right thing to do"),  # unnamed, as the article calls them
    ]
    # Reported speech, but not the quote's own sentence a second time.
    # An organisation speaks when the article says so ("The Home Office said in a statement").
    assert [(s.sentence.line, s.speaker) for s in channel_kb.statements] == [
        (11, "Emmanuel Macron"),
        (13, "the Home Office"),
        (15, "Kemi Badenoch"),
    ]


SINGLE_MARKS = """Council votes to close pool

Yarrabee Shire Council voted 7-2 on Tuesday night to close the War Memorial Pool.

'I learned to swim in that pool. Nobody in this room wanted to be sitting here tonight,' Cr Deborah Fitzsimmons said.

'But the engineers told us the pool is "beyond economic repair". I won't pretend otherwise.'

'The river's not safe for little ones'

Head lifeguard Siobhan O'Brien told the ABC she was 'gutted but not surprised'.

'A little fella asked me where he would learn to swim now. The river's not safe for little ones,' she said.

Ms O'Brien warned that the pool was 52 km away, and said the councillors' vote hurt families 'who can't just drive'.
"""


def test_an_article_that_quotes_in_single_marks() -> None:
    kb = KnowledgeBase.from_text(SINGLE_MARKS)
    assert _table(kb) == [
        (5, "Deborah Fitzsimmons", "I learned to swim in that pool"),
        (7, "Deborah Fitzsimmons", "But the engineers told us the "),
        (9, "Siobhan O'Brien", "The river's not safe for littl"),  # a subheading repeating her words
        (11, "Siobhan O'Brien", "gutted but not surprised"),
        (13, "Siobhan O'Brien", "A little fella asked me where "),
        (15, "Siobhan O'Brien", "who can't just drive"),  # ", and said …": still her
    ]
    assert [c.line for c in kb.answer("What did Cr Fitzsimmons say?").citations] == [5, 7]


def test_double_marks_inside_single_ones_are_nested() -> None:
    kb = KnowledgeBase.from_text(SINGLE_MARKS)
    assert [q.text for q in kb.quotes if q.sentence.line == 7] == [
        'But the engineers told us the pool is "beyond economic repair". I won\'t pretend otherwise.'
    ]


def test_a_chanted_slogan_and_a_quoted_modifier_of_a_noun_are_terms_not_statements() -> None:
    kb = KnowledgeBase.from_text(
        "Budget walkout\n\n"
        "“You have turned this House into a rubber stamp,” Mr Khattak shouted as MNAs walked out, some of them "
        "chanting “ghareeb maar budget” (a budget that kills the poor).\n\n"
        "Traders announced a countrywide “shutter-down” strike for Saturday, and the minister said he would "
        "examine the scheme “line by line” before deciding.\n"
    )
    statements = {q.text: q.rule for q in kb.quotes}
    assert statements["ghareeb maar budget"] == "term"
    assert statements["shutter-down"] == "term"
    assert statements["line by line"] != "term"


def test_an_owner_s_named_thing_a_nickname_and_a_sign_s_words_are_terms_not_statements() -> None:
    """'the union’s “red line”', 'known along the line as “wagon parking”', 'signs that read “Rent Is Due.”' name
    things; a speaker's words in the same sentences stay statements."""
    kb = KnowledgeBase.from_text(
        "Strike talks\n\n"
        "The board postponed the raise until September, which has been the union’s “red line” since the strike "
        "began, and rented tankers for “red zone” districts.\n\n"
        "Loaded wagons wait for days, a practice known along the line as “wagon parking.” Protesters held signs "
        "that read “Rent Is Due.”\n\n"
        "The minister said the budget was “not negotiable” and the governor's “classroom investment.” was cut.\n"
    )
    statements = {q.text: q.rule for q in kb.quotes}
    assert statements["red line"] == "term"
    assert statements["red zone"] == "term"
    assert statements["wagon parking."] == "term"
    assert statements["Rent Is Due."] == "term"
    assert statements["classroom investment."] == "term"
    assert statements["not negotiable"] != "term"


def test_a_bare_noun_phrase_quoted_after_a_preposition_names_a_thing_not_words_of_the_speaker() -> None:
    """ "bought on “logbook loans”" is a term inside Kavuma's reported speech; "of “quietly stripping”" and
    "into “tourists with lanyards”" are a speaker's words."""
    kb = KnowledgeBase.from_text(
        "Boda boda ban\n\n"
        "KCCA Executive Director Sarah Kavuma said many of the motorcycles were bought on “logbook loans”.\n\n"
        "Senator Chinyere Obiorah accused the committee of “quietly stripping” the allocation.\n\n"
        "Observer Anna Lind said the rules had turned observers into “tourists with lanyards”.\n"
    )
    rules = {q.text: q.rule for q in kb.quotes}
    assert rules["logbook loans"] == "term"
    assert rules["quietly stripping"] != "term"
    assert rules["tourists with lanyards"] != "term"


def test_a_short_quote_in_what_someone_is_reported_saying_is_theirs() -> None:
    kb = KnowledgeBase.from_text(
        "Quake\n\n"
        "Chief Cabinet Secretary Ogasawara Ryuhei said Monday the government would mount an “all-out response” "
        "after the earthquake.\n\n"
        "Mr Ancapi summoned heads of delegation that night to what his office called a “family meeting” in the "
        "presidency suite.\n\n"
        "A spokeswoman for Roofline warned that the “grey belt” provisions risked creating estates with no buses.\n\n"
        "A spokesperson for the Ministry of Agriculture, who asked not to be named, said the ministry “fully "
        "supports” the directive.\n"
    )
    speakers = {q.text: q.speaker for q in kb.quotes}
    assert speakers["all-out response"] == "Ogasawara Ryuhei"
    assert speakers["family meeting"] is None  # a name given to a thing
    assert speakers["grey belt"] is None  # a quoted modifier of a noun
    assert speakers["fully supports"] == "a spokesperson for the Ministry of Agriculture"  # a verb, its object after

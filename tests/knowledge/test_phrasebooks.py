"""Questions in other languages and dialects (knowledge/phrasebooks/), read as English and answered."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from knowledge import SHIPPED_ARTICLE, Answer, Intent, KnowledgeBase, phrasebooks, render_plain
from knowledge.intent import clean_question, parse_question
from knowledge.phrasebooks.south_asian import _devanagari_latin

_ROOT = Path(__file__).parents[2]


def _lines(answer: Answer) -> list[int]:
    return [c.line for c in answer.citations]


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        ("ano sabi ni batungbakal", "what did batungbakal say"),
        ("ano sabi ng minority senator", "what did the minority senator say"),
        ("sino supplier ng laptops", "who supplier ng laptops"),
        ("magkano yung contract", "how much is the contract"),
        ("ilang laptops sira", "how many laptops sira"),
        ("san ginanap hearing", "where ginanap hearing"),
        ("San Jose is where?", "San Jose is where"),  # a place, not "saan"
        ("ano-ano mga sinabi ni Xi? yung mismong quotes niya", "what did Xi say"),
        ("ano sinabi ni Xi about Taiwan?", "what did Xi say about Taiwan"),
        ("anong araw nag-meet sila Xi at Blinken?", "what day meet Xi at Blinken"),
        ("na-mention ba yung South China Sea or wala?", "was South China Sea mentioned"),
    ],
)
def test_taglish_question_words_are_read_as_english_ones(question: str, understood: str) -> None:
    assert clean_question(question) == understood


def test_a_taglish_question_is_answered() -> None:
    kb = KnowledgeBase.from_text(
        'Laptop probe\n\n"This is not a rounding error," Sen. Aurelio Batungbakal said in his opening statement.\n'
    )
    assert [c.line for c in kb.answer("ano sabi ni batungbakal").citations] == [3]


@pytest.mark.parametrize(
    ("question", "speaker", "line"),
    [
        ("Xi Jinping ne Blinken se kya kaha, thoda detail mein batao", "Xi Jinping", 9),
        ("Wang Yi sahab ne rishton ke baare mein kya kaha?", "Wang Yi", 31),
        ("kisne kaha ki misunderstandings aur miscalculations se bachna zaroori hai?", "Antony Blinken", 27),
        # Spanish, French, German and Portuguese
        ("¿Qué dijo Wang Yi?", "Wang Yi", 31),
        ("¿Y qué dijo Blinken sobre los presidentes?", "Antony Blinken", 25),
        ("Qu'a dit Xi Jinping à Blinken ?", "Xi Jinping", 9),
        ("Was sagte Wang Yi?", "Wang Yi", 31),
        ("O que disse Blinken?", "Antony Blinken", 25),
        ("Quién dijo que the negative factors are still increasing?", "Wang Yi", 33),
    ],
)
def test_what_someone_said_asked_in_another_language(kb: KnowledgeBase, question: str, speaker: str, line: int) -> None:
    """Hindi or Urdu typed in Latin letters, and Spanish, French, German or Portuguese speaker questions."""
    answer = kb.answer(question)
    assert answer.sections[0].heading is not None
    assert answer.sections[0].heading.startswith(speaker)
    assert answer.citations[0].line == line


@pytest.mark.parametrize(
    ("question", "intent", "who"),
    [
        ("qué dijo el gobernador lucero", Intent.SPEAKER, "the governor lucero"),
        ("wer ist kolodziej", Intent.WHO_IS, "kolodziej"),
        ("bae soojung 뭐라고 했어", Intent.SPEAKER, "bae soojung"),
        ("王毅说了什么", Intent.SPEAKER, "王毅"),
        ("did the presidental office say anythin", Intent.SPEAKER, "the presidental office"),
        ("wh spox said what", Intent.SPEAKER, "wh spokesperson"),
    ],
)
def test_other_languages_and_typing_shortcuts_ask_the_same_question(question: str, intent: Intent, who: str) -> None:
    query = parse_question(question)
    assert (query.intent, query.who) == (intent, who)


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        ("Xi alisema nini kuhusu Taiwan?", "what did Xi say about Taiwan"),
        ("kiongozi wa China alisema nini?", "what did China's leader say"),
        ("waziri wa mambo ya nje wa China alisema nini?", "what did China's foreign minister say"),
        ("Foreign Minister wa China ni nani kwa hii story?", "who is China's foreign minister"),
        ("nani alisema kwamba nchi hizi mbili ni partners?", "who said nchi hizi mbili ni partners"),
        ("Taiwan ilitajwa kwa article ama?", "was Taiwan mentioned"),
        ("Blinken alikutana na nani?", "who did Blinken meet"),
    ],
)
def test_swahili_and_sheng_question_shapes_are_read_as_english_ones(question: str, understood: str) -> None:
    assert clean_question(question) == understood


def test_a_question_in_swahili_or_after_a_hedge_is_answered(kb: KnowledgeBase) -> None:
    assert render_plain(kb.answer("kiongozi wa China alisema nini?")).startswith("Xi Jinping")
    assert _lines(kb.answer("Forgive me if I get the title wrong, but what did Secretary of State Blinken say?"))[
        :2
    ] == [
        25,
        27,
    ]


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        ("Abeg, wetin Wang Yi yarn give Blinken?", "what did Wang Yi say"),
        ("Oga Blinken, wetin im talk sef?", "what did Blinken say"),
        ("na who talk say dem must be partners?", "who said they must be partners"),
        ("Xi Taiwan niye ki bolechhe?", "what did Xi say about Taiwan"),
        ("ke bolechhe je ekhono onek issue baki?", "who said ekhono onek issue baki"),
        ("human rights niye kono kotha achhe?", "was human rights mentioned"),
        ("Xi say what one ah? Give me his quotes lah", "Xi say what"),
        ("Ag, and which sea are they fighting about, nè?", "which sea are they fighting about"),
        ("State how many hours the talks lasted.", "how many hours the talks lasted"),
        ("Name the building where Xi received Blinken.", "where Xi received Blinken"),
        ("Quote China's Foreign Minister. Everything he said.", "what did China's Foreign Minister say"),
        ("Brief me on every quote from Blinken", "every quote from Blinken"),
        ("new opening yr??", "new opening year"),
        (
            "negative factors STILL increasing?!?! whose words are those....",
            "who said negative factors STILL increasing",
        ),
        (
            "who talk about must avoid miscalculation one ah, Wang or Blinken?",
            "who said must avoid miscalculation, Wang or Blinken",
        ),
    ],
)
def test_pidgin_bengali_particles_and_orders_are_read_as_english_questions(question: str, understood: str) -> None:
    assert clean_question(question) == understood


def test_a_question_in_pidgin_or_bengali_or_given_as_an_order_is_answered(kb: KnowledgeBase) -> None:
    assert _lines(kb.answer("Abeg, wetin Wang Yi yarn give Blinken?")) == [31, 33]
    assert _lines(kb.answer("Quote China's Foreign Minister. Everything he said.")) == [31, 33]
    assert _lines(kb.answer("Give me the byline.")) == [7]
    assert kb.answer("human rights niye kono kotha achhe?").abstained is False


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        ("What'd the fella talkin' with Blinken have to say?", "What did the fella talking with Blinken say"),
        ("Y'all got anything in there 'bout Russia?", "you got anything in there about Russia"),
        ("who said 'we will plant again'", "who said 'we will plant again'"),  # a quote's end, not a dropped g
        ("Who was it said there's room for more work 'tween 'em?", "who said there's room for more work between them"),
        (
            "What all was told by the gentleman who proposed the principles?",
            "what did the gentleman who proposed the principles say",
        ),
        ("Kindly tell what the Foreign Minister told to Mr. Blinken.", "what the Foreign Minister told Mr. Blinken"),
        ("For the record, what did Wang say?", "what did Wang say"),
        ("Which person, specifically, said it?", "Which person said it"),
        ("wah Xi seh bout Taiwan?", "what did Xi say about Taiwan"),
        ("a who seh dem fi be partners?", "who said they to be partners"),
        ("Xi dar mored Taiwan chi goft?", "what did Xi say about Taiwan"),
        ("oon maghame Chini chi goft?", "what did the Chinese official say"),
        ("Blinken ba ki molaghat kard?", "who did Blinken meet"),
        ("ti eipe o Xi gia tin Taiwan?", "what did Xi say about Taiwan"),
        ("poios eipe oti prepei na einai partners?", "who said should be partners"),
        ("poion synantise o Blinken?", "who did Blinken meet"),
        ("Whit did Xi say aboot Taiwan?", "what did Xi say about Taiwan"),
        (
            "Hoo mony principles did the Chinese heid-bummer come oot wi'?",
            "how many principles did the Chinese leader come out with",
        ),
        ("ma Xi amar al Taiwan?", "what did Xi say about Taiwan"),
        ("mi amar she-hem tzrichim lihyot partners?", "who said hem tzrichim lihyot partners"),
        ("im mi Blinken nifgash?", "who did Blinken meet"),
        ("kama zman ha-pgisha nimshecha?", "how long did the meeting last"),
        ("Kisa Xi di sou Taiwan?", "what did Xi say about Taiwan"),
        ("Kisa ofisyèl chinwa a te di Blinken?", "what did the Chinese official say to Blinken"),
        ("Ki moun Blinken te rankontre?", "who did Blinken meet"),
        ("Konbyen tan reyinyon an te dire?", "how long did the meeting last"),
        ("Kessé que Xi a dit su' Taiwan?", "what did Xi say about Taiwan"),
        ("Le Foreign Minister chinois, y'a dit quoi à Blinken?", "what did the Chinese Foreign Minister say"),
        ("Blinken a rencontré qui à Beijing?", "who did Blinken meet"),
        ("Le meeting a duré combien de temps?", "how long did the meeting last"),
        ("Who reckoned they should be mates?", "who said they should be mates"),
        ("What'd Xi reckon about Taiwan?", "What did Xi say about Taiwan"),
        ("which bloke reckons they should be mates", "who said they should be mates"),
    ],
)
def test_dropped_letters_spoken_forms_patois_persian_and_greek_are_read_as_english(
    question: str, understood: str
) -> None:
    assert clean_question(question) == understood


def test_a_question_in_patois_persian_greek_or_a_southern_drawl_is_answered(kb: KnowledgeBase) -> None:
    assert _lines(kb.answer("wah Wang Yi seh to Blinken?")) == [31, 33]
    assert _lines(kb.answer("ti eipe o Wang Yi?")) == [31, 33]
    assert _lines(kb.answer("Wang Yi chi goft?")) == [31, 33]
    assert _lines(kb.answer("What'd Wang Yi have to say?")) == [31, 33]
    assert _lines(kb.answer("Who was it that said the two sides should be partners?"))[:1] == [9]


def test_a_question_in_scots_hebrew_haitian_creole_or_quebec_french_is_answered(kb: KnowledgeBase) -> None:
    assert _lines(kb.answer("Whit did Wang Yi hae tae say tae Blinken?")) == [31, 33]
    assert _lines(kb.answer("ma Wang Yi amar, bdiyuk?")) == [31, 33]
    assert _lines(kb.answer("Kisa Wang Yi di?")) == [31, 33]
    assert _lines(kb.answer("Kessé que Wang Yi a dit?")) == [31, 33]
    assert kb.answer("Kisa Xi di sou Ayiti?").abstained  # a topic the article never names


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        ("Vad sa Xi om Taiwan?", "what did Xi say about Taiwan"),
        ("Vem träffade Blinken i Beijing?", "who did Blinken meet in Beijing"),
        ("Hur länge höll mötet på?", "how long did the meeting last"),
        ("Vem sa att de borde vara partners?", "who said they should be partners"),
        ("Vad sa den amerikanska utrikesministern?", "what did the American secretary of state say"),
        ("Vad sa Kinas utrikesminister till Blinken?", "what did China's foreign minister say to Blinken"),
        ("Vem är Wang Yi?", "who is Wang Yi"),
        ("Var hölls mötet?", "where was the meeting held"),
        ("Vem skrev artikeln?", "who wrote the article"),
        ("Beth ddwedodd Xi am Taiwan?", "what did Xi say about Taiwan"),
        ("Pwy wnaeth Blinken gyfarfod yn Beijing?", "who did Blinken meet in Beijing"),
        ("Pa mor hir oedd y cyfarfod?", "how long did the meeting last"),
        ("Pwy ddwedodd y dylen nhw fod yn partners?", "who said they should be partners"),
        ("Beth ddwedodd yr Arlywydd Xi am Taiwan?", "what did President Xi say about Taiwan"),
        ("Beth ddwedodd Gweinidog Tramor Tsieina wrth Blinken?", "what did China's foreign minister say to Blinken"),
        ("Dwed wrtha i am Taiwan", "tell me about Taiwan"),
        ("Faint o egwyddorion wnaeth Xi gynnig?", "how many principles did Xi propose"),
        ("Ble oedd y cyfarfod?", "where was the meeting"),
        ("Kini Xi so nipa Taiwan?", "what did Xi say about Taiwan"),
        ("Kí ni Ààrẹ Xi sọ nípa Taiwan?", "what did President Xi say about Taiwan"),
        ("Ta ni Blinken meet for Beijing?", "who did Blinken meet in Beijing"),
        ("How long ni meeting yen take?", "how long did the meeting last"),
        ("Bawo ni meeting yen se gun to?", "how long did the meeting last"),
        ("Ta lo so pe won gbodo je partners?", "who said they must be partners"),
        ("Nibo ni won ti pade?", "where did they meet"),
        ("Principles melo ni Xi propose?", "how many Principles did Xi propose"),
        ("Ta ni Wang Yi?", "who is Wang Yi"),
        ("Shcho Xi skazav pro Taiwan?", "what did Xi say about Taiwan"),
        ("Z kym zustrivsia Blinken u Beijing?", "who did Blinken meet in Beijing"),
        ("Skilky tryvala zustrich?", "how long did the meeting last"),
        ("Khto skazav, shcho vony povynni buty partneramy?", "who said they should be partners"),
        ("Khto avtor tsiiei statti?", "who wrote the article"),
        ("Shcho skazav ministr zakordonnykh sprav Kytaiu?", "what did China's foreign minister say"),
        ("Koly vidbulasia zustrich?", "when was the meeting"),
        ("Khto takyi Wang Yi?", "who is Wang Yi"),
        # their question words are English names too: read only where they ask
        ("What did Beth say about the vote?", "What did Beth say about the vote"),
        ("Who is Lars Vad?", "Who is Lars Vad"),
        ("What did Melo say after the game?", "What did Melo say after the game"),
        ("How long did de Blasio speak?", "How long did de Blasio speak"),
    ],
)
def test_swedish_welsh_yoruba_and_ukrainian_are_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


def test_a_question_in_swedish_welsh_yoruba_or_ukrainian_is_answered(kb: KnowledgeBase) -> None:
    assert _lines(kb.answer("Vad sa Wang Yi till Blinken?")) == [31, 33]
    assert _lines(kb.answer("Vem träffade Blinken i Beijing?")) == [11]
    assert _lines(kb.answer("Beth ddwedodd Wang Yi wrth Blinken?")) == [31, 33]
    assert _lines(kb.answer("Pwy ddwedodd y dylen nhw fod yn partners?"))[:1] == [9]
    assert _lines(kb.answer("Kí ni Wang Yi sọ fún Blinken?")) == [31, 33]
    assert _lines(kb.answer("Ta lo ko article yi?")) == [7]
    assert _lines(kb.answer("Shcho Wang Yi skazav Blinkenu?")) == [31, 33]
    assert _lines(kb.answer("Khto avtor tsiiei statti?")) == [7]
    assert kb.answer("Shcho Xi skazav pro Shveitsariiu?").abstained  # a topic the article never names


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        ("Ce a spus Blinken despre Rusia?", "what did Blinken say about Russia"),
        ("Și ce i-a spus Wang Yi lui Blinken?", "what did Wang Yi say to Blinken"),
        ("Pe cine a întâlnit Xi?", "who did Xi meet"),
        ("Cu cine s-a intalnit Blinken la Beijing", "who did Blinken meet in Beijing"),
        ("Câte ore au durat discuţiile?", "how many hours did the talks last"),  # ţ with a cedilla
        ("Cât timp a durat întâlnirea?", "how long did the meeting last"),
        ("Cine a zis ca ar trebui sa fie parteneri?", "who said should be partners"),
        ("Cine a scris acest articol?", "who wrote the article"),
        ("Când s-au întâlnit Xi și Blinken?", "when did Xi and Blinken meet"),
        ("Unde a avut loc întâlnirea?", "where did the meeting take place"),
        ("A fost menționat Taiwanul?", "was Taiwan mentioned"),  # the name's article taken off
        ("Ce a zis ministrul de externe al Chinei?", "what did China's foreign minister say"),
        ("Ce a declarat ministrul de externe american?", "what did the American secretary of state say"),
        ("Ce a spus președintele Xi?", "what did President Xi say"),
        ("Câte principii a propus Xi?", "how many principles did Xi propose"),
        ("Dă-mi toate citatele lui Blinken, te rog", "what are all Blinken's quotes"),
        ("Ce a spus Xi, cuvintele exacte te rog", "what did Xi say"),
        ("Ce a zis Wang Yi about relatia China-SUA?", "what did Wang Yi say about the relationship China-US"),
        # English names that end as a Romanian article does, or open as its question words
        ("Who is Paul Seoul?", "Who is Paul Seoul"),
        ("What did Cat Stevens sing?", "What did Cat Stevens sing"),
    ],
)
def test_romanian_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        ("Co řekl Blinken o Rusku?", "what did Blinken say about Russia"),
        ("Co Xi rekl o Taiwanu?", "what did Xi say about Taiwan"),  # "Taiwanu": Taiwan, asked about
        ("Co rekl Wang Yi Blinkenovi?", "what did Wang Yi say to Blinken"),  # "Blinkenovi": to Blinken
        ("S kým se setkal Xi?", "who did Xi meet"),
        ("Koho potkal Blinken v Pekingu?", "who did Blinken meet in Beijing"),
        ("Kdo se setkal s Blinkenem?", "who met Blinken"),  # "s Blinkenem": with Blinken
        ("Jak dlouho trvala jednání?", "how long did the talks last"),
        ("Kolik hodin trvala jednani?", "how many hours did the talks last"),
        ("Kdo řekl, že by měli být partneři?", "who said they should be partners"),
        ("Kdo je Wang Yi?", "who is Wang Yi"),
        ("Kdo napsal tento článek?", "who wrote the article"),
        ("Kde se konala schůzka?", "where was the meeting held"),
        ("Byl zmíněn Tchaj-wan?", "was Taiwan mentioned"),
        ("Co řekl ministr zahraničí Číny?", "what did China's foreign minister say"),
        ("Co rekl americky ministr zahranici?", "what did the American secretary of state say"),
        ("Co rekl prezident Xi o Taiwanu?", "what did President Xi say about Taiwan"),
        ("Kolik principů navrhl Si Ťin-pching?", "how many principles did Xi Jinping propose"),
        ("Dej mi všechny Blinkenovy citáty, prosím", "what are all Blinken's quotes"),
        ("Co rekl Xi, presna slova prosim", "what did Xi say"),
        # English names that its words and endings would misread
        ("What did Co say?", "What did Co say"),
        ("What did Jerusalem say?", "What did Jerusalem say"),
    ],
)
def test_czech_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        ("Uthini u-Blinken nge-Russia?", "what did Blinken say about Russia"),
        ("Uthini uWang Yi kuBlinken?", "what did Wang Yi say to Blinken"),  # the prefixes without their hyphen
        ("U-Xi uthini ngeTaiwan?", "what did Xi say about Taiwan"),
        ("U-Xi uhlangane nobani e-Beijing?", "who did Xi meet in Beijing"),
        ("Ubani ohlangane no-Blinken?", "who met Blinken"),
        ("Izingxoxo zithathe isikhathi esingakanani?", "how long did the talks last"),
        ("Izingxoxo zithathe amahora amangaki?", "how many hours did the talks last"),
        ("Ubani othe kumele babe ama-partners?", "who said they should be partners"),
        ("Ngubani u-Wang Yi?", "who is Wang Yi"),
        ("Ubani obhale le ndaba?", "who wrote this article"),
        ("U-Xi no-Blinken bahlangane nini?", "when did Xi and Blinken meet"),
        ("Umhlangano ubukuphi?", "where was the meeting"),
        ("U-Taiwan ukhulunyiwe?", "was Taiwan mentioned"),
        ("Uthini ungqongqoshe wezangaphandle wase-China?", "what did China's foreign minister say"),
        ("Ngubani unobhala wezwe waseMelika?", "who is America's secretary of state"),
        ("Ngicela ungiphe zonke izingcaphuno zika-Blinken", "what are all Blinken's quotes"),
        ("Uthini u Blinken?", "what did Blinken say"),  # "u", spelled out as texting's "you"
        # a name its question word would misread
        ("What did Nini say?", "What did Nini say"),
    ],
)
def test_isizulu_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        ("Wat Blinken wen say bout Russia?", "what did Blinken say about Russia"),
        ("Wat Wang Yi wen tell Blinken, brah?", "what did Wang Yi tell Blinken"),
        ("Xi wen meet who in Beijing?", "who did Xi meet in Beijing"),
        ("Blinken wen go talk to who?", "who did Blinken talk to"),
        ("How long da talks wen go?", "how long did the talks last"),
        ("Dey wen talk togedda fo how long?", "how long did they talk together"),
        ("Who wen say dey gotta be partners, k?", "Who said they must be partners"),
        ("Who wen write dis article?", "Who wrote this article"),
        ("Wen dey wen meet?", "when did they meet"),  # the first "wen" asks when, the second is the past
        ("Wea dey wen meet?", "where did they meet"),
        ("How many principles Xi wen propose?", "how many principles did Xi propose"),
        ("Had Taiwan inside da article?", "was Taiwan mentioned"),
        ("Who da American foreign minister?", "who is the American secretary of state"),
        ("Wat da Chinese foreign minister wen say?", "what did the Chinese foreign minister say"),
        ("Who Wang Yi, brah?", "who is Wang Yi"),
        ("How much da subscription cost?", "how much does the subscription cost"),
        # texting's "wen" (when), a name Wen, and a name's "da" are not Pidgin's
        ("wen did it open", "when did it open"),
        ("what did tay li wen say", "what did tay li when say"),
        ("Wat Lula da Silva wen say?", "what did Lula da Silva say"),
    ],
)
def test_hawaii_pidgin_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        ("He aha te kōrero a Blinken mō Rūhia?", "what did Blinken say about Russia"),
        ("He aha te korero a Wang Yi ki a Blinken?", "what did Wang Yi say to Blinken"),  # typed without macrons
        ("He aha te koorero a Xi?", "what did Xi say"),  # a doubled vowel for the macron
        ("I tūtaki a Xi ki a wai?", "who did Xi meet"),
        ("Ko wai i tūtaki ki a Xi i Beijing?", "who met Xi in Beijing"),
        ("Pēhea te roa o ngā kōrerorero?", "how long did the talks last"),
        ("E hia ngā hāora i roa ai ngā kōrerorero?", "how many hours did the talks last"),
        ("Nā wai i kī me noho hoa rātou?", "who said they should be partners"),
        ("Ko wai a Wang Yi?", "who is Wang Yi"),
        ("Nā wai i tuhi tēnei tuhinga?", "who wrote this article"),
        ("Nōnahea i tūtaki ai a Xi rāua ko Blinken?", "when did Xi and Blinken meet"),
        ("I hea a Blinken i tūtaki ai ki a Xi?", "where did Blinken meet Xi"),
        ("I whakahuatia a Taiwan?", "was Taiwan mentioned"),
        ("He aha te kōrero a te Minita Take o Tāwāhi o Haina?", "what did China's foreign minister say"),
        ("Ko wai te Hekeretari o te Kāwanatanga o Amerika?", "who is America's secretary of state"),
        ("E hia ngā mātāpono i tukuna e Xi?", "how many principles did Xi propose"),
        ("Hōmai ngā kōrero katoa a Blinken, tēnā koa", "what are all Blinken's quotes"),
        # English words that are its question words too
        ("He said what about Taiwan?", "He said what about Taiwan"),
    ],
)
def test_te_reo_maori_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        ("wot did Blinken say abaht Russia then", "what did Blinken say about Russia"),
        ("wot did Wang Yi tell Blinken, innit", "what did Wang Yi tell Blinken"),
        ("oo did Xi go an' meet in Beijing then", "who did Xi meet in Beijing"),
        ("ow long was them talks goin on for", "how long did those talks last"),
        ("oo reckoned they oughta be partners", "who said they ought to be partners"),
        ("oo's Wang Yi when 'e's at 'ome", "who's Wang Yi"),
        ("oo wrote this article then", "who wrote this article"),
        ("ow many principles did Xi come up wiv", "how many principles did Xi come up with"),
        ("did Xi say nuffink abaht Taiwan or wot", "did Xi say anything about Taiwan"),
        ("wot woz Wang Yi on abaht", "what did Wang Yi say"),
        ("wot did 'e say abaht Taiwan then", "what did he say about Taiwan"),
        ("oo's the American foreign minister then", "who's the American secretary of state"),
        (
            "wot did the Chinese foreign minister say, give us 'is exact words",
            "what did the Chinese foreign minister say",
        ),
        ("give us all them quotes from Blinken innit", "what are all those quotes from Blinken"),
        # names its words would misread
        ("What did Fink say about rates?", "What did Fink say about rates"),
        ("What did Woz say?", "What did Woz say"),
    ],
)
def test_cockney_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "intent", "who"),
    [
        ("Ce a zis ministrul de externe al Chinei?", Intent.SPEAKER, "China's foreign minister"),
        ("Kdo je Wang Yi?", Intent.WHO_IS, "Wang Yi"),
        ("Uthini umongameli wase-China?", Intent.SPEAKER, "China's president"),
        ("Wat Xi wen say about Taiwan?", Intent.SPEAKER, "Xi"),
        ("Ko wai a Wang Yi?", Intent.WHO_IS, "Wang Yi"),
        ("wot did Xi say abaht Taiwan innit", Intent.SPEAKER, "Xi"),
        ("Cine a scris articolul?", Intent.BYLINE, None),
        ("Ubani othe kumele babe ama-partners?", Intent.WHO_SAID, None),
    ],
)
def test_the_six_new_phrasebooks_ask_the_english_question(question: str, intent: Intent, who: str | None) -> None:
    query = parse_question(question)
    assert (query.intent, query.who) == (intent, who)


@pytest.mark.parametrize(
    ("question", "lines"),
    [
        # Romanian
        ("Ce i-a spus Wang Yi lui Blinken?", [31, 33]),
        ("Cine a scris acest articol?", [7]),
        ("Cu cine s-a întâlnit Blinken la Beijing?", [11]),
        ("Câte ore au durat discuțiile?", [31]),
        # Czech
        ("Co rekl Wang Yi Blinkenovi?", [31, 33]),
        ("Kdo napsal tento článek?", [7]),
        ("S kym se Blinken setkal v Pekingu?", [11]),
        ("Co řekl ministr zahraničí Číny?", [31, 33]),
        # isiZulu
        ("Uthini u-Wang Yi ku-Blinken?", [31, 33]),
        ("Ubani obhale le ndaba?", [7]),
        ("U-Blinken uhlangane nobani e-Beijing?", [11]),
        ("Izingxoxo zithathe amahora amangaki?", [31]),
        # Hawai'i Pidgin
        ("Wat Wang Yi wen tell Blinken, brah?", [31, 33]),
        ("Who wen write dis article?", [7]),
        ("Blinken wen go meet who in Beijing?", [11]),
        ("Wea dey wen meet?", [11]),
        # te reo Māori
        ("He aha te kōrero a Wang Yi ki a Blinken?", [31, 33]),
        ("Nā wai i tuhi tēnei tuhinga?", [7]),
        ("Ko wai i tūtaki ki a Blinken i Beijing?", [11]),
        ("He aha te kōrero a te Minita Take o Tāwāhi o Haina?", [31, 33]),
        # Cockney
        ("wot woz Wang Yi on abaht", [31, 33]),
        ("oo wrote this article then", [7]),
        ("oo did Blinken go an' meet in Beijing then", [11]),
        ("wot did the Chinese foreign minister say, give us 'is exact words", [31, 33]),
    ],
)
def test_a_question_in_the_six_new_phrasebooks_is_answered(kb: KnowledgeBase, question: str, lines: list[int]) -> None:
    assert _lines(kb.answer(question)) == lines


@pytest.mark.parametrize(
    "question",
    [
        "Cine a zis că ar trebui să fie parteneri?",
        "Kdo řekl, že by měli být partneři?",
        "Ubani othe kumele babe ama-partners?",
        "Who wen say dey gotta be partners?",
        "Nā wai i kī me noho hoa rātou?",
        "oo reckoned they oughta be partners",
    ],
)
def test_who_said_they_should_be_partners_in_the_six_new_phrasebooks_finds_xi(kb: KnowledgeBase, question: str) -> None:
    answer = kb.answer(question)
    assert _lines(answer)[:1] == [9]
    assert render_plain(answer).startswith("Xi Jinping")


def test_a_topic_the_article_never_names_asked_in_the_six_new_phrasebooks_is_an_abstention(kb: KnowledgeBase) -> None:
    for question in (
        "Ce a spus Xi despre Elveția?",
        "Uthini u-Xi nge-Switzerland?",
        "Wat Xi wen say bout Switzerland?",
        "wot did Xi say abaht Switzerland then",
    ):
        assert parse_question(question).who == "Xi", question
        assert kb.answer(question).abstained, question


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        ("Mit mondott Xi Tajvanrol?", "what did Xi say about Taiwan"),  # typed without accents
        ("Mit mondott Blinken Oroszországról?", "what did Blinken say about Russia"),
        ("Mit mondott Wang Yi Blinkennek?", "what did Wang Yi say to Blinken"),  # "Blinkennek": to Blinken
        ("Kivel talalkozott Blinken Pekingben?", "who did Blinken meet in Beijing"),
        ("Ki találkozott Blinkennel?", "who met Blinken"),  # "Blinkennel": with Blinken
        ("Meddig tartott a talalkozo?", "how long did the meeting last"),
        ("Hány óráig tartottak a tárgyalások?", "how many hours did the talks last"),
        ("Ki mondta, hogy partnereknek kellene lenniuk?", "who said they should be partners"),
        ("Mikor találkozott Xi és Blinken?", "when did Xi and Blinken meet"),
        ("Hol tartották a találkozót?", "where was the meeting held"),
        ("Hány elvet javasolt Xi?", "how many principles did Xi propose"),
        ("Mennyibe kerül az előfizetés?", "how much does the subscription cost"),
        ("Ki az a Wang Yi?", "who is Wang Yi"),
        ("Miért utazott Blinken Pekingbe?", "why did Blinken travel to Beijing"),
        ("Mi történt a találkozón?", "what happened at the meeting"),
        ("Miről szól a cikk?", "what is the article about"),
        ("Szóba került Tajvan?", "was Taiwan mentioned"),
        ("Ki írta a cikket?", "who wrote the article"),
        ("Mit mondott Kína külügyminisztere?", "what did China's foreign minister say"),
        # an English name its endings would misread, and German's "mit"
        ("What did Carol say about the vote?", "What did Carol say about the vote"),
        ("Mit wem hat sich Blinken getroffen?", "Mit wem hat sich Blinken getroffen"),
    ],
)
def test_hungarian_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        ("Sta je Xi rekao o Tajvanu?", "what did Xi say about Taiwan"),  # "o Tajvanu": about Taiwan
        ("Šta je Vang Ji rekao Blinkenu?", "what did Wang Yi say to Blinken"),  # "Blinkenu": to Blinken
        ("S kim se Blinken sastao u Pekingu?", "who did Blinken meet in Beijing"),  # "u", not texting's "you"
        ("Ko se sastao sa Blinkenom?", "who met Blinken"),
        ("Koliko je trajao sastanak?", "how long did the meeting last"),
        ("Koliko sati su trajali razgovori?", "how many hours did the talks last"),
        ("Ko je rekao da treba da budu partneri?", "who said they should be partners"),  # "da": that, not Pidgin's
        ("Kada su se sastali Si i Blinken?", "when did Xi and Blinken meet"),
        ("Gde je održan sastanak?", "where was the meeting held"),
        ("Koliko principa je predložio Si?", "how many principles did Xi propose"),
        ("Koliko košta pretplata?", "how much does the subscription cost"),
        ("Ko je Vang Ji?", "who is Wang Yi"),
        ("Zašto je Blinken otišao u Peking?", "why did Blinken go to Beijing"),
        ("Šta se desilo na sastanku?", "what happened at the meeting"),
        ("O čemu je članak?", "what is the article about"),
        ("Da li se u tekstu uopšte spominje Rusija?", "was Russia mentioned"),
        ("Ko je napisao ovaj članak?", "who wrote the article"),
        ("Šta je rekao ministar spoljnih poslova Kine?", "what did China's foreign minister say"),
        ("Šta je sve rekao predsednik Si? Daj mi sve citate", "what did President Xi say"),
        # names its question words would misread
        ("What did Sta say?", "What did Sta say"),
        ("Who is Ko Wen-je?", "Who is Ko Wen-je"),
    ],
)
def test_serbian_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        ("Xi Taiwan pathi enna sonnaru?", "what did Xi say about Taiwan"),
        ("Wang Yi Blinken kitta enna sonnaru?", "what did Wang Yi say to Blinken"),  # "Blinken kitta": to Blinken
        ("Blinken Beijing la yaara meet pannaru?", "who did Blinken meet in Beijing"),  # "Beijing la": in Beijing
        ("Blinken ah yaaru meet pannaanga?", "who met Blinken"),
        ("meeting evlo neram nadanthuchu?", "how long did the meeting last"),
        ("talks evlo mani neram nadanthuchu?", "how many hours did the talks last"),
        ("partners ah irukanum nu yaaru sonnaanga?", "who said they should be partners"),
        ("Xi um Blinken um eppo meet pannanga?", "when did Xi and Blinken meet"),
        ("meeting enga nadanthuchu?", "where did the meeting take place"),
        ("Xi ethana principles propose pannaru?", "how many principles did Xi propose"),
        ("subscription evlo?", "how much is the subscription"),
        ("Wang Yi yaaru?", "who is Wang Yi"),
        ("Blinken yen Beijing ku ponaaru?", "why did Blinken go to Beijing"),
        ("meeting la enna nadanthuchu?", "what happened in the meeting"),
        ("intha article ethai pathi?", "what is this article about"),
        ("Taiwan pathi article la mention aagirukka?", "was Taiwan mentioned"),
        ("intha article ah yaaru ezhuthunaanga?", "who wrote the article"),
        ("China foreign minister enna sonnaaru?", "what did China's foreign minister say"),
        ("indha article last ah eppo update pannanga?", "when was this article last updated"),  # they: passive
        ("Antony Blinken enna sonnaaru? ella quotes um venum", "what did Antony Blinken say"),
        # Hindi's "yaar" (friend) is no Tamil "who"
        ("yaar what did Xi say", "yaar what did Xi say"),
    ],
)
def test_tanglish_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        ("Muxuu Xi ka yiri Taiwan?", "what did Xi say about Taiwan"),
        ("Muxuu Wang Yi u sheegay Blinken?", "what did Wang Yi say to Blinken"),  # "u", not texting's "you"
        ("Blinken yuu la kulmay Beijing?", "who did Blinken meet in Beijing"),
        ("Yaa la kulmay Blinken?", "who met Blinken"),
        ("Intee le'eg ayuu socday kulanku?", "how long did the meeting last"),
        ("Imisa saacadood ayay socdeen wadahadalladu?", "how many hours did the talks last"),
        ("Yaa yiri waa inay noqdaan partners?", "who said they should be partners"),
        ("Goorma ayay kulmeen Xi iyo Blinken?", "when did Xi and Blinken meet"),
        ("Xaggee lagu qabtay kulanka?", "where was the meeting held"),
        ("Imisa mabaadi' ayuu soo jeediyay Xi?", "how many principles did Xi propose"),
        ("Meeqa ayuu ku kacayaa subscription-ka?", "how much does the subscription cost"),
        ("Waa kuma Wang Yi?", "who is Wang Yi"),
        ("Maxuu Blinken u tagay Beijing?", "why did Blinken go to Beijing"),
        ("Maxaa ka dhacay kulanka?", "what happened in the meeting"),
        ("Maqaalku muxuu ku saabsan yahay?", "what is the article about"),
        ("Taiwan ma lagu sheegay maqaalka?", "was Taiwan mentioned"),
        ("Yaa qoray maqaalka?", "who wrote the article"),
        ("Muxuu yiri wasiirka arrimaha dibadda Shiinaha?", "what did China's foreign minister say"),
        ("Immisa jir ayuu yahay Wang Yi?", "how old is Wang Yi"),
        # a name its question word would misread
        ("What did Yaa say?", "What did Yaa say"),
    ],
)
def test_somali_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        ("wha did Xi say bout Taiwan la", "what did Xi say about Taiwan"),
        ("wha did Wang Yi tell Blinken la", "what did Wang Yi tell Blinken"),
        ("who did Blinken go an meet in Beijing like", "who did Blinken meet in Beijing"),
        ("how long was de meetin on for", "how long did the meeting last"),
        ("how many hours did de talks go on for la", "how many hours did the talks last"),
        ("who sed dey shud be partners la", "who said they should be partners"),
        ("when did dey meet la", "when did they meet"),
        ("where was de meetin held la", "where was the meeting held"),
        ("how many principles did Xi come up wid la", "how many principles did Xi come up with"),
        ("how much is de subscription la", "how much is the subscription"),
        ("who's dis Wang Yi fella la", "who's this Wang Yi fella"),
        ("wha happened at de meetin la", "what happened at the meeting"),
        ("wha's dis article about la", "what's this article about"),
        ("who wrote dis article la", "who wrote this article"),
        (
            "are tings between china an america calmin down now or wha",
            "are things between china and america calming down now",
        ),
        ("what was de meetin like la", "what was the meeting like"),  # a "like" the question asks keeps its place
        # not Scouse without a sign of its own beside another: Singlish's "la", "de Blasio", Scots "wha" (who)
        ("what was the meeting like", "what was the meeting like"),
        ("who met Blinken la", "who met Blinken la"),
        ("is the pm sayin anything bout this", "is the prime minister saying anything bout this"),  # any texter's
        ("how long did de Blasio talk like", "how long did de Blasio talk like"),
        ("Wha did Blinken meet wi' in Beijing?", "who did Blinken meet with in Beijing"),
    ],
)
def test_scouse_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        ("Ka Xi pasake apie Taivana?", "what did Xi say about Taiwan"),
        ("Ką Wang Yi pasakė Blinkenui?", "what did Wang Yi say to Blinken"),  # "Blinkenui": to Blinken
        ("Su kuo Blinkenas susitiko Pekine?", "who did Blinken meet in Beijing"),  # "Blinkenas": Blinken
        ("Kas susitiko su Blinkenu?", "who met Blinken"),
        ("Kiek laiko truko susitikimas?", "how long did the meeting last"),
        ("Kiek valandų truko derybos?", "how many hours did the talks last"),
        ("Kas pasake, kad jie turetu buti partneriai?", "who said they should be partners"),
        ("Kada susitiko Xi ir Blinkenas?", "when did Xi and Blinken meet"),
        ("Kur vyko susitikimas?", "where did the meeting take place"),
        ("Kiek principų pasiūlė Xi?", "how many principles did Xi propose"),
        ("Kiek kainuoja prenumerata?", "how much does the subscription cost"),
        ("Kas yra Wang Yi?", "who is Wang Yi"),  # its "is" read as English, not as "iš" (from)
        ("Kodėl Blinkenas nuvyko į Pekiną?", "why did Blinken go to Beijing"),
        ("Kas nutiko susitikime?", "what happened at the meeting"),
        ("Apie ką šis straipsnis?", "what is this article about"),
        ("Ar buvo paminėtas Taivanas?", "was Taiwan mentioned"),
        ("Kas parašė šį straipsnį?", "who wrote the article"),
        ("Ką pasakė Kinijos užsienio reikalų ministras?", "what did China's foreign minister say"),
        ("Kuria savaites diena Xi susitiko su Blinkenu?", "when did Xi meet Blinken"),
        # English names that end as its names do, or are its question words
        ("What did Thomas say?", "What did Thomas say"),
        ("Who is Kas?", "Who is Kas"),
    ],
)
def test_lithuanian_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "intent", "who"),
    [
        ("Mit mondott Xi Tajvanrol?", Intent.SPEAKER, "Xi"),
        ("Ko je Vang Ji?", Intent.WHO_IS, "Wang Yi"),
        ("intha article ah yaaru ezhuthunaanga?", Intent.BYLINE, None),
        ("Yaa yiri waa inay noqdaan partners?", Intent.WHO_SAID, None),
        ("wha did de Chinese foreign minister say la", Intent.SPEAKER, "the Chinese foreign minister"),
        ("Kas yra Wang Yi?", Intent.WHO_IS, "Wang Yi"),
        ("Miről szól a cikk?", Intent.SUMMARY, None),
    ],
)
def test_the_hungarian_serbian_tanglish_somali_scouse_and_lithuanian_books_ask_the_english_question(
    question: str, intent: Intent, who: str | None
) -> None:
    query = parse_question(question)
    assert (query.intent, query.who) == (intent, who)


@pytest.mark.parametrize(
    ("question", "lines"),
    [
        # Hungarian
        ("Mit mondott Wang Yi Blinkennek?", [31, 33]),
        ("Ki írta a cikket?", [7]),
        ("Kivel talalkozott Blinken Pekingben?", [11]),
        ("Hány óráig tartottak a tárgyalások?", [31]),
        # Serbian
        ("Šta je Vang Ji rekao Blinkenu?", [31, 33]),
        ("Ko je napisao ovaj članak?", [7]),
        ("S kim se Blinken sastao u Pekingu?", [11]),
        ("Koliko sati su trajali razgovori?", [31]),
        # Tanglish
        ("Wang Yi Blinken kitta enna sonnaru?", [31, 33]),
        ("intha article ah yaaru ezhuthunaanga?", [7]),
        ("Blinken Beijing la yaara meet pannaru?", [11]),
        ("talks evlo mani neram nadanthuchu?", [31]),
        # Somali
        ("Muxuu Wang Yi u sheegay Blinken?", [31, 33]),
        ("Yaa qoray maqaalka?", [7]),
        ("Blinken yuu la kulmay Beijing?", [11]),
        ("Imisa saacadood ayay socdeen wadahadalladu?", [31]),
        # Scouse
        ("wha did Wang Yi tell Blinken la", [31, 33]),
        ("who wrote dis article la", [7]),
        ("who did Blinken go an meet in Beijing like", [11]),
        ("how many hours did de talks go on for la", [31]),
        # Lithuanian
        ("Ką Wang Yi pasakė Blinkenui?", [31, 33]),
        ("Kas parašė šį straipsnį?", [7]),
        ("Su kuo Blinkenas susitiko Pekine?", [11]),
        ("Kiek valandų truko derybos?", [31]),
    ],
)
def test_a_question_in_hungarian_serbian_tanglish_somali_scouse_or_lithuanian_is_answered(
    kb: KnowledgeBase, question: str, lines: list[int]
) -> None:
    assert _lines(kb.answer(question)) == lines


@pytest.mark.parametrize(
    "question",
    [
        "Ki mondta, hogy partnereknek kellene lenniuk?",
        "Ko je rekao da treba da budu partneri?",
        "partners ah irukanum nu yaaru sonnaanga?",
        "Yaa yiri waa inay noqdaan partners?",
        "who sed dey shud be partners la",
        "Kas pasake, kad jie turetu buti partneriai?",
    ],
)
def test_who_said_they_should_be_partners_in_hungarian_serbian_tanglish_somali_scouse_or_lithuanian_finds_xi(
    kb: KnowledgeBase, question: str
) -> None:
    answer = kb.answer(question)
    assert _lines(answer)[:1] == [9]
    assert render_plain(answer).startswith("Xi Jinping")


def test_a_topic_the_article_never_names_asked_in_hungarian_serbian_tanglish_somali_scouse_or_lithuanian_abstains(
    kb: KnowledgeBase,
) -> None:
    for question in (
        "Mit mondott Xi Svájcról?",
        "Šta je Xi rekao o Švajcarskoj?",
        "Xi Switzerland pathi enna sonnaru?",
        "Muxuu Xi ka yiri Switzerland?",
        "wha did Xi say bout Switzerland la",
        "Ka Xi pasake apie Sveicarija?",
    ):
        assert parse_question(question).who == "Xi", question
        assert kb.answer(question).abstained, question


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        ("Co povedal Xi o Taiwane?", "what did Xi say about Taiwan"),  # typed without accents; "o Taiwane": about
        ("S kym sa Blinken stretol v Pekingu?", "who did Blinken meet in Beijing"),
        ("Ako dlho trvalo stretnutie?", "how long did the meeting last"),
        ("Kto povedal, ze by mali byt partneri?", "who said they should be partners"),
        ("Čo povedal Wang Yi Blinkenovi?", "what did Wang Yi say to Blinken"),  # "Blinkenovi": to Blinken
        ("Kto sa stretol s Blinkenom?", "who met Blinken"),  # "s Blinkenom": with Blinken
        ("Koho stretol Blinken v Pekingu?", "who did Blinken meet in Beijing"),
        ("Koľko hodín trvali rokovania?", "how many hours did the talks last"),
        ("Koľko trvalo stretnutie?", "how long did the meeting last"),
        ("Kedy sa stretli Xi a Blinken?", "when did Xi and Blinken meet"),
        ("Kde sa konalo stretnutie?", "where was the meeting held"),
        ("Koľko princípov navrhol Si Ťin-pching?", "how many principles did Xi Jinping propose"),
        ("Akú funkciu zastáva Wang Yi?", "what is Wang Yi's position"),
        ("Pre akú organizáciu pracuje Wang Yi?", "which organisation does Wang Yi work for"),
        ("Prečo Blinken cestoval do Pekingu?", "why did Blinken travel to Beijing"),
        ("Čo sa stalo na stretnutí?", "what happened at the meeting"),
        ("O čom je článok?", "what is the article about"),
        ("Aké krajiny boli spomenuté v článku?", "which countries were mentioned"),
        ("Čo povedal minister zahraničných vecí Číny?", "what did China's foreign minister say"),
        ("Čo povedal Blinken po stretnutí?", "what did Blinken say after the meeting"),
    ],
)
def test_slovak_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        ("Sto je Xi rekao o Tajvanu?", "what did Xi say about Taiwan"),
        ("S kim se Blinken sastao u Pekingu?", "who did Blinken meet in Beijing"),
        ("Koliko je dugo trajao sastanak?", "how long did the meeting last"),
        ("Tko je rekao da bi trebali biti partneri?", "who said they should be partners"),
        ("Što je Wang Yi rekao Blinkenu?", "what did Wang Yi say to Blinken"),
        ("Tko se sastao s Blinkenom?", "who met Blinken"),
        ("S kime je razgovarao Blinken?", "who did Blinken talk with"),
        ("Koliko su sati trajali razgovori?", "how many hours did the talks last"),
        ("Gdje su se sastali?", "where did they meet"),
        ("Gdje je održan sastanak?", "where was the meeting held"),
        ("Koliko je načela predložio Xi?", "how many principles did Xi propose"),
        ("Koju dužnost obnaša Wang Yi?", "what is Wang Yi's position"),
        ("Za koju organizaciju radi Wang Yi?", "which organisation does Wang Yi work for"),
        ("Zašto je Blinken otputovao u Peking?", "why did Blinken travel to Beijing"),
        ("Što je Xi rekao tijekom sastanka?", "what did Xi say during the meeting"),
        ("Je li Tajvan spomenut u članku?", "was Taiwan mentioned"),
        ("Spominje li se Rusija u članku?", "was Russia mentioned"),
        ("Koje su zemlje spomenute u članku?", "which countries were mentioned"),
        ("Što je izjavio američki državni tajnik?", "what did the American secretary of state say"),
        ("Što je rekao glasnogovornik?", "what did the spokesperson say"),
    ],
)
def test_croatian_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        ("Xi ne Taiwan bare ki keha?", "what did Xi say about Taiwan"),  # "Taiwan bare": about Taiwan
        ("Blinken Beijing vich kinnu milya?", "who did Blinken meet in Beijing"),  # "Beijing vich": in Beijing
        ("meeting kinni der chali?", "how long did the meeting last"),
        ("kinne keha ki ohna nu partners hona chahida?", "who said they should be partners"),
        ("Wang Yi ne Blinken nu ki keha?", "what did Wang Yi say to Blinken"),  # "Blinken nu": to Blinken
        ("Xi ne human rights de baare vich ki keha?", "what did Xi say about human rights"),
        ("Xi ne meeting ton baad ki keha?", "what did Xi say after the meeting"),
        ("Blinken nu kaun milya?", "who met Blinken"),
        ("gallbaat kinne ghante chali?", "how many hours did the talks last"),
        ("Xi te Blinken kadon mile?", "when did Xi and Blinken meet"),
        ("meeting kithe hoyi?", "where did the meeting take place"),
        ("Xi ne kinne principles propose kitte?", "how many principles did Xi propose"),
        ("subscription kinne di hai?", "how much is the subscription"),
        ("Wang Yi kaun hai?", "who is Wang Yi"),  # as Hindi asks it too, meaning the same
        ("Wang Yi da ahuda ki hai?", "what is Wang Yi's title"),
        ("Blinken Beijing kyon gaya?", "why did Blinken go to Beijing"),
        ("meeting vich ki hoya?", "what happened in the meeting"),
        ("eh article kis baare hai?", "what is this article about"),
        ("ki Taiwan da zikar hoya?", "was Taiwan mentioned"),
        ("Cheen de videsh mantri ne ki keha?", "what did China's foreign minister say"),
    ],
)
def test_punjabi_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        ("Xi le Taiwan ko barema ke bhane?", "what did Xi say about Taiwan"),  # "Taiwan ko barema": about Taiwan
        ("Blinken le Beijing ma kaslai bhete?", "who did Blinken meet in Beijing"),  # "Beijing ma": in Beijing
        ("meeting kati samaya samma chalyo?", "how long did the meeting last"),
        ("partners hunu parcha bhanera kasle bhanyo?", "who said they should be partners"),
        ("Wang Yi le Blinken lai ke bhane?", "what did Wang Yi say to Blinken"),  # "Blinken lai": to Blinken
        ("Xi le human rights ko barema ke bhane?", "what did Xi say about human rights"),
        ("Blinken lai kasle bhetyo?", "who met Blinken"),
        ("vaarta kati ghanta samma chalyo?", "how many hours did the talks last"),
        ("kasle bhanyo ki uniharu partners hunu parcha?", "who said they should be partners"),
        ("Xi ra Blinken kahile bhete?", "when did Xi and Blinken meet"),
        ("meeting kaha bhayo?", "where did the meeting take place"),
        ("Xi le kati wata principles propose garyo?", "how many principles did Xi propose"),
        ("subscription kati parchha?", "how much is the subscription"),
        ("Wang Yi ko ho?", "who is Wang Yi"),
        ("Wang Yi ko pad ke ho?", "what is Wang Yi's title"),
        ("Blinken kina Beijing gayo?", "why did Blinken go to Beijing"),
        ("meeting ma ke bhayo?", "what happened in the meeting"),
        ("yo article ke ko barema ho?", "what is this article about"),
        ("kun kun desh ko ullekh bhayo?", "which countries were mentioned"),
        ("Chin ko parrastra mantri le ke bhane?", "what did China's foreign minister say"),
    ],
)
def test_nepali_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        ("Xi sle Taiwan min ale?", "what did Xi say about Taiwan"),  # "sle Taiwan": about Taiwan
        ("Blinken Beijing lay man gar tegenagne?", "who did Blinken meet in Beijing"),  # "man gar": with whom
        ("sibsebaw lemin yahl gize fejje?", "how long did the meeting last"),
        ("partners mehon alebachew yale man new?", "who said they should be partners"),
        ("Wang Yi le Blinken min ale?", "what did Wang Yi say to Blinken"),  # "le Blinken": to Blinken
        ("Xi min ale sle Taiwan?", "what did Xi say about Taiwan"),
        ("Xi ke sibsebaw behuala min ale?", "what did Xi say after the meeting"),
        ("ke Blinken gar man tegenagne?", "who met Blinken"),
        ("wuyiyitu sint seat fejje?", "how many hours did the talks last"),
        ("Xi ena Blinken meche tegenagnu?", "when did Xi and Blinken meet"),
        ("sibsebaw yet tekahede?", "where did the meeting take place"),
        ("Xi sint principles propose aderege?", "how many principles did Xi propose"),
        ("subscription-u sint new?", "how much is the subscription"),
        ("Wang Yi man new?", "who is Wang Yi"),
        ("ye Wang Yi maereg min new?", "what is Wang Yi's title"),
        ("Blinken lemin wede Beijing hede?", "why did Blinken go to Beijing"),
        ("sibsebaw lay min hone?", "what happened at the meeting"),
        ("yih tsihuf sle min new?", "what is this article about"),
        ("yetignaw agerat teteqsual?", "which countries were mentioned"),
        ("ye Chayna wuch guday minister min ale?", "what did China's foreign minister say"),
    ],
)
def test_amharic_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        ("whit did Xi say aboot Taiwan like", "what did Xi say about Taiwan"),
        ("who did Blinken gan an see in Beijing man", "who did Blinken meet in Beijing"),
        ("hoo lang was the meetin", "how long was the meeting"),  # "hoo", not texting's "who"
        ("who says thi shud be partners like", "who says they should be partners"),
        ("whit did Wang Yi tell Blinken like", "what did Wang Yi tell Blinken"),
        ("whit did Xi hev te say aboot Taiwan like", "what did Xi say about Taiwan"),
        ("hoo many hours did the talks gan on for man", "how many hours did the talks last"),
        ("hoo lang did the meetin gan on for", "how long did the meeting last"),
        ("whe wrote this article like", "who wrote this article"),
        ("when did thi meet like", "when did they meet"),
        ("where wes the meetin held like", "where was the meeting held"),
        ("hoo many principles did Xi come up wi man", "how many principles did Xi come up with"),
        ("hoo much is the subscription pet", "how much is the subscription"),
        ("whe's Wang Yi like", "who's Wang Yi"),
        ("whit happened at the meetin man", "what happened at the meeting"),
        ("whit's this article aboot like", "what's this article about"),
        ("did Xi say owt aboot Taiwan like", "did Xi say anything about Taiwan"),
        ("did thi say nowt aboot human rights man", "did they say anything about human rights"),
        ("howay man, whit did the Chinese foreign minister say", "what did the Chinese foreign minister say"),
        ("whit's Wang Yi on aboot man", "what did Wang Yi say"),
    ],
)
def test_geordie_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


# The five newer books read as books of their own (Croatian is read by the Serbian book)
_NEWER_BOOKS = frozenset({"_slovak", "_punjabi", "_nepali", "_amharic", "_geordie"})


@pytest.mark.parametrize(
    "question",
    [
        # English, with words those books use ("man", "new", "min", "yet", "like", "Yale")
        "What did the man say about the new rules?",
        "Did Naa Ayeley say anything?",
        "Where was Asa Hutchinson born?",
        "Who said the relationship is facing disruptions?",
        "Who is the new man at the ministry?",
        "Has Xi spoken yet?",
        "What did the Yale professor say?",
        "How many min did the talks last?",
        "what was the meeting like",
        "who was the man",
        "Did Xi say anything about Taiwan, man?",
        "Who said they should be partners, like?",
        "what did Gan Lu say about the talks",
        # names that are Geordie's or Amharic's words typed in lower case
        "What did Gan Lu say about the talks, like?",
        "What did Lang say about Taiwan, like?",
        "What did Wes say, man?",
        "Who is Nguyen Thi Lan, like?",
        "What did Min say?",
        # Hindi and Urdu, Tamil, Somali, Swahili, Yoruba
        "Xi ne Taiwan ke baare mein kya kaha?",
        "insaani huqooq yaani human rights ka koi zikr hai?",
        "partners ah irukanum nu yaaru sonnaanga?",
        "Yaa yiri waa inay noqdaan partners?",
        "Xi alisema nini kuhusu Taiwan?",
        "Kini Xi so nipa Taiwan?",
        # Czech, Serbian, Croatian, Polish, Hungarian, Lithuanian
        "Kdo řekl, že by měli být partneři?",
        "Co rekl Wang Yi Blinkenovi?",
        "Ko je rekao da treba da budu partneri?",
        "Tko je rekao da bi trebali biti partneri?",
        "Kto powiedział, że powinni być partnerami?",
        "Mit mondott Xi Tajvanrol?",
        "Ka Xi pasake apie Taivana?",
        # Scots, Scouse, Cockney, Hawai'i Pidgin
        "Whit did Xi say aboot Taiwan?",
        "Hoo mony principles did the Chinese heid-bummer come oot wi'?",
        "who did Blinken go an meet in Beijing like",
        "wha did Xi say bout Taiwan la",
        "oo did Xi go an' meet in Beijing then",
        "Wat Xi wen say about Taiwan?",
    ],
)
def test_english_and_the_neighbouring_languages_are_not_read_by_the_newer_books(
    question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    read = clean_question(question)
    for registry in ("_PHRASEBOOKS", "_BEFORE_TEXTING"):
        books = getattr(phrasebooks, registry)
        monkeypatch.setattr(
            phrasebooks, registry, tuple(book for book in books if book[2].__name__ not in _NEWER_BOOKS)
        )
    assert clean_question(question) == read


@pytest.mark.parametrize(
    ("question", "intent", "who"),
    [
        ("Co povedal Xi o Taiwane?", Intent.SPEAKER, "Xi"),
        ("Kto je Wang Yi?", Intent.WHO_IS, "Wang Yi"),
        ("Tko je napisao ovaj članak?", Intent.BYLINE, None),
        ("Koju dužnost obnaša Wang Yi?", Intent.WHO_IS, "Wang Yi"),
        ("kinne keha ki ohna nu partners hona chahida?", Intent.WHO_SAID, None),
        ("eh article kis baare hai?", Intent.SUMMARY, None),
        ("yo lekh kasle lekhyo?", Intent.BYLINE, None),
        ("Wang Yi ko pad ke ho?", Intent.WHO_IS, "Wang Yi"),
        ("Xi sle Taiwan min ale?", Intent.SPEAKER, "Xi"),
        ("Wang Yi man new?", Intent.WHO_IS, "Wang Yi"),
        (
            "whit did the American foreign minister say aboot Russia like",
            Intent.SPEAKER,
            "the American secretary of state",
        ),
        ("who says thi shud be partners like", Intent.WHO_SAID, None),
    ],
)
def test_the_slovak_croatian_punjabi_nepali_amharic_and_geordie_books_ask_the_english_question(
    question: str, intent: Intent, who: str | None
) -> None:
    query = parse_question(question)
    assert (query.intent, query.who) == (intent, who)


@pytest.mark.parametrize(
    ("question", "lines"),
    [
        # Slovak
        ("Čo povedal Wang Yi Blinkenovi?", [31, 33]),
        ("Kto napísal tento článok?", [7]),
        ("S kym sa Blinken stretol v Pekingu?", [11]),
        ("Koľko hodín trvali rokovania?", [31]),
        # Croatian
        ("Što je Wang Yi rekao Blinkenu?", [31, 33]),
        ("Tko je napisao ovaj članak?", [7]),
        ("S kime se Blinken sastao u Pekingu?", [11]),
        ("Koliko su sati trajali razgovori?", [31]),
        # Punjabi
        ("Wang Yi ne Blinken nu ki keha?", [31, 33]),
        ("eh article kinne likhya?", [7]),
        ("Blinken Beijing vich kinnu milya?", [11]),
        ("gallbaat kinne ghante chali?", [31]),
        # Nepali
        ("Wang Yi le Blinken lai ke bhane?", [31, 33]),
        ("yo lekh kasle lekhyo?", [7]),
        ("Blinken le Beijing ma kaslai bhete?", [11]),
        ("vaarta kati ghanta samma chalyo?", [31]),
        # Amharic
        ("Wang Yi le Blinken min ale?", [31, 33]),
        ("yih tsihuf man tsafew?", [7]),
        ("Blinken Beijing lay man gar tegenagne?", [11]),
        ("wuyiyitu sint seat fejje?", [31]),
        # Geordie
        ("whit did Wang Yi tell Blinken like", [31, 33]),
        ("whe wrote this article like", [7]),
        ("who did Blinken gan an see in Beijing man", [11]),
        ("hoo many hours did the talks gan on for man", [31]),
    ],
)
def test_a_question_in_slovak_croatian_punjabi_nepali_amharic_or_geordie_is_answered(
    kb: KnowledgeBase, question: str, lines: list[int]
) -> None:
    assert _lines(kb.answer(question)) == lines


@pytest.mark.parametrize(
    "question",
    [
        "Kto povedal, ze by mali byt partneri?",
        "Tko je rekao da bi trebali biti partneri?",
        "kinne keha ki ohna nu partners hona chahida?",
        "partners hunu parcha bhanera kasle bhanyo?",
        "partners mehon alebachew yale man new?",
        "who says thi shud be partners like",
    ],
)
def test_who_said_they_should_be_partners_in_slovak_croatian_punjabi_nepali_amharic_or_geordie_finds_xi(
    kb: KnowledgeBase, question: str
) -> None:
    answer = kb.answer(question)
    assert _lines(answer)[:1] == [9]
    assert render_plain(answer).startswith("Xi Jinping")


def test_a_topic_the_article_never_names_asked_in_slovak_croatian_punjabi_nepali_amharic_or_geordie_abstains(
    kb: KnowledgeBase,
) -> None:
    for question in (
        "Čo povedal Xi o Švajčiarsku?",
        "Što je Xi rekao o Švicarskoj?",
        "Xi ne Switzerland bare ki keha?",
        "Xi le Switzerland ko barema ke bhane?",
        "Xi sle Switzerland min ale?",
        "whit did Xi say aboot Switzerland like",
    ):
        assert parse_question(question).who == "Xi", question
        assert kb.answer(question).abstained, question


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # "aký …", "v ktorom …": what …, in which … (asked as "kedy" and "kde" are)
        ("Aký deň sa konalo stretnutie?", "what day was the meeting held"),
        ("V ktorom meste sa stretli Xi a Blinken?", "in which city did Xi and Blinken meet"),
        ("V ktorej sále prebehlo stretnutie?", "in which hall was the meeting held"),  # "prebehlo": took place
        ("Kedy prebehlo stretnutie?", "when was the meeting held"),
        ("Aké témy boli spomenuté v článku?", "which topics were mentioned"),
        # "Kto <to whom> povedal, že …": who told … that …
        ("Kto Wangovi povedal, že by mali byť partneri?", "who told Wang that they should be partners"),
        # an office kept ("veľvyslanec": ambassador), and a second question whose "he" is its verb's ("bol tiež …")
        ("Kto je čínsky veľvyslanec v USA?", "who is the Chinese ambassador in the United States"),
        (
            "Kto je ruský veľvyslanec v Číne, bola tiež na stretnutí?",
            "who is the Russian ambassador in China, and was she also at the meeting",
        ),
        ("Čo povedal Xi podľa článku?", "what did Xi say according to the article"),  # "podľa": according to
        (
            "Ako by mali Američania podľa Xi-ho pozerať na Taiwan?",
            "how should Americans according to Xi look at Taiwan",
        ),
    ],
)
def test_more_slovak_shapes_are_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        ("Koje zemlje su na popisu?", "which countries are on the list"),  # "koje … su": which … are
        ("Koji ministri su bili na sastanku?", "which ministers were at the meeting"),
        ("Vjeruje li Wang Yi da odnosi mogu biti stabilni?", "does Wang Yi believe that relations can be stable"),
        ("Tko je rekao da dvije zemlje ne bi smjele biti protivnici?", "who said two countries should not be rivals"),
        ("Koliko vremena treba za čitanje članka?", "how long does it take to read the article"),
        ("Uz pretplatu dobivaš pristup kojim novinama?", "with the subscription you get access to which newspapers"),
        ("Koliko su trajali razgovori između SAD i Kine?", "how long did the talks between the US and China last"),
    ],
)
def test_more_croatian_shapes_are_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        ("Wang Yi le Blinken min negere?", "what did Wang Yi say to Blinken"),  # "negere": told
        ("Xi sint merhoch new yaqerebew?", "how many principles did Xi propose"),  # a cleft: "sint … new …-ew"
        ("tsihufu meche new update yetederegew?", "when was the article updated"),  # "yetederegew": that was done
        ("ye China foreign minister sim-u man new?", "what is the name of China's foreign minister"),
        (
            "Blinken ke Chinese Foreign Minister gar tenegagre, sim-u man yibalal?",
            "Blinken talked with the Chinese Foreign Minister, what is his name",
        ),
        ("Blinken endemilew, ginignetu min yihonal?", "according to Blinken, what will the relationship be"),
        ("Xi yetegenagnew ye US diplomat min ale?", "what did the US diplomat who met Xi say"),  # a relative first
    ],
)
def test_more_amharic_shapes_are_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        ("Wang Yi ne Blinken nu ki karan layi keha?", "what did Wang Yi tell Blinken to do"),  # "… layi keha": told to
        ("Xi ne America nu kiho jehi soch rakhan layi keha?", "what kind of view did Xi tell America to have"),
        ("Blinken ne human rights wali gall bare ki keha?", "what did Blinken say about human rights"),
        ("meeting kehde shehar vich hoyi?", "in which city did the meeting take place"),  # "kehde … vich": in which
        ("eh article kehde gal de baare hai?", "what is this article about"),
        (
            "leaders ne jehde mudde te sehmati kiti, oh kehde summit vich?",
            "the issues the leaders agreed on, which summit was that in",
        ),
        ("ate Wang Yi ne Blinken nu ki keha?", "what did Wang Yi say to Blinken"),  # "ate": and
        ("eh rishta kado shuru hoya?", "when did this relationship start"),
        ("kinne keha ki rishta better hona shuru ho gaya hai?", "who said relationship has started to become better"),
    ],
)
def test_more_punjabi_shapes_are_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        (
            "Blinken le yo bhanda pahile kun Chinese leader sanga bhet gareko thiyo?",
            "which Chinese leader did Blinken meet before this",
        ),
        ("meeting kun sahar ma bhayo?", "in which city did the meeting take place"),  # "kun … ma": in which
        ("meeting kun thau ma bhayo?", "where did the meeting take place"),
        ("yo article kun kura ko barema ho?", "what is this article about"),
        ("Xi ko pad ke ho, kun post ma chan?", "what is Xi's title, in which post is he"),
        ("bhetghat kasto rahyo, ramro ki naramro?", "how was the meeting, good or bad"),
        (
            "Xi sanga kura garne America tira ko manche le ke bhanyo?",
            "what did the person from America's side who talked with Xi say",
        ),
    ],
)
def test_more_nepali_shapes_are_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        ("whee did Blinken meet in Beijing like", "who did Blinken meet in Beijing"),
        ("whit did the gaffer say aboot Taiwan man", "what did the boss say about Taiwan"),
        ("did Xi say owt hisself aboot Taiwan like", "did Xi say anything himself about Taiwan"),
        ("hoo many principles di they list like", "how many principles do they list"),  # "di they": do they
        ("whit was the meetin like, an who was there man", "what was the meeting like, and who was there"),
        (
            "whee's the gaffer at the ministry like, an whit did he say",
            "who's the boss at the ministry, and what did he say",
        ),
        ("whit did Xi come oot wi aboot Taiwan man", "what did Xi say about Taiwan"),
        ("Whit did Wang come oot wi?", "what did Wang say"),  # as Scots readers ask it too
        ("an whit did Xi say aboot Taiwan", "and what did Xi say about Taiwan"),
    ],
)
def test_more_geordie_shapes_are_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "lines"),
    [
        ("V ktorom meste sa stretli Xi a Blinken?", [11]),
        ("Aký deň sa konalo stretnutie?", [9]),
        ("Kto Wangovi povedal, že by mali byť partneri?", [9]),
        ("Koje zemlje su na popisu?", [29]),
        ("Xi sint merhoch new yaqerebew?", [15]),
        ("tsihufu meche new update yetederegew?", [8, 109]),
        ("ye China foreign minister sim-u man new?", [21]),
        ("meeting kehde shehar vich hoyi?", [11]),
        ("meeting kun sahar ma bhayo?", [11]),
        ("Xi le yo bhanda pahile kun American president sanga bhet gareko thiyo?", [11]),
        ("whit did Wang come oot wi", [31, 33]),
        ("whit did the Chinese gaffer say to Blinken man", [9, 13, 15, 19, 11, 17]),
    ],
)
def test_more_shapes_of_the_six_newer_books_are_answered(kb: KnowledgeBase, question: str, lines: list[int]) -> None:
    assert _lines(kb.answer(question)) == lines


@pytest.mark.parametrize(
    "question",
    [
        "Kto je čínsky veľvyslanec v USA, bol tiež na stretnutí?",  # no ambassador in the article
        "Kto je americký veľvyslanec v Pekingu, bol aj na rokovaniach?",
    ],
)
def test_an_office_the_article_never_names_asked_in_slovak_abstains(kb: KnowledgeBase, question: str) -> None:
    assert kb.answer(question).abstained


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        ("Kakvo kaza Xi za Taiwan?", "what did Xi say about Taiwan"),
        ("S kogo se sreshtna Blinken v Pekin?", "who did Blinken meet in Beijing"),  # "Pekin": Beijing
        ("Kolko dalgo prodalzhi sreshtata?", "how long did the meeting last"),  # "sreshtata": the meeting
        ("Koi kaza che triabva da sa partniori?", "who said they should be partners"),
        ("Kakvo kaza Wang Yi na Blinken?", "what did Wang Yi say to Blinken"),  # "na Blinken": to Blinken
        ("Kakvo e kazal Xi za choveshkite prava?", "what did Xi say about human rights"),
        ("Kakvo kaza Xi sled sreshtata?", "what did Xi say after the meeting"),
        ("Koi se sreshtna s Blinken?", "who met Blinken"),
        ("Kolko chasa prodalzhiha razgovorite?", "how many hours did the talks last"),
        ("Koga se sreshtnaha Xi i Blinken?", "when did Xi and Blinken meet"),  # "koga": when, not Serbian's whom
        ("Kade se sastoya sreshtata?", "where did the meeting take place"),
        ("Kolko printsipa predlozhi Xi?", "how many principles did Xi propose"),
        ("Kolko struva abonamentat?", "how much does the subscription cost"),
        ("Koi e Wang Yi?", "who is Wang Yi"),
        ("Zashto Blinken otide v Pekin?", "why did Blinken go to Beijing"),
        ("Kakvo se sluchi na sreshtata?", "what happened at the meeting"),
        ("Za kakvo e tazi statiya?", "what is this article about"),
        ("Spomenat li e Taiwan v statiyata?", "was Taiwan mentioned"),
        ("Koi darzhavi sa spomenati v statiyata?", "which countries were mentioned"),
        ("Kakvo kaza ministarat na vanshnite raboti na Kitai?", "what did China's foreign minister say"),
        ("Za koya organizatsiya raboti Wang Yi?", "which organisation does Wang Yi work for"),
        ("Kakvo obyavi Xi?", "what did Xi announce"),
        # chat's spellings: "kvo", "4e" (che), "trqbva" (tryabva), "Si Dzinpin", "Tayvan"
        ("kvo kaza Si Dzinpin za Tayvan?", "what did Xi Jinping say about Taiwan"),
        ("Koi kaza 4e trqbva da sa partniori?", "who said they should be partners"),
        ("Kakvo kaza darzhavniyat sekretar na SASHT?", "what did the US secretary of state say"),
        ("Kakvo kaza Blinken na Xi za Taiwan?", "what did Blinken say to Xi about Taiwan"),
    ],
)
def test_bulgarian_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        ("Mida Xi Taiwani kohta ytles?", "what did Xi say about Taiwan"),  # "Taiwani kohta": about Taiwan
        ("Kellega Blinken Pekingis kohtus?", "who did Blinken meet in Beijing"),  # "Pekingis": in Beijing
        ("Kui kaua kohtumine kestis?", "how long did the meeting last"),
        ("Kes ytles et nad peaksid olema partnerid?", "who said they should be partners"),
        ("Mida ütles Wang Yi Blinkenile?", "what did Wang Yi say to Blinken"),  # "Blinkenile": to Blinken
        ("Mida Xi inimõiguste kohta ütles?", "what did Xi say about human rights"),
        ("Mida Xi pärast kohtumist ütles?", "what did Xi say after the meeting"),
        ("Kes kohtus Blinkeniga?", "who met Blinken"),  # "Blinkeniga": with Blinken
        ("Mitu tundi läbirääkimised kestsid?", "how many hours did the talks last"),
        ("Millal kohtusid Xi ja Blinken?", "when did Xi and Blinken meet"),
        ("Kus kohtumine toimus?", "where did the meeting take place"),
        ("Mitu põhimõtet Xi välja pakkus?", "how many principles did Xi propose"),
        ("Kui palju tellimus maksab?", "how much does the subscription cost"),
        ("Kes on Wang Yi?", "who is Wang Yi"),
        ("Miks Blinken Pekingisse sõitis?", "why did Blinken go to Beijing"),  # "Pekingisse": to Beijing
        ("Mis kohtumisel juhtus?", "what happened at the meeting"),
        ("Millest see artikkel räägib?", "what is this article about"),
        ("Kas Taiwani mainiti?", "was Taiwan mentioned"),  # "kas": whether, not Lithuanian's who
        ("Milliseid riike artiklis mainiti?", "which countries were mentioned"),
        ("Mida ütles Hiina välisminister?", "what did China's foreign minister say"),
        ("Kes kirjutas selle artikli?", "who wrote the article"),
        ("Mis organisatsioonis Wang Yi töötab?", "which organisation does Wang Yi work for"),
        ("Mida Xi teatas?", "what did Xi announce"),
        # the verb before the one who did it, "-st" of what was said, "Xi-ga", "USA"
        ("Kellega kohtus Blinken Pekingis?", "who did Blinken meet in Beijing"),
        ("Mida Xi Taiwanist rääkis?", "what did Xi say about Taiwan"),
        ("Kus Blinken kohtus Xi-ga?", "where did Blinken meet Xi"),
        ("Mida ütles USA riigisekretär?", "what did the US secretary of state say"),
        ("Kas Xi ütles midagi Taiwani kohta?", "did Xi say anything about Taiwan"),
    ],
)
def test_estonian_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        ("Xi Taiwan gana mokakda kiwwe?", "what did Xi say about Taiwan"),  # "Taiwan gana": about Taiwan
        ("Blinken Beijing wala hamba unes kawda?", "who did Blinken meet in Beijing"),  # "Beijing wala": in Beijing
        ("meeting eka kochchara welawak giyada?", "how long did the meeting last"),  # "meeting eka": the meeting
        ("partners wenna one kiyala kiwwe kawda?", "who said they should be partners"),
        ("Wang Yi Blinken ta mokakda kiwwe?", "what did Wang Yi say to Blinken"),  # "Blinken ta": to Blinken
        ("Xi human rights gana mokakda kiwwe?", "what did Xi say about human rights"),
        ("Xi meeting eken passe mokakda kiwwe?", "what did Xi say after the meeting"),
        ("Blinkenwa hamba une kawda?", "who met Blinken"),  # "Blinkenwa": Blinken, the one met
        ("talks eka paya kiyak giyada?", "how many hours did the talks last"),
        ("Xi saha Blinken kawadada hamba une?", "when did Xi and Blinken meet"),
        ("meeting eka koheda thibbe?", "where did the meeting take place"),
        ("Xi principles kiyak propose kala?", "how many principles did Xi propose"),
        ("subscription eka kiyada?", "how much is the subscription"),
        ("Wang Yi kawda?", "who is Wang Yi"),
        ("Blinken ai Beijing giye?", "why did Blinken go to Beijing"),
        ("meeting eke mokakda une?", "what happened at the meeting"),
        ("me article eka mokak gana da?", "what is this article about"),
        ("Taiwan gana mention kalada?", "was Taiwan mentioned"),
        ("Chinawe foreign minister mokakda kiwwe?", "what did China's foreign minister say"),
        ("me article eka liwwe kawda?", "who wrote the article"),
        ("Xi mokakda announce kale?", "what did Xi announce"),
        ("Wang Yi ge position eka mokakda?", "what is Wang Yi's title"),
        # its question's mark typed apart ("mokak da"), who asked first, the one spoken to first ("Blinkenta")
        ("Xi Taiwan gana mokak da kiwwe?", "what did Xi say about Taiwan"),
        ("kawda kiwwe partners wenna one kiyala?", "who said they should be partners"),
        ("Blinkenta Xi mokakda kiwwe?", "what did Xi say to Blinken"),
        ("Blinken Beijing wala meet kale kawda?", "who did Blinken meet in Beijing"),
    ],
)
def test_sinhala_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        ("Cfare tha Xi per Tajvanin?", "what did Xi say about Taiwan"),  # "Tajvanin": Taiwan
        ("Me ke u takua Blinken ne Pekin?", "who did Blinken meet in Beijing"),  # "u takua": met, not "you"
        ("Sa zgjati takimi?", "how long did the meeting last"),  # "takimi": the meeting
        ("Kush tha qe duhet te jene partnere?", "who said they should be partners"),
        ("Çfarë i tha Wang Yi Blinkenit?", "what did Wang Yi say to Blinken"),  # "Blinkenit": to Blinken
        ("Cfare tha Xi per te drejtat e njeriut?", "what did Xi say about human rights"),
        ("Cfare tha Xi pas takimit?", "what did Xi say after the meeting"),
        ("Kush u takua me Blinkenin?", "who met Blinken"),
        ("Sa ore zgjaten bisedimet?", "how many hours did the talks last"),
        ("Kur u takuan Xi dhe Blinken?", "when did Xi and Blinken meet"),
        ("Ku u mbajt takimi?", "where was the meeting held"),
        ("Sa parime propozoi Xi?", "how many principles did Xi propose"),
        ("Sa kushton abonimi?", "how much does the subscription cost"),
        ("Kush eshte Wang Yi?", "who is Wang Yi"),
        ("Pse shkoi Blinken ne Pekin?", "why did Blinken go to Beijing"),
        ("Cfare ndodhi ne takim?", "what happened at the meeting"),
        ("Per cfare flet artikulli?", "what is the article about"),
        ("A u permend Tajvani?", "was Taiwan mentioned"),
        ("Cilat vende u permenden ne artikull?", "which countries were mentioned"),
        ("Cfare tha ministri i jashtem i Kines?", "what did China's foreign minister say"),
        ("Kush e shkroi artikullin?", "who wrote the article"),
        ("Per cilen organizate punon Wang Yi?", "which organisation does Wang Yi work for"),
        ("Cfare njoftoi Xi?", "what did Xi announce"),
        # Gheg's "çka", whom someone met ("Kë takoi …"), a yes-or-no "A …", the nationality after the title
        ("Çka tha Xi për Tajvanin?", "what did Xi say about Taiwan"),
        ("Ke takoi Blinken ne Pekin?", "who did Blinken meet in Beijing"),
        ("A tha Xi dicka per Tajvanin?", "did Xi say anything about Taiwan"),
        ("Çfarë tha presidenti kinez Xi?", "what did the Chinese president Xi say"),
        ("Cfare i tha Xi Blinkenit per Tajvanin?", "what did Xi say to Blinken about Taiwan"),
        ("Cili eshte posti i Wang Yi?", "what is Wang Yi's position"),
    ],
)
def test_albanian_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        ("Unsa ingon ni Xi bahin sa Taiwan?", "what did Xi say about Taiwan"),
        ("Kinsa gi-meet ni Blinken sa Beijing?", "who did Blinken meet in Beijing"),  # "gi-meet ni": met by
        ("Unsa ka dugay ang meeting?", "how long did the meeting last"),
        ("Kinsa nag-ingon nga dapat sila partners?", "who said they should be partners"),
        ("Unsa ingon ni Wang Yi kang Blinken?", "what did Wang Yi say to Blinken"),  # "kang Blinken": to Blinken
        ("Unsa ang giingon ni Xi bahin sa human rights?", "what did Xi say about human rights"),
        ("Unsa ingon ni Xi human sa meeting?", "what did Xi say after the meeting"),
        ("Kinsa ang ni-meet kang Blinken?", "who met Blinken"),  # "ni-meet": met, the one asked about did it
        ("Pila ka oras milungtad ang talks?", "how many hours did the talks last"),
        ("Kanus-a nagkita si Xi ug Blinken?", "when did Xi and Blinken meet"),
        ("Asa nahitabo ang meeting?", "where did the meeting take place"),
        ("Pila ka principles ang gi-propose ni Xi?", "how many principles did Xi propose"),
        ("Tagpila ang subscription?", "how much is the subscription"),
        ("Kinsa man si Wang Yi?", "who is Wang Yi"),  # "man": only the question's colour
        ("Nganong niadto si Blinken sa Beijing?", "why did Blinken go to Beijing"),
        ("Unsay nahitabo sa meeting?", "what happened at the meeting"),
        ("Bahin sa unsa ang article?", "what is the article about"),
        ("Gihisgutan ba ang Taiwan sa article?", "was Taiwan mentioned"),
        ("Unsang mga nasud ang gihisgutan?", "which countries were mentioned"),
        ("Unsa ingon sa foreign minister sa China?", "what did China's foreign minister say"),
        ("Kinsa ang nagsulat sa article?", "who wrote the article"),
        ("Asa nga organisasyon nagtrabaho si Wang Yi?", "which organisation does Wang Yi work for"),
        ("Unsa ang gi-announce ni Xi?", "what did Xi announce"),
        ("Kinsa ang nahimamat ni Blinken sa Beijing?", "who did Blinken meet in Beijing"),
        ("Unsa ingon ni Xi kang Blinken bahin sa Taiwan?", "what did Xi say to Blinken about Taiwan"),
        ("Unsa ka dugay milungtad ang meeting?", "how long did the meeting last"),
        ("Unsa ang gisulti ni Blinken sa Beijing?", "what did Blinken say in Beijing"),
    ],
)
def test_bisaya_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        ("Xi da Taiwan pa bara ke sa wayel?", "what did Xi say about Taiwan"),  # "da … pa bara ke": about
        ("Blinken pa Beijing ke chaa sara wlidal?", "who did Blinken meet in Beijing"),  # "pa … ke": in
        ("meeting so mooda dawam okro?", "how long did the meeting last"),
        ("chaa wayel che partners shi?", "who said they should be partners"),
        ("Wang Yi Blinken ta sa wayel?", "what did Wang Yi say to Blinken"),  # "Blinken ta": to Blinken
        ("Xi da human rights pa bara ke sa wayel?", "what did Xi say about human rights"),
        ("Xi da meeting na wrusta sa wayel?", "what did Xi say after the meeting"),
        ("sok la Blinken sara wlidal?", "who met Blinken"),
        ("khabaray so sahata dawam okro?", "how many hours did the talks last"),
        ("Xi aw Blinken kala sara wlidal?", "when did Xi and Blinken meet"),
        ("meeting cherta shwa?", "where did the meeting take place"),
        ("Xi so principles propose kral?", "how many principles did Xi propose"),
        ("subscription pa so dey?", "how much is the subscription"),
        ("Wang Yi sok dey?", "who is Wang Yi"),
        ("Blinken wale Beijing ta lar?", "why did Blinken go to Beijing"),
        ("meeting ke sa oshwal?", "what happened in the meeting"),
        ("da article da sa pa bara ke dey?", "what is this article about"),
        ("Taiwan zikr shaway dey?", "was Taiwan mentioned"),
        ("kom hewadona zikr shawi di?", "which countries were mentioned"),
        ("da Cheen da bahrano charo wazir sa wayel?", "what did China's foreign minister say"),
        ("da article chaa leekaly dey?", "who wrote the article"),
        ("Wang Yi pa kom idara ke kaar kawi?", "which organisation does Wang Yi work for"),
        ("Xi sa elan okro?", "what did Xi announce"),
        ("da Wang Yi ohda sa da?", "what is Wang Yi's title"),  # "da Wang Yi": Wang Yi's
        ("da Blinken sara chaa wlidal?", "who met Blinken"),
        ("da meeting pa doran ke Xi sa wayel?", "what did Xi say during the meeting"),
    ],
)
def test_pashto_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "intent", "who"),
    [
        ("Kakvo kaza Xi za Taiwan?", Intent.SPEAKER, "Xi"),
        ("Koi e Wang Yi?", Intent.WHO_IS, "Wang Yi"),
        ("Mida ütles Hiina välisminister?", Intent.SPEAKER, "China's foreign minister"),
        ("Kes kirjutas selle artikli?", Intent.BYLINE, None),
        ("Wang Yi kawda?", Intent.WHO_IS, "Wang Yi"),
        ("partners wenna one kiyala kiwwe kawda?", Intent.WHO_SAID, None),
        ("Kush eshte Wang Yi?", Intent.WHO_IS, "Wang Yi"),
        ("Per cfare flet artikulli?", Intent.SUMMARY, None),
        ("Unsa ingon ni Xi bahin sa Taiwan?", Intent.SPEAKER, "Xi"),
        ("Kinsa man si Wang Yi?", Intent.WHO_IS, "Wang Yi"),
        ("chaa wayel che partners shi?", Intent.WHO_SAID, None),
        ("da article chaa leekaly dey?", Intent.BYLINE, None),
    ],
)
def test_the_bulgarian_estonian_sinhala_albanian_bisaya_and_pashto_books_ask_the_english_question(
    question: str, intent: Intent, who: str | None
) -> None:
    query = parse_question(question)
    assert (query.intent, query.who) == (intent, who)


@pytest.mark.parametrize(
    ("question", "lines"),
    [
        # Bulgarian
        ("Kakvo kaza Wang Yi na Blinken?", [31, 33]),
        ("Koi napisa statiyata?", [7]),
        ("S kogo se sreshtna Blinken v Pekin?", [11]),
        ("Kolko chasa prodalzhiha razgovorite?", [31]),
        # Estonian
        ("Mida ütles Wang Yi Blinkenile?", [31, 33]),
        ("Kes kirjutas selle artikli?", [7]),
        ("Kellega Blinken Pekingis kohtus?", [11]),
        ("Mitu tundi läbirääkimised kestsid?", [31]),
        # Sinhala
        ("Wang Yi Blinken ta mokakda kiwwe?", [31, 33]),
        ("me article eka liwwe kawda?", [7]),
        ("Blinken Beijing wala hamba unes kawda?", [11]),
        ("talks eka paya kiyak giyada?", [31]),
        # Albanian
        ("Çfarë i tha Wang Yi Blinkenit?", [31, 33]),
        ("Kush e shkroi artikullin?", [7]),
        ("Me ke u takua Blinken ne Pekin?", [11]),
        ("Sa ore zgjaten bisedimet?", [31]),
        # Bisaya
        ("Unsa ingon ni Wang Yi kang Blinken?", [31, 33]),
        ("Kinsa ang nagsulat sa article?", [7]),
        ("Kinsa gi-meet ni Blinken sa Beijing?", [11]),
        ("Pila ka oras milungtad ang talks?", [31]),
        # Pashto
        ("Wang Yi Blinken ta sa wayel?", [31, 33]),
        ("da article chaa leekaly dey?", [7]),
        ("Blinken pa Beijing ke chaa sara wlidal?", [11]),
        ("khabaray so sahata dawam okro?", [31]),
    ],
)
def test_a_question_in_bulgarian_estonian_sinhala_albanian_bisaya_or_pashto_is_answered(
    kb: KnowledgeBase, question: str, lines: list[int]
) -> None:
    assert _lines(kb.answer(question)) == lines


@pytest.mark.parametrize(
    "question",
    [
        "Koi kaza che triabva da sa partniori?",
        "Kes ytles et nad peaksid olema partnerid?",
        "partners wenna one kiyala kiwwe kawda?",
        "Kush tha qe duhet te jene partnere?",
        "Kinsa nag-ingon nga dapat sila partners?",
        "chaa wayel che partners shi?",
    ],
)
def test_who_said_they_should_be_partners_in_bulgarian_estonian_sinhala_albanian_bisaya_or_pashto_finds_xi(
    kb: KnowledgeBase, question: str
) -> None:
    answer = kb.answer(question)
    assert _lines(answer)[:1] == [9]
    assert render_plain(answer).startswith("Xi Jinping")


def test_a_topic_the_article_never_names_asked_in_bulgarian_estonian_sinhala_albanian_bisaya_or_pashto_abstains(
    kb: KnowledgeBase,
) -> None:
    for question in (
        "Kakvo kaza Xi za Shveytsariya?",
        "Mida Xi Šveitsi kohta ütles?",
        "Xi Switzerland gana mokakda kiwwe?",
        "Cfare tha Xi per Zvicren?",
        "Unsa ingon ni Xi bahin sa Switzerland?",
        "Xi da Switzerland pa bara ke sa wayel?",
    ):
        assert parse_question(question).who == "Xi", question
        assert kb.answer(question).abstained, question


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Bulgarian: "which" after a preposition ("na koya data": on which date), its aorist after the one who did it;
        # someone put first and what they want ("I Xi, kakvo iska …"), a verb after "da" (to)
        ("Na koya data se sreshtnaha Xi i Blinken?", "on which date did Xi and Blinken meet"),
        ("V koya sgrada Xi prie Blinken?", "in which building did Xi meet Blinken"),
        ("I Xi, kakvo iska ot SASHT?", "what does Xi want from the US"),
        ("Kakvo iska Blinken dvete strani da razreshat?", "what does Blinken want the two countries to resolve"),
        # Estonian: a number after "mis" or "milliseid" (in its partitive), an English word with a case ending
        ("Milliseid kolme põhimõtet Xi välja pakkus?", "what three principles did Xi propose"),
        ("Mis kaks riiki Blinken külastas?", "what two countries did Blinken visit"),
        ("Kes ütles, et suhted seisavad silmitsi häiretega?", "who said relations are facing disruptions"),
        (
            "Kes ütles, et suhe seisab silmitsi igasuguste complicationitega?",
            "who said the relationship is facing all kinds of complications",
        ),
        # Sinhala: when, at what time or where a thing was done, asked last; "mokak hari" (anything); "mona wage"
        # (what kind of) inside what someone said
        ("article eka liwwe kawadada?", "when was the article written"),
        ("me story eka last update kale kiyata da?", "what time was this story last updated"),
        ("Russia gana article eke mokak hari thiyenawada?", "is there anything about Russia"),
        ("Xi Taiwan gana mokak hari kiwwada?", "did Xi say anything about Taiwan"),
        ("ehenam Wang, Blinken mona rata da visit kala kiwwe?", "which country did Wang say Blinken visited"),
        ("Xi, China mona wage America ekakata support kala kiwwe?", "what kind of America did Xi say China supported"),
        # Albanian: an adjective after its title, a pair of names after its noun, what begins ("po fillojnë të")
        ("Cfare tha zyrtari i larte kinez?", "what did the senior Chinese official say"),
        ("Çfarë deklaroi diplomati kryesor amerikan?", "what did the top American diplomat say"),
        ("Cfare tha Blinken per takimin Xi-Biden?", "what did Blinken say about the Xi-Biden meeting"),
        (
            "Kush tha se marrëdhëniet China-US po fillojnë të stabilizohen?",
            "who said China-US relations are beginning to stabilise",
        ),
        ('Kush tha se marrëdhëniet "po fillojnë të normalizohen"?', 'who said relations "are beginning to normalise"'),
        # Bisaya: which one did it ("ang nag-publish"), when it was done to something ("na-", "gi-"), "naa bay"
        ("Unsang website ang nag-publish ani nga balita?", "which website published this article"),
        ("Unsang mantalaan ang nagsulat sa article?", "which newspaper wrote the article"),
        ("Kanus-a first gi-publish ang article?", "when was the article first published"),
        ("Naa bay nahisgutan bahin sa Russia?", "is there anything mentioned about Russia"),
        ("Naa bay quotes si Biden?", "does Biden have any quotes"),
        ("Asa gi-meet ni Blinken si Xi?", "where did Blinken meet Xi"),
        ("Unsa ang gi-propose ni Xi?", "what did Xi propose"),
        # Pashto: "pa kom … ke" (in which), "tar manz" (between), "pa sar ke" (at the start), "sa sa" (what, said
        # twice), "da nara" (the world's), "pa so numbar" (at what number)
        ("Xi aw Blinken pa kom wadanai ke sara wlidal?", "in which building did Xi and Blinken meet"),
        ("da China aw Russia tar manz sa sa masail dee?", "what issues are there between China and Russia"),
        ("Blinken da meeting pa akhir ke sa wayel?", "what did Blinken say at the end of the meeting"),
        ("da khabaro pa sar ke Wang Yi sa wayel?", "what did Wang Yi say at the start of the talks"),
        ("Wang Yi pa de article ke sa sa wayeli di?", "what did Wang Yi say"),
        (
            "da nara pa economies ke China aw US pa so numbar dee?",
            "what number are China and US in the world's economies",
        ),
    ],
)
def test_more_bulgarian_estonian_sinhala_albanian_bisaya_and_pashto_shapes_are_read_as_english(
    question: str, understood: str
) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "lines"),
    [
        ("Na koya data se sreshtnaha Xi i Blinken?", [9]),
        ("Kakvo iska Blinken dvete strani da razreshat?", [27]),
        ("Milliseid kolme põhimõtet Xi välja pakkus?", [15]),
        ("Kes ütles, et suhted seisavad silmitsi häiretega?", [33]),
        ("me story eka last update kale kiyata da?", [8, 109]),
        ("Russia gana article eke mokak hari thiyenawada?", [29]),
        ("Xi, China mona wage America ekakata support kala kiwwe?", [17]),
        ("Çfarë deklaroi diplomati kryesor amerikan?", [25, 27, 23]),
        ("Kush tha se marrëdhëniet China-US po fillojnë të stabilizohen?", [31]),
        ("Unsang website ang nag-publish ani nga balita?", [36]),
        ("Kanus-a first gi-publish ang article?", [109, 8]),
        ("Naa bay nahisgutan bahin sa Russia?", [29]),
        ("Xi aw Blinken pa kom wadanai ke sara wlidal?", [11]),
        ("da khabaro pa sar ke Wang Yi sa wayel?", [31, 33]),
    ],
)
def test_more_shapes_of_the_bulgarian_estonian_sinhala_albanian_bisaya_and_pashto_books_are_answered(
    kb: KnowledgeBase, question: str, lines: list[int]
) -> None:
    assert _lines(kb.answer(question)) == lines


# The six latest books
_LATEST_BOOKS = frozenset({"_bulgarian", "_estonian", "_sinhala", "_albanian", "_bisaya", "_pashto"})


@pytest.mark.parametrize(
    "question",
    [
        # English, with names and words those books use ("Kush", "Sa", "Kas", "Pila", "eka", "man")
        "What did Xi say about Taiwan?",
        "Who did Blinken meet in Beijing?",
        "Who is Kush Patel?",
        "What did Sa'ad say about the deal?",
        "Did Kes say anything?",
        "Why did Pila resign?",
        "When did Asa Hutchinson say that?",
        "Who is Koga?",
        "Who is Unsa?",
        "what did Mis say",
        "Did Mokak say anything?",
        "who wrote the eka article",
        "What did the man say about the new rules?",
        # Serbian, Croatian, Slovak, Czech, Ukrainian, Russian and Polish, neighbours of Bulgarian's words
        "Koga je Blinken sreo u Pekingu?",
        "Sta je rekao Xi o Tajvanu?",
        "Kolko trvalo stretnutie?",
        "Co rekl Wang Yi Blinkenovi?",
        "Shcho skazav Xi pro Taivan?",
        "Chto skazal Si o Tayvane?",
        "Skolko dlilas vstrecha?",
        "Z kim spotkał się Blinken w Pekinie?",
        # Hungarian, Lithuanian and Finnish, Estonian's neighbours
        "Mit mondott Xi Tajvanrol?",
        "Kas pasake, kad Kinijos ir JAV santykiai jau pradeda stabilizuotis?",
        "Ka Xi pasake apie Taivana?",
        "Mitä Xi sanoi Taiwanista?",
        "Kuinka kauan kokous kesti?",
        # Tagalog, Indonesian, Tamil, Punjabi, Nepali, Hindi and Urdu, Persian
        "Ano ang sinabi ni Xi tungkol sa Taiwan?",
        "Sino ang nakipagkita kay Blinken sa Beijing?",
        "Berapa lama pertemuan itu berlangsung?",
        "Blinken Beijing la yaara meet pannaru?",
        "Xi ne Taiwan bare ki keha?",
        "Xi le Taiwan ko barema ke bhane?",
        "Blinken ne Beijing mein kis se mulaqat ki?",
        "Xi dar mored Taiwan chi goft?",
        # Hawai'i Pidgin, Somali, Swahili, Yoruba, Turkish
        "Wat Xi wen say about Taiwan?",
        "Muxuu Xi ka yiri Taiwan?",
        "Xi alisema nini kuhusu Taiwan?",
        "Kini Xi so nipa Taiwan?",
        "Toplantı ne kadar sürdü?",
    ],
)
def test_english_and_the_neighbouring_languages_are_not_read_by_the_six_latest_books(
    question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    read = clean_question(question)
    for registry in ("_PHRASEBOOKS", "_BEFORE_TEXTING"):
        books = getattr(phrasebooks, registry)
        monkeypatch.setattr(
            phrasebooks, registry, tuple(book for book in books if book[2].__name__ not in _LATEST_BOOKS)
        )
    assert clean_question(question) == read


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        ("Ko Xi teica par Taivanu?", "what did Xi say about Taiwan"),  # "par Taivanu": about Taiwan
        ("Ar ko Blinken tikas Pekina?", "who did Blinken meet in Beijing"),  # "Pekina" (Pekinā): in Beijing
        ("Cik ilgi ilga tiksanas?", "how long did the meeting last"),  # "tiksanas": the meeting
        ("Kas teica ka vajag but partneriem?", "who said they should be partners"),
        ("Ko Wang Yi teica Blinkenam?", "what did Wang Yi say to Blinken"),  # "Blinkenam": to Blinken
        ("Ko Xi teica par cilvēktiesībām?", "what did Xi say about human rights"),
        ("Ko Xi teica pēc tikšanās?", "what did Xi say after the meeting"),
        ("Kas tikās ar Blinkenu?", "who met Blinken"),  # "ar Blinkenu": with Blinken
        ("Cik stundas ilga sarunas?", "how many hours did the talks last"),
        ("Kad tikās Xi un Blinkens?", "when did Xi and Blinken meet"),
        ("Kur notika tikšanās?", "where did the meeting take place"),
        ("Cik principus Xi ierosināja?", "how many principles did Xi propose"),
        ("Cik maksā abonements?", "how much does the subscription cost"),
        ("Kas ir Wang Yi?", "who is Wang Yi"),
        ("Kāpēc Blinkens brauca uz Pekinu?", "why did Blinken go to Beijing"),
        ("Kas notika tikšanās laikā?", "what happened during the meeting"),
        ("Par ko ir šis raksts?", "what is this article about"),
        ("Vai Taivāna tika minēta?", "was Taiwan mentioned"),
        ("Kuras valstis tika minētas rakstā?", "which countries were mentioned"),
        ("Ko teica Ķīnas ārlietu ministrs?", "what did China's foreign minister say"),
        ("Kurā organizācijā strādā Wang Yi?", "which organisation does Wang Yi work for"),
        ("Ko Xi paziņoja?", "what did Xi announce"),
        ("Kas uzrakstīja šo rakstu?", "who wrote the article"),
        ("Ko teica ASV valsts sekretārs?", "what did the US secretary of state say"),
        ("Vai Xi kaut ko teica par Taivānu?", "did Xi say anything about Taiwan"),
        ("Kur Blinkens tikās ar Xi?", "where did Blinken meet Xi"),
        ("Ko Blinkens satika Pekinā?", "who did Blinken meet in Beijing"),  # "Ko … satika": whom … met
        ("Ko Xi teica Blinkenam par Taivānu?", "what did Xi say to Blinken about Taiwan"),
        ("Par ko runāja Xi un Blinkens?", "what did Xi and Blinken talk about"),
        ("Kāds ir Wang Yi amats?", "what is Wang Yi's position"),
    ],
)
def test_latvian_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        ("Shto rece Xi za Tajvan?", "what did Xi say about Taiwan"),  # "za Tajvan": about Taiwan
        ("So kogo se sretna Blinken vo Peking?", "who did Blinken meet in Beijing"),  # "vo Peking": in Beijing
        ("Kolku traese sredbata?", "how long did the meeting last"),  # "sredbata": the meeting
        ("Koj rece deka treba da bidat partneri?", "who said they should be partners"),
        ("Shto mu rece Wang Yi na Blinken?", "what did Wang Yi say to Blinken"),  # "mu … na Blinken": to Blinken
        ("Shto rece Xi za chovekovite prava?", "what did Xi say about human rights"),
        ("Shto rece Xi po sredbata?", "what did Xi say after the meeting"),
        ("Koj se sretna so Blinken?", "who met Blinken"),
        ("Kolku chasa traeja razgovorite?", "how many hours did the talks last"),
        ("Koga se sretnaa Xi i Blinken?", "when did Xi and Blinken meet"),
        ("Kade se odrzha sredbata?", "where did the meeting take place"),
        ("Kolku principi predlozhi Xi?", "how many principles did Xi propose"),
        ("Kolku chini pretplatata?", "how much does the subscription cost"),
        ("Koj e Wang Yi?", "who is Wang Yi"),
        ("Zoshto Blinken otide vo Peking?", "why did Blinken go to Beijing"),
        ("Shto se sluchi na sredbata?", "what happened at the meeting"),
        ("Za shto zboruva ovaa statija?", "what is this article about"),
        ("Dali e spomenat Tajvan?", "was Taiwan mentioned"),
        ("Koi zemji se spomenati vo statijata?", "which countries were mentioned"),
        ("Shto rece ministerot za nadvoreshni raboti na Kina?", "what did China's foreign minister say"),
        ("Za koja organizacija raboti Wang Yi?", "which organisation does Wang Yi work for"),
        ("Shto objavi Xi?", "what did Xi announce"),
        ("Koj ja napisha statijata?", "who wrote the article"),
        ("Shto izjavi drzhavniot sekretar na SAD?", "what did the US secretary of state say"),
        ("Dali Xi rece neshto za Tajvan?", "did Xi say anything about Taiwan"),
        ("Kogo go sretna Blinken vo Peking?", "who did Blinken meet in Beijing"),  # its "go" doubling "kogo" (whom)
        ("Što reče Si Džinping za Tajvan?", "what did Xi Jinping say about Taiwan"),
        ("Shto mu rece Xi na Blinken za Tajvan?", "what did Xi say to Blinken about Taiwan"),
        ("Kade se sretna Blinken so Xi?", "where did Blinken meet Xi"),
        ("Koja e funkcijata na Wang Yi?", "what is Wang Yi's position"),
    ],
)
def test_macedonian_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        ("Xi li ser Taywanê çi got?", "what did Xi say about Taiwan"),  # "li ser Taywanê": about Taiwan
        ("Blinken li Pekînê bi kê re hevdîtin kir?", "who did Blinken meet in Beijing"),  # "bi kê re": with whom
        ("Hevdîtin çiqas dom kir?", "how long did the meeting last"),
        ("Kê got divê em bibin hevkar?", "who said they should be partners"),
        ("Wang Yi ji Blinken re çi got?", "what did Wang Yi say to Blinken"),  # "ji Blinken re": to Blinken
        ("Xi li ser mafên mirovan çi got?", "what did Xi say about human rights"),
        ("Xi piştî hevdîtinê çi got?", "what did Xi say after the meeting"),
        ("Kê bi Blinken re hevdîtin kir?", "who met Blinken"),
        ("Axaftin çend saet dom kirin?", "how many hours did the talks last"),
        ("Xi û Blinken kengî hevdîtin kirin?", "when did Xi and Blinken meet"),
        ("Hevdîtin li ku pêk hat?", "where did the meeting take place"),
        ("Xi çend prensîp pêşniyar kirin?", "how many principles did Xi propose"),
        ("Abonetî çiqas e?", "how much is the subscription"),
        ("Wang Yi kî ye?", "who is Wang Yi"),  # "kî ye": who is
        ("Blinken çima çû Pekînê?", "why did Blinken go to Beijing"),
        ("Di hevdîtinê de çi qewimî?", "what happened in the meeting"),
        ("Ev gotar li ser çi ye?", "what is this article about"),
        ("Behsa Taywanê hat kirin?", "was Taiwan mentioned"),
        ("Kîjan welat hatin behskirin?", "which countries were mentioned"),
        ("Wezîrê Derve yê Çînê çi got?", "what did China's foreign minister say"),
        ("Wang Yi di kîjan rêxistinê de dixebite?", "which organisation does Wang Yi work for"),
        ("Xi çi ragihand?", "what did Xi announce"),
        ("Kê ev gotar nivîsand?", "who wrote the article"),
        ("Xi li ser Taywane ci got?", "what did Xi say about Taiwan"),
        ("Ke got ku dive ew bibin hevkar?", "who said they should be partners"),
        ("Blinken li Pekînê kê dît?", "who did Blinken meet in Beijing"),
        ("Gelo Xi li ser Taywanê tiştek got?", "did Xi say anything about Taiwan"),
        ("Xi ji Blinken re li ser Taywanê çi got?", "what did Xi say to Blinken about Taiwan"),
        ("Blinken li ku bi Xi re hevdîtin kir?", "where did Blinken meet Xi"),
        ("Sekreterê Dewletê yê DYA çi got?", "what did the US secretary of state say"),
    ],
)
def test_kurdish_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        ("Xi Taiwan-ine patti enthu paranju?", "what did Xi say about Taiwan"),  # "Taiwan-ine patti": about Taiwan
        ("Blinken Beijing-il aareya kandathu?", "who did Blinken meet in Beijing"),  # "Beijing-il": in Beijing
        ("meeting ethra neram neendu?", "how long did the meeting last"),
        ("partners aakanam ennu paranjathu aaru?", "who said they should be partners"),
        ("Wang Yi Blinken-inodu enthu paranju?", "what did Wang Yi say to Blinken"),  # "Blinken-inodu": to Blinken
        ("Xi human rights-ine kurichu enthu paranju?", "what did Xi say about human rights"),
        ("Xi meeting-inu shesham enthu paranju?", "what did Xi say after the meeting"),
        ("Blinken-ine aaru kandu?", "who met Blinken"),  # "aaru": who, "aare": whom
        ("talks ethra manikkoor neendu?", "how many hours did the talks last"),
        ("Xi-yum Blinken-um eppol kandu?", "when did Xi and Blinken meet"),  # "Xi-yum Blinken-um": Xi and Blinken
        ("meeting evide nadannu?", "where did the meeting take place"),
        ("Xi ethra principles propose cheythu?", "how many principles did Xi propose"),
        ("subscription-inu ethra aanu?", "how much is the subscription"),
        ("Wang Yi aaranu?", "who is Wang Yi"),
        ("Blinken enthinu Beijing-il poyi?", "why did Blinken go to Beijing"),
        ("meeting-il enthu sambhavichu?", "what happened in the meeting"),
        ("ee article enthine patti aanu?", "what is this article about"),
        ("Taiwan-ine patti paranjittundo?", "was Taiwan mentioned"),
        ("ethokke rajyangal mention cheythu?", "which countries were mentioned"),
        ("China-yude foreign minister enthu paranju?", "what did China's foreign minister say"),
        ("Wang Yi ethu organisation-il aanu work cheyyunnathu?", "which organisation does Wang Yi work for"),
        ("Xi enthu announce cheythu?", "what did Xi announce"),
        ("ee article aaru ezhuthi?", "who wrote the article"),
        ("Xi Taiwan-ne kurichu enthanu paranjathu?", "what did Xi say about Taiwan"),
        ("aaranu partners aakanam ennu paranjathu?", "who said they should be partners"),
        ("Blinken Beijing-il vechu aare kandu?", "who did Blinken meet in Beijing"),
        ("Xi Blinken-inodu Taiwan-ine patti enthu paranju?", "what did Xi say to Blinken about Taiwan"),
        ("Xi Taiwan-ine patti enthenkilum paranjo?", "did Xi say anything about Taiwan"),
        ("Blinken Xi-ye evide vechu kandu?", "where did Blinken meet Xi"),
        ("US secretary of state enthu paranju?", "what did the US secretary of state say"),
    ],
)
def test_malayalam_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        ("ra tqva Xi-m Taivanze?", "what did Xi say about Taiwan"),  # "Xi-m": Xi (who spoke), "Taivanze": about Taiwan
        ("vis shexvda Blinken Pekinshi?", "who did Blinken meet in Beijing"),  # "Pekinshi": in Beijing
        ("ramdeni xani gagrdzelda shexvedra?", "how long did the meeting last"),
        ("vin tqva rom partniorebi unda viyot?", "who said they should be partners"),
        ("ra utxra Wang Yi-m Blinkens?", "what did Wang Yi say to Blinken"),  # "Blinkens": to Blinken
        ("ra tqva Xi-m adamianis uflebebze?", "what did Xi say about human rights"),
        ("ra tqva Xi-m shexvedris shemdeg?", "what did Xi say after the meeting"),
        ("vin shexvda Blinkens?", "who met Blinken"),  # "vin … Blinkens": who met Blinken
        ("ramdeni saati gagrdzelda molaparakebebi?", "how many hours did the talks last"),
        ("rodis shexvdnen Xi da Blinkeni?", "when did Xi and Blinken meet"),
        ("sad gaimarta shexvedra?", "where did the meeting take place"),
        ("ramdeni principi shestavaza Xi-m?", "how many principles did Xi propose"),
        ("ra ghirs gamowera?", "how much does the subscription cost"),
        ("vin aris Wang Yi?", "who is Wang Yi"),
        ("ratom wavida Blinkeni Pekinshi?", "why did Blinken go to Beijing"),
        ("ra moxda shexvedraze?", "what happened at the meeting"),
        ("ris shesaxebaa es statia?", "what is this article about"),
        ("naxsenebia Taivani statiashi?", "was Taiwan mentioned"),
        ("romeli qveynebia naxsenebi statiashi?", "which countries were mentioned"),
        ("ra tqva chinetis sagareo saqmeta ministrma?", "what did China's foreign minister say"),
        ("romel organizaciashi mushaobs Wang Yi?", "which organisation does Wang Yi work for"),
        ("ra ganacxada Xi-m?", "what did Xi announce"),
        ("vin dawera es statia?", "who wrote the article"),
        ("Xi-m ra tqva Taivanis shesaxeb?", "what did Xi say about Taiwan"),
        ("tqva Xi-m rame Taivanze?", "did Xi say anything about Taiwan"),
        ("ra tqva ashsh-is saxelmwifo mdivanma?", "what did the US secretary of state say"),
        ("vistan shexvda Blinkeni Pekinshi?", "who did Blinken meet in Beijing"),
        ("sad shexvda Blinkeni Xi-s?", "where did Blinken meet Xi"),
        ("ra utxra Xi-m Blinkens Taivanze?", "what did Xi say to Blinken about Taiwan"),
        ("ra tanamdeboba uchiravs Wang Yi-s?", "what is Wang Yi's position"),
    ],
)
def test_georgian_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        ("Xi Tayvan haqida nima dedi?", "what did Xi say about Taiwan"),  # "Tayvan haqida": about Taiwan
        ("Blinken Pekinda kim bilan uchrashdi?", "who did Blinken meet in Beijing"),  # "Pekinda": in Beijing
        ("Uchrashuv qancha davom etdi?", "how long did the meeting last"),
        ("Kim hamkor bo'lishimiz kerak dedi?", "who said they should be partners"),
        ("Wang Yi Blinkenga nima dedi?", "what did Wang Yi say to Blinken"),  # "Blinkenga": to Blinken
        ("Xi inson huquqlari haqida nima dedi?", "what did Xi say about human rights"),
        ("Xi uchrashuvdan keyin nima dedi?", "what did Xi say after the meeting"),
        ("Kim Blinken bilan uchrashdi?", "who met Blinken"),
        ("Muzokaralar necha soat davom etdi?", "how many hours did the talks last"),
        ("Xi va Blinken qachon uchrashdi?", "when did Xi and Blinken meet"),
        ("Uchrashuv qayerda bo'lib o'tdi?", "where did the meeting take place"),
        ("Xi nechta tamoyil taklif qildi?", "how many principles did Xi propose"),
        ("Obuna qancha turadi?", "how much does the subscription cost"),
        ("Wang Yi kim?", "who is Wang Yi"),
        ("Blinken nega Pekinga bordi?", "why did Blinken go to Beijing"),
        ("Uchrashuvda nima bo'ldi?", "what happened at the meeting"),
        ("Bu maqola nima haqida?", "what is this article about"),
        ("Tayvan tilga olinganmi?", "was Taiwan mentioned"),
        ("Qaysi davlatlar tilga olingan?", "which countries were mentioned"),
        ("Xitoy tashqi ishlar vaziri nima dedi?", "what did China's foreign minister say"),  # "Xitoy": China, not Xi
        ("Wang Yi qaysi tashkilotda ishlaydi?", "which organisation does Wang Yi work for"),
        ("Xi nima e'lon qildi?", "what did Xi announce"),
        ("Maqolani kim yozgan?", "who wrote the article"),
        ("Blinken Pekinda kimni uchratdi?", "who did Blinken meet in Beijing"),
        ("Kim ular hamkor bo'lishi kerak dedi?", "who said they should be partners"),
        ("Xi Tayvan haqida biror narsa dedimi?", "did Xi say anything about Taiwan"),
        ("AQSh davlat kotibi nima dedi?", "what did the US secretary of state say"),
        ("Xi Blinkenga Tayvan haqida nima dedi?", "what did Xi say to Blinken about Taiwan"),
        ("Blinken Xi bilan qayerda uchrashdi?", "where did Blinken meet Xi"),
        ("Wang Yi lavozimi nima?", "what is Wang Yi's title"),
    ],
)
def test_uzbek_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Latvian: which day ("Kurā nedēļas dienā"), what was done to the article ("tika publicēts"), a name
        # typed as Latvians spell it ("Sji", "Antonijs", "Vanu I"), "saskaņā ar rakstu" (according to the
        # article)
        ('Kas teica "I hope we make some progress"?', 'who said "I hope we make some progress"'),
        ("Kurā nedēļas dienā Xi tikās ar Blinkenu?", "on which day of the week did Xi meet Blinken"),
        ("Cik maksā Super Saver plāns uz 2 gadiem?", "how much does Super Saver plan for 2 years cost"),
        ("Vai rakstā ir kaut kas par Krieviju?", "is there anything about Russia"),
        ("Ko Blinkens teica? visus viņa citātus, lūdzu", "what did Blinken say"),
        ("Kādus trīs principus Xi ierosināja?", "what three principles did Xi propose"),
        (
            "Kas ir Ķīnas ārlietu ministrs saskaņā ar rakstu?",
            "who is China's foreign minister according to the article",
        ),
        ("Ko teica Xi par Japānu?", "what did Xi say about Japan"),
        ("Kurš laikraksts publicēja šo rakstu?", "which newspaper published this article"),
        ("Kad raksts tika publicēts?", "when was the article published"),
        ("Ko teica amerikāņu diplomāts?", "what did the American diplomat say"),
        ("Ko teica ķīniešu ārlietu ministrs?", "what did the Chinese foreign minister say"),
        ("Kas teica, ka attiecības sāk stabilizēties?", "who said relations are beginning to stabilise"),
        ("Cik ilgi ilga sarunas starp Blinkenu un Vanu I?", "how long did the talks between Blinken and Wang Yi last"),
        # Macedonian: which day ("Vo koj den od nedelata", read as Bulgarian's), which newspaper, "spored
        # statijata" (according to the article), "na pochetokot na" (at the start of)
        ('Koj rece "I hope we make some progress"?', 'who said "I hope we make some progress"'),
        ("Vo koj den od nedelata Xi go primi Blinken?", "on which day of the week did Xi meet Blinken"),
        ("Dali se spomenuva neshto za Rusija vo statijata?", "was anything about Russia mentioned"),
        ("Shto rece Blinken? site negovi citati te molam", "what did Blinken say"),
        ("Koi tri principi gi predlozhi Xi?", "what three principles did Xi propose"),
        (
            "Koj e kineskiot minister za nadvoreshni raboti spored statijata?",
            "who is the Chinese foreign minister according to the article",
        ),
        ("Shto rece Xi za Japonija?", "what did Xi say about Japan"),
        ("Koj vesnik ja objavi statijata?", "which newspaper published the article"),
        ("Koga e objavena statijata?", "when was the article published"),
        ("Shto rece amerikanskiot diplomat?", "what did the American diplomat say"),
        ("Shto rece kineskiot minister za nadvoreshni raboti?", "what did the Chinese foreign minister say"),
        ("Koj rece deka odnosite pochnuvaat da se stabiliziraat?", "who said relations are beginning to stabilise"),
        (
            "Kolku traeja razgovorite megju Blinken i Wang Yi?",
            "how long did the talks between Blinken and Wang Yi last",
        ),
        ("Shto rece Xi za SAD?", "what did Xi say about the US"),
        # Kurdish: "di kîjan rojê de" (on which day), "tiştek heye" (is there anything), "li gorî gotarê"
        # (according to the article), "di destpêka … de" (at the start of)
        ('Kê got "I hope we make some progress"?', 'who said "I hope we make some progress"'),
        ("Xi di kîjan rojê de Blinken dît?", "on which day did Xi meet Blinken"),
        ("Di gotarê de li ser Rûsyayê tiştek heye?", "is there anything about Russia"),
        ("Blinken çi got? hemû gotinên wî ji kerema xwe", "what did Blinken say"),
        ("Xi kîjan sê prensîp pêşniyar kirin?", "which three principles did Xi propose"),
        ("Li gorî gotarê wezîrê derve yê Çînê kî ye?", "who is China's foreign minister according to the article"),
        ("Xi li ser Japonyayê çi got?", "what did Xi say about Japan"),
        ("Kîjan rojnameyê ev gotar weşand?", "which newspaper published this article"),
        ("Gotar kengî hat weşandin?", "when was the article published"),
        ("Dîplomatê Amerîkî çi got?", "what did the American diplomat say"),
        ("Kê got ku têkilî dest bi aramiyê dikin?", "who said relations are beginning to stabilise"),
        ("Xi li ser DYA çi got?", "what did Xi say about the US"),
        ("Xi û Blinken li ku hevdîtin kirin?", "where did Xi and Blinken meet"),
        (
            "Wang Yi di destpêka axaftinan de ji Blinken re çi got?",
            "what did Wang Yi say at the start of the talks to Blinken",
        ),
        # Malayalam: "ethu divasam" (which day), "X-il … enthenkilum undo" (is there anything), "prakaram"
        # (according to), a glued ending ("Taiwanine", "Chinayude")
        ('"I hope we make some progress" ennu paranjathu aaru?', 'who said "I hope we make some progress"'),
        ("aazhchayile ethu divasam aanu Xi Blinken-ine kandathu?", "on which day of the week did Xi meet Blinken"),
        ("article-il Russia-ye patti enthenkilum undo?", "is there anything about Russia"),
        ("Blinken enthu paranju? ellaa quotes-um tharu", "what did Blinken say"),
        ("Xi propose cheytha moonu principles enthokke?", "what three principles did Xi propose"),
        (
            "article prakaram China-yude foreign minister aaru?",
            "who is China's foreign minister according to the article",
        ),
        ("Xi Japan-ine patti enthu paranju?", "what did Xi say about Japan"),
        ("ethu newspaper aanu ee article publish cheythathu?", "which newspaper published this article"),
        ("article eppol aanu publish cheythathu?", "when was the article published"),
        ("American diplomat enthu paranju?", "what did the American diplomat say"),
        ("Chinese foreign minister enthu paranju?", "what did the Chinese foreign minister say"),
        ("relations stabilise aakaan thudangi ennu paranjathu aaru?", "who said relations are beginning to stabilise"),
        (
            "Blinken-um Wang Yi-um thammilulla talks ethra neram neendu?",
            "how long did the talks between Blinken and Wang Yi last",
        ),
        ("Xi US-ine patti enthu paranju?", "what did Xi say about the US"),
        # Georgian: "kviris romel dghes" (on which day of the week), "rame … -ze" (anything about), "statiis
        # mixedvit" (according to the article), "ashsh-ze" (about the US)
        ('vin tqva "I hope we make some progress"?', 'who said "I hope we make some progress"'),
        ("kviris romel dghes shexvda Xi Blinkens?", "on which day of the week did Xi meet Blinken"),
        ("aris statiashi rame rusetze?", "is there anything about Russia"),
        ("ra tqva Blinkenma? misi yvela citata gtxov", "what did Blinken say"),
        ("romeli sami principi shestavaza Xi-m?", "which three principles did Xi propose"),
        (
            "statiis mixedvit vin aris chinetis sagareo saqmeta ministri?",
            "who is China's foreign minister according to the article",
        ),
        ("ra tqva Xi-m iaponiaze?", "what did Xi say about Japan"),
        ("romelma gazetma gamoaqveyna es statia?", "which newspaper published this article"),
        ("rodis gamoqveynda statia?", "when was the article published"),
        ("ra tqva amerikelma diplomatma?", "what did the American diplomat say"),
        ("ra tqva chinelma sagareo saqmeta ministrma?", "what did the Chinese foreign minister say"),
        ("vin tqva rom urtiertobebi stabilizdeba?", "who said relations are beginning to stabilise"),
        ("ra tqva Xi-m ashsh-ze?", "what did Xi say about the US"),
        ("sad shexvdnen Xi da Blinkeni?", "where did Xi and Blinken meet"),
        # Uzbek: "haftaning qaysi kunida" (on which day of the week), "biror narsa bormi" (is there anything),
        # "maqolaga ko'ra" (according to the article), "o'rtasidagi" (between)
        ('"I hope we make some progress" deb kim aytdi?', 'who said "I hope we make some progress"'),
        ("Xi Blinken bilan haftaning qaysi kunida uchrashdi?", "on which day of the week did Xi meet Blinken"),
        ("Maqolada Rossiya haqida biror narsa bormi?", "is there anything about Russia"),
        ("Blinken nima dedi? uning barcha iqtiboslarini bering", "what did Blinken say"),
        ("Xi qaysi uchta tamoyilni taklif qildi?", "which three principles did Xi propose"),
        ("Maqolaga ko'ra Xitoy tashqi ishlar vaziri kim?", "who is China's foreign minister according to the article"),
        ("Xi Yaponiya haqida nima dedi?", "what did Xi say about Japan"),
        ("Qaysi gazeta bu maqolani chop etdi?", "which newspaper published this article"),
        ("Maqola qachon chop etilgan?", "when was the article published"),
        ("Amerikalik diplomat nima dedi?", "what did the American diplomat say"),
        ("Xitoylik tashqi ishlar vaziri nima dedi?", "what did the Chinese foreign minister say"),
        ("Kim munosabatlar barqarorlasha boshladi dedi?", "who said relations are beginning to stabilise"),
        (
            "Blinken va Wang Yi o'rtasidagi muzokaralar qancha davom etdi?",
            "how long did the talks between Blinken and Wang Yi last",
        ),
        ("Xi AQSh haqida nima dedi?", "what did Xi say about the US"),
    ],
)
def test_more_latvian_macedonian_kurdish_malayalam_georgian_and_uzbek_shapes_are_read_as_english(
    question: str, understood: str
) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "intent", "who"),
    [
        ("Ko Xi teica par Taivanu?", Intent.SPEAKER, "Xi"),
        ("Kas ir Wang Yi?", Intent.WHO_IS, "Wang Yi"),
        ("Shto rece Xi za Tajvan?", Intent.SPEAKER, "Xi"),
        ("Koj ja napisha statijata?", Intent.BYLINE, None),
        ("Xi li ser Taywanê çi got?", Intent.SPEAKER, "Xi"),
        ("Kê got divê em bibin hevkar?", Intent.WHO_SAID, None),
        ("Xi Taiwan-ine patti enthu paranju?", Intent.SPEAKER, "Xi"),
        ("Wang Yi aaranu?", Intent.WHO_IS, "Wang Yi"),
        ("ra tqva Xi-m Taivanze?", Intent.SPEAKER, "Xi"),
        ("vin tqva rom partniorebi unda viyot?", Intent.WHO_SAID, None),
        ("Xi Tayvan haqida nima dedi?", Intent.SPEAKER, "Xi"),
        ("Maqolani kim yozgan?", Intent.BYLINE, None),
    ],
)
def test_the_latvian_macedonian_kurdish_malayalam_georgian_and_uzbek_books_ask_the_english_question(
    question: str, intent: Intent, who: str | None
) -> None:
    query = parse_question(question)
    assert (query.intent, query.who) == (intent, who)


@pytest.mark.parametrize(
    ("question", "lines"),
    [
        # Latvian
        ("Ko Wang Yi teica Blinkenam?", [31, 33]),
        ("Kas uzrakstīja šo rakstu?", [7]),
        ("Ar ko Blinken tikas Pekina?", [11]),
        ("Cik stundas ilga sarunas?", [31]),
        ("Kurā nedēļas dienā Xi tikās ar Blinkenu?", [9]),
        # Macedonian
        ("Shto mu rece Wang Yi na Blinken?", [31, 33]),
        ("Koj ja napisha statijata?", [7]),
        ("So kogo se sretna Blinken vo Peking?", [11]),
        ("Kolku chasa traeja razgovorite?", [31]),
        ("Koi tri principi gi predlozhi Xi?", [15]),
        # Kurdish
        ("Wang Yi ji Blinken re çi got?", [31, 33]),
        ("Kê ev gotar nivîsand?", [7]),
        ("Blinken li Pekînê bi kê re hevdîtin kir?", [11]),
        ("Axaftin çend saet dom kirin?", [31]),
        ("Kîjan rojnameyê ev gotar weşand?", [36]),
        # Malayalam
        ("Wang Yi Blinken-inodu enthu paranju?", [31, 33]),
        ("ee article aaru ezhuthi?", [7]),
        ("Blinken Beijing-il aareya kandathu?", [11]),
        ("talks ethra manikkoor neendu?", [31]),
        ("Xi propose cheytha moonu principles enthokke?", [15]),
        # Georgian
        ("ra utxra Wang Yi-m Blinkens?", [31, 33]),
        ("vin dawera es statia?", [7]),
        ("vis shexvda Blinken Pekinshi?", [11]),
        ("ramdeni saati gagrdzelda molaparakebebi?", [31]),
        ("kviris romel dghes shexvda Xi Blinkens?", [9]),
        # Uzbek
        ("Wang Yi Blinkenga nima dedi?", [31, 33]),
        ("Maqolani kim yozgan?", [7]),
        ("Blinken Pekinda kim bilan uchrashdi?", [11]),
        ("Muzokaralar necha soat davom etdi?", [31]),
        ("Maqolaga ko'ra Xitoy tashqi ishlar vaziri kim?", [21]),
    ],
)
def test_a_question_in_latvian_macedonian_kurdish_malayalam_georgian_or_uzbek_is_answered(
    kb: KnowledgeBase, question: str, lines: list[int]
) -> None:
    assert _lines(kb.answer(question)) == lines


@pytest.mark.parametrize(
    "question",
    [
        "Kas teica ka vajag but partneriem?",
        "Koj rece deka treba da bidat partneri?",
        "Kê got divê em bibin hevkar?",
        "partners aakanam ennu paranjathu aaru?",
        "vin tqva rom partniorebi unda viyot?",
        "Kim hamkor bo'lishimiz kerak dedi?",
    ],
)
def test_who_said_they_should_be_partners_in_latvian_macedonian_kurdish_malayalam_georgian_or_uzbek_finds_xi(
    kb: KnowledgeBase, question: str
) -> None:
    answer = kb.answer(question)
    assert _lines(answer)[:1] == [9]
    assert render_plain(answer).startswith("Xi Jinping")


def test_a_topic_the_article_never_names_asked_in_latvian_macedonian_kurdish_malayalam_georgian_or_uzbek_abstains(
    kb: KnowledgeBase,
) -> None:
    for question in (
        "Ko Xi teica par Šveici?",
        "Shto rece Xi za Shvajcarija?",
        "Xi li ser Swîsreyê çi got?",
        "Xi Switzerland-ine patti enthu paranju?",
        "ra tqva Xi-m Shveicariaze?",
        "Xi Shveytsariya haqida nima dedi?",
    ):
        assert parse_question(question).who == "Xi", question
        assert kb.answer(question).abstained, question


# The six books of the round before this one
_LAST_ROUND_BOOKS = frozenset({"_latvian", "_macedonian", "_kurdish", "_malayalam", "_georgian", "_uzbek"})


@pytest.mark.parametrize(
    "question",
    [
        # English, with names and words those books use ("Kim", "Ko", "Vin", "sad", "got", "Li", "Nima", "par",
        # "Sun-il", "Kas", "Rom", "Cima")
        "What did Xi say about Taiwan?",
        "Who is Kim?",
        "What did Kim Jong Un say about the talks?",
        "Who did Kim meet in Seoul?",
        "What did Ko say?",
        "What did Vin Diesel say?",
        "Why was the minister sad?",
        "Who got the award?",
        "What did Li say about trade?",
        "Did Kas say anything?",
        "What did Nima say about the deal?",
        "Who said the plan was par for the course?",
        "Who met Sun-il in Seoul?",
        "What did Rom say?",
        "Is the Cima report out?",
        'Who said "I hope we make some progress"?',
        # Lithuanian and Estonian, Latvian's neighbours ("kas", "kur", "ka")
        "Ką Xi pasakė apie Taivaną?",
        "Kas pasakė, kad Kinijos ir JAV santykiai jau pradeda stabilizuotis?",
        "Kur vyko susitikimas?",
        "Ka Xi pasake apie Taivana?",
        "Kas Xi ütles midagi Taiwani kohta?",
        # Bulgarian, Serbian, Croatian, Slovak and Russian, Macedonian's ("koj", "sto", "vo", "rece")
        "Kakvo kaza Xi za Taiwan?",
        "Koga se sreshtnaha Xi i Blinken?",
        "Kade se sastoya sreshtata?",
        "Što je rekao Xi o Tajvanu?",
        "Koga je Blinken sreo u Pekingu?",
        "Tko je rekao da bi trebali biti partneri?",
        "Kto sa stretol s Blinkenom vo Viedni?",
        "Shto skazal Si pro Tayvan?",
        # Persian, Kurdish's ("chi", "ki")
        "Xi dar mored Taiwan chi goft?",
        "Blinken ba ki molaghat kard?",
        # Tamil, Sinhala and Hindi, Malayalam's ("eppo", "pathi")
        "Xi Taiwan pathi enna sonnaru?",
        "meeting evlo neram nadanthuchu?",
        "Xi Taiwan gana mokakda kiwwe?",
        "Blinken ne Beijing mein kis se mulaqat ki?",
        # Turkish, Uzbek's ("dedi", "kim")
        "Xi Tayvan hakkında ne dedi?",
        "Toplantı ne kadar sürdü?",
        "Blinken Pekin'de kiminle görüştü?",
        # Albanian, Hawai'i Pidgin and Greek, read before texting as Kurdish and Georgian are ("ke", "da")
        "Me ke u takua Blinken ne Pekin?",
        "Wat Xi wen say about Taiwan?",
        "ti eipe o Xi gia tin Taiwan?",
        # words the books read since: Finnish's "vai" (or), Tagalog's "iyo" (you), Italian's "chi" (who), Russian's
        # "shto" after a name, English's "Sia" and "list"
        "Oliko tapaaminen Pekingissä vai Washingtonissa?",
        "Ano ang sinabi ni Xi sa iyo?",
        "Chi è Blinken?",
        "Blinken shto skazal?",
        "Did Sia say anything about the list?",
        "Was the meeting previously in the list?",
    ],
)
def test_english_and_the_neighbouring_languages_are_not_read_by_the_last_round_s_books(
    question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    read = clean_question(question)
    for registry in ("_PHRASEBOOKS", "_BEFORE_TEXTING"):
        books = getattr(phrasebooks, registry)
        monkeypatch.setattr(
            phrasebooks, registry, tuple(book for book in books if book[2].__name__ not in _LAST_ROUND_BOOKS)
        )
    assert clean_question(question) == read


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Latvian: a word that stresses the question ("tieši": exactly), the verb done by no one named ("šo rakstu
        # publicēja": this article was published) and "pirmo reizi" (first), "Vai … bija arī par …" (was … also about)
        ("Kur tieši notika tikšanās?", "where did the meeting take place"),
        ("Kur īsti tikās Xi un Blinkens?", "where did Xi and Blinken meet"),
        ("Kad šo rakstu publicēja pirmo reizi?", "when was this article first published"),
        ("Kad rakstu pēdējo reizi atjaunināja?", "when was the article last updated"),
        ("Kad raksts tika atjaunināts pēdējo reizi?", "when was the article last updated"),
        ("Kad šis raksts tika publicēts?", "when was this article published"),
        ("Vai sarunas bija arī par Krieviju?", "were the talks also about Russia"),
        ("Vai tikšanās bija par Taivānu?", "was the meeting about Taiwan"),
        # Macedonian: "spored X" (according to X) before the question, "ke" (will), "koga ke se reshi …" (when … is
        # solved), the one who spoke before "shto", an English noun with its article on ("problem-ot": the problem)
        ("Spored Xi, shto ke se sluchi so odnosite?", "what will happen with relations according to Xi"),
        ("Spored statijata, koj e Wang Yi?", "who is Wang Yi according to the article"),
        ("Shto ke se sluchi koga ke se reshi problem-ot?", "what will happen when the problem is solved"),
        ("Blinken shto rece za Tajvan?", "what did Blinken say about Taiwan"),
        ("Antony Blinken shto izjavi posle sredbata?", "what did Antony Blinken say after the meeting"),
        # Kurdish: "nûkirin" (updated), a question after the first one's comma ("…, navê wî çi ye?": what is his
        # name), "gotinên X çi bûn" (what were X's words), "dest pê dike aram bibe" (is beginning to stabilise),
        # "têkiliya X" (the X relationship), "DYA" in "Çîn-DYA" (China-US)
        ("Gotar kengî hat nûkirin?", "when was the article updated"),
        ("Wezîrê Derve yê Çînê kî ye, navê wî çi ye?", "who is China's foreign minister, what is his name"),
        ("Navê wezîrê derve yê Çînê çi ye?", "what is the name of China's foreign minister"),
        ("Gotinên Blinken çi bûn?", "what were Blinken's words"),
        ("Peyvên Wang Yi çi bûn?", "what were Wang Yi's words"),
        (
            "Kê got ku têkiliya Çîn-DYA dest pê dike aram dibe?",
            "who said the China-US relationship is beginning to stabilise",
        ),
        (
            "Kê got ku têkiliyên Çîn û DYA dest pê dikin aram bibin?",
            "who said China and the US relations are beginning to stabilise",
        ),
        # Malayalam: the verb's "-athu" before what is asked ("Xi paranjathu enthaanu": what did Xi say), "munpu"
        # after the one who did something (previously), "X enthaanu VERB cheyyunnathu" (what is X doing), its
        # ordinals, "… ennaanu X-yude viswasam" (what does X believe …), "the US" and another joined by "-um"
        ("Xi paranjathu enthaanu?", "what did Xi say"),
        ("Blinken kandathu aareyaanu?", "who did Blinken meet"),
        ("Xi munpu kandathu aareyaanu?", "who did Xi previously meet"),
        ("Xi meeting-inu munpu enthu paranju?", "what did Xi say before the meeting"),  # after an ending: before
        ("relationship enthaanu face cheyyunnathu?", "what is the relationship facing"),
        (
            "Wang Yi-yude randaamathe comment-il relationship enthaanu face cheyyunnathu ennu paranju?",
            "in Wang Yi's second comment, what did Wang Yi say the relationship is facing",
        ),
        ("China-yum US-um eppol kandu?", "when did China and the US meet"),
        (
            "China-yum US-um orumichu enthu achieve cheyyan pattum ennaanu Xi-yude viswasam?",
            "what does Xi believe China and the US can achieve together",
        ),
        # Georgian: a question without a question word ("X iyo …": was X …), an English word with its plural or case
        # on ("opioid-ebi": opioids, "sanctions-ze": about sanctions), "Xis siashi" (in the list of X)
        ("opioid-ebi iyo gansxvavebebis siashi?", "were opioids in the list of differences"),
        ("iyo Taivani gansxvavebebis siashi?", "was Taiwan in the list of differences"),
        ("ra tqva Xi-m sanctions-ze?", "what did Xi say about sanctions"),
        # Uzbek: "qaysi shaharda" (in which city), "Maqolaning muallifi kim" (who is the article's author), a second
        # question joined by "va u …" (and … they), "qisqacha" (briefly)
        ("Uchrashuv qaysi shaharda bo'ldi?", "in which city did the meeting take place"),
        ("Uchrashuv qaysi binoda bo'lib o'tdi?", "in which building did the meeting take place"),
        ("Maqolaning muallifi kim?", "who wrote the article"),
        ("Maqolaning muallifi kim va u qayerdan yozgan?", "who wrote the article and where did they write from"),
        ("Blinken nima dedi, qisqacha?", "what did Blinken say"),
    ],
)
def test_the_grammar_the_latvian_macedonian_kurdish_malayalam_georgian_and_uzbek_books_missed_is_read_as_english(
    question: str, understood: str
) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "lines"),
    [
        ("Kur tiesi notika Xi un Blinken meeting? kada eka Pekina?", [11]),
        ("Vai sarunas bija ari par Kinas support Krievijai?", [29]),
        ("Kad so rakstu publiceja pirmo reizi? first published laiks?", [109, 8]),
        ("Spored Xi, shto ke se sluchi so odnosite koga ke se reshi fundamental problem-ot?", [19]),
        ("Antony Blinken shto izjavi posle sredbata?", [25, 27, 23]),
        ("Ev gotar kengê hate nûkirin, last updated kengê ye?", [8, 109]),
        ("Wezîrê Derve yê Çînê kî ye, navê wî çi ye?", [21]),
        ("Gotinên Blinken çi bûn?", [25, 27, 23]),
        ("Kê got ku têkiliya Çîn-DYA dest pê dike aram dibe?", [31]),
        ("Xi munpu kandathu aareyaanu? previous meeting aarumaayi aayirunnu?", [11]),
        ("China-yum US-um orumichu enthu achieve cheyyan pattum ennaanu Xi-yude viswasam?", [17]),
        ("Wang Yi-yude randaamathe comment-il relationship enthaanu face cheyyunnathu ennu paranju?", [33]),
        ("opioid-ebi iyo gansxvavebebis siashi?", [29]),
        ("Uchrashuv qaysi shaharda bo'ldi?", [11]),
        ("Maqolaning muallifi kim va u qayerdan yozgan?", [7]),
        ("Xi Jinping nima dedi, qisqacha?", [9, 13, 15, 19, 11, 17]),
    ],
)
def test_a_question_in_the_grammar_the_six_books_missed_is_answered(
    kb: KnowledgeBase, question: str, lines: list[int]
) -> None:
    assert _lines(kb.answer(question)) == lines


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Armenian typed in Latin letters: a name's article ("Xi-n", "Blinken-y") left off, the phrase a postposition
        # or case ending closes ("Taywani masin": about Taiwan, "Pekinum": in Beijing, "handipumic heto": after the
        # meeting) put after the question word and its verb, in whatever order the words come
        ("Inch asec Xi-n Taywani masin?", "what did Xi say about Taiwan"),
        ("Um het handipec Blinken-y Pekinum?", "who did Blinken meet in Beijing"),
        ("Inchqan tevec handipumy?", "how long did the meeting last"),
        ("Ov asec vor petq e gortsynker linenq?", "who said we should be partners"),
        ("Inch asec Wang Yi-n Blinkenin?", "what did Wang Yi say to Blinken"),
        ("Xi-n inch asec mardu iravunqneri masin?", "what did Xi say about human rights"),
        ("Inch asec Xi-n handipumic heto?", "what did Xi say after the meeting"),
        ("Ov handipec Blinkeni het?", "who met Blinken"),
        ("Qani jam tevecin banakcutyunnery?", "how many hours did the talks last"),
        ("Erb handipecin Xi-n u Blinken-y?", "when did Xi and Blinken meet"),
        ("Vortegh kayacav handipumy?", "where did the meeting take place"),
        ("Qani skzbunq arajarkec Xi-n?", "how many principles did Xi propose"),
        ("Ov e Wang Yi-n?", "who is Wang Yi"),
        ("Inchu gnac Blinken-y Pekin?", "why did Blinken go to Beijing"),
        ("Inch texi unecav handipman jamanak?", "what happened during the meeting"),
        ("Inchi masin e hodvacy?", "what is the article about"),
        ("Nshvel e Taywan-y?", "was Taiwan mentioned"),
        ("Inch asec Chinastani artaqin gorceri nakharary?", "what did China's foreign minister say"),
        ("Ov e grel hodvacy?", "who wrote the article"),
        ("Erb e hraparakvel hodvacy?", "when was the article published"),
        ("Xi-n Taywani masin inch-vor ban asec?", "did Xi say anything about Taiwan"),
        ("Inch asec AMN petqartughary?", "what did the US secretary of state say"),
        ('Ov asec "I hope we make some progress"?', 'who said "I hope we make some progress"'),
        ("Vor ereq skzbunqnern arajarkec Xi-n?", "which three principles did Xi propose"),
        ("Taywani masin inch asec Xi-n?", "what did Xi say about Taiwan"),
        ("Inch pashton uni Wang Yi-n?", "what is Wang Yi's title"),
    ],
)
def test_armenian_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Mongolian typed in Latin letters: the closing particle ("be", "ve") left off, a name's case ending read off
        # ("Taivaniin talaar": about Taiwan, "Beejingt": in Beijing, "Blinkend": to Blinken), "X Y hoyor": X and Y
        ("Xi Taivaniin talaar yu gesen be?", "what did Xi say about Taiwan"),
        ("Blinken Beejingt hentei uulzsan be?", "who did Blinken meet in Beijing"),
        ("Uulzalt hed tsag urgeljilsen be?", "how many hours did the meeting last"),
        ("Hen hamtragch baih yostoi gej helsen be?", "who said they should be partners"),
        ("Wang Yi Blinkend yu gej helsen be?", "what did Wang Yi say to Blinken"),
        ("Xi hunii erhiin talaar yu gesen be?", "what did Xi say about human rights"),
        ("Xi uulzaltyn daraa yu gesen be?", "what did Xi say after the meeting"),
        ("Hen Blinkentei uulzsan be?", "who met Blinken"),
        ("Yaria heleltsee hed tsag urgeljilsen be?", "how many hours did the talks last"),
        ("Xi Blinken hoyor hezee uulzsan be?", "when did Xi and Blinken meet"),
        ("Uulzalt haana bolson be?", "where did the meeting take place"),
        ("Xi hed zarchim sanal bolgoson be?", "how many principles did Xi propose"),
        ("Wang Yi hen be?", "who is Wang Yi"),
        ("Blinken yagaad Beejing ruu yavsan be?", "why did Blinken go to Beijing"),
        ("Uulzalt deer yu bolson be?", "what happened at the meeting"),
        ("Ene niitlel yunii tuhai ve?", "what is this article about"),
        ("Taivaniig durdsan uu?", "was Taiwan mentioned"),
        ("Hyatadyn gadaad hergiin said yu gesen be?", "what did China's foreign minister say"),
        ("Niitleliig hen bichsen be?", "who wrote the article"),
        ("Niitlel hezee niitlegdsen be?", "when was the article published"),
        ("Xi Taivaniin talaar yamar neg yum helsen uu?", "did Xi say anything about Taiwan"),
        ("ANU-yn Turiin nariin bichgiin darga yu gesen be?", "what did the US secretary of state say"),
        ('"I hope we make some progress" gej hen helsen be?', 'who said "I hope we make some progress"'),
        ("Xi ali gurvan zarchmyg sanal bolgoson be?", "which three principles did Xi propose"),
        ("Uulzalt ali hotod bolson be?", "in which city did the meeting take place"),
        ("Wang Yi yamar alban tushaaltai ve?", "what is Wang Yi's title"),
    ],
)
def test_mongolian_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Kazakh typed in Latin letters: "turaly" (about), "-men" (with), "men" between two names (and), "qansha
        # uaqytqa" (for how long), read before Uzbek, which would read its "Kim … dedi" as its own
        ("Xi Taivan turaly ne dedi?", "what did Xi say about Taiwan"),
        ("Blinken Beijingde kimmen kezdesti?", "who did Blinken meet in Beijing"),
        ("Kezdesu qansha uaqytqa sozyldy?", "how long did the meeting last"),
        ("Kim seriktes boluymyz kerek dedi?", "who said we should be partners"),
        ("Wang Yi Blinkenge ne dedi?", "what did Wang Yi say to Blinken"),
        ("Xi adam quqyqtary turaly ne dedi?", "what did Xi say about human rights"),
        ("Xi kezdesuden keyin ne dedi?", "what did Xi say after the meeting"),
        ("Kim Blinkenmen kezdesti?", "who met Blinken"),
        ("Kelissozder neshe sagatqa sozyldy?", "how many hours did the talks last"),
        ("Xi men Blinken qashan kezdesti?", "when did Xi and Blinken meet"),
        ("Kezdesu qai jerde otti?", "where did the meeting take place"),
        ("Xi neshe qagida usyndy?", "how many principles did Xi propose"),
        ("Jazylym qansha turady?", "how much does the subscription cost"),
        ("Blinken nege Beijingke bardy?", "why did Blinken go to Beijing"),
        ("Kezdesude ne boldy?", "what happened at the meeting"),
        ("Bul maqala ne turaly?", "what is this article about"),
        ("Taivan ataldy ma?", "was Taiwan mentioned"),
        ("Qytaidyn syrtqy ister ministri ne dedi?", "what did China's foreign minister say"),
        ("Maqalany kim jazdy?", "who wrote the article"),
        ("Maqala qashan jariyalandy?", "when was the article published"),
        ("AQSh memlekettik hatshysy ne dedi?", "what did the US secretary of state say"),
        ("Blinken Xi-men qai jerde kezdesti?", "where did Blinken meet Xi"),
        ("Wang Yi-dyn lauazymy qandai?", "what is Wang Yi's title"),
        ('"I hope we make some progress" dep kim aitty?', 'who said "I hope we make some progress"'),
        ("Xi qaisy ush qagidany usyndy?", "which three principles did Xi propose"),
        (
            "Maqala boiynsha Qytaidyn syrtqy ister ministri kim?",
            "who is China's foreign minister according to the article",
        ),
    ],
)
def test_kazakh_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Khmer typed in Latin letters: its words put into English one for one, then its question word, left where the
        # answer stands ("Xi said what about Taiwan"), put first; a title before the country it serves
        ("Xi niyeay ey pi Taiwan?", "what did Xi say about Taiwan"),
        ("Blinken chuob nerng nak na nov Beijing?", "who did Blinken meet in Beijing"),
        ("kechchaprachoum ban yoreh pel ponman?", "how long did the meeting last"),
        ("nak na niyeay tha trauv tae chea dei kou?", "who said they should be partners"),
        ("Wang Yi niyeay ey teou Blinken?", "what did Wang Yi say to Blinken"),
        ("Wang Yi prap Blinken tha ey?", "what did Wang Yi say to Blinken"),
        ("Xi niyeay ey pi sith mnous?", "what did Xi say about human rights"),
        ("Xi niyeay ey kraoy kechchaprachoum?", "what did Xi say after the meeting"),
        ("nak na chuob Blinken?", "who met Blinken"),
        ("kar pipeaksa ban ponman maong?", "how many hours did the talks last"),
        ("Xi neng Blinken chuob knea pel na?", "when did Xi and Blinken meet"),
        ("kechchaprachoum thvoeu nov na?", "where did the meeting take place"),
        ("Xi sne kolkar ponman?", "how many principles did Xi propose"),
        ("Wang Yi chea nak na?", "who is Wang Yi"),
        ("hetu ey Blinken teou Beijing?", "why did Blinken go to Beijing"),
        ("mean ey kaoet laeng nov kechchaprachoum?", "what happened at the meeting"),
        ("atthabot nih niyeay pi ey?", "what is this article about"),
        ("tae Taiwan trauv ban lerk laeng te?", "was Taiwan mentioned"),
        ("rodthamontrei kar bartes Chen niyeay ey?", "what did China's foreign minister say"),
        ("nak na sarsei atthabot nih?", "who wrote this article"),
        ("atthabot nih chenh phsay pel na?", "when was this article published"),
        ("Xi ban niyeay pi Taiwan te?", "did Xi say anything about Taiwan"),
        ("rodthamontrei kar bartes Amerik niyeay ey?", "what did the US secretary of state say"),
        ('nak na niyeay "I hope we make some progress"?', 'who said "I hope we make some progress"'),
        ("Xi sne kolkar bei ey khlah?", "which three principles did Xi propose"),
        ("Wang Yi kan tamnaeng ey?", "what is Wang Yi's title"),
    ],
)
def test_khmer_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Azerbaijani, with its letters or without ("Gorus ne qeder davam etdi"): the Turkic shapes Kazakh's are,
        # "haqqında" (about), "-də" (in), "-ə" (to), "-la" (with), "olmalıyıq" (we should be)
        ("Xi Tayvan haqqında nə dedi?", "what did Xi say about Taiwan"),
        ("Blinken Pekində kimlə görüşdü?", "who did Blinken meet in Beijing"),
        ("Gorus ne qeder davam etdi?", "how long did the meeting last"),
        ("Kim terefdas olmaliyiq dedi?", "who said we should be partners"),
        ("Wang Yi Blinkenə nə dedi?", "what did Wang Yi say to Blinken"),
        ("Xi insan hüquqları haqqında nə dedi?", "what did Xi say about human rights"),
        ("Xi görüşdən sonra nə dedi?", "what did Xi say after the meeting"),
        ("Kim Blinkenlə görüşdü?", "who met Blinken"),
        ("Danışıqlar neçə saat davam etdi?", "how many hours did the talks last"),
        ("Xi və Blinken nə vaxt görüşdü?", "when did Xi and Blinken meet"),
        ("Görüş harada keçirildi?", "where did the meeting take place"),
        ("Xi neçə prinsip təklif etdi?", "how many principles did Xi propose"),
        ("Wang Yi kimdir?", "who is Wang Yi"),
        ("Blinken niyə Pekinə getdi?", "why did Blinken go to Beijing"),
        ("Görüşdə nə oldu?", "what happened at the meeting"),
        ("Bu məqalə nə haqqındadır?", "what is this article about"),
        ("Tayvan qeyd olunubmu?", "was Taiwan mentioned"),
        ("Çinin xarici işlər naziri nə dedi?", "what did China's foreign minister say"),
        ("Məqaləni kim yazıb?", "who wrote the article"),
        ("Məqalə nə vaxt dərc olunub?", "when was the article published"),
        ("Xi Tayvan haqqında nəsə dedi?", "did Xi say anything about Taiwan"),
        ("ABŞ dövlət katibi nə dedi?", "what did the US secretary of state say"),
        ("Blinken Xi ilə harada görüşdü?", "where did Blinken meet Xi"),
        ('"I hope we make some progress" deyən kim idi?', 'who said "I hope we make some progress"'),
        ("Xi hansı üç prinsipi təklif etdi?", "which three principles did Xi propose"),
        ("Wang Yi-nin vəzifəsi nədir?", "what is Wang Yi's title"),
    ],
)
def test_azerbaijani_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Icelandic, with its letters or without: "Hvað sagði X um Y" (what did X say about Y), "við" after the speaker
        # (to), its nouns with their article and case on their end ("fundurinn", "greinina")
        ("Hvað sagði Xi um Taívan?", "what did Xi say about Taiwan"),
        ("Hvern hitti Blinken i Peking?", "who did Blinken meet in Beijing"),
        ("Hversu lengi stod fundurinn?", "how long did the meeting last"),
        ("Hver sagði að við ættum að vera samstarfsaðilar?", "who said we should be partners"),
        ("Hvað sagði Wang Yi við Blinken?", "what did Wang Yi say to Blinken"),
        ("Hvað sagði Xi um mannréttindi?", "what did Xi say about human rights"),
        ("Hvað sagði Xi eftir fundinn?", "what did Xi say after the meeting"),
        ("Hver hitti Blinken?", "who met Blinken"),
        ("Hversu margar klukkustundir stóðu viðræðurnar?", "how many hours did the talks last"),
        ("Hvenær hittust Xi og Blinken?", "when did Xi and Blinken meet"),
        ("Hvar fór fundurinn fram?", "where did the meeting take place"),
        ("Hversu margar meginreglur lagði Xi til?", "how many principles did Xi propose"),
        ("Hvað kostar áskriftin?", "how much does the subscription cost"),
        ("Hver er Wang Yi?", "who is Wang Yi"),
        ("Af hverju fór Blinken til Peking?", "why did Blinken go to Beijing"),
        ("Hvað gerðist á fundinum?", "what happened at the meeting"),
        ("Um hvað er greinin?", "what is the article about"),
        ("Var Taívan nefnt?", "was Taiwan mentioned"),
        ("Hvað sagði utanríkisráðherra Kína?", "what did China's foreign minister say"),
        ("Hver skrifaði greinina?", "who wrote the article"),
        ("Hvenær var greinin birt?", "when was the article published"),
        ("Sagði Xi eitthvað um Taívan?", "did Xi say anything about Taiwan"),
        ("Hvað sagði utanríkisráðherra Bandaríkjanna?", "what did the US secretary of state say"),
        ('Hver sagði "I hope we make some progress"?', 'who said "I hope we make some progress"'),
        ("Hvaða þrjár meginreglur lagði Xi til?", "which three principles did Xi propose"),
        ("Hvaða stöðu gegnir Wang Yi?", "what is Wang Yi's position"),
    ],
)
def test_icelandic_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # what was done to the article first ("ilk dəfə", "alghash", "anh", "arajin angam", "dambaung", "fyrst"), who
        # had met whom before ("əvvəllər", "buryn", "umnu ni", "naxkinum", "pi mun", "áður"), what two people
        # discussed, which newspaper, how the talks went, a follow-up opened by "and" ("Və", "Jane", "Tegeed", "En")
        ("Hodvaci heghinaky ov e?", "who wrote the article"),
        ("Erb e arajin angam hraparakvel hodvacy?", "when was the article first published"),
        ("Handipumy vor shenqum e texi unecel?", "in which building did the meeting take place"),
        ("Xi-n naxkinum um het er handipel?", "who did Xi previously meet"),
        ("Vortegh yndunec Xi-n Blinken-in?", "where did Xi meet Blinken"),
        ("Inchi masin xosecin Blinken-y u Wang Yi-n?", "what did Blinken and Wang Yi talk about"),
        ("Hodvacum Rusastani masin inch-vor ban ka?", "is there anything about Russia"),
        ("Inch asec Wang-y Blinkenin?", "what did Wang say to Blinken"),
        ("Niitlel hezee anh niitlegdsen be?", "when was the article first published"),
        ("Hunii erhiin asuudal yarigdsan uu?", "was human rights mentioned"),
        ("Xi umnu ni hentei uulzsan be?", "who did Xi previously meet"),
        ("Blinken Wang Yi hoyor yuny talaar yarilsan be?", "what did Blinken and Wang Yi talk about"),
        ("Ali sonin ene niitleliig niitelsen be?", "which newspaper published this article"),
        ("Tegeed Wang Yi yu gesen be?", "what did Wang Yi say"),
        ("Uulzalt ali udur bolson be?", "on which day did the meeting take place"),
        ("Xi Blinkeniig haana huleen avsan be?", "where did Xi meet Blinken"),
        ("Maqala alghash qashan jariyalandy?", "when was the article first published"),
        ("Kelissozderde adam quqyqtary talqylandy ma?", "was human rights mentioned in the talks"),
        ("Xi buryn kimmen kezdesken?", "who did Xi previously meet"),
        ("Blinken men Wang Yi neni talqylady?", "what did Blinken and Wang Yi discuss"),
        ("Qaisy gazet bul maqalany jariyalady?", "which newspaper published this article"),
        ("Jane Wang Yi ne dedi?", "what did Wang Yi say"),
        ("Wang Yi men Blinken arasyndagy kelissozder qalai otti?", "how did the talks between Wang Yi and Blinken go"),
        ("Maqalanyn avtory kim?", "who wrote the article"),
        ("atthabot nih chenh phsay dambaung pel na?", "when was this article first published"),
        ("pheanijjakam trauv ban lerk laeng te?", "was trade mentioned"),
        ("Xi ban chuob nak na pi mun?", "who did Xi previously meet"),
        ("Blinken neng Wang Yi pipeaksa ampi ey?", "what did Blinken and Wang Yi discuss"),
        ("kaset na chenh phsay atthabot nih?", "which newspaper published this article"),
        ("kechchaprachoum thvoeu nov thngai na?", "on which day did the meeting take place"),
        ("Xi totuol Blinken nov na?", "where did Xi meet Blinken"),
        ("neak kar tout Amerik niyeay ey?", "what did the American diplomat say"),
        ("Məqalə ilk dəfə nə vaxt dərc olunub?", "when was the article first published"),
        ("Danışıqlarda South China Sea məsələsi də müzakirə olundu?", "was South China Sea mentioned in the talks"),
        ("Xi əvvəllər kimlə görüşmüşdü?", "who did Xi previously meet"),
        ("Blinken və Wang Yi nəyi müzakirə etdilər?", "what did Blinken and Wang Yi discuss"),
        ("Hansı qəzet bu xəbəri dərc edib?", "which newspaper published this article"),
        ("Və Wang Yi nə dedi?", "what did Wang Yi say"),
        ("Görüş harada keçirildi, hansı binada?", "where did the meeting take place"),
        ("Prezidentlər hansı sammitdə razılaşmışdılar?", "at which summit did the presidents agree"),
        ("Hvenær var greinin fyrst birt?", "when was the article first published"),
        ("Var rætt um viðskipti?", "was trade mentioned"),
        ("Hvern hafði Xi hitt áður?", "who did Xi previously meet"),
        ("Um hvað ræddu Blinken og Wang Yi?", "what did Blinken and Wang Yi discuss"),
        ("Hvaða blað birti þessa frétt?", "which newspaper published this article"),
        ("En hvað sagði Wang Yi?", "what did Wang Yi say"),
        ("Hvernig gengu viðræðurnar milli Wang Yi og Blinken?", "how did the talks between Wang Yi and Blinken go"),
        ("Hvar tók Xi á móti Blinken?", "where did Xi meet Blinken"),
    ],
)
def test_more_armenian_mongolian_kazakh_khmer_azerbaijani_and_icelandic_shapes_are_read_as_english(
    question: str, understood: str
) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "intent", "who"),
    [
        ("Inch asec Xi-n Taywani masin?", Intent.SPEAKER, "Xi"),
        ("Ov e Wang Yi-n?", Intent.WHO_IS, "Wang Yi"),
        ("Xi Taivaniin talaar yu gesen be?", Intent.SPEAKER, "Xi"),
        ("Niitleliig hen bichsen be?", Intent.BYLINE, None),
        ("Xi Taivan turaly ne dedi?", Intent.SPEAKER, "Xi"),
        ("Maqalany kim jazdy?", Intent.BYLINE, None),
        ("Xi niyeay ey pi Taiwan?", Intent.SPEAKER, "Xi"),
        ("Wang Yi chea nak na?", Intent.WHO_IS, "Wang Yi"),
        ("Xi Tayvan haqqında nə dedi?", Intent.SPEAKER, "Xi"),
        ("Məqaləni kim yazıb?", Intent.BYLINE, None),
        ("Hvað sagði Xi um Taívan?", Intent.SPEAKER, "Xi"),
        ("Hver er Wang Yi?", Intent.WHO_IS, "Wang Yi"),
    ],
)
def test_the_armenian_mongolian_kazakh_khmer_azerbaijani_and_icelandic_books_ask_the_english_question(
    question: str, intent: Intent, who: str | None
) -> None:
    query = parse_question(question)
    assert (query.intent, query.who) == (intent, who)


@pytest.mark.parametrize(
    ("question", "lines"),
    [
        # Armenian
        ("Inch asec Wang Yi-n Blinkenin?", [31, 33]),
        ("Ov e grel hodvacy?", [7]),
        ("Um het handipec Blinken-y Pekinum?", [11]),
        ("Qani jam tevecin banakcutyunnery?", [31]),
        ("Vor ereq skzbunqnern arajarkec Xi-n?", [15]),
        # Mongolian
        ("Wang Yi Blinkend yu gej helsen be?", [31, 33]),
        ("Niitleliig hen bichsen be?", [7]),
        ("Blinken Beejingt hentei uulzsan be?", [11]),
        ("Yaria heleltsee hed tsag urgeljilsen be?", [31]),
        ("Hyatadyn Gadaad hergiin said hen be?", [21]),
        # Kazakh
        ("Xi qaisy ush qagidany usyndy?", [15]),
        ("Maqalany kim jazdy?", [7]),
        ("Blinken Beijingde kimmen kezdesti?", [11]),
        ("Kelissozder neshe sagatqa sozyldy?", [31]),
        ("Qaisy gazet bul maqalany jariyalady?", [36]),
        # Khmer
        ("Wang Yi niyeay ey teou Blinken?", [31, 33]),
        ("nak na sarsei atthabot nih?", [7]),
        ("Blinken chuob nerng nak na nov Beijing?", [11]),
        ("kar pipeaksa ban ponman maong?", [31]),
        ("Xi sne kolkar bei ey khlah?", [15]),
        # Azerbaijani
        ("Wang Yi Blinkenə nə dedi?", [31, 33]),
        ("Məqaləni kim yazıb?", [7]),
        ("Blinken Pekində kimlə görüşdü?", [11]),
        ("Danışıqlar neçə saat davam etdi?", [31]),
        ("Məqaləyə görə Çinin xarici işlər naziri kimdir?", [21]),
        # Icelandic
        ("Hvað sagði Wang Yi við Blinken?", [31, 33]),
        ("Hver skrifaði greinina?", [7]),
        ("Hvern hitti Blinken i Peking?", [11]),
        ("Hversu margar klukkustundir stóðu viðræðurnar?", [31]),
        ("Í hvaða byggingu fór fundurinn fram?", [11]),
    ],
)
def test_a_question_in_armenian_mongolian_kazakh_khmer_azerbaijani_or_icelandic_is_answered(
    kb: KnowledgeBase, question: str, lines: list[int]
) -> None:
    assert _lines(kb.answer(question)) == lines


@pytest.mark.parametrize(
    "question",
    [
        "Ov asec vor petq e gortsynker linenq?",
        "Hen hamtragch baih yostoi gej helsen be?",
        "Kim seriktes boluymyz kerek dedi?",
        "nak na niyeay tha trauv tae chea dei kou?",
        "Kim terefdas olmaliyiq dedi?",
        "Hver sagði að við ættum að vera samstarfsaðilar?",
    ],
)
def test_who_said_we_should_be_partners_in_armenian_mongolian_kazakh_khmer_azerbaijani_or_icelandic_finds_xi(
    kb: KnowledgeBase, question: str
) -> None:
    answer = kb.answer(question)
    assert _lines(answer)[:1] == [9]
    assert render_plain(answer).startswith("Xi Jinping")


def test_a_topic_the_article_never_names_asked_in_armenian_mongolian_kazakh_khmer_azerbaijani_or_icelandic_abstains(
    kb: KnowledgeBase,
) -> None:
    for question in (
        "Inch asec Xi-n Shveycariayi masin?",
        "Xi Shveitsariin talaar yu gesen be?",
        "Xi Shveitsariya turaly ne dedi?",
        "Xi niyeay ey pi Swiss?",
        "Xi İsveçrə haqqında nə dedi?",
        "Hvað sagði Xi um Sviss?",
    ):
        assert parse_question(question).who == "Xi", question
        assert kb.answer(question).abstained, question


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Armenian: a second question after a comma asking the first again ("vor orn er": which day was it) set
        # aside; "how many" after the one who did it; "nshvac e" (is mentioned) and "X-i harcy" (the issue of X)
        ("Erb handipecin Xi-n u Blinken-y, vor orn er?", "when did Xi and Blinken meet"),
        ("Vortegh handipecin Xi-n u Blinken-y, vor qaghaqum er?", "where did Xi and Blinken meet"),
        ("Xi-n qani principle arajarkec handipman jamanak?", "how many principles did Xi propose during the meeting"),
        ("Xi-n qani skzbunq arajarkec?", "how many principles did Xi propose"),
        ("South China Sea-i harcy nshvac e hodvatsum?", "was South China Sea mentioned"),
        ("Taywani harcy nshvac e?", "was Taiwan mentioned"),
        # the article said before "which newspaper published" it (Mongolian, Kazakh, Azerbaijani); Mongolian's
        # "hevlel" (publication), "gargasan" (put out), "update hiisen" (updated), "… baihyg demjij baina uu" (does …
        # support … being)
        ("Ene medeeg yamar heblel gargasan be?", "which publication published this article"),
        ("Ene niitleliig ali sonin niitelsen be?", "which newspaper published this article"),
        ("Bul maqalany qaisy gazet jariyalady?", "which newspaper published this article"),
        ("Bu məqaləni hansı qəzet dərc edib?", "which newspaper published this article"),
        ("Ene niitleliig hamgiin süüld hezee update hiisen be?", "when was this article last updated"),
        ("Xi Amerikiig huchtei baihyg demjsen uu?", "did Xi support America being strong"),
        (
            "Xi Amerikiig strong, ööd bolj baihyg demjij baina uu? yamar Amerik hüsej baina?",
            "does Xi support America being strong, flourishing",
        ),
        # Kazakh: "qandai lauazymda" (in what post), "talqylau" (discussion), "qandai boldy" (how did it go)
        ("Blinken AQSh-ta qandai lauazymda?", "what position does Blinken hold in the US"),
        ("Wang Yi Qytaida qandai qyzmette?", "what position does Wang Yi hold in China"),
        (
            "Blinken men Wang Yi arasyndagy talqylau qandai boldy?",
            "how did the discussion between Blinken and Wang Yi go",
        ),
        # Icelandic: the one asked about named first ("Blinken, hvað sagði hann": what did he say), "Hverjar voru
        # … sem Xi lagði fram" (which were … that Xi put forward), "Taldi Wang að" (did Wang think that)
        (
            "Og Blinken, hvað sagði hann svo um differences milli landanna?",
            "what did Blinken say about differences between the countries",
        ),
        ("Og Wang Yi, hvað sagði hann um Taívan?", "what did Wang Yi say about Taiwan"),
        ("Hverjar voru þrjár meginreglurnar sem Xi lagði fram?", "which three principles did Xi propose"),
        (
            "Taldi Wang ad slaemu atridin i sambandinu faeru vaxandi?",
            "did Wang think that bad factors in the relationship were increasing",
        ),
    ],
)
def test_second_round_armenian_mongolian_kazakh_and_icelandic_shapes_are_read_as_english(
    question: str, understood: str
) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "lines"),
    [
        ("Erb handipecin Xi-n u Blinken-y, vor orn er?", [9]),
        ("Xi-n qani principle arajarkec handipman jamanak?", [15]),
        ("South China Sea-i harcy nshvac e hodvatsum? inch tarberutyunner kan?", [29]),
        ("Ene niitleliig hamgiin süüld hezee update hiisen be? hed tsagt?", [8, 109]),
        ("Xi Amerikiig strong, ööd bolj baihyg demjij baina uu? yamar Amerik hüsej baina?", [17]),
        ("Blinken AQSh-ta qandai lauazymda? title-y qandai?", [9]),
        ("Blinken men Wang Yi arasyndagy talqylau qandai boldy? qalai sipattaldy?", [21, 31]),
        ("Og Blinken, hvað sagði hann svo um differences milli landanna?", [27]),
        ("Hverjar voru þrjár meginreglurnar sem Xi lagði fram?", [15]),
        ("Taldi Wang ad slaemu atridin i sambandinu faeru vaxandi?", [33]),
    ],
)
def test_second_round_armenian_mongolian_kazakh_and_icelandic_questions_are_answered(
    kb: KnowledgeBase, question: str, lines: list[int]
) -> None:
    assert _lines(kb.answer(question)) == lines


def test_the_publisher_asked_in_mongolian_is_named(kb: KnowledgeBase) -> None:
    answer = render_plain(kb.answer("Ene medeeg yamar heblel gargasan be? publisher-iin ner?"))
    assert "Business Standard" in answer


# The six books of this round
_ROUND_BOOKS = frozenset({"_armenian", "_mongolian", "_kazakh", "_khmer", "_azerbaijani", "_icelandic"})


@pytest.mark.parametrize(
    "question",
    [
        # English, with names and words those books use ("Um", "Hen", "Chen", "inch", "Nov", "Pi", "Vor", "Ov", "Yu",
        # "Ban", "Sne", "Tae", "Hver", "Bes", "Kan", "Var", "Dedi", "Mean", "Tha", "Nak")
        "What did Xi say about Taiwan?",
        "Um, what did Xi say about Taiwan?",
        "Um, who did Blinken meet?",
        "What did Hen say?",
        "Who is Hen Mazzig?",
        "What did Chen say about the inch of progress?",
        "How many inches of rain fell in Nov?",
        "Was the Nov 5 meeting in Beijing?",
        "What did Pi say about the deal?",
        "Did Vor say anything?",
        "Who is Ov?",
        "Why did Yu say that?",
        "What did Ban Ki-moon say?",
        "What did Sne say?",
        "Who is Tae-yong?",
        "What did Hver say?",
        "What did Bes say?",
        "What did Kan say about the summit?",
        "When did Var meet the team?",
        "What did Dedi say?",
        "What did Mean Girls say?",
        "What did Tha Bui say?",
        "What did Nak say?",
        "Who said uu?",
        "How long did the meeting last?",
        # Turkish, Azerbaijani's and Kazakh's ("ne dedi", "kim", "görüş")
        "Xi Tayvan hakkında ne dedi?",
        "Toplantı ne kadar sürdü?",
        "Blinken Pekin'de kiminle görüştü?",
        "Görüşme nerede yapıldı?",
        "Makaleyi kim yazdı?",
        "Blinken neden Pekin'e gitti?",
        "Xi hangi üç ilkeyi önerdi?",
        "Çin Dışişleri Bakanı kim?",
        "Wang Yi Blinken'e ne söyledi?",
        # Uzbek ("kim", "qancha", "davom etdi", "haqida")
        "Xi Tayvan haqida nima dedi?",
        "Blinken Pekinda kim bilan uchrashdi?",
        "Uchrashuv qancha davom etdi?",
        "Kim hamkor bo'lishimiz kerak dedi?",
        "Xi nechta tamoyil taklif qildi?",
        "Uchrashuv qayerda bo'lib o'tdi?",
        "Wang Yi kim?",
        # Russian and Persian
        "Shto skazal Si pro Tayvan?",
        "Kto vstretilsya s Blinkenom v Pekine?",
        "Xi dar mored Taiwan chi goft?",
        "Blinken ba ki molaghat kard?",
        # Swedish, Norwegian and Danish, Icelandic's ("Hvad", "hvem", "hvor", "hver", "om")
        "Vad sa Xi om Taiwan?",
        "Vem träffade Blinken i Peking?",
        "Hva sa Xi om Taiwan?",
        "Hvem møtte Blinken i Beijing?",
        "Hvor lenge varte møtet?",
        "Hvad sagde Xi om Taiwan?",
        "Hvem mødte Blinken i Beijing?",
        "Hvor længe varede mødet?",
        "Hvem skrev artiklen?",
        "Hvad er artiklen om?",
        # Georgian and Kurdish, Armenian's; Hindi, Tamil and Malayalam
        "ra tqva Xi-m Taivanze?",
        "vis shexvda Blinken Pekinshi?",
        "Xi li ser Taywanê çi got?",
        "Xi ne Taiwan ke baare mein kya kaha?",
        "Xi Taiwan pathi enna sonnaru?",
        "Xi Taiwan-ine patti enthu paranju?",
        # Thai, Lao and Vietnamese, Khmer's neighbours (no book of theirs), Tagalog and Indonesian
        "Xi phut arai kiao kap Taiwan?",
        "Blinken phop kap khrai thi Pakking?",
        "Xi noi gi ve Dai Loan?",
        "Cuoc hop keo dai bao lau?",
        "Ano ang sinabi ni Xi tungkol sa Taiwan?",
        "Siapa yang ditemui Blinken di Beijing?",
        # Latvian, Finnish, Hungarian, German and Dutch
        "Ko Xi teica par Taivanu?",
        "Mitä Xi sanoi Taiwanista?",
        "Mit mondott Xi Tajvanról?",
        "Was hat Xi über Taiwan gesagt?",
        "Hoe lang duurde de vergadering?",
        # English questions about people with Icelandic names, their letters kept
        "What did Mayor Ásdís Þorvaldsdóttir say?",
        "How old is Eydís Björk Sigurðardóttir?",
    ],
)
def test_english_and_the_neighbouring_languages_are_not_read_by_this_round_s_books(
    question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    read = clean_question(question)
    for registry in ("_PHRASEBOOKS", "_BEFORE_TEXTING"):
        books = getattr(phrasebooks, registry)
        monkeypatch.setattr(
            phrasebooks, registry, tuple(book for book in books if book[2].__name__ not in _ROUND_BOOKS)
        )
    assert clean_question(question) == read


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Burmese typed in Latin letters: the closing particle ("lae") left off, "lar" asking yes or no; the one who
        # did it marked "ka", the words after a noun put before it ("Taiwan akyaung": about Taiwan, "Beijing mhar": in
        # Beijing, "Blinken ko": to Blinken, "bal thu nae": with whom), "nae" between two names "and"
        ("Xi ka Taiwan akyaung bar pyaw lae?", "what did Xi say about Taiwan"),
        ("Blinken ka Beijing mhar bal thu nae twe lae?", "who did Blinken meet in Beijing"),
        ("Twe sone pwe bal lout kyar lae?", "how long did the meeting last"),
        ("Bal thu ka partner phyit ya mal lo pyaw lae?", "who said they should be partners"),
        ("Nga doh partner phyit thint tal lo bal thu pyaw lae?", "who said we should be partners"),
        ("Wang Yi ka Blinken ko bar pyaw lae?", "what did Wang Yi say to Blinken"),
        ("Xi ka lu akhwint ayay akyaung bar pyaw lae?", "what did Xi say about human rights"),
        ("Twe sone pwe pyi naut Xi ka bar pyaw lae?", "what did Xi say after the meeting"),
        ("Bal thu Blinken nae twe lae?", "who met Blinken"),
        ("Sway nway pwe bal nhit nar yi kyar lae?", "how many hours did the talks last"),
        ("Xi nae Blinken bal tone ka twe lae?", "when did Xi and Blinken meet"),
        ("Twe sone pwe bal mhar kyin pa lae?", "where did the meeting take place"),
        ("Xi ka mu bal nhit khu ah kyan pyu lae?", "how many principles did Xi propose"),
        ("Subscription ka bal lout kya lae?", "how much does the subscription cost"),
        ("Wang Yi ka bal thu lae?", "who is Wang Yi"),
        ("Blinken ka bar lo Beijing ko thwar lae?", "why did Blinken go to Beijing"),
        ("Twe sone pwe mhar bar phyit lae?", "what happened at the meeting"),
        ("Di sar tan ka bar akyaung lae?", "what is this article about"),
        ("Taiwan ko phaw pya htar lar?", "was Taiwan mentioned"),
        ("Tayoke naing ngan char yay wun gyi ka bar pyaw lae?", "what did China's foreign minister say"),
        ("Sar tan ko bal thu yay lae?", "who wrote the article"),
        ("Sar tan ko bal tone ka htote wei lae?", "when was the article published"),
        ("Xi ka Taiwan akyaung pyaw lar?", "did Xi say anything about Taiwan"),
        ("American naing ngan char yay wun gyi ka bar pyaw lae?", "what did the US secretary of state say"),
        ("Blinken ka Xi nae bal mhar twe lae?", "where did Blinken meet Xi"),
        ('Bal thu ka "I hope we make some progress" lo pyaw lae?', 'who said "I hope we make some progress"'),
        ("Xi ka mu thone khu bar twe ah kyan pyu lae?", "which three principles did Xi propose"),
        ("Wang Yi yae yar htu ka bar lae?", "what is Wang Yi's title"),
        ("Twe sone pwe bal myo mhar kyin pa lae?", "in which city did the meeting take place"),
    ],
)
def test_burmese_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Lao typed in Latin letters: its words put into English one for one and its question word, left where the
        # answer stands ("Xi say what about Taiwan"), put first by the shapes it shares with Khmer; its closing "bo"
        # asks yes or no, its "pai" is "who" opening a question and "go" after someone who went
        ("Xi wao nyang kiaw kap Taiwan?", "what did Xi say about Taiwan"),
        ("Blinken pob kap phai yu Beijing?", "who did Blinken meet in Beijing"),
        ("Kong pa xoum don pan dai?", "how long did the meeting last"),
        ("Phai wao wa hao tong pen khu ha?", "who said we should be partners"),
        ("Wang Yi wao nyang kap Blinken?", "what did Wang Yi say to Blinken"),
        ("Wang Yi bok Blinken wa nyang?", "what did Wang Yi say to Blinken"),
        ("Xi wao nyang kiaw kap sit thi ma nut?", "what did Xi say about human rights"),
        ("Xi wao nyang lang kong pa xoum?", "what did Xi say after the meeting"),
        ("Phai pob Blinken?", "who met Blinken"),
        ("Kan je la ja sai wela jak sua mong?", "how many hours did the talks last"),
        ("Xi kap Blinken pob kan meua dai?", "when did Xi and Blinken meet"),
        ("Kong pa xoum jat yu sai?", "where did the meeting take place"),
        ("Xi sa noe lak kan jak kho?", "how many principles did Xi propose"),
        ("Wang Yi pen phai?", "who is Wang Yi"),
        ("Blinken pai Beijing pen nyang?", "why did Blinken go to Beijing"),
        ("Mi nyang koet khuen nai kong pa xoum?", "what happened at the meeting"),
        ("Bot khuam ni wao kiaw kap nyang?", "what is this article about"),
        ("Taiwan thuk kao theung bo?", "was Taiwan mentioned"),
        ("Lat tha mon ti kan tang pa thet Jin wao nyang?", "what did China's foreign minister say"),
        ("Phai khian bot khuam ni?", "who wrote this article"),
        ("Bot khuam ni phim meua dai?", "when was this article published"),
        ("Xi wao kiaw kap Taiwan bo?", "did Xi say anything about Taiwan"),
        ("Lat tha mon ti kan tang pa thet Amelika wao nyang?", "what did the US secretary of state say"),
        ("Blinken pob Xi yu sai?", "where did Blinken meet Xi"),
        ('Phai wao "I hope we make some progress"?', 'who said "I hope we make some progress"'),
        ("Xi sa noe lak kan sam kho an dai?", "which three principles did Xi propose"),
        ("Wang Yi mi tam naeng nyang?", "what is Wang Yi's title"),
        ("Kong pa xoum jat yu mueang dai?", "in which city did the meeting take place"),
        ("Lao wao nyang?", "what did he say"),
    ],
)
def test_lao_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Maltese, with its letters or without: "x'" (what), "min" (who), "kemm" (how much), the speaker before or
        # after the verb ("Xi x'qal", "X'qal Xi"); its article ("il-", "it-", "iċ-") and the small words with the
        # article in them ("fil-": in the, "tal-": of the) put into English first
        ("Xi x'qal dwar Tajwan?", "what did Xi say about Taiwan"),
        ("Ma' min iltaqa' Blinken f'Beijing?", "who did Blinken meet in Beijing"),
        ("Kemm dam il-laqgha?", "how long did the meeting last"),
        ("Min qal li ghandna nkunu msiehba?", "who said we should be partners"),
        ("X'qal Wang Yi lil Blinken?", "what did Wang Yi say to Blinken"),
        ("X'qal Xi dwar id-drittijiet tal-bniedem?", "what did Xi say about human rights"),
        ("X'qal Xi wara l-laqgħa?", "what did Xi say after the meeting"),
        ("Min iltaqa' ma' Blinken?", "who met Blinken"),
        ("Kemm-il siegħa damu t-taħdidiet?", "how many hours did the talks last"),
        ("Meta ltaqgħu Xi u Blinken?", "when did Xi and Blinken meet"),
        ("Fejn saret il-laqgħa?", "where did the meeting take place"),
        ("Kemm-il prinċipju ppropona Xi?", "how many principles did Xi propose"),
        ("Kemm jiswa l-abbonament?", "how much does the subscription cost"),
        ("Min hu Wang Yi?", "who is Wang Yi"),
        ("Għaliex mar Blinken Beijing?", "why did Blinken go to Beijing"),
        ("X'ġara fil-laqgħa?", "what happened at the meeting"),
        ("Dwar xiex inhu l-artiklu?", "what is the article about"),
        ("Issemma t-Tajwan?", "was Taiwan mentioned"),
        ("X'qal il-Ministru tal-Affarijiet Barranin taċ-Ċina?", "what did China's foreign minister say"),
        ("Min kiteb l-artiklu?", "who wrote the article"),
        ("Meta ġie ppubblikat l-artiklu?", "when was the article published"),
        ("Xi qal xi ħaġa dwar it-Tajwan?", "did Xi say anything about Taiwan"),
        ("X'qal is-Segretarju tal-Istat Amerikan?", "what did the US secretary of state say"),
        ("Fejn iltaqa' Blinken ma' Xi?", "where did Blinken meet Xi"),
        ('Min qal "I hope we make some progress"?', 'who said "I hope we make some progress"'),
        ("Liema tliet prinċipji ppropona Xi?", "which three principles did Xi propose"),
        ("X'inhi l-kariga ta' Wang Yi?", "what is Wang Yi's title"),
        ("F'liema belt saret il-laqgħa?", "in which city did the meeting take place"),
        ("U Wang Yi x'qal?", "what did Wang Yi say"),
    ],
)
def test_maltese_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Tajik typed in Latin letters: the verb-last shapes Kurdish's are, its prepositions before their nouns as
        # English's ("dar borai": about, "bo": with, "ba": to, "dar": in, "pas az": after), a name's object ending
        # ("-ro") left off and a title's "-i" read as "of"; Iran's "goft" read as its own "guft"
        ("Xi dar borai Tayvan chi guft?", "what did Xi say about Taiwan"),
        ("Blinken dar Pekin bo ki vokhurd?", "who did Blinken meet in Beijing"),
        ("Mulokot chand vaqt davom kard?", "how long did the meeting last"),
        ("Ki guft ki mo boyad sharik boshem?", "who said we should be partners"),
        ("Wang Yi ba Blinken chi guft?", "what did Wang Yi say to Blinken"),
        ("Xi dar borai huquqi inson chi guft?", "what did Xi say about human rights"),
        ("Xi pas az mulokot chi guft?", "what did Xi say after the meeting"),
        ("Ki bo Blinken vokhurd?", "who met Blinken"),
        ("Guftuguho chand soat davom kard?", "how many hours did the talks last"),
        ("Xi va Blinken kay vokhurdand?", "when did Xi and Blinken meet"),
        ("Mulokot dar kujo barguzor shud?", "where did the meeting take place"),
        ("Xi chand usul peshnihod kard?", "how many principles did Xi propose"),
        ("Obuna chand pul ast?", "how much is the subscription"),
        ("Wang Yi kist?", "who is Wang Yi"),
        ("Blinken charo ba Pekin raft?", "why did Blinken go to Beijing"),
        ("Dar mulokot chi shud?", "what happened at the meeting"),
        ("In maqola dar borai chist?", "what is this article about"),
        ("Oyo Tayvan zikr shud?", "was Taiwan mentioned"),
        ("Vaziri korhoi khorijii Chin chi guft?", "what did China's foreign minister say"),
        ("Maqolaro ki navisht?", "who wrote the article"),
        ("Maqola kay nashr shud?", "when was the article published"),
        ("Oyo Xi dar borai Tayvan chize guft?", "did Xi say anything about Taiwan"),
        ("Kotibi davlatii IMA chi guft?", "what did the US secretary of state say"),
        ("Blinken bo Xi dar kujo vokhurd?", "where did Blinken meet Xi"),
        ("'I hope we make some progress'-ro ki guft?", "who said 'I hope we make some progress'"),
        ("Xi kadom se usulro peshnihod kard?", "which three principles did Xi propose"),
        ("Vazifai Wang Yi chist?", "what is Wang Yi's position"),
        ("Mulokot dar kadom shahr barguzor shud?", "in which city did the meeting take place"),
        ("U chi guft?", "what did he say"),
        ("Xi dar borai Tayvan chi goft?", "what did Xi say about Taiwan"),
    ],
)
def test_tajik_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Kyrgyz typed in Latin letters: the agglutinating shapes Kazakh's are, with its own vowels in its endings
        # ("Pekinge", "Blinkenge"), "jönündö" (about), "menen" after a name (with) and between two names (and), "emne"
        # (what), "kancha ubakytka" (for how long); "-bubuz" on "bolush" (we …)
        ("Xi Taivan jonundo emne dedi?", "what did Xi say about Taiwan"),
        ("Blinken Beijingde kim menen joluktu?", "who did Blinken meet in Beijing"),
        ("Jolugushuu kancha ubakytka sozuldu?", "how long did the meeting last"),
        ("Kim biz onektesh bolushubuz kerek dedi?", "who said we should be partners"),
        ("Wang Yi Blinkenge emne dedi?", "what did Wang Yi say to Blinken"),
        ("Xi adam ukuktary jonundo emne dedi?", "what did Xi say about human rights"),
        ("Xi jolugushuudan kiyin emne dedi?", "what did Xi say after the meeting"),
        ("Kim Blinken menen joluktu?", "who met Blinken"),
        ("Suyloshuular kancha saatka sozuldu?", "how many hours did the talks last"),
        ("Xi menen Blinken kachan jolugushtu?", "when did Xi and Blinken meet"),
        ("Jolugushuu kayda ottu?", "where did the meeting take place"),
        ("Xi kancha printsip sunushtady?", "how many principles did Xi propose"),
        ("Jazyluu kancha turat?", "how much does the subscription cost"),
        ("Emne uchun Blinken Beijingge bardy?", "why did Blinken go to Beijing"),
        ("Jolugushuuda emne boldu?", "what happened at the meeting"),
        ("Bul makala emne jonundo?", "what is this article about"),
        ("Taivan ataldyby?", "was Taiwan mentioned"),
        ("Kytaydyn tyshky ishter ministri emne dedi?", "what did China's foreign minister say"),
        ("Makalany kim jazdy?", "who wrote the article"),
        ("Makala kachan jariyalandy?", "when was the article published"),
        ("Xi Taivan jonundo bir nerse dedibi?", "did Xi say anything about Taiwan"),
        ("AKSh mamlekettik katchysy emne dedi?", "what did the US secretary of state say"),
        ("Blinken Xi menen kayda joluktu?", "where did Blinken meet Xi"),
        ('"I hope we make some progress" dep kim aytty?', 'who said "I hope we make some progress"'),
        ("Xi kaysy uch printsipti sunushtady?", "which three principles did Xi propose"),
        ("Wang Yinin kyzmaty kanday?", "what is Wang Yi's title"),
        ("Jolugushuu kaysy shaarda boldu?", "in which city did the meeting take place"),
        ("Wang Yi kanday kyzmatta?", "what position does Wang Yi hold"),
    ],
)
def test_kyrgyz_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Hausa, with or without its hooked letters: its question word first ("me": what, "wa": who, "yaushe": when,
        # "ina": where), the pronoun after the one who did it left off ("Xi ya ce": Xi said), its nouns with their
        # article put into English ("taron": the meeting), "da" between two names "and"
        ("Me Xi ya ce game da Taiwan?", "what did Xi say about Taiwan"),
        ("Da wa Blinken ya gana a Beijing?", "who did Blinken meet in Beijing"),
        ("Har yaushe taron ya dauka?", "how long did the meeting last"),
        ("Wa ya ce ya kamata mu zama abokan hulda?", "who said we should be partners"),
        ("Me Wang Yi ya fada wa Blinken?", "what did Wang Yi say to Blinken"),
        ("Me Xi ya ce game da hakkin dan adam?", "what did Xi say about human rights"),
        ("Me Xi ya ce bayan taron?", "what did Xi say after the meeting"),
        ("Wa ya gana da Blinken?", "who met Blinken"),
        ("Awa nawa tattaunawar ta dauka?", "how many hours did the talks last"),
        ("Yaushe Xi da Blinken suka gana?", "when did Xi and Blinken meet"),
        ("Ina aka yi taron?", "where did the meeting take place"),
        ("Ka'idoji nawa Xi ya gabatar?", "how many principles did Xi propose"),
        ("Nawa ne kudin subscription?", "how much is the subscription"),
        ("Wane ne Wang Yi?", "who is Wang Yi"),
        ("Me ya sa Blinken ya je Beijing?", "why did Blinken go to Beijing"),
        ("Me ya faru a taron?", "what happened at the meeting"),
        ("Labarin game da me ne?", "what is the article about"),
        ("An ambaci Taiwan?", "was Taiwan mentioned"),
        ("Me ministan harkokin wajen China ya ce?", "what did China's foreign minister say"),
        ("Wa ya rubuta labarin?", "who wrote the article"),
        ("Yaushe aka wallafa labarin?", "when was the article published"),
        ("Shin Xi ya ce wani abu game da Taiwan?", "did Xi say anything about Taiwan"),
        ("Me sakataren harkokin wajen Amurka ya ce?", "what did the US secretary of state say"),
        ("A ina Blinken ya gana da Xi?", "where did Blinken meet Xi"),
        ('Wa ya ce "I hope we make some progress"?', 'who said "I hope we make some progress"'),
        ("Wadanne ka'idoji uku Xi ya gabatar?", "which three principles did Xi propose"),
        ("Mene ne mukamin Wang Yi?", "what is Wang Yi's title"),
        ("A wace rana aka yi taron?", "on which day did the meeting take place"),
        ("Kuma Wang Yi fa?", "what about Wang Yi"),
    ],
)
def test_hausa_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # the readers' follow-ups and checks of a claim: yes-or-no questions, "is there anything about", "how did the
        # talks go", which thing someone held, what someone was told to be, the second question after a "?" left off
        ("Blinken ka Li Qiang nae twe lar?", "did Blinken meet Li Qiang"),
        (
            "Xi ka America nae Tayoke partner phyit ya mal lo pyaw lar?",
            "did Xi say that America and China should be partners",
        ),
        ("Sar tan mhar Russia akyaung pa lar?", "is there anything about Russia"),
        ("Blinken ka Wang Yi nae bar akyaung sway nway lae?", "what did Blinken discuss with Wang Yi"),
        ("Xi ka a yin ka bal American thamada nae twe khae lae?", "which American president did Xi previously meet"),
        ("Blinken ka optimism phaw pya khae lar?", "did Blinken express optimism"),
        ("Kwal pyar mhu mya htae mhar opioid pa lar?", "was opioid mentioned among differences"),
        ("Blinken ka American mhar bar yar htu lae?", "what position does Blinken hold in America"),
        ("Xi wao wa Amelika kap Jin khuan pen khu ha bo?", "did Xi say that America and China should be partners"),
        ("Bot khuam ni mi nyang kiaw kap Lat sia bo?", "is there anything about Russia"),
        ("Blinken pob kap Li Qiang bo?", "did Blinken meet Li Qiang"),
        ("Wang Yi pen lat tha mon ti kan tang pa thet bo?", "is Wang Yi the foreign minister"),
        ("Blinken mi tam naeng nyang yu Amelika?", "what position does Blinken hold in America"),
        (
            "Xi qal li ċ-Ċina u l-Amerika għandhom ikunu msieħba?",
            "did Xi say that China and America should be partners",
        ),
        ("Hemm xi ħaġa dwar ir-Russja fl-artiklu?", "is there anything about Russia"),
        ("Kif kienu t-taħdidiet bejn Blinken u Wang Yi?", "how did the talks between Blinken and Wang Yi go"),
        ("Xi ma qalx xejn dwar it-Tajwan?", "didn't Xi say anything about Taiwan"),
        ("Blinken esprima ottimiżmu wara l-laqgħa?", "did Blinken express optimism after the meeting"),
        ("Oyo Xi guft ki Chin va IMA boyad sharik boshand?", "did Xi say that China and the US should be partners"),
        ("Guftuguhoi Blinken va Wang Yi chi tavr guzasht?", "how did the talks between Blinken and Wang Yi go"),
        ("Blinken dar IMA chi vazifa dorad?", "what position does Blinken hold in the US"),
        ("Xi peshtar bo kadom prezidenti IMA vokhurda bud?", "which the US president did Xi previously meet"),
        ("Blinken AKShta kanday kyzmatta? titulu kanday?", "what position does Blinken hold in the US"),
        (
            "Blinken menen Wang Yi ortosundagy suyloshuular kandaycha ottu?",
            "how did the talks between Blinken and Wang Yi go",
        ),
        (
            "Eki olkonun kelishpestikteri arasynda opioid maselesi barby?",
            "was opioid mentioned among two countries differences",
        ),
        ("Wang negative factors ali dagy osup jatat dediby?", "did Wang say negative factors still increasing"),
        ("Yaya tattaunawar Blinken da Wang Yi ta kasance?", "how did the talks between Blinken and Wang Yi go"),
        ("Wane mukami Blinken yake da shi a Amurka?", "what position does Blinken hold in America"),
        ("Xi bai ce komai game da Taiwan ba?", "didn't Xi say anything about Taiwan"),
        ("Me aka ce game da kasuwanci?", "what was said about trade"),
        # spellings readers use besides the examples': "ga", "bae", "lel" (Burmese), "vao", "gieo gup", "tee" (Lao), no
        # apostrophe or hyphen (Maltese), "Si" for Xi (Tajik, Kyrgyz), a question word's "ne" (Hausa)
        ("Xi ga Taiwan a kyaung ba pyaw lel?", "what did Xi say about Taiwan"),
        ("Blinken ka Beijing hma bae thu nae tway khae lae?", "who did Blinken meet in Beijing"),
        ("Xi vao nyang gieo gup Taiwan?", "what did Xi say about Taiwan"),
        ("Blinken phop kab phai tee Pakking?", "who did Blinken meet in Beijing"),
        ("kemm dam il laqgha", "how long did the meeting last"),
        ("Si dar borai Tayvan chi guft?", "what did Xi say about Taiwan"),
        ("Si Taivan jönündö emne dedi?", "what did Xi say about Taiwan"),
        ("Blinken Beijingde kimder menen jolugushtu?", "who did Blinken meet in Beijing"),
        ("Da wa ne Blinken ya gana a Beijing?", "who did Blinken meet in Beijing"),
        ("Har yaushe ne taron ya dauka?", "how long did the meeting last"),
    ],
)
def test_more_burmese_lao_maltese_tajik_kyrgyz_and_hausa_shapes_are_read_as_english(
    question: str, understood: str
) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "intent", "who"),
    [
        ("Xi ka Taiwan akyaung bar pyaw lae?", Intent.SPEAKER, "Xi"),
        ("Wang Yi ka bal thu lae?", Intent.WHO_IS, "Wang Yi"),
        ("Xi wao nyang kiaw kap Taiwan?", Intent.SPEAKER, "Xi"),
        ("Phai khian bot khuam ni?", Intent.BYLINE, None),
        ("Xi x'qal dwar Tajwan?", Intent.SPEAKER, "Xi"),
        ("Min hu Wang Yi?", Intent.WHO_IS, "Wang Yi"),
        ("Xi dar borai Tayvan chi guft?", Intent.SPEAKER, "Xi"),
        ("Maqolaro ki navisht?", Intent.BYLINE, None),
        ("Xi Taivan jonundo emne dedi?", Intent.SPEAKER, "Xi"),
        ("Wang Yi kim?", Intent.WHO_IS, "Wang Yi"),
        ("Me Xi ya ce game da Taiwan?", Intent.SPEAKER, "Xi"),
        ("Wa ya rubuta labarin?", Intent.BYLINE, None),
    ],
)
def test_the_burmese_lao_maltese_tajik_kyrgyz_and_hausa_books_ask_the_english_question(
    question: str, intent: Intent, who: str | None
) -> None:
    query = parse_question(question)
    assert (query.intent, query.who) == (intent, who)


@pytest.mark.parametrize(
    ("question", "lines"),
    [
        # Burmese
        ("Wang Yi ka Blinken ko bar pyaw lae?", [31, 33]),
        ("Di sar tan ko bal thu yay lae?", [7]),
        ("Blinken ka Beijing mhar bal thu nae twe lae?", [11]),
        ("Sway nway pwe bal nhit nar yi kyar lae?", [31]),
        ("Xi ka mu thone khu bar twe ah kyan pyu lae?", [15]),
        # Lao
        ("Wang Yi bok Blinken wa nyang?", [31, 33]),
        ("Phai khian bot khuam ni?", [7]),
        ("Blinken pob kap phai yu Beijing?", [11]),
        ("Kan je la ja sai wela jak sua mong?", [31]),
        ("Xi sa noe lak kan sam kho an dai?", [15]),
        # Maltese
        ("X'qal Wang Yi lil Blinken?", [31, 33]),
        ("Min kiteb l-artiklu?", [7]),
        ("Ma' min iltaqa' Blinken f'Beijing?", [11]),
        ("Kemm-il siegħa damu t-taħdidiet?", [31]),
        ("Liema tliet prinċipji ppropona Xi?", [15]),
        # Tajik
        ("Wang Yi ba Blinken chi guft?", [31, 33]),
        ("Maqolaro ki navisht?", [7]),
        ("Blinken dar Pekin bo ki vokhurd?", [11]),
        ("Guftuguho chand soat davom kard?", [31]),
        ("Xi kadom se usulro peshnihod kard?", [15]),
        # Kyrgyz
        ("Wang Yi Blinkenge emne dedi?", [31, 33]),
        ("Makalany kim jazdy?", [7]),
        ("Blinken Beijingde kim menen joluktu?", [11]),
        ("Suyloshuular kancha saatka sozuldu?", [31]),
        ("Xi kaysy uch printsipti sunushtady?", [15]),
        # Hausa
        ("Me Wang Yi ya fada wa Blinken?", [31, 33]),
        ("Wa ya rubuta labarin?", [7]),
        ("Da wa Blinken ya gana a Beijing?", [11]),
        ("Awa nawa tattaunawar ta dauka?", [31]),
        ("Wadanne ka'idoji uku Xi ya gabatar?", [15]),
        # the foreign minister asked of, in each
        ("Tayoke naing ngan char yay wun gyi ka bal thu lae?", [21]),
        ("Lat tha mon ti kan tang pa thet Jin pen phai?", [21]),
        ("Skont l-artiklu, min hu l-Ministru tal-Barranin taċ-Ċina?", [21]),
        ("Tibqi maqola vaziri korhoi khorijii Chin kist?", [21]),
        ("Makala boyuncha Kytaydyn tyshky ishter ministri kim?", [21]),
        ("Ministan harkokin wajen China wanene?", [21]),
    ],
)
def test_a_question_in_burmese_lao_maltese_tajik_kyrgyz_or_hausa_is_answered(
    kb: KnowledgeBase, question: str, lines: list[int]
) -> None:
    assert _lines(kb.answer(question)) == lines


@pytest.mark.parametrize(
    "question",
    [
        # did Blinken show hope (optimism) after the meeting, the occasion said first
        "Twe sone pwe pyi naut Blinken ka myaw lint chet phaw pya lar?",
        "Lang kong pa xoum Blinken mi kwam wang bo?",
        "Wara l-laqgħa Blinken kien ottimist?",
        "Pas az mulokot Blinken umed izhor kard?",
        "Jolugushuudan kiyin Blinken umut bildirdi by?",
        "Bayan taron Blinken ya nuna kyakkyawan fata?",
    ],
)
def test_blinken_s_optimism_checked_in_burmese_lao_maltese_tajik_kyrgyz_or_hausa_is_found(
    kb: KnowledgeBase, question: str
) -> None:
    assert _lines(kb.answer(question)) == [23]


@pytest.mark.parametrize(
    "question",
    [
        "Bal thu ka partner phyit ya mal lo pyaw lae?",
        "Phai wao wa hao tong pen khu ha?",
        "Min qal li ghandna nkunu msiehba?",
        "Ki guft ki mo boyad sharik boshem?",
        "Kim biz onektesh bolushubuz kerek dedi?",
        "Wa ya ce ya kamata mu zama abokan hulda?",
    ],
)
def test_who_said_we_should_be_partners_in_burmese_lao_maltese_tajik_kyrgyz_or_hausa_finds_xi(
    kb: KnowledgeBase, question: str
) -> None:
    answer = kb.answer(question)
    assert _lines(answer)[:1] == [9]
    assert render_plain(answer).startswith("Xi Jinping")


def test_a_topic_the_article_never_names_asked_in_burmese_lao_maltese_tajik_kyrgyz_or_hausa_abstains(
    kb: KnowledgeBase,
) -> None:
    for question in (
        "Xi ka Switzerland akyaung bar pyaw lae?",
        "Xi wao nyang kiaw kap Swiss?",
        "X'qal Xi dwar l-Iżvizzera?",
        "Xi dar borai Shveytsariya chi guft?",
        "Xi Shveytsariya jonundo emne dedi?",
        "Me Xi ya ce game da Switzerland?",
    ):
        assert parse_question(question).who == "Xi", question
        assert kb.answer(question).abstained, question


# The six books of the newest round
_NEWEST_ROUND_BOOKS = frozenset({"_burmese", "_lao", "_maltese", "_tajik", "_kyrgyz", "_hausa"})


@pytest.mark.parametrize(
    "question",
    [
        # English, with names and words those books use ("Meta", "min", "Min", "Bar", "Ka", "Ko", "Pai", "Wa", "Da",
        # "Me", "Ya", "Ce", "Ki", "Kim", "Dar", "Lao", "Bo", "Kemm", "Xi", "U")
        "What did Xi say about Taiwan?",
        "What did Meta say about the deal?",
        "How many min did the meeting last?",
        "What did Min Aung Hlaing say?",
        "Was the bar mentioned?",
        "What did Ka say?",
        "Who is Ko Ko Gyi?",
        "What did Pai say about Taiwan?",
        "What did Wa Lone say?",
        "Da what did Xi say?",
        "Tell me what Xi said to Blinken",
        "Ya think Blinken met Xi?",
        "What did Dar say?",
        "Who is Kim Jong Un?",
        "What did the Lao foreign minister say?",
        "What did Bo Xilai say?",
        "Did u read what Xi said?",
        "Who said we should be partners?",
        "How long did the meeting last?",
        # Turkish, Uzbek, Kazakh and Azerbaijani, Kyrgyz's ("dedi", "kim", "kerek", "men", "qansha")
        "Xi Tayvan hakkında ne dedi?",
        "Blinken Pekin'de kiminle görüştü?",
        "Xi Tayvan haqida nima dedi?",
        "Blinken Pekinda kim bilan uchrashdi?",
        "Kim hamkor bo'lishimiz kerek dedi?",
        "Uchrashuv qancha davom etdi?",
        "Xi Taivan turaly ne dedi?",
        "Blinken Beijingde kimmen kezdesti?",
        "Kezdesu qansha uaqytqa sozyldy?",
        "Kim seriktes boluymyz kerek dedi?",
        "Xi men Blinken qashan kezdesti?",
        "Bul maqalany kim jazdy?",
        "Blinken Pekində kimlə görüşdü?",
        # Persian, Kurdish and Pashto, Tajik's ("chi", "ki", "goft", "molaghat", "dar", "ba")
        "Xi dar mored Taiwan chi goft?",
        "Blinken ba ki molaghat kard?",
        "oon maghame Chini chi goft?",
        "Xi li ser Taywanê çi got?",
        "Kê got divê em bibin hevkar?",
        "Xi da Taiwan pa bara ke tsa wayel?",
        # Hindi, Urdu, Punjabi and Nepali, Burmese's ("ka", "ko", "bar", "kya")
        "Xi ne Taiwan ke baare mein kya kaha?",
        "Blinken ne Beijing mein kis se mulaqat ki?",
        "Xi ne Taiwan bare ki keha?",
        "Xi le Taiwan ko barema ke bhane?",
        # Albanian, Burmese's and Maltese's ("ka", "Pekin")
        "Çfarë tha Xi për Tajvanin?",
        "Me ke u takua Blinken ne Pekin?",
        # Khmer, Thai and Vietnamese, Lao's neighbours ("kap", "phop", "Pakking", "niyeay")
        "Xi niyeay ey pi Taiwan?",
        "Blinken chuob nerng nak na nov Beijing?",
        "Xi phut arai kiao kap Taiwan?",
        "Blinken phop kap khrai thi Pakking?",
        "Xi noi gi ve Dai Loan?",
        # Italian, Spanish and Polish, Maltese's ("Cina", "Tajwan", "che", "min", "meta")
        "Che cosa ha detto Xi sulla Cina?",
        "Chi ha incontrato Blinken a Pechino?",
        "¿Qué dijo Xi sobre Taiwán?",
        "Co Xi powiedział o Tajwanie?",
        "Czy Tajwan był wspomniany?",
        # Swahili, Yoruba, isiZulu and Pidgin, Hausa's ("na", "da", "ni", "wa")
        "Xi alisema nini kuhusu Taiwan?",
        "Blinken alikutana na nani?",
        "Kini Xi so nipa Taiwan?",
        "Ta lo so pe won gbodo je partners?",
        "Uthini u-Xi nge-Taiwan?",
        "Wetin Xi talk about Taiwan?",
        # Tagalog and Indonesian
        "Ano ang sinabi ni Xi tungkol sa Taiwan?",
        "Siapa yang ditemui Blinken di Beijing?",
    ],
)
def test_english_and_the_neighbouring_languages_are_not_read_by_the_newest_round_s_books(
    question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    read = clean_question(question)
    for registry in ("_PHRASEBOOKS", "_BEFORE_TEXTING"):
        books = getattr(phrasebooks, registry)
        monkeypatch.setattr(
            phrasebooks, registry, tuple(book for book in books if book[2].__name__ not in _NEWEST_ROUND_BOOKS)
        )
    assert clean_question(question) == read


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # the kinds of question the six newest books misread at first, each asked otherwise: Burmese's "a-myin
        # mhar" (in X's view), "htae ka" (in), a choice asked with "lar" after each ("… lar, … lar": … or …?), "bal
        # lo pyaw" (how said: what said), an English gloss in brackets, "Di" (this), "yu yin" (if one takes), "bal ya
        # khaing hnone" (what percentage), "atwet" (for) and "pay mhar" (will give)
        (
            "Blinken a-myin mhar, Tayoke-Amayrika relationship htae ka positive a-kyaung a-yar twe ka po myar lar, "
            "lyaw twar lar?",
            "according to Blinken, are the positive factors in the China-America relationship increasing or decreasing",
        ),
        ("Wang Yi ka bal lo pyaw khae lae?", "what did Wang Yi say"),
        (
            "Amerikan naing ngan char yay wun gyi (secretary of state) ka bal lo pyaw lae?",
            "what did the US secretary of state say",
        ),
        ("Di plan ka automatic renew phyit lar?", "does this plan renew automatically"),
        (
            "Super Saver plan yu yin bal ya khaing hnone save ya lae?",
            "what percentage do you save with the Super Saver plan",
        ),
        ("Epaper access ko bal tone ka pay mhar lae?", "when will the Epaper access be given"),
        # Lao: "sam mat" (can), "huam kan" (together), "nyang bo tan" (not yet), "dai kae" (resolved), "thi" (that,
        # who), "sun sung" (top), "nyao" (long), "jak deuan" (how many months), "laka" (price)
        (
            "Wang Yi wao wa Jin kap Amelika sam mat het nyang huam kan dai?",
            "what did Wang Yi say China and America can do together",
        ),
        (
            "Xi wao nyang kiaw kap khuam taek tang thi nyang bo tan dai kae?",
            "what did Xi say about differences that are not yet resolved",
        ),
        (
            "Jao na thi sun sung (top official) thi pob kan yu Beijing wao nyang?",
            "what did the top official who met in Beijing say",
        ),
        ("Super Saver plan nyao don pan dai?", "how long is the Super Saver plan"),
        ("Smart Quarterly plan don jak deuan?", "how many months does the Smart Quarterly plan last"),
        ("Smart Essential plan laka thao dai?", "how much does the Smart Essential plan cost"),
        # Maltese: "fuq xiex" (on what) before a verb other than saying, "x'ried" (what did … want), "li ltaqa'" (who
        # met), "mil-" (from the), "kemm-il xahar" (how many months), "fih" (has), "kuljum" (daily), "il-pjan X"
        ("Fuq xiex saħaq Wang Yi fil-bidu tat-taħdidiet?", "what did Wang Yi stress at the start of the talks"),
        ("X'ried Blinken mil-laqgħa?", "what did Blinken want from the meeting"),
        ("Il-president Amerikan li ltaqa' ma' Xi x'qal?", "what did the American president who met Xi say"),
        ("Kemm-il xahar idum il-pjan Super Saver?", "how many months does the Super Saver plan last"),
        ("Il-pjan Smart Essential fih reklami jew le?", "does the Smart Essential plan have ads"),
        ("Kemm-il artiklu kuljum jagħtuk bl-abbonament?", "how many articles do you get daily with the subscription"),
        # Tajik: "az nazari" (in the view of), "lozim ast" (is needed), "tamom shud" (is finished), "chand sol" (how
        # many years), "-ho" on an English word (its plural), "mavzu" (topic), "obunai" (the subscription of)
        ("Ba nazari Xi, boz kushish lozim ast?", "according to Xi, are more efforts needed"),
        (
            "Az nazari Wang Yi, kor tamom shud yo boz kushish lozim ast?",
            "according to Wang Yi, is the work finished or are more efforts needed",
        ),
        ("Super Saver plan chand sol davom mekunad?", "how many years does the Super Saver plan last"),
        ("Newsletter-ho chi mavzuho dorand?", "what topics do the newsletters cover"),
        (
            "Obunai in sait ba kadom ruznomai khoriji access medihad?",
            "which foreign newspaper does the subscription of this site give access to",
        ),
        # Kyrgyz: "presidenti" spelt with an s, "chinovnik" (official), "X degen emne" (what is X), an English noun's
        # endings ("planynyn"), "aylyk" (monthly), "kancha jylga" (for how many years), "kaysy ölködön" (from which
        # country)
        ("Amerikanyn presidenti emne dedi?", "what did America's president say"),
        ("Kytaylyk chinovnik Blinkenge emne dedi?", "what did the Chinese official say to Blinken"),
        ("Epaper degen emne?", "what is Epaper"),
        ("Super Saver planynyn aylyk baasy kancha?", "how much does the Super Saver plan cost a month"),
        ("Smart Essential plan kancha jylga sozulat?", "how many years does the Smart Essential plan last"),
        ("Blinken kaysy ölködön keldi?", "from which country did Blinken come"),
        ("Makalanyn avtoru kaysy ölködön jazdy?", "from which country did the author of the article write"),
        # Hausa: "akwai" (there are), "sauran" (remaining), "da ake bukatar" (that need to be), "da wane …" (with
        # which …), "wadanne … ne" (which … are), "mafi girma" (largest), "wa Blinken" after its verb (to Blinken),
        # "za su" (they will), "zan iya" (can I)
        (
            "Wa ya ce akwai sauran matsaloli da ake bukatar magancewa?",
            "who said there are still problems that need to be resolved",
        ),
        (
            "Bayan wannan ganawa, da wane jami'in China Blinken ya gana?",
            "which Chinese official did Blinken meet after this meeting",
        ),
        (
            "Wadanne kasashe ne mafi girman tattalin arziki a duniya?",
            "which countries are the largest economies in the world",
        ),
        ("Ka'idoji nawa ne Xi ya gabatar wa Blinken?", "how many principles did Xi propose to Blinken"),
        ("Wane jami'in Amurka ne ya ce za su samu ci gaba?", "which American official said they will make progress"),
        ("Zan iya karanta labarin a waya?", "can I read the article on a phone"),
    ],
)
def test_the_six_newest_books_read_the_kinds_of_question_they_missed_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "lines"),
    [
        ("Wang Yi yae a-myin a-ya, negative a-kyaung a-yar twe ka lyaw twar lar, po myar lar lar?", [33]),
        ("Wang Yi ka bal lo pyaw khae lae?", [31, 33]),
        ("Xi wao wa Amelika kap Jin sam mat het nyang huam kan dai?", [17, 9]),
        ("Xi wao nyang kiaw kap issues thi yang bo tan dai kae khai?", [13]),
        ("Blinken fuq xiex saħaq wara l-laqgħa?", [23]),
        ("Xi fuq xiex saħaq?", [3]),
        ("Ba nazari Xi, boz kushish lozim ast?", [13]),
        ("Kytaydyn presidenti emne dedi?", [9, 13, 15, 19, 11, 17]),
        ("Wa ya ce akwai sauran matsaloli da ake bukatar magancewa?", [13]),
        ("Kafin wannan taro, da wane shugaban Amurka Xi ya gana a baya?", [11]),
        ("Wadanne kasashe ne mafi girman tattalin arziki a duniya?", [9]),
    ],
)
def test_a_question_of_a_kind_the_six_newest_books_missed_is_answered(
    kb: KnowledgeBase, question: str, lines: list[int]
) -> None:
    assert _lines(kb.answer(question)) == lines


def test_a_chinese_official_asked_of_in_kyrgyz_is_one_of_two(kb: KnowledgeBase) -> None:
    answer = kb.answer("Kytaylyk chinovnik Blinkenge emne dedi?")
    assert answer.abstained
    assert "Xi Jinping" in render_plain(answer)
    assert "Wang Yi" in render_plain(answer)


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Belarusian typed in Latin letters, with its Łacinka letters or without them, a Cyrillic "і" or "ў" among them:
        # its words put into Ukrainian ones ("skazau": skazav, "pra": pro, "sustreusia": zustrivsia, "kolki": skilky)
        # for the Ukrainian book's shapes, its nouns and titles into English, a name's ending left off ("Blinkenu": to
        # Blinken, "z Blinkenam": with Blinken)
        ("Shto Xi skazau pra Taiwan?", "what did Xi say about Taiwan"),
        ("Z kim Blinken sustreusia u Beijing?", "who did Blinken meet in Beijing"),
        ("Kolki chasu doujylasia sustrecha?", "how long did the meeting last"),
        ("Khto takі Wang Yi?", "who is Wang Yi"),
        ("Što Xi skazaŭ pra Taiwan?", "what did Xi say about Taiwan"),
        ("Kolki času doŭžylasia sustreča?", "how long did the meeting last"),
        ("Khto skazau, shto my pavinny byc partniorami?", "who said we should be partners"),
        ("Shto Wang Yi skazau Blinkenu?", "what did Wang Yi say to Blinken"),
        ("Shto Xi skazau pra pravy chalavieka?", "what did Xi say about human rights"),
        ("Shto Xi skazau paslia sustrechy?", "what did Xi say after the meeting"),
        ("Khto sustreusia z Blinkenam?", "who met Blinken"),
        ("Kolki hadzin doujylisia peramovy?", "how many hours did the talks last"),
        ("Kali sustrelisia Xi i Blinken?", "when did Xi and Blinken meet"),
        ("Dze adbylasia sustrecha?", "where did the meeting take place"),
        ("Kolki pryncypau prapanavau Xi?", "how many principles did Xi propose"),
        ("Kolki kashtuje padpiska?", "how much does the subscription cost"),
        ("Chamu Blinken pajechau u Pekin?", "why did Blinken go to Beijing"),
        ("Shto adbylosia na sustrechy?", "what happened at the meeting"),
        ("Pra shto hety artykul?", "what is this article about"),
        ("Ci zhadvausia Taivan?", "was Taiwan mentioned"),
        ("Shto skazau ministr zamiezhnych sprau Kitaja?", "what did China's foreign minister say"),
        ("Khto napisau artykul?", "who wrote the article"),
        ("Kali apublikavali artykul?", "when was the article published"),
        ("Ci skazau Xi shto-niebudz pra Taivan?", "did Xi say anything about Taiwan"),
        ("Shto skazau dziarzhsakratar ZSHA?", "what did the US secretary of state say"),
        ("Dze Blinken sustreusia z Xi?", "where did Blinken meet Xi"),
        ('Khto skazau "I hope we make some progress"?', 'who said "I hope we make some progress"'),
        ("Jakija try pryncypy prapanavau Xi?", "which three principles did Xi propose"),
        ("Jakaja pasada u Wang Yi?", "what is Wang Yi's title"),
        ("U jakim horadzie adbylasia sustrecha?", "in which city did the meeting take place"),
        ("A shto skazau Wang Yi?", "what did Wang Yi say"),
    ],
)
def test_belarusian_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Basque: its question word first and its verb with its auxiliary after it ("esan zuen": said, "elkartu zen":
        # met, "iraun zuen": lasted); a name's case ending taken off and read as English's preposition ("Xik": Xi, who
        # did it; "Blinkeni": to Blinken; "Blinkenekin": with Blinken; "Beijingen": in Beijing; "Pekinera": to
        # Beijing; "Taiwani buruz": about Taiwan)
        ("Zer esan zuen Xik Taiwani buruz?", "what did Xi say about Taiwan"),
        ("Norekin elkartu zen Blinken Beijingen?", "who did Blinken meet in Beijing"),
        ("Zenbat denbora iraun zuen bilerak?", "how long did the meeting last"),
        ("Nor da Wang Yi?", "who is Wang Yi"),
        ("Nork esan zuen bazkide izan beharko genukeela?", "who said we should be partners"),
        ("Zer esan zion Wang Yik Blinkeni?", "what did Wang Yi say to Blinken"),
        ("Zer esan zuen Xik giza eskubideei buruz?", "what did Xi say about human rights"),
        ("Zer esan zuen Xik bileraren ondoren?", "what did Xi say after the meeting"),
        ("Nor elkartu zen Blinkenekin?", "who met Blinken"),
        ("Zenbat ordu iraun zuten elkarrizketek?", "how many hours did the talks last"),
        ("Noiz elkartu ziren Xi eta Blinken?", "when did Xi and Blinken meet"),
        ("Non egin zen bilera?", "where did the meeting take place"),
        ("Zenbat printzipio proposatu zituen Xik?", "how many principles did Xi propose"),
        ("Zenbat balio du harpidetzak?", "how much does the subscription cost"),
        ("Zergatik joan zen Blinken Pekinera?", "why did Blinken go to Beijing"),
        ("Zer gertatu zen bileran?", "what happened at the meeting"),
        ("Zeri buruzkoa da artikulua?", "what is the article about"),
        ("Aipatu al zen Taiwan?", "was Taiwan mentioned"),
        ("Zer esan zuen Txinako Atzerri ministroak?", "what did China's foreign minister say"),
        ("Nork idatzi zuen artikulua?", "who wrote the article"),
        ("Noiz argitaratu zen artikulua?", "when was the article published"),
        ("Xik ezer esan al zuen Taiwani buruz?", "did Xi say anything about Taiwan"),
        ("Zer esan zuen AEBetako Estatu idazkariak?", "what did the US secretary of state say"),
        ("Non elkartu zen Blinken Xirekin?", "where did Blinken meet Xi"),
        ('Nork esan zuen "I hope we make some progress"?', 'who said "I hope we make some progress"'),
        ("Zein hiru printzipio proposatu zituen Xik?", "which three principles did Xi propose"),
        ("Zein da Wang Yiren kargua?", "what is Wang Yi's title"),
        ("Zein hiritan egin zen bilera?", "in which city did the meeting take place"),
        ("Eta Wang Yik?", "what about Wang Yi"),
        ("Xik zer esan zion Blinkeni?", "what did Xi say to Blinken"),
    ],
)
def test_basque_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Catalan, with its accents or without them: its past said with "va" before the verb ("va dir": said, "es va
        # reunir": met, "va durar": lasted), "l'" and "d'" before a vowel, a person's article left off ("en Xi")
        ("Què va dir Xi sobre Taiwan?", "what did Xi say about Taiwan"),
        ("Amb qui es va reunir Blinken a Pequín?", "who did Blinken meet in Beijing"),
        ("Quant va durar la reunió?", "how long did the meeting last"),
        ("Qui és Wang Yi?", "who is Wang Yi"),
        ("Que va dir Xi sobre Taiwan?", "what did Xi say about Taiwan"),
        ("Qui va dir que hauríem de ser socis?", "who said we should be partners"),
        ("Què li va dir Wang Yi a Blinken?", "what did Wang Yi say to Blinken"),
        ("Què va dir Xi sobre els drets humans?", "what did Xi say about human rights"),
        ("Què va dir Xi després de la reunió?", "what did Xi say after the meeting"),
        ("Qui es va reunir amb Blinken?", "who met Blinken"),
        ("Quantes hores van durar les converses?", "how many hours did the talks last"),
        ("Quan es van reunir Xi i Blinken?", "when did Xi and Blinken meet"),
        ("On es va fer la reunió?", "where did the meeting take place"),
        ("Quants principis va proposar Xi?", "how many principles did Xi propose"),
        ("Quant costa la subscripció?", "how much does the subscription cost"),
        ("Per què va anar Blinken a Pequín?", "why did Blinken go to Beijing"),
        ("Què va passar a la reunió?", "what happened at the meeting"),
        ("De què tracta l'article?", "what is the article about"),
        ("Es va esmentar Taiwan?", "was Taiwan mentioned"),
        ("Què va dir el ministre d'Afers Exteriors de la Xina?", "what did China's foreign minister say"),
        ("Qui va escriure l'article?", "who wrote the article"),
        ("Quan es va publicar l'article?", "when was the article published"),
        ("Xi va dir alguna cosa sobre Taiwan?", "did Xi say anything about Taiwan"),
        ("Què va dir el secretari d'Estat nord-americà?", "what did the US secretary of state say"),
        ("On es va reunir Blinken amb Xi?", "where did Blinken meet Xi"),
        ('Qui va dir "I hope we make some progress"?', 'who said "I hope we make some progress"'),
        ("Quins tres principis va proposar Xi?", "which three principles did Xi propose"),
        ("Quin càrrec té Wang Yi?", "what is Wang Yi's title"),
        ("En quina ciutat es va fer la reunió?", "in which city did the meeting take place"),
        ("I Wang Yi, què va dir?", "what did Wang Yi say"),
    ],
)
def test_catalan_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Luxembourgish, with its letters or without: asked as German is, "huet" (has) second and the past participle
        # last ("gesot": said, "getraff": met, "gedauert": lasted); its article before a name left off ("de Xi"), its
        # "dem" before one spoken to read as "to" ("dem Blinken"), "d'" before a noun as "the" ("d'Reunioun")
        ("Wat huet de Xi iwwer Taiwan gesot?", "what did Xi say about Taiwan"),
        ("Mat wiem huet de Blinken sech zu Peking getraff?", "who did Blinken meet in Beijing"),
        ("Wéi laang huet d'Reunioun gedauert?", "how long did the meeting last"),
        ("Wien ass de Wang Yi?", "who is Wang Yi"),
        ("Wei laang huet d'Reunioun gedauert?", "how long did the meeting last"),
        ("Wien huet gesot, datt mir Partner solle sinn?", "who said we should be partners"),
        ("Wat huet de Wang Yi dem Blinken gesot?", "what did Wang Yi say to Blinken"),
        ("Wat huet de Xi iwwer d'Mënscherechter gesot?", "what did Xi say about human rights"),
        ("Wat huet de Xi no der Reunioun gesot?", "what did Xi say after the meeting"),
        ("Wien huet sech mam Blinken getraff?", "who met Blinken"),
        ("Wéi vill Stonnen hunn d'Gespréicher gedauert?", "how many hours did the talks last"),
        ("Wéini hunn sech de Xi an de Blinken getraff?", "when did Xi and Blinken meet"),
        ("Wou huet d'Reunioun stattfonnt?", "where did the meeting take place"),
        ("Wéi vill Prinzipien huet de Xi proposéiert?", "how many principles did Xi propose"),
        ("Wat kascht den Abonnement?", "how much does the subscription cost"),
        ("Firwat ass de Blinken op Peking gaangen?", "why did Blinken go to Beijing"),
        ("Wat ass op der Reunioun geschitt?", "what happened at the meeting"),
        ("Iwwer wat geet den Artikel?", "what is the article about"),
        ("Gouf Taiwan ernimmt?", "was Taiwan mentioned"),
        ("Wat huet den Ausseminister vu China gesot?", "what did China's foreign minister say"),
        ("Wien huet den Artikel geschriwwen?", "who wrote the article"),
        ("Wéini gouf den Artikel publizéiert?", "when was the article published"),
        ("Huet de Xi eppes iwwer Taiwan gesot?", "did Xi say anything about Taiwan"),
        ("Wat huet den US-Ausseminister gesot?", "what did the US secretary of state say"),
        ("Wou huet de Blinken sech mam Xi getraff?", "where did Blinken meet Xi"),
        ('Wien huet "I hope we make some progress" gesot?', 'who said "I hope we make some progress"'),
        ("Wéi eng dräi Prinzipien huet de Xi proposéiert?", "which three principles did Xi propose"),
        ("Wat fir eng Funktioun huet de Wang Yi?", "what is Wang Yi's title"),
        ("A wéi enger Stad huet d'Reunioun stattfonnt?", "in which city did the meeting take place"),
        ("An de Wang Yi?", "what about Wang Yi"),
    ],
)
def test_luxembourgish_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Igbo, with its dots and tone marks or without: its question word first, put in focus with "ka" before the
        # one asked about ("Gini ka Xi kwuru": what did Xi say), or left where the answer stands ("Xi kwuru gini?");
        # "ahụ" (that) after the noun it points at ("nzukọ ahụ": the meeting), "na" between two names "and"
        ("Gini ka Xi kwuru banyere Taiwan?", "what did Xi say about Taiwan"),
        ("Onye ka Blinken zutere na Beijing?", "who did Blinken meet in Beijing"),
        ("Ogologo oge ole ka nzuko ahu were?", "how long did the meeting last"),
        ("Onye bu Wang Yi?", "who is Wang Yi"),
        ("Gịnị ka Xi kwuru banyere Taiwan?", "what did Xi say about Taiwan"),
        ("Onye kwuru na anyi kwesiri ibu ndi mmeko?", "who said we should be partners"),
        ("Gini ka Wang Yi gwara Blinken?", "what did Wang Yi say to Blinken"),
        ("Gini ka Xi kwuru banyere ikike mmadu?", "what did Xi say about human rights"),
        ("Gini ka Xi kwuru mgbe nzuko ahu gachara?", "what did Xi say after the meeting"),
        ("Onye zutere Blinken?", "who met Blinken"),
        ("Awa ole ka mkparita uka ahu were?", "how many hours did the talks last"),
        ("Kedu mgbe Xi na Blinken zutere?", "when did Xi and Blinken meet"),
        ("Ebee ka nzuko ahu mere?", "where did the meeting take place"),
        ("Ukpuru ole ka Xi tuputara?", "how many principles did Xi propose"),
        ("Ego ole ka subscription a bu?", "how much does the subscription cost"),
        ("Gini mere Blinken ji gaa Beijing?", "why did Blinken go to Beijing"),
        ("Gini mere na nzuko ahu?", "what happened at the meeting"),
        ("Akuko a bu maka gini?", "what is this article about"),
        ("A kpoturu Taiwan aha?", "was Taiwan mentioned"),
        ("Gini ka minista mba ofesi China kwuru?", "what did China's foreign minister say"),
        ("Onye dere akuko a?", "who wrote this article"),
        ("Kedu mgbe e biputara akuko a?", "when was this article published"),
        ("Xi o kwuru ihe obula banyere Taiwan?", "did Xi say anything about Taiwan"),
        ("Ebee ka Blinken zutere Xi?", "where did Blinken meet Xi"),
        ('Onye kwuru "I hope we make some progress"?', 'who said "I hope we make some progress"'),
        ("Kedu ukpuru ato Xi tuputara?", "which three principles did Xi propose"),
        ("Kedu okwa Wang Yi?", "what is Wang Yi's title"),
        ("N'obodo ole ka nzuko ahu mere?", "in which city did the meeting take place"),
        ("Wang Yi kwanu?", "what about Wang Yi"),
        ("Xi kwuru gini banyere Taiwan?", "what did Xi say about Taiwan"),
    ],
)
def test_igbo_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Uyghur typed in its Latin letters, with é, ö, ü or without them: the agglutinating shapes Kyrgyz's are, with
        # its own endings ("Beijingda": in Beijing, "Blinken'ge": to Blinken, "Xitayning": China's), "heqqide" (about),
        # "bilen" after a name (with) and between two names (and), "néme" (what), "qanche waqit" (how long)
        ("Xi Taiwan heqqide néme dédi?", "what did Xi say about Taiwan"),
        ("Blinken Beijingda kim bilen körüshti?", "who did Blinken meet in Beijing"),
        ("Yighin qanche waqit dawamlashti?", "how long did the meeting last"),
        ("Wang Yi kimdur?", "who is Wang Yi"),
        ("Wang Yi dégen kim?", "who is Wang Yi"),
        ("Xi Taiwan heqqide neme dedi?", "what did Xi say about Taiwan"),
        ("Kim biz hemkar bolushimiz kérek dédi?", "who said we should be partners"),
        ("Wang Yi Blinken'ge néme dédi?", "what did Wang Yi say to Blinken"),
        ("Xi kishilik hoquq heqqide néme dédi?", "what did Xi say about human rights"),
        ("Xi yighindin kéyin néme dédi?", "what did Xi say after the meeting"),
        ("Kim Blinken bilen körüshti?", "who met Blinken"),
        ("Söhbet qanche saet dawamlashti?", "how many hours did the talks last"),
        ("Xi bilen Blinken qachan körüshti?", "when did Xi and Blinken meet"),
        ("Yighin qeyerde ötküzüldi?", "where did the meeting take place"),
        ("Xi qanche prinsip otturigha qoydi?", "how many principles did Xi propose"),
        ("Mushtirilik qanche turidu?", "how much does the subscription cost"),
        ("Blinken néme üchün Beijinggha bardi?", "why did Blinken go to Beijing"),
        ("Yighinda néme boldi?", "what happened at the meeting"),
        ("Bu maqale néme heqqide?", "what is this article about"),
        ("Taiwan tilgha élindimu?", "was Taiwan mentioned"),
        ("Xitayning tashqi ishlar ministiri néme dédi?", "what did China's foreign minister say"),
        ("Maqalini kim yazdi?", "who wrote the article"),
        ("Maqale qachan élan qilindi?", "when was the article published"),
        ("Xi Taiwan heqqide birer néme dédimu?", "did Xi say anything about Taiwan"),
        ("Amérika dölet ishliri katipi néme dédi?", "what did the US secretary of state say"),
        ("Blinken Xi bilen qeyerde körüshti?", "where did Blinken meet Xi"),
        ('"I hope we make some progress" dep kim éytti?', 'who said "I hope we make some progress"'),
        ("Xi qaysi üch prinsipni otturigha qoydi?", "which three principles did Xi propose"),
        ("Wang Yining wezipisi néme?", "what is Wang Yi's title"),
        ("Yighin qaysi sheherde ötküzüldi?", "in which city did the meeting take place"),
        ("Wang Yi-chu?", "what about Wang Yi"),
    ],
)
def test_uyghur_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # the kinds of question readers of the six latest books ask besides: a claim checked, who met someone before,
        # which thing someone proposed to someone, which are the largest, who said there are still problems, why
        # someone was optimistic, which newspaper published the article, where the author writes from, what the
        # talks were about, a title's holder asked by name
        (
            "Ci skazau Xi, shto Kitaj i ZSHA pavinny byc partniorami?",
            "did Xi say that China and the US should be partners",
        ),
        ("Ci sustrakausia Xi raniej z Bidenam?", "did Xi previously meet Biden"),
        ("Jakija try pryncypy Xi prapanavau Blinkenu?", "which three principles did Xi propose to Blinken"),
        (
            "Pavodle artykula, jakija dzve najbuinejshyja ekanomiki svietu?",
            "which are the two largest economies in the world according to the article",
        ),
        (
            "Khto skazau, shto adnosiny pamizh Kitajem i ZSHA pachynajuc stabilizavacca?",
            "who said relations between China and the US are beginning to stabilise",
        ),
        ("Z jakoha horada napisau autar artykul?", "where is the author based"),
        ("Pra shto havaryli Blinken i Wang Yi?", "what did Blinken and Wang Yi discuss"),
        ("Xi Bidenekin elkartu al zen lehenago?", "did Xi previously meet Biden"),
        ("Blinken Txinako Atzerri ministroarekin elkartu al zen?", "did Blinken meet China's foreign minister"),
        (
            "Bilera honen aurretik, AEBetako zein presidenterekin elkartu zen Xi?",
            "which US president did Xi previously meet before this meeting",
        ),
        (
            "Nork esan zuen oraindik konpondu beharreko arazo asko daudela?",
            "who said there are still many problems that need to be resolved",
        ),
        ("Zergatik zegoen Blinken baikor?", "why was Blinken optimistic"),
        ("Zein egunkarik argitaratu zuen artikulua?", "which newspaper published the article"),
        ("Zenbat orduz hitz egin zuten?", "how many hours did the talks last"),
        (
            "Abans d'aquesta reunió, amb quin president dels EUA s'havia reunit Xi?",
            "which US president did Xi previously meet before this meeting",
        ),
        (
            "Quins són els tres principis que Xi va proposar a Blinken?",
            "which three principles did Xi propose to Blinken",
        ),
        (
            "Segons l'article, quines són les dues economies més grans del món?",
            "which are the two largest economies in the world according to the article",
        ),
        (
            "Qui va dir que encara hi ha molts problemes per resoldre?",
            "who said there are still many problems that need to be resolved",
        ),
        ("Per què estava optimista Blinken?", "why was Blinken optimistic"),
        ("De què van parlar Blinken i Wang Yi?", "what did Blinken and Wang Yi discuss"),
        ("Des de quina ciutat va escriure l'autor de l'article?", "where is the author based"),
        ("Hat de Xi sech virdrun mam Biden getraff?", "did Xi previously meet Biden"),
        ("Huet de Blinken sech mam chineseschen Ausseminister getraff?", "did Blinken meet China's foreign minister"),
        ("Wéi heescht de chineseschen Ausseminister?", "who is China's foreign minister"),
        ("Firwat war de Blinken optimistesch?", "why was Blinken optimistic"),
        ("Wéi eng Zeitung huet den Artikel publizéiert?", "which newspaper published the article"),
        ("Iwwer wat hunn de Blinken an de Wang Yi geschwat?", "what did Blinken and Wang Yi discuss"),
        ("Aus wéi enger Stad huet den Auteur den Artikel geschriwwen?", "where is the author based"),
        ("Xi o zutere Biden na mbu?", "did Xi previously meet Biden"),
        (
            "Tupu nzukọ a, onye isi ala America ole ka Xi zutere na mbụ?",
            "which American president did Xi previously meet before this meeting",
        ),
        (
            "Dika akuko a si kwuo, kedu mba abụọ nwere akụ na ụba kachasị ukwuu n'ụwa?",
            "which two countries have the largest economies in the world according to the article",
        ),
        ("Gini mere Blinken ji nwee olileanya?", "why did Blinken have hope"),
        ("Kedu akwụkwọ akụkọ bipụtara akụkọ a?", "which newspaper published this article"),
        ("Ha kparitara uka ruo awa ole?", "how many hours did the talks last"),
        ("Xi Biden bilen ilgiri körüshkenmu?", "did Xi previously meet Biden"),
        ("Blinken Xitayning tashqi ishlar ministiri bilen körüshtimu?", "did Blinken meet China's foreign minister"),
        (
            "Maqalide dunyadiki eng chong ikki iqtisad qaysi döletler?",
            "which countries are the two largest economies in the world according to the article",
        ),
        ("Blinken néme ishqa optimist?", "why was Blinken optimistic"),
        ("Maqalini qaysi gézit élan qildi?", "which newspaper published the article"),
        ("Teywen prézidénti bu körüshüsh heqqide néme dédi?", "what did Taiwan's president say about this meeting"),
    ],
)
def test_more_kinds_of_question_in_the_six_latest_books_are_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "intent", "who"),
    [
        ("Shto Xi skazau pra Taiwan?", Intent.SPEAKER, "Xi"),
        ("Khto takі Wang Yi?", Intent.WHO_IS, "Wang Yi"),
        ("Zer esan zuen Xik Taiwani buruz?", Intent.SPEAKER, "Xi"),
        ("Nork idatzi zuen artikulua?", Intent.BYLINE, None),
        ("Què va dir Xi sobre Taiwan?", Intent.SPEAKER, "Xi"),
        ("Qui és Wang Yi?", Intent.WHO_IS, "Wang Yi"),
        ("Wat huet de Xi iwwer Taiwan gesot?", Intent.SPEAKER, "Xi"),
        ("Wien huet den Artikel geschriwwen?", Intent.BYLINE, None),
        ("Gini ka Xi kwuru banyere Taiwan?", Intent.SPEAKER, "Xi"),
        ("Onye bu Wang Yi?", Intent.WHO_IS, "Wang Yi"),
        ("Xi Taiwan heqqide néme dédi?", Intent.SPEAKER, "Xi"),
        ("Maqalini kim yazdi?", Intent.BYLINE, None),
    ],
)
def test_the_belarusian_basque_catalan_luxembourgish_igbo_and_uyghur_books_ask_the_english_question(
    question: str, intent: Intent, who: str | None
) -> None:
    query = parse_question(question)
    assert (query.intent, query.who) == (intent, who)


@pytest.mark.parametrize(
    ("question", "lines"),
    [
        # Belarusian
        ("Shto Wang Yi skazau Blinkenu?", [31, 33]),
        ("Khto napisau hety artykul?", [7]),
        ("Z kim Blinken sustreusia u Beijing?", [11]),
        ("Kolki hadzin doujylisia peramovy?", [31]),
        ("Jakija try pryncypy prapanavau Xi?", [15]),
        # Basque
        ("Zer esan zion Wang Yik Blinkeni?", [31, 33]),
        ("Nork idatzi du artikulu hau?", [7]),
        ("Norekin elkartu zen Blinken Beijingen?", [11]),
        ("Zenbat ordu iraun zuten elkarrizketek?", [31]),
        ("Zein hiru printzipio proposatu zituen Xik?", [15]),
        # Catalan
        ("Què li va dir Wang Yi a Blinken?", [31, 33]),
        ("Qui va escriure l'article?", [7]),
        ("Amb qui es va reunir Blinken a Pequín?", [11]),
        ("Quantes hores van durar les converses?", [31]),
        ("Quins tres principis va proposar Xi?", [15]),
        # Luxembourgish
        ("Wat huet de Wang Yi dem Blinken gesot?", [31, 33]),
        ("Wien huet dësen Artikel geschriwwen?", [7]),
        ("Mat wiem huet de Blinken sech zu Peking getraff?", [11]),
        ("Wéi vill Stonnen hunn d'Gespréicher gedauert?", [31]),
        ("Wéi eng dräi Prinzipien huet de Xi proposéiert?", [15]),
        # Igbo
        ("Gini ka Wang Yi gwara Blinken?", [31, 33]),
        ("Onye dere akuko a?", [7]),
        ("Onye ka Blinken zutere na Beijing?", [11]),
        ("Awa ole ka mkparita uka ahu were?", [31]),
        ("Kedu ukpuru ato Xi tuputara?", [15]),
        # Uyghur
        ("Wang Yi Blinken'ge néme dédi?", [31, 33]),
        ("Maqalini kim yazdi?", [7]),
        ("Blinken Beijingda kim bilen körüshti?", [11]),
        ("Söhbet qanche saet dawamlashti?", [31]),
        ("Xi qaysi üch prinsipni otturigha qoydi?", [15]),
        # the foreign minister asked of, in each
        ("Pavodle artykula, khto takі ministr zamiezhnych sprau Kitaja?", [21]),
        ("Artikuluaren arabera, nor da Txinako Atzerri ministroa?", [21]),
        ("Segons l'article, qui és el ministre d'Afers Exteriors de la Xina?", [21]),
        ("Laut dem Artikel, wien ass den Ausseminister vu China?", [21]),
        ("Dika akuko a si kwuo, onye bu minista mba ofesi China?", [21]),
        ("Maqalige asasen Xitayning tashqi ishlar ministiri kim?", [21]),
        # who met someone before, asked in each
        ("Ci sustrakausia Xi raniej z Bidenam?", [11]),
        ("Xi Bidenekin elkartu al zen lehenago?", [11]),
        ("Xi s'havia reunit abans amb Biden?", [11]),
        ("Hat de Xi sech virdrun mam Biden getraff?", [11]),
        ("Xi o zutere Biden na mbu?", [11]),
        ("Xi Biden bilen ilgiri körüshkenmu?", [11]),
    ],
)
def test_a_question_in_belarusian_basque_catalan_luxembourgish_igbo_or_uyghur_is_answered(
    kb: KnowledgeBase, question: str, lines: list[int]
) -> None:
    assert _lines(kb.answer(question)) == lines


@pytest.mark.parametrize(
    "question",
    [
        "Khto skazau, shto my pavinny byc partniorami?",
        "Nork esan zuen bazkide izan beharko genukeela?",
        "Qui va dir que hauríem de ser socis?",
        "Wien huet gesot, datt mir Partner solle sinn?",
        "Onye kwuru na anyi kwesiri ibu ndi mmeko?",
        "Kim biz hemkar bolushimiz kérek dédi?",
    ],
)
def test_who_said_we_should_be_partners_in_belarusian_basque_catalan_luxembourgish_igbo_or_uyghur_finds_xi(
    kb: KnowledgeBase, question: str
) -> None:
    answer = kb.answer(question)
    assert _lines(answer)[:1] == [9]
    assert render_plain(answer).startswith("Xi Jinping")


def test_a_topic_the_article_never_names_asked_in_belarusian_basque_catalan_luxembourgish_igbo_or_uyghur_abstains(
    kb: KnowledgeBase,
) -> None:
    for question in (
        "Shto Xi skazau pra Shvejcaryju?",
        "Zer esan zuen Xik Suitzari buruz?",
        "Què va dir Xi sobre Suïssa?",
        "Wat huet de Xi iwwer d'Schwäiz gesot?",
        "Gini ka Xi kwuru banyere Switzerland?",
        "Xi Shiwétsariye heqqide néme dédi?",
    ):
        assert parse_question(question).who == "Xi", question
        assert kb.answer(question).abstained, question


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # the six latest books widened: which day (of the week) and which country asked, when the article was first
        # or last published or updated, whose view a question is asked by ("according to X"), what something should
        # be like, who published the article, an official, a title with "onye … ahụ" around it, what job someone does,
        # what someone said is needed, where people agreed, someone's mood, what kind of thing someone said they
        # support, when someone said words quoted, whether things improved since a meeting
        ("U jaki dzen tydnia Xi sustreusia z Blinkenam?", "on which day of the week did Xi meet Blinken"),
        ("Kali artykul byu abnauleny?", "when was the article updated"),
        ("Pavodle Xi, jakimi pavinny byc adnosiny?", "what should the relations be like according to Xi"),
        ("Jakaja hazieta apublikavala artykul?", "which newspaper published the article"),
        ("U jakoj krainie adbylasia sustrecha?", "in which country did the meeting take place"),
        ("Kolki dzen Blinken byu u Kitai?", "how many days was Blinken in China"),
        ("Kolki kashtuje padpiska Super Saver?", "how much does the Super Saver subscription cost"),
        ("Blinkenen ustez, nolakoa da harremana?", "what is the relationship like according to Blinken"),
        (
            "Xiren ustez, nolakoak izan behar dute Txina eta AEBen arteko harremanak?",
            "what should the relations between China and the US be like according to Xi",
        ),
        ("Zer esan zuen AEBetako agintariak?", "what did the US official say"),
        ("Zein egunkarik argitaratu du albiste hau?", "which newspaper published this article"),
        ("Nork argitaratu du albiste hau?", "who published this article"),
        ("Blinkenek optimismoa adierazi al zuen?", "did Blinken express optimism"),
        ("Zein herrialdetan elkartu ziren Xi eta Blinken?", "in which country did Xi and Blinken meet"),
        ("Nork idatzi zuen artikulu hau eta nondik?", "who wrote this article and where did they write from"),
        ("Quan es va actualitzar l'article per última vegada?", "when was the article last updated"),
        ("Quan es va publicar per primer cop la notícia?", "when was the article first published"),
        ("Quant de temps es triga a llegir l'article?", "how long does it take to read the article"),
        ("En quin país es van reunir Xi i Blinken?", "in which country did Xi and Blinken meet"),
        ("Quines diferències hi ha entre els dos països?", "which differences are there between the two countries"),
        ("Quins temes van quedar pendents?", "which issues remained unresolved"),
        ("Wéini gouf den Artikel fir d'éischt publizéiert?", "when was the article first published"),
        ("Wéini gouf dësen Artikel published?", "when was this article published"),
        ("Mat wiem hat de Blinken sech scho virdrun getraff?", "who did Blinken previously meet"),
        ("Wat huet de Chef vun der amerikanescher Diplomatie gesot?", "what did America's top diplomat say"),
        ("Laut dem Xi, wat sollen déi zwee Länner sinn?", "what should the two countries be according to Xi"),
        ("A wéi engem Land hunn si sech getraff?", "in which country did they meet"),
        ("Wien huet gesot: 'there is still room'?", "who said 'there is still room'"),
        ("Ebee ka onye dere akuko a bi?", "where is the author based"),
        ("Gini ka onye minister ahu kwuru?", "what did the minister say"),
        ("Gini ka onye isi ala ahu kwuru?", "what did the president say"),
        ("Kedu oru Blinken na-aru?", "what job does Blinken do"),
        ("Wang Yi, gini bu okwa ya?", "what is Wang Yi's title"),
        ("Gini ka Xi kwuru na a choro?", "what did Xi say is needed"),
        ("Ebee ka ha kwekoritara?", "where did they agree"),
        ("Onwa ole ka Smart Quarterly plan na-ewe?", "how many months does the Smart Quarterly plan last"),
        ("Yighindin kéyin Xining keypiyati qandaq boldi?", "how was Xi's mood after the meeting"),
        ("Blinkenning keypiyati qandaq?", "how is Blinken's mood"),
        ("Xi qandaq bir munasiwetni qollaydighanliqini éytti?", "what kind of relations did Xi say he supports"),
        ("Xi qachan 'partners rather than rivals' dédi?", "when did Xi say 'partners rather than rivals'"),
        ("Blinken 'at the very least' dégen sözni qachan dédi?", "when did Blinken say 'at the very least'"),
        ("Xi Blinken bilen körüshkendin kéyin néme dédi?", "what did Xi say after the meeting with Blinken"),
        (
            "Blinken Wang Yi bilen körüshkendin béri munasiwet yaxshilandimu?",
            "have relations improved since Blinken met Wang Yi",
        ),
    ],
)
def test_the_six_latest_books_read_what_readers_of_the_shipped_article_asked_besides(
    question: str, understood: str
) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "lines"),
    [
        ("U jaki dzen tydnia Xi sustreusia z Blinkenam?", [9]),  # on Friday
        ("Jakaja hazieta apublikavala artykul?", [36]),
        ("Blinkenen ustez, nolakoak izan behar dute bi herrialdeek?", [27]),  # as clear as possible
        ("Nolakoa da Txina eta AEBen arteko harremana, Wang Yiren ustez?", [31]),  # beginning to stabilise
        ("Zein egunkarik argitaratu du story hau?", [36]),
        ("Blinkenek optimismoa adierazi al zuen?", [23]),
        ("Quan es va actualitzar l'article per última vegada?", [8, 109]),  # last updated, then first published
        ("Quan es va publicar per primer cop la notícia?", [109, 8]),
        ("En quin país es van reunir Xi i Blinken?", [11]),  # Beijing's Great Hall of the People
        ("Wéini gouf den Artikel fir d'éischt publizéiert?", [109, 8]),
        ("Mat wiem hat de Xi sech scho virdrun getraff?", [11]),  # Joe Biden
        ("Wat huet de Chef vun der amerikanescher Diplomatie gesot?", [25, 27, 23]),  # Blinken
        ("Ebee ka onye dere akuko a bi?", [7]),  # New Delhi
        ("Gini ka onye minister ahu kwuru?", [31, 33]),  # Wang Yi
        ("Kedu oru Blinken na-aru?", [9]),  # Secretary of State
        ("Ebee ka ha kwekoritara?", [23]),  # the California summit
        ("Yighindin kéyin Blinkenning kayfiyati qandaq idi?", [23]),  # optimism
        ("Xi qandaq bir Xitay-Amérika munasiwitini qollaydighanliqini éytti?", [9, 17]),
    ],
)
def test_what_readers_of_the_six_latest_books_asked_besides_is_answered(
    kb: KnowledgeBase, question: str, lines: list[int]
) -> None:
    assert _lines(kb.answer(question)) == lines


@pytest.mark.parametrize(
    ("question", "candidates"),
    [
        ("Zer esan zuen AEBetako agintariak?", ("Blinken", "Biden")),  # "agintari": an official, not the leader
        ("Gini ka onye isi ala ahu kwuru?", ("Xi Jinping", "Biden")),
    ],
)
def test_an_official_or_a_president_asked_of_in_basque_or_igbo_is_asked_which(
    kb: KnowledgeBase, question: str, candidates: tuple[str, str]
) -> None:
    answer = kb.answer(question)
    assert not answer.citations
    assert all(name in render_plain(answer) for name in candidates)


# The six books of this round
_SIX_LATEST_BOOKS = frozenset({"_belarusian", "_basque", "_catalan", "_luxembourgish", "_igbo", "_uyghur"})


@pytest.mark.parametrize(
    "question",
    [
        # English, with names and words those books use ("Nor", "Non", "Zer", "Quan", "On", "Amb", "Wat", "Wien",
        # "Ole", "Onye", "Kali", "Dze", "Van", "Ka", "Na", "U", "Kim", "Bilen", "Ass")
        "What did Xi say about Taiwan?",
        "Who did Blinken meet in Beijing?",
        "How long did the meeting last?",
        "Who said we should be partners?",
        "On which day did the meeting take place?",
        "Neither Xi nor Blinken said that?",
        "What did Non say?",
        "What did Quan say about the deal?",
        "What did Amb. Burns say?",
        "Who is Ole Gunnar?",
        "What did Onye say?",
        "What did Kali say?",
        "Who is Dze?",
        "What did Van say?",
        "What did Wien officials say?",
        "Who is Kim Jong Un?",
        "What did Ka say?",
        "Did u read what Xi said?",
        "Was the deal a pain in the ass?",
        # Spanish, French, Italian and Portuguese, Catalan's ("qui", "que", "va", "reunió", "quan", "on", "sobre")
        "¿Qué dijo Xi sobre Taiwán?",
        "¿Con quién se reunió Blinken en Pekín?",
        "¿Cuánto duró la reunión?",
        "¿Cuánto va a durar la reunión?",
        "¿Qué va a decir Xi?",
        "Qu'a dit Xi sur Taiwan ?",
        "Qui a dit qu'ils devraient être partenaires ?",
        "Avec qui Blinken s'est-il réuni à Pékin ?",
        "Quant à Xi, qu'a-t-il dit ?",
        "Quand Xi et Blinken se sont-ils rencontrés ?",
        "Che cosa ha detto Xi su Taiwan?",
        "Quanto è durato l'incontro?",
        "Chi è Wang Yi?",
        "O que Xi disse sobre Taiwan?",
        "Quem disse que deveriam ser parceiros?",
        # German, Dutch and Afrikaans, Luxembourgish's ("wat", "wie", "huet", "gedauert", "zu Peking")
        "Was hat Xi über Taiwan gesagt?",
        "Mit wem hat sich Blinken in Peking getroffen?",
        "Wie lange hat das Treffen gedauert?",
        "Wer ist Wang Yi?",
        "Wat zei Xi over Taiwan?",
        "Wie heeft het artikel geschreven?",
        "Wat het Xi oor Taiwan gesê?",
        # Ukrainian, Russian, Polish and Czech, Belarusian's ("shto", "khto", "kto", "skazala", "pro", "u")
        "Shcho Xi skazav pro Taiwan?",
        "Z kym zustrivsia Blinken u Beijing?",
        "Skilky tryvala zustrich?",
        "Khto takyi Wang Yi?",
        "Khto skazav, shcho vony mayut buty partneramy?",
        "Chto skazal Si o Tayvane?",
        "Shto skazal Si pro Tayvan?",
        "Kto vstretilsya s Blinkenom v Pekine?",
        "Skolko dlilas vstrecha?",
        "Co Xi powiedział o Tajwanie?",
        "Co rekl Xi o Tchaj-wanu?",
        # Turkish, Uzbek, Kazakh, Kyrgyz and Azerbaijani, Uyghur's ("kim", "dedi", "kerek", "qaysi", "bilan", "neme")
        "Xi Tayvan hakkında ne dedi?",
        "Blinken Pekin'de kiminle görüştü?",
        "Makaleyi kim yazdı?",
        "Xi Tayvan haqida nima dedi?",
        "Blinken Pekinda kim bilan uchrashdi?",
        "Kim hamkor bo'lishimiz kerak dedi?",
        "Uchrashuvdan keyin Blinken nima dedi?",
        "Xi Taivan turaly ne dedi?",
        "Kim seriktes boluymyz kerek dedi?",
        "Xi Taivan jonundo emne dedi?",
        "Kim biz onektesh bolushubuz kerek dedi?",
        "Xi Tayvan haqqında nə dedi?",
        # Persian and Tajik, Uyghur's neighbours ("maqale", "chi")
        "In maqale darbare chist?",
        "Xi dar borai Tayvan chi guft?",
        # Yoruba, Hausa, Swahili and Pidgin, Igbo's ("ka", "na", "ya", "ole", "bu")
        "Kini Xi so nipa Taiwan?",
        "Ta ni Blinken pade ni Beijing?",
        "Me Xi ya ce game da Taiwan?",
        "Da wa Blinken ya gana a Beijing?",
        "Xi alisema nini kuhusu Taiwan?",
        "Wetin Xi talk about Taiwan?",
        "Na who Blinken meet for Beijing?",
        # Maltese, Hindi and Burmese ("u", "ka", "bar")
        "Xi x'qal dwar Tajwan?",
        "Xi ne Taiwan ke baare mein kya kaha?",
        "Xi ka Taiwan akyaung bar pyaw lae?",
    ],
)
def test_english_and_the_neighbouring_languages_are_not_read_by_the_six_latest_round_s_books(
    question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    read = clean_question(question)
    for registry in ("_PHRASEBOOKS", "_BEFORE_TEXTING"):
        books = getattr(phrasebooks, registry)
        monkeypatch.setattr(
            phrasebooks, registry, tuple(book for book in books if book[2].__name__ not in _SIX_LATEST_BOOKS)
        )
    assert clean_question(question) == read


def test_no_phrasebook_pattern_is_compiled_at_import() -> None:
    # each book's cue pattern, like its shapes and the shapes the books share, is compiled the first time a question
    # needs it: importing the books compiles none (start-up)
    code = (
        "from knowledge import phrasebooks as p\n"
        "from knowledge.phrasebooks import shapes\n"
        "books = p._PHRASEBOOKS + p._BEFORE_TEXTING\n"
        "lazy = [f for _, cue, book in books for f in (cue, book)] + [shapes._in_english_at_last, shapes._the_the]\n"
        "print(sum(f.cache_info().currsize for f in lazy))\n"
    )
    compiled = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=_ROOT)
    assert compiled.stdout.strip() == "0"


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Faroese, with ð, ø, æ and its accents or without them: its verb second, as Icelandic's, its nouns' article on
        # their end ("fundurin", "fundinum": the meeting; "greinini": the article), "hvør" (who) typed without ø as
        # Danish's "hvor" (where)
        ("Hvat segði Wang Yi?", "what did Wang Yi say"),
        ("Nær hittust Xi og Blinken?", "when did Xi and Blinken meet"),
        ("Hvar var fundurin?", "where did the meeting take place"),
        (
            "Hvør segði, at sambandið er farið at stabilisera seg?",
            "who said the relationship is beginning to stabilise",
        ),
        ("Hvat segði Xi um Taivan?", "what did Xi say about Taiwan"),
        ("Hvønn hitti Blinken í Peking?", "who did Blinken meet in Beijing"),
        ("Hvussu leingi varði fundurin?", "how long did the meeting last"),
        ("Hvør er Wang Yi?", "who is Wang Yi"),
        ("Hvør segði, at vit skuldu verið samstarvsfelagar?", "who said we should be partners"),
        ("Hvat segði Wang Yi við Blinken?", "what did Wang Yi say to Blinken"),
        ("Hvat segði Xi eftir fundin?", "what did Xi say after the meeting"),
        ("Hvør hitti Blinken?", "who met Blinken"),
        ("Hvussu nógvar tímar vardu samráðingarnar?", "how many hours did the talks last"),
        ("Hvussu nógvar meginreglur skeyt Xi upp?", "how many principles did Xi propose"),
        ("Hvørjar tríggjar meginreglur skeyt Xi upp?", "which three principles did Xi propose"),
        ("Hvussu nógv kostar haldið?", "how much does the subscription cost"),
        ("Hví fór Blinken til Peking?", "why did Blinken go to Beijing"),
        ("Hvat hendi á fundinum?", "what happened at the meeting"),
        ("Um hvat snýr greinin seg?", "what is the article about"),
        ("Varð Taivan nevnt?", "was Taiwan mentioned"),
        ("Hvat segði uttanríkisráðharrin í Kina?", "what did China's foreign minister say"),
        ("Hvør skrivaði greinina?", "who wrote the article"),
        ("Nær varð greinin útgivin?", "when was the article published"),
        ("Segði Xi nakað um Taivan?", "did Xi say anything about Taiwan"),
        ("Hvar møtti Blinken Xi?", "where did Blinken meet Xi"),
        ('Hvør segði "I hope we make some progress"?', 'who said "I hope we make some progress"'),
        ("Hvat starv hevur Wang Yi?", "what is Wang Yi's title"),
        ("Í hvørjum býi var fundurin?", "in which city did the meeting take place"),
        ("Hvat við Wang Yi?", "what about Wang Yi"),
        ("Hvat segdi Wang Yi?", "what did Wang Yi say"),
        ("Naer hittust Xi og Blinken?", "when did Xi and Blinken meet"),
        (
            "Hvor segdi, at sambandid er farid at stabilisera seg?",
            "who said the relationship is beginning to stabilise",
        ),
    ],
)
def test_faroese_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Malagasy: its question word and "no" first, its verb next, the one who did it last; the one who did a thing
        # asked about glued on its verb ("nolazain'i Blinken": said by Blinken), "momba an'i" (about), "tamin'i" (to,
        # with), "tany" (in), "sy" (and) between two names
        ("Inona no nolazain'i Blinken?", "what did Blinken say"),
        ("Oviana no nihaona i Xi sy Blinken?", "when did Xi and Blinken meet"),
        ("Taiza no nitranga ny fihaonana?", "where did the meeting take place"),
        ("Iza no niteny hoe 'beginning to stabilise'?", "who said 'beginning to stabilise'"),
        ("Inona no nolazain'i Xi momba an'i Taiwan?", "what did Xi say about Taiwan"),
        ("Iza no nihaonan'i Blinken tany Beijing?", "who did Blinken meet in Beijing"),
        ("Nihaona tamin'iza i Blinken tany Beijing?", "who did Blinken meet in Beijing"),
        ("Naharitra hafiriana ny fihaonana?", "how long did the meeting last"),
        ("Iza i Wang Yi?", "who is Wang Yi"),
        ("Iza no nilaza fa tokony ho mpiara-miombon'antoka isika?", "who said we should be partners"),
        ("Inona no nolazain'i Wang Yi tamin'i Blinken?", "what did Wang Yi say to Blinken"),
        ("Inona no nolazain'i Xi taorian'ny fihaonana?", "what did Xi say after the meeting"),
        ("Iza no nihaona tamin'i Blinken?", "who met Blinken"),
        ("Firy ora no naharetan'ny fifampiresahana?", "how many hours did the talks last"),
        ("Firy ny fitsipika natolotr'i Xi?", "how many principles did Xi propose"),
        ("Inona avy ireo fitsipika telo natolotr'i Xi?", "which three principles did Xi propose"),
        ("Ohatrinona ny famandrihana?", "how much does the subscription cost"),
        ("Nahoana i Blinken no nankany Beijing?", "why did Blinken go to Beijing"),
        ("Inona no nitranga tamin'ny fihaonana?", "what happened at the meeting"),
        ("Momba ny inona ity lahatsoratra ity?", "what is this article about"),
        ("Voatonona ve i Taiwan?", "was Taiwan mentioned"),
        ("Inona no nolazain'ny minisitry ny raharaham-bahiny sinoa?", "what did the Chinese foreign minister say"),
        ("Iza no nanoratra ny lahatsoratra?", "who wrote the article"),
        ("Oviana no navoaka ny lahatsoratra?", "when was the article published"),
        ("Nilaza zavatra momba an'i Taiwan ve i Xi?", "did Xi say anything about Taiwan"),
        ("Taiza i Blinken no nihaona tamin'i Xi?", "where did Blinken meet Xi"),
        ('Iza no nilaza hoe "I hope we make some progress"?', 'who said "I hope we make some progress"'),
        ("Inona ny andraikitr'i Wang Yi?", "what is Wang Yi's title"),
        ("Tany amin'ny tanàna inona no nitranga ny fihaonana?", "in which city did the meeting take place"),
        ("Ary i Wang Yi?", "what about Wang Yi"),
        ("Inona no nolazain’i Blinken?", "what did Blinken say"),
        ("Inona no nolazain' i Blinken?", "what did Blinken say"),
    ],
)
def test_malagasy_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Tatar in its Cyrillic letters, names in Latin ones, its case endings glued on them in Cyrillic ("Blinkenга":
        # to Blinken, "Пекинда": in Beijing); its own letters typed as a Russian keyboard has them ("нэрсэ"), and Tatar
        # typed in Latin letters, with them ("närsä") or without
        ("Blinken нәрсә диде?", "what did Blinken say"),
        ("Xi белән Blinken кайчан очраштылар?", "when did Xi and Blinken meet"),
        ("Очрашу кайда булды?", "where did the meeting take place"),
        ("Wang Yi Taiwan турында нәрсә диде?", "what did Wang Yi say about Taiwan"),
        ("Blinken Пекинда кем белән очрашты?", "who did Blinken meet in Beijing"),
        ("Очрашу күпме вакыт дәвам итте?", "how long did the meeting last"),
        ("Wang Yi кем?", "who is Wang Yi"),
        ("Кем без партнерлар булырга тиеш диде?", "who said we should be partners"),
        ("Wang Yi Blinkenга нәрсә диде?", "what did Wang Yi say to Blinken"),
        ("Xi очрашудан соң нәрсә диде?", "what did Xi say after the meeting"),
        ("Кем Blinken белән очрашты?", "who met Blinken"),
        ("Сөйләшүләр ничә сәгать дәвам итте?", "how many hours did the talks last"),
        ("Xi ничә принцип тәкъдим итте?", "how many principles did Xi propose"),
        ("Xi кайсы өч принципны тәкъдим итте?", "which three principles did Xi propose"),
        ("Подписка күпме тора?", "how much does the subscription cost"),
        ("Blinken нигә Пекинга барды?", "why did Blinken go to Beijing"),
        ("Очрашуда нәрсә булды?", "what happened at the meeting"),
        ("Бу мәкалә нәрсә турында?", "what is this article about"),
        ("Taiwan телгә алындымы?", "was Taiwan mentioned"),
        ("Кытай тышкы эшләр министры нәрсә диде?", "what did China's foreign minister say"),
        ("Мәкаләне кем язды?", "who wrote the article"),
        ("Мәкалә кайчан басылды?", "when was the article published"),
        ("Xi Taiwan турында берәр нәрсә әйттеме?", "did Xi say anything about Taiwan"),
        ("Blinken Xi белән кайда очрашты?", "where did Blinken meet Xi"),
        ('"I hope we make some progress" дип кем әйтте?', 'who said "I hope we make some progress"'),
        ("Wang Yiның вазыйфасы нинди?", "what is Wang Yi's title"),
        ("Очрашу кайсы шәһәрдә узды?", "in which city did the meeting take place"),
        ("Ә Wang Yi?", "what about Wang Yi"),
        ("Блинкен нәрсә диде?", "what did Blinken say"),
        ("Blinken нэрсэ диде?", "what did Blinken say"),
        ("Xi belen Blinken kaychan ochrashtylar?", "when did Xi and Blinken meet"),
        ("Blinken närsä dide?", "what did Blinken say"),
    ],
)
def test_tatar_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # the three newest books' common verbs besides saying and meeting (talk, agree, travel, visit, warn, ask,
        # want, promise, discuss), their negations, a claim checked, what the article says of something
        ("Við hvønn tosaði Blinken?", "who did Blinken talk with"),
        ("Hvat samdust Xi og Blinken um?", "what did Xi and Blinken agree on"),
        ("Nær ferðaðist Blinken til Peking?", "when did Blinken go to Beijing"),
        ("Vitjaði Blinken Kina?", "did Blinken visit China"),
        ("Hvat ávaraði Blinken um?", "what did Blinken warn about"),
        ("Hvat bað Blinken um?", "what did Blinken ask for"),
        ("Hvat vildi Xi?", "what did Xi want"),
        ("Hvat lovaði Xi?", "what did Xi promise"),
        ("Um hvat tosaðu Blinken og Wang Yi?", "what did Blinken and Wang Yi discuss"),
        ("Hitti Xi ikki Blinken?", "didn't Xi meet Blinken"),
        ("Segði Xi ikki nakað um Taivan?", "didn't Xi say anything about Taiwan"),
        ("Er tað satt, at Xi hitti Blinken?", "Xi met Blinken"),
        ("Hvat sigur greinin um Russland?", "what does the article say about Russia"),
        ("Hevur Xi hitt Biden fyrr?", "did Xi previously meet Biden"),
        ("Iza no niresaka tamin'i Blinken?", "who talked to Blinken"),
        ("Inona no nifanarahan'i Xi sy Blinken?", "what did Xi and Blinken agree on"),
        ("Oviana no nankany Beijing i Blinken?", "when did Blinken go to Beijing"),
        ("Nitsidika an'i Sina ve i Blinken?", "did Blinken visit China"),
        ("Inona no nampitandreman'i Blinken?", "what did Blinken warn about"),
        ("Inona no nangatahin'i Blinken?", "what did Blinken ask for"),
        ("Inona no tian'i Xi?", "what did Xi want"),
        ("Inona no nampanantenain'i Xi?", "what did Xi promise"),
        ("Inona no niresahan'i Blinken sy Wang Yi?", "what did Blinken and Wang Yi discuss"),
        ("Tsy nihaona tamin'i Blinken ve i Xi?", "didn't Xi meet Blinken"),
        ("Tsy nilaza na inona na inona momba an'i Taiwan ve i Xi?", "didn't Xi say anything about Taiwan"),
        ("Marina ve fa nihaona tamin'i Blinken i Xi?", "Xi met Blinken"),
        ("Inona no lazain'ny lahatsoratra momba an'i Rosia?", "what does the article say about Russia"),
        ("Nihaona tamin'i Biden ve i Xi taloha?", "did Xi previously meet Biden"),
        ("Blinken кем белән сөйләште?", "who did Blinken talk with"),
        ("Xi белән Blinken нәрсә турында килештеләр?", "what did Xi and Blinken agree on"),
        ("Blinken Пекинга кайчан барды?", "when did Blinken go to Beijing"),
        ("Blinken нәрсә турында кисәтте?", "what did Blinken warn about"),
        ("Blinken нәрсә сорады?", "what did Blinken ask"),
        ("Xi нәрсә теләде?", "what did Xi want"),
        ("Xi Blinkenга нәрсә вәгъдә итте?", "what did Xi promise to Blinken"),
        ("Blinken Wang Yi белән нәрсә турында сөйләште?", "what did Blinken discuss with Wang Yi"),
        ("Blinken Xi белән очрашмады мы?", "didn't Blinken meet Xi"),
        ("Xi Taiwan турында берни дә әйтмәде?", "didn't Xi say anything about Taiwan"),
        ("Xi Blinken белән очрашты дигән сүз дөресме?", "Xi met Blinken"),
        ("Мәкаләдә Россия турында нәрсә диелгән?", "what does the article say about Russia"),
        ("Xi Bayden белән элегрәк очрашканмы?", "did Xi previously meet Biden"),
    ],
)
def test_more_kinds_of_question_in_the_faroese_malagasy_and_tatar_books_are_read_as_english(
    question: str, understood: str
) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Faroese: "Í hvørjum" and a noun in the dative, with a place after it; a yes-or-no question opening on its
        # verb ("Vónar …, at …": does … hope that …); "so … sum gjørligt" (as … as possible), "fyri at" (in order
        # to), "sum" after a noun (that), "vóru samdir um" (agreed on), "fáa nakað burturúr" (get something out of)
        (
            "Í hvørjum bygningi í Washington hittust Biden og Xi?",
            "in which building in Washington did Biden and Xi meet",
        ),
        ("Í hvørjum bygningi hittust Wang Yi og Blinken?", "in which building did Wang Yi and Blinken meet"),
        ("Nær hittust Wang Yi og Blinken?", "when did Wang Yi and Blinken meet"),
        (
            "Vónar Xi, at londini fáa nakað burturúr samráðingunum?",
            "does Xi hope that the countries get something out of the talks",
        ),
        ("Vónar Xi, at samráðingarnar fáa nakað burturúr?", "does Xi hope that the talks get something out of it"),
        (
            "Vónaði Wang Yi, at teir vóru samdir um handil eftir fundin?",
            "did Wang Yi hope that they agreed on trade after the meeting",
        ),
        (
            "Hvør segði, at forsetarnir eiga at vera so greiðir sum gjørligt?",
            "who said the presidents should be as clear as possible",
        ),
        (
            "Hvør segði, at londini eiga at vera samstarvsfelagar, fyri at sleppa undan kríggi?",
            "who said the countries should be partners, to avoid war",
        ),
        (
            "Hvat segði Blinken um málini, sum Xi og Biden vóru samdir um?",
            "what did Blinken say about the issues that Xi and Biden agreed on",
        ),
        # Malagasy: "Tamin'ny … inona" (on which …); a noun's owner glued on it ("filohan'i": the president of,
        # "fanohanan'i": 's support) and "an'i" after it (for); "ilay" (that, the) glued on its verb; "voaresaka"
        # (discussed); "mba" (so that) and a verb to be done by one glued on it; "nangatahin'i X tamin'i Y" (asked Y)
        ("Tamin'ny andro inona no nihaona i Wang Yi sy Blinken?", "on which day did Wang Yi and Blinken meet"),
        ("Tamin'ny volana inona no nitranga ny fihaonana?", "in which month did the meeting take place"),
        (
            "Voaresaka tao amin'ny lahatsoratra ve ny fanohanan'i Rosia an'i Shina?",
            "was Russia's support for China discussed",
        ),
        (
            "Voaresaka tamin'ny fihaonana ve ny fanohanan'i Etazonia an'i Taiwan?",
            "was the US's support for Taiwan discussed at the meeting",
        ),
        ("Voaresaka ve ny fanohanan'i Etazonia an'i Taiwan?", "was the US's support for Taiwan discussed"),
        ("Inona no nangatahin'i Blinken tamin'i Wang Yi?", "what did Blinken ask Wang Yi"),
        (
            "Inona no nangatahin'i Blinken tamin'i Wang Yi mba hanohanan'izy ireo ny fandrosoan'i Taiwan?",
            "what did Blinken ask Wang Yi so that they support Taiwan's progress",
        ),
        ("Inona no nolazain'ny Filohan'i Etazonia?", "what did the US president say"),
        ("Inona no nolazain'ilay mpanao gazety?", "what did the journalist say"),
        ("Inona no nolazain'i Xi momba ny fanantenan'i Blinken?", "what did Xi say about Blinken's hope"),
        # Tatar: a word before the thing counted ("ничә төп …": how many fundamental …); "соң" after a question word
        # (then); "нинди вазыйфа били" (what post holds); "кайчан" before a verb done to a thing, and a question
        # particle on the words offered after it ("… кадәрме, әллә аннан соңмы": before …, or after it)
        ("Wang Yi ничә төп принцип тәкъдим итте?", "how many fundamental principles did Wang Yi propose"),
        ("Blinken кем соң?", "who is Blinken"),
        ("Xi нәрсә соң диде?", "what did Xi say"),
        ("Blinken нинди вазыйфа били?", "what position does Blinken hold"),
        ("Wang Yi нинди вазифа биләде?", "what position did Wang Yi hold"),
        ("Xi борчылуын кайчан белдерде?", "when did Xi express concerns"),
        (
            "Wang Yi өметләнүен кайчан белдерде — сөйләшүләргә кадәрме, әллә аннан соңмы?",
            "when did Wang Yi express hope — before the talks, or after it",
        ),
    ],
)
def test_a_third_round_of_question_shapes_in_the_faroese_malagasy_and_tatar_books_is_read_as_english(
    question: str, understood: str
) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "intent", "who"),
    [
        ("Hvat segði Xi um Taivan?", Intent.SPEAKER, "Xi"),
        ("Hvør er Wang Yi?", Intent.WHO_IS, "Wang Yi"),
        ("Hvør skrivaði greinina?", Intent.BYLINE, None),
        ("Inona no nolazain'i Xi momba an'i Taiwan?", Intent.SPEAKER, "Xi"),
        ("Iza i Wang Yi?", Intent.WHO_IS, "Wang Yi"),
        ("Iza no nanoratra ny lahatsoratra?", Intent.BYLINE, None),
        ("Xi Taiwan турында нәрсә диде?", Intent.SPEAKER, "Xi"),
        ("Wang Yi кем?", Intent.WHO_IS, "Wang Yi"),
        ("Мәкаләне кем язды?", Intent.BYLINE, None),
    ],
)
def test_the_faroese_malagasy_and_tatar_books_ask_the_english_question(
    question: str, intent: Intent, who: str | None
) -> None:
    query = parse_question(question)
    assert (query.intent, query.who) == (intent, who)


@pytest.mark.parametrize(
    ("question", "lines"),
    [
        # Faroese
        ("Hvat segði Wang Yi við Blinken?", [31, 33]),
        ("Hvør skrivaði greinina?", [7]),
        ("Hvønn hitti Blinken í Peking?", [11]),
        ("Hvussu nógvar tímar vardu samráðingarnar?", [31]),
        ("Hvørjar tríggjar meginreglur skeyt Xi upp?", [15]),
        ("Nær hittust Xi og Blinken?", [9]),
        ("Hvar var fundurin?", [11]),
        ("Hvør segði, at sambandið er farið at stabilisera seg?", [31]),
        ("Hevur Xi hitt Biden fyrr?", [11]),
        # Malagasy
        ("Inona no nolazain'i Wang Yi tamin'i Blinken?", [31, 33]),
        ("Iza no nanoratra ny lahatsoratra?", [7]),
        ("Iza no nihaonan'i Blinken tany Beijing?", [11]),
        ("Firy ora no naharetan'ny fifampiresahana?", [31]),
        ("Inona avy ireo fitsipika telo natolotr'i Xi?", [15]),
        ("Oviana no nihaona i Xi sy Blinken?", [9]),
        ("Taiza no nitranga ny fihaonana?", [11]),
        ("Iza no niteny hoe 'beginning to stabilise'?", [31]),
        ("Nihaona tamin'i Biden ve i Xi taloha?", [11]),
        # Tatar
        ("Wang Yi Blinkenга нәрсә диде?", [31, 33]),
        ("Мәкаләне кем язды?", [7]),
        ("Blinken Пекинда кем белән очрашты?", [11]),
        ("Сөйләшүләр ничә сәгать дәвам итте?", [31]),
        ("Xi кайсы өч принципны тәкъдим итте?", [15]),
        ("Xi белән Blinken кайчан очраштылар?", [9]),
        ("Очрашу кайда булды?", [11]),
        ("Кем мөнәсәбәтләр тотрыклана башлады диде?", [19]),
        ("Xi Байден белән очрашканмы?", [11]),
    ],
)
def test_a_question_in_faroese_malagasy_or_tatar_is_answered(
    kb: KnowledgeBase, question: str, lines: list[int]
) -> None:
    assert _lines(kb.answer(question)) == lines


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("Hvat segði Wang Yi?", "Wang Yi"),
        ("Inona no nolazain'i Blinken?", "Antony Blinken"),
        ("Blinken нәрсә диде?", "Antony Blinken"),
    ],
)
def test_what_someone_said_asked_in_faroese_malagasy_or_tatar_is_their_quotes(
    kb: KnowledgeBase, question: str, speaker: str
) -> None:
    answer = kb.answer(question)
    assert answer.sections[0].heading is not None
    assert answer.sections[0].heading.startswith(speaker)


@pytest.mark.parametrize(
    "question",
    [
        "Hvør segði, at vit skuldu verið samstarvsfelagar?",
        "Iza no nilaza fa tokony ho mpiara-miombon'antoka isika?",
        "Кем без партнерлар булырга тиеш диде?",
    ],
)
def test_who_said_we_should_be_partners_in_faroese_malagasy_or_tatar_finds_xi(kb: KnowledgeBase, question: str) -> None:
    answer = kb.answer(question)
    assert _lines(answer)[:1] == [9]
    assert render_plain(answer).startswith("Xi Jinping")


def test_a_topic_the_article_never_names_asked_in_faroese_malagasy_or_tatar_abstains(kb: KnowledgeBase) -> None:
    for question in (
        "Hvat segði Xi um Sveis?",
        "Inona no nolazain'i Xi momba an'i Soisa?",
        "Xi Швейцария турында нәрсә диде?",
    ):
        assert parse_question(question).who == "Xi", question
        assert kb.answer(question).abstained, question


# The three books of this round
_THREE_NEWEST_BOOKS = frozenset({"_faroese", "_malagasy", "_tatar"})


@pytest.mark.parametrize(
    "question",
    [
        # English, with names and words those books use ("Ary", "Iza", "Kem", "Marina", "Inona", "Hvar")
        "What did Xi say about Taiwan?",
        "Who did Blinken meet in Beijing?",
        "Is it true that Xi met Blinken?",
        "What did Ary Fleischer say?",
        "Who is Kem Sokha?",
        "Where is the marina?",
        "What did the FA say about Iza?",
        # Icelandic, Faroese's kin ("hvar", "hittust", "fundinum", "um", "var")
        "Hvað sagði Wang Yi?",
        "Hvenær hittust Xi og Blinken?",
        "Hvar var fundurinn?",
        "Hver sagði að sambandið væri farið að ná jafnvægi?",
        "Hversu lengi stóð fundurinn?",
        "Hver er Wang Yi?",
        "Sagði Xi eitthvað um Taívan?",
        "Er það satt að Xi hitti Blinken?",
        # Danish, Norwegian (Bokmål and Nynorsk) and Swedish ("hvor", "og", "at", "seg", "nevnt", "satt")
        "Hvad sagde Xi om Taiwan?",
        "Hvor var mødet?",
        "Hvem sagde, at forholdet er begyndt at stabilisere sig?",
        "Hva sa Xi om Taiwan?",
        "Når møttes Xi og Blinken?",
        "Hvem sa at forholdet har begynt å stabilisere seg?",
        "Kven møtte Blinken i Beijing?",
        "Var Taiwan nevnt?",
        "Vad sa Xi om Taiwan?",
        "När träffades Xi och Blinken?",
        "Vem sa att relationen har börjat stabilisera sig?",
        # Kazakh, Kyrgyz, Bashkir and Uzbek in Cyrillic letters, Tatar's kin ("кайда", "кайсы", "әйтте", "булды")
        "Блинкен не деді?",
        "Си мен Блинкен қашан кездесті?",
        "Блинкен эмне деди?",
        "Си менен Блинкен качан жолугушту?",
        "Жолугушуу кайда болду?",
        "Блинкен нимә тине?",
        "Осрашыу ҡайҙа булды?",
        "Ван И Тайвань тураһында нимә әйтте?",
        "Блинкен нима деди?",
        "Учрашув қаерда бўлди?",
        # Russian ("кем": whom), in its letters and in Latin ones
        "Что сказал Блинкен?",
        "Когда встретились Си и Блинкен?",
        "Где прошла встреча?",
        "С кем встретился Блинкен в Пекине?",
        "Кем является Ван И?",
        "Chto skazal Blinken?",
        # the Turkic books' Latin letters, Tatar's typed in them ("dedi", "bilen", "turaly", "kim")
        "Xi Taivan turaly ne dedi?",
        "Xi Taivan jonundo emne dedi?",
        "Blinken néme dédi?",
        "Xi va Blinken qachon uchrashdi?",
        "Xi Tayvan hakkında ne dedi?",
        "Xi Tayvan hakkinda ne soyledi?",
        "Makalada Orusiya jonundo emne aytyldy?",
        # Austronesian kin of Malagasy's, and Swahili, Spanish and French, its neighbours'
        "Apa yang dikatakan Blinken tentang Taiwan?",
        "Kapan Xi dan Blinken bertemu?",
        "Ano ang sinabi ni Blinken?",
        "Unsa ang giingon ni Blinken?",
        "He aha te kōrero a Blinken?",
        "Blinken alisema nini?",
        "Iza la bandera, dijo Xi",
        "Qu'a dit Blinken ?",
    ],
)
def test_english_and_the_neighbouring_languages_are_not_read_by_the_faroese_malagasy_and_tatar_books(
    question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    read = clean_question(question)
    left_out = 0
    for registry in ("_PHRASEBOOKS", "_BEFORE_TEXTING"):
        books = getattr(phrasebooks, registry)
        kept = tuple(book for book in books if book[2].__name__ not in _THREE_NEWEST_BOOKS)
        left_out += len(books) - len(kept)
        monkeypatch.setattr(phrasebooks, registry, kept)
    assert left_out == len(_THREE_NEWEST_BOOKS)  # the books are there, to be left out
    assert clean_question(question) == read


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Slovene, with its carons or without: "je", "sta", "so" with a participle before or after the doer, a name
        # declined ("o Tajvanu", "Blinknu", "z Xijem"), "in" its "and", "ali" opening a yes-or-no question
        ("Kaj je rekel Blinken o Tajvanu?", "what did Blinken say about Taiwan"),
        ("Kaj je Xi dejal o clovekovih pravicah?", "what did Xi say about human rights"),
        ("Kdaj sta se Xi in Blinken srečala?", "when did Xi and Blinken meet"),
        ("Kje se je Blinken srecal z Xijem?", "where did Blinken meet Xi"),
        ("Kje je bilo srečanje?", "where did the meeting take place"),
        ("Kdo je rekel, da bi morali biti partnerji?", "who said should be partners"),
        ("Koliko časa so trajali pogovori?", "how long did the talks last"),
        ("Kaj je Wang Yi rekel Blinknu?", "what did Wang Yi say to Blinken"),
        ("Kaj je rekel zunanji minister Kitajske?", "what did China's foreign minister say"),
        ("S kom se je srečal Blinken v Pekingu?", "who did Blinken meet in Beijing"),
        ("Koliko načel je predlagal Xi?", "how many principles did Xi propose"),
        ("Ali je Xi kaj rekel o Tajvanu?", "did Xi say anything about Taiwan"),
        ("Ali je bila Rusija omenjena?", "was Russia mentioned"),
        ("Zakaj je Blinken šel v Peking?", "why did Blinken go to Beijing"),
        ("Kaj je rekel Xi? Daj mi vse citate", "what did Xi say"),
        # which day, which building; "se" after "da" (that); "je bil govor o" (was there talk of); "kaj je o … rekel"
        ("Kdo je rekel, da se pogovori začenjajo izboljšati?", "who said the talks are beginning to improve"),
        ("Na kateri dan se je Biden srečal s Putinom?", "on which day did Biden meet Putin"),
        ("V kateri stavbi je potekal vrh?", "in which building did the summit take place"),
        ("Je bil na srečanju govor tudi o Rusiji?", "was Russia discussed at the meeting"),
        ("Kaj je o trgovini rekel Biden?", "what did Biden say about trade"),
    ],
)
def test_slovene_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Kinyarwanda: the question word where the answer would stand ("iki", "ryari", "he", "angahe") or after "ni"
        # (it is), verbs read by their stems ("yavuze", "bahuye", "byamaze", "yavuzwe"), "na" between two names "and"
        ("Blinken yavuze iki kuri Taiwan?", "what did Blinken say about Taiwan"),
        ("Ni iki Xi yavuze ku burenganzira bwa muntu?", "what did Xi say about human rights"),
        ("Ni ryari Xi na Blinken bahuye?", "when did Xi and Blinken meet"),
        ("Inama yabereye he?", "where did the meeting take place"),
        ("Ni nde wavuze ko tugomba kuba abafatanyabikorwa?", "who said we should be partners"),
        ("Ibiganiro byamaze igihe kingana iki?", "how long did the talks last"),
        ("Ibiganiro byamaze amasaha angahe?", "how many hours did the talks last"),
        ("Wang Yi yabwiye Blinken iki?", "what did Wang Yi say to Blinken"),
        ("Minisitiri w'Ububanyi n'Amahanga w'Ubushinwa yavuze iki?", "what did China's foreign minister say"),
        ("Blinken yahuye na nde i Beijing?", "who did Blinken meet in Beijing"),
        ("Xi yatanze amahame angahe?", "how many principles did Xi propose"),
        ("Ese Tayiwani yavuzwe?", "was Taiwan mentioned"),
        ("Kuki Blinken yagiye i Beijing?", "why did Blinken go to Beijing"),
        ("Naho Wang Yi?", "what about Wang Yi"),
        # "X ni nde muri iyi nkuru" (who is X in this article), "ni ayahe" (which: "-he" with the class's prefix) and
        # a number after its class prefix ("abiri": two), "yasohotse" (came out), "yari afite icyizere" (was hopeful)
        ("Minisitiri w'Ububanyi n'Amahanga w'Uburusiya ni nde muri iyi nkuru?", "who is Russia's foreign minister"),
        ("Amahame abiri Biden yatanze ni ayahe?", "which two principles did Biden propose"),
        ("Iyi nkuru yasohotse ryari?", "when was this article published"),
        ("Nyuma y'ibiganiro, Putin yari afite icyizere?", "was Putin hopeful after the talks"),
        (
            "Ni nde wavuze ko ibihugu byombi bigomba kwirinda kwibeshya?",
            "who said the two countries should avoid misunderstandings",
        ),
    ],
)
def test_kinyarwanda_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Shona: its small words glued on a name ("naBlinken", "nezveTaiwan", "kuBeijing", "reChina"), verbs read by
        # their stems ("akati", "vakasangana", "dzakatora", "yakadudzwa"), "here" at the end asking yes or no
        ("Blinken akati chii nezve Taiwan?", "what did Blinken say about Taiwan"),
        ("Chii chakataurwa naXi nezveTaiwan?", "what did Xi say about Taiwan"),
        ("Xi naBlinken vakasangana riini?", "when did Xi and Blinken meet"),
        ("Musangano waitirwa kupi?", "where did the meeting take place"),
        ("Ndiani akati tinofanira kuva vadyidzani?", "who said we should be partners"),
        ("Hurukuro dzakatora nguva yakareba sei?", "how long did the talks last"),
        ("Wang Yi akaudza Blinken chii?", "what did Wang Yi say to Blinken"),
        ("Gurukota rezvekunze reChina akati chii?", "what did China's foreign minister say"),
        ("Blinken akasangana nani kuBeijing?", "who did Blinken meet in Beijing"),
        ("Xi akakurudzira misimboti mingani?", "how many principles did Xi propose"),
        ("Russia yakadudzwa here?", "was Russia mentioned"),
        ("Xi akataura nezveTaiwan here?", "did Xi talk about Taiwan"),
        ("Sei Blinken akaenda kuBeijing?", "why did Blinken go to Beijing"),
        ("Ko Wang Yi?", "what about Wang Yi"),
        # "akataura kuti chii", "rakati kudii" (the doer's class prefix: "gurukota ra-ka-ti"), "kupi" before a place,
        # "yakabudiswa ne… ripi" (published by which), "pane chakataurwa here" (was anything said), "nyaya dz-" (issues)
        ("Putin akataura kuti chii mushure mehurukuro?", "what did Putin say after the talks"),
        ("Gurukota rezvekunze reRussia rakati kudii kuna Biden?", "what did Russia's foreign minister say to Biden"),
        ("Putin naBiden vakasangana kupi muMoscow?", "where did Putin and Biden meet in Moscow"),
        ("Chinyorwa ichi chakabudiswa nepepanhau ripi?", "which newspaper published this article"),
        ("Nyaya iyi yakabudiswa riini?", "when was this article published"),
        ("Pane chakataurwa here nezverutsigiro rweRussia?", "was anything said about support of Russia"),
        ("Ndiani akati pachine nyaya dzakawanda?", "who said there are still many issues"),
    ],
)
def test_shona_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Galician, with its accents or without: "dixo", "quen", "cando", "canto tempo", "a reunión", the verb before
        # or after the doer, "e" its "and", "a" before a name "to"
        ("Que dixo Blinken sobre Taiwán?", "what did Blinken say about Taiwan"),
        ("Que dixo Xi sobre os dereitos humanos?", "what did Xi say about human rights"),
        ("Cando se reuniron Xi e Blinken?", "when did Xi and Blinken meet"),
        ("Onde foi a reunión?", "where did the meeting take place"),
        ("Quen dixo que deberían ser socios?", "who said should be partners"),
        ("Canto tempo duraron as conversas?", "how long did the talks last"),
        ("Que lle dixo Wang Yi a Blinken?", "what did Wang Yi say to Blinken"),
        ("Que dixo o ministro de Exteriores da China?", "what did China's foreign minister say"),
        ("Con quen se reuniu Blinken en Pequín?", "who did Blinken meet in Beijing"),
        ("Cantos principios propuxo Xi?", "how many principles did Xi propose"),
        ("Mencionouse Rusia?", "was Russia mentioned"),
        ("Dixo Xi algo sobre Taiwan?", "did Xi say anything about Taiwan"),
        ("Quen é Wang Yi?", "who is Wang Yi"),
        ("Cal é o cargo de Wang Yi?", "what is Wang Yi's title"),
        # a title before the name asked of, "exactamente" (what exactly), "segundo X" (according to X) before "para
        # que" (why), a yes-or-no question opening on its verb, "que posto ocupan" (what position do … hold), a phrase
        # said first and put after, "dixo … dos" (said about the), a clause's doer after its verb
        ("E a presidenta Sandu, que dixo exactamente?", "what exactly did President Sandu say"),
        (
            "Segundo Putin, para que teñen que ser os dous países socios?",
            "according to Putin, why should the two countries be partners",
        ),
        (
            "Pensa Biden que Rusia e Ucraína poden cooperar xuntos?",
            "does Biden think that Russia and Ukraine can cooperate together",
        ),
        (
            "Que posto ocupan Xapón e Rusia entre as economías do mundo?",
            "what position do Japan and Russia hold among the economies of the world",
        ),
        (
            "Antes da reunión, que dixo Putin dos problemas que discutiran os presidentes?",
            "what did Putin say about the issues that the presidents discussed, before the meeting",
        ),
    ],
)
def test_galician_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Quechua among Spanish words: endings glued on a name ("-manta", "-wan", "-pi", "-man"), "-taq" on the
        # question word, "-chu" on a verb asked yes or no, the verb before or after the doer
        ("Imatataq Blinken nirqan Taiwan-manta?", "what did Blinken say about Taiwan"),
        ("Imatataq Blinken Taiwanmanta nirqan?", "what did Blinken say about Taiwan"),
        ("Hayk'aqtaq Xi Blinken-wan tupanakurqanku?", "when did Xi and Blinken meet"),
        ("Maypitaq tupanakuy karqan?", "where did the meeting take place"),
        ("Pitaq nirqan 'partners rather than rivals'?", "who said 'partners rather than rivals'"),
        ("Hayk'a pachataq rimanakuy karqan?", "how long did the talks last"),
        ("Imatataq Wang Yi Blinken-man nirqan?", "what did Wang Yi say to Blinken"),
        ("Imatataq el canciller chino nirqan?", "what did the Chinese foreign minister say"),
        ("Piwantaq Blinken tuparqan Beijing-pi?", "who did Blinken meet in Beijing"),
        ("Hayk'a principiostataq Xi churarqan?", "how many principles did Xi propose"),
        ("Xi Taiwan-manta rimarqanchu?", "did Xi talk about Taiwan"),
        ("¿Hayk'aqtaq se reunieron Xi y Blinken?", "when did Xi and Blinken meet"),
        ("Imaraykutaq Blinken Beijing-man rirqan?", "why did Blinken go to Beijing"),
        ("Wang Yi-ri?", "what about Wang Yi"),
        # "X llaqtapi" (in the town of X), "X suyup" (X's), what is spoken of before the question word, "-man" glued on
        # a name, "… nispa" closing what was said, a Spanish noun and verb with Quechua's endings, "X nisqa" (the
        # so-called X) with its endings, "X nisqanman hina" (according to X), "munanchu" (does he want)
        ("Imatataq Putin nirqa Moscow llaqtapi?", "what did Putin say in Moscow"),
        ("Rusia suyup kamachiqninqa imatataq nirqa Bidenman?", "what did Russia's leader say to Biden"),
        (
            "Pitaq Putinman nirqa relacionqa mejorakuyta qallarichkanña nispa?",
            "who told Putin that the relationship is beginning to improve",
        ),
        ("Derechos humanos nisqamantapas rimarqankuchu?", "did they talk about human rights"),
        (
            "Putin nisqanman hina, Rusiaqa munanchu Estados Unidos qhapaq kananta?",
            "according to Putin, does Russia want the US to be prosperous",
        ),
        ("Diplomaciap umallinqa imatataq nirqa Bidenman?", "what did the top diplomat say to Biden"),
    ],
)
def test_quechua_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


# "-manta hawa" (apart from) and "pitawantaq" (with whom), read by the book; the question after the comma is what the
# engine reads in the end
@pytest.mark.parametrize(
    ("question", "understood"),
    [("Putinmanta hawa, pitawantaq Biden rimanakurqa?", "besides Putin, who did Biden talk with")],
)
def test_quechua_book_reads_apart_from(question: str, understood: str) -> None:
    assert phrasebooks.in_english_before_texting(question) == understood


_FIVE_LATEST_BOOKS = frozenset({"_slovene", "_kinyarwanda", "_shona", "_galician", "_quechua"})


@pytest.mark.parametrize(
    "question",
    [
        # English, with words those books use ("here", "sei", "ko", "cal", "e", "unha")
        "What did Xi say about Taiwan?",
        "Who did Blinken meet here in Beijing?",
        "How long did the talks last?",
        "Where was the meeting held?",
        "What did Cal say?",
        "Who said the relationship is beginning to stabilise?",
        # Spanish and Portuguese, Galician's neighbours, and Spanish, where Andean readers put Quechua words
        "¿Qué dijo Blinken sobre Taiwán?",
        "¿Cuándo se reunieron Xi y Blinken?",
        "¿Dónde fue la reunión?",
        "¿Quién dijo que deberían ser socios?",
        "¿Cuánto tiempo duraron las conversaciones?",
        "O que disse Blinken sobre Taiwan?",
        "Quando se reuniram Xi e Blinken?",
        "Onde foi a reunião?",
        "Quanto tempo duraram as conversas?",
        # Czech, Slovak, Croatian and Serbian, Slovene's kin ("kdo", "koliko", "v Pekingu", "načela", "rekla")
        "Kdo řekl, že by měli být partneři?",
        "S kym sa Blinken stretol v Pekingu?",
        "Koliko je načela predložio Xi?",
        "Šta je rekla Blinken o Tajvanu?",
        "Byl zmíněn Tchaj-wan?",
        # Swahili, isiZulu and Igbo, the neighbours of Kinyarwanda and Shona
        "Xi alisema nini kuhusu Taiwan?",
        "Uthini uXi ngeTaiwan?",
        "Gini ka Xi kwuru banyere Taiwan?",
        # Italian ("sei") and Uyghur ("-chu")
        "Che cosa ha detto Xi su Taiwan?",
        "Wang Yi-chu?",
    ],
)
def test_english_and_the_neighbouring_languages_are_not_read_by_the_five_latest_books(
    question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    read = clean_question(question)
    left_out = 0
    for registry in ("_PHRASEBOOKS", "_BEFORE_TEXTING"):
        books = getattr(phrasebooks, registry)
        kept = tuple(book for book in books if book[2].__name__ not in _FIVE_LATEST_BOOKS)
        left_out += len(books) - len(kept)
        monkeypatch.setattr(phrasebooks, registry, kept)
    assert left_out == len(_FIVE_LATEST_BOOKS)  # the books are there, to be left out
    assert clean_question(question) == read


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Telugu typed in Latin letters with English words: its verb last, its small words after the noun ("Beijing
        # lo", "Blinken ki", "Taiwan gurinchi"), "… ani" closing what was said, "-aa" on a verb asking yes or no
        ("Wang Yi emi annaru?", "what did Wang Yi say"),
        ("Blinken Taiwan gurinchi emi chepparu?", "what did Blinken say about Taiwan"),
        ("Wang Yi Blinken ki emi chepparu?", "what did Wang Yi say to Blinken"),
        ("meeting tarvata Blinken emi annaru?", "what did Blinken say after the meeting"),
        ("partners ga undali ani evaru annaru?", "who said they should be partners"),
        ('evaru annaru "partners rather than rivals"?', 'who said "partners rather than rivals"'),
        ("Xi mariyu Blinken eppudu kalisaru?", "when did Xi and Blinken meet"),
        ("Xi mariyu Blinken e roju kalisaru?", "on which day did Xi and Blinken meet"),
        ("meeting ekkada jarigindi?", "where did the meeting take place"),
        ("talks entha sepu jarigayi?", "how long did the talks last"),
        ("charchalu enni gantalu jarigayi?", "how many hours did the talks last"),
        ("Xi enni siddhantalu pratipadincharu?", "how many principles did Xi propose"),
        ("Wang Yi evaru?", "who is Wang Yi"),
        ("Wang Yi e samstha lo pani chestaru?", "which organisation does Wang Yi work for"),
        ("Blinken Beijing lo evarini kalisaru?", "who did Blinken meet in Beijing"),
        ("Taiwan gurinchi emi chepparu?", "what was said about Taiwan"),
        ("Taiwan gurinchi prastavincharaa?", "was Taiwan mentioned"),
        ("Xi partners ga undali ani annaraa?", "did Xi say that they should be partners"),
        ("Xi Taiwan gurinchi emaina annaraa?", "did Xi say anything about Taiwan"),
        ("Cheena videsanga mantri emi annaru?", "what did China's foreign minister say"),
        ("China yokka foreign minister emi chepparu?", "what did China's foreign minister say"),
        ("Chinese adhyakshudu emi annaru?", "what did the Chinese president say"),
        ("Wang Yi padavi emiti?", "what is Wang Yi's title"),
    ],
)
def test_telugu_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Marathi in Devanagari, put into the Latin letters it is typed in first, and in Latin letters: its verb last,
        # its small words after the noun, glued on it in Devanagari ("चीनचे": China's, "तैवानचा": Taiwan's), "ka" at
        # the end asking yes or no, "ase" and "ki" putting what was said before or after its verb
        ("Blinken काय म्हणाले?", "what did Blinken say"),
        ("Blinken kay mhanale?", "what did Blinken say"),
        ("Taiwan बद्दल Blinken काय म्हणाले?", "what did Blinken say about Taiwan"),
        ("Blinken ne Taiwan baddal kay sangitle?", "what did Blinken say about Taiwan"),
        ("Wang Yi ne Blinken la kay sangitle?", "what did Wang Yi say to Blinken"),
        ("बैठकीनंतर ब्लिंकन काय म्हणाले?", "what did Blinken say after the meeting"),
        ('कोण म्हणालं की "partners rather than rivals"?', 'who said "partners rather than rivals"'),
        ("te partners asave ase kon mhanale?", "who said they should be partners"),
        ("Xi आणि Blinken कधी भेटले?", "when did Xi and Blinken meet"),
        ("बैठक कुठे झाली?", "where did the meeting take place"),
        ("baithak kuthe zali?", "where did the meeting take place"),
        ("चर्चा किती तास चालली?", "how many hours did the talks last"),
        ("charcha kiti vel chalali?", "how long did the talks last"),
        ("शी जिनपिंग यांनी किती तत्त्वे मांडली?", "how many principles did Xi Jinping propose"),
        ("वांग यी कोण आहेत?", "who is Wang Yi"),
        ("Wang Yi konatya sansthesathi kam kartat?", "which organisation does Wang Yi work for"),
        ("Blinken Beijing madhye konala bhetle?", "who did Blinken meet in Beijing"),
        ("लेखात रशियाबद्दल काय आहे?", "what was said about Russia"),
        ("लेखात तैवानचा उल्लेख आहे का?", "was Taiwan mentioned"),
        ("Xi mhanale ka ki te partners asave?", "did Xi say that they should be partners"),
        ("Xi Taiwan baddal kahi mhanale ka?", "did Xi say anything about Taiwan"),
        ("चीनचे परराष्ट्रमंत्री काय म्हणाले?", "what did China's foreign minister say"),
        ("हा लेख कोणी लिहिला?", "who wrote the article"),
    ],
)
def test_marathi_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Sesotho: its question word where the answer would stand ("-'ng", "neng", "kae", "e mekae", "bokae") or after
        # "ke" (it is), a verb's doer's prefix of its noun's class ("o itse", "le itse", "li nkile"), "le" between
        # two names "and", "ka" after a verb of saying "about", "Na" opening a yes-or-no question
        ("Blinken o itse'ng?", "what did Blinken say"),
        ("Blinken o itse'ng ka Taiwan?", "what did Blinken say about Taiwan"),
        ("Xi o itse'ng ho Blinken?", "what did Xi say to Blinken"),
        ("Wang Yi o buile ka eng?", "what did Wang Yi say"),
        ("Kamora kopano, Blinken o itse'ng?", "what did Blinken say after the meeting"),
        ('Ke mang ea itseng "partners rather than rivals"?', 'who said "partners rather than rivals"'),
        ("Ke mang ya itseng hore ba lokela ho ba balekane?", "who said they should be partners"),
        ("Xi le Blinken ba kopane neng?", "when did Xi and Blinken meet"),
        ("Kopano e bile kae?", "where did the meeting take place"),
        ("Lipuisano li nkile nako e kae?", "how long did the talks last"),
        ("Lipuisano li nkile lihora tse kae?", "how many hours did the talks last"),
        ("Xi o hlahisitse melao-motheo e mekae?", "how many principles did Xi propose"),
        ("Theko ea Super Saver ke bokae?", "how much does Super Saver cost"),
        ("Wang Yi ke mang?", "who is Wang Yi"),
        ("Wang Yi o sebeletsa mokhatlo ofe?", "which organisation does Wang Yi work for"),
        ("Blinken o kopane le mang Beijing?", "who did Blinken meet in Beijing"),
        ("Ho itsoe'ng ka Taiwan?", "what was said about Taiwan"),
        ("Na Taiwan e boletsoe kae kapa kae?", "was Taiwan mentioned"),
        ("Na ho buuoe ka Russia sengoloeng?", "was Russia mentioned"),
        ("Na Xi o itse ba lokela ho ba balekane?", "did Xi say that they should be partners"),
        ("Letona la Litaba tsa Kantle la China le itse'ng?", "what did China's foreign minister say"),
        ("Mopresidente oa China o itse'ng?", "what did China's president say"),
        ("Hobaneng ha Blinken a ile Beijing?", "why did Blinken go to Beijing"),
    ],
)
def test_sesotho_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Bosnian, read by the Serbian and Croatian book, with its diacritics or without: "šta", "ko", "gdje", "rečeno"
        # (was said), "da li je … rekao da" (did … say that), "o kojim …" (about which …), a name declined
        ("Šta je rekao Blinken o Tajvanu?", "what did Blinken say about Taiwan"),
        ("Šta je rekla Wang Yi?", "what did Wang Yi say"),
        ("Ko je rekao da se odnosi počinju stabilizirati?", "who said relations are beginning to stabilise"),
        ("Ko je rekao da bi trebali biti partneri?", "who said they should be partners"),
        ("Kada su se sastali Xi i Blinken?", "when did Xi and Blinken meet"),
        ("Kojeg dana su se sastali Xi i Blinken?", "on which day did Xi and Blinken meet"),
        ("Gdje su se sastali Xi i Blinken?", "where did Xi and Blinken meet"),
        ("Koliko sati su trajali razgovori?", "how many hours did the talks last"),
        ("Koliko principa je predložio Xi?", "how many principles did Xi propose"),
        ("Ko je Wang Yi?", "who is Wang Yi"),
        ("U kojoj organizaciji radi Wang Yi?", "which organisation does Wang Yi work for"),
        ("Šta je rečeno o Tajvanu?", "what was said about Taiwan"),
        ("Sta je receno o ljudskim pravima?", "what was said about human rights"),
        ("Šta piše o Rusiji u članku?", "what does the article say about Russia"),
        ("Da li je spomenut Tajvan?", "was Taiwan mentioned"),
        ("Da li je Xi rekao da trebaju biti partneri?", "did Xi say that they should be partners"),
        ("Je li Blinken rekao nešto o Tajvanu?", "did Blinken say anything about Taiwan"),
        ("Šta je rekao ministar vanjskih poslova Kine?", "what did China's foreign minister say"),
        ("O kojim temama su razgovarali Xi i Blinken?", "what did Xi and Blinken talk about"),
        ("O kojim pitanjima je razgovarano?", "what was discussed"),
        ("O kojim principima je govorio Xi?", "which principles did Xi talk about"),
    ],
)
def test_bosnian_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Tongan mixed with English, with its glottal stop and macrons or without: "ko e hā" (what), "ko hai" (who),
        # "naʻe" (the past), "ʻe" before the one who did it, "ʻo fekauʻaki mo" (about), "ʻanefē" (when), "ʻi fē"
        # (where), "ʻe fiha" (how many), "ai" standing for what is asked after the verb
        ("Ko e hā na'e lea'aki 'e Blinken?", "what did Blinken say"),
        ("Ko e ha nae pehe e Wang Yi?", "what did Wang Yi say"),
        ("Ko e hā naʻe leaʻaki ʻe Blinken ʻo fekauʻaki mo Taiwan?", "what did Blinken say about Taiwan"),
        ("Ko e hā na'e lea'aki 'e Wang Yi kia Blinken?", "what did Wang Yi say to Blinken"),
        ("Ko e hā na'e lea'aki 'e Blinken hili 'a e fakataha?", "what did Blinken say after the meeting"),
        ('Ko hai na\'a ne pehē "partners rather than rivals"?', 'who said "partners rather than rivals"'),
        ("Ko hai na'a ne pehē 'oku totonu ke nau hoko ko e ngaahi hoa?", "who said they should be partners"),
        ("'Anefē na'e fakataha ai 'a Xi mo Blinken?", "when did Xi and Blinken meet"),
        ("Ko e fē 'aho na'e fakataha ai 'a Xi mo Blinken?", "on which day did Xi and Blinken meet"),
        ("'I fē na'e fai ai 'a e fakataha?", "where did the meeting take place"),
        ("Ko e houa 'e fiha na'e fai ai 'a e alea?", "how many hours did the talks last"),
        ("Na'e fuoloa fēfē 'a e talanoa?", "how long did the talks last"),
        ("Ko e ngaahi principles 'e fiha na'e propose 'e Xi?", "how many principles did Xi propose"),
        ("Ko hai 'a Wang Yi?", "who is Wang Yi"),
        ("'Oku ngāue 'a Wang Yi ki he kautaha fē?", "which organisation does Wang Yi work for"),
        ("Na'e fakataha 'a Blinken mo hai 'i Beijing?", "who did Blinken meet in Beijing"),
        ("Ko e hā na'e lea'aki 'o fekau'aki mo Taiwan?", "what was said about Taiwan"),
        ("Na'e lave'i 'a Lūsia?", "was Russia mentioned"),
        ("Na'e 'i ai ha lave ki Taiwan?", "was Taiwan mentioned"),
        ("Na'e pehē koā 'e Xi 'oku totonu ke nau hoa?", "did Xi say that they should be partners"),
        ("Na'e lea'aki 'e Xi ha me'a 'o fekau'aki mo Taiwan?", "did Xi say anything about Taiwan"),
        ("Ko e hā na'e pehē 'e he Minisitā Muli 'o Siaina?", "what did China's foreign minister say"),
        ("Ko e hā na'e 'alu ai 'a Blinken ki Beijing?", "why did Blinken go to Beijing"),
    ],
)
def test_tongan_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "lines"),
    [
        # Telugu
        ("Wang Yi Blinken ki emi chepparu?", [31, 33]),
        ("Xi mariyu Blinken e roju kalisaru?", [9]),
        ("meeting ekkada jarigindi?", [11]),
        ("charchalu enni gantalu jarigayi?", [31]),
        ("Xi enni principles propose chesaru?", [15]),
        ("Taiwan gurinchi emi chepparu?", [29]),
        # Marathi
        ("Wang Yi ne Blinken la kay sangitle?", [31, 33]),
        ("Xi आणि Blinken कधी भेटले?", [9]),
        ("बैठक कुठे झाली?", [11]),
        ("चर्चा किती तास चालली?", [31]),
        ("शी जिनपिंग यांनी किती तत्त्वे मांडली?", [15]),
        ("लेखात तैवानचा उल्लेख आहे का?", [29]),
        # Sesotho
        ("Wang Yi o itse'ng?", [31, 33]),
        ("Xi le Blinken ba kopane neng?", [9]),
        ("Kopano e bile kae?", [11]),
        ("Lipuisano li nkile lihora tse kae?", [31]),
        ("Xi o hlahisitse melao-motheo e mekae?", [15]),
        ("Ho itsoe'ng ka Taiwan?", [29]),
        # Bosnian
        ("Šta je rekla Wang Yi?", [31, 33]),
        ("Kojeg dana su se sastali Xi i Blinken?", [9]),
        ("Gdje su se sastali Xi i Blinken?", [11]),
        ("Koliko sati su trajali razgovori?", [31]),
        ("O kojim principima je govorio Xi?", [15]),
        ("Šta je rečeno o Tajvanu?", [29]),
        # Tongan
        ("Ko e hā na'e lea'aki 'e Wang Yi kia Blinken?", [31, 33]),
        ("Ko e fē 'aho na'e fakataha ai 'a Xi mo Blinken?", [9]),
        ("'I fē na'e fai ai 'a e fakataha?", [11]),
        ("Ko e houa 'e fiha na'e fai ai 'a e alea?", [31]),
        ("Ko e ngaahi principles 'e fiha na'e propose 'e Xi?", [15]),
        ("Na'e lave'i 'a Lūsia?", [29]),
    ],
)
def test_a_question_in_telugu_marathi_sesotho_bosnian_or_tongan_is_answered(
    kb: KnowledgeBase, question: str, lines: list[int]
) -> None:
    assert _lines(kb.answer(question)) == lines


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("Wang Yi emi annaru?", "Wang Yi"),
        ("Blinken काय म्हणाले?", "Antony Blinken"),
        ("Letona la Litaba tsa Kantle la China le itse'ng?", "Wang Yi"),
        ("Šta je rekao ministar vanjskih poslova Kine?", "Wang Yi"),
        ("Ko e hā na'e pehē 'e he Minisitā Muli 'o Siaina?", "Wang Yi"),
    ],
)
def test_what_someone_said_asked_in_telugu_marathi_sesotho_bosnian_or_tongan_is_their_quotes(
    kb: KnowledgeBase, question: str, speaker: str
) -> None:
    answer = kb.answer(question)
    assert answer.sections[0].heading is not None
    assert answer.sections[0].heading.startswith(speaker)


@pytest.mark.parametrize(
    "question",
    [
        "partners ga undali ani evaru annaru?",
        "te partners asave ase kon mhanale?",
        "Ke mang ya itseng hore ba lokela ho ba balekane?",
        "Ko je rekao da bi trebali biti partneri?",
        "Ko hai na'a ne pehē 'oku totonu ke nau hoko ko e ngaahi hoa?",
    ],
)
def test_who_said_they_should_be_partners_in_telugu_marathi_sesotho_bosnian_or_tongan_finds_xi(
    kb: KnowledgeBase, question: str
) -> None:
    answer = kb.answer(question)
    assert _lines(answer)[:1] == [9]
    assert render_plain(answer).startswith("Xi Jinping")


def test_a_topic_the_article_never_names_asked_in_telugu_marathi_sesotho_bosnian_or_tongan_abstains(
    kb: KnowledgeBase,
) -> None:
    for question in (
        "Xi Switzerland gurinchi emi annaru?",
        "Xi Switzerland baddal kay mhanale?",
        "Xi o itse'ng ka Switzerland?",
        "Šta je Xi rekao o Švicarskoj?",
        "Ko e hā na'e lea'aki 'e Xi 'o fekau'aki mo Switzerland?",
    ):
        assert parse_question(question).who == "Xi", question
        assert kb.answer(question).abstained, question


# The books of this round (Bosnian is read by the Serbian and Croatian book, which its neighbours' tests keep)
_TELUGU_MARATHI_SESOTHO_AND_TONGAN_BOOKS = frozenset({"_telugu", "_marathi", "_sesotho", "_tongan"})


@pytest.mark.parametrize(
    "question",
    [
        # English, with names and words those books use ("Emi", "Kay", "Kae", "Mang", "Hai", "Ko", "Lea", "Kiti")
        "What did Xi say about Taiwan?",
        "Who did Blinken meet in Beijing?",
        "What did Emi say?",
        "What did Kay say about the talks?",
        "Kae Tempest said what?",
        "What did Mang say about Hai?",
        "Who is Ko Wen-je?",
        "Where did Lea Aki go?",
        "Kiti said what about Taiwan?",
        "Who said 'I hope we make some progress'?",
        # Tamil, Malayalam, Hindi and Urdu, Punjabi and Nepali, Telugu's and Marathi's neighbours, in Latin letters
        "Xi Taiwan pathi enna sonnaru?",
        "Xi Taiwan-ine patti enthu paranju?",
        "Blinken ne kya kaha?",
        "Wang Yi kon hai?",
        "Xi le Taiwan ko barema ke bhane?",
        # Hindi and Nepali in Devanagari, whose "बैठक", "चर्चा" and "उल्लेख" are Marathi's words too
        "ब्लिंकन ने क्या कहा?",
        "बैठक कहाँ हुई?",
        "क्या ताइवान का उल्लेख हुआ?",
        "चर्चा कितने घंटे चली?",
        "ब्लिंकनले के भने?",
        # isiZulu, Shona, Kinyarwanda and Swahili, Sesotho's neighbours, and Tagalog, whose "mang" is Sesotho's who
        "Uthini uXi ngeTaiwan?",
        "Blinken akati chii nezve Taiwan?",
        "Blinken yavuze iki kuri Taiwan?",
        "Xi alisema nini kuhusu Taiwan?",
        "Ano ang sinabi ni Mang Tomas?",
        # te reo Māori and Serbian, whose "ko" is Tongan's
        "Ko wai a Wang Yi?",
        "He aha te kōrero a Xi mō Taiwan?",
        "Ko je Wang Yi?",
    ],
)
def test_english_and_the_neighbouring_languages_are_not_read_by_the_telugu_marathi_sesotho_and_tongan_books(
    question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    read = clean_question(question)
    left_out = 0
    for registry in ("_PHRASEBOOKS", "_BEFORE_TEXTING"):
        books = getattr(phrasebooks, registry)
        kept = tuple(book for book in books if book[2].__name__ not in _TELUGU_MARATHI_SESOTHO_AND_TONGAN_BOOKS)
        left_out += len(books) - len(kept)
        monkeypatch.setattr(phrasebooks, registry, kept)
    assert left_out == len(_TELUGU_MARATHI_SESOTHO_AND_TONGAN_BOOKS)  # the books are there, to be left out
    assert clean_question(question) == read


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Telugu: a small word's noun inside another's ("Blinken tho talks lo": in the talks with Blinken), a topic in
        # lower case before "gurinchi", "A-B madhya" (between A and B) before its noun, "… list lo e e … unnayi"
        # (which … are in the list of …)
        ("Wang Yi Blinken tho talks lo emi chepparu?", "what did Wang Yi say in the talks with Blinken"),
        ("Wang Yi US-China trade gurinchi emi chepparu?", "what did Wang Yi say about US-China trade"),
        ("Blinken misunderstandings gurinchi emi annaru?", "what did Blinken say about misunderstandings"),
        ("Xi mariyu Biden madhya meeting ekkada jarigindi?", "where did the meeting between Xi and Biden take place"),
        (
            "China-US madhya unna issues list lo e e topics unnayi?",
            "which topics are in the list of issues between China and the US",
        ),
        # Marathi: a topic in lower case before "baddal", "X chi bhet ghetli" (took X's meeting: met X), "yaadhi"
        # (before this), "je … te konte" (the … that …, which are they), "… sudharle ahet" (have improved), "he kon"
        # after words quoted (who said these)
        ("Wang Yi relationship baddal kay mhanale?", "what did Wang Yi say about relationship"),
        (
            "Blinken ne yaadhi konatya Chinese neta chi bhet ghetli hoti?",
            "which Chinese leader did Blinken meet previously",
        ),
        ("Xi ne Biden chi bhet ghetli hoti ka?", "did Xi meet Biden"),
        ("Wang Yi ne je factors sangitle te konte?", "which factors did Wang Yi mention"),
        ("Xi mhanale ka ki relations sudharle ahet?", "did Xi say that relations have improved"),
        ('"partners rather than rivals" he kon mhanale?', 'who said "partners rather than rivals"'),
        # Sesotho: "ha a kopana le X" (when he met X), "le" between two names inside a question, "ea X" (of X),
        # "ho thoe'ng ka …" (what was said about …), "o buisane le mang" (talked with whom), "… se neng se
        # tšoaretsoe kae" (the … that was held where), a verb asked when, "lehlakore la X" (X's side)
        ("Blinken o itse'ng ha a kopana le Wang Yi?", "what did Blinken say when he met Wang Yi"),
        (
            "Blinken o itse'ng ka kamano ea Amerika le China?",
            "what did Blinken say about the relationship of America and China",
        ),
        ("Ntle le Wang Yi, Blinken o buisane le mang?", "who did Blinken talk with"),
        ("Ho thoe'ng ka litokelo tsa botho sehloohong sena?", "what was said about human rights"),
        ("Blinken o etetse Beijing neng?", "when did Blinken visit Beijing"),
        (
            "Bapresidente ba lumellane ka khoebo sebokeng se neng se tšoaretsoe kae?",
            "where was the summit held where the presidents agreed on trade",
        ),
        ("Lehlakore la Amerika le itse'ng?", "what did the American side say"),
        # Bosnian: "šef … diplomatije" (the head of … diplomacy), "o kojim … (ne) slažu" (which … do they (dis)agree
        # on), "da li je … bio …" (was … …)
        ("Šta je rekao šef američke diplomatije?", "what did the American secretary of state say"),
        ("O kojim se pitanjima Xi i Blinken slažu?", "what do Xi and Blinken agree on"),
        ("O kojim principima se Xi i Blinken ne slažu?", "which principles do Xi and Blinken disagree on"),
        ("Da li je sastanak bio uspješan?", "was the meeting successful"),
        # Tongan: a clause said to be someone's words, its verb first and its describing words after their noun
        # ("ʻoku poupou ʻe ʻAmelika ha Siaina tuʻumālie": the United States supports a prosperous China), "ʻAmelika" the
        # United States
        (
            "Na'e pehē 'e Blinken 'oku poupou 'e 'Amelika ha Siaina tu'umālie?",
            "did Blinken say that the United States supports a prosperous China",
        ),
        (
            "Na'e pehē 'e Xi na'e 'ikai fiema'u 'e Siaina ha Lūsia mālohi?",
            "did Xi say that China did not want a strong Russia",
        ),
        ("Ko e hā na'e pehē 'e he Minisitā Muli 'o 'Amelika?", "what did the US secretary of state say"),
        ("Ko hai na'e fetaulaki mo Blinken?", "who met Blinken"),
    ],
)
def test_more_kinds_of_question_in_the_telugu_marathi_sesotho_bosnian_and_tongan_books_are_read_as_english(
    question: str, understood: str
) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "lines"),
    [
        ("Wang Yi Blinken tho talks lo emi chepparu?", [31, 33]),
        ("Xi mariyu Biden madhya meeting ekkada jarigindi?", [11]),
        ("Blinken ne yaadhi konatya Chinese neta chi bhet ghetli hoti?", [11, 9]),
        ("Wang Yi ne je factors sangitle te konte?", [33]),
        ("Ho thoe'ng ka litokelo tsa botho sehloohong sena?", [29]),
        ("Ntle le Wang Yi, Blinken o buisane le mang?", [21]),
        ("Šta je rekao šef američke diplomatije?", [25, 27, 23]),
        ("Na'e pehē 'e Blinken 'oku poupou 'e 'Amelika ha Siaina tu'umālie?", [17]),
    ],
)
def test_more_kinds_of_question_in_the_telugu_marathi_sesotho_bosnian_and_tongan_books_are_answered(
    kb: KnowledgeBase, question: str, lines: list[int]
) -> None:
    assert _lines(kb.answer(question)) == lines


@pytest.mark.parametrize(
    ("devanagari", "latin"),
    [
        ("म्हणाले", "mhanale"),  # a consonant pair joined by its virama
        ("काय", "kay"),  # the "a" at a word's end dropped
        ("भेटले", "bhetle"),  # and between a vowel and a consonant that has one
        ("बैठक", "baithak"),  # kept before a consonant whose own is dropped
        ("चीनचे", "chinche"),
        ("म्हणालं", "mhanala"),  # a nasal at a word's end
        ("परराष्ट्रमंत्री", "parrashtramantri"),  # kept after three consonants and before a nasal
        ("कोणत्या", "konatya"),  # kept before two consonants
    ],
)
def test_a_marathi_word_in_devanagari_is_read_in_the_latin_letters_it_is_typed_in(devanagari: str, latin: str) -> None:
    word = re.fullmatch(r"[\u0900-\u097f]+", devanagari)
    assert word is not None
    assert _devanagari_latin(word) == latin


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Wolof with French and English words: the question word in focus ("lan la", "kan moo", "kañ la", "fan la"),
        # "ñaata" (how many), "ci mbiru" (about), "ak" between two names "and", a noun's article after it ("ndaje mi"),
        # its owner after "-u" ("jawriñu mbiri bitim-réewu Siin"), "ndax" opening a yes-or-no question
        ("Lan la Blinken wax ci mbiru Taiwan?", "what did Blinken say about Taiwan"),
        ("Lu Xi wax ci mbirum àqi doomi-aadama?", "what did Xi say about human rights"),
        ("Lan la Wang Yi wax Blinken?", "what did Wang Yi say to Blinken"),
        ("Lan la Blinken wax ginnaaw ndaje mi?", "what did Blinken say after the meeting"),
        ("Kan moo wax ne dañu war a doon ay partenaires?", "who said they should be partners"),
        ('Kan moo wax "partners rather than rivals"?', 'who said "partners rather than rivals"'),
        ("Dagnou war a doon partenaires, kan moo wax loolu?", "who said they should be partners"),
        ("Kañ la Xi ak Blinken daje?", "when did Xi and Blinken meet"),
        ("Fan la ndaje mi am?", "where did the meeting take place"),
        ("Ñaata waxtu la waxtaan yi yàgg?", "how many hours did the talks last"),
        ("Ñaata diir la waxtaan yi yàgg?", "how long did the talks last"),
        ("Ñaata principe la Xi joxe?", "how many principles did Xi propose"),
        ("Kan mooy Wang Yi?", "who is Wang Yi"),
        ("Ban kurél la Wang Yi di liggéeyal?", "which organisation does Wang Yi work for"),
        ("Ban liggéey la Wang Yi am?", "what is Wang Yi's title"),
        ("Ak kan la Blinken daje ci Pekin?", "who did Blinken meet in Beijing"),
        ("Lan lañu wax ci mbiru Taiwan?", "what was said about Taiwan"),
        ("Ndax tudd nañu Riisi?", "was Russia mentioned"),
        ("Ndax Xi wax na ne dañu war a doon ay partenaires?", "did Xi say that they should be partners"),
        ("Ndax Xi wax na dara ci mbiru Taiwan?", "did Xi say anything about Taiwan"),
        ("Lan la jawriñu mbiri bitim-réewu Siin wax?", "what did China's foreign minister say"),
        ("Lan la njiitu réewu Siin wax?", "what did China's president say"),
        ("Lu tax Blinken dem Pekin?", "why did Blinken go to Beijing"),
        ("Kan moo bind article bi?", "who wrote the article"),
        ("Wang Yi nag?", "what about Wang Yi"),
    ],
)
def test_wolof_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Hmong in the Romanized Popular Alphabet with English words: the question word where the answer would stand
        # ("hais li cas", "ntsib leej twg", "… thaum twg", "… qhov twg", "pes tsawg …") or first, "txog" (about),
        # "thiab" (and), a classifier before its noun ("lub rooj sib tham", "kev sib tham"), the owner before it ("Suav
        # tus …"), "puas" asking yes or no
        ("Blinken hais li cas?", "what did Blinken say"),
        ("Blinken hais li cas txog Taiwan?", "what did Blinken say about Taiwan"),
        ("Xi hais dab tsi txog tib neeg txoj cai?", "what did Xi say about human rights"),
        ("Wang Yi hais li cas rau Blinken?", "what did Wang Yi say to Blinken"),
        ("Blinken hais li cas tom qab lub rooj sib tham?", "what did Blinken say after the meeting"),
        ("Leej twg hais tias lawv yuav tsum yog phooj ywg?", "who said they should be partners"),
        ('Leej twg hais tias "partners rather than rivals"?', 'who said "partners rather than rivals"'),
        ("Thaum twg Xi thiab Blinken ntsib?", "when did Xi and Blinken meet"),
        ("Xi thiab Blinken tau sib ntsib thaum twg?", "when did Xi and Blinken meet"),
        ("Lub rooj sib tham nyob qhov twg?", "where did the meeting take place"),
        ("Kev sib tham siv sij hawm ntev npaum li cas?", "how long did the talks last"),
        ("Kev sib tham siv pes tsawg teev?", "how many hours did the talks last"),
        ("Xi tau muab pes tsawg lub ntsiab cai?", "how many principles did Xi propose"),
        ("Pes tsawg principles uas Xi tau propose?", "how many principles did Xi propose"),
        ("Wang Yi yog leej twg?", "who is Wang Yi"),
        ("Wang Yi ua haujlwm rau lub koom haum twg?", "which organisation does Wang Yi work for"),
        ("Wang Yi txoj haujlwm yog dab tsi?", "what is Wang Yi's title"),
        ("Blinken tau ntsib leej twg hauv Beijing?", "who did Blinken meet in Beijing"),
        ("Dab tsi tau hais txog Taiwan?", "what was said about Taiwan"),
        ("Puas muaj hais txog Lavxias?", "was Russia mentioned"),
        ("Xi puas tau hais tias lawv yuav tsum yog phooj ywg?", "did Xi say that they should be partners"),
        ("Xi puas tau hais dab tsi txog Taiwan?", "did Xi say anything about Taiwan"),
        ("Suav tus foreign minister hais li cas?", "what did China's foreign minister say"),
        ("Tus thawj tswj hwm ntawm Suav teb hais li cas?", "what did China's president say"),
        ("Vim li cas Blinken mus Beijing?", "why did Blinken go to Beijing"),
        ("Leej twg sau tsab xov xwm no?", "who wrote this article"),
        ("Ho Wang Yi ne?", "what about Wang Yi"),
    ],
)
def test_hmong_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Papiamentu, in Curaçao's spelling or Aruba's: "kiko" (what), "ken" (who), "ki ora", "ki dia" (when, which
        # day), "unda" (where), "kuantu" (how many), "a" (the past) before the verb, "tokante" (about), "ku" or "i"
        # between two names "and", "e" (the), "-nan" (the plural), "di" (of), "a wordu" (was, done to one)
        ("Kiko Blinken a bisa?", "what did Blinken say"),
        ("Kiko Blinken a bisa tokante Taiwan?", "what did Blinken say about Taiwan"),
        ("Kico Blinken a bisa tocante Taiwan?", "what did Blinken say about Taiwan"),
        ("Kiko Xi a bisa tokante derechonan humano?", "what did Xi say about human rights"),
        ("Kiko Wang Yi a bisa Blinken?", "what did Wang Yi say to Blinken"),
        ("Kiko Blinken a bisa despues di e reunion?", "what did Blinken say after the meeting"),
        ("Ken a bisa ku nan mester ta socio?", "who said they should be partners"),
        ('Ken a bisa "partners rather than rivals"?', 'who said "partners rather than rivals"'),
        ("Ki ora Xi i Blinken a topa?", "when did Xi and Blinken meet"),
        ("Ki dia Xi ku Blinken a topa?", "on which day did Xi and Blinken meet"),
        ("Unda e reunion a tuma lugá?", "where did the meeting take place"),
        ("Kuantu tempu e kombersashonnan a dura?", "how long did the talks last"),
        ("Kuantu ora e kombersashonnan a dura?", "how many hours did the talks last"),
        ("Kuantu prinsipio Xi a proponé?", "how many principles did Xi propose"),
        ("Ken ta Wang Yi?", "who is Wang Yi"),
        ("Pa ki organisashon Wang Yi ta traha?", "which organisation does Wang Yi work for"),
        ("Kua ta e puesto di Wang Yi?", "what is Wang Yi's title"),
        ("Ku ken Blinken a topa na Beijing?", "who did Blinken meet in Beijing"),
        ("Kiko a wordu bisá tokante Taiwan?", "what was said about Taiwan"),
        ("Rusia a wordu menshoná?", "was Russia mentioned"),
        ("Xi a bisa ku nan mester ta socio?", "did Xi say that they should be partners"),
        ("Xi a bisa algu tokante Taiwan?", "did Xi say anything about Taiwan"),
        ("Kiko e minister di Relashon Eksterior di China a bisa?", "what did China's foreign minister say"),
        ("Kiko e sekretario di estado merikano a bisa?", "what did the American secretary of state say"),
        ("Pakiko Blinken a bai Beijing?", "why did Blinken go to Beijing"),
        ("Ken a skirbi e artíkulo?", "who wrote the article"),
        ("Anto Wang Yi?", "what about Wang Yi"),
    ],
)
def test_papiamentu_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Bislama: "wanem nao" (what is it), "hu nao" (who is it), "wanem taem" (when), "wea nao" (where), "hamas" (how
        # many), "i" before a verb after its doer, "long saed blong" (about), "mo" between two names "and", "long"
        # (in, to), "blong" (of), "se" (that), "ia" (this, the)
        ("Wanem nao Blinken i talem?", "what did Blinken say"),
        ("Wanem nao Blinken i talem long saed blong Taiwan?", "what did Blinken say about Taiwan"),
        ("Blinken i talem wanem abaot Taiwan?", "what did Blinken say about Taiwan"),
        ("Wanem nao Xi i talem long saed blong raet blong ol man?", "what did Xi say about human rights"),
        ("Wanem nao Wang Yi i talem long Blinken?", "what did Wang Yi say to Blinken"),
        ("Wanem nao Blinken i talem afta long miting?", "what did Blinken say after the meeting"),
        ("Hu nao i talem se oli mas stap patna?", "who said they should be partners"),
        ('Hu nao i talem "partners rather than rivals"?', 'who said "partners rather than rivals"'),
        ("Wanem taem Xi mo Blinken i mit?", "when did Xi and Blinken meet"),
        ("Wanem dei nao Xi mo Blinken i mitim tufala?", "on which day did Xi and Blinken meet"),
        ("Wea nao miting i stap?", "where did the meeting take place"),
        ("Hamas aoa toktok i tekem?", "how many hours did the talks last"),
        ("Toktok ia i tekem hamas taem?", "how long did the talks last"),
        ("Hamas prinsipol nao Xi i putum?", "how many principles did Xi propose"),
        ("Hu nao Wang Yi?", "who is Wang Yi"),
        ("Wang Yi i wok long wanem oganaesesen?", "which organisation does Wang Yi work for"),
        ("Wanem wok blong Wang Yi?", "what is Wang Yi's title"),
        ("Blinken i mitim hu long Beijing?", "who did Blinken meet in Beijing"),
        ("Wanem nao oli talem long saed blong Taiwan?", "what was said about Taiwan"),
        ("Oli bin tokbaot Rasia?", "was Russia mentioned"),
        ("Xi i talem se oli mas stap patna?", "did Xi say that they should be partners"),
        ("Xi i talem samting long saed blong Taiwan?", "did Xi say anything about Taiwan"),
        ("Wanem nao Minista blong Foren Afea blong Jaena i talem?", "what did China's foreign minister say"),
        ("Wanem nao Presiden blong Jaena i talem?", "what did China's president say"),
        ("From wanem Blinken i go long Beijing?", "why did Blinken go to Beijing"),
        ("Hu nao i raetem stori ia?", "who wrote this article"),
        ("Mo Wang Yi?", "what about Wang Yi"),
    ],
)
def test_bislama_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Scottish Gaelic with English names, with its grave accents or without: the verb before its doer ("Dè thuirt
        # Blinken"), softened after "a" and "an do" ("thuirt", "choinnich", "mhair", "mhol"), "an" asking whether, "mu
        # (dheidhinn)" (about), "ri" (to, with), "agus" (and), "gum bu chòir dhaibh a bhith" (that they should be), an
        # owner after its noun ("Ceann-suidhe Shìona")
        ("Dè thuirt Blinken?", "what did Blinken say"),
        ("Dè thuirt Blinken mu dheidhinn Taiwan?", "what did Blinken say about Taiwan"),
        ("De thuirt Blinken mu Thaiwan?", "what did Blinken say about Taiwan"),
        ("Dè a thuirt Xi mu chòraichean daonna?", "what did Xi say about human rights"),
        ("Dè thuirt Wang Yi ri Blinken?", "what did Wang Yi say to Blinken"),
        ("Dè thuirt Blinken an dèidh na coinneimh?", "what did Blinken say after the meeting"),
        ("Cò thuirt gum bu chòir dhaibh a bhith nan com-pàirtichean?", "who said they should be partners"),
        ('Cò thuirt "partners rather than rivals"?', 'who said "partners rather than rivals"'),
        ("Cuin a choinnich Xi agus Blinken?", "when did Xi and Blinken meet"),
        ("Caite an do choinnich Xi agus Blinken?", "where did Xi and Blinken meet"),
        ("Càite an robh a' choinneamh?", "where did the meeting take place"),
        ("Dè cho fada 's a mhair na còmhraidhean?", "how long did the talks last"),
        ("Co mheud uair a thìde a mhair na còmhraidhean?", "how many hours did the talks last"),
        ("Co mheud prionnsabal a mhol Xi?", "how many principles did Xi propose"),
        ("Cò e Wang Yi?", "who is Wang Yi"),
        ("Dè a' bhuidheann dha bheil Wang Yi ag obair?", "which organisation does Wang Yi work for"),
        ("Dè an dreuchd a th' aig Wang Yi?", "what is Wang Yi's title"),
        ("Cò ris an do choinnich Blinken ann am Beijing?", "who did Blinken meet in Beijing"),
        ("Dè chaidh a ràdh mu Taiwan?", "what was said about Taiwan"),
        ("An deach iomradh a thoirt air an Ruis?", "was Russia mentioned"),
        ("An tuirt Xi gum bu chòir dhaibh a bhith nan com-pàirtichean?", "did Xi say that they should be partners"),
        ("An tuirt Xi dad mu Taiwan?", "did Xi say anything about Taiwan"),
        ("Dè thuirt Ministear nan Cùisean Cèin aig Sìona?", "what did China's foreign minister say"),
        ("Dè thuirt Ceann-suidhe Shìona?", "what did China's president say"),
        ("Carson a chaidh Blinken gu Beijing?", "why did Blinken go to Beijing"),
        ("Cò a sgrìobh an artaigil?", "who wrote the article"),
        ("Agus Wang Yi?", "what about Wang Yi"),
    ],
)
def test_scottish_gaelic_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "lines"),
    [
        # Wolof
        ("Lan la Wang Yi wax Blinken?", [31, 33]),
        ("Kañ la Xi ak Blinken daje?", [9]),
        ("Fan la ndaje mi am?", [11]),
        ("Ñaata waxtu la waxtaan yi yàgg?", [31]),
        ("Ñaata principe la Xi joxe?", [15]),
        ("Lan lañu wax ci mbiru Taiwan?", [29]),
        ("Ban kurél la Wang Yi di liggéeyal?", [21]),
        # Hmong
        ("Wang Yi hais li cas rau Blinken?", [31, 33]),
        ("Thaum twg Xi thiab Blinken ntsib?", [9]),
        ("Lub rooj sib tham nyob qhov twg?", [11]),
        ("Kev sib tham siv pes tsawg teev?", [31]),
        ("Xi tau muab pes tsawg lub ntsiab cai?", [15]),
        ("Puas muaj hais txog Lavxias?", [29]),
        ("Wang Yi ua haujlwm rau lub koom haum twg?", [21]),
        # Papiamentu
        ("Kiko Wang Yi a bisa Blinken?", [31, 33]),
        ("Ki dia Xi ku Blinken a topa?", [9]),
        ("Unda e reunion a tuma lugá?", [11]),
        ("Kuantu ora e kombersashonnan a dura?", [31]),
        ("Kuantu prinsipio Xi a proponé?", [15]),
        ("Rusia a wordu menshoná?", [29]),
        ("Pa ki organisashon Wang Yi ta traha?", [21]),
        # Bislama
        ("Wanem nao Wang Yi i talem long Blinken?", [31, 33]),
        ("Wanem taem Xi mo Blinken i mit?", [9]),
        ("Wea nao miting i stap?", [11]),
        ("Hamas aoa toktok i tekem?", [31]),
        ("Hamas prinsipol nao Xi i putum?", [15]),
        ("Oli bin tokbaot Rasia?", [29]),
        ("Wang Yi i wok long wanem oganaesesen?", [21]),
        # Scottish Gaelic
        ("Dè thuirt Wang Yi ri Blinken?", [31, 33]),
        ("Cuin a choinnich Xi agus Blinken?", [9]),
        ("Càite an robh a' choinneamh?", [11]),
        ("Co mheud uair a thìde a mhair na còmhraidhean?", [31]),
        ("Co mheud prionnsabal a mhol Xi?", [15]),
        ("An deach iomradh a thoirt air an Ruis?", [29]),
        ("Dè a' bhuidheann dha bheil Wang Yi ag obair?", [21]),
    ],
)
def test_a_question_in_wolof_hmong_papiamentu_bislama_or_scottish_gaelic_is_answered(
    question: str, lines: list[int]
) -> None:
    kb = KnowledgeBase.from_file(SHIPPED_ARTICLE)
    assert _lines(kb.answer(question)) == lines


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("Lan la jawriñu mbiri bitim-réewu Siin wax?", "Wang Yi"),
        ("Blinken hais li cas?", "Antony Blinken"),
        ("Kiko e minister di Relashon Eksterior di China a bisa?", "Wang Yi"),
        ("Wanem nao Presiden blong Jaena i talem?", "Xi Jinping"),
        ("Dè thuirt Ministear nan Cùisean Cèin aig Sìona?", "Wang Yi"),
    ],
)
def test_what_someone_said_asked_in_wolof_hmong_papiamentu_bislama_or_scottish_gaelic_is_their_quotes(
    kb: KnowledgeBase, question: str, speaker: str
) -> None:
    answer = kb.answer(question)
    assert answer.sections[0].heading is not None
    assert answer.sections[0].heading.startswith(speaker)


@pytest.mark.parametrize(
    "question",
    [
        "Kan moo wax ne dañu war a doon ay partenaires?",
        "Leej twg hais tias lawv yuav tsum yog phooj ywg?",
        "Ken a bisa ku nan mester ta socio?",
        "Hu nao i talem se oli mas stap patna?",
        "Cò thuirt gum bu chòir dhaibh a bhith nan com-pàirtichean?",
    ],
)
def test_who_said_they_should_be_partners_in_wolof_hmong_papiamentu_bislama_or_scottish_gaelic_finds_xi(
    kb: KnowledgeBase, question: str
) -> None:
    answer = kb.answer(question)
    assert _lines(answer)[:1] == [9]
    assert render_plain(answer).startswith("Xi Jinping")


def test_a_topic_the_article_never_names_asked_in_wolof_hmong_papiamentu_bislama_or_scottish_gaelic_abstains(
    kb: KnowledgeBase,
) -> None:
    for question in (
        "Lan la Xi wax ci mbiru Switzerland?",
        "Xi hais li cas txog Switzerland?",
        "Kiko Xi a bisa tokante Switzerland?",
        "Wanem nao Xi i talem long saed blong Switzerland?",
        "Dè thuirt Xi mu dheidhinn Switzerland?",
    ):
        assert parse_question(question).who == "Xi", question
        assert kb.answer(question).abstained, question


# This round's books
_WOLOF_HMONG_PAPIAMENTU_BISLAMA_AND_GAELIC_BOOKS = frozenset({"_wolof", "_hmong", "_papiamentu", "_bislama", "_gaelic"})


@pytest.mark.parametrize(
    "question",
    [
        # English, with names and words those books use ("Hamas", "Ken", "Lan", "Li", "Hu", "fan", "wax", "mo")
        "What did Xi say about Taiwan?",
        "Who did Blinken meet in Beijing?",
        "What did Hamas say about the ceasefire?",
        "How many rockets did Hamas fire?",
        "What did Ken say?",
        "Where did Ken and Barbie meet?",
        "What did Lan say?",
        "Who is Li Qiang?",
        "Hu Jintao said what?",
        "Where did the fan club meet?",
        'Who said "wax on, wax off"?',
        "Who is Wang Yi, mo?",
        # French and Hausa and Igbo, Wolof's neighbours
        "Qu'a dit Blinken ?",
        "Quand Xi et Blinken se sont-ils rencontrés ?",
        "Me Xi ya ce game da Taiwan?",
        "Gini ka Xi kwuru banyere Taiwan?",
        # Lao, whose "la" and "wang" are Wolof's "la" and a name
        "Xi wao nyang kiaw kap Taiwan?",
        # Spanish typed with its accents or without, whose "cuanto" is Aruba's, and Dutch and Haitian Creole
        "¿Cuánto tiempo duraron las conversaciones?",
        "Cuanto tiempo duro la reunion?",
        "¿Quién dijo que deberían ser socios?",
        "Wat zei Blinken over Taiwan?",
        "Kisa Xi di sou Taiwan?",
        # Hawai'i Pidgin, Nigerian Pidgin and Tongan, whose "wea", "wetin" and "mo" are Bislama's neighbours
        "Wea dey wen meet, brah?",
        "Wetin Xi talk about Taiwan?",
        "Ko e hā na'e lea'aki 'e Blinken?",
        # Welsh and Scots, Scottish Gaelic's neighbours, and Czech, whose "co" is Gaelic's "cò" typed plain
        "Beth ddywedodd Blinken am Taiwan?",
        "Whit did Xi say aboot Taiwan?",
        "Co rekl Xi o Tchaj-wanu?",
        "Co je Wang Yi?",
    ],
)
def test_english_and_the_neighbouring_languages_are_not_read_by_the_wolof_hmong_papiamentu_bislama_and_gaelic_books(
    question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    read = clean_question(question)
    left_out = 0
    for registry in ("_PHRASEBOOKS", "_BEFORE_TEXTING"):
        books = getattr(phrasebooks, registry)
        kept = tuple(book for book in books if book[2].__name__ not in _WOLOF_HMONG_PAPIAMENTU_BISLAMA_AND_GAELIC_BOOKS)
        left_out += len(books) - len(kept)
        monkeypatch.setattr(phrasebooks, registry, kept)
    assert left_out == len(_WOLOF_HMONG_PAPIAMENTU_BISLAMA_AND_GAELIC_BOOKS)  # the books are there, to be left out
    assert clean_question(question) == read


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Wolof: a French title and its nationality with Wolof's article ("Diplomate chinois bi"), what is asked about
        # said first and the question after it without it ("…, fan la am?"), a noun's clause after its article ("ndaje
        # mi Xi ak Blinken def": the meeting Xi and Blinken held), "ci" after a verb of saying (about), "ban …" (which)
        (
            "Diplomate chinois bi, lan la wax ci relation bi?",
            "what did the Chinese diplomat say about the relationship",
        ),
        ("Ndaje mi Xi ak Blinken def, fan la am?", "where did the meeting between Xi and Blinken take place"),
        ("Waxtaan yi, ñaata waxtu la yàgg?", "how many hours did the talks last"),
        ("Ban principes la Xi joxe?", "which principles did Xi propose"),
        ("Ci ban bâtiment la ndaje mi am?", "in which building did the meeting take place"),
        ("Ban sujets la Xi ak Blinken am différences?", "on which topics do Xi and Blinken have differences"),
        # Hmong: a classifier before a nationality typed in English ("Tus American diplomat"), "…, yog dab tsi?" (what
        # are they) after what was done, "Tsis yog X xwb" (not only X), "X hais tias dab tsi …" (X said what …)
        ("Tus American diplomat tau hais li cas?", "what did the American diplomat say"),
        ("Xi tau muab peb lub ntsiab cai, lawv yog dab tsi?", "which three principles did Xi propose"),
        ("Blinken tau sib tham nrog leej twg?", "who did Blinken talk with"),
        ("Wang Yi hais tias dab tsi tseem nce?", "what did Wang Yi say is still increasing"),
        # Papiamentu: "e" before a title typed in English, "entre" (between), "unda … a VERB" (where did … VERB), "riba
        # kua …" (on which …), a clause with its verb after "ta" and "un X ku ta …" (an X that is …)
        ("Kiko e lider chines a bisa den e artíkulo?", "what did the Chinese leader say"),
        (
            "Kiko Blinken a bisa tokante e relashon entre Merka i China?",
            "what did Blinken say about the relationship between America and China",
        ),
        ("Ki ora e presidentenan a bin di akuerdo riba e asuntonan?", "when did the presidents agree on the issues"),
        ("Den ki tema China i Merka tin diferensia?", "on which topics do China and America have differences"),
        ("Xi a bisa ku China ta sostené un Merka ku ta habri?", "did Xi say that China supports an open America"),
        # Bislama: "ya" (this), a clause's "i stat blong" (is beginning to), the question word at the end of a clause
        # someone said or hoped ("… long wanem?": on what), "Stori ia i talem se …?" (does this article say that …)
        ("Hu nao i talem se rilesensip i stat blong kam gud?", "who said the relationship is beginning to improve"),
        ("Wanem nao Blinken i talem long stori ya?", "what did Blinken say"),
        ("Xi i talem se tufala kantri i mas stap wanem?", "what did Xi say the two countries should be"),
        (
            "Stori ia i talem se Jaena mo Merika oli namba hamas bigfala ekonomi long wol?",
            "does this article say that China and America are the what number biggest economies in the world",
        ),
        # Scottish Gaelic: "a rèir an artaigil" after the question, "cho … 's a ghabhas" (as … as possible), "An do
        # dh'aidich X gu bheil … ann?" (did X acknowledge that there are …), "An robh X am measg …?" (was X among …),
        # "mun" (about the), "eadar" (between)
        ("Cuin a choinnich Xi ri Blinken, a rèir an artaigil?", "when did Xi meet Blinken"),
        (
            "Cò thuirt gum bu chòir dhaibh a bhith cho soilleir 's a ghabhas?",
            "who said they should be as clear as possible",
        ),
        (
            "An do dh'aidich Wang Yi gu bheil cùisean ann fhathast?",
            "did Wang Yi acknowledge that there are still issues",
        ),
        (
            "An robh malairt am measg nan eas-aonta a chaidh ainmeachadh?",
            "was trade among the disagreements that were mentioned",
        ),
        (
            "Dè thuirt Wang Yi mun dàimh eadar Sìona agus Ameireaga?",
            "what did Wang Yi say about the relationship between China and America",
        ),
    ],
)
def test_more_kinds_of_question_in_the_wolof_hmong_papiamentu_bislama_and_gaelic_books_are_read_as_english(
    question: str, understood: str
) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "lines"),
    [
        ("Diplomate chinois bi, lan la wax ci relation bi?", [31, 33]),
        ("Ndaje mi Xi ak Blinken def, fan la am?", [11]),
        ("Ci ban bâtiment la ndaje mi am?", [11]),
        ("Xi tau muab peb lub ntsiab cai, lawv yog dab tsi?", [15]),
        ("Wang Yi hais tias dab tsi tseem nce?", [33]),
        ("Den ki tema China i Merka tin diferensia?", [29]),
        ("Xi a bisa ku China ta sostené un Merka ku ta habri?", [17]),
        ("Xi i talem se tufala kantri i mas stap wanem?", [9]),
        ("Stori ia i talem se Jaena mo Merika oli namba hamas bigfala ekonomi long wol?", [9]),
        ("Cò thuirt gum bu chòir dhaibh a bhith cho soilleir 's a ghabhas?", [27]),
        ("An robh malairt am measg nan eas-aonta a chaidh ainmeachadh?", [29]),
    ],
)
def test_more_kinds_of_question_in_the_wolof_hmong_papiamentu_bislama_and_gaelic_books_are_answered(
    question: str, lines: list[int]
) -> None:
    kb = KnowledgeBase.from_file(SHIPPED_ARTICLE)
    assert _lines(kb.answer(question))[: len(lines)] == lines


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Sranan Tongo with Dutch and English words: the question word first and the doer after it ("San Blinken taki"),
        # "ben" (done) before the verb, "fu" or "abra" after a verb of saying (about), "gi" (to), "nanga" between two
        # names "and", "na" (is; in, at), "a" and "den" (the), "taki" after a verb of saying (that)
        ("San Blinken taki?", "what did Blinken say"),
        ("San Blinken ben taki fu Taiwan?", "what did Blinken say about Taiwan"),
        ("San Blinken taki abra Taiwan?", "what did Blinken say about Taiwan"),
        ("San Xi taki fu libisma reti?", "what did Xi say about human rights"),
        ("San Wang Yi ben taigi Blinken?", "what did Wang Yi say to Blinken"),
        ("San Wang Yi taki gi Blinken?", "what did Wang Yi say to Blinken"),
        ("San Blinken taki baka a konmakandra?", "what did Blinken say after the meeting"),
        ("Suma taki taki den musu de partner?", "who said they should be partners"),
        ('Suma taki "partners rather than rivals"?', 'who said "partners rather than rivals"'),
        ("Oten Xi nanga Blinken miti?", "when did Xi and Blinken meet"),
        ("Pe Xi nanga Blinken ben miti?", "where did Xi and Blinken meet"),
        ("Pe a konmakandra ben de?", "where did the meeting take place"),
        ("Omeni yuru den takimakandra teki?", "how many hours did the talks last"),
        ("Fa langa den takimakandra ben teki?", "how long did the talks last"),
        ("Omeni prensipi Xi ben poti na fesi?", "how many principles did Xi propose"),
        ("Suma na Wang Yi?", "who is Wang Yi"),
        ("Gi sortu organisatie Wang Yi e wroko?", "which organisation does Wang Yi work for"),
        ("Wang Yi e wroko gi sortu organisatie?", "which organisation does Wang Yi work for"),
        ("San na a posisi fu Wang Yi?", "what is Wang Yi's title"),
        ("Suma Blinken miti na Beijing?", "who did Blinken meet in Beijing"),
        ("San den taki fu Taiwan?", "what was said about Taiwan"),
        ("Den ben kari Rusland nen?", "was Russia mentioned"),
        ("Xi ben taki taki den musu de partner?", "did Xi say that they should be partners"),
        ("Xi ben taki wan sani fu Taiwan?", "did Xi say anything about Taiwan"),
        ("San a minister fu Buitenlandse Zaken fu Sina taki?", "what did China's foreign minister say"),
        ("San a president fu Sina taki?", "what did China's president say"),
        ("Fu san ede Blinken go na Beijing?", "why did Blinken go to Beijing"),
        ("Suma skrifi a artikel?", "who wrote the article"),
        ("San fu Wang Yi?", "what about Wang Yi"),
        ("Omeni a Super Saver e kostu?", "how much does Super Saver cost"),
    ],
)
def test_sranan_tongo_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Yiddish typed in Latin letters: "hot" (has) with the participle last ("Vos hot Blinken gezogt"), "zikh" (each
        # other), "vegn" (about), "tsu" (to), "un" (and), "fun" (of), "keyn" (to a place), "az" (that), "der", "di",
        # "dem" (the), a yes-or-no question opening on its helping verb ("Hot Xi …")
        ("Vos hot Blinken gezogt?", "what did Blinken say"),
        ("Vos hot Blinken gezogt vegn Taiwan?", "what did Blinken say about Taiwan"),
        ("Vos hot Blinken gezogt about Taiwan?", "what did Blinken say about Taiwan"),
        ("Vos hot Xi gezogt vegn mentshn-rekht?", "what did Xi say about human rights"),
        ("Vos hot Wang Yi gezogt tsu Blinken?", "what did Wang Yi say to Blinken"),
        ("Vos hot Blinken gezogt nokh der bagegenish?", "what did Blinken say after the meeting"),
        ("Ver hot gezogt az zey zoln zayn partners?", "who said they should be partners"),
        ('Ver hot gezogt "partners rather than rivals"?', 'who said "partners rather than rivals"'),
        ("Ven hobn zikh Xi un Blinken getrofn?", "when did Xi and Blinken meet"),
        ("Vu hobn zikh Xi un Blinken getrofn?", "where did Xi and Blinken meet"),
        ("Vu iz geven di bagegenish?", "where did the meeting take place"),
        ("Vi lang hobn di shmuesn gedoyert?", "how long did the talks last"),
        ("Vifl sho hobn di shmuesn gedoyert?", "how many hours did the talks last"),
        ("Vifl printsipn hot Xi forgeshlogn?", "how many principles did Xi propose"),
        ("Ver iz Wang Yi?", "who is Wang Yi"),
        ("Far velkher organizatsye arbet Wang Yi?", "which organisation does Wang Yi work for"),
        ("Vos far an amt hot Wang Yi?", "what is Wang Yi's title"),
        ("Mit vemen hot zikh Blinken getrofn in Beijing?", "who did Blinken meet in Beijing"),
        ("Vemen hot Blinken getrofn in Beijing?", "who did Blinken meet in Beijing"),
        ("Vos iz gezogt gevorn vegn Taiwan?", "what was said about Taiwan"),
        ("Iz Rusland dermont gevorn?", "was Russia mentioned"),
        ("Hot Xi gezogt az zey zoln zayn partners?", "did Xi say that they should be partners"),
        ("Hot Xi epes gezogt vegn Taiwan?", "did Xi say anything about Taiwan"),
        ("Vos hot der oysern-minister fun Khine gezogt?", "what did China's foreign minister say"),
        ("Vos hot der prezident fun Khine gezogt?", "what did China's president say"),
        ("Farvos iz Blinken geforn keyn Beijing?", "why did Blinken go to Beijing"),
        ("Ver hot geshribn dem artikl?", "who wrote the article"),
        ("Un vos mit Wang Yi?", "what about Wang Yi"),
        ("Vifl kost Super Saver?", "how much does Super Saver cost"),
    ],
)
def test_yiddish_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Breton with French words, with its ñ and ù or without: "en deus", "o deus" (has, have) with the participle
        # ("lavaret", said), the doer after it or between them, "diwar-benn" (about), "da" (to), "ha" (and), "e" before
        # a place (in), a noun softened after "ar" ("ar c'haozeadennoù"), an owner after its noun ("prezidant Sina")
        ("Petra en deus lavaret Blinken?", "what did Blinken say"),
        ("Petra en deus lavaret Blinken diwar-benn Taiwan?", "what did Blinken say about Taiwan"),
        ("Petra en deus Blinken lavaret diwar-benn Taiwan?", "what did Blinken say about Taiwan"),
        ("Petra en deus lavaret Xi diwar-benn gwirioù mab-den?", "what did Xi say about human rights"),
        ("Petra en deus lavaret Wang Yi da Blinken?", "what did Wang Yi say to Blinken"),
        ("Petra en deus lavaret Blinken goude an emvod?", "what did Blinken say after the meeting"),
        ("Petra en deus dit Blinken sur Taiwan?", "what did Blinken say about Taiwan"),
        ("Piv en deus lavaret e tlefent bezañ kevelerien?", "who said they should be partners"),
        ('Piv en deus lavaret "partners rather than rivals"?', 'who said "partners rather than rivals"'),
        ("Pegoulz o deus en em gavet Xi ha Blinken?", "when did Xi and Blinken meet"),
        ("Pelec'h o deus en em gavet Xi ha Blinken?", "where did Xi and Blinken meet"),
        ("Pelec'h e oa an emvod?", "where did the meeting take place"),
        ("Pegeit o deus padet ar c'haozeadennoù?", "how long did the talks last"),
        ("Pet eurvezh o deus padet ar c'haozeadennoù?", "how many hours did the talks last"),
        ("Pet pennaenn en deus kinniget Xi?", "how many principles did Xi propose"),
        ("Piv eo Wang Yi?", "who is Wang Yi"),
        ("Evit peseurt aozadur e labour Wang Yi?", "which organisation does Wang Yi work for"),
        ("Petra eo karg Wang Yi?", "what is Wang Yi's title"),
        ("Gant piv en deus en em gavet Blinken e Beijing?", "who did Blinken meet in Beijing"),
        ("Petra a zo bet lavaret diwar-benn Taiwan?", "what was said about Taiwan"),
        ("Meneget eo bet Rusia?", "was Russia mentioned"),
        ("Ha lavaret en deus Xi e tlefent bezañ kevelerien?", "did Xi say that they should be partners"),
        ("Ha lavaret en deus Xi tra pe dra diwar-benn Taiwan?", "did Xi say anything about Taiwan"),
        ("Petra en deus lavaret ministr an Aferioù Diavaez Sina?", "what did China's foreign minister say"),
        ("Petra en deus lavaret prezidant Sina?", "what did China's president say"),
        ("Perak eo aet Blinken da Beijing?", "why did Blinken go to Beijing"),
        ("Piv en deus skrivet ar pennad?", "who wrote the article"),
        ("Ha petra diwar-benn Wang Yi?", "what about Wang Yi"),
        ("Pegement e koust Super Saver?", "how much does Super Saver cost"),
    ],
)
def test_breton_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Samoan with English words, its glottal stop typed or not: "o le a le mea na fai mai ai X" (what is the thing X
        # said), "o ai" (who), "o anafea" (when), "o fea" (where), "e fia" (how many), "e uiga i" (about), "ia" before a
        # person (to), "ma" (and), "i" before a place (in), the doer after "e" where the verb has an object
        ("O le a le mea na fai mai ai Blinken?", "what did Blinken say"),
        ("O le a le mea na fai mai ai Blinken e uiga i Taiwan?", "what did Blinken say about Taiwan"),
        ("O le a le mea na fai mai ai Blinken about Taiwan?", "what did Blinken say about Taiwan"),
        ("O le a le mea na fai mai ai Xi e uiga i aia tatau a tagata?", "what did Xi say about human rights"),
        ("O le a le mea na fai atu ai Wang Yi ia Blinken?", "what did Wang Yi say to Blinken"),
        ("O le a le mea na fai mai ai Blinken ina ua uma le fonotaga?", "what did Blinken say after the meeting"),
        ("O ai na fai mai e tatau ona avea i latou ma paaga?", "who said they should be partners"),
        ('O ai na fai mai "partners rather than rivals"?', 'who said "partners rather than rivals"'),
        ("O anafea na feiloai ai Xi ma Blinken?", "when did Xi and Blinken meet"),
        ("O fea na feiloai ai Xi ma Blinken?", "where did Xi and Blinken meet"),
        ("O fea na faia ai le fonotaga?", "where did the meeting take place"),
        ("E fia itula na umi ai talanoaga?", "how many hours did the talks last"),
        ("O le a le umi o talanoaga?", "how long did the talks last"),
        ("E fia mataupu faavae na folasia e Xi?", "how many principles did Xi propose"),
        ("O ai ia Wang Yi?", "who is Wang Yi"),
        ("O le fea faalapotopotoga e faigaluega ai Wang Yi?", "which organisation does Wang Yi work for"),
        ("O le a le tofi o Wang Yi?", "what is Wang Yi's title"),
        ("O ai na feiloai i ai Blinken i Beijing?", "who did Blinken meet in Beijing"),
        ("O le a le mea na fai mai e uiga i Taiwan?", "what was said about Taiwan"),
        ("Na ta'ua Rusia?", "was Russia mentioned"),
        ("Na taʻua Rusia?", "was Russia mentioned"),
        ("Na fai mai Xi e tatau ona avea i latou ma paaga?", "did Xi say that they should be partners"),
        ("Na fai mai Xi se mea e uiga i Taiwan?", "did Xi say anything about Taiwan"),
        (
            "O le a le mea na fai mai ai le Minisita o Mataupu Tau Fafo a Saina?",
            "what did China's foreign minister say",
        ),
        ("O le a le mea na fai mai ai le Peresitene o Saina?", "what did China's president say"),
        ("Aisea na alu ai Blinken i Beijing?", "why did Blinken go to Beijing"),
        ("O ai na tusia le tala?", "who wrote the article"),
        ("Ae faapefea Wang Yi?", "what about Wang Yi"),
        ("E fia le tau o Super Saver?", "how much does Super Saver cost"),
    ],
)
def test_samoan_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Kannada typed in Latin letters with English words: the verb last, its small words after the noun ("Taiwan
        # bagge": about Taiwan, "Blinken ge": to Blinken, "Beijing nalli": in Beijing, "China da": China's), "mattu"
        # (and), "-aa" on a verb asking yes or no ("helidraa"), "anta" closing what was said, "enaadru" (anything)
        ("Blinken enu helidaru?", "what did Blinken say"),
        ("Blinken Taiwan bagge enu helidaru?", "what did Blinken say about Taiwan"),
        ("Taiwan bagge Blinken enu helidru?", "what did Blinken say about Taiwan"),
        ("Xi manava hakkugala bagge enu helidaru?", "what did Xi say about human rights"),
        ("Wang Yi Blinken ge enu helidaru?", "what did Wang Yi say to Blinken"),
        ("Wang Yi Blinkenge enu helidru?", "what did Wang Yi say to Blinken"),
        ("meeting aada mele Blinken enu helidru?", "what did Blinken say after the meeting"),
        ("Blinken meeting nantara enu helidru?", "what did Blinken say after the meeting"),
        ("partners aagabeku anta yaaru helidru?", "who said they should be partners"),
        ('yaaru helidru "partners rather than rivals"?', 'who said "partners rather than rivals"'),
        ("Xi mattu Blinken yaavaga bhetiyaadru?", "when did Xi and Blinken meet"),
        ("Xi mattu Blinken elli bhetiyaadru?", "where did Xi and Blinken meet"),
        ("meeting elli nadeyitu?", "where did the meeting take place"),
        ("maatukathe eshtu hottu nadeyitu?", "how long did the talks last"),
        ("talks eshtu gante nadeyitu?", "how many hours did the talks last"),
        ("Xi eshtu tatvagalannu prastaapisidaru?", "how many principles did Xi propose"),
        ("Xi eshtu principles propose maadidru?", "how many principles did Xi propose"),
        ("Wang Yi yaaru?", "who is Wang Yi"),
        ("Wang Yi yaava samsthege kelsa maadtaare?", "which organisation does Wang Yi work for"),
        ("Wang Yi avara hudde enu?", "what is Wang Yi's title"),
        ("Blinken Beijing nalli yaarannu bhetiyaadru?", "who did Blinken meet in Beijing"),
        ("Taiwan bagge enu helalaaytu?", "what was said about Taiwan"),
        ("Russia bagge ullekha aaytaa?", "was Russia mentioned"),
        ("Xi avaru partners aagabeku anta helidraa?", "did Xi say that they should be partners"),
        ("Xi Taiwan bagge enaadru helidraa?", "did Xi say anything about Taiwan"),
        ("Chinada videsha mantri enu helidru?", "what did China's foreign minister say"),
        ("China da adhyakshru enu helidru?", "what did China's president say"),
        ("Blinken yaake Beijing ge hodru?", "why did Blinken go to Beijing"),
        ("article yaaru bardiddu?", "who wrote the article"),
        ("Super Saver bele eshtu?", "how much is Super Saver"),
    ],
)
def test_kannada_is_read_as_english(question: str, understood: str) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "lines"),
    [
        # Sranan Tongo
        ("San Wang Yi taki gi Blinken?", [31, 33]),
        ("Oten Xi nanga Blinken miti?", [9]),
        ("Pe a konmakandra ben de?", [11]),
        ("Omeni yuru den takimakandra teki?", [31]),
        ("Omeni prensipi Xi ben poti na fesi?", [15]),
        ("Den ben kari Rusland nen?", [29]),
        ("Gi sortu organisatie Wang Yi e wroko?", [21]),
        # Yiddish
        ("Vos hot Wang Yi gezogt tsu Blinken?", [31, 33]),
        ("Ven hobn zikh Xi un Blinken getrofn?", [9]),
        ("Vu iz geven di bagegenish?", [11]),
        ("Vifl sho hobn di shmuesn gedoyert?", [31]),
        ("Vifl printsipn hot Xi forgeshlogn?", [15]),
        ("Iz Rusland dermont gevorn?", [29]),
        ("Far velkher organizatsye arbet Wang Yi?", [21]),
        # Breton
        ("Petra en deus lavaret Wang Yi da Blinken?", [31, 33]),
        ("Pegoulz o deus en em gavet Xi ha Blinken?", [9]),
        ("Pelec'h e oa an emvod?", [11]),
        ("Pet eurvezh o deus padet ar c'haozeadennoù?", [31]),
        ("Pet pennaenn en deus kinniget Xi?", [15]),
        ("Meneget eo bet Rusia?", [29]),
        ("Evit peseurt aozadur e labour Wang Yi?", [21]),
        # Samoan
        ("O le a le mea na fai atu ai Wang Yi ia Blinken?", [31, 33]),
        ("O anafea na feiloai ai Xi ma Blinken?", [9]),
        ("O fea na faia ai le fonotaga?", [11]),
        ("E fia itula na umi ai talanoaga?", [31]),
        ("E fia mataupu faavae na folasia e Xi?", [15]),
        ("Na ta'ua Rusia?", [29]),
        ("O le fea faalapotopotoga e faigaluega ai Wang Yi?", [21]),
        # Kannada
        ("Wang Yi Blinken ge enu helidaru?", [31, 33]),
        ("Xi mattu Blinken yaavaga bhetiyaadru?", [9]),
        ("meeting elli nadeyitu?", [11]),
        ("talks eshtu gante nadeyitu?", [31]),
        ("Xi eshtu tatvagalannu prastaapisidaru?", [15]),
        ("Russia bagge ullekha aaytaa?", [29]),
        ("Wang Yi yaava samsthege kelsa maadtaare?", [21]),
    ],
)
def test_a_question_in_sranan_yiddish_breton_samoan_or_kannada_is_answered(question: str, lines: list[int]) -> None:
    kb = KnowledgeBase.from_file(SHIPPED_ARTICLE)
    assert _lines(kb.answer(question)) == lines


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("San a president fu Sina taki?", "Xi Jinping"),
        ("Vos hot der oysern-minister fun Khine gezogt?", "Wang Yi"),
        ("Petra en deus lavaret prezidant Sina?", "Xi Jinping"),
        ("O le a le mea na fai mai ai le Minisita o Mataupu Tau Fafo a Saina?", "Wang Yi"),
        ("Blinken enu helidaru?", "Antony Blinken"),
    ],
)
def test_what_someone_said_asked_in_sranan_yiddish_breton_samoan_or_kannada_is_their_quotes(
    kb: KnowledgeBase, question: str, speaker: str
) -> None:
    answer = kb.answer(question)
    assert answer.sections[0].heading is not None
    assert answer.sections[0].heading.startswith(speaker)


@pytest.mark.parametrize(
    "question",
    [
        "Suma taki taki den musu de partner?",
        "Ver hot gezogt az zey zoln zayn partners?",
        "Piv en deus lavaret e tlefent bezañ kevelerien?",
        "O ai na fai mai e tatau ona avea i latou ma paaga?",
        "partners aagabeku anta yaaru helidru?",
    ],
)
def test_who_said_they_should_be_partners_in_sranan_yiddish_breton_samoan_or_kannada_finds_xi(
    kb: KnowledgeBase, question: str
) -> None:
    answer = kb.answer(question)
    assert _lines(answer)[:1] == [9]
    assert render_plain(answer).startswith("Xi Jinping")


def test_a_topic_the_article_never_names_asked_in_sranan_yiddish_breton_samoan_or_kannada_abstains(
    kb: KnowledgeBase,
) -> None:
    for question in (
        "San Xi taki fu Switzerland?",
        "Vos hot Xi gezogt vegn Switzerland?",
        "Petra en deus lavaret Xi diwar-benn Switzerland?",
        "O le a le mea na fai mai ai Xi e uiga i Switzerland?",
        "Xi Switzerland bagge enu helidaru?",
    ):
        assert parse_question(question).who == "Xi", question
        assert kb.answer(question).abstained, question


# This round's books
_SRANAN_YIDDISH_BRETON_SAMOAN_AND_KANNADA_BOOKS = frozenset({"_sranan", "_yiddish", "_breton", "_samoan", "_kannada"})


@pytest.mark.parametrize(
    "question",
    [
        # English, with names and words those books use ("Ben", "San", "Pet", "Ven", "Elli", "Petra", "Suma", "hot",
        # "pe", "fai")
        "What did Xi say about Taiwan?",
        "Who did Blinken meet in Beijing?",
        "What did Ben say about the ceasefire?",
        "Where is San Jose?",
        "San Jose is where?",
        "How many pet projects did Xi mention?",
        "What did Ven say?",
        "Who is Elli Perkins?",
        "Petra Nowak said what?",
        "What did Suma Das say?",
        "Was the hot mic mentioned?",
        "What did the PE teacher say?",
        "Who said the deal was a fai accompli?",
        # Taglish, te reo Māori and Tongan, whose "san", "taki" and "lea" are Sranan's and Samoan's words
        "ano sinabi ni Xi about Taiwan?",
        "san ginanap hearing",
        "He aha tā Xi i kōrero mō Taiwan?",
        "Ko e hā na'e lea'aki 'e Blinken?",
        # Dutch, German and Luxembourgish, Yiddish's and Sranan's neighbours
        "Wat zei Blinken over Taiwan?",
        "Was hat Blinken über Taiwan gesagt?",
        "Wat huet de Blinken iwwer Taiwan gesot?",
        # Welsh and French, Breton's neighbours
        "Beth ddywedodd Blinken am Taiwan?",
        "Qu'a dit Blinken sur Taiwan ?",
        # Tamil, Telugu and Malayalam, Kannada's neighbours
        "Blinken Taiwan pathi enna sonnaru?",
        "Blinken Taiwan gurinchi emi chepparu?",
        "Xi enthu paranju?",
        # Spanish, Romanian and Nigerian Pidgin
        "¿Qué dijo Blinken sobre Taiwán?",
        "Pe cine a întâlnit Blinken?",
        "Wetin Xi talk about Taiwan?",
    ],
)
def test_english_and_the_neighbouring_languages_are_not_read_by_the_sranan_yiddish_breton_samoan_and_kannada_books(
    question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    read = clean_question(question)
    left_out = 0
    for registry in ("_PHRASEBOOKS", "_BEFORE_TEXTING"):
        books = getattr(phrasebooks, registry)
        kept = tuple(book for book in books if book[2].__name__ not in _SRANAN_YIDDISH_BRETON_SAMOAN_AND_KANNADA_BOOKS)
        left_out += len(books) - len(kept)
        monkeypatch.setattr(phrasebooks, registry, kept)
    assert left_out == len(_SRANAN_YIDDISH_BRETON_SAMOAN_AND_KANNADA_BOOKS)  # the books are there, to be left out
    assert clean_question(question) == read


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        # Sranan Tongo: the doer named before the question or after it, "a" (he) or "den" (they) in its place ("Dan a
        # president fu Sina, san a ben taki?"), "na a meeting" (at the meeting), "a meeting fu X nanga Y" (the meeting
        # between them), "tu" (too) after what is asked
        ("Dan a president fu Sina, san a ben taki?", "what did China's president say"),
        ("Oten den ben miti, Wang Yi nanga Blinken?", "when did Wang Yi and Blinken meet"),
        (
            "Pe a konmakandra fu Wang Yi nanga Blinken ben de?",
            "where did the meeting between Wang Yi and Blinken take place",
        ),
        ("San Blinken ben taki na a meeting?", "what did Blinken say at the meeting"),
        ("Den ben taki fu Rusland tu?", "was Russia mentioned"),
        # Yiddish: who is meant said again after the question ("…, the one who …"), the participle before the doer
        # ("vi lang hobn gedoyert di shmuesn"), "mit velkhn …" (with which …), "vos zaynen geven di … vos X hot …"
        # (what were the … that X …), "fun X mit Y" after the talks (between X and Y)
        ("Vos hot der Chinese president gezogt, the one who met Blinken?", "what did the Chinese president say"),
        ("Vi lang hobn gedoyert di shmuesn fun Xi mit Blinken?", "how long did the talks between Xi and Blinken last"),
        ("Mit velkhn American diplomat hot Xi zikh getrofn?", "which American diplomat did Xi meet"),
        ("Vos zaynen geven di printsipn vos Xi hot forgelegt?", "which principles did Xi propose"),
        # Breton: the doer named before the question ("Ha prezidant Sina, petra en deus lavaret?"), "peseurt devezh"
        # (which day), "etre" (between), "Bez' eus bet kaoz eus …?" (has there been talk of …), "ar pezh a ya fall"
        # (what goes badly: the problems)
        ("Ha prezidant Sina, petra en deus lavaret?", "what did China's president say"),
        (
            "Peseurt devezh e oa an emvod etre Wang Yi ha Blinken?",
            "on which day did the meeting between Wang Yi and Blinken take place",
        ),
        ("Bez' eus bet kaoz eus Taiwan?", "was Taiwan mentioned"),
        ("Petra en deus lavaret Wang Yi diwar-benn ar pezh a ya fall?", "what did Wang Yi say about the problems"),
        # Samoan: "le" before an English title, "o le a le tala a X" (what is X's word), "o fea le aai" (which city),
        # "na faapefea ona … e X" (how did X …), "e tatau ona avea X ma Y ma …" (X and Y should be …), "o ai le … na …"
        # (which … did …)
        ("O le a le tala a le Chinese leader?", "what did the Chinese leader say"),
        (
            "O fea le aai na faia ai le talanoaga a Wang Yi ma Blinken?",
            "in which city did the talks between Wang Yi and Blinken take place",
        ),
        (
            "Na faapefea ona faamatala e Xi le va o China ma Amerika?",
            "how did Xi describe the relationship between China and America",
        ),
        (
            "O ai na fai mai e tatau ona avea Saina ma Amerika ma paaga?",
            "who said China and America should be partners",
        ),
        ("O ai le Chinese leader na feiloai ma Blinken?", "which Chinese leader did Blinken meet"),
        # Kannada: "ee lekhana dalli" (in this article), "X mattu Y meeting" (the meeting between them), "X aadre enu
        # aagutte" (what happens when X is done), "-aaginda" (since) and "… antha X oppikondra?" (did X acknowledge …)
        ("Xi enu helidru ee lekhana dalli?", "what did Xi say"),
        ("Xi mattu Blinken meeting elli nadeyithu?", "where did the meeting between Xi and Blinken take place"),
        (
            "Xi, ee problem solve aadre enu aagutte antha helidru?",
            "what did Xi say would happen when the problem is solved",
        ),
        (
            "Blinken jothe sigidaaginda yenadru progress aagide antha Xi oppikondra?",
            "did Xi acknowledge that there has been some progress since meeting Blinken",
        ),
    ],
)
def test_more_kinds_of_question_in_the_sranan_yiddish_breton_samoan_and_kannada_books_are_read_as_english(
    question: str, understood: str
) -> None:
    assert clean_question(question) == understood


@pytest.mark.parametrize(
    ("question", "lines"),
    [
        ("Dan a president fu Sina, san a ben taki?", [9]),
        ("Den ben taki fu Rusland tu?", [29]),
        ("Vos hot der Chinese president gezogt, the one who met Blinken?", [9]),
        ("Vos zaynen geven di printsipn vos Xi hot forgelegt?", [15]),
        ("Ha prezidant Sina, petra en deus lavaret?", [9]),
        ("Bez' eus bet kaoz eus Taiwan?", [29]),
        ("O fea le aai na faia ai le talanoaga a Wang Yi ma Blinken?", [31]),
        ("O ai na fai mai e tatau ona avea Saina ma Amerika ma paaga?", [9]),
        ("Xi mattu Blinken meeting elli nadeyithu?", [11]),
        ("Xi, ee problem solve aadre enu aagutte antha helidru?", [19]),
        ("Blinken jothe sigidaaginda yenadru progress aagide antha Xi oppikondra?", [11]),
    ],
)
def test_more_kinds_of_question_in_the_sranan_yiddish_breton_samoan_and_kannada_books_are_answered(
    question: str, lines: list[int]
) -> None:
    kb = KnowledgeBase.from_file(SHIPPED_ARTICLE)
    assert _lines(kb.answer(question))[: len(lines)] == lines

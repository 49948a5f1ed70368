"""Parsing: header fields, body boundaries, line numbers, and unusable files."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from knowledge import SHIPPED_ARTICLE, ArticleError, KnowledgeBase
from knowledge.article import is_prose, load_article, parse_article
from knowledge.models import PageLine

HEADLINE = "Xi Jinping meets Antony Blinken, seeks US-China partnership over rivalry"


def test_shipped_article_still_has_its_headline_on_line_1() -> None:
    assert SHIPPED_ARTICLE.read_text(encoding="utf-8").splitlines()[0] == HEADLINE


def test_header_fields_of_the_shipped_article(kb: KnowledgeBase) -> None:
    article = kb.article
    assert (article.headline.text, article.headline.line) == (HEADLINE, 1)
    assert article.standfirst is not None
    assert article.standfirst.line == 3
    assert article.standfirst.text.startswith("Xi Jinping noted some progress")
    assert article.byline is not None
    assert (article.byline.author, article.byline.dateline) == ("Abhijeet Kumar", "New Delhi")
    assert article.byline.source.line == 7
    assert article.published is not None
    assert (article.published.text, article.published.line) == ("Apr 26 2024 | 5:17 PM IST", 109)
    assert article.updated is not None
    assert (article.updated.text, article.updated.line) == ("Apr 26 2024 | 11:08 PM IST", 8)
    assert article.outlet == PageLine("Business Standard", 36)


def test_body_is_the_prose_between_header_and_furniture(kb: KnowledgeBase) -> None:
    assert [p.line for p in kb.article.paragraphs] == list(range(9, 34, 2))
    body = " ".join(p.text for p in kb.article.paragraphs)
    for furniture in ("min read", "Subscribe", "₹", "inputs from agencies", "More From This Section", "Topics"):
        assert furniture not in body


def test_sentences_are_verbatim_and_keep_their_line(kb: KnowledgeBase) -> None:
    lines = SHIPPED_ARTICLE.read_text(encoding="utf-8").splitlines()
    for sentence in kb.article.sentences:
        assert sentence.text in lines[sentence.line - 1]
    assert len([s for s in kb.article.sentences if s.line == 9]) == 2


def test_byline_at_the_end_and_straight_quotes(harbour_kb: KnowledgeBase) -> None:
    article = harbour_kb.article
    assert article.byline is not None
    assert (article.byline.author, article.byline.dateline) == ("Daniel Reyes", "Harbour City")
    assert article.byline.source.line == 23
    assert article.paragraphs[0].line == 3
    assert article.paragraphs[-1].text == "Construction is due to begin next spring, the mayor said."


def test_wrapped_lines_join_into_paragraphs_with_line_spans(drought_kb: KnowledgeBase) -> None:
    article = drought_kb.article
    first = article.sentences[0]
    assert (first.line, first.end_line) == (6, 8)
    assert first.text.endswith("officials said on Monday.")
    assert "Water levels" not in " ".join(p.text for p in article.paragraphs)
    assert article.published is not None
    assert article.published.text == "March 3, 2025"
    assert article.byline is not None
    assert article.byline.author == "Amara Singh"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("He said the talks went well and would continue next week.", True),
        ("“Not now,” she said.", True),
        ("Speaking to reporters afterwards, Ruiz said:", True),
        ("Subscribe to Business Standard digital and get complimentary access", False),
        ("  • Over 30 premium stories daily, handpicked by our editors.", False),
        ("(with inputs from agencies)", False),
        ("Next Story", False),
        ("“No village will be left alone in front of the mountain.” (translated from French)", True),
        ("Rep. Choi Dong-hyun leaves the Speaker's office at the National Assembly on Sunday. (Yonhap)", False),
    ],
    ids=["sentence", "short-quote", "colon-intro", "offer", "bullet", "credit", "nav", "translated", "photo-credit"],
)
def test_is_prose(line: str, expected: bool) -> None:
    assert is_prose(line.strip()) is expected


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"   \n\n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "is binary"),
        (b"caf\xe9 au lait", "is not UTF-8"),
        (b"Menu\nHome\nSports\nWeather", "has no prose"),
        (b"<!DOCTYPE html>\n<html><body><p>The council voted.</p></body></html>", "is an HTML page"),
    ],
    ids=["empty", "blank", "binary", "latin-1", "no-prose", "html"],
)
def test_unusable_files_raise_article_error_naming_the_file(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError, match=message) as info:
        load_article(path)
    assert str(path) in str(info.value)


def test_missing_file_raises_article_error(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="cannot read article file"):
        load_article(tmp_path / "nope.txt")


def test_parse_article_from_text_needs_no_file() -> None:
    article = parse_article("Headline here\n\nThe minister said the plan would go ahead next year.\n")
    assert article.headline.text == "Headline here"
    assert article.sentences[0].line == 3


def test_body_of_only_stop_words_is_an_article_error() -> None:
    # Found by hypothesis: prose-shaped lines with nothing to search.
    with pytest.raises(ArticleError, match="no searchable words"):
        KnowledgeBase.from_text("Headline\n\nSAID:SAID:SAID:SAID:SAID:SAID.\n")


def test_building_leaves_the_garbage_collector_as_it_found_it() -> None:
    # The build pauses the cyclic collector; a failed build must not leave it off for the process.
    assert gc.isenabled()
    KnowledgeBase.from_text("Headline\n\nThe mayor opened the new harbour bridge on Tuesday morning.\n")
    assert gc.isenabled()
    with pytest.raises(ArticleError):
        KnowledgeBase.from_text("Headline\n\nSAID:SAID:SAID:SAID:SAID:SAID.\n")
    assert gc.isenabled()
    gc.disable()
    try:
        KnowledgeBase.from_text("Headline\n\nThe mayor opened the new harbour bridge on Tuesday morning.\n")
        assert not gc.isenabled()  # a caller that turned it off keeps it off
    finally:
        gc.enable()


def test_wire_layout_bylines_dates_and_footer(fed_kb: KnowledgeBase) -> None:
    article = fed_kb.article
    assert article.byline is not None
    assert (article.byline.author, article.byline.dateline) == ("Sarah Mitchell and David Chen", None)
    assert article.published is not None
    assert (article.published.text, article.published.line) == ("June 12, 2024 | 3:45 PM EDT", 6)
    assert article.updated is not None
    assert article.updated.line == 7
    assert article.outlet is not None
    assert article.outlet.text == "Daily Ledger"
    assert article.paragraphs[-1].text.startswith("Stocks rose")
    body = " ".join(p.text for p in article.paragraphs)
    assert "newsletter" not in body
    assert "Advertisement" not in body


def test_key_points_above_the_body_are_read_as_its_first_paragraphs() -> None:
    page = (
        "Summit live: leaders back €4.2bn fund to guard undersea cables\n"
        "Live – Updated 17:52 GMT, Thursday 14 May 2026\n"
        "\n"
        "Key points\n"
        "• Leaders of the six Compact states agreed a €4.2bn, six-year fund to protect undersea cables\n"
        "• Police detained 14 protesters outside Harbour Hall\n"
        "• Live\n"
        "Show key events only\n"
        "\n"
        "Good morning and welcome to our live coverage of the summit in Kelmar.\n"
        "\n"
        "Related\n"
        "• Why the undersea cables of the straits keep breaking, and who pays for it\n"
    )
    article = parse_article(page)
    assert [(p.line, p.text) for p in article.paragraphs] == [
        (5, "Leaders of the six Compact states agreed a €4.2bn, six-year fund to protect undersea cables"),
        (6, "Police detained 14 protesters outside Harbour Hall"),
        (10, "Good morning and welcome to our live coverage of the summit in Kelmar."),
    ]
    kb = KnowledgeBase.from_text(page)
    assert kb.answer("How many protesters were detained?").citations[0].line == 6


def test_a_newsletters_bulleted_paragraphs_are_prose_and_its_bulleted_links_are_not() -> None:
    page = (
        "Council votes 5-4 to cut seven bus routes\n\n"
        "Tamsin Oyelowo, Axios Local\n\n"
        "The city council voted 5-4 late Tuesday to eliminate seven bus routes.\n\n"
        "What they're saying:\n\n"
        "• “I’m still waiting for an alternative,” said council member Priyanka Haldane.\n\n"
        "- The base fare rises from $1.75 to $2 on July 1.\n\n"
        "Go deeper:\n\n"
        "• Sign up\n\n"
        "• Why the buses never won back their riders\n\n"
    )
    article = parse_article(page)
    assert [(p.line, p.text) for p in article.paragraphs] == [
        (5, "The city council voted 5-4 late Tuesday to eliminate seven bus routes."),
        (9, "“I’m still waiting for an alternative,” said council member Priyanka Haldane."),
        (11, "The base fare rises from $1.75 to $2 on July 1."),
    ]
    kb = KnowledgeBase.from_text(page)
    assert [c.line for c in kb.answer("What did Haldane say?").citations] == [9]


def test_the_body_starts_after_a_byline_and_date_below_a_prose_standfirst() -> None:
    """A web page's standfirst reads as prose; the byline and the date line below it are still header."""
    article = parse_article(
        "Home | News | Local | Transport\n\n"
        "Transit board votes to cut bus routes and raise fares\n\n"
        "Riders and the drivers' union warn of transit deserts as the authority closes a record shortfall.\n\n"
        "By Tomasz Brennan, Transport Reporter\n\n"
        "Published Wednesday 12 March 2025, 6:45 a.m.\n\n"
        "The Calder Valley Transit Authority board voted 7-2 on Tuesday night to eliminate 14 bus routes.\n\n"
        "The decision came at the end of a five-hour meeting at Port Calder City Hall.\n"
    )
    assert article.standfirst is not None
    assert article.standfirst.line == 5
    assert article.byline is not None
    assert article.byline.author == "Tomasz Brennan"
    assert article.published is not None
    assert article.published.line == 9
    assert article.sentences[0].line == 11


def test_a_bare_name_line_under_the_standfirst_is_the_byline() -> None:
    """The writer's name, town and outlet each on a line of their own under the standfirst, no 'By'."""
    article = parse_article(
        "News\n\n"
        "Kosovo Teachers Reject Ministry Pay Offer as Pristina Strike Drags On\n"
        "Union leaders have dismissed an offer of a €40 monthly raise as teachers marched in Pristina.\n\n"
        "Valbona Rexhaj\nPristina\nBIRN\nMarch 11, 2026\n17:05\n\n"
        "Around 1,200 teachers marched from Skanderbeg Square to the government building on Wednesday.\n\n"
        "The unions launched the strike on Monday, March 2.\n"
    )
    assert article.byline is not None
    assert article.byline.author == "Valbona Rexhaj"


@pytest.mark.parametrize("credit", ["Compiled by", "Written by", "Reported by"])
def test_a_byline_may_say_how_the_story_was_put_together(credit: str) -> None:
    article = parse_article(
        "Tram tender cancelled\n\n"
        f"{credit} Ivana Hrušková\n\n"
        "18. Mar 2025 at 14:32\n\n"
        "The city transport company cancelled the tender for 30 trams on Monday.\n"
    )
    assert article.byline is not None
    assert article.byline.author == "Ivana Hrušková"
    assert article.sentences[0].line == 7


def test_a_byline_keeps_the_name_before_dates_after_a_dash_or_a_european_day() -> None:
    dashed = parse_article(
        "BRT second phase slips\n\n"
        "By Nadine Shurafa - Oct 14,2025 - Last updated at Oct 14,2025\n\n"
        "AMMAN — The second phase of the line will not open before June 2026, the minister said on Monday.\n"
    )
    assert dashed.byline is not None
    assert dashed.byline.author == "Nadine Shurafa"
    european = parse_article(
        "Tram tender cancelled\n\n"
        "Compiled by Ivana Hrušková\n18. Mar 2025 at 14:32\n\n"
        "The city transport company cancelled the tender for 30 trams on Monday.\n"
    )
    assert european.byline is not None
    assert european.byline.author == "Ivana Hrušková"


def test_a_time_stamp_with_clock_times_and_an_update_is_no_prose() -> None:
    article = parse_article(
        "Vendors dig in over stall fees\n\n"
        "Wednesday, March 19, 2025 - 17:42. Updated on Thursday, March 20, 2025 - 09:15.\n\n"
        "More than 180 vendors who have traded from tents since the fire walked out of talks on Tuesday.\n"
    )
    assert [s.line for s in article.sentences] == [5]


def test_a_lead_that_starts_with_by_is_no_byline() -> None:
    article = parse_article(
        "Climate talks run late\n\n"
        "By Wednesday, delegates said the end of coal was not on the table at the talks.\n\n"
        "Updated figures released on Tuesday show emissions rose again.\n\n"
        "The talks were scheduled to close at 6pm on Friday 21 November.\n"
    )
    assert [s.line for s in article.sentences] == [3, 5, 7]
    assert article.byline is None


def test_a_menu_of_short_lines_is_not_joined_into_a_headline() -> None:
    kb = KnowledgeBase.from_text(
        "Home\nNews\nSport\nLocal News\nArdlow & Fennick\n\n"
        "Emergency department waits at worst level on record\n\n"
        "More than 9,400 patients spent over 12 hours in A&E last winter, the watchdog says.\n"
    )
    assert kb.article.headline is not None
    assert kb.article.headline.text == "Emergency department waits at worst level on record"


def test_an_encyclopedia_page_with_footnote_marks_and_dates_in_its_lead_parses() -> None:
    kb = KnowledgeBase.from_text(
        "Oda Merensky\n"
        "Oda Kristiane Merensky (née Lunvik; 14 March 1911 – 2 October 1989) was a Kestravan marine "
        "biologist known for her studies of bioluminescence in deep-sea animals.[1] Her book The Lantern "
        "Sea (1967) was translated into eleven languages.[2]\n"
        "Early life\n"
        "Merensky was born in Brenholm, a herring port on the island of Skarre.[3] She won a state "
        "scholarship to the University of Port Hallen in 1929 and studied zoology there.[4]\n"
    )
    article = kb.article
    assert article.headline is not None
    assert article.headline.text == "Oda Merensky"
    assert [p.line for p in article.paragraphs] == [2, 4]
    assert [s.text[:12] for s in article.paragraphs[1].sentences] == ["Merensky was", "She won a st"]
    assert kb.answer("What did she study at the University of Port Hallen?").citations[0].line == 4


ENCYCLOPEDIA_PAGE_COPIED_FROM_A_BROWSER = (
    "Vennholm\n"
    "From Wikipedia, the free encyclopedia\n"
    "Jump to navigation\n"
    "Jump to search\n"
    "This article is about the city on the River Drass. For the village in Westerfold, see Vennholm (village).\n"
    "Vennholm\n"
    "City\n"
    "Country\tCarrowen\n"
    "Province\tUpper Marrach\n"
    "Founded\tc. 1142\n"
    " • City\t118.4 km2 (45.7 sq mi)\n"
    "Elevation\t14 m (46 ft)\n"
    "Population (2021)\n"
    " • City\t214,600\n"
    "Demonym\tVennholmer\n"
    "Postal code\t4410–4439\n"
    "Vennholm is a city and river port in the province of Upper Marrach, lying on the north bank of the Drass.[1]\n"
    "Contents\n"
    "1\tHistory\n"
    "1.1\tFoundation\n"
    "1.2\tCharter and the medieval port\n"
    "1.3\tSieges\n"
    "2\tGeography\n"
    "3\tDemographics\n"
    "4\tEconomy\n"
    "5\tCulture\n"
    "6\tSee also\n"
    "7\tReferences\n"
    "History[edit]\n"
    "The earliest written reference to the site is a deed of 1142 by which Count Radomir of Marrach gave the "
    "monks of Saint Wendel the ferry rights.[2]\n"
    "See also[edit]\n"
    "List of river ports in Carrowen\n"
    "References[edit]\n"
    "^ Carrowen Statistical Office. Population of cities. Retrieved 3 September 2024.\n"
)


def test_an_encyclopedia_page_copied_from_a_browser_reads_past_its_boxes() -> None:
    # The note on the title, the information box and the contents list are not the text; "See also" ends it.
    kb = KnowledgeBase.from_text(ENCYCLOPEDIA_PAGE_COPIED_FROM_A_BROWSER)
    assert kb.article.headline is not None
    assert kb.article.headline.text == "Vennholm"
    assert [p.line for p in kb.article.paragraphs] == [17, 30]
    assert kb.answer("Who gave the monks the ferry rights?").citations[0].line == 30


def test_a_sites_tagline_over_its_menu_is_not_the_headline() -> None:
    article = KnowledgeBase.from_text(
        "Skip to main content\n"
        "Exclusive news, data and analytics for financial market professionals\n"
        "My News\n"
        "Sign In\n"
        "World\n"
        "Business\n"
        "EXCLUSIVE-Aurelia Airways in advanced talks to buy Nordvik Air, sources say\n"
        "By Elin Marchetti\n"
        "STOCKHOLM, March 12 (Reuters) - Dutch carrier Aurelia Airways is in advanced talks to buy Swedish "
        "rival Nordvik Air, two people familiar with the matter said.\n"
    ).article
    assert article.headline is not None
    assert article.headline.line == 7


def test_a_tv_station_page_keeps_its_byline_and_drops_its_banners() -> None:
    kb = KnowledgeBase.from_text(
        "KXWT 7\nMenu\nNews\nWeather\n"
        "WEATHER ALERT: Winter Storm Watch for Tallow, Ransom and Pike counties from Wednesday evening through "
        "Thursday afternoon. Tap for the latest forecast.\n\n"
        "Tallow Creek school board votes 5-2 to close two elementary schools\n\n"
        "By Oksana Pruitt | Published March 3, 2026 at 6:12 PM CST | Updated March 3, 2026 at 9:47 PM CST\n\n"
        "WATCH: Parents pack high school auditorium as board votes to close two schools (2:48)\n\n"
        "Share on Facebook\nEmail\nCopy Link\n\n"
        "TALLOW CREEK, Kan. (KXWT) — The Tallow Creek Board of Education voted 5-2 late Monday night to close "
        "two elementary schools.\n\n"
        "RELATED: Tallow Creek district unveils plan that could close up to three schools\n\n"
        "Birchwood Elementary will close at the end of this school year.\n"
    )
    article = kb.article
    assert article.headline is not None
    assert article.headline.line == 7
    assert article.byline is not None
    assert article.byline.author == "Oksana Pruitt"
    assert article.standfirst is None
    assert [p.line for p in article.paragraphs] == [17, 21]


def test_a_page_saved_as_markdown_reads_as_its_words() -> None:
    kb = KnowledgeBase.from_text(
        "# City council approves new bike lanes on Harbour Road\n\n"
        "*By [Jane Doe](https://example.com/jane) | March 4, 2026*\n\n"
        "The city council voted **7-2** on Tuesday to build protected bike lanes along Harbour Road.\n\n"
        '> "We have waited ten years for this," said cycling advocate Priya Nair.\n\n'
        "The lanes will cost **$4.2 million** and open in [September 2026](https://example.com/timeline).\n"
    )
    article = kb.article
    assert article.headline is not None
    assert article.headline.text == "City council approves new bike lanes on Harbour Road"
    assert article.byline is not None
    assert article.byline.author == "Jane Doe"
    assert kb.answer("How much will the lanes cost?").citations[0].text == (
        "The lanes will cost $4.2 million and open in September 2026."
    )
    assert [c.line for c in kb.answer("What did Priya Nair say?").citations] == [7]


def test_short_runs_of_prose_between_boxes_end_the_search_for_the_body() -> None:
    nav = "".join(f"Section {n}\n\n" for n in range(12))
    first = "The council voted on Tuesday to close the old pool for good."
    later = "The pool will shut at the end of March, it said."  # shorter: no better a body
    kb = KnowledgeBase.from_text(f"Headline of the page\n\n{first}\n\n{nav}{later}\n\n{nav}{later}\n\n{nav}")
    assert [p.line for p in kb.article.paragraphs] == [3]


def test_an_encyclopedia_title_repeated_over_its_information_box_is_the_headline() -> None:
    article = KnowledgeBase.from_text(
        "Treaty of Halvorsgate\n"
        "From Wikipedia, the free encyclopedia\n"
        "Treaty of Halvorsgate\n"
        "Convention between the Kingdom of Eskarra and the Republic of Lunetia concerning the River Aubrenne\n"
        "Signed\t11 June 1903\n"
        "The Treaty of Halvorsgate was a boundary convention signed on 11 June 1903 between two kingdoms.\n"
    ).article
    assert article.headline is not None
    assert (article.headline.text, article.headline.line) == ("Treaty of Halvorsgate", 1)


def test_an_encyclopedia_title_past_the_pages_menu_and_contents_box_is_the_headline() -> None:
    """The tabs, the contents box and the language count are chrome; the title stands over the tagline."""
    kb = KnowledgeBase.from_text(
        "Jump to content\nMain menu\nSearch\nCreate account\nLog in\nContents hide\n(Top)\n1 Etymology\n"
        "2 History\nToggle History subsection\nVerdelha\n14 languages\nArticle\nTalk\nRead\nEdit\nView history\n"
        "Tools\nFrom Wikipedia, the free encyclopedia\n"
        "Verdelha is a volcanic island in the South Atlantic Ocean, west of Cape Town.[1] "
        "The island was resettled in 1896 and had a population of 1,214 at the 2021 census.[4]\n\n"
        "The island was formally annexed by the United Kingdom in 1838.[15]\n\n"
        "Verdelha has a temperate oceanic climate, and Verdelha's lobster fishery is its main industry.[9]\n\n"
        "The Verdelha bunting is found nowhere else.[12]\n"
    )
    assert kb.article.headline is not None
    assert (kb.article.headline.text, kb.article.headline.line) == ("Verdelha", 11)
    assert kb.answer("How many people lived on Verdelha at the 2021 census?").citations[0].line == 20
    assert kb.answer("when did britain annex verdelha").citations[0].line == 22


def test_a_masthead_over_its_menu_and_a_caption_over_its_credit_are_not_the_story() -> None:
    """ "THE JAMAICA DAILY HERALD" over a row of links is the site's name; the line over "Contributed photo" is a
    caption, not the first paragraph."""
    article = KnowledgeBase.from_text(
        "Skip to main content\nTHE JAMAICA DAILY HERALD\n"
        "Home | News | Lead Stories | Business | Sports | Entertainment\nSubscribe | Sign In | Search\n\n"
        "Lead Stories\n\nJ$4.8b plan to plug gun holes at ports\n\n"
        "Published: Wednesday | March 11, 2026 | 12:14 AM\nKadian Brissett-Oyelaran/Senior Staff Reporter\n\n"
        "Dr Conrad Amadi-Whyte speaks during Tuesday's press briefing at the ministry's offices in New Kingston.\n"
        "Contributed photo\n\n"
        "The Government is ready to spend J$4.8 billion on scanners and a new police unit, the minister said.\n"
    ).article
    assert article.headline is not None
    assert (article.headline.text, article.headline.line) == ("J$4.8b plan to plug gun holes at ports", 8)
    assert [p.line for p in article.paragraphs] == [16]
    assert article.byline is not None
    assert article.byline.author == "Kadian Brissett-Oyelaran"  # the writer's job after the slash set aside


@pytest.mark.parametrize(
    ("page", "writer", "line"),
    [
        ("nz-broadcaster-water-reform", "Whetū Paraone", 10),  # "Whetū Paraone, Political Reporter"
        ("ca-public-broadcaster-wildfire", "Kiran Bellefeuille", 23),  # "Name · CBC News · Posted: …"
        ("gulf-daily-aviation-expansion", "Farah Idrissi-Campbell", 8),  # not "Listen In Arabic" below it
        ("sg-daily-housing-policy", "Rachel Ow Jia Min", 10),  # over "Housing Correspondent"
    ],
)
def test_a_byline_with_the_writers_job_or_outlet_names_the_writer(page: str, writer: str, line: int) -> None:
    kb = KnowledgeBase.from_file(Path(__file__).parents[1] / "corpus" / f"{page}.txt")
    assert kb.article.byline is not None
    assert kb.article.byline.author == writer
    for question in ("who wrote this story?", "whos the reporter on this"):
        answer = kb.answer(question)
        assert not answer.abstained
        assert answer.citations[0].line == line


def test_a_time_stamps_label_on_its_own_line_is_no_part_of_the_headline() -> None:
    page = (
        "Sport\nFootball\n"
        "Stourford City 1-2 Wexley Rovers: Pieter van Aalst says late penalty was 'a disgrace'\n"
        "Published\n7 February 2026\nShare\n\n"
        "Stourford City boss Pieter van Aalst insisted he would not walk away after a stoppage-time penalty.\n"
    )
    article = parse_article(page)
    assert article.headline is not None
    assert article.headline.text.endswith("'a disgrace'")


def test_a_comment_count_in_the_share_bar_above_the_story_does_not_end_it() -> None:
    """A trade site's dek, then its share bar with "Comments (214)", then the story: the story is the body."""
    article = parse_article(
        "MARQUEE\nFilm\nTV\nHome / Film / Festivals\n"
        "'The Salt Orchard' Sells to Tessaline for $17 Million After All-Night Bidding War\n"
        "Ximena Toledano's drama had buyers fighting until dawn. Now the financier wants 11 minutes gone.\n"
        "By Annick Valcourt\nSenior Film Reporter\nJan 24, 2026 11:42am PT\nShare on Facebook\nShare on X\n"
        "Email\nComments (214)\n\n"
        "Director Ximena Toledano said on Saturday she was prepared to walk away from her own movie rather "
        "than let its financier shorten it, hours after Tessaline Pictures bought it for $17 million.\n\n"
        "The deal closed at 6:40 a.m. Saturday after nearly seven hours of negotiations in a rented condo.\n\n"
        "Related Stories\n"
    )
    assert [p.line for p in article.paragraphs] == [15, 17]


def test_writers_over_their_handles_are_the_byline() -> None:
    """A business site: each writer's name over "@HANDLE", no "By"."""
    article = parse_article(
        "RETAIL\n"
        "Pellworth Home slashes forecast on tariffs and weak demand, will close 64 stores\n"
        "Published Wed, Nov 19 2025 4:11 PM EST\n"
        "Gabriela Moncrieff\n@GABIMONCRIEFF\nKeoni Tuilagi\n@KEONITUILAGI\nShare\n\n"
        "Pellworth Home on Wednesday cut its full-year forecast and said it would close dozens of stores.\n\n"
        "The company will close 64 of its 412 stores over the next 12 months, most of them in Ohio.\n"
    )
    assert article.byline is not None
    assert article.byline.author == "Gabriela Moncrieff, Keoni Tuilagi"


def test_a_bracketed_byline_at_the_foot_of_a_wire_story() -> None:
    """A wire story signed at its end, "(By Chiang Ya-wen and Evan Ko)" over "Enditem/ko"; its share bar up top
    ("Share: Facebook X LINE Email") is no writer's name."""
    article = parse_article(
        "Business\n"
        "Typhoon halts chip lines at science park, reigniting reserves debate\n"
        "10/03/2025 09:47 PM\nShare: Facebook X LINE Email\nFont size: A A A\n\n"
        "Floodwater surrounds the substation next to the science park in Yilan County on Friday.\n"
        "CNA photo Oct. 3, 2025\n\n"
        "Taipei, Oct. 3 (CNA) A typhoon forced chipmakers at a science park to halt 14 production lines on Friday.\n\n"
        "The bureau said power would be restored within two days, and that a study was due in March.\n\n"
        "(By Chiang Ya-wen and Evan Ko)\nEnditem/ko\n"
    )
    assert article.byline is not None
    assert article.byline.author == "Chiang Ya-wen and Evan Ko"
    assert not any("Floodwater" in s.text for s in article.sentences)  # a caption over its wire's credit


def test_a_writer_s_handle_after_the_byline_and_a_subscription_pitch_over_its_button() -> None:
    """ "By Selamawit Derese @SelamDerese": the handle is no part of the name; "Get the full newspaper … from N$99 a
    month." over "Subscribe now" is the box's pitch, not the story."""
    article = parse_article(
        "News: Exporters say new coffee rules will cut their earnings\n"
        "By Selamawit Derese @SelamDerese\n\n"
        "Addis Abeba – Coffee exporters say a new export quality directive will cut their earnings this season.\n\n"
        "Subscribe to The Daily ePaper\n"
        "Get the full newspaper on your phone, tablet or computer every morning from N$99 a month.\n"
        "Subscribe now\n\n"
        "The authority said the rules would take effect on April 9 and apply to every exporter in the country.\n"
    )
    assert article.byline is not None
    assert article.byline.author == "Selamawit Derese"
    assert not any("full newspaper" in s.text for s in article.sentences)


def test_a_headline_over_its_dek_and_byline_wins_over_a_menu_line() -> None:
    article = parse_article(
        "Skip to main content\nKessington Star-Journal\nSubscribe: $1 for 6 months\nLog In\nLocal\n"
        "Crime & Public Safety\nPolitics\nBusiness\nSports\nOpinion\nObituaries\ne-Edition\nSearch\n"
        "Advertisement\n\nCrime & Public Safety\n"
        "Birchmere Heights man charged in hit-and-run that killed Kessington nurse on her ride home\n"
        "A body-shop owner's call to a tip line and a neighbor's doorbell camera led investi"
        "gators to a dark gray pickup hidden under a tarp in a relative's garage, police say.\n"
        "By Caspian Whitford and Solveig Lindeboom\n\n"
        "A Birchmere Heights man was charged Wednesday in the death of a nurse who was struck while biking.\n\n"
        "He was arrested Monday at his home and remains in the county jail, the complaint says.\n"
    )
    assert article.headline is not None
    assert article.headline.line == 17


_STORY = (
    "Lock maker apologises after outage\n\n"
    "Owners of Havenlock's smart locks were shut out of their homes for nine hours on Tuesday, the company said.\n\n"
    "Havenlock chief executive Garrett Lindqvist said the outage began with a configuration change pushed to the "
    "company's authentication servers early in the morning, and that engineers took most of the day to find it "
    "because the change had passed every test they ran before it went out to customers' doors.\n\n"
    "Related\n"
    "Havenlock SmartBolt 3 review: the keyless deadbolt that got it right\n"
    "The best smart locks to buy right now\n\n"
    "Security researcher Anneliese Borowczyk said she had warned Havenlock about the risk in August 2024, "
    "in a report she sent to the company's security team, and that she had been told an offline mode was being "
    "evaluated.\n\n"
    "Lindqvist said customers would be refunded for locksmith and hotel costs, and that Havenlock would publish "
    "a full account of what went wrong within two weeks, including why the locks' keypads could not fall back on "
    "codes stored on the door itself.\n"
)


def test_a_box_of_related_links_inside_a_story_does_not_end_it() -> None:
    article = parse_article(_STORY)
    assert article.paragraphs[0].text.startswith("Owners of Havenlock's smart locks")
    assert article.paragraphs[-1].text.startswith("Lindqvist said customers would be refunded")
    assert not any("review" in p.text for p in article.paragraphs)  # the links are no part of it


def test_a_box_of_related_links_headed_with_a_colon_does_not_end_the_story_either() -> None:
    article = parse_article(_STORY.replace("Related\n", "Related news:\n", 1))
    assert article.paragraphs[-1].text.startswith("Lindqvist said customers would be refunded")


def test_a_see_also_box_inside_a_story_does_not_end_it() -> None:
    """A news page's "SEE ALSO" over links between two paragraphs (an encyclopedia's ends the page)."""
    article = parse_article(_STORY.replace("Related\n", "SEE ALSO\n", 1))
    assert article.paragraphs[-1].text.startswith("Lindqvist said customers would be refunded")


def test_a_more_from_box_inside_a_story_does_not_end_it_when_the_story_goes_on_with_new_people() -> None:
    """The paragraphs right under the box name no one named above it; the story's later ones do."""
    new_scene = (
        "More from The Havenlock Post\n"
        "Havenlock SmartBolt 3 review: the keyless deadbolt that got it right\n"
        "The best smart locks to buy right now\n\n"
        "On Marsh Street, baker Rosalind Okafor lost a morning's trade because the door of her shop would not open, "
        "and she had to turn away the delivery driver who brings her flour from the mill every Tuesday at six.\n\n"
        "Her neighbour, Tomas Ferreira, called a locksmith after waiting two hours in the rain with his children, "
        "and said he would not buy another lock that needed the internet to open his own front door again.\n\n"
        "The company's chief executive, Garrett Lindqvist, said customers would be refunded for locksmith costs.\n"
    )
    article = parse_article(_STORY.split("Related\n", 1)[0] + new_scene)
    assert article.paragraphs[-1].text.startswith("The company's chief executive, Garrett Lindqvist, said")
    assert not any("review" in p.text for p in article.paragraphs)


def test_a_paragraph_handing_over_to_a_quote_with_a_comma_is_prose() -> None:
    """'… would begin by Sunday (17). He said,' then the quote in the next paragraph: the line is the story's."""
    article = parse_article(
        "Fuel queues\n\n"
        "The minister said the cargo would berth on Friday and that distribution would begin by Sunday. He said,\n\n"
        '"We have about 9,200 metric tonnes of petrol in stock today. That is enough for three days."\n'
    )
    assert article.paragraphs[0].text.endswith("He said,")


def test_related_links_after_a_story_end_it_even_when_other_stories_follow() -> None:
    other = (
        "\n\nRelated stories\n"
        "Snowstorm disrupts flights across northern Finland\n\n"
        "Helsinki's tram line 15 will close for two weeks of track repairs starting on Monday, the city transport "
        "authority said, with replacement buses running every ten minutes between the terminus and the centre.\n\n"
        "Police in Kainuu are investigating a series of break-ins at summer cottages, and have asked owners to check "
        "their properties before the winter, a spokesperson said on Wednesday.\n"
    )
    article = parse_article(_STORY + other)
    assert article.paragraphs[-1].text.startswith("Lindqvist said customers would be refunded")


def test_a_headline_whose_byline_stands_past_a_dek_and_a_trust_line_is_found_under_a_menu() -> None:
    article = parse_article(
        "The Harbour Daily Post\nCity\nTransport\nHarbour ferries\n+ FOLLOW\n"
        "Outlying island ferry fares to rise 12 per cent from January after operator wins subsidy review\n"
        "Transport secretary says the rise is the smallest the operator asked for, but island groups say "
        "residents were not consulted\n"
        "Why you can trust Harbour Daily\n"
        "Mandy Cheung Wai-ling and Peter Ho\n"
        "+ FOLLOW\n"
        "Published: 7:15pm, 3 Nov 2025\n\n"
        "Ferry fares to the outlying islands will rise by 12 per cent from January 1, the government said.\n\n"
        "The operator had asked for a rise of up to 20 per cent, citing fuel and crew costs.\n"
    )
    assert article.headline is not None
    assert article.headline.line == 6


def test_a_newsletter_box_inside_a_live_blog_does_not_end_it() -> None:
    entry = (
        "2h ago\n15.05 GMT\nJo Barnes\nRiver level update\n"
        "The river at Dunford Bridge reached 3.9 metres at noon, the agency says, its highest level since 2015.\n"
        "Updated at 15.20 GMT\nShare\n\n"
    )
    newsletter = (
        "Sign up to Weather Watch\nFree weekly newsletter\n"
        "The week's weather, and what it means for you, every Friday\n"
        "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside "
        "parties.\nafter newsletter promotion\n\n"
    )
    later = (
        "4h ago\n13.05 GMT\nJo Barnes\nCouncil opens rest centre\n"
        "Dunford Council says it has opened a rest centre at the town hall for 200 residents told to leave.\n"
        "Share\n"
    )
    article = parse_article("Floods live: river rises in Dunford\n\n" + entry + newsletter + later)
    assert article.paragraphs[-1].text.startswith("Dunford Council says it has opened a rest centre")
    assert not any("newsletter" in p.text.lower() for p in article.paragraphs)


def test_a_live_blog_headline_over_its_standfirst_and_boxes_inside_a_story_are_told_apart() -> None:
    story = (
        "The river at Dunford Bridge reached 3.9 metres at noon on Monday, the agency said, its highest level "
        "since records began in 1961, and two severe flood warnings are in force along the valley tonight.\n\n"
        "Read more\nExplainer | What do flood warnings mean and who do they cover?\n\n"
        "Dunford Council said it had opened a rest centre at the town hall for 200 residents told to leave their "
        "homes, and that volunteers would staff it through the night with food and bedding.\n\n"
        "Do you have questions about the biggest stories of the week?\n"
        "Get the answers with Ask Us, our platform of explainers brought to you by our award-winning team.\n\n"
        "Sign up to our Rivers newsletter\nA weekly round-up of flood and water news, every Thursday.\n"
        "Enter your email address\nSign up\n\n"
        "The Met Office said the worst of the rain should clear by about 9pm, but more heavy rain is due on "
        "Thursday across the north of England and Wales, with up to 40mm on high ground.\n"
    )
    article = parse_article(
        "Live\nFloods live: river at record level in Dunford as rest centre opens\n"
        "Two severe flood warnings in force after 30 hours of rain; hundreds of homes at risk\n\n" + story
    )
    assert article.headline is not None
    assert article.headline.text == "Floods live: river at record level in Dunford as rest centre opens"
    texts = [p.text for p in article.paragraphs]
    assert len(texts) == 3
    assert not any("Explainer" in t or "questions" in t or "round-up" in t for t in texts)


def test_a_caption_over_a_photographers_credit_a_short_headline_and_the_writers_note_are_no_story() -> None:
    article = parse_article(
        "Dockworkers shut Galleon Bay terminal over pay, 'robot cranes'\n"
        "Ships pile up off Portmore as strike enters third day; minister calls fresh talks for Thursday\n\n"
        "Shanique Pottinger-Adebayo/Senior Business Reporter\n\n"
        "Striking members of the union block the main gate of the terminal on Tuesday morning.\n"
        "Garfield Osei-Robinson/Photographer\n\n"
        "More than 1,100 dockworkers at the Galleon Bay Container Terminal stayed off the job for a second "
        "straight day yesterday, leaving 14 container ships riding at anchor off the Portmore coast.\n\n"
        "The authority has offered 6.5 per cent and a one-off payment for each worker.\n\n"
        "Shanique Pottinger-Adebayo is the Clarion’s senior business reporter.\n"
    )
    assert article.headline is not None
    assert article.headline.text == "Dockworkers shut Galleon Bay terminal over pay, 'robot cranes'"
    assert article.byline is not None
    assert article.byline.author == "Shanique Pottinger-Adebayo"
    assert [p.line for p in article.paragraphs] == [9, 11]


def test_a_site_s_address_line_is_no_headline_and_a_published_on_line_ends_the_credits() -> None:
    article = parse_article(
        "Skip to content\n"
        "SWI swissinfo.ch - a branch of Swiss Broadcasting Corporation SRG SSR\n"
        "English Deutsch Français Italiano\n"
        "Votes\n\n"
        "Valais voters approve CHF64.8 million for dams below melting glacier\n\n"
        "Voters in the canton of Valais have backed a plan to build three protective dams.\n\n"
        "This content was published on September 28, 2025 - 18:35\n"
        "6 minutes\n"
        "Sibylle Ruppen\n\n"
        "Some 61.4% of voters said yes to the cantonal credit on Sunday, official results showed.\n\n"
        "Turnout was 47.8%, well above the average for cantonal ballots.\n",
        "swissinfo.txt",
    )
    assert article.headline is not None
    assert article.headline.text.startswith("Valais voters approve")
    assert article.byline is not None
    assert article.byline.author == "Sibylle Ruppen"
    assert article.published is not None
    assert "September 28, 2025" in article.published.text
    assert article.paragraphs[0].text.startswith("Some 61.4% of voters")


def test_a_date_line_under_the_standfirst_dates_the_story_and_a_photos_date_does_not() -> None:
    article = parse_article(
        "Suez Canal revenues rise 18.7 percent in October\n\n"
        "Suez Canal revenues climbed to $388 million in October, their highest level in two years.\n\n"
        "Ahram Online , Monday 3 Nov 2025\n\n"
        "The Suez Canal Authority said 1,146 vessels crossed the canal during the month.\n\n"
        "Transits were still below their level before the attacks on Red Sea shipping.\n"
    )
    assert article.published is not None
    assert article.published.text == "3 Nov 2025"
    captioned = parse_article(
        "Plant opens in the north\n\n"
        "The minister opens the valve at the plant on December 9, 2025. (Ayal Margolin/Flash90)\n\n"
        "Israel's first large desalination plant in the north began pumping water on Tuesday.\n\n"
        "Officials hailed the plant as the answer to years of drought in the Galilee.\n"
    )
    assert captioned.published is None


def test_a_writer_s_job_under_a_name_in_capitals_is_no_part_of_the_name() -> None:
    article = parse_article(
        "Tea earnings fall 14.6pc at Mombasa auction\n\n"
        "By BRIAN OTIENO MUSYOKA\nSenior Business Writer\nTuesday, October 14, 2025\n\n"
        "Earnings at the Mombasa tea auction fell 14.6 per cent in the quarter, data showed on Monday.\n"
    )
    assert article.byline is not None
    assert article.byline.author == "BRIAN OTIENO MUSYOKA"


def test_a_latest_news_box_inside_a_story_does_not_end_it() -> None:
    article = parse_article(_STORY.replace("Related\n", "Latest News\n", 1))
    assert article.paragraphs[-1].text.startswith("Lindqvist said customers would be refunded")


def test_a_desk_job_after_the_writer_s_name_is_no_part_of_it_nor_the_comments_invitation_of_the_story() -> None:
    article = parse_article(
        "Last blast furnace goes cold\n\n"
        "By Rhian Gwilym Business Reporter\n\n"
        "The last blast furnace at the Penrhos Bay steelworks was shut down on Wednesday morning, ending a century "
        "of iron-making at the site and putting about 1,850 jobs at risk over the next two years.\n\n"
        "Around 1,250 staff will remain at Penrhos Bay to run the rolling mills and the coating lines.\n\n"
        "Have your say: share your memories of the Penrhos Bay works in the comments below.\n"
    )
    assert article.byline is not None
    assert article.byline.author == "Rhian Gwilym"
    assert article.paragraphs[-1].text.startswith("Around 1,250 staff")


def test_photo_credits_and_the_editor_line_are_read_from_the_page() -> None:
    article = parse_article(
        "Subte fares jump 19 percent\n"
        "Commuters pass through the turnstiles at Constitución station. Photo: NA / Damián Ferreyra\n"
        "By Valentina Orsini\n"
        "The city raised fares on Friday. It said costs had risen.\n"
        "Container ships wait at anchor off the port.\n"
        "Tanesha Gordon-Vazquez/Freelance Photographer\n"
        "Officials said the strike would go on. Talks resume on Monday.\n"
        "The big picture:\n"
        "Editor: Mirjam Täht, Owen Ashworth\n"
        "Photos: A century of the Line A carriages\n"
        "File Photo: A container ship crosses the Suez Canal in Ismailia, Egypt. Reuters\n"
    )
    credits = [(c.line.line, c.caption) for c in article.credits]
    assert credits == [
        (2, "Commuters pass through the turnstiles at Constitución station. Photo: NA / Damián Ferreyra"),
        (6, "Container ships wait at anchor off the port."),
        (11, "File Photo: A container ship crosses the Suez Canal in Ismailia, Egypt. Reuters"),
    ]
    assert article.editor == PageLine("Editor: Mirjam Täht, Owen Ashworth", 9)


def test_a_pages_dates_in_numbers_and_under_french_labels() -> None:
    article = parse_article(
        "Flash floods in Port-Louis: inquiry ordered\n\n"
        "Par Yashvin Ramdin\n"
        "Publié le : 30/11/2026 - 14:05\n"
        "Mis à jour le : 30/11/2026 - 16:48\n\n"
        "The government on Monday ordered an inquiry into the flash floods that swamped central Port-Louis.\n"
    )
    assert article.published is not None
    assert article.published.line == 4
    assert article.updated is not None
    assert article.updated.line == 5


def test_a_french_edition_date_a_par_byline_and_readers_comments_are_no_story() -> None:
    article = parse_article(
        "defimedia.info\n"
        "Accueil | Actualités | Société | Politique | Économie | Sport\n"
        "Édition du lundi 30 novembre 2026\n\n"
        "Flash floods in Port-Louis: inquiry ordered as unfinished drain turns streets into rivers\n\n"
        "Par Yashvin Ramdin\n\n"
        "The government on Monday ordered an inquiry into the flash floods that swamped central Port-Louis.\n\n"
        "Shops on Rue Royale were under water by 16:30, and a nurse was stranded on the roof of her car.\n\n"
        "The contractor says it stopped work in June because the authority had not paid three invoices.\n\n"
        "Comments\n\n"
        "Use the comment form below to begin a discussion about this content.\n\n"
        "ConchFritter 6 hours, 12 minutes ago\n"
        "Fix Bay Street first then talk about more tax. The ships will go where the passengers want to go.\n"
    )
    assert article.headline is not None
    assert article.headline.line == 5
    assert article.byline is not None
    assert article.byline.author == "Yashvin Ramdin"
    assert [p.line for p in article.paragraphs] == [9, 11, 13]


def test_a_lower_case_byline_under_the_date_and_a_quote_over_the_closing_photo_credit() -> None:
    """ "by Marie-Claire Larue" under an undotted date line is the byline, not the date's wrapped end; the story's
    last paragraph quotes someone, so it is no caption over "Photos: …", which credits the whole page."""
    article = parse_article(
        "Dive sites close as coral bleaches\n\n"
        "Wednesday 15th April 2026 | Environment\n"
        "by Marie-Claire Larue\n\n"
        "Marine scientists have confirmed a major coral bleaching event on the reefs around Praslin.\n\n"
        'Asked what would help the reefs most, Dr Labiche said, "The next six weeks will decide a lot. Pray for'
        ' cloudy days."\n\n'
        "Photos: Louis Toussaint & SMRI\n"
    )
    assert article.byline is not None
    assert article.byline.author == "Marie-Claire Larue"
    assert [p.line for p in article.paragraphs] == [6, 8]


def test_the_line_under_an_advertisement_label_is_the_advert() -> None:
    article = parse_article(
        "Vendors count losses\n\n"
        "Hundreds of vendors moved out of the central market say their earnings have collapsed.\n\n"
        "ADVERTISEMENT\n"
        "Tavuli Hardware MEGA SALE this weekend – roofing iron and cement at unbeatable prices. Call 24180 today.\n\n"
        "The president of the vendors' association said members were struggling.\n"
    )
    assert [p.line for p in article.paragraphs] == [3, 8]


def test_the_storys_next_paragraph_set_right_under_an_advertisement_label_is_the_story() -> None:
    article = parse_article(
        "Tram depot delayed\n\n"
        "Yarra Trams said crews must run the trams empty from the Preston depot each morning.\n\n"
        "Advertisement\n"
        "But the Rail, Tram and Bus Union (RTBU) says the arrangement is forcing tram drivers into very early starts"
        " and unpaid travel between depots.\n\n"
        "The union said tram drivers would not make early starts or run empty trams between depots after Easter.\n"
    )
    assert [p.line for p in article.paragraphs] == [3, 6, 8]


def test_the_writers_card_after_the_story_ends_it_with_the_appeal_under_it() -> None:
    article = parse_article(
        "Transit to park six bus routes\n\n"
        "By: Kendra Wiebe\n\n"
        "Winnipeg Transit will suspend six bus routes and reroute 14 others for eight weeks starting Sunday.\n\n"
        "Lindqvist said all six routes are scheduled to return Sunday, March 29.\n\n"
        "Kendra Wiebe\n"
        "Reporter\n"
        "Kendra Wiebe covers city hall for the Free Press. She joined the paper in 2018.\n\n"
        "Your support has enabled us to cover city hall and the decisions that shape your neighbourhood. Now, more"
        " than ever, we need your help.\n"
    )
    assert [p.line for p in article.paragraphs] == [5, 7]


def test_an_encyclopedia_pages_tabs_on_one_line_are_no_headline() -> None:
    article = parse_article(
        "Jump to content\nMain menu\nRavnskjær Lighthouse\n9 languages\nArticle Talk\nRead Edit View history\nTools\n"
        "From Wikipedia, the free encyclopedia\n"
        "Ravnskjær Lighthouse is an active lighthouse on a granite islet, first lit on 1 November 1868 after five"
        " years of work by the lighthouse board.\n"
    )
    assert article.headline is not None
    assert article.headline.text == "Ravnskjær Lighthouse"

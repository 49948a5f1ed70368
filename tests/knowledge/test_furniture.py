"""Web furniture is recognised by the kind of line, and never cited or taken for the headline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from knowledge import KnowledgeBase
from knowledge.article import parse_article
from knowledge.furniture import ends_article, is_furniture

CORPUS = Path(__file__).parents[1] / "corpus"
PAGES = sorted(CORPUS.glob("*.meta.json"))


@pytest.mark.parametrize(
    "line",
    [
        "Gift this article",
        "Download our app: Get breaking news alerts on your phone. Download the KVMO 10 News app for iPhone.",
        "Subscribe to continue reading",
        "Sign up now",
        "The week's biggest court rulings, explained. Every Friday in your inbox.",
        "Share on WhatsApp",
        "Read more: Mills report a drop in night output after curbs",
        "Advertisement",
        "Protesters outside the court on Monday. (Photo: Reuters)",
        "FILE PIC: Patients wait outside Lusoti Community Clinic in Mnyamatsini, Manzini.",
        "Senior advocate Zenobia Contractor (right) with the petitioner outside the court.",
        "The mill gate in Tiruppur on Tuesday evening. Instagram/@mill_union",
        "— Tobias Rautanen (@trautanen_fw) January 27, 2026",
        "If you buy something from a Stackwire link, Halyard Media may earn a commission. See our ethics statement.",
        "Users with an Yle ID can comment on our news stories. You can create an Yle ID via this link.",
        "World › Europe › Northern Europe",
        "We use cookies to personalise content and ads. By clicking “Accept All,” you agree to our Cookie Policy.",
        "We value your privacy",  # a consent banner's heading, its text and its buttons
        "We and our 214 partners use cookies and similar technologies to store and access information on your "
        "device, to personalise content and ads, and to measure audience engagement. You can change your choices at "
        "any time by clicking Cookie Settings at the bottom of any page.",
        "Manage options",
        "WEATHER ALERT: Winter Storm Watch for Tallow, Ransom and Pike counties from Wednesday evening. Tap for more.",
        "WATCH: Parents, teachers and students pack high school auditorium as board votes to close two schools (2:48)",
        "RELATED: Tallow Creek district unveils plan that could close up to three elementary schools",
        "Save article",
        "Reuse this content",
        "Jump to comments section",
        "Enlarge this image",
        "Click to share on Facebook (Opens in new window)",
        "Share: Facebook X LINE Email",
        "Font size: A A A",
        "Just In | For You | Australia | World | Business | Sport | Science | Health | Arts | Fact Check | Other",
        "Get more local news from ABC Riverina: follow us on Facebook and listen to Mornings from 9am weekdays.",
        "MORE: Vets warn of surge in 'lockdown dogs' handed in to rescue centres as cost of living bites",
        "Home  News  Politics  Metro  Business  Sports  Opinion  Editorial  Columnists  Entertainment  E-Paper",
        "Follow the Long Read on Bluesky and Instagram, and listen to our podcasts here.",
        "Follow Times of Oman on WhatsApp for the latest news and updates.",
        "This article is more than 1 month old",
        "CORRECTION: February 13, 2026",
        "A previous version of this article misstated the hours during which the halls serve dinner.",
        "Do you have an opinion on the issues raised in this article? If you would like to submit a response of up "
        "to 300 words by email to be considered for publication in our letters section, please click here.",
        "Follow Kosovo Online on Viber and Telegram for the latest news from Kosovo and the region.",
        "Vi bruger cookies for at give dig den bedste oplevelse. Ved at klikke på Accepter alle giver du samtykke.",
        "Accepter alle   Kun nødvendige   Indstillinger",  # buttons set apart by wide gaps
        "Oversat fra dansk / Translated from Danish. Artiklen er skrevet i samarbejde med KNR.",
        "This article was translated from Luxemburger Wort. The original version can be found here.",
        "For the price of a cup of coffee a month you can help us create an independent, not-for-profit, national news"
        " service for the people of Wales, by the people of Wales.",
        "Don’t miss out on the headlines from Tasmania. Followed categories will be added to My News.",
        "Help safeguard press freedom & keep HKFP free for all readers by supporting our team – Donate now",
        "Support press freedom & help us surpass 1,000 monthly Patrons: 100% independent, governed by an ethics code"
        " & not-for-profit.",
        "HKFP has an impartial stance, transparent funding, and balanced coverage guided by an Ethics Code and"
        " Corrections Policy.",
        "This article is part of a reporting partnership between the Anchorage Daily News and the Kuskokwim Current.",
        "Wikipedia The Free Encyclopedia",
        "Toggle the table of contents",
    ],
)
def test_furniture_lines(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Share prices fell 3% on Tuesday after the results were published.",
        "He said the photo by the agency had been cropped.",
        "Watchdogs said the merger would raise prices for millions of households.",
        "The mayor will sign up to the regional compact next week, her office said.",
        "Watch: the board said it would decide on Friday.",  # a word in capitals opens no banner
        "Voters in Oslo, Bergen, Trondheim and Tromsø went to the polls on Monday.",
        "The club said fans should follow us on the road, the captain joked.",
        "Senators followed the debate on Tuesday.",
        "Mr Kim said the two sides  would meet again.",  # a stray double space is no menu
        "The letter, translated from Danish, said the quota would fall.",
        "Residents urged the council to donate now rather than wait for the state, Kasayulie said.",
        "The agreement is part of a partnership between the city and the tribe, she said.",
    ],
)
def test_prose_is_not_furniture(line: str) -> None:
    assert not is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Most Read",
        "Related stories",
        "(with inputs from agencies)",
        "© 2026 Example Media",
        "Explore more on these topics",
        "Associated Press writers John Doe and Ann Lee contributed to this report.",
        "Henrik Solvang covers City Hall for the Ledger. Reach him at hsolvang@brackwaterledger.com.",
    ],
)
def test_end_of_article_markers(line: str) -> None:
    assert ends_article(line)


@pytest.mark.parametrize("meta_path", PAGES, ids=[p.name.removesuffix(".meta.json") for p in PAGES])
def test_corpus_pages_headline_byline_and_furniture(meta_path: Path) -> None:
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    kb = KnowledgeBase.from_file(meta_path.with_name(meta_path.name.replace(".meta.json", ".txt")))
    article = kb.article
    if meta["headline"] is None:
        assert article.headline is None
    else:
        assert article.headline is not None
        assert (article.headline.text, article.headline.line) == (meta["headline"], meta["headline_line"])
    body_lines = {n for p in article.paragraphs for n in range(p.line, p.end_line + 1)}
    assert not body_lines & set(meta["furniture_lines"])
    # Never a wrong writer: none (an encyclopedia), the writer, or the first of the writers the page names.
    author = article.byline.author if article.byline else None
    assert author is None or (meta["author"] or "").startswith(author)


def test_a_site_name_and_edition_above_the_headline_is_not_the_headline() -> None:
    article = KnowledgeBase.from_text(
        "NIPPON PRESS WIRE | English Service\n\n"
        "Government vows all-out response as quake jolts Okiyama\n\n"
        "The quake hit at 22:47 on Sunday, the Meteorological Agency said.\n"
    ).article
    assert article.headline is not None
    assert article.headline.text == "Government vows all-out response as quake jolts Okiyama"


def test_the_note_on_the_writer_that_closes_a_feature_is_no_part_of_it() -> None:
    article = KnowledgeBase.from_text(
        "Sour grapes\n"
        "By Wren Aldous\n\n"
        "Ilona Halmos met me at the gate of her family's vineyard.\n\n"
        "“That’s where the trouble starts,” she says.\n\n"
        "Wren Aldous is a writer based in Lewes. Her first book is published next year.\n"
    ).article
    assert [p.text[:5] for p in article.paragraphs] == ["Ilona", "“That"]


@pytest.mark.parametrize(
    "line",
    ["WATCH | Residents describe leaving Lac-Sauvageon as the fire approached:", "Please enter a valid email address."],
)
def test_a_video_promo_and_a_sign_up_forms_message_are_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Read more | 'We are drinking from the river': Inside Lutombo's two-week water crisis in the far north",
        "Get the news that matters, plus exclusive investigations, for R75 a month.",
        "Join ST's Telegram channel and get the latest breaking news delivered to you.",
    ],
)
def test_long_links_price_pitches_and_channel_invitations_are_furniture(line: str) -> None:
    assert is_furniture(line)


def test_a_video_s_title_a_closed_comment_section_and_a_name_in_a_place_under_the_headline() -> None:
    article = KnowledgeBase.from_text(
        "Farmers block Brussels over EU fertilizer cap\n"
        "Lena Haberkorn in Brussels\n"
        "Tractors from nine countries clogged the streets around the EU institutions on Tuesday.\n"
        "Why are Europe's farmers so angry?\n"
        "To view this video please enable JavaScript, and consider upgrading to a web browser that supports "
        "HTML5 video\n"
        "Police put the number of protesters at around 6,000.\n"
        "Comments (2) Closed\n"
        "Asad R.\n"
        "Walkout, speech, strike, repeat. Same drama every June.\n"
    ).article
    assert article.byline is not None
    assert (article.byline.author, article.byline.dateline) == ("Lena Haberkorn", "Brussels")
    assert [p.line for p in article.paragraphs] == [3, 6]


def test_a_source_credit_with_a_web_address_is_no_headline_and_a_video_prompt_is_furniture() -> None:
    article = KnowledgeBase.from_text(
        "GhanaWeb\n\n"
        "Business News of Tuesday, 14 October 2025\n\n"
        "Source: www.myjoyonline.com\n\n"
        "Cocoa farmers besiege COCOBOD office over producer price\n\n"
        "Hundreds of cocoa farmers marched on the district office of the Ghana Cocoa Board on Monday.\n\n"
        "Watch the latest edition of BizTech below:\n\n"
        "The farmers' association said it would march again next week.\n"
    ).article
    assert article.headline is not None
    assert article.headline.line == 7
    assert [p.line for p in article.paragraphs] == [9, 13]


def test_readers_comments_a_subscription_pitch_an_author_note_and_a_wire_photo_credit_are_not_the_story() -> None:
    article = KnowledgeBase.from_text(
        "Board votes to close two schools\n\n"
        "The glacier looms above the lower part of the village, in the canton of Valais, on March 16, 2026.\n"
        "Jonas WEIBEL / AFP\n\n"
        "The school board voted 5-3 on Tuesday night to close two elementary schools at the end of the year.\n\n"
        "Local news matters. Get unlimited access to the Keller Falls Courier for $1 for your first 3 months.\n\n"
        "About 610 students will move to other schools under new attendance zones approved at the same meeting.\n\n"
        "Marisol Achterberg covers education for the Courier. Reach her at ma@courier.com or 570-555-0142.\n\n"
        "Comments (4)\nSort by: Newest | Oldest | Top\nkf_taxpayer · 8 hours ago\n"
        "Finally some adults in the room. Enrollment has been dropping for a decade and everyone acted surprised.\n"
        "Reply · 11 likes\n"
    ).article
    assert [p.line for p in article.paragraphs] == [6, 10]


def test_a_kicker_over_the_headline_is_not_the_headline() -> None:
    article = KnowledgeBase.from_text(
        "Rail Strike in Germany\n"
        "The Day the Trains Stood Still – Again\n"
        "For the third time in five weeks, Germany's train drivers have walked off the job.\n"
        "By Sophie Rademacher in Berlin\n\n"
        "The strike began at 2 a.m. on Wednesday, the union said.\n"
    ).article
    assert article.headline is not None
    assert article.headline.text == "The Day the Trains Stood Still – Again"


def test_a_date_after_the_writer_s_name_is_not_part_of_it() -> None:
    article = KnowledgeBase.from_text(
        "Mangroves meet the excavators\n\nby Ayu Prameswari on 19 November 2025\n\n"
        "Villagers replanted 140 hectares of mangroves, the foundation said.\n"
    ).article
    assert article.byline is not None
    assert article.byline.author == "Ayu Prameswari"


@pytest.mark.parametrize(
    "line",
    [
        "FARMSTEAD MEMBERS: See where Calderbrook now sits in our Milk Price League – every buyer, updated daily.",
        "FEEDBACK: Use this form to send a message to the author of this post.",
        "For a reprint of this article, please contact reprints@law360.com.",
        "IN THIS WEEK’S PAPER: A full breakdown of the catch figures, plus your letters on diesel prices.",
        "The Gazette is on sale now in Stanley and at Camp stores – or subscribe to the e-edition.",
        "Share your feedback to help improve our site experience!",
        "Posted in Headline, News",
    ],
)
def test_a_site_s_notices_to_its_readers_are_furniture(line: str) -> None:
    kb = KnowledgeBase.from_text(f"Milk price cut\n\nCalderbrook will cut its milk price, the union said.\n\n{line}\n")
    assert [p.text for p in kb.article.paragraphs] == ["Calderbrook will cut its milk price, the union said."]


def test_a_list_of_citations_ends_the_story() -> None:
    kb = KnowledgeBase.from_text(
        "Mangroves\n\nVillagers replanted 140 hectares, the foundation said.\n\n"
        + "In March a shrimp-farming company cleared 46 of them to dig ponds, saying a 2018 permit allowed it. " * 3
        + "\n\nThe company cleared 46 of them.\n\nCitations:\n"
        "Wiratama, H., & Lim, K. (2024). Four decades of mangrove loss to aquaculture. Estuarine Science, 12, 4-19.\n"
    )
    assert not any("Wiratama" in p.text for p in kb.article.paragraphs)


def test_a_bylines_job_after_the_name_is_no_dateline() -> None:
    article = parse_article(
        "Water boss refuses to hand back bonus\n\nBy Harriet Oyelaran, PA Political Correspondent\n\n"
        "The chief executive of Ravensmere Water has refused to hand back a bonus, telling MPs he was sorry.\n"
    )
    assert article.byline is not None
    assert (article.byline.author, article.byline.dateline) == ("Harriet Oyelaran", None)


def test_the_notes_on_two_writers_and_their_contact_lines_close_no_story() -> None:
    article = parse_article(
        "Battery meeting boils over\n\nBy Eliza Carrington and Tom Ngata\n\n"
        "Six hundred people squeezed into the hall on Wednesday night for the first public meeting.\n\n"
        "The minister said the battery would give the town a future.\n\n"
        "Eliza Carrington is a state political reporter at The Sydney Morning Herald.\n\nConnect via X or email.\n\n"
        "Tom Ngata is a regional affairs reporter for The Sydney Morning Herald.\n\nConnect via email.\n"
    )
    assert [p.line for p in article.paragraphs] == [5, 7]


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("HOME NEWS BUSINESS OPINION LIFE TRAVEL TECH PROPERTY LEARNING E-PAPER", True),
        ("Editor's note: The Kyiv Independent does not publish the locations of repair crews.", True),
        ("If you value our reporting, become a member for as little as $5 a month.", True),
        ("We are independent, and our journalism is funded by our readers. Join more than 20,000 members.", True),
        ("The news from home is that business is good.", False),
        ("Ukraine hopes to become a member of the EU, the minister said on Monday.", False),
    ],
)
def test_a_row_of_sections_a_newsroom_note_and_a_members_pitch_are_furniture(line: str, furniture: bool) -> None:
    assert is_furniture(line) is furniture


def test_a_labelled_byline_a_link_to_the_writer_s_page_and_a_note_on_them_after_the_story() -> None:
    article = KnowledgeBase.from_text(
        "Crews race to restore power\n"
        "By JOSEPHINE NAMUTEBI\n"
        "More by this Author\n\n"
        "Repair crews worked through the night to reconnect homes, officials said.\n\n"
        "Swiss glaciers shrink by 3% in a single year\n"
        "The country’s glaciers lost another 3% of their volume over the past twelve months.\n"
        "Read more: Swiss glaciers shrink by 3% in a single year\n\n"
        "About 63,500 households were still without electricity on Tuesday.\n\n"
        "Born in Kampala, Josephine Namutebi covers education for the paper.\n"
    ).article
    assert article.byline is not None
    assert article.byline.author == "JOSEPHINE NAMUTEBI"
    assert [p.text[:5] for p in article.paragraphs] == ["Repai", "About"]
    labelled = KnowledgeBase.from_text(
        "Cabinet cuts stay\nWRITER: Chanida Phromsakul\n\n"
        "The cabinet on Tuesday cut the visa-free stay to 30 days, officials said.\n"
    )
    assert labelled.article.byline is not None
    assert labelled.article.byline.author == "Chanida Phromsakul"


def test_a_donation_box_and_a_menu_of_sections_are_furniture() -> None:
    assert is_furniture(
        "Notes from Poland is run by a small editorial team and published by an independent, non-profit foundation "
        "that is funded through donations from our readers. We cannot do what we do without your support."
    )
    assert is_furniture(
        "Home News Bangladesh Country Opinion Business Sports Entertainment Lifestyle Tech Youth Environment E-paper"
    )
    assert not is_furniture("The union said it was funded by its members and would not back down.")


def test_a_trending_box_between_paragraphs_a_latest_banner_and_a_channel_prompt() -> None:
    """A "Trending" box put inside the story does not end it; "LATEST: …" over the headline is no headline;
    "Follow the … channel on WhatsApp" is furniture."""
    kb = KnowledgeBase.from_text(
        "Zambia Daily Mail\n"
        "LATEST: Chipolopolo arrive in Ndola ahead of Saturday qualifier\n\n"
        "Load-shedding now 17 hours as Kariba level drops\n\n"
        "ZESCO will cut power for 17 hours a day from Wednesday, the utility said.\n\n"
        "Trending\n"
        "Chipolopolo name 23-man squad for Comoros qualifier\n"
        "FRA opens 340 maize depots in Eastern Province\n\n"
        "Welder Moses Phiri said he now spends K450 a day on diesel.\n\n"
        "Follow the Zambia Daily Mail channel on WhatsApp for breaking news and updates.\n\n"
        "The schedule will be reviewed in November.\n"
    )
    assert kb.article.headline is not None
    assert kb.article.headline.text == "Load-shedding now 17 hours as Kariba level drops"
    body = " ".join(s.text for s in kb.article.sentences)
    assert "K450 a day on diesel" in body
    assert "reviewed in November" in body
    assert "WhatsApp" not in body
    assert "Chipolopolo" not in body


def test_a_page_in_an_english_edition_keeps_its_sites_other_language_out_of_the_story() -> None:
    article = KnowledgeBase.from_text(
        "TATOLI\n"
        "Agência Noticiosa de Timor-Leste\n"
        "Home   National   Politics   Economy   Development   Social\n"
        "Vi använder kakor för att ge dig en bättre upplevelse och för att visa relevanta annonser på sajten\n"
        "NYAN+  Logga in för att läsa  |  Bli prenumerant – första månaden 1 €\n"
        "Rice import tender delayed as traders complain\n"
        "November 27, 2025 4:18 pm\n"
        "NA TUSI NE | BY: SELU TAFAOGA\n\n"
        "The Government's tender to import 20,000 tonnes of rice has been delayed again, officials said on Monday.\n\n"
        "FAKAILOAGA | NOTICES\n"
        "• Te Kaupule o Funafuti: Rubbish collection in Senala moves to Thursdays from 11 December.\n"
        "• Ministry of Health: Free dengue screening at the hospital, Monday to Friday.\n\n"
        "Traders say they cannot compete with subsidised rice sold at US$11 a sack.\n\n"
        "Kommentarsfunktionen är stängd för den här artikeln eftersom den handlar om pågående förhandlingar. Läs"
        " våra regler för kommentarer.\n"
    ).article
    assert article.headline is not None
    assert article.headline.text == "Rice import tender delayed as traders complain"
    assert article.byline is not None
    assert article.byline.author == "SELU TAFAOGA"
    assert [p.text[:12] for p in article.paragraphs] == ["The Governme", "Traders say "]


@pytest.mark.parametrize(
    ("signed", "author"),
    [
        ("Ragnhild Thomsen, KVF · ragnhild@kvf.fo", "Ragnhild Thomsen"),
        ("Reporter: José Moniz da Cruz\nEditor: Isaura Lemos de Deus", "José Moniz da Cruz"),
    ],
)
def test_a_writers_outlet_or_editor_after_their_name_is_no_part_of_it(signed: str, author: str) -> None:
    body = "The Løgting has passed a new yearly fee on salmon-farming licences, the minister said on Tuesday.\n"
    page = f"Salmon fee passed\n\n{signed}\n\n{body}" if "·" in signed else f"Salmon fee passed\n\n{body}\n{signed}\n"
    article = KnowledgeBase.from_text(page).article
    assert article.byline is not None
    assert article.byline.author == author


def test_a_headline_in_another_script_a_tagline_over_a_dated_menu_and_a_dotted_date_are_no_headline() -> None:
    syllabics = KnowledgeBase.from_text(
        "NEWS: Nunavut\n"
        "ᑭᙵᐃᑦ ᐅᒥᐊᕐᔪᐊᖅ ᐱᖓᓱᓂᒃ ᐱᓇᓱᐊᕈᓰᓂᒃ ᑭᖑᕚᖅᑐᖅ\n"
        "Kinngait sealift three weeks late, health centre materials stuck in Montreal\n"
        "Crane failure in Montreal leaves lumber, drummed fuel and 46 containers waiting on the dock\n"
        "Hamlet council asks Government of Nunavut for emergency help as the community waits for its ship\n\n"
        "The ship that brings the hamlet its year of supplies has not yet left Montreal, the mayor said on Friday.\n"
    ).article
    assert syllabics.headline is not None
    assert syllabics.headline.line == 3
    tagline = KnowledgeBase.from_text(
        "Island Times\n"
        "Palau's Independent Newspaper · Published every Tuesday and Friday\n"
        "Friday, October 24, 2025 | Koror: 86°F, scattered showers\n"
        "Home  News  Local  Regional  World  Business  Sports  Opinion\n"
        "Koror dock fee becomes law; dive operators warn small shops will sink\n"
        "By Leilani Sumang\n\n"
        "Commercial dive boats that use Koror State's public docks will pay a fee every time they leave port.\n"
    ).article
    assert tagline.headline is not None
    assert tagline.headline.line == 5
    dotted = KnowledgeBase.from_text(
        "IPN\n"
        "Info-Prim Neo News Agency\n"
        "Home | Politics | Economy | Social | Justice | Culture\n"
        "Economy\n"
        "Contract for 60 new trolleybuses contested by losing bidder\n"
        "26.11.2025 17:48 | Author: Natalia Grosu\n\n"
        "Chisinau, November 26 /IPN/. The contract signed by the City Hall for 60 new trolleybuses was challenged.\n"
    ).article
    assert dotted.headline is not None
    assert dotted.headline.line == 5


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        (
            "Newsroom does not have a paywall. Our journalism is free to read because thousands of New Zealanders"
            " choose to back it.",
            True,
        ),
        ("Comments have been disabled for this article.", True),
        ("The audio version of this article is generated by text-to-speech, a technology based on AI.", True),
        ("READ LATER", True),
        ("Appearance", True),
        ("Comments were closed at the hearing, the chair said, after two hours of questions.", False),
        ("The council does not have a budget for it, the mayor said.", False),
    ],
)
def test_a_no_paywall_pitch_and_a_closed_comments_notice_are_furniture(line: str, furniture: bool) -> None:
    assert is_furniture(line) is furniture


def test_another_storys_title_under_read_more_is_no_subheading_though_it_quotes_someone() -> None:
    article = KnowledgeBase.from_text(
        "Trolley numbers hit a record\n\n"
        "A record 78 patients were waiting for beds at the hospital on Tuesday, the nurses' union said.\n"
        "Read More\n"
        "INMO warns overcrowding is ‘out of control’ as national trolley figures top 600\n\n"
        "The hospital said 24 surge beds had been opened on Monday evening.\n"
    ).article
    assert [p.line for p in article.paragraphs] == [3, 7]


def test_an_encyclopedia_title_over_its_language_button_and_coordinates_and_its_references_list() -> None:
    article = KnowledgeBase.from_text(
        "Jump to content\nMain menu\nSearch\nGrauhall\nAdd languages\nArticle\nTalk\nTools\n"
        "Coordinates: 47°31′N 14°02′E\nFrom Wikipedia, the free encyclopedia\n"
        "Grauhall is a market town in Styria, Austria, known for its salt mine, which was worked from 1287 until"
        " 1991 and is now a show mine and a health spa with about 140,000 visitors a year.[1]\n"
        "The town's founding charter was granted by Count Ulrich II of Ennseck on 3 May 1287, giving its first"
        " settlers the right to mine salt in return for a tenth of their yield.[2]\n"
        "See also\nSalt mining in Austria\nShow mine\nReferences\n"
        '^ "Gemeindedaten Grauhall". Statistik Austria. Retrieved 14 February 2024.\n'
        "^ a b Hofer, Margarete (1987). 700 Jahre Markt Grauhall. Grauhall: Marktgemeinde Grauhall. pp. 11–34.\n"
        "This page was last edited on 3 March 2025, at 14:22 (UTC).\n"
    ).article
    assert article.headline is not None
    assert article.headline.text == "Grauhall"
    assert [p.line for p in article.paragraphs] == [11, 12]


def test_a_standfirst_over_the_writer_and_their_job_is_no_paragraph_of_the_story() -> None:
    article = KnowledgeBase.from_text(
        "RNZ\nSport\n"
        "Kāhu snatch netball title with nine seconds left\n"
        "Teenage replacement shooter Jada Fonoti lands the winner as the Kāhu edge the Comets 51-50 in Tauranga.\n"
        "Hana Mitchell, RNZ Sport journalist\n"
        "4:57 pm on 28 July 2025\n"
        "Share this\n\n"
        "The Bay of Plenty Kāhu have won the league for the first time since 2019.\n\n"
        "Found a mistake in this article?\n"
    ).article
    assert article.byline is not None
    assert article.byline.author == "Hana Mitchell"
    assert article.standfirst is not None
    assert article.standfirst.line == 4
    assert [p.line for p in article.paragraphs] == [9]
